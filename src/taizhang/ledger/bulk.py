"""Bulk ingest: a Parquet extraction (``taizhang extract --workers``) into the ledger, in batches.

    taizhang ingest --from-parquet DIR

Why apart from ``ingest``: ``ingest`` extracts and stores one file at a time, row by row where it must;
an extraction of a province's documents already exists as Parquet and only has to be loaded.  This
module reads it one part at a time and stores ``BATCH_DOCS`` documents per transaction:

* idempotent by content hash: a document whose ``sha256`` the ledger holds is skipped, so a load that
  was interrupted is simply run again;
* the big tables (facts and their search postings) go in with PostgreSQL's ``COPY`` (psycopg's
  ``cursor.copy``), the rows' ids drawn from the table's sequence beforehand, the postings (keyed by themselves,
  no id) as one binary COPY per batch of bigram codes computed as arrays (``searchindex.posting_codes``); on
  SQLite with ``bulk_create`` and ``executemany``;
* rows are built by the same rules as ``ingest.store_extraction`` (offsets checked against the text,
  indicators and regions resolved, tasks by ``ingest.task_rows``, one insert per batch), and the ledger's
  cross-document links (targets ↔ actuals, projects) are recomputed once at the end, set-based
  (``linking.relink_keys``, ``linking.refresh_projects``), for the keys the load touched, on PostgreSQL on
  ``RELINKERS`` connections side by side (the keys split by hash);
* on PostgreSQL the tables it wrote are vacuumed and analysed at the end (``vacuum_analyze``, its own stage), so
  the list pages read their covering indexes alone from the first page on;
* on PostgreSQL ``WORKERS`` processes store the documents side by side, each its share of the content hashes,
  after one pass in load order has resolved the places and indicators and created the new projects from their
  first mentions (``_prepare``), so the ledger is the one a single process makes.
"""
from __future__ import annotations

import json
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterable

from django.db import connection, transaction

from . import canon, ingest, linking, searchindex
from .models import (Document, Fact, FactLink, GlossaryTerm, IngestBatch, IngestItem, Project, ProjectMention,
                     SearchGram, Section, Task)

BATCH_DOCS = 200


@dataclass
class BulkResult:
    documents: int = 0
    duplicates: int = 0
    sections: int = 0
    facts: int = 0
    projects: int = 0
    tasks: int = 0
    seconds: float = 0.0
    batch: IngestBatch | None = None
    touched_keys: set = field(default_factory=set, repr=False)
    touched_projects: set = field(default_factory=set, repr=False)
    timings: dict = field(default_factory=dict)  # seconds per stage: prepare, store, projects, indexes, relink, ...
    spans: list = field(default_factory=list, repr=False)  # (stage, perf_counter at its start, at its end)

    @contextmanager
    def stage(self, name: str):
        """Time a stage of the load into ``timings`` (added up when a stage runs twice) and ``spans``."""
        t = time.perf_counter()
        try:
            yield
        finally:
            end = time.perf_counter()
            self.timings[name] = self.timings.get(name, 0.0) + end - t
            self.spans.append((name, t, end))

    @property
    def rows(self) -> int:
        return self.documents + self.sections + self.facts + self.projects + self.tasks


def ingest_parquet(src: str | Path, batch_docs: int = BATCH_DOCS, user=None, relink: bool = True,
                   progress: Callable[[BulkResult], None] | None = None, workers: int | None = None) -> BulkResult:
    """Load every committed part of the extraction in ``src``; see the module doc.  ``workers`` processes store
    the documents (PostgreSQL; default ``WORKERS``), each those of its share of the content hashes."""
    src = Path(src)
    if not (src / "documents").is_dir():
        raise FileNotFoundError(f"{src}: no documents/ folder (not a `taizhang extract --workers` output)")
    t0 = time.perf_counter()
    res = BulkResult()
    restore_indexes()  # a load killed while its indexes were set aside left them missing
    deferred = big_load(src)
    if deferred:
        drop_indexes()
    aside = None  # the postings' index builds, running beside the relinking
    stored = False
    try:
        res.batch = IngestBatch.objects.create(user=user, total=0)
        ctx = _Context()
        with res.stage("prepare"):
            _prepare(src, batch_docs, ctx)
        n = _workers(workers)
        with res.stage("store"):
            if n > 1:
                _load_parallel(src, batch_docs, user, progress, res, ctx, n)
            else:
                with load_session():
                    _load(src, batch_docs, user, progress, res, ctx)
        if deferred and relink:
            # the projects this load made (no postings yet) refreshed while the postings' indexes are set aside:
            # their postings go in as plain rows, not one by one into indexes of tens of millions
            with res.stage("projects"):
                early = sorted(res.touched_projects & ctx.fresh_projects)
                linking.refresh_projects(early, replace_postings=False)
                res.touched_projects -= set(early)
        stored = True
    finally:
        if deferred:
            with res.stage("indexes"):
                if stored and relink:
                    # the relinking reads no postings: their indexes (half the rebuild) go up beside it
                    aside = restore_indexes_beside()[1]
                else:
                    restore_indexes()
    try:
        if relink:
            with res.stage("relink"):
                linking.relink_keys(res.touched_keys, relinkers=RELINKERS)
    finally:
        if aside is not None:
            with res.stage("indexes"):
                aside.wait()
    if relink:
        for stage, run in (("projects", lambda: linking.refresh_projects(res.touched_projects)),
                           ("silence", lambda: linking.refresh_silence(None))):
            with res.stage(stage):
                run()
    IngestBatch.objects.filter(pk=res.batch.pk).update(finished=True)
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with res.stage("vacuum"):
            vacuum_analyze()
    else:
        with res.stage("analyze"):
            ingest.optimize_db()
    res.seconds = time.perf_counter() - t0
    return res


WORKERS = 2  # processes storing a load on PostgreSQL: one builds rows while the other's server process COPYs
RELINKERS = 2  # connections relinking a load's keys side by side (PostgreSQL), each a share of the keys


def _workers(asked: int | None) -> int:
    """Processes for this load: one on SQLite (one writer at a time) or inside a caller's transaction."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return 1
    return max(1, WORKERS if asked is None else asked)


def _mine(doc_id: str, share: tuple[int, int]) -> bool:
    k, n = share
    return n == 1 or int(doc_id[:8] or "0", 16) % n == k


def _read_part(src: Path, table: str, part: str, share: tuple[int, int], columns=None):
    """One part of a table, only the rows of this worker's share of the documents."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from taizhang.extract import parquet as P
    t = pq.read_table(P.part_path(src, table, part), schema=P.SCHEMAS[table], columns=columns)
    if share[1] > 1 and t.num_rows:
        t = t.filter(pa.array([_mine(d, share) for d in t.column("doc_id").to_pylist()], pa.bool_()))
    return t


