"""The older Excel format (.xls, BIFF8 in an OLE2 container) read through xlrd, behind the few worksheet
attributes `sheet.read_table` uses, so an .xls ledger goes through exactly the same header, merge, section and
row rules as an .xlsx one.

Many offices still keep their 台账 as .xls (older Excel, WPS defaults).  xlrd reads the whole file into memory
(the format has no streaming reader); uploads are capped well below sizes where that matters.  Merged ranges come
from xlrd's `merged_cells` (it needs `formatting_info=True`, which also gives the number formats that mark a
percentage cell).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_xls(head: bytes) -> bool:
    """An OLE2 compound file: the container of .xls (and of .doc, which xlrd then refuses with its reason)."""
    return head[:8] == OLE_MAGIC


@dataclass(slots=True)
class XlsCell:
    value: object
    number_format: str = "General"


class XlsSheet:
    """One .xls sheet with the worksheet attributes the importer reads (title, sheet_state, min_row,
    merged ranges as 1-based (min_col, min_row, max_col, max_row), iter_rows)."""

    min_row = 1

    def __init__(self, book, sheet):
        self._book, self._sheet = book, sheet
        self.title = sheet.name
        self.sheet_state = "visible" if getattr(sheet, "visibility", 0) == 0 else "hidden"
        # xlrd: (row_lo, row_hi, col_lo, col_hi), 0-based, hi exclusive
        self.merged_bounds = [(c1 + 1, r1 + 1, c2, r2) for r1, r2, c1, c2 in sheet.merged_cells
                              if r2 - r1 > 1 or c2 - c1 > 1]

    def _format(self, xf_index: int) -> str:
        try:
            key = self._book.xf_list[xf_index].format_key
            return self._book.format_map[key].format_str or "General"
        except (IndexError, KeyError, AttributeError):
            return "General"

    def _value(self, cell):
        import xlrd
        t = cell.ctype
        if t in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
            return None
        if t == xlrd.XL_CELL_DATE:
            try:
                d = xlrd.xldate.xldate_as_datetime(cell.value, self._book.datemode)
            except (xlrd.xldate.XLDateError, ValueError, OverflowError):
                return cell.value
            return d
        if t == xlrd.XL_CELL_BOOLEAN:
            return bool(cell.value)
        return cell.value

    def iter_rows(self) -> Iterator[list[XlsCell]]:
        for r in range(self._sheet.nrows):
            yield [XlsCell(self._value(c), self._format(c.xf_index)) for c in self._sheet.row(r)]


class XlsWorkbook:
    """The workbook: `worksheets` and `close()`, as openpyxl's."""

    def __init__(self, data: bytes):
        import xlrd
        self._book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=False)
        self.worksheets = [XlsSheet(self._book, s) for s in self._book.sheets()]

    def close(self) -> None:
        self._book.release_resources()


def open_xls(fileobj) -> XlsWorkbook:
    """Read an .xls upload; a broken or foreign OLE file (a .doc renamed) is a ValueError saying so."""
    data = fileobj.read()
    try:
        return XlsWorkbook(data)
    except Exception as e:  # xlrd raises XLRDError, CompDocError, struct errors...: said, never swallowed
        raise ValueError(f"无法读取旧版 Excel(.xls)文件({type(e).__name__}: {e})") from e


__all__ = ["OLE_MAGIC", "XlsWorkbook", "is_xls", "open_xls"]
