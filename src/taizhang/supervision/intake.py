"""立项 from the ledger: targets, tasks, projects, plan sections → supervision items, previewed, then created in
one transaction.

Why a preview: what the machine reads out of a document (the lead unit in 「（县发改局牵头）」, a deadline from
「到2025年」, the outline's tree) is a proposal a supervisor checks before anything is assigned.  `plan()` reads
and returns `Candidate`s without writing; `create()` writes exactly what `plan()` returned for the same selection.

What comes across:
- the source record (Item.source → the ledger Fact, Task, Project or Section) and a source text naming the
  document, so the item page links back to the highlighted sentence;
- the quantitative goal (Item.goal): indicator, value, unit, comparator, period, subject, measure;
- the deadline from the period (`..2025` → 2025-12-31, `2026-H1` → 2026-06-30; `each-year` → a milestone at every
  year end up to the document's horizon);
- lead and co-units (and the 责任领导) where the text states them (牵头单位：…, 责任单位：…, （…牵头，…配合）, 由…负责),
  read by the same reader `extract` gives tasks (taizhang.extract.tasks.units_stated; a ledger task's own fields
  when it has them), matched to the unit tree by supervision.unitnames (abbreviations included); otherwise the
  item stays unassigned;
- a plan's outline as an item tree: a chapter (一、) is the parent of its items (1.), an item with several targets
  is the parent of one item per target; a parent's weight is the number of leaves under it, so its progress (the
  weighted mean of its children's) is the mean over the leaves.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from taizhang import labels as L
from taizhang.extract.tasks import StatedUnits, deadline_stated, units_stated
from taizhang.ledger import canon
from taizhang.ledger.models import Document, Fact, Project, ReviewState, Section, Task

from . import permissions as perm
from .models import Item, Status, Unit
from .unitnames import UnitMatcher

# ---- who answers for it: the units the text (or the ledger task) states ------------------------------------------
# One reader for units stated in text: taizhang.extract.tasks (the reader `extract` gives tasks.jsonl with).
# Here its names as written are matched to the unit tree; an item has one lead, so the first lead unit leads and
# further lead units join the co-units.

_BRACKET_OPEN, _BRACKET_CLOSE = "（(", "）)"
_CLAUSE_SEP = "，,；;"
_SENTENCE_END = "。\n"


@dataclass
class Assigned:
    """The units stated for a candidate (names as written) matched against the unit tree."""

    stated: StatedUnits = field(default_factory=StatedUnits)
    from_task: bool = False            # read from the ledger task's fields (its lead_units / co_units)
    lead: Unit | None = None
    co: list[Unit] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    @property
    def lead_name(self) -> str:
        """The leading unit as the text writes it ("" when it names none)."""
        return lead_and_co(self.stated)[0]

    @property
    def empty(self) -> bool:
        return not (self.stated.lead_units or self.stated.co_units)


def lead_and_co(stated: StatedUnits) -> tuple[str, list[str]]:
    """One lead (the first lead unit) and the co-units (further lead units, then the co-units), as written."""
    leads = list(stated.lead_units)
    co = leads[1:] + [c for c in stated.co_units if c not in leads]
    return (leads[0] if leads else ""), co


def task_units(t: Task | None) -> StatedUnits | None:
    """The units the task reader found for a ledger task (its lead_units, co_units, leader); None when none."""
    if t is None or not (t.lead_units or t.co_units):
        return None
    return StatedUnits(list(t.lead_units or []), list(t.co_units or []), t.leader or "")


def _statement_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span to cut for a unit name at [start, end): its bracket when the name stands in one (（…牵头，…配合）),
    else its clause (由…负责, 牵头单位：…) with the separator before it."""
    i = start - 1
    while i >= 0 and text[i] not in _BRACKET_OPEN + _BRACKET_CLOSE + _SENTENCE_END:
        i -= 1
    if i >= 0 and text[i] in _BRACKET_OPEN:
        j = end
        while j < len(text) and text[j] not in _BRACKET_OPEN + _BRACKET_CLOSE + _SENTENCE_END:
            j += 1
        if j < len(text) and text[j] in _BRACKET_CLOSE:
            return i, j + 1
    i = start
    while i > 0 and text[i - 1] not in _CLAUSE_SEP + _SENTENCE_END + _BRACKET_OPEN + _BRACKET_CLOSE:
        i -= 1
    j = end
    while j < len(text) and text[j] not in _CLAUSE_SEP + _SENTENCE_END + _BRACKET_OPEN + _BRACKET_CLOSE:
        j += 1
    if i > 0 and text[i - 1] in _CLAUSE_SEP:
        i -= 1
    return i, j


