"""`taizhang extract --workers N`: Dask workers write Parquet equal to the single-process JSONL, resumably,
a worker process that dies loses no document, and no run waits for ever (beside another run, on a task that never
ends, on a scheduler that never answers)."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from taizhang import cli
from taizhang.extract import distributed, parquet

from scale_hooks import HANG, MARKER

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

HERE = Path(__file__).resolve().parent
TABLES = ("documents", "facts", "projects", "tasks", "errors")

OWN = {
    "plan.txt": ("青梅县国民经济和社会发展第十四个五年规划纲要\n一、发展目标\n"
                 "到2025年，全县地区生产总值达到320亿元，年均增长7%左右；森林覆盖率稳定在72%以上。\n"
                 "二、重点任务\n（一）加快梅江大桥建设，力争2024年建成通车。\n"
                 "（二）推进青梅工业园二期建设，完成投资12亿元。\n"),
    "news.txt": ("上半年，青梅县地区生产总值完成151.6亿元，同比增长6.8%。\n"
                 "梅江大桥已完成投资2.3亿元，形象进度达60%。\n"),
    "sub/brief.txt": "第3号简报：全县新增就业1200人，同比增长4.5%。\n",
}


@pytest.fixture(scope="module", autouse=True)
def _own_scratch(tmp_path_factory):
    """Every cluster of this module, and every process it starts, keeps its scratch files in a folder of the module's:
    Dask's default is one folder in the system temp for every cluster on the machine (another test run's too)."""
    import dask

    scratch = tmp_path_factory.mktemp("dask-scratch")
    before = os.environ.get("DASK_TEMPORARY_DIRECTORY")
    os.environ["DASK_TEMPORARY_DIRECTORY"] = str(scratch)  # the worker and command processes the tests start
    with dask.config.set({"temporary-directory": str(scratch)}):
        yield scratch
    if before is None:
        del os.environ["DASK_TEMPORARY_DIRECTORY"]
    else:
        os.environ["DASK_TEMPORARY_DIRECTORY"] = before


def _children() -> dict[int, str]:
    """This process's child processes (pid → command line), but multiprocessing's resource tracker: started with the
    first worker process, it lives as long as the interpreter (and is no part of Dask)."""
    import psutil

    found = {}
    for c in psutil.Process().children(recursive=True):
        try:
            cmd = " ".join(c.cmdline())
        except psutil.Error:  # ended meanwhile
            continue
        if "multiprocessing.resource_tracker" not in cmd:
            found[c.pid] = cmd
    return found


def _stray_threads(before: set[threading.Thread]) -> list[threading.Thread]:
    """Threads alive now that were not before, but Dask's process-wide offload thread (``distributed.utils``' one-thread
    pool, idle between calls; it lives as long as the interpreter)."""
    return [t for t in threading.enumerate() if t not in before and not t.name.startswith("Dask-Offload")]


def _left_since(threads: set[threading.Thread], children: dict[int, str], wait: float = 30.0):
    """(threads, processes) started since ``threads`` and ``children`` were taken and still running after ``wait`` s
    (the watcher threads of a worker process end just after it is reaped)."""
    deadline = time.monotonic() + wait
    while True:
        stray = _stray_threads(threads)
        for t in stray:
            t.join(max(0.0, deadline - time.monotonic()) / len(stray))
        stray = [t for t in _stray_threads(threads) if t.is_alive()]
        left = {pid: cmd for pid, cmd in _children().items() if pid not in children}
        if not (stray or left) or time.monotonic() >= deadline:
            return stray, left
        time.sleep(0.2)


def _say_left(stray: list[threading.Thread], left: dict[int, str]) -> str:
    import traceback

    frames = sys._current_frames()
    return "\n".join([f"threads {[t.name for t in stray]}, processes {left}"]
                     + [f"thread {t.name!r}:\n" + "".join(traceback.format_stack(frames[t.ident])) for t in stray
                        if t.ident in frames])


@pytest.fixture(scope="module", autouse=True)
def _nothing_outlives_the_module():
    """No thread and no process any test of this module started is left when the module ends: the module's cluster is
    closed (its nannies, their worker processes, its event loop thread), and so is every cluster a test starts.

    A nanny once went on restarting a worker a test had killed after the module had ended, its event loop thread
    logging tracebacks while pytest formatted a failure in the main thread; on CPython 3.11 two threads building ASTs
    at once can fail with ``SystemError: AST constructor recursion depth mismatch`` (cpython#106905), and the whole
    session stopped with an INTERNALERROR far from its cause.  This says so here instead."""
    threads, children = set(threading.enumerate()), _children()
    yield
    stray, left = _left_since(threads, children)
    if stray or left:
        pytest.fail("left running after the module: " + _say_left(stray, left), pytrace=False)


class _Cluster:
    """The module's LocalCluster of two worker processes (starting one costs seconds), made again when a test has
    left it short: a test kills a worker on purpose, and its nanny does not always bring it back in time."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.cluster = None
        self.client = None

    def ready(self):
        from distributed import Client

        if self.client is not None:
            try:
                self.client.wait_for_workers(2, timeout=30)
                return self.client
            except (TimeoutError, OSError):
                self.close()
        self.cluster = distributed.local_cluster(2, local_directory=self.scratch)
        self.client = Client(self.cluster)
        self.client.wait_for_workers(2, timeout=120)
        return self.client

    def close(self) -> None:
        """Closed as a run closes its own cluster (``distributed._close``): a nanny still restarting a worker a test
        killed is waited for (within the run's limit), whatever is left is killed; it must close in time."""
        if self.cluster is not None:
            problems = distributed._close(self.client, self.cluster)
            self.client = self.cluster = None
            assert not problems, problems


@pytest.fixture(scope="module")
def _cluster(tmp_path_factory):
    holder = _Cluster(tmp_path_factory.mktemp("cluster-scratch"))
    yield holder
    holder.close()


@pytest.fixture
def client(_cluster):
    """Two live workers for every test that uses the module's cluster, whatever the test before did to them."""
    return _cluster.ready()


@pytest.fixture
def batch(tmp_path: Path, corpus_dir: Path) -> Path:
    root = tmp_path / "in"
    for name, text in OWN.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    for p in sorted(corpus_dir.glob("*.txt")):
        shutil.copy(p, root / p.name)
    (root / "sub" / "broken.docx").write_bytes(b"\x00\xffnot a zip\x9c" * 10)
    return root


def _jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _all(out: Path) -> dict[str, list[dict]]:
    return {t: parquet.gold_rows(out, t) for t in TABLES}


def test_dask_output_equals_single_process_output_row_for_row(batch: Path, tmp_path: Path, client):
    dev = CORPUS.parent / "dev" / "docs"  # more genres, and documents whose area comes from their text only
    if dev.is_dir():
        (batch / "dev").mkdir()
        for p in sorted(dev.glob("*.txt")):
            shutil.copy(p, batch / "dev" / p.name)
    single = tmp_path / "single"
    cli.main(["extract", str(batch), "--out", str(single), "--no-report"])
    out = tmp_path / "dask"
    s = distributed.run([str(batch)], out, client=client, chunk_files=3)
    assert len(parquet.committed_parts(out)) >= 3  # several parts, written by the workers
    got = _all(out)
    for t in TABLES:
        assert got[t] == _jsonl(single / f"{t}.jsonl"), t
    assert s.documents == len(got["documents"]) == len(list(batch.rglob("*.txt")))
    assert [f[0] for f in s.failures] == [str(batch / "sub" / "broken.docx")]
    # the schema is the documented one, whatever the rows held
    for t in ("documents", "facts", "projects"):
        for f in parquet.part_files(out, t):
            assert pq.read_schema(f).remove_metadata() == parquet.SCHEMAS[t]


def test_a_resumed_run_equals_an_uninterrupted_one_and_writes_nothing_twice(batch: Path, tmp_path: Path, client):
    whole = tmp_path / "whole"
    distributed.run([str(batch)], whole, client=client, chunk_files=2)

    # A run killed half-way: its last parts were not committed (no documents file) and a part was being written.
    out = tmp_path / "killed"
    distributed.run([str(batch)], out, client=client, chunk_files=2)
    parts = parquet.committed_parts(out)
    assert len(parts) >= 4
    kept = parts[: len(parts) // 2]
    for part in parts[len(parts) // 2:]:
        parquet.part_path(out, "documents", part).unlink()
    kept_docs = sum(pq.read_metadata(parquet.part_path(out, "documents", p)).num_rows for p in kept)
    kept_ids = parquet.done_ids(out)
    (out / "facts" / "part-dead-000000.parquet").write_bytes(b"half a part")
    (out / "facts" / ".part-x.parquet.123.tmp").write_bytes(b"")
    with pytest.raises(distributed.UsageError):  # never mixed into silently
        distributed.run([str(batch)], out, client=client)
    again = distributed.run([str(batch)], out, client=client, chunk_files=2, resume=True)
    assert again.skipped == len(kept_ids) >= kept_docs > 0
    assert again.documents + kept_docs == len(list(batch.rglob("*.txt")))
    assert not (out / "facts" / "part-dead-000000.parquet").exists()
    resumed, uninterrupted = _all(out), _all(whole)
    assert resumed == uninterrupted
    ids = [d["doc_id"] for d in parquet.read_table(out, "documents").to_pylist()]
    assert len(ids) == len(set(ids))

    # Resuming a finished run does nothing at all.
    done = distributed.run([str(batch)], out, client=client, resume=True)
    assert done.documents == 0 and done.skipped == len([p for p in batch.rglob("*") if p.is_file()])
    assert _all(out) == uninterrupted


def test_a_copy_of_a_document_is_extracted_once(batch: Path, tmp_path: Path, client):
    shutil.copy(batch / "news.txt", batch / "sub" / "news-copy.txt")
    out = tmp_path / "out"
    s = distributed.run([str(batch)], out, client=client)
    assert s.duplicates == 1
    errs = [e for e in parquet.read_table(out, "errors").to_pylist() if e["status"] == "duplicate"]
    assert [e["path"] for e in errs] == [str(batch / "sub" / "news-copy.txt")]
    assert str(batch / "news.txt") in errs[0]["reason"]


def test_a_worker_that_dies_mid_batch_loses_no_document(batch: Path, tmp_path: Path, client, monkeypatch):
    killer = batch / "sub" / "killer.txt"
    killer.write_text(f"到2025年，全县新增就业5000人。{MARKER}\n", encoding="utf-8")
    out = tmp_path / "out"
    monkeypatch.syspath_prepend(str(HERE))  # the hook module, for the spawned workers too
    # Workers die four times on the killer (its chunk and the retry, then it alone, twice) and nannies start new
    # ones; on a loaded machine that restart (interpreter, jieba, the gazetteer) has outlasted the run's 60 s patience
    # for a cluster with no worker ("lost all its workers"). That patience has its own test
    # (test_a_cluster_that_loses_all_its_workers_…); here it must not decide the outcome.
    monkeypatch.setattr(distributed, "WORKER_WAIT", 600.0)
    s = distributed.run([str(batch)], out, client=client, hook="scale_hooks:die_on_marker", chunk_files=100)
    docs = parquet.gold_rows(out, "documents")
    assert sorted(d["doc"] for d in docs) == sorted(p.name for p in batch.rglob("*.txt") if p != killer)
    errors = {e["path"]: e for e in parquet.read_table(out, "errors").to_pylist()}
    assert errors[str(killer)]["reason"] == distributed.WORKER_DIED
    assert str(killer) in [f[0] for f in s.failures]


def test_a_worker_whose_restart_outlasts_dasks_lost_worker_timer_comes_back(tmp_path: Path, monkeypatch):
    """A worker killed mid-batch is started again by its nanny; on a loaded machine that start can outlast the time
    Dask's cluster gives a lost worker to come back (``distributed.deploy.lost-worker-timeout``, 15 s), which then
    closed its nanny for good: the run went on with a worker fewer, or, with none, stopped ("lost all its workers").
    Here that timer is shrunk to 1 s and every restart takes 4 s (a worker preload): a run's cluster waits for its
    nannies (``LOST_WAIT``), both workers come back, and the batch loses no document."""
    import dask
    from distributed import Client

    import scale_hooks

    batch = _own_batch(tmp_path / "in")
    killer = batch / "killer.txt"
    killer.write_text(f"到2025年，全县新增就业5000人。{MARKER}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(HERE))  # the hook and the preload, for the spawned workers too
    monkeypatch.setattr(distributed, "WORKER_WAIT", 600.0)  # both workers may be restarting at once: not what decides
    restarted = tmp_path / "restarted"
    out = tmp_path / "out"
    ended: list = []

    def go() -> None:
        try:
            ended.append(distributed.run([str(batch)], out, client=client, hook="scale_hooks:die_on_marker",
                                         chunk_files=100))
        except BaseException as e:
            ended.append(e)

    runner = threading.Thread(target=go, daemon=True)  # a run that waits for ever must fail the test
    with dask.config.set({"distributed.worker.preload": ["scale_hooks"],
                          "distributed.deploy.lost-worker-timeout": "1s"}):
        cluster = distributed.local_cluster(2, local_directory=tmp_path / "scratch")
        client = Client(cluster)
        try:
            client.wait_for_workers(2, timeout=120)
            nannies = set(cluster.workers)
            monkeypatch.setenv(scale_hooks.SLOW_START, str(restarted))  # every worker started from now on is slow
            monkeypatch.setenv(scale_hooks.SLOW_START_SECONDS, "4")
            runner.start()
            deadline = time.monotonic() + 300
            # until the run has ended and both workers are back, or a nanny is closed
            while set(cluster.workers) == nannies and time.monotonic() < deadline and (
                    runner.is_alive() or len(cluster.scheduler_info["workers"]) < 2):
                time.sleep(0.1)
            closed = nannies - set(cluster.workers)
            back = len(cluster.scheduler_info["workers"])
        finally:
            problems = distributed._close(client, cluster)
            if runner.ident is not None:  # started
                runner.join(120)
    assert not closed, f"nannies closed while their worker restarted: {closed}"
    assert back == 2 and not problems, (back, problems)
    assert len(restarted.read_text(encoding="utf-8").split()) >= 2  # killed and restarted, slowly, more than once
    assert len(ended) == 1 and isinstance(ended[0], distributed.RunSummary), ended
    docs = parquet.gold_rows(out, "documents")
    assert sorted(d["doc"] for d in docs) == sorted(p.name for p in batch.rglob("*.txt") if p != killer)
    errors = {e["path"]: e for e in parquet.read_table(out, "errors").to_pylist()}
    assert errors[str(killer)]["reason"] == distributed.WORKER_DIED


def test_cli_killed_then_resumed(batch: Path, tmp_path: Path):
    """The real thing: `taizhang extract --workers 1` killed (with its workers) once a part is committed,
    then `--resume`: every document comes out exactly once and the report covers them all."""
    for i in range(12):
        (batch / "more" / f"n{i:02d}.txt").parent.mkdir(exist_ok=True)
        (batch / "more" / f"n{i:02d}.txt").write_text(f"第{i}号简报：全县新增就业{100 + i}人，同比增长{i % 9}.5%。\n",
                                                      encoding="utf-8")
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    cmd = [sys.executable, "-m", "taizhang.cli", "extract", str(batch), "--out", str(out), "--workers", "1",
           "--chunk-mb", "0.001", "--no-report"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while not parquet.committed_parts(out) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    r = subprocess.run(cmd[:-1] + ["--resume"], env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode in (0, 1), r.stderr  # 1 when the broken .docx was left for this run
    docs = parquet.read_table(out, "documents").to_pylist()
    assert sorted(d["doc"] for d in docs) == sorted(p.name for p in batch.rglob("*.txt"))
    assert len({d["doc_id"] for d in docs}) == len(docs)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "n11.txt" in page and "broken.docx" in page
    assert len(list((out / "report" / "docs").glob("*.html"))) == len(docs)


def test_the_report_pages_an_index_and_gives_each_document_its_page(tmp_path: Path, monkeypatch):
    """Built from Parquet parts (no cluster needed): paged index, a page per document, every link resolves."""
    import re

    from taizhang.extract import extract_text, report

    out = tmp_path / "out"
    for k in range(3):  # three parts of three documents
        rows = {t: [] for t in parquet.TABLES}
        for j in range(3):
            n = 3 * k + j
            ex = extract_text(f"第{n}号简报\n今年以来，全县新增就业{1000 + n}人，同比增长{n}.5%。\n", name=f"b{n}.txt")
            for t, rs in parquet.extraction_rows(ex, f"{n:064x}", n, f"in/b{n}.txt", 10).items():
                rows[t].extend(rs)
        parquet.write_part(out, f"p{k}", rows)
    parquet.write_part(out, "p9", {"errors": [parquet.error_row("in/x.docx", "不是 docx 文件", seq=9,
                                                                doc="x.docx", stage="load")]})
    monkeypatch.setattr(report, "INDEX_PAGE", 4)
    index = report.write_site(out)
    pages = [index] + sorted((out / "report").glob("index-*.html"))
    assert [p.name for p in pages] == ["report.html", "index-2.html", "index-3.html"]
    docs = sorted((out / "report" / "docs").glob("*.html"))
    assert len(docs) == 9
    listed = []
    for page in pages + docs:
        html_ = page.read_text(encoding="utf-8")
        for href in re.findall(r'href="([^"#]+)"', html_):
            assert (page.parent / href).resolve().exists(), (page.name, href)
        listed += re.findall(r'href="(?:report/)?docs/([^"]+)"', html_) if page in pages else []
    assert sorted(listed) == [d.name for d in docs]  # every document on exactly one index page
    first = index.read_text(encoding="utf-8")
    assert "x.docx" in first and "不是 docx 文件" in first  # errors on the first page
    assert "b7.txt" in (out / "report" / "index-2.html").read_text(encoding="utf-8")
    catalog = (out / "report" / "catalog.js").read_text(encoding="utf-8")
    assert catalog.count("docs/") == 9 and "<" not in catalog
    assert "1007" in (out / "report" / "docs" / report.doc_page_name(f"{7:064x}", 7)).read_text(encoding="utf-8")


def test_cli_against_an_existing_scheduler(batch: Path, tmp_path: Path, client):
    """`--scheduler ADDRESS`: the same command against a cluster it did not start (here a LocalCluster)."""
    out = tmp_path / "out"
    rc = cli.main(["extract", str(batch), "--out", str(out), "--scheduler", client.scheduler.address])
    assert rc == 1  # the broken .docx, as in one process
    assert len(parquet.gold_rows(out, "documents")) == len(list(batch.rglob("*.txt")))
    assert (out / "report.html").exists()
    assert client.status == "running"  # a cluster the command did not start is left running
    assert cli.main(["extract", str(batch), "--out", str(out), "--scheduler", client.scheduler.address]) == 2


def test_a_scheduler_without_workers_stops_the_run_with_a_clear_error(batch: Path, tmp_path: Path, monkeypatch):
    """A scheduler whose workers are gone (or never started) would hold every chunk: the run says so and stops."""
    from distributed import Client, LocalCluster

    monkeypatch.setattr(distributed, "WORKER_WAIT", 2.0)
    with LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as cluster, Client(cluster) as c:
        with pytest.raises(distributed.UsageError, match="no workers"):
            distributed.run([str(batch)], tmp_path / "out", client=c)


def test_a_cluster_that_loses_all_its_workers_stops_the_run_and_resume_finishes_it(batch: Path, tmp_path: Path,
                                                                                    client, monkeypatch):
    """The only worker process killed under a running batch (a pre-empted job, an evicted pod): Dask would hold the
    chunks for workers that never come. The run stops with a clear error, keeps what was committed, and --resume on
    another cluster finishes it exactly."""
    from distributed import Client, LocalCluster

    whole = tmp_path / "whole"
    distributed.run([str(batch)], whole, client=client, chunk_files=1)
    monkeypatch.setattr(distributed, "WORKER_WAIT", 2.0)
    monkeypatch.setattr(distributed, "WORKER_POLL", 0.2)
    out = tmp_path / "out"
    src = Path(distributed.__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(HERE), str(src), os.environ.get("PYTHONPATH", "")]))
    with LocalCluster(n_workers=0, processes=False, protocol="tcp://", dashboard_address=":0") as cluster, \
            Client(cluster) as c:
        worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", cluster.scheduler_address,
                                   "--no-nanny", "--nthreads", "1", "--memory-limit", "0"],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            c.wait_for_workers(1, timeout=120)
            ended: list[BaseException] = []

            def run() -> None:
                try:
                    distributed.run([str(batch)], out, client=c, hook="scale_hooks:slow", chunk_files=1)
                except BaseException as e:
                    ended.append(e)

            runner = threading.Thread(target=run, daemon=True)  # a run that waits forever must fail the test
            runner.start()
            deadline = time.monotonic() + 120
            while not parquet.committed_parts(out) and time.monotonic() < deadline and runner.is_alive():
                time.sleep(0.05)
            assert parquet.committed_parts(out), ended
            worker.kill()  # no goodbye: the scheduler sees its connection close
            runner.join(120)
            stack = ""
            if runner.is_alive():  # where it waits, for whoever has to find out why
                import traceback
                stack = "".join(traceback.format_stack(sys._current_frames()[runner.ident]))
            assert not runner.is_alive(), "the run still waits for workers that will never come:\n" + stack
        finally:
            if worker.poll() is None:
                worker.kill()
            worker.wait()
    assert len(ended) == 1 and isinstance(ended[0], distributed.UsageError), ended
    assert "lost all its workers" in str(ended[0]) and "--resume" in str(ended[0])
    files = len([p for p in batch.rglob("*") if p.is_file()])
    kept = parquet.done_ids(out)
    assert 0 < len(kept) < files
    again = distributed.run([str(batch)], out, client=client, chunk_files=1, resume=True)
    assert again.skipped == len(kept)
    assert _all(out) == _all(whole)


def test_a_result_lost_with_its_worker_does_not_hold_the_run(monkeypatch):
    """A chunk's result lives on its worker; when that worker dies before the driver fetches it, the future waits for
    a worker to compute it again. With none left, fetching it stops the run like waiting for the next chunk does."""
    from distributed import Client, LocalCluster

    monkeypatch.setattr(distributed, "WORKER_WAIT", 1.0)
    monkeypatch.setattr(distributed, "WORKER_POLL", 0.2)
    with LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as cluster, Client(cluster) as c:
        fut = c.submit(sum, [1, 2], pure=False)  # no worker: it stays pending, as a lost result does
        watch = distributed._Watch(c, distributed.RunSummary())
        started = time.monotonic()
        with pytest.raises(distributed.UsageError, match="lost all its workers"):
            distributed._result(fut, watch)
        assert time.monotonic() - started < 60


def _own_batch(root: Path) -> Path:
    """The invented documents of OWN and a broken .docx: small, so a test can start a few clusters."""
    for name, text in OWN.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "sub" / "broken.docx").write_bytes(b"\x00\xffnot a zip\x9c" * 10)
    return root


def test_two_runs_at_once_both_finish_and_each_equals_a_run_alone(tmp_path: Path, client):
    """Two `taizhang extract --workers 1` started together by one process, as two jobs of one user on one machine,
    sharing the system temp: each run's cluster works in a scratch folder of its own (Dask's default is one shared
    folder, with its lock files), both finish, each gives what a run alone gives, and no scratch folder is left."""
    batch = _own_batch(tmp_path / "in")
    alone = tmp_path / "alone"
    distributed.run([str(batch)], alone, client=client, chunk_files=1)
    shared_tmp = tmp_path / "tmp"
    shared_tmp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DASK_")}
    env.update(PYTHONIOENCODING="utf-8", TMPDIR=str(shared_tmp))
    outs = [tmp_path / "a", tmp_path / "b"]
    procs = [subprocess.Popen([sys.executable, "-m", "taizhang.cli", "extract", str(batch), "--out", str(out),
                               "--workers", "1", "--chunk-mb", "0.0001"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, start_new_session=True)
             for out in outs]
    try:
        errs = [p.communicate(timeout=600)[1] for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
    assert [p.returncode for p in procs] == [1, 1], errs  # 1: the broken .docx, as alone
    for out in outs:
        assert _all(out) == _all(alone)
        assert (out / "report.html").exists()
    assert list(shared_tmp.iterdir()) == []  # no shared dask-scratch-space, and each run removed its own folder


def test_a_document_whose_extraction_never_ends_is_recorded_and_the_batch_goes_on(tmp_path: Path, client,
                                                                                   monkeypatch):
    """A task that never ends (an extraction that loops, a worker blocked on a lock) would hold the run for ever: it is
    given up after the run's limit, its worker restarted, and the document recorded in errors with the reason; every
    other document comes out."""
    batch = _own_batch(tmp_path / "in")
    stuck = batch / "zz-stuck.txt"  # last in the input order: the others are done while it runs
    stuck.write_text(f"到2025年，全县新增就业5000人。{HANG}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(HERE))  # the hook module, for the spawned workers too
    monkeypatch.setattr(distributed, "WORKER_POLL", 0.2)
    out = tmp_path / "out"
    ended: list = []

    def go() -> None:
        try:
            ended.append(distributed.run([str(batch)], out, client=client, hook="scale_hooks:hang_on_marker",
                                         chunk_files=1, chunk_wait=10.0, report=True))
        except BaseException as e:
            ended.append(e)

    runner = threading.Thread(target=go, daemon=True)  # a run that waits for ever must fail the test
    runner.start()
    runner.join(300)
    assert not runner.is_alive(), "the run still waits for a task that never ends"
    assert len(ended) == 1 and isinstance(ended[0], distributed.RunSummary), ended
    s = ended[0]
    reason = distributed.timed_out(10.0)
    assert sorted(f[0] for f in s.failures) == [str(batch / "sub" / "broken.docx"), str(stuck)]
    assert (str(stuck), reason) in s.failures
    docs = parquet.gold_rows(out, "documents")
    assert sorted(d["doc"] for d in docs) == sorted(p.name for p in batch.rglob("*.txt") if p != stuck)
    errors = {e["path"]: e for e in parquet.read_table(out, "errors").to_pylist()}
    assert errors[str(stuck)]["reason"] == reason and "秒仍未完成" in reason
    assert (out / "report.html").exists() and not s.report_error


def test_a_task_that_never_ends_stops_the_wait_with_a_clear_error(monkeypatch):
    """The wait for a task's result ends once the task has run on its worker for longer than the limit (a tiny one
    here), with an error naming the task and the limit, while the worker is still busy with it."""
    from distributed import Client, LocalCluster

    import scale_hooks

    monkeypatch.setattr(distributed, "WORKER_POLL", 0.05)
    scale_hooks.RELEASE.clear()
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster, \
            Client(cluster) as c:
        fut = c.submit(scale_hooks.wait_for_release, key="never-ends", pure=False)
        watch = distributed._Watch(c, distributed.RunSummary(), chunk_wait=0.2)
        try:
            with pytest.raises(distributed.ChunkTimeout, match=r"never-ends ran on its worker for more than 0\.2 s"):
                distributed._result(fut, watch)
            assert fut.status == "pending"  # still running: the wait ended, not the task
        finally:
            scale_hooks.RELEASE.set()


def test_a_scheduler_that_never_answers_stops_the_run_with_a_clear_error(monkeypatch):
    """A request the scheduler never answers (here one that waits for ever) ends after the run's limit with an error
    that says so, instead of holding the run."""
    import asyncio

    from distributed import Client, LocalCluster

    async def never() -> None:
        await asyncio.Event().wait()

    monkeypatch.setattr(distributed, "CALL_WAIT", 0.2)
    with LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as cluster, Client(cluster) as c:
        with pytest.raises(distributed.UsageError, match=r"did not answer within 0.2 s \(its workers\).*--resume"):
            distributed._ask(c, never, "its workers")


def test_a_cluster_closed_while_a_nanny_restarts_its_worker_leaves_nothing_running(tmp_path: Path, monkeypatch):
    """A run ends while a nanny starts a worker again (one died, or was restarted after a task was given up), and on a
    loaded machine that start outlasts the close's limit: the close gives up half-way. The run's close then kills the
    worker process and stops the cluster's event loop, and says so; nothing of the cluster is left running."""
    import dask
    from distributed import Client

    import scale_hooks

    monkeypatch.syspath_prepend(str(HERE))  # the preload, for the spawned workers
    threads, children = set(threading.enumerate()), _children()
    with dask.config.set({"distributed.worker.preload": ["scale_hooks"]}):
        cluster = distributed.local_cluster(1, local_directory=tmp_path)
    client = Client(cluster)
    try:
        client.wait_for_workers(1, timeout=120)
        (nanny,) = cluster.workers.values()
        first = nanny.pid
        marker = tmp_path / "restarting"
        monkeypatch.setenv(scale_hooks.SLOW_START, str(marker))  # the next worker takes a minute to start
        os.kill(first, signal.SIGKILL)
        deadline = time.monotonic() + 120
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        restarting = int(marker.read_text(encoding="utf-8").split()[0])
        monkeypatch.setattr(distributed, "CLOSE_WAIT", 1.0)
    except BaseException:
        distributed._close(client, cluster)
        raise
    problems = distributed._close(client, cluster)
    assert "the cluster did not close" in problems and f"worker process(es) {restarting} " in problems, problems
    stray, left = _left_since(threads, children)
    assert not (stray or left), _say_left(stray, left)


def test_cli_passes_the_chunk_limit_and_fails_a_run_whose_cluster_did_not_close(tmp_path: Path, monkeypatch, capsys):
    """`--chunk-timeout SECONDS` reaches the run (default CHUNK_WAIT); a cluster that did not close is said, exit 1."""
    seen: list[dict] = []

    def fake_run(paths, out, **kw):
        seen.append(kw)
        return distributed.RunSummary(documents=1, close_error="the cluster did not close: TimeoutError: 60 s")

    monkeypatch.setattr(distributed, "run", fake_run)
    args = ["extract", str(tmp_path), "--out", str(tmp_path / "out"), "--workers", "1"]
    assert cli.main(args + ["--chunk-timeout", "30"]) == 1
    assert cli.main(args) == 1
    assert [kw["chunk_wait"] for kw in seen] == [30.0, distributed.CHUNK_WAIT]
    assert "the cluster did not close" in capsys.readouterr().err
