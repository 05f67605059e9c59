"""A clause that only says how much the figure of the clause before it changes (…固定资产投资目标为125.9亿元以上,同比增长
18%以上: its base word and verb, no subject of its own) is said of that figure, in its kind: a target's change is a
target whatever 同比 reads alone; a reported figure's change stays actual.  And a plan notice's row whose planned amount
is named by the deed (2025年共安排重点项目57个,年度计划完成固定资产投资98.5亿元) is the plan's, as the list is.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_a_targets_change_in_the_next_clause_is_a_target():
    fs = facts_of("扶风县召开经济工作会议\n2024-01-20\n今年全县地区生产总值目标为320亿元,同比增长6.5%左右。全县固定资产投资"
                  "力争达到150亿元,同比增长10%以上。\n")
    for v in (320, 6.5, 150, 10):
        assert one(fs, v).kind == "target", v
    assert one(fs, 6.5).indicator == "地区生产总值"


def test_a_reported_figures_change_stays_actual():
    fs = facts_of("扶风县经济运行平稳\n2024-01-20\n去年全县地区生产总值达到300亿元,同比增长6.1%。\n")
    assert one(fs, 300).kind == one(fs, 6.1).kind == "actual"


def test_a_plan_notices_row_named_by_its_deed():
    fs = facts_of("各镇人民政府,县政府直属各单位:\n现将2025年度县重点项目计划下达如下:\n2025年共安排重点新续建项目57个,年度计划"
                  "完成固定资产投资98.5亿元。同时,安排重点预备项目10个。\n扶风县人民政府办公室\n2025年4月23日\n")
    assert one(fs, 57).kind == one(fs, 98.5).kind == "target"
    assert one(fs, 98.5).period == "2025"


def test_the_share_a_planned_amount_is_of_a_whole_is_the_plans():
    fs = facts_of("青海省今年确定重大建设项目520个\n2024-03-15\n今年,省政府确定重大建设项目520个,总投资9100亿元,年度计划投资"
                  "1850亿元,占全省固定资产投资的35%。\n")
    assert one(fs, 35).kind == "target"
    fs = facts_of("扶风县经济运行平稳\n2024-01-20\n去年全县完成固定资产投资140亿元,占全市固定资产投资的12%。\n")
    assert one(fs, 12).kind == "actual"

