"""The workflow, reports, warnings, reminders, rollup and audit, through services (the only write path)."""
from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from taizhang.supervision import services
from taizhang.supervision.models import AuditEntry, ChangeRequest, Item, ProgressReport, Reminder, Status


def test_full_item_workflow_is_logged(world, media):
    s, r = world.supervisor, world.reporter_a
    item = services.create_item(s, code="N-1", title="新建污水处理厂", lead_unit_id=world.unit_a.id,
                                deadline=timezone.localdate() + dt.timedelta(days=90),
                                milestones=[(timezone.localdate(), 10.0, "开工")])
    for target in (Status.REGISTERED, Status.ASSIGNED):
        services.transition(s, item.id, target)
    with pytest.raises(PermissionDenied):            # supervisors do not accept on a unit's behalf
        services.transition(s, item.id, Status.ACCEPTED)
    with pytest.raises(PermissionDenied):            # another unit cannot accept it either
        services.transition(world.reporter_b, item.id, Status.ACCEPTED)
    services.transition(r, item.id, Status.ACCEPTED)
    rep = services.submit_report(r, item.id, 40, "已完成征地", files=[SimpleUploadedFile("a.pdf", b"%PDF-1.4 x")])
    item.refresh_from_db()
    assert item.status == Status.IN_PROGRESS         # first report starts the work
    assert item.progress == 0                        # not accepted yet
    services.review_report(s, rep.id, accept=True)
    item.refresh_from_db()
    assert item.progress == 40 and item.progress_text == "已完成征地"
    services.transition(r, item.id, Status.COMPLETION_REQUESTED)
    with pytest.raises(services.ServiceError):       # returning needs a reason
        services.transition(s, item.id, Status.RETURNED)
    services.transition(s, item.id, Status.RETURNED, "佐证材料不全")
    services.transition(r, item.id, Status.COMPLETION_REQUESTED)
    services.transition(s, item.id, Status.CLOSED)
    item.refresh_from_db()
    assert item.status == Status.CLOSED and item.closed_at and item.progress == 100
    with pytest.raises(services.ServiceError):       # closed is final
        services.transition(s, item.id, Status.IN_PROGRESS)
    actions = list(AuditEntry.objects.filter(item=item).values_list("action", flat=True))
    assert actions[0] == "create"
    assert [a for a in actions if a.startswith("transition")] == [
        "transition:立项", "transition:交办", "transition:签收", "transition:开始办理", "transition:申请办结",
        "transition:退回", "transition:再次申请办结", "transition:办结销号"]
    ret = AuditEntry.objects.get(item=item, action="transition:退回")
    assert ret.actor == s and ret.note == "佐证材料不全"
    assert ret.before == {"status": "completion_requested", "version": ret.before["version"]}
    assert ret.after["status"] == "returned"


def test_returned_report_keeps_progress_and_records_reason(world, media):
    rep = services.submit_report(world.reporter_a, world.item_a.id, 80, "进展")
    with pytest.raises(services.ServiceError):
        services.review_report(world.supervisor, rep.id, accept=False)
    services.review_report(world.supervisor, rep.id, accept=False, reason="数据与统计不符")
    rep.refresh_from_db()
    world.item_a.refresh_from_db()
    assert rep.state == ProgressReport.State.RETURNED and rep.return_reason == "数据与统计不符"
    assert world.item_a.progress == 0


def test_co_unit_reporter_reports_but_only_lead_moves_progress(world, media):
    town_rep = world.reporter_a.__class__.objects.create_user("rep_town", password="x" * 10)
    from taizhang.supervision.models import Membership, Role
    Membership.objects.create(user=town_rep, unit=world.town, role=Role.LIAISON)
    rep = services.submit_report(town_rep, world.item_a.id, 90, "配合完成场地平整")
    services.review_report(world.supervisor, rep.id, accept=True)
    world.item_a.refresh_from_db()
    assert world.item_a.progress == 0
    with pytest.raises(PermissionDenied):
        services.request_change(town_rep, world.item_a.id, "extension", "理由", dt.date(2030, 1, 1))


def test_parent_progress_rolls_up_weighted(world, media):
    s = world.supervisor
    parent = services.create_item(s, code="P", title="总任务", lead_unit_id=world.unit_a.id)
    c1 = services.create_item(s, code="P.1", title="子任务一", lead_unit_id=world.unit_a.id, parent_id=parent.id, weight=1)
    c2 = services.create_item(s, code="P.2", title="子任务二", lead_unit_id=world.unit_a.id, parent_id=parent.id, weight=3)
    services.update_assignment(s, c1.id, None, {"progress": 100.0})
    services.update_assignment(s, c2.id, None, {"progress": 20.0})
    parent.refresh_from_db()
    assert parent.progress == 40.0
    assert AuditEntry.objects.filter(item=parent, action="progress:rollup").count() == 2


