"""The one command a person runs: ``taizhang extract|ingest|serve|demo|export``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


PLAIN_PROGRESS_MIN = 20  # without a terminal, batches this large get a plain progress line now and then


def _link_projects(extractions: list, console, writer) -> list:
    """Canonicalise project names across the batch (``extract.linking``); returns the mentions to write.

    A failure keeps the names as found, is said on the console and goes to errors.jsonl.
    """
    from rich.markup import escape

    from .extract.linking import link_batch

    for e in link_batch(extractions):
        console.print("[yellow]![/yellow] project linking failed, names left as found: " + escape(e.reason))
        writer.write_error(e)
    return [p for ex in extractions for p in ex.projects]


def cmd_extract(args: argparse.Namespace) -> int:
    if getattr(args, "workers", None) or getattr(args, "scheduler", None) or getattr(args, "resume", False):
        if getattr(args, "manifest", None):
            print("✗ --manifest is not supported with --workers/--scheduler/--resume yet", file=sys.stderr)
            return 2
        return cmd_extract_distributed(args)  # many documents: Dask workers write partitioned Parquet
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, \
        TimeRemainingColumn

    from .extract import ExtractError, extract_file, iter_paths
    from .extract.pipeline import unreadable_reason
    from .extract.output import JsonlWriter, error_row

    console = Console(stderr=True)
    manifest = None
    if getattr(args, "manifest", None):
        from .extract.context import Manifest
        try:
            manifest = Manifest.load(args.manifest)
        except (OSError, ValueError, UnicodeDecodeError) as e:
            console.print(f"[red]✗[/red] --manifest: {escape(str(e))}")
            return 2
    paths = list(iter_paths(args.paths))
    out = Path(args.out)
    failures: list[tuple[str, str]] = []
    stage_failures: list[tuple[str, str]] = []  # documents written, but a stage of theirs failed
    done = []
    plain = not console.is_terminal and len(paths) >= PLAIN_PROGRESS_MIN
    step = max(1, len(paths) // 10)
    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn())
    with JsonlWriter(out) as writer, Progress(*columns, console=console, transient=True,
                                                disable=not console.is_terminal) as progress:
        task = progress.add_task("extracting", total=len(paths))
        for n, p in enumerate(paths, 1):
            progress.update(task, description=p.name[:40])
            try:
                bad = unreadable_reason(p)  # missing file, dangling link, link loop
                if bad:
                    raise ExtractError(str(p), bad)
                ex = extract_file(p, hints=manifest.get(p) if manifest is not None else None)
                writer.write(ex, projects=False, path=str(p))  # projects wait for linking across the batch
                for e in ex.errors:  # a failed stage: the rest of the document and the batch go on
                    stage_failures.append((str(p), f"stage {e.stage}: {e.reason}"))
                    progress.console.print(f"[red]✗[/red] {escape(str(p))}: stage {escape(e.stage)}: "
                                           f"{escape(e.reason)}")
            except ExtractError as e:
                failures.append((str(p), e.reason))
            except Exception as e:  # one bad file never stops the batch
                failures.append((str(p), f"internal error: {type(e).__name__}: {e}"))
            else:
                done.append(ex)
            if failures and failures[-1][0] == str(p):
                progress.console.print(f"[red]✗[/red] {escape(str(p))}: {escape(failures[-1][1])}")
            progress.advance(task)
            if plain and (n % step == 0 or n == len(paths)):
                console.print(f"{n}/{len(paths)} files, {len(failures)} failed", highlight=False)
        for p, reason in failures:
            writer.write_error(error_row(Path(p).name, "load", reason, path=p))
        writer.write_projects(_link_projects(done, console, writer))
    report_failed = False
    if not args.no_report:
        from .extract.report import write_report
        try:
            write_report(out / "report.html", done, failures + stage_failures)
        except Exception as e:  # the JSONL files are already written; say what went wrong and fail the run
            report_failed = True
            console.print(f"[red]✗[/red] report.html: internal error: {escape(f'{type(e).__name__}: {e}')}")
    nf = sum(len(e.facts) for e in done)
    np_ = sum(len(e.projects) for e in done)
    nt = sum(len(e.tasks) for e in done)
    console.print(f"{len(done)} document(s), {nf} facts, {np_} project mentions, {nt} tasks → {out}"
                  + (f"; [red]{len(failures)} failed[/red]" if failures else "")
                  + (f"; [red]{writer.errors - len(failures)} stage error(s)[/red] (errors.jsonl)"
                     if writer.errors > len(failures) else ""))
    return 1 if writer.errors or report_failed else 0


def cmd_extract_distributed(args: argparse.Namespace) -> int:
    """``extract --workers N`` / ``--scheduler ADDR``: Parquet parts from Dask workers, then linking and report."""
    from rich.console import Console
    from rich.markup import escape

    from .extract import distributed

    console = Console(stderr=True)
    try:
        s = distributed.run(args.paths, args.out, workers=args.workers or (None if args.scheduler else 1),
                            scheduler=args.scheduler, resume=args.resume, console=console,
                            chunk_bytes=max(1, int(args.chunk_mb * 1024 * 1024)), report=not args.no_report,
                            chunk_wait=args.chunk_timeout or distributed.CHUNK_WAIT)
    except distributed.UsageError as e:
        console.print(f"[red]✗[/red] {escape(str(e))}")
        return 2
    report_failed = bool(s.report_error)  # the Parquet parts are written; say what went wrong and fail the run
    if report_failed:
        console.print(f"[red]✗[/red] report: internal error: {escape(s.report_error)}")
    if s.close_error:  # the output is complete, but the run's own cluster may have left a process or files behind
        console.print(f"[red]✗[/red] closing the local cluster: {escape(s.close_error)}")
    console.print(f"{s.documents} document(s), {s.facts} facts, {s.projects} project mentions on {s.workers} "
                  f"worker(s) → {args.out}" + (f"; {s.skipped} already done" if s.skipped else "")
                  + (f"; {s.duplicates} duplicate(s)" if s.duplicates else "")
                  + (f"; [red]{len(s.failures)} failed[/red]" if s.failures else "")
                  + (f"; [red]{s.stage_errors} stage error(s)[/red]" if s.stage_errors else ""))
    return 1 if s.failures or s.stage_errors or report_failed or s.close_error else 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="taizhang", description="台账: grounded supervision ledgers from documents")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract documents, facts, projects and tasks to JSONL plus report.html")
    p.add_argument("paths", nargs="+", help="files or folders (searched recursively)")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--no-report", action="store_true", help="skip report.html")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="extract on a local Dask cluster of N processes into partitioned Parquet")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="extract on an existing Dask cluster (tcp://host:8786) into partitioned Parquet")
    p.add_argument("--chunk-mb", type=float, default=1.0, metavar="MB",
                   help="input a worker extracts into one Parquet part (default 1; memory per worker follows it)")
    p.add_argument("--chunk-timeout", type=float, default=None, metavar="SECONDS",
                   help="give up a chunk that runs longer on its worker (default 900): its documents are tried one "
                        "by one, and one that still runs out of time is recorded in errors")
    p.add_argument("--resume", action="store_true",
                   help="continue a killed Parquet run in --out, skipping documents already done (by content hash)")
    p.add_argument("--manifest", default=None, metavar="FILE",
                   help="CSV or JSONL with columns path, url, region, published, title: what the documents' text "
                        "does not say (a place or date stated in the text wins)")
    p.set_defaults(func=cmd_extract)

    from . import commands  # the ledger/site commands live apart so extract stays framework-free
    commands.register(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
