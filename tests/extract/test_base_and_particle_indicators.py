"""Indicators of figures a sentence writes as the bases of a comparison (增长5.6%,高于1—2月的2.7%、1—3月的3.2%: the
measure compared, at earlier times, not the month) and of figures a particle turns into a time for the next clause
(达11450元后,…: no 后 in the indicator).

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import context_of, one


def test_bases_of_a_comparison_measure_what_is_compared():
    _, ex = context_of("某省2023年1—9月经济运行情况\n\n1—9月，全省规上工业增加值增长5.6%，高于1—2月的2.7%、1—3月的3.2%。\n")
    assert one(ex.facts, 2.7).indicator == "规上工业增加值"
    f = one(ex.facts, 3.2)
    assert f.indicator == "规上工业增加值"
    assert f.measure == "growth"


def test_a_base_of_a_county_analysis_measures_the_investment():
    _, ex = context_of("某县上半年经济运行分析\n\n上半年，全县固定资产投资增长9.4%，快于一季度的6.1%。\n")
    assert one(ex.facts, 6.1).indicator == "固定资产投资"


def test_a_clause_final_particle_is_no_indicator():
    _, ex = context_of("某市2023年国民经济和社会发展统计公报\n\n全市城镇居民人均可支配收入达48650元后，继续保持较快增长。"
                       "全市地区生产总值突破3000亿元之后，增速保持在6%以上。\n")
    assert one(ex.facts, 48650).indicator == "城镇居民人均可支配收入"
    assert not one(ex.facts, 3000).indicator.endswith("后")
