"""A supervision notice's counts of tasks by where their work stands (欠进度的有…个, 占总任务的…%) are what the check
found in the span its lead names (上半年): reported, not targets, and of that span in a paragraph below the lead even
when the paragraph opens with the year that names the report checked (2025年《政府工作报告》明确…)."""
import pytest
from factrun import facts_of, one

NOTICE = ("2025年8月6日\n\n"
          "7月20日至28日，县政府督查室对2025年《政府工作报告》目标任务上半年落实情况进行了督查。\n"
          "2025年《政府工作报告》明确目标任务136项，细化为208个具体事项。经督查核实，欠进度的有19个，占总任务的9.1%；"
          "超进度的有12个，占总任务的5.8%；已完成31个，占总任务的14.9%。\n")


def test_counts_by_progress_state_are_reported_in_the_checked_half():
    fs = facts_of(NOTICE)
    for v in (19, 9.1, 12, 5.8, 31, 14.9):
        f = one(fs, v)
        assert (f.kind, f.period) == ("actual", "2025-H1"), (v, f.kind, f.period)


def test_the_size_of_the_checked_list_stays_the_years():
    fs = facts_of(NOTICE)
    assert one(fs, 136).period == "2025"


def test_what_an_inspection_held_on_days_found_is_of_their_month():
    # the days the inspectors worked lie in one month: its counts are that month's (the lead's convention of session 27: an event dated to a day is of that day's month, a span of days inside
    # one month is that month; it was the year)
    text = ("2025年7月3日\n\n"
            "市督查组于6月9—13日对三区74个责任单位进行了督查，共发现问题58个，已整改43个。\n")
    fs = facts_of(text)
    assert {v: one(fs, v).period for v in (74, 58, 43)} == {74: "2025-M06", 58: "2025-M06", 43: "2025-M06"}


def test_what_an_inspection_held_over_days_of_two_months_found_is_of_its_year():
    text = ("2025年8月6日\n\n"
            "市督查组于6月28日至7月4日对三区74个责任单位进行了督查，共发现问题58个，已整改43个。\n")
    fs = facts_of(text)
    assert {v: one(fs, v).period for v in (58, 43)} == {58: "2025", 43: "2025"}


def test_an_inspection_of_a_checked_half_takes_the_half():
    text = ("2025年8月6日\n\n"
            "7月20日至28日，县督查组对重点工作上半年推进情况进行了督查，共发现问题23个。\n")
    assert one(facts_of(text), 23).period == "2025-H1"


@pytest.mark.parametrize("verb", ["督察", "巡查", "抽查", "稽查"])
def test_a_check_named_by_any_verb_of_inspection_frames_what_it_found_in_the_checked_span(verb):
    # 督察 / 巡查 / 抽查 / 稽查 name a check as 督查 does: its span (上半年) holds the figures of the paragraph, not the
    # month it was held in
    text = ("2025年8月6日\n\n"
            f"2025年7月，县政府{verb}组对全县重点项目上半年推进情况进行了{verb}。今年全县安排重点项目86个，"
            "总投资420亿元。已开工71个，完成投资38.6亿元。\n")
    fs = facts_of(text)
    assert {v: one(fs, v).period for v in (86, 71, 38.6)} == {86: "2025", 71: "2025-H1", 38.6: "2025-H1"}


@pytest.mark.parametrize("verb", ["督查", "督察"])
def test_the_size_of_the_set_checked_is_its_lists_not_the_checked_span(verb):
    # 此次督查的64个重点项目中: how many works the check looked at is the size of the year's list (a bulletin's list
    # sizes take the list's year), what they did in the checked span is of that span
    text = ("2025年8月6日\n\n"
            f"2025年7月，县政府督查室对全县重点项目上半年推进情况开展了专项{verb}。此次{verb}的64个重点项目中，"
            "已开工52个，完成投资27.3亿元。\n")
    fs = facts_of(text)
    assert {v: one(fs, v).period for v in (64, 52, 27.3)} == {64: "2025", 52: "2025-H1", 27.3: "2025-H1"}
