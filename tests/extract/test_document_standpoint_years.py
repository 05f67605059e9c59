"""The year a text stands in when it never dates itself: read from the years it names as the next one (明年(2026年),
初步安排2026年…项目), as the one opening after one closed (站在2025年新起点, 2025年开局良好), from the last day it
reports (2025年1月10日,…签订协议。截至目前,…), and of a rectification report given after the year it checked; and
the periods of lists of spans before 分别 (1-3月、1-9月分别增长…; 2-6月,累计增速分别为…).  Every text here is
invented for these tests (the places too)."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    # the next year's plan named by its number beside 明年: the text stands in the year before it
    ("某县交通运输局工作动态\n今年以来,全县新改建农村公路86公里。截至9月底,全县完成危桥改造12座。"
     "明年(2026年)计划新改建农村公路100公里,改造危桥18座。\n",
     {86: "2025", 12: "..2025-M09", 100: "2026", 18: "2026"}),
    ("某镇农业农村工作情况\n今年,全镇粮食总产量2.1万吨。2026年(明年),全镇将新建高标准农田2500亩。\n",
     {2.1: "2025", 2500: "2026"}),
    # a list drawn up for the year ahead beside this year's progress; its 年度 is the list's year
    ("某区发展和改革局关于重点项目谋划情况的汇报\n今年全区实施区级重点项目96项,截至目前累计完成投资52.3亿元。"
     "初步安排2026年区级重点项目110项,总投资380亿元,年度计划投资88亿元。\n",
     {96: "2025", 52.3: "2025", 110: "2026", 380: "2026", 88: "2026"}),
    # a headline writing out by its number the year the body calls 明年
    ("2026年全省将加快推进农村公路建设\n12月20日,省交通运输厅召开新闻发布会。明年全省计划新改建农村公路8000公里,"
     "完成危桥改造300座。\n",
     {8000: "2026", 300: "2026"}),
])
def test_a_year_named_as_the_next_is_not_the_texts_own(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # a year looked back on (回顾2024年) and the next named as just opening: the writer stands in the second
    ("某市外贸工作综述\n回顾2024年,全市实际利用外资完成3.6亿美元。站在2025年新起点,今年一季度全市实际利用外资1.1亿美元,"
     "同比增长12.5%。\n",
     {3.6: "2024", 1.1: "2025-Q1", 12.5: "2025-Q1"}),
    # a paragraph naming the year just closed, then the year opening by its number: its months are the new year's
    ("某镇项目建设开门红\n2024年是极不平凡的一年,全镇项目建设收官有力。2025年开局良好,1-2月全镇新开工项目9个,"
     "完成投资4.2亿元。去年全镇完成固定资产投资56亿元。\n",
     {9: "2025-M01..M02", 4.2: "2025-M01..M02", 56: "2024"}),
])
def test_a_year_named_as_opening_is_the_writers(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # the last day the text reports is of a later year than the one its figures name most: it is written then
    ("某镇招商工作动态\n1月6日,某镇召开招商引资总结会,2024年全镇签约项目22个,签约金额41亿元。2025年1月10日,"
     "某镇与某新材料公司签订投资协议。截至目前,全镇今年已洽谈项目7个。\n",
     {22: "2024", 41: "2024", 7: "2025"}),
    # a day planned or a rule's start dates nothing the text has reported
    ("某县项目建设动态\n2024年,全县重点项目完成投资85亿元。项目计划于2025年6月30日前建成投产,2025年1月1日起施行新的管理办法。"
     "截至目前,全县今年已开工项目12个。\n",
     {85: "2024", 12: "2024"}),
])
def test_the_last_day_reported_dates_the_text(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # a report on putting right what an audit of a year found, given the next year: findings of the year audited,
    # the state of the work at the report's date
    ("关于2024年度县本级预算执行和其他财政收支审计查出问题整改情况的报告\n(2025年11月26日)\n"
     "2024年度县本级预算执行审计共查出问题38项,涉及金额2.7亿元。截至报告日,已整改33项,整改率86.8%,整改金额2.1亿元。\n",
     {38: "2024", 2.7: "2024", 33: "2025", 86.8: "2025", 2.1: "2025"}),
])
def test_a_rectification_report_stands_at_its_date(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # a range of months whose sums so far are listed one a month: each from January to its month
    ("某县2025年1-6月工业经济运行简况\n2-6月,全县规模以上工业增加值累计增速分别为5.1%、5.6%、6.0%、6.4%、6.9%。\n",
     {5.1: "2025-M01..M02", 5.6: "2025-M01..M03", 6.0: "2025-M01..M04", 6.4: "2025-M01..M05",
      6.9: "2025-M01..M06"}),
    # a list of spans, one value each
    ("某省2025年前三季度外贸运行情况\n1-3月、1-9月,全省进出口总额分别增长4.4%、6.3%。"
     "一季度、上半年和前三季度,全省出口分别增长3.9%、4.8%、5.6%。\n",
     {4.4: "2025-M01..M03", 6.3: "2025-M01..M09", 3.9: "2025-Q1", 4.8: "2025-H1", 5.6: "2025-M01..M09"}),
    # spans compared with are no times of the values: the year's
    ("某市2025年国民经济和社会发展统计公报\n全年全市地区生产总值增长6.1%,增速较一季度、上半年分别提高1.2个、0.6个百分点。\n",
     {1.2: "2025", 0.6: "2025"}),
])
def test_a_list_of_spans_gives_each_value_its_own(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # 年度 after a list named by its year, in a text of another year: that year's plan
    ("某县重点项目计划编制情况\n发布时间:2025-12-18\n2026年全县计划实施县级重点项目158项,总投资420亿元,年度计划投资95亿元。\n",
     {158: "2026", 420: "2026", 95: "2026"}),
    ("某省重点项目建设情况\n发布时间:2025-03-10\n今年全省安排重点项目1600个。另据统计,2024年全省重点项目1500个,"
     "其中在建项目1100个,年度计划投资4200亿元。\n",
     {1600: "2025", 1500: "2024", 4200: "2024"}),
])
def test_the_year_of_a_named_list_dates_its_annual_plan(text, values):
    assert periods_of(text, values) == values
