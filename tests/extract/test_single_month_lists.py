"""A list of single months' values under a span of as many months (1—3月单月进度分别为9%、6%、12.5%; 4—6月当月增速
分别为…) gives each value its month in the list's order, not the span (a value of 当月/单月 alone is the span's last
month, as before).  Every text is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text,expected", [
    ("某县项目进度通报\n2024-04-10\n1—3月,全县项目累计完成投资18.6亿元,1—3月单月进度分别为9%、6%、12.5%。\n",
     {9: "2024-M01", 6: "2024-M02", 12.5: "2024-M03"}),
    ("某市二季度工业运行\n2025-07-16\n二季度,全市规上工业增加值增长6.4%,单月增速分别为5.1%、6.2%、7.8%。\n",
     {5.1: "2025-M04", 6.2: "2025-M05", 7.8: "2025-M06"}),
])
def test_each_single_month_of_the_list_is_its_own_month(text, expected):
    fs = facts_of(text)
    assert {v: one(fs, v).period for v in expected} == expected


def test_one_months_value_under_a_span_is_its_last_month():
    fs = facts_of("某市经济运行\n2024-11-15\n1—10月,全市规上工业增加值增长5.6%,10月份当月增长3.2%。\n")
    assert one(fs, 3.2).period == "2024-M10"
