"""The kept subjects of each indicator (``FactSubject``, kept by database triggers) equal a live grouping of the facts
after every kind of write: ingest, bulk ingest (COPY on PostgreSQL), review edits, indicator merges, bulk updates of
the period or value of an indicator's latest actuals, deleted facts, documents and indicators; and an indicator's
page, which reads them for a user who reads the whole ledger, shows what it shows when the facts are grouped live."""
from __future__ import annotations

from pathlib import Path

import pytest
from django.db.models import Count

from taizhang.ledger import bulk
from taizhang.ledger.models import Fact, FactSubject, Indicator, ReviewState

from . import texts
from .kept_writes import write_every_way
from .test_bulk import _write_extraction
from .texts import ingest_text

KEY = ("indicator_id", "measure", "subject")


def live() -> dict:
    """(indicator, measure, subject) → (facts, latest actual, first actual), the actuals by (period, id) in the
    database's order, as the page read them before."""
    counted = Fact.objects.exclude(review_state=ReviewState.REJECTED).exclude(subject="").exclude(indicator=None)
    out = {(i, m, s): [n, None, None] for i, m, s, n in counted.order_by().values_list(*KEY).annotate(n=Count("*"))}
    for *k, period, pk, value, unit in counted.filter(kind="actual").order_by(*KEY, "period", "id").values_list(
            *KEY, "period", "id", "value", "unit"):
        row = out[tuple(k)]
        row[2] = row[2] or (period, pk)
        row[1] = (period, pk, value, unit)
    return {k: tuple(v) for k, v in out.items()}


def kept() -> dict:
    out = {}
    for ind, m, s, n, lp, li, lv, lu, fp, fi in FactSubject.objects.filter(n__gt=0).values_list(
            *KEY, "n", "last_period", "last_id", "last_value", "last_unit", "first_period", "first_id"):
        out[(ind, m, s)] = (n, None if li is None else (lp, li, lv, lu), None if fi is None else (fp, fi))
    return out


def assert_kept_equals_live():
    assert kept() == live()
    assert not FactSubject.objects.filter(n__lt=0).exists()
    assert not FactSubject.objects.filter(n=0, last_id__isnull=False).exists()


def test_subjects_follow_ingest_edits_merges_and_deletes(ledger, user):
    assert Fact.objects.filter(kind="actual").exclude(subject="").exclude(indicator=None).count() >= 2
    seen = {}

    def check(step: str) -> None:
        assert_kept_equals_live()
        seen[step] = kept()

    write_every_way(ledger, user, check)
    assert seen["save"] != seen["ingest"]  # the new latest actual of a key
    assert seen["reject all"] == {}  # rejected facts keep no subject
    assert seen["accept actuals"] and seen["delete everything"] == {} and live() == {}


@pytest.mark.django_db(transaction=True)
def test_subjects_follow_bulk_ingest(tmp_path: Path):
    src, _ = _write_extraction(tmp_path, copies=2)
    ingest_text("own.txt", texts.REPORT_2023.replace("湛江市", "岚溪县"))
    res = bulk.ingest_parquet(src, batch_docs=2)
    assert res.facts > 0
    assert_kept_equals_live()
    bulk.ingest_parquet(src)  # again: nothing stored, nothing counted twice
    assert_kept_equals_live()


class _Everything:
    """A reader of every document who is not counted from the kept rows (as a unit's reader is): the live way."""
    reads_all = False

    def scope(self, qs):
        return qs


def test_the_indicator_page_reads_the_same_from_the_kept_rows(ledger, client_in):
    from taizhang.ledger.views import indicator_series
    doc = ledger["r24"].document
    ind = Indicator.objects.create(name="岚溪县主体测试指标")
    rows = [("岚溪县", "2023", 5.0, "actual"), ("岚溪县", "2024", 7.0, "actual"), ("青川市", "2024", 7.0, "actual"),
            ("青川市", "2025", 9.0, "target"), ("白石镇", "2024", 3.0, "actual"), ("白石镇", "2022", 8.0, "actual"),
            ("云岭乡", "2021", 7.0, "target"), ("", "2024", 99.0, "actual"), ("东坪镇", "2024", 6.0, "actual")]
    for i, (subj, period, value, kind) in enumerate(rows * 2):
        Fact.objects.create(document=doc, vstart=i, vend=i + 1, estart=i, eend=i + 1, evidence="岚溪县",
                            value=value + (i >= len(rows)), unit="%", kind=kind, measure="growth", period=period,
                            subject=subj, indicator=ind, indicator_name=ind.name,
                            review_state=ReviewState.REJECTED if subj == "东坪镇" and i < len(rows) else
                            ReviewState.UNREVIEWED)
    for one in [ind] + [i for i in Indicator.objects.exclude(pk=ind.pk) if i.facts.exists()]:
        for subject in ("", "青川市"):
            got = indicator_series(one, subject=subject)  # (equal measures: the live way may pick another)
            assert got == indicator_series(one, subject=subject, measure=got["measure"], acc=_Everything())
    got = indicator_series(ind)
    assert got["subjects"][:4] == ["岚溪县", "白石镇", "青川市", "云岭乡"]  # by facts, then name
    # each subject's latest actual by (period, id), equal values in the order of their first actual
    assert [r["subject"] for r in got["ranking"]] == ["岚溪县", "青川市", "东坪镇", "白石镇"]
    assert [r["value"] for r in got["ranking"]] == [8.0, 8.0, 7.0, 4.0]
    page = client_in.get(f"/indicators/{ind.pk}/")
    assert page.status_code == 200 and "比学赶超" in page.content.decode()
    assert page.context["data"]["ranking"] == got["ranking"]
