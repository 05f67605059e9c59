"""A five-year plan the text only speaks of is not the text: a 2025 work report that asks to 编制“十五五”规划 keeps its
2025 targets, while a text that is the plan (its title, a heading line of its head, or the 《》 document its first
sentence cites) is read in the plan's span.  Every text here is invented for these tests (the places too)."""
from __future__ import annotations

import pytest

from taizhang.extract import facts
from taizhang.extract.doc import DocumentRecord

from factrun import facts_of, one

REPORT = ("1月15日上午,青峪市第九届人民代表大会第四次会议开幕。政府工作报告提出,2025年全市经济社会发展主要预期目标建议为:"
          "地区生产总值增长5.5%左右,固定资产投资增长8%左右,一般公共预算收入增长3.2%。\n"
          "一、扩大有效需求\n加快重大项目建设,力争新开工项目120个以上。科学编制“十五五”规划,争取更多项目纳入国家和省规划。\n")


def test_a_plan_the_report_asks_to_draw_up_leaves_its_targets_targets():
    fs = facts_of(REPORT)
    for v in (5.5, 8, 3.2):
        f = one(fs, v, "%")
        assert (f.kind, f.period) == ("target", "2025")


def test_a_plan_reviewed_in_a_sentence_is_no_plan_of_the_text():
    rec = DocumentRecord(doc="t.txt", title="")
    text = "五年来,全县圆满完成“十三五”规划主要目标任务,地区生产总值达到210亿元。"
    assert facts._plan_period(rec, text) == ""


@pytest.mark.parametrize("title,text,span", [
    ("白沙县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "第一章 发展基础\n", "2021..2025"),
    ("", "白沙县“十五五”规划纲要\n\n第一章 发展环境\n“十四五”时期,全县地区生产总值年均增长6.1%。\n", "2026..2030"),
    ("", "根据《中共白沙县委关于制定白沙县国民经济和社会发展第十五个五年规划和二〇三五年远景目标的建议》,编制本纲要。\n",
     "2026..2030"),
])
def test_the_plan_the_text_is(title, text, span):
    assert facts._plan_period(DocumentRecord(doc="t.txt", title=title), text) == span
