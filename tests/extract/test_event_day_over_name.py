"""An event dated to a day is of that day's month, also when its name holds a quarter, a half or a season: the name
says which round of events it is (2023年第二季度重大项目集中开工仪式), the day says when its batch was counted (the lead's
convention of session 30).  What the event reports keeps that month in the sentences that break it down (其中, 此次,
这次…的项目); a time stated at a figure itself (一季度全市集中开工项目120个) is that figure's, and a meeting that reviews
the year reports the year.  Every text is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import periods_of

# a county's ceremony of a named quarter, its batch broken down by town after 其中
COUNTY_QUARTER = ("青山县重大项目集中开工\n4月11日上午,青山县举行2023年第二季度重大项目集中开工仪式,此次集中开工项目36个,"
                  "总投资88亿元。其中,甲镇:开工项目7个,总投资12亿元;乙镇:开工项目5个,总投资9亿元。\n")
# a city's signing of a quarter named in the headline and the lead, a class of the batch in the next sentence
CITY_SIGNING = ("东川市三季度重大项目集中签约\n发布时间：2022-09-28\n9月27日,东川市举行三季度重大项目集中签约仪式,现场签约"
                "项目22个,签约总额156亿元。其中,工业项目14个,签约额98亿元。\n")
# a district's mobilisation meeting of a quarter; the batch's plan for the year stays the year's
DISTRICT_RALLY = ("西湖区开工动员大会\n发布时间：2024-02-21\n2月20日上午,西湖区2024年一季度重大项目开工动员大会召开。会上,"
                  "全区集中开工项目31个,总投资76亿元,年度计划投资28亿元。\n")
# a province's event of a half at its main venue
PROVINCE_HALF = ("南岭省下半年重大项目集中开工\n发布时间：2025-07-16\n7月15日,南岭省2025年下半年重大项目集中开工活动在北岗市"
                 "主会场举行。本次全省集中开工项目612个,总投资3180亿元。\n")
# a zone's completion ceremony dated by a day under the page's date, the month left unwritten
ZONE_COMPLETION = ("高新区竣工仪式\n发布时间：2023-06-30\n29日下午,东坪高新区2023年二季度重大项目集中竣工仪式举行,集中竣工项目"
                   "12个,总投资41亿元。\n")
# an undated page: the day's month of a year the text never gives
UNDATED_QUARTER = ("10月30日,东坪区第四季度重大项目集中开工仪式在河口乡举行。\n此次集中开工的项目主要有河口大桥、城东污水处理厂"
                   "等8个重点项目,总投资达4.6亿元。\n")
# the headline names the event by its quarter, the lead gives the day, a later paragraph counts the batch
HEADLINE_QUARTER = ("岚溪县2026年第四季度重大项目集中开工\n11月18日,岚溪县重大项目集中开工活动在工业园区举行。\n"
                    "全县开工项目共25个,总投资48亿元。\n")
# the batch taken up by 这次 in the next sentence: its total is the batch's, no one work's size
BATCH_TAKEN_UP = ("青川市重点项目集中开工\n2022-04-07\n4月6日,青川市二季度重大项目集中开工活动在高新区举行,120个重大项目"
                  "集中开工建设。\n这次集中开工的重大项目涵盖装备制造、新材料等领域,总投资860亿元,年度计划投资210亿元。\n")


@pytest.mark.parametrize("text,expected", [
    (COUNTY_QUARTER, {36: "2023-M04", 88: "2023", 7: "2023-M04", 12: "2023", 5: "2023-M04", 9: "2023"}),
    (CITY_SIGNING, {22: "2022-M09", 156: "2022-M09", 14: "2022-M09", 98: "2022-M09"}),
    (DISTRICT_RALLY, {31: "2024-M02", 76: "2024", 28: "2024"}),
    (PROVINCE_HALF, {612: "2025-M07", 3180: "2025"}),
    (ZONE_COMPLETION, {12: "2023-M06", 41: "2023"}),
    (UNDATED_QUARTER, {8: "?-M10", 4.6: "?"}),
    (BATCH_TAKEN_UP, {120: "2022-M04", 860: "2022", 210: "2022"}),
    (HEADLINE_QUARTER, {25: "2026-M11", 48: "2026"}),
])
def test_an_event_dated_to_a_day_is_of_its_month_whatever_its_name_holds(text, expected):
    # (the counts and signed amounts of the day's month; the 总投资 of the day's year: the lead's ruling of session 41)
    assert periods_of(text, expected) == expected


def test_an_event_told_in_a_year_review_is_of_its_day_and_the_review_of_its_year():
    # one paragraph of a year's report: the event's batch of its day's month, the year's figures around it of the year
    text = ("岚溪市2023年项目建设工作总结\n2023年,全市地区生产总值增长6.1%。2023年4月18日,全市一季度重大项目集中开工,"
            "开工项目52个,总投资160亿元。全年新开工项目210个。\n")
    assert periods_of(text, (6.1, 52, 160, 210)) == {6.1: "2023", 52: "2023-M04", 160: "2023", 210: "2023"}
    text = ("东川县2022年招商引资工作总结\n2022年,全县完成固定资产投资120亿元。9月26日,全县三季度重大项目集中签约仪式"
            "举行,签约项目15个,协议金额63亿元。全年共招引项目88个。\n")
    assert periods_of(text, (15, 63, 88)) == {15: "2022-M09", 63: "2022-M09", 88: "2022"}


@pytest.mark.parametrize("text,expected", [
    # the quarter stated at the figure, after the day of the meeting the reporter heard it at (guards: as before)
    ("全市项目建设推进会召开\n发布时间：2024-03-29\n记者从3月28日召开的全市项目建设推进会上获悉,一季度青川市集中开工"
     "项目120个,完成投资56亿元。\n", {120: "2024-Q1", 56: "2024-Q1"}),
    ("全市一季度集中开工\n发布时间：2023-04-03\n4月2日,北岗市一季度集中开工重大项目52个,总投资180亿元。\n",
     {52: "2023-Q1", 180: "2023"}),  # (总投资: the size of the works, the quarter's year: session 42, as session 41 ruled for a day's batch)
    # a meeting held on a day that reviews the year: the year
    ("全县经济工作会议召开\n发布时间：2023-12-29\n12月28日召开的全县经济工作会议指出,全年地区生产总值增长6%,"
     "固定资产投资完成150亿元。\n", {6: "2023", 150: "2023"}),
    # a report's quarter, cut-off and month, no event
    ("岚溪县经济运行\n发布时间：2024-04-20\n一季度,全县完成固定资产投资30亿元。截至4月底,全县新增市场主体1200户。"
     "4月份,全县实现税收收入2.1亿元。\n", {30: "2024-Q1", 1200: "..2024-M04", 2.1: "2024-M04"}),
    # an event of a named quarter the text gives no day: the quarter
    ("岚溪县举行2021年第一季度重大项目集中开工活动,县委书记某某出席。\n此次集中开工项目23个,总投资86亿元。\n",
     {23: "2021-Q1", 86: "2021-Q1"}),
])
def test_a_time_stated_at_the_figure_or_a_review_or_no_day_keeps_its_own_time(text, expected):
    assert periods_of(text, expected) == expected
