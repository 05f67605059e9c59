"""Instructions of a first-sight extraction pass, counted by valgrind's callgrind: a figure the machine's load does
not move (CPU seconds on a shared box vary by a fifth between runs; this varies by about 0.1 %).

    .venv/bin/python bench/first_instructions.py [--corpus DIR ...] [--out FILE]

The script runs itself under ``valgrind --tool=callgrind --instr-atstart=no`` (about 5 minutes on a quiet box for
the seeds and dev): imports, jieba's tables and a warm-up over the bundled samples run uninstrumented; then
instrumentation is switched on (``callgrind_control -i on``) for one pass over the corpus documents, each seen once
by the process, and switched off.  ``PYTHONHASHSEED`` is fixed so that set and dict orders repeat.  It prints the
instructions of that pass; ``callgrind_annotate FILE`` gives them by C function (``sre_ucs2_match`` and
``charset`` are the regular-expression engine, ``_PyEval_EvalFrameDefault`` the interpreter).  Compare two trees by
running each one's copy of this script.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _texts(dirs: list[Path]) -> list[tuple[str, str]]:
    out = []
    for d in dirs:
        for p in sorted(d.rglob("*")):
            if p.is_file() and p.suffix in {".txt", ".html", ".htm"} and "gold" not in p.parts:
                out.append((p.name, p.read_text(encoding="utf-8")))
    return out


def inner(dirs: list[Path]) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    import jieba

    from taizhang.extract import extract_text
    jieba.setLogLevel(60)
    jieba.initialize()
    for name, text in _texts([ROOT / "src" / "taizhang" / "samples"]):
        extract_text(text, name=name)  # warm-up: patterns compiled, tables loaded, other texts
    docs = _texts(dirs)
    toggle = ["callgrind_control", "-i"]
    subprocess.run(toggle + ["on", str(os.getpid())], stdout=subprocess.DEVNULL, check=True)
    for name, text in docs:
        extract_text(text, name=name)
    subprocess.run(toggle + ["off", str(os.getpid())], stdout=subprocess.DEVNULL, check=True)
    print(f"{len(docs)} documents, {sum(len(t) for _, t in docs):,} characters")


def main() -> int:
    shared = ROOT.parent / "shared"
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, action="append",
                    help="folders of texts (default: ../shared/corpus and ../shared/dev/docs)")
    ap.add_argument("--out", default="callgrind.first.out", help="callgrind's output file")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    dirs = a.corpus or [d for d in (shared / "corpus", shared / "dev" / "docs") if d.is_dir()]
    if a.inner:
        inner(dirs)
        return 0
    if shutil.which("valgrind") is None:
        print("first_instructions.py needs valgrind (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={a.out}",
           sys.executable, __file__, "--inner", "--out", a.out] + [x for d in dirs for x in ("--corpus", str(d))]
    run = subprocess.run(cmd, env={**os.environ, "PYTHONHASHSEED": "0"}, capture_output=True, text=True)
    print(run.stdout, end="")
    m = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode or not m:
        print(run.stderr[-2000:], file=sys.stderr)
        return 1
    print(f"instructions of the first-sight pass: {int(m.group(1)):,}  ({a.out})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
