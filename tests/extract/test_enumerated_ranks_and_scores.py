"""Ranks and scores given in a row to places listed before them: every member of the list is a figure as its first is
(得分分别为82.9分、79.6分、76.5分: the later scores, after 、, are as much scores as the first after 为), ranks written
each with its 第 (分别位列全省第10、第9 / 分别为全省第1、第3和第2) are one list spread over the places, each named as a
single rank is (the measure, the scope, 排名); a span of places (排名第4-10名, 居第11至15位) is bounded both ways, and a
bottom band after 在 (均在后20名) is a rank band.  Sentences written for these tests."""
from __future__ import annotations

from factrun import facts_of

HEAD = "曲靖市2024年第二季度营商环境考核情况通报\n各县(市、区)人民政府:\n2024年第二季度,"


def of(fs, measure):
    return [(f.value, f.comparator, f.subject, f.indicator) for f in fs if f.measure == measure]


def test_later_scores_of_a_list_after_dunhao_are_scores_too():
    fs = facts_of(HEAD + "陆良县、师宗县、罗平县考核得分分别为86.4分、81.2分、77.5分。\n")
    got = [(f.value, f.unit, f.subject, f.indicator) for f in fs if f.unit == "分"]
    assert got == [(86.4, "分", "陆良县", "考核得分"), (81.2, "分", "师宗县", "考核得分"),
                   (77.5, "分", "罗平县", "考核得分")]


def test_two_scores_joined_by_he_in_a_district_bulletin():
    fs = facts_of("某市2023年度城市管理考评结果\n2024年1月9日\n麒麟区、沾益区的综合得分分别为93分和88.5分。\n")
    assert [f.value for f in fs if f.unit == "分"] == [93, 88.5]


def test_ranks_each_written_with_di_are_spread_over_the_places():
    fs = facts_of(HEAD + "马龙区、宣威市营商环境便利度分别位列全省第12、第7。\n")
    assert of(fs, "rank") == [(12, "=", "马龙区", "营商环境便利度全省排名"),
                              (7, "=", "宣威市", "营商环境便利度全省排名")]


def test_three_ranks_with_the_last_joined_by_he():
    fs = facts_of(HEAD + "富源县、会泽县、麒麟区一般公共预算收入增速分别为全省第2、第5和第1。\n")
    assert [(v, s) for v, _, s, _ in of(fs, "rank")] == [(2, "富源县"), (5, "会泽县"), (1, "麒麟区")]
    assert {i for *_, i in of(fs, "rank")} == {"一般公共预算收入增速全省排名"}


def test_ordinals_before_a_noun_joined_by_he_are_still_no_ranks():
    fs = facts_of(HEAD + "全市第一、第二和第三产业投资分别增长3.1%、4.2%和5.3%,居全省第4位。\n")
    assert [f.value for f in fs if f.measure == "rank"] == [4]


def test_a_span_of_places_is_bounded_both_ways():
    fs = facts_of(HEAD + "师宗县综合排名第4-10名,罗平县综合得分排在全省第11至15位。\n")
    got = [(f.value, f.comparator, f.subject) for f in fs if f.measure == "rank"]
    assert got == [(4, ">=", "师宗县"), (10, "<=", "师宗县"), (11, ">=", "罗平县"), (15, "<=", "罗平县")]


def test_a_span_from_the_first_place_is_the_top_band():
    fs = facts_of(HEAD + "陆良县综合排名第1-5名。\n")
    assert [(f.value, f.comparator) for f in fs if f.measure == "rank"] == [(5, "<=")]


def test_a_span_written_out_with_di_twice():
    fs = facts_of(HEAD + "会泽县营商环境指数居全省第4位至第7位。\n")
    assert [(f.value, f.comparator) for f in fs if f.measure == "rank"] == [(4, ">="), (7, "<=")]


def test_a_bottom_band_after_zai_is_a_rank():
    fs = facts_of(HEAD + "宣威市、富源县多项指标均在全省后20名。\n")
    got = [(f.value, f.comparator) for f in fs if f.value == 20]
    assert got == [(20, "<=")] and [f.measure for f in fs if f.value == 20] == ["rank"]
