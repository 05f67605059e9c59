"""A page sets its source and date as a list under the headline (• 某区人民政府 / • 2016-11-02 09:15): the body on
such a line only posts the text, as a source line or a site's name does (``context.posting_line``).  A district's
site reposting its province's or city's release (headline 1-8月某省工业…, body 全省…) gives the release's place,
not the district's; a district's own news under its own listed name stays the district's.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

import pytest

from factrun import context_of, one


@pytest.mark.parametrize("mark", ["•", "●", "·", "■"])
def test_a_provinces_release_listed_under_a_districts_name_is_the_provinces(mark):
    ctx, ex = context_of(f"无障碍浏览\n\n1-9月四川省规上工业稳中有升\n\n  {mark} 东坡区人民政府\n  {mark} 2023-10-20 10:05\n\n"
                         "  1-9月,全省规模以上工业增加值增长6.1%。其中,食品制造业增长8.2%,全省电子信息产业增长9.5%。\n")
    assert ctx.place.name == "四川省"
    assert one(ex.facts, 8.2).subject == "四川省"
    assert one(ex.facts, 6.1).subject == "四川省"


def test_a_citys_bulletin_listed_under_a_countys_name_is_the_citys():
    ctx, ex = context_of("前三季度眉山市经济运行情况\n• 仁寿县人民政府\n• 2024-10-28\n"
                         "前三季度,全市地区生产总值增长6.3%,全市固定资产投资增长9%,其中工业投资增长12.4%。\n")
    assert ctx.place.name == "眉山市"
    assert one(ex.facts, 12.4).subject == "眉山市"


def test_a_districts_own_news_listed_under_its_name_stays_the_districts():
    ctx, ex = context_of("东坡区上半年经济运行平稳\n• 东坡区人民政府\n• 2023-07-20\n"
                         "上半年,全区地区生产总值增长6%,全区规上工业增加值增长7.5%。\n")
    assert ctx.place.name == "东坡区"
    assert one(ex.facts, 7.5).subject == "东坡区"


def test_a_district_speaking_as_itself_under_a_provincial_headline_stays_the_districts():
    # the headline names the province's list; the body speaks as the district (全区 …), never as the province
    ctx, ex = context_of("四川省重点项目名单公布\n• 东坡区人民政府\n• 2023-03-02\n"
                         "全区共有12个项目入选,全区项目总投资达320亿元,全区年度计划投资45亿元。\n")
    assert ctx.place.name == "东坡区"
    assert one(ex.facts, 320).subject == "东坡区"
