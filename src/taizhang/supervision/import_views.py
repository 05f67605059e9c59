"""The Excel import pages: upload → preview (columns → fields, units to create, rows that update existing
items and what changes) → confirm → batch page with the export in the office's own layout.

The uploaded workbook waits in MEDIA_ROOT/imports/ under a random name kept in the session, so the preview can
be re-run with the supervisor's changes without uploading again.  A sheet in exactly the standard columns,
with nothing to decide (no update, no unknown unit, no error), goes in at once.
"""
from __future__ import annotations

import secrets
import time
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET

from . import deadlines, excel, permissions as perm
from .importer import Options, apply_plan, plan_import
from .importer.export import COLUMNS, EXTRA_COLUMNS, layout_workbook, office_workbook
from .importer.fields import FIELDS
from .models import ImportBatch, ImportLayout
from .views import manager_required, member_required

MAX_BYTES = 20 * 1024 * 1024
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SESSION_KEY = "excel_imports"
PREVIEW_ROWS = 200


KEEP_SECONDS = 24 * 3600


def _store(upload) -> tuple[str, Path]:
    """The upload on disk under a random name; uploads nobody confirmed within a day are removed."""
    folder = Path(settings.MEDIA_ROOT) / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    now = time.time()
    for old in folder.glob("*.xlsx"):
        try:
            if now - old.stat().st_mtime > KEEP_SECONDS:
                old.unlink()
        except FileNotFoundError:   # another request removed it first
            pass
    token = secrets.token_urlsafe(16)
    path = folder / f"{token}.xlsx"
    with path.open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return token, path


def _check_archive(path: Path) -> str | None:
    """A zip bomb is refused before openpyxl opens it (extract.safezip, when present)."""
    try:
        from taizhang.extract.safezip import UnsafeArchive, check_archive
    except ImportError:
        return None
    from .importer.xls import is_xls
    with path.open("rb") as f:
        if is_xls(f.read(8)):
            return None    # an .xls is no zip: xlrd reads it (importer/xls.py)
    try:
        check_archive(path)
    except UnsafeArchive as e:
        return f"文件被拒绝: {e}"
    return None


def _options(post, create_default: bool) -> Options:
    mapping = {k[4:]: v for k, v in post.items() if k.startswith("map-") and v in FIELDS}
    key = post.get("key", "auto")
    days = post.get("immediate_days", "")
    return Options(mapping=mapping, key_field={"auto": None, "code": "code", "title": "title", "none": ""}.get(key),
                   create_units=bool(post.getlist("create_unit")) or post.get("create_units", "1" if create_default
                                                                                   else "") == "1",
                   create_only=frozenset(post.getlist("create_unit")) if post.getlist("create_unit") else None,
                   immediate_days=int(days) if days.isdigit() and 0 < int(days) <= 365 else None)


def _plan(path: Path, name: str, options: Options):
    with path.open("rb") as f:
        return plan_import(f, name, options)


def _is_standard(plan) -> bool:
    standard = set(COLUMNS + EXTRA_COLUMNS)
    return all(c.header in standard for s in plan.sheets for c in s.columns)


def _sessions(request) -> dict:
    return request.session.setdefault(SESSION_KEY, {})


def _applied(request, plan, path: Path, token: str):
    result = apply_plan(plan, request.user)
    path.unlink(missing_ok=True)
    _sessions(request).pop(token, None)
    request.session.modified = True
    made = f",新建单位 {len(result.units_created)} 个" if result.units_created else ""
    messages.success(request, f"导入成功: 新增 {result.created} 条,更新 {result.updated} 条{made}")
    return result


@manager_required
def excel_import(request):
    """Upload (GET shows the form); a POST with a file plans the import and shows the preview, or imports a
    standard sheet that needs no decision at once."""
    if request.method != "POST":
        return render(request, "supervision/excel_import.html", {"columns": COLUMNS})
    f = request.FILES.get("file")
    if f is None:
        messages.error(request, "请选择文件")
        return render(request, "supervision/excel_import.html", {"columns": COLUMNS})
    if f.size > MAX_BYTES:
        messages.error(request, "文件过大(上限 20 MB)")
        return render(request, "supervision/excel_import.html", {"columns": COLUMNS}, status=400)
    token, path = _store(f)
    refused = _check_archive(path)
    if refused:
        path.unlink(missing_ok=True)
        messages.error(request, refused)
        return render(request, "supervision/excel_import.html", {"columns": COLUMNS}, status=400)
    _sessions(request)[token] = {"path": str(path), "name": Path(f.name).name[:200]}
    request.session.modified = True
    plan = _plan(path, Path(f.name).name, Options())
    if plan.ok and not plan.warnings and plan.to_update == 0 and not plan.unknown_units and _is_standard(plan):
        _applied(request, plan, path, token)
        return redirect("supervision:items")
    return _preview(request, token, plan)


