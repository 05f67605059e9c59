"""The terms of a structure ratio are named by their part and the ratio's noun (three-sector ratios of invented bulletins,
plans and reports): a ratio of the three sectors naming no measure of theirs states each one's share of value added
(结构, 比例 → 增加值占比; 比重 and a bare 比 → 增加值比重)."""
from __future__ import annotations

import pytest

from factrun import facts_of


@pytest.mark.parametrize("text, names", [
    # a bulletin: the sectors' value added
    ("青岭县2025年统计公报\n全年三次产业结构为10.2:38.5:51.3。\n", ["第一产业增加值占比", "第二产业增加值占比", "第三产业增加值占比"]),
    # a plan's change of structure: both ratios so named
    ("白沙市“十五五”规划纲要\n到2030年,三次产业结构由9.6:41.2:49.2调整为8:40:52。\n",
     ["第一产业增加值占比", "第二产业增加值占比", "第三产业增加值占比"] * 2),
    # 比重 and a bare 比 name the shares 比重
    ("石门县经济运行简况\n上半年三次产业比重为12.5:35.0:52.5。\n", ["第一产业增加值比重", "第二产业增加值比重", "第三产业增加值比重"]),
    ("石门县经济运行简况\n上半年三次产业比为12.5:35.0:52.5。\n", ["第一产业增加值比重", "第二产业增加值比重", "第三产业增加值比重"]),
])
def test_structure_ratio_terms_take_the_ratios_noun(text, names):
    fs = sorted((f for f in facts_of(text) if f.measure == "share"), key=lambda f: f.vstart)
    assert [f.indicator for f in fs] == names
