"""Relinking many target keys and refreshing many projects at once (a bulk load touches tens of thousands): the
same links and flags as key by key, in a number of queries that does not grow with the keys."""
from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from taizhang.ledger import linking
from taizhang.ledger.models import (Document, Fact, FactLink, Indicator, LinkOrigin, LinkState, Project,
                                    ProjectMention)

pytestmark = pytest.mark.django_db


def _docs():
    plan = Document.objects.create(name="自拟计划.txt", sha256="a" * 64, text="自拟计划正文" * 10, published="2023-01-10")
    mid = Document.objects.create(name="自拟半年.txt", sha256="b" * 64, text="自拟半年正文" * 10, published="2023-07-15")
    return plan, mid


def _fact(doc, ind, kind, period, value, vstart):
    return Fact(document=doc, vstart=vstart, vend=vstart + 2, estart=vstart, eend=vstart + 4, evidence="自拟",
                value=value, unit="%", kind=kind, measure="growth", period=period, subject="",
                indicator_name=ind.name, indicator=ind)


def _keys(n: int, start: int, plan, mid) -> list[tuple]:
    """n keys, each with an annual target, a half-year actual and the target said again lower at midyear."""
    rows = []
    for k in range(start, start + n):
        ind = Indicator.objects.create(name=f"自拟指标{k}")
        rows += [_fact(plan, ind, "target", "2023", 6.0, 1), _fact(mid, ind, "actual", "2023-H1", 4.5, 1),
                 _fact(mid, ind, "target", "2023", 5.0, 8)]
    Fact.objects.bulk_create(rows)
    return [(f.indicator_id, f.subject, f.measure) for f in rows]


def _relink_queries(keys) -> int:
    with CaptureQueriesContext(connection) as ctx:
        linking.relink_keys(keys)
    return len(ctx.captured_queries)


def test_relinking_many_keys_makes_each_keys_links_and_flags():
    plan, mid = _docs()
    keys = set(_keys(6, 0, plan, mid))
    linking.relink_keys(keys)
    for ind in Indicator.objects.all():
        facts = {(f.document_id, f.kind): f for f in Fact.objects.filter(indicator=ind)}
        t_old, actual, t_new = facts[(plan.pk, "target")], facts[(mid.pk, "actual")], facts[(mid.pk, "target")]
        links = {(l.target_id, l.other_id): l for l in FactLink.objects.filter(target__indicator=ind)}
        assert links[(t_old.pk, actual.pk)].relation == "actual"
        assert links[(t_old.pk, actual.pk)].gap == pytest.approx(-1.5)
        assert links[(t_old.pk, t_new.pk)].relation == "restatement"
        assert t_new.flags == ["lowered"] and t_new.flagged
    assert FactLink.objects.exclude(target__indicator__name__startswith="自拟指标").count() == 0


def test_relinking_many_keys_keeps_reviewers_decisions():
    plan, mid = _docs()
    keys = set(_keys(3, 0, plan, mid))
    linking.relink_keys(keys)
    broken = FactLink.objects.filter(relation="restatement").first()
    broken.state, broken.origin = LinkState.BROKEN, LinkOrigin.REVIEWER
    broken.save()
    linking.relink_keys(keys)
    assert FactLink.objects.filter(target=broken.target, other=broken.other).count() == 1
    assert FactLink.objects.get(pk=broken.pk).state == LinkState.BROKEN
    assert Fact.objects.get(pk=broken.other_id).flags == []  # a broken restatement flags nothing
    assert FactLink.objects.count() == 3 * 3


def test_relinking_queries_do_not_grow_with_the_keys():
    plan, mid = _docs()
    few = _relink_queries(set(_keys(3, 0, plan, mid)))
    FactLink.objects.all().delete()
    Fact.objects.update(flags=[], flagged=False)
    many = _relink_queries(set(_keys(30, 100, plan, mid)) | {(None, "", "growth")})
    assert many <= few + 2, (few, many)  # a batch more of inserts at most, never a query per key


def test_refreshing_many_projects_at_once():
    plan, mid = _docs()
    projects = [Project.objects.create(name=f"自拟项目{k}") for k in range(12)]
    for p in projects:
        ProjectMention.objects.create(project=p, document=plan, start=0, end=2, mention=p.name, stage="planned",
                                      investment_planned=10, evidence="自拟计划")
        ProjectMention.objects.create(project=p, document=mid, start=0, end=2, mention=p.name,
                                      stage="under_construction", investment_completed=4, evidence="自拟半年")
    with CaptureQueriesContext(connection) as few:
        linking.refresh_projects([p.pk for p in projects[:3]])
    with CaptureQueriesContext(connection) as many:
        linking.refresh_projects([p.pk for p in projects])
    assert len(many.captured_queries) <= len(few.captured_queries) + 1
    for p in Project.objects.filter(pk__in=[p.pk for p in projects]):
        assert p.mention_count == 2 and p.stage == "under_construction"
        assert (p.investment_planned, p.investment_completed) == (10, 4)
        assert (p.first_seen, p.last_seen) == ("2023-01-10", "2023-07-15")
