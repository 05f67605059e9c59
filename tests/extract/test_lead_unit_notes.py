"""A task division writes after its lists of units how to read them: the unit written first leads (排在第一位的为牵头
单位, 列在第一位的为牵头部门, 排名第一为牵头单位, 排名第1的为牵头单位).  That first place is the order of a list,
no body's rank and no figure; a rank of a body in the same text (营商环境评价排名第一) stays one.  The tasks stage reads
the note as the lead (tasks._FIRST_LEADS).  Sentences written for these tests; the units are invented."""
from __future__ import annotations

from factrun import facts_of


def _ranks(text):
    return [(f.value, f.subject) for f in facts_of(text) if f.measure == "rank"]


def test_a_note_on_the_first_listed_unit_is_no_rank():
    text = ("岚溪县2026年优化营商环境重点任务分工方案\n为推动各项任务落实,现将重点任务分工如下(列在第一位的为牵头部门):\n"
            "1.推进工程建设项目审批改革,审批时间压缩至60个工作日以内。(责任单位:县住建局、县发改局,排在第一位的为牵头单位)\n"
            "2.全年新增市场主体3000户。(责任单位:县市场监管局、县税务局;排名第一为牵头单位)\n"
            "3.开展“双随机”抽查(排名第1的为牵头单位)。\n4.2025年,岚溪县营商环境评价排名第一。\n")
    assert _ranks(text) == [(1, "岚溪县")]
    assert sorted(f.value for f in facts_of(text)) == [1, 60, 3000]


def test_the_note_in_other_words_and_at_other_levels():
    for note in ("排在第一位的单位为牵头单位", "列第一位的是主办单位", "排第1位的为牵头责任单位", "位列第一的为主责单位"):
        text = (f"东坡市2026年民生实事分工方案\n一、新建城区幼儿园5所。(责任单位:市教育局、市住建局,{note})\n")
        assert _ranks(text) == [], note
    text = ("青石镇2026年重点工作任务清单\n(一)完成农村道路硬化12公里。(责任单位:镇建设办、镇农业办,排在第一位的为牵头单位)\n")
    assert _ranks(text) == []


def test_a_first_place_followed_by_other_words_is_still_a_rank():
    text = ("岚溪县2026年一季度重点项目考评通报\n2026年4月8日\n一季度,县交通局排在第一位,县水利局排名第二。\n")
    assert sorted(v for v, _ in _ranks(text)) == [1, 2]
