"""A site with both halves filled: the ledger's three test documents (fake extractor) and the supervision world
(units, one user per role, items), plus one of everything a page can show (report, request, round, finding)."""
from __future__ import annotations

import datetime as dt

import pytest

from ledger import texts
from supervision.conftest import make_world

FAKE = "ledger.fakeextract.extract_file"


@pytest.fixture(autouse=True)
def _fast(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.TAIZHANG_EXTRACTOR = FAKE


@pytest.fixture
def site(db, tmp_path, settings):
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import timezone

    from taizhang.supervision import services

    settings.MEDIA_ROOT = tmp_path / "media"
    docs = {k: texts.ingest_text(f"{k}.txt", t) for k, t in
            (("r23", texts.REPORT_2023), ("m23", texts.MIDYEAR_2023), ("r24", texts.REPORT_2024))}
    from taizhang.ledger.models import IngestBatch, IngestItem
    batch = IngestBatch.objects.create(total=2, done=2, finished=True)
    IngestItem.objects.create(batch=batch, name="r23.txt", status=IngestItem.Status.STORED, document=docs["r23"].document)
    IngestItem.objects.create(batch=batch, name="坏文件.txt", status=IngestItem.Status.FAILED, message="测试：无法读取")
    w = make_world()
    w.docs = docs
    w.ledger_user = get_user_model().objects.create_user("reviewer", password="pw-for-tests-1")
    w.superuser = get_user_model().objects.create_superuser("root", password="pw-for-tests-1")
    today = timezone.localdate()
    services.update_assignment(w.supervisor, w.item_a.id, None, {"requirement": "年底前完成主体工程"},
                               milestones=[(today + dt.timedelta(days=20), 60.0, "主体完工")], note="补充节点")
    w.report = services.submit_report(w.reporter_a, w.item_a.id, 40, "主体结构施工中", "用地手续待批", "加快施工",
                                      [SimpleUploadedFile("进度.txt", "进度说明".encode())])
    w.change = services.request_change(w.reporter_b, w.item_b.id, "extension", "拆迁未完成",
                                       today + dt.timedelta(days=30), "")
    w.round = services.create_round(w.supervisor, "第一轮专项督查", "第一督查组", today, today, [w.unit_a.id, w.unit_b.id])
    w.finding = services.add_finding(w.supervisor, w.round.id, w.unit_b.id, "台账更新不及时", "major",
                                     today + dt.timedelta(days=10), w.item_b.id)
    services.notify_finding(w.supervisor, w.finding.id)
    services.issue_reminders(today, w.supervisor)
    from django.apps import apps
    try:  # a progress proposal read from a later document, when this installation makes them
        Proposal = apps.get_model("supervision", "Proposal")
    except LookupError:
        Proposal = None
    if Proposal is not None:
        d = docs["m23"].document
        w.proposal = Proposal.objects.create(item=w.item_a, kind="actual", document_id=d.pk, document_title=d.title,
                                             published=d.published, evidence="上半年全市地区生产总值增长4.5%",
                                             period="2023-H1", value=4.5, unit="%", target_value=6, target_unit="%",
                                             gap=-1.5, completion=75, progress=75)
    return w
