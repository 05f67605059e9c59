"""From the database to the pure rate functions: facts, monthly rankings, dispatch and review lists."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet
from django.utils import timezone

from . import rates
from .models import Finding, Item, Unit
from .services import colour_of


def _local_date(dt) -> date | None:
    return timezone.localtime(dt).date() if dt else None


def progress_log(item: Item) -> tuple[tuple[date, float], ...]:
    """(day, progress) each time the item's progress changed, read from its audit trail (which records every
    accepted report, accepted proposal and roll-up); an item written without audit keeps its current value."""
    log = []
    for h in item.history.all():
        after = h.after or {}
        if h.object_id == str(item.pk) and "progress" in after and h.content_type_id == _item_type_id():
            log.append((_local_date(h.at), float(after["progress"] or 0)))
    return tuple(log) if log else ((date.min, item.progress),)


def _item_type_id() -> int:
    from django.contrib.contenttypes.models import ContentType
    return ContentType.objects.get_for_model(Item).id


def item_facts(items: QuerySet[Item]) -> list[rates.ItemFacts]:
    """The rate inputs of ``items``, read as plain values with one query per table: model objects with their
    reports, milestones and audit trail prefetched took half a second for 2,000 items, and the ranking is worked
    out again on every change of its data (ranking_cache)."""
    from collections import defaultdict

    from .models import AuditEntry, Milestone, ProgressReport
    ids = items.values("id")
    reports: dict[int, list] = defaultdict(list)
    for item_id, unit_id, at in ProgressReport.objects.filter(item_id__in=ids).values_list("item_id", "unit_id",
                                                                                          "submitted_at"):
        reports[item_id].append((unit_id, at))
    milestones: dict[int, list] = defaultdict(list)
    for item_id, due, expected in (Milestone.objects.filter(item_id__in=ids).order_by("due", "id")
                                   .values_list("item_id", "due", "expected_progress")):
        milestones[item_id].append((due, expected))
    logs: dict[int, list] = defaultdict(list)
    for item_id, object_id, at, after in (AuditEntry.objects.filter(item_id__in=ids, content_type_id=_item_type_id())
                                          .order_by("at", "id").values_list("item_id", "object_id", "at", "after")):
        after = after or {}
        if object_id == str(item_id) and "progress" in after:
            logs[item_id].append((_local_date(at), float(after["progress"] or 0)))
    out = []
    for (pk, unit_id, assigned_at, deadline, closed_at, status, frequency, kind, progress) in items.values_list(
            "id", "lead_unit_id", "assigned_at", "deadline", "closed_at", "status", "frequency", "kind", "progress"):
        out.append(rates.ItemFacts(
            item_id=pk, unit_id=unit_id, assigned_on=_local_date(assigned_at), deadline=deadline,
            closed_on=_local_date(closed_at) if status == "closed" else None, frequency=frequency,
            report_dates=tuple(sorted(_local_date(at) for u, at in reports[pk] if u == unit_id)),
            kind=kind, milestones=tuple(milestones[pk]),
            progress_log=tuple(logs[pk]) if logs[pk] else ((date.min, progress),)))
    return out


def finding_facts(findings: QuerySet[Finding]) -> list[rates.FindingFacts]:
    return [rates.FindingFacts(f.unit_id, _local_date(f.found_at), _local_date(f.closed_at))
            for f in findings]


def region_map() -> dict[int, str]:
    """unit id → region label: a county and its towns form one region; departments form one group."""
    units = {u.id: u for u in Unit.objects.all()}
    out = {}
    for uid, u in units.items():
        cur, seen = u, set()
        while cur.parent_id and cur.kind == Unit.Kind.TOWN and cur.parent_id not in seen:
            seen.add(cur.id)
            cur = units[cur.parent_id]
        out[uid] = cur.name if cur.kind in (Unit.Kind.COUNTY, Unit.Kind.TOWN) else "市直部门"
    return out


@dataclass
class RankingTable:
    year: int
    month: int
    as_of: date
    by: str
    rows: list[rates.RankRow]
    names: dict

    def name(self, key) -> str:
        return self.names.get(key, str(key))


def monthly_ranking(year: int, month: int, by: str = "unit", today: date | None = None) -> RankingTable:
    """Ranking as of the month's end (or today, if the month is still running), with last month's ranks."""
    as_of = rates.month_end(year, month)
    today = today or timezone.localdate()
    as_of = min(as_of, today)
    facts = item_facts(Item.objects.filter(lead_unit__isnull=False, children__isnull=True))
    findings = finding_facts(Finding.objects.all())
    if by == "region":
        rm = region_map()
        group = lambda u: rm.get(u, str(u))  # noqa: E731
        names = {v: v for v in rm.values()}
    else:
        group = lambda u: u  # noqa: E731
        names = dict(Unit.objects.values_list("id", "name"))
    py, pm = rates.previous_month(year, month)
    prev = rates.ranking(rates.unit_rates(facts, findings, rates.month_end(py, pm), group))
    previous = {r.unit_id: r.rank for r in prev}
    rows = rates.ranking(rates.unit_rates(facts, findings, as_of, group), previous)
    return RankingTable(year, month, as_of, by, rows, names)


def dispatch_items(items: QuerySet[Item], as_of: date) -> list[tuple[Item, str]]:
    """月度调度: open items that are red or yellow at `as_of`."""
    qs = items.exclude(status__in=["closed", "suspended", "draft"]).select_related("lead_unit") \
        .prefetch_related("milestones")
    return rates.dispatch_list((i, colour_of(i, as_of)) for i in qs)


def review_projects(items: QuerySet[Item], year: int, quarter: int) -> list[Item]:
    """季度观摩: projects open during the quarter."""
    qs = items.filter(kind=Item.Kind.PROJECT).select_related("lead_unit")
    keep = {f.item_id for f in rates.project_review_list(item_facts(qs), year, quarter)}
    return [i for i in qs if i.id in keep]
