"""What a project event counts (本次集中开工项目25个) holds in the event's month only when the text states no time of its
own; a batch named by its quarter or half in the title or lead keeps that time.  Every text is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import context_of, one


@pytest.mark.parametrize("text,value,period", [
    # a quarter's batch named in the title, held on a day of November: the day's month (the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a quarter or half; it was the quarter)
    ("岚溪县2026年第四季度重大项目集中开工\n11月18日,岚溪县2026年第四季度重大项目集中开工活动在工业园区举行。本次集中开工项目"
     "共25个,总投资48亿元。\n", 25, "2026-M11"),
    # the lead states the quarter of the batch; a breakdown after 本次… keeps it, whatever the page's day
    ("岚溪县重大项目集中开工活动举行\n2026-11-18 来源:岚溪县融媒体中心\n今年第四季度,岚溪县集中开工重大项目25个,总投资48亿元。"
     "本次集中开工项目涵盖工业、基础设施、民生等领域,其中工业项目12个。\n", 12, "2026-Q4"),
    # a half's batch in the title, full-width punctuation, held in May: May (the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a quarter or half; it was the half)
    ("青川市2026年上半年重大项目集中签约\n5月20日，青川市举行2026年上半年重大项目集中签约仪式。本次共签约项目18个，签约金额126亿元。\n",
     18, "2026-M05"),
    # no time stated but the day: the month of the day (the lead's convention of session 27: an event dated to a day is of that day's month; it was the year)
    ("河口县举行重大项目集中开工活动\n2026年3月8日,河口县举行重大项目集中开工活动。本次集中开工项目12个,总投资30亿元。\n",
     12, "2026-M03"),
    # a news page whose lead names the day and a signing in the batch's own sentence, no other time: the month of the
    # day, as in an earlier sentence (the lead's convention of session 27: an event dated to a day is of that day's month, replacing session 21's: never the day's month)
    ("东坪镇招商引资签约仪式举行\n2026年9月26日,东坪镇招商引资项目集中签约仪式举行,现场签约项目6个,协议投资15亿元。\n",
     6, "2026-M09"),
])
def test_an_events_counts_keep_the_time_the_text_states(text, value, period):
    _, ex = context_of(text)
    assert one(ex.facts, value).period == period


def test_a_batch_of_a_named_month_is_of_that_month_and_its_plan_for_the_year_of_the_year():
    # the event opened by its month, the batch's size in a clause after it (共有…个项目): the month's; what the batch is
    # planned to invest in the year: the year's (the lead's convention of session 26)
    _, ex = context_of("河口县重大项目建设情况\n\n2025年5月份,全县重大项目集中开工,共有14个项目,总投资18.4亿元,"
                       "年度计划投资7.2亿元。\n")
    assert one(ex.facts, 14).period == one(ex.facts, 18.4).period == "2025-M05"
    assert one(ex.facts, 7.2).period == "2025"


@pytest.mark.parametrize("text", [
    # the month in the event's name, the lead giving the day it was held on
    "河口县2025年5月份重大项目集中开工\n5月26日,河口县举行2025年5月份重大项目集中开工活动。本次集中开工项目14个,总投资18.4亿元,"
    "年度计划投资7.2亿元。\n",
    # the month in the name of an event held on a page's day, its batch counted after 共有
    "河口县重大项目集中开工\n2025-05-26\n5月26日,河口县5月份重大项目集中开工活动举行。共有14个项目集中开工,总投资18.4亿元,"
    "年度计划投资7.2亿元。\n",
])
def test_a_month_in_an_events_name_is_the_batchs_time_as_a_quarter_is(text):
    # (the lead's convention of session 26: an event of a named month is of that month; its plan for the year the year's)
    _, ex = context_of(text)
    assert one(ex.facts, 14).period == "2025-M05" and one(ex.facts, 18.4).period == "2025"  # (总投资 of an event held on a day: the day's year, the lead's ruling of session 41)
    assert one(ex.facts, 7.2).period == "2025"


def test_a_groundbreaking_dated_to_a_day_is_of_its_month_and_its_year_plan_of_the_year():
    # (the lead's convention of session 27: an event dated to a day is of that day's month, as one of a named month
    # is; what the batch is planned to invest in the year stays the year's)
    _, ex = context_of("全州春季重大项目集中开工\n发布时间：2026-04-19\n4月18日，全州春季重大项目集中开工活动在东坪县工业园区"
                       "举行。本次开工活动中，全州集中开工5000万元以上项目173个，总投资584亿元，年度计划投资197亿元。\n")
    assert one(ex.facts, 173).period == "2026-M04" and one(ex.facts, 584).period == "2026"  # (总投资: the day's year, the lead's ruling of session 41)
    assert one(ex.facts, 197).period == "2026"


def test_a_day_written_before_an_event_named_by_its_year_is_that_events_month():
    # a second event in the page, held on its own day and named by a bare year: its day's month, not the lead's
    _, ex = context_of("全州春季重大项目集中开工\n发布时间：2026-04-19\n4月18日，全州春季重大项目集中开工活动举行。本次集中开工"
                       "项目173个，总投资584亿元。\n1月2日，在全省开发区2026年第一期“三个一批”活动上，全州签约项目48个、"
                       "总投资263亿元。\n")
    assert one(ex.facts, 48).period == "2026-M01" and one(ex.facts, 263).period == "2026"  # (总投资: the day's year, the lead's ruling of session 41)


def test_a_notices_check_over_days_of_one_month_is_of_that_month_in_its_headings_year():
    # the days of the check carry no year; the list's heading repeats them with it (context._heading_day_year)
    text = ("关于城区扬尘治理督查情况的通报\n\n8月4日至8月10日，市攻坚办采取暗访等方式对城区扬尘治理开展督查，共发现问题52个，"
            "已整改41个。其中，东城区13个、西城区9个。\n\n附件：2025年8月4日至8月10日扬尘治理问题清单\n"
            "序号 | 问题 | 责任单位\n1 | 裸土未覆盖 | 东城区\n2 | 渣土车未密闭 | 西城区\n3 | 围挡破损 | 东城区\n"
            "4 | 道路积尘 | 西城区\n5 | 雾炮未开启 | 东城区\n")
    _, ex = context_of(text)
    assert {v: one(ex.facts, v).period for v in (52, 41, 13, 9)} == dict.fromkeys((52, 41, 13, 9), "2025-M08")


def test_one_works_own_size_in_an_events_news_stays_of_the_year():
    # the batch is of the day's month; a work's own size written after the batch (投资42亿元的某项目) and a park's
    # area in a sentence of its own are as large as written, of the year (guards: the year before and after)
    _, ex = context_of("全县重大项目集中开工\n发布时间：2026-03-13\n3月12日上午，全县重大项目集中开工活动举行。本次集中开工项目"
                       "16个，总投资118亿元。\n这批集中开工项目亮点纷呈。其中，投资42亿元的东坪精密铸造项目，建成后可实现年产值60亿元。"
                       "\n东坪产业园总用地面积约1900亩。\n")
    assert one(ex.facts, 16).period == "2026-M03" and one(ex.facts, 118).period == "2026"  # (总投资: the day's year, the lead's ruling of session 41)
    assert one(ex.facts, 42).period == one(ex.facts, 1900).period == "2026"


def test_an_event_the_text_gives_no_day_keeps_the_year_of_the_pages_date():
    # only the page's date (posted within days of the event, perhaps in the next month): the year, no month (a guard)
    _, ex = context_of("河口县重大项目集中开工活动举行\n发布时间：2026-05-03\n河口县举行重大项目集中开工活动,本次集中开工项目"
                       "17个,总投资41亿元。\n")
    assert one(ex.facts, 17).period == one(ex.facts, 41).period == "2026"
