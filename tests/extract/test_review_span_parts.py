"""A work report's (or a plan outline's) part whose heading names a span of years — a plan (一、2025年和“十四五”时期工作
回顾, “十二五”主要成就), the years back (过去五年工作回顾) — or whose first sentence opens with one (一、工作回顾 /
“十三五”时期,是…的五年) governs the paragraphs under it: their 这五年 / 五年来 / 过去的五年 are that span, a state or
stock they report holds at its last year, a flow or a count of things done over it, and a change written without its
years (从A增加到B) runs from the year before the span to its last year.  Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    # a provincial report given in January 2026: the chapter names its year and the plan; 这五年 paragraphs
    ("青川省政府工作报告\n——2026年1月18日在青川省第十四届人民代表大会第五次会议上\n"
     "一、2025年和“十四五”时期工作回顾\n“十四五”时期是我省发展很不平凡的五年。\n"
     "这五年,经济实力稳步提升。全省生产总值突破4万亿元,年均增长5.6%;一般公共预算收入累计完成1.6万亿元。\n"
     "这五年,创新动能加快集聚。高新技术企业从2100家增加到5300家,研发经费投入强度提高到2.4%,新增城镇就业310万人。\n"
     "这五年,基础设施日益完善。高速公路通车里程达到7800公里,新改建农村公路3.1万公里。\n"
     "2025年,全省生产总值增长5.2%,城镇新增就业62万人。\n",
     {4: "2025", 5.6: "2021..2025", 1.6: "2021..2025", 2100: "2020", 5300: "2025", 2.4: "2025",
      310: "2021..2025", 7800: "2025", 3.1: "2021..2025", 5.2: "2025", 62: "2025"}),
    # a county report of 2021 whose year is read from its title only (no date): 五年来 under the plan's chapter is
    # the plan's five years, not the five years up to 2021
    ("岚溪县2021年政府工作报告\n一、“十三五”时期工作回顾\n"
     "五年来,全县地区生产总值由126亿元增加到198亿元,年均增长7.1%;累计新建安置房4200套,城镇化率达到52%。\n",
     {126: "2015", 198: "2020", 7.1: "2016..2020", 4200: "2016..2020", 52: "2020"}),
    # a chapter heading that names no time: its first sentence opens the plan's span
    ("东坪市人民政府工作报告\n2016年2月20日在东坪市第八届人民代表大会第六次会议上\n一、工作回顾\n"
     "“十二五”时期,是东坪发展进程中极为关键的五年。\n"
     "五年来,全市工业增加值从310亿元提高到520亿元;新建城市道路86公里,人均公园绿地面积达到13.5平方米。\n",
     {310: "2010", 520: "2015", 86: "2011..2015", 13.5: "2015"}),
    # a five-year review headed by the years back: the states at the last year, not at the year of writing
    ("北岭区政府工作报告\n——2026年1月9日\n一、过去五年工作回顾\n"
     "过去五年,全区经济总量迈上新台阶。常住人口城镇化率提高到68%,规上工业企业达到1020家,新增市场主体4.2万户。\n",
     {68: "2025", 1020: "2025", 4.2: "2021..2025"}),
])
def test_a_part_heading_naming_a_span_governs_its_paragraphs(text, values):
    assert periods_of(text, values) == values


def test_the_year_of_a_change_end_dates_its_value_only():
    # 从2010年的…增加到2015年的…; the 累计 that follows is the paragraph's five years, not the end year
    text = ("西河旗政府工作报告\n2016年2月19日\n一、“十二五”时期及2015年工作回顾\n"
            "过去的五年,全旗地区生产总值从2010年的520亿元增加到2015年的810亿元,年均增长9.3%;"
            "固定资产投资累计完成2300亿元;社会消费品零售总额累计完成360亿元。\n")
    assert periods_of(text, [520, 810, 2300, 360]) == {520: "2010", 810: "2015", 2300: "2011..2015",
                                                       360: "2011..2015"}


def test_from_a_place_is_no_change_start():
    # 从外省引进…项目240个: 从 names where they came from; the count is the five years'
    text = ("南平县政府工作报告\n2021年1月12日\n一、“十三五”发展成就和2020年工作回顾\n"
            "过去的五年,是开放合作全面深化的五年。从外省引进内资项目240个、外资项目35个。\n")
    assert periods_of(text, [240, 35]) == {240: "2016..2020", 35: "2016..2020"}


def _kinds_periods(text: str, values) -> dict:
    from factrun import facts_of, one
    fs = facts_of(text)
    return {v: (one(fs, v).kind, one(fs, v).period) for v in values}


def test_the_annual_chapter_after_the_plan_chapter_is_the_years():
    # the plan's chapter: rates over its span, states (人均预期寿命达到, 打造…集群) by its end; the year's chapter after it
    # restates no five-year target, however alike its words
    text = ("青川省政府工作报告\n——2026年1月18日在青川省第十四届人民代表大会第五次会议上\n"
            "二、“十五五”时期的主要目标\n今后五年,全省经济社会发展的主要目标是:地区生产总值年均增长5.5%左右,"
            "人均预期寿命达到80.5岁,打造7个千亿级产业集群。\n"
            "三、2026年重点工作\n今年经济社会发展的主要预期目标是:地区生产总值增长5.5%左右,城镇新增就业60万人以上。\n")
    got = _kinds_periods(text, [80.5, 7, 60])
    assert got == {80.5: ("target", "..2030"), 7: ("target", "..2030"), 60: ("target", "2026")}
    from factrun import facts_of
    rates = sorted((f.vstart, f.kind, f.period) for f in facts_of(text) if f.value == 5.5)
    assert [(k, p) for _, k, p in rates] == [("target", "2026..2030"), ("target", "2026")]


def test_a_plan_outline_reviews_the_plan_before_it():
    # a county's outline of the next plan, adopted in February 2026: its review section is the plan just ended
    text = ("岚溪县国民经济和社会发展第十五个五年规划纲要\n2026年2月6日\n第一章 发展基础\n"
            "一、“十四五”时期发展成就\n五年来,全县地区生产总值由186亿元增加到262亿元,累计改造农村危房3100户,"
            "森林覆盖率达到64.5%。\n二、“十五五”时期主要目标\n到2030年,全县地区生产总值达到350亿元。\n")
    assert periods_of(text, [186, 262, 3100, 64.5, 350]) == {186: "2020", 262: "2025", 3100: "2021..2025",
                                                             64.5: "2025", 350: "..2030"}


def test_a_dash_line_naming_the_five_years_opens_them():
    # ——这是…的五年。 paragraphs of a chapter naming both the year and the plan; a plan chapter's …的五年 is its span
    text = ("政府工作报告\n——2026年1月22日在南岭省第十四届人民代表大会第四次会议上\n一、2025年和“十四五”时期工作回顾\n"
            "——这是综合实力大幅跃升的五年。全省生产总值年均增长5.9%,常住人口城镇化率提高到61%,新设外资企业4100家。\n"
            "2025年,全省生产总值增长5.3%。\n二、“十五五”时期的主要目标\n"
            "“十五五”时期是基本实现现代化夯基垒台的五年。人均生产总值达到12万元,粮食产量稳定在600亿斤以上。\n")
    assert periods_of(text, [5.9, 61, 4100, 5.3, 12, 600]) == {
        5.9: "2021..2025", 61: "2025", 4100: "2021..2025", 5.3: "2025", 12: "..2030", 600: "2026..2030"}


def test_a_level_kept_through_the_reviewed_years_is_of_them():
    # 控制在 / 保持在 / 稳定在 in a five-year review: kept every year of the span, no state at its end
    text = ("北岭区政府工作报告\n——2026年1月9日\n一、过去五年工作回顾\n"
            "过去五年,城镇调查失业率控制在5.5%以内,粮食产量稳定在42万吨以上,森林覆盖率提高到38%。\n")
    assert periods_of(text, [5.5, 42, 38]) == {5.5: "2021..2025", 42: "2021..2025", 38: "2025"}
