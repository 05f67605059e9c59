"""Every kind of write a ledger sees, one after another, for the tests of the rows that database triggers keep
(``FactCount``, ``FactSubject``): each kept table must equal a live count of the facts after each step, whatever the
step wrote through (a model's save, review, a merge, a queryset's UPDATE or DELETE, a cascade)."""
from __future__ import annotations

from typing import Callable

from taizhang.ledger import review
from taizhang.ledger.models import Document, Fact, Indicator, Region, ReviewState


def write_every_way(ledger: dict, user, check: Callable[[str], None]) -> None:
    """Run the writes on ``ledger`` (the seeded fixture), calling ``check(step)`` after each one."""
    check("ingest")
    # more actuals in one key, later and earlier than the one it has, saved one by one
    extra = Fact.objects.filter(kind="actual").exclude(subject="").exclude(indicator=None).order_by("id").first()
    for i, period in enumerate(("2099", "2001", "2099")):
        extra.pk, extra.period, extra.value, extra.vstart = None, period, 10.0 + i, extra.vstart + 1
        extra.save()
    check("save")
    f = Fact.objects.filter(kind="actual").exclude(subject="").exclude(indicator=None).order_by("-period", "id").first()
    review.apply(f, "reject", user)
    check("reject")
    g = Fact.objects.exclude(pk=f.pk).filter(kind="target").exclude(indicator=None).order_by("id").first()
    review.apply(g, "correct", user, {"indicator_name": "岚溪县外贸进出口总额", "kind": "actual",
                                      "measure": "level", "subject": "青川市"})
    check("correct")
    # a merge moves every fact of one indicator with one UPDATE
    other = Fact.objects.exclude(indicator=g.indicator).filter(indicator__isnull=False).first().indicator
    review.merge_indicator(g.indicator, other.name, user)
    check("merge")
    # bulk updates: counted and uncounted columns, a latest actual changed in place, a subject emptied
    Fact.objects.filter(kind="actual").update(value=1.5)
    Fact.objects.update(flagged=True)
    check("update values")
    Fact.objects.filter(kind="actual").update(period="2031")
    check("update periods")
    Fact.objects.filter(pk=Fact.objects.exclude(subject="").order_by("-id").values("id")[:1]).update(subject="")
    check("update a subject")
    Fact.objects.update(review_state=ReviewState.REJECTED)
    check("reject all")
    Fact.objects.filter(kind="actual").update(review_state=ReviewState.ACCEPTED)
    check("accept actuals")
    # an indicator deleted: its facts keep no indicator (SET NULL)
    Indicator.objects.filter(pk=Fact.objects.filter(indicator__isnull=False).first().indicator_id).delete()
    check("delete an indicator")
    # a region deleted, a fact deleted, a document deleted with its facts, then everything
    Region.objects.filter(pk__in=Fact.objects.exclude(region=None).values("region_id")[:1]).delete()
    Fact.objects.filter(pk=f.pk).delete()
    Fact.objects.filter(pk=Fact.objects.filter(kind="actual").exclude(subject="").first().pk).delete()
    check("delete facts")
    Document.objects.filter(pk=ledger["r23"].document.pk).delete()
    check("delete a document")
    Document.objects.all().delete()
    check("delete everything")
