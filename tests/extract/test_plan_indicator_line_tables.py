"""A five-year plan's main-indicator table read from a Word file or web page one cell a line: the header (主要指标 /
单位 / 基年 / 目标年 / 年均增长或累计 / 属性), then each row's indicator, unit, figures and its 属性 cell (预期性 /
约束性), which closes the row.  The base year's column holds actuals, the target year's targets by then, the column
of changes targets over the plan's years (a bracketed figure is their sum, a bare one a yearly average growth).
Every document here is invented (青岭县, 白沙市, 云川省 …) in the shapes plans are published in."""
from __future__ import annotations

from factrun import facts_of, one


def _lines(*cells: str) -> str:
    return "\n".join(cells) + "\n"


def test_cells_one_a_line_under_a_header_one_a_line_with_bars():
    text = _lines("白沙市国民经济和社会发展第十四个五年规划纲要", "", "表1 “十四五”时期经济社会发展目标", "",
                  "主要指标 |", "单位 |", "2020年 |", "2025年 |", "年均增长/累计 |", "属性 |",
                  "地区生产总值增长 |", "% |", "5.9 |", "6.5左右 |", "- |", "预期性 |",
                  "城镇调查失业率 |", "% |", "- |", "<5.5 |", "- |", "预期性 |",
                  "研发经费投入强度 |", "% |", "2.1 |", ">2.6 |", "- |", "约束性 |",
                  "城镇新增就业人数 |", "万人 |", "- |", "- |", "[42] |", "预期性 |")
    fs = facts_of(text)
    base = one(fs, 5.9)
    assert (base.kind, base.measure, base.period, base.indicator) == ("actual", "growth", "2020", "地区生产总值")
    aim = one(fs, 6.5)
    assert (aim.kind, aim.measure, aim.comparator, aim.period.lstrip(".")) == ("target", "growth", "~", "2025")
    jobless = one(fs, 5.5)
    assert (jobless.kind, jobless.comparator, jobless.indicator) == ("target", "<=", "城镇调查失业率")
    rd = one(fs, 2.6)
    assert (rd.kind, rd.comparator, rd.measure, rd.value_unit) == ("target", ">", "share", "%")
    assert one(fs, 2.1).kind == "actual"
    jobs = one(fs, 42)
    assert (jobs.kind, jobs.value_unit, jobs.period, jobs.indicator) == ("target", "万人", "2021..2025", "城镇新增就业人数")
    assert text[jobs.vstart:jobs.vend] == "42"


def test_a_header_on_one_line_and_a_class_column_merged_over_its_rows():
    text = _lines("青岭县国民经济和社会发展第十四个五年规划纲要", "", "专栏一 主要发展指标", "",
                  "类别\t指标\t单位\t2020年\t2025年\t年均增长\t属性", "经济发展", "地区生产总值", "亿元", "186.4",
                  "265", "7左右", "预期性", "常住人口城镇化率", "%", "46.3", "53", "—", "预期性",
                  "生态环境", "森林覆盖率", "%", "61.2", "≥62", "—", "约束性",
                  "", "第一章 发展基础", "五年来，全县地区生产总值年均增长6.2%。")
    fs = facts_of(text)
    gdp = one(fs, 265)
    assert (gdp.kind, gdp.value_unit, gdp.measure, gdp.indicator) == ("target", "亿元", "level", "地区生产总值")
    assert one(fs, 186.4).kind == "actual" and one(fs, 186.4).period == "2020"
    rate = one(fs, 7)
    assert (rate.kind, rate.value_unit, rate.measure, rate.comparator, rate.period) == \
        ("target", "%", "growth", "~", "2021..2025")
    forest = one(fs, 62)
    assert (forest.kind, forest.comparator, forest.indicator) == ("target", ">=", "森林覆盖率")
    assert one(fs, 46.3).indicator == "常住人口城镇化率"
    assert one(fs, 6.2).kind == "actual"  # the prose after the table is read as before


