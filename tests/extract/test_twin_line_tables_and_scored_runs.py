"""Two shapes of an assessment notice (考评通报) that were read as nothing.

(1) A ranking table printed twice side by side to save room, written one cell a line (a web page's or Word file's
table flattened, each cell on its line, often with the converter's bar after it): 单位 / 工单数 / 得分 / 排名 / 单位 /
工单数 / 得分 / 排名, then 东湖县 / 2210 / 96.40 / 1 / 西山区 / …  When the label column comes first, the first row's
label is a text line like the header's words: the run of text lines is one longer than the two headers.
(2) Names each followed by their score, joined by 、 or a comma, the score named once on the first name or not at
all (东湖县考评得分为96.5分,西山区95.2分,… / 本月市水务集团82.5分、市城管局85.75分排名靠后): every figure before 分
is the score of the name before it.  Every document here is invented (岚溪市, 东湖县, 桐湾县 …)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_TWIN = ["单位", "工单数", "得分", "排名", "单位", "工单数", "得分", "排名",
         "东湖县", "2210", "96.40", "1", "青岭县", "1702", "93.25", "3",
         "西山区", "1830", "95.10", "2", "桐湾县", "1650", "91.05", "4"]


@pytest.mark.parametrize("bar", ["", " |"])
def test_a_ranking_printed_twice_side_by_side_one_cell_a_line(bar):
    text = _lines("岚溪市2025年3月份12345热线考评情况通报", "一、各县(区)办理情况",
                  *[c + bar for c in _TWIN], "二、下一步工作")
    fs = facts_of(text)
    assert (one(fs, 1702).subject, one(fs, 1702).indicator, one(fs, 1702).period) == ("青岭县", "工单数", "2025-M03")
    assert (one(fs, 95.1).subject, one(fs, 95.1).measure) == ("西山区", "level")
    rank = one(fs, 4)
    assert (rank.subject, rank.measure, rank.kind) == ("桐湾县", "rank", "actual")


def test_a_twin_table_under_its_caption_line_with_a_half_row_left_empty():
    # a caption written as a row of the table, and the last line of cells holding one row only (its twin's bars)
    cells = ["单位 |", "受理量 |", "得分 |", "排名 |", "单位 |", "受理量 |", "得分 |", "排名 |",
             "县住建局 |", "412 |", "96.5 |", "1 |", "县水利局 |", "133 |", "92.1 |", "4 |",
             "县交通局 |", "287 |", "95.2 |", "2 |", "县民政局 |", "96 |", "90.0 |", "5 |",
             "县城管局 |", "655 |", "94.3 |", "3 |", "||||"]
    text = _lines("桐湾县2024年第二季度政务热线考评情况", "| 县直部门受理量、得分及排名表 | |||||||", *cells, "请各单位对照整改。")
    fs = facts_of(text)
    assert (one(fs, 655).indicator, one(fs, 133).subject) == ("受理量", "县水利局")
    assert (one(fs, 94.3).subject, one(fs, 94.3).period) == ("县城管局", "2024-Q2")
    assert (one(fs, 5).measure, one(fs, 5).subject) == ("rank", "县民政局")


def test_scores_of_a_list_named_once_on_its_first_place():
    text = _lines("岚溪市2025年3月份12345平台考评情况通报",
                  "1.各县:3月份,东湖县考评得分为146.5分,西山区143.2分,青岭县140.8分,桐湾县138.1分。")
    fs = facts_of(text)
    for value, place in ((146.5, "东湖县"), (143.2, "西山区"), (140.8, "青岭县"), (138.1, "桐湾县")):
        f = one(fs, value)
        assert (f.subject, f.measure, f.kind, f.period) == (place, "level", "actual", "2025-M03")
        assert "得分" in f.indicator


def test_scores_of_bodies_ranked_last_with_no_score_word():
    text = _lines("青岭县2024年第三季度营商环境考评通报",
                  "本季度县水务集团82.5分、县城管局85.75分、青岭燃气公司86.1分排名靠后,请上述单位加强整改。",
                  "各镇得分情况:石门镇91.2分、河口镇90.4分。")
    fs = facts_of(text)
    assert (one(fs, 82.5).subject, one(fs, 82.5).unit) == ("县水务集团", "分")
    assert (one(fs, 85.75).subject, one(fs, 86.1).subject) == ("县城管局", "青岭燃气公司")
    assert one(fs, 90.4).subject == "河口镇"


def test_a_scoring_rule_and_grades_stay_no_scores():
    text = _lines("岚溪市2025年度乡镇考评办法",
                  "每少1家扣2分、每超1天扣1分。优秀等次90分、良好等次80分。")
    fs = facts_of(text)
    assert [f for f in fs if f.unit == "分"] == []


def test_the_size_of_an_assessed_group_and_its_full_marks_are_no_facts():
    text = _lines("岚溪市2025年3月份12345平台考评情况通报",
                  "1.各县(区)(共4家,满分为150分):东湖县考评得分为146.5分,西山区143.2分,青岭县140.8分,桐湾县138.1分。",
                  "2.市各部门及单位(共52家,满分100分):本月得分在99分以上的单位共有31家。",
                  "3.全市共有规上企业412家。")
    fs = facts_of(text)
    assert [f for f in fs if f.value in (4, 150, 52)] == []
    assert one(fs, 31).unit == "家" and one(fs, 412).unit == "家"
    assert one(fs, 146.5).subject == "东湖县"
