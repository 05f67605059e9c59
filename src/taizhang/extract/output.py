"""Writes extractions in the gold schema (../shared/gold/SCHEMA.md): one JSON object per line."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Iterable, TextIO

from .doc import fact_row
from .pipeline import Extraction, StageError

TABLES = ("documents", "facts", "projects", "tasks", "errors")

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


def error_row(doc: str, stage: str, reason: str, path: str = "", where: str = "") -> dict:
    """One line of errors.jsonl: which document, which stage (``load`` for a file that could not be
    read, ``link`` with ``doc`` "" for the batch's linking) and what went wrong."""
    return {"doc": doc, "path": path, "stage": stage, "reason": reason, "where": where}


class JsonlWriter:
    """Streams extractions to documents.jsonl, facts.jsonl, tasks.jsonl, projects.jsonl and errors.jsonl.

    ``write(ex, projects=False)`` holds a document's projects back so that the caller can
    canonicalise names across the whole batch first and then call ``write_projects``.
    A document's stage errors go to errors.jsonl with it.  All files are created on opening,
    so an empty batch still leaves them behind.
    """

    def __init__(self, out_dir: str | Path):
        self.dir = Path(out_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self._fh = {n: open(self.dir / f"{n}.jsonl", "w", encoding="utf-8", errors="replace") for n in TABLES}
        self.errors = 0  # lines written to errors.jsonl

    def write(self, ex: Extraction, projects: bool = True, path: str = "") -> None:
        _dump(self._fh["documents"], document_row(ex))
        for f in ex.facts:
            _dump(self._fh["facts"], fact_row(f))
        for t in getattr(ex, "tasks", ()):
            _dump(self._fh["tasks"], asdict(t))
        for e in getattr(ex, "errors", ()):
            self.write_error(e, path=path)
        if projects:
            self.write_projects(ex.projects)
        for n in ("documents", "facts", "tasks"):
            self._fh[n].flush()

    def write_projects(self, mentions: Iterable) -> None:
        for p in mentions:
            _dump(self._fh["projects"], asdict(p))

    def write_error(self, error: StageError | dict, path: str = "") -> None:
        """A stage error (or a ready ``error_row``) to errors.jsonl, flushed at once."""
        row = error if isinstance(error, dict) else error_row(error.doc, error.stage, error.reason, path, error.where)
        _dump(self._fh["errors"], row)
        self._fh["errors"].flush()
        self.errors += 1

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
