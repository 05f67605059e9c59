"""An import, planned before anything is written: every sheet read, every column mapped, every row validated,
every unit matched, every existing item it would update found and its changes listed.

The preview page and `taizhang items import --dry-run` show this plan; `apply.py` writes it.  Rows meet
existing items only through an explicit 任务编号 column or a key the supervisor confirmed (`key_field="title"`);
never through their row number, so two different ledgers imported one after the other both survive whole.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .. import deadlines as dl
from ..unitnames import UnitMatcher, clean as clean_unit
from . import cells
from .fields import FIELDS, MULTI, SECOND_CHOICE
from .sheet import Column, SheetTable, read_table, text

MAX_TITLE = 500
KINDS = {"任务": "task", "目标": "target", "项目": "project", "task": "task", "target": "target", "project": "project"}
FREQUENCIES = {"每周": "weekly", "每半月": "half_monthly", "每月": "monthly", "每季度": "quarterly", "weekly": "weekly",
               "half_monthly": "half_monthly", "monthly": "monthly", "quarterly": "quarterly", "周": "weekly",
               "月": "monthly", "季度": "quarterly", "半月": "half_monthly"}
# fields whose cell is one word of a short list: (the list, what the field is called, the words to say)
CHOICES = {"kind": (KINDS, "类型", "任务/目标/项目"), "frequency": (FREQUENCIES, "频次", "每周/每半月/每月/每季度")}
FIELD_LABELS = {"title": "工作任务", "requirement": "目标要求", "source_text": "任务来源", "responsible_leader": "责任领导",
                "deadline": "完成时限", "deadline_text": "完成时限(原文)", "deadline_kind": "时限类型",
                "report_day": "每期报送日", "frequency": "报送频次", "progress": "完成率", "progress_text": "进展情况",
                "status": "推进状态", "problems": "存在问题", "next_steps": "下步计划", "remarks": "备注", "kind": "事项类型",
                "weight": "权重", "investment_total": "总投资", "investment_planned": "计划投资",
                "investment_completed": "完成投资", "investment_unit": "投资单位", "lead_unit_id": "牵头单位",
                "co_unit_ids": "配合单位", "milestones": "节点安排", "extra": "其他信息", "parent": "上级事项"}


@dataclass
class CellError:
    row: int
    column: str
    message: str
    sheet: str = ""

    def __str__(self) -> str:
        where = f"「{self.sheet}」" if self.sheet else ""
        return f"{where}第{self.row}行「{self.column}」: {self.message}"

    def as_json(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "message": self.message}


@dataclass
class Options:
    """What the supervisor decided in the preview (or on the command line)."""

    mapping: dict[str, str] = field(default_factory=dict)   # "sheet-index:column-index" → field
    key_field: str | None = None     # None: 任务编号 when the sheet has one; "title": same 工作任务; "": always new
    create_units: bool = False
    create_only: frozenset[str] | None = None   # with create_units: only these names (the preview's ticks)

    def creates(self, name: str) -> bool:
        return self.create_units and (self.create_only is None or name in self.create_only)
    immediate_days: int | None = None
    today: dt.date | None = None
    use_saved_layouts: bool = True


@dataclass(slots=True)
class Record:
    """One row (or section) of one sheet, validated: the item fields it sets and only those."""

    sheet: int
    row: int
    seq: str
    section: bool
    level: int
    values: dict[str, Any]                     # item fields from present columns only
    extra: list[list[str]]                     # [[header, value]] of columns kept as attributes
    unit_cells: dict[str, str] = field(default_factory=dict)   # field → cell text (units, lead_unit, co_units)
    lead_unit_id: int | None = None
    co_unit_ids: list[int] | None = None       # None: no unit column, leave as is on update
    milestones: list | None = None
    code: str = ""
    parent: int | None = None                  # index of the parent record
    match_id: int | None = None                # existing item it updates
    changes: list[tuple[str, Any, Any]] = field(default_factory=list)
    deadline_reading: str = ""


@dataclass
class SheetPlan:
    index: int
    name: str
    title: str
    header_rows: tuple[int, int]
    columns: list[Column]
    year: int | None
    signature: str
    layout_id: int | None = None             # a saved layout whose mapping was reused
    saved_key: str = ""                      # the key the supervisor confirmed for this layout last time
    rows: int = 0
    sections: int = 0
    totals: int = 0
    notes: list[int] = field(default_factory=list)


@dataclass
class ImportPlan:
    file_name: str
    sheets: list[SheetPlan] = field(default_factory=list)
    skipped_sheets: list[str] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    warnings: list[CellError] = field(default_factory=list)
    unknown_units: dict[str, list[int]] = field(default_factory=dict)   # name → rows
    key_field: str = ""
    options: Options = field(default_factory=Options)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def to_create(self) -> int:
        return sum(1 for r in self.records if r.match_id is None)

    @property
    def to_update(self) -> int:
        return sum(1 for r in self.records if r.match_id is not None)

    @property
    def dropped_columns(self) -> list[str]:
        return [f"{s.name}:{c.header}" for s in self.sheets for c in s.columns if c.field == "ignore"]

    @property
    def title(self) -> str:
        return next((s.title for s in self.sheets if s.title), "")


# ---- reading and mapping -----------------------------------------------------------------------------------

def open_workbook(fileobj):
    from openpyxl import load_workbook
    head = fileobj.read(8)
    fileobj.seek(0)
    from .xls import is_xls, open_xls
    if is_xls(head):
        return open_xls(fileobj)   # the older .xls format, read through xlrd
    from taizhang.extract.safezip import check_archive
    check_archive(fileobj)   # a zip bomb is refused before openpyxl opens it (UnsafeArchive is a ValueError)
    try:
        return load_workbook(fileobj, read_only=True, data_only=True)
    except Exception as e:  # not an xlsx at all, or a broken one: said, never swallowed
        raise ValueError(f"无法读取 Excel 文件({type(e).__name__}: {e})") from e


def saved_layouts(signatures: list[str]) -> dict[str, Any]:
    try:
        from ..models import ImportLayout
        return {lay.signature: lay for lay in ImportLayout.objects.filter(signature__in=signatures)}
    except Exception:  # pure use without a database
        return {}


def apply_mapping(sp: SheetPlan, overrides: dict[str, str], saved) -> None:
    """Columns get their field from the supervisor's choice, else the saved layout, else the synonym table; a
    single-valued field claimed twice sends the later column to its second choice (or keeps it as extra)."""
    for c in sp.columns:
        key = f"{sp.index}:{c.index}"
        if key in overrides and overrides[key] in FIELDS:
            c.field, c.recognised = overrides[key], True
        elif saved is not None and c.name in (saved.mapping or {}) and saved.mapping[c.name] in FIELDS:
            c.field, c.recognised = saved.mapping[c.name], True
            sp.layout_id = saved.id
    if saved is not None:
        sp.saved_key = saved.key_field or ""
    taken: set[str] = set()
    for c in sp.columns:
        if c.field in MULTI:
            continue
        while c.field in taken:
            c.field = SECOND_CHOICE.get(c.field, "extra")
            if c.field in MULTI:
                break
        taken.add(c.field)


def read_plan_sheets(wb, file_name: str, options: Options) -> tuple[list[tuple[SheetPlan, SheetTable]], list[str]]:
    out, skipped = [], []
    for i, ws in enumerate(wb.worksheets):
        if getattr(ws, "sheet_state", "visible") != "visible" and len(wb.worksheets) > 1:
            skipped.append(f"{ws.title}(隐藏工作表)")
            continue
        table = read_table(ws, file_name)
        if table is None:
            skipped.append(ws.title)
            continue
        sp = SheetPlan(i, ws.title, table.title, (table.header_first, table.header_last), table.columns, table.year,
                       table.signature)
        out.append((sp, table))
    saved = saved_layouts([sp.signature for sp, _ in out]) if options.use_saved_layouts else {}
    for sp, _ in out:
        apply_mapping(sp, options.mapping, saved.get(sp.signature))
        promote_title(sp)
    return out, skipped


def promote_title(sp: SheetPlan) -> Column | None:
    """A sheet with no 事项 column names its items in another one: the first 目标要求 column, else the first
    kept column whose header says 内容/名称.  The preview shows the choice; the supervisor can change it."""
    if any(c.field == "title" for c in sp.columns):
        return None
    for c in sp.columns:
        if c.field == "requirement" or (c.field == "extra" and re.search(r"内容|名称|事项|任务", c.name)):
            c.field, c.recognised = "title", True
            return c
    return None


# ---- rows → records ----------------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"[/／\\\-－—–―─…·.。、\s]+")


class RowReader:
    """Turns the rows of one sheet into records, remembering what it has already parsed (offices repeat cells)."""

    def __init__(self, plan: ImportPlan, sp: SheetPlan, matcher: UnitMatcher, options: Options):
        self.plan, self.sp, self.matcher, self.options = plan, sp, matcher, options
        self.today = options.today or dt.date.today()
        self.unit_cache: dict[str, Any] = {}
        self.deadline_cache: dict[Any, dl.Deadline] = {}
        self.by_field: dict[str, list[Column]] = {}
        for c in sp.columns:
            self.by_field.setdefault(c.field, []).append(c)
        self.is_project = any(f.startswith("investment_") for f in self.by_field) or any(
            "项目" in c.name for c in self.by_field.get("title", []))
        self.has_lead_column = "lead_unit" in self.by_field

    def err(self, row: int, col: Column | str, msg: str) -> None:
        name = col.header if isinstance(col, Column) else col
        self.plan.errors.append(CellError(row, name, msg, self.sp.name))

    def warn(self, row: int, col: Column | str, msg: str) -> None:
        name = col.header if isinstance(col, Column) else col
        self.plan.warnings.append(CellError(row, name, msg, self.sp.name))

    def keep(self, rec: Record, c: Column, t: str, msg: str) -> None:
        """A value that fits no field is kept under its column's name and said so, never refused or lost."""
        if t:
            rec.extra.append([c.header, t])
        self.warn(rec.row, c, msg)

    def cell(self, values: list, c: Column):
        v = values[c.index] if c.index < len(values) else None
        if isinstance(v, str):
            v = v.strip()
            if _PLACEHOLDER.fullmatch(v):
                return None          # 「/」「—」: the office's way of leaving a cell empty
        return cells.unescape_formula(v)

    def units(self, cell_text: str):
        got = self.unit_cache.get(cell_text)
        if got is None:
            got = self.unit_cache[cell_text] = self.matcher.parse(cell_text)
        return got

    def deadline(self, value) -> dl.Deadline:
        key = value if not isinstance(value, (list, dict)) else str(value)
        got = self.deadline_cache.get(key)
        if got is None:
            got = self.deadline_cache[key] = dl.parse_deadline(value, self.sp.year, self.today,
                                                               self.options.immediate_days)
        return got

    def record(self, number: int, values: list, formats: list) -> Record:
        rec = Record(self.sp.index, number, "", False, 0, {}, [])
        v = rec.values
        nodes: list = []
        for c in self.sp.columns:
            raw = self.cell(values, c)
            t = text(raw)
            f = c.field
            if f == "extra":
                if t:
                    rec.extra.append([c.header, t])
            elif f == "seq":
                rec.seq = t
                if t:
                    rec.extra.append([c.header, t])   # the office's own numbering, exported back as written
            elif f == "code":
                rec.code = t[:50]
            elif f in ("title", "requirement", "source_text", "problems", "next_steps", "progress_text"):
                v[f] = t if f not in v or not v[f] else f"{v[f]}\n{t}" if t else v[f]
            elif f == "remarks":
                v[f] = "；".join(x for x in (v.get(f, ""), t) if x)
            elif f == "leaders":
                names = [x for x in re.split(r"[、,，;；\s]+", t) if x]
                old = [x for x in v.get("responsible_leader", "").split("、") if x]
                v["responsible_leader"] = "、".join(dict.fromkeys(old + names))[:100]
            elif f in ("lead_unit", "units", "co_units"):
                if t:
                    rec.unit_cells[f] = "、".join(x for x in (rec.unit_cells.get(f, ""), t) if x)
                else:
                    rec.unit_cells.setdefault(f, "")
            elif f == "deadline":
                d = self.deadline(raw)
                v["deadline"], v["deadline_text"], v["deadline_kind"] = d.date, d.text[:200], d.kind
                v["report_day"] = d.day
                if d.cycle:
                    v["frequency"] = d.cycle
                rec.deadline_reading = d.describe()
                nodes = d.nodes
                if d.kind == dl.UNKNOWN:
                    self.warn(number, c, f"时限「{d.text}」未能识别为日期,原文保留,请人工确定")
            elif f == "milestones":
                try:
                    rec.milestones = cells.parse_milestones(raw)
                except ValueError:
                    rec.milestones = []
                    if t:
                        rec.extra.append([c.header, t])
                        self.warn(number, c, "节点安排未能识别,原文作为其他信息保留")
            elif f == "progress":
                try:
                    p = cells.parse_percent(raw, formats[c.index] if c.index < len(formats) else "")
                except ValueError as e:
                    self.keep(rec, c, t, f"{e};原文作为其他信息保留,完成率未改")
                    continue
                if p is None:   # 「主体完工」 in a 进度 column: words, kept as progress text
                    v["progress_text"] = "\n".join(x for x in (v.get("progress_text", ""), t) if x)
                elif t:
                    v["progress"] = p
            elif f == "status":
                try:
                    s = cells.parse_status(raw)
                except ValueError as e:
                    self.keep(rec, c, t, f"{e},原文作为其他信息保留,状态未改(可在状态同义词表中补充)")
                    continue
                if s:
                    v["status"] = s
                pct = re.search(r"(\d+(?:\.\d+)?)\s*[%％]", t)
                if pct and "progress" not in v and float(pct.group(1)) <= 100:
                    v["progress"] = float(pct.group(1))     # 已完成80%: the rate the office wrote
            elif f == "done":
                try:
                    s = cells.parse_done(raw)
                except ValueError as e:
                    self.keep(rec, c, t, f"{e},原文作为其他信息保留")
                    continue
                if s and (s == "closed" or "status" not in v):
                    v["status"] = s
            elif f in CHOICES:
                if t:
                    table, what, words = CHOICES[f]
                    if t in table:
                        v[f] = table[t]
                    else:
                        self.keep(rec, c, t, f"{what}「{t}」不是 {words},原文作为其他信息保留")
            elif f == "weight":
                try:
                    w = cells.parse_number(raw)
                    if w is not None and w < 0:
                        raise ValueError
                    v["weight"] = 1.0 if w is None else w
                except ValueError:
                    self.keep(rec, c, t, "权重应为非负数,原文作为其他信息保留")
            elif f.startswith("investment_"):
                try:
                    n = cells.parse_number(raw)
                except ValueError:
                    if t:
                        rec.extra.append([c.header, t])
                        self.warn(number, c, "投资额不是数字,原文作为其他信息保留")
                    continue
                v[f] = n
                if c.unit:
                    v["investment_unit"] = c.unit
            # "ignore": dropped on purpose by the supervisor (listed in dropped_columns)
        if nodes and not rec.milestones:
            rec.milestones = node_milestones(nodes)
        if "title" in v:
            v["title"] = v["title"][:MAX_TITLE]
        if self.is_project and "kind" not in v:
            v["kind"] = "project"
        return rec

    def resolve_units(self, rec: Record) -> None:
        """牵头单位 column: its first unit is the lead; 责任单位 alone: first is lead, rest co-units."""
        if not rec.unit_cells:
            return
        lead_cell = rec.unit_cells.get("lead_unit")
        units_cell = rec.unit_cells.get("units", "")
        co_cell = rec.unit_cells.get("co_units", "")
        lead_id, co_ids, names = None, [], []
        if lead_cell is not None and lead_cell:
            a = self.units(lead_cell)
            lead_id = a.lead_id
            co_ids += a.co_ids
            names.append(("lead_unit", a))
        for fname, cell_text in (("units", units_cell), ("co_units", co_cell)):
            if not cell_text:
                continue
            a = self.units(cell_text)
            names.append((fname, a))
            if lead_id is None and fname == "units" and not self.has_lead_column:
                lead_id = a.lead_id
                co_ids += a.co_ids
            else:
                co_ids += ([a.lead_id] if a.lead_id else []) + a.co_ids
        rec.lead_unit_id = lead_id
        rec.co_unit_ids = [u for u in dict.fromkeys(co_ids) if u and u != lead_id]
        for fname, a in names:
            col = self.by_field[fname][0]
            for name in a.unknown:
                clean_name = clean_unit(name)
                self.plan.unknown_units.setdefault(clean_name, []).append(rec.row)
                if not self.options.creates(clean_name):
                    self.err(rec.row, col, f"单位「{name}」不在单位树中(可选择创建该单位)")
            for ref in a.ambiguous:
                self.warn(rec.row, col, f"单位「{ref.text}」可能是多个单位,未指定,请导入后指定(原文保留)")
                kept = [col.header, rec.unit_cells.get(fname, ref.text)]
                if kept not in rec.extra:
                    rec.extra.append(kept)
        if rec.lead_unit_id is None and not any(a.unknown or a.ambiguous for _, a in names):
            self.warn(rec.row, "牵头单位", "未指定牵头单位,导入后由督查人员指定")


