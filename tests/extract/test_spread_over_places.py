"""分别 lists spread over places and items written without a noun of their own:
- 从完成投资看,甲市、乙市、丙县完成投资较大,分别为:120亿元、95亿元、80亿元: the k-th place takes the k-th value (分别 before
  a colon too), measuring what the places were picked by (完成投资), not one joined subject for all;
- 甲县、乙县、丙县分别增长49.8%、36.9%和27%: places right before 分别 are each value's, in order;
- 教育、水利、批发零售和住宿餐饮、文化体育和娱乐投资分别增长a、b、c和d: the 、 items as many as the values are the items, a 和 inside one is
  part of its name.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_places_picked_by_a_measure_then_spread_after_a_colon():
    _, ex = context_of("内蒙古自治区2024年上半年重点项目推进情况\n上半年，全区重点项目完成投资1200亿元。从完成投资看，"
                       "呼和浩特市、赤峰市、通辽市完成投资较大，分别为：120亿元、95亿元、80亿元。\n")
    for value, place in ((120, "呼和浩特市"), (95, "赤峰市"), (80, "通辽市")):
        f = one(ex.facts, value)
        assert (f.subject, f.indicator) == (place, "完成投资")


def test_places_right_before_the_spread():
    _, ex = context_of("临汾市2019年上半年县域经济运行情况\n上半年，全市县域经济增长6.1%。翼城、乡宁、浮山分别增长"
                       "9.8%、6.9%和2.7%。\n")
    assert [one(ex.facts, v).subject for v in (9.8, 6.9, 2.7)] == ["翼城县", "乡宁县", "浮山县"]


def test_items_holding_a_he_of_their_own():
    _, ex = context_of("某市2019年1-6月固定资产投资情况\n1至6月，全市教育、水利、批发零售和住宿餐饮、文化体育和娱乐投资分别"
                       "比上年同期增长15.1%、33.4%、8.2%和18.4%。\n")
    assert one(ex.facts, 15.1).indicator == "教育投资"
    assert one(ex.facts, 33.4).indicator == "水利投资"
    assert one(ex.facts, 18.4).indicator == "文化体育和娱乐投资"
