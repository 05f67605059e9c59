"""A plan stated with 计划 is the base a sentence reports against when it goes on to give the rate the plan is done at
(2021年计划完成投资85.5亿元,年度累计完成投资40.59亿元,年度投资完成率47.49%: SCHEMA, a progress figure's plan base is
actual, of the plan's year), as it is when it gives the share done (占年度计划的56%).  (A rate the sentence commits
to, 力争投资完成率达到100%, is no such report: facts._plan_rate_reported reads only a rate whose clause commits to
nothing.)

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_a_plan_whose_rate_done_the_sentence_gives_is_its_base():
    fs = facts_of("西成铁路项目建设稳步推进\n2021-07-12 来源:汉中日报\n截至6月底,西成铁路项目开累完成投资140亿元。2021年计划完成"
                  "投资85.5亿元,年度累计完成投资40.6亿元,年度投资完成率47.5%。\n")
    assert one(fs, 85.5).kind == "actual"
    assert one(fs, 85.5).period == "2021"
    assert one(fs, 47.5).kind == "actual"

