"""A clause made only of a comparison and a verb of change (比年初新增45.2亿元, 比全国平均水平高出7.3个百分点, 比1—8月
略降0.4个百分点) says how the measure the sentence named before it moved or stands apart; its figure is named by that
measure and the comparison, never by the comparison alone (比新增, 比略降).

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_a_change_written_as_one_word_is_of_the_measure_named_before_it():
    fs = facts_of("东坡区2024年1—9月经济运行简况\n2024年10月22日\n全区金融机构各项存款余额520.3亿元,同比增长9.6%,比年初新增"
                  "45.2亿元。1—9月,全区固定资产投资同比增长12.5%,比全国平均水平高出7.3个百分点,比1—8月略降0.4个百分点。\n")
    assert one(fs, 45.2).indicator.startswith("金融机构各项存款余额")
    assert one(fs, 7.3).indicator.startswith("固定资产投资")
    assert one(fs, 0.4).indicator.startswith("固定资产投资")
