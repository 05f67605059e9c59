"""What a project event counts (本次集中开工项目25个) holds in the event's month only when the text states no time of its
own; a batch named by its quarter or half in the title or lead keeps that time.  Every text is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import context_of, one


@pytest.mark.parametrize("text,value,period", [
    # a quarter's batch named in the title, held on a day of November: the stated quarter
    ("岚溪县2026年第四季度重大项目集中开工\n11月18日,岚溪县2026年第四季度重大项目集中开工活动在工业园区举行。本次集中开工项目"
     "共25个,总投资48亿元。\n", 25, "2026-Q4"),
    # the lead states the quarter of the batch; a breakdown after 本次… keeps it, whatever the page's day
    ("岚溪县重大项目集中开工活动举行\n2026-11-18 来源:岚溪县融媒体中心\n今年第四季度,岚溪县集中开工重大项目25个,总投资48亿元。"
     "本次集中开工项目涵盖工业、基础设施、民生等领域,其中工业项目12个。\n", 12, "2026-Q4"),
    # a half's batch in the title, full-width punctuation, held in May
    ("青川市2026年上半年重大项目集中签约\n5月20日，青川市举行2026年上半年重大项目集中签约仪式。本次共签约项目18个，签约金额126亿元。\n",
     18, "2026-H1"),
    # no time stated but the day: the year of the day (the batch is the year's starts)
    ("河口县举行重大项目集中开工活动\n2026年3月8日,河口县举行重大项目集中开工活动。本次集中开工项目12个,总投资30亿元。\n",
     12, "2026"),
    # a news page whose lead names the day and a signing in the batch's own sentence, no other time: the year of the
    # day, as in an earlier sentence (the lead's convention of session 21: never the day's month)
    ("东坪镇招商引资签约仪式举行\n2026年9月26日,东坪镇招商引资项目集中签约仪式举行,现场签约项目6个,协议投资15亿元。\n",
     6, "2026"),
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
    assert one(ex.facts, 14).period == one(ex.facts, 18.4).period == "2025-M05"
    assert one(ex.facts, 7.2).period == "2025"
