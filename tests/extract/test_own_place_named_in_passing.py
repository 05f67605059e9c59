"""A text speaking as its division (全县, 全市, 全区, 市直) that names its own place only in passing — once, by its short
name, in a slogan, in a body's name, or an autonomous region by its common name — is of that place: the one place of
the division it speaks as that it names at all (``context._own_named_in_passing``).  Not a place named as a benchmark,
nor a county-level city's prefecture, nor one of two such places, nor a short name that is a common word.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_countys_plan_naming_itself_in_a_slogan():
    ctx, ex = context_of("二、2026年主要目标任务\n2026年是承前启后的关键之年。我们要凝心聚力,奋力谱写中国式现代化青川新篇章。"
                         "今年全县发展主要目标:地区生产总值增长6.5%以上,固定资产投资增长8%以上,"
                         "城乡居民收入分别增长6%、7.5%。\n")
    assert ctx.place is not None and ctx.place.name == "青川县" and ctx.place.evidence.text == "青川"
    for v in (6.5, 8):
        assert one(ex.facts, v).subject == "青川县"


def test_a_countys_release_naming_itself_once_in_prose():
    ctx, ex = context_of("前三季度经济运行简况\n今年以来,彭阳经济运行总体平稳、稳中有进。前三季度,全县地区生产总值完成48.7亿元,"
                         "增长6.2%;我县固定资产投资增长11.4%。\n")
    assert ctx.place is not None and ctx.place.name == "彭阳县"
    for v in (48.7, 11.4):
        assert one(ex.facts, v).subject == "彭阳县"


def test_a_citys_weekly_naming_itself_in_a_bodys_name():
    ctx, ex = context_of("市长热线诉求办理情况周报\n本周共受理群众诉求3615件,较上周增长4.2%。市直单位中,"
                         "遂宁住房公积金中心办结率最高。全市按期办结3402件,办结率94.1%。\n")
    assert ctx.place is not None and ctx.place.name == "遂宁市"
    assert one(ex.facts, 3402).subject == "遂宁市"


def test_an_autonomous_region_by_its_common_name():
    # (a guard: the layer reads a region's common name already where it is no person's name)
    ctx, ex = context_of("前三季度经济运行情况\n今年以来,全区上下牢记嘱托,奋力书写内蒙古现代化建设新篇章。"
                         "前三季度,全区规模以上工业增加值增长7.1%,固定资产投资增长5.3%。\n")
    assert ctx.place is not None and ctx.place.name == "内蒙古自治区"
    assert one(ex.facts, 7.1).subject == "内蒙古自治区"


def test_a_county_level_citys_text_naming_its_prefecture_has_no_place():
    # 市直 and 各镇: the city reaches its towns itself; 绵阳 above it is whose hotline hands cases down
    ctx, ex = context_of("各镇(街道),市直各部门:\n5月份热线办理情况如下:本月共受理诉求2210件,"
                         "按时办结2196件。其中绵阳12345平台转来15件。全市按时结案率99.4%。\n")
    assert ctx.place is None
    assert one(ex.facts, 2210).subject == ""


def test_a_county_named_as_a_model_is_not_the_place():
    ctx, ex = context_of("今年以来,全县上下学习借鉴平武经验。全县完成固定资产投资42.6亿元,增长9.3%。\n")
    assert ctx.place is None
    assert one(ex.facts, 42.6).subject == ""


def test_a_benchmark_county_is_not_the_place():
    ctx, ex = context_of("前三季度,全县完成地区生产总值58.3亿元,增长7.2%。与平武县相比,规上工业增加值等3项指标增速领先。\n")
    assert ctx.place is None
    assert one(ex.facts, 58.3).subject == ""


def test_two_counties_named_leave_the_place_unsaid():
    ctx, ex = context_of("今年以来,全县上下奋力谱写青川新篇章。平武同期完成固定资产投资30.1亿元。全县完成固定资产投资42.6亿元,增长9.3%。\n")
    assert ctx.place is None
    assert one(ex.facts, 42.6).subject == ""


def test_a_short_name_that_is_a_common_word_is_no_place():
    ctx, ex = context_of("全市各县区情况大同小异。上半年,全市规模以上工业增加值增长6.8%,社会消费品零售总额增长5.1%。\n")
    assert ctx.place is None
    assert one(ex.facts, 6.8).subject == ""


def test_a_short_name_closing_a_figures_phrase_is_no_place():
    ctx, ex = context_of("2025年,全县一般公共预算收入完成21.4亿元,首次突破20亿元大关,增长8.1%。\n")
    assert ctx.place is None
    assert one(ex.facts, 21.4).subject == ""
