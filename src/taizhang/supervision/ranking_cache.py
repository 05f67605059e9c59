"""The monthly ranking, computed once per change of its inputs instead of on every page view.

``reporting.monthly_ranking`` reads every item with its reports, milestones and audit trail: about a second
for 2,000 items, and the rates page, rates.json, the 通报 and the home page all ask for it.  Under 50 users
that alone saturated the server.  The table depends only on the month, the grouping, the day and the data, so
it is kept (per process, for at most ``TTL`` seconds) under a fingerprint of the data: counts and newest
ids/timestamps of items, reports, milestones, audit entries, findings and units.  Every change the ranking can
see moves one of them (progress and status changes are audited; a milestone rewrite changes their ids).
"""
from __future__ import annotations

import threading
import time
from datetime import date

from django.db import connection
from django.db.models import Count, Max

from . import reporting
from .models import AuditEntry, Finding, Item, Milestone, ProgressReport, Unit

TTL = 30.0  # seconds: a bound on staleness should some change slip past the fingerprint
MAX_ENTRIES = 64
_cache: dict[tuple, tuple[float, reporting.RankingTable]] = {}
_lock = threading.Lock()


def fingerprint() -> tuple:
    d = connection.settings_dict
    return (
        d["ENGINE"], d["NAME"], d.get("HOST"), d.get("PORT"),
        tuple(Item.objects.aggregate(n=Count("id"), i=Max("id"), u=Max("updated_at")).values()),
        tuple(ProgressReport.objects.aggregate(n=Count("id"), i=Max("id"), r=Max("reviewed_at")).values()),
        tuple(Milestone.objects.aggregate(n=Count("id"), i=Max("id")).values()),
        tuple(AuditEntry.objects.aggregate(i=Max("id")).values()),
        tuple(Finding.objects.aggregate(n=Count("id"), i=Max("id"), c=Max("closed_at"), v=Max("verified_at"))
              .values()),
        tuple(Unit.objects.aggregate(n=Count("id"), i=Max("id")).values()),
    )


def monthly_ranking(year: int, month: int, by: str = "unit", today: date | None = None) -> reporting.RankingTable:
    """Same answer as ``reporting.monthly_ranking``; computed again only when the data changed."""
    from django.utils import timezone
    today = today or timezone.localdate()
    key = (year, month, by, today, fingerprint())
    now = time.monotonic()
    with _lock:
        hit = _cache.get(key)
        if hit is not None and now - hit[0] < TTL:
            return hit[1]
    table = reporting.monthly_ranking(year, month, by, today)
    with _lock:
        if len(_cache) >= MAX_ENTRIES:
            _cache.clear()
        _cache[key] = (now, table)
    return table


def clear() -> None:
    with _lock:
        _cache.clear()
