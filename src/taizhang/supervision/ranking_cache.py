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
# (year, month, by, today, database) → (fingerprint, computed at, table)
_latest: dict[tuple, tuple[tuple, float, reporting.RankingTable]] = {}
_computing: set[tuple] = set()
_lock = threading.Lock()


def _database() -> tuple:
    d = connection.settings_dict
    return d["ENGINE"], d["NAME"], d.get("HOST"), d.get("PORT")


_FINGERPRINT = (  # (model, aggregates over its rows)
    (Item, {"n": Count("id"), "i": Max("id"), "u": Max("updated_at")}),
    (ProgressReport, {"n": Count("id"), "i": Max("id"), "r": Max("reviewed_at")}),
    (Milestone, {"n": Count("id"), "i": Max("id")}),
    (AuditEntry, {"i": Max("id")}),
    (Finding, {"n": Count("id"), "i": Max("id"), "c": Max("closed_at"), "v": Max("verified_at")}),
    (Unit, {"n": Count("id"), "i": Max("id")}),
)


def fingerprint() -> tuple:
    """Counts and newest ids/timestamps of the tables the ranking reads, one flat tuple (through the ORM: the
    supervision app builds no SQL by hand)."""
    return tuple(v for model, aggregates in _FINGERPRINT for v in model.objects.aggregate(**aggregates).values())


def monthly_ranking(year: int, month: int, by: str = "unit", today: date | None = None) -> reporting.RankingTable:
    """Same answer as ``reporting.monthly_ranking``; computed again only when the data changed.

    While one thread recomputes it, the other threads of the process answer with the table it replaces
    (older by the time one computation takes) rather than all computing it at once.
    """
    from django.utils import timezone
    today = today or timezone.localdate()
    base = (year, month, by, today, _database())
    fp = fingerprint()
    now = time.monotonic()
    with _lock:
        last = _latest.get(base)
        if last is not None and last[0] == fp and now - last[1] < TTL:
            return last[2]
        if last is not None and base in _computing:
            return last[2]
        _computing.add(base)
    try:
        table = reporting.monthly_ranking(year, month, by, today)
    finally:
        with _lock:
            _computing.discard(base)
    with _lock:
        if len(_latest) >= MAX_ENTRIES:
            _latest.clear()
        _latest[base] = (fp, now, table)
    return table


def clear() -> None:
    with _lock:
        _latest.clear()
