"""Verbs that are the predicate, no part of the measure's name: a step onto or past a mark, the way a growth rate went
(sentences written for these tests: city and county reports, a police half-year report, a transport news item)."""
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


def test_a_growth_verb_that_only_says_which_way_is_no_part_of_the_name():
    fs = facts_of("东坡市公安局2024年上半年工作情况\n上半年,全市刑事案件立案数1860起,同比上升12.5%。\n")
    assert one(fs, 12.5).indicator == "刑事案件立案数"
    fs = facts_of("岚溪县2025年政府工作报告\n2024年,全县旅游收入28亿元,同比上升13%;外贸出口额9.6亿元,同比减少4.2%。\n")
    assert one(fs, 13).indicator == "旅游收入"
    assert one(fs, 4.2).indicator == "外贸出口额"
    fs = facts_of("青川省交通运输厅消息\n3月1日,全省铁路发送旅客86.5万人次,环比回落3.6%。\n")
    assert one(fs, 3.6).indicator == "铁路发送旅客"
