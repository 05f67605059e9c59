"""Ledgers out to Excel: the standard layout, the office's own layout (its columns, progress filled in), and the
import template.  Every text cell is written through ledger/cells.py as a typed text cell, so a report reading
=HYPERLINK(...) is shown as written and never runs, and reads back as the same words.

Exports read back through the importer: export → edit → import updates the same items (the 任务编号 column), and
the extra attributes come back as extra columns so nothing is lost on the way.
"""
from __future__ import annotations

import datetime as dt
import io
from typing import Iterable

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..models import Frequency, ImportBatch, ImportLayout, Item, Status
from taizhang.ledger.cells import text_cell

from .cells import format_milestones
from .fields import field_for

COLUMNS = ["序号", "任务编号", "任务来源", "工作任务", "目标要求", "牵头单位", "责任单位", "责任领导", "完成时限",
           "节点安排", "进展情况", "完成率", "推进状态", "存在问题", "下步计划", "备注"]
EXTRA_COLUMNS = ["事项类型", "报送频次", "权重"]  # optional trailing columns so a round trip loses nothing
WIDTHS = [6, 14, 30, 40, 40, 16, 24, 12, 12, 36, 40, 8, 10, 30, 30, 20, 8, 8, 6]
BOLD = Font(bold=True)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def tree_order(items: list[Item]) -> list[tuple[str, Item]]:
    """Depth-first order with hierarchical 序号 (children of items outside the list become roots)."""
    ids = {i.id for i in items}
    kids: dict[int | None, list[Item]] = {}
    for i in items:
        kids.setdefault(i.parent_id if i.parent_id in ids else None, []).append(i)
    out: list[tuple[str, Item]] = []

    def walk(parent_id, prefix):
        for n, it in enumerate(sorted(kids.get(parent_id, []), key=lambda x: (x.position, x.id)), start=1):
            seq = f"{prefix}.{n}" if prefix else str(n)
            out.append((seq, it))
            walk(it.id, seq)
    walk(None, "")
    return out


def deadline_cell(item: Item) -> str:
    """A fixed date as a date; a cycle, ongoing or unrecognised wording as the office wrote it."""
    if item.deadline_kind in ("recurring", "ongoing", "unknown") and item.deadline_text and item.deadline is None:
        return item.deadline_text
    return item.deadline.isoformat() if item.deadline else (item.deadline_text or "")


def _extra(item: Item) -> dict[str, str]:
    return {h: v for h, v in (item.extra or [])}


