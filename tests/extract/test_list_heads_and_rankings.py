"""Indicators of lists: 分别 over bands and shared heads, ranked lists named by their heading, product output."""
from __future__ import annotations

import pytest

from factrun import facts_of


def _named(fs):
    return [(f.value, f.indicator) for f in sorted(fs, key=lambda f: f.vstart)]


# --------------------------------------------------------------------------- 分别 over bands and shared heads

@pytest.mark.parametrize("text, expected", [
    # a census communiqué: age bands share the class after the last one; 及以上 is the last band's bound
    ("2020年末，岚溪县0-14岁、15-59岁、60岁及以上人口分别为12.1万人、40.3万人、9.8万人。",
     [(12.1, "0-14岁人口"), (40.3, "15-59岁人口"), (9.8, "60岁及以上人口")]),
    # a yearbook line: bounds of one unit before the class they pick out
    ("2022年末，东坡县65岁以上、80岁以上老年人口分别为5.6万人、1.1万人。",
     [(5.6, "65岁以上老年人口"), (1.1, "80岁以上老年人口")]),
    # an economic bulletin: one character each before the last item
    ("2022年，东坡县轻、重工业增加值占比分别为32%和68%。", [(32, "轻工业增加值占比"), (68, "重工业增加值占比")]),
    ("上半年，岚溪县大、中型企业营业收入分别增长5.2%、8.1%。",
     [(5.2, "大型企业营业收入"), (8.1, "中型企业营业收入")]),
    # the first items keep their ends (国有: 有 is no copula here)
    ("2023年岚溪县国有、民营、外资企业分别达到120家、860家和45家。",
     [(120, "国有企业"), (860, "民营企业"), (45, "外资企业")]),
])
def test_each_item_of_a_spread_list_is_named_in_full(text, expected):
    assert _named(facts_of(text)) == expected


@pytest.mark.parametrize("text", [
    "2023年，岚溪县三次产业对经济增长的拉动分别为0.4、-1.1、2.5个百分点。",
    "2023年，岚溪县三次产业分别拉动经济增长0.4、-1.1和2.5个百分点。",
])
def test_contributions_of_the_sectors_are_growths_each_of_its_sector(text):
    fs = sorted(facts_of(text), key=lambda f: f.vstart)
    assert [f.value for f in fs] == [0.4, 1.1, 2.5]
    assert {f.measure for f in fs} == {"growth"} and {f.unit for f in fs} == {"个百分点"}
    assert [f.indicator for f in fs] == ["第一产业拉动经济增长", "第二产业拉动经济增长", "第三产业拉动经济增长"]


def test_a_contribution_rate_keeps_the_sector_it_is_of():
    fs = facts_of("2022年，岚溪县第一、二、三产业对经济增长的贡献率分别为8.5%、40.2%和51.3%。")
    assert [f.indicator for f in sorted(fs, key=lambda f: f.vstart)] == [
        "第一产业对经济增长的贡献率", "第二产业对经济增长的贡献率", "第三产业对经济增长的贡献率"]


# --------------------------------------------------------------------------- ranked lists under a heading

@pytest.mark.parametrize("text", [
    # a statistics bureau's monthly brief: the measure in the heading, the places with their rates after it
    "岚溪市统计局2023年9月发布。县（区）1—8月固定资产投资增速前三名：东坡县增长30%，白马区增长20.5%，青石县增长15%；"
    "后三名：北川县下降5%，石门县下降8%，南岭区下降12%。",
    # a government website's news: ranks labelling the places, the rate after a comma
    "岚溪市2023年前8个月经济运行情况。固定资产投资增速排名：第1名东坡县，增长30%；第2名白马区，增长20.5%；"
    "第3名青石县，增长15%；第4名北川县，下降5%；第5名石门县，下降8%；第6名南岭区，下降12%。",
])
def test_a_ranked_lists_figures_measure_what_its_heading_names(text):
    fs = sorted((f for f in facts_of(text) if f.unit == "%"), key=lambda f: f.vstart)
    assert [(f.subject, f.value) for f in fs] == [("东坡县", 30), ("白马区", 20.5), ("青石县", 15), ("北川县", 5),
                                                  ("石门县", 8), ("南岭区", 12)]
    assert {f.indicator for f in fs} == {"固定资产投资增速"}
    assert {f.measure for f in fs} == {"growth"}


