"""A national text speaks for the nation, whichever province's site or office posts it: the State Council's report, a
national five-year outline, a ministry's news.  Its figures are the nation's (the schema's 全国), not the province of a
source line (来源:某省发展和改革委员会) or a site's name (某省人民政府网), nor of a province its examples name once.
A text of a division (全省, a county named again and again) keeps its place however often it cites 国务院.

Every text is written for these tests; the provinces and counties are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_national_outline_posted_by_a_provinces_office_is_the_nations():
    ctx, ex = context_of("首页 > 政务公开 > 政策解读\n来源：甘肃省发展和改革委员会  发布时间：2026-03-09\n\n"
                         "国家“十五五”规划纲要主要指标解读\n国务院编制的规划纲要提出，到2030年，常住人口城镇化率提高到"
                         "72%，人均预期寿命提高到80.5岁，全社会研发经费投入年均增长7%以上。\n")
    assert ctx.place is None
    assert one(ex.facts, 72).subject == "全国"
    assert one(ex.facts, 80.5).subject == "全国"


def test_a_state_council_report_on_a_provinces_site_is_the_nations():
    ctx, ex = context_of("江西省人民政府网  2026-03-12\n\n国务院关于2025年国民经济和社会发展计划执行情况的报告（摘要）\n"
                         "2025年，国内生产总值增长5.1%，城镇新增就业1260万人，粮食产量达到7.2亿吨。\n")
    assert ctx.place is None
    assert one(ex.facts, 1260).subject == "全国"
    assert one(ex.facts, 7.2).subject == "全国"


def test_a_ministrys_news_naming_a_provinces_work_once_is_the_nations():
    ctx, ex = context_of("国家发展改革委下达中央预算内投资计划\n国家发展改革委12日表示，近日下达中央预算内投资计划共计1850亿元，"
                         "支持贵州省黔中水利枢纽三期、陕西省引汉济渭二期等项目，总投资超过3000亿元。\n")
    assert ctx.place is None
    assert one(ex.facts, 1850).subject == "全国"


def test_a_provinces_report_citing_the_state_council_keeps_the_province():
    ctx, ex = context_of("甘肃省2025年国民经济和社会发展计划执行情况\n在党中央、国务院坚强领导下，全省地区生产总值增长5.8%，"
                         "全省粮食产量达到1280万吨。\n")
    assert ctx.place.name == "甘肃省"
    assert one(ex.facts, 5.8).subject == "甘肃省"


def test_a_county_news_item_citing_the_state_council_keeps_the_county():
    ctx, ex = context_of("获国务院督查激励\n近日，国务院办公厅通报督查激励名单，仁寿县榜上有名。仁寿县地区生产总值增长7.2%，"
                         "仁寿县固定资产投资增长9%，仁寿县新增市场主体1.2万户。\n")
    assert ctx.place.name == "仁寿县"
    assert one(ex.facts, 7.2).subject == "仁寿县"
