"""Ingest: files → extraction → rows, one ``transaction.atomic`` per document.

Idempotent by content hash (sha256 of the bytes): a file seen before is reported as a duplicate and
not stored again.  A file that fails to load or extract leaves nothing behind, and never stops the batch.
The extractor is ``settings.TAIZHANG_EXTRACTOR`` (a dotted path to ``f(path) -> Extraction``), so tests
and deployments can swap it; the default is ``taizhang.extract.extract_file``.
"""
from __future__ import annotations

import hashlib
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.module_loading import import_string

from taizhang.extract.doc import fact_row

from . import canon, linking, searchindex
from .models import (Document, Fact, GlossaryTerm, IngestBatch, IngestItem, Project, ProjectMention,
                     SearchGram, Section, Task)



@dataclass
class IngestResult:
    name: str
    status: str  # stored | duplicate | failed
    document: Document | None = None
    message: str = ""


def extractor() -> Callable:
    return import_string(getattr(settings, "TAIZHANG_EXTRACTOR", "taizhang.extract.extract_file"))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def ingest_bytes(name: str, data: bytes, user=None) -> IngestResult:
    """Store one file given as bytes (an upload or a file read from disk)."""
    name = Path(name).name or "document.txt"
    digest = sha256(data)
    old = Document.objects.filter(sha256=digest).first()
    if old is not None:
        return IngestResult(name, "duplicate", old, f"与已入库文件《{old}》内容相同")
    limit = getattr(settings, "TAIZHANG_MAX_DOCUMENT_BYTES", 60 * 1024 * 1024)
    if len(data) > limit:
        return IngestResult(name, "failed", None, f"文件过大（{len(data)} 字节，上限 {limit}）")
    try:
        with tempfile.TemporaryDirectory(prefix="taizhang-ingest-") as tmp:
            path = Path(tmp) / name
            path.write_bytes(data)
            ex = extractor()(path)
    except Exception as e:  # ExtractError carries a reason meant for a person
        reason = getattr(e, "reason", None) or f"{type(e).__name__}: {e}"
        return IngestResult(name, "failed", None, f"无法读取：{reason}")
    link_errors = link_known_projects(ex)
    try:
        with transaction.atomic():
            doc = store_extraction(ex, name=name, digest=digest, user=user)
            linking.relink_document(doc)
    except IntegrityError:
        old = Document.objects.filter(sha256=digest).first()
        if old is not None:
            return IngestResult(name, "duplicate", old, "重复文件（同时上传）")
        return IngestResult(name, "failed", None, "写入数据库失败")
    except Exception as e:
        return IngestResult(name, "failed", None, f"入库失败：{type(e).__name__}: {e}")
    from .signals import document_stored
    document_stored.send(sender=Document, document=doc)  # e.g. supervision proposes progress on its items
    return IngestResult(name, "stored", doc, stage_error_message(list(getattr(ex, "errors", [])) + link_errors))


STAGE_NAMES = {"outline": "结构", "meta": "元数据", "facts": "量化表述", "projects": "项目", "tasks": "任务",
               "link": "项目关联"}


def stage_error_message(errors: list) -> str:
    """The stages that failed on a stored document, for the batch's list (never silent)."""
    if not errors:
        return ""
    parts = [f"{STAGE_NAMES.get(e.stage, e.stage)}（{e.reason}）" for e in errors]
    return "已入库，但部分步骤出错：" + "；".join(parts)


def known_project_names(keys: set[str]) -> dict[str, list[str]]:
    """Project names the ledger holds for each area key (see ``extract.linking.area_keys``)."""
    from taizhang.extract.linking import area_prefix
    out: dict[str, list[str]] = {}
    for k in keys:
        prefix = area_prefix(k)
        out[k] = list(Project.objects.filter(region__code__startswith=prefix).values_list("name", flat=True))
    return out


def link_known_projects(ex) -> list:
    """Cross-document linking for one new document: its short project names take the fuller names the
    ledger already holds for its area.  Returns the stage errors (names are then left as found)."""
    from taizhang.extract.linking import area_keys, link_batch
    if not getattr(ex, "projects", None):
        return []
    try:
        keys = area_keys(ex)
    except Exception as e:  # recorded like any stage error, the document is still stored
        from taizhang.extract.pipeline import stage_error
        return [stage_error(ex.record.doc, "link", e)]
    return link_batch([ex], known_project_names(keys))


