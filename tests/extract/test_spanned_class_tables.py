"""An indicator table whose first column classes the indicators (一级指标 | 二级指标 | 计量单位 | 1-6月, 类别 | 指标名称
…), its class cell spanning the rows of its class as a web table's rowspan does: read as text with bars, the class's
first row holds the class cell, the other rows start at the indicator and end in an empty cell.  Each row is named by
its indicator (not its class), its figures stand under their columns, and a row named as a rate of change (…增长率,
…涨幅) holds growth.  The table here is invented (a province's monitoring table, figures changed)."""
from __future__ import annotations

from factrun import facts_of


TABLE = ("2026年上半年高质量发展监测指标\n"
         "一级指标 | 二级指标 | 计量单位 | 1-6月 |\n"
         "经济稳定 | 1.地区生产总值增长率(按可比价格计算) | % | 5.9 |\n"
         "2.居民消费价格涨幅(CPI) | % | 1.4 | |\n"
         "结构优化 | 3.服务业增加值占GDP比重 | % | 51.3 |\n"
         "4.制造业增加值占规模以上工业增加值比重 | % | 62.6 | |\n"
         "民生改善 | 5.全体居民人均可支配收入增长率 | % | 6.4 |\n"
         "6.城镇调查失业率 | % | 5.1 | |\n")


def _of(text: str) -> dict:
    return {f.value: f for f in facts_of(text)}


def test_rows_are_named_by_their_indicator_not_their_class():
    got = _of(TABLE)
    assert "地区生产总值" in got[5.9].indicator and "经济稳定" not in got[5.9].indicator
    assert "服务业增加值" in got[51.3].indicator and "结构优化" not in got[51.3].indicator
    assert got[5.9].measure == "growth" and got[6.4].measure == "growth" and got[51.3].measure == "share"


def test_rows_under_a_spanning_class_cell_keep_their_figures_in_their_columns():
    got = _of(TABLE)
    for value, word in ((1.4, "居民消费价格"), (62.6, "制造业增加值"), (5.1, "城镇调查失业率")):
        f = got[value]
        assert f.value_unit == "%" and word in f.indicator and f.period == "2026-M01..M06"
    assert got[1.4].measure == "growth" and got[62.6].measure == "share"
