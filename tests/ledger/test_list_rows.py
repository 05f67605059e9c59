"""The list pages' rows and facet links written in Python (ledger_tags: fact_rows, task_rows, project_rows,
facet_blocks): the same HTML, character for character, as the template loops they replaced."""
from __future__ import annotations

import random

import pytest
from django.template import Context, Template

from taizhang.ledger.models import Document, Fact, Project, ReviewState, Task
from taizhang.ledger.query import Facet

# the loops as the templates wrote them before (list_facts.html, list_tasks.html, list_projects.html, _facets.html)
FACT_LOOP = (
    '{% load labels %}{% load ledger_tags %}{% for f in page %}\n'
    '  <tr data-id="{{ f.pk }}"><td><a href="/facts/{{ f.pk }}/">{{ f.indicator_name|default:"（未命名）" }}</a>'
    '{% for fl in f.flags %} <span class="badge flag">{{ fl|flag_label }}</span>{% endfor %}</td>\n'
    '  <td>{{ f.subject }}</td><td>{{ f.period|period:f.kind }}</td><td class="num">{{ f|cmp_value }}</td>\n'
    '  {% if spec.name == "targets" %}<td class="num latest">{% if f.latest %}{{ f.latest.value|num }}'
    '{{ f.latest.unit }} <span class="muted small">{{ f.latest.period|period:"actual" }}</span>{% endif %}</td>\n'
    '  <td class="num gap">{% if f.latest_gap is not None %}{{ f.latest_gap|num }}{% endif %}</td>{% endif %}\n'
    '  <td class="small">{{ f.evidence|truncatechars:70 }}</td><td class="small"><a href="/documents/'
    '{{ f.document_id }}/#off-{{ f.estart }}">{{ f.document.name|truncatechars:20 }}</a></td>\n'
    '  <td><span class="badge {{ f.review_state }}">{{ f.get_review_state_display }}</span></td></tr>\n'
    '  {% empty %}<tr><td colspan="9" class="muted">没有符合条件的条目。</td></tr>{% endfor %}')
TASK_LOOP = (
    '{% load labels %}{% for t in page %}\n'
    '  <tr data-id="{{ t.pk }}"><td><a href="/tasks/{{ t.pk }}/">{{ t.title|truncatechars:90 }}</a></td>'
    '<td>{{ t.kind|label:"task_kind" }}</td><td>{{ t.deadline|period }}</td>\n'
    '  <td class="small"><a href="/documents/{{ t.document_id }}/#off-{{ t.start }}">'
    '{{ t.document.name|truncatechars:20 }}</a></td>\n'
    '  <td><span class="badge {{ t.review_state }}">{{ t.get_review_state_display }}</span></td></tr>\n'
    '  {% empty %}<tr><td colspan="5" class="muted">没有符合条件的任务。</td></tr>{% endfor %}')
PROJECT_LOOP = (
    '{% load labels %}{% load ledger_tags %}{% for p in page %}\n'
    '  <tr data-id="{{ p.pk }}"><td><a href="/projects/{{ p.pk }}/">{{ p.name }}</a>{% if "not_mentioned" in p.flags %}'
    ' <span class="badge flag">近期未提及</span>{% endif %}</td><td>{{ p.get_stage_display }}</td>\n'
    '  <td class="num">{{ p.investment_planned|num }}</td><td class="num">{{ p.investment_completed|num }}</td>\n'
    '  <td class="num">{{ p.mention_count }}</td><td>{{ p.last_seen|zh_date }}</td><td><span class="badge '
    '{{ p.review_state }}">{{ p.get_review_state_display }}</span></td></tr>\n'
    '  {% empty %}<tr><td colspan="7" class="muted">没有符合条件的项目。</td></tr>{% endfor %}')
FACET_LOOP = (
    '{% load labels %}{% for facet, rows in facets %}\n'
    '  <h3>{{ facet.label }}</h3>\n'
    '  <ul data-facet="{{ facet.param }}">\n'
    '    {% for r in rows %}\n'
    '    <li class="{% if r.selected %}sel{% endif %}"><a href="{{ r.href }}">{% if facet.param == "period" %}'
    '{{ r.label|period|default:r.label }}{% else %}{{ r.label|truncatechars:18 }}{% endif %}</a>'
    '<span class="muted">{{ r.count }}</span></li>\n'
    '    {% empty %}<li class="muted">（无）</li>{% endfor %}\n'
    '  </ul>\n'
    '  {% endfor %}')

