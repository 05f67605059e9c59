"""计划 after the works it lists (2022年省重点项目计划共列入项目260项) names the list, a noun: no commitment of the
figures that size it (sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one

# a progress report naming the year's list by its plan: a noun, the list's figures stay what the report measures against
PLAN_LIST_PROGRESS = ("岚山省2022年上半年省重点项目推进情况\n\n"
                      "2022年省重点项目计划共列入项目260项,总投资6100亿元,年度计划投资1100亿元。其中:续建项目120项,"
                      "总投资3600亿元;新建项目70项,总投资1500亿元;储备项目70项,估算总投资1000亿元。"
                      "1-6月累计完成投资560亿元,占年度计划的50.9%。\n")


@pytest.mark.parametrize("value", [260, 6100, 1100, 120, 3600, 70, 1500, 1000, 560, 50.9])
def test_a_works_plan_named_as_its_list_is_no_commitment(value):
    got = [f for f in facts_of(PLAN_LIST_PROGRESS) if f.value == value]
    assert got and all(f.kind == "actual" for f in got)


def test_a_plan_to_build_still_commits():
    text = "岚溪县2025年工作要点\n\n该项目计划总投资12亿元,计划年内完成投资3亿元。\n"
    assert one(facts_of(text), 3).kind == "target"
