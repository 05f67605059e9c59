"""Conventions of offices' own ledgers beyond the six layouts: .xls files, an unmerged two-line header, deadlines
written as several nodes, a monthly report day that reminders use, and the export of a layout across batches.
Every sheet is built here, rows invented."""
from __future__ import annotations

import datetime as dt
import io

import pytest

from taizhang.supervision.importer import Options, apply_plan, plan_import
from taizhang.supervision.models import Item, Unit

from .excel_layouts import xlsx


@pytest.fixture
def units(db):
    names = ["县交通运输局", "县水利局", "县农业农村局"]
    return {n: Unit.objects.create(name=n, kind=Unit.Kind.DEPARTMENT) for n in names}


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


# ---- a two-line header without merged cells --------------------------------------------------------------------

def _unmerged_two_line_header(upper_first: bool = True) -> bytes:
    """投资情况 written once over its first sub-column, blank over the others; 序号 etc. only on the upper line."""
    return xlsx([
        ["2024年水利重点项目推进表"],
        ["序号", "项目名称", "牵头单位", "投资情况（万元）", None, None, "形象进度"],
        [None, None, None, "总投资", "年度计划", "1-6月完成", None],
        [1, "北干渠清淤加固", "县水利局", 1200, 800, 350, "完成清淤3公里"],
        [2, "高标准农田灌排配套", "县农业农村局", 900, 600, 120, "招标完成"],
    ])


def test_a_two_line_header_whose_group_is_written_once_and_not_merged(units, supervisor):
    plan = plan_of(_unmerged_two_line_header())
    assert plan.ok, plan.errors
    sheet = plan.sheets[0]
    assert sheet.header_rows == (2, 3)
    cols = {c.header: c.field for c in sheet.columns}
    assert cols == {"序号": "seq", "项目名称": "title", "牵头单位": "lead_unit",
                    "投资情况（万元）/总投资": "investment_total", "投资情况（万元）/年度计划": "investment_planned",
                    "投资情况（万元）/1-6月完成": "investment_completed", "形象进度": "progress_text"}
    assert plan.dropped_columns == []
    apply_plan(plan, supervisor)
    canal = Item.objects.get(title="北干渠清淤加固")
    assert (canal.investment_total, canal.investment_planned, canal.investment_completed, canal.investment_unit) == \
        (1200.0, 800.0, 350.0, "万元")
    assert Item.objects.count() == 2                      # the sub-header line is no item


def test_a_data_row_under_a_header_with_a_blank_cell_is_no_second_header_line(units):
    plan = plan_of(xlsx([["序号", "工作任务", None, "牵头单位", "完成时限"],
                         [1, "疏浚城南排水沟", "补充说明", "县水利局", "2024年6月底前"]]))
    assert plan.sheets[0].header_rows == (1, 1)
    assert [r.values["title"] for r in plan.records] == ["疏浚城南排水沟"]


# ---- a deadline written as several nodes -------------------------------------------------------------------

def _nodes_sheet() -> bytes:
    return xlsx([
        ["2024年民生实事推进表"],
        ["序号", "工作任务", "牵头单位", "完成时限"],
        [1, "建设城北农贸市场", "县农业农村局", "3月底前完成选址；6月底前开工；12月底前主体完工"],
        [2, "修缮东岭水库溢洪道", "县水利局", "2024年9月底前"],
    ])


def test_a_deadline_written_as_nodes_makes_one_milestone_per_node(units, supervisor):
    from taizhang.supervision.models import Milestone
    plan = plan_of(_nodes_sheet())
    assert plan.ok, plan.errors
    apply_plan(plan, supervisor)
    market = Item.objects.get(title="建设城北农贸市场")
    assert market.deadline == dt.date(2024, 12, 31)
    assert market.deadline_text == "3月底前完成选址；6月底前开工；12月底前主体完工"
    ms = [(m.due, m.description) for m in market.milestones.all()]
    assert ms == [(dt.date(2024, 3, 31), "3月底前完成选址"), (dt.date(2024, 6, 30), "6月底前开工"),
                  (dt.date(2024, 12, 31), "12月底前主体完工")]
    assert [m.expected_progress for m in market.milestones.all()] == [33.0, 67.0, 100.0]
    # one date: no milestones made up
    assert not Milestone.objects.filter(item__title="修缮东岭水库溢洪道").exists()


def test_deadline_nodes_carry_a_written_year_and_need_a_date_in_every_part():
    from taizhang.supervision.deadlines import parse_deadline
    d = parse_deadline("2025年4月底前完成征地，8月底前完成主体", 2024)
    assert d.nodes == [(dt.date(2025, 4, 30), "2025年4月底前完成征地"), (dt.date(2025, 8, 31), "8月底前完成主体")]
    assert d.date == dt.date(2025, 8, 31)
    assert parse_deadline("5月底前完成；持续巡查", 2024).nodes == []        # words after a date: one deadline
    assert parse_deadline("2024年11月30日", 2024).nodes == []


