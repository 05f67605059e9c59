"""A 分别-list of values over the members of a class the text counts: the class counted (两大行业, 三个园区) names no item,
its members do, written in brackets after it (两大行业(甲业和乙业)), before it (甲业和乙业两个行业), or earlier in the
sentence (甲业、乙业…,两个行业产值分别…); ordinals coordinated with 和 before one noun (第一、第二和第三产业) are its
parts; a place's count in brackets heading its line of a list (甲市(5个):…) is the place's part of the list's whole; the
year of accounts (2023年度) is no part of what is counted.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from factrun import facts_of

HEAD = "澄江市2024年国民经济和社会发展统计公报\n2024年,"


def named(text):
    return [(f.value, f.indicator) for f in facts_of(HEAD + text + "\n") if f.measure in ("growth", "level", "count")]


@pytest.mark.parametrize("text, expected", [
    ("全市两大支柱行业(磷化工业和烟草制品业)增加值分别增长9.2%和4.6%。",
     [(9.2, "磷化工业增加值"), (4.6, "烟草制品业增加值")]),
    ("三个片区(东片区、西片区和南片区)社会消费品零售总额分别增长5.1%、6.3%和2.8%。",
     [(5.1, "东片区社会消费品零售总额"), (6.3, "西片区社会消费品零售总额"), (2.8, "南片区社会消费品零售总额")]),
    ("住宿业和餐饮业两个行业营业额分别增长12.4%和8.8%。",
     [(12.4, "住宿业营业额"), (8.8, "餐饮业营业额")]),
])
def test_the_members_of_a_counted_class_are_the_items(text, expected):
    assert named(text) == expected


def test_members_counted_in_the_clause_before_a_bare_measure():
    got = named("1-10月,网络零售和汽车零售两个行业保持增长,增速分别为21.3%、4.9%。")
    assert got == [(21.3, "网络零售增速"), (4.9, "汽车零售增速")]


def test_members_named_earlier_in_the_sentence_then_counted():
    got = named("有色金属冶炼业、化学原料及化学制品制造业带动明显,两个行业产值分别增长15.2%和7.4%。")
    assert got == [(15.2, "有色金属冶炼业产值"), (7.4, "化学原料及化学制品制造业产值")]


def test_ordinals_joined_by_he_before_one_noun_are_its_parts():
    got = named("第一、第二和第三产业投资分别增长2.2%、6.5%和3.9%。")
    assert got == [(2.2, "第一产业投资"), (6.5, "第二产业投资"), (3.9, "第三产业投资")]


def test_a_places_bracketed_count_heading_its_line_is_its_part_of_the_list():
    text = ("楚雄彝族自治州2024年度乡村振兴示范村名单的通报\n各县(市)人民政府:\n"
            "经评定,2024年度全州乡村振兴示范村共9个,名单如下:\n"
            "禄丰市(4个):甲村、乙村、丙村、丁村;\n"
            "姚安县(3个):戊村、己村、庚村;\n"
            "大姚县(2个):辛村、壬村。\n")
    got = [(f.value, f.subject, f.indicator) for f in facts_of(text)]
    assert got == [(9, "楚雄彝族自治州", "乡村振兴示范村"), (4, "禄丰市", "乡村振兴示范村"),
                   (3, "姚安县", "乡村振兴示范村"), (2, "大姚县", "乡村振兴示范村")]
