"""A city's own paper in its lead's byline (本报讯(某某日报全媒体记者 …)) names the city its 全市 speaks of, when the page
names no place of that level elsewhere: the text writes the place's name there (SCHEMA: a place named), unlike a city
only inferred from the districts it lists.  A province's paper names no city, and a city named in the text wins.

The texts are written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of


def test_a_city_papers_byline_names_the_city_of_its_targets():
    fs = facts_of("奋力争先 实干开局\n今年市县两级经济增速目标均为8%以上\n\n"
                  "本报讯 (洛阳日报全媒体记者 王某)今年,全市地区生产总值预期增长目标确定为8%以上,一般公共预算收入增长6%。\n\n"
                  "从各县(市、区)看,偃师区地区生产总值增长9%以上,孟津区增长8.5%以上,新安县增长8%以上。全市固定资产投资增长10%。\n")
    by_value = {(f.value, f.vstart): f.subject for f in fs}
    assert [s for (v, _), s in sorted(by_value.items(), key=lambda kv: kv[0][1]) if v in (6, 10)] == ["洛阳市", "洛阳市"]
    assert {f.subject for f in fs if f.value in (9, 8.5)} == {"偃师区", "孟津区"}


def test_a_provinces_paper_names_no_city():
    fs = facts_of("项目建设再提速\n\n本报讯 (河南日报记者 李某)今年以来,全市重点项目完成投资120亿元,占年度计划的45%。"
                  "其中,偃师区完成投资30亿元,孟津区完成投资25亿元,新安县完成投资18亿元。\n")
    assert {f.subject for f in fs if f.value in (120, 45)} == {""}


def test_a_city_the_text_names_beats_its_papers_name():
    fs = facts_of("项目建设再提速\n\n本报讯 (洛阳日报记者 李某)近日,开封市召开重点项目推进会。今年以来,全市重点项目完成投资88亿元。\n")
    assert {f.subject for f in fs if f.value == 88} == {"开封市"}
