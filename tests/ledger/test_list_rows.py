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
