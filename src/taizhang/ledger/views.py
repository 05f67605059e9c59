"""Pages of the ledger site.  Every list and item page also answers as JSON (``.json`` or ``Accept: application/json``)."""
from __future__ import annotations

import dataclasses
import functools
import json
from urllib.parse import quote_plus

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import Greatest, Least, Substr
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from taizhang import labels

from . import access as ledger_access
from . import batches
from . import exports, highlight, ingest, linking, query, readable, review
from .models import (Document, Fact, FactCount, FactLink, FactSubject, IngestBatch, Indicator, LinkState,
                     Project, ProjectMention, ProjectTotal, Region, ReviewState, Task)

STAGE_ORDER = ["proposed", "planned", "under_construction", "completed", "operating"]


# --------------------------------------------------------------------------- plumbing

def wants_json(request, fmt: str | None) -> bool:
    if fmt == ".json":
        return True
    accept = request.headers.get("Accept", "")
    return "application/json" in accept and "text/html" not in accept


MAX_ID = 2 ** 63 - 1  # ids beyond a 64-bit integer cannot exist (and overflow SQLite's integers)


class BadParameter(ValueError):
    """A query parameter that cannot mean anything (``region=abc``): answered 400, never 500."""


def int_param(request, name: str, default: int | None = None) -> int | None:
    raw = request.GET.get(name, "")
    if raw == "":
        return default
    if not raw.isdigit() or not raw.isascii() or int(raw) > MAX_ID:
        raise BadParameter(f"参数 {name} 须为整数编号：{raw[:40]}")
    return int(raw)


def _check_id_facets(spec, params) -> None:
    """Facets over id columns (region, indicator, document) take integers, or __none__."""
    for f in spec.facets:
        if not f.field.endswith("_id"):
            continue
        for v in params.getlist(f.param):
            if v in ("", "__none__"):
                continue
            if not (v.isascii() and v.isdigit()) or int(v) > MAX_ID:
                raise BadParameter(f"参数 {f.param} 须为整数编号：{v[:40]}")


def _refuse(request, fmt, status: int, message: str):
    if wants_json(request, fmt):
        return JsonResponse({"error": message}, status=status, json_dumps_params={"ensure_ascii": False})
    if status == 403:
        raise PermissionDenied(message)
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


def ledger_view(fn=None, *, ability: str | None = None):
    """Login required (JSON callers get 401 instead of a redirect); ``fmt`` is the optional URL suffix.

    The user's ``LedgerAccess`` is put on ``request.ledger``: a user who may not read the ledger gets 403,
    and with ``ability`` (review, link, merge, upload) so does a user without it, before the view runs.
    An id in the URL beyond 64 bits is a 404 and a meaningless parameter a 400.
    """
    if fn is None:
        return lambda f: ledger_view(f, ability=ability)

    @functools.wraps(fn)
    def wrapper(request, *args, fmt=None, **kwargs):
        if not request.user.is_authenticated:
            if wants_json(request, fmt):
                return JsonResponse({"error": "authentication required"}, status=401)
            from django.contrib.auth.views import redirect_to_login
            return redirect_to_login(request.get_full_path())
        acc = ledger_access.access_for(request.user)
        if not acc.can_read:
            return _refuse(request, fmt, 403, acc.reason or "无权查看台账")
        if ability is not None and not acc.can(ability):
            return _refuse(request, fmt, 403, ABILITY_REFUSALS[ability])
        request.ledger = acc
        pk = kwargs.get("pk")
        if pk is not None and int(pk) > MAX_ID:
            raise Http404
        try:
            return fn(request, *args, fmt=fmt, **kwargs)
        except BadParameter as e:
            return _refuse(request, fmt, 400, str(e))

    return wrapper


ABILITY_REFUSALS = {"review": "需要督查人员权限才能审核", "link": "需要督查人员权限才能调整关联",
                    "merge": "需要督查人员权限才能合并指标", "upload": "本账号无权上传文件"}


def _json(data, status=200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False}, safe=False)


def _page_size(request) -> int:
    try:
        return max(1, min(query.MAX_PAGE_SIZE, int(request.GET.get("size", query.PAGE_SIZE))))
    except ValueError:
        return query.PAGE_SIZE


# --------------------------------------------------------------------------- dashboard

