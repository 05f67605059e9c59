"""The ranking's inputs read as plain values equal the item-by-item reading (reports, milestones, audit trail), and
reading them takes the same few queries for any number of items: the ranking is worked out again on every change."""
from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def _one_by_one(items):
    """The rate inputs from model objects, the way the ranking read them before (the reference)."""
    from taizhang.supervision import rates, reporting
    out = []
    for i in items.prefetch_related("reports", "milestones", "history"):
        out.append(rates.ItemFacts(
            item_id=i.id, unit_id=i.lead_unit_id, assigned_on=reporting._local_date(i.assigned_at),
            deadline=i.deadline, closed_on=reporting._local_date(i.closed_at) if i.status == "closed" else None,
            frequency=i.frequency,
            report_dates=tuple(sorted(reporting._local_date(r.submitted_at) for r in i.reports.all()
                                      if r.unit_id == i.lead_unit_id)),
            kind=i.kind, milestones=tuple((m.due, m.expected_progress) for m in i.milestones.all()),
            progress_log=reporting.progress_log(i)))
    return out


def _busy_world(world, extra: int):
    from django.utils import timezone

    from taizhang.supervision import services
    from taizhang.supervision.models import Item, Milestone, Status
    today = timezone.localdate()
    for k in range(extra):
        item = Item.objects.create(code=f"R-{k:03d}", title=f"自拟排名事项{k}", lead_unit=world.unit_a,
                                   status=Status.IN_PROGRESS, assigned_at=timezone.now(),
                                   deadline=today + dt.timedelta(days=10 + k))
        Milestone.objects.create(item=item, due=today - dt.timedelta(days=k % 3), expected_progress=20 + k)
        r = services.submit_report(world.reporter_a, item.id, 10 + k, "自拟进展", "", "", [])
        if k % 2:
            services.review_report(world.supervisor, r.id, True)


def test_item_facts_equal_the_item_by_item_reading(world):
    from taizhang.supervision import reporting
    from taizhang.supervision.models import Item
    _busy_world(world, 6)
    qs = Item.objects.filter(lead_unit__isnull=False, children__isnull=True).order_by("id")
    got = reporting.item_facts(qs)
    assert got == _one_by_one(qs)
    assert any(len(f.progress_log) > 1 or f.progress_log[0][0] != dt.date.min for f in got)  # accepted reports
    assert any(f.report_dates for f in got) and any(f.milestones for f in got)


def test_item_facts_queries_do_not_grow_with_the_items(world):
    from taizhang.supervision import reporting
    from taizhang.supervision.models import Item
    _busy_world(world, 2)
    qs = Item.objects.filter(lead_unit__isnull=False, children__isnull=True)
    with CaptureQueriesContext(connection) as few:
        reporting.item_facts(qs)
    from django.utils import timezone
    for k in range(20):
        Item.objects.create(code=f"S-{k:03d}", title=f"自拟事项{k}", lead_unit=world.unit_b, assigned_at=timezone.now())
    with CaptureQueriesContext(connection) as many:
        reporting.item_facts(qs)
    assert len(many.captured_queries) == len(few.captured_queries)
