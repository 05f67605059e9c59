"""`taizhang demo` tells the whole story: ledger, units, one user per role, items made by 立项 from the plan,
proposals from the later progress report, an inspection round with a finding — and every page has content."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_demo_builds_items_proposals_and_a_round():
    from taizhang.supervision import demo
    from taizhang.supervision.models import (Finding, InspectionRound, Item, Membership, Proposal, Role, Status,
                                             Unit)
    r = demo.run("pw-demo-1", extract=False)
    assert {name for name, status, _ in r.documents} == {p.name for p in demo.sample_files()}
    assert all(status == "已入库" for _, status, _ in r.documents)
    assert r.notes == []
    # units and one user per role
    assert Unit.objects.filter(name="岚溪县发展和改革局").exists() and Unit.objects.filter(kind="town").count() == 2
    assert set(Membership.objects.values_list("role", flat=True)) == set(Role.values)
    assert {u for u, _, _ in r.logins} >= {"demo", "ducha", "lingdao", "fagai", "chakan"}
    # items made from the plan through 立项: a tree, goals, units read from the text, assigned
    parents = Item.objects.filter(children__isnull=False).distinct()
    assert parents.count() == 2 and all(p.weight == p.children.count() for p in parents)
    gdp = Item.objects.get(goal__indicator="地区生产总值")
    assert gdp.lead_unit.name == "岚溪县发展和改革局" and gdp.co_units.count() == 2
    assert gdp.source_type.model == "fact" and gdp.deadline.isoformat() == "2026-12-31"
    assert Item.objects.filter(kind="project", goal__project_id__isnull=False).count() >= 2
    assert Item.objects.filter(status=Status.IN_PROGRESS).exists()   # signed and reported by the liaison
    # proposals from the later report: actuals against goals and a project's stage; one accepted
    assert Proposal.objects.filter(kind="actual").count() >= 2
    assert Proposal.objects.filter(kind="stage").exists()
    assert Proposal.objects.filter(state="accepted").count() == 1
    assert InspectionRound.objects.count() == 1 and Finding.objects.count() == 1
    from taizhang.supervision.models import Reminder
    assert Reminder.objects.filter(item__title__contains="桃坑水库").exists()   # its 6月底 deadline has passed
    # again: nothing new
    again = demo.run("pw-demo-2", extract=False)
    assert (again.items, again.proposals, again.rounds) == (r.items, r.proposals, r.rounds)
    assert all(status == "重复" for _, status, _ in again.documents)


def test_every_demo_page_has_content(client):
    from django.contrib.auth import get_user_model

    from taizhang.ledger.models import Document
    from taizhang.supervision import demo
    demo.run("pw-demo-1", extract=False)
    User = get_user_model()
    client.force_login(User.objects.get(username="ducha"))
    assert "地区生产总值" in client.get("/supervision/").content.decode()
    assert "待确认" in client.get("/supervision/proposals/").content.decode()
    rates = client.get("/supervision/rates/").content.decode()
    assert "岚溪县" in rates and "689 ÷ 745 = 92.5%" in rates and "序时推进率" in rates
    assert "专项督查" in client.get("/supervision/inspections/").content.decode()
    plan = Document.objects.get(name=demo.PLAN)
    assert "持续增进民生福祉" in client.get(f"/supervision/intake/?document={plan.pk}").content.decode()
    client.force_login(User.objects.get(username="fagai"))
    own = client.get("/supervision/").content.decode()
    assert "地区生产总值" in own and "桃坑水库" not in own          # a liaison sees its unit's items only
