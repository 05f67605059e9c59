"""What an inspection or an assessment held on days found is of those days' month, in the lines and sentences after
the lead that dates it too (甲县新签约项目12个 on the line under 8月15日至20日,市督导组…开展督导。; a table of scores
under 县督查室于5月3日—9日…进行了督查考评; 其中,甲镇发现问题5个), whether the page gives its year or not (the lead's
convention of session 27: an event dated to a day is that month, also for the lines that break the event down; session
30: the next sentences that go on reporting it).  A time written between opens another topic; days of two months give
the year; the size of the list checked is the list's year.  Every text is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import periods_of

SUPERVISION_LINES = ("关于全市招商引资工作督导情况的通报\n各县区:\n8月15日至20日,市督导组对各县区招商引资工作开展督导。\n"
                     "甲县新签约项目12个,到位资金23亿元;\n乙县新签约项目9个,到位资金17亿元。\n")
CHECK_NEXT_SENTENCE = ("县人居环境整治检查通报\n发布时间：2023-03-28\n3月25日,县人居环境整治领导小组对全县15个乡镇进行检查。\n"
                       "检查结果如下:甲镇得分92分,乙镇得分90分。共发现问题36个,已交办乡镇整改。\n")
BREAKDOWN_AFTER = ("各乡镇督查情况\n发布时间：2023-06-08\n6月5日,县政府督查室对12个乡镇开展专项督查,发现问题27个,已整改19个。\n"
                   "其中,甲镇发现问题5个,乙镇发现问题4个。\n")
SCORE_TABLE = ("关于各镇重点工作督查考评情况的通报\n发布时间：2023-05-12\n县督查室于5月3日—9日对各镇重点工作进行了督查考评。"
               "现将结果通报如下:\n序号 | 单位 | 得分 | 排名\n1 | 甲镇 | 96.5 | 1\n2 | 乙镇 | 94.2 | 2\n")
ASSESSMENT = ("关于全县环境整治考核评比结果的通报\n9月20日,县考评组对各乡镇环境整治工作进行了考核评比。\n"
              "经综合评定,甲乡得分92.5分,乙乡得分88分,丙乡得分80.5分。\n")


@pytest.mark.parametrize("text,expected", [
    (SUPERVISION_LINES, {12: "?-M08", 23: "?-M08", 9: "?-M08", 17: "?-M08"}),
    (CHECK_NEXT_SENTENCE, {92: "2023-M03", 90: "2023-M03", 36: "2023-M03"}),
    (BREAKDOWN_AFTER, {27: "2023-M06", 5: "2023-M06", 4: "2023-M06"}),
    (SCORE_TABLE, {96.5: "2023-M05", 94.2: "2023-M05"}),
    (SCORE_TABLE.replace("发布时间：2023-05-12\n", ""), {96.5: "?-M05", 94.2: "?-M05"}),
    (ASSESSMENT, {92.5: "?-M09", 88: "?-M09", 80.5: "?-M09"}),
])
def test_what_a_check_held_on_days_found_is_of_their_month_after_its_lead(text, expected):
    assert periods_of(text, expected) == expected


@pytest.mark.parametrize("text,expected", [
    # another time written after the check's sentence: its own topic (guards: as before)
    ("各乡镇督查情况\n发布时间：2023-06-08\n6月5日,县政府督查室对12个乡镇开展专项督查,发现问题27个。今年以来,全县累计"
     "整改问题156个。\n", {27: "2023-M06", 156: "2023"}),
    # days of two months: the year
    ("关于重点工作督查情况的通报\n发布时间：2023-08-10\n7月28日至8月3日,县督查室对各镇重点工作进行了督查。\n"
     "甲镇发现问题6个,乙镇发现问题4个。\n", {6: "2023", 4: "2023"}),
    # the size of the list the check looked at: the list's year; its progress found then: the month
    ("关于重点项目督导情况的通报\n发布时间：2023-10-15\n10月8日至12日,市委督查室对各县区重点项目进行了督导检查。\n"
     "全市共有重点项目86个,已开工78个,开工率90.7%。\n", {86: "2023", 78: "2023-M10", 90.7: "2023-M10"}),
    # a meeting held on a day is no check: the figures after it keep the year
    ("东坪区召开项目推进会\n发布时间：2023-05-10\n5月8日,东坪区召开重点项目推进会。\n全区列入省重点项目12个,"
     "已完成投资14亿元。\n", {12: "2023", 14: "2023"}),
])
def test_a_time_between_days_of_two_months_a_list_size_or_a_meeting_keep_their_time(text, expected):
    assert periods_of(text, expected) == expected
