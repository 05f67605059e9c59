"""Sentence structures that state several values at once, found by rules of Chinese official writing.

* **Ratios**: ``三次产业比为3.9:59.5:36.6`` states one share per part (unit ``""``); the parts are named by the
  coordination before the ratio word (三次产业 → 第一/第二/第三产业, 中直与地方经济 → 中直经济, 地方经济).
* **Changes**: ``从目前的X增加到Y`` / ``由X提高至Y``: X is the base (a status), Y the status after it (or the target).
* **Coordinated abbreviations**: ``城乡居民人均可支配收入分别为A、B`` distributes A, B over 城镇居民…, 农村居民…;
  ``一三产业比重分别提高0.9、5.9个百分点`` over 第一产业比重, 第三产业比重.
* **Units and hedges shared by a list**: ``提升1.4个、6.6个百分点`` (both 个百分点), ``提高0.9、5.9个百分点``
  (the bare 0.9 takes the unit written once at the end).

The word lists live in ``lang.zh``; these functions only read text and return positions and strings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import rx
from .lang import alternation, zh
from .numerals import ARABIC
from .segment import part_bounds
from .units import MAG_PATTERN, UNIT_PATTERN

_CJK = "\u4e00-\u9fff"

# --------------------------------------------------------------------------- ratios

_RATIO_RUN = rx.compile(r"(?<![\d.:])(\d+(?:\.\d+)?)((?:\s?:\s?\d+(?:\.\d+)?){1,5})(?![\d.]|:\d)")
_RATIO_WORD = rx.compile(f"(?:{alternation(zh.RATIO_WORDS)})")
RATIO_LOOKBACK = 40


@dataclass
class Ratio:
    terms: list[tuple[int, int, float]]  # (start, end, value) of each term, in order
    word_start: int  # where the ratio word (比, 比重, 之比 …) begins
    word: str


def find_ratios(text: str) -> list[Ratio]:
    """Colon-joined runs of numbers (``3.9:59.5:36.6``) named by a ratio word shortly before them.

    Times (10:30) and scores are not ratios: without 比/比重/之比/结构 in the words before the run, nothing is found.
    """
    out: list[Ratio] = []
    for m in _RATIO_RUN.finditer(text):
        start = m.start()
        lo = part_bounds(text, start, back=RATIO_LOOKBACK)[0]  # the ratio word is in the run's own sentence part
        window = text[lo:start]
        words = list(_RATIO_WORD.finditer(window))
        if not words:
            continue
        w = words[0]
        # 比上年 / 比去年 compare, they do not name a ratio
        if w.group() == "比" and re.match(r"比(?:上|去|前|同|一|二|三|[\d])", window[w.start():w.start() + 2]):
            continue
        terms = [(m.start(1), m.end(1), float(m.group(1)))]
        pos = m.end(1)
        for t in re.finditer(r"\d+(?:\.\d+)?", m.group(2)):
            a = m.start(2) + t.start()
            terms.append((a, a + len(t.group()), float(t.group())))
            pos = a + len(t.group())
        out.append(Ratio(terms, lo + w.start(), w.group()))
    return out


# --------------------------------------------------------------------------- coordinated parts

_PARTS = "".join(zh.PART_CHARS)
_SINGLE_DUNHAO = rx.compile(rf"(?<![{_CJK}])([{_CJK}])、(?=[{_CJK}])|([{_PARTS}])、(?=[{_PARTS}][{_CJK}])")
_COORD_KEYS = rx.compile(alternation(zh.COORDINATED))
_DIGIT_PARTS = rx.compile(r"([一二三]{2,3})(产业|产)")


@lru_cache(maxsize=1)
def _jieba():
    from . import jieba_dict
    return jieba_dict.jieba()


def join_single_parts(phrase: str) -> str:
    """城、乡居民 → 城乡居民; 一、三产业 → 一三产业: single characters listed with 、 are one compressed modifier."""
    prev = None
    while prev != phrase:
        prev = phrase
        phrase = _SINGLE_DUNHAO.sub(lambda m: m.group(1) or m.group(2), phrase, count=1)
    return phrase


def _head_of(word: str) -> str:
    toks = [t for t in _jieba().lcut(word, HMM=False) if t.strip()]
    if len(toks) > 1:
        return toks[-1]
    return word[-2:] if len(word) >= 4 else ""  # heads of compounds are mostly two characters (个体|经济)


_LEVEL_PARTS = rx.compile(rf"([{''.join(zh.LEVEL_CHARS)}]{{2,4}})(?![场长委直])(?=[{_CJK}]{{2}})")


def expand_parts(phrase: str, n: int) -> list[str] | None:
    """The ``n`` phrases a coordinated phrase stands for, in order, or None when it is not one.

    城乡居民人均可支配收入 (2) → 城镇居民人均可支配收入, 农村居民人均可支配收入; 一三产业比重 (2) → 第一产业比重,
    第三产业比重; 中直与地方经济 (2) → 中直经济, 地方经济; 油与非油经济 → 油经济, 非油经济.
    """
    if n < 2 or not phrase:
        return None
    phrase = join_single_parts(phrase)
    for m in _COORD_KEYS.finditer(phrase):
        parts = zh.COORDINATED[m.group()]
        if len(parts) == n:
            return [phrase[:m.start()] + p + phrase[m.end():] for p in parts]
    # 省、市重点项目 / 省市县重点项目: levels of government written one character each share the noun after them
    m = _LEVEL_PARTS.match(phrase)
    if m and len(m.group(1)) == n and len(set(m.group(1))) == n:
        return [ch + phrase[m.end(1):] for ch in m.group(1)]
    m = _DIGIT_PARTS.search(phrase)
    if m and len(m.group(1)) == n:
        return [phrase[:m.start()] + "第" + d + "产业" + phrase[m.end():] for d in m.group(1)]
    # X与Y<head>: 中直与地方经济, 公有与非公有制经济 (one 与/和 joining two modifiers of one head)
    if n == 2:
        m = re.fullmatch(rf"([{_CJK}]{{1,8}}?)(?:与|和|及)([{_CJK}]{{2,16}})", phrase)
        if m:
            x, y = m.group(1), m.group(2)
            if x in y:  # 油与非油经济 → 油经济; 公有与非公有制经济 → 公有制经济
                return [y[y.index(x):], y]
            head = _head_of(y)
            if head and not x.endswith(head):
                return [x + head, y]
            return [x, y]
    return None


# --------------------------------------------------------------------------- changes (从X到Y)

_CHANGE_GAP = rx.compile(
    rf"(?:以上|以下|左右|多)?\s*(?:{alternation(zh.CHANGE_VERBS)})(?:了)?(?:{alternation(zh.CHANGE_TO)})?"
    rf"[^,;。，；、]{{0,14}}$")
_FROM_BEFORE = rx.compile(rf"(?:{alternation(zh.FROM_WORDS)})[^,;。，；从由]{{0,24}}$")


def from_position(text: str, clause_start: int, base_start: int) -> int:
    """Where the 从/由 that introduces the base value at ``base_start`` stands, or -1."""
    m = _FROM_BEFORE.search(text, clause_start, base_start)
    return m.start() if m else -1


def is_change_gap(gap: str) -> bool:
    """The words between a base value and the value it changed to: 增加到2020年的 / 提高到 / 缩小到 / 调整为."""
    return bool(_CHANGE_GAP.match(gap)) and len(gap) <= 24


# --------------------------------------------------------------------------- units shared by a list

_NEXT_VALUE = rx.compile(rf"\s?(?:{alternation(zh.VALUE_LIST_JOINERS)})\s?({ARABIC})(?P<mag>{MAG_PATTERN})?(?P<unit>{UNIT_PATTERN})?")


def shared_unit(text: str, end: int, unit: str, limit: int = 8) -> str | None:
    """The unit written once at the end of a list of values (0.9、5.9个百分点 / 1.4个、6.6个百分点 / 1.2和0.8个百分点).

    ``end`` is where the value (and ``unit``, possibly empty or a prefix such as 个) ends.  Returns the full
    unit (magnitude included) of the first later value that has one, when ``unit`` is empty or a prefix of it.
    """
    pos = end
    for _ in range(limit):
        m = _NEXT_VALUE.match(text, pos)
        if not m:
            return None
        full = (m.group("mag") or "") + (m.group("unit") or "")
        if full:
            if not unit or (full != unit and full.startswith(unit)):
                return full
            return None
        pos = m.end()
    return None


# --------------------------------------------------------------------------- tables

_HEADER_UNIT = rx.compile(rf"[(（]\s*(?:单位\s*[:：]\s*)?({UNIT_PATTERN}|(?:{MAG_PATTERN})(?:{UNIT_PATTERN})?)\s*[)）]\s*$")
_CELL_NUMBER = rx.compile(r"\s*(\d+(?:\.\d+)?)\s*")
TABLE_MIN_ROWS = 2


@dataclass
class TableCell:
    start: int
    end: int
    value: float
    unit: str
    header: str  # the column's name without its unit: 总投资, 1-8月完成投资
    row_label: str  # the row's first text cell: the project or place the row is about
    row_start: int
    row_end: int


def find_table_cells(text: str) -> list[TableCell]:
    """Numbers in tables written as text whose column header states the unit: 总投资(亿元) / 完成率(%), or whose
    money columns (总投资, 年度计划, 1-6月完成) take the unit a 单位:万元 line above the table states.

    A table is a header line and at least ``TABLE_MIN_ROWS`` rows below it.  Cells are set apart by tabs (a table
    of a Word file or web page: every row as many cells as the header) or by blanks (a list pasted as text: the
    header names its columns with the words of ``zh.TABLE_HEADER_WORDS``; a row's figures are read from the right,
    so a project's name or works written with a blank inside do not shift them).  A cell counts only when it is a
    plain number and its column has a unit, so row numbers (序号) and codes never become facts.
    """
    out: list[TableCell] = []
    lines: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        j = text.find("\n", pos)
        j = n if j < 0 else j
        lines.append((pos, j))
        pos = j + 1
    i = 0
    while i < len(lines):
        s, e = lines[i]
        ncells = text.count("\t", s, e) + 1
        if ncells >= 3:
            k = i + 1
            while k < len(lines) and text.count("\t", *lines[k]) + 1 == ncells:
                k += 1
            if k - i - 1 >= TABLE_MIN_ROWS:
                out.extend(_table_cells(text, lines[i:k], _table_unit(text, lines, i)))
                i = k
                continue
        table = _blank_table(text, lines, i)
        if table is not None:
            header, rows, k = table
            out.extend(_blank_table_cells(text, header, rows, _table_unit(text, lines, i)))
            i = k
            continue
        i += 1
    return out


CONTINUATION_MAX = 40  # characters of a line that carries on a row's text cell (a long 建设内容 wrapped)


def _blank_table(text: str, lines: list[tuple[int, int]], i: int):
    """(header cells with their units, rows as (cells, line span), index of the line after the table) for a table
    set apart by blanks whose header is line ``i``, or None.  A line of units under the header ((亿元) (亿元) (%))
    gives the columns their units; a short line without figures between two rows carries on a text cell."""
    s, e = lines[i]
    header = _blank_header(text, s, e)
    if header is None:
        return None
    k = i + 1
    if k < len(lines):
        units = [(m.start(), m.end()) for m in _CELL_SPLIT.finditer(text, *lines[k])]
        if units and all(_HEADER_UNIT.fullmatch(text[a:b]) for a, b in units):
            header = _with_units(text, header, units)
            k += 1
    rows: list = []
    while k < len(lines):
        cells = _blank_row(text, *lines[k])
        if cells is None:
            a, b = lines[k]
            nxt = _blank_row(text, *lines[k + 1]) if rows and k + 1 < len(lines) else None
            if nxt is not None and 0 < b - a <= CONTINUATION_MAX and not _SENTENCE_PUNCT.search(text, a, b):
                k += 1  # 新建门诊楼 / 及住院楼: the works of the row above, wrapped
                continue
            break
        rows.append((cells, lines[k]))
        k += 1
    if len(rows) < TABLE_MIN_ROWS:
        return None
    return header, rows, k


def _with_units(text: str, header: list, units: list) -> list:
    """Header cells given the units written on the line below them: one to each column that measures an amount
    or a rate (its name has a money word or 率/比重), in order; else right-aligned."""
    names = [re.sub(r"\s+", "", text[a:b]) for a, b, _ in header]
    valued = [j for j, n in enumerate(names) if any(w in n for w in zh.MONEY_COLUMN_WORDS) or n.endswith(("率", "比重"))]
    targets = valued if len(valued) == len(units) else list(range(len(header) - len(units), len(header)))
    out = list(header)
    for j, (ua, ub) in zip(targets, units):
        if 0 <= j < len(out):
            a, b, _ = out[j]
            out[j] = (a, b, text[ua:ub])
    return out


def blank_table_lines(text: str) -> list[tuple[int, int]]:
    """The lines (start, end) of every table whose columns are set apart by blanks: its header, units and rows.  The
    cleaner leaves them as they are written: a row is a record of its own, its blanks separate cells."""
    lines: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while pos <= n:
        j = text.find("\n", pos)
        j = n if j < 0 else j
        lines.append((pos, j))
        pos = j + 1
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        table = _blank_table(text, lines, i)
        if table is None:
            i += 1
            continue
        out.extend(lines[i:table[2]])
        i = table[2]
    return out


# 单位:万元 / (单位:亿元) / 金额单位:万元 on a line of its own above a table, or at the end of its title line.
_TABLE_UNIT = rx.compile(rf"(?m)(?:^|[(（\s])(?:金额|资金|投资)?单位\s*[:：]\s*((?:{MAG_PATTERN})?(?:{UNIT_PATTERN})|{MAG_PATTERN})"
                         r"\s*[)）]?\s*$")
_CELL_SPLIT = rx.compile(r"[^\s\u3000]+")
_SENTENCE_PUNCT = rx.compile(r"[。;；!?！？]")


def _table_unit(text: str, lines: list[tuple[int, int]], header: int) -> str:
    """The unit a table's money columns are in, stated on one of the two lines above its header."""
    for k in range(header - 1, max(-1, header - 3), -1):
        m = _TABLE_UNIT.search(text, *lines[k])
        if m:
            return m.group(1)
    return ""


def _column(name: str, table_unit: str) -> tuple[str, str]:
    """(name without unit, unit) of one header cell; a money column without a unit of its own takes the table's."""
    m = _HEADER_UNIT.search(name)
    if m:
        return name[:m.start()].strip(), m.group(1)
    name = name.strip()
    if table_unit and any(w in name for w in zh.MONEY_COLUMN_WORDS) and not name.endswith(("率", "进度", "比例", "比重")):
        return name, table_unit
    return name, ""


def _blank_header(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The cells of a header row whose columns are set apart by blanks, or None: three or more short cells, one of
    them a column word of a project list, none a sentence."""
    if e - s > 200 or _SENTENCE_PUNCT.search(text, s, e) or re.search(r"[,，\t]", text[s:e]):
        return None  # a sentence, or a table set apart by tabs (read cell by cell)
    cells = [(m.start(), m.end()) for m in _CELL_SPLIT.finditer(text, s, e)]
    # 总投资 (亿元): a unit written apart from its column's name belongs to it
    merged: list[tuple[int, int]] = []
    for a, b in cells:
        if merged and _HEADER_UNIT.fullmatch(text[a:b]):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if len(merged) < 3 or any(b - a > 16 for a, b in merged):
        return None
    names = [re.sub(r"\s+", "", text[a:b]) for a, b in merged]
    if not any(_HEADER_UNIT.search(c) or c in zh.TABLE_HEADER_WORDS for c in names):
        return None
    if sum(c in zh.TABLE_HEADER_WORDS or bool(_HEADER_UNIT.search(c)) for c in names) < 2:
        return None
    return [(a, b, "") for a, b in merged]


def _blank_row(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The cells of a table row set apart by blanks, or None when the line is no row (a sentence, a heading, a
    line without a figure)."""
    if e - s > 300 or _SENTENCE_PUNCT.search(text, s, e) or "\t" in text[s:e]:
        return None
    cells = [(m.start(), m.end()) for m in _CELL_SPLIT.finditer(text, s, e)]
    if len(cells) < 3 or not any(_CELL_NUMBER.fullmatch(text[a:b]) for a, b in cells):
        return None
    if sum(b - a == 1 and "\u4e00" <= text[a] <= "\u9fff" for a, b in cells) > 1:
        return None  # 增 加 值 12.4 亿: prose with a blank between every character (PDF text), no row
    return cells


def _blank_table_cells(text: str, header: list[tuple[int, int, str]], rows: list, table_unit: str) -> list[TableCell]:
    cols = [_column(re.sub(r"\s+", "", text[a:b]) + u, table_unit) for a, b, u in header]
    if not any(u for _, u in cols):
        return []
    out: list[TableCell] = []
    for cells, (rs, re_) in rows:
        label = next((text[a:b] for a, b in cells if not _CELL_NUMBER.fullmatch(text[a:b])), "")
        if label in zh.TABLE_TOTAL_ROWS or re.fullmatch(r"[合总小共]\s*计", label):
            label = ""
        # read from the right: every column right of the first text columns takes one cell; a text cell in a column
        # of figures is an empty cell written as a word (/, 无) or a blank left out, so the row's end decides
        h, j = len(cols) - 1, len(cells) - 1
        while h >= 0 and j >= 0:
            name, unit = cols[h]
            a, b = cells[j]
            cell = text[a:b]
            number = _CELL_NUMBER.fullmatch(cell)
            if unit:
                if number:
                    out.append(TableCell(a, b, float(cell), unit, name, label, rs, re_))
                    j -= 1
                elif len(cells) >= len(cols):
                    j -= 1  # a word in a figure's column (/, —, 无)
                h -= 1
            elif number:
                break  # a figure in a column without unit: the cells no longer line up
            else:
                j -= 1
                h -= 1
                if not any(u for _, u in cols[:h + 1]):
                    break  # the text columns on the left (项目名称, 建设内容) may hold blanks: stop here
    return out


def _table_cells(text: str, rows: list[tuple[int, int]], table_unit: str = "") -> list[TableCell]:
    hs, he = rows[0]
    headers = text[hs:he].split("\t")
    units = [_column(h, table_unit) for h in headers]
    if not any(u for _, u in units):
        return []
    out: list[TableCell] = []
    for rs, re_ in rows[1:]:
        cells = text[rs:re_].split("\t")
        label = next((c.strip() for c in cells if c.strip() and not _CELL_NUMBER.fullmatch(c)), "")
        if label in zh.TABLE_TOTAL_ROWS:
            label = ""
        p = rs
        for (name, unit), cell in zip(units, cells):
            m = _CELL_NUMBER.fullmatch(cell)
            if unit and m:
                a = p + m.start(1)
                out.append(TableCell(a, a + len(m.group(1)), float(m.group(1)), unit, name, label, rs, re_))
            p += len(cell) + 1
    return out
