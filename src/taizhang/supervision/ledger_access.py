"""The ledger's access policy from the supervision roles and the unit tree (settings.TAIZHANG_LEDGER_ACCESS).

- 系统管理员 and 督查人员 read the whole ledger and keep it: review, link, merge indicators, upload documents.
- 领导 reads the whole ledger and changes nothing.
- 联络员 reads the documents of their unit and of the units under it, and uploads their unit's documents.
- 查看人员 reads like a 联络员 of the same unit and changes nothing.
- An account without a unit and role reads nothing.

A document belongs to a unit when someone of that unit uploaded it, or when something extracted from it is the
source of a supervised item assigned (lead or co-unit) to that unit.  Reading follows the tree downwards: a
county's people read what belongs to its towns, a town's people do not read the county's.
"""
from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from ..ledger.access import ABILITIES, LedgerAccess
from ..ledger.models import Document, Fact, Project, ProjectMention, Task
from . import permissions as perm
from .models import Item, Membership, Role, Unit

KEEPERS = {Role.ADMIN, Role.SUPERVISOR}
ROLE_ABILITIES = {
    Role.ADMIN: frozenset(ABILITIES),
    Role.SUPERVISOR: frozenset(ABILITIES),
    Role.LEADER: frozenset(),
    Role.LIAISON: frozenset({"upload"}),
    Role.VIEWER: frozenset(),
}


def _source_document_ids(unit_ids: set[int]) -> set[int]:
    """Documents whose extracted rows are the sources of items assigned to these units."""
    items = Item.objects.filter(Q(lead_unit_id__in=unit_ids) | Q(co_units__id__in=unit_ids)) \
        .exclude(source_type=None).exclude(source_id="")
    by_type: dict[int, set[int]] = {}
    for type_id, source_id in items.values_list("source_type_id", "source_id").distinct():
        if str(source_id).isdigit():
            by_type.setdefault(type_id, set()).add(int(source_id))
    if not by_type:
        return set()
    cts = ContentType.objects.get_for_models(Document, Fact, Task, ProjectMention, Project)
    docs: set[int] = set()
    for model in (Fact, Task, ProjectMention):
        ids = by_type.get(cts[model].id)
        if ids:
            docs.update(model.objects.filter(pk__in=ids).values_list("document_id", flat=True))
    if by_type.get(cts[Document].id):
        docs.update(by_type[cts[Document].id])
    if by_type.get(cts[Project].id):
        docs.update(ProjectMention.objects.filter(project_id__in=by_type[cts[Project].id])
                    .values_list("document_id", flat=True))
    return docs


def unit_documents(unit: Unit):
    """Ids of the documents readable by the people of ``unit`` (a queryset usable as a subquery)."""
    unit_ids = unit.descendant_ids()
    uploaders = Membership.objects.filter(unit_id__in=unit_ids).values("user_id")
    return Document.objects.filter(Q(uploaded_by__in=uploaders) | Q(pk__in=_source_document_ids(unit_ids))) \
        .values("pk")


def access_for(user) -> LedgerAccess:
    role = perm.role_of(user)
    if role is None:
        return LedgerAccess(can_read=False, user_id=user.pk, reason="账号未分配单位和角色")
    abilities = ROLE_ABILITIES.get(role, frozenset())
    if perm.reads_all(user):
        return LedgerAccess(can_read=True, abilities=abilities, user_id=user.pk)
    m = perm.membership(user)
    if m is None or m.unit is None:
        return LedgerAccess(can_read=False, user_id=user.pk, reason="账号未分配单位")
    return LedgerAccess(can_read=True, documents=unit_documents(m.unit), abilities=abilities, user_id=user.pk)
