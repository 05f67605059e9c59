"""Scale: distributed extraction, memory per worker, one core against jieba, bulk ingest into PostgreSQL.

    .venv/bin/python bench/scale.py [--corpus DIR] [--mb 100] [--speed-mb 10] [--pg URL] [--keep DIR]

Prints one figure a line (and nothing else on stdout; notes go to stderr):

    speedup_2_workers X       time with 1 worker / time with 2 workers, same batch (--speed-mb), warm workers,
                              best of --rounds alternating runs
    peak_rss_mb_per_worker X  largest peak resident set (MiB) of a worker process over the --mb batch (2 workers):
                              its own VmHWM, not ru_maxrss, which Linux carries over exec from the driver that
                              forked the worker (the figure then followed the driver, not the worker)
    jieba_ratio X             one core's extraction throughput / jieba.cut's on the same text, same process
    ingest_rows_per_s X       rows (documents, sections, facts, project mentions, tasks) per second from the
                              Parquet of the speed batch into PostgreSQL (``taizhang ingest --from-parquet``)

The batch is made at run time in a temporary folder from copies of the corpus (../shared/corpus, else the
bundled samples), each copy made distinct by a first line of its own (extraction skips repeated content),
and is never written into the repository.  Without ``--pg`` (or TAIZHANG_TEST_PG) a throw-away PostgreSQL
is started the way scripts/postgres.sh does for the tests, and stopped at the end.  Ratios, not seconds:
the machine is shared, so only figures measured against a reference in the same run mean anything.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def note(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def corpus_files(corpus: Path | None) -> list[Path]:
    if corpus and corpus.is_dir():
        files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in {".txt", ".html", ".htm"})
        if files:
            return files
    samples = ROOT / "src" / "taizhang" / "samples"
    return sorted(p for p in samples.iterdir() if p.is_file() and p.suffix in {".txt", ".html", ".htm"})


def make_batch(files: list[Path], folder: Path, mb: float) -> tuple[int, int]:
    """Copies of ``files`` under ``folder`` (100 per sub-folder) until they hold ``mb`` MB; (files, bytes)."""
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in files]
    size = n = 0
    goal = int(mb * 1024 * 1024)
    while size < goal:
        for name, text in texts:
            sub = folder / f"{n // 100:05d}"
            sub.mkdir(parents=True, exist_ok=True)
            data = (f"副本{n:06d}\n" + text).encode("utf-8")
            (sub / f"{n:06d}_{name}").write_bytes(data)
            size += len(data)
            n += 1
            if size >= goal:
                break
    return n, size


def _status_mb(field: str) -> float | None:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _maxrss_mb() -> float:
    """``ru_maxrss``: on Linux NOT the process's own peak.  The kernel carries the largest resident set over
    ``execve`` from the process that forked it, and Dask's nanny starts each worker by fork + exec of the
    process that holds the LocalCluster (here the driver), so a worker's ru_maxrss is at least the driver's
    resident set at that moment.  Printed beside the real figure only to show the difference."""
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_mb() -> float:
    """The process's own peak resident set since it started (``VmHWM``: per address space, so it starts
    afresh at exec); ``ru_maxrss`` where there is no /proc."""
    got = _status_mb("VmHWM")
    return got if got is not None else _maxrss_mb()


def _rss_now_mb() -> float:
    got = _status_mb("VmRSS")
    return got if got is not None else float("nan")


class _Sampler:
    """Every ``every`` seconds during a run, each worker's resident set and its peak so far, so the note can
    show whether a worker's memory follows the batch (it must not) or levels off after the first chunks."""

    def __init__(self, client, every: float = 15.0):
        import threading
        self.client, self.every = client, every
        self.samples: list[tuple[float, float, float]] = []  # (seconds, largest RSS, largest peak) over workers
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self):
        self.t0 = time.perf_counter()
        self._thread.start()
        return self

    def _loop(self) -> None:
        while not self._stop.wait(self.every):
            now = self.client.run(_rss_now_mb)
            peak = self.client.run(_peak_mb)
            self.samples.append((time.perf_counter() - self.t0, max(now.values()), max(peak.values())))

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> str:
        """RSS / peak at each tenth of the run's duration."""
        if not self.samples:
            return "no samples"
        end = self.samples[-1][0]
        picked, nxt = [], 0.0
        for t, now, peak in self.samples:
            if t >= nxt:
                picked.append(f"{t:.0f}s {now:.0f}/{peak:.0f}")
                nxt = t + end / 10
        return ", ".join(picked)


