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
