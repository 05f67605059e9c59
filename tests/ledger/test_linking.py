"""Linking across documents: actuals against targets with the gap, restatements and their flags, projects."""
from __future__ import annotations

import pytest

from taizhang.ledger import linking, review
from taizhang.ledger.models import Fact, FactLink, Project, ProjectMention

pytestmark = pytest.mark.django_db


def test_midyear_actual_links_to_annual_target_with_gap(ledger):
    target = Fact.objects.get(document=ledger["r23"].document, indicator__name="地区生产总值", measure="growth")
    actual = Fact.objects.get(document=ledger["m23"].document, indicator__name="地区生产总值", measure="growth")
    link = FactLink.objects.get(target=target, other=actual)
    assert link.relation == "actual" and link.origin == "machine" and link.state == "proposed"
    assert link.gap == pytest.approx(-1.5)
    inv = FactLink.objects.get(other__document=ledger["m23"].document, other__indicator__name="固定资产投资")
    assert inv.gap == pytest.approx(2.0)


def test_restated_target_lowered_and_deadline_moved(ledger):
    old = Fact.objects.get(document=ledger["r23"].document, measure="level", indicator__name="地区生产总值")
    new = Fact.objects.get(document=ledger["r24"].document, measure="level", indicator__name="地区生产总值")
    link = FactLink.objects.get(target=old, other=new)
    assert link.relation == "restatement" and link.gap == pytest.approx(-200)
    assert set(new.flags) == {"lowered", "deadline_moved"}


def test_reviewer_decisions_survive_relinking(ledger, user):
    link = FactLink.objects.filter(relation="actual").first()
    review.act_on_fact_link(link, "break", user)
    linking.relink_all()
    link.refresh_from_db()
    assert link.state == "broken"
    assert FactLink.objects.filter(target=link.target, other=link.other).count() == 1
    other = FactLink.objects.filter(relation="actual").exclude(pk=link.pk).first()
    review.act_on_fact_link(other, "confirm", user)
    linking.relink_all()
    other.refresh_from_db()
    assert other.state == "confirmed"


def test_change_link_points_at_another_fact(ledger, user):
    link = FactLink.objects.filter(relation="actual").first()
    spare = Fact.objects.filter(kind="actual").exclude(pk=link.other_id).first()
    review.act_on_fact_link(link, "change", user, spare.pk)
    link.refresh_from_db()
    assert link.other_id == spare.pk and link.origin == "reviewer" and link.state == "confirmed"


def test_project_timeline_across_documents(ledger):
    p = Project.objects.get(name="城际高铁")
    assert p.mention_count == 3
    assert p.stage == "completed" and p.investment_planned == 300 and p.investment_completed == 200
    assert [c["to"] for c in linking.stage_changes(p)] == ["under_construction", "completed"]
    assert p.first_seen == "2023-01-10" and p.last_seen == "2024-01-15"


def test_project_not_mentioned_later_is_flagged(ledger):
    assert "not_mentioned" in Project.objects.get(name="新能源基地").flags
    assert "not_mentioned" not in Project.objects.get(name="城际高铁").flags


def test_break_mention_into_its_own_project(ledger, user):
    m = ProjectMention.objects.filter(project__name="城际高铁").order_by("id").last()
    review.act_on_mention_link(m, "break", user)
    m.refresh_from_db()
    assert m.project.name != "城际高铁" and m.link_origin == "reviewer"
    assert Project.objects.get(name="城际高铁").mention_count == 2
    review.act_on_mention_link(m, "change", user, "城际高铁")
    assert Project.objects.get(name="城际高铁").mention_count == 3


def test_correcting_a_fact_relinks_it(ledger, user):
    actual = Fact.objects.get(document=ledger["m23"].document, indicator__name="地区生产总值")
    review.apply(actual, "correct", user, {"value": "5.5"})
    actual.refresh_from_db()
    assert actual.review_state == "corrected" and actual.value == 5.5 and actual.extracted["value"] == 4.5
    assert FactLink.objects.get(other=actual).gap == pytest.approx(-0.5)
    review.apply(actual, "reject", user)
    assert not FactLink.objects.filter(other=actual, origin="machine", state="proposed").exists()


def test_synonym_maps_to_one_indicator(db):
    from taizhang.ledger import canon
    assert canon.indicator_for("GDP").name == "地区生产总值"
    assert canon.indicator_for("地区生产总值").pk == canon.indicator_for("GDP").pk


def test_period_parsing():
    from taizhang.ledger.canon import parse_period
    assert parse_period("..2025").hi == 2025 and parse_period("..2025").is_deadline
    assert parse_period("2023-H1").sub == "H1" and parse_period("2023-H1").hi == 2023
    assert parse_period("2021..2025").covers(2023) and not parse_period("2021..2025").covers(2026)
    assert parse_period("each-year").recurring


def test_merging_an_indicator_links_its_facts(client_in, ledger):
    from taizhang.ledger.models import Indicator
    # a later document names the indicator differently: the machine cannot link it until a reviewer merges
    from .texts import ingest_text
    ingest_text("q3.txt", "湛江市前三季度经济运行\n2023年10月20日\n地区：湛江市\n2023年前三季度全市社会消费品零售总额增长8%。\n")
    ingest_text("plan.txt", "湛江市2023年计划\n2023年1月5日\n地区：湛江市\n全年力争一般公共预算收入增长8%。\n")
    target = Fact.objects.get(indicator__name="一般公共预算收入")
    actual = Fact.objects.get(indicator__name="社会消费品零售总额")
    assert not FactLink.objects.filter(target=target, other=actual).exists()
    into = Indicator.objects.get(name="一般公共预算收入")
    r = client_in.post(f"/indicators/{into.pk}/merge.json", {"other": "社会消费品零售总额"})
    assert r.status_code == 200 and "社会消费品零售总额" in r.json()["synonyms"]
    assert FactLink.objects.filter(target=target, other=actual, relation="actual").exists()
    assert client_in.post(f"/indicators/{into.pk}/merge.json", {"other": "不存在"}).status_code == 400