def _prepare(src: Path, batch_docs: int, ctx: "_Context") -> None:
    """Before any document is stored, in load order: the places and indicators the load names, resolved (and
    created) once, and the projects it meets for the first time, created from their first mention as the batches
    would create them one after another.  Workers storing documents side by side then create none of these
    shared rows: they neither wait on each other nor make a project from whichever mention came first."""
    import pyarrow.compute as pc

    from taizhang.extract import parquet as P
    from taizhang.extract.distributed import chunked
    parts = P.committed_parts(src)
    whole = (0, 1)
    names: set[str] = set()
    indicators: set[str] = set()
    for part in parts:
        docs = _read_part(src, "documents", part, whole, ["doc_id", "regions"])
        names.update(r for rs in docs.column("regions").to_pylist() for r in (rs or [])[:3])
        if P.part_path(src, "facts", part).exists():
            facts = _read_part(src, "facts", part, whole, ["doc_id", "subject", "indicator"])
            names.update(x or "" for x in pc.unique(facts.column("subject")).to_pylist())
            indicators.update(x or "" for x in pc.unique(facts.column("indicator")).to_pylist())
    ctx.prepare(sorted(names))
    for name in sorted(indicators):
        ctx.indicator(name)
    # the projects, in the order the batches store their mentions
    have_docs: set[str] = set()
    new_docs: list[str] = []
    fresh: dict[str, Project] = {}
    order: list[tuple] = []
    for part in parts:
        docs = _read_part(src, "documents", part, whole, ["doc_id", "regions", "text"])
        ids = docs.column("doc_id").to_pylist()
        lens = pc.utf8_length(docs.column("text")).to_pylist()
        regions = docs.column("regions").to_pylist()
        mentions: dict[str, list[dict]] = defaultdict(list)
        if P.part_path(src, "projects", part).exists():
            for r in _read_part(src, "projects", part, whole, ["doc_id", "order", "start", "end", "name", "mention",
                                                                "category", "location"]).to_pylist():
                mentions[r["doc_id"]].append(r)
        for chunk in chunked(list(zip(ids, lens, regions, range(len(ids)))), batch_docs):
            have_docs.update(Document.objects.filter(sha256__in=[d for d, *_ in chunk])
                             .values_list("sha256", flat=True))
            for doc_id, n, rnames, i in chunk:
                if doc_id in have_docs:
                    continue
                have_docs.add(doc_id)
                new_docs.append(doc_id)
                # the places the gazetteer lacks, made in load order like the shared rows above (none when no name
                # the document gives is one: most documents, asked by name once per load)
                local = ctx.unlisted[doc_id] = (
                    canon.unlisted_regions(rnames, docs.column("text")[i].as_py() or "")
                    if any(map(ctx.unlisted_level, rnames or [])) else {})
                doc_region = None
                for rname in (rnames or [])[:3]:
                    doc_region = local.get(canon.clean_name(rname)) or ctx.region(rname)
                    if doc_region is not None:
                        break
                for r in sorted(mentions.get(doc_id, []), key=lambda r: r["order"]):
                    if 0 <= r["start"] <= r["end"] <= (n or 0):
                        key = ingest.project_key(r["name"] or r["mention"] or "")
                        if key and key not in fresh:
                            fresh[key] = _new_project(key, r, doc_region)
    if connection.vendor == "postgresql":
        # the documents' ids in load order, whichever process stores which: documents of one date are in the order
        # of their ids for the relinking (doc_key), as a single process would have stored them
        ctx.doc_ids = dict(zip(new_docs, _next_ids(Document, len(new_docs))))
    keys = list(fresh)
    for k in range(0, len(keys), 1000):
        for name in Project.objects.filter(name__in=keys[k:k + 1000]).values_list("name", flat=True):
            fresh.pop(name, None)
    Project.objects.bulk_create(list(fresh.values()), ignore_conflicts=True, batch_size=1000)
    keys = list(fresh)
    for k in range(0, len(keys), 1000):
        ctx.fresh_projects.update(Project.objects.filter(name__in=keys[k:k + 1000]).values_list("id", flat=True))


def _new_project(key: str, r: dict, doc_region) -> Project:
    return Project(name=key, category=(r["category"] or "")[:100], location=(r["location"] or "")[:100],
                   region=doc_region, extracted={"name": key, "category": r["category"], "location": r["location"]})


def _load(src: Path, batch_docs: int, user, progress, res: BulkResult, ctx: "_Context",
          share: tuple[int, int] = (0, 1)) -> None:
    from django.db.models import F

    from taizhang.extract import parquet as P
    from taizhang.extract.distributed import chunked
    for part in P.committed_parts(src):
        docs = _read_part(src, "documents", part, share).to_pylist()
        if not docs:
            continue
        by_doc: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
        for table in ("sections", "facts", "projects", "tasks"):
            if P.part_path(src, table, part).exists():
                for r in _read_part(src, table, part, share).to_pylist():
                    by_doc[r["doc_id"]][table].append(r)
        for chunk in chunked(docs, batch_docs):
            have = set(Document.objects.filter(sha256__in=[d["doc_id"] for d in chunk])
                       .values_list("sha256", flat=True))
            new, seen = [], set()
            for d in chunk:
                if d["doc_id"] in have or d["doc_id"] in seen:
                    res.duplicates += 1
                else:
                    seen.add(d["doc_id"])
                    new.append(d)
            if new:
                with transaction.atomic():
                    _store_batch(new, by_doc, ctx, res, user)
                announce_stored([d["doc_id"] for d in new])
            IngestBatch.objects.filter(pk=res.batch.pk).update(total=F("total") + len(chunk),
                                                                done=F("done") + len(chunk))
            if progress:
                progress(res)


_COUNTS = ("documents", "duplicates", "sections", "facts", "projects", "tasks")


def _worker(queue, src: Path, batch_docs: int, user, res: BulkResult, ctx: "_Context", share) -> None:
    """One storing process (forked): its share of the documents; its counts and touched keys go back on
    ``queue``, a failure with its traceback."""
    import traceback

    from django.db import connections
    mine = BulkResult(batch=res.batch)
    try:
        with load_session():
            _load(src, batch_docs, user,
                  lambda r: queue.put(("progress", share[0], {c: getattr(r, c) for c in _COUNTS})), mine, ctx, share)
        queue.put(("done", share[0], {c: getattr(mine, c) for c in _COUNTS}, mine.touched_keys,
                   mine.touched_projects))
    except BaseException:
        queue.put(("error", share[0], traceback.format_exc()))
    finally:
        connections.close_all()


