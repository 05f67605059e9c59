"""A digest of several places' news: a place that opens its sentence as the one whose officer speaks (乙市市长表示,
全市…), or writes its whole on its name (2022年某市全市…), or opens its clause after the time it speaks of (2023年某市的
目标…), is whom the figures after it are about; the document's first or main place does not override it.

Every text is written for these tests; the cities are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_mayor_speaking_makes_his_citys_whole():
    _, ex = context_of("各地一季度经济运行观察\n\n杭州市：一季度地区生产总值增长5.3%。\n\n"
                       "宁波市市长在会上表示，2023年全市地区生产总值增长6.1%，规上工业增加值增长7.2%。\n")
    assert one(ex.facts, 5.3).subject == "杭州市"
    assert one(ex.facts, 6.1).subject == "宁波市"
    assert one(ex.facts, 7.2).subject == "宁波市"


def test_a_county_secretary_speaking_makes_his_countys_whole():
    _, ex = context_of("县域经济观察\n\n仁寿县今年以来地区生产总值增长8.2%。\n\n"
                       "青神县委书记说，今年全县固定资产投资增长12.5%以上。\n")
    assert one(ex.facts, 12.5).subject == "青神县"


def test_a_place_with_its_whole_written_on_it_after_a_year():
    _, ex = context_of("中部省会城市经济目标梳理\n武汉市市长作政府工作报告，武汉全市地区生产总值增长4.1%。\n"
                       "2022年郑州全市生产总值预计增长2.3%左右，规模以上工业增加值增长3.7%。"
                       "2023年郑州的主要预期目标是生产总值增长7.5%。\n")
    assert one(ex.facts, 4.1).subject == "武汉市"
    assert one(ex.facts, 2.3).subject == "郑州市"
    assert one(ex.facts, 3.7).subject == "郑州市"
    assert one(ex.facts, 7.5).subject == "郑州市"


def test_an_event_held_in_a_place_leaves_the_whole_the_texts():
    _, ex = context_of("眉山市2023年第二季度重大项目集中开工\n\n在东坡区举行的开工仪式上，全市共开工项目42个，总投资156亿元。\n")
    assert one(ex.facts, 42).subject == "眉山市"
