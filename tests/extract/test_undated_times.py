"""A text that never names its year still names its months: what it reports keeps them, with "?" for the year
(?-M01..M05, ?-H1, ?-M05..M06), never a bare "?".  Every text is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text,values,period", [
    # a safety drive over days of two months, its counts in the same sentence
    ("岚溪县开展安全生产大检查\n4月25日至5月31日,岚溪县开展安全生产大检查,共检查企业356家,排查隐患820处。\n",
     (356, 820), "?-M04..M05"),
    # a clean-up drive whose results follow in a paragraph of their own
    ("东坪区开展燃气安全专项排查\n9月20日至10月15日,区住建局联合区应急管理局开展燃气安全专项排查。\n"
     "排查期间,共检查餐饮场所412家,发现隐患96处。\n", (412, 96), "?-M09..M10"),
    # a tour of inspection of the party over two months
    ("关于第二轮巡察情况的通报\n11月3日至12月12日,县委第二轮巡察组对县直单位开展常规巡察,共发现问题58个,"
     "移交问题线索4件。\n", (58, 4), "?-M11..M12"),
    # no inspection: a season's visitors over the days of two months
    ("青川县文旅市场持续火热\n7月15日至8月31日,青川县共接待游客86万人次,实现旅游收入5.2亿元。\n", (86, 5.2),
     "?-M07..M08"),
])
def test_days_over_two_months_keep_their_months_when_the_year_is_unknown(text, values, period):
    fs = facts_of(text)
    assert [one(fs, v).period for v in values] == [period] * len(values)


def test_days_over_two_months_on_a_dated_page_stay_its_year():
    fs = facts_of("岚溪县开展安全生产大检查\n2025-06-05\n4月25日至5月31日,岚溪县开展安全生产大检查,共检查企业356家,"
                  "排查隐患820处。\n")
    assert one(fs, 356).period == "2025"


@pytest.mark.parametrize("text,values,period", [
    # a signing ceremony on a day, its class in a paragraph, the counties' share in the next
    ("乙市举行重点项目集中签约仪式\n8月12日,乙市举行重点项目集中签约仪式,共签约项目48个,总投资320亿元。\n"
     "其中,工业项目30个,总投资210亿元。\n各县区签约项目41个,总投资260亿元。\n", (41,), "?-M08"),
    # a completion ceremony, its batch told after 据悉 in the next paragraph
    ("东坪区重大项目集中竣工投产\n9月26日,东坪区举行重大项目集中竣工投产仪式。\n据悉,竣工投产项目12个,总投资38亿元。\n",
     (12,), "?-M09"),
])
def test_an_events_day_dates_what_it_did_when_the_year_is_unknown(text, values, period):
    # (a project event's batch is of the day's month, its year here unknown: the lead's ruling of session 41, as
    # sessions 27 and 30 had it; session 32 gave the day's year, ?)
    fs = facts_of(text)
    assert [one(fs, v).period for v in values] == [period] * len(values)
    assert one(fs, {"?-M08": 260, "?-M09": 38}[period]).period == "?"  # (总投资: the unknown year, session 41)


def test_a_time_of_its_own_after_the_event_is_not_the_events():
    fs = facts_of("东坪区重大项目集中竣工投产\n9月26日,东坪区举行重大项目集中竣工投产仪式。\n据悉,竣工投产项目12个,"
                  "总投资38亿元。\n今年以来,全区累计签约项目120个,总投资460亿元。\n")
    assert one(fs, 12).period == "?-M09"  # (the event's day's month, its year unknown: the lead's ruling of session 41)
    assert one(fs, 120).period == "?"


@pytest.mark.parametrize("text,value,period", [
    # a part of a month opening a progress item's clause, the year unknown
    ("青川县招商引资简况\n5月上旬,全县新签约项目6个,协议金额12亿元。\n", 6, "?-M05"),
    # the same on a dated page
    ("青川县招商引资简况\n2024-06-20\n5月上旬,全县新签约项目6个,协议金额12亿元。\n", 12, "2024-M05"),
    # the last days of a month in a supervision notice
    ("关于重点项目推进情况的通报\n8月下旬,全区新开工项目7个,完成投资3.2亿元。\n", 7, "?-M08"),
])
def test_a_part_of_a_month_opening_its_clause_is_that_months(text, value, period):
    assert one(facts_of(text), value).period == period