def test_stale_version_is_refused(world):
    item = world.item_a
    services.update_assignment(world.supervisor, item.id, item.version, {"remarks": "一"})
    with pytest.raises(services.Conflict):
        services.update_assignment(world.supervisor, item.id, item.version, {"remarks": "二"})
    item.refresh_from_db()
    assert item.remarks == "一" and item.version == 2


def test_extension_request_approved_changes_deadline(world):
    new = timezone.localdate() + dt.timedelta(days=200)
    cr = services.request_change(world.reporter_a, world.item_a.id, "extension", "征地延误", new)
    with pytest.raises(PermissionDenied):
        services.decide_change(world.reporter_a, cr.id, True)
    services.decide_change(world.supervisor, cr.id, True, "同意")
    world.item_a.refresh_from_db()
    assert world.item_a.deadline == new
    assert ChangeRequest.objects.get().state == "approved"
    assert AuditEntry.objects.filter(item=world.item_a, action="延期生效").exists()


def test_warnings_turn_yellow_then_red_and_reminders_are_idempotent(world):
    today = timezone.localdate()
    # item_a: milestone 30 % five days ago, progress 0 → yellow; item_b: deadline passed → red
    assert services.colour_of(world.item_a, today) == "yellow"
    assert services.colour_of(world.item_b, today) == "red"
    assert services.colour_of(world.item_a, today - dt.timedelta(days=10)) == ""
    run = services.issue_reminders(today)
    assert sorted(r.colour for r in run.created) == ["red", "yellow"]
    again = services.issue_reminders(today)
    assert again.created == [] and again.skipped == 2
    assert Reminder.objects.count() == 2
    assert AuditEntry.objects.filter(action="reminder").count() == 2


def test_remind_cli(world, capsys):
    from taizhang.cli import main
    assert main(["remind"]) == 0
    out = capsys.readouterr().out
    assert "T-002" in out and "2 reminder(s) issued" in out


def test_inspection_loop_dated_and_attributed(world):
    s, r = world.supervisor, world.reporter_a
    rnd = services.create_round(s, "第一轮专项督查", "第一督查组", timezone.localdate(), timezone.localdate(),
                                [world.unit_a.id])
    f = services.add_finding(s, rnd.id, world.unit_a.id, "台账资料不完整", "major", timezone.localdate(),
                             world.item_a.id)
    services.notify_finding(s, f.id)
    with pytest.raises(PermissionDenied):
        services.rectify_finding(world.reporter_b, f.id, "不是我的")
    services.rectify_finding(r, f.id, "已补齐台账")
    services.verify_finding(s, f.id, False, "仍缺少 3 月资料")
    f.refresh_from_db()
    assert f.state == "reopened" and f.closed_at is None
    services.rectify_finding(r, f.id, "已补齐 3 月资料")
    services.verify_finding(s, f.id, True, "核实到位")
    f.refresh_from_db()
    assert f.state == "closed" and f.verified_by == s and f.rectified_by == r and f.closed_at
    steps = list(AuditEntry.objects.filter(content_type__model="finding", object_id=str(f.id))
                 .values_list("action", "actor__username"))
    assert steps == [("finding:create", "sup1"), ("finding:notice", "sup1"), ("finding:rectify", "rep_a"),
                     ("finding:reopen", "sup1"), ("finding:rectify", "rep_a"), ("finding:verify", "sup1")]


@pytest.mark.parametrize("name,content,ok", [
    ("a.pdf", b"%PDF-1.7 ...", True), ("a.png", b"\x89PNG\r\n", True), ("a.txt", "说明".encode(), True),
    ("a.exe", b"MZ", False), ("a.html", b"<script>", False), ("a.pdf", b"<script>alert(1)</script>", False),
    ("a.docx", b"not a zip", False),
])
def test_evidence_whitelist(name, content, ok):
    f = SimpleUploadedFile(name, content)
    if ok:
        assert services.check_evidence([f]) == [f]
    else:
        with pytest.raises(services.ServiceError):
            services.check_evidence([f])


def test_evidence_size_and_count_limits(monkeypatch):
    monkeypatch.setattr(services, "MAX_EVIDENCE_BYTES", 10)
    with pytest.raises(services.ServiceError, match="过大"):
        services.check_evidence([SimpleUploadedFile("a.pdf", b"%PDF" + b"0" * 20)])
    with pytest.raises(services.ServiceError, match="最多"):
        services.check_evidence([SimpleUploadedFile(f"{i}.pdf", b"%PDF") for i in range(6)])


def test_items_import_nothing_from_ledger_models():
    import taizhang.supervision.models as m
    src = open(m.__file__, encoding="utf-8").read()
    assert "ledger" not in src.split('"""', 2)[2].replace("ledger row", "")
    assert Item._meta.get_field("source_type").related_model.__name__ == "ContentType"


