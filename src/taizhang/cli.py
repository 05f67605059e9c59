"""The one command a person runs: ``taizhang extract|ingest|serve|demo|export``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


PLAIN_PROGRESS_MIN = 20  # without a terminal, batches this large get a plain progress line now and then


def _link_projects(extractions: list, console) -> list:
    """Canonicalise project names across the batch when ``projects.link_across`` exists.

    Returns the mentions to write, in document order.  ``link_across`` may update the
    extractions in place (returning None), return the extractions, or return the mentions;
    if it fails the batch keeps its per-document names and says so.
    """
    from rich.markup import escape

    from .extract import projects as projects_mod

    link = getattr(projects_mod, "link_across", None)
    if callable(link):
        try:
            got = link(extractions)
        except Exception as e:  # linking is an improvement; a failure must not lose the batch
            console.print("[yellow]![/yellow] project linking failed, names left as found: "
                          + escape(f"{type(e).__name__}: {e}"))
        else:
            if isinstance(got, list) and got and all(hasattr(x, "projects") for x in got):
                extractions[:] = got
            elif isinstance(got, list) and got and all(hasattr(x, "mention") for x in got):
                return got
    return [p for ex in extractions for p in ex.projects]


def cmd_extract(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, \
        TimeRemainingColumn

    from .extract import ExtractError, extract_file, iter_paths
    from .extract.output import JsonlWriter

    console = Console(stderr=True)
    paths = list(iter_paths(args.paths))
    out = Path(args.out)
    failures: list[tuple[str, str]] = []
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
                if not p.exists():
                    raise ExtractError(str(p), "no such file")
                ex = extract_file(p)
                writer.write(ex, projects=False)  # projects wait for linking across the batch
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
        writer.write_projects(_link_projects(done, console))
    (out / "errors.jsonl").write_text(
        "".join(json.dumps({"path": p, "reason": r}, ensure_ascii=False) + "\n" for p, r in failures),
        encoding="utf-8")
    report_failed = False
    if not args.no_report:
        from .extract.report import write_report
        try:
            write_report(out / "report.html", done, failures)
        except Exception as e:  # the JSONL files are already written; say what went wrong and fail the run
            report_failed = True
            console.print(f"[red]✗[/red] report.html: internal error: {escape(f'{type(e).__name__}: {e}')}")
    nf = sum(len(e.facts) for e in done)
    np_ = sum(len(e.projects) for e in done)
    console.print(f"{len(done)} document(s), {nf} facts, {np_} project mentions → {out}"
                  + (f"; [red]{len(failures)} failed[/red]" if failures else ""))
    return 1 if failures or report_failed else 0


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
