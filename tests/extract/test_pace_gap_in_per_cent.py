"""A figure written right after the calendar's pace it passes or trails (超序时进度4.2%, 落后时间进度3%) is the gap between
two rates, a delta as 超序时进度4.2个百分点 is, though written in per cent; the completion rate before it stays a share
(sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_gap_to_the_pace_in_per_cent_is_a_delta():
    fs = facts_of("岚溪县2025年1-3月重点项目进展\n1-3月,全县重点项目累计完成投资9.6亿元,占年度计划投资的41.3%,"
                  "超序时进度16.3%。\n")
    assert one(fs, 41.3).measure == "share"
    assert one(fs, 16.3).measure == "delta"


def test_gap_to_the_pace_other_words():
    fs = facts_of("甲市1-6月重大项目推进情况\n在建项目完成投资比例48.6%,超时间进度10.2%;新开工项目完成投资比例37.2%,"
                  "落后序时进度2.8%。\n")
    assert (one(fs, 10.2).measure, one(fs, 2.8).measure) == ("delta", "delta")
    assert one(fs, 48.6).measure == "share"
