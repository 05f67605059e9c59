"""Issue 8.7: the ledger's tasks.xlsx has the import's columns; export → edit → import → edit → import works."""
from __future__ import annotations

import io

from openpyxl import load_workbook

from taizhang.ledger import exports
from taizhang.ledger.models import Document, Task
from taizhang.ledger.query import SPECS, related_for
from taizhang.supervision.importer import Options, apply_plan, plan_import
from taizhang.supervision.importer.export import COLUMNS
from taizhang.supervision.models import Item


def _tasks():
    doc = Document.objects.create(name="自拟要点.txt", sha256="e" * 64, text="自拟的工作要点全文。", title="自拟年度工作要点")
    Task.objects.create(document=doc, start=0, end=5, title="新建城市口袋公园十个", text="新建城市口袋公园十个",
                        lead_units=["市住建局"], co_units=["东城区"], leader="王副市长", deadline_text="2025年9月底前",
                        outline=[{"label": "一、", "title": "提升城市品质"}])
    Task.objects.create(document=doc, start=6, end=9, title="推进老旧管网改造", lead_units=["市发改局"])


def _export() -> bytes:
    spec = SPECS["tasks"]
    return exports.xlsx_response(spec, related_for(spec, Task.objects.order_by("id"))).content


def test_tasks_xlsx_has_the_import_columns(world):
    _tasks()
    rows = list(load_workbook(io.BytesIO(_export())).active.iter_rows(values_only=True))
    assert list(rows[0]) == COLUMNS
    assert rows[1][3] == "新建城市口袋公园十个" and rows[1][5] == "市住建局" and rows[1][8] == "2025年9月底前"
    assert rows[1][2] == "自拟年度工作要点:提升城市品质"


def test_export_edit_import_round_trip(world):
    _tasks()
    data = _export()
    plan = plan_import(io.BytesIO(data), "tasks.xlsx", Options(create_units=True))
    assert plan.ok and plan.dropped_columns == [] and plan.to_create == 2
    apply_plan(plan, world.supervisor)
    park = Item.objects.get(title="新建城市口袋公园十个")
    assert park.lead_unit == world.unit_b                       # 市住建局 ↔ 市住房城乡建设局
    assert park.co_units.get() == world.county and park.responsible_leader == "王副市长"
    assert park.deadline_text == "2025年9月底前" and park.deadline.isoformat() == "2025-09-30"
    # the office fills in progress in the same file and imports it again: the same items are updated
    wb = load_workbook(io.BytesIO(data))
    ws = wb.active
    ws.cell(2, COLUMNS.index("进展情况") + 1, "已建成四个")
    ws.cell(2, COLUMNS.index("完成率") + 1, 40)
    buf = io.BytesIO()
    wb.save(buf)
    again = plan_import(io.BytesIO(buf.getvalue()), "tasks.xlsx", Options())
    assert again.ok and again.to_update == 2 and again.to_create == 0
    changed = dict(((k, n) for k, o, n in next(r for r in again.records if r.match_id == park.id).changes))
    assert changed["进展情况"] == "已建成四个" and changed["完成率"] == 40
    apply_plan(again, world.supervisor)
    park.refresh_from_db()
    assert (park.progress_text, park.progress) == ("已建成四个", 40)
    assert Item.objects.filter(title="新建城市口袋公园十个").count() == 1
