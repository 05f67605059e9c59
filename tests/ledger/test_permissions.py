"""Permission matrix of the ledger: every endpoint × every role (as tests/supervision/test_permissions.py does
for the supervision loop).  Reading follows the unit tree; reviewing, linking, merging belong to 督查人员 and
系统管理员; uploading also to a unit's 联络员; a 查看人员, a 领导 and an account without a role write nothing;
an account without a role reads nothing.  A refused write changes nothing."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from permission_matrix import READ_ALL, ROLES, client_for, expected, get_failures, post_failures
from supervision.conftest import make_world  # the supervision tests' unit tree and one user per role
from taizhang.ledger import ingest
from taizhang.ledger.models import Document, Fact, FactLink, IngestBatch, Indicator, Project, ProjectMention, Task

from . import texts

pytestmark = pytest.mark.django_db

KEEPERS = {"admin", "supervisor"}
UNIT_A = {"reporter_a", "viewer_a"}
UPLOADERS = KEEPERS | {"reporter_a", "reporter_b"}


def _upload(user, name: str, text: str) -> tuple[IngestBatch, Document]:
    batch = ingest.ingest_uploads([SimpleUploadedFile(name, text.encode("utf-8"))], user=user)
    item = batch.items.get()
    assert item.status == "stored", item.message
    return batch, item.document


@pytest.fixture
def w(db):
    """Unit A's document (uploaded by A's reporter), unit B's, and one ingested from the command line."""
    w = make_world()
    w.batch_a, w.doc_a = _upload(w.reporter_a, "a.txt", texts.REPORT_2023)
    w.batch_b, w.doc_b = _upload(w.reporter_b, "b.txt", texts.MIDYEAR_2023)
    w.doc_c = texts.ingest_text("c.txt", texts.REPORT_2024).document
    w.fact_a = Fact.objects.filter(document=w.doc_a, kind="target").first()
    w.fact_b = Fact.objects.filter(document=w.doc_b).first()
    w.task_a = Task.objects.filter(document=w.doc_a).first()
    w.task_c = Task.objects.filter(document=w.doc_c).first()
    w.link_ab = FactLink.objects.filter(target__document=w.doc_a, other__document=w.doc_a).first() \
        or FactLink.objects.filter(target__document=w.doc_a).first()
    w.project_c = Project.objects.filter(mentions__document=w.doc_c).exclude(mentions__document__in=[w.doc_a, w.doc_b]) \
        .first()
    w.project_a = Project.objects.filter(mentions__document=w.doc_a).first()
    w.mention_a = ProjectMention.objects.filter(document=w.doc_a).first()
    w.indicator_a = w.fact_a.indicator
    assert all([w.fact_a, w.fact_b, w.task_a, w.task_c, w.link_ab, w.project_a, w.mention_a, w.indicator_a])
    w.users["anon"] = None
    return w


def _anon_code(url: str) -> int:
    return 401 if url.endswith(".json") else 302  # the API answers 401, a page sends to the login


ALL_READERS = READ_ALL | UNIT_A | {"reporter_b"}
A_READERS = READ_ALL | UNIT_A
B_READERS = READ_ALL | {"reporter_b"}
NOT_A = {"reporter_b"}
NOT_B = UNIT_A