def node_milestones(nodes: list[tuple[dt.date, str]]) -> list[tuple[dt.date, float, str]]:
    """A deadline written as nodes → one milestone per node with its words; no percentage is written, so the
    expected progress rises evenly with the nodes (1 of 3 → 33%, the last → 100%), which the supervisor can edit."""
    n = len(nodes)
    return [(d, 100.0 if k == n else float(round(100 * k / n)), words[:300]) for k, (d, words) in enumerate(nodes, 1)]


# ---- the whole plan ----------------------------------------------------------------------------------------

def plan_import(fileobj, file_name: str = "", options: Options | None = None,
                matcher: UnitMatcher | None = None) -> ImportPlan:
    """Read and validate a whole workbook; nothing is written."""
    options = options or Options()
    plan = ImportPlan(file_name, options=options)
    try:
        wb = open_workbook(fileobj)
    except ValueError as e:
        plan.errors.append(CellError(0, "文件", str(e)))
        return plan
    try:
        sheets, plan.skipped_sheets = read_plan_sheets(wb, file_name, options)
        if not sheets:
            plan.errors.append(CellError(0, "表头", "所有工作表的前 20 行中都未找到表头(至少须有两列可识别,"
                                                    "如「工作任务」「牵头单位」「完成时限」)"))
            return plan
        matcher = matcher or UnitMatcher.from_db()
        for sp, table in sheets:
            plan.sheets.append(sp)
            _read_records(plan, sp, table, matcher, options)
    finally:
        wb.close()
    if options.key_field is not None:
        plan.key_field = options.key_field
    elif any(r.code for r in plan.records):
        plan.key_field = "code"
    elif plan.sheets and all(sp.saved_key == "title" for sp in plan.sheets):
        plan.key_field = "title"    # confirmed for this layout before: matches are shown as updates again
    else:
        plan.key_field = ""
    _check_codes(plan)
    match_existing(plan)
    return plan


