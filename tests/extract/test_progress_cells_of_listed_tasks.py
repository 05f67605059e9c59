"""A progress table of tasks (序号 | 项目内容 | 当前进度 | 牵头单位): each progress cell (57%) measures its row's task,
named as a task is named, with the column's word (进度 under 当前进度), not the row's whole text.

A row that lists the things a deed is done to and counts them by their class (建成投用石门镇、河口镇等3家中心敬老院)
names the task by the deed and the class (建成投用中心敬老院); a row of several clauses by its first; the row's 。 and a
remark its cut left open are none of the name.  Every document here is invented (岚溪县, 石门镇 …)."""
from __future__ import annotations

from pathlib import Path

from factrun import one
from taizhang.extract.pipeline import extract_file, extract_text

_ROWS = [("序号", "项目内容", "当前进度", "牵头单位", "备注"),
         ("1", "建成投用石门镇、河口镇、白沙镇等3家中心敬老院。", "57%(白沙偏慢)", "县民政局", "县民生实事"),
         ("2", "打通城东路(环城路至滨江路)等6条断头路。", "88%", "县住建局", "县民生实事"),
         ("3", "完成青溪泵站主体工程,开工建设白沙闸。", "95%", "县水利局", "县民生实事"),
         ("4", "推进县技工学校扩容提升。", "22%(严重滞后)", "县教育局", "县民生实事")]


def _check(fs):
    assert one(fs, 57).indicator == "建成投用中心敬老院进度"
    assert one(fs, 88).indicator == "打通断头路进度"
    assert one(fs, 95).indicator == "完成青溪泵站主体工程进度"
    assert one(fs, 22).indicator.endswith("技工学校扩容提升进度")
    assert all(f.kind == "actual" and f.subject == "岚溪县" for f in fs if f.unit == "%")


def test_progress_cells_of_a_tab_table_name_their_rows_task():
    text = "岚溪县2025年民生实事项目进度表\n" + "\n".join("\t".join(r) for r in _ROWS) + "\n"
    _check(extract_text(text, "t.txt").facts)


def test_progress_cells_of_a_word_table_name_their_rows_task(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("岚溪县2025年民生实事项目进度表")
    t = d.add_table(rows=len(_ROWS), cols=len(_ROWS[0]))
    for r, row in enumerate(_ROWS):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    p = tmp_path / "progress.docx"
    d.save(p)
    _check(extract_file(p).facts)
