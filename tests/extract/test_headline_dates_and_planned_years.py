"""A news page's year: a headline that exclaims (“某某”落户某港!总投资100亿!) over its dateline (2023-08-06 19:30:29 来源:某网)
is still the headline, so the dateline under it dates the page; and a year a work is planned to reach a stage in
(项目预计2024年底建成投产 / 计划2025年底竣工) is no year of the text's own (a text that states none is of an unknown
year).  An estimate of a year's figures (预计2023年全县生产总值增长6%左右) still names the text's year.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_an_exclaiming_headline_over_its_dateline():
    ctx, ex = context_of("“金凤”食品工业园落户太仓港!总投资80亿元!\n2023-08-06 19:30:29 来源: 太仓日报\n\n7月31日,金凤食品工业园项目建设正在"
                         "有序推进。该项目总投资80亿元,一期占地600亩。\n")
    assert ctx.date is not None and ctx.date.value == "2023-08-06"
    assert ctx.year == 2023
    assert one(ex.facts, 600).period == "2023"


def test_a_works_planned_stage_year_is_no_year_of_the_text():
    ctx, ex = context_of("金凤食品工业园项目建设顺利\n\n7月31日,金凤食品工业园项目建设正在有序推进。该项目总投资80亿元,一期占地600亩,"
                         "预计2024年底建成投产。\n")
    assert ctx.year != 2024
    assert one(ex.facts, 600).period in ("?", "")


def test_an_estimate_of_a_year_still_names_it():
    ctx, _ = context_of("太仓市经济运行情况\n\n预计2023年全市地区生产总值增长6%左右,一般公共预算收入增长5%。\n")
    assert ctx.year == 2023
