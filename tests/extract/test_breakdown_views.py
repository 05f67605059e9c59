"""A sentence opened by the view a breakdown is taken by (从投资主体看, / 按建设性质分: / 分片区看,: whatever view
it names, as 从类别看 and 分区域看 do) breaks down the whole counted before it, and its counts hold in the whole's time;
the whole is the last count of the part's kind before it, also when the sentence right before only compares the
whole with last year's (与上年同期相比,…多9个) or a second view after the first opens a paragraph of its own.  Every text here is
invented for these tests (the places and figures too)."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    # a view the listed openers do not name, right after its whole
    ("丁区前三季度项目建设情况\n2023年10月16日\n\n"
     "前三季度,丁区新开工项目64个,总投资150亿元。从投资主体看,国有企业投资项目18个,总投资70亿元;"
     "民营企业投资项目46个,总投资80亿元。\n",
     {18: "2023-M01..M09", 70: "2023-M01..M09", 46: "2023-M01..M09", 80: "2023-M01..M09"}),
    # a comparison with last year's between the whole and its breakdown; a second view on the next paragraph
    ("甲市上半年新开工项目情况\n2025年7月12日\n\n"
     "上半年,甲市新开工亿元以上项目86个,总投资410亿元。\n"
     "与上年同期相比,项目个数多9个,投资额多37亿元。按建设性质分:工业项目51个,总投资260亿元;"
     "城建项目35个,总投资150亿元。\n"
     "分片区看,东城片区项目47个,总投资230亿元;西城片区项目39个,总投资180亿元。\n",
     {51: "2025-H1", 260: "2025-H1", 35: "2025-H1", 150: "2025-H1", 47: "2025-H1", 39: "2025-H1",
      230: "2025-H1", 180: "2025-H1"}),
])
def test_a_views_parts_hold_in_the_wholes_time(text, values):
    assert periods_of(text, values) == values


def test_a_class_of_the_years_list_stays_the_years():
    # (the whole is the size of the year's list: its classes are the year's, as before)
    text = ("丙县重点项目推进情况\n2024年10月8日\n\n"
            "1-9月,丙县实施重点项目60个,总投资320亿元,完成投资96亿元。\n"
            "从投资主体看,政府投资项目22个,社会投资项目38个。\n")
    assert periods_of(text, (22, 38)) == {22: "2024", 38: "2024"}


def test_a_group_its_clause_parts_stays_the_years_list():
    # (其中 opening a paragraph over a count that heads the group its clause parts: a class of the year's list, not a
    # part of the projects under way counted in the paragraph before)
    text = ("戊市重点项目1-8月完成情况\n2022年9月20日\n\n"
            "截至8月底,戊市260个重点项目共完成投资510亿元,180个在建项目完成投资470亿元。\n"
            "其中,42个续建项目中已竣工5个,完成投资80亿元。\n")
    assert periods_of(text, (42,)) == {42: "2022"}

