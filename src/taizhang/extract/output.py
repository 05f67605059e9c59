"""Writes extractions in the gold schema (../shared/gold/SCHEMA.md): one JSON object per line."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Iterable, TextIO

from .pipeline import Extraction

# Fields of DocumentRecord that the gold file does not have; kept in our output for tools that want them.
_GOLD_DOC_FIELDS = ("doc", "title", "title_derived", "published", "source", "doc_type", "regions", "people",
                    "sections", "glossary", "noise")


def document_row(ex: Extraction) -> dict:
    d = asdict(ex.record)
    row = {k: d[k] for k in _GOLD_DOC_FIELDS}
    row.update({k: v for k, v in d.items() if k not in row})
    return row


def _dump(fh: TextIO, row: dict) -> None:
    fh.write(json.dumps(row, ensure_ascii=False) + "\n")


class JsonlWriter:
    """Streams extractions to documents.jsonl, facts.jsonl and projects.jsonl as they come.

    ``write(ex, projects=False)`` holds a document's projects back so that the caller can
    canonicalise names across the whole batch first and then call ``write_projects``.
    All three files are created on opening, so an empty batch still leaves them behind.
    """

    def __init__(self, out_dir: str | Path):
        self.dir = Path(out_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self._fh = {n: open(self.dir / f"{n}.jsonl", "w", encoding="utf-8", errors="replace") for n in ("documents", "facts", "projects")}

    def write(self, ex: Extraction, projects: bool = True) -> None:
        _dump(self._fh["documents"], document_row(ex))
        for f in ex.facts:
            _dump(self._fh["facts"], asdict(f))
        if projects:
            self.write_projects(ex.projects)
        self._fh["documents"].flush()
        self._fh["facts"].flush()

    def write_projects(self, mentions: Iterable) -> None:
        for p in mentions:
            _dump(self._fh["projects"], asdict(p))

    def close(self) -> None:
        for fh in self._fh.values():
            fh.close()

    def __enter__(self) -> "JsonlWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def write_all(out_dir: str | Path, extractions: Iterable[Extraction]) -> None:
    with JsonlWriter(out_dir) as w:
        for ex in extractions:
            w.write(ex)
