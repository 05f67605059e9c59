"""Periods of forms met in documents no one tuned to: a cumulative span written 元至九月 / 前3季度 / 1-8 月 in a
text that never states its year (``?-M01..M09``, every kind of figure, structure ratios too).  Every text here is
invented for these tests."""
from __future__ import annotations

import pytest

from taizhang.extract.periods import find_periods

from factrun import facts_of, one


@pytest.mark.parametrize("expr,period", [
    ("元至九月", "?-M01..M09"), ("元—8月", "?-M01..M08"), ("元月至6月", "?-M01..M06"), ("元至5月份", "?-M01..M05"),
    ("今年元至8月", "?-M01..M08"), ("前3季度", "?-M01..M09"), ("前三个季度", "?-M01..M09"),
    ("前两个季度", "?-H1"), ("1-8 月", "?-M01..M08"), ("1 - 7 月份", "?-M01..M07"),
    ("年初至9月底", "?-M01..M09"), ("年初以来至8月", "?-M01..M08"), ("元月份", "?-M01"),
])
def test_cumulative_spans_written_in_other_forms(expr, period):
    got = [(p.text, p.period) for p in find_periods(expr + ",全县", None)]
    assert got == [(expr, period)]


def test_a_named_year_and_january_written_yuan():
    assert [(p.text, p.period) for p in find_periods("2024年元至9月,全县", None)] == [("2024年元至9月", "2024-M01..M09")]
    assert [(p.text, p.period) for p in find_periods("2024年元月份,全县", None)] == [("2024年元月份", "2024-M01")]


@pytest.mark.parametrize("text", [
    "完成投资5000万元至8月底", "总额3亿元—5亿元", "公元至今", "单元楼",
])
def test_the_yuan_of_an_amount_or_a_word_is_no_january(text):
    assert not [p for p in find_periods(text, 2024) if p.period.endswith(("M01..M08", "M01"))]


@pytest.mark.parametrize("text", [
    # a county's economy briefing: levels, growths and the structure ratio
    "青山县经济运行简况\n元至九月,全县完成生产总值30.5亿元,同比增长6.2%。规模以上工业增加值增长8.1%。"
    "三次产业结构为12.1:40.3:47.6。\n",
    # progress news of a town, full-width punctuation
    "红河镇项目建设快报\n前3季度，红河镇招商引资到位资金3亿元，新签约项目12个。三次产业结构为12.1:40.3:47.6。\n",
    # a title carrying the span over the body's paragraphs
    "元至九月全县经济运行简析\n全县完成生产总值30.5亿元,同比增长6.2%。\n全县三次产业结构为12.1:40.3:47.6。\n",
])
def test_every_figure_of_a_span_without_a_year_holds_in_that_span(text):
    fs = facts_of(text)
    assert fs
    assert {f.period for f in fs} == {"?-M01..M09"}, [(f.value, f.period) for f in fs]
    assert one(fs, 40.3).period == "?-M01..M09"


# --------------------------------------------------------------------------- plan-then-rate lists

@pytest.mark.parametrize("text,plan,rate,name", [
    # a city's progress news over its counties, the plans of the year and the share done so far
    ("1—8月,全市重点项目完成投资560亿元。分地区看,甲市计划投资120亿元,完成65%;乙县计划投资80亿元,已完成72%。\n",
     120, 65, "投资完成率"),
    # a supervision notice, full-width punctuation, the plan written after its noun
    ("截至9月底，全县新建农房计划1200户，已完成80%。\n", 1200, 80, "新建农房完成率"),
    # a finance bureau's half-year note: a plan of revenue, not of investment
    ("上半年,全县一般公共预算收入年度计划12亿元,完成58%。\n", 12, 58, "一般公共预算收入完成率"),
    # a project office's brief: the share of the plan written out
    ("1-6月,东坪镇重点项目计划投资50亿元,完成计划的60%。\n", 50, 60, "投资完成率"),
])
def test_a_share_done_after_a_plan_is_its_completion_rate_and_the_plan_is_the_years(text, plan, rate, name):
    fs = facts_of(text)
    p, r = one(fs, plan), one(fs, rate)
    assert p.period == "?", p.period  # the plan of the (unknown) year, not the span reported on
    assert r.period.startswith(("?-", "..?-")), r.period  # the share done: of the span
    assert name in r.indicator, r.indicator


