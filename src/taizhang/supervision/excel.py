"""Excel 台账 in and out, in the standard columns.

Import validates every row first and writes nothing unless every row is good (one transaction);
export writes any filtered list; export → import → export gives the same sheet.
序号 carries the tree: "2.1" is a child of "2".
"""
from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font

from . import audit, permissions as perm
from .models import Frequency, Item, Milestone, Status, Unit
from .services import item_snapshot

COLUMNS = ["序号", "任务编号", "任务来源", "工作任务", "目标要求", "牵头单位", "责任单位", "责任领导", "完成时限",
           "节点安排", "进展情况", "完成率", "推进状态", "存在问题", "下步计划", "备注"]
EXTRA_COLUMNS = ["事项类型", "报送频次", "权重"]  # optional trailing columns so a round trip loses nothing
STATUS_SYNONYMS = {"已完成": Status.CLOSED, "完成": Status.CLOSED, "已办结": Status.CLOSED, "推进中": Status.IN_PROGRESS,
                   "正常推进": Status.IN_PROGRESS, "序时推进": Status.IN_PROGRESS, "滞后": Status.IN_PROGRESS,
                   "进度滞后": Status.IN_PROGRESS, "未启动": Status.ASSIGNED}
SEP = re.compile(r"[、,，;；/\n]+")


