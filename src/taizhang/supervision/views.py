"""Pages and JSON of the supervision loop.  Every read starts from permissions.visible_*(user), so an item
outside the user's units is a 404 whatever the URL; every write goes through services (which check again)."""
from __future__ import annotations

import datetime as dt
import json
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import BadRequest, PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from . import colours, excel, paperwork, permissions as perm, ranking_cache, rates, reporting, services, workflow
from .models import AuditEntry, ChangeRequest, Evidence, Finding, Frequency, Item, ProgressReport, Status, \
    Unit
from .warning import COLOUR_LABELS, backward_milestones, expected_progress, missed_report


def member_required(view):
    """Logged in and attached to a unit/role (a bare account sees nothing)."""
    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if perm.role_of(request.user) is None:
            raise PermissionDenied("账号未分配单位和角色")
        return view(request, *args, **kwargs)
    return wrapper


def manager_required(view):
    @member_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not perm.can_manage(request.user):
            raise PermissionDenied("需要督查人员权限")
        return view(request, *args, **kwargs)
    return wrapper


def _today() -> dt.date:
    return timezone.localdate()


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise services.ServiceError(f"日期格式错误: {value}") from None


def _back(request, fallback: str):
    return redirect(request.POST.get("next") or fallback) if (request.POST.get("next") or "").startswith("/") \
        else redirect(fallback)


def _item_or_404(request, pk: int) -> Item:
    return get_object_or_404(perm.visible_items(request.user), pk=pk)


# ---- item lists ---------------------------------------------------------------------------------------------

MAX_ID = 2 ** 63 - 1
ITEM_PAGE_SIZE = 100  # items per page of the list and of items.json (?size= up to MAX_ITEM_PAGE_SIZE)
MAX_ITEM_PAGE_SIZE = 500


def _id_param(request, name: str) -> int | None:
    """An integer id from the query string; anything else is a 400 (SuspiciousOperation would log as an attack)."""
    raw = request.GET.get(name, "")
    if raw == "":
        return None
    if not (raw.isascii() and raw.isdigit()) or int(raw) > MAX_ID:
        raise BadRequest(f"参数 {name} 须为整数编号")
    return int(raw)


def _page(request, rows):
    """One page of ``rows`` (?page=, ?size=): no list answers with everything at once."""
    raw = request.GET.get("size", "")
    size = ITEM_PAGE_SIZE
    if raw:
        if not (raw.isascii() and raw.isdigit()):
            raise BadRequest("参数 size 须为整数")
        size = max(1, min(MAX_ITEM_PAGE_SIZE, int(raw[:6])))
    return Paginator(rows, size).get_page(request.GET.get("page"))


def _page_query(request) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def filtered_queryset(request, prefetch_co_units: bool = True):
    """visible_items narrowed by the query string's database filters (status, kind, unit, q), in list order."""
    qs = perm.visible_items(request.user).select_related("lead_unit").prefetch_related("milestones")
    if prefetch_co_units:
        qs = qs.prefetch_related("co_units")
    g = request.GET
    if g.get("status"):
        qs = qs.filter(status=g["status"])
    if g.get("kind"):
        qs = qs.filter(kind=g["kind"])
    uid = _id_param(request, "unit")
    if uid is not None:
        qs = qs.filter(Q(lead_unit_id=uid) | Q(co_units__id=uid)).distinct()
    if g.get("q"):
        qs = qs.filter(Q(title__icontains=g["q"]) | Q(code__icontains=g["q"]))
    return qs.order_by("position", "id")


def filtered_items(request, prefetch_co_units: bool = True):
    """filtered_queryset with each item's warning colour, narrowed by ?colour= (colours are worked out in Python)."""
    g = request.GET
    today = _today()
    rows = [(i, services.colour_of(i, today)) for i in filtered_queryset(request, prefetch_co_units)]
    if g.get("colour") == "late":  # the monthly dispatch list: red and yellow
        rows = [(i, c) for i, c in rows if c in ("red", "yellow")]
    elif g.get("colour"):
        rows = [(i, c) for i, c in rows if (c or "none") == g["colour"]]
    return rows


