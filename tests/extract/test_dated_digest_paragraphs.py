"""A digest of several places' news runs one dated item a paragraph: 1月8日,乙市第十七届人民代表大会第二次会议召开,
乙市市长…表示,2023年全市….  The place named right after the date the paragraph opens with is the one it reports:
its 全市 (全区, 全县, 全省) and the figures naming no place are that place's, not the document's main place nor the
place of the paragraph before.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_mayor_speaking_after_the_dated_meeting_makes_his_citys_whole():
    _, ex = context_of("三座省会城市两会预期目标一览\n"
                       "1月6日，武汉市第十五届人民代表大会第三次会议开幕，2023年全市地区生产总值增长6.5%以上。\n"
                       "1月8日，长沙市第十六届人民代表大会第二次会议召开，长沙市市长在会上表示，"
                       "2023年全市地区生产总值增长6.6%，社会消费品零售总额增长7.1%。\n")
    assert one(ex.facts, 6.5).subject == "武汉市"
    assert one(ex.facts, 6.6).subject == "长沙市"
    assert one(ex.facts, 7.1).subject == "长沙市"


def test_the_dated_paragraphs_place_goes_on_in_its_next_sentence():
    _, ex = context_of("各地两会速览\n"
                       "1月6日，武汉市第十五届人民代表大会第三次会议开幕，2023年全市地区生产总值增长6.5%以上。\n"
                       "1月10日，南昌市十六届人大三次会议开幕。市长在报告中提出，2023年全市地区生产总值增长7.2%左右，"
                       "规模以上工业增加值增长8.3%。\n")
    assert one(ex.facts, 7.2).subject == "南昌市"
    assert one(ex.facts, 8.3).subject == "南昌市"


def test_two_counties_after_their_dates():
    _, ex = context_of("眉山市各区县两会观察\n"
                       "2月20日上午，仁寿县第十八届人民代表大会第三次会议开幕。县长在报告中提出，今年全县"
                       "地区生产总值增长7.5%，固定资产投资增长10.5%。\n"
                       "近日，青神县召开经济工作会议，全县一般公共预算收入增长6.4%。\n")
    assert one(ex.facts, 7.5).subject == "仁寿县"
    assert one(ex.facts, 10.5).subject == "仁寿县"
    assert one(ex.facts, 6.4).subject == "青神县"


def test_an_undated_paragraph_of_a_citys_report_stays_the_citys():
    _, ex = context_of("武汉市2023年政府工作报告\n"
                       "一年来，全市地区生产总值增长4.5%。江岸区举办招商推介会，全市新签约项目120个。\n")
    assert one(ex.facts, 4.5).subject == "武汉市"
    assert one(ex.facts, 120).subject == "武汉市"
