"""A news item whose dateline stands in brackets before its text ((2022年7月27日讯)今年上半年,…): its year dates the
text, so 今年上半年 is that year's first half and 目前 that year (sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text, expected", [
    ("青川县重点项目建设提速\n(2022年7月27日讯)今年上半年,全县重点项目完成投资42亿元。目前,在建亿元以上项目54个,"
     "共谋划储备项目79个。\n", {42: "2022-H1", 54: "2022", 79: "2022"}),
    ("岚溪区营商环境持续优化\n【2023年11月3日讯】今年前三季度,全区新增市场主体5600户。目前,全区共有市场主体4.2万户。\n",
     {5600: "2023-M01..M09", 4.2: "2023"}),
])
def test_a_bracketed_dateline_dates_the_text(text, expected):
    assert periods_of(text, expected) == expected
