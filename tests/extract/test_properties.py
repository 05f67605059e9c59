"""Properties of ``extract_text`` on arbitrary text: never raises, every offset grounds in the input.

Whatever the extractors find, a record must point at the characters that state it:
spans lie inside the text, the evidence is the text at its span, a fact's value span
reads back to its value and a project mention is the text at its span.
"""
from __future__ import annotations

import math
import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings, strategies as st

from taizhang.extract import extract_text

FRAGMENTS = [
    "到2025年", "2023年", "上半年", "1—5月", "全县", "全市", "地区生产总值", "固定资产投资", "同比增长", "年均增长",
    "达到", "完成投资", "计划投资", "力争", "确保", "预计", "约", "以上", "左右", "超过", "不低于", "第", "全省第三",
    "排名第2", "个百分点", "亿元", "万元", "万人", "公里", "万亩", "%", "％", "家", "项", "个", "倍", "翻一番",
    "3100", "6.2", "1,234.5", "０.８", "１２", "三", "十四", "两", "八千八百", "一百二十", "百分之五",
    "，", "。", "；", "、", "：", "“", "”", "（", "）", "(", ")", "\n", "\r\n", " ", "\u3000", "\t",
    "一、", "（二）", "3.", "一是", "二是", "名词解释", "<p>", "</p>", "<div class=\"nav\">", "</div>", "<br/>",
    "&amp;", "&nbsp;", "<script>var a=1<2;</script>", "<!--注释-->", "<html>", "<body>", "首页", "版权所有",
    "岚溪县", "赣州市", "高速公路", "产业园", "开工建设", "建成投产", "竣工", "项目", "縣", "億元", "萬人", "增長",
    "\ufeff", "\u200b", "湛", "🙂",
]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=60).map("".join)

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


def _chinese(s: str) -> float | None:
    """A small independent reader of Chinese numerals (三, 十四, 一百二十, 八千八百, 二〇三五, 1.2万)."""
    if not s:
        return None
    if all(c in CN_DIGITS for c in s) and len(s) > 1:
        return float("".join(str(CN_DIGITS[c]) for c in s))
    total, section, digit = 0.0, 0.0, None
    for c in s:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
        elif c in ("万", "亿"):
            section += digit or 0
            total = (total + section) * CN_UNITS[c]
            section, digit = 0.0, None
        elif c in CN_UNITS:
            section += (1 if digit is None else digit) * CN_UNITS[c]
            digit = None
        else:
            return None
    return total + section + (digit or 0)