def without_unit_statement(text: str) -> str:
    """The text without the statement of who answers for it (the title should read as the task): every bracket
    or clause holding a unit or leader that ``units_stated`` reads is cut.  When nothing else would remain, the
    text stays as it is."""
    stated = units_stated(text)
    tidy = " ，,；;。\n"
    if stated.start < 0:
        return text.strip(tidy)
    cuts: list[tuple[int, int]] = []
    for name in [*stated.lead_units, *stated.co_units, *([stated.leader] if stated.leader else [])]:
        at = text.find(name, stated.start, stated.end + 1)
        if at >= 0:
            cuts.append(_statement_around(text, at, at + len(name)))
    out, pos = [], 0
    for a, b in sorted(cuts):
        if a > pos:
            out.append(text[pos:a])
        pos = max(pos, b)
    out.append(text[pos:])
    left = "".join(out).strip(tidy)
    return left if len(left) >= 2 else text.strip(tidy)


def stated_period(text: str, year: int | None) -> str:
    """The deadline the text states (its first 400 characters), as a period: ``..2025-M06``, ``ongoing``, ""."""
    d = deadline_stated(text[:400], year)
    return d.period[:32] if d else ""


def match_units(stated: StatedUnits, matcher: UnitMatcher, units: dict[int, Unit], from_task: bool = False) -> Assigned:
    """Written names → units of the tree (collective names such as 各乡镇 become every unit of that kind)."""
    out = Assigned(stated, from_task)
    if out.empty:
        return out
    lead, co = lead_and_co(stated)
    cell = "、".join([lead, *co]).strip("、")
    a = matcher.parse(cell)
    if lead and a.lead is not None and a.lead.unit_id is not None:
        out.lead = units.get(a.lead.unit_id)
    for uid in a.co_ids:
        if uid in units and (out.lead is None or uid != out.lead.id):
            out.co.append(units[uid])
    out.unknown = list(a.unknown) + [r.text for r in a.ambiguous]
    if lead and out.lead is None and lead not in out.unknown:
        out.unknown.insert(0, lead)
    return out


# ---- deadlines from periods ------------------------------------------------------------------------------------

@dataclass
class Schedule:
    deadline: dt.date | None
    milestones: list[tuple[dt.date, float, str]]
    label: str            # how it reads on the preview: 2025年底前, 每年(2021—2025年), 未说明
    recurring: bool = False


def _sub_end(year: int, sub: str) -> dt.date:
    """The last day of a sub-period: H1 → 6-30, Q3 → 9-30, M06 → 6-30, M01..M09 → 9-30; year end otherwise."""
    from .rates import month_end
    sub = (sub or "").upper()
    m = re.search(r"M(\d{1,2})(?!.*M\d)", sub)
    if m and 1 <= int(m.group(1)) <= 12:
        return month_end(year, int(m.group(1)))
    if sub.startswith("H1"):
        return dt.date(year, 6, 30)
    q = re.match(r"Q([1-4])", sub)
    if q:
        return month_end(year, 3 * int(q.group(1)))
    return dt.date(year, 12, 31)


def period_end(period: str) -> tuple[int | None, dt.date | None]:
    """The year a period belongs to and the day it ends: 2026-M01..M09 → (2026, 2026-09-30),
    2023-H1 → (2023, 2023-06-30), 2022 → (2022, 2022-12-31); (None, None) for no period or a recurring one."""
    p = canon.parse_period(period)
    if p.recurring:
        return None, None
    year = p.hi if p.hi is not None else p.lo
    if year is None:
        return None, None
    sub = p.sub
    if not sub and ".." in (period or ""):
        tail = period.split("..", 1)[1]
        sub = tail if re.match(r"[MQH]\d", tail) else ""
    return year, _sub_end(year, sub)


