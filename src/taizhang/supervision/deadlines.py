"""Deadlines as offices write them, read into a date, a reporting cycle, or "no fixed date".

A 完成时限 cell is rarely an ISO date.  Offices write 2023年12月底前, 6月30日, 上半年, 三季度, 每月25日前, 长期坚持,
立行立改.  `parse_deadline` reads each into a `Deadline` that keeps the original wording next to what it means:

- a fixed date (…底前, 6月30日, 上半年 → 6-30, 三季度 → 9-30; the year of the sheet or its title when none is
  written);
- a recurring report cycle (每月25日前 → monthly, on the 25th);
- ongoing work with no fixed date but periodic reporting (长期坚持, 持续整改, 持续推进, 常态化);
- immediate work (立即办理, 立行立改): a short default deadline counted from the import day, which the office sets
  (settings.TAIZHANG_IMMEDIATE_DAYS, or per import).

When several dates are written (「6月底前完成设计，12月底前完工」) the last one is the deadline, and when each part
of the cell gives a date, in time order, the parts are the item's nodes (`Deadline.nodes`: the importer makes one
milestone per node with its words).  Wording that says
nothing recognisable is kept as text with `kind="unknown"` so a person sees it; it is never dropped.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

DEFAULT_IMMEDIATE_DAYS = 15

FIXED, RECURRING, ONGOING, IMMEDIATE, UNKNOWN, EMPTY = "fixed", "recurring", "ongoing", "immediate", "unknown", ""
KIND_LABELS = {FIXED: "固定时限", RECURRING: "定期报送", ONGOING: "长期推进(定期报送)", IMMEDIATE: "立即办理",
               UNKNOWN: "未识别", EMPTY: "未填写"}


@dataclass
class Deadline:
    text: str                      # the wording as written
    kind: str = EMPTY              # fixed | recurring | ongoing | immediate | unknown | "" (blank cell)
    date: dt.date | None = None    # the date it resolves to (fixed, immediate)
    cycle: str | None = None       # reporting cycle for recurring / ongoing: weekly | half_monthly | monthly | quarterly
    day: int | None = None         # day of the cycle the report is due (每月25日前 → 25)
    year_assumed: bool = False     # the year came from the sheet, not the cell
    # a deadline written as several nodes (3月底前完成选址；6月底前开工；12月底前主体完工): (date, the node's words)
    # in order, the last one the deadline; empty when one date is written
    nodes: list[tuple[dt.date, str]] = field(default_factory=list)

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    def describe(self) -> str:
        """A short Chinese reading for the preview: 2023年12月31日, 每月25日前报送, 长期推进, ..."""
        if self.kind in (FIXED, IMMEDIATE) and self.date:
            extra = "(年份取自表格)" if self.year_assumed else ""
            d = self.date
            return f"{d.year}年{d.month}月{d.day}日{extra}" + ("(立即办理默认时限)" if self.kind == IMMEDIATE else "")
        if self.kind == RECURRING:
            return f"{CYCLE_LABELS.get(self.cycle or '', '定期')}报送" + (f"(每期{self.day}日前)" if self.day else "")
        if self.kind == ONGOING:
            return f"无固定时限,{CYCLE_LABELS.get(self.cycle or '', '定期')}报送进展"
        return self.label


CYCLE_LABELS = {"weekly": "每周", "half_monthly": "每半月", "monthly": "每月", "quarterly": "每季度"}

_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
           "十一": 11, "十二": 12}
ONGOING_WORDS = ("长期坚持", "持续整改", "持续推进", "长期推进", "常态化", "持续开展", "长期开展", "长期执行",
                 "持续落实", "长期落实", "持续", "长期", "久久为功", "常年", "长效")
IMMEDIATE_WORDS = ("立行立改", "立即办理", "立即整改", "立即落实", "立即", "即知即改", "马上办", "即时办理", "立改")


def _normalise(s: str) -> str:
    s = s.translate(str.maketrans("０１２３４５６７８９．／－～", "0123456789./-~"))
    s = re.sub(r"\s+", "", s)
    # Chinese month numbers: 十二月 → 12月 (months only; 三季度 is handled apart)
    s = re.sub(r"(十[一二]|[一二三四五六七八九十])(?=月)", lambda m: str(_CN_NUM[m.group(1)]), s)
    return s


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_Y = r"(?:(?P<y>(?:19|20)\d{2})\s*(?:年|[-./]))?"
# the alternatives, most specific first; each yields (date, year_written)
_PATTERNS = [
    ("ymd", re.compile(r"(?P<y>(?:19|20)\d{2})[-./年](?P<m>\d{1,2})[-./月](?P<d>\d{1,2})日?")),
    ("md", re.compile(r"(?<!\d)(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")),
    ("mx", re.compile(_Y + r"(?P<m>\d{1,2})月(?:份)?(?P<x>底|末|上旬|中旬|下旬|初|中)?")),
    ("ym", re.compile(r"(?P<y>(?:19|20)\d{2})[-./](?P<m>\d{1,2})(?![\d])")),
    ("half", re.compile(_Y + r"(?P<h>上|下)半年")),
    ("quarter", re.compile(_Y + r"(?P<pre>前)?(?:第)?(?P<q>[一二三四1-4])季度(?:末|底)?")),
    ("qx", re.compile(_Y + r"Q(?P<q>[1-4])", re.I)),
    ("year", re.compile(r"(?P<y>(?:19|20)\d{2})年?(?:年底|年末|底|末|年内|内|全年|前|年)?(?!\d)")),
    ("yearend", re.compile(r"(?:年底|年末|年内|今年|本年度|全年)")),
]
_RANGE = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—~至到]\s*(?P<y>(?:19|20)\d{2})\s*年?")
_RECURRING = re.compile(r"[每按](?P<c>周|月|季度|季|半月|旬|年)(?:的?(?:第)?(?P<d>\d{1,2})(?:日|号))?(?:前|之前|以前)?")


def _resolve(kind: str, m: re.Match, year: int) -> tuple[dt.date | None, bool]:
    g = m.groupdict()
    written = bool(g.get("y"))
    y = int(g["y"]) if written else year
    if kind == "ymd":
        return _safe_date(y, int(g["m"]), int(g["d"])), True
    if kind == "md":
        return _safe_date(y, int(g["m"]), int(g["d"])), False
    if kind in ("mx", "ym"):
        mo = int(g["m"])
        if not 1 <= mo <= 12:
            return None, written
        x = g.get("x") or ""
        day = {"上旬": 10, "初": 10, "中旬": 20, "中": 20}.get(x)
        return (dt.date(y, mo, day) if day else _month_end(y, mo)), written
    if kind == "half":
        return (dt.date(y, 6, 30) if g["h"] == "上" else dt.date(y, 12, 31)), written
    if kind in ("quarter", "qx"):
        q = g["q"]
        q = _CN_NUM.get(q, None) or int(q)
        return _month_end(y, q * 3), written
    if kind == "year":
        return dt.date(y, 12, 31), True
    if kind == "yearend":
        return dt.date(year, 12, 31), False
    return None, written


def parse_deadline(value, year: int | None = None, today: dt.date | None = None,
                   immediate_days: int | None = None) -> Deadline:
    """Read one 完成时限 cell.  `year` is the sheet's year (from its title), used when the cell gives none."""
    today = today or dt.date.today()
    year = year or today.year
    if isinstance(value, dt.datetime):
        return Deadline(value.date().isoformat(), FIXED, value.date())
    if isinstance(value, dt.date):
        return Deadline(value.isoformat(), FIXED, value)
    text = "" if value is None else (str(int(value)) if isinstance(value, float) and value.is_integer() else str(value))
    text = text.strip()
    if not text:
        return Deadline("")
    s = _normalise(text)

    rec = _RECURRING.search(s)
    if rec:
        cycle = {"周": "weekly", "月": "monthly", "半月": "half_monthly", "旬": "half_monthly", "季度": "quarterly",
                 "季": "quarterly", "年": "quarterly"}[rec.group("c")]
        # 每月25日前 is a report cycle; if a fixed date is written as well (「每月报送,12月底前完成」) it wins
        fixed = _fixed(s.replace(rec.group(0), " "), year)
        if fixed[0]:
            return Deadline(text, FIXED, fixed[0], cycle=cycle, year_assumed=fixed[1])
        day = int(rec.group("d")) if rec.group("d") else None
        return Deadline(text, RECURRING, None, cycle, day)

    if any(w in s for w in IMMEDIATE_WORDS):
        days = immediate_days if immediate_days is not None else _setting_days()
        return Deadline(text, IMMEDIATE, today + dt.timedelta(days=days))

    date, assumed = _fixed(s, year)
    if date:
        nodes = parse_nodes(text, year)
        if nodes:
            date = nodes[-1][0]
        return Deadline(text, FIXED, date, year_assumed=assumed, nodes=nodes)
    if any(w in s for w in ONGOING_WORDS):
        return Deadline(text, ONGOING, None, "monthly")
    return Deadline(text, UNKNOWN)


