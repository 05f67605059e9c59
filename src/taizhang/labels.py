"""The Chinese words for every code value a person may see: one place for the site, the paperwork and report.html.

Code keeps the English names of GLOSSARY.md (``growth``, ``work_report``, ``..2025``); pages never show them.
Pure Python with no Django import, so ``extract`` (report.html) can use it as well as the ledger and
supervision templates (through the ``labels`` template library in ``ledger/templatetags``).

Unknown values come back unchanged rather than raising: a label is a courtesy, never a reason for a page to fail.
"""
from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Shanghai")
UNSTATED = "未注明"

FACT_KIND = {"target": "目标", "actual": "实绩"}
MEASURE = {"level": "总量", "count": "数量", "growth": "增速", "share": "占比", "rank": "排名", "delta": "差值"}
COMPARATOR = {"=": "", ">=": "不低于", ">": "超过", "<=": "不超过", "<": "低于", "~": "约"}
COMPARATOR_OPTION = {"=": "等于", ">=": "不低于", ">": "超过", "<=": "不超过", "<": "低于", "~": "约"}
DOC_TYPE = {"work_report": "政府工作报告", "report": "统计报告", "notice": "通知通报", "plan": "规划计划",
            "interview": "访谈", "news": "新闻报道"}
DOC_FORMAT = {"txt": "纯文本", "html": "网页", "pdf": "PDF 文件", "docx": "Word 文件", "doc": "Word 文件"}
PROJECT_STAGE = {"proposed": "谋划", "planned": "计划", "under_construction": "在建", "completed": "竣工",
                 "operating": "投产", "unknown": "阶段未知"}
INVESTMENT_KIND = {"planned": "计划投资", "completed": "完成投资"}
TASK_KIND = {"item": "条目", "enumeration": "列举", "bullet": "要点"}
SECTION_KIND = {"chapter": "章", "item": "条", "enumeration": "列举", "bullet": "要点", "question": "问",
                "interview": "访谈", "box": "专栏", "glossary": "名词解释"}
FLAG = {"lowered": "目标下调", "deadline_moved": "时限推迟", "not_mentioned": "近期未提及"}
NOISE_REASON = {"chrome": "页面框架", "footer": "页脚", "spam": "插入的无关内容", "markup": "网页标记", "css": "样式",
                "script": "脚本", "duplicate-title": "重复标题", "disclaimer": "免责声明", "entity": "字符实体",
                "pdf-join": "PDF 断行"}
WARNING = {"red": "红色预警", "yellow": "黄色预警", "blue": "蓝色预警", "": "正常", "none": "正常",
           "report": "未按期报送"}
RECORD_TYPE = {"fact": "量化表述", "project": "项目", "section": "章节", "glossary": "名词解释", "person": "人物",
               "region": "行政区划", "noise": "噪声"}
ISSUE = {"unplaced": "无法定位", "inconsistent": "与原文不符"}

# every table above by a short name, for the template filter ``{{ value|label:"measure" }}``
TABLES: dict[str, dict[str, str]] = {
    "kind": FACT_KIND, "measure": MEASURE, "comparator": COMPARATOR, "comparator_option": COMPARATOR_OPTION, "doc_type": DOC_TYPE, "format": DOC_FORMAT,
    "stage": PROJECT_STAGE, "investment": INVESTMENT_KIND, "task_kind": TASK_KIND, "section_kind": SECTION_KIND,
    "flag": FLAG, "noise": NOISE_REASON, "warning": WARNING, "record": RECORD_TYPE, "issue": ISSUE,
}


def label(value, table: str) -> str:
    """``label("growth", "measure")`` → 增速; a value the table does not know comes back as it is."""
    if value is None:
        return ""
    return TABLES.get(table, {}).get(str(value), str(value))


# --------------------------------------------------------------------------- periods

