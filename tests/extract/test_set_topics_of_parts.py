"""The set a bulletin's figures are about, past the parts it breaks into: a start rate after counts of started parts
(在建项目…,竣工项目…,开工率…) is the set's counted before them, and so is the money done after it; places counted doing
something together (4个县(市)共实施…项目197个) are no part of the projects' name; each comma part of a 其中 series that
opens with a count of its own is a split (其中,甲类项目69个、总投资…,乙类项目34个、总投资…); an amount qualifying the
works after 的 (总投资20亿元的50项城建工程) is their size, and the count names only the works.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_start_rate_after_started_parts_is_the_sets():
    _, ex = context_of("许昌市上半年城建项目进展\n2022-07-06\n\n2022年，全市谋划实施城市提质项目300个，年度计划投资400亿元。"
                       "截至目前，在建项目180个，竣工项目40个，开工率达73.3%，完成投资210亿元。\n"
                       "3个县(市)共实施城市提质项目120个，年度计划投资90亿元。截至目前，在建项目70个，竣工项目20个，开工率75%。\n")
    assert one(ex.facts, 73.3).indicator == "城市提质项目开工率"
    assert one(ex.facts, 210).indicator == "城市提质项目完成投资"
    assert one(ex.facts, 120).indicator == "城市提质项目"
    assert one(ex.facts, 75).indicator == "城市提质项目开工率"


def test_each_comma_part_of_a_series_is_a_split():
    _, ex = context_of("鞍山市三季度重大项目集中签约\n2022-09-20\n\n本次86个项目集中签约，总投资900亿元，其中，先进制造业项目50个、"
                       "总投资520亿元，现代服务业项目36个、总投资380亿元。\n")
    assert one(ex.facts, 520).indicator == "先进制造业项目总投资"
    assert one(ex.facts, 380).indicator == "现代服务业项目总投资"


def test_an_amount_qualifying_the_works_after_it():
    _, ex = context_of("某县2025年政府工作报告\n2025年1月20日\n\n今年计划招引8个过亿项目；年内实施总投资20亿元的50项城建工程。"
                       "竣工项目中，包含总投资60亿元的产业项目12个。\n")
    assert one(ex.facts, 20).indicator == "城建工程总投资"
    assert one(ex.facts, 50).indicator == "城建工程"
    assert one(ex.facts, 60).indicator == "产业项目总投资"
    assert one(ex.facts, 12).indicator == "产业项目"
