"""The rows a 其中 breaks a year's list of works into (其中,计划新开工项目119个,年度计划投资975亿元;续建项目148个,…) are of
the list's kind: a list the text commits to (全省将重点推进…287个省列重大项目建设 / 全县将实施重点项目90个) commits its rows
and what the year's plan puts into each (targets), whatever 计划新开工项目 (a class of the list's works) or the plan's
amount read alone; a progress report's rows and their plan stay what the report states (actual).

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_provinces_programme_it_will_push_and_its_rows():
    _, ex = context_of("2025年一季度全省重大项目集中开工活动举行\n2025-02-18\n\n2月17日,2025年一季度全省重大项目集中开工活动"
                       "在银川举行。据了解,2025年,全区将重点推进7大领域260个重大项目建设,总投资9800亿元,年度计划投资1600亿元。"
                       "其中,计划新开工项目96个,年度计划投资520亿元;续建项目150个,年度计划投资1020亿元;预备项目14个,年度计划"
                       "投资60亿元。\n")
    for v in (260, 1600, 96, 520, 150, 1020, 14, 60):
        assert one(ex.facts, v).kind == "target", v
        assert one(ex.facts, v).period == "2025", v


def test_a_countys_list_it_will_carry_out_and_its_rows():
    _, ex = context_of("凤翔区今年重点项目安排出炉\n2024-03-05\n\n今年,全区将实施重点项目90个,总投资300亿元,年度计划投资80亿元。"
                       "其中,新开工项目40个,年度计划投资30亿元;续建项目50个,年度计划投资50亿元。\n")
    for v in (90, 80, 40, 30, 50):
        for f in ex.facts:
            if f.value == v:
                assert f.kind == "target", v


def test_a_progress_reports_rows_and_their_plan_stay_actual():
    _, ex = context_of("汉滨区重点项目建设进展情况通报\n2024-07-10\n\n2024年,全区安排重点项目80个,年度计划投资120亿元。1-6月,"
                       "完成投资70亿元,占年度计划的58.3%。其中,新开工项目30个,年度计划投资40亿元,完成投资15亿元。\n")
    for v in (80, 120, 30, 40, 15):
        assert one(ex.facts, v).kind == "actual", v
    assert one(ex.facts, 40).period == "2024"
    assert one(ex.facts, 15).period == "2024-M01..M06"
