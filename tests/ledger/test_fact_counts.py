"""The kept fact counts (``FactCount``, kept by database triggers) equal a live count of the facts after every
kind of write: ingest, bulk ingest (COPY on PostgreSQL), review edits, indicator merges, bulk updates, deleted
documents and indicators; and the pages that read them show the live figures (the indicators list, the
dashboard, an indicator's measures), while a user who reads only some documents is still counted live."""
from __future__ import annotations

from pathlib import Path

import pytest
from django.db.models import Count

from taizhang.ledger import bulk, review
from taizhang.ledger.models import Document, Fact, FactCount, Indicator, ReviewState

from . import texts
from .kept_writes import write_every_way
from .test_bulk import _write_extraction
from .texts import ingest_text

KEY = ("indicator_id", "kind", "measure", "review_state")


def live() -> dict:
    out = {}
    for ind, kind, measure, state, n in (Fact.objects.order_by().values_list(*KEY)
                                                .annotate(n=Count("*"))):
        out[(ind or 0, kind, measure, state)] = n
    return out


def kept() -> dict:
    return {tuple(r[:4]): r[4] for r in FactCount.objects.filter(n__gt=0).values_list(*KEY, "n")}


def assert_kept_equals_live():
    assert kept() == live()
    assert not FactCount.objects.filter(n__lt=0).exists()


def test_counts_follow_ingest_edits_merges_and_deletes(ledger, user):
    assert Fact.objects.count() > 5
    seen = {}

    def check(step: str) -> None:
        assert_kept_equals_live()
        seen[step] = kept()

    write_every_way(ledger, user, check)
    assert seen["reject"] != seen["save"]  # a fact moved from one review state to another
    assert any(k[0] == 0 for k in seen["delete an indicator"])  # its facts counted under no indicator
    assert seen["delete everything"] == {} and live() == {}


@pytest.mark.django_db(transaction=True)
def test_counts_follow_bulk_ingest(tmp_path: Path):
    src, _ = _write_extraction(tmp_path)
    ingest_text("own.txt", texts.REPORT_2023.replace("湛江市", "岚溪县"))
    res = bulk.ingest_parquet(src, batch_docs=2)
    assert res.facts > 0
    assert_kept_equals_live()
    bulk.ingest_parquet(src)  # again: nothing stored, nothing counted twice
    assert_kept_equals_live()


def test_indicators_list_and_dashboard_show_the_live_counts(ledger, client_in):
    body = client_in.get("/indicators.json").json()
    got = {r["id"]: (r["facts"], r["targets"], r["actuals"]) for r in body["results"]}
    want = {}
    for ind, kind, n in Fact.objects.exclude(indicator=None).values_list("indicator_id", "kind").annotate(n=Count("*")):
        t = want.setdefault(ind, [0, 0, 0])
        t[0] += n
        t[1 if kind == "target" else 2] += n
    assert got == {k: tuple(v) for k, v in want.items()}
    assert body["count"] == len(want)
    names = [r["name"] for r in body["results"]]
    assert names == [i.name for i in sorted(Indicator.objects.filter(pk__in=want),
                                             key=lambda i: (-want[i.pk][0], i.name))]
    # rejecting every fact of one indicator keeps it listed (it still has facts) with the same total
    one = next(iter(want))
    Fact.objects.filter(indicator_id=one).update(review_state=ReviewState.REJECTED)
    again = {r["id"]: r["facts"] for r in client_in.get("/indicators.json").json()["results"]}
    assert again[one] == want[one][0]

    dash = client_in.get("/dashboard.json").json()
    not_rejected = Fact.objects.exclude(review_state=ReviewState.REJECTED)
    assert dash["targets"] == not_rejected.filter(kind="target").count()
    assert dash["actuals"] == not_rejected.filter(kind="actual").count()
    assert dash["unreviewed"] == Fact.objects.filter(review_state=ReviewState.UNREVIEWED).count()
    assert dash["review_states"] == dict(Fact.objects.values_list("review_state").annotate(n=Count("*")))
    top = client_in.get("/overview/").context["top_indicators"]
    assert [i.n for i in top] == sorted((v[0] for v in want.values()), reverse=True)[:10]
    assert all(i.n == want[i.pk][0] for i in top)


def test_indicator_page_picks_the_most_frequent_measure(ledger, client_in, user):
    ind = Fact.objects.exclude(indicator=None).values_list("indicator_id").annotate(n=Count("*")).order_by("-n")[0][0]
    facts = Fact.objects.filter(indicator_id=ind)
    # make "share" the most frequent measure of the indicator by the counts, then reject those facts:
    # rejected facts do not count, so the page falls back to the measure of the facts that remain
    extra = Fact.objects.filter(indicator_id=ind).first()
    for i in range(3):
        extra.pk = None
        extra.measure = "share"
        extra.vstart += 1
        extra.save()
    assert client_in.get(f"/indicators/{ind}.json").json()["measure"] == "share"
    Fact.objects.filter(indicator_id=ind, measure="share").update(review_state=ReviewState.REJECTED)
    assert_kept_equals_live()
    remaining = dict(facts.exclude(review_state=ReviewState.REJECTED).values_list("measure").annotate(n=Count("*")))
    top = {m for m, n in remaining.items() if n == max(remaining.values())}
    assert "share" not in remaining and client_in.get(f"/indicators/{ind}.json").json()["measure"] in top


def test_a_unit_reader_is_counted_over_its_documents_only(ledger, client, django_user_model):
    """Kept counts are the whole ledger's: a 联络员 whose unit reads one document sees that document's counts."""
    from taizhang.supervision.models import Membership, Role, Unit
    unit = Unit.objects.create(name="岚溪县发展和改革局")
    u = django_user_model.objects.create_user("liaison", password="pw-for-tests-1")
    Membership.objects.create(user=u, unit=unit, role=Role.LIAISON)
    doc = ledger["m23"].document
    Document.objects.filter(pk=doc.pk).update(uploaded_by=u)
    client.force_login(u)
    body = client.get("/indicators.json")
    assert body.status_code == 200
    got = {r["id"]: r["facts"] for r in body.json()["results"]}
    want = dict(Fact.objects.filter(document=doc).exclude(indicator=None).values_list("indicator_id")
                .annotate(n=Count("*")))
    assert got == want and got
    assert sum(got.values()) < Fact.objects.exclude(indicator=None).count()  # not the whole ledger's counts


def test_unreviewed_total_counts_facts_mentions_and_tasks(ledger, user):
    from taizhang.ledger.models import ProjectMention, Task
    from taizhang.ledger.query import unreviewed_total

    def want():
        return sum(m.objects.filter(review_state=ReviewState.UNREVIEWED).count() for m in (Fact, ProjectMention, Task))
    assert unreviewed_total() == want() > 0
    review.apply(Fact.objects.first(), "accept", user)
    review.apply(Task.objects.first(), "reject", user)
    assert unreviewed_total() == want()


@pytest.mark.django_db(transaction=True)
def test_the_migration_counts_the_facts_already_stored():
    """Migrating an existing ledger to 0005 fills the counts from its facts (and going back drops the triggers)."""
    ingest_text("r23.txt", texts.REPORT_2023)
    ingest_text("r24.txt", texts.REPORT_2024)
    assert live()
    want = {}

    def delete_a_fact():  # no trigger at 0004
        Fact.objects.filter(pk=Fact.objects.order_by("id").values_list("id", flat=True)[0]).delete()
        want.update(live())

    texts.remigrate("0004_list_sort_indexes", delete_a_fact)
    assert_kept_equals_live()
    assert kept() == want
