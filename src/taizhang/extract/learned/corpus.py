"""Annotated pages as training examples: each page is extracted by the rules and its facts paired with the gold.

Why pair with what the rules produce: a learned component revises one field of the facts the pipeline found, at
run time, from the Doc and the Fact. Training on the same objects (not on the gold's evidence strings alone) keeps
the features of training and of running the same.

A corpus is a folder with ``docs/`` (the pages as files) and ``gold/facts/<stem>.jsonl`` (the schema's facts,
offsets into the page as read), as the shared gold and every annotated set keep them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..doc import Fact
from ..pipeline import Extraction, extract_file


@dataclass
class Page:
    """One annotated page: the rules' extraction and its found facts beside the gold fact each one matches."""

    corpus: str  # the corpus folder's name: pages of one corpus stay together in a cross-validation fold
    name: str
    extraction: Extraction
    pairs: list[tuple[Fact, dict]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)  # gold facts no found fact matches

    @property
    def text(self) -> str:
        return self.extraction.doc.raw


def read_gold(path: str | Path) -> list[dict]:
    """The facts of one gold file (blank lines skipped; a broken line raises with its place)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not JSON: {e}") from e
    return out


def same_value(fact: Fact, gold: dict) -> bool:
    """The found value is the gold's: the same number (units are the scorer's business; a span overlap and the
    same number is a match, as the scorer's first tier asks)."""
    try:
        return abs(float(fact.value) - float(gold["value"])) <= 1e-9 * max(1.0, abs(float(gold["value"])))
    except (TypeError, ValueError, KeyError):
        return False


def pair(facts: Iterable[Fact], golds: Iterable[dict]) -> tuple[list[tuple[Fact, dict]], list[dict]]:
    """Each gold fact with the first unused found fact whose value span overlaps it and whose number is the same,
    in the order of the text; returns the pairs and the gold facts left without one."""
    found = sorted(facts, key=lambda f: f.vstart)
    used: set[int] = set()
    pairs, missed = [], []
    for g in sorted(golds, key=lambda r: r["vstart"]):
        for i, f in enumerate(found):
            if i not in used and f.vstart < g["vend"] and g["vstart"] < f.vend and same_value(f, g):
                used.add(i)
                pairs.append((f, g))
                break
        else:
            missed.append(g)
    return pairs, missed


def iter_pages(corpora: Iterable[str | Path]) -> Iterator[Page]:
    """Every annotated page of the given corpus folders, extracted by the rules. A page whose file is missing or
    cannot be read raises: a training set with a silent hole would be measured as if whole."""
    for root in map(Path, corpora):
        facts_dir = root / "gold" / "facts"
        docs = {p.stem: p for p in (root / "docs").iterdir() if p.is_file()}
        for gold_file in sorted(facts_dir.glob("*.jsonl")):
            path = docs.get(gold_file.stem)
            if path is None:
                raise FileNotFoundError(f"{gold_file}: no page {gold_file.stem}.* in {root / 'docs'}")
            golds = [g for g in read_gold(gold_file) if g.get("doc") in (path.name, None)]
            ex = extract_file(path)
            pairs, missed = pair(ex.facts, golds)
            yield Page(corpus=root.name, name=path.name, extraction=ex, pairs=pairs, missed=missed)
