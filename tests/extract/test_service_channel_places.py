"""A public service channel or platform is named after its place (某市12345热线, 某市政务服务网, 某省投资项目管理服务平台,
甲市、省长热线): the place heads the channel's name and is no place the text speaks as.  A county's hotline bulletin that
never names its county but counts what came in through the city's or the province's channels, or a province's progress
note that names its province only in a platform it relies on, is of no place named (SCHEMA: subject "" when the text
never names the place).  A place acting in its clause (甲县打造政务服务平台) keeps its figures.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_hotline_bulletin_counting_the_citys_channels():
    ctx, ex = context_of("一、基本情况\n3月份,共受理群众来电1864件,办结1839件,办结率98.7%。\n"
                         "二、上级转办情况\n3月份,绵阳12345热线转办21件、绵阳政务服务网转办9件。\n")
    assert not ctx.place
    for v in (1864, 1839, 98.7, 21, 9):
        assert one(ex.facts, v).subject == ""


def test_a_coordination_of_channels_sharing_one_head():
    ctx, ex = context_of("(二)德阳、省长热线承办情况:本月省长热线转办6件,德阳12345热线转办15件。\n"
                         "本月共受理来电2210件。\n")
    assert not ctx.place
    for v in (6, 15, 2210):
        assert one(ex.facts, v).subject == ""


def test_a_province_named_only_in_a_platform_it_relies_on():
    ctx, ex = context_of("通过陕西省投资项目管理服务平台调度,新增入库重大项目共418个,总投资3620亿元。"
                         "1-4月,42个省重点项目完成投资51.3亿元,占年度目标任务38.2%。\n")
    assert not ctx.place
    for v in (418, 3620, 42, 51.3, 38.2):
        assert one(ex.facts, v).subject == ""


def test_a_place_building_a_platform_acts():
    _, ex = context_of("今年,广元市打造政务服务平台3个,新增网上办理事项1200项。\n")
    assert one(ex.facts, 3).subject == "广元市"
