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


def _unit_named(name: str | None):
    """(found, unit): the unit called ``name``, (True, None) when no name is given; (False, None), said on
    standard output, when there is no such unit."""
    if not name:
        return True, None
    from .models import Unit
    unit = Unit.objects.filter(name=name).first()
    if unit is None:
        print(f"no such unit: {name}")
    return unit is not None, unit


def cmd_unit(args: argparse.Namespace) -> int:
    _setup()
    from .models import Unit

    found, parent = _unit_named(args.parent)
    if not found:
        return 2
    unit, created = Unit.objects.update_or_create(name=args.name, defaults={"kind": args.kind, "parent": parent})
    print(f"{'created' if created else 'updated'} unit {unit.name} ({unit.get_kind_display()})"
          + (f" under {parent.name}" if parent else ""))
    return 0


def cmd_member(args: argparse.Namespace) -> int:
    _setup()
    from django.contrib.auth import get_user_model

    from .models import Membership, Role

    found, unit = _unit_named(args.unit)
    if not found:
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


def cmd_demo(args: argparse.Namespace) -> int:
    """Extract and ingest the samples, then the supervision story on them (see supervision/demo.py)."""
    from pathlib import Path

    from ..ledger.cli import _migrate, serve
    from . import demo

    out = Path(args.out)
    _migrate()
    result = demo.run(args.password, out)
    print(f"report: {out.resolve() / 'report.html'}")
    demo.print_result(result)
    if args.no_serve:
        return 0
    serve(args.addr, args.port)
    return 0


def cmd_intake(args: argparse.Namespace) -> int:
    """立项 from the ledger on the command line: preview (default) or create with --yes."""
    _setup()
    from django.contrib.auth import get_user_model

    from . import intake, proposals
    from .models import Item

    keys = list(args.keys)
    cands = intake.plan(keys)
    for c in cands:
        mark = "已立项" if c.existing else ("待指定" if c.unassigned else "")
        units = (c.lead_unit.name if c.lead_unit else "—") + (
            f" / {'、'.join(u.name for u in c.co_units)}" if c.co_units else "")
        print(f"{'  ' * c.depth}{c.key:14} [{Item.Kind(c.kind).label}] {c.title[:40]}  牵头:{units}  时限:{c.schedule.label}"
              f"  权重:{c.weight:g} {mark}")
    if not args.yes:
        print(f"{len(cands)} 项待立项(预览;加 --yes 创建)")
        return 0
    user = get_user_model().objects.filter(username=args.user).first()
    if user is None:
        print(f"no such user: {args.user}")
        return 2
    res = intake.create(user, keys, assign=args.assign)
    made = proposals.propose_for_items(res.created)
    print(f"created {len(res.created)} item(s), skipped {len(res.skipped)}, {len(made)} progress proposal(s)")
    return 0


def register(sub) -> None:
    from .import_cli import register as register_import  # `taizhang items import` (importer/)
    register_import(sub)

    p = sub.add_parser("demo", help="the whole story on the bundled samples: ledger, units, users, items, "
                                    "proposals, an inspection round; then serve the site")
    p.add_argument("--out", default="out/demo")
    p.add_argument("--no-serve", action="store_true", help="stop after building the database (tests)")
    p.add_argument("--password", default=None, help="password of every demo user (default: random, printed)")
    p.add_argument("--addr", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("intake", help="立项: make supervision items from ledger records (preview; --yes creates)")
    p.add_argument("keys", nargs="+", help="document:ID, section:ID, fact:ID, task:ID or project:ID")
    p.add_argument("--yes", action="store_true", help="create the items (default: preview only)")
    p.add_argument("--assign", action="store_true", help="交办 at once the items whose lead unit was found")
    p.add_argument("--user", default="demo", help="the supervisor or admin who creates them (audit trail)")
    p.set_defaults(func=cmd_intake)

    p = sub.add_parser("remind", help="issue reminders (催办) for red/yellow items and missed report days, logged; "
                                    "idempotent per day")
    p.add_argument("--date", help="pretend today is YYYY-MM-DD")
    p.add_argument("--colours", default="red,yellow,report",
                   help="which warnings to remind: red, yellow, blue, and report (the item's report day of this "
                        "period, 每月25日前, passed without a progress report); default red,yellow,report")
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