@ledger_view
def dashboard(request, fmt=None):
    acc = request.ledger
    all_facts = acc.scope(Fact.objects.all())
    projects = acc.scope(Project.objects.all())
    kinds: dict[str, int] = {}
    states: dict[str, int] = {}
    # both tallies from the kept counts (FactCount) for a user who reads everything, else one pass over the
    # user's facts (an index-only scan of (kind, review_state))
    tallies = (FactCount.objects.filter(n__gt=0).order_by().values_list("kind", "review_state").annotate(n=Sum("n"))
               if acc.reads_all else
               all_facts.order_by().values_list("kind", "review_state").annotate(n=Count("*")))
    for kind, state, n in tallies:
        states[state] = states.get(state, 0) + n
        if state != ReviewState.REJECTED:
            kinds[kind] = kinds.get(kind, 0) + n
    if acc.reads_all:  # the kept counts (Tally): a few rows each, not hundreds of thousands counted per view
        stages = query.tallies("project")
        documents, tasks = sum(query.tallies("document").values()), sum(query.tallies("task").values())
        flagged = query.tallies("flagged").get("target", 0)
        links = query.tallies("link").get(LinkState.PROPOSED, 0)
    else:
        stages = dict(projects.order_by().values_list("stage").annotate(n=Count("*")))
        documents, tasks = acc.scope(Document.objects.all()).count(), acc.scope(Task.objects.all()).count()
        flagged = all_facts.filter(kind="target", flagged=True).count()
        links = acc.scope(FactLink.objects.filter(state=LinkState.PROPOSED)).count()
    data = {
        "documents": documents,
        "targets": kinds.get("target", 0), "actuals": kinds.get("actual", 0),
        "projects": sum(stages.values()), "tasks": tasks,
        "unreviewed": states.get(ReviewState.UNREVIEWED, 0),
        "review_states": states,
        "project_stages": {s: stages.get(s, 0) for s in STAGE_ORDER + ["unknown"]},
        "flagged_targets": flagged,
        "machine_links": links,
    }
    if wants_json(request, fmt):
        return _json(data)
    top_ind = (indicator_totals().order_by("-n")[:10] if acc.reads_all else
               acc.scope(Indicator.objects.all())
               .annotate(n=Count("facts", filter=ledger_access.doc_filter(acc, "facts__document")))
               .filter(n__gt=0).order_by("-n")[:10])
    recent = acc.scope(Document.objects.only("id", "name", "title", "published", "doc_type")).order_by("-id")[:8]
    labels = dict(Project.Stage.choices)
    stage_rows = [(labels[s], n) for s, n in data["project_stages"].items()]
    return render(request, "ledger/dashboard.html", {"data": data, "top_indicators": top_ind, "recent": recent,
                                                     "stage_rows": stage_rows})


# --------------------------------------------------------------------------- documents

@ledger_view
def documents(request, fmt=None):
    if request.method == "POST":
        if not request.ledger.can("upload"):
            return _refuse(request, fmt, 403, ABILITY_REFUSALS["upload"])
        files = request.FILES.getlist("files")
        if not files:
            messages.error(request, "请选择要上传的文件")
            return redirect("/documents/")
        limit = getattr(settings, "TAIZHANG_MAX_DOCUMENT_BYTES", 60 * 1024 * 1024)
        too_big = [f.name for f in files if f.size > limit]
        if too_big:  # refused before any of it is read into memory
            messages.error(request, f"文件过大（上限 {limit // (1024 * 1024)} MB）：{'、'.join(too_big)}")
            return redirect("/documents/")
        batch = ingest.ingest_uploads(files, user=request.user)
        return redirect(f"/batches/{batch.pk}/")
    qs = request.ledger.scope(Document.objects.defer("text", "record")).order_by("-id")
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(Q(title__contains=q) | Q(name__contains=q) | Q(source__contains=q))
    known = sum(query.tallies("document").values()) if request.ledger.reads_all and not q else None
    page = query.BoundedPaginator(qs, _page_size(request), known=known,
                                  cursor=_cursor(request)).get_page(request.GET.get("page"))
    # review counts for the page's documents only, not for every document of the ledger
    counts = {r["id"]: r for r in review.counts_by_document(Document.objects.filter(
        pk__in=[d.pk for d in page.object_list]))}
    if wants_json(request, fmt):
        return _json({"count": page.paginator.count, "page": page.number, "pages": page.paginator.num_pages,
                      "results": [_doc_json(d, counts.get(d.pk)) for d in page]})
    rows = [(d, counts.get(d.pk, {})) for d in page]
    return render(request, "ledger/documents.html", {"page": page, "rows": rows, "q": q})


def _doc_json(d: Document, c: dict | None = None) -> dict:
    out = {"id": d.pk, "name": d.name, "title": d.title, "published": d.published, "source": d.source,
           "doc_type": d.doc_type, "format": d.format, "encoding": d.encoding, "sha256": d.sha256, "chars": d.chars,
           "regions": d.regions, "url": f"/documents/{d.pk}/"}
    if c:
        out.update({"items": c["total"], "reviewed": c["reviewed"], "unreviewed": c["unreviewed"]})
    return out


@ledger_view
def batch(request, pk, fmt=None):
    b = get_object_or_404(request.ledger.scope(IngestBatch.objects.all()), pk=pk)
    if not b.finished and batches.mark_interrupted([b]):
        b.refresh_from_db()
    # a command-line batch can hold thousands of files: paged like every list, in the order they were read
    qs = b.items.select_related("document").defer("document__text", "document__record").order_by("id")
    page = Paginator(qs, max(_page_size(request), 200)).get_page(request.GET.get("page"))
    items = list(page)
    if wants_json(request, fmt):
        return _json({"id": b.pk, "total": b.total, "done": b.done, "finished": b.finished,
                      "count": page.paginator.count, "page": page.number, "pages": page.paginator.num_pages,
                      "items": [{"name": i.name, "status": i.status, "message": i.message,
                                 "document": i.document_id} for i in items]})
    return render(request, "ledger/batch.html", {"batch": b, "items": items, "page": page, "query_string": ""})


