"""A city's body named alone on a line of the page (某市人民政府, 某市发展和改革委员会 2024-01-05) or at the end of the
title's line after a separator (某区2023年工作总结_某市人民政府) is who posts the page, as a site's name or a source
line is: over a title naming a district or county of the city and a text speaking as that division (全区, 全县), the
division is the document's place and the subject of the figures naming none.  A city's own news naming a district in
its title and speaking as the city stays the city's; a source line above a title at the very top of the page is read
like one further down.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one

BODY = ("2023年，全区上下凝心聚力，经济运行稳中向好。地区生产总值完成380亿元，增长6.1%；规上工业增加值增长8.3%。"
        "全区新签约项目56个，总投资420亿元。\n")


def test_a_city_governments_name_alone_over_a_districts_summary():
    ctx, ex = context_of("洛阳市人民政府\n偃师区2023年工作总结\n" + BODY)
    assert ctx.place.name == "偃师区"
    assert one(ex.facts, 380).subject == "偃师区"


def test_a_city_site_after_the_titles_separator():
    ctx, ex = context_of("偃师区2023年工作总结_洛阳市人民政府\n" + BODY)
    assert ctx.place.name == "偃师区"
    assert one(ex.facts, 420).subject == "偃师区"


def test_a_city_office_over_a_countys_plan():
    ctx, ex = context_of("绵阳市发展和改革委员会 2023-02-16\n三台县2023年国民经济和社会发展计划执行情况\n"
                         "2022年，全县地区生产总值增长6.5%，一般公共预算收入完成12.3亿元。全县城镇新增就业6000人。\n")
    assert ctx.place.name == "三台县"
    assert one(ex.facts, 12.3).subject == "三台县"


def test_a_source_line_under_a_title_at_the_top_of_the_page():
    ctx, ex = context_of("偃师区2023年工作总结\n发布时间：2024-01-05 来源：洛阳市人民政府\n" + BODY)
    assert ctx.place.name == "偃师区"


def test_a_citys_news_naming_a_district_and_speaking_as_the_city_stays_the_citys():
    ctx, ex = context_of("洛阳市人民政府\n市长在偃师区调研项目建设\n今年以来，全市重大项目完成投资1200亿元，"
                         "全市新开工项目320个，全市固定资产投资增长8%。\n")
    assert ctx.place.name == "洛阳市"
    assert one(ex.facts, 1200).subject == "洛阳市"


def test_a_city_sites_head_line_with_its_toolbar_over_a_districts_summary():
    ctx, ex = context_of("洛阳市人民政府 洛阳市人民政府门户网站 长者模式\n偃师区2023年工作总结\n" + BODY)
    assert ctx.place.name == "偃师区"
    assert one(ex.facts, 56).subject == "偃师区"
