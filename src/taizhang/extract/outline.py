"""Outline: chapters, items, enumerations, bullets, questions, interviews, glossaries.  (STUB: being written.)"""
from __future__ import annotations

from .doc import Doc, GlossaryEntry, Section


def parse(doc: Doc) -> tuple[list[Section], list[GlossaryEntry]]:
    return [], []
