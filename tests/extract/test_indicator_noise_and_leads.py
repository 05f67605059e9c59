"""What never enters an indicator: the source a figure is read from, a time word of the plan's year, the places
sharing a figure, ornaments glued into the sentence; and what does: the measure a plan was passed on, the whole name
of a classified sector holding a 、 of its own (sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text, value, name", [
    ("东坡市\n统计数据表明全市城镇居民人均可支配收入42000元。\n", 42000, "城镇居民人均可支配收入"),
    ("岚溪县生态环境局\n监测数据显示1-5月全县PM2.5平均浓度为32微克/立方米。\n", 32, "PM2.5平均浓度"),
    ("青川省\n调查结果表明全省农村自来水普及率达到91%。\n", 91, "农村自来水普及率"),
])
def test_the_source_and_its_verb_before_the_figure_are_no_part_of_its_name(text, value, name):
    assert one(facts_of(text), value).indicator == name


def test_a_word_ending_in_xianshi_of_its_own_stays():
    assert one(facts_of("东坡市\n全市新型显示产业产值达到260亿元。\n"), 260).indicator == "新型显示产业产值"


def test_next_year_is_a_time_word_and_places_sharing_a_figure_are_whose_it_is():
    fs = facts_of("青川省2025年政府工作报告\n明年地区生产总值增长6%左右。明年全省城镇新增就业50万人以上。\n")
    assert (one(fs, 6).indicator, one(fs, 50).indicator) == ("地区生产总值", "城镇新增就业")
    assert one(facts_of("青川省\n甲阳、乙平等8市开工率达到90%。\n"), 90).indicator == "开工率"


@pytest.mark.parametrize("text, value, name", [
    ("东坡县\n全县农村居民人均可支配收入达到18000元,超任务12元。\n", 12, "农村居民人均可支配收入超任务"),
    ("东坡县\n全县一般公共预算收入完成12.6亿元,超额完成年度计划0.8亿元。\n", 0.8, "一般公共预算收入超额完成年度计划"),
    ("岚溪县\n引进省外资金45亿元,超出省定目标任务3亿元。\n", 3, "引进省外资金超出省定目标任务"),
])
def test_how_far_a_plan_was_passed_is_of_the_measure_just_named(text, value, name):
    assert one(facts_of(text), value).indicator == name


@pytest.mark.parametrize("text, value, name", [
    ("青川省统计局\n1-6月,全省电力、热力、燃气及水生产和供应业增加值增长5.1%。\n", 5.1, "电力、热力、燃气及水生产和供应业增加值"),
    ("青川省统计局\n全省交通运输、仓储和邮政业增加值增长4.4%;住宿和餐饮业增加值增长6.1%。\n", 4.4, "交通运输、仓储和邮政业增加值"),
    # a part of a split named by its sector alone takes the whole's measure, the whole sector's name kept
    ("东坡市统计局\n规上服务业企业营业收入增长9.1%,其中,信息传输、软件和信息技术服务业增长15.2%,租赁和商务服务业增长6.3%。\n",
     15.2, "信息传输、软件和信息技术服务业营业收入"),
    # a converter's pinyin inside the name
    ("青川省統計局\n1-6月,全省電力、熱(rè)力、燃(rán)氣及水生產和供應業增加值增長5.1%。\n", 5.1,
     "電力、熱力、燃氣及水生產和供應業增加值"),
])
def test_a_classified_sector_holding_a_dunhao_is_named_whole(text, value, name):
    assert one(facts_of(text), value).indicator == name


def test_ornaments_glued_into_a_sentence_never_enter_a_name():
    fs = facts_of("青川省统计局\n◈ღ✿◈全省规模以上工业增加值增长6.2%,◈ღ✿◈社会消费品零售总额增长4.1%。"
                  "全省固定资产投资★☆增长5.3%,✔新开工项目计划总投资增长12%。\n")
    assert [f.indicator for f in sorted(fs, key=lambda f: f.vstart)] == [
        "规模以上工业增加值", "社会消费品零售总额", "固定资产投资", "新开工项目计划总投资"]
    # (the figures keep their offsets into the text as read)
    f = one(fs, 5.3)
    assert f.evidence.endswith("5.3%")
