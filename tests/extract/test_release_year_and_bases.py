"""The period a figure holds for, from the document's date and its kind: an annual statistics communiqué reports the
year before its release; a year of the past opening a sentence of news goes on timing the paragraphs after it; a
progress bulletin's stock at its own cut-off, its plan of a span (1—9月计划开工) and its progress after the plan's
year; a rate written as the base of a comparison (高于1—2月的2.7%).  Invented texts."""
from __future__ import annotations

from factrun import context_of, facts_of, one, periods_of


# ------------------------------------------------------------------ a communiqué dated the year after

def test_communique_without_year_reports_the_year_before_its_date():
    text = ("青川市国民经济和社会发展统计公报\n\n青川市统计局\n（2020年3月12日）\n\n一、综合\n\n"
            "全年，全市地区生产总值达到2310亿元，比上年增长6.8%。\n\n年末全市常住人口520万人。\n")
    ctx, ex = context_of(text)
    assert ctx.year == 2019
    assert {f.value: f.period for f in ex.facts}[2310] == "2019"
    assert {f.value: f.period for f in ex.facts}[520] == "2019"


def test_county_communique_posted_with_a_field_date():
    text = ("东坡县国民经济和社会发展统计公报\n发布时间：2023-04-02\n\n"
            "初步核算，全年全县地区生产总值186亿元，增长5.2%。全年粮食总产量32万吨。\n")
    assert periods_of(text, (186, 32)) == {186: "2022", 32: "2022"}


def test_communique_naming_its_own_year_keeps_it():
    text = ("河口县2021年国民经济和社会发展统计公报\n发布时间：2022-03-20\n\n"
            "初步核算，全年全县地区生产总值312亿元，增长8.1%。\n")
    assert periods_of(text, (312,)) == {312: "2021"}


def test_quarterly_bulletin_is_not_taken_for_the_year_before():
    text = ("东坡县一季度统计公报\n发布时间：2023-04-20\n\n一季度，全县地区生产总值46亿元，增长4.1%。\n")
    assert one(facts_of(text), 46).period.startswith("2023")


def test_a_month_line_under_a_communiques_byline_dates_its_release_not_its_figures():
    # the line holding only 2026年3月 under the title and byline is the month the communiqué came out: no sentence
    # after it (a share, a change against the year before, a rate in ‰) is of March
    text = ("2025年河口县国民经济和社会发展统计公报\n发布时间：2026-03-18 来源：河口日报\n2026年3月\n"
            "2025年是河口县高质量发展的攻坚之年。\n"
            "全县实现地区生产总值218.4亿元，比上年增长6.1%。三次产业比重分别为9.2:40.3:50.5，第三产业比重比上年提高"
            "0.4个百分点。人口出生率7.6‰。\n")
    assert periods_of(text, (218.4, 6.1, 9.2, 50.5, 0.4, 7.6)) == dict.fromkeys((218.4, 6.1, 9.2, 50.5, 0.4, 7.6), "2025")


def test_a_month_line_after_a_quarters_report_is_its_release_but_the_reported_month_stays():
    # 2026年4月 under a report on the first quarter is when it came out; 2026年5月 under a report on May is its time
    quarter = ("2026年一季度东坡县经济运行情况\n发布时间：2026-04-21\n2026年4月\n"
               "全县实现地区生产总值64.2亿元，同比增长5.3%。\n")
    assert periods_of(quarter, (64.2, 5.3)) == {64.2: "2026-Q1", 5.3: "2026-Q1"}
    month = ("2026年5月东坡县社会消费品零售总额\n发布时间：2026-06-16\n2026年5月\n"
             "全县实现社会消费品零售总额9.8亿元，同比增长4.4%。\n")
    assert periods_of(month, (9.8,)) == {9.8: "2026-M05"}


# ------------------------------------------------------------------ a year of the past carried in news

def test_meeting_news_carries_last_year_into_the_next_paragraph():
    text = ("东坡县召开全县经济工作会议\n\n2022年1月10日，东坡县召开经济工作会议。\n\n"
            "会议指出，2021年，全县地区生产总值增长8.5%，一般公共预算收入增长10.1%。\n\n"
            "全县新开工项目85个，竣工项目60个。\n")
    assert periods_of(text, (8.5, 85, 60)) == {8.5: "2021", 85: "2021", 60: "2021"}


