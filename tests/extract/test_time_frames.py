"""The time frame of a text and of its figures: the year a text is about, the cut-off its progress is reported as
of, and the times that are only comparators.  Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from taizhang.extract.periods import find_periods

from factrun import context_of, one


# --------------------------------------------------------------------------- a comparison base is not the period

@pytest.mark.parametrize("text,value,period", [
    # a statistical analysis of months, the base a named year's same span
    ("岚溪县2026年1-9月经济运行情况\n1-9月,全县规模以上工业增加值增长7.2%,比2025年同期高8.4个百分点。\n",
     8.4, "2026-M01..M09"),
    # a progress list, a count compared with the year before's same span, full-width punctuation
    ("青川市2026年1-6月项目建设情况\n截至6月底，全市新开工项目38个，比2025年同期多9个。\n", 9, "..2026-M06"),
    # a quarter's communiqué, the base after another comparison
    ("河口县关于2026年三季度主要经济指标的通报\n前三季度,全县社会消费品零售总额42.3亿元,增速比一季度加快1.5个百分点,"
     "比2025年同期高2.1个百分点。\n", 2.1, "2026-M01..M09"),
    # 与…同期相比, a half-year's supervision notice
    ("东坪镇2026年上半年安全生产督查通报\n上半年,全镇共排查隐患326处,与2025年同期相比减少41处。\n", 41, "2026-H1"),
    # a work report's review: 较…同期, written with a space
    ("岚溪县2026年一季度工作报告\n一季度,全县完成固定资产投资21亿元,较2025 年同期增加3.2亿元。\n", 3.2, "2026-Q1"),
])
def test_a_named_years_same_span_after_a_comparison_word_is_only_the_base(text, value, period):
    _, ex = context_of(text)
    assert one(ex.facts, value).period == period


def test_the_base_does_not_carry_to_the_next_clause():
    text = "岚溪县2026年1-6月项目建设情况\n截至6月底,全县新开工项目38个,比2025年同期多9个;完成投资96亿元,同比增长12.4%。\n"
    _, ex = context_of(text)
    assert one(ex.facts, 96).period == "..2026-M06"
    assert one(ex.facts, 12.4).period == "..2026-M06"


def test_a_named_years_same_span_standing_alone_is_the_comparison_period():
    ps = [(p.text, p.role) for p in find_periods("2025年同期为3.2%", 2026)]
    assert ps == [("2025年同期", "same_period")]
    ps = [(p.text, p.role) for p in find_periods("比2025年同期高", 2026)]
    assert ps == [("2025年同期", "base")]
