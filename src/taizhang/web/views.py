"""The site's own pages: the home page each role lands on, and the 404/500 pages.

The home page lives here, above both apps, because it is where the ledger and the supervision loop meet:
a supervisor lands on the day's work (warnings, overdue items, reviews and proposals waiting for a decision,
the ranking), a leader on the overview by unit, a unit's liaison or viewer on 本单位事项, and an account not
yet given a unit and role on a page that says so.
"""
from __future__ import annotations

from django.apps import apps
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone

from taizhang.supervision import colours, permissions as perm, ranking_cache, workflow
from taizhang.supervision.models import ChangeRequest, Finding, Item, ProgressReport, Role, Status
from taizhang.supervision.warning import COLOUR_LABELS

LIST_LIMIT = 15
UNIT_ITEMS_LIMIT = 100  # a unit's own items listed on its home page; the rest are paged on 督办事项
OPEN_FINDING_STATES = (Finding.State.OPEN, Finding.State.NOTIFIED, Finding.State.REOPENED)


def _proposal_model():
    """Progress proposals read from later documents (supervision.Proposal), when the app has them."""
    try:
        return apps.get_model("supervision", "Proposal")
    except LookupError:
        return None


def _visible(user):
    """The items the user may read, as a plain filter (no DISTINCT), so counts and groupings run in the database."""
    if perm.reads_all(user):
        return Item.objects.all()
    return Item.objects.filter(id__in=perm.visible_items(user).values("id"))


# The item columns the home page's lists show or decide by (home/_items.html, the liaison's moves): of an item's 38
# columns, the rest (its texts, its JSON `extra`) would be compiled into each query and read and decoded per row.
LISTED_FIELDS = ("code", "title", "lead_unit__name", "deadline", "progress", "status", "position")
ITEM_FIELDS = ("item__code", "item__title")  # how a report, request or proposal names its item
REPORT_FIELDS = (*ITEM_FIELDS, "unit__name", "progress", "submitted_at", "state")
PROPOSAL_FIELDS = ("kind", "value", "unit", "period", "completion", "document_title", "state")


def _listed(qs, limit: int = LIST_LIMIT) -> list:
    """(item, colour) for the first `limit` items of a colour-annotated queryset, in the ledger's order."""
    return [(i, i.colour) for i in
            qs.select_related("lead_unit").only(*LISTED_FIELDS).order_by("position", "id")[:limit]]


def _ranking(today, limit: int = 10):
    table = ranking_cache.monthly_ranking(today.year, today.month, "unit", today)  # computed once per data change
    return table, [(r, table.name(r.unit_id)) for r in table.rows[:limit]]


def _supervisor_context(user, today, items) -> dict:
    Proposal = _proposal_model()
    proposals = Proposal.objects.none() if Proposal is None else (
        Proposal.objects.filter(state="pending", item__in=perm.visible_items(user).values("id"))
        .select_related("item").only(*ITEM_FIELDS, *PROPOSAL_FIELDS))
    table, ranking = _ranking(today)
    from taizhang.ledger.query import unreviewed_total
    unreviewed = unreviewed_total()
    return {
        "overdue": _listed(items.filter(colour="red")),
        "behind": _listed(items.filter(colour__in=("yellow", "blue"))),
        "reports": perm.visible_reports(user).filter(state=ProgressReport.State.SUBMITTED)
        .select_related("item", "unit").only(*REPORT_FIELDS)[:LIST_LIMIT],
        "requests": ChangeRequest.objects.filter(state=ChangeRequest.State.PENDING,
                                                 item__in=perm.visible_items(user).values("id"))
        .select_related("item", "requested_by")
        .only(*ITEM_FIELDS, "requested_by__username", "kind", "requested_at", "state")[:LIST_LIMIT],
        "to_close": [i for i, _ in _listed(items.filter(status=Status.COMPLETION_REQUESTED))],
        "to_verify": perm.visible_findings(user).filter(state=Finding.State.RECTIFIED)[:LIST_LIMIT],
        "proposals": proposals[:LIST_LIMIT], "proposal_count": proposals.count(),
        "has_proposals": Proposal is not None,
        "table": table, "ranking": ranking, "unreviewed": unreviewed,
    }