def schedule_for(period: str, doc_year: int | None, horizon: int | None = None,
                 start: dt.date | None = None) -> Schedule:
    """Deadline and milestones from a period: `..2025` → 2025-12-31 with a year-end milestone each year rising
    evenly to 100 %; `2026-H1` → 2026-06-30; `each-year` → 100 % due at every year end from the document's year
    to its horizon (the yearly cycle of an annual target)."""
    p = canon.parse_period(period)
    start = start or timezone.localdate()
    if p.recurring:
        first = doc_year or start.year
        last = max(first, horizon or first)
        ms = [(dt.date(y, 12, 31), 100.0, f"{y}年度目标") for y in range(first, last + 1)]
        return Schedule(ms[-1][0], ms, f"每年({first}—{last}年)" if last > first else f"每年({first}年)", True)
    year, deadline = period_end(period)
    if p.hi is None and deadline is None:
        return Schedule(None, [], "未说明")
    if p.hi is not None:
        deadline = _sub_end(p.hi, p.sub)
    ms: list[tuple[dt.date, float, str]] = []
    begin = dt.date(doc_year, 1, 1) if doc_year and doc_year <= deadline.year else start
    total = (deadline - begin).days
    for y in range(begin.year, deadline.year):
        d = dt.date(y, 12, 31)
        if begin < d < deadline and total > 0:
            ms.append((d, float(round(100 * (d - begin).days / total)), f"{y}年底序时进度"))
    ms.append((deadline, 100.0, "完成"))
    return Schedule(deadline, ms, L.period_label(period) or "未说明")


def plan_horizon(doc: Document) -> int | None:
    """The year a plan runs to: the most common deadline year of its targets (a 十四五 plan → 2025)."""
    years = Counter()
    for period in doc.facts.filter(kind=Fact.Kind.TARGET).values_list("period", flat=True):
        p = canon.parse_period(period)
        if p.hi and p.is_deadline:
            years[p.hi] += 1
    return years.most_common(1)[0][0] if years else None


def _due_within(stated: str, period: str) -> bool:
    """Whether a deadline the line states falls inside the target's own period and before its end: 新建幼儿园3所,
    2026年9月底前投入使用 in a 2026 plan is due on 30 September, not at the year's end the period alone gives."""
    _, due = period_end(stated)
    year, end = period_end(period)
    return due is not None and end is not None and due < end and due.year == year


def _before_publication(period: str, doc: Document) -> bool:
    """A target period ending by the end of the document's own month is the dateline read as a period (a plan
    dated 2026-02-20 does not set targets for February 2026), not a deadline."""
    p = canon.parse_period(period)
    if p.recurring or p.hi is None or len(doc.published) < 10:
        return False
    try:
        published = dt.date.fromisoformat(doc.published[:10])
    except ValueError:
        return False
    from .rates import month_end
    return _sub_end(p.hi, p.sub) <= month_end(published.year, published.month)


# ---- candidates ------------------------------------------------------------------------------------------------

COMPARATOR_WORDS = {">=": "不低于", ">": "超过", "<=": "不高于", "<": "低于", "~": "左右", "=": "达到"}


@dataclass
class Candidate:
    """One item to create, as the preview shows it."""

    key: str                                  # fact:12, task:3, project:5, section:7
    kind: str                                 # Item.Kind
    title: str
    requirement: str = ""
    goal: dict = field(default_factory=dict)
    schedule: Schedule = field(default_factory=lambda: Schedule(None, [], "未说明"))
    assigned: Assigned = field(default_factory=Assigned)
    parent_key: str | None = None
    depth: int = 0
    weight: float = 1.0
    source: object = None
    source_text: str = ""
    source_url: str = ""
    existing: Item | None = None              # already made from this source (not created again)
    notes: list[str] = field(default_factory=list)
    leader: str = ""                          # 责任领导 as written

    @property
    def lead_unit(self) -> Unit | None:
        return self.assigned.lead

    @property
    def co_units(self) -> list[Unit]:
        return self.assigned.co

    @property
    def unassigned(self) -> bool:
        return self.assigned.lead is None


def goal_of(f: Fact, period: str | None = None) -> dict:
    return {"indicator": clean_indicator(f.indicator.name if f.indicator_id else f.indicator_name),
            "indicator_id": f.indicator_id, "indicator_text": f.indicator_name, "value": f.value, "unit": f.unit,
            "comparator": f.comparator, "period": period if period is not None else f.period,
            "subject": subject_of(f), "measure": f.measure, "fact_id": f.pk, "document_id": f.document_id}