FACT_KINDS = dict(Fact.Kind.choices)
STAGES = dict(Project.Stage.choices)
SPAN_FACT_FIELDS = ("id", "kind", "vstart", "vend", "estart", "eend", "indicator_name", "value", "unit", "period",
                    "comparator", "review_state")


def document_spans(doc: Document, counts: dict[str, int] | None = None) -> list[highlight.Span]:
    """The spans a document's page paints: its noise, each fact's evidence and value, each project mention and
    each task (the first line of it), rejected rows left out.

    Read as tuples, not model objects: a plan's page holds hundreds of facts, and building a model object per row
    was most of the page's time.  Every row is read, rejected ones too, so ``counts`` (when given) gets the
    page's figures from the same rows instead of eight queries more: ``target``, ``actual``, ``project`` and
    ``task`` (rows of each, rejected ones counted), ``reviewed`` and ``unreviewed`` (of all of them)."""
    tally = dict.fromkeys(("target", "actual", "project", "task", "reviewed", "unreviewed"), 0)
    rejected, unreviewed = ReviewState.REJECTED, ReviewState.UNREVIEWED

    def counted(kind: str, state: str) -> bool:
        tally[kind] = tally.get(kind, 0) + 1
        tally["unreviewed" if state == unreviewed else "reviewed"] += 1
        return state != rejected

    spans: list[highlight.Span] = []
    for n in doc.noise or []:
        spans.append(highlight.Span(n["start"], n["end"], "noise",
                                    title=f"噪声：{labels.label(n.get('reason', ''), 'noise')}"))
    for pk, kind, vstart, vend, estart, eend, name, value, unit, period, comparator, state in (
            doc.facts.order_by("id").values_list(*SPAN_FACT_FIELDS)):
        if not counted(kind, state):
            continue
        label = (f"{FACT_KINDS.get(kind, kind)}：{name} {labels.comparator_value(comparator, value, unit)} "
                 f"{labels.period_label(period, kind)}").strip()
        spans.append(highlight.Span(estart, eend, "evidence", href=f"/facts/{pk}/", title=label))
        spans.append(highlight.Span(vstart, vend, kind, href=f"/facts/{pk}/", title=label))
    for project_id, start, end, stage, state in doc.project_mentions.values_list(
            "project_id", "start", "end", "stage", "review_state"):
        if counted("project", state):
            spans.append(highlight.Span(start, end, "project", href=f"/projects/{project_id}/",
                                        title=f"项目：{STAGES.get(stage, stage)}"))
    for pk, start, end, state in doc.tasks.values_list("id", "start", "end", "review_state"):
        if not counted("task", state):
            continue
        eol = doc.text.find("\n", start, end)
        end = min(eol if eol > start else end, start + 200)
        spans.append(highlight.Span(start, end, "task", href=f"/tasks/{pk}/", title="任务"))
    if counts is not None:
        counts.update(tally)
    return spans


@ledger_view
def document(request, pk, fmt=None):
    doc = get_object_or_404(request.ledger.scope(Document.objects.all()), pk=pk)
    sections = list(doc.sections.all())
    if wants_json(request, fmt):
        data = _doc_json(doc)
        data.update({
            "text": doc.text, "noise": doc.noise, "people": doc.people,
            "sections": [{"id": s.pk, "parent": s.parent_id, "level": s.level, "label": s.label, "title": s.title,
                          "kind": s.kind, "start": s.start, "end": s.end} for s in sections],
            "facts": [query.fact_json(f) for f in doc.facts.all()],
            "projects": [{"id": m.pk, "project": m.project_id, "mention": m.mention, "start": m.start, "end": m.end,
                          "stage": m.stage, "investment_planned": m.investment_planned,
                          "investment_completed": m.investment_completed, "review_state": m.review_state}
                         for m in doc.project_mentions.all()],
            "tasks": [query.task_json(t) for t in doc.tasks.all()],
            "glossary": [{"term": g.term, "definition": g.definition, "start": g.start, "end": g.end}
                         for g in doc.glossary.all()]})
        return _json(data)
    n: dict[str, int] = {}
    spans = document_spans(doc, n)
    spans += [highlight.Span(s.start, min(len(doc.text), s.start + len(s.label) + len(s.title)), "heading")
              for s in sections if s.kind == "chapter"]
    # links point at raw offsets (#off-N): sections, and each fact's, mention's and task's start
    anchors = {s.start for s in sections} | {sp.start for sp in spans if sp.kind != "noise"}
    view = None if request.GET.get("view") == "source" else readable.readable(doc.text, doc.format)
    if view is None:
        body = highlight.render(doc.text, spans, anchors=sorted(anchors))
    else:  # a web page: its text with the highlights mapped onto it, not its HTML source
        mapped = []
        for sp in spans:
            if sp.kind == "noise":
                continue  # removed from the view
            a, b = view.span(sp.start, sp.end)
            if b > a:
                mapped.append(highlight.Span(a, b, sp.kind, href=sp.href, title=sp.title))
        anchor_ids: dict[int, list[int]] = {}
        for r in sorted(anchors):
            anchor_ids.setdefault(view.to_view(r), []).append(r)
        body = highlight.render(view.text, mapped, anchor_ids=anchor_ids)
    return render(request, "ledger/document.html", {
        "doc": doc, "body": body, "sections": sections, "counts": n, "readable": view is not None,
        "has_source_view": doc.format in readable.READABLE_FORMATS, "removed_chars": view.removed if view else 0,
        "glossary": doc.glossary.all()[:100], "n": n})


