"""Learned components: models that revise a field of the facts the rules found, trained on annotated pages.

Why: rules written from the failures of a few pages read those pages' forms and little else. A model trained on
many annotated pages of many regions and genres learns the cues they share. Each component here keeps the rules'
reading unless its model is confident otherwise, and ships its trained weights in ``data/``; ``corpus`` turns
annotated pages (the gold format of the schema) into training examples with the same facts the pipeline makes.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

_RULES_ONLY = [False]


@contextmanager
def rules_only() -> Iterator[None]:
    """Extract with the rules alone while inside: a component is trained on the rules' reading (a feature), never on
    what a shipped model already revised."""
    before = _RULES_ONLY[0]
    _RULES_ONLY[0] = True
    try:
        yield
    finally:
        _RULES_ONLY[0] = before


def enabled() -> bool:
    """Whether the learned stages revise (not inside ``rules_only``)."""
    return not _RULES_ONLY[0]
