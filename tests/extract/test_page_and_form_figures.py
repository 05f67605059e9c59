"""Numbers that are no figures of the text, and figures written in a typesetter's or a table's form: a page's promotion
widget, a hypothetical in brackets, a survey named by its sample, a ratio's base, the size of a group ranked; a
middle dot as the decimal point and a minus sign before a rate (sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text", [
    "岚溪县1-8月经济运行\n1-8月,全县规上工业增加值增长8.2%。\n扫码领取88元红包,100%有奖\n相关推荐\n",
    "青川市一季度外贸情况\n一季度,全市外贸进出口总额36.5亿元,同比增长12.8%。\n打开APP领现金 新用户立得66元\n",
])
def test_a_promotion_widget_on_the_page_holds_no_figure(text):
    assert {f.value for f in facts_of(text)} <= {8.2, 36.5, 12.8}


def test_a_consumer_voucher_in_a_sentence_is_a_figure():
    fs = facts_of("东坡区促消费活动情况\n今年以来,全区累计发放消费红包500万元,带动消费1.2亿元。\n")
    assert one(fs, 500).unit == "万元"


@pytest.mark.parametrize("text, kept", [
    ("岚溪县数字经济发展情况\n数字经济核心产业增加值占比越高(比如40%),带动作用越强。全县数字经济核心产业增加值占GDP比重为9.5%。\n", 9.5),
    ("青川市人才工作情况\n人才贡献率每提高一定幅度(例如5个百分点左右),劳动生产率随之提高。全市人才资源总量达到12万人。\n", 12),
])
def test_an_illustration_in_brackets_is_no_figure(text, kept):
    assert [f.value for f in facts_of(text)] == [kept]


def test_a_real_example_after_biru_is_a_figure():
    fs = facts_of("东坡区教育工作情况\n学校建设提速,比如,全区新建中小学12所,新增学位8000个。\n")
    assert {f.value for f in fs} == {12, 8000}


@pytest.mark.parametrize("text, kept", [
    ("青川市2025年人口变动情况\n根据2025年全市1%人口抽样调查,全市常住人口为312万人。\n", 312),
    ("岚溪县2024年国民经济和社会发展统计公报\n据5‰人口变动抽样调查推算,年末全县常住人口52.6万人。\n", 52.6),
])
def test_the_fraction_a_survey_samples_names_the_survey(text, kept):
    assert [f.value for f in facts_of(text)] == [kept]


@pytest.mark.parametrize("text, value, indicator", [
    ("青川市第七次全国人口普查公报\n全市常住人口中,总人口性别比为105.3:100。\n", 105.3, "性别比"),
    ("岚溪县2024年居民收入情况\n全县城乡居民人均可支配收入比为2.13:1,比上年缩小0.05。\n", 2.13, "收入比"),
])
def test_the_base_of_a_ratio_is_no_figure(text, value, indicator):
    fs = facts_of(text)
    f = one(fs, value)
    assert f.indicator.endswith(indicator)
    assert not [g for g in fs if g.value in (100, 1)]


def test_a_three_term_ratio_keeps_every_term():
    fs = facts_of("东坡县2024年统计公报\n全年三次产业结构比为12.1:40.3:47.6。\n")
    assert sorted(f.value for f in fs) == [12.1, 40.3, 47.6]


@pytest.mark.parametrize("text, kept", [
    ("岚溪县营商环境评价情况\n在12个县市区营商环境评价排名中,岚溪县位列第3位。\n", 3),
    ("青川市2025年高质量发展考核结果\n全省21个市州高质量发展综合考核中,青川市排名第5。\n", 5),
])
def test_the_size_of_a_group_ranked_in_a_contest_is_no_figure(text, kept):
    assert [f.value for f in facts_of(text)] == [kept]


@pytest.mark.parametrize("text, value", [
    ("东坡区上半年经济运行情况\n上半年,全区居民消费价格上涨2·3%,其中食品价格上涨4·1%。\n", 2.3),
    ("东坡区上半年经济运行情况\n上半年,全区居民消费价格上涨2·3%,其中食品价格上涨4·1%。\n", 4.1),
    ("岚溪县财政收支情况\n1-6月,全县一般公共预算收入完成6•8亿元。\n", 6.8),
    ("青川市工业经济情况\n全市规上工业总产值是2015年的1·6倍。\n", 1.6),
])
def test_a_middle_dot_between_digits_before_a_unit_is_the_decimal_point(text, value):
    f = one(facts_of(text), value)
    assert f.vend - f.vstart == 3


def test_a_middle_dot_in_an_events_name_joins_month_and_day():
    fs = facts_of("岚溪县灾后重建情况\n“7·20”特大暴雨灾害发生后,全县已修复道路86公里。\n")
    assert [f.value for f in fs] == [86]


@pytest.mark.parametrize("text, value, measure", [
    ("岚溪县2024年国民经济和社会发展统计公报\n全年人口出生率6.1‰,人口自然增长率为-2.05‰。\n", 2.05, "share"),
    ("青川市前三季度经济运行\n社会消费品零售总额48.3亿元,同比-1.5%。\n", 1.5, "growth"),
])
def test_a_signed_rate_is_written_without_its_sign(text, value, measure):
    fs = facts_of(text)
    f = one(fs, value)
    assert f.measure == measure
    assert text[f.vstart:f.vend] == str(value)


@pytest.mark.parametrize("text, value, period", [
    ("青川市第七次全国人口普查公报\n全市常住人口中,总人口性别比(以女性为100,男性对女性的比例)为104.82。\n", 104.82, "?"),
    ("东坡区人口普查公报\n出生人口性别比为107.3(女=100)。\n", 107.3, "?"),
    ("岚溪县2024年国民经济和社会发展统计公报\n全年居民消费价格总指数(上年=100)为101.2,其中食品类价格指数为99.6。\n", 101.2, "2024"),
    ("岚溪县2024年统计公报\n全年居民消费价格指数(以上年为100)为101.8。\n", 101.8, "2024"),
])
def test_the_base_an_index_or_ratio_is_scaled_to_is_no_figure_nor_its_time(text, value, period):
    fs = facts_of(text)
    assert one(fs, value).period == period
    assert not [f for f in fs if f.value == 100]
