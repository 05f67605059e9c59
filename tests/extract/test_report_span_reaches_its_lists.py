"""The report's span reaches the lists and parts it goes on to: a title's span without its year takes the year the body
names it with (前三季度 over 2023年前三季度,…), so the month parts below it are of that year; a list led by the year's
plan (年度计划投资完成率前3名的是:) or by what accrued (累计完成投资前3名的是:) is of the report's span, not of the year;
a time after a semicolon starts a statement of its own.  Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    # a provincial release: the title's 前三季度, the body's 2023年前三季度, a month's part and its change
    ("甲省前三季度生产总值增长5.1%\n\n甲省统计局10月21日发布的数据显示,2023年前三季度,甲省地区生产总值完成9800亿元,"
     "同比增长5.1%。其中,9月份规模以上工业增加值增长6.2%,比8月份提高1.3个百分点。\n",
     {9800: "2023-M01..M09", 6.2: "2023-M09", 1.3: "2023-M09"}),
    # a county's note: its 上半年 in the title, the year in the body, a quarter's part
    ("乙县上半年农业生产稳中有进\n\n2025年上半年,乙县粮食播种面积完成32万亩。其中,二季度新建高标准农田1.5万亩。\n",
     {32: "2025-H1", 1.5: "2025-Q2"}),
])
def test_a_titles_span_takes_the_year_the_body_names_it_with(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # a list led by the year's plan named before its measure, and one led by what accrued, after a clause on the plan
    ("今年前5个月\n\n记者从省发展改革委获悉,今年前5个月,全省重大项目累计完成投资420亿元。\n"
     "分领域看,6个领域年度计划投资稳步推进,年度计划投资完成率前3名的领域是:能源45.2%、交通38.1%、水利30.5%。"
     "累计完成投资前3名的领域是:交通120.5亿元、能源98.2亿元、水利60.6亿元。\n",
     {45.2: "?-M01..M05", 30.5: "?-M01..M05", 120.5: "?-M01..M05", 60.6: "?-M01..M05"}),
])
def test_a_list_led_by_the_plan_or_by_what_accrued_is_of_the_reports_span(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # the months counted after the semicolon are the next statement's, not the count's before it
    ("丙省1-4月重大项目建设进展顺利\n\n1-4月,丙省重大项目累计完成投资300亿元。分市州看,甲市、乙市等6个市投资完成率"
     "高于全省平均水平;丁市4月完成投资额超过其前3个月累计完成投资额。\n",
     {300: "?-M01..M04", 6: "?-M01..M04"}),
])
def test_a_time_after_a_semicolon_is_its_own_statements(text, values):
    assert periods_of(text, values) == values
