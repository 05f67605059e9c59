"""A ranking written one cell a line whose rows hold a short word under a column of text (排名 / 单位 / 得分 / 完成率 /
备注, then 1 / 岚溪县 / 96.5 / 103.2% / 超额完成): the word is no next row's label, every column keeps its place, and a
note left empty (no line of its own) shifts no column either.  The notices are invented (岚山市 and its counties)."""
from __future__ import annotations

from factrun import facts_of, one

HEAD = "岚山市2024年一季度重点工作考核结果通报\n\n市考核办对各县一季度重点工作进行了考核，结果如下：\n"


def _table(*rows: tuple[str, ...], header=("排名", "单位", "得分", "完成率", "备注")) -> str:
    return HEAD + "\n".join(header) + "\n" + "\n".join("\n".join(r) for r in rows) + "\n"


def test_a_word_under_a_column_of_text_shifts_no_column():
    fs = facts_of(_table(("1", "岚溪县", "96.5", "103.2%", "超额完成"), ("2", "临湖县", "94.1", "98.7%", "基本完成"),
                         ("3", "青川县", "90.3", "92.4%", "未完成")))
    first = [f for f in fs if f.subject == "岚溪县"]
    assert sorted((f.value, f.measure) for f in first) == [(1, "rank"), (96.5, "level"), (103.2, "share")]
    assert (one(fs, 2).measure, one(fs, 2).subject) == ("rank", "临湖县")
    assert (one(fs, 94.1).subject, one(fs, 98.7).subject, one(fs, 92.4).subject) == ("临湖县", "临湖县", "青川县")


def test_a_column_of_text_between_the_label_and_the_figures():
    fs = facts_of(_table(("1", "岚溪县", "优秀", "96.5", "103.2%"), ("2", "临湖县", "良好", "94.1", "98.7%"),
                         ("3", "青川县", "一般", "90.3", "92.4%"), header=("名次", "单位", "等次", "得分", "完成率")))
    assert [(one(fs, v).subject, one(fs, v).measure) for v in (3, 90.3, 92.4)] == \
        [("青川县", "rank"), ("青川县", "level"), ("青川县", "share")]


def test_a_note_left_empty_shifts_no_column():
    fs = facts_of(_table(("1", "岚溪县", "96.5", "103.2%", "超额完成"), ("2", "临湖县", "94.1", "98.7%"),
                         ("3", "青川县", "90.3", "92.4%", "未完成"), ("4", "白水县", "88.6", "90.1%", "未完成")))
    assert [(one(fs, v).subject, one(fs, v).measure) for v in (3, 4, 88.6, 90.1)] == \
        [("青川县", "rank"), ("白水县", "rank"), ("白水县", "level"), ("白水县", "share")]
    assert one(fs, 98.7).subject == "临湖县"
