"""report.html shows everything it is given: escaped text, every span (overlaps too), unplaced items, failures."""
from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from html.parser import HTMLParser

from taizhang.extract.doc import (Doc, DocumentRecord, Fact, GlossaryEntry, Investment, Noise, Person,
                                  ProjectMention, Section)
from taizhang.extract.pipeline import Extraction
from taizhang.extract.report import Span, paint, render_report, write_report

PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'
RAW = ("一、总体要求\n"
       "到2025年，青梅县地区生产总值达到320亿元，年均增长7%。"
       + PAYLOAD +
       "\n梅江大桥建成通车，完成投资4.5亿元；梅江大桥二期开工。\n"
       "县委书记周某某表示，今年要新增规上企业15家。")


def _fact(raw: str, value_text: str, value: float, unit: str, kind: str, clause_end: str, nth: int = 0) -> Fact:
    v = -1
    for _ in range(nth + 1):
        v = raw.index(value_text, v + 1)
    e0 = raw.rfind("，", 0, v) + 1
    e1 = raw.index(clause_end, v) + len(clause_end)
    return Fact("t.txt", v, v + len(value_text), value, unit, kind, "level", "=", "..2025", "青梅县", "地区生产总值",
                False, raw[e0:e1], e0, e1)


def _extraction() -> Extraction:
    raw = RAW
    doc = Doc("t.txt", raw)
    s_noise = raw.index("<script>")
    sec2 = raw.index("县委书记")
    rec = DocumentRecord(
        doc="t.txt", title="青梅县测试文稿", regions=["青梅县", "不存在县"],
        sections=[Section(1, "一、", "总体要求", 0), Section(2, "", "表态", sec2),
                  Section(2, "", "丢失的章节", len(raw) + 40)],
        glossary=[GlossaryEntry("规上企业", "规模以上工业企业")],  # no offsets: must be listed as unplaced
        noise=[Noise(s_noise, s_noise + len(PAYLOAD), PAYLOAD, "script")],
        people=[Person("周某某", "县委书记", raw.index("周某某"), raw.index("周某某") + 3)])
    gdp = _fact(raw, "320", 320, "亿元", "target", "亿元")
    growth = _fact(raw, "7", 7, "%", "target", "%", nth=0)
    growth.vstart = raw.index("7%")
    growth.vend = growth.vstart + 1
    inv = _fact(raw, "4.5", 4.5, "亿元", "actual", "亿元")
    firms = _fact(raw, "15", 15, "家", "target", "家")
    lost = Fact("t.txt", len(raw) + 5, len(raw) + 7, 99, "个", "target", "count", "=", "", "", "失踪指标", False,
                "", -1, -1)
    b1 = raw.index("梅江大桥")
    b2 = raw.index("梅江大桥二期")
    p1 = ProjectMention("t.txt", b1, b1 + 4, "梅江大桥", "梅江大桥", "transport", "completed", "青梅县",
                        [Investment(4.5, "亿元", "completed", inv.vstart, inv.vend)])
    # Nested spans: the project 梅江大桥二期 contains a second mention 梅江大桥 of the same bridge.
    p2 = ProjectMention("t.txt", b2, b2 + 6, "梅江大桥二期", "梅江大桥二期工程", "transport", "under_construction",
                        "青梅县")
    p3 = ProjectMention("t.txt", b2, b2 + 4, "梅江大桥", "梅江大桥", "transport", "unknown", "青梅县")
    p_lost = ProjectMention("t.txt", 5, 3, "反向", "反向项目", "other", "unknown", "")
    return Extraction(doc, rec, [gdp, growth, inv, firms, lost], [p1, p2, p3, p_lost])