def _load_parallel(src: Path, batch_docs: int, user, progress, res: BulkResult, ctx: "_Context", n: int) -> None:
    """``_load`` in ``n`` forked processes, each with its own connection and its share of the content hashes (a
    document and its duplicates meet in the same process, so the skip by hash holds)."""
    import multiprocessing
    import queue as queues

    from django.db import connections
    mp = multiprocessing.get_context("fork")
    queue = mp.Queue()
    connections.close_all()  # no connection of ours is inherited: each process opens its own
    procs = [mp.Process(target=_worker, args=(queue, src, batch_docs, user, res, ctx, (k, n)), daemon=True)
             for k in range(n)]
    for p in procs:
        p.start()
    latest: dict[int, dict] = {}
    done = 0
    try:
        while done < n:
            try:
                msg = queue.get(timeout=5)
            except queues.Empty:
                dead = [k for k, p in enumerate(procs) if p.exitcode not in (None, 0)]  # killed, not failed
                if dead:
                    raise RuntimeError(f"bulk ingest: worker process(es) {dead} died without a result")
                continue
            if msg[0] == "error":
                raise RuntimeError(f"bulk ingest: worker {msg[1]} failed:\n{msg[2]}")
            latest[msg[1]] = msg[2]
            for c in _COUNTS:
                setattr(res, c, sum(x[c] for x in latest.values()))
            if msg[0] == "done":
                done += 1
                res.touched_keys |= msg[3]
                res.touched_projects |= msg[4]
            if progress:
                progress(res)
    finally:
        for p in procs:
            if p.is_alive() and done < n:
                p.terminate()
            p.join()


# --------------------------------------------------------------------------- indexes set aside for a big load
#
# The search postings (about 36 per fact) and the facts' list indexes cost most of a load when PostgreSQL keeps
# them up to date row by row (random insertions into B-trees far larger than its buffers).  A load that more than
# doubles the facts table builds them once at the end instead (CREATE INDEX sorts).  The foreign keys of the rows
# a load writes go the same way: checked row by row they cost eight times the COPY of the facts (one deferred
# trigger per row and key at commit); added again at the end, PostgreSQL checks each with one join.  Meanwhile
# searches and list pages run without the indexes (slowly); a load that is killed leaves them missing, and the
# next load (or `restore_indexes`) puts them back first.

DEFERRED = (Fact, SearchGram)
MAINTENANCE_MB = 1024  # maintenance_work_mem of the index rebuild
FK_DEFERRED = (Fact, Section, ProjectMention, Task)  # the tables a load writes by the thousand
_FK_SUFFIX = "_fk_%(to_table)s_%(to_column)s"  # Django's own, so the constraints come back under their names


def _index_names() -> set[str]:
    with connection.cursor() as cur:
        cur.execute("SELECT indexname FROM pg_indexes WHERE tablename = ANY(%s)",
                    [[m._meta.db_table for m in DEFERRED]])
        return {r[0] for r in cur.fetchall()}


def _fk_names() -> set[str]:
    with connection.cursor() as cur:
        cur.execute("SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(%s)",
                    [[m._meta.db_table for m in FK_DEFERRED]])
        return {r[0] for r in cur.fetchall()}


def _foreign_keys(ed) -> list[tuple]:
    """(model, field, constraint name) of every foreign key of the FK_DEFERRED tables, as Django names them."""
    out = []
    for model in FK_DEFERRED:
        for f in model._meta.local_concrete_fields:
            if f.remote_field is not None and f.db_constraint:
                out.append((model, f, str(ed._fk_constraint_name(model, f, _FK_SUFFIX)).strip('"')))
    return out


