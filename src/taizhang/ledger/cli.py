"""CLI: ingest, serve, demo, export.  (Being written; demo is the extraction report for now.)"""
from __future__ import annotations

import argparse
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def cmd_demo(args: argparse.Namespace) -> int:
    from ..cli import main
    out = Path(args.out)
    rc = main(["extract", str(SAMPLES), "--out", str(out)])
    print(f"report: {out.resolve() / 'report.html'}")
    return rc


def register(sub) -> None:
    p = sub.add_parser("demo", help="extract the bundled samples, build the ledger and serve it")
    p.add_argument("--out", default="out/demo")
    p.set_defaults(func=cmd_demo)
