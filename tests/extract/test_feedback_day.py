"""A notice on rectification after an inspection dates the day the inspectors handed their findings back (…12月3日向
县委当面反馈了巡察发现的问题): the work it then reports (研究整改4次, 整改举措85条, 已整改到位15个) is done after that day,
over its year, not in the day's month as what a check found is of the days the check was held on.  Every text here
is invented for these tests (the places, dates and figures too)."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    # the inspection's days and the day of the feedback in one sentence, the figures under a heading after it
    ("岚溪县巡察整改落实情况公开\n"
     "按照市委安排,市委第二巡察组于2025年9月8日至10月24日进驻岚溪县开展常规巡察,2025年12月3日向县委当面反馈了巡察"
     "发现的问题。现就整改落实情况公开如下。\n"
     "一、整改工作推进情况\n"
     "县委常委会先后4次专题研究整改工作,制定整改清单,细化整改举措85条。\n",
     {4: "2025", 85: "2025"}),
    # the day of the feedback in a sentence of its own
    ("乙区巡视整改落实情况\n"
     "2024年8月下旬,市委第一巡视组对乙区开展了专项巡视。2024年11月5日,巡视组向乙区委反馈意见。\n"
     "二、问题整改情况\n"
     "对照反馈的22个问题,已整改到位15个,持续整改7个。\n",
     {22: "2024", 15: "2024", 7: "2024"}),
])
def test_the_rectification_after_the_feedback_is_of_the_year(text, values):
    assert periods_of(text, values) == values


def test_the_groups_handing_back_their_findings_are_of_the_year():
    # (the feedback day opens the sentence that counts the groups and the bodies they reported to)
    text = ("丙县巡察反馈会召开\n2026年4月9日\n\n"
            "4月8日,县委3个巡察组分别向18个被巡察党组织反馈了巡察意见。\n")
    assert periods_of(text, (3, 18)) == {3: "2026", 18: "2026"}


def test_the_days_of_a_check_still_date_what_it_found():
    # (the lead dates the check itself: what it found is of the check's month, as before)
    text = ("丁县督查情况通报\n"
            "2026年6月12日至16日,县督查组对全县重点项目推进情况进行了督查。\n"
            "共督查项目32个,发现问题11个。\n")
    assert periods_of(text, (32, 11)) == {32: "2026-M06", 11: "2026-M06"}
