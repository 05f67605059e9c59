"""Ledger lists as data: what each list shows, how it is faceted, sorted, searched, serialised and exported.

One ``ListSpec`` per list drives the HTML page, the JSON answer, the CSV/XLSX export and the OpenAPI document,
so the four never disagree about columns or filters.

Search: a character-bigram index (searchindex.py) narrows candidates, a LIKE on the denormalised ``search``
column confirms the term; unlike FTS5's trigram tokenizer this finds two-character words, on SQLite and
PostgreSQL alike.  A list page never counts the whole ledger: its total is counted up to ``COUNT_LIMIT`` rows
(``BoundedPaginator``) and its facets among the newest ``FACET_SAMPLE`` rows of the list, labels fetched for the
top values only (see bench/ledger_pages.py and bench/million.py for the measured figures).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet, Sum
from django.utils.functional import cached_property

from taizhang import labels

from .models import Fact, FactCount, Project, ReviewState, Tally, Task

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
COUNT_LIMIT = 10_000  # rows a list counts per page view
SEARCH_COUNT_LIMIT = 1_000  # rows a searched list counts (each candidate's text is read to confirm the term)
FACET_SAMPLE = 2_000  # the newest rows a list's facets count among (at most COUNT_LIMIT)
DEEP_OFFSET = 500  # from this row on a page reads its ids first (BoundedPaginator.page)
SEARCH_BOUND = 20_000  # a searched list's facets: candidates among each bigram's newest postings (see facet_counts)


@dataclass
class Facet:
    param: str
    label: str
    field: str  # value field for filtering and grouping
    label_field: str | None = None  # display field (region__name)
    choices: dict[str, str] | None = None  # value → label for choice fields

    def label_for(self, value, row: dict) -> str:
        if self.label_field:
            return str(row.get(self.label_field) or "（无）")
        if self.choices:
            return self.choices.get(value, value or "（无）")
        return str(value) if value not in ("", None) else "（无）"


@dataclass
class Column:
    key: str
    label: str
    get: Callable[[Any], Any]


@dataclass
class ListSpec:
    name: str
    title: str
    model: type
    base: Callable[[], QuerySet]
    facets: list[Facet]
    sorts: dict[str, tuple[str, ...]]
    default_sort: str
    columns: list[Column]
    item_url: Callable[[Any], str]
    extra: dict = field(default_factory=dict)

    def facet(self, param: str) -> Facet | None:
        return next((f for f in self.facets if f.param == param), None)


def search(qs: QuerySet, q: str, bound: int | None = None) -> QuerySet:
    """Every whitespace-separated term must occur (substring, so 2-character words such as 整改 match)."""
    from .searchindex import search as bigram_search
    return bigram_search(qs, q, bound=bound)


def _values(params, name: str) -> list[str]:
    if hasattr(params, "getlist"):
        return [v for v in params.getlist(name) if v != ""]
    return [params[name]] if params.get(name) else []


def apply_filters(spec: ListSpec, qs: QuerySet, params, skip: str | None = None,
                  bound: int | None = None) -> QuerySet:
    for f in spec.facets:
        if f.param == skip:
            continue
        vals = [v for v in params.getlist(f.param) if v != ""] if hasattr(params, "getlist") else (
            [params[f.param]] if params.get(f.param) else [])
        if not vals:
            continue
        if "__none__" in vals:
            qs = qs.filter(Q(**{f"{f.field}__in": [v for v in vals if v != "__none__"]}) |
                           Q(**{f"{f.field}__isnull": True}) | Q(**{f.field: ""})
                           if not f.field.endswith("_id") else
                           Q(**{f"{f.field}__in": [v for v in vals if v != "__none__"]}) |
                           Q(**{f"{f.field}__isnull": True}))
        else:
            qs = qs.filter(**{f"{f.field}__in": vals})
    if params.get("flagged") and spec.model is not Task:
        qs = qs.filter(flagged=True)
    return search(qs, params.get("q", ""), bound=bound)


class BoundedPaginator(Paginator):
    """A paginator that counts at most ``COUNT_LIMIT`` rows (one COUNT over a LIMIT, never over a million rows):
    ``count`` is exact below the bound and ``exact`` says whether it is; pages go as far as the bound.

    ``known`` is an exact total read elsewhere (``kept_count``): then every page is reachable.  Beyond the bound
    ``estimate`` is the planner's estimate of the total on PostgreSQL (the page writes it as 约…), else None."""

    def __init__(self, object_list, per_page, limit: int | None = None, known: int | None = None,
                 cursor: tuple[str, int] | None = None, ids_first: bool = False, **kw):
        super().__init__(object_list, per_page, **kw)
        self.ids_first = ids_first  # every page reads its ids first (a searched list: see page)
        self.limit = COUNT_LIMIT if limit is None else limit
        self.known = known
        self.cursor = cursor  # ("after" | "before", id of the row the page follows or precedes)
        self.exact = True
        self.keyset = isinstance(object_list, QuerySet) and keyset_order(object_list) is not None

    @cached_property
    def count(self) -> int:
        if self.known is not None:
            return self.known
        n = self.object_list.order_by().values("pk")[:self.limit + 1].count()
        self.exact = n <= self.limit
        return min(n, self.limit)

    @cached_property
    def estimate(self) -> int | None:
        if self.count and not self.exact and isinstance(self.object_list, QuerySet):
            n = estimated_count(self.object_list)
            return n if n is not None and n > self.limit else None
        return None

    def page(self, number):
        """A deep page (from ``DEEP_OFFSET`` rows on) reads its ids off the sort's index first, then those rows
        with their joins: an OFFSET over thousands of joined rows costs more than the page itself.  So does every
        page with ``ids_first`` (a searched list: the planner expects a row or two from the text's LIKE and joins
        the page's regions and documents by nested loops over whole tables; by id it joins 50 known rows)."""
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        qs = self.object_list
        if self.cursor is not None and self.keyset and number > 1:
            rows = keyset_rows(qs, *self.cursor, self.per_page)
            if rows is not None:
                return self._get_page(rows, number, self)
        if (bottom < DEEP_OFFSET and not self.ids_first) or not isinstance(qs, QuerySet):
            return self._get_page(qs[bottom:top], number, self)
        ids = list(qs.values_list("pk", flat=True)[bottom:top])
        rows = {o.pk: o for o in qs.order_by().filter(pk__in=ids)}
        return self._get_page([rows[i] for i in ids if i in rows], number, self)


