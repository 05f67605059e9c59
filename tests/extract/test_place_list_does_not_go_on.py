"""A clause led by a 、-list of places states what each of them did (甲市、乙市、丙市项目投资均超过百亿元; 宜宾、泸州、
自贡分别增长7.1%、…); a later clause of the same sentence naming no one (,产业项目投资占比达62%) is the scope's, the
whole the text speaks of, not the list's first place: several places are no one actor for the sentence to go on
with (``scope._in_place_list``).

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text,value,subject", [
    ("(资料图片)\n4月26日,2024年二季度四川省重大项目集中开工活动举行。这次集中开工项目1260个,总投资5400亿元。"
     "成都、绵阳、宜宾、德阳项目投资均超过百亿元,以电子信息、装备制造等为重点的重大产业项目投资占比达62%。\n", 62, "四川省"),
    ("(资料图片)\n3月28日,2024年一季度眉山市重大项目集中开工仪式举行。本次开工项目86个,总投资320亿元。"
     "东坡区、仁寿县、彭山区项目投资均超过20亿元,产业项目投资占比达70%。\n", 70, "眉山市"),
    ("四川省前三季度经济运行情况\n前三季度,四川省地区生产总值增长6%。宜宾、泸州、自贡分别增长7.1%、6.8%、6.5%,"
     "服务业增加值占比达51%。\n", 51, "四川省"),
    ("眉山市一季度经济运行情况\n全市地区生产总值增长6%。东坡区、仁寿县、彭山区增速均超过7%,工业投资占比达41%。\n",
     41, "眉山市"),
])
def test_a_later_clause_is_not_the_first_listed_places(text, value, subject):
    assert one(facts_of(text), value).subject == subject


def test_a_place_leading_alone_goes_on():
    fs = facts_of("眉山市一季度经济运行情况\n全市地区生产总值增长6%。东坡区地区生产总值增长7.2%,工业投资占比达45%。\n")
    assert one(fs, 45).subject == "东坡区"


def test_a_list_totalling_jointly_goes_on():
    fs = facts_of("眉山市重点项目推进情况\n全市新开工项目52个。东坡区、仁寿县、彭山区共有13个农产品加工项目全部动工,"
                  "计划投资3.5亿元。\n")
    assert one(fs, 3.5).subject == "东坡区、仁寿县、彭山区"
