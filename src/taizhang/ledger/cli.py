"""CLI: ingest, serve, demo, export (the ledger's commands; ``taizhang extract`` stays framework-free)."""
from __future__ import annotations

import argparse
import os
import secrets
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DEMO_USER = "demo"


def _migrate(verbosity: int = 0) -> None:
    from django.core.management import call_command

    from ..commands import setup_django
    setup_django()
    call_command("migrate", interactive=False, verbosity=verbosity)


def cmd_ingest(args: argparse.Namespace) -> int:
    from rich.console import Console
    if getattr(args, "from_parquet", None):
        return cmd_ingest_parquet(args)
    if not args.paths:
        Console(stderr=True).print("[red]✗[/red] give files or folders, or --from-parquet DIR")
        return 2
    _migrate()
    from . import ingest
    console = Console(stderr=True)

    def progress(i: int, n: int, res) -> None:
        mark = {"stored": "[green]✓[/green]", "duplicate": "[yellow]=[/yellow]", "failed": "[red]✗[/red]"}[res.status]
        console.print(f"{mark} [{i}/{n}] {res.name}" + (f": {res.message}" if res.message else ""))

    batch = ingest.ingest_paths(args.paths, progress=progress)
    items = list(batch.items.all())
    stored = sum(i.status == "stored" for i in items)
    dup = sum(i.status == "duplicate" for i in items)
    failed = sum(i.status == "failed" for i in items)
    console.print(f"{stored} stored, {dup} duplicate, {failed} failed (batch {batch.pk})")
    return 1 if failed else 0


def cmd_ingest_parquet(args: argparse.Namespace) -> int:
    """``ingest --from-parquet DIR``: a ``taizhang extract --workers`` output into the ledger, in batches."""
    from rich.console import Console
    _migrate()
    from . import bulk
    console = Console(stderr=True)

    def progress(res) -> None:
        if console.is_terminal:
            console.print(f"{res.documents} stored, {res.duplicates} already in the ledger, {res.facts} facts",
                          end="\r")

    try:
        res = bulk.ingest_parquet(args.from_parquet, progress=progress)
    except FileNotFoundError as e:
        console.print(f"[red]✗[/red] {e}")
        return 2
    console.print(f"{res.documents} stored, {res.duplicates} already in the ledger; {res.facts} facts, "
                  f"{res.projects} project mentions, {res.tasks} tasks, {res.sections} sections in {res.seconds:.1f} s "
                  f"(batch {res.batch.pk})")
    return 0


def serve(addr: str = "127.0.0.1", port: int = 8000, dev: bool = False, workers: int = 0) -> None:
    """The production server (gunicorn + whitenoise, DEBUG off); ``dev=True`` gives Django's runserver."""
    from ..web.server import serve as run
    run(addr, port, dev=dev, workers=workers)


def cmd_serve(args: argparse.Namespace) -> int:
    serve(args.addr, args.port, dev=args.dev, workers=args.workers)
    return 0


def ensure_demo_user(password: str | None = None) -> tuple[str, str]:
    from django.contrib.auth import get_user_model
    User = get_user_model()
    password = password or os.environ.get("TAIZHANG_DEMO_PASSWORD") or secrets.token_urlsafe(9)
    user, _ = User.objects.get_or_create(username=DEMO_USER, defaults={"is_staff": True, "is_superuser": True})
    user.set_password(password)
    user.save()
    return DEMO_USER, password


def _demo_inputs() -> list[Path]:
    files = [p for p in sorted(SAMPLES.glob("*")) if p.is_file() and not p.name.startswith((".", "_"))
             and p.suffix.lower() in {".txt", ".html", ".htm", ".pdf", ".docx"}]
    return files


def cmd_export(args: argparse.Namespace) -> int:
    _migrate()
    from . import exports
    if not args.parquet:
        print("nothing to do: give --parquet DIR")
        return 2
    counts = exports.export_parquet(args.parquet, dask=args.dask)
    for name, n in counts.items():
        print(f"{name}: {n} rows")
    print(f"→ {Path(args.parquet).resolve()}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("ingest", help="read documents into the ledger (idempotent by content hash)")
    p.add_argument("paths", nargs="*", help="files or folders")
    p.add_argument("--from-parquet", metavar="DIR", default=None,
                   help="load a `taizhang extract --workers` output (Parquet) in batches instead of reading files")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("serve", help="serve the ledger site (gunicorn; --dev for the development server)")
    p.add_argument("--addr", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--dev", action="store_true", help="Django's development server with DEBUG on (never in production)")
    p.add_argument("--workers", type=int, default=0, help="gunicorn worker processes (default: $TAIZHANG_WORKERS or CPUs)")
    p.set_defaults(func=cmd_serve)

    # `demo` is registered by supervision/cli.py: it tells the whole story, supervision included

    p = sub.add_parser("export", help="export the whole ledger")
    p.add_argument("--parquet", metavar="DIR", help="one Parquet file per table")
    p.add_argument("--dask", action="store_true", help="partitioned Parquet datasets (one folder per table)")
    p.set_defaults(func=cmd_export)
