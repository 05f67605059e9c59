"""Linking across documents: targets ↔ actuals, targets ↔ restatements, project mentions → one project.

A *target key* is (indicator, subject, measure).  For each target the machine proposes links to
 - actuals of the same key reported in the target's period (上半年 growth against the annual target), with
   the gap (actual − target, in the target's unit);
 - targets of the same key in later documents that restate it, flagging ``lowered`` (less ambitious value)
   and ``deadline_moved`` (a later deadline year).
Machine links are ``origin=machine, state=proposed``.  Relinking replaces only those: a link a reviewer
confirmed, broke or made survives, and a broken link is never proposed again.
Projects: mentions with one canonical name are one ledger project; its stage and investments follow the
latest mention, and a project missing from a later document of its region is flagged ``not_mentioned``.
"""
from __future__ import annotations

from collections import defaultdict

from django.db.models import Max, Q

from . import canon
from .models import Document, Fact, FactLink, LinkOrigin, LinkState, Project, ReviewState

_LIVE = ~Q(review_state=ReviewState.REJECTED)


def doc_key(doc) -> tuple:
    """Documents in time order; an undated document (an interview without a dateline) counts as latest."""
    return (doc.published or "9999", doc.pk)


def _doc_order(f: Fact) -> tuple:
    return doc_key(f.document)


def gap(target: Fact, other: Fact) -> float | None:
    v = canon.convert(other.value, other.unit, target.unit)
    if v is None:
        return None
    return round(v - target.value, 6)


def ambition_lower(old: Fact, new: Fact) -> bool:
    v = canon.convert(new.value, new.unit, old.unit)
    if v is None:
        return False
    if old.comparator == "<=":
        return v > old.value + 1e-9
    return v < old.value - 1e-9


def _related_actual(t: Fact, a: Fact) -> bool:
    if a.document_id == t.document_id and a.vstart == t.vstart:
        return False
    tp, ap = canon.parse_period(t.period), canon.parse_period(a.period)
    year = ap.hi
    if year is None:
        return False
    if tp.recurring:
        return _doc_order(a) >= _doc_order(t)
    if tp.hi is None:
        ty = t.document.year
        return ty is not None and year == ty
    ty = t.document.year
    if ty is not None and year < ty:
        return False  # a base-year figure quoted in the plan itself (2020 for a 2021..2025 plan) is not progress
    return tp.covers(year) and (canon.convert(1, a.unit, t.unit) is not None)


def _restates(old: Fact, new: Fact) -> bool:
    if new.document_id == old.document_id or _doc_order(new) <= _doc_order(old):
        return False
    po, pn = canon.parse_period(old.period), canon.parse_period(new.period)
    if po.recurring or pn.recurring:
        return po.recurring and pn.recurring
    if po.hi is None or pn.hi is None:
        return False
    if not po.is_deadline and not pn.is_deadline:
        return po.hi == pn.hi and po.sub == pn.sub  # the same year's target, said again
    return po.is_deadline and pn.is_deadline and abs(po.hi - pn.hi) <= 3


def relink_key(indicator_id: int | None, subject: str, measure: str) -> None:
    """Recompute machine links and flags for one target key."""
    if indicator_id is None:
        return
    facts = list(Fact.objects.filter(_LIVE, indicator_id=indicator_id, subject=subject, measure=measure)
                 .select_related("document"))
    targets = sorted((f for f in facts if f.kind == Fact.Kind.TARGET), key=_doc_order)
    actuals = [f for f in facts if f.kind == Fact.Kind.ACTUAL]
    ids = [f.pk for f in targets]
    kept = {(l.target_id, l.other_id) for l in FactLink.objects.filter(target_id__in=ids)
            .exclude(origin=LinkOrigin.MACHINE, state=LinkState.PROPOSED)}
    FactLink.objects.filter(target_id__in=ids, origin=LinkOrigin.MACHINE, state=LinkState.PROPOSED).delete()
    new: list[FactLink] = []
    flags: dict[int, set[str]] = defaultdict(set)
    for t in targets:
        for a in actuals:
            if (t.pk, a.pk) not in kept and _related_actual(t, a):
                new.append(FactLink(target=t, other=a, relation=FactLink.Relation.ACTUAL, gap=gap(t, a)))
    for i, old in enumerate(targets):
        for nxt in targets[i + 1:]:
            if _restates(old, nxt):
                if (old.pk, nxt.pk) not in kept:
                    new.append(FactLink(target=old, other=nxt, relation=FactLink.Relation.RESTATEMENT,
                                        gap=gap(old, nxt)))
                if (old.pk, nxt.pk) in kept and FactLink.objects.filter(target=old, other=nxt,
                                                                         state=LinkState.BROKEN).exists():
                    continue
                if ambition_lower(old, nxt):
                    flags[nxt.pk].add("lowered")
                po, pn = canon.parse_period(old.period), canon.parse_period(nxt.period)
                if po.hi and pn.hi and pn.hi > po.hi:
                    flags[nxt.pk].add("deadline_moved")
    FactLink.objects.bulk_create(new, ignore_conflicts=True)
    changed = []
    for t in targets:
        f = sorted(flags.get(t.pk, ()))
        if f != (t.flags or []):
            t.flags, t.flagged = f, bool(f)
            changed.append(t)
    Fact.objects.bulk_update(changed, ["flags", "flagged"])


