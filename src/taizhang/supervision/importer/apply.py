"""Writing a validated plan: one short transaction, bulk inserts, one audit entry per item.

Everything slow (reading the workbook, parsing cells, matching units and existing items) happened in the plan;
here only rows are written, so readers of the site are not held up for long.  A re-import sets only the fields
whose columns the sheet has: a column that is absent never blanks anything.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models.base import ModelState
from django.utils import timezone

from taizhang.ledger import bulk as ledger_bulk

from .. import permissions as perm
from ..models import AuditEntry, ImportBatch, ImportLayout, Item, Milestone, Unit
from .plan import ImportPlan, Record

BATCH = 2000


@dataclass
class ApplyResult:
    batch_id: int
    created: int
    updated: int
    units_created: list[str]


def unit_kind_for(name: str) -> str:
    """A unit offered for creation gets a kind from its name: …镇/乡/街道 → town, …县/区/市 → county."""
    if name.endswith(("镇", "乡", "街道", "街道办", "街道办事处", "镇人民政府", "乡人民政府")):
        return Unit.Kind.TOWN
    if name.endswith(("县", "区", "市", "县人民政府", "区人民政府")):
        return Unit.Kind.COUNTY
    return Unit.Kind.DEPARTMENT


def _plain(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v


def _snapshot(item: Item, co_ids: list[int] | None = None, milestones=None) -> dict:
    """Like audit.snapshot, without a query per item (co-units and milestones come from the record)."""
    out = {}
    for f in Item._meta.concrete_fields:
        if f.name != "updated_at":
            out[f.attname] = _plain(getattr(item, f.attname))
    if co_ids is not None:
        out["co_units"] = sorted(co_ids)
    if milestones is not None:
        out["milestones"] = [f"{d.isoformat()}:{p:g}" for d, p, _ in milestones]
    return out


def save_layouts(plan: ImportPlan, actor) -> ImportLayout | None:
    """Each sheet's confirmed mapping, kept under its header signature for the next import of that layout."""
    first = None
    for sp in plan.sheets:
        mapping = {c.name: c.field for c in sp.columns}
        layout, _ = ImportLayout.objects.update_or_create(
            signature=sp.signature,
            defaults={"name": (sp.title or sp.name)[:200], "headers": [c.header for c in sp.columns],
                      "mapping": mapping, "key_field": plan.key_field,
                      "confirmed_by": actor if getattr(actor, "is_authenticated", False) else None,
                      "confirmed_at": timezone.now()})
        first = first or layout
    return first


def apply_plan(plan: ImportPlan, actor, *, check_permission: bool = True) -> ApplyResult:
    """Write the plan.  Refuses a plan with errors (the preview must show them first)."""
    if check_permission and not perm.can_manage(actor):
        raise PermissionDenied("需要督查人员权限")
    if not plan.ok:
        raise ValueError(f"导入计划有 {len(plan.errors)} 处错误,不能写入")
    now = timezone.now()
    actor_id = actor.pk if getattr(actor, "is_authenticated", False) else None
    with transaction.atomic():
        created_units = _create_units(plan)
        layout = save_layouts(plan, actor)
        batch = ImportBatch.objects.create(
            layout=layout, file_name=plan.file_name[:255], title=plan.title[:300], actor_id=actor_id,
            state=ImportBatch.State.APPLIED, sheets=[{
                "name": s.name, "title": s.title, "year": s.year, "signature": s.signature,
                "header_rows": list(s.header_rows), "columns": [[c.header, c.field, c.unit] for c in s.columns],
                "sections": [r.row for r in plan.records if r.section and r.sheet == s.index]}
                for s in plan.sheets])
        ids: list[int | None] = [None] * len(plan.records)
        existing, befores = _lock_existing(plan)
        update_fields = sorted({"parent", "import_batch", "import_row", "import_sheet", "extra", "lead_unit",
                                "assigned_at", "closed_at", "version", "updated_at", "progress"}
                               | {k for r in plan.records if r.match_id is not None for k in r.values})
        audit = _Audit(plan, actor_id, ContentType.objects.get_for_model(Item).id)
        # parents before children (a parent is always one level up), each level in chunks: only one chunk of
        # item objects is alive at a time, so 100k rows do not sit in memory twice
        depth = _depths(plan)
        for level in sorted(set(depth)):
            level_rows = [i for i in range(len(plan.records)) if depth[i] == level]
            for k in range(0, len(level_rows), BATCH):
                chunk: list[tuple[int, Item]] = []
                for i in level_rows[k:k + BATCH]:
                    rec = plan.records[i]
                    parent_id = ids[rec.parent] if rec.parent is not None else None
                    if rec.match_id is not None:
                        chunk.append((i, _update(existing[rec.match_id], rec, parent_id, batch, now)))
                    else:
                        chunk.append((i, _new(rec, parent_id, batch, i, now)))
                bulk_insert(Item, [it for i, it in chunk if plan.records[i].match_id is None])
                updated = [it for i, it in chunk if plan.records[i].match_id is not None]
                if updated:
                    Item.objects.bulk_update(updated, update_fields, batch_size=500)
                for i, it in chunk:
                    ids[i] = it.pk
                _write_relations(plan, chunk)
                audit.write(chunk, befores)
        batch.created = plan.to_create
        batch.updated = plan.to_update
        batch.save(update_fields=["created", "updated"])
    return ApplyResult(batch.id, plan.to_create, plan.to_update, created_units)


