"""A cue word inside a short name in quotation marks (聚焦“两确保”, 打好“保开工”攻坚战) is a part of a slogan's or a
campaign's name: it commits nothing, and the figures after it keep the kind their own words give (a works event's
figures were read as targets after “两确保”).  A cue outside the quotes (力争实现“开门红”) still commits (sentences
written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_cue_inside_a_quoted_slogan_commits_nothing():
    fs = facts_of("甲省春季项目集中开工\n聚焦“两确保”、奋进“一率先”,3月1日,2025年甲省春季项目集中开工活动举行,"
                  "全省512个亿元以上项目集中开工,总投资约2100亿元。\n")
    assert (one(fs, 512).kind, one(fs, 2100).kind) == ("actual", "actual")


def test_cue_inside_a_quoted_campaign_other_words():
    fs = facts_of("乙市重点项目推进会召开\n乙市以“确保全年红”行动为牵引,一季度全市开工重点项目86个,完成投资42亿元。\n")
    assert (one(fs, 86).kind, one(fs, 42).kind) == ("actual", "actual")


def test_cue_outside_the_quotes_still_commits():
    fs = facts_of("甲县2026年工作安排\n今年要力争实现“开门红”,全年新开工项目60个。\n")
    assert one(fs, 60).kind == "target"
