"""分别 and 均 over a coordination of heads: each value 分别 spreads is its own head's, whatever unit each value is
written in, whatever verb 分别 opens; the one value 均 shares is one fact (SCHEMA: one numeral, one fact) whose
indicator names every head (sentences written for these tests; places invented)."""
from __future__ import annotations

import pytest

from factrun import facts_of


def _named(fs):
    return [(f.value, f.unit, f.indicator) for f in sorted(fs, key=lambda f: (f.vstart, f.indicator))]


@pytest.mark.parametrize("text, expected", [
    # a work report's targets: a concentration and a share, one list
    ("青川市2026年政府工作报告\n今年主要预期目标:细颗粒物平均浓度、优良天数比例分别控制在30微克/立方米、90%。\n",
     [(30, "微克/立方米", "细颗粒物平均浓度"), (90, "%", "优良天数比例")]),
    # a five-year review: a rate and a count per ten thousand people
    ("岚溪县2026年政府工作报告\n过去五年,研发经费投入强度、每万人口发明专利拥有量分别达到2.5%和12件。\n",
     [(2.5, "%", "研发经费投入强度"), (12, "件", "每万人口发明专利拥有量")]),
    # a communiqué: an amount and a share
    ("东坡县2024年统计公报\n全年规上工业增加值和数字经济核心产业增加值占比分别达到120亿元和12%。\n",
     [(120, "亿元", "规上工业增加值"), (12, "%", "数字经济核心产业增加值占比")]),
    # a progress notice: three items, three units
    ("岚溪县重点工作推进情况\n截至9月底,全县新开工项目、完成投资、投资完成率分别为36个、85亿元、78%。\n",
     [(36, "个", "新开工项目"), (85, "亿元", "完成投资"), (78, "%", "投资完成率")]),
])
def test_a_spread_list_of_values_in_several_units_gives_each_its_own_head(text, expected):
    assert _named(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("青川市2026年政府工作报告\n过去五年,城镇化率、森林覆盖率分别提高到65%、40%。\n",
     [(65, "城镇化率"), (40, "森林覆盖率")]),
    ("江川省2009年重点工作完成情况\n2008年全省化学需氧量和二氧化硫排放量分别削减4.5%和7.2%。\n",
     [(4.5, "化学需氧量"), (7.2, "二氧化硫排放量")]),
    ("岚溪县2025年政府工作报告\n全县粮食和油料播种面积分别稳定在90万亩、12万亩以上。\n",
     [(90, "粮食播种面积"), (12, "油料播种面积")]),
])
def test_the_verb_spread_over_the_list_is_no_part_of_the_last_head(text, expected):
    assert [(v, i) for v, _, i in _named(facts_of(text))] == expected


@pytest.mark.parametrize("text, value, expected", [
    # a five-year review against the plan before
    ("青川市2026年政府工作报告\n五年来,全市地区生产总值比“十三五”时期增长35%。\n", 35, "地区生产总值"),
    ("青川市2026年政府工作报告\n五年来,全社会研发经费投入总量比“十三五”末增长80%。\n", 80, "全社会研发经费投入总量"),
    # against a year, and a multiple against a plan period
    ("岚溪县2025年政府工作报告\n规模以上工业增加值较2020年增长40%。\n", 40, "规模以上工业增加值"),
    ("岚溪县2026年政府工作报告\n五年来,财政收入累计完成150亿元,较“十三五”时期增长45%。\n", 45, "财政收入"),
    ("东坡县2026年政府工作报告\n实际利用外资累计达到5亿美元,是“十三五”时期的1.8倍。\n", 1.8, "实际利用外资"),
])
def test_the_base_a_growth_is_taken_against_is_no_part_of_its_name(text, value, expected):
    fs = [f for f in facts_of(text) if f.value == value]
    assert [f.indicator for f in fs] == [expected]


