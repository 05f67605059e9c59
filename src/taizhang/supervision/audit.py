"""Audit trail: every change to an item, assignment, report or finding as (who, when, before, after)."""
from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

from django.contrib.contenttypes.models import ContentType
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
