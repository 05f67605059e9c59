"""Statistics tables in the forms real pages carry them: rows set apart by bars (markdown, scraped pages) or one cell a
line, the unit in a row's label or only in the first row of a block, a column of one month beside the months to date,
a column of growth in per cent and one of changes in points, placeholders (——, -, …, 持平) where a row gives no
figure.  Every table here is invented (岚溪县, 青川市, 白水县 …): a monthly statistics bulletin, a county communiqué, a
table per county, a progress table of a 发改局."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_monthly_bulletin_gives_the_month_column_its_month_and_class_rows_the_unit_of_their_block():
    text = ("青川市2026年6月统计月报\n\n青川市统计局 2026年7月16日\n\n"
            "| 指标 | 6月 | 1-6月累计 | 累计增长% |\n| --- | --- | --- | --- |\n"
            "| 规模以上工业增加值(亿元) | 41.3 | 236.8 | 6.2 |\n| 固定资产投资(亿元) | —— | 388.5 | 7.7 |\n"
            "| 其中:工业投资 | —— | 132.6 | 11.4 |\n| 民间投资 | —— | 170.2 | 3.8 |\n"
            "| 社会消费品零售总额(亿元) | 52.4 | 301.9 | 持平 |\n| 城镇居民人均可支配收入(元) | - | … | - |\n")
    fs = facts_of(text)
    month = one(fs, 41.3)
    assert (month.period, month.value_unit, month.measure, month.indicator) == ("2026-M06", "亿元", "level", "规模以上工业增加值")
    assert one(fs, 52.4).period == "2026-M06" and one(fs, 301.9).period == "2026-M01..M06"
    industry = one(fs, 132.6)  # a class row without a unit: the unit of the block's first row
    assert (industry.value_unit, industry.measure, industry.period) == ("亿元", "level", "2026-M01..M06")
    assert one(fs, 170.2).value_unit == "亿元" and one(fs, 11.4).measure == "growth"
    # the placeholders are no figures; the row's other cells still are
    assert not [f for f in fs if f.evidence.startswith("| 城镇居民") or f.vstart < 0]
    assert len([f for f in fs if "社会消费品零售总额" in f.evidence]) == 2


def test_a_county_communique_in_bars_with_a_column_of_changes_in_points():
    text = ("白水县2025年国民经济和社会发展统计公报\n\n白水县统计局\n2026年3月18日\n\n表1 2025年主要指标\n"
            "| 指标 | 绝对数 | 比上年增长% | 比上年增减百分点 |\n"
            "| 地区生产总值(亿元) | 164.2 | 5.2 | 0.4 |\n| 第一产业增加值 | 25.8 | 3.3 | -0.6 |\n"
            "| 第二产业增加值 | 61.7 | 6.4 | 1.1 |\n| 城镇登记失业率(%) | 3.4 | —— | -0.3 |\n| 农村居民人均可支配收入 | … | 6.9 | —— |\n")
    fs = facts_of(text)
    points = one(fs, 0.4)
    assert (points.value_unit, points.measure, points.indicator, points.period) == ("个百分点", "delta", "地区生产总值", "2025")
    first = one(fs, 25.8)  # the rows under 地区生产总值(亿元) are in 亿元 until another row names its unit
    assert (first.value_unit, first.measure, first.indicator) == ("亿元", "level", "第一产业增加值")
    assert one(fs, 0.6).value_unit == "个百分点" and one(fs, 0.3).measure == "delta"  # a cell's value drops its sign (ruling of session 35: no gold value is negative)
    assert one(fs, 3.4).value_unit == "%" and one(fs, 3.4).measure == "share"
    assert one(fs, 6.9).measure == "growth"
    # a header cell of points written in brackets or with a sign of change
    text = ("东坡县2025年1-9月主要指标\n\n| 指标 | 1-9月 | 同比±% | 同比±百分点 |\n"
            "| 规上工业产值(亿元) | 82.6 | 4.9 | 1.2 |\n| 工业用电量(亿千瓦时) | 5.3 | 2.2 | -0.8 |\n")
    fs = facts_of(text)
    assert (one(fs, 1.2).value_unit, one(fs, 1.2).measure) == ("个百分点", "delta")
    assert one(fs, 5.3).value_unit == "亿千瓦时"


def test_a_rate_row_takes_no_money_unit_from_the_rows_above():
    text = ("河口县2026年1-6月主要经济指标\n\n| 指标 | 1-6月 | 增长% |\n| 地区生产总值(亿元) | 96.4 | 5.5 |\n"
            "| 第三产业 | 51.2 | 6.0 |\n| 第三产业占比 | 53.1 | —— |\n| 一般公共预算收入(亿元) | 7.9 | 4.1 |\n")
    fs = facts_of(text)
    assert one(fs, 51.2).value_unit == "亿元"
    assert not [f for f in fs if f.value == 53.1 and f.value_unit == "亿元"]


def test_month_columns_of_a_table_whose_year_the_text_never_states():
    text = ("主要经济指标完成情况\n\n| 指标 | 8月 | 1-8月累计 | 累计增长% |\n| --- | --- | --- | --- |\n"
            "| 规模以上工业总产值(亿元) | 18.6 | 140.2 | 4.4 |\n| 出口交货值(亿元) | 1.7 | 11.3 | 2.1 |\n\n"
            "| 指标 | 本月 | 累计 | 累计增长% |\n| 社会消费品零售总额(亿元) | 8.2 | 63.5 | 3.6 |\n"
            "| 限额以上单位零售额(亿元) | 3.3 | 24.1 | 2.5 |\n")
    fs = facts_of(text)
    assert one(fs, 18.6).period == "?-M08" and one(fs, 140.2).period == "?-M01..M08"
    assert one(fs, 4.4).period == "?-M01..M08"
    for f in fs:  # never a malformed period (?-M0-M01..)
        assert f.period in ("", "?") or f.period.startswith(("?-M", "..")) and f.period.count("-") == 1, f.period


def test_a_table_one_cell_a_line_with_a_unit_column_and_classes_below_a_caption():
    text = ("河湾县2025年国民经济和社会发展统计公报\n\n河湾县统计局 2026年3月15日\n\n表1 全县主要指标\n"
            "指标\n单位\n绝对数\n比上年增长(%)\n地区生产总值\n亿元\n171.5\n5.1\n第一产业\n亿元\n19.6\n3.7\n"
            "城镇居民人均可支配收入\n元\n39870\n4.6\n城镇登记失业率\n%\n3.0\n——\n\n"
            "表2 2025年年末人口及构成\n指标\n年末数(万人)\n比重(%)\n全县常住人口\n47.9\n——\n其中:城镇\n27.3\n57.0\n"
            "乡村\n20.6\n43.0\n")
    fs = facts_of(text)
    gdp = one(fs, 171.5)
    assert (gdp.value_unit, gdp.measure, gdp.indicator, gdp.period) == ("亿元", "level", "地区生产总值", "2025")
    assert one(fs, 39870).value_unit == "元" and one(fs, 3.0).measure == "share"
    rural = one(fs, 20.6)  # 乡村 under 城镇: a row, though it ends like a label column's word (村)
    assert (rural.value_unit, rural.indicator) == ("万人", "乡村人口")
    assert one(fs, 43.0).measure == "share"


def test_a_progress_table_per_county_with_placeholders_keeps_its_other_cells():
    text = ("青石市发展和改革局2026年1-9月重点项目推进情况\n\n"
            "| 县(市、区) | 项目数(个) | 年度计划投资(亿元) | 9月(亿元) | 1-9月完成投资(亿元) | 完成率% |\n"
            "| --- | --- | --- | --- | --- | --- |\n| 东湖区 | 24 | 56.2 | 5.1 | 43.9 | 78.1 |\n"
            "| 西岭县 | 18 | 31.4 | — | 22.7 | 72.3 |\n| 南山县 | 15 | 22.8 | — | 15.6 | 68.4 |\n"
            "| 北川县 | 12 | 17.5 | … | 13.9 | 79.4 |\n")
    fs = facts_of(text)
    assert one(fs, 5.1).period == "2026-M09" and one(fs, 5.1).subject == "东湖区"
    assert one(fs, 22.7).value_unit == "亿元" and one(fs, 22.7).period == "2026-M01..M09"


def test_rows_of_a_table_with_the_same_figure_keep_each_its_own_place():
    # the total row and a county's row both grew 4.8%: the county's growth is no restatement of the total's
    text = ("岚溪市2026年1-6月各县(市、区)主要指标\n\n"
            "| 地区 | 地区生产总值(亿元) | 增长% | 社会消费品零售总额(亿元) | 增长% |\n| --- | --- | --- | --- | --- |\n"
            "| 全市 | 860.4 | 4.8 | 352.1 | 5.3 |\n| 青川县 | 260.4 | 5.3 | 52.1 | 4.8 |\n"
            "| 河口县 | 198.3 | 4.1 | 72.9 | 6.0 |\n")
    fs = facts_of(text)
    county = [f for f in fs if f.value == 4.8 and "青川县" in f.evidence]
    assert len(county) == 1 and county[0].subject == "青川县" and county[0].indicator == "社会消费品零售总额"


def test_a_header_that_leaves_out_the_corner_over_the_row_labels():
    # | 绝对数(亿元) | 增长(%) | over rows that open with their label and no bar: the header's opening bar stands
    # where the empty corner cell was, so its columns are the rows' second and third cells, and the rows are measures
    text = ("柳湾县统计局公报\n\n2029年,柳湾县经济运行平稳。\n表1 2029年柳湾县生产总值\n"
            "| 绝 对 数 (亿元) | 比上年增长 (%) |\n地区生产总值 | 208.36 | 5.7 |\n第一产业 | 19.42 | 2.8 |\n"
            "第二产业 | 91.07 | 6.3 |\n第三产业 | 97.87 | 5.9 |\n")
    fs = facts_of(text)
    total = one(fs, 208.36)
    assert (total.value_unit, total.measure, total.period, total.indicator) == ("亿元", "level", "2029", "地区生产总值")
    growth = one(fs, 5.7)
    assert (growth.value_unit, growth.measure, growth.indicator) == ("%", "growth", "地区生产总值")
    first = one(fs, 19.42)
    assert (first.value_unit, first.measure) == ("亿元", "level") and first.indicator.startswith("第一产业")
    assert one(fs, 6.3).measure == "growth" and one(fs, 6.3).indicator.startswith("第二产业")
    assert not [f for f in fs if f.indicator in ("数", "比")]


def test_a_two_cell_bar_line_over_rows_of_two_cells_is_no_header_missing_its_corner():
    text = ("柳湾县重点工作\n| 责任单位 | 完成时限 |\n县发展改革局 | 6月底 |\n县财政局 | 9月底 |\n")
    assert not [f for f in facts_of(text) if f.unit == "" and f.value_unit in ("亿元", "%")]
