"""工程 heads a work's name (某某水库工程), but 工程师 is a trade: an officer's title after an office or a company
(某省交通运输厅总工程师某某介绍, 某集团总工程师某某表示) names who speaks, no work whose row the figures after it head.
Read as a work, 某厅总工程 became the subject of the place's figures.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text,value,subject", [
    ("全省交通建设推进会召开\n四川省交通运输厅总工程师张某介绍,2025年四川省交通领域重大项目投资达到1800亿元,"
     "公路水路投资保持8%的增长。\n", 8, "四川省"),
    ("全省交通建设推进会召开\n四川省交通运输厅总工程师张某介绍,2025年四川省交通领域重大项目投资达到1800亿元,"
     "公路水路投资保持8%的增长。\n", 1800, "四川省"),
    ("甲集团总工程师王某表示,岚溪县某某电站项目总投资56亿元,年发电量12亿千瓦时。\n", 12, "岚溪县某某电站项目"),
])
def test_an_engineers_title_heads_no_work(text, value, subject):
    assert one(facts_of(text), value).subject == subject
