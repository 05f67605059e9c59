"""Production by default: DEBUG off, a generated SECRET_KEY kept 0600 in the data directory, `check --deploy`
clean behind HTTPS, a CSP header, SQLite in WAL mode, request bodies capped before they are read, the real
WSGI server with whitenoise, and backup/restore round trips."""
from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.test import RequestFactory

from taizhang.web.limits import RequestSizeLimitMiddleware
from taizhang.web.settings import read_or_create_secret_key

ROOT = Path(__file__).resolve().parents[2]
TAIZHANG = str(ROOT / ".venv" / "bin" / "taizhang")
PYTHON = sys.executable


def _env(data_dir: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TAIZHANG_") or k == "TAIZHANG_DB_URL"}
    env.pop("TAIZHANG_DB_URL", None)  # these subprocesses use their own SQLite file
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests' process, never by a deployment
    env.update({"TAIZHANG_DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "taizhang.web.settings"})
    env.update(extra)
    return env


def _settings_value(data_dir: Path, expr: str, **extra) -> str:
    code = f"import django; django.setup(); from django.conf import settings; print({expr})"
    out = subprocess.run([PYTHON, "-c", code], env=_env(data_dir, **extra), capture_output=True, text=True,
                         timeout=120, cwd=data_dir)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_secret_key_generated_once_private_and_read_back(tmp_path):
    key = read_or_create_secret_key(tmp_path)
    path = tmp_path / "secret_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(key) >= 50 and read_or_create_secret_key(tmp_path) == key
    os.chmod(path, 0o644)  # loosened by hand: tightened again when read
    assert read_or_create_secret_key(tmp_path) == key and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".secret_key.*"))  # no temporary file left behind


def test_settings_production_by_default(tmp_path):
    assert _settings_value(tmp_path, "settings.DEBUG") == "False"
    key = _settings_value(tmp_path, "settings.SECRET_KEY")
    assert key == (tmp_path / "secret_key").read_text().strip()
    assert _settings_value(tmp_path, "settings.SECRET_KEY", TAIZHANG_SECRET_KEY="k" * 60) == "k" * 60
    assert _settings_value(tmp_path, "settings.DEBUG", TAIZHANG_DEBUG="1") == "True"
    cookies = "(settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE)"
    assert _settings_value(tmp_path, cookies) == "(False, False)"
    assert _settings_value(tmp_path, cookies, TAIZHANG_HTTPS="1") == "(True, True)"


def test_check_deploy_is_clean_in_production_mode(tmp_path):
    out = subprocess.run([TAIZHANG, "manage", "check", "--deploy", "--fail-level", "WARNING"],
                         env=_env(tmp_path, TAIZHANG_HTTPS="1"), capture_output=True, text=True, timeout=180,
                         cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "no issues" in out.stdout
    # on plain HTTP the only remarks are the ones about HTTPS itself
    out = subprocess.run([TAIZHANG, "manage", "check", "--deploy"], env=_env(tmp_path), capture_output=True,
                         text=True, timeout=180, cwd=tmp_path)
    import re
    ids = set(re.findall(r"\((security\.W\d+)\)", out.stdout + out.stderr))
    assert ids, out.stdout + out.stderr
    assert ids <= {"security.W004", "security.W008", "security.W012", "security.W016"}, ids


def test_server_errors_are_logged_with_traceback_when_debug_is_off(tmp_path):
    code = ("import django; django.setup(); import logging\n"
            "try:\n    1 / 0\nexcept ZeroDivisionError:\n"
            "    logging.getLogger('django.request').error('Internal Server Error: /x', exc_info=True)")
    out = subprocess.run([PYTHON, "-c", code], env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert "Internal Server Error: /x" in out.stderr and "ZeroDivisionError" in out.stderr


@pytest.mark.django_db
def test_csp_and_security_headers(client):
    r = client.get("/accounts/login/")
    csp = r["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert r["X-Frame-Options"] == "DENY" and r["X-Content-Type-Options"] == "nosniff"


def test_inline_scripts_carry_the_csp_nonce():
    """CSP allows inline <script> only with the request's nonce and one inline handler by its hash: every template
    must keep to that, or the browser silently drops the script."""
    import re
    templates = [p for p in (ROOT / "src" / "taizhang").rglob("templates/**/*.html")]
    assert templates
    for path in templates:
        text = path.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", text):
            if "src=" not in tag:
                assert 'nonce="{{ request.csp_nonce }}"' in tag, (path, tag)
        for handler in re.findall(r"\son[a-z]+=\"([^\"]*)\"", text):
            assert handler == "this.form.submit()", (path, handler)


@pytest.mark.django_db
def test_rates_page_script_nonce_matches_the_header(client):
    from supervision.conftest import make_world
    w = make_world()
    client.force_login(w.supervisor)
    r = client.get("/supervision/rates/")
    import re
    nonce = re.search(r'<script nonce="([^"]+)">', r.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in r["Content-Security-Policy"]


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path):
    code = ("import django; django.setup(); from django.db import connection; c = connection.cursor(); "
            "print(c.execute('PRAGMA journal_mode').fetchone()[0], c.execute('PRAGMA busy_timeout').fetchone()[0])")
    out = subprocess.run([PYTHON, "-c", code], env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["wal", "30000"]


READ_DURING_WRITE = """
import threading, time
import django
django.setup()
from django.db import connection, connections
with connection.cursor() as c:
    c.execute("CREATE TABLE probe (x integer)")
    c.execute("INSERT INTO probe VALUES (1)")
started, done = threading.Event(), threading.Event()
def writer():
    with connections["default"].cursor() as c:
        c.execute("BEGIN EXCLUSIVE")  # the strongest write lock: in rollback-journal mode it shuts readers out
        c.execute("INSERT INTO probe VALUES (2)")
        started.set()
        done.wait(30)
        c.execute("COMMIT")
    connections["default"].close()
th = threading.Thread(target=writer)
th.start()
started.wait(30)
with connection.cursor() as c:
    c.execute("PRAGMA busy_timeout=0")  # a blocked read would fail at once instead of waiting
    try:
        print("read", c.execute("SELECT count(*) FROM probe").fetchone()[0])
    except Exception as e:
        print("blocked", e)
done.set()
th.join()
"""


def test_readers_go_on_while_a_write_runs(tmp_path):
    out = subprocess.run([PYTHON, "-c", READ_DURING_WRITE], env=_env(tmp_path), capture_output=True, text=True,
                         timeout=120)
    assert out.stdout.strip() == "read 1", out.stdout + out.stderr  # the committed state, without waiting


def test_request_body_over_the_cap_is_refused_before_reading(settings):
    settings.TAIZHANG_MAX_REQUEST_BYTES = 1024 * 1024
    reached = []
    mw = RequestSizeLimitMiddleware(lambda request: reached.append(request) or "view ran")
    rf = RequestFactory()
    req = rf.post("/documents/", data=b"x", content_type="application/octet-stream")
    req.META["CONTENT_LENGTH"] = str(300 * 1024 * 1024)
    resp = mw(req)
    assert resp.status_code == 413 and not reached
    req = rf.post("/documents/", data=b"x", content_type="application/octet-stream")
    req.META.pop("CONTENT_LENGTH")
    req.META["HTTP_TRANSFER_ENCODING"] = "chunked"
    assert mw(req).status_code == 411 and not reached
    req = rf.post("/documents/", data=b"x", content_type="application/octet-stream")
    req.META["CONTENT_LENGTH"] = "abc"
    assert mw(req).status_code == 400
    assert mw(rf.post("/documents/", data=b"x" * 1000, content_type="application/octet-stream")) == "view ran"


def test_uploaded_files_stream_to_disk(settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    req = RequestFactory().post("/documents/", {"files": SimpleUploadedFile("big.txt", b"x" * (3 * 1024 * 1024))})
    f = req.FILES["files"]
    assert isinstance(f, TemporaryUploadedFile)  # not held in memory


def test_production_middleware_order(settings):
    mw = settings.MIDDLEWARE
    assert mw[0] == "taizhang.web.limits.RequestSizeLimitMiddleware"
    assert mw.index("whitenoise.middleware.WhiteNoiseMiddleware") == mw.index(
        "django.middleware.security.SecurityMiddleware") + 1


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_serve_runs_gunicorn_with_static_files_and_no_debug(tmp_path):
    port = _free_port()
    log = open(tmp_path / "serve.log", "w")
    proc = subprocess.Popen([TAIZHANG, "serve", "--port", str(port), "--workers", "1"], env=_env(tmp_path),
                            cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                status, headers, _ = _get(base + "/healthz")
                break
            except OSError:
                assert proc.poll() is None, (tmp_path / "serve.log").read_text()
                assert time.monotonic() < deadline, "server did not come up"
                time.sleep(0.5)
        assert status == 200 and headers["Server"].startswith("gunicorn")
        status, headers, body = _get(base + "/static/ledger/ledger.css")
        assert status == 200 and "max-age" in headers.get("Cache-Control", "")
        status, headers, body = _get(base + "/no-such-page/?region=abc")
        assert status in (302, 404) and b"Traceback" not in body and b"DATABASES" not in body
        status, headers, _ = _get(base + "/accounts/login/")
        assert status == 200 and "Content-Security-Policy" in headers
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=60)
        log.close()
