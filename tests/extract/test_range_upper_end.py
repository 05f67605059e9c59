"""A range written with the unit on its upper end only (增长6.5-7%, 培育3-5个) gives two bounds of one measure: the upper
end measures what the lower end does and names the same indicator (the upper end alone, 7% after 增长6.5-, was read as
a share named 生产总值增长6.5) (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_upper_end_of_a_growth_range_is_growth():
    fs = facts_of("岚溪市2026年政府工作报告\n2026年全市生产总值预期增长6.5-7%,一般公共预算收入增长5-6%。\n")
    assert (one(fs, 6.5).measure, one(fs, 7).measure) == ("growth", "growth")
    assert one(fs, 7).indicator == one(fs, 6.5).indicator
    assert (one(fs, 5).measure, one(fs, 6).measure) == ("growth", "growth")


def test_upper_end_of_a_rate_range_stays_a_share():
    fs = facts_of("甲县2026年工作要点\n城镇登记失业率控制在3-4.5%以内,每个乡镇培育3-5个龙头企业。\n")
    assert one(fs, 4.5).measure == "share"
    assert one(fs, 5).measure == "count"