# ---- a report cycle (每月25日前) in warnings and reminders ---------------------------------------------------------

def _cycle_sheet() -> bytes:
    return xlsx([
        ["序号", "工作任务", "牵头单位", "完成时限", "推进状态"],
        [1, "河道保洁长效管护", "县水利局", "每月25日前", "正在办理"],
        [2, "农机补贴兑付", "县农业农村局", "2026年12月底前", "正在办理"],
    ])


@pytest.fixture
def cycled(units, supervisor):
    from django.utils import timezone
    apply_plan(plan_of(_cycle_sheet()), supervisor)
    item = Item.objects.get(title="河道保洁长效管护")
    assert (item.deadline_kind, item.report_day, item.frequency, item.deadline) == ("recurring", 25, "monthly", None)
    Item.objects.update(assigned_at=timezone.make_aware(dt.datetime(2026, 1, 5, 9)))
    return Item.objects.get(pk=item.pk)


def _remind(capsys, day: str) -> str:
    from taizhang.cli import main
    assert main(["remind", "--date", day]) == 0
    return capsys.readouterr().out


def test_remind_uses_the_report_day_of_the_month(cycled, supervisor, capsys):
    from django.utils import timezone

    from taizhang.supervision.models import ProgressReport, Reminder
    assert "0 reminder" in _remind(capsys, "2026-03-25")          # the day itself: not yet late
    out = _remind(capsys, "2026-03-26")
    assert cycled.code in out and "1 reminder" in out
    r = Reminder.objects.get(item=cycled)
    assert r.colour == "report" and "未按期报送" in r.message and "3月25日" in r.message
    assert not Reminder.objects.exclude(item=cycled).exists()    # the fixed-date item is not late
    # a report made (late) after the day settles the period; the next month's day is missed again
    rep = ProgressReport.objects.create(item=cycled, unit=cycled.lead_unit, author=supervisor, progress=20,
                                        text="本月完成河道巡查4次")
    ProgressReport.objects.filter(pk=rep.pk).update(submitted_at=timezone.make_aware(dt.datetime(2026, 3, 27, 10)))
    assert "0 reminder" in _remind(capsys, "2026-03-28")
    assert "0 reminder" in _remind(capsys, "2026-04-20")
    assert "1 reminder" in _remind(capsys, "2026-04-26")


def test_the_item_page_and_list_show_a_missed_report_day(cycled, supervisor, monkeypatch):
    from django.test import Client

    from taizhang.supervision import views
    c = Client()
    c.force_login(supervisor)
    monkeypatch.setattr(views, "_today", lambda: dt.date(2026, 3, 26))
    page = c.get(f"/supervision/items/{cycled.pk}/").content.decode()
    assert "未按期报送" in page and "2026年3月25日" in page
    listing = c.get("/supervision/").content.decode()
    assert listing.count("未按期报送") == 1
    monkeypatch.setattr(views, "_today", lambda: dt.date(2026, 3, 24))
    assert "未按期报送" not in c.get(f"/supervision/items/{cycled.pk}/").content.decode()


def test_missed_report_rules():
    from taizhang.supervision.warning import missed_report
    d = dt.date
    assert missed_report(25, "monthly", [], d(2026, 2, 26)) == d(2026, 2, 25)
    assert missed_report(31, "monthly", [], d(2026, 3, 1)) is None                # March's day is the 31st
    assert missed_report(31, "monthly", [], d(2026, 2, 28)) is None               # day capped at month end, not past
    assert missed_report(25, "monthly", [d(2026, 2, 3)], d(2026, 2, 26)) is None
    assert missed_report(25, "monthly", [d(2026, 1, 30)], d(2026, 2, 26)) == d(2026, 2, 25)   # January's report
    assert missed_report(25, "monthly", [], d(2026, 2, 26), since=d(2026, 2, 26)) is None
    assert missed_report(25, "monthly", [], d(2026, 2, 26), closed=True) is None
    assert missed_report(None, "monthly", [], d(2026, 2, 26)) is None
    assert missed_report(10, "quarterly", [], d(2026, 5, 3)) == d(2026, 4, 10)      # first month of the quarter


# ---- export per saved layout, across batches ---------------------------------------------------------------

def _layout_sheet(rows) -> bytes:
    return xlsx([["2024年民生实事台账"], ["序号", "实事项目", "牵头单位", "完成时限", "进展情况", "群众评价"], *rows],
                title="民生实事")


