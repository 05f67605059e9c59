"""Pages and their JSON answers, through Django's test client."""
from __future__ import annotations

import csv
import io
import json

import pytest
from . import texts

from taizhang.ledger.models import Document, Fact, Project, Task

pytestmark = pytest.mark.django_db

PAGES = ["/", "/documents/", "/targets/", "/actuals/", "/projects/", "/tasks/", "/indicators/", "/pipeline/",
         "/review/"]


@pytest.mark.parametrize("url", PAGES)
def test_login_required(client, url):
    r = client.get(url)
    assert r.status_code == 302 and r["Location"].startswith("/accounts/login/")


def test_json_without_login_is_401(client):
    r = client.get("/targets.json")
    assert r.status_code == 401 and r.json()["error"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render(client_in, ledger, url):
    r = client_in.get(url)
    assert r.status_code == 200
    assert "<html lang=\"zh-CN\">" in r.content.decode()


@pytest.mark.parametrize("url", ["/dashboard.json", "/documents.json", "/targets.json", "/actuals.json",
                                 "/projects.json", "/tasks.json", "/indicators.json", "/pipeline.json",
                                 "/review.json"])
def test_json_suffix(client_in, ledger, url):
    r = client_in.get(url)
    assert r.status_code == 200 and r["Content-Type"].startswith("application/json")
    r.json()


def test_accept_header_gives_json(client_in, ledger):
    r = client_in.get("/targets/", HTTP_ACCEPT="application/json")
    data = r.json()
    assert data["count"] == Fact.objects.filter(kind="target").count() and "facets" in data


def test_item_pages_html_and_json(client_in, ledger):
    f = Fact.objects.filter(kind="target").first()
    p = Project.objects.get(name="城际高铁")
    t = Task.objects.first()
    d = ledger["r23"].document
    for url in (f"/facts/{f.pk}/", f"/projects/{p.pk}/", f"/tasks/{t.pk}/", f"/documents/{d.pk}/",
                f"/indicators/{f.indicator_id}/"):
        assert client_in.get(url).status_code == 200, url
        j = client_in.get(url.rstrip("/") + ".json")
        assert j.status_code == 200, url
    data = client_in.get(f"/projects/{p.pk}.json").json()
    assert [m["published"] for m in data["mentions"]] == ["2023-01-10", "2023-07-20", "2024-01-15"]
    doc = client_in.get(f"/documents/{d.pk}.json").json()
    assert doc["text"] == texts.REPORT_2023 and len(doc["facts"]) == 3


def test_fact_page_shows_every_source_sentence(client_in, ledger):
    target = Fact.objects.get(document=ledger["r23"].document, indicator__name="地区生产总值", measure="growth")
    html = client_in.get(f"/facts/{target.pk}/").content.decode()
    assert "全年力争地区生产总值增长" in html and "上半年全市地区生产总值增长" in html
    assert "机器关联" in html and "-1.5" in html


def test_document_view_highlights_and_escapes(client_in, ledger):
    d = ledger["r23"].document
    html = client_in.get(f"/documents/{d.pk}/").content.decode()
    assert "&lt;b&gt;不留死角&lt;/b&gt;" in html and "<b>不留死角</b>" not in html
    f = Fact.objects.filter(document=d, kind="target").first()
    assert f'href="/facts/{f.pk}/"' in html and "hl-target" in html and "hl-project" in html
    assert 'id="off-' in html  # outline anchors


def test_facets_filter_and_count(client_in, ledger):
    data = client_in.get("/targets.json").json()
    ind = {r["label"]: r for r in data["facets"]["indicator"]}
    gdp = ind["地区生产总值"]
    filtered = client_in.get(f"/targets.json?indicator={gdp['value']}").json()
    assert filtered["count"] == gdp["count"] == 3
    assert all(r["indicator"] == "地区生产总值" for r in filtered["results"])
    none = client_in.get("/targets.json?review=accepted").json()
    assert none["count"] == 0


def test_search_finds_two_character_words(client_in, ledger):
    assert client_in.get("/tasks.json?q=整改").json()["count"] == 1
    assert client_in.get("/projects.json?q=高铁").json()["count"] == 1
    assert client_in.get("/actuals.json?q=上半年").json()["count"] == 2
    assert client_in.get("/targets.json?q=不存在的词").json()["count"] == 0


def test_sorting_and_paging(client_in, ledger):
    data = client_in.get("/targets.json?sort=value&size=2").json()
    assert data["pages"] == 2 and [r["value"] for r in data["results"]] == [5000, 4800]
    assert client_in.get("/targets.json?sort=value&size=2&page=2").json()["page"] == 2


def test_review_accept_via_post_puts_item_in_ledger(client_in, ledger):
    f = Fact.objects.filter(kind="target").first()
    r = client_in.post(f"/review/fact/{f.pk}/", {"action": "accept", "next": f"/facts/{f.pk}/"})
    assert r.status_code == 302
    f.refresh_from_db()
    assert f.review_state == "accepted" and f.reviewed_by.username == "reviewer"
    data = client_in.get("/targets.json?review=accepted").json()
    assert [x["id"] for x in data["results"]] == [f.pk]


def test_review_correct_keeps_machine_values(client_in, ledger):
    f = Fact.objects.filter(kind="target", measure="growth").first()
    r = client_in.post(f"/review/fact/{f.pk}.json", {"action": "correct", "value": "7", "period": "2023"})
    assert r.json()["changed"] == ["value"]
    f.refresh_from_db()
    assert f.value == 7 and f.extracted["value"] == 6 and f.review_state == "corrected"
    bad = client_in.post(f"/review/fact/{f.pk}.json", {"action": "correct", "kind": "nonsense"})
    assert bad.status_code == 400


def test_csrf_enforced(ledger, user):
    from django.test import Client
    c = Client(enforce_csrf_checks=True)
    c.force_login(user)
    f = Fact.objects.first()
    assert c.post(f"/review/fact/{f.pk}/", {"action": "accept"}).status_code == 403
    page = c.get(f"/facts/{f.pk}/").content.decode()
    assert "csrfmiddlewaretoken" in page


def test_upload_in_browser_form(client_in, db):
    from django.core.files.uploadedfile import SimpleUploadedFile
    files = [SimpleUploadedFile("a.txt", texts.REPORT_2023.encode()),
             SimpleUploadedFile("b.txt", texts.REPORT_2023.encode()),
             SimpleUploadedFile("c.txt", texts.UNREADABLE.encode())]
    r = client_in.post("/documents/", {"files": files})
    assert r.status_code == 302 and "/batches/" in r["Location"]
    page = client_in.get(r["Location"]).content.decode()
    assert "已入库" in page and "重复" in page and "失败" in page
    data = client_in.get(r["Location"].rstrip("/") + ".json").json()
    assert [i["status"] for i in data["items"]] == ["stored", "duplicate", "failed"]
    assert Document.objects.count() == 1


def test_exports_csv_and_xlsx(client_in, ledger):
    r = client_in.get("/targets.csv?q=地区生产总值")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["编号", "指标", "主体"] and len(rows) == 5  # the 固定资产投资 target shares its sentence
    r = client_in.get("/projects.xlsx")
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(r.content))
    ws = wb.active
    assert ws.cell(1, 2).value == "项目" and ws.max_row == 1 + Project.objects.count()