def item_json(item: Item, colour: str, co_units: list[str] | None = None) -> dict:
    return {"id": item.id, "code": item.code, "title": item.title, "kind": item.kind, "status": item.status,
            "status_label": item.get_status_display(), "lead_unit": item.lead_unit.name if item.lead_unit else None,
            "co_units": co_units if co_units is not None else [u.name for u in item.co_units.all()],
            "responsible_leader": item.responsible_leader,
            "deadline": item.deadline.isoformat() if item.deadline else None, "progress": item.progress,
            "warning": colour or None, "parent_id": item.parent_id, "version": item.version,
            "source": item.source_text, "source_ref": (f"{item.source_type.app_label}.{item.source_type.model}#"
                                                        f"{item.source_id}" if item.source_type_id else None),
            "url": reverse("supervision:item", args=[item.id])}


def _coloured(request):
    """The listed items (filtered_queryset, ?colour=) with their warning colour worked out by the database, so the
    counts, the per-unit overview and the page are queries, not a pass over every item in Python."""
    listed = colours.with_colour(colours.only(filtered_queryset(request, prefetch_co_units=False)), _today())
    return colours.by_colour(listed, request.GET.get("colour")).order_by("position", "id")


@member_required
@require_GET
def item_list(request):
    listed = _coloured(request)
    if perm.reads_all(request.user):  # with the leader's per-unit overview, from the same grouped query
        counts, by_unit = colours.counts_by_unit(listed)
    else:
        counts, by_unit = colours.colour_counts(listed), []
    page = _page(request, listed.select_related("lead_unit"))
    rows = [(i, i.colour) for i in page.object_list]
    late_reports = _late_reports([i for i, _ in rows])
    return render(request, "supervision/item_list.html", {
        "by_unit": by_unit,
        "rows": rows, "page": page, "query_string": _page_query(request), "total": counts["total"],
        "counts": {c: counts[c] for c in colours.COLOURS}, "statuses": Status.choices, "kinds": Item.Kind.choices,
        "units": Unit.objects.all() if perm.reads_all(request.user) else Unit.objects.none(),
        "colour_labels": COLOUR_LABELS, "query": request.GET.urlencode(), "role": perm.role_of(request.user),
        "late_reports": late_reports})


def _late_reports(items: list[Item]) -> set[int]:
    """Ids of the items (of one page) whose report day of this period (每月25日前) passed without a report."""
    cyc = [i for i in items if i.report_day]
    if not cyc:
        return set()
    dates: dict[int, list] = {}
    for item_id, at in ProgressReport.objects.filter(item__in=cyc).values_list("item_id", "submitted_at"):
        dates.setdefault(item_id, []).append(timezone.localtime(at).date())
    today = _today()
    closed = (Status.CLOSED, Status.SUSPENDED, Status.DRAFT)
    return {i.id for i in cyc if missed_report(i.report_day, i.frequency, dates.get(i.id, ()), today,
                                               since=timezone.localtime(i.assigned_at).date() if i.assigned_at
                                               else None, closed=i.status in closed)}


@member_required
@require_GET
def item_list_json(request):
    page = _page(request, _coloured(request).select_related("lead_unit", "source_type"))  # the database pages
    items = [(i, i.colour) for i in page.object_list]
    co = {}  # co-units of this page's items only
    for item_id, name in Item.co_units.through.objects.filter(item_id__in=[i.id for i, _ in items]) \
            .order_by("unit__order", "unit_id").values_list("item_id", "unit__name"):
        co.setdefault(item_id, []).append(name)
    out = []
    for i, c in items:
        row = item_json(i, c, co_units=co.get(i.id, []))
        out.append(row)
    return JsonResponse({"count": page.paginator.count, "page": page.number, "pages": page.paginator.num_pages,
                         "size": page.paginator.per_page, "items": out},
                        json_dumps_params={"ensure_ascii": False})


# ---- one item ----------------------------------------------------------------------------------------------

def _history(item: Item):
    return AuditEntry.objects.filter(item=item).select_related("actor", "content_type").order_by("at", "id")


def history_rows(entries) -> list[dict]:
    """Audit entries as readable lines (action, object, 字段: before → after), all in words: see audit.describe."""
    from .audit import history_rows as described
    return described(entries)


def _reports(request, item: Item):
    return item.reports.select_related("unit", "author", "reviewed_by").prefetch_related("evidence")