_GROUP_LEADER = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?\s*"
                           r"([\u4e00-\u9fff]{0,6}?(?:书记|县长|市长|区长|镇长|主任|部长|主席|领导))"
                           r"(?:牵头|包抓|分管|领办|领衔|负责|联系)")


def _read_records(plan: ImportPlan, sp: SheetPlan, table: SheetTable, matcher: UnitMatcher, options: Options):
    reader = RowReader(plan, sp, matcher, options)
    if "title" not in reader.by_field:
        plan.errors.append(CellError(sp.header_rows[1], "工作任务", "未找到事项名称列(如「工作任务」「重点工作」"
                                     "「确定事项」「问题」「项目名称」),请在预览中指定", sp.name))
    section_stack: list[tuple[int, int]] = []     # (level, record index)
    by_seq: dict[str, int] = {}
    for row in table.rows:
        if row.kind == "total":
            sp.totals += 1
            continue
        if row.kind == "note":
            sp.notes.append(row.number)
            note = next((text(v) for v in row.values if text(v)), "")
            plan.warnings.append(CellError(row.number, "说明", f"说明行未导入: {note}"[:120], sp.name))
            continue
        if row.kind == "section":
            while section_stack and section_stack[-1][0] >= row.level:
                section_stack.pop()
            rec = Record(sp.index, row.number, "", True, row.level, {"title": row.text[:MAX_TITLE]}, [])
            rec.parent = section_stack[-1][1] if section_stack else None
            plan.records.append(rec)
            section_stack.append((row.level, len(plan.records) - 1))
            sp.sections += 1
            continue
        rec = reader.record(row.number, row.values, row.formats)
        reader.resolve_units(rec)
        sp.rows += 1
        if not rec.values.get("title"):
            previous = next((r for r in reversed(plan.records) if r.sheet == sp.index and not r.section), None)
            if "title" in reader.by_field and previous is not None and previous.values.get("title"):
                # offices leave the name blank under a row it repeats (同上): the row keeps its own cells
                rec.values["title"] = previous.values["title"]
                reader.warn(row.number, reader.by_field["title"][0],
                            f"事项名称为空,沿用上一行「{previous.values['title'][:30]}」")
            else:
                if "title" in reader.by_field:
                    reader.err(row.number, reader.by_field["title"][0], "不能为空")
                rec.values["title"] = ""
        if not rec.values.get("responsible_leader") and section_stack:
            # 「常务副县长牵头事项」: a sheet grouped by leader names each group's leader once, above its rows
            for _, idx in reversed(section_stack):
                m = _GROUP_LEADER.match(plan.records[idx].values.get("title", ""))
                if m:
                    rec.values["responsible_leader"] = m.group(1)[:100]
                    break
        parent_seq = rec.seq.rsplit(".", 1)[0] if re.fullmatch(r"\d+(?:\.\d+)+", rec.seq) else None
        if parent_seq and parent_seq in by_seq:
            rec.parent = by_seq[parent_seq]
        else:
            if parent_seq:
                plan.warnings.append(CellError(row.number, "序号", f"上级序号「{parent_seq}」不存在,挂在所在分组下",
                                               sp.name))
            rec.parent = section_stack[-1][1] if section_stack else None
        plan.records.append(rec)
        if rec.seq and re.fullmatch(r"\d+(?:\.\d+)*", rec.seq):
            by_seq.setdefault(rec.seq, len(plan.records) - 1)