# (name, url, roles that read it, roles for which it does not exist)
GETS = [
    ("dashboard", lambda w: "/overview/", ALL_READERS, set()),
    ("dashboard.json", lambda w: "/dashboard.json", ALL_READERS, set()),
    ("documents", lambda w: "/documents/", ALL_READERS, set()),
    ("documents.json", lambda w: "/documents.json", ALL_READERS, set()),
    ("document A", lambda w: f"/documents/{w.doc_a.pk}/", A_READERS, NOT_A),
    ("document A json", lambda w: f"/documents/{w.doc_a.pk}.json", A_READERS, NOT_A),
    ("document B json", lambda w: f"/documents/{w.doc_b.pk}.json", B_READERS, NOT_B),
    ("document C (command line)", lambda w: f"/documents/{w.doc_c.pk}/", READ_ALL, UNIT_A | {"reporter_b"}),
    ("batch A", lambda w: f"/batches/{w.batch_a.pk}/", READ_ALL | {"reporter_a"}, {"viewer_a", "reporter_b"}),
    ("batch B json", lambda w: f"/batches/{w.batch_b.pk}.json", READ_ALL | {"reporter_b"}, UNIT_A),
    ("targets", lambda w: "/targets/", ALL_READERS, set()),
    ("targets.json", lambda w: "/targets.json", ALL_READERS, set()),
    ("targets.csv", lambda w: "/targets.csv", ALL_READERS, set()),
    ("actuals.xlsx", lambda w: "/actuals.xlsx", ALL_READERS, set()),
    ("actuals", lambda w: "/actuals/", ALL_READERS, set()),
    ("projects.json", lambda w: "/projects.json", ALL_READERS, set()),
    ("tasks", lambda w: "/tasks/", ALL_READERS, set()),
    ("fact A", lambda w: f"/facts/{w.fact_a.pk}/", A_READERS, NOT_A),
    ("fact A json", lambda w: f"/facts/{w.fact_a.pk}.json", A_READERS, NOT_A),
    ("fact B", lambda w: f"/facts/{w.fact_b.pk}/", B_READERS, NOT_B),
    ("task A json", lambda w: f"/tasks/{w.task_a.pk}.json", A_READERS, NOT_A),
    ("task C", lambda w: f"/tasks/{w.task_c.pk}/", READ_ALL, UNIT_A | {"reporter_b"}),
    ("project A", lambda w: f"/projects/{w.project_a.pk}/", lambda w: A_READERS | (
        {"reporter_b"} if w.project_a.mentions.filter(document=w.doc_b).exists() else set()), NOT_A),
    ("indicators", lambda w: "/indicators/", ALL_READERS, set()),
    ("indicators.json", lambda w: "/indicators.json", ALL_READERS, set()),
    ("indicator A", lambda w: f"/indicators/{w.indicator_a.pk}/", lambda w: A_READERS | (
        {"reporter_b"} if w.indicator_a.facts.filter(document=w.doc_b).exists() else set()), NOT_A),
    ("pipeline", lambda w: "/pipeline/", ALL_READERS, set()),
    ("pipeline.json", lambda w: "/pipeline.json", ALL_READERS, set()),
    ("review queue", lambda w: "/review/", KEEPERS, set()),
    ("review queue json", lambda w: "/review.json", KEEPERS, set()),
]


@pytest.mark.parametrize("role", ROLES)
def test_every_get_endpoint_for_every_role(w, role):
    failures = get_failures(w, role, GETS, anon_code=_anon_code)
    assert not failures, f"{role}: {failures}"


def _posts(w):
    """(name, url, data, roles that succeed, roles for which the object does not exist, success code)."""
    return [  # links first: reviewing a fact re-links it
        ("break link", f"/links/{w.link_ab.pk}.json", {"action": "break"}, KEEPERS, set(), 200),
        ("break mention link", f"/mentions/{w.mention_a.pk}/link.json", {"action": "break"}, KEEPERS, set(), 200),
        ("accept fact A", f"/review/fact/{w.fact_a.pk}.json", {"action": "accept"}, KEEPERS, set(), 200),
        ("correct fact A", f"/review/fact/{w.fact_a.pk}.json", {"action": "correct", "value": "99"}, KEEPERS,
         set(), 200),
        ("reject fact A (page)", f"/review/fact/{w.fact_a.pk}/", {"action": "reject"}, KEEPERS, set(), 302),
        ("accept task A", f"/review/task/{w.task_a.pk}.json", {"action": "accept"}, KEEPERS, set(), 200),
        ("rename project A", f"/review/project/{w.project_a.pk}.json", {"action": "correct", "name": "改名项目"},
         KEEPERS, set(), 200),
        ("merge indicators", f"/indicators/{w.indicator_a.pk}/merge.json", {"other": "固定资产投资"}, KEEPERS,
         set(), 200),
    ]


def _snapshot():
    return (sorted(Fact.objects.values_list("id", "review_state", "value")),
            sorted(Project.objects.values_list("id", "name", "review_state")),
            sorted(Task.objects.values_list("id", "review_state")),
            sorted(FactLink.objects.values_list("id", "state")),
            sorted(ProjectMention.objects.values_list("id", "project_id", "link_state")),
            sorted(Indicator.objects.values_list("id", "name")), Document.objects.count())


