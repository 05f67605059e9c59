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