def subject_of(f: Fact) -> str:
    """What a figure is about: its subject as read, else the region the ledger placed it in (the document's)."""
    if f.subject:
        return f.subject
    return f.region.name if f.region_id else ""


_LABEL = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[、.．)）]\s*)+")


def clean_indicator(name: str) -> str:
    """An indicator name without an outline label the reader left on it (「1.地区生产总值」)."""
    return _LABEL.sub("", name or "").strip()


def requirement_text(goal: dict) -> str:
    if not goal.get("indicator") and goal.get("value") is None:
        return ""
    word = COMPARATOR_WORDS.get(goal.get("comparator") or "=", "达到")
    verb = "增长" if goal.get("measure") == "growth" else ""
    value = f"{goal['value']:g}{goal.get('unit', '')}"
    body = f"{goal.get('indicator', '')}{verb}{value}{'左右' if word == '左右' else ''}" if word == "左右" else \
        f"{goal.get('indicator', '')}{verb}{word}{value}"
    when = L.period_label(goal.get("period", ""))
    return f"{body}({when})" if when and L.UNSTATED not in when else body


def _source_text(doc: Document, where: str, sentence: str) -> str:
    title = doc.title or doc.name
    date = f"({L.date_label(doc.published)})" if doc.published else ""
    return f"《{title}》{date}{where}:{sentence.strip()}"


def _url(obj) -> str:
    if isinstance(obj, Fact):
        return f"/facts/{obj.pk}/"
    if isinstance(obj, Task):
        return f"/tasks/{obj.pk}/"
    if isinstance(obj, Project):
        return f"/projects/{obj.pk}/"
    if isinstance(obj, Section):
        return f"/documents/{obj.document_id}/#off-{obj.start}"
    return ""


def source_url(item: Item) -> str:
    """Where an item's source record is shown (with its sentence highlighted); "" when it has none."""
    if not item.source_type_id:
        return ""
    try:
        return _url(item.source)
    except Exception:  # the record was deleted: the item keeps its source text
        return ""


def _existing(objs: Iterable) -> dict[tuple[int, str], Item]:
    out = {}
    for o in objs:
        ct = ContentType.objects.get_for_model(type(o))
        for it in Item.objects.filter(source_type=ct, source_id=str(o.pk)):
            out[(ct.id, str(o.pk))] = it
    return out


