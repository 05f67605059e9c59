"""A plan's main-indicator table, whatever its page made of it: rows of cells set apart by tabs (a web page's table,
a Word file's) or bars, or one cell a line; its 属性 column (预期性 / 约束性) last or before the figures, a 序号 column
first, the classes of its rows (经济发展, 民生福祉) as rows of their own or as a column merged over their rows, a header
in two levels (2025年 over 目标值 | 年均增长).  The base year's cells are actuals of that year, the target year's targets
by then, the column of changes targets over the plan's years.  Every document here is invented (岚溪县, 青川市 …) in
the shapes plans are published in."""
from __future__ import annotations

from factrun import facts_of, one


def _lines(*cells: str) -> str:
    return "\n".join(cells) + "\n"


def test_one_cell_a_line_with_serials_first_and_the_attribute_before_the_figures():
    text = _lines("岚溪县国民经济和社会发展第十四个五年规划纲要", "", "表1 岚溪县“十四五”时期经济社会发展主要指标",
                  "序号", "指标", "单位", "属性", "2020年", "2025年", "年均增长（累计）",
                  "经济发展",
                  "1", "地区生产总值", "亿元", "预期性", "326.5", "480", "8左右",
                  "2", "一般公共预算收入", "亿元", "预期性", "21.3", "30", "7",
                  "民生福祉",
                  "3", "城镇新增就业人数", "万人", "预期性", "—", "—", "[2.5]",
                  "4", "城镇调查失业率", "%", "预期性", "—", "<5.5", "—",
                  "绿色生态",
                  "5", "森林覆盖率", "%", "约束性", "61.2", "≥62", "—",
                  "注：[]内为五年累计数。")
    fs = facts_of(text)
    base = one(fs, 326.5)
    assert (base.kind, base.period, base.value_unit, base.indicator) == ("actual", "2020", "亿元", "地区生产总值")
    aim = one(fs, 480)
    assert (aim.kind, aim.period.lstrip("."), aim.indicator) == ("target", "2025", "地区生产总值")
    rate = one(fs, 8)
    assert (rate.kind, rate.measure, rate.comparator, rate.value_unit, rate.period) == \
        ("target", "growth", "~", "%", "2021..2025")
    jobs = one(fs, 2.5)
    assert (jobs.kind, jobs.value_unit, jobs.period, jobs.indicator) == ("target", "万人", "2021..2025", "城镇新增就业人数")
    assert (one(fs, 5.5).comparator, one(fs, 5.5).kind) == ("<=", "target")
    forest = one(fs, 62)
    assert (forest.comparator, forest.indicator, one(fs, 61.2).kind) == (">=", "森林覆盖率", "actual")
    assert not [f for f in fs if f.value in (1, 2, 3, 4, 5)]  # the serials are no figures


def test_rows_a_line_set_apart_by_tabs_with_class_rows_between_them():
    text = _lines("临江区国民经济和社会发展第十四个五年规划纲要", "", "表1 临江区“十四五”主要指标",
                  "序号\t指标名称\t属性\t单位\t2020年\t2025年\t年均增长",
                  "一、经济发展",
                  "1\t地区生产总值\t预期性\t亿元\t640.2\t900\t7",
                  "2\t固定资产投资\t预期性\t亿元\t310\t420\t6.5",
                  "二、民生福祉",
                  "3\t城乡居民人均可支配收入\t预期性\t元\t38000\t52000\t6",
                  "4\t人均预期寿命\t预期性\t岁\t79.1\t80左右\t—")
    fs = facts_of(text)
    assert (one(fs, 640.2).kind, one(fs, 640.2).period) == ("actual", "2020")
    invest = one(fs, 420)
    assert (invest.kind, invest.value_unit, invest.indicator, invest.period.lstrip(".")) == \
        ("target", "亿元", "固定资产投资", "2025")
    grow = one(fs, 6.5)
    assert (grow.kind, grow.measure, grow.period, grow.indicator) == ("target", "growth", "2021..2025", "固定资产投资")
    life = one(fs, 80)
    assert (life.kind, life.comparator, life.value_unit) == ("target", "~", "岁")


def test_bars_with_a_class_column_blank_under_its_first_row():
    text = _lines("青川市国民经济和社会发展第十四个五年规划纲要", "",
                  "| 类别 | 序号 | 指标 | 单位 | 2020年 | 2025年 | 年均增长/累计 | 属性 |",
                  "| 经济发展 | 1 | 地区生产总值 | 亿元 | 1850 | 2600 | 7左右 | 预期性 |",
                  "|  | 2 | 全社会研发经费投入强度 | % | 1.8 | >2.5 | — | 预期性 |",
                  "| 民生福祉 | 3 | 居民人均可支配收入 | 元 | 32100 | 45000 | 7.5 | 预期性 |",
                  "|  | 4 | 城镇新增就业 | 万人 | — | — | [30] | 预期性 |")
    fs = facts_of(text)
    assert (one(fs, 1850).kind, one(fs, 1850).indicator) == ("actual", "地区生产总值")
    assert (one(fs, 2600).kind, one(fs, 2600).indicator) == ("target", "地区生产总值")
    rd = one(fs, 2.5)
    assert (rd.kind, rd.comparator, rd.indicator) == ("target", ">", "全社会研发经费投入强度")
    assert (one(fs, 7.5).measure, one(fs, 7.5).indicator) == ("growth", "居民人均可支配收入")
    assert (one(fs, 30).kind, one(fs, 30).period) == ("target", "2021..2025")
    assert not [f for f in fs if f.value in (1, 2, 3, 4)]  # serials: before, 1亿元 and 2% under 经济发展


