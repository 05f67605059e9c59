"""A change over a year reported (过去一年,城镇化率由60.2%提高到61.5%) starts where the year before ended: its first
value is the previous year's, its second the year's, as a span's start is the year before the span.  Every text here
is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    # a city's work report: the year's review under its heading
    ("2024年沅平市人民政府工作报告\n一、2023年工作回顾\n过去一年,全市常住人口城镇化率由60.2%提高到61.5%,"
     "森林覆盖率由45.1%提高到45.8%。\n",
     {60.2: "2022", 61.5: "2023", 45.1: "2022", 45.8: "2023"}),
    # a county's year-end work summary, its year in the title
    ("青峪县2022年工作总结\n今年以来,全县研发经费投入强度从1.8%提升至2.1%,三产占比由41.5%提高到43.2%。\n",
     {1.8: "2021", 2.1: "2022", 41.5: "2021", 43.2: "2022"}),
])
def test_a_years_change_starts_in_the_year_before(text, values):
    assert periods_of(text, values) == values


def test_a_five_year_change_keeps_the_spans_start():
    text = "2026年岚溪县政府工作报告\n一、过去五年工作回顾\n五年来,全县森林覆盖率由55.2%提高到61.5%。\n"
    assert periods_of(text, (55.2, 61.5)) == {55.2: "2020", 61.5: "2025"}


def test_a_months_change_is_left_to_its_months():
    text = "沅平市2023年1-9月经济运行情况\n1-9月,全市制造业投资占比由28.1%提高到30.4%。\n"
    assert periods_of(text, (28.1, 30.4)) == {28.1: "2023", 30.4: "2023-M01..M09"}