def test_a_layout_exports_every_item_of_all_its_batches_with_progress(units, supervisor):
    from openpyxl import load_workbook

    from taizhang.supervision.importer.export import layout_workbook
    from taizhang.supervision.models import ImportBatch, ImportLayout
    first = apply_plan(plan_of(_layout_sheet([[1, "老旧小区加装电梯", "县住房和城乡建设局", "2024年10月底前",
                                                "已完成选址", "满意"]]), create_units=True), supervisor)
    second = apply_plan(plan_of(_layout_sheet([[1, "城区公厕改造", "县水利局", "2024年8月底前", "设计中", "较满意"],
                                                [2, "乡镇卫生院设备更新", "县农业农村局", "2024年12月底前", "",
                                                 ""]]), "第二批.xlsx"), supervisor)
    other = apply_plan(plan_of(_nodes_sheet()), supervisor)     # another layout: not in the export
    layout = ImportBatch.objects.get(pk=first.batch_id).layout
    assert ImportBatch.objects.get(pk=second.batch_id).layout == layout
    assert ImportBatch.objects.get(pk=other.batch_id).layout != layout
    Item.objects.filter(title="城区公厕改造").update(progress_text="主体完工")
    rows = list(load_workbook(io.BytesIO(layout_workbook(layout))).active.iter_rows(values_only=True))
    assert rows[0][0] == "2024年民生实事台账"
    assert rows[1] == ("序号", "实事项目", "牵头单位", "完成时限", "进展情况", "群众评价")
    body = [r for r in rows[2:] if any(r)]
    assert [r[1] for r in body] == ["老旧小区加装电梯", "城区公厕改造", "乡镇卫生院设备更新"]
    assert body[1][4] == "主体完工" and body[1][5] == "较满意" and body[0][2] == "县住房和城乡建设局"
    # reachable from the batches page, for those who read everything
    from django.test import Client
    c = Client()
    c.force_login(supervisor)
    page = c.get("/supervision/excel/batches/").content.decode()
    url = f"/supervision/excel/layouts/{layout.pk}/export.xlsx"
    assert url in page and ImportLayout.objects.count() == 2
    resp = c.get(url)
    assert resp.status_code == 200
    got = [r[1] for r in load_workbook(io.BytesIO(resp.content)).active.iter_rows(min_row=3, values_only=True)]
    assert got == ["老旧小区加装电梯", "城区公厕改造", "乡镇卫生院设备更新"]


def test_items_import_reads_an_xls_from_the_command_line(units, tmp_path, capsys):
    import json

    from taizhang.cli import main
    path = tmp_path / "道路.xls"
    path.write_bytes(_xls_ledger())
    assert main(["items", "import", str(path), "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["items"] == 2 and out["errors"] == [] and out["dropped_columns"] == []
    assert not Item.objects.exists()


def test_new_nodes_on_a_reimport_are_shown_before_they_replace_the_milestones(units, supervisor):
    apply_plan(plan_of(_nodes_sheet()), supervisor)
    data = xlsx([
        ["序号", "工作任务", "牵头单位", "完成时限"],
        [1, "建设城北农贸市场", "县农业农村局", "2024年5月底前完成选址；2024年12月底前主体完工"],
    ])
    plan = plan_of(data, key_field="title")
    assert plan.to_update == 1
    change = dict((k, (o, n)) for k, o, n in plan.records[0].changes)["节点安排"]
    assert "3月底前完成选址" in change[0] and "2024-05-31 50% 2024年5月底前完成选址" in change[1]
    apply_plan(plan, supervisor)
    assert [m.due for m in Item.objects.get(title="建设城北农贸市场").milestones.all()] == \
        [dt.date(2024, 5, 31), dt.date(2024, 12, 31)]


# ---- a column of words from a short list (事项类型, 报送频次) ----------------------------------------------------------

def test_type_and_frequency_words_are_read_and_an_unknown_word_is_kept(units):
    plan = plan_of(xlsx([["序号", "工作任务", "牵头单位", "事项类型", "报送频次"],
                         [1, "疏浚城东排水渠", "县水利局", "项目", "每月"],
                         [2, "整治城西背街小巷", "县水利局", "工程", "隔周"]]))
    first, second = plan.records
    assert (first.values["kind"], first.values["frequency"]) == ("project", "monthly")
    assert "kind" not in second.values and "frequency" not in second.values
    assert ["事项类型", "工程"] in second.extra and ["报送频次", "隔周"] in second.extra
    said = [w.message for w in plan.warnings]
    assert any("类型「工程」不是 任务/目标/项目" in m for m in said)
    assert any("频次「隔周」不是 每周/每半月/每月/每季度" in m for m in said)
