"""services.item_change and audit.changed, through which every change of an item, report, request, finding and
proposal is saved and audited: one entry with what changed, the item's version up, nothing when the change fails;
and services.lock_pending, which refuses to decide twice on a report, request or proposal."""
from __future__ import annotations

import datetime as dt

import pytest

from taizhang.supervision import audit, services
from taizhang.supervision.models import AuditEntry, Item


def test_a_change_is_saved_versioned_and_audited_once(world):
    item = Item.objects.get(pk=world.item_a.pk)
    version = item.version
    with services.item_change(item, world.supervisor, "update", "改标题"):
        item.title = "推进岚溪县产业园区标准厂房建设"
    fresh = Item.objects.get(pk=item.pk)
    assert fresh.title == "推进岚溪县产业园区标准厂房建设" and fresh.version == version + 1
    entry = AuditEntry.objects.get(object_id=str(item.pk), action="update")
    assert entry.note == "改标题" and entry.actor == world.supervisor and entry.item_id == item.pk
    assert entry.before == {"title": "推进产业园区标准厂房建设", "version": version}
    assert entry.after == {"title": "推进岚溪县产业园区标准厂房建设", "version": version + 1}


def test_a_change_that_raises_saves_and_records_nothing(world):
    item = Item.objects.get(pk=world.item_a.pk)
    entries = AuditEntry.objects.count()
    with pytest.raises(services.ServiceError):
        with services.item_change(item, world.supervisor, "update"):
            item.title = "不该保存的标题"
            raise services.ServiceError("中途失败")
    fresh = Item.objects.get(pk=item.pk)
    assert fresh.title == "推进产业园区标准厂房建设" and fresh.version == world.item_a.version
    assert AuditEntry.objects.count() == entries


def test_any_record_is_audited_with_its_item(world, media):
    report = services.submit_report(world.reporter_a, world.item_a.id, 10, "完成厂房选址")
    with audit.changed(report, world.supervisor, "report:return", "请补充佐证", item=world.item_a):
        report.state = report.State.RETURNED
    entry = AuditEntry.objects.get(action="report:return")
    assert entry.item_id == world.item_a.pk and entry.note == "请补充佐证"
    assert entry.before == {"state": "submitted"} and entry.after == {"state": "returned"}


def test_a_report_or_request_decided_once_cannot_be_decided_again(world, media):
    report = services.submit_report(world.reporter_b, world.item_b.id, 40, "完成两个小区改造")
    services.review_report(world.supervisor, report.id, True)
    with pytest.raises(services.ServiceError, match="该报送已审核"):
        services.review_report(world.supervisor, report.id, False, "重复审核")
    cr = services.request_change(world.reporter_b, world.item_b.id, "extension", "雨季停工",
                                 new_deadline=world.item_b.deadline + dt.timedelta(days=30))
    services.decide_change(world.supervisor, cr.id, True)
    entries = AuditEntry.objects.count()
    with pytest.raises(services.ServiceError, match="该申请已处理"):
        services.decide_change(world.supervisor, cr.id, False, "重复处理")
    assert AuditEntry.objects.count() == entries
    assert Item.objects.get(pk=world.item_b.pk).deadline == world.item_b.deadline + dt.timedelta(days=30)
