"""What is a figure and what it measures, in forms met in unseen documents: a rate written against its base without
增长, a signed rate, a bound picking out a counted class, a rank moved by places, events counted with 起 (sentences
written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text, value", [
    ("岚溪县经济运行情况\n1-10月,全县规上工业增加值同比11.4%。\n", 11.4),
    ("青川市2024年前三季度经济运行\n地区生产总值125.6亿元,同比6.2%;社会消费品零售总额48.3亿元,同比-1.5%。\n", 6.2),
    ("青川市2024年前三季度经济运行\n地区生产总值125.6亿元,同比6.2%;社会消费品零售总额48.3亿元,同比-1.5%。\n", 1.5),
    ("东坡县财政收支情况\n一般公共预算收入12.3亿元,比上年8.5%。\n", 8.5),
    ("岚溪县工业运行简况\n规模以上工业企业利润总额环比5.2%,较上年同期3.1%。\n", 3.1),
    ("青川市外贸情况\n全市外贸进出口总额36.5亿元,同比+12.8%。\n", 12.8),
    ("东坡县节能降耗情况\n规上工业单位增加值综合能耗-3.3%。\n", 3.3),
])
def test_a_rate_written_against_its_base_or_with_its_sign_is_a_growth(text, value):
    f = one(facts_of(text), value)
    assert f.measure == "growth"
    assert "同比" not in f.indicator and "环比" not in f.indicator


def test_a_bare_comparison_base_names_no_part_of_the_measure():
    assert one(facts_of("岚溪县工业运行简况\n规模以上工业企业利润总额环比5.2%。\n"), 5.2).indicator == "规模以上工业企业利润总额"


@pytest.mark.parametrize("text, value, measure", [
    # a price that falls (下跌, 跌幅) or climbs (攀升, 上扬) by a per cent moves by it
    ("岚溪县物价运行情况\n10月份,全县居民消费价格中,鲜菜价格下跌3.2%,水产品价格上涨1.4%。\n", 3.2, "growth"),
    ("青川市猪肉市场\n猪肉批发价格同比下跌12.5%。\n", 12.5, "growth"),
    ("东坡县房地产市场\n新建商品住宅销售价格跌幅收窄至0.8%。\n", 0.8, "growth"),
    ("岚溪县工业运行\n高技术产业增加值攀升9.6%,占规上工业比重提高到28.4%。\n", 9.6, "growth"),
    # a rate moved TO a value states where it stands, whichever verb moves it
    ("岚溪县脱贫攻坚情况\n全县贫困发生率降至0.35%。\n", 0.35, "share"),
    ("青川市生态环境\n城市空气质量优良天数比例升至93.1%。\n", 93.1, "share"),
    ("东坡县民生情况\n城镇登记失业率回落至3.2%,低于年初目标。\n", 3.2, "share"),
    ("岚溪县工业运行\n高技术产业增加值攀升9.6%,占规上工业比重提高到28.4%。\n", 28.4, "share"),
])
def test_a_rate_moved_by_a_value_or_to_a_value(text, value, measure):
    assert one(facts_of(text), value).measure == measure


@pytest.mark.parametrize("text, shares", [
    ("岚溪县人口情况\n城镇化率达到56.2%,同比提高1.1个百分点。\n", [56.2]),  # a share stays a share
    ("青川市产业结构\n三次产业增加值占比分别为12%、38%、50%。\n", [12, 38, 50]),
    ("东坡县项目建设\n项目开工率为85%,资金到位率较高。\n", [85]),
])
def test_a_share_without_base_or_sign_stays_a_share(text, shares):
    fs = facts_of(text)
    assert sorted(f.value for f in fs if f.measure == "share") == shares


@pytest.mark.parametrize("text, values", [
    ("岚溪县惠民补助发放情况\n补助标准在300元以上的有8个县。\n", [8]),
    ("青川市养老服务补贴\n人均补助在500元以上的乡镇有6个,200元以下的有3个。\n", [3, 6]),
    ("东坡县安全生产情况\n今年共发生2起及以上伤亡事故的乡镇有3个。\n", [3]),
    ("岚溪县招商引资情况\n签约金额在1亿元以上的共12个,5000万元以下的为20个。\n", [12, 20]),
    ("青川市企业培育情况\n年销售收入超过1000万元的企业达到45家。\n", [45]),
])
def test_a_bound_picking_out_a_counted_class_is_no_figure_the_count_is(text, values):
    assert sorted(f.value for f in facts_of(text)) == values


def test_the_bound_stays_in_the_name_of_the_class_it_picks_out():
    fs = facts_of("东坡县安全生产情况\n今年共发生2起及以上伤亡事故的乡镇有3个。\n")
    assert "2起及以上" in one(fs, 3).indicator
    fs = facts_of("青川市企业培育情况\n年销售收入超过1000万元的企业达到45家。\n")
    assert "1000万元" in one(fs, 45).indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("东坡县安全生产情况\n全县发生较大及以上事故2起,一般事故15起。\n", 2, "较大及以上事故"),
    ("岚溪县安全生产情况\n全年发生生产安全事故12起,其中较大事故2起,唯一的1起重大事故发生在东坪镇。\n", 1, "重大事故"),
    ("青川市交通安全情况\n今年以来全市发生1起较大道路交通事故。\n", 1, "较大道路交通事故"),
    ("东坡县政法工作\n全县共查处1起重大刑事案件和3起一般案件。\n", 1, "重大刑事案件"),
])
def test_events_counted_with_qi_are_figures_named_by_the_event(text, value, indicator):
    f = one(facts_of(text), value)
    assert f.measure == "count" and f.unit == "起"
    assert f.indicator.endswith(indicator)


@pytest.mark.parametrize("text, value, unit", [
    ("岚溪县考核情况\n岚溪县综合考核排名全市第五,较上一年度再进两位。\n", 2, "位"),
    ("青川市考核情况\n青川市高质量发展考核居全省第八,比上年前进两位。\n", 2, "位"),
    ("东坡县考核情况\n河口镇在全县乡镇考核中排名第3,较上季度上升五位。\n", 5, "位"),
    ("岚溪县考核情况\n全县项目建设考核名次前移了两个位次。\n", 2, "个"),
    ("东坡区营商环境\n东坡区营商环境评价位列全省第12位,比上年前移3位。\n", 3, "位"),
])
def test_places_a_rank_moved_by_are_a_delta(text, value, unit):
    f = one(facts_of(text), value, unit)
    assert f.measure == "delta"
    assert "排名" in f.indicator or "名次" in f.indicator


def test_a_number_of_people_or_places_written_in_words_is_no_rank_move():
    fs = facts_of("岚溪县人才工作\n引进两位院士,新进五名博士。\n")
    assert all(f.measure != "delta" for f in fs)


@pytest.mark.parametrize("text, values", [
    # a provincial release: kinds of investment, each with its signed rate in brackets
    ("黑水省2024年1-8月投资运行\n分领域看,工业投资(-11.4%)、基础设施投资(+5.2%)、民间投资(-3.0%)。\n",
     {11.4: "工业投资", 5.2: "基础设施投资", 3: "民间投资"}),
    # a county's bulletin: the consumption and export rates of the months
    ("岚溪县1-5月经济简况\n社会消费品零售总额(+4.6%)保持增长,外贸出口(-8.2%)降幅收窄。\n",
     {4.6: "社会消费品零售总额", 8.2: "外贸出口"}),
    # a change in points written the same way
    ("东坡县2023年统计公报\n城镇调查失业率(-0.3个百分点)稳中有降。\n", {0.3: "城镇调查失业率"}),
])
def test_a_signed_rate_alone_in_brackets_gives_its_figure_and_is_a_change(text, values):
    fs = facts_of(text)
    for value, name in values.items():
        f = one(fs, value)
        assert f.indicator == name and f.measure in ("growth", "delta")


@pytest.mark.parametrize("text, value, unit", [
    # a district's housing news: areas written with the square-metre sign or short
    ("东坡区住房保障\n全区新建保障性住房200万㎡,改造老旧小区4.5万平米。\n", 200, "万㎡"),
    ("东坡区住房保障\n全区新建保障性住房200万㎡,改造老旧小区4.5万平米。\n", 4.5, "万平米"),
    # a city's air-quality report in micrograms written in letters
    ("青川市生态环境公报\n全市细颗粒物平均浓度为31μg/m3,臭氧浓度降至118μg/m³。\n", 31, "μg/m3"),
    ("青川市生态环境公报\n全市细颗粒物平均浓度为31μg/m3,臭氧浓度降至118μg/m³。\n", 118, "μg/m³"),
    # a supervision notice's papers issued, counted in 份
    ("岚溪县督查通报\n县督查室共下发整改通知单22份,发出督办单15份。\n", 22, "份"),
    ("岚溪县督查通报\n县督查室共下发整改通知单22份,发出督办单15份。\n", 15, "份"),
    # a county's sunshine hours
    ("东坡县气候公报\n全年日照时数约1980小时。\n", 1980, "小时"),
])
def test_units_written_with_a_symbol_and_papers_and_hours_of_a_named_span_are_figures(text, value, unit):
    assert one(facts_of(text), value).unit == unit


def test_papers_and_hours_without_their_noun_stay_no_figures():
    assert facts_of("岚溪县\n附件共5份。每天工作8小时。\n") == []