# --------------------------------------------------------------------------- ledger lists

def ledger_list(name: str):
    spec = query.SPECS[name]

    @ledger_view
    def view(request, fmt=None):
        _check_id_facets(spec, request.GET)
        base = lambda: request.ledger.scope(spec.base())  # noqa: E731  (facets count the readable rows only)
        qs = query.apply_filters(spec, base(), request.GET)
        qs, sort = query.ordered(spec, qs, request.GET.get("sort", ""))
        qs = query.related_for(spec, qs)
        if fmt in (".csv", ".xlsx") or request.GET.get("export") in ("csv", "xlsx"):
            kind = fmt or "." + request.GET["export"]
            return exports.csv_response(spec, qs) if kind == ".csv" else exports.xlsx_response(spec, qs)
        known = query.kept_count(spec, request.GET) if request.ledger.reads_all else None
        as_json = wants_json(request, fmt)
        page = query.BoundedPaginator(qs if as_json else query.shown_for(spec, qs), _page_size(request), known=known, limit=query.count_limit(request.GET),
                                      cursor=_cursor(request), ids_first=bool(request.GET.get("q", "").strip())
                                      ).get_page(request.GET.get("page"))
        info: dict = {}
        facets = query.facet_counts(spec, request.GET, base=base, info=info)
        ser = query.SERIALIZERS[spec.model]
        if as_json:
            return _json({"count": page.paginator.count, "count_exact": page.paginator.exact,
                          "count_estimate": page.paginator.estimate, "page": page.number,
                          "pages": page.paginator.num_pages, "sort": sort, "results": [ser(o) for o in page],
                          "facets": facets, "facets_exact": info["exact"]})
        if name == "targets":
            _attach_latest_actuals(page.object_list)
        params = request.GET.copy()
        for p in ("page", "after", "before"):
            params.pop(p, None)
        facet_hrefs(params, facets)  # each facet value links to the list with that value toggled
        return render(request, f"ledger/list_{'facts' if spec.model is Fact else name}.html", {
            "spec": spec, "page": page, "facets": [(spec.facet(k), v) for k, v in facets.items()], "sort": sort,
            "facets_exact": info["exact"], "count_limit": query.facet_sample(), "search_bound": info["search_bound"],
            "q": request.GET.get("q", ""), "query_string": params.urlencode(),
            "sort_choices": list(spec.sorts)})

    view.__name__ = f"list_{name}"
    return view


def facet_hrefs(params, facets: dict[str, list[dict]]) -> None:
    """Each facet row's ``href``: ``?`` and the query ``params`` with the row's value toggled in its facet's
    parameter (added when not selected, removed when selected), written as ``QueryDict.urlencode`` writes that
    query (its parameters in their order, a parameter the query lacks last).  Every other parameter is encoded
    once per page, not the query copied and encoded again for each of the page's ~90 links."""
    enc = params.encoding

    def pair(k: str, v) -> str:
        return quote_plus(k.encode(enc)) + "=" + quote_plus(str(v).encode(enc))

    lists = list(params.lists())
    encoded = ["&".join(pair(k, v) for v in vs) for k, vs in lists]
    keys = [k for k, _ in lists]
    for param, rows in facets.items():
        if not rows:
            continue
        at = keys.index(param) if param in keys else len(keys)
        head = "&".join(e for e in encoded[:at] if e)
        tail = "&".join(e for e in encoded[at + 1:] if e)
        current = params.getlist(param)
        for r in rows:
            vals = [v for v in current if v != r["value"]]
            if not r["selected"]:
                vals.append(r["value"])
            r["href"] = "?" + "&".join(x for x in (head, "&".join(pair(param, v) for v in vals), tail) if x)


def _cursor(request) -> tuple[str, int] | None:
    """A list page read by keyset: ``after=ID`` (the rows after that row in the list's order, what 下一页 links
    to) or ``before=ID`` (上一页); ``page`` then only numbers the page."""
    for direction in ("after", "before"):
        pk = int_param(request, direction)
        if pk is not None:
            return direction, pk
    return None


@dataclasses.dataclass(frozen=True)
class LatestActual:
    """A target's most recent linked actual as its list row shows it."""
    value: float
    unit: str
    period: str


def _attach_latest_actuals(targets) -> None:
    """Each target on the page gets ``latest`` (its most recent linked actual) and ``latest_gap``: one query."""
    by_id = {t.pk: t for t in targets}
    for t in targets:
        t.latest, t.latest_gap = None, None
    links = (FactLink.objects.filter(target_id__in=list(by_id), relation=FactLink.Relation.ACTUAL)
             .exclude(state=LinkState.BROKEN)
             .values_list("target_id", "gap", "other__value", "other__unit", "other__period",
                          "other__document__published"))
    # the links' values, not model rows (three per link): the page shows the actual's value, unit and period
    for target_id, gap, value, unit, period, _ in sorted(links, key=lambda r: (r[5] or "", r[4])):
        t = by_id[target_id]
        t.latest, t.latest_gap = LatestActual(value, unit, period), gap


