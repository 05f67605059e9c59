"""An amount named by the bare deed (共完成投资861亿元) in the sentence right after one naming the measure of that noun
(全社会固定资产投资目标为1300亿元) is an amount of that measure, and so is its change (同比增长30%): the text names what it
measures once and goes on with the deed.  A set counted between (重点项目305个,…;完成投资…) keeps the amounts its own,
and a named measure two sentences back is no longer the one spoken of.

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import facts_of, one

NEWS = ("岚州前8月固定资产投资运行情况\n"
        "记者从州发展和改革委员会了解到，今年全州全社会固定资产投资目标为980亿元。1至8月，全州共完成投资612亿元，"
        "同比增长12.4%，为年度目标的62.4%。\n"
        "今年，全州确定重点项目216个，总投资1830亿元。1至8月，全州完成投资286亿元，同比增长9.1%。\n")


def test_the_deed_s_amount_is_of_the_measure_named_before():
    fs = facts_of(NEWS)
    assert one(fs, 612).indicator == "全社会固定资产投资"
    assert one(fs, 12.4).indicator == "全社会固定资产投资"
    assert one(fs, 62.4).indicator.startswith("全社会固定资产投资")


def test_a_set_counted_before_keeps_its_amounts():
    fs = facts_of(NEWS)
    assert one(fs, 286).indicator == "重点项目完成投资"


def test_a_measure_named_two_sentences_back_is_not_taken():
    fs = facts_of("岚州2025年经济运行简况\n今年全州固定资产投资目标为增长9%。全州规模以上工业增加值增长6.1%。"
                  "1至8月，全州共完成投资612亿元。\n")
    assert one(fs, 612).indicator != "固定资产投资"
