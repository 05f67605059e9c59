"""Audit trail: every change to an item, assignment, report or finding as (who, when, before, after)."""
from __future__ import annotations

import datetime as dt
import decimal
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models

from .models import AuditEntry, Item

SKIP = {"updated_at"}


def _plain(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, models.Model):
        return v.pk
    if isinstance(v, (list, tuple, set)):
        return [_plain(x) for x in v]
    if hasattr(v, "name") and hasattr(v, "url"):  # FieldFile
        return v.name or ""
    return v


def snapshot(obj: models.Model) -> dict:
    """JSON-ready field values (foreign keys as ids, many-to-many as sorted id lists)."""
    out = {}
    for f in obj._meta.concrete_fields:
        if f.name in SKIP:
            continue
        out[f.attname] = _plain(getattr(obj, f.attname))
    if obj.pk:
        for f in obj._meta.many_to_many:
            out[f.name] = sorted(getattr(obj, f.name).values_list("pk", flat=True))
    return out


def diff(before: dict | None, after: dict | None) -> tuple[dict | None, dict | None]:
    """Keep only the keys that changed (whole snapshots for creations and deletions)."""
    if before is None or after is None:
        return before, after
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def record(obj: models.Model, actor, action: str, before: dict | None, note: str = "",
           item: Item | None = None, after: dict | None = None) -> AuditEntry | None:
    """Write one entry; `after` defaults to the object's current snapshot.  No-op edits are not logged."""
    after = snapshot(obj) if after is None else after
    b, a = diff(before, after)
    if before is not None and not a and not note:
        return None
    if item is None:
        item = obj if isinstance(obj, Item) else getattr(obj, "item", None)
    return AuditEntry.objects.create(
        content_type=ContentType.objects.get_for_model(type(obj)), object_id=str(obj.pk), item=item,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action, note=note, before=b, after=a)


@contextmanager
def changed(obj: models.Model, actor, action: str, note: str = "", item: Item | None = None,
            take: Callable[[models.Model], dict] = snapshot) -> Iterator[models.Model]:
    """Change ``obj`` in the block; then it is saved and one entry written (``action``, ``note``) with its state
    before and after, as ``take`` sees it.  Nothing is saved or written when the block raises."""
    before = take(obj)
    yield obj
    obj.save()
    record(obj, actor, action, before, note=note, item=item, after=take(obj))


# ---- reading the trail: every entry as Chinese words (the pages never show codes such as finding:notice) ----

ACTION_LABELS = {
    "create": "新建事项", "update": "修改交办", "import": "Excel 导入", "progress": "更新完成率",
    "progress:rollup": "按下级事项汇总进度", "report:submit": "报送进展", "report:accept": "采纳进展报送",
    "report:return": "退回进展报送", "request:extension": "申请延期", "request:change": "申请变更",
    "request:approve": "批准申请", "request:reject": "驳回申请", "reminder": "催办", "round:create": "新建督查轮次",
    "finding:create": "登记督查问题", "finding:notice": "通报问题并下发整改通知", "finding:rectify": "报送整改情况",
    "finding:verify": "复核通过并销号", "finding:reopen": "复核未通过,重新整改",
}
# for actions added later ("proposal:accept"): the object and the verb in words
ACTION_OBJECTS = {"item": "事项", "report": "进展报送", "request": "申请", "round": "督查轮次", "finding": "督查问题",
                  "proposal": "进展建议", "milestone": "节点", "reminder": "催办", "progress": "进度", "intake": "立项"}
ACTION_VERBS = {"create": "新建", "update": "修改", "submit": "提交", "accept": "采纳", "reject": "驳回",
                "return": "退回", "approve": "批准", "delete": "删除", "notice": "通报", "verify": "复核",
                "reopen": "重新打开", "rectify": "整改", "import": "导入", "rollup": "汇总", "propose": "提出"}