# --------------------------------------------------------------------------- items

@ledger_view
def fact(request, pk, fmt=None):
    acc = request.ledger
    # the 80 characters either side of the evidence cut by the database, not the document's whole text
    f = get_object_or_404(acc.scope(
        Fact.objects.select_related("document", "indicator", "region").defer("document__text", "document__record")
        .annotate(text_before=Substr("document__text", Greatest(F("estart") - 79, 1), Least(F("estart"), 80)),
                  text_after=Substr("document__text", F("eend") + 1, 80))), pk=pk)
    # a crowded key links one actual from thousands of targets: both directions are paged (LINKS_PAGE a page,
    # ?links=N and ?linked=N), each page read with its documents, the total counted on the link indexes
    out_page = Paginator(f.links_out.filter(ledger_access.doc_filter(acc, "other__document"))
                         .select_related("other__document")
                         .defer("other__document__text", "other__document__record")
                         .order_by("other__document__published", "id"), LINKS_PAGE).get_page(request.GET.get("links"))
    in_page = Paginator(f.links_in.filter(ledger_access.doc_filter(acc, "target__document"))
                        .select_related("target__document")
                        .defer("target__document__text", "target__document__record")
                        .order_by("id"), LINKS_PAGE).get_page(request.GET.get("linked"))
    links_out, links_in = list(out_page), list(in_page)
    if wants_json(request, fmt):
        data = query.fact_json(f)
        data["links"] = [{"id": l.pk, "relation": l.relation, "other": l.other_id, "origin": l.origin,
                          "state": l.state, "gap": l.gap} for l in links_out]
        data["linked_from"] = [{"id": l.pk, "relation": l.relation, "target": l.target_id, "origin": l.origin,
                                "state": l.state, "gap": l.gap} for l in links_in]
        data.update({"links_count": out_page.paginator.count, "links_page": out_page.number,
                     "links_pages": out_page.paginator.num_pages, "linked_from_count": in_page.paginator.count,
                     "linked_from_page": in_page.number, "linked_from_pages": in_page.paginator.num_pages})
        return _json(data)
    sentences = [(f.document, f.evidence, f, "本条")]
    sentences += [(l.other.document, l.other.evidence, l.other, l.get_relation_display()) for l in links_out]
    sentences += [(l.target.document, l.target.evidence, l.target, "对应目标") for l in links_in]
    before, after = f.text_before or "", f.text_after or ""
    return render(request, "ledger/fact.html", {
        "f": f, "links_out": links_out, "links_in": links_in, "sentences": sentences, "before": before,
        "out_page": out_page, "in_page": in_page, "links_query": _links_query(request),
        "after": after, "value_in_evidence": _split_value(f), "editable": review.EDITABLE[Fact],
        "choices": review.CHOICES})


LINKS_PAGE = 50  # links a fact page lists per direction


def _links_query(request) -> dict[str, str]:
    """The fact page's query string without each pager's own parameter (the other pager's page is kept)."""
    out = {}
    for param in ("links", "linked"):
        p = request.GET.copy()
        p.pop(param, None)
        out[param] = p.urlencode()
    return out


def _split_value(f: Fact) -> tuple[str, str, str]:
    a, b = f.vstart - f.estart, f.vend - f.estart
    ev = f.evidence
    if 0 <= a <= b <= len(ev):
        return ev[:a], ev[a:b], ev[b:]
    return ev, "", ""


@ledger_view
def project(request, pk, fmt=None):
    p = get_object_or_404(request.ledger.scope(Project.objects.select_related("region")), pk=pk)
    mentions = sorted(request.ledger.scope(p.mentions.all()).select_related("document")
                      .defer("document__text", "document__record"),
                      key=lambda m: (linking.doc_key(m.document), m.start))
    changes = linking.stage_changes(p)
    if wants_json(request, fmt):
        data = query.project_json(p)
        data["mentions"] = [{"id": m.pk, "document": m.document_id, "published": m.document.published,
                             "mention": m.mention, "start": m.start, "end": m.end, "stage": m.stage,
                             "investment_planned": m.investment_planned,
                             "investment_completed": m.investment_completed, "evidence": m.evidence,
                             "link_origin": m.link_origin, "link_state": m.link_state,
                             "review_state": m.review_state} for m in mentions]
        data["stage_changes"] = changes
        return _json(data)
    return render(request, "ledger/project.html", {"p": p, "mentions": mentions, "changes": changes,
                                                   "stages": Project.Stage.choices})


@ledger_view
def task(request, pk, fmt=None):
    t = get_object_or_404(request.ledger.scope(Task.objects.select_related("document", "section")), pk=pk)
    if wants_json(request, fmt):
        data = query.task_json(t)
        data["text"] = t.text
        return _json(data)
    return render(request, "ledger/task.html", {"t": t})


# --------------------------------------------------------------------------- indicators and pipeline

