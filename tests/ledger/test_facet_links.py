"""A list's facet links, built once per page (views.facet_hrefs): the same links as copying the query and
encoding it again for every facet value."""
from __future__ import annotations

import random

import pytest
from django.http import QueryDict

from taizhang.ledger.views import facet_hrefs


def reference(params: QueryDict, param: str, row: dict) -> str:
    """What the list view wrote before: the query copied, the value toggled, the copy encoded."""
    p = params.copy()
    vals = [v for v in p.getlist(param) if v != row["value"]]
    if not row["selected"]:
        vals.append(row["value"])
    p.setlist(param, vals)
    return "?" + p.urlencode()


VALUES = ["", "12", "__none__", "..2025", "2021..2025", "each-year", "增长", "a b", "a+b&c=d", "岚溪县 整改", "%41",
          "x/y?z#w", "全角　空格", "é", "1", "2", "3"]
PARAMS = ["region", "indicator", "period", "measure", "review", "document", "q", "sort", "flagged", "size", "k w",
          "期间"]


def random_query(rng: random.Random) -> QueryDict:
    q = QueryDict(mutable=True)
    for _ in range(rng.randint(0, 7)):
        q.appendlist(rng.choice(PARAMS), rng.choice(VALUES))
    return q


def test_facet_links_equal_the_query_copied_and_toggled_per_value():
    rng = random.Random(9)
    checked = 0
    for _ in range(400):
        params = random_query(rng)
        facets = {}
        for param in rng.sample(PARAMS[:6] + ["期间"], rng.randint(1, 4)):
            chosen = set(params.getlist(param))
            values = rng.sample(VALUES, rng.randint(0, 5)) + list(chosen)[:2]
            facets[param] = [{"value": v, "selected": v in chosen} for v in values]
        facet_hrefs(params, facets)
        for param, rows in facets.items():
            for r in rows:
                assert r["href"] == reference(params, param, r), (params.urlencode(), param, r)
                checked += 1
    assert checked > 1000


def test_a_selected_value_is_removed_and_an_unselected_one_added_in_place():
    params = QueryDict("q=%E6%95%B4%E6%94%B9&region=3&region=5&sort=value", mutable=True)
    facets = {"region": [{"value": "5", "selected": True}, {"value": "7", "selected": False}],
              "measure": [{"value": "growth", "selected": False}]}
    facet_hrefs(params, facets)
    assert [r["href"] for r in facets["region"]] == ["?q=%E6%95%B4%E6%94%B9&region=3&sort=value",
                                                     "?q=%E6%95%B4%E6%94%B9&region=3&region=5&region=7&sort=value"]
    assert facets["measure"][0]["href"] == "?q=%E6%95%B4%E6%94%B9&region=3&region=5&sort=value&measure=growth"


@pytest.mark.django_db
def test_a_list_pages_facet_links_toggle_their_value(client_in, ledger):
    """The page's links, read off the page: each one the query with its value toggled."""
    import re
    from html import unescape

    from taizhang.ledger.models import Fact
    f = Fact.objects.filter(kind="target").exclude(region=None).first()
    query = f"q=&measure=growth&region={f.region_id}&sort=value"
    resp = client_in.get(f"/targets/?{query}&page=1")
    assert resp.status_code == 200
    params = QueryDict(query, mutable=True)
    facets = {facet.param: rows for facet, rows in resp.context["facets"]}
    html = resp.content.decode()
    seen = 0
    for param, rows in facets.items():
        for r in rows:
            want = reference(params, param, r)
            assert r["href"] == want
            assert f'href="{want.replace("&", "&amp;")}"' in html
            seen += 1
    assert seen and "page=" not in "".join(unescape(h) for h in re.findall(r'<li[^>]*><a href="([^"]+)"', html))
