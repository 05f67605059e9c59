"""The indicator of a found fact, revised by a character tagger (a CRF) trained on annotated pages.

Why a tagger over the characters around the value: an indicator is mostly written near its value, but often put
together from pieces (a set's name before a 其中, the measure after it: 重点项目 … 完成投资), so each character of a
window before the value is labelled in (``I``) or out (``O``) of the indicator, and the indicator is the characters
labelled in, in the order of the text. The rules' own reading is a feature (the characters it took, aligned in the
window): the model learns where the rules' reading holds and where pages that used other cues put the indicator.

The rules' reading is kept unless the model names another thing (``SIMILAR``), its labelling's probability (the
CRF's, of the whole labelling) is at least ``THRESHOLD`` (chosen by cross-validation by annotated set) and it does
not merely cut the rules' reading (``Reviser.decide``); never for an empty one. Why so cautious: the rules were
written from these pages' forms and are right on nearly nine facts of ten; the model's gain is where they are lost.

Features are characters, character n-grams of at most 4, character classes, distances and the rules' marks: no
phrase of any page is kept in the model.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Sequence

from ..doc import Doc, Fact
from ..normalize import normalize_chars
from . import enabled

MODEL = "indicator.crfsuite"
THRESHOLD = 0.8  # the least probability of the model's labelling that replaces the rules' reading (CV by set)
BEFORE = 40  # characters of the window before the value
AFTER = 6  # and after it
SIMILAR = 0.5  # character-bigram Dice at which two readings name the same (the scorer's test)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE = frozenset("，,；;：:")
_EDGE = " \t\u3000，,；;：:、。.！!？?（）()“”\"'‘’《》-—"


@dataclass
class Window:
    """The characters the tagger reads for one fact: ``norm[start:end]``, the value at ``[vs, ve)`` (norm offsets)."""

    start: int
    end: int
    vs: int
    ve: int


def window(norm: str, vs: int, ve: int) -> Window:
    """From the sentence's start (or ``BEFORE`` characters back) to a few characters after the value, within the
    sentence: a table's row is its own sentence (a line)."""
    lo = max(0, vs - BEFORE)
    start = lo
    for m in _SENTENCE_END.finditer(norm, lo, vs):
        start = m.end()
    hi = min(len(norm), ve + AFTER)
    m = _SENTENCE_END.search(norm, ve, hi)
    end = m.start() if m else hi
    return Window(start, end, vs, ve)


def align(pattern: str, text: str, skip: tuple[int, int] = (0, 0)) -> list[int]:
    """Positions of ``text`` that spell ``pattern``'s pieces: the longest piece first, each at its occurrence
    nearest the end (the value), pieces of one character only when the pattern is one character; positions in
    ``skip`` (the value) are never taken. Why pieces: an indicator is often put together (a set's name and a
    measure written apart)."""
    taken = [skip[0] <= i < skip[1] for i in range(len(text))]
    segs = [pattern] if pattern else []
    least = 1 if len(pattern) == 1 else 2
    out: list[int] = []
    while segs:
        best = None
        for si, s in enumerate(segs):
            for n in range(len(s), least - 1, -1):
                if best and n <= best[0]:
                    break
                hit = None
                for a in range(len(s) - n + 1):
                    j = _free_rfind(text, s[a:a + n], taken)
                    if j >= 0:
                        hit = (n, si, a, j)
                        break
                if hit:
                    best = hit
                    break
        if best is None:
            break
        n, si, a, j = best
        for k in range(j, j + n):
            taken[k] = True
        out.extend(range(j, j + n))
        s = segs.pop(si)
        segs.extend(p for p in (s[:a], s[a + n:]) if len(p) >= least)
    return sorted(out)


def _free_rfind(text: str, sub: str, taken: list[bool]) -> int:
    end = len(text)
    while True:
        j = text.rfind(sub, 0, end)
        if j < 0 or not any(taken[j:j + len(sub)]):
            return j
        end = j + len(sub) - 1


