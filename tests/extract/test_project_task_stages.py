"""The stage of works a report's chapter of the year's tasks names without a verb of building (抓好甲机场、乙港二期等
项目) or with a start (甲高速开工): works to be done, planned; a work the tasks only lean on (依托…) keeps no stage.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 雾溪); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_works_the_years_tasks_name_are_planned_and_the_review_keeps_its_stages():
    got = run("岚溪省2026年政府工作报告\n一、2025年工作回顾\n青川大桥建成通车，柳岸高速开工。\n二、2026年工作安排\n"
              "（一）扩大有效投资。抓好白河机场、柳岸港二期等项目，岚溪至青川高速开工。\n")
    assert got == {"青川大桥": "completed", "柳岸高速": "under_construction", "白河机场": "planned",
                   "柳岸港二期": "planned", "岚溪至青川高速": "planned"}


def test_a_countys_tasks_chapter_under_a_part_heading():
    got = run("青川县2026年政府工作报告\n第一部分 2025年工作回顾\n白河水厂投产。\n第二部分 2026年重点任务\n"
              "全力抓好白河水库、县医院迁建等重点项目，柳岸物流园动工。\n")
    assert got["白河水厂"] == "operating"
    assert got["白河水库"] == "planned" and got["县医院迁建"] == "planned"
    assert got["柳岸物流园"] == "planned"
