"""Projects: named projects, their stages, locations and investments.  (STUB: being written.)"""
from __future__ import annotations

from .doc import Doc, DocumentRecord, ProjectMention


def extract(doc: Doc, record: DocumentRecord) -> list[ProjectMention]:
    return []
