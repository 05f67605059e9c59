"""News of a work report whose paragraph opens with the place and the year it reports on (报告指出,某县2025年实现了…
/ 全县2025年完成…) in a text of 2026: the paragraph reviews that year, as one opening 2025年,… does, and its 全年 and
undated figures are of it, up to a paragraph that opens another time (sentences, places and figures invented for these
tests)."""
from __future__ import annotations

from factrun import facts_of, one

PAGE = ("乙县召开人代会 明确今年目标\n2026-05-07 08:10 来源:乙县融媒\n"
        "5月6日,乙县人代会开幕。县长作报告,回顾了2025年工作,部署了2026年工作。\n"
        "报告指出,乙县2025年实现了经济平稳增长。全年地区生产总值达210.5亿元、增长6.3%;规上工业增加值达88.2亿元,"
        "增长7.4%,增速列全市第二位。\n"
        "2026年乙县的预期目标为:全县生产总值增长6%,县域规上工业增加值增速8%。\n")


def test_the_year_a_place_reports_dates_its_paragraph():
    fs = facts_of(PAGE)
    for v in (210.5, 6.3, 88.2, 7.4):
        f = one(fs, v)
        assert (f.kind, f.period) == ("actual", "2025"), (v, f.kind, f.period)
    for v in (6, 8):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "2026"), (v, f.kind, f.period)


def test_the_text_own_year_opened_by_a_place_stays_its_own():
    fs = facts_of(PAGE.replace("乙县2025年实现了", "乙县2026年实现了").replace("2026年乙县的", "乙县的"))
    assert one(fs, 210.5).period == "2026"