class Planner:
    """Builds the candidates of one selection (one per request; caches the unit matcher and the plan horizon)."""

    def __init__(self):
        self.units = {u.id: u for u in Unit.objects.all()}
        self.matcher = UnitMatcher.from_db()
        self.horizons: dict[int, int | None] = {}
        self.out: list[Candidate] = []
        self.seen: set[str] = set()

    # -- helpers --
    def horizon(self, doc: Document) -> int | None:
        if doc.pk not in self.horizons:
            self.horizons[doc.pk] = plan_horizon(doc)
        return self.horizons[doc.pk]

    def units_in(self, text: str, inherited: Assigned | None = None, task: Task | None = None) -> Assigned:
        """Units a ledger task's reader found, else those the text states, else the parent's."""
        from_task = task_units(task)
        if from_task is not None:
            return match_units(from_task, self.matcher, self.units, from_task=True)
        stated = units_stated(text)
        if not (stated.lead_units or stated.co_units) and inherited is not None:
            return inherited
        return match_units(stated, self.matcher, self.units)

    @staticmethod
    def task_of(s: Section) -> Task | None:
        return s.tasks.exclude(review_state=ReviewState.REJECTED).order_by("start").first()

    @staticmethod
    def task_schedule(t: Task | None, doc_year: int | None, horizon: int | None) -> Schedule | None:
        """A ledger task's own deadline: its period (..2026-M06) or its due date."""
        if t is None:
            return None
        if t.deadline and canon.parse_period(t.deadline).hi is not None:
            return schedule_for(t.deadline, doc_year, horizon)
        if t.due:
            return Schedule(t.due, [(t.due, 100.0, "完成")], t.deadline_text or f"{L.date_label(t.due)}前")
        return None

    def target_period(self, f: Fact, stated: str = "") -> str:
        """The fact's period.  A target with none, or with one over before the document was even published (the
        dateline read as the period), takes the deadline its section states, else the plan's horizon (到2025年
        said once for a whole list)."""
        if f.period and f.period != "..?" and not _before_publication(f.period, f.document):
            return stated if stated and _due_within(stated, f.period) else f.period
        if stated:
            return stated
        h = self.horizon(f.document)
        if h and f.document.doc_type == "plan":
            return f"..{h}"
        return f.period

    def add(self, c: Candidate) -> Candidate | None:
        if c.key in self.seen:
            return None
        self.seen.add(c.key)
        self.out.append(c)
        return c

    # -- one record each --
    def fact(self, f: Fact, parent: Candidate | None = None, units: Assigned | None = None,
             stated: str = "") -> Candidate | None:
        period = self.target_period(f, stated)
        goal = goal_of(f, period)
        sched = schedule_for(period, f.document.year, self.horizon(f.document))
        if sched.deadline is None and parent is not None and parent.schedule.deadline is not None:
            sched = parent.schedule  # a target under a task with a deadline is due with it
        sentence = f.evidence
        # under a parent the sentence is the parent's; the child is named by its own goal
        title = requirement_text({**goal, "period": ""}) if parent else \
            (without_unit_statement(_LABEL.sub("", sentence))[:500] or requirement_text(goal))
        c = Candidate(f"fact:{f.pk}", Item.Kind.TARGET, title, requirement_text(goal), goal, sched,
                      self.units_in(sentence, units), parent.key if parent else None,
                      parent.depth + 1 if parent else 0, 1.0, f,
                      _source_text(f.document, "", sentence), _url(f))
        return self.add(c)

    def task(self, t: Task, parent: Candidate | None = None) -> Candidate | None:
        text = t.text or t.title
        sched = self.task_schedule(t, t.document.year, self.horizon(t.document)) or Schedule(None, [], "未说明")
        c = Candidate(f"task:{t.pk}", Item.Kind.TASK, without_unit_statement(_LABEL.sub("", t.title))[:500],
                      without_unit_statement(text)[:2000], {}, sched, self.units_in(text, task=t),
                      parent.key if parent else None, parent.depth + 1 if parent else 0, 1.0, t,
                      _source_text(t.document, "", t.title), _url(t), leader=t.leader)
        return self.add(c)

    def project(self, p: Project) -> Candidate | None:
        mention = p.mentions.exclude(review_state=ReviewState.REJECTED).select_related("document") \
            .order_by("document__published", "id").first()
        text = mention.evidence if mention else p.name
        sched = Schedule(None, [], "未说明")
        if mention:
            period = stated_period(text, mention.document.year)
            if period:
                sched = schedule_for(period, mention.document.year)
        goal = {"project_id": p.pk, "stage": p.stage, "investment_planned": p.investment_planned,
                "document_id": mention.document_id if mention else None}
        c = Candidate(f"project:{p.pk}", Item.Kind.PROJECT, p.name, without_unit_statement(text)[:2000], goal, sched,
                      self.units_in(text), source=p,
                      source_text=_source_text(mention.document, "", text) if mention else p.name, source_url=_url(p))
        return self.add(c)

    # -- the outline --
    def section(self, s: Section, parent: Candidate | None = None, units: Assigned | None = None,
                explicit: bool = True) -> Candidate | None:
        """A section and everything under it: child sections become children, targets inside a leaf become the
        leaf's goal (one target) or its children (several).  Reached through a parent or a whole document
        (explicit=False), a section with nothing to supervise — no target, project, task or responsible unit, as
        in 发展基础 or 名词解释 — is left out; a section the supervisor picked itself is always made."""
        doc = s.document
        end = s.end if s.end > s.start else len(doc.text)
        body = doc.text[s.start:end]
        children = list(s.children.order_by("order"))
        own = body
        if children:
            own = doc.text[s.start:children[0].start]
        heading = f"{s.label}{s.title}".strip()
        task = self.task_of(s)
        here = self.units_in(own, units, task)
        if children:
            c = Candidate(f"section:{s.pk}", Item.Kind.TASK, (s.title or heading)[:500],
                          without_unit_statement(own[len(heading):].strip())[:2000], {}, Schedule(None, [], "未说明"),
                          here, parent.key if parent else None, parent.depth + 1 if parent else 0, 1.0, s,
                          _source_text(doc, f"「{heading}」", s.title), _url(s))
            if self.add(c) is None:
                return None
            for ch in children:
                self.section(ch, c, here, explicit=False)
            if not explicit and not any(x.parent_key == c.key for x in self.out):
                self.out.remove(c)
                return None
            self._roll_up(c)
            return c
        targets = list(doc.facts.filter(kind=Fact.Kind.TARGET, vstart__gte=s.start, vstart__lt=end)
                       .exclude(review_state=ReviewState.REJECTED).select_related("indicator", "document")
                       .order_by("vstart"))
        mention = doc.project_mentions.filter(start__gte=s.start, start__lt=end) \
            .exclude(review_state=ReviewState.REJECTED).select_related("project").order_by("start").first()
        if not explicit and not targets and mention is None and task is None and here.empty \
                and not canon.is_action(s.title or body):
            return None
        sentence = without_unit_statement(_LABEL.sub("", body).strip())
        title = (s.title if len(s.title) >= 6 else sentence.split("。")[0])[:500] or heading
        period = task.deadline if task is not None and canon.parse_period(task.deadline).hi is not None else \
            stated_period(body, doc.year)
        goal: dict = {}
        kind = Item.Kind.TASK
        if len(targets) == 1:
            tp = self.target_period(targets[0], period)
            goal = goal_of(targets[0], tp)
            kind = Item.Kind.TARGET
            period = tp or period
        if mention is not None and len(targets) <= 1:
            kind = Item.Kind.PROJECT
            goal.update({"project_id": mention.project_id, "stage": mention.stage,
                         "investment_planned": mention.investment_planned or mention.project.investment_planned,
                         "document_id": doc.pk})
        sched = schedule_for(period, doc.year, self.horizon(doc)) if period else \
            (self.task_schedule(task, doc.year, self.horizon(doc)) or
             (schedule_for(f"..{self.horizon(doc)}", doc.year) if self.horizon(doc) and doc.doc_type == "plan"
              else Schedule(None, [], "未说明")))
        c = Candidate(f"section:{s.pk}", kind, title, sentence[:2000] if not goal.get("indicator") else
                      requirement_text(goal), goal, sched, here, parent.key if parent else None,
                      parent.depth + 1 if parent else 0, 1.0, s, _source_text(doc, f"「{heading}」", body.strip()[:300]),
                      _url(targets[0]) if len(targets) == 1 else _url(s), leader=task.leader if task else "")
        if len(targets) == 1:
            c.source = targets[0]
            c.key = f"fact:{targets[0].pk}"
        if self.add(c) is None:
            return None
        if len(targets) > 1:
            stated = period if canon.parse_period(period).hi is not None else ""  # 每年 said once is not for all
            for f in targets:
                self.fact(f, c, here, stated)
            self._roll_up(c)
        return c

    def _roll_up(self, c: Candidate) -> None:
        """A parent's weight = its leaves; its deadline = its children's latest."""
        kids = [x for x in self.out if x.parent_key == c.key]
        if not kids:
            return
        c.weight = float(sum(k.weight for k in kids))
        dates = [k.schedule.deadline for k in kids if k.schedule.deadline]
        if dates and c.schedule.deadline is None:
            last = max(dates)
            c.schedule = Schedule(last, [(last, 100.0, "完成")], f"{last.year}年{last.month}月{last.day}日前(下级最晚时限)")

    def document(self, doc: Document) -> None:
        for s in doc.sections.filter(parent__isnull=True).order_by("order"):
            self.section(s, explicit=False)


