"""Offices' own Excel ledgers, imported as they are and exported back in their own layout.

    plan = plan_import(fileobj, "台账.xlsx", Options(create_units=True))   # read + validate, nothing written
    plan.errors, plan.warnings, plan.sheets[0].columns, plan.records        # what the preview shows
    apply_plan(plan, user)                                                  # one short transaction

Modules: fields (fields, header and status synonyms as data), sheet (header, merged cells, sections, totals),
cells (one cell → one value), plan (rows → records, units, identity), apply (the write), export (standard
layout, office layout, template).  Deadlines live in supervision/deadlines.py, unit names in unitnames.py.
"""
from .cells import unescape_formula
from .plan import CellError, ImportPlan, Options, Record, plan_import

__all__ = ["CellError", "ImportPlan", "Options", "Record", "apply_plan", "plan_import",
           "summary", "unescape_formula"]


def apply_plan(plan, actor, **kw):
    from .apply import apply_plan as _apply
    return _apply(plan, actor, **kw)


def summary(plan: ImportPlan, applied=None) -> dict:
    """The plan (and what was written) as one JSON-ready object: the CLI's --json and the preview's JSON."""
    return {
        "file": plan.file_name,
        "items": plan.to_create + plan.to_update,
        "created": plan.to_create,
        "updated": plan.to_update,
        "sections": sum(1 for r in plan.records if r.section),
        "applied": applied is not None,
        "batch": getattr(applied, "batch_id", None),
        "errors": [e.as_json() for e in plan.errors],
        "warnings": [w.as_json() for w in plan.warnings],
        "dropped_columns": plan.dropped_columns,
        "unknown_units": sorted(plan.unknown_units),
        "units_created": list(getattr(applied, "units_created", []) or []),
        "key": plan.key_field,
        "skipped_sheets": plan.skipped_sheets,
        "sheets": [{"name": s.name, "title": s.title, "year": s.year, "header_rows": list(s.header_rows),
                    "rows": s.rows, "sections": s.sections, "totals_skipped": s.totals,
                    "columns": [{"header": c.header, "field": c.field, "label": c.field_label,
                                 "recognised": c.recognised} for c in s.columns]} for s in plan.sheets],
        "updates": [{"row": r.row, "item": r.match_id, "changes": [[k, _j(o), _j(n)] for k, o, n in r.changes]}
                    for r in plan.records if r.match_id is not None],
    }


def _j(v):
    import datetime as dt
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v
