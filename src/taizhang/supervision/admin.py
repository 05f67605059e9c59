"""Django admin for administrators: units, memberships (who is in which unit, in which role), and read access
to the rest.  Day-to-day changes go through the supervision pages, which audit every write.

Columns are titled in Chinese and values shown in words (the audit trail through ``audit.describe``), so the
admin never shows ``finding:notice`` or ``InspectionRound object (1)``."""
from django.contrib import admin

from taizhang import labels as L

from . import audit
from .models import (AuditEntry, ChangeRequest, Finding, InspectionRound, Item, LoginFailure, Membership,
                     ProgressReport, Unit)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records written by the supervision services (and audited there): read here, never edited."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "parent", "order")
    list_filter = ("kind",)
    search_fields = ("name",)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "unit", "role")
    list_filter = ("role", "unit")


@admin.register(Item)
class ItemAdmin(admin.ModelAdmin):
    list_display = ("code", "title", "lead_unit", "status", "progress_label", "deadline_label")
    list_filter = ("status", "kind")
    search_fields = ("code", "title")

    @admin.display(description="完成率", ordering="progress")
    def progress_label(self, obj):
        return f"{L.number(obj.progress)}%"

    @admin.display(description="完成时限", ordering="deadline")
    def deadline_label(self, obj):
        return L.date_label(obj.deadline) or "—"

    def has_change_permission(self, request, obj=None):  # edits go through the audited pages
        return False


@admin.register(ProgressReport)
class ProgressReportAdmin(ReadOnlyAdmin):
    list_display = ("item", "unit", "author_label", "progress_label", "state_label", "submitted_label")

    @admin.display(description="报送人")
    def author_label(self, obj):
        return obj.author

    @admin.display(description="完成率", ordering="progress")
    def progress_label(self, obj):
        return f"{L.number(obj.progress)}%"

    @admin.display(description="状态", ordering="state")
    def state_label(self, obj):
        return obj.get_state_display()

    @admin.display(description="报送时间", ordering="submitted_at")
    def submitted_label(self, obj):
        return L.datetime_label(obj.submitted_at)


@admin.register(ChangeRequest)
class ChangeRequestAdmin(ReadOnlyAdmin):
    list_display = ("item", "kind_label", "state_label", "requested_label")

    @admin.display(description="类型", ordering="kind")
    def kind_label(self, obj):
        return obj.get_kind_display()

    @admin.display(description="状态", ordering="state")
    def state_label(self, obj):
        return obj.get_state_display()

    @admin.display(description="申请时间", ordering="requested_at")
    def requested_label(self, obj):
        return L.datetime_label(obj.requested_at)


@admin.register(InspectionRound)
class InspectionRoundAdmin(ReadOnlyAdmin):
    list_display = ("round_name", "team_label", "start_label", "end_label")

    @admin.display(description="轮次名称", ordering="name")
    def round_name(self, obj):
        return obj.name

    @admin.display(description="督查组")
    def team_label(self, obj):
        return obj.team

    @admin.display(description="开始日期", ordering="start")
    def start_label(self, obj):
        return L.date_label(obj.start)

    @admin.display(description="结束日期", ordering="end")
    def end_label(self, obj):
        return L.date_label(obj.end)


@admin.register(Finding)
class FindingAdmin(ReadOnlyAdmin):
    list_display = ("description_label", "unit", "round_label", "severity_label", "state_label", "due_label")

    @admin.display(description="问题描述")
    def description_label(self, obj):
        return obj.description[:40]

    @admin.display(description="督查轮次")
    def round_label(self, obj):
        return obj.round.name

    @admin.display(description="严重程度", ordering="severity")
    def severity_label(self, obj):
        return obj.get_severity_display()

    @admin.display(description="状态", ordering="state")
    def state_label(self, obj):
        return obj.get_state_display()

    @admin.display(description="整改时限", ordering="due")
    def due_label(self, obj):
        return L.date_label(obj.due)


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("at_label", "actor_label", "action_label", "object_label", "changes_label")
    list_select_related = ("actor", "content_type")

    @admin.display(description="时间", ordering="at")
    def at_label(self, obj):
        return L.datetime_label(obj.at, seconds=True)

    @admin.display(description="操作人")
    def actor_label(self, obj):
        return obj.actor or "系统"

    @admin.display(description="操作", ordering="action")
    def action_label(self, obj):
        return audit.action_label(obj.action)

    @admin.display(description="对象")
    def object_label(self, obj):
        return audit.object_label(obj.content_type.model_class(), obj.object_id)

    @admin.display(description="变更内容")
    def changes_label(self, obj):
        rows = audit.describe(obj)["changes"]
        return ";".join(f"{k}: {b} → {a}" if b is not None else f"{k}: {a}" for k, b, a in rows)[:300]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(LoginFailure)
class LoginFailureAdmin(ReadOnlyAdmin):
    list_display = ("username_label", "ip_label", "at_label")

    @admin.display(description="用户名", ordering="username")
    def username_label(self, obj):
        return obj.username

    @admin.display(description="来源地址")
    def ip_label(self, obj):
        return obj.ip

    @admin.display(description="时间", ordering="at")
    def at_label(self, obj):
        return L.datetime_label(obj.at, seconds=True)
