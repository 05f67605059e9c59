"""Rates and rankings: pure functions over plain facts, so every number can be recomputed by hand.

Definitions (as of a date `as_of`; an item counts once it is assigned):
- schedule rate     = items on schedule (closed, or not overdue and at or above their milestones' expected
                      progress, 序时进度) / items assigned — 745 set, 689 on schedule → 689/745 = 92.5 %
- on-time rate      = items closed on or before their deadline / items whose deadline has passed or which closed
- report timeliness = reporting due dates met (a report in the window ending on that date) / due dates elapsed
- rectification rate = findings closed (verified) by as_of / findings recorded by as_of
- completion rate   = items closed / items assigned (shown, not scored: an item not yet due is not a failure)
- score = weighted mean of the defined rates (weights below), times 100; a rate with no denominator is left out
  and its weight shared among the others, so a unit is neither rewarded nor punished for having nothing to do.

Fairness: every unit with assigned items has a schedule rate, and a red (overdue) or yellow item is never on
schedule, so a unit with a red item scores below 100 while a unit with nothing wrong scores exactly 100 — it can
never rank below one with a red item (tests/supervision/test_rates.py checks this on random units).
"""
from __future__ import annotations

import calendar
import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Hashable, Iterable

WEIGHTS = {"schedule": 0.4, "on_time": 0.3, "timeliness": 0.2, "rectification": 0.1}
RATE_LABELS = {"schedule": "序时推进率", "on_time": "按时完成率", "timeliness": "报送及时率", "rectification": "整改率",
               "completion": "办结率"}
RATE_DEFINITIONS = {
    "schedule": "按序时进度推进的事项(已办结,或未逾期且完成率不低于节点序时进度)÷ 已交办事项",
    "on_time": "按期办结的事项 ÷ 已到期或已办结的事项",
    "timeliness": "按时报送的期数 ÷ 应报送的期数",
    "rectification": "已整改销号的问题 ÷ 督查发现的问题",
    "completion": "已办结事项 ÷ 已交办事项(仅展示,不计分:未到期的事项不算未完成)",
}
FORMULA = ("综合得分 = 100 × (0.4×序时推进率 + 0.3×按时完成率 + 0.2×报送及时率 + 0.1×整改率) ÷ 有效权重之和"
           "(无分母的指标不计,其余权重按比例放大);第一方阵 = 排名前三分之一(向上取整)")
TOP_SHARE = 1 / 3


@dataclass(frozen=True)
class ItemFacts:
    item_id: int
    unit_id: Hashable | None
    assigned_on: date | None
    deadline: date | None
    closed_on: date | None = None
    frequency: str = "monthly"
    report_dates: tuple[date, ...] = ()
    kind: str = "task"
    milestones: tuple[tuple[date, float], ...] = ()      # (due, expected progress %)
    progress_log: tuple[tuple[date, float], ...] = ()    # (day, progress % from that day on), in time order


@dataclass(frozen=True)
class FindingFacts:
    unit_id: Hashable
    found_on: date
    closed_on: date | None = None


@dataclass(frozen=True)
class Ratio:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def __str__(self) -> str:
        v = self.value
        return "—" if v is None else f"{self.numerator}/{self.denominator} = {v * 100:.1f}%"


@dataclass(frozen=True)
class UnitRates:
    unit_id: Hashable
    completion: Ratio
    on_time: Ratio
    timeliness: Ratio
    rectification: Ratio
    schedule: Ratio = Ratio(0, 0)

    @property
    def score(self) -> float:
        return score(self)


@dataclass(frozen=True)
class RankRow:
    rank: int
    unit_id: Hashable
    score: float
    top_tier: bool
    previous_rank: int | None = None
    rates: UnitRates | None = field(default=None, compare=False)

    @property
    def movement(self) -> int | None:
        """Places gained since the previous period (positive = moved up)."""
        return None if self.previous_rank is None else self.previous_rank - self.rank


# ---- calendar helpers -------------------------------------------------------------------------------------

