"""A deadline that makes up its clause with only the words leading into it (力争到2015年, / 确保到2025年,) heads the
targets after it, across a ; as across a comma: it is no time planned for one work's stage (预计10月份完工;…), which
stops at the ;.  A plan laid out from a printed page breaks its lines inside a sentence; the targets there are read the
same.  Every text here is invented for these tests (the places too)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one

_WRAPPED = ("第十二编 发展规划\n的基础上,力争到2015年,全县生产总值年均增长12%,\n人均生产总值超过5万元;地方财政收入年均增长"
            "11%,全社会\n固定资产投资年均增长16%。\n")


@pytest.mark.parametrize("value,period", [(12, "2011..2015"), (11, "2011..2015"), (16, "2011..2015"),
                                          (5, "..2015")])
def test_a_deadline_heading_its_targets_reaches_past_a_semicolon(value, period):
    assert one(facts_of(_WRAPPED), value).period == period


def test_a_time_planned_for_one_works_stage_stops_at_the_semicolon():
    # guard (passes before and after): the month a work is planned to be finished times nothing after the ;
    fs = facts_of("岚溪县重点项目简况\n发布时间:2024-06-12\n县医院门诊楼预计10月份完工;城南片区打造3个示范点。\n")
    assert one(fs, 3).period != "2024-M10"
