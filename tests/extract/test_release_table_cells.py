"""Cells of the tables a statistics release carries, in the forms real pages write them: a communiqué's table of the
GDP and its industries, a web page's table whose unit note is 单位：亿元 over a column of changes written (±%), signed
cells (-0.9 under 同比增长), a row of an income gap in no unit, a row written without its blank cells, a row naming a
unit of its own under a column's, and a ranking's numbered headings over the names of each band.  Every text here is
invented (柳河市, 桐庄县, 云岭区 …)."""
from __future__ import annotations

from factrun import facts_of, one

from taizhang.extract.indicators import clean_phrase


def test_the_industries_of_a_gdp_table_are_value_added():
    text = ("2025年柳河市国民经济和社会发展统计公报\n柳河市统计局\n2026年3月12日\n"
            "表1 2025年柳河市地区生产总值及其增长速度\n"
            "指标 | 绝对数（亿元） | 比上年增长（%）\n地区生产总值 | 842.70 | 5.4\n第一产业 | 71.30 | 3.2\n"
            "第二产业 | 336.90 | 6.3\n工业 | 281.40 | 6.9\n第三产业 | 434.50 | 4.9\n")
    fs = facts_of(text)
    assert one(fs, 842.7).indicator == "地区生产总值"
    # the parts of a total are not totals: an industry's share of the GDP is its 增加值
    assert one(fs, 336.9).indicator == one(fs, 6.3).indicator == "第二产业增加值"
    assert one(fs, 281.4).indicator == "工业增加值"
    assert one(fs, 71.3).indicator == "第一产业增加值"
    # a caption naming no measure (…初步核算数据): the industries under the row of the GDP are still its parts, marked
    # as sub-rows (#制造业) or not; a row naming a measure of its own is none
    text = ("1 2026年一季度柳河市GDP初步核算数据\n\n指标\n\n绝对额(亿元)\n\n比上年同期增长(%)\n\nGDP\n\n215.4\n\n5.1\n\n"
            "第一产业\n\n12.8\n\n3.6\n\n工业\n\n88.1\n\n6.2\n\n#制造业\n\n71.9\n\n6.8\n\n金融业\n\n17.3\n\n4.4\n\n"
            "规模以上工业企业\n\n36.2\n\n2.9\n")
    fs = facts_of(text)
    assert one(fs, 215.4).indicator == "GDP"
    assert one(fs, 12.8).indicator == "第一产业增加值" and one(fs, 88.1).indicator == "工业增加值"
    assert one(fs, 71.9).indicator == "制造业增加值" and one(fs, 4.4).indicator == "金融业增加值"
    assert one(fs, 36.2).indicator != "规模以上工业企业增加值"


def test_a_rows_own_unit_wins_over_its_columns():
    text = ("表2 2025年桐庄县地区生产总值\n指标 | 绝对数（亿元） | 比上年增长（%）\n地区生产总值 | 210.60 | 4.8\n"
            "第三产业 | 120.40 | 5.1\n人均地区生产总值（元） | 58230 | 4.6\n")
    fs = facts_of(text)
    assert (one(fs, 58230).value_unit, one(fs, 58230).indicator) == ("元", "人均地区生产总值")
    assert one(fs, 120.4).value_unit == "亿元" and one(fs, 4.6).value_unit == "%"


def test_a_change_column_writing_its_sign_with_the_unit_keeps_its_per_cent_under_a_money_note():
    text = ("<html><head><title>2026年1-4月云岭区主要经济指标</title></head><body>\n"
            "<p>2026年1-4月云岭区主要经济指标</p>\n<table>\n<tr><td colspan=\"3\">单位：亿元</td></tr>\n"
            "<tr><td>指标名称</td><td>1-4月</td><td>同比增长(±%)</td></tr>\n"
            "<tr><td>地区生产总值</td><td>88.4</td><td>4.2</td></tr>\n"
            "<tr><td>规模以上工业增加值</td><td>—</td><td>6.7</td></tr>\n"
            "<tr><td>固定资产投资</td><td>31.6</td><td>-2.8</td></tr>\n</table>\n</body></html>\n")
    fs = facts_of(text)
    for v in (4.2, 6.7, 2.8):
        assert (one(fs, v).value_unit, one(fs, v).measure) == ("%", "growth")
    assert one(fs, 88.4).value_unit == "亿元"
    assert one(fs, 2.8).indicator == "固定资产投资"


def test_a_table_cells_sign_goes_from_its_value_and_a_negative_per_cent_is_a_change():
    text = ("桐庄县2026年一季度主要指标\n指标 | 单位 | 1-3月 | 同比增长（%）\n地区生产总值 | 亿元 | 51.3 | -0.7\n"
            "工业用电量 | 亿千瓦时 | 4.6 | -2.35\n")
    fs = facts_of(text)
    growth = one(fs, 0.7)  # the column tells the direction; the value drops the sign (no gold value is negative)
    assert (growth.value_unit, growth.measure, growth.indicator) == ("%", "growth", "地区生产总值")
    assert one(fs, 2.35).measure == "growth"
    # a row of a rate the table names by its measure alone: a share is never below zero
    text = ("柳河市2026年一季度发展指标\n类别 | 指标 | 计量单位 | 1-3月 |\n结构优化 | 1.服务业增加值占GDP比重 | % | 51.2 |\n"
            "2.税收占GDP比重 | % | 18.4 | |\n资源环境 | 3.单位GDP能耗(按等价值计算) | % | -2.61 |\n")
    fs = facts_of(text)
    assert (one(fs, 2.61).measure, one(fs, 2.61).indicator) == ("growth", "单位GDP能耗")
    assert one(fs, 51.2).measure == one(fs, 18.4).measure == "share"