def test_project_news_carries_last_year_over_its_breakdown():
    text = ("青川市召开重点项目推进会\n\n发布时间：2022-01-15\n\n"
            "2021年，全市重点项目建设取得明显成效。全市共实施重点项目320个，完成投资580亿元，占年度计划的112%。\n\n"
            "其中，新开工项目85个，竣工项目60个。\n\n会议要求，2022年要继续推进项目建设。\n")
    assert periods_of(text, (320, 85, 60)) == {320: "2021", 85: "2021", 60: "2021"}


def test_a_time_of_its_own_stops_the_carried_year():
    text = ("东坡县召开全县经济工作会议\n\n2022年1月10日，东坡县召开经济工作会议。\n\n"
            "会议指出，2021年，全县地区生产总值增长8.5%。\n\n今年以来，全县新签约项目12个。\n")
    assert one(facts_of(text), 12).period == "2022"


# ------------------------------------------------------------------ progress bulletins

def test_stock_at_the_sentences_own_cutoff():
    text = ("全省重点项目进展情况通报\n\n发布日期：2023-09-12\n\n"
            "截至8月底，全省共确定省重点项目1200项，年度投资计划900亿元。1—8月，省重点项目完成投资600亿元，"
            "完成年度计划的66.7%。\n")
    assert periods_of(text, (1200, 900, 600, 66.7)) == {
        1200: "..2023-M08", 900: "2023", 600: "2023-M01..M08", 66.7: "2023-M01..M08"}


def test_plan_of_a_span_is_the_base_of_that_span():
    text = ("全市重点项目进展情况\n\n发布日期：2023-10-12\n\n"
            "1—9月计划开工45项，实际开工41项，开工率91.1%。\n")
    fs = facts_of(text)
    assert (one(fs, 45).kind, one(fs, 45).period) == ("actual", "2023-M01..M09")
    assert one(fs, 41).period == "2023-M01..M09"


def test_progress_after_the_years_plan_takes_the_reports_span():
    text = ("某市重点建设项目进展情况\n\n"
            "2021年安排全市重点建设项目710项，年度投资计划1015亿元。全市重点建设项目1-3月累计完成投资313亿元，"
            "为年度投资计划的30.8%。本年度计划新开工项目270项，实际已开工129项，开工率达47%。\n")
    assert periods_of(text, (270, 129, 47)) == {270: "2021", 129: "2021-M01..M03", 47: "2021-M01..M03"}


def test_share_of_the_plan_named_by_its_work():
    text = ("县重点项目进展情况\n\n"
            "2024年安排重点项目60项，年度投资计划64亿元。1-10月项目累计完成投资58亿元。"
            "本年度计划开工项目25项（其中1-10月份计划新开工22项），目前实际已开工20项，完成年度计划开工的80%。\n")
    assert periods_of(text, (20, 80)) == {20: "2024-M01..M10", 80: "2024-M01..M10"}


def test_estimated_investment_of_a_project_list_is_its_size():
    text = ("2021年，我县重点工程项目共30项，总投资519亿元，当年计划投资63亿元。\n"
            "截止目前，全县重点工程进展顺利，1-12月份，完成投资77亿元，投资完成率122%。其中：\n"
            "省级6项，概算投资140亿元，当年计划投资19亿元。1-12月份完成投资28亿元，投资完成率147%。\n"
            "市级5项，概算投资221亿元，当年计划投资22亿元。1-12月份完成投资26亿元，投资完成率118%。\n")
    assert periods_of(text, (140, 221, 26)) == {140: "2021", 221: "2021", 26: "2021"}


# ------------------------------------------------------------------ rates written as a comparison's base

def test_rate_compared_with_an_earlier_span_is_that_spans_growth():
    text = ("2023年上半年青川市经济运行情况分析\n\n"
            "上半年，规模以上工业增加值增长6.5%，高于1—2月的2.7%。\n")
    f = one(facts_of(text), 2.7)
    assert (f.measure, f.period) == ("growth", "2023-M01..M02")


def test_series_compared_with_the_first_quarter():
    text = ("2023年上半年青川市经济运行情况分析\n\n"
            "分产业看，三次产业增加值分别增长3.1%、5.2%、6.0%，相比一季度2.0%、4.4%、5.1%均有所加快。\n")
    fs = facts_of(text)
    for v in (2.0, 4.4, 5.1):
        assert (one(fs, v).measure, one(fs, v).period) == ("growth", "2023-Q1"), v
    assert one(fs, 3.1).period == "2023-H1"


def test_share_compared_with_last_year_end_stays_a_share():
    text = ("2023年上半年青川市经济运行情况分析\n\n上半年，全市城镇化率为62.0%，较上年末的61.2%提高0.8个百分点。\n")
    assert one(facts_of(text), 61.2).measure == "share"


