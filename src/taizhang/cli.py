"""The one command a person runs: ``taizhang extract|ingest|serve|demo|export``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def cmd_extract(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import Progress

    from .extract import ExtractError, extract_file, iter_paths
    from .extract.output import JsonlWriter

    console = Console(stderr=True)
    paths = list(iter_paths(args.paths))
    missing = [p for p in paths if not p.exists()]
    out = Path(args.out)
    failures: list[tuple[str, str]] = []
    done = []
    with JsonlWriter(out) as writer, Progress(console=console, transient=True,
                                                disable=not console.is_terminal) as progress:
        task = progress.add_task("extracting", total=len(paths))
        for p in paths:
            progress.update(task, description=p.name[:40])
            try:
                if not p.exists():
                    raise ExtractError(str(p), "no such file")
                ex = extract_file(p)
            except ExtractError as e:
                failures.append((str(p), e.reason))
                console.print(f"[red]✗[/red] {p}: {e.reason}")
            except Exception as e:  # one bad file never stops the batch
                failures.append((str(p), f"internal error: {type(e).__name__}: {e}"))
                console.print(f"[red]✗[/red] {p}: internal error: {type(e).__name__}: {e}")
            else:
                writer.write(ex)
                done.append(ex)
            progress.advance(task)
    (out / "errors.jsonl").write_text(
        "".join(json.dumps({"path": p, "reason": r}, ensure_ascii=False) + "\n" for p, r in failures),
        encoding="utf-8")
    if not args.no_report:
        from .extract.report import write_report
        write_report(out / "report.html", done, failures)
    nf = sum(len(e.facts) for e in done)
    np_ = sum(len(e.projects) for e in done)
    console.print(f"{len(done)} document(s), {nf} facts, {np_} project mentions → {out}"
                  + (f"; [red]{len(failures)} failed[/red]" if failures else ""))
    del missing
    return 1 if failures else 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="taizhang", description="台账: grounded supervision ledgers from documents")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract documents, facts and projects to JSONL plus report.html")
    p.add_argument("paths", nargs="+", help="files or folders (searched recursively)")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--no-report", action="store_true", help="skip report.html")
    p.set_defaults(func=cmd_extract)

    from . import commands  # the ledger/site commands live apart so extract stays framework-free
    commands.register(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
