"""A ratio written in the same sentence after a clause that compares (同比增长, 按可比价格计算, 比上年, 比增) is named
by the ratio word of its own clause: a comparing 比 names no ratio, and a ratio word of an earlier clause (占比为…)
does not name a later run (invented county bulletin, city news, district report, with ASCII, full-width and ratio-sign
colons)."""
from __future__ import annotations

import pytest

from factrun import facts_of


def _ratio_names(text):
    fs = sorted((f for f in facts_of(text) if f.measure == "share" and not f.unit), key=lambda f: f.vstart)
    return [(f.value, f.indicator) for f in fs]


@pytest.mark.parametrize("text, names", [
    # a county bulletin: 同比 right before the ratio's clause (was lost: the first 比 of the window compared)
    ("青岭县2025年国民经济和社会发展统计公报\n全年全县实现地区生产总值286.4亿元,同比增长6.1%,"
     "三次产业结构为9.8︰41.3︰48.9。\n",
     [(9.8, "第一产业结构"), (41.3, "第二产业结构"), (48.9, "第三产业结构")]),
    # city news: 按可比价格计算 and 比上年 before a ratio-sign ratio (was named 按比重)
    ("白沙市前三季度经济运行情况\n前三季度全市生产总值1203亿元,按可比价格计算,比上年同期增长5.2%,"
     "三次产业增加值结构为7.5∶44.0∶48.5。\n",
     [(7.5, "第一产业增加值结构"), (44.0, "第二产业增加值结构"), (48.5, "第三产业增加值结构")]),
    # a district report: 比增 (Fujian usage) and a mixed colon run
    ("东湖区上半年经济运行简况\n上半年全区生产总值88.6亿元,比增7.4%,三次产业结构比例为3.1:52.6∶44.3。\n",
     [(3.1, "第一产业结构"), (52.6, "第二产业结构"), (44.3, "第三产业结构")]),
])
def test_a_ratio_after_a_comparing_clause_is_named_by_its_own_word(text, names):
    assert _ratio_names(text) == names


def test_an_earlier_clauses_share_word_does_not_name_the_ratio():
    text = ("石门县经济运行简况\n上半年第三产业增加值占比为52.5%,三次产业结构为12.5：35.0：52.5。\n")
    assert _ratio_names(text) == [(12.5, "第一产业结构"), (35.0, "第二产业结构"), (52.5, "第三产业结构")]


def test_a_ratio_word_before_a_comma_still_names_a_run_of_the_next_clause():
    # guard: no ratio word in the run's own clause, the word before the comma names it
    text = "青岭县2025年统计公报\n全年三次产业比例,由上年的10.1:39.5:50.4调整为9.8:41.3:48.9。\n"
    assert [n for _, n in _ratio_names(text)] == ["第一产业比例", "第二产业比例", "第三产业比例"] * 2