def ingest_paths(paths: Iterable[str | Path], user=None,
                 progress: Callable[[int, int, IngestResult], None] | None = None) -> IngestBatch:
    """Ingest files (folders are searched recursively) as one batch with per-file status."""
    from taizhang.extract import iter_paths
    files = list(iter_paths([str(p) for p in paths]))
    batch = IngestBatch.objects.create(user=user, total=len(files))
    for i, p in enumerate(files, 1):
        try:
            data = Path(p).read_bytes()
        except OSError as e:
            res = IngestResult(Path(p).name, "failed", None, f"无法打开：{e.strerror or e}")
        else:
            res = ingest_bytes(Path(p).name, data, user=user)
        record_result(batch, res)
        if progress:
            progress(i, len(files), res)
    batch.finished = True
    batch.save(update_fields=["finished"])
    optimize_db()
    return batch


def optimize_db() -> None:
    """Refresh the query planner's statistics after a batch (SQLite has no autovacuum-analyze; without
    statistics it picks the wrong index for faceted lists).  On PostgreSQL autovacuum catches up later;
    analysing the ledger's big tables now makes the first pages after a large batch fast too."""
    from django.db import connection
    with connection.cursor() as cur:
        if connection.vendor == "sqlite":
            cur.execute("PRAGMA analysis_limit=0")  # full: sampled statistics led to 1 s facet queries
            cur.execute("ANALYZE")
        elif connection.vendor == "postgresql":
            for model in (Fact, Task, Project, SearchGram):
                cur.execute(f'ANALYZE "{model._meta.db_table}"')  # table names from the models, not input


def ingest_uploads(files, user=None) -> IngestBatch:
    """Browser upload: Django UploadedFile objects, one batch."""
    batch = IngestBatch.objects.create(user=user, total=len(files))
    for f in files:
        record_result(batch, ingest_bytes(f.name, f.read(), user=user))
    batch.finished = True
    batch.save(update_fields=["finished"])
    optimize_db()
    return batch


def record_result(batch: IngestBatch, res: IngestResult) -> IngestItem:
    item = IngestItem.objects.create(batch=batch, name=res.name[:255], status=res.status,
                                     message=res.message[:1000], document=res.document)
    batch.done = batch.items.count()
    IngestBatch.objects.filter(pk=batch.pk).update(done=batch.done)
    return item


# --------------------------------------------------------------------------- rows from one extraction

def _in_range(text: str, start: int, end: int) -> bool:
    return 0 <= start <= end <= len(text)


def store_extraction(ex, name: str, digest: str, user=None) -> Document:
    """All rows for one Extraction; caller wraps this in a transaction."""
    rec = ex.record
    text = ex.doc.raw
    record = asdict(rec)
    for bulky in ("sections", "glossary", "noise", "people"):
        record.pop(bulky, None)
    unlisted = canon.unlisted_regions(rec.regions, text)  # places the gazetteer lacks, by name
    region = None
    for rname in rec.regions[:3]:
        region = unlisted.get(canon.clean_name(rname)) or canon.region_for(rname)
        if region is not None:
            break
    doc = Document.objects.create(
        name=name[:255], sha256=digest, text=text, title=(rec.title or "")[:500], published=rec.published or "",
        source=(rec.source or "")[:255], doc_type=rec.doc_type or "", format=rec.format or "txt",
        encoding=rec.encoding or "utf-8", chars=len(text), regions=list(rec.regions),
        noise=[{"start": n.start, "end": n.end, "reason": n.reason} for n in rec.noise],
        people=[asdict(p) for p in rec.people], record=record, region=region, uploaded_by=user)
    sections = _store_sections(doc, rec.sections)
    _store_facts(doc, ex.facts, region, unlisted)
    _store_projects(doc, ex.projects, region)
    _store_tasks(doc, sections, region, getattr(ex, "tasks", []))
    GlossaryTerm.objects.bulk_create([
        GlossaryTerm(document=doc, term=g.term[:200], definition=g.definition, start=g.start, end=g.end,
                     extracted=asdict(g)) for g in rec.glossary if g.term])
    return doc


def _store_sections(doc: Document, records) -> list[Section]:
    rows = [Section(document=doc, order=i, level=s.level, label=s.label[:32], title=s.title[:1000], kind=s.kind,
                    start=s.start, end=s.end) for i, s in enumerate(records) if _in_range(doc.text, s.start, s.start)]
    rows = Section.objects.bulk_create(rows)
    Section.objects.bulk_update(nest_sections(rows), ["parent"], batch_size=500)
    return rows


def nest_sections(rows: list[Section]) -> list[Section]:
    """Set each of one document's sections (in document order) under the last section before it of a
    higher level (a smaller number); returns the sections that got a parent."""
    stack: list[Section] = []
    changed = []
    for s in rows:
        while stack and stack[-1].level >= s.level:
            stack.pop()
        if stack:
            s.parent = stack[-1]
            changed.append(s)
        stack.append(s)
    return changed