def _check_codes(plan: ImportPlan) -> None:
    names = {s.index: s.name for s in plan.sheets}
    seen: dict[str, Record] = {}
    for r in plan.records:
        if not r.code:
            continue
        if r.code in seen:
            plan.warnings.append(CellError(r.row, "任务编号", f"「{r.code}」与第{seen[r.code].row}行重复,本行另行编号"
                                                              f"(原编号作为其他信息保留)", names.get(r.sheet, "")))
            r.extra.append(["任务编号(原)", r.code])
            r.code = ""
        else:
            seen[r.code] = r


def match_existing(plan: ImportPlan) -> None:
    """Find the existing item of each row, by explicit code or by the confirmed key; list what would change."""
    if plan.key_field not in ("code", "title") or not plan.records:
        return
    from ..models import Item, Unit
    unit_names = dict(Unit.objects.values_list("id", "name"))
    if plan.key_field == "code":
        codes = [r.code for r in plan.records if r.code]
        found = {}
        for i in range(0, len(codes), 500):
            found.update({it.code: it for it in Item.objects.filter(code__in=codes[i:i + 500])
                          .prefetch_related("co_units", "milestones")})
        for r in plan.records:
            it = found.get(r.code) if r.code else None
            if it is not None:
                r.match_id = it.id
                r.changes = diff_item(it, r, unit_names)
    else:
        titles = [r.values.get("title") for r in plan.records if r.values.get("title")]
        found: dict[str, list] = {}
        for i in range(0, len(titles), 500):
            for it in Item.objects.filter(title__in=titles[i:i + 500]).prefetch_related("co_units", "milestones"):
                found.setdefault(it.title, []).append(it)
        for r in plan.records:
            hits = found.get(r.values.get("title", ""))
            if not hits:
                continue
            if len(hits) > 1:
                plan.errors.append(CellError(r.row, "工作任务", f"已有 {len(hits)} 个同名事项,无法确定更新哪一个"
                                             f"({'、'.join(h.code for h in hits[:5])})"))
                continue
            r.match_id = hits[0].id
            r.changes = diff_item(hits[0], r, unit_names)


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


