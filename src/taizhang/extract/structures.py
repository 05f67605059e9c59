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

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from . import rx
from .lang import alternation, zh
from .numerals import ARABIC, parse_number
from .periods import plan_span
from .regions import gazetteer
from .segment import line_spans, part_bounds
from .units import MAG_PATTERN, PER_PATTERN, UNIT_PATTERN, unit_class

# Header cells and row labels a table's readers ask about again and again (a column's name is read by the time, change,
# measure, rank and frame readers, each splitting off its unit; every line of a text is asked whether it names a
# column): the answers depend on the cell's string alone, kept for this many strings per reader.
CELL_MEMO_MAX = 4096

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


_COMPARED_WITH = rx.compile(rf"比(?:{alternation(zh.RATIO_COMPARING_AFTER)}|[\d])")
_COMPARING_BEFORE = frozenset(zh.RATIO_COMPARING_BEFORE)


def _compares(window: str, w: re.Match) -> bool:
    """同比 / 可比 / 比上年 / 比增: a 比 that compares two times or places, no ratio's word."""
    if w.group() != "比":
        return False
    return (w.start() > 0 and window[w.start() - 1] in _COMPARING_BEFORE) or bool(_COMPARED_WITH.match(window, w.start()))


def find_ratios(text: str) -> list[Ratio]:
    """Colon-joined runs of numbers (``3.9:59.5:36.6``) named by a ratio word shortly before them.

    Times (10:30) and scores are not ratios: without 比/比重/之比/结构 in the words before the run, nothing is found.
    """
    out: list[Ratio] = []
    prev_end = 0
    for m in _RATIO_RUN.finditer(text):
        start = m.start()
        lo = part_bounds(text, start, back=RATIO_LOOKBACK)[0]  # the ratio word is in the run's own sentence part
        window = text[lo:start]
        # 比上年 / 同比 / 可比价 compare, they do not name a ratio
        words = [x for x in _RATIO_WORD.finditer(window) if not _compares(window, x)]
        if not words:
            continue
        # …占比为43.9%,三次产业结构为5.5:50.6:43.9: a ratio word of the run's own clause names it before the words of
        # the clauses before it
        cut = max(window.rfind("，"), window.rfind(","))
        words = [x for x in words if x.start() > cut] or words
        # 粮经饲比例为80:12:8,粮经比例为70:30: a ratio word after the run before names this run; without one, the
        # word before that run names both (之比从…的10.7:55.6:33.7调整为…的10.6:43.9:45.5)
        w = next((x for x in words if lo + x.start() >= prev_end), words[0])
        prev_end = m.end()
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
_ORDINAL_DIGITS = "一二三四五六七八九十"
# 一三产业 / 第二、三产业 / 第一、二、三次产业: the digits of the parts, the 第 and 次 written once for all of them
_DIGIT_PARTS = rx.compile(r"第?([一二三]{2,3})次?(产业|产)")


@lru_cache(maxsize=1)
def _jieba():
    from . import jieba_dict
    return jieba_dict.jieba()


# 第二、第三产业 / 第一、第二和第三产业: an ordinal's 第 written again before each later one of a coordination closed by
# a noun, the last one joined by 、 or by 和/及/与 (a joiner the ordinals' 、 stands for)
_ORDINAL_AGAIN = rx.compile(rf"(?<=第[{_ORDINAL_DIGITS}])(?:、|和|及|与)第"
                            rf"(?=[{_ORDINAL_DIGITS}](?:(?:、|和|及|与)第?[{_ORDINAL_DIGITS}])*[{_CJK}])")


def join_single_parts(phrase: str) -> str:
    """城、乡居民 → 城乡居民; 一、三产业 → 一三产业: single characters listed with 、 are one compressed modifier (and so
    are ordinals each written with its 第: 第二、第三产业 → 第二三产业)."""
    phrase = _ORDINAL_AGAIN.sub("、", phrase)
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


_LIST_PART_SPLIT = rx.compile(r"、|和|与|及")


def _listed_parts(phrase: str, n: int) -> list[str] | None:
    """耕地、林地、草地 (3) → each; 粮食、经济、饲料作物 (3) → 粮食作物, 经济作物, 饲料作物: ``n`` items written out with
    、 (the last joined by 、, 和, 与 or 及), the shorter ones taking the head the last one ends in; None otherwise."""
    if "、" not in phrase:
        return None
    parts = _LIST_PART_SPLIT.split(phrase)
    if len(parts) != n or not all(re.fullmatch(rf"[{_CJK}]{{1,12}}", p) for p in parts):
        return None
    head = _head_of(parts[-1])
    if head == parts[-1]:
        head = ""
    return [p + head if head and len(p) < len(parts[-1]) and not p.endswith(head) else p for p in parts]


_TWO_JOINED = rx.compile(rf"([{_CJK}]{{1,8}}?)(?:与|和|及)([{_CJK}]{{2,16}})")  # 中直与地方经济


def expand_parts(phrase: str, n: int) -> list[str] | None:
    """The ``n`` phrases a coordinated phrase stands for, in order, or None when it is not one.

    城乡居民人均可支配收入 (2) → 城镇居民人均可支配收入, 农村居民人均可支配收入; 一三产业比重 (2) → 第一产业比重,
    第三产业比重; 中直与地方经济 (2) → 中直经济, 地方经济; 油与非油经济 → 油经济, 非油经济.
    """
    if n < 2 or not phrase:
        return None
    phrase = join_single_parts(phrase)
    listed = _listed_parts(phrase, n)
    if listed:
        return listed
    m = _DIGIT_PARTS.search(phrase)
    if m and len(m.group(1)) == n:  # (before the table: 一二三次产业 holds 三次产业, the digits are the parts)
        return [phrase[:m.start()] + "第" + d + "产业" + phrase[m.end():] for d in m.group(1)]
    for m in _COORD_KEYS.finditer(phrase):
        parts = zh.COORDINATED[m.group()]
        if len(parts) == n:
            # 第一二三产业: the 第 written before the numbers is each part's own (第一产业, not 第第一产业)
            pre = phrase[:m.start()][:-1] if phrase[:m.start()].endswith("第") and parts[0].startswith("第") \
                else phrase[:m.start()]
            return [pre + p + phrase[m.end():] for p in parts]
    # 省、市重点项目 / 省市县重点项目: levels of government written one character each share the noun after them
    m = _LEVEL_PARTS.match(phrase)
    if m and len(m.group(1)) == n and len(set(m.group(1))) == n:
        return [ch + phrase[m.end(1):] for ch in m.group(1)]
    # X与Y<head>: 中直与地方经济, 公有与非公有制经济 (one 与/和 joining two modifiers of one head)
    if n == 2:
        m = _TWO_JOINED.fullmatch(phrase)
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
    rf"(?:以上|以下|左右|多)?\s*(?:{alternation(zh.PREDICATE_MODALS)})?(?:{alternation(zh.CHANGE_VERBS)})(?:了)?(?:{alternation(zh.CHANGE_TO)})?"
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

# (0.2、-3.1、1.5个百分点: a member may carry its sign)
_NEXT_VALUE = rx.compile(rf"\s?(?:{alternation(zh.VALUE_LIST_JOINERS)})\s?[-−－+＋]?({ARABIC})(?P<mag>{MAG_PATTERN})?(?P<unit>{UNIT_PATTERN})?")


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
            if full != unit:
                return None
            # 7.9个、3.4个和1.7个百分点: a later member written with the same prefix goes on to the unit at the end
        pos = m.end()
    return None


# --------------------------------------------------------------------------- tables

# 总投资(亿元), 单位:万元 in brackets, 同比增长(±%): a change column may write the sign of its change with the unit
_HEADER_UNIT = rx.compile(rf"[(（]\s*(?:单位\s*[:：]\s*)?(?:(?:{alternation(zh.TABLE_CHANGE_SIGNS)})\s*)?"
                          rf"({UNIT_PATTERN}|(?:{MAG_PATTERN})(?:{UNIT_PATTERN})?)\s*[)）]\s*$")
_CELL_NUMBER = rx.compile(r"\s*(\d+(?:\.\d+)?)\s*")
TABLE_MIN_ROWS = 2


class InferredUnit(str):
    """A cell's unit that no header, units line (单位:万元) or unit column writes, read from its column's word alone:
    得分 → 分, 项目个数 → 个, 完成率 → %.  A table cell takes as its fact's ``unit`` the unit its header or its units
    line writes (总投资(亿元) | 12.5: 亿元), but an inferred one only as ``unit_implied`` (评分 | 96.5: unit "")."""


def inferred(unit: str) -> str:
    """The unit, marked as read from a column's word (``InferredUnit``); "" stays ""."""
    return InferredUnit(unit) if unit else unit


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
    unit_end: int = -1  # where the unit written in the cell itself ends (71.8%), else -1
    label_role: str = "subject"  # "indicator" when the rows are measures (指标 | 绝对值 | 增长), not places or units
    table: int = -1  # where the table's header starts: the cells of one table share it
    measure: str = ""  # "rank" for a cell of a column of ranks (排名, 名次); "count" / "level" for a bare figure
    # (no unit anywhere) of a column naming a measure (项目个数 / 总投资); else "" (the unit decides)
    caption: str = ""  # what the table's caption says its rows are classes of (价格指数, 产量, 人口), when they are
    parent: str = ""  # the measure row a class row is part of (规模以上工业增加值 over 其中:轻工业), else ""
    title: str = ""  # the table's caption as written (2026年1-9月各县(市、区)主要经济指标): the time its cells hold in
    comparator: str = ""  # a plan table's bound or estimate written in the cell (>2.8 / <5.5 / 6左右), else ""
    kind: str = ""  # "target" for a plan table's cell of a year after its base year or of its years' changes
    class_rows: bool = False  # the rows are classes of things (类别 | 项目个数 | 完成投资 over 工业项目), not measures;
    # for rows of the subject role, classes of what the table counts (channels, kinds, states, collectives: 来电 under
    # 诉求渠道, 待签收 beside 市直部门), whose figures are the document's place's (``row_classes``)
    counted: str = ""  # what such class rows are classes of, by their label column's word (诉求 of 诉求渠道), else ""
    place: str = ""  # the place a column of a table of measures by place names (东关街道 over 12030), else ""
    whole: bool = False  # the cell stands in such a table's column of the whole (全区 over 86421): the text's place
    unit_written: bool = True  # the unit is written in the cell, its header, a units line or a unit column; False
    # when only its column's word implies it (得分 → 分: built with an ``InferredUnit``)

    def __post_init__(self) -> None:
        if isinstance(self.unit, InferredUnit):
            self.unit, self.unit_written = str(self.unit), False


_WHITESPACE = rx.compile(r"\s+")


@lru_cache(maxsize=CELL_MEMO_MAX)
def column_role(name: str) -> str:
    """"rank" for a column of ranks (排名, 综合排名, 名次), "score" for one of scores (得分, 考核得分, 总分), else ""."""
    name = _split_unit(_WHITESPACE.sub("", name))[0]
    if name.endswith(zh.TABLE_RANK_COLUMN_ENDS):
        return "rank"
    if name.endswith(zh.TABLE_SCORE_COLUMN_ENDS) or _FULL_MARKS.search(name):
        return "score"  # 得分 / 总分 / 组织领导(20分): a column of scores, the last out of its full marks
    return ""


_FULL_MARKS = rx.compile(r"[(（]\s*(?:满分)?\s*\d+(?:\.\d+)?\s*分\s*[)）]$")


_PACE_COMPARED = rx.compile(rf"(?:{alternation(zh.PACE_COMPARING_WORDS)})(?:{alternation(zh.PACE_BASES)})")


def pace_column(name: str) -> bool:
    """Does a column give how far its rows are ahead of or behind the pace the calendar asks for (与序时进度比较%, 比时间
    进度(±%), 快于序时进度)?  Its figures are differences from the pace, not shares of the plan."""
    return bool(_PACE_COMPARED.search(_WHITESPACE.sub("", name)))


def score_unit(name: str) -> str:
    """The unit of a column of scores whose header states none: 分 when its word writes it (得分, 总分, 组织领导(20分)),
    none for a column of 成绩 (考评成绩 | 96.5), whose scores are written as bare figures."""
    return zh.TABLE_SCORE_UNIT if zh.TABLE_SCORE_UNIT in name else ""


def column_name(name: str) -> str:
    """A column's name without the full marks it is scored out of (组织领导(20分) → 组织领导)."""
    return _FULL_MARKS.sub("", name)


def _rank_cell(value: float) -> bool:
    return value == int(value) and 1 <= value <= 500


# a rank written as an ordinal in a cell of its own: 第一名 / 第1名 / 第 3 位
_RANK_CELL = rx.compile(r"第\s?(?P<num>[一二三四五六七八九十]{1,3}|\d{1,3})\s?(?:名|位)?|(?=[一二三四五六七八九十])(?P<cn>[一二三四五六七八九十]{1,3})")


