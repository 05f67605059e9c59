"""Extraction of many documents on Dask: workers write Parquet parts, the driver only streams.

    taizhang extract PATH... --out DIR --workers N        # a local cluster of N worker processes
    taizhang extract PATH... --out DIR --scheduler ADDR   # an existing cluster (dask-jobqueue, Kubernetes, ...)

Why this shape:

* **Nothing holds the batch.**  The driver walks the paths, hashes each file (sha256 of its bytes, the
  document's id) and hands out *chunks* of a few MB; a worker extracts a chunk's documents one by one
  and writes one Parquet part per table (``parquet.write_part``).  The driver keeps only counts, and
  never more than a few chunks in flight, so its memory and every worker's follow the chunk size, not
  the batch size.
* **Resumable.**  A part counts once its ``documents`` file exists (written last).  ``--resume`` drops
  what a killed run left half-written and skips every content hash a committed part holds; the same
  hash met twice in one batch is extracted once (the copy is recorded as a duplicate in ``errors``).
* **A dying worker loses nothing.**  Dask retries a chunk whose worker process died; a chunk that keeps
  killing workers is split into its documents, and a document that still kills its worker is
  recorded in ``errors`` while every other one comes out.
* **Nothing waits for ever.**  Every wait on the cluster has a limit: a worker process is given
  ``START_WAIT`` to start, the scheduler ``CALL_WAIT`` to answer a request, a chunk ``CHUNK_WAIT`` per MB
  to run (then its worker is restarted, the chunk split into its documents, and a document that still runs out
  of time is recorded in ``errors``), and a cluster left with no worker ``WORKER_WAIT``; past a limit the
  run records the document or stops with a message, never hangs.  A local cluster works in a scratch
  folder of its own (removed after), so runs beside each other share no lock file or scratch space.
* **A worker being restarted is waited for.**  Dask's cluster closes a nanny whose worker has been gone from
  the scheduler for ``distributed.deploy.lost-worker-timeout`` (15 s); a worker that died, or that the run
  restarted, can take longer than that to start again on a loaded machine, and its nanny, still within its own
  ``START_WAIT``, was closed for good: the run went on with fewer workers, or stopped with none.  A run's own
  cluster waits ``LOST_WAIT`` instead (``local_cluster``); a scheduler given with ``--scheduler`` keeps its own.
* **Nothing outlives the run.**  A local cluster is closed before ``run`` returns: its nannies, their worker
  processes (one still being restarted too: the close waits ``CLOSE_WAIT`` for it, then kills it) and the
  threads of its event loop.
* **Linking is a second pass over the Parquet.**  Documents only link to documents about the same
  area (``linking.area_keys``), so the pass reads the small project columns area group by area group
  and rewrites ``name``/``category`` in the projects parts (``name_found`` keeps the per-document
  name, so running the pass again gives the same result).
"""
from __future__ import annotations

import functools
import hashlib
import importlib
import logging
import shutil
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Iterable, Iterator, TypeVar

from . import parquet

CHUNK_BYTES = 1024 * 1024  # a worker writes a part per ~1 MB of input (memory and progress granularity)
CHUNK_FILES = 200
WORKER_WAIT = 60.0  # seconds a scheduler with no workers is given to get one before the run stops and says so
WORKER_POLL = 1.0  # seconds between looks at the scheduler's workers while chunks are out
ALLOWED_FAILURES = 1  # deaths of a worker process a chunk may cause before it is split (local clusters)
SINGLE_ATTEMPTS = 2  # a document alone in its task whose worker died is tried again this often in all
START_WAIT = 180.0  # seconds a local cluster's worker process is given to start (interpreter, imports)
CALL_WAIT = 60.0  # seconds the scheduler is given to answer one request (its workers, their tasks, a restart, closing)
CLOSE_WAIT = START_WAIT + CALL_WAIT  # seconds a run's own cluster is given to close (a worker being started must be up)
LOST_WAIT = CALL_WAIT + START_WAIT  # seconds a local cluster lets a nanny bring back a worker that left (its own limit)
WORKER_PROCESS = "Dask Worker process (from Nanny)"  # the name Dask gives the process of a nanny's worker
CHUNK_WAIT = 900.0  # seconds a chunk may run on a worker per MB (at least) before it is given up (1 MB takes seconds)
WORKER_DIED = "抽取该文件时工作进程退出（已重试）"  # the reason recorded for a document that kills its worker
SCRATCH_PREFIX = "taizhang-dask-"  # a local cluster's own scratch folder in the system temp (removed after the run)
T = TypeVar("T")


class UsageError(Exception):
    """The command cannot start, or go on, as asked (the message says why, for a person)."""


class ChunkTimeout(Exception):
    """A task ran on its worker for longer than the run allows (``CHUNK_WAIT`` per MB of its input)."""