@pytest.mark.parametrize("text, value, heads", [
    # a provincial report's targets: two incomes, one growth
    ("江川省2013年政府工作报告\n今年主要预期目标是:城镇居民人均可支配收入和农民人均纯收入均增长10%左右。\n", 10,
     ["城镇居民人均可支配收入", "农民人均纯收入"]),
    # a city's constraint targets: two heads joined by 和, a third value apart
    ("青川市2011年政府工作报告\n单位地区生产总值能耗和二氧化碳排放量均下降3.5%,水耗下降4%。\n", 3.5,
     ["单位地区生产总值能耗", "二氧化碳排放量"]),
    # a county's review: a rank held by two measures
    ("岚溪县2026年政府工作报告\n去年全县旅游接待人次和旅游收入均居全市第一。\n", 1,
     ["旅游接待人次", "旅游收入"]),
    # a city's bulletin: the size and the speed of one measure share a rank
    ("青川市2025年经济运行情况\n全市社会消费品零售总额达到1200亿元,总量和增速均居全省第二。\n", 2,
     ["社会消费品零售总额", "总量", "增速"]),
])
def test_one_value_stated_of_every_head_of_a_coordination_is_one_fact_naming_each(text, value, heads):
    fs = [f for f in facts_of(text) if f.value == value]
    assert len(fs) == 1
    assert all(h in fs[0].indicator for h in heads), fs[0].indicator


def test_an_average_is_no_spread_word():
    fs = facts_of("岚溪县2024年统计公报\n全年城镇居民人均可支配收入和农村居民人均可支配收入年均增长6%。\n")
    assert len(fs) == 1


@pytest.mark.parametrize("text", [
    "青川市2023年经济运行情况\n全市地区生产总值完成672.3亿元,同比增长7%,增速全省排名第5,总量全省排名第6。\n",
    "青川市2023年经济运行情况\n全市地区生产总值完成672.3亿元,同比增长7%,增速全市排名第5,总量全市排名第6。\n",
])
def test_a_rate_or_size_ranked_in_a_scope_is_the_measures_not_a_bodys(text):
    fs = {f.value: f for f in facts_of(text) if f.measure == "rank"}
    assert fs[5].indicator.startswith("地区生产总值增速") and fs[6].indicator.startswith("地区生产总值")
    assert fs[5].subject == fs[6].subject == "青川市"


def test_a_bare_measure_word_in_a_list_is_of_what_the_first_item_measures():
    fs = facts_of("岚溪县2026年政府工作报告\n全年粮食播种面积、总产量分别稳定在90万亩、7亿斤以上。\n")
    assert sorted(f.indicator for f in fs) == ["粮食总产量", "粮食播种面积"]


def test_places_sharing_a_value_stay_one_fact():
    fs = facts_of("青川市2025年统计公报\n全年东坡县和岚溪县地区生产总值均增长6%。\n")
    assert len([f for f in fs if f.value == 6]) == 1


@pytest.mark.parametrize("text, expected", [
    # a communiqué's sectors, each named with a joiner of its own
    ("东坡县2024年统计公报\n全年批发和零售业、住宿和餐饮业增加值分别增长5.1%、6.3%。\n",
     [(5.1, "批发和零售业增加值"), (6.3, "住宿和餐饮业增加值")]),
    ("东坡县2024年统计公报\n交通运输、仓储和邮政业增加值和金融业增加值分别增长4.2%和7.7%。\n",
     [(4.2, "交通运输、仓储和邮政业增加值"), (7.7, "金融业增加值")]),
    # a plan's indicators: R&D's name holds 与
    ("岚溪县“十五五”规划纲要\n到2030年,城镇化率、研究与试验发展经费投入强度分别达到60%、2.5%。\n",
     [(60, "城镇化率"), (2.5, "研究与试验发展经费投入强度")]),
])
def test_a_joiner_inside_a_name_splits_no_list(text, expected):
    assert [(v, i) for v, _, i in _named(facts_of(text))] == expected


def test_a_second_spread_list_names_its_values_by_the_first_lists_heads_only():
    fs = facts_of("东坡县2024年统计公报\n全县粮食总产量和油料产量分别为35万吨和2万吨,分别比上年增长2.1%和3.4%。\n")
    assert [(v, i) for v, _, i in _named(fs)] == [(35, "粮食总产量"), (2, "油料产量"), (2.1, "粮食总产量"),
                                                   (3.4, "油料产量")]


