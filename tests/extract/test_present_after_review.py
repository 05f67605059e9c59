"""Where a look back stops and the text's own time resumes.  A news item on a work report often tells the year looked
back on and this year's targets in one paragraph (过去一年,全县…增长5.1%。今年主要预期目标:…): the look back that
opened the paragraph ends at the sentence that opens with the present, whose figures are this year's targets.  And a
run of years written up to now (2012年至今, 自2016年至今) is the same run as 2012年以来: a total over it spans the years
to the text's own.  Every text here is invented for these tests (the places too)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text,review,target,year", [
    # a county's graphic digest of its report, titled by its year
    ("一图读懂2023年岚溪县政府工作报告\n过去一年,全县地区生产总值增长5.1%,一般公共预算收入12亿元。今年主要预期目标:"
     "地区生产总值增长6%左右,城镇新增就业3000人。\n", 12, 3000, 2023),
    # a county's reading of its report: the main targets after the review, no cue in the items' own clauses
    ("东坪县2024年政府工作报告解读\n过去一年,全县粮食产量达到34万吨,地区生产总值增长5.6%。今年的主要目标是:"
     "地区生产总值增长6%,粮食产量稳定在35万吨。\n", 34, 35, 2024),
])
def test_this_years_targets_after_a_look_back_in_one_paragraph(text, review, target, year):
    fs = facts_of(text)
    assert (one(fs, review).kind, one(fs, review).period) == ("actual", str(year - 1))
    assert (one(fs, target).kind, one(fs, target).period) == ("target", str(year))


@pytest.mark.parametrize("text,value,period", [
    # a county's tourism review posted in May
    ("岚溪县文旅发展综述\n发布时间:2023-05-06\n2012年至今,全县累计接待游客1200万人次。\n", 1200, "2012..2023"),
    # a district's review of its villages, the run opened by 自
    ("东坪区乡村建设综述\n发布时间:2024-08-16\n自2018年至今,全区累计改造农村危房3600户。\n", 3600, "2018..2024"),
])
def test_a_run_written_up_to_now_spans_the_years_to_the_texts_own(text, value, period):
    assert one(facts_of(text), value).period == period
