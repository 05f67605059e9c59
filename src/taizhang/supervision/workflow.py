"""The item state machine: which transitions exist and who may make them.  Pure data plus a check;
services.transition() applies a transition under a row lock and logs it."""
from __future__ import annotations

from dataclasses import dataclass

from .models import Role, Status

S = Status


@dataclass(frozen=True)
class Transition:
    source: str
    target: str
    label: str
    actor: str          # "manager" (supervisor/admin) or "lead" (reporter of the lead unit)
    needs_reason: bool = False


TRANSITIONS: tuple[Transition, ...] = (
    Transition(S.DRAFT, S.REGISTERED, "立项", "manager"),
    Transition(S.REGISTERED, S.ASSIGNED, "交办", "manager"),
    Transition(S.ASSIGNED, S.ACCEPTED, "签收", "lead"),
    Transition(S.ACCEPTED, S.IN_PROGRESS, "开始办理", "lead"),
    Transition(S.IN_PROGRESS, S.COMPLETION_REQUESTED, "申请办结", "lead"),
    Transition(S.RETURNED, S.COMPLETION_REQUESTED, "再次申请办结", "lead"),
    Transition(S.COMPLETION_REQUESTED, S.CLOSED, "办结销号", "manager"),
    Transition(S.COMPLETION_REQUESTED, S.RETURNED, "退回", "manager", needs_reason=True),
    Transition(S.RETURNED, S.IN_PROGRESS, "继续办理", "lead"),
    *(Transition(s, S.SUSPENDED, "中止", "manager", needs_reason=True)
      for s in (S.REGISTERED, S.ASSIGNED, S.ACCEPTED, S.IN_PROGRESS, S.RETURNED)),
    Transition(S.SUSPENDED, S.IN_PROGRESS, "恢复办理", "manager", needs_reason=True),
)

# states in which units report progress
REPORTABLE = {S.ACCEPTED, S.IN_PROGRESS, S.RETURNED}
ACTIVE = {S.ASSIGNED, S.ACCEPTED, S.IN_PROGRESS, S.COMPLETION_REQUESTED, S.RETURNED}


def find(source: str, target: str) -> Transition | None:
    return next((t for t in TRANSITIONS if t.source == source and t.target == target), None)


def allowed(source: str, role: str | None, is_lead: bool) -> list[Transition]:
    """Transitions out of `source` that this actor may make."""
    out = []
    for t in TRANSITIONS:
        if t.source != source:
            continue
        if t.actor == "manager" and role in (Role.ADMIN, Role.SUPERVISOR):
            out.append(t)
        elif t.actor == "lead" and role == Role.LIAISON and is_lead:
            out.append(t)
    return out
