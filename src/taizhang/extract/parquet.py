"""Extractions as partitioned Parquet: one stable pyarrow schema per table, written a part at a time.

Why Parquet: a batch of millions of documents cannot be one JSON file per table held by one process.
Every worker writes its own *part* (``<table>/part-<id>.parquet``) for the documents it extracted, and
every reader (the linking pass, the report, ``taizhang ingest --from-parquet``) streams the parts.

Why fixed schemas: a reader written today must read an extraction written next year.  The columns
below are the contract (README, "Parquet output"); a field the extractor grows later that is not a
column yet is kept, as JSON, in the row's ``extra`` column instead of changing the schema.

A part is *committed* when its ``documents`` file exists: ``write_part`` renames that one last, so
a run killed half-way through a part leaves nothing a reader (or a resumed run) would count.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .doc import fact_row

_str, _i64, _i32, _f64, _bool = pa.string(), pa.int64(), pa.int32(), pa.float64(), pa.bool_()

PERSON = pa.struct([("name", _str), ("role", _str), ("start", _i64), ("end", _i64)])
GLOSSARY = pa.struct([("term", _str), ("definition", _str), ("start", _i64), ("end", _i64)])
NOISE = pa.struct([("start", _i64), ("end", _i64), ("text", _str), ("reason", _str)])
INVESTMENT = pa.struct([("value", _f64), ("unit", _str), ("kind", _str), ("start", _i64), ("end", _i64)])

# Columns every per-document table starts with: which document (content hash), its place in the input.
_KEYS = [("doc_id", _str), ("seq", _i64)]

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(_KEYS + [
        ("path", _str), ("bytes", _i64), ("doc", _str), ("title", _str), ("title_derived", _bool),
        ("published", _str), ("source", _str), ("doc_type", _str), ("regions", pa.list_(_str)),
        ("people", pa.list_(PERSON)), ("glossary", pa.list_(GLOSSARY)), ("noise", pa.list_(NOISE)),
        ("format", _str), ("encoding", _str), ("chars", _i64),
        ("n_sections", _i32), ("n_facts", _i32), ("n_projects", _i32), ("n_tasks", _i32),
        ("text", pa.large_string()), ("extra", _str)]),
    "sections": pa.schema(_KEYS + [
        ("doc", _str), ("order", _i32), ("level", _i32), ("label", _str), ("title", _str), ("start", _i64),
        ("end", _i64), ("kind", _str), ("extra", _str)]),
    "facts": pa.schema(_KEYS + [
        ("order", _i32), ("doc", _str), ("vstart", _i64), ("vend", _i64), ("value", _f64), ("unit", _str),
        ("kind", _str), ("measure", _str), ("comparator", _str), ("period", _str), ("subject", _str),
        ("indicator", _str), ("estimated", _bool), ("evidence", _str), ("estart", _i64), ("eend", _i64),
        ("extra", _str)]),
    "projects": pa.schema(_KEYS + [
        ("order", _i32), ("doc", _str), ("start", _i64), ("end", _i64), ("mention", _str), ("name", _str),
        ("category", _str), ("stage", _str), ("location", _str), ("investment", pa.list_(INVESTMENT)),
        ("name_found", _str), ("category_found", _str), ("extra", _str)]),
    "tasks": pa.schema(_KEYS + [
        ("order", _i32), ("doc", _str), ("start", _i64), ("end", _i64), ("text", _str), ("title", _str),
        ("label", _str), ("kind", _str), ("level", _i32), ("lead_units", pa.list_(_str)),
        ("co_units", pa.list_(_str)), ("leader", _str), ("deadline", _str), ("period", _str), ("due", _str),
        ("extra", _str)]),
    # status: failed (the file could not be read or extracted: no document row), stage (one stage failed
    # on a document that was still written), duplicate (same content as ``reason`` names: not extracted again)
    "errors": pa.schema([
        ("path", _str), ("doc_id", _str), ("seq", _i64), ("doc", _str), ("status", _str), ("stage", _str),
        ("reason", _str), ("where", _str)]),
}
TABLES = tuple(SCHEMAS)
# Columns the writer adds (not fields of the extractor's records): dropped when rows go back to records.
_OURS = {"doc_id", "seq", "extra", "order", "n_sections", "n_facts", "n_projects", "n_tasks", "name_found",
         "category_found"}
_OURS_IN = {"documents": _OURS | {"path", "bytes", "text"}, "errors": _OURS | {"status"}}


def _plain(obj: Any) -> dict:
    return asdict(obj) if is_dataclass(obj) else dict(vars(obj))


def _split(table: str, d: dict, fixed: dict) -> dict:
    """``d`` spread over the table's columns; fields without a column go to ``extra`` as JSON."""
    names = SCHEMAS[table].names
    row = {k: v for k, v in d.items() if k in names}
    row.update(fixed)
    rest = {k: v for k, v in d.items() if k not in names}
    row["extra"] = json.dumps(rest, ensure_ascii=False, default=str, sort_keys=True) if rest else None
    return row


