"""The Doc: one immutable input text, a cleaned view of it, and the records read from it.

Like spaCy's Doc/Span, character offsets are the currency.  Records carry offsets
into ``Doc.raw`` (the input text as read: for .txt/.html exactly
``open(path, encoding=..., newline="").read()``).  Extractors read ``Doc.norm``
(the cleaned view, converted character by character to simplified script and
half-width digits, so it has the same length as ``Doc.view``) and convert their
view offsets with ``Doc.raw_span``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, asdict
from functools import cached_property

from .textmap import Edit, OffsetMap, build_view


# --------------------------------------------------------------------------- records
# Field names and order follow ../shared/gold/SCHEMA.md: these dataclasses ARE the output contract.

@dataclass
class Noise:
    start: int
    end: int
    text: str
    reason: str = ""  # chrome, footer, spam, markup, css, ... (extra field, ignored by the scorer)


@dataclass
class Section:
    level: int
    label: str
    title: str
    start: int
    end: int = -1  # raw offset where the section's content ends (next section of same or higher level)
    kind: str = ""  # chapter, item, enumeration, bullet, question, interview, box, glossary


@dataclass
class GlossaryEntry:
    term: str
    definition: str
    start: int = -1
    end: int = -1


@dataclass
class Person:
    name: str
    role: str
    start: int
    end: int


@dataclass
class Fact:
    doc: str
    vstart: int
    vend: int
    value: float
    unit: str
    kind: str  # target | actual
    measure: str  # level | count | growth | share | rank | delta
    comparator: str  # = >= > <= ~
    period: str
    subject: str
    indicator: str
    estimated: bool
    evidence: str
    estart: int
    eend: int
    # Extra field (not in the gold file, ignored by the scorer): the unit the value is in when the text states it
    # apart from the value (a table's 投资(亿元) header or its 单位:万元 line, or only its column's word: 评分 → 分):
    # what the ledger stores and converts by.  ``unit`` is that unit too where the table writes it, "" where only the
    # column's word implies it.
    unit_implied: str = ""

    @property
    def value_unit(self) -> str:
        """The unit the value is in: as written after it, else as its table's header or 单位 line states it."""
        return self.unit or self.unit_implied


def fact_row(f: Fact) -> dict:
    """A fact as facts.jsonl writes it: ``unit_implied`` only where there is one (a table's cells), so the rows of
    every other fact keep the schema's fields alone."""
    d = asdict(f)
    if not d["unit_implied"]:
        del d["unit_implied"]
    return d


@dataclass
class Investment:
    value: float
    unit: str
    kind: str  # planned | completed
    start: int = -1
    end: int = -1


@dataclass
class ProjectMention:
    doc: str
    start: int
    end: int
    mention: str
    name: str  # canonical name
    category: str
    stage: str  # proposed | planned | under_construction | completed | operating | unknown
    location: str
    investment: list[Investment] = field(default_factory=list)


@dataclass
class DocumentRecord:
    doc: str
    title: str = ""
    title_derived: bool = False
    published: str = ""
    source: str = ""
    doc_type: str = ""
    regions: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    noise: list[Noise] = field(default_factory=list)
    # Extra fields (not in the gold file, ignored by the scorer):
    format: str = "txt"
    encoding: str = "utf-8"
    chars: int = 0
    # Where and when the document speaks of, with evidence offsets (context.DocContext.summary()).
    context: dict = field(default_factory=dict)


def as_dict(record) -> dict:
    return asdict(record)


# --------------------------------------------------------------------------- Doc

