"""A release that states no year of its own but compares with the same span two years before and averages the growth
over the two years (比2019年同期增长8.1%,两年平均增长3.9%) is of the second year after the base (2021): the two
years' average fixes it.  A comparison with the same span alone (比2019年同期增长) fixes nothing.  Every text is
invented for these tests."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_half_compared_over_two_years_is_of_the_second_year_after_the_base():
    fs = facts_of("某市上半年经济运行情况\n上半年,全市地区生产总值完成1250亿元,比2019年同期增长8.1%,两年平均增长3.9%。\n")
    assert one(fs, 1250).period == "2021-H1"
    assert one(fs, 3.9).period == "2021-H1"


def test_a_countys_three_quarters_with_a_two_years_yearly_rate():
    fs = facts_of("某县前三季度工业经济\n前三季度,全县规上工业增加值比2019年同期增长12.4%,两年年均增长6.0%。\n")
    assert one(fs, 12.4).period == "2021-M01..M09"
