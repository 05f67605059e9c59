"""Levels of government listed one character each before the noun they share (省、市重点项目) are no items of a list:
the count names the projects of both levels.  Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text,value,indicator", [
    ("青川市重点项目建设情况\n截至8月底，全市156个省、市重点项目完成投资312.4亿元，占年度计划的66.2%。\n", 156, "省、市重点项目"),
    ("青川市重点项目建设情况\n截至8月底，全市156个省、市重点项目完成投资312.4亿元，占年度计划的66.2%。\n", 312.4,
     "省、市重点项目完成投资"),
    ("岚溪县项目建设\n全县共实施38个市、县重点项目。\n", 38, "市、县重点项目"),
])
def test_a_count_before_levels_sharing_a_noun_names_the_whole_noun(text, value, indicator):
    assert one(facts_of(text), value).indicator == indicator


def test_a_list_of_counted_things_still_ends_at_its_first_item():
    fs = facts_of("岚溪县项目建设\n项目覆盖12个乡镇、85个行政村。\n")
    assert "、" not in one(fs, 12).indicator and one(fs, 85).indicator == "行政村"


@pytest.mark.parametrize("text,value,indicator", [
    # the count written after its noun: the levels before the last 、 are no list's earlier item either
    ("青川市重大项目建设进展\n截至5月底,青川市计划实施省、市列重大项目共47个,总投资620亿元。\n", 47, "省、市列重大项目"),
    ("青川市重大项目建设进展\n截至5月底,青川市计划实施省、市列重大项目共47个,总投资620亿元。\n", 620,
     "省、市列重大项目总投资"),
    ("甲州重大项目建设进展\n截至5月底,甲州计划实施省、州列重大项目共47个,总投资620亿元。\n", 47, "省、州列重大项目"),
    ("岚溪县园区建设\n全年建成省级、市级示范园区共6个。\n", 6, "省级、市级示范园区"),
])
def test_a_count_after_levels_sharing_a_noun_names_the_whole_noun(text, value, indicator):
    assert one(facts_of(text), value).indicator == indicator


def test_places_joined_before_a_noun_stay_places():
    assert one(facts_of("岚溪县项目建设\n甲县、乙县重点项目共8个。\n"), 8).indicator == "甲县、乙县重点项目"
