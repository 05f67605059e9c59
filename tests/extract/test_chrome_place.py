"""A page whose body only says 全省/全市/全县 names its place in the page around the text: the breadcrumb (首页 > 走进
某省 > 经济建设), a column (某省要闻), the footer's labelled chrome (主办：某市统计局).  The one place of the level the body
speaks as that these lines name, in full or by its short name, is the document's place and the subject of its figures;
a menu naming several places of that level, or places of another level only, names none.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_provinces_short_name_in_the_breadcrumb():
    ctx, ex = context_of("首页 > 走进江西 > 经济建设\n前三季度经济运行情况\n发布时间：2023-10-25\n"
                         "前三季度，全省地区生产总值增长4.1%。全省城镇新增就业30.1万人。\n")
    assert ctx.place.name == "江西省"
    assert one(ex.facts, 30.1).subject == "江西省"


def test_a_column_name_over_an_autonomous_regions_news():
    ctx, ex = context_of("首页 > 广西要闻\n2022年经济运行情况\n发布时间：2023-01-20\n"
                         "2022年，全区地区生产总值增长2.9%。全区粮食产量1393万吨。\n")
    assert ctx.place.name == "广西壮族自治区"
    assert one(ex.facts, 1393).subject == "广西壮族自治区"


def test_a_removed_breadcrumb_and_a_footer_name_a_citys_bulletin():
    ctx, ex = context_of("当前位置：首页 > 统计数据 > 统计信息\n1-5月份全市规上工业增加值增长7.2%\n"
                         "发布时间：2024-06-20\n1-5月份，全市规模以上工业增加值同比增长7.2%，全市固定资产投资增长5.6%。\n"
                         "主办：淮北市统计局 版权所有\n")
    assert ctx.place.name == "淮北市"
    assert one(ex.facts, 5.6).subject == "淮北市"


def test_a_county_page_footer():
    ctx, ex = context_of("首页 > 政务公开 > 统计信息\n2024年一季度经济运行情况\n发布时间：2024-04-28\n"
                         "一季度，全县实现地区生产总值48.6亿元，增长5.2%。全县固定资产投资增长9.1%。\n"
                         "主办：酉阳土家族苗族自治县人民政府办公室\n")
    assert ctx.place.name == "酉阳土家族苗族自治县"
    assert one(ex.facts, 48.6).subject == "酉阳土家族苗族自治县"


def test_a_menu_of_cities_names_no_place():
    ctx, ex = context_of("首页 > 市州动态 > 南充 绵阳 宜宾\n一季度经济运行情况\n发布时间：2024-04-28\n"
                         "一季度，全市地区生产总值增长5.2%。全市固定资产投资增长9.1%。\n")
    assert ctx.place is None or ctx.place.name not in ("南充市", "绵阳市", "宜宾市")


def test_a_province_named_over_a_citys_text_is_not_its_place():
    ctx, ex = context_of("首页 > 走进江西 > 市县动态\n一季度经济运行情况\n发布时间：2024-04-28\n"
                         "一季度，全市地区生产总值增长5.2%。全市固定资产投资增长9.1%。\n")
    assert ctx.place is None or ctx.place.name != "江西省"



def test_a_countys_short_name_labels_the_headline():
    ctx, ex = context_of("酉阳：一季度经济运行稳中有进\n发布时间：2024-04-22\n"
                         "一季度，全县地区生产总值增长6.2%。全县固定资产投资增长9.1%。\n")
    assert ctx.place.name == "酉阳土家族苗族自治县"
    assert one(ex.facts, 9.1).subject == "酉阳"  # (the subject as the page names the county)
