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


# --------------------------------------------------------------------------- an event's day

SIGNING = "青川市举行重大项目集中签约仪式\n发布时间:2022-08-10\n"


def test_counts_of_a_signing_hold_in_the_month_of_its_day():
    fs = facts_of(SIGNING + "8月9日,青川市举行重大项目集中签约仪式,市委书记某某出席并讲话。\n"
                  "此次集中签约项目36个,总投资215亿元,其中工业项目20个。\n今年以来,全市累计签约项目128个。\n")
    assert one(fs, 36).period == one(fs, 215).period == one(fs, 20).period == "2022-M08"
    assert one(fs, 128).period == "2022"  # 今年以来: the year so far, not the day of the signing


def test_a_bare_year_in_the_events_name_gives_way_to_its_day():
    fs = facts_of(SIGNING + "8月9日上午,青川市举行2022年重大项目集中签约仪式,共签约项目36个,总投资215亿元。\n")
    assert one(fs, 36).period == one(fs, 215).period == "2022-M08"


def test_a_quarter_in_the_events_name_is_kept():
    fs = facts_of("岚溪县第三季度重大项目集中开工\n岚溪新闻网讯 9月26日,岚溪县2023年第三季度重大项目集中开工活动在县经济开发区举行。"
                  "\n本次集中开工项目15个,总投资68亿元。\n")
    assert one(fs, 15).period == "2023-Q3"


def test_a_meeting_pointed_back_at_with_no_year_known():
    fs = facts_of("岚溪县重大项目集中签约\n岚溪新闻网讯 5月18日,岚溪县招商引资重大项目集中签约会举行。\n"
                  "会上,共签约项目22个,签约总金额156亿元。\n")
    assert one(fs, 22).period == one(fs, 156).period == "?-M05"
