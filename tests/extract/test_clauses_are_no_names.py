"""A would-be name that holds a predicate is a clause, never the subject of the figures after it: 某某工程项目,属于某某
改造项目配套工程,… (a copula opening what the work is), 今年的建设任务包括续建项目… (what a list holds), 该县建农村客运
站点,… (a place taken up by a demonstrative and what it does).  The figures are the work's named before, or the place's.
Sentences written for these tests (a county's works news, a city's road plan, a county's transport review); the places
are real so that the gazetteer knows them."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_copula_clause_after_the_works_name_is_no_name():
    fs = facts_of("临西县铁路专用线工程开工\n12月28日,临西县铁路专用线工程全面开工。\n"
                  "临西钢铁物流铁路专用线工程项目,属于临西钢铁产能置换升级项目配套工程,由县政府负责实施。"
                  "项目总占地960亩,总投资11.2亿元,规划线长18.6公里。\n")
    for v in (960, 11.2, 18.6):
        assert one(fs, v).subject == "临西钢铁物流铁路专用线工程项目"


def test_what_a_plan_holds_is_no_name():
    fs = facts_of("芜湖市2017年国省干线公路建设计划\n其中今年的建设任务包括续建项目一级公路4个、二级公路6个,"
                  "建设总里程318公里,总投资86.5亿元。\n")
    for v in (4, 6, 318, 86.5):
        assert one(fs, v).subject == "芜湖市"


def test_a_place_taken_up_and_what_it_does_is_no_name():
    fs = facts_of("陆良县农村公路建设成效明显\n陆良县农村公路建设稳步推进,今年完成农村公路建设412公里。\n"
                  "该县建农村客运站点,累计建成农村客运招呼站180个,开通农村客运班线96条。\n")
    for v in (180, 96):
        assert one(fs, v).subject == "陆良县"