def timed_out(seconds: float) -> str:
    """The reason recorded for a document whose extraction ran out of time, alone on its worker."""
    return f"抽取该文件超过 {seconds:g} 秒仍未完成（已放弃，工作进程已重启）"


@dataclass(frozen=True)
class Item:
    """One input file as the driver hands it to a worker."""

    seq: int
    path: str
    doc_id: str  # sha256 of the bytes; "" when the driver could not read the file
    nbytes: int
    duplicate_of: str = ""  # path of an earlier file with the same content


@dataclass
class Counts:
    """What a chunk's extraction counts; the run's summary adds up its chunks' counts (``add``)."""

    files: int = 0
    nbytes: int = 0
    documents: int = 0
    facts: int = 0
    projects: int = 0
    duplicates: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): files that gave no document
    stage_errors: int = 0

    def add(self, other: Counts) -> None:
        for f in fields(Counts):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, list):
                mine.extend(theirs)
            else:
                setattr(self, f.name, mine + theirs)


@dataclass
class ChunkResult(Counts):
    part: str = field(kw_only=True)


# --------------------------------------------------------------------------- on a worker

def _resolve(hook: str | None) -> Callable[[str], None] | None:
    """``module:function`` called with each path before it is extracted (tests use it to kill a worker)."""
    if not hook:
        return None
    mod, _, fn = hook.partition(":")
    return getattr(importlib.import_module(mod), fn)


def extract_chunk(items: list[Item], out: str, part: str, hook: str | None = None) -> ChunkResult:
    """Extract ``items`` one by one and write them as part ``part`` of every table (runs on a worker).

    A chunk's rows are held, as Arrow batches, until the part is written; an Extraction is dropped as
    soon as its rows are made, so memory follows the chunk size.
    """
    from .pipeline import ExtractError, extract_file

    before = _resolve(hook)
    parquet.arrow_without_pandas()
    buf = parquet.PartBuffer()
    res = ChunkResult(part=part)
    for it in items:
        res.files += 1
        res.nbytes += it.nbytes
        if it.duplicate_of:
            res.duplicates += 1
            buf.add({"errors": [parquet.error_row(it.path, f"内容与 {it.duplicate_of} 相同", it.doc_id, it.seq,
                                                  "duplicate", doc=Path(it.path).name)]})
            continue
        try:
            if before is not None:
                before(it.path)
            p = Path(it.path)
            if not p.exists():
                raise ExtractError(it.path, "no such file")
            ex = extract_file(p)
        except ExtractError as e:
            reason = e.reason
        except Exception as e:  # one bad file never stops the chunk
            reason = f"internal error: {type(e).__name__}: {e}"
        else:
            got = parquet.extraction_rows(ex, it.doc_id, it.seq, it.path, it.nbytes)
            del ex
            buf.add(got)
            res.documents += 1
            res.facts += len(got["facts"])
            res.projects += len(got["projects"])
            res.stage_errors += len(got["errors"])
            continue
        res.failures.append((it.path, reason))
        buf.add({"errors": [parquet.error_row(it.path, reason, it.doc_id, it.seq, doc=Path(it.path).name,
                                              stage="load")]})
    buf.write(out, part)
    return res


# --------------------------------------------------------------------------- in the driver

def file_id(path: Path) -> tuple[str, int]:
    """(sha256 hex of the bytes, size), read in blocks; ("", 0) when the file cannot be read."""
    h = hashlib.sha256()
    n = 0
    try:
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                h.update(block)
                n += len(block)
    except OSError:
        return "", 0
    return h.hexdigest(), n


def plan_chunks(paths: Iterable[Path], done: set[str], run_id: str, skipped: Callable[[Item], None],
                chunk_bytes: int = CHUNK_BYTES, chunk_files: int = CHUNK_FILES) -> Iterator[tuple[str, list[Item]]]:
    """(part name, items) for every chunk still to do; ``skipped`` hears about each file already done."""
    def todo() -> Iterator[Item]:
        seen: dict[str, str] = {}
        for seq, p in enumerate(paths):
            doc_id, nbytes = file_id(p)
            if doc_id and doc_id in done:
                skipped(Item(seq, str(p), doc_id, nbytes))
                continue
            dup = seen.get(doc_id, "") if doc_id else ""
            if doc_id and not dup:
                seen[doc_id] = str(p)
            yield Item(seq, str(p), doc_id, nbytes, dup)

    for n, chunk in enumerate(chunked(todo(), chunk_files, lambda it: it.nbytes, chunk_bytes)):
        yield f"{run_id}-{n:06d}", chunk


