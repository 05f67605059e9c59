"""Reading an office's sheet as it is: title rows, a header anywhere in the first 20 rows, two-line and merged
headers, merged cells filling every row they cover, section rows (一、…, 县长牵头…) and 合计/小计 rows.

Workbooks are read with openpyxl in read-only mode, row by row, so a 100k-row sheet never sits in memory as cell
objects.  Read-only mode does not expose merged cells, so the sheet's <mergeCells> element is read from the
worksheet XML apart (iterparse, streaming as well).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from dataclasses import dataclass, field
from typing import Iterator

from openpyxl.utils.cell import range_boundaries

from .fields import FIELDS, field_for, is_exact, normalise_header, unit_of

HEADER_SEARCH_ROWS = 20
MIN_HEADER_SCORE = 3
MAX_HEADER_LINES = 3

_CN_HEAD = re.compile(r"^[一二三四五六七八九十百]+[、.．]")
_PAREN_HEAD = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
_PART_HEAD = re.compile(r"^第[一二三四五六七八九十]+(?:部分|章|篇|节|类|项)")
_SEQ_CN = re.compile(r"^[一二三四五六七八九十]+[、.．]?$|^[（(][一二三四五六七八九十]+[）)]$")
_GROUP_WORDS = re.compile(r"牵头|包抓|分管|领衔|领办|负责|联系|包联|类项目|类事项|板块")
_TOTAL = re.compile(r"^(合计|小计|总计|共计|累计合计|全县合计|全市合计)")
_NOTE = re.compile(r"^(注|备注|说明|填表说明|填报说明|填表人|制表人|审核人|制表|填报人|联系人|负责人签字|单位负责人)[:：\s]")
_NUMBER = re.compile(r"^\d+(?:\.\d+)*[.、]?$")


@dataclass
class Column:
    index: int                 # 0-based position in the row
    header: str                # as written (two-line headers joined: 投资情况/总投资)
    name: str                  # normalised, used for the mapping and the layout signature
    field: str                 # the field it fills ("extra" when nothing matches)
    unit: str = ""             # 亿元 / 万元 for investment columns
    recognised: bool = True    # matched through the synonym table (or a saved layout)

    @property
    def field_label(self) -> str:
        return FIELDS.get(self.field, self.field)


@dataclass(slots=True)
class SheetRow:
    number: int                          # row number in Excel (1-based)
    values: list                         # cell values, merged cells filled in
    formats: list = field(default_factory=list)   # number formats, for percentages
    kind: str = "data"                   # data | section | total | note
    text: str = ""                       # the heading's text for a section row
    level: int = 0                       # section depth (1 = outermost)


@dataclass
class SheetTable:
    name: str
    title: str
    header_first: int                    # first and last header row numbers
    header_last: int
    columns: list[Column]
    year: int | None
    rows: Iterator[SheetRow]           # streamed: read once, while the workbook is open

    @property
    def signature(self) -> str:
        return layout_signature([c.name for c in self.columns])


def layout_signature(names: list[str]) -> str:
    return hashlib.sha1("|".join(names).encode("utf-8")).hexdigest()


def text(v) -> str:
    """A cell as text: whole numbers without .0, dates as ISO, the rest stripped (str first: most cells are)."""
    if type(v) is str:
        return v.strip()
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v).strip()


# ---- merged cells ------------------------------------------------------------------------------------------

_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"")


def merged_ranges(ws) -> list[tuple[int, int, int, int]]:
    """(min_col, min_row, max_col, max_row) of every merged range of a worksheet (read-only or not).

    Read-only worksheets do not parse <mergeCells>; the worksheet XML is scanned for <mergeCell ref="A1:B2"/> in
    1 MB chunks (a regular expression over bytes: a second XML parse of a 100k-row sheet would double the read).
    Text in cells cannot fake the tag: a literal 「<」 in a cell is written as &lt;."""
    bounds = getattr(ws, "merged_bounds", None)   # an .xls sheet (importer/xls.py) gives them as they are
    if bounds is not None:
        return list(bounds)
    merged = getattr(ws, "merged_cells", None)
    if merged is not None:
        return [range_boundaries(str(r)) for r in merged.ranges]
    out, tail = [], b""
    src = ws._get_source()
    try:
        while True:
            chunk = src.read(1 << 20)
            if not chunk:
                break
            buf = tail + chunk
            last_end = 0
            for m in _MERGE_REF.finditer(buf):
                out.append(range_boundaries(m.group(1).decode("ascii")))
                last_end = m.end()
            tail = buf[max(last_end, len(buf) - 256):]
    finally:
        src.close()
    return out


def filled_rows(ws) -> Iterator[tuple[int, list, list]]:
    """(row number, values, number formats) with every merged range's value copied into all its cells."""
    merges = sorted(merged_ranges(ws), key=lambda m: m[1])
    pending = 0
    active: list[tuple[int, int, int, int, object]] = []
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()    # a wrong <dimension> in the file must not cut rows or columns off
    for number, cells in enumerate(ws.iter_rows(), start=ws.min_row or 1):
        values = [c.value for c in cells]
        formats = [getattr(c, "number_format", "General") for c in cells]
        while pending < len(merges) and merges[pending][1] <= number:
            c1, r1, c2, r2 = merges[pending]
            pending += 1
            if r1 == number:
                v = values[c1 - 1] if c1 - 1 < len(values) else None
                f = formats[c1 - 1] if c1 - 1 < len(formats) else "General"
                active.append((c1, r1, c2, r2, (v, f)))
        if active:
            active = [m for m in active if m[3] >= number]
            for c1, r1, c2, r2, (v, f) in active:
                if len(values) < c2:
                    values += [None] * (c2 - len(values))
                    formats += ["General"] * (c2 - len(formats))
                for c in range(c1 - 1, c2):
                    values[c] = v
                    formats[c] = f
        yield number, values, formats