@member_required
@require_GET
def item_detail(request, pk: int):
    item = _item_or_404(request, pk)
    today = _today()
    colour = services.colour_of(item, today)
    ms = [(m.due, m.expected_progress) for m in item.milestones.all()]
    user = request.user
    return render(request, "supervision/item_detail.html", {
        "item": item, "colour": colour, "colour_label": COLOUR_LABELS[colour],
        "report_missed": services.report_missed(item, today),
        "expected": expected_progress(ms, today), "reports": _reports(request, item),
        "history": history_rows(_history(item)),
        "transitions": workflow.allowed(item.status, perm.role_of(user), perm.is_lead_reporter(user, item)),
        "can_manage": perm.can_manage(user), "can_report": perm.can_report(user, item)
        and item.status in workflow.REPORTABLE, "is_lead": perm.is_lead_reporter(user, item),
        "children": perm.visible_items(user).filter(parent=item), "requests": item.change_requests.all(),
        "reminders": item.reminders.all()[:10], "findings": perm.visible_findings(user).filter(item=item),
        "units": Unit.objects.all(), "frequencies": Frequency.choices, "kinds": Item.Kind.choices,
        "milestones_text": excel.format_milestones((m.due, m.expected_progress, m.description)
                                                   for m in item.milestones.all()),
        "co_unit_ids": set(item.co_units.values_list("id", flat=True)), "today": today})


@member_required
@require_GET
def item_detail_json(request, pk: int):
    item = _item_or_404(request, pk)
    data = item_json(item, services.colour_of(item))
    data["milestones"] = [{"due": m.due.isoformat(), "expected_progress": m.expected_progress,
                           "description": m.description} for m in item.milestones.all()]
    data["reports"] = [{"id": r.id, "unit": r.unit.name, "author": r.author.get_username(), "progress": r.progress,
                        "text": r.text, "state": r.state, "submitted_at": r.submitted_at.isoformat(),
                        "evidence": [e.original_name for e in r.evidence.all()]} for r in _reports(request, item)]
    data["history"] = [{"at": h.at.isoformat(), "actor": h.actor.get_username() if h.actor else None,
                        "action": h.action, "object": f"{h.content_type.model}#{h.object_id}", "note": h.note,
                        "before": h.before, "after": h.after} for h in _history(item)]
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@manager_required
@require_POST
def item_edit(request, pk: int):
    item = _item_or_404(request, pk)
    p = request.POST
    try:
        # only the fields the form sent are changed, so a partial form cannot wipe the others
        parsers = {
            "title": lambda v: v.strip() or item.title, "requirement": str, "responsible_leader": str,
            "deadline": _date, "source_text": str, "remarks": str, "weight": lambda v: float(v or 1),
            "frequency": lambda v: v if v in Frequency.values else item.frequency,
            "kind": lambda v: v if v in Item.Kind.values else item.kind,
            "lead_unit_id": lambda v: int(v) if v.isdigit() else None,
            "parent_id": lambda v: Item.objects.get(code=v.strip()).id if v.strip() else None,
        }
        form_names = {"lead_unit_id": "lead_unit", "parent_id": "parent"}
        fields = {k: f(p[form_names.get(k, k)]) for k, f in parsers.items() if form_names.get(k, k) in p}
        milestones = None
        if p.get("milestones", "").strip() == "倒排":   # plan backwards from the deadline
            deadline = fields.get("deadline") or item.deadline
            if deadline is None:
                raise services.ServiceError("倒排节点须先设定完成时限")
            milestones = backward_milestones(_today(), deadline, fields.get("frequency") or item.frequency)
        elif "milestones" in p:
            milestones = excel.parse_milestones(p["milestones"])
        co = [int(x) for x in p.getlist("co_units") if x.isdigit()] if "co_units" in p or "lead_unit" in p else None
        version = int(p["version"]) if p.get("version", "").isdigit() else None
        services.update_assignment(request.user, item.id, version, fields, co, milestones, note=p.get("note", ""))
        messages.success(request, "已保存")
    except services.Conflict as e:
        return render(request, "supervision/conflict.html", {"item": item, "message": str(e)}, status=409)
    except (services.ServiceError, ValueError, Item.DoesNotExist) as e:
        messages.error(request, f"保存失败: {e}")
    return redirect("supervision:item", pk=item.id)



