"""Training the learned components: ``python -m taizhang.extract.learned.train <field> CORPUS_DIR... --out FILE``
(fields: ``indicator``, ``kind``).

Why one command per field: each component is retrained the same way after the rules change (their reading is a
feature), from annotated corpus folders (``corpus.iter_pages``), deterministically. ``--cv`` instead measures the
component by set (two sets held out per fold) against the rules alone, in the scorer's terms.
"""
from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from . import corpus, rules_only
from . import indicator as ind
from . import kind as kind_model


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


def others_right(fields: dict, gold: dict) -> bool:
    """Every field but the indicator as the scorer's third tier asks (``fields``: a found fact's, as a dict)."""
    return fields["kind"] == gold.get("kind") and fields["measure"] == gold.get("measure") \
        and _same_period(fields["period"], gold.get("period"), gold.get("kind", "")) \
        and fields["comparator"] == gold.get("comparator") \
        and _strip_region(fields["subject"]) == _strip_region(gold.get("subject"))


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
            out.append(Item(page.corpus, ex, f.indicator, g.get("indicator", ""), others_right(vars(f), g)))
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


def folds_for(names: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """The corpora in pairs, in the order of their names: each fold holds two sets out."""
    names = sorted(set(names))
    return tuple(tuple(names[i:i + 2]) for i in range(0, len(names), 2))


def fold_of(corpus_name: str, folds: Sequence[Sequence[str]]) -> int:
    for k, held in enumerate(folds):
        if corpus_name in held:
            return k
    return -1


def cv_indicator(items: Sequence[Item], workdir: Path, thresholds: Sequence[float],
                 folds: Sequence[Sequence[str]], log=print) -> dict:
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


def print_table(table: dict, folds: Sequence[Sequence[str]], threshold: float | None = None, log=print) -> None:
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


# --------------------------------------------------------------------------- kind (and measure)

KIND_SEED = 38
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def load_pages(corpora: Sequence[str | Path], cache: str | Path | None = None) -> list[corpus.Page]:
    """The annotated pages of every corpus, extracted by the rules alone (from ``cache`` where a pickle of that corpus
    is kept; written there after extracting)."""
    pages: list[corpus.Page] = []
    for root in map(Path, corpora):
        pkl = Path(cache) / f"{root.name}.pkl" if cache else None
        if pkl is not None and pkl.exists():
            with open(pkl, "rb") as fh:
                got = pickle.load(fh)
        else:
            with rules_only():  # the facts as the rules read them, what each model learns to revise
                got = list(corpus.iter_pages([root]))
            if pkl is not None:
                pkl.parent.mkdir(parents=True, exist_ok=True)
                with open(pkl, "wb") as fh:
                    pickle.dump(got, fh)
        for p in got:
            p.corpus = root.name
        pages += got
    return pages


def all_right(fields: dict, gold: dict) -> bool:
    """Every field the scorer's third tier tests is right, for a fact already found (its fields as a dict)."""
    return others_right(fields, gold) and indicator_right(fields["indicator"], gold)


def fit_linear(rows: list[list[str]], labels: list[str], classes: Sequence[str], c: float = 1.0,
               groups: Sequence[str] | None = None, min_count: int = 3, balance: bool = True) -> kind_model.Linear:
    """A logistic regression over binary string features (those seen on at least ``min_count`` training pages,
    ``groups`` naming each row's page: a feature of one page's wording teaches nothing about others), as a
    ``Linear`` with one weight per class (two classes: ± half the binary weight, the same probabilities)."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    seen: dict[str, set] = {}
    for n, r in enumerate(rows):
        for f in set(r):
            seen.setdefault(f, set()).add(groups[n] if groups is not None else n)
    vocab = sorted(f for f, g in seen.items() if len(g) >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    ind, ptr = [], [0]
    for r in rows:
        ind += sorted({index[f] for f in r if f in index})
        ptr.append(len(ind))
    x = csr_matrix((np.ones(len(ind)), np.array(ind, dtype=np.int64), np.array(ptr)), shape=(len(rows), len(vocab)))
    present = sorted(set(labels), key=list(classes).index)
    y = np.array([present.index(lab) for lab in labels])
    weight = None
    if groups is not None and balance:  # each page weighs the square root of its facts: a long list is one voice
        size: dict[str, int] = {}
        for g in groups:
            size[g] = size.get(g, 0) + 1
        weight = np.array([size[g] ** -0.5 for g in groups])
        weight *= len(weight) / weight.sum()
    clf = LogisticRegression(C=c, max_iter=2000, random_state=KIND_SEED, fit_intercept=False)
    clf.fit(x, y, sample_weight=weight)
    coef = clf.coef_
    weights: dict[str, list[float]] = {}
    for j, f in enumerate(vocab):
        if len(present) == 2:
            per = {present[0]: -coef[0, j] / 2, present[1]: coef[0, j] / 2}
        else:
            per = {cls: coef[k, j] for k, cls in enumerate(present)}
        w = [float(per.get(cls, 0.0)) for cls in classes]
        if any(abs(v) >= 1e-4 for v in w):
            weights[f] = w
    if len(present) < len(classes):  # a class the training never saw is never chosen
        weights.setdefault("bias", [0.0] * len(classes))
        weights["bias"] = [w if cls in present else w - 50.0 for w, cls in zip(weights["bias"], classes)]
    return kind_model.Linear(tuple(classes), weights, 0.0)


# --------------------------------------------------------------------------- kind and measure

@dataclass
class KindExample:
    corpus: str
    page: str
    feats: list[str]
    fact: dict  # the rules' fields
    gold: dict


def kind_examples(pages: list[corpus.Page]) -> list[KindExample]:
    """One example per found fact paired with its gold fact."""
    out = []
    for p in pages:
        ex = p.extraction
        extra = dict(zip(map(id, ex.facts), kind_model.neighbour_features(ex.facts)))
        for f, g in p.pairs:
            fields = {k: getattr(f, k) for k in ("kind", "measure", "period", "comparator", "subject", "indicator",
                                                 "estimated")}
            feats = kind_model.features(ex.doc, ex.record, f, extra[id(f)])
            out.append(KindExample(p.corpus, f"{p.corpus}/{p.name}", feats, fields, g))
    return out


def fit_kind(examples: list[KindExample], c: float, margins: tuple[float, float] = (0.0, 0.0),
             measure: bool = False) -> kind_model.Model:
    """The kind model (and the measure model with ``measure``), a field whose margin is infinite left out."""
    rows = [e.feats for e in examples]
    pages = [e.page for e in examples]
    model = kind_model.Model()
    if margins[0] != float("inf"):
        model.kind = fit_linear(rows, [e.gold["kind"] for e in examples], kind_model.KINDS, c, pages)
        model.kind.margin = margins[0]
    if measure and margins[1] != float("inf"):
        model.measure = fit_linear(rows, [e.gold["measure"] for e in examples], kind_model.MEASURES, c, pages)
        model.measure.margin = margins[1]
    return model


def _tally(held: list[KindExample], model: kind_model.Model, use_kind: bool, use_measure: bool) -> dict[str, int]:
    n = {"facts": 0, "field_rules": 0, "field_model": 0, "all_rules": 0, "all_model": 0}
    for e in held:
        new = dict(e.fact)
        if use_kind and model.kind and not e.fact["estimated"] and not kind_model.frame_holds(e.feats, e.fact["kind"]):
            # (as kind.revise: estimates and facts whose part's frame is the rules' kind are left to the rules)
            new["kind"] = model.kind.revise(e.feats, e.fact["kind"])
            if new["kind"] == "target" and "-M" in (e.fact["period"] or ""):  # (kind.allowed)
                new["kind"] = e.fact["kind"]
        if use_measure and model.measure:
            new["measure"] = model.measure.revise(e.feats, e.fact["measure"])
        g = e.gold
        n["facts"] += 1
        n["field_rules"] += (e.fact["kind"], e.fact["measure"]) == (g["kind"], g["measure"])
        n["field_model"] += (new["kind"], new["measure"]) == (g["kind"], g["measure"])
        n["all_rules"] += all_right(e.fact, g)
        n["all_model"] += all_right(new, g)
    return n


def cv_kind(examples: list[KindExample], c: float, measure: bool = False, min_margin: float = 0.0,
            out: Callable[[str], None] = print) -> tuple[float, float]:
    """Cross-validation by set; returns the margins (kind, measure) that gain most over the folds (the larger
    margin on a tie: revise less; infinite where no margin gains: the rules keep that field; at least
    ``min_margin``), after printing the table at those margins."""
    folds = folds_for(e.corpus for e in examples)
    models = []
    for k, fold in enumerate(folds):
        train = [e for e in examples if fold_of(e.corpus, folds) != k]
        held = [e for e in examples if fold_of(e.corpus, folds) == k]
        models.append((fold, held, fit_kind(train, c, measure=measure)))
    chosen = []
    for field in ("kind", "measure"):
        if getattr(models[0][2], field) is None:
            chosen.append(float("inf"))
            continue
        gains = []
        for m in MARGINS:
            gain = 0
            for _, held, model in models:
                getattr(model, field).margin = m
                t = _tally(held, model, field == "kind", field == "measure")
                gain += t["field_model"] - t["field_rules"]
            gains.append(gain)
            out(f"  {field} margin {m:.1f}: field gain {gain:+d}")
        # each margin judged with its neighbours' gains: one lucky margin among worse ones is noise of the folds
        smooth = [sum(gains[max(0, i - 1):i + 2]) / len(gains[max(0, i - 1):i + 2]) for i in range(len(gains))]
        best = max(range(len(MARGINS)), key=lambda i: (smooth[i], MARGINS[i]))
        chosen.append(max(MARGINS[best], min_margin) if gains[best] > 0 and smooth[best] > 0 else float("inf"))
    out(f"chosen margins: kind {chosen[0]}, measure {chosen[1]}")
    out("fold        facts  kind+measure rules → model   all fields rules → model")
    total = {k: 0 for k in ("facts", "field_rules", "field_model", "all_rules", "all_model")}
    for fold, held, model in models:
        for field, m in zip(("kind", "measure"), chosen):
            if getattr(model, field) is not None:
                getattr(model, field).margin = m
        t = _tally(held, model, True, True)
        for k in total:
            total[k] += t[k]
        out(f"{'+'.join(fold):<12}{t['facts']:>5}  {t['field_rules']:>6} → {t['field_model']:<6} "
            f"({t['field_model'] - t['field_rules']:+d})      {t['all_rules']:>6} → {t['all_model']:<6} "
            f"({t['all_model'] - t['all_rules']:+d})")
    out(f"{'total':<12}{total['facts']:>5}  {total['field_rules']:>6} → {total['field_model']:<6} "
        f"({total['field_model'] - total['field_rules']:+d})      {total['all_rules']:>6} → {total['all_model']:<6} "
        f"({total['all_model'] - total['all_rules']:+d})")
    return chosen[0], chosen[1]


def main_kind(args: argparse.Namespace) -> int:
    pages = load_pages(args.corpora, args.cache)
    examples = kind_examples(pages)
    margins = (args.margin, args.measure_margin)
    if args.cv:
        margins = cv_kind(examples, args.c, args.measure, args.min_margin)
    model = fit_kind(examples, args.c, margins, args.measure)
    kind_model.save(model, args.out)
    print(f"{args.out}: {len(examples)} facts, {len(model.kind.weights) if model.kind else 0} kind and "
          f"{len(model.measure.weights) if model.measure else 0} measure features, margins {margins}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m taizhang.extract.learned.train")
    sub = ap.add_subparsers(dest="field", required=True)
    p = sub.add_parser("indicator", help="the indicator tagger (a CRF over the characters around the value)")
    p.add_argument("corpora", nargs="+", help="annotated corpus folders (docs/, gold/facts/)")
    p.add_argument("--out", help="the model file to write")
    p.add_argument("--cv", metavar="WORKDIR", help="cross-validate by set instead (fold models go to WORKDIR)")
    k = sub.add_parser("kind", help="kind (target/actual; a measure model too with --measure) of found facts")
    k.add_argument("corpora", nargs="+", help="annotated corpus folders (docs/, gold/facts/)")
    k.add_argument("--out", required=True, help="the model file to write (JSON)")
    k.add_argument("--cache", help="a folder to keep each corpus's extracted pages in")
    k.add_argument("--cv", action="store_true", help="cross-validate by set first and choose the margins")
    k.add_argument("--measure", action="store_true", help="a measure model too (cross-validation by set found it "
                   "no better than the rules: off by default)")
    k.add_argument("--c", type=float, default=0.3, help="inverse regularisation strength")
    k.add_argument("--min-margin", type=float, default=0.8,
                   help="the least margin --cv may choose (the shipped model: 0.8, where no fold loses a fact; a "
                        "lower one gains more on the folds but overrules the rules' tested readings of plan bases "
                        "and target columns)")
    k.add_argument("--margin", type=float, default=0.8, help="the kind margin without --cv")
    k.add_argument("--measure-margin", type=float, default=0.8, help="the measure margin without --cv")
    args = ap.parse_args(argv)
    if args.field == "kind":
        return main_kind(args)
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
