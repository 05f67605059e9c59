"""CLI commands of the supervision loop (being written)."""
from __future__ import annotations


def register(sub) -> None:
    return None
