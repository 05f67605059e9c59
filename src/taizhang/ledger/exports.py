"""Exports: any filtered list to CSV or Excel; the whole ledger to Parquet (one file per table).

CSV is written with a BOM so Excel opens the Chinese text as UTF-8.  Every cell goes through cells.py, so
text from a document is never taken for a formula.  Parquet goes through pyarrow in
chunks, so a ledger with many documents never sits in memory as Python objects all at once; ``dask=True``
writes each table as a partitioned dataset (one part per chunk) that Dask reads in parallel.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Callable, Iterable

from django.http import HttpResponse

from .models import (Document, Fact, FactLink, GlossaryTerm, Indicator, Project, ProjectMention, Region, Section,
                     Task)
from .cells import csv_text, text_cell
from .query import ListSpec

MAX_ROWS = 200_000


def _rows(spec: ListSpec, qs) -> Iterable[list]:
    for obj in qs[:MAX_ROWS].iterator(chunk_size=2000):
        yield [c.get(obj) for c in spec.columns]


def csv_response(spec: ListSpec, qs) -> HttpResponse:
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf)
    w.writerow([c.label for c in spec.columns])
    for row in _rows(spec, qs):
        w.writerow(["" if v is None else csv_text(v) for v in row])
    resp = HttpResponse(buf.getvalue(), content_type="text/csv; charset=utf-8")
    resp["Content-Disposition"] = f'attachment; filename="{spec.name}.csv"'
    return resp


def _task_source(t: Task) -> str:
    path = " / ".join(s.get("title") or s.get("label") or "" for s in (t.outline or []) if isinstance(s, dict))
    doc = t.document.title or t.document.name
    return f"{doc}:{path}" if path else doc


# The tasks list exported in the columns of the supervision import (序号/任务编号/任务来源/工作任务/牵头单位/...), so
# a downloaded tasks.xlsx can be edited and imported as supervised items without retyping; 任务编号 LT-<id> makes a
# second import of the same file update those items instead of adding copies.
TASK_IMPORT_COLUMNS: list[tuple[str, Callable[[Task], object]]] = [
    ("任务编号", lambda t: f"LT-{t.pk}"),
    ("任务来源", _task_source),
    ("工作任务", lambda t: t.title),
    ("目标要求", lambda t: t.text if t.text and t.text != t.title else ""),
    ("牵头单位", lambda t: "、".join(t.lead_units or [])),
    ("责任单位", lambda t: "、".join(t.co_units or [])),
    ("责任领导", lambda t: t.leader),
    ("完成时限", lambda t: t.deadline_text or (t.due.isoformat() if t.due else "")),
    ("节点安排", lambda t: ""), ("进展情况", lambda t: ""), ("完成率", lambda t: ""), ("推进状态", lambda t: ""),
    ("存在问题", lambda t: ""), ("下步计划", lambda t: ""),
    ("备注", lambda t: f"审核:{t.get_review_state_display()}"),
]


def xlsx_response(spec: ListSpec, qs) -> HttpResponse:
    from openpyxl import Workbook
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(spec.title)
    if spec.model is Task:
        ws.append([text_cell(ws, "序号")] + [text_cell(ws, label) for label, _ in TASK_IMPORT_COLUMNS])
        qs = qs.defer(None).defer("document__text", "document__record", "search")   # the task's own text is used
        for n, t in enumerate(qs[:MAX_ROWS].iterator(chunk_size=2000), start=1):
            ws.append([n] + [text_cell(ws, get(t)) for _, get in TASK_IMPORT_COLUMNS])
    else:
        ws.append([text_cell(ws, c.label) for c in spec.columns])
        for row in _rows(spec, qs):
            ws.append([text_cell(ws, v) for v in row])
    buf = io.BytesIO()
    wb.save(buf)
    resp = HttpResponse(buf.getvalue(),
                        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    resp["Content-Disposition"] = f'attachment; filename="{spec.name}.xlsx"'
    return resp


TABLES = {
    "documents": (Document, ["id", "name", "sha256", "title", "published", "source", "doc_type", "format",
                             "encoding", "chars", "region_id"]),
    "regions": (Region, ["id", "code", "name", "short", "level", "parent_id"]),
    "sections": (Section, ["id", "document_id", "parent_id", "order", "level", "label", "title", "kind", "start",
                           "end"]),
    "indicators": (Indicator, ["id", "name", "unit"]),
    "facts": (Fact, ["id", "document_id", "kind", "value", "unit", "measure", "comparator", "period", "subject",
                     "indicator_name", "indicator_id", "region_id", "estimated", "vstart", "vend", "estart", "eend",
                     "evidence", "review_state"]),
    "fact_links": (FactLink, ["id", "target_id", "other_id", "relation", "origin", "state", "gap"]),
    "projects": (Project, ["id", "name", "category", "location", "region_id", "stage", "investment_planned",
                           "investment_completed", "first_seen", "last_seen", "mention_count", "review_state"]),
    "project_mentions": (ProjectMention, ["id", "project_id", "document_id", "start", "end", "mention", "stage",
                                          "investment_planned", "investment_completed", "link_origin",
                                          "link_state", "review_state"]),
    "tasks": (Task, ["id", "document_id", "section_id", "start", "end", "title", "kind", "deadline", "region_id",
                     "review_state"]),
    "glossary_terms": (GlossaryTerm, ["id", "document_id", "term", "definition", "start", "end", "review_state"]),
}


def _schema(model, fields):
    import pyarrow as pa
    types = {"FloatField": pa.float64(), "BooleanField": pa.bool_(), "BigAutoField": pa.int64(),
             "AutoField": pa.int64(), "PositiveIntegerField": pa.int64(), "IntegerField": pa.int64(),
             "PositiveSmallIntegerField": pa.int64(), "ForeignKey": pa.int64()}
    out = []
    for f in fields:
        fld = model._meta.get_field(f[:-3] if f.endswith("_id") and f != "id" else f)
        out.append(pa.field(f, types.get(fld.get_internal_type(), pa.string())))
    return pa.schema(out)


def export_parquet(out: str | Path, chunk: int = 50_000, dask: bool = False) -> dict[str, int]:
    """Write every ledger table to ``out/<table>.parquet`` (or ``out/<table>/part-N.parquet`` with dask=True)."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, (model, fields) in TABLES.items():
        qs = model.objects.order_by("pk").values_list(*fields)
        schema = _schema(model, fields)
        writer = None
        n = part = 0
        batch: list[tuple] = []

        def flush():
            nonlocal writer, part
            if not batch:
                return
            cols = list(zip(*batch))
            table = pa.table([pa.array(list(c), type=schema.field(f).type) for f, c in zip(fields, cols)],
                             schema=schema)
            if dask:
                (out / name).mkdir(exist_ok=True)
                pq.write_table(table, out / name / f"part-{part:05d}.parquet")
                part += 1
            else:
                if writer is None:
                    writer = pq.ParquetWriter(out / f"{name}.parquet", schema)
                writer.write_table(table)
            batch.clear()

        for row in qs.iterator(chunk_size=5000):
            batch.append(row)
            n += 1
            if len(batch) >= chunk:
                flush()
        flush()
        if writer is not None:
            writer.close()
        elif n == 0 and not dask:
            pq.write_table(schema.empty_table(), out / f"{name}.parquet")
        counts[name] = n
    return counts
