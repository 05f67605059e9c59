"""Places each written with its figure in brackets, the measure named once before the list or after it
(甲市(5.1%)、乙市(4.9%)、丙市(-0.6%)3个市增速高于全省 / 投资增速排前三的是甲县(15.2%)、乙县(12.6%)): each figure is its
place's, a growth when the head names a rate of change, a share when it names a share (贡献率), measuring what the head
names or the whole reported before the list; a 分别 list later in the sentence goes on over the same places.  A bracket
writing its change verb (甲市(增长5.1%)) is a growth, and a bracket holding an amount and a per cent (甲市(402.3亿元
同比增长5.2%)) gives the place the whole's amount and its growth.  A figure
in brackets after the wider place or the earlier time a figure is compared with (高于全国(6.1%)、全省(8.2%)平均水平,
较去年同期(5.2%)) is that place's or that time's figure of the compared measure.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_list_with_its_predicate_after_it():
    _, ex = context_of("湖南省2023年前三季度经济运行情况\n前三季度，全省地区生产总值增长4.5%。分市州看，长沙市(5.1%)、"
                       "株洲市(4.9%)、湘潭市(-0.6%)3个市增速高于全省。\n")
    # 湘潭市(-0.6%): the figure without its sign (no gold value is negative; the sign told the measure, a growth)
    for value, place in ((5.1, "长沙市"), (4.9, "株洲市"), (0.6, "湘潭市")):
        f = one(ex.facts, value)
        assert (f.subject, f.measure, f.indicator) == (place, "growth", "地区生产总值")
    assert not [f for f in ex.facts if f.value == 3]


def test_a_list_after_a_ranking_head():
    _, ex = context_of("贵州省2019年1-9月固定资产投资情况\n1—9月，全省固定资产投资同比增长8.1%。从各市州看，投资增速"
                       "排前三位的分别是铜仁市(12.4%)、毕节市(11.2%)和六盘水市(9.8%)。\n")
    for value, place in ((12.4, "铜仁市"), (11.2, "毕节市"), (9.8, "六盘水市")):
        f = one(ex.facts, value)
        assert (f.subject, f.measure, f.indicator) == (place, "growth", "固定资产投资增速")


def test_shares_of_a_list_and_the_spread_list_after_them():
    _, ex = context_of("襄阳市2021年上半年县域经济分析\n上半年，各县市区对全市经济增长的贡献率分别为枣阳市(31.2%)、"
                       "宜城市(25.4%)和南漳县(8.3%)，拉动全市经济增长分别为2.6、2.1和0.7个百分点。\n")
    for value, place in ((31.2, "枣阳市"), (25.4, "宜城市"), (8.3, "南漳县")):
        f = one(ex.facts, value)
        assert (f.subject, f.measure) == (place, "share")
        assert "贡献率" in f.indicator and place not in f.indicator
    assert [one(ex.facts, v).subject for v in (2.6, 2.1, 0.7)] == ["枣阳市", "宜城市", "南漳县"]


def test_the_wider_places_figures_compared_with():
    _, ex = context_of("岳阳市2022年1-6月固定资产投资运行简析\n上半年，全市固定资产投资同比增长9.6%，分别高于全国(6.1%)、"
                       "全省(8.2%)平均水平3.5个和1.4个百分点。\n")
    nation, province = one(ex.facts, 6.1), one(ex.facts, 8.2)
    assert (nation.subject, nation.measure, nation.indicator) == ("全国", "growth", "固定资产投资")
    assert (province.subject, province.measure, province.indicator) == ("湖南省", "growth", "固定资产投资")


def test_the_wider_place_written_inside_the_brackets_with_its_figure():
    # 同比增长8.2%(全市9.4%): the city's growth of the same measure in the same months, not a share of the county's
    _, ex = context_of("沅陵县2024年1-5月经济运行简况\n1-5月，全县规模以上工业增加值同比增长8.2%(全市9.4%)，"
                       "全县社会消费品零售总额21.6亿元，同比增长5.1%（全市6.3%）。\n")
    for value, compared in ((9.4, 8.2), (6.3, 5.1)):
        city, county = one(ex.facts, value), one(ex.facts, compared)
        assert (city.subject, city.measure, city.period) == ("怀化市", "growth", county.period)
        assert city.indicator == county.indicator and county.subject == "沅陵县"


def test_the_earlier_times_figure_compared_with():
    _, ex = context_of("宜宾市2024年一季度工业运行情况\n一季度，全市规模以上工业增加值同比增长9.3%，较去年同期(5.2%)"
                       "提高4.1个百分点。\n")
    before = one(ex.facts, 5.2)
    assert (before.subject, before.measure, before.period) == ("宜宾市", "growth", "2023-Q1")
    assert before.indicator == one(ex.facts, 9.3).indicator


def test_a_bracketed_list_naming_no_rate_keeps_its_counts():
    _, ex = context_of("岳阳市2024年重点项目建设进展\n截至6月底，全市新开工项目42个，其中平江县(12个)、汨罗市(8个)。\n")
    assert one(ex.facts, 12).measure == "count"
    assert one(ex.facts, 8).measure == "count"


def test_brackets_writing_their_change_verb():
    _, ex = context_of("湖南省2023年前三季度经济运行情况\n前三季度，全省地区生产总值增长4.5%。分市州看，长沙市(增长5.1%)、"
                       "株洲市(增长4.9%)、湘潭市(下降0.6%)增速居前。\n")
    for value, place in ((5.1, "长沙市"), (4.9, "株洲市"), (0.6, "湘潭市")):
        f = one(ex.facts, value)
        assert (f.subject, f.measure, f.indicator) == (place, "growth", "地区生产总值")


def test_an_amount_and_its_growth_in_each_places_bracket():
    _, ex = context_of("三明市2023年前三季度经济运行简况\n前三季度，全市实现地区生产总值2210.5亿元，同比增长4.1%。\n"
                       "各县(市、区)完成情况：\n永安市(402.3亿元 同比增长5.2%)、沙县区(301.6亿元 4.4%)、尤溪县(268.1亿元 3.9%)。\n")
    for amount, rate, place in ((402.3, 5.2, "永安市"), (301.6, 4.4, "沙县区"), (268.1, 3.9, "尤溪县")):
        a, g = one(ex.facts, amount), one(ex.facts, rate)
        assert (a.subject, a.measure, a.indicator) == (place, "level", "地区生产总值")
        assert (g.subject, g.measure, g.indicator) == (place, "growth", "地区生产总值")


def test_counts_in_the_brackets_of_a_rate_head_stay_counts():
    _, ex = context_of("岳阳市2024年上半年重点项目建设情况\n上半年，新开工项目增速较快的是平江县(12个)、汨罗市(8个)和"
                       "临湘市(6个)。\n")
    for value, place in ((12, "平江县"), (8, "汨罗市"), (6, "临湘市")):
        f = one(ex.facts, value)
        assert (f.subject, f.measure, f.indicator) == (place, "count", "新开工项目")


def test_a_second_list_whose_head_is_cut_short_measures_what_the_first_does():
    """甲市(…)、乙市(…)2个市规上工业增加值增速高于全省平均水平;丙市(…)、丁市(…)3个市低于全省平均水平: the second
    head says only how its places compare, so they measure what the first list's places do."""
    _, ex = context_of("湖南省2021年1-10月工业运行情况\n1-10月，全省规模以上工业增加值同比增长7.4%。\n\n长沙市(9.9%)、"
                       "株洲市(8.6%)2个市规上工业增加值增速高于全省平均水平；湘潭市(5.4%)、衡阳市(4.2%)、邵阳市(-1.8%)"
                       "3个市低于全省平均水平。\n")
    for value, place in ((9.9, "长沙市"), (8.6, "株洲市"), (5.4, "湘潭市"), (4.2, "衡阳市"), (1.8, "邵阳市")):
        f = one(ex.facts, value)
        assert (f.subject, f.measure, f.indicator) == (place, "growth", "规上工业增加值")


