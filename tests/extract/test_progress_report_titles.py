"""A progress report on key projects that stands without a headline is titled the way such reports are:
〈place〉〈period〉〈the projects〉建设进展情况, a named place first, the whole of a division (全县) after the period, the
projects with the level the opening gives them, the counts and the figures left out.  A lead that reports an event, or
names the projects and says in words how they go, stays the title; a page with a headline keeps it.

Every text is invented for these tests.
"""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text


def _title(text: str):
    r = extract_text(text, "t.txt").record
    return r.title, r.title_derived


@pytest.mark.parametrize("text, title", [
    # the lead states a figure: the gist of the report, not its first figure
    ("三季度,全县17个市重点产业项目到位投资12.6亿元,投资完成率71.3%。\n5个新开工项目中已有4个动工,续建项目推进平稳。\n",
     "三季度全县市重点产业项目建设进展情况"),
    # the level is the title's (市重点项目), the year before the months
    ("2031年1-9月,市重点项目已完成投资96.4亿元,为全年计划的八成。\n截至9月底,新开工的21个项目动工18个。\n",
     "2031年1-9月市重点项目建设进展情况"),
    # a named place heads the title, 重点建设项目 reads 重点项目 before 建设进展情况, months written in figures
    ("前7个月以来,甲岭县委县政府压实专班责任,推动项目早见效。\n今年前7个月,全县38个重点建设项目中开复工的有35个,"
     "投资达9.87亿元。\n", "甲岭县前7个月重点项目建设进展情况"),
])
def test_a_progress_report_without_a_headline_is_titled_as_such_reports_are(text, title):
    assert _title(text) == (title, True)


@pytest.mark.parametrize("text, title", [
    # an event is the title
    ("乙江市重点项目建设观摩推进会在乙江市行政中心举行。会上通报,前三季度全市重点项目投资完成率达74%。\n"
     "前三季度,全市重点项目开复工率达92%。\n", "乙江市重点项目建设观摩推进会举行"),
    # the lead names the projects and how they go, in words
    ("今年以来,丙山区重点项目建设进展顺利、亮点纷呈。\n上半年,全区重点项目投资完成率为58%,比去年同期高6个百分点。\n",
     "丙山区重点项目建设进展顺利、亮点纷呈"),
])
def test_an_event_or_a_worded_lead_stays_the_title(text, title):
    assert _title(text) == (title, True)


def test_a_report_with_a_headline_keeps_it():
    text = ("丁川县上半年项目建设跑出加速度\n上半年,全县26个县重点项目已完成投资18.2亿元,为年计划的六成。\n"
            "其中,新开工项目9个,续建项目17个。\n")
    assert _title(text) == ("丁川县上半年项目建设跑出加速度", False)


def test_a_place_the_gazetteer_lacks_is_taken_as_the_lead_writes_it_before_the_projects():
    text = "1-6月,戊岭县29个重点项目已完成投资7.4亿元,为年度计划的五成。\n下半年将加快续建项目进度。\n"
    assert _title(text) == ("戊岭县1-6月重点项目建设进展情况", True)
