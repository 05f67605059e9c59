"""The home page is cheap at any size: colours come from the database, and the number of queries a view makes does
not grow with the number of items (under load the home page was the slowest page, colouring every item in Python)."""
from __future__ import annotations

import datetime as dt
import itertools
import threading

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def _add_items(unit, n: int, start: int) -> None:
    """n items of every kind a page shows: overdue, behind their milestones, due soon, quiet, closed, awaiting closing."""
    from django.utils import timezone

    from taizhang.supervision.models import Item, Milestone, Status
    today = timezone.localdate()
    shapes = itertools.cycle([
        (Status.IN_PROGRESS, -3, 10, None),          # red
        (Status.IN_PROGRESS, 40, 10, 50),            # yellow: a milestone of 50 % is due
        (Status.ACCEPTED, 5, 0, None),               # blue
        (Status.IN_PROGRESS, 90, 60, 50),            # quiet
        (Status.CLOSED, -10, 100, None),             # closed
        (Status.COMPLETION_REQUESTED, 20, 95, 90),   # waits for closing
        (Status.RETURNED, -1, 30, None),
    ])
    for k in range(n):
        status, days, progress, expected = next(shapes)
        item = Item.objects.create(code=f"Q-{start + k:04d}", title=f"自拟测试事项{start + k}", lead_unit=unit,
                                   status=status, deadline=today + dt.timedelta(days=days), progress=progress,
                                   position=start + k)
        if expected is not None:
            Milestone.objects.create(item=item, due=today - dt.timedelta(days=1), expected_progress=expected)
            Milestone.objects.create(item=item, due=today + dt.timedelta(days=30), expected_progress=100)


def _queries(user) -> int:
    c = Client(raise_request_exception=True)
    c.force_login(user)
    c.get("/")  # the session and the ranking cache settle on a first view
    with CaptureQueriesContext(connection) as ctx:
        assert c.get("/").status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("role", ["supervisor", "leader", "reporter_a", "viewer_a"])
def test_home_page_queries_do_not_grow_with_the_items(site, role):
    from taizhang.supervision import ranking_cache
    user = site.users[role]
    _add_items(site.unit_a, 7, 0)
    ranking_cache.clear()
    few = _queries(user)
    _add_items(site.unit_a, 28, 100)
    ranking_cache.clear()
    many = _queries(user)
    assert many == few, f"{role}: {few} queries with few items, {many} with four times as many"


@pytest.mark.parametrize("role,bound", [("supervisor", 90), ("leader", 15), ("reporter_a", 130)])
def test_home_page_reads_only_the_items_it_shows(site, role, bound):
    """Counts come from aggregates: the page builds model objects only for its short lists (15 each, a unit's first
    100 items), not for every item."""
    from django.db.models.signals import post_init

    from taizhang.supervision.models import Item
    _add_items(site.unit_a, 150, 0)
    c = Client(raise_request_exception=True)
    c.force_login(site.users[role])
    c.get("/")  # the month's ranking reads every item once per change of the data (ranking_cache)
    built = []

    def count(sender, instance, **kwargs):
        built.append(instance)
    post_init.connect(count, sender=Item)
    try:
        ctx = c.get("/").context
    finally:
        post_init.disconnect(count, sender=Item)
    assert ctx["counts"]["total"] >= 150
    assert len(built) <= bound, f"{role}: {len(built)} items built for one view"


def test_database_colours_equal_the_python_rule(site):
    from django.utils import timezone

    from taizhang.supervision import colours, services
    from taizhang.supervision.models import Item
    _add_items(site.unit_a, 21, 0)
    today = timezone.localdate()
    for day in (today, today + dt.timedelta(days=10), today - dt.timedelta(days=40)):
        got = {i.pk: i.colour for i in colours.with_colour(Item.objects.all(), day)}
        want = {i.pk: services.colour_of(i, day) for i in Item.objects.prefetch_related("milestones")}
        assert got == want, day
        assert {"red", "yellow", "blue", ""} <= set(want.values()) or day != today