def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    first = 3 * (quarter - 1) + 1
    return date(year, first, 1), month_end(year, first + 2)


def due_dates(frequency: str, start: date, end: date) -> list[date]:
    """Reporting due dates in (start, end]: weekly = Fridays, half-monthly = 15th and month end,
    monthly = month end, quarterly = quarter end."""
    out: list[date] = []
    if end <= start:
        return out
    if frequency == "weekly":
        d = start + timedelta(days=(4 - start.weekday()) % 7 or 7)
        while d <= end:
            out.append(d)
            d += timedelta(days=7)
        return out
    y, m = start.year, start.month
    while date(y, m, 1) <= end:
        candidates = [month_end(y, m)]
        if frequency == "half_monthly":
            candidates.insert(0, date(y, m, 15))
        elif frequency == "quarterly" and m % 3:
            candidates = []
        out.extend(d for d in candidates if start < d <= end)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# ---- the rates ----------------------------------------------------------------------------------------------

def _assigned(items: Iterable[ItemFacts], as_of: date) -> list[ItemFacts]:
    return [i for i in items if i.assigned_on is not None and i.assigned_on <= as_of]


def completion_rate(items: Iterable[ItemFacts], as_of: date) -> Ratio:
    its = _assigned(items, as_of)
    return Ratio(sum(1 for i in its if i.closed_on is not None and i.closed_on <= as_of), len(its))


def progress_on(i: ItemFacts, day: date) -> float:
    """The item's progress as it stood on `day` (the last logged value on or before it; 0 before any)."""
    value = 0.0
    for d, p in i.progress_log:
        if d <= day:
            value = p
    return value


def on_schedule(i: ItemFacts, as_of: date) -> bool:
    """Closed by as_of, at 100 %, or neither overdue (red) nor behind its milestones (yellow) on that day — the
    same rule as the warning colours (warning.py), so a green item is always on schedule."""
    if i.closed_on is not None and i.closed_on <= as_of:
        return True
    if progress_on(i, as_of) >= 100:
        return True
    if i.deadline is not None and as_of > i.deadline:
        return False
    due = [p for d, p in i.milestones if d <= as_of]
    return progress_on(i, as_of) >= (max(due) if due else 0.0)


def schedule_rate(items: Iterable[ItemFacts], as_of: date) -> Ratio:
    its = _assigned(items, as_of)
    return Ratio(sum(1 for i in its if on_schedule(i, as_of)), len(its))


def on_time_rate(items: Iterable[ItemFacts], as_of: date) -> Ratio:
    its = _assigned(items, as_of)
    closed = lambda i: i.closed_on is not None and i.closed_on <= as_of  # noqa: E731
    due = [i for i in its if closed(i) or (i.deadline is not None and i.deadline < as_of)]
    ok = [i for i in due if closed(i) and (i.deadline is None or i.closed_on <= i.deadline)]
    return Ratio(len(ok), len(due))


def report_timeliness(items: Iterable[ItemFacts], as_of: date) -> Ratio:
    met = expected = 0
    for i in _assigned(items, as_of):
        end = min(as_of, i.closed_on) if i.closed_on else as_of
        previous = i.assigned_on - timedelta(days=1)
        for d in due_dates(i.frequency, i.assigned_on, end):
            expected += 1
            if any(previous < r <= d for r in i.report_dates):
                met += 1
            previous = d
    return Ratio(met, expected)


def rectification_rate(findings: Iterable[FindingFacts], as_of: date) -> Ratio:
    fs = [f for f in findings if f.found_on <= as_of]
    return Ratio(sum(1 for f in fs if f.closed_on is not None and f.closed_on <= as_of), len(fs))


def score(r: UnitRates) -> float:
    parts = [(WEIGHTS[k], getattr(r, k).value) for k in WEIGHTS]
    defined = [(w, v) for w, v in parts if v is not None]
    total = sum(w for w, _ in defined)
    return round(100 * sum(w * v for w, v in defined) / total, 2) if total else 0.0