def chunked(items: Iterable[T], max_items: int, size: Callable[[T], int] | None = None,
            max_size: int | None = None) -> Iterator[list[T]]:
    """``items`` in consecutive lists, read lazily: a list ends once it holds ``max_items`` items or, with
    ``size``, once their sizes add up to ``max_size``; the last holds what is left.  The driver's chunks are
    files by count and bytes, ``ledger.bulk``'s transactions documents by count."""
    if max_items < 1:
        raise ValueError(f"max_items must be at least 1, not {max_items}")
    if (size is None) != (max_size is None) or (max_size is not None and max_size < 1):
        raise ValueError("size and max_size (at least 1) go together")
    batch: list[T] = []
    total = 0
    for it in items:
        batch.append(it)
        if size is not None:
            total += size(it)
        if len(batch) >= max_items or (max_size is not None and total >= max_size):
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


@dataclass
class RunSummary(Counts):
    skipped: int = 0
    renamed: int = 0
    workers: int = 0
    report_error: str = ""
    close_error: str = ""  # the run's own cluster did not close in time (its output is complete)


def local_cluster(workers: int, allowed_failures: int = ALLOWED_FAILURES, local_directory: str | Path | None = None):
    """A LocalCluster of ``workers`` single-threaded processes (extraction holds the GIL).

    ``local_directory`` is where its scheduler and workers keep their scratch folders and lock files: Dask's default,
    one ``dask-scratch-space`` in the system temp, is shared by every cluster on the machine, so a run gets its own
    (``run`` makes and removes it).  A worker process that has not started within ``START_WAIT`` fails the start.

    A worker that dies (or is restarted) leaves the scheduler at once; its nanny tells the scheduler (a request,
    ``CALL_WAIT``) and starts a new process, given ``START_WAIT`` (its ``death_timeout``: past it the nanny closes
    itself).  Dask's cluster closes, for good, a nanny whose worker has not come back within
    ``distributed.deploy.lost-worker-timeout`` (15 s by default), a slow start on a loaded machine included; this one
    waits ``LOST_WAIT`` (``CALL_WAIT`` + ``START_WAIT``), the nanny's own limit.  Dask reads that setting when a worker
    leaves, on the cluster's event loop, not when the cluster is made, and LocalCluster takes no argument for it: so
    it is set around each of those readings (``_own_cluster_class``), not for the whole process.
    """
    import dask

    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}) or {})
    environ["MALLOC_ARENA_MAX"] = 1  # one malloc arena: ~15 MB less resident per worker, same speed
    environ["ARROW_DEFAULT_MEMORY_POOL"] = "system"  # jemalloc keeps freed pages: ~10 MB more per worker
    environ[parquet.NO_PANDAS_ENV] = "1"  # our own workers: pyarrow without pandas, ~50 MB less per worker
    scratch = {} if local_directory is None else {"local_directory": str(local_directory)}
    with dask.config.set({"distributed.scheduler.allowed-failures": allowed_failures,
                          "distributed.nanny.pre-spawn-environ": environ,
                          # no statistical profiler in the workers: its samples cost memory and CPU
                          "distributed.worker.profile.enabled": False,
                          # one task per worker at a time: a worker that dies takes no queued chunk with it
                          "distributed.scheduler.worker-saturation": 1.0,
                          "distributed.worker.daemon": False,
                          "distributed.scheduler.worker-ttl": None}):
        return _own_cluster_class()(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                                    memory_limit=0, silence_logs=logging.ERROR, death_timeout=START_WAIT,
                                    scheduler_kwargs=dict(scratch), **scratch)


@functools.cache
def _own_cluster_class() -> type:
    """LocalCluster that gives a nanny ``LOST_WAIT`` to bring back a worker that left (see ``local_cluster``)."""
    import dask
    from distributed import LocalCluster

    class OwnCluster(LocalCluster):
        def _update_worker_status(self, op, msg):
            # SpecCluster reads the setting in here, when a worker leaves, to time the close of its nanny
            with dask.config.set({"distributed.deploy.lost-worker-timeout": LOST_WAIT}):
                super()._update_worker_status(op, msg)

    return OwnCluster


def _scratch() -> Path:
    """A new scratch folder for one run's cluster, where Dask keeps its temporary files (its ``temporary-directory``,
    else the system temp)."""
    import dask
    return Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=dask.config.get("temporary-directory", None) or None))


def _start_local(workers: int, scratch: Path):
    """Our own cluster and its client; a start that fails or runs out of time stops the run with the reason."""
    from distributed import Client

    try:
        cluster = local_cluster(workers, local_directory=scratch)
    except Exception as e:
        raise UsageError(f"the local Dask cluster of {workers} worker(s) did not start (each is given "
                         f"{START_WAIT:.0f} s): {type(e).__name__}: {e}") from e
    try:
        return cluster, Client(cluster, timeout=CALL_WAIT)
    except Exception:
        _close(None, cluster)
        raise


def worker_processes() -> dict[int, Any]:
    """The live worker processes that Dask nannies of this process started: pid → its ``multiprocessing`` process."""
    import multiprocessing
    return {p.pid: p for p in multiprocessing.active_children() if p.name == WORKER_PROCESS}


