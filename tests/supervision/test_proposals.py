"""Progress from documents: a later document's figures proposed on items, with the near misses that must not match;
accepting writes progress, the audit trail and the roll-up; the ledger's ingest signal triggers it."""
from __future__ import annotations

import pytest

from taizhang.ledger.signals import document_stored
from taizhang.supervision import proposals
from taizhang.supervision.models import AuditEntry, Item, Proposal

from . import ledgerrows as rows

LATER_TEXT = (
    "岚溪县前三季度经济运行情况\n"
    "前三季度，全县生产总值增长6.1%；固定资产投资增长9.0%；社会消费品零售总额71.5亿元。\n"
    "桃坑镇生产总值增长8.8%。2025年全县生产总值增长5.9%。\n"
    "桃坑水库大坝主体工程已开工建设，完成投资1.8亿元。\n"
)


@pytest.fixture
def setup(supervisor):
    plan, _ = rows.assigned_plan(supervisor)
    return supervisor, plan


def _later(published="2026-10-28"):
    doc = rows.document("q3.txt", LATER_TEXT, published, doc_type="news")
    gdp = rows.fact(doc, "6.1%", 6.1, "%", "actual", "生产总值", "2026-M01..M09", measure="growth")
    rows.fact(doc, "9.0%", 9.0, "%", "actual", "固定资产投资", "2026-M01..M09", measure="growth")
    retail = rows.fact(doc, "71.5亿元", 71.5, "亿元", "actual", "社会消费品零售总额", "2026-M01..M09")
    rows.fact(doc, "8.8%", 8.8, "%", "actual", "生产总值", "2026-M01..M09", subject="桃坑镇", measure="growth")
    rows.fact(doc, "5.9%", 5.9, "%", "actual", "生产总值", "2025", measure="growth")
    from taizhang.ledger.models import Project
    rows.mention(doc, Project.objects.get(name="桃坑水库"), "桃坑水库", "under_construction")
    rows.fact(doc, "1.8亿元", 1.8, "亿元", "actual", "完成投资", "2026-M01..M09")
    return doc, gdp, retail


def test_matching_and_near_misses(setup):
    sup, plan = setup
    doc, gdp, retail = _later()
    made = proposals.propose_for_document(doc)
    actual = {p.item.goal["indicator"]: p for p in made if p.kind == Proposal.Kind.ACTUAL}
    # GDP through the ledger's synonym (生产总值 → 地区生产总值); 2026-M01..M09 answers the 2026 goal
    assert set(actual) == {"地区生产总值", "社会消费品零售总额"}
    p = actual["地区生产总值"]
    assert p.source == gdp and p.value == 6.1 and p.gap == pytest.approx(-0.4) and p.completion == 93.8
    r = actual["社会消费品零售总额"]
    assert r.gap == pytest.approx(-26.5) and r.completion == 73.0 and r.progress == 73.0
    # the near misses: other subject (桃坑镇 8.8 %), other indicator (固定资产投资), incompatible period (2025)
    proposed = {p.source.pk for p in made if p.kind == Proposal.Kind.ACTUAL}
    misses = doc.facts.exclude(pk__in=[gdp.pk, retail.pk]).exclude(indicator_name="完成投资")
    assert not proposed & set(misses.values_list("pk", flat=True))
    item = Item.objects.get(goal__indicator="地区生产总值")
    for f in misses:
        assert not proposals.matches(item, f, doc, plan), f.evidence
    # a project mention proposes the stage: 计划 → 在建, completed investment 1.8 against 3 亿元 planned
    stage = next(p for p in made if p.kind == Proposal.Kind.STAGE)
    assert stage.previous_stage == "planned" and stage.stage == "under_construction"
    assert stage.investment_completed == 1.8 and stage.investment_planned == 3.0 and stage.progress == 60.0
    # idempotent, and a figure repeated in the same document is proposed once
    assert proposals.propose_for_document(doc) == []
    doc.text += "（前三季度全县生产总值增长6.1%）\n"
    doc.save()
    rows.fact(doc, "生产总值增长6.1%）", 6.1, "%", "actual", "生产总值", "2026-M01..M09", measure="growth")
    assert proposals.propose_for_document(doc) == []


def test_an_earlier_document_proposes_nothing(setup):
    doc, *_ = _later(published="2025-12-30")
    assert proposals.propose_for_document(doc) == []


