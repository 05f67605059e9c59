"""A progress table of tasks (序号 | 项目内容 | 进展情况 | 责任单位) as a Word table gives it: a numbered row whose number
and unit cells are merged down over the tasks below it writes those tasks on lines of their own, the number and unit
cells empty (2 | 新建驿站5家 | … | 县卫健局, then  | 新增托位300个 | 已新增320个 | ).  Each such line is a row of the
table: its plan cell's figures are the year's targets, its progress cell's actuals, as of the cut-off the caption
states (…进展情况表(截至9月底)).  A row opened by a tab (its first cell empty, the class cell a merge left blank) is a
row too; a progress cell's figure of a rate of change it names (增幅-1.1%) keeps its own name; a figure whose subject
was read from the column of who answers for the row (区财政局) is the table's place's.  Every document here is
invented (岚溪区, 白石镇 …)."""
from __future__ import annotations

from pathlib import Path

from factrun import one
from taizhang.extract.pipeline import extract_file, extract_text

_ROWS = [("序号", "项目内容", "进展情况", "责任单位"),
         ("1", "新建成公办幼儿园4所,新增公办学位2400个。", "已建成白石镇中心幼儿园等4所幼儿园,新增学位2600个。", "区教育局"),
         ("2", "新建成婴幼儿成长驿站9家。", "已建成白石镇、青岭镇等11家婴幼儿成长驿站。", "区卫生健康局"),
         ("", "新增婴幼儿托位300个。", "新增婴幼儿托位320个。", ""),
         ("", "开展老年人免费体检2万人次以上。", "开展老年人免费体检21350人次。", ""),
         ("3", "实施农村公路提升改造80公里。", "完成农村公路提升改造46公里。", "区交通运输局"),
         ("", "新增城乡公交线路5条。", "新增城乡公交线路6条。", "")]
_CAPTION = "2025年岚溪区民生实事项目进展情况表(截至9月底)"


def _check(fs):
    assert (one(fs, 300).kind, one(fs, 300).period) == ("target", "2025")
    assert (one(fs, 320).kind, one(fs, 320).period) == ("actual", "..2025-M09")
    assert (one(fs, 2, "万人次").kind, one(fs, 21350).kind) == ("target", "actual")
    assert (one(fs, 5).kind, one(fs, 6).kind) == ("target", "actual")
    assert one(fs, 11).period == "..2025-M09"
    assert one(fs, 46).period == "..2025-M09"
    assert one(fs, 9).kind == "target"


def test_lines_under_a_merged_number_cell_are_rows_of_a_word_table(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph(_CAPTION)
    t = d.add_table(rows=len(_ROWS), cols=len(_ROWS[0]))
    for r, row in enumerate(_ROWS):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    p = tmp_path / "progress.docx"
    d.save(p)
    _check(extract_file(p).facts)


def test_lines_under_a_merged_number_cell_are_rows_of_a_tab_table():
    text = _CAPTION + "\n" + "\n".join("\t".join(r) for r in _ROWS)
    _check(extract_text(text, "t.txt").facts)


_CLASS_ROWS = [("类别", "序号", "重点任务内容", "牵头单位", "全年完成情况"),
               ("", "1", "地区生产总值增长5%左右。", "区统计局", "2025年度地区生产总值初步核算数4830亿元,增幅3.2%。"),
               ("", "2", "区级一般公共预算收入增长3%左右。", "区财政局", "全年区级一般公共预算收入完成268.5亿元。"),
               ("", "3", "城镇新增就业1.2万人。", "区人力社保局", "2025年度城镇新增就业1.35万人,同比增长4.6%。")]


def test_rows_opened_by_an_empty_class_cell_are_rows():
    text = "岚溪区2025年重点任务全年完成情况\n" + "\n".join("\t".join(r) for r in _CLASS_ROWS) + "\n"
    fs = extract_text(text, "t.txt").facts
    assert one(fs, 5).kind == "target"
    assert one(fs, 3, "%").kind == "target"
    assert (one(fs, 1.2).kind, one(fs, 1.35).kind) == ("target", "actual")
    assert one(fs, 3.2).indicator != "" and "完成率" not in one(fs, 3.2).indicator
    assert "完成率" not in one(fs, 4.6).indicator
    assert {f.subject for f in fs if f.value in (4830, 268.5, 1.35)} == {"岚溪区"}


def test_lines_under_cells_merged_down_in_word(tmp_path: Path):
    """python-docx writes a cell merged down over rows on every row it spans (2 … 区卫生健康局 again)."""
    import docx

    d = docx.Document()
    d.add_paragraph(_CAPTION)
    t = d.add_table(rows=len(_ROWS), cols=len(_ROWS[0]))
    for r, row in enumerate(_ROWS):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    for top, bottom in ((2, 4), (5, 6)):
        for col in (0, 3):
            number = _ROWS[top][col]
            t.cell(top, col).merge(t.cell(bottom, col)).text = number
    p = tmp_path / "merged.docx"
    d.save(p)
    from taizhang.extract.loaders import load
    assert "\n2\t新增婴幼儿托位300个" in load(p).text  # (the merged number, written again)
    _check(extract_file(p).facts)
