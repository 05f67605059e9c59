"""Figures set against a plan: the bound written before the plan's whole is the share's (超过年度计划的80%), a share of
the year's plan reported is an actual whatever stage the plan is of (完成全年开工目标的75%), the plan a later sentence
reports against is the base of what was done (年内计划投资…。至9月底,…完成年度计划的62.4%), a hedge on a ratio is every
term's (趋近5:38:57), and one value 均 shares is one fact (sentences written for these tests; places invented)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text, value, op", [
    # a county's progress notice: the bound is on the share of the year's plan
    ("岚溪县2024年1-9月重点项目推进情况通报\n1-9月,全县重点项目完成投资超过年度计划的80%。\n", 80, ">"),
    ("岚溪县2024年1-9月重点项目推进情况通报\n1-9月,新开工项目完成投资不低于全年目标任务的90%。\n", 90, ">="),
    # a city's work report reviewing the year
    ("青川市2025年政府工作报告\n过去一年,市级重点项目完成投资接近年度投资计划的95%。\n", 95, "~"),
])
def test_a_bound_written_before_the_plans_whole_is_the_shares(text, value, op):
    assert one(facts_of(text), value).comparator == op


def test_a_base_value_written_after_a_comparison_keeps_its_own_comparator():
    # 高于上年同期的6.5%: the year before's rate, no share of a plan
    fs = facts_of("东坡县2024年统计公报\n全年规上工业增加值增长7%,高于上年同期的6.5%。\n")
    assert one(fs, 6.5).comparator == "="


@pytest.mark.parametrize("text, values", [
    # a county plan's structure target: the hedge before the first term is the ratio's
    ("岚溪县国民经济和社会发展第十四个五年规划纲要\n到2025年,三次产业比重趋近5:38:57。\n", (5, 38, 57)),
    # a city's: the hedge after the last term
    ("青川市国民经济和社会发展第十四个五年规划纲要\n到2025年,三次产业结构调整为6:40:54左右。\n", (6, 40, 54)),
])
def test_a_hedge_on_a_ratio_is_every_terms(text, values):
    fs = facts_of(text)
    assert [one(fs, v).comparator for v in values] == ["~"] * len(values)


def test_a_ratio_stated_plainly_stays_equal():
    fs = facts_of("东坡县2024年统计公报\n全年三次产业结构为10.7:55.6:33.7。\n")
    assert [one(fs, v).comparator for v in (10.7, 55.6, 33.7)] == ["="] * 3


def test_shares_of_the_years_plan_of_any_stage_are_reported():
    fs = facts_of("岚溪县2024年1-9月重点项目推进情况通报\n1-9月,竣工投产84项,完成全年竣工目标任务的52.5%;"
                  "新开工30项,完成全年开工目标的75%。\n")
    assert [(one(fs, v).kind, one(fs, v).period) for v in (84, 52.5, 30, 75)] == \
        [("actual", "2024-M01..M09")] * 4


def test_a_share_of_the_years_plan_in_a_city_review_is_reported():
    fs = facts_of("青川市2025年经济运行情况\n今年以来,全市新开工工业项目40个,完成年度开工计划的80%。\n")
    assert one(fs, 80).kind == "actual" and one(fs, 40).kind == "actual"


@pytest.mark.parametrize("text, value", [
    # a district's news: the year's plan, then progress as of a month's end
    ("东坡区重点项目建设情况\n新建项目共185个,年内计划投资246.5亿元。至9月底,开工建设160个,开工率为86.5%,"
     "累计完成投资153.7亿元,完成年度计划的62.4%。\n", 246.5),
    # a city's half-year news: the programme planned, then its progress
    ("青川市城市建设提质工程上半年进展\n2021年,全市谋划实施城建提质项目386个,年度计划投资49.5亿元。截至目前,在建项目223个,"
     "完成投资27亿元,占年度计划投资的54.5%。\n", 386),
    # a province's news: the investment required, reported against in its own sentence
    ("江川省重点项目进展\n今年要求完成投资37.9亿元,1月~11月累计完成投资37.89亿元,占年度目标的99.97%。\n", 37.9),
])
def test_the_plan_a_report_measures_is_the_base_of_what_was_done(text, value):
    assert one(facts_of(text), value).kind == "actual"


def test_a_months_end_opening_a_statement_is_when_it_holds():
    # a district's progress by type, under its run-in heading
    fs = facts_of("一、分类型进展情况\n1、新建项目。新建项目共185个,年内计划投资246.5亿元。至9月底,开工建设160个,"
                  "开工率为86.5%,累计完成投资153.7亿元,完成年度计划的62.4%。\n")
    assert [one(fs, v).kind for v in (246.5, 160, 86.5)] == ["actual"] * 3


@pytest.mark.parametrize("text, value, op", [
    # work reports' plans: what is striven for, and a share of the plan committed, stay commitments
    ("岚溪县2025年政府工作报告\n今年全县计划投资120亿元,力争新开工项目30个。\n", 30, "="),
    ("青川市2026年政府工作报告\n今年重点项目年度计划投资100亿元,确保完成年度计划的110%以上。\n", 110, ">="),
    ("岚溪县2025年政府工作报告\n今年要确保重点项目完成投资不低于年度计划的100%。\n", 100, ">="),
])
def test_a_plan_not_reported_against_stays_a_target(text, value, op):
    f = one(facts_of(text), value)
    assert (f.kind, f.comparator) == ("target", op)


def test_one_value_that_two_measures_share_is_one_fact():
    fs = facts_of("东坡县2024年统计公报\n全年规上工业增加值和固定资产投资均增长7%。\n")
    assert [(f.value, f.indicator) for f in fs if f.value == 7] == [(7, "规上工业增加值和固定资产投资")]


@pytest.mark.parametrize("text, value", [
    # a province's targets: the measure's name holds 实际, and so does a real rate
    ("江川省2013年政府工作报告\n今年主要预期目标是:生产总值增长9.5%左右,实际利用外资增长10%,城镇新增就业100万人,"
     "城镇登记失业率控制在4%以内。\n", 4),
    ("青川市2010年政府工作报告\n主要预期目标是:实际使用外资增长15%,城镇居民人均可支配收入实际增长8%,"
     "农民人均纯收入实际增长7%。\n", 7),
])
def test_a_measure_named_actual_in_a_target_list_commits_like_the_rest(text, value):
    fs = facts_of(text)
    assert {f.kind for f in fs} == {"target"} and one(fs, value).kind == "target"


def test_a_sum_over_the_years_ahead_is_committed():
    fs = facts_of("青川市2021年政府工作报告\n今后五年的主要目标是:地区生产总值年均增长6.5%,城镇新增就业累计10万人。\n")
    assert (one(fs, 10).kind, one(fs, 10).period) == ("target", "2021..2025")


def test_a_ratio_aimed_at_over_a_plans_span_holds_at_its_end():
    fs = facts_of("岚溪县国民经济和社会发展第十四个五年规划纲要\n“十四五”时期经济社会发展主要目标:地区生产总值年均增长7%左右,"
                  "三次产业比重趋近8:40:52。\n")
    assert [one(fs, v).period for v in (8, 40, 52)] == ["..2025"] * 3
    assert one(fs, 7).period == "2021..2025"


@pytest.mark.parametrize("text, value, indicator", [
    # a county's targets: the amount striven for is of the measure just named
    ("岚溪县2024年政府工作报告\n今年主要预期目标:地区生产总值增长7%左右,力争达到500亿元。\n", 500, "地区生产总值"),
    # a city's review: an estimate of the measure just named, its year no part of the name
    ("青川市2021年政府工作报告\n全市地区生产总值2018年突破百亿元大关,预计2020年实现144亿元。\n", 144, "地区生产总值"),
])
def test_a_bare_commitment_or_estimate_is_of_the_measure_just_named(text, value, indicator):
    assert one(facts_of(text), value).indicator == indicator


@pytest.mark.parametrize("text", [
    "东坡县2023年统计公报\n全年主要农产品价格涨幅都超两位数。\n",
    "江川省2015年1-8月工业运行情况\n半数行业保持两位数增长。\n",
])
def test_how_many_digits_a_figure_has_is_no_figure(text):
    assert [f for f in facts_of(text) if f.unit == "位"] == []


@pytest.mark.parametrize("text", [
    # a county's progress page whose markup split a number from its unit, with and without a blank line
    "岚溪县重点项目进展\n东坡项目完成投资6.1\n\n亿元，占年度计划的61%。\n",
    "青川市重点项目进展\n东坡项目完成投资6.1\n亿元，占年度计划的61%。\n",
])
def test_a_unit_opening_the_next_line_is_the_figures(text):
    f = one(facts_of(text), 6.1)
    assert (f.unit, text[f.vstart:f.vend]) == ("亿元", "6.1")


def test_a_count_word_opening_the_next_line_with_a_noun_is_left_alone():
    fs = facts_of("岚溪县重点项目进展\n第一批共12\n个村庄完成改造，完成投资3亿元。\n")
    assert [f for f in fs if f.value == 12 and f.unit == "个"] == []


@pytest.mark.parametrize("text, value, indicator", [
    # a county's supervision notice: rates short of a mark
    ("岚溪县2024年重点项目推进情况通报\n1-9月,全县工业投资占比不足20%。\n", 20, "工业投资占比"),
    ("青川市2024年民生实事进展通报\n截至9月底,项目完成率不到50%。\n", 50, "项目完成率"),
    ("东坡区2024年重点项目推进情况\n1-6月,投资完成率未达到40%。\n", 40, "投资完成率"),
])
def test_a_rate_short_of_a_mark_is_bounded_from_above(text, value, indicator):
    f = one(facts_of(text), value)
    assert (f.comparator, f.indicator) == ("<=", indicator)
