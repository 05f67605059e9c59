"""The home page shows each role its own work, and every page's menu leads to the supervision pages."""
from __future__ import annotations

import pytest
from django.test import Client

from .test_pages_chinese import visible_text

pytestmark = pytest.mark.django_db


def _get(user, url="/"):
    c = Client(raise_request_exception=True)
    c.force_login(user)
    r = c.get(url)
    assert r.status_code == 200, url
    return r, visible_text(r.content.decode())


def _menu(r) -> list[str]:
    return [l["label"] for l in r.context["links"]] if "links" in r.context else []


def test_supervisor_sees_warnings_overdue_pending_reviews_and_ranking(site):
    r, text = _get(site.supervisor)
    assert r.templates[0].name == "home/supervisor.html"
    overdue = [i.code for i, _ in r.context["overdue"]]
    assert overdue == ["T-002"]  # past its deadline: red
    assert r.context["counts"]["red"] == 1
    assert [x.pk for x in r.context["reports"]] == [site.report.pk]  # submitted, waiting for review
    assert [x.pk for x in r.context["requests"]] == [site.change.pk]  # extension asked
    assert "逾期事项" in text and "待我审核" in text and "进展建议" in text and "排名" in text
    assert "完成老旧小区改造" in text and "主体结构施工中" not in text
    assert r.context["ranking"], "the month's ranking is on the home page"
    assert "rep_a" not in text or "市发展改革局" in text


def test_proposals_waiting_appear_on_the_supervisors_home(site):
    from django.apps import apps
    try:
        Proposal = apps.get_model("supervision", "Proposal")
    except LookupError:
        pytest.skip("this installation has no progress proposals")
    Proposal.objects.create(item=site.item_a, kind="actual", value=12.5, unit="%", period="2023-H1",
                            document_title="自拟进展通报", completion=80)
    r, text = _get(site.supervisor)
    assert r.context["proposal_count"] == 2  # this one and the fixture's
    assert "自拟进展通报" in text and "2023年上半年" in text and "完成度 80%" in text


def test_liaison_lands_on_own_units_items_not_the_review_queue(site):
    r, text = _get(site.reporter_a)
    assert r.templates[0].name == "home/unit.html"
    assert "本单位事项" in text and "市发展改革局" in text
    codes = {i.code for i, _ in r.context["rows"]}
    assert codes == {"T-001"}  # its unit's item only, not T-002 of another unit
    assert "推进产业园区标准厂房建设" in text and "完成老旧小区改造" not in text
    assert "审核队列" not in text and "审核" not in _menu(r)
    todo = {i.code for i, *_ in r.context["todo"]}
    assert "T-001" in todo and "报送进展" in text


def test_liaison_sees_findings_to_rectify(site):
    r, text = _get(site.reporter_b)
    assert [f.pk for f in r.context["findings"]] == [site.finding.pk]
    assert "待整改问题" in text and "台账更新不及时" in text


def test_leader_sees_the_overview_by_unit(site):
    r, text = _get(site.leader)
    assert r.templates[0].name == "home/leader.html"
    by_unit = dict(r.context["by_unit"])
    assert by_unit["市住房城乡建设局"]["red"] == 1 and by_unit["市发展改革局"]["total"] == 1
    assert "各单位推进概况" in text


def test_account_without_unit_is_told_so(site):
    r, text = _get(site.ledger_user)
    assert "尚未分配单位和角色" in text
    assert _menu(r) == ["首页"]


@pytest.mark.parametrize("role,expected,absent", [
    ("supervisor", ["首页", "督办事项", "督查整改", "排名通报", "文件", "目标", "审核"], []),
    ("leader", ["首页", "督办事项", "督查整改", "排名通报", "文件", "目标"], ["审核"]),
    ("reporter_a", ["首页", "督办事项", "督查整改", "排名通报"], ["审核", "目标"]),
    ("viewer_a", ["首页", "督办事项", "督查整改", "排名通报"], ["审核"]),
])
def test_every_page_menu_links_the_supervision_pages_by_role(site, role, expected, absent):
    user = site.users[role]
    for url in ("/", "/supervision/", f"/supervision/items/{site.item_a.pk}/", "/supervision/rates/"):
        r, _ = _get(user, url)
        menu = _menu(r)
        for label in expected:
            assert label in menu, (role, url, label, menu)
        for label in absent:
            assert label not in menu, (role, url, label, menu)
    if role == "supervisor":  # the ledger's pages carry the same menu
        r, _ = _get(user, "/targets/")
        assert {"督办事项", "督查整改", "排名通报"} <= set(_menu(r))
        assert [l["label"] for l in r.context["links"] if l["active"]] == ["目标"]


def test_pages_offer_only_what_the_reader_may_do(site):
    """A leader reads the ledger but neither uploads nor reviews: no upload form, no links into the review queue."""
    doc = site.docs["r23"].document
    for url in ("/documents/", "/overview/", f"/documents/{doc.pk}/"):
        html = _get(site.leader, url)[0].content.decode()
        assert 'href="/review/' not in html and 'id="upload"' not in html, url
    html = _get(site.supervisor, "/documents/")[0].content.decode()
    assert 'href="/review/?document=' in html and 'id="upload"' in html


def test_item_pages_offer_review_forms_only_to_reviewers(site):
    from taizhang.ledger.models import Fact, Project, Task
    f = Fact.objects.filter(kind="target").first()
    pages = [f"/facts/{f.pk}/", f"/tasks/{Task.objects.first().pk}/", f"/projects/{Project.objects.first().pk}/",
             f"/indicators/{f.indicator_id}/"]
    for url in pages:
        html = _get(site.leader, url)[0].content.decode()
        assert 'method="post"' not in html.split("<main", 1)[1], url
    html = _get(site.supervisor, pages[0])[0].content.decode()
    assert 'id="review-form"' in html


def test_exports_are_in_words(site):
    """The ledger's CSV speaks like its pages: 增速 not growth, 2025年前 not ..2025."""
    import csv
    import io
    r, _ = _get(site.supervisor, "/targets.csv")
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows and {row["度量"] for row in rows} <= {"增速", "总量", "数量", "占比", "排名", "差值"}
    assert "2025年前" in {row["期间"] for row in rows}
    assert not any(row["期间"].startswith("..") for row in rows)
