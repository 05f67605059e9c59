"""CSRF, escaping, login throttling, upload limits, no hand-built SQL."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from taizhang.supervision import services
from taizhang.supervision.models import LoginFailure, ProgressReport

from .conftest import PASSWORD


def _csrf_client(user) -> Client:
    c = Client(enforce_csrf_checks=True)
    c.force_login(user)
    return c


def test_csrf_enforced_on_writes(world):
    c = _csrf_client(world.supervisor)
    url = f"/supervision/items/{world.item_a.id}/edit/"
    assert c.post(url, {"title": "无令牌", "version": world.item_a.version}).status_code == 403
    page = c.get(f"/supervision/items/{world.item_a.id}/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
    r = c.post(url, {"title": "有令牌", "version": world.item_a.version, "csrfmiddlewaretoken": token})
    assert r.status_code == 302
    world.item_a.refresh_from_db()
    assert world.item_a.title == "有令牌"


def test_every_form_carries_a_csrf_token(world):
    c = Client()
    c.force_login(world.supervisor)
    for url in ("/supervision/", f"/supervision/items/{world.item_a.id}/", "/supervision/inspections/",
                "/supervision/excel/import/"):
        html = c.get(url).content.decode()
        forms = re.findall(r"<form[^>]*method=\"post\"[^>]*>(.*?)</form>", html, re.S)
        assert forms, url
        assert all("csrfmiddlewaretoken" in f for f in forms), url


def test_script_in_report_is_escaped(world, media):
    payload = '<script>alert("xss")</script><img src=x onerror=alert(1)>'
    services.submit_report(world.reporter_a, world.item_a.id, 10, payload, problems=payload)
    services.update_assignment(world.supervisor, world.item_a.id, None, {"source_text": payload})
    for user in (world.supervisor, world.reporter_a):
        c = Client()
        c.force_login(user)
        for url in (f"/supervision/items/{world.item_a.id}/", f"/supervision/items/{world.item_a.id}/order.html",
                    f"/supervision/items/{world.item_a.id}/reminder.html"):
            html = c.get(url).content.decode()
            assert "<script>alert" not in html and "<img src=x" not in html, url
            assert "&lt;script&gt;" in html, url


def _login(c: Client, username: str, password: str, ip: str = "10.0.0.1") -> bool:
    c.post("/accounts/login/", {"username": username, "password": password}, REMOTE_ADDR=ip)
    ok = "_auth_user_id" in c.session
    c.logout()
    return ok


def test_login_throttled_per_username_and_ip(world):
    c = Client()
    assert _login(c, "rep_a", PASSWORD)
    for _ in range(5):
        assert not _login(c, "rep_a", "wrong-password")
    assert not _login(c, "rep_a", PASSWORD)                    # locked, even with the right password
    assert _login(c, "rep_a", PASSWORD, ip="10.0.0.2")         # another IP is not locked
    assert _login(c, "rep_b", PASSWORD)                        # another user is not locked
    LoginFailure.objects.update(at=timezone.now() - dt.timedelta(minutes=31))
    assert _login(c, "rep_a", PASSWORD)                        # the lock expires
    assert not LoginFailure.objects.filter(username="rep_a", ip="10.0.0.1").exists()  # success clears


def test_upload_type_and_size_limits_via_the_form(world, media, monkeypatch):
    c = Client()
    c.force_login(world.reporter_a)
    url = f"/supervision/items/{world.item_a.id}/report/"
    r = c.post(url, {"progress": "20", "text": "附件", "evidence": SimpleUploadedFile("x.exe", b"MZ\x90\x00")})
    assert r.status_code == 400 and "附件类型不允许" in r.content.decode()
    monkeypatch.setattr(services, "MAX_EVIDENCE_BYTES", 100)
    r = c.post(url, {"progress": "20", "text": "附件", "evidence": SimpleUploadedFile("x.pdf", b"%PDF" + b"0" * 200)})
    assert r.status_code == 400 and "附件过大" in r.content.decode()
    assert ProgressReport.objects.count() == 0
    r = c.post(url, {"progress": "20", "text": "附件", "evidence": SimpleUploadedFile("x.pdf", b"%PDF-1.4 ok")})
    assert r.status_code == 302 and ProgressReport.objects.get().evidence.count() == 1


def test_injection_in_query_string_is_just_text(world):
    c = Client()
    c.force_login(world.reporter_a)
    for q in ("' OR 1=1 --", "%' OR '1'='1", "T-002"):
        data = c.get("/supervision/items.json", {"q": q, "status": "x' OR 1=1"}).json()
        assert all(i["code"] == "T-001" for i in data["items"])
        r = c.get("/supervision/items.json", {"q": q, "unit": "1 OR 1=1"})  # an id that is no id: 400
        assert r.status_code == 400 and b"T-002" not in r.content


def test_no_sql_built_by_hand():
    src = Path(services.__file__).parent
    for p in src.rglob("*.py"):
        text = p.read_text(encoding="utf-8")
        assert not re.search(r"\.raw\(|\.extra\(|cursor\(\)|execute\(", text), p
