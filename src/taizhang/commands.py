"""CLI commands that need the Django site.  Each domain app registers its own (ledger/cli.py, supervision/cli.py)."""
from __future__ import annotations

import argparse
import os


def setup_django() -> None:
    """Configure Django for a CLI process (idempotent)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "taizhang.web.settings")
    import django
    from django.conf import settings

    if not settings.configured or not getattr(setup_django, "_done", False):
        django.setup()
        settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
        setup_django._done = True  # type: ignore[attr-defined]


def cmd_manage(args: argparse.Namespace) -> int:
    setup_django()
    from django.core.management import execute_from_command_line
    execute_from_command_line(["taizhang manage", *args.rest])
    return 0


def register(sub) -> None:
    p = sub.add_parser("manage", help="run a Django management command (migrate, createsuperuser, ...)")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_manage)
    from .ledger import cli as ledger_cli
    from .supervision import cli as supervision_cli
    ledger_cli.register(sub)
    supervision_cli.register(sub)
