"""Pages of 立项 from the ledger (choose → preview → confirm) and of progress proposals (accept / reject).

Writes go through intake.create and proposals.decide, which check permissions again."""
from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from taizhang import labels
from taizhang.ledger.models import Document, Fact, Project, ReviewState

from . import intake, permissions as perm, proposals
from .models import Proposal, Unit
from .views import manager_required, member_required


def _keys(data) -> list[str]:
    keys = [k for k in data.getlist("key") if k]
    return [f"{kind}:{pk}" for kind, pk in intake.parse_selection(keys)]


@manager_required
@require_GET
def intake_start(request):
    """Pick a document, then its sections (一、 chapters and 1. items), or the whole document."""
    docs = Document.objects.defer("text", "record").annotate(
        targets=Count("facts", filter=Q(facts__kind=Fact.Kind.TARGET)), n_sections=Count("sections", distinct=True)) \
        .order_by("-published", "-id")
    doc = None
    ctx: dict = {}
    raw = request.GET.get("document", "")
    if raw:
        if not (raw.isascii() and raw.isdigit()) or len(raw) > 18:
            raise Http404("没有这份文件")
        doc = get_object_or_404(Document.objects.defer("record"), pk=int(raw))
        live = ~Q(review_state=ReviewState.REJECTED)
        ctx = {"sections": list(doc.sections.order_by("order")),
               "targets": [(f, labels.period_label(f.period) or labels.UNSTATED) for f in
                           doc.facts.filter(live, kind=Fact.Kind.TARGET).order_by("vstart")[:500]],
               "tasks": list(doc.tasks.filter(live).order_by("start")[:500]),
               "projects": list(Project.objects.filter(mentions__document=doc).distinct().order_by("name")[:200])}
    return render(request, "supervision/intake_start.html", {"docs": docs, "doc": doc, **ctx})


@manager_required
@require_GET
def intake_preview(request):
    keys = _keys(request.GET)
    if not keys:
        messages.error(request, "请先选择要立项的章节、目标、任务或项目")
        return redirect("supervision:intake")
    try:
        cands = intake.plan(keys)
    except ObjectDoesNotExist:
        raise Http404("所选记录不存在") from None
    return render(request, "supervision/intake_preview.html", {
        "keys": keys, "cands": cands, "units": Unit.objects.all(),
        "new": sum(1 for c in cands if c.existing is None),
        "unassigned": sum(1 for c in cands if c.existing is None and c.unassigned)})


@manager_required
@require_POST
def intake_confirm(request):
    keys = _keys(request.POST)
    include = set(request.POST.getlist("include"))
    overrides = {k[len("lead:"):]: int(v) for k, v in request.POST.items()
                 if k.startswith("lead:") and v.isascii() and v.isdigit() and len(v) <= 18}
    try:
        res = intake.create(request.user, keys, include=include, lead_overrides=overrides,
                            assign=request.POST.get("assign") == "1")
    except ObjectDoesNotExist:
        raise Http404("所选记录或单位不存在") from None
    made = proposals.propose_for_items(res.created)
    messages.success(request, f"立项成功:新建 {len(res.created)} 项督办事项"
                              + (f",从已入库文件生成进展建议 {len(made)} 条" if made else ""))
    return redirect("supervision:items")


@member_required
@require_GET
def proposal_list(request):
    """Pending proposals first (the supervisor's queue); a unit sees those on its own items."""
    visible = perm.visible_items(request.user)
    qs = Proposal.objects.filter(item__in=visible.values("id")).select_related("item", "item__lead_unit", "decided_by")
    state = request.GET.get("state", "pending")
    if state in Proposal.State.values:
        qs = qs.filter(state=state)
    return render(request, "supervision/proposal_list.html", {
        "proposals": qs.order_by("item__code", "-published", "id")[:500], "state": state,
        "states": Proposal.State.choices, "can_manage": perm.can_manage(request.user),
        "stage_labels": proposals.STAGE_LABELS})


@manager_required
@require_POST
def proposal_decide(request, pk: int):
    p = get_object_or_404(Proposal.objects.filter(item__in=perm.visible_items(request.user).values("id")), pk=pk)
    accept = request.POST.get("decision") == "accept"
    try:
        proposals.decide(request.user, p.pk, accept, request.POST.get("note", ""))
    except proposals.ProposalError as e:
        messages.error(request, str(e))
    except PermissionDenied:
        raise
    else:
        messages.success(request, "已采纳进展建议,完成率已更新" if accept else "已驳回进展建议")
    nxt = request.POST.get("next") or ""
    return redirect(nxt if nxt.startswith("/") and not nxt.startswith("//") else "supervision:proposals")