def _close(client, cluster) -> str:
    """Close what the run started and leave none of it running; "" or what did not close (the output is complete).

    The client is given ``CALL_WAIT``, the cluster ``CLOSE_WAIT``: a nanny stops its worker only once the worker is up,
    and a worker it is starting when the run ends (after one died, or was restarted because a task was given up) may
    take ``START_WAIT`` on a loaded machine.  A close that runs out of time gives up half-way: the worker being started
    stays alive, and so does the event loop thread the close would have stopped.  So, whatever the close did: a worker
    process of the cluster's nannies still alive is killed, and the client's and the cluster's event loops are stopped
    and their threads joined.
    """
    # What each nanny holds of its worker process (kept across restarts: its ``pid`` is the current process's), taken
    # now: a nanny drops it when it closes, in time or not.
    handles = [getattr(n, "process", None) for n in list(getattr(cluster, "workers", {}).values())]
    problems = []
    for what, thing, limit in (("client", client, CALL_WAIT), ("cluster", cluster, CLOSE_WAIT)):
        if thing is None:
            continue
        try:
            thing.close(timeout=limit)
        except Exception as e:
            problems.append(f"the {what} did not close: {type(e).__name__}: {e}")
    ours = {getattr(h, "pid", None) for h in handles} - {None}
    left = [p for pid, p in worker_processes().items() if pid in ours]
    alive: set[int] = set()
    if left:
        said, alive = _kill(left)
        problems.append(said)
    for what, thing in (("client", client), ("cluster", cluster)):
        runner = getattr(thing, "_loop_runner", None)  # stopped by a close that ended in time, not by one cut short
        if runner is not None and runner.is_started():
            try:
                runner.stop(timeout=CALL_WAIT)
            except Exception as e:
                problems.append(f"the {what}'s event loop did not stop: {type(e).__name__}: {e}")
    if problems:
        _release(handles, alive)
    return "; ".join(problems)


def _release(handles: list, alive: set[int]) -> None:
    """Stop the threads a close cut short leaves for each worker process but those ``alive``: the process's watcher and
    the feeder of its stop queue (a nanny closes them when the process ends, on the event loop, stopped by now)."""
    for h in handles:
        proc = getattr(h, "process", None)  # its AsyncProcess; None once the nanny has seen it end
        if proc is None or proc.pid in alive:
            continue
        proc.close()
        for q in (getattr(h, "child_stop_q", None), getattr(h, "init_result_q", None)):
            if q is not None:
                q.close()


def _kill(procs: list) -> tuple[str, set[int]]:
    """Kill worker processes a close left alive and wait for them to end: what was done, for the run's summary, and
    the pids still alive."""
    from multiprocessing.connection import wait

    for p in procs:
        try:
            p.kill()
        except (OSError, ValueError):  # ended (and was reaped) meanwhile
            pass
    deadline = time.monotonic() + CALL_WAIT
    alive = [p for p in procs if not wait([p.sentinel], max(0.0, deadline - time.monotonic()))]
    said = f"worker process(es) {', '.join(str(p.pid) for p in procs)} left running by the close were killed"
    said += f" ({', '.join(str(p.pid) for p in alive)} still alive after {CALL_WAIT:g} s)" if alive else ""
    return said, {p.pid for p in alive}


def _ask(client, call, what: str, **kwargs):
    """``call`` (a request to the scheduler) answered within ``CALL_WAIT``, else the run stops and says so.

    The client's own requests (``scheduler_info``, ``cancel``, ``restart_workers``) wait for the answer without a limit,
    so a scheduler that never answers (overloaded, its host gone without closing the connection) would hold the run.
    """
    try:
        return client.sync(call, callback_timeout=CALL_WAIT, **kwargs)
    except TimeoutError as e:
        raise UsageError(f"the scheduler at {client.scheduler.address} did not answer within {CALL_WAIT:g} s "
                         f"({what}); what is done is kept: run the same command with --resume to finish") from e


def _is_worker_death(e: BaseException) -> bool:
    from distributed.scheduler import KilledWorker
    return isinstance(e, KilledWorker)


def _workers(client) -> dict[str, dict]:
    """The scheduler's workers (address → its info), asked now and answered within ``CALL_WAIT``."""
    return _ask(client, client.scheduler.identity, "its workers", n_workers=-1).get("workers", {})


def _live_workers(client, stuck: set[str] = frozenset()) -> int:
    """Workers that can still run a chunk: one closing (retired, or its job ending) holds its tasks no longer, and one
    in ``stuck`` runs a chunk the run gave up on."""
    return sum(1 for a, w in _workers(client).items()
               if w.get("status", "running") in ("running", "paused") and a not in stuck)


