"""A million facts: `taizhang ingest --from-parquet` into PostgreSQL, and the ledger's pages at that size.

    .venv/bin/python bench/million.py [--facts 1000000] [--corpus DIR ...] [--pg URL] [--keep DIR] [--runs 20]
                                      [--workers N] [--no-pages]
    .venv/bin/python bench/million.py --pg URL --db NAME [--only WORD ...] [--explain [WORD ...] [--plans]]
                                      [--profile [WORD ...]]

1. The real extractor runs on the corpus (../shared/corpus and ../shared/dev, else the bundled samples); its rows
   are replicated into a Parquet extraction of at least --facts facts, in the schema `taizhang extract --workers`
   writes (`extract/parquet.py`), 200 documents a part.  Each copy of a document gets its own content hash and
   name and stands for the same kind of document from another place: every place it names (fact subjects,
   document regions, project names) is replaced by a county of the gazetteer, --per-county copies per county (a
   county's documents over the years), so target keys and projects grow with the ledger as they would, instead
   of every copy piling onto the corpus's few keys.
2. That folder goes into a fresh database of a throw-away PostgreSQL (started as scripts/postgres.sh does,
   unless --pg) with `bulk.ingest_parquet`, the function behind `taizhang ingest --from-parquet`.
3. Reference, same run: the rows the ingest stored (documents, sections, facts, project mentions, tasks) are
   COPY'd again, table to table, into copies of those tables without indexes: `ingest_vs_plain_copy` is the
   ingest's wall time over that.
4. The ledger's pages (those of bench/ledger_pages.py, the other lists, a deep page, item pages, the document with
   the most facts) and the home page of a supervisor and of a leader (over a supervision world of 2,000 items made
   once per database: `supervision_world`) are timed through Django's test client, --runs times each after one
   warm-up; p50 and p95 per page.

Prints one figure a line on stdout (notes on stderr):

    facts N, documents N, ingest_seconds X, ingest_minutes X, ingest_rows_per_s X, ingest_facts_per_s X,
    `stage <name> seconds X python_cpu X server_cpu X load X → Y` per stage of the load (the server's CPU when it
    runs here; the box's load average at the stage's start and end),
    python_cpu_seconds X, server_cpu_seconds X, load_average_ingest X → Y,
    plain_copy_seconds X, ingest_vs_plain_copy X, then `load_average_before X`,
    `page <label> p50 X p95 Y cpu_p50 X cpu_p95 Y` per page (milliseconds; cpu: this process's CPU time per request,
    the view's and template's Python and the client's, which a busy box inflates less than wall time),
    `load_average_after X` and `pages_worst_p95 X` (goals: ingest under 10 minutes, every page p95 ≤ 150 ms).
    With --db: --explain prints each page's queries' summed EXPLAIN ANALYZE time, --profile each page's cProfile
    totals (`profile <label> total X template X sql X python X queries N`, the costliest functions on stderr).
"""
from __future__ import annotations

import argparse
import hashlib
import math
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from scale import note, start_postgres, stop_postgres  # noqa: E402

PART_DOCS = 200


def base_rows(files: list[Path]) -> dict[str, list[dict]]:
    """Every table's rows of the real extraction of ``files`` (one process, as a worker makes them)."""
    from taizhang.extract import extract_file
    from taizhang.extract import parquet as P
    out: dict[str, list[dict]] = {t: [] for t in P.TABLES}
    for i, p in enumerate(files):
        data = p.read_bytes()
        rows = P.extraction_rows(extract_file(p), hashlib.sha256(data).hexdigest(), i, str(p), len(data))
        for table, rs in rows.items():
            out[table] += rs
    return out


def county_names() -> list[str]:
    from taizhang.extract.regions import gazetteer
    seen, names = set(), []
    for r in gazetteer().regions:
        if r.code and r.level == 3 and r.current and r.name not in seen and len(r.name) >= 2:
            seen.add(r.name)
            names.append(r.name)
    return names


