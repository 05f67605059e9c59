"""A plan's amount named by a deed word (年度计划完成投资487亿元, 计划完成投资25亿元) is what the plan holds, no work done:
it reports nothing against the list a text announces before it (全市重点工程计划实施项目220个,总投资1516亿元,年度计划完成投资
487亿元 stays the year's plan, a target, when nothing else is reported), nor against the amount of the row before it
(产业项目20个,计划完成投资30亿元;基础设施项目15个,计划完成投资25亿元: both targets).  按计划完成 / 超计划完成 are deeds
measured by the plan (a guard).

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, facts_of, one


def test_a_countys_plan_notice_whose_rows_name_their_amounts_by_the_deed():
    fs = facts_of("关于下达岐山县2023年重点项目投资计划的通知\n各镇人民政府,县直各部门:\n现将岐山县2023年重点项目投资计划"
                  "下达给你们,请认真组织实施。2023年全县重点项目共45个,总投资320亿元,计划投资65亿元。其中产业项目20个,计划完成"
                  "投资30亿元;基础设施项目15个,计划完成投资25亿元;社会民生项目10个,计划完成投资10亿元。\n")
    for v in (30, 25):
        assert one(fs, v).kind == "target", v
        assert one(fs, v).period == "2023", v


def test_a_citys_programme_in_its_start_up_news():
    _, ex = context_of("眉县重点工程建设全面铺开\n2024-02-20\n2月19日,眉县举行重点工程建设推进大会,县领导出席。\n2024年全县"
                       "重点工程计划实施项目120个,总投资600亿元,年度计划完成投资150亿元。\n")
    assert one(ex.facts, 600).kind == "actual"  # what the list's works are worth (session 43: the list's own figure)
    assert one(ex.facts, 150).kind == "target"
    assert one(ex.facts, 150).period == "2024"


def test_a_deed_done_as_planned_reports_against_the_plan():
    _, ex = context_of("眉县重点项目建设情况\n2024-07-10\n今年,全县计划实施重点项目60个,年度计划投资50亿元。上半年,全县重点项目"
                       "按计划完成投资28亿元。\n")
    # (s30 convention, adopted: the plan stated as a plan stays one beside what the half did — asserted actual before
    # session 31; a share taken of it, 占年度计划的56%, makes it the base)
    assert one(ex.facts, 50).kind == "target"
    assert one(ex.facts, 28).kind == "actual"
