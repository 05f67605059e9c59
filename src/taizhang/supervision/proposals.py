"""Progress from documents: a later document's figures proposed on the items whose goal they answer.

When a document is ingested (the ledger sends `document_stored`; supervision listens, so the ledger never imports
supervision), every open item with a quantitative goal is compared with the document's reported figures:
- same indicator — through the ledger's indicator rows and their synonyms (GDP ↔ 地区生产总值);
- same subject (the region or body the figure is about) and the same measure (a growth rate answers a growth
  target, a level a level) in convertible units (万元 ↔ 亿元);
- a compatible period: a figure for a year inside the goal's span (2023 for `..2025`, never a base year before
  the plan), for the goal's own year (2026-M01..M09 for a 2026 target), or any year from the plan on for `each-year`.
A match becomes a `Proposal` with the value, the gap (actual − target, in the target's unit) and the completion
(actual ÷ target; for a ceiling such as 失业率 ≤ 5.5 %, 100 % while under it).

A project item (its goal names a ledger project) gets the stage a mention in the document reports when it moved
forward (谋划 → 计划 → 在建 → 竣工 → 投产), with the completed investment read from the same sentence set against the
planned investment.

Nothing changes on an item until a supervisor accepts: `decide()` writes the progress, the audit entry and the
parents' roll-up; warnings and rates are computed from progress, so they follow.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from taizhang.ledger import canon, linking
from taizhang.ledger.models import Document, Fact, Indicator, Project, ProjectMention, ReviewState

from . import audit, permissions as perm
from .intake import period_end
from .models import Item, Proposal, Status

log = logging.getLogger(__name__)

STAGE_ORDER = ["proposed", "planned", "under_construction", "completed", "operating"]
STAGE_PROGRESS = {"proposed": 0.0, "planned": 10.0, "under_construction": 40.0, "completed": 90.0, "operating": 100.0}
STAGE_LABELS = dict(Project.Stage.choices)
CLOSED = (Status.CLOSED, Status.SUSPENDED)


# ---- matching ----------------------------------------------------------------------------------------------------

_LABEL = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[、.．)）]\s*)+")
# words a report puts before an indicator (「前三季度实现地区生产总值」 leaves 「前实现」): not part of its name
_LEAD_WORDS = re.compile(r"^(?:前|全年|全县|全市|全区|累计|共|实现|完成)+(?=..)")


class IndicatorKeys:
    """One name per indicator: outline labels and reporting words dropped, synonyms folded through the ledger's
    Indicator rows (a reviewer's merge counts) and its seed synonyms.  Built once per run: it reads the Indicator
    table once, not once per comparison."""

    def __init__(self):
        self.names: dict[str, str] = {}
        for name, synonyms in Indicator.objects.values_list("name", "synonyms"):
            self.names.setdefault(name.upper(), name)
            for syn in synonyms or []:
                self.names.setdefault(str(syn).upper(), name)
        self.cache: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        if name in self.cache:
            return self.cache[name]
        n = _LEAD_WORDS.sub("", canon.clean_name(_LABEL.sub("", name or "")))
        key = (self.names.get(n.upper()) or canon.canonical_indicator_name(n)) if n else ""
        self.cache[name] = key
        return key

    def of_fact(self, f: Fact) -> set[str]:
        return {k for k in (self(f.indicator.name) if f.indicator_id else "", self(f.indicator_name)) if k}


def indicator_key(name: str) -> str:
    return IndicatorKeys()(name)


def same_indicator(goal: dict, f: Fact, keys: IndicatorKeys | None = None) -> bool:
    if goal.get("indicator_id") and goal.get("indicator_id") == f.indicator_id:
        return True
    keys = keys or IndicatorKeys()
    a = keys(goal.get("indicator") or goal.get("indicator_text") or "")
    return bool(a) and a in keys.of_fact(f)


def _subject(s: str) -> str:
    return re.sub(r"\s+|人民政府$", "", s or "")


def same_subject(goal: dict, f: Fact) -> bool:
    from .intake import subject_of
    return _subject(goal.get("subject", "")) == _subject(subject_of(f))


def compatible_period(goal_period: str, goal_year: int | None, actual_period: str) -> bool:
    """Whether a figure for `actual_period` answers a goal for `goal_period` set in `goal_year`."""
    g = canon.parse_period(goal_period)
    year, _ = period_end(actual_period)
    if year is None:
        return False
    if g.recurring:
        return goal_year is None or year >= goal_year
    if g.hi is None:
        return goal_year is not None and year == goal_year
    if goal_year is not None and year < goal_year:
        return False  # a base-year figure quoted before the plan started is not progress
    if g.is_deadline:
        lo = g.lo if g.lo is not None else (goal_year if goal_year is not None else g.hi - 5)
        return lo <= year <= g.hi
    return year == g.hi


def is_reported(f: Fact, doc: Document) -> bool:
    """A figure reported as achieved: an actual, or a figure for a period already over when the document was
    published (「前三季度增长6.1%」 in an October report states an outcome whatever its wording)."""
    if f.kind == Fact.Kind.ACTUAL:
        return True
    _, end = period_end(f.period)
    try:
        published = dt.date.fromisoformat(doc.published[:10])
    except ValueError:
        return False
    return end is not None and end < published


@dataclass
class Evaluation:
    value: float          # the actual in the goal's unit
    gap: float
    completion: float | None


def evaluate(goal: dict, value: float, unit: str) -> Evaluation | None:
    """The actual against the goal: gap in the goal's unit and completion in % (None: units do not compare)."""
    target = goal.get("value")
    if target is None:
        return None
    v = canon.convert(value, unit, goal.get("unit", ""))
    if v is None:
        return None
    gap = round(v - float(target), 6)
    comp = goal.get("comparator") or "="
    if comp in ("<=", "<"):
        completion = 100.0 if v <= target else (round(100 * target / v, 1) if v else None)
    elif target > 0:
        completion = round(min(100.0, 100 * v / target), 1)
    else:
        completion = None
    return Evaluation(round(v, 6), gap, completion)


def matches(item: Item, f: Fact, doc: Document, goal_doc: Document | None, keys: IndicatorKeys | None = None) -> bool:
    """Whether fact `f` of `doc` answers `item`'s goal (all conditions; the near misses fail one of them)."""
    goal = item.goal or {}
    if not goal.get("indicator") or goal.get("value") is None:
        return False
    if goal_doc is not None:
        if f.document_id == goal_doc.pk or linking.doc_key(doc) <= linking.doc_key(goal_doc):
            return False
    if (goal.get("measure") or f.measure) != f.measure:
        return False
    if not (same_subject(goal, f) and same_indicator(goal, f, keys)):
        return False
    if not compatible_period(goal.get("period", ""), goal_doc.year if goal_doc else None, f.period):
        return False
    return is_reported(f, doc) and evaluate(goal, f.value, f.unit) is not None


# ---- making proposals -------------------------------------------------------------------------------------------

def _open_goal_items():
    return Item.objects.exclude(status__in=CLOSED).exclude(goal={})


def _goal_doc(item: Item, cache: dict) -> Document | None:
    did = (item.goal or {}).get("document_id")
    if not did:
        return None
    if did not in cache:
        cache[did] = Document.objects.filter(pk=did).defer("text", "record").first()
    return cache[did]


def _exists(item: Item, obj) -> bool:
    ct = ContentType.objects.get_for_model(type(obj))
    return Proposal.objects.filter(item=item, source_type=ct, source_id=str(obj.pk)).exists()


def _actual_proposal(item: Item, f: Fact, doc: Document) -> Proposal:
    goal = item.goal
    ev = evaluate(goal, f.value, f.unit)
    return Proposal.objects.create(
        item=item, kind=Proposal.Kind.ACTUAL, source=f, document_id=doc.pk,
        document_title=(doc.title or doc.name)[:500], published=doc.published, evidence=f.evidence,
        period=f.period, value=f.value, unit=f.unit, target_value=goal.get("value"), target_unit=goal.get("unit", ""),
        gap=ev.gap, completion=ev.completion, progress=ev.completion)


def _investment_near(m: ProjectMention, doc: Document) -> float | None:
    """Completed investment stated in the mention's sentence (「…开工，已完成投资5.6亿元」), in 亿元."""
    if m.investment_completed is not None:
        return m.investment_completed
    for f in doc.facts.filter(estart__lt=m.eend, eend__gt=m.estart).exclude(review_state=ReviewState.REJECTED):
        if "投资" in f.indicator_name and "总投资" not in f.indicator_name and "计划" not in f.indicator_name:
            v = canon.to_yi(f.value, f.unit)
            if v is not None:
                return v
    return None


def stage_progress(stage: str, completed: float | None, planned: float | None) -> float:
    """A project's progress: completed ÷ planned investment when both are known (at least the stage's floor),
    else the stage's floor (签约/计划 10 %, 在建 40 %, 竣工 90 %, 投产 100 %)."""
    floor = STAGE_PROGRESS.get(stage, 0.0)
    if completed is not None and planned:
        return round(max(floor, min(100.0, 100 * completed / planned)), 1) if stage != "operating" else 100.0
    return floor


def _planned_investment(item: Item) -> float | None:
    goal = item.goal or {}
    if goal.get("investment_planned"):
        return float(goal["investment_planned"])
    if "投资" in (goal.get("indicator") or "") and goal.get("value") is not None:
        return canon.to_yi(float(goal["value"]), goal.get("unit") or "亿元")
    return None


def _stage_proposal(item: Item, m: ProjectMention, doc: Document) -> Proposal | None:
    goal = item.goal or {}
    current = goal.get("stage") or "unknown"
    stage = m.stage if m.stage in STAGE_ORDER else ""
    completed = _investment_near(m, doc)
    ahead = stage and (current not in STAGE_ORDER or STAGE_ORDER.index(stage) > STAGE_ORDER.index(current))
    if not ahead and completed is None:
        return None
    stage = stage if ahead else ""
    planned = _planned_investment(item)
    progress = stage_progress(stage or current, completed, planned)
    return Proposal.objects.create(
        item=item, kind=Proposal.Kind.STAGE, source=m, document_id=doc.pk,
        document_title=(doc.title or doc.name)[:500], published=doc.published, evidence=m.evidence,
        stage=stage, previous_stage=current if current in STAGE_ORDER else "", investment_completed=completed,
        investment_planned=planned, value=completed, unit="亿元" if completed is not None else "",
        target_value=planned, target_unit="亿元" if planned is not None else "",
        gap=round(completed - planned, 6) if completed is not None and planned is not None else None,
        completion=round(100 * completed / planned, 1) if completed is not None and planned else None,
        progress=progress)


def propose_for_document(doc: Document, items=None) -> list[Proposal]:
    """Proposals for the open items that `doc` reports on (idempotent: a figure proposed once is not proposed
    again, whatever was decided on it)."""
    made: list[Proposal] = []
    items = list(items if items is not None else _open_goal_items())
    if not items:
        return made
    cache: dict = {}
    keys = IndicatorKeys()
    facts = [f for f in doc.facts.exclude(review_state=ReviewState.REJECTED).select_related("indicator", "region")
             if is_reported(f, doc)]
    by_key: dict[str, list[Fact]] = {}
    for f in facts:
        for k in keys.of_fact(f):
            by_key.setdefault(k, []).append(f)
    mentions = list(doc.project_mentions.exclude(review_state=ReviewState.REJECTED)
                    .exclude(link_state="broken").order_by("start"))
    by_indicator: dict[int, list[Fact]] = {}
    for f in facts:
        if f.indicator_id:
            by_indicator.setdefault(f.indicator_id, []).append(f)
    projects = {m.project_id for m in mentions}
    with transaction.atomic():
        for item in items:
            goal = item.goal or {}
            if goal.get("indicator") and not goal.get("project_id"):
                near = list(by_key.get(keys(goal.get("indicator") or ""), []))
                near += [f for f in by_indicator.get(goal.get("indicator_id") or 0, []) if f not in near]
                if not near:
                    continue  # nothing in this document about the goal's indicator: no query for this item
                goal_doc = _goal_doc(item, cache)
                said = set(Proposal.objects.filter(item=item, document_id=doc.pk)
                           .values_list("value", "unit", "period"))
                for f in near:
                    if (f.value, f.unit, f.period) in said:
                        continue  # the same figure said twice in one document (a summary box repeats it)
                    if matches(item, f, doc, goal_doc, keys) and not _exists(item, f):
                        made.append(_actual_proposal(item, f, doc))
                        said.add((f.value, f.unit, f.period))
            if goal.get("project_id") in projects:
                goal_doc = _goal_doc(item, cache)
                if goal_doc is not None and (doc.pk == goal_doc.pk or linking.doc_key(doc) <= linking.doc_key(goal_doc)):
                    continue
                for m in mentions:
                    if m.project_id == goal["project_id"] and not _exists(item, m):
                        p = _stage_proposal(item, m, doc)
                        if p is not None:
                            made.append(p)
                            break  # one stage proposal per document and project
    return made


def propose_for_items(items) -> list[Proposal]:
    """Proposals for items just made (立项 after the progress documents were already in the ledger)."""
    items = list(items)
    made = []
    for doc in Document.objects.defer("text", "record").order_by("published", "id"):
        made += propose_for_document(doc, items)
    return made


def on_document_stored(sender, document: Document, **kwargs) -> None:
    """Receiver of ledger.signals.document_stored.  A failure here must not undo the ingest (the document is
    stored); it is logged with its traceback and the document can be proposed again from its page."""
    try:
        propose_for_document(document)
    except Exception:
        log.exception("进展建议生成失败: 文件 %s", document.pk)


def on_documents_stored(sender, documents, **kwargs) -> None:
    """Receiver of ledger.signals.documents_stored (a bulk-loaded batch): as ``on_document_stored`` for each
    document, the open items read once for the batch."""
    items = list(_open_goal_items())
    if not items:
        return
    for document in documents:
        try:
            propose_for_document(document, items)
        except Exception:
            log.exception("进展建议生成失败: 文件 %s", document.pk)


# ---- deciding ------------------------------------------------------------------------------------------------------

class ProposalError(ValueError):
    """A decision that cannot be made (shown to the user)."""


def describe(p: Proposal) -> str:
    """One line for the item's progress text and the audit note."""
    from taizhang.labels import date_label
    src = f"《{p.document_title}》" + (f"({date_label(p.published)})" if p.published else "")
    if p.kind == Proposal.Kind.ACTUAL:
        gap = f",差距 {p.gap:+g}{p.target_unit}" if p.gap is not None else ""
        comp = f",完成 {p.completion:g}%" if p.completion is not None else ""
        return f"据{src}:实绩 {p.value:g}{p.unit}(目标 {p.target_value:g}{p.target_unit}{gap}{comp})"
    parts = [f"据{src}:"]
    if p.stage:
        before = STAGE_LABELS.get(p.previous_stage, "未知")
        parts.append(f"项目阶段 {before} → {STAGE_LABELS.get(p.stage, p.stage)}")
    if p.investment_completed is not None:
        plan = f" / 计划 {p.investment_planned:g} 亿元" if p.investment_planned else ""
        parts.append(f";已完成投资 {p.investment_completed:g} 亿元{plan}")
    return "".join(parts)


def decide(actor, proposal_id: int, accept: bool, note: str = "") -> Proposal:
    """Accept (the item's progress, progress text and, for a project, stage follow; audited; parents rolled up)
    or reject (with a reason) a pending proposal."""
    from .services import _rollup_parents, item_change, lock_pending
    if not perm.can_manage(actor):
        raise PermissionDenied("需要督查人员权限")
    if not accept and not note.strip():
        raise ProposalError("驳回须填写理由")
    with transaction.atomic():
        p, item = lock_pending(Proposal, proposal_id, Proposal.State.PENDING, "该建议已处理", ProposalError)
        action = "proposal:accept" if accept else "proposal:reject"
        with audit.changed(p, actor, action, note or describe(p), item=item):
            p.state = Proposal.State.ACCEPTED if accept else Proposal.State.REJECTED
            p.decided_by, p.decided_at, p.decision_note = actor, timezone.now(), note
        if accept:
            with item_change(item, actor, "progress", f"采纳进展建议 #{p.pk}"):
                if p.progress is not None:
                    item.progress = max(0.0, min(100.0, float(p.progress)))
                item.progress_text = describe(p)
                if p.kind == Proposal.Kind.STAGE:
                    goal = dict(item.goal or {})
                    if p.stage:
                        goal["stage"] = p.stage
                    if p.investment_completed is not None:
                        goal["investment_completed"] = p.investment_completed
                    item.goal = goal
            _rollup_parents(item, actor)
    return p