class _Watch:
    """Looks at the cluster while the run waits: stops a run whose cluster has had no live worker for ``WORKER_WAIT``
    seconds, and finds the tasks that have run on a worker for longer than their limit (``limit``).

    Dask holds the tasks of a cluster whose workers have all gone until new ones join, so a run against a scheduler
    whose workers were stopped or killed would wait without a word. The run stops and says how to finish it: the parts
    already committed stay, and ``--resume`` skips their documents.  A task that never ends (a document the extractor
    loops on, a worker blocked on a lock) would hold the run as long: it is *overdue*, and the run gives it up
    (``give_up``).
    """

    def __init__(self, client, summary: RunSummary, chunk_wait: float = CHUNK_WAIT):
        self.client, self.summary, self.chunk_wait = client, summary, chunk_wait
        self.checked = 0.0
        self.gone: float | None = None
        self.running: dict[str, tuple[str, float]] = {}  # task key → (its worker, since when it runs there)
        self.limits: dict[str, float] = {}  # task key → seconds it may run, when not ``chunk_wait``
        self.overdue: set[str] = set()
        self.stuck: set[str] = set()  # workers a task was given up on and that could not be restarted

    def progress(self) -> None:
        self.gone = None

    def check(self) -> None:
        now = time.monotonic()
        if now - self.checked < WORKER_POLL:
            return
        self.checked = now
        self._look_at_tasks(now)
        if _live_workers(self.client, self.stuck):
            self.gone = None
        elif self.gone is None:
            self.gone = now
        elif now - self.gone >= WORKER_WAIT:
            raise UsageError(f"the scheduler at {self.client.scheduler.address} lost all its workers (none for "
                             f"{WORKER_WAIT:.0f} s) after {self.summary.files} files; what is done is kept: start "
                             f"workers and run the same command with --resume to finish")

    def _look_at_tasks(self, now: float) -> None:
        processing = _ask(self.client, self.client.scheduler.processing, "its workers' tasks")
        running = {}
        for worker, keys in processing.items():
            for key in keys:
                was = self.running.get(key)
                running[key] = was if was is not None and was[0] == worker else (worker, now)
        self.running = running
        self.overdue = {k for k, (_, since) in running.items() if now - since >= self.limit(k)}

    def limit(self, key: str) -> float:
        return self.limits.get(key, self.chunk_wait)

    def allow(self, key: str, nbytes: int) -> float:
        """Let task ``key``, extracting ``nbytes`` of input, run ``chunk_wait`` per MB, at least ``chunk_wait``: a
        document of many MB is a chunk of its own."""
        self.limits[key] = self.chunk_wait * max(1.0, nbytes / CHUNK_BYTES)
        return self.limits[key]

    def give_up(self, fut) -> None:
        """Stop waiting for ``fut``: release it and restart its worker (whose thread still runs it); a worker without a
        nanny is removed from the cluster and counts no more."""
        worker = self.running.pop(fut.key, ("", 0.0))[0]
        self.overdue.discard(fut.key)
        self.limits.pop(fut.key, None)
        fut.release()
        if not worker:
            return
        got = _ask(self.client, self.client.scheduler.restart_workers, "restarting a worker", workers=[worker],
                   timeout=CALL_WAIT, wait_for_workers=False, on_error="return",
                   stimulus_id=f"taizhang-overdue-{time.time()}")
        if got.get(worker) != "OK":
            self.stuck.add(worker)


def _finished(pending: dict, watch: _Watch) -> Iterator:
    """The futures of ``pending`` (key → future) as they finish or become overdue, while the cluster keeps a worker;
    each leaves ``pending`` as it is given out."""
    while pending:
        ready = [f for f in pending.values() if f.done() or f.key in watch.overdue]
        if ready:
            watch.progress()
            for f in ready:
                del pending[f.key]
                yield f
            continue
        watch.check()
        time.sleep(0.05)


def _result(fut, watch: _Watch):
    """A finished future's result, while the cluster keeps a worker and the task is not overdue (``ChunkTimeout``).

    A finished chunk's result lives on the worker that ran it: if that worker dies before the result is fetched,
    fetching it waits for a worker to compute it again (the future may still say it is finished), and with none left
    it would wait for ever.
    """
    while True:
        if fut.key in watch.overdue and not fut.done():
            raise ChunkTimeout(f"{fut.key} ran on its worker for more than {watch.limit(fut.key):g} s")
        try:
            return fut.result(timeout=WORKER_POLL)
        except TimeoutError:
            if fut.status == "error":  # the task's own TimeoutError (its error is held by the driver)
                raise
            watch.check()  # "finished" too: fetching the result waits for a worker that holds or recomputes it


