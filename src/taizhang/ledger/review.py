"""Review: accept, correct or reject an extracted item; confirm, change or break a machine link.

The machine's values stay in ``extracted``; a correction writes the reviewed fields and sets
``review_state=corrected``.  Anything that changes a link key (indicator, subject, measure, kind) relinks.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from . import canon, linking
from .models import (Document, Fact, FactLink, GlossaryTerm, LinkOrigin, LinkState, Project, ProjectMention,
                     ReviewState, Task)

KINDS = {"fact": Fact, "project": Project, "mention": ProjectMention, "task": Task, "term": GlossaryTerm}

# Fields a reviewer may correct, with their parser.
EDITABLE: dict[type, dict[str, type]] = {
    Fact: {"value": float, "unit": str, "kind": str, "measure": str, "comparator": str, "period": str,
           "subject": str, "indicator_name": str},
    Project: {"name": str, "stage": str, "category": str, "location": str},
    ProjectMention: {"stage": str, "investment_planned": float, "investment_completed": float},
    Task: {"title": str, "deadline": str},
    GlossaryTerm: {"term": str, "definition": str},
}
CHOICES = {"kind": {"target", "actual"}, "measure": {"level", "count", "growth", "share", "rank", "delta"},
           "comparator": {"=", ">=", ">", "<=", "~"}, "stage": {c for c, _ in Project.Stage.choices}}


class ReviewError(ValueError):
    pass


@dataclass
class Outcome:
    item: object
    changed: list[str]


def _parse(model, data: dict) -> dict:
    out = {}
    for name, typ in EDITABLE[model].items():
        if name not in data:
            continue
        raw = data[name]
        raw = raw.strip() if isinstance(raw, str) else raw
        if typ is float:
            if raw in ("", None):
                if name == "value":
                    raise ReviewError("数值不能为空")
                out[name] = None
                continue
            try:
                out[name] = float(raw)
            except (TypeError, ValueError):
                raise ReviewError(f"{name}: 不是数值") from None
        else:
            if name in CHOICES and raw not in CHOICES[name]:
                raise ReviewError(f"{name}: 无效取值 {raw!r}")
            out[name] = str(raw)
    return out


@transaction.atomic
def apply(item, action: str, user, data: dict | None = None, note: str = "") -> Outcome:
    """action: accept | correct | reject | reset."""
    model = type(item)
    changed: list[str] = []
    old_key = (item.indicator_id, item.subject, item.measure) if model is Fact else None
    if action == "accept":
        item.review_state = ReviewState.ACCEPTED
    elif action == "reject":
        item.review_state = ReviewState.REJECTED
    elif action == "reset":
        item.review_state = ReviewState.UNREVIEWED
    elif action == "correct":
        values = _parse(model, data or {})
        for k, v in values.items():
            if getattr(item, k) != v:
                setattr(item, k, v)
                changed.append(k)
        if model is Fact and "indicator_name" in changed:
            item.indicator = canon.indicator_for(item.indicator_name)
        if model is Fact and "subject" in changed:
            item.region = canon.region_for(item.subject) or item.document.region
        if model is Fact:
            from .ingest import fact_search_text
            item.search = fact_search_text(item)
        item.review_state = ReviewState.CORRECTED if changed else ReviewState.ACCEPTED
    else:
        raise ReviewError(f"unknown action {action!r}")
    item.reviewed_by = user if getattr(user, "is_authenticated", False) else None
    item.reviewed_at = timezone.now()
    item.review_note = note[:500]
    if model is Task and changed:
        item.search = item.title + " " + item.text[:1000]
    item.save()
    if model in (Fact, Task, Project) and changed:
        from .searchindex import index_items
        index_items(model, [item])
    if model is Fact:
        linking.relink_key(*old_key)
        new_key = (item.indicator_id, item.subject, item.measure)
        if new_key != old_key:
            linking.relink_key(*new_key)
    elif model is ProjectMention:
        linking.refresh_project(item.project)
    elif model is Project:
        linking.refresh_project(item)
    return Outcome(item, changed)


@transaction.atomic
def act_on_fact_link(link: FactLink, action: str, user, other_id: int | None = None) -> FactLink:
    """confirm | break | change (point the link at another fact of the same key)."""
    if action == "confirm":
        link.state = LinkState.CONFIRMED
    elif action == "break":
        link.state = LinkState.BROKEN
    elif action == "change":
        other = Fact.objects.filter(pk=other_id).first()
        if other is None or other.pk == link.target_id:
            raise ReviewError("目标条目不存在")
        FactLink.objects.filter(target_id=link.target_id, other=other).exclude(pk=link.pk).delete()
        link.other = other
        link.gap = linking.gap(link.target, other)
        link.state = LinkState.CONFIRMED
    else:
        raise ReviewError(f"unknown action {action!r}")
    link.origin = LinkOrigin.REVIEWER if action == "change" else link.origin
    link.note = f"{action} by {getattr(user, 'username', '')}"[:200]
    link.save()
    return link


@transaction.atomic
def add_fact_link(target: Fact, other: Fact, relation: str, user) -> FactLink:
    link, _ = FactLink.objects.update_or_create(
        target=target, other=other, defaults={"relation": relation, "origin": LinkOrigin.REVIEWER,
                                              "state": LinkState.CONFIRMED, "gap": linking.gap(target, other),
                                              "note": f"added by {getattr(user, 'username', '')}"})
    return link


@transaction.atomic
def act_on_mention_link(m: ProjectMention, action: str, user, project_name: str = "") -> ProjectMention:
    """confirm the mention's project | break it off into its own project | change it to a named project."""
    old = m.project
    if action == "confirm":
        m.link_state = LinkState.CONFIRMED
    elif action in ("break", "change"):
        if action == "break":
            name = f"{m.mention}（{m.document_id}-{m.start}）"[:200]
        else:
            name = canon.clean_name(project_name)[:200]
            if not name:
                raise ReviewError("请填写项目名称")
        target = Project.objects.filter(name=name).first() or Project.objects.create(
            name=name, region=old.region, category=old.category, location=m.location)
        m.project = target
        m.link_state = LinkState.CONFIRMED
        m.link_origin = LinkOrigin.REVIEWER
    else:
        raise ReviewError(f"unknown action {action!r}")
    m.save()
    linking.refresh_project(m.project)
    if m.project.pk != old.pk:
        linking.refresh_project(old)
    return m


