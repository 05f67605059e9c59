"""Places in a ranking written as a figure alone in brackets after a name (排名后十位的有甲县(75位)、乙县(80位)) or as
bare figures after the noun of a place (位次依次是9、8、11) are ranks, 位 the ranking's counter, no number of people;
a bracketed 12位 in a sentence of no ranking still counts people (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_bracketed_places_in_a_ranking_are_ranks():
    fs = facts_of("甲省县域发展评估报告发布\n《报告2020》显示,排名后十位的有甲县(75位)、乙县(80位)、丙县(82位)。\n")
    assert [one(fs, v).measure for v in (75, 80, 82)] == ["rank"] * 3


def test_bare_places_after_the_noun_of_a_place_are_ranks():
    fs = facts_of("乙市县域经济评价\n丁县在四年发布的报告中位次依次是9、8、11、14。\n")
    assert [one(fs, v).measure for v in (9, 8, 11, 14)] == ["rank"] * 4


def test_bracketed_people_stay_a_count():
    fs = facts_of("甲县召开座谈会\n本次会议邀请专家(12位)参加。\n")
    assert one(fs, 12).measure == "count"
