"""An indicator table set apart by blanks, as a report's appendix or a PDF turned to text writes it: a serial column,
the indicator's name, a 单位 column (or the unit closing the name: 全区生产总值(亿元)), then a column of the year's
targets (年初目标, 预期目标, 2026 年目标值) beside columns of what was reached (全年完成, 实际完成, 预计值) and a 备注 column
a row may leave empty.  The rows are the measures (not places), the target column's figures are targets, a range
(12.5-15) is its lower and upper bound, a row named as a rate of growth (…增速, …增长) holds growth.  All tables here
are invented (岚溪县, 青川区 …)."""
from __future__ import annotations

from factrun import facts_of


def _by_value(text: str) -> dict:
    out: dict = {}
    for f in facts_of(text):
        out.setdefault(f.value, []).append(f)
    return out


SERIAL_UNIT_TABLE = ("岚溪县2026年政府工作报告主要指标完成情况\n"
                     "序号 指标名称 单位 年初目标 全年完成\n"
                     "1 地区生产总值增速 % 7 7.4\n"
                     "2 一般公共预算收入 亿元 18.5-20 19.6\n"
                     "3 城镇新增就业 万人 1.3 1.45\n")


def test_a_serial_column_does_not_hide_the_indicator_column_and_the_target_column_holds_targets():
    got = _by_value(SERIAL_UNIT_TABLE)
    target, done = got[7][0], got[7.4][0]
    assert (target.kind, target.measure, target.value_unit) == ("target", "growth", "%")
    assert (done.kind, done.measure) == ("actual", "growth")
    assert "地区生产总值" in target.indicator and "地区生产总值" in done.indicator
    assert target.subject == done.subject != "地区生产总值增速"
    assert target.period == done.period == "2026"
    assert (got[1.3][0].kind, got[1.3][0].value_unit) == ("target", "万人")
    assert (got[1.45][0].kind, got[1.45][0].value_unit) == ("actual", "万人")


def test_a_range_in_the_target_column_is_its_lower_and_upper_bound():
    got = _by_value(SERIAL_UNIT_TABLE)
    lo, hi = got[18.5][0], got[20][0]
    assert (lo.kind, lo.comparator, lo.value_unit) == ("target", ">=", "亿元")
    assert (hi.kind, hi.comparator, hi.value_unit) == ("target", "<=", "亿元")
    assert got[19.6][0].kind == "actual" and got[19.6][0].indicator == lo.indicator


NOTE_COLUMN_TABLE = ("2026年青川区主要经济指标预期目标及完成情况\n"
                     "指标名称 单位 预期目标 实际完成 备注\n"
                     "规上工业增加值增长 % 8 8.6 超额完成\n"
                     "固定资产投资增长 % 10 9.2\n"
                     "社会消费品零售总额增长 % 6-7 5.1 未完成\n"
                     "农村居民人均可支配收入 元 26500 26870\n")


def test_a_row_leaving_its_note_empty_keeps_its_figures_in_their_columns():
    got = _by_value(NOTE_COLUMN_TABLE)
    assert (got[10][0].kind, got[10][0].measure) == ("target", "growth")
    assert (got[9.2][0].kind, got[9.2][0].measure) == ("actual", "growth")
    assert (got[26500][0].kind, got[26500][0].value_unit) == ("target", "元")
    assert (got[26870][0].kind, got[26870][0].value_unit) == ("actual", "元")
    assert [(f.comparator, f.kind) for f in got[6] + got[7]] == [(">=", "target"), ("<=", "target")]


LABEL_UNIT_TABLE = ("“十四五”规划主要指标完成情况\n表2\n"
                    "序号 指标名称 2025 年目标值 2025 年预计值 完成情况\n"
                    "1 全区生产总值(亿元) 860 872.4 完成\n"
                    "2 人均生产总值(元) 125000 126310 完成\n"
                    "3 一般公共预算收入(亿元) 60.5 61.2 完成\n")


def test_a_year_split_from_its_column_name_and_units_in_the_row_names():
    got = _by_value(LABEL_UNIT_TABLE)
    target, estimate = got[860][0], got[872.4][0]
    assert (target.kind, target.value_unit, target.period) == ("target", "亿元", "2025")
    assert (estimate.kind, estimate.value_unit, estimate.period, estimate.estimated) == ("actual", "亿元", "2025", True)
    assert (got[125000][0].value_unit, got[126310][0].value_unit) == ("元", "元")
    assert "生产总值" in target.indicator


UNITS_LINE_TABLE = ("柳岸县2026年上半年主要指标完成情况\n"
                    "单位：亿元、%\n"
                    "序号 指标 年度目标 1-6月完成 完成进度(%) 备注\n"
                    "1 地区生产总值 410 196.3 47.9\n"
                    "2 一般公共预算收入 15.2 8.1 53.3 增长6.5%\n"
                    "3 城镇新增就业(万人) 0.9 0.52 57.8\n")


def test_a_units_line_over_a_table_of_measures_gives_its_unit_to_the_rows_that_state_none():
    got = _by_value(UNITS_LINE_TABLE)
    assert (got[410][0].kind, got[410][0].value_unit, got[410][0].period) == ("target", "亿元", "2026")
    assert (got[196.3][0].kind, got[196.3][0].value_unit, got[196.3][0].period) == ("actual", "亿元", "2026-M01..M06")
    # a row naming its own unit keeps it in every column the header writes no unit for
    assert (got[0.9][0].value_unit, got[0.52][0].value_unit, got[0.52][0].measure) == ("万人", "万人", "count")
    rate = got[53.3][0]
    assert (rate.value_unit, rate.measure) == ("%", "share") and "一般公共预算收入" in rate.indicator
    assert not rate.indicator[:1].isdigit()


def test_a_figure_in_a_note_cell_of_a_table_of_measures_is_of_the_rows_measure():
    note = _by_value(UNITS_LINE_TABLE)[6.5][0]
    assert note.measure == "growth" and "一般公共预算收入" in note.indicator
    assert note.subject != "一般公共预算收入"


def _cells(rows: list[list[str]], sep: str, edge: str = "") -> str:
    return "".join(edge + sep.join(r) + edge + "\n" for r in rows)


GRID_ROWS = [["序号", "指标名称", "单位", "年初目标", "全年完成", "备注"],
             ["1", "地区生产总值增速", "%", "6", "6.4", ""],
             ["2", "一般公共预算收入", "亿元", "21-23", "22.6", "超额完成"],
             ["3", "城镇新增就业", "万人", "0.8", "0.93", ""]]


def test_a_web_or_word_table_of_measures_reads_its_target_column_and_ranges_and_no_serials():
    for table in (_cells(GRID_ROWS, "\t"), _cells(GRID_ROWS, " | ", "| ")):
        got = _by_value("石门县2026年政府工作报告主要指标完成情况\n" + table)
        assert (got[6][0].kind, got[6][0].measure) == ("target", "growth")
        assert (got[6.4][0].kind, got[6.4][0].measure) == ("actual", "growth")
        assert [(f.comparator, f.kind, f.value_unit) for f in got[21] + got[23]] == [(">=", "target", "亿元"),
                                                                                ("<=", "target", "亿元")]
        assert (got[0.8][0].kind, got[0.8][0].value_unit, got[0.93][0].kind) == ("target", "万人", "actual")
        # the rows' numbers are no figures (1 % / 2 亿元 / 3 万人 were read from the 序号 column)
        assert 1 not in got and 2 not in got and 3 not in got
