"""Django admin for administrators: units, memberships (who is in which unit, in which role), and read access
to the rest.  Day-to-day changes go through the supervision pages, which audit every write."""
from django.contrib import admin

from .models import AuditEntry, InspectionRound, Item, LoginFailure, Membership, Unit


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
    list_display = ("code", "title", "lead_unit", "status", "progress", "deadline")
    list_filter = ("status", "kind")
    search_fields = ("code", "title")

    def has_change_permission(self, request, obj=None):  # edits go through the audited pages
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("at", "actor", "action", "content_type", "object_id")

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.register(InspectionRound)
admin.site.register(LoginFailure)
