"""Tables written one cell a line with the bars a converter of web pages or Word files leaves around each cell
(``| 指标 |`` / ``| 842.1 |``, or a bare ``|`` where a row begins and each cell closed by one: ``842.1 |``).  The rows
are rebuilt from the header's column count and read like any table written one cell a line.  Invented tables."""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.structures import find_table_cells


def cells(text: str) -> list[tuple]:
    return [(c.row_label, c.header, c.value, c.unit) for c in find_table_cells(text)]


def test_each_cell_between_bars_on_a_line_of_its_own_with_a_unit_column():
    text = ("岚溪县2023年国民经济主要指标\n"
            "| 指标 |\n| 单位 |\n| 绝对值 |\n| 增长% |\n"
            "| 地区生产总值 |\n| 亿元 |\n| 842.1 |\n| 7.2 |\n"
            "| 规上工业增加值 |\n| 亿元 |\n| 301.5 |\n| 8.1 |\n"
            "| 城镇居民人均可支配收入 |\n| 元 |\n| 41230 |\n| 6.5 |\n")
    assert cells(text) == [("地区生产总值", "绝对值", 842.1, "亿元"), ("地区生产总值", "增长", 7.2, "%"),
                           ("规上工业增加值", "绝对值", 301.5, "亿元"), ("规上工业增加值", "增长", 8.1, "%"),
                           ("城镇居民人均可支配收入", "绝对值", 41230, "元"), ("城镇居民人均可支配收入", "增长", 6.5, "%")]
    fs = facts_of(text)
    f = one(fs, 301.5)
    assert (f.indicator, f.measure, f.subject, f.period, f.kind) == ("规上工业增加值", "level", "岚溪县", "2023", "actual")
    f = one(fs, 6.5)
    assert (f.indicator, f.measure, f.subject, f.period) == ("城镇居民人均可支配收入", "growth", "岚溪县", "2023")


def test_rows_opened_by_a_bare_bar_and_cells_closed_by_bars():
    text = ("东坡市2022年1-6月主要经济指标\n"
            "| 指标 |\n| 1-6月(亿元) |\n| 增长(%) |\n"
            "|\n地区生产总值 |\n120.5 |\n8.3 |\n"
            "|\n一般公共预算收入 |\n10.2 |\n5.1 |\n"
            "|\n固定资产投资 |\n88.4 |\n12.0 |\n|\n")
    assert cells(text)[:2] == [("地区生产总值", "1-6月", 120.5, "亿元"), ("地区生产总值", "1-6月增长", 8.3, "%")]
    assert len(cells(text)) == 6
    f = one(facts_of(text), 88.4)
    assert (f.indicator, f.measure, f.subject, f.period) == ("固定资产投资", "level", "东坡市", "2022-M01..M06")


def test_two_columns_of_places_between_bars():
    text = ("2023年1-8月各县固定资产投资增速\n| 地区 |\n| 增速(%) |\n"
            "| 甲山县 |\n| 8.2 |\n| 乙水县 |\n| 7.5 |\n| 丙河县 |\n| 6.1 |\n")
    assert cells(text) == [("甲山县", "增速", 8.2, "%"), ("乙水县", "增速", 7.5, "%"), ("丙河县", "增速", 6.1, "%")]


def test_a_unit_column_after_the_label_column_word_is_no_label_column():
    # 计量单位 ends like a label column's word (…单位), but under 指标名称 it heads the rows' units
    text = ("| 指标名称 |\n| 计量单位 |\n| 1-5月 |\n| 同比增长(%) |\n"
            "| 规模以上工业增加值 |\n| 亿元 |\n| 45.6 |\n| 9.1 |\n"
            "| 社会消费品零售总额 |\n| 亿元 |\n| 60.2 |\n| 7.3 |\n"
            "| 出口总额 |\n| 万美元 |\n| 2103 |\n| 5.5 |\n")
    assert cells(text)[-2:] == [("出口总额", "1-5月", 2103, "万美元"), ("出口总额", "1-5月同比增长", 5.5, "%")]
    assert len(cells(text)) == 6