def _save(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _append(ws, row: Iterable) -> None:
    ws.append([text_cell(ws, v) for v in row])


def _put(ws, row: int, column: int, value):
    """One cell of a normal sheet, text typed as text (never a formula)."""
    cell = ws.cell(row, column)
    cell.value = text_cell(ws, value).value
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell


# ---- the standard layout -------------------------------------------------------------------------------------

def standard_workbook(items) -> bytes:
    """The standard columns, then every extra attribute the items carry (so they survive a round trip)."""
    items = list(items.select_related("lead_unit").prefetch_related("co_units", "milestones"))
    extra_headers: list[str] = []
    for it in items:
        for h, _ in it.extra or []:
            if h not in extra_headers and field_for(h) is None:
                extra_headers.append(h)
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    _append(ws, COLUMNS + EXTRA_COLUMNS + extra_headers)
    for c in ws[1]:
        c.font, c.alignment = BOLD, CENTRE
    for seq, i in tree_order(items):
        extra = _extra(i)
        _append(ws, [
            seq, i.code, i.source_text, i.title, i.requirement, i.lead_unit.name if i.lead_unit else "",
            "、".join(u.name for u in i.co_units.all()), i.responsible_leader, deadline_cell(i),
            format_milestones((m.due, m.expected_progress, m.description) for m in i.milestones.all()),
            i.progress_text, i.progress, i.get_status_display(), i.problems, i.next_steps, i.remarks,
            i.get_kind_display(), i.get_frequency_display(), i.weight, *[extra.get(h, "") for h in extra_headers]])
    for n, w in enumerate(WIDTHS + [14] * len(extra_headers), start=1):
        ws.column_dimensions[get_column_letter(n)].width = w
    ws.freeze_panes = "A2"
    return _save(wb)


def template_workbook() -> bytes:
    """The import template: a title row, the standard columns, one example row, and a sheet of instructions."""
    from .fields import FIELDS, header_synonyms
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append([f"{dt.date.today().year}年重点工作任务台账(模板)"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    ws["A1"].font, ws["A1"].alignment = Font(bold=True, size=14), CENTRE
    _append(ws, COLUMNS)
    for c in ws[2]:
        c.font, c.alignment = BOLD, CENTRE
    _append(ws, ["一、", "", "", "示例分组:产业发展", "", "", "", "", "", "", "", "", "", "", "", ""])
    _append(ws, ["1", "", "示例:本级年度工作要点", "示例:建成标准厂房10万平方米", "6月底前完成主体,年底前交付",
                 "县发改局", "县住建局、各镇（街道）", "", "12月底前", "", "", "", "", "", "", ""])
    for n, w in enumerate(WIDTHS[:len(COLUMNS)], start=1):
        ws.column_dimensions[get_column_letter(n)].width = w
    help_ws = wb.create_sheet("填写说明")
    for line in [
        ["说明"],
        ["可直接导入本单位原有台账:表头在前 20 行内即可,列名可用常见写法(见下表),两行表头、合并单元格均可识别。"],
        ["分组行(如「一、…」「县长牵头事项」)导入为上级事项;「合计」「小计」行自动跳过。"],
        ["完成时限可写:2025年12月底前、6月30日、上半年、三季度、每月25日前、长期坚持、立行立改等,原文保留。"],
        ["一个单元格写多个单位时用顿号分隔,第一个为牵头单位;可写「各镇（街道）」「县直各部门」。"],
        ["无法对应到字段的列保留为事项的其他信息,不会丢弃。"],
        [],
        ["字段", "可识别的列名"],
    ]:
        help_ws.append(line)
    by_field: dict[str, list[str]] = {}
    for word, f in header_synonyms().items():
        by_field.setdefault(f, []).append(word)
    for f, label in FIELDS.items():
        if f in by_field:
            _append(help_ws, [label, "、".join(by_field[f])])
    help_ws.column_dimensions["A"].width = 20
    help_ws.column_dimensions["B"].width = 120
    return _save(wb)


# ---- the office's own layout -------------------------------------------------------------------------------

def office_value(item: Item, field: str, header: str, seq: str):
    """The cell an office's column gets for an item: its current value (progress filled in)."""
    extra = _extra(item)
    if field == "seq":
        return extra.get(header, seq)
    if field == "code":
        return item.code
    if field in ("title", "requirement", "source_text", "problems", "next_steps", "remarks", "progress_text"):
        return getattr(item, field)
    if field == "lead_unit":
        return item.lead_unit.name if item.lead_unit else ""
    co = [u.name for u in item.co_units.all()]
    if field == "units":
        return "、".join(([item.lead_unit.name] if item.lead_unit else []) + co)
    if field == "co_units":
        return "、".join(co)
    if field == "leaders":
        return item.responsible_leader
    if field == "deadline":
        return item.deadline_text or deadline_cell(item)
    if field == "milestones":
        ms = format_milestones((m.due, m.expected_progress, m.description) for m in item.milestones.all())
        return ms or extra.get(header, "")
    if field == "progress":
        return item.progress
    if field == "status":
        return item.get_status_display()
    if field == "done":
        return "是" if item.status == Status.CLOSED else "否"
    if field == "kind":
        return item.get_kind_display()
    if field == "frequency":
        return Frequency(item.frequency).label if item.frequency in Frequency.values else item.frequency
    if field == "weight":
        return item.weight
    if field.startswith("investment_"):
        v = getattr(item, field)
        return "" if v is None else v
    if field == "extra":
        return extra.get(header, "")
    return ""


def office_workbook(batch: ImportBatch) -> bytes:
    """The batch's sheets as the office laid them out: title row, its header rows, its columns, its sections,
    with each item's current progress, status and deadline in its own columns."""
    wb = Workbook()
    wb.remove(wb.active)
    items = list(Item.objects.filter(import_batch=batch).select_related("lead_unit")
                 .prefetch_related("co_units", "milestones"))
    for index, sheet in enumerate(batch.sheets):
        ws = wb.create_sheet((sheet.get("name") or f"Sheet{index + 1}")[:31])
        mine = [i for i in items if (i.import_sheet or 0) == index]
        sections = set(sheet.get("sections") or [])
        ordered = sorted(mine, key=lambda i: (i.import_row or 0, i.id))
        _office_sheet(ws, sheet, [(it, it.import_row in sections) for it in ordered], mine)
    if not wb.worksheets:
        wb.create_sheet("台账")
    return _save(wb)


def layout_items(layout: ImportLayout) -> tuple[dict | None, list[tuple[Item, bool]]]:
    """Every item that came in through a saved layout, whichever batch brought it (an item re-imported later
    belongs to its latest batch): the latest sheet description of that layout, and (item, is section) in import
    order, batch by batch."""
    places: list[tuple[int, int, set]] = []       # (batch id, sheet index, section rows)
    latest = None
    for b in ImportBatch.objects.filter(state=ImportBatch.State.APPLIED).order_by("created_at", "id"):
        for index, sheet in enumerate(b.sheets or []):
            if sheet.get("signature") == layout.signature:
                places.append((b.id, index, set(sheet.get("sections") or [])))
                latest = sheet
    if not places:
        return None, []
    order = {(bid, index): k for k, (bid, index, _) in enumerate(places)}
    sections = {(bid, index): rows for bid, index, rows in places}
    items = [i for i in Item.objects.filter(import_batch_id__in={bid for bid, _, _ in places})
             .select_related("lead_unit").prefetch_related("co_units", "milestones")
             if (i.import_batch_id, i.import_sheet or 0) in order]
    items.sort(key=lambda i: (order[(i.import_batch_id, i.import_sheet or 0)], i.import_row or 0, i.id))
    return latest, [(i, i.import_row in sections[(i.import_batch_id, i.import_sheet or 0)]) for i in items]


def layout_workbook(layout: ImportLayout) -> bytes:
    """One sheet in a saved layout's own columns with every item imported through it, across batches, current
    progress filled in (the office's 台账 as it stands, whatever number of files it came in)."""
    sheet, rows = layout_items(layout)
    wb = Workbook()
    ws = wb.active
    if sheet is None:
        ws.title = "台账"
        return _save(wb)
    ws.title = (sheet.get("name") or "台账")[:31]
    _office_sheet(ws, sheet, rows, [i for i, _ in rows])
    return _save(wb)


def _office_sheet(ws, sheet: dict, rows: list[tuple[Item, bool]], items: list[Item]) -> None:
    """One sheet in an office's layout: title, its header rows (a parent header merged over its sub-headers),
    then the rows, section rows merged across."""
    columns = sheet["columns"]
    width = max(1, len(columns))
    row = 1
    if sheet.get("title"):
        _put(ws, 1, 1, sheet["title"]).font = Font(bold=True, size=14)
        ws.cell(1, 1).alignment = CENTRE
        if width > 1:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        row = 2
    two_lines = any("/" in h for h, _, _ in columns)
    parts = [h.split("/", 1) if "/" in h else [h, h] for h, _, _ in columns]
    for n, (top, bottom) in enumerate(parts, start=1):
        _put(ws, row, n, top).font = BOLD
        ws.cell(row, n).alignment = CENTRE
        if two_lines:
            if top == bottom:
                ws.merge_cells(start_row=row, start_column=n, end_row=row + 1, end_column=n)
            else:
                _put(ws, row + 1, n, bottom).font = BOLD
                ws.cell(row + 1, n).alignment = CENTRE
    if two_lines:   # a parent header spanning its sub-headers, as 投资情况 over 总投资/年度计划投资
        n = 1
        while n <= len(parts):
            m = n
            while m + 1 <= len(parts) and parts[m][0] == parts[n - 1][0] and parts[m][0] != parts[m][1]:
                m += 1
            if m > n and parts[n - 1][0] != parts[n - 1][1]:
                ws.merge_cells(start_row=row, start_column=n, end_row=row, end_column=m)
            n = m + 1
        row += 1
    row += 1
    seqs = {i.id: s for s, i in tree_order(items)}
    for it, is_section in rows:
        if is_section:
            _put(ws, row, 1, it.title).font = BOLD
            if width > 1:
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        else:
            for n, (header, field, _unit) in enumerate(columns, start=1):
                _put(ws, row, n, office_value(it, field, header, seqs.get(it.id, "")))
        row += 1
    for n in range(1, width + 1):
        ws.column_dimensions[get_column_letter(n)].width = 16

