"""The document's own year read from the roles its years play: a year a comparison starts from (比2018年全年,
自2016年以来) is before the text's own year, the year of the plan its figures are measured against (2019年计划目标)
is the text's own; a January news item's lead figures before its dated paragraph are of the year it reviews.
Every text here is invented for these tests (the places too)."""
from __future__ import annotations

import pytest

from factrun import context_of, one


@pytest.mark.parametrize("text,year", [
    # a county's quarterly analysis: the base years come first, the plan year last
    ("全县一季度经济运行情况分析\n一季度全县实现生产总值52.1亿元,增速比2018年全年高0.4个百分点,结束了自2016年以来"
     "首季负增长的局面,与2019年计划目标持平。\n", 2019),
    # a city's monthly bulletin measuring its months against the year's plan
    ("一、总体情况\n1-5月,全市固定资产投资增长6.3%,较2020年同期提高2个百分点。自2015年以来首次实现两位数增长,"
     "完成2021年年度计划的45%。\n", 2021),
    # a half-year note of a province naming only the whole year it is compared with
    ("上半年全省经济运行简况\n上半年,全省地区生产总值增长5.8%,增速比2022年全年加快1.1个百分点。\n", 2023),
    # a monthly note counting the years since a run began and its own plan
    ("前4个月,全区规模以上工业增加值增长9.2%,为自2017年以来同期最高水平,完成2020年度目标任务的36%。\n", 2020),
])
def test_a_text_states_its_year_through_the_roles_of_its_years(text, year):
    c, _ = context_of(text)
    assert c.year == year


def test_a_quarterly_analysis_reports_the_quarter_of_its_own_year():
    c, ex = context_of("一季度全市经济运行分析\n一季度,全市社会消费品零售总额30.2亿元,增长9.1%,增速比2018年全年高"
                       "0.6个百分点,扭转了自2016年以来首季下滑的局面,与2019年计划目标持平。\n")
    assert one(ex.facts, 30.2).period == "2019-Q1"


@pytest.mark.parametrize("text,value,period", [
    # a January news item of a district: headline and lead figures, then the paragraph dated with the year reviewed
    ("粮食总产量180万吨迈上新台阶\n发布时间:2026-01-12\n粮食总产量180万吨,比上年增长2.1%,迈上新台阶。\n"
     "2025年,全区生产总值达到512亿元,增长5.6%。\n", 2.1, "2025"),
    # a city's port news posted in February, its lead figure before the year it reviews
    ("港口吞吐量首破3亿吨\n发布日期:2024-02-03\n全市港口货物吞吐量3.1亿吨,增长6.4%。\n"
     "2023年,全市交通运输保持平稳。公路货运量2.2亿吨。\n", 3.1, "2023"),
])
def test_a_january_news_items_lead_figures_are_of_the_year_it_reviews(text, value, period):
    c, ex = context_of(text)
    assert one(ex.facts, value).period == period


@pytest.mark.parametrize("text,stock,flow,period", [
    # a city's quarterly analysis: the loans section's cut-off, then (五)消费 of the quarter again
    ("2024年一季度全市经济运行情况\n一季度,全市地区生产总值增长5.2%。\n(四)金融运行\n截至3月末,全市金融机构本外币存款余额"
     "3200亿元,增长8.1%。\n(五)消费市场\n全市社会消费品零售总额30.2亿元,增长6.3%。\n", 3200, 30.2, "2024-Q1"),
    # a county's monthly bulletin of five months: a day's cut-off in one numbered part, the next part of the months
    ("2022年1-5月全县经济运行简况\n1-5月,全县规模以上工业增加值增长7.4%。\n三、金融\n截至5月31日,全县贷款余额412亿元。\n"
     "四、财政\n一般公共预算收入18.6亿元,增长4.1%。\n", 412, 18.6, "2022-M01..M05"),
])
def test_a_cut_off_in_one_section_leaves_the_next_section_to_the_reports_span(text, stock, flow, period):
    c, ex = context_of(text)
    assert one(ex.facts, stock).period.startswith("..")
    assert one(ex.facts, flow).period == period


@pytest.mark.parametrize("text,value,period", [
    # a county's review posted in the January after the plan: where a measure stood is of the plan's last year
    ("十四五期间,全县累计完成固定资产投资860亿元,居民人均可支配收入达到3.2万元。\n发布日期:2026-01-05\n",
     3.2, "2025"),
    # a change over the plan's years in a provincial review of its last year keeps the plan's years
    ("2025年全省经济社会发展综述\n2025年,全省生产总值达到5120亿元。“十四五”期间,全省城镇化率达到63%,提高4.2个百分点。\n",
     4.2, "2021..2025"),
])
def test_a_plan_periods_end_state_and_change(text, value, period):
    c, ex = context_of(text)
    assert one(ex.facts, value).period == period
