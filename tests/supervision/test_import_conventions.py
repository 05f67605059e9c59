"""Conventions of offices' own ledgers beyond the six layouts: .xls files, an unmerged two-line header, deadlines
written as several nodes, a monthly report day that reminders use, and the export of a layout across batches.
Every sheet is built here, rows invented."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook

from taizhang.supervision.importer import Options, apply_plan, plan_import
from taizhang.supervision.models import Item, Unit


@pytest.fixture
def units(db):
    names = ["县交通运输局", "县水利局", "县农业农村局"]
    return {n: Unit.objects.create(name=n, kind=Unit.Kind.DEPARTMENT) for n in names}


@pytest.fixture
def supervisor(db):
    from django.contrib.auth import get_user_model

    from taizhang.supervision.models import Membership, Role
    u = get_user_model().objects.create_user("sup-conv", password="pw-for-tests-123")
    Membership.objects.create(user=u, role=Role.SUPERVISOR)
    return u


def plan_of(data: bytes, name: str = "台账.xlsx", **kw):
    return plan_import(io.BytesIO(data), name, Options(today=dt.date(2024, 2, 1), **kw))


# ---- .xls ------------------------------------------------------------------------------------------------------

def _xls_ledger() -> bytes:
    """An .xls 台账: a title merged across, a header, a 牵头单位 merged down two rows, a date cell, a percentage."""
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("乡村道路")
    ws.write_merge(0, 0, 0, 4, "2024年农村公路提档升级任务台账")
    for c, h in enumerate(["序号", "工作任务", "牵头单位", "完成时限", "完成率"]):
        ws.write(1, c, h)
    pct = xlwt.easyxf(num_format_str="0%")
    date = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(2, 0, 1)
    ws.write(2, 1, "改造柳湾至石门段道路")
    ws.write_merge(2, 3, 2, 2, "县交通运输局")
    ws.write(2, 3, dt.date(2024, 9, 30), date)
    ws.write(2, 4, 0.4, pct)
    ws.write(3, 0, 2)
    ws.write(3, 1, "新建桥头村便民桥")
    ws.write(3, 3, "10月底前")
    ws.write(3, 4, 0.1, pct)
    hidden = wb.add_sheet("说明")
    hidden.write(0, 0, "本表由县交通运输局填报")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_an_xls_ledger_is_read_with_its_merged_cells(units, supervisor):
    data = _xls_ledger()
    assert data[:4] == b"\xd0\xcf\x11\xe0"
    plan = plan_of(data, "道路.xls")
    assert plan.ok, plan.errors
    sheet = plan.sheets[0]
    assert sheet.title == "2024年农村公路提档升级任务台账" and sheet.year == 2024
    recs = [r for r in plan.records if not r.section]
    assert [r.values["title"] for r in recs] == ["改造柳湾至石门段道路", "新建桥头村便民桥"]
    lead = units["县交通运输局"].id
    assert [r.lead_unit_id for r in recs] == [lead, lead]          # merged down: both rows
    assert recs[0].values["deadline"] == dt.date(2024, 9, 30)
    assert recs[1].values["deadline"] == dt.date(2024, 10, 31)     # the sheet's year
    assert [r.values["progress"] for r in recs] == [40.0, 10.0]   # 0.4 in a percent cell
    res = apply_plan(plan, supervisor)
    assert res.created == 2
    assert Item.objects.get(title="新建桥头村便民桥").lead_unit_id == lead


def test_a_broken_xls_is_an_error_that_says_so(db):
    plan = plan_of(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "坏.xls")
    assert not plan.ok and ".xls" in plan.errors[0].message


def test_the_upload_page_takes_an_xls(units, supervisor, settings, tmp_path):
    from django.test import Client
    settings.MEDIA_ROOT = str(tmp_path)
    c = Client()
    c.force_login(supervisor)
    f = io.BytesIO(_xls_ledger())
    f.name = "道路.xls"
    resp = c.post("/supervision/excel/import/", {"file": f})
    assert resp.status_code in (200, 302), resp.content.decode()[:500]
    body = resp.content.decode() if resp.status_code == 200 else ""
    assert "zip" not in body
    assert "改造柳湾至石门段道路" in body or Item.objects.filter(title="改造柳湾至石门段道路").exists()
