"""Two times of project news that date no figure of their own kind: (1) an event named with its year and month
(4月18日上午,…某市2019年4月重大项目集中开工仪式隆重举行) gives the page its year when the text writes it nowhere else
(its figures are of 2019, not of an unknown year); (2) a time whose clause says only that a work reached a stage then
(该项目2月19日开工, / …,于2023年2月开工建设。) dates that stage, not the work's size on its card in another clause
(总投资9.6亿元, 总占地面积1059亩: the text's year).  A figure in the stage's own clause, or one that is no size of the
work, keeps the time (guards).

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_an_events_name_gives_the_page_its_year():
    ctx, ex = context_of("4月18日上午,宜都市2019年4月重大项目集中开工仪式隆重举行。据了解,本次集中开工项目15个,投资总额73.1亿元。\n"
                         "其中,九泽硅材料产业园项目,总投资6亿元,分三期建设。\n")
    assert ctx.year == 2019
    assert one(ex.facts, 6).period.startswith("2019")


def test_a_works_start_date_is_no_time_of_its_size():
    _, ex = context_of("青龙湾水库工程加快建设\n2024-07-26 来源:宜都市水利局\n青龙湾水库工程是省级重点水利项目,总投资9.6亿元,"
                       "于2023年2月开工建设。该项目2月19日开工,总占地面积1059亩。\n")
    assert one(ex.facts, 9.6).period == "2024"
    assert one(ex.facts, 1059).period == "2024"


def test_a_figure_of_the_stage_itself_keeps_its_time():
    _, ex = context_of("宜都市重点项目建设情况\n2024-07-26\n3月份,全市新开工项目12个,总投资36亿元。\n")
    assert one(ex.facts, 12).period == "2024-M03"
