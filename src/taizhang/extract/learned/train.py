"""Training the learned components: ``python -m taizhang.extract.learned.train <field> CORPUS_DIR... --out FILE``.

Why one command per field: each component is retrained the same way after the rules change (their reading is a
feature), from annotated corpus folders (``corpus.iter_pages``), deterministically. ``--cv`` instead measures the
component by set (two sets held out per fold) against the rules alone, in the scorer's terms.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from . import corpus, rules_only
from . import indicator as ind


# --------------------------------------------------------------------------- the scorer's tests of one field

def _strip_region(s: str) -> str:
    return re.sub(r"(省|市|县|区)$", "", (s or "").strip())


def _same_period(p: str, g: str, kind: str) -> bool:
    p, g = (p or "").strip(), (g or "").strip()
    if p == g:
        return True
    year = r"\.\.\d{4}|\d{4}"
    return kind == "target" and p.lstrip(".") == g.lstrip(".") and bool(re.fullmatch(year, p)) \
        and bool(re.fullmatch(year, g))


def indicator_right(indicator: str, gold: dict) -> bool:
    """The scorer's test: character-bigram Dice at least 0.5."""
    return ind.dice(indicator, gold.get("indicator", "")) >= 0.5


def others_right(fact, gold: dict) -> bool:
    """Every field but the indicator as the scorer's third tier asks."""
    return fact.kind == gold.get("kind") and fact.measure == gold.get("measure") \
        and _same_period(fact.period, gold.get("period"), gold.get("kind", "")) \
        and fact.comparator == gold.get("comparator") \
        and _strip_region(fact.subject) == _strip_region(gold.get("subject"))


# --------------------------------------------------------------------------- indicator

@dataclass
class Item:
    """One found fact of one annotated page: the tagger's example and what the scorer would say."""

    corpus: str
    ex: "ind.Example"
    rules: str  # the rules' indicator
    gold: str
    others: bool  # every other field right


def indicator_items(pages: Iterable[corpus.Page]) -> list[Item]:
    out = []
    for page in pages:
        doc = page.extraction.doc
        for f, g in page.pairs:
            ex = ind.example(doc, f)
            ex.labels = ind.labels_for(ex, g.get("indicator", ""))
            out.append(Item(page.corpus, ex, f.indicator, g.get("indicator", ""), others_right(f, g)))
    return out


def trainable(item: Item) -> bool:
    """An example the tagger can learn from: the gold indicator is spelt (well enough) by characters of the window,
    and the rules' reading stands there whole (the only examples the component revises)."""
    return item.ex.whole and indicator_right(ind.reading(item.ex, item.ex.labels), {"indicator": item.gold})


def train_indicator(items: Sequence[Item], out: str | Path, c1: float = 0.05, c2: float = 0.01,
                    iterations: int = 150) -> None:
    """Fit the tagger (L-BFGS, elastic net: deterministic) on the trainable items and write the model file."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for it in items:
        if trainable(it):
            trainer.append(it.ex.xseq, it.ex.labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(out))


FOLDS = (("44", "45"), ("46", "47"), ("48", "49"), ("50", "51"), ("52", "53"), ("54", "55"), ("56", "57"))


def folds_for(names: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """The seven folds of the fourteen annotated sets when the corpora are those (their names end in 44 … 57), else
    the corpora in pairs in the order of their names."""
    names = sorted(set(names))
    if all(fold_of(n, FOLDS) >= 0 for n in names):
        return FOLDS
    return tuple(tuple(names[i:i + 2]) for i in range(0, len(names), 2))


def fold_of(corpus_name: str, folds: Sequence[Sequence[str]]) -> int:
    for k, held in enumerate(folds):
        if any(corpus_name.endswith(h) for h in held):
            return k
    return -1


def cv_indicator(items: Sequence[Item], workdir: Path, thresholds: Sequence[float],
                 folds: Sequence[Sequence[str]] = FOLDS, log=print) -> dict:
    """For each fold, train on the other sets and read the held-out ones; per threshold and fold the counts:
    facts, indicator right by the rules / with the model, all fields right by the rules / with the model."""
    table: dict[float, list[list[int]]] = {t: [[0] * 5 for _ in folds] for t in thresholds}
    for k, held in enumerate(folds):
        train = [it for it in items if fold_of(it.corpus, folds) != k]
        test = [it for it in items if fold_of(it.corpus, folds) == k]
        model = workdir / f"indicator-fold{k}.crfsuite"
        train_indicator(train, model)
        reviser = ind.Reviser(model.read_bytes())
        for it in test:
            rules_ok = indicator_right(it.rules, {"indicator": it.gold})
            for t in thresholds:
                reviser.threshold = t
                ok = indicator_right(reviser.decide(it.ex, it.rules), {"indicator": it.gold})
                row = table[t][k]
                row[0] += 1
                row[1] += rules_ok
                row[2] += ok
                row[3] += rules_ok and it.others
                row[4] += ok and it.others
        log(f"fold {k} ({'+'.join(held)}) done: {len(train)} train, {len(test)} held out")
    return table


def print_table(table: dict, folds=FOLDS, threshold: float | None = None, log=print) -> None:
    for t, rows in sorted(table.items()):
        if threshold is not None and t != threshold:
            continue
        log(f"threshold {t}")
        log("fold        facts  ind.rules  ind.model  gain  all.rules  all.model  gain")
        tot = [0] * 5
        wins = 0
        for held, r in zip(folds, rows):
            tot = [a + b for a, b in zip(tot, r)]
            wins += r[4] > r[3]
            log(f"{'+'.join(held):10s} {r[0]:6d} {r[1]:10d} {r[2]:10d} {r[2] - r[1]:+5d} {r[3]:10d} {r[4]:10d}"
                f" {r[4] - r[3]:+5d}")
        log(f"{'total':10s} {tot[0]:6d} {tot[1]:10d} {tot[2]:10d} {tot[2] - tot[1]:+5d} {tot[3]:10d} {tot[4]:10d}"
            f" {tot[4] - tot[3]:+5d}   folds gained {wins}/{len(rows)}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m taizhang.extract.learned.train")
    sub = ap.add_subparsers(dest="field", required=True)
    p = sub.add_parser("indicator", help="the indicator tagger (a CRF over the characters around the value)")
    p.add_argument("corpora", nargs="+", help="annotated corpus folders (docs/, gold/facts/)")
    p.add_argument("--out", help="the model file to write")
    p.add_argument("--cv", metavar="WORKDIR", help="cross-validate by set instead (fold models go to WORKDIR)")
    args = ap.parse_args(argv)
    with rules_only():
        items = indicator_items(corpus.iter_pages(args.corpora))
    left = Counter(it.corpus for it in items if not trainable(it))
    every = Counter(it.corpus for it in items)
    for name in sorted(every):
        print(f"{name}: {every[name]} found facts, {left[name]} left out of training (the window spells not the gold or not the rules' reading)")
    if args.cv:
        Path(args.cv).mkdir(parents=True, exist_ok=True)
        folds = folds_for(every)
        table = cv_indicator(items, Path(args.cv), (0.6, 0.7, 0.8, 0.9), folds)
        print_table(table, folds)
        return 0
    if not args.out:
        ap.error("--out or --cv")
    train_indicator(items, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