# every record of supervision and of the ledger (an item's source is a ledger record) by its model name; a model
# added later falls back to its verbose_name when that is Chinese
OBJECT_LABELS = {"item": "督办事项", "progressreport": "进展报送", "changerequest": "延期/变更申请", "reminder": "催办",
                 "inspectionround": "督查轮次", "finding": "督查问题", "milestone": "节点", "evidence": "佐证材料",
                 "unit": "单位", "membership": "成员", "proposal": "进展建议", "auditentry": "变更记录",
                 "importlayout": "台账格式", "importbatch": "导入批次", "loginfailure": "登录失败记录",
                 "document": "文件", "section": "章节", "fact": "量化表述", "task": "任务", "project": "项目",
                 "projectmention": "项目提及", "factlink": "关联", "indicator": "指标", "region": "行政区划",
                 "glossaryterm": "名词解释", "ingestbatch": "入库批次", "ingestitem": "入库文件",
                 "searchgram": "检索索引"}
FIELD_LABELS = {
    "state": "状态", "progress": "完成率", "text": "进展情况", "author": "报送人", "unit": "单位", "item": "事项",
    "kind": "类型", "new_deadline": "新的完成时限", "new_requirement": "变更后的目标要求", "reason": "理由",
    "requested_by": "申请人", "requested_at": "申请时间", "decided_by": "审批人", "decided_at": "审批时间",
    "decision_note": "审批意见", "colour": "预警", "message": "内容", "issued_on": "催办日期", "created_by": "创建人",
    "created_at": "创建时间", "round": "督查轮次", "found_by": "发现人", "found_at": "发现时间", "notified_at": "通报时间",
    "rectified_by": "整改报送人", "rectified_at": "整改时间", "verified_by": "复核人", "verified_at": "复核时间",
    "closed_at": "办结时间", "assigned_at": "交办时间", "submitted_at": "报送时间", "reviewed_by": "审核人",
    "reviewed_at": "审核时间", "return_reason": "退回理由", "source_type": "来源类型", "source_id": "来源编号",
    "version": "版本", "milestones": "节点安排", "co_units": "配合单位", "parent": "上级事项", "scope_units": "督查范围",
    "team": "督查组", "name": "名称", "start": "开始日期", "end": "结束日期", "id": "编号", "weight": "权重",
    "position": "序号", "problems": "存在问题", "next_steps": "下步计划", "user": "用户", "role": "角色",
    "document": "文件", "created": "创建时间",
}
# values written as codes in a record, by (model name, field): their words come from taizhang.labels
VALUE_TABLES = {("proposal", "stage"): "stage", ("proposal", "previous_stage"): "stage"}
PERIOD_FIELDS = {("proposal", "period"): "actual"}


def action_label(action: str) -> str:
    """``finding:notice`` → 通报问题并下发整改通知; ``transition:交办`` → 交办; Chinese actions stay as they are."""
    if action in ACTION_LABELS:
        return ACTION_LABELS[action]
    head, _, tail = action.partition(":")
    if head == "transition":
        return tail or "状态变更"
    if action.isascii():
        obj = ACTION_OBJECTS.get(head, "")
        verb = ACTION_VERBS.get(tail, "") if tail else ACTION_VERBS.get(head, "")
        return f"{verb}{obj}" if verb and (obj or not tail) else "记录变更"
    return action


def model_label(model: type[models.Model] | None) -> str:
    """A kind of record in words (进展建议, 量化表述); "" when it has none."""
    if model is None:
        return ""
    name = OBJECT_LABELS.get(model._meta.model_name, "")
    if not name and not str(model._meta.verbose_name).isascii():
        name = str(model._meta.verbose_name)
    return name


def object_label(model: type[models.Model] | None, object_id: str) -> str:
    """The audited record as words: 督查问题 #3."""
    return f"{model_label(model) or '记录'} #{object_id}"


