"""A change written without its years after a change in the same sentence that names them (由2020年的A增加到2025年的B;
…由C提升至D): C holds in the first year, D in the second.  Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    # a county work report's review of five years, given in the January after
    ("岚溪县政府工作报告\n——2026年1月8日在岚溪县第十八届人民代表大会第五次会议上\n一、过去五年工作回顾\n"
     "五年来,全县财政收入由2020年的8.1亿元增加到2025年的12.4亿元;城乡居民人均可支配收入由3.1万元提升至4.2万元。\n",
     {8.1: "2020", 3.1: "2020"}),
    # a five-year plan's mid-term review: the counts of firms between the same years
    ("青川市“十四五”规划中期评估报告\n2023年11月20日\n“十四五”以来,全市地区生产总值由2020年的1200亿元增加到2022年的"
     "1460亿元;规上工业企业由310家增加到420家。\n",
     {310: "2020", 420: "2022"}),
])
def test_a_parallel_change_goes_between_the_years_named_before_it(text, values):
    assert periods_of(text, values) == values
