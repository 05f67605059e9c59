"""Cue words a part's frame reads otherwise than their own words say: in a part that commits (二、2026年工作安排,
主要目标), 实际 names a target's measure (实际利用外资增长3%), 同比 / 比上年 its base (同比增长6%以上) and 累计 a sum over the
plan's years (累计降低17%), none of them a report; in a review part, 确保 is what was secured (确保了…稳定在85万亩以上).
Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


def _kinds(text: str, values) -> dict:
    fs = facts_of(text)
    return {v: one(fs, v).kind for v in values}


@pytest.mark.parametrize("text,values", [
    # the year's targets: 实际 names the measure (the real, not the nominal), 同比 the base of the change
    ("青川省政府工作报告\n——2026年1月20日在青川省第十四届人民代表大会第五次会议上\n二、2026年工作安排\n"
     "今年主要预期目标是:地区生产总值增长5%左右,实际利用外资增长3%,城镇居民人均可支配收入实际增长5.5%。\n",
     {5: "target", 3: "target", 5.5: "target"}),
    # a county's tasks: 同比 among them still commits; a sentence that reports last year's outturn still reports
    ("河口县人民政府工作报告\n2025年1月6日\n三、2025年主要任务\n"
     "规上工业增加值同比增长8%以上,去年全县规上工业增加值同比增长6.4%。\n",
     {8: "target", 6.4: "actual"}),
    # a plan outline's targets: 累计 sums up the plan's years, no report
    ("东坪县“十五五”规划纲要\n2026年3月1日\n第二章 主要目标\n"
     "单位地区生产总值二氧化碳排放累计降低17%,累计新增城镇就业2.5万人。\n",
     {17: "target", 2.5: "target"}),
    # a review part: 确保 is what was secured
    ("岚溪县人民政府工作报告\n——2026年1月10日在岚溪县第十八届人民代表大会第五次会议上\n一、2025年工作回顾\n"
     "我们坚持稳粮扩油,确保了粮食播种面积稳定在85万亩以上。\n",
     {85: "actual"}),
])
def test_a_parts_frame_reads_cue_words_out_of_place(text, values):
    assert _kinds(text, values) == values
