"""The year's running total so far (年度累计, 今年累计) and how far the year's plan has got (年度计划投资进度) are as of the
time the report states, not the whole year (sentences written for these tests; the places are invented)."""
from __future__ import annotations

from factrun import facts_of, one

from taizhang.extract.periods import find_periods


# --------------------------------------------------------------------------- the year's total so far

def test_the_years_running_total_is_of_the_span_reported():
    fs = facts_of("岚溪县重点项目推进情况\n\n"
                  "1—2月,全县200个重点项目已开工153个、开工率76.5%,年度累计完成投资45.7亿元、占年度计划的14.2%。\n")
    assert one(fs, 45.7).period == one(fs, 14.2).period == "?-M01..M02"


def test_the_years_running_total_in_a_later_paragraph_of_a_quarters_report():
    fs = facts_of("青川市重点项目一季度进展\n2030年4月8日\n"
                  "一季度,全市重点项目建设开局良好。\n"
                  "全市本年度累计完成投资88亿元,占年度计划的21%。\n")
    assert one(fs, 88).period == one(fs, 21).period == "2030-Q1"


def test_how_far_the_years_plan_has_got_is_of_the_span():
    fs = facts_of("丁市重点项目推进情况\n\n前三季度,该项目已累计完成投资18亿元,年度计划投资进度达96%。\n")
    assert one(fs, 96).period == one(fs, 18).period == "?-M01..M09"


def test_the_whole_years_total_stays_the_year():
    p = [x for x in find_periods("全年累计完成投资120亿元", 2030) if x.text == "全年"]
    assert p and (p[0].period, p[0].role) == ("2030", "point")
    so_far = [x for x in find_periods("年度累计完成投资120亿元", 2030) if x.text == "年度"]
    assert so_far and so_far[0].role == "status"


def test_a_towns_total_so_far_under_a_cutoff_paragraph():
    fs = facts_of("白石镇招商引资工作进展\n2030年9月5日\n截至8月底,白石镇招商引资工作稳步推进。\n"
                  "全镇今年累计新增市场主体320户,签约项目12个。\n")
    assert one(fs, 320).period == one(fs, 12).period == "..2030-M08"
