"""Forms of figures met in unseen documents: a ratio written with the ratio sign or the vertical colon, a doubling
written 翻了一番多, the bare value of an index or coefficient without unit (sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one
from taizhang.extract.normalize import normalize_chars


@pytest.mark.parametrize("text, values", [
    ("岚溪县2023年国民经济和社会发展统计公报\n全年地区生产总值286.5亿元。三次产业结构为8.1︰40.2︰51.7。\n",
     [8.1, 40.2, 51.7]),
    ("青川市2024年统计公报\n三次产业增加值比例调整为12.3∶38.5∶49.2。\n", [12.3, 38.5, 49.2]),
    ("东坡县“十四五”规划纲要\n到2025年,三次产业结构优化为7﹕38﹕55。\n", [7, 38, 55]),
    ("青川市2025年上半年经济运行情况\n上半年,全市三次产业之比为6.2∶35.1∶58.7,服务业比重继续提高。\n", [6.2, 35.1, 58.7]),
])
def test_a_ratio_written_with_a_colon_lookalike_gives_one_share_per_term(text, values):
    fs = facts_of(text)
    shares = sorted(f.value for f in fs if f.measure == "share" and f.unit == "")
    assert shares == sorted(values)
    assert all("产业" in f.indicator for f in fs if f.value in values)


def test_the_colon_lookalikes_normalise_to_the_colon_without_moving_offsets():
    s = "8.1︰40.2∶51.7﹕1"
    assert normalize_chars(s) == "8.1:40.2:51.7:1"


@pytest.mark.parametrize("text, value, comparator, indicator", [
    ("岚溪县2021年政府工作报告\n过去五年,全县地区生产总值翻了一番多,财政收入实现稳步增长。\n", 1, ">", "地区生产总值"),
    ("青川市十年发展成就综述\n十年间,全市城乡居民人均收入翻了一番。\n", 1, "=", "城乡居民人均收入"),
    ("东坡县“十五五”规划建议\n到2030年,力争经济总量比2025年翻一番多。\n", 1, ">", "经济总量"),
    ("岚溪县新闻\n全县农村居民人均可支配收入比2012年翻了两番。\n", 2, "=", "农村居民人均可支配收入"),
])
def test_a_doubling_with_or_without_more_is_growth_in_fan(text, value, comparator, indicator):
    f = one(facts_of(text), value, "番")
    assert (f.measure, f.comparator, f.indicator) == ("growth", comparator, indicator)


@pytest.mark.parametrize("text, value, indicator", [
    ("青川市2024年国民经济和社会发展统计公报\n年末全市常住人口52.3万人。出生人口性别比为108.5。\n", 108.5, "出生人口性别比"),
    ("岚溪县2023年居民收入情况\n全县居民人均可支配收入基尼系数0.32,收入差距继续缩小。\n", 0.32,
     "居民人均可支配收入基尼系数"),
    ("青川市生态环境状况公报\n全市环境空气质量综合指数3.85,同比改善4.2%。\n", 3.85, "环境空气质量综合指数"),
    ("东坡县2022年统计公报\n城镇居民恩格尔系数为29.3%,比上年下降0.4个百分点。\n", 29.3, "城镇居民恩格尔系数"),
])
def test_an_index_or_coefficient_written_without_unit_is_a_level(text, value, indicator):
    f = one(facts_of(text), value)
    assert (f.kind, f.measure, f.indicator) == ("actual", "level", indicator)


def test_a_coefficient_in_per_cent_is_a_level_and_a_price_index_moved_by_one_its_growth():
    fs = facts_of("东坡县2022年统计公报\n全年居民消费价格指数上涨2.1%。农村居民恩格尔系数为32.6%,比上年下降0.5个百分点。\n")
    assert one(fs, 2.1).measure == "growth"
    assert one(fs, 32.6).measure == "level"


@pytest.mark.parametrize("text, counts, not_facts", [
    ("岚溪县2024年重点项目建设情况\n全县共实施总投资超5亿元项目12个,完成投资36.5亿元。\n", [12], [5]),
    ("青川市2024年1-6月投资运行情况\n1-6月,全市在建总投资超10亿元的项目23个。\n", [23], [10]),
    ("东坡县招商引资工作通报\n今年新签约项目中,投资额过5亿元项目7个,逾1亿元企业15家。\n", [7, 15], [5, 1]),
])
def test_a_bound_naming_the_class_it_picks_out_is_no_figure(text, counts, not_facts):
    fs = facts_of(text)
    assert [f.value for f in fs if f.measure == "count"] == counts
    assert not [f for f in fs if f.value in not_facts and f.measure == "level"]


def test_a_bound_each_of_the_counted_things_passes_is_their_figure():
    fs = facts_of("青川市2025年政府工作报告\n过去一年,3个投资分别超50亿元的重大产业项目加快建设,总投资超5亿元项目新开工12个。\n")
    f = one(fs, 50, "亿元")
    assert (f.measure, f.comparator) == ("level", ">")
    assert not [f for f in fs if f.value == 5]


@pytest.mark.parametrize("text, value, named", [
    ("岚溪县2024年上半年经济运行情况\n上半年,全县地区生产总值增长4.5%,低于年度目标2个百分点。\n", 2, "地区生产总值"),
    ("青川市2024年前三季度经济运行\n前三季度,全市规上工业增加值增长6.1%,比预期目标高0.6个百分点。\n", 0.6, "规上工业增加值"),
    ("关于全县经济指标完成情况的通报\n社会消费品零售总额增长3.2%,低于省定目标1.8个百分点,排名靠后。\n", 1.8, "社会消费品零售总额"),
])
def test_a_gap_to_a_target_measures_what_was_named_before(text, value, named):
    f = one(facts_of(text), value)
    assert f.measure == "delta"
    assert f.indicator.startswith(named)


@pytest.mark.parametrize("text, value, indicator", [
    ("岚溪县2023年国民经济和社会发展统计公报\n全年粮食播种面积45.2万亩,总产量18.6万吨,比上年增长2.1%。\n", 18.6, "粮食总产量"),
    ("岚溪县2023年国民经济和社会发展统计公报\n全年粮食播种面积45.2万亩,总产量18.6万吨,比上年增长2.1%。\n", 2.1, "粮食总产量"),
    ("青川市2024年农业农村工作总结\n全年油菜籽种植面积3.2万亩,产量4.5万吨。\n", 4.5, "油菜籽产量"),
    ("东坡县2024年上半年畜牧业生产情况\n上半年,全县生猪存栏12.6万头,出栏20.3万头。\n", 20.3, "生猪出栏"),
    ("青川市特色产业发展情况\n全市茶叶面积8万亩,总产值9.6亿元。\n", 9.6, "茶叶总产值"),
])
def test_a_bare_measure_of_a_product_takes_the_product_named_before(text, value, indicator):
    assert one(facts_of(text), value).indicator == indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("关于2024年目标任务进展情况的通报\n一般公共预算收入完成12.6亿元,完成年度目标的76.5%,低于序时进度0.5个百分点。\n", 0.5,
     "一般公共预算收入完成率低于序时进度"),
    ("东坡县1-9月财政运行通报\n税收收入完成8.6亿元,完成年度目标的70.2%,比序时进度慢4.8个百分点。\n", 4.8, "税收收入完成率"),
])
def test_a_plan_share_against_the_pace_is_the_completion_rate_of_what_was_planned(text, value, indicator):
    f = one(facts_of(text), value)
    assert f.indicator.startswith(indicator) and "投资" not in f.indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("青川市国民经济和社会发展第十四个五年规划纲要\n全市经济实力显著增强,五年来地区生产总值年均增长7.8%左右。\n", 7.8, "地区生产总值"),
    ("岚溪县十年发展成就综述\n十年间城乡居民人均可支配收入年均增长8.1%。\n", 8.1, "城乡居民人均可支配收入"),
    ("东坡县2024年政府工作报告\n近三年累计投入乡村振兴资金12.5亿元。\n", 12.5, "投入乡村振兴资金"),
])
def test_the_span_a_review_speaks_of_is_no_part_of_the_measures_name(text, value, indicator):
    assert one(facts_of(text), value).indicator == indicator
