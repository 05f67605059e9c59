"""A project event held on a day (a signing, a groundbreaking, a completion ceremony) dates the event; the batch it
counts is of the day's year, or of the quarter or half the event's name holds (the head's convention of session 32,
read from the gold of real pages; session 27 gave the day's month).  当月 after the event is the day's month; a
meeting's own counts and an inspection's findings keep the day's month.  Every text is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text, expected", [
    # a signing in the lead's own sentence, the page's dateline above it
    ("岚溪县举行重大项目集中签约仪式\n2023-05-12 来源:岚溪县人民政府\n5月10日,岚溪县举行重大项目集中签约仪式,签约项目28个,"
     "总投资96亿元。\n", {28: "2023", 96: "2023"}),
    # the batch taken up by 此次 in the next paragraph, full-width punctuation, a wire's dateline
    ("甲市重点项目集中开工\n甲市日报讯 2024年9月3日上午，甲市举行重点项目集中开工仪式。\n此次集中开工项目41个，总投资132亿元。\n",
     {41: "2024", 132: "2024"}),
    # a completion ceremony on an undated page: the year is unknown, and no month stands for it
    ("10月8日,丙县举行重大项目集中竣工投产仪式。本次集中竣工投产项目12个,总投资27亿元。\n", {12: "?", 27: "?"}),
    # an event named with its year in a forum's post
    ("帖子主题:乙区项目签约\n发表时间:2022-3-12 08:18\n3月11日上午,乙区举行2022年招商引资项目集中签约活动,共签约项目33个,"
     "签约金额80.9亿元。\n", {33: "2022", 80.9: "2022"}),
])
def test_a_project_events_batch_is_of_its_days_year(text, expected):
    assert periods_of(text, expected) == expected


def test_the_month_just_spoken_of_keeps_the_events_month():
    text = ("丁市重大项目集中签约\n发布时间:2022-03-01\n2月28日,丁市举行重大项目集中签约仪式,现场签约项目9个,总金额165亿元。"
            "据悉,该市当月共签约项目12个,签约总金额171亿元,其中20亿元以上项目4个。\n")
    assert periods_of(text, (9, 165, 12, 171, 4)) == {9: "2022", 165: "2022", 12: "2022-M02", 171: "2022-M02",
                                                       4: "2022-M02"}


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
