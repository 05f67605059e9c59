"""Every page, as every role, is Chinese: no English code value (``in_progress``, ``growth``, ``each-year``,
``..2025``, ``finding:notice``, ``InspectionRound object (1)``) and no raw ISO date or timestamp in what a person
sees.  The URLs come from the URL conf itself, so a page added later is walked too."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from taizhang import labels
from taizhang.supervision import audit

pytestmark = pytest.mark.django_db

# ---------------------------------------------------------------------------------- what a person sees


class VisibleText(HTMLParser):
    """Text nodes outside script/style, plus the attributes a browser shows (title, placeholder, alt, aria-label)."""

    SHOWN_ATTRS = {"title", "placeholder", "alt", "aria-label"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        self.parts.extend(v for k, v in attrs if k in self.SHOWN_ATTRS and v)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    p = VisibleText()
    p.feed(html)
    return "\n".join(p.parts)


def _enum_values() -> set[str]:
    from django.apps import apps
    values: set[str] = set()
    for app in ("ledger", "supervision"):
        for model in apps.get_app_config(app).get_models():
            for f in model._meta.get_fields():
                for v, _ in getattr(f, "flatchoices", None) or ():
                    if isinstance(v, str) and v.isascii() and len(v) > 1:
                        values.add(v)
    for table in labels.TABLES.values():
        values |= {k for k in table if k.isascii() and len(k) > 2 and k.lower() not in ("pdf",)}
    values |= {k for k in audit.ACTION_LABELS}
    values |= {"each-year", "work_report", "item", "enumeration", "bullet", "chapter"}
    return values


ENUMS = _enum_values() | set(labels.RECURRING)
FILENAME = re.compile(r"[\w.\-]+\.(?:txt|html?|pdf|docx?|xlsx|json|csv)\b")
TOKEN = re.compile(r"(?<![A-Za-z0-9_.])[A-Za-z][A-Za-z0-9_\-]*(?::[A-Za-z_]+)?")
PERIOD_CODE = re.compile(r"(?<![\d.])(?:\.\.\d{4}|\d{4}-(?:H[12]|Q[1-4]|M\d\d)|\d{4}\.\.\d{4}|\.\.\?)")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|\+00:00|\bUTC\b")
DJANGO_DEFAULT = re.compile(r"\w+ object \(\d+\)")
PLURAL_S = re.compile(r"[\u4e00-\u9fff]s\b")


def english_on_page(html: str, allowed: set[str] = frozenset()) -> list[str]:
    text = FILENAME.sub(" ", visible_text(html))
    found = [m.group() for m in DJANGO_DEFAULT.finditer(text)]
    found += [m.group() for m in PLURAL_S.finditer(text)]
    found += [m.group() for m in ISO.finditer(text)]
    found += [m.group() for m in PERIOD_CODE.finditer(text)]
    for m in TOKEN.finditer(text):
        t = m.group()
        if t in allowed:
            continue
        if t in ENUMS or "_" in t or ":" in t or t.lower() == "none":
            found.append(t)
    text_q = re.sub(r"\s", "", text)
    if re.search(r"(?:期间|时期|首次提及|最近提及)[:：]?\?", text_q):
        found.append("?")
    return found


# ---------------------------------------------------------------------------------- every URL of the URL conf


def _patterns(resolver=None, prefix: str = "", ns: str = ""):
    resolver = resolver or get_resolver()
    for p in resolver.url_patterns:
        if isinstance(p, URLResolver):
            if "admin" in str(p.pattern):
                continue  # walked separately below
            yield from _patterns(p, prefix + str(p.pattern), f"{ns}{p.namespace}:" if p.namespace else ns)
        elif isinstance(p, URLPattern):
            yield prefix + str(p.pattern), p, ns


def _pk_for(route: str, w) -> int | None:
    """The object a detail URL shows, by the first path segment before the id."""
    from taizhang.ledger.models import Document, Fact, FactLink, IngestBatch, Indicator, Project, ProjectMention, Task
    from taizhang.supervision.models import ChangeRequest, Evidence
    route = route.lstrip("^")
    seg = re.split(r"[/(<]", route.replace("supervision/", ""), maxsplit=1)[0]
    fact = Fact.objects.filter(kind="target").first()
    table = {
        "documents": lambda: w.docs["r23"].document.pk, "batches": lambda: IngestBatch.objects.first().pk,
        "facts": lambda: fact.pk, "projects": lambda: Project.objects.first().pk, "tasks": lambda: Task.objects.first().pk,
        "indicators": lambda: fact.indicator_id, "links": lambda: FactLink.objects.first().pk,
        "mentions": lambda: ProjectMention.objects.first().pk, "items": lambda: w.item_a.pk,
        "reports": lambda: w.report.pk, "evidence": lambda: Evidence.objects.first().pk,
        "requests": lambda: ChangeRequest.objects.first().pk, "inspections": lambda: w.round.pk,
        "findings": lambda: w.finding.pk, "review": lambda: fact.pk,
    }
    getter = table.get(seg)
    return getter() if getter else None


def concrete_urls(w) -> list[str]:
    """A GET-able URL for every pattern: ids from the fixtures, paperwork as its printable HTML."""
    urls = []
    for route, p, ns in _patterns():
        if "<" not in route and "(?P" not in route and "\\" not in route:
            urls.append("/" + route.lstrip("^").rstrip("$"))
            continue
        url = "/" + route.lstrip("^").rstrip("$")
        url = re.sub(r"\(\?:/\|\(\?P<fmt>[^)]*\)\)", "/", url)  # the ledger's optional .json suffix → the HTML page
        url = re.sub(r"\(\?P<kind>[^)]*\)", "fact", url)
        url = url.replace("<str:kind>", "order").replace("<str:fmt>", "html").replace("<str:action>", "notify")
        if "<int:pk>" in url or "(?P<pk>" in url:
            pk = _pk_for(route, w)
            if pk is None:
                continue  # a page this fixture has no object for yet
            url = re.sub(r"<int:pk>|\(\?P<pk>[^)]*\)", str(pk), url)
        if "<" in url or "(?" in url:
            continue
        urls.append(url.replace("\\", ""))
    return sorted(set(urls))


ROLES = ["superuser", "admin", "supervisor", "leader", "reporter_a", "reporter_b", "viewer_a", "ledger_user"]


def _user(w, role):
    return {"superuser": w.superuser, "ledger_user": w.ledger_user}.get(role) or w.users[role]


def test_the_walk_covers_the_url_conf(site):
    urls = concrete_urls(site)
    for must in ("/", "/supervision/", "/supervision/inspections/", "/supervision/rates/", f"/documents/{site.docs['r23'].document.pk}/",
                 f"/supervision/items/{site.item_a.pk}/", f"/supervision/findings/{site.finding.pk}/", "/targets/"):
        assert must in urls
    assert len(urls) >= 30


@pytest.mark.parametrize("role", ROLES)
def test_every_page_is_chinese(site, role):
    c = Client(raise_request_exception=True)
    c.force_login(_user(site, role))
    allowed = {u.get_username() for u in (*site.users.values(), site.superuser, site.ledger_user)}
    seen, problems = 0, {}
    for url in concrete_urls(site):
        r = c.get(url)
        if r.status_code in (301, 302, 403, 404, 405) or "text/html" not in r.get("Content-Type", ""):
            continue
        assert r.status_code == 200, (url, r.status_code)
        seen += 1
        bad = english_on_page(r.content.decode(), allowed)
        if bad:
            problems[url] = sorted(set(bad))[:10]
    assert seen >= (1 if role == "ledger_user" else 5), f"{role} saw only {seen} pages"
    assert not problems, f"{role}: {problems}"


def test_admin_pages_are_chinese(site):
    """The admin's index and every list: verbose names in Chinese (no 任务s), values in words."""
    from django.contrib import admin
    c = Client(raise_request_exception=True)
    c.force_login(site.superuser)
    urls = ["/admin/"] + [f"/admin/{m._meta.app_label}/{m._meta.model_name}/" for m in admin.site._registry]
    allowed = {u.get_username() for u in (*site.users.values(), site.superuser, site.ledger_user)}
    problems = {}
    for url in urls:
        r = c.get(url)
        assert r.status_code == 200, url
        bad = english_on_page(r.content.decode(), allowed)
        if bad:
            problems[url] = sorted(set(bad))[:10]
    assert not problems, problems


def test_the_checker_catches_what_it_should():
    page = ("<p>状态 in_progress</p><p>度量 growth 期间 each-year 与 ..2025</p><p>2026-12-01T10:35:58+00:00</p>"
            "<p>InspectionRound object (1)</p><p>任务s</p><p title='finding:notice'>x</p>")
    bad = english_on_page(page)
    for word in ("in_progress", "growth", "each-year", "..2025", "InspectionRound object (1)", "务s", "finding:notice"):
        assert any(word in b for b in bad), word
    assert english_on_page("<p>增速 2025年前 每年 2023年上半年 导出 Excel · JSON · r23.txt</p><script>var a_b=1</script>") == []