# ------------------------------------------------------------------ 预计全年 in the review of a report given in January

def test_january_report_estimate_of_the_reviewed_year_is_actual():
    text = ("政府工作报告\n\n2020年1月8日在东坡县第十七届人民代表大会第四次会议上\n\n县长 王某某\n\n各位代表：\n\n"
            "一、过去一年工作回顾\n\n过去一年，全县上下砥砺奋进。预计全年地区生产总值增长6.2%，一般公共预算收入完成12.3亿元。\n\n"
            "二、今年工作安排\n\n今年全县地区生产总值增长6%左右。\n")
    fs = facts_of(text)
    for v in (6.2, 12.3):
        f = one(fs, v)
        assert (f.kind, f.period) == ("actual", "2019"), (v, f.kind, f.period)
    assert (one(fs, 6).kind, one(fs, 6).period) == ("target", "2020")


def test_may_report_forecast_of_its_year_is_an_estimate_of_that_year():
    text = ("青岚市重点项目建设进展情况\n2024年5月12日\n"
            "1-4月，全市重点项目完成投资186亿元。预计全年实施项目2600个，年度计划投资900亿元。\n")
    fs = facts_of(text)
    # (session 28: the year not over in May is forecast, a target; was actual)
    assert (one(fs, 2600).kind, one(fs, 2600).period, one(fs, 2600).estimated) == ("target", "2024", True)


# ------------------------------------------------------------------ a list's size before its plan for the year

def test_list_size_followed_by_its_years_plan_under_a_cutoff_is_the_years():
    text = ("东坡县重点项目9月份进展通报\n\n发布日期：2023-10-08\n\n"
            "截至9月底，全县省、市、县重点项目150个，年度计划投资60亿元，累计完成投资45亿元，占年度计划的75%。\n")
    assert periods_of(text, (150, 60, 45)) == {150: "2023", 60: "2023", 45: "..2023-M09"}


def test_list_size_written_before_levels_joined_by_a_comma_of_enumeration():
    text = ("青川市重点项目建设提速\n\n发布日期：2020-08-03\n\n"
            "今年以来，全市重点项目建设提速推进。截至7月底，全市283个省、市重点项目完成投资606.98亿元，占年度计划的64.1%。"
            "其中：10个项目建成投用，246个项目正在紧张建设。\n")
    # (the works that did it by the cut-off: a bare count heading its clause of work, test_time_spans)
    assert periods_of(text, (283, 606.98, 10, 246)) == {
        283: "..2020-M07", 606.98: "..2020-M07", 10: "..2020-M07", 246: "..2020-M07"}


def test_list_size_before_its_years_target_amount():
    text = ("岚溪县重点项目进展情况\n\n发布日期：2023-10-10\n\n"
            "截至9月底，全县重点项目92个，年度目标投资48亿元，完成投资31亿元。\n")
    assert periods_of(text, (92, 48, 31)) == {92: "2023", 48: "2023", 31: "..2023-M09"}


def test_a_lists_size_before_its_named_target_amount_is_no_target():
    text = ("岚溪县重点项目推进情况\n\n发布日期：2023-10-12\n\n"
            "纳入攻坚的45个项目年度目标投资48亿元，1-9月完成31亿元，完成年度目标的64.6%。\n")
    fs = facts_of(text)
    assert (one(fs, 45).kind, one(fs, 45).period) == ("actual", "2023")
    assert (one(fs, 48).kind, one(fs, 48).period) == ("actual", "2023")


def test_a_target_under_a_monthly_reports_title_is_the_years():
    text = ("东坡县重点项目9月份推进情况通报\n\n发布日期：2023-10-12\n\n一、总体进展\n1-9月，全县重点项目完成投资42亿元。\n"
            "二、下一步工作\n全县将加大调度力度，确保重点项目完成投资60亿元以上，新开工项目力争达到30个。\n")
    assert periods_of(text, (42, 60, 30)) == {42: "2023-M01..M09", 60: "2023", 30: "2023"}


def test_a_group_named_by_a_long_class_of_works_is_of_the_span_its_work_is_told_in():
    text = ("岚溪省重点项目1—5月进展\n\n发布日期：2024-06-18\n\n"
            "1—5月，全省重点项目完成投资2100亿元。30个生态修复及水环境治理项目完成投资88亿元，年度投资完成率52%。\n")
    assert periods_of(text, (30, 88)) == {30: "2024-M01..M05", 88: "2024-M01..M05"}