def test_a_web_page_table_with_a_header_in_two_levels_and_merged_class_cells():
    text = ("<html><head><title>石门县国民经济和社会发展第十四个五年规划纲要</title></head><body>"
            "<p>表1 石门县“十四五”时期主要指标</p><table>"
            "<tr><td rowspan=\"2\">类别</td><td rowspan=\"2\">指标</td><td rowspan=\"2\">单位</td>"
            "<td rowspan=\"2\">2020年</td><td colspan=\"2\">2025年</td><td rowspan=\"2\">属性</td></tr>"
            "<tr><td>目标值</td><td>年均增长</td></tr>"
            "<tr><td rowspan=\"2\">经济发展</td><td>地区生产总值</td><td>亿元</td><td>420.6</td><td>600</td>"
            "<td>7.5左右</td><td>预期性</td></tr>"
            "<tr><td>社会消费品零售总额</td><td>亿元</td><td>150.2</td><td>210</td><td>7</td><td>预期性</td></tr>"
            "<tr><td>民生福祉</td><td>城镇调查失业率</td><td>%</td><td>5.2</td><td>&lt;5.5</td><td>—</td>"
            "<td>预期性</td></tr>"
            "</table></body></html>")
    fs = facts_of(text)
    assert (one(fs, 420.6).kind, one(fs, 420.6).period) == ("actual", "2020")
    aim = one(fs, 600)
    assert (aim.kind, aim.period.lstrip("."), aim.indicator) == ("target", "2025", "地区生产总值")
    grow = one(fs, 7.5)
    assert (grow.kind, grow.measure, grow.comparator, grow.period) == ("target", "growth", "~", "2021..2025")
    assert (one(fs, 5.2).kind, one(fs, 5.5).comparator) == ("actual", "<=")


def test_a_base_and_a_target_of_one_value_and_a_sum_written_in_words():
    text = _lines("松岭市“十四五”规划纲要", "", "专栏1 主要发展指标",
                  "类别", "序号", "指标名称", "单位", "2020年", "2025年", "年均增长（%）/累计", "属性",
                  "经济发展", "1", "地区生产总值", "亿元", "2150", "3000左右", "7", "预期性",
                  "安全保障", "2", "粮食综合生产能力", "万吨", "120", "≥120", "—", "约束性",
                  "3", "新增建设用地", "亩", "—", "—", "累计达到800", "约束性")
    fs = facts_of(text)
    grain = sorted((f for f in fs if f.value == 120), key=lambda f: f.vstart)
    assert [(f.kind, f.period.lstrip("."), f.comparator) for f in grain] == \
        [("actual", "2020", "="), ("target", "2025", ">=")]
    land = one(fs, 800)
    assert (land.kind, land.value_unit, land.period, land.indicator) == ("target", "亩", "2021..2025", "新增建设用地")
    assert one(fs, 3000).indicator == "地区生产总值"  # before, the serial column named the rows (1, 2)


def test_a_statistics_table_without_an_attribute_column_is_read_as_before():
    text = _lines("岚溪县2024年国民经济和社会发展统计公报", "",
                  "指标\t单位\t2023年\t2024年\t增长(%)",
                  "地区生产总值\t亿元\t310.2\t330.5\t5.6",
                  "一般公共预算收入\t亿元\t20.1\t21.4\t6.5")
    fs = facts_of(text)
    assert (one(fs, 330.5).kind, one(fs, 330.5).period) == ("actual", "2024")
    assert one(fs, 310.2).kind == "actual"


def test_one_cell_a_line_with_a_row_whose_empty_cell_the_page_dropped():
    text = _lines("青岭县国民经济和社会发展第十四个五年规划纲要", "", "表1 主要指标",
                  "序号", "指标", "单位", "属性", "2020年", "2025年", "年均增长",
                  "1", "地区生产总值", "亿元", "预期性", "186.4", "265", "7左右",
                  "2", "城镇新增就业人数", "万人", "预期性", "[1.6]",
                  "3", "居民人均可支配收入", "元", "预期性", "30120", "42500", "6.5",
                  "4", "森林覆盖率", "%", "约束性", "61.2", "≥62", "—")
    fs = facts_of(text)
    assert one(fs, 265).indicator == "地区生产总值"
    income = one(fs, 42500)
    assert (income.kind, income.indicator, income.period.lstrip(".")) == ("target", "居民人均可支配收入", "2025")
    assert (one(fs, 6.5).indicator, one(fs, 62).indicator) == ("居民人均可支配收入", "森林覆盖率")
    assert not [f for f in fs if f.value == 3]  # the next row's serial is no cell of the short row
