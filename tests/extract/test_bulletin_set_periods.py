"""A progress bulletin's time governs what was done in it, the year the lists it reports on; a project event's batch is
of the quarter its name gives, else of the month of the day it was held (the lead's convention of session 27).

- the size of a plan's list of projects, or of a class of it, takes the list's year whatever cut-off or months the
  bulletin reports (35个市级重点项目开复工32个 / 在68个重点推进项目中 / 预备项目18项、总投资108亿元 / 2023年市级
  重点项目中的156个项目): 35, 68, 18 and 108 are the year's; but a bare count of works heading a clause that tells
  what they did in the bulletin's time (1至9月,全区42个项目完成投资…) is of that time (the lead's ruling of session
  35, as four spent sets of five read it);
- a count of what projects did or how they stand in that time, written after its deed or state (开复工32个, 已开工45个,
  新开工项目45个, 在建项目, 竣工项目8个), and the size of such a set counted right before it (新开工项目45个,计划总投资
  120亿元), take the bulletin's time, as the money done does; the classes a breakdown opening the next sentence
  (其中, / 从类别看,) lists take the time of the whole it breaks down;
- 1—12月 of a year is that year;
- 前二季度 is the first half; a month opening its clause before what was done in it (…;5月完成投资400亿元) is
  that month alone inside a bulletin of the months so far;
- a year naming the list (2023年市级重点项目中的…) does not date the work of a bulletin of 1至8月;
- a groundbreaking's batch (全省560个项目集中开工,总投资…,其中产业类项目300个) reports the quarter its name gives, else
  the month of its day, and the batch's own year plan (年度投资, 年内计划投资) is an actual of that year.

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


def test_a_district_months_clause_dates_the_work_of_its_list():
    text = ("某区重点项目推进情况\n"
            "发布时间：2022-10-12\n"
            "1至9月,全区42个项目完成投资31.5亿元,同比增长12.1%。\n")
    got = periods_of(text, (42, 31.5))
    assert got == {42: "2022-M01..M09", 31.5: "2022-M01..M09"}  # the works that did it then (test_time_spans)


def test_a_set_and_its_size_at_a_cutoff_but_a_planned_list_is_the_years():
    text = ("某市重点项目推进情况\n"
            "发布时间：2023-09-08\n"
            "截止8月底,全市新开工项目45个,计划总投资120亿元。\n"
            "1至8月,全市安排市级重点项目160个,完成投资210亿元。\n")
    got = periods_of(text, (45, 120, 160, 210))
    assert got == {45: "..2023-M08", 120: "..2023-M08", 160: "2023", 210: "2023-M01..M08"}


def test_a_year_naming_the_list_leaves_the_bulletins_months_to_its_work():
    text = ("某市重点项目推进情况\n"
            "发布时间：2023-09-08\n"
            "1至8月,2023年市级重点项目中的156个项目完成投资210.5亿元。其中,2023年省级重点项目32个,"
            "完成投资80.3亿元。\n")
    got = periods_of(text, (156, 210.5, 32, 80.3))
    assert got == {156: "2023", 210.5: "2023-M01..M08", 32: "2023", 80.3: "2023-M01..M08"}


def test_first_two_quarters_and_a_single_month():
    text = ("某市1-5月重点项目进展情况\n"
            "发布时间：2024-06-10\n"
            "1—5月,全市重点项目完成投资1800亿元,完成年度计划的45%;5月完成投资400亿元。\n"
            "前二季度,全市新开工项目120个。\n")
    got = periods_of(text, (1800, 400, 120))
    assert got == {1800: "2024-M01..M05", 400: "2024-M05", 120: "2024-H1"}


def test_a_province_groundbreaking_dated_to_a_day_reports_the_days_month():
    text = ("某省2024年第一季度重大项目集中开工\n"
            "发布时间：2024-03-12\n"
            "3月12日,全省一季度重大项目集中开工活动举行。全省560个项目集中开工,总投资约2000亿元,"
            "其中产业类项目300个,占53.6%。\n")
    got = periods_of(text, (560, 2000, 300, 53.6))
    assert got == {560: "2024-M03", 2000: "2024", 300: "2024-M03", 53.6: "2024-M03"}  # (总投资: the day's year, the lead's ruling of session 41)
    assert set(got.values()) - {"2024"} == {"2024-M03"}  # (the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a quarter or half; it was the quarter)


def test_a_city_groundbreaking_reports_the_days_month_and_its_batch_plan_the_year():
    # (the lead's convention of session 27, ruled again in session 41: an event dated to a day is of that day's month;
    # its batch's year plan (年度投资) stays the year's, a target: session 33)
    text = ("全市重点项目集中开工\n"
            "发布时间：2023-03-02\n"
            "3月1日,全市重点项目集中开工活动举行。本次集中开工的项目共75个,总投资193.9亿元,年度投资86.5亿元。"
            "其中产业类项目44个,总投资131亿元。\n")
    fs = facts_of(text)
    got = {v: (one(fs, v).kind, one(fs, v).period) for v in (75, 193.9, 86.5, 44, 131)}
    assert got == {75: ("actual", "2023-M03"), 193.9: ("actual", "2023"), 86.5: ("target", "2023"),
                   44: ("actual", "2023-M03"), 131: ("actual", "2023")}  # (总投资: the day's year, session 41)


def test_a_list_and_what_it_started_in_a_half_year():
    text = ("某市上半年重点项目推进情况\n"
            "发布时间：2024-07-10\n"
            "1-6月，35个市级重点项目开复工32个、开复工率91.4%，完成投资88.6亿元，占年度计划的52%。\n")
    got = periods_of(text, (35, 32, 91.4, 88.6, 52))
    assert got == {35: "2024", 32: "2024-M01..M06", 91.4: "2024-M01..M06", 88.6: "2024-M01..M06",
                   52: "2024-M01..M06"}


def test_a_supervision_notice_counts_the_started_of_its_list():
    text = ("关于1-4月重点项目推进情况的督查通报\n"
            "发布时间：2025-05-09\n"
            "在68个重点推进项目中，已开工45个，完成投资20.1亿元。\n")
    got = periods_of(text, (68, 45, 20.1))
    assert got == {68: "2025", 45: "2025-M01..M04", 20.1: "2025-M01..M04"}


def test_a_province_list_a_reserve_list_and_the_new_starts_of_the_half():
    text = ("某省上半年省重点项目建设情况\n"
            "发布时间：2023-07-18\n"
            "1-6月，全省700个省重点项目完成投资3912亿元，完成年度计划的58.6%。新开工项目145个、计划总投资820亿元，"
            "竣工项目28个。预备项目18项、总投资108亿元。\n")
    got = periods_of(text, (700, 3912, 58.6, 145, 820, 28, 18, 108))
    assert got == {700: "2023-M01..M06", 3912: "2023-M01..M06", 58.6: "2023-M01..M06", 145: "2023-M01..M06",
                   820: "2023-M01..M06", 28: "2023-M01..M06", 18: "2023", 108: "2023"}


def test_the_classes_of_what_was_started_and_of_the_list():
    text = ("某县1-9月项目建设进展\n"
            "发布时间：2024-10-11\n"
            "1至9月，全县新开工项目45个，完成投资12亿元。从类别看，工业项目20项，完成投资5亿元。\n"
            "全县重点项目60个，完成投资40亿元。其中，产业项目30个，完成投资25亿元。\n")
    got = periods_of(text, (45, 20, 5, 60, 30, 25))
    assert got == {45: "2024-M01..M09", 20: "2024-M01..M09", 5: "2024-M01..M09", 60: "2024", 30: "2024",
                   25: "2024-M01..M09"}


def test_all_twelve_months_are_the_year():
    text = ("某市重点项目建设情况\n"
            "发布时间：2020-01-21\n"
            "2019年1—12月，全市重点项目完成投资560亿元，同比增长9%，完成年度计划的112%。\n")
    assert set(periods_of(text, (560, 9, 112)).values()) == {"2019"}
    text = ("某县统计月报\n"
            "发布时间：2024-01-25\n"
            "1-12月份，全县规模以上工业增加值增长7.2%。\n")
    assert periods_of(text, (7.2,)) == {7.2: "2023"}


def test_a_breakdown_pairs_each_class_with_the_whole_of_its_kind():
    # the whole sentence counts the list and what of it started; each class does the same: the class's size is of
    # the list (the year), its starts of the half; a count by where work stands is of the half too
    text = ("某县上半年重点项目督查通报\n"
            "发布时间：2023-07-06\n"
            "1-6月份，全县48个重点项目，已开工建设30个，开工率62.5%。其中：工业项目12个，已开工建设9个；"
            "城建项目20个，已开工建设11个。达到序时进度的项目25个。\n")
    got = periods_of(text, (48, 30, 62.5, 12, 9, 20, 11, 25))
    assert got == {48: "2023", 30: "2023-M01..M06", 62.5: "2023-M01..M06", 12: "2023", 9: "2023-M01..M06",
                   20: "2023", 11: "2023-M01..M06", 25: "2023-M01..M06"}


def test_the_size_of_the_new_starts_named_in_its_own_clause():
    text = ("某省1-9月投资运行情况\n"
            "发布时间：2022-10-20\n"
            "1-9月，全省新开工项目1200个，同比增加150个。新开工项目计划总投资3600亿元，同比增长12.5%。\n")
    got = periods_of(text, (1200, 3600, 12.5))
    assert got == {1200: "2022-M01..M09", 3600: "2022-M01..M09", 12.5: "2022-M01..M09"}


def test_the_starts_counted_after_a_planned_list_in_one_clause():
    text = ("某市重点项目上半年进展\n"
            "发布时间：2022-07-14\n"
            "1-6月，全市重点项目完成投资86亿元。120个年度计划新开工项目实际开工96个，开工率80%。\n")
    got = periods_of(text, (86, 96, 80))
    assert got == {86: "2022-M01..M06", 96: "2022-M01..M06", 80: "2022-M01..M06"}