def test_home_counts_and_lists_match_the_colours(site):
    from django.utils import timezone

    from taizhang.supervision import services
    from taizhang.supervision.models import Item, Status
    _add_items(site.unit_a, 14, 0)
    today = timezone.localdate()
    colour = {i.pk: services.colour_of(i, today) for i in Item.objects.prefetch_related("milestones")}
    c = Client(raise_request_exception=True)
    c.force_login(site.supervisor)
    ctx = c.get("/").context
    for name in ("red", "yellow", "blue"):
        assert ctx["counts"][name] == sum(1 for v in colour.values() if v == name), name
    assert ctx["counts"]["total"] == len(colour)
    assert ctx["closed"] == Item.objects.filter(status=Status.CLOSED).count()
    assert {i.pk for i, _ in ctx["overdue"]} == {pk for pk, v in colour.items() if v == "red"}
    assert all(c == colour[i.pk] for i, c in ctx["behind"])
    assert {i.pk for i in ctx["to_close"]} == set(
        Item.objects.filter(status=Status.COMPLETION_REQUESTED).values_list("pk", flat=True))


def test_leader_overview_by_unit_counts_every_item(site):
    from django.utils import timezone

    from taizhang.supervision import services
    from taizhang.supervision.models import Item
    _add_items(site.unit_a, 14, 0)
    today = timezone.localdate()
    c = Client(raise_request_exception=True)
    c.force_login(site.leader)
    by_unit = dict(c.get("/").context["by_unit"])
    mine = Item.objects.filter(lead_unit=site.unit_a).prefetch_related("milestones")
    assert by_unit[site.unit_a.name]["total"] == mine.count()
    assert by_unit[site.unit_a.name]["red"] == sum(1 for i in mine if services.colour_of(i, today) == "red")
    assert by_unit[site.unit_a.name]["yellow"] == sum(1 for i in mine if services.colour_of(i, today) == "yellow")


def test_liaison_todo_is_what_the_item_by_item_rule_picks(site):
    from django.utils import timezone

    from taizhang.supervision import services, workflow
    from taizhang.supervision.models import Item, Role
    _add_items(site.unit_a, 7, 0)
    today = timezone.localdate()
    want = []
    for i in Item.objects.filter(lead_unit=site.unit_a).prefetch_related("milestones").order_by("position", "id"):
        moves = workflow.allowed(i.status, Role.LIAISON, True)
        if i.status in workflow.REPORTABLE or moves or services.colour_of(i, today):
            want.append(i.code)
    c = Client(raise_request_exception=True)
    c.force_login(site.reporter_a)
    got = [i.code for i, *_ in c.get("/").context["todo"]]
    assert got == want[:len(got)] and len(got) == min(len(want), 15)


@pytest.mark.parametrize("colour", ["", "red", "yellow", "blue", "none", "late"])
def test_item_list_filters_and_counts_by_colour_in_the_database(site, colour):
    from django.utils import timezone

    from taizhang.supervision import services
    from taizhang.supervision.models import Item
    _add_items(site.unit_a, 14, 0)
    today = timezone.localdate()
    colour_of = {i.pk: services.colour_of(i, today) for i in Item.objects.prefetch_related("milestones")}
    keep = {"": lambda c: True, "none": lambda c: c == "", "late": lambda c: c in ("red", "yellow")}.get(
        colour, lambda c: c == colour)
    want = {pk for pk, c in colour_of.items() if keep(c)}
    c = Client(raise_request_exception=True)
    c.force_login(site.supervisor)
    data = c.get(f"/supervision/items.json?colour={colour}&size=500").json()
    assert {i["id"] for i in data["items"]} == want and data["count"] == len(want)
    assert all((i["warning"] or "") == colour_of[i["id"]] for i in data["items"])
    ctx = c.get(f"/supervision/?colour={colour}").context
    assert ctx["total"] == len(want)
    for name in ("red", "yellow", "blue"):
        assert ctx["counts"][name] == sum(1 for pk in want if colour_of[pk] == name)
    by_unit = dict(ctx["by_unit"])
    assert sum(u["total"] for u in by_unit.values()) == len(want)