def run(paths: Iterable[str], out: str | Path, workers: int | None = None, scheduler: str | None = None,
        resume: bool = False, console=None, hook: str | None = None, chunk_bytes: int = CHUNK_BYTES,
        chunk_files: int = CHUNK_FILES, link: bool = True, client=None, report: bool = False,
        chunk_wait: float = CHUNK_WAIT) -> RunSummary:
    """Extract ``paths`` into partitioned Parquet under ``out`` on a Dask cluster; see the module doc."""
    from distributed import Client

    from .pipeline import iter_paths

    out = Path(out)
    if parquet.committed_parts(out) and not resume:
        raise UsageError(f"{out} already holds an extraction: add --resume to continue it, or choose an empty folder")
    out.mkdir(parents=True, exist_ok=True)
    parquet.drop_uncommitted(out)
    done = parquet.done_ids(out) if resume else set()
    files = list(iter_paths(list(paths)))
    total_bytes = 0
    for p in files:
        try:
            total_bytes += p.stat().st_size
        except OSError:
            pass
    summary = RunSummary()
    run_id = time.strftime("%Y%m%d%H%M%S") + "-" + uuid.uuid4().hex[:6]

    own_cluster = own_client = scratch = None
    progress = None
    try:
        if client is None:
            if scheduler:
                try:
                    client = own_client = Client(scheduler, timeout=CALL_WAIT)
                except (OSError, TimeoutError) as e:
                    raise UsageError(f"could not reach the scheduler at {scheduler} (tried for {CALL_WAIT:g} s): "
                                     f"{e}") from e
            else:
                scratch = _scratch()
                own_cluster, client = _start_local(max(1, workers or 1), scratch)
                own_client = client
        progress = _Progress(console, len(files), total_bytes)
        if not _workers(client):
            # a scheduler with no workers would hold the chunks and the run would wait without a word
            try:
                client.wait_for_workers(1, timeout=WORKER_WAIT)
            except TimeoutError:
                raise UsageError(f"the scheduler at {client.scheduler.address} has no workers (waited "
                                 f"{WORKER_WAIT:.0f} s): start some with `dask worker {client.scheduler.address}`")
        summary.workers = len(_workers(client)) or (workers or 0)
        inflight = max(2, 2 * max(1, summary.workers))

        def skipped(it: Item) -> None:
            summary.skipped += 1
            summary.files += 1
            summary.nbytes += it.nbytes
            progress.update(summary)

        chunks = plan_chunks(files, done, run_id, skipped, chunk_bytes, chunk_files)
        meta: dict[str, tuple[str, list[Item], int]] = {}
        pending: dict[str, Any] = {}
        watch = _Watch(client, summary, chunk_wait)

        def submit(part: str, items: list[Item], attempt: int = 0) -> None:
            key = f"extract-{part}" + (f"-r{attempt}" if attempt else "")
            fut = client.submit(extract_chunk, items, str(out), part, hook, key=key, pure=False, retries=0)
            meta[fut.key] = (part, items, attempt)
            pending[fut.key] = fut
            watch.allow(fut.key, sum(it.nbytes for it in items))

        def keep_busy() -> None:  # a few chunks ahead of the workers
            for part, items in chunks:
                submit(part, items)
                if len(meta) >= inflight:
                    break

        keep_busy()
        for fut in _finished(pending, watch):
            part, items, attempt = meta.pop(fut.key)
            limit = watch.limit(fut.key)
            try:
                res = _result(fut, watch)
            except Exception as e:
                if isinstance(e, ChunkTimeout):
                    watch.give_up(fut)
                    reason, again = timed_out(limit), False  # alone, a document that runs out of time is the one
                elif _is_worker_death(e):
                    reason, again = WORKER_DIED, attempt + 1 < SINGLE_ATTEMPTS  # it may have been beside the culprit
                else:
                    raise
                res = None
                if len(items) > 1:  # find the document that kills workers or never ends: every document on its own
                    for i, it in enumerate(items):
                        submit(f"{part}-{i:03d}", [it])
                elif again:
                    submit(part, items, attempt + 1)
                else:
                    it = items[0]
                    parquet.write_part(out, part, {"errors": [parquet.error_row(it.path, reason, it.doc_id, it.seq,
                                                                                doc=Path(it.path).name,
                                                                                stage="load")]})
                    res = ChunkResult(part=part, files=1, nbytes=it.nbytes, failures=[(it.path, reason)])
            finally:
                fut.release()
                watch.limits.pop(fut.key, None)
            if res is not None:
                summary.add(res)
                progress.failed(summary, res)
            keep_busy()
        progress.update(summary)
        parquet.drop_uncommitted(out)  # what workers that died left half-written
        if link:
            summary.renamed = link_pass(out)
        if report:  # the pages of each part are written by the workers
            from .report import write_site
            pages_watch = _Watch(client, summary, chunk_wait)
            try:
                write_site(out, client=client, result=lambda fut: _result(fut, pages_watch))
            except Exception as e:  # the Parquet parts are written: say what went wrong, keep them
                summary.report_error = f"{type(e).__name__}: {e}"
    finally:
        if progress is not None:
            progress.close()
        summary.close_error = _close(own_client, own_cluster)
        if scratch is not None:
            try:
                shutil.rmtree(scratch)
            except OSError as e:  # a worker that did not close may still write there
                summary.close_error = "; ".join(filter(None, [summary.close_error, f"scratch folder {scratch}: {e}"]))
    return summary


