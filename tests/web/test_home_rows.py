"""The home page's item tables written in Python (home_tags.item_rows): the same HTML, character for character, as
the template loop with its per-row include of supervision/_warn.html that it replaced."""
from __future__ import annotations

import datetime as dt
import random

import pytest
from django.template import Context, Template

from taizhang.supervision.models import Item, Status, Unit

# home/_items.html's loop as it was written before
ITEMS_LOOP = (
    '{% load labels %}{% for item, colour in items %}<tr><td>{{ item.code }}</td><td><a href="'
    '{% url \'supervision:item\' item.id %}">{{ item.title|truncatechars:60 }}</a></td>\n'
    '<td>{{ item.lead_unit|default:"未指定" }}</td><td>{{ item.deadline|zh_date|default:"—" }}</td>'
    '<td>{{ item.progress|floatformat:"-1" }}%</td>\n'
    '<td>{{ item.get_status_display }}</td><td>{% include "supervision/_warn.html" %}</td></tr>\n'
    '{% empty %}<tr><td colspan="7" class="muted">{{ empty|default:"无" }}</td></tr>{% endfor %}')

# home/supervisor.html's lists as they were written before
REPORT_LOOP = '{% load labels %}' + '{% for r in reports %}<li><a href="{% url \'supervision:item\' r.item_id %}">{{ r.item.code }} {{ r.item.title|truncatechars:30 }}</a>:{{ r.unit }}报送完成率 {{ r.progress|floatformat:"-1" }}%({{ r.submitted_at|zh_datetime }})</li>{% empty %}<li class="muted">无</li>{% endfor %}'
REQUEST_LOOP = '{% load labels %}' + '{% for c in requests %}<li><a href="{% url \'supervision:item\' c.item_id %}">{{ c.item.code }} {{ c.item.title|truncatechars:30 }}</a>:{{ c.get_kind_display }}({{ c.requested_by }},{{ c.requested_at|zh_datetime }})</li>{% empty %}<li class="muted">无</li>{% endfor %}'
CLOSING_LOOP = '{% load labels %}' + '{% for i in to_close %}<li><a href="{% url \'supervision:item\' i.id %}">{{ i.code }} {{ i.title|truncatechars:40 }}</a>({{ i.lead_unit|default:"未指定" }})</li>{% empty %}<li class="muted">无</li>{% endfor %}'
FINDING_LOOP = '{% load labels %}' + '{% for f in to_verify %}<li><a href="{% url \'supervision:finding\' f.id %}">{{ f.description|truncatechars:40 }}</a>({{ f.unit }})</li>{% empty %}<li class="muted">无</li>{% endfor %}'
PROPOSAL_LOOP = '{% load labels %}' + '{% for p in proposals %}<li><a href="{% url \'supervision:item\' p.item_id %}">{{ p.item.code }} {{ p.item.title|truncatechars:30 }}</a>:{{ p.get_kind_display }}{% if p.value is not None %} {{ p.value|num }}{{ p.unit }}{% endif %}{% if p.period %}({{ p.period|period:"actual" }}){% endif %}{% if p.completion is not None %},完成度 {{ p.completion|floatformat:"-1" }}%{% endif %}{% if p.document_title %} · 来源:{{ p.document_title|truncatechars:24 }}{% endif %}</li>{% empty %}<li class="muted">暂无待确认的建议</li>{% endfor %}'

TEXTS = ["岚溪县", "<b>青川&市</b>", '引号"与\'单引号', "e\u0301" * 70, "推进岚溪县重点工作任务落实，" * 6,
         "a" * 60, "a" * 61, "字" * 59, "字" * 60, "字" * 61, "x\u0300y" * 40]


def random_items(rng: random.Random, n: int) -> list[tuple[Item, str]]:
    out = []
    for _ in range(n):
        unit = rng.choice([None, Unit(pk=rng.randint(1, 99), name=rng.choice(TEXTS))])
        item = Item(pk=rng.randint(1, 10 ** 9), code=rng.choice(TEXTS + ["T-001", ""]), title=rng.choice(TEXTS),
                    lead_unit=unit, deadline=rng.choice([None, dt.date(2026, 6, 30), dt.date(2031, 1, 1)]),
                    progress=rng.choice([0.0, 12.25, 12.35, 99.95, 100.0, 33.333333, -1.5, 1e7]),
                    status=rng.choice([s for s, _ in Status.choices] + ["odd"]))
        out.append((item, rng.choice(["red", "yellow", "blue", "", None, "odd"])))
    return out


