"""`ingest --from-parquet`: a Parquet extraction loads into the same ledger rows as ingesting file by file,
and loading it again stores nothing (idempotent by content hash).  On PostgreSQL this goes through COPY."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from django.db import connection

from taizhang.extract import parquet
from taizhang.extract.doc import Doc
from taizhang.ledger import bulk, ingest, linking
from taizhang.ledger.models import Document, Fact, FactLink, Project, ProjectMention, SearchGram, Section, Task
from taizhang.ledger import searchindex

from . import texts
from .fakeextract import extract_file

DOCS = {"r23.txt": texts.REPORT_2023, "m23.txt": texts.MIDYEAR_2023, "r24.txt": texts.REPORT_2024}


def _write_extraction(tmp_path: Path, copies: int = 1) -> tuple[Path, list]:
    """Two Parquet parts (as `extract --workers` writes them) of the three test documents (each ``copies`` times,
    the copies told apart by trailing blank lines: other files, the same facts on the same dates)."""
    src, out = tmp_path / "in", tmp_path / "pq"
    src.mkdir()
    exs = []
    rows = {t: [] for t in parquet.TABLES}
    docs = {(f"{k}-{name}" if k else name): text + "\n" * k for k in range(copies) for name, text in DOCS.items()}
    for seq, (name, text) in enumerate(docs.items()):
        p = src / name
        p.write_text(text, encoding="utf-8")
        data = p.read_bytes()
        ex = extract_file(p)
        exs.append((name, hashlib.sha256(data).hexdigest(), ex))
        got = parquet.extraction_rows(ex, hashlib.sha256(data).hexdigest(), seq, str(p), len(data))
        for t, rs in got.items():
            rows[t].extend(rs)
        if seq == 1:
            parquet.write_part(out, "a", rows)
            rows = {t: [] for t in parquet.TABLES}
    parquet.write_part(out, "b", rows)
    return out, exs


def _js(v) -> str:
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


def _snapshot() -> dict:
    """The ledger by natural keys (hash and offsets, names), ids left out: every field a load writes."""
    fact_key = {i: (d, v) for i, d, v in Fact.objects.values_list("id", "document__sha256", "vstart")}
    task_key = {i: (d, s) for i, d, s in Task.objects.values_list("id", "document__sha256", "start")}
    project_key = dict(Project.objects.values_list("id", "name"))
    keys = {SearchGram.FACT: fact_key, SearchGram.TASK: task_key, SearchGram.PROJECT: project_key}
    return {
        "documents": sorted(Document.objects.values_list("sha256", "name", "title", "published", "chars",
                                                         "region__code", "doc_type", "source", "format")),
        "sections": sorted(Section.objects.values_list("document__sha256", "order", "level", "label", "title",
                                                       "kind", "start", "end", "parent__order")),
        "facts": sorted(Fact.objects.values_list("document__sha256", "vstart", "vend", "value", "unit", "kind",
                                                 "measure", "period", "subject", "indicator__name", "region__code",
                                                 "evidence", "search", "flags", "comparator", "estimated",
                                                 "indicator_name", "estart", "eend")),
        "fact_extracted": sorted((d, v, _js(x)) for d, v, x in
                                 Fact.objects.values_list("document__sha256", "vstart", "extracted")),
        "links": sorted(FactLink.objects.values_list("target__document__sha256", "target__vstart",
                                                     "other__document__sha256", "other__vstart", "relation", "gap")),
        "projects": sorted(Project.objects.values_list("name", "stage", "mention_count", "investment_planned",
                                                       "first_seen", "last_seen", "search", "category",
                                                       "region__code")),
        "mentions": sorted((*row[:-1], _js(row[-1])) for row in ProjectMention.objects.values_list(
            "document__sha256", "start", "end", "project__name", "evidence", "mention", "stage", "location",
            "investment_planned", "investment_completed", "estart", "eend", "extracted")),
        "tasks": sorted((*row[:-4], *(_js(x) for x in row[-4:])) for row in Task.objects.values_list(
            "document__sha256", "start", "end", "title", "section__order", "text", "kind", "deadline",
            "region__code", "search", "leader", "deadline_text", "due", "lead_units", "co_units", "outline",
            "extracted")),
        "grams": sorted((k, keys[k][i], g) for k, i, g in SearchGram.objects.values_list("kind", "item_id", "gram")),
    }


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_bulk_load_equals_file_by_file_and_is_idempotent(tmp_path: Path, workers: int):
    """On PostgreSQL with 2 and 3 processes too (documents split by hash: one process may get none)."""
    src, exs = _write_extraction(tmp_path)
    res = bulk.ingest_parquet(src, batch_docs=2, workers=workers)
    assert (res.documents, res.duplicates) == (3, 0)
    assert res.facts == Fact.objects.count() > 0 and Task.objects.count() > 0
    got = _snapshot()
    assert all(got[t] for t in got if t != "links") and {k for k, *_ in got["grams"]} == {1, 2, 3}
    assert any(p for *_, p in got["sections"]) and any(t[4] is not None for t in got["tasks"])

    again = bulk.ingest_parquet(src, workers=workers)
    assert (again.documents, again.duplicates, again.facts) == (0, 3, 0)
    assert _snapshot() == got

    # the same extractions stored the ordinary way, one document at a time
    Document.objects.all().delete()
    Project.objects.all().delete()
    SearchGram.objects.all().delete()
    for name, digest, ex in exs:
        doc = ingest.store_extraction(ex, name=name, digest=digest)
        linking.relink_document(doc)
    assert _snapshot() == got
    # the bulk-loaded facts are found by the ledger's search
    assert searchindex.search(Fact.objects.all(), "生产总值").exists()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("workers", [1, 2])
def test_crowded_keys_load_as_file_by_file(tmp_path: Path, workers: int, monkeypatch):
    """Keys holding more counterparts than the relinking proposes (the nearest ones): the bulk load's single
    relinking and file-by-file relinking after each document give the same links and flags."""
    for name in ("ACTUALS_PER_PERIOD", "RESTATED_EARLIEST", "RESTATED_LATEST"):
        monkeypatch.setattr(linking, name, 1)
    src, exs = _write_extraction(tmp_path, copies=4)
    res = bulk.ingest_parquet(src, batch_docs=5, workers=workers)
    assert res.documents == 12
    got = _snapshot()
    assert {r for *_, r, _ in got["links"]} == {"actual", "restatement"}

    Document.objects.all().delete()
    Project.objects.all().delete()
    SearchGram.objects.all().delete()
    for name, digest, ex in exs:
        linking.relink_document(ingest.store_extraction(ex, name=name, digest=digest))
    assert _snapshot() == got
    # every pair the rules allow is more than was proposed
    for name in ("ACTUALS_PER_PERIOD", "RESTATED_EARLIEST", "RESTATED_LATEST"):
        monkeypatch.setattr(linking, name, 100)
    linking.relink_all()
    assert len(_snapshot()["links"]) > len(got["links"])


def test_each_batch_is_announced_once_with_its_documents(tmp_path: Path, db):
    from taizhang.ledger.signals import document_stored, documents_stored
    batches, single = [], []

    def on_batch(sender, documents, **kw):
        batches.append(sorted(d.name for d in documents))

    def on_one(sender, document, **kw):
        single.append(document.name)
    documents_stored.connect(on_batch)
    document_stored.connect(on_one)
    try:
        src, _ = _write_extraction(tmp_path)
        bulk.ingest_parquet(src, batch_docs=2)
        bulk.ingest_parquet(src)  # nothing new: nothing announced
    finally:
        documents_stored.disconnect(on_batch)
        document_stored.disconnect(on_one)
    assert batches == [["m23.txt", "r23.txt"], ["r24.txt"]] and not single


def test_not_an_extraction(tmp_path: Path, db):
    with pytest.raises(FileNotFoundError):
        bulk.ingest_parquet(tmp_path)


def test_copy_is_used_on_postgresql(tmp_path: Path, db, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("COPY is PostgreSQL's")
    calls = []
    real, real_dicts = bulk.copy_rows, bulk.copy_dicts
    monkeypatch.setattr(bulk, "copy_rows", lambda model, objs, **kw: (calls.append(model), real(model, objs, **kw)))
    monkeypatch.setattr(bulk, "copy_dicts", lambda model, rows: (calls.append(model), real_dicts(model, rows)))
    src, _ = _write_extraction(tmp_path)
    bulk.ingest_parquet(src)
    assert {Document, Fact, Section, ProjectMention} <= set(calls)


def _fk_defs() -> set:
    with connection.cursor() as cur:
        cur.execute("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), condeferrable, condeferred "
                    "FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(%s)",
                    [[m._meta.db_table for m in bulk.FK_DEFERRED]])
        return set(cur.fetchall())


def _index_defs() -> set:
    with connection.cursor() as cur:
        cur.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s)",
                    [[m._meta.db_table for m in bulk.DEFERRED]])
        return set(cur.fetchall())


@pytest.mark.django_db(transaction=True)
def test_a_big_load_sets_indexes_aside_and_builds_them_again(tmp_path: Path, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's indexes")
    with connection.schema_editor() as ed:
        plain = {name for name, _ in bulk._field_indexes(ed)}
    assert {"ledger_fact_document_id_6febef52", "ledger_fact_review_state_86aad8e6_like"} <= plain
    names = {i.name for m in bulk.DEFERRED for i in m._meta.indexes} | plain
    defs = _index_defs()  # as the migrations made them
    fks = _fk_defs()
    assert {t for t, *_ in fks} == {m._meta.db_table for m in bulk.FK_DEFERRED} and all(d for *_, d in fks)
    seen = []
    real = bulk._store_batch
    monkeypatch.setattr(bulk, "_store_batch",
                        lambda *a: (seen.append((bulk._index_names() & names, _fk_defs(), bulk._posting_pkey())),
                                    real(*a)))
    refreshed = []
    real_refresh = linking.refresh_projects
    monkeypatch.setattr(linking, "refresh_projects", lambda ids, replace_postings=True: (
        refreshed.append((len(ids), replace_postings, bool(bulk._index_names() & names))),
        real_refresh(ids, replace_postings)))
    src, _ = _write_extraction(tmp_path)
    assert bulk.big_load(src)  # an empty ledger: any load doubles it
    res = bulk.ingest_parquet(src, workers=1)  # watched in this process
    # stored without indexes, foreign keys and the postings' primary key
    assert seen and all(not i and not k and p[1] is False for i, k, p in seen)
    assert bulk._posting_pkey()[1] is True
    # the projects it made refreshed before the indexes came back, their postings not looked for
    assert refreshed[0] == (Project.objects.count(), False, False) and refreshed[0][0] > 0
    assert names <= bulk._index_names() and "indexes" in res.timings
    assert _index_defs() == defs  # the same indexes again, under the same names
    assert _fk_defs() == fks  # the same constraints again, under the same names, deferred as before
    assert searchindex.search(Fact.objects.all(), "生产总值").exists()
    assert not bulk.big_load(src)  # the same load again is no longer big against what the ledger holds
    bulk.drop_indexes()  # as a killed load leaves them
    assert not (names & bulk._index_names()) and not _fk_defs() and not bulk._posting_pkey()[1]
    assert bulk.restore_indexes() == len(names) + len(fks) + 1 and names <= bulk._index_names()
    assert _fk_defs() == fks and _index_defs() == defs and bulk.restore_indexes() == 0


@pytest.mark.django_db(transaction=True)
def test_restored_foreign_keys_are_checked(tmp_path: Path):
    """A row that points nowhere, written while the keys were set aside, stops their restoring (the load fails
    rather than keep a ledger with dangling rows); the keys come back once it is gone."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's constraints")
    src, _ = _write_extraction(tmp_path)
    bulk.ingest_parquet(src)
    doc = Document.objects.first()
    bulk.drop_indexes()
    with connection.cursor() as cur:
        cur.execute(f"UPDATE {Section._meta.db_table} SET document_id = %s WHERE id = %s",
                    [doc.pk + 1000, Section.objects.filter(document=doc).values_list("id", flat=True)[0]])
    from django.db import IntegrityError
    with pytest.raises(IntegrityError):
        bulk.restore_indexes()
    Section.objects.filter(document_id=doc.pk + 1000).delete()
    assert bulk.restore_indexes() > 0 and bulk.restore_indexes() == 0


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("workers", [1, 2])
def test_a_project_is_made_from_its_first_mention_in_load_order(tmp_path: Path, workers: int):
    """The same project in several documents, each giving another category and place: the ledger's project comes
    from the first mention in the order the documents are loaded, whichever process stores which document."""
    from taizhang.extract.doc import DocumentRecord, ProjectMention as Mention
    from taizhang.extract.pipeline import Extraction
    out = tmp_path / "pq"
    names = []
    for seq, (category, location) in enumerate([("交通", "岚溪县东区"), ("水利", "岚溪县西区"), ("能源", "青川市"),
                                                ("教育", "青川市北区")]):
        name = f"p{seq}.txt"
        text = f"岚溪县第{seq}号简报\n推进岚溪县自拟环线公路工程建设，完成投资{seq + 2}亿元。\n"
        start = text.index("岚溪县自拟环线")
        m = Mention(doc=name, start=start, end=start + 10, mention=text[start:start + 10], name="岚溪县自拟环线公路工程",
                    category=category, stage="under_construction", location=location)
        ex = Extraction(doc=Doc(name, text), record=DocumentRecord(doc=name, title=text.splitlines()[0],
                                                                   published=f"2026-0{seq + 1}-01",
                                                                   regions=["岚溪县"], chars=len(text)),
                        facts=[], projects=[m])
        data = text.encode("utf-8")
        parquet.write_part(out, f"p{seq}", parquet.extraction_rows(ex, hashlib.sha256(data).hexdigest(), seq, name,
                                                                   len(data)))
        names.append(name)
    res = bulk.ingest_parquet(out, batch_docs=1, workers=workers)
    assert res.documents == 4 and res.projects == 4
    p = Project.objects.get()
    assert (p.category, p.location, p.mention_count) == ("交通", "岚溪县东区", 4)
    assert p.extracted == {"name": p.name, "category": "交通", "location": "岚溪县东区"}