def test_a_list_after_a_figure_compared_with_the_country():
    """高于全国平均水平(4.1%): the country's figure in brackets is what the whole was compared with, not a whole the
    list of places after it parts."""
    _, ex = context_of("湖南省2021年1-10月工业运行情况\n1-10月，全省规模以上工业增加值同比增长7.4%，高于全国平均水平"
                       "(4.1%)3.3个百分点。分市州看，长沙市(9.9%)、株洲市(8.6%)、湘潭市(7.9%)规上工业增加值增速高于全省"
                       "平均水平。\n")
    for value, place in ((9.9, "长沙市"), (8.6, "株洲市"), (7.9, "湘潭市")):
        f = one(ex.facts, value)
        assert (f.subject, f.measure, f.indicator) == (place, "growth", "规上工业增加值")


def test_a_list_whose_predicate_only_says_how_its_places_grew_parts_the_whole_before_the_parts():
    """…实现正增长 / 保持两位数增长: the words after the list only say how the places grew; what grew is the whole the
    paragraph reported, not a part 其中 opened after it."""
    for tail in ("实现正增长", "保持两位数增长"):
        _, ex = context_of("云南省2024年1-9月经济运行简况\n1-9月,全省固定资产投资同比下降3.1%。其中,工业投资增长9.8%,"
                           f"制造业投资增长6.5%。从州市看,楚雄(增长10.1%)、普洱(6.3%)、丽江(4.4%){tail}。\n")
        for value, place in ((10.1, "楚雄"), (6.3, "普洱市"), (4.4, "丽江市")):
            f = one(ex.facts, value)
            assert (f.subject, f.measure, f.indicator) == (place, "growth", "固定资产投资")
