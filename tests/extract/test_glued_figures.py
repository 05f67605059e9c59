"""Figures glued to what follows them: a code or junk after a Han unit, a second figure with no punctuation
before it, and a count glued to the items it names (sentences written for these tests, in progress-list and bulletin
forms)."""
from __future__ import annotations

from factrun import facts_of, one


def test_latin_letters_after_a_han_unit_leave_the_figure_standing():
    fs = facts_of("青山市重点项目进展\n今年全市重点项目年度计划投资120亿元XX体育,1-6月完成投资70亿元。\n")
    assert one(fs, 120).unit == "亿元" and "XX" not in one(fs, 70).indicator
    fs = facts_of("青山市数字经济发展情况\n建成LNG储罐3座,上线政务服务APP共12个,全市5G基站1200个。\n")
    assert [f.value for f in fs] == [3, 12, 1200]


def test_a_figure_right_after_a_rate_or_an_amount_opens_a_clause_of_its_own():
    fs = facts_of("青山市重点项目进展通报\n1-6月,全市重点项目完成投资80亿元,占年度计划的64%50个建成项目完成投资12亿元。\n")
    assert one(fs, 50).indicator == "建成项目"
    assert one(fs, 12).indicator == "建成项目完成投资"
    fs = facts_of("青山县经济运行简报\n全县规上工业增加值增长6.5%12个重点项目完成投资30亿元5家企业投产。\n")
    assert one(fs, 12).indicator == "重点项目"
    assert one(fs, 5).indicator == "投产企业"
    assert all(f.evidence == f.evidence.strip("，") for f in fs)


def test_a_count_of_the_items_it_names_in_apposition_is_no_figure():
    fs = facts_of("青山市重点项目进展\n全市4个省重点项目即甲、乙、丙、丁项目完成投资20亿元。\n")
    assert [f.value for f in fs] == [20]
    fs = facts_of("青山市督查通报\n全市3个试点县(东县、西县、南县)完成投资12亿元,2个项目即甲项目、乙项目进度滞后。\n")
    assert [f.value for f in fs] == [12]
    fs = facts_of("青山市督查通报\n全市建成5个产业园(其中省级2个),新增3个项目包括甲项目、乙项目。\n")
    assert [f.value for f in fs] == [5, 2, 3]  # (one item in the bracket, two named for three: figures)
