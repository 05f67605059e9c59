"""One segmenter for every stage: paragraphs, sentences and clauses of a text, by character offset.

Chinese official writing marks its units with punctuation alone: a paragraph ends at a line
break, a sentence at 。!? (or a line break: headings and list items carry no full stop), a
clause at , ; : 、 as well.  A comma between digits (1,234) is a thousands separator, not a
clause break.  Every stage that needs "the clause holding this number" or "the sentence
this region is named in" asks a :class:`Layout` (or the one-off helpers below) so that
facts, projects, tasks and scopes agree on where a clause starts.

Spans are ``[start, end)`` offsets into the text given; the separator itself is never
inside a span.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import rx

try:
    import numpy
except ImportError:  # (numpy comes with pandas and pyarrow; without it the separators are scanned by pattern)
    numpy = None

# A comma splits clauses unless it sits between digits (thousands: 1,234).  、 splits too: callers that
# treat 、-joined items as one list walk back over it (figure._comma_clause_start).  Written as one class of the
# separators, a comma then dropped by a look-behind holding the digits' test (the same matches as
# ``(?<!\d),|,(?!\d{3}(?:\D|$))|[;。:!?、\n，；。：！？]``): a pattern opening with a class is looked for by the engine's
# own scan for its characters, one opening with a look-behind is tried at every offset.
CLAUSE_SEP = rx.compile(r"[,;。:!?、\n，；：！？](?<!\d,(?=\d{3}(?:\D|$)))")
# Clause breaks for a caller that reads a whole enumeration as one clause: every comma (digit groups included)
# and : ; 。 ! ? and line breaks, but not 、.
LIST_CLAUSE_SEP = rx.compile(r"[,。;:!?\n，；：！？]")
SENT_SEP = rx.compile(r"[。!?\n！？]")
# A sentence part: a sentence cut at ; as well (A;B;C lists of parallel statements, each with its own subject).
PART_SEP = rx.compile(r"[。!?;\n！？；]")
PARA_SEP = rx.compile(r"\n")

# Longest clause and sentence taken as one unit.  Real clauses are tens of characters and sentences a few
# hundred; a text without punctuation (a scraped table, a run-on line) would otherwise make every value's
# clause the whole text, and the per-value work quadratic in its length.  A longer span is cut into
# consecutive pieces of this size from its start, so positions in one piece still share their span.
CLAUSE_CAP = 400
SENT_CAP = 2000


class Layout:
    """Clause, sentence and paragraph boundaries of a text, looked up by bisection (built once per text)."""

    def __init__(self, text: str):
        self.text = text
        self.clause = sep_offsets(CLAUSE_SEP, text)
        self.sent = sep_offsets(SENT_SEP, text)
        self.para = sep_offsets(PARA_SEP, text)
        self.part = sep_offsets(PART_SEP, text)
        self.cand_starts: list[int] = []  # value starts, set by the fact finder (a clause "has a value")
        self.criteria: list[int] = []  # starts of values that bound a class (低于80%的列入黑榜), no figures (in order)
        # the text's headings and sections, set by the fact finder (``Headings``)
        self.outline: Headings = Headings([])
        # results of pure functions of (this text, a position) that several steps ask for, by function name
        self.memo: dict[str, dict] = {}
        self._clause_cache: dict[int, tuple[int, int]] = {}
        self._sent_cache: dict[int, tuple[int, int]] = {}
        self._part_cache: dict[int, tuple[int, int]] = {}
        self._para_cache: dict[int, tuple[int, int]] = {}
        self._marks: dict[str, list[int]] = {}  # offsets of each set of marks ``last_of`` was asked about
        self._joined: dict[int, tuple[list[int], int]] = {}  # clause start -> (its run's chain, its index there)

    @staticmethod
    def _span(seps: list[int], p: int, n: int, cap: int = 0) -> tuple[int, int]:
        i = bisect.bisect_right(seps, p - 1)  # first separator at or after p
        start = seps[i - 1] + 1 if i > 0 else 0
        end = seps[i] if i < len(seps) else n
        if cap and end - start > cap and start <= p:
            start += (p - start) // cap * cap
            end = min(end, start + cap)
        return start, end

    def clause_of(self, p: int) -> tuple[int, int]:
        r = self._clause_cache.get(p)
        if r is None:
            r = self._clause_cache[p] = self._span(self.clause, p, len(self.text), CLAUSE_CAP)
        return r

    def sent_of(self, p: int) -> tuple[int, int]:
        r = self._sent_cache.get(p)
        if r is None:
            r = self._sent_cache[p] = self._span(self.sent, p, len(self.text), SENT_CAP)
        return r

    def part_of(self, p: int) -> tuple[int, int]:
        """The sentence part holding ``p`` (split at ; too)."""
        r = self._part_cache.get(p)
        if r is None:
            r = self._part_cache[p] = self._span(self.part, p, len(self.text), SENT_CAP)
        return r

    def para_of(self, p: int) -> tuple[int, int]:
        r = self._para_cache.get(p)
        if r is None:
            r = self._para_cache[p] = self._span(self.para, p, len(self.text))
        return r

    def last_of(self, chars: str, lo: int, hi: int) -> int:
        """``last_of(self.text, chars, lo, hi)``: each of its ``rfind`` calls walks back to ``lo`` when its mark is
        not there (a rare ！ or ？ every time), for every figure; here the text's offsets of ``chars`` are listed
        once and each look-up is a bisection."""
        if lo < 0 or hi < 0:  # (slice arithmetic of negative bounds)
            return max(self.text.rfind(ch, lo, hi) for ch in chars)
        pos = self._marks.get(chars)
        if pos is None:
            pos = self._marks[chars] = char_offsets(self.text, chars)
        i = bisect.bisect_left(pos, min(hi, len(self.text))) - 1
        return pos[i] if i >= 0 and pos[i] >= lo else -1

    def joined_clause_start(self, p: int, reach: int) -> int:
        """Start of the clause holding ``p`` when 、 does not split clauses: the clause starts are walked back over
        each 、 (``clause_of`` the character before it) while the start is less than ``reach`` characters before
        ``p``.  Every figure of a list of N items (甲县12个、乙县9个、…) asks this, and each walk went back over up to
        ``reach`` characters of items; here each run of 、-joined clauses is walked once (``_joined_chain``) and a
        question is a bisection in its starts."""
        cs = self.clause_of(p)[0]
        if cs < 2 or self.text[cs - 1] != "、" or p - cs >= reach:
            return cs
        chain, i = self._joined_chain(cs)
        # the walk stops at the first start (going back) at least ``reach`` before p, else at the run's first start
        t = bisect.bisect_right(chain, p - reach, 0, i + 1) - 1
        return chain[max(t, 0)]

    def _joined_chain(self, cs: int) -> tuple[list[int], int]:
        """The starts the walk over 、 goes through from the clause start ``cs``, in rising order (the first is where
        it stops: no 、 before it), and the index of ``cs`` there.  A walk reaching a start walked before carries
        on that run's chain (a later item of the same list adds its own starts at the chain's end)."""
        got = self._joined.get(cs)
        if got is not None:
            return got
        path = []  # the starts not walked before, last first
        s = cs
        while True:
            got = self._joined.get(s)
            if got is not None:
                chain, k = got
                if k + 1 < len(chain):  # (a walk joining a run in its middle: a chain of its own)
                    chain = chain[:k + 1]
                break
            path.append(s)
            if s < 2 or self.text[s - 1] != "、":
                chain, k = [], -1
                break
            s = self.clause_of(s - 2)[0]
        for s in reversed(path):
            chain.append(s)
            self._joined[s] = (chain, len(chain) - 1)
        return self._joined[cs]

    def clauses_between(self, a: int, b: int) -> list[tuple[int, int]]:
        """Clauses covering [a, b), in order."""
        out = []
        p = a
        while p < b:
            s, e = self.clause_of(p)
            out.append((max(s, a), min(e, b)))
            p = e + 1
        return out

    def sentences(self) -> list[tuple[int, int]]:
        """Every non-empty sentence span, in order."""
        out, p = [], 0
        for e in self.sent + [len(self.text)]:
            if e > p and self.text[p:e].strip():
                out.append((p, e))
            p = e + 1
        return out

    def paragraphs(self) -> list[tuple[int, int]]:
        """Every non-empty line span, in order."""
        out, p = [], 0
        for e in self.para + [len(self.text)]:
            if e > p and self.text[p:e].strip():
                out.append((p, e))
            p = e + 1
        return out


class Headings:
    """The headings of a text, looked up by bisection: its stand-alone heading lines (box titles, sub-heads,
    一、2025年工作回顾) as ``(start, end)`` in order, and the starts of its numbered sections (三、金融 / (三)地方工业支撑
    作用突出。 written as a sentence of their own or opening the paragraph they head), which bound a section as a
    heading line does but carry no time of their own.  One place answers "the headings above this position", "the
    section this position is in" and "does a section open between these two positions" for every step."""

    def __init__(self, lines: list[tuple[int, int]], numbered=()):
        self.lines = lines
        self.starts = [h[0] for h in lines]
        self.bounds = sorted(set(self.starts) | set(numbered))  # where any section opens
        self.memo: dict = {}  # what a step reads once per document from the heading lines (scope._heading_years)

    def above(self, p: int, reach: int) -> list[tuple[int, int]]:
        """The heading lines that start at or before ``p``, nearest first, the nearest and at most ``reach`` more
        (one holding ``p`` included: a caller skips a line ending after ``p`` when it wants those above it)."""
        i = bisect.bisect_right(self.starts, p) - 1
        return self.lines[max(0, i - reach):i + 1][::-1]

    def above_indexed(self, p: int, reach: int) -> list[tuple[int, tuple[int, int]]]:
        """``above``, each line with its index in ``lines`` (for what a step read once per line)."""
        i = bisect.bisect_right(self.starts, p) - 1
        return [(k, self.lines[k]) for k in range(i, max(0, i - reach) - 1, -1)]

    def section_start(self, p: int) -> int | None:
        """Where the section holding ``p`` begins: the end of the nearest heading line that ends at or before
        ``p``; None when no heading line stands above it."""
        i = bisect.bisect_right(self.starts, p) - 1
        while i >= 0:
            if self.lines[i][1] <= p:
                return self.lines[i][1]
            i -= 1
        return None

    def opens_between(self, lo: int, hi: int) -> bool:
        """A heading line or a numbered section opens after ``lo`` and before ``hi``: the text has moved on to
        another section."""
        i = bisect.bisect_right(self.bounds, lo)
        return i < len(self.bounds) and self.bounds[i] < hi


