"""A level followed by the other levels it stands with in brackets (县(市、区), 乡(镇、街道)) names them all: no place of
its own, whatever word stands before it (下派县(市、区), 分转县(市、区)); invented sentences."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_verb_before_the_counties_names_no_county():
    text = ("青川市12345热线工作月报\n"
            "4月份,全市12345热线共受理群众来电6000件,其中下派县(市、区)4100件、下派市直部门1300件。\n")
    fs = facts_of(text)
    assert one(fs, 4100).subject == "青川市"
    assert one(fs, 1300).subject == "青川市"


def test_another_verb_before_the_counties():
    text = ("青川市12345热线工作月报\n"
            "5月份,全市12345热线共受理群众来电5800件,其中分转县(市、区)3900件。\n")
    assert one(facts_of(text), 3900).subject == "青川市"


def test_towns_and_streets_named_together():
    text = ("岚溪县2025年第三季度环境信访办理通报\n"
            "三季度,全县共受理环境信访件420件,交办乡(镇、街道)356件,已办结340件。\n")
    fs = facts_of(text)
    assert one(fs, 356).subject == "岚溪县"