# ---- header --------------------------------------------------------------------------------------------------

def _header_score(values: list) -> int:
    """2 per cell the synonym table names, 1 per cell guessed from its words; 0 unless two cells count."""
    score = matched = 0
    for t in dict.fromkeys(text(v) for v in values):   # a title merged across the table counts once
        if not t or len(t) > 30 or field_for(t) is None:
            continue
        matched += 1
        score += 2 if is_exact(t) else 1
    return score if matched >= 2 else 0


def _groups(upper: list, lower: list) -> list[tuple[int, int]]:
    """Unmerged two-line groups: (first, last) 0-based columns where the upper row names a group once over its first
    sub-column and leaves the cells to its right blank (投资情况 | | over 总投资 | 年度计划 | 1-6月完成), and the
    lower row names every sub-column, the first included."""
    out = []
    width = max(len(upper), len(lower))
    up = [text(upper[i]) if i < len(upper) else "" for i in range(width)]
    low = [text(lower[i]) if i < len(lower) else "" for i in range(width)]
    i = 0
    while i < width:
        if up[i] and low[i] and up[i] != low[i]:
            j = i
            while j + 1 < width and not up[j + 1] and low[j + 1]:
                j += 1
            if j > i:
                out.append((i, j))
            i = j + 1
        else:
            i += 1
    return out


def _unmerged_two_lines(upper: list, lower: list) -> bool:
    """The lower row is the second line of an unmerged two-line header: it has text only under groups (and under
    cells the upper row leaves blank with nothing written left of them in a group), and no numbers."""
    groups = _groups(upper, lower)
    if not groups:
        return False
    inside = {c for a, b in groups for c in range(a, b + 1)}
    for i, t in _nonempty(lower):
        if _NUMBER.match(t) or re.fullmatch(r"-?\d+(?:\.\d+)?%?", t):
            return False
        if i not in inside and i < len(upper) and text(upper[i]) and text(upper[i]) != t:
            return False      # text under a column header of its own: a data row
    return True


