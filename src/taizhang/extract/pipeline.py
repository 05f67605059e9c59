"""The pipeline: one function per stage, data in and data out.

Where a fact is born: ``facts.extract``; a project mention: ``projects.extract``;
sections: ``outline.parse``; document metadata: ``meta.read``; noise: ``cleaner.clean``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from . import cleaner, facts, loaders, meta, outline, projects
from .doc import Doc, DocumentRecord, Fact, Noise, ProjectMention
from .loaders import LoadError

SUPPORTED = loaders.SUPPORTED_SUFFIXES


class ExtractError(Exception):
    """A file that could not be read; ``reason`` is meant for a person."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class Extraction:
    doc: Doc
    record: DocumentRecord
    facts: list[Fact] = field(default_factory=list)
    projects: list[ProjectMention] = field(default_factory=list)


def extract_doc(doc: Doc) -> Extraction:
    """Run every extractor over an already built Doc."""
    record = DocumentRecord(doc=doc.name, format=doc.format, encoding=doc.encoding, chars=len(doc.raw))
    record.noise = [Noise(e.start, e.end, doc.raw[e.start:e.end], e.reason)
                    for e in doc.edits if e.reason in cleaner.NOISE_REASONS and e.end > e.start]
    record.sections, record.glossary = outline.parse(doc)
    meta.read(doc, record)
    fs = facts.extract(doc, record)
    ps = projects.extract(doc, record)
    return Extraction(doc=doc, record=record, facts=fs, projects=ps)


def extract_text(raw: str, name: str = "text.txt", fmt: str | None = None, encoding: str = "utf-8") -> Extraction:
    """Extract from text already in memory (``fmt`` is sniffed when not given: raw HTML is common in .txt)."""
    fmt = fmt or loaders.sniff_format(raw, name)
    doc = Doc(name, raw, cleaner.clean(raw, fmt), fmt=fmt, encoding=encoding)
    return extract_doc(doc)


def extract_file(path: str | os.PathLike) -> Extraction:
    """Load, clean and extract one file; raises ExtractError with a clear reason."""
    p = Path(path)
    try:
        loaded = loaders.load(p)
    except LoadError as e:
        raise ExtractError(str(p), e.reason) from None
    doc = Doc(p.name, loaded.text, cleaner.clean(loaded.text, loaded.format) + loaded.edits,
              fmt=loaded.format, encoding=loaded.encoding)
    return extract_doc(doc)


def iter_paths(paths: list[str]) -> Iterator[Path]:
    """Files named, and files under folders named (recursively, sorted, hidden files skipped)."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for q in sorted(p.rglob("*")):
                if q.is_file() and not any(part.startswith(".") for part in q.relative_to(p).parts):
                    yield q
        else:
            yield p