def test_rows_closing_with_their_units_are_measures_under_a_header_of_times():
    text = ("| 项目 |\n| 本月 |\n| 1-9月累计 |\n| 累计增长% |\n"
            "| 进出口总额(亿元) |\n| 12.1 |\n| 98.5 |\n| 6.2 |\n"
            "| 出口额(亿元) |\n| 8.0 |\n| 60.3 |\n| 7.7 |\n"
            "| 进口额(亿元) |\n| 4.1 |\n| 38.2 |\n| 4.0 |\n")
    assert cells(text)[:3] == [("进出口总额", "本月", 12.1, "亿元"), ("进出口总额", "1-9月累计", 98.5, "亿元"),
                               ("进出口总额", "累计增长", 6.2, "%")]
    f = one(facts_of(text), 60.3)
    assert (f.indicator, f.subject, f.measure) == ("出口额", "", "level")

    # lines naming times alone (a title and a date over rows) are no header
    text = "东坡县经济运行\n| 2022年 |\n| 全年 |\n| 一季度 |\n| 12 |\n| 3% |\n| 二季度 |\n| 13 |\n| 4% |\n| 三季度 |\n| 14 |\n| 5% |\n"
    assert find_table_cells(text) == []


def test_columns_naming_only_the_time_compared_with_and_a_total_row_of_the_province():
    """比上年同月 | 比上年同期 over rows of cities under a caption naming the measure: each column is a growth of what
    the caption measures, the first the month's own, the second the months so far; the province's row (全 省, a blank
    inside) is the province's, not the next row's city."""
    text = ("湖南省2023年11月各市州规模以上工业增加值增长情况\n\n"
            "市州 |\n增长速度 |\n|\n比上年同月(%) |\n比上年同期(%) |\n|\n"
            "全 省 |\n8.1 |\n6.9 |\n长沙市 |\n9.2 |\n7.4 |\n株洲市 |\n7.3 |\n6.8 |\n湘潭市 |\n8.0 |\n7.0 |\n")
    fs = facts_of(text)
    month = one(fs, 9.2)
    assert (month.subject, month.measure, month.period, month.indicator) == \
        ("长沙市", "growth", "2023-M11", "规模以上工业增加值")
    so_far = one(fs, 7.4)
    assert (so_far.subject, so_far.measure, so_far.period, so_far.indicator) == \
        ("长沙市", "growth", "2023-M01..M11", "规模以上工业增加值")
    whole = one(fs, 8.1)
    assert (whole.subject, whole.period) == ("湖南省", "2023-M11")
    assert one(fs, 6.9).subject == "湖南省"


def test_a_progress_table_of_sectors_one_bar_cell_a_line():
    # 分类名称 heads classes (sectors), not places: the rows' figures are the county's, the sector names the measure;
    # 总投资 states no unit but its money neighbours do; 与序时进度比较 is how far ahead of the pace, no share
    text = ("岚溪县2023年1-10月重点项目推进情况\n\n"
            "分类名称 |\n项目数 |\n总投资 |\n年度计划投资(亿元) |\n1-本月累计完成投资(亿元) |\n占年计划的% |\n"
            "与序时进度比较% |\n"
            "交通水利 |\n15 |\n26.40 |\n4.10 |\n3.50 |\n85.4% |\n2.1% |\n"
            "产业发展 |\n22 |\n51.80 |\n9.60 |\n8.20 |\n85.4% |\n2.1% |\n"
            "民生保障 |\n8 |\n9.30 |\n1.50 |\n1.10 |\n73.3% |\n-10.0% |\n")
    fs = facts_of(text)
    assert {f.subject for f in fs} == {"岚溪县"}
    f = one(fs, 26.40)
    assert (f.value_unit, f.measure, f.period) == ("亿元", "level", "2023")
    assert "产业发展" in one(fs, 51.80).indicator
    f = one(fs, 22)
    assert (f.value_unit, f.measure) == ("个", "count")
    f = one(fs, 8.20)
    assert (f.value_unit, f.period) == ("亿元", "2023-M01..M10")
    assert [(f.value, f.measure) for f in fs if f.measure in ("delta", "share") and f.value in (2.1, 10.0)] == \
        [(2.1, "delta"), (2.1, "delta"), (10.0, "delta")]  # (a cell's value drops its sign: the lead's ruling, as every gold writes it)
    assert len(fs) == 18
