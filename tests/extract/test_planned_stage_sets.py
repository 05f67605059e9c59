"""A time planned for a stage, written inside the phrase that names a set of works (计划上半年开工的…项目), names the
plan, not the time of what a bulletin reports of the set.  Every text here is invented for these tests."""
from __future__ import annotations

from factrun import periods_of


def test_the_starts_of_a_set_planned_for_the_half_year_are_counted_at_the_bulletins_cutoff():
    text = ("岚溪县重点项目建设进展情况\n2025年1至7月，全县重点项目完成投资56.3亿元；计划上半年开工的48个项目已开工41个，"
            "开工率85.4%。\n")
    assert periods_of(text, (56.3, 41, 85.4)) == {56.3: "2025-M01..M07", 41: "2025-M01..M07", 85.4: "2025-M01..M07"}


def test_a_set_planned_to_finish_within_the_year_is_counted_at_the_bulletins_cutoff():
    text = ("青川市重点项目建设情况\n2025年1至9月，全市重点项目完成投资212.4亿元。计划年内竣工的36个项目已竣工22个。\n")
    assert periods_of(text, (212.4, 22)) == {212.4: "2025-M01..M09", 22: "2025-M01..M09"}


def test_a_time_planned_for_the_figure_itself_still_times_it():
    # (计划上半年开工项目48个: the plan's own count, the half year it is planned for)
    text = "岚溪县重点项目建设情况\n2025年，全县计划上半年开工项目48个，力争完成投资30亿元。\n"
    assert periods_of(text, (48,)) == {48: "2025-H1"}