def fill_groups(header_rows: list[list]) -> list[list]:
    """The header rows with each unmerged group's name copied over its blank cells (what a merge would have done)."""
    rows = [list(r) for r in header_rows]
    for k in range(len(rows) - 1):
        upper, lower = rows[k], rows[k + 1]
        for a, b in _groups(upper, lower):
            if len(upper) <= b:
                upper += [None] * (b + 1 - len(upper))
            for c in range(a + 1, b + 1):
                upper[c] = upper[a]
    return rows


def find_header(buffer: list[tuple[int, list, list]], merges) -> tuple[int, int] | None:
    """Index (in `buffer`) of the first and last header rows: the best-scoring row in the first 20, plus the row
    below it when the header is two lines (a range merged over sub-headers, or cells merged down two rows)."""
    best, best_score = None, 0
    for i, (_, values, _) in enumerate(buffer[:HEADER_SEARCH_ROWS]):
        score = _header_score(values)
        if score > best_score:
            best, best_score = i, score
    if best is None or best_score < MIN_HEADER_SCORE:
        return None
    # cells merged down from the rows above (序号 over two header lines) make a lower line score higher: the
    # header starts where those merges start
    first = best
    while first > 0 and best - first < MAX_HEADER_LINES - 1 and buffer[first - 1][0] == buffer[first][0] - 1 and (any(
            r1 == buffer[first - 1][0] and r2 >= buffer[first][0] for _, r1, _, r2 in merges)
            or (_header_score(buffer[first - 1][1]) >= 2
                and _unmerged_two_lines(buffer[first - 1][1], buffer[first][1]))):
        first -= 1
    last = best
    while last + 1 < len(buffer) and last - first < MAX_HEADER_LINES - 1 and buffer[last + 1][0] == buffer[last][0] + 1:
        number, top = buffer[last][0], buffer[first][0]
        below = buffer[last + 1][1]
        spans_down = any(top <= r1 <= number < r2 for _, r1, _, r2 in merges)
        spans_across = [(c1, c2) for c1, r1, c2, r2 in merges if r1 == number and r2 == number and c2 > c1]
        under = any(text(below[c - 1]) for c1, c2 in spans_across for c in range(c1, c2 + 1) if c - 1 < len(below))
        header_like = _header_score(below) >= 2 and not any(_NUMBER.match(text(v)) for v in below[:2] if text(v))
        unmerged = _unmerged_two_lines(buffer[last][1], below)
        if not (under or (spans_down and header_like) or unmerged):
            break
        last += 1
    return first, last


def build_columns(header_rows: list[list]) -> list[Column]:
    width = max(len(r) for r in header_rows)
    cols = []
    for i in range(width):
        parts = []
        for r in header_rows:
            t = text(r[i]) if i < len(r) else ""
            if t and (not parts or parts[-1] != t):
                parts.append(t)
        if not parts:
            continue
        header = "/".join(parts)
        child, parent = parts[-1], parts[0] if len(parts) > 1 else ""
        f = field_for(child, parent)
        if f is None and "投资" in "".join(parts[:-1]):
            # 投资情况 / 2023年 / 计划 (or 完成): the sub-header says which investment
            f = field_for(child + "投资") or field_for(child.replace("完成", "完成投资"))
        if f is None and parent and field_for(parent) not in (None, "investment_total", "investment_planned",
                                                             "investment_completed"):
            f = field_for(parent)
        name = "/".join(normalise_header(p) for p in parts)
        cols.append(Column(i, header, name, f or "extra", unit_of(header) or unit_of(parent), f is not None))
    return cols


def _nonempty(values: list) -> list[tuple[int, str]]:
    return [(i, text(v)) for i, v in enumerate(values) if text(v)]


# ---- rows --------------------------------------------------------------------------------------------------

