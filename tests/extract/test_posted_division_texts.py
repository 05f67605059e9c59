"""A city's site or office posts the texts of its districts and counties: its name heads the page (某市人民政府网) or
stands on the source line (来源:某市发展和改革委员会), while the title names the district or county the text is about
(某区2022年政府工作报告落实情况).  The title is about the text; the page's chrome only says who posted it, so the
figures naming no place are the district's.  A city's own news naming a district in its title and speaking as the
city (全市…) stays the city's.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_districts_progress_report_on_its_citys_site_is_the_districts():
    ctx, ex = context_of("武汉市人民政府网\n首页 > 区县动态\n江岸区2022年政府工作报告落实情况\n"
                         "发布时间：2022-12-20\n今年以来，地区生产总值增长6.5%，完成固定资产投资320亿元，"
                         "社会消费品零售总额增长5%。\n")
    assert ctx.place.name == "江岸区"
    assert one(ex.facts, 320).subject == "江岸区"
    assert one(ex.facts, 6.5).subject == "江岸区"


def test_a_countys_plan_under_its_prefectures_source_line_is_the_countys():
    ctx, ex = context_of("来源：绵阳市发展和改革委员会  发布时间：2023-02-16\n三台县2023年国民经济和社会发展计划\n"
                         "2023年主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长7%，"
                         "城镇新增就业6000人。\n")
    assert ctx.place.name == "三台县"
    assert one(ex.facts, 6000).subject == "三台县"


def test_a_shared_district_name_is_the_one_in_the_posting_city():
    # 新华区 names districts of several prefectures: the one the posting city holds
    ctx, ex = context_of("来源：沧州市人民政府办公室\n新华区2021年政府工作报告\n2020年，实现生产总值120.5亿元，"
                         "固定资产投资增长8.2%。\n")
    assert ctx.place.name == "新华区"
    assert ctx.place.code.startswith("1309")
    assert one(ex.facts, 120.5).subject == "新华区"


def test_a_citys_own_news_naming_a_district_in_its_title_stays_the_citys():
    ctx, ex = context_of("武汉市人民政府网\n市长在江岸区调研重大项目建设\n今年以来，全市重大项目完成投资1200亿元，"
                         "全市新开工项目320个，全市固定资产投资增长8%。\n")
    assert ctx.place.name == "武汉市"
    assert one(ex.facts, 1200).subject == "武汉市"


def test_a_citys_report_on_its_site_stays_the_citys():
    ctx, ex = context_of("武汉市人民政府网\n武汉市2022年政府工作报告落实情况\n全市地区生产总值增长4%，"
                         "全市固定资产投资增长8.7%。\n")
    assert ctx.place.name == "武汉市"
    assert one(ex.facts, 8.7).subject == "武汉市"
