"""The monthly ranking, computed once per change of its inputs instead of on every page view.

``reporting.monthly_ranking`` reads every item with its reports, milestones and audit trail: about a second
for 2,000 items, and the rates page, rates.json, the 通报 and the home page all ask for it.  Under 50 users
that alone saturated the server.  The table depends only on the month, the grouping, the day and the data, so
it is kept (per process, for at most ``TTL`` seconds) under a fingerprint of the data: counts and newest
ids/timestamps of items, reports, milestones, audit entries, findings and units.  Every change the ranking can
see moves one of them (progress and status changes are audited; a milestone rewrite changes their ids).
"""
from __future__ import annotations

import logging
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
log = logging.getLogger(__name__)


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
    (older by the time one computation takes) rather than all computing it at once.  When the table is older
    than ``TTL`` but the fingerprint has not moved, the request answers with it and a thread of its own computes
    it again (no request waits for that check: at 2,000 items it cost the request that met it about 400 ms of
    CPU, once per ``TTL`` in every process); a request inside a transaction computes it itself, since another
    connection would not see what it wrote.
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
        aside = last is not None and last[0] == fp and not connection.in_atomic_block
    if aside:
        threading.Thread(target=_compute, args=(base, fp, now, year, month, by, today, True), daemon=True,
                         name="ranking-refresh").start()
        return last[2]
    return _compute(base, fp, now, year, month, by, today, False)


def _compute(base, fp, now, year, month, by, today, aside: bool) -> reporting.RankingTable | None:
    """The table computed and kept under ``fp``; ``aside``: on a thread of its own, whose connection it closes.

    A request that computes the table itself fails with it; a thread of its own has no one to fail to, so its
    error goes to the log with its traceback (the server's error log) and the kept table stays until a later
    request tries again.
    """
    try:
        try:
            table = reporting.monthly_ranking(year, month, by, today)
        except Exception:
            if not aside:
                raise
            log.exception("排名后台重算失败(%s年%s月, 按%s):仍用上次的排名表", year, month, by)
            return None
        with _lock:
            if len(_latest) >= MAX_ENTRIES:
                _latest.clear()
            _latest[base] = (fp, now, table)
        return table
    finally:
        with _lock:
            _computing.discard(base)
        if aside:
            connection.close()


def clear() -> None:
    with _lock:
        _latest.clear()