def big_load(src: Path) -> bool:
    """Whether the extraction in ``src`` holds more facts than the ledger (PostgreSQL, and not inside a caller's
    transaction: the indexes are rebuilt after the batches have committed)."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return False
    import pyarrow.parquet as pq

    from taizhang.extract import parquet as P
    coming = sum(pq.ParquetFile(P.part_path(src, "facts", part)).metadata.num_rows
                 for part in P.committed_parts(src) if P.part_path(src, "facts", part).exists())
    with connection.cursor() as cur:
        cur.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {Fact._meta.db_table} LIMIT %s) x", [coming + 1])
        have = cur.fetchone()[0]
    return coming > have


def _field_indexes(ed) -> list[tuple[str, object]]:
    """(name, CREATE INDEX statement) of the DEFERRED models' single-field indexes (a foreign key's, ``db_index``,
    and the ``_like`` index PostgreSQL gets beside a text one), named as Django names them."""
    out = []
    for model in DEFERRED:
        table = model._meta.db_table
        for f in model._meta.local_concrete_fields:
            if not f.db_index or f.unique or f.primary_key:
                continue
            out.append((ed._create_index_name(table, [f.column], suffix=""), ed._create_index_sql(model, fields=[f])))
            like = ed._create_like_index_sql(model, f)
            if like is not None:
                out.append((ed._create_index_name(table, [f.column], suffix="_like"), like))
    return out


# The postings' primary key, (kind, item_id, gram), is set aside too: kept up row by row it doubled the COPY of the
# postings; built at the end it is one sorted build (as a unique index beside the others, made the key last).


def _posting_pkey() -> tuple[str, bool]:
    """(the postings' primary-key constraint name, whether it is there)."""
    table = SearchGram._meta.db_table
    with connection.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_constraint WHERE contype = 'p' AND conrelid = %s::regclass", [table])
        there = cur.fetchone() is not None
    return f"{table}_pkey", there


# Kept rows that a statement trigger upserts per COPY, one row per key (ledger_factsubject: an indicator's subjects,
# migration 0010): two storing processes writing facts of the same keys queue on those rows, each batch holding
# them until it commits.  During a big load the trigger is off; the rows are filled again from the facts at the end,
# set-based, as the migration first filled them (a load killed meanwhile leaves it off: the next load's
# ``restore_indexes`` puts it back and refills).
KEPT_TRIGGERS = (("ledger_fact", "ledger_fact_subject_ins"),)


def _kept_triggers(state: str) -> list[tuple[str, str]]:
    """(table, trigger) of KEPT_TRIGGERS that exist and are ``state`` ('O' on, 'D' off)."""
    with connection.cursor() as cur:
        cur.execute("SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE t.tgname = ANY(%s) AND t.tgenabled = %s", [[t for _, t in KEPT_TRIGGERS], state])
        return [tuple(r) for r in cur.fetchall()]


def _kept_refill() -> list[str]:
    """The statements that turn the kept triggers back on and fill their rows again from the facts."""
    off = _kept_triggers("D")
    if not off:
        return []
    import importlib
    kept = importlib.import_module("taizhang.ledger.migrations.0010_kept_subjects_and_project_totals")
    q = connection.ops.quote_name
    return ([f"ALTER TABLE {q(table)} ENABLE TRIGGER {q(name)}" for table, name in off] +
            ["DELETE FROM ledger_factsubject", kept.PG_FILL])


def drop_indexes() -> None:
    have, fks = _index_names(), _fk_names()
    pkey, pkey_there = _posting_pkey()
    kept_on = _kept_triggers("O")
    with connection.schema_editor(atomic=True) as ed:
        for table, name in kept_on:
            ed.execute(f"ALTER TABLE {ed.quote_name(table)} DISABLE TRIGGER {ed.quote_name(name)}")
        table = ed.quote_name(SearchGram._meta.db_table)
        if pkey_there:
            ed.execute(f"ALTER TABLE {table} DROP CONSTRAINT {ed.quote_name(pkey)}")
        for model in DEFERRED:
            for index in model._meta.indexes:
                if index.name in have:
                    ed.remove_index(model, index)
        for name, _ in _field_indexes(ed):
            if name in have:
                ed.execute(f"DROP INDEX {ed.quote_name(name)}")
        for model, _, name in _foreign_keys(ed):
            if name in fks:
                ed.execute(ed._delete_fk_sql(model, name))


REBUILDERS = 2  # connections rebuilding the set-aside indexes side by side (one statement at a time each)


def restore_indexes(rebuilders: int | None = None) -> int:
    """Create the deferred models' declared indexes and foreign keys that are missing (PostgreSQL); how many were.

    The builds are independent statements: ``rebuilders`` connections (default ``REBUILDERS``) take them one at a
    time, the biggest first (the postings' bigram index on one while the others go up on the other), each in its
    own transaction, so what was built stays built if another fails (the next call builds what is still
    missing).  Inside a caller's transaction they run one after another on its connection."""
    if connection.vendor != "postgresql":
        return 0
    postings, others, finish, count = _restore_plan()
    jobs = [[sql] for sql in postings] + others
    if connection.in_atomic_block:
        _run_here(jobs + [finish])
        return count
    _Jobs(jobs, REBUILDERS if rebuilders is None else rebuilders).wait()
    _run_here([finish])
    return count


def restore_indexes_beside() -> "tuple[int, _Jobs | None]":
    """``restore_indexes``, the postings' part left running: their indexes and key are built on a connection of their
    own while this one builds the others and returns (how many were missing, the running builds to ``wait`` for).
    What comes next may use any table but the postings (a load's relinking) until then."""
    if connection.vendor != "postgresql":
        return 0, None
    postings, others, finish, count = _restore_plan()
    if connection.in_atomic_block:
        _run_here([[sql] for sql in postings] + others + [finish])
        return count, None
    aside = _Jobs([[sql] for sql in postings] + ([finish] if finish else []), 1) if postings or finish else None
    try:
        _run_here(others)
    except BaseException:
        if aside is not None:
            aside.wait(raise_failure=False)
        raise
    return count, aside


def _restore_plan() -> tuple[list[str], list[list[str]], list[str], int]:
    """What ``restore_indexes`` has to do: the postings' index builds (the biggest first), the other jobs (the facts'
    index builds one a job, then the foreign keys in one job: each checked set-based, one join per key; together,
    since two keys to one table queue on its lock anyway), the statements that make the postings' unique index
    their primary key, and how many indexes, keys and constraints were missing."""
    have, fks = _index_names(), _fk_names()
    pkey, pkey_there = _posting_pkey()
    table = SearchGram._meta.db_table
    missing = [(m, i) for m in DEFERRED for i in m._meta.indexes if i.name not in have]
    with connection.schema_editor(atomic=False) as ed:
        q = ed.quote_name
        keys = [str(ed._create_fk_sql(m, f, _FK_SUFFIX)) for m, f, name in _foreign_keys(ed) if name not in fks]
        plain = [str(sql) for name, sql in _field_indexes(ed) if name not in have]
        builds = [str(index.create_sql(m, ed)) for m, index in missing]
        # the postings' key as a unique index (a build beside the others), made the primary key at the end
        if not pkey_there and pkey not in have:
            builds.append(f"CREATE UNIQUE INDEX {q(pkey)} ON {q(table)} (kind, item_id, gram)")
        finish = []
        if not pkey_there:
            finish.append(f"ALTER TABLE {q(table)} ADD CONSTRAINT {q(pkey)} PRIMARY KEY USING INDEX {q(pkey)}")
    mine = f'"{table}"'
    postings = sorted((sql for sql in builds + plain if mine in sql), key=lambda sql: "gram_lookup" not in sql)
    others = [[sql] for sql in builds + plain if mine not in sql] + ([keys] if keys else [])
    refill = _kept_refill()
    if refill:
        others.append(refill)  # last on the load's connection, before the relinking
    return postings, others, finish, len(missing) + len(keys) + len(plain) + (not pkey_there)


_MAINTENANCE = f"SET maintenance_work_mem = '{MAINTENANCE_MB}MB'"  # sorts in memory, room for parallel workers


def _run_here(jobs: list[list[str]]) -> None:
    """The jobs' statements one after another on this connection, in one transaction."""
    if not any(jobs):
        return
    with transaction.atomic(), connection.cursor() as cur:
        cur.execute(_MAINTENANCE.replace("SET ", "SET LOCAL ", 1))
        for job in jobs:
            for sql in job:
                cur.execute(sql)


class _Jobs:
    """Jobs (lists of statements, each list one transaction) run by ``n`` threads, each on a connection of its own,
    taking the next job when one is done (the work is the server's).  ``wait`` joins them and raises the first
    failure (no job is started after it)."""

    def __init__(self, jobs: list[list[str]], n: int, atomic: bool = True):
        import threading
        self._atomic = atomic  # each job one transaction; without: each statement on its own (VACUUM)
        self._todo = list(reversed([job for job in jobs if job]))
        self._lock = threading.Lock()
        self.failed: list[BaseException] = []
        self._threads = [threading.Thread(target=self._work, name=f"rebuild-{k}", daemon=True)
                         for k in range(min(max(n, 1), len(self._todo)))]
        for t in self._threads:
            t.start()

    def _work(self) -> None:
        from django.db import connections
        conn = connections[connection.alias]  # this thread's own connection
        try:
            with conn.cursor() as cur:
                cur.execute(_MAINTENANCE)
            while True:
                with self._lock:
                    if self.failed or not self._todo:
                        return
                    job = self._todo.pop()
                if not self._atomic:
                    with conn.cursor() as cur:
                        for sql in job:
                            cur.execute(sql)
                    continue
                with transaction.atomic(using=conn.alias), conn.cursor() as cur:
                    for sql in job:
                        cur.execute(sql)
        except BaseException as e:  # handed to the thread that waits, raised there
            with self._lock:
                self.failed.append(e)
        finally:
            conn.close()

    def wait(self, raise_failure: bool = True) -> None:
        for t in self._threads:
            t.join()
        if self.failed and raise_failure:
            raise self.failed[0]


# The tables a load writes, vacuumed (and analysed) at its end, biggest first.  A page reading the newest facts off
# an index that carries its columns reads the index alone only where the visibility map marks the table's pages
# all-visible, and only VACUUM sets those marks: until autovacuum came round (hours after a load of millions of
# rows, which it reaches by insert count), every such read fetched its rows from the table too.
VACUUMED = (SearchGram, Fact, Task, FactLink, Section, ProjectMention, Document, Project)
VACUUMERS = 2  # connections vacuuming side by side (the postings on one, the others on the other)


def vacuum_analyze(vacuumers: int | None = None) -> None:
    """``VACUUM (ANALYZE)`` of the tables a load writes (PostgreSQL, outside a transaction: VACUUM cannot run inside
    one), on ``vacuumers`` connections (default ``VACUUMERS``); the postings alone on one, the rest on the other.
    It also refreshes the planner's statistics, as ``ingest.optimize_db`` does."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        raise RuntimeError("vacuum_analyze needs PostgreSQL outside a transaction")
    q = connection.ops.quote_name
    stmts = [f"VACUUM (ANALYZE) {q(m._meta.db_table)}" for m in VACUUMED]
    n = VACUUMERS if vacuumers is None else vacuumers
    jobs = [stmts[:1], stmts[1:]] if n > 1 else [stmts]
    _Jobs(jobs, n, atomic=False).wait()


@contextmanager
def load_session():
    """PostgreSQL settings for the load's own connection: a commit does not wait for its WAL to reach the disk
    (a crash loses at most the last batches, which a new run loads again: documents are skipped by hash)."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cur:
        cur.execute("SET synchronous_commit = off")
    try:
        yield
    finally:
        with connection.cursor() as cur:
            cur.execute("RESET synchronous_commit")


def announce_stored(hashes: list[str]) -> None:
    """``documents_stored`` for the documents of a batch just committed (``ingest`` sends ``document_stored`` for
    one file), so apps on the ledger react to bulk-loaded documents too (supervision proposes progress on its
    items): one signal per batch, not a round of queries per document."""
    from .signals import documents_stored
    docs = list(Document.objects.filter(sha256__in=hashes).defer("text", "record").order_by("published", "id"))
    if docs:
        documents_stored.send(sender=Document, documents=docs)


class _Context:
    """Look-ups shared by the whole load: indicators and regions by name, resolved once."""

    def __init__(self):
        from .models import Region
        self.indicator = canon.IndicatorResolver()
        self._regions: dict[str, object] = {}
        self._by_code = {r.code: r for r in Region.objects.all()}  # the rows the ledger has: no query per name
        self.unlisted: dict[str, dict] = {}  # doc_id → its places the gazetteer lacks (canon.unlisted_regions)
        self.doc_ids: dict[str, int] = {}  # doc_id → the Document's primary key, drawn in load order (_prepare)
        self.fresh_projects: set[int] = set()  # the projects _prepare made: no search postings yet
        self._indicators: dict[str, object] = {}
        self._clean: dict[str, str] = {}
        self._unlisted_level: dict[str, object] = {}

    def prepare(self, names: Iterable[str]) -> None:
        """Resolve the place names a batch uses at once: the regions missing from the ledger (and their missing
        ancestors) are created in one insert per level, as ``canon.ensure_region`` creates them one by one."""
        todo = {n for n in names if n not in self._regions}
        codes = {n: canon.region_code_for(n) if n else None for n in todo}
        need = {c for c in codes.values() if c and c not in self._by_code}
        if need:
            self._create(need)
        for n, code in codes.items():
            self._regions[n] = self._by_code.get(code) if code else None

    def _create(self, codes: set[str]) -> None:
        from taizhang.extract.regions import gazetteer

        from .models import Region
        gz = gazetteer()
        chains: dict[str, int] = {}  # code → depth below its first ancestor the ledger lacks
        for code in codes:
            chain, seen = [], set()
            c = code
            while c and c not in self._by_code and c not in seen:
                r = gz.by_code(c)
                if r is None:
                    break
                seen.add(c)
                chain.append(c)
                c = r.parent if r.parent and r.parent != c else None
            for depth, c in enumerate(reversed(chain)):
                chains[c] = max(chains.get(c, 0), depth)
        for depth in sorted(set(chains.values())):
            level = [gz.by_code(c) for c, d in chains.items() if d == depth]
            Region.objects.bulk_create(
                [Region(code=r.code, name=r.name, short=r.short, level=r.level,
                        parent=self._by_code.get(r.parent) if r.parent and r.parent != r.code else None)
                 for r in level], ignore_conflicts=True)
            self._by_code.update({x.code: x for x in Region.objects.filter(code__in=[r.code for r in level])})

    def region(self, name: str):
        if name not in self._regions:
            self.prepare([name])
        return self._regions[name]

    def indicator_of(self, name: str):
        """``indicator(name)`` remembered by the name as written (a load meets the same few thousand names again
        and again: one cleaning and look-up each, not one per fact)."""
        try:
            return self._indicators[name]
        except KeyError:
            hit = self._indicators[name] = self.indicator(name)
            return hit

    def unlisted_level(self, name: str):
        """``canon.unlisted_level`` remembered by the name as written."""
        try:
            return self._unlisted_level[name]
        except KeyError:
            out = self._unlisted_level[name] = canon.unlisted_level(name)
            return out

    def clean(self, name: str) -> str:
        """``canon.clean_name`` remembered by the name as written."""
        try:
            return self._clean[name]
        except KeyError:
            out = self._clean[name] = canon.clean_name(name)
            return out


def _rec(d: dict):
    from taizhang.extract import parquet as P
    return P.record_row("documents", d)


def _store_batch(docs: list[dict], by_doc, ctx: _Context, res: BulkResult, user) -> None:
    ctx.prepare({n for d in docs for n in (d["regions"] or [])[:3]} |
                {r["subject"] or "" for d in docs for r in by_doc[d["doc_id"]]["facts"]})
    rows = []
    regions = []
    for d in docs:
        rec = _rec(d)
        region = None
        local = ctx.unlisted.get(d["doc_id"])  # made by _prepare
        if local is None:
            local = ctx.unlisted[d["doc_id"]] = canon.unlisted_regions(d["regions"], d["text"] or "")
        for rname in (d["regions"] or [])[:3]:
            region = local.get(canon.clean_name(rname)) or ctx.region(rname)
            if region is not None:
                break
        regions.append(region)
        record = {k: v for k, v in rec.items() if k not in ("glossary", "noise", "people")}
        text = d["text"] or ""
        rows.append(Document(
            pk=ctx.doc_ids.get(d["doc_id"]), name=(d["doc"] or "")[:255], sha256=d["doc_id"], text=text, title=(d["title"] or "")[:500],
            published=d["published"] or "", source=(d["source"] or "")[:255], doc_type=d["doc_type"] or "",
            format=d["format"] or "txt", encoding=d["encoding"] or "utf-8", chars=len(text),
            regions=list(d["regions"] or []),
            noise=[{"start": n["start"], "end": n["end"], "reason": n["reason"]} for n in d["noise"] or []],
            people=list(d["people"] or []), record=record, region=region, uploaded_by=user))
    if connection.vendor == "postgresql":
        # COPY: bulk_create would send the texts as one array parameter quoted character by character in Python
        for obj, pk in zip([r for r in rows if r.pk is None], _next_ids(Document, sum(r.pk is None for r in rows))):
            obj.pk = pk
        copy_rows(Document, rows, ids_set=True)
        stored = rows
    else:
        stored = Document.objects.bulk_create(rows)
    res.documents += len(stored)
    insert(IngestItem, [IngestItem(batch=res.batch, name=doc.name, status="stored", document=doc) for doc in stored])
    sections = _store_sections(stored, by_doc, res)
    _store_facts(stored, regions, by_doc, ctx, res)
    _store_projects(stored, regions, by_doc, res)
    _store_tasks(stored, regions, sections, by_doc, res)
    insert(GlossaryTerm, [
        GlossaryTerm(document=doc, term=g["term"][:200], definition=g["definition"], start=g["start"], end=g["end"],
                     extracted=dict(g))
        for doc, d in zip(stored, docs) for g in (d["glossary"] or []) if g["term"]])


# The rows below are plain dicts (attname → value, ``id`` drawn beforehand), not model objects: a million facts
# and their sections, mentions and tasks go through here.  Each is the row ``ingest.store_extraction`` writes for
# the same record (tests/ledger/test_bulk.py compares the two ledgers).

def _store_sections(stored: list[Document], by_doc, res: BulkResult) -> dict[int, list[dict]]:
    """Sections in document order, each under the last one before it of a higher level (``ingest.nest_sections``);
    their rows by document id."""
    out: dict[int, list[dict]] = {}
    rows: list[dict] = []
    for doc in stored:
        n = len(doc.text)
        mine = [dict(document_id=doc.pk, order=s["order"], level=s["level"], label=(s["label"] or "")[:32],
                     title=(s["title"] or "")[:1000], kind=s["kind"] or "", start=s["start"], end=s["end"],
                     parent_id=None)
                for s in sorted(by_doc[doc.sha256]["sections"], key=lambda r: r["order"]) if 0 <= s["start"] <= n]
        out[doc.pk] = mine
        rows += mine
    for s, pk in zip(rows, draw_ids(Section, len(rows))):
        s["id"] = pk
    for mine in out.values():
        stack: list[dict] = []
        for s in mine:
            while stack and stack[-1]["level"] >= s["level"]:
                stack.pop()
            if stack:
                s["parent_id"] = stack[-1]["id"]
            stack.append(s)
    write_rows(Section, rows)
    res.sections += len(rows)
    return out


def _store_facts(stored: list[Document], regions: list, by_doc, ctx: _Context, res: BulkResult) -> None:
    from taizhang.extract import parquet as P
    rows: list = []
    for doc, doc_region in zip(stored, regions):
        n = len(doc.text)
        local = ctx.unlisted.get(doc.sha256)
        for r in sorted(by_doc[doc.sha256]["facts"], key=lambda r: r["order"]):
            if not (0 <= r["vstart"] <= r["vend"] <= n and 0 <= r["estart"] <= r["eend"] <= n):
                continue
            d = P.record_row("facts", r)
            d.pop("doc", None)
            indicator = ctx.indicator_of(r["indicator"] or "")
            subject = r["subject"] or ""
            region = ((local.get(ctx.clean(subject)) if local else None) or ctx.region(subject) or doc_region)
            f = dict(document_id=doc.pk, vstart=r["vstart"], vend=r["vend"], estart=r["estart"], eend=r["eend"],
                     evidence=doc.text[r["estart"]:r["eend"]], value=float(r["value"]),
                     unit=(r["unit"] or d.get("unit_implied") or "")[:20],
                     kind=r["kind"], measure=r["measure"], comparator=r["comparator"] or "=",
                     period=(r["period"] or "")[:32], subject=canon.link_subject(r["subject"] or "")[:100],
                     indicator_name=(r["indicator"] or "")[:200], indicator_id=indicator.pk if indicator else None,
                     region_id=region.pk if region else None, estimated=bool(r["estimated"]), extracted=d)
            f["search"] = " ".join(x for x in (f["evidence"], f["indicator_name"], f["subject"], f["period"]) if x)
            rows.append(f)
            res.touched_keys.add((f["indicator_id"], f["subject"], f["measure"]))
    for f, pk in zip(rows, draw_ids(Fact, len(rows))):
        f["id"] = pk
    write_rows(Fact, rows)
    searchindex.insert_item_postings(SearchGram.FACT, [(f["id"], f["search"]) for f in rows])
    res.facts += len(rows)


def _store_projects(stored: list[Document], regions: list, by_doc, res: BulkResult) -> None:
    from taizhang.extract import parquet as P
    mentions = []
    for doc, doc_region in zip(stored, regions):
        for r in sorted(by_doc[doc.sha256]["projects"], key=lambda r: r["order"]):
            if not (0 <= r["start"] <= r["end"] <= len(doc.text)):
                continue
            key = ingest.project_key(r["name"] or r["mention"] or "")
            if key:
                mentions.append((doc, doc_region, key, r))
    keys = {k for _, _, k, _ in mentions}
    known = dict(Project.objects.filter(name__in=keys).values_list("name", "id"))
    fresh = {}
    for _, doc_region, key, r in mentions:
        if key not in known and key not in fresh:
            fresh[key] = _new_project(key, r, doc_region)
    Project.objects.bulk_create([fresh[k] for k in sorted(fresh)], ignore_conflicts=True, batch_size=1000)
    known.update(Project.objects.filter(name__in=list(fresh)).values_list("name", "id"))
    rows = []
    for doc, _, key, r in mentions:
        m = SimpleNamespace(investment=[SimpleNamespace(**i) for i in (r["investment"] or [])])
        planned, completed = ingest._investments(m)
        es, ee = canon.sentence_around(doc.text, r["start"], r["end"])
        d = P.record_row("projects", r)
        d.pop("doc", None)
        rows.append(dict(project_id=known[key], document_id=doc.pk, start=r["start"], end=r["end"],
                         mention=(r["mention"] or "")[:300], stage=r["stage"] or "unknown",
                         location=(r["location"] or "")[:100], investment_planned=planned,
                         investment_completed=completed, evidence=doc.text[es:ee], estart=es, eend=ee, extracted=d))
        res.touched_projects.add(known[key])
    for m, pk in zip(rows, draw_ids(ProjectMention, len(rows))):
        m["id"] = pk
    write_rows(ProjectMention, rows)
    res.projects += len(rows)


def _task_defaults() -> tuple[dict, dict]:
    """The extractor's Task and OutlineStep fields with their defaults: a Parquet row that lacks a field gets the
    value ``dataclasses.asdict`` of the record would give (``ingest.task_rows`` stores that)."""
    from dataclasses import MISSING, fields

    from taizhang.extract.tasks import OutlineStep, Task as TaskRecord

    def defaults(cls):
        return {f.name: (f.default if f.default is not MISSING else
                         f.default_factory if f.default_factory is not MISSING else MISSING) for f in fields(cls)}
    return defaults(TaskRecord), defaults(OutlineStep)


def _filled(values: dict, defaults: dict) -> dict:
    """``values`` on the dataclass's fields (others dropped), missing ones from their defaults (callables called)."""
    out = {}
    for k, default in defaults.items():
        if k in values:
            out[k] = values[k]
        elif callable(default):
            out[k] = default()
        else:
            out[k] = default
    return out


def _store_tasks(stored: list[Document], regions: list, sections: dict[int, list[dict]], by_doc,
                 res: BulkResult) -> None:
    """The rows ``ingest.task_rows`` makes, each tied to the first section that starts where the task does."""
    import datetime

    from taizhang.extract import parquet as P
    tdefaults, odefaults = _task_defaults()
    rows: list[dict] = []
    for doc, doc_region in zip(stored, regions):
        records = sorted(by_doc[doc.sha256]["tasks"], key=lambda r: r["order"])
        if not records:
            continue
        by_start: dict[int, int] = {}
        for s in sections.get(doc.pk, []):
            by_start.setdefault(s["start"], s["id"])
        text, n = doc.text, len(doc.text)
        for r in records:
            t = _filled(P.record_row("tasks", r), tdefaults)
            t["outline"] = [_filled(o, odefaults) for o in t.get("outline") or []]
            t["lead_units"] = list(t["lead_units"] or [])
            t["co_units"] = list(t["co_units"] or [])
            res.tasks += 1
            if not (0 <= t["start"] <= t["end"] <= n):
                continue
            d = dict(t)  # t's lists and dicts are this row's own (record_row, _filled): only read from here on
            d.pop("doc", None)
            body = text[t["start"]:t["end"]]
            title = (t["title"] or body).strip()[:1000]
            rows.append(dict(document_id=doc.pk, section_id=by_start.get(t["start"]), start=t["start"], end=t["end"],
                             title=title, text=body[:4000], kind=t["kind"], deadline=t["period"][:32],
                             region_id=doc_region.pk if doc_region else None, search=title + " " + body[:1000],
                             lead_units=list(t["lead_units"]), co_units=list(t["co_units"]),
                             leader=t["leader"][:100], deadline_text=t["deadline"][:100],
                             due=datetime.date.fromisoformat(t["due"]) if t["due"] else None,
                             outline=d.get("outline", []), extracted=d))
    for t, pk in zip(rows, draw_ids(Task, len(rows))):
        t["id"] = pk
    write_rows(Task, rows)
    searchindex.insert_item_postings(SearchGram.TASK, [(t["id"], t["search"]) for t in rows])


# --------------------------------------------------------------------------- COPY on PostgreSQL

def _next_ids(model, n: int) -> list[int]:
    table = model._meta.db_table
    with connection.cursor() as cur:
        cur.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, n])
        return [r[0] for r in cur.fetchall()]


