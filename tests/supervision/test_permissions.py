"""Permission matrix: every view and JSON endpoint × every role.  A reporter of unit A reaching for unit B's
item, report, finding or evidence by URL or API gets 403/404 and changes nothing."""
from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from permission_matrix import READ_ALL, ROLES, client_for, expected, get_failures, post_failures

from taizhang.supervision import services
from taizhang.supervision.models import AuditEntry, Item

ALL = {"admin", "supervisor", "leader", "reporter_a", "reporter_b", "viewer_a"}
MANAGERS = {"admin", "supervisor"}


@pytest.fixture
def full(world, media):
    """The world plus a report and a finding on each unit's item and a file of evidence on B's report."""
    w = world
    w.report_a = services.submit_report(w.reporter_a, w.item_a.id, 10, "A 的进展")
    w.report_b = services.submit_report(w.reporter_b, w.item_b.id, 10, "B 的进展",
                                        files=[SimpleUploadedFile("b.pdf", b"%PDF-1.4 secret of B")])
    w.evidence_b = w.report_b.evidence.get()
    today = timezone.localdate()
    w.round = services.create_round(w.supervisor, "轮次", "一组", today, today, [w.unit_a.id, w.unit_b.id])
    w.finding_a = services.add_finding(w.supervisor, w.round.id, w.unit_a.id, "A 的问题", "minor", today, w.item_a.id)
    w.finding_b = services.add_finding(w.supervisor, w.round.id, w.unit_b.id, "B 的问题", "minor", today, w.item_b.id)
    return w


GETS = [
    # (name, url builder, roles allowed, roles for which the object does not exist)
    ("items", lambda w: "/supervision/", ALL, set()),
    ("items.json", lambda w: "/supervision/items.json", ALL, set()),
    ("item A", lambda w: f"/supervision/items/{w.item_a.id}/", READ_ALL | {"reporter_a", "viewer_a"}, {"reporter_b"}),
    ("item A json", lambda w: f"/supervision/items/{w.item_a.id}.json", READ_ALL | {"reporter_a", "viewer_a"},
     {"reporter_b"}),
    ("item B", lambda w: f"/supervision/items/{w.item_b.id}/", READ_ALL | {"reporter_b"}, {"reporter_a", "viewer_a"}),
    ("item B json", lambda w: f"/supervision/items/{w.item_b.id}.json", READ_ALL | {"reporter_b"},
     {"reporter_a", "viewer_a"}),
    ("order B docx", lambda w: f"/supervision/items/{w.item_b.id}/order.docx", READ_ALL | {"reporter_b"},
     {"reporter_a", "viewer_a"}),
    ("reminder B html", lambda w: f"/supervision/items/{w.item_b.id}/reminder.html", READ_ALL | {"reporter_b"},
     {"reporter_a", "viewer_a"}),
    ("report form A", lambda w: f"/supervision/items/{w.item_a.id}/report/", {"reporter_a"}, {"reporter_b"}),
    ("report form B", lambda w: f"/supervision/items/{w.item_b.id}/report/", {"reporter_b"}, {"reporter_a", "viewer_a"}),
    ("evidence B", lambda w: f"/supervision/evidence/{w.evidence_b.id}/", READ_ALL | {"reporter_b"},
     {"reporter_a", "viewer_a"}),
    ("rounds", lambda w: "/supervision/inspections/", ALL, set()),
    ("rounds.json", lambda w: "/supervision/inspections.json", ALL, set()),
    ("round", lambda w: f"/supervision/inspections/{w.round.id}/", ALL, set()),
    ("findings.json", lambda w: "/supervision/findings.json", ALL, set()),
    ("finding B", lambda w: f"/supervision/findings/{w.finding_b.id}/", READ_ALL | {"reporter_b"},
     {"reporter_a", "viewer_a"}),
    ("rectification notice B", lambda w: f"/supervision/findings/{w.finding_b.id}/notice.docx",
     READ_ALL | {"reporter_b"}, {"reporter_a", "viewer_a"}),
    ("rates", lambda w: "/supervision/rates/", ALL, set()),
    ("rates.json", lambda w: "/supervision/rates.json", ALL, set()),
    ("notice docx", lambda w: "/supervision/notice.docx", READ_ALL, set()),
    ("notice html", lambda w: "/supervision/notice.html", READ_ALL, set()),
    ("excel import", lambda w: "/supervision/excel/import/", MANAGERS, set()),
    ("excel export", lambda w: "/supervision/excel/export.xlsx", ALL, set()),
]


@pytest.mark.parametrize("role", ROLES)
def test_every_get_endpoint_for_every_role(full, role):
    failures = get_failures(full, role, GETS)
    assert not failures, f"{role}: {failures}"