def extraction_rows(ex: Any, doc_id: str, seq: int, path: str, nbytes: int) -> dict[str, list[dict]]:
    """All rows of one Extraction, table by table (``tasks`` when the extractor gives tasks)."""
    record = _plain(ex.record)
    sections = record.pop("sections", [])
    tasks = [_plain(t) for t in (getattr(ex, "tasks", None) or [])]
    keys = {"doc_id": doc_id, "seq": seq}
    doc = _split("documents", record, dict(keys, path=path, bytes=nbytes, text=ex.doc.raw,
                                           n_sections=len(sections), n_facts=len(ex.facts),
                                           n_projects=len(ex.projects), n_tasks=len(tasks)))
    out = {"documents": [doc], "errors": [
        error_row(path, getattr(e, "reason", None) or getattr(e, "error", str(e)), doc_id, seq, "stage", doc=getattr(e, "doc", ""),
                  stage=getattr(e, "stage", ""), where=getattr(e, "where", ""))
        for e in (getattr(ex, "errors", None) or [])]}
    out["sections"] = [_split("sections", s, dict(keys, doc=record.get("doc", ""), order=i))
                       for i, s in enumerate(sections)]
    out["facts"] = [_split("facts", fact_row(f), dict(keys, order=i)) for i, f in enumerate(ex.facts)]
    out["projects"] = []
    for i, p in enumerate(ex.projects):
        d = asdict(p)
        out["projects"].append(_split("projects", d, dict(keys, order=i, name_found=d.get("name"),
                                                          category_found=d.get("category"))))
    out["tasks"] = [_split("tasks", t, dict(keys, order=i, doc=t.get("doc", record.get("doc", ""))))
                    for i, t in enumerate(tasks)]
    return out


def error_row(path: str, reason: str, doc_id: str = "", seq: int = -1, status: str = "failed", doc: str = "",
              stage: str = "", where: str = "") -> dict:
    return {"path": path, "doc_id": doc_id, "seq": seq, "doc": doc, "status": status, "stage": stage,
            "reason": reason, "where": where}


# --------------------------------------------------------------------------- parts on disk

def part_path(out: Path, table: str, part: str) -> Path:
    return Path(out) / table / f"part-{part}.parquet"


def _write_table(path: Path, table: pa.Table) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


NO_PANDAS_ENV = "TAIZHANG_ARROW_WITHOUT_PANDAS"


def arrow_without_pandas() -> None:
    """In a worker process of our own, keep pandas out: pyarrow imports it (about 50 MB resident) the
    first time it converts a Python list, only to ask whether the list is a pandas object.  Make that one
    attempt fail; pyarrow remembers the answer and never imports pandas in this process, which needs
    none of it (lists in, Parquet out).  Only where ``NO_PANDAS_ENV`` is set (``distributed.local_cluster``
    sets it for the workers it starts): a worker of a shared cluster may run pandas work for others.
    """
    if os.environ.get(NO_PANDAS_ENV) != "1" or "pandas" in sys.modules:
        return
    blocker = _NoPandas()
    sys.meta_path.insert(0, blocker)
    try:
        pa.array([0])
    finally:
        sys.meta_path.remove(blocker)


