"""Shared fixtures: the read-only corpus and gold beside the repo (never copied into it), and chromium."""
from __future__ import annotations

import json
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


@pytest.fixture(scope="session")
def gold_extractions(corpus_dir: Path, gold_dir: Path) -> list[tuple[dict, object, str]]:
    """(the gold's document record, the extractor's document record, the raw text) for every document of
    ../shared/gold/documents.jsonl whose file is in ../shared/corpus, extracted once for the session."""
    from taizhang.extract.pipeline import extract_file
    out = []
    for line in (gold_dir / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        g = json.loads(line)
        path = corpus_dir / g["doc"]
        if path.exists():
            out.append((g, extract_file(path).record, path.read_text(encoding="utf-8")))
    return out
