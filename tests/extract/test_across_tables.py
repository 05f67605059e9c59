"""A plan's table laid across, its indicators as columns: a first row headed by the indicator column's word (主要指标 |
name | name …), then a row of figures headed by their year and kind (2027年目标值 | 85% | >3万元 …) and a 属性 row; a
converter of web pages often breaks each head cell onto a line of its own.  Each figure takes its indicator from the
cell above it, written whole (和美…, 休闲农业与…: a cell's name has no clause's words to cut), and its year and kind
from its row's head.  A table whose first row names times (指标 | 2025年 | 2026年) is an ordinary one, not laid
across.  All tables here are invented (岚溪县, 青川区 …)."""
from __future__ import annotations

from factrun import facts_of, one


ACROSS = ("岚溪县乡村振兴示范片建设方案\n"
          "2026年2月26日\n\n"
          "主 要 指 标 |\n"
          "和美乡村覆盖率 | 休闲农业与乡村旅游收入 | 农民人均年收入 | 农产品加工产值与农业产值比 |\n"
          "2028 年 目 标 值 |\n"
          "60% | 12亿元 | >3.2万元/人 | 2.8 |\n"
          "属 性 | 预期性 | 预期性 | 预期性 | 预期性 |\n")


def test_a_table_laid_across_gives_each_figure_the_indicator_above_it_and_its_rows_year_and_kind():
    fs = facts_of(ACROSS)
    share = one(fs, 60)
    assert (share.kind, share.period, share.measure, share.indicator) == ("target", "2028", "share", "和美乡村覆盖率")
    income = one(fs, 12)
    assert (income.kind, income.period, income.indicator) == ("target", "2028", "休闲农业与乡村旅游收入")
    per_head = one(fs, 3.2)
    assert (per_head.comparator, per_head.unit, per_head.indicator) == (">", "万元/人", "农民人均年收入")
    ratio = one(fs, 2.8)
    assert (ratio.kind, ratio.measure, ratio.unit) == ("target", "share", "")


ORDINARY = ("2025年青川区主要经济指标\n"
            "青川区统计局 2026年2月10日\n\n"
            "指标 | 2024年 | 2025年 |\n"
            "地区生产总值(亿元) | 182.4 | 193.6 |\n"
            "一般公共预算收入(亿元) | 11.2 | 11.9 |\n")


def test_a_table_whose_first_row_names_times_is_read_down_not_across():
    fs = facts_of(ORDINARY)
    gdp = one(fs, 193.6)
    assert (gdp.kind, gdp.period, gdp.indicator, gdp.value_unit) == ("actual", "2025", "地区生产总值", "亿元")
    assert (one(fs, 11.2).period, one(fs, 11.2).indicator) == ("2024", "一般公共预算收入")
