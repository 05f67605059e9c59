"""Periods of forms met in documents no one tuned to: a cumulative span written 元至九月 / 前3季度 / 1-8 月 in a
text that never states its year (``?-M01..M09``, every kind of figure, structure ratios too).  Every text here is
invented for these tests."""
from __future__ import annotations

import pytest

from taizhang.extract.periods import find_periods

from factrun import facts_of, one


@pytest.mark.parametrize("expr,period", [
    ("元至九月", "?-M01..M09"), ("元—8月", "?-M01..M08"), ("元月至6月", "?-M01..M06"), ("元至5月份", "?-M01..M05"),
    ("今年元至8月", "?-M01..M08"), ("前3季度", "?-M01..M09"), ("前三个季度", "?-M01..M09"),
    ("前两个季度", "?-M01..M06"), ("1-8 月", "?-M01..M08"), ("1 - 7 月份", "?-M01..M07"),
    ("年初至9月底", "?-M01..M09"), ("年初以来至8月", "?-M01..M08"), ("元月份", "?-M01"),
])
def test_cumulative_spans_written_in_other_forms(expr, period):
    got = [(p.text, p.period) for p in find_periods(expr + ",全县", None)]
    assert got == [(expr, period)]


def test_a_named_year_and_january_written_yuan():
    assert [(p.text, p.period) for p in find_periods("2024年元至9月,全县", None)] == [("2024年元至9月", "2024-M01..M09")]
    assert [(p.text, p.period) for p in find_periods("2024年元月份,全县", None)] == [("2024年元月份", "2024-M01")]


@pytest.mark.parametrize("text", [
    "完成投资5000万元至8月底", "总额3亿元—5亿元", "公元至今", "单元楼",
])
def test_the_yuan_of_an_amount_or_a_word_is_no_january(text):
    assert not [p for p in find_periods(text, 2024) if p.period.endswith(("M01..M08", "M01"))]


@pytest.mark.parametrize("text", [
    # a county's economy briefing: levels, growths and the structure ratio
    "青山县经济运行简况\n元至九月,全县完成生产总值30.5亿元,同比增长6.2%。规模以上工业增加值增长8.1%。"
    "三次产业结构为12.1:40.3:47.6。\n",
    # progress news of a town, full-width punctuation
    "红河镇项目建设快报\n前3季度，红河镇招商引资到位资金3亿元，新签约项目12个。三次产业结构为12.1:40.3:47.6。\n",
    # a title carrying the span over the body's paragraphs
    "元至九月全县经济运行简析\n全县完成生产总值30.5亿元,同比增长6.2%。\n全县三次产业结构为12.1:40.3:47.6。\n",
])
def test_every_figure_of_a_span_without_a_year_holds_in_that_span(text):
    fs = facts_of(text)
    assert fs
    assert {f.period for f in fs} == {"?-M01..M09"}, [(f.value, f.period) for f in fs]
    assert one(fs, 40.3).period == "?-M01..M09"
