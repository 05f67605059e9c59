"""Shared fixtures: the read-only corpus and gold beside the repo (never copied into it), and chromium."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"


@pytest.fixture(scope="module")
def browser():
    """Chromium for a whole test module (ledger, web): their tests make users and documents while it runs."""
    from browsing import chromium
    with chromium(orm_in_loop=True) as b:
        yield b


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the repo")
    return CORPUS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip("../shared/gold is not beside the repo")
    return GOLD
