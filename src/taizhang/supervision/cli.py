"""CLI commands of the supervision loop: `taizhang remind` issues today's reminders (催办)."""
from __future__ import annotations

import argparse
import datetime as dt


def cmd_remind(args: argparse.Namespace) -> int:
    from ..commands import setup_django
    setup_django()
    from .services import issue_reminders

    today = dt.date.fromisoformat(args.date) if args.date else None
    colours = tuple(c.strip() for c in args.colours.split(",") if c.strip())
    run = issue_reminders(today, None, colours)
    for r in run.created:
        print(f"{r.issued_on} {r.colour:6} {r.item.code} → {r.unit or '—'}: {r.message}")
    print(f"{len(run.created)} reminder(s) issued, {run.skipped} already issued today")
    return 0


def register(sub) -> None:
    p = sub.add_parser("remind", help="issue reminders (催办) for red/yellow items, logged; idempotent per day")
    p.add_argument("--date", help="pretend today is YYYY-MM-DD")
    p.add_argument("--colours", default="red,yellow", help="which warning colours to remind (default red,yellow)")
    p.set_defaults(func=cmd_remind)
