"""What the browser tests share: Debian's chromium under Playwright, logging in through the login form, and
screenshots in test-artifacts/ (gitignored).  The ``browser`` fixtures that use it are in tests/conftest.py
(one per module, for the ledger and web tests) and tests/supervision/conftest.py (one per test)."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@contextmanager
def chromium(orm_in_loop: bool = False) -> Iterator:
    """A launched chromium (skips the test when Debian's chromium or Playwright is missing).

    Playwright's sync API runs an event loop in the test's thread; Django then refuses the ORM there unless
    ``orm_in_loop`` sets DJANGO_ALLOW_ASYNC_UNSAFE for the browser's lifetime (put back afterwards)."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    if orm_in_loop:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_api.sync_playwright() as p:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            try:
                yield b
            finally:
                b.close()
    finally:
        if orm_in_loop and before is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def log_in(browser, live_server, username: str, password: str, to: str = "/", *, timeout_ms: int = 15000,
           **context):
    """A new page of a new browser context (``context``: Playwright's new_context options; 1300×900 unless
    given) that asks for ``to`` anonymously, must land on the login form, signs in there and must come back to
    ``to``."""
    context.setdefault("viewport", {"width": 1300, "height": 900})
    page = browser.new_context(**context).new_page()
    page.set_default_timeout(timeout_ms)
    page.goto(live_server.url + to)
    assert "/accounts/login/" in page.url, page.url  # the page is not open to anonymous visitors
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + to)
    return page


def shot(page, name: str) -> None:
    """A full-page screenshot, test-artifacts/<name>.png."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


# the steps of a supervised item's page, as a unit's liaison and the supervisor take them

def assert_item_list(page, has: str, lacks: str) -> None:
    """The item list on ``page`` holds a row naming ``has`` and none naming ``lacks``."""
    rows = page.locator("#items tr").all_inner_texts()
    assert any(has in r for r in rows) and not any(lacks in r for r in rows), rows


def sign_and_report(page, item: str, progress: int, text: str, evidence: Path | None = None) -> None:
    """On the item list: open the item whose row names ``item``, sign for it (签收), report ``progress`` % with
    ``text`` (and a file of evidence) and wait for the page to confirm the report."""
    page.click(f"#items >> text={item}")
    page.click("#t-accepted")
    page.click("#report-link")
    page.fill("input[name=progress]", str(progress))
    page.fill("textarea[name=text]", text)
    if evidence is not None:
        page.set_input_files("input[name=evidence]", str(evidence))
    page.click("#report-form button[type=submit]")
    page.wait_for_selector("text=进展已报送")


def accept_report(page, item_url: str, progress: int) -> None:
    """The supervisor accepts the item's report (审核); the item's progress is then the reported one."""
    page.goto(item_url)
    page.click("#reports button.accept")
    page.wait_for_selector("text=已审核")
    assert page.inner_text("#progress") == f"{progress}%"
