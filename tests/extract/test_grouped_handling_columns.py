"""A notice's table of cases handled, its header in two rows with merged cells (a Word table: 12345热线 over 按时办结 |
超时办结 | 未办结, 政民互动 over the same three): each column counted by what was done to its cases (按时办结, 未办结) is
a count though no unit is written, and a leaf written under two groups is named with its group (12345热线按时办结,
政民互动按时办结), whatever its length.  A count table's bare 0 states that there were none: no fact (the gold of every
set leaves zero cells out).  Every document here is invented (岚溪县, 县住建局 …)."""
from __future__ import annotations

from pathlib import Path

from factrun import one
from taizhang.extract.pipeline import extract_file, extract_text

_HEAD = [("序号", "单位", "派遣案件总数", "12345热线", "", "", "政民互动", "", "", "结案率"),
         ("", "", "", "按时办结", "超时办结", "未办结", "按时办结", "超时办结", "未办结", "")]
_ROWS = [("1", "县住建局", "96", "81", "3", "0", "12", "0", "0", "100%"),
         ("2", "县公安局", "74", "66", "0", "1", "7", "0", "0", "98%"),
         ("3", "县城管局", "61", "52", "2", "0", "5", "2", "0", "100%")]


def _check(fs):
    f = one(fs, 81)
    assert (f.subject, f.measure, f.indicator) == ("县住建局", "count", "12345热线按时办结")
    assert one(fs, 12).indicator == "政民互动按时办结"
    assert one(fs, 52).subject == "县城管局"
    assert [x for x in fs if x.value == 0] == []


def test_a_word_table_with_a_two_row_merged_header(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("岚溪县2025年4月12345热线办理情况")
    d.add_paragraph("附件:4月份留言办理情况统计表")
    t = d.add_table(rows=len(_HEAD) + len(_ROWS), cols=len(_HEAD[0]))
    for r, row in enumerate(_HEAD + _ROWS):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    for c0, c1 in ((3, 5), (6, 8)):
        t.cell(0, c0).merge(t.cell(0, c1)).text = _HEAD[0][c0]
    p = tmp_path / "notice.docx"
    d.save(p)
    _check(extract_file(p).facts)


def test_the_same_table_as_tab_separated_text():
    text = "岚溪县2025年4月12345热线办理情况\n" + "\n".join("\t".join(r) for r in _HEAD + _ROWS) + "\n"
    _check(extract_text(text, "t.txt").facts)
