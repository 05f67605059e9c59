"""A per cent alone in brackets after the name of an amount (地区生产总值(6.8%), 一般公共预算收入(11.5%)) is how much the
amount grew: an amount is no proportion.  The bracketed figures of the places a rate of change is compared with
(增速高于乙市(-0.5%)、丙市(1.2%),低于全国(4.6%)) are those places' rates of change, signed or not.  A run the clause
names as shares (结构, 比重, 占) stays shares (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_bracketed_rate_of_an_amount_is_growth():
    fs = facts_of("甲市2025年上半年经济运行情况\n上半年,全市六项重点指标进度良好。地区生产总值(6.8%)和"
                  "规模以上工业增加值(10.2%)增速均快于年度目标,一般公共预算收入(11.5%)完成全年预算的56%。\n")
    assert [one(fs, v).measure for v in (6.8, 10.2, 11.5)] == ["growth"] * 3
    assert one(fs, 56).measure == "share"


def test_bracketed_rates_of_compared_places_are_growth():
    fs = facts_of("甲市2025年上半年经济运行情况\n上半年,全市社会消费品零售总额512.3亿元,同比增长3.1%。增速高于乙市(-0.5%)、"
                  "丙市(1.2%)、丁市(2.2%),低于全国(4.6%)、全省(3.8%)。\n")
    assert [one(fs, v).measure for v in (1.2, 2.2, 4.6, 3.8)] == ["growth"] * 4


def test_bracketed_shares_stay_shares():
    fs = facts_of("甲市2025年经济运行情况\n全市三次产业增加值结构为第一产业增加值(8.1%)、第二产业增加值(40.2%)、"
                  "第三产业增加值(51.7%)。城镇化率(63.5%)比上年提高1.1个百分点。\n")
    assert [one(fs, v).measure for v in (8.1, 40.2, 51.7, 63.5)] == ["share"] * 4
