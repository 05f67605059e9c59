"""One invented table of places written in every layout a scraped page gives it: cells split by tabs, by bars, by
runs of blanks, by single blanks, one cell a line (with or without a closing bar).  Whatever the layout, every cell
measures its column for its row's place: a bare figure in a column naming a measure (完成投资 | 35.6, no unit written)
counts with unit "", as a table set apart by blanks already read it; the serial column holds no figure; page chrome
(the posting date, views, a phone number, page numbers) is no fact.  All places and figures are invented."""
from __future__ import annotations

import pytest

from factrun import facts_of

LEAD = "鹭川市2027年1-8月重点工作督办情况通报\n现将2027年1-8月各县区重点工作推进情况通报如下。\n"
HEAD = ["序号", "县区", "项目个数", "完成投资", "完成率"]
ROWS = [["1", "甲县", "14", "36.7", "82.4%"],
        ["2", "乙县", "11", "27.3", "76.1%"],
        ["3", "丙区", "17", "41.9", "88.6%"],
        ["4", "丁县", "8", "19.2", "71.3%"]]


def _joined(sep: str, head=HEAD, rows=ROWS) -> str:
    return "\n".join(sep.join(r) for r in [head] + rows) + "\n"


def _barred(head=HEAD, rows=ROWS) -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in [head] + rows) + "\n"


def _one_cell_a_line(close: str, head=HEAD, rows=ROWS) -> str:
    return "".join(c + close + "\n" for r in [head] + rows for c in r)


LAYOUTS = {
    "tabs": _joined("\t"),
    "bars": _barred(),
    "blank_runs": _joined("   "),
    "single_blanks": _joined(" "),
    "one_cell_a_line": _one_cell_a_line(""),
    "one_cell_a_line_barred": _one_cell_a_line(" |"),
}
TAIL = "发布时间:2027-09-03 浏览次数:2718\n联系电话:0999-1234567\n第 1 页 共 2 页\n"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_cell_of_a_table_of_places_measures_its_column_in_every_layout(layout):
    fs = facts_of(LEAD + LAYOUTS[layout] + TAIL)
    got = {(f.value, f.subject): f for f in fs}
    for _, place, count, money, rate in ROWS:
        c = got[(float(count), place)]
        assert c.indicator == "项目个数" and c.measure == "count" and c.unit == ""
        m = got[(float(money), place)]  # no unit written anywhere: a bare amount of its column
        assert m.indicator == "完成投资" and m.measure == "level" and m.unit == "" and m.kind == "actual"
        assert m.period == "2027-M01..M08"
        r = got[(float(rate[:-1]), place)]
        assert r.indicator == "完成率" and r.measure == "share" and r.unit == "%"
    assert not any(f.value in (1, 2, 3, 4) for f in fs), [(f.value, f.indicator) for f in fs]
    assert not any(f.value in (2718, 1234567, 999) for f in fs)


def test_a_bare_column_of_a_table_of_measures_is_not_read_as_a_places_amount():
    # rows of measures under 指标 (no places): the bare column is no amount of a place; a 单位 column gives units
    text = ("鹭川市2027年1-8月主要经济指标\n指标\t单位\t1-8月\t同比增长(%)\n地区生产总值\t亿元\t512.6\t5.4\n"
            "固定资产投资\t亿元\t233.1\t7.2\n")
    fs = facts_of(text)
    assert {f.subject for f in fs} == {"鹭川市"}


def test_a_short_row_of_a_tab_table_lends_no_bare_figure():
    # a row missing a cell (merged away by the page) does not say which column its bare figure is under
    text = LEAD + _joined("\t", rows=ROWS[:3] + [["4", "丁县", "19.2", "71.3%"]])
    fs = facts_of(text)
    assert not any(f.value == 19.2 and f.indicator == "完成投资" for f in fs)


@pytest.mark.parametrize("last", ["评分", "得分", "综合得分"])
def test_the_first_rows_number_under_a_score_header_written_one_cell_a_line_is_no_score(last):
    # 序号 / 县区 / … / 评分 then 1 / 甲县 / …: the row's number follows the header's last word, no score of the row
    head = HEAD[:4] + [last]
    rows = [r[:4] + [s] for r, s in zip(ROWS, ["95.5", "93.1", "97.2", "90.4"])]
    fs = facts_of(LEAD + _one_cell_a_line("", head, rows))
    assert not any(f.value in (1, 2, 3, 4) for f in fs), [(f.value, f.indicator, f.subject) for f in fs]
    score = {f.subject: f for f in fs if f.value == 95.5}["甲县"]
    assert last in score.indicator and score.unit == ""


@pytest.mark.parametrize("head", ["县区\t增速(%)", "地区\t完成投资(亿元)"])
def test_a_two_column_table_set_apart_by_tabs_is_read_as_its_barred_twin(head):
    # a label column and one measure: each row's figure is the caption's measure for its place, with tabs as with bars
    caption = "鹭川市2027年三季度经济运行简况\n运行总体平稳。\n表2 2027年1-9月各县区规上工业增加值增速\n"
    rows = [("甲县", "6.4"), ("乙县", "5.3"), ("丙区", "7.7"), ("丁县", "4.6")]
    for sep in ("\t", " | "):
        text = caption + head.replace("\t", sep) + "\n" + "".join(f"{p}{sep}{v}\n" for p, v in rows)
        got = {f.subject: f for f in facts_of(text)}
        assert set(got) == {p for p, _ in rows}, sep
        # the header writes the column's unit: the cell's fact takes it
        unit = head.split("(")[1].rstrip(")")
        assert got["乙县"].value == 5.3 and got["乙县"].unit == unit and got["乙县"].period == "2027-M01..M09"


def test_two_cells_of_metadata_set_apart_by_a_tab_are_no_table():
    text = "鹭川市2027年三季度经济运行简况\n发布日期\t2027-10-18\n浏览次数\t356\n来源\t鹭川市统计局\n运行总体平稳。\n"
    assert facts_of(text) == []


@pytest.mark.parametrize("layout", ["one_cell_a_line", "bars_without_blanks"])
def test_a_figure_inside_a_text_cell_is_named_by_its_cell_alone(layout):
    # 序号 / 项目名称 / 建设内容 / 总投资: the works cell's figure is named by the words of that cell, not the row's
    # number and name before it
    head = ["序号", "项目名称", "建设内容", "总投资"]
    rows = [["1", "甲县果蔬加工园项目", "建设仓储用房2万平方米", "41000"],
            ["2", "乙县水厂扩建项目", "新增管网16公里", "17500"],
            ["3", "丙区社区食堂项目", "改造食堂9处", "3600"]]
    lead = "鹭川市2027年重点项目计划表\n单位:万元\n"
    if layout == "one_cell_a_line":
        body = _one_cell_a_line("", head, rows)
    else:
        body = "".join("|".join(r) + "\n" for r in [head] + rows)
    got = {f.value: f for f in facts_of(lead + body)}
    assert got[2].indicator == "建设仓储用房" and got[2].subject == "甲县果蔬加工园项目"
    assert got[16].indicator == "新增管网" and got[9].indicator == "改造食堂"
