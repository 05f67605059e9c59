"""分别 lists: values spread over the places an earlier clause of the sentence lists (竣工较多的是A、B、C,分别为12、9、7个),
each place its own value; bare figures after 分别为 take the unit the words before them give (项目数分别为12、9、7: no unit
written, a count); two lists in one sentence each go over the same places; compressed coordinations (城镇、农村居民…分别为)
keep working.

Sentences are written for these tests; 眉山市 and its 东坡区/青神县/仁寿县/洪雅县/丹棱县 are real so the gazetteer knows them.
"""
from __future__ import annotations

import pytest

from factrun import facts_of, one


def _subjects(fs, values):
    return [one(fs, v).subject for v in values]


def test_a_ranking_then_spread_values_in_a_supervision_notice():
    fs = facts_of("眉山市2025年项目竣工情况通报\n全市竣工项目48个。竣工较多的是东坡区、仁寿县、青神县,分别为12个、9个、7个。\n")
    assert _subjects(fs, (12, 9, 7)) == ["东坡区", "仁寿县", "青神县"]
    assert one(fs, 9).indicator == "竣工"  # what the places were picked by
    assert one(fs, 48).subject == "眉山市"


def test_bare_whole_figures_spread_over_places_count():
    fs = facts_of("眉山市2025年签约项目情况\n签约较多的是东坡区、仁寿县,分别为15、11。投资较多的是东坡区、仁寿县,分别为45.2、38.1。\n")
    for v in (15, 11):
        assert (one(fs, v).unit, one(fs, v).measure) == ("", "count")
    assert one(fs, 45.2).measure == "level"


def test_a_ranking_named_with_依次_then_rates():
    fs = facts_of("眉山市2025年民生实事进展通报\n"
                  "排名后三位的县(区)依次为洪雅县、丹棱县、青神县,完成率分别为61.2%、58.7%、55.3%。\n")
    assert _subjects(fs, (61.2, 58.7, 55.3)) == ["洪雅县", "丹棱县", "青神县"]
    assert one(fs, 58.7).indicator == "完成率"


def test_bare_counts_after_分别为_in_a_kaigong_news():
    fs = facts_of("眉山市2025年一季度集中开工\n本次集中开工项目中,东坡区、仁寿县、青神县开工项目数分别为12、9、7。\n")
    for v, place in ((12, "东坡区"), (9, "仁寿县"), (7, "青神县")):
        f = one(fs, v)
        assert (f.subject, f.unit, f.measure) == (place, "", "count")


def test_two_lists_in_one_sentence_go_over_the_same_places():
    fs = facts_of("眉山市2025年项目推进情况\n1-10月,东坡区、仁寿县、青神县新开工项目数分别为12、9、7,"
                  "完成投资分别为45.2亿元、38.1亿元、20.6亿元。\n")
    assert _subjects(fs, (12, 9, 7)) == ["东坡区", "仁寿县", "青神县"]
    assert _subjects(fs, (45.2, 38.1, 20.6)) == ["东坡区", "仁寿县", "青神县"]
    assert one(fs, 38.1).indicator == "完成投资"


def test_a_second_list_of_shares_after_the_first():
    fs = facts_of("眉山市项目建设通报\n东坡区、仁寿县、青神县分别完成投资45.2亿元、38.1亿元、20.6亿元,"
                  "分别完成年度计划的88%、79%、70%。\n")
    assert _subjects(fs, (88, 79, 70)) == ["东坡区", "仁寿县", "青神县"]


def test_a_compressed_coordination_stays_the_whole_places():
    fs = facts_of("眉山市2025年经济运行情况\n全市城镇、农村居民人均可支配收入分别为45210元、21560元,分别增长5.1%、7.3%。\n")
    assert _subjects(fs, (45210, 21560, 5.1, 7.3)) == ["眉山市"] * 4
    assert one(fs, 21560).indicator == "农村居民人均可支配收入"


@pytest.mark.parametrize("sentence", [
    "全市共有重点项目36个,总投资分别为12.5亿元。",  # one value: no list
    "东坡区完成投资12亿元、仁寿县完成投资9亿元。",  # each place written with its own value
])
def test_no_spread_without_a_list_of_places_and_values(sentence):
    fs = facts_of("眉山市项目建设通报\n" + sentence + "\n")
    assert all("、" not in f.subject for f in fs)


@pytest.mark.parametrize("text", ["2025年分别为12、9", "分别为2025、2026年", "项目分别为3、5号楼"])
def test_bare_figures_only_in_a_list_that_ends_at_punctuation(text):
    fs = facts_of("眉山市项目建设通报\n" + text + "\n")
    assert not [f for f in fs if f.unit == "" and f.value in (2025, 2026, 3, 5)]


def test_the_values_of_one_list_hold_in_one_time():
    fs = facts_of("眉山市2025年项目推进情况\n1-10月,东坡区、仁寿县、青神县新开工项目分别为12个、9个、7个,"
                  "完成投资分别为45.2亿元、38.1亿元、20.6亿元。\n")
    assert {one(fs, v).period for v in (12, 9, 7, 45.2, 38.1, 20.6)} == {"2025-M01..M10"}


def test_a_list_spread_over_months_keeps_a_month_each():
    fs = facts_of("眉山市重点项目\n3月至5月,全市重点项目每月投资完成率分别为4.6%、6.9%、8.2%。\n")
    assert [one(fs, v).period.split("-", 1)[-1] for v in (4.6, 6.9, 8.2)] == ["M03", "M04", "M05"]
