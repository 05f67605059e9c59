"""How far a stated time reaches in writing the tuned documents never showed (sentences written for these tests;
the places are invented)."""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.periods import find_periods, time_lists


def periods_of(text):
    return {(f.value, f.unit): f.period for f in facts_of(text)}


# --------------------------------------------------------------------------- price bases

def test_a_constant_price_year_is_no_time_of_the_value():
    fs = facts_of("岚溪县2019年国民经济和社会发展统计公报\n  全年实现地区生产总值320亿元,按2015年不变价计算,比上年增长7.2%。"
                  "按2010年可比价格计算,人均生产总值达到5.1万元,增长6.8%。\n")
    assert one(fs, 7.2).period == "2019"
    assert one(fs, 5.1).period == "2019"
    assert one(fs, 6.8).period == "2019"


def test_price_base_role():
    p = [x for x in find_periods("按2015年不变价计算", 2019) if x.text.startswith("2015")]
    assert p and p[0].role == "base"
    p = [x for x in find_periods("2015年完成投资", 2019) if x.text.startswith("2015")]
    assert p and p[0].role != "base"


# --------------------------------------------------------------------------- lists of months

def test_time_lists():
    assert [t.items for t in time_lists("3月至5月,每月")] == [(3, 4, 5)]
    assert [t.items for t in time_lists("4月、5月分别")] == [(4, 5)]
    assert [(t.unit, t.items) for t in time_lists("一、二、三季度分别")] == [("Q", (1, 2, 3))]
    assert time_lists("5月、3月分别") == []  # not in order: no list of times


DATED = "岚溪县2022年上半年项目建设情况\n2022年7月6日\n"


def test_a_list_of_months_gives_its_values_one_each():
    fs = facts_of(DATED + "3月至5月,全县每月新开工项目分别为5个、8个、12个。4月、5月分别签约项目3个、6个。\n")
    assert [one(fs, v, "个").period for v in (5, 8, 12)] == ["2022-M03", "2022-M04", "2022-M05"]
    assert [one(fs, v, "个").period for v in (3, 6)] == ["2022-M04", "2022-M05"]


def test_a_month_list_of_another_length_is_not_spread():
    fs = facts_of(DATED + "3月至5月,全县新开工项目分别为工业项目5个、服务业项目8个。\n")
    assert one(fs, 5).period == one(fs, 8).period == "2022-M03..M05"


def test_quarters_listed():
    fs = facts_of(DATED + "一、二季度,全县地区生产总值分别增长5.1%、6.3%。\n")
    assert one(fs, 5.1).period == "2022-Q1"
    assert one(fs, 6.3).period == "2022-Q2"


def test_the_month_alone():
    fs = facts_of(DATED + "3月至5月,全县新开工项目25个。6月当月完成投资9.6亿元,1-6月累计完成投资48亿元。\n")
    assert one(fs, 9.6).period == "2022-M06"
    assert one(fs, 48).period == "2022-M01..M06"
