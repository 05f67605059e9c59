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


def cmd_backup(args: argparse.Namespace) -> int:
    setup_django()
    from .web.backup import BackupError, backup
    try:
        path = backup(args.file)
    except BackupError as e:
        print(f"backup failed: {e}")
        return 1
    print(f"backup written: {path} ({path.stat().st_size} bytes)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    setup_django()
    from .web.backup import BackupError, restore
    try:
        restore(args.file)
    except BackupError as e:
        print(f"restore failed: {e}")
        return 1
    print(f"restored from {args.file}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("backup", help="copy the whole database to FILE while the site runs")
    p.add_argument("file")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="replace the database's contents with a backup FILE")
    p.add_argument("file")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("manage", help="run a Django management command (migrate, createsuperuser, ...)")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_manage)
    from .ledger import cli as ledger_cli
    from .supervision import cli as supervision_cli
    ledger_cli.register(sub)
    supervision_cli.register(sub)
