"""A part of a text opened by a place (a county's row or line, a heading that is a county's name, a paragraph opening
with a county) ends where a clause speaks for the whole again (全市…): the figures after that line are the text's own
place's, never the last county's.  A clause of the part's own division (全区 under 二、东坡区) goes on with the part.

Sentences are written for these tests; 眉山市 and its 东坡区/青神县/仁寿县 are real so the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_the_whole_after_rows_written_one_cell_a_line():
    fs = facts_of("眉山市2025年重点项目推进情况通报\n序号\n县(区)\n完成投资\n完成率\n1\n东坡区\n139.2\n92.8%\n"
                  "2\n青神县\n48.5\n80.8%\n全市重点项目完成投资289.4亿元,占年度计划的87.7%。新开工项目56个。\n")
    assert one(fs, 289.4).subject == "眉山市"
    assert one(fs, 56).subject == "眉山市"


def test_the_whole_after_county_headings():
    fs = facts_of("眉山市2025年重点项目推进情况通报\n东坡区\n完成投资210.5亿元,完成率88.2%。\n青神县\n"
                  "完成投资96.3亿元,完成率81.0%。\n全市重点项目完成投资812亿元。新开工项目56个,开工率93.3%。\n")
    assert one(fs, 96.3).subject == "青神县"
    assert one(fs, 56).subject == "眉山市"
    assert one(fs, 93.3).subject == "眉山市"


def test_the_whole_after_a_paragraph_opening_with_a_county():
    fs = facts_of("眉山市重点项目推进情况\n"
                  "东坡区完成投资139.2亿元,青神县完成投资48.5亿元。全市重点项目完成投资289.4亿元,新开工项目56个。"
                  "开工率93.3%。\n")
    assert one(fs, 139.2).subject == "东坡区"
    assert one(fs, 93.3).subject == "眉山市"


def test_the_whole_after_labelled_county_lines_in_a_supervision_notice():
    fs = facts_of("眉山市人民政府督查室关于民生实事推进情况的通报\n仁寿县:完成率91.2%,排名第一。\n"
                  "东坡区:完成率88.6%,排名第二。\n截至10月底,全市民生实事完成投资45.6亿元。其中新建学校12所。\n")
    assert one(fs, 45.6).subject == "眉山市"
    assert one(fs, 12).subject == "眉山市"


def test_the_whole_after_a_county_in_a_communique():
    fs = facts_of("眉山市2025年统计公报\n二、农业\n仁寿县\n粮食产量45.6万吨。\n"
                  "全年全市粮食产量120.5万吨,比上年增长1.2%。油料产量18.3万吨。\n")
    assert one(fs, 45.6).subject == "仁寿县"
    assert one(fs, 18.3).subject == "眉山市"


def test_the_parts_own_division_goes_on_with_the_part():
    fs = facts_of("眉山市2025年重点项目推进情况通报\n二、东坡区\n全区完成投资210.5亿元,同比增长9.2%。"
                  "新开工项目18个。\n")
    assert one(fs, 210.5).subject == "东坡区"
    assert one(fs, 18).subject == "东坡区"