_ORD = "一二三四"
_Y = r"(\d{4}|\?)"
_PERIOD_PATTERNS: list[tuple[re.Pattern, object]] = [
    (re.compile(rf"^{_Y}$"), lambda m: f"{_year(m[1])}"),
    (re.compile(rf"^{_Y}-H([12])$"), lambda m: f"{_year(m[1])}{'上' if m[2] == '1' else '下'}半年"),
    (re.compile(rf"^{_Y}-Q([1-4])$"), lambda m: f"{_year(m[1])}第{_ORD[int(m[2]) - 1]}季度"),
    (re.compile(rf"^{_Y}-M(\d\d)$"), lambda m: f"{_year(m[1])}{int(m[2])}月"),
    (re.compile(rf"^{_Y}-M(\d\d)\.\.M(\d\d)$"), lambda m: f"{_year(m[1])}{int(m[2])}—{int(m[3])}月"),
    (re.compile(rf"^{_Y}\.\.{_Y}$"), lambda m: f"{m[1]}—{m[2]}年" if "?" not in m[0] else f"{_year(m[1])}至{_year(m[2])}"),
]


RECURRING = {"each-year": "每年", "each-half": "每半年", "each-quarter": "每季度", "each-month": "每月",
             "each-week": "每周", "ongoing": "长期坚持"}


def _year(y: str) -> str:
    return "年份未注明" if y == "?" else f"{y}年"


def period_label(period: str | None, kind: str = "target") -> str:
    """``..2025`` → 2025年前 (an actual: 截至2025年), ``each-year`` → 每年, ``2023-H1`` → 2023年上半年, ``?`` → 未注明.

    Follows the period grammar of the gold schema; anything else is returned as written.
    """
    p = (period or "").strip()
    if not p:
        return ""
    if p in ("?", "..?"):
        return UNSTATED if p == "?" else "年底前(年份未注明)"
    if p in RECURRING:
        return RECURRING[p]
    if p.startswith(".."):
        inner = period_label(p[2:], kind)
        return f"截至{inner}" if kind == "actual" else f"{inner}前"
    for rx, fmt in _PERIOD_PATTERNS:
        m = rx.match(p)
        if m:
            return fmt(m)
    return p


def period_deadline_words(period: str | None) -> str:
    """A period as a deadline phrase for paperwork (到2025年, 每年); same grammar as ``period_label``."""
    p = (period or "").strip()
    if p.startswith(".."):
        return "到" + period_label(p[2:])
    return period_label(p)


# --------------------------------------------------------------------------- values

def comparator_value(comparator: str | None, value, unit: str = "") -> str:
    """``(">=", 6, "%")`` → 不低于6%: the comparator in words before the number."""
    words = COMPARATOR.get(comparator or "=", comparator or "")
    return f"{words}{number(value)}{unit or ''}"


def number(value) -> str:
    """4.5 → 4.5, 5000.0 → 5000, None → '' (values as a person writes them)."""
    if value is None or value == "":
        return ""
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{f:.6g}" if abs(f) < 1e15 else str(value)


# --------------------------------------------------------------------------- dates and times

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")  # 2026, 2026-02, 2026-02-20


def local(value: dt.datetime) -> dt.datetime:
    """An aware datetime in Asia/Shanghai (naive ones are taken as UTC, as Django stores them)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(LOCAL_TZ)


def date_label(value) -> str:
    """A date (or a datetime, or an ISO string such as a document's 发布日期) as 2025年6月30日."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        s = value.strip()
        if "T" in s or " " in s:
            try:
                return date_label(dt.datetime.fromisoformat(s.replace("Z", "+00:00")))
            except ValueError:
                return s
        m = _ISO_DATE.match(s)
        if not m:
            return s
        y, mo, d = m.groups()
        return f"{y}年" + (f"{int(mo)}月" if mo else "") + (f"{int(d)}日" if d else "")
    if isinstance(value, dt.datetime):
        value = local(value).date()
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value)


def datetime_label(value, seconds: bool = False) -> str:
    """A moment as local Chinese time: 2026年12月1日 18:35 (UTC and ISO strings converted)."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        t = local(value)
        return f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}" + (f":{t:%S}" if seconds else "")
    return date_label(value)