class _Progress:
    """Files, MB and errors across all workers: a rich bar on a terminal, nothing otherwise."""

    PLAIN_MIN = 20  # without a terminal (a batch job's log), batches this large get a line per tenth

    def __init__(self, console, files: int, nbytes: int):
        self.console = console
        self.bar = None
        self.files, self.nbytes = files, nbytes
        self.plain = console is not None and not console.is_terminal and files >= self.PLAIN_MIN
        self.next_tenth = 1
        if console is not None and console.is_terminal:
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
            self.bar = Progress(TextColumn("extracting"), BarColumn(),
                                TextColumn("{task.fields[files]}/{task.fields[nfiles]} files"),
                                TextColumn("{task.fields[mb]:.1f}/{task.fields[nmb]:.1f} MB"),
                                TextColumn("{task.fields[errors]} errors"), TimeElapsedColumn(), TextColumn("eta"),
                                TimeRemainingColumn(), console=console, transient=True)
            self.bar.start()
            self.task = self.bar.add_task("extract", total=max(1, nbytes), files=0, nfiles=files, mb=0.0,
                                          nmb=nbytes / 1e6, errors=0)

    def update(self, s: RunSummary) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=s.nbytes, files=s.files, mb=s.nbytes / 1e6,
                            errors=len(s.failures) + s.stage_errors)
        elif self.plain and s.files * 10 >= self.next_tenth * self.files:
            self.next_tenth = s.files * 10 // self.files + 1
            self.console.print(f"{s.files}/{self.files} files, {s.nbytes / 1e6:.1f}/{self.nbytes / 1e6:.1f} MB, "
                               f"{len(s.failures) + s.stage_errors} errors", highlight=False)

    def failed(self, s: RunSummary, r: ChunkResult) -> None:
        self.update(s)
        if self.console is None:
            return
        from rich.markup import escape
        for path, reason in r.failures:
            self.console.print(f"[red]✗[/red] {escape(path)}: {escape(reason)}")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


# --------------------------------------------------------------------------- the linking pass

def _link_function() -> Callable[[list], list]:
    """``linking.link_batch``: links in place, or puts every name back and returns the errors."""
    from . import linking
    return linking.link_batch


def _live_areas(pools: dict[str, set[str]]) -> set[str]:
    from . import linking
    return linking.areas_with_short_forms(pools)


def _area_keys(ex) -> set[str]:
    from . import linking
    return linking.area_keys(ex)


_MENTION_COLS = ["doc_id", "seq", "order", "doc", "start", "end", "mention", "name_found", "category_found",
                 "stage", "location", "investment", "name", "category"]


def _mentions(rows: list[dict]):
    from .doc import Investment, ProjectMention
    out = []
    for r in sorted(rows, key=lambda r: r["order"]):
        inv = [Investment(**i) for i in (r["investment"] or [])]
        out.append(ProjectMention(r["doc"], r["start"], r["end"], r["mention"], r["name_found"],
                                  r["category_found"], r["stage"], r["location"], inv))
    return out


class _LazyDoc:
    """The cleaned view of a stored text, rebuilt only when linking asks for it (a document without
    regions), read from its part file then and not kept, so the pass never holds a group's texts."""

    def __init__(self, part_file: Path, doc_id: str, name: str, fmt: str):
        self._where = (part_file, doc_id, name, fmt)

    @property
    def norm(self) -> str:
        import pyarrow.parquet as pq

        from . import cleaner
        from .doc import Doc
        part_file, doc_id, name, fmt = self._where
        rows = pq.read_table(part_file, columns=["text"], filters=[("doc_id", "==", doc_id)]).column(0)
        raw = rows[0].as_py() if len(rows) else ""
        return Doc(name, raw, cleaner.clean(raw, fmt), fmt=fmt).norm


