"""Who a figure is about when its clause opens with a place and then a class of that place's projects: 南宁市自治区层面
重大项目完成投资…, 湖北重点建设项目完成投资…, 省市重点工程建设项目完成投资…. The place (resolved) is the subject; the class
(its level's list, who funds it, the lists of several levels together) is what is measured, in the indicator.  A set taken
up by a demonstrative (这一批重大项目) and an adverb spreading the figures (分别完成投资…) open no name of their own either.
A firm or a named project opening its clause still reports of itself.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_city_and_the_regions_level_of_projects_is_the_city():
    _, ex = context_of("广西壮族自治区2024年上半年重大项目建设情况\n1—6月，南宁市自治区层面重大项目完成投资350亿元，"
                       "占年度计划的58%。\n")
    f = one(ex.facts, 350)
    assert f.subject == "南宁市"
    assert "自治区层面重大项目" in f.indicator


def test_a_province_written_short_before_its_key_projects_is_the_province():
    _, ex = context_of("重点建设项目进展通报\n据统计，湖北重点建设项目完成投资2000亿元，占年度计划的52%。\n"
                       "其中，武汉市重点项目完成投资800亿元。\n")
    f = one(ex.facts, 2000)
    assert f.subject == "湖北省"
    assert "重点建设项目" in f.indicator
    assert one(ex.facts, 800).subject == "武汉市"


def test_central_and_local_projects_are_classes_of_the_places_projects():
    _, ex = context_of("甘肃省1—9月固定资产投资情况\n1—9月，全省固定资产投资增长5.2%。中央项目完成投资120亿元，"
                       "地方项目完成投资2300亿元。\n")
    assert one(ex.facts, 120).subject == "甘肃省"
    assert "中央项目" in one(ex.facts, 120).indicator
    assert one(ex.facts, 2300).subject == "甘肃省"


def test_the_lists_of_two_levels_together_are_a_class():
    _, ex = context_of("江西省重点工程上半年进展\n1至6月份，省市重点工程建设项目完成投资1469.6亿元，完成率为62.3%。\n")
    f = one(ex.facts, 1469.6)
    assert f.subject == "江西省"
    assert "省市重点工程建设项目" in f.indicator


def test_a_set_taken_up_by_a_demonstrative_is_the_places():
    _, ex = context_of("岳阳市重大项目集中开工\n5月10日，岳阳市举行二季度重大项目集中开工活动，集中开工项目45个。"
                       "这一批重大项目完成投资62亿元。\n")
    f = one(ex.facts, 62)
    assert f.subject == "岳阳市"
    assert not f.indicator.startswith("这")


def test_an_adverb_spreading_the_figures_opens_no_name():
    _, ex = context_of("襄阳市重点项目建设通报\n截至6月底，全市重点项目进展顺利，分别完成投资30亿元、20亿元的"
                       "东津新区和高新区进度较快。\n")
    assert one(ex.facts, 30).subject != "分别"


def test_a_firm_opening_its_clause_still_reports_of_itself():
    _, ex = context_of("南宁市上半年工业运行\n南宁市某某电子科技有限公司完成投资5.6亿元。\n")
    assert "公司" in one(ex.facts, 5.6).subject