_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def written_differently(view: str, norm: str) -> list[int]:
    """The offsets, in order, where ``view`` writes a CJK character (``_CJK_CHAR``) that ``norm`` (as long) reads as
    another: the characters a traditional-script text writes its own way.

    Why not a loop over the characters: nearly every text differs from its normalised form somewhere (full-width
    punctuation and digits), and a Python step per character cost a simplified page about a twentieth of its first
    reading; the code points of both are compared at once (numpy), a loop left only for a text numpy cannot take."""
    try:
        import numpy
    except ImportError:  # (numpy comes with pandas and pyarrow)
        numpy = None
    if numpy is not None:
        v = numpy.frombuffer(view.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
        w = numpy.frombuffer(norm.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
        if len(v) == len(w) == len(view):
            cjk = ((v >= 0x3400) & (v <= 0x9FFF)) | ((v >= 0xF900) & (v <= 0xFAFF))  # = _CJK_CHAR
            return numpy.flatnonzero((v != w) & cjk).tolist()
    out = []
    i, n = 0, len(view)
    while i < n:
        j = i + 4096  # long stretches written alike cost one comparison each
        if view[i:j] != norm[i:j]:
            out.extend(k for k in range(i, min(j, n)) if view[k] != norm[k] and _CJK_CHAR.match(view[k]))
        i = j
    return out


class Doc:
    """The input text and its cleaned view.

    ``raw`` never changes.  ``view`` is ``raw`` with the cleaner's edits applied
    (markup and noise removed, entities decoded); ``norm`` is ``view`` mapped
    character by character (traditional → simplified, full-width → half-width;
    a middle dot that is a decimal point, 上涨2·3%, to a point), so ``len(norm) == len(view)`` and view offsets are norm offsets.
    """

    def __init__(self, name: str, raw: str, edits: list[Edit] | None = None, fmt: str = "txt",
                 encoding: str = "utf-8"):
        self.name = name
        self.raw = raw
        self.format = fmt
        self.encoding = encoding
        self.edits = sorted(edits or [])
        self.hints = None  # context.Hints: what a manifest says about this document (its text wins)
        self.context = None  # context.DocContext: where and when the document speaks of (set by meta.read)
        if self.edits:
            self.view, self.map = build_view(raw, self.edits)
        else:
            self.view, self.map = raw, OffsetMap.identity(len(raw))

    @cached_property
    def norm(self) -> str:
        from .normalize import decimal_points, normalize_chars
        n = decimal_points(normalize_chars(self.view))
        assert len(n) == len(self.view)
        return n

    @cached_property
    def written(self) -> dict[int, str]:
        """norm → view character table for a text written in traditional script (生产总值 → 生産總值).

        Extraction reads the simplified ``norm``; the schema wants what it reports (units, indicators, project
        names) as written.  Only CJK characters that the document itself writes differently are mapped (the most
        frequent spelling wins), so a simplified text gets an empty table and full-width digits or punctuation are
        never touched; a character read otherwise only inside a word (瞭解 → 了解, 反覆 → 反复) is no spelling of the
        normalised one (复工 stays 復工, never 覆工).
        """
        from .normalize import by_character
        view, norm = self.view, self.norm
        if view == norm:
            return {}
        seen: dict[str, Counter] = {}
        for k in written_differently(view, norm):
            if by_character(view[k]) == norm[k]:  # (瞭 of 瞭解 stands for 了 in that word alone: 完成了 stays)
                seen.setdefault(norm[k], Counter())[view[k]] += 1
        return {ord(b): cnt.most_common(1)[0][0] for b, cnt in seen.items()}

    def as_written(self, s: str, vstart: int = -1, vend: int = -1) -> str:
        """``s``, a string read on ``norm``, in the script the text writes it: where it stands in ``norm[vstart:vend]``
        each CJK character is the view's own (發 and 髮 both read 发), else ``written`` maps it character by
        character.  Digits, punctuation and brackets keep their normalised (half-width) form."""
        table = self.written
        if not table:
            return s
        at = self.norm.find(s, max(0, vstart), vend) if s and vstart >= 0 else -1
        if at < 0:
            return s.translate(table)
        view = self.view[at:at + len(s)]
        return "".join(v if v != c and _CJK_CHAR.match(v) else c for v, c in zip(view, s))

    @cached_property
    def self_refs(self) -> dict[str, int]:
        """How often the text calls its own division by each suffix (全县/我县 → 县; ``context.self_ref_counts``),
        counted once for the document: the place finder asks several times."""
        from .context import self_ref_counts
        return self_ref_counts(self.norm)

    @cached_property
    def regions(self):
        """The document's region layer (docregions.DocRegions): the gazetteer's one scan of ``norm``
        that meta, facts and projects read instead of scanning the text again."""
        from .docregions import DocRegions
        from .regions import gazetteer
        return DocRegions(self.norm, gazetteer())

    def raw_span(self, vstart: int, vend: int) -> tuple[int, int]:
        """Raw ``[start, end)`` for a view span."""
        return self.map.span(vstart, vend)

    def raw_text(self, vstart: int, vend: int) -> str:
        s, e = self.raw_span(vstart, vend)
        return self.raw[s:e]

    def view_pos(self, raw_offset: int) -> int:
        return self.map.to_view(raw_offset)

    def __len__(self) -> int:
        return len(self.raw)

    def __repr__(self) -> str:
        return f"Doc({self.name!r}, {len(self.raw)} chars, {len(self.edits)} edits)"
