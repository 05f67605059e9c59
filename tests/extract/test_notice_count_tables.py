"""A supervision notice's table of what each place or body was handed, written one cell a line (a web table as a
converter flattens it: each cell on a line of its own, the bars between cells on lines of their own or after each
cell, or blank lines between cells).  Its columns count things with no unit written (总计 | 来电 | 来信 over the
places, 承办件数 | 办结数 | 在办数 over the bodies): every cell is the row's count of what its column names, unit "",
the total row (合计) the text's place's, and the time the caption's cut-off (截止时间:…).  A column naming a part or
the total of what the caption counts (来电, 总计 under 各县区交办件统计) is named with it (来电交办件, 交办件), as the
gold names such columns.  Invented tables."""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.periods import find_periods


def _rows(fs) -> list[tuple]:
    return sorted((f.vstart, f.value, f.unit, f.measure, f.subject, f.indicator, f.period) for f in fs)


def test_bars_on_lines_of_their_own_between_bare_counts_and_a_total_row():
    text = ("关于临沂市群众信访举报件办理情况的通报\n"
            "各县区交办件统计\n(截止时间:2023年8月20日20:00)\n"
            "序号\n|\n县区\n|\n总计\n|\n来电\n|\n来信\n|\n"
            "1\n|\n兰山区\n|\n41\n|\n33\n|\n8\n|\n"
            "2\n|\n罗庄区\n|\n27\n|\n19\n|\n8\n|\n"
            "3\n|\n河东区\n|\n16\n|\n10\n|\n6\n|\n"
            "合计\n|\n84\n|\n62\n|\n22\n|\n")
    fs = facts_of(text)
    assert [(v, u, m, s, i, p) for _, v, u, m, s, i, p in _rows(fs)][:3] == [
        (41, "", "count", "兰山区", "交办件", "..2023-M08"), (33, "", "count", "兰山区", "来电交办件", "..2023-M08"),
        (8, "", "count", "兰山区", "来信交办件", "..2023-M08")]
    assert len(fs) == 12
    f = one(fs, 84)
    assert (f.subject, f.indicator, f.period, f.kind) == ("临沂市", "交办件", "..2023-M08", "actual")
    assert one(fs, 22).subject == "临沂市"


def test_each_cell_closed_by_a_bar_on_its_line():
    text = ("中央督察组交办件分布情况\n各州市转办统计\n(截止时间:2022年5月9日22:15)\n"
            "序号 |\n州市 |\n总计 |\n来电 |\n来信 |\n"
            "1 |\n东川市 |\n52 |\n47 |\n5 |\n"
            "2 |\n西岭州 |\n13 |\n9 |\n4 |\n"
            "合计 |\n65 |\n56 |\n9 |\n")
    fs = facts_of(text)
    f = one(fs, 47)
    assert (f.unit, f.measure, f.subject, f.indicator, f.period) == ("", "count", "东川市", "来电转办", "..2022-M05")
    assert [f.value for f in sorted(fs, key=lambda f: f.vstart)][-3:] == [65, 56, 9]


def test_cells_set_apart_by_blank_lines_under_a_header_of_counts():
    text = ("2024年6月区长信箱办理情况\n\n二、承办单位办理情况\n\n"
            "承办单位\n\n承办件数\n\n办结数\n\n在办数\n\n"
            "东关街道办事处\n\n37\n\n35\n\n2\n\n"
            "区住房和城乡建设局\n\n12\n\n12\n\n0\n\n"
            "区教育局\n\n9\n\n7\n\n2\n\n")
    fs = facts_of(text)
    f = one(fs, 35)
    assert (f.unit, f.measure, f.subject, f.indicator, f.period) == ("", "count", "东关街道办事处", "办结数", "2024-M06")
    assert len([f for f in fs if f.subject == "区教育局"]) == 3


def test_bare_columns_that_count_nothing_stay_out():
    # codes, years and figures with decimals under columns naming no count are no counts of the row's place
    text = ("岚山市各县区联系方式\n"
            "县区\n\n邮编\n\n建县年份\n\n"
            "青河县\n\n612300\n\n1953\n\n"
            "白石县\n\n612400\n\n1958\n\n"
            "松岭区\n\n612500\n\n1983\n\n")
    assert facts_of(text) == []
    text = ("岚山市各县区考核结果\n序号\n|\n县区\n|\n系数\n|\n"
            "1\n|\n兰山区\n|\n1.2\n|\n2\n|\n白石县\n|\n0.9\n|\n3\n|\n松岭区\n|\n1.1\n|\n")
    assert facts_of(text) == []


def test_a_cut_off_written_as_a_field_is_a_running_total_up_to_its_month():
    assert [p.period for p in find_periods("(截止时间:2023年8月20日20:00)", 2023)] == ["..2023-M08"]
    assert [p.period for p in find_periods("截至日期:9月30日", 2023)] == ["..2023-M09"]
    assert [p.period for p in find_periods("截止2023年8月20日", 2023)] == ["..2023-M08"]


def test_a_column_named_by_its_total_number_counts_its_rows():
    # 数目 names a number of things as 数量 does: the bare figures of 资料更新总数目 are the row's counts
    text = ("关于岚山市便民热线2026年1-5月工单办理情况的通报\n一、各区办理情况\n"
            "序号 |\n承办单位 |\n受理总量 |\n办结率 |\n资料更新总数目 |\n"
            "1 |\n青河区 |\n812 |\n97.20% |\n4315 |\n"
            "2 |\n白石区 |\n655 |\n95.80% |\n3902 |\n"
            "3 |\n松岭区 |\n430 |\n99.10% |\n2877 |\n")
    fs = facts_of(text)
    f = one(fs, 4315)
    assert (f.unit, f.measure, f.subject, f.indicator, f.period) == ("", "count", "青河区", "资料更新总数目",
                                                                     "2026-M01..M05")
    assert one(fs, 2877).subject == "松岭区" and one(fs, 655).indicator == "受理总量"
