"""Browser tests: Playwright driving Debian's chromium against a live server.

upload → highlighted view → accept a fact → it is in the ledger; facets and search; the indicator chart.
Screenshots go to test-artifacts/ (gitignored).
"""
from __future__ import annotations

import re

import pytest

from browsing import log_in, shot

from . import texts

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page(browser, live_server, django_user_model):
    from .conftest import make_reviewer
    make_reviewer(django_user_model, "browser", "browser-pw-1")
    pg = log_in(browser, live_server, "browser", "browser-pw-1", "/", viewport={"width": 1366, "height": 900},
                locale="zh-CN")
    yield pg
    pg.context.close()


def upload(pg, live_server, tmp_path, files: dict[str, str]) -> None:
    paths = []
    for name, text in files.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    pg.goto(live_server.url + "/documents/")
    pg.set_input_files("input[name=files]", paths)
    pg.click("#upload button[type=submit]")
    pg.wait_for_url(re.compile(r".*/batches/\d+/$"))


def test_upload_view_accept_ledger(page, live_server, tmp_path):
    upload(page, live_server, tmp_path, {"r23.txt": texts.REPORT_2023, "m23.txt": texts.MIDYEAR_2023})
    assert page.locator("#batch-items .status-stored").count() == 2
    shot(page, "batch")
    page.click("#batch-items .status-stored a >> nth=0")
    page.wait_for_selector("#doctext")
    assert page.locator("#doctext .hl-target").count() > 0
    assert page.locator("#doctext").inner_text().count("<b>不留死角</b>") == 1  # shown as text, not markup
    shot(page, "document")
    page.click("#doctext a.hl-target >> nth=0")
    page.wait_for_url(re.compile(r".*/facts/\d+/$"))
    fact_url = page.url
    assert page.locator("#review-state").inner_text() == "待审核"
    page.click("#accept")
    page.wait_for_url(fact_url)
    assert page.locator("#review-state").inner_text() == "已确认"
    page.goto(live_server.url + "/targets/?review=accepted")
    rows = page.locator("#ledger-table tr[data-id]")
    assert rows.count() == 1
    assert fact_url.rstrip("/").endswith(rows.first.get_attribute("data-id"))
    shot(page, "targets-accepted")


def test_facets_and_search(page, live_server, tmp_path):
    upload(page, live_server, tmp_path, {"r23.txt": texts.REPORT_2023, "m23.txt": texts.MIDYEAR_2023,
                                         "r24.txt": texts.REPORT_2024})
    page.goto(live_server.url + "/targets/")
    total = page.locator("#ledger-table tr[data-id]").count()
    page.click("ul[data-facet=indicator] a:has-text('固定资产投资')")
    page.wait_for_url(re.compile(r".*indicator=\d+"))
    assert 0 < page.locator("#ledger-table tr[data-id]").count() < total
    shot(page, "targets-facet")
    page.goto(live_server.url + "/tasks/")
    page.fill("input[name=q]", "整改")
    page.click(".search button")
    page.wait_for_url(re.compile(r".*q=.*"))
    rows = page.locator("#ledger-table tr[data-id]")
    assert rows.count() == 1 and "整改" in rows.first.inner_text()


def test_indicator_chart_renders(page, live_server, tmp_path):
    upload(page, live_server, tmp_path, {"r23.txt": texts.REPORT_2023, "m23.txt": texts.MIDYEAR_2023})
    page.goto(live_server.url + "/indicators/")
    page.click("a:has-text('地区生产总值')")
    page.wait_for_selector("#chart-series canvas")
    for chart in ("#chart-series", "#chart-ranking"):
        box = page.locator(f"{chart} canvas").first.bounding_box()
        assert box and box["width"] > 100 and box["height"] > 100
    page.wait_for_timeout(600)  # let the entry animation finish for the screenshot
    shot(page, "indicator")
    page.goto(live_server.url + "/pipeline/")
    page.wait_for_selector("#chart-pipeline canvas")
    shot(page, "pipeline")
