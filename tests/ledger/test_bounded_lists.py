"""A list page never counts the whole ledger: its total up to COUNT_LIMIT rows, its facets among the newest
COUNT_LIMIT rows of the list (exact below the bound, and the page says when they are not)."""
from __future__ import annotations

from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from taizhang.ledger import query
from taizhang.ledger.models import Fact

pytestmark = pytest.mark.django_db


def test_below_the_bound_counts_are_exact(client_in, ledger):
    data = client_in.get("/targets.json").json()
    targets = Fact.objects.filter(kind="target")
    assert data["count"] == targets.count() and data["count_exact"] and data["facets_exact"]
    want = Counter(targets.values_list("measure", flat=True))
    assert {r["value"]: r["count"] for r in data["facets"]["measure"]} == dict(want)


def test_above_the_bound_counts_stop_and_facets_count_the_newest(client_in, ledger, monkeypatch):
    targets = Fact.objects.filter(kind="target").order_by("-id")
    assert targets.count() > 3
    monkeypatch.setattr(query, "COUNT_LIMIT", 3)
    # a filter on a column the kept counts do not hold (every document: the same rows) is counted up to the bound
    every = "&".join(f"document={d}" for d in set(targets.values_list("document_id", flat=True)))
    data = client_in.get(f"/targets.json?size=2&{every}").json()
    assert (data["count"], data["count_exact"], data["pages"], data["facets_exact"]) == (3, False, 2, False)
    newest = Counter(f.measure for f in targets[:3])
    assert {r["value"]: r["count"] for r in data["facets"]["measure"]} == dict(newest)
    html = client_in.get(f"/targets/?size=2&{every}").content.decode()
    estimate = data["count_estimate"]  # PostgreSQL's planner estimate beyond the bound, none on SQLite
    if connection.vendor == "sqlite":
        assert estimate is None
    assert (f"共约 {estimate} 条（可翻阅最新 3 条）" if estimate else "共 3+ 条") in html
    assert "计数取最新 3 条" in html


