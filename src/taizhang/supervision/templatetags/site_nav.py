"""The menu every page shows, by role: ``{% load site_nav %}{% nav_links as links %}``.

Supervision pages come first for everyone with a unit or role; the extraction ledger is shown to the roles that
work on it (supervisors, administrators, leaders, and accounts without a unit, who review extractions).
A link whose page does not exist in this installation (its URL name does not resolve) is left out.
"""
from __future__ import annotations

from django import template
from django.urls import NoReverseMatch, reverse

from taizhang.supervision import permissions as perm
from taizhang.supervision.models import Role

register = template.Library()

SUPERVISION = [("supervision:items", "督办事项"), ("supervision:proposals", "进展建议"),
               ("supervision:rounds", "督查整改"), ("supervision:rates", "排名通报")]
MANAGER_ONLY = {"supervision:proposals"}
LEDGER = [("overview", "台账总览"), ("ledger:documents", "文件"), ("ledger:targets", "目标"), ("ledger:actuals", "实绩"),
          ("ledger:projects", "项目"), ("ledger:tasks", "任务"), ("ledger:indicators", "指标"),
          ("ledger:pipeline", "项目进度")]
LEDGER_REVIEW = [("ledger:review", "审核")]


def _url(name: str) -> str | None:
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def links_for(user) -> list[tuple[str, str]]:
    """(href, label) pairs of the menu for this user."""
    role = perm.role_of(user)
    names: list[tuple[str, str]] = [("home", "首页")]
    if role is not None:
        names += [(n, l) for n, l in SUPERVISION if n not in MANAGER_ONLY or role in perm.MANAGE]
    if role in (Role.ADMIN, Role.SUPERVISOR, Role.LEADER, None):
        names += LEDGER
    if role in (Role.ADMIN, Role.SUPERVISOR, None):
        names += LEDGER_REVIEW
    out = [(href, label) for href, label in ((_url(n), l) for n, l in names) if href]
    if getattr(user, "is_staff", False):
        out.append(("/admin/", "系统管理"))
    return out


@register.simple_tag(takes_context=True)
def nav_links(context) -> list[dict]:
    request = context.get("request")
    user = context.get("user") or getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    path = request.path if request is not None else ""
    links = links_for(user)
    # the current page's entry: the longest link that prefixes the path (督查整改 under /supervision/...)
    best = max((h for h, _ in links if h == path or (h != "/" and path.startswith(h))), key=len, default="")
    return [{"href": h, "label": l, "active": h == best} for h, l in links]


@register.simple_tag(takes_context=True)
def role_label(context) -> str:
    user = context.get("user")
    role = perm.role_of(user) if user is not None else None
    return Role(role).label if role else "台账审核"