def _preview(request, token: str, plan, status: int | None = None):
    sheets = []
    for s in plan.sheets:
        recs = [r for r in plan.records if r.sheet == s.index]
        sheets.append({"plan": s, "records": recs[:PREVIEW_ROWS], "more": max(0, len(recs) - PREVIEW_ROWS)})
    return render(request, "supervision/excel_preview.html", {
        "plan": plan, "token": token, "sheets": sheets, "fields": list(FIELDS.items()),
        "updates": [r for r in plan.records if r.match_id is not None][:PREVIEW_ROWS],
        "errors": plan.errors[:500], "warnings": plan.warnings[:500], "kind_labels": deadlines.KIND_LABELS,
        "has_code": any(c.field == "code" for s in plan.sheets for c in s.columns),
        "key": request.POST.get("key", "auto"), "create_units": plan.options.create_units,
        "unknown_units": [(name, plan.options.creates(name), len(rows)) for name, rows in
                          sorted(plan.unknown_units.items())],
        "immediate_days": plan.options.immediate_days or deadlines._setting_days(),
    }, status=status or (400 if plan.errors else 200))


@manager_required
def excel_preview(request, token: str):
    """Re-plan with the supervisor's choices (action=preview) or write it (action=confirm)."""
    entry = _sessions(request).get(token)
    if entry is None or not Path(entry["path"]).exists():
        messages.error(request, "预览已过期,请重新上传文件")
        return redirect("supervision:excel_import")
    path = Path(entry["path"])
    if request.method != "POST":
        return _preview(request, token, _plan(path, entry["name"], Options()))
    plan = _plan(path, entry["name"], _options(request.POST, create_default=False))
    if request.POST.get("action") == "confirm" and plan.ok:
        result = _applied(request, plan, path, token)
        return redirect("supervision:excel_batch", pk=result.batch_id)
    if request.POST.get("action") == "confirm":
        messages.error(request, f"仍有 {len(plan.errors)} 处错误,未导入")
    return _preview(request, token, plan)


@member_required
@require_GET
def excel_batch(request, pk: int):
    batch = get_object_or_404(ImportBatch, pk=pk)
    items = perm.visible_items(request.user).filter(import_batch=batch).select_related("lead_unit") \
        .order_by("import_sheet", "import_row", "id")
    if not perm.can_manage(request.user) and not items.exists():
        raise Http404
    columns = [{"name": s.get("name"), "columns": [(h, FIELDS.get(f, f)) for h, f, _ in s.get("columns", [])]}
               for s in batch.sheets]
    return render(request, "supervision/excel_batch.html", {"batch": batch, "items": items[:1000],
                                                            "count": items.count(), "sheets": columns})


@member_required
@require_GET
def excel_batch_export(request, pk: int):
    """The batch in the office's own layout, current progress filled in (the items the user may see)."""
    batch = get_object_or_404(ImportBatch, pk=pk)
    if not perm.reads_all(request.user):
        raise Http404
    data = office_workbook(batch)
    resp = HttpResponse(data, content_type=XLSX)
    name = Path(batch.file_name).stem or "台账"
    resp["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name + '-进展.xlsx')}"
    return resp


@member_required
@require_GET
def excel_layout_export(request, pk: int):
    """Every item imported through one saved layout, across all its batches, in that layout with current
    progress (one office's 台账 as it stands, however many files it came in)."""
    layout = get_object_or_404(ImportLayout, pk=pk)
    if not perm.reads_all(request.user):
        raise Http404
    resp = HttpResponse(layout_workbook(layout), content_type=XLSX)
    name = (layout.name or "台账").replace("/", "-")[:80]
    resp["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name + '-进展.xlsx')}"
    return resp


def _layouts() -> list[dict]:
    """Saved layouts with how many batches used them (any sheet of the batch) and when last."""
    batches = list(ImportBatch.objects.filter(state=ImportBatch.State.APPLIED).order_by("created_at", "id")
                   .values_list("sheets", "created_at"))
    out = []
    for lay in ImportLayout.objects.order_by("-confirmed_at", "-id")[:200]:
        used = [at for sheets, at in batches if any(s.get("signature") == lay.signature for s in sheets or [])]
        out.append({"layout": lay, "batches": len(used), "last": used[-1] if used else None})
    return out


@member_required
@require_GET
def excel_batches(request):
    if not perm.can_manage(request.user):
        raise Http404
    return render(request, "supervision/excel_batches.html", {"batches": ImportBatch.objects.select_related(
        "actor", "layout")[:200], "layouts": _layouts()})


@member_required
@require_GET
def excel_template(request):
    resp = HttpResponse(excel.template(), content_type=XLSX)
    resp["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote('台账导入模板.xlsx')}"
    return resp
