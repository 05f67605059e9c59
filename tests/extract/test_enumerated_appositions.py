"""A count followed by its items in apposition (涉及7个县（市、区），即：…; 设车站3座，即…) merely enumerates them: no fact
(SCHEMA: counts that enumerate the items of the sentence). Sentences written for these tests."""
from __future__ import annotations

from factrun import facts_of


def test_a_count_whose_kinds_are_bracketed_and_whose_items_follow_a_comma_and_ji_is_no_fact():
    fs = facts_of("某高速公路项目开工\n该项目全长86公里，线路涉及5个县（市、区），即：东川县、西岭县、南湖区、北山市和青河县，"
                  "总投资120亿元。\n")
    assert [f.value for f in fs if f.value == 5] == []
    assert [f.value for f in fs if f.value in (86, 120)] == [86, 120]


def test_a_count_of_stations_named_after_ji_and_a_list_of_kinds_with_a_dunhao_are_no_facts():
    fs = facts_of("某城际铁路开工\n全线设车站3座，即东站、南站和北站，途经2个县(市)、区，即：东川县和南湖区。\n")
    assert [f.value for f in fs if f.value in (3, 2)] == []


def test_a_count_after_zhe_or_deng_of_places_named_in_comma_parted_groups_is_no_fact():
    fs = facts_of("某省农村改厕进展\n截至9月底，武汉市黄陂区、蔡甸区，大冶市、宜城市、谷城县，随州市曾都区这6个试点县(市、区)"
                  "改厕任务已完成97%以上。\n")
    assert [f.value for f in fs if f.value == 6] == []
    assert [f.value for f in fs if f.value == 97] == [97]
