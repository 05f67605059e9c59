"""督办单, 催办单, 通报, 整改通知 as .docx and HTML: every line about an item cites its code and source."""
from __future__ import annotations

import io

from django.test import Client
from django.utils import timezone
from docx import Document

from taizhang.supervision import services


def _docx_text(data: bytes) -> tuple[list[str], list[list[str]]]:
    d = Document(io.BytesIO(data))
    paras = [p.text for p in d.paragraphs if p.text.strip()]
    tables = [[c.text for c in row.cells] for t in d.tables for row in t.rows]
    return paras, tables


def _client(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def test_supervision_and_reminder_orders(world):
    c = _client(world.supervisor)
    r = c.get(f"/supervision/items/{world.item_b.id}/order.docx")
    assert r["Content-Type"].startswith("application/vnd.openxmlformats")
    paras, table = _docx_text(r.content)
    assert paras[0] == "督 办 单"
    assert ["任务来源", "自拟测试会议纪要"] in table
    assert any("T-002" in p and "自拟测试会议纪要" in p for p in paras)
    paras, table = _docx_text(c.get(f"/supervision/items/{world.item_b.id}/reminder.docx").content)
    assert any("已超过完成时限 3 天" in p and "〔T-002「完成老旧小区改造」;来源:自拟测试会议纪要〕" in p for p in paras)
    html = c.get(f"/supervision/items/{world.item_b.id}/reminder.html").content.decode()
    assert "催 办 单" in html and "红色预警" in html


def test_monthly_notice_has_ranking_formula_top_tier_and_cited_laggards(world, media):
    s = world.supervisor
    rep = services.submit_report(world.reporter_a, world.item_a.id, 100, "全部完成")
    services.review_report(s, rep.id, True)
    services.transition(world.reporter_a, world.item_a.id, "completion_requested")
    services.transition(s, world.item_a.id, "closed")
    c = _client(world.leader)
    month = timezone.localdate().strftime("%Y-%m")
    data = c.get("/supervision/rates.json", {"month": month}).json()
    ranking = {r["unit"]: r for r in data["ranking"]}
    assert ranking["市发展改革局"]["rank"] == 1 and ranking["市发展改革局"]["top_tier"]
    assert ranking["市发展改革局"]["inputs"]["completion"] == {"numerator": 1, "denominator": 1}
    assert ranking["市住房城乡建设局"]["inputs"]["on_time"] == {"numerator": 0, "denominator": 1}
    assert [d["code"] for d in data["dispatch"]] == ["T-002"]
    paras, table = _docx_text(c.get("/supervision/notice.docx", {"month": month}).content)
    assert any("综合得分 = 100 ×" in p for p in paras)
    assert any(row[1] == "市发展改革局" and row[7] == "第一方阵" for row in table)
    lag = [p for p in paras if "T-002" in p]
    assert lag and all("来源:自拟测试会议纪要" in p for p in lag)
    page = c.get("/supervision/rates/", {"month": month}).content.decode()
    assert "第一方阵" in page and "完成老旧小区改造" in page
    by_region = c.get("/supervision/rates.json", {"month": month, "by": "region"}).json()
    assert {r["unit"] for r in by_region["ranking"]} == {"市直部门"}


def test_rectification_notice(world):
    today = timezone.localdate()
    rnd = services.create_round(world.supervisor, "第二轮督查", "第二督查组", today, today, [world.unit_b.id])
    f = services.add_finding(world.supervisor, rnd.id, world.unit_b.id, "进度严重滞后", "severe", today, world.item_b.id)
    paras, table = _docx_text(_client(world.reporter_b).get(f"/supervision/findings/{f.id}/notice.docx").content)
    assert paras[0] == "整改通知" and "市住房城乡建设局:" in paras
    assert table[1][2] == "进度严重滞后" and table[1][5] == "T-002"
    assert any("第二轮督查" in p and "T-002" in p and "自拟测试会议纪要" in p for p in paras)


def test_docx_is_a4_with_gbt9704_margins(world):
    """Every .docx is A4 (210 × 297 mm) with the margins of GB/T 9704: top 37, bottom 35, left 28, right 26 mm."""
    from docx.shared import Mm

    c = _client(world.supervisor)
    urls = [f"/supervision/items/{world.item_b.id}/order.docx", f"/supervision/items/{world.item_b.id}/reminder.docx",
            "/supervision/notice.docx"]
    for url in urls:
        r = c.get(url)
        assert r.status_code == 200, url
        sections = Document(io.BytesIO(r.content)).sections
        assert sections, url
        for s in sections:
            mm = {k: round(getattr(s, k) / Mm(1)) for k in ("page_width", "page_height", "top_margin", "bottom_margin",
                                                             "left_margin", "right_margin")}
            assert mm == {"page_width": 210, "page_height": 297, "top_margin": 37, "bottom_margin": 35,
                          "left_margin": 28, "right_margin": 26}, (url, mm)
    html = c.get(f"/supervision/items/{world.item_b.id}/order.html").content.decode()
    assert "size:A4;margin:37mm 26mm 35mm 28mm" in html