def _cluster(n: int):
    from distributed import Client

    from taizhang.extract import distributed as D
    cluster = D.local_cluster(n)
    return cluster, Client(cluster)


def _warm(client, files: list[Path], tmp: Path) -> None:
    """Every worker loads the extractor (dictionaries, gazetteer) before the clock starts."""
    from taizhang.extract import distributed as D

    def warm():
        from taizhang.extract import extract_file
        extract_file(files[0])
        return True
    client.run(warm)
    del D


def timed_runs(ns: tuple[int, ...], batch: Path, tmp: Path, files: list[Path], rounds: int = 1,
               sample: bool = False):
    """Best wall time of ``rounds`` runs over ``batch`` for each cluster size in ``ns``, alternating sizes
    round by round (a busy spell on a shared machine then slows both alike); also each worker's peak RSS."""
    from taizhang.extract import distributed as D
    clusters = {n: _cluster(n) for n in ns}
    best = {n: float("inf") for n in ns}
    rss: dict[int, dict] = {}
    try:
        for _, client in clusters.values():
            _warm(client, files, tmp)
        for r in range(rounds):
            for n, (_, client) in clusters.items():
                out = tmp / f"out-{batch.name}-{n}-{r}"
                sampler = _Sampler(client) if sample else None
                t0 = time.perf_counter()
                if sampler is not None:
                    with sampler:
                        s = D.run([str(batch)], out, client=client)
                else:
                    s = D.run([str(batch)], out, client=client)
                dt = time.perf_counter() - t0
                best[n] = min(best[n], dt)
                rss[n] = client.run(_peak_mb)
                inherited = client.run(_maxrss_mb)
                note(f"{n} worker(s): {s.documents} documents, {s.facts} facts, {s.nbytes / 1e6:.1f} MB in "
                     f"{dt:.1f} s; worker peak RSS {', '.join(f'{v:.0f}' for v in rss[n].values())} MB "
                     f"(ru_maxrss {', '.join(f'{v:.0f}' for v in inherited.values())} MB, driver now "
                     f"{_rss_now_mb():.0f} MB)")
                if sampler is not None:
                    note(f"largest worker RSS/peak (MB) through the run: {sampler.summary()}")
    finally:
        for cluster, client in clusters.values():
            client.close()
            cluster.close()
    return best, rss


