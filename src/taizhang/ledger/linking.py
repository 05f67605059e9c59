"""Linking across documents: targets ↔ actuals, targets ↔ restatements, project mentions → one project.

A *target key* is (indicator, subject, measure).  For each target the machine proposes links to
 - actuals of the same key reported in the target's period (上半年 growth against the annual target), with
   the gap (actual − target, in the target's unit);
 - targets of the same key in later documents that restate it, flagging ``lowered`` (less ambitious value)
   and ``deadline_moved`` (a later deadline year).
Only the nearest counterparts are proposed (a period's latest reports; the first and the latest statements
before a restatement; the numbers below), so that a key holding thousands of facts does not make millions of
links.  Machine links are ``origin=machine, state=proposed``.  Relinking replaces only those: a link a reviewer
confirmed, broke or made survives, and a broken link is never proposed again.
Projects: mentions with one canonical name are one ledger project; its stage and investments follow the
latest mention, and a project missing from a later document of its region is flagged ``not_mentioned``.
"""
from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from types import SimpleNamespace
from typing import NamedTuple

from django.db.models import Max, Q

from . import canon
from .models import Document, Fact, FactLink, LinkOrigin, LinkState, Project, ProjectMention, ReviewState

_LIVE = ~Q(review_state=ReviewState.REJECTED)
# each distinct period string is parsed once per relink; Period is frozen
_period = lru_cache(maxsize=4096)(canon.parse_period)


def doc_key(doc) -> tuple:
    """Documents in time order; an undated document (an interview without a dateline) counts as latest."""
    return (doc.published or "9999", doc.pk)


def gap(target: Fact, other: Fact) -> float | None:
    v = canon.convert(other.value, other.unit, target.unit)
    if v is None:
        return None
    return round(v - target.value, 6)


def ambition_lower(old: Fact, new: Fact) -> bool:
    v = canon.convert(new.value, new.unit, old.unit)
    if v is None:
        return False
    if old.comparator == "<=":
        return v > old.value + 1e-9
    return v < old.value - 1e-9


# --------------------------------------------------------------------------- target keys, set-based
#
# The rules, pair by pair (one key: same indicator, subject and measure; a fact without a subject is about its
# document's place, so its key also holds its region):
#   actual a for target t   a has a year (its period's last year, y) and is not t itself, and
#                           t recurring (每年):   a's document is not earlier than t's;
#                           t without a year:     y is the year of t's document;
#                           otherwise:            y is not before the year of t's document (a base-year figure
#                                                 quoted in the plan itself is no progress), t's period covers y
#                                                 (from its first year, or five years before its deadline) and
#                                                 the units measure the same thing;
#   restatement o → n       both targets, n in a later document, and: both recurring; or, both with a year,
#                           the same year and sub-period when neither is a deadline, deadlines within 3 years
#                           when both are;
#   flags of n              over its restatements o whose link a reviewer did not break: ``lowered`` when n is
#                           less ambitious (below o, above it for a ≤ target), ``deadline_moved`` when n's year
#                           is later.
# Nearest counterparts only, so that the links grow with the facts, not with the square of a key's facts (a key
# that holds thousands — the same figure reposted by many sites, or every document whose place is unknown — would
# otherwise make millions of pairs):
#   actuals                 a is proposed for t only if it is one of the ACTUALS_PER_PERIOD latest reports of its
#                           period in the key (latest document first; among the actuals of t's unit base when the
#                           rule compares units): a target's progress shows every period it covers, each with its
#                           newest figures, and the list's 最新实绩 is the newest of them;
#   restatements            o → n only if o's document is one of the RESTATED_EARLIEST first or RESTATED_LATEST
#                           latest documents before n's among the key's targets of n's kind (recurring; the same
#                           year and sub-period; deadlines): n is compared with the original commitment and with what
#                           was said just before it, and its flags are taken over these.
# A ledger whose keys stay under these numbers (a place's documents over the years) gets every pair the rules allow.
# A link a reviewer decided (confirmed, broken or made) is never proposed again.  All of it is SQL over the facts of
# the touched keys (temporary tables for the parsed periods, units and document dates; window functions rank the
# candidates): the pairs are joined by the database, never compared one by one in Python.

ACTUALS_PER_PERIOD = 5
RESTATED_EARLIEST = 5
RESTATED_LATEST = 5
CHUNK = 500  # projects read per query (refresh_projects)