def test_a_rate_ranked_with_its_places_in_brackets_is_a_growth():
    fs = facts_of("岚溪市2023年前三季度。各区县一般公共预算收入增幅居前的是：东坡县（18.2%）、白马区（15.4%）、"
                  "青石县（11.0%）。")
    assert sorted((f.subject, f.value, f.measure, f.indicator) for f in fs) == [
        ("东坡县", 18.2, "growth", "一般公共预算收入增幅"), ("白马区", 15.4, "growth", "一般公共预算收入增幅"),
        ("青石县", 11.0, "growth", "一般公共预算收入增幅")]


# --------------------------------------------------------------------------- product output and like bases

@pytest.mark.parametrize("text, expected", [
    ("2023年1-9月，岚溪市规上工业主要产品中，变压器累计生产200万千伏安，增长10%。",
     [(200, "变压器产量"), (10, "变压器产量")]),
    ("2023年，东坡县钢材累计实现85万吨，同比增长6.3%；汽车生产1.2万辆，增长15%。",
     [(85, "钢材产量"), (6.3, "钢材产量"), (1.2, "汽车产量"), (15, "汽车产量")]),
    ("2023年，石门县服装累计生产3200万件，增长9%。", [(3200, "服装产量"), (9, "服装产量")]),
])
def test_a_product_made_is_measured_by_its_output(text, expected):
    assert _named(facts_of(text)) == expected


def test_a_like_basis_is_no_part_of_the_name():
    fs = facts_of("2023年上半年，岚溪县规上工业增加值同口径下降2.1%，工业用电量同口径增长4.5%。")
    assert _named(fs) == [(2.1, "规上工业增加值"), (4.5, "工业用电量")]


# --------------------------------------------------------------------------- where a name ends

@pytest.mark.parametrize("text, expected", [
    # the aspect particle after a verb, an adverb of sequence (a progress note, a supervision report)
    ("2023年，东坡县新建了5G基站320个，改造了老旧小区45个。", [(320, "新建5G基站"), (45, "改造老旧小区")]),
    ("今年以来，白马区先后组织了专项督查8次，发现了问题56个。", [(8, "组织专项督查"), (56, "发现问题")]),
    # a question heading a news item
    ("东坡县如何实现2024年地区生产总值增长6%的目标？", [(6, "地区生产总值")]),
    # an amount or a ratio moved to where it stands
    ("2023年，白马区规上工业企业增至120家，亩均税收提高到了3.2万元。", [(120, "规上工业企业"), (3.2, "亩均税收")]),
    ("2023年，岚溪市城乡居民收入比缩小至2.1。", [(2.1, "城乡居民收入比")]),
    # the subject is never the indicator's opening (a change from one rate to another, a structure ratio)
    ("2023年，东坡县森林覆盖率由40.1%提高至42.5%。", [(40.1, "森林覆盖率"), (42.5, "森林覆盖率")]),
    ("2023年，岚溪县三次产业结构为8.2:40.5:51.3。",
     [(8.2, "第一产业结构"), (40.5, "第二产业结构"), (51.3, "第三产业结构")]),
    # a revised figure: how it was revised is no part of its name, the first estimate is the base of its change
    ("经最终核实，2022年白马区地区生产总值为320亿元，比初步核算数增加5.6亿元。",
     [(320, "地区生产总值"), (5.6, "地区生产总值比初步核算数增加")]),
])
def test_a_name_ends_at_the_noun_phrase_that_names_the_measure(text, expected):
    assert _named(facts_of(text)) == expected


def test_a_ranks_place_and_move_are_no_part_of_what_is_ranked():
    fs = facts_of("2023年前三季度，岚溪县GDP在全市的排名上升了2位，居第3位。")
    assert _named(fs) == [(2, "GDP排名上升"), (3, "GDP排名")]
    fs = facts_of("2023年，岚溪县地区生产总值增速在全市的排名上升至第2位。")
    assert _named(fs) == [(2, "地区生产总值增速全市排名")]
