"""Which time and which kind a figure takes inside a sentence: items, lists and their progress, plan horizons
(sentences written for these tests; the places are invented)."""
from __future__ import annotations

from factrun import facts_of, one

NOTICE = "岚溪县重点项目督查情况通报\n2024年9月3日\n"


# --------------------------------------------------------------------------- a time inside one item

def test_a_time_inside_an_earlier_item_does_not_reach_the_next():
    fs = facts_of(NOTICE + "一是岚溪大道改造工程完成路基施工,10月份完工;二是城南污水处理厂扩建项目完成主体工程;"
                           "三是打造3个示范点正在招标。\n")
    assert one(fs, 3, "个").period == "2024"


def test_an_expected_time_does_not_reach_across_a_semicolon():
    fs = facts_of(NOTICE + "岚溪大道改造工程完成路基施工,预计10月份完工;城南片区打造3个示范点正在招标。\n")
    assert one(fs, 3, "个").period == "2024"


def test_a_time_opening_the_sentence_frames_every_item():
    fs = facts_of(NOTICE + "1-8月,一是新开工项目12个;二是竣工项目5个。\n")
    assert one(fs, 12).period == one(fs, 5).period == "2024-M01..M08"


def test_a_time_opening_the_sentence_frames_its_semicolon_parts():
    fs = facts_of(NOTICE + "1-8月,全县重点项目完成投资12亿元,增长6%;新开工项目22个。\n")
    assert one(fs, 22).period == "2024-M01..M08"
