"""A prefecture's text calls its counties by their short forms (仁寿, 阳新) even where the short form is a common word
the gazetteer's automaton leaves out: such a short form of one of the document's own counties names the county where it
opens a clause or a list item and reports something (仁寿新开工项目18个, 其中阳新签约18个项目, 东坡、仁寿、青神分别…).

Sentences are written for these tests; 眉山市 (东坡区, 仁寿县, 青神县) and 黄石市 (阳新县), 怀化市 (通道侗族自治县) are real
so the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_a_county_by_its_short_form_in_its_prefectures_progress_report():
    fs = facts_of("眉山市2025年重点项目推进情况\n全市新开工项目56个。其中,仁寿新开工项目18个,东坡新开工项目15个,"
                  "青神新开工项目8个。\n")
    assert [one(fs, v).subject for v in (56, 18, 15, 8)] == ["眉山市", "仁寿县", "东坡区", "青神县"]


def test_a_county_by_its_short_form_after_其中_in_a_signing_news():
    fs = facts_of("黄石市招商引资项目集中签约\n全市共签约项目62个,签约金额达386亿元。其中阳新签约18个项目,"
                  "签约金额达126.4亿元。\n")
    assert one(fs, 18).subject == "阳新县"
    assert one(fs, 126.4).subject == "阳新县"
    assert one(fs, 62).subject == "黄石市"


def test_counties_by_their_short_forms_in_a_分别_list():
    fs = facts_of("眉山市项目建设通报\n1-9月,东坡、仁寿、青神分别完成投资45.2亿元、38.1亿元、20.6亿元。\n")
    assert [one(fs, v).subject for v in (45.2, 38.1, 20.6)] == ["东坡区", "仁寿县", "青神县"]


def test_a_county_by_its_short_form_heading_a_line():
    fs = facts_of("眉山市一季度经济运行简况\n全市地区生产总值增长6.1%。\n仁寿:完成固定资产投资52.3亿元,增长9.8%。\n")
    assert one(fs, 52.3).subject == "仁寿县"


def test_a_common_word_that_reports_nothing_stays_a_word():
    fs = facts_of("怀化市2025年交通建设情况\n全市新建农村公路1200公里。通道建设稳步推进,全市完成交通投资56亿元。\n")
    assert one(fs, 56).subject == "怀化市"
    assert one(fs, 1200).subject == "怀化市"