def replicate(base: dict[str, list[dict]], out: Path, facts_goal: int, per_county: int = 8) -> tuple[int, int]:
    """The Parquet extraction under ``out``: copies of ``base`` until ``facts_goal`` facts; (documents, facts)."""
    import pyarrow as pa

    from taizhang.extract import parquet as P
    docs = base["documents"]
    per_copy = len(base["facts"])
    if not docs or not per_copy:
        raise SystemExit("the corpus gave no facts")
    copies = math.ceil(facts_goal / per_copy)
    # the places the corpus names, each copy group (one county's documents) mapping them onto counties of its own
    places = sorted({f["subject"] for f in base["facts"] if f["subject"]} |
                    {r for d in docs for r in d["regions"] or []})
    index = {p: j for j, p in enumerate(places)}
    counties = county_names()
    tables = {t: pa.Table.from_pylist(rs, schema=P.SCHEMAS[t]) for t, rs in base.items() if rs and t != "errors"}
    cols = {t: {name: tab.column(name).to_pylist() for name in ("doc_id", "seq")} for t, tab in tables.items()}
    subjects = tables["facts"].column("subject").to_pylist()
    regions = tables["documents"].column("regions").to_pylist()
    names = tables["documents"].column("doc").to_pylist()
    paths = tables["documents"].column("path").to_pylist()
    pnames = tables["projects"].column("name").to_pylist() if "projects" in tables else []
    n_docs = len(docs)
    copies_per_part = max(1, PART_DOCS // n_docs)
    written = 0
    for c0 in range(0, copies, copies_per_part):
        parts: dict[str, list] = {t: [] for t in tables}
        for c in range(c0, min(copies, c0 + copies_per_part)):
            group = c // per_county
            place = {p: counties[(group * len(places) + j) % len(counties)] for p, j in index.items()}
            ids = {d: hashlib.sha256(f"{d}:{c}".encode()).hexdigest() for d in cols["documents"]["doc_id"]}
            for t, tab in tables.items():
                tab = tab.set_column(0, "doc_id", pa.array([ids[d] for d in cols[t]["doc_id"]], pa.string()))
                tab = tab.set_column(1, "seq", pa.array([c * n_docs + s for s in cols[t]["seq"]], pa.int64()))
                if t == "facts":
                    i = tab.schema.get_field_index("subject")
                    tab = tab.set_column(i, "subject", pa.array([place.get(s, s) for s in subjects], pa.string()))
                elif t == "documents":
                    i = tab.schema.get_field_index("regions")
                    tab = tab.set_column(i, "regions", pa.array([[place.get(r, r) for r in rs or []]
                                                                 for rs in regions], pa.list_(pa.string())))
                    for name, vals in (("doc", names), ("path", paths)):
                        i = tab.schema.get_field_index(name)
                        tab = tab.set_column(i, name, pa.array([f"{c:06d}_{v}" for v in vals], pa.string()))
                elif t == "projects":
                    home = counties[(group * len(places)) % len(counties)]
                    i = tab.schema.get_field_index("name")
                    tab = tab.set_column(i, "name", pa.array([f"{home}{v}" if v else v for v in pnames], pa.string()))
                parts[t].append(tab)
        part = f"million-{c0:07d}"
        for t in [t for t in tables if t != "documents"] + ["documents"]:  # documents last: the commit mark
            P._write_table(P.part_path(out, t, part), pa.concat_tables(parts[t]))
        written += sum(len(x) for x in parts["documents"])
    return written, copies * per_copy


# --------------------------------------------------------------------------- the database

def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _cpu_of(pid: int, children_of_it: bool) -> float:
    """CPU seconds of process ``pid`` (with its reaped children's) plus, with ``children_of_it``, its live children's
    (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = sum(int(x) for x in _stat(pid)[11:15])  # utime, stime, cutime, cstime
    if children_of_it:
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and entry.name != str(pid):
                try:
                    st = _stat(int(entry.name))
                except (OSError, IndexError):
                    continue
                if int(st[1]) == pid:
                    total += int(st[11]) + int(st[12])
    return total / tick


def postmaster_pid(pg_dir: Path | None) -> int | None:
    """The postmaster of the cluster scale.start_postgres started in ``pg_dir`` (scripts/postgres.sh's layout)."""
    if pg_dir is None:
        return None
    try:
        return int((pg_dir / "var" / "pg" / "data" / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def local_postmaster() -> int | None:
    """The postmaster of the server Django is connected to when it runs on this machine (--pg): the parent of our
    backend process, read from /proc; None for a server elsewhere."""
    from django.db import connection
    with connection.cursor() as cur:
        cur.execute("SELECT pg_backend_pid()")
        backend = cur.fetchone()[0]
    try:
        st = _stat(backend)
    except (OSError, IndexError):
        return None
    return int(st[1]) if "postgres" in Path(f"/proc/{st[1]}/cmdline").read_bytes().decode(errors="replace") else None


class CpuSampler:
    """Every ``every`` seconds in a thread: wall time, the CPU seconds of this process and its storing processes,
    and those of the PostgreSQL cluster (postmaster, its live and exited backends) when it runs here; then each
    stage's share from the load's spans, so a profile says Python CPU, server CPU and the rest (waiting)."""

    def __init__(self, server_pid: int | None, every: float = 1.0):
        import threading
        self.server_pid, self.every, self.samples = server_pid, every, []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> tuple[float, float, float, float]:
        server = 0.0
        if self.server_pid:
            try:
                server = _cpu_of(self.server_pid, True)
            except OSError:
                pass
        return time.perf_counter(), _cpu_of(os.getpid(), True), server, os.getloadavg()[0]

    def _run(self):
        while not self._stop.wait(self.every):
            self.samples.append(self.sample())

    def __enter__(self):
        self.samples.append(self.sample())
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.samples.append(self.sample())

    def at(self, t: float) -> tuple:
        """The first sample at or after ``t`` (the last one when none is)."""
        return min((s for s in self.samples if s[0] >= t), key=lambda s: s[0], default=self.samples[-1])

    def between(self, t0: float, t1: float) -> tuple[float, float]:
        """(Python CPU, server CPU) seconds from the first sample at or after ``t0`` to the first at or after ``t1``,
        so that consecutive stages add up to the whole.  (A storing process that has exited shows no CPU until it is
        reaped, at the end of its stage: a sample in between, taken as the next stage's start, gave that stage the
        storing processes' CPU a second time.)"""
        a, b = self.at(t0), self.at(t1)
        return b[1] - a[1], b[2] - a[2]

    def load(self, t0: float, t1: float) -> tuple[float, float]:
        """The box's load average (1 minute) at the samples nearest ``t0`` and ``t1``."""
        return self.at(t0)[3], self.at(t1)[3]


def fresh_database(pg: str, data_dir: Path) -> str:
    import psycopg
    db = f"taizhang_million_{os.getpid()}"
    with psycopg.connect(pg, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{db}"')
        c.execute(f'CREATE DATABASE "{db}"')
    url = f"{pg.rsplit('/', 1)[0]}/{db}"
    os.environ["TAIZHANG_DB_URL"] = url
    os.environ.setdefault("TAIZHANG_DATA_DIR", str(data_dir))
    os.environ.setdefault("TAIZHANG_DEBUG", "0")
    from taizhang.commands import setup_django
    setup_django()
    from django.core.management import call_command
    call_command("migrate", interactive=False, verbosity=0)
    return db


COPIED = ("document", "section", "fact", "projectmention", "task")


def plain_copy_seconds() -> float:
    """COPY of the ingested rows, table to table, into index-free copies of their tables (the reference)."""
    from django.db import connection
    conn = connection.connection
    t = 0.0
    with conn.cursor() as cur:
        for name in COPIED:
            src = f"ledger_{name}"
            cur.execute(f'CREATE TABLE "ref_{name}" (LIKE "{src}")')
    conn.commit()
    import psycopg
    info = conn.info
    with psycopg.connect(host=info.host, port=info.port, user=info.user, dbname=info.dbname) as other:
        t0 = time.perf_counter()
        for name in COPIED:
            with conn.cursor() as src, other.cursor() as dst:
                with src.copy(f'COPY "ledger_{name}" TO STDOUT (FORMAT binary)') as out, \
                        dst.copy(f'COPY "ref_{name}" FROM STDIN (FORMAT binary)') as into:
                    for block in out:
                        into.write(block)
        other.commit()
        t = time.perf_counter() - t0
    with conn.cursor() as cur:
        for name in COPIED:
            cur.execute(f'DROP TABLE "ref_{name}"')
    conn.commit()
    return t


WORLD_ITEMS = 2000  # supervision items beside the million facts (an office's ledger of a few years)
WORLD_UNITS = 40


def supervision_world(n_items: int = WORLD_ITEMS, n_units: int = WORLD_UNITS) -> dict[str, str]:
    """The supervision loop the home page shows, made once per database: ``n_units`` units (the demo's 岚溪县 and
    numbered departments), ``n_items`` items over them in every colour and status (milestones, accepted reports,
    reports waiting and returned, change requests, an inspection round with findings, proposals read from the
    ledger's documents), and one user per role that lands on its own home page: {label: username}."""
    import datetime as dt
    import itertools

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from taizhang.ledger.models import Document
    from taizhang.supervision import demo
    from taizhang.supervision.models import (ChangeRequest, Finding, InspectionRound, Item, Membership, Milestone,
                                             ProgressReport, Proposal, Role, Status, Unit)
    users = {"supervisor": "bench-supervisor", "leader": "bench-leader"}
    User = get_user_model()
    if Item.objects.filter(code="BENCH-00000").exists():
        return users
    units = list(demo.ensure_units().values())
    for i in range(len(units), n_units):
        units.append(Unit.objects.get_or_create(name=f"岚溪县第{i:02d}工作专班", defaults={"order": i})[0])
    sup, _ = User.objects.get_or_create(username=users["supervisor"])
    lead, _ = User.objects.get_or_create(username=users["leader"])
    liaison, _ = User.objects.get_or_create(username="bench-liaison")
    Membership.objects.update_or_create(user=sup, defaults={"role": Role.SUPERVISOR, "unit": units[1]})
    Membership.objects.update_or_create(user=lead, defaults={"role": Role.LEADER, "unit": units[0]})
    Membership.objects.update_or_create(user=liaison, defaults={"role": Role.LIAISON, "unit": units[2]})
    today = timezone.localdate()
    shapes = itertools.cycle([  # status, deadline in days, progress, expected progress of a milestone due
        (Status.IN_PROGRESS, -3, 10, None), (Status.IN_PROGRESS, 40, 10, 50), (Status.ACCEPTED, 5, 0, None),
        (Status.IN_PROGRESS, 90, 60, 50), (Status.CLOSED, -10, 100, None), (Status.COMPLETION_REQUESTED, 20, 95, 90),
        (Status.RETURNED, -1, 30, None), (Status.IN_PROGRESS, 200, 35, 30), (Status.ASSIGNED, 120, 0, None)])
    items, expect = [], []
    for k in range(n_items):
        status, days, progress, expected = next(shapes)
        expect.append(expected)
        items.append(Item(code=f"BENCH-{k:05d}", title=f"岚溪县自拟督办事项第{k}项：推进重点工作任务落实", position=k,
                          lead_unit=units[k % len(units)], status=status, progress=progress,
                          deadline=today + dt.timedelta(days=days + k % 7),
                          assigned_at=timezone.now() - dt.timedelta(days=60 + k % 90)))
    items = Item.objects.bulk_create(items, batch_size=1000)
    milestones, reports = [], []
    for k, (item, expected) in enumerate(zip(items, expect)):
        if expected is not None:
            milestones += [Milestone(item=item, due=today - dt.timedelta(days=1), expected_progress=expected),
                           Milestone(item=item, due=today + dt.timedelta(days=30), expected_progress=100)]
        if k % 2 == 0:
            reports.append(ProgressReport(item=item, unit=item.lead_unit, author=liaison, progress=item.progress,
                                          text="按计划推进", state=ProgressReport.State.ACCEPTED))
        if k % 50 == 1:
            reports.append(ProgressReport(item=item, unit=item.lead_unit, author=liaison, progress=item.progress + 5,
                                          text="本月完成阶段任务", state=ProgressReport.State.SUBMITTED))
        if k % 80 == 3:
            reports.append(ProgressReport(item=item, unit=item.lead_unit, author=liaison, progress=item.progress,
                                          text="进展说明", state=ProgressReport.State.RETURNED,
                                          return_reason="请补充佐证材料"))
    Milestone.objects.bulk_create(milestones, batch_size=2000)
    ProgressReport.objects.bulk_create(reports, batch_size=2000)
    ChangeRequest.objects.bulk_create([
        ChangeRequest(item=items[k], kind=ChangeRequest.Kind.EXTENSION, reason="征地拆迁未完成", requested_by=liaison,
                      new_deadline=today + dt.timedelta(days=60)) for k in range(6, n_items, 97)])
    rnd = InspectionRound.objects.create(name="第一轮专项督查", team="第一督查组", start=today, end=today,
                                         created_by=sup)
    rnd.scope_units.set(units)
    states = itertools.cycle([Finding.State.OPEN, Finding.State.NOTIFIED, Finding.State.RECTIFIED,
                              Finding.State.CLOSED])
    Finding.objects.bulk_create([
        Finding(round=rnd, item=items[k], unit=items[k].lead_unit, description="台账更新不及时，佐证材料不全",
                due=today + dt.timedelta(days=10), state=next(states), found_by=sup)
        for k in range(0, n_items, 25)])
    docs = list(Document.objects.order_by("-id").values_list("id", "title", "published")[:60])
    Proposal.objects.bulk_create([
        Proposal(item=items[k * 31], kind=Proposal.Kind.ACTUAL, document_id=d, document_title=t, published=p or "",
                 evidence="上半年地区生产总值增长5.2%", period="2025-H1", value=5.2, unit="%", target_value=6,
                 target_unit="%", gap=-0.8, completion=87, progress=87)
        for k, (d, t, p) in enumerate(docs)])
    return users


def pages() -> list[tuple]:
    """(label, url) or (label, url, role) of every timed page: the bench's superuser reads the page unless a role
    of ``supervision_world`` is named (the home page each role lands on)."""
    from django.db.models import Count

    from taizhang.ledger.models import Document, Fact, Indicator, Project, Region, Task
    reg = Region.objects.order_by("id")[5].pk if Region.objects.count() > 5 else Region.objects.first().pk
    top = (Fact.objects.order_by().values_list("indicator_id").annotate(n=Count("*")).order_by("-n")[:1])
    ind = next(iter(top))[0]
    targets = Fact.objects.filter(kind="target").order_by("-id").values_list("id", flat=True)
    n = targets.count()  # a small trial run has fewer targets than the million's deep pages reach
    fact = targets[min(1000, n - 1)]
    linked = Fact.objects.filter(kind="target", links_out__isnull=False).values_list("id", flat=True).first() or fact
    project = Project.objects.order_by("-mention_count").values_list("id", flat=True).first()
    task = Task.objects.order_by("id").values_list("id", flat=True).first()
    doc = Document.objects.order_by("id").values_list("id", flat=True).first()
    # the document with the most facts (a plan's whole list of targets painted on its text)
    biggest = (Fact.objects.order_by().values_list("document_id").annotate(n=Count("*")).order_by("-n", "document_id")
               .values_list("document_id", flat=True).first()) or doc
    # the row page 200 follows (下一页 from page 199 carries it), and the fact most linked into (a crowded key)
    after = targets[min(199 * 50, n) - 1]
    from taizhang.ledger.models import FactLink
    crowded = (FactLink.objects.order_by().values_list("other_id").annotate(n=Count("*")).order_by("-n")
               .values_list("other_id", flat=True).first()) or fact
    return [("main list /targets/", "/targets/"),
            ("faceted filter (region+indicator)", f"/targets/?region={reg}&indicator={ind}"),
            ("faceted filter, 3 facets", f"/targets/?region={reg}&measure=growth&review=unreviewed"),
            ("search 整改 (2 chars)", "/targets/?q=整改"),
            ("search 增长 + facet", f"/targets/?q=增长&indicator={ind}"),
            ("tasks search 整改", "/tasks/?q=整改"),
            ("projects list", "/projects/"),
            ("dashboard /", "/"),
            ("ledger overview", "/overview/"),
            ("main list JSON", "/targets.json"),
            ("indicator page", f"/indicators/{ind}/"),
            ("actuals list", "/actuals/"),
            ("tasks list", "/tasks/"),
            ("targets page 200", "/targets/?page=200"),
            ("targets page 200 by keyset", f"/targets/?page=200&after={after}"),
            ("sorted by value", "/targets/?sort=value"),
            ("documents list", "/documents/"),
            ("indicators list", "/indicators/"),
            ("pipeline", "/pipeline/"),
            ("fact item", f"/facts/{fact}/"),
            ("fact item with links", f"/facts/{linked}/"),
            ("fact most linked into", f"/facts/{crowded}/"),
            ("project item", f"/projects/{project}/"),
            ("task item", f"/tasks/{task}/"),
            ("document item", f"/documents/{doc}/"),
            ("document with most facts", f"/documents/{biggest}/"),
            ("home as supervisor", "/", "supervisor"),
            ("home as leader", "/", "leader")]


_CLIENTS: dict = {}


def _bench_client(role: str | None = None):
    """A test client logged in as the bench's superuser (made once, found again by later page runs), or as the
    user of ``role`` in ``supervision_world`` (made with the world when the database has none)."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    if role in _CLIENTS:
        return _CLIENTS[role]
    settings.ALLOWED_HOSTS = ["*"]
    if role is None:
        user = get_user_model().objects.filter(username="bench").first() or \
            get_user_model().objects.create_superuser("bench", password=None)
    else:
        user = get_user_model().objects.get(username=supervision_world()[role])
    client = Client()
    client.force_login(user)
    _CLIENTS[role] = client
    return client


def _each_page(only: list[str] | None):
    """(label, url, client) of the pages whose label holds one of ``only`` (all without it)."""
    for label, url, *role in pages():
        if only and not any(o in label for o in only):
            continue
        yield label, url, _bench_client(role[0] if role else None)


def time_pages(runs: int, only: list[str] | None = None) -> float:
    from ledger_pages import timings
    supervision_world()
    worst = 0.0
    # the machine's load beside the figures: on a shared box the same page takes several times as long at load 10
    print(f"load_average_before {os.getloadavg()[0]:.1f}", flush=True)
    for label, url, client in _each_page(only):
        t = timings(client, url, runs)
        worst = max(worst, t["p95"])
        bad = "" if t["status"] == 200 else f" HTTP {t['status']}"
        print(f"page {label.replace(' ', '_')} p50 {t['p50']:.1f} p95 {t['p95']:.1f} "
              f"cpu_p50 {t['cpu50']:.1f} cpu_p95 {t['cpu95']:.1f}{bad}", flush=True)
    print(f"load_average_after {os.getloadavg()[0]:.1f}", flush=True)
    return worst


def profile_pages(only: list[str] | None = None, top: int = 12) -> None:
    """Each page under cProfile on this process's CPU clock (``ledger_pages.profiled``, 5 requests after a
    warm-up): ``profile <label> total X template Y sql Z python X-Z queries N`` (CPU ms per request: all of it,
    inside template rendering, inside the database cursor's execute), and the ``top`` functions by own time on
    stderr."""
    from ledger_pages import profiled
    supervision_world()
    for label, url, client in _each_page(only):
        got, text = profiled(client, url, top)
        print(f"profile {label.replace(' ', '_')} total {got['total']:.1f} template {got['template']:.1f} "
              f"sql {got['sql']:.1f} python {got['total'] - got['sql']:.1f} queries {got['queries']}", flush=True)
        note(f"--- {label} ({url})\n{text}")


def explain_pages(only: list[str] | None = None, plans: bool = False) -> None:
    """Each page's queries (as one view of it runs them) again under EXPLAIN (ANALYZE, BUFFERS): the sum of the
    server's execution times and of the buffers they touched, which depend less on the box's load than wall
    time.  One line a page, ``explain <label> queries N ms X buffers Y slowest Z``; with ``plans`` every query of
    5 ms or more and the slowest one's plan on stderr."""
    import json

    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    supervision_world()
    for label, url, client in _each_page(only):
        client.get(url)  # warm
        with CaptureQueriesContext(connection) as ctx:
            client.get(url)
        total, buffers, slowest = 0.0, 0, (0.0, "", None)
        n = 0
        with connection.cursor() as cur:
            for q in ctx.captured_queries:
                sql = q["sql"]
                if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                    continue
                n += 1
                cur.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql)
                plan = cur.fetchone()[0]
                plan = json.loads(plan) if isinstance(plan, str) else plan
                ms = plan[0]["Execution Time"] + plan[0].get("Planning Time", 0.0)
                top = plan[0]["Plan"]
                b = top.get("Shared Hit Blocks", 0) + top.get("Shared Read Blocks", 0)
                total += ms
                buffers += b
                if plans and ms >= 5:
                    note(f"  {label}: {ms:.1f} ms, {b} buffers: {sql[:300]}")
                if ms > slowest[0]:
                    slowest = (ms, sql, plan)
        print(f"explain {label.replace(' ', '_')} queries {n} ms {total:.1f} buffers {buffers} "
              f"slowest {slowest[0]:.1f}", flush=True)
        if plans and slowest[2] is not None:
            with connection.cursor() as cur:
                cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + slowest[1])
                note(f"--- {label}: {slowest[1][:600]}\n" + "\n".join(r[0] for r in cur.fetchall()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--corpus", type=Path, nargs="*",
                    default=[ROOT.parent / "shared" / "corpus", ROOT.parent / "shared" / "dev"])
    ap.add_argument("--per-county", type=int, default=8, help="copies of the corpus per county (default 8)")
    ap.add_argument("--pg", default=os.environ.get("TAIZHANG_TEST_PG"), help="PostgreSQL URL (default: start one)")
    ap.add_argument("--keep", type=Path, default=None, help="make the Parquet here and keep it (reused if present)")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--workers", type=int, default=None, help="storing processes (default: bulk.WORKERS)")
    ap.add_argument("--no-pages", action="store_true")
    ap.add_argument("--db", default=None, help="time the pages of this database on --pg (a kept earlier load) only")
    ap.add_argument("--explain", nargs="*", default=None,
                    help="with --db: EXPLAIN (ANALYZE, BUFFERS) each page's queries instead of timing the pages "
                         "(only the pages whose label holds one of the words given)")
    ap.add_argument("--plans", action="store_true", help="with --explain: each page's slowest plan on stderr")
    ap.add_argument("--profile", nargs="*", default=None,
                    help="with --db: each page once under cProfile instead of timing them (only the pages whose "
                         "label holds one of the words given)")
    ap.add_argument("--only", nargs="*", default=None, help="with --db: time only the pages whose label holds one "
                                                            "of these words")
    a = ap.parse_args()

    files = [p for d in a.corpus if d.is_dir()
             for p in sorted(d.rglob("*")) if p.is_file() and p.suffix in {".txt", ".html", ".htm"}]
    if not files:
        samples = ROOT / "src" / "taizhang" / "samples"
        files = sorted(p for p in samples.iterdir() if p.suffix in {".txt", ".html", ".htm"})
    tmp = a.keep or Path(tempfile.mkdtemp(prefix="taizhang-million-"))
    tmp.mkdir(parents=True, exist_ok=True)
    pq_dir = tmp / "parquet"
    pg_here = None
    try:
        if not a.db and not (pq_dir / "documents").is_dir():
            t0 = time.perf_counter()
            base = base_rows(files)
            note(f"corpus: {len(files)} files, {len(base['facts'])} facts ({time.perf_counter() - t0:.1f} s)")
            t0 = time.perf_counter()
            n_docs, n_facts = replicate(base, pq_dir, a.facts, a.per_county)
            note(f"parquet: {n_docs} documents, {n_facts} facts ({time.perf_counter() - t0:.1f} s)")
        pg = a.pg
        if not pg:
            os.environ.setdefault("TAIZHANG_BENCH_PG_PORT", "54378")  # not bench/scale.py's, which may be running
            run_dir = tmp / f"run-{os.getpid()}"  # a kept folder is used again: each run's server in its own
            run_dir.mkdir()
            pg, pg_here = start_postgres(run_dir)
        if not pg:
            print("ingest_rows_per_s nan", flush=True)
            return 1
        if a.db:
            os.environ["TAIZHANG_DB_URL"] = f"{pg.rsplit('/', 1)[0]}/{a.db}"
            os.environ.setdefault("TAIZHANG_DATA_DIR", str(tmp / "var"))
            os.environ.setdefault("TAIZHANG_DEBUG", "0")
            from taizhang.commands import setup_django
            setup_django()
            from django.core.management import call_command
            call_command("migrate", interactive=False, verbosity=0)
            from django.contrib.auth import get_user_model
            if a.explain is not None:
                explain_pages(a.explain, a.plans)
                return 0
            if a.profile is not None:
                profile_pages(a.profile)
                return 0
            get_user_model().objects.filter(username="bench").delete()
            print(f"pages_worst_p95 {time_pages(a.runs, a.only):.1f}", flush=True)
            return 0
        note(f"database {fresh_database(pg, tmp / 'var')} (kept when --pg is given)")
        from taizhang.ledger import bulk
        last = [time.perf_counter()]

        def progress(res):
            if time.perf_counter() - last[0] > 30:
                last[0] = time.perf_counter()
                note(f"  … {res.documents} documents, {res.facts} facts")
        load0 = os.getloadavg()[0]
        with CpuSampler(postmaster_pid(pg_here) or local_postmaster()) as cpu:
            res = bulk.ingest_parquet(pq_dir, progress=progress, workers=a.workers)
        load1 = os.getloadavg()[0]
        note(f"ingest: {res.documents} documents, {res.facts} facts, {res.projects} mentions, {res.tasks} tasks, "
             f"{res.sections} sections; stages {getattr(res, 'timings', {})}")
        print(f"facts {res.facts}", flush=True)
        print(f"documents {res.documents}", flush=True)
        print(f"ingest_seconds {res.seconds:.1f}", flush=True)
        print(f"ingest_minutes {res.seconds / 60:.2f}", flush=True)
        print(f"ingest_rows_per_s {res.rows / res.seconds:.0f}", flush=True)
        print(f"ingest_facts_per_s {res.facts / res.seconds:.0f}", flush=True)
        # where the time went, stage by stage: wall, Python CPU (this process and its storing processes), the
        # server's CPU (when it runs here), and the rest, which is waiting (on the other, on the box's other work)
        stages: dict[str, list] = {}
        for stage, t0, t1 in res.spans:
            py, server = cpu.between(t0, t1)
            acc = stages.setdefault(stage, [0.0, 0.0, 0.0, None, None])
            acc[0] += t1 - t0
            acc[1] += py
            acc[2] += server
            l0, l1 = cpu.load(t0, t1)
            acc[3] = l0 if acc[3] is None else acc[3]
            acc[4] = l1
        for stage, (wall, py, server, l0, l1) in stages.items():
            rate = f" facts_per_s {res.facts / wall:.0f}" if wall > 0 and stage in ("prepare", "store") else ""
            print(f"stage {stage} seconds {wall:.1f} python_cpu {py:.1f} server_cpu {server:.1f}{rate} "
                  f"load {l0:.1f} → {l1:.1f}", flush=True)
        py, server = cpu.between(cpu.samples[0][0], cpu.samples[-1][0])
        print(f"python_cpu_seconds {py:.1f}", flush=True)
        print(f"server_cpu_seconds {server:.1f}", flush=True)
        print(f"load_average_ingest {load0:.1f} → {load1:.1f}", flush=True)
        ref = plain_copy_seconds()
        print(f"plain_copy_seconds {ref:.1f}", flush=True)
        print(f"ingest_vs_plain_copy {res.seconds / ref:.1f}", flush=True)
        if not a.no_pages:
            print(f"pages_worst_p95 {time_pages(a.runs):.1f}", flush=True)
    finally:
        from django.conf import settings
        if settings.configured:
            from django.db import connections
            connections.close_all()
        if pg_here is not None:
            stop_postgres(pg_here)
            shutil.rmtree(pg_here.parent, ignore_errors=True)
        if a.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
