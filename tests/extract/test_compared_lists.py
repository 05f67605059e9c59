"""分别 lists whose items are what one figure is compared with, and the points written 个 on every member:
- 较一季度、上半年和前三季度分别提高7.9个、3.4个和1.7个百分点: each value is the figure's change against the k-th time, in
  the figure's own time (not the first half's), measuring the figure's rate against that time;
- 分别高于全国、全省平均水平3.5个和1.4个百分点: each value is the figure's place's lead over the k-th place (not the wider
  place's figure), in the figure's time;
- 3.2个、1.5个、0.8个百分点: the unit written once at the end is every member's, however many write 个;
- 1—2月份,甲和乙分别增长5.2%和6.1%: a range of months is one span; only 每月 spreads its months over the values.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_points_written_with_ge_on_every_member():
    _, ex = context_of("某县2024年上半年重点项目推进情况通报\n上半年，全县重点项目开工率、竣工率、投资完成率分别高于"
                       "年初预期目标3.2个、1.5个、0.8个百分点。\n")
    for v in (3.2, 1.5, 0.8):
        f = one(ex.facts, v)
        assert (f.unit, f.measure, f.kind) == ("个百分点", "delta", "actual")


def test_a_figure_compared_with_a_list_of_earlier_times():
    _, ex = context_of("淮南市2023年工业经济运行情况\n2023年，全市规上工业增加值同比增长6.6%，较一季度、上半年和前三季度"
                       "分别提高7.9个、3.4个和1.7个百分点。\n")
    fs = [one(ex.facts, v) for v in (7.9, 3.4, 1.7)]
    assert [f.unit for f in fs] == ["个百分点"] * 3
    assert [f.period for f in fs] == ["2023"] * 3
    assert [f.indicator for f in fs] == ["规上工业增加值增速较一季度提高", "规上工业增加值增速较上半年提高",
                                         "规上工业增加值增速较前三季度提高"]


def test_a_figure_compared_with_a_list_of_wider_places():
    _, ex = context_of("朔州市2025年1-2月投资运行情况\n1—2月份，全市固定资产投资同比增长5.1%，分别高出全国、全省平均水平"
                       "1.0个和1.9个百分点。\n")
    nation, province = one(ex.facts, 1.0), one(ex.facts, 1.9)
    assert (nation.subject, nation.period, nation.indicator) == ("朔州市", "2025-M01..M02", "固定资产投资增速高出全国")
    assert (province.subject, province.period, province.indicator) == ("朔州市", "2025-M01..M02",
                                                                       "固定资产投资增速高出全省")


def test_a_range_of_months_is_one_span_of_a_spread_list():
    _, ex = context_of("朔州市2025年1-2月投资运行情况\n1—2月份，全市工业投资和民间投资分别增长5.2%和6.1%。\n")
    assert one(ex.facts, 5.2).period == one(ex.facts, 6.1).period == "2025-M01..M02"


def test_a_figure_compared_with_a_target_and_a_wider_place():
    """分别高于年度目标和全市平均 / 同比涨幅分别比全国平均水平、全省平均水平低: a target may be an item beside the wider
    place, and each item may write its own scope's tail; the list still makes one lead per item, the figure's."""
    _, ex = context_of("朔州市2024年经济运行情况\n2024年，全市地区生产总值增长6.8%，增速分别高于年度目标和全省平均"
                       "1.3和0.9个百分点。全市居民消费价格同比上涨0.6%，同比涨幅分别比全国平均水平、全省平均水平低"
                       "0.4个百分点和0.2个百分点。\n")
    target, province = one(ex.facts, 1.3), one(ex.facts, 0.9)
    assert (target.subject, target.period, target.indicator) == ("朔州市", "2024", "地区生产总值增速高于年度目标")
    assert (province.subject, province.indicator) == ("朔州市", "地区生产总值增速高于全省")
    nation, province = one(ex.facts, 0.4), one(ex.facts, 0.2)
    assert (nation.subject, nation.indicator) == ("朔州市", "居民消费价格增速比全国平均水平低")
    assert (province.subject, province.indicator) == ("朔州市", "居民消费价格增速比全省低")


def test_a_rate_compared_with_times_written_after_the_spread_word():
    """增速分别较1-3月、1-6月回落1.2、0.4个百分点 / 增幅分别比上年同期、上年全年提高: 分别 before the comparison, and the times
    (month spans in digits, 上年全年) between 较 and the verb; each value is the figure's change against the k-th time, in
    the figure's time, named by the figure's rate and the time (not 增速分别较 / 回落, nor the base's time)."""
    _, ex = context_of("朔州市2023年1-9月投资运行情况\n1-9月，全市固定资产投资同比增长5.2%，增速分别较1-3月、1-6月回落1.2、"
                       "0.4个百分点。\n")
    first, half = one(ex.facts, 1.2), one(ex.facts, 0.4)
    assert (first.period, first.indicator) == ("2023-M01..M09", "固定资产投资增速较1-3月回落")
    assert (half.period, half.indicator) == ("2023-M01..M09", "固定资产投资增速较1-6月回落")
    _, ex = context_of("朔州市2024年1-2月投资运行情况\n1-2月，全市工业投资126亿元，比上年同期增长12.5%，增幅分别比上年同期、"
                       "上年全年提高2.1和0.8个百分点。\n")
    assert [one(ex.facts, v).indicator for v in (2.1, 0.8)] == ["工业投资增幅比上年同期提高", "工业投资增幅比上年全年提高"]
    assert [one(ex.facts, v).period for v in (2.1, 0.8)] == ["2024-M01..M02"] * 2


def test_a_rate_set_above_a_list_of_earlier_times():
    """分别高于上年同期、上年全年6.2和5.6个百分点: the earlier times a rate leads, read as a list of wider places is (the
    second value had no name at all)."""
    _, ex = context_of("朔州市2024年1-2月投资运行情况\n1-2月，全市项目投资154亿元，增长22.2%，分别高于上年同期、上年全年"
                       "6.2和5.6个百分点。\n")
    assert [one(ex.facts, v).indicator for v in (6.2, 5.6)] == ["项目投资增速高于上年同期", "项目投资增速高于上年全年"]
    assert [one(ex.facts, v).period for v in (6.2, 5.6)] == ["2024-M01..M02"] * 2


def test_a_rate_compared_with_times_between_yu_and_xiangbi():
    """增幅与上年同期、上年全年相比回落3.6和9.1个百分点: as many times as values, paired in order with no 分别; each value
    is the rate's change against its time (not 增幅与同期 / 相比回落)."""
    _, ex = context_of("朔州市2024年1-2月投资运行情况\n1-2月，全市民间投资139亿元，增长11%，增幅与上年同期、上年全年相比"
                       "回落3.6和9.1个百分点。\n")
    assert [one(ex.facts, v).indicator for v in (3.6, 9.1)] == ["民间投资增幅比上年同期回落", "民间投资增幅比上年全年回落"]


def test_wider_places_listed_before_the_spreading_word_or_without_it():
    """增速比全国、全省分别高… / 高于全国、全省1.1个、0.4个百分点: 分别 after the places, or none at all when only wider
    places are listed, one for each value: still each value's lead over its own place.  (Invented county.)"""
    _, ex = context_of("青禾县2025年上半年经济运行简况\n上半年，全县服务业增加值增长5.9%，增速较全国、全市分别高"
                       "0.6个、1.3个百分点。全县快递业务收入增长6.7%，增幅高于全国、全市1.1个、0.4个百分点。\n")
    assert one(ex.facts, 0.6).indicator == "服务业增加值增速比全国高"
    assert one(ex.facts, 1.3).indicator == "服务业增加值增速比全市高"
    assert one(ex.facts, 1.1).indicator == "快递业务收入增速高于全国"
    assert one(ex.facts, 0.4).indicator == "快递业务收入增速高于全市"


def test_one_value_after_two_wider_places_is_no_list():
    _, ex = context_of("青禾县2025年上半年经济运行简况\n上半年，全县服务业增加值增长5.9%，高于全国、全市平均水平"
                       "0.8个百分点。\n")
    assert one(ex.facts, 0.8).measure == "delta"
