"""A clause that judges the places a list of figures is of (甲市、乙市整改进度快于全省平均水平,分别完成98.2%、96.5%)
names what is compared, not the comparison: the figures measure the compared noun, and a share done of a task whose
progress (进度) was compared is that task's completion rate (整改进度 … 完成98.2% → 整改完成率), as the whole's rate
was named before them.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


TEXT = ("山西省通报环境保护督察整改进展情况\n2024年8月15日\n截至目前,全省核查属实的问题已完成整改2150件,整改完成率93.1%。"
        "忻州、吕梁、阳泉市整改进度快于全省平均水平,分别完成98.2%、96.5%、95.1%;长治、晋城整改进度慢于全省平均水平,"
        "分别完成85.3%、88.7%。\n")


def test_a_share_done_after_a_judged_progress_is_the_tasks_completion_rate():
    fs = facts_of(TEXT)
    for value, place in ((98.2, "忻州市"), (95.1, "阳泉市"), (85.3, "长治市"), (88.7, "晋城市")):
        f = one(fs, value)
        assert (f.indicator, f.subject, f.measure) == ("整改完成率", place, "share")
    assert one(fs, 93.1).indicator == "整改完成率"  # (the whole's rate before the list keeps its name)
