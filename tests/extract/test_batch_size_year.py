"""The 总投资 of an event's batch is the size of the works over their life, of the year (the lead's ruling of session
41), also when the event names its batch by a quarter (甲省某年第三季度集中开工…, 举行二季度…集中开工仪式): so is the
size of the batch's parts later in the paragraph; the counts keep the quarter, and a quarter's report with no event in
view keeps the quarter for the size too (sentences written for these tests; the places are invented)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_quarters_batch_named_by_its_event_has_its_size_in_the_year():
    fs = facts_of("岚州省重大项目建设动态\n发布时间:2031-08-20\n"
                  "岚州省2031年第三季度集中开工215个项目,这批项目总投资约640亿元。其中,青川市落地40个,总投资约120亿元;"
                  "白河市落地31个,总投资约77亿元。\n")
    for v in (640, 120, 77):
        assert one(fs, v).period == "2031", v
    for v in (215, 40, 31):
        assert one(fs, v).period == "2031-Q3", v


def test_a_quarters_ceremony_held_and_its_batch_size():
    fs = facts_of("岚州省项目建设快讯\n发布时间:2031-05-20\n"
                  "4月16日,岚州省在青川市举行二季度项目集中开工仪式,全省二季度开工项目530个,总投资1280亿元。\n")
    assert one(fs, 1280).period == "2031"


def test_a_quarters_report_with_no_event_keeps_the_quarter():
    fs = facts_of("岚溪县项目建设情况\n发布时间:2031-10-12\n三季度,岚溪县新开工项目18个,总投资52亿元。\n")
    assert one(fs, 52).period == "2031-Q3"