def unit_rates(items: Iterable[ItemFacts], findings: Iterable[FindingFacts], as_of: date,
               group: Callable[[Hashable], Hashable] = lambda u: u) -> dict[Hashable, UnitRates]:
    """Rates per group of lead units (group=identity: per unit; group=region_of: per region)."""
    by_items: dict[Hashable, list[ItemFacts]] = {}
    by_findings: dict[Hashable, list[FindingFacts]] = {}
    for i in items:
        if i.unit_id is not None:
            by_items.setdefault(group(i.unit_id), []).append(i)
    for f in findings:
        by_findings.setdefault(group(f.unit_id), []).append(f)
    out = {}
    for g in sorted(set(by_items) | set(by_findings), key=str):
        its, fs = by_items.get(g, []), by_findings.get(g, [])
        out[g] = UnitRates(g, completion_rate(its, as_of), on_time_rate(its, as_of),
                           report_timeliness(its, as_of), rectification_rate(fs, as_of), schedule_rate(its, as_of))
    return out


def ranking(rates: dict[Hashable, UnitRates], previous: dict[Hashable, int] | None = None,
            top_share: float = TOP_SHARE) -> list[RankRow]:
    """Order by score (ties share a rank: 1, 1, 3); the first ceil(n × top_share) places are the top tier."""
    defined = [r for r in rates.values() if any(getattr(r, k).denominator for k in WEIGHTS)]  # nothing to rank on
    ordered = sorted(defined, key=lambda r: (-r.score, str(r.unit_id)))
    top_places = math.ceil(len(ordered) * top_share)
    rows: list[RankRow] = []
    for pos, r in enumerate(ordered, start=1):
        rank = rows[-1].rank if rows and rows[-1].score == r.score else pos
        rows.append(RankRow(rank, r.unit_id, r.score, rank <= top_places,
                            (previous or {}).get(r.unit_id), r))
    return rows


def worked_score(r: UnitRates) -> str:
    """The score written out with this unit's own numbers, e.g.
    100 × (0.4×92.5% + 0.3×…) ÷ 0.9 = 88.1 — the rates with no denominator are named as left out."""
    used = [(k, WEIGHTS[k], getattr(r, k)) for k in WEIGHTS if getattr(r, k).value is not None]
    left = [RATE_LABELS[k] for k in WEIGHTS if getattr(r, k).value is None]
    if not used:
        return "无可计分指标"
    total = sum(w for _, w, _ in used)
    terms = " + ".join(f"{w:g}×{ratio.value * 100:.1f}%" for _, w, ratio in used)
    text = f"100 × ({terms}) ÷ {total:g} = {score(r):.2f}"
    return text + (f"(不计:{'、'.join(left)})" if left else "")


EXAMPLE = ("例:已交办 745 项,其中 689 项按序时进度推进 → 序时推进率 = 689 ÷ 745 = 92.5%;"
           "若该单位没有到期事项、也没有督查问题,按时完成率和整改率无分母不计,"
           "只剩序时推进率(0.4)和报送及时率(0.2),权重之和 0.6。")


def dispatch_list(rows: Iterable[tuple[object, str]]) -> list[tuple[object, str]]:
    """Monthly dispatch (月度调度): the red then yellow items among (item, colour) pairs."""
    order = {"red": 0, "yellow": 1}
    return sorted((r for r in rows if r[1] in order), key=lambda r: order[r[1]])


def project_review_list(items: Iterable[ItemFacts], year: int, quarter: int) -> list[ItemFacts]:
    """Quarterly project review (季度观摩): projects assigned by the quarter's end and still open at its start."""
    start, end = quarter_bounds(year, quarter)
    return [i for i in items if i.kind == "project" and i.assigned_on is not None and i.assigned_on <= end
            and (i.closed_on is None or i.closed_on >= start)]


def rollup(children: Iterable[tuple[float, float]]) -> float:
    """A parent's progress from its children's (weight, progress) pairs: the weighted mean."""
    pairs = [(w, p) for w, p in children if w > 0]
    total = sum(w for w, _ in pairs)
    return round(sum(w * p for w, p in pairs) / total, 1) if total else 0.0