def classify(row: SheetRow, columns: list[Column], title_index: int | None, seq_index: int | None) -> None:
    """Mark a row as data, section (一、…, 县长牵头…), total (合计/小计) or note (注:…), in place."""
    cells = [(c.index, text(row.values[c.index]) if c.index < len(row.values) else "") for c in columns]
    filled = [(i, t) for i, t in cells if t]
    if not filled:
        row.kind = "blank"
        return
    firsts = [t for _, t in filled[:3]]
    if any(_TOTAL.match(t.replace(" ", "").replace("\u3000", "")) for t in firsts):
        row.kind = "total"
        return
    if all(_NUMBER.match(t) or (i == seq_index and _SEQ_CN.match(t)) for i, t in filled):
        row.kind = "blank"                             # a numbered row left empty (templates come pre-numbered)
        return
    distinct = list(dict.fromkeys(t for _, t in filled))
    seq = text(row.values[seq_index]) if seq_index is not None and seq_index < len(row.values) else ""
    title = text(row.values[title_index]) if title_index is not None and title_index < len(row.values) else ""
    if len(distinct) == 1 and _NOTE.match(distinct[0]):
        row.kind = "note"
        return
    heading = None
    if len(distinct) == 1 and (len(filled) > 1 or filled[0][0] != title_index):
        heading = distinct[0]                          # merged across the table, or alone outside the title column
    elif len(filled) == 1 and len(distinct[0]) <= 25 and _GROUP_WORDS.search(distinct[0]) and \
            re.search(r"(事项|任务|项目|工作)\s*([（(]\s*\d+\s*[项个]\s*[）)])?$", distinct[0]):
        heading = distinct[0]                          # 「县长牵头事项（3项）」 typed in the title column alone
    elif seq and _SEQ_CN.match(seq) and title and len(distinct) <= 2:
        heading = f"{seq}{'' if seq[-1] in '、.．)）' else '、'}{title}"   # 「一」 in 序号 and its words in the title
    elif len(distinct) == 1 and (_CN_HEAD.match(distinct[0]) or _PAREN_HEAD.match(distinct[0])
                                 or _PART_HEAD.match(distinct[0])):
        heading = distinct[0]
    if heading is None or _NUMBER.match(heading):
        return
    row.kind, row.text = "section", heading


def section_style(heading: str) -> str:
    if _CN_HEAD.match(heading):
        return "cn"
    if _PAREN_HEAD.match(heading):
        return "paren"
    if _PART_HEAD.match(heading):
        return "part"
    return "group"


def read_table(ws, title_hint: str = "") -> SheetTable | None:
    """The sheet as a table, or None when no header is found in its first 20 rows."""
    merges = merged_ranges(ws)
    rows = filled_rows(ws)
    buffer = []
    for item in rows:
        buffer.append(item)
        if len(buffer) >= HEADER_SEARCH_ROWS + 2:
            break
    found = find_header(buffer, merges)
    if found is None:
        return None
    first, last = found
    columns = build_columns(fill_groups([buffer[i][1] for i in range(first, last + 1)]))
    title = " ".join(dict.fromkeys(t for _, vs, _ in buffer[:first] for _, t in _nonempty(vs)))
    from ..deadlines import year_of_title
    year = year_of_title(title, ws.title, title_hint)
    table = SheetTable(ws.title, title, buffer[first][0], buffer[last][0], columns, year, [])
    fields = {c.field: c.index for c in reversed(columns)}
    title_index, seq_index = fields.get("title"), fields.get("seq")
    styles: list[str] = []

    def take(number, values, formats):
        r = SheetRow(number, values, formats)
        classify(r, columns, title_index, seq_index)
        if r.kind == "blank":
            return None
        if r.kind == "section":
            style = section_style(r.text)
            if style not in styles:
                styles.append(style)
            r.level = styles.index(style) + 1
        return r

    def stream():
        for number, values, formats in itertools.chain(buffer[last + 1:], rows):
            r = take(number, values, formats)
            if r is not None:
                yield r

    table.rows = stream()   # read once, row by row, while the workbook is open
    return table