def fact_search_text(f: Fact) -> str:
    return " ".join(x for x in (f.evidence, f.indicator_name, f.subject, f.period) if x)


def _store_facts(doc: Document, records, doc_region, unlisted: dict | None = None) -> None:
    resolve = canon.IndicatorResolver()
    regions: dict[str, object] = {}
    rows = []
    for f in records:
        if not (_in_range(doc.text, f.vstart, f.vend) and _in_range(doc.text, f.estart, f.eend)):
            continue
        d = fact_row(f)
        d.pop("doc", None)
        if f.subject not in regions:
            regions[f.subject] = ((unlisted or {}).get(canon.clean_name(f.subject)) or canon.region_for(f.subject)
                                  if f.subject else None)
        row = Fact(document=doc, vstart=f.vstart, vend=f.vend, estart=f.estart, eend=f.eend,
                   evidence=doc.text[f.estart:f.eend], value=float(f.value), unit=f.value_unit[:20], kind=f.kind,
                   measure=f.measure, comparator=f.comparator or "=", period=f.period[:32],
                   subject=canon.link_subject(f.subject)[:100], indicator_name=f.indicator[:200], indicator=resolve(f.indicator),
                   region=regions[f.subject] or doc_region, estimated=bool(f.estimated), extracted=d)
        row.search = fact_search_text(row)
        rows.append(row)
    Fact.objects.bulk_create(rows, batch_size=500)
    searchindex.index_items(Fact, rows, replace=False)


def _investments(m) -> tuple[float | None, float | None]:
    planned = completed = None
    for inv in m.investment:
        v = canon.to_yi(float(inv.value), inv.unit)
        if v is None:
            continue
        if inv.kind == "completed":
            completed = v if completed is None else max(completed, v)
        else:
            planned = v if planned is None else max(planned, v)
    return planned, completed


def project_key(name: str) -> str:
    return canon.clean_name(name)[:200]


def _store_projects(doc: Document, records, doc_region) -> None:
    touched: dict[int, Project] = {}
    for m in records:
        if not _in_range(doc.text, m.start, m.end):
            continue
        key = project_key(m.name or m.mention)
        if not key:
            continue
        project, _ = Project.objects.get_or_create(
            name=key, defaults={"category": m.category[:100], "location": m.location[:100], "region": doc_region,
                                "extracted": {"name": key, "category": m.category, "location": m.location}})
        planned, completed = _investments(m)
        es, ee = canon.sentence_around(doc.text, m.start, m.end)
        d = asdict(m)
        d.pop("doc", None)
        ProjectMention.objects.create(
            project=project, document=doc, start=m.start, end=m.end, mention=m.mention[:300], stage=m.stage or "unknown",
            location=m.location[:100], investment_planned=planned, investment_completed=completed,
            evidence=doc.text[es:ee], estart=es, eend=ee, extracted=d)
        touched[project.pk] = project
    for p in touched.values():
        linking.refresh_project(p)


def _store_tasks(doc: Document, sections: list[Section], doc_region, tasks: list) -> None:
    """Task rows from the extractor's tasks (``taizhang.extract.tasks``), each tied to its section row."""
    rows = task_rows(doc, sections, doc_region, tasks)
    Task.objects.bulk_create(rows, batch_size=500)
    searchindex.index_items(Task, rows, replace=False)


def task_rows(doc: Document, sections: list[Section], doc_region, tasks: list) -> list[Task]:
    """The unsaved Task rows of one document (the bulk load stores many documents' rows in one insert)."""
    by_start = {}
    for s in sections:
        by_start.setdefault(s.start, s)
    rows = []
    for t in tasks:
        if not _in_range(doc.text, t.start, t.end):
            continue
        d = asdict(t)
        d.pop("doc", None)
        title = (t.title or doc.text[t.start:t.end]).strip()[:1000]
        body = doc.text[t.start:t.end]
        rows.append(Task(document=doc, section=by_start.get(t.start), start=t.start, end=t.end, title=title,
                         text=body[:4000], kind=t.kind, deadline=t.period[:32], region=doc_region,
                         search=title + " " + body[:1000], lead_units=list(t.lead_units), co_units=list(t.co_units),
                         leader=t.leader[:100], deadline_text=t.deadline[:100], due=_date(t.due),
                         outline=d.get("outline", []), extracted=d))
    return rows


def _date(iso: str):
    """The task's ISO due date (``extract.tasks`` writes only valid dates, so a bad one is a bug and raises)."""
    import datetime
    return datetime.date.fromisoformat(iso) if iso else None
