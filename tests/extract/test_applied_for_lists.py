"""A list a place applies or strives to be put on (争取/争列/申报/上报 a higher level's list of key projects, 争取纳入) is
not yet granted: the figures that size it (its count, its total, its year's plan) are what the place aims for, targets,
whatever genre states them; a list already won (已争取, 成功申报) is a status.  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_county_striving_to_list_projects_states_targets():
    fs = facts_of("安平县2024年重点项目工作情况\n2024年3月5日\n"
                  "今年我县谋划争列省重点项目6个、市重点项目18个，总投资126亿元，年度计划投资31亿元。\n")
    for v in (6, 18, 126, 31):
        assert one(fs, v).kind == "target", v


def test_a_citys_application_for_the_provinces_list_states_targets():
    fs = facts_of("云岭市重点项目申报情况\n2023年2月10日\n"
                  "全市共申报2023年省重点项目45个，总投资860亿元，年度计划投资210亿元。\n")
    for v in (45, 860, 210):
        assert one(fs, v).kind == "target", v
    fs = facts_of("东山区发改局工作动态\n2022年3月1日\n区发改局筛选上报中央预算内投资项目12个，总投资9.6亿元。\n")
    for v in (12, 9.6):
        assert one(fs, v).kind == "target", v


def test_a_list_already_won_is_a_status():
    fs = facts_of("南岭县项目争取工作成效明显\n2023年7月8日\n"
                  "上半年，全市已争取的20个省级重点项目中，我县占9个；我县成功申报市重点项目14个。\n")
    for v in (20, 9, 14):
        assert one(fs, v).kind == "actual", v


def test_what_a_review_says_was_applied_for_is_a_status():
    fs = facts_of("北川县人民政府工作报告\n2024年1月10日\n一、2023年工作回顾\n"
                  "过去一年，全县申报省重点项目12个，获批10个。\n二、2024年工作安排\n今年全县地区生产总值增长6%。\n")
    assert one(fs, 12).kind == "actual"


def test_what_was_granted_of_a_list_applied_for_and_a_failing_to_apply_are_statuses():
    fs = facts_of("东岭县项目督查通报\n2023年9月5日\n"
                  "全县申报的省重点项目中，获批28个，总投资96亿元。未按时申报项目进展的项目3个，已约谈责任单位。\n")
    for v in (28, 96, 3):
        assert one(fs, v).kind == "actual", v