def bigrams(s: str) -> set[str]:
    s = "".join(s.split())
    return {s[i:i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def dice(a: str, b: str) -> float:
    """Character-bigram Dice of two readings, as the scorer compares indicators."""
    A, B = bigrams(a), bigrams(b)
    if not A or not B:
        return 0.0
    return 2 * len(A & B) / (len(A) + len(B))


def _cls(c: str) -> str:
    if c.isdigit():
        return "D"
    if "\u4e00" <= c <= "\u9fff":
        return "H"
    if c.isascii() and c.isalpha():
        return "L"
    if c.isspace():
        return "S"
    return "P"


def _dist(d: int) -> str:
    if d <= 4:
        return str(d)
    if d <= 8:
        return "8"
    if d <= 14:
        return "14"
    if d <= 24:
        return "24"
    return "far"


_DISTS = tuple(_dist(d) for d in range(26))
_CLASSES: dict[str, str] = {}


def _classes(s: str) -> str:
    """``_cls`` of each character of ``s`` (memoised by character: a window's characters are mostly common ones)."""
    out = []
    for c in s:
        k = _CLASSES.get(c)
        if k is None:
            k = _CLASSES[c] = _cls(c)
        out.append(k)
    return "".join(out)


def features(text: str, vs: int, ve: int, rules: Sequence[int], measure: str) -> list[list[str]]:
    """One list of features per character of ``text`` (a window; the value at ``[vs, ve)``): the character and its
    neighbours, n-grams of at most four, its class, its distance to the value in characters and in clauses, whether
    the rules took it, and the fact's measure beside the rules' mark. (Written for speed: it runs on every fact.)"""
    n = len(text)
    padded = "^^" + text + "$$"
    cls = "P" + _classes(text) + "P"
    marked = ["-"] * (n + 2)
    for i in rules:
        marked[i + 1] = "R"
    none = "r0" if not rules else "r1"
    clauses = ["0"] * n
    k = 0
    for i in range(vs - 1, -1, -1):
        clauses[i] = "3" if k > 3 else str(k)
        if text[i] in _CLAUSE:
            k += 1
    dists = _DISTS
    out = []
    for i in range(n):
        p2, p1, c, n1, n2 = padded[i:i + 5]
        if i >= ve:
            d = i - ve + 1
            where = "a" + (dists[d] if d < 26 else "far")
        elif i >= vs:
            where = "v"
        else:
            d = vs - i
            where = "b" + (dists[d] if d < 26 else "far")
        r = marked[i + 1]
        out.append([
            "c=" + c, "p1=" + p1, "n1=" + n1, "p2=" + p2, "n2=" + n2,
            "b=" + p1 + c, "bn=" + c + n1, "t=" + p1 + c + n1, "tp=" + p2 + p1 + c, "tn=" + c + n1 + n2,
            "q=" + p2 + p1 + c + n1,
            "k=" + cls[i + 1] + cls[i] + cls[i + 2], "w=" + where, "cl=" + clauses[i] + where[0],
            "r=" + r + marked[i] + marked[i + 2], "rm=" + r + measure, "rw=" + r + where, none,
        ])
    return out


@dataclass
class Example:
    """One fact's window and (in training) its labels; its features are made when first asked for (a fact whose
    rules' reading is not whole in the window is never tagged)."""

    text: str  # the window, in norm
    view: str  # the same window as written
    vs: int
    ve: int
    rules: list[int]
    whole: bool  # the rules' indicator is spelt whole by the window's characters (or is empty)
    measure: str = ""
    labels: list[str] | None = None

    @cached_property
    def xseq(self) -> list[list[str]]:
        return features(self.text, self.vs, self.ve, self.rules, self.measure)


def example(doc: Doc, fact: Fact) -> Example:
    """The tagger's view of one found fact."""
    norm = doc.norm
    vs, ve = doc.view_pos(fact.vstart), doc.view_pos(fact.vend)
    w = window(norm, vs, ve)
    text = norm[w.start:w.end]
    rvs, rve = vs - w.start, ve - w.start
    said = normalize_chars(fact.indicator)
    rules = align(said, text, (rvs, rve)) if said else []
    whole = "".join(text[i] for i in rules) == said
    return Example(text, doc.view[w.start:w.end], rvs, rve, rules, whole, fact.measure)


def labels_for(ex: Example, gold_indicator: str) -> list[str]:
    """``I`` on the characters that spell the gold indicator (aligned as the rules' reading is), ``O`` elsewhere."""
    pos = set(align(normalize_chars(gold_indicator), ex.text, (ex.vs, ex.ve)))
    return ["I" if i in pos else "O" for i in range(len(ex.text))]


def reading(ex: Example, labels: Sequence[str]) -> str:
    """The indicator a labelling says, as written: the characters labelled in, in order, edges trimmed."""
    return "".join(ex.view[i] for i, y in enumerate(labels) if y == "I").strip(_EDGE)


def cuts_the_rules(ex: Example, labels: Sequence[str]) -> bool:
    """The labelling only cuts the rules' reading down to a part of it (a band 50%-80%的项目, a sender 12345热线 the
    rules kept), or drops a part of it written in a clause before the value's (旅客86.5万人次,环比回落3.6%:
    the rules joined what a clause before the value names to the change after it, a join the window shows too little
    of to undo)."""
    kept = {i for i, y in enumerate(labels) if y == "I"}
    rules = set(ex.rules)
    dropped = rules - kept
    if not kept or not dropped:
        return False
    if kept < rules:
        return True
    return any(c in _CLAUSE for c in ex.text[min(dropped):ex.vs])


def rules_labels(ex: Example) -> list[str]:
    marked = set(ex.rules)
    return ["I" if i in marked else "O" for i in range(len(ex.text))]


@lru_cache(maxsize=1)
def _model_bytes() -> bytes:
    return (resources.files("taizhang.extract.learned") / "data" / MODEL).read_bytes()


class Reviser:
    """A loaded tagger and the threshold it replaces the rules' reading at."""

    def __init__(self, model: bytes, threshold: float = THRESHOLD):
        import pycrfsuite

        self.model = model  # crfsuite reads the bytes in place: they live as long as the tagger
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open_inmemory(model)
        self.threshold = threshold

    def tag(self, ex: Example) -> tuple[list[str], float]:
        """The model's labelling of one example and its probability."""
        if not ex.text:
            return [], 0.0
        self.tagger.set(ex.xseq)
        y = self.tagger.tag()
        return y, self.tagger.probability(y)

    def propose(self, ex: Example) -> tuple[str, float]:
        """The model's reading of one example and the probability of its labelling."""
        y, p = self.tag(ex)
        return reading(ex, y), p

    def decide(self, ex: Example, said: str) -> str:
        """The indicator to report for an example whose rules' reading is ``said``: the model's when the rules'
        reading stands in the window whole (one the rules put together from beyond it, a table's header or a 位居
        read as 排名, is not the model's to redo), the model's is not empty, names another thing (not ``SIMILAR``
        to the rules': a trim or an extension of theirs is left alone), does not cut the rules' reading
        (``cuts_the_rules``: across the annotated sets such cuts lost more than they won), and its labelling's
        probability is at least the threshold."""
        if not ex.whole or not ex.text:
            return said
        self.tagger.set(ex.xseq)
        y = self.tagger.tag()
        new = reading(ex, y)
        if not new or dice(normalize_chars(new), normalize_chars(said)) >= SIMILAR or cuts_the_rules(ex, y):
            return said
        if self.tagger.probability(y) < self.threshold:  # (asked last: the forward-backward pass costs most)
            return said
        return new

    def revise(self, doc: Doc, facts: Sequence[Fact]) -> int:
        """Revise each fact's indicator in place (``decide``); returns how many changed."""
        changed = 0
        for f in facts:
            new = self.decide(example(doc, f), f.indicator)
            if new != f.indicator:
                f.indicator = new
                changed += 1
        return changed


@lru_cache(maxsize=1)
def _shipped() -> Reviser:
    return Reviser(_model_bytes())


def revise(doc: Doc, facts: Sequence[Fact]) -> None:
    """The pipeline's stage: the shipped model revises the facts' indicators in place (not while training:
    ``learned.rules_only``)."""
    if facts and enabled():
        _shipped().revise(doc, facts)
