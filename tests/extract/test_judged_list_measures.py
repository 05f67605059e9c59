"""A clause that lists items with 、 and judges how they changed (增长较快, 增势强劲, 降幅较大, 保持稳定), then a clause
that spells the values out with 分别, after the measure they are of (产值同比分别增长…) or with none: each value is its
own item's, of that measure (甲行业产值), as a shared predicate with 均 already gave (sentences written for these
tests; places and figures invented)."""
from __future__ import annotations

import pytest

from factrun import facts_of


def _named(fs):
    return [(f.value, f.indicator) for f in sorted(fs, key=lambda f: f.vstart)]


@pytest.mark.parametrize("text, expected", [
    # a city's half-year review: three industries, their output value
    ("青川市2023年上半年经济运行\n上半年,全市规模以上工业增加值同比增长8.2%。其中,食品制造业、纺织业、医药制造业增长较快,"
     "产值同比分别增长12.3%、9.5%、15.1%。\n",
     [(8.2, "规模以上工业增加值"), (12.3, "食品制造业产值"), (9.5, "纺织业产值"), (15.1, "医药制造业产值")]),
    # a province's monthly release: the last item joined by 和, value added
    ("江川省2025年1-5月工业经济运行\n1-5月,全省装备制造业、电子信息业和新材料产业增势强劲,增加值同比分别增长15.2%、"
     "18.6%、11.4%。\n",
     [(15.2, "装备制造业增加值"), (18.6, "电子信息业增加值"), (11.4, "新材料产业增加值")]),
    # a county's communiqué: outputs that kept steady, amounts
    ("东坡县2024年统计公报\n全年,全县粮食、油料、蔬菜生产保持稳定,产量分别为12万吨、3万吨、20万吨。\n",
     [(12, "粮食产量"), (3, "油料产量"), (20, "蔬菜产量")]),
    # a town's work summary: incomes of two trades
    ("白沙镇2024年经济工作总结\n全镇商贸业、旅游业发展较快,营业收入分别达到8000万元、5000万元。\n",
     [(8000, "商贸业营业收入"), (5000, "旅游业营业收入")]),
    # products that fell, the measure written in the judged clause, none in the values' clause
    ("青川市2023年统计公报\n全年,全市汽车、手机、服装产量降幅较大,分别下降12.1%、9.4%、6.2%。\n",
     [(12.1, "汽车产量"), (9.4, "手机产量"), (6.2, "服装产量")]),
])
def test_a_judged_list_gives_each_value_its_item_and_the_measure_named_after_it(text, expected):
    assert _named(facts_of(text)) == expected


def test_a_shared_predicate_with_jun_still_reads_its_items():
    text = ("岚溪县2025年前三季度消费市场\n前三季度,全县汽车类、家电类商品零售额均实现两位数增长,分别增长12.5%、10.3%。\n")
    assert _named(facts_of(text)) == [(12.5, "汽车类商品零售额"), (10.3, "家电类商品零售额")]


def test_one_judged_item_without_a_spread_list_is_left_as_it_was():
    # no 、-list and no 分别: the values' clause is read as its own (the judgement lends it nothing here)
    text = "青川市2023年统计公报\n全年,全市新能源汽车销售额突破20亿元,增长较快。\n"
    assert _named(facts_of(text)) == [(20, "新能源汽车销售额")]
