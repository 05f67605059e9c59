"""Cleaner: finds what is not content and reports it as edits with a reason.  (STUB: being written.)"""
from __future__ import annotations

from .textmap import Edit

NOISE_REASONS = frozenset({"chrome", "footer", "spam", "markup", "css", "script", "duplicate-title", "disclaimer"})


def clean(raw: str, fmt: str = "txt") -> list[Edit]:
    return []
