"""Kind (target / actual) and measure of the facts the rules found, revised by a linear model where it is sure.

Why a model: the rules read kind from cue words in the value's clause and sentence and from frames (a heading that
sets tasks, a report's review part); on pages nobody tuned them to they are wrong where the cues of many words
weigh against each other (a plan's figure beside progress, a list announced under a heading that sets tasks, a
share beside growth). A logistic model over character n-grams of the value's surroundings, the page's genre and
frames, the fact's period against the page's year and the rules' own reading learns how those cues weigh on 329
annotated pages of many regions and genres.

It keeps the rules' reading unless its class beats the rules' class by ``margin`` (chosen by cross-validation by
set, ``train.py``): the rules are right on most facts, and a model unsure of a fact has nothing to add.

Features (``features``) never hold a page's words beyond three characters: character 1–3-grams in bands around the
value (the clause before it, the sentence's earlier clauses, the clause after it, the headings above it), the unit,
classes (genre, frames, period against the page's year, position in the page, a table cell) and the rules' cue
reading (``facts._cue_kind``) of each band. The weights ship as JSON in ``data/kind.json`` and are scored in pure
Python; an estimated fact (预计/预期) and the ``estimated`` flag are left to the rules.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import rx
from . import enabled
from ..doc import Doc, DocumentRecord, Fact

MODEL_PATH = Path(__file__).with_name("data") / "kind.json"

KINDS = ("actual", "target")
MEASURES = ("level", "count", "growth", "share", "rank", "delta")

CLAUSE_END = rx.compile(r"[,，;；。:：!！?？\n\t、]")
RIGHT_END = rx.compile(r"[,，;；。:：!！?？\n\t、\d]")  # the clause after the value ends at the next figure too:
# what follows that figure (从107家增加到500家以上: 以上) is its own
SENTENCE_END = rx.compile(r"[;；。!！?？\n]")
YEAR = rx.compile(r"(?:19|20)\d\d|\?")
LEFT_REACH = 40  # characters of the value's clause read before it
SENTENCE_REACH = 60  # characters of the sentence's earlier clauses
RIGHT_REACH = 16  # characters of the clause after the value
REST_REACH = 60  # characters of the sentence after that clause
NEAR = 4  # characters right before and after the value read as positioned n-grams
HEADING_REACH = 24  # characters of each heading's title
UNIT_CLASSES = (("%", "pct"), ("％", "pct"), ("百分点", "pp"), ("元", "money"), ("倍", "times"), ("番", "times"),
                ("位", "place"), ("名", "place"))


def ngrams(s: str, prefix: str, n_max: int = 3, n_min: int = 1) -> set[str]:
    """The character n_min..n_max-grams of ``s``, each tagged with its band ``prefix`` (a set: presence, not
    counts)."""
    return {prefix + s[i:i + n] for n in range(n_min, n_max + 1) for i in range(len(s) - n + 1)}


def unit_class(unit: str) -> str:
    """A coarse class of the unit (rate, points, money, multiple, place, other or none) that generalises over the
    many units the pages write."""
    if not unit:
        return "none"
    for mark, cls in UNIT_CLASSES:
        if mark in unit:
            return cls
    return "other"


def period_features(period: str, year: int | None) -> list[str]:
    """The period's form (deadline, span, each year, a part of a year) and its last year against the page's year:
    a figure for a year after the page's is a target, one for a year before it an actual."""
    p = period or ""
    if not p:
        form = "empty"
    elif p.startswith("each"):
        form = "each"
    elif p.startswith(".."):
        form = "deadline-month" if "-M" in p else "deadline"
    elif ".." in p:
        form = "span-month" if "-M" in p else "span"
    elif "-" in p:
        form = "part" + p.split("-", 1)[1][:1]
    else:
        form = "year"
    years = YEAR.findall(p)
    if not years or years[-1] == "?" or year is None:
        rel = "unknown"
    else:
        d = int(years[-1]) - int(year)
        rel = "past" if d < 0 else "same" if d == 0 else "next" if d == 1 else "later"
    return [f"pf:{form}", f"py:{rel}", f"pfy:{form}:{rel}"]


@dataclass
class Bands:
    """The strings around one value on ``doc.norm``: the clause before it, the sentence's earlier clauses, the
    clause after it up to the next figure, and the line it stands on."""

    left: str
    before: str
    right: str
    rest: str  # the sentence after the clause after the value: what it goes on to report (…,完成年度计划的62%)
    line_tab: bool
    line_short: bool


