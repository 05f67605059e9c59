"""A ratio over the three sectors (三次产业结构调整为…, 三次产业比例为…, 产业结构为…, 一产、二产、三产的结构为…,
三次产业比为…) names each term by its sector, written out (一产 → 第一产业; a bare 产业 of three terms is the three
sectors), and the ratio's noun as written (第一产业结构, 第二产业比例; a bare 比 names them 比重); a ratio naming its
own measure (三次产业投资比重, 就业结构) keeps it.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_citys_structure_named_as_written():
    _, ex = context_of("无锡市2024年国民经济和社会发展统计公报\n2025年3月\n"
                       "全年实现地区生产总值16200亿元，比上年增长5.6%。三次产业结构调整为0.9:46.8:52.3。\n")
    assert [one(ex.facts, v).indicator for v in (0.9, 46.8, 52.3)] == \
        ["第一产业结构", "第二产业结构", "第三产业结构"]


def test_a_provinces_proportion_and_a_bare_ratio():
    _, ex = context_of("宁夏回族自治区2022年国民经济和社会发展统计公报\n2023年4月\n"
                       "全年地区生产总值5070亿元，比上年增长4.0%。三次产业比例为8.0:48.3:43.7。\n")
    assert one(ex.facts, 48.3).indicator == "第二产业比例"
    _, ex = context_of("大庆市2017年上半年经济运行情况\n2017年7月\n上半年，全市地区生产总值1300亿元。三次产业比为4.1:58.2:37.7。\n")
    assert one(ex.facts, 4.1).indicator == "第一产业比重"


def test_a_countys_sectors_written_short_and_a_bare_industry_structure():
    _, ex = context_of("神木市产业发展情况\n2021年5月\n2020年全市地区生产总值1406亿元。一产、二产、三产的结构为1.6:74.2:24.2。"
                       "2015年产业结构为2.1:70.5:27.4。\n")
    assert one(ex.facts, 74.2).indicator == "第二产业结构"
    assert one(ex.facts, 27.4).indicator == "第三产业结构"


def test_a_ratio_naming_its_own_measure_keeps_it():
    _, ex = context_of("大庆市2017年上半年经济运行情况\n2017年7月\n上半年，全市固定资产投资完成260亿元。"
                       "三次产业投资比重为5.2:75.1:19.7。\n")
    assert one(ex.facts, 75.1).indicator == "第二产业投资比重"
