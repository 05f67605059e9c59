"""Statistics tables whose cells come one a line (a statistics office's PDF or web page read as text): a 单位 line,
the header's cells, then each row's label and its figures.  Each figure measures its column: the current period's
amount, the same period of the year before (上年同期), or the change (比上年±%, 增速).  Every document here is invented
(青岭县, 白沙市, 石门镇 …) in the shapes statistics offices publish."""
from __future__ import annotations

from factrun import facts_of, one


def _lines(*cells: str) -> str:
    return "\n".join(cells) + "\n"


def test_a_units_line_of_an_amount_and_a_per_cent_gives_the_per_cent_to_the_change_column_only():
    text = _lines("青岭县2026年1-6月主要经济指标", "", "单位：万元、%", "指标名称", "2026年1-6月", "上年同期",
                  "比上年±%", "规模以上工业总产值", "61234.5", "58120.3", "5.4", "固定资产投资", "412688",
                  "398260", "3.6", "社会消费品零售总额", "90321.7", "92110.4", "-1.9")
    fs = facts_of(text)
    base = one(fs, 398260)
    assert (base.value_unit, base.measure, base.period, base.indicator) == ("万元", "level", "2025-M01..M06", "固定资产投资")
    now = one(fs, 412688)
    assert (now.value_unit, now.measure, now.period, now.subject) == ("万元", "level", "2026-M01..M06", "青岭县")
    rate = one(fs, 3.6)
    assert (rate.value_unit, rate.measure, rate.period, rate.indicator) == ("%", "growth", "2026-M01..M06", "固定资产投资")
    # a fall written with a minus: the cell's figure without its sign, its span the digits (the column tells the direction)
    fall = one(fs, 1.9)
    assert (fall.measure, text[fall.vstart:fall.vend]) == ("growth", "1.9") and "-1.9" in fall.evidence


def test_the_base_column_beside_a_column_named_by_year_and_months_is_a_year_earlier():
    # bars, as a web page's table is read, and tabs, as a Word table is
    bars = ("白沙市2026年1-9月经济运行简况\n\n| 指标 | 2026年1-9月 | 上年同期 | 增长(%) |\n| --- | --- | --- | --- |\n"
            "| 地区生产总值(亿元) | 318.6 | 301.2 | 5.8 |\n| 一般公共预算收入(亿元) | 21.4 | 20.9 | 2.4 |\n"
            "| 进出口总额(亿元) | 45.2 | 47.8 | -5.4 |\n")
    fs = facts_of(bars)
    assert (one(fs, 301.2).period, one(fs, 301.2).measure) == ("2025-M01..M09", "level")
    assert (one(fs, 318.6).period, one(fs, 5.8).period) == ("2026-M01..M09", "2026-M01..M09")
    tabs = ("石门镇2025年一季度主要指标\n指标\t2025年一季度\t上年同期\t同比增长(%)\n"
            "工业总产值(万元)\t8210\t7650\t7.3\n财政收入(万元)\t1320\t1288\t2.5\n农民人均可支配收入(元)\t6120\t5830\t5.0\n")
    fs = facts_of(tabs)
    assert one(fs, 7650).period == "2024-Q1" and one(fs, 8210).period == "2025-Q1"


def test_rows_under_a_project_word_with_columns_of_times_are_measures():
    # 项目 heads the label column, the columns name times only: the rows are the measures, the county their place
    text = _lines("青岭县2026年1-6月主要经济指标", "单位：万元", "项目", "1-6月", "上年同期", "比上年±%",
                  "一、工业总产值", "52031.5", "48810.2", "6.6", "二、固定资产投资", "352688", "301220", "17.1",
                  "三、一般公共预算收入", "12012", "11500", "4.5")
    fs = facts_of(text)
    f = one(fs, 352688)
    assert (f.indicator, f.subject, f.period) == ("固定资产投资", "青岭县", "2026-M01..M06")
    g = one(fs, 4.5)
    assert (g.indicator, g.subject, g.measure) == ("一般公共预算收入", "青岭县", "growth")
    assert one(fs, 48810.2).period == "2025-M01..M06"


