"""Document metadata: title, date, source, doc_type, regions, people.  (STUB: being written.)"""
from __future__ import annotations

from .doc import Doc, DocumentRecord


def read(doc: Doc, record: DocumentRecord) -> DocumentRecord:
    return record
