"""`{% load intake_tags %}{% item_intake item %}`: an item's goal, its source link and its progress proposals,
shown on the item page without the item view having to know about 立项 or proposals."""
from django import template

from .. import intake, permissions as perm, proposals

register = template.Library()


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
