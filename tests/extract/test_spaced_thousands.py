"""Numbers whose thousands a blank sets apart, as text taken from a PDF writes them (签约项目1 235 个): one number
when the text sets its numbers apart from its words and the line is prose (cleaner.spaced_thousands_edits); a thin
space between digits is that separator anywhere; a table whose cells single spaces part keeps its cells.
All texts are invented (岚溪县, 青川市, 河口县 …)."""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.cleaner import spaced_thousands_edits

REPORT = ("岚溪县2026年招商引资工作情况\n\n"
          "2025 年，全县招商引资成效明显。全年签约项目1 235 个，总投资2 480.6 亿元，同比增长 12.3 %。"
          "其中亿元以上项目326 个，到位资金1 024.5 亿元。\n")


def test_a_spaced_number_of_pdf_prose_is_one_figure_spanning_its_blank():
    fs = facts_of(REPORT)
    count = one(fs, 1235)
    assert count.unit == "个" and REPORT[count.vstart:count.vend] == "1 235"
    money = one(fs, 2480.6)
    assert money.unit == "亿元" and REPORT[money.vstart:money.vend] == "2 480.6"
    assert one(fs, 1024.5).unit == "亿元"
    assert not [f for f in fs if f.value in (235, 480.6, 24.5, 1, 2)]


def test_several_groups_and_a_no_break_space():
    text = ("青川市2025年国民经济和社会发展统计公报\n\n"
            "2025 年，全市接待游客 12\u00a0345\u00a0678 人次，比上年增长 8.1 %；旅游收入 356 亿元。\n")
    fs = facts_of(text)
    assert one(fs, 12345678).unit == "人次"


def test_a_thin_space_between_digits_needs_no_other_evidence():
    text = "河口县2025年经济运行情况\n\n全县完成固定资产投资1\u2009024.5亿元，增长6.2%，新开工项目2\u202f150个。\n"
    fs = facts_of(text)
    assert one(fs, 1024.5).unit == "亿元" and one(fs, 2150).unit == "个"


def test_a_text_that_does_not_space_its_numbers_keeps_two_numbers():
    # a text whose numbers touch their words: a lone blank between two numbers is no evidence
    text = "白沙县2025年工作总结\n\n全县新建5G基站35个，改造农村公路120 公里。\n"
    assert spaced_thousands_edits(text) == []


def test_a_space_table_and_a_number_before_another_keep_their_cells():
    text = ("岚山市2026年1-9月重点项目推进情况通报\n\n2026 年 1-9 月，全市重点项目完成投资 520 亿元，完成率 89.4 %。\n"
            "县(市、区) 项目个数 总投资 完成率\n岚溪县 42 520.3 89.4%\n青川县 38 415.6 92.8%\n")
    assert spaced_thousands_edits(text) == []
    prose = "2025 年全县新增 就业 5 200 人，其中 高校 毕业生 2 300 人，分别 为 12 345 678 个 和 3 456 个。\n"
    edits = spaced_thousands_edits(prose)
    joined = {e.start for e in edits}
    # 5 200, 2 300, 12 345 678 and 3 456 are numbers (和 parts the last two)
    assert prose.index("5 200") + 1 in joined and prose.index("2 300") + 1 in joined
    assert all(prose[e.start] == " " and e.repl == "," for e in edits)
    # numbers in a row, a blank after each: a series of scores or years, no thousands
    series = "2023 年 至 2025 年，考核 得分 依次 为 95 100 98 分，排名 第 3 位。\n"
    assert spaced_thousands_edits(series) == []