def jieba_ratio(files: list[Path], mb: float, rounds: int = 3) -> float:
    """Characters per second of extract_text over copies of the corpus / of jieba.cut, best of rounds."""
    import jieba

    from taizhang.extract import extract_text
    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in files]
    extract_text(texts[0][1], name=texts[0][0])
    docs, size = [], 0
    while size < mb * 1024 * 1024:
        for name, text in texts:
            docs.append((name, text))
            size += len(text.encode("utf-8"))
    best_ex = best_jb = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for name, text in docs:
            extract_text(text, name=name)
        best_ex = min(best_ex, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _, text in docs:
            for _tok in jieba.cut(text, HMM=True):
                pass
        best_jb = min(best_jb, time.perf_counter() - t0)
    return best_jb / best_ex


def _free_port() -> int:
    """A loopback port nothing listens on now (a fixed one may be held by another server on a shared box)."""
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_postgres(tmp: Path) -> tuple[str | None, Path]:
    """A throw-away PostgreSQL like scripts/postgres.sh starts for the tests (own folder, own port)."""
    here = tmp / "pg"
    here.mkdir()
    if os.geteuid() == 0:  # the server runs as the postgres user, who must reach its folder through ours
        for folder in (tmp, here):
            folder.chmod(0o755)
    port = os.environ.get("TAIZHANG_BENCH_PG_PORT") or str(_free_port())
    script = f'source "{ROOT / "scripts" / "postgres.sh"}"; pg_start >&2; echo "$TAIZHANG_TEST_PG"'
    r = subprocess.run(["bash", "-c", script], cwd=here, capture_output=True, text=True,
                       env=dict(os.environ, TAIZHANG_PG_PORT=port, TAIZHANG_TEST_PG=""))
    url = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else None
    if not url:
        note(f"PostgreSQL did not start: {r.stderr.strip()[-500:]}")
    return url, here


def stop_postgres(here: Path) -> None:
    subprocess.run(["bash", "-c", f'source "{ROOT / "scripts" / "postgres.sh"}"; pg_stop'], cwd=here,
                   capture_output=True)


def ingest_rate(pg: str, parquet_dir: Path) -> float:
    """Rows per second of bulk.ingest_parquet into a fresh database on ``pg``."""
    import psycopg
    db = f"taizhang_bench_{os.getpid()}"
    with psycopg.connect(pg, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{db}"')
        c.execute(f'CREATE DATABASE "{db}"')
    base = pg.rsplit("/", 1)[0]
    os.environ["TAIZHANG_DB_URL"] = f"{base}/{db}"
    os.environ.setdefault("TAIZHANG_DATA_DIR", str(parquet_dir.parent / "var"))
    from taizhang.commands import setup_django
    setup_django()
    from django.core.management import call_command
    call_command("migrate", interactive=False, verbosity=0)
    from taizhang.ledger import bulk
    res = bulk.ingest_parquet(parquet_dir)
    note(f"ingest: {res.documents} documents, {res.facts} facts, {res.projects} mentions, {res.tasks} tasks, "
         f"{res.sections} sections in {res.seconds:.1f} s")
    from django.db import connections
    connections.close_all()
    with psycopg.connect(pg, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{db}"')
    return res.rows / res.seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--mb", type=float, default=100.0, help="batch size for peak RSS per worker (default 100)")
    ap.add_argument("--speed-mb", type=float, default=10.0, help="batch size for the 1 vs 2 workers timing")
    ap.add_argument("--jieba-mb", type=float, default=3.0, help="text for the jieba ratio (default 3)")
    ap.add_argument("--rounds", type=int, default=2, help="alternating 1/2-worker rounds, best of each (default 2)")
    ap.add_argument("--pg", default=os.environ.get("TAIZHANG_TEST_PG"), help="PostgreSQL URL (default: start one)")
    ap.add_argument("--keep", type=Path, default=None, help="make the batches and outputs here and keep them")
    a = ap.parse_args()

    files = corpus_files(a.corpus)
    tmp = a.keep or Path(tempfile.mkdtemp(prefix="taizhang-scale-"))
    tmp.mkdir(parents=True, exist_ok=True)
    pg_here = None
    try:
        speed = tmp / "speed"
        n, size = make_batch(files, speed, a.speed_mb)
        note(f"speed batch: {n} files, {size / 1e6:.1f} MB from {len(files)} corpus documents")
        best, _ = timed_runs((1, 2), speed, tmp, files, rounds=a.rounds)
        out1 = tmp / "out-speed-1-0"
        print(f"speedup_2_workers {best[1] / best[2]:.2f}", flush=True)

        big = tmp / "big"
        n, size = make_batch(files, big, a.mb)
        note(f"memory batch: {n} files, {size / 1e6:.1f} MB")
        _, rss = timed_runs((2,), big, tmp, files, sample=True)
        print(f"peak_rss_mb_per_worker {max(rss[2].values()):.0f}", flush=True)

        print(f"jieba_ratio {jieba_ratio(files, a.jieba_mb):.2f}", flush=True)

        pg = a.pg
        if not pg:
            pg, pg_here = start_postgres(tmp)
        if pg:
            print(f"ingest_rows_per_s {ingest_rate(pg, out1):.0f}", flush=True)
        else:
            print("ingest_rows_per_s nan", flush=True)
    finally:
        if pg_here is not None:
            stop_postgres(pg_here)
        if a.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
