"""CLI commands that need the Django site: ingest, serve, demo, export.  (demo: extraction report until the site lands.)"""
from __future__ import annotations

import argparse
from pathlib import Path

SAMPLES = Path(__file__).parent / "samples"


def cmd_demo(args: argparse.Namespace) -> int:
    from .cli import main
    out = Path(args.out)
    rc = main(["extract", str(SAMPLES), "--out", str(out)])
    print(f"report: {out.resolve() / 'report.html'}")
    return rc


def register(sub) -> None:
    p = sub.add_parser("demo", help="extract the bundled sample documents and show the result")
    p.add_argument("--out", default="out/demo")
    p.set_defaults(func=cmd_demo)
