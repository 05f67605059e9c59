"""Where a first-sight extraction pass spends its time, by rule reader: which readers run how often, how many of their
calls find nothing, what a call costs, and how many figures share a clause or a sentence (what a reader computed once
per clause or per sentence could share).

    .venv/bin/python bench/reader_costs.py [--corpus DIR ...] [--top 40] [--modules scope,facts,...]

After a warm-up over the bundled samples (patterns compiled, tables loaded, other texts), each corpus document is
extracted once, unseen by the process, as in ``extract_speed.py``'s ``first`` run, under a sampling profiler (the
process's CPU-time timer, no wrapper: the shares are those of the plain pass); then once more with every
module-level function of ``--modules`` wrapped (in every extractor module that holds it, so a name brought in with
``from … import`` is counted too), for the counts.  Per function: its share of the first-sight pass (inclusive of
what it calls: the share of samples with the function on the stack), calls, and the share of calls whose answer is
empty (None, False, "", an empty list; a reader that sets fields of its figure and returns None counts as empty
every time).  The counts come from the second pass, where a cache keyed on a text answers again (a memoised
function's calls are still counted, its work is not redone).  Last, how many figures stand alone in their clause and
in their sentence (what a reader computed once per clause or per sentence could share).

Nothing is asserted; the numbers guide which reader to gate or share, and the outputs are not changed.
"""
from __future__ import annotations

import argparse
import collections
import functools
import importlib
import os
import pkgutil
import signal
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

DEFAULT_MODULES = "facts,scope,figure,lists,projects,docregions,regions,context,meta,periods,structures,frame,cleaner"


from first_instructions import _texts  # noqa: E402  (the same corpus walk: bench/ is on sys.path as the script's folder)


def _empty(r) -> bool:
    try:
        return not r
    except Exception:  # an object whose truth is not defined (an array): an answer
        return False


def wrap_readers(names: list[str]) -> dict[str, list]:
    """Wrap the module-level functions of ``names`` (extractor modules) where every extractor module holds them;
    returns the counters: key -> [calls, empty answers]."""
    import taizhang.extract as pkg

    stats: dict[str, list] = collections.defaultdict(lambda: [0, 0])
    wrapped: dict[int, object] = {}

    def wrap(key: str, f):
        @functools.wraps(f)
        def w(*a, **k):
            r = f(*a, **k)
            s = stats[key]
            s[0] += 1
            s[1] += _empty(r)
            return r
        return w

    for name in names:
        mod = importlib.import_module(f"taizhang.extract.{name}")
        for attr, f in list(vars(mod).items()):
            if isinstance(f, types.FunctionType) and f.__module__ == mod.__name__:
                wrapped[id(f)] = wrap(f"{name}.{attr}", f)
    mods = [importlib.import_module(f"taizhang.extract.{i.name}") for i in pkgutil.iter_modules(pkg.__path__)
            if not i.ispkg]
    for mod in mods:
        for attr, f in list(vars(mod).items()):
            if id(f) in wrapped and isinstance(f, types.FunctionType):
                setattr(mod, attr, wrapped[id(f)])
    return stats


def sampled(docs: list[tuple[str, str]], interval: float) -> tuple[int, collections.Counter]:
    """(samples, samples per function on the stack) of one pass over ``docs``, by the process's CPU-time timer."""
    from taizhang.extract import extract_text

    import taizhang.extract as pkg
    root = os.path.dirname(pkg.__file__)
    on_stack: collections.Counter = collections.Counter()
    n = [0]

    def tick(_sig, frame):
        n[0] += 1
        seen = set()
        while frame is not None:
            code = frame.f_code
            if code.co_filename.startswith(root):
                key = f"{os.path.splitext(os.path.basename(code.co_filename))[0]}.{code.co_name}"
                if key not in seen:
                    seen.add(key)
                    on_stack[key] += 1
            frame = frame.f_back

    old = signal.signal(signal.SIGPROF, tick)
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        for name, text in docs:
            extract_text(text, name=name)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, old)
    return n[0], on_stack


def figure_table(docs: list[tuple[str, str]]) -> None:
    """Figures by the number of figures in their clause and in their sentence (facts._find_candidates' Cands)."""
    from taizhang.extract import extract_text, facts

    by_clause: collections.Counter = collections.Counter()
    by_sent: collections.Counter = collections.Counter()
    orig = facts._find_candidates

    def found(text, layout, *a, **k):
        cands = list(orig(text, layout, *a, **k))
        for cnt, sizes in ((collections.Counter(layout.clause_of(c.vs) for c in cands), by_clause),
                           (collections.Counter(layout.sent_of(c.vs) for c in cands), by_sent)):
            for n in cnt.values():
                sizes[n] += n
        return cands

    facts._find_candidates = found
    try:
        for name, text in docs:
            extract_text(text, name=name)
    finally:
        facts._find_candidates = orig
    n = sum(by_clause.values()) or 1
    alone_c, alone_s = by_clause.get(1, 0), by_sent.get(1, 0)
    print(f"figures  {n}: alone in their clause {100 * alone_c / n:.1f} %, alone in their sentence "
          f"{100 * alone_s / n:.1f} %; median figures in a figure's sentence "
          f"{sorted(k for k, v in by_sent.items() for _ in range(v))[n // 2] if by_sent else 0}")


def main() -> int:
    shared = ROOT.parent / "shared"
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, action="append",
                    help="folders of texts (default: ../shared/corpus and ../shared/dev/docs)")
    ap.add_argument("--top", type=int, default=40, help="readers listed (default 40)")
    ap.add_argument("--modules", default=DEFAULT_MODULES, help="extractor modules whose functions are counted")
    ap.add_argument("--interval", type=float, default=0.0005, help="sampling interval in CPU seconds (default 0.0005)")
    a = ap.parse_args()
    dirs = a.corpus or [d for d in (shared / "corpus", shared / "dev" / "docs") if d.is_dir()]
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        pass
    from taizhang.extract import extract_text

    for name, text in _texts([ROOT / "src" / "taizhang" / "samples"]):
        extract_text(text, name=name)  # warm-up: other texts
    docs = _texts(dirs)
    print(f"{len(docs)} documents, {sum(len(t) for _, t in docs):,} characters, each seen once")
    c0 = time.process_time()
    samples, on_stack = sampled(docs, a.interval)
    print(f"first-sight pass {time.process_time() - c0:.2f} s CPU, {samples} samples (the timer's resolution may be "
          f"coarser than asked)")
    stats = wrap_readers([m for m in a.modules.split(",") if m])
    figure_table(docs)
    print("share    calls   empty  function (share of the first-sight pass with it on the stack)")
    keys = sorted(on_stack, key=lambda k: -on_stack[k])
    for key in keys[: a.top]:
        n, empty = stats.get(key, (0, 0))
        calls = f"{n:7d}  {100 * empty / n:5.1f} %" if n else f"{'':7}  {'':7}"
        print(f"{100 * on_stack[key] / max(1, samples):5.1f} %  {calls}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