def _diff(before: dict | None, after: dict) -> tuple[dict | None, dict]:
    if before is None:
        return None, after
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def _depths(plan: ImportPlan) -> list[int]:
    out = []
    for rec in plan.records:
        out.append(0 if rec.parent is None else out[rec.parent] + 1)
    return out


def _create_units(plan: ImportPlan) -> list[str]:
    """Units the preview offered for creation, one per unit: 县统计局 and 统计局 in the same sheet make one unit
    (the fuller name); then every row's units are matched again, by the same rule as in the plan."""
    if not plan.unknown_units or not plan.options.create_units:
        return []
    from ..unitnames import UnitMatcher, UnitRecord
    from .plan import RowReader
    matcher = UnitMatcher.from_db()
    base = (Unit.objects.order_by("-order").values_list("order", flat=True).first() or 0) + 1
    created: list[str] = []
    for name in sorted(plan.unknown_units, key=lambda n: (-len(n), n)):
        if not plan.options.creates(name) or matcher.match(name).how != "unknown":
            continue
        unit = Unit.objects.create(name=name[:100], kind=unit_kind_for(name), order=base + len(created))
        matcher.add(UnitRecord(unit.id, unit.name, unit.kind, None))
        created.append(unit.name)
    readers: dict[int, RowReader] = {}
    for rec in plan.records:
        if not rec.unit_cells:
            continue
        reader = readers.get(rec.sheet)
        if reader is None:
            sp = next(s for s in plan.sheets if s.index == rec.sheet)
            reader = readers[rec.sheet] = RowReader(ImportPlan(plan.file_name, options=plan.options), sp, matcher,
                                                    plan.options)
        reader.resolve_units(rec)
    return created


def _lock_existing(plan: ImportPlan) -> tuple[dict[int, Item], dict[int, dict]]:
    """The items the plan updates, locked, with their state before (for the audit trail)."""
    ids = [r.match_id for r in plan.records if r.match_id is not None]
    out: dict[int, Item] = {}
    for k in range(0, len(ids), 500):
        for it in Item.objects.select_for_update().filter(id__in=ids[k:k + 500]).prefetch_related("co_units",
                                                                                                 "milestones"):
            out[it.id] = it
    befores: dict[int, dict] = {}
    for r in plan.records:
        if r.match_id is not None:
            if r.match_id not in out:
                raise ValueError(f"第{r.row}行要更新的事项已被删除,请重新预览")
            it = out[r.match_id]
            co = sorted(u.id for u in it.co_units.all())
            ms = [(m.due, m.expected_progress, m.description) for m in it.milestones.all()]
            befores[r.match_id] = _snapshot(it, co if r.co_unit_ids is not None else None,
                                            ms if r.milestones is not None else None)
    return out, befores


def _status_dates(it: Item, now) -> None:
    if it.status not in ("draft", "registered") and it.assigned_at is None:
        it.assigned_at = now
    if it.status == "closed":
        it.closed_at = it.closed_at or now
        if not it.progress:
            it.progress = 100.0


_TEMPLATE: dict | None = None


def _blank_item() -> Item:
    """A new Item with every field at its default, without Model.__init__ (a tenth of the write for 100k rows).

    The defaults come from one Item() made once; mutable defaults (JSON lists and dicts) are fresh per item."""
    global _TEMPLATE
    if _TEMPLATE is None:
        proto = Item()
        _TEMPLATE = {k: v for k, v in proto.__dict__.items() if k != "_state"}
    it = Item.__new__(Item)
    it.__dict__.update(_TEMPLATE)
    it._state = ModelState()
    for f in Item._meta.concrete_fields:
        if isinstance(_TEMPLATE.get(f.attname), (list, dict)):
            setattr(it, f.attname, f.get_default())
    return it


