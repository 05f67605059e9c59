"""Spreadsheet cells that stay text: no formula from a document, a report or a unit's name ever runs.

Text that starts with ``=``, ``+``, ``-``, ``@`` (or a tab/CR, or their full-width forms, which some spreadsheet
programs fold to ASCII) is read as a formula by Excel, WPS and LibreOffice: ``=HYPERLINK(...)`` in a progress
report becomes a live link, a DDE call worse.  Every export goes through these two functions:

- ``text_cell(ws, value)`` for .xlsx (openpyxl, normal or write-only sheets: ``ws.append([...])`` takes the
  cells): a string is stored as a typed string cell, so it is shown and read back exactly as written
  (``=`` stays ``=``, a re-import gets the original text) and is never evaluated.
- ``csv_text(value)`` for .csv, which has no cell types: a leading apostrophe, the convention spreadsheets
  honour for "this is text".
"""
from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_STARTS)


def text_cell(ws, value: Any):
    """An openpyxl cell for ``value``: strings always typed as text, numbers and dates as themselves."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters openpyxl refuses (from PDF text)
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
    return cell


def csv_text(value: Any) -> Any:
    """``value`` for a CSV file: text that a spreadsheet would evaluate gets a leading apostrophe."""
    if looks_like_formula(value):
        return "'" + value
    return value
