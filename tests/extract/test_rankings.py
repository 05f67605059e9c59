"""Rankings and scores: tables with a column of ranks or scores, ranking lines, ranks by grade."""
from __future__ import annotations

from pathlib import Path

import pytest

from factrun import facts_of

SAMPLES = Path(__file__).parent / "samples" / "tables"


def _by_subject(fs, measure):
    return sorted((f.subject, f.value) for f in fs if f.measure == measure)


# --------------------------------------------------------------------------- tables

def test_one_cell_a_line_table_opened_by_its_rank_column():
    fs = facts_of((SAMPLES / "ranking_rank_first.txt").read_text(encoding="utf-8"))
    assert _by_subject(fs, "rank") == [("县交通运输局", 3), ("县住建局", 2), ("县农业农村局", 5), ("县城管局", 1),
                                       ("县水利局", 4)]
    scores = {f.subject: f for f in fs if f.measure == "level"}
    assert scores["县住建局"].value == 92.25
    assert scores["县住建局"].unit == "" and scores["县住建局"].unit_implied == "分"
    assert all(f.kind == "actual" for f in fs)


def test_full_marks_columns_and_a_total_are_scores_and_the_rank_column_ranks():
    fs = facts_of((SAMPLES / "ranking_one_cell_a_line.txt").read_text(encoding="utf-8"))
    assert _by_subject(fs, "rank") == [("东坡镇", 2), ("白马乡", 3), ("青川镇", 1)]
    qing = sorted(f.value for f in fs if f.subject == "青川镇" and f.measure == "level")
    assert qing == [19, 37.5, 38, 94.5]
    assert "(20分)" not in next(f for f in fs if f.value == 19).indicator


@pytest.mark.parametrize("text", [
    "东坡县2022年第三季度项目建设考核排名情况\n\n单位\t考核得分\t名次\n岚溪镇\t95.6\t1\n青石镇\t90.2\t2\n白马乡\t88\t3\n",
    "东坡县2022年第三季度项目建设考核排名情况\n\n| 名次 | 单位 | 考核得分 |\n| 1 | 岚溪镇 | 95.6 |\n| 2 | 青石镇 | 90.2 |\n"
    "| 3 | 白马乡 | 88 |\n",
    "东坡县2022年第三季度项目建设考核排名情况\n\n序号  乡镇  考核得分  排名\n1  岚溪镇  95.60  1\n2  青石镇  90.20  2\n"
    "3  白马乡  88.00  3\n",
    "东坡县2022年第三季度项目建设考核排名情况\n\n镇（街道）\n考核得分\n名次\n岚溪镇\n95.6\n1\n青石镇\n90.2\n2\n白马乡\n88\n3\n",
    "东坡县2022年第三季度项目建设考核排名情况\n现将结果通报如下:\n序号\n乡镇\n考核得分\n排名\n1\n岚溪镇\n95.6\n1\n2\n青石镇\n90.2\n2\n"
    "3\n白马乡\n88\n3\n",
])
def test_rank_and_score_columns_in_every_table_layout(text):
    fs = facts_of(text)
    assert _by_subject(fs, "rank") == [("岚溪镇", 1), ("白马乡", 3), ("青石镇", 2)]
    assert _by_subject(fs, "level") == [("岚溪镇", 95.6), ("白马乡", 88), ("青石镇", 90.2)]


def test_a_serial_number_column_is_no_rank():
    text = ("青川市2023年重点项目完成情况\n\n序号\n单位\n完成投资(亿元)\n1\n岚溪县\n12.5\n2\n东坡县\n9.8\n3\n北川区\n7.2\n")
    fs = facts_of(text)
    assert [f for f in fs if f.measure == "rank"] == []
    assert sorted(f.value for f in fs) == [7.2, 9.8, 12.5]
