"""Who reads which part of the ledger and who may change it.

Every ledger view builds its querysets through a ``LedgerAccess`` and checks one of its abilities before a
write, so a user outside a document's units cannot reach it or anything extracted from it by URL or API
(it is simply not in the queryset: 404), and a user without the ability gets 403 and changes nothing.

The ledger does not know the organisation: ``settings.TAIZHANG_LEDGER_ACCESS`` names a function
``f(user) -> LedgerAccess`` (the site uses the supervision app's roles and unit tree,
``taizhang.supervision.ledger_access.access_for``).  Without that setting only superusers get in.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils.module_loading import import_string

from .models import (Document, Fact, FactLink, GlossaryTerm, IngestBatch, Indicator, Project, ProjectMention,
                     Task)

# What a user may do besides reading.  Reviewing covers accepting, correcting and rejecting extracted rows;
# linking covers confirming, changing and breaking machine links; merging joins two indicators (affects
# every unit, so it belongs to the people who keep the whole ledger).
ABILITIES = ("review", "link", "merge", "upload")


@dataclass(frozen=True)
class LedgerAccess:
    """A user's view of the ledger.  ``documents=None`` with ``can_read`` means every document."""

    can_read: bool = False
    documents: QuerySet | None = None  # the readable documents (a queryset of ids) when not all
    abilities: frozenset[str] = field(default_factory=frozenset)
    user_id: int | None = None
    reason: str = ""  # why reading is refused, shown to the person

    @property
    def reads_all(self) -> bool:
        return self.can_read and self.documents is None

    def can(self, ability: str) -> bool:
        return self.can_read and ability in self.abilities

    # -- querysets ----------------------------------------------------------------------------------------

    def _doc_ids(self) -> QuerySet:
        return self.documents if self.documents is not None else Document.objects.values("pk")

    def scope(self, qs: QuerySet) -> QuerySet:
        """``qs`` narrowed to what this user may read (any ledger model)."""
        if not self.can_read:
            return qs.none()
        if self.documents is None:
            return qs
        model = qs.model
        docs = self.documents
        if model is Document:
            return qs.filter(pk__in=docs)
        if model in (Fact, Task, ProjectMention, GlossaryTerm):
            return qs.filter(document_id__in=docs)
        if model is Project:
            return qs.filter(pk__in=ProjectMention.objects.filter(document_id__in=docs).values("project_id"))
        if model is Indicator:
            return qs.filter(pk__in=Fact.objects.filter(document_id__in=docs, indicator__isnull=False)
                             .values("indicator_id"))
        if model is FactLink:
            return qs.filter(target__document_id__in=docs, other__document_id__in=docs)
        if model is IngestBatch:
            return qs.filter(user_id=self.user_id) if self.user_id is not None else qs.none()
        raise TypeError(f"no read rule for {model.__name__}")


NOBODY = LedgerAccess(can_read=False, reason="需要登录")


def superuser_only(user) -> LedgerAccess:
    """The fallback policy: superusers may do everything, nobody else anything."""
    if getattr(user, "is_superuser", False):
        return LedgerAccess(can_read=True, abilities=frozenset(ABILITIES), user_id=user.pk)
    return LedgerAccess(can_read=False, user_id=getattr(user, "pk", None), reason="账号未分配单位和角色")


def policy() -> Callable:
    path = getattr(settings, "TAIZHANG_LEDGER_ACCESS", "")
    return import_string(path) if path else superuser_only


def access_for(user) -> LedgerAccess:
    if not getattr(user, "is_authenticated", False):
        return NOBODY
    return policy()(user)


def readable(user, qs: QuerySet) -> QuerySet:
    return access_for(user).scope(qs)


def doc_filter(access: LedgerAccess, prefix: str = "document") -> Q:
    """A Q limiting rows with a ``document`` relation (under ``prefix``) to the readable documents."""
    if access.documents is None:
        return Q()
    return Q(**{f"{prefix}_id__in": access.documents})
