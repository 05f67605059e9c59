"""A short name two divisions bore in turn, one of them abolished long ago in another province (重庆 of 重庆市, and of
the 重庆市 that lay in 四川省 until 1997; 海口 and 三亚 of Hainan's cities, once in 广东省), is read before the text's
year is known (the document's region layer, the regions of its record): the neighbours the text names (南充, 泸州;
湛江, 茂名) must not make it the abolished one, which the record's counts then drop as an outlived name and give the
page a neighbour as its place.  A division still standing is what such a short name means (``regions.standing``).

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

import pytest

from factrun import context_of


@pytest.mark.parametrize("text,value,place", [
    ("去年市级重点项目完成投资2100亿元\n2月8日,记者从市发展改革委获悉,2023年全年,市级重点项目完成投资2100亿元。\n"
     "重庆围绕新型基础设施建设持续发力,重庆继续深化川渝合作,完工南充至潼南高速、泸州至永川高速。\n",
     2100, "重庆市"),
    ("海口重点项目建设提速\n海口围绕自贸港建设持续发力,今年已完成投资320亿元。海口继续推进湛江至海口跨海通道前期工作,"
     "茂名至海口的航线开通。\n", 320, "海口市"),
    ("三亚今年新开工项目45个\n三亚围绕国际旅游消费中心建设发力,三亚新开工项目45个,与湛江、茂名开展旅游合作。\n",
     45, "三亚市"),
])
def test_a_short_name_means_the_division_still_standing(text, value, place):
    ctx, ex = context_of(text)
    assert ex.record.regions[:1] == [place]
    assert {f.subject for f in ex.facts if f.value == value} == {place}