def keyset_order(qs: QuerySet) -> tuple[str, ...] | None:
    """The ordering of ``qs`` when a page can be read by keyset (the rows after a given row in that order): plain
    columns of the model, none of them nullable, the last one unique.  None otherwise (pages by offset)."""
    order = tuple(qs.query.order_by)
    if not order:
        return None
    for i, o in enumerate(order):
        if not isinstance(o, str):  # an expression
            return None
        name = o[1:] if o.startswith("-") else o
        if "__" in name or name == "?":
            return None
        try:
            f = qs.model._meta.get_field("id" if name == "pk" else name)
        except FieldDoesNotExist:  # an annotation: not a column
            return None
        if not getattr(f, "concrete", False) or f.null or (i == len(order) - 1 and not (f.primary_key or f.unique)):
            return None
    return order


def keyset_rows(qs: QuerySet, direction: str, pk: int, size: int) -> list | None:
    """The ``size`` rows of ``qs`` after (``direction`` "after") or before ("before") the row ``pk`` in the order
    of ``qs``, read off the order's index from that row on (no OFFSET); None when ``pk`` is not a row of the
    model or the order does not allow it.  The condition is the row comparison spelled out, with the first
    column's range beside it so the index scan starts at the row."""
    order = keyset_order(qs)
    if order is None:
        return None
    names = [o.lstrip("-") for o in order]
    row = qs.model._default_manager.filter(pk=pk).values(*names).first()
    if row is None:
        return None
    forward = direction == "after"
    cond, equal = Q(), {}
    for o, name in zip(order, names):
        later = "lt" if o.startswith("-") == forward else "gt"
        cond |= Q(**equal, **{f"{name}__{later}": row[name]})
        equal[name] = row[name]
    first = names[0]
    start = Q(**{f"{first}__{'lte' if order[0].startswith('-') == forward else 'gte'}": row[first]})
    if forward:
        return list(qs.filter(start, cond)[:size])
    back = [o[1:] if o.startswith("-") else "-" + o for o in order]
    return list(qs.filter(start, cond).order_by(*back)[:size])[::-1]


