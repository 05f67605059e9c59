"""Times of figures a report states against a part or a list it names (sentences written for these tests): 一年来
under a review part that names its year, a subset of a list that did something in the time reported, a span's own plan
(1-6月计划新开工…), 目前 opening a clause of its own, a count of firms fostered that is no list of works."""
from __future__ import annotations

import pytest

from factrun import facts_of, one

# a report given at the end of the year it reviews, its review part naming that year
YEAR_END_REPORT = ("岚溪县人民政府工作报告\n\n——2022年12月26日在岚溪县第十八届人民代表大会第二次会议上\n\n各位代表:\n\n"
                   "现在,我代表县人民政府向大会报告工作,请予审议。\n\n一、2022年工作回顾\n\n"
                   "一年来,全县地区生产总值实现86亿元,增长6.5%。过去一年,一般公共预算收入完成7.2亿元。\n\n"
                   "二、2023年工作安排\n\n2023年全县地区生产总值增长7%左右。\n")
# a summary that names no day, its review part naming its year
SUMMARY = ("青河镇2021年工作总结和2022年工作计划\n\n一、2021年工作总结\n\n"
           "一年来,全镇完成固定资产投资3.6亿元,新增市场主体420户。\n\n二、2022年工作计划\n\n"
           "2022年,力争完成固定资产投资4亿元。\n")
# a report given the year after, as usual: the review part's year is the year before either way
USUAL_REPORT = ("政府工作报告\n\n——2023年2月10日在岚山市第九届人民代表大会第三次会议上\n\n各位代表:\n\n"
                "一、2022年工作回顾\n\n过去的一年,全市地区生产总值完成512亿元,增长5.1%。\n\n"
                "二、2023年主要目标\n\n全市地区生产总值增长6%。\n")


@pytest.mark.parametrize("text, value, period", [
    (YEAR_END_REPORT, 86, "2022"), (YEAR_END_REPORT, 6.5, "2022"), (YEAR_END_REPORT, 7.2, "2022"),
    (YEAR_END_REPORT, 7, "2023"),
    (SUMMARY, 3.6, "2021"), (SUMMARY, 420, "2021"),
    (USUAL_REPORT, 512, "2022"), (USUAL_REPORT, 5.1, "2022"), (USUAL_REPORT, 6, "2023"),
])
def test_a_year_gone_by_under_a_review_part_naming_its_year_is_that_year(text, value, period):
    assert one(facts_of(text), value).period == period


# a half-year bulletin: the plan list's size is the year's, what its members did and the span's own plan are the span's
HALF_YEAR_BULLETIN = ("岚山市2023年上半年重点项目建设情况通报\n\n"
                      "今年以来,全市120个计划新开工项目中,75个项目已开工建设,占计划新开工项目的62.5%。"
                      "1-6月计划新开工项目58个,目前已开工项目49个,开工率84.5%。\n")
# a county's monthly news: the span's own plan in a news item, 目前 in its own clause
COUNTY_NEWS = ("青川县重点项目建设提速\n\n2024年10月12日\n\n记者从县发改局获悉,"
               "1-9月计划新开工项目40个,目前已开工项目36个,开工率90%。全县86个重点项目中,62个项目顺利开工。\n")


@pytest.mark.parametrize("text, value, period", [
    (HALF_YEAR_BULLETIN, 120, "2023"),  # the list's size: its year
    (HALF_YEAR_BULLETIN, 75, "2023-H1"), (HALF_YEAR_BULLETIN, 62.5, "2023-H1"),  # its members started in the span
    (HALF_YEAR_BULLETIN, 58, "2023-M01..M06"),  # the plan of 1-6月, written right before the plan word
    (COUNTY_NEWS, 40, "2024-M01..M09"),
    (COUNTY_NEWS, 36, "2024"), (COUNTY_NEWS, 90, "2024"),  # 目前 in a dated news item: the document's year
    (COUNTY_NEWS, 86, "2024"), (COUNTY_NEWS, 62, "2024-M01..M09"),  # (the span the news stated, carried on)
])
def test_counts_after_a_list_take_the_time_they_did_it_in(text, value, period):
    assert one(facts_of(text), value).period == period


def test_a_cutoff_of_the_same_clause_still_dates_a_status():
    # 1-8月,…,截止目前已超出时序进度…: the span is the report's cut-off, the pace is of it
    text = "岚溪县2023年1-8月重点项目进展\n\n1-8月,全县重点项目完成投资36亿元,截止目前已超出时序进度6个百分点。\n"
    assert one(facts_of(text), 6).period == "2023-M01..M08"


# a half-year speech: firms fostered in the span and their share of the year's plan are the span's
HALF_YEAR_SPEECH = ("在全县上半年经济运行分析会上的讲话\n\n(2021年7月12日)\n\n同志们:\n\n一、上半年经济运行情况\n\n"
                    "1—6月,全县地区生产总值完成45亿元,增长9%。新培育规上企业10户、完成年度计划的80%;新增市场主体1200户。\n")


@pytest.mark.parametrize("value", [10, 80, 1200])
def test_firms_fostered_in_a_span_are_of_the_span(value):
    f = one(facts_of(HALF_YEAR_SPEECH), value)
    assert (f.kind, f.period) == ("actual", "2021-M01..M06")
