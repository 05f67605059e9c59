"""The extractor's own memory: resident set of a fresh process after loading it and extracting one document.

    .venv/bin/python bench/extract_memory.py [--corpus DIR] [--docs N]

Why: every Dask worker (and every web worker) holds the extractor's dictionaries once; issue 9 allows a
worker 300 MB in all, of which pyarrow and Dask take about 100.  Each figure comes from a new Python
process, so nothing measured earlier stays resident:

    python_mb         the interpreter alone (the floor)
    jieba_own_mb      jieba loaded its own way (``jieba.initialize()`` + ``import jieba.posseg``): the reference
    extractor_mb      ``import taizhang.extract`` + extracting the first document (dictionaries, gazetteer, patterns)
    extractor_all_mb  the same after extracting ``--docs`` documents of the corpus one after the other
    ratio             extractor_mb / jieba_own_mb (below 1: the whole extractor holds less than jieba alone did)

and, for the extractor, the largest holders by ``tracemalloc`` (file and line of the allocation).  Printed,
never asserted.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RSS = """
def rss_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

PYTHON = _RSS + "import json; print(json.dumps({'mb': rss_mb()}))"

JIEBA = _RSS + """
import json, jieba
jieba.setLogLevel(60)
jieba.initialize()
import jieba.posseg
print(json.dumps({'mb': rss_mb()}))
"""

EXTRACTOR = _RSS + """
import json, sys, tracemalloc
sys.path.insert(0, {src!r})
files = {files!r}
trace = {trace!r}
if trace:
    tracemalloc.start(4)
from taizhang.extract import extract_file
extract_file(files[0])
one = rss_mb()
for f in files[1:]:
    extract_file(f)
out = {{'mb': one, 'all_mb': rss_mb()}}
if trace:
    snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    top = []
    for st in snap.statistics('traceback')[:8]:
        fr = next((f for f in reversed(st.traceback) if 'taizhang' in f.filename), st.traceback[-1])
        top.append([round(st.size / 1e6, 1), fr.filename.split('site-packages/')[-1].split('src/')[-1], fr.lineno])
    out['top'] = top
print(json.dumps(out))
"""


def run(code: str) -> dict:
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if r.returncode != 0:
        raise SystemExit(r.stderr[-2000:])
    return json.loads(r.stdout.strip().splitlines()[-1])


def corpus_files(corpus: Path, n: int) -> list[str]:
    if corpus.is_dir():
        files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in {".txt", ".html", ".htm"})
        if files:
            return [str(p) for p in files[:n]]
    samples = ROOT / "src" / "taizhang" / "samples"
    return [str(p) for p in sorted(samples.iterdir()) if p.suffix in {".txt", ".html", ".htm"}][:n]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--docs", type=int, default=20, help="documents extracted for extractor_all_mb (default 20)")
    a = ap.parse_args()
    files = corpus_files(a.corpus, a.docs)
    src = str(ROOT / "src")
    base = run(PYTHON)["mb"]
    jb = run(JIEBA)["mb"]
    ex = run(EXTRACTOR.format(src=src, files=files, trace=False))
    traced = run(EXTRACTOR.format(src=src, files=files[:1], trace=True))
    print(f"python_mb {base:.0f}")
    print(f"jieba_own_mb {jb:.0f}")
    print(f"extractor_mb {ex['mb']:.0f}")
    print(f"extractor_all_mb {ex['all_mb']:.0f}")
    print(f"ratio {ex['mb'] / jb:.2f}")
    for size, where, line in traced["top"]:
        print(f"  {size:6.1f} MB  {where}:{line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