def line_spans(text: str) -> list[tuple[int, int]]:
    """Every line of ``text`` as (start, end) without its newline, the empty line after a final newline included:
    the cleaner's and the table readers' line walks index lines by these offsets into the text as read."""
    out, p = [], 0
    for line in text.split("\n"):
        e = p + len(line)
        out.append((p, e))
        p = e + 1
    return out


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``Layout(text).paragraphs()`` without building the Layout (its clause and sentence tables are not
    needed by a caller that only walks lines)."""
    out, p = [], 0
    for line in text.split("\n"):
        e = p + len(line)
        if e > p and line.strip():
            out.append((p, e))
        p = e + 1
    return out


# Patterns that match one character, decided by that character alone: where they match in a window is where
# they match in the whole text, so a text's separator offsets can be listed once and bisected (``_bounds``).  Known
# by their id (and checked to be the same object): a compiled pattern's hash is its code hashed again at every look-up
# (``re``'s ``pattern_hash`` keeps nothing), thousands of instructions for each of the one-off helpers' questions.
_CHAR_SEPS = {id(p): p for p in (LIST_CLAUSE_SEP, SENT_SEP, PART_SEP)}
_INDEX_MIN = 1000  # shorter texts are scanned window by window
_seen: dict[int, tuple[str, list[int] | None]] = {}  # per pattern's id: the last text asked about, its offsets


def _offsets(sep: re.Pattern, text: str) -> list[int] | None:
    """Every offset of ``sep`` (one of ``_CHAR_SEPS``) in ``text`` when ``text`` (the same object) was asked about just
    before with this pattern, i.e. a caller walks one document; None on a first call (a one-off text is not worth
    listing)."""
    key = id(sep)
    last = _seen.get(key)
    if last is not None and last[0] is text:
        if last[1] is None:
            _seen[key] = last = (text, sep_offsets(sep, text))
        return last[1]
    _seen[key] = (text, None)
    return None


def _bounds(sep: re.Pattern, text: str, pos: int, back: int, ahead: int) -> tuple[int, int]:
    """From after the last ``sep`` in the ``back`` characters before ``pos`` to the first one in the ``ahead``
    characters from ``pos`` (the window's edge when there is none)."""
    lo = max(0, pos - back)
    if _CHAR_SEPS.get(id(sep)) is sep and len(text) >= _INDEX_MIN:
        seps = _offsets(sep, text)
        if seps is not None:
            i = bisect.bisect_left(seps, pos)  # the first separator at or after pos
            start = seps[i - 1] + 1 if i > 0 and seps[i - 1] >= lo else lo
            hi = min(len(text), pos + ahead)
            return start, (seps[i] if i < len(seps) and seps[i] < hi else hi)
    start = lo
    for m in sep.finditer(text, lo, max(lo, pos)):
        start = m.end()
    m = sep.search(text, pos, min(len(text), pos + ahead))
    return start, (m.start() if m else min(len(text), pos + ahead))



@lru_cache(maxsize=64)
def _chars_rx(chars: str) -> re.Pattern:
    return re.compile("[" + re.escape(chars) + "]")


CODES_MAX = 4_000_000  # longer texts are scanned by the pattern (their code points would take 4 bytes a character)
_last_codes: list = [None, None]  # the last text whose code points were read, and those code points


def _codes(text: str):
    """The code points of ``text`` as a numpy array (one element a character, as ``str`` indexes it), kept for the
    last text asked about: the separators of one text are listed one after another (a layout's four, the one-off
    helpers' three, the marks ``last_of`` bisects), so the text is read into numbers once."""
    if _last_codes[0] is not text:
        _last_codes[1] = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
        _last_codes[0] = text
    return _last_codes[1]


def char_offsets(text: str, chars: str) -> list[int]:
    """Every offset of a character of ``chars`` in ``text``: ``[m.start() for m in re.finditer("[chars]", text)]``,
    found by comparing the text's code points with each character at once (numpy) instead of a match object and a
    Python step per separator (a clause's comma every ten characters or so)."""
    if numpy is None or not text or len(text) > CODES_MAX:
        return [m.start() for m in _chars_rx(chars).finditer(text)]
    codes = _codes(text)
    hit = None
    for c in set(chars):
        eq = codes == ord(c)
        hit = eq if hit is None else hit | eq
    return numpy.flatnonzero(hit).tolist() if hit is not None else []


def sep_offsets(sep: re.Pattern, text: str) -> list[int]:
    """``[m.start() for m in sep.finditer(text)]`` for a separator of one character (``rx.one_char_class``; a
    separator's assertions, such as the thousands comma's, are asked at its characters only), else by the
    pattern's own scan."""
    one = _ONE_CHAR.get(sep)
    if one is None:
        one = _ONE_CHAR[sep] = rx.one_char_class(sep) or ("", False)
    chars, tested = one
    if not chars:
        return [m.start() for m in sep.finditer(text)]
    at = char_offsets(text, chars)
    return [p for p in at if sep.match(text, p)] if tested else at


_ONE_CHAR: dict[re.Pattern, tuple[str, bool]] = {}


def last_of(text: str, chars: str, lo: int, hi: int, layout: Layout | None = None) -> int:
    """The last offset in ``[lo, hi)`` holding one of ``chars``, else -1: ``max(text.rfind(ch, lo, hi) for ch in
    chars)``, the start of a figure's clause or sentence part cut at a set of marks.  Given the text's ``layout``,
    the look-up is a bisection in the marks' offsets the layout lists once (``Layout.last_of``)."""
    if layout is not None and layout.text is text:
        return layout.last_of(chars, lo, hi)
    return max(text.rfind(ch, lo, hi) for ch in chars)


def clause_bounds(text: str, pos: int, reach: int = 160) -> tuple[int, int]:
    """The clause holding ``pos`` without building a Layout (looks at most ``reach`` characters each way)."""
    return _bounds(CLAUSE_SEP, text, pos, reach, reach)


@lru_cache(maxsize=8)
def _clause_sep_with(also: str) -> re.Pattern:
    return re.compile(CLAUSE_SEP.pattern + (f"|[{re.escape(also)}]" if also else ""))


def clause_start(text: str, pos: int, back: int = 160, also: str = "") -> int:
    """Start of the clause ending at ``pos``: just after the last clause separator (``CLAUSE_SEP``, or a character
    of ``also``: an opening bracket for a caller that reads a bracket's inside as a clause of its own) in the
    ``back`` characters before ``pos``, else the start of that window."""
    return _bounds(_clause_sep_with(also), text, pos, back, 0)[0]


def list_clause_bounds(text: str, pos: int, back: int = 120, ahead: int = 160) -> tuple[int, int]:
    """The clause holding ``pos`` with 、-joined items and digit groups kept inside it (``LIST_CLAUSE_SEP``).

    A project mention's clause is the whole enumeration it stands in (A、B、C项目开工建设): the stage word
    after the list belongs to every name of it."""
    return _bounds(LIST_CLAUSE_SEP, text, pos, back, ahead)


def sentence_bounds(text: str, pos: int, reach: int = 400) -> tuple[int, int]:
    """The sentence holding ``pos`` without building a Layout (looks at most ``reach`` characters each way)."""
    return _bounds(SENT_SEP, text, pos, reach, reach)


def part_bounds(text: str, pos: int, reach: int = 400, back: int | None = None) -> tuple[int, int]:
    """The sentence part (split at 。!?; and line breaks) holding ``pos``, without building a Layout.

    ``back`` narrows the look behind ``pos`` (``reach`` by default)."""
    return _bounds(PART_SEP, text, pos, reach if back is None else back, reach)


PART_END_CHARS = frozenset("。!?;\n！？；")  # the characters PART_SEP matches, for a character walk


def part_around(text: str, start: int, end: int, limit: int = 300) -> tuple[int, int]:
    """The sentence part holding ``[start, end)``, its closing 。/;/!/? included (not a line break), leading
    blanks dropped: the span a ledger row quotes as its evidence.  Looks at most ``limit`` characters each way."""
    s = start
    lo = max(0, start - limit)
    while s > lo and text[s - 1] not in PART_END_CHARS:
        s -= 1
    e = end
    hi = min(len(text), end + limit)
    while e < hi and text[e] not in PART_END_CHARS:
        e += 1
    if e < len(text) and text[e] in PART_END_CHARS and text[e] != "\n":
        e += 1
    while s < e and text[s].isspace():
        s += 1
    return s, e


LIST_CLAUSE_CHARS = ",。;:!?\n，；：！？"  # the characters LIST_CLAUSE_SEP matches


@lru_cache(maxsize=8)
def _runs_rx(also: str) -> re.Pattern:
    return re.compile("[^" + re.escape(LIST_CLAUSE_CHARS + also) + "]+")


def list_clauses(text: str, also: str = "") -> list[tuple[int, int]]:
    """Every list clause of ``text`` (the non-empty runs between ``LIST_CLAUSE_SEP``), in order.

    ``also`` names extra characters that cut here too (brackets, for a caller that reads what is inside a
    bracket apart from what stands around it)."""
    return [m.span() for m in _runs_rx(also).finditer(text)]


_OPENERS = "“‘《("
_CLOSERS = "”’》)"


def first_clause(text: str, start: int) -> tuple[int, int]:
    """Span of the first list clause of ``text[start:]``, a separator inside quotes or brackets skipped (a title
    such as 关于“一网通办”,…的通知 keeps its quoted part whole); a line break always ends it."""
    i = start
    depth = 0
    while i < len(text) and text[i] != "\n":
        c = text[i]
        if c in _OPENERS:
            depth += 1
        elif c in _CLOSERS:
            depth = max(0, depth - 1)
        elif c in LIST_CLAUSE_CHARS and depth == 0:
            break
        i += 1
    return start, i
