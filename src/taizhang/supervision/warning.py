"""Warning colours (预警): computed from schedule and progress, never typed in.

A pure function of the item's deadline, its milestones, its latest accepted progress and today,
so the same inputs always give the same colour and tests need no database.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

BLUE_DAYS = 7  # "due soon" window

COLOUR_LABELS = {"red": "红色预警(逾期)", "yellow": "黄色预警(滞后序时进度)", "blue": "蓝色预警(临近时限)", "": "正常"}


@dataclass(frozen=True)
class Schedule:
    deadline: date | None
    milestones: tuple[tuple[date, float], ...]  # (due, expected progress %)


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
