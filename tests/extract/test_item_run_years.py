"""A news digest of a work report sets its review and its targets out as items under marks: a run of lines opening with
the same mark (●) is one list, so the year its first item opens with (●2025年全省地区生产总值…) times the items after it
that state none; the targets under a heading broken over two lines (2026年全省经济社会发展⏎有这些目标) are of that
heading's year, the year 今年 names there, not the year after it; the mark an item opens with (◆) is no part of what it
measures.  Every text is invented for these tests."""
from __future__ import annotations

from factrun import facts_of, one

_DIGEST = ("省政府工作报告摘要\n\n1月21日，省十四届人大四次会议开幕，省长代表省人民政府作政府工作报告。\n\n报告指出：\n"
           "●2025年全省地区生产总值达到5.3万亿元、增长5.1%；\n●地方一般公共预算收入达3240亿元、增长3.6%；\n"
           "●规模以上工业增加值增长6.7%。\n\n2026年全省经济社会发展\n有这些目标\n"
           "报告提出，今年全省经济社会发展的主要预期目标是：\n◆地区生产总值增长5%左右；\n◆城镇新增就业65万人以上。\n")


def test_the_items_of_a_run_under_one_mark_take_the_year_of_its_first():
    fs = facts_of(_DIGEST)
    assert {v: one(fs, v).period for v in (5.3, 5.1, 3240, 3.6, 6.7)} == dict.fromkeys((5.3, 5.1, 3240, 3.6, 6.7), "2025")


def test_targets_under_a_heading_broken_over_two_lines_are_of_its_year():
    fs = facts_of(_DIGEST)
    assert one(fs, 5, "%").period == one(fs, 65).period == "2026"
    assert one(fs, 5, "%").kind == "target"


def test_an_items_mark_is_no_part_of_its_indicator():
    fs = facts_of(_DIGEST)
    assert one(fs, 65).indicator == "城镇新增就业"


def test_a_run_whose_first_item_names_no_year_times_nothing():
    # the first item opens with no year: the later items keep the text's year (the report's 2026, its 今年)
    fs = facts_of(_DIGEST.replace("●2025年全省地区生产总值", "●全省地区生产总值"))
    assert one(fs, 3240).period == "2026"


def test_items_set_apart_by_blank_lines_are_one_run_and_a_first_item_after_a_blank_line_times_nothing():
    # a page that leaves a blank line before and between its marked items: the run still starts at its first item, and
    # reading back from that first item over the blank line above it finds no run (the facts stage once failed here)
    fs = facts_of("报告指出：\n\n●2025年全省地区生产总值达到5.3万亿元、增长5.1%；\n\n●地方一般公共预算收入达3240亿元、"
                  "增长3.6%。\n")
    assert one(fs, 3240).period == one(fs, 5.3).period == "2025"
    fs = facts_of("省政府工作报告摘要\n\n●全省地区生产总值增长5.1%；\n●地方一般公共预算收入达3240亿元。\n")
    assert one(fs, 3240).period == one(fs, 5.1).period
