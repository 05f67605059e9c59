"""A report on how a year's work was done (…全年完成情况), posted after that year: its 全年 and 截至12月31日 are the year
its title names, not the year it was posted in.  Every text is invented for these tests."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_years_completion_report_posted_the_next_spring():
    fs = facts_of("2025年甲县政府工作报告重点工作全年完成情况\n发布时间:2026-03-08\n甲县政府2025年重点工作任务目标全年完成情况\n"
                  "一、一般公共预算收入增长2%左右。完成情况:截至12月31日,全年一般公共预算收入完成41.38亿元,同比增长2.1%。\n"
                  "二、新增城镇就业3000人。完成情况:全年新增城镇就业3250人。\n")
    assert [one(fs, v).period for v in (41.38, 2.1, 3250)] == ["2025"] * 3


def test_a_completion_report_of_the_months_so_far_keeps_its_year():
    fs = facts_of("乙县2025年民生实事1-6月完成情况\n发布时间:2025-07-08\n一、新建农村公路40公里。完成情况:已建成26公里。\n")
    assert one(fs, 26).period.startswith("2025")