def _posts(w):
    """(name, url, data, roles that succeed with a redirect, roles that get 404)."""
    today = timezone.localdate().isoformat()
    return [
        ("edit A", f"/supervision/items/{w.item_a.id}/edit/", {"title": "改", "version": Item.objects.get(pk=w.item_a.id).version}, MANAGERS,
         set()),
        ("report B", f"/supervision/items/{w.item_b.id}/report/", {"progress": "50", "text": "越权"},
         {"reporter_b"}, {"reporter_a", "viewer_a"}),
        ("transition B", f"/supervision/items/{w.item_b.id}/transition/", {"target": "completion_requested"},
         {"reporter_b"} | MANAGERS | {"leader"}, {"reporter_a", "viewer_a"}),
        ("review B", f"/supervision/reports/{w.report_b.id}/review/", {"decision": "accept"}, MANAGERS, set()),
        ("request B", f"/supervision/items/{w.item_b.id}/request/",
         {"kind": "extension", "reason": "r", "new_deadline": "2031-01-01"}, ALL - {"reporter_a", "viewer_a"},
         {"reporter_a", "viewer_a"}),
        ("rectify B", f"/supervision/findings/{w.finding_b.id}/rectify/", {"text": "越权整改"},
         ALL - {"reporter_a", "viewer_a"}, {"reporter_a", "viewer_a"}),
        ("new round", "/supervision/inspections/", {"name": "n", "team": "t", "start": today, "end": today},
         MANAGERS, set()),
        ("remind", "/supervision/remind/", {}, MANAGERS, set()),
        ("excel import", "/supervision/excel/import/", {}, MANAGERS, set()),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_every_post_endpoint_for_every_role(full, role):
    """Each POST on a fresh state; a refused POST leaves no audit entry.  Roles allowed into the view may still
    have the *service* refuse (e.g. a leader pressing a reporter's transition): that must be a 403 too."""
    def want(role, post):
        name, url, data, ok, hidden = post
        return expected(role, ok, hidden, ok_code=302) | ({403} if role in ok else set()) | (
            {200} if name == "excel import" and role in ok else set())
    failures = post_failures(full, role, _posts(full), want, AuditEntry.objects.count)
    assert not failures, f"{role}: {failures}"


def test_reporter_a_cannot_touch_b_by_url_or_api(full):
    c = client_for(full, "reporter_a")
    b = full.item_b
    assert c.get(f"/supervision/items/{b.id}/").status_code == 404
    assert c.get(f"/supervision/items/{b.id}.json").status_code == 404
    assert c.post(f"/supervision/items/{b.id}/report/", {"progress": 99, "text": "x"}).status_code == 404
    assert c.post(f"/supervision/items/{b.id}/transition/", {"target": "completion_requested"}).status_code == 404
    assert c.get(f"/supervision/evidence/{full.evidence_b.id}/").status_code == 404
    data = c.get("/supervision/items.json").json()
    assert [i["code"] for i in data["items"]] == ["T-001"]
    assert [f["description"] for f in c.get("/supervision/findings.json").json()["findings"]] == ["A 的问题"]
    assert "T-002" not in c.get("/supervision/").content.decode()
    assert "B 的进展" not in c.get(f"/supervision/items/{full.item_a.id}/").content.decode()
    b.refresh_from_db()
    assert b.status == "in_progress" and b.reports.count() == 1


def test_export_respects_permissions(full):
    import io

    from openpyxl import load_workbook
    r = client_for(full, "reporter_b").get("/supervision/excel/export.xlsx")
    ws = load_workbook(io.BytesIO(r.content)).active
    assert [row[1] for row in ws.iter_rows(min_row=2, values_only=True)] == ["T-002"]


def test_leader_reads_all_but_cannot_write(full):
    c = client_for(full, "leader")
    assert {i["code"] for i in c.get("/supervision/items.json").json()["items"]} == {"T-001", "T-002"}
    assert c.post(f"/supervision/items/{full.item_a.id}/edit/", {"title": "x"}).status_code == 403
    assert c.post(f"/supervision/reports/{full.report_a.id}/review/", {"decision": "accept"}).status_code == 403
    assert Item.objects.get(pk=full.item_a.id).title != "x"


def test_co_unit_sees_item_but_not_other_units_findings(full):
    from taizhang.supervision.models import Membership, Role
    from django.contrib.auth import get_user_model
    u = get_user_model().objects.create_user("rep_town", password="x" * 10)
    Membership.objects.create(user=u, unit=full.town, role=Role.LIAISON)
    c = Client()
    c.force_login(u)
    assert c.get(f"/supervision/items/{full.item_a.id}/").status_code == 200
    assert c.get(f"/supervision/findings/{full.finding_a.id}/").status_code == 404
    assert c.get(f"/supervision/items/{full.item_b.id}/").status_code == 404