def test_bigrams_are_stored_as_integer_codes_and_searched_through_their_index(tmp_path: Path, db):
    """The postings' bigram column holds integers (migration 0008): each posting's code is one of its item's
    bigrams, and a look-up by code goes through gram_lookup on PostgreSQL."""
    src, _ = _write_extraction(tmp_path)
    bulk.ingest_parquet(src)
    want = {(f.pk, searchindex.code(g)) for f in Fact.objects.all() for g in searchindex.grams(f.search)}
    got = set(SearchGram.objects.filter(kind=SearchGram.FACT).values_list("item_id", "gram"))
    assert got == want and all(isinstance(g, int) for _, g in got)
    assert searchindex.search(Fact.objects.all(), "生产总值").exists()
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cur:
        cur.execute("SELECT data_type FROM information_schema.columns WHERE table_name = %s AND column_name = "
                    "'gram'", [SearchGram._meta.db_table])
        assert cur.fetchone()[0] == "bigint"
        cur.execute("SET enable_seqscan = off")
        cur.execute(f"EXPLAIN SELECT item_id FROM {SearchGram._meta.db_table} WHERE gram = %s AND kind = 1",
                    [searchindex.code("总值")])
        plan = " ".join(r[0] for r in cur.fetchall())
        cur.execute("RESET enable_seqscan")
    assert "gram_lookup" in plan