TEXTS = ["", "岚溪县", "<b>青川&市</b>", '引号"与\'单引号', "e\u0301" * 40, "岚溪县全年地区生产总值增长6.5%左右，" * 6,
         "a" * 70, "a" * 71, "字" * 18, "字" * 19, "字" * 20, "字" * 21, "…" * 30, "x\u0300y" * 30]
PERIODS = ["", "2025", "..2025", "2021..2025", "2026-H1", "2026-Q3", "2026-M06", "each-year", "ongoing", "?", "奇怪"]
STATES = [s for s, _ in ReviewState.choices] + ["odd"]


def rendered(loop: str, **context) -> str:
    return Template(loop).render(Context(context))


def tagged(tag: str, **context) -> str:
    return Template("{% load ledger_tags %}" + tag).render(Context(context))


def random_facts(rng: random.Random, n: int) -> list[Fact]:
    out = []
    for i in range(n):
        doc = Document(pk=rng.randint(1, 10 ** 6), name=rng.choice(TEXTS) or "岚溪县.txt")
        f = Fact(pk=rng.randint(1, 10 ** 9), document=doc, kind=rng.choice(["target", "actual", ""]),
                 indicator_name=rng.choice(TEXTS + [None]), subject=rng.choice(TEXTS + [None]),
                 period=rng.choice(PERIODS + [None]), comparator=rng.choice(["=", ">=", "<", "~", "??", None]),
                 value=rng.choice([6.5, 5000.0, 0.0, -3.25, 1e16, 123456789.123, None]),
                 unit=rng.choice(["%", "亿元", "", "<u>", None]), evidence=rng.choice(TEXTS),
                 estart=rng.randint(0, 10 ** 6), review_state=rng.choice(STATES),
                 flags=rng.choice([[], None, ["lowered"], ["deadline_moved", "odd<>"], ["not_mentioned"]]))
        if rng.random() < 0.5:
            f.latest = Fact(value=rng.choice([3.5, 7.0, None]), unit=rng.choice(["%", "<万元>", ""]),
                            period=rng.choice(PERIODS))
        else:
            f.latest = None
        f.latest_gap = rng.choice([None, 0.0, -1.5, 2.25])
        out.append(f)
    return out


@pytest.mark.parametrize("name", ["targets", "actuals"])
def test_fact_rows_equal_the_template_loop(name):
    rng = random.Random(name)
    for n in [0, 1, 5, 30]:
        for _ in range(8):
            facts = random_facts(rng, n)
            want = rendered(FACT_LOOP, page=facts, spec={"name": name})
            assert tagged("{% fact_rows page name %}", page=facts, name=name) == want


def test_task_rows_equal_the_template_loop():
    rng = random.Random(3)
    for n in [0, 1, 5, 30]:
        for _ in range(8):
            tasks = [Task(pk=rng.randint(1, 10 ** 6), title=rng.choice(TEXTS + ["题" * 89, "题" * 90, "题" * 91]),
                          kind=rng.choice(["item", "enumeration", "bullet", "chapter", None]),
                          deadline=rng.choice(PERIODS + [None]), start=rng.randint(0, 9999),
                          document=Document(pk=rng.randint(1, 99), name=rng.choice(TEXTS) or "x"),
                          review_state=rng.choice(STATES)) for _ in range(n)]
            assert tagged("{% task_rows page %}", page=tasks) == rendered(TASK_LOOP, page=tasks)


def test_project_rows_equal_the_template_loop():
    rng = random.Random(4)
    for n in [0, 1, 5, 30]:
        for _ in range(8):
            projects = [Project(pk=rng.randint(1, 10 ** 6), name=rng.choice(TEXTS),
                                stage=rng.choice([s for s, _ in Project.Stage.choices] + ["odd"]),
                                investment_planned=rng.choice([None, 12.5, 3000.0, 0.1]),
                                investment_completed=rng.choice([None, 0.0, 7.25]),
                                mention_count=rng.choice([0, 3, 12345]),
                                last_seen=rng.choice(["", "2026-05-01", "2025", None, "奇怪"]),
                                flags=rng.choice([[], None, ["not_mentioned"], ["lowered"]]),
                                review_state=rng.choice(STATES)) for _ in range(n)]
            assert tagged("{% project_rows page %}", page=projects) == rendered(PROJECT_LOOP, page=projects)


