"""Pages that read a set instead of joining it: the same rows as the join they replace."""
from __future__ import annotations

import pytest

from taizhang.ledger.models import Project, Region, ReviewState

pytestmark = pytest.mark.django_db


def test_pipeline_lists_the_regions_of_its_projects_once(client_in, ledger):
    regions = list(Region.objects.order_by("code")[:2])
    if len(regions) < 2:
        regions.append(Region.objects.create(code="990101", name="岚溪县", level=3))
    projects = list(Project.objects.order_by("id"))
    assert projects
    for p in projects:
        p.region = regions[0]
        p.save()
    extra = Project.objects.create(name="岚溪县城东污水处理厂项目", region=regions[1],
                                   review_state=ReviewState.REJECTED)
    got = [r.pk for r in client_in.get("/pipeline/").context["regions"]]
    assert got == [regions[0].pk]  # once, however many projects; a rejected project's region left out
    extra.review_state = ReviewState.ACCEPTED
    extra.save()
    got = [r.pk for r in client_in.get("/pipeline/").context["regions"]]
    assert got == sorted([regions[0].pk, regions[1].pk], key=lambda pk: Region.objects.get(pk=pk).code)


def test_a_facts_page_shows_the_text_either_side_of_its_evidence(client_in, ledger):
    from taizhang.ledger.models import Fact
    facts = list(Fact.objects.select_related("document").order_by("id"))
    assert facts
    for f in facts:
        ctx = client_in.get(f"/facts/{f.pk}/").context
        text = f.document.text
        assert (ctx["before"], ctx["after"]) == (text[max(0, f.estart - 80):f.estart], text[f.eend:f.eend + 80])
    # near the start of a long text and at its very end
    f = facts[0]
    doc = f.document
    doc.text = "岚" * 50 + doc.text + "溪" * 200
    doc.save()
    Fact.objects.filter(pk=f.pk).update(estart=3, eend=len(doc.text) - 1)
    ctx = client_in.get(f"/facts/{f.pk}/").context
    assert (ctx["before"], ctx["after"]) == ("岚岚岚", "溪")


def test_a_facts_links_are_paged_both_ways(client_in, ledger, monkeypatch):
    """A crowded key links one actual from many targets: the fact page lists its links a page at a time in
    both directions, every link on exactly one page, with the totals; JSON the same."""
    from taizhang.ledger import views
    from taizhang.ledger.models import Fact, FactLink
    actual = Fact.objects.filter(kind="actual").order_by("id").first()
    crowded = actual.pk
    template = Fact.objects.filter(kind="target").order_by("id").first()
    targets = []
    for i in range(7):
        template.pk = None
        template.vstart += 1
        template.save()
        targets.append(template.pk)
    FactLink.objects.filter(other=actual).delete()
    for t in targets:
        FactLink.objects.create(target_id=t, other=actual, relation="actual", gap=1.0)
    monkeypatch.setattr(views, "LINKS_PAGE", 3)
    seen = []
    for n in (1, 2, 3):
        body = client_in.get(f"/facts/{actual.pk}.json?linked={n}").json()
        assert (body["linked_from_count"], body["linked_from_page"], body["linked_from_pages"]) == (7, n, 3)
        seen += [l["target"] for l in body["linked_from"]]
    assert seen == targets  # in the order they were linked, none twice
    html = client_in.get(f"/facts/{actual.pk}/?linked=2").content.decode()
    assert "对应目标共 7 条，第 2/3 页" in html and "linked=1" in html and "linked=3" in html
    assert html.count(f'href="/facts/{targets[0]}/"') == 0 and f'href="/facts/{targets[3]}/"' in html
    # the other direction: a target with more links than a page
    target = Fact.objects.get(pk=targets[0])
    others = []
    for i in range(4):
        actual.pk = None
        actual.vstart += 1
        actual.save()
        others.append(actual.pk)
    FactLink.objects.bulk_create([FactLink(target=target, other_id=o, relation="actual") for o in others])
    body = client_in.get(f"/facts/{target.pk}.json?links=2").json()
    assert (body["links_count"], body["links_pages"]) == (len(others) + 1, 2)
    first = client_in.get(f"/facts/{target.pk}.json").json()["links"]
    assert len(first) == 3 and not {l["id"] for l in first} & {l["id"] for l in body["links"]}
    # a fact with few links shows them all, no pager
    few = Fact.objects.exclude(pk__in=targets + others + [crowded]).order_by("id").first()
    html = client_in.get(f"/facts/{few.pk}/")
    assert 'data-pager' not in html.content.decode()


def test_the_indicator_ranking_is_each_subjects_latest_actual(ledger):
    """The ranking of an indicator (比学赶超): each subject's latest actual by (period, id), highest value first,
    equal values in the order their subjects first appear — read one row per subject on PostgreSQL."""
    from taizhang.ledger.models import Fact, Indicator
    from taizhang.ledger.views import indicator_series
    doc = ledger["r23"].document
    ind = Indicator.objects.create(name="岚溪县排名测试指标")
    rows = [("岚溪县", "2023", 5.0), ("岚溪县", "2024", 7.0), ("青川市", "2024", 7.0), ("青川市", "2022", 9.0),
            ("白石镇", "2024", 3.0), ("白石镇", "2024", 8.0), ("云岭乡", "2021", 7.0), ("", "2024", 99.0)]
    made = []
    for i, (subj, period, value) in enumerate(rows):
        made.append(Fact.objects.create(document=doc, vstart=i, vend=i + 1, estart=i, eend=i + 1, evidence="岚溪县",
                                        value=value, unit="%", kind="actual", measure="growth", period=period,
                                        subject=subj, indicator=ind, indicator_name=ind.name))
    Fact.objects.create(document=doc, vstart=50, vend=51, estart=50, eend=51, evidence="岚溪县", value=100.0,
                        unit="%", kind="target", measure="growth", period="2025", subject="岚溪县", indicator=ind,
                        indicator_name=ind.name)
    latest, first = {}, {}
    for f in sorted((f for f in made if f.subject), key=lambda f: (f.subject, f.period, f.pk)):
        first.setdefault(f.subject, (f.period, f.pk))
        latest[f.subject] = f
    want = [s for s in sorted(latest, key=lambda s: (-latest[s].value, first[s]))]
    got = indicator_series(ind, measure="growth")["ranking"]
    assert [r["subject"] for r in got] == want
    assert [r["value"] for r in got] == [latest[s].value for s in want] == [8.0, 7.0, 7.0, 7.0]
    assert [r["period"] for r in got] == [latest[s].period for s in want]


def test_the_indicator_pages_newest_facts_are_read_serially_in_order(client_in, ledger):
    """The newest documents' facts of an indicator, read by one server process on PostgreSQL: the same rows in the
    same order, and the setting ends with the read (it is the transaction's own)."""
    from django.db import connection
    from django.db.models import Count

    from taizhang.ledger.models import Fact
    ind = Fact.objects.exclude(indicator=None).values_list("indicator_id").annotate(n=Count("*")).order_by("-n")[0][0]
    want = list(Fact.objects.filter(indicator_id=ind).order_by("-document__published", "-id")
                .values_list("id", flat=True)[:100])
    got = [f.pk for f in client_in.get(f"/indicators/{ind}/").context["facts"]]
    assert got == want and got
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("SHOW max_parallel_workers_per_gather")
            assert cur.fetchone()[0] != "0"