def draw_ids(model, n: int) -> list[int]:
    """``n`` fresh primary keys of ``model``'s table, drawn before its rows are written (so that rows written
    later can point at them).  PostgreSQL: from the table's sequence.  SQLite: after the highest id the table
    ever gave (its AUTOINCREMENT counter or its rows), inside the batch's transaction, which holds SQLite's one
    write lock from its first insert on; the rows must be written before ids are drawn again."""
    if n <= 0:
        return []
    if connection.vendor == "postgresql":
        return _next_ids(model, n)
    if not connection.in_atomic_block:
        raise RuntimeError("draw_ids on SQLite needs the batch's transaction")
    table = model._meta.db_table
    with connection.cursor() as cur:
        cur.execute(f"SELECT MAX(id) FROM {connection.ops.quote_name(table)}")
        top = cur.fetchone()[0] or 0
        cur.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        seq = cur.fetchone()
    top = max(top, seq[0] if seq else 0)
    return list(range(top + 1, top + 1 + n))


def write_rows(model, rows: list[dict]) -> None:
    """Insert plain rows (attname → value, ``id`` set by ``draw_ids``): one COPY on PostgreSQL, one
    ``executemany`` elsewhere with each value prepared by its field as Django prepares it; a field a row lacks
    takes its default."""
    if not rows:
        return
    if connection.vendor == "postgresql":
        copy_dicts(model, rows)
        return
    fields_ = list(model._meta.concrete_fields)
    defaults = {f.attname: f.get_default() for f in fields_ if not f.primary_key}
    plain = {f.attname: f.primary_key or f.get_internal_type() in _PLAIN_TYPES for f in fields_}
    cols = ", ".join(connection.ops.quote_name(f.column) for f in fields_)
    sql = (f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({cols}) "
           f"VALUES ({', '.join(['%s'] * len(fields_))})")

    def value(f, row):
        v = row[f.attname] if f.attname in row else defaults[f.attname]
        return v if plain[f.attname] or v is None else f.get_db_prep_save(v, connection)
    with connection.cursor() as cur:
        for k in range(0, len(rows), 2000):
            cur.executemany(sql, [tuple(value(f, row) for f in fields_) for row in rows[k:k + 2000]])