def parse_selection(keys: Iterable[str]) -> list[tuple[str, int]]:
    out = []
    for k in keys:
        kind, _, pk = str(k).partition(":")
        if kind in ("document", "section", "fact", "task", "project") and pk.isascii() and pk.isdigit() \
                and len(pk) <= 18:
            out.append((kind, int(pk)))
    return out


def plan(keys: Iterable[str]) -> list[Candidate]:
    """Candidates for a selection (document:1, section:7, fact:12, task:3, project:5), in outline order.
    Reads only; nothing is written."""
    p = Planner()
    for kind, pk in parse_selection(keys):
        if kind == "document":
            p.document(Document.objects.get(pk=pk))
        elif kind == "section":
            p.section(Section.objects.select_related("document").get(pk=pk))
        elif kind == "fact":
            p.fact(Fact.objects.select_related("document", "indicator").get(pk=pk))
        elif kind == "task":
            p.task(Task.objects.select_related("document").get(pk=pk))
        elif kind == "project":
            p.project(Project.objects.get(pk=pk))
    existing = _existing(c.source for c in p.out if c.source is not None)
    for c in p.out:
        ct = ContentType.objects.get_for_model(type(c.source))
        c.existing = existing.get((ct.id, str(c.source.pk)))
        if not c.leader:
            c.leader = c.assigned.stated.leader  # 责任领导：… stated beside the units
        if c.unassigned:
            c.notes.append("未识别牵头单位,待督查人员指定" if not c.assigned.lead_name else
                           f"牵头单位「{c.assigned.lead_name}」未在单位库中找到,待督查人员指定")
        if c.schedule.deadline is None:
            c.notes.append("原文未说明完成时限")
    return p.out


