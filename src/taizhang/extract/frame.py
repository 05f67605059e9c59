"""Frames: what a document, and each part of it, is — decided once, with the span that says so.

Chinese official writing says what a part is before it says anything in it.  A work report announces its parts
(报告分为两个部分:一、2025年工作回顾;二、2026年目标任务, or a table of contents), opens each with a heading
(一、过去一年工作回顾 / 二、今年工作安排) or a lead (回顾2025年, … / 2026年, …); a communiqué says by its title that all
its figures report.  A figure whose own words do not say whether it was done or is committed takes its part's frame:
a review part's figures are what was done in the year it reviews, a plan part's what is committed.

Each decision is a :class:`Frame`: what was decided (``kind``: ``actual`` for a part that reports, ``target`` for one
that commits, ``""`` when unsure — an unsure frame decides nothing), the year the part speaks of (``None`` when it
names none), the stretch of ``doc.norm`` it governs, the span that says it (``cue``) and the rule that read it
(``source``) with a confidence.  :func:`find` makes the decisions once per document (``context.resolve``); the fact
finder asks :meth:`Frames.part_at` (``facts._kind``, ``scope.period``).

- **Headings.** A section whose title names a review (工作回顾, 完成情况, 过去五年) or a plan (主要目标, 工作安排,
  总体要求) frames its section; a year in it (2025年, 过去一年, 今年) is the part's year.  A section under a framed one
  without a kind or a year of its own takes the enclosing part's.  Inside a part that names a year or a span, a
  paragraph that opens with one of the part's times (刚刚过去的2025年,… / 五年来,… / 今年主要预期目标是:…) opens a narrower
  part of that time, up to the next such paragraph or the part's end (source ``paragraph``).
- **Announcements.** Part names listed before the parts — headings in a row with nothing under all but the last (a
  table of contents: 一、2025年工作回顾 / 二、2026年目标任务 / 回顾2025年,…), or one sentence that names a review and a plan
  part as items (报告分为两部分:一、…回顾;二、…目标任务; 一是…回顾,二是…安排) — frame nothing themselves.  The text after
  them, up to the first part heading, is read in the announced order: the first announced part until a paragraph
  opens the next one (by its year, 2026年, / 今年, , or by its lead, 主要预期目标是 / 回顾…).
- **Leads.** A text with neither (a summary of a congress report, news about a work report) is framed by its
  paragraphs' leads only when it looks back first and plans after (过去五年,… then 今后五年,…主要目标是:), less
  surely: the value's own words, its sentence's and its paragraph's cues come first.  A paragraph that names the year
  just gone (2025年是…的一年 / 报告指出,2025年… / 过去一年,… in a text of 2026) reviews that year whether or not a plan
  follows, up to a paragraph that opens another time (今年,… / 2026年,… / 今后五年,…; not 这一年,…, the year just named).
- **A chapter's first paragraph.** A chapter heading that names no time (一、政府工作回顾 / 一、砥砺奋进,圆满完成全年目标
  任务 / 一、砥砺奋进的五年) reviews the year or the span of years gone by its first paragraph opens with (2025年是…的一年 /
  五年来,…): the whole chapter, its (一)…(四) and lists, is of that time (``_lead_chapters``).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field

from . import rx
from .lang import alternation, zh
from .normalize import normalize_chars

ACTUAL, TARGET = "actual", "target"

REVIEW_HEAD = rx.compile(alternation(zh.REVIEW_HEADINGS))
PLAN_HEAD = rx.compile(alternation(zh.PLAN_HEADINGS))
PLAN_HEAD_END = rx.compile(zh.PLAN_HEADING_END)
YEAR_IN_TITLE = rx.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
YEAR_WORD_IN_TITLE = rx.compile(alternation(sorted(zh.SECTION_YEAR_WORDS, key=len, reverse=True)))
YEAR_TOPIC = rx.compile(rf"(?:{alternation(zh.SECTION_YEAR_TOPICS)})\s*$")
PART_NAME_END = rx.compile(rf"(?:{alternation(zh.REVIEW_HEADINGS + zh.PLAN_HEADINGS + zh.SECTION_YEAR_TOPICS)})\s*$")
# the label of a report's chapter: 一、 / 二. / 第三部分 (第一章 and 第一节 divide a plan, (一) an item)
CHAPTER_LABEL = rx.compile(r"[ \t]*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分)")
# what is left of a heading's body when only separators stand between it and the next heading
_EMPTY_BODY = re.compile(r"[\s,，;；。.:：、]*")
# an item of a part list written in one sentence: 一、…; 一是…; (一)…; 第一部分…
ANNOUNCED_ITEM = rx.compile(r"(?:(?<![\u4e00-\u9fff])[一二三四五六七八九十]\s*[、.]|[一二三四五六七八九十]是|[(（][一二三四五六七八九十][)）]|"
                            r"第[一二三四五六七八九十]部分\s*[:：]?)\s*([^;；,，。、\n]{2,24})")
# a paragraph that opens a part by its year: 2026年, / 今年, / 过去一年, / 回顾2025年,
PART_YEAR_OPENER = rx.compile(rf"\s*(?:(?:{alternation(zh.REVIEW_LEAD_WORDS)})\s*)?"
                              rf"(?:((?:19|20)\d\d)\s?年|({alternation(sorted(zh.SECTION_YEAR_WORDS, key=len, reverse=True))}))"
                              rf"(?:[,，:：]|(?:是|的|以来|全[县市区省镇州盟旗]|我[县市区省镇州盟旗]))")
PLAN_LEAD = rx.compile(alternation(zh.PLAN_LEAD_WORDS))
REVIEW_LEAD = rx.compile(rf"\s*(?:{alternation(zh.REVIEW_LEAD_WORDS)})")
# 县长在报告中指出, / 报告提出: / 他说, — who says what the paragraph then says; 各位代表, / 各位委员、同志们: — whom it
# is said to
_ADDRESS = alternation(zh.ADDRESS_WORDS)
# …and 记者从报告中获悉, / 从政府工作报告中了解到,: the report as the source the reporter heard it from (zh.REPORT_HEARD_VERBS),
# as plain a lead-in as 报告指出, (记者从县统计局获悉, is not: its 去年 is counted from the page's day, context._lead_year)
SPEECH_LEAD = rx.compile(rf"\s*(?:(?:{_ADDRESS})(?:[、,，和]\s*(?:{_ADDRESS}))*|[^,，。;；:：\n]{{0,16}}?"
                         rf"(?:{alternation(zh.SPEECH_LEAD_VERBS)})|[^,，。;；:：\n]{{0,16}}?从[^,，。;；:：\n]{{0,10}}?报告中?"
                         rf"(?:{alternation(zh.REPORT_HEARD_VERBS)}))\s*[,，:：!！]")
# A photo's caption a web page ran into the paragraph after it: a caption opening the paragraph (图为会议现场。某某摄
# 记者从报告中获悉,… / 资料图为…。某某摄过去一年,…), its credit after it or not, or a caption closed by a reporter's credit
# (1月14日,…开幕。记者某某摄2025年,…): the paragraph's own words begin after it
CAPTION_REACH = 120  # characters of a caption before its full stop
_CAPTION_OPENERS = alternation([h for h in zh.PHOTO_CAPTION_HEADS if h.endswith("为")])
_CREDIT = rf"[\u4e00-\u9fff]{{2,4}}\s*(?:{alternation(zh.PHOTO_CREDIT_WORDS)})"
CAPTION_RUN_IN = rx.compile(rf"\s*(?:[(（【\[]?(?:资料)?(?:{_CAPTION_OPENERS})[^。\n]{{0,{CAPTION_REACH}}}[。.]\s*"
                            rf"(?:(?:{alternation(zh.PRESS_ROLES)})?\s*{_CREDIT})?|"
                            rf"[^\n]{{0,{CAPTION_REACH}}}?[。.!！?？]\s*(?:{alternation(zh.PRESS_ROLES)})\s*{_CREDIT})(?=\S)")
OPENER_REACH = 40  # characters of a paragraph's opening read for a plan lead
SURE = 0.8  # a part's frame at least this sure decides before the cues of the value's sentence and paragraph


@dataclass(frozen=True)
class Frame:
    """One frame decision over ``doc.norm[start:end]`` (see the module doc)."""

    kind: str  # ACTUAL, TARGET or "" (unsure: decides nothing)
    start: int
    end: int
    year: int | None = None
    source: str = ""  # heading, announced, opener, genre, title
    cue_start: int = -1
    cue_end: int = -1
    cue: str = ""
    confidence: float = 0.0
    period: str = ""  # the span or deadline the cue states for the part (纲要提出了未来五年…主要目标 → 2026..2030)

    def summary(self, raw_span=None) -> dict:
        """The decision as a flat dict; ``raw_span`` (``Doc.raw_span``) turns its spans into raw offsets."""
        out = {k: v for k, v in asdict(self).items() if v not in (None, "", -1)}
        if raw_span is not None:
            out["start"], out["end"] = raw_span(self.start, self.end)
            if self.cue_start >= 0:
                out["cue_start"], out["cue_end"] = raw_span(self.cue_start, self.cue_end)
        return out


@dataclass
class Frames:
    """The document's frame and its parts' (sorted by start; a nested part after the part holding it)."""

    document: Frame
    parts: list[Frame] = field(default_factory=list)
    # part names listed before the parts (start, end: the list's span; cue: the name): they govern nothing
    announced: list[Frame] = field(default_factory=list)
    raw_span: object = None  # Doc.raw_span: the summary's offsets are raw
    # each chapter heading that opens its line (一、… / 第二部分…): (where it starts, its line), in order
    chapters: list[tuple[int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [p.start for p in self.parts]

    def part_at(self, pos: int) -> Frame | None:
        """The innermost part holding ``pos`` (parts carry what they inherit), or None."""
        i = bisect.bisect_right(self._starts, pos) - 1
        while i >= 0:
            p = self.parts[i]
            if p.start <= pos < p.end:
                return p
            i -= 1
        return None

    def kind_at(self, pos: int) -> str:
        p = self.part_at(pos)
        return p.kind if p is not None else ""

    def announced_at(self, pos: int) -> bool:
        """``pos`` lies in an announcement's span (a table of contents' lines, the sentence listing the parts)."""
        return any(a.start <= pos < a.end for a in self.announced)

    def after_announcement(self, lo: int, pos: int) -> int:
        """``lo``, or the end of an announcement between ``lo`` and ``pos``: its words (二、2026年目标任务) commit
        nothing that follows it."""
        for a in self.announced:
            if lo < a.end <= pos:
                lo = a.end
        return lo

    def summary(self) -> dict:
        out: dict = {"document": self.document.summary(self.raw_span)}
        if self.parts:
            out["parts"] = [p.summary(self.raw_span) for p in self.parts]
        if self.announced:
            out["announced"] = [a.summary(self.raw_span) for a in self.announced]
        return out


@dataclass
class _Head:
    start: int  # label start (norm)
    end: int  # section end (norm)
    title_end: int
    level: int
    kind: str
    year: int | None
    title: str  # as the norm text writes it, label and all
    own_line: bool  # the heading opens its line (一、2025年工作回顾), not an item inside a sentence (一是…)
    ordinal: int  # its label's number (二、 → 2), 0 when it has none
    chapter: bool = False  # a chapter's label (一、, 第二部分), not an item's or a bullet's
    span: str = ""  # the span of years its first paragraph opens with, when the heading names no time (五年来,…)


_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九", 0)}


_ORDINAL_NUMBER = rx.compile(r"\d+|[一二三四五六七八九十]+")


def _ordinal(label: str) -> int:
    """二、 → 2, (十二) → 12, 3. → 3; 0 for a label without a number."""
    m = _ORDINAL_NUMBER.search(label)
    if not m:
        return 0
    g = m.group()
    if g.isdigit():
        return int(g)
    if "十" in g:
        a, _, b = g.partition("十")
        return (_CN_DIGITS.get(a, 1) if a else 1) * 10 + (_CN_DIGITS.get(b, 0) if b else 0)
    return _CN_DIGITS.get(g, 0)


def heading_kind(title: str) -> str:
    """ACTUAL for a review part's title, TARGET for a plan part's, "" otherwise; when it names both, the one written
    last is the head of the phrase (目标任务完成情况 reports, 过去五年回顾和今后五年目标 … plans)."""
    plan = [m.end() for m in PLAN_HEAD.finditer(title)] + [m.end() for m in PLAN_HEAD_END.finditer(title)]
    review = [m.end() for m in REVIEW_HEAD.finditer(title)]
    if not plan and not review:
        return ""
    return TARGET if max(plan, default=-1) > max(review, default=-1) else ACTUAL


def heading_year(title: str, year: int | None) -> int | None:
    """The one year a part heading names: 2025年工作回顾 → 2025; 过去一年工作回顾 in a text of 2026 → 2025."""
    years = {int(y) for y in YEAR_IN_TITLE.findall(title)}
    if len(years) == 1 and re.search(r"\d\s?年", title):
        return years.pop()
    if years:
        return None  # 2021—2025年: a span, no one year
    m = YEAR_WORD_IN_TITLE.search(title)
    if m and year:
        return year + zh.SECTION_YEAR_WORDS[m.group()]
    return None


def _heads(doc, record, text: str, year: int | None) -> list[_Head]:
    out = []
    for sec in record.sections:
        if sec.end <= sec.start or sec.kind == "glossary":
            continue
        vs, ve = doc.view_pos(sec.start), doc.view_pos(sec.end)
        title = normalize_chars(sec.title or "")
        k = text.find(title, vs, vs + len(sec.label or "") + len(title) + 8) if title else -1
        title_end = k + len(title) if k >= 0 else vs + len(sec.label or "")
        kind = heading_kind(title)
        y = heading_year(title, year) if (kind or YEAR_TOPIC.search(title)) else None
        line_start = text.rfind("\n", 0, vs) + 1
        if text[line_start:vs].strip():  # an item inside a paragraph (…:一是…,二是…) frames at most its paragraph
            nl = text.find("\n", vs)
            ve = min(ve, nl if nl >= 0 else len(text))
        out.append(_Head(vs, ve, title_end, sec.level, kind, y, text[vs:title_end], not text[line_start:vs].strip(),
                         _ordinal(sec.label or ""), sec.kind == "chapter" and bool(CHAPTER_LABEL.match(text, vs))))
    out.sort(key=lambda h: (h.start, h.level))
    return out


def _toc_runs(heads: list[_Head], text: str) -> list[list[_Head]]:
    """Runs of two or more headings of one level in a row with nothing under all but the last (a table of contents
    or the list of parts a report opens with)."""
    runs, cur = [], []
    for a, b in zip(heads, heads[1:]):
        empty = a.level == b.level and a.title_end <= b.start and _EMPTY_BODY.fullmatch(text, a.title_end, b.start) \
            and (not a.ordinal or b.ordinal == a.ordinal + 1)  # a list runs on: 三、 then 一、 starts the parts
        if empty:
            if not cur:
                cur = [a]
            cur.append(b)
        else:
            if len(cur) >= 2:
                runs.append(cur)
            cur = []
    if len(cur) >= 2:
        runs.append(cur)
    # items inside a sentence (一是…,二是…) list parts only when each names one, a review and a plan among them
    return [r for r in runs if any(h.kind or h.year for h in r) and (
        all(h.own_line for h in r) or all(_part_name(h.title) for h in r) and {ACTUAL, TARGET} <= {h.kind for h in r})]


def _part_name(name: str) -> bool:
    """The item is a part's name: it ends in review or plan words or in a year's topic (2026年工作重点); 一是确保完成
    全年目标任务 is a task, 一是认真回顾全年工作 an act."""
    return bool(PART_NAME_END.search(name))


def _inline_announcements(text: str, year: int | None) -> list[tuple[int, int, list[tuple[str, int | None, int, int]]]]:
    """Sentences that list a report's parts as items, a review and a plan among them (报告分为两部分:一、2025年工作回顾;
    二、2026年目标任务。): (start, end, [(kind, year, item start, item end)])."""
    out = []
    for m in re.finditer(r"[^。!?！？\n]+", text):
        s = m.group()
        if not (REVIEW_HEAD.search(s) and PLAN_HEAD.search(s)):
            continue
        items = []
        for it in ANNOUNCED_ITEM.finditer(s):
            name = it.group(1).strip()
            kind = heading_kind(name)
            if _part_name(name):
                items.append((kind, heading_year(name, year), m.start() + it.start(), m.start() + it.end()))
        kinds = {k for k, *_ in items}
        if len(items) >= 2 and {ACTUAL, TARGET} <= kinds:
            out.append((m.start(), m.end(), _in_order(items)))
    return out


def _in_order(items: list[tuple]) -> list[tuple]:
    """A report's parts run from review to plan: a listed part that names no kind after a plan part (三、2026年工作重点,
    四、政府自身建设) is a plan part too."""
    out, seen_plan = [], False
    for kind, *rest in items:
        seen_plan = seen_plan or kind == TARGET
        out.append((kind or (TARGET if seen_plan else ""), *rest))
    return out


def _paragraphs(text: str, start: int, end: int) -> list[int]:
    """Starts of the non-empty lines in ``text[start:end]`` (the first from ``start``: the rest of a paragraph whose
    opening sentence announced the parts)."""
    out = []
    p = start
    while p < end:
        e = text.find("\n", p, end)
        e = end if e < 0 else e
        if text[p:e].strip():
            out.append(p + len(text[p:e]) - len(text[p:e].lstrip()))
        p = e + 1
    return out


def _opens(text: str, p: int, kind: str, year: int | None, doc_year: int | None) -> tuple[int, int] | None:
    """The span with which the paragraph at ``p`` opens a part of ``kind`` and ``year``, or None."""
    m = SPEECH_LEAD.match(text, p)
    if m:
        p = m.end()
    m = PART_YEAR_OPENER.match(text, p)
    if m:
        y = int(m.group(1)) if m.group(1) else (doc_year + zh.SECTION_YEAR_WORDS[m.group(2)] if doc_year else None)
        if year is not None and y == year:
            return m.start(), m.end()
    if kind == TARGET:
        m = PLAN_LEAD.search(text, p, min(len(text), p + OPENER_REACH))
        if m and "\n" not in text[p:m.start()]:
            return m.start(), m.end()
    if kind == ACTUAL:
        m = REVIEW_LEAD.match(text, p)
        if m:
            return m.start(), m.end()
    return None


def _announced_body(text: str, ann: list[Frame], start: int, end: int, doc_year: int | None) -> list[Frame]:
    """Frames of the text after an announcement up to the first part heading, in the announced order."""
    paras = _paragraphs(text, start, end)
    if not paras or not ann:
        return []
    out = []
    cur = ann[0]
    at, cue = paras[0], (cur.cue_start, cur.cue_end, cur.cue)
    src, conf = "announced", 0.6
    k = 1
    for p in paras[1:]:
        for j in range(k, len(ann)):  # the next announced part, or a later one (a part may open without its lead)
            got = _opens(text, p, ann[j].kind, ann[j].year, doc_year)
            if got is not None:
                out.append(Frame(cur.kind, at, p, cur.year, src, *cue, conf))
                cur, at, cue, src, conf = ann[j], p, (got[0], got[1], text[got[0]:got[1]]), "opener", 0.7
                k = j + 1
                break
    out.append(Frame(cur.kind, at, end, cur.year, src, *cue, conf))
    return out


TARGETS_TITLE = rx.compile(alternation(zh.TARGETS_TITLE_WORDS))
REVIEWING_TITLE = rx.compile(alternation(zh.REVIEWING_TITLE_WORDS))


REVIEW_SPAN_LEAD = rx.compile(rf"\s*(?:(?:{alternation(zh.REVIEW_LEAD_WORDS)})\s*)?"
                              rf"(?:{alternation(zh.REVIEW_SPAN_LEADS)}|(?:{alternation(zh.REVIEW_LEAD_WORDS)}))")
LEAD_CONFIDENCE = 0.5


def _lead_parts(text: str, year: int | None, plan: bool = False) -> list[Frame]:
    """Parts a text without part headings opens by its paragraphs' leads: a review from a paragraph that looks back
    (过去五年,… / 回顾2025年,…), a plan from one that states a plan's lead (今后五年,…的主要目标是: / 今年工作的总体要求是);
    only when the text does both, the review first (a report's order), else nothing is decided.  News of a plan
    (``plan``: its genre) whose lead says it sets out targets (纲要提出了未来五年…的主要目标) is a plan from that lead
    on, up to a paragraph that looks back (the plan's background: 过去五年,…)."""
    marks = []
    plan_span = ""  # the span the plan's lead states, for the plan part it opens
    paras = _paragraphs(text, 0, len(text))
    if plan:
        for p in _lead_paragraphs(text, paras):
            if _past_year_opened(text, p, year) is not None:
                continue  # 2025年,全省坚持…锚定…蓝图: a plan opening with the year it follows; that review plans nothing
            e = text.find("\n", p)
            m = TARGET_LEAD.search(text, p, e if e >= 0 else len(text))
            if m:
                marks.append((p, TARGET, None, m.start(), m.end()))
                plan_span = _stated_span(text[m.start():m.end()], year)
                if _other_deadline(text, m.end(), e if e >= 0 else len(text), plan_span, year):
                    plan_span = ""  # (提出,到2027年,…;到2030年,…: stages, none the part's)
                paras = [q for q in paras if q > p]
                break
    lead_plan = bool(marks)
    for p in paras:
        q = after_caption(text, p)
        m = SPEECH_LEAD.match(text, q)
        if m:
            q = m.end()
        r = REVIEW_SPAN_LEAD.match(text, q)
        if r:
            y = PART_YEAR_OPENER.match(text, q)
            ry = int(y.group(1)) if y and y.group(1) else (
                year + zh.SECTION_YEAR_WORDS[y.group(2)] if y and y.group(2) and year else None)
            marks.append((p, ACTUAL, ry, r.start(), r.end()))
            back = _present_sentence(text, r.end(), year)
            if back is not None:
                marks.append((back, "", None, back, back))
            continue
        past = _past_year_opened(text, p, year)
        if past is not None:  # 2025年是…的一年 / 报告指出,2025年… in a text of 2026: the review of that year
            # (…会议23日开幕,823名代表出席。省长在报告中说,去年…: the review opens after the meeting's sentence)
            marks.append((past[1] if MEETING_HELD.match(text, p) else p, ACTUAL, *past))
            back = _present_sentence(text, past[1], year)
            if back is not None and _YEAR_NUMBER_OPENER.match(text, back):
                # 2022年是极不平凡的一年,…。2023年开局起步,1-2月…: the look back ends where the text's own year opens by
                # its number (a 今年 inside it is read as the present wherever it stands: facts._forecast)
                marks.append((back, "", None, back, back))
            continue
        g = PLAN_LEAD.search(text, q, min(len(text), q + OPENER_REACH))
        if g and "\n" not in text[q:g.start()]:
            y = PART_YEAR_OPENER.match(text, q)
            py = int(y.group(1)) if y and y.group(1) else (
                year + zh.SECTION_YEAR_WORDS[y.group(2)] if y and y.group(2) and year else None)
            marks.append((p, TARGET, py, g.start(), g.end()))
            continue
        if marks and _opens_present(text, p, year):
            marks.append((p, "", None, p, p))  # 今年,… / 今后五年,… / “十五五”时期,…: the review before it ends
    kinds = [k for _, k, *_ in marks if k]
    both = lead_plan or ACTUAL in kinds and TARGET in kinds and kinds.index(ACTUAL) < kinds.index(TARGET)
    out: list[Frame] = []
    ends: list[int] = []
    for p, k, y, a, b in marks:
        if out and ends[-1] < 0 and (not k or out[-1].kind == k and y in (None, out[-1].year)):
            if not k:
                ends[-1] = p
            continue  # (a part runs on over paragraphs that open it again, up to one opening another time)
        if not k:
            continue
        if out and ends[-1] < 0:
            ends[-1] = p
        # a paragraph that names the year just gone (2025年是…的一年) looks back as surely as a heading naming it
        sure = k == ACTUAL and year and y == year - 1 and _past_year_opened(text, p, year) is not None
        out.append(Frame(k, p, len(text), y, "lead", a, b, text[a:b], SURE if sure else LEAD_CONFIDENCE))
        ends.append(-1)
    got = [Frame(f.kind, f.start, e if e >= 0 else len(text), f.year, f.source, f.cue_start, f.cue_end, f.cue,
                 f.confidence, plan_span if i == 0 and f.kind == TARGET else "")
           for i, (f, e) in enumerate(zip(out, ends))]
    if both:
        return got
    # a text that only looks back frames nothing by its leads, unless a paragraph names the year it reviews (2025年
    # 是…的一年 / 过去一年,…): that year holds for the paragraphs after it, up to one that opens another time
    return [f for f in got if f.kind == ACTUAL and f.year is not None and year and f.year == year - 1
            and (re.search(r"\d{4}", f.cue) or not _reviews_own_year(text, year))]


_SENTENCE_END = rx.compile(r"[。!?！？]")
_YEAR_NUMBER_OPENER = rx.compile(r"\s*(?:19|20)\d\d\s*年")


def _present_sentence(text: str, at: int, year: int | None) -> int | None:
    """The start of the first sentence after ``at`` in the same paragraph that opens with the text's own year or a
    later time (过去一年,全县…增长5.1%。今年主要预期目标:…), or None: a news item on a work report tells the year
    looked back on and this year's targets in one paragraph, and the look back ends where the present opens."""
    e = text.find("\n", at)
    e = len(text) if e < 0 else e
    for m in _SENTENCE_END.finditer(text, at, e):
        q = m.end()
        if q < e and text[q:e].strip() and _opens_present(text, q, year) and not _year_spoken_of(text, q, year):
            return q
    return None


def _year_spoken_of(text: str, p: int, year: int | None) -> bool:
    """The sentence at ``p`` opens with a word of the year the text is speaking of (年内, 全年, 当年), not of the
    writer's present (今年, 本年): inside a look back (过去一年,…。年内新开工项目40个) it is the year looked back on."""
    lead = _lead_time(text, p, year)
    return lead is not None and lead[0].kind == "this_year" and not lead[0].text.startswith(zh.PRESENT_YEAR_WORDS)


def _reviews_own_year(text: str, year: int) -> bool:
    """The text looks back on its own year (2019年,是…的一年 in a report headed 2019年…): its 过去一年 is that year."""
    from .scope import reviews_own_year
    return reviews_own_year(text, year)


ANAPHORIC_TIME_KINDS = ("that_year",)


def _opens_present(text: str, p: int, year: int | None) -> bool:
    """The paragraph at ``p`` opens with a time of the text's own year or after (今年,… / 2026年,… in a text of 2026 /
    今后五年,… / “十五五”时期,…): a review part opened before it ends there."""
    if not year:
        return False
    lead = _lead_time(text, p, year)
    if lead is None or lead[0].kind in ANAPHORIC_TIME_KINDS:
        return False  # (这一年,… / 当年,…: the year just named)
    m = re.match(r"(?:\.\.)?(\d{4})", lead[0].period)
    return m is not None and int(m.group(1)) >= year


def _stated_span(cue: str, year: int | None) -> str:
    """The span or deadline a plan's lead states (提出了未来五年…的主要目标 → 2026..2030, 明确了到2030年的发展目标 →
    ..2030), or "" when it states none or several."""
    from .periods import find_periods
    got = find_periods(cue, year)
    if len(got) != 1 or got[0].role not in ("span", "deadline") or "?" in got[0].period:
        return ""  # (到2027年和到2030年: two stages, none the part's)
    return got[0].period


def _other_deadline(text: str, start: int, end: int, span: str, year: int | None) -> bool:
    """``text[start:end]`` (the rest of a plan's lead paragraph) sets a deadline other than ``span`` (…到2027年,…;
    到2030年,…): the plan has stages, and no one of them is the part's."""
    from .periods import find_periods
    return bool(span) and any(p.role == "deadline" and p.period != span for p in find_periods(text[start:end], year))


# the kinds of time that name a part's years as a span: a plan (“十四五”时期), the years back (过去五年) or ahead (今后五年)
PART_SPAN_KINDS = ("plan", "past_n", "future_n")


def _span_named(text: str, year: int | None) -> str:
    """The one span of years ``text`` names as a plan (“十四五”时期 → 2021..2025) or counted from the year of writing
    (过去五年 in a text of 2026 → 2021..2025, 今后五年 → 2026..2030); "" when it names none, or several."""
    from .periods import find_periods
    got = {p.period for p in find_periods(text, year) if p.kind in PART_SPAN_KINDS
           and p.role in ("span", "base") and re.fullmatch(r"\d{4}\.\.\d{4}", p.period)}
    return got.pop() if len(got) == 1 else ""


def _part_span(text: str, h: _Head, year: int | None) -> str:
    """The span of years a part heading opens (一、2025年和“十四五”时期工作回顾, 二、“十五五”时期主要目标, 过去五年工作回顾),
    or, under a heading that names no time (一、工作回顾), the span its first sentence opens with (“十四五”时期是…的五年 /
    过去五年,…): the paragraphs below read their 这五年, 五年来 and their end states in it."""
    got = _span_named(h.title, year)
    if got or h.year is not None or not h.own_line:
        return got
    if h.span:
        return h.span
    nl = text.find("\n", h.title_end, h.end)
    body = text[nl + 1 if nl >= 0 else h.title_end:h.end]
    first = re.match(r"\s*([^。!?！？\n]{0,60})", body)
    lead = first.group(1) if first else ""
    head = re.match(r"[^,，。;；]{0,12}", lead)  # the time opens the sentence: its subject or its opening clause
    return _span_named(head.group(), year) if head else ""


# the year's set of works a government undertakes for the people, as a heading, a title or a lead names it (民生实事,
# 十件实事, 为民办实事项目: zh.TODO_SET_HEADS); read by frame, scope (list leads) and facts (their kind)
TODO_SET_NAME = rf"(?:{alternation(zh.TODO_SET_HEADS)})(?:项目)?"
TODO_SET = rx.compile(TODO_SET_NAME)
# …or the plan, as the speaker, sets its deadline (《规划》提出,争取到2029年,… / 方案明确,到2027年…)
TARGET_LEAD = rx.compile(rf"(?:{alternation(zh.TARGET_LEAD_VERBS)})[^。;；\n]{{0,30}}?(?:{alternation(zh.TARGET_LEAD_NOUNS)})|"
                         rf"(?:{alternation(zh.TARGET_LEAD_VERBS)})\s*[,，:：]?\s*(?:{alternation(zh.YEAR_COMMIT_MODALS)})?"
                         rf"\s*到\s*(?:19|20)\d\d\s*年(?:底|末)?")
# 实施方案（2017－2020年） / 管理办法（试行） / …若干措施冀政办发〔2017〕5号: a title closed by the span or the trial status
# of what it names, or run into its document number
_TITLE_TAIL = r"(?:[(（][^()（）\n]{1,16}[)）])?[》”\"]?(?:的通知)?(?:[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\d+号)?"
PLAN_TITLE = rx.compile(rf"(?:{alternation(zh.PLAN_TITLE_ENDS)}){_TITLE_TAIL}\s*$|"
                        rf"(?:{alternation(zh.PROJECT_NOUNS)})(?:{alternation(zh.WORKS_LIST_TITLE_ENDS)})[》”\"]?"
                        rf"(?:的通知|(?:{alternation(zh.LIST_PUBLISHED_VERBS)}))?\s*$|"
                        # 2023年某省重点建设项目出炉 / …重大项目敲定: the year's works given out, the list's noun left unsaid
                        rf"(?:{alternation(zh.PROJECT_NOUNS)})[》”\"]?(?:{alternation(zh.LIST_PUBLISHED_VERBS)})\s*$|"
                        # 关于公布2026年市重点建设项目的通知: a notice giving out the list of works it names
                        rf"(?:{alternation(zh.LIST_PUBLISHED_VERBS)})[^,，。;；]{{0,30}}?(?:{alternation(zh.PROJECT_NOUNS)})"
                        rf"(?:{alternation(zh.WORKS_LIST_TITLE_ENDS + zh.LIST_NOUNS)})?[》”\"]?的通知\s*$")
# 2024年十件民生实事 / 关于2025年为民办实事项目的公告 / 今年民生实事项目正式出炉: the year's set of works for the people, as
# given out (a report on it, …完成情况 / …进展顺利, ends otherwise); named by its year, for a title naming the set alone
# (为民办实事项目) is a site's column, over reports too
TODO_SET_TITLE = rx.compile(rf"(?:(?:19|20)\d\d\s*年度?|今年|明年)[^,，。;；!！?？]{{0,24}}?{TODO_SET_NAME}"
                            rf"(?:{alternation(zh.WORKS_LIST_TITLE_ENDS)})?[》”\"]?(?:正式)?"
                            rf"(?:{alternation(zh.LIST_PUBLISHED_VERBS)})?(?:的(?:通知|公告))?\s*$")
LEAD_PARAGRAPHS = 2  # opening paragraphs of the body (over 40 characters: no title, date or source line) read


def _lead_paragraphs(text: str, paras: list[int]) -> list[int]:
    """The starts of the body's opening paragraphs (LEAD_PARAGRAPHS of ``paras`` over 40 characters, with clauses: a
    title, a date or a source line, a site's menu is none), where a text says what it is (a plan's lead, a list given
    out)."""
    return [p for p in paras if len(line := text[p:(text.find("\n", p) + 1 or len(text) + 1) - 1]) > 40
            and _CLAUSE_MARK.search(line)][:LEAD_PARAGRAPHS]


_CLAUSE_MARK = rx.compile(r"[,，。;；]")  # a line of prose has clauses; a site's menu (首页 新闻 政务 …) has none


def _document_frame(ctx, title: str, text: str) -> Frame:
    """The kind of a figure neither its words nor its part decide: ``target`` in a document titled by its targets
    (安徽确立未来五年发展目标), unless it is a plan or report that also reviews the past (规划, 建议, 工作报告 hold
    review parts); else ``actual``."""
    n = len(text)
    genre = getattr(ctx, "genre", "") or ""
    t = normalize_chars(title or "")
    if TARGETS_TITLE.search(t) and not REVIEWING_TITLE.search(t):
        return Frame(TARGET, 0, n, None, "title", cue=t, confidence=0.6)
    if PLAN_TITLE.search(t) and not REVIEWING_TITLE.search(t):
        return Frame(TARGET, 0, n, None, "title", cue=t, confidence=0.5)  # 2026年民生实事项目计划
    told = None if REVIEWING_TITLE.search(t) else _todo_set_told(text)
    if TODO_SET_TITLE.search(t) and not REVIEWING_TITLE.search(t) and (told is None or told[0] != ACTUAL):
        return Frame(TARGET, 0, n, None, "title", cue=t, confidence=0.5)  # 2024年十件民生实事
    if told is not None and told[0] == TARGET:
        return Frame(TARGET, 0, n, None, "lead", told[1], told[2], text[told[1]:told[2]], 0.5)
    lead = None if t.strip() else _lead_told_targets(text)
    if lead is not None:
        return Frame(TARGET, 0, n, None, "lead", lead[0], lead[1], text[lead[0]:lead[1]], 0.5)
    return Frame(ACTUAL, 0, n, None, "genre", cue=genre, confidence=0.5)


def _lead_told_targets(text: str) -> tuple[int, int] | None:
    """A page with no headline one of whose lead's first two sentences says, as a title would, that the text sets out
    targets (昨日闭幕的某县人代会,确定了2026年全县发展的主要预期目标与工作重点。 / 会议确立了今后五年的奋斗目标。): that
    sentence's span, the words that say it; None otherwise, or when the sentence names a report or a review (政府工作
    报告, 回顾, 完成), whose text looks back as well."""
    paras = _lead_paragraphs(text, _paragraphs(text, 0, len(text)))
    if not paras:
        return None
    p = paras[0]
    line_end = text.find("\n", p)
    line_end = line_end if line_end >= 0 else len(text)
    for _ in range(LEAD_TOLD_SENTENCES):  # (本报讯 2月20日,某市人代会闭幕。会议确立了…目标。: the second sentence)
        e = _SENTENCE_END.search(text, p, line_end)
        end = e.end() if e else line_end
        sentence = normalize_chars(text[p:end])
        m = TARGET_LEAD.search(sentence)
        if m is not None and TARGETS_TITLE.search(sentence[m.start():]):
            return None if REVIEWING_TITLE.search(sentence) else (p + m.start(), p + m.end())
        if end >= line_end:
            break
        p = end
    return None


LEAD_TOLD_SENTENCES = 2  # the lead's sentences read for what a headline would say


# 经…会议投票表决,确定以下11个项目为2024年度政府民生实事项目: / 县政府2025年度十件民生实事项目正式出炉 / 2022年度民生实事
# 项目于2月7日印发实施: the year's set of works for the people told as adopted or given out (zh.TODO_SET_HEADS)
_SET_GIVEN_VERBS = alternation(zh.LIST_PUBLISHED_VERBS + zh.SET_ADOPTED_VERBS)
TODO_SET_GIVEN = rx.compile(rf"(?:{_SET_GIVEN_VERBS})[^。!！?？;；\n]{{0,40}}?{TODO_SET_NAME}|"
                            rf"{TODO_SET_NAME}[^。!！?？;；,，\n]{{0,12}}?(?:{_SET_GIVEN_VERBS})")
SET_REVIEW = rx.compile(alternation(zh.SET_REVIEW_LEAD_WORDS))
_SENTENCE_MARKS = "。!！?？\n"


SET_TOLD_LINES = 4  # the opening lines read for how a text speaks of the year's set of works for the people


def _todo_set_told(text: str) -> tuple[str, int, int] | None:
    """How the text's opening lines (SET_TOLD_LINES: a headline, a byline, a short lead count) first speak of the year's
    set of works for the people: (ACTUAL, …) when the sentence naming it reports on it (…12件实事全部完成, 进展顺利:
    zh.SET_REVIEW_LEAD_WORDS), (TARGET, start, end of the words telling it) when it tells the set was adopted or given
    out (TODO_SET_GIVEN); None when they do neither.  Told as given out, the text is that list's: a figure its own words,
    its part and its list's lead leave undecided is one of the items to be done (…十件民生实事项目正式出炉! over
    一、村内道路提升工程 ⏎ 硬化道路10万平方米); told as done, a headline naming the set is no announcement of it."""
    for p in _paragraphs(text, 0, len(text))[:SET_TOLD_LINES]:
        e = text.find("\n", p)
        e = e if e >= 0 else len(text)
        for m in TODO_SET.finditer(text, p, e):
            a = max([text.rfind(ch, p, m.start()) + 1 for ch in _SENTENCE_MARKS] + [p])
            b = min([k for k in (text.find(ch, m.end(), e) for ch in _SENTENCE_MARKS) if k >= 0] or [e])
            if SET_REVIEW.search(text, a, b):
                return ACTUAL, a, b
            g = TODO_SET_GIVEN.search(text, a, b)
            if g is not None:
                return TARGET, g.start(), g.end()
    return None


# What a paragraph of a part may open with before the time it names (回顾2025年 / 刚刚过去的2025年)
PART_LEAD_PREFIX = rx.compile(rf"(?:{alternation(zh.REVIEW_LEAD_WORDS + zh.PAST_YEAR_LEAD_WORDS)})\s*")
LEAD_HEAD = re.compile(r"[^,，。;；:：!?！？\n]{0,16}")  # a paragraph's opening clause, as far as a time that opens it
PARAGRAPH = "paragraph"  # the source of a part a paragraph's lead opens inside a heading's part


def after_caption(text: str, p: int) -> int:
    """Where the paragraph at ``p`` begins its own words: after a photo's caption run into it (``CAPTION_RUN_IN``),
    else ``p``."""
    m = CAPTION_RUN_IN.match(text, p)
    return m.end() if m else p


def _lead_opening(text: str, p: int) -> int:
    """Where the words of the paragraph at ``p`` that may name its time begin: after who speaks or is spoken to
    (报告指出, / 各位代表,), the blanks, and a word leading into the time (回顾 / 刚刚过去的); a photo's caption run into
    its opening (``CAPTION_RUN_IN``) is none of its words."""
    p = after_caption(text, p)
    m = SPEECH_LEAD.match(text, p)
    q = m.end() if m else p
    while text[q:q + 1] in (" ", "\u3000", "\t"):
        q += 1
    m = PART_LEAD_PREFIX.match(text, q)
    return m.end() if m else q


def _lead_time(text: str, p: int, year: int | None):
    """The time the paragraph at ``p`` opens with (2025年,… / 刚刚过去的2025年,… / 去年,… / 五年来,… / “十四五”时期是…
    / 今年主要预期目标是:…), as a period mention of its opening clause and where that clause starts, or None."""
    from .periods import find_periods
    q = _lead_opening(text, p)
    head = LEAD_HEAD.match(text, q).group()
    got = find_periods(head, year) if head else []
    return (got[0], q) if got and got[0].start == 0 else None


def _lead_scope(lead, part: Frame) -> tuple[int | None, str] | None:
    """(year, span) of the narrower scope a paragraph's opening time opens in ``part``: one year of the part (its
    heading's year, or the reviewed span's last year / the planned span's first: 2025年, under 一、过去五年工作回顾;
    今年, under 二、“十五五”时期目标任务和2026年工作安排) → (that year, ""); the part's span, or one that ends in the
    reviewed year (过去五年 / 五年来 under 一、2025年工作回顾) or starts in the planned one → (the part's year, the
    span).  None for a time that is not one of the part's (2023年,… in a five-year review: an event of it)."""
    span = re.fullmatch(r"(\d{4})\.\.(\d{4})", part.period or "")
    first, last = (int(span.group(1)), int(span.group(2))) if span else (None, None)
    edge = last if part.kind == ACTUAL else first if part.kind == TARGET else None
    if lead.role == "point" and re.fullmatch(r"\d{4}", lead.period):
        y = int(lead.period)
        return (y, "") if y == part.year or span and y == edge else None
    m = re.fullmatch(r"(\d{4})\.\.(\d{4})", lead.period) if lead.role == "span" else None
    if m is None:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    if lead.kind == "years_back":  # 五年来 / 这五年: the part's span of as many years, or as many up to its year
        if span and b - a == last - first:
            a, b = first, last
        elif part.year is not None and part.kind == ACTUAL:
            a, b = part.year - (b - a), part.year
        else:
            return None
    elif lead.kind not in PART_SPAN_KINDS:
        return None
    if span and (a, b) == (first, last) or part.year is not None and (
            part.kind == ACTUAL and b == part.year or part.kind == TARGET and a == part.year):
        return part.year, f"{a}..{b}"
    return None


def _lead_parts_within(text: str, part: Frame, body: int, inner: list[Frame], year: int | None) -> list[Frame]:
    """The narrower parts paragraphs open inside a heading's part that names a year or a span: a part reviewing the
    five years and the last one (一、2025年和“十四五”时期工作回顾, 一、过去五年工作回顾 then 2025年,…) or planning the
    five years and the next one (二、“十五五”时期目标任务和2026年工作安排) reads each paragraph in the time the nearest
    paragraph before it opened with, up to the part's end: 刚刚过去的2025年,… and the ——/一是 paragraphs after it are
    that year's, 五年来,… and those after it the span's, 今年主要预期目标是:… the year's.  The paragraphs of a heading
    part inside (``inner``) are that part's."""
    if part.year is None and not part.period:
        return []
    out: list[Frame] = []
    cur: tuple[int, tuple[int | None, str], tuple[int, int, str]] | None = None
    for p in _paragraphs(text, body, part.end):
        if any(f.start <= p < f.end for f in inner):
            continue
        lead = _lead_time(text, p, year)
        got = _lead_scope(lead[0], part) if lead is not None else None
        if got is None or cur is not None and got == cur[1]:
            continue
        if cur is not None:
            out.append(Frame(part.kind, cur[0], p, cur[1][0], PARAGRAPH, *cur[2], part.confidence, cur[1][1]))
        mention, q = lead
        cur = (p, got, (q, q + mention.end, mention.text))
    if cur is not None:
        out.append(Frame(part.kind, cur[0], part.end, cur[1][0], PARAGRAPH, *cur[2], part.confidence, cur[1][1]))
    return out


def _chapter_heads(heads: list[_Head]) -> list[_Head]:
    """The chapters of a text: its outermost headings standing on their own lines."""
    own = [h for h in heads if h.own_line]
    top = min((h.level for h in own), default=None)
    return [h for h in own if h.level == top]


def _span_chapters(heads: list[_Head], year: int | None) -> None:
    """A chapter heading that names a plan's span in words of neither review nor plan (一、“十四五”圆满收官,岚山迈上新
    台阶 / 二、奋力开创“十五五”发展新局面) reviews the span when it has ended (its last year before the text's, or the
    text's own when another chapter names the span after it: a report given in a plan's first year) and plans it when
    it starts in the text's year or later.  Only chapters (the outermost headings on their own lines): a section
    inside a chapter takes its chapter's kind."""
    if not year:
        return
    chapters = _chapter_heads(heads)
    spans = {id(h): _span_named(h.title, year) for h in chapters}
    years = {k: tuple(int(y) for y in v.split("..")) for k, v in spans.items() if v}
    for h in chapters:
        got = years.get(id(h))
        if h.kind or got is None:
            continue
        first, last = got
        if first >= year:
            h.kind = TARGET
        elif last < year or last == year and any(a == last + 1 for a, _ in years.values()):
            h.kind = ACTUAL


def _year_chapters(heads: list[_Head], year: int | None) -> None:
    """A heading that names its part's year by a topic of neither review nor plan (二、2026年重点工作, 三、今年主要工作)
    plans that year when it lies after the year of writing, or is that year and a heading before it reviews (一、2025年
    工作回顾 or 一、“十四五”时期工作回顾, then 二、2026年重点工作: a report given at the year's start); a year's work can only be
    reported once it is done.  A year before the text's is left to its words (2025年主要工作 in a report of 2026)."""
    if not year:
        return
    reviewed = False
    for h in heads:
        if not h.own_line:
            continue
        if h.kind == ACTUAL or h.year is not None and h.year < year and h.kind != TARGET:
            reviewed = True  # (一、“十四五”时期工作回顾 / 一、2025年工作回顾 / 一、2025年主要工作)
        if h.kind or h.year is None:
            continue
        if h.year > year or h.year == year and reviewed:
            h.kind = TARGET


# 某省第十四届人民代表大会第二次会议23日开幕。 / 1月15日,某市十七届人大三次会议在市会议中心召开。: a news lead's first
# sentence telling of the meeting a report was given at, before the sentences that say what the report says
_MEETING_SENTENCE = rf"[^。!?！？\n]{{0,80}}?(?:{alternation(zh.MEETING_NAME_ENDS)})[^。!?！？\n]{{0,30}}?" \
                    rf"(?:{alternation(zh.MEETING_HELD_VERBS)})" \
                    r"[^。!?！？\n]{0,40}?[。!?！？]"
# …or who gave the report there, in a sentence of its own (市长作政府工作报告。/ 在热烈的掌声中,省长某某作《政府工作报告》。)
_REPORT_GIVEN = r"[ \t\u3000]*[^。!?！？\n]{0,40}?作[^。!?！？\n]{0,14}?报告[》」”]?[。!?！？]"
MEETING_HELD = rx.compile(rf"(?:{_MEETING_SENTENCE}(?:{_REPORT_GIVEN})?|{_REPORT_GIVEN})")


# 报告指出,某区2025年实现了经济平稳增长。/ 全县2025年完成…: a paragraph opening with the place whose year it reports, then
# that year and what was done in it (zh.YEAR_REPORTED_VERBS) or the opener's comma
SUBJECT_YEAR_REPORTED = rx.compile(
    rf"\s*(?:全|我)?[\u4e00-\u9fff]{{0,8}}?[{zh.DIVISION_SUFFIX_CHARS}]\s*((?:19|20)\d\d)\s?年()"
    rf"(?:[,，]|(?:{alternation(zh.YEAR_REPORTED_VERBS)}))")


def _past_year_opened(text: str, p: int, year: int | None) -> tuple[int, int, int] | None:
    """(the year, the span that names it) when the paragraph at ``p`` opens with the year before the text's own (2025年
    是…的一年 / 2025年,全省… / 刚刚过去的2025年,… / 过去一年,… / 报告指出,2025年… in a text of 2026): the year a
    review looks back on, named once where it begins; else None (今年以来 / 2025年以来 run up to now).  A news
    lead may first tell of the meeting the report was given at (某省…会议23日开幕。省长在政府工作报告中说,去年全省…):
    the report's words, and the year they look back on, open the sentence after it."""
    if not year:
        return None
    q = _lead_opening(text, p)
    m = PART_YEAR_OPENER.match(text, q)
    held = MEETING_HELD.match(text, p) if m is None else None
    if held is not None and text[held.end():held.end() + 1] not in ("\n", ""):
        q = _lead_opening(text, held.end())  # 某省…会议23日开幕。省长在政府工作报告中说,去年全省…: what the report says
        m = PART_YEAR_OPENER.match(text, q)
    if m is None:
        m = SUBJECT_YEAR_REPORTED.match(text, q)  # 报告指出,某区2025年实现了…: the place that did it, then its year
    if m is None or m.group().endswith("以来"):
        return None
    if m.group(2) and _reviews_own_year(text, year):
        return None  # (过去一年 in a text that says 2019年,是…的一年 of its own year: that year)
    y = int(m.group(1)) if m.group(1) else year + zh.SECTION_YEAR_WORDS[m.group(2)]
    return (y, q, m.end()) if y == year - 1 else None


def _lead_chapters(heads: list[_Head], text: str, year: int | None, ctx=None) -> None:
    """A chapter heading that names no time, in words of review (一、政府工作回顾) or of neither review nor plan (一、砥砺
    奋进,圆满完成全年目标任务 / 一、砥砺奋进的五年), whose first paragraph opens with the year before the text's (2025年
    是…的一年 / 过去一年,…) or with a span of years gone by (五年来,… / 过去五年,… / “十四五”时期,… in a text of 2026)
    reviews that year or span: the paragraph names for the whole chapter, its (一)…(四) and lists, the time its heading
    leaves unsaid."""
    if not year:
        return
    for h in _chapter_heads(heads):
        if h.kind == TARGET or h.year is not None or _span_named(h.title, year):
            continue
        nl = text.find("\n", h.title_end, h.end)
        paras = _paragraphs(text, nl + 1, h.end) if nl >= 0 else []
        if not paras:
            continue
        got = _past_year_opened(text, paras[0], year)
        if got is not None:
            h.kind, h.year = ACTUAL, got[0]
            continue
        span = _past_span_opened(text, paras[0], year, ctx)
        if span:
            h.kind, h.span = ACTUAL, span


def _past_span_opened(text: str, p: int, year: int, ctx=None) -> str:
    """The span of years gone by the paragraph at ``p`` opens with (过去五年,… / “十四五”时期,… → 2021..2025 in a text
    of 2026; 五年来,… / 这五年,… up to the text's year, or to the year before in a text of its first months), or ""."""
    lead = _lead_time(text, p, year)
    if lead is None or lead[0].role != "span":
        return ""
    m = re.fullmatch(r"(\d{4})\.\.(\d{4})", lead[0].period)
    if m is None:
        return ""
    a, b = int(m.group(1)), int(m.group(2))
    if lead[0].kind == "years_back":
        from .scope import _early_in_year
        if b == year and _early_in_year(ctx, year):
            a, b = a - 1, b - 1
        return f"{a}..{b}" if b <= year else ""
    return f"{a}..{b}" if lead[0].kind in ("past_n", "plan") and b < year else ""


def find(doc, record, ctx) -> Frames:
    """The frames of a document (``ctx``: its ``context.DocContext``, for the year and genre)."""
    text = doc.norm
    year = getattr(ctx, "year", None)
    heads = _heads(doc, record, text, year)
    _span_chapters(heads, year)
    _lead_chapters(heads, text, year, ctx)
    _year_chapters(heads, year)
    runs = _toc_runs(heads, text)
    in_run = {id(h) for r in runs for h in r}
    announced: list[tuple[int, list[Frame]]] = []  # (where the announcement ends, its parts)
    for r in runs:
        listed = _in_order([(h.kind, h.year, h.start, h.title_end, h.title) for h in r])
        rs, re_ = r[0].start, r[-1].title_end
        parts = [Frame(k, rs, re_, y, "announced", a, b, t, 0.8) for k, y, a, b, t in listed if k or y]
        if parts:
            announced.append((r[-1].title_end, parts))
    for s, e, items in _inline_announcements(text, year):
        if any(s <= r[0].start < e for r in runs):
            continue  # listed inline and read by the outline as items (一是…回顾,二是…目标任务): one announcement
        announced.append((e, [Frame(k, s, e, y, "announced", a, b, text[a:b], 0.7) for k, y, a, b in items]))
    announced.sort(key=lambda a: a[0])

    parts: list[Frame] = []
    marked = [h for h in heads if id(h) not in in_run and (h.kind or h.year)]
    stack: list[tuple[_Head, Frame]] = []
    for h in heads:
        if id(h) in in_run:
            continue
        while stack and not (stack[-1][0].start <= h.start < stack[-1][0].end and stack[-1][0].level < h.level):
            stack.pop()
        if not (h.kind or h.year):
            continue
        outer = stack[-1][1] if stack else None
        kind = h.kind or (outer.kind if outer is not None else "")
        y = h.year if h.year is not None else (outer.year if outer is not None else None)
        span = _part_span(text, h, year)
        if not span and h.year is None and outer is not None:
            span = outer.period  # (一)综合实力显著增强 under 一、“十四五”时期工作回顾: the chapter's five years
        f = Frame(kind, h.start, h.end, y, "heading", h.start, h.title_end, h.title, SURE, span)
        parts.append(f)
        stack.append((h, f))
    within: list[Frame] = []
    for f in parts:
        if not f.kind:
            continue
        inner = [g for g in parts if g is not f and f.start <= g.start and g.end <= f.end]
        nl = text.find("\n", f.cue_end, f.end)
        within.extend(_lead_parts_within(text, f, nl + 1 if nl >= 0 else f.end, inner, year))
    parts.extend(within)
    for end_at, ann in announced:
        nxt = next((h.start for h in marked if h.start >= end_at), len(text))
        body = end_at + 1  # after the announcing sentence's end or the last listed heading's line
        if body < nxt:
            parts.extend(_announced_body(text, ann, body, nxt, year))
    if not parts and not announced:
        parts = _lead_parts(text, year, getattr(ctx, "genre", "") == "plan")
    parts.sort(key=lambda f: (f.start, -f.end))
    return Frames(_document_frame(ctx, getattr(ctx, "title", "") or record.title, text),
                  parts, [a for _, ann in announced for a in ann], doc.raw_span, _chapters(heads, text))


def _chapters(heads: list[_Head], text: str) -> list[tuple[int, str]]:
    """Each chapter heading opening its line, with the line as written (without its blanks)."""
    out = []
    for h in heads:
        if h.chapter and h.own_line:
            ls = text.rfind("\n", 0, h.start) + 1
            le = text.find("\n", h.start)
            out.append((ls, text[ls:le if le >= 0 else len(text)].strip()))
    return sorted(set(out))
