"""A place named only in a bracketed inclusion note ((含某某铁路甲至乙段…投资), (包括某县)) is a part the whole before it
includes, never the place the text speaks of: a text of 全区 that names no other place gives its figures no subject
(SCHEMA: "" when the text never names the place), at the fact level (facts._main_region) as meta already does for the
document's places (docregions.inclusion_part).

The texts are written for these tests; the places in the notes are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of


def _text(note: str, head: str = "全区") -> str:
    return (f"某某网讯:一季度,{head}地区生产总值达到412.5亿元,增长5.1%。\n前三个月全区项目投资减少3.7%{note},"
            "跌幅变小;全区零售额为96.4亿元,上升4.4%。\n")


def test_a_place_only_in_an_inclusion_note_is_no_subject():
    fs = facts_of(_text("(含某某铁路乐山至昌都段西藏境内投资)"))
    assert {f.subject for f in fs if f.value in (412.5, 3.7, 96.4)} == {""}


def test_a_place_the_text_names_as_its_own_stays():
    fs = facts_of(_text("(含某某铁路乐山至昌都段西藏境内投资)", head="西藏自治区"))
    assert {f.subject for f in fs if f.value == 412.5} == {"西藏自治区"}
