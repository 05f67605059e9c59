"""Pinyin a converter wrote without tones after characters (增(zeng)長, 億(yi)元, 個(ge) 百分點) is no part of the words
or units it sits in, once the text carries several such glosses; the space such a gloss leaves before the next
character goes with it.  A single bracketed word of Latin letters stays (a name, an abbreviation).

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import context_of, one


def test_toneless_glosses_inside_units_are_skipped():
    _, ex = context_of("某市2024年經濟運行情況\n\n全市生產總值312.6億(yi)元，增(zeng)長5.8%，高出全省1.2個(ge) 百分點。"
                       "城鎮居民人均可支配收入突破5萬(wan) 元大關。\n")
    f = one(ex.facts, 312.6)
    assert f.unit == "億元"
    assert one(ex.facts, 5.8).measure == "growth"
    g = one(ex.facts, 1.2)
    assert g.unit == "個百分點"
    assert g.measure == "delta"
    assert one(ex.facts, 5).unit == "萬元"


def test_one_latin_bracket_is_no_gloss():
    _, ex = context_of("某县2024年政府工作报告\n\n全县地区生产总值(GDP)增长6.5%，新增市场主体(a)1200户。\n")
    assert one(ex.facts, 6.5).measure == "growth"
    assert one(ex.facts, 1200).unit == "户"