def read_value(span: str) -> list[float]:
    """Every value the text of a value span can mean (with and without a trailing 万/亿 folded in)."""
    # a zero-width character inside a span (百分之五\ufeff三) is hidden by the cleaner, offsets kept: the value is read
    # as the text shows it
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", unicodedata.normalize("NFKC", span)).strip()
    fan = re.fullmatch(r"翻?([一两二三四])番", s)
    if fan:  # 翻一番: a doubling, written as a multiple (2), a count of doublings (1) or a rate (100%)
        k = CN_DIGITS[fan.group(1)]
        return [float(2 ** k), float(k), 100.0 * (2 ** k - 1)]
    slash = re.fullmatch(r"(\d+)/(\d+)", s)
    if slash and int(slash.group(2)):  # 1/10: a fraction in figures
        q = int(slash.group(1)) / int(slash.group(2))
        return [q, round(q, 4)]
    frac = re.fullmatch(r"(.+)分之(.+)", s)
    if frac and not frac.group(1).startswith(("百", "千", "万")):  # 三分之一, 三百分之五: a fraction of a whole
        whole, part = (read_value(g) for g in frac.groups())
        return [p / w for w in whole for p in part if w] + [round(p / w, 4) for w in whole for p in part if w]
    s = re.sub(r"^(第|前|约|近|超|百分之)", "", s).replace(",", "").replace("，", "")
    s = re.sub(r"(番|倍|成)$", "", s)
    if s in ("万", "亿", "萬", "億"):  # 近万人 / 超万亿元 / 破萬億元: one magnitude alone, written as 1 (万人) or read out
        return [1.0, 10_000.0 if s in "万萬" else 100_000_000.0]
    m = re.fullmatch(r"([+-]?\d+(?:\.\d+)?)([万亿]*)", s)
    if m:
        base = float(m.group(1))
        mult = 1.0
        for c in m.group(2):
            mult *= CN_UNITS[c]
        return [base, base * mult]
    v = _chinese(s)
    if v is None:
        stripped = s.rstrip("万亿")
        v2 = _chinese(stripped)
        return [] if v2 is None else [v2, _chinese(s) or v2]
    return [v]


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _inside(a, b, n) -> bool:
    return isinstance(a, int) and isinstance(b, int) and 0 <= a <= b <= n


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example("约万元")  # a magnitude alone after a bound (found by this test)
@example("全省經濟總量破萬億元")
@example("三百分之五")
@example("全县项目开工率达到三成,超九成行政村通5G")
@example("约占全省1/3")  # a fraction whose whole is a hundreds numeral (found by this test)
@example("百分之五\ufeff三")  # a hidden zero-width character inside the value (found by this test)
def test_extract_text_grounds_every_record(raw: str):
    ex = extract_text(raw, name="prop.txt", strict=True)  # strict: a stage that raises fails the property
    n = len(raw)
    assert ex.doc.raw == raw
    for f in ex.facts:
        assert _inside(f.vstart, f.vend, n) and f.vend > f.vstart, f
        assert _inside(f.estart, f.eend, n), f
        assert f.evidence == raw[f.estart:f.eend], f
        assert f.estart <= f.vstart and f.vend <= f.eend, f  # the value is part of its evidence
        readings = read_value(raw[f.vstart:f.vend])
        if raw[f.vend:f.vend + 1] == "成":
            readings += [r * 10 for r in readings]  # 三成 = 30 %: tenths are given as the per cent they are
        assert any(_close(float(f.value), r) for r in readings), (raw[f.vstart:f.vend], f.value, f)
    for p in ex.projects:
        assert _inside(p.start, p.end, n) and p.end > p.start, p
        assert p.mention == raw[p.start:p.end], p
        for inv in p.investment:
            if inv.start != -1 or inv.end != -1:
                assert _inside(inv.start, inv.end, n), inv
    rec = ex.record
    for s in rec.sections:
        assert isinstance(s.start, int) and 0 <= s.start < max(n, 1), s
        assert s.end == -1 or s.start <= s.end <= n, s
    for z in rec.noise:
        assert _inside(z.start, z.end, n) and z.text == raw[z.start:z.end], z
    for h in rec.people:
        assert _inside(h.start, h.end, n), h
    for g in rec.glossary:
        if g.start != -1 or g.end != -1:
            assert _inside(g.start, g.end, n), g
    for t in ex.tasks:
        assert _inside(t.start, t.end, n) and t.text == raw[t.start:t.end], t
        for a, b in ((t.units_start, t.units_end), (t.deadline_start, t.deadline_end)):
            assert (a, b) == (-1, -1) or _inside(a, b, n), t
        if t.deadline:
            assert raw[t.deadline_start:t.deadline_end] == t.deadline, t


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_extract_text_never_raises_on_any_unicode(raw: str):
    ex = extract_text(raw, name="any.txt", strict=True)
    assert ex.record.doc == "any.txt"


def test_a_failing_stage_is_recorded_not_raised_unless_strict(monkeypatch):
    from taizhang.extract import outline

    def broken(doc):
        raise KeyError("测试")

    monkeypatch.setattr(outline, "parse", broken)
    ex = extract_text("一、总体要求\n到2025年，全县地区生产总值达到300亿元。\n", name="x.txt")
    assert [(e.doc, e.stage) for e in ex.errors] == [("x.txt", "outline")]
    assert ex.record.sections == [] and ex.facts  # the stages after it still ran
    import pytest
    with pytest.raises(KeyError):
        extract_text("一、总体要求\n", name="x.txt", strict=True)


def test_value_reader_reads_the_forms_the_schema_uses():
    assert 6.2 in read_value("6.2")
    assert 3 in read_value("第三")
    assert 1234.5 in read_value("1,234.5")
    assert 0.8 in read_value("０.８")
    assert 8800 in read_value("八千八百")
    assert 120 in read_value("一百二十")
    assert 14 in read_value("十四")
    assert 2035 in read_value("二〇三五")
    assert 2 in read_value("翻一番")
    assert 1 in read_value("万") and 10_000 in read_value("萬")
    assert read_value("岚溪") == []
