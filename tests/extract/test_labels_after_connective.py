"""A place labelled with a colon after the connective opening its sentence (其中,甲镇:开工项目7个…; 此外,东坪区:…) heads
what follows it, as a label opening the sentence does (scope.label_head): the breakdown of an event's batch by town, a
notice's extra lines by district.  Every text is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import facts_of


@pytest.mark.parametrize("text,expected", [
    # a county's groundbreaking broken down by town after 其中,
    ("青山县重大项目集中开工\n4月11日上午,青山县举行重大项目集中开工仪式,此次集中开工项目36个,总投资88亿元。其中,甲镇:开工"
     "项目7个,总投资12亿元;乙镇:开工项目5个,总投资9亿元。\n", {7: "甲镇", 12: "甲镇", 5: "乙镇", 9: "乙镇"}),
    # a city's signing broken down by district, full-width comma and colon
    ("东川市集中签约\n东川市举行重大项目集中签约仪式,签约项目22个。其中，河西区：签约项目9个，签约额48亿元；河东区：签约项目6个。\n",
     {9: "河西区", 48: "河西区", 6: "河东区"}),
    # a notice's later sentence opened by 此外,
    ("关于环境整治督查情况的通报\n督查组共发现问题40个。此外,城关镇:发现问题11个,已整改8个。\n", {11: "城关镇", 8: "城关镇"}),
])
def test_a_label_after_the_sentences_connective_heads_its_figures(text, expected):
    fs = facts_of(text)
    assert {f.value: f.subject for f in fs if f.value in expected} == expected


def test_the_connective_alone_labels_nothing():
    # 其中: opening the parts, no place before its colon: the figures stay the county's (a guard)
    fs = facts_of("青山县重大项目集中开工\n青山县举行重大项目集中开工仪式,此次集中开工项目36个。其中:产业项目20个。\n")
    assert {f.subject for f in fs} == {"青山县"}
