"""Spans of time a service or a step takes, and calls counted (sentences written for these tests; places invented).

- A span named as such (时长, 时限, 周期, 用时 …) and stated right before its value is a figure in whatever unit of time it
  is written (秒, 分钟, 天, 个工作日), an amount of time (level), as when it is cut to so much; so is the span a cut
  starts from (由60天压缩到5天).  Days counted (优良天数300天) stay a count; a deadline (5个工作日内办结) is none.
- Telephone calls are counted in 通 (转接来电1520通); 通车, 通知 after a figure open words, no unit.
"""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text, value, unit, indicator", [
    ("岚溪县12345热线2025年5月运行情况\n全市热线平均等待时长为12.6秒,接通率98%。\n", 12.6, "秒", "热线平均等待时长"),
    ("青川市政务服务中心2025年工作总结\n咨询类诉求平均办理时长为1.8个工作日。\n", 1.8, "个工作日", "咨询类诉求平均办理时长"),
    ("江川省营商环境报告\n2025年全省不动产登记办理周期为4天。\n", 4, "天", "不动产登记办理周期"),
    ("岚溪县12345热线2025年三季度运行情况\n坐席平均通话时长3.5分钟。\n", 3.5, "分钟", "坐席平均通话时长"),
])
def test_a_span_of_time_stated_is_an_amount(text, value, unit, indicator):
    f = one(facts_of(text), value, unit)
    assert (f.measure, f.indicator) == ("level", indicator)


def test_both_ends_of_a_cut_in_days_are_amounts_and_days_counted_stay_a_count():
    fs = facts_of("青川市2025年优化营商环境工作情况\n全市环评审批周期由45天压缩到12天。\n")
    assert (one(fs, 45, "天").measure, one(fs, 12, "天").measure) == ("level", "level")
    fs = facts_of("岚溪县2025年生态环境状况\n全年空气质量优良天数330天。\n")
    assert one(fs, 330, "天").measure == "count"
    assert facts_of("青川市政务服务指南\n窗口在5个工作日内办结,3个工作日内答复。\n") == []


def test_calls_are_counted_in_tong():
    fs = facts_of("岚溪县12345热线2025年8月运行情况\n本月共转接来电2310通,其中甲镇380通。\n")
    assert one(fs, 2310, "通").measure == "count"
    assert one(fs, 380, "通").measure == "count"
    assert not [f for f in facts_of("青川市交通建设情况\n2025年12月通车的甲乙公路全长36公里。\n") if f.unit == "通"]
    # a numeral in words before 通 names a link (小三通), its name kept whole
    fs = facts_of("岚溪县2025年港口运行\n“小三通”客运航线年客流量达36万人次。\n")
    assert [(f.value, f.indicator) for f in fs] == [(36, "小三通客运航线年客流量")]