def link_pass(out: str | Path) -> int:
    """Canonical project names across the extraction in ``out``; returns how many mentions were renamed.

    Pass 1 reads, part by part, each document's regions and its mentions' names and locations, and
    joins area keys that share a document (union-find over areas, a few hundred keys).  Pass 2 links
    one group of areas at a time, loading only the mentions of that group's documents.  Pass 3 rewrites
    the projects parts whose names changed.
    """
    out = Path(out)
    parts = parquet.committed_parts(out)
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    doc_areas: dict[str, tuple[str, frozenset[str]]] = {}  # doc_id → (part, area keys), documents with projects
    pools: dict[str, set[str]] = defaultdict(set)  # area key → the names found in its documents
    for part in parts:
        ppath = parquet.part_path(out, "projects", part)
        if not ppath.exists():
            continue
        import pyarrow.parquet as pq
        docs = pq.read_table(parquet.part_path(out, "documents", part), columns=["doc_id", "regions"]).to_pylist()
        mentions = defaultdict(list)
        for r in pq.read_table(ppath, columns=["doc_id", "order", "location", "name_found"]).to_pylist():
            mentions[r["doc_id"]].append(r)
        for d in docs:
            ms = mentions.get(d["doc_id"])
            if not ms:
                continue
            light = SimpleNamespace(record=SimpleNamespace(regions=d["regions"] or []),
                                    projects=[SimpleNamespace(location=m["location"], name=m["name_found"])
                                              for m in ms])
            keys = frozenset(_area_keys(light))
            if not keys:
                continue
            doc_areas[d["doc_id"]] = (part, keys)
            for k in keys:
                pools[k].update(m["name_found"] for m in ms)
    # Only areas where some name has a longer candidate can rename anything (linking.areas_with_short_forms):
    # documents of other areas are neither loaded nor linked, nor are their texts read again.
    live = _live_areas(pools)
    del pools
    for part, keys in doc_areas.values():
        if keys & live:
            first = find(next(iter(keys)))
            for k in keys:
                parent[find(k)] = first
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))  # root → part → doc_ids
    for doc_id, (part, keys) in doc_areas.items():
        if keys & live:
            groups[find(next(iter(keys)))][part].append(doc_id)
    del doc_areas

    link = _link_function()
    errors: list[dict] = []
    renames: dict[tuple[str, int], tuple[str, str]] = {}  # (doc_id, order) → (name, category)
    for by_part in groups.values():
        exs = []
        for part, ids in by_part.items():
            exs.extend(_load_light(out, part, set(ids)))
        exs.sort(key=lambda e: e.seq)
        for e in link(exs):
            errors.append(parquet.error_row("", getattr(e, "reason", str(e)), status="stage", stage="link",
                                            where=getattr(e, "where", "")))
        for e in exs:
            for order, (m, found) in enumerate(zip(e.projects, e.found)):
                if (m.name, m.category) != found:
                    renames[(e.doc_id, order)] = (m.name, m.category)
    if errors:  # a part of its own, committed like any other: the run's linking failed here
        parquet.write_part(out, f"link-{uuid.uuid4().hex[:8]}", {"errors": errors})
    return _rewrite_projects(out, parts, renames)


def _load_light(out: Path, part: str, ids: set[str]) -> list:
    """Extraction-like objects (record, projects, lazily the cleaned text) for ``ids`` of one part."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    docs_file = parquet.part_path(out, "documents", part)
    docs = pq.read_table(docs_file, columns=["doc_id", "seq", "doc", "regions", "format"])
    docs = docs.filter(pc.is_in(docs["doc_id"], value_set=_arr(ids)))
    proj = pq.read_table(parquet.part_path(out, "projects", part), columns=_MENTION_COLS)
    proj = proj.filter(pc.is_in(proj["doc_id"], value_set=_arr(ids)))
    by_doc = defaultdict(list)
    for r in proj.to_pylist():
        by_doc[r["doc_id"]].append(r)
    from .doc import DocumentRecord
    exs = []
    for d in docs.to_pylist():
        ms = _mentions(by_doc[d["doc_id"]])
        exs.append(SimpleNamespace(doc_id=d["doc_id"], seq=d["seq"], projects=ms,
                                   found=[(m.name, m.category) for m in ms],
                                   record=DocumentRecord(doc=d["doc"], regions=list(d["regions"] or [])),
                                   doc=_LazyDoc(docs_file, d["doc_id"], d["doc"], d["format"])))
    return exs


def _arr(ids: set[str]):
    import pyarrow as pa
    return pa.array(sorted(ids), type=pa.string())


def _rewrite_projects(out: Path, parts: list[str], renames: dict[tuple[str, int], tuple[str, str]]) -> int:
    """Set ``name``/``category`` of every mention: the linked name, else the name as found."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for part in parts:
        path = parquet.part_path(out, "projects", part)
        if not path.exists():
            continue
        t = pq.read_table(path, schema=parquet.SCHEMAS["projects"])
        ids, orders = t["doc_id"].to_pylist(), t["order"].to_pylist()
        names, cats = t["name_found"].to_pylist(), t["category_found"].to_pylist()
        for i, key in enumerate(zip(ids, orders)):
            got = renames.get(key)
            if got is not None:
                names[i], cats[i] = got
        if names == t["name"].to_pylist() and cats == t["category"].to_pylist():
            continue
        t = t.set_column(t.schema.get_field_index("name"), "name", pa.array(names, pa.string()))
        t = t.set_column(t.schema.get_field_index("category"), "category", pa.array(cats, pa.string()))
        parquet._write_table(path, t)
    return len(renames)