def _fixed(s: str, year: int) -> tuple[dt.date | None, bool]:
    """The latest date written in `s` (and whether its year was assumed), or (None, False)."""
    rng = _RANGE.search(s)
    if rng:   # 2023-2025年 → the end of the range
        return dt.date(int(rng.group("y")), 12, 31), False
    found: list[tuple[dt.date, bool]] = []
    taken = [False] * len(s)
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(s):
            if any(taken[m.start():m.end()]) or m.end() == m.start():
                continue
            date, written = _resolve(kind, m, year)
            if date is None:
                continue
            for k in range(m.start(), m.end()):
                taken[k] = True
            found.append((date, not written and kind not in ("ymd", "year")))
    if not found:
        return None, False
    # a year written once in the cell («2024年3月底完成设计，6月底完工») carries to the later dates
    written_years = [int(y) for y in re.findall(r"((?:19|20)\d{2})年", s)]
    if written_years:
        found = [(d.replace(year=written_years[-1]) if assumed and d.year == year else d,
                  False if assumed else assumed) for d, assumed in found]
    date, assumed = max(found, key=lambda x: x[0])
    return date, assumed


_NODE_SPLIT = re.compile(r"[;；\n]+|[,，。](?=\s*(?:(?:19|20)\d{2}\s*年)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月)")


