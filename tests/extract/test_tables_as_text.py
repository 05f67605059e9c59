"""Tables written as text: rows set apart by bars, one cell a line, label and value lines.  The samples are invented
documents (tests/extract/samples/tables/) with the facts a reader takes from them (expected.json)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from factrun import facts_of, one
from taizhang.extract.structures import find_table_cells, table_lines

SAMPLES = Path(__file__).parent / "samples" / "tables"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_tables_give_each_cell_its_column_row_and_time(name):
    text = (SAMPLES / name).read_text(encoding="utf-8")
    fs = facts_of(text)
    for want in EXPECTED[name]:
        f = one(fs, want["value"])
        # ("unit" there is the unit the value is in: written after it, or stated by its header or 单位 line)
        got = {k: f.value_unit if k == "unit" else getattr(f, k) for k in want}
        assert got == want, (name, want["value"])
        assert f.evidence == text[f.estart:f.eend] and text[f.vstart:f.vend].startswith(str(want["value"]).rstrip("0"))


def test_units_line_lists_the_units_of_the_columns_in_order():
    text = ("单位:个、亿元\n"
            "| 县(市、区) | 项目个数 | 总投资 | 完成率 |\n"
            "| --- | --- | --- | --- |\n"
            "| 岚溪县 | 12 | 8.5 | 71.8 |\n"
            "| 东坡县 | 20 | 15.2 | 78.9% |\n")
    cells = find_table_cells(text)
    assert [(c.value, c.unit, c.header, c.row_label) for c in cells] == [
        (12, "个", "项目个数", "岚溪县"), (8.5, "亿元", "总投资", "岚溪县"), (71.8, "%", "完成率", "岚溪县"),
        (20, "个", "项目个数", "东坡县"), (15.2, "亿元", "总投资", "东坡县"), (78.9, "%", "完成率", "东坡县")]
    assert [c.unit_end >= 0 for c in cells] == [False] * 5 + [True]  # only 78.9% writes its unit


def test_a_two_level_bar_header_lends_its_unit_and_name():
    text = ("| 乡镇 | 项目 | 投资(亿元) | | |\n"
            "| | 个数 | 计划 | 1-6月完成 | 完成率(%) |\n"
            "| 青石镇 | 5 | 2.0 | 1.1 | 55 |\n"
            "| 白水乡 | 3 | 1.2 | 0.5 | 41.7 |\n"
            "| 全县 | 8 | 3.2 | 1.6 | 50 |\n")
    cells = find_table_cells(text)
    by = {(c.row_label, c.header): c.unit for c in cells}
    assert by[("青石镇", "投资计划")] == "亿元" and by[("白水乡", "1-6月完成")] == "亿元"
    assert by[("青石镇", "投资完成率")] == "%"
    # a column counting projects by their word (项目个数) counts them in 个, though no unit is written for it (the
    # brief of session 22; it had given nothing)
    assert by[("青石镇", "项目个数")] == "个"
    assert {c.row_label for c in cells if c.value == 3.2} == {""}  # 全县: the total row, the document's place


def test_rows_that_are_measures_name_the_indicator():
    text = ("指标\t绝对值(亿元)\t增长(%)\n"
            "地区生产总值\t150.2\t5.1\n"
            "第一产业增加值\t12.3\t-2.1\n")
    fs = facts_of("东坡县2022年经济运行情况\n" + text)
    f = one(fs, 2.1)  # the value and its span drop the cell's sign (the column tells the direction)
    assert (f.indicator, f.measure, f.period) == ("第一产业增加值", "growth", "2022")
    assert one(fs, 150.2).indicator == "地区生产总值"


def test_a_village_row_is_the_subject_of_its_cells():
    text = ("岚溪县青石镇2023年人居环境整治进度\n"
            "村(社区)\t改厕户数(户)\t完成率(%)\n"
            "白石村\t120\t80\n"
            "东湖社区\t45\t90\n")
    fs = facts_of(text)
    assert one(fs, 120).subject == "白石村" and one(fs, 90).subject == "东湖社区"
    assert one(fs, 90).indicator == "完成率"


def test_lines_that_only_look_like_cells_are_no_table():
    # short lines of a heading and a signature: no label column word opens them, no row repeats
    text = "岚溪县人民政府\n2023年5月\n通知\n12\n青川市\n8\n"
    assert find_table_cells(text) == []
    # a header but rows of unequal width
    text = "单位\n受理量(件)\n满意率\n县住建局\n120\n县城管局\n80\n95%\n"
    assert find_table_cells(text) == []


def test_table_lines_are_kept_apart_by_the_cleaner():
    text = (SAMPLES / "one_cell_a_line.txt").read_text(encoding="utf-8")
    spans = table_lines(text)
    assert text[spans[0][0]:spans[0][1]] == "单位" and text[spans[-1][0]:spans[-1][1]] == "97%"


def test_one_cell_a_line_with_row_numbers_and_an_upper_header_cell():
    text = ("序号\n承办单位\n受理量\n(件)\n办理质量\n按时办结率\n满意率\n"
            "1\n县住建局\n120\n98%\n95%\n"
            "2\n县城管局\n80\n96.5%\n91%\n"
            "3\n青石镇\n36\n100%\n99%\n")
    cells = find_table_cells(text)
    got = [(c.row_label, c.header, c.value, c.unit) for c in cells]
    assert got[:3] == [("县住建局", "受理量", 120, "件"), ("县住建局", "按时办结率", 98, "%"),
                       ("县住建局", "满意率", 95, "%")]
    assert ("青石镇", "满意率", 99, "%") in got and len(got) == 9
    # the row numbers are no figures of their own
    assert not any(c.value in (1, 2, 3) for c in cells)


def test_one_cell_a_line_opened_by_a_label_column_word():
    text = ("单位名称\n办件量(件)\n满意率\n县住建局\n120\n95%\n县城管局\n80\n91%\n")
    assert [(c.row_label, c.header) for c in find_table_cells(text)][:2] == [("县住建局", "办件量"), ("县住建局", "满意率")]


def test_one_cell_a_line_known_by_its_repeated_rows_without_a_label_word():
    text = ("各乡镇办理情况\n受理量(件)\n满意率\n青石镇\n30\n95%\n白水乡\n25\n92%\n东湖镇\n18\n90%\n")
    got = [(c.row_label, c.header, c.value) for c in find_table_cells(text)]
    assert got[:2] == [("青石镇", "受理量", 30), ("青石镇", "满意率", 95)] and len(got) == 6
    # two rows only and no label word: too little to call it a table
    assert find_table_cells("受理量(件)\n满意率\n青石镇\n30\n95%\n白水乡\n25\n92%\n") == []
    # lines above that name no measure are no header
    assert find_table_cells("东坡县经济运行\n2022年全年\n一季度\n12\n3%\n二季度\n13\n4%\n三季度\n14\n5%\n") == []


def test_figure_cells_with_thousands_and_unlisted_units_keep_the_rows_in_line():
    text = ("单位\n来电量(件)\n回访量\n满意率\n县住建局\n1,200\n300件次\n95%\n县城管局\n860\n210件次\n91%\n")
    cells = find_table_cells(text)
    assert [(c.row_label, c.header, c.value) for c in cells if c.header != "回访量"] == [
        ("县住建局", "来电量", 1200), ("县住建局", "满意率", 95), ("县城管局", "来电量", 860), ("县城管局", "满意率", 91)]


def test_a_tab_table_whose_first_line_holds_figures_has_no_header_there():
    text = "县住建局\t120\t98%\n县城管局\t80\t96%\n县人社局\t45\t97%\n"
    assert all(c.header not in ("120", "98%") for c in find_table_cells(text))


def test_rows_read_by_the_header_keep_a_text_cell_in_line():
    text = ("单位\n受理量(件)\n满意率\n等次\n县住建局\n120\n95%\n优秀\n\n\n县城管局\n80\n91%\n良好\n"
            "县人社局\n45\n97%\n优秀\n")
    got = [(c.row_label, c.header, c.value) for c in find_table_cells(text)]
    assert got == [("县住建局", "受理量", 120), ("县住建局", "满意率", 95), ("县城管局", "受理量", 80),
                   ("县城管局", "满意率", 91), ("县人社局", "受理量", 45), ("县人社局", "满意率", 97)]


def test_a_line_of_prose_ends_a_table_written_one_cell_a_line():
    text = ("单位\n受理量(件)\n满意率\n县住建局\n120\n95%\n县城管局\n80\n91%\n"
            "以上数据截至5月31日,由县12345热线统计。\n县人社局\n45\n97%\n")
    assert {c.row_label for c in find_table_cells(text)} == {"县住建局", "县城管局"}


def test_a_bar_header_whose_merged_cells_are_written_once():
    text = ("| 单位 | 受理量(件) | 办理情况 |\n"
            "| 按时办结率 | 满意率 |\n"
            "| 县住建局 | 120 | 98% | 95% |\n"
            "| 县城管局 | 80 | 96.5% | 91% |\n")
    got = [(c.row_label, c.header, c.value, c.unit) for c in find_table_cells(text)]
    assert got[:3] == [("县住建局", "受理量", 120, "件"), ("县住建局", "按时办结率", 98, "%"),
                       ("县住建局", "满意率", 95, "%")] and len(got) == 6


def test_a_table_set_apart_by_blanks_reads_rates_written_with_their_unit_and_leaves_the_prose_unbroken():
    text = ("岚溪县2023年5月热线办理情况\n2023年5月,全县受理工单900件。\n"
            "单位  受理量(件)  办结率  满意率\n县住建局  120  98%  95%\n县城管局  80  96.5%  91%\n")
    from factrun import context_of
    ctx, ex = context_of(text)
    assert ex.record.title == "岚溪县2023年5月热线办理情况"  # the table's rows do not make the text look like a PDF's
    f = one(ex.facts, 96.5)
    assert (f.value_unit, f.indicator, f.subject, f.period) == ("%", "办结率", "县城管局", "2023-M05")
    f = one(ex.facts, 120)
    assert (f.value_unit, f.measure, f.indicator, f.subject) == ("件", "count", "受理量", "县住建局")


def test_tab_tables_with_two_header_lines():
    # the upper cells written once over their sub-columns, blank over the rest
    text = ("乡镇\t项目\t投资(亿元)\t\t\n"
            "\t个数\t计划\t1-6月完成\t完成率(%)\n"
            "青石镇\t5\t2.0\t1.1\t55\n白水乡\t3\t1.2\t0.5\t41.7\n")
    got = {(c.row_label, c.header): c.unit for c in find_table_cells(text)}
    assert got[("青石镇", "投资计划")] == "亿元" and got[("白水乡", "投资完成率")] == "%"
    # the merged cells left out of the upper line (a web page's colspan)
    text = ("单位\t受理量(件)\t办理情况\n按时办结率\t满意率\n"
            "县住建局\t120\t98%\t95%\n县城管局\t80\t96.5%\t91%\n")
    got = [(c.row_label, c.header, c.value) for c in find_table_cells(text)]
    assert got[:3] == [("县住建局", "受理量", 120), ("县住建局", "按时办结率", 98), ("县住建局", "满意率", 95)]


def test_a_header_one_cell_a_line_over_rows_set_apart_by_blanks():
    text = ("单位\n受理量\n(件)\n办结率\n满意率\n县住建局  120  98%  95%\n县城管局  80  96.5%  91%\n\n"
            "二、存在问题\n")
    got = [(c.row_label, c.header, c.value, c.unit) for c in find_table_cells(text)]
    assert got == [("县住建局", "受理量", 120, "件"), ("县住建局", "办结率", 98, "%"), ("县住建局", "满意率", 95, "%"),
                   ("县城管局", "受理量", 80, "件"), ("县城管局", "办结率", 96.5, "%"), ("县城管局", "满意率", 91, "%")]


def test_a_figure_broken_over_label_and_value_lines_is_read_whole():
    text = ("东坡县2022年国民经济和社会发展统计公报\n全年全县地区生产总值150.2亿元,比上年增长5.1%。\n"
            "第一产业\n12.3\n亿元\n同比增长\n4.1%\n第二产业\n60.5\n亿元\n同比增长\n6.0%\n")
    fs = facts_of(text)
    f = one(fs, 12.3)
    assert (f.unit, f.indicator, f.measure) == ("亿元", "第一产业", "level")
    f = one(fs, 6.0)
    assert (f.unit, f.indicator, f.measure) == ("%", "第二产业", "growth")
    # a table's figure lines are no broken figures: 120 / 件 stays apart only where a unit line follows
    from taizhang.extract.cleaner import split_figure_joins
    assert split_figure_joins("县住建局\n120\n98%\n") == []
