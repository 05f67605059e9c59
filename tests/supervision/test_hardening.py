"""Hardening of the supervision side: every list pages, a unit's reporter sees only its own unit's scores in
rates.json (as on the 通报), and evidence that is a zip bomb is refused."""
from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from taizhang.supervision import services
from taizhang.supervision.models import Item, Status


def _client(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


@pytest.fixture
def many(world):
    """250 more items of unit A, so one page cannot hold them."""
    Item.objects.bulk_create([Item(code=f"M-{n:04d}", title=f"批量事项{n}", lead_unit=world.unit_a,
                                   status=Status.ASSIGNED, position=n) for n in range(250)])
    return world


def test_item_list_json_pages(many):
    c = _client(many.supervisor)
    first = c.get("/supervision/items.json").json()
    assert first["count"] == 252 and len(first["items"]) == 100 and first["pages"] == 3
    last = c.get("/supervision/items.json?page=3").json()
    assert len(last["items"]) == 52
    codes = {i["code"] for p in (1, 2, 3) for i in c.get(f"/supervision/items.json?page={p}").json()["items"]}
    assert len(codes) == 252  # the pages together are the whole list, once each
    assert len(c.get("/supervision/items.json?size=100000").json()["items"]) == 252  # capped at 500 a page
    assert len(c.get("/supervision/items.json?size=7").json()["items"]) == 7
    co = c.get("/supervision/items.json?q=T-001").json()["items"][0]["co_units"]
    assert co == [many.town.name]


def test_item_list_page_renders_one_page_with_a_pager(many):
    html = _client(many.supervisor).get("/supervision/").content.decode()
    assert html.count('href="/supervision/items/') <= 100
    assert "下一页" in html and "252" in html


def test_finding_and_round_lists_page(world):
    import datetime as dt
    today = dt.date.today()
    rnd = services.create_round(world.supervisor, "轮次", "一组", today, today, [world.unit_a.id])
    for n in range(105):
        services.add_finding(world.supervisor, rnd.id, world.unit_a.id, f"问题{n}", "minor", today, None)
    c = _client(world.supervisor)
    html = c.get("/supervision/inspections/").content.decode()
    assert html.count('href="/supervision/findings/') == 100 and "下一页" in html
    assert c.get("/supervision/findings.json?page=2").json()["findings"][-1]["description"].startswith("问题")
    assert len(c.get("/supervision/findings.json").json()["findings"]) == 100
    assert {"count", "page", "pages"} <= set(c.get("/supervision/findings.json").json())
    assert {"count", "page", "pages"} <= set(c.get("/supervision/inspections.json").json())


def test_rates_json_shows_a_unit_only_its_own_scores(world):
    full = _client(world.supervisor).get("/supervision/rates.json").json()
    assert {r["unit"] for r in full["ranking"]} >= {world.unit_a.name, world.unit_b.name}
    mine = _client(world.reporter_a).get("/supervision/rates.json").json()
    assert {r["unit"] for r in mine["ranking"]} == {world.unit_a.name}
    assert _client(world.leader).get("/supervision/rates.json").json()["ranking"] == full["ranking"]


def _bomb_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            for _ in range(30):
                fh.write(b"\0" * (1024 * 1024))
    return buf.getvalue()


def test_evidence_zip_bomb_is_refused(world, media):
    data = _bomb_docx()
    assert len(data) < 100 * 1024
    with pytest.raises(services.ServiceError, match="压缩"):
        services.submit_report(world.reporter_a, world.item_a.id, 20, "进展", files=[SimpleUploadedFile("证明.docx", data)])
    assert world.item_a.reports.count() == 0


def test_item_list_colours_and_counts_from_the_light_path(many):
    import datetime as dt
    past = dt.date.today() - dt.timedelta(days=3)
    Item.objects.filter(code__in=["M-0007", "M-0100", "M-0200"]).update(deadline=past)
    c = _client(many.supervisor)
    html = c.get("/supervision/?colour=red").content.decode()
    for code in ("M-0007", "M-0100", "M-0200", "T-002"):  # T-002 of the world is overdue too
        assert code in html
    assert "M-0008" not in html
    assert html.count('href="/supervision/items/') == 4
    reds = {i["code"] for i in c.get("/supervision/items.json?colour=red").json()["items"]}
    assert reds == {"M-0007", "M-0100", "M-0200", "T-002"}
    assert {i["warning"] for i in c.get("/supervision/items.json?q=M-0007").json()["items"]} == {"red"}


def test_ranking_is_computed_once_per_change_of_its_data(world, monkeypatch):
    """The cached ranking answers like reporting.monthly_ranking, and a report accepted in between is seen."""
    import datetime as dt

    from taizhang.supervision import ranking_cache, reporting
    ranking_cache.clear()
    calls = []
    real = reporting.monthly_ranking
    monkeypatch.setattr(reporting, "monthly_ranking", lambda *a, **k: calls.append(a) or real(*a, **k))
    today = dt.date.today()
    first = ranking_cache.monthly_ranking(today.year, today.month, "unit", today)
    again = ranking_cache.monthly_ranking(today.year, today.month, "unit", today)
    assert again is first and len(calls) == 1
    assert [(r.unit_id, r.score) for r in first.rows] == [(r.unit_id, r.score) for r in
                                                          real(today.year, today.month, "unit", today).rows]
    report = services.submit_report(world.reporter_a, world.item_a.id, 60, "过半")
    services.review_report(world.supervisor, report.id, True, "")
    after = ranking_cache.monthly_ranking(today.year, today.month, "unit", today)
    assert len(calls) == 2 and after is not first
    assert [(r.unit_id, r.score) for r in after.rows] == [(r.unit_id, r.score) for r in
                                                          real(today.year, today.month, "unit", today).rows]


def test_dispatch_list_matches_the_reporting_one(many):
    import datetime as dt

    from taizhang.supervision import permissions as perm, reporting
    from taizhang.supervision.views import _dispatch
    past = dt.date.today() - dt.timedelta(days=2)
    Item.objects.filter(code__in=["M-0003", "M-0050"]).update(deadline=past)
    Item.objects.filter(code="M-0004").update(deadline=past, status=Status.CLOSED)
    visible = perm.visible_items(many.supervisor)
    today = dt.date.today()
    mine = [(i.code, c) for i, c in _dispatch(visible, today)]
    assert mine == [(i.code, c) for i, c in reporting.dispatch_items(visible, today)]
    assert ("M-0003", "red") in mine and not any(code == "M-0004" for code, _ in mine)


def test_ranking_being_recomputed_elsewhere_answers_with_the_previous_table(world):
    import datetime as dt

    from taizhang.supervision import ranking_cache
    ranking_cache.clear()
    today = dt.date.today()
    first = ranking_cache.monthly_ranking(today.year, today.month, "unit", today)
    services.submit_report(world.reporter_a, world.item_a.id, 30, "又一次报送")  # the data moved on
    base = (today.year, today.month, "unit", today, ranking_cache._database())
    ranking_cache._computing.add(base)  # another thread is on it
    try:
        assert ranking_cache.monthly_ranking(today.year, today.month, "unit", today) is first
    finally:
        ranking_cache._computing.discard(base)
    assert ranking_cache.monthly_ranking(today.year, today.month, "unit", today) is not first