def test_item_list_queries_do_not_grow_with_the_items(site):
    def queries() -> int:
        c = Client(raise_request_exception=True)
        c.force_login(site.supervisor)
        c.get("/supervision/")
        with CaptureQueriesContext(connection) as ctx:
            assert c.get("/supervision/?size=5").status_code == 200
            assert c.get("/supervision/items.json?size=5&colour=late").status_code == 200
        return len(ctx.captured_queries)
    _add_items(site.unit_a, 7, 0)
    few = queries()
    _add_items(site.unit_a, 28, 100)
    assert queries() == few


@pytest.mark.parametrize("role,bound", [("supervisor", 20), ("leader", 11), ("reporter_a", 10), ("viewer_a", 9)])
def test_home_page_query_count_is_bounded_at_any_size(site, role, bound):
    """A fixed, small number of queries per view (the session, the user and the membership included), with the
    ranking kept: the colour counts one grouped query (the leader's with its per-unit overview), the membership with
    its unit one, the ranking's fingerprint one aggregate a table, the ledger's unreviewed rows two; 150 more items
    change nothing."""
    from taizhang.supervision import ranking_cache, services
    user = site.users[role]
    services.review_report(site.supervisor, site.report.id, False, "请补充自拟佐证材料")  # a returned report
    services.submit_report(site.reporter_a, site.item_a.id, 45, "自拟进展说明")  # and one waiting for review
    ranking_cache.clear()
    few = _queries(user)
    text = Client(raise_request_exception=True)
    text.force_login(user)
    shown = text.get("/").content.decode()
    if role == "reporter_a":
        assert "请补充自拟佐证材料" in shown and "T-001" in shown  # the returned report, with its item
    if role == "supervisor":
        assert "报送完成率 45%" in shown and "T-001" in shown  # the report waiting, with its item and unit
        assert f"{site.change.get_kind_display()}({site.reporter_b.username}," in shown  # the change request
        if getattr(site, "proposal", None) is not None:  # and a proposal, with its kind and source
            assert f"{site.proposal.get_kind_display()}" in shown and site.proposal.document_title[:10] in shown
    _add_items(site.unit_a, 150, 0)
    ranking_cache.clear()
    many = _queries(user)
    assert few == many <= bound, f"{role}: {few} queries with the fixture, {many} with 150 more items"


def test_home_numbers_equal_the_live_counts(site):
    """The page's numbers are those of counting the rows one by one: items by the item-by-item colour rule, closed
    items, proposals waiting and the ledger's unreviewed facts, project mentions and tasks."""
    from django.apps import apps
    from django.utils import timezone

    from taizhang.ledger.models import Fact, ProjectMention, ReviewState, Task
    from taizhang.supervision import services
    from taizhang.supervision.models import Item, Status
    _add_items(site.unit_a, 23, 0)
    Fact.objects.filter(pk=Fact.objects.order_by("id").values("pk")[:1]).update(review_state=ReviewState.ACCEPTED)
    today = timezone.localdate()
    colour = [services.colour_of(i, today) for i in Item.objects.prefetch_related("milestones")]
    c = Client(raise_request_exception=True)
    c.force_login(site.supervisor)
    ctx = c.get("/").context
    assert ctx["counts"] == {"total": len(colour), "closed": Item.objects.filter(status=Status.CLOSED).count(),
                             **{k: colour.count(k) for k in ("red", "yellow", "blue")}}
    assert ctx["counts"]["red"] and ctx["counts"]["yellow"] and ctx["counts"]["blue"] and ctx["closed"]
    want = sum(m.objects.filter(review_state=ReviewState.UNREVIEWED).count() for m in (Fact, ProjectMention, Task))
    assert ctx["unreviewed"] == want > 0
    try:
        Proposal = apps.get_model("supervision", "Proposal")
    except LookupError:
        return
    assert ctx["proposal_count"] == Proposal.objects.filter(state="pending").count()