def test_a_row_of_an_income_gap_is_a_share_in_no_unit():
    # a row whose last cell is left empty: the bar before it is no border
    text = ("云岭区2026年上半年主要指标\n指标 | 单位 | 1-6月 | 同比增长（%）\n"
            "城镇居民人均可支配收入 | 元 | 24310 | 5.6\n城乡居民收入比 | | 2.08 |\n")
    gap = one(facts_of(text), 2.08)
    assert (gap.unit, gap.measure, gap.indicator) == ("", "share", "城乡居民收入比")
    # a row written without its blank cells (the class spanning it, no unit): its label first, its figure last
    text = ("柳河市2026年一季度发展指标\n类别 | 指标 | 计量单位 | 1-3月 |\n结构优化 | 1.服务业增加值占GDP比重 | % | 51.2 |\n"
            "民生改善 | 2.居民人均可支配收入增长率 | % | 6.4 |\n3.城乡居民人均收入比(以农村居民人均可支配收入为1) | 2.27 |\n")
    gap = one(facts_of(text), 2.27)
    assert (gap.unit, gap.measure, gap.indicator) == ("", "share", "城乡居民人均收入比")


def test_the_numbered_headings_of_a_ranking_over_the_names_of_each_band_are_ranks():
    text = ("2026年一季度全省项目建设考核结果\n一、设区市前3名\n柳河市、桐城市、云岭市\n"
            "二、功能区前5名\n甲开发区、乙高新区、丙园区、丁港区、戊新区\n")
    fs = facts_of(text)
    for v in (3, 5):
        band = one(fs, v)
        assert (band.measure, band.comparator, band.unit, band.kind) == ("rank", "<=", "名", "actual")
    # a goal set as a heading over a paragraph of work is no band of a list
    text = ("2026年工作安排\n三、力争进入全省前10名\n全年地区生产总值增长6%左右，固定资产投资增长8%。\n")
    assert one(facts_of(text), 10).kind == "target"


def test_a_ratios_base_and_an_emptied_bracket_are_no_part_of_its_name():
    assert clean_phrase("城乡居民人均收入比(以农村居民人均可支配收入为1)") == "城乡居民人均收入比"
    assert clean_phrase("单位GDP能耗(按等价值计算)") == "单位GDP能耗"
    assert clean_phrase("居民消费价格指数(上年=100)") == "居民消费价格指数"
    assert clean_phrase("地区生产总值(GDP)") == "地区生产总值(GDP)"


def test_a_target_table_flattened_onto_one_line_reads_its_rows():
    text = ("桐庄县2025年主要经济指标完成情况\n指标名称 全年目标 全年完成 地区生产总值（亿元） 188 183.6 "
            "固定资产投资（亿元） 72 75.4 城镇新增就业（万人） 0.9 1.02\n")
    fs = facts_of(text)
    for target, done, name in ((188, 183.6, "地区生产总值"), (72, 75.4, "固定资产投资"), (0.9, 1.02, "城镇新增就业")):
        assert (one(fs, target).kind, one(fs, target).indicator) == ("target", name)
        assert (one(fs, done).kind, one(fs, done).indicator) == ("actual", name)
    assert one(fs, 1.02).value_unit == "万人" and one(fs, 183.6).period == "2025"


def test_a_target_cell_written_with_its_bound_is_a_target_with_that_comparator():
    text = ("云岭区2025年主要指标完成情况\n| 指标 | 全年目标 | 全年完成 |\n| 地区生产总值增长(%) | 6左右 | 5.4 |\n"
            "| 固定资产投资增长(%) | ≥8 | 8.6 |\n| 城镇新增就业(万人) | 1.1 | 1.24 |\n")
    fs = facts_of(text)
    about = one(fs, 6)
    assert (about.kind, about.comparator, about.measure, about.indicator) == ("target", "~", "growth", "地区生产总值")
    assert (one(fs, 8).kind, one(fs, 8).comparator) == ("target", ">=")
    assert (one(fs, 5.4).kind, one(fs, 5.4).comparator) == ("actual", "=")


def test_a_copula_list_of_per_cents_is_of_the_rate_its_sentence_named_before_it():
    fs = facts_of("柳河市2025年经济运行情况\n从三次产业增速看，第一产业、第二产业和第三产业增加值分别为2.9%、5.7%和4.8%。\n")
    assert [one(fs, v).measure for v in (2.9, 5.7, 4.8)] == ["growth"] * 3
    fs = facts_of("柳河市2025年经济运行情况\n三次产业增加值增速均有回升，第一产业、第二产业、第三产业分别为2.9%、5.7%和4.8%。\n")
    assert [one(fs, v).measure for v in (2.9, 5.7, 4.8)] == ["growth"] * 3
    # a share's word nearer than the rate's: the list is of shares
    fs = facts_of("柳河市2025年经济运行情况\n三次产业增速平稳，占地区生产总值比重分别为8.1%、41.2%和50.7%。\n")
    assert [one(fs, v).measure for v in (8.1, 41.2, 50.7)] == ["share"] * 3