def bands(norm: str, vs: int, ve: int) -> Bands:
    """The value's bands, from slices near it only (no pass over the text)."""
    lo = max(0, vs - LEFT_REACH - SENTENCE_REACH)
    window = norm[lo:vs]
    cut = 0
    for m in CLAUSE_END.finditer(window):
        cut = m.end()
    cut = max(cut, len(window) - LEFT_REACH)
    left = window[cut:]
    head = window[:cut]
    s_cut = 0
    for m in SENTENCE_END.finditer(head):
        s_cut = m.end()
    before = head[max(s_cut, len(head) - SENTENCE_REACH):]
    after = norm[ve:ve + RIGHT_REACH]
    m = RIGHT_END.search(after)
    right = after[:m.start()] if m else after
    tail = norm[ve + len(right):ve + len(right) + REST_REACH]
    m = SENTENCE_END.search(tail)
    rest = tail[:m.start()] if m else tail
    ls = norm.rfind("\n", max(0, vs - 200), vs) + 1
    le = norm.find("\n", ve, ve + 200)
    le = le if le >= 0 else min(len(norm), ve + 200)
    line = norm[ls:le]
    return Bands(left, before, right, rest, "\t" in line, len(line.strip()) < 30)


def cue_kind(seg: str) -> str:
    """The rules' cue reading of a segment (its last strong cue, else its last weak one): target, actual or none."""
    from ..facts import _cue_kind
    return _cue_kind(seg, last=True) or "none" if seg else "none"


def headings_at(record: DocumentRecord, raw_pos: int) -> list[str]:
    """The titles of the sections holding ``raw_pos``, innermost first (sections keep raw offsets)."""
    held = [s for s in record.sections if s.start <= raw_pos < s.end]
    held.sort(key=lambda s: (s.level, s.start), reverse=True)
    return [(s.title or "")[:HEADING_REACH] for s in held]


def neighbour_features(facts: list[Fact]) -> list[list[str]]:
    """For each fact (in the order given), the rules' kind of the facts before and after it when they stand in
    the same evidence clause or right next to it (a list reads alike), and the share of the page's facts the rules
    read as targets (a plan's page or a report's)."""
    order = sorted(range(len(facts)), key=lambda i: facts[i].vstart)
    share = sum(f.kind == "target" for f in facts) / len(facts) if facts else 0.0
    page = f"dt:{min(4, int(share * 5))}"
    out: list[list[str]] = [[] for _ in facts]
    for j, i in enumerate(order):
        f = facts[i]
        feats = [page, f"dtk:{page[3:]}:{f.kind}"]
        for side, k in (("p", j - 1), ("n", j + 1)):
            if 0 <= k < len(order):
                o = facts[order[k]]
                near = o.estart == f.estart or abs(o.vstart - f.vstart) < 40
                feats.append(f"nb{side}:{o.kind if near else 'far'}")
                if near:
                    feats.append(f"nb{side}k:{o.kind}:{f.kind}")
                    if o.measure != f.measure:
                        feats.append(f"nb{side}m:{o.measure}")
            else:
                feats.append(f"nb{side}:none")
        out[i] = feats
    return out


def written_unit(fact: Fact) -> str:
    """The unit written right after the value: none for a table cell whose unit its header or 单位 line states apart
    (``unit_implied``), as the model was trained to read it; ``uc`` reads the unit the value is in."""
    return "" if fact.unit_implied else fact.unit


def features(doc: Doc, record: DocumentRecord, fact: Fact, extra: list[str] | None = None) -> list[str]:
    """Every feature of one fact (strings; a feature present counts 1); ``extra``: its ``neighbour_features``."""
    norm = doc.norm
    vs, ve = doc.view_pos(fact.vstart), doc.view_pos(fact.vend)
    b = bands(norm, vs, ve)
    ctx = record.context or {}
    genre = ctx.get("genre") or "none"
    out = [f"rk:{fact.kind}", f"rm:{fact.measure}", f"rkm:{fact.kind}:{fact.measure}", f"g:{genre}",
           f"gk:{genre}:{fact.kind}", f"cmp:{fact.comparator}", f"u:{written_unit(fact)[:4]}",
           f"uc:{unit_class(fact.value_unit)}", f"ucm:{unit_class(fact.value_unit)}:{fact.measure}",
           f"est:{bool(fact.estimated)}", "bias"]
    out += period_features(fact.period, ctx.get("year"))
    out += [f"{k}:{fact.kind}" for k in period_features(fact.period, ctx.get("year"))[1:2]]
    if b.line_tab:
        out.append("line:tab")
    if b.line_short:
        out.append("line:short")
    pos = int(4 * vs / max(1, len(norm)))
    out += [f"pos:{pos}", f"gpos:{genre}:{pos}"]
    frames = getattr(getattr(doc, "context", None), "frames", None)
    if frames is not None:
        d = frames.document
        out.append(f"df:{d.kind or 'none'}:{d.source}")
        part = frames.part_at(vs)
        out.append(f"pt:{part.kind or 'none'}:{part.source}" if part is not None else "pt:no")
        out.append(f"ptk:{part.kind if part is not None else 'no'}:{fact.kind}")
    for name, seg in (("cl", b.left), ("cs", b.before), ("cr", b.right), ("ca", b.rest)):
        ck = cue_kind(seg)
        out += [f"{name}:{ck}", f"{name}k:{ck}:{fact.kind}"]
    out += ngrams(b.left, "l:")
    out += ngrams(b.before, "s:", 2, 2)  # far from the value a single character says little but the page's habits
    out += ngrams(b.right, "r:")
    out += ngrams(b.rest, "a:", 2, 2)
    near_l, near_r = b.left[-NEAR:], b.right[:NEAR]
    out += [f"n{i}:{near_l[-i:]}" for i in range(1, len(near_l) + 1)]
    out += [f"m{i}:{near_r[:i]}" for i in range(1, len(near_r) + 1)]
    heads = headings_at(record, fact.vstart)
    for depth, title in enumerate(heads[:2]):
        out += ngrams(title, f"h{depth}:", 2, 2)
        out.append(f"hc{depth}:{cue_kind(title)}")
    if not heads:
        out.append("h:none")
    title = (record.title or "")[:HEADING_REACH]
    out += ngrams(title, "t:", 2, 2)
    return out + (extra or [])


