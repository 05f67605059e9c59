"""The divisions' names of the text's year: a prefecture written by its short name or spoken as 全地区 in a text of
the years it was a 地区 (海东 in 2010: 海东地区, not the 海东市 it became in 2013) keeps that name (the lead's
convention: a former division name the text writes in its year stays that name); the gazetteer's former 地区 are
known by their short names (海东, not 海东地); 全地区 frames a figure as 全区 does and names nothing of it; a headline
writing its province's short name before a prefecture's (西藏阿里十年:…) is about the prefecture the text names.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_prefectures_short_name_in_the_years_it_was_a_diqu():
    _, ex = context_of("海东2010年经济社会发展综述\n2011-01-15\n2010年,海东生产总值完成180.3亿元,增长14%。"
                       "全地区城镇居民人均可支配收入12860元。\n")
    assert one(ex.facts, 180.3).subject == "海东地区"
    assert one(ex.facts, 12860).subject == "海东地区"


def test_the_same_short_name_after_it_became_a_city():
    _, ex = context_of("海东2020年经济社会发展综述\n2021-01-15\n2020年,海东生产总值完成487.6亿元,增长3.8%。"
                       "全市城镇居民人均可支配收入32860元。\n")
    assert one(ex.facts, 487.6).subject == "海东市"


def test_quandiqu_names_nothing_of_the_figure():
    _, ex = context_of("山南地区2011年1-10月重点项目建设情况\n2011-11-08\n截至10月底,全地区重点项目完成投资40.2亿元,"
                       "占年度计划的85%。全地区固定资产投资增长30.2%。\n")
    assert one(ex.facts, 40.2).indicator == "重点项目完成投资"
    assert one(ex.facts, 30.2).indicator == "固定资产投资"
    assert one(ex.facts, 40.2).subject == "山南地区"


def test_a_county_level_city_sharing_its_prefectures_short_name_keeps_its_own():
    _, ex = context_of("铜仁2009年国民经济运行情况\n2010-01-18\n2009年,在铜仁地委、行署的正确领导下,全区生产总值完成"
                       "226.8亿元,增长12.5%。铜仁市生产总值完成45亿元。\n")
    assert one(ex.facts, 226.8).subject == "铜仁地区"
    assert one(ex.facts, 45).subject == "铜仁市"


def test_a_headline_writing_its_province_before_the_prefecture():
    ctx, ex = context_of("新疆哈密五年来经济社会发展显著\n乌鲁木齐7月1日电 哈密地区经济社会发展成就新闻发布会7月1日举行。\n"
                         "2013年,全地区生产总值完成298.5亿元,年均增长12.4%;固定资产投资完成420亿元。\n")
    assert ctx.place.name == "哈密地区"
    assert one(ex.facts, 298.5).subject == "哈密地区"
    assert one(ex.facts, 420).subject == "哈密地区"
