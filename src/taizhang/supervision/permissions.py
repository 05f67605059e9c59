"""Who sees and does what.  Every view and API builds its querysets from these functions, so a unit's
reporter cannot reach another unit's item by URL or API: it is simply not in the queryset (404)."""
from __future__ import annotations

from django.db.models import Q, QuerySet

from .models import Finding, InspectionRound, Item, Membership, ProgressReport, Role

READ_ALL = {Role.ADMIN, Role.SUPERVISOR, Role.LEADER}
MANAGE = {Role.ADMIN, Role.SUPERVISOR}


def membership(user) -> Membership | None:
    """The user's membership with its unit, read once per user object (one query for both; kept where
    ``user.membership`` keeps it, through the relation's own cache methods, so the related descriptor answers
    from it too)."""
    if not getattr(user, "is_authenticated", False):
        return None
    relation = Membership._meta.get_field("user").remote_field
    if not relation.is_cached(user):
        relation.set_cached_value(user, Membership.objects.select_related("unit").filter(user_id=user.pk).first())
    return relation.get_cached_value(user)


def role_of(user) -> str | None:
    if getattr(user, "is_superuser", False):
        return Role.ADMIN
    m = membership(user)
    return m.role if m else None


def unit_id_of(user) -> int | None:
    m = membership(user)
    return m.unit_id if m else None


def can_manage(user) -> bool:
    """Supervisors and administrators assign, review, inspect and verify."""
    return role_of(user) in MANAGE


def reads_all(user) -> bool:
    return role_of(user) in READ_ALL


def visible_items(user) -> QuerySet[Item]:
    """Items the user may read: all for admin/supervisor/leader; lead or co-unit items for a unit's users."""
    qs = Item.objects.all()
    if reads_all(user):
        return qs
    uid = unit_id_of(user)
    if uid is None or role_of(user) is None:
        return qs.none()
    return qs.filter(Q(lead_unit_id=uid) | Q(co_units__id=uid)).distinct()


def visible_reports(user) -> QuerySet[ProgressReport]:
    return ProgressReport.objects.filter(item__in=visible_items(user).values("id"))


def visible_findings(user) -> QuerySet[Finding]:
    qs = Finding.objects.select_related("round", "unit", "item")
    if reads_all(user):
        return qs
    uid = unit_id_of(user)
    return qs.filter(unit_id=uid) if uid is not None and role_of(user) else qs.none()


def visible_rounds(user) -> QuerySet[InspectionRound]:
    if reads_all(user):
        return InspectionRound.objects.all()
    uid = unit_id_of(user)
    if uid is None or role_of(user) is None:
        return InspectionRound.objects.none()
    return InspectionRound.objects.filter(scope_units__id=uid).distinct()


def can_report(user, item: Item) -> bool:
    """Reporters of the lead unit or a co-unit file progress reports and requests on an item."""
    uid = unit_id_of(user)
    return (role_of(user) == Role.LIAISON and uid is not None
            and (item.lead_unit_id == uid or item.co_units.filter(id=uid).exists()))


def is_lead_reporter(user, item: Item) -> bool:
    return role_of(user) == Role.LIAISON and item.lead_unit_id is not None and item.lead_unit_id == unit_id_of(user)


def can_rectify(user, finding: Finding) -> bool:
    return role_of(user) == Role.LIAISON and finding.unit_id == unit_id_of(user)