def estimated_count(qs: QuerySet) -> int | None:
    """The planner's estimate of how many rows ``qs`` holds (PostgreSQL's statistics, no rows read), rounded to
    two significant figures; None on other databases."""
    from django.db import connections
    conn = connections[qs.db]
    if conn.vendor != "postgresql":
        return None
    sql, params = qs.order_by().values("pk").query.sql_with_params()
    with conn.cursor() as cur:
        cur.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cur.fetchone()[0]
    if isinstance(plan, str):
        import json
        plan = json.loads(plan)
    n = int(plan[0]["Plan"]["Plan Rows"])
    if n < 100:
        return n
    digits = len(str(n)) - 2
    return round(n, -digits)


def kept_count(spec: ListSpec, params) -> int | None:
    """A list's exact total from the kept counts when every filter is on a counted column and nothing is
    searched (facts: ``FactCount``'s indicator, measure, review state; tasks: review state; projects: stage):
    the whole ledger's rows, for a user who reads it all.  None when the list must be counted."""
    if params.get("flagged") or params.get("q", "").strip():
        return None
    if spec.model is not Fact:  # tasks by review state, projects by stage: the kept counts (``Tally``)
        counted, param = {Task: ("task", "review"), Project: ("project", "stage")}[spec.model]
        if any(_values(params, f.param) for f in spec.facets if f.param != param):
            return None
        got = tallies(counted)
        vals = _values(params, param)
        return sum(n for v, n in got.items() if not vals or v in vals)
    qs = FactCount.objects.filter(kind=spec.extra["kind"])
    counted = {"indicator": "indicator_id", "measure": "measure", "review": "review_state"}
    for f in spec.facets:
        vals = _values(params, f.param)
        if not vals:
            continue
        if f.param not in counted:
            return None
        if f.param == "indicator":  # a fact without indicator counts under 0
            vals = [0 if v == "__none__" else int(v) for v in vals]
        elif "__none__" in vals:
            vals = [v for v in vals if v != "__none__"] + [""]
        qs = qs.filter(**{f"{counted[f.param]}__in": vals})
    return qs.aggregate(n=Sum("n"))["n"] or 0


def count_limit(params) -> int:
    """How many rows a list counts per view: ``SEARCH_COUNT_LIMIT`` when it is searched (the count confirms the
    term in each candidate's text: 10,000 of them cost a scan of as many texts), else ``COUNT_LIMIT``; beyond it
    the page shows the planner's estimate (共约 N 条) or N+ and pages as far as the bound."""
    return min(SEARCH_COUNT_LIMIT, COUNT_LIMIT) if params.get("q", "").strip() else COUNT_LIMIT


def facet_sample() -> int:
    """How many of a list's newest rows its facets count among: ``FACET_SAMPLE``, never more than the list counts."""
    return min(FACET_SAMPLE, COUNT_LIMIT)