def test_a_thirteenth_plan_table_without_bars_and_the_year_columns_named_with_words():
    text = _lines("云川省“十三五”规划纲要", "", "指标名称", "单位", "2015年基数", "2020年目标", "五年累计", "属性",
                  "粮食综合生产能力", "万吨", "3420", ">3400", "-", "约束性",
                  "新增建设用地规模", "万亩", "-", "-", "[90]", "约束性",
                  "居民人均可支配收入", "元", "17820", "26500", "-", "预期性")
    fs = facts_of(text)
    grain = one(fs, 3400)
    assert (grain.kind, grain.comparator, grain.value_unit, grain.period.lstrip(".")) == ("target", ">", "万吨", "2020")
    assert (one(fs, 3420).kind, one(fs, 3420).period) == ("actual", "2015")
    land = one(fs, 90)
    assert (land.kind, land.period, land.value_unit) == ("target", "2016..2020", "万亩")
    assert one(fs, 26500).indicator == "居民人均可支配收入"


def test_lines_of_prose_between_cells_are_no_such_table():
    text = _lines("白沙市2026年政府工作报告", "指标", "今年要确保地区生产总值增长6%。", "属性",
                  "预期性目标要积极争取。", "约束性指标必须完成。")
    fs = facts_of(text)
    assert one(fs, 6).kind == "target"


def test_a_plan_named_over_its_target_year_and_rows_stating_a_target_in_words():
    """The header names the plan over its two target columns (“十四五”目标 over 2025年 | 年均[累计]), a bar line for
    the upper cell's empty half and one for the row's end (||||), so the rows have a cell fewer than the header's
    lines; the base year comes from the plan's name.  A row whose target is written in words (全面达到国家二级标准,
    …) or a bracket holding a colon does not end the table, a sum written in its bracket ([累计达到600]) is one, and
    a note's mark after a row's name ([1]) is no part of the name."""
    text = _lines("表:丹霞市“十四五”规划纲要主要指标", "序号 |", "指 标 |", "单位 |", "属性 |", "“十四五”目标 |", "|",
                  "2025年 |", "年均[累计] |", "||||",
                  "1 |", "地区生产总值年均增长率 |", "% |", "预期性 |", "- |", "6.5左右 |",
                  "2 |", "全员劳动生产率 |", "万元/人 |", "预期性 |", "24左右 |", "- |",
                  "3 |", "规模以上工业企业数量 |", "家 |", "预期性 |", "- |", "[累计达到600] |",
                  "4 |", "每万人口发明专利拥有量[1] |", "件 |", "预期性 |", "18左右 |", "- |",
                  "5 |", "老旧小区改造面积 |", "万平方米 |", "约束性 |", "- |", "[城区:五年累计约90 乡镇:约30] |",
                  "6 |", "环境空气质量 |", "/ |", "约束性 |", "稳定达到国家二级标准,部分指标达到一级标准 |", "- |",
                  "7 |", "森林覆盖率 |", "% |", "约束性 |", ">52 |", "- |",
                  "8 |", "城镇调查失业率 |", "% |", "预期性 |", "- |", "<5.5 |",
                  "[1] 指每万人口拥有的有效发明专利数。")
    fs = facts_of(text)
    rate = one(fs, 6.5)
    assert (rate.kind, rate.period, rate.comparator, rate.indicator) == \
        ("target", "2021..2025", "~", "地区生产总值年均增长率")
    labour = one(fs, 24)
    assert (labour.kind, labour.period.lstrip("."), labour.value_unit) == ("target", "2025", "万元/人")
    firms = one(fs, 600)
    assert (firms.kind, firms.value_unit, firms.indicator) == ("target", "家", "规模以上工业企业数量")
    assert one(fs, 18).indicator == "每万人口发明专利拥有量"
    forest = one(fs, 52)  # after the rows of words: the table goes on
    assert (forest.kind, forest.comparator, forest.period.lstrip("."), forest.indicator) == \
        ("target", ">", "2025", "森林覆盖率")
    jobless = one(fs, 5.5)
    assert (jobless.kind, jobless.comparator, jobless.indicator) == ("target", "<=", "城镇调查失业率")
