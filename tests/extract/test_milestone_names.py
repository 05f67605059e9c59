"""A verb of stepping onto or past a mark is the predicate, no part of the measure's name (sentences written for these
tests: a city report, a county review, a rank after a leap)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_verb_of_stepping_onto_a_mark_is_no_part_of_the_measure():
    fs = facts_of("东坡市2025年政府工作报告\n2024年,全市地区生产总值迈上千亿台阶,达到1012亿元;一般公共预算收入迈过百亿大关。\n")
    assert one(fs, 1000).indicator == "地区生产总值"
    assert one(fs, 1012).indicator == "地区生产总值"
    assert one(fs, 100).indicator == "一般公共预算收入"
    fs = facts_of("青川县2021年政府工作报告\n过去五年,经济总量跃上百亿元台阶,地区生产总值跨越120亿元。\n")
    assert one(fs, 100).indicator == "经济总量"
    assert one(fs, 120).indicator == "地区生产总值"


def test_a_leap_onto_a_rank_is_no_part_of_what_is_ranked():
    fs = facts_of("东坡市2025年政府工作报告\n2024年,全市外贸进出口额跃居全省第二,数字经济规模稳居全省第三。\n")
    assert one(fs, 2).indicator == "外贸进出口额全省排名"
    assert one(fs, 3).indicator == "数字经济规模全省排名"


def test_an_adverb_shared_before_the_verb_goes_with_it():
    fs = facts_of("岚溪县2026年政府工作报告\n确保年内新材料和装备制造两大产业营业收入均迈上百亿台阶。\n")
    assert one(fs, 100).indicator.endswith("营业收入")
