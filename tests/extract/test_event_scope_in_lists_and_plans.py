"""What an event held on a stated day governs (the seed gold's convention: a figure reported of an event held on a
day takes that day's month; the batch's 总投资 is of the year).

1. A batch's classes counted one after another in a list (…具体包括3个水利项目,2个文化旅游项目,6个农村公路工程):
   every class of the list is a part of the batch, not only the first; the class's name stands between the measure
   word and 项目, so the clause counts works though 项目 is not right after the number.
2. A project's year plan written with the year's number in the event's news (总投资40亿元,2031年计划投资9亿元) names
   the plan, as 年度计划投资 does: it opens no topic of its own, and the event still frames the paragraphs after it.
3. A headline counting the works the event started by the event's verb (甲州140个重点项目开工, 集中开工560个大项目)
   counts the event's batch, as a headline naming the event by its noun (活动, 仪式) does.

Every text here is invented for these tests (the places and figures too)."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    # the list's paragraph opens with the year's plan (今年,…): its classes are still the batch's
    ("5月12日,甲县举行2031年第二批次工程集中开工仪式,本批次动工的共28个。\n"
     "今年,甲县共储备工程60个,总投资90亿元。参与本次集中开工的工程当中,续建项目复工11个,新建项目开工17个。"
     "这些项目具体包括6个水利项目,3个文化旅游项目,5个农村公路工程,2个乡村振兴项目。\n",
     {6: "2031-M05", 3: "2031-M05", 5: "2031-M05", 2: "2031-M05"}),
    ("9月3日,乙市2031年三季度集中开工活动于丙区南湖片区举行。\n"
     "今年以来,乙市已谋划项目120个。此次集中开工的共计45个,当中有12个先进制造项目,9个城市更新项目,7个生态修复工程。\n",
     {12: "2031-M09", 9: "2031-M09", 7: "2031-M09"}),
])
def test_every_class_of_a_listed_batch_takes_the_batchs_time(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    ("8月16日,丁省2031年三季度集中开竣工活动举办。此次开竣工的共计410个,总投资2600亿元。\n\n"
     "主会场的某智能装备产业园项目,总投资76亿元,2031年计划投资13亿元。\n\n"
     "戊市有某新材料产业园等38个开竣工,合计总投资约210亿元。其中新开工26项,竣工12项。\n",
     {38: "2031-M08", 210: "2031", 26: "2031-M08", 12: "2031-M08"}),
])
def test_a_years_plan_written_by_its_number_does_not_stop_the_events_frame(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # the headline counts the works by the event's verb after them, with no event noun (活动, 仪式)
    ("甲州140个重点项目开工 总投资260亿元\n"
     "本报讯 7月8日,甲州所辖各县同时举行2031年第三批集中开工仪式,甲州又有140个重点项目开工,计划总投资260.4亿元。\n",
     {140: "2031-M07"}),
    # the headline names the batch by 集中开工 before its count, the lead's event starting and finishing works
    ("乙省集中开工560个大项目\n"
     "11月5日,乙省各市一起举行集中开竣工活动,乙省开工亿元以上项目560个,竣工亿元以上项目310个。\n",
     {560: "?-M11"}),
])
def test_a_headline_counting_the_events_works_takes_the_events_month(text, values):
    from factrun import facts_of
    head = text.index("\n")
    fs = facts_of(text)
    assert {f.value: f.period for f in fs if f.vstart < head and f.value in values} == values
