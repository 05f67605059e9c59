"""A batch of a list of works given out in turns (第三批省重点项目共52个,总投资…) is a list announced: its own count
and worth are the list as it stands (actual since session 43, as 安排重点项目N个 are), its year's plan amount the plan's;
a batch of an event (第三批集中开工项目) reports what the event did.
Sentences written for these tests."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def test_a_batch_of_a_list_announced_is_its_plan():
    text = ("关于下达2025年第三批省重点建设项目的通知\n\n发布时间:2025-06-18\n\n"
            "第三批省重点建设项目共46个,总投资735亿元,年度计划投资188亿元。\n")
    got = [(f.value, f.kind) for f in extract_text(text, "t.txt").facts]
    # (the batch's own size is the list as it stands, on a page titled as the list given out too; its year's plan
    # amount stays the plan's)
    assert got == [(46, "actual"), (735, "actual"), (188, "target")]


def test_a_batch_of_a_start_up_event_reports():
    text = ("青川县第三批重点项目集中开工\n\n发布时间:2025-06-18\n\n"
            "6月18日,第三批集中开工项目共12个,总投资36.5亿元。\n")
    got = [(f.value, f.kind) for f in extract_text(text, "t.txt").facts]
    assert got == [(12, "actual"), (36.5, "actual")]
