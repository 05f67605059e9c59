"""Excel 台账 in and out: the entry points the pages and commands use.

The work is done by the `importer` package (offices' own layouts, previews, batches, exports in the office's
layout); this module keeps the short names: `import_ledger` (plan + write in one call, nothing written if any
cell is wrong), `export_ledger` (the standard layout), `template`, and the cell parsers the item form uses.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied

from . import permissions as perm
from .importer import Options, apply_plan, plan_import
from .importer.cells import format_milestones, parse_date, parse_milestones, parse_percent  # noqa: F401
from .importer.export import COLUMNS, EXTRA_COLUMNS, standard_workbook, template_workbook, tree_order  # noqa: F401
from .importer.plan import CellError, ImportPlan


def parse_status(value) -> str:
    """A status word → a Status value; blank → 立项 (registered)."""
    from .importer.cells import parse_status as _parse
    return _parse(value) or "registered"


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list[CellError] = field(default_factory=list)
    warnings: list[CellError] = field(default_factory=list)
    plan: ImportPlan | None = None
    batch_id: int | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def import_ledger(fileobj, actor, *, file_name: str = "", create_units: bool = False,
                  options: Options | None = None) -> ImportResult:
    """Validate the whole workbook, then write it in one short transaction; with any error nothing is written."""
    if not perm.can_manage(actor):
        raise PermissionDenied("需要督查人员权限")
    options = options or Options(create_units=create_units)
    plan = plan_import(fileobj, file_name or getattr(fileobj, "name", "") or "台账.xlsx", options)
    result = ImportResult(errors=plan.errors, warnings=plan.warnings, plan=plan)
    if not plan.ok:
        return result
    applied = apply_plan(plan, actor)
    result.created, result.updated, result.batch_id = applied.created, applied.updated, applied.batch_id
    return result


def export_ledger(items) -> bytes:
    """The standard layout, every text cell formula-escaped, extra attributes as trailing columns."""
    return standard_workbook(items)


def template() -> bytes:
    return template_workbook()
