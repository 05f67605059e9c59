"""Every write of the supervision loop goes through here: permission check, row lock, change, audit entry.

Items are locked with select_for_update inside transaction.atomic (SQLite runs IMMEDIATE transactions, so
writers queue instead of failing), and form edits carry the item's `version` so a stale form is refused
with Conflict instead of silently overwriting someone else's change.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import audit, permissions as perm, workflow
from .models import (ChangeRequest, Evidence, Finding, InspectionRound, Item, Milestone, ProgressReport,
                     Reminder, Status, Unit)
from .rates import rollup
from .warning import REPORT_LATE, missed_report, warning_colour


class ServiceError(ValueError):
    """A request that cannot be carried out as asked (shown to the user)."""


class Conflict(ServiceError):
    """The item changed since the form was loaded."""


# ---- evidence files ------------------------------------------------------------------------------------------

MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
MAX_EVIDENCE_FILES = 5
# extension → accepted leading bytes (b"" = any text that decodes as UTF-8)
EVIDENCE_TYPES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF",), ".png": (b"\x89PNG",), ".jpg": (b"\xff\xd8",), ".jpeg": (b"\xff\xd8",),
    ".docx": (b"PK",), ".xlsx": (b"PK",), ".doc": (b"\xd0\xcf\x11\xe0",), ".xls": (b"\xd0\xcf\x11\xe0",),
    ".txt": (b"",),
}


def check_evidence(files: Iterable) -> list:
    """Refuse files outside the type whitelist, over the size limit, or whose content does not match."""
    files = list(files)
    if len(files) > MAX_EVIDENCE_FILES:
        raise ServiceError(f"附件最多 {MAX_EVIDENCE_FILES} 个")
    for f in files:
        ext = Path(f.name).suffix.lower()
        if ext not in EVIDENCE_TYPES:
            raise ServiceError(f"附件类型不允许: {f.name}(允许 {'、'.join(sorted(EVIDENCE_TYPES))})")
        if f.size > MAX_EVIDENCE_BYTES:
            raise ServiceError(f"附件过大: {f.name}(上限 {MAX_EVIDENCE_BYTES // 1024 // 1024} MB)")
        head = f.read(2048)
        f.seek(0)
        magics = EVIDENCE_TYPES[ext]
        if magics == (b"",):
            try:
                head.decode("utf-8")
            except UnicodeDecodeError:
                if len(head) < 2048:
                    raise ServiceError(f"附件内容与类型不符: {f.name}")
            if b"\x00" in head:
                raise ServiceError(f"附件内容与类型不符: {f.name}")
        elif not any(head.startswith(m) for m in magics):
            raise ServiceError(f"附件内容与类型不符: {f.name}")
        if ext in (".docx", ".xlsx"):  # whoever opens it later must not meet a zip bomb
            from taizhang.extract.safezip import UnsafeArchive, check_archive
            try:
                check_archive(f.file if hasattr(f, "file") else f)
            except UnsafeArchive as e:
                raise ServiceError(f"附件无法接受: {f.name}({e})") from None
            f.seek(0)
    return files


# ---- items and assignment ----------------------------------------------------------------------------------

ASSIGNMENT_FIELDS = ("title", "requirement", "kind", "responsible_leader", "deadline", "frequency", "weight",
                     "lead_unit_id", "parent_id", "source_text", "problems", "next_steps", "remarks", "position")


def _require_manager(actor) -> None:
    if not perm.can_manage(actor):
        raise PermissionDenied("需要督查人员权限")


def _lock(item_id: int) -> Item:
    return Item.objects.select_for_update().get(pk=item_id)


def lock_pending(model, pk: int, pending: str, done: str, error: type[Exception] = ServiceError):
    """(the ``model`` row ``pk``, its item), both locked; ``error(done)`` when the row is no longer ``pending``
    (someone decided on it first)."""
    obj = model.objects.select_for_update().get(pk=pk)
    item = _lock(obj.item_id)
    if obj.state != pending:
        raise error(done)
    return obj, item


@contextmanager
def item_change(item: Item, actor, action: str, note: str = "") -> Iterator[Item]:
    """Change ``item`` in the block (its row locked); then its version goes up, it is saved and the change is
    audited as ``action`` with the item before and after.  Nothing is saved when the block raises."""
    with audit.changed(item, actor, action, note, take=item_snapshot):
        yield item
        item.version += 1


def _set_milestones(item: Item, milestones: Iterable[tuple[date, float, str]] | None) -> None:
    if milestones is None:
        return
    item.milestones.all().delete()
    Milestone.objects.bulk_create([Milestone(item=item, due=d, expected_progress=p, description=t)
                                   for d, p, t in milestones])


def item_snapshot(item: Item) -> dict:
    """An item with its milestones, so a change of schedule shows in its history."""
    s = audit.snapshot(item)
    s["milestones"] = [f"{m.due.isoformat()}:{m.expected_progress:g}" for m in item.milestones.all()]
    if "goal" in s:  # the history shows the goal in words (指标 目标值 时期), not as a JSON object
        from .intake import goal_words
        s["goal"] = goal_words(item.goal or {})
    return s


def create_item(actor, *, code: str, title: str, co_unit_ids: Iterable[int] = (), milestones=None,
                source=None, **fields) -> Item:
    _require_manager(actor)
    with transaction.atomic():
        item = Item(code=code, title=title, **fields)
        if source is not None:
            item.source = source
        item.save()
        item.co_units.set(list(co_unit_ids))
        _set_milestones(item, milestones)
        audit.record(item, actor, "create", None, after=item_snapshot(item))
    return item


def update_assignment(actor, item_id: int, expected_version: int | None, fields: dict,
                      co_unit_ids: Iterable[int] | None = None, milestones=None, note: str = "") -> Item:
    """Change assignment fields; refuses (Conflict) if the item moved past `expected_version`."""
    _require_manager(actor)
    unknown = set(fields) - set(ASSIGNMENT_FIELDS) - {"progress", "progress_text", "code"}
    if unknown:
        raise ServiceError(f"不能修改: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        item = _lock(item_id)
        if expected_version is not None and item.version != expected_version:
            raise Conflict(f"该事项已被他人修改(版本 {item.version},表单版本 {expected_version}),请刷新后重试")
        before = item_snapshot(item)
        for k, v in fields.items():
            setattr(item, k, v)
        if item.parent_id and item.parent_id == item.id:
            raise ServiceError("上级事项不能是自身")
        item.version += 1
        item.save()
        if co_unit_ids is not None:
            item.co_units.set(list(co_unit_ids))
        _set_milestones(item, milestones)
        audit.record(item, actor, "update", before, note=note, after=item_snapshot(item))
        if "progress" in fields:
            _rollup_parents(item, actor)
    return item


def transition(actor, item_id: int, target: str, reason: str = "") -> Item:
    with transaction.atomic():
        item = _lock(item_id)
        t = workflow.find(item.status, target)
        if t is None:
            label = Status(target).label if target in Status.values else target
            raise ServiceError(f"不允许从「{item.get_status_display()}」转到「{label}」")
        if t not in workflow.allowed(item.status, perm.role_of(actor), perm.is_lead_reporter(actor, item)):
            raise PermissionDenied("无权执行此操作")
        if t.needs_reason and not reason.strip():
            raise ServiceError(f"「{t.label}」须填写理由")
        if target == Status.ASSIGNED and not item.lead_unit_id:
            raise ServiceError("交办前须指定牵头单位")
        with item_change(item, actor, f"transition:{t.label}", reason):
            item.status = target
            now = timezone.now()
            if target == Status.ASSIGNED and item.assigned_at is None:
                item.assigned_at = now
            if target == Status.CLOSED:
                item.closed_at = now
                item.progress = 100.0
        if target == Status.CLOSED:
            _rollup_parents(item, actor)
    return item


# ---- progress reports ---------------------------------------------------------------------------------------

def submit_report(actor, item_id: int, progress: float, text: str, problems: str = "", next_steps: str = "",
                  files: Iterable = ()) -> ProgressReport:
    files = check_evidence(files)
    if not (0 <= progress <= 100):
        raise ServiceError("完成率须在 0 到 100 之间")
    if not text.strip():
        raise ServiceError("请填写进展情况")
    with transaction.atomic():
        item = _lock(item_id)
        if not perm.can_report(actor, item):
            raise PermissionDenied("只有牵头或配合单位的联络员可以报送")
        if item.status not in workflow.REPORTABLE:
            raise ServiceError(f"事项处于「{item.get_status_display()}」状态,不能报送进展(请先签收)")
        report = ProgressReport.objects.create(item=item, unit_id=perm.unit_id_of(actor), author=actor,
                                               progress=progress, text=text, problems=problems,
                                               next_steps=next_steps)
        for f in files:
            Evidence.objects.create(report=report, file=f, original_name=Path(f.name).name[:255], size=f.size)
        audit.record(report, actor, "report:submit", None, item=item)
        if item.status == Status.ACCEPTED and perm.is_lead_reporter(actor, item):
            with item_change(item, actor, "transition:开始办理", "首次报送进展"):
                item.status = Status.IN_PROGRESS
    return report


def review_report(actor, report_id: int, accept: bool, reason: str = "") -> ProgressReport:
    """Accept (the item's progress becomes the report's) or return with a reason."""
    _require_manager(actor)
    with transaction.atomic():
        report, item = lock_pending(ProgressReport, report_id, ProgressReport.State.SUBMITTED, "该报送已审核")
        if not accept and not reason.strip():
            raise ServiceError("退回须填写理由")
        with audit.changed(report, actor, "report:accept" if accept else "report:return", reason, item=item):
            report.state = ProgressReport.State.ACCEPTED if accept else ProgressReport.State.RETURNED
            report.reviewed_by, report.reviewed_at, report.return_reason = actor, timezone.now(), reason
        if accept and report.unit_id == item.lead_unit_id:
            with item_change(item, actor, "progress", f"采纳报送 #{report.pk}"):
                item.progress, item.progress_text = report.progress, report.text
                item.problems, item.next_steps = report.problems, report.next_steps
            _rollup_parents(item, actor)
    return report


def _rollup_parents(item: Item, actor) -> None:
    """Parents' progress is the weighted mean of their children's; walk up the tree."""
    parent_id = item.parent_id
    seen = set()
    while parent_id and parent_id not in seen:
        seen.add(parent_id)
        parent = _lock(parent_id)
        value = rollup(parent.children.values_list("weight", "progress"))
        if value != parent.progress:
            with item_change(parent, actor, "progress:rollup", f"由下级事项 {item.code} 汇总"):
                parent.progress = value
        parent_id = parent.parent_id


# ---- extension and change requests -------------------------------------------------------------------------

def request_change(actor, item_id: int, kind: str, reason: str, new_deadline: date | None = None,
                   new_requirement: str = "") -> ChangeRequest:
    if not reason.strip():
        raise ServiceError("请填写申请理由")
    if kind == ChangeRequest.Kind.EXTENSION and new_deadline is None:
        raise ServiceError("延期申请须填写新的完成时限")
    with transaction.atomic():
        item = _lock(item_id)
        if not perm.is_lead_reporter(actor, item):
            raise PermissionDenied("只有牵头单位联络员可以申请延期或变更")
        cr = ChangeRequest.objects.create(item=item, kind=kind, reason=reason, new_deadline=new_deadline,
                                          new_requirement=new_requirement, requested_by=actor)
        audit.record(cr, actor, f"request:{kind}", None, item=item)
    return cr


def decide_change(actor, request_id: int, approve: bool, note: str = "") -> ChangeRequest:
    _require_manager(actor)
    with transaction.atomic():
        cr, item = lock_pending(ChangeRequest, request_id, ChangeRequest.State.PENDING, "该申请已处理")
        with audit.changed(cr, actor, "request:approve" if approve else "request:reject", note, item=item):
            cr.state = ChangeRequest.State.APPROVED if approve else ChangeRequest.State.REJECTED
            cr.decided_by, cr.decided_at, cr.decision_note = actor, timezone.now(), note
        if approve:
            with item_change(item, actor, f"{cr.get_kind_display()}生效", cr.reason):
                if cr.new_deadline:
                    item.deadline = cr.new_deadline
                if cr.new_requirement:
                    item.requirement = cr.new_requirement
    return cr


# ---- warnings and reminders ---------------------------------------------------------------------------------

def colour_of(item: Item, today: date | None = None) -> str:
    today = today or timezone.localdate()
    ms = [(m.due, m.expected_progress) for m in item.milestones.all()]
    return warning_colour(item.deadline, ms, item.progress, today,
                          closed=item.status in (Status.CLOSED, Status.SUSPENDED, Status.DRAFT))


def report_missed(item: Item, today: date | None = None) -> date | None:
    """The report day (每月25日前) of this period that passed without a progress report from the item, or None."""
    if not item.report_day:
        return None
    today = today or timezone.localdate()
    dates = [timezone.localtime(r.submitted_at).date() for r in item.reports.all()]
    assigned = timezone.localtime(item.assigned_at).date() if item.assigned_at else None
    return missed_report(item.report_day, item.frequency, dates, today, since=assigned,
                         closed=item.status in (Status.CLOSED, Status.SUSPENDED, Status.DRAFT))


@dataclass
class ReminderRun:
    created: list[Reminder]
    skipped: int


def issue_reminders(today: date | None = None, actor=None,
                    colours: tuple[str, ...] = ("red", "yellow", REPORT_LATE)) -> ReminderRun:
    """One 催办 per late active item per day (idempotent: a second run the same day adds nothing): red and yellow
    items, and (colour "report") items whose report day of this period (每月25日前) passed without a report."""
    today = today or timezone.localdate()
    created, skipped = [], 0
    items = Item.objects.filter(status__in=workflow.ACTIVE).select_related("lead_unit").prefetch_related("milestones")
    if REPORT_LATE in colours:
        items = items.prefetch_related("reports")
    for item in items:
        colour = colour_of(item, today)
        missed = None
        if colour not in colours and REPORT_LATE in colours:
            missed = report_missed(item, today)
            if missed is not None:
                colour = REPORT_LATE
        if colour not in colours:
            continue
        if Reminder.objects.filter(item=item, issued_on=today).exists():
            skipped += 1
            continue
        try:
            r = _remind(item, today, colour, actor, missed)
        except IntegrityError:  # another run issued it a moment ago
            skipped += 1
            continue
        created.append(r)
    return ReminderRun(created, skipped)


def _remind(item: Item, today: date, colour: str, actor, missed: date | None = None) -> Reminder:
    if colour == REPORT_LATE and missed is not None:
        cycle = item.deadline_text if item.deadline_kind == "recurring" and item.deadline_text else \
            f"每期{item.report_day}日前"
        message = (f"{item.code}「{item.title}」未按期报送进展({cycle}报送,本期报送日 {missed.month}月{missed.day}日"
                   f"已过),请{item.lead_unit or '牵头单位'}尽快报送。")
    else:
        what = "已超过完成时限" if colour == "red" else "进度滞后于序时进度"
        message = (f"{item.code}「{item.title}」{what}(完成率 {item.progress:g}%),"
                   f"请{item.lead_unit or '牵头单位'}加快推进并及时报送进展。")
    with transaction.atomic():
        r = Reminder.objects.create(item=item, unit=item.lead_unit, colour=colour, issued_on=today,
                                    created_by=actor if getattr(actor, "is_authenticated", False) else None,
                                    message=message)
        audit.record(r, actor, "reminder", None, item=item)
    return r


# ---- inspection loop ---------------------------------------------------------------------------------------

def create_round(actor, name: str, team: str, start: date, end: date, scope_unit_ids: Iterable[int]) -> InspectionRound:
    _require_manager(actor)
    if end < start:
        raise ServiceError("结束日期不能早于开始日期")
    with transaction.atomic():
        r = InspectionRound.objects.create(name=name, team=team, start=start, end=end, created_by=actor)
        r.scope_units.set(list(scope_unit_ids))
        audit.record(r, actor, "round:create", None)
    return r


def add_finding(actor, round_id: int, unit_id: int, description: str, severity: str, due: date,
                item_id: int | None = None) -> Finding:
    _require_manager(actor)
    if not description.strip():
        raise ServiceError("请填写问题描述")
    with transaction.atomic():
        rnd = InspectionRound.objects.get(pk=round_id)
        unit = Unit.objects.get(pk=unit_id)
        item = Item.objects.get(pk=item_id) if item_id else None
        f = Finding.objects.create(round=rnd, unit=unit, item=item, description=description, severity=severity,
                                   due=due, found_by=actor)
        audit.record(f, actor, "finding:create", None, item=item)
    return f


def _lock_finding(finding_id: int) -> Finding:
    return Finding.objects.select_for_update().get(pk=finding_id)


def notify_finding(actor, finding_id: int) -> Finding:
    _require_manager(actor)
    with transaction.atomic():
        f = _lock_finding(finding_id)
        if f.state not in (Finding.State.OPEN, Finding.State.REOPENED):
            raise ServiceError("该问题当前不能通报")
        with audit.changed(f, actor, "finding:notice"):
            f.state, f.notified_at = Finding.State.NOTIFIED, timezone.now()
    return f


def rectify_finding(actor, finding_id: int, text: str) -> Finding:
    if not text.strip():
        raise ServiceError("请填写整改情况")
    with transaction.atomic():
        f = _lock_finding(finding_id)
        if not perm.can_rectify(actor, f):
            raise PermissionDenied("只有责任单位联络员可以报送整改")
        if f.state not in (Finding.State.OPEN, Finding.State.NOTIFIED, Finding.State.REOPENED):
            raise ServiceError("该问题当前不能报送整改")
        with audit.changed(f, actor, "finding:rectify"):
            f.state, f.rectification = Finding.State.RECTIFIED, text
            f.rectified_by, f.rectified_at = actor, timezone.now()
    return f


def verify_finding(actor, finding_id: int, passed: bool, note: str) -> Finding:
    _require_manager(actor)
    if not note.strip():
        raise ServiceError("请填写复核意见")
    with transaction.atomic():
        f = _lock_finding(finding_id)
        if f.state != Finding.State.RECTIFIED:
            raise ServiceError("只有已整改的问题可以复核")
        with audit.changed(f, actor, "finding:verify" if passed else "finding:reopen"):
            now = timezone.now()
            f.verification, f.verified_by, f.verified_at = note, actor, now
            f.state = Finding.State.CLOSED if passed else Finding.State.REOPENED
            f.closed_at = now if passed else None
    return f
