"""Target or actual, and which numeral is the fact (sentences written for these tests, of several genres and levels).

A growth target named as such (预期增长目标均为8%以上, a quoted “增长7.5%以上” after 目标为) commits; a level kept at
(控制在3.1%) reported is the level, '=', where a target list bounds it ('<='); the plan a share done is taken of
(占全年计划新开工项目的35%) and the plan a pool's members are lined up for (储备拟于今后两年开工的项目80个) commit
nothing; the share of a class (70%以上的项目…) is the fact and the bound picking the class out (投资额超5亿元) none; a
visiting party's size and a document's parts are no figures; a count in words after its noun (重点项目一个) is one; a
statistic's bare value moved to or kept at (差异系数缩小到0.35左右) is one; a province named in full before a count
(江西省28个…) has the set."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


def test_a_growth_target_named_as_such_commits_and_is_a_growth():
    fs = facts_of("青川市2024年政府工作报告\n二、2024年主要目标\n今年全市发展的主要目标是：地区生产总值增长6%左右。"
                  "市县两级地区生产总值预期增长目标均为7%以上，固定资产投资增长目标为10%。\n")
    for v in (7, 10):
        assert (one(fs, v).kind, one(fs, v).measure) == ("target", "growth")
    assert one(fs, 7).comparator == ">="


def test_a_target_quoted_after_its_name_is_read():
    fs = facts_of("东坡市各县区今年增长目标出炉\n2024-01-15\n从生产总值增长目标来看，岚溪县的预期目标为“增长7.5%以上”，"
                  "青川县的目标是“增长6.5%左右”。\n")
    assert (one(fs, 7.5).kind, one(fs, 7.5).measure, one(fs, 7.5).comparator) == ("target", "growth", ">=")
    assert (one(fs, 6.5).kind, one(fs, 6.5).comparator) == ("target", "~")


def test_a_level_kept_at_is_the_level_when_reported_and_a_bound_when_targeted():
    fs = facts_of("岚溪县2024年政府工作报告\n一、2023年工作回顾\n过去一年，全县地区生产总值增长6.1%，"
                  "城镇登记失业率控制在3.1%，居民消费价格涨幅控制在2.5%以内。\n"
                  "二、2024年主要目标\n城镇登记失业率控制在4%。\n")
    assert (one(fs, 3.1).kind, one(fs, 3.1).comparator) == ("actual", "=")
    assert one(fs, 2.5).comparator == "<="  # (the bound written after the value stays)
    assert (one(fs, 4).kind, one(fs, 4).comparator) == ("target", "<=")


def test_the_plan_a_share_is_taken_of_and_a_pools_plan_commit_nothing():
    fs = facts_of("我市一季度项目建设开局良好\n本报讯 今年以来，我市扎实推进项目建设。前3月共有60个项目开工，"
                  "占全年计划新开工项目的35%。全市储备拟于今后两年开工的项目80个、总投资约900亿元。\n")
    assert [one(fs, v).kind for v in (60, 35, 80, 900)] == ["actual"] * 4


def test_the_share_of_a_class_is_the_fact_and_its_bound_none():
    fs = facts_of("东坡区2023年重点项目建设情况\n全区重点项目中，70%以上的项目投资额超5亿元，"
                  "80%以上的行政村通了硬化路。完成率低于60%的项目要约谈。\n")
    assert (one(fs, 70).measure, one(fs, 70).comparator) == ("share", ">=")
    assert one(fs, 80).comparator == ">="
    assert [f for f in fs if f.value in (5, 60)] == []


@pytest.mark.parametrize("text, value", [
    # a county's plan: the commitment and its deadline before the share of a class
    ("岚溪县农村公路建设方案\n2025年3月2日\n到2025年底,确保全县95%以上的村庄通硬化路。\n", 95),
    # a province's targets paragraph
    ("黑水省乡村建设行动\n全省力争到2027年80%以上的行政村建成美丽乡村示范村。\n", 80),
    # a district's notice, without a deadline
    ("东坡区数字化转型通知\n推动60%以上的规上工业企业完成数字化改造。\n", 60),
    ("青川市项目建设\n确保70%以上的项目在6月底前开工。\n", 70),
])
def test_a_share_of_a_class_after_a_commitment_is_a_target_share(text, value):
    f = one(facts_of(text), value)
    assert (f.unit, f.measure, f.comparator) == ("%", "share", ">=")


def test_a_fraction_is_the_quotient_itself():
    fs = facts_of("青川市2023年国民经济和社会发展统计公报\n全市战略性新兴产业增加值占比超三分之一。\n")
    assert one(fs, 1 / 3).comparator == ">"


def test_a_visiting_party_and_a_documents_parts_are_no_figures():
    fs = facts_of("岚溪县新闻\n省发改委一行5人组成的调研组来我县调研重点项目建设。《纲要》共十二篇五十章，"
                  "规划全文分为8篇。全县新开工项目12个。\n")
    assert sorted(f.value for f in fs) == [12]


def test_a_count_in_words_after_its_noun_is_a_count():
    fs = facts_of("东坡县2024年一季度重点项目推进情况通报\n全县列入省级考核重点项目一个，新增市级示范园区两个，"
                  "列入市级重点项目12个。\n")
    assert (one(fs, 1).measure, one(fs, 1).unit) == ("count", "个")
    assert one(fs, 2).measure == "count"


def test_a_province_named_in_full_before_a_count_has_the_set():
    fs = facts_of("江西省2023年重点项目建设情况\n今年以来，江西省28个重点开发区基础设施项目全部开工，完成投资45亿元。\n")
    assert (one(fs, 28).measure, one(fs, 28).kind) == ("count", "actual")


def test_a_statistics_bare_value_moved_to_or_kept_at_is_read():
    fs = facts_of("某省“十四五”区域协调发展规划\n到2025年，区域发展差异系数缩小到0.35左右，基尼系数控制在0.4以下。\n")
    assert (one(fs, 0.35).kind, one(fs, 0.35).comparator) == ("target", "~")
    assert (one(fs, 0.4).kind, one(fs, 0.4).comparator) == ("target", "<=")


def test_a_target_named_after_its_measure_leaves_the_measure_as_the_indicator():
    fs = facts_of("东坡县2024年政府工作报告\n二、2024年主要目标\n今年全县地区生产总值增长目标为6%，"
                  "一般公共预算收入预期增长目标为5%以上，固定资产投资增速目标定为8%。\n")
    assert [one(fs, v).indicator for v in (6, 5, 8)] == ["地区生产总值", "一般公共预算收入", "固定资产投资"]


def test_a_growth_target_of_the_economy_keeps_its_change_in_the_name():
    fs = facts_of("某省2025年政府工作报告\n二、2025年主要目标\n经济增长预期目标为5%左右。\n")
    assert one(fs, 5).indicator == "经济增长"


def test_an_index_taken_against_two_bases_and_its_part():
    """居民消费价格环比指数为100.2,同比指数为101.5,其中食品类为103.5: the second base's index is the same index's (its
    stem written once), and the part 其中 opens after it is a figure of its own, its bare value a statistic."""
    fs = facts_of("岚溪县2025年11月份居民消费价格运行情况\n11月份，全县居民消费价格环比指数为99.8，同比指数为101.2，"
                  "其中食品烟酒类为102.6。\n")
    assert one(fs, 99.8).indicator == "居民消费价格环比指数"
    assert one(fs, 101.2).indicator == "居民消费价格同比指数"
    part = one(fs, 102.6)
    assert (part.kind, part.measure, part.unit) == ("actual", "level", "")


def test_a_count_in_words_after_what_was_done_to_a_lists_items_or_a_group_formed():
    # 延期开工两项, 撤销两项: the items of the list a report follows, counted after what was done to them at the clause's
    # end; 组成两个暗访组: the groups formed (as 成立, 组建); 坚持两手抓 stays an idiom
    fs = facts_of("吉安市重点项目推进情况通报\n2024-05-10\n今年以来，全市重点项目中，延期开工两项，撤销两项。市发改委组成两个"
                  "暗访组开展督查，坚持两手抓。\n")
    assert sorted((f.value, f.unit, f.measure) for f in fs) == [(2, "个", "count"), (2, "项", "count"),
                                                                 (2, "项", "count")]


def test_a_quoted_goal_naming_its_measure_is_a_target_figure():
    # the quotation names the measure and its figure, 目标/任务 right after: the goal set, no slogan's name
    fs = facts_of("岚川县召开项目建设推进会\n2024-02-20\n会议强调,今年要全力冲刺“实物工作量100亿元”目标,"
                  "奋力完成“签约项目50个”任务。\n")
    assert (one(fs, 100).unit, one(fs, 100).kind) == ("亿元", "target")
    assert (one(fs, 50).unit, one(fs, 50).kind) == ("个", "target")


def test_a_programme_named_by_numbers_in_quotes_stays_a_name():
    fs = facts_of("桐湾区推进会\n2024-02-20\n全区实施“3个100”工程,推进“5个100亿”目标,新开工项目28个。\n")
    assert [f for f in fs if f.value in (3, 5, 100)] == []
    assert one(fs, 28).unit == "个"
