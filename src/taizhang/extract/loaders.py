"""Loaders: bytes on disk → the text as read.  (STUB: being written.)"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .textmap import Edit

SUPPORTED_SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".docx"}


class LoadError(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Loaded:
    text: str
    format: str  # txt | html | pdf | docx
    encoding: str = "utf-8"
    edits: list[Edit] = field(default_factory=list)


def sniff_format(text: str, name: str = "") -> str:
    head = text[:2000].lower()
    if "<html" in head or "<!doctype" in head or "<body" in head or "<div" in head or "<p>" in head:
        return "html"
    return "txt"


def load(path: Path) -> Loaded:
    data = path.read_bytes()
    text = data.decode("utf-8")
    return Loaded(text=text, format=sniff_format(text, path.name))
