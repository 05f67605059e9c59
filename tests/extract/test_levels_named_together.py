"""A level followed by the other levels it stands with in brackets (县(市、区), 乡(镇、街道)) names them all: no place of
its own, whatever word stands before it (转派县(市、区), 督导县(市、区)); invented sentences."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_verb_before_the_counties_names_no_county():
    text = ("岚溪市12345热线工作月报\n"
            "4月份,全市12345热线向成员单位转派诉求9000件,其中转派县(市、区)7600件、转派市直单位1400件。\n")
    fs = facts_of(text)
    assert one(fs, 7600).subject == "岚溪市"
    assert one(fs, 1400).subject == "岚溪市"


def test_towns_and_streets_named_together():
    text = ("岚溪县2025年第三季度环境信访办理通报\n"
            "三季度,全县共受理环境信访件420件,交办乡(镇、街道)356件,已办结340件。\n")
    fs = facts_of(text)
    assert one(fs, 356).subject == "岚溪县"
