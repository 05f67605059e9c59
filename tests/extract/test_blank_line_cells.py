"""A table written one cell a line whose cells are parted by empty lines (a web page's table converted to text) writes
a cell left empty as a line of blanks alone: that line is a cell, so the rows after it keep their columns.  An empty
line only parts cells.  All pages here are invented (青禾镇, 柳溪村 …)."""
from __future__ import annotations

from factrun import facts_of, one


def _ranking(rows):
    cells = ["名次", "村(社区)", "扣分原因", "考评成绩"]
    for rank, name, note, score in rows:
        cells += [str(rank), name, note, score]
    return ("青禾镇8月份庭院整治考评情况\n"
            "发布日期:2031-09-06\n\n"
            "镇整治办对各村庭院整治开展考评,结果如下:\n\n"
            + "\n\n".join("    " + c for c in cells) + "\n\n"
            "青禾镇整治办\n")


PAGE = _ranking([(1, "柳溪村", "门前堆放杂物", "97.5"),
                 (2, "石桥村", " ", "96"),
                 (3, "东坪社区", " ", "94.5"),
                 (4, "北岗村", "沟渠未清理", "92")])


def test_a_line_of_blanks_between_empty_lines_is_an_empty_cell_and_the_rows_after_it_keep_their_columns():
    fs = facts_of(PAGE)
    assert one(fs, 96).subject == "石桥村"
    assert one(fs, 94.5).subject == "东坪社区"
    assert one(fs, 92).subject == "北岗村"
    assert [f.subject for f in fs if f.value == 3 and f.measure == "rank"] == ["东坪社区"]
