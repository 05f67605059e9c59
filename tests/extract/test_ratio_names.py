"""The terms of a structure ratio are named by their part and the ratio's own noun, as the text writes it (three-sector
ratios of invented bulletins, plans and reports): 结构 → 第一产业结构, 比重 and a bare 比 → 第一产业比重."""
from __future__ import annotations

import pytest

from factrun import facts_of


@pytest.mark.parametrize("text, names", [
    # a bulletin: 结构 as written
    ("青岭县2025年统计公报\n全年三次产业结构为10.2:38.5:51.3。\n", ["第一产业结构", "第二产业结构", "第三产业结构"]),
    # a plan's change of structure: both ratios so named
    ("白沙市“十五五”规划纲要\n到2030年,三次产业结构由9.6:41.2:49.2调整为8:40:52。\n",
     ["第一产业结构", "第二产业结构", "第三产业结构"] * 2),
    # 比重 and a bare 比 keep the shares' name
    ("石门县经济运行简况\n上半年三次产业比重为12.5:35.0:52.5。\n", ["第一产业比重", "第二产业比重", "第三产业比重"]),
    ("石门县经济运行简况\n上半年三次产业比为12.5:35.0:52.5。\n", ["第一产业比重", "第二产业比重", "第三产业比重"]),
])
def test_structure_ratio_terms_take_the_ratios_noun(text, names):
    fs = sorted((f for f in facts_of(text) if f.measure == "share"), key=lambda f: f.vstart)
    assert [f.indicator for f in fs] == names
