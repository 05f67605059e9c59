"""50 simultaneous progress reports and edits on one item, against a real server process on loopback.

The server runs in its own process with its own database (a fresh SQLite file, or a fresh PostgreSQL
database when TAIZHANG_DB_URL points at PostgreSQL), so it sees real concurrent connections — unlike a
live_server sharing the test's in-memory SQLite connection.  Nothing may be lost: every report stored,
every edit applied exactly once (stale forms get 409 and retry), versions in the history form one chain.
"""
from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode, urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
N_REPORTS = 25
N_EDITS = 25

SEED = """
from django.contrib.auth import get_user_model
from taizhang.supervision.models import Item, Membership, Role, Unit
U = get_user_model()
a = Unit.objects.create(name="并发测试局")
for name, role, unit in (("sup", Role.SUPERVISOR, None), ("rep", Role.LIAISON, a)):
    Membership.objects.create(user=U.objects.create_user(name, password="concurrency-pw"), role=role, unit=unit)
Item.objects.create(code="C-1", title="并发事项", lead_unit=a, status="in_progress")
"""


# Django's threaded WSGI server, as runserver uses, with a listen backlog deep enough for 50 clients at once
SERVE = """
import sys, django
django.setup()
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.core.wsgi import get_wsgi_application
class Server(ThreadedWSGIServer):
    request_queue_size = 256
httpd = Server(("127.0.0.1", int(sys.argv[1])), WSGIRequestHandler)
httpd.set_app(get_wsgi_application())
httpd.serve_forever()
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TAIZHANG_")}
    env.update(TAIZHANG_DATA_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="taizhang.web.settings",
               PYTHONPATH=str(ROOT / "src"))
    pg_url = os.environ.get("TAIZHANG_DB_URL", "")
    dbname = None
    if pg_url.startswith(("postgres://", "postgresql://")):
        import psycopg
        dbname = f"taizhang_conc_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{dbname}"')  # name is ours, not user input
        env["TAIZHANG_DB_URL"] = urlparse(pg_url)._replace(path="/" + dbname).geturl()
    else:
        env["TAIZHANG_SQLITE"] = str(tmp_path / "conc.sqlite3")
    manage = [sys.executable, "-m", "django"]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=tmp_path)
    subprocess.run([*manage, "shell", "-c", SEED], env=env, check=True, cwd=tmp_path)
    port = _free_port()
    log = open(tmp_path / "server.log", "wb")
    proc = subprocess.Popen([sys.executable, "-c", SERVE, str(port)], env=env, cwd=tmp_path, stdout=log, stderr=log)
    try:
        for _ in range(200):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.05)
        yield port
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()
        if dbname:
            import psycopg
            with psycopg.connect(pg_url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


class Session:
    """Just enough of a browser: cookies, CSRF token, one connection per request (thread-safe)."""

    def __init__(self, port: int):
        self.port, self.cookies = port, {}

    def request(self, method: str, path: str, data: dict | None = None) -> tuple[int, str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            body = urlencode({**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        r = conn.getresponse()
        for h, v in r.getheaders():
            if h.lower() == "set-cookie":
                name, value = v.split(";", 1)[0].split("=", 1)
                self.cookies[name] = value
        text = r.read().decode("utf-8", "replace")
        conn.close()
        return r.status, text

    def login(self, username: str) -> "Session":
        self.request("GET", "/accounts/login/")
        status, _ = self.request("POST", "/accounts/login/", {"username": username, "password": "concurrency-pw"})
        assert status == 302 and "sessionid" in self.cookies, status
        return self


def test_fifty_simultaneous_reports_and_edits(server):
    rep, sup = Session(server).login("rep"), Session(server).login("sup")
    status, body = sup.request("GET", "/supervision/items.json")
    item_id = json.loads(body)["items"][0]["id"]
    barrier = threading.Barrier(N_REPORTS + N_EDITS)
    errors: list[str] = []
    conflicts = []

    def guarded(fn):
        def run(n: int) -> None:
            try:
                fn(n)
            except Exception as e:  # a thread's failure must fail the test
                errors.append(f"{fn.__name__} {n}: {type(e).__name__}: {e}")
        return run

    @guarded
    def report(n: int) -> None:
        barrier.wait()
        status, _ = rep.request("POST", f"/supervision/items/{item_id}/report/",
                                {"progress": str(n), "text": f"第{n}次报送"})
        if status != 302:
            errors.append(f"report {n}: {status}")

    @guarded
    def edit(n: int) -> None:
        barrier.wait()
        for _ in range(200):
            _, body = sup.request("GET", f"/supervision/items/{item_id}.json")
            version = json.loads(body)["version"]
            status, _ = sup.request("POST", f"/supervision/items/{item_id}/edit/",
                                    {"remarks": f"edit-{n}", "version": str(version)})
            if status == 302:
                return
            if status != 409:
                errors.append(f"edit {n}: {status}")
                return
            conflicts.append(n)
        errors.append(f"edit {n}: never got through")

    threads = [threading.Thread(target=report, args=(n,)) for n in range(N_REPORTS)]
    threads += [threading.Thread(target=edit, args=(n,)) for n in range(N_EDITS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors

    _, body = sup.request("GET", f"/supervision/items/{item_id}.json")
    item = json.loads(body)
    assert len(item["reports"]) == N_REPORTS
    assert sorted(r["progress"] for r in item["reports"]) == list(range(N_REPORTS))
    updates = [h for h in item["history"] if h["action"] == "update"]
    assert len(updates) == N_EDITS
    # one unbroken chain of versions: each edit starts where the previous one ended
    chain = sorted(updates, key=lambda h: h["before"]["version"])
    assert [h["before"]["version"] for h in chain] == list(range(1, N_EDITS + 1))
    assert all(h["after"]["version"] == h["before"]["version"] + 1 for h in chain)
    assert all(chain[k]["before"]["remarks"] == chain[k - 1]["after"]["remarks"] for k in range(1, len(chain)))
    assert {h["after"]["remarks"] for h in chain} == {f"edit-{n}" for n in range(N_EDITS)}
    assert item["version"] == N_EDITS + 1
    assert len([h for h in item["history"] if h["action"] == "report:submit"]) == N_REPORTS
