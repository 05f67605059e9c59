"""CLI commands of the supervision loop:
`taizhang remind` issues today's reminders (催办); `taizhang unit` and `taizhang member` set up the unit
tree and who works in which unit, in which role (the same can be done in /admin/)."""
from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os


def _setup() -> None:
    from ..commands import setup_django
    setup_django()


def cmd_remind(args: argparse.Namespace) -> int:
    _setup()
    from .services import issue_reminders

    today = dt.date.fromisoformat(args.date) if args.date else None
    colours = tuple(c.strip() for c in args.colours.split(",") if c.strip())
    run = issue_reminders(today, None, colours)
    for r in run.created:
        print(f"{r.issued_on} {r.colour:6} {r.item.code} → {r.unit or '—'}: {r.message}")
    print(f"{len(run.created)} reminder(s) issued, {run.skipped} already issued today")
    return 0


def cmd_unit(args: argparse.Namespace) -> int:
    _setup()
    from .models import Unit

    parent = None
    if args.parent:
        parent = Unit.objects.filter(name=args.parent).first()
        if parent is None:
            print(f"no such unit: {args.parent}")
            return 2
    unit, created = Unit.objects.update_or_create(name=args.name, defaults={"kind": args.kind, "parent": parent})
    print(f"{'created' if created else 'updated'} unit {unit.name} ({unit.get_kind_display()})"
          + (f" under {parent.name}" if parent else ""))
    return 0


def cmd_member(args: argparse.Namespace) -> int:
    _setup()
    from django.contrib.auth import get_user_model

    from .models import Membership, Role, Unit

    unit = None
    if args.unit:
        unit = Unit.objects.filter(name=args.unit).first()
        if unit is None:
            print(f"no such unit: {args.unit}")
            return 2
    if args.role in (Role.LIAISON, Role.VIEWER) and unit is None:
        print(f"role {args.role} needs --unit")
        return 2
    User = get_user_model()
    user = User.objects.filter(username=args.username).first()
    if user is None:
        password = args.password or os.environ.get("TAIZHANG_MEMBER_PASSWORD") or getpass.getpass("password: ")
        user = User.objects.create_user(args.username, password=password)
        print(f"created user {user.username}")
    Membership.objects.update_or_create(user=user, defaults={"unit": unit, "role": args.role})
    if args.role == Role.ADMIN and not user.is_staff:
        user.is_staff = user.is_superuser = True
        user.save(update_fields=["is_staff", "is_superuser"])
    print(f"{user.username}: {Role(args.role).label} @ {unit.name if unit else '全部单位'}")
    return 0


def register(sub) -> None:
    from .import_cli import register as register_import  # `taizhang items import` (importer/)
    register_import(sub)

    p = sub.add_parser("remind", help="issue reminders (催办) for red/yellow items, logged; idempotent per day")
    p.add_argument("--date", help="pretend today is YYYY-MM-DD")
    p.add_argument("--colours", default="red,yellow", help="which warning colours to remind (default red,yellow)")
    p.set_defaults(func=cmd_remind)

    p = sub.add_parser("unit", help="create or update a unit (department, county, town) in the unit tree")
    p.add_argument("name")
    p.add_argument("--kind", default="department", choices=["department", "county", "town", "other"])
    p.add_argument("--parent", help="name of the parent unit")
    p.set_defaults(func=cmd_unit)

    p = sub.add_parser("member", help="create a user (if new) and put them in a unit with a role")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=["admin", "supervisor", "leader", "liaison", "viewer"])
    p.add_argument("--unit", help="unit name (required for liaison and viewer)")
    p.add_argument("--password", help="for a new user (else $TAIZHANG_MEMBER_PASSWORD or a prompt)")
    p.set_defaults(func=cmd_member)
