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
