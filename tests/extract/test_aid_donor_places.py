"""The place giving aid, named right before its aid verb (北京市对口援建项目18个, 江苏省援疆重点项目23项), is not
whose figures they are: the works and money are in the place aided, the text's place or the place the text names
after the donor's verb (天津市对口援建通辽市项目…).  Sentences written for these tests; the places are real so that
the gazetteer knows them."""
from __future__ import annotations

from factrun import facts_of, one


def test_the_donor_opening_a_clause_is_not_the_subject_of_the_aided_places_works():
    text = ("兴安盟京蒙协作项目集中开工\n2025年5月8日\n5月7日,兴安盟2025年京蒙协作项目集中开工仪式在乌兰浩特市举行。"
            "北京市对口援建项目21个集中开工,总投资9.6亿元。北京市援建资金到位2.4亿元。\n")
    fs = facts_of(text)
    assert [one(fs, v).subject for v in (21, 9.6, 2.4)] == ["兴安盟"] * 3


def test_the_place_aided_after_the_donors_verb_is_the_subject_not_the_headlines_province():
    text = ("内蒙古自治区东西部协作项目集中开工\n2025年5月8日\n"
            "5月7日,天津市对口援建通辽市项目集中开工仪式举行。天津市对口援建项目16个集中开工,总投资7.2亿元。\n")
    fs = facts_of(text)
    assert one(fs, 16).subject == "通辽市"
    assert one(fs, 7.2).subject == "通辽市"


def test_a_donors_works_in_a_prefectures_text_are_the_prefectures():
    text = ("今年以来,和田地区加大重点项目投资力度。\n今年,对口援疆重点建设项目40项,"
            "北京市援疆重点项目26项,计划投资4.1亿元,累计完成投资3.9亿元。\n")
    fs = facts_of(text)
    assert one(fs, 26).subject == "和田地区"
    assert one(fs, 4.1).subject == "和田地区"