def test_source_links_any_record_generically(world):
    """An item points at whatever ledger record it came from (here a Unit stands in for one)."""
    from django.test import Client
    item = services.create_item(world.supervisor, code="G-1", title="来源测试", lead_unit_id=world.unit_a.id,
                                source=world.county, source_text="自拟文件第1句")
    item.refresh_from_db()
    assert item.source == world.county
    c = Client()
    c.force_login(world.supervisor)
    data = c.get(f"/supervision/items/{item.id}.json").json()
    assert data["source_ref"] == f"supervision.unit#{world.county.id}" and data["source"] == "自拟文件第1句"


def test_suspend_and_resume_need_reasons(world):
    with pytest.raises(services.ServiceError):
        services.transition(world.supervisor, world.item_a.id, Status.SUSPENDED)
    services.transition(world.supervisor, world.item_a.id, Status.SUSPENDED, "上级政策调整")
    assert services.colour_of(Item.objects.get(pk=world.item_a.id)) == ""       # suspended items do not warn
    with pytest.raises(services.ServiceError):
        services.submit_report(world.reporter_a, world.item_a.id, 10, "中止期间报送")
    services.transition(world.supervisor, world.item_a.id, Status.IN_PROGRESS, "恢复")
    assert Item.objects.get(pk=world.item_a.id).status == Status.IN_PROGRESS


def test_history_on_item_page_names_units_and_leader_dashboard(world):
    from django.test import Client
    c = Client()
    c.force_login(world.supervisor)
    r = c.post(f"/supervision/items/{world.item_a.id}/edit/",
               {"version": world.item_a.version, "lead_unit": world.unit_a.id, "co_units": [world.unit_b.id]})
    assert r.status_code == 302
    html = c.get(f"/supervision/items/{world.item_a.id}/").content.decode()
    assert "配合单位: <code>东城区河口镇</code> → <code>市住房城乡建设局</code>" in html
    c.force_login(world.leader)
    html = c.get("/supervision/").content.decode()
    assert 'id="by-unit"' in html and "市住房城乡建设局" in html


def test_unit_and_member_cli(db, capsys):
    from taizhang.cli import main
    from taizhang.supervision.models import Membership, Unit
    assert main(["unit", "西城区", "--kind", "county"]) == 0
    assert main(["unit", "西城区某街道", "--kind", "town", "--parent", "西城区"]) == 0
    assert main(["member", "xc_rep", "--role", "liaison", "--unit", "西城区某街道", "--password", "pw-123456789"]) == 0
    assert main(["member", "lonely", "--role", "liaison", "--password", "pw-123456789"]) == 2
    m = Membership.objects.get(user__username="xc_rep")
    assert m.role == "liaison" and m.unit.parent == Unit.objects.get(name="西城区")
    assert m.user.check_password("pw-123456789")
    capsys.readouterr()
    assert main(["unit", "某村", "--kind", "town", "--parent", "不存在区"]) == 2
    assert main(["member", "stray", "--role", "viewer", "--unit", "不存在区", "--password", "pw-123456789"]) == 2
    assert capsys.readouterr().out.count("no such unit: 不存在区") == 2
    assert not Unit.objects.filter(name="某村").exists() and not Membership.objects.filter(user__username="stray")


def test_edit_form_plans_milestones_backwards(world):
    from django.test import Client
    c = Client()
    c.force_login(world.supervisor)
    deadline = timezone.localdate() + dt.timedelta(days=100)
    r = c.post(f"/supervision/items/{world.item_a.id}/edit/",
               {"version": world.item_a.version, "deadline": deadline.isoformat(), "milestones": "倒排"})
    assert r.status_code == 302
    ms = list(world.item_a.milestones.values_list("due", "expected_progress"))
    assert ms[-1] == (deadline, 100.0) and len(ms) >= 3
    assert [p for _, p in ms] == sorted(p for _, p in ms)
    hist = AuditEntry.objects.filter(item=world.item_a, action="update").last()
    assert len(hist.after["milestones"]) == len(ms)


def test_stale_form_gets_409_page(world):
    from django.test import Client
    c = Client()
    c.force_login(world.supervisor)
    url = f"/supervision/items/{world.item_a.id}/edit/"
    assert c.post(url, {"version": 1, "remarks": "first"}).status_code == 302
    r = c.post(url, {"version": 1, "remarks": "stale"})
    assert r.status_code == 409 and "已被他人修改" in r.content.decode()
    world.item_a.refresh_from_db()
    assert world.item_a.remarks == "first"


def test_models_and_migrations_agree(db):
    from django.core.management import call_command
    call_command("makemigrations", "supervision", "--check", "--dry-run", verbosity=0)