class _NoPandas:
    """An import finder under which ``import pandas`` raises ImportError (pyarrow's own test for pandas)."""

    def find_spec(self, name, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("pandas is kept out of this extraction worker", name=name)
        return None


class PartBuffer:
    """The rows of one part as Arrow record batches: each document's rows are converted as they come,
    so a worker holds compact columns rather than Python dicts for the chunk it is extracting."""

    def __init__(self) -> None:
        self.batches: dict[str, list[pa.RecordBatch]] = {t: [] for t in TABLES}

    def add(self, rows: dict[str, list[dict]]) -> None:
        for name, rs in rows.items():
            if rs:
                self.batches[name].append(pa.RecordBatch.from_pylist(rs, schema=SCHEMAS[name]))

    def table(self, name: str) -> pa.Table:
        return pa.Table.from_batches(self.batches[name], schema=SCHEMAS[name])

    def write(self, out: str | Path, part: str) -> None:
        """Write one part of every table; ``documents`` last, so its presence means the part is complete.

        Tables without rows get no file except ``documents`` (always written: it is the commit mark).
        """
        out = Path(out)
        for name in TABLES:
            if name != "documents" and self.batches[name]:
                _write_table(part_path(out, name, part), self.table(name))
        _write_table(part_path(out, "documents", part), self.table("documents"))


def write_part(out: str | Path, part: str, rows: dict[str, list[dict]]) -> None:
    """``rows`` (table → row dicts) as part ``part`` of every table (see ``PartBuffer.write``)."""
    buf = PartBuffer()
    buf.add(rows)
    buf.write(out, part)


def committed_parts(out: str | Path) -> list[str]:
    """Names of the parts whose documents file exists (sorted), i.e. the parts a reader may trust."""
    d = Path(out) / "documents"
    if not d.is_dir():
        return []
    return sorted(p.name[len("part-"):-len(".parquet")] for p in d.glob("part-*.parquet"))


def drop_uncommitted(out: str | Path) -> int:
    """Remove what a killed run left half-written: temporary files and parts without a documents file."""
    out = Path(out)
    keep = set(committed_parts(out))
    gone = 0
    for name in TABLES:
        d = out / name
        if not d.is_dir():
            continue
        for p in d.iterdir():
            if p.name.startswith(".") and p.name.endswith(".tmp"):
                p.unlink()
                gone += 1
            elif p.name.startswith("part-") and p.name[len("part-"):-len(".parquet")] not in keep:
                p.unlink()
                gone += 1
    return gone


def part_files(out: str | Path, table: str) -> list[Path]:
    """The committed part files of one table, in part order."""
    out = Path(out)
    return [p for part in committed_parts(out) if (p := part_path(out, table, part)).exists()]


def read_table(out: str | Path, table: str, columns: list[str] | None = None) -> pa.Table:
    """One whole table (tests, small runs); big runs stream ``iter_batches`` instead."""
    files = part_files(out, table)
    if not files:
        return SCHEMAS[table].empty_table() if columns is None else \
            pa.schema([SCHEMAS[table].field(c) for c in columns]).empty_table()
    return pa.concat_tables(pq.read_table(f, columns=columns, schema=SCHEMAS[table]) for f in files)


def iter_batches(out: str | Path, table: str, columns: list[str] | None = None,
                 batch_size: int = 2000) -> Iterator[pa.RecordBatch]:
    """Record batches of one table, part after part, never more than ``batch_size`` rows at once."""
    for f in part_files(out, table):
        yield from pq.ParquetFile(f).iter_batches(batch_size=batch_size, columns=columns)


def done_ids(out: str | Path) -> set[str]:
    """Content hashes already extracted (or recorded as failed/duplicate) by committed parts."""
    ids: set[str] = set()
    for table in ("documents", "errors"):
        for b in iter_batches(out, table, columns=["doc_id"], batch_size=50_000):
            ids.update(x for x in b.column(0).to_pylist() if x)
    return ids


# --------------------------------------------------------------------------- rows back to records

def record_row(table: str, row: dict) -> dict:
    """A Parquet row as the JSONL writer writes the same record (our columns dropped, ``extra`` merged)."""
    ours = _OURS_IN.get(table, _OURS)
    out = {k: v for k, v in row.items() if k not in ours}
    if table == "sections":
        out.pop("doc", None)
    if row.get("extra"):
        out.update(json.loads(row["extra"]))
    return out


def gold_rows(out: str | Path, table: str) -> list[dict]:
    """Every row of a table in input order (``seq``, then ``order``), as JSONL rows (tests, small runs)."""
    t = read_table(out, table)
    rows = t.to_pylist()
    rows.sort(key=lambda r: (r.get("seq", -1), r.get("order", 0), r.get("path", "")))
    if table == "documents":
        by_doc: dict[str, list[dict]] = {}
        for s in sorted(read_table(out, "sections").to_pylist(), key=lambda r: r["order"]):
            by_doc.setdefault(s["doc_id"], []).append(record_row("sections", s))
        return [dict(record_row(table, r), sections=by_doc.get(r["doc_id"], [])) for r in rows]
    return [record_row(table, r) for r in rows]
