"""News of a plan whose lead states the span its targets hold over (纲要提出了未来五年…的主要目标): a target of that part
with no time of its own holds over the span (a flow, 年均增长, 新增) or by its end (a state, 达到120家).  Every text is
invented for these tests (the places too)."""
from __future__ import annotations

import pytest

from taizhang.extract.frame import _stated_span

from factrun import context_of, one, periods_of


@pytest.mark.parametrize("text,values", [
    # the lead's 未来五年 in a plan's news, two paragraphs of targets, a state after a status (从目前的…提高到…)
    ("岚溪县“十五五”规划纲要解读:未来五年这样干\n2026年1月15日,岚溪县十八届人大五次会议审议通过《岚溪县国民经济和社会发展第十五个"
     "五年规划纲要》,纲要提出了未来五年全县经济社会发展的主要目标和一批标志性指标。\n经济发展方面,全县地区生产总值年均增长6%左右。"
     "规上工业总产值从目前的186亿元提高到300亿元,高新技术企业数量达到120家。\n民生方面,居民人均可支配收入年均增长6.5%,"
     "新增城镇就业2万人以上。\n",
     {6: "2026..2030", 300: "..2030", 120: "..2030", 6.5: "2026..2030", 2: "2026..2030"}),
    # a deadline in the lead (明确了到2030年…的发展目标), full-width punctuation
    ("青川市国土空间总体规划获批\n近日，《青川市国土空间总体规划（2021—2035年）》获批。规划明确了到2030年全市国土空间开发保护的主要目标"
     "和一批约束性指标。\n耕地保有量不低于182万亩，永久基本农田保护面积达到156万亩，森林覆盖率达到65%。\n",
     {182: "..2030", 156: "..2030", 65: "..2030"}),
])
def test_a_plan_leads_span_times_its_targets(text, values):
    assert periods_of(text, values) == values


def test_a_target_stating_its_own_time_keeps_it():
    text = ("河口县“十五五”规划纲要发布\n2026年1月20日,河口县正式发布“十五五”规划纲要,纲要提出了未来五年全县发展的主要目标。\n"
            "到2027年,全县城镇化率达到60%;高新技术企业数量达到80家。\n")
    _, ex = context_of(text)
    assert one(ex.facts, 60).period == "..2027"


@pytest.mark.parametrize("cue,period", [
    ("提出了未来五年全县经济社会发展的主要目标", "2026..2030"),
    ("明确了到2030年全市国土空间开发保护的主要目标", "..2030"),
    ("提出了全县经济社会发展的主要目标", ""),  # no time stated
    ("明确了到2027年和到2030年的发展目标", ""),  # two: none decided
])
def test_the_span_a_plans_lead_states(cue, period):
    assert _stated_span(cue, 2026) == period
