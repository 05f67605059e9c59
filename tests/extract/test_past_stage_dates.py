"""A year a work reached a stage in, before the text's year (一期于2016年建成达产, 某大桥2016年建成通车), dates that
event only: the figures told of the work after it in its sentence and paragraph (its size now, what its next phase
costs or has cost so far) are of the text's time, not of that year.  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_phase_built_years_ago_frames_not_the_next_phase():
    fs = facts_of("柳岸县新材料产业园建设提速\n2025年5月12日\n"
                  "园区一期于2017年建成达产。二期规划用地1500亩，计划引进企业18家。\n")
    assert one(fs, 1500).period == "2025"
    assert one(fs, 18).period != "..2017"


def test_a_bridge_opened_years_ago_frames_not_the_works_after_it():
    fs = facts_of("柳岸县重点项目巡礼\n2025年3月8日\n"
                  "柳岸大桥2017年建成通车，全长1.6公里。大桥西侧配套道路项目总投资2.8亿元，已完成投资1.3亿元。\n")
    assert one(fs, 1.3).period == "2025"
    assert one(fs, 1.6).period == "2025"


def test_a_phase_built_years_ago_frames_not_the_rest_of_its_sentence():
    fs = facts_of("柳岸县新材料产业园建设提速\n2025年5月12日\n"
                  "柳岸新材料公司一期工程2017年12月建成投产，二期工程计划投资7亿元。\n")
    assert one(fs, 7).period == "2025"


def test_a_year_opening_a_paragraph_still_frames_it():
    fs = facts_of("柳岸县交通建设回顾\n2025年3月8日\n"
                  "2024年，全县新建农村公路120公里。完成交通投资8.6亿元。\n")
    assert one(fs, 8.6).period == "2024"


# ------------------------------------------------------------------ approval steps, and pages that give no year

def test_a_works_approval_year_frames_not_its_size_on_a_dated_page():
    fs = facts_of("柳岸县智能制造产业园项目建设情况\n发布时间:2023-06-12\n"
                  "该项目于2016年立项,总投资3.2亿元,规划建设标准厂房12栋。目前已完成投资1.1亿元。\n")
    assert one(fs, 3.2).period == "2023"
    assert one(fs, 12).period == "2023"
    assert one(fs, 1.1).period == "2023"


def test_an_undated_project_card_takes_no_year_from_its_approval():
    fs = facts_of("柳岸县智能制造产业园项目建设情况\n"
                  "该项目于2016年立项,总投资3.2亿元。目前已完成投资1.1亿元,完成主体工程8栋。\n")
    assert one(fs, 3.2).period == "?"
    assert one(fs, 1.1).period == "?"
    assert one(fs, 8).period == "?"


def test_an_undated_profile_of_a_work_begun_in_a_year_is_of_no_known_year():
    fs = facts_of("石门县文化中心项目简介\n"
                  "石门县文化中心项目2019年开工建设,总建筑面积4.5万平方米,总投资6.8亿元。截至目前,项目累计完成投资5.2亿元,"
                  "主体工程全部完工。\n")
    assert {one(fs, v).period for v in (4.5, 6.8, 5.2)} == {"?"}


def test_an_undated_note_of_a_works_approval_is_of_no_known_year():
    fs = facts_of("临川区污水处理厂提标改造工程\n"
                  "该工程于2021年获批,总投资2.4亿元。目前已完成投资2.1亿元,占总投资的87.5%。\n")
    assert one(fs, 2.4).period == "?"
    assert one(fs, 2.1).period == "?"
    assert one(fs, 87.5).period == "?"


def test_an_undated_note_of_a_works_filing_month_is_of_no_known_year():
    # guard (passes before and after): a month's filing never gave the page its year
    fs = facts_of("临川区污水处理厂提标改造工程\n"
                  "该工程2021年3月备案,设计处理规模每日8万吨。目前已完成投资2.1亿元,占总投资的87.5%。\n")
    assert one(fs, 2.1).period == "?"
    assert one(fs, 87.5).period == "?"