def _act(request, call, success: str, to: str, pk: int):
    """Run one service action for a POST: flash its success or its refusal, then go back to the page."""
    try:
        call()
        messages.success(request, success)
    except services.ServiceError as e:
        messages.error(request, str(e))
    return redirect(to, pk=pk)


@member_required
@require_POST
def item_transition(request, pk: int):
    item = _item_or_404(request, pk)
    return _act(request, lambda: services.transition(request.user, item.id, request.POST.get("target", ""),
                                                     request.POST.get("reason", "")),
                "状态已更新", "supervision:item", item.id)


@member_required
def report_create(request, pk: int):
    item = _item_or_404(request, pk)
    if not perm.can_report(request.user, item):
        raise PermissionDenied("只有牵头或配合单位的联络员可以报送")
    if request.method == "POST":
        p = request.POST
        try:
            services.submit_report(request.user, item.id, float(p.get("progress") or -1), p.get("text", ""),
                                   p.get("problems", ""), p.get("next_steps", ""), request.FILES.getlist("evidence"))
            messages.success(request, "进展已报送,等待督查室审核")
            return redirect("supervision:item", pk=item.id)
        except (services.ServiceError, ValueError) as e:
            messages.error(request, str(e))
            status = 400
    else:
        status = 200
    return render(request, "supervision/report_form.html", {
        "item": item, "types": "、".join(sorted(services.EVIDENCE_TYPES)), "post": request.POST,
        "max_mb": services.MAX_EVIDENCE_BYTES // 1024 // 1024, "max_files": services.MAX_EVIDENCE_FILES},
        status=status)


@manager_required
@require_POST
def report_review(request, pk: int):
    report = get_object_or_404(perm.visible_reports(request.user), pk=pk)
    return _act(request, lambda: services.review_report(request.user, report.id,
                                                        request.POST.get("decision") == "accept",
                                                        request.POST.get("reason", "")),
                "已审核", "supervision:item", report.item_id)


@member_required
@require_GET
def evidence_download(request, pk: int):
    ev = get_object_or_404(Evidence.objects.filter(report__in=perm.visible_reports(request.user)), pk=pk)
    return FileResponse(ev.file.open("rb"), as_attachment=True, filename=ev.original_name)


@member_required
@require_POST
def change_request(request, pk: int):
    item = _item_or_404(request, pk)
    p = request.POST
    return _act(request, lambda: services.request_change(request.user, item.id, p.get("kind", ""), p.get("reason", ""),
                                                         _date(p.get("new_deadline")), p.get("new_requirement", "")),
                "申请已提交", "supervision:item", item.id)


@manager_required
@require_POST
def change_decide(request, pk: int):
    cr = get_object_or_404(ChangeRequest.objects.filter(item__in=perm.visible_items(request.user)), pk=pk)
    return _act(request, lambda: services.decide_change(request.user, cr.id,
                                                        request.POST.get("decision") == "approve",
                                                        request.POST.get("note", "")),
                "已处理", "supervision:item", cr.item_id)


@manager_required
@require_POST
def remind_now(request):
    run = services.issue_reminders(_today(), request.user)
    messages.success(request, f"已生成催办 {len(run.created)} 条(今日已催办跳过 {run.skipped} 条)")
    return redirect("supervision:items")


def _paper_response(paper: paperwork.Paper, fmt: str):
    if fmt == "docx":
        resp = HttpResponse(paperwork.to_docx(paper),
                            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        from urllib.parse import quote
        resp["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(paper.filename)}"
        return resp
    return HttpResponse(paperwork.to_html(paper))


@member_required
@require_GET
def item_paper(request, pk: int, kind: str, fmt: str):
    item = _item_or_404(request, pk)
    today = _today()
    if kind == "order":
        paper = paperwork.supervision_order(item, today)
    elif kind == "reminder":
        paper = paperwork.reminder_order(item, today, services.colour_of(item, today))
    else:
        raise Http404
    return _paper_response(paper, fmt)


# ---- inspection loop ---------------------------------------------------------------------------------------

@member_required
def round_list(request):
    if request.method == "POST":
        if not perm.can_manage(request.user):
            raise PermissionDenied
        p = request.POST
        try:
            r = services.create_round(request.user, p.get("name", "").strip() or "督查", p.get("team", ""),
                                      _date(p.get("start")) or _today(), _date(p.get("end")) or _today(),
                                      [int(x) for x in p.getlist("scope_units") if x.isdigit()])
            return redirect("supervision:round", pk=r.id)
        except services.ServiceError as e:
            messages.error(request, str(e))
    page = _page(request, perm.visible_findings(request.user).order_by("due", "id"))  # findings pile up: paged
    return render(request, "supervision/round_list.html", {
        "rounds": perm.visible_rounds(request.user).prefetch_related("scope_units"),
        "findings": page.object_list, "page": page, "query_string": _page_query(request),
        "can_manage": perm.can_manage(request.user),
        "units": Unit.objects.all()})


@member_required
@require_GET
def round_list_json(request):
    page = _page(request, perm.visible_rounds(request.user).prefetch_related("scope_units").order_by("-start", "-id"))
    rounds = page.object_list
    return JsonResponse({"count": page.paginator.count, "page": page.number, "pages": page.paginator.num_pages,
                         "rounds": [
        {"id": r.id, "name": r.name, "team": r.team, "start": r.start.isoformat(), "end": r.end.isoformat(),
         "scope_units": [u.name for u in r.scope_units.all()], "url": reverse("supervision:round", args=[r.id])}
        for r in rounds]}, json_dumps_params={"ensure_ascii": False})


def finding_json(f: Finding) -> dict:
    return {"id": f.id, "round": f.round.name, "unit": f.unit.name, "item": f.item.code if f.item else None,
            "description": f.description, "severity": f.severity, "due": f.due.isoformat(), "state": f.state,
            "rectification": f.rectification, "verification": f.verification,
            "url": reverse("supervision:finding", args=[f.id])}


@member_required
@require_GET
def finding_list_json(request):
    page = _page(request, perm.visible_findings(request.user).order_by("due", "id"))
    return JsonResponse({"count": page.paginator.count, "page": page.number, "pages": page.paginator.num_pages,
                         "findings": [finding_json(f) for f in page.object_list]},
                        json_dumps_params={"ensure_ascii": False})


@member_required
def round_detail(request, pk: int):
    rnd = get_object_or_404(perm.visible_rounds(request.user), pk=pk)
    if request.method == "POST":
        if not perm.can_manage(request.user):
            raise PermissionDenied
        p = request.POST
        try:
            item_id = None
            if p.get("item_code", "").strip():
                item_id = perm.visible_items(request.user).get(code=p["item_code"].strip()).id
            services.add_finding(request.user, rnd.id, int(p.get("unit") or 0), p.get("description", ""),
                                 p.get("severity") or Finding.Severity.MINOR, _date(p.get("due")) or _today(), item_id)
            messages.success(request, "问题已登记")
            return redirect("supervision:round", pk=rnd.id)
        except (services.ServiceError, Item.DoesNotExist, Unit.DoesNotExist, ValueError) as e:
            messages.error(request, f"登记失败: {e}")
    return render(request, "supervision/round_detail.html", {
        "round": rnd, "findings": perm.visible_findings(request.user).filter(round=rnd),
        "can_manage": perm.can_manage(request.user), "units": rnd.scope_units.all() or Unit.objects.all(),
        "severities": Finding.Severity.choices})


@member_required
@require_GET
def finding_detail(request, pk: int):
    f = get_object_or_404(perm.visible_findings(request.user), pk=pk)
    history = history_rows(AuditEntry.objects.filter(content_type__model="finding", object_id=str(f.id))
                           .select_related("actor", "content_type").order_by("at", "id"))
    return render(request, "supervision/finding_detail.html", {
        "f": f, "history": history, "can_manage": perm.can_manage(request.user),
        "can_rectify": perm.can_rectify(request.user, f)})


@member_required
@require_POST
def finding_action(request, pk: int, action: str):
    f = get_object_or_404(perm.visible_findings(request.user), pk=pk)
    p = request.POST
    calls = {
        "rectify": lambda: services.rectify_finding(request.user, f.id, p.get("text", "")),
        "verify": lambda: services.verify_finding(request.user, f.id, p.get("decision") == "pass", p.get("note", "")),
        "notify": lambda: services.notify_finding(request.user, f.id),
    }
    if action not in calls:
        raise Http404
    return _act(request, calls[action], "已提交", "supervision:finding", f.id)


@member_required
@require_GET
def rectification_paper(request, pk: int, fmt: str):
    """整改通知 for the finding's unit: all its open findings in the same round."""
    f = get_object_or_404(perm.visible_findings(request.user), pk=pk)
    fs = list(perm.visible_findings(request.user).filter(round=f.round, unit=f.unit)
              .exclude(state=Finding.State.CLOSED))
    return _paper_response(paperwork.rectification_notice(fs or [f], _today()), fmt)


# ---- rates, rankings, notices ------------------------------------------------------------------------------

def _month(request) -> tuple[int, int]:
    today = _today()
    try:
        y, m = (int(x) for x in request.GET.get("month", "").split("-"))
        dt.date(y, m, 1)
        return y, m
    except (ValueError, OverflowError):
        return today.year, today.month


def _dispatch(visible, as_of: dt.date) -> list:
    """reporting.dispatch_items, with the colours worked out by the database: model objects are made for the red
    and yellow items only (a second a view for 2,000 items when every item was coloured in Python)."""
    qs = colours.with_colour(colours.only(visible), as_of).filter(colour__in=("red", "yellow"))
    return rates.dispatch_list((i, i.colour) for i in qs.select_related("lead_unit").prefetch_related("milestones"))


def _rates_context(request) -> dict:
    y, m = _month(request)
    by = "region" if request.GET.get("by") == "region" else "unit"
    table = ranking_cache.monthly_ranking(y, m, by, _today())  # the same table, computed once per data change
    q = (min(table.as_of.month, 12) - 1) // 3 + 1
    visible = perm.visible_items(request.user)
    if perm.reads_all(request.user):
        rows = list(table.rows)
    else:  # like the 通报: a unit's people see their own unit (and the units under it), not the others' scores
        unit = getattr(perm.membership(request.user), "unit", None)
        mine = unit.descendant_ids() if unit is not None else set()
        rows = [r for r in table.rows if r.unit_id in mine]
    return {"table": table, "rows": rows, "by": by, "month": f"{y}-{m:02d}", "formula": rates.FORMULA,
            "weights": rates.WEIGHTS,
            "dispatch": _dispatch(visible, table.as_of), "quarter": q,
            "review": reporting.review_projects(visible, y, q), "colour_labels": COLOUR_LABELS,
            "can_publish": perm.reads_all(request.user)}


@member_required
@require_GET
def rates_page(request):
    ctx = _rates_context(request)
    rows = ctx["rows"]
    ctx["named_rows"] = [(r, ctx["table"].name(r.unit_id)) for r in rows]
    ctx["chart"] = json.dumps({"names": [ctx["table"].name(r.unit_id) for r in rows],
                               "scores": [r.score for r in rows]}, ensure_ascii=False)
    return render(request, "supervision/rates.html", ctx)


@member_required
@require_GET
def rates_json(request):
    ctx = _rates_context(request)
    t = ctx["table"]
    return JsonResponse({
        "month": ctx["month"], "as_of": t.as_of.isoformat(), "by": ctx["by"], "formula": rates.FORMULA,
        "ranking": [{"rank": r.rank, "unit": t.name(r.unit_id), "score": r.score, "top_tier": r.top_tier,
                     "movement": r.movement,
                     "inputs": {k: {"numerator": getattr(r.rates, k).numerator,
                                    "denominator": getattr(r.rates, k).denominator} for k in rates.RATE_LABELS}}
                    for r in ctx["rows"]],
        "dispatch": [item_json(i, c) for i, c in ctx["dispatch"]],
    }, json_dumps_params={"ensure_ascii": False})


@member_required
@require_GET
def notice_paper(request, fmt: str):
    if not perm.reads_all(request.user):
        raise PermissionDenied("通报由督查室印发")
    ctx = _rates_context(request)
    return _paper_response(paperwork.monthly_notice(ctx["table"], ctx["dispatch"], _today()), fmt)


# ---- Excel -------------------------------------------------------------------------------------------------

@member_required
@require_GET
def excel_export(request):
    ids = list(_coloured(request).values_list("id", flat=True))
    data = excel.export_ledger(Item.objects.filter(id__in=ids))
    resp = HttpResponse(data, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    resp["Content-Disposition"] = f"attachment; filename=taizhang-{_today():%Y%m%d}.xlsx"
    return resp