class _Pieces(HTMLParser):
    """Collects, for every data-k key inside <pre class="raw">, the text it covers and where."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_raw = 0
        self.stack: list[list[str]] = []
        self.pos = 0
        self.text: list[str] = []
        self.covered: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "pre" and "raw" in (a.get("class") or ""):
            self.in_raw += 1
            return
        if self.in_raw and tag == "span":
            self.stack.append((a.get("data-k") or "").split())

    def handle_endtag(self, tag):
        if tag == "pre" and self.in_raw:
            self.in_raw -= 1
        elif self.in_raw and tag == "span" and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not self.in_raw:
            return
        for keys in self.stack:
            for k in keys:
                self.covered[k].append((self.pos, self.pos + len(data)))
        self.text.append(data)
        self.pos += len(data)


def _parse(page: str) -> _Pieces:
    p = _Pieces()
    p.feed(page)
    p.close()
    return p


def _merged(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(pieces):
        if out and out[-1][1] == a:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def test_script_payload_in_the_text_is_escaped():
    page = render_report([_extraction()], [])
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)" in page or "&lt;script&gt;alert(\"x\")" in page
    # Only the report's own scripts exist: one JSON blob per document and one program.
    assert len(re.findall(r"<script\b", page)) == 2
    # The JSON blob cannot be closed early by a document and parses back.
    blob = re.search(r'<script type="application/json" id="d0-rec">(.*?)</script>', page, re.S).group(1)
    assert "<" not in blob
    assert json.loads(blob)["f0"]["indicator"] == "地区生产总值"


def test_the_painted_text_is_the_document_text():
    ex = _extraction()
    pieces = _parse(render_report([ex], []))
    assert "".join(pieces.text) == ex.doc.raw


def test_every_placed_span_is_painted_exactly():
    ex = _extraction()
    raw = ex.doc.raw
    pieces = _parse(render_report([ex], []))
    expected: dict[str, tuple[int, int]] = {}
    for i, f in enumerate(ex.facts[:4]):
        expected[f"f{i}"] = (f.vstart, f.vend)
        expected[f"e{i}"] = (f.estart, f.eend)
    for i, p in enumerate(ex.projects[:3]):
        expected[f"p{i}"] = (p.start, p.end)
    expected["i0_0"] = (ex.projects[0].investment[0].start, ex.projects[0].investment[0].end)
    expected["n0"] = (ex.record.noise[0].start, ex.record.noise[0].end)
    expected["h0"] = (ex.record.people[0].start, ex.record.people[0].end)
    expected["s0"] = (0, len("一、总体要求"))
    for key, (a, b) in expected.items():
        assert _merged(pieces.covered[key]) == [(a, b)], (key, raw[a:b])
    # Overlaps are all kept: the nested project mention and the outer one share characters.
    assert set(pieces.covered["p1"]) & set(pieces.covered["p2"])
    # The region is painted at each mention of its name.
    assert [raw[a:b] for a, b in _merged(pieces.covered["r0"])] == ["青梅县"]
    # Anchors exist for the outline and the table links.
    assert {"d0-s0", "d0-s1", "d0-f0", "d0-p0", "d0-p2"} <= pieces.ids


def test_unplaced_and_inconsistent_items_are_listed():
    ex = _extraction()
    page = render_report([ex], [])
    issues = re.search(r'<ul id="d0-issues">(.*?)</ul>', page, re.S).group(1)
    items = re.findall(r"<li class=\"(\w+)\"><b>\w+</b> <code>(\w+)</code>", issues)
    assert ("unplaced", "f4") in items  # beyond the end of the text
    assert ("unplaced", "e4") in items  # evidence without offsets
    assert ("unplaced", "p3") in items  # end before start
    assert ("unplaced", "s2") in items  # section beyond the text
    assert ("unplaced", "g0") in items  # glossary entry without offsets
    assert ("unplaced", "r1") in items  # region name not in the text
    assert all(k not in {"f0", "f1", "f2", "f3", "p0", "p1", "p2"} for _, k in items)
    # Unplaced items are still in the tables, just without a link.
    assert "失踪指标" in page and "反向项目" in page


def test_inconsistent_mention_is_flagged():
    ex = _extraction()
    ex.projects[0].mention = "别的名字"
    page = render_report([ex], [])
    issues = re.search(r'<ul id="d0-issues">(.*?)</ul>', page, re.S).group(1)
    assert '<li class="inconsistent"><b>与原文不符</b> <code>p0</code>' in issues


def test_failures_are_listed_with_reasons(tmp_path):
    out = tmp_path / "report.html"
    write_report(out, [_extraction()], [("bad/<x>.pdf", "not a PDF: <garbage>")])
    page = out.read_text(encoding="utf-8")
    assert "bad/&lt;x&gt;.pdf" in page and "not a PDF: &lt;garbage&gt;" in page
    assert "读取失败的文件(1)" in page


def test_report_is_self_contained():
    page = render_report([_extraction()], [("a.pdf", "broken")])
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "<link" not in page


def test_paint_handles_crossing_and_identical_spans():
    raw = "abcdefghij"
    spans = [Span(1, 5, "ft", "f0"), Span(3, 8, "pj", "p0"), Span(3, 8, "pj", "p1"), Span(0, 10, "nz", "n0")]
    page = '<pre class="raw">' + "".join(paint(raw, spans)) + "</pre>"
    pieces = _parse(page)
    assert "".join(pieces.text) == raw
    for sp in spans:
        assert _merged(pieces.covered[sp.key]) == [(sp.start, sp.end)]
    assert 'class="nz pj ov"' in page or 'class="nz ft pj ov"' in page


def test_many_spans_on_a_large_text_are_all_painted():
    raw = ("全县新增企业12家，完成投资3.5亿元。" * 20000)  # ~400k characters, 40k spans
    spans = []
    for m in re.finditer(r"\d+(?:\.\d+)?", raw):
        spans.append(Span(m.start(), m.end(), "fa", f"f{len(spans)}"))
    out = "".join(paint(raw, spans))
    assert out.count('data-k="f') == len(spans)
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == raw


def test_report_speaks_chinese():
    """Labels, kinds, measures, periods and stages in words: no code value in what a reader sees."""
    ex = _extraction()
    page = render_report([ex], [("坏/文件.pdf", "无法读取")])
    shown = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S)
    shown = html.unescape(re.sub(r"<[^>]+>", " ", shown))
    assert "2025年前" in shown and "总量" in shown and "目标" in shown and "读取失败的文件" in shown
    for code in ("..2025", "level", "target", "actual", "unplaced", "inconsistent", "facts", "projects",
                 "sections", "noise", "document", "failed", "overlap", "evidence", "investment"):
        assert not re.search(rf"(?<![\w.]){re.escape(code)}(?!\w)", shown), code
    records = json.loads(re.search(r'<script type="application/json" id="d0-rec">(.*?)</script>', page, re.S).group(1))
    assert records["f0"]["period"] == "2025年前" and records["f0"]["kind"] in ("目标", "实绩")
    assert '"measure": "度量"' in page or '"measure":"度量"' in page  # the tooltip names fields in words