def test_indicator_chart_data(client_in, ledger):
    f = Fact.objects.filter(indicator__name="地区生产总值", measure="growth").first()
    data = client_in.get(f"/indicators/{f.indicator_id}.json?measure=growth").json()
    assert data["subject"] == "湛江市" and "2023" in data["periods"] and "2023-H1" in data["periods"]
    assert data["target"][data["periods"].index("2023")] == 6
    assert data["actual"][data["periods"].index("2023-H1")] == 4.5
    assert data["ranking"][0]["subject"] == "湛江市"
    page = client_in.get(f"/indicators/{f.indicator_id}/").content.decode()
    assert "vendor/echarts/echarts.min.js" in page and 'id="chart-data"' in page


def test_pipeline_counts(client_in, ledger):
    data = client_in.get("/pipeline.json").json()
    stages = {s["stage"]: s for s in data["stages"]}
    assert stages["completed"]["count"] == 2 and stages["completed"]["planned"] == 300


def test_review_counts_per_document(client_in, ledger):
    data = client_in.get("/review.json").json()
    by_id = {d["id"]: d for d in data["documents"]}
    d = by_id[ledger["r23"].document.pk]
    assert d["reviewed"] == 0 and d["unreviewed"] == d["total"] > 0
    f = Fact.objects.filter(document=ledger["r23"].document).first()
    client_in.post(f"/review/fact/{f.pk}/", {"action": "reject"})
    d2 = {d["id"]: d for d in client_in.get("/review.json").json()["documents"]}[ledger["r23"].document.pk]
    assert d2["reviewed"] == 1