# --------------------------------------------------------------------------- a measure's word without its noun

@pytest.mark.parametrize("text, value, expected", [
    # a provincial review: the sentence's topic is what the bare size is of
    ("江川省2026年政府工作报告\n数字经济加快发展,规模突破2万亿元,占地区生产总值比重达到35%。\n", 2,
     "数字经济规模"),
    ("岚溪县2026年政府工作报告\n粮食生产连年丰收,总产量稳定在7亿斤以上。\n", 7, "粮食总产量"),
    # a rank moved from one place to another: of the measure just stated, not of 总量
    ("江川省2026年政府工作报告\n地区生产总值突破6万亿元,总量从全国第12位跃升至第10位。\n", 10, "地区生产总值"),
    # a region of the country as a rank's scope
    ("青川市2025年政府工作报告\n全市实际使用外资15亿美元,规模居中部第一。\n", 1, "实际使用外资规模中部排名"),
])
def test_a_bare_size_or_total_is_of_what_the_sentence_measures(text, value, expected):
    fs = [f for f in facts_of(text) if f.value == value]
    assert [f.indicator for f in fs] == [expected]


def test_a_share_opened_by_a_bare_size_names_the_size_once():
    fs = facts_of("江川省2026年政府工作报告\n全省数字经济规模突破2万亿元,规模占地区生产总值比重达到35%。\n")
    assert [f.indicator for f in fs if f.value == 35] == ["数字经济规模占地区生产总值比重"]


def test_a_second_spread_over_values_stated_apart_runs_over_the_same_heads():
    fs = facts_of("青川市文旅局2021年工作总结\n全年接待游客3900万人次,旅游收入330亿元,同比分别增长36%和48%,"
                  "分别恢复至2019年同期水平的65%和58%。\n")
    named = {f.value: f.indicator for f in fs}
    assert named[65].startswith("接待游客") and named[58].startswith("旅游收入")


@pytest.mark.parametrize("text", [
    # a progress notice: a bound each reached is one figure
    "青川市民生实事进展\n新增幼儿园学位、新增中小学学位建设进度均已超过55%。\n",
    # a target over a set its count closes
    "岚溪区2021年工作要点\n确保年内生物医药和新材料两大新兴产业开票销售均迈上百亿台阶。\n",
])
def test_a_bound_each_head_reached_stays_one_fact(text):
    fs = facts_of(text)
    assert len(fs) == 1


def test_a_growth_against_an_earlier_year_beside_a_yearly_one_keeps_its_base():
    fs = facts_of("青川市2021年1-7月经济运行情况\n全市固定资产投资同比增长7.4%,比2019年1-7月增长20.5%。\n")
    named = {f.value: f.indicator for f in fs}
    assert named[7.4] == "固定资产投资" and named[20.5].startswith("固定资产投资比2019年")


def test_alike_stage_items_share_the_qualified_noun_after_the_last_and_not_the_lists_verb():
    fs = facts_of("鱼峰区一季度经济运行\n2025-04-18\n\n一季度,全区已完成新签约、新开工、新投产亿元以上工业项目"
                  "36、28、19个。\n")
    assert [(f.value, f.indicator) for f in fs] == [(36, "新签约亿元以上工业项目"), (28, "新开工亿元以上工业项目"),
                                                   (19, "新投产亿元以上工业项目")]


def test_a_spread_clause_takes_the_items_of_the_clause_before_and_not_its_shared_predicate():
    fs = facts_of("鱼峰区一季度经济运行\n2025-04-18\n\n一季度,家电类、服装类、文具类零售额均保持较快增长,"
                  "分别增长14.6%、9.3%、10.8%。\n")
    assert [(f.value, f.indicator) for f in fs] == [(14.6, "家电类零售额"), (9.3, "服装类零售额"),
                                                   (10.8, "文具类零售额")]
