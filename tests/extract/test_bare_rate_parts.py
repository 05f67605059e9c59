"""A rate whose clause names only the place or the time it is of (岚溪县同比增长2.0%, 东坡县下降2.5%, 其中,二季度增长
10.5%, 6月份增长8.3%) is that place's or time's part of the rate the text states for the whole: it measures what the
whole measures (in its paragraph the last rate written for the whole place, else the text's first), and so does the
comparison of its rate after it (增速比1-7月提高…).  Sentences written for these tests; places and figures invented."""
from __future__ import annotations

import pytest

from factrun import facts_of


def _named(fs, unit="%"):
    return [(f.value, f.indicator) for f in sorted(fs, key=lambda f: f.vstart) if f.unit == unit]


def test_counties_of_a_paragraph_of_their_own_part_the_texts_first_whole_rate():
    text = ("青川市2024年1-8月工业运行\n"
            "  1-8月,全市规模以上工业增加值300亿元,同比增长2.7%,增速比1-7月提高1.3个百分点。\n\n"
            "  1. 非食品工业增长加快。1-8月,全市非食品工业实现增加值150亿元,同比增长10.4%。\n\n"
            "  2. 重点县增速低于全市水平。1-8月,在全市重点关注的6个县中,岚溪县同比增长2.0%,增速比1-7月提高1.2个百分点;"
            "东坡县下降2.5%,降幅比1-7月收窄2.5个百分点。\n")
    fs = facts_of(text)
    assert _named(fs)[-2:] == [(2.0, "规模以上工业增加值"), (2.5, "规模以上工业增加值")]
    assert [f.subject for f in fs if f.unit == "%"][-2:] == ["岚溪县", "东坡县"]
    assert _named(fs, "个百分点")[-2:] == [(1.2, "规模以上工业增加值增速比1-7月提高"),
                                          (2.5, "规模以上工业增加值降幅比1-7月收窄")]


@pytest.mark.parametrize("text, expected", [
    # a province's quarters after its cumulative rate
    ("江川省2023年前三季度经济运行\n前三季度,全省地区生产总值同比增长5.2%。分季度看,一季度增长4.5%,二季度增长6.3%,"
     "三季度增长4.9%。\n",
     [(5.2, "地区生产总值"), (4.5, "地区生产总值"), (6.3, "地区生产总值"), (4.9, "地区生产总值")]),
    # a county's month after its half year, and after a comparison of the whole's rate
    ("岚溪县2025年1-6月财政收支\n1-6月,全县一般公共预算收入12亿元,同比增长6.1%。其中,6月份增长8.3%。\n",
     [(6.1, "一般公共预算收入"), (8.3, "一般公共预算收入")]),
    ("江川省2020年前三季度经济运行\n前三季度,全省社会消费品零售总额同比下降5.5%,降幅比上半年收窄3.1个百分点。"
     "其中,第三季度增长0.2%。\n",
     [(5.5, "社会消费品零售总额"), (0.2, "社会消费品零售总额")]),
    # a town's quarter and month
    ("白沙镇2024年上半年经济运行\n上半年,全镇固定资产投资同比增长8.2%。其中,二季度增长10.5%,6月份增长12.1%。\n",
     [(8.2, "固定资产投资"), (10.5, "固定资产投资"), (12.1, "固定资产投资")]),
])
def test_a_time_part_of_a_rate_measures_the_whole(text, expected):
    assert _named(facts_of(text)) == expected


def test_a_rate_naming_its_own_measure_keeps_it():
    text = ("东坡县2024年统计公报\n全年,全县地区生产总值同比增长6.0%。其中,第一产业增加值增长3.1%,"
            "二季度工业增加值增长7.2%。\n")
    assert _named(facts_of(text)) == [(6.0, "地区生产总值"), (3.1, "第一产业增加值"), (7.2, "工业增加值")]