@pytest.mark.django_db(transaction=True)
def test_index_builds_run_on_two_connections_side_by_side():
    """The rebuild's jobs go to REBUILDERS connections at once: a job that waits for another job's row finishes
    only if that job runs beside it (alone, one connection would wait for ever: here it gives up and fails);
    a failing job's error reaches the caller."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's connections")
    from django.db import DatabaseError
    with connection.cursor() as cur:
        cur.execute("CREATE TABLE rebuild_probe (pid int)")
    wait = ("DO $$ BEGIN FOR i IN 1..400 LOOP IF EXISTS (SELECT 1 FROM rebuild_probe) THEN "
            "INSERT INTO rebuild_probe SELECT pg_backend_pid(); RETURN; END IF; PERFORM pg_sleep(0.05); END LOOP; "
            "RAISE EXCEPTION 'no other connection ran beside this one'; END $$")
    try:
        bulk._Jobs([[wait], ["INSERT INTO rebuild_probe SELECT pg_backend_pid()"]], 2).wait()
        with connection.cursor() as cur:
            cur.execute("SELECT COUNT(DISTINCT pid), COUNT(*), bool_or(pid = pg_backend_pid()) FROM rebuild_probe")
            assert cur.fetchone() == (2, 2, False)
        with pytest.raises(DatabaseError):
            bulk._Jobs([["SELECT 1/0"], ["SELECT 1"]], 2).wait()
    finally:
        with connection.cursor() as cur:
            cur.execute("DROP TABLE rebuild_probe")


@pytest.mark.django_db(transaction=True)
def test_a_loaded_task_is_found_by_words_of_its_text_beyond_its_title(tmp_path: Path):
    """A task's postings are those of its title and its text: a word that only the text after the title holds finds
    it (why a load cannot index the titles alone, though the tasks' postings are 40 % of all)."""
    from taizhang.extract.doc import DocumentRecord
    from taizhang.extract.pipeline import Extraction
    from taizhang.extract.tasks import Task as TaskRecord
    name = "t.txt"
    text = "岚溪县2026年重点任务\n1.推进城乡供水一体化。完成青川镇水厂改造，解决山区群众饮水难题。\n"
    start = text.index("1.")
    task = TaskRecord(doc=name, start=start, end=len(text) - 1, text=text[start:-1], title="推进城乡供水一体化",
                      label="1.", kind="item", level=1)
    ex = Extraction(doc=Doc(name, text), record=DocumentRecord(doc=name, title="岚溪县2026年重点任务",
                                                               published="2026-01-05", regions=["岚溪县"],
                                                               chars=len(text)), tasks=[task])
    data = text.encode("utf-8")
    out = tmp_path / "pq"
    parquet.write_part(out, "p0", parquet.extraction_rows(ex, hashlib.sha256(data).hexdigest(), 0, name, len(data)))
    bulk.ingest_parquet(out)
    t = Task.objects.get()
    assert "饮水" not in t.title and list(searchindex.search(Task.objects.all(), "饮水")) == [t]
    assert list(searchindex.search(Task.objects.all(), "供水 水厂")) == [t]
    assert not searchindex.search(Task.objects.all(), "供水 修路").exists()


@pytest.mark.django_db(transaction=True)
def test_the_postings_indexes_go_up_beside_what_follows(tmp_path: Path, monkeypatch):
    """restore_indexes_beside returns once the facts' indexes and every foreign key are back, the postings' indexes
    and key still building on a connection of their own (here held up by another session's lock on the postings
    until this test lets go); a big load relinks in that time."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's indexes")
    import psycopg
    src, _ = _write_extraction(tmp_path)
    relinked = []
    real = linking.relink_keys
    fact_indexes = {i.name for i in Fact._meta.indexes}
    monkeypatch.setattr(linking, "relink_keys", lambda keys, **kw: (
        relinked.append((fact_indexes <= bulk._index_names(), bool(_fk_defs()))), real(keys, **kw)))
    bulk.ingest_parquet(src)
    assert relinked == [(True, True)] and bulk._posting_pkey()[1] is True
    gram_indexes = {i.name for i in SearchGram._meta.indexes}
    assert gram_indexes <= bulk._index_names()
    defs, fks = _index_defs(), _fk_defs()
    bulk.drop_indexes()
    s = connection.settings_dict
    with psycopg.connect(host=s["HOST"] or None, port=s["PORT"] or None, user=s["USER"], dbname=s["NAME"],
                         password=s["PASSWORD"] or None) as other:
        other.execute(f'LOCK TABLE "{SearchGram._meta.db_table}" IN SHARE ROW EXCLUSIVE MODE')
        count, aside = bulk.restore_indexes_beside()
        assert aside is not None and fact_indexes <= bulk._index_names() and _fk_defs() == fks
        assert not (gram_indexes & bulk._index_names()) and not bulk._posting_pkey()[1]
        other.rollback()
    aside.wait()
    assert _index_defs() == defs and bulk._posting_pkey()[1] is True and bulk.restore_indexes() == 0


def _activity():
    """The server's other sessions, said when the vacuum test fails: one holding a snapshot (its backend_xmin) keeps
    VACUUM from marking the rows written after it all-visible."""
    with connection.cursor() as cur:
        cur.execute("SELECT pid, datname, backend_type, state, backend_xmin, backend_xid, left(query, 120), xact_start "
                    "FROM pg_stat_activity WHERE pid <> pg_backend_pid()")
        return cur.fetchall()


@pytest.mark.django_db(transaction=True)
def test_a_load_ends_with_a_vacuum_of_the_tables_it_wrote(tmp_path: Path):
    """On PostgreSQL the load's last stage is VACUUM (ANALYZE) of the tables it wrote: their pages are marked
    all-visible (an index-only read of the newest facts fetches no row from the table) and their statistics are
    fresh; a plain ANALYZE, as before, leaves the visibility map empty."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's VACUUM")
    src, _ = _write_extraction(tmp_path)
    res = bulk.ingest_parquet(src)
    assert "vacuum" in res.timings and "analyze" not in res.timings

    def visible():
        with connection.cursor() as cur:
            cur.execute("SELECT relname, relpages, relallvisible FROM pg_class WHERE relname = ANY(%s)",
                        [[m._meta.db_table for m in bulk.VACUUMED]])
            return {name: (pages, seen) for name, pages, seen in cur.fetchall()}
    after = visible()
    assert set(after) == {m._meta.db_table for m in bulk.VACUUMED}
    assert all(pages > 0 and seen == pages for pages, seen in after.values()), (after, _activity())
    with connection.cursor() as cur:
        cur.execute(f'SELECT last_vacuum IS NOT NULL, last_analyze IS NOT NULL FROM pg_stat_user_tables '
                    f'WHERE relname = %s', [Fact._meta.db_table])
        assert cur.fetchone() == (True, True)
    # the same rows written again without the VACUUM: the visibility map no longer marks their pages
    Fact.objects.update(flags=[])
    ingest.optimize_db()
    assert visible()[Fact._meta.db_table][1] == 0