def _db_value(field, obj):
    v = field.pre_save(obj, add=True) if field.attname != "id" else obj.pk
    if v is None:
        return None
    internal = field.get_internal_type()
    if internal == "JSONField":
        return json.dumps(v, ensure_ascii=False)
    if internal == "ForeignKey":
        return v
    return field.get_db_prep_save(v, connection)


def insert(model, objs: list) -> None:
    """``objs`` into their table: COPY on PostgreSQL, plain ``executemany`` on SQLite inside a transaction,
    ``bulk_create`` elsewhere (pks set either way)."""
    if connection.vendor == "postgresql":
        copy_rows(model, objs)
    elif connection.vendor == "sqlite" and _sqlite_fast(model, objs):
        sqlite_rows(model, objs)
    else:
        model.objects.bulk_create(objs, batch_size=1000)


def _sqlite_fast(model, objs: list) -> bool:
    """Whether ``sqlite_rows`` may write ``objs``: inside a transaction (which, after its first insert, holds
    SQLite's one write lock, so the ids that follow the first are free), an auto-increment id, no parent table,
    and no object with an id of its own."""
    from django.db.models import AutoField, BigAutoField, SmallAutoField
    meta = model._meta
    return (len(objs) > 1 and connection.in_atomic_block and not meta.parents
            and isinstance(meta.pk, (AutoField, BigAutoField, SmallAutoField)) and all(o.pk is None for o in objs))