def test_openapi_document(client, ledger):
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.") and "/targets.json" in spec["paths"]
    try:
        from openapi_spec_validator import validate
    except ImportError:
        validate = None
    if validate is not None:
        validate(spec)
    # structural checks: every $ref resolves, every operation has responses, every path param is declared
    refs = []

    def walk(x):
        if isinstance(x, dict):
            if "$ref" in x:
                refs.append(x["$ref"])
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(spec)
    for ref in refs:
        assert ref.split("/")[-1] in spec["components"]["schemas"]
    op_ids = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            assert method in {"get", "post"} and op["responses"] and op["operationId"]
            op_ids.append(op["operationId"])
            declared = {p["name"] for p in op.get("parameters", []) if p["in"] == "path"}
            assert declared == set(__import__("re").findall(r"{(\w+)}", path)), path
    assert len(op_ids) == len(set(op_ids))
    json.dumps(spec)


def test_json_list_matches_openapi_schema(client_in, ledger):
    spec = client_in.get("/api/openapi.json").json()
    schema = spec["components"]["schemas"]["Fact"]
    item = client_in.get("/targets.json").json()["results"][0]
    assert set(schema["required"]) <= set(item) and set(item) <= set(schema["properties"])


def test_search_index_terms(client_in, ledger):
    from taizhang.ledger.searchindex import grams
    assert grams("整改，落实") == {"整改", "落实"}  # no bigram across punctuation
    assert client_in.get("/targets.json?q=地区生产总值").json()["count"] == 4  # incl. 固定资产投资 in the same sentence
    assert client_in.get("/targets.json?q=gdp").json()["count"] == 0
    assert client_in.get("/targets.json?q=生产 2025").json()["count"] == 1
    assert client_in.get("/targets.json?q=生产总值增长").json()["count"] == 2  # two facts, one sentence
    assert client_in.get("/tasks.json?q=改").json()["count"] == 1  # one character: plain substring


def test_correction_is_searchable(client_in, ledger):
    f = Fact.objects.get(document=ledger["m23"].document, indicator__name="固定资产投资")
    client_in.post(f"/review/fact/{f.pk}/", {"action": "correct", "indicator_name": "民间投资"})
    assert [r["id"] for r in client_in.get("/actuals.json?q=民间投资").json()["results"]] == [f.pk]


def test_selected_facet_links_back_to_unfiltered(client_in, ledger):
    ind = Fact.objects.filter(kind="target").first().indicator_id
    r = client_in.get(f"/targets/?indicator={ind}&sort=value")
    facet = [row for f, rows in r.context["facets"] if f.param == "indicator" for row in rows if row["selected"]]
    assert facet and facet[0]["href"] == "?sort=value"


def test_targets_list_shows_latest_actual_and_gap(client_in, ledger):
    r = client_in.get("/targets/?q=全年力争")
    rows = {f.indicator_name: f for f in r.context["page"]}
    assert rows["地区生产总值"].latest.value == 4.5 and rows["地区生产总值"].latest_gap == pytest.approx(-1.5)
    assert "2023年上半年" in r.content.decode()


def test_highlight_nests_and_escapes():
    from taizhang.ledger.highlight import Span, render
    html = render("甲<乙>丙丁", [Span(0, 4, "evidence", "/facts/1/"), Span(1, 3, "target", "/facts/1/", 't"x'),
                                Span(9, 12, "noise")], anchors=[0])
    assert html.startswith('<a class="anchor" id="off-0"></a>')
    assert "&lt;乙</a>" in html and "&gt;</a>丙丁" in html and "<乙" not in html
    assert 'class="hl hl-evidence hl-target"' in html and 'title="t&quot;x"' in html
    assert html.count('href="/facts/1/"') == 3  # 甲 | <乙 | >, each linked; 丙丁 plain


def test_dashboard_tallies_kinds_and_review_states(client_in, ledger):
    from taizhang.ledger.models import ReviewState
    f = Fact.objects.filter(kind="target").first()
    f.review_state = ReviewState.REJECTED
    f.save()
    data = client_in.get("/dashboard.json").json()
    live = Fact.objects.exclude(review_state=ReviewState.REJECTED)
    assert data["targets"] == live.filter(kind="target").count()
    assert data["actuals"] == live.filter(kind="actual").count()
    assert data["review_states"][ReviewState.REJECTED] == 1
    assert sum(data["review_states"].values()) == Fact.objects.count()
    assert data["unreviewed"] == Fact.objects.filter(review_state=ReviewState.UNREVIEWED).count()