def test_period_rules():
    assert proposals.compatible_period("..2025", 2021, "2023-H1")
    assert not proposals.compatible_period("..2025", 2021, "2020")      # a base year quoted in the plan
    assert not proposals.compatible_period("..2025", 2021, "2026")
    assert proposals.compatible_period("2026", 2026, "2026-M01..M09")
    assert not proposals.compatible_period("2026", 2026, "2025")
    assert proposals.compatible_period("each-year", 2021, "2024")
    assert not proposals.compatible_period("each-year", 2021, "2019")


def test_evaluation_of_ceilings_and_units():
    cap = {"value": 5.5, "unit": "%", "comparator": "<="}
    assert proposals.evaluate(cap, 5.2, "%").completion == 100.0
    assert proposals.evaluate(cap, 6.0, "%").completion == pytest.approx(91.7)
    money = {"value": 17, "unit": "亿元", "comparator": "="}
    ev = proposals.evaluate(money, 126000, "万元")
    assert ev.value == 12.6 and ev.gap == pytest.approx(-4.4) and ev.completion == 74.1
    assert proposals.evaluate(money, 5, "%") is None


def test_accept_writes_progress_audit_and_rollup(setup):
    sup, _ = setup
    doc, *_ = _later()
    made = proposals.propose_for_document(doc)
    p = next(x for x in made if x.kind == Proposal.Kind.ACTUAL and x.item.goal["indicator"] == "社会消费品零售总额")
    proposals.decide(sup, p.pk, True)
    item = Item.objects.get(pk=p.item_id)
    assert item.progress == 73.0 and "71.5亿元" in item.progress_text and "差距 -26.5亿元" in item.progress_text
    assert AuditEntry.objects.filter(item=item, action="proposal:accept").exists()
    assert AuditEntry.objects.filter(item=item, action="progress", note=f"采纳进展建议 #{p.pk}").exists()
    assert item.parent.progress == pytest.approx(36.5)  # (73 + 0) / 2, the parent's two children weigh 1 each
    with pytest.raises(proposals.ProposalError):
        proposals.decide(sup, p.pk, True)
    other = next(x for x in made if x.pk != p.pk)
    with pytest.raises(proposals.ProposalError):
        proposals.decide(sup, other.pk, False, "")            # a rejection needs a reason
    proposals.decide(sup, other.pk, False, "口径不一致")
    assert Proposal.objects.get(pk=other.pk).state == Proposal.State.REJECTED


def test_stage_acceptance_moves_the_project(setup):
    sup, _ = setup
    doc, *_ = _later()
    stage = next(p for p in proposals.propose_for_document(doc) if p.kind == Proposal.Kind.STAGE)
    proposals.decide(sup, stage.pk, True)
    item = Item.objects.get(pk=stage.item_id)
    assert item.goal["stage"] == "under_construction" and item.goal["investment_completed"] == 1.8
    assert item.progress == 60.0 and "计划 → 在建" in item.progress_text.replace("新引进/计划", "计划") \
        .replace("在建/开工", "在建")


def test_the_ingest_signal_makes_proposals(setup):
    doc, *_ = _later()
    document_stored.send(sender=type(doc), document=doc)   # what ledger.ingest sends after storing a document
    assert Proposal.objects.filter(document_id=doc.pk).count() == 3


def test_only_managers_decide(setup):
    from django.contrib.auth import get_user_model
    from django.core.exceptions import PermissionDenied

    from taizhang.supervision.models import Membership, Role
    doc, *_ = _later()
    p = proposals.propose_for_document(doc)[0]
    u = get_user_model().objects.create_user("liaison_p", password="x")
    Membership.objects.create(user=u, role=Role.LIAISON)
    with pytest.raises(PermissionDenied):
        proposals.decide(u, p.pk, True)


def test_proposal_pages(client, setup):
    sup, _ = setup
    doc, *_ = _later()
    made = proposals.propose_for_document(doc)
    client.force_login(sup)
    page = client.get("/supervision/proposals/").content.decode()
    assert "待确认" in page and "71.5亿元" in page and "采纳" in page
    p = made[0]
    r = client.post(f"/supervision/proposals/{p.pk}/decide/", {"decision": "accept"})
    assert r.status_code == 302 and Proposal.objects.get(pk=p.pk).state == Proposal.State.ACCEPTED
    item_page = client.get(f"/supervision/items/{p.item_id}/").content.decode()
    assert "查看原文" in item_page and "已采纳" in item_page
