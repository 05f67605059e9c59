"""Two places written as two digit characters side by side (位列四五名: the fourth and the fifth) are two ranks, not
the positional 45 a year's digits are read as (numerals.joined_pair).  All texts are invented."""
from __future__ import annotations

from factrun import facts_of
from taizhang.extract.numerals import joined_pair


def test_joined_pair_reads_two_neighbours_only():
    assert joined_pair("四五") == (4.0, 5.0) and joined_pair("一二") == (1.0, 2.0)
    assert joined_pair("五四") is None and joined_pair("二〇") is None and joined_pair("四") is None
    assert joined_pair("二三五") is None and joined_pair("两三") is None


def test_two_places_ranked_side_by_side_are_two_ranks():
    text = ("岚山市2025年度营商环境评价结果通报\n\n"
            "2025年全市营商环境评价中，岚溪县和青川县位列四五名，河口县位列第六名。\n")
    ranks = sorted((f.value, text[f.vstart:f.vend], f.indicator) for f in facts_of(text) if f.measure == "rank")
    assert [r[:2] for r in ranks] == [(4, "四"), (5, "五"), (6, "六")]
    assert not any("四" in r[2] for r in ranks)


def test_a_county_report_ranking_two_measures():
    text = ("白沙县2026年政府工作报告\n\n"
            "过去一年，全县地区生产总值增长6.1%，一般公共预算收入增速和工业投资增速在全市分别排名七八名。\n")
    ranks = sorted(f.value for f in facts_of(text) if f.measure == "rank")
    assert ranks == [7, 8]