# ---- creating ----------------------------------------------------------------------------------------------------

@dataclass
class IntakeResult:
    created: list[Item]
    skipped: list[Candidate]


def next_code(prefix: str, used: set[str]) -> str:
    n = 1
    while f"{prefix}-{n:03d}" in used:
        n += 1
    code = f"{prefix}-{n:03d}"
    used.add(code)
    return code


def create(actor, keys: Iterable[str], *, include: set[str] | None = None, lead_overrides: dict[str, int] | None = None,
           assign: bool = False, code_prefix: str = "") -> IntakeResult:
    """Create the items `plan(keys)` previews, in one transaction (all or nothing).

    include: the candidate keys the supervisor kept (default: all); lead_overrides: key → unit id chosen on the
    preview for an item left unassigned; assign: 交办 at once the items that have a lead unit.  A source that is
    already an item is skipped, so confirming twice creates nothing new."""
    from . import services
    if not perm.can_manage(actor):
        from django.core.exceptions import PermissionDenied
        raise PermissionDenied("需要督查人员权限")
    keys = list(keys)
    cands = plan(keys)
    lead_overrides = lead_overrides or {}
    made: dict[str, Item] = {}
    skipped: list[Candidate] = []
    by_key = {c.key: c for c in cands}
    with transaction.atomic():
        used = set(Item.objects.values_list("code", flat=True))
        for pos, c in enumerate(cands):
            if (include is not None and c.key not in include) or c.existing is not None:
                skipped.append(c)
                if c.existing is not None:
                    made[c.key] = c.existing
                continue
            lead = c.lead_unit
            chosen = lead_overrides.get(c.key)
            if not chosen and lead is None and c.parent_key in by_key and \
                    c.assigned is by_key[c.parent_key].assigned:
                chosen = lead_overrides.get(c.parent_key)  # it inherited the parent's (missing) units: and its choice
            if chosen:
                lead = Unit.objects.get(pk=chosen)
            parent = made.get(c.parent_key) if c.parent_key else None
            doc_id = getattr(c.source, "document_id", None) or getattr(parent, "id", 0)
            prefix = code_prefix or (f"D{doc_id}" if doc_id else "LX")
            item = services.create_item(
                actor, code=next_code(prefix, used), title=c.title or "(无标题)", kind=c.kind,
                requirement=c.requirement, goal=c.goal, weight=c.weight, position=pos,
                parent=parent, lead_unit=lead, deadline=c.schedule.deadline,
                co_unit_ids=[u.id for u in c.co_units if lead is None or u.id != lead.id],
                milestones=c.schedule.milestones or None, source=c.source, source_text=c.source_text,
                responsible_leader=c.leader[:100], status=Status.REGISTERED)
            made[c.key] = item
            if assign and lead is not None:
                services.transition(actor, item.id, Status.ASSIGNED)
    created = [i for k, i in made.items() if not any(s.key == k for s in skipped)]
    for item in created:
        item.refresh_from_db()
    return IntakeResult(created, skipped)


def goal_words(goal: dict) -> str:
    """An item's goal as one line of Chinese for the audit trail and exports."""
    parts = []
    if goal.get("indicator"):
        parts.append(requirement_text(goal))
    if goal.get("project_id"):
        from .proposals import STAGE_LABELS
        stage = STAGE_LABELS.get(goal.get("stage") or "", "未知")
        parts.append(f"台账项目 #{goal['project_id']},阶段 {stage}"
                     + (f",已完成投资 {goal['investment_completed']:g} 亿元" if goal.get("investment_completed") else ""))
    return ";".join(parts)