def test_facet_blocks_equal_the_template_loop():
    rng = random.Random(5)
    params = ["region", "indicator", "period", "measure", "review", "document"]
    for _ in range(60):
        facets = []
        for param in rng.sample(params, rng.randint(0, 6)):
            rows = [{"value": str(i), "label": rng.choice(TEXTS + PERIODS) or "（无）", "count": rng.randint(0, 10 ** 5),
                     "selected": rng.random() < 0.2, "href": "?" + rng.choice(["a=1&b=2", "q=%E6%95%B4", "x=<y>"])}
                    for i in range(rng.randint(0, 15))]
            facets.append((Facet(param, rng.choice(["地区", "期间", "<审核>"]), param), rows))
        assert tagged("{% facet_blocks facets %}", facets=facets) == rendered(FACET_LOOP, facets=facets)


@pytest.mark.django_db
def test_the_list_pages_show_their_rows(client_in, ledger):
    """Through the pages: every row of the first page is there, linked, with its review state."""
    for url, model, prefix in [("/targets/", Fact, "/facts/"), ("/actuals/", Fact, "/facts/"),
                               ("/tasks/", Task, "/tasks/"), ("/projects/", Project, "/projects/")]:
        resp = client_in.get(url)
        html = resp.content.decode()
        rows = list(resp.context["page"])
        assert rows, url
        for o in rows:
            assert f'<tr data-id="{o.pk}"><td><a href="{prefix}{o.pk}/">' in html
            assert f'<span class="badge {o.review_state}">{o.get_review_state_display()}</span>' in html
        assert html.count("<tr data-id=") == len(rows)


