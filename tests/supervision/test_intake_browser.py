"""The issue's story in a real browser (Playwright driving Debian's chromium), screenshots in test-artifacts/:

demo → the supervisor makes items from the plan's third chapter (preview, confirm) → the 县人社局 liaison signs and
reports → the supervisor accepts; a later progress document is uploaded → its proposals are accepted → the 县教体局
items turn from red to done and the ranking changes.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from .test_browser import ARTIFACTS, browser  # noqa: F401  (the chromium fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "demo-browser-pw-1"

# our own words: a later news item about the new kindergartens of 岚溪县
LATER = ("岚溪县新建城区幼儿园全部投入使用\n2026年11月20日 来源：岚溪县融媒体中心\n\n"
         "  记者从县教育体育局获悉，今年全县新建城区幼儿园3所，已于9月1日全部开园，新增学位1500个，"
         "有效缓解了城区入园难问题。\n")


@pytest.fixture
def demo_world(live_server, settings, tmp_path):
    """Built before the browser starts (see test_browser.story_world for why)."""
    from taizhang.ledger.models import Document
    from taizhang.supervision import demo
    settings.MEDIA_ROOT = tmp_path / "media"
    demo.run(PASSWORD, extract=False)
    plan = Document.objects.get(name=demo.PLAN)
    third = plan.sections.filter(parent__isnull=True).order_by("order")[2]
    return plan, third


def _login(browser, live_server, username):  # noqa: F811
    page = browser.new_context(viewport={"width": 1300, "height": 900}).new_page()
    page.set_default_timeout(15000)
    page.goto(f"{live_server.url}/accounts/login/?next=/supervision/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/supervision/")
    return page


def _score(ranking_text: str, unit: str) -> float | None:
    for line in ranking_text.splitlines():
        if unit in line:
            nums = re.findall(r"\t(\d+\.\d\d)", line)
            return float(nums[0]) if nums else None
    return None


def test_from_plan_to_ranking(live_server, demo_world, browser, tmp_path):  # noqa: F811
    plan, third = demo_world
    ARTIFACTS.mkdir(exist_ok=True)
    shot = lambda page, name: page.screenshot(path=str(ARTIFACTS / f"intake_{name}.png"), full_page=True)  # noqa

    # 1. the supervisor makes items from the plan's third chapter: choose, preview, confirm
    sup = _login(browser, live_server, "ducha")
    sup.goto(f"{live_server.url}/supervision/intake/")
    sup.click(f"a.pick-doc[href='?document={plan.pk}']")
    sup.check(f"input[value='section:{third.pk}']")
    sup.click("#intake-preview")
    preview = sup.inner_text("#preview")
    assert "岚溪县人力资源和社会保障局" in preview and "岚溪县教育体育局" in preview and "2026年9月30日" in preview
    shot(sup, "1_preview")
    sup.click("#intake-confirm")
    sup.wait_for_url("**/supervision/")
    assert "立项成功" in sup.content()
    shot(sup, "2_created")

    # 2. the 县人社局 liaison sees its new item, signs for it and reports
    rep = _login(browser, live_server, "renshe")
    rows = rep.locator("#items tr").all_inner_texts()
    assert any("新增城镇就业" in r for r in rows) and not any("幼儿园" in r for r in rows)
    rep.click("#items >> text=新增城镇就业")
    rep.click("#t-accepted")
    rep.click("#report-link")
    rep.fill("input[name=progress]", "70")
    rep.fill("textarea[name=text]", "1—10月新增城镇就业2980人,开展招聘会12场。")
    rep.click("#report-form button[type=submit]")
    rep.wait_for_selector("text=进展已报送")
    shot(rep, "3_reported")

    # 3. the supervisor accepts the report; the item shows the goal, its source and the proposal from the Q3 report
    sup.goto(rep.url)
    sup.click("#reports button.accept")
    sup.wait_for_selector("text=已审核")
    assert sup.inner_text("#progress") == "70%"
    assert sup.locator("#source-link").count() == 1 and "2650" in sup.inner_text("#proposals")
    shot(sup, "4_accepted")
    sup.goto(f"{live_server.url}/supervision/rates/")
    before = sup.inner_text("#ranking")
    assert "689 ÷ 745 = 92.5%" in sup.inner_text("#formula")
    score_before = _score(before, "岚溪县教育体育局")
    shot(sup, "5_rates_before")

    # 4. a later progress document is ingested through the upload page
    later = tmp_path / "kindergartens.txt"
    later.write_text(LATER, encoding="utf-8")
    sup.goto(f"{live_server.url}/documents/")
    sup.set_input_files("#upload input[type=file]", str(later))
    sup.click("#upload button[type=submit]")
    sup.wait_for_url("**/batches/**")
    assert "已入库" in sup.content()

    # 5. its proposals are accepted
    sup.goto(f"{live_server.url}/supervision/proposals/")
    rows = [r for r in sup.locator("#proposals tr.proposal").all_inner_texts() if "幼儿园全部投入使用" in r]
    assert len(rows) == 2, rows     # the kindergartens and the school places
    shot(sup, "6_proposals")
    for _ in rows:
        sup.locator("#proposals tr.proposal", has_text="幼儿园全部投入使用").first.locator("button.accept").click()
        sup.wait_for_selector("text=已采纳进展建议")
    assert not [r for r in sup.locator("#proposals tr.proposal").all_inner_texts() if "幼儿园全部投入使用" in r]

    # 6. rates and ranking change: 县教体局's overdue items are done
    sup.goto(f"{live_server.url}/supervision/rates/")
    after = sup.inner_text("#ranking")
    score_after = _score(after, "岚溪县教育体育局")
    assert score_after is not None and (score_before is None or score_after > score_before), (before, after)
    assert before != after
    shot(sup, "7_rates_after")
