"""The levels of government of minority and frontier areas: an autonomous prefecture's 州, a league's 盟 and a
banner's 旗 are levels as 市 and 县 are.  A prefecture's report writes 全州, 州级, 省、州列重大项目, 州、县两级; a
league's or banner's writes 全盟, 盟级, 盟、旗重点项目.  Read wherever 省/市/县/区 are read as levels (levels joined by
、 before the noun they share, a level's class of projects, the text's own 我州, the scope a rank is held in), the
figures of such a text come out as those of a city's or a county's.  Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import facts_of, one

PREFECTURE = ("甲州2031年重大项目建设进展情况\n"
              "截至6月底,甲州计划实施省、州列重大项目共42个,总投资530亿元。"
              "全州42个省、州列重大项目完成投资71亿元,为全年计划的63%。\n")
BANNER = ("丙旗2031年经济运行情况\n"
          "上半年,丙旗地区生产总值增长6.3%,增速居全盟第二位。全旗17个盟、旗重点项目完成投资19亿元。\n")
LEAGUE = ("乙盟2031年重点项目推进情况\n"
          "1-6月,盟级重点项目完成投资37亿元。我盟26个盟、旗两级重点项目开工23个。\n")


@pytest.mark.parametrize("text,value,indicator", [
    (PREFECTURE, 42, "省、州列重大项目"),   # the second 42 (全州42个…完成投资), the count before the levels
    (BANNER, 17, "盟、旗重点项目"),
    (LEAGUE, 26, "盟、旗两级重点项目"),
])
def test_levels_joined_by_a_pause_mark_share_the_noun(text, value, indicator):
    fs = [f for f in facts_of(text) if f.value == value]
    assert indicator in [f.indicator for f in fs]
    assert not any(f.indicator in ("省", "盟") for f in fs)


@pytest.mark.parametrize("text,value", [(PREFECTURE, 71), (PREFECTURE, 63), (BANNER, 19)])
def test_a_class_of_projects_by_its_levels_is_no_subject(text, value):
    f = one(facts_of(text), value)
    assert "项目" not in f.subject
    assert f.indicator.startswith(("省、州列重大项目", "盟、旗重点项目"))


def test_the_league_own_count_of_its_list_is_the_year_s_list():
    # 我盟 speaks as the league as 我市 speaks as a city: the count of the list is the year's, the starts the half's
    fs = facts_of(LEAGUE)
    count = one(fs, 26)
    assert (count.indicator, count.period) == ("盟、旗两级重点项目", "2031")
    assert one(fs, 23).period == "2031-M01..M06"


def test_a_rank_held_in_the_league_names_its_scope():
    assert "全盟" in one(facts_of(BANNER), 2).indicator


# a banner ranked among the region's banners and counties (旗县区), a county among a province's prefectures and
# cities (州市): the set is a word of its own, written after the scope, both kept in what is ranked, as 全省县市区 is
@pytest.mark.parametrize("text,value,indicator", [
    ("丙旗2031年经济运行情况\n2031年,全口径财政收入达到83亿元,跃居全区97个旗县区第一位。\n", 1, "全口径财政收入全区旗县区排名"),
    ("丙旗2031年经济运行情况\n2031年,全口径财政收入达到83亿元,居全盟9个旗县区第二位。\n", 2, "全口径财政收入全盟旗县区排名"),
])
def test_a_rank_among_banners_and_counties_names_its_set(text, value, indicator):
    assert one(facts_of(text), value).indicator == indicator