@pytest.mark.django_db
def test_the_list_pages_read_their_rows_in_a_fixed_number_of_queries(client_in, ledger):
    """The HTML rows read only the columns they show (query.SHOWN): no column a row shows is left deferred, so
    a page of many rows costs the queries of a page of one; JSON still reads every field."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    for url in ["/targets/", "/actuals/", "/tasks/", "/projects/"]:
        counts = []
        for size in (1, 50):
            with CaptureQueriesContext(connection) as ctx:
                assert client_in.get(f"{url}?size={size}").status_code == 200
            counts.append(len(ctx.captured_queries))
        assert counts[0] == counts[1], (url, counts)
    body = client_in.get("/targets.json").json()
    assert body["results"] and {"extracted", "indicator_id", "region_id", "flags"} <= set(body["results"][0])


# the fact page's and the project page's loops as fact.html and project.html wrote them before
LINK_LOOPS = (
    '{% load labels %}{% load ledger_tags %}{% for l in links_out %}\n'
    '<tr class="link-{{ l.state }}"><td>{{ l.get_relation_display }}</td><td><a href="/facts/{{ l.other_id }}/">'
    '{{ l.other.evidence|truncatechars:40 }}</a></td>\n'
    '<td class="small">{{ l.other.document.published|zh_date }} {{ l.other.document.name|truncatechars:16 }}</td>'
    '<td>{{ l.other.period|period:l.other.kind }}</td>\n'
    '<td class="num">{{ l.other.value|num }}{{ l.other.unit }}</td><td class="num">{% if l.gap is not None %}'
    '{{ l.gap|num }}{% endif %}</td>\n'
    '<td><span class="badge {{ l.origin }}">{{ l.get_origin_display }}</span> <span class="badge">'
    '{{ l.get_state_display }}</span></td>\n'
    '<td>{% if request.ledger|can:"link" %}<form method="post" action="/links/{{ l.pk }}/">{% csrf_token %}'
    '<button name="action" value="confirm" class="secondary">确认</button> <button name="action" value="break" '
    'class="danger">解除</button>\n <input name="other" size="5" placeholder="改为#"><button name="action" '
    'value="change" class="secondary">改关联</button></form>{% endif %}</td></tr>\n'
    '{% empty %}{% if not links_in %}<tr><td colspan="8" class="muted">暂无关联</td></tr>{% endif %}{% endfor %}\n'
    '{% for l in links_in %}\n'
    '<tr><td>{{ l.get_relation_display }}（本条为后续）</td><td><a href="/facts/{{ l.target_id }}/">'
    '{{ l.target.evidence|truncatechars:40 }}</a></td>\n'
    '<td class="small">{{ l.target.document.published|zh_date }}</td><td>{{ l.target.period|period:l.target.kind }}'
    '</td><td class="num">{{ l.target.value|num }}{{ l.target.unit }}</td>\n'
    '<td class="num">{% if l.gap is not None %}{{ l.gap|num }}{% endif %}</td><td><span class="badge {{ l.origin }}">'
    '{{ l.get_origin_display }}</span> <span class="badge">{{ l.get_state_display }}</span></td><td></td></tr>\n'
    '{% endfor %}'
    '<ul>{% for d, ev, other, rel in sentences %}<li><span class="badge">{{ rel }}</span> <a href="/documents/'
    '{{ d.pk }}/#off-{{ other.estart }}">{{ d.title|default:d.name }}</a>（{{ d.published|zh_date }}）：{{ ev }}'
    '</li>{% endfor %}</ul>')
REVIEW_BUTTONS = (
    '{% load ledger_tags %}{% if request.ledger|can:"review" %}<form method="post" action="/review/{{ rkind }}/'
    '{{ obj.pk }}/" class="inline">{% csrf_token %}\n  <input type="hidden" name="next" value="'
    '{{ request.get_full_path }}">\n  <button name="action" value="accept" class="secondary" data-action="accept">'
    '确认</button>\n  <button name="action" value="reject" class="danger" data-action="reject">驳回</button>\n'
    '</form>{% endif %}\n')
MENTION_LOOP = (
    '{% load labels %}{% load ledger_tags %}{% for m in mentions %}\n'
    '<tr><td>{{ m.document.published|zh_date|default:"日期未知" }}</td><td class="small"><a href="/documents/'
    '{{ m.document_id }}/#off-{{ m.start }}">{{ m.document.title|default:m.document.name|truncatechars:20 }}</a></td>\n'
    '<td>{{ m.get_stage_display }}</td><td class="num">{{ m.investment_planned|num }}</td><td class="num">'
    '{{ m.investment_completed|num }}</td>\n'
    '<td class="small">{{ m.evidence|truncatechars:80 }}</td>\n'
    '<td class="small"><span class="badge {{ m.link_origin }}">{{ m.get_link_origin_display }}</span> '
    '{{ m.get_link_state_display }}\n'
    '{% if request.ledger|can:"link" %}<form method="post" action="/mentions/{{ m.pk }}/link/">{% csrf_token %}'
    '<button name="action" value="confirm" class="secondary">确认</button> <button name="action" value="break" '
    'class="danger">拆出</button>\n<input name="project" size="8" placeholder="改到项目名"><button name="action" '
    'value="change" class="secondary">改</button></form>{% endif %}</td>\n'
    '<td>{% with rkind="mention" obj=m %}{% include "buttons" %}{% endwith %}<span class="badge {{ m.review_state }}">'
    '{{ m.get_review_state_display }}</span></td></tr>\n{% endfor %}')


class Access:
    def __init__(self, abilities):
        self.abilities = abilities

    def can(self, ability):
        return ability in self.abilities


def requests_of_every_kind():
    from django.test import RequestFactory
    for abilities in [(), ("link",), ("review",), ("link", "review")]:
        request = RequestFactory().get("/facts/12/?linked=2&q=<岚溪>&x=\"y\"")
        request.ledger = Access(abilities)
        yield request


def random_link(rng, FactLink, pk):
    doc = Document(pk=rng.randint(1, 999), name=rng.choice(TEXTS) or "n", title=rng.choice(TEXTS),
                   published=rng.choice(["", "2026-05-01", "2025", "奇怪"]))
    other = Fact(pk=pk, document=doc, evidence=rng.choice(TEXTS), period=rng.choice(PERIODS),
                 kind=rng.choice(["target", "actual", ""]), value=rng.choice([1.5, 3000.0, None]),
                 unit=rng.choice(["%", "<亿元>", ""]), estart=rng.randint(0, 999))
    return FactLink(pk=rng.randint(1, 10 ** 6), target=other, other=other,
                    relation=rng.choice([c for c, _ in FactLink.Relation.choices]),
                    state=rng.choice(["proposed", "confirmed", "broken", "odd"]),
                    origin=rng.choice(["machine", "human", "odd"]), gap=rng.choice([None, 0.0, -2.5]))


def test_the_fact_pages_link_rows_and_sources_equal_the_template_loops():
    from django.template import engines

    from taizhang.ledger.models import FactLink
    rng = random.Random(6)
    engine = engines["django"].engine
    for request in requests_of_every_kind():
        for n_out, n_in in [(0, 0), (0, 3), (2, 0), (5, 4)]:
            links_out = [random_link(rng, FactLink, i + 1) for i in range(n_out)]
            links_in = [random_link(rng, FactLink, i + 100) for i in range(n_in)]
            sentences = [(lk.other.document, lk.other.evidence, lk.other, lk.get_relation_display())
                         for lk in links_out + links_in]
            ctx = {"request": request, "csrf_token": "tok<en>", "links_out": links_out, "links_in": links_in,
                   "sentences": sentences}
            want = engine.from_string(LINK_LOOPS).render(Context(ctx))
            got = Template("{% load ledger_tags %}{% link_rows links_out links_in %}"
                           "<ul>{% sentence_items sentences %}</ul>").render(Context(ctx))
            assert got == want


def test_the_project_pages_timeline_equals_the_template_loop():
    from django.template import Engine

    from taizhang.ledger.models import ProjectMention
    rng = random.Random(7)
    engine = Engine(loaders=[("django.template.loaders.locmem.Loader", {"buttons": REVIEW_BUTTONS})],
                    libraries={"labels": "taizhang.ledger.templatetags.labels",
                               "ledger_tags": "taizhang.ledger.templatetags.ledger_tags"})
    for request in requests_of_every_kind():
        for n in [0, 1, 6]:
            mentions = [ProjectMention(
                pk=rng.randint(1, 10 ** 6), start=rng.randint(0, 999),
                document=Document(pk=rng.randint(1, 999), name=rng.choice(TEXTS) or "n", title=rng.choice(TEXTS),
                                  published=rng.choice(["", "2026-05-01", "2025", "奇怪"])),
                stage=rng.choice([s for s, _ in Project.Stage.choices]), evidence=rng.choice(TEXTS),
                investment_planned=rng.choice([None, 12.5]), investment_completed=rng.choice([None, 0.0]),
                link_origin=rng.choice(["machine", "human", "odd"]), link_state=rng.choice(["proposed", "confirmed"]),
                review_state=rng.choice(STATES)) for _ in range(n)]
            ctx = {"request": request, "csrf_token": "tok<en>", "mentions": mentions}
            want = engine.from_string(MENTION_LOOP).render(Context(ctx))
            got = Template("{% load ledger_tags %}{% mention_rows mentions %}").render(Context(ctx))
            assert got == want


INDICATOR_LOOP = (
    '{% load labels %}{% load ledger_tags %}{% for f in facts %}<tr><td>{{ f.get_kind_display }}</td>'
    '<td>{{ f.subject }}</td><td>{{ f.period|period:f.kind }}</td><td class="num"><a href="/facts/{{ f.pk }}/">'
    '{{ f.value|num }}{{ f.unit }}</a></td><td class="small">{{ f.evidence|truncatechars:60 }}</td>'
    '<td>{{ f.document.published|zh_date }}</td></tr>{% endfor %}')


def test_the_indicator_pages_facts_equal_the_template_loop():
    rng = random.Random(8)
    for n in [0, 1, 30]:
        for _ in range(5):
            facts = random_facts(rng, n)
            for f in facts:
                f.document.published = rng.choice(["", "2026-05-01", "2025", "奇怪"])
            assert tagged("{% indicator_fact_rows facts %}", facts=facts) == rendered(INDICATOR_LOOP, facts=facts)


@pytest.mark.django_db
def test_the_indicator_page_reads_its_facts_in_a_fixed_number_of_queries(client_in, ledger):
    """Its rows read only what they show: no deferred column read per row."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from taizhang.ledger.models import Indicator
    ind = max(Indicator.objects.all(), key=lambda i: i.facts.count())
    assert ind.facts.count() > 1
    with CaptureQueriesContext(connection) as ctx:
        resp = client_in.get(f"/indicators/{ind.pk}/")
    facts = resp.context["facts"]
    assert len(facts) == ind.facts.count()
    html = resp.content.decode()
    for f in facts:
        assert f'<a href="/facts/{f.pk}/">' in html
    n = len(ctx.captured_queries)
    with CaptureQueriesContext(connection) as ctx:
        for f in facts:  # what a row shows is loaded
            (f.kind, f.subject, f.period, f.value, f.unit, f.evidence, f.document.published)
    assert len(ctx.captured_queries) == 0 and n < 40