@ledger_view
def indicators(request, fmt=None):
    if request.ledger.reads_all:
        qs = indicator_totals()
    else:  # a unit's documents: counted live over its facts
        mine = ledger_access.doc_filter(request.ledger, "facts__document")
        qs = request.ledger.scope(Indicator.objects.all()).annotate(
            n=Count("facts", filter=mine), targets=Count("facts", filter=mine & Q(facts__kind="target")),
            actuals=Count("facts", filter=mine & Q(facts__kind="actual"))).filter(n__gt=0)
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(name__contains=q)
    qs = qs.order_by("-n", "name")
    page = Paginator(qs, _page_size(request)).get_page(request.GET.get("page"))
    if wants_json(request, fmt):
        return _json({"count": page.paginator.count, "page": page.number, "pages": page.paginator.num_pages,
                      "results": [{"id": i.pk, "name": i.name, "synonyms": i.synonyms, "unit": i.unit,
                                   "facts": i.n, "targets": i.targets, "actuals": i.actuals,
                                   "url": f"/indicators/{i.pk}/"} for i in page]})
    return render(request, "ledger/indicators.html", {"page": page, "q": q})


def indicator_totals():
    """Indicators with ``n`` (facts), ``targets`` and ``actuals`` over the whole ledger, from the kept counts
    (``FactCount``: a few rows per indicator, not its facts); those without facts left out."""
    return Indicator.objects.annotate(
        n=Sum("fact_counts__n"), targets=Sum("fact_counts__n", filter=Q(fact_counts__kind="target")),
        actuals=Sum("fact_counts__n", filter=Q(fact_counts__kind="actual"))).filter(n__gt=0)


def indicator_series(ind: Indicator, subject: str = "", measure: str = "", acc=None) -> dict:
    """Targets and actuals over time for one subject, and the latest actual per region (比学赶超).
    With ``acc`` (a LedgerAccess) only the facts of documents the user reads count."""
    facts = Fact.objects.filter(indicator=ind).exclude(review_state=ReviewState.REJECTED).select_related("document")
    if acc is not None:
        facts = acc.scope(facts)
    if not measure:  # the most frequent one: kept counts unless the user reads only some documents
        counts = (FactCount.objects.filter(indicator=ind, n__gt=0).exclude(review_state=ReviewState.REJECTED)
                  .values_list("measure").annotate(n=Sum("n"))
                  if acc is None or acc.reads_all else
                  facts.values_list("measure").annotate(n=Count("id")))
        top = counts.order_by("-n").first()
        measure = top[0] if top else ""
    facts = facts.filter(measure=measure)
    # a reader of the whole ledger: subjects and each one's latest and first actual from the kept rows
    # (``FactSubject``, one per subject), else grouped over the user's facts
    kept = (FactSubject.objects.filter(indicator=ind, measure=measure, n__gt=0)
            if acc is None or acc.reads_all else None)
    if kept is not None:
        subjects = list(kept.order_by("-n", "subject").values_list("subject", "n")[:50])
    else:
        subjects = list(facts.exclude(subject="").order_by().values_list("subject").annotate(n=Count("id"))
                        .order_by("-n", "subject")[:50])
    if not subject and subjects:
        subject = subjects[0][0]
    series: dict[str, dict[str, float]] = {"target": {}, "actual": {}}
    unit = ""
    # the subject's facts as values (a crowded subject has hundreds: their documents' texts are not read)
    for kind, period, value, f_unit, published in facts.filter(subject=subject).order_by(
            "document__published", "id").values_list("kind", "period", "value", "unit", "document__published"):
        x = period or (published[:4] if published else "?")
        unit = unit or f_unit
        series[kind][x] = value
    periods = sorted(set(series["target"]) | set(series["actual"]), key=lambda p: p.lstrip("."))
    # the latest actual per subject: read in the index's order (subject, period, id), so the last row of a subject
    # is its latest; equal values rank in the order their subjects first appear by (period, id), as before
    ranking: dict[str, tuple[str, float, str]] = {}
    first: dict[str, tuple[str, int]] = {}
    actuals = facts.filter(kind="actual").exclude(subject="")
    if kept is not None:
        # the 30 highest latest values and every subject tied with the 30th (the order among equals is Python's)
        latest = kept.filter(last_id__isnull=False)
        cut = list(latest.order_by("-last_value").values_list("last_value", flat=True)[29:30])
        if cut:
            latest = latest.filter(last_value__gte=cut[0])
        for subj, period, value, u, first_period, first_id in latest.values_list(
                "subject", "last_period", "last_value", "last_unit", "first_period", "first_id"):
            ranking[subj] = (period, value, u)
            first[subj] = (first_period, first_id)
    elif connections[actuals.db].vendor == "postgresql":
        # one row per subject from the database (DISTINCT ON, in the index's order backwards and forwards), not
        # every actual of the indicator into Python: the big indicators have tens of thousands
        for subj, period, value, u in actuals.order_by("-subject", "-period", "-id").distinct("subject") \
                .values_list("subject", "period", "value", "unit"):
            ranking[subj] = (period, value, u)
        for subj, period, pk in actuals.order_by("subject", "period", "id").distinct("subject") \
                .values_list("subject", "period", "id"):
            first[subj] = (period, pk)
    else:
        for subj, period, value, u, pk in actuals.order_by("subject", "period", "id") \
                .values_list("subject", "period", "value", "unit", "id"):
            first.setdefault(subj, (period, pk))
            ranking[subj] = (period, value, u)
    ranked = sorted(({"subject": s, "period": p, "value": v, "unit": u} for s, (p, v, u) in ranking.items()),
                    key=lambda r: (-r["value"], first[r["subject"]]))[:30]
    return {"indicator": ind.name, "measure": measure, "subject": subject, "unit": unit,
            "subjects": [s for s, _ in subjects], "periods": periods,
            "target": [series["target"].get(p) for p in periods], "actual": [series["actual"].get(p) for p in periods],
            "ranking": ranked}


