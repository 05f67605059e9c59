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


def _published(text: str) -> str:
    from taizhang.extract.pipeline import extract_text
    return extract_text(text, "t.txt").record.published


def test_a_wires_day_takes_the_one_year_its_text_states():
    # 新华社…5月8日电 writes no year; the text names 2025 and no other year: the day is 2025's
    text = ("新华社岚溪5月8日电（记者李四）记者从岚溪省发展改革委获悉，今年1至4月，岚溪省重点项目完成投资186亿元，"
            "同比增长7.4%。2025年全省计划实施重点项目160个。\n")
    assert _published(text) == "2025-05-08"


def test_a_wires_day_beside_a_run_since_a_past_year_stays_undated():
    text = ("新华社岚溪3月2日电（记者李四）记者从岚溪省统计局获悉，2021年以来全省累计完成投资9800亿元。"
            "今年前两个月，投资增长3.6%。\n")
    assert not _published(text).endswith("-03-02")