def test_ranking_fingerprint_is_the_tables_counts_and_moves_with_every_change(site):
    """The fingerprint holds the counts and newest ids of the tables the ranking reads, and moves when
    an item, a milestone, a report's review, a finding or a unit changes."""
    from django.utils import timezone

    from taizhang.supervision import ranking_cache
    from taizhang.supervision.models import AuditEntry, Finding, Item, Milestone, ProgressReport, Unit
    fp = ranking_cache.fingerprint()
    counts = [(Item, 0), (ProgressReport, 3), (Milestone, 6), (Finding, 9), (Unit, 13)]
    for model, at in counts:
        assert fp[at] == model.objects.count() and fp[at + 1] == max(model.objects.values_list("id", flat=True))
    assert fp[8] == max(AuditEntry.objects.values_list("id", flat=True))
    seen = {fp}

    def moved():
        now = ranking_cache.fingerprint()
        assert now not in seen
        seen.add(now)
    item = Item.objects.order_by("id").first()
    item.progress = 55
    item.save()
    moved()
    Milestone.objects.create(item=item, due=timezone.localdate(), expected_progress=10)
    moved()
    ProgressReport.objects.filter(pk=site.report.pk).update(reviewed_at=timezone.now())
    moved()
    Finding.objects.filter(pk=site.finding.pk).update(closed_at=timezone.now())
    moved()
    Unit.objects.create(name="岚溪县自拟测试局")
    moved()


def test_counts_by_unit_are_the_item_by_item_counts(site):
    """One grouped query gives the page's colour counts and the per-unit overview: each unit's items, closed, red
    and yellow as the item-by-item rule counts them, items without a lead unit under 未指定, most red first."""
    from django.utils import timezone

    from taizhang.supervision import colours, services
    from taizhang.supervision.models import Item, Status
    _add_items(site.unit_a, 14, 0)
    _add_items(site.unit_b, 9, 100)
    _add_items(None, 5, 200)
    today = timezone.localdate()
    want: dict[str, dict[str, int]] = {}
    for i in Item.objects.select_related("lead_unit").prefetch_related("milestones"):
        u = want.setdefault(i.lead_unit.name if i.lead_unit else "未指定", {"total": 0, "closed": 0, "red": 0,
                                                                          "yellow": 0})
        colour = services.colour_of(i, today)
        u["total"] += 1
        u["closed"] += i.status == Status.CLOSED
        if colour in ("red", "yellow"):
            u[colour] += 1
    coloured = colours.with_colour(Item.objects.all(), today)
    counts, by_unit = colours.counts_by_unit(coloured)
    assert dict(by_unit) == want and len(want) >= 3
    assert [name for name, _ in by_unit] == sorted(want, key=lambda n: (-want[n]["red"], -want[n]["yellow"], n))
    assert counts == colours.colour_counts(coloured)
    assert colours.by_unit(coloured) == by_unit


def test_membership_and_its_unit_are_read_once(site):
    """A user's membership comes with its unit in one query, kept on the user object (the related descriptor
    answers from it); a user without one is asked once too."""
    from django.contrib.auth import get_user_model

    from taizhang.supervision import permissions as perm
    user = get_user_model().objects.get(pk=site.reporter_a.pk)
    with CaptureQueriesContext(connection) as ctx:
        m = perm.membership(user)
        assert m.unit.name == site.unit_a.name and perm.unit_id_of(user) == site.unit_a.id
        assert user.membership is m and perm.role_of(user) == m.role
    assert len(ctx.captured_queries) == 1
    nobody = get_user_model().objects.create_user("无单位用户")
    with CaptureQueriesContext(connection) as ctx:
        assert perm.membership(nobody) is None and perm.role_of(nobody) is None and perm.unit_id_of(nobody) is None
    assert len(ctx.captured_queries) == 1


