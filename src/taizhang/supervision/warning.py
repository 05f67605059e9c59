"""Warning colours (预警): computed from schedule and progress, never typed in.

A pure function of the item's deadline, its milestones, its latest accepted progress and today,
so the same inputs always give the same colour and tests need no database.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

BLUE_DAYS = 7  # "due soon" window

COLOUR_LABELS = {"red": "红色预警(逾期)", "yellow": "黄色预警(滞后序时进度)", "blue": "蓝色预警(临近时限)", "": "正常"}


def expected_progress(milestones: Iterable[tuple[date, float]], today: date) -> float:
    """Progress the schedule expects by `today`: the highest milestone already due (0 if none)."""
    due = [p for d, p in milestones if d <= today]
    return max(due) if due else 0.0


def warning_colour(deadline: date | None, milestones: Iterable[tuple[date, float]], progress: float,
                   today: date, closed: bool = False, blue_days: int = BLUE_DAYS) -> str:
    """'red' overdue, 'yellow' behind its milestones, 'blue' due within `blue_days`, '' otherwise.

    Red wins over yellow over blue: an overdue item is also behind, but the overdue is what matters.
    Closed items and items at 100 % never warn.
    """
    if closed or progress >= 100:
        return ""
    if deadline is not None and today > deadline:
        return "red"
    if progress < expected_progress(milestones, today):
        return "yellow"
    if deadline is not None and (deadline - today).days <= blue_days:
        return "blue"
    return ""


def backward_milestones(start: date, deadline: date, frequency: str = "monthly") -> list[tuple[date, float, str]]:
    """倒排序时: milestones planned backwards from the deadline, one per reporting date, progress rising
    evenly to 100 % on the deadline (a starting point a supervisor then adjusts)."""
    from .rates import due_dates

    if deadline <= start:
        return [(deadline, 100.0, "完成")]
    dates = [d for d in due_dates(frequency, start, deadline) if d < deadline] + [deadline]
    total = (deadline - start).days
    return [(d, 100.0 if d == deadline else round(100 * (d - start).days / total), "完成" if d == deadline else "")
            for d in dates]


# ---- report cycle (每月25日前报送) ------------------------------------------------------------------------------

REPORT_LATE = "report"           # the reminder colour and warning key of a missed report cycle
REPORT_LATE_LABEL = "未按期报送"


def _day_in(year: int, month: int, day: int) -> date:
    import calendar
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def cycle_due(report_day: int | None, frequency: str, today: date) -> tuple[date, date] | None:
    """(the current period's report day, the period's first day) for an item reported 每月D日前 (or each quarter, on
    day D of its first month: 每季度首月D日前 reports the quarter before); None when the item has no report day (its
    reports follow `frequency` alone, which the ranking's timeliness rate counts) or reports weekly."""
    if not report_day or frequency == "weekly":
        return None
    y, m = today.year, today.month
    if frequency == "quarterly":
        m = 3 * ((m - 1) // 3) + 1
    return _day_in(y, m, report_day), date(y, m, 1)


def missed_report(report_day: int | None, frequency: str, report_dates: Iterable[date], today: date,
                  since: date | None = None, closed: bool = False) -> date | None:
    """The report day of this month (quarter) that passed with no report made in the month, or None.

    A report made in the month counts for it, late ones too (after the day: the reminder has done its job).  An item
    assigned after the day, closed, or without a report day is never late."""
    if closed:
        return None
    cycle = cycle_due(report_day, frequency, today)
    if cycle is None:
        return None
    due, start = cycle
    if today <= due or (since is not None and since > due):
        return None
    if any(start <= d <= today for d in report_dates):
        return None
    return due