def parse_nodes(text: str, year: int) -> list[tuple[dt.date, str]]:
    """A deadline written as nodes, one date each, in time order: [(date, words), ...]; [] for a single date.

    Parts are split at ；/line breaks (and at ，。 before a month); each part must give a date.  A year written in
    one node carries to the nodes after it (「2024年3月底前完成选址；6月底前开工」)."""
    parts = [p.strip(" \t、") for p in _NODE_SPLIT.split(text) if p and p.strip(" \t、")]
    if len(parts) < 2:
        return []
    out: list[tuple[dt.date, str]] = []
    current = year
    for part in parts:
        s = _normalise(part)
        if _RANGE.search(s):
            return []
        written = re.findall(r"((?:19|20)\d{2})年", s)
        date, _ = _fixed(s, current)
        if date is None:
            return []           # a part with no date: one deadline with words around it, not nodes
        if written:
            current = int(written[-1])
        out.append((date, part))
    if any(b[0] < a[0] for a, b in zip(out, out[1:])):
        return []               # not in time order: not a schedule of nodes
    return out


def _setting_days() -> int:
    try:
        from django.conf import settings
        return int(getattr(settings, "TAIZHANG_IMMEDIATE_DAYS", DEFAULT_IMMEDIATE_DAYS))
    except Exception:  # outside Django (pure use): the built-in default
        return DEFAULT_IMMEDIATE_DAYS


_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def year_of_title(*texts: str) -> int | None:
    """The year a sheet is about, from its title row or sheet name (「2023年重点工作任务分解表」 → 2023)."""
    for t in texts:
        m = _TITLE_YEAR.search(str(t or ""))
        if m:
            return int(m.group(1))
    for t in texts:
        m = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", str(t or ""))
        if m:
            return int(m.group(1))
    return None
