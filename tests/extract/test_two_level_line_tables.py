"""A notice's table written one cell a line under a two-level header, as a web page's table is turned into text:
the upper row whole (地区 / 当日交办 / 累计交办 / 办结数 / 办结率, the cells over several columns among the ones over
both rows), then the lower row's cells under the spanning ones (总数 / 重点 / 总数 / 重点).  Each sub-column is named
by its path (当日交办总数, 累计交办重点); its bare figures are counts of the row's place with no unit.  A row whose
cells were left empty is written with fewer lines (or blank ones): its figures go to their columns where the blank
lines say which cells are empty, else the row is passed over, never read into the next row's label or another
column.  Every document here is invented (岚溪市, 岚川县, 桐湾县 …)."""
from __future__ import annotations

from factrun import facts_of, one


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_HEAD = ("关于岚溪市信访件办理情况的通报", "2025年7月8日", "各县（区）：", "现将全市信访件办理情况通报如下。",
         "各地信访件办理情况")


def test_upper_row_then_lower_row_name_the_sub_columns_by_their_path():
    text = _lines(*_HEAD, "地区", "当日交办", "累计交办", "办结数", "办结率", "总数", "重点", "总数", "重点",
                  "岚川县", "14", "4", "233", "37", "201", "86.3%",
                  "桐湾县", "6", "1", "150", "18", "141", "94.0%",
                  "岚溪区", "9", "2", "97", "11", "88", "90.7%")
    fs = facts_of(text)
    key = one(fs, 4)
    assert (key.unit, key.measure, key.subject) == ("", "count", "岚川县") and key.indicator.endswith("交办重点")
    assert one(fs, 233).indicator.endswith("交办总数")
    assert one(fs, 37).indicator.endswith("交办重点")
    done = one(fs, 141)
    # (a bare column takes what the caption counts: 各地信访件办理情况 → 信访件办结数, test_table_topic_columns.py)
    assert (done.unit, done.subject, done.indicator) == ("", "桐湾县", "信访件办结数")
    rate = one(fs, 90.7)
    assert (rate.unit, rate.measure, rate.subject, rate.indicator) == ("%", "share", "岚溪区", "信访件办结率")


def test_a_row_with_empty_cells_keeps_its_figures_in_their_columns_by_its_blank_lines():
    # a county notice whose converter writes a blank line between cells: an empty cell is one line more
    text = _lines("桐湾县生态环境问题交办件办理进展", "2024年9月3日", "各乡镇交办件办理情况",
                  "乡镇", "", "本批次", "", "累计", "", "办结率", "", "来电", "", "来信", "", "来电", "", "来信", "",
                  "岚东镇", "", "3", "", "1", "", "28", "", "7", "", "91.4%", "",
                  "桐西乡", "", "", "", "", "", "19", "", "5", "", "87.5%", "",
                  "岚南镇", "", "2", "", "2", "", "15", "", "3", "", "95.0%", "")
    fs = facts_of(text)
    assert one(fs, 19).subject == "桐西乡" and one(fs, 19).indicator == "累计来电"
    assert one(fs, 5).subject == "桐西乡" and one(fs, 5).indicator == "累计来信"
    assert (one(fs, 87.5).subject, one(fs, 87.5).indicator) == ("桐西乡", "交办件办结率")  # (the caption's thing)
    assert one(fs, 15).subject == "岚南镇" and one(fs, 15).indicator == "累计来电"
    assert [f for f in fs if f.subject == "桐西乡" and f.indicator.startswith("本批次")] == []


def test_a_row_whose_empty_cells_no_blank_line_places_is_passed_over():
    # a city's table whose rows set their cells apart unevenly: a short row cannot say which cells are empty
    text = _lines(*_HEAD, "地区", "当日交办", "累计交办", "办结数", "办结率", "总数", "重点", "总数", "重点", "",
                  "岚川县", "14", "4", "233", "37", "", "", "201", "86.3%",
                  "桐湾县", "", "", "150", "18", "141", "94.0%",
                  "岚溪区", "9", "2", "97", "11", "88", "90.7%")
    fs = facts_of(text)
    assert [f for f in fs if f.subject == "桐湾县" or f.value in (150, 18, 141)] == []
    assert [f for f in fs if f.subject == "岚溪区" and f.value == 150] == []
    later = one(fs, 97)
    assert (later.subject, later.indicator[-4:]) == ("岚溪区", "交办总数")
    assert one(fs, 90.7).subject == "岚溪区"


def test_a_notice_table_counts_what_its_caption_names_up_to_the_cut_off_under_it():
    # a county's transfer notice: caption, then its cut-off on a line of its own, then the table one cell a line
    text = _lines("桐湾县第三批群众信访举报问题转办情况", "2024-06-02 09:15 来源:桐湾县融媒体中心",
                  "6月1日,县督察整改办公室向各乡镇转办第三批群众信访举报问题27件,其中来电19件、来信8件。",
                  "2024年各乡镇转办问题统计", "(截止时间:2024年5月31日18:00)",
                  "序号 |", "乡镇 |", "总计 |", "来电 |", "来信 |",
                  "1 |", "岚东镇 |", "12 |", "9 |", "3 |",
                  "2 |", "桐西乡 |", "8 |", "5 |", "3 |",
                  "3 |", "岚南镇 |", "7 |", "5 |", "2 |")
    fs = facts_of(text)
    phone = one(fs, 9)
    assert (phone.unit, phone.subject, phone.period) == ("", "岚东镇", "..2024-M05")
    assert "来电" in phone.indicator and "转办问题" in phone.indicator
    assert "来信" in one(fs, 2).indicator and "转办问题" in one(fs, 2).indicator
    total = one(fs, 12)
    assert (total.subject, total.indicator, total.period) == ("岚东镇", "转办问题", "..2024-M05")


def test_a_caption_over_its_cut_off_on_a_page_setting_every_line_apart():
    # a prefecture's page whose converter writes a blank line after every line, the header's cells included
    text = "\n\n".join(("岚溪州第八批信访举报件转办情况", "发布日期:2023-07-11 来源:岚溪州生态环境局",
                        "7月10日,岚溪州收到第八批信访举报件16件。", "各县市、州直部门转办统计",
                        "(截至 时间:2023年7月10日20:00)", "序号", "县市(州直部门)", "总计", "来电", "来信",
                        "1", "岚川县", "9", "6", "3", "2", "桐湾县", "5", "4", "1", "3", "州直部门", "2", "2", "0")) + "\n"
    fs = facts_of(text)
    total = one(fs, 9)
    assert (total.subject, total.indicator, total.period) == ("岚川县", "转办", "..2023-M07")
    assert one(fs, 4).indicator == "来电转办"
