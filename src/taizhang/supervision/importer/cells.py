"""One cell → one value: percentages, numbers, statuses, milestones, dates.  Pure functions; each raises
ValueError with a Chinese message that the preview shows next to the cell."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from .fields import status_synonyms

STATUS_LABELS = {"draft": "草稿", "registered": "立项", "assigned": "交办", "accepted": "签收",
                 "in_progress": "办理中", "completion_requested": "申请办结", "closed": "办结", "returned": "退回",
                 "suspended": "中止"}

_DATE = re.compile(r"^\s*(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])?\s*(?:(\d{1,2})\s*日?|(底|末))?\s*$")
_YEAR_END = re.compile(r"^\s*(\d{4})\s*年\s*(?:底|末|年底)\s*$")


def parse_date(value) -> dt.date:
    """2025-06-30, 2025/6/30, 2025年6月30日, 2025年6月(底) → month end, 2025年底 → Dec 31, or a date cell."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    m = _YEAR_END.match(s)
    if m:
        return dt.date(int(m.group(1)), 12, 31)
    m = _DATE.match(s)
    if not m:
        raise ValueError(f"无法识别的日期「{s}」(例: 2025-06-30 或 2025年6月底)")
    y, mo = int(m.group(1)), int(m.group(2))
    if m.group(3):
        return dt.date(y, mo, int(m.group(3)))
    return dt.date(y, mo, calendar.monthrange(y, mo)[1])


_MILESTONE = re.compile(r"^\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末)?"
                        r"|\d{4}\s*年\s*(?:底|末))\s*前?\s*[:：]?\s*(?:完成)?\s*(\d+(?:\.\d+)?)\s*%\s*(.*?)\s*$")


def parse_milestones(value) -> list[tuple[dt.date, float, str]]:
    """'2025-03-31 30% 完成立项；2025-06-30 60%' → [(date, 30.0, '完成立项'), (date, 60.0, '')]."""
    if value in (None, ""):
        return []
    out = []
    for part in re.split(r"[;；\n]+", str(value)):
        if not part.strip():
            continue
        m = _MILESTONE.match(part)
        if not m:
            raise ValueError(f"无法识别的节点「{part.strip()}」(例: 2025-06-30 60% 主体完工)")
        p = float(m.group(2))
        if not 0 <= p <= 100:
            raise ValueError(f"节点进度须在 0-100%: 「{part.strip()}」")
        out.append((parse_date(m.group(1)), p, m.group(3)))
    return out


def format_milestones(ms) -> str:
    return "；".join(f"{d.isoformat()} {p:g}%" + (f" {t}" if t else "") for d, p, t in ms)


_PERCENT = re.compile(r"^\s*(?:完成)?\s*(\d+(?:\.\d+)?)\s*[%％]?\s*$")


def parse_percent(value, number_format: str = "") -> float | None:
    """45, 45%, 0.45 in a percent-formatted cell → 45.0; text that is no number → None (kept as progress text)."""
    if value in (None, ""):
        return 0.0
    if isinstance(value, bool):
        raise ValueError(f"完成率应为 0-100 的数字,得到「{value}」")
    if isinstance(value, (int, float)):
        v = float(value) * (100 if "%" in (number_format or "") else 1)
    else:
        m = _PERCENT.match(str(value))
        if not m:
            return None
        v = float(m.group(1))
    if not 0 <= v <= 100:
        raise ValueError(f"完成率应在 0-100 之间,得到「{value}」")
    return v


def parse_status(value) -> str | None:
    """A status word (办理中, 正在办理, 已销号, 持续推进, ...) → a Status value; blank → None."""
    if value in (None, ""):
        return None
    s = re.sub(r"\s+", "", str(value))
    if s in STATUS_LABELS:
        return s
    for v, label in STATUS_LABELS.items():
        if s == label:
            return v
    table = status_synonyms()
    if s in table:
        return table[s]
    pct = re.search(r"(\d+(?:\.\d+)?)\s*[%％]", s)
    if pct and float(pct.group(1)) < 100:
        return "in_progress"     # 已完成80%: four fifths done, not finished
    # 已完成（2023年5月）, 正在推进,预计年底完成: the leading words decide
    for word in sorted((w for w in table if not w.startswith("done_")), key=len, reverse=True):
        if s.startswith(word):
            return table[word]
    raise ValueError(f"未知的推进状态「{value}」")


def parse_done(value) -> str | None:
    """是/否 (or √/×, 已完成/未完成) in a 是否完成 column → closed / in_progress; blank → None."""
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        return "closed" if value else "in_progress"
    s = re.sub(r"\s+", "", str(value))
    table = status_synonyms()
    for key in (f"done_{s}", f"done_{s[:1]}", f"done_{s[:3]}"):
        if key in table:
            return table[key]
    if s in table:
        return table[s]
    raise ValueError(f"「是否完成」应为 是/否,得到「{value}」")


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def parse_number(value) -> float | None:
    """12.5, '12.5亿元', '1,200' → a float; blank → None; anything else raises."""
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise ValueError(f"应为数字,得到「{value}」")
    if isinstance(value, (int, float)):
        return float(value)
    s = str(value).replace(",", "").replace("，", "").strip()
    m = _NUMBER.search(s)
    if not m or len(_NUMBER.sub("", s).strip(" 亿万元()（）")) > 0:
        raise ValueError(f"应为数字,得到「{value}」")
    return float(m.group(0))


def unescape_formula(v):
    """The apostrophe older exports put before =, +, - and @ (and some offices type), taken off on import."""
    if isinstance(v, str) and len(v) > 1 and v[0] == "'" and v[1] in ("=", "+", "-", "@", "\t", "\r"):
        return v[1:]
    return v
