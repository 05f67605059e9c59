"""A work sized by a bare 投资 before its name (投资16亿元的某某项目): the figure is the work's.

Beside 总投资 (test_project_sizes_written_first), official writing sizes a work with a bare 投资 or 计划投资 written
right before its name: after a clause's opening, after a task's verb (重点抓好投资2.2亿元的某某项目), and with a
proper name holding a conjunction's character (政和白茶) or the works done on a facility closing the name
(某某生产线搬迁改造).  The figure is the work's, its indicator the work's size (总投资).

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_bare_size_after_a_tasks_verb_in_a_towns_plan():
    _, ex = context_of("东庄镇2015年工作计划\n2015-01-10\n下一步，东庄镇将重点抓好投资2.2亿元的腾达电气自动化设备制造项目。\n")
    f = one(ex.facts, 2.2)
    assert (f.subject, f.indicator) == ("腾达电气自动化设备制造项目", "总投资")


def test_a_proper_name_holding_a_conjunctions_character_in_a_countys_start_up_news():
    _, ex = context_of("临颍县重大项目集中开工\n2025-03-10\n投资16亿元的宁和白茶项目、投资3亿元的康瑞特医食品项目等也各有特色。\n")
    assert one(ex.facts, 16).subject == "宁和白茶项目"


def test_the_works_done_on_a_facility_close_its_name_in_a_plan():
    _, ex = context_of("大同市医药产业发展规划\n2016-02-01\n三是总投资9800万元的威达制药生物制剂生产线搬迁改造。\n")
    assert one(ex.facts, 9800).subject == "威达制药生物制剂生产线搬迁改造"
