"""日均 / 月均 alone before a figure that follows a total (接待游客120万人次,日均3300人次) name the total's average a day
or a month: 日均接待游客, not the total's name with the 均 cut off (接待游客日).  Sentences written for these tests;
places and figures invented."""
from __future__ import annotations

import pytest

from factrun import facts_of


@pytest.mark.parametrize("text, value, expected", [
    ("岚溪县2025年旅游统计\n全年全县接待游客120万人次,日均3300人次。\n", 3300, "日均接待游客"),
    ("东坡县2025年3月12345热线运行情况\n本月共受理来电3900件,日均130件,同比增长12%。\n", 130, "日均受理来电"),
    ("青川市2024年统计公报\n全年全市货物进出口总额200亿元,月均16.7亿元。\n", 16.7, "月均货物进出口总额"),
    ("白沙镇2025年一季度政务服务\n一季度,全镇便民服务中心办件量1800件,周均138件。\n", 138, "周均便民服务中心办件量"),
])
def test_an_average_a_day_after_a_total_is_the_totals_average(text, value, expected):
    assert [f.indicator for f in facts_of(text) if f.value == value] == [expected]


def test_an_average_per_person_keeps_its_own_name():
    text = "岚溪县2025年统计公报\n全年全县居民人均可支配收入3.2万元,增长6.1%。\n"
    assert [f.indicator for f in facts_of(text) if f.value == 3.2] == ["居民人均可支配收入"]