# field types whose Python value SQLite takes as it is (str, int, float, bool, None): no per-value preparation
_PLAIN_TYPES = {"CharField", "TextField", "IntegerField", "PositiveIntegerField", "PositiveSmallIntegerField",
                "SmallIntegerField", "BigIntegerField", "FloatField", "BooleanField", "ForeignKey", "SlugField"}


def sqlite_rows(model, objs: list) -> None:
    """``bulk_create`` without its per-value SQL compilation: the first row goes in through ``bulk_create`` (its id
    comes back and the transaction takes the write lock), the rest with one ``executemany`` and the ids after it.
    Django's own preparation of each object is kept (unsaved related objects' ids copied, ``auto_now_add``
    filled, values adapted by each field unless SQLite takes them as they are), so the rows are the ones
    ``bulk_create`` would write."""
    first, rest = objs[:1], objs[1:]
    model.objects.bulk_create(first)
    if first[0].pk is None:  # a SQLite without RETURNING: no id to count on
        model.objects.bulk_create(rest, batch_size=1000)
        return
    from django.db import connections
    conn = connections[connection.alias]  # the wrapper itself: the proxy's per-attribute look-up showed in profiles
    fields_ = [f for f in model._meta.concrete_fields if f is not model._meta.pk]
    plain = [f.get_internal_type() in _PLAIN_TYPES for f in fields_]
    pk = model._meta.pk
    cols = ", ".join(conn.ops.quote_name(c) for c in [pk.column] + [f.column for f in fields_])
    sql = (f"INSERT INTO {conn.ops.quote_name(model._meta.db_table)} ({cols}) "
           f"VALUES ({', '.join(['%s'] * (len(fields_) + 1))})")
    next_id = first[0].pk + 1
    alias = conn.alias
    with conn.cursor() as cur:
        for k in range(0, len(rest), 2000):
            block = []
            for obj in rest[k:k + 2000]:
                obj._prepare_related_fields_for_save(operation_name="bulk_create")
                obj.pk = next_id
                next_id += 1
                d = obj.__dict__
                block.append((obj.pk, *(d[f.attname] if is_plain
                                        else f.get_db_prep_save(f.pre_save(obj, add=True), conn)
                                        for f, is_plain in zip(fields_, plain))))
                obj._state.adding, obj._state.db = False, alias
            cur.executemany(sql, block)