def _row_number(cell: str) -> int | None:
    """The row's number a cell opening it holds: 3, or a rank written 第三名 / 第3名."""
    cell = cell.strip()
    if cell.isdigit():
        return int(cell)
    m = _RANK_CELL.fullmatch(cell)
    if m:
        v = parse_number(m.group("num") or m.group("cn"))
        return int(v) if v is not None and v == int(v) else None
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` without the empty one after a final newline (an empty text has none)."""
    lines = line_spans(text)
    return lines[:-1] if lines[-1][0] == len(text) else lines


def find_table_cells(text: str) -> list[TableCell]:
    """Numbers in tables written as text whose column header states the unit: 总投资(亿元) / 完成率(%), or whose
    money columns (总投资, 年度计划, 1-6月完成) take the unit a 单位:万元 line above the table states.

    A table is a header line and at least ``TABLE_MIN_ROWS`` rows below it.  Cells are set apart by tabs (a table
    of a Word file or web page: every row as many cells as the header), by bars (``岚溪县 | 12 | 8.5 | 71.8% |``),
    one cell a line (the header's cells, then each row's cells, each on a line of its own) or by blanks (a list
    pasted as text: the header names its columns with the words of ``zh.TABLE_HEADER_WORDS``; a row's figures are
    read from the right, so a project's name or works written with a blank inside do not shift them).  A cell
    counts only when it is a number with a unit of its own (71.8%) or its column has one (a header's 受理量(件), the
    table's 单位:个、亿元 line), so row numbers (序号) and codes never become facts.
    """
    out: list[TableCell] = []
    for grid in _grids(text):
        out.extend(_grid_cells(text, *grid))
    for header, rows, units, frame in _blank_frames(text):
        grid = _statistics_header(text, header, rows) if units else None  # (bare figures: read by the frame)
        grid = grid or _index_header(text, header, rows)
        if grid is not None:
            out.extend(_grid_cells(text, grid, rows, units))
            continue
        out.extend(_blank_table_cells(text, header, rows, _money_unit(units), frame))
    rows_at = sorted((c.row_start, c.row_end) for c in out)
    planned = _plan_line_cells(text)
    if planned:
        spans = [(c.row_start, c.row_end) for c in planned]
        out = [c for c in out if not any(a <= c.start < b for a, b in spans)] + planned
        rows_at = sorted(rows_at + spans)
    out.extend(c for c in _unit_block_cells(text) if not any(a <= c.start < b for a, b in rows_at))
    return out


_PLAN_CELL = rx.compile(rf"(?P<sum>{alternation(zh.PLAN_CELL_SUM_WORDS)})?\s*"
                        r"(?P<cmp>[>＞≥⩾<＜≤⩽]|约|不低于|不少于|不超过|不高于|控制在)?\s*(?P<open>[\[［〔【(（])?\s*"
                        rf"(?P<sum2>{alternation(zh.PLAN_CELL_SUM_WORDS)})?\s*(?P<cmp2>[>＞≥⩾<＜≤⩽])?\s*"
                        r"(?P<sign>[-－−])?(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|‰)?\s*(?P<about>左右|以上|以下|以内)?\s*"
                        r"(?P<close>[\]］〕】)）])?")
_PLAN_YEAR = rx.compile(r"((?:19|20)\d\d)\s*年?(?:[(（][^()（）]{0,6}[)）]|基数|基期|现状|目标值?|预期值?|规划值?|实际值?)?")
PLAN_TABLE_MIN_ROWS = 2


def _plan_line_cells(text: str) -> list[TableCell]:
    """The cells of a plan's main-indicator table (序号 | 指标 | 单位 | 2020年 | 2025年 | 年均增长/累计 | 属性), however
    the page laid it out: rows of cells set apart by tabs (a web page's or Word file's table) or bars, or one cell a
    line, under a header written either way (or on one line set apart by blanks).

    What makes the table is its 属性 column, wherever it stands (last, or before the figures): each row has one cell
    saying 预期性 or 约束性.  Read one cell a line, a row is the cells around its 属性 cell, as many before and after
    it as the header has columns before and after 属性; a cell left over between two rows names the class of the rows
    after it (经济发展, 民生福祉: a row of its own spanning the table, or a class column's cell merged over its
    rows and written in its first row only).  A header in two levels (2025年 over 目标值 | 年均增长) names each lower
    column after the upper cell over it.  A cell holds a figure, a bound or estimate (>2.8 / <5.5 / 6左右) or a sum
    over the plan's years in brackets ([20]); the column of a year is that year's, the column of the changes (年均增长
    / 累计) the years after the base year up to the last year column's."""
    lines = _lines(text)
    out: list[TableCell] = []
    i = 0
    while i < len(lines):
        found = _plan_header(text, lines, i)
        if found is None:
            i += 1
            continue
        head, k = found
        cols = _plan_columns(head)
        if cols is None:
            i += 1
            continue
        keep = [x for x in range(len(head)) if x != cols["class"]]
        width = len(head)
        rows, k = _plan_line_rows(text, lines, k, width, cols) if _plan_row_line(text, lines, k, width) else \
            _plan_cell_rows(text, lines, k, keep.index(cols["attr"]), len(keep), cols)
        if len(rows) < PLAN_TABLE_MIN_ROWS:
            i += 1
            continue
        names = [head[x] for x in keep]
        out.extend(_plan_row_cells(text, names, _plan_columns(names), rows, lines[i][0]))
        i = k
    return out


def _plan_head_word(name: str) -> bool:
    """Is ``name`` a word a plan table's header writes (序号, 指标, 单位, 2020年, 年均增长/累计, 属性, 目标值)?"""
    if not name or len(name) > 16 or _LINE_PROSE.search(name):
        return False
    return name in zh.PLAN_TABLE_LAST_HEADS or name in zh.TABLE_SERIAL_HEADS or name in zh.PLAN_TABLE_CLASS_HEADS or \
        _indicator_head(name) or name in zh.TABLE_UNIT_COLUMN_HEADS or \
        name in zh.PLAN_TABLE_SUB_HEADS or _plan_group_head(name) or bool(_PLAN_YEAR.fullmatch(name)) or \
        any(w in name for w in zh.PLAN_SPAN_COLUMN_WORDS) or _label_head(name)


def _indicator_head(name: str) -> bool:
    """Is ``name`` the header of a plan table's column naming its indicators (指标, 指标名称, 规划指标体系, 发展指标)?"""
    return name in zh.PLAN_TABLE_INDICATOR_HEADS or \
        len(name) <= PLAN_INDICATOR_HEAD_MAX and name.endswith(zh.PLAN_TABLE_INDICATOR_HEAD_ENDS)


PLAN_INDICATOR_HEAD_MAX = 8  # characters of such a header (规划指标体系, 经济社会发展指标)


_PLAN_NAME = rx.compile(r"[“\"「]?十[一二三四五六七八九十]{0,2}五[”\"」]?(?:规划|时期|期间)?")


def _plan_group_head(name: str) -> bool:
    """Is ``name`` the upper cell a plan table writes over its target columns, naming the plan (“十四五”目标 over 2025年
    | 年均[累计])?"""
    m = _PLAN_NAME.match(name)
    return m is not None and name[m.end():] in zh.PLAN_TABLE_SUB_HEADS


def _plan_spanned(names: list[str]) -> list[str]:
    """A header written one cell a line with an upper cell over the columns after it (“十四五”目标, then 2025年 and
    年均[累计] under it): the page writes the upper cell where its row is read, before the lower ones, so the rows have
    one cell fewer than the header's lines; the upper cell is left out, as it names no column of its own."""
    def lower(h: str) -> bool:
        return bool(_PLAN_YEAR.fullmatch(h)) or any(w in h for w in zh.PLAN_SPAN_COLUMN_WORDS)
    out = []
    for x, h in enumerate(names):
        if (_plan_group_head(h) or h in zh.PLAN_TABLE_SUB_HEADS) and not lower(h) and \
                len(names) - x - 1 >= 2 and all(lower(n) for n in names[x + 1:]):
            continue
        out.append(h)
    return out


def _plan_columns(head: list[str]) -> dict | None:
    """The roles of a plan table's columns by their header words: its 属性, indicator, unit, serial and class
    columns and its year columns, or None when it names no 属性 column, no indicator column or no year."""
    def at(test) -> int:
        return next((x for x, h in enumerate(head) if test(h)), -1)
    attr = at(lambda h: h in zh.PLAN_TABLE_LAST_HEADS)
    unit = at(lambda h: h in zh.TABLE_UNIT_COLUMN_HEADS)
    label = at(_indicator_head)
    if label < 0:
        label = at(lambda h: _label_head(h) and h not in zh.TABLE_SERIAL_HEADS and h not in zh.TABLE_UNIT_COLUMN_HEADS)
    cls = at(lambda h: h in zh.PLAN_TABLE_CLASS_HEADS)
    years = [(x, int(m.group(1))) for x, h in enumerate(head) if (m := _PLAN_YEAR.fullmatch(h))]
    if attr < 0 or label < 0 or not years or (cls >= 0 and cls > label):
        return None
    return {"attr": attr, "unit": unit, "label": label, "class": cls, "years": years,
            "serial": at(lambda h: h in zh.TABLE_SERIAL_HEADS)}


def _plan_line_split(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The cells of a line set apart by bars or tabs (empty ones kept), or None for a line that is one cell."""
    found = _bar_cells(text, s, e, least=2)
    if found is None and "\t" in text[s:e]:
        found = [_trim(text, a, b) for a, b in _tab_cells(text, s, e)]
        while found and found[-1][0] == found[-1][1] and len(found) > 1 and not text[s:e].endswith("\t"):
            found.pop()
    return found


def _plan_header(text: str, lines: list[tuple[int, int]], i: int):
    """(header words, index of the first line after the header) of a plan table whose header starts at line ``i``,
    or None: a line of cells (bars, tabs or blanks) naming a 属性 column, with a second line of lower cells under
    it when the header is in two levels, or a run of lines each one header word."""
    s, e = lines[i]
    cells = _plan_line_split(text, s, e)
    if cells is None and " " in text[s:e].strip() or cells is None and "\u3000" in text[s:e].strip():
        cells = [(m.start(), m.end()) for m in _CELL_SPLIT.finditer(text, s, e)]
    if cells is not None and len(cells) >= 4:
        names = [_WHITESPACE.sub("", text[a:b]) for a, b in cells]
        if not any(n in zh.PLAN_TABLE_LAST_HEADS for n in names) or \
                not all(_plan_head_word(n) for n in names if n):
            return None
        k = i + 1
        if k < len(lines):
            lower = _plan_line_split(text, *lines[k])
            if lower is not None and len(lower) <= len(names):
                low = [_WHITESPACE.sub("", text[a:b]) for a, b in lower]
                if any(low) and all(_plan_head_word(n) for n in low if n) and \
                        not any(n in zh.PLAN_TABLE_ATTRIBUTES for n in low):
                    names = _plan_two_levels(names, low)
                    k += 1
        return names, k
    a, b = _line_cell(text, s, e)
    first = _WHITESPACE.sub("", text[a:b])
    if not (_label_head(first) or first in zh.PLAN_TABLE_CLASS_HEADS or _indicator_head(first)):
        return None
    names = []
    k = i
    while k < len(lines) and len(names) <= LINE_HEADER_MAX:
        a, b = _line_cell(text, *lines[k])
        name = _WHITESPACE.sub("", text[a:b])
        if b > a:
            if not _plan_head_word(name):
                break
            names.append(name)
        k += 1
    if not any(n in zh.PLAN_TABLE_LAST_HEADS for n in names):
        return None
    return _plan_spanned(names), k


def _plan_two_levels(upper: list[str], lower: list[str]) -> list[str]:
    """The columns of a header in two levels: a lower cell under a blank upper one belongs to the nearest upper cell
    on its left (2025年 spanning 目标值 | 年均增长: 2025年目标值, 2025年年均增长)."""
    names = []
    over = ""
    for x, up in enumerate(upper):
        low = lower[x] if x < len(lower) else ""
        if up:
            over = up
        names.append((up or over) + low if low else up)
    return names


def _plan_row_line(text: str, lines: list[tuple[int, int]], k: int, width: int) -> bool:
    """Are a plan table's rows written a row a line (as many cells as its header, or one fewer)?"""
    while k < len(lines) and lines[k][0] == lines[k][1]:
        k += 1
    for j in range(k, min(k + 3, len(lines))):
        cells = _plan_line_split(text, *lines[j])
        if cells is not None and len(cells) >= width - 1:
            return True
    return False


def _plan_attribute(text: str, a: int, b: int) -> bool:
    return _WHITESPACE.sub("", text[a:b]) in zh.PLAN_TABLE_ATTRIBUTES


def _plan_line_rows(text: str, lines: list[tuple[int, int]], k: int, width: int, cols: dict):
    """The rows of a plan table written a row a line, from line ``k``: (cells without the class column's, row start,
    row end) each, and the index of the line after the table.  A line of one text cell (一、经济发展) is a class
    row; a row one cell short when the class column's cell was merged over it from above."""
    rows = []
    while k < len(lines):
        s, e = lines[k]
        if s == e:
            k += 1
            continue
        cells = _plan_line_split(text, s, e)
        if cells is None:
            a, b = _line_cell(text, s, e)
            if b - a <= LINE_CELL_MAX and not _LINE_PROSE.search(text, a, b) and not _CELL_VALUE.fullmatch(text, a, b):
                k += 1  # a class row spanning the table
                continue
            break
        if not rows and _is_rule(text, cells):
            k += 1  # (| :--- | :--- |: a Markdown table's rule under its header)
            continue
        full = [c for c in cells if c[1] > c[0]]
        if len(full) == 1 and not _CELL_VALUE.fullmatch(text, *full[0]):
            k += 1
            continue
        if len(cells) == width - 1 and cols["class"] >= 0:
            cells = cells[:cols["class"]] + [(cells[0][0], cells[0][0])] + cells[cols["class"]:]
        if len(cells) != width or not (_plan_attribute(text, *cells[cols["attr"]]) or
                                       text[slice(*cells[cols["attr"]])].strip() in zh.TABLE_EMPTY_CELLS):
            break
        rows.append(([c for x, c in enumerate(cells) if x != cols["class"]], s, e))
        k += 1
    return rows, k


def _plan_cell_rows(text: str, lines: list[tuple[int, int]], k: int, attr: int, width: int, cols: dict):
    """The rows of a plan table written one cell a line, from line ``k``: each row's cells are the ``attr`` cells
    before a 属性 cell and the ``width - attr - 1`` after it; up to two text cells left between two rows are class
    cells (a class row, or a class column's cell merged over the rows below)."""
    cells: list[tuple[int, int, int]] = []  # (line, start, end) of the cells, blank lines left out
    j = k
    while j < len(lines) and len(cells) < 4000:
        a, b = _line_cell(text, *lines[j])
        if b > a:
            if (b - a > LINE_CELL_MAX or _LINE_PROSE.search(text, a, b)) and not _worded_cell(text, lines, j, width):
                break
            cells.append((j, a, b))
        j += 1
    serial = cols["serial"] - (1 if 0 <= cols["class"] < cols["serial"] else 0) if cols["serial"] >= 0 else -1

    def attribute(x: int) -> bool:
        return _plan_attribute(text, cells[x][1], cells[x][2])

    def number(x: int) -> int | None:
        m = _SERIAL_CELL.fullmatch(text, cells[x][1], cells[x][2]) if 0 <= x < len(cells) else None
        return _row_number(re.sub(r"[.、．(（)）]", "", m.group())) if m else None

    def row_at(q: int, pos: int, last: int | None):
        """The row whose 属性 cell is ``q``, or None when it does not fit: as many cells as the header, no other 属性
        cell after its own, its serial the one after the last row's, the cell after it the next row's serial, a
        class cell or the table's end."""
        start = q - attr
        row = cells[start:start + width]
        if start < pos or len(row) != width or any(attribute(x) for x in range(q + 1, start + width)):
            return None
        if serial >= 0:
            n = number(start + serial)
            if n is None or last is not None and n != last + 1:
                return None
            after = start + width
            if after < len(cells) and number(after) != n + 1 and \
                    not any(all(not attribute(x) and not _CELL_VALUE.fullmatch(text, *cells[x][1:])
                                for x in range(after, min(after + g, len(cells)))) and number(after + g) == n + 1
                            for g in (1, 2)) and \
                    any(attribute(x) for x in range(after, min(after + width, len(cells)))):
                return None  # (no 属性 cell after it: the table's end, a heading or a note below it)
        return row
    rows = []
    pos = 0
    last = None
    end = k
    while True:
        q = next((q for q in range(pos + attr, min(pos + attr + 3, len(cells))) if attribute(q)), -1)
        row = row_at(q, pos, last) if q >= 0 and \
            not any(_CELL_VALUE.fullmatch(text, a, b) for _, a, b in cells[pos:q - attr]) else None
        if row is None and serial >= 0:
            # a row short of a cell (an empty one the page dropped): left out, the rows after it read on from the
            # next one whose serial follows
            q = next((x for x in range(pos + 1, min(pos + 3 * width, len(cells)))
                      if attribute(x) and row_at(x, pos, (last or 0) + 1) is not None), -1)
            if q >= 0:
                last = (last or 0) + 1
                row = row_at(q, pos, last)
        if row is None:
            break
        rows.append(([(a, b) for _, a, b in row], row[0][1], row[-1][2]))
        if serial >= 0:
            last = number(q - attr + serial)
        pos = q - attr + width
        end = row[-1][0] + 1
    return rows, end


def _worded_cell(text: str, lines: list[tuple[int, int]], j: int, width: int) -> bool:
    """Is a line of prose (全面达到国家二级标准,部分指标优于一级标准; [成片:五年累计约110 零星:…]) a cell of a plan table
    written one cell a line, one of its rows stating a target in words: a 属性 cell stands within the row's other
    cells before it and the next row's number after it, so the table goes on past it."""
    before = [x for x in range(max(0, j - width), j) if _plan_attribute(text, *_line_cell(text, *lines[x]))]
    if not before:
        return False
    seen = 0
    for x in range(j + 1, min(len(lines), j + 2 * width)):
        a, b = _line_cell(text, *lines[x])
        if b == a:
            continue
        if b - a > LINE_CELL_MAX or _LINE_PROSE.search(text, a, b):
            return False
        if _plan_attribute(text, a, b):
            return True
        seen += 1
    return False


_SERIAL_CELL = rx.compile(r"\d{1,3}[.、．]?|[一二三四五六七八九十]{1,3}[、．.]?|[(（]\d{1,3}[)）]")


def _plan_row_cells(text: str, head: list[str], cols: dict, rows: list, table: int) -> list[TableCell]:
    years = cols["years"]
    ucol, label_col, attr, serial = cols["unit"], cols["label"], cols["attr"], cols["serial"]
    base = years[0][1]
    last = years[-1][1]
    title = table_caption(text, table)
    if base == last and rows:
        # one year column, the plan's last (“十四五”目标 over 2025年 | 年均[累计]): the plan the caption or the header
        # names gives the base year the changes run from
        plan = plan_span(text[max(0, table - 80):rows[0][1]])
        if plan is not None and plan[0] <= last <= plan[1]:
            base = plan[0] - 1
    span = f"{base + 1}-{last}年" if last > base else ""
    out: list[TableCell] = []
    for row, rs, re_ in rows:
        label = _row_label(_WHITESPACE.sub("", text[slice(*row[label_col])]))
        label, label_unit = _split_unit(label)
        if not label:
            continue
        unit = _WHITESPACE.sub("", text[slice(*row[ucol])]) if ucol >= 0 else label_unit
        if unit in zh.TABLE_EMPTY_CELLS:
            unit = label_unit
        for x, (a, b) in enumerate(row):
            if x in (label_col, ucol, attr, serial):
                continue
            m = _PLAN_CELL.fullmatch(text, a, b)
            if not m or bool(m.group("open")) != bool(m.group("close")):
                continue
            name = head[x]
            bracket = bool(m.group("open") or m.group("sum") or m.group("sum2"))
            year = next((y for c, y in years if c == x), None)
            now = year is None and plan_base_column(name)  # 现状值 | 某县现值: where the row stands at the document's date
            if now:
                grow = False
                if bracket:
                    continue
            elif year is None:
                if not span or not any(w in name for w in zh.PLAN_SPAN_COLUMN_WORDS):
                    continue
                grow = not bracket and any(w in name for w in zh.GROWTH_COLUMN_WORDS)
                name = span + ("年均增长" if grow else "累计")
            elif bracket:
                continue
            else:
                grow = False
            own = m.group("unit") or ""
            u = own or (inferred("%") if grow else unit)  # 年均增长 | 7 in a row of 亿元: a rate, in per cent
            if not u:
                continue
            word = m.group("cmp") or m.group("cmp2") or m.group("about") or ""
            value = float(m.group("num")) * (-1 if m.group("sign") else 1)
            out.append(TableCell(m.start("sign") if m.group("sign") else m.start("num"), m.end("num"), value, u, name,
                                 label, rs, re_, m.end("unit") if own else -1, "indicator", table, title=title,
                                 caption="", comparator=zh.PLAN_CELL_COMPARATORS.get(word, ""),
                                 kind="actual" if now or year == base and not _target_column(name) else "target",
                                 measure="growth" if grow or label.endswith(zh.GROWTH_COLUMN_WORDS[:3]) else ""))
    return out


# 单位:亿元 over 一般公共预算收入 32.5 / 税收收入 24.1: a block of two-cell rows (a name, a bare figure) under the line
# that states their one unit; a caption before the 单位 (各县一般公共预算收入(单位:万元)) names what the figures measure
_BLOCK_ROW = rx.compile(r"[ \t\u3000]*(?P<label>[^\d\s|｜:：,，。;；][^\t|｜:：,，。;；]{0,23}?)[ \t\u3000|｜:：]+"
                        r"(?P<num>[-－−]?\d+(?:\.\d+)?)[ \t\u3000|｜]*")
_CAPTION_HEAD = rx.compile(r"^(?:附?表\s*\d+[、.．:：\s]*)?(?:(?:19|20)\d\d年)?(?:各[^\s()（）]{0,6}?(?:县市区|县区|区县|市县|县|市|区|乡镇|镇|街道|单位|部门)"
                           r"(?:[(（][^()（）]{1,8}[)）])?|分(?:县|区|乡镇|地区|部门))?")


def _unit_block_cells(text: str) -> list[TableCell]:
    lines = _lines(text)
    out: list[TableCell] = []
    for k, (s, e) in enumerate(lines):
        m = _TABLE_UNIT.search(text, s, e)
        index = _INDEX_HEADING.fullmatch(text, *_trim(text, s, e)) if m is None else None
        if m is None and index is None:
            continue
        if index is not None:
            # 居民消费价格指数(上年同月=100) over 食品烟酒 101.8: an index against the base its heading names, no unit
            units, caption = [""], caption_words(_WHITESPACE.sub("", index.group("caption")))
            if not caption:
                continue
        else:
            units = [u.strip() for u in re.split(r"[、,，/]", m.group(1)) if u.strip()]
            if len(units) != 1:
                continue
            cut = text.rfind("单位", s, m.end(1))
            caption = re.sub(r"[(（\s]*(?:金额|资金|投资)?$", "", text[s:cut]).strip()
            caption = _CAPTION_HEAD.sub("", caption).strip()
        rows = []
        j = k + 1
        if j < len(lines) and lines[j][0] == lines[j][1]:
            j += 1  # one blank line under the units line
        while j < len(lines):
            r = _BLOCK_ROW.fullmatch(text, *lines[j])
            if r is None:
                break
            rows.append(r)
            j += 1
        if len(rows) < TABLE_MIN_ROWS:
            continue
        for r in rows:
            label = _WHITESPACE.sub("", r.group("label"))
            total = total_row(label)
            place = label.endswith(tuple(zh.PLACE_LEVEL_CHARS)) or label.endswith(tuple(zh.UNIT_END_CHARS))
            role = "subject" if total or place or caption else "indicator"
            if role == "subject" and not caption and not total:
                continue  # a place's figure with nothing naming what it measures
            sign = -1 if r.group("num")[0] in "-－−" else 1
            num = r.group("num").lstrip("-－−")
            vs = r.end("num") - len(num) if sign > 0 else r.start("num")
            if index is not None:
                # (总指数 / 合计: the index of the whole, the caption's own; a place's row keeps its place)
                whole = total or label in zh.INDEX_TOTAL_ROWS
                out.append(TableCell(vs, r.end("num"), sign * float(num), "", _WHITESPACE.sub("", index.group("base")),
                                     caption if whole else label, r.start(), r.end(), -1,
                                     "subject" if place else "indicator", s, "level",
                                     caption="" if whole else caption, title=table_caption(text, s)))
                continue
            out.append(TableCell(vs, r.end("num"), sign * float(num), units[0], caption,
                                 "" if total else label, r.start(), r.end(), -1, role, s))
    return out


# 一、居民消费价格分类指数(上年同月=100): a heading naming an index and the base it is taken against
_INDEX_HEADING = rx.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])?\s*"
                            r"(?P<caption>[^\d\s|｜:：,，。;；()（）][^|｜:：,，。;；()（）\t]{1,30}?)\s*"
                            r"[(（](?P<base>[^()（）]{1,12}?[=＝]\s*100)[)）]")


def _grids(text: str):
    """(header cells as (name, span) per column, rows as (cells, row span), the table's units line) of every table
    whose cells are set apart by tabs or bars or stand one a line."""
    lines = _lines(text)
    by_line = _line_tables(text, lines)
    i = 0
    while i < len(lines):
        s, e = lines[i]
        ncells = text.count("\t", s, e) + 1
        if ncells >= 3 or ncells == 2 and _two_column_head(text, s, e):
            k = i + 1
            while k < len(lines) and (text.count("\t", *lines[k]) + 1 == ncells or
                                      _group_row(text, lines, k) and k + 1 < len(lines) and
                                      text.count("\t", *lines[k + 1]) + 1 == ncells):
                k += 1  # (a row naming the group of the rows below it, 一、基础设施项目（12项）, written without tabs)
            h = i
            while h < k - 1 and _lone_cell(text, *lines[h]):
                h += 1  # the caption or the units written in a row of the table over its header (colspan)
            found = _tab_header(text, lines, h, k, ncells)
            if found is not None:
                header, r0, h0 = found
                yield from _tab_blocks(text, header, [ln for ln in lines[r0:k] if "\t" in text[ln[0]:ln[1]]],
                                       _table_units(text, lines, h0))
                i = k
                continue
        table = _across_table(text, lines, i) or _bar_table(text, lines, i) or _ranking_line_table(text, lines, i) or \
            _serial_line_table(text, lines, i) or by_line.get(i) or _stacked_header_table(text, lines, i) or \
            _run_on_table(text, lines, i)
        if table is not None:
            header, rows, k = table
            yield header, rows, _table_units(text, lines, i)
            i = k
            continue
        i += 1


GROUP_ROW_MAX = 40  # characters of a row naming the group of the rows below it (一、基础设施项目（12项）)


def _group_row(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Is line ``k`` a table's row naming the group of the rows below it, written as one cell across the table
    (一、基础设施项目（12项）, （二）续建项目): short text, no sentence in it?"""
    a, b = _trim(text, *lines[k])
    return 0 < b - a <= GROUP_ROW_MAX and "\t" not in text[a:b] and not _SENTENCE_PUNCT.search(text, a, b) and \
        not _cell_value(text, a, b)


# 一、发展目标 / （二）民生保障 / 第三类 / 二、续建项目（12项）: a row of a table naming the section of the rows below it,
# written as one cell across the table (a line of its own, with bars around it or not)
_SECTION_ROW = rx.compile(r"[|｜ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|"
                          r"第[一二三四五六七八九十]{1,3}[部类批]分?[、.．:：]?)\s*[^\s|｜\d][^|｜\t]*?[|｜ \t\u3000]*")


def section_row(text: str, s: int, e: int) -> bool:
    """Is the line ``text[s:e]`` a table's row naming the section of the rows below it (一、发展目标, ``| 二、民生目标 |``,
    ``| （一）产业项目 | | | |``): an ordinal mark and a short name as its one cell, no figure, no sentence?"""
    a, b = _trim(text, s, e)
    return 0 < b - a <= GROUP_ROW_MAX + 8 and _SECTION_ROW.fullmatch(text, a, b) is not None and \
        not _SENTENCE_PUNCT.search(text, a, b) and sum(1 for c in _BAR_SPLIT.split(text[a:b]) if c.strip()) == 1


SERIAL_CELL_MAX = 80  # characters of a cell of a list written one cell a line (建设内容及规模 may run long)


def _serial_line_table(text: str, lines: list[tuple[int, int]], i: int):
    """(header cells, rows, index of the line after the table) of a list of projects written one cell a line with a
    序号 column first (序号 / 项目名称 / 建设内容 / 建设年限 / 总投资(亿元) / 年度计划投资 / 备注, then 1 / 甲大道提升
    工程 / … / 续建, 2 / …), or None.  Its rows are cut at their serial numbers: row r is the cells from the one
    saying r, as many as the header has columns, up to the one saying r + 1; a text cell left between two rows
    names the group of the rows below it (二、产业项目).  A row short of cells (an empty cell the page dropped) is
    left out, the rows after it read on."""
    a, b = _line_cell(text, *lines[i])
    if _WHITESPACE.sub("", text[a:b]) not in zh.TABLE_SERIAL_HEADS:
        return None
    head = []
    k = i
    while k < len(lines) and len(head) <= LINE_HEADER_MAX:
        a, b = _line_cell(text, *lines[k])
        if b > a:
            name = _WHITESPACE.sub("", text[a:b])
            if name in zh.TABLE_SERIAL_HEADS and head or _CELL_VALUE.fullmatch(text, a, b) or \
                    len(name) > FRAME_HEADER_CELL_MAX + 6 or _LINE_PROSE.search(name) or section_row(text, a, b):
                break  # (一、产业项目 under the header: the first group's row, read with the rows)
            head.append((a, b, name))
        k += 1
    n = len(head)
    if n < 4 or not any(_name_column(_split_unit(h[2])[0]) for h in head):
        return None
    cells: list[tuple[int, int, int]] = []
    j = k
    while j < len(lines):
        a, b = _line_cell(text, *lines[j])
        if b > a:
            if b - a > SERIAL_CELL_MAX or "。" in text[a:b]:
                break
            cells.append((j, a, b))
        j += 1

    def serial(x: int) -> int | None:
        return _row_number(text[cells[x][1]:cells[x][2]].strip()) if x < len(cells) else None
    rows: list = []
    p = 0
    r = 1
    end = k
    while p < len(cells):
        if serial(p) != r:
            if p + 1 < len(cells) and serial(p + 1) == r and not _CELL_VALUE.fullmatch(text, *cells[p][1:]):
                p += 1  # a group's row (二、产业项目)
                continue
            break
        if p + n <= len(cells) and (p + n == len(cells) or serial(p + n) == r + 1):
            q = p + n  # a full row, the next one's serial right after it
        else:
            q = next((x for x in range(p + n + 1, p + n + 3) if serial(x) == r + 1), -1)  # group cells between
            if q < 0:
                short = next((x for x in range(p + 1, p + n) if serial(x) == r + 1), -1)
                if short > 0 and short + 1 < len(cells) and not _CELL_VALUE.fullmatch(text, *cells[short + 1][1:]):
                    p, r = short, r + 1  # a row short of cells: left out
                    continue
                if p + n > len(cells):
                    break
                q = -1  # the last row: the text after it is no part of the table
        row = cells[p:p + n]
        rows.append(([(x[1], x[2]) for x in row], (row[0][1], row[-1][2])))
        end = row[-1][0] + 1
        if q < 0:
            break
        p, r = q, r + 1
    if len(rows) < TABLE_MIN_ROWS:
        return None
    return head, rows, end


def _plain_cells(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The cells of a tab-separated line holding no figure (a header's, a block's), or None."""
    cells = _tab_cells(text, s, e)
    return None if any(_cell_value(text, *_trim(text, a, b)) for a, b in cells) else cells


def _lone_cell(text: str, s: int, e: int) -> bool:
    """Does a tab-separated line hold one cell of text alone, the others blank (a caption or units row: 2026年5月主要
    经济指标 | | |, 单位:万元 | | |, | | | 单位:亿元)?"""
    cells = [c for c in (_trim(text, a, b) for a, b in _tab_cells(text, s, e)) if c[1] > c[0]]
    return len(cells) == 1 and not _cell_value(text, *cells[0])


def _unit_row(text: str, s: int, e: int) -> list[str]:
    """The units a row of a table states in a cell of its own (金  融 | | | 单位:亿元), else []."""
    m = _TABLE_UNIT.search(text, s, e)
    return [u.strip() for u in re.split(r"[、,，/]", m.group(1)) if u.strip()] if m else []


def _tab_blocks(text: str, header: list, lines: list[tuple[int, int]], units: list[str]):
    """(header, rows, units) of each block of a table set apart by tabs.  A statistics bulletin's table runs in blocks:
    a row naming the block (金  融, 对外贸易) with its unit in a cell of its own (单位:亿元, 单位:万美元) holds for the rows
    under it until the next such row, and a block may name its columns anew (对外贸易 | 1-3月 | 增长(%) | 1-4月 | 增长(%)
    under 指标 | 3月末 | 比年初增减额 …): its label column keeps the table's first head (指标: the rows are measures)."""
    rows: list = []
    head, cur = header, units
    for s, e in lines:
        cells = _tab_cells(text, s, e)
        plain = _plain_cells(text, s, e) is not None
        stated = _unit_row(text, s, e) if plain else []
        named = [(a, b) for a, b in (_trim(text, a, b) for a, b in cells[1:]) if b > a]
        renamed = plain and not stated and len(named) >= 2 and len(cells) == len(header) and \
            all(b - a <= 16 and not _TABLE_UNIT.search(text, a, b) for a, b in named) and \
            any(_time_column(n) or _change_column(n) or _split_unit(n)[1]
                for n in (_WHITESPACE.sub("", text[a:b]) for a, b in named))  # (a row of text cells stays a row)
        if not (stated or renamed):
            rows.append((cells, (s, e)))
            continue
        if rows:
            yield head, rows, cur
        rows = []
        if renamed:
            head = header[:1] + [(a, b, text[a:b]) for a, b in cells[1:]]
            cur = units  # (the table's own units, until a row of the block states its own)
        else:
            cur = stated
    if rows:
        yield head, rows, cur


def _two_column_head(text: str, s: int, e: int) -> bool:
    """Is a line of two cells set apart by a tab the header of a two-column table (县区 | 增速(%), 地区 | 完成投资(亿元)):
    its first cell the label column's word, its second a measure with its unit in brackets or a rate, no figure?"""
    cells = _tab_cells(text, s, e)
    if len(cells) != 2 or any(_cell_value(text, a, b) for a, b in cells):
        return False
    label, measure = (_WHITESPACE.sub("", text[a:b]) for a, b in cells)
    name, unit = _split_unit(measure)
    return _label_head(label) and label not in zh.TABLE_SERIAL_HEADS and bool(name) and \
        (bool(unit) or name.endswith(zh.RATE_COLUMN_ENDS))


def _tab_header(text: str, lines: list[tuple[int, int]], i: int, k: int, n: int):
    """(header columns, first row's line, header's first line) of the run of lines ``i``..``k`` holding ``n`` cells
    set apart by tabs, or None.  The header is the run's first line (and its second, when that holds no figure
    either: a two-level header's lower line under an upper one written once over its sub-columns), or, when the
    run starts with figures, the lines above it with fewer cells: the upper line's merged cells written once
    (单位 | 受理量(件) | 办理情况 over 按时办结率 | 满意率)."""
    def plain(ln):
        cells = _tab_cells(text, *ln)
        return None if any(_cell_value(text, a, b) for a, b in cells) else cells
    first = plain(lines[i])
    if first is not None:
        head, upper, r0 = first, None, i + 1
        h0 = i
        if r0 < k and any(_trim(text, a, b)[0] == _trim(text, a, b)[1] for a, b in first) and \
                (second := plain(lines[r0])) is not None and all(b - a <= 16 for a, b in second) and \
                not _unit_row(text, *lines[r0]):  # (金  融 | | 单位:亿元 opens a block of rows: no header)
            head, upper, r0 = second, first, r0 + 1  # an upper cell written once, blank over its other sub-columns
        elif i > 0 and _trim(text, *first[0])[0] == _trim(text, *first[0])[1] and "\t" in text[slice(*lines[i - 1])] \
                and (above := plain(lines[i - 1])) is not None and len(above) < n:
            # 指标 | 本月 | | 1-8月累计 (its blank cells at the end left out) over | 绝对额 | 增长(%) | 绝对额 | 增长(%): the
            # lower line blank under the label column, the upper one shorter
            end = above[-1][1]
            head, upper, h0 = first, above + [(end, end)] * (n - len(above)), i - 1
        if k - r0 < TABLE_MIN_ROWS:
            return None
        return _named_columns(text, head, upper), r0, h0
    if k - i < TABLE_MIN_ROWS or i < 2:
        return None
    up1, up2 = lines[i - 1], lines[i - 2]
    if "\t" not in text[up1[0]:up1[1]] or "\t" not in text[up2[0]:up2[1]]:
        return None
    lower, upper = plain(up1), plain(up2)
    if lower is None or upper is None or len(lower) >= n:
        return None
    cols = _merged_columns(text, upper, lower, n)
    return (cols, i, i - 2) if cols is not None else None


def _blank_tables(text: str):
    lines = _lines(text)
    i = 0
    while i < len(lines):
        if "\t" not in text[lines[i][0]:lines[i][1]] and _bar_cells(text, *lines[i]) is None and \
                _stub_left_out(text, lines, i) is None:  # (| 绝对数 | 增长 | over labelled rows: a table of bars)
            table = _blank_table(text, lines, i)
            if table is not None:
                header, rows, k = table
                yield header, rows, _table_units(text, lines, i)
                i = k
                continue
        i += 1


@lru_cache(maxsize=4)
def _blank_frames(text: str) -> tuple:
    """(header, rows, units, frame) of every table set apart by blanks: the frame (``_blank_frame``) is decided once
    and read both by the cells (``find_table_cells``) and by ``table_frames``."""
    return tuple((header, rows, units, _blank_frame(text, header, rows)) for header, rows, units in _blank_tables(text))


def table_lines(text: str) -> list[tuple[int, int]]:
    """The lines (start, end) of every table written as text: set apart by blanks (its header, units and rows),
    by bars, or one cell a line.  The cleaner leaves them as they are written: a row is a record of its own, its
    blanks separate cells, and a cell on a line of its own is never a line wrapped inside a sentence."""
    out = blank_table_lines(text)
    lines = _lines(text)
    by_line = _line_tables(text, lines)
    i = 0
    while i < len(lines):
        table = _across_table(text, lines, i) or _bar_table(text, lines, i) or _ranking_line_table(text, lines, i) or \
            _serial_line_table(text, lines, i) or by_line.get(i) or _stacked_header_table(text, lines, i) or \
            _run_on_table(text, lines, i)
        if table is None:
            i += 1
            continue
        out.extend(lines[i:table[2]])
        i = table[2]
    return sorted(set(out))


def _tab_cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    p = s
    for cell in text[s:e].split("\t"):
        out.append((p, p + len(cell)))
        p += len(cell) + 1
    return out


# --------------------------------------------------------------------------- cells set apart by bars

_BAR_SPLIT = rx.compile(r"[|｜]")
_BAR_RULE = rx.compile(r"\s*:?[-—－=]{2,}:?\s*")


def _bar_cells(text: str, s: int, e: int, least: int = 3, ends: bool = False) -> list[tuple[int, int]] | None:
    """The cells of a line written ``青川县 | 12 | 8.5 |`` (bars at its ends or not), trimmed of blanks, or None.
    With ``ends`` a blank before the first bar or after the last is a cell left empty (城乡居民收入比 | | 2.31 |)."""
    if e - s > 400 or text.count("|", s, e) + text.count("｜", s, e) < min(2, least) or \
            _SENTENCE_PUNCT.search(text, s, e):
        return None
    cells: list[tuple[int, int]] = []
    p = s
    for m in _BAR_SPLIT.finditer(text, s, e):
        cells.append((p, m.start()))
        p = m.end()
    cells.append((p, e))
    cells = [_trim(text, a, b) for a, b in cells]
    if cells and cells[0][0] == cells[0][1] and not ends:
        cells = cells[1:]
    if cells and cells[-1][0] == cells[-1][1] and not ends:
        cells = cells[:-1]
    return cells if len(cells) >= least else None


ROW_CELLS_LEFT_OUT = 2  # blank cells a row of a table set apart by bars may leave out (a spanning class, a unit)


def _bar_row(text: str, s: int, e: int, width: int, bordered: bool) -> list[tuple[int, int]] | None:
    """The cells of a row of a table set apart by bars that has ``width`` columns: a bar at the line's end is the
    border of the row when the table draws borders (its header line ends with one, | 年份 | GDP |), else a bar
    before a last cell left empty (城乡居民收入比 | | 2.31 | under a header of four columns, 指标 | … | 同比增长(%))."""
    cells = _bar_cells(text, s, e, least=2)
    if cells is None or not width or len(cells) == width:
        return cells if cells is not None and len(cells) >= 3 else None
    if not bordered:
        full = _bar_cells(text, s, e, ends=True)
        for cut in (full, full[1:] if full else None, full[:-1] if full else None):
            # (| 2 | 指标 | … under 类别 | 序号 | 指标 with no bar around the header: the first cell left empty, a class
            # cell merged over the rows below the one that writes it)
            if cut is not None and len(cut) == width and (cut[0][1] > cut[0][0] or cut is full):
                return cut
    if len(cells) < width <= len(cells) + ROW_CELLS_LEFT_OUT and not _cell_value(text, *cells[0]) and \
            all(_cell_value(text, a, b) for a, b in cells[1:]):
        # 城乡居民收入比(以农村为1) | 2.92 | under 类别 | 指标 | 单位 | 1-3月: a row written without its blank cells (a
        # class spanning rows, no unit) holds its label first and its figures in the last columns
        a = cells[1][0]
        return cells[:1] + [(a, a)] * (width - len(cells)) + cells[1:]
    return cells if len(cells) >= 3 else None


def _header_row(text: str, s: int, e: int, cells: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """A row of a header in two levels set apart by bars, as many cells as the table's rows when its blank cells at
    either end are kept (序号|指标|基期值|目标值| over |||2024年|2025年|2027年: the upper cell
    written once, blank over its other sub-columns, and the lower line blank under the cells spanning both), else
    its cells as read."""
    if len(cells) == width:
        return cells
    full = _bar_cells(text, s, e, least=1, ends=True)
    return full if full is not None and len(full) == width else cells


def _trim_blanks(text: str, a: int, b: int) -> tuple[int, int]:
    """``a``..``b`` without the blanks at its ends, tabs kept (they set cells apart)."""
    return _trim(text, a, b, " \u3000\r")


def _trim(text: str, a: int, b: int, blanks: str = " \u3000\t\r") -> tuple[int, int]:
    while a < b and text[a] in blanks:
        a += 1
    while b > a and text[b - 1] in blanks:
        b -= 1
    return a, b


def _stub_left_out(text: str, lines: list[tuple[int, int]], i: int) -> list[tuple[int, int]] | None:
    """The header cells of a table set apart by bars whose header line leaves out the corner over the rows' labels
    (| 绝对数(亿元) | 比上年增长(%) | over 甲产值 | 12.5 | 3.1 |: a bar opening the header where the corner cell stood
    empty, the rows opening with their label and no bar), an empty first cell put in the corner's place; else None.
    The header names at least two columns and no figure; each of the first ``TABLE_MIN_ROWS`` rows below it has one
    cell more, a label first and figures after it."""
    s, e = lines[i]
    top = text[s:e].strip()
    if not top.startswith(("|", "｜")):
        return None
    head = _bar_cells(text, s, e, least=2)
    if head is None or any(_cell_value(text, a, b) or _placeholder(text, a, b) for a, b in head) or \
            _is_rule(text, head) or i + TABLE_MIN_ROWS >= len(lines) + 1:
        return None
    for k in range(i + 1, i + 1 + TABLE_MIN_ROWS):
        if k >= len(lines) or text[lines[k][0]:lines[k][1]].strip().startswith(("|", "｜")):
            return None
        row = _bar_cells(text, *lines[k], least=2)
        if row is None or len(row) != len(head) + 1 or _cell_value(text, *row[0]) or \
                not all(_cell_value(text, a, b) or _placeholder(text, a, b) for a, b in row[1:]):
            return None
    a = text.index(top[0], s)
    return [(a, a)] + head


def _bar_table(text: str, lines: list[tuple[int, int]], i: int):
    """(header cells, rows, index of the line after the table) of a table set apart by bars whose header starts at
    line ``i``, or None.  Up to three header lines and a rule line (| --- | --- |) may stand above the rows; every
    row has as many cells as the first.  A two-level header is written either with its upper cells once over the
    sub-columns and blank over the rest (as many cells as the rows), or with the merged cells left out (an upper
    line 单位 | 受理量 | 办理情况 over 办结率 | 满意率): then the upper cells that group others (…情况, or naming no
    measure) stand for the cells of the line below."""
    head = _stub_left_out(text, lines, i) or _bar_cells(text, *lines[i])
    if head is None and "|" in text[lines[i][0]:lines[i][1]] + "｜":
        pair = _pair_table(text, lines, i, lambda a, b: _bar_cells(text, a, b, least=2))
        if pair is not None:
            return _named_columns(text, [(a, b) for a, b, _ in pair[0]], None), pair[1], pair[2]
    if head is None or any(_cell_value(text, a, b) for a, b in head) or _is_rule(text, head):
        return None
    # | 单位:个、万元 | 指标名称 | 本月 | 同比% |: a cell stating the table's units is no column (the units are read by
    # _table_units from the header line too)
    named = [(a, b) for a, b in head if not _UNIT_CELL_TEXT.fullmatch(text, a, b)]
    if len(named) >= 2 and len(named) < len(head):
        head = named
    heads = [head]
    at = [i]  # the lines the header's rows stand on
    k = i + 1
    while k < len(lines) and len(heads) < 3:
        nxt = _bar_cells(text, *lines[k], least=1)
        if nxt is None or any(_cell_value(text, a, b) for a, b in nxt):
            break
        if not _is_rule(text, nxt):
            heads.append(nxt)
            at.append(k)
        k += 1
    rows: list = []
    top = text[lines[i][0]:lines[i][1]].strip()
    bordered = top.startswith(("|", "｜")) or top.endswith(("|", "｜"))
    while k < len(lines):
        cells = _bar_row(text, *lines[k], len(rows[0][0]) if rows else len(heads[-1]), bordered)
        if (cells is None or rows and len(cells) != len(rows[0][0])) and k + 1 < len(lines) and \
                section_row(text, *lines[k]) and _bar_row(text, *lines[k + 1], len(rows[0][0]) if rows else
                                                          len(heads[-1]), bordered) is not None:
            k += 1  # | 二、民生目标 | between the rows: a section's name spanning the table, no row of its own
            continue
        if cells is None or _is_rule(text, cells):
            break
        if rows and len(cells) != len(rows[0][0]):
            break
        rows.append((cells, lines[k]))
        k += 1
    if len(rows) < TABLE_MIN_ROWS:
        return None
    n = len(rows[0][0])
    # (| 社会消费品零售总额 | | | | over | 2024年4月 | | | | over the header: caption lines written as rows spanning the
    # table, one cell filled, no level of the header)
    named = [x for x, h in enumerate(heads) if any(b > a for a, b in h[1:])]
    if named:
        heads, at = [heads[x] for x in named], [at[x] for x in named]
    wide = [_header_row(text, *lines[x], h, n) for x, h in zip(at, heads)]
    if len(heads) > 1 and all(len(h) == n for h in wide):
        heads = wide  # (not when a line stays short: its merged cells are written once, _merged_columns)
    full = [h for h in heads if len(h) == n]
    if len(full) == 3:
        return _three_levels(text, *full), rows, k
    if full:
        leaf = full[-1]
        upper = full[-2] if len(full) > 1 else None
        return _named_columns(text, leaf, upper), rows, k
    if len(heads) == 2:
        cols = _merged_columns(text, heads[0], heads[1], n)
        if cols is not None:
            return cols, rows, k
    return None


# --------------------------------------------------------------------------- a table laid across

def _across_row(text: str, lines: list[tuple[int, int]], j: int, n: int | None):
    """(head cell, the row's other cells, index of the next line) of a row of a table laid across set apart by bars
    from line ``j``: its head as its first cell, or on a line of its own before the rest (主 要 指 标 | ⏎ 粮食综合
    生产能力 | …: a converter breaks the line after a head cell spanning two lines); None when the row has not ``n``
    cells besides its head (any number of two or more when ``n`` is None)."""
    if j >= len(lines):
        return None
    cells = _bar_cells(text, *lines[j], least=1)
    if cells is None or not cells or _cell_value(text, *cells[0]) or _is_rule(text, cells):
        return None
    if len(cells) == 1 and j + 1 < len(lines):
        rest = _bar_cells(text, *lines[j + 1], least=1)
        if rest is not None and len(rest) >= 2 and (n is None or len(rest) == n):
            return cells[0], rest, j + 2
    if len(cells) >= 3 and (n is None or len(cells) == n + 1):
        return cells[0], cells[1:], j + 1
    return None


def _across_head(cell: str) -> bool:
    """Is a cell the head of a row of figures of a table laid across: a word a plan table's header writes (2022年目标值,
    现状值, 属性) or a time (2025年, 1-9月)?"""
    name = _WHITESPACE.sub("", cell)
    return _plan_head_word(name) or _time_column(name)


def _across_table(text: str, lines: list[tuple[int, int]], i: int):
    """(header cells, rows, index of the next line) of a table laid across, its indicators as columns: a first row
    headed by the indicator column's word (主要指标 | 粮食综合生产能力 | 农业科技进步贡献率 | …), then rows of figures
    each headed by what its figures are (2022年目标值 | >6亿吨 | 61.5% | …) and a 属性 row, or None.  It is read as
    the table it lays across: each indicator a row, each head a column, so a figure takes its indicator from the
    cell above it and its year and kind from its row's head."""
    first = _across_row(text, lines, i, None)
    if first is None or not _indicator_head(_WHITESPACE.sub("", text[slice(*first[0])])):
        return None
    head, names, k = first
    n = len(names)
    if any(b <= a or _cell_value(text, a, b) or _placeholder(text, a, b) or _across_head(text[a:b])
           for a, b in names):
        return None  # (指标 | 2025年 | 增长(%): a header over rows of measures, not measures laid across)
    heads = [head]
    columns: list[list[tuple[int, int]]] = []
    while (row := _across_row(text, lines, k, n)) is not None and _across_head(text[slice(*row[0])]):
        figures = sum(1 for a, b in row[1] if _cell_value(text, a, b) or _bounded_cell(text, a, b)[0])
        if not figures and not any(_WHITESPACE.sub("", text[a:b]) in zh.PLAN_TABLE_ATTRIBUTES for a, b in row[1]):
            break
        heads.append(row[0])
        columns.append(row[1])
        k = row[2]
    if not columns or not any(any(_cell_value(text, a, b) for a, b in col) for col in columns):
        return None
    header = [(a, b, text[a:b]) for a, b in heads]
    rows = []
    for x, (a, b) in enumerate(names):
        cells = [(a, b)] + [col[x] for col in columns]
        rows.append((cells, (a, max(c[1] for c in cells))))
    return header, rows, k


# --------------------------------------------------------------------------- a table flattened onto one line

RUN_ON_MAX = 1200  # characters of a line holding a whole table a page flattened (its header, then every row)
RUN_ON_WIDTH = (3, 8)  # columns such a table may have
_RUN_ON_TOKEN = rx.compile(r"[^\s|｜]+")


_COMMA_MARK = rx.compile(r"[,，]")


def _run_on_table(text: str, lines: list[tuple[int, int]], i: int):
    """(header cells, rows, index of the next line) of a table a page flattened onto line ``i``: the header's cells
    (指标名称 全年目标 全年完成, the first naming the label column), then each row's cells in turn (地区生产总值（亿元）
    260 255.3 …), set apart by blanks or bars; or None.  The width is the one that parts the rest into rows each
    opened by its label, the other cells figures, units or placeholders."""
    s, e = lines[i]
    if e - s > RUN_ON_MAX or _SENTENCE_PUNCT.search(text, s, e) or _COMMA_MARK.search(text[s:e]):
        return None
    cells = [(s + m.start(), s + m.end()) for m in _RUN_ON_TOKEN.finditer(text[s:e])]
    if len(cells) < 3 * RUN_ON_WIDTH[0] or not _label_head(text[cells[0][0]:cells[0][1]]):
        return None
    for n in range(RUN_ON_WIDTH[0], RUN_ON_WIDTH[1] + 1):
        head, body = cells[:n], cells[n:]
        if len(body) < TABLE_MIN_ROWS * n or len(body) % n or \
                any(_cell_value(text, a, b) or _placeholder(text, a, b) for a, b in head):
            continue
        rows = [body[k:k + n] for k in range(0, len(body), n)]
        if all(_run_on_row(text, row) for row in rows):
            return [(a, b, text[a:b]) for a, b in head], [(row, (row[0][0], row[-1][1])) for row in rows], i + 1
    return None


def _run_on_row(text: str, row: list[tuple[int, int]]) -> bool:
    """Is a run of cells one row of a flattened table: its label (no figure), then figures, units or placeholders,
    at least one figure among them?"""
    a, b = row[0]
    if _cell_value(text, a, b) or _placeholder(text, a, b) or _UNIT_CELL.fullmatch(text, a, b):
        return False
    rest = row[1:]
    return all(_cell_value(text, a, b) or _placeholder(text, a, b) or _UNIT_CELL.fullmatch(text, a, b) or
               _bounded_cell(text, a, b)[0] for a, b in rest) and any(_cell_value(text, a, b) for a, b in rest)


def _merged_columns(text: str, upper: list, lower: list, n: int):
    """The ``n`` columns of a two-level header whose merged cells are written once: each upper cell that groups
    others stands for its share of the lower line's cells, in order, lending them its unit."""
    cells = [(a, b, text[a:b]) for a, b in upper]
    g = len(upper) + len(lower) - n
    if g <= 0 or len(lower) % g:
        return None
    groups = [j for j, c in enumerate(cells) if j and _split_unit(c[2])[0].endswith(zh.TABLE_GROUP_HEAD_ENDS)]
    if len(groups) != g and all(_TIME_COLUMN.fullmatch(_WHITESPACE.sub("", text[a:b])) for a, b in lower):
        # 序号 | 指标 | 2024年基期值 | 目标值 over 2025年 | 2027年: the kind of figure the years under it hold
        groups = [j for j, c in enumerate(cells) if j and _WHITESPACE.sub("", c[2]) in zh.PLAN_TABLE_SUB_HEADS]
    if len(groups) != g:
        groups = [j for j, c in enumerate(cells) if j and not _measure_name(_split_unit(c[2])[0])]
    if len(groups) != g:
        return None
    per = len(lower) // g
    repeated = _repeated_leaves(text, lower)
    out = []
    sub = iter(lower)
    for j, c in enumerate(cells):
        if j not in groups:
            out.append(c)
            continue
        for _ in range(per):
            a, b = next(sub)
            out.append((a, b, _told_apart(c[2], text[a:b], repeated)))
    return out


def _repeated_leaves(text: str, cells) -> set[str]:
    """The names a two-level header's lower line writes more than once (按时办结 under 12345热线 and under 政民互动)."""
    leaves = [_WHITESPACE.sub("", text[a:b]) for a, b in cells if b > a]
    return {x for x in leaves if leaves.count(x) > 1}


def _told_apart(group: str, leaf: str, repeated: set[str]) -> str:
    """``_under_group``'s name of a sub-column, its group's name before it whatever its length when the leaf is one
    of ``repeated`` (written under two groups, told apart only by them: 12345热线按时办结, 政民互动按时办结)."""
    name = _under_group(group, leaf)
    gname = _split_unit(group)[0]
    if _WHITESPACE.sub("", leaf) in repeated and gname and not name.startswith(gname):
        name = gname + name
    return name


def _is_rule(text: str, cells: list[tuple[int, int]]) -> bool:
    return all(_BAR_RULE.fullmatch(text, a, b) for a, b in cells if b > a)


def _named_columns(text: str, head: list[tuple[int, int]], upper: list[tuple[int, int]] | None):
    """Header cells as (span, name with its unit): the upper line of a two-level header (written once over several
    columns, blank over the rest) lends its unit, and its name to a bare sub-column's (项目 over 个数)."""
    if upper is None:
        return [(a, b, text[a:b]) for a, b in head]
    out = []
    group = ""
    repeated = _repeated_leaves(text, head)
    for (a, b), (ua, ub) in zip(head, upper):
        if ub > ua:
            group = _WHITESPACE.sub("", text[ua:ub])  # (本  月 spaced out over its columns)
        leaf = text[a:b]
        if not leaf:
            out.append((ua, ub, group))
            continue
        out.append((a, b, _told_apart(group, leaf, repeated)))
    return out


def _three_levels(text: str, top: list[tuple[int, int]], mid: list[tuple[int, int]], low: list[tuple[int, int]]):
    """Header cells of a header in three levels (2025年 over 目标 | 实际 over % | %): the middle line named under the
    top one as a two-level header is, then the lowest line (the units, or the last split) under those names; a
    blank lowest cell leaves the name above it."""
    out = []
    for (a, b), (ma, mb, name) in zip(low, _named_columns(text, mid, top)):
        out.append((a, b, _under_group(name, text[a:b])) if b > a else (ma, mb, name))
    return out


def _under_group(group: str, leaf: str) -> str:
    """The name of a sub-column under an upper cell of a two-level header: the upper cell's name before a short one
    (项目 over 个数 → 项目个数; 投资 over 完成率 → 投资完成率) and before any under a time (本月 / 1-8月累计 / 2025年 over
    绝对额 | 增长(%): the time the figures hold in), its unit lent when the sub-column has none."""
    gname, gunit = _split_unit(group)
    name = leaf
    if gname in zh.PLAN_TABLE_SUB_HEADS and _TIME_COLUMN.fullmatch(_split_unit(_WHITESPACE.sub("", leaf))[0]):
        # 目标值 over 2025年 | 2027年: each year's target (2025年目标值), the kind of figure written after the time
        return leaf + gname + (f"({gunit})" if gunit and not _split_unit(leaf)[1] else "")
    timed = bool(gname) and (bool(_TIME_COLUMN.fullmatch(gname)) or not _FRAME_TIME_HEAD.sub("", gname) or
                             gname in zh.TABLE_TIME_GROUP_HEADS)
    if gname and (timed or len(_split_unit(leaf)[0]) <= 3 and not gname.endswith(zh.TABLE_GROUP_HEAD_ENDS)):
        name = gname + leaf
    if gunit and not _split_unit(leaf)[1]:
        name += f"({gunit})"
    return name


_BARE_PERCENT = rx.compile(rf"\s*(?P<sign>{alternation(zh.TABLE_CHANGE_SIGNS)})?\s*[%％]\s*$")
_BARE_POINTS = rx.compile(rf"\s*(?P<sign>{alternation(zh.TABLE_CHANGE_SIGNS)})?\s*个?百分点\s*$")
# a column's points written bare (百分点) are the points of a rate a fact states as 个百分点
_POINTS_WRITTEN = {"百分点": "个百分点"}


@lru_cache(maxsize=CELL_MEMO_MAX)
def _split_unit(name: str) -> tuple[str, str]:
    """(name, unit) of a header cell: the unit in its brackets (总投资(亿元)), or a per cent written bare after the
    name, with or without a sign of change (增速%, 同比±% → 同比增减, %)."""
    m = _HEADER_UNIT.search(name)
    if m:
        base = name[:m.start()].strip()
        if not base and any(sign in m.group(0) for sign in zh.TABLE_CHANGE_SIGNS):
            base = "增减"  # (±%) alone: the change of the row's figure
        return base, _POINTS_WRITTEN.get(m.group(1), m.group(1))
    m = _BARE_POINTS.search(name)
    if m:  # 比上年增减百分点 / 同比±百分点: the change of a rate, in points
        return (name[:m.start()].strip() + ("增减" if m.group("sign") else "")) or "增减", "个百分点"
    m = _BARE_PERCENT.search(name)
    if m and m.start() > 0:
        return name[:m.start()].strip() + ("增减" if m.group("sign") else ""), "%"
    if m and m.group("sign"):
        return "增减", "%"  # ±% alone: the change of the row's figure
    return name.strip(), ""


# a column named by its time: a year, a part of the year, or a year and its part (2026年1-6月, 2026年一季度)
_TIME_PART = r"(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月(?:份)?|\d{1,2}\s*月(?:份|末|底)?)"
_TIME_COLUMN = rx.compile(rf"(?:(?:19|20)\d\d\s*年(?:度|末|底)?(?:\s*{_TIME_PART})?|{_TIME_PART})")


# --------------------------------------------------------------------------- one cell a line

LINE_CELL_MAX = 30  # characters of a line that is one cell of a table written one cell a line
LINE_HEADER_MAX = 12  # header lines of such a table


def _line_cell(text: str, s: int, e: int) -> tuple[int, int]:
    """The cell a line holds in a table written one cell a line, trimmed of blanks and of the bars a converter of
    web pages or Word files writes around it (``| 84210 |``, ``84210 |``); a line holding only a bar, which such a
    converter writes where a row begins or ends, holds no cell."""
    a, b = _trim(text, s, e)
    if a < b and not text[a:b].strip("|｜ \t\u3000"):
        return a, a  # (||||: the bars of a row's cells left empty)
    if a < b and text[a] in "|｜":
        a, b = _trim(text, a + 1, b)
    if a < b and text[b - 1] in "|｜":
        a, b = _trim(text, a, b - 1)
    return a, b


def _line_kind(text: str, s: int, e: int) -> str:
    """"v" for a line that is a figure cell (120 / 98% / —), "t" for a short text cell, "" for anything else.

    Kept per line of the last text asked about (``_LINE_KINDS``): ``_line_tables`` reads every line's kind, and the
    readers of a ranking or a header written one cell a line ask again about the lines they walk."""
    memo = _LINE_KINDS[1] if _LINE_KINDS[0] is text else _line_kinds_of(text)
    got = memo.get((s, e))
    if got is None:
        got = memo[(s, e)] = _line_kind_read(text, s, e)
    return got


_LINE_KINDS: list = [None, {}]  # the last text _line_kind was asked about, and its answers by (start, end)


def _line_kinds_of(text: str) -> dict:
    """``_line_kind``'s answers for ``text``, a new dict when ``text`` (the same object) was not the last one asked."""
    _LINE_KINDS[:] = [text, {}]
    return _LINE_KINDS[1]


def _line_kind_read(text: str, s: int, e: int) -> str:
    """``_line_kind`` read afresh."""
    a, b = _line_cell(text, s, e)
    if b <= a:
        return "blank"
    if _cell_value(text, a, b) or _CELL_FIGURE.fullmatch(text, a, b) or text[a:b] in zh.TABLE_EMPTY_CELLS or \
            _RANK_CELL.fullmatch(text, a, b) or _several_values(text, a, b):
        return "v"
    label = _row_label(text[a:b])  # 其中:轻工业: a sub-row's mark is no prose
    if b - a > LINE_CELL_MAX or _LINE_PROSE.search(label):
        return ""
    return "t"


_LINE_PROSE = rx.compile(r"[。;；!?！？,，:：]")


LINE_TABLE_MIN_ROWS = 3  # rows of a table written one cell a line with no label column word over it


def _line_tables(text: str, lines: list[tuple[int, int]]) -> dict:
    """Tables written one cell a line, by the line their header starts on: (header cells, rows, next line).

    Such a table is known by its rows: a short text line (the row's label: a place, a unit) followed by the same
    number of figure lines (120 / 98% / —), again and again (a row number before each label when the rows are
    numbered 1, 2, 3).  Its header is the text lines just above the first row: from the label column's word (单位,
    地区, 序号) when one stands there, else as many as the row has cells.  A header line holding only a unit ((件))
    belongs to the cell above it; an upper cell of a two-level header (办理情况 over 办结率 | 满意率) is known by the
    extra header lines and lends its unit to the columns after it."""
    # (kind, start, end, line, place, after a section row): cells in one run have places one apart, blank lines
    # left out
    seq = []
    place = 0
    section = False
    kinds = [_line_kind(text, *ln) for ln in lines]
    for k, ln in enumerate(lines):
        kind = kinds[k]
        if kind == "blank":
            continue
        if not kind:
            place += 10  # a line of prose ends a run of cells
            continue
        if kind == "t" and section_row(text, *ln):
            after = [x for x in range(k + 1, min(len(lines), k + 8)) if kinds[x] != "blank"][:2]
            if len(after) == 2 and kinds[after[0]] == "v" and kinds[after[1]] == "t" and \
                    _row_number(text[slice(*_line_cell(text, *lines[after[0]]))]):
                # 一、发展目标 over 1 / 新增规上工业企业 / …: a section's name spanning the table, over a row's number
                # and label (一、工业总产值 over 52031 / 48810: a row's label, its figures)
                section = True
                continue
        place += 1
        seq.append((kind, *_line_cell(text, *ln), k, place, section))
        section = False
    out: dict = {}
    j = 0
    while j < len(seq):
        twin = _twin_rows_at(text, seq, j)
        if twin is not None:
            cols, rows, end = twin
            out[seq[j][3]] = (cols, rows, seq[end - 1][3] + 1)
            j = end
            continue
        t = _header_rows_at(text, seq, j) or _rows_at(text, seq, j)
        if t is None:
            j += 1
            continue
        first, serial, width, rows, end = t
        found = _line_header(text, seq, first, serial, width, len(rows))
        if found is not None:
            start, cols, rank_head = found
            if rank_head is not None:
                # 排名 / 单位 / 得分 over 1 / 岚溪县 / 96.2: the number opening each row is its rank, a column of its own
                cols = [rank_head] + cols
                rows = [([_trim(text, rs, text.find("\n", rs) if "\n" in text[rs:re_] else re_)] + cells, (rs, re_))
                        for cells, (rs, re_) in rows]
            nxt = seq[end - 1][3] + 1
            out[start] = (cols, rows, nxt)
            j = end
        else:
            j += 1  # rows without a header (乡镇 / 总分 / 1 / 青川镇 …): the rows may start further down
    return out


def _empty_cell_line(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Is line ``k`` a cell left empty in a table written one cell a line whose cells are parted by empty lines: a line
    of blanks alone (a converter of web pages writes an empty ``<td>`` so) between two empty lines, with a line
    written on before and after it?  An empty line parts cells; only a line holding blanks is a cell."""
    s, e = lines[k]
    if e <= s or text[s:e].strip(" \u3000\t\r") or not 2 <= k < len(lines) - 2:
        return False
    return all(lines[x][1] == lines[x][0] for x in (k - 1, k + 1)) and \
        all(text[slice(*lines[x])].strip() for x in (k - 2, k + 2))


def _header_rows_at(text: str, seq: list, j: int):
    """Rows read by the header above them: from a label column's word (单位, 地区, 序号) at ``seq[j]``, the header's
    text lines, then rows of as many cells as the header has columns (fewer by its upper cells), each a label and
    at least one figure; a row's text cells (优秀, 第1) stay in line.  Returns what ``_rows_at`` does, or None."""
    cell = text[seq[j][1]:seq[j][2]]
    if seq[j][0] != "t" or not _label_head(cell) or _after_rank_head(text, seq, j):
        return None
    serial = cell in zh.TABLE_SERIAL_HEADS
    nv = j
    while nv < len(seq) and seq[nv][0] == "t" and seq[nv][4] - seq[j][4] == nv - j:
        nv += 1
    if nv >= len(seq) or seq[nv][0] != "v" or seq[nv][4] - seq[j][4] != nv - j:
        return None
    # the first row starts at the first figure (its number) or at the text line before it (its label); a row may
    # open with text cells (指标 / 单位 / 绝对值 / 增长% over 地区生产总值 / 亿元 / 842.1 / 7.2), so a label further up,
    # with the header's lines shorter by as many, is tried too: the reading that holds the most rows wins
    firsts = [nv] if serial else range(nv - 1, j + 1, -1)
    best = None
    for first in firsts:
        found = _header_rows_from(text, seq, j, first, serial)
        if found is not None and (best is None or len(found[3]) > len(best[3])):
            best = found
    return best


def _after_rank_head(text: str, seq: list, j: int) -> bool:
    """Does the label column's word ``seq[j]`` follow a column of ranks on the line right above it (名次 / 村(社区) /
    考评成绩, then 1 / 东岭村 / 96.5)?  Then the header starts at the ranks' word, and every row opens with its rank as
    a numbered row opens with its number: the rows are read as numbered ones (``_rows_at``, ``_line_header``), not
    from the label's word with the ranks taken for cells of the row before."""
    return j > 0 and seq[j - 1][0] == "t" and seq[j][4] - seq[j - 1][4] == 1 and \
        column_role(text[seq[j - 1][1]:seq[j - 1][2]]) == "rank"


def _group_line(text: str, seq: list, k: int, n: int) -> bool:
    """Is ``seq[k]`` a row of a table written one cell a line that names the group of the rows below it (城区,
    生态涵养区: a short text line, its cells left empty) rather than a row's label: the line right after it opens a
    row of ``n`` cells, a label and figures only, with no line between?"""
    nxt = seq[k + 1:k + 1 + n]
    return seq[k][0] == "t" and seq[k][2] - seq[k][1] <= GROUP_ROW_MAX and len(nxt) == n and \
        nxt[0][0] == "t" and all(x[0] == "v" for x in nxt[1:]) and nxt[-1][4] - seq[k][4] == n


def _header_rows_from(text: str, seq: list, j: int, first: int, serial: bool):
    """The rows of ``_header_rows_at`` when the header takes the lines ``seq[j:first]`` and the rows start at
    ``seq[first]``, or None."""
    ncols = first - j - (1 if serial else 0)
    ncols -= sum(1 for x in range(j, first) if _HEADER_UNIT.fullmatch(text, seq[x][1], seq[x][2]))
    best = None
    lead = 1 if serial else 0
    # a statistics header (指标名称 / 2026年1-6月 / 上年同期 / 比上年±%) names every column: one row under it is a table,
    # and rows may hold a unit cell the header names no column for (固定资产投资 / 万元 / 352688 / …)
    width = _statistics_width(text, seq[j + lead:first]) if not serial else 0
    # columns of who answers for a row and by when (牵头单位 / 配合单位 / 完成时限) hold words, no figures: a row of a
    # responsibility table is no less a row for them
    quiet = sum(1 for x in seq[j + lead + 1:first] if frame_role(text[x[1]:x[2]]) in (FRAME_OWNER, FRAME_TIME))
    for n in ([width + 1] if width else []) + list(range(ncols, 1, -1)):
        united = bool(width) and n == width + 1
        rows: list = []
        k = first
        figures = set(range(1, n))  # the columns whose every row so far holds a figure
        whole = 0  # rows holding all their cells: a table is known by them, not by rows read short
        anew = 0  # the rows before the section whose rows are numbered anew from 1
        while k + lead + n <= len(seq):
            if serial and rows and seq[k][5] and _row_number(text[seq[k][1]:seq[k][2]]) == 1:
                anew = len(rows)  # 二、民生保障 ⏎ 1: the section numbers its rows from 1
            if not serial and _group_line(text, seq, k, n):
                k += 1  # 生态涵养区 | | |: a row naming the group of the rows below it, its cells empty
                continue
            end = _short_row_end(text, seq, k, lead, n, len(rows) - anew, figures)
            if end is not None:
                # a row some of whose cells were left empty and written as no line: its figures are put in their
                # columns by the blank lines the page wrote for the empty cells, or the row is passed over
                if k > first and seq[k][4] - seq[k - 1][4] != 1 or seq[k + lead][0] != "t" or \
                        _label_head(text[seq[k + lead][1]:seq[k + lead][2]]) or end - k - lead < 2 or \
                        any(x[0] != "v" for x in seq[k + lead + 1:end]) or \
                        serial and not _serial_next(text, seq[k], len(rows) - anew):
                    break  # (a label alone, or with words: a group's row, the next table's caption, no table at all)
                cells = _aligned_row(seq, k + lead, end, n, rows)
                if cells is not None:
                    rows.append((cells, (seq[k][1], seq[end - 1][2])))
                elif serial:
                    rows.append(([(seq[k + lead][1], seq[k + lead][2])] + [(seq[k + lead][2],) * 2] * (n - 1),
                                 (seq[k][1], seq[end - 1][2])))  # (its number counts on: the row is there, unread)
                k = end
                continue
            chunk = seq[k:k + lead + n]
            if chunk[-1][4] - chunk[0][4] != len(chunk) - 1 or (k > first and chunk[0][4] - seq[k - 1][4] != 1):
                break
            if serial and not _serial_next(text, chunk[0], len(rows) - anew):
                break
            if united and not _UNIT_CELL.fullmatch(text, chunk[lead + 1][1], chunk[lead + 1][2]):
                break
            label = chunk[lead]
            word = text[label[1]:label[2]]
            # (a row's label is never a unit: 亿元 there means the rows were read from a line too far down; a word
            # only ending like a label column's (乡村, 农村 under 城镇) is a row once the rows have begun)
            if label[0] != "t" or _label_head(word) and (not rows or word in zh.TABLE_LABEL_HEADS) or \
                    _UNIT_CELL.fullmatch(word) or sum(x[0] == "v" for x in chunk[lead + 1:]) * 2 < n - 1 - quiet:
                break
            rows.append(([(x[1], x[2]) for x in chunk[lead:]], (chunk[0][1], chunk[-1][2])))
            figures -= {x for x in range(1, n) if chunk[lead + x][0] != "v"}
            whole += 1
            k += lead + n
        if serial and rows and _total_line_row(text, seq, k, n):
            rows.append(([(x[1], x[2]) for x in seq[k:k + n]], (seq[k][1], seq[k + n - 1][2])))
            whole += 1
            k += n
        least = 1 if width and n in (width, width + 1) else TABLE_MIN_ROWS
        if whole >= least and (best is None or len(rows) > len(best[3])):
            best = (first, serial, n - 1, rows, k)
    return best


def _serial_next(text: str, cell: tuple, done: int) -> bool:
    """Is the line cell ``cell`` (an entry of ``_line_tables``' run) the number of the row after ``done`` rows: the
    next number, or 1 again right after a section row (一、发展目标 ⏎ 1 … 二、民生目标 ⏎ 1: each section numbers its
    rows anew)?"""
    number = _row_number(text[cell[1]:cell[2]])
    return number == done + 1 or bool(cell[5]) and number == 1


def _short_row_end(text: str, seq: list, k: int, lead: int, n: int, done: int, figures: set[int]) -> int | None:
    """Where the next row starts when the row at ``seq[k]`` of a table written one cell a line holds fewer than its
    ``n`` cells (a label and figures; a number first when ``lead``): a page writes no line for an empty cell, or
    only a blank one, so the next row's label (or number, then label) comes up where a figure of this row should
    stand.  The label is known as a text line in a column whose every row so far held a figure (``figures``), the
    number as the next row's number right before a text line.  None when the row is whole."""
    for p in range(k + lead + 1, min(k + lead + n, len(seq))):
        col = p - k - lead
        if seq[p][4] - seq[p - 1][4] != 1:
            return p  # prose right after the row: the table ends with it
        if not lead and done and seq[p][0] == "t" and col in figures:
            return p
        if lead and p + 1 < len(seq) and seq[p + 1][0] == "t" and seq[p][0] == "v" and \
                _row_number(text[seq[p][1]:seq[p][2]]) == done + 2 and \
                not _whole_row_next(text, seq, k + lead + n, done):
            return p  # (not when the row read whole is followed by the next one's number: a figure equal to it)
    return None


def _whole_row_next(text: str, seq: list, at: int, done: int) -> bool:
    """Does the next numbered row (or the table's end) start at ``seq[at]``, right after a row read whole?"""
    if at >= len(seq):
        return at == len(seq)
    return seq[at][4] - seq[at - 1][4] > 1 or seq[at][0] == "v" and _serial_next(text, seq[at], done + 1)


def _aligned_row(seq: list, a: int, b: int, n: int, rows: list) -> list[tuple[int, int]] | None:
    """The ``n`` cells of a row written one cell a line whose cells ``seq[a:b]`` (its label, then its figures) are
    fewer than its columns, each figure in its column: where the rows read so far set every cell ``s`` blank lines
    apart (0: none; 1: the blank line a page writes between cells), an empty cell is one more line and its ``s``
    blank lines, so a gap of ``s + e * (s + 1)`` blank lines holds ``e`` empty cells.  None when the gaps do not say
    which cells are empty (no whole row read yet, rows whose gaps vary, gaps that do not add up): a figure is rather
    left out than put in another column."""
    lines = _row_lines(seq, rows)
    gaps = {y - x - 1 for row in lines for x, y in zip(row, row[1:])}
    if len(gaps) != 1:
        return None
    sep = gaps.pop()
    at = [seq[x][3] for x in range(a, b)] + ([seq[b][3]] if b < len(seq) and seq[b][4] - seq[b - 1][4] == 1 else [])
    empty = []
    for x, y in zip(at, at[1:]):
        e, r = divmod(y - x - 1 - sep, sep + 1)
        if r or e < 0:
            return None
        empty.append(e)
    if len(at) == b - a:
        empty.append(n - (b - a) - sum(empty))  # (the table's last row: what is missing is at its end)
    if sum(empty) != n - (b - a) or any(e < 0 for e in empty):
        return None
    cells = [(seq[a][1], seq[a][2])]
    for x, e in zip(range(a + 1, b + 1), empty):
        cells.extend([(cells[-1][1], cells[-1][1])] * e)
        if x < b:
            cells.append((seq[x][1], seq[x][2]))
    return cells


def _row_lines(seq: list, rows: list) -> list[list[int]]:
    """The lines the cells of each whole row read so far stand on (a cell's line by its start), for the blank lines
    a page writes between cells."""
    line_at = {x[1]: x[3] for x in seq}
    return [[line_at[a] for a, b in cells if a in line_at] for cells, _ in rows
            if all(b > a for a, b in cells)]


def _total_line_row(text: str, seq: list, k: int, n: int) -> bool:
    """Does the row adding up a numbered table's rows start at ``seq[k]`` (合计 / 总计 / 全市 / 120 / 86 / 34, one cell a
    line)?  It carries no number of its own, so the numbered rows' reading stops before it: its label is a total's,
    then as many figures as a row has, one line apart, no prose between."""
    chunk = seq[k:k + n]
    return len(chunk) == n and chunk[0][0] == "t" and total_row(_WHITESPACE.sub("", text[chunk[0][1]:chunk[0][2]])) \
        and all(x[0] == "v" for x in chunk[1:]) and chunk[-1][4] - chunk[0][4] == n - 1 and \
        (k == 0 or chunk[0][4] - seq[k - 1][4] == 1)


def _statistics_width(text: str, head: list) -> int:
    """The columns of a header written one cell a line (its lines ``head``, from the label column's word) when it
    is a statistics table's, every column after the label named by a time, the base or a change (本月 / 1-本月 /
    同比±%), its broken cells joined; else 0."""
    cols = [(x[1], x[2], _WHITESPACE.sub("", text[x[1]:x[2]])) for x in head]
    if len(cols) < 3 or not _label_head(cols[0][2]):
        return 0
    cols = _mended_header(cols)
    names = paired_columns([c[2] for c in cols])
    return len(cols) if _times_only(names, list(range(1, len(names)))) else 0


@lru_cache(maxsize=CELL_MEMO_MAX)
def _header_word(cell: str) -> bool:
    """Does a short line name a column (单位, 得分, 排名, 扣分原因, 完成率) rather than hold a row's cell?"""
    name = _split_unit(_WHITESPACE.sub("", cell))[0]
    return bool(name) and (_label_head(name) or bool(column_role(cell)) or name in zh.TABLE_HEADER_WORDS or
                           name.endswith(zh.TABLE_TEXT_COLUMN_ENDS) or _measure_name(name))


RANKING_TEXT_CELL_MAX = 200  # characters of a text cell (扣分原因) of a ranking table written one cell a line


def _ranking_line_table(text: str, lines: list[tuple[int, int]], i: int):
    """A ranking written one cell a line whose rows carry a cell of prose (排名 / 乡镇 / 得分 / 扣分原因, then 1 /
    青川镇 / 96.5 / 个别码头堆放杂物,未及时清理 …): read by its header, every row as many lines as the header has
    columns, the ranks and scores figures, the label a short name, the others anything on one line.  Returns
    (header cells, rows, next line) or None."""
    a, b = _trim(text, *lines[i])
    if b <= a or b - a > LINE_CELL_MAX or _LINE_PROSE.search(text, a, b):
        return None  # no short text cell (what _line_kind calls "t"), asked about every line of the text
    if not _header_word(text[a:b]) or _line_kind(text, *lines[i]) != "t":
        return None
    if i and _line_kind(text, *lines[i - 1]) == "t" and _header_word(text[slice(*_trim(text, *lines[i - 1]))]):
        return None  # not the header's first line
    nonblank = [k for k in range(i, min(len(lines), i + 4000)) if _trim(text, *lines[k])[1] > _trim(text, *lines[k])[0]
                or _empty_cell_line(text, lines, k)]  # (a cell left empty: a line of blanks between empty ones)
    head: list[tuple[int, int, str]] = []
    x = 0
    while x < len(nonblank) and len(head) <= LINE_HEADER_MAX:
        ca, cb = _trim(text, *lines[nonblank[x]])
        if _line_kind(text, *lines[nonblank[x]]) != "t" or not _header_word(text[ca:cb]):
            break
        head.append((ca, cb, text[ca:cb]))
        x += 1
    roles = [column_role(h[2]) for h in head]
    labels = [j for j, h in enumerate(head) if _label_head(_WHITESPACE.sub("", h[2])) and not roles[j]]
    n = len(head)
    if n < 3 or not any(roles) or not labels or not _worded_rows(text, lines, nonblank[x:x + n * 3], head, labels[0]):
        return None  # no ranking, or rows of a label and figures only (read as a table one cell a line)
    rows: list = []
    while x + n <= len(nonblank):
        width = n - 1 if _note_left_empty(text, lines, nonblank, x, head, roles) else n
        cells = [_trim(text, *lines[nonblank[y]]) for y in range(x, x + width)]
        if width < n:
            cells.append((cells[-1][1], cells[-1][1]))  # (备注 left empty: no line of its own)
        ok = all(cb - ca <= RANKING_TEXT_CELL_MAX for ca, cb in cells)
        for j, (ca, cb) in enumerate(cells):
            if not ok:
                break
            if roles[j] == "rank":
                ok = _row_number(text[ca:cb]) is not None or bool(_cell_value(text, ca, cb))
            elif roles[j] == "score":
                ok = bool(_cell_value(text, ca, cb)) or text[ca:cb] in zh.TABLE_EMPTY_CELLS
            elif j == labels[0]:
                ok = _line_kind(text, *lines[nonblank[x + j]]) == "t" and not _cell_value(text, ca, cb)
        if not ok:
            break
        rows.append((cells, (cells[0][0], cells[-1][1])))
        x += width
    if len(rows) < TABLE_MIN_ROWS:
        return None
    return head, rows, nonblank[x - 1] + 1


def _note_left_empty(text: str, lines: list[tuple[int, int]], nonblank: list[int], x: int, head: list,
                     roles: list[str]) -> bool:
    """Is the last cell of the row starting at ``nonblank[x]`` of a ranking written one cell a line, a column of text
    (备注, 扣分原因), left empty, so the page wrote no line for it: where it would stand the next row opens, its rank
    one after this row's, its label after it (1 / 甲县 / 96.5 / 103.2% / 2 / 乙县 …)?"""
    n = len(head)
    if roles[0] != "rank" or not _WHITESPACE.sub("", head[-1][2]).endswith(zh.TABLE_TEXT_COLUMN_ENDS) or \
            x + n >= len(nonblank):
        return False
    this = _row_number(text[slice(*_trim(text, *lines[nonblank[x]]))])
    nxt = _row_number(text[slice(*_trim(text, *lines[nonblank[x + n - 1]]))])
    return this is not None and nxt is not None and nxt in (this, this + 1) and \
        _line_kind(text, *lines[nonblank[x + n]]) == "t"


def _worded_rows(text: str, lines: list[tuple[int, int]], first: list[int], head: list, label: int) -> bool:
    """Do the first rows of a ranking written one cell a line (the lines ``first``) hold words beside the label, a
    row's text that the reader of label-and-figures rows (``_line_tables``) cannot keep in line: a cell of prose
    (扣分原因: 个别码头堆放杂物,未及时清理), or a short word under a column of text (备注, 等次: 超额完成, 优秀), which
    would be read as the next row's label and shift every column after it?"""
    for y, k in enumerate(first):
        kind = _line_kind(text, *lines[k])
        if kind == "" or kind == "t" and y % len(head) != label and \
                _WHITESPACE.sub("", head[y % len(head)][2]).endswith(zh.TABLE_TEXT_COLUMN_ENDS):
            return True
    return False


def _twin_rows_at(text: str, seq: list, j: int):
    """A table printed twice side by side to save room (排名 / 乡镇 / 得分 / 排名 / 乡镇 / 得分, then 1 / 青川镇 / 96.5 /
    4 / 河口镇 / 85 …): its header written twice over, each line of cells two rows.  Returns (header columns, rows,
    index after the last cell) or None.  When the label column comes first (单位 / 工单数 / 得分 / 单位 / 工单数 /
    得分, then 甲县 / 2210 / 96.4 …) the first row's label is a text line like the header's, so the run of text lines
    holds one line more than the two headers."""
    run = j
    while run < len(seq) and seq[run][0] == "t" and seq[run][4] - seq[j][4] == run - j:
        run += 1
    if (run - j) % 2 and run < len(seq) and seq[run][0] == "v" and \
            _label_head(_WHITESPACE.sub("", text[seq[j][1]:seq[j][2]])):
        run -= 1  # (the odd line is the first row's label, under the label column that opens each header)
    n = run - j
    if n < 4 or n % 2 or n > 2 * LINE_HEADER_MAX:
        return None
    w = n // 2
    names = [_WHITESPACE.sub("", text[seq[x][1]:seq[x][2]]) for x in range(j, run)]
    if names[:w] != names[w:] or not any(_label_head(x) for x in names[:w]):
        return None
    lab = next(x for x in range(w) if _label_head(names[x]))
    rows: list = []
    k = run
    while k + w <= len(seq):
        half = seq[k:k + w]
        if half[-1][4] - half[0][4] != w - 1 or (k > run and half[0][4] - seq[k - 1][4] != 1) or \
                half[lab][0] != "t" or any(x[0] != "v" for i, x in enumerate(half) if i != lab):
            break
        rows.append(([(x[1], x[2]) for x in half], (half[0][1], half[-1][2])))
        k += w
    if len(rows) < 2 * TABLE_MIN_ROWS:
        return None
    cols = [(seq[x][1], seq[x][2], text[seq[x][1]:seq[x][2]]) for x in range(j, j + w)]
    return cols, rows, k


def _rows_at(text: str, seq: list, j: int):
    """The rows of a table written one cell a line whose first row starts at ``seq[j]`` (its label, or its number):
    (first, serial, width, rows, index after the last row), or None."""
    serial = seq[j][0] == "v" and _row_number(text[seq[j][1]:seq[j][2]]) == 1
    lead = 1 if serial else 0
    if j + lead >= len(seq) or seq[j + lead][0] != "t" or (not serial and seq[j][0] != "t"):
        return None
    if j and not serial and seq[j - 1][0] == "v":
        return None  # a label right after figures continues a table begun above
    width = 0
    while j + lead + 1 + width < len(seq) and seq[j + lead + 1 + width][0] == "v":
        width += 1
    if serial and j + lead + 1 + width < len(seq):
        width -= 1  # the last figure before the next row's label is that row's number
    if width <= 0:
        return None
    rows: list = []
    k = j
    n = 1

    def fits(k: int) -> bool:
        """Does a row of ``width`` figures start at ``seq[k]`` (its number ``n``, when the rows are numbered)?"""
        return k + lead + width < len(seq) and seq[k + lead][0] == "t" \
            and (not serial or _serial_next(text, seq[k], n - 1)) \
            and all(x[0] == "v" for x in seq[k + lead + 1:k + lead + 1 + width]) \
            and all(seq[x][4] - seq[x - 1][4] == 1 for x in range(k + 1, k + lead + 1 + width)) \
            and (k + lead + 1 + width == len(seq) or seq[k + lead + 1 + width][0] == ("v" if serial else "t")
                 or seq[k + lead + 1 + width][4] - seq[k + lead + width][4] > 1)
    while k + lead + width < len(seq):
        if not fits(k):
            if rows and not serial and seq[k][0] == "t" and seq[k + 1][4] - seq[k][4] == 1 and \
                    seq[k][2] - seq[k][1] <= GROUP_ROW_MAX and fits(k + 1):
                k += 1  # 生态涵养区 | | |: a row naming the group of the rows below it, no figures of its own
                continue
            break
        cells = [(x[1], x[2]) for x in seq[k + lead:k + lead + 1 + width]]
        rows.append((cells, (seq[k][1], cells[-1][1])))
        k += lead + 1 + width
        n += 1
        if k < len(seq) and seq[k][4] - seq[k - 1][4] > 1:
            break  # prose between: the table has ended
    if len(rows) < TABLE_MIN_ROWS:
        return None
    return j, serial, width, rows, k


def _line_header(text: str, seq: list, first: int, serial: bool, width: int, n_rows: int):
    """(line the header starts on, its columns) for rows starting at ``seq[first]``, or None."""
    above: list = []  # the text lines right above the first row, nearest last
    k = first - 1
    while k >= 0 and seq[k][0] == "t" and len(above) < LINE_HEADER_MAX + 2 and \
            (not above or above[0][4] - seq[k][4] == 1):
        above.insert(0, seq[k])
        k -= 1
    m = next((x for x in range(len(above) - 1, -1, -1) if text[above[x][1]:above[x][2]] in zh.TABLE_SERIAL_HEADS),
             -1) if serial else -1
    if serial and m < 0:  # 排名 / 单位 / 得分: a column of ranks opens the rows as their numbers would
        m = next((x for x in range(len(above) - 1, -1, -1) if column_role(text[above[x][1]:above[x][2]]) == "rank"
                  and (x == len(above) - 1 or _label_head(text[above[x + 1][1]:above[x + 1][2]]))), -1)
    rank_head = None
    if m >= 0:
        head = above[m + 1:]
        start = above[m][3]
        if column_role(text[above[m][1]:above[m][2]]) == "rank":
            rank_head = (above[m][1], above[m][2], text[above[m][1]:above[m][2]])
    else:
        m = next((x for x in range(len(above) - 1, -1, -1) if _label_head(text[above[x][1]:above[x][2]])), -1)
        if m > 0 and text[above[m][1]:above[m][2]] in zh.TABLE_UNIT_COLUMN_HEADS:
            # 指标 / 计量单位 / 1-5月 / 同比增长(%): 单位 after the label column's word heads the units' column
            m = next((x for x in range(m - 1, -1, -1) if _label_head(text[above[x][1]:above[x][2]])), m)
        head = above[m:] if m >= 0 else []
        start = above[m][3] if m >= 0 else -1
    if len(head) == width + 2 and not _column_word(text[head[-1][1]:head[-1][2]]):
        head = head[:-1]  # 城市发展区 right above the first row: a row naming the rows' group, no column
    cols: list[tuple[int, int, str]] = []
    for _, a, b, *_k in head:
        if cols and _HEADER_UNIT.fullmatch(text, a, b):
            ca, _, name = cols[-1]
            cols[-1] = (ca, b, name + text[a:b])
        else:
            cols.append((a, b, text[a:b]))
    leaves = _leaf_columns(cols, width + 1) if cols else None
    if leaves is None and cols and not serial and first + 1 < len(seq) and \
            _UNIT_CELL.fullmatch(text, seq[first + 1][1], seq[first + 1][2]) and \
            (short := _leaf_columns(cols, width)) is not None:
        # rows holding a unit cell the header names no column for: a units column after the label column
        a = short[0][1]
        leaves = short[:1] + [(a, a, zh.TABLE_UNIT_COLUMN_HEADS[0])] + short[1:]
    if leaves is None and serial and width == 1 and n_rows >= LINE_TABLE_MIN_ROWS and above and \
            any(w in text[above[-1][1]:above[-1][2]] for w in zh.TABLE_RANK_COLUMN_ENDS) and \
            any(w in text[above[-1][1]:above[-1][2]] for w in zh.RANKING_SCORE_CUES):
        # 各乡镇考评得分排名 / 1 / 青川镇 / 96.5 / 2 / …: under a title that ranks by score, rows without a header are
        # a rank, a name and a score
        a = above[-1][1]
        return above[-1][3] + 1, [(a, a, ""), (a, a, zh.SCORE_NOUN)], (a, a, zh.RANK_NOUN)
    if leaves is None:
        # no label column word: the columns are the lines right above the rows, one a cell (the label's unnamed)
        if len(above) < width or n_rows < LINE_TABLE_MIN_ROWS:
            return None
        plain = [(a, b, text[a:b]) for _, a, b, *_k in above[-width:]]
        measures = sum(_measure_name(_split_unit(c[2])[0]) or bool(_split_unit(c[2])[1]) for c in plain)
        if any(_HEADER_UNIT.fullmatch(c[2]) for c in plain) or not measures or \
                (measures + sum(_time_head(c[2]) for c in plain)) * 2 < width:
            return None  # lines above that do not name measures (a title, a date) are no header
        lead = above[-width - 1] if len(above) > width else None
        leaves = ([(lead[1], lead[2], text[lead[1]:lead[2]])] if lead else [(plain[0][0], plain[0][0], "")]) + plain
        start = (lead or above[-width])[3]
    return start, leaves, rank_head


@lru_cache(maxsize=CELL_MEMO_MAX)
def _time_head(cell: str) -> bool:
    """Does a header cell name the time its column's figures hold in (本月, 1-9月累计, 2021年, 上年同期)?"""
    name = _WHITESPACE.sub("", _split_unit(cell)[0])
    return bool(name) and _TIME_COLUMN.sub("", name) in ("",) + zh.TABLE_TIME_GROUP_HEADS


def _stacked_header_table(text: str, lines: list[tuple[int, int]], i: int):
    """A table whose header is written one cell a line (from its label column's word: 单位 / 受理量(件) / 满意率) and
    whose rows are lines of cells set apart by blanks (县住建局  120  95%), as many cells as the header has
    columns.  Returns (header cells, rows, next line) or None."""
    a, b = _trim(text, *lines[i])
    if b > a and (b - a > LINE_CELL_MAX or _LINE_PROSE.search(text, a, b)):
        return None  # no short text cell (_line_kind's "t"): the header below would stop here with no cell
    numbered = column_role(text[a:b]) == "rank" or text[a:b] in zh.TABLE_SERIAL_HEADS  # 排名 / 乡镇 / 得分 over 1 青川镇 96.5
    if not _label_head(text[a:b]) and not numbered:
        return None
    head: list[tuple[int, int, str]] = []
    k = i
    while k < len(lines) and len(head) <= LINE_HEADER_MAX:
        a, b = _trim(text, *lines[k])
        if b > a and (_line_kind(text, *lines[k]) != "t" or len(_CELL_SPLIT.findall(text, a, b)) > 1):
            break  # a figure, prose, or a row of cells set apart by blanks
        if b > a:
            if head and _HEADER_UNIT.fullmatch(text, a, b):
                ha, _, name = head[-1]
                head[-1] = (ha, b, name + text[a:b])
            else:
                head.append((a, b, text[a:b]))
        k += 1
    if len(head) < 3:
        return None
    rows: list = []
    while k < len(lines):
        s, e = lines[k]
        if e <= s or not text[s:e].strip():
            k += 1
            continue
        cells = [(m.start(), m.end()) for m in _CELL_SPLIT.finditer(text, s, e)]
        if len(cells) != len(head) or (_cell_value(text, *cells[0]) and not numbered) or \
                _SENTENCE_PUNCT.search(text, s, e) or not any(_cell_value(text, x, y) for x, y in cells[1:]):
            break
        rows.append((cells, (s, e)))
        k += 1
    if len(rows) < TABLE_MIN_ROWS:
        return None
    return head, rows, k


_SPACES_WIDE = rx.compile(r"[ \u3000]+")


def _label_head(cell: str) -> bool:
    """Is a line the label column's header (单位, 责任单位, 地区, 序号) that opens a table written one cell a line?"""
    if cell in zh.TABLE_LABEL_HEADS or cell in zh.TABLE_SERIAL_HEADS or \
            (len(cell) <= 8 and cell.endswith(zh.TABLE_LABEL_HEAD_ENDS)):
        return True
    # 镇（街道） / 县（市、区、管委会） / 单 位: the divisions a column lists, whatever its brackets add
    base = _LABEL_BRACKET.sub("", _SPACES_WIDE.sub("", cell))
    return base != cell and bool(base) and (
        base in zh.TABLE_LABEL_HEADS or (len(base) <= 8 and base.endswith(zh.TABLE_LABEL_HEAD_ENDS)) or
        (len(base) <= 2 and all(ch in zh.PLACE_LEVEL_CHARS for ch in base)))


_LABEL_BRACKET = rx.compile(r"[(（][^()（）]{1,12}[)）]$")


def _leaf_columns(cols: list[tuple[int, int, str]], n: int) -> list[tuple[int, int, str]] | None:
    """The ``n`` columns of a header written one cell a line whose upper cells (a two-level header's: 办理情况 over
    办结率 | 满意率) stand among them: they are left out, and lend their unit to the columns after them.  An upper
    cell is named as a group (…情况, 其中) or, failing that, names no measure (办理质量 over 办结率 | 满意率)."""
    extra = len(cols) - n
    if extra < 0:
        return None
    if not extra:
        return cols
    two_rows = _upper_then_lower(cols, n)
    if two_rows is not None:
        return two_rows
    groups = [j for j, c in enumerate(cols) if j and _split_unit(c[2])[0].endswith(zh.TABLE_GROUP_HEAD_ENDS)]
    if len(groups) != extra:
        groups = [j for j, c in enumerate(cols) if j and not _measure_name(_split_unit(c[2])[0])
                  and not _split_unit(c[2])[1]]
    if len(groups) != extra:
        mended = _mended_header(cols)  # (no upper cells: cells broken over two lines)
        return mended if len(mended) == n else None
    kept = []
    unit = ""
    for j, c in enumerate(cols):
        name, u = _split_unit(c[2])
        if j in groups:
            unit = u
            continue
        kept.append(c if u or not unit or not j else (c[0], c[1], f"{c[2]}({unit})"))
    return kept


def _group_cell(name: str) -> bool:
    """Can an upper cell of a two-level header stand over several columns: a doing or a time that names no measure
    by itself (当日交办, 累计交办 over 总数 | 重点), a time or a batch (累计, 本月, 本批次 over 来电 | 来信), or a group's
    word (办理情况)?"""
    name = _WHITESPACE.sub("", _split_unit(name)[0])
    return bool(name) and (not _measure_name(name) or name.endswith(zh.TABLE_GROUP_HEAD_ENDS) or _time_head(name)
                           or name in zh.TABLE_TIME_GROUP_HEADS or name.startswith(zh.EVENT_BACKREFS))


def _upper_then_lower(cols: list[tuple[int, int, str]], n: int) -> list[tuple[int, int, str]] | None:
    """The ``n`` columns of a two-level header written one cell a line in the order a page writes its two rows: the
    upper row whole (地区 / 当日交办 / 累计交办 / 办结数 / 办结率: cells spanning both rows and cells spanning
    several columns), then the lower row's cells under the spanning ones (总数 / 重点 / 总数 / 重点).  The lower row
    repeats the same sub-columns under each spanning cell, which is how it is told from the upper; each sub-column
    is named by its path (当日交办总数, 累计交办重点) and takes the spanning cell's place.  None when the lines do not
    read so (no repeat, or not as many upper cells that can span as the extra lines)."""
    g = len(cols) - n  # each spanning cell stands for its k sub-columns: the header has g lines more than columns
    if g < 2:
        return None  # (one spanning cell: read as an upper cell in place, _leaf_columns)
    names = [_WHITESPACE.sub("", c[2]) for c in cols]
    for k in range(2, (len(cols) - 1) // g + 1):
        s = len(cols) - g * k
        if s < g + 1:
            break
        lower = names[s:]
        if any(lower[x] != lower[x % k] for x in range(len(lower))) or len(set(lower[:k])) < k:
            continue
        groups = [j for j in range(1, s) if _group_cell(names[j])]
        if len(groups) != g:
            continue
        out = []
        sub = iter(cols[s:])
        for j in range(s):
            if j not in groups:
                out.append(cols[j])
                continue
            for _ in range(k):
                a, b, leaf = next(sub)
                out.append((a, b, _under_group(cols[j][2], leaf)))
        return out
    return None


def _mended_header(cols: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A header written one cell a line whose narrow cells broke over two lines, each cell's lines joined: a per cent
    or a sign alone (比上年 / ±%), a year over the months of it (2026年 / 1-6月), and a piece that names no column alone
    but does joined with its neighbour (上年 / 同期, 绝对 / 量)."""
    out = list(cols[:1])
    for c in cols[1:]:
        if len(out) > 1:
            prev = _WHITESPACE.sub("", out[-1][2])
            cur = _WHITESPACE.sub("", c[2])
            # (a long name wrapped: 一般公共预算收 / 入(万元); a short one split: 上年 / 同期)
            piece = cur if not _column_named(cur) else prev if not _column_named(prev) else ""
            if _BARE_SIGN.fullmatch(cur) or (_YEAR_CELL.fullmatch(prev) and _TIME_PART_CELL.fullmatch(cur)) or \
                    0 < len(_split_unit(piece)[0]) <= HEADER_PIECE_MAX and _column_named(prev + cur):
                out[-1] = (out[-1][0], c[1], prev + cur)
                continue
        out.append(c)
    return out


HEADER_PIECE_MAX = 3  # characters of a piece of a header cell broken over two lines (同期, 绝对, 量)
_BARE_SIGN = rx.compile(rf"(?:{alternation(zh.TABLE_CHANGE_SIGNS)})?\s*[%％‰]|[(（]\s*[%％‰]\s*[)）]")
_YEAR_CELL = rx.compile(r"(?:19|20)\d\d\s*年")
_TIME_PART_CELL = rx.compile(rf"{_TIME_PART}(?:累计|止累计)?")


@lru_cache(maxsize=CELL_MEMO_MAX)
def _column_named(cell: str) -> bool:
    """Does a header cell name a column by itself: a time (1-6月, 本月, 上年同期), a change (比上年±%, 增速), a
    measure or a column word (总投资, 单位)?"""
    name, unit = _split_unit(cell)
    return bool(name) and (_time_head(name) or _time_column(name) or _change_column(name) or
                           name.startswith(zh.TABLE_BASE_TIME_HEADS) or
                           _measure_name(name) or _header_word(name) or name in zh.TABLE_GENERIC_MEASURE_HEADS)


@lru_cache(maxsize=CELL_MEMO_MAX)
def _measure_name(name: str) -> bool:
    """Does a header cell name a measure (受理量, 办结率, 总投资, 户数) rather than a group of columns?"""
    return name.endswith(zh.RATE_COLUMN_ENDS + zh.COUNT_COLUMN_ENDS + zh.MEASURE_COLUMN_ENDS) or \
        any(w in name for w in zh.MONEY_COLUMN_WORDS)


# --------------------------------------------------------------------------- a grid's cells

_CELL_VALUE = rx.compile(rf"(?P<sign>[-－−])?\s*(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
                         rf"(?P<unit>(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})(?:/(?:{MAG_PATTERN})?(?:{PER_PATTERN}))?"
                         rf"|(?:{MAG_PATTERN}))?"  # (5.5万元/人: an amount per head)
                         rf"(?:\s*[(（](?!\s*(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})\s*[)）])[^()（）\d]{{2,}}(?:[)）]|$))?")
# (95%(二期滞后) / 12(含续建): a remark in brackets after the figure says why or what of it, no figure of its own;
# 12(亿元) writes the cell's unit in brackets, no remark)
# a figure cell for the table's shape even when its unit is no known one (120件次); never a date (2023年, 5月)
_CELL_FIGURE = rx.compile(r"[-－−]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?![年月日号时])[\u4e00-\u9fff]{0,2}")


# a target's cell written with its bound (6左右, ≥10, 8以上): the figure and the bound, as a plan table's cells are read
_BOUND_CELL = rx.compile(rf"(?P<cmp>[>＞≥⩾<＜≤⩽])?\s*{_CELL_VALUE.pattern}\s*(?P<about>左右|以上|以下|以内)?")


def _bounded_cell(text: str, a: int, b: int):
    """(the figure, its comparator) of a target's cell written with a bound (6左右, ≥10, 8以上), as a plan table's
    cells are read; (None, "") for any other cell."""
    m = _BOUND_CELL.fullmatch(text, *_trim(text, a, b)) if b > a else None
    word = (m.group("cmp") or m.group("about")) if m else None
    return (m, zh.PLAN_CELL_COMPARATORS[word]) if word else (None, "")


def _cell_value(text: str, a: int, b: int):
    """The figure a whole cell holds (12 / 8.5亿元 / 71.8% / -2.1), or None."""
    return _CELL_VALUE.fullmatch(text, a, b) if b > a else None


# a change written in words before its figure (同比增加1.2个百分点, 比上年下降3.5%)
_WORDED_CHANGE = rx.compile(rf"(?:{alternation(zh.TABLE_CELL_COMPARED)})?(?:{alternation(zh.TABLE_CELL_CHANGES)})\s*"
                            rf"{_CELL_VALUE.pattern}")


def _change_cell(text: str, a: int, b: int, name: str):
    """The figure of a change column's cell (±% / 增长(%) / 同比) written with its change in words before it (同比增加1.2
    个百分点 where the other rows write 4.9): the figure is the cell's, the words say how it was taken against what; None
    for any other cell or column (a note column's 增长6.5% is a note, not its column's figure)."""
    if b <= a or not (_change_column(name) or any(w in name for w in zh.TABLE_CHANGE_SIGNS)):
        return None
    return _WORDED_CHANGE.fullmatch(text, *_trim(text, a, b))


_SEVERAL_SPLIT = rx.compile(r"[、，]")


def _several_values(text: str, a: int, b: int) -> list:
    """The figures of a cell holding two or more written one after another (15、37 / 6.5，7), each as ``_cell_value``
    reads a whole cell, or [] for any other cell."""
    a, b = _trim(text, a, b)
    if b <= a or not _SEVERAL_SPLIT.search(text, a, b) or _CELL_VALUE.fullmatch(text, a, b):
        return []
    out, p = [], a
    for sep in _SEVERAL_SPLIT.finditer(text, a, b):
        out.append(_CELL_VALUE.fullmatch(text, *_trim(text, p, sep.start())) if sep.start() > p else None)
        p = sep.end()
    out.append(_CELL_VALUE.fullmatch(text, *_trim(text, p, b)) if b > p else None)
    return out if all(out) else []


_BARE_YEAR = rx.compile(r"(?:19|20)\d\d")


def _class_then_indicator(names: list[str]) -> int:
    """The index of a table's indicator column when a class column stands before it (一级指标 | 二级指标, 类别 |
    指标名称, after a 序号 or not), else -1: the rows are named by the indicator, the class only groups them."""
    heads = [_split_unit(n)[0] for n in names]
    x = 1 if heads and heads[0] in zh.TABLE_SERIAL_HEADS else 0
    # (类别 | 序号 | 指标: the rows' numbers between the class and the indicator)
    y = x + 2 if x + 2 < len(heads) and heads[x + 1] in zh.TABLE_SERIAL_HEADS else x + 1
    if y < len(heads) and heads[x] in zh.PLAN_TABLE_CLASS_HEADS and _indicator_head(heads[y]):
        return y
    return -1


def _spanned_rows(text: str, rows: list, n: int) -> list:
    """The rows of a table whose class column's cell spans the rows of its class (a web table's rowspan): the page
    writes it in the class's first row only, and a converter writes the other rows' cells from the first column on,
    one empty cell at the end (2.居民消费价格涨幅 | % | 2.7 | |).  Such a row's cells are put back under their columns,
    the class cell left empty, when the full rows end in a filled cell."""
    def shifted(cells: list) -> bool:
        return len(cells) == n and n >= 3 and _blank(text, *cells[-1]) and not _blank(text, *cells[0])

    def gapped(cells: list) -> bool:  # (12.城乡居民收入比 | 2.92 |: its blank cells, the unit's too, left out)
        return len(cells) == n and n >= 3 and not _blank(text, *cells[0]) and _blank(text, *cells[1]) and \
            not _cell_value(text, *cells[0]) and not _blank(text, *cells[-1])
    full = [cells for cells, _ in rows if len(cells) == n and not _blank(text, *cells[-1])]
    if not full or not any(shifted(cells) or gapped(cells) for cells, _ in rows):
        return rows
    return [(([(cells[0][0], cells[0][0])] + list(cells[:-1])) if shifted(cells) else
             ([(cells[0][0], cells[0][0]), cells[0]] + list(cells[2:])) if gapped(cells) else cells, span)
            for cells, span in rows]


def _grid_cells(text: str, header: list[tuple[int, int, str]], rows: list, units: list[str]) -> list[TableCell]:
    """The cells of a table whose rows line up with its header cell by cell (tabs, bars, one cell a line).

    A cell's unit is its own (71.8%), else its column's (受理量(件), 1-9月完成(亿元)), else the one the table's
    units line gives that column (单位:个、亿元: a count column takes the count unit, a money column the money
    unit, columns in order when as many units as columns), a column of rates without one is in per cent.  The
    row's label is what its cells are about (a place, a unit, a project) unless the rows are measures (指标 |
    …): then it names what is measured.  The total row (合计, 全县) is the document's place's: no label."""
    names = span_columns(paired_columns([_WHITESPACE.sub("", h[2]) for h in header]))
    first = _split_unit(names[0])[0] if names else ""
    if (first in zh.TABLE_SERIAL_HEADS or column_role(first) == "rank") and len(names) > 1:
        first = _split_unit(names[1])[0]  # 序号 | 项目类型 | …: the rows' numbers, the label column after them (排名 |
        # 单位 | …: their ranks)
    first = _class_name_head(first)
    named = _class_then_indicator(names)
    if named >= 0:
        # 一级指标 | 二级指标 | 计量单位 | 1-3月: the class column's cell spans its rows, the rows are named by the next
        first = _split_unit(names[named])[0]
        rows = _spanned_rows(text, rows, len(names))
    roles = [column_role(n) for n in names]
    value_cols = [j for j in range(len(header))
                  if sum(1 for cells, _ in rows if j < len(cells) and (_cell_value(text, *cells[j]) or (
                      roles[j] == "rank" and _RANK_CELL.fullmatch(text, *cells[j])) or
                      _change_cell(text, *cells[j], names[j]) or
                      _bounded_cell(text, *cells[j])[0] or _several_values(text, *cells[j]))) * 2 >=
                  sum(1 for cells, _ in rows if j >= len(cells) or not (_placeholder(text, *cells[j]) or
                                                                       _blank(text, *cells[j])))]
    # rows of measures: under 指标, or under 项目 / no head when they state their units (进出口总额(亿元), a 单位 column)
    # or name no place or body (地区生产总值, 其中:第一产业)
    measured = _measure_rows(first) or (not first or first in zh.TABLE_CLASS_LABEL_HEADS) and (
        _unit_column(text, names, rows) >= 0 or _unit_labels(text, rows) or _measure_labels(text, rows))
    places = place_columns(names, value_cols) if measured and named < 0 else {}
    if places:
        return _place_grid_cells(text, header, rows, units, places)
    cols = _column_units(names, value_cols, units)
    caption = _caption_measure(text, header[0][0]) if header and (
        _measure_rows(first) or first in zh.TABLE_CLASS_ROW_HEADS) else ""
    ucol = _unit_column(text, names, rows)
    # 项目 over 衣着 / 食品 under 居民消费价格指数; rows stating their units (进出口总额(亿元), or a column of units) are
    # measures whatever the label column's word (项目 | 本月 | 1-9月累计), for a place or a body has no unit
    classes = _measure_rows(first) or _class_caption(caption) or ucol >= 0 or _unit_labels(text, rows) or \
        ((not first or _times_only(names, value_cols)) and _measure_labels(text, rows))
    # 单位:个、万元 over 指标名称 | 本月 | 同比% | 累计 | 同比%: columns of times name no measure, so the units line's
    # units are its rows' (企业单位数 in 个, 工业总产值 in 万元), not its columns' in order
    amounts = [u for u in units if unit_class_of(u) != "percent"]
    row_units = classes and len({unit_class_of(u) for u in amounts}) > 1 and \
        all(_timed_column(names[j]) for j in value_cols if 0 < j < len(names))
    kind_unit = ""
    out: list[TableCell] = []
    carried = ""
    serials = [_split_unit(n)[0] in zh.TABLE_SERIAL_HEADS for n in names]  # 序号 | 1: the row's number, no figure
    targets = [classes and _target_column(n) for n in names]  # 年初目标 over rows of measures: the year's targets
    # 现状值 | 2027年目标 over rows of measures: the figures reached beside the targets
    kinds = ["target" if targets[j] else "actual" if classes and plan_base_column(n) else "" for j, n in enumerate(names)]
    counted = _bare_count_columns(text, names, cols, value_cols, rows) if not classes and _places_or_bodies(first) \
        else set()
    year_rows = first in zh.TABLE_YEAR_ROW_HEADS  # 年份 | … over rows 2019 | 1500.2: the year heads its row
    sides = _side_by_side(names, value_cols, serials)
    label_cols = sorted(set(sides.values())) if sides else []
    heads = [_split_unit(names[j])[0] for j in label_cols] or [first]
    kinds_of = not classes and named < 0 and not year_rows and row_classes(
        [_row_label(_raw_label(text, cells)) for cells, _ in rows] if not sides else
        [_row_label(_WHITESPACE.sub("", text[a:b])) for cells, _ in rows for j, (a, b) in enumerate(cells)
         if j in label_cols], heads)
    if kinds_of and not counted:
        counted = _bare_count_columns(text, names, cols, value_cols, rows, first=min(label_cols, default=0))
    # 县区 | 项目个数 | 完成投资 over 甲县 | 12 | 35.6 (tabs, bars or one cell a line): a bare figure in a column naming an
    # amount (投资, 资金, 产值) is that amount, unit "", as in a table set apart by blanks whose frame is sure
    # (``_blank_table_cells``), in the rows of places or bodies that hold a cell for every column (a column of rates,
    # codes or coefficients, 系数, names no amount)
    amount_cols = {j for j in value_cols if 0 < j < len(names) and not cols[j][1] and roles[j] not in ("rank", "score")
                   and _bare_measure(names[j]) and not _rate_column(cols[j][0])
                   and not cols[j][0].endswith(zh.RATE_COLUMN_ENDS)
                   and any(w in cols[j][0] for w in zh.MONEY_COLUMN_WORDS)} \
        if not classes and _places_or_bodies(first) and not sides else set()
    for cells, (rs, re_) in rows:
        year = ""
        if year_rows and cells and _BARE_YEAR.fullmatch(text[cells[0][0]:cells[0][1]].strip()):
            year = text[cells[0][0]:cells[0][1]].strip() + "年"  # (a year, no figure: its cell is read no further)
            cells = [(cells[0][0], cells[0][0])] + list(cells[1:])
        label = year or next((text[a:b].strip() for a, b in cells[max(named, 0):] if b > a and not _cell_value(text, a, b)
                              and not _RANK_CELL.fullmatch(text, a, b) and not _placeholder(text, a, b)), "")
        label, label_unit = _split_unit(_row_label(_WHITESPACE.sub("", label)))
        row_unit = _row_unit(text, cells, ucol, label_unit if _UNIT_CELL.fullmatch(label_unit) else "")
        stated = row_unit  # (the row's own, not carried on from a row above)
        if classes:
            row_unit, carried = _carried_unit(label, row_unit, carried)
        if total_row(label):
            label = ""
        role = "indicator" if label and classes else "subject"
        if row_units:
            # 企业单位数 | 4326 then 其中:规模以上 | 501: a sub-row is in its parent row's unit
            if not _raw_label(text, cells).startswith(zh.TABLE_SUBROW_MARKS) or not kind_unit:
                kind_unit = _row_kind_unit(label, amounts)
        for j, (a, b) in enumerate(cells[:len(cols)]):
            if sides:
                # 诉求渠道 | 件数 | 比重 | 事项类别 | 件数 | 比重: a figure's row is named by its own table's label column
                k = sides.get(j, -1)
                label = _row_label(_WHITESPACE.sub("", text[cells[k][0]:cells[k][1]])) if 0 <= k < len(cells) else ""
                label = "" if total_row(label) else label
            m = _cell_value(text, a, b) or _change_cell(text, a, b, names[j])
            bound = ""
            if not m and targets[j]:
                m, bound = _bounded_cell(text, a, b)  # 全年目标 | 6左右 / ≥10
            if roles[j] == "rank" and not m and j in value_cols and (o := _RANK_CELL.fullmatch(text, a, b)):
                g = "num" if o.group("num") else "cn"
                v = parse_number(o.group(g))  # 第一名 / 一 in a column of ranks
                if v is not None and _rank_cell(v):
                    unit = text[o.end(g):o.end()].strip()
                    out.append(TableCell(o.start(g), o.end(g), v, unit, cols[j][0], label, rs, re_,
                                         o.end() if unit else -1, role, header[0][0] if header else -1, "rank"))
                continue
            if serials[j] or j not in value_cols:
                continue
            if not m and not _several_values(text, a, b):
                spread = _CELL_RANGE.fullmatch(text, *_trim(text, a, b))
                unit = cols[j][1] or row_unit
                if spread is not None and unit and float(spread.group("hi")) > float(spread.group("lo")):
                    # 年初目标 | 12.5-15: a range, its lower and its upper bound (as 增长3%-5% in a sentence)
                    for g, cmp in (("lo", ">="), ("hi", "<=")):
                        out.append(TableCell(spread.start(g), spread.end(g), float(spread.group(g)),
                                             spread.group("unit") or unit, cols[j][0], label, rs, re_,
                                             spread.end("unit") if spread.group("unit") else -1, role,
                                             header[0][0] if header else -1, comparator=cmp,
                                             kind=kinds[j]))
                continue
            # 15、37 in a column of figures: two figures of the column's measure and time, each a cell of its own
            for m in [m] if m else _several_values(text, a, b):
                name, unit = cols[j]
                if row_units and not stated and unit and not _split_unit(names[j])[1] and not _rate_column(name):
                    unit = kind_unit
                if stated and unit and not _rate_column(name) and unit_class_of(unit) in _AMOUNT_CLASSES and \
                        unit_class_of(stated) in _AMOUNT_CLASSES:
                    # 工业用电量(万千瓦时) under 单位:万元, 人均地区生产总值(元) under 绝对数(亿元): the row names its own unit,
                    # the table or the column its usual one
                    unit = stated
                unit = unit or row_unit  # 1-9月 | 45.3 in a row whose unit is 亿元
                own = m.group("unit") or ""
                value = float(m.group("num").replace(",", "")) * (-1 if m.group("sign") else 1)
                if roles[j] == "rank":
                    if own not in ("", "名", "位") or not _rank_cell(value):
                        continue
                    out.append(TableCell(m.start("num"), m.end("num"), value, own, name, label, rs, re_,
                                         m.end("unit") if own else -1, role, header[0][0] if header else -1, "rank"))
                    continue
                bare = "delta" if pace_column(name) else ""  # 与序时进度比较(%) | 0.7%: points ahead of the pace
                if roles[j] == "score":
                    name = column_name(name)
                    if not (own or unit):
                        unit = inferred(score_unit(names[j]))  # 得分 | 96.2: a score in 分, written in the header's word only
                        bare = "" if unit else "level"  # 考评成绩 | 96.5: a score, no unit written
                # 城乡居民收入比 | 2.31: a row of a gap between two amounts states a multiple, a share in no unit
                if not (own or unit or bare) and role == "indicator" and _gap_row(label):
                    bare = "share"
                if not (own or unit or bare) and j in counted:
                    bare = "count"  # 县区 | 总计 | 来电 | 来信 over 河口区 | 38 | 30 | 8: the place's count, in no unit
                if not (own or unit or bare) and role == "indicator" and _INDEX_BASE_CELL.search(names[j]):
                    bare = "level"  # 上年同月=100 | 101.8: an index against its column's base, in no unit
                if not (own or unit or bare) and j in amount_cols and len(cells) == len(names):
                    bare = "level"
                if not (own or unit or bare):
                    continue
                out.append(TableCell(m.start("num") if not m.group("sign") else m.start("sign"), m.end("num"), value,
                                     own or unit, name, label, rs, re_, m.end("unit") if own else -1, role,
                                     header[0][0] if header else -1, bare, comparator=bound,
                                     kind=kinds[j]))
    title = table_caption(text, header[0][0]) if header else ""
    measured = caption or (_named_measure(_caption_measure(text, header[0][0])) if title else "")
    if not caption and len(first) >= 2 and first in measured[:-1]:
        # 对主要国家和地区货物进出口额 over rows of 国家和地区: the rows' kind the first column names, no part of the measure
        measured = measured[measured.index(first) + len(first):]
        measured = measured if len(measured) >= 2 else ""
    starts = [rs for _, (rs, _) in rows]
    parents = dict(zip(starts, class_parents([_raw_label(text, cells) for cells, _ in rows]))) if classes else {}
    for c in out:
        c.title = title
        c.parent = parents.get(c.row_start, "") if c.label_role == "indicator" else ""
        # the rows' classes of the caption's measure; for rows of places, what a column naming no measure of its own
        # (完成额, 增速) measures
        c.caption = caption if c.label_role == "indicator" else measured
        c.class_rows = c.label_role == "indicator" and first in zh.TABLE_CLASS_LABEL_HEADS or \
            kinds_of and c.label_role == "subject"
    if kinds_of:
        # (诉求 of 诉求渠道 for the figures beside it, 事项 of 事项类别 for those of the table set beside it)
        where = [(a, j) for cells, _ in rows for j, (a, b) in enumerate(cells)]
        starts = [a for a, _ in where]
        for c in out:
            if c.label_role == "subject":
                j = where[bisect.bisect_right(starts, c.start) - 1][1] if sides else -1
                c.counted = class_thing(_split_unit(names[sides[j]])[0] if j in sides else first)
    return out


def _side_by_side(names: list[str], value_cols: list[int], serials: list[bool]) -> dict[int, int]:
    """Tables set side by side under one header (诉求渠道 | 件数 | 比重 | 事项类别 | 件数 | 比重): the label column each
    value column after the first label column reads its row's name from, when every label column is followed by the
    same value columns; {} for a table of one label column (a text column beside the figures, 建设地点, names none)."""
    heads = [j for j in range(len(names)) if j not in value_cols and not serials[j]]
    if len(heads) < 2:
        return {}
    runs = [names[h + 1:nxt] for h, nxt in zip(heads, heads[1:] + [len(names)])]
    if not runs[0] or any(r != runs[0] for r in runs[1:]):
        return {}
    return {j: max(h for h in heads if h < j) for j in value_cols if j > heads[0]}


_QUOTE_MARKS = rx.compile(r"[“”\"‘’「」『』]")
# 各县(区)及园区, 市直部门, 各乡镇, 区直部门, 乡镇: the level's character opens a name of many places or bodies
_COLLECTIVE_ROW = rx.compile(rf"各?(?:街道|[{zh.PLACE_LEVEL_CHARS}])+(?:$|{alternation(zh.TABLE_COLLECTIVE_NEXT)})")


def _collective(label: str) -> bool:
    """Does a row's label name a collective of the text's own level or the one below (各县(区)及园区, 市直部门, 各乡镇,
    区直部门), no one place or body?"""
    return bool(_COLLECTIVE_ROW.match(_QUOTE_MARKS.sub("", label)))


def _names_one(label: str) -> bool:
    """Does a row's label name one place, body or thing of its own (甲县, 水利局, 岚溪大道改造工程, a place the
    gazetteer knows, a year), rather than a collective (各县(区)及园区, 市直部门), a channel (来电, 网上留言), a kind
    (求助类) or a state (待签收)?"""
    if _collective(label):
        return False
    core = _TAKEN_AS.sub("", _QUOTE_MARKS.sub("", label)) or label
    return len(core) > zh.TABLE_CLASS_LABEL_MAX or core.endswith(zh.SCORED_BODY_SUFFIXES + zh.TABLE_OWN_NAME_ENDS) or \
        gazetteer().surface_known(core) or time_label(core)


def row_classes(labels: list[str], heads: list[str]) -> bool:
    """Are a table's rows classes of what it counts, decided once from all its labels (totals aside): two or more,
    none naming one place, body or thing of its own?  来电 / 网上留言 under 诉求渠道, 求助类 under 事项类别: a channel or
    a kind is no one the figure is about; the figure is the whole's (the text's place's), and the row names which
    part of what the column measures.  Under a label column of names, people or firms (项目名称, 姓名, 企业) the rows
    are never classes (青川化工 is a firm by its short name); under one of bodies or places (责任单位, 县区) only when
    a row is a collective beside them (各县(区)及园区 | 市直部门 | 待签收: the whole split among the parts that handle
    it), for a body written short (住建, 交通) is still one body."""
    named = [x for x in labels if x and not total_row(x)]
    if len(named) < TABLE_MIN_ROWS or any(map(_names_one, named)):
        return False
    if any(frame_role(h) == FRAME_NAME or h in zh.TABLE_PERSON_HEADS or h in zh.TABLE_PROJECT_NAME_HEADS or
           h.endswith(zh.TABLE_FIRM_HEAD_ENDS) for h in heads):
        return False
    return not any(_places_or_bodies(h) for h in heads) or any(map(_collective, named))


def class_thing(head: str) -> str:
    """What a label column's rows are classes of, by its word (诉求渠道 → 诉求, 事项类别 → 事项), "" when the word names
    only the aspect (类别) or the rows (责任单位)."""
    head = _WHITESPACE.sub("", head)
    aspect = next((w for w in zh.TABLE_CLASS_ASPECT_ENDS if head.endswith(w)), "")
    return head[:-len(aspect)] if aspect and len(head) > len(aspect) else ""


PLACE_COLUMN_MAX = 12  # characters of a column's name that names a place (东关街道, 岚溪经济开发区)


def _place_column(name: str) -> bool:
    """Does a column's name write a place by its division's suffix (西湖镇, 东关街道, 开发区) or the whole (全区, 合计)?"""
    return total_row(name) or name.endswith(tuple(zh.PLACE_SUFFIXES))


def place_columns(names: list[str], value_cols: list[int]) -> dict[int, tuple[str, str]]:
    """The place each value column of a table of measures names, and how the column takes its figures, by column
    (指标 | 全区 | 东关街道 | 西湖镇 over 固定资产投资(万元) | 86421 | 12030 | 8800; a two-level header writing its
    places over the ways they are taken, 全区 over 总量 | 增幅%, gives 全区总量 | 全区增幅%): a county's or district's
    monthly table may lay its measures down the rows and its towns across, and then a column is whom its figures
    are about, as a row is in a table of places.  Every value column names a place and no time, change, measure or
    unit of its own (1-4月, 增幅%, 总投资: columns of how a figure is taken), or such a place and a way written after
    it under every place alike; one place at least by its division's suffix or the whole (全区), the others may be
    places the page writes short (武当 beside 大川镇).  {} for any other table."""
    cols = {j: names[j] for j in value_cols if j > 0}
    if len(cols) < 2 or not all(cols.values()):
        return {}
    split = {j: pw for j, n in cols.items() if (pw := _place_way(n))}
    if not split:
        return {}
    ways = {way for _, way in split.values() if way}
    out: dict[int, tuple[str, str]] = {}
    for j, n in cols.items():
        if j in split:
            out[j] = split[j]
            continue
        way = next((w for w in sorted(ways, key=len, reverse=True) if n.endswith(w) and len(n) > len(w)), "")
        if way:
            out[j] = (n[:len(n) - len(way)], way)  # (武当 over 总量 beside 全区 over 总量)
        elif ways or len(n) > PLACE_COLUMN_MAX or _column_named(n) or _split_unit(n)[1]:
            return {}  # (a column of a time or a measure; a place written without the ways the others take)
        else:
            out[j] = (n, "")
    by_way: dict[str, set[str]] = {}
    for place, way in out.values():
        by_way.setdefault(way, set()).add(place)
    if any(len(ps) < 2 for way, ps in by_way.items() if way):
        return {}  # (a way under one place alone is no two-level header of places)
    return out


def _place_way(name: str) -> tuple[str, str] | None:
    """(place, way) of a column naming a place by its suffix or the whole (东关街道, 全区), with what a two-level
    header's lower cell adds after it (全区增幅% → 全区, 增幅%: how the place's figures are taken), else None.  A word
    of two characters ending like a place (地区, 城区) names a column of places, not one place."""
    if len(name) <= PLACE_COLUMN_MAX and _place_column(name) and (len(name) > 2 or total_row(name)):
        return name, ""
    for k in range(min(len(name) - 1, PLACE_COLUMN_MAX), 1, -1):
        head, rest = name[:k], name[k:]
        if _place_column(head) and (len(head) > 2 or total_row(head)) and \
                (_column_named(rest) or _split_unit(rest)[1]) and not _place_column(rest):
            return head, rest
    return None


def _way_unit(way: str, measure: str, stated: str, units: list[str]) -> str:
    """The unit of a figure of a table of measures by place, from the way it is taken (总量, 增幅%, 累计, 增减), the
    unit the row's cell in a unit column states and the measure's name: the way's own (增幅%), a per cent for a rate
    (增幅, 增速) but the measure's unit for a change of its amount (增减), else the stated one, the measure's
    (固定资产投资(万元) → 万元, 施工项目个数 → 个) or the table's one unit."""
    way, way_unit = _split_unit(way)
    name, unit = _split_unit(measure)
    if way_unit:
        return way_unit
    if not way.endswith(zh.TABLE_CHANGE_AMOUNT_ENDS) and _rate_column(way):
        return inferred("%")
    if stated or unit:
        return stated or unit
    if unit := count_column_unit(name):
        return inferred(unit)
    if name.endswith(zh.RATE_COLUMN_ENDS) or len(units) == 1:
        return inferred("%") if name.endswith(zh.RATE_COLUMN_ENDS) else units[0]
    amounts = [u for u in units if unit_class_of(u) != "percent"]  # 单位:个、万元: a count row the count unit
    return _row_kind_unit(name, amounts) if amounts else ""


def _place_grid_cells(text: str, header: list[tuple[int, int, str]], rows: list, units: list[str],
                      places: dict[int, tuple[str, str]]) -> list[TableCell]:
    """The cells of a table of measures by place (``place_columns``).  A measure's row header may span the rows of
    the ways it is taken (rowspan: 固定资产投资(万元) over 总量 | 增幅%, 施工项目个数 over 本月 | 累计 | 增减), written
    in a column between the measures and the places whose head is blank under 指标 (colspan): a blank measure cell
    takes the one above, and the way names the cell's column as a statistics table's column does (本月: the month,
    累计: the months so far, 增幅: a growth, 增减: a change of the measure), the measure the row (``label_role``
    indicator), the column whom the figure is about (``place``; the whole's column the text's place)."""
    first = min(places)
    table = header[0][0]
    # 指标 | 单位 | 全县 | 城关镇: a column of units between the measures and the places states each row's unit
    unit_cols = {j for j in range(1, first) if _split_unit(_WHITESPACE.sub("", header[j][2]))[0] in
                 zh.TABLE_UNIT_COLUMN_HEADS}
    out: list[TableCell] = []
    measure = carried = ""
    labels: list[str] = []
    for cells, (rs, re_) in rows:
        a, b = _trim(text, *cells[0]) if cells else (0, 0)
        if b > a and not _cell_value(text, a, b):
            measure = _WHITESPACE.sub("", text[a:b])  # (a blank cell: the measure above spans this row)
        labels.append(_split_unit(measure)[0])  # (其中:第一产业 keeps its mark: a class of the row above)
        said = [(j, _WHITESPACE.sub("", text[slice(*_trim(text, *cells[j]))])) for j in range(1, min(first, len(cells)))]
        way = "".join(w for j, w in said if j not in unit_cols)
        stated = next((w for j, w in said if j in unit_cols and _UNIT_CELL.fullmatch(w)), "")
        name, own_unit = _split_unit(_row_label(measure))
        # (地区生产总值(亿元) over 第一产业: a unit written where it changes holds for the rows under it)
        own = own_unit if _UNIT_CELL.fullmatch(own_unit) else inferred(count_column_unit(name))  # (施工项目个数: 个)
        stated, carried = _carried_unit(name, stated or own, carried)
        row_unit = _way_unit(_row_label(way), _row_label(measure), stated, units)
        for j, (place, column_way) in places.items():
            m = (_cell_value(text, *_trim(text, *cells[j])) or _change_cell(text, *cells[j], column_way)) \
                if j < len(cells) else None
            own = m.group("unit") or "" if m else ""
            taken = way + column_way  # (全区 over 增幅%: the column says how, as a way cell would)
            unit = _way_unit(_row_label(taken), _row_label(measure), stated, units) if column_way else row_unit
            if m is None or not (own or unit):
                continue
            value = float(m.group("num").replace(",", "")) * (-1 if m.group("sign") else 1)
            out.append(TableCell(m.start("sign") if m.group("sign") else m.start("num"), m.end("num"), value,
                                 own or unit, _split_unit(taken)[0], name, rs, re_, m.end("unit") if own else -1,
                                 "indicator", table, place="" if total_row(place) else place, whole=total_row(place)))
    title = table_caption(text, table)
    parents = dict(zip([rs for _, (rs, _) in rows], class_parents(labels)))
    for c in out:
        c.title, c.parent = title, parents.get(c.row_start, "")
    return out


_TIME_WORD_HEAD = rx.compile(f"(?:{alternation(zh.SINGLE_MONTH_WORDS + zh.TABLE_CUMULATIVE_HEADS + zh.TABLE_TIME_GROUP_HEADS)})")


def _timed_column(name: str) -> bool:
    """Does a column name a time, a base or a change alone (本月, 累计, 1-6月, 本月同比%, 累计比上年±%), no measure?"""
    if _time_column(name):
        return True
    m = _TIME_COLUMN.match(name) or _TIME_WORD_HEAD.match(name)
    rest = name[m.end():] if m else name
    return _change_column(rest) or rest.startswith(zh.TABLE_BASE_TIME_HEADS)


def _row_kind_unit(label: str, amounts: list[str]) -> str:
    """The unit of a measure row among a units line's amount units: the count unit for a row counting things
    (企业单位数, 项目数), the first other unit for the rest."""
    count = label.endswith(zh.TABLE_COUNT_ROW_ENDS)
    return next((u for u in amounts if (unit_class_of(u) == "count") == count), amounts[0])


def _times_only(names: list[str], value_cols: list[int]) -> bool:
    """Are a table's figure columns named by times, the base and changes alone (项目 | 1-6月 | 上年同期 | 比上年±%),
    naming no measure (总投资, 年度计划)?  Its rows name what is measured, whatever its label column's word says."""
    def timed(name: str) -> bool:
        m = _TIME_COLUMN.match(name)
        rest = name[m.end():] if m else name  # (1-6月上年同期, 1-6月比上年增减: paired with the time before them)
        return _time_column(name) or _change_column(rest) or rest.startswith(zh.TABLE_BASE_TIME_HEADS)
    got = [_split_unit(names[j])[0] for j in value_cols if 0 < j < len(names)]
    return bool(got) and all(timed(n) for n in got)


@lru_cache(maxsize=CELL_MEMO_MAX)
def _time_column(name: str) -> bool:
    """Is a column named by a time alone (3月末, 1-4月, 2026年, 本月, 累计, 1-本月)?"""
    name = _split_unit(name)[0]
    return bool(name) and (bool(_TIME_COLUMN.fullmatch(name)) or name in zh.SINGLE_MONTH_WORDS or
                           name in zh.TABLE_CUMULATIVE_HEADS or name in zh.TABLE_TIME_GROUP_HEADS or
                           name in zh.TABLE_MONTH_END_HEADS)


def time_label(label: str) -> bool:
    """Is a row's head a year or a time of one (2020年, 2021年末, 2023年1-6月)? A table whose rows are times
    (年份 | 产值(亿元) | 增速(%)) gives the period of each row's cells, not whom they are about."""
    name = _WHITESPACE.sub("", label)
    return bool(name) and bool(_TIME_COLUMN.fullmatch(name)) and bool(re.match(r"(?:19|20)\d\d", name))


@lru_cache(maxsize=CELL_MEMO_MAX)
def _change_column(name: str) -> bool:
    """Does a column give a change (增长(%), 比年初增减额, 同比±%) without naming a time of its own?"""
    base = _split_unit(name)[0]
    return any(w in name for w in zh.GROWTH_COLUMN_WORDS) and not _TIME_COLUMN.search(base) and \
        not base.startswith(zh.SINGLE_MONTH_WORDS + zh.TABLE_CUMULATIVE_HEADS + zh.TABLE_TIME_GROUP_HEADS)


def paired_columns(names: list[str]) -> list[str]:
    """Column names with each change column joined to the time column before it: a bulletin's header pairs a time with
    its change, again for each time (3月末 | 比年初增减额 | 4月末 | 比年初增减额; 1-3月 | 增长(%) | 1-4月 | 增长(%); 本月 |
    同比±% | 累计 | 同比±%), so the second 比年初增减额 is the change to 4月末 (4月末比年初增减额) and each 增长 the growth
    over its months; a column of the base (上年同期) between them leaves the pair as it is."""
    out = list(names)
    time = measure = ""
    for j, name in enumerate(names):
        base = _split_unit(name)[0]
        head = next((w for w in zh.TABLE_BASE_TIME_HEADS if base.startswith(w)), "")
        if head:
            # 1-4月 | 上年同期 | 增长(%): the base the change is taken against, last year's figure of the time before it
            # (1-4月上年同期); that time still holds for the change after it
            if time:
                out[j] = time + name
            continue
        if _time_column(name):
            time, measure = _split_unit(name)[0], ""
        elif column_role(name) == "rank":
            continue  # 1-9月投资增速(%) | 增速排位: a rank of the figure before it, no change (facts._ranked_columns)
        elif time and _change_column(name):
            out[j] = time + name
        elif measure and _change_column(name) and base.startswith(zh.GROWTH_COLUMN_WORDS):
            # 地区 | 地区生产总值(亿元) | 比上年增长(%): the change of the measure just before it (地区生产总值比上年增长), no
            # measure of its own; each measure column of a row of places pairs so with its change
            out[j] = measure + name
            measure = ""
        else:
            time = ""
            if base in zh.TABLE_BARE_SHARE_HEADS:
                continue  # 受理量 | 占比 | 同比: the share of the measure before it, whose change still follows
            # (GDP(亿元): a column stating its unit measures what it names; 绝对值, 数值 over rows of measures name no
            # measure of their own)
            measure = base if j > 0 and base and (_measure_name(base) or _split_unit(name)[1]) and \
                not _change_column(name) and base not in zh.TABLE_GENERIC_MEASURE_HEADS else ""
    return out


# a cell of a unit column (万吨, 亿元, 元/人, %) or a unit closing a row's label (规模以上工业总产值(亿元))
_UNIT_CELL = rx.compile(rf"(?:(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})(?:/(?:{MAG_PATTERN})?(?:{PER_PATTERN}))?|(?:{MAG_PATTERN}))")


def _unit_labels(text: str, rows: list) -> bool:
    """Do most rows' labels close with a unit (规模以上工业总产值(亿元), 进出口总额（亿元）)?"""
    def unit_of(cells) -> str:
        label = next((text[a:b] for a, b in cells if b > a and not _cell_value(text, a, b)), "")
        return _split_unit(_row_label(_WHITESPACE.sub("", label)))[1]
    return sum(1 for cells, _ in rows if _UNIT_CELL.fullmatch(unit_of(cells))) * 2 > len(rows)


def _measure_labels(text: str, rows: list) -> bool:
    """Do the rows of a table whose label column has no head (| 3月末 | 比年初增减额) name measures (各项存款余额, 出口)
    rather than places or bodies (临川县, 县交通局): most labels end in no place's or body's level?"""
    labels = [_row_label(_WHITESPACE.sub("", lab)) for lab in (_raw_label(text, cells) for cells, _ in rows) if lab]
    labels = [lab for lab in labels if not total_row(lab)]
    bodies = sum(1 for lab in labels if lab.endswith(tuple(zh.PLACE_LEVEL_CHARS + zh.UNIT_END_CHARS)))
    return bool(labels) and bodies * 2 < len(labels)


def _unit_column(text: str, names: list[str], rows: list, aligned=None) -> int:
    """The column stating each row's unit (指标 | 单位 | 1-9月 | 同比增长(%) over 粮食 | 万吨 | …), or -1: a column right of
    the label column headed 单位 / 计量单位 whose cells are units in most rows (单位 first is the label column of a list
    of bodies; 责任单位 holds names).  ``aligned`` gives a row's cells in column order (default: as split)."""
    cells_of = aligned or (lambda cells: cells)
    for j, name in enumerate(names):
        if j == 0 or _split_unit(name)[0] not in zh.TABLE_UNIT_COLUMN_HEADS:
            continue
        hits = sum(1 for cells, _ in rows if (cs := cells_of(cells)) is not None and j < len(cs)
                   and _UNIT_CELL.fullmatch(text, *_trim(text, *cs[j])))
        # (美丽庭院创建率 | | 18% | 25%: a row whose figures write their own unit leaves its unit cell blank)
        blank = sum(1 for cells, _ in rows if (cs := cells_of(cells)) is not None and j < len(cs) and _blank(text, *cs[j])
                    and any(_unit_written(text, a, b) for a, b in cs[j + 1:]))
        if hits and hits * 2 >= len(rows) - blank:
            return j
    return -1


def _unit_written(text: str, a: int, b: int) -> bool:
    """Does a cell hold a figure with its unit written after it (18%, 2.5亿元)?"""
    m = _cell_value(text, *_trim(text, a, b))
    return bool(m and m.group("unit"))


def _raw_label(text: str, cells: list[tuple[int, int]]) -> str:
    """A row's first text cell as written, blanks removed, its unit cut off (其中:轻工业, 规模以上工业总产值)."""
    label = next((text[a:b] for a, b in cells if b > a and not _cell_value(text, a, b)
                  and not _RANK_CELL.fullmatch(text, a, b)), "")
    return _split_unit(_WHITESPACE.sub("", label))[0]


def _row_unit(text: str, cells: list[tuple[int, int]] | None, ucol: int, label_unit: str) -> str:
    """The unit a row's bare figures are in: its cell in the unit column, else the unit closing its label."""
    if cells is not None and 0 <= ucol < len(cells) and _UNIT_CELL.fullmatch(text, *_trim(text, *cells[ucol])):
        a, b = _trim(text, *cells[ucol])
        return text[a:b]
    return label_unit


def _placeholder(text: str, a: int, b: int) -> bool:
    """Is a cell one written for a figure the table does not give (——, -, …, 持平 for no change)?  It is no figure and
    no text: a column of figures keeps its place however many rows have none."""
    a, b = _trim(text, a, b)
    return b > a and text[a:b] in zh.TABLE_EMPTY_CELLS + zh.TABLE_PLACEHOLDER_CELLS


def _blank(text: str, a: int, b: int) -> bool:
    """Is a cell empty (a web page's <td></td>, two tabs side by side): no figure, as a written placeholder is none."""
    a, b = _trim(text, a, b)
    return a == b


def _gap_row(label: str) -> bool:
    """Does a row name a gap between two amounts (城乡居民收入比, 收入倍差(以农村为1): how it is taken in brackets),
    a multiple in no unit?"""
    label = _TAKEN_AS.sub("", label)
    return label.endswith(zh.GAP_WORDS) or bool(_RATIO_OF_TWO.fullmatch(label))


# 农产品加工产值与农业产值比 / 研发投入与营业收入之比: the ratio of two amounts the row names, a multiple in no unit
_RATIO_OF_TWO = rx.compile(r"[\u4e00-\u9fff]{2,16}[与和][\u4e00-\u9fff]{2,16}?之?比")
_TAKEN_AS = rx.compile(r"[(（][^()（）]*[)）]$")
_AMOUNT_CLASSES = ("level", "count")  # units of an amount (亿元, 万千瓦时, 个), not of a rate or a change of one


def _carried_unit(label: str, row_unit: str, carried: str) -> tuple[str, str]:
    """(the row's unit, the unit carried on) in a table of measures whose unit is written in a row's label only where
    it changes: 地区生产总值(亿元) over 第一产业 / 第二产业, the rows under a row naming its unit are in that unit until
    another row names one.  A rate's row (…率, 比重) takes only a per cent and a per cent goes to no other row."""
    if row_unit:
        return row_unit, row_unit
    if not carried or not label or _gap_row(label):
        return "", carried  # (城乡居民收入比 | 2.31: a gap between two amounts is a multiple, in no unit)
    rate = label.endswith(zh.TABLE_RATE_ROW_ENDS)
    return (carried if rate == (unit_class(carried) == "percent") else ""), carried


@lru_cache(maxsize=CELL_MEMO_MAX)
def _row_label(label: str) -> str:
    """A row's label without the mark of a sub-row (其中:城镇 / #男性 / 1.农业 → 城镇 / 男性 / 农业) and without the
    mark of a note below the table (每万人口发明专利拥有量[1] / …拥有量①: the note's number is no part of the name)."""
    label = _NOTE_MARK.sub("", label) or label
    for mark in zh.TABLE_SUBROW_MARKS:
        if label.startswith(mark) and len(label) > len(mark):
            return label[len(mark):]
    m = _ROW_NUMBER_MARK.match(label)
    return label[m.end():] if m and m.end() < len(label) else label


_NOTE_MARK = rx.compile(r"(?:[\[［〔]\d{1,2}[\]］〕]|[①-⑳])+$")
_ROW_NUMBER_MARK = rx.compile(r"(?:\d{1,2}[.、．](?!\d)|[(（][\d一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、．])\s*")
CLASS_ROW_MAX = 4  # characters of an unmarked row that carries on a run of classes (其中:轻工业 / 重工业)


def class_parents(labels: list[str]) -> list[str]:
    """The measure each row of a table of measures is a class of, "" for a row of its own: a row marked as a sub-row
    (其中:轻工业, #城镇, 1.农业, (1)粮食) is a class of the last unmarked row above it (规模以上工业增加值, 地区生产总值),
    and so is a short row right after such a run naming no measure (重工业 after 其中:轻工业); a row naming a measure
    (固定资产投资) is one of its own."""
    out: list[str] = []
    parent, run, numbered = "", False, ""
    for raw in labels:
        label = _row_label(raw)
        marked = label != raw
        number = _number_style(raw)
        measure = _measure_name(label) or label.endswith(zh.TABLE_CAPTION_MEASURES)
        if parent and (marked and not (number and number == numbered) or
                       run and len(label) <= CLASS_ROW_MAX and not measure or
                       _gdp_part(parent, label) and not measure):
            out.append(parent)
            run = True
            continue
        out.append("")  # (1.地区生产总值 / 2.工业企业: rows numbered alike are measures side by side, not classes)
        parent, run, numbered = label, False, number
    return out


def _gdp_part(parent: str, label: str) -> bool:
    """Is a row an industry (第二产业, 工业, 金融业) under a row of the GDP (地区生产总值 | 1250.6 over 第一产业 | 98.2)?
    The industries' value added is what the GDP adds up from: unmarked, such a row is still one of its parts."""
    whole = _split_unit(parent)[0]
    return whole.endswith(("生产总值", "GDP")) and not whole.startswith("人均") and \
        label.endswith(zh.INDUSTRY_END) and not label.endswith(zh.NOT_INDUSTRY_ENDS)


def _number_style(label: str) -> str:
    """How a row's label is numbered: "1." / "(1)" / "一、" kinds ("d", "b", "c"), "" when it is not; rows numbered
    alike stand side by side, a row numbered otherwise under one is its class (1.地区生产总值 over (1)农业)."""
    m = _ROW_NUMBER_MARK.match(label)
    if m is None:
        return ""
    return "b" if label[0] in "(（" else "d" if label[0].isdigit() else "c"


def part_indicator(label: str, parent: str) -> str:
    """The measure a class row names as a part of its parent's (轻工业 under 规模以上工业增加值 → 轻工业增加值, 农业 under
    地区生产总值 → 农业增加值, 出口 under 进出口总额 → 出口总额); a class naming a measure of its own (民间投资) stays."""
    if not parent or not label or _measure_name(label) or label.endswith(zh.TABLE_CAPTION_MEASURES):
        return label
    tail = _part_measure(parent)
    return label + tail if tail else label


def _part_measure(whole: str) -> str:
    """The measure word a part of ``whole`` is named by: a total's parts are not totals (地区生产总值 is the sum of
    its industries' 增加值, 社会消费品零售总额 of its classes' 零售额: zh.CLASS_PART_MEASURES), any other measure names
    its parts by its own word (固定资产投资 → 工业投资 is 工业 + 投资), "" when ``whole`` ends in no measure word."""
    for total, part in zh.CLASS_PART_MEASURES:
        if whole.endswith(total):
            return part
    return next((w for w in zh.TABLE_CAPTION_MEASURES if whole.endswith(w)), "")


_CAPTION_LABEL = rx.compile(r"^(?:附?表\s*\d+(?:[-—.．]\d+)?|图\s*\d+)[、.．:：\s]*")
_CAPTION_TIME = rx.compile(r"(?:(?:19|20)\d\d\s*年(?:度|末|底)?|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月份?|第?[一二三四1-4]季度|"
                           r"[上下]半年|年末|年底)")
_CAPTION_PLACE = rx.compile(rf"^(?:全[省市县区州盟旗]|[\u4e00-\u9fff]{{2,6}}?[{zh.PLACE_LEVEL_CHARS}])(?=[\u4e00-\u9fff]{{2}})")
CAPTION_MAX = 40  # characters of a table's caption line
CAPTION_LINES_UP = 8  # lines above a table's header its caption may stand (blank ones, a units line, a cut-off)


# 2026-01-05 / 2026年1月5日 10:30: the page's date alone on its line under the headline, no caption of the table below
_DATE_LINE = rx.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\d{1,2}:\d{2}(?::\d{2})?)?")


def _one_cell(line: str) -> str:
    """A line as a caption reads it: a caption a converter wrote as a table's first row, one cell between bars with the
    others left empty (| 表1 各县办件情况 | | |), or set bold (**各县办件情况**), is the cell's words; any other line
    as written."""
    cell = line.strip("|｜*　 \t")
    return cell if cell != line and not re.search(r"[|｜]", cell) else line


def table_caption(text: str, header_start: int) -> str:
    """A table's caption as written, without its label (表3 2026年岚溪县居民消费价格指数 → 2026年岚溪县居民消费价格指数), or
    "" when the line above the header (a blank or units line passed over) is no caption: a sentence, a long line."""
    p = text.rfind("\n", 0, header_start) + 1  # the header line's start
    tries = 3
    cutoff = ""
    steps = CAPTION_LINES_UP
    while tries > 0 and steps > 0:
        tries -= 1
        steps -= 1
        if p <= 0:
            return cutoff
        s = text.rfind("\n", 0, p - 1) + 1
        line = _CAPTION_LABEL.sub("", _one_cell(text[s:p - 1].strip()))  # (表1 2026年…: the label before the blanks go)
        line = _WHITESPACE.sub("", line)
        p = s
        if not line:
            tries += 1  # (a page setting every line apart by a blank one)
            continue
        if _TABLE_UNIT.fullmatch(line) or re.match(rf"(?:{alternation(zh.DATELINE_FIELD_LABELS)})[:：]", line) \
                or _DATE_LINE.fullmatch(line):
            continue  # the units line (单位:万人) between the caption and the header, or the page's dateline
            # (发布时间:2026-05-20 来源:…) between its headline and the table
        if not line.strip("|｜") or line.strip("|｜") in zh.TABLE_SERIAL_HEADS:
            tries += 1  # 序号 ⏎ | ⏎ 县区: a header written one cell a line, its bars and its serial column's word on lines
            continue  # of their own above the label column's, is still the header, no caption
        if not cutoff and _CUTOFF_LINE.fullmatch(line):
            cutoff = line  # (截止时间:2021年4月30日) under the caption: the time of the cells, the caption above it
            tries += 1
            continue
        if len(line) > CAPTION_MAX or _SENTENCE_PUNCT.search(line) or re.search(r"[,，\t|｜]", line):
            return cutoff
        return line + cutoff
    return cutoff


# a table's cut-off written on a line of its own between its caption and its header: (截止时间:2021年4月30日18:00)
_CUTOFF_LINE = rx.compile(r"[(（]?(?:截至|截止到|截止)(?:时间|日期)?[:：]?[^()（）。;；,，]{2,24}[)）]?")


def counted_noun(title: str) -> str:
    """What a notice's table counts by its caption (各县区转办问题统计 → 转办问题; 各州市转办统计(截止时间:…) → 转办):
    the caption without its cut-off, time, the rows' kind (各县区) and its tail (统计, 情况), "" when nothing of two
    characters is left or what is left names an amount or a rate (固定资产投资, 办结率: no thing the columns count)."""
    line = re.sub(r"[(（][^()（）]*[)）]$", "", title)
    line = _without_row_kinds(_ONE_MONTH.sub("", _CAPTION_TIME.sub("", line))) or line
    line = _CAPTION_PLACE.sub("", line)
    changed = True
    while changed:
        changed = False
        for w in zh.TABLE_CAPTION_TAILS + zh.CAPTION_DOING_TAILS:
            if line.endswith(w) and len(line) > len(w):
                line, changed = line[:-len(w)], True
    return line if 2 <= len(line) <= COUNTED_NOUN_MAX and not any(w in line for w in zh.MONEY_COLUMN_WORDS) and \
        not line.endswith(zh.RATE_COLUMN_ENDS + _AMOUNT_ENDS + zh.TABLE_CAPTION_MEASURES) else ""


# the ends of a column's name that name an amount, not things counted (额, 值, 量; 件, 次, 数 count things)
_AMOUNT_ENDS = tuple(w for w in zh.MEASURE_COLUMN_ENDS if w not in ("件", "次", "数"))


# a kind of rows a notice's caption opens with after 各, several joined (各县市、州直部门 / 各地 / 各承办单位)
_ROW_KIND = rx.compile(r"[\u4e00-\u9fff]{0,6}?(?:县市区|县区|区县|市县|州市|地区|地|县|市|区|州|乡镇|镇|街道|单位|部门)"
                       r"(?:[(（][^()（）]{1,8}[)）])?[、和及与]?")
ROW_KINDS_MAX = 4  # kinds of rows a caption joins (各县市、州直部门、省直单位)


def _without_row_kinds(line: str) -> str:
    """A caption without the kinds of rows it opens with (各县市、州直部门转办统计 → 转办统计), or as written when it
    opens with none; the kinds are read one by one, so no pattern repeats inside a repeat."""
    if not line.startswith("各"):
        return line
    p = 1
    for _ in range(ROW_KINDS_MAX):
        m = _ROW_KIND.match(line, p)
        if m is None or m.end() == p:
            break
        p = m.end()
    return line[p:] if p > 1 else line
_ONE_MONTH = rx.compile(r"^\d{1,2}月份?")  # (2022年8月各承办单位…: the month left after the year)
COUNTED_NOUN_MAX = 8  # characters of what a notice's table counts (转办问题, 信访件, 交办件)


def _caption_measure(text: str, header_start: int) -> str:
    """What a table's caption says its rows measure (表3 2026年岚溪县居民消费价格指数 → 居民消费价格指数; 2025年末户籍人口及构成
    → 户籍人口; 主要农产品产量 → 农产品产量), "" when there is no caption (``table_caption``)."""
    return caption_words(table_caption(text, header_start))


def caption_words(line: str) -> str:
    """A caption's words naming what its table is about, without its time, the kind of its rows, its place and its
    tail (2023年各区商品房销售情况 → 商品房销售), "" when fewer than two characters are left."""
    if line:
        line = re.sub(r"[(（][^()（）]*[)）]$", "", line)  # (单位:万人)
        line = _CAPTION_TIME.sub("", line)
        line = _CAPTION_HEAD.sub("", line) or line  # 各县(市、区) / 分乡镇: the rows' kind, no part of the measure
        line = _CAPTION_PLACE.sub("", line)
        line = _CAPTION_HEAD.sub("", line) or line  # (岚山市各县区…: the rows' kind after the place)
        changed = True
        while changed:
            changed = False
            for w in zh.TABLE_CAPTION_TAILS:
                if line.endswith(w) and len(line) > len(w):
                    line, changed = line[:-len(w)], True
            for w in zh.TABLE_CAPTION_CLASS_HEADS:
                if line.startswith(w) and len(line) > len(w):
                    line, changed = line[len(w):], True
        return line if len(line) >= 2 else ""
    return ""


def _named_measure(caption: str) -> str:
    """A caption's words when they name a measure (固定资产投资, 一般公共预算收入, 规上工业产值), else "" (主要经济指标,
    统计局: what a column naming no measure of its own cannot take)."""
    return caption if caption.endswith(zh.TABLE_CAPTION_MEASURES) or _measure_name(caption) else ""


def _class_caption(caption: str) -> bool:
    """Does a caption name a measure a communiqué splits into classes (价格指数, 产量, 人口), whose rows under 项目 /
    类别 are those classes rather than projects or bodies (重点项目完成投资 lists projects)?"""
    return bool(caption) and caption.endswith(zh.TABLE_CAPTION_CLASS_MEASURES)


def class_indicator(label: str, caption: str) -> str:
    """The measure a row names when its label is a class of what the caption measures: 衣着 under 居民消费价格指数 →
    衣着价格指数, 城镇 under 户籍人口 → 城镇人口, 粮食 under 农产品产量 → 粮食产量 (the caption's measure word joined
    to the class); a label that names a measure of its own (地区生产总值, 粮食产量) stays as it is."""
    if not caption or not label or _measure_name(label) or label.endswith(zh.TABLE_CAPTION_MEASURES) or \
            caption.endswith(zh.TABLE_CAPTION_NO_MEASURE_ENDS + zh.DOC_GENRE_WORDS):
        # (主要经济指标 heads measures of many kinds: it names none of them; 全域旅游发展实施方案, the document's name
        # over a table of its own, names no measure either)
        return label
    # (第二产业 under 地区生产总值及其增长速度: an industry's part of the total is its 增加值, not a 生产总值 of its own)
    return label + (_part_measure(caption) or caption)


def _column_units(names: list[str], value_cols: list[int], units: list[str]) -> list[tuple[str, str]]:
    """(name without unit, unit) of every column: the header's own unit, else one of the table's units line."""
    cols = [_split_unit(n) for n in names]
    money = next((u for u in units if unit_class_of(u) == "level"), "") or inferred(_stated_money_unit(cols))
    count = next((u for u in units if unit_class_of(u) == "count"), "")
    need = [j for j in value_cols if not cols[j][1] and not re.fullmatch(r"序号|编号", cols[j][0])
            and not column_role(cols[j][0])]
    if len(units) == len(need) and all(_unit_fits(cols[j][0], u) for j, u in zip(need, units)):
        for j, u in zip(need, units):
            cols[j] = (cols[j][0], u)
        return cols
    # 单位:万元、% over 2026年1-6月 | 上年同期 | 比上年±%: the per cent is the change column's, the amount columns
    # (the months' and last year's) share the other unit, in order when there are several
    amounts = [u for u in units if unit_class_of(u) != "percent"]
    n = 0
    for j in need:
        name = cols[j][0]
        if name.endswith(zh.RATE_COLUMN_ENDS) or (len(amounts) < len(units) and _rate_column(name)):
            unit = "%" if len(amounts) < len(units) else inferred("%")  # (the units line's 万元、%, or the word's)
        elif any(w in name for w in zh.MONEY_COLUMN_WORDS) and money:
            unit = money
        elif name.endswith(zh.COUNT_COLUMN_ENDS) and count:
            unit = count
        elif counted := count_column_unit(name):
            unit = inferred(counted)  # 项目个数 beside 计划投资 under 单位:亿元: the projects are counted, not in 亿元
        elif len(units) == 1:
            unit = units[0]
        elif amounts:
            unit = amounts[min(n, len(amounts) - 1)]
            n += 1
        else:
            unit = ""
        cols[j] = (name, unit)
    return cols


_PLACE_ROW_HEADS = ("地区", "区域", "乡镇", "街道", "镇街", "社区", "村")


def _places_or_bodies(head: str) -> bool:
    """Does a label column's word say its rows are places (县区, 州市, 县市(州直部门), 乡镇) or bodies (单位, 承办单位,
    部门), whose counts a notice reports, rather than named things (名称, 项目名称) or measures (指标)?"""
    base = _LABEL_BRACKET.sub("", _WHITESPACE.sub("", head))
    return bool(base) and (frame_role(base) == FRAME_OWNER or base in _PLACE_ROW_HEADS or
                           all(ch in zh.PLACE_LEVEL_CHARS for ch in base))


def _bare_count_columns(text: str, names: list[str], cols: list[tuple[str, str]], value_cols: list[int],
                        rows: list, first: int = 0) -> set[int]:
    """The columns of a table of places or bodies (县区 | 总计 | 来电 | 来信, 承办单位 | 承办件数 | 办结数) whose figures are
    counts though no unit is written: a column naming what it counts (承办件数, 办结数, 签约项目), the column adding the
    row up (总计, 合计) and the bare columns after such a total, its parts (来电, 来信: the same things by channel).
    Every figure of such a column is a whole number written bare, and every row holds as many cells as the header:
    a row's number (序号), a code or a year is never one (a serial column's word, or a column of no such name).
    Before the label column (``first`` > 0: 诉求总数 | 诉求渠道 | 件数 …) a column whose one figure stands in the first
    row, the others blank, is a cell merged down the rows: the whole the rows part (38000 over 来电 / 来信 / …)."""
    def bare(j: int) -> bool:
        if cols[j][1] or column_role(names[j]) or _split_unit(names[j])[0] in zh.TABLE_SERIAL_HEADS:
            return False
        seen = 0
        for k, (cells, _) in enumerate(rows):
            if len(cells) != len(names):
                return False
            m = _cell_value(text, *cells[j])
            if m is None:
                if not (_blank(text, *cells[j]) or _placeholder(text, *cells[j])):
                    return False
                continue
            if m.group("unit") or m.group("sign") or "." in m.group("num"):
                return False
            seen += 1 if k or j >= first else TABLE_MIN_ROWS  # (the merged cell of the whole, before the labels)
        return seen >= TABLE_MIN_ROWS
    out: set[int] = set()
    total = False
    for j in value_cols:
        if j == first or not bare(j):  # (``first``: the label column, the first unless another table's sits beside)
            total = False
            continue
        base = _split_unit(names[j])[0]
        if total_row(base):
            total = True
            out.add(j)
        elif total or (_bare_measure(base) and (base.endswith(zh.COUNT_COLUMN_ENDS) or _counted_column(base)
                                                or count_column_unit(base))) or \
                j - 1 in out and _same_group(_split_unit(names[j - 1])[0], base) or batch_part(base) or \
                _adds_up(text, rows, j):
            out.add(j)  # (当日交办总数 | 当日交办重点: a part of the count before it, under the same upper cell)
    return out


def _adds_up(text: str, rows: list, j: int) -> bool:
    """Does the total row (合计, 总计, 全县) of a column of bare whole figures hold the sum of the rows above it
    (责任单位 | 转办工单 over 甲县 | 1200, 市直单位 | 300, 总计 | 1500)?  Figures that add up are things counted, whatever
    word the column counts them by: a row's number, a code, a year or a rank never adds up to a total row."""
    total, parts, seen = None, 0, 0
    for cells, _ in rows:
        m = _cell_value(text, *cells[j])
        if m is None:
            continue
        if total_row(_WHITESPACE.sub("", _raw_label(text, cells))):
            if total is not None:
                return False
            total = int(m.group("num").replace(",", ""))
            continue
        if total is not None:
            return False  # (rows after the total: parts of another whole)
        parts += int(m.group("num").replace(",", ""))
        seen += 1
    return total is not None and seen >= TABLE_MIN_ROWS and total == parts


BATCH_PART_MAX = 3  # characters of a sub-column's own word under a time or a batch (来电, 来信, 重点, 总数)


def batch_part(name: str) -> bool:
    """Is a column a sub-column of a time or a batch of a notice's table, named by its path (本批次来电, 累计来信,
    当日重点): what its bare figures count is what the notice counts, taken in that time or batch?"""
    group = next((w for w in zh.TABLE_TIME_GROUP_HEADS + zh.EVENT_BACKREFS if name.startswith(w)), "")
    rest = name[len(group):].lstrip("次")
    return bool(group) and 2 <= len(rest) <= BATCH_PART_MAX and not _rate_column(rest) and \
        not any(w in rest for w in zh.MONEY_COLUMN_WORDS)


def _same_group(left: str, right: str) -> bool:
    """Are two neighbouring columns sub-columns of one upper cell, named by its path (当日交办总数 | 当日交办重点,
    本批次来电 | 本批次来信): the same words of at least two characters, then a word of each its own?"""
    k = 0
    while k < min(len(left), len(right)) and left[k] == right[k]:
        k += 1
    return k >= 2 and k < len(left) and k < len(right)


def _stated_money_unit(cols: list[tuple[str, str]]) -> str:
    """The one money unit the money columns of a header state when the table has no units line (总投资 | 年度计划投资
    (亿元) | 1-本月累计完成投资(亿元)): a money column stating none (总投资) is in it too, as its neighbours are; "" when
    they state none or several."""
    stated = {u for n, u in cols if u and u.endswith(zh.MONEY_UNIT_END) and any(w in n for w in zh.MONEY_COLUMN_WORDS)}
    return stated.pop() if len(stated) == 1 else ""


def _unit_fits(name: str, unit: str) -> bool:
    """Can a column of this name be in this unit of a table's units line: a per cent only a column of rates or
    changes (完成率, 增长, 比上年), an amount's unit no column of rates?"""
    if unit_class_of(unit) == "percent":
        return _rate_column(name)
    if count_column_unit(name) and unit_class_of(unit) != "count":
        return False  # (项目个数 in 亿元)
    return not name.endswith(zh.RATE_COLUMN_ENDS)


def count_column_unit(name: str) -> str:
    """The unit of a column counting things by their word (项目个数 → 个, 户数 → 户), else ""."""
    return next((u for w, u in zh.TABLE_COUNT_COLUMN_UNITS if name.endswith(w)), "")


def _rate_column(name: str) -> bool:
    """Does a column give rates or changes (完成率, 增速, 比上年, 同比±) rather than amounts (比年初增减额, 增加量)?"""
    return name.endswith(zh.RATE_COLUMN_ENDS) or (
        any(w in name for w in zh.GROWTH_COLUMN_WORDS) and not name.endswith(("额", "量")))


def unit_class_of(unit: str) -> str:
    return unit_class(unit)


def total_row(label: str) -> bool:
    """合计 / 总计 / 全县 / 全州合计: the row adding up the others, the document's place's own."""
    if label in zh.TABLE_TOTAL_ROWS or re.fullmatch(r"[合总小共]计", label):
        return True
    return len(label) <= 4 and label.startswith(zh.TABLE_WHOLE_ROW_PREFIX) and \
        label[1:2] in zh.TABLE_WHOLE_ROW_LEVELS and (len(label) == 2 or label[2:] in zh.TABLE_TOTAL_ROWS
                                                     or label[2:] in ("合计", "总计"))


def _class_name_head(head: str) -> str:
    """The label column's word of a table whose rows are classes, written with 名称 after it (分类名称, 行业名称 over
    农林水利 / 城建环保): the class word alone (分类), so the rows are read as classes of what the columns measure, not
    as places or bodies; any other word as it is (项目名称 heads a list of projects, each its own subject)."""
    base = head[:-len(zh.NAME_HEAD_SUFFIX)] if head.endswith(zh.NAME_HEAD_SUFFIX) else head
    return base if head not in zh.TABLE_INDICATOR_HEADS and base in zh.TABLE_INDICATOR_HEADS else head


def _measure_rows(first_head: str) -> bool:
    """Are a table's rows measures (指标 | 绝对值 | 增长: 地区生产总值 | 150.2 | 5.1), their label naming what is
    measured rather than who?"""
    return first_head in zh.TABLE_INDICATOR_HEADS


CONTINUATION_MAX = 40  # characters of a line that carries on a row's text cell (a long 建设内容 wrapped)


def _blank_table(text: str, lines: list[tuple[int, int]], i: int):
    """(header cells with their units, rows as (cells, line span), index of the line after the table) for a table
    set apart by blanks whose header is line ``i``, or None.  A line of units under the header ((亿元) (亿元) (%))
    gives the columns their units; a short line without figures between two rows carries on a text cell."""
    s, e = lines[i]
    header = _blank_header(text, s, e)
    if header is None:
        return _pair_table(text, lines, i, lambda a, b: [(m.start(), m.end()) for m in _CELL_SPLIT.finditer(text, a, b)])
    k = i + 1
    if k < len(lines):
        units = [(m.start(), m.end()) for m in _CELL_SPLIT.finditer(text, *lines[k])]
        if units and all(_HEADER_UNIT.fullmatch(text[a:b]) for a, b in units):
            header = _with_units(text, header, units)
            k += 1
    if k + 1 < len(lines) and (lower := _blank_header(text, *lines[k])) is not None and \
            all(_column_word(_WHITESPACE.sub("", text[a:b])) for a, b, _ in lower):
        # a two-level header: 投资情况(亿元) written once over 总投资 / 年度计划 / 完成投资 on the line below
        nxt = k + 1 if _trim(text, *lines[k + 1])[0] < _trim(text, *lines[k + 1])[1] or k + 2 >= len(lines) else k + 2
        first = _blank_row(text, *lines[nxt])
        cols = _merged_columns(text, [(a, b) for a, b, _ in header], [(a, b) for a, b, _ in lower], len(first)) \
            if first is not None and len(first) > len(header) else None
        if cols is not None:
            header = [(a, b, name[b - a:] if name.startswith(text[a:b]) else name) for a, b, name in cols]
            k += 1
    rows: list = []
    while k < len(lines):
        cells = _blank_row(text, *lines[k])
        if cells is None:
            a, b = lines[k]
            if _trim(text, a, b)[0] == _trim(text, a, b)[1] and k + 1 < len(lines) and \
                    _blank_row(text, *lines[k + 1]) is not None:
                k += 1  # one blank line between two rows (a web page's rows, each a paragraph of its own)
                continue
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


PAIR_TABLE_MIN_ROWS = 3  # rows of a table of two columns (a class and its figure)


def _pair_table(text: str, lines: list[tuple[int, int]], i: int, split):
    """A table of two columns under a caption naming what its rows measure (表3 2026年岚溪县居民消费价格指数, then 指标
    比上年(%) over 衣着 101.3 / 食品烟酒 102.1): the header a row-label word (指标, 项目, 类别) and a column naming a
    measure or a unit, then at least ``PAIR_TABLE_MIN_ROWS`` rows of a label and one figure (a blank line between two
    rows passed over).  ``split`` gives a line's cells.  Returns (header, rows, next line) or None."""
    s, e = lines[i]
    if e - s > 40 or _SENTENCE_PUNCT.search(text, s, e) or _HEADER_NOT_BLANK.search(text, s, e):
        return None
    head = split(s, e) or []
    if len(head) == 3 and _HEADER_UNIT.fullmatch(text[head[2][0]:head[2][1]]):
        head = [head[0], (head[1][0], head[2][1])]  # 比上年 (%): the unit written apart
    names = [_WHITESPACE.sub("", text[a:b]) for a, b in head]
    if len(names) != 2 or not (names[0] in zh.TABLE_INDICATOR_HEADS or names[0] in zh.TABLE_CLASS_ROW_HEADS):
        return None
    name, unit = _split_unit(names[1])
    if not (unit or _measure_name(name)) or not _class_caption(_caption_measure(text, head[0][0])):
        return None
    rows: list = []
    k = i + 1
    while k < len(lines):
        a, b = _trim(text, *lines[k])
        if a == b and rows and k + 1 < len(lines) and _trim(text, *lines[k + 1])[1] > _trim(text, *lines[k + 1])[0]:
            k += 1
            continue
        cells = split(*lines[k]) if a < b else None
        if not cells or len(cells) != 2 or b - a > 40 or not _cell_value(text, *cells[1]) or \
                _cell_value(text, *cells[0]) or cells[0][1] - cells[0][0] > 16:
            break
        rows.append((cells, lines[k]))
        k += 1
    if len(rows) < PAIR_TABLE_MIN_ROWS:
        return None
    return [(a, b, "") for a, b in head], rows, k


def _with_units(text: str, header: list, units: list) -> list:
    """Header cells given the units written on the line below them: one to each column that measures an amount
    or a rate (its name has a money word or 率/比重), in order; else right-aligned."""
    names = [_WHITESPACE.sub("", text[a:b]) for a, b, _ in header]
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
    lines = line_spans(text)
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


# 单位:万元 / (单位:亿元) / 金额单位:万元 / 单位:个、亿元 on a line of its own above a table, or at the end of its
# title line; a list of units names them in the order of the columns they measure.
_UNIT_ITEM = rf"(?:(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})|(?:{MAG_PATTERN}))"
_TABLE_UNIT = rx.compile(rf"(?m)(?:^|[(（\s])(?:金额|资金|投资)?单位\s*[:：]\s*({_UNIT_ITEM}(?:\s*[、,，/]\s*{_UNIT_ITEM})*)"
                         r"\s*[)）]?\s*$")
# the same statement as a table's cell of its own (| 单位:个、万元 | 指标名称 | …)
_UNIT_CELL_TEXT = rx.compile(rf"[(（]?(?:金额|资金|投资)?单位\s*[:：]\s*({_UNIT_ITEM}(?:\s*[、,，/]\s*{_UNIT_ITEM})*)"
                             r"\s*[)）]?")
_CELL_SPLIT = rx.compile(r"[^\s\u3000]+")
_SENTENCE_PUNCT = rx.compile(r"[。;；!?！？]")


def is_units_line(line: str) -> bool:
    """Does a line state a table's units (单位:亿元, 金  融 | | 单位:万美元)?  It is the table's, never a headline."""
    return _TABLE_UNIT.search(line) is not None


def _table_units(text: str, lines: list[tuple[int, int]], header: int) -> list[str]:
    """The units a table's columns are in, stated on one of the two lines above its header (单位:万元 / 单位:个、亿元),
    or in a cell of the header line itself (| 单位:个、万元 | 指标名称 | 本月 |)."""
    for k in range(header - 1, max(-1, header - 3), -1):
        m = _TABLE_UNIT.search(text, *lines[k])
        if m:
            return [u.strip() for u in re.split(r"[、,，/]", m.group(1)) if u.strip()]
    if 0 <= header < len(lines):
        for a, b in _bar_cells(text, *lines[header]) or ():
            m = _UNIT_CELL_TEXT.fullmatch(text, a, b)
            if m:
                return [u.strip() for u in re.split(r"[、,，/]", m.group(1)) if u.strip()]
    return []


def _money_unit(units: list[str]) -> str:
    """The unit of a table's money columns among those its units line names."""
    if len(units) == 1:
        return units[0]
    return next((u for u in units if unit_class_of(u) == "level"), "")


def _column(name: str, table_unit: str) -> tuple[str, str]:
    """(name without unit, unit) of one header cell; a money column without a unit of its own takes the table's."""
    name, unit = _split_unit(name)
    if unit:
        return name, unit
    if table_unit and any(w in name for w in zh.MONEY_COLUMN_WORDS) and not name.endswith(("率", "进度", "比例", "比重")):
        return name, table_unit
    return name, ""


_HEADER_NOT_BLANK = rx.compile(r"[,，\t]")


def _blank_header(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The cells of a header row whose columns are set apart by blanks, or None: three or more short cells, one of
    them a column word of a project list, none a sentence."""
    if e - s > 200 or _SENTENCE_PUNCT.search(text, s, e) or _HEADER_NOT_BLANK.search(text, s, e):
        return None  # a sentence, or a table set apart by tabs (read cell by cell)
    cells = [(m.start(), m.end()) for m in _CELL_SPLIT.finditer(text, s, e)]
    # 总投资 (亿元): a unit written apart from its column's name belongs to it
    merged: list[tuple[int, int]] = []
    for a, b in cells:
        if merged and (_HEADER_UNIT.fullmatch(text[a:b]) or
                       text[a] == "年" and _BARE_YEAR.fullmatch(text, *merged[-1])):
            merged[-1] = (merged[-1][0], b)  # (2020 年目标值: text from a PDF puts a blank between digits and words)
        else:
            merged.append((a, b))
    names = [_WHITESPACE.sub("", text[a:b]) for a, b in merged]
    if _index_bases(names):
        return [(a, b, "") for a, b in merged]  # 上月=100  上年同月=100  上年同期=100: an index's bases
    if len(merged) < 3 or any(b - a > 16 for a, b in merged):
        return None
    if all(_column_word(c) for c in names):
        return [(a, b, "") for a, b in merged]  # every cell names a column (单位 新开工项目数 开工率 竣工项目数)
    if not any(_HEADER_UNIT.search(c) or c in zh.TABLE_HEADER_WORDS or column_role(c) for c in names):
        return None
    if sum(c in zh.TABLE_HEADER_WORDS or bool(_HEADER_UNIT.search(c)) or bool(column_role(c)) or _label_head(c)
           for c in names) < 2:
        return None
    return [(a, b, "") for a, b in merged]


# 上年同月=100 / 上月＝100 / 2020年=100: the base an index column is taken against
_INDEX_BASE_CELL = rx.compile(r"[\u4e00-\u9fff\d]{1,10}[=＝]100|以[\u4e00-\u9fff\d]{1,10}?为100")  # (以上月价格为100)


def _index_bases(names: list[str]) -> list[str] | None:
    """The columns of a price index's header set apart by blanks, each naming the base its figures are taken against
    (上月=100  上年同月=100  上年同期=100), after the label column's word when one is written (指标, 类别, 项目), or
    None."""
    bases = names[1:] if names and (names[0] in zh.TABLE_INDICATOR_HEADS or names[0] in zh.TABLE_CLASS_ROW_HEADS or
                                    _label_head(names[0])) else names
    return bases if len(bases) >= 2 and all(_INDEX_BASE_CELL.fullmatch(n) for n in bases) else None


def _index_header(text: str, header: list, rows: list) -> list | None:
    """A price index's table set apart by blanks read as a table of measures (``_grid_cells``): its rows are the
    index and its classes (居民消费价格指数 100.4 / 其中:食品 102.3 / 交通和通信 99.1), each figure the row's index
    against its column's base.  A header that writes no label column's word (the bases alone, over rows one cell
    longer) is given one, 指标.  None for any other header."""
    names = [_WHITESPACE.sub("", text[a:b]) for a, b, _ in header]
    bases = _index_bases(names)
    if bases is None:
        return None
    named = [(a, b, _WHITESPACE.sub("", text[a:b])) for a, b, _ in header]
    if len(bases) == len(names):
        a = header[0][0]
        named = [(a, a, zh.TABLE_INDICATOR_HEADS[0])] + named
    return named if all(len(cells) == len(named) for cells, _ in rows) else None


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


def _header_name(text: str, a: int, b: int, more: str) -> str:
    """A blank-set header cell's name: the cell with the unit the line below lends it ((亿元)), or the whole name its
    column takes under an upper cell of a two-level header (本月 over 绝对额 → 本月绝对额)."""
    cell = _WHITESPACE.sub("", text[a:b])
    return cell + more if not more or more[0] in "(（" else more


def _statistics_header(text: str, header: list[tuple[int, int, str]], rows: list) -> list | None:
    """The header of a statistics table set apart by blanks (指标名称  2026年1-6月  上年同期  比上年±%) whose rows hold
    a cell for every column, named (start, end, name), or None: such a table is read as one set apart by tabs, each
    figure its column's time, base or change."""
    named = [(a, b, _header_name(text, a, b, u)) for a, b, u in header]
    if len(named) < 3 or any(len(cells) != len(named) for cells, _ in rows):
        return None
    names = paired_columns([_WHITESPACE.sub("", n) for _, _, n in named])
    if _times_only(names, list(range(1, len(names)))):
        return named
    # 指标  绝对数  比上年增长 under 单位:亿元,%: an amount column naming no measure beside a change column
    got = [_split_unit(n)[0] for n in names[1:]]
    if any(_change_column(n) for n in got) and \
            all(_change_column(n) or _time_column(n) or n in zh.TABLE_GENERIC_MEASURE_HEADS for n in got):
        return named
    return None


def _first_head(heads: list[str]) -> str:
    """The name of a table's label column: its first column's, or the next one's when the first numbers the rows
    (序号 指标名称 单位 …: the rows are the measures 指标名称 names)."""
    return next((h for h in heads if h not in zh.TABLE_SERIAL_HEADS), "")


def _text_column(name: str) -> bool:
    """Is a column the table's notes (备注: 超额完成, 续建), words and never a figure of the row's?  A page often leaves
    it empty."""
    return _split_unit(name)[0] in zh.TABLE_NOTE_HEADS


_TARGET_COLUMN = rx.compile(rf"(?:{alternation(zh.TABLE_TARGET_COLUMN_ENDS)})$")
_TARGET_COLUMN_NOT_AFTER = rx.compile(alternation(zh.TABLE_TARGET_COLUMN_NOT_AFTER))


def _target_column(name: str) -> bool:
    """Is a column of an indicator table the year's target (年初目标, 全年目标, 预期目标, 目标值, 年度计划, 任务数)?  Not
    one whose words before the plan measure what was done against it (占年度计划, 完成全年任务)."""
    head = _split_unit(name)[0]
    m = _TARGET_COLUMN.search(head)
    return m is not None and _TARGET_COLUMN_NOT_AFTER.search(head, 0, m.start()) is None


def plan_base_column(name: str) -> bool:
    """Is a column of an indicator table where its rows stand now or stood in the plan's base year (现状值, 基期值,
    2022年实际, 某县现值)?  A plan table sets it beside its target columns: its figures are what was reached, not
    what is to be, whatever the plan's heading around them says."""
    head = _split_unit(_WHITESPACE.sub("", name))[0]
    return head.endswith(zh.PLAN_BASE_COLUMN_ENDS) and not _target_column(head)


_LEAD_YEAR = rx.compile(r"((?:19|20)\d\d)\s*年")


def span_columns(names: list[str]) -> list[str]:
    """Column names with a column of yearly averages (年均增长(%), 年均增速) named by the years it spans: from the year
    after the table's first year column to its last (2024年 | 2025年 | 2027年 | 年均增长 → 2025-2027年年均增长), as a
    plan table's or a statistics table's average runs between the years its columns give, not in the last year
    alone (the name the pairing with the time before it gave, 2027年年均增长)."""
    years = [int(m.group(1)) for n in names if (m := _LEAD_YEAR.match(n))]
    if len(set(years)) < 2:
        return names
    lo, hi = min(years), max(years)
    out = []
    for n in names:
        m = _LEAD_YEAR.match(n)
        rest = n[m.end():] if m and int(m.group(1)) == hi else n
        if not m or rest != n:
            if any(w in _split_unit(rest)[0] for w in zh.PLAN_SPAN_AVERAGE_WORDS):
                n = f"{lo + 1}-{hi}年{rest}"
        out.append(n)
    return out


# 12.5-15 / 5%-6% / 6~7 in a figure's cell: a range, its unit (if any) on one end or both
_CELL_RANGE = rx.compile(r"(?P<lo>\d+(?:\.\d+)?)\s*(?:[%％]\s*)?[-—~～至到]\s*(?P<hi>\d+(?:\.\d+)?)\s*(?P<unit>[%％])?")


def _blank_table_cells(text: str, header: list[tuple[int, int, str]], rows: list, table_unit: str,
                       frame: "TableFrame | None" = None) -> list[TableCell]:
    """The cells of a table set apart by blanks.  A figure counts when its column states a unit (or is one of rates,
    scores or ranks); when the table's frame is sure (a header of column names over rows of as many cells), a bare
    figure in a column naming a measure (项目个数 | 总投资 | 年度计划) counts too, unit "", in the rows that agree."""
    cols = [_column(_header_name(text, a, b, u), table_unit) for a, b, u in header]
    # a column of rates (办结率, 形象进度) without a unit of its own is in per cent, one of scores (得分) in 分
    cols = [(n, u or inferred("%" if n.endswith(zh.RATE_COLUMN_ENDS) else
                              score_unit(n) if column_role(n) == "score" else "")) for n, u in cols]
    ranks = [column_role(n) == "rank" for n, _ in cols]
    sure = frame is not None and frame.decision == BLANK_FRAME_DECISION
    agreeing = {span for span, _ in frame.rows} if sure else set()
    bare = [sure and not u and not ranks[h] and _bare_measure(n) for h, (n, u) in enumerate(cols)]
    texts = [_text_column(n) for n, _ in cols]

    def aligned(cells: list) -> list | None:
        """A row's cells in column order: as many as the header, or one fewer when the last column (备注) is empty."""
        return cells if len(cells) == len(cols) or len(cells) == len(cols) - 1 and texts[-1] else None
    ucol = _unit_column(text, [n for n, _ in cols], rows, aligned)
    first = _first_head([_split_unit(n)[0] for n, _ in cols])
    measures = _measure_rows(first)  # 指标 / 类别 over 城镇 / 男性: the rows are what is measured, not who
    labelled = measures and _unit_labels(text, rows)  # 全区生产总值(亿元) | 1000 | 1008.5: the unit in the row's name
    if not any(u for _, u in cols) and ucol < 0 and not labelled and not any(ranks) and not any(bare):
        return []  # (a 单位 column gives every row's figures their unit: 地区生产总值增速 | % | 6.5 | 6.8)
    caption = _caption_measure(text, header[0][0]) if header and (
        measures or sure or first in zh.TABLE_CLASS_ROW_HEADS) else ""
    measures = measures or first in zh.TABLE_CLASS_ROW_HEADS and _class_caption(caption)
    timed = [bool(_TIME_COLUMN.fullmatch(n)) for n, _ in cols]  # 2025年 | 2026年: named by the caption alone
    title = table_caption(text, header[0][0]) if header else ""
    measured = (caption or _named_measure(_caption_measure(text, header[0][0]))) if title else ""
    targets = [measures and _target_column(n) for n, _ in cols]
    # in a table of measures, a column whose header writes no unit takes the row's (城镇新增就业(万人)) before the
    # units line's (单位:亿元、%), and the units line's when the row states none (年初目标 | 320 under 单位:亿元)
    lined = [measures and not _split_unit(_header_name(text, a, b, u))[1] and unit_class_of(cols[h][1]) != "percent"
             for h, (a, b, u) in enumerate(header)]
    label_col = next((h for h, (n, _) in enumerate(cols) if _split_unit(n)[0] not in zh.TABLE_SERIAL_HEADS), 0)
    parents = class_parents([_split_unit(next((text[a:b] for a, b in cells if not _CELL_NUMBER.fullmatch(text[a:b])),
                                              ""))[0] for cells, _ in rows]) if measures else [""] * len(rows)
    out: list[TableCell] = []
    carried = ""
    for r, (cells, (rs, re_)) in enumerate(rows):
        row_bare = (rs, re_) in agreeing
        label = _row_label(next((text[a:b] for a, b in cells if not _CELL_NUMBER.fullmatch(text[a:b])), ""))
        label, label_unit = _split_unit(label)
        row_unit = _row_unit(text, aligned(cells), ucol, label_unit if _UNIT_CELL.fullmatch(label_unit) else "")
        if measures:
            row_unit, carried = _carried_unit(label, row_unit, carried)
        if total_row(label) or re.fullmatch(r"[合总小共]\s*计", label):
            label = ""
        role = "indicator" if label and measures else "subject"
        # read from the right: every column right of the first text columns takes one cell; a text cell in a column
        # of figures is an empty cell written as a word (/, 无) or a blank left out, so the row's end decides
        h, j = len(cols) - 1, len(cells) - 1
        while h >= 0 and j >= 0:
            name, unit = cols[h]
            if lined[h] and h > label_col and h != ucol and not texts[h] and not ranks[h]:
                unit = row_unit or unit or table_unit
            unit = unit or (row_unit if 0 < h != ucol and not texts[h] else "")  # 产量 | 45.2 in a row of 万吨
            a, b = cells[j]
            number = _cell_value(text, a, b)
            own = (number.group("unit") or "") if number else ""
            spread = _CELL_RANGE.fullmatch(text, a, b) if unit and not number else None
            if spread is not None and float(spread.group("hi")) <= float(spread.group("lo")):
                spread = None  # (2023-2025, 10-5: no range of a figure)
            if texts[h] and (number or spread) and len(cells) < len(cols):
                h -= 1  # 备注 left empty: the row's last figure is the column's before it
                continue
            if spread is not None:
                # 年初目标 | 12.5-15: a range, its lower and its upper bound (as 增长3%-5% in a sentence)
                for g, cmp in (("lo", ">="), ("hi", "<=")):
                    out.append(TableCell(spread.start(g), spread.end(g), float(spread.group(g)),
                                         spread.group("unit") or unit, name, label, rs, re_,
                                         spread.end("unit") if spread.group("unit") else -1, role, header[0][0],
                                         "", caption if role == "indicator" or timed[h] else measured,
                                         parents[r] if role == "indicator" else "", title, cmp,
                                         "target" if targets[h] else "",
                                         class_rows=role == "indicator" and first in zh.TABLE_CLASS_LABEL_HEADS))
                j -= 1
                h -= 1
                continue
            if ranks[h]:
                if number and (number.group("unit") or "") in ("", "名", "位") and \
                        _rank_cell(float(number.group("num").replace(",", ""))):
                    out.append(TableCell(number.start("num"), number.end("num"),
                                         float(number.group("num").replace(",", "")), number.group("unit") or "",
                                         name, label, rs, re_, number.end("unit") if number.group("unit") else -1,
                                         table=header[0][0], measure="rank"))
                    j -= 1
                elif len(cells) >= len(cols):
                    j -= 1
                h -= 1
            elif unit or (row_bare and bare[h]):
                if number:
                    value = float(number.group("num").replace(",", "")) * (-1 if number.group("sign") else 1)
                    kind = "" if unit or own else \
                        ("count" if name.endswith(zh.COUNT_COLUMN_ENDS) or _counted_column(name) else "level")
                    out.append(TableCell(number.start("sign") if number.group("sign") else number.start("num"),
                                         number.end("num"), value, own or unit, name, label, rs, re_,
                                         number.end("unit") if own else -1, role, header[0][0], kind,
                                         caption if role == "indicator" or timed[h] else measured,
                                         parents[r] if role == "indicator" else "", title,
                                         kind="target" if targets[h] else "",
                                         class_rows=role == "indicator" and first in zh.TABLE_CLASS_LABEL_HEADS))
                    j -= 1
                elif len(cells) >= len(cols):
                    j -= 1  # a word in a figure's column (/, —, 无)
                h -= 1
            elif number:
                break  # a figure in a column without unit: the cells no longer line up
            else:
                j -= 1
                h -= 1
                if not any(u for _, u in cols[:h + 1]) and not any(ranks[:h + 1]) and not 0 <= ucol < h and \
                        not (labelled and h > 0):
                    break  # the text columns on the left (项目名称, 建设内容) may hold blanks: stop here
    return out


# --------------------------------------------------------------------------- ranked names

@dataclass
class Ranked:
    """A name placed at a rank and/or given a score: 第三名:青川镇87.5分, 西山区以88.6分位列第三."""
    name_start: int
    name_end: int
    rank: tuple[int, int] | None  # the rank's numeral (三 of 第三名)
    score: tuple[int, int] | None  # the score's number (87.5 of 87.5分)
    start: int = -1  # the words that state them (第三名:青川镇87.5分)
    end: int = -1
    what: str = ""  # what the rank is of, when the sentence says (青川镇综合考核位列第一: 综合考核)


_ORD = r"第\s?(?P<rk>[一二三四五六七八九十]{1,3}|\d{1,3})\s?(?:名|位)?"
_ORD_NAMED = r"第\s?(?P<rk>[一二三四五六七八九十]{1,3}|\d{1,3})\s?(?:名|位)"
_SCORE = r"(?P<sc>\d{1,3}(?:\.\d{1,2})?)\s?分(?![钟之别类期批局行公司])"
_NAME = r"[\u4e00-\u9fff()（）·]{2,24}?"
_SCORE_WORD = rf"(?:{alternation(zh.SCORE_WORDS)})"
_RANK_VERB = rf"(?:{alternation(zh.RANKED_VERBS)})"
_CLAUSE_HEAD = r"(?:(?<=[,，;；。:：\n])|^)[ \t\u3000]*"
# 第三名:青川镇87.5分 / 第一名 岚溪县 96.2分 / 1.第二名:东坡县(91分): a rank labelling the name after it
# (the 名 or 位 written: 第一、加强… is a discourse's first point, no rank)
_RANK_LABEL = rx.compile(rf"(?m){_CLAUSE_HEAD}(?:[(（]?[一二三四五六七八九十\d]{{1,2}}[)）.、．]\s*)?{_ORD_NAMED}"
                         rf"(?:\s*[:：、]\s*|[ \t\u3000]+|(?:{alternation(zh.RANKED_NAME_AFTER)})\s*)(?P<name>{_NAME})"
                         rf"(?:\s*[,，(（]?\s*(?:{_SCORE_WORD}\s*[:：]?\s*)?{_SCORE}|(?=\s*(?:$|[,，;；。)）])))")
# 排名第二的是东坡县(91分) / 排在末位的是南岭县,得分72.4分: the name after the rank it holds
_RANK_IS = rx.compile(rf"{_RANK_VERB}(?:(?:倒数)?{_ORD}|(?P<end>末位|首位|最后一位|最后一名))(?:{alternation(zh.RANKED_NAME_AFTER)})"
                      rf"\s*(?P<name>{_NAME})(?:\s*[,，(（]?\s*(?:{_SCORE_WORD}\s*[:：]?\s*)?{_SCORE}|"
                      rf"(?=\s*(?:$|[,，;；。)）、])))", re.M)
# 西山区以88.6分位列第三 / 东坡县综合得分91分,排名第二 / 青川镇得分87.5分: the name opening the clause
_NAME_SCORED = rx.compile(rf"(?m){_CLAUSE_HEAD}(?P<name>{_NAME})(?:以|{_SCORE_WORD}\s*(?:为|达|是)?)\s*{_SCORE}"
                          rf"(?:(?:的(?:成绩|总分|得分))?\s*[,，]?\s*{_RANK_VERB}[^,，;；。\d第]{{0,8}}{_ORD})?")


# 岚溪县(96.2分)、东坡县(91分)分列前两名: a score written after each name of a list
# 青川镇综合考核位列全县第一 / 县住建局在县直部门考评中排名第二: a body opening the clause holds the rank
_BODY = rf"[\u4e00-\u9fff()（）·]{{1,10}}?[{zh.PLACE_LEVEL_CHARS}{zh.UNIT_END_CHARS}{''.join(zh.RANKED_BODY_END_CHARS)}]"
_NAME_RANKED = rx.compile(rf"(?m){_CLAUSE_HEAD}(?P<name>{_BODY})(?:在(?P<among>[^,，;；。\d]{{1,12}})中)?"
                          rf"(?P<what>{alternation(zh.RANKED_WHAT)})?\s*{_RANK_VERB}"
                          rf"(?:全[省市县区镇州盟旗]|[^,，;；。\d第]{{0,6}})?(?:倒数)?{_ORD}")
# 浉河区以93.6的最高分荣获第一名 / 平桥区获第二名: a body opening the clause won the place (its 名 written)
_NAME_WON = rx.compile(rf"(?m){_CLAUSE_HEAD}(?P<name>{_BODY})(?:以[^,，;；。第]{{1,16}}?)?"
                       rf"(?:{alternation(zh.RANK_WON_VERBS)})了?{_ORD_NAMED}")
# 排第二位的绵阳市、排第三位的德阳市 / (按得分排第一位的成都市不重复): the place the rank qualifies, written after 的 (a
# body's name: a place's or a unit's, ending as they end), not the places listed before
_RANK_OF = rx.compile(rf"{_RANK_VERB}(?:全[省市县区国州盟旗]|[^,，;；。\d第的]{{0,6}})?{_ORD}的"
                      rf"(?P<name>[\u4e00-\u9fff]{{1,10}}?[{zh.PLACE_LEVEL_CHARS}{zh.UNIT_END_CHARS}])"
                      rf"(?=[,，;；。、)）\s]|$|{alternation(zh.RANK_OF_NAME_AFTER)})")
# 第一名东湖区、第二名高新区分别奖励… / ;第七名南岭区扣罚…: a rank written with its 名 (or 位) right before the body
# holding it, no mark between, the body's name ending as a place's or a unit's does and closed by a mark or by what
# may follow a ranked name (分别, 得分, 给予 …); at a clause's head or after the 、 of a list of such ranks
# (after a word granting what follows: 给予第1名罗源县凤山镇奖补150万元)
_GRANT_BEFORE = "|".join(f"(?<={w})" for w in zh.RANKED_AWARD_GIVING + ("对",))
_RANK_BEFORE_NAME = rx.compile(rf"(?:(?<=[,，;；。:：\n、])|{_GRANT_BEFORE}|^)[ \t\u3000]*{_ORD_NAMED}(?P<name>{_BODY})"
                               rf"(?=[、,，;；。)）]|$|{alternation(zh.RANK_OF_NAME_AFTER + zh.RANKED_AWARD_VERBS)})", re.M)
_NAME_PAREN_SCORE = rx.compile(rf"(?:(?<=[、,，:：;；\n为是])|^)[ \t\u3000]*(?P<name>{_NAME})[(（]\s*(?:{_SCORE_WORD}\s*[:：]?\s*)?{_SCORE}\s*[)）]",
                               re.M)


# 乙公司群众满意度 / 市交通局按时办结率: a body (a unit's, a company's or a place's name) and the criterion scored after it
_BODY_BEFORE_CRITERION = rx.compile(rf"(?P<body>[\u4e00-\u9fff()（）·]{{1,16}}(?:[{zh.UNIT_END_CHARS}{zh.PLACE_LEVEL_CHARS}]|公司|集团))"
                                    rf"[^{zh.UNIT_END_CHARS}{zh.PLACE_LEVEL_CHARS}\d\s]{{3,8}}$")


# What a match of a pattern below cannot lack, looked for first: most texts hold no score and no 第…名 at all, and the
# patterns opening with a name try every clause head.  (pattern → (a character of it, a pattern of the characters
# around it up to ``back`` before)).
_SCORE_AT = rx.compile(_SCORE.replace("(?P<sc>", "(?:"))
_ORD_NAMED_AT = rx.compile(_ORD_NAMED.replace("(?P<rk>", "(?:"))
_RANK_NEEDS = {"label": ("第", _ORD_NAMED_AT, 0), "score": ("分", _SCORE_AT, 8),
               "ord": ("第", rx.compile(_ORD.replace("(?P<rk>", "(?:")), 0)}


def _holds(text: str, need: str) -> bool:
    """Whether ``text`` holds a match of ``_RANK_NEEDS[need]``'s pattern (looked for around each of its character)."""
    ch, pat, back = _RANK_NEEDS[need]
    k = text.find(ch)
    while k >= 0:
        if pat.search(text, max(0, k - back), k + 8):
            return True
        k = text.find(ch, k + 1)
    return False


# 增速全省 / 总量全市: a name ending in the whole a rank is taken in names the set, never a body holding the rank
_SCOPE_END = rx.compile(r"全[省市县区镇州盟旗国]$")
# 六县市排名第三 / 增速五县区排名第二 / 9个县(市、区)排名第5: a counted set of divisions ending the name is the field
# ranked in (what is ranked may stand before it), not who holds the rank
_COUNTED_UNITS = rx.compile(rf"[一二三四五六七八九十两\d]{{1,3}}个?[{zh.PLACE_LEVEL_CHARS}街道()（）、]{{2,8}}$")


def find_ranked(text: str) -> list[Ranked]:
    """Names placed at a rank or given a score, with the spans of the rank's numeral and the score's number."""
    out: list[Ranked] = []
    seen: set[int] = set()
    has = {need: _holds(text, need) for need in _RANK_NEEDS}
    for pat, need in ((_RANK_LABEL, "label"), (_RANK_IS, ""), (_NAME_SCORED, "score"), (_NAME_PAREN_SCORE, "score"),
                      (_NAME_RANKED, "ord"), (_RANK_OF, "ord"), (_RANK_BEFORE_NAME, "label"), (_NAME_WON, "label")):
        if need and not has[need]:
            continue  # the pattern cannot match without it
        for m in rx.head_finditer(pat, text):  # (two of them open at a clause's head)
            name = m.group("name")
            if re.search(r"[()（）]$", name) and name.count("(") + name.count("（") > name.count(")") + name.count("）"):
                continue
            name_end = m.end("name")
            if pat is _NAME_SCORED and name.endswith(zh.SCORED_CRITERION_ENDS):
                # 满意率得分为15分: the criterion a body's part score is for, no body; 乙公司满意度得分为16分: the body
                # written before its criterion
                body = _BODY_BEFORE_CRITERION.match(name)
                if body is None:
                    continue
                name_end = m.start("name") + body.end("body")
            if pat is _RANK_OF and name.startswith(zh.RANKED_NOT_BODY_HEADS):
                continue  # 居第一位的全市…: no body of its own
            if pat is _NAME_RANKED and (name.startswith(zh.RANKED_NOT_BODY_HEADS) or _SCOPE_END.search(name)
                                        or _COUNTED_UNITS.search(name)):
                continue  # 全省排名第2 / 增速全省排名第5: the set ranked in, not who holds the rank
            groups = m.groupdict()
            rank = m.span("rk") if groups.get("rk") else None
            score = m.span("sc") if groups.get("sc") else None
            if rank is None and score is None:
                continue
            if (rank and rank[0] in seen) or (score and score[0] in seen):
                continue
            a, b = m.span()
            while a < b and text[a] in " \t\u3000":
                a += 1
            if text[b:b + 1] in ")）" and text.count("(", a, b) + text.count("（", a, b) > \
                    text.count(")", a, b) + text.count("）", a, b):
                b += 1  # 东坡县(91分): the bracket the score opened
            what = "".join(groups.get(g) or "" for g in ("among", "what"))
            out.append(Ranked(m.start("name"), name_end, rank, score, a, b, what))
            seen.update(x[0] for x in (rank, score) if x)
    if has["score"]:
        for r in _scored_runs(text):
            if r.score[0] not in seen:
                out.append(r)
                seen.add(r.score[0])
    if has["label"] or has["ord"] or "名" in text or _RANK_BAND.search(text):  # (第一、二名 / 分获二、三名: places
        # sharing one 名, no 第N名 written whole; 位列全省第二、第三: each its 第, no 名; 位列全镇前两位: a band)
        for r in _spread_ranks(text) + _valued_ranks(text):
            if r.score and r.score[0] in seen:
                r.score = None  # (甲村以87.05分 read above as a name's score: its rank is still this one)
            if (r.rank or r.score) and not (r.rank and r.rank[0] in seen):
                out.append(r)
    return sorted(out, key=lambda r: r.name_start)


# 甲县考评得分为96.5分,乙县95.2分,丙县93.8分 / 本月市水务集团82.5分、市城管局85.75分排名靠后: names each followed by
# its score, joined by 、 or a comma
_RUN_ITEM = r"[\u4e00-\u9fff()（）]{2,16}?\d{1,3}(?:\.\d{1,2})?分"
_SCORED_RUN = rx.compile(rf"(?:{_RUN_ITEM}[、,，])+{_RUN_ITEM}(?![钟之别类期批局行公司\d])")
_SCORED_RUN_ITEM = rx.compile(r"(?P<name>[\u4e00-\u9fff()（）]{2,16}?)(?P<sc>\d{1,3}(?:\.\d{1,2})?)分")
_RUN_SCORE_WORD = rx.compile(rf"{_SCORE_WORD}(?:{alternation(zh.SCORE_WORD_LINKS)})?$")
_RUN_NAME_LEAD = rx.compile(rf"(?:{alternation(zh.SCORED_RUN_NAME_LEADS)})")


def _scored_runs(text: str) -> list[Ranked]:
    """Each name of a run of names each followed by its score, joined by 、 or a comma, with its score (甲县考评得分为
    96.5分,乙县95.2分,丙县93.8分 / 本月市水务集团82.5分、市城管局85.75分排名靠后).  A notice names the score once, on the
    first name, or not at all where it lists bodies ranked: the run is one of scores when its first name ends with
    the words naming a score (考评得分为), or most of its names end as places and bodies do (县, 局, 集团).  A name
    ending in a scoring rule's verb (每少1家扣2分、每超1天扣1分) is a rule's step: that run is none.  A run right after a
    colon is the list its head names (考核得分如下:…), read with that head."""
    out: list[Ranked] = []
    for m in _SCORED_RUN.finditer(text):
        if m.start() and text[m.start() - 1] in ":：":
            continue  # (排名如下:甲镇89.2分、乙镇88.7分: a list its colon's head names, read with that head)
        items = list(_SCORED_RUN_ITEM.finditer(text, m.start(), m.end()))
        names = [i.group("name") for i in items]
        if any(n.endswith(zh.SCORE_STEP_VERBS) for n in names):
            continue
        worded = _RUN_SCORE_WORD.search(names[0])
        if not worded and sum(n.endswith(zh.SCORED_BODY_SUFFIXES) for n in names) * 2 <= len(names):
            continue
        for k, i in enumerate(items):
            a, b = i.span("name")
            if k == 0 and worded:
                b -= len(worded.group())
            lead = _RUN_NAME_LEAD.match(text, a, b)
            if lead:
                a = lead.end()
            if b - a < 2:
                continue
            out.append(Ranked(a, b, None, i.span("sc"), i.start() if k else m.start(), i.end()))
    return out


_ORD_ONE = r"第?\s?([一二三四五六七八九十]{1,3}|\d{1,3})\s?名?"
# 潢川、光山分别获得第二名和第三名 / 甲县、乙县依次位列第一名、第二名: names joined by 、 (the last by 和), then 分别 and
# the places won or held, as many, each with its 名.  The spreading word may be folded into the verb (分获, 分列: 分别获得,
# 分别位列), and the field the places are won in may stand before them (分别获一类镇第一、二名).  Coordinated ordinals
# share one 第 and one 名 (第一、二、三名, 二、三名 after 分获): the 第 written before the first and the 名 after the last
# are every member's.  Each run is read as one class of characters, then cut at its joiners (a repeat of names or
# places, each of a repeat, could cut one text many ways)
_SCORES = r"\d{1,3}(?:\.\d{1,2})?\s?分(?:\s?[、和]\s?\d{1,3}(?:\.\d{1,2})?\s?分)+"
_SPREAD_RANKS = rx.compile(rf"(?m){_CLAUSE_HEAD}(?P<names>[\u4e00-\u9fff、]{{5,40}}?)"
                           rf"(?:(?:分别|依次)(?:以(?P<scores>{_SCORES})(?:的(?:成绩|总分|得分))?\s*|以[^,，;；。第]{{1,16}}?)?"
                           rf"(?:{alternation(zh.RANK_WON_VERBS + zh.RANKED_VERBS)})了?|"
                           rf"(?:{alternation(zh.RANK_SPREAD_VERBS)}))"
                           r"(?P<field>[^,，;；。:：、\d第\s]{0,8}?)"
                           r"(?P<ranks>第?[第名位\s\d一二三四五六七八九十、和及与]{1,40}?[名位]|第[一二三四五六七八九十\d]{1,3}"
                           r"(?:[、和及与]第[一二三四五六七八九十\d]{1,3})+|前[两二三四五六七八九十\d]{1,2}[名位])"
                           r"(?=[,，;；。\s]|$)")
_ORD_ONE_AT = rx.compile(_ORD_ONE)
_LIST_JOINERS = rx.compile(r"[、和及与]")


def _spread_ranks(text: str) -> list[Ranked]:
    """潢川、光山分别获得第二名和第三名: the names a list of places won, in order, one each (as 分别 spreads values over
    names); none when the names and the places are not as many, or a part is no name or no place."""
    out = []
    for m in _SPREAD_RANKS.finditer(text):
        base = m.start("names")
        band = _RANK_BAND.fullmatch(m.group("ranks"))
        if band is not None:
            # 甲镇、乙镇分别以96.5分、95.2分位列前两名: the band the places share, as many as it counts; one figure,
            # the first place's (places sharing one figure), each its own score
            names = _listed_names(m.group("names"), 2)
            if len(names) < 2 or any(e - s < 2 for s, e in names) or parse_number(band.group(1)) != len(names):
                continue
            ranks = [(m.start("ranks") + 1, m.start("ranks") + 1 + len(band.group(1)))] + [None] * (len(names) - 1)
        elif not m.group("ranks").endswith("名") and "以" not in text[m.end("names"):m.start("ranks")]:
            continue  # 甲区、乙市营商环境便利度分别位列全省第12、第7(位): read as ranks each with its 第 (facts), the
            # measure kept; here only after what the places held them with (分别以12.2%、11.6%的增速位列全省第二、第三)
        else:
            ranks = _shared_ordinals(text, m.start("ranks"), m.end("ranks"))
            names = _listed_names(m.group("names"), len(ranks))
        if len(names) < 2 or len(names) != len(ranks) or any(e - s < 2 for s, e in names):
            continue
        what = m.group("field") or ""
        scores = _listed_scores(text, m.start("scores"), m.end("scores")) if m.group("scores") else []
        if scores and len(scores) != len(names):
            continue
        for k, ((s, e), rk) in enumerate(zip(names, ranks)):
            if rk is not None or scores:
                out.append(Ranked(base + s, base + e, rk, scores[k] if scores else None, base, m.end(), what))
    return out


# 甲村以87.05分、乙村以86.85分位列全镇前两位 / 甲县12.2%、乙县11.6%位列第二、三位: each name with its own figure (a
# score, a rate), the list then placed at as many ranks (or a band they share), no 分别
# (the names and their figures read as one class of characters, then cut into items: a repeat of items, each a
# repeat, could cut one text many ways)
_VALUED_RANKS = rx.compile(rf"(?m){_CLAUSE_HEAD}(?P<names>[\u4e00-\u9fff\d.%、]{{6,80}}?(?:分|%))"
                           rf"(?:的[^,，;；。:：第\d]{{0,6}}?)?\s*(?:{alternation(zh.RANKED_VERBS + zh.RANK_SPREAD_VERBS)})"
                           r"(?P<field>[^,，;；。:：、\d第\s]{0,8}?)"
                           r"(?P<ranks>第[一二三四五六七八九十\d]{1,3}(?:[、和及与]第?[一二三四五六七八九十\d]{1,3})+[名位]?|"
                           r"前[两二三四五六七八九十\d]{1,2}[名位])(?=[,，;；。\s]|$)")
_VALUED_NAME = rx.compile(r"(?P<name>[\u4e00-\u9fff]{2,10}?)以?(?P<num>\d{1,3}(?:\.\d{1,2})?)\s?(?P<unit>分|%)")


def _valued_ranks(text: str) -> list[Ranked]:
    """甲村以87.05分、乙村以86.85分位列全镇前两位 / 甲县12.2%、乙县11.6%位列第二、三位: names each written with its
    own figure, then the ranks they hold in order (_shared_ordinals), or the band they share (one figure, the first
    name's); a score (分) is its name's.  None when names and ranks are not as many.  (Numerals run together under
    one 名, 二三名, are read as one number by the candidates: not spread here.)"""
    out = []
    for m in _VALUED_RANKS.finditer(text):
        items = list(_VALUED_NAME.finditer(text, m.start("names"), m.end("names")))
        joins = [text[a.end():b.start()] for a, b in zip(items, items[1:])]
        if not items or items[0].start() != m.start("names") or items[-1].end() != m.end("names") or \
                any(j != "、" for j in joins):
            continue  # (the run is items of a name and its figure, one after another, and nothing else)
        band = _RANK_BAND.fullmatch(m.group("ranks"))
        if band is not None:
            if parse_number(band.group(1)) != len(items):
                continue
            ranks = [(m.start("ranks") + 1, m.start("ranks") + 1 + len(band.group(1)))] + [None] * (len(items) - 1)
        else:
            ranks = _shared_ordinals(text, m.start("ranks"), m.end("ranks"))
        if len(items) < 2 or len(ranks) != len(items):
            continue
        for it, rk in zip(items, ranks):
            score = it.span("num") if it.group("unit") == "分" else None
            if rk is not None or score is not None:
                out.append(Ranked(it.start("name"), it.end("name"), rk, score, m.start(), m.end(), m.group("field") or ""))
    return out


_RANK_BAND = rx.compile(r"前([两二三四五六七八九十\d]{1,2})[名位]")
_SCORE_NUMBER = rx.compile(r"\d{1,3}(?:\.\d{1,2})?(?=\s?分)")


def _listed_scores(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the numbers of the scores listed in ``text[start:end]`` (96.5分、95.2分), in order: 甲镇、乙镇分别以
    96.5分、95.2分位列第一、二名 gives each place its score as it gives it its rank."""
    return [m.span() for m in _SCORE_NUMBER.finditer(text, start, end)]


def _listed_names(names: str, n: int) -> list[tuple[int, int]]:
    """The spans of the names in ``names`` (甲县、乙县和丙县), cut at 、 and, when that leaves one name short of the ``n``
    places they hold, at the 和/及/与 joining the last two: a place's own name may hold 和 (中和镇, 和平乡), so a
    list cut at 、 alone that matches the places is taken as it is."""
    spans, s = [], 0
    for k in range(len(names) + 1):
        if k == len(names) or names[k] == "、":
            spans.append((s, k))
            s = k + 1
    if len(spans) == n - 1:
        a, b = spans[-1]
        j = next((j for j in range(a + 2, b - 1) if names[j] in "和及与"), -1)
        if j >= 0:
            spans[-1:] = [(a, j), (j + 1, b)]
    return spans


def _shared_ordinals(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The numerals' spans of the places listed in ``text[start:end]`` (第二名和第三名 / 第一、二、三名 / 二、三名), in
    order; [] when a part is no place.  A 第 or a 名 left out of a member is the one its list writes once (before the
    first, after the last): a member lacking its 名 needs the list's last to close with one."""
    spans, k = [], start
    parts = _LIST_JOINERS.split(text[start:end])
    if text[start] != "第" and (any("名" in p for p in parts[:-1]) or re.search(r"\d", text[start:end])):
        return []  # 分别获得2名、3名: numbers of people, no places (a place written without 第 shares the last 名)
    for part in parts:
        r = _ORD_ONE_AT.fullmatch(text, k, k + len(part) - part.endswith("位"))  # (第一、二位: the 位 after the last)
        if r is None or not part:
            return []
        spans.append(r.span(1))
        k += len(part) + 1
    # (第二、第三: each member with its own 第 needs no 名 after the last)
    return spans if text[end - 1] in "名位" or all(p.startswith("第") for p in parts) else []


# --------------------------------------------------------------------------- a table's frame

# A table written as text is read once as a whole before any of its figures: its header says what each column holds,
# and every figure in a row takes its kind from its column and its name from its row.  The decision is kept with its
# evidence (the header's span and the columns that made it) so that it can be looked at and tested on its own, and a
# table whose header says nothing sure (no column of plans beside a column of progress) is framed by nothing.

FRAME_PLAN, FRAME_PROGRESS, FRAME_OWNER, FRAME_TIME, FRAME_SERIAL, FRAME_NAME = \
    "plan", "progress", "owner", "time", "serial", "name"
FRAME_PLAN_DECISION = "plan"  # a table of tasks and who answers for them by when, no column of progress
FRAME_HEADER_CELL_MAX = 12  # characters of a header cell (项目内容, 截至9月底完成情况)
FRAME_ROW_MAX = 400  # characters of a row written on one line


@dataclass
class TableColumn:
    name: str  # the header cell as written, blanks removed
    start: int
    end: int
    role: str  # FRAME_*: plan, progress, owner, time, serial, name; "" for a column the frame says nothing of


@dataclass
class TableFrame:
    """The decision a table's header makes for its rows.  ``decision`` is "progress" when a column of plans (项目内容,
    目标任务) stands beside a column of progress (当前进度, 完成情况): the plan cells' figures are the year's targets,
    the progress cells' the actuals, the owner and time columns hold none; "plan" when columns of plans stand beside
    columns of who answers for them or by when (牵头单位, 完成时限) and none of progress: a task table's figures are
    all targets.  ``confidence`` is 1.0 when both columns
    are named, lower when only a column of progress stands beside the row's item; ``reason`` names the columns.
    ``decision`` is "columns" for a table set apart by blanks whose header names every column and whose rows agree
    with it (``_blank_frame``): each figure measures its column for its row; ``confidence`` is the share of rows
    that agree, ``rows`` those rows."""
    start: int  # the header's first character
    end: int  # the last row's end
    header: tuple[int, int]  # the evidence: the header's span
    separator: str  # "\t", "|", "、", " " (blanks) or "\n" (one cell a line)
    columns: list[TableColumn]
    rows: list[tuple[tuple[int, int], list[tuple[int, int]]]]  # (row span, one cell span per column)
    decision: str
    confidence: float
    reason: str

    def locate(self, pos: int) -> tuple[int, int] | None:
        """(row, column) of the cell holding ``pos``, or None."""
        if not self.start <= pos < self.end:
            return None
        for r, ((rs, re_), cells) in enumerate(self.rows):
            if rs <= pos < re_:
                for j, (a, b) in enumerate(cells):
                    if a <= pos < b:
                        return r, j
                return None
        return None

    def cells_of(self, role: str) -> list[int]:
        return [j for j, c in enumerate(self.columns) if c.role == role]


# the time a header cell's column is in (2026年目标任务, 1-9月完成情况, 截至9月底进展): no part of what the column holds
_FRAME_TIME_HEAD = rx.compile(r"^(?:截至|截止)?(?:(?:19|20)\d\d年度?)?(?:\d{1,2}\s?[-—–~至]\s?\d{1,2}月份?|"
                              r"[一二三四]季度|上半年|下半年|全年|\d{1,2}月(?:份|底|末|\d{1,2}日)?|[一二三四五六七八九十]{1,2}月(?:份|底|末)?)?"
                              r"(?:底|末)?(?:前)?")


_SPACES_OR_BARS = rx.compile(r"[\s|｜]+")
_DIGIT = rx.compile(r"\d")


@lru_cache(maxsize=CELL_MEMO_MAX)
def frame_role(name: str) -> str:
    """What a header cell says its column holds: plan (项目内容, 目标任务, 民生实事), progress (当前进度, 完成情况,
    截至9月底进展情况), owner (责任单位, 牵头领导), time (完成时限), serial (序号), name (项目名称), else ""."""
    name = _FRAME_TIME_HEAD.sub("", _split_unit(_SPACES_OR_BARS.sub("", name))[0])
    if not name or len(name) > FRAME_HEADER_CELL_MAX or _DIGIT.search(name):
        return ""
    if name in zh.TABLE_SERIAL_HEADS:
        return FRAME_SERIAL
    for role, ends in ((FRAME_PROGRESS, zh.TABLE_PROGRESS_COLUMN_ENDS), (FRAME_OWNER, zh.TABLE_OWNER_COLUMN_ENDS),
                       (FRAME_TIME, zh.TABLE_TIME_COLUMN_ENDS), (FRAME_NAME, zh.TABLE_NAME_COLUMN_ENDS),
                       (FRAME_PLAN, zh.TABLE_PLAN_COLUMN_ENDS)):
        if name.endswith(ends):
            return role
    return ""


def _frame_decision(columns: list[TableColumn]) -> tuple[str, float, str]:
    roles = [c.role for c in columns]
    plan = [c.name for c in columns if c.role == FRAME_PLAN]
    progress = [c.name for c in columns if c.role == FRAME_PROGRESS]
    if len(plan) == 1 and len(progress) == 1:
        return "progress", 1.0, f"plan column {plan[0]}, progress column {progress[0]}"
    if not plan and len(progress) == 1 and FRAME_NAME in roles:
        return "progress", 0.7, f"progress column {progress[0]} beside the row's name"
    owners = [c.name for c in columns if c.role in (FRAME_OWNER, FRAME_TIME)]
    if plan and not progress and owners:
        # 序号 | 工作任务 | 工作目标 | 完成时限 | 牵头单位: a table handing out the year's tasks, no column of what was
        # done: every figure of its plan cells is a target
        return FRAME_PLAN_DECISION, 1.0 if len(owners) > 1 else 0.8, \
            f"plan columns {'、'.join(plan)} beside {'、'.join(owners)}, no progress column"
    return "", 0.0, "no column of plans beside one of progress" if not (plan and progress) else "columns repeated"


def _split_cells(text: str, s: int, e: int, sep: str) -> list[tuple[int, int]]:
    """The trimmed cells of the line s..e split by ``sep`` (" " splits at runs of blanks); an empty first or last
    cell left by a bar at the line's end is dropped."""
    if sep == " ":
        return [(m.start(), m.end()) for m in _CELL_SPLIT.finditer(text, s, e)]
    cells, p = [], s
    while True:
        j = text.find(sep, p, e)
        if j < 0:
            cells.append(_trim(text, p, e))
            break
        cells.append(_trim(text, p, j))
        p = j + len(sep)
    if sep in "|｜" and cells and cells[0][0] == cells[0][1]:
        cells = cells[1:]
    if sep in "|｜" and cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    return cells


_SPACE_OR_WIDE = rx.compile(r"[ \u3000]")


def _frame_header(text: str, s: int, e: int) -> tuple[str, list[TableColumn]] | None:
    """(separator, columns) of a header line naming three or more columns, at least one a plan or progress column."""
    a, b = _trim(text, s, e)
    if b - a < 6 or b - a > 120:
        return None
    for sep in zh.TABLE_CELL_SEPARATORS + (" ",):
        if sep != " " and sep not in text[a:b]:
            continue
        if sep == " " and not _SPACE_OR_WIDE.search(text[a:b]):
            continue
        cells = _split_cells(text, a, b, sep)
        if len(cells) < 3 or any(y - x < 2 or y - x > FRAME_HEADER_CELL_MAX + 6 for x, y in cells):
            continue
        cols = [TableColumn(_WHITESPACE.sub("", text[x:y]), x, y, frame_role(text[x:y])) for x, y in cells]
        if sum(1 for c in cols if c.role) * 2 < len(cols) or len(cols) > 10:
            continue  # a header names most of its columns by words the frame knows
        if any(c.role in (FRAME_PLAN, FRAME_PROGRESS) for c in cols):
            return sep, cols
    return None


def _frame_rows(text: str, lines: list[tuple[int, int]], i: int, sep: str, n: int):
    """Rows below a header at line ``i``: lines of ``n`` cells split by ``sep``, blank lines and a rule line (|---|)
    skipped; a row's cells in column order.  Returns (rows, index of the line after the table)."""
    rows: list = []
    k = i + 1
    while k < len(lines):
        s, e = lines[k]
        a, b = _trim(text, s, e)
        if a == b:
            k += 1
            if rows and k < len(lines) and _trim(text, *lines[k])[0] == _trim(text, *lines[k])[1]:
                break  # two blank lines end a table
            continue
        if b - a > FRAME_ROW_MAX:
            break
        if sep == "\t":
            a, b = _trim_blanks(text, s, e)  # \t1\t新建…: a tab opening a row leaves its first cell empty, no less a cell
        cells = _split_cells(text, a, b, sep)
        if sep in "|｜" and _is_rule(text, cells):
            k += 1
            continue
        if len(cells) != n:
            break
        rows.append(((a, b), cells))
        k += 1
    return rows, k


def _frame_line_rows(text: str, lines: list[tuple[int, int]], i: int):
    """A table written one cell a line (序号 / 项目内容 / 当前进度 / 责任单位, then 1 / 新建… / 已完成… / 县卫健局 …,
    each cell maybe closed by a bar): the header's lines from ``i``, then rows of as many lines opened by the row's
    number 1, 2, 3.  Returns (columns, rows, next line) or None."""
    def cell(k):
        s, e = lines[k]
        a, b = _trim(text, s, e)
        while b > a and text[b - 1] in "|｜ \u3000":
            b -= 1
        return a, b
    nonblank = [k for k in range(i, min(len(lines), i + 2000)) if cell(k)[1] > cell(k)[0]]
    cols: list[TableColumn] = []
    x = 0
    while x < len(nonblank) and len(cols) <= LINE_HEADER_MAX:
        a, b = cell(nonblank[x])
        if section_row(text, a, b) and x + 1 < len(nonblank) and _row_number(text[slice(*cell(nonblank[x + 1]))]):
            x += 1  # 一、经济发展 ⏎ 1: the first section's row between the header and the first row
            break
        if b - a > FRAME_HEADER_CELL_MAX + 6 or _row_number(text[a:b]) is not None or \
                _LINE_PROSE.search(text, a, b):
            break  # the first row's number (or prose: no table) ends the header
        cols.append(TableColumn(_WHITESPACE.sub("", text[a:b]), a, b, frame_role(text[a:b])))
        x += 1
    n = len(cols)
    if n < 3 or cols[0].role != FRAME_SERIAL or x >= len(nonblank) or \
            sum(1 for c in cols if c.role) * 2 < n or not any(c.role in (FRAME_PLAN, FRAME_PROGRESS) for c in cols):
        return None  # a header names most of its columns by words the frame knows
    last = lines[nonblank[x - 1]]
    closed = text[last[0]:last[1]].rstrip(" \u3000\r").endswith(("|", "｜"))
    rows = _serial_rows(text, lines[nonblank[x]][0], "|" if closed else "\n", n, closed, _spill_column(cols))
    if len(rows) < TABLE_MIN_ROWS:
        return None
    return cols, rows, bisect.bisect_right([ln[0] for ln in lines], rows[-1][0][1])


FRAME_STREAM_MAX = 6000  # characters after a row's number within which the next row's number is looked for


def _stream_cells(text: str, pos: int, sep: str, closed: bool):
    """The cells of a table's body from ``pos`` on, in order, as (start, end, closed): split at ``sep`` and at line
    ends, except that a table whose cells are each closed by a bar (``新建村级卫生室12个 |``) splits at bars only, so a
    cell written over several lines (a web table's paragraphs) stays one cell; a run not closed by a bar is then no
    cell (the prose after the table).  The text's last cell counts though no line end follows it."""
    end = min(len(text), pos + FRAME_STREAM_MAX)
    if sep in "|｜" and closed:
        p = pos
        for m in _BAR_SPLIT.finditer(text, pos, end):
            a, b = _trim(text, p, m.start())
            while a < b and text[a] in "\n\r":
                a = _trim(text, a + 1, b)[0]
            yield a, b, True
            p = m.end()
        return
    splitter = {"\n": r"\n", " ": r"[ \u3000]+|\n", "\t": r"\t|\n", "、": r"、|\n"}.get(sep, r"[|｜]|\n")
    p = pos
    for m in re.finditer(splitter, text[pos:end]):
        a, b = _trim(text, p, pos + m.start())
        yield a, b, m.group() != "\n"
        p = pos + m.end()
    if end == len(text) and (p < end or (p == end > pos and text[end - 1] == sep)):
        # the text's last cell, no line end after it (a Word table ending the file), empty when its row's last cell is
        yield (*_trim(text, p, end), False)


def _spill_column(cols: list[TableColumn]) -> int:
    """The first of the columns of who answers for a row and by when that close a header (… | 责任单位 | 完成时限), or
    -1: a table written one cell a line writes several units of one cell a line each (县水务局 / 县住建局), so a row
    may hold more lines than the header has columns, all of them in that cell."""
    k = len(cols)
    while k > 0 and cols[k - 1].role in (FRAME_OWNER, FRAME_TIME):
        k -= 1
    return k if k < len(cols) and any(c.role == FRAME_OWNER for c in cols[k:]) else -1


ROW_SPILL_MAX = 4  # lines more than its columns a row may hold in its columns of units (several units, one a line)


ROW_LINES_MERGED_MAX = 12  # lines a numbered row's merged number cell may run down over


def _merged_number_rows(text: str, run: list[tuple[int, int]], k: int, n: int, line_ends: set[int], last: bool):
    """The lines of a numbered row whose number cell is merged down over the lines below it (a Word table's row 2
    over two tasks: ``2 | 新建驿站5家 | 已建6家 | 卫健局`` then `` | 新增托位300个 | 已增320个 | ``, or the number and
    the unit written again on every line the merged cells span): each such line is a row of its own in the same
    columns, the number's item continued.  ``run`` holds the cells from the row's number (cell ``k`` of the stream)
    to the next row's; the ``last`` row's run is cut where its lines stop continuing it.  Returns the lines' cells (the first the numbered line), or None when the row is
    one line, or a line has not ``n`` cells or another number."""
    lines, line = [], []
    for x, cell in enumerate(run, start=k):
        line.append(cell)
        if x in line_ends:
            lines.append(line)
            line = []
    if line:
        lines.append(line)
    if not lines:
        return None
    number = text[slice(*lines[0][0])]

    def continued(ln):  # its number cell blank, or the row's number again (python-docx writes a merged cell so)
        return len(ln) == n and text[slice(*ln[0])] in ("", number) and not all(b == a for a, b in ln)
    if last:
        lines = lines[:next((z for z, ln in enumerate(lines[1:], start=1) if not continued(ln)), len(lines))]
    while len(lines) > 1 and all(b == a for a, b in lines[-1]):
        lines.pop()  # (an empty line closing the table)
    if len(lines) < 2 or len(lines[0]) != n or not all(continued(ln) for ln in lines[1:]):
        return None
    return lines


def _serial_rows(text: str, pos: int, sep: str, n: int, closed: bool, spill: int = -1):
    """Rows opened by their numbers 1, 2, 3 … in the serial column (the first): the cells from one row's number to the
    next's, empty cells left out when there are more than ``n`` (a web table's merged-cell debris), a row taken only
    when it has exactly ``n`` cells, or more when the surplus is a column of units written one a line (``spill``,
    the first column of who answers and by when: the surplus joins that column's cell).  Returns the rows as (span,
    cells)."""
    cells, line_ends = [], set()
    for a, b, more in _stream_cells(text, pos, sep, closed):
        if not more:
            line_ends.add(len(cells))
        cells.append((a, b))
    starts = []
    want = 1
    for k, (a, b) in enumerate(cells):
        if b > a and _row_number(text[a:b]) == want and (not starts or k - starts[-1] >= n - 1):
            starts.append(k)
            want += 1
        elif starts and k - starts[-1] > 4 * n + 8:
            break
    rows = []
    for r, k in enumerate(starts):
        nxt = starts[r + 1] if r + 1 < len(starts) else None
        run = cells[k:nxt] if nxt is not None else cells[k:k + 4 * n]
        merged = None
        if sep not in ("\n", " ") and not closed:
            merged = _merged_number_rows(text, run if nxt is not None else cells[k:k + ROW_LINES_MERGED_MAX * n], k,
                                         n, line_ends, nxt is None)
        if merged:
            rows.extend(((line[0][0], line[-1][1]), line) for line in merged)
            continue
        if len(run) != n:
            run = [c for c in run if c[1] > c[0] and not section_row(text, *c)]  # (二、民生保障: a section's row)
        if spill > 0 and sep == "\n" and n < len(run) <= n + ROW_SPILL_MAX and nxt is not None:
            tail = n - spill - 1  # (县水务局 / 县住建局 / 县护城河指挥部 / 12月底前: three units, then the time)
            run = run[:spill] + [(run[spill][0], run[len(run) - tail - 1][1])] + run[len(run) - tail:]
        if nxt is None:
            run = run[:n]
            if not closed and sep != "\n":  # a row written on one line: its cells are on its number's line
                line_end = text.find("\n", cells[k][0])
                run = [c for c in run if line_end < 0 or c[0] <= line_end]
        if len(run) != n:
            continue
        rows.append(((run[0][0], run[-1][1]), run))
    return rows


# 目标任务:新建村级卫生室12个;进展情况:已完成10个;责任单位:县卫健局 — a row written as a line of labelled fields
_FIELD_LABEL = rx.compile(r"(?:^|(?<=[\s。；;,，)）.、．]))(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff\d—-]{1,17})[:：]")
_FIELD_HEAD = rx.compile(r"\s*(?:[(（]?[\d一二三四五六七八九十]{1,3}[)）.、．]|[一二三四五六七八九十]是)?\s*")
FIELD_HEAD_MAX = 30  # characters of a line's head before its first field: the row's item (1.村级卫生室建设)


def _field_frames(text: str, lines: list[tuple[int, int]]) -> list[TableFrame]:
    """Rows written as lines of labelled fields (目标任务:… 进展情况:… 责任单位:…), one frame per line: a field's
    label is its column's header.  Sure when a plan field stands beside a progress field, or a progress field after a
    short head naming the row's item (1.村级卫生室建设。进展情况:已完成10个)."""
    out: list[TableFrame] = []
    for s, e in lines:
        if e - s < 8 or e - s > 2 * FRAME_ROW_MAX or ":" not in text[s:e] and "：" not in text[s:e]:
            continue
        labels = [(m.start("label"), m.end(), m.group("label"), frame_role(m.group("label")))
                  for m in _FIELD_LABEL.finditer(text, s, e)]
        labels = [x for x in labels if x[3] in (FRAME_PLAN, FRAME_PROGRESS, FRAME_OWNER, FRAME_TIME)]
        if not labels or not any(x[3] == FRAME_PROGRESS for x in labels):
            continue
        cols: list[TableColumn] = []
        cells: list[tuple[int, int]] = []
        hs = _FIELD_HEAD.match(text, s).end()
        head = _trim(text, hs, labels[0][0])
        head = (head[0], head[1] - 1 if head[1] > head[0] and text[head[1] - 1] in "。;；,，" else head[1])
        if head[1] > head[0] and head[1] - head[0] <= FIELD_HEAD_MAX:
            cols.append(TableColumn(text[head[0]:head[1]], head[0], head[1], FRAME_NAME))
            cells.append(head)
        for k, (a, b, name, role) in enumerate(labels):
            nxt = labels[k + 1][0] if k + 1 < len(labels) else e
            cols.append(TableColumn(name, a, b, role))
            cells.append(_trim(text, b, nxt))
        decision, confidence, reason = _frame_decision(cols)
        if decision:
            out.append(TableFrame(s, e, (labels[0][0], labels[-1][1]), ":", cols, [((s, e), cells)], decision,
                                  confidence, reason))
    return out


BLANK_FRAME_DECISION = "columns"  # a table set apart by blanks whose header names every column: each its measure
BLANK_FRAME_AGREE = 0.75  # the share of rows with as many cells as the header (its serial left out) a frame needs
BLANK_FRAME_MIN_ROWS = 3  # rows agreeing with the header, unless every row does


def _column_word(name: str) -> bool:
    """Does a header cell name a column (序号, 县(市、区), 项目个数, 总投资(亿元), 1-9月完成投资, 完成率, 责任单位)?"""
    base, unit = _split_unit(name)
    base = _FRAME_TIME_HEAD.sub("", base) or base
    if _TIME_COLUMN.fullmatch(base) or base in zh.TABLE_TIME_GROUP_HEADS:
        return True  # 2025年 / 一季度 / 1-9月 / 本月 / 累计: the time a column's figures hold in
    return bool(unit) or name in zh.TABLE_HEADER_WORDS or base in zh.TABLE_HEADER_WORDS or _label_head(base) or \
        base in zh.TABLE_INDICATOR_HEADS or bool(column_role(base)) or bool(frame_role(name)) or \
        _measure_name(base) or _counted_column(base) or base.endswith(zh.TABLE_TEXT_COLUMN_ENDS)



def _bare_measure(name: str) -> bool:
    """Does a column without a unit hold figures of a measure (项目个数, 总投资, 年度计划, 1-9月完成投资), not the
    row's number, name, place, owner, time or text?"""
    base = _FRAME_TIME_HEAD.sub("", _split_unit(name)[0]) or name
    if _TIME_COLUMN.fullmatch(_WHITESPACE.sub("", _split_unit(name)[0])):
        return True  # 2025年 | 2026年: the row's measure in each year
    return frame_role(name) not in (FRAME_SERIAL, FRAME_OWNER, FRAME_TIME, FRAME_NAME) and not _label_head(base) \
        and base not in zh.TABLE_INDICATOR_HEADS and not base.endswith(zh.TABLE_TEXT_COLUMN_ENDS) \
        and (_measure_name(base) or _counted_column(base))


def _counted_column(base: str) -> bool:
    """签约项目 / 新开工项目 / 规上企业: a column named by the things it counts, longer than the bare 项目 that heads a
    list's names; 按时办结 / 未办结 / 受理: one named by what was done to the cases it counts."""
    return len(base) > 2 and base.endswith(zh.TABLE_COUNTED_COLUMN_ENDS) and base not in zh.TABLE_HEADER_WORDS or \
        base.endswith(zh.TABLE_HANDLED_COLUMN_ENDS)  # (按时办结 / 未办结: the cases so handled)


def _blank_frame(text: str, header: list[tuple[int, int, str]], rows: list) -> TableFrame:
    """The frame of a table set apart by blanks (single spaces too): sure ("columns") when every header cell names a
    column and the rows agree with it, each as many cells as the header (or one fewer, the serial left out), at least
    ``BLANK_FRAME_MIN_ROWS`` of them (or all) and ``BLANK_FRAME_AGREE`` of the rows; the evidence is the header and
    the count.  Unsure, the decision is "" and it changes nothing.  Prose with blanks from a PDF (2020 年,全市 地区生产
    总值为 424.74 亿元) has no header of column names over it."""
    names = [_WHITESPACE.sub("", text[a:b]) for a, b, _ in header]
    n = len(names)
    serial = bool(names) and names[0] in zh.TABLE_SERIAL_HEADS
    known = sum(1 for x in names if _column_word(x))
    agree: list = []
    for cells, span in rows:
        if len(cells) == n:
            agree.append((span, list(cells)))
        elif serial and len(cells) == n - 1 and _row_number(text[cells[0][0]:cells[0][1]]) is None:
            agree.append((span, [(cells[0][0], cells[0][0])] + list(cells)))  # the row's number left out
        elif not serial and len(cells) == n + 1 and _row_number(text[cells[0][0]:cells[0][1]]) is not None:
            agree.append((span, list(cells[1:])))  # a row's number under a header that names no 序号
    share = len(agree) / len(rows) if rows else 0.0
    sure = known == n and (len(agree) >= BLANK_FRAME_MIN_ROWS and share >= BLANK_FRAME_AGREE or
                           len(agree) == len(rows) >= TABLE_MIN_ROWS)
    cols = [TableColumn(x, a, b, frame_role(x)) for x, (a, b, _) in zip(names, header)]
    reason = f"{known} of {n} header cells name columns; {len(agree)} of {len(rows)} rows have {n} cells"
    return TableFrame(header[0][0], rows[-1][1][1] if rows else header[-1][1], (header[0][0], header[-1][1]), " ",
                      cols, agree, BLANK_FRAME_DECISION if sure else "", share if sure else 0.0, reason)


def table_frames(text: str) -> list[TableFrame]:
    """The frame of every table written as text whose header names its columns' roles: cells set apart by tabs
    (Word and web tables as the loaders give them), bars, the enumeration comma or blanks, or one cell a line.
    Only tables whose decision is sure are returned (see ``TableFrame``): "progress" (a plan column beside a progress
    column), or "columns" for a table set apart by blanks whose header of column names its rows agree with
    (``_blank_frame``)."""
    out: list[TableFrame] = []
    lines = _lines(text)
    i = 0
    while i < len(lines):
        s, e = lines[i]
        found = None
        head = _frame_header(text, s, e)
        if head is not None:
            sep, cols = head
            if cols[0].role == FRAME_SERIAL:
                closed = sep in "|｜" and text[s:e].rstrip(" \u3000\r").endswith(sep)
                rows = _serial_rows(text, e + 1, sep, len(cols), closed)
                k = bisect.bisect_right([ln[0] for ln in lines], rows[-1][0][1]) if rows else i + 1
            else:
                rows, k = _frame_rows(text, lines, i, sep, len(cols))
            if len(rows) >= 1:
                found = (sep, cols, rows, k)
        if found is None and 0 < e - s <= FRAME_HEADER_CELL_MAX + 8 and frame_role(text[s:e]) == FRAME_SERIAL:
            t = _frame_line_rows(text, lines, i)
            if t is not None:
                found = ("\n", *t)
        if found is None:
            i += 1
            continue
        sep, cols, rows, k = found
        decision, confidence, reason = _frame_decision(cols)
        if decision:
            out.append(TableFrame(cols[0].start, rows[-1][0][1], (cols[0].start, cols[-1].end), sep, cols, rows,
                                  decision, confidence, reason))
        i = max(k, i + 1)
    inside = [(f.start, f.end) for f in out]
    out += [f for f in _field_frames(text, lines) if not any(a <= f.start < b for a, b in inside)]
    inside = [(f.start, f.end) for f in out]
    out += [f for *_, f in _blank_frames(text) if f.decision and not any(a <= f.start < b for a, b in inside)]
    return sorted(out, key=lambda f: f.start)


# --------------------------------------------------------------------------- tables of projects

@dataclass
class NamedRow:
    """A row of a table whose header names a column of projects' names (项目名称): the name cell's span and the
    cells that say where the project stands, each with its header (建设性质 | 续建, 进展情况 | 主体完工)."""
    name: tuple[int, int]
    stage_cells: list[tuple[str, int, int]]


NAMED_ROW_MAX_CELL = 40  # characters of a name cell


def _name_column(cell: str) -> bool:
    return cell.endswith(zh.TABLE_NAME_COLUMN_ENDS) or cell in zh.TABLE_PROJECT_NAME_HEADS


def _stage_column(cell: str) -> bool:
    """Does a header cell name a column that says where its row's project stands (建设性质, 进展情况, 形象进度)?  The
    columns of what is built (建设内容, 建设规模) are no such column: 新建生产线2条 describes the works."""
    return frame_role(cell) == FRAME_PROGRESS or _split_unit(cell)[0].endswith(zh.TABLE_STAGE_COLUMN_ENDS)


def _row_cells(text: str, s: int, e: int, sep: str) -> list[tuple[int, int]]:
    cells = _split_cells(text, s, e, sep)
    return [] if all(set(text[a:b]) <= set("-—:： ") for a, b in cells) else cells  # a rule line |---|---|


def named_rows(text: str) -> list[NamedRow]:
    """The rows of every table whose header names a column of projects' names (项目名称 | 建设性质 | 建设内容 |
    总投资 | 进展情况), its cells set apart by tabs, bars or blanks: one row a line, as many cells as the header.  A
    table goes on over blank lines and ends at the first line of another shape (a heading 二、新开工项目, prose); a
    header repeated under the next heading opens the next table."""
    out: list[NamedRow] = []
    lines = _lines(text)
    i = 0
    while i < len(lines):
        s, e = lines[i]
        found = None
        for sep in ("\t", "|", "｜", " "):
            if sep != " " and sep not in text[s:e] or sep == " " and not _SPACE_OR_WIDE.search(text[s:e]):
                continue
            cells = _row_cells(text, *_trim(text, s, e), sep)
            names = [_WHITESPACE.sub("", text[a:b]) for a, b in cells]
            if len(cells) >= 3 and all(0 < len(x) <= FRAME_HEADER_CELL_MAX + 6 for x in names):
                cols = [j for j, x in enumerate(names) if _name_column(x)]
                if len(cols) == 1:
                    found = (sep, cols[0], [j for j, x in enumerate(names) if _stage_column(x) or
                                            x in zh.TABLE_NOTE_HEADS], names)  # 备注 | 续建: the row's stage
                    break
        i += 1
        if found is None:
            continue
        sep, col, stage_cols, names = found
        while i < len(lines):
            a, b = _trim(text, *lines[i])
            if a == b:
                i += 1
                continue
            cells = _row_cells(text, a, b, sep)
            if not cells:
                i += 1
                continue
            if len(cells) == 1 and len(names) > 1 and _group_row(text, lines, i):
                i += 1  # 二、新开工项目（8项）: a row naming the group of the rows below it (their stage: _row_stage)
                continue
            if len(cells) != len(names):
                break
            na, nb = cells[col]
            label = text[na:nb]
            if 2 <= nb - na <= NAMED_ROW_MAX_CELL and label not in zh.TABLE_TOTAL_ROWS and not _name_column(label):
                out.append(NamedRow((na, nb), [(names[j], *cells[j]) for j in stage_cols]))
            i += 1
    taken = {r.name for r in out}
    i = 0
    while i < len(lines):
        table = _serial_line_table(text, lines, i)  # 序号 / 项目名称 / … / 备注, then 1 / 甲工程 / … / 续建: a cell a line
        if table is None:
            i += 1
            continue
        head, rows, i = table
        names = [_split_unit(h[2])[0] for h in head]
        col = next(j for j, x in enumerate(names) if _name_column(x))
        stage_cols = [j for j, x in enumerate(names) if _stage_column(x) or x in zh.TABLE_NOTE_HEADS]
        for cells, _ in rows:
            na, nb = cells[col]
            if 2 <= nb - na <= NAMED_ROW_MAX_CELL and (na, nb) not in taken and text[na:nb] not in zh.TABLE_TOTAL_ROWS:
                out.append(NamedRow((na, nb), [(names[j], *cells[j]) for j in stage_cols]))
    return sorted(out, key=lambda r: r.name)
