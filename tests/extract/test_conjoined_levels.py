"""和 joining a level word to 县 (本省城市和县人民政府所在地的镇, 设区的市和县人民政府) is the conjunction: the surface 和县
names no county there, and a provincial regulation saying so had 和县 (a county of another province) as its place and
the subject of all its figures.  A city's name ending right before it (马鞍山市和县) names the county.  Sentences
invented."""
from __future__ import annotations

from factrun import context_of, one


def test_cities_and_counties_governments_name_no_county():
    ctx, ex = context_of("岚州省城市绿化管理办法\n第二条 本省城市和县人民政府所在地的镇,适用本办法。"
                         "新建居住区绿地率不低于30%。\n")
    assert ctx.place is None or ctx.place.name != "和县"
    assert one(ex.facts, 30).subject != "和县"


def test_a_districted_city_and_county_in_a_provinces_rule():
    ctx, ex = context_of("河北省农村公路养护办法\n第五条 设区的市和县人民政府应当将养护资金纳入预算,"
                         "每年安排养护资金不少于5000万元。\n")
    assert one(ex.facts, 5000).subject == "河北省"


def test_the_county_named_after_its_city_stays():
    ctx, ex = context_of("马鞍山市和县2025年政府工作报告\n全县地区生产总值增长6%。\n")
    assert ctx.place is not None and ctx.place.name == "和县"
    assert one(ex.facts, 6).subject == "和县"
