"""Bad parameters are 400s, never 500s: random query strings thrown at every list and .json endpoint of both
halves of the site (region=abc, 30-digit ids, digits that are not ASCII, NUL, huge pages)."""
from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from taizhang.ledger.models import Fact, Indicator, Project, Task


@pytest.fixture
def site(db, settings, tmp_path):
    from ledger import texts
    from supervision.conftest import make_world
    settings.TAIZHANG_EXTRACTOR = "ledger.fakeextract.extract_file"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    for name, text in (("r23.txt", texts.REPORT_2023), ("m23.txt", texts.MIDYEAR_2023), ("r24.txt", texts.REPORT_2024)):
        texts.ingest_text(name, text)
    w = make_world()
    w.fact = Fact.objects.first()
    w.indicator = Indicator.objects.filter(facts__isnull=False).first()
    w.project = Project.objects.first()
    w.task = Task.objects.first()
    return w


def endpoints(w) -> list[str]:
    return [
        "/overview/", "/dashboard.json", "/documents/", "/documents.json", "/targets/", "/targets.json",
        "/targets.csv", "/actuals/", "/actuals.json", "/projects/", "/projects.json", "/tasks/", "/tasks.json",
        "/indicators/", "/indicators.json", f"/indicators/{w.indicator.pk}/", f"/indicators/{w.indicator.pk}.json",
        "/pipeline/", "/pipeline.json", "/review/", "/review.json", f"/facts/{w.fact.pk}.json",
        f"/projects/{w.project.pk}.json", f"/tasks/{w.task.pk}.json",
        "/supervision/", "/supervision/items.json", "/supervision/inspections/", "/supervision/inspections.json",
        "/supervision/findings.json", "/supervision/rates/", "/supervision/rates.json",
        "/supervision/excel/export.xlsx",
    ]


PARAMS = ["page", "size", "sort", "q", "region", "indicator", "period", "measure", "review", "document", "stage",
          "kind", "flagged", "subject", "status", "unit", "colour", "month", "by", "export"]
NASTY = ["abc", "", "__none__", "-1", "0", "1e9", "9" * 30, str(2 ** 63), str(2 ** 63 - 1), "٣", "²", "1.5",
         "2024-13", "2024-99999999999999999999", "'; DROP TABLE x; --", "%", "_", "\\", "\x00", "🙂", " 1", "1 "]
values = st.one_of(st.sampled_from(NASTY), st.integers(-10 ** 40, 10 ** 40).map(str),
                   st.text(max_size=30))
queries = st.lists(st.tuples(st.one_of(st.sampled_from(PARAMS), st.text(min_size=1, max_size=8)), values),
                   min_size=1, max_size=5)


@pytest.mark.parametrize("role", ["admin", "reporter_a"])
def test_random_query_strings_never_500(site, role):
    client = Client(raise_request_exception=False)
    client.force_login(site.users[role])
    urls = endpoints(site)

    @hsettings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(url=st.sampled_from(urls), query=queries)
    def check(url, query):
        r = client.get(url + "?" + urlencode(query))
        assert r.status_code < 500, (url, query, r.status_code)

    check()


@pytest.mark.parametrize("url, status", [
    ("/actuals/?region=abc", 400), ("/actuals.json?region=" + "9" * 30, 400), ("/targets.json?document=²", 400),
    ("/pipeline.json?region=abc", 400), ("/review.json?document=abc", 400),
    ("/supervision/items.json?unit=" + "9" * 30, 400), ("/supervision/?unit=abc", 400),
    ("/supervision/items.json?size=abc", 400), ("/targets.json?q=%00", 400),
    ("/facts/" + "9" * 30 + ".json", 404), ("/documents/" + "9" * 30 + "/", 404),
])
def test_known_bad_parameters_are_client_errors(site, url, status):
    client = Client(raise_request_exception=False)
    client.force_login(site.admin)
    assert client.get(url).status_code == status
