"""Works a completion verb other than 建成 opens (完工甲大桥、乙立交; 基本建成丙老街; 建成开园丁物流园): in a report's
chapter of the year's tasks or in a plan they are what is to be done (planned), in a review what was done (completed);
a named quarter or old street (甲街区, 乙老街) renewed is a work as any facility.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 雾溪); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_a_task_list_of_works_under_completion_verbs_is_planned():
    got = run("青川市2026年政府工作报告\n一、2025年工作回顾\n岚溪水厂投产。\n二、2026年重点工作\n"
              "（三）推进城市更新。完工白河大桥、柳岸立交；基本建成雾溪老街；加快建设青川街区；建成开园岚溪物流园。\n")
    assert got["岚溪水厂"] == "operating"
    for name in ("白河大桥", "柳岸立交", "雾溪老街", "岚溪物流园"):
        assert got.get(name) == "planned", (name, got)
    assert got.get("青川街区") == "under_construction", got


def test_a_review_of_works_under_completion_verbs_is_completed():
    got = run("岚溪县2026年政府工作报告\n一、2025年工作回顾\n"
              "城市功能持续完善，完工白河大桥、柳岸立交，建成开园雾溪物流园。\n二、2026年重点工作\n抓好青川水库等项目。\n")
    for name in ("白河大桥", "柳岸立交", "雾溪物流园"):
        assert got.get(name) == "completed", (name, got)


def test_a_work_not_finished_is_no_completion():
    got = run("柳岸区重点项目推进情况通报\n截至10月底，白河大桥未完工，雾溪物流园主体封顶。\n")
    assert got.get("白河大桥") != "completed", got
