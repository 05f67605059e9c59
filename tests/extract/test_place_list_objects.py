"""A 、-list of places that a verb acts on (支持甲市、乙市、丙县建设强县) is no subject of the figures after it: each 、
opens a clause of its own, so a later member looked as if it led one, and the whole list took the target of the next
clause.  A list leading its clause (甲县、乙县共有…) stays whose figures they are.  Sentences written for these tests;
the places are real so that the gazetteer knows them."""
from __future__ import annotations

from factrun import facts_of, one

PLAN = ("湖南省“十四五”县域经济高质量发展规划\n二、发展目标\n"
        "支持浏阳市、宁乡市、醴陵市建设县域经济强县,地区生产总值超千亿元的县达到5个,县域常住人口城镇化率达到58%。\n")


def test_a_list_of_places_after_a_verb_is_no_subject_of_the_targets_after_it():
    fs = facts_of(PLAN)
    assert one(fs, 5).subject == "湖南省"
    assert one(fs, 58).subject == "湖南省"


def test_a_list_of_places_leading_its_clause_keeps_its_figure():
    text = ("湖南省县域经济发展情况\n2025年上半年,浏阳市、宁乡市地区生产总值均超过700亿元。\n")
    assert one(facts_of(text), 700).subject == "浏阳市"  # shared: the first named