def test_a_total_the_kept_counts_hold_is_exact_and_every_page_reachable(client_in, ledger, monkeypatch):
    """Without a filter, or filtered by indicator, measure or review state, a facts list's total is read from
    the kept counts: exact beyond the bound, and its last page is there (tasks by review state and projects by
    stage the same, from theirs)."""
    from taizhang.ledger.models import Project, Task
    targets = Fact.objects.filter(kind="target").order_by("-id")
    n = targets.count()
    monkeypatch.setattr(query, "COUNT_LIMIT", 3)
    data = client_in.get("/targets.json?size=2").json()
    assert (data["count"], data["count_exact"], data["pages"]) == (n, True, (n + 1) // 2)
    last = client_in.get(f"/targets.json?size=2&page={data['pages']}").json()["results"]
    assert [r["id"] for r in last] == list(targets.values_list("id", flat=True))[2 * (data["pages"] - 1):]
    measure = targets.first().measure
    got = client_in.get(f"/targets.json?measure={measure}&review=unreviewed&review=accepted").json()
    assert got["count_exact"] and got["count"] == targets.filter(
        measure=measure, review_state__in=["unreviewed", "accepted"]).count()
    ind = targets.exclude(indicator=None).first().indicator_id
    got = client_in.get(f"/targets.json?indicator={ind}&indicator=__none__").json()
    assert got["count_exact"] and got["count"] == len([t for t in targets if t.indicator_id in (ind, None)])
    assert "共 %d 条" % n in client_in.get("/targets/").content.decode()
    assert client_in.get("/tasks.json?review=unreviewed").json()["count"] == \
        Task.objects.filter(review_state="unreviewed").count()
    assert client_in.get("/projects.json").json()["count"] == Project.objects.count()
    # a search, a flag or a region filter is counted (up to the bound)
    assert client_in.get("/targets.json?flagged=1").json()["count"] == min(3, targets.filter(flagged=True).count())


def test_a_selected_facet_counts_over_the_other_filters(client_in, ledger):
    data = client_in.get("/targets.json").json()
    gdp = next(r for r in data["facets"]["indicator"] if r["label"] == "地区生产总值")
    got = client_in.get(f"/targets.json?indicator={gdp['value']}").json()
    assert {r["value"] for r in got["facets"]["indicator"]} == {r["value"] for r in data["facets"]["indicator"]}
    assert next(r for r in got["facets"]["indicator"] if r["value"] == gdp["value"])["selected"]
    assert sum(r["count"] for r in got["facets"]["measure"]) == got["count"] == gdp["count"]


@pytest.mark.parametrize("url", ["/targets/", "/targets.json?region=1&measure=growth", "/tasks/?q=整改",
                                 "/projects/", "/documents/"])
def test_no_count_without_a_limit(client_in, ledger, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client_in.get(url).status_code == 200
    counts = [q["sql"] for q in ctx.captured_queries if "COUNT(" in q["sql"].upper()]
    for sql in counts:
        assert "LIMIT" in sql.upper() or "GROUP BY" in sql.upper(), sql


def test_a_searched_lists_facets_count_among_the_newest_postings(client_in, ledger, monkeypatch):
    """A common word's postings are not joined whole for the facets: they count among the newest SEARCH_BOUND
    items holding each of its bigrams, and say so; the list and its total are not bounded."""
    from taizhang.ledger import searchindex
    from taizhang.ledger.models import SearchGram
    full = client_in.get("/targets.json?q=生产").json()
    assert full["facets_exact"] and full["count"] >= 2
    assert sum(r["count"] for r in full["facets"]["measure"]) == full["count"]
    monkeypatch.setattr(query, "SEARCH_BOUND", 2)
    part = client_in.get("/targets.json?q=生产").json()
    assert not part["facets_exact"]
    assert (part["count"], [r["id"] for r in part["results"]]) == (full["count"], [r["id"] for r in full["results"]])
    newest = SearchGram.objects.filter(gram=searchindex.code("生产"), kind=SearchGram.FACT).order_by("-item_id") \
        .values_list("item_id", flat=True)[:2]
    want = Counter(Fact.objects.filter(pk__in=list(newest), kind="target").values_list("measure", flat=True))
    assert {r["value"]: r["count"] for r in part["facets"]["measure"]} == dict(want)
    assert sum(want.values()) < full["count"]
    assert "计数取含检索词的最新 2 条" in client_in.get("/targets/?q=生产").content.decode()
    monkeypatch.setattr(query, "SEARCH_BOUND", 10_000)
    assert client_in.get("/targets.json?q=生产").json()["facets_exact"]


@pytest.mark.parametrize("sample", [2, 3, 10_000])
def test_facet_values_are_counted_as_counter_counts_them(ledger, sample):
    """The database counts the facets of the newest rows in the order Counter.most_common gives (count, then
    the value seen first, newest first), ties included."""
    spec = query.SPECS["actuals"]
    fields = [f.field for f in spec.facets]
    qs = Fact.objects.all()
    rows = list(qs.order_by("-pk").values_list(*fields)[:sample])
    read, tops = query._top_values(qs, fields, sample, limit=3)
    assert read == len(rows)
    for i, field in enumerate(fields):
        assert tops[i] == Counter(r[i] for r in rows).most_common(3), field
    if sample > len(rows):
        assert any(len({n for _, n in top}) < len(top) for top in tops)  # some counts tie


@pytest.mark.parametrize("sort", ["new", "value", "indicator", "period"])
def test_a_deep_page_reads_its_ids_first_and_shows_the_same_rows(client_in, ledger, monkeypatch, sort):
    want = client_in.get(f"/targets.json?size=1&page=2&sort={sort}").json()["results"]
    monkeypatch.setattr(query, "DEEP_OFFSET", 1)
    with CaptureQueriesContext(connection) as ctx:
        got = client_in.get(f"/targets.json?size=1&page=2&sort={sort}").json()["results"]
    assert got == want and len(got) == 1
    assert any('"ledger_fact"."id" IN' in q["sql"] for q in ctx.captured_queries)


def test_a_document_page_reads_its_items_in_a_few_queries(client_in, ledger):
    doc = ledger["r23"].document
    assert doc.facts.count() >= 3
    with CaptureQueriesContext(connection) as ctx:
        assert client_in.get(f"/documents/{doc.pk}/").status_code == 200
    per_row = [q["sql"] for q in ctx.captured_queries if q["sql"].rstrip().endswith("LIMIT 21")
               and '"document_id" FROM' in q["sql"]]
    assert per_row == []


def test_the_estimate_is_the_planners_on_postgresql_and_none_elsewhere(ledger):
    targets = Fact.objects.filter(kind="target")
    if connection.vendor != "postgresql":
        assert query.estimated_count(targets) is None
        return
    with connection.cursor() as cur:
        cur.execute("ANALYZE ledger_fact")
    # statistics of a small table hold every value: the estimate is the count
    assert query.estimated_count(targets) == targets.count()
    assert query.estimated_count(Fact.objects.filter(kind="no such kind")) <= 1


@pytest.mark.parametrize("sort", ["new", "old", "value", "indicator", "period"])
def test_keyset_pages_are_the_offset_pages(client_in, ledger, sort):
    """下一页 and 上一页 carry the row the next page follows (after=ID) or the previous precedes (before=ID): the
    same rows as the page by offset, read from that row on, whatever the order's ties."""
    from taizhang.ledger.models import Fact
    Fact.objects.filter(kind="target").update(value=1.0, period="2025")  # ties everywhere but the id
    base = f"/targets.json?size=2&sort={sort}"
    first = client_in.get(base).json()
    pages = [[r["id"] for r in client_in.get(f"{base}&page={n}").json()["results"]]
             for n in range(1, first["pages"] + 1)]
    assert first["pages"] >= 2 and sum(len(p) for p in pages) == first["count"]
    for n in range(1, len(pages)):  # forward from each page's last row, back from the next page's first
        after = client_in.get(f"{base}&page={n + 1}&after={pages[n - 1][-1]}").json()
        assert [r["id"] for r in after["results"]] == pages[n] and after["page"] == n + 1
        before = client_in.get(f"{base}&page={n}&before={pages[n][0]}").json()
        assert [r["id"] for r in before["results"]] == pages[n - 1]
    html = client_in.get(f"/targets/?size=2&sort={sort}&page=2&after={pages[0][-1]}").content.decode()
    assert f"page=3&amp;after={pages[1][-1]}" in html or len(pages) == 2
    assert "page=1\"" in html  # back to the first page: no cursor


def test_a_keyset_page_reads_no_offset(client_in, ledger):
    from taizhang.ledger.models import Fact
    ids = list(Fact.objects.filter(kind="target").order_by("-id").values_list("id", flat=True))
    with CaptureQueriesContext(connection) as ctx:
        got = client_in.get(f"/targets.json?size=1&page=3&after={ids[1]}").json()["results"]
    assert [r["id"] for r in got] == [ids[2]]
    rows = [q["sql"] for q in ctx.captured_queries if 'FROM "ledger_fact"' in q["sql"] and "LIMIT 1" in q["sql"]
            and '"ledger_fact"."evidence"' in q["sql"]]
    assert rows and all("OFFSET" not in q for q in rows)


def test_orders_without_a_keyset_page_by_offset():
    from taizhang.ledger.models import Project
    assert query.keyset_order(Fact.objects.order_by("-value", "-id")) == ("-value", "-id")
    assert query.keyset_order(Fact.objects.order_by("-value")) is None  # not unique: ties would be lost
    assert query.keyset_order(Project.objects.order_by("-investment_planned", "-id")) is None  # nullable
    assert query.keyset_order(Project.objects.order_by("name")) == ("name",)
    assert query.keyset_order(Fact.objects.order_by("document__published", "id")) is None


def test_facets_count_among_the_newest_facet_sample_rows(client_in, ledger, monkeypatch):
    """The facets' sample is bounded on its own (FACET_SAMPLE), below what the list counts: the total stays
    exact while the facets count the newest rows only, and the page says how many."""
    targets = Fact.objects.filter(kind="target").order_by("-id")
    assert targets.count() > 2
    monkeypatch.setattr(query, "FACET_SAMPLE", 2)
    data = client_in.get("/targets.json").json()
    assert data["count"] == targets.count() and data["count_exact"] and not data["facets_exact"]
    assert {r["value"]: r["count"] for r in data["facets"]["measure"]} == dict(Counter(f.measure for f in targets[:2]))
    assert "计数取最新 2 条" in client_in.get("/targets/").content.decode()


def test_an_order_by_annotation_or_expression_pages_by_offset():
    from django.db.models import Count, F
    assert query.keyset_order(Fact.objects.annotate(n=Count("links_out")).order_by("-n", "-id")) is None
    assert query.keyset_order(Fact.objects.order_by(F("value").desc(), "-id")) is None


def test_a_searched_list_counts_up_to_the_search_bound(client_in, ledger, monkeypatch):
    """A searched list confirms the term in each candidate's text: it counts up to SEARCH_COUNT_LIMIT rows (then
    N+ or the planner's 共约), exact below it; an unsearched list still counts up to COUNT_LIMIT."""
    from taizhang.ledger.searchindex import grams
    targets = Fact.objects.filter(kind="target")
    term, n = Counter(g for s in targets.values_list("search", flat=True) for g in grams(s)).most_common(1)[0]
    assert n > 2
    monkeypatch.setattr(query, "SEARCH_COUNT_LIMIT", 2)
    data = client_in.get(f"/targets.json?q={term}&size=1").json()
    assert (data["count"], data["count_exact"], data["pages"]) == (2, False, 2)
    estimate = data["count_estimate"]
    if connection.vendor == "sqlite":
        assert estimate is None
    html = client_in.get(f"/targets/?q={term}&size=1").content.decode()
    assert (f"共约 {estimate} 条（可翻阅最新 2 条）" if estimate else "共 2+ 条") in html
    every = "&".join(f"document={d}" for d in set(targets.values_list("document_id", flat=True)))
    plain = client_in.get(f"/targets.json?size=1&{every}").json()  # counted (no kept count), not searched
    assert (plain["count"], plain["count_exact"]) == (targets.count(), True)
    monkeypatch.setattr(query, "SEARCH_COUNT_LIMIT", n)
    data = client_in.get(f"/targets.json?q={term}&size=1").json()
    assert (data["count"], data["count_exact"], data["pages"]) == (n, True, n)


def test_a_searched_page_reads_its_ids_first_and_shows_the_same_rows(client_in, ledger):
    import re

    from taizhang.ledger.searchindex import grams
    targets = Fact.objects.filter(kind="target")
    term, n = Counter(g for s in targets.values_list("search", flat=True) for g in grams(s)).most_common(1)[0]
    want = list(targets.filter(search__icontains=term).order_by("-id").values_list("id", flat=True))
    for page in (1, 2):
        with CaptureQueriesContext(connection) as ctx:
            got = client_in.get(f"/targets.json?q={term}&size=2&page={page}").json()["results"]
        assert [r["id"] for r in got] == want[(page - 1) * 2:page * 2]
        # the page's rows fetched by a list of ids, not by the searched query with its joins
        assert any(re.search(r'"ledger_fact"\."id" IN \(\d', q["sql"]) for q in ctx.captured_queries)
    html = client_in.get(f"/targets/?q={term}&size=2").content.decode()
    assert f"/facts/{want[0]}/" in html and f"/facts/{want[1]}/" in html