@pytest.mark.parametrize("role", ROLES)
def test_every_post_endpoint_for_every_role(w, role):
    """Each write on a fresh copy of the world; a refused write leaves every ledger table as it was."""
    def want(role, post):
        name, url, data, ok, hidden, ok_code = post
        return expected(role, ok, hidden, ok_code=ok_code, anon_code=_anon_code(url))
    failures = post_failures(w, role, _posts(w), want, _snapshot)
    assert not failures, f"{role}: {failures}"


@pytest.mark.parametrize("role", ROLES)
def test_upload_for_every_role(w, role):
    before = Document.objects.count()
    f = SimpleUploadedFile(f"up-{role}.txt", ("湛江市2025年工作要点\n2025年1月2日\n地区：湛江市\n"
                                            f"全年力争地区生产总值增长{len(role)}%。\n").encode("utf-8"))
    r = client_for(w, role).post("/documents/", {"files": [f]})
    want = expected(role, UPLOADERS, ok_code=302)
    assert r.status_code in want, (role, r.status_code)
    assert Document.objects.count() == before + (1 if role in UPLOADERS else 0)


def test_unit_reader_sees_only_its_documents_in_lists(w):
    c = client_for(w, "viewer_a")
    docs = {d["id"] for d in c.get("/documents.json").json()["results"]}
    assert docs == {w.doc_a.pk}
    targets = c.get("/targets.json").json()
    assert targets["count"] == Fact.objects.filter(kind="target", document=w.doc_a).count()
    assert all(f["document"] == w.doc_a.pk for f in targets["results"])
    doc_facet = {v["value"] for v in targets["facets"]["document"]}
    assert doc_facet == {str(w.doc_a.pk)}  # facet counts leak no other unit's documents
    assert c.get("/dashboard.json").json()["documents"] == 1
    csv_text = c.get("/targets.csv").content.decode("utf-8-sig")
    assert "c.txt" not in csv_text and "b.txt" not in csv_text
    full = client_for(w, "leader").get("/documents.json").json()
    assert {d["id"] for d in full["results"]} == {w.doc_a.pk, w.doc_b.pk, w.doc_c.pk}


def test_reading_follows_the_unit_tree_downwards(w, django_user_model):
    """A county's people read what its towns uploaded; a town's people do not read the county's."""
    from taizhang.supervision.models import Membership, Role
    town_rep = django_user_model.objects.create_user("rep_town", password="x" * 12)
    Membership.objects.create(user=town_rep, unit=w.town, role=Role.LIAISON)
    county_viewer = django_user_model.objects.create_user("view_county", password="x" * 12)
    Membership.objects.create(user=county_viewer, unit=w.county, role=Role.VIEWER)
    county_rep = django_user_model.objects.create_user("rep_county", password="x" * 12)
    Membership.objects.create(user=county_rep, unit=w.county, role=Role.LIAISON)
    _, town_doc = _upload(town_rep, "town.txt", "河口镇2025年工作安排\n2025年2月1日\n全年力争地区生产总值增长7%。\n")
    _, county_doc = _upload(county_rep, "county.txt", "东城区2025年工作安排\n2025年2月3日\n全年力争地区生产总值增长8%。\n")
    cv, tr = Client(), Client()
    cv.force_login(county_viewer)
    tr.force_login(town_rep)
    assert {d["id"] for d in cv.get("/documents.json").json()["results"]} == {town_doc.pk, county_doc.pk}
    assert cv.get(f"/documents/{town_doc.pk}/").status_code == 200
    assert tr.get(f"/documents/{county_doc.pk}/").status_code == 404
    assert {d["id"] for d in tr.get("/documents.json").json()["results"]} == {town_doc.pk}


def test_item_source_document_is_readable_by_the_assigned_unit(w):
    """A supervised item made from a task of the command-line document lets unit B read that document."""
    from django.contrib.contenttypes.models import ContentType
    c = client_for(w, "reporter_b")
    assert c.get(f"/documents/{w.doc_c.pk}/").status_code == 404
    w.item_b.source_type = ContentType.objects.get_for_model(Task)
    w.item_b.source_id = str(w.task_c.pk)
    w.item_b.save()
    assert c.get(f"/documents/{w.doc_c.pk}/").status_code == 200
    assert c.get(f"/tasks/{w.task_c.pk}/").status_code == 200
    assert client_for(w, "reporter_a").get(f"/documents/{w.doc_c.pk}/").status_code == 404
