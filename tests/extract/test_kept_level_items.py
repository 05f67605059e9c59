"""An item of a target list that keeps a level of the year before (粮食产量保持上年水平, 与上年持平) names that year as
the base it holds its figure to: it reports nothing and dates nothing, so the items after it stay the list's targets
of the list's year, in the lead's paragraph and in the paragraph the list goes on in.  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_items_after_a_kept_level_stay_the_years_targets():
    fs = facts_of("青川县2025年政府工作报告\n2025年1月16日\n"
                  "2025年，全县经济社会发展主要预期目标是：地区生产总值增长6%左右；粮食产量保持上年水平；"
                  "城乡居民人均可支配收入增长6.5%；城镇新增就业2800人。\n")
    for v in (6.5, 2800):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "2025")


def test_items_after_a_level_matched_with_the_year_before_stay_targets():
    fs = facts_of("青川县2025年政府工作报告\n2025年1月16日\n"
                  "2025年，全县经济社会发展主要预期目标是：地区生产总值增长6%左右；生猪出栏量与上年持平；"
                  "规模以上工业增加值增长7%。\n")
    assert one(fs, 7).kind == "target"


def test_a_list_going_on_in_the_next_paragraph_keeps_the_leads_year():
    fs = facts_of("青川县2025年政府工作报告\n2025年1月16日\n"
                  "2025年，全县经济社会发展主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长4%；\n"
                  "粮食产量稳定在上年水平，城乡居民人均可支配收入增长6.5%，城镇新增就业2800人。\n")
    for v in (6.5, 2800):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "2025")


def test_a_review_of_the_year_before_still_reports():
    fs = facts_of("青川县2025年政府工作报告\n2025年1月16日\n"
                  "过去一年，全县地区生产总值增长5.8%，粮食产量与上年持平，城镇新增就业2650人。\n")
    assert one(fs, 2650).kind == "actual"


def test_items_naming_the_base_of_their_change_stay_the_lists_targets():
    fs = facts_of("青川县2025年政府工作报告\n2025年1月16日\n"
                  "2025年，全县经济社会发展主要预期目标是：地区生产总值同比增长6%左右；一般公共预算收入增长4%；\n"
                  "城乡居民人均可支配收入比上年增长6.5%；城镇新增就业2800人；单位生产总值能耗下降2.5%。\n")
    for v in (6, 6.5, 2800, 2.5):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "2025")
