"""A year written in a batch's name (2031年第一批开复工项目, 2031年全县第二批项目) or in the name of the meeting that
launches it (…2031年第三批项目开工动员会) is the name's, as the time of an event's name is: the batch is counted on the
day the lead writes for its event, so its counts are of that day's month and its 总投资 of the year (the lead's
conventions of sessions 27, 30 and 41; the C1 annotators write the same).  A list named by its year and ordinal that no
event dated to a day launches stays of its year.  Every text is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import facts_of, periods_of

# a county's first batch: the headline and the body name the batch by its year and ordinal, the day is the ceremony's
COUNTY_BATCH = ("青岚县2031年第一批开复工项目31个 合计投资27亿元\n本台消息 3月14日上午,青岚县在城东园区举行开复工仪式。"
                "据县发改局介绍,2031年全县第一批开复工的项目31个,总投资27亿元,涉及工业、水利、民生等行业。\n")
# a province's mobilisation meeting (开工动员会) for its third batch, with the batch's plan for the year
PROVINCE_RALLY = ("南岭省第三批项目开工\n发布时间:2031-06-02\n4月9日,南岭省2031年全省第三批项目开工动员会召开,此次"
                  "集中开工项目517个,总投资5120亿元,今年拟投资1235亿元。其中,单体投资超百亿元的项目7个。\n")
# a city's mobilisation meeting named by its year alone: an event's name (动员会) all the same
CITY_RALLY = ("东坪市项目开工动员会召开\n发布时间:2031-05-08\n5月6日,东坪市2031年重点项目开工动员会召开,此次集中开工项目"
              "64个,总投资388亿元。\n")
# a list published by its year and ordinal, no event dated to a day: the year's list
YEAR_LIST = ("东坪省公布2031年第一批省级重点项目\n发布时间:2031-02-20\n东坪省发展改革委近日印发2031年第一批省级重点项目"
             "名单,共列入项目302个,总投资4130亿元。\n")


@pytest.mark.parametrize("text,expected", [
    (COUNTY_BATCH, {(31, 0): "2031-M03", (31, 1): "2031-M03", (27, 1): "2031"}),
    (PROVINCE_RALLY, {517: "2031-M04", 5120: "2031", 1235: "2031", 7: "2031-M04"}),
    (CITY_RALLY, {64: "2031-M05", 388: "2031"}),
])
def test_a_batch_named_by_its_year_is_counted_in_its_event_days_month(text, expected):
    fs = facts_of(text)
    got = {}
    for key, period in expected.items():
        value, k = key if isinstance(key, tuple) else (key, 0)
        hits = sorted((f for f in fs if f.value == value), key=lambda f: f.vstart)
        assert len(hits) > k, [(f.value, f.period) for f in fs]
        got[key] = hits[k].period
    assert got == expected


def test_a_list_named_by_its_year_and_ordinal_without_an_event_day_stays_of_its_year():
    assert periods_of(YEAR_LIST, (302, 4130)) == {302: "2031", 4130: "2031"}
