"""A progress bulletin's time governs the sets it counts, and a project event's batch is the year's (or the
quarter's its name gives), not the ceremony's month.

- the opening time (截至10月底 / 1至9月 / 前二季度) dates the class sentences after it, counts included
  (工业项目20项,完成投资5亿元: the class as it stands then), and the size of a set counted right before
  (新开工项目45个,计划总投资120亿元); a list the year's plan arranges (安排/列入…) stays the year's;
- 前二季度 is the first half; a month opening its clause before what was done in it (…;5月完成投资400亿元) is
  that month alone inside a bulletin of the months so far;
- a year naming the list (2023年市级重点项目中的…) does not date the figures of a bulletin of 1至8月;
- a groundbreaking's batch (全省560个项目集中开工,总投资…,其中产业类项目300个) reports the quarter its name gives, else
  the year, and the batch's own year plan (年度投资, 年内计划投资) is an actual of that year.

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import facts_of, one, periods_of


def test_a_county_cutoff_bulletin_dates_its_classes():
    text = ("某县重点项目建设进展情况通报\n"
            "发布时间：2024-11-05\n"
            "截至10月底,全县开工建设重点项目88个,完成投资56.3亿元。从类别看,工业项目20项,完成投资5亿元;"
            "农业类项目12项,完成投资2.1亿元。\n")
    got = periods_of(text, (88, 20, 5, 12, 2.1))
    assert got == {88: "..2024-M10", 20: "..2024-M10", 5: "..2024-M10", 12: "..2024-M10", 2.1: "..2024-M10"}


def test_a_district_months_clause_dates_its_count_topic():
    text = ("某区重点项目推进情况\n"
            "发布时间：2022-10-12\n"
            "1至9月,全区42个项目完成投资31.5亿元,同比增长12.1%。\n")
    got = periods_of(text, (42, 31.5))
    assert got == {42: "2022-M01..M09", 31.5: "2022-M01..M09"}


def test_a_set_and_its_size_at_a_cutoff_but_a_planned_list_is_the_years():
    text = ("某市重点项目推进情况\n"
            "发布时间：2023-09-08\n"
            "截止8月底,全市新开工项目45个,计划总投资120亿元。\n"
            "1至8月,全市安排市级重点项目160个,完成投资210亿元。\n")
    got = periods_of(text, (45, 120, 160, 210))
    assert got == {45: "..2023-M08", 120: "..2023-M08", 160: "2023", 210: "2023-M01..M08"}


def test_a_year_naming_the_list_leaves_the_bulletins_months():
    text = ("某市重点项目推进情况\n"
            "发布时间：2023-09-08\n"
            "1至8月,2023年市级重点项目中的156个项目完成投资210.5亿元。其中,2023年省级重点项目32个,"
            "完成投资80.3亿元。\n")
    got = periods_of(text, (156, 210.5, 32, 80.3))
    assert set(got.values()) == {"2023-M01..M08"}


def test_first_two_quarters_and_a_single_month():
    text = ("某市1-5月重点项目进展情况\n"
            "发布时间：2024-06-10\n"
            "1—5月,全市重点项目完成投资1800亿元,完成年度计划的45%;5月完成投资400亿元。\n"
            "前二季度,全市新开工项目120个。\n")
    got = periods_of(text, (1800, 400, 120))
    assert got == {1800: "2024-M01..M05", 400: "2024-M05", 120: "2024-H1"}


def test_a_province_groundbreaking_reports_the_quarter_its_name_gives():
    text = ("某省2024年第一季度重大项目集中开工\n"
            "发布时间：2024-03-12\n"
            "3月12日,全省一季度重大项目集中开工活动举行。全省560个项目集中开工,总投资约2000亿元,"
            "其中产业类项目300个,占53.6%。\n")
    got = periods_of(text, (560, 2000, 300, 53.6))
    assert set(got.values()) == {"2024-Q1"}


def test_a_city_groundbreaking_reports_the_year_and_its_batch_plan():
    text = ("全市重点项目集中开工\n"
            "发布时间：2023-03-02\n"
            "3月1日,全市重点项目集中开工活动举行。本次集中开工的项目共75个,总投资193.9亿元,年度投资86.5亿元。"
            "其中产业类项目44个,总投资131亿元。\n")
    fs = facts_of(text)
    got = {v: (one(fs, v).kind, one(fs, v).period) for v in (75, 193.9, 86.5, 44, 131)}
    assert got == {v: ("actual", "2023") for v in (75, 193.9, 86.5, 44, 131)}
