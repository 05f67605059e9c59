"""A text whose title says it sets out tasks or targets (…重点工作分工方案(一), 2026年主要预期目标, 政府工作报告重点任务)
is a plan throughout: its 建成通车 / 开工建设 are what is to be done (planned), with no time word in the clause; a push
on works (加快推进甲、乙等项目投产达产) is still works under way there, as anywhere.  A title that reports on the tasks
(…重点任务推进情况) says nothing of the kind.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 雾溪); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text, name="t.txt", fmt=None).projects}


BODY = ("  二、加快推进120个市级重大项目建设。开工建设岚溪快速路二期、白河大桥等重点项目。青川高铁和柳岸高速改扩建"
        "提前建成通车。加快推进雾溪输水管道、岚溪乙烯产业园等项目投产达产。(市发展改革委牵头)\n")


def test_a_division_of_tasks_is_a_plan_throughout():
    got = run("青川市2026年《政府工作报告》重点工作分工方案(一)\n\n" + BODY)
    assert got.get("岚溪快速路二期") == "planned", got
    assert got.get("青川高铁") == "planned", got
    assert got.get("柳岸高速改扩建") == "planned", got
    assert got.get("雾溪输水管道") == "under_construction", got


def test_a_list_of_the_years_targets_is_a_plan():
    got = run("白河县2026年经济社会发展主要预期目标\n\n" + BODY)
    assert got.get("青川高铁") == "planned", got


def test_a_report_on_the_tasks_is_no_plan():
    got = run("青川市2026年政府工作报告重点任务推进情况\n\n  截至6月底，青川高铁和柳岸高速改扩建提前建成通车。\n")
    assert got.get("青川高铁") == "completed", got
