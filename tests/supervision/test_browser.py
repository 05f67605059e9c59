"""The whole story in a real browser (Playwright driving Debian's chromium), screenshots in test-artifacts/.

Supervisor imports an Excel 台账 → the unit's reporter accepts and reports with an attachment → the supervisor
accepts the report → the item is yellow, then red → reminders → an inspection finding is notified, rectified,
verified → the month's ranking page and notice document come out.
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import Workbook

import browsing
from browsing import accept_report, assert_item_list, log_in, sign_and_report

from taizhang.supervision import excel

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _ledger_xlsx(path: Path) -> Path:
    today = dt.date.today()
    wb = Workbook()
    ws = wb.active
    ws.append(excel.COLUMNS)
    ws.append([1, "S-1", "自拟测试工作要点:第一部分", "建设智慧城市运营中心", "年底前建成投用", "市发展改革局",
               "东城区", "王副市长", (today + dt.timedelta(days=40)).isoformat(),
               f"{(today - dt.timedelta(days=3)).isoformat()} 50% 完成主体", "", 0, "交办", "", "", ""])
    ws.append([2, "S-2", "自拟测试会议纪要", "改造城市燃气管网", "完成 30 公里", "市住房城乡建设局", "", "",
               (today + dt.timedelta(days=90)).isoformat(), "", "", 10, "办理中", "", "", ""])
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(buf.getvalue())
    return path


def _login(browser, live_server, username):
    from .conftest import PASSWORD
    return log_in(browser, live_server, username, PASSWORD, "/supervision/", accept_downloads=True)


@pytest.fixture
def story_world(live_server, tmp_path, settings):
    """Made before the browser starts: once Playwright's event loop runs, Django would hand this thread a
    different (context-local) connection, left open when the test database is dropped."""
    from .conftest import make_world
    settings.MEDIA_ROOT = tmp_path / "media"
    return make_world()


def test_the_supervision_story(live_server, story_world, browser, tmp_path):
    w = story_world
    shot = lambda page, name: browsing.shot(page, f"supervision_{name}")  # noqa: E731

    sup = _login(browser, live_server, "sup1")
    # 1. import the Excel 台账
    sup.goto(f"{live_server.url}/supervision/excel/import/")
    sup.set_input_files("#import-form input[type=file]", str(_ledger_xlsx(tmp_path / "ledger.xlsx")))
    sup.click("#import-form button")
    sup.wait_for_url("**/supervision/")
    assert "导入成功: 新增 2 条" in sup.content()
    shot(sup, "1_imported")

    # 2. the reporter of 市发展改革局 sees only its item, accepts it and reports with an attachment
    rep = _login(browser, live_server, "rep_a")
    assert_item_list(rep, has="建设智慧城市运营中心", lacks="燃气")
    pdf = tmp_path / "验收记录.pdf"
    pdf.write_bytes(b"%PDF-1.4 evidence")
    sign_and_report(rep, "建设智慧城市运营中心", 30, '机房土建完成 <script>alert("x")</script>', evidence=pdf)
    assert '<script>alert("x")</script>' in rep.inner_text("#reports")   # shown as text, not run
    shot(rep, "2_reported")

    # 3. the supervisor accepts the report; the item is behind its 50 % milestone → yellow
    accept_report(sup, rep.url, 30)
    assert sup.locator("h1 .sv-yellow").count() == 1
    shot(sup, "3_yellow")
    # the deadline moves into the past → red
    sup.fill("#edit-form input[name=deadline]", (dt.date.today() - dt.timedelta(days=1)).isoformat())
    sup.click("#edit-form button[type=submit]")
    sup.wait_for_selector("text=已保存")
    assert sup.locator("h1 .sv-red").count() == 1
    assert "完成时限" in sup.inner_text("#history")
    shot(sup, "4_red_with_history")
    sup.goto(f"{live_server.url}/supervision/")
    sup.click("text=生成今日催办")
    sup.wait_for_selector("text=/已生成催办 3 条/")   # S-1 red, and the world's T-001 yellow, T-002 red

    # 4. inspection round → finding → notice → rectification → verification
    sup.goto(f"{live_server.url}/supervision/inspections/")
    sup.fill("#round-form input[name=name]", "第一轮专项督查")
    sup.fill("#round-form input[name=team]", "第一督查组")
    sup.fill("#round-form input[name=start]", dt.date.today().isoformat())
    sup.fill("#round-form input[name=end]", dt.date.today().isoformat())
    sup.select_option("#round-form select[name=scope_units]", label="市发展改革局")
    sup.click("#round-form button")
    sup.select_option("#finding-form select[name=unit]", label="市发展改革局")
    sup.fill("#finding-form input[name=item_code]", "S-1")
    sup.fill("#finding-form textarea[name=description]", "佐证材料与实际进度不符")
    sup.fill("#finding-form input[name=due]", (dt.date.today() + dt.timedelta(days=7)).isoformat())
    sup.click("#finding-form button")
    sup.click("text=佐证材料与实际进度不符")
    finding_url = sup.url
    sup.click("#notify")
    sup.wait_for_selector("text=已通报")

    rep.goto(finding_url)
    rep.fill("#rectify-form textarea", "已重新核实并补充照片")
    rep.click("#rectify-form button")
    rep.wait_for_selector("text=已整改待复核")

    sup.goto(finding_url)
    sup.fill("#verify-form textarea", "现场核实,整改到位")
    sup.click("#verify-pass")
    sup.wait_for_selector("text=已销号")
    shot(sup, "5_finding_closed")

    # 5. rates and ranking, and the notice as a Word document
    sup.goto(f"{live_server.url}/supervision/rates/")
    ranking = sup.inner_text("#ranking")
    assert "市发展改革局" in ranking and "第一方阵" in ranking
    assert "建设智慧城市运营中心" in sup.inner_text("#dispatch")
    shot(sup, "6_rates")
    with sup.expect_download() as dl:
        sup.click("#notice-docx")
    path = tmp_path / "notice.docx"
    dl.value.save_as(path)
    from docx import Document
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "S-1" in text and "自拟测试工作要点" in text

    # 6. the reporter reaching for the other unit's item by URL gets 404
    other = w.item_b.id
    resp = rep.goto(f"{live_server.url}/supervision/items/{other}/")
    assert resp.status == 404