def _new(rec: Record, parent_id: int | None, batch: ImportBatch, index: int, now) -> Item:
    it = _blank_item()
    it.code = rec.code or f"IMP{batch.id}-{index + 1:05d}"
    it.parent_id, it.import_batch_id, it.import_row, it.import_sheet = parent_id, batch.id, rec.row, rec.sheet
    it.position, it.extra, it.lead_unit_id, it.status = index + 1, rec.extra, rec.lead_unit_id, "registered"
    for k, v in rec.values.items():
        if v is None and k in ("deadline_text", "deadline_kind"):
            v = ""
        if v is None and k in ("progress", "weight"):
            continue
        setattr(it, k, v)
    if it.frequency in (None, ""):
        it.frequency = "monthly"
    _status_dates(it, now)
    it.created_at = it.updated_at = now
    return it


def _update(it: Item, rec: Record, parent_id: int | None, batch: ImportBatch, now) -> Item:
    """Only what the sheet carries: absent columns leave their fields alone; extra attributes merge by name."""
    for k, v in rec.values.items():
        if v is None and k in ("progress", "weight", "deadline_text", "deadline_kind"):
            continue
        setattr(it, k, v)
    if rec.lead_unit_id is not None:
        it.lead_unit_id = rec.lead_unit_id
    if parent_id is not None:
        it.parent_id = parent_id
    merged = {h: v for h, v in (it.extra or [])}
    order = [h for h, _ in (it.extra or [])]
    for h, v in rec.extra:
        if h not in merged:
            order.append(h)
        merged[h] = v
    it.extra = [[h, merged[h]] for h in order]
    it.import_batch, it.import_row, it.import_sheet = batch, rec.row, rec.sheet
    it.version += 1
    it.updated_at = now
    _status_dates(it, now)
    return it


def _write_relations(plan: ImportPlan, chunk: list[tuple[int, Item]]) -> None:
    """Co-units and milestones of one chunk; an updated item's are replaced only when the sheet has the column."""
    through = Item.co_units.through
    recs = [(plan.records[i], it) for i, it in chunk]
    touched_co = [it.pk for r, it in recs if r.co_unit_ids is not None and r.match_id]
    touched_ms = [it.pk for r, it in recs if r.milestones is not None and r.match_id]
    for k in range(0, len(touched_co), 500):
        through.objects.filter(item_id__in=touched_co[k:k + 500]).delete()
    for k in range(0, len(touched_ms), 500):
        Milestone.objects.filter(item_id__in=touched_ms[k:k + 500]).delete()
    bulk_insert(through, [through(item_id=it.pk, unit_id=u) for r, it in recs if r.co_unit_ids
                          for u in r.co_unit_ids])
    Milestone.objects.bulk_create([Milestone(item_id=it.pk, due=d, expected_progress=p, description=t[:300])
                                   for r, it in recs if r.milestones for d, p, t in r.milestones],
                                  batch_size=BATCH)


class _Audit:
    """One audit entry per item written (a creation lists what it set; an update what it changed)."""

    def __init__(self, plan: ImportPlan, actor_id: int | None, content_type_id: int):
        self.plan, self.actor_id, self.ct = plan, actor_id, content_type_id
        self.names = {sp.index: sp.name for sp in plan.sheets}
        self.at = timezone.now()

    def write(self, chunk: list[tuple[int, Item]], befores: dict[int, dict]) -> None:
        entries = []
        for i, it in chunk:
            rec = self.plan.records[i]
            after = _snapshot(it, rec.co_unit_ids, rec.milestones)
            before = befores.get(rec.match_id)
            if before is None:   # a creation: the fields it set (empty ones say nothing)
                b, a = None, {k: v for k, v in after.items() if v not in (None, "", [], {})}
            else:
                b, a = _diff(before, after)
                if not a:
                    continue   # re-imported unchanged: nothing to record
            entries.append(AuditEntry(content_type_id=self.ct, object_id=str(it.pk), item_id=it.pk,
                                      actor_id=self.actor_id, at=self.at, action="import", before=b, after=a,
                                      note=f"Excel 导入「{self.plan.file_name}」{self.names.get(rec.sheet, '')}"
                                           f" 第{rec.row}行"))
        bulk_insert(AuditEntry, entries)


def bulk_insert(model, objs: list) -> None:
    """Rows in by the ledger's bulk writer: COPY on PostgreSQL (ids drawn from the sequence first), bulk_create
    elsewhere; primary keys are set on the objects either way."""
    if objs:
        ledger_bulk.insert(model, objs)
