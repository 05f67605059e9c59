"""Template filters for the ledger pages."""
from django import template

register = template.Library()


@register.filter
def num(value) -> str:
    """4.5 → '4.5', 5000.0 → '5000', None → '' (values as a person writes them)."""
    if value is None or value == "":
        return ""
    try:
        return f"{float(value):.6g}" if abs(float(value)) < 1e15 else str(value)
    except (TypeError, ValueError):
        return str(value)


FLAG_LABELS = {"lowered": "目标下调", "deadline_moved": "时限推迟", "not_mentioned": "近期未提及"}


@register.filter
def flag_label(flag: str) -> str:
    return FLAG_LABELS.get(flag, flag)


@register.filter
def can(access, ability: str) -> bool:
    """``{% if request.ledger|can:"review" %}``: whether the ledger's access policy grants the reader an ability,
    so a page offers only the links and forms its reader may use."""
    return bool(access is not None and hasattr(access, "can") and access.can(ability))
