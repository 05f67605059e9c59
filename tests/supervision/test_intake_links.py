"""立项 from the ledger's own pages: a target, a task, a project, a document and its sections carry a 「立项」 link
to the preview of that record, for those who may create items (supervisors) and for nobody else."""
from __future__ import annotations

import re

import pytest

from . import ledgerrows as rows

PREVIEW = "/supervision/intake/preview/?key="


@pytest.fixture
def world(db):
    from django.contrib.auth import get_user_model

    from taizhang.ledger.models import Project, Task
    from taizhang.supervision.models import Membership, Role
    units = rows.units()
    unit = units["岚溪县发展和改革局"]
    User = get_user_model()
    people = {}
    for name, role, u in (("sup_links", Role.SUPERVISOR, None), ("lead_links", Role.LEADER, None),
                          ("liaison_links", Role.LIAISON, unit), ("viewer_links", Role.VIEWER, unit)):
        people[name] = User.objects.create_user(name, password="x")
        Membership.objects.create(user=people[name], role=role, unit=u)
    doc = rows.plan_document()
    doc.uploaded_by = people["liaison_links"]   # the unit's own document: its liaison and viewer read it
    doc.save(update_fields=["uploaded_by"])
    green = doc.sections.get(title="做好城区绿化")
    task = Task.objects.create(document=doc, section=green, start=green.start, end=green.end, title="做好城区绿化",
                               text=doc.text[green.start:green.end], kind="item")
    target = doc.facts.get(indicator_name="社会消费品零售总额")
    project = Project.objects.get(name="桃坑水库")
    chapter = doc.sections.get(label="一、")
    return {"people": people, "doc": doc, "task": task, "target": target, "project": project, "chapter": chapter}


def _links(page: str) -> list[str]:
    return [h.replace("&amp;", "&") for h in re.findall(r'href="(/supervision/intake/preview/[^"]*)"', page)]


def test_a_supervisor_gets_intake_links_that_open_the_preview(client, world):
    client.force_login(world["people"]["sup_links"])
    cases = [(f"/facts/{world['target'].pk}/", f"fact:{world['target'].pk}", "社会消费品零售总额达到98亿元"),
             (f"/tasks/{world['task'].pk}/", f"task:{world['task'].pk}", "做好城区绿化"),
             (f"/projects/{world['project'].pk}/", f"project:{world['project'].pk}", "桃坑水库"),
             (f"/documents/{world['doc'].pk}/", f"document:{world['doc'].pk}", "社会消费品零售总额达到98亿元"),
             (f"/documents/{world['doc'].pk}/", f"section:{world['chapter'].pk}", "稳增长")]
    for page_url, key, shown in cases:
        r = client.get(page_url)
        assert r.status_code == 200, page_url
        links = _links(r.content.decode())
        assert PREVIEW + key in links, (page_url, links)
        preview = client.get(PREVIEW + key)
        body = preview.content.decode()
        assert preview.status_code == 200 and "立项预览" in body and shown in body, key
        assert f'name="key" value="{key}"' in body  # confirming creates the items of this very record


def test_no_intake_link_on_an_actual(client, world):
    from taizhang.ledger.models import Fact
    actual = rows.fact(world["doc"], "3亿元", 3, "亿元", "actual", "完成投资", "2026")
    assert actual.kind == Fact.Kind.ACTUAL
    client.force_login(world["people"]["sup_links"])
    r = client.get(f"/facts/{actual.pk}/")
    assert r.status_code == 200 and _links(r.content.decode()) == []


@pytest.mark.parametrize("who", ["lead_links", "liaison_links", "viewer_links"])
def test_people_who_may_not_create_items_get_no_intake_link(client, world, who):
    client.force_login(world["people"][who])
    pages = [f"/facts/{world['target'].pk}/", f"/tasks/{world['task'].pk}/", f"/projects/{world['project'].pk}/",
             f"/documents/{world['doc'].pk}/"]
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, (who, url)
        page = r.content.decode()
        assert _links(page) == [] and "intake-link" not in page, (who, url)
    assert client.get(PREVIEW + f"fact:{world['target'].pk}").status_code == 403