def field_label(model: type[models.Model] | None, key: str) -> str:
    base = key[:-3] if key.endswith("_id") and key != "source_id" else key
    if model is not None:
        for name in dict.fromkeys((base, key)):  # a foreign key by its name; a plain field named …_id as it is
            try:
                vn = str(model._meta.get_field(name).verbose_name)
            except Exception:  # reverse relations and snapshot-only keys (milestones)
                continue
            if not vn.isascii():
                return vn
    return FIELD_LABELS.get(base, FIELD_LABELS.get(key, "其他"))


def _name(obj: models.Model) -> str:
    text = str(obj)
    if " object (" in text:  # a model without __str__: never show Django's default
        own = getattr(obj, "name", "") or getattr(obj, "code", "")
        return str(own) if own else object_label(type(obj), str(obj.pk))
    return text


def readable_value(model: type[models.Model] | None, key: str, value: Any) -> Any:
    """A snapshot value in words: choices by their label, people and units by name, dates as 2025年6月30日."""
    from taizhang import labels

    if value in (None, "", []):
        return value
    if isinstance(value, bool):
        return "是" if value else "否"
    base = key[:-3] if key.endswith("_id") and key != "source_id" else key
    if key == "milestones" and isinstance(value, list):
        out = []
        for m in value:
            due, _, pct = str(m).partition(":")
            out.append(f"{labels.date_label(due)} {pct}%" if pct else labels.date_label(due))
        return "；".join(out)
    if key == "colour":
        return labels.label(value, "warning")
    model_name = model._meta.model_name if model is not None else ""
    if (model_name, key) in VALUE_TABLES:
        return labels.label(value, VALUE_TABLES[(model_name, key)])
    if (model_name, key) in PERIOD_FIELDS:
        return labels.period_label(value, PERIOD_FIELDS[(model_name, key)]) or value
    if isinstance(value, list) and value and all(isinstance(x, (list, tuple)) and len(x) == 2 for x in value):
        return "；".join(f"{a}:{b}" for a, b in value)  # [[列名, 值], ...] kept from an imported sheet
    try:
        f = model._meta.get_field(base) if model is not None else None
    except FieldDoesNotExist:
        f = None
    if f is not None and f.choices and not f.is_relation:
        return dict(f.flatchoices).get(value, value)
    if f is not None and f.is_relation and f.related_model and not f.auto_created:
        if f.related_model is ContentType:
            try:
                return model_label(ContentType.objects.get_for_id(int(value)).model_class()) or value
            except (ValueError, TypeError, ContentType.DoesNotExist, AttributeError):
                return value
        ids = value if isinstance(value, list) else [value]
        try:
            names = {o.pk: _name(o) for o in f.related_model._default_manager.filter(pk__in=ids)}
        except (ValueError, TypeError):
            return value
        shown = [names.get(i, f"#{i}") for i in ids]
        return "、".join(shown) if isinstance(value, list) else shown[0]
    if isinstance(value, str):
        if isinstance(f, models.DateTimeField):
            return labels.datetime_label(value)
        if isinstance(f, models.DateField):
            return labels.date_label(value)
    return value


def describe(entry: AuditEntry) -> dict:
    """One entry for a page: its action and object in words and its changes as (字段, 之前, 之后)."""
    model = entry.content_type.model_class()
    before, after = entry.before or {}, entry.after or {}
    if before:
        keys = [k for k in after if k != "version"]
    else:
        keys = [k for k in after if k not in ("id", "version") and after.get(k) not in (None, "", [])]
    changes = [(field_label(model, k), readable_value(model, k, before.get(k)) if before else None,
                readable_value(model, k, after.get(k))) for k in keys]
    return {"entry": entry, "action": action_label(entry.action), "object": object_label(model, entry.object_id),
            "changes": changes}


def history_rows(entries) -> list[dict]:
    """Audit entries as readable lines for the item and finding pages."""
    return [describe(h) for h in entries]
