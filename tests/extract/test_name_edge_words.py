"""A function word a cut leaves alone at the edge of a figure's name (a relative clause's 的, a set frame's 中, a list's
等 or joiner) is no part of what is measured (sentences written for these tests; places and figures invented)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one

from taizhang.extract.indicators import edge_words_off


@pytest.mark.parametrize("text, value, indicator", [
    # a relative clause before the counted noun
    ("岚溪县2025年招商引资情况\n代表全县产业升级方向的先进制造业项目18个。\n", 18, "先进制造业项目"),
    # the set a subset is then taken of, closed by 中
    ("青川市2025年水环境质量状况\n全市24个监测断面中有21个断面水质达标。\n", 24, "监测断面"),
])
def test_a_lone_function_word_at_the_edge_goes(text, value, indicator):
    assert one(facts_of(text), value).indicator == indicator


@pytest.mark.parametrize("phrase, name", [
    ("的重点项目", "重点项目"), ("签约项目中", "签约项目"), ("新增就业的", "新增就业"), ("投资额和", "投资额"),
    # words that open or close with such a character stay whole
    ("中小企业", "中小企业"), ("初中", "初中"), ("和美乡村", "和美乡村"), ("等级公路", "等级公路"),
    # a front 中 may open a word the route splits (中|长期贷款余额): left
    ("中长期贷款余额", "中长期贷款余额"),
])
def test_edge_words_off(phrase, name):
    assert edge_words_off(phrase) == name
