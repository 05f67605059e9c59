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
