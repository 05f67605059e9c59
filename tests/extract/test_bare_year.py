"""A year written without 年 at the head of a noun phrase (2024全国地方两会, 2018省列观摩项目) dates the text when it
names its year nowhere else: 今年 is that year and 去年 the year before it (texts written for these tests)."""
from __future__ import annotations

from factrun import context_of, one


def test_a_work_report_news_under_a_sessions_headline():
    text = ("2024全国地方两会 | 青川:去年地区生产总值增长6.1%\n"
            "青川市第十届人民代表大会第三次会议开幕,市长作政府工作报告。报告显示,2023年全市地区生产总值增长6.1%,"
            "一般公共预算收入增长8%。预计青川去年新增城镇就业5.2万人。今年全市城镇新增就业目标为5万人以上。\n")
    ctx, ex = context_of(text)
    assert ctx.year == 2024
    assert one(ex.facts, 5.2).period == "2023"
    assert one(ex.facts, 5).period == "2024"


def test_an_inspection_of_a_years_listed_projects():
    text = ("5月17日,省发改委督查组对岚溪县2019省列观摩项目进行督查。督查组一行先后深入工业园区等项目现场,"
            "详细了解项目建设进展情况。今年岚溪县计划实施重点项目120项,1-4月完成投资38亿元,占年度计划的28%。\n")
    ctx, ex = context_of(text)
    assert ctx.year == 2019
    assert one(ex.facts, 38).period == "2019-M01..M04"


def test_a_headline_naming_a_years_city_projects():
    text = ("市委书记调研2021市级重点项目\n"
            "3月9日,市委书记深入城东新区调研市级重点项目建设情况。今年全市共安排市级重点项目86个,年度计划投资215亿元。\n")
    ctx, ex = context_of(text)
    assert ctx.year == 2021
    assert one(ex.facts, 86).period == "2021"


def test_figures_and_dates_are_no_bare_years():
    text = ("岚溪县重点项目建设情况\n"
            "3月9日,全县2020个行政村完成道路硬化,完成投资2019万元,今年计划再改造道路300公里。\n")
    ctx, ex = context_of(text)
    assert ctx.year is None


def test_the_headline_year_before_the_year_the_body_looks_back_on():
    text = ("2025省两会|读懂政府工作报告\n"
            "  1月12日,某省省长向省十四届人大三次会议作政府工作报告。报告回顾2024年工作,全省生产总值增长5.4%。\n"
            "  报告提出今年的主要预期目标:全省生产总值增长5%左右,城镇新增就业65万人以上。\n")
    ctx, ex = context_of(text)
    assert ctx.year == 2025
    assert one(ex.facts, 5.4).period == "2024"
    assert one(ex.facts, 65).period == "2025"


# ------------------------------------------------------------------ stages reached within 今年's span

def test_stages_reached_within_this_years_half_date_a_page_of_no_year():
    text = ("岚溪省重点项目上半年进展\n"
            "今年1至6月，全省重点项目完成率68%，完成投资1320亿元。甲铜箔项目已于2024年5月建成投产，"
            "乙光伏项目于2024年3月开工建设。\n")
    ctx, ex = context_of(text)
    assert ctx.year == 2024
    assert one(ex.facts, 1320).period == "2024-M01..M06"


def test_a_stage_after_the_span_or_another_year_leaves_the_year_unknown():
    later = ("岚溪省重点项目上半年进展\n"
             "今年1至6月，全省重点项目完成投资1320亿元。甲铜箔项目已于2024年8月建成投产。\n")
    assert context_of(later)[0].year is None
    other = ("岚溪省重点项目上半年进展\n"
             "今年上半年，全省重点项目完成投资1320亿元。甲铜箔项目已于2024年5月建成投产，乙大桥已于2023年12月建成通车。\n")
    assert context_of(other)[0].year is None
    planned = ("岚溪省重点项目上半年进展\n"
               "今年上半年，全省重点项目完成投资1320亿元。甲铜箔项目计划于2024年5月建成投产。\n")
    assert context_of(planned)[0].year is None


def test_a_stage_dated_by_bare_yu_alone_dates_the_page_and_a_planned_one_does_not():
    done = ("岚溪省重点项目一季度进展\n今年一季度，全省重点项目完成投资610亿元。丙风电项目于2025年2月并网发电。\n")
    assert context_of(done)[0].year == 2025
    hoped = ("岚溪省重点项目一季度进展\n今年一季度，全省重点项目完成投资610亿元。丙风电项目有望于2025年2月并网发电。\n")
    assert context_of(hoped)[0].year is None
