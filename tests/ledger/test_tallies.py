"""The kept row counts (``Tally``, kept by database triggers) equal a live count after every kind of write —
ingest, bulk ingest (COPY on PostgreSQL), review, links confirmed and broken, flags, deletes — and the home
page and the overview show the live figures from them; a unit's reader is still counted live."""
from __future__ import annotations

from pathlib import Path

import pytest
from django.db.models import Count, Sum

from taizhang.ledger import bulk, query, review
from taizhang.ledger.models import (Document, Fact, FactLink, LinkState, Project, ProjectMention, ReviewState,
                                    Tally, Task)

from . import texts
from .test_bulk import _write_extraction
from .texts import ingest_text


def live() -> dict:
    def grouped(qs, col):
        return {v: n for v, n in qs.order_by().values_list(col).annotate(n=Count("*"))}
    return {"document": {"": Document.objects.count()} if Document.objects.exists() else {},
            "task": grouped(Task.objects.all(), "review_state"),
            "mention": grouped(ProjectMention.objects.all(), "review_state"),
            "project": grouped(Project.objects.all(), "stage"),
            "link": grouped(FactLink.objects.all(), "state"),
            "flagged": grouped(Fact.objects.filter(flagged=True), "kind")}


def kept() -> dict:
    return {t: query.tallies(t) for t in ("document", "task", "mention", "project", "link", "flagged")}


def assert_kept_equals_live():
    assert kept() == live()


@pytest.mark.django_db
def test_tallies_follow_ingest_reviews_links_flags_and_deletes(ledger, user):
    assert Task.objects.exists() and ProjectMention.objects.exists() and FactLink.objects.exists()
    assert_kept_equals_live()
    before = kept()
    review.apply(Task.objects.order_by("id").first(), "reject", user)
    review.apply(ProjectMention.objects.order_by("id").first(), "accept", user)
    assert_kept_equals_live()
    assert kept() != before

    link = FactLink.objects.order_by("id").first()
    review.act_on_fact_link(link, "confirm", user)
    assert_kept_equals_live()
    FactLink.objects.filter(pk=link.pk).update(state=LinkState.BROKEN)
    assert_kept_equals_live()

    Fact.objects.update(flagged=False)
    assert kept()["flagged"] == {}
    f = Fact.objects.filter(kind="target").order_by("id").first()
    Fact.objects.filter(pk=f.pk).update(flagged=True)
    assert kept()["flagged"] == {"target": 1}
    Fact.objects.filter(pk=f.pk).update(kind="actual")  # a flagged fact changing kind moves between counts
    assert kept()["flagged"] == {"actual": 1}
    Fact.objects.filter(kind="target").update(flagged=True)
    Fact.objects.filter(pk=f.pk).update(flagged=False)
    assert_kept_equals_live()

    Project.objects.filter(pk=Project.objects.order_by("id").first().pk).update(stage="completed")
    assert_kept_equals_live()

    Document.objects.filter(pk=ledger["r23"].document.pk).delete()
    assert_kept_equals_live()
    Document.objects.all().delete()
    Project.objects.all().delete()
    assert all(v == {} for v in kept().values()) and kept() == live()


@pytest.mark.django_db(transaction=True)
def test_tallies_follow_bulk_ingest(tmp_path: Path):
    src, _ = _write_extraction(tmp_path)
    ingest_text("own.txt", texts.REPORT_2023.replace("湛江市", "岚溪县"))
    res = bulk.ingest_parquet(src, batch_docs=2)
    assert res.facts > 0 and res.tasks > 0
    assert_kept_equals_live()
    bulk.ingest_parquet(src)  # again: nothing stored, nothing counted twice
    assert_kept_equals_live()


@pytest.mark.django_db
def test_slots_add_up():
    """A count spread over several slots (several writing sessions on PostgreSQL) is their sum, negative slots
    included (a row inserted by one session and deleted by another)."""
    Tally.objects.bulk_create([Tally(counted="task", value="unreviewed", slot=3, n=5),
                               Tally(counted="task", value="unreviewed", slot=7, n=-2),
                               Tally(counted="task", value="accepted", slot=1, n=0)])
    assert query.tallies("task") == {"unreviewed": 3}