def _serially(qs) -> list:
    """The rows of ``qs`` read by one server process (PostgreSQL: no parallel workers, for this query only).

    For an indicator's newest facts the plan walks the documents newest first and stops after the first group of
    equal dates that holds 100 of its facts; split over parallel workers each worker walks its own share of the
    documents to a group's end (at a million facts 12,700 documents probed against 3,700, 38,000 buffers against
    11,000)."""
    from django.db import transaction
    conn = connections[qs.db]
    if conn.vendor != "postgresql":
        return list(qs)
    with transaction.atomic(using=qs.db), conn.cursor() as cur:
        # set for this transaction, and back as it was after the read (a caller's transaction goes on)
        cur.execute("SELECT current_setting('max_parallel_workers_per_gather')")
        was = cur.fetchone()[0]
        cur.execute("SELECT set_config('max_parallel_workers_per_gather', '0', true)")
        try:
            return list(qs)
        finally:
            cur.execute("SELECT set_config('max_parallel_workers_per_gather', %s, true)", [was])


@ledger_view
def indicator(request, pk, fmt=None):
    ind = get_object_or_404(request.ledger.scope(Indicator.objects.all()), pk=pk)
    data = indicator_series(ind, request.GET.get("subject", ""), request.GET.get("measure", ""), acc=request.ledger)
    if wants_json(request, fmt):
        data.update({"id": ind.pk, "synonyms": ind.synonyms})
        return _json(data)
    # the newest documents' facts: their ids first (index-only: the facts' (indicator, document) against the
    # documents' (published, id)), then those 100 rows
    ids = _serially(request.ledger.scope(Fact.objects.filter(indicator=ind))
                    .order_by("-document__published", "-id").values_list("id", flat=True)[:100])
    # what the rows show (ledger_tags.indicator_fact_rows): no JSON column decoded per row
    rows = Fact.objects.filter(pk__in=ids).select_related("document").only(
        "id", "kind", "subject", "period", "value", "unit", "evidence", "document", "document__published")
    order = {pk: i for i, pk in enumerate(ids)}
    facts = sorted(rows, key=lambda f: order[f.pk])
    data["period_labels"] = [labels.period_label(p) or labels.UNSTATED for p in data["periods"]]  # the chart's axis
    return render(request, "ledger/indicator.html", {"ind": ind, "data": data, "chart_json": json.dumps(data),
                                                     "facts": facts})


@ledger_view
def pipeline(request, fmt=None):
    qs = request.ledger.scope(Project.objects.exclude(review_state=ReviewState.REJECTED))
    region = int_param(request, "region")
    if region is not None:
        qs = qs.filter(region_id=region)
    kept = request.ledger.reads_all and region is None
    if kept:  # the whole ledger: the kept totals per (region, stage), not every project read per view
        agg = {}
        for r in ProjectTotal.objects.order_by().values("stage").annotate(
                n=Sum("n"), planned=Sum("planned"), planned_n=Sum("planned_n"), completed=Sum("completed"),
                completed_n=Sum("completed_n")):
            if r["n"]:  # a sum of no values is none, as SUM says
                # (a sum kept by adding and subtracting keeps a residue of 1e-15 where SUM gives 0)
                agg[r["stage"]] = {"n": r["n"], "planned": round(r["planned"], 9) if r["planned_n"] else None,
                                   "completed": round(r["completed"], 9) if r["completed_n"] else None}
    else:
        agg = {r["stage"]: r for r in qs.order_by().values("stage").annotate(
            n=Count("id"), planned=Sum("investment_planned"), completed=Sum("investment_completed"))}
    labels = dict(Project.Stage.choices)
    labels.update({"planned": "新引进", "under_construction": "开工", "completed": "竣工", "operating": "投产"})
    stages = [{"stage": s, "label": labels[s], "count": agg.get(s, {}).get("n", 0),
               "planned": round(agg.get(s, {}).get("planned") or 0, 2),
               "completed": round(agg.get(s, {}).get("completed") or 0, 2)} for s in STAGE_ORDER]
    if wants_json(request, fmt):
        return _json({"stages": stages, "unknown": agg.get("unknown", {}).get("n", 0)})
    flagged = qs.filter(flagged=True).order_by("-id")[:20]
    return render(request, "ledger/pipeline.html", {"stages": stages, "chart_json": json.dumps(stages),
                                                    "unknown": agg.get("unknown", {}).get("n", 0),
                                                    "flagged": flagged,
                                                    "regions": Region.objects.filter(
                                                        pk__in=ProjectTotal.objects.filter(n__gt=0).values("region_id")
                                                        if kept else qs.order_by().values("region_id"))
                                                    .order_by("code")[:200],
                                                    "region": "" if region is None else str(region)})