def facet_counts(spec: ListSpec, params, limit: int = 15, base: Callable[[], QuerySet] | None = None,
                 sample: int | None = None, info: dict | None = None) -> dict[str, list[dict]]:
    """Each facet counted over the list filtered by every *other* facet (so choices stay selectable).

    Bounded: the counts are over the newest ``sample`` rows (``facet_sample()``) of each such list, read once for
    all the facets that share a filter (every facet not selected shares one), so a page reads a few thousand
    rows, not the whole ledger; below the bound they are exact, and ``info["exact"]`` says whether every count
    was.  Labels are looked up for the top values only.  ``base`` replaces ``spec.base`` (the rows the user may
    read).  A searched list's rows are counted among the newest ``SEARCH_BOUND`` items holding each bigram of
    the search (a common word's postings are not joined whole for a sample of the newest rows); not exact
    when a bigram has more.
    """
    sample = facet_sample() if sample is None else sample
    chosen = {f.param for f in spec.facets if _values(params, f.param)}
    groups: dict[str | None, list[Facet]] = {}
    for f in spec.facets:
        groups.setdefault(f.param if f.param in chosen else None, []).append(f)
    counted: dict[str, list[tuple]] = {}
    q = params.get("q", "")
    bound = SEARCH_BOUND if q.strip() else None
    exact = True
    for skip, facets in groups.items():
        qs = apply_filters(spec, (base or spec.base)(), params, skip=skip, bound=bound)
        read, tops = _top_values(qs, [f.field for f in facets], sample, limit)
        exact = exact and read < sample
        for f, top in zip(facets, tops):
            counted[f.param] = top
    search_cut = False
    if exact and bound is not None:
        from .searchindex import bounded
        search_cut = bounded(spec.model, q, bound)
        exact = not search_cut
    if info is not None:
        info["exact"] = exact
        info["search_bound"] = bound if search_cut else None
    out = {}
    for f in spec.facets:
        rows = counted[f.param]
        labels: dict = {}
        if f.label_field:
            rel, attr = f.label_field.split("__", 1)
            model = spec.model._meta.get_field(rel).related_model
            labels = dict(model.objects.filter(pk__in=[v for v, _ in rows if v is not None])
                          .values_list("pk", attr))
        selected = set(params.getlist(f.param)) if hasattr(params, "getlist") else set()
        out[f.param] = [{"value": "" if v is None else str(v),
                         "label": (str(labels.get(v) or "（无）") if f.label_field else f.label_for(v, {})),
                         "count": n, "selected": str(v) in selected} for v, n in rows]
    return out


def _top_values(qs: QuerySet, fields: list[str], sample: int, limit: int) -> tuple[int, list[list[tuple]]]:
    """Among the newest ``sample`` rows of ``qs``: how many there are, and for each field its ``limit`` most
    frequent values with their counts, in ``Counter.most_common``'s order (count, then the value seen first,
    newest first).  Counted by the database in one query (a few dozen rows come back, not the sample)."""
    from django.db import connections
    sub = qs.order_by("-pk").values_list("pk", *fields)[:sample]
    sql, params = sub.query.sql_with_params()
    cols = ", ".join(f"c{i}" for i in range(len(fields)))
    parts = [f"SELECT * FROM (SELECT {i} AS f, CAST(c{i} AS TEXT) AS v, COUNT(*) AS n, MAX(pk) AS m FROM s "
             f"GROUP BY c{i} ORDER BY 3 DESC, 4 DESC LIMIT {int(limit)}) t{i}" for i in range(len(fields))]
    parts.append("SELECT -1, NULL, COUNT(*), 0 FROM s")
    with connections[qs.db].cursor() as cur:
        cur.execute(f"WITH s(pk, {cols}) AS ({sql}) " + " UNION ALL ".join(parts), params)
        rows = cur.fetchall()
    tops: list[list[tuple]] = [[] for _ in fields]
    read = 0
    for i, v, n, _ in sorted(rows, key=lambda r: (r[0], -r[2], -r[3])):
        if i < 0:
            read = n
        else:
            is_id = fields[i].endswith("_id") and v is not None
            tops[i].append((int(v) if is_id else v, n))
    return read, tops


def tallies(counted: str) -> dict[str, int]:
    """The kept counts (``Tally``) of one table of the whole ledger: value → rows (values with none left out)."""
    out = dict(Tally.objects.filter(counted=counted).order_by().values_list("value").annotate(n=Sum("n")))
    return {v: n for v, n in out.items() if n}