_SHOWN = {"status": cells.STATUS_LABELS, "deadline_kind": dl.KIND_LABELS,
          "frequency": {v: k for k, v in FREQUENCIES.items() if len(k) > 1 and not k.isascii()},
          "kind": {"task": "任务", "target": "目标", "project": "项目"}}


def shown(field: str, value, unit_names: dict[int, str] | None = None):
    """A value as the preview shows it: words for statuses and kinds, 2023年6月30日 for dates, unit names."""
    if value in (None, ""):
        return value
    if field in _SHOWN:
        return _SHOWN[field].get(value, value)
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if field in ("lead_unit_id", "co_unit_ids") and unit_names is not None:
        ids = value if isinstance(value, list) else [value]
        return "、".join(unit_names.get(i, f"#{i}") for i in ids)
    return value


def diff_item(item, rec: Record, unit_names: dict[int, str] | None = None) -> list[tuple[str, Any, Any]]:
    """(字段, 现值, 导入值) for every field the row would change on an existing item, in words."""
    if rec.values.get("deadline") == item.deadline and _ISO.match(rec.values.get("deadline_text") or ""):
        # the standard export writes 「2023年10月」 as 2023-10-31: the same date, the office's wording stays
        rec.values.pop("deadline_text", None)
        rec.values.pop("deadline_kind", None)
    out = []
    for k, new in rec.values.items():
        old = getattr(item, k, None)
        if k == "deadline_text" and not new and not old:
            continue
        if old != new and not (old in (None, "") and new in (None, "")):
            out.append((FIELD_LABELS.get(k, k), shown(k, old), shown(k, new)))
    if rec.lead_unit_id is not None and rec.lead_unit_id != item.lead_unit_id:
        out.append(("牵头单位", shown("lead_unit_id", item.lead_unit_id, unit_names),
                    shown("lead_unit_id", rec.lead_unit_id, unit_names)))
    if rec.co_unit_ids is not None:
        old_co = sorted(u.id for u in item.co_units.all())
        if sorted(rec.co_unit_ids) != old_co:
            out.append(("配合单位", shown("co_unit_ids", old_co, unit_names) or "—",
                        shown("co_unit_ids", sorted(rec.co_unit_ids), unit_names) or "—"))
    if rec.milestones is not None:
        old_ms = [(m.due, m.expected_progress, m.description) for m in item.milestones.all()]
        if [(d, float(p), t) for d, p, t in rec.milestones] != [(d, float(p), t) for d, p, t in old_ms]:
            out.append(("节点安排", cells.format_milestones(old_ms) or "—", cells.format_milestones(rec.milestones) or "—"))
    if rec.extra:
        old_extra = {h: v for h, v in (item.extra or [])}
        changed = [(h, old_extra.get(h), v) for h, v in rec.extra if old_extra.get(h) != v]
        for h, o, n in changed:
            out.append((h, o, n))
    return out