def _getter(field):
    """How COPY reads a field's value from an object: straight from its ``__dict__`` for the types PostgreSQL
    takes as they are (most of them), JSON dumped, Django's own preparation for the rest."""
    internal = field.get_internal_type()
    if field.primary_key:
        return lambda obj: obj.pk
    if internal == "JSONField":
        a = field.attname
        return lambda obj: None if obj.__dict__[a] is None else _JSON.encode(obj.__dict__[a])
    if internal in _PLAIN_TYPES and not getattr(field, "auto_now_add", False):
        a = field.attname
        return lambda obj: obj.__dict__[a]
    return lambda obj: _db_value(field, obj)


def copy_rows(model, objs: list, ids_set: bool = False) -> None:
    """Insert ``objs`` with one COPY; their primary keys are drawn from the table's sequence first
    (unless ``ids_set``: the caller drew them with ``_next_ids``)."""
    if not objs:
        return
    if not ids_set:
        for obj, pk in zip(objs, _next_ids(model, len(objs))):
            obj.pk = pk
    fields_ = [f for f in model._meta.concrete_fields]
    get = [_getter(f) for f in fields_]
    cols = ", ".join(connection.ops.quote_name(f.column) for f in fields_)
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cur:
        with cur.cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
            for obj in objs:
                copy.write_row(tuple(g(obj) for g in get))


# json.dumps(v, ensure_ascii=False) makes an encoder per call: one for the whole load (the same text)
_JSON = json.JSONEncoder(ensure_ascii=False)


def copy_dicts(model, rows: list[dict]) -> None:
    """Insert ``rows`` (attname → value, ``id`` set) with one COPY, without model objects: a field a row lacks
    takes its default.  Rows with the keys of the first (as a batch's rows are) are read by one ``itemgetter``
    into the COPY's column order, the columns they lack sent as constants after them."""
    if not rows:
        return
    from operator import itemgetter
    fields_ = [f for f in model._meta.concrete_fields]
    json_fields = {f.attname for f in fields_ if f.get_internal_type() == "JSONField"}
    columns = {f.attname: f.column for f in fields_}
    keys = rows[0].keys()
    present = [f.attname for f in fields_ if f.attname in keys]
    if len(present) != len(keys) or any(r.keys() != keys for r in rows):
        present = []  # rows of different shapes: each row's values looked up one by one
    absent = [f for f in fields_ if f.attname not in present]
    tail = []
    for f in absent:
        v = None if f.primary_key else f.get_default()
        tail.append(json.dumps(v, ensure_ascii=False) if f.attname in json_fields and v is not None else v)
    tail = tuple(tail)
    jpos = [i for i, name in enumerate(present) if name in json_fields]
    cols = ", ".join(connection.ops.quote_name(columns[name]) for name in present + [f.attname for f in absent])
    table = connection.ops.quote_name(model._meta.db_table)
    dumps = _JSON.encode
    with connection.cursor() as cur:
        with cur.cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
            if not present:
                names = [f.attname for f in absent]
                for row in rows:
                    copy.write_row([(dumps(row[n]) if n in json_fields and row[n] is not None
                                     else row[n]) if n in row else d for n, d in zip(names, tail)])
                return
            get = itemgetter(*present) if len(present) > 1 else (lambda r, n=present[0]: (r[n],))
            write = copy.write_row
            if not jpos:
                for row in rows:
                    write(get(row) + tail)
                return
            for row in rows:
                values = list(get(row))
                for i in jpos:
                    if values[i] is not None:
                        values[i] = dumps(values[i])
                write(values + list(tail) if tail else values)


def copy_grams(model, items: Iterable) -> int:
    """The bigram search postings of ``items`` (which have pks), COPY'd on PostgreSQL."""
    return searchindex.insert_postings(searchindex.KIND_OF[model],
                                       ((it.pk, g) for it in items for g in searchindex.grams(it.search)))
