"""The kept project totals (``ProjectTotal``, kept by database triggers) equal a live grouping of the projects after
every kind of write (ingest, bulk ingest, stage and investment changes, rejections, deleted regions and projects), and
the pipeline page, which reads them for a user who reads the whole ledger, shows the live figures."""
from __future__ import annotations

from pathlib import Path

import pytest
from django.db.models import Count, Sum

from taizhang.ledger import bulk
from taizhang.ledger.models import Project, ProjectTotal, Region, ReviewState

from .test_bulk import _write_extraction


def live() -> dict:
    out = {}
    for region, stage, n, planned, planned_n, completed, completed_n in (
            Project.objects.exclude(review_state=ReviewState.REJECTED).order_by().values_list("region_id", "stage")
            .annotate(n=Count("*"), p=Sum("investment_planned"), pn=Count("investment_planned"),
                      c=Sum("investment_completed"), cn=Count("investment_completed"))):
        out[(region or 0, stage)] = (n, round(planned or 0, 6), planned_n, round(completed or 0, 6), completed_n)
    return out


def kept() -> dict:
    return {(r, s): (n, round(p, 6) + 0.0, pn, round(c, 6) + 0.0, cn) for r, s, n, p, pn, c, cn in
            ProjectTotal.objects.filter(n__gt=0).values_list("region_id", "stage", "n", "planned", "planned_n",
                                                               "completed", "completed_n")}


def assert_kept_equals_live():
    assert kept() == live()
    assert not ProjectTotal.objects.filter(n__lt=0).exists()


def _pipeline_live() -> dict:
    agg = {r["stage"]: r for r in Project.objects.exclude(review_state=ReviewState.REJECTED).order_by()
           .values("stage").annotate(n=Count("id"), planned=Sum("investment_planned"),
                                     completed=Sum("investment_completed"))}
    return {s: (agg.get(s, {}).get("n", 0), round(agg.get(s, {}).get("planned") or 0, 2),
                round(agg.get(s, {}).get("completed") or 0, 2))
            for s in ("proposed", "planned", "under_construction", "completed", "operating")}


def assert_pipeline_is_live(client):
    body = client.get("/pipeline.json").json()
    assert {s["stage"]: (s["count"], s["planned"], s["completed"]) for s in body["stages"]} == _pipeline_live()
    assert body["unknown"] == Project.objects.exclude(review_state=ReviewState.REJECTED).filter(stage="unknown").count()
    regions = [r.pk for r in client.get("/pipeline/").context["regions"]]
    assert regions == list(Region.objects.filter(pk__in=Project.objects.exclude(review_state=ReviewState.REJECTED)
                                                  .values("region_id")).order_by("code").values_list("pk", flat=True))


def test_totals_follow_every_write(ledger, client_in):
    region = Region.objects.order_by("id").first()
    for i, (stage, planned, completed) in enumerate([("planned", 12.5, None), ("planned", 3.25, 1.5),
                                                     ("under_construction", None, None), ("operating", 7.0, 7.0)]):
        Project.objects.create(name=f"岚溪县测试项目{i}", stage=stage, investment_planned=planned,
                               investment_completed=completed, region=region if i % 2 else None)
    assert Project.objects.count() > 4
    assert_kept_equals_live()
    assert_pipeline_is_live(client_in)

    p = Project.objects.order_by("id").first()
    p.stage, p.investment_planned = "completed", 40.0
    p.save()
    Project.objects.filter(investment_planned__isnull=True).update(investment_completed=2.0)
    Project.objects.filter(name__endswith="项目1").update(review_state=ReviewState.REJECTED)
    assert_kept_equals_live()
    assert_pipeline_is_live(client_in)
    Project.objects.filter(name__endswith="项目1").update(review_state=ReviewState.ACCEPTED, investment_planned=None)
    Project.objects.filter(stage="operating").update(investment_planned=None, investment_completed=None)
    assert_kept_equals_live()
    assert_pipeline_is_live(client_in)

    Region.objects.filter(pk=region.pk).delete()  # its projects keep no region (SET NULL)
    assert_kept_equals_live()
    Project.objects.filter(stage="planned").delete()
    assert_kept_equals_live()
    assert_pipeline_is_live(client_in)
    # a region's page and a unit's reader are counted live
    other = Project.objects.exclude(region=None).values_list("region_id", flat=True).first()
    if other:
        body = client_in.get(f"/pipeline.json?region={other}").json()
        assert sum(s["count"] for s in body["stages"]) + body["unknown"] == \
            Project.objects.exclude(review_state=ReviewState.REJECTED).filter(region_id=other).count()
    Project.objects.all().delete()
    assert kept() == {} and live() == {}
    assert_pipeline_is_live(client_in)


@pytest.mark.django_db(transaction=True)
def test_totals_follow_bulk_ingest(tmp_path: Path):
    src, _ = _write_extraction(tmp_path, copies=2)
    res = bulk.ingest_parquet(src, batch_docs=2)
    assert res.projects > 0 and Project.objects.exists()
    assert_kept_equals_live()
    bulk.ingest_parquet(src)
    assert_kept_equals_live()
