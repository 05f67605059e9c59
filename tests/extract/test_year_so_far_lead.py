"""今年以来 says "the year so far": in a text that reports a span from January within the year (一季度, 1-5月,
上半年), a sentence opening with it, and the sentences of its paragraph after it, report that span, not the whole
year (今年以来,全县春耕有序推进,…播种面积… in an analysis of 一季度 → the quarter).  In a text of the whole year it
stays the year.

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import periods_of


def test_a_quarter_analysis_opening_a_paragraph_with_the_year_so_far():
    text = ("2025年一季度全县经济运行情况\n"
            "发布时间：2025-04-22\n"
            "一季度,全县实现地区生产总值36.4亿元,同比增长5.3%。\n"
            "今年以来,全县春耕生产有序推进,粮食意向种植面积28.6万亩,同比增长1.2%。工业生产稳步回升,"
            "规模以上工业增加值同比增长7.4%。\n")
    got = periods_of(text, (28.6, 1.2, 7.4))
    assert got == {28.6: "2025-Q1", 1.2: "2025-Q1", 7.4: "2025-Q1"}


def test_a_months_bulletin_with_a_year_so_far_sentence():
    text = ("1-5月全市招商引资工作进展情况\n"
            "发布时间：2024-06-12\n"
            "1-5月,全市招商引资到位资金86.2亿元,同比增长9.8%。\n"
            "今年以来,全市新签约亿元以上项目42个,协议总金额315亿元。\n")
    got = periods_of(text, (42,))
    assert got == {42: "2024-M01..M05"}


def test_a_year_end_summary_keeps_the_year():
    text = ("某县2024年工作总结\n"
            "发布时间：2024-12-20\n"
            "今年以来,全县新签约项目56个,同比增长12%。\n")
    got = periods_of(text, (56,))
    assert got == {56: "2024"}
