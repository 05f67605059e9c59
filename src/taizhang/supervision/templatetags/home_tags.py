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


# --------------------------------------------------------------------------- what waits for a supervisor
#
# home/supervisor.html's lists (reports, change requests, items asking to be closed, findings to verify, proposals),
# each as its loop wrote it; ``empty`` the line of an empty list.

class _Links:
    """An item's and a finding's URL by id, reversed once per page."""

    def __init__(self):
        self.item = reverse("supervision:item", args=[_MARK]).split(str(_MARK))
        self.finding = reverse("supervision:finding", args=[_MARK]).split(str(_MARK))

    @staticmethod
    def of(parts, pk) -> str:
        return _e(parts[0] + str(pk) + parts[1])


def _lines(out: list[str], empty: str) -> str:
    return mark_safe("".join(out) if out else f'<li class="muted">{empty}</li>')


@register.simple_tag
def report_lines(reports) -> str:
    cut, link = _Truncator(), _Links()
    return _lines([
        f'<li><a href="{link.of(link.item, r.item_id)}">{_e(r.item.code)} {_e(cut(r.item.title, 30))}</a>:'
        f'{_e(r.unit)}报送完成率 {floatformat(r.progress, "-1")}%({_e(L.datetime_label(r.submitted_at))})</li>'
        for r in reports], "无")


@register.simple_tag
def request_lines(requests) -> str:
    cut, link = _Truncator(), _Links()
    return _lines([
        f'<li><a href="{link.of(link.item, c.item_id)}">{_e(c.item.code)} {_e(cut(c.item.title, 30))}</a>:'
        f'{_e(c.get_kind_display())}({_e(c.requested_by)},{_e(L.datetime_label(c.requested_at))})</li>'
        for c in requests], "无")


@register.simple_tag
def closing_lines(items) -> str:
    cut, link = _Truncator(), _Links()
    return _lines([
        f'<li><a href="{link.of(link.item, i.id)}">{_e(i.code)} {_e(cut(i.title, 40))}</a>'
        f'({_e(i.lead_unit if i.lead_unit else "未指定")})</li>'
        for i in items], "无")


@register.simple_tag
def finding_lines(findings) -> str:
    cut, link = _Truncator(), _Links()
    return _lines([f'<li><a href="{link.of(link.finding, f.id)}">{_e(cut(f.description, 40))}</a>({_e(f.unit)})</li>'
                   for f in findings], "无")


@register.simple_tag
def proposal_lines(proposals) -> str:
    cut, link = _Truncator(), _Links()
    out = []
    for p in proposals:
        parts = [f'<li><a href="{link.of(link.item, p.item_id)}">{_e(p.item.code)} {_e(cut(p.item.title, 30))}</a>:'
                 f'{_e(p.get_kind_display())}']
        if p.value is not None:
            parts.append(f" {_e(L.number(p.value))}{_e(p.unit)}")
        if p.period:
            parts.append(f"({_e(L.period_label(p.period, 'actual'))})")
        if p.completion is not None:
            parts.append(f",完成度 {floatformat(p.completion, '-1')}%")
        if p.document_title:
            parts.append(f" · 来源:{_e(cut(p.document_title, 24))}")
        out.append("".join(parts) + "</li>")
    return _lines(out, "暂无待确认的建议")
