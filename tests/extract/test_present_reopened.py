"""A paragraph whose lead opens with a year gone by (去年,全市…完成投资260亿元) frames the sentences after it in that
year only until a sentence opens with the writer's present (今年,…): from there the paragraph speaks of the text's own
year again (今年,全市重点项目个数将超过130个;年度投资300亿元左右。新开工项目50个 → the page's year), as it does after
目前 for a year stated by its number.  Without such a sentence the paragraph stays in the year gone by (a guard).

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_a_sentence_opening_with_the_present_ends_the_past_years_paragraph():
    fs = facts_of("宝鸡市重点项目建设提速\n2024-03-05 来源:宝鸡日报\n去年,全市120个重点项目完成投资260亿元。今年,全市重点项目个数"
                  "将超过130个,总投资超过2000亿元;年度投资300亿元左右。新开工项目50个,总投资500亿元。\n")
    assert one(fs, 260).period == "2023"
    for v in (300, 50, 500):
        assert one(fs, v).period == "2024", v


def test_a_past_years_paragraph_without_the_present_stays_in_that_year():
    fs = facts_of("宝鸡市重点项目建设回顾\n2024-03-05 来源:宝鸡日报\n去年,全市120个重点项目完成投资260亿元。新开工项目50个,"
                  "竣工项目30个。\n")
    assert one(fs, 50).period == "2023"