@pytest.mark.django_db(transaction=True)
def test_relinking_on_two_connections_makes_the_links_of_one(monkeypatch):
    """A load relinks its keys on RELINKERS connections, each a share of the keys split by their hash (every key in
    exactly one share): the links and flags are those one connection makes."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's connections")
    from .test_linking_sets import _docs, _keys
    plan, mid = _docs()
    keys = set(_keys(16, 0, plan, mid))
    sessions = []
    real = linking._relink

    def watched(wanted):
        with connection.cursor() as cur:
            cur.execute("SELECT pg_backend_pid()")
            sessions.append((cur.fetchone()[0], len(wanted)))
        return real(wanted)
    monkeypatch.setattr(linking, "_relink", watched)

    def state():
        return (sorted(FactLink.objects.values_list("target_id", "other_id", "relation", "gap")),
                sorted(Fact.objects.values_list("id", "flags", "flagged")))
    assert bulk.RELINKERS == 2
    linking.relink_keys(keys, relinkers=bulk.RELINKERS)
    got = state()
    assert len(sessions) == 2 and len({pid for pid, _ in sessions}) == 2 and sum(n for _, n in sessions) == 16
    assert {r for _, _, r, _ in got[0]} == {"actual", "restatement"} and any(f for *_, f in got[1])
    shares = linking._shares(sorted(keys), 2)
    assert sorted(k for share in shares for k in share) == sorted(keys) and len(shares) == 2
    FactLink.objects.all().delete()
    Fact.objects.update(flags=[], flagged=False)
    sessions.clear()
    linking.relink_keys(keys)
    assert len(sessions) == 1 and state() == got


@pytest.mark.django_db(transaction=True)
def test_a_big_load_fills_the_kept_subjects_once_at_the_end(tmp_path: Path, monkeypatch):
    """The trigger that keeps ledger_factsubject per COPY (rows two storing processes would queue on) is off while a big
    load stores, on again afterwards, and the kept rows are those of the facts, as if kept all along; a load killed
    with it off gets it back from the next load."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's triggers")
    from .test_fact_subjects import assert_kept_equals_live
    seen = []
    real = bulk._store_batch
    monkeypatch.setattr(bulk, "_store_batch", lambda *a: (seen.append(bulk._kept_triggers("D")), real(*a)))
    src, _ = _write_extraction(tmp_path, copies=2)
    bulk.ingest_parquet(src, batch_docs=2, workers=1)
    assert seen and all(s == [("ledger_fact", "ledger_fact_subject_ins")] for s in seen)
    assert bulk._kept_triggers("O") == [("ledger_fact", "ledger_fact_subject_ins")] and not bulk._kept_triggers("D")
    assert_kept_equals_live()
    from taizhang.ledger.models import FactSubject
    assert FactSubject.objects.exists()
    bulk.drop_indexes()  # as a killed load leaves it
    assert bulk._kept_triggers("D")
    with connection.cursor() as cur:
        cur.execute("DELETE FROM ledger_factsubject")
    bulk.restore_indexes()
    assert bulk._kept_triggers("O") and not bulk._kept_triggers("D")
    assert_kept_equals_live()
