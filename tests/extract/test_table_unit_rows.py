"""A statistics table's units stated in a cell of its header line (| 单位:个、万元 | 指标名称 | 本月 | …) are the
table's, no column; and a units line listing a count unit and an amount unit over a table whose rows are measures and
whose columns are times and changes alone names its ROWS' units: a row counting things (企业单位数, 项目数) and its
sub-rows (其中:…) in the count unit, the others in the amount unit, not the columns in order (invented county monthly
table, district bulletin; a project table's guard keeps the columns' order)."""
from __future__ import annotations

from factrun import facts_of, one


def _cells(fs):
    return {(f.value, f.period[-3:]): (f.value_unit, f.measure, f.indicator) for f in fs if f.value_unit != "%"}


def test_a_units_cell_in_the_header_line_is_no_column():
    text = ("岚溪县2026年6月工业经济运行情况\n附:规上工业主要指标表\n"
            "| 单位:家、万元 | 指标名称 | 本月 | 同比% | 累计 | 同比% |\n"
            "| 企业单位数 | 212 | 4.1 | 212 | 4.1 |\n"
            "| 其中:亿元以上企业 | 38 | 2.7 | 38 | 2.7 |\n"
            "| 工业总产值 | 152300 | 6.2 | 861200 | 7.5 |\n"
            "| 工业销售产值 | 148900 | 5.8 | 840500 | 7.1 |\n")
    fs = facts_of(text)
    got = _cells(fs)
    assert got[(212.0, "M06")] == ("家", "count", "企业单位数")
    assert got[(38.0, "M06")][:2] == ("家", "count")
    assert got[(152300.0, "M06")] == ("万元", "level", "工业总产值")
    assert got[(861200.0, "M06")] == ("万元", "level", "工业总产值")  # (1-6月: the column of months to date)
    assert one(fs, 840500).period.endswith("M01..M06") and one(fs, 7.5).measure == "growth"


def test_a_units_line_over_measure_rows_names_the_rows_units():
    text = ("青川市白水区2026年1-9月主要经济指标\n单位:个、亿元\n"
            "| 指标 | 1-9月 | 比上年同期增长% |\n"
            "| 新开工项目数 | 46 | 12.2 |\n"
            "| 固定资产投资 | 188.6 | 6.4 |\n"
            "| 社会消费品零售总额 | 95.3 | 5.1 |\n")
    fs = facts_of(text)
    assert (one(fs, 46).value_unit, one(fs, 46).measure) == ("个", "count")
    assert (one(fs, 188.6).value_unit, one(fs, 188.6).measure) == ("亿元", "level")
    assert one(fs, 95.3).value_unit == "亿元"


def test_a_project_tables_units_line_still_names_its_columns_in_order():
    # guard: columns naming measures (项目数 | 总投资) take the units in order, whatever the rows are
    text = ("白水县2026年重点项目分类表\n单位:个、亿元\n"
            "| 类别 | 项目数 | 总投资 |\n"
            "| 产业项目 | 22 | 86.5 |\n"
            "| 基础设施项目 | 15 | 64.2 |\n"
            "| 民生项目 | 9 | 12.8 |\n")
    fs = facts_of(text)
    assert one(fs, 22).value_unit == "个" and one(fs, 86.5).value_unit == "亿元" and one(fs, 12.8).value_unit == "亿元"
