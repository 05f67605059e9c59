"""A figure's name opened by the round of a campaign (第一轮督察) or by 各 and a level of places (各市州) names the time
the figures hold for and the set of places they run over, not the measure: 第一轮省级督察各市州问题整改完成率较高的为甲市
100% measures 问题整改完成率, 甲市 its subject.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_a_round_and_a_set_of_places_opening_a_name_are_no_part_of_the_measure():
    fs = facts_of("湖南省生态环境保护督察整改情况\n2024年6月12日\n截至5月底,第一轮省级生态环保督察各市州问题整改完成率较高的为"
                  "株洲市99.6%、湘潭市98.8%;第二轮督察问题整改完成率达到91.3%。\n")
    for value, place in ((99.6, "株洲市"), (98.8, "湘潭市")):
        f = one(fs, value)
        assert (f.indicator, f.subject) == ("问题整改完成率", place)
    assert one(fs, 91.3).indicator == "问题整改完成率"