def test_a_count_planned_for_the_year_in_a_half_year_report():
    fs = facts_of("上半年,全县计划新开工项目80个,已开工52个,开工率65%。\n")
    assert one(fs, 80).period == "?"
    assert one(fs, 52).period == "?-H1"
    # a plan for the span itself, no report against it, stays in the span
    fs = facts_of("上半年,全县计划完成投资50亿元,力争实现时间过半、任务过半。\n")
    assert one(fs, 50).period == "?-H1"


# --------------------------------------------------------------------------- revised figures of the year before

@pytest.mark.parametrize("text", [
    # a statistics bureau's notice: a method clause between the revised level and its growth
    "2025年青山县统计信息\n今年一季度,全县实现生产总值52亿元。最终核实上年全县生产总值为210.5亿元,按不变价格计算,比上年增长8.1%,"
    "比初步核算数增加2.3亿元。\n",
    # a briefing, the verification as the paragraph's lead, the breakdown in the next sentence
    "2025年青山县统计信息\n经最终核实，上年全县生产总值为210.5亿元，扣除价格因素，比上年增长8.1%。第一产业增加值2.3亿元，增长3.5%。\n",
])
def test_revised_figures_of_the_year_before_hold_in_that_year(text):
    fs = facts_of(text)
    for v in (210.5, 8.1, 2.3):
        assert one(fs, v).period == "2024", (v, one(fs, v).period)


def test_the_verification_lead_does_not_hide_the_paragraphs_own_time():
    fs = facts_of("2025年青山县统计信息\n据统计，全县上半年实现生产总值110亿元。第一产业增加值30亿元，增长3.5%。\n")
    assert one(fs, 30).period == "2025-H1"


# --------------------------------------------------------------------------- a quarter's batch, a check's span

@pytest.mark.parametrize("text,count,amount,period", [
    # project news: a quarter's batch started together
    ("2025年重大项目建设动态\n第二季度新开工项目集中启动,共60个,总投资约200亿元。一季度,全市新开工项目35个。\n", 60, 200,
     "2025-Q2"),
    # a signing ceremony's batch, pointed back at by 本次
    ("2025年招商工作动态\n一季度，全县重大项目集中签约仪式举行，本次签约项目18个，总投资90亿元。\n", 18, 90, "2025-Q1"),
])
def test_a_batch_an_event_launches_holds_in_the_events_time(text, count, amount, period):
    fs = facts_of(text)
    assert one(fs, count).period == period
    # (its 总投资, the size of the works over their life, is of the quarter's year: session 42, as the lead ruled in
    # session 41 for a batch launched on a day)
    assert one(fs, amount).period == period[:4]
    # no event: the size of the year's list stays the year's (test_bulletin_set_periods)
    fs = facts_of("2025年1-9月重点项目进展\n1-9月,全县重点项目40个,总投资320亿元,完成投资90亿元。\n")
    assert one(fs, 320).period == "2025"
    assert one(fs, 90).period == "2025-M01..M09"


@pytest.mark.parametrize("text,values,period", [
    # a supervision notice: the check's sentence, then what it found in the same paragraph
    ("关于2025年重点任务落实情况的督查通报\n近期,县政府督查室对年度《政府工作报告》任务上半年落实情况进行了督查。"
     "年度《政府工作报告》明确目标任务120项,已完成或达到序时进度的108个,欠进度的有12个,占总任务的10%。\n",
     (12, 10), "2025-H1"),
    # the lead paragraph names the span, the findings stand under headings below it
    ("关于年度重点任务落实情况的督查通报\n近期，县政府督查室对年度《政府工作报告》任务上半年落实情况进行了督查。现将有关情况通报如下：\n"
     "一、总体情况\n年度《政府工作报告》明确目标任务120项，已完成或达到序时进度的108个，欠进度的有12个，占总任务的10%。\n"
     "二、存在问题\n部分单位推进缓慢。\n", (12, 10), "?-H1"),
    # a city's office checks a quarter's work
    ("督查通报\n2024年7月,市委督查室对各地重点工作第二季度推进情况开展专项督查。各地完成重点工作任务78项,滞后7项。\n",
     (78, 7), "2024-Q2"),
])
def test_what_a_check_found_holds_in_the_span_it_checked(text, values, period):
    fs = facts_of(text)
    for v in values:
        assert one(fs, v).period == period, (v, one(fs, v).period)