def test_header_cells_broken_over_two_lines_are_joined():
    # a PDF's narrow header cells come out a line per piece: 2026年 / 1-3月, 上年 / 同期, 比上年 / ±%
    text = _lines("白沙市2026年一季度主要统计指标", "单位：亿元", "指 标 名 称", "2026年", "1-3月", "上年", "同期",
                  "比上年", "±%", "地区生产总值", "186.4", "176.9", "5.4", "一般公共预算收入", "14.2", "13.8", "2.9",
                  "金融机构存款余额", "902.5", "861.0", "4.8")
    fs = facts_of(text)
    gdp = one(fs, 186.4)
    assert (gdp.value_unit, gdp.period, gdp.indicator, gdp.measure) == ("亿元", "2026-M01..M03", "地区生产总值", "level")
    assert (one(fs, 176.9).period, one(fs, 176.9).value_unit) == ("2025-M01..M03", "亿元")
    assert (one(fs, 2.9).value_unit, one(fs, 2.9).measure, one(fs, 2.9).indicator) == ("%", "growth", "一般公共预算收入")
    # a monthly report's header: 本月 / 1-本月 / 同比 / ±%, the month from the caption
    text = _lines("青岭县2026年5月经济运行主要指标", "单位：万元", "指标", "本月", "1-本月", "同比", "±%",
                  "工业用电量(万千瓦时)", "1320", "6120", "3.1", "税收收入", "2210", "11630", "-4.2",
                  "商品房销售额", "3150", "14780", "6.0")
    fs = facts_of(text)
    assert (one(fs, 2210).period, one(fs, 11630).period) == ("2026-M05", "2026-M01..M05")
    assert (one(fs, 4.2).measure, one(fs, 4.2).value_unit, one(fs, 4.2).indicator) == ("growth", "%", "税收收入")
    # a row naming its own unit keeps it under the table's 单位 line
    assert (one(fs, 6120).value_unit, one(fs, 11630).value_unit) == ("万千瓦时", "万元")


def test_a_statistics_table_set_apart_by_blanks_reads_its_columns_like_one_cell_a_line():
    # a PDF read with its layout kept: the same table, a row a line, cells set apart by blanks
    text = ("白沙市2026年1-6月主要经济指标\n单位：亿元\n"
            "指标名称      2026年1-6月    上年同期    比上年±%\n"
            "地区生产总值      402.7      381.5      5.6\n"
            "固定资产投资      155.3      160.2     -3.1\n"
            "社会消费品零售总额   188.0      176.4      6.6\n")
    fs = facts_of(text)
    assert (one(fs, 402.7).period, one(fs, 402.7).indicator, one(fs, 402.7).value_unit) == \
        ("2026-M01..M06", "地区生产总值", "亿元")
    assert (one(fs, 160.2).period, one(fs, 160.2).measure) == ("2025-M01..M06", "level")
    assert (one(fs, 3.1).measure, one(fs, 3.1).value_unit, one(fs, 3.1).indicator) == ("growth", "%", "固定资产投资")


def test_one_row_under_a_statistics_header_is_a_table():
    # a short news item closing on one line of figures
    text = _lines("石门镇上半年招商引资情况", "2026年上半年，石门镇招商引资工作稳步推进。", "单位：万元",
                  "指标名称", "2026年1-6月", "上年同期", "比上年±%", "实际到位资金", "23150", "19870", "16.5")
    fs = facts_of(text)
    assert (one(fs, 23150).period, one(fs, 23150).indicator, one(fs, 23150).value_unit) == \
        ("2026-M01..M06", "实际到位资金", "万元")
    assert one(fs, 19870).period == "2025-M01..M06"
    assert (one(fs, 16.5).measure, one(fs, 16.5).value_unit) == ("growth", "%")


def test_rows_holding_a_unit_cell_the_header_names_no_column_for():
    text = _lines("白沙市2026年一季度经济运行情况", "指标名称", "1-3月", "上年同期", "增速(%)",
                  "地区生产总值", "亿元", "186.4", "176.9", "5.4", "城镇居民人均可支配收入", "元", "13420", "12760",
                  "5.2", "规模以上工业企业", "家", "212", "205", "3.4")
    fs = facts_of(text)
    assert (one(fs, 186.4).value_unit, one(fs, 186.4).period, one(fs, 186.4).indicator) == \
        ("亿元", "2026-M01..M03", "地区生产总值")
    assert (one(fs, 12760).value_unit, one(fs, 12760).period) == ("元", "2025-M01..M03")
    assert (one(fs, 212).measure, one(fs, 5.2).measure, one(fs, 5.2).value_unit) == ("count", "growth", "%")