def _todo_filter(uid) -> Q:
    """Items a liaison has something to do on: reportable, a transition its unit may make, or a warning."""
    def statuses(lead: bool) -> list[str]:
        return [s for s in Status.values if s in workflow.REPORTABLE or workflow.allowed(s, Role.LIAISON, lead)]
    lead = Q(lead_unit_id=uid)
    return (lead & Q(status__in=statuses(True))) | (~lead & Q(status__in=statuses(False))) | ~Q(colour="")


def _unit_context(user, today, items) -> dict:
    is_liaison = perm.role_of(user) == Role.LIAISON
    uid = perm.unit_id_of(user)
    todo = []
    if is_liaison:
        for i, c in _listed(items.filter(_todo_filter(uid))):
            todo.append((i, c, workflow.allowed(i.status, Role.LIAISON, i.lead_unit_id == uid),
                         i.status in workflow.REPORTABLE))
    return {
        "todo": todo, "is_liaison": is_liaison, "rows": _listed(items, UNIT_ITEMS_LIMIT),
        "findings": perm.visible_findings(user).filter(state__in=OPEN_FINDING_STATES),
        "returned": perm.visible_reports(user).filter(state=ProgressReport.State.RETURNED, unit_id=uid)
        .select_related("item").only(*ITEM_FIELDS, "return_reason", "state", "unit")[:LIST_LIMIT],
    }


@login_required
def home(request):
    role = perm.role_of(request.user)
    if role is None:  # an account not yet given a unit and role sees nothing but how to get one
        return render(request, "home/unassigned.html")
    today = timezone.localdate()
    items = colours.with_colour(_visible(request.user), today)  # colours worked out by the database
    by_unit = None
    if role == Role.LEADER:  # the colour counts and the per-unit overview from one grouped query
        counts, by_unit = colours.counts_by_unit(items)
    else:
        counts = colours.colour_counts(items)
    ctx = {"role": role, "role_label": Role(role).label, "counts": counts, "today": today,
           "colour_labels": COLOUR_LABELS, "closed": counts["closed"],
           "unit": getattr(perm.membership(request.user), "unit", None)}
    if role in (Role.ADMIN, Role.SUPERVISOR):
        ctx.update(_supervisor_context(request.user, today, items))
        template = "home/supervisor.html"
    elif role == Role.LEADER:
        table, ranking = _ranking(today)
        ctx.update({"table": table, "ranking": ranking, "overdue": _listed(items.filter(colour="red")),
                    "by_unit": by_unit})
        template = "home/leader.html"
    else:
        ctx.update(_unit_context(request.user, today, items))
        template = "home/unit.html"
    return render(request, template, ctx)


def page_not_found(request, exception=None):
    return render(request, "404.html", {"reason": _reason(exception)}, status=404)


def server_error(request):
    """Rendered without the request's context: whatever failed (the database, a session) must not fail again here."""
    from django.http import HttpResponseServerError
    from django.template import loader
    return HttpResponseServerError(loader.get_template("500.html").render())


def permission_denied(request, exception=None):
    return render(request, "403.html", {"reason": _reason(exception)}, status=403)


def csrf_failure(request, reason: str = ""):
    """A form sent without its security token (an old tab, cookies off): say so in words, not Django's English."""
    from django.http import HttpResponseForbidden
    from django.template import loader
    return HttpResponseForbidden(loader.get_template("403_csrf.html").render())


def bad_request(request, exception=None):
    from django.http import HttpResponseBadRequest
    from django.template import loader
    return HttpResponseBadRequest(loader.get_template("400.html").render())


def _reason(exception) -> str:
    """The message of a PermissionDenied/Http404 raised with Chinese words; Django's own English ones are dropped."""
    text = str(exception or "")
    return text if text and not text.isascii() else ""