def _gap_sql(a: str, t: str) -> str:
    """SQL for ``gap(t, a)``: a's value in t's unit minus t's, rounded to 6 places; NULL when the units differ."""
    from django.db import connection
    expr = f"{a}.value * {a}.factor / {t}.factor - {t}.value"
    rounded = f"ROUND(CAST({expr} AS NUMERIC), 6)" if connection.vendor == "postgresql" else f"ROUND({expr}, 6)"
    return f"CASE WHEN {a}.base = {t}.base THEN {rounded} END"


def _fill(cur, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    from django.db import connection
    if not rows:
        return
    if connection.vendor == "postgresql":
        with cur.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row(r)
        return
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
    for k in range(0, len(rows), 5000):
        cur.executemany(sql, rows[k:k + 5000])


_TEMP = ("tz_key", "tz_period", "tz_unit", "tz_pub", "tz_f", "tz_x", "tz_a", "tz_t", "tz_seq", "tz_r")
_KEY = ("ind", "subject", "measure", "reg")
_NEWEST = "okey DESC, doc DESC, vstart DESC, id DESC"  # latest document first; ties broken for a fixed choice


def relink_keys(keys, relinkers: int = 1) -> None:
    """Recompute machine links and flags for many target keys (indicator, subject, measure) at once, set-based:
    a fixed number of statements whatever the number of keys or facts (a bulk load touches tens of thousands),
    and links in proportion to the facts (see the nearest counterparts above).

    With ``relinkers`` > 1 (PostgreSQL, outside a transaction) that many connections relink side by side, each the
    keys of its share (split by a hash of the key: a key's facts, and so every link between them, fall in one
    share), each share in a transaction of its own; the flags are written after, on this connection."""
    from django.db import connection
    wanted = sorted({(i, s, m) for i, s, m in keys if i is not None})
    if not wanted:
        return
    if relinkers > 1 and connection.vendor == "postgresql" and not connection.in_atomic_block:
        changed = _relink_beside(_shares(wanted, relinkers))
    else:
        changed = _relink(wanted)
    _write_flags(changed)


def _shares(wanted: list[tuple], n: int) -> list[list[tuple]]:
    """``wanted`` keys split into ``n`` shares by a hash of the key (the same split in every process), empty ones
    left out."""
    import zlib
    shares: list[list[tuple]] = [[] for _ in range(n)]
    for key in wanted:
        shares[zlib.crc32("\x1f".join(map(str, key)).encode()) % n].append(key)
    return [s for s in shares if s]


def _relink_beside(shares: list[list[tuple]]) -> list:
    """``_relink`` of each share in a thread of its own, each on a connection of its own (closed after); the facts
    whose flags changed, over all shares.  The first failure is raised once all are done."""
    import threading

    from django.db import connection, connections
    alias = connection.alias
    out: list = [[] for _ in shares]
    failed: list[BaseException] = []

    def run(k: int) -> None:
        try:
            out[k] = _relink(shares[k])
        except BaseException as e:  # handed to the thread that waits, raised there
            failed.append(e)
        finally:
            connections[alias].close()
    threads = [threading.Thread(target=run, args=(k,), name=f"relink-{k}", daemon=True) for k in range(len(shares))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failed:
        raise failed[0]
    return [f for part in out for f in part]


def _relink(wanted: list[tuple]) -> list:
    """The links of the ``wanted`` keys, recomputed in one transaction on this connection; the facts whose flags
    change (written by the caller)."""
    from django.db import connection, transaction
    pg = connection.vendor == "postgresql"
    fact, doc, link = Fact._meta.db_table, Document._meta.db_table, FactLink._meta.db_table
    target, actual = Fact.Kind.TARGET, Fact.Kind.ACTUAL
    key_cols = ", ".join(_KEY)
    with transaction.atomic(), connection.cursor() as cur:
        for t in _TEMP:
            cur.execute(f"DROP TABLE IF EXISTS {t}")
        cur.execute("CREATE TEMPORARY TABLE tz_key (ind INTEGER, subject VARCHAR(100), measure VARCHAR(8))")
        _fill(cur, "tz_key", ("ind", "subject", "measure"), wanted)
        cur.execute("CREATE INDEX tz_key_i ON tz_key (ind, subject, measure)")
        if pg:
            cur.execute("ANALYZE tz_key")
        cur.execute(f"""CREATE TEMPORARY TABLE tz_f AS
            SELECT f.id, f.document_id AS doc, f.vstart, f.kind, f.value, f.unit, f.comparator, f.period,
                   f.indicator_id AS ind, f.subject, f.measure,
                   COALESCE(CASE WHEN f.subject = '' THEN f.region_id END, 0) AS reg, d.published
            FROM {fact} f JOIN tz_key k ON k.ind = f.indicator_id AND k.subject = f.subject AND k.measure = f.measure
            JOIN {doc} d ON d.id = f.document_id
            WHERE f.review_state <> %s AND f.kind IN (%s, %s)""",
                    [ReviewState.REJECTED, target, actual])
        # the parsed periods, units and document dates, each distinct value once (a few hundred rows)
        cur.execute("SELECT DISTINCT period FROM tz_f")
        periods = [r[0] for r in cur.fetchall()]
        cur.execute("CREATE TEMPORARY TABLE tz_period (period VARCHAR(32), lo INTEGER, hi INTEGER, sub VARCHAR(32), "
                    "rec INTEGER, dl INTEGER)")
        _fill(cur, "tz_period", ("period", "lo", "hi", "sub", "rec", "dl"),
              [(p, q.lo, q.hi, q.sub or "", int(q.recurring), int(q.is_deadline))
               for p, q in ((p, _period(p)) for p in periods)])
        cur.execute("CREATE TEMPORARY TABLE tz_unit (unit VARCHAR(20), base VARCHAR(20), factor DOUBLE PRECISION)")
        cur.execute("SELECT DISTINCT unit FROM tz_f")
        _fill(cur, "tz_unit", ("unit", "base", "factor"), [(u, *canon.base_unit(u)) for (u,) in cur.fetchall()])
        cur.execute("SELECT DISTINCT published FROM tz_f")
        pubs = [r[0] for r in cur.fetchall()]
        # documents in time order (doc_key): the dates ranked here, so no collation of the database decides it
        rank = {k: i for i, k in enumerate(sorted({p or "9999" for p in pubs}))}
        cur.execute("CREATE TEMPORARY TABLE tz_pub (published VARCHAR(32), okey INTEGER, yr INTEGER)")
        _fill(cur, "tz_pub", ("published", "okey", "yr"),
              [(p, rank[p or "9999"], int(p[:4]) if p[:4].isdigit() else None) for p in pubs])
        # one row per live fact of the keys, with everything the rules read
        cur.execute("""CREATE TEMPORARY TABLE tz_x AS
            SELECT f.id, f.doc, f.vstart, f.kind, f.value, f.comparator, f.ind, f.subject, f.measure, f.reg,
                   f.period, p.lo, p.hi, p.sub, p.rec, p.dl, u.base, u.factor, d.okey, d.yr
            FROM tz_f f JOIN tz_period p ON p.period = f.period JOIN tz_unit u ON u.unit = f.unit
            JOIN tz_pub d ON d.published = f.published""")
        # the actuals that may be proposed: the latest reports of each period of a key (rn), and of each period
        # and unit base (rnb, for the targets whose rule compares units)
        cur.execute(f"""CREATE TEMPORARY TABLE tz_a AS SELECT * FROM (
            SELECT x.*, ROW_NUMBER() OVER (PARTITION BY {key_cols}, period ORDER BY {_NEWEST}) AS rn,
                        ROW_NUMBER() OVER (PARTITION BY {key_cols}, base, period ORDER BY {_NEWEST}) AS rnb
            FROM tz_x x WHERE kind = %s AND hi IS NOT NULL) a WHERE rn <= %s OR rnb <= %s""",
                    [actual, ACTUALS_PER_PERIOD, ACTUALS_PER_PERIOD])
        cur.execute(f"CREATE INDEX tz_a_key ON tz_a ({key_cols})")
        # the targets that may restate or be restated, in groups of those that can (cls: recurring, a year and
        # sub-period, deadlines), each group's documents ranked in time order (drk)
        cur.execute(f"""CREATE TEMPORARY TABLE tz_t AS
            SELECT g.*, DENSE_RANK() OVER (PARTITION BY pid ORDER BY okey, doc) AS drk FROM (
              SELECT c.*, DENSE_RANK() OVER (ORDER BY {key_cols}, cls, ghi, gsub) AS pid FROM (
                SELECT x.*, CASE WHEN rec = 1 THEN 0 WHEN dl = 0 THEN 1 ELSE 2 END AS cls,
                       CASE WHEN rec = 0 AND dl = 0 THEN hi ELSE 0 END AS ghi,
                       CASE WHEN rec = 0 AND dl = 0 THEN sub ELSE '' END AS gsub
                FROM tz_x x WHERE kind = %s AND (rec = 1 OR hi IS NOT NULL)) c) g""", [target])
        cur.execute("CREATE INDEX tz_t_rank ON tz_t (pid, drk)")
        cur.execute("CREATE TEMPORARY TABLE tz_seq (d INTEGER)")
        _fill(cur, "tz_seq", ("d",), [(d,) for d in range(1, max(RESTATED_EARLIEST, RESTATED_LATEST) + 1)])
        if pg:
            for t in ("tz_x", "tz_a", "tz_t", "tz_seq"):
                cur.execute(f"ANALYZE {t}")
        decided = f"EXISTS (SELECT 1 FROM {link} k WHERE k.target_id = o.id AND k.other_id = n.id)"
        # stale machine proposals go; what reviewers decided stays and is never proposed again
        cur.execute(f"DELETE FROM {link} WHERE origin = %s AND state = %s AND target_id IN "
                    f"(SELECT id FROM tz_x WHERE kind = %s)", [LinkOrigin.MACHINE, LinkState.PROPOSED, target])
        # o: the target, n: the actual (plain equalities on the key: the database hashes the pairs of one key)
        key = " AND ".join(f"n.{c} = o.{c}" for c in _KEY)
        cur.execute(f"""INSERT INTO {link} (target_id, other_id, relation, origin, state, gap, note)
            SELECT o.id, n.id, %s, %s, %s, {_gap_sql('n', 'o')}, ''
            FROM tz_x o JOIN tz_a n ON {key}
            WHERE o.kind = %s AND NOT (n.doc = o.doc AND n.vstart = o.vstart)
              AND (CASE WHEN o.rec = 1 THEN n.rn <= %s AND (n.okey > o.okey OR (n.okey = o.okey AND n.doc >= o.doc))
                        WHEN o.hi IS NULL THEN n.rn <= %s AND o.yr IS NOT NULL AND n.hi = o.yr
                        ELSE n.rnb <= %s AND (o.yr IS NULL OR n.hi >= o.yr) AND COALESCE(o.lo, o.hi - 5) <= n.hi
                             AND n.hi <= o.hi AND n.base = o.base END)
              AND NOT {decided}""",
                    [FactLink.Relation.ACTUAL, LinkOrigin.MACHINE, LinkState.PROPOSED, target,
                     ACTUALS_PER_PERIOD, ACTUALS_PER_PERIOD, ACTUALS_PER_PERIOD])
        # o → n restatements: o among the first and the latest documents of n's group before n's (equality joins on
        # the group and a rank, so a group of thousands gives each target a handful of candidates)
        v = "n.value * n.factor / o.factor"
        lowered = (f"CASE WHEN n.base = o.base AND ((o.comparator = '<=' AND {v} > o.value + 1e-9) OR "
                   f"(o.comparator <> '<=' AND {v} < o.value - 1e-9)) THEN 1 ELSE 0 END")
        moved = "CASE WHEN o.hi <> 0 AND n.hi <> 0 AND n.hi > o.hi THEN 1 ELSE 0 END"
        cols = f"SELECT o.id AS o, n.id AS n, {_gap_sql('n', 'o')} AS gap, {lowered} AS lowered, {moved} AS moved"
        near = "(n.cls <> 2 OR ABS(o.hi - n.hi) <= 3)"
        cur.execute(f"""CREATE TEMPORARY TABLE tz_r AS
            {cols} FROM tz_t n JOIN tz_seq s ON s.d < n.drk AND s.d <= %s
                   JOIN tz_t o ON o.pid = n.pid AND o.drk = n.drk - s.d WHERE {near}
            UNION ALL
            {cols} FROM tz_t n JOIN tz_seq s ON s.d < n.drk - %s AND s.d <= %s
                   JOIN tz_t o ON o.pid = n.pid AND o.drk = s.d WHERE {near}""",
                    [RESTATED_LATEST, RESTATED_LATEST, RESTATED_EARLIEST])
        cur.execute(f"""INSERT INTO {link} (target_id, other_id, relation, origin, state, gap, note)
            SELECT r.o, r.n, %s, %s, %s, r.gap, '' FROM tz_r r
            WHERE NOT EXISTS (SELECT 1 FROM {link} k WHERE k.target_id = r.o AND k.other_id = r.n)""",
                    [FactLink.Relation.RESTATEMENT, LinkOrigin.MACHINE, LinkState.PROPOSED])
        # flags of each restating target, over the restatements a reviewer did not break
        cur.execute(f"""SELECT r.n, MAX(r.lowered), MAX(r.moved) FROM tz_r r
            WHERE NOT EXISTS (SELECT 1 FROM {link} k WHERE k.target_id = r.o AND k.other_id = r.n AND k.state = %s)
            GROUP BY r.n""", [LinkState.BROKEN])
        new = {pk: sorted(f for f, on in (("lowered", low), ("deadline_moved", mv)) if on)
               for pk, low, mv in cur.fetchall()}
        cur.execute(f"SELECT f.id, f.flags FROM {fact} f JOIN tz_x x ON x.id = f.id "
                    f"WHERE x.kind = %s AND f.flagged = %s", [target, True])
        old = {pk: (json.loads(flags) if isinstance(flags, str) else flags) or [] for pk, flags in cur.fetchall()}
        for t in _TEMP:
            cur.execute(f"DROP TABLE IF EXISTS {t}")
    changed = []
    for pk in set(new) | set(old):
        flags = [f for f in new.get(pk, []) if f]
        if flags != old.get(pk, []):
            changed.append(SimpleNamespace(pk=pk, flags=flags))
    return changed


def relink_key(indicator_id: int | None, subject: str, measure: str) -> None:
    """Recompute machine links and flags for one target key."""
    if indicator_id is not None:
        relink_keys([(indicator_id, subject, measure)])


def _write_flags(changed: list[Fact]) -> None:
    """The new flags of ``changed`` facts: one UPDATE per distinct set of flags (there are four), not a CASE per
    fact as bulk_update writes."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for f in changed:
        groups[tuple(f.flags)].append(f.pk)
    for flags, ids in groups.items():
        for k in range(0, len(ids), CHUNK):
            Fact.objects.filter(pk__in=ids[k:k + CHUNK]).update(flags=list(flags), flagged=bool(flags))


def relink_document(doc: Document) -> None:
    relink_keys(set(Fact.objects.filter(document=doc).values_list("indicator_id", "subject", "measure")))
    refresh_projects(Project.objects.filter(mentions__document=doc).values_list("id", flat=True).distinct())
    refresh_silence(doc)


def relink_all() -> None:
    relink_keys(set(Fact.objects.filter(kind=Fact.Kind.TARGET).values_list("indicator_id", "subject", "measure")))
    refresh_projects(Project.objects.values_list("id", flat=True))
    refresh_silence(None)


_PROJECT_FIELDS = ["mention_count", "stage", "investment_planned", "investment_completed", "first_seen", "last_seen",
                   "search"]


def _live_mentions(project_ids):
    return (ProjectMention.objects.filter(_LIVE, project_id__in=project_ids).exclude(link_state=LinkState.BROKEN)
            .select_related("document").defer("document__text", "document__record", "extracted"))


def _apply_mentions(p: Project, mentions: list) -> None:
    """Stage, investments, first/last seen of ``p`` from its live mentions (any order)."""
    mentions = sorted(mentions, key=lambda m: (doc_key(m.document), m.start))
    p.mention_count = len(mentions)
    stage = "unknown"
    planned = completed = None
    for m in mentions:
        if m.stage and m.stage != "unknown":
            stage = m.stage
        if m.investment_planned is not None:
            planned = m.investment_planned
        if m.investment_completed is not None:
            completed = m.investment_completed
    if p.review_state not in (ReviewState.CORRECTED,):
        p.stage = stage
    p.investment_planned, p.investment_completed = planned, completed
    dated = [m.document.published for m in mentions if m.document.published]
    p.first_seen = dated[0] if dated else ""
    p.last_seen = dated[-1] if dated else ""
    p.search = " ".join([p.name, p.category, p.location] + [m.evidence for m in mentions[:5]])[:4000]


def refresh_project(p: Project) -> None:
    """Stage, investments, first/last seen from the project's live mentions, in document order."""
    _apply_mentions(p, list(_live_mentions([p.pk])))
    p.save(update_fields=_PROJECT_FIELDS)
    from .searchindex import index_items
    index_items(Project, [p])


class _DocKey(NamedTuple):  # what _apply_mentions reads of a mention's document
    pk: int
    published: str


class _MentionRow(NamedTuple):  # ... and of the mention: read as plain values, no model objects
    document: _DocKey
    start: int
    stage: str
    investment_planned: float | None
    investment_completed: float | None
    evidence: str


def refresh_projects(ids, replace_postings: bool = True) -> None:
    """``refresh_project`` for many projects: their mentions read ``CHUNK`` projects per query, the projects and
    their search postings written in bulk (``replace_postings=False``: the projects have none yet, so none are
    looked for)."""
    from .searchindex import index_items
    ids = sorted(set(ids))
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        projects = list(Project.objects.filter(pk__in=part))
        by_project: dict[int, list] = defaultdict(list)
        docs: dict[int, _DocKey] = {}
        for pid, did, published, start, stage, planned, completed, evidence in (
                _live_mentions(part).values_list("project_id", "document_id", "document__published", "start",
                                                 "stage", "investment_planned", "investment_completed", "evidence")
                .order_by()):
            doc = docs.get(did) or docs.setdefault(did, _DocKey(did, published))
            by_project[pid].append(_MentionRow(doc, start, stage, planned, completed, evidence))
        for p in projects:
            _apply_mentions(p, by_project[p.pk])
        update_rows(Project, projects, _PROJECT_FIELDS)
        index_items(Project, projects, replace=replace_postings)


def refresh_silence(doc: Document | None) -> None:
    """Flag projects of a region that a later document of the same region, listing projects, no longer names."""
    latest = dict(Document.objects.filter(project_mentions__isnull=False, region__isnull=False)
                  .values_list("region_id").annotate(m=Max("published")))
    qs = Project.objects.filter(region__isnull=False)
    if doc is not None and doc.region_id:
        qs = qs.filter(region_id=doc.region_id)
    changed = []
    for p in qs:
        last = latest.get(p.region_id, "")
        flags = [f for f in (p.flags or []) if f != "not_mentioned"]
        if p.last_seen and last and last > p.last_seen:
            flags.append("not_mentioned")
        if flags != (p.flags or []):
            p.flags, p.flagged = flags, bool(flags)
            changed.append(p)
    update_rows(Project, changed, ["flags", "flagged"])


def update_rows(model, objs: list, fields: list[str]) -> None:
    """Write ``fields`` of ``objs`` (saved rows): on PostgreSQL one COPY into a temporary table and one
    UPDATE … FROM it, elsewhere one ``executemany`` of a plain UPDATE; not ``bulk_update``'s CASE per row,
    which Django builds and the database plans row by row (a bulk load refreshes tens of thousands)."""
    from django.db import connection, transaction
    if not objs:
        return
    meta = model._meta
    fs = [meta.get_field(name) for name in fields]
    q = connection.ops.quote_name
    table = q(meta.db_table)

    def value(f, obj):
        v = getattr(obj, f.attname)
        if f.get_internal_type() == "JSONField":
            return None if v is None else json.dumps(v, ensure_ascii=False)
        return f.get_db_prep_save(v, connection)
    rows = [(obj.pk, *(value(f, obj) for f in fs)) for obj in objs]
    with transaction.atomic(), connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cols = ", ".join(q(f.column) for f in fs)
            cur.execute("DROP TABLE IF EXISTS tz_upd")
            cur.execute(f"CREATE TEMPORARY TABLE tz_upd AS SELECT id, {cols} FROM {table} WITH NO DATA")
            with cur.cursor.copy(f"COPY tz_upd (id, {cols}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r)
            sets = ", ".join(f"{q(f.column)} = u.{q(f.column)}" for f in fs)
            cur.execute(f"UPDATE {table} SET {sets} FROM tz_upd u WHERE {table}.id = u.id")
            cur.execute("DROP TABLE tz_upd")
        else:
            sets = ", ".join(f"{q(f.column)} = %s" for f in fs)
            cur.executemany(f"UPDATE {table} SET {sets} WHERE id = %s", [(*r[1:], r[0]) for r in rows])


def stage_changes(p: Project) -> list[dict]:
    """The timeline's stage transitions: [{document, published, from, to, label}]."""
    labels = dict(Project.Stage.choices)
    out, prev = [], None
    mentions = sorted(p.mentions.filter(_LIVE).select_related("document").defer("document__text", "document__record"),
                      key=lambda m: (doc_key(m.document), m.start))
    for m in mentions:
        if m.stage and m.stage != "unknown" and m.stage != prev:
            out.append({"document": m.document_id, "published": m.document.published, "from": prev, "to": m.stage,
                        "label": labels.get(m.stage, m.stage)})
            prev = m.stage
    return out
