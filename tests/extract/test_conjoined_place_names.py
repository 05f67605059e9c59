"""A division's name that is also a conjunction and a division's word (和县) names the county only where no word stands
before it but a higher division's name or 中共; after a word it joins (省委、市委和县委, 会议和县第十二次党代会, 各县和县直
单位) it names no place.

The texts are written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of
from taizhang.extract.regions import gazetteer


def names(text: str) -> list[str]:
    return [h.region.name for h in gazetteer().find(text)]


def test_a_conjunction_before_county_words_names_no_county():
    assert names("认真贯彻省委、市委和县委的决策部署") == []
    assert names("贯彻落实省、市经济工作会议和县第十二次党代会精神") == []
    assert names("各县和县直各单位要抓好落实") == []


def test_the_county_named_after_its_city_its_province_or_the_party():
    assert "和县" in names("马鞍山市和县召开重点项目推进会")
    assert "和县" in names("安徽省和县今年新开工项目30个")
    assert "和县" in names("和县县委办公室")
    assert "和县" in names("和县今年新开工项目30个")


def test_a_county_speech_of_an_unnamed_county_takes_no_county_from_a_conjunction():
    _, ex = context_of("在全县经济工作会议上的讲话\n同志们:\n"
                       "这次会议的主要任务是,贯彻落实省、市经济工作会议和县第十二次党代会精神。"
                       "去年,全县地区生产总值增长6.5%,固定资产投资增长10%。\n")
    assert {f.subject for f in ex.facts if f.value in (6.5, 10)} == {""}
