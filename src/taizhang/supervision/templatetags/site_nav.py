"""The menu every page shows, by role: ``{% load site_nav %}{% nav_links as links %}``.

Supervision pages come first for everyone with a unit or role; the extraction ledger follows what the ledger's
access policy lets the user read (all of it, or a unit's documents) and 审核 what it lets the user do.
A link whose page does not exist in this installation (its URL name does not resolve) is left out.
"""
from __future__ import annotations

from django import template
from django.urls import NoReverseMatch, reverse

from taizhang.supervision import permissions as perm
from taizhang.supervision.models import Role

register = template.Library()

SUPERVISION = [("supervision:items", "督办事项"), ("supervision:intake", "从台账立项"), ("supervision:proposals", "进展建议"),
               ("supervision:rounds", "督查整改"), ("supervision:rates", "排名通报")]
MANAGER_ONLY = {"supervision:intake", "supervision:proposals"}
# the ledger's URLs take an optional format suffix and do not reverse: their paths, as its templates write them
LEDGER = [("overview", "台账总览"), ("/documents/", "文件"), ("/targets/", "目标"), ("/actuals/", "实绩"),
          ("/projects/", "项目"), ("/tasks/", "任务"), ("/indicators/", "指标"), ("/pipeline/", "项目进度")]
LEDGER_REVIEW = [("/review/", "审核")]


def _url(name: str) -> str | None:
    """A URL name reversed (None when this installation has no such page), or a path as given."""
    if name.startswith("/"):
        return name
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def links_for(user) -> list[tuple[str, str]]:
    """(href, label) pairs of the menu for this user."""
    from taizhang.ledger.access import access_for

    role = perm.role_of(user)
    ledger = access_for(user)
    names: list[tuple[str, str]] = [("home", "首页")]
    if role is not None:
        names += [(n, l) for n, l in SUPERVISION if n not in MANAGER_ONLY or role in perm.MANAGE]
    if ledger.can_read:  # the whole ledger, or (a unit's people) the documents of their units
        names += LEDGER if ledger.reads_all else [n for n in LEDGER if n[0] == "/documents/"]
    if ledger.can("review"):
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