def unreviewed_total() -> int:
    """Extracted rows of the whole ledger awaiting review: facts from the kept counts (``FactCount``), project
    mentions and tasks from theirs (``Tally``)."""
    facts = FactCount.objects.filter(review_state=ReviewState.UNREVIEWED).aggregate(n=Sum("n"))["n"] or 0
    rest = Tally.objects.filter(counted__in=("mention", "task"), value=ReviewState.UNREVIEWED).aggregate(n=Sum("n"))
    return facts + (rest["n"] or 0)


def ordered(spec: ListSpec, qs: QuerySet, sort: str) -> tuple[QuerySet, str]:
    key = sort if sort in spec.sorts else spec.default_sort
    return qs.order_by(*spec.sorts[key]), key


# --------------------------------------------------------------------------- serialisation

def fact_json(f: Fact) -> dict:
    return {"id": f.pk, "kind": f.kind, "document": f.document_id, "value": f.value, "unit": f.unit,
            "measure": f.measure, "comparator": f.comparator, "period": f.period, "subject": f.subject,
            "indicator": f.indicator_name, "indicator_id": f.indicator_id, "region_id": f.region_id,
            "estimated": f.estimated, "evidence": f.evidence, "vstart": f.vstart, "vend": f.vend,
            "estart": f.estart, "eend": f.eend, "review_state": f.review_state, "extracted": f.extracted,
            "flags": f.flags, "url": f"/facts/{f.pk}/"}


def project_json(p: Project) -> dict:
    return {"id": p.pk, "name": p.name, "category": p.category, "location": p.location, "region_id": p.region_id,
            "stage": p.stage, "investment_planned": p.investment_planned,
            "investment_completed": p.investment_completed, "first_seen": p.first_seen, "last_seen": p.last_seen,
            "mention_count": p.mention_count, "flags": p.flags, "review_state": p.review_state,
            "url": f"/projects/{p.pk}/"}


def task_json(t: Task) -> dict:
    return {"id": t.pk, "document": t.document_id, "title": t.title, "kind": t.kind, "deadline": t.deadline,
            "start": t.start, "end": t.end, "region_id": t.region_id, "review_state": t.review_state,
            "extracted": t.extracted, "url": f"/tasks/{t.pk}/"}


SERIALIZERS = {Fact: fact_json, Project: project_json, Task: task_json}

# --------------------------------------------------------------------------- the lists

# The comparator in words for exports ("=" in a spreadsheet cell reads as the start of a formula).
COMPARATOR_WORDS = {"=": "等于", ">=": "不低于", ">": "高于", "<=": "不高于", "<": "低于", "~": "约"}

REVIEW = Facet("review", "审核状态", "review_state", choices=dict(ReviewState.choices))
REGION = Facet("region", "地区", "region_id", "region__name")


def _fact_spec(name: str, title: str, kind: str) -> ListSpec:
    return ListSpec(
        name=name, title=title, model=Fact,
        base=lambda: Fact.objects.filter(kind=kind),
        facets=[REGION, Facet("indicator", "指标", "indicator_id", "indicator__name"),
                Facet("period", "期间", "period"),
                Facet("measure", "度量", "measure", choices=labels.MEASURE),
                REVIEW, Facet("document", "文件", "document_id", "document__name")],
        sorts={"new": ("-id",), "old": ("id",), "value": ("-value", "-id"), "period": ("-period", "-id"),
               "indicator": ("indicator_name", "-id")},
        default_sort="new",
        columns=[Column("id", "编号", lambda f: f.pk), Column("indicator", "指标", lambda f: f.indicator_name),
                 Column("subject", "主体", lambda f: f.subject),
                 Column("period", "期间", lambda f: labels.period_label(f.period, f.kind)),
                 Column("comparator", "比较", lambda f: COMPARATOR_WORDS.get(f.comparator, f.comparator)),
                 Column("value", "数值", lambda f: f.value),
                 Column("unit", "单位", lambda f: f.unit),
                 Column("measure", "度量", lambda f: labels.label(f.measure, "measure")),
                 Column("review_state", "审核", lambda f: f.get_review_state_display()),
                 Column("flags", "提示", lambda f: "、".join(labels.label(x, "flag") for x in f.flags or [])),
                 Column("document", "文件", lambda f: f.document.name),
                 Column("evidence", "原文", lambda f: f.evidence)],
        item_url=lambda f: f"/facts/{f.pk}/", extra={"kind": kind})