@transaction.atomic
def merge_indicator(into, other_name: str, user=None):
    """Merge the indicator named ``other_name`` (or a synonym of it) into ``into``: its facts move over, its
    names become synonyms, and the moved facts are relinked (a reviewer's way to teach linking a synonym)."""
    from .models import Indicator
    name = canon.clean_name(other_name)
    other = Indicator.objects.filter(name=name).exclude(pk=into.pk).first()
    if other is None:
        raise ReviewError(f"没有名为“{name}”的指标")
    keys = set(Fact.objects.filter(indicator=other).values_list("subject", "measure"))
    Fact.objects.filter(indicator=other).update(indicator=into)
    into.synonyms = list(dict.fromkeys((into.synonyms or []) + [other.name] + (other.synonyms or [])))
    into.save(update_fields=["synonyms"])
    other.delete()
    for subject, measure in keys:
        linking.relink_key(into.pk, subject, measure)
    return into


def counts_by_document(qs=None) -> list[dict]:
    """Reviewed / unreviewed counts of facts, mentions and tasks per document."""
    qs = qs if qs is not None else Document.objects.all()
    un = Q(review_state=ReviewState.UNREVIEWED)
    rows = []
    for model, rel in ((Fact, "facts"), (ProjectMention, "project_mentions"), (Task, "tasks")):
        agg = dict((d, (t, u)) for d, t, u in model.objects.filter(document__in=qs).values("document_id")
                   .annotate(t=Count("id"), u=Count("id", filter=un)).values_list("document_id", "t", "u"))
        rows.append((rel, agg))
    out = []
    for d in qs.only("id", "name", "title", "published"):
        total = sum(agg.get(d.pk, (0, 0))[0] for _, agg in rows)
        unrev = sum(agg.get(d.pk, (0, 0))[1] for _, agg in rows)
        out.append({"document": d, "id": d.pk, "total": total, "unreviewed": unrev, "reviewed": total - unrev})
    return out