@dataclass
class Linear:
    """A linear model over string features: one weight per class for each feature, and the margin by which its
    class must beat the rules' to revise."""

    classes: tuple[str, ...]
    weights: dict[str, list[float]]
    margin: float

    def probs(self, feats: list[str]) -> list[float]:
        weights = self.weights
        rows = [weights[f] for f in feats if f in weights]
        z = [sum(col) for col in zip(*rows)] if rows else [0.0] * len(self.classes)
        top = max(z)
        e = [math.exp(x - top) for x in z]
        s = sum(e)
        return [x / s for x in e]

    def revise(self, feats: list[str], current: str) -> str:
        """The model's class where it beats ``current`` by the margin, else ``current``."""
        if current not in self.classes:
            return current
        p = self.probs(feats)
        best = max(range(len(p)), key=p.__getitem__)
        if p[best] - p[self.classes.index(current)] > self.margin:
            return self.classes[best]
        return current

    def to_json(self) -> dict:
        return {"classes": list(self.classes), "margin": self.margin,
                "weights": {f: [round(x, 4) for x in w] for f, w in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, d: dict) -> "Linear":
        return cls(tuple(d["classes"]), {f: list(w) for f, w in d["weights"].items()}, float(d["margin"]))


@dataclass
class Model:
    """The kind model and the measure model (either may be absent: that field is then the rules')."""

    kind: Linear | None = None
    measure: Linear | None = None


def load(path: str | Path) -> Model:
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    return Model(kind=Linear.from_json(d["kind"]) if d.get("kind") else None,
                 measure=Linear.from_json(d["measure"]) if d.get("measure") else None)


def save(model: Model, path: str | Path) -> None:
    d = {"version": 1, "kind": model.kind.to_json() if model.kind else None,
         "measure": model.measure.to_json() if model.measure else None}
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")


def frame_holds(feats: list[str], kind: str) -> bool:
    """Whether the part of the page the value stands in has a frame of the rules' kind (a review part's heading,
    a plan part's lead: ``pt:`` in ``features``): the rules and the page's frame agree, and a plan's figure in a
    report's review part is the base of what was done (SCHEMA), a reading the model's cue n-grams do not hold."""
    return f"ptk:{kind}:{kind}" in feats


def allowed(fact: Fact, kind: str) -> bool:
    """Whether the model may give ``fact`` the kind ``kind``: never a target of a run of months (1-9月计划开工51项,
    截至10月底计划竣工17项: the plan of the months gone by, the base of what was done)."""
    return not (kind == "target" and "-M" in (fact.period or ""))


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The shipped model, loaded once, on first use."""
    return load(MODEL_PATH)


def revise(doc: Doc, record: DocumentRecord, facts: list[Fact], model: Model | None = None) -> int:
    """Revise the kind and measure of ``facts`` in place where the model is sure; returns how many changed."""
    if model is None and not enabled():  # (learned.rules_only: training reads the rules' own kinds)
        return 0
    model = model or shipped()
    changed = 0
    for f, extra in zip(facts, neighbour_features(facts)):
        if f.estimated:  # 预计/预期: whether an estimate is a plan or an outturn is the rules' reading (cross-validated,
            continue    # the model broke two such facts for one it mended)
        feats = features(doc, record, f, extra)
        kind = model.kind.revise(feats, f.kind) if model.kind and not frame_holds(feats, f.kind) else f.kind
        kind = kind if allowed(f, kind) else f.kind
        measure = model.measure.revise(feats, f.measure) if model.measure else f.measure
        if (kind, measure) != (f.kind, f.measure):
            f.kind, f.measure = kind, measure
            changed += 1
    return changed
