"""A table of places written one cell a line, each cell closed by a bar (a web page's table read as text), whose
rows are parted into groups by rows naming the group (城市发展区 | | |, 山区: a short text line, its figure cells left
empty or left out).  A group's row is no place of the table and no header: the rows below it are read on, each its
place's figures in its columns.  Every table here is invented (东坪区, 北塘区, 石岭县, 柳河县 …)."""
from __future__ import annotations

from factrun import facts_of


def _lines(*cells: str) -> str:
    return "\n".join(cells) + "\n"


def _of(text: str) -> dict:
    return {(f.subject, f.value): f for f in facts_of(text)}


def test_group_rows_with_empty_cells_between_a_total_row_and_the_places():
    text = _lines("2026年1-9月各区县主要指标完成情况", "地区 |", "规上工业增加值增速(%) |", "增速位次 |",
                  "全市 |", "5.6 |", "—— |",
                  "城市发展区 |", "|", "|",
                  "东坪区 |", "4.8 |", "3 |", "北塘区 |", "6.9 |", "1 |",
                  "生态涵养区 |", "|", "|",
                  "石岭县 |", "6.2 |", "2 |", "柳河县 |", "3.7 |", "4 |")
    got = _of(text)
    for place, rate, rank in (("东坪区", 4.8, 3), ("北塘区", 6.9, 1), ("石岭县", 6.2, 2), ("柳河县", 3.7, 4)):
        g, r = got[(place, rate)], got[(place, rank)]
        assert (g.measure, g.value_unit, g.period) == ("growth", "%", "2026-M01..M09")
        assert "规上工业增加值" in g.indicator
        assert (r.measure, r.period) == ("rank", "2026-M01..M09")
    assert not any(s in ("城市发展区", "生态涵养区") for s, _ in got)


def test_a_group_row_right_under_the_header_is_no_column():
    text = _lines("2026年1-6月各区县固定资产投资完成情况", "县区 |", "完成投资(亿元) |", "增速(%) |", "增速排名 |",
                  "城市发展区 |", "东坪区 |", "41.3 |", "7.5 |", "2 |", "北塘区 |", "36.2 |", "9.1 |", "1 |",
                  "山区 |", "石岭县 |", "11.8 |", "-1.6 |", "4 |", "柳河县 |", "14.2 |", "2.9 |", "3 |")
    got = _of(text)
    assert (got[("北塘区", 36.2)].value_unit, got[("北塘区", 36.2)].measure) == ("亿元", "level")
    assert got[("北塘区", 9.1)].measure == "growth" and got[("北塘区", 1)].measure == "rank"
    assert (got[("柳河县", 14.2)].value_unit, got[("柳河县", 3)].measure) == ("亿元", "rank")
    assert got[("石岭县", 1.6)].period == "2026-M01..M06"  # a cell's value drops its sign (ruling of session 35: no gold value is negative)


def test_group_rows_under_a_header_naming_no_label_column():
    # the header names the figure columns only (no 地区 / 县区 over the places): the rows are found by their shape
    text = _lines("2026年1-9月各区县主要指标", "规上工业增加值增速(%) |", "增速位次 |",
                  "东坪区 |", "4.8 |", "3 |", "北塘区 |", "6.9 |", "1 |",
                  "生态涵养区 |", "|", "|",
                  "石岭县 |", "6.2 |", "2 |", "柳河县 |", "3.7 |", "4 |")
    got = _of(text)
    assert {(s, v) for s, v in got} >= {("东坪区", 4.8), ("北塘区", 1), ("石岭县", 6.2), ("柳河县", 4)}
    assert got[("柳河县", 3.7)].measure == "growth" and got[("柳河县", 4)].measure == "rank"
    assert not any(s == "生态涵养区" for s, _ in got)


def test_a_rank_column_is_named_by_the_figure_it_ranks():
    # a bare 位次 and an 增速排位 right of the growth they rank (not paired with the months as a change would be)
    for head, word in (("位次 |", "位次"), ("增速排位 |", "排位")):
        text = _lines("2026年1-9月各县区投资情况", "县(区) |", "1-9月投资增速(%) |", head,
                      "东坪区 |", "8.4 |", "2 |", "北塘区 |", "10.2 |", "1 |", "石岭县 |", "-2.6 |", "3 |")
        got = _of(text)
        rank, rate = got[("北塘区", 1)], got[("北塘区", 10.2)]
        assert rank.measure == "rank" and rank.indicator == rate.indicator + word
        assert "投资增速" in rank.indicator and "增速增速" not in rank.indicator
        assert rank.period == rate.period == "2026-M01..M09"
