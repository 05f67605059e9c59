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