@pytest.mark.django_db
def test_home_and_overview_show_the_live_counts(ledger, client_in, user):
    review.apply(Task.objects.order_by("id").first(), "accept", user)
    Fact.objects.update(flagged=False)
    Fact.objects.filter(pk=Fact.objects.filter(kind="target").order_by("id").first().pk).update(flagged=True)
    dash = client_in.get("/dashboard.json").json()
    assert dash["documents"] == Document.objects.count()
    assert dash["tasks"] == Task.objects.count()
    assert dash["projects"] == Project.objects.count()
    assert dash["flagged_targets"] == Fact.objects.filter(kind="target", flagged=True).count() == 1
    assert dash["machine_links"] == FactLink.objects.filter(state=LinkState.PROPOSED).count()
    stages = dict(Project.objects.values_list("stage").annotate(n=Count("*")))
    assert dash["project_stages"] == {s: stages.get(s, 0) for s in dash["project_stages"]}
    want = sum(m.objects.filter(review_state=ReviewState.UNREVIEWED).count() for m in (Fact, ProjectMention, Task))
    assert query.unreviewed_total() == want
    html = client_in.get("/").content.decode()
    assert f"{want}" in html


@pytest.mark.django_db
def test_a_unit_reader_is_counted_over_its_documents(ledger, client, django_user_model):
    from taizhang.supervision.models import Membership, Role, Unit
    unit = Unit.objects.create(name="岚溪县发展和改革局")
    u = django_user_model.objects.create_user("liaison", password="pw-for-tests-1")
    Membership.objects.create(user=u, unit=unit, role=Role.LIAISON)
    doc = ledger["m23"].document
    Document.objects.filter(pk=doc.pk).update(uploaded_by=u)
    client.force_login(u)
    dash = client.get("/dashboard.json").json()
    assert dash["documents"] == 1 < Document.objects.count()
    assert dash["tasks"] == Task.objects.filter(document=doc).count()


@pytest.mark.django_db(transaction=True)
def test_the_migration_counts_the_rows_already_stored():
    """Migrating an existing ledger to 0007 fills the tallies (and going back drops the triggers)."""
    ingest_text("r23.txt", texts.REPORT_2023)
    ingest_text("r24.txt", texts.REPORT_2024)
    assert_kept_equals_live()
    want = {}

    def delete_a_task():  # no trigger at 0006
        Task.objects.filter(pk=Task.objects.order_by("id").values_list("id", flat=True)[0]).delete()
        want.update(live())

    texts.remigrate("0006_searchgram_gram_collation", delete_a_task)
    assert_kept_equals_live()
    assert kept() == want


@pytest.mark.django_db(transaction=True)
def test_a_flush_in_any_table_order_leaves_no_counts(tmp_path: Path):
    """A flush deletes the tables in no set order: the kept tables emptied first, then the ones they count, is the
    order that turned every count negative (their triggers count the deletions) and broke the next test's
    totals.  post_migrate, which a flush sends, clears them once nothing counted is left."""
    from django.core.management import call_command
    from django.core.management.sql import emit_post_migrate_signal
    from django.db import connection, transaction

    from taizhang.ledger.apps import COUNTED, KEPT
    from taizhang.ledger.models import FactCount, FactSubject, ProjectTotal

    src, _ = _write_extraction(tmp_path, copies=1)
    bulk.ingest_parquet(src)
    assert Project.objects.exists() and Fact.objects.exists() and Tally.objects.filter(n__gt=0).exists()
    rest = [t for t in connection.introspection.django_table_names(only_existing=True) if t not in KEPT]
    with transaction.atomic(), connection.cursor() as cur:  # the worst order a flush can take (as SQLite's does)
        for table in list(KEPT) + rest:
            cur.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
    negative = [m for m in (FactCount, FactSubject, Tally, ProjectTotal) if m.objects.filter(n__lt=0).exists()]
    assert negative  # the triggers counted the deletions
    emit_post_migrate_signal(0, False, connection.alias)
    assert not any(m.objects.exists() for m in (FactCount, FactSubject, Tally, ProjectTotal))

    bulk.ingest_parquet(src)  # a ledger with data keeps its counts through post_migrate
    before = sorted(Tally.objects.filter(n__gt=0).values_list("counted", "value").annotate(s=Sum("n")))
    call_command("migrate", verbosity=0)
    assert sorted(Tally.objects.filter(n__gt=0).values_list("counted", "value").annotate(s=Sum("n"))) == before
    assert set(COUNTED) <= set(connection.introspection.table_names())