@pytest.mark.parametrize("seed", range(20))
def test_item_rows_write_what_the_loop_wrote(seed):
    rng = random.Random(seed)
    items = random_items(rng, rng.choice([0, 1, 3, 15]))
    context = {"items": items}
    if rng.random() < 0.5:
        context["empty"] = rng.choice(["无逾期事项", "<无>", ""])
    want = Template(ITEMS_LOOP).render(Context(context))
    got = Template("{% load home_tags %}{% item_rows items empty %}").render(Context(context))
    assert got == want


def test_item_rows_are_escaped_and_linked():
    unit = Unit(pk=3, name="<i>岚溪县</i>")
    got = Template("{% load home_tags %}{% item_rows items %}").render(Context({"items": [
        (Item(pk=42, code="<T>", title="甲" * 61, lead_unit=unit, progress=12.5, status=Status.CLOSED), "red")]}))
    assert 'href="/supervision/items/42/"' in got and "&lt;T&gt;" in got and "&lt;i&gt;岚溪县&lt;/i&gt;" in got
    assert "甲" * 61 not in got and "甲" * 50 in got and "12.5%" in got and "sv-red" in got and "办结" in got
    empty = Template("{% load home_tags %}{% item_rows items %}").render(Context({"items": []}))
    assert empty == '<tr><td colspan="7" class="muted">无</td></tr>'


def _user(rng):
    from django.contrib.auth import get_user_model
    return get_user_model()(pk=rng.randint(1, 99), username=rng.choice(TEXTS))


def random_waiting(rng: random.Random, n: int) -> dict[str, list]:
    """n of each thing the supervisor's home page lists as waiting for a decision, with awkward texts."""
    from django.utils import timezone

    from taizhang.supervision.models import ChangeRequest, Finding, ProgressReport, Proposal
    when = [None, timezone.now(), dt.datetime(2026, 3, 1, 23, 59, tzinfo=dt.timezone.utc)]
    out: dict[str, list] = {"reports": [], "requests": [], "to_close": [], "to_verify": [], "proposals": []}
    for _ in range(n):
        item = random_items(rng, 1)[0][0]
        unit = Unit(pk=rng.randint(1, 99), name=rng.choice(TEXTS))
        out["reports"].append(ProgressReport(pk=rng.randint(1, 999), item=item, unit=unit,
                                             progress=rng.choice([0.0, 45.0, 12.25, 99.95]),
                                             submitted_at=rng.choice(when[1:])))
        out["requests"].append(ChangeRequest(pk=rng.randint(1, 999), item=item, requested_by=_user(rng),
                                             kind=rng.choice(["extension", "change", "odd"]),
                                             requested_at=rng.choice(when)))
        out["to_close"].append(item)
        out["to_verify"].append(Finding(pk=rng.randint(1, 999), unit=unit, description=rng.choice(TEXTS)))
        out["proposals"].append(Proposal(
            pk=rng.randint(1, 999), item=item, kind=rng.choice(["actual", "stage", "odd"]),
            value=rng.choice([None, 4.5, 5000.0, 0.0]), unit=rng.choice(["", "%", "<亿元>"]),
            period=rng.choice(["", "2026-H1", "2025", "奇怪"]), completion=rng.choice([None, 75.0, 12.25]),
            document_title=rng.choice(TEXTS + [""])))
    return out


@pytest.mark.parametrize("seed", range(12))
def test_waiting_lists_write_what_the_loops_wrote(seed):
    rng = random.Random(seed)
    context = random_waiting(rng, rng.choice([0, 1, 4]))
    for loop, tag in ((REPORT_LOOP, "report_lines reports"), (REQUEST_LOOP, "request_lines requests"),
                      (CLOSING_LOOP, "closing_lines to_close"), (FINDING_LOOP, "finding_lines to_verify"),
                      (PROPOSAL_LOOP, "proposal_lines proposals")):
        want = Template(loop).render(Context(context))
        got = Template("{% load home_tags %}{% " + tag + " %}").render(Context(context))
        assert got == want, tag
