"""Ranked lists of places under a heading that names the measure and its time (weekly project bulletins, investment
notices): every item is its place's figure of the heading's measure, in the heading's time; places written short are
named as the gazetteer names them; places written one after another before one figure share it."""
from __future__ import annotations

from factrun import facts_of, one


def _items(fs, unit="个"):
    return {f.subject: f for f in fs if f.unit == unit and f.subject and "市" not in f.subject[-1:]
            or f.unit == unit and "、" in f.subject}


def test_weekly_bulletin_grouped_by_class_names_items_after_the_ordering_clause():
    fs = facts_of("怀化市重大项目建设周通报\n"
                  "本周(2023年9月4日至10日)新开工亿元以上项目数量从高到低，第一类县(市、区)依次为：溆浦6个，芷江3个，"
                  "辰溪、沅陵0个；第二类县(市、区)依次为：通道2个，会同1个。\n")
    six = one(fs, 6)
    assert six.subject == "溆浦县"
    assert six.indicator == "本周新开工亿元以上项目"
    assert six.period == "2023-M09"
    three = one(fs, 3)
    assert three.subject == "芷江"  # (an autonomous county as the page names it)
    assert three.indicator == "本周新开工亿元以上项目"
    shared = one(fs, 0)
    assert shared.subject == "辰溪县"  # one figure, two places: the first named
    assert shared.indicator == "本周新开工亿元以上项目"
    assert one(fs, 2).subject == "通道" and one(fs, 2).indicator == "本周新开工亿元以上项目"
    assert one(fs, 1).subject == "会同县"


def test_a_week_given_a_short_name_dates_the_lists_ranked_by_it():
    fs = facts_of("怀化市产业项目专项督查周通报\n2023年6月19日\n"
                  "截至6月15日，全市累计新开工产业项目212个，其中6月9日至6月15日(以下简称最近一周)新开工17个。\n"
                  "最近一周新开工产业项目数量从高到低，第一类县(市、区)依次为：洪江7个，中方4个，鹤城2个。\n")
    seven = one(fs, 7)
    assert seven.period == "2023-M06"
    assert seven.indicator == "最近一周新开工产业项目"
    assert seven.subject == "洪江市"
    assert one(fs, 4).period == "2023-M06" and one(fs, 4).subject == "中方县"


def test_a_bare_list_after_a_total_parts_the_total():
    fs = facts_of("2024年1-6月全市招商引资工作成效公示\n"
                  "1-6月份全市亿元以上新签约项目56个，分别为：船山区15个、安居区12个、射洪市11个、蓬溪县10个、大英县8个。\n")
    for value, place in ((15, "船山区"), (12, "安居区"), (11, "射洪市"), (8, "大英县")):
        f = one(fs, value)
        assert (f.subject, f.indicator, f.period) == (place, "亿元以上新签约项目", "2024-M01..M06")
    assert one(fs, 56).indicator == "亿元以上新签约项目"


def test_a_place_the_gazetteer_missed_among_known_ones_keeps_its_own_figure():
    fs = facts_of("怀化市重大项目建设周通报\n"
                  "本周(2023年9月4日至10日)新开工亿元以上项目数量从高到低，第一类县(市、区)依次为：溆浦6个，"
                  "怀化经开4个，芷江3个，辰溪2个。\n")
    four = one(fs, 4)
    assert four.subject == "怀化经开"  # not the place before it (溆浦县)
    assert four.indicator == "本周新开工亿元以上项目"
