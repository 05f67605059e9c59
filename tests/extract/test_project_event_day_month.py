"""A project event held on a stated day (a signing, a groundbreaking, a completion ceremony) dates the event; the batch
it counts is of the day's month, also when the event's name holds a quarter, a half or a year (the lead's ruling of
session 41, as sessions 27 and 30 had it; session 32 gave the day's year or the name's quarter): 5月10日,…集中签约仪式,
签约项目28个 → 2023-M05; an undated page's day → ?-M10.  The batch's total investment (总投资, 计划总投资), and that of
its classes and single works, is the size of the works, of the day's year (the lead's ruling of session 41; ? on an
undated page); a signed amount and an amount done keep the day's month.  当月 after the event is the day's month; a meeting's own counts
and an inspection's findings keep the day's month (guards); what the batch will yield once running has no time
(guard).  Every text is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text, expected", [
    # a signing in the lead's own sentence, the page's dateline above it
    ("岚溪县举行重大项目集中签约仪式\n2023-05-12 来源:岚溪县人民政府\n5月10日,岚溪县举行重大项目集中签约仪式,签约项目28个,"
     "总投资96亿元。\n", {28: "2023-M05", 96: "2023"}),
    # the batch taken up by 此次 in the next paragraph, full-width punctuation, a wire's dateline
    ("甲市重点项目集中开工\n甲市日报讯 2024年9月3日上午，甲市举行重点项目集中开工仪式。\n此次集中开工项目41个，总投资132亿元。\n",
     {41: "2024-M09", 132: "2024"}),
    # a completion ceremony on an undated page: the year is unknown, the month is the day's
    ("10月8日,丙县举行重大项目集中竣工投产仪式。本次集中竣工投产项目12个,总投资27亿元。\n", {12: "?-M10", 27: "?"}),
    # an event named with its year in a forum's post
    ("帖子主题:乙区项目签约\n发表时间:2022-3-12 08:18\n3月11日上午,乙区举行2022年招商引资项目集中签约活动,共签约项目33个,"
     "签约金额80.9亿元。\n", {33: "2022-M03", 80.9: "2022-M03"}),
    # an event named by its quarter, held on a day of the quarter's first month: the day's month, not the quarter
    ("庚县第二季度重大项目集中开工\n发布时间:2029-04-12\n4月11日,庚县举行2029年第二季度重大项目集中开工仪式。"
     "此次集中开工项目19个,总投资44亿元。\n", {19: "2029-M04", 44: "2029"}),
    # an event named by its half, the batch taken up in the next sentence
    ("辛市上半年项目集中签约\n发布时间:2028-02-26\n2月25日,辛市举行2028年上半年招商项目集中签约仪式。本次签约项目14个,"
     "签约总额63亿元。\n", {14: "2028-M02", 63: "2028-M02"}),
])
def test_a_project_events_batch_is_of_its_days_month(text, expected):
    assert periods_of(text, expected) == expected


def test_the_month_just_spoken_of_keeps_the_events_month():
    text = ("丁市重大项目集中签约\n发布时间:2022-03-01\n2月28日,丁市举行重大项目集中签约仪式,现场签约项目9个,总金额165亿元。"
            "据悉,该市当月共签约项目12个,签约总金额171亿元,其中20亿元以上项目4个。\n")
    assert periods_of(text, (9, 165, 12, 171, 4)) == {9: "2022-M02", 165: "2022-M02", 12: "2022-M02",
                                                       171: "2022-M02", 4: "2022-M02"}


@pytest.mark.parametrize("text, expected", [
    # a meeting's own counts (guard: the day's month, as before)
    ("岚溪网河口1月14日消息 1月14日上午,河口省第十二届人民代表大会第三次会议在省会堂隆重开幕。本次会议应到代表700人,"
     "实到代表690人。今年全省地区生产总值增长5%。\n", {700: "?-M01"}),
    # an inspection's findings (guard: the month its days lie in)
    ("戊县督查通报\n发布时间:2024-06-20\n6月12日至16日,县督查室对全县重点项目进行了督查,共发现问题27个,已整改19个。\n",
     {27: "2024-M06", 19: "2024-M06"}),
])
def test_a_meetings_or_an_inspections_counts_keep_the_days_month(text, expected):
    assert periods_of(text, expected) == expected


def test_what_a_batch_yields_once_running_keeps_no_time():
    # guard (passes before and after): what the batch yields once producing has no time the text gives, whatever the
    # batch's own time
    text = ("壬县重大项目集中开工\n发布时间:2027-08-20\n8月19日,壬县举行产业项目集中开工活动。这批开工项目15个,"
            "总投资58亿元,全部达产后预计实现年产值90亿元。\n")
    assert periods_of(text, (90,)) == {90: ""}


@pytest.mark.parametrize("text, expected", [
    # the batch's count of the day's month; its 总投资, its class's 计划总投资 and one work's size before its name of the
    # day's year
    ("丑县重点项目集中开工\n发布时间:2031-05-12\n5月11日上午,丑县第二批重点项目开工仪式在东郊园区举行。这批开工的项目共17个,总投资43亿元,"
     "其中工业项目9个,计划总投资26亿元。投资6200万元的寅镇果蔬冷链仓储项目同日开工。\n",
     {17: "2031-M05", 43: "2031", 9: "2031-M05", 26: "2031", 6200: "2031"}),
    # an undated page: the size of the unknown year; what was done so far keeps the day's month
    ("7月6日,卯区举行重大项目集中竣工仪式。本次集中竣工项目11个,概算总投资38亿元,累计完成投资35亿元。\n",
     {11: "?-M07", 38: "?", 35: "?-M07"}),
    # a signed amount is what the day did (guard: the day's month)
    ("辰市重大项目集中签约\n发布时间:2030-10-09\n10月8日下午,辰市招商引资签约会召开,现场签下项目16个,签约金额72亿元。\n",
     {16: "2030-M10", 72: "2030-M10"}),
])
def test_a_batchs_total_investment_is_of_the_days_year(text, expected):
    assert periods_of(text, expected) == expected
