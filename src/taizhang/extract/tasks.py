"""Tasks (任务): action commitments of a document, with who answers for them and by when.

A task is an outline item, enumeration or bullet (see ``outline``) whose first words commit to act
(推进…, 加快…, 一是抓好…), or one the text assigns to units (a 任务分解 list assigns its targets too);
a chapter heading (一、) is a task only when units are assigned to it, else it is a category.
For each task the text states, where it states them:

- **lead units** (牵头单位) and **co-units** (配合单位), read from
  labelled fields (``牵头单位:X;配合单位:Y、Z``, ``责任单位:X(牵头)、Y``), from a parenthesis
  (``(市发改局牵头,市财政局配合)``, ``(市水务局负责)``) and from clauses (``由X负责``, ``X牵头,Y配合``).
  A task that states none takes those of the nearest enclosing item that does (a heading
  ``(一)…(市工信局牵头)`` assigns the lines under it); ``units_inherited`` says so.
  Where a document says that the unit listed first leads (排在第一位的为牵头单位), a plain list
  of 责任单位 leads with its first name and the others are co-units; otherwise every responsible
  unit listed is a lead unit.
- the **responsible leader** (责任领导, 牵头领导, 分管领导, 责任人) as written;
- the **deadline** as written (完成时限:2025年6月底前, 年底前, 三季度末, 长期坚持, 每季度) and normalised to
  the period grammar of the gold schema (``..2025-M06``, ``..2025``, ``..?`` when the year is unknown),
  extended for tasks with ``ongoing`` (长期坚持, 持续推进) and ``each-quarter``/``each-month``/
  ``each-half``/``each-week`` beside ``each-year``; ``due`` is the last day as an ISO date when it is known.

Units stay strings as written (noise removed): matching them to a unit tree is the supervision
app's job.  Everything is read on ``Doc.norm`` (half-width punctuation, simplified script) and
every span is converted to raw offsets, like every other record.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from . import rx
from .doc import Doc, DocumentRecord, Section
from .segment import list_clauses

TASK_KINDS = ("item", "enumeration", "bullet")
MAX_TASK_CHARS = 4000  # a task's own text beyond this is a paragraph of prose, not one commitment

# --------------------------------------------------------------------------- records


@dataclass
class OutlineStep:
    """One enclosing section of a task: its label (一、, (二), 1.) and title, with its raw span."""

    label: str
    title: str
    level: int
    start: int
    end: int


@dataclass
class Task:
    doc: str
    start: int  # raw span of the task's own text (up to its first sub-item)
    end: int
    text: str  # raw[start:end]
    title: str  # the first clause (the section's title)
    label: str  # 1. / (一) / 一是 / ●
    kind: str  # item | enumeration | bullet
    level: int
    outline: list[OutlineStep] = field(default_factory=list)  # enclosing sections, outermost first
    lead_units: list[str] = field(default_factory=list)
    co_units: list[str] = field(default_factory=list)
    leader: str = ""  # responsible leader as written (王明远副市长)
    units_start: int = -1  # raw span of the statement naming the units (or the leader)
    units_end: int = -1
    units_inherited: bool = False  # units taken from an enclosing item
    deadline: str = ""  # as written: 2025年6月底前, 年底前, 长期坚持
    deadline_start: int = -1
    deadline_end: int = -1
    period: str = ""  # normalised: ..2025-M06, ..2025, ..?, ongoing, each-quarter
    due: str = ""  # ISO date of the deadline when its year is known: 2025-06-30


# --------------------------------------------------------------------------- is this an action?

_ACTION = rx.compile(r"^(?:[一二三四五六七八九十]+是)?(?:要|将|坚持|全力|全面|大力|积极|持续|扎实|加快|加大|加强|推进|推动|实施|建设|"
                     r"完善|开展|落实|打造|实现|深化|提升|培育|抓好|强化|确保|力争|做好|优化|健全|构建|促进|支持|"
                     r"发展(?!环境|形势|基础|成就|目标|阶段|水平|质量|理念|成效|态势|动力)|争取|启动|完成|组织|谋划|突出|聚焦|着力|坚决|统筹|加速|抓实|筑牢|守住|稳定|扩大|落细|"
                     r"新建|改造|建成|开工|新开工|创建|争创|组建|筹建|引进|招引|举办|制定|出台|修订|编制|整治|治理)")
_ACTION_ANY = rx.compile(r"(推进|推动|加快|实施|落实|开展|完善|建设|打造|提升|强化|确保|力争|抓好|做好|整改)")
_SPACE = rx.compile(r"\s+")


# An outcome, not an action: 城市能级大幅提升, 人民群众获得感显著增强 (a goal reached, said of its subject).
_OUTCOME_ADVERB = rx.compile(r"(?:大幅|显著|明显|稳步)(?:提升|提高|增强|改善|优化|加快|扩大|增长)$")


def is_action(text: str) -> bool:
    """Whether an outline item reads as a commitment to act (推进…, 加快…, 一是抓好…)."""
    t = _SPACE.sub("", text or "").strip("“”\"'《》「」")[:60]
    if not t or t.endswith(("?", "？")):
        return False
    if _OUTCOME_ADVERB.search(t) and not _ACTION.match(t):
        return False
    return bool(_ACTION.match(t) or _ACTION_ANY.search(t[:20]))


# --------------------------------------------------------------------------- units

# Endings of an organisation's name: departments, governments, companies, committees.
_ORG_END = (r"(?:局|委|办|厅|部|院|府|会|中心|公司|集团|所|站|队|处|科|室|署|行|社|馆|团|组|政府|街道|镇|乡|"
            r"管委会|指挥部|单位|部门|机关|大学|学校|医院|办公室|委员会|园区|集团公司|企业|县|区|市)")
_ORG = rx.compile(rf"^(?:各[\u4e00-\u9fff()、]{{1,14}}|[\u4e00-\u9fffA-Za-z0-9()、·]{{1,30}}{_ORG_END})$")
_LEAD_MARK = rx.compile(r"\((?:牵头|牵头单位|主责)\)$")
_LIST_SEP = "、,;/"

_FIELD_LEAD = r"牵头单位|牵头部门|主责单位|主责部门|牵头责任单位|责任主体"
_FIELD_RESP = r"责任单位|责任部门|承办单位|实施单位|主办单位"
_FIELD_CO = r"配合单位|配合部门|协办单位|参与单位|协同单位|协助单位|协作单位"
_FIELD_LEADER = r"责任领导|牵头领导|分管领导|牵头市领导|联系领导|责任人|市级领导|包抓领导"
_FIELD = rx.compile(rf"(?P<name>{_FIELD_LEAD}|{_FIELD_RESP}|{_FIELD_CO}|{_FIELD_LEADER})\s*[:]\s*")
_FIELD_STOP = rx.compile(rf"(?:{_FIELD_LEAD}|{_FIELD_RESP}|{_FIELD_CO}|{_FIELD_LEADER}|完成时限|完成时间|时间节点|"
                         r"时限要求|完成期限|办结时限)\s*[:]")
_PAREN = rx.compile(r"\(([^()]{2,120}?(?:\([^()]{1,10}\)[^()]{0,80}?)*)\)")
_ROLE_TAIL = rx.compile(r"(?P<role>牵头负责|牵头|按职责分工负责|按职责负责|分别负责|负责|配合|参与|协助|协同|共同推进)$")
_ROLE_ENDINGS = ("牵头", "负责", "配合", "参与", "协助", "协同", "共同推进")  # what every _ROLE_TAIL match ends with
_BY = rx.compile(r"由(?P<units>[^,;。由]{2,80}?)(?P<role>牵头负责|牵头|负责|组织实施|具体实施)")
_AFTER_CO = rx.compile(r"\s*[,、]?\s*(?P<units>[^,;。]{2,80}?)(?P<role>配合|参与|协助|协同)")
_FIRST_LEADS = rx.compile(r"(?:排在?|列在?|位列)?(?:第一位|首位|第一个|第一)(?:的|单位)*(?:为|是)牵头(?:单位|部门)")


@dataclass
class Assignment:
    """Who answers for a task, with view offsets (into the text the finder was given)."""

    lead: list[tuple[str, int, int]] = field(default_factory=list)
    co: list[tuple[str, int, int]] = field(default_factory=list)
    leader: tuple[str, int, int] | None = None

    def empty(self) -> bool:
        return not (self.lead or self.co or self.leader)

    def span(self) -> tuple[int, int]:
        spans = [(s, e) for _, s, e in self.lead + self.co] + ([self.leader[1:]] if self.leader else [])
        return min(s for s, _ in spans), max(e for _, e in spans)


def _split_units(text: str, offset: int) -> list[tuple[str, int, int]]:
    """A list of unit names (X、Y和Z) with their offsets; separators inside parentheses do not split."""
    out: list[tuple[str, int, int]] = []
    depth = 0
    start = 0
    for i, c in enumerate(text + "、"):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c in _LIST_SEP and depth == 0 or i == len(text):
            piece = text[start:i]
            a = start + len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                out.append((piece, offset + a, offset + a + len(piece)))
            start = i + 1
    # 和/及/以及/与 split only when every part is a unit name (市住房和城乡建设局 is one name)
    final: list[tuple[str, int, int]] = []
    for name, s, e in out:
        parts = re.split(r"(以及|及|和|与)", name)
        names = parts[0::2]
        if len(names) > 1 and all(_is_unit(n.strip()) for n in names):
            pos = s
            for k, n in enumerate(names):
                final.append((n, pos, pos + len(n)))
                pos += len(n) + (len(parts[2 * k + 1]) if 2 * k + 1 < len(parts) else 0)
        else:
            final.append((name, s, e))
    return final


def _trim_unit(name: str) -> str:
    name = re.sub(r"^(?:由|请|会同|联合|并)", "", name.strip())
    name = re.sub(r"(?:等(?:单位|部门)?|等有关单位|按职责分工|按职责|分别|共同|具体)$", "", name)
    return name.strip()


_GENERIC = {"企业", "单位", "部门", "政府", "机关", "学校", "医院", "公司", "集团", "社会", "全市", "全县", "全区"}


def _is_unit(name: str) -> bool:
    """A named organisation: 县发改局, 市委, 各乡镇; not a bare class noun (企业负责 is not an assignment)."""
    if not name or len(name) > 40 or name in _GENERIC:
        return False
    if len(name) == 2 and not name.endswith(("委", "办")):
        return False
    return bool(_ORG.match(name))


def _units(text: str, offset: int) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """(names, names marked (牵头)) of a unit list; empty when any piece is not a unit name."""
    names, marked = [], []
    for raw, s, e in _split_units(text, offset):
        lead = bool(_LEAD_MARK.search(raw))
        if lead:
            raw = _LEAD_MARK.sub("", raw)
        name = _trim_unit(raw)
        if not _is_unit(name):
            return [], []
        k = raw.find(name)
        item = (name, s + k, s + k + len(name))
        names.append(item)
        if lead:
            marked.append(item)
    return names, marked


def _add(dst: list, items) -> None:
    for it in items:
        if all(it[0] != d[0] for d in dst):
            dst.append(it)


def _responsible(a: Assignment, names, marked, first_leads: bool) -> None:
    """A 责任单位 list: marked (牵头) names lead; else the first when the document says so; else all."""
    if a.lead and not marked:
        _add(a.co, [n for n in names if n not in a.lead])
    elif marked:
        _add(a.lead, marked)
        _add(a.co, [n for n in names if n not in marked])
    elif first_leads and len(names) > 1:
        _add(a.lead, names[:1])
        _add(a.co, names[1:])
    else:
        _add(a.lead, names)


def _value_end(text: str, pos: int) -> int:
    """Where a field's value ends: at ;/。/newline, an unmatched ')' or the next field's label."""
    depth = 0
    i = pos
    while i < len(text):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
        elif c in ";。\n" or (depth == 0 and _FIELD_STOP.match(text, i)):
            return i
        i += 1
    return i


def _fields(text: str, a: Assignment, first_leads: bool) -> None:
    pending_resp = []
    for m in _FIELD.finditer(text):
        vend = _value_end(text, m.end())
        value = text[m.end():vend].rstrip(" ,")
        name = m.group("name")
        if re.fullmatch(_FIELD_LEADER, name):
            v = value.strip()
            if v and len(v) <= 40:
                a.leader = (v, m.end(), m.end() + len(v))
            continue
        names, marked = _units(value, m.end())
        if not names:
            continue
        if re.fullmatch(_FIELD_LEAD, name):
            _add(a.lead, names)
        elif re.fullmatch(_FIELD_CO, name):
            _add(a.co, names)
        else:
            pending_resp.append((names, marked))
    for names, marked in pending_resp:  # after the 牵头单位 field, wherever it stands
        _responsible(a, names, marked, first_leads)


def _role_clauses(text: str, offset: int, a: Assignment, first_leads: bool) -> bool:
    """Clauses that end in a role word: X牵头 / Y配合 / X、Y按职责分工负责.  True when one was read."""
    found = False
    for cs, ce in list_clauses(text, also="()"):
        run = text[cs:ce]
        clause = run.strip()
        r = _ROLE_TAIL.search(clause) if clause.endswith(_ROLE_ENDINGS) else None
        if not r:
            continue
        body = clause[:r.start()]
        b0 = offset + cs + (len(run) - len(run.lstrip()))
        names, marked = _units(body, b0)
        if not names:
            continue
        role = r.group("role")
        if role in ("配合", "参与", "协助", "协同"):
            _add(a.co, names)
        else:
            _add(a.lead, names)
        found = True
    return found


def find_assignment(text: str, first_leads: bool = False) -> Assignment:
    """Lead units, co-units and leader stated in ``text`` (norm text: half-width punctuation).

    ``first_leads``: the document says the first unit of a list leads (排在第一位的为牵头单位).
    """
    a = Assignment()
    _fields(text, a, first_leads)
    for m in _PAREN.finditer(text):
        inner = m.group(1)
        if _FIELD.search(inner):
            continue  # read as fields above
        _role_clauses(inner, m.start(1), a, first_leads)
    for m in _BY.finditer(text):
        names, _ = _units(m.group("units"), m.start("units"))
        if not names:
            continue
        _add(a.lead, names)
        co = _AFTER_CO.match(text, m.end())
        if co:
            cnames, _ = _units(co.group("units"), co.start("units"))
            _add(a.co, cnames)
    if not a.lead and not a.co:
        # unbracketed clauses: 市人社局牵头,各县区配合
        outside = _PAREN.sub(lambda m: " " * len(m.group()), text)
        _role_clauses(outside, 0, a, first_leads)
    a.co = [c for c in a.co if all(c[0] != l[0] for l in a.lead)]
    return a


# --------------------------------------------------------------------------- deadlines

_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
             "十一": 11, "十二": 12}
_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_Q = r"(?:[一二三四1-4])"
_YR = r"(?:20\d\d)"

_DEADLINE_FIELD = rx.compile(r"(?:完成时限|完成时间|时间节点|时限要求|完成期限|办结时限|时限)\s*[:]\s*(?P<v>[^;。\n)]{1,40})")
_DEADLINE_PATTERNS: list[tuple[str, str]] = [
    ("ymd", rf"(?P<ymd_y>{_YR})年\s*(?P<ymd_m>{_MON})月\s*(?P<ymd_d>{_DAY})日(?:前|之前|以前)?"),
    ("ym", rf"(?P<ym_y>{_YR})年\s*(?P<ym_m>{_MON})月(?:底|末|份)?(?:前|之前|以前)?"),
    ("yh", rf"(?P<yh_y>{_YR})年\s*(?P<yh_h>上|下)半年(?:前|之前)?"),
    ("yq", rf"(?P<yq_y>{_YR})年\s*(?:第)?(?P<yq_q>{_Q})季度(?:末|底)?(?:前|之前)?"),
    ("y", rf"(?:到|至|于|在)?(?P<y_y>{_YR})年(?:底|末|年底)?(?:前|之前|以前)?"),
    ("md", rf"(?<![\d年])(?P<md_m>{_MON})月\s*(?P<md_d>{_DAY})日(?:前|之前|以前)"),
    ("m", rf"(?<![\d年])(?P<m_m>{_MON})月(?:底|末)(?:前|之前|以前)?"),
    ("q", rf"(?:第)?(?P<q_q>{_Q})季度(?:末|底)(?:前|之前)?"),
    ("h", r"(?P<h_h>上|下)半年(?:前|之前)?"),
    ("year_end", r"年底前|年底之前|年末前|年内|年底|年末|今年底"),
    # only as a clause of its own (完成时限:长期坚持 / …。长期坚持。): inside a sentence 持续推进 is a verb
    ("ongoing", r"(?:(?<=^)|(?<=[,;。(:\n]))\s*(?:长期坚持|长期推进|长期开展|持续推进|持续开展|持续实施|常态化推进|常态化开展)"
                r"\s*(?=$|[,;。)\n])"),
    ("recurring", r"每(?P<rec>年度|年|半年|季度|月|周)"),
]
# gated although a space can open one (长期坚持 after a line break): most characters of a task open none of them
_DEADLINE_RE = re.compile(rx.gated("|".join(f"(?P<{k}>{p})" for k, p in _DEADLINE_PATTERNS)))
_RECURRENCE = {"年": "each-year", "年度": "each-year", "半年": "each-half", "季度": "each-quarter",
               "月": "each-month", "周": "each-week"}


@dataclass
class Deadline:
    text: str  # as written
    start: int  # offsets into the text the finder was given
    end: int
    period: str
    due: str = ""


def _month(s: str) -> int | None:
    s = s.lstrip("0")
    if s.isdigit():
        m = int(s)
    else:
        m = _CN_MONTH.get(s, 0)
    return m if 1 <= m <= 12 else None


def _quarter(s: str) -> int | None:
    q = {"一": 1, "二": 2, "三": 3, "四": 4}.get(s) or (int(s) if s.isdigit() else 0)
    return q if 1 <= q <= 4 else None


def _month_end(year: int | None, month: int, day: int | None = None) -> tuple[str, str]:
    y = str(year) if year else "?"
    period = f"..{y}-M{month:02d}"
    if not year:
        return period, ""
    last = calendar.monthrange(year, month)[1]
    d = min(day, last) if day else last
    return period, f"{year:04d}-{month:02d}-{d:02d}"


def _resolve_deadline(m: re.Match, year: int | None) -> tuple[str, str] | None:
    kind = m.lastgroup
    g = m.group
    # the named alternative is the outermost group that matched
    for k, _ in _DEADLINE_PATTERNS:
        if g(k) is not None:
            kind = k
            break
    if kind == "ymd":
        mo = _month(g("ymd_m"))
        return _month_end(int(g("ymd_y")), mo, int(g("ymd_d"))) if mo else None
    if kind == "ym":
        mo = _month(g("ym_m"))
        return _month_end(int(g("ym_y")), mo) if mo else None
    if kind == "yh":
        return _month_end(int(g("yh_y")), 6 if g("yh_h") == "上" else 12)
    if kind == "yq":
        q = _quarter(g("yq_q"))
        return _month_end(int(g("yq_y")), q * 3) if q else None
    if kind == "y":
        y = int(g("y_y"))
        return f"..{y}", f"{y:04d}-12-31"
    if kind == "md":
        mo = _month(g("md_m"))
        return _month_end(year, mo, int(g("md_d"))) if mo else None
    if kind == "m":
        mo = _month(g("m_m"))
        return _month_end(year, mo) if mo else None
    if kind == "q":
        q = _quarter(g("q_q"))
        return _month_end(year, q * 3) if q else None
    if kind == "h":
        return _month_end(year, 6 if g("h_h") == "上" else 12)
    if kind == "year_end":
        return (f"..{year}", f"{year:04d}-12-31") if year else ("..?", "")
    if kind == "ongoing":
        return "ongoing", ""
    if kind == "recurring":
        return _RECURRENCE.get(g("rec"), "each-year"), ""
    return None


def _first_deadline(text: str, offset: int, year: int | None) -> Deadline | None:
    for m in _DEADLINE_RE.finditer(text):
        r = _resolve_deadline(m, year)
        if r is None:
            continue
        # a bare year (2025年) is a deadline only when it reads as one: 到/于 before it, 底/末/前 after it
        if m.group("y") is not None and not re.search(r"^(?:到|至|于|在)|(?:底|末|前)$", m.group()):
            continue
        return Deadline(m.group(), offset + m.start(), offset + m.end(), r[0], r[1])
    return None


def find_deadline(text: str, year: int | None) -> Deadline | None:
    """The deadline a task states (norm text): a 完成时限 field wins, else its first deadline phrase.

    ``year`` is the document's year, for 年底前/6月底前/三季度末 that do not say theirs.
    """
    f = _DEADLINE_FIELD.search(text)
    if f:
        d = _first_deadline(f.group("v"), f.start("v"), year)
        if d is not None:
            return d
    return _first_deadline(text, 0, year)


# --------------------------------------------------------------------------- on any text

@dataclass
class StatedUnits:
    """Who answers for a piece of text, names as written in it; offsets index that text."""

    lead_units: list[str] = field(default_factory=list)
    co_units: list[str] = field(default_factory=list)
    leader: str = ""
    start: int = -1  # span naming them (-1 when the text names none)
    end: int = -1


def units_stated(text: str, first_leads: bool = False) -> StatedUnits:
    """Lead units, co-units and leader stated in any text as written (a section, a fact's evidence, a
    project's sentence): the same reading ``extract`` gives tasks, for callers outside the pipeline."""
    from .normalize import normalize_chars
    a = find_assignment(normalize_chars(text), first_leads)  # length-preserving: offsets index ``text``
    out = StatedUnits([text[s:e] for _, s, e in a.lead], [text[s:e] for _, s, e in a.co],
                      text[a.leader[1]:a.leader[2]] if a.leader else "")
    if not a.empty():
        out.start, out.end = a.span()
    return out


def deadline_stated(text: str, year: int | None) -> Deadline | None:
    """The deadline stated in any text as written (``Deadline.text`` is the text's own characters)."""
    from .normalize import normalize_chars
    d = find_deadline(normalize_chars(text), year)
    if d is not None:
        d.text = text[d.start:d.end]
    return d


# --------------------------------------------------------------------------- tasks of a document

def _doc_year(record: DocumentRecord) -> int | None:
    p = (record.published or "")[:4]
    return int(p) if p.isdigit() else None


def _own_end(sections: list[Section], i: int) -> int:
    """Where a section's own text ends: at its first sub-section, else at its end."""
    s = sections[i]
    end = s.end if s.end > s.start else s.start
    if i + 1 < len(sections) and sections[i + 1].level > s.level and sections[i + 1].start < end:
        end = sections[i + 1].start
    return end


def _strip_end(raw: str, start: int, end: int) -> int:
    while end > start and raw[end - 1].isspace():
        end -= 1
    return end


def extract(doc: Doc, record: DocumentRecord) -> list[Task]:
    """The tasks of one document, in document order."""
    sections = record.sections
    if not sections:
        return []
    year = _doc_year(record)
    first_leads = bool(_FIRST_LEADS.search(doc.norm))
    raw = doc.raw
    out: list[Task] = []
    stack: list[int] = []  # indices of enclosing sections
    assigned: dict[int, tuple[Assignment, int]] = {}  # section index → (assignment, view offset base)
    for i, s in enumerate(sections):
        while stack and sections[stack[-1]].level >= s.level:
            stack.pop()
        start = s.start
        end = _strip_end(raw, start, min(_own_end(sections, i), start + MAX_TASK_CHARS, len(raw)))
        vs, ve = doc.view_pos(start), doc.view_pos(end)
        own = doc.norm[vs:ve]
        a = find_assignment(own, first_leads)
        if not a.empty():
            assigned[i] = (a, vs)
        # an item is a task when it commits to act, or when the text assigns it to units (a 任务分解 list
        # assigns its targets too: 1.地区生产总值增长6.5%。(牵头单位:县发改局))
        # a chapter heading (一、) is a task only when units are assigned to it: otherwise it is a category
        assigned_here = bool(a.lead or a.co)
        if end > start and (s.kind in TASK_KINDS and (is_action(s.title or own) or assigned_here)
                            or s.kind == "chapter" and assigned_here):
            out.append(_task(doc, record, s, stack, sections, start, end, own, vs, a, assigned, year))
        stack.append(i)
    return out


def _view_name(doc: Doc, vbase: int, item: tuple[str, int, int]) -> str:
    return doc.view[vbase + item[1]: vbase + item[2]].strip() or item[0]


def _task(doc: Doc, record: DocumentRecord, s: Section, stack: list[int], sections: list[Section], start: int,
          end: int, own: str, vs: int, a: Assignment, assigned: dict, year: int | None) -> Task:
    outline = [OutlineStep(sections[k].label, sections[k].title, sections[k].level, sections[k].start,
                           sections[k].end) for k in stack]
    t = Task(doc=doc.name, start=start, end=end, text=doc.raw[start:end], title=s.title, label=s.label,
             kind=s.kind, level=s.level, outline=outline)
    if a.leader:
        t.leader = _view_name(doc, vs, a.leader)
    unit_a, base = a, vs
    if not (a.lead or a.co):
        for k in reversed(stack):  # a heading's units assign the items under it
            if k in assigned and (assigned[k][0].lead or assigned[k][0].co):
                unit_a, base = assigned[k]
                t.units_inherited = True
                break
    if unit_a.lead or unit_a.co:
        t.lead_units = [_view_name(doc, base, x) for x in unit_a.lead]
        t.co_units = [_view_name(doc, base, x) for x in unit_a.co]
        if not t.leader and unit_a.leader:
            t.leader = _view_name(doc, base, unit_a.leader)
        s0, e0 = unit_a.span()
        t.units_start, t.units_end = doc.raw_span(base + s0, base + e0)
    elif a.leader:
        t.units_start, t.units_end = doc.raw_span(vs + a.leader[1], vs + a.leader[2])
    d = find_deadline(own, year)
    if d is not None:
        t.deadline_start, t.deadline_end = doc.raw_span(vs + d.start, vs + d.end)
        t.deadline = doc.raw[t.deadline_start:t.deadline_end]
        t.period, t.due = d.period, d.due
    return t