@dataclass
class CellError:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"第{self.row}行「{self.column}」: {self.message}"


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list[CellError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


# ---- cell parsing (pure) ------------------------------------------------------------------------------------

_DATE = re.compile(r"^\s*(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])?\s*(?:(\d{1,2})\s*日?|(底|末))?\s*$")
_YEAR_END = re.compile(r"^\s*(\d{4})\s*年\s*(?:底|末|年底)\s*$")


def parse_date(value) -> dt.date:
    """2025-06-30, 2025/6/30, 2025年6月30日, 2025年6月(底) → month end, 2025年底 → Dec 31, or a date cell."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    m = _YEAR_END.match(s)
    if m:
        return dt.date(int(m.group(1)), 12, 31)
    m = _DATE.match(s)
    if not m:
        raise ValueError(f"无法识别的日期「{s}」(例: 2025-06-30 或 2025年6月底)")
    y, mo = int(m.group(1)), int(m.group(2))
    if m.group(3):
        return dt.date(y, mo, int(m.group(3)))
    import calendar
    return dt.date(y, mo, calendar.monthrange(y, mo)[1])


_MILESTONE = re.compile(r"^\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末)?"
                        r"|\d{4}\s*年\s*(?:底|末))\s*前?\s*[:：]?\s*(?:完成)?\s*(\d+(?:\.\d+)?)\s*%\s*(.*?)\s*$")


def parse_milestones(value) -> list[tuple[dt.date, float, str]]:
    """'2025-03-31 30% 完成立项；2025-06-30 60%' → [(date, 30.0, '完成立项'), (date, 60.0, '')]."""
    if value in (None, ""):
        return []
    out = []
    for part in re.split(r"[;；\n]+", str(value)):
        if not part.strip():
            continue
        m = _MILESTONE.match(part)
        if not m:
            raise ValueError(f"无法识别的节点「{part.strip()}」(例: 2025-06-30 60% 主体完工)")
        p = float(m.group(2))
        if not 0 <= p <= 100:
            raise ValueError(f"节点进度须在 0-100%: 「{part.strip()}」")
        out.append((parse_date(m.group(1)), p, m.group(3)))
    return out


def format_milestones(ms) -> str:
    return "；".join(f"{d.isoformat()} {p:g}%" + (f" {t}" if t else "") for d, p, t in ms)


def parse_percent(value, number_format: str = "") -> float:
    if value in (None, ""):
        return 0.0
    if isinstance(value, (int, float)):
        v = float(value) * (100 if "%" in number_format else 1)
    else:
        s = str(value).strip().rstrip("%").strip()
        try:
            v = float(s)
        except ValueError:
            raise ValueError(f"完成率应为 0-100 的数字,得到「{value}」") from None
    if not 0 <= v <= 100:
        raise ValueError(f"完成率应在 0-100 之间,得到「{value}」")
    return v


def parse_status(value) -> str:
    if value in (None, ""):
        return Status.REGISTERED
    s = str(value).strip()
    for choice in Status:
        if s in (choice.label, choice.value):
            return choice.value
    if s in STATUS_SYNONYMS:
        return STATUS_SYNONYMS[s]
    raise ValueError(f"未知的推进状态「{s}」")


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


# ---- import ------------------------------------------------------------------------------------------------

@dataclass
class Row:
    number: int
    seq: str
    values: dict


def _read_rows(ws) -> tuple[dict[str, int], list[Row], list[CellError]]:
    header_row, cols = None, {}
    for r in range(1, min(ws.max_row, 6) + 1):
        names = {_text(ws.cell(r, c).value): c for c in range(1, ws.max_column + 1)}
        if "工作任务" in names:
            header_row, cols = r, {k: v for k, v in names.items() if k}
            break
    if header_row is None:
        return {}, [], [CellError(1, "表头", "未找到表头(须包含「工作任务」等标准列)")]
    missing = [c for c in ("工作任务", "牵头单位") if c not in cols]
    if missing:
        return cols, [], [CellError(header_row, c, "缺少此列") for c in missing]
    rows = []
    for r in range(header_row + 1, ws.max_row + 1):
        cells = {name: ws.cell(r, c) for name, c in cols.items()}
        if all(_text(c.value) == "" for c in cells.values()):
            continue
        rows.append(Row(r, _text(cells["序号"].value) if "序号" in cells else "", cells))
    return cols, rows, []


def validate(ws, units: dict[str, int]) -> tuple[list[dict], list[CellError]]:
    """Parse every row; return clean records and every bad cell (row number and column named)."""
    cols, rows, errors = _read_rows(ws)
    records, seen_codes, seen_seq = [], {}, set()
    for i, row in enumerate(rows, start=1):
        cells = row.values
        get = lambda name: cells[name].value if name in cells else None  # noqa: E731
        rec: dict = {"row": row.number, "seq": row.seq or str(i)}

        def err(column: str, message: str) -> None:
            errors.append(CellError(row.number, column, message))

        if rec["seq"] in seen_seq:
            err("序号", f"序号「{rec['seq']}」重复")
        seen_seq.add(rec["seq"])
        rec["title"] = _text(get("工作任务"))
        if not rec["title"]:
            err("工作任务", "不能为空")
        elif len(rec["title"]) > 500:
            err("工作任务", "超过 500 字")
        code = _text(get("任务编号")) or f"TZ-{rec['seq']}"
        if code in seen_codes:
            err("任务编号", f"与第{seen_codes[code]}行重复")
        seen_codes[code] = row.number
        rec["code"] = code
        lead = _text(get("牵头单位"))
        if not lead:
            err("牵头单位", "不能为空")
        elif lead not in units:
            err("牵头单位", f"单位「{lead}」不存在")
        rec["lead_unit_id"] = units.get(lead)
        co = [s.strip() for s in SEP.split(_text(get("责任单位"))) if s.strip()]
        bad = [s for s in co if s not in units]
        if bad:
            err("责任单位", f"单位不存在: {'、'.join(bad)}")
        rec["co_unit_ids"] = [units[s] for s in co if s in units]
        deadline = get("完成时限")
        rec["deadline"] = None
        if _text(deadline):
            try:
                rec["deadline"] = parse_date(deadline)
            except ValueError as e:
                err("完成时限", str(e))
        try:
            rec["milestones"] = parse_milestones(get("节点安排"))
        except ValueError as e:
            err("节点安排", str(e))
            rec["milestones"] = []
        try:
            rec["progress"] = parse_percent(get("完成率"), cells["完成率"].number_format if "完成率" in cells else "")
        except ValueError as e:
            err("完成率", str(e))
        try:
            rec["status"] = parse_status(get("推进状态"))
        except ValueError as e:
            err("推进状态", str(e))
        kind = _text(get("事项类型"))
        rec["kind"] = next((k.value for k in Item.Kind if kind in (k.label, k.value)), None) if kind else Item.Kind.TASK
        if rec["kind"] is None:
            err("事项类型", f"未知类型「{kind}」")
        freq = _text(get("报送频次"))
        rec["frequency"] = next((f.value for f in Frequency if freq in (f.label, f.value)), None) \
            if freq else Frequency.MONTHLY
        if rec["frequency"] is None:
            err("报送频次", f"未知频次「{freq}」")
        try:
            rec["weight"] = float(_text(get("权重")) or 1)
            if rec["weight"] < 0:
                raise ValueError
        except ValueError:
            err("权重", "应为非负数")
        for name, key in (("任务来源", "source_text"), ("目标要求", "requirement"), ("责任领导", "responsible_leader"),
                          ("进展情况", "progress_text"), ("存在问题", "problems"), ("下步计划", "next_steps"),
                          ("备注", "remarks")):
            rec[key] = _text(get(name))
        records.append(rec)
    for rec in records:
        parent_seq = rec["seq"].rsplit(".", 1)[0] if "." in rec["seq"] else None
        rec["parent_seq"] = parent_seq
        if parent_seq and parent_seq not in seen_seq:
            errors.append(CellError(rec["row"], "序号", f"上级序号「{parent_seq}」不存在"))
    return records, errors


def import_ledger(fileobj, actor) -> ImportResult:
    """All or nothing: if any cell is bad, nothing is written and every bad cell is listed."""
    if not perm.can_manage(actor):
        raise PermissionDenied("需要督查人员权限")
    result = ImportResult()
    try:
        wb = load_workbook(fileobj, data_only=True)
    except Exception as e:  # not an xlsx at all
        result.errors.append(CellError(0, "文件", f"无法读取 Excel 文件: {type(e).__name__}"))
        return result
    units = dict(Unit.objects.values_list("name", "id"))
    records, errors = validate(wb.worksheets[0], units)
    if errors:
        result.errors = errors
        return result
    now = timezone.now()
    with transaction.atomic():
        by_seq: dict[str, Item] = {}
        for position, rec in enumerate(records, start=1):
            fields = {k: rec[k] for k in ("title", "requirement", "kind", "responsible_leader", "deadline",
                                          "frequency", "weight", "lead_unit_id", "source_text", "progress",
                                          "progress_text", "problems", "next_steps", "remarks", "status")}
            fields["position"] = position
            fields["parent_id"] = by_seq[rec["parent_seq"]].id if rec["parent_seq"] else None
            item = Item.objects.select_for_update().filter(code=rec["code"]).first()
            before = item_snapshot(item) if item else None
            if item is None:
                item = Item(code=rec["code"])
                result.created += 1
            else:
                result.updated += 1
                item.version += 1
            for k, v in fields.items():
                setattr(item, k, v)
            if item.status not in (Status.DRAFT, Status.REGISTERED) and item.assigned_at is None:
                item.assigned_at = now
            if item.status == Status.CLOSED and item.closed_at is None:
                item.closed_at = now
            item.save()
            item.co_units.set(rec["co_unit_ids"])
            item.milestones.all().delete()
            Milestone.objects.bulk_create([Milestone(item=item, due=d, expected_progress=p, description=t)
                                           for d, p, t in rec["milestones"]])
            audit.record(item, actor, "import", before, note=f"Excel 导入第{rec['row']}行", after=item_snapshot(item))
            by_seq[rec["seq"]] = item
    return result


# ---- export ------------------------------------------------------------------------------------------------

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


def export_ledger(items) -> bytes:
    items = list(items.select_related("lead_unit").prefetch_related("co_units", "milestones"))
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    header = COLUMNS + EXTRA_COLUMNS
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for seq, i in tree_order(items):
        ws.append([
            seq, i.code, i.source_text, i.title, i.requirement, i.lead_unit.name if i.lead_unit else "",
            "、".join(u.name for u in i.co_units.all()), i.responsible_leader,
            i.deadline.isoformat() if i.deadline else "",
            format_milestones((m.due, m.expected_progress, m.description) for m in i.milestones.all()),
            i.progress_text, i.progress, i.get_status_display(), i.problems, i.next_steps, i.remarks,
            i.get_kind_display(), i.get_frequency_display(), i.weight,
        ])
    widths = [6, 14, 30, 40, 40, 16, 24, 12, 12, 36, 40, 8, 10, 30, 30, 20, 8, 8, 6]
    for n, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, n).column_letter].width = w
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