def relink_document(doc: Document) -> None:
    keys = set(Fact.objects.filter(document=doc).values_list("indicator_id", "subject", "measure"))
    for key in keys:
        relink_key(*key)
    for p in Project.objects.filter(mentions__document=doc).distinct():
        refresh_project(p)
    refresh_silence(doc)


def relink_all() -> None:
    for key in set(Fact.objects.filter(kind=Fact.Kind.TARGET).values_list("indicator_id", "subject", "measure")):
        relink_key(*key)
    for p in Project.objects.all():
        refresh_project(p)
    refresh_silence(None)


def refresh_project(p: Project) -> None:
    """Stage, investments, first/last seen from the project's live mentions, in document order."""
    mentions = sorted(p.mentions.filter(_LIVE).exclude(link_state=LinkState.BROKEN).select_related("document")
                      .defer("document__text", "document__record"),
                      key=lambda m: (doc_key(m.document), m.start))
    p.mention_count = len(mentions)
    stage = "unknown"
    planned = completed = None
    for m in mentions:
        if m.stage and m.stage != "unknown":
            stage = m.stage
        if m.investment_planned is not None:
            planned = m.investment_planned
        if m.investment_completed is not None:
            completed = m.investment_completed
    if p.review_state not in (ReviewState.CORRECTED,):
        p.stage = stage
    p.investment_planned, p.investment_completed = planned, completed
    dated = [m.document.published for m in mentions if m.document.published]
    p.first_seen = dated[0] if dated else ""
    p.last_seen = dated[-1] if dated else ""
    p.search = " ".join([p.name, p.category, p.location] + [m.evidence for m in mentions[:5]])[:4000]
    p.save(update_fields=["mention_count", "stage", "investment_planned", "investment_completed", "first_seen",
                          "last_seen", "search"])
    from .searchindex import index_items
    index_items(Project, [p])


def refresh_silence(doc: Document | None) -> None:
    """Flag projects of a region that a later document of the same region, listing projects, no longer names."""
    latest = dict(Document.objects.filter(project_mentions__isnull=False, region__isnull=False)
                  .values_list("region_id").annotate(m=Max("published")))
    qs = Project.objects.filter(region__isnull=False)
    if doc is not None and doc.region_id:
        qs = qs.filter(region_id=doc.region_id)
    changed = []
    for p in qs:
        last = latest.get(p.region_id, "")
        flags = [f for f in (p.flags or []) if f != "not_mentioned"]
        if p.last_seen and last and last > p.last_seen:
            flags.append("not_mentioned")
        if flags != (p.flags or []):
            p.flags, p.flagged = flags, bool(flags)
            changed.append(p)
    Project.objects.bulk_update(changed, ["flags", "flagged"])


def stage_changes(p: Project) -> list[dict]:
    """The timeline's stage transitions: [{document, published, from, to, label}]."""
    labels = dict(Project.Stage.choices)
    out, prev = [], None
    mentions = sorted(p.mentions.filter(_LIVE).select_related("document").defer("document__text", "document__record"),
                      key=lambda m: (doc_key(m.document), m.start))
    for m in mentions:
        if m.stage and m.stage != "unknown" and m.stage != prev:
            out.append({"document": m.document_id, "published": m.document.published, "from": prev, "to": m.stage,
                        "label": labels.get(m.stage, m.stage)})
            prev = m.stage
    return out
