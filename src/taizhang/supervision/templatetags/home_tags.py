"""The home page's item tables written in Python: ``{% load home_tags %}{% item_rows items empty %}``.

The same HTML, character for character, as the loop of ``home/_items.html`` with its per-row include of
``supervision/_warn.html`` wrote through the template engine, whose variable look-ups, filters and include per
row were most of the home page's own time (a unit's home page lists 100 items).
tests/web/test_home_rows.py renders both and compares.
"""
from __future__ import annotations

from django import template
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils.safestring import mark_safe

from taizhang import labels as L
from taizhang.ledger.templatetags.ledger_tags import _e, _Truncator

register = template.Library()

# supervision/_warn.html, as its include writes it (the file's final line break included)
WARN = {"red": '<span class="sv-warn sv-red">红色预警</span>\n',
        "yellow": '<span class="sv-warn sv-yellow">黄色预警</span>\n',
        "blue": '<span class="sv-warn sv-blue">蓝色预警</span>\n'}
NO_WARN = '<span class="sv-warn sv-none">正常</span>\n'
_MARK = 987654321


@register.simple_tag
def item_rows(items, empty: str = "") -> str:
    """The rows of a home page's item table: ``items`` as (item, colour) pairs; ``empty`` the words of an empty
    table (无 when none are given)."""
    cut = _Truncator()
    head, tail = reverse("supervision:item", args=[_MARK]).split(str(_MARK))
    out = []
    for item, colour in items:
        unit = item.lead_unit
        deadline = L.date_label(item.deadline) or "—"
        out.append(
            f'<tr><td>{_e(item.code)}</td><td><a href="{_e(head + str(item.id) + tail)}">{_e(cut(item.title, 60))}'
            f'</a></td>\n<td>{_e(unit if unit else "未指定")}</td><td>{_e(deadline)}</td>'
            f'<td>{floatformat(item.progress, "-1")}%</td>\n<td>{_e(item.get_status_display())}</td>'
            f'<td>{WARN.get(colour, NO_WARN)}</td></tr>\n')
    if not out:
        return mark_safe(f'<tr><td colspan="7" class="muted">{_e(empty or "无")}</td></tr>')
    return mark_safe("".join(out))
