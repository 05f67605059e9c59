"""The issue's story in a real browser (Playwright driving Debian's chromium), screenshots in test-artifacts/:

demo → the supervisor makes items from the plan's third chapter (preview, confirm) → the 县人社局 liaison signs and
reports → the supervisor accepts; a later progress document is uploaded → its proposals are accepted → the 县教体局
items turn from red to done and the ranking changes.
"""
from __future__ import annotations

import re

import pytest

import browsing
from browsing import accept_report, assert_item_list, log_in, sign_and_report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "demo-browser-pw-1"

# our own words: a later news item about the new kindergartens of 岚溪县
LATER = ("岚溪县新建城区幼儿园全部投入使用\n2026年11月20日 来源：岚溪县融媒体中心\n\n"
         "  记者从县教育体育局获悉，今年全县新建城区幼儿园3所，已于9月1日全部开园，新增学位1500个，"
         "有效缓解了城区入园难问题。\n")


@pytest.fixture
def demo_world(live_server, settings, tmp_path):
    """Built before the browser starts (see the ``browser`` fixture in conftest.py for why)."""
    from taizhang.ledger.models import Document
    from taizhang.supervision import demo
    settings.MEDIA_ROOT = tmp_path / "media"
    demo.run(PASSWORD, extract=False)
    plan = Document.objects.get(name=demo.PLAN)
    third = plan.sections.filter(parent__isnull=True).order_by("order")[2]
    return plan, third


def _login(browser, live_server, username):
    return log_in(browser, live_server, username, PASSWORD, "/supervision/")


def _score(ranking_text: str, unit: str) -> float | None:
    for line in ranking_text.splitlines():
        if unit in line:
            nums = re.findall(r"\t(\d+\.\d\d)", line)
            return float(nums[0]) if nums else None
    return None


def test_from_plan_to_ranking(live_server, demo_world, browser, tmp_path):
    plan, third = demo_world
    shot = lambda page, name: browsing.shot(page, f"intake_{name}")  # noqa: E731

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
    assert_item_list(rep, has="新增城镇就业", lacks="幼儿园")
    sign_and_report(rep, "新增城镇就业", 70, "1—10月新增城镇就业2980人,开展招聘会12场。")
    shot(rep, "3_reported")

    # 3. the supervisor accepts the report; the item shows the goal, its source and the proposal from the Q3 report
    accept_report(sup, rep.url, 70)
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
