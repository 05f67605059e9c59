"""Deadlines as offices write them: dates, report cycles, ongoing work, immediate work; the wording is kept."""
from __future__ import annotations

import datetime as dt

import pytest

from taizhang.supervision.deadlines import parse_deadline, year_of_title

D = dt.date
TODAY = D(2024, 3, 1)


@pytest.mark.parametrize("text,year,expected,assumed", [
    ("2023年12月底前", None, D(2023, 12, 31), False),
    ("2023年12月31日前", None, D(2023, 12, 31), False),
    ("2023.9", None, D(2023, 9, 30), False),
    ("2023-06-15", None, D(2023, 6, 15), False),
    ("6月30日", 2023, D(2023, 6, 30), True),
    ("6月30日前完成", 2023, D(2023, 6, 30), True),
    ("上半年", 2023, D(2023, 6, 30), True),
    ("2024年上半年", 2023, D(2024, 6, 30), False),
    ("三季度", 2023, D(2023, 9, 30), True),
    ("第一季度末", 2023, D(2023, 3, 31), True),
    ("年底前", 2023, D(2023, 12, 31), True),
    ("十月底", 2023, D(2023, 10, 31), True),
    ("11月中旬", 2023, D(2023, 11, 20), True),
    ("2025年", None, D(2025, 12, 31), False),
    ("2023-2025年", None, D(2025, 12, 31), False),
    ("3月底前完成设计，12月底前主体完工", 2023, D(2023, 12, 31), True),
    ("2024年3月底前完成设计，9月底前完工", 2023, D(2024, 9, 30), False),
])
def test_fixed_dates(text, year, expected, assumed):
    d = parse_deadline(text, year, TODAY)
    assert (d.kind, d.date, d.year_assumed) == ("fixed", expected, assumed)
    assert d.text == text


def test_year_of_the_sheet_when_none_written():
    assert year_of_title("", "某县2023年政府工作报告重点工作任务分解表") == 2023
    assert year_of_title("Sheet1") is None
    assert parse_deadline("6月30日", None, TODAY).date == D(2024, 6, 30)   # no year anywhere: this year


def test_recurring_cycle():
    d = parse_deadline("每月25日前", 2023, TODAY)
    assert (d.kind, d.cycle, d.day, d.date) == ("recurring", "monthly", 25, None)
    assert parse_deadline("每季度末报送", 2023, TODAY).cycle == "quarterly"
    assert "每月" in d.describe()


@pytest.mark.parametrize("text", ["长期坚持", "持续整改", "持续推进", "常态化推进"])
def test_ongoing_means_no_fixed_date_but_reports(text):
    d = parse_deadline(text, 2023, TODAY)
    assert (d.kind, d.date, d.cycle) == ("ongoing", None, "monthly")


@pytest.mark.parametrize("text", ["立即办理", "立行立改", "立即整改"])
def test_immediate_gets_the_office_default(text):
    assert parse_deadline(text, 2023, TODAY).date == TODAY + dt.timedelta(days=15)
    assert parse_deadline(text, 2023, TODAY, immediate_days=7).date == D(2024, 3, 8)


def test_immediate_days_from_settings(settings):
    settings.TAIZHANG_IMMEDIATE_DAYS = 3
    assert parse_deadline("立即办理", 2023, TODAY).date == D(2024, 3, 4)


def test_unknown_wording_is_kept():
    d = parse_deadline("待上级通知", 2023, TODAY)
    assert (d.kind, d.date, d.text) == ("unknown", None, "待上级通知")
    assert parse_deadline(None).kind == "" and parse_deadline(dt.datetime(2023, 5, 6)).date == D(2023, 5, 6)


def test_more_office_wordings():
    assert parse_deadline("常年坚持", 2023, TODAY).kind == "ongoing"
    d = parse_deadline("按月报送", 2023, TODAY)
    assert (d.kind, d.cycle) == ("recurring", "monthly")


def test_a_percentage_under_100_is_not_finished():
    from taizhang.supervision.importer.cells import parse_status
    assert parse_status("已完成80%") == "in_progress"
    assert parse_status("已完成") == "closed"
