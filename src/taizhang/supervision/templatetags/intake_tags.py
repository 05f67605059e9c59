"""`{% load intake_tags %}{% item_intake item %}`: an item's goal, its source link and its progress proposals,
shown on the item page without the item view having to know about 立项 or proposals.

`{% intake_button "fact" f.pk %}` (and `{% can_intake as ok %}` … `{% intake_url "section" s.pk %}`): the 「立项」 link
of the ledger's target, task, project and document pages to the 立项 preview of that record, shown only to the
people who may create items (supervisors, administrators); the ledger's views and templates need not know who
that is."""
from django import template
from django.urls import reverse
from django.utils.html import format_html

from .. import intake, permissions as perm, proposals

register = template.Library()

INTAKE_KINDS = ("document", "section", "fact", "task", "project")


@register.simple_tag(takes_context=True)
def can_intake(context) -> bool:
    """Whether the page's user may create items (立项)."""
    request = context.get("request")
    return perm.can_manage(getattr(request, "user", None))


@register.simple_tag
def intake_url(kind: str, pk) -> str:
    """The 立项 preview of one ledger record: /supervision/intake/preview/?key=fact:12."""
    if kind not in INTAKE_KINDS:
        raise ValueError(f"no 立项 from a {kind!r}")
    return f"{reverse('supervision:intake_preview')}?key={kind}:{int(pk)}"


@register.simple_tag(takes_context=True)
def intake_button(context, kind: str, pk, label: str = "立项") -> str:
    """A 「立项」 button to the preview of this record, for those who may create items; nothing for the others."""
    if not can_intake(context):
        return ""
    return format_html('<a class="button intake-link" id="intake-{}" href="{}" title="以此为来源新建督办事项（先预览）">{}</a>',
                       kind, intake_url(kind, pk), label)


@register.inclusion_tag("supervision/_item_intake.html", takes_context=True)
def item_intake(context, item):
    request = context.get("request")
    user = getattr(request, "user", None)
    goal = item.goal or {}
    return {
        "item": item, "request": request, "csrf_token": context.get("csrf_token"),
        "goal_text": intake.requirement_text(goal) if goal.get("indicator") else "",
        "stage_label": proposals.STAGE_LABELS.get(goal.get("stage") or "", ""),
        "source_url": intake.source_url(item),
        "item_proposals": list(item.proposals.select_related("decided_by").order_by("-published", "-id")),
        "can_manage": perm.can_manage(user), "stage_labels": proposals.STAGE_LABELS,
    }


@register.filter
def worked_score(unit_rates) -> str:
    """A ranking row's score written out with its own numbers (rates.worked_score)."""
    from ..rates import worked_score as ws
    return ws(unit_rates) if unit_rates is not None else ""


@register.inclusion_tag("supervision/_rates_formula.html")
def rates_formula():
    """The scoring rules with the worked example (745 set, 689 on schedule → 92.5 %)."""
    from .. import rates
    return {"formula": rates.FORMULA, "example": rates.EXAMPLE,
            "rows": [(rates.RATE_LABELS[k], rates.WEIGHTS.get(k), rates.RATE_DEFINITIONS[k])
                     for k in rates.RATE_DEFINITIONS]}