# --------------------------------------------------------------------------- review

@ledger_view(ability="review")
def review_queue(request, fmt=None):
    doc_id = int_param(request, "document")
    facts = Fact.objects.filter(review_state=ReviewState.UNREVIEWED).select_related("document") \
        .defer("document__text", "document__record").order_by("document_id", "vstart")
    tasks = Task.objects.filter(review_state=ReviewState.UNREVIEWED).select_related("document") \
        .defer("document__text", "document__record").order_by("document_id", "start")
    mentions = ProjectMention.objects.filter(review_state=ReviewState.UNREVIEWED).select_related("document", "project") \
        .defer("document__text", "document__record").order_by("document_id", "start")
    if doc_id is not None:
        facts, tasks, mentions = (x.filter(document_id=doc_id) for x in (facts, tasks, mentions))
    counts = [c for c in review.counts_by_document() if c["total"]]
    if wants_json(request, fmt):
        return _json({"documents": [{k: v for k, v in c.items() if k != "document"} for c in counts],
                      "facts": [query.fact_json(f) for f in facts[:100]],
                      "tasks": [query.task_json(t) for t in tasks[:100]],
                      "mentions": [{"id": m.pk, "project": m.project_id, "mention": m.mention,
                                    "evidence": m.evidence} for m in mentions[:100]]})
    return render(request, "ledger/review.html", {"facts": facts[:50], "tasks": tasks[:30], "mentions": mentions[:30],
                                                  "counts": counts, "document": "" if doc_id is None else doc_id})


@require_POST
@ledger_view(ability="review")
def review_item(request, kind, pk, fmt=None):
    model = review.KINDS.get(kind)
    if model is None:
        raise Http404
    item = get_object_or_404(request.ledger.scope(model.objects.all()), pk=pk)
    action = request.POST.get("action", "")
    try:
        out = review.apply(item, action, request.user, request.POST, note=request.POST.get("note", ""))
    except review.ReviewError as e:
        if wants_json(request, fmt):
            return _json({"error": str(e)}, status=400)
        messages.error(request, f"审核失败：{e}")
    else:
        if wants_json(request, fmt):
            return _json({"id": item.pk, "review_state": item.review_state, "changed": out.changed})
        messages.success(request, f"已{dict(ReviewState.choices)[item.review_state]}")
    nxt = request.POST.get("next", "")
    if nxt.startswith("/") and not nxt.startswith("//"):
        return redirect(nxt)
    return redirect(request.META.get("HTTP_REFERER") or "/review/")


@require_POST
@ledger_view(ability="link")
def link_action(request, pk, fmt=None):
    link = get_object_or_404(request.ledger.scope(FactLink.objects.all()), pk=pk)
    try:
        other = request.POST.get("other")
        if other and (not (other.isascii() and other.isdigit()) or int(other) > MAX_ID):
            raise BadParameter(f"参数 other 须为整数编号：{other[:40]}")
        review.act_on_fact_link(link, request.POST.get("action", ""), request.user,
                                int(other) if other else None)
    except review.ReviewError as e:
        if wants_json(request, fmt):
            return _json({"error": str(e)}, status=400)
        messages.error(request, str(e))
    if wants_json(request, fmt):
        link.refresh_from_db()
        return _json({"id": link.pk, "state": link.state, "origin": link.origin, "other": link.other_id})
    return redirect(f"/facts/{link.target_id}/")


@require_POST
@ledger_view(ability="link")
def mention_action(request, pk, fmt=None):
    m = get_object_or_404(request.ledger.scope(ProjectMention.objects.all()), pk=pk)
    try:
        review.act_on_mention_link(m, request.POST.get("action", ""), request.user, request.POST.get("project", ""))
    except review.ReviewError as e:
        if wants_json(request, fmt):
            return _json({"error": str(e)}, status=400)
        messages.error(request, str(e))
        return redirect(f"/projects/{m.project_id}/")
    if wants_json(request, fmt):
        return _json({"id": m.pk, "project": m.project_id, "link_state": m.link_state})
    return redirect(f"/projects/{m.project_id}/")


@require_POST
@ledger_view(ability="merge")
def indicator_merge(request, pk, fmt=None):
    ind = get_object_or_404(Indicator, pk=pk)
    try:
        review.merge_indicator(ind, request.POST.get("other", ""), request.user)
    except review.ReviewError as e:
        if wants_json(request, fmt):
            return _json({"error": str(e)}, status=400)
        messages.error(request, str(e))
    else:
        if wants_json(request, fmt):
            return _json({"id": ind.pk, "synonyms": ind.synonyms})
        messages.success(request, "已合并")
    return redirect(f"/indicators/{ind.pk}/")


def openapi(request, fmt=None):
    """Public: the API description holds no ledger data."""
    from .api.openapi import document as openapi_document
    return _json(openapi_document())


def health(request):
    return HttpResponse("ok", content_type="text/plain")

