"""Two conventions SCHEMA and dev NOTES write down, in the forms a page also writes them:
- a bound written before the verb phrase that holds a figure (至少新建食堂15个, 至少有8个乡镇) bounds the figure as 不少于
  written right before it does (SCHEMA: 至少 → >=); a figure past another figure or a clause mark is not bounded by it;
- a tier named by its ordinal that a body is awarded (获评第一等次) is its rank, as one it stands in is (NOTES: 第一等次 →
  rank 1); a grade heading a list of names is none.

Every text is invented for these tests.
"""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text

HEAD = "岚溪县2027年民生工作安排\n2027年1月8日\n"


def facts(text: str):
    return {f.value: f for f in extract_text(HEAD + text, "t.txt").facts}


@pytest.mark.parametrize("text, value", [
    ("今年全县至少新建老年助餐点12个。\n", 12),
    ("全县至少有7个乡镇完成污水管网改造。\n", 7),
    ("年内至少培训新型农民1500人次。\n", 1500),
])
def test_a_bound_before_the_verb_phrase_bounds_its_figure(text, value):
    assert facts(text)[value].comparator == ">="


def test_a_figure_past_another_is_not_bounded():
    fs = facts("今年全县至少新建老年助餐点12个、改造农村公路35公里。\n")
    assert fs[12].comparator == ">="
    assert fs[35].comparator == "="


def test_no_bound_word_no_bound():
    assert facts("今年全县新建老年助餐点12个。\n")[12].comparator == "="


# --------------------------------------------------------------------------- a tier awarded (NOTES: 第一等次 → rank 1)

@pytest.mark.parametrize("text", [
    "2026年度全县乡村振兴考核,青川镇获评第一等次。\n",
    "2026年度全县乡村振兴考核,青川镇被评为第一等次。\n",
])
def test_a_tier_awarded_is_a_rank(text):
    f = facts(text)[1]
    assert (f.measure, f.comparator) == ("rank", "=")


def test_a_grade_heading_a_list_is_no_rank():
    assert 1 not in facts("2026年度乡村振兴考核结果如下。\n第一等次:青川镇、柳岸乡。\n")
