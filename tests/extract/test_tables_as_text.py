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
        got = {k: getattr(f, k) for k in want}
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
    assert ("青石镇", "项目个数") not in by  # a count column without any unit gives nothing
    assert {c.row_label for c in cells if c.value == 3.2} == {""}  # 全县: the total row, the document's place


def test_rows_that_are_measures_name_the_indicator():
    text = ("指标\t绝对值(亿元)\t增长(%)\n"
            "地区生产总值\t150.2\t5.1\n"
            "第一产业增加值\t12.3\t-2.1\n")
    fs = facts_of("东坡县2022年经济运行情况\n" + text)
    f = one(fs, -2.1)
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
