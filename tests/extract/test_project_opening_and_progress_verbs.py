"""A line opened to service and works a bare verb names in a progress report.

(1) 开通运营 / 开通 before a line (开通运营甲地铁1号线) is the verb, no part of the name; the line's number (1号线, 2号线
东延) is part of it; among the year's tasks the opening is to come (planned), in a review it is in service (operating).
(2) 实施甲物流园、乙水厂等5个项目,总投资12亿元,已完成投资5亿元: outside a plan or the year's tasks, what is reported
spent on the works so far says they are under way, whatever the bare verb 实施 before them; a plan's 年度计划完成投资 is
no report.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 雾溪, 石屏); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(text: str) -> dict[str, tuple[str, str]]:
    return {p.mention: (p.name, p.stage) for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_a_line_opened_among_tasks_and_in_a_review():
    got = run("岚溪市2026年政府工作报告\n一、2025年工作回顾\n开通运营白河地铁2号线,石屏高铁建成通车。\n"
              "二、2026年重点工作\n开通运营岚溪地铁1号线,开工建设青川高铁。\n")
    assert got.get("岚溪地铁1号线", ("", ""))[1] == "planned", got
    assert got.get("白河地铁2号线", ("", ""))[1] == "operating", got
    assert got["石屏高铁"][1] == "completed", got


def test_works_with_money_spent_so_far_are_under_way():
    got = run("岚溪县重点项目推进情况\n今年以来,全县实施柳岸物流园、白河水厂等5个项目,总投资12亿元,已完成投资5亿元。\n")
    assert got == {"柳岸物流园": ("柳岸物流园", "under_construction"), "白河水厂": ("白河水厂", "under_construction")}, got
    got = run("岚溪县2026年重点项目计划\n今年全县实施柳岸物流园、白河水厂等5个项目,总投资12亿元,年度计划完成投资5亿元。\n")
    assert {st for _, st in got.values()} == {"planned"}, got


def test_works_pushed_on_or_launched_are_under_way_in_a_review_and_planned_among_tasks():
    got = run("岚溪县2026年政府工作报告\n一、2025年工作回顾\n"
              "雾溪古道修复、厚岭玉兰花谷项目扎实推进,西南塬区观光旅游路项目全面启动。\n二、2026年重点工作\n"
              "白河观光路项目全面启动。\n")
    assert got.get("厚岭玉兰花谷项目", ("", ""))[1] == "under_construction", got
    assert got.get("西南塬区观光旅游路项目", ("", ""))[1] == "under_construction", got
    assert got.get("白河观光路项目", ("", ""))[1] == "planned", got


def test_an_items_own_build_verb_and_a_year_before_a_name_are_no_part_of_it():
    got = run("青川省推进铁路民航项目\n去年白河铁路项目施工取得积极进展。紧盯岚溪机场三期改扩建工程、新建石屏机场、"
              "新建白河铁路、雾溪铁路扩能改造等重点项目,做好要素保障。\n")
    assert "白河铁路项目" in got and got["白河铁路项目"][0] == "白河铁路项目", got
    assert "白河铁路" in got and "新建白河铁路" not in got, got