SPECS: dict[str, ListSpec] = {
    "targets": _fact_spec("targets", "目标", Fact.Kind.TARGET),
    "actuals": _fact_spec("actuals", "实绩", Fact.Kind.ACTUAL),
    "projects": ListSpec(
        name="projects", title="项目", model=Project, base=lambda: Project.objects.all(),
        facets=[REGION, Facet("stage", "阶段", "stage", choices=dict(Project.Stage.choices)), REVIEW],
        sorts={"new": ("-id",), "name": ("name",), "planned": ("-investment_planned", "-id"),
               "mentions": ("-mention_count", "-id"), "last_seen": ("-last_seen", "-id")},
        default_sort="new",
        columns=[Column("id", "编号", lambda p: p.pk), Column("name", "项目", lambda p: p.name),
                 Column("stage", "阶段", lambda p: p.get_stage_display()),
                 Column("investment_planned", "计划投资(亿元)", lambda p: p.investment_planned),
                 Column("investment_completed", "完成投资(亿元)", lambda p: p.investment_completed),
                 Column("mention_count", "提及次数", lambda p: p.mention_count),
                 Column("last_seen", "最近提及", lambda p: p.last_seen),
                 Column("flags", "提示", lambda p: "、".join(labels.label(x, "flag") for x in p.flags or [])),
                 Column("review_state", "审核", lambda p: p.get_review_state_display())],
        item_url=lambda p: f"/projects/{p.pk}/"),
    "tasks": ListSpec(
        name="tasks", title="任务", model=Task, base=lambda: Task.objects.all(),
        facets=[REGION, Facet("kind", "类别", "kind", choices={"item": "条目", "enumeration": "列举", "bullet": "要点"}),
                REVIEW, Facet("document", "文件", "document_id", "document__name")],
        sorts={"new": ("-id",), "old": ("id",), "deadline": ("deadline", "-id")},
        default_sort="new",
        columns=[Column("id", "编号", lambda t: t.pk), Column("title", "任务", lambda t: t.title),
                 Column("kind", "类别", lambda t: labels.label(t.kind, "task_kind")),
                 Column("deadline", "完成时限", lambda t: labels.period_label(t.deadline)),
                 Column("review_state", "审核", lambda t: t.get_review_state_display()),
                 Column("document", "文件", lambda t: t.document.name)],
        item_url=lambda t: f"/tasks/{t.pk}/"),
}


def related_for(spec: ListSpec, qs: QuerySet) -> QuerySet:
    if spec.model is Fact:
        return qs.select_related("document", "region", "indicator").defer("document__text", "document__record", "search")
    if spec.model is Task:
        return qs.select_related("document", "region").defer("document__text", "document__record", "search", "text")
    return qs.select_related("region").defer("search")


# the columns a list page's rows show (ledger_tags' fact_rows, task_rows, project_rows): the HTML page reads only
# these, with the one related row it shows (the document's name); JSON and exports read the rows whole
SHOWN = {
    Fact: ("id", "kind", "document", "document__name", "indicator_name", "flags", "subject", "period", "comparator",
           "value", "unit", "evidence", "estart", "review_state"),
    Task: ("id", "title", "kind", "deadline", "start", "document", "document__name", "review_state"),
    Project: ("id", "name", "flags", "stage", "investment_planned", "investment_completed", "mention_count",
              "last_seen", "review_state"),
}


def shown_for(spec: ListSpec, qs: QuerySet) -> QuerySet:
    """``qs`` reading only what the list page's rows show (``SHOWN``): no region or indicator joined, none of
    the document's JSON columns decoded per row."""
    cols = SHOWN[spec.model]
    related = [c for c in cols if "__" in c]
    return qs.select_related(None).select_related(*{c.split("__")[0] for c in related}).only(*cols)

