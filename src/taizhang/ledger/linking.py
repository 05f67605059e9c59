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
from functools import lru_cache

from django.db.models import Max, Q

from . import canon
from .models import Document, Fact, FactLink, LinkOrigin, LinkState, Project, ProjectMention, ReviewState

_LIVE = ~Q(review_state=ReviewState.REJECTED)
# a key's facts are compared pairwise, so each period string is parsed many times; Period is frozen
_period = lru_cache(maxsize=4096)(canon.parse_period)


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
    tp, ap = _period(t.period), _period(a.period)
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
    po, pn = _period(old.period), _period(new.period)
    if po.recurring or pn.recurring:
        return po.recurring and pn.recurring
    if po.hi is None or pn.hi is None:
        return False
    if not po.is_deadline and not pn.is_deadline:
        return po.hi == pn.hi and po.sub == pn.sub  # the same year's target, said again
    return po.is_deadline and pn.is_deadline and abs(po.hi - pn.hi) <= 3


# the fields linking reads: a fact's document is needed for its date only, never its text
_FACT_FIELDS = ("id", "document_id", "vstart", "kind", "period", "value", "unit", "comparator", "flags", "flagged",
                "indicator_id", "subject", "measure", "document__id", "document__published")
CHUNK = 500  # indicators (relink_keys) or projects (refresh_projects) read per query


def _links_for(facts: list[Fact], kept: set, broken: set) -> tuple[list[FactLink], list[Fact]]:
    """The machine links and the changed flags of one target key's live facts, given the links a reviewer
    decided (``kept``: every link not machine-proposed; ``broken``: those broken)."""
    targets = sorted((f for f in facts if f.kind == Fact.Kind.TARGET), key=_doc_order)
    actuals = [f for f in facts if f.kind == Fact.Kind.ACTUAL]
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
                if (old.pk, nxt.pk) in broken:
                    continue
                if ambition_lower(old, nxt):
                    flags[nxt.pk].add("lowered")
                po, pn = _period(old.period), _period(nxt.period)
                if po.hi and pn.hi and pn.hi > po.hi:
                    flags[nxt.pk].add("deadline_moved")
    changed = []
    for t in targets:
        f = sorted(flags.get(t.pk, ()))
        if f != (t.flags or []):
            t.flags, t.flagged = f, bool(f)
            changed.append(t)
    return new, changed


def relink_key(indicator_id: int | None, subject: str, measure: str) -> None:
    """Recompute machine links and flags for one target key."""
    if indicator_id is not None:
        relink_keys([(indicator_id, subject, measure)])


def relink_keys(keys) -> None:
    """Recompute machine links and flags for many target keys (indicator, subject, measure) at once: the facts,
    the reviewers' links and the stale machine links of ``CHUNK`` indicators per query, not per key (a bulk load
    touches tens of thousands of keys)."""
    wanted: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for indicator_id, subject, measure in keys:
        if indicator_id is not None:
            wanted[indicator_id].add((subject, measure))
    indicators = sorted(wanted)
    for i in range(0, len(indicators), CHUNK):
        part = indicators[i:i + CHUNK]
        groups: dict[tuple, list[Fact]] = defaultdict(list)
        for f in (Fact.objects.filter(_LIVE, indicator_id__in=part, kind__in=(Fact.Kind.TARGET, Fact.Kind.ACTUAL))
                  .select_related("document").only(*_FACT_FIELDS).order_by()):
            if (f.subject, f.measure) in wanted[f.indicator_id]:
                groups[(f.indicator_id, f.subject, f.measure)].append(f)
        ids = [f.pk for g in groups.values() for f in g if f.kind == Fact.Kind.TARGET]
        kept, broken = set(), set()
        decided = (FactLink.objects.filter(target__indicator_id__in=part)
                   .exclude(origin=LinkOrigin.MACHINE, state=LinkState.PROPOSED)
                   .values_list("target_id", "other_id", "state"))
        for target_id, other_id, state in decided:
            kept.add((target_id, other_id))
            if state == LinkState.BROKEN:
                broken.add((target_id, other_id))
        for k in range(0, len(ids), CHUNK):
            FactLink.objects.filter(target_id__in=ids[k:k + CHUNK], origin=LinkOrigin.MACHINE,
                                    state=LinkState.PROPOSED).delete()
        new: list[FactLink] = []
        changed: list[Fact] = []
        for facts in groups.values():
            links, flagged = _links_for(facts, kept, broken)
            new += links
            changed += flagged
        FactLink.objects.bulk_create(new, ignore_conflicts=True, batch_size=2000)
        _write_flags(changed)


def _write_flags(changed: list[Fact]) -> None:
    """The new flags of ``changed`` facts: one UPDATE per distinct set of flags (there are four), not a CASE per
    fact as bulk_update writes."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for f in changed:
        groups[tuple(f.flags)].append(f.pk)
    for flags, ids in groups.items():
        for k in range(0, len(ids), CHUNK):
            Fact.objects.filter(pk__in=ids[k:k + CHUNK]).update(flags=list(flags), flagged=bool(flags))


def relink_document(doc: Document) -> None:
    relink_keys(set(Fact.objects.filter(document=doc).values_list("indicator_id", "subject", "measure")))
    refresh_projects(Project.objects.filter(mentions__document=doc).values_list("id", flat=True).distinct())
    refresh_silence(doc)


def relink_all() -> None:
    relink_keys(set(Fact.objects.filter(kind=Fact.Kind.TARGET).values_list("indicator_id", "subject", "measure")))
    refresh_projects(Project.objects.values_list("id", flat=True))
    refresh_silence(None)


_PROJECT_FIELDS = ["mention_count", "stage", "investment_planned", "investment_completed", "first_seen", "last_seen",
                   "search"]


def _live_mentions(project_ids):
    return (ProjectMention.objects.filter(_LIVE, project_id__in=project_ids).exclude(link_state=LinkState.BROKEN)
            .select_related("document").defer("document__text", "document__record", "extracted"))


def _apply_mentions(p: Project, mentions: list) -> None:
    """Stage, investments, first/last seen of ``p`` from its live mentions (any order)."""
    mentions = sorted(mentions, key=lambda m: (doc_key(m.document), m.start))
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


def refresh_project(p: Project) -> None:
    """Stage, investments, first/last seen from the project's live mentions, in document order."""
    _apply_mentions(p, list(_live_mentions([p.pk])))
    p.save(update_fields=_PROJECT_FIELDS)
    from .searchindex import index_items
    index_items(Project, [p])


def refresh_projects(ids) -> None:
    """``refresh_project`` for many projects: their mentions read ``CHUNK`` projects per query, the projects and
    their search postings written in bulk."""
    from .searchindex import index_items
    ids = sorted(set(ids))
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        projects = list(Project.objects.filter(pk__in=part))
        by_project: dict[int, list] = defaultdict(list)
        for m in _live_mentions(part):
            by_project[m.project_id].append(m)
        for p in projects:
            _apply_mentions(p, by_project[p.pk])
        Project.objects.bulk_update(projects, _PROJECT_FIELDS, batch_size=1000)
        index_items(Project, projects)


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
