"""A day written without its month under a page dated to the day (截至8日, 8日当天, 7日至9日, 当日, 昨日) is a day of
the page's own month, or of the month before when it lies after the page's day: a supervision bulletin of 2016-12-10
counting 截至8日 reports as of December 2016 (..2016-M12), and its 8日当天 figures are December's (the lead's convention:
day-only dates under a dateline take the dateline's month and year).  A day that dates the reporter's hearing (3日,记者
从…获悉,) dates no figure.  Every text is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text,value,period", [
    # a county's bulletin: a running total up to a day of the page's month
    ("临河县环保督察信访件办理情况\n2016-12-10 来源:临河县生态环境局\n截至8日,全县共受理群众举报412件,已办结376件;"
     "8日当天转办38件。\n", 412, "..2016-M12"),
    ("临河县环保督察信访件办理情况\n2016-12-10 来源:临河县生态环境局\n截至8日,全县共受理群众举报412件,已办结376件;"
     "8日当天转办38件。\n", 376, "..2016-M12"),
    ("临河县环保督察信访件办理情况\n2016-12-10 来源:临河县生态环境局\n截至8日,全县共受理群众举报412件,已办结376件;"
     "8日当天转办38件。\n", 38, "2016-M12"),
    # a province's news: a cut-off with its hour, and the day's own figures after it
    ("督察组进驻我省第二周情况\n2017-08-15 09:30 来源:某省人民政府\n截至14日18时,督察组共向我省转办信访件583件。14日当天,"
     "各地责令整改企业21家,立案处罚6家。\n", 583, "..2017-M08"),
    ("督察组进驻我省第二周情况\n2017-08-15 09:30 来源:某省人民政府\n截至14日18时,督察组共向我省转办信访件583件。14日当天,"
     "各地责令整改企业21家,立案处罚6家。\n", 21, "2017-M08"),
    # a city's flood report: two days of the page's month
    ("某市防汛工作通报\n2020年7月12日\n10日至11日,全市平均降雨量86毫米,转移群众2300人。\n", 2300, "2020-M07"),
    # a day after the page's day: the month before
    ("督察进驻情况通报\n2021年5月3日\n截至28日,全省已办结群众举报850件。\n", 850, "..2021-M04"),
    # 当日 opening a page's lead, no other day named before it: the page's day
    ("县环保督察整改工作推进\n发布时间:2019年6月20日\n当日,县督察组共转办举报件17件。\n", 17, "2019-M06"),
    # 截至昨日 in a newspaper's news on the first of a month: the day before the page's, of the month before
    ("全市疫苗接种稳步推进\n2022-03-01\n截至昨日,全市累计接种新冠疫苗52.3万剂次。\n", 52.3, "..2022-M02"),
])
def test_a_day_without_its_month_is_of_the_pages_month(text, value, period):
    assert one(facts_of(text), value).period == period


def test_a_day_to_come_after_the_pages_day_is_of_the_pages_month():
    # (25日,某区将组织… on a page of the 24th: a day to come, not the 25th of the month before)
    fs = facts_of("某区启动绩效督查\n2015-09-24\n25日,某区将组织对62个区直单位开展工作督查。\n")
    assert one(fs, 62).period != "2015-M08"


def test_a_day_that_dates_the_reporters_hearing_dates_no_figure():
    fs = facts_of("某区东山片区改造启动\n2003-05-06\n3日,记者从某区政府获悉,总投资15亿元的东山片区改造工程启动。\n")
    assert one(fs, 15).period == "2003"


def test_a_cut_off_on_the_day_named_before_is_of_that_days_month():
    # an undated bulletin: 9月3日 named in the lead, 截至当日 in the next paragraph is the running total up to that day
    fs = facts_of("督察组向我市交办第十二批群众信访举报件\n\n9月3日,督察组向我市交办第十二批群众信访举报件46件。\n\n"
                  "截至当日,我市已累计收到交办信访件1358件,已办结1012件。\n")
    assert one(fs, 1358).period == "..?-M09"
    assert one(fs, 1012).period == "..?-M09"