def test_database_colours_equal_the_python_rule_at_the_edges(site):
    """The behind-schedule sets against the item-by-item rule where a maximum and a set could part: several
    milestones due (the highest decides), due ones all at or below the progress, only future ones, none with a
    negative progress, exactly on the expected value, quiet statuses and 100 %."""
    from django.utils import timezone

    from taizhang.supervision import colours, services
    from taizhang.supervision.models import Item, Milestone, Status
    today = timezone.localdate()
    day = dt.timedelta(days=1)
    cases = [  # progress, status, deadline in days, milestones (days from today, expected)
        (30, Status.IN_PROGRESS, 60, [(-5, 20), (-1, 40)]), (30, Status.IN_PROGRESS, 60, [(-5, 40), (-1, 20)]),
        (30, Status.IN_PROGRESS, 60, [(-5, 10), (-1, 30)]), (30, Status.IN_PROGRESS, 3, [(-1, 30), (5, 90)]),
        (30, Status.IN_PROGRESS, 60, [(0, 31)]), (30, Status.IN_PROGRESS, 60, [(1, 90)]),
        (-5, Status.IN_PROGRESS, 60, []), (-5, Status.IN_PROGRESS, 60, [(-1, -10)]),
        (-5, Status.IN_PROGRESS, 60, [(-1, -1)]), (-5, Status.IN_PROGRESS, 60, [(3, 50)]),
        (0, Status.ACCEPTED, 60, []), (10, Status.IN_PROGRESS, -3, [(-1, 90)]), (10, Status.CLOSED, -3, [(-1, 90)]),
        (100, Status.IN_PROGRESS, -3, [(-1, 90)]),
        (50, Status.SUSPENDED, 2, [(-1, 90)]), (50, Status.IN_PROGRESS, None, [(-1, 90)]),
        (50, Status.IN_PROGRESS, None, [])]
    for k, (progress, status, days, ms) in enumerate(cases):
        item = Item.objects.create(code=f"E-{k:03d}", title=f"自拟边界事项{k}", lead_unit=site.unit_a, status=status,
                                   progress=progress, deadline=None if days is None else today + days * day)
        for d, expected in ms:
            Milestone.objects.create(item=item, due=today + d * day, expected_progress=expected)
    got = {i.pk: i.colour for i in colours.with_colour(Item.objects.filter(code__startswith="E-"), today)}
    want = {i.pk: services.colour_of(i, today)
            for i in Item.objects.filter(code__startswith="E-").prefetch_related("milestones")}
    assert got == want
    assert {"red", "yellow", "blue", ""} <= set(want.values())


def _ranking_calls(monkeypatch) -> list:
    from taizhang.supervision import ranking_cache, reporting
    calls = []

    def fake(year, month, by="unit", today=None):
        calls.append(threading.current_thread().name)
        return f"排名表{len(calls)}"
    monkeypatch.setattr(reporting, "monthly_ranking", fake)
    ranking_cache.clear()
    return calls


@pytest.mark.django_db(transaction=True)
def test_an_old_ranking_with_an_unchanged_fingerprint_is_checked_on_a_thread_of_its_own(monkeypatch):
    """Past its TTL with the data unchanged, the kept table answers at once and a thread computes it again (no
    request waits for that check); a change of the data is computed by the request itself."""
    from taizhang.supervision import ranking_cache
    from taizhang.supervision.models import Unit
    calls = _ranking_calls(monkeypatch)
    today = dt.date(2026, 5, 20)
    assert ranking_cache.monthly_ranking(2026, 5, "unit", today) == "排名表1"
    monkeypatch.setattr(ranking_cache, "TTL", 0.0)
    assert ranking_cache.monthly_ranking(2026, 5, "unit", today) == "排名表1"  # answered by the kept table
    for t in threading.enumerate():
        if t.name == "ranking-refresh":
            t.join(10)
    assert calls[1] == "ranking-refresh" and len(calls) == 2
    monkeypatch.setattr(ranking_cache, "TTL", 3600.0)
    assert ranking_cache.monthly_ranking(2026, 5, "unit", today) == "排名表2"  # the thread's table, kept
    Unit.objects.create(name="岚溪县自拟排名测试局")
    assert ranking_cache.monthly_ranking(2026, 5, "unit", today) == "排名表3"  # data changed: computed at once
    assert calls[2] == threading.current_thread().name
    ranking_cache.clear()


def test_inside_a_transaction_an_old_ranking_is_computed_by_the_request(db, monkeypatch):
    from taizhang.supervision import ranking_cache
    calls = _ranking_calls(monkeypatch)
    today = dt.date(2026, 5, 20)
    assert ranking_cache.monthly_ranking(2026, 5, "unit", today) == "排名表1"
    monkeypatch.setattr(ranking_cache, "TTL", 0.0)
    assert ranking_cache.monthly_ranking(2026, 5, "unit", today) == "排名表2"
    assert calls == [threading.current_thread().name] * 2
    ranking_cache.clear()
