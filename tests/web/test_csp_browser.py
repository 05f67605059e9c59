"""The Content-Security-Policy breaks nothing: chromium loads the chart pages and the select-to-submit forms
without a single CSP violation, and the charts draw."""
from __future__ import annotations

import pytest

from ledger import texts
from ledger.conftest import make_reviewer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_chart_pages_run_under_the_policy(browser, live_server, django_user_model, settings):  # noqa: F811
    settings.TAIZHANG_EXTRACTOR = "ledger.fakeextract.extract_file"
    for name, text in (("r23.txt", texts.REPORT_2023), ("m23.txt", texts.MIDYEAR_2023)):
        texts.ingest_text(name, text)
    from taizhang.ledger.models import Indicator
    ind = Indicator.objects.filter(facts__isnull=False).first()
    make_reviewer(django_user_model, "csp", "csp-pw-12345")
    ctx = browser.new_context(locale="zh-CN")
    pg = ctx.new_page()
    violations = []
    pg.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    pg.goto(live_server.url + "/accounts/login/")
    pg.fill("input[name=username]", "csp")
    pg.fill("input[name=password]", "csp-pw-12345")
    pg.click("button[type=submit]")
    pg.wait_for_load_state()
    for path in ("/pipeline/", f"/indicators/{ind.pk}/", "/supervision/rates/"):
        pg.goto(live_server.url + path)
        pg.wait_for_load_state("networkidle")
        assert pg.locator("canvas").count() > 0, path  # ECharts drew
    pg.goto(live_server.url + "/targets/")
    with pg.expect_navigation():
        pg.select_option("select[name=sort]", "value")  # the one inline handler, allowed by its hash
    assert "sort=value" in pg.url
    ctx.close()
    assert not violations, violations
