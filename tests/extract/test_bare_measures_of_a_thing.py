"""A figure its clause names by a bare measure of a thing (资金, 合同金额, 产量, 收入) measures the thing the figure
before it in the sentence names: the money of the set counted before (争取补助项目N个、资金M亿元), the output of the
crop its area figure names, the income of the goods sold by weight (sentences invented)."""
from factrun import facts_of, one


def test_the_money_of_the_set_counted_before():
    fs = facts_of("岚溪县2025年项目争取情况\n2025年,全县累计争取上级补助项目57个、资金3.9亿元。\n")
    assert one(fs, 3.9).indicator == "上级补助项目资金"


def test_the_money_after_a_semicolon_and_its_growth():
    fs = facts_of("岚溪县2025年招商引资情况\n2025年,全县签约招商引资项目41个,同比增长12%;合同金额120亿元,同比增长9%。\n")
    assert one(fs, 120).indicator == "签约招商引资项目合同金额"
    assert one(fs, 9).indicator == "签约招商引资项目合同金额"


def test_the_output_of_the_crop_its_area_names():
    fs = facts_of("岚溪县2025年农业生产情况\n2025年,全县种植油菜3.2万亩,增长2%,产量4.1万吨,增长3%。\n")
    assert one(fs, 4.1).indicator == "油菜产量"
    assert one(fs, 3).indicator == "油菜产量"


def test_the_income_of_goods_sold_by_weight():
    fs = facts_of("岚溪县2025年农业生产情况\n2025年,全县实现蓝莓销售2.1万吨、收入4.6亿元。\n")
    assert one(fs, 4.6).indicator == "蓝莓销售收入"


def test_an_income_after_no_goods_stays_as_written():
    fs = facts_of("岚溪县2025年旅游情况\n2025年,全县接待游客320万人次,收入21亿元。\n")
    assert one(fs, 21).indicator == "收入"
