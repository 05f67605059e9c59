"""Facts: quantified targets and actuals.  (STUB: being written.)"""
from __future__ import annotations

from .doc import Doc, DocumentRecord, Fact


def extract(doc: Doc, record: DocumentRecord) -> list[Fact]:
    return []
