"""A named work's later figures stay the work's: a sentence right after its figures opening with the whole of the line
(全线累计完成路基…) or, after a time, with the bare works' noun (今年,项目计划完成投资…), also across a paragraph's
break, goes on about it, not about the province the text reports from.  Sentences written for these tests; the
province is real so that the gazetteer knows it."""
from __future__ import annotations

from factrun import facts_of, one

TEXT = ("滨临高速建设跑出加速度\n2025年8月1日\n"
        "近日,记者从河北省发展改革委获悉,今年以来全省加快推进重大交通基础设施建设。滨州至临清高速公路全长156公里,"
        "总投资210亿元,是河北省重点项目。\n截至7月底,滨临高速已完成投资48亿元,占总投资的22.9%。"
        "全线累计完成路基36公里,桥梁完成72%。\n今年,项目计划完成投资70亿元。\n")


def test_the_whole_line_opening_the_next_sentence_is_the_works():
    fs = facts_of(TEXT)
    assert one(fs, 36).subject == "滨临高速"
    assert one(fs, 72).subject == "滨临高速"


def test_the_bare_works_noun_after_a_time_in_the_next_paragraph_is_the_works():
    assert one(facts_of(TEXT), 70).subject == "滨临高速"


def test_a_place_speaking_again_ends_the_works_reach():
    text = TEXT.replace("今年,项目计划完成投资70亿元。", "今年,全省计划完成交通投资700亿元。")
    assert one(facts_of(text), 700).subject == "河北省"
