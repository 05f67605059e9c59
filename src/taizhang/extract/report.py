"""report.html: a self-contained page per run.  (STUB: being written.)"""
from __future__ import annotations

import html
from pathlib import Path


def write_report(path: Path, extractions, failures) -> None:
    rows = "".join(f"<li>{html.escape(e.record.doc)}: {len(e.facts)} facts</li>" for e in extractions)
    path.write_text(f"<!doctype html><meta charset=utf-8><ul>{rows}</ul>", encoding="utf-8")
