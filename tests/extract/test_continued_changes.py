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
    # session 43: the count of works the list holds is its state (actual); its year's plan amount stays the plan's
    assert one(fs, 57).kind == "actual" and one(fs, 98.5).kind == "target"
    assert one(fs, 98.5).period == "2025"


def test_the_share_a_planned_amount_is_of_a_whole_is_the_plans():
    fs = facts_of("青海省今年确定重大建设项目520个\n2024-03-15\n今年,省政府确定重大建设项目520个,总投资9100亿元,年度计划投资"
                  "1850亿元,占全省固定资产投资的35%。\n")
    assert one(fs, 35).kind == "target"
    fs = facts_of("扶风县经济运行平稳\n2024-01-20\n去年全县完成固定资产投资140亿元,占全市固定资产投资的12%。\n")
    assert one(fs, 12).kind == "actual"



# A clause that only goes on to the state the figure before it reaches (…年均增长12%左右,达到1.2万亿元,人均超过7000美元:
# a state verb, at most a short name of the measure) is said in that figure's mood: a plan's span ahead makes the
# growth a target, and the state reached is one too, by the span's end (facts._continued_state)
PLAN_SPAN = ("眉县国民经济和社会发展第十二个五年规划纲要\n2011年2月15日\n十二五期间全县生产总值年均增长12%左右,达到260亿元,"
             "人均超过4500美元。\n")
PLAN_LIST = ("扶风县“十二五”规划纲要\n2011年3月2日\n十二五时期全县经济社会发展的主要目标是:经济保持平稳较快发展。"
             "城镇化率和户籍人口城镇化率分别达到45%、38%。\n")


def test_a_state_the_targets_clause_goes_on_to_is_a_target_by_the_spans_end():
    fs = facts_of(PLAN_SPAN)
    assert [(one(fs, v).kind, one(fs, v).period) for v in (12, 260, 4500)] == [
        ("target", "2011..2015"), ("target", "..2015"), ("target", "..2015")]


def test_every_item_a_state_verb_governs_is_reached_by_the_deadline():
    fs = facts_of(PLAN_LIST)
    assert [(one(fs, v).kind, one(fs, v).period) for v in (45, 38)] == [("target", "..2015"), ("target", "..2015")]


def test_a_reported_growth_goes_on_to_a_reported_state():
    fs = facts_of("眉县经济运行情况\n2024年1月20日\n去年全县生产总值增长6.2%,达到260亿元,人均超过4500美元。\n")
    assert [one(fs, v).kind for v in (6.2, 260, 4500)] == ["actual"] * 3
