"""A news round-up set in parts, each opened by a line that is only a place's name, then the part's subtitle (a short
headline: 产业项目扎堆落地) and its photos (图片, a caption …活动现场。): the part's figures are that
place's, through the subtitle and the photos; a subtitle is no heading of another part.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one

_ROUNDUP = ("开工!签约!绵阳各区县项目建设热火朝天\n"
            "春风送暖,绵阳各区县抢抓项目建设,好消息接连不断。\n"
            "涪城区\n"
            "产业项目扎堆落地\n"
            "图片\n"
            "工人在涪城区一处项目工地施工。\n"
            "3月20日上午,涪城区在科创园区举行开工仪式,32个项目同时动工,计划总投资210亿元。\n"
            "其中产业类18个、计划总投资126亿元,民生类9个、计划总投资41亿元。\n"
            "游仙区\n"
            "招商签约再提速\n"
            "图片\n"
            "3月21日,游仙区与16家企业集中签约。\n"
            "签约项目里,先进制造项目7个,协议投资52亿元。\n")


def test_a_places_part_holds_through_its_subtitle_and_photos():
    _, ex = context_of(_ROUNDUP)
    for v in (18, 126, 9, 41):
        assert one(ex.facts, v).subject == "涪城区"
    for v in (7, 52):
        assert one(ex.facts, v).subject == "游仙区"
