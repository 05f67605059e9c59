"""A review of several years written early the next year ends with the year before: 2018年以来的五年 (2018年以来) in
a report delivered in January 2023 is 2018..2022, as 五年来 there already was, its flows over those years and its
states at their end (2022).  A multiple against a base year (是2017年的1.6倍) measures the end value against that
year's: a state at the span's end, the base year being the comparison, not the time; a change over the span
(累计下降18.3%, 年均增长7.5%) keeps the span.

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import periods_of


def test_years_since_in_a_january_report_end_with_the_year_before():
    text = ("某省政府工作报告\n"
            "——2023年1月12日在某省第十四届人民代表大会第一次会议上\n"
            "一、过去五年工作回顾\n"
            "2018年以来的五年,全省固定资产投资年均增长8.4%,常住人口城镇化率提高到63.7%。\n"
            "二、2023年工作安排\n")
    got = periods_of(text, (8.4, 63.7))
    assert got == {8.4: "2018..2022", 63.7: "2022"}


def test_a_multiple_of_a_base_year_is_a_state_at_the_reviews_end():
    text = ("某市政府工作报告\n"
            "——2023年2月6日在某市第十六届人民代表大会第一次会议上\n"
            "各位代表:\n"
            "五年来,全市经济总量突破2100亿元,是2017年的1.6倍,一般公共预算收入年均增长7.5%,"
            "万元地区生产总值能耗累计下降18.3%。\n")
    got = periods_of(text, (1.6, 7.5, 18.3))
    assert got == {1.6: "2022", 7.5: "2018..2022", 18.3: "2018..2022"}


def test_years_since_in_a_midyear_text_run_to_its_year():
    text = ("某县招商引资工作情况\n"
            "发布时间:2023-06-20\n"
            "2020年以来,全县累计引进亿元以上项目86个,到位资金年均增长12.6%。\n")
    got = periods_of(text, (12.6,))
    assert got == {12.6: "2020..2023"}


def test_since_the_congress_dates_its_own_clause_not_the_review():
    text = ("某省政府工作报告\n"
            "——2023年1月16日在某省第十四届人民代表大会第一次会议上\n"
            "一、过去五年工作回顾\n"
            "过去五年,全省地区生产总值年均增长6.4%。\n"
            "党的十八大以来,全省累计减贫412万人,农村居民人均可支配收入年均增长9.3%。\n"
            "全省城镇新增就业累计286万人。\n"
            "二、2023年工作安排\n")
    got = periods_of(text, (6.4, 412, 9.3, 286))
    assert got == {6.4: "2018..2022", 412: "2013..2022", 9.3: "2013..2022", 286: "2018..2022"}
