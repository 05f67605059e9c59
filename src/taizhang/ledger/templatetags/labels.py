"""Template filters that put code values into Chinese words: ``{% load labels %}`` then
``{{ f.period|period:f.kind }}``, ``{{ f.measure|label:"measure" }}``, ``{{ h.at|zh_datetime }}``.

All words come from ``taizhang.labels`` so the ledger, the supervision pages and report.html agree.
"""
from django import template

from taizhang import labels as L

register = template.Library()


@register.filter
def label(value, table: str) -> str:
    return L.label(value, table)


@register.filter
def period(value, kind: str = "target") -> str:
    return L.period_label(value, kind or "target")


@register.filter
def cmp_value(fact) -> str:
    """A fact-like object's comparator, value and unit: 不低于6%."""
    return L.comparator_value(getattr(fact, "comparator", "="), getattr(fact, "value", None),
                              getattr(fact, "unit", ""))


@register.filter
def zh_date(value) -> str:
    return L.date_label(value)


@register.filter
def zh_datetime(value, seconds: str = "") -> str:
    return L.datetime_label(value, seconds=bool(seconds))


@register.filter
def num(value) -> str:
    """4.5 → 4.5, 5000.0 → 5000 (as a person writes numbers)."""
    return L.number(value)
