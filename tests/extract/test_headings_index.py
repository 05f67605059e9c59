"""segment.Headings: the one look-up of a text's headings and sections that the period and kind steps share (the
headings above a position, where the section holding it begins, whether a section opens between two positions).
Texts invented."""
from __future__ import annotations

from taizhang.extract import scope
from taizhang.extract.doc import Doc, DocumentRecord
from taizhang.extract.outline import parse
from taizhang.extract.segment import Headings

TEXT = "一、2025年工作回顾\n全县生产总值增长6%。\n二、2026年工作安排\n全县生产总值增长6%左右。\n(一)稳工业。规上工业增长8%。\n"


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    for head in ("一、2025年工作回顾", "二、2026年工作安排"):
        s = text.index(head)
        out.append((s, s + len(head)))
    return out


def test_the_headings_above_a_position_come_nearest_first():
    h = Headings(_lines(TEXT))
    at = TEXT.index("6%左右")
    assert [TEXT[a:b] for a, b in h.above(at, 4)] == ["二、2026年工作安排", "一、2025年工作回顾"]
    assert [TEXT[a:b] for a, b in h.above(at, 0)] == ["二、2026年工作安排"]  # the nearest alone
    assert h.above(0, 4)[0] == h.lines[0]  # a heading holding the position is among them
    assert Headings([]).above(5, 4) == []


def test_the_section_holding_a_position_begins_after_its_heading():
    h = Headings(_lines(TEXT))
    second = TEXT.index("二、2026年工作安排")
    assert h.section_start(TEXT.index("6%左右")) == second + len("二、2026年工作安排")
    assert h.section_start(TEXT.index("一、") + 2) is None  # inside the first heading: no section above it yet


def test_a_numbered_section_written_as_a_sentence_bounds_a_section_but_is_no_heading_line():
    at = TEXT.index("(一)稳工业")
    h = Headings(_lines(TEXT), [at])
    assert h.opens_between(TEXT.index("6%左右"), TEXT.index("8%"))
    assert not h.opens_between(at, TEXT.index("8%"))  # (the section's own start is not after it)
    assert h.opens_between(0, TEXT.index("6%左右"))  # 二、 opens between
    assert not h.opens_between(TEXT.index("二、") + 1, TEXT.index("6%左右"))
    assert all(TEXT[a:b] != "(一)稳工业。" for a, b in h.above(TEXT.index("8%"), 4))


def test_the_outlines_numbered_sections_are_read_in_the_texts_offsets():
    text = ("临江县经济运行情况\n(一)农业生产平稳。\n一季度,全县农业增加值增长3%。\n"
            "二、金融运行平稳。截至3月末,存款余额600亿元。\n1.住户存款增长5%。\n")
    doc = Doc("t.txt", text, [])
    rec = DocumentRecord(doc="t.txt")
    rec.sections, rec.glossary = parse(doc)
    starts = scope.numbered_section_starts(doc, rec)
    assert [doc.norm[s:s + 3] for s in starts] == ["(一)", "二、金"]  # not the list item 1.
