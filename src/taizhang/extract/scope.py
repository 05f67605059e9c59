"""The scope stack: where and when each fact speaks of.

A fact takes the nearest stated place and time, looking outward:
clause → sentence → paragraph (its framing clause, an introducing line) → section
(a heading such as 2023年 or 上半年经济亮点) → document (``context.py``: the title's period,
the document's year and place).  Time expressions that are comparison bases (比一季度,
比2015年, 与上年同期相比) are not the time of the fact; 同期为… is the comparison period.

``period`` and ``subject`` are called by ``facts.extract`` once per value candidate; they read
the candidate's value span and kind and set ``c.period`` / ``c.subject``.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Callable

from . import frame, rx, units
from .docregions import REF_MEETING_AFTER, inclusion_part, place_role, scope_names_event
from .figure import kind_of_body, shared_subject
from .indicators import names_a_class, strip_method
from .jieba_dict import first_word
from .lang import alternation, zh, zh_projects
from .periods import PeriodMention, find_periods, narrative_year, plan_span, time_lists, year_to
from .periods import _n as _count
from .segment import Headings, Layout, last_of

if TYPE_CHECKING:  # facts imports this module; the types are only for reading
    from .facts import RegionMention, SectionRegion
    from .figure import Cand

# (a level kept through the span is of the span: 五年来,城镇调查失业率控制在5.5%以内)
FLOW_CUES = rx.compile(alternation(zh.SPAN_FLOW_WORDS + zh.KEPT_LEVEL_VERBS))
STATUS_CUES = rx.compile(r"已有|现有|拥有(?!量)|目前|当前|共有|尚有|仍有")
ORG_SUFFIX = rx.compile(r"(?:项目|工程|基地|公司|集团|工厂|电厂|核电|炼化|钢铁|港|机场|段|一期|二期)$")
SUBJECT_WORDS = rx.compile(r"全市|全地区|全区|全县|全镇|我市|我区|我县|本市|该市|全州|全盟|全旗|我州|我盟|我旗")
ZONE_WORDS = zh.ZONE_WORDS
ZONE_RE = rx.compile("|".join(sorted(ZONE_WORDS, key=len, reverse=True)))  # 工业园区 before 工业园


def doc_year(doc, fallback: Callable[[], int | None]) -> int | None:
    """The year 今年/全年 refer to: the document context's (text evidence only), else ``fallback()``."""
    ctx = getattr(doc, "context", None)
    if ctx is None:
        return fallback()
    return ctx.year


# 以女性为100 / 以上年为100 / (上年=100): the base an index or a ratio is scaled to — its 100 no figure, its time
# (上年) no time of the figure it qualifies
BASE_REMARK = rx.compile(r"以[^,，。;；()（）\d]{1,10}为(?:100|1)(?![\d.])|[(（][^()（）,，。;；=]{1,8}=\s?(?:100|1)(?![\d.])")


def base_remark_ends(text: str, vs: int, end: int) -> bool:
    """The value ending at ``end`` is the 100 (or 1) of a base remark."""
    return any(m.end() == end for m in BASE_REMARK.finditer(text, max(0, vs - 14), end))


def document_periods(text: str, year: int | None, context=None) -> list[PeriodMention]:
    """Every time expression of the document's text, less the dates that only date the text (its signing line,
    a page's byline date: ``context.date_spans``); a bulletin signed （2024年3月10日） reports no figure of March;
    and less the base year of an index (以上年为100, 上年=100), no time of the index's value."""
    spans = list(getattr(context, "date_spans", None) or [])
    if "100" in text:
        spans += [(m.start(), m.end()) for m in BASE_REMARK.finditer(text)]
    found = [p for p in find_periods(text, year) if not any(s <= p.start and p.end <= e for s, e in spans)
             and not _year_in_sized_name(text, p)]
    read = [p for p in (_years_looked_back(p, year, context) for p in found) if p is not None]
    return _aliased_periods(text, _with_page_days(text, _list_years_carried(text, read), spans, context))


# the end of a sentence: a year a list is named by holds up to it
_SENTENCE_STOP = rx.compile(r"[。;；!?！？\n]")


def _list_years_carried(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """The mentions, each bare 年度 (年度计划投资95亿元) dated by the year its sentence named before it (初步安排2025年县级
    重点项目158项,总投资420亿元,年度计划投资95亿元 in a text of 2024): a list or a work named by its year has that
    year's plan, not the plan of the year the text is written in.  Only a year that dates the sentence (a point, not a
    base compared with, a deadline or a range) is carried."""
    out: list[PeriodMention] = []
    named: PeriodMention | None = None
    for p in found:
        if named is not None and _SENTENCE_STOP.search(text, named.end, p.start):
            named = None
        if p.kind == "year" and p.role == "point" and _YEAR_ONLY_PERIOD.fullmatch(p.period):
            named = p
        elif named is not None and p.text == "年度" and p.kind == "this_year" and p.period != named.period:
            p = PeriodMention(p.start, p.end, p.text, named.period, p.role, p.kind)
        out.append(p)
    return out


# 截至8日 / 8日当天 / 7日至9日 / 10日—11日 / 14日18时 / 25日、26日: a day written without its month, as a page dated to
# the day writes the days of its own month (or, past the page's day, of the month before)
PAGE_DAY = rx.compile(
    r"(?<![\d月年.号第\-/:：至到—－~～、近前后每个数几逾余续])(?P<upto>(?:截至|截止到|截止|到)[ \t]?)?"
    r"(?:\d{1,2}[ \t]?日?[ \t]?[至到—\-－~～、][ \t]?)?(?P<d>\d{1,2})[ \t]?日"
    r"(?:[ \t]?\d{1,2}[ \t]?[时点](?:\d{1,2}分)?)?"
    r"(?=[ \t]?(?:当天|当日|上午|下午|晚|凌晨|[,，、:：]))"
    rf"|(?:(?<=^)|(?<=[\n。,，;；:：]))[ \t]*(?P<upto2>(?:截至|截止到|截止|到)[ \t]?)?"
    rf"(?P<w>{alternation(tuple(zh.RELATIVE_DAYS) + zh.PAGE_DAY_WORDS)})"
    r"(?=[ \t]?(?:上午|下午|晚|凌晨|\d{1,2}[ \t]?[时点:：]|[,，]))")
REPORTER_HEARD = rx.compile(alternation(zh.REPORTER_HEARD_WORDS))
FEEDBACK = rx.compile(alternation(zh.FEEDBACK_VERBS))
PLANNED_DAY = rx.compile(alternation(zh.PLANNED_TIME_WORDS))
_DAY_CLAUSE_END = rx.compile(r"[,，。;；\n]")


_ISO_DATE = rx.compile(r"(\d{4})-(\d\d)-(\d\d)")


def _text_day(context) -> tuple[int, int, int] | None:
    """The text's own date as (year, month, day), when the text dates itself to the day (not a manifest's or an
    address's date), else None."""
    d = getattr(context, "date", None)
    if d is None or d.evidence.source.startswith("manifest") or d.evidence.source == "url":
        return None
    m = _ISO_DATE.fullmatch(d.value)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _with_page_days(text: str, found: list[PeriodMention], spans, context) -> list[PeriodMention]:
    """The mentions, and the days written without their month (截至8日, 8日当天, 7日至9日, 当日, 昨日) as mentions of
    the month they lie in (``_day_period``)."""
    ymd = _text_day(context)
    taken = [(p.start, p.end) for p in found] + list(spans)
    extra: list[PeriodMention] = []
    for m in PAGE_DAY.finditer(text):
        a, b = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
        if any(s < b and a < e for s, e in taken):
            continue
        per = _day_period(text, m, a, b, found, ymd)
        if per:
            extra.append(PeriodMention(a, b, text[a:b], per, "point", "upto_day" if per.startswith("..") else "month_day"))
    if not extra:
        return found
    return sorted(found + extra, key=lambda p: (p.start, p.end))


DAY_BACK_REACH = 600  # characters back to the day a later 截至当日 names again


def _day_period(text: str, m: re.Match, a: int, b: int, found: list[PeriodMention],
                ymd: tuple[int, int, int] | None) -> str | None:
    """The month of a day written without it: under a page dated to the day, the page's month when the day is not
    after the page's day, else the month before (a page of 2016-12-10: 截至8日 → ..2016-M12, 8日当天 → 2016-M12;
    截至28日 on 5月3日 → April), or the page's when the day is one to come (25日,某区将组织… on the 24th); 当日 / 当天
    opening a text that names no time before it is the page's day.  After a day the text names (8月16日,…交办…), 截至当日
    is the cut-off of that day's month (..?-M08), and a bare 当天 is left to that day's event (an event's batch keeps
    the time its name gives).  A day that only dates the reporter's hearing (3日,记者从…获悉,) dates nothing."""
    upto = ".." if (m.group("upto") or m.group("upto2")) else ""
    w = m.group("w")
    before = [p for p in found if p.end <= a]
    if w in zh.PAGE_DAY_WORDS and before:
        day = next((p for p in reversed(before) if p.kind in EVENT_DAY_KINDS), None)
        if upto and day is not None and _DAY_MONTH.fullmatch(day.period) and a - day.end <= DAY_BACK_REACH:
            return f"..{day.period}"
        return None
    if ymd is None:
        return None
    y, mo, dd = ymd
    clause_end = _DAY_CLAUSE_END.search(text, b + 1)  # (the clause the day opens, after its comma)
    end = clause_end.start() if clause_end else len(text)
    if REPORTER_HEARD.search(text, b, end):
        return None
    if w:
        import datetime
        day = datetime.date(y, mo, dd) + datetime.timedelta(days=zh.RELATIVE_DAYS.get(w, 0))
        return f"{upto}{day.year}-M{day.month:02d}"
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return None
    ahead = d > dd and PLANNED_DAY.search(text, b, end) is not None
    yy, mm = (y, mo) if d <= dd or ahead else (y, mo - 1) if mo > 1 else (y - 1, 12)
    return f"{upto}{yy}-M{mm:02d}"


# 6月23日至6月29日(以下简称最近一周) / 2024年1月1日至3月31日（以下简称“本季度”）: a time the text names once and gives
# a short name to, the name standing for it after
_TIME_ALIAS = rx.compile(rf"\s*[(（]\s*(?:{alternation(zh.ALIAS_GIVING)})\s*[“\"‘']?(?P<alias>[\u4e00-\u9fff]{{2,6}}?)"
                         rf"[”\"’']?\s*[)）]")


_DATED_WORD = rx.compile(rf"(?P<alias>{alternation(zh.BRACKET_DATED_TIME_WORDS)})\s*[(（]\s*$")
_BRACKET_CLOSE = rx.compile(r"(?:\s*[至到—\-－~～]\s*\d{1,2}\s*日)?\s*[)）]")  # (6月5日至11日: the days' end)


def _aliased_periods(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """The mentions, and after a time given a short name (…(以下简称最近一周)) or a relative time dated in the bracket
    after it (本周(6月5日至11日)), each later use of that name as a mention of the same time: a weekly bulletin's lists
    ranked by 本周新开工项目数量 are of that week."""
    extra: list[PeriodMention] = []
    for p in found:
        m = _TIME_ALIAS.match(text, p.end)
        w = _DATED_WORD.search(text, max(0, p.start - 8), p.start) if m is None else None
        if w is not None and _BRACKET_CLOSE.match(text, p.end):
            alias, after = w.group("alias"), p.end  # 本周(6月5日至11日): the week the bracket dates
        elif m is not None:
            alias, after = m.group("alias"), m.end()
        else:
            continue
        k = text.find(alias, after)
        while k >= 0:
            extra.append(PeriodMention(k, k + len(alias), alias, p.period, p.role, "alias"))
            k = text.find(alias, k + len(alias))
    if not extra:
        return found
    taken = [(p.start, p.end) for p in found]
    extra = [e for e in extra if not any(a < e.end and e.start < b for a, b in taken)]
    return sorted(found + extra, key=lambda p: (p.start, p.end))


def _year_in_sized_name(text: str, p: PeriodMention) -> bool:
    """Whether ``p`` is a year opening the name of a work a size stands before (投资860万元的2019年农村饮水巩固提升工程、
    …等6个项目已完工): part of the name, it dates nothing, neither the size nor the later figures of its sentence."""
    return p.start > 0 and text[p.start - 1] == "的" and re.fullmatch(r"(?:19|20)\d\d年", p.text or "") is not None \
        and (sized_work(text, p.start - 1) is not None or _NAME_GOES_ON.match(text, p.end)) \
        and re.search(r"[\d.]+\s*[万亿]?元\s*(?:以上|左右)?$", text[max(0, p.start - 12):p.start - 1]) is not None


# …的2012年易地搬迁、…的2011年整村推进: the year goes on into a name (a word of its own, no time's end or bound after it),
# whatever head the name ends with
_NAME_GOES_ON = rx.compile(r"(?![以前后底末初度内起至到份中])[\u4e00-\u9fff]")


_YEAR_SPAN = rx.compile(r"(\d{4})\.\.(\d{4})")


def _part_span(p: PeriodMention, context) -> re.Match | None:
    """The span of years (2021..2025) the document part ``p`` stands in names, as a match of its two years, or None."""
    frames = getattr(context, "frames", None)
    part = frames.part_at(p.start) if frames is not None else None
    return _YEAR_SPAN.fullmatch(getattr(part, "period", "") or "")


def _part_years(p: PeriodMention, context) -> PeriodMention | None:
    """…的五年 closing a sentence: the span of as many years the part it stands in names, or None."""
    own = _part_span(p, context)
    n = _count(re.sub(r"^的|年$", "", p.text))
    if not own or not n or int(own.group(2)) - int(own.group(1)) + 1 != n:
        return None
    return PeriodMention(p.start, p.end, p.text, own.group(), p.role, p.kind)


# the spans counted back from the year of writing: 五年来 / 这五年 (up to it), 过去五年 (up to the year before)
LOOKED_BACK_KINDS = ("years_back", "past_n")


def _years_looked_back(p: PeriodMention, year: int | None, context) -> PeriodMention | None:
    """这五年 / 五年来 / 过去五年 read in the part they stand in: the span of years its heading (or its first sentence)
    opens when it spans as many years (这五年 under 一、2025年和“十四五”时期工作回顾, or under 过去五年工作回顾 → 2021..2025;
    五年来 under “十二五”主要成就 → 2011..2015), else, in a text dated in the first months of its year, the years
    before that year (五年来 in a report delivered 2026年1月 → 2021..2025).  ——这是…的五年 / “十五五”时期是…的五年
    (``part_years``) is the span of its part, ahead or back, and no time outside a part that names as many years."""
    if p.kind == "part_years":
        return _part_years(p, context)
    if p.kind in ("year_since", "congress_since") and p.role == "span" and year:
        return _years_since(p, year, context)
    if p.kind not in LOOKED_BACK_KINDS or p.role != "span" or not year:
        return p
    m = _YEAR_SPAN.fullmatch(p.period)
    if not m:
        return p
    own = _part_span(p, context)
    n = int(m.group(2)) - int(m.group(1))
    if own and int(own.group(2)) - int(own.group(1)) == n and int(own.group(2)) <= year:
        return PeriodMention(p.start, p.end, p.text, own.group(), p.role, p.kind)
    if p.kind == "years_back" and int(m.group(2)) == year and _early_in_year(context, year):
        return PeriodMention(p.start, p.end, p.text, shift_year(p.period, -1), p.role, p.kind)
    return p


def _years_since(p: PeriodMention, year: int | None, context) -> PeriodMention:
    """2018年以来 (2018年以来的五年, 党的十八大以来) in a text dated in the first months of ``year``: the years from
    then up to the year before, the last whole year it can report (2018..2022 in a report delivered 2023年1月), as
    五年来 there."""
    m = _YEAR_SPAN.fullmatch(p.period)
    if m and int(m.group(2)) == year and int(m.group(1)) < year - 1 and _early_in_year(context, year):
        return PeriodMention(p.start, p.end, p.text, f"{m.group(1)}..{year - 1}", p.role, p.kind)
    return p


def writing_year(context, year: int | None) -> int | None:
    """The year the text was written in, for what may not yet have happened then: the year it speaks of, or the
    year of its own date when that is the next (a bulletin on 2023 signed 2024年3月10日 was written in 2024; a
    figure of 2024 in it is no commitment).  A date from outside the text (a manifest, an address) does not count."""
    d = getattr(context, "date", None)
    if d is None or not year or d.evidence.source.startswith("manifest") or d.evidence.source == "url":
        return year
    return d.year if d.year == year + 1 else year


def shift_year(period: str, by: int) -> str:
    """``2016-H1`` → ``2015-H1`` (by=-1); unknown years stay unknown (``?-H1``)."""
    return re.sub(r"(?<!\d)(\d{4})(?!\d)", lambda m: str(int(m.group(1)) + by), period)


# A target under a span (未来五年, 十四五时期) that states where a measure will stand is due by the span's end
# (人均地区生产总值要达到10.9万元 → ..2027); one that states a flow over the span keeps the span (年均增长,
# 新建79所, 计划投入62亿元).
STATE_VERB = rx.compile(alternation(zh.END_STATE_VERBS + zh.KEPT_LEVEL_VERBS))
END_STATE = rx.compile(rf"(?:{alternation(zh.END_STATE_VERBS)})[^,;。]{{0,3}}$")
# 城镇化率和户籍人口城镇化率分别达到45%、55%: a later item of a list of values the verb governs reaches its state too
END_STATE_ITEM = rx.compile(rf"(?:{alternation(zh.END_STATE_VERBS)})\s*(?:[\d.]+\s*(?:[%‰]|[\u4e00-\u9fff]{{1,4}})?\s*"
                            rf"(?:以上|左右)?\s*[、和与及]\s*){{1,4}}$")  # (a list's first four items: bounded)
FLOW_TARGET = rx.compile(r"年均|每年|累计|新建|新增|改扩建|投入|投资|引进|培育|建设|实施|完成|新培育|共")


# 五年累计 / 累计五年 / 三年共: a sum over that many years
N_YEARS_SUM = rx.compile(r"([一二两三四五六七八九十\d]{1,2})年(?:来|间|内)?(?:累计|共计|合计)|(?:累计|共计|合计)([一二两三四五六七八九十\d]{1,2})年")


def _span_end(per: str) -> str | None:
    m = re.fullmatch(r"(\d{4}|\?)\.\.(\d{4})|\?", per)
    if not m:
        return None
    return f"..{m.group(2)}" if m.group(2) else "..?"


def period(text: str, layout: Layout, c: Cand, periods: list[PeriodMention], p_starts: list[int],
           year: int | None, in_gloss: bool, plan_period: str, cands: list[Cand], context=None) -> None:
    """Set ``c.period`` from the nearest stated time (``stated_period``), then let the text's time frame
    (``context.TimeFrame``) date what its sentence leaves to the text (``framed_period``)."""
    stated_period(text, layout, c, periods, p_starts, year, in_gloss, plan_period, cands, context=context)
    framed_period(text, layout, c, periods, p_starts, year, context, cands)
    _single_month_of_span(text, layout, c, periods, p_starts, cands)
    _event_batch_plan(text, layout, c, cands, periods, p_starts, context)
    _event_batch_part(text, layout, c, cands, periods, p_starts)
    _work_cumulative(text, layout, c, periods, p_starts, context)
    _size_of_the_year(text, layout, c, periods, p_starts, context)


# 总投资88亿元 / 计划总投资46亿元 right before the value: the size of works over their life (zh.WORKS_SIZE_WORDS)
WORKS_SIZE = rx.compile(rf"(?<!完成)(?<!到位)(?:{alternation(zh.WORKS_SIZE_WORDS)})\s*(?:约|达|为|近|超|共|合计)?\s*$")
# 投资3500万元的某产业园: a work's size written before its name
WORKS_SIZE_BEFORE_NAME = rx.compile(r"投资\s*(?:约|达|近|超)?\s*$")
_NAME_AFTER_SIZE = rx.compile(r"\s*(?:以上|左右)?的[\u4e00-\u9fff]")


def _size_of_the_year(text: str, layout: Layout, c: Cand, periods, p_starts, context) -> None:
    """A total investment (总投资, 计划总投资, 概算总投资: the size of works over their life) that an event in view dates
    to a single month is of that month's year: the month is what an event held on a day gives what it did
    (5月10日,甲县举行集中开工仪式,开工项目12个,总投资30亿元: the count of 2023-M05, the lead's convention of session 27
    ruled again in session 41),
    but the works' size is no deed of that day (the lead's ruling of session 41, as the annotators of the T sets date
    every batch's 总投资 by the year).  So is the 总投资 of the batch's classes, places and single works (其中工业项目8个,
    总投资20亿元; 投资5000万元的某某产业园), and on an undated page the unknown year (?-M05 → ?).  Amounts done
    (完成投资), signed (签约金额) or planned for the year keep their time; a span of months (1—8月) is left alone, and
    so is a month's report with no event in view (9月份,全县新开工项目12个,总投资46亿元: the month's set, its size)."""
    if c.kind != "actual" or c.measure != "level" or c.rank:
        return
    ss, se = layout.sent_of(c.vs)
    if _QUARTER_BATCH.fullmatch(c.period or ""):
        _quarter_batch_size(text, layout, c, periods, p_starts)
        return
    if not _DAY_MONTH.fullmatch(c.period or ""):
        return  # (a span of months, 1—8月, is a report's time, no day's)
    kinds = {p.kind for p in periods[bisect.bisect_left(p_starts, ss):bisect.bisect_left(p_starts, c.vs)]}
    if kinds & {"month", "year_month"} and not kinds & EVENT_DAY_KINDS:
        return  # 9月份,全县新开工项目12个,总投资46亿元 / 全县6月份集中开工的15个项目总投资…: a month written, no day
    at = getattr(context, "event_at", 0) if getattr(context, "event_kind", "") else -1
    if not (_sentence_names_event(text, ss, se) or at >= 0 and abs(c.vs - at) <= EVENT_FRAME_REACH):
        return  # (no event in view: the month is a report's)
    if _works_size(text, layout, c):
        c.period = _YEAR_OR_UNKNOWN.match(c.period).group()


def _sentence_names_event(text: str, ss: int, se: int) -> bool:
    """Whether the sentence names a project event (集中开工, 举行…仪式) or takes one up (此次, 活动中)."""
    return bool(EVENT_OWN.search(text, ss, se) or EVENT_BACKREF.search(text, ss, se) or EVENT_HELD.search(text, ss, se))


def _works_size(text: str, layout: Layout, c: Cand) -> bool:
    """Whether the words right before the value in its clause name the size of works (总投资, 计划总投资), or it is a
    work's size written before its name (投资5000万元的某产业园)."""
    cs, _ = layout.clause_of(c.vs)
    lo = max(cs, c.vs - 12)
    return bool(WORKS_SIZE.search(text, lo, c.vs) or (
        WORKS_SIZE_BEFORE_NAME.search(text, lo, c.vs) and _NAME_AFTER_SIZE.match(text, c.mend)))


_QUARTER_BATCH = rx.compile(r"(?:\d{4}|\?)-Q[1-4]")


def _quarter_batch_size(text: str, layout: Layout, c: Cand, periods, p_starts) -> None:
    """The 总投资 of a batch an event names by its quarter (甲省2031年二季度共集中开工80个项目,总投资300亿元;
    乙市第三季度的开工仪式上,乙市落地45个,总投资120亿元) is of the quarter's year, as a batch's size at an event
    held on a day is (``_size_of_the_year``): the quarter names the round of events the works were launched in, the
    size is the works' over their life; so is the size of the batch's parts in the sentences after it in its paragraph
    (其中,乙市开工项目30个,总投资90亿元).  The count keeps the quarter.  The sentence that writes the quarter must name the event
    (集中开工, 举行…仪式, 此次/活动中): a quarter's report with no event in it (一季度,全县新开工项目12个,总投资46亿元:
    the quarter's set, its size) keeps the quarter, as a month's does."""
    ps, _ = layout.para_of(c.vs)
    q = next((p for p in reversed(periods[bisect.bisect_left(p_starts, ps):bisect.bisect_left(p_starts, c.vs)])
              if p.period == c.period), None)
    if q is not None and _sentence_names_event(text, *layout.sent_of(q.start)) and _works_size(text, layout, c):
        c.period = _YEAR_OR_UNKNOWN.match(c.period).group()


SINGLE_MONTH = rx.compile(alternation(zh.SINGLE_MONTH_WORDS))


def _single_month_of_span(text: str, layout: Layout, c: Cand, periods, p_starts, cands: list[Cand] = ()) -> None:
    """其中,当月规模以上工业增加值同比增长9.9% under 一、1-3月份主要经济指标完成情况: a figure its clause says is of the
    month alone (当月, 单月, 本月), with no time of its own after that word, is of the last month of the span it would
    otherwise take (1-3月 → its March; 一季度 → March; 上半年 → June), not of the whole span.  A clause that only
    states the change (其中当月实现产值1001.1亿元,增长6.5%) is of the clause before it."""
    m = _SPAN_END.fullmatch(c.period or "")
    if m is None or c.rank or (m.group(2) and ".." not in c.period.lstrip(".")) or c.period.startswith(".."):
        return
    first = min((x for x in cands if c.group >= 0 and x.group == c.group), key=lambda x: x.vs, default=c)
    cs, _ = layout.clause_of(first.vs)  # (单月进度分别为9%、6%、12.5%: the list's later values share its first's clause)
    if cs >= 1 and BARE_CHANGE.fullmatch(text, cs, c.vs):
        cs = layout.clause_of(cs - 1)[0]  # (…当月实现产值1001.1亿元,增长6.5%: the growth of the month's amount)
    word = None
    for w in SINGLE_MONTH.finditer(text, cs, c.vs):
        word = w
    if word is None or periods[bisect.bisect_left(p_starts, word.end()):bisect.bisect_left(p_starts, c.vs)]:
        return
    y = m.group(1) or m.group(3)
    month = int(m.group(2)) if m.group(2) else int(m.group(5)) * (3 if m.group(4) == "Q" else 6)
    c.period = f"{y}-M{_month_of_listed(c, cands, month, len(_span_months(m))):02d}"


def _span_months(m: re.Match) -> range:
    """The months of the span ``_SPAN_END`` matched (2024-M01..M03 → 1..3, 2024-Q2 → 4..6, 2024-H1 → 1..6)."""
    if m.group(2):
        first = re.search(r"M(\d\d)\.\.", m.group())
        return range(int(first.group(1)) if first else int(m.group(2)), int(m.group(2)) + 1)
    size = 3 if m.group(4) == "Q" else 6
    end = int(m.group(5)) * size
    return range(end - size + 1, end + 1)


def _month_of_listed(c: Cand, cands, last: int, months: int) -> int:
    """The month a value of the single months is of: the span's last (当月增长3.2% under 1—10月), or, for a list of
    as many values as the span has months (1—3月单月进度分别为9%、6%、12.5%), its month in the list's order."""
    members = sorted((x for x in cands if c.group >= 0 and x.group == c.group), key=lambda x: x.vs)
    if len(members) < 2 or len(members) != months or c not in members:
        return last
    return last - months + 1 + members.index(c)


# 累计完成投资 / 开累完成投资 / 自开工以来完成投资: what a work has summed since it began
WORK_SUM = rx.compile(alternation(zh.WORK_SUM_WORDS))
SHARE_OF_SUM = rx.compile(r"\s*占[^,，;；。\d]{0,10}的?\s*$")
_YEAR_OWN_SUM = rx.compile(alternation(zh.YEAR_OWN_SUM_WORDS))


def _work_cumulative(text: str, layout: Layout, c: Cand, periods, p_starts, context) -> None:
    """该项目累计完成投资8亿元 in project news dated 2024年7月29日, its sentence stating no time: what the work has done
    since it began, as of the page's month (SCHEMA: 截至6月底 → ..2023-M06), not the year's (2024) nor January to July.
    Only a sentence opening with the work (该项目…, 项目…, 某某水库工程…) and a sum since the start (累计, 开累) with no
    year's word before it (年度累计, 今年累计: the year's) is read so."""
    if c.kind != "actual" or c.rank or not _YEAR_ONLY_PERIOD.fullmatch(c.period or ""):
        return
    td = _text_date(context)
    if td is None or td[0] != c.period:
        return
    cs, _ = layout.clause_of(c.vs)
    ss = last_of(text, "。;；\n!?！？", max(0, c.vs - 300), c.vs, layout) + 1
    if c.measure == "share" and cs > ss and SHARE_OF_SUM.match(text, cs, c.vs):
        cs = layout.clause_of(cs - 1)[0]  # (…累计完成投资78亿元,占总投资的65%: the sum's share, as of the sum)
    m = WORK_SUM.search(text, cs, c.vs)
    if m is None or _YEAR_OWN_SUM.search(text, cs, m.start()):
        return
    if periods[bisect.bisect_left(p_starts, ss):bisect.bisect_left(p_starts, c.vs)]:
        return  # (截至6月底,…开累完成投资…: the time the sentence gives)
    if not (PROJECT_ANAPHOR.match(text, ss, c.vs) or _project_opening(text, ss, cs, c.vs)):
        return
    c.period = f"..{c.period}-M{td[1]:02d}"


_EVENT_QUARTER = rx.compile(r"(\d{4}|\?)-(?:[QH][1-4]|M\d\d)")  # an event's time within its year (一季度, 4月份)


_YEAR_OR_UNKNOWN = rx.compile(r"\d{4}|\?")


def _event_batch_plan(text: str, layout: Layout, c: Cand, cands: list[Cand], periods, p_starts, context) -> None:
    """The year's planned investment of a batch an event launched, stated with the batch (2022年4月份,全县重大项目集中
    开工,共有12个项目,总投资15.6亿元,年度计划投资6.1亿元 / 三季度集中开工项目412个,…,年度计划投资560亿元) is the year's
    plan of the batch: it holds in the year of the event's quarter, half or month (2022), not in the event's time
    that the batch's count and total hold in (2022-M04), nor in a year of its own (the lead's convention of session 26:
    the batch's 年度计划投资 → the year).  The batch is a count or total of projects before the plan in its sentence,
    timed within its year, when the sentence names the event or the headline gives the event that time."""
    if c.measure != "level" or not (_EVENT_QUARTER.fullmatch(c.period or "") or _YEAR_OR_UNKNOWN.fullmatch(c.period or "")):
        return
    ss, _ = layout.sent_of(c.vs)
    if not (c.kind in ("actual", "target") and BATCH_PLAN_AMOUNT.search(text, max(ss, c.vs - 12), c.vs)
            or c.kind in ("actual", "target") and BATCH_PLANNED_DONE.search(text, max(ss, c.vs - 12), c.vs)):
        return  # (a plan amount of no batch keeps the time its sentence gives it)
    own_year = _event_year_of(c.period) or c.period
    named = bool(EVENT_OWN.search(text, ss, c.vs) or EVENT_BACKREF.search(text, ss, c.vs))
    head = None if named else _headline_event_time(text, periods, p_starts, context, own_year)
    i = bisect.bisect_left(layout.cand_starts, c.vs) - 1
    while i >= 0 and layout.cand_starts[i] >= ss:
        if i < len(cands) and cands[i].vs == layout.cand_starts[i] and cands[i].kind == "actual" \
                and cands[i].measure in ("count", "level"):
            m = _EVENT_QUARTER.fullmatch(cands[i].period or "")
            if m and own_year in (m.group(1), "?") and (named or head is not None and head.period == cands[i].period
                                                        or cands[i].extra.get("lead_event_span")):
                c.period = m.group(1)
                c.extra["batch_year_plan"] = True
            return
        i -= 1


# 工业项目18个,总投资60亿元: what a count of projects is worth, said right after it (its total, its year's plan)
BATCH_PART_WORTH = rx.compile(rf"\s*[,，、]?\s*(?:{alternation(zh.SET_WORTH_NOUNS + zh.SET_PLAN_AMOUNT_NOUNS)}|投资)"
                              r"\s*(?:为|达|约|近|超|共)?\s*$")
# 累计开工项目95个 / 已竣工项目12个: a count of what was done so far, no class of one batch
BATCH_PART_OWN_DEED = rx.compile(r"累计|已|尚|未|共有|现有")
BATCH_PART_REACH = 400  # characters back from a class of the batch to the batch's count
# 4个水利项目 / 5个文化旅游项目 / 3个农村公路工程: the count's noun is works of a class the clause names between the
# measure word and the head noun (the class's name, up to eight characters, closing the clause with 项目 or 工程)
CLASS_OF_WORKS = rx.compile(rf"[\u4e00-\u9fff]{{1,8}}?(?:{alternation(zh.PROJECT_NOUNS)})\s*$")
PROJECT_NOUN = rx.compile(alternation(zh.PROJECT_NOUNS))
# ,乙市 / 、丙县 : the next item of a list of places' shares, its count written without the noun the first item named
BATCH_LIST_NEXT = rx.compile(r"\s*[,，、]\s*[\u4e00-\u9fff]{1,8}\s*(?:有|共|为)?\s*")


def _event_batch_part(text: str, layout: Layout, c: Cand, cands: list[Cand], periods, p_starts) -> None:
    """此次集中开工的项目共32个,总投资96亿元。⏎工业项目18个,总投资60亿元;基础设施项目9个… (an event's batch dated by the
    event's quarter or month: 2024-Q3): a class of the batch counted in a sentence of its own that states no time, after
    the batch (a paragraph on, too: news breaks its breakdown into lines), is a part of the batch and holds in the
    batch's time, not the year; so is what the class is worth (总投资60亿元).  The whole is the nearest larger count of
    projects before it (a part is smaller than its whole), timed within its year and counted in a sentence that names
    the event (集中开工, 本次, 此次), or a larger class of the batch before it (工业项目20个;城建项目15个); a count of
    deeds so far (累计开工项目95个) is no class of the batch."""
    if c.kind != "actual" or c.rank or not _YEAR_OR_UNKNOWN.fullmatch(c.period or ""):
        return
    ss, _ = layout.sent_of(c.vs)
    if periods[bisect.bisect_left(p_starts, ss):bisect.bisect_left(p_starts, c.vs)]:
        return  # (the sentence's own time: 今年以来,全市累计开工项目95个)
    i = bisect.bisect_left(layout.cand_starts, c.vs) - 1
    if c.measure == "level":
        x = cands[i] if 0 <= i < len(cands) and cands[i].vs == layout.cand_starts[i] else None
        if x is not None and x.vs >= ss and x.measure == "count" and BATCH_PART_WORTH.match(text, x.mend, c.vs) \
                and _event_year_of(x.period) == c.period:
            c.period = x.period  # (本次集中开工的…;生态环保等项目25个,总投资51亿元: the class's worth, of the batch)
        return
    cs, ce = layout.clause_of(c.vs)
    if c.measure != "count" or c.unit not in zh.PROJECT_COUNT_UNITS or BATCH_PART_OWN_DEED.search(text, cs, c.vs):
        return
    if not (PROJECT_NOUN.search(text, cs, c.mend + 4) or CLASS_OF_WORKS.match(text, c.mend, ce)):
        x = cands[i] if 0 <= i < len(cands) and cands[i].vs == layout.cand_starts[i] else None
        if x is not None and x.vs >= ss and x.extra.get("batch_part") and x.unit == c.unit \
                and BATCH_LIST_NEXT.fullmatch(text, x.mend, c.vs):
            c.period = x.period  # 甲市新开工项目26个,乙市25个: the next place's share of the batch, as the first's
            c.extra["batch_part"] = True
        return
    ps, _ = layout.para_of(c.vs)
    # (a line opening with the class, or one whose sentences before it count nothing: 此次集中开工项目,产业项目占比高。
    # 基础设施项目54个…; the paragraph before, past the blank lines a page sets between paragraphs)
    lo = _para_before(text, layout, ps) if not _any_between(layout.cand_starts, ps, ss) else ps
    lo = max(lo, c.vs - BATCH_PART_REACH)
    while i >= 0 and layout.cand_starts[i] >= lo:
        x = cands[i] if i < len(cands) and cands[i].vs == layout.cand_starts[i] else None
        i -= 1
        if x is None or x.measure != "count" or x.rank or x.unit not in zh.PROJECT_COUNT_UNITS or x.value <= c.value:
            continue
        xs, xe = layout.sent_of(x.vs)
        if x.kind == "actual" and _event_year_of(x.period) == c.period and (x.extra.get("batch_part") or x.vs < ss and (
                EVENT_OWN.search(text, xs, xe) or EVENT_BACKREF.search(text, xs, xe))):
            c.period = x.period
            c.extra["batch_part"] = True
        return


def _para_before(text: str, layout: Layout, ps: int) -> int:
    """The start of the last paragraph holding text before the paragraph at ``ps`` (the blank lines a page sets between
    paragraphs skipped); ``ps`` itself when there is none."""
    k = ps
    while k > 0:
        qs, qe = layout.para_of(k - 1)
        if text[qs:qe].strip():
            return qs
        k = qs
    return ps


def _event_year_of(per: str) -> str | None:
    """The year of a time within a year (2024-Q3 → 2024, ?-M04 → ?), None for any other time."""
    m = _EVENT_QUARTER.fullmatch(per or "")
    return m.group(1) if m else None


PROGRESS_ALREADY = rx.compile("|".join(zh.PROGRESS_ALREADY_WORDS))  # (regex fragments: 未 not 未来)
PROGRESS_FIGURE = rx.compile(rf"(?:{'|'.join(zh.PROGRESS_FIGURE_WORDS)})(?!{alternation(zh.PROGRESS_CLASS_AFTER)})")
FRAME_PLAN_FIGURE = rx.compile(alternation(zh.PLAN_FIGURE_WORDS))
CATALOGUE_FIGURE = rx.compile(alternation(zh.CATALOGUE_FIGURE_WORDS))
SHARE_OF_PLAN = rx.compile(rf"(?:{alternation(zh.SHARE_OF_PLAN)})[^,，;；。]{{0,8}}计划"
                           rf"(?:{alternation(zh.PLAN_WORK_WORDS)})?的?\s*$")
ALREADY_AFTER = rx.compile(rf"[^,，;；。]{{0,6}}?(?:{'|'.join(zh.PROGRESS_ALREADY_WORDS)})")
# 分别低于总体进度4.0、8.3个百分点 / 超序时进度2.3个百分点: how far work is ahead of or behind a pace (the schedule's, the
# whole's), as of the time the work is reported
PACE_GAP = rx.compile(rf"(?:{alternation(zh.PACE_COMPARING_WORDS)})[\u4e00-\u9fff]{{0,4}}进度的?\s*$")
PROGRESS_RATE = rx.compile(rf"(?:{alternation(zh.PROGRESS_RATE_WORDS)})\s*(?:为|是|达到|达)?\s*$")
# times a sentence may state that leave the figure to the frame: 目前/截至目前 (the frame's now), 年度 naming the
# year's list (171项年度实施项目完成投资297亿元)
FRAME_NOW_ROLES = {"status", "base", "same_period", "average", "month_end"}


# the spans a sentence of the text's body stated (the opening's 1-6月, a lead's 今年一季度), not its title's
WRITTEN_SPAN_SOURCES = ("body", "lead")


# (text, periods, their number, {reader: {index: the index its walk stops at}}): the walks over a text's time
# mentions kept for the last text asked about (PeriodWalks)
_PERIOD_WALKS: list = [None, None, -1, {}]


def _walks_of(text: str, periods: list[PeriodMention], reader: str) -> dict[int, int]:
    """The kept stops of ``reader``'s walks over ``periods`` of ``text`` (a fresh memo for another text or list)."""
    kept = _PERIOD_WALKS
    if kept[0] is not text or kept[1] is not periods or kept[2] != len(periods):
        kept[:] = [text, periods, len(periods), {}]
    return kept[3].setdefault(reader, {})


def _walk_periods(text: str, periods: list[PeriodMention], k: int, reader: str,
                  keep: Callable[[str, PeriodMention], bool], step: int) -> int:
    """From ``k`` by ``step`` (1 forward, -1 back), the index of the first time mention ``keep`` takes, or the end
    walked to (``len(periods)`` / -1); every index walked over keeps where its walk stopped (``reader``'s memo)."""
    memo = _walks_of(text, periods, reader)
    j, walked = k, []
    while 0 <= j < len(periods):
        stop = memo.get(j)
        if stop is not None:
            j = stop
            break
        if keep(text, periods[j]):
            break
        walked.append(j)
        j += step
    memo[k] = j
    for w in walked:
        memo[w] = j
    return j


def next_period(text: str, periods: list[PeriodMention], k: int, reader: str,
                keep: Callable[[str, PeriodMention], bool]) -> int:
    """The first index at or after ``k`` of a time mention ``keep`` takes (``len(periods)`` when none).  Readers that
    looked over a sentence's or a line's times for the first of a kind walked every time of a long line again for
    each of its figures (a notice's rows run in one line: 完成年度计划的56% in every row); each index walked over is
    now kept with where its walk stopped, so a text's times are walked once for each ``reader`` (which names
    ``keep``: one reader, one test)."""
    return _walk_periods(text, periods, k, reader, keep, 1)


def prev_period(text: str, periods: list[PeriodMention], k: int, reader: str,
                keep: Callable[[str, PeriodMention], bool]) -> int:
    """The last index at or before ``k`` of a time mention ``keep`` takes (-1 when none): ``next_period`` walking
    back (its memo is ``reader``'s own: name a backward reader apart from any forward one)."""
    return _walk_periods(text, periods, k, reader, keep, -1)


def _says_now(text: str, p: PeriodMention) -> bool:
    """目前 / 截至目前: the time of writing or the report's cut-off."""
    return p.role == "status" and (p.text in zh.AS_OF_NOW_WORDS or p.text in zh.NOW_WORDS)


def _now_after_cutoff(text: str, periods: list[PeriodMention], p_starts: list[int], ss: int, ce: int) -> bool:
    """目前 / 截至目前 in the figure's sentence, up to its clause's end."""
    return next_period(text, periods, bisect.bisect_left(p_starts, ss), "now", _says_now) < \
        bisect.bisect_left(p_starts, ce)


def written_after_span(context, span: str, source: str) -> bool:
    """Whether a text dates itself to a month after the span a sentence of its body stated (``source``: the frame's
    or the document period's evidence): its 目前 / 截至目前 is then the time of writing, the document's year (NOTES: 目前
    → the document's year in a dated news item), not that span's end (1-6月,…完成投资260亿元。目前,已开工项目108个 on
    a page of 7月30日).  A span its title names (岚溪县1-5月重点项目进展情况), a notice's preamble and a supervision
    notice (which reports at its cut-off) keep it; so does an undated text (今年一季度,…。目前,已开工42个)."""
    if source not in WRITTEN_SPAN_SOURCES or getattr(context, "genre", "") in zh.CHECK_NOTICE_GENRES:
        return False
    td, end = _text_date(context), period_end(span)
    return td is not None and end is not None and str(end[0]) == td[0] and td[1] > end[1]


def figure_role(text: str, layout: Layout, c: Cand, cs: int, ce: int) -> str:
    """What a figure of a progress text reports, by the words of its clause: ``progress`` (work done by the
    cut-off: 已开工15个, 15个项目已开工, 尚未开工37项, 完成投资52亿元, 开工率80%, 完成年度计划的29.1%), ``plan`` (the
    year's plan: 年度计划投资86亿元, 计划新开工项目32个, 安排项目40个), ``catalogue`` (a size: 总投资320亿元) or ""
    (neither said: 新开工项目59个 counts a class of the year's list)."""
    before = text[_after_counted_whole(text, c, cs):c.vs]  # (176个年度计划新开项目实际开工150个: the starts)
    if SHARE_OF_PLAN.search(before) or PROGRESS_ALREADY.search(before) or PROGRESS_RATE.search(before) \
            or PACE_GAP.search(before):
        return "progress"
    if ALREADY_AFTER.match(text, c.mend, ce) and not _any_between(layout.cand_starts, c.mend, ce):
        return "progress"  # 全县15个项目已开工 (not 177个新开工项目已开工106个: the group the later count is of)
    if FRAME_PLAN_FIGURE.search(before):
        return "plan"
    if CATALOGUE_FIGURE.search(before):
        return "catalogue"
    return "progress" if PROGRESS_FIGURE.search(before) else ""


def progress_column(c: Cand) -> str:
    """"progress" for a table's cell under a column naming how far each row got (当前进度 | 95%), whose own clause
    (the cell) says nothing of it; else ""."""
    tc = c.extra.get("table")
    head = re.sub(r"\s+", "", tc.header) if tc is not None else ""
    return "progress" if head.endswith(zh.PROGRESS_COLUMN_ENDS) and not any(w in head for w in zh.PLANNED_COLUMN_WORDS) \
        else ""


YEAR_OPENING_KINDS = {"this_year", "year"}  # 今年, / 2025年, opening a paragraph: the year spoken of, whole


def _opens_on_its_year(text: str, layout: Layout, c: Cand, periods, p_starts, frame) -> bool:
    """Whether the figure's paragraph opens on the year itself (今年,全省… / 2025年,…), not on a span within it nor
    on 今年以来 (the year so far, which a report's cut-off may close), and states no span within the year before the
    figure: a body frame's cut-off (1—8月, stated in a paragraph before) reaches the end of its own paragraph, not
    into one that states its own time (a paragraph opening on the year's list and going on 1-4月,…已开工159项 keeps
    its cut-off)."""
    ev = frame.evidence
    ps, _ = layout.para_of(c.vs)
    if frame.source not in WRITTEN_SPAN_SOURCES or ev is None or ev.start >= ps:
        return False
    ss, _ = layout.sent_of(c.vs)
    f = _framing(text, layout, ps, ss, periods, p_starts)
    if f is None or f.kind not in YEAR_OPENING_KINDS or f.role != "point" or f.end > c.vs \
            or f.text.endswith(zh.SINCE_SUFFIX) or layout.para_of(f.start)[0] != ps:
        return False
    return not any(p.kind in WITHIN_YEAR_KINDS for p in periods[bisect.bisect_left(p_starts, ps):
                                                                bisect.bisect_left(p_starts, c.vs)])


def _list_lead(c: Cand, cands: list[Cand]) -> Cand:
    """The first value of the list ``c`` is a value of (投资完成率分别高于总体进度的9.8、6.2、5.8个百分点; 甲县、乙县完成
    率分别为98.1%、85.2%): the words before it say what every value of the list reports, while a later value's own
    clause (、6.2) says nothing; ``c`` itself when it is in no list."""
    if c.group < 0:
        return c
    return next((x for x in cands if x.group == c.group), c)


_CLOSING_BRACKET = rx.compile(r"[)）]")


def _names_this_years_plan(p: PeriodMention, Y: str) -> bool:
    """Whether ``p`` names the text's own year as 今年 / 本年度 do, written as a word or by its number (2026年计划
    开工项目30项,已开工27项 in a text of 2026 says 今年计划…): before a plan noun it names the year's plan, no time of the
    work a later clause reports done."""
    return p.kind == "this_year" or p.kind == "year" and p.period == Y


def framed_period(text: str, layout: Layout, c: Cand, periods: list[PeriodMention], p_starts: list[int],
                  year: int | None, context, cands: list[Cand] | None = None) -> None:
    """The frame's time for a figure of a progress text whose sentence states no time of its own before it: a
    progress figure left at the bare year takes the frame's cut-off (截至目前,市列重大项目开工84个 in a text opening
    今年一季度 → Q1); a catalogue figure left at the cut-off takes the year (总投资860亿元 under a title 1-9月 →
    the year).  An unsure frame, a part of another year, a target, change nothing."""
    frame = getattr(context, "time_frame", None)
    if frame is None or not frame.as_of or c.kind != "actual" or c.rank:
        return
    Y = str(year) if year else "?"
    if not frame.as_of.lstrip(".").startswith(Y + "-"):
        return
    sec_year = _section_year(text, c.vs, layout.outline, periods, p_starts, year)
    if sec_year is not None and sec_year != year:
        return
    ss, _ = layout.sent_of(c.vs)
    cs, ce = layout.clause_of(c.vs)
    own = [p for p in periods[bisect.bisect_left(p_starts, ss):bisect.bisect_left(p_starts, ce)]
           if p.role not in FRAME_NOW_ROLES and not (p.kind == "this_year" and p.text == "年度")
           # 本年度计划新开工项目270项,实际已开工129项: the year names the plan of the clause before; (其中1-10月份计划
           # 新开工223项),目前实际已开工206项: a remark in brackets closed before the figure times only itself
           and not (p.start < cs and _names_this_years_plan(p, Y) and PLAN_NOUN_AFTER.match(text, p.end))
           and not (_in_brackets(text, ss, p.start) and _CLOSING_BRACKET.search(text[p.end:c.vs]))]
    if own:
        return
    if _opens_on_its_year(text, layout, c, periods, p_starts, frame):
        return  # 1—8月,…完成投资1799.5亿元。⏎今年,…目前已新开工7个项目: a paragraph of the year, not of the cut-off
    if _now_after_cutoff(text, periods, p_starts, ss, ce) and written_after_span(context, frame.as_of, frame.source):
        return  # 1-6月,…完成投资260亿元。目前,已开工项目108个 on a page of 7月30日: the time of writing, its year
    lead = _list_lead(c, cands or [])
    role = figure_role(text, layout, lead, *layout.clause_of(lead.vs)) or progress_column(c)
    if c.period == Y and role == "progress":
        # a month's report (10月份…通报): what is done by then is done by the month's end (已完成26件 → ..2026-M10)
        c.period = f"..{frame.as_of}" if ONE_MONTH.fullmatch(frame.as_of) else frame.as_of
    elif c.period == frame.as_of and role == "plan" and not ONE_MONTH.fullmatch(frame.as_of) \
            and not c.extra.get("set_size"):
        c.period = Y  # (a month's notice has no plan of its own: its figures are the month's; 新开工项目45个,计划总
        # 投资120亿元: the size of a set counted in the frame's time is of that time)


# 从2010年的671亿元增加到2015年的1107亿元;固定资产投资累计完成2867亿元: the year of a change's end value dates that
# value, no later clause (the paragraph's span does)
CHANGE_END_YEAR = rx.compile(r"\s*(?:底|末)?的\s*[\d.]")
_OPEN_YEAR_PERIOD = rx.compile(r"\.\.(\d{4})")
_YEAR_ONLY_PERIOD = rx.compile(r"\d{4}")
_QIZHONG_LEAD = rx.compile(r"\s*其中")
# 其中, / 从类别看, / 分区域看,: a sentence that breaks down the whole counted before it (its parts, the whole's time);
# any view a breakdown is taken by opens one as the listed words do (从投资主体看, / 按建设性质分: / 分片区看,:
# zh.VIEW_LEAD_OPENERS, what it is taken by, zh.VIEW_LEAD_CLOSERS, then its comma or colon)
_BREAKDOWN_LEAD = rx.compile(rf"\s*(?:{alternation(zh.PART_OPENERS + zh.BREAKDOWN_OPENERS + zh.CLASS_VIEW_OPENERS)}|"
                             rf"(?:{alternation(zh.VIEW_LEAD_OPENERS)})[^,，:：;；。\d\n]{{1,16}}?"
                             rf"(?:{alternation(zh.VIEW_LEAD_CLOSERS)})\s*[,，:：])")
_OWN_YEAR_WORD = rx.compile(r"\d{4}|今年|本年|当年")


# 该项目2月19日开工, / 于2023年2月开工建设。/ 2016年建成通车, / 于2016年立项,: a time whose clause says only that a
# work reached a stage (or two run together) then
STAGE_DATED = rx.compile(rf"\s*(?:\d{{1,2}}\s*月份?(?:\s*\d{{1,2}}\s*日)?(?:[上中下]旬|底|初)?)?\s*(?:正式|顺利|全面|开始|动工)?"
                         rf"(?:{alternation(zh.STAGE_PREDICATE_VERBS + zh.APPROVAL_STAGE_VERBS)}){{1,2}}(?:建设)?"
                         r"\s*(?:[,，;；。\n]|$)")


# 该项目可研报告于2010年5月通过复审, / 2011年元月获批, / 2019年11月获省发改委批复, / 2018年3月取得国家发改委核准, /
# 2021年9月经县发改局立项备案, / 2022年10月完成立项,: a time whose clause says only that a work's papers passed a step
# of approval (the act, perhaps the authority or the papers, then the step): the day of that step, no time of the work's
# size or of anything else said of it after (a count of approvals, 6月审批核准项目23个, keeps its month: the step's
# clause does not end there)
APPROVAL_DATED = rx.compile(
    rf"\s*(?:(?:\d{{1,2}}|元|[一二三四五六七八九十]{{1,3}})\s*月份?)?(?:\s*\d{{1,2}}\s*[日号])?(?:[上中下]旬|底|初)?\s*"
    rf"(?:(?:已|已经|先后|顺利|正式)\s*)?"
    rf"(?:(?:{alternation(zh.APPROVAL_STEP_LEADS)})[^\d,，。;；:：、\n]{{0,12}}?)?"
    rf"(?:{alternation(zh.PROJECT_APPROVAL_PAPERS)})?"
    rf"(?:{alternation(zh.APPROVAL_STAGE_VERBS + zh.PROJECT_APPROVAL_VERBS + zh.APPROVAL_REVIEW_VERBS)}){{1,2}}"
    r"\s*(?:[,，;；。\n]|$)")


def _approval_dated(text: str, p: PeriodMention) -> bool:
    """Whether the time ``p`` dates a step of a work's approval (…于2019年11月获省发改委批复,): its clause tells of the
    step alone, so the time is the step's and frames no later clause of the sentence (总投资8.3亿元 is the work's size
    as the text reports it, not a figure of 2019-M11)."""
    return APPROVAL_DATED.match(text, p.end) is not None


def _present_reopened(text: str, layout: Layout, periods, p_starts, a: int, b: int) -> bool:
    """Whether a sentence between ``a`` and ``b`` opens with the writer's present year (今年…, 据了解,今年…): a part a
    paragraph's lead opened with a year gone by (去年,…) ends there, the sentences after it speak of the text's year."""
    for p in periods[bisect.bisect_left(p_starts, a):bisect.bisect_left(p_starts, b)]:
        if p.kind == "this_year" and p.text.startswith(zh.PRESENT_YEAR_WORDS) and p.role != "base":
            s0, _ = layout.sent_of(p.start)
            if SPAN_LEAD_IN.fullmatch(text, s0, p.start):
                return True
    return False


def _stage_dated(text: str, p: PeriodMention) -> bool:
    """Whether the time ``p`` dates a stage of a work (…2月19日开工,): the start's or the opening's day, no time of the
    work's size said in another clause."""
    return STAGE_DATED.match(text, p.end) is not None or _approval_dated(text, p)


def _past_stage_date(text: str, p: PeriodMention, year: int | None) -> bool:
    """Whether ``p`` dates a stage a work reached in a year before the text's (一期于2016年建成达产, 某大桥2016年
    建成通车): the day of a past event told of the work, which frames none of the figures said of the work after it
    (its size now, what its next phase will cost or has cost so far)."""
    m = _YEAR_IN_PERIOD.match(p.period)
    return bool(year) and m is not None and int(m.group(1)) < year and _stage_dated(text, p)


_YEAR_IN_PERIOD = rx.compile(r"(?:\.\.)?(\d{4})\b")



def _card_figure(text: str, c: Cand, cs: int) -> bool:
    """Whether the value states a work's size on its card (总投资50亿元, 总占地面积1059亩, 全长86公里)."""
    return PROJECT_ATTRIBUTE.search(text, max(cs, c.vs - 12), c.vs) is not None


_PERIOD_YEAR_OPEN = rx.compile(r"(?:\.\.)?(\d{4}|\?)")


_YEAR_SPAN_END = rx.compile(r"\d{4}\.\.(\d{4})")


_YEAR_SPAN_START = rx.compile(r"(\d{4})\.\.")


_YEARLY_AVERAGE = rx.compile(r"年均|每年平均")


_FIRST_HALF_PERIOD = rx.compile(r"\d{4}-H1")


_SINCE_MONTH_END = rx.compile(r"比(\d{1,2})月(?:末|底)")


_CLAUSE_MARK_ANY = rx.compile(r"[,，;；:：]")


_BY_MONTH_PERIOD = rx.compile(r"\.\.(\d{4}|\?)-M(\d\d)")


_COPULA_AFTER = rx.compile(r"\s*(?:为|是|则|的)")


def stated_period(text: str, layout: Layout, c: Cand, periods: list[PeriodMention], p_starts: list[int],
                  year: int | None, in_gloss: bool, plan_period: str, cands: list[Cand], context=None) -> None:
    """Set ``c.period`` from the nearest stated time: clause, sentence, paragraph frame, heading, document."""
    doc_period = getattr(context, "period", "") or ""
    late = _late_in_year(context)
    frames = getattr(context, "frames", None)
    part = frames.part_at(c.vs) if frames is not None else None
    sec_year, digest = _part_year(text, c.vs, layout.outline, periods, p_starts, year, frames)
    if sec_year is not None and year and sec_year < year and part is not None and part.source == "lead" and \
            _present_reopened(text, layout, periods, p_starts, part.cue_end, c.vs):
        sec_year = None  # 去年,全省…完成投资2652亿元。今年预计…;年度投资2800亿元: the text is back in its own year
    if sec_year is not None and sec_year != year:
        year, doc_period, late = sec_year, "", False  # 二、2021年工作安排: its 今年/全年 are 2021
    Y = str(year) if year else "?"
    if in_gloss:
        c.period = plan_period
        return
    ss, se = layout.sent_of(c.vs)
    ss, se = max(ss, c.vs - 400), min(se, c.mend + 400)
    cs, ce = layout.clause_of(c.vs)
    ce = _over_joined_levels(text, layout, c, ce)
    ps, pe = layout.para_of(c.vs)
    ps = max(ps, c.vs - 3000)
    i0 = bisect.bisect_left(p_starts, ss)
    i1 = bisect.bisect_left(p_starts, c.vs)
    in_sent = [p for p in periods[i0:i1] if p.end <= c.vs and p.role not in ("month_end", "average", "base")
               and not _closed_off(text, layout, p, cs, c.vs)
               and not (c.kind == "actual" and p.kind == "future_n" and not p.text.startswith(("未来", "今后", "此后")))
               and not (p.role == "recurring" and p.start < cs and _each_year_own(text, layout, p, cs, c))
               and not (p.start < cs and p.kind == "this_year" and PLAN_NOUN_AFTER.match(text, p.end))
               and not (c.kind == "actual" and p.start < cs and p.text == "年度" and DOCUMENT_NAME_AFTER.match(text, p.end))
               and not walled_off(text, layout, p, ss, c.vs)
               and not _now_walled_off(text, p, c)
               and not (p.role == "status" and p.start < cs and p.text in zh.CLAUSE_STATUS_VERBS)
               and not (p.role == "streak" and p.start < cs)  # (a run of years speaks for its own clause)
               and not _dates_what_is_counted(text, layout, p, c, cs)
               and not (c.kind == "actual" and _year_of_list_name(text, p, periods, p_starts, ps, doc_period))
               and not (c.kind == "actual" and _in_counted_whole(text, p, c, cs))
               and not (p.start < cs and p.kind == "deadline_year" and CHANGE_END_YEAR.match(text, p.end))
               and not (p.start < cs and _stage_dated(text, p) and _card_figure(text, c, cs))
               and not (p.start < cs and _approval_dated(text, p))  # (2019年11月获批复,总投资8.3亿元)
               and not (p.start < cs and _past_stage_date(text, p, year))  # (一期2016年建成投产,二期计划投资6亿元)
               and not (_planned_in_noun_phrase(text, p) and _any_between(layout.cand_starts, p.end, c.vs))]
    base_time = _base_value_time(text, c, periods, i0, i1, doc_period, Y)
    if base_time is not None:
        c.period = base_time  # 比上年末的312万人增加3万人: the 312 is the base's own, of the year before
        return
    # a carry stops at a value-less clause once the expression has been used by a value of its own clause
    chosen = None
    for p in reversed(in_sent):
        if _carry_ok(text, layout, p, c, cands):
            chosen = p
            break
    if chosen is not None and chosen.kind in EVENT_NAME_KINDS and _names_event(text, chosen, se):
        # (8月9日,…举行2022年…签约仪式,共签约…: the year the name gives, not the day's month)
        if chosen.kind not in EVENT_DAY_KINDS and c.kind == "actual":
            day = _named_event_day(text, chosen, in_sent, context) or _doc_event_month(context, chosen, Y, text)
            if day:
                chosen = PeriodMention(chosen.start, chosen.end, chosen.text, day, "point", "month_day")
    if chosen is None and c.kind == "actual" and THIS_MONTH.search(text, ss, c.vs):
        month = _this_month(context, doc_period, Y)
        if month:
            c.period = month  # 本月,全县新开工项目5个 on a page of 2024年6月20日: June's
            return
    if chosen is None:
        chosen = _trailing_deadline(text, layout, c, periods, p_starts, Y, context)  # 新建幼儿园3所,…,2026年9月底前投入使用
    if chosen is not None and chosen.kind == "this_year" and chosen.text in zh.YEAR_TO_DATE:
        chosen = _year_to_date(text, layout, chosen, in_sent, ps, ss, periods, p_starts) or \
            _year_to_date_of_text(text, c, chosen, doc_period, cs, ce, context) or chosen
    streak = [p for p in periods[bisect.bisect_left(p_starts, c.es):bisect.bisect_left(p_starts, ce)]
              if p.role == "streak"]
    if c.measure != "rank":
        streak = [p for p in streak if p.start >= cs]  # (…连续4年排名全市第一,达到96.5%: the share is of now)
    if streak and not (chosen is not None and chosen.start >= streak[-1].end):
        # 连续9年位居全省第一 / 连续五年保持增长: the value holds over the run's years, up to the last year the text
        # reports there (_run_years); a time written after the run (…,今年达到38万吨) is the value's own
        runs = len(streak) > 1 or bool(_MORE_RUNS.match(text, streak[0].end))
        c.period = Y if c.measure == "rank" and runs else _run_years(streak[0], chosen, part, context, year)
        return  # (分别连续21年、37年居…第一: two runs, no one span of the rank)
    if chosen is None:
        # a time stated later in the sentence with no other value between (完成投资5.3亿元,超额完成上半年计划),
        # never one in brackets or one that opens a statement of its own (…,一季度为增长3.5%)
        after = [p for p in periods[i1:bisect.bisect_left(p_starts, se)] if p.start >= c.mend
                 and p.role in ("point", "deadline", "span") and not _compares(text, p)
                 and not _SEMICOLON.search(text, c.mend, p.start)  # (…9个市州高于全省平均;甲市4月完成…前3个月…)
                 and not _in_brackets(text, cs, p.start) and not _any_between(layout.cand_starts, c.mend, p.start)
                 and not _any_between(layout.cand_starts, p.end, layout.clause_of(p.start)[1])
                 and not _COPULA_AFTER.match(text[p.end:p.end + 2])
                 and not _later_than(p, year) and not PLANNED_TIME.search(text, max(cs, p.start - 6), p.start)
                 and not (_stage_dated(text, p) and _card_figure(text, c, cs))]
        if after and (c.kind == "actual" or c.extra.get("forecast")) and not c.rank:
            chosen = after[0]  # (预计可完成300亿元的一季度投资目标任务: a forecast's time, as an estimate's)
    if c.kind == "actual" and c.measure == "count" and _year_list_count(text, c, cs):
        named = next((p for p in periods[bisect.bisect_left(p_starts, cs):i1] if p.end <= c.vs
                      and _year_of_list_name(text, p, periods, p_starts, ps, doc_period)), None)
        if named is not None:
            c.period = named.period  # 1至8月,2023年市级重点项目中的156个项目完成投资…: the size of the list it names
            return
    if chosen is None and _BREAKDOWN_LEAD.match(text[ss:c.vs]) and ss >= 2:
        # 其中新开工项目32个 / 从类别看,工业项目20项: a breakdown of the sentence before, in that sentence's time
        whole = _breakdown_whole(text, layout, c, cands, ps, ss, cs, ce)
        if whole is not None and _same_count_unit(whole, c) and whole.period and whole.kind == c.kind \
                and c.measure == whole.measure == "count" and not (
                    _set_then_stage(text, c, cs) and WITHIN_YEAR_PERIOD.search(whole.period)
                    and not _year_list_count(text, whole, layout.clause_of(whole.vs)[0])) \
                and not (WITHIN_YEAR_PERIOD.search(whole.period) is None and _part_at_stage(text, c)):
            # (其中…;新开工项目75个,已开工53个: a class of the list, not a part of the 98 started by then; 其中10个
            # 项目建成投用 under a list's size of its year: how far its part got by the report's time, not the year's)
            c.period = whole.period  # 全县38个重点项目累计完成投资58亿元。其中,产业项目22个: a part of the 38, its time
            return
    if chosen is None and c.kind == "actual":
        whole = _breakdown_heading_whole(text, layout, c, cands, ps, periods, p_starts)
        if whole is not None:
            c.period = whole.period  # 分区域情况看:⏎◆甲区组织项目30个,总投资41亿元;: a part of the batch above, its time
            return
    if chosen is None and _QIZHONG_LEAD.match(text[ss:c.vs]) and ss >= 2:
        pss, _ = layout.sent_of(ss - 2)
        whole = _whole_before(c, cands, layout, max(ps, pss), ss)
        if (whole is None or whole.unit != c.unit) and c.measure == "level":
            # 1—8月,…累计完成投资62.3亿元…。截至8月底,已开工项目79个。其中,产业项目完成投资38.6亿元: the amount broken
            # down is the paragraph's last one in its unit, of its time (not the count's cut-off between)
            back = layout.para_of(ps - 2)[0] if ps >= 2 and not text[ps:ss].strip() else ps  # (其中 opening a line)
            whole = _same_unit_before(c, cands, layout, back, ss)
            if whole is not None and whole.period and whole.kind == c.kind:
                c.period = whole.period
                return
        prev = [p for p in periods[bisect.bisect_left(p_starts, max(ps, pss)):bisect.bisect_left(p_starts, ss)]
                if p.role in ("point", "deadline", "span", "status") and not _states_own_value(text, p)
                and not (c.kind == "actual" and _year_of_list_name(text, p, periods, p_starts, ps, doc_period))
                and not (p.kind == "this_year" and PLAN_NOUN_AFTER.match(text, p.end))]
        if prev:
            chosen = prev[-1] if c.kind != "actual" else _event_name_day(text, layout, prev[-1], periods, p_starts,
                                                                         context, Y)
    qi = text.rfind("其中", ss, c.vs)  # 其中续建项目22个、新开工项目38个: a breakdown listed with 、
    if chosen is not None and qi > ss and chosen.start < qi and not _CLAUSE_MARK_ANY.search(text[qi + 2:c.vs]):
        whole = _whole_before(c, cands, layout, ss, qi)
        if whole is not None and whole.unit == c.unit and whole.vs < chosen.start and whole.period \
                and whole.kind == c.kind:
            c.period = whole.period  # 安排项目60个,1-9月完成投资28亿元,其中续建项目22个: the 60个's time, not 1-9月
            return
    if chosen is None and cs > ss and _QIZHONG_LEAD.match(text[cs:c.vs]):
        prev = _whole_before(c, cands, layout, ss, cs)
        if prev is not None and prev.period and prev.kind == c.kind:
            c.period = prev.period  # 新签约项目15个,其中工业项目9个: a breakdown in the time of its whole
            return
    inherited = False
    status = next((m for m in STATUS_CUES.finditer(text, ss, c.vs)
                   if m.start() >= cs or m.group() not in zh.CLAUSE_STATUS_VERBS), None)
    if chosen is None and status and c.kind == "actual" and getattr(context, "genre", "") in PROGRESS_GENRES:
        chosen = _cutoff_before(text, layout, ss, periods, p_starts)  # 仍有57个项目未办结: as of the report's cut-off
        inherited = chosen is not None
    if chosen is None and not status and c.kind == "actual":
        chosen = _opening_before(text, layout, ps, ss, periods, p_starts)
        if chosen is None:
            chosen = _checked_span(text, layout, ps, ss, periods, p_starts)
            if chosen is not None and _group_size(text, layout, c, cs, ce):
                ym = _YEAR_OR_UNKNOWN.search(chosen.period)
                c.period = ym.group() if ym else Y  # 此次督查的120个重点项目中,已开工98个: the set checked is its list
                return  # (the list's year), no span the check looked at
        inherited = chosen is not None
    if chosen is None and not status:
        chosen = _framing(text, layout, ps, ss, periods, p_starts)
        if chosen is not None and chosen.role == "point":
            # 2023年,甲县…。2024年,该县将…。力争…: a later sentence of the paragraph opening on another year restates
            # the time; it holds from there on (a time holds until another is stated)
            chosen = _year_reopened(text, layout, chosen, ss, periods, p_starts) or chosen
        if chosen is not None and _past_year(chosen, year) and _present_between(periods, p_starts, chosen.end, ss):
            chosen = None  # 2019年,全县启动…工程,目前已覆盖…。全县新建基站320个: the text is back in its own year
        if chosen is not None and _past_stage_date(text, chosen, year):
            chosen = None  # 某大桥2016年建成通车,全长1.2公里。配套道路已完成投资1.1亿元: the day of a stage, no frame
        if chosen is not None and c.kind == "target" and chosen.kind in EVENT_DAY_KINDS:
            # 3月2日,某县召开…推进会。会议明确,今年全县将…。力争…超过50亿元: the day dates the meeting, not what it commits
            chosen = _target_run(text, layout, c, cands, ps, ss, periods, p_starts)
        if chosen is None and c.kind == "actual":
            chosen = _item_run_year(text, layout, ps, periods, p_starts)  # ●2025年全省…;⏎●地方一般公共预算收入…: 2025
        if chosen is None:
            chosen = _intro_line(text, layout, ps, periods, p_starts)
        if chosen is None:
            chosen = _lead_time(text, layout, c, periods, p_starts)
        if chosen is None:
            # 纲要提出了未来五年…的主要目标 leading a plan's news: its targets with no time of their own hold over the
            # span (a flow) or by its end (a state: 达到120家), not by a deadline carried from the sentence before
            chosen = _plan_lead_span(c, part)
        if chosen is None:
            chosen = _target_run(text, layout, c, cands, ps, ss, periods, p_starts)
        # a notice's lead naming the span its check looked at (对…上半年落实情况进行了督查): the headings below it
        checked = _checked_span_before(text, layout, ps, periods, p_starts) if chosen is None and c.kind == "actual" \
            else None
        # …and a notice's lead dating its check to days (10月8日至12日,市委督查室对…进行了督导检查): what it found is of
        # those days, not of a time its title names the check by (关于第三季度重点项目督导检查情况的通报)
        lead = _inspection_lead(text, layout, ss, periods, p_starts) if chosen is None and c.kind == "actual" \
            and checked is None else None
        if chosen is None:
            for h in layout.outline.above(c.vs, 4):
                if lead is not None and h[1] <= lead.start:
                    break
                if part is not None and (part.year is not None or part.source == frame.PARAGRAPH) \
                        and h[1] <= part.start:
                    break  # a heading above the part the value is in (the title, another part's; the heading of the
                    # part whose paragraph opened it with its own time) times nothing in it
                if checked is not None and h[1] <= checked.start:
                    break  # (the title above the lead: the lead says which span of it was checked)
                if h[1] > c.vs:
                    continue
                dateline, caption, first = _heading_time(text, layout, h, periods, p_starts)
                if dateline or caption and not _captions_table_of(text, h, c):
                    continue  # 2025年10月12日 under the title dates the document; it scopes no part of it
                if first is not None and c.kind == "actual" and first.kind in HEADING_FUTURE_KINDS:
                    continue  # 某州这些项目明年开建 over 截至目前…已完成到位资金12亿元: what is to come, not a time of
                    # what the text reports (its own year or cut-off times that)
                if first is not None:
                    chosen = _title_month_as_cutoff(first, doc_period)
                    if (REPORTED_SPAN.search(chosen.period) or TITLED_SPAN.search(chosen.period) and chosen.kind not in
                            EVENT_DAY_KINDS and not _yield_once_built(text, c, ss, cs)) and (
                            c.kind == "target" or c.kind == "actual" and getattr(
                            context, "genre", "") in PROGRESS_GENRES and _plan_list_size(text, c, cs, ce, ps)):
                        ym = _PERIOD_YEAR_OPEN.match(chosen.period)
                        c.period = ym.group(1) if ym else Y  # 计划新开工项目50个 under a title 上半年…: the plan's year
                        return  # (…重点项目28个 under a title 截至4月12日: the size of the year's list)
                    break
        if chosen is None:
            chosen = checked
        if chosen is None and not plan_period:
            chosen = _annual_lead(text, layout, c, Y)
        if c.kind == "actual" and getattr(context, "genre", "") in PROGRESS_GENRES:
            cut = _cutoff_before(text, layout, ss, periods, p_starts)
            if cut is not None and _moment_of_its_section(layout, cut, doc_period, ss):
                cut = None  # 截至3月末 over the loans of (四)金融: a new section of a Q1 report returns to Q1
            if cut is not None:
                cut = _year_so_far(text, layout, c, cut, ps)  # 截至8月底,…已开工98个。(next paragraph) 完成投资86亿元
            if cut is not None and (chosen is None or cut.start >= chosen.start):
                # (the cut-off chosen already, by an opening or an intro line: 截至4月12日,各县情况如下:)
                if _plan_list_size(text, c, cs, ce, ps) and _year_list_count(text, c, cs):
                    c.period = Y  # 安排项目1120个 under 截至10月底: the size of the year's plan list
                    return
                chosen = cut
            elif cut is None and chosen is None:
                chosen = _past_year_carried(text, layout, ss, periods, p_starts, year)
        elif c.kind == "actual" and chosen is None:
            # a news story or a report of another genre states its span once (1至9月,全市… / 本报讯 今年前三季度,…)
            # and its next sentences and paragraphs report in it until another time is stated
            cut = _section_span(text, layout, ss, periods, p_starts)
            if cut is not None and _moment_of_its_section(layout, cut, doc_period, ss):
                cut = None  # (a news item's (二)金融 under 截至3月末, then (三)消费: the report's quarter again)
            if cut is not None:
                cut = _year_so_far(text, layout, c, cut, ps)
            if cut is not None:
                if (_plan_list_size(text, c, cs, ce, ps) or _count_then_worked(text, c, cs, ce)) \
                        and _year_list_count(text, c, cs):
                    ym = _YEAR_OR_UNKNOWN.search(cut.period)
                    c.period = ym.group() if ym else Y  # 全县安排重点项目86个 under 1至9月: the year's list
                    return
                chosen = cut
            elif getattr(context, "genre", "") not in YEAR_PARTED_GENRES:
                chosen = _past_year_carried(text, layout, ss, periods, p_starts, year)
        inherited = chosen is not None
        if inherited and c.kind == "actual" and chosen.kind in WITHIN_YEAR_KINDS and _plan_list_size(text, c, cs, ce, ps) \
                and (PLAN_LIST.search(text, cs, c.vs) or PLAN_FIGURE.match(text, c.mend, min(se, c.mend + 30))):
            ym = _YEAR_OR_UNKNOWN.search(chosen.period)
            c.period = ym.group() if ym else Y  # 共安排重点项目120个 under a title 2021年1-4月…: the year's list
            return
    if c.kind == "actual" and c.extra.get("announced_list") and chosen is not None and chosen.kind in EVENT_DAY_KINDS:
        ym = _PERIOD_YEAR_OPEN.match(chosen.period)
        c.period = ym.group(1) if ym else Y  # 4月21日,…集中开工。乙县安排重点项目50个: the list's own size, of its year
        return
    if c.kind == "actual" and chosen is not None and chosen.kind in EVENT_DAY_KINDS and not (
            PROJECT_ATTRIBUTE.search(text[cs:c.vs]) and not _batch_before(c, cands, layout, ss)):
        s0, s1 = layout.sent_of(chosen.start)  # (某物流园项目总投资12.5亿元: one project's size, as written)
        if INSPECTION_EVENT.search(text, chosen.end, min(s1, chosen.end + EVENT_DAY_REACH)):
            if _fed_back(text, chosen):
                ym = _PERIOD_YEAR_OPEN.match(chosen.period)
                c.period = ym.group(1) if ym else Y  # 4月8日,3个巡察组分别向18个党组织反馈了意见: of the year,
                return  # as the rectification the findings open is
            c.period = _inspection_day(text, chosen, periods, p_starts, s1, context)
            return  # 市督查组于6月12—16日对…86个责任单位进行了督查,共发现问题74个: the inspection's counts
        if EVENT_OWN.search(text, chosen.end, min(s1, chosen.end + EVENT_DAY_REACH)):
            # 3月12日,全省一季度重大项目集中开工活动举行。全省560个项目集中开工: the batch of the day's month (the
            # lead's convention of session 41, as of sessions 27 and 30); 3月2日,全省560个重大项目集中开工,总投资2000亿元:
            # the day's batch in the same sentence, of that month too
            c.period = _event_year_of_day(text, chosen, periods, p_starts, s1, context).period
            return
    if c.kind == "actual" and chosen is None:
        lead = _inspection_lead(text, layout, ss, periods, p_starts)
        if lead is not None:
            per = _inspection_day(text, lead, periods, p_starts, layout.sent_of(lead.start)[1], context)
            if _fed_back(text, lead):
                per = lead.period[:4] if lead.period[:4].isdigit() else Y  # …,12月3日向县委当面反馈了巡察发现的
                # 问题。⏎细化整改举措85条: the rectification after the findings came back, over the year of that day
            ym = _PERIOD_YEAR_OPEN.match(per)
            # 8月15日至20日,市督导组…开展督导。⏎甲县新签约项目12个: what the check found, of its days; the size of the
            # list it checked (全市共有重点项目86个,已开工78个) of the list's year
            c.period = (ym.group(1) if ym else Y) if _list_size(text, layout, c, cs, ce, ps) else per
            return
    if (chosen is None or inherited) and _yield_once_built(text, c, ss, cs):
        # 建成后年产值可达60亿元, 设计年发电量20亿千瓦时: once the works run, a time the text does not give; nor does
        # the event a batch was started at (本批次集中开工的28个项目,全部达产后,预计实现年产值56亿元: the output
        # comes when they produce, not in the event's year)
        c.period = ""
        return
    own = EVENT_OWN.search(text, ss, c.vs)
    if chosen is not None and ss < chosen.end and chosen.kind not in EVENT_DAY_KINDS and c.kind == "actual" and \
            EVENT_BACKREF.search(text, layout.clause_of(chosen.start)[1], c.vs):
        # 继去年底集中开工10个重大项目后,…,本次集中开工的22个重大项目,…,总投资69.3亿元: 本次 turns from the time
        # written before it in the sentence back to the event named before the sentence
        event = _event_time(text, layout, ss, ps, periods, p_starts, "", context)
        if event is not None and event.kind not in EVENT_DAY_KINDS:
            c.period = _doc_event_month(context, event, Y, text) or event.period
            return
    if (chosen is None or chosen.end <= ss) and (EVENT_BACKREF.search(text, ss, c.vs) or own or (
            ss >= 2 and _QIZHONG_LEAD.match(text[ss:c.vs]) and EVENT_BACKREF.search(text, layout.sent_of(ss - 2)[0], ss))):
        event = _event_time(text, layout, ss, ps, periods, p_starts,
                            own.group() if own and not EVENT_BACKREF.search(text, ss, c.vs) else "", context)
        if c.kind == "actual" and (event is not None and event.kind not in EVENT_DAY_KINDS or event is None and (
                EVENT_BACKREF.search(text, ss, c.vs) or EVENT_HELD.search(text, ss, c.vs))):
            day = _doc_event_month(context, event, Y, text)  # no day written before: the lead's or the page's day
            if day:
                c.period = _works_own_size_year(text, layout, c, cands, cs, day)
                return
        if event is not None:
            c.period = _works_own_size_year(text, layout, c, cands, cs, event.period)  # 本次开工项目9个 (and its
            return  # 其中…) after 举行2023年四季度…集中开工活动: the event's time
    if c.kind == "actual" and (chosen is None or inherited and chosen.end <= getattr(context, "event_at", 0)) and \
            not (PROJECT_ATTRIBUTE.search(text[cs:c.vs]) and not _batch_before(c, cands, layout, ss)):
        day = _event_frame(text, layout, c, context, periods, p_starts, Y, chosen)
        if day:
            c.period = day  # 3月8日,某县举行…集中开工活动。…(a later paragraph) 开工项目共25个: the event's year
            return
    if c.kind == "actual" and chosen is not None and not inherited and \
            (chosen.role == "status" or chosen.kind in CUTOFF_KINDS) and \
            SIZE_OPENING_ITEM.search(text, max(0, cs - 1), c.vs) and sized_work(text, c.mend):
        ym = _PERIOD_YEAR_OPEN.match(chosen.period or "")
        c.period = ym.group(1) if ym else Y  # 截至目前,投资8550万元的某工程…已完工: the work's size, of its year, not
        return  # a flow up to the cut-off
    if c.kind == "actual" and chosen is not None and chosen.kind in EVENT_TIME_KINDS \
            and sized_before_name(text, cs, c):
        ym = _PERIOD_YEAR_OPEN.match(chosen.period or "")
        c.period = ym.group(1) if ym else Y  # 6月10日,总投资15亿元的某项目正式签约: the work's size, of its year
        return  # (and so under a title's 第三季度…开工活动: the event's quarter inherited is no time of the size either)
    if (chosen is None or inherited) and c.kind == "actual" and (PROJECT_ATTRIBUTE.search(text[cs:c.vs]) or (
            SIZE_VERB.search(text, max(cs, c.vs - 6), c.vs) and SIZE_BEFORE_NAME.match(text, c.mend)) or (
            SIZE_OPENING_ITEM.search(text, max(0, cs - 1), c.vs) and sized_work(text, c.mend))):
        if chosen is not None and not (SIZE_OPENING_ITEM.search(text, max(0, cs - 1), c.vs) and sized_work(
                text, c.mend)) and _size_of_reported_set(text, layout, c, cands, chosen, ss):
            c.extra["set_size"] = True  # 新开工项目45个,计划总投资120亿元: the set's size, of the set's time
        elif not (chosen is not None and _event_batch(text, layout, c, cands, ss, se)):
            c.period = Y  # 某项目总投资18亿元 under 一季度 or 1—9月: the project's size as written, not a flow of that time
            return
    if chosen is not None and chosen.kind in WITHIN_YEAR_KINDS and _plan_reported_after(text, layout, c, cs, ce, se) \
            and not _span_of_plan(text, chosen, cs):
        ym = _PERIOD_YEAR_OPEN.match(chosen.period)
        c.period = ym.group(1) if ym else Y  # 1—8月,…甲市计划投资120亿元,完成65%: the plan is the year's
        return
    if c.kind == "actual" and (PLAN_AMOUNT_BEFORE.search(text, max(cs, c.vs - 16), c.vs) and not _share_of_plan(text, c)
                               or c.extra.get("batch_plan")) and (
            chosen is None or inherited or chosen.kind in WITHIN_YEAR_KINDS):
        ym = _PERIOD_YEAR_OPEN.match(chosen.period) if chosen is not None else None
        c.period = ym.group(1) if ym else Y  # 占年度计划投资110亿元的80% under 截至9月底: the year's plan
        return
    if chosen is None:
        chosen = _plan_lead_span(c, part)  # (a sentence that also states a status: 从目前的186亿元提高到300亿元)
    if chosen is None:
        # vague narrative framing (近年来) anywhere earlier in the paragraph
        vague = [p for p in periods[bisect.bisect_left(p_starts, ps):i1] if p.role == "vague"]
        if vague and c.kind == "actual" and not (getattr(context, "genre", "") in PROGRESS_GENRES
                                                 and PROGRESS_STATE.search(text, cs, ce)):
            c.period = ""
            return
        if c.kind == "actual" and doc_period and _is_stock(text, cs, ce, c) and not PROGRESS_STATE.search(text, cs, ce) \
                and not ONE_MONTH.fullmatch(doc_period) and not _lead_flows(text, layout, c):
            c.period = Y  # 全市规模化牧场达1184个 in a half-year analysis: a stock at the time of writing (a month's
            # notice speaks of its month throughout: 本月热点…共120件)
        elif c.kind == "target" and year and not plan_period and _in_title(text, c, context) and not any(
                p.role in ("span", "deadline", "recurring") for p in periods[bisect.bisect_left(p_starts, ss):
                                                                             bisect.bisect_left(p_starts, se)]):
            c.period = Y  # 岚溪县力争完成重点项目投资50亿元 heading a news page of 2024: the year's target (a
            # headline naming a plan's span or a deadline anywhere leaves its time to the text)
        elif c.kind == "target" and not year and not plan_period and any(
                p.kind == "this_year" and p.text.startswith(zh.PRESENT_YEAR_WORDS) and p.end <= c.vs
                for p in periods[:bisect.bisect_left(p_starts, c.vs)]):
            c.period = "?"  # 今年…主要预期目标是… then 力争果品产量870万吨 in a text of no stated year: the text's
            # year, unknown, as a dated one gives its year
        elif c.kind == "actual" and WITHIN_YEAR_PERIOD.search(doc_period) and _list_size(text, layout, c, cs, ce, ps):
            c.period = _YEAR_OR_UNKNOWN.search(doc_period).group()  # 纳入调度的142个市重大项目完成投资… in a report on
            # 1-7月 (its title's span): the size of the year's list, its work of the span
        else:
            c.period = (doc_period or Y) if c.kind == "actual" else \
                _report_plan_year(doc_period, doc_period, context, Y) or _plan_part_year(c, part, context) or \
                (str(sec_year) if sec_year is not None and digest else "")  # (a target under a digest's 2026年岚溪)
        return
    if c.kind == "actual" and chosen.role == "status":
        cut = [p for p in in_sent if p.end <= chosen.start and p.kind in CUTOFF_KINDS and p.role == "point"]
        now_cut = _now_of_cutoff(text, chosen, ps, periods, p_starts)
        # (1—2月,…,年度累计完成投资145亿元: the year's running total so far is as of the span the report states, in
        # a clause of its own too: periods._YEAR_TO_DATE_WORDS)
        so_far = chosen.kind == "this_year"
        if cut and cut[-1].start < cs and not PACE.search(text, cs, ce) and now_cut is None and not so_far:
            cut = []  # 1-6月计划新开工项目67个,目前已开工项目57个: 目前 opens a clause of its own, the time of writing
        if not cut and now_cut is not None:
            cut = [now_cut]  # 截至8月18日,…完成投资56.3亿元,目前已开工项目38个: the cut-off's now
        if cut:
            chosen = cut[-1]  # 1-8月,…完成投资86亿元,截止目前已超出时序进度10个百分点: 目前 is the report's cut-off
        elif PACE.search(text, cs, ce) or so_far:  # (…占年度计划的72%。截止目前,已超出时序进度10个百分点: the pace of that span)
            chosen = _opening_before(text, layout, ps, ss, periods, p_starts) or \
                _cutoff_before(text, layout, ss, periods, p_starts) or chosen
    if c.kind == "actual" and chosen.kind in WITHIN_YEAR_KINDS and (
            (_year_group(text, layout, c, cs, ce) or _listed_then_worked(text, c, cs, ce, ps)
             and not _stock_at_cutoff(text, c, chosen, inherited, ss)) and _year_list_count(text, c, cs)
            or _set_then_stage(text, c, cs) and not _event_batch(text, layout, c, cands, ss, se)
            or PROJECT_ATTRIBUTE.search(text, max(cs, c.vs - 12), c.vs)
            and not _size_of_reported_set(text, layout, c, cands, chosen, ss)) \
            and not _event_batch(text, layout, c, cands, ss, se) and not _span_of_plan(text, chosen, cs):
        # (1-6月计划新开工项目67个: the plan of that span, written right before its plan word)
        ym = _YEAR_OR_UNKNOWN.search(chosen.period)
        # 1-9月,全县列入省重点的40个项目完成投资9亿元 / 1-9月,全县重点项目40个,总投资320亿元,完成投资9亿元: the
        # year's list and its size, its work of 1-9月 (a bare 全县40个续建项目完成投资… is of 1-9月: _year_group)
        c.period = ym.group() if ym else Y
        return
    members = [x for x in cands if x.group == c.group] if c.group >= 0 and FROM_RE.search(text, ss, c.vs) else [c]
    first, last = min(members, key=lambda x: x.vs), max(members, key=lambda x: x.vs)
    # (由上年的22%、29%和49%调整为…: a list's members start the change the words before the first open and those
    # after the last run on to)
    ft = _from_to(text, min(cs, layout.clause_of(first.vs)[0]), c.vs,
                  text[last.mend:max(ce, layout.clause_of(last.vs)[1])])
    if ft is not None:
        got = _from_to_period(text, layout, c, ft, chosen, periods, p_starts, ps, ss, Y, doc_period, late, year)
        if got is not None:
            c.period = got
            return
    if chosen.kind == "this_year" and chosen.end <= ss and chosen.text.endswith(zh.SINCE_SUFFIX):
        # 今年以来,全省春耕春播有序推进,…。工业生产加快发展,…增长15.3%: the paragraph's year so far
        chosen = _year_to_date_of_text(text, c, chosen, doc_period, cs, ce, context) or chosen
    per = chosen.period
    role = chosen.role
    if chosen.kind == "month_since":
        per = _month_to_cutoff(per, doc_period, context)  # 7月份以来,全县新签约项目12个 under 1-9月: M07..M09
    if sec_year is not None and chosen.kind in RELATIVE_KINDS and not (
            (digest or part is not None and part.source == "lead") and chosen.text.startswith(zh.PRESENT_YEAR_WORDS)):
        # (a part a paragraph's lead opened, 2025年是…的一年 in a text of 2026: its 全年, 上半年 are that year's, the
        # speaker's 今年 stays the speaker's)
        again = [p for p in find_periods(chosen.text, sec_year) if p.end - p.start == len(chosen.text)]
        if again:
            per = again[0].period
    if c.kind == "actual" and role == "point" and chosen.kind in PERIOD_END_KINDS \
            and _flow_at_period_end(text, layout, chosen, c):
        per = _period_ended(chosen, per) or per  # 一季度末,全县生猪出栏36万头: the quarter's (存栏 stays at its end)
    if chosen.kind in RELATIVE_KINDS and chosen.role == "point" and not chosen.text.startswith(("今年", "本年")):
        # 2023年,全县全年实现生产总值321亿元 in a 2024 report: a year stated before it in the sentence is its year
        own = [p for p in in_sent if p.kind == "year" and p.role == "point" and p.end <= chosen.start
               and _year_frames(text, layout, p, chosen)
               and not _present_between(periods, p_starts, p.end, chosen.start)]
        if not own:  # 2023年,全市实现…。上半年实现税收12亿元: the paragraph's year
            f = _framing(text, layout, ps, ss, periods, p_starts)
            own = [f] if f is not None and f.kind == "year" and f.role == "point" and f.end <= chosen.start \
                and _year_frames(text, layout, f, chosen) \
                and not _present_between(periods, p_starts, f.end, chosen.start) else []
        if own:
            again = [p for p in find_periods(chosen.text, int(own[-1].period))
                     if p.end - p.start == len(chosen.text)]
            if again:
                per = again[0].period
    if chosen.kind in SPOKEN_KINDS and role == "point" and chosen.text in zh.REVIEW_SPAN_LEADS and year \
            and reviews_own_year(text, year):
        per = str(year)  # 过去一年 in 2019年某县政府工作报告 that says 2019年,是…的一年: the year it reviews
    elif chosen.kind in SPOKEN_KINDS and role == "point" and chosen.text in zh.REVIEW_SPAN_LEADS and part is not None \
            and part.kind == "actual" and part.year is not None and part.source != frame.PARAGRAPH \
            and str(part.year) in (part.cue or ""):
        per = str(part.year)  # 一年来 under 一、2022年工作回顾 (a report given at that year's end): the year it names
    elif chosen.kind in SPOKEN_KINDS and role == "point":
        per = _spoken_period(chosen, part, in_sent, context) or per  # 去年 in a report on 2025 given in 2026: 2025
    elif chosen.text.startswith(zh.PRESENT_YEAR_WORDS) and role == "point" and (
            sec_year is None or sec_year == year and not _part_names_its_year(part)):
        # 今年以来 in a review of 2022 posted 2023-03-02: 2023; 今年…主要预期目标 under 二、今年工作安排 in a report
        # reviewing 2022 (its part's year read as the text's): 2023
        per = _spoken_present(chosen, context) or per
    if role == "same_period":  # 同期为下降31.9%: the comparison period, a year before the scope's
        c.period = shift_year(doc_period or Y, -1) if c.kind == "actual" else ""
        return
    if chosen.kind in ("future_n", "within_n") and late and year:
        per = shift_year(per, 1)  # 未来五年 in a report delivered in Q4 counts from next year
    if chosen.kind == "future_n":
        plan = _named_plan_before(text, chosen, periods, p_starts, ps)
        if plan is not None:
            per = plan.period  # 审议了《…第十四个五年规划纲要》,提出今后五年…: the years of the plan just named
    # (…年均增长12%,达到1.2万亿元: a state the clause before goes on to is read by its own clause, facts._continued_state)
    flow_from = c.extra.get("continued_state", c.es)
    if role == "span" and c.kind == "target" and not FLOW_TARGET.search(text[flow_from:c.vs]) \
            and (END_STATE.search(text[max(c.es, c.vs - 12):c.vs]) or c.measure == "rank" or
                 END_STATE_ITEM.search(text[max(c.es, c.vs - 40):c.vs]) or
                 c.extra.get("ratio") is not None):  # (三次产业比重趋近8:40:52: a composition is a state, held at the end)
        end = _span_end(per)
        if end:
            per, role = end, "deadline"
    if role == "vague" and c.kind == "actual" and getattr(context, "genre", "") in PROGRESS_GENRES \
            and PROGRESS_STATE.search(text, cs, ce):
        per = doc_period or Y  # 近年来…,有5个项目用地未落实: a progress report's status, as of the report
    elif role == "vague":
        per = ""
    elif role == "average":
        per = ""
    elif role == "status":
        per = (as_of_now(context, doc_period, Y) if chosen.text in zh.AS_OF_NOW_WORDS else "") or Y \
            if c.kind == "actual" else ""
    elif role == "month_end":
        per = Y if c.kind == "actual" else ""
    if role == "span" and c.kind == "actual" and not _accrued(text, c, cs, ce) and (
            c.measure not in ("growth", "delta") or MULTIPLE_OF_YEAR.search(text, max(cs, c.vs - 16), c.vs)):
        end = _YEAR_SPAN_END.fullmatch(per)
        # a stock reported in a review of a span holds at the time of writing, or at the span's end when the text is
        # written after it (十四五期间…达到3.2万元 posted in 2026, 过去五年…总里程达到5200公里 / 这五年 under 一、2025年和
        # “十四五”时期工作回顾: 2025; 五年来 in a text of June 2025: 2025); a change over it (提高4.2个百分点) keeps the span
        # (a plan named by its span and dated nowhere is written on the span's eve: “十三五”时期… in a 十四五 plan, 2020)
        pm = _YEAR_SPAN_START.match(plan_period or "")
        written = int(Y) if Y.isdigit() else int(pm.group(1)) if pm else None
        per = end.group(1) if end and written and int(end.group(1)) < written else Y
    if role in ("point", "span") and _YEAR_ONLY_PERIOD.fullmatch(per) and "年均" in text[cs:c.mend + 2]:
        span = _governing_span(text, layout, c, periods, p_starts, ps, ss)
        if span is not None and span.role == "span":
            per = span.period
    dm = _OPEN_YEAR_PERIOD.fullmatch(per)
    if dm and _YEARLY_AVERAGE.search(text[cs:c.mend + 2]):
        # 到2025年…年均增长7%: a yearly average over the years up to the deadline (the plan's span)
        end = int(dm.group(1))
        pm = _YEAR_SPAN.fullmatch(plan_period or "")
        own = plan_span(chosen.text) if chosen.kind == "plan_end" else None
        if own is not None and own[1] == end:
            per = f"{own[0]}..{own[1]}"  # 到“十四五”末,…年均增长3%: the plan's five years, whenever it is written
        elif pm and int(pm.group(2)) == end:
            per = plan_period
        elif year and year < end:
            # (到2025年,…年均增长7% written in 2020: the five years after the plan's base year)
            per = f"{year + 1 if late or end - year == 5 and end % 5 == 0 else year}..{end}"
        elif not year and end % 5 == 0:
            per = f"{end - 4}..{end}"  # the year of writing unknown: a five-year plan's years end on 0 or 5
    nm = N_YEARS_SUM.search(text, cs, c.vs) if dm else None
    if nm:
        n = _count(nm.group(1) or nm.group(2))
        if n and 1 < n <= 10:  # 到2020年,…五年累计完成投资1500亿元: a sum over the years up to the deadline
            per = f"{int(dm.group(1)) - n + 1}..{dm.group(1)}"
    if inherited and "累计" in text[cs:c.vs] and _FIRST_HALF_PERIOD.fullmatch(per):
        per = f"..{per[:4]}-M06"
    if c.kind == "actual" and chosen.kind in MONTH_POINT_KINDS and ONE_MONTH_POINT.fullmatch(per) and \
            _month_cumulative(text, layout, c, chosen, cs):
        per = f"{per[:-3]}M01..{per[-3:]}"  # 9月,…,累计完成投资28.6亿元,占年度计划的78%: January to September
    if c.measure == "delta":
        m = _SINCE_MONTH_END.search(text[cs:c.vs])
        if m:
            mo = int(m.group(1))
            mm = _BY_MONTH_PERIOD.fullmatch(per)
            if mm and int(mm.group(2)) > mo:
                per = f"{mm.group(1)}-M{mo + 1:02d}..M{mm.group(2)}"
    if per == "" and c.kind == "actual" and role not in ("vague",) and year and role not in ("average",):
        per = Y
    if role == "average" and c.kind == "actual" and year:
        per = Y
    if c.kind == "actual" and chosen.kind in BARE_TIME_KINDS and not _OWN_YEAR_WORD.search(chosen.text) \
            and not c.extra.get("forecast") and after_writing(per, context):
        per = shift_year(per, -1)  # 12月,全县受理工单1200件 in a notice signed 2023年1月6日: the December before
    if c.kind == "target" and chosen.end <= ss and chosen.kind in WITHIN_YEAR_KINDS:
        per = _report_plan_year(per, doc_period, context) or per  # 一季度,全县春耕有序推进。全县计划播种面积300万亩
    c.period = _listed_time(text, layout, c, cands, per, Y) or per


_SEMICOLON = rx.compile(r"[;；]")  # a statement of its own begins after it, whose time is its own


# 截至8月18日 / 截止到9月底 / 截至三季度末: a cut-off written as the point the text reports at
CUTOFF_POINT_KINDS = {"upto_day", "upto_month", "upto_year_month", "upto_quarter"}


def _now_of_cutoff(text: str, now: PeriodMention, ps: int, periods, p_starts) -> PeriodMention | None:
    """The cut-off a 目前 / 当前 (``zh.NOW_WORDS``) right after it in its paragraph stands for (截至8月18日,全区…完成投资
    56.3亿元,目前已开工项目38个 / …。目前,竣工项目9个): a report stating the point it reports at (截至…) goes on at that
    point, its 目前 no later time of writing; None when the time before 目前 is a span (1-6月,…,目前…: the time of
    writing, after the span) or another time stands between."""
    if now.text not in zh.NOW_WORDS:
        return None
    k = bisect.bisect_left(p_starts, now.start) - 1
    if k < 0 or periods[k].start < ps:
        return None
    p = periods[k]
    return p if p.kind in CUTOFF_POINT_KINDS and p.role == "point" and p.end <= now.start else None


MONTH_POINT_KINDS = {"month", "year_month"}
ONE_MONTH_POINT = rx.compile(r"(?:\d{4}|\?)-M(?:0[2-9]|1[0-2])")
SUM_SO_FAR = rx.compile(alternation(zh.SUM_SO_FAR_WORDS))
YEAR_PLAN_NAMED = rx.compile(alternation(zh.YEAR_PLAN_NAMES))
ONE_MONTH_WORD = rx.compile(alternation(zh.ONE_MONTH_WORDS))


def _month_cumulative(text: str, layout: Layout, c: Cand, chosen: PeriodMention, cs: int) -> bool:
    """Whether a figure under one month (9月,…) is a sum from the year's start: its clause says 累计 after the month
    (累计完成投资28.6亿元), a share follows such a sum (…,占年度计划的78%), or the clause says what is already done of
    the year's plan (32个项目均已完成全年计划的60%以上); nothing between the month and the figure says the month alone
    (当月, 本月).  A month's own share of the plan stays the month's (4月份完成年度计划的14.4%)."""
    lo = max(chosen.end, layout.sent_of(c.vs)[0])
    if ONE_MONTH_WORD.search(text, lo, c.vs) or chosen.end > c.vs:
        return False
    if SUM_SO_FAR.search(text, max(cs, chosen.end), c.vs):
        return True
    ce = layout.clause_of(c.vs)[1]
    done = text.find("已", max(cs, chosen.end), ce)
    if done >= 0 and YEAR_PLAN_NAMED.search(text, done, ce):
        return True  # (…均已完成全年计划的60%以上: done of the year's plan by the month's end)
    # (…累计完成投资28.6亿元,占年度计划的78%: a share of the sum before it, in the sum's time)
    return c.measure == "share" and cs >= 1 and bool(SUM_SO_FAR.search(text, max(layout.clause_of(cs - 1)[0],
                                                                              chosen.end), cs))


# a report's own span within a year (2024-Q1, 2024-H1, 2024-M01..M05, ..2024-M06)
WITHIN_YEAR_SPAN = rx.compile(r"(?:\.\.)?(\d{4}|\?)-(?:Q\d|H\d|M\d\d(?:\.\.M\d\d)?)")


# 是2012年的1.9倍 in a review of five years: the end value measured against a base year's, a state at the span's
# end (the base year is the comparison, not the time), not a change spread over the span
MULTIPLE_OF_YEAR = rx.compile(rf"(?:{alternation(zh.MULTIPLE_BASE_VERBS)})\s*(?:19|20)\d\d\s*年(?:末|底)?的\s*$")


def _report_plan_year(per: str, doc_period: str, context, Y: str = "?") -> str:
    """The year of a plan a report on a span within the year states with no time of its own (全县计划播种面积300万亩,
    调减玉米20万亩 in a quarter's analysis or a half-year summary): the year's plan, not the span's, which only says
    when the report was written.  ``per`` is the span the plan would inherit (the report's own, or one stated before
    its sentence in a statistics analysis), "" when none; "" for other documents (a plan's figure with no time stays
    timeless)."""
    m = WITHIN_YEAR_SPAN.fullmatch(per or "")
    analysis = getattr(context, "genre", "") in zh.REPORT_ON_SPAN_GENRES
    if m:
        return m.group(1) if per == doc_period or analysis else ""
    return Y if analysis and not per and Y != "?" else ""


# the clause marks after which a clause of its own begins (、 joins the items of one clause's list)
_CLAUSE_BREAK = rx.compile(r"[,，;；]")
# a sum over the years (累计建成安置房2100套) is no figure of each year
_SUM_LEADS = rx.compile(rf"\s*(?:{alternation(zh.HELD_OR_TOTAL_LEADS)})")


def _each_year_own(text: str, layout: Layout, p: PeriodMention, cs: int, c: Cand) -> bool:
    """每年 in an earlier clause of the sentence says how often its own clause's verb happens (五年来,每年新增就业3000人,
    城镇登记失业率控制在3.5%以内, 累计建成安置房2100套): a later clause with a subject of its own, or a sum, is not each
    year's, whenever 每年's own clause states a figure.  It goes on over the items of its clause's list (每年新增研发机构
    10家、产学研合作150项) and into a clause that opens with a verb of the same actor (…,实施技术攻关100项以上); a 每年
    standing as the sentence's frame in a clause of no figure (每年,全县…) goes on too.  A yearly average (年均增长) is
    never each year's; the ends of a change (从107家增加到500家) read their years from the span governing the sentence."""
    if "年均" in text[cs:c.mend + 2]:
        return True
    pcs, pce = layout.clause_of(p.start)
    if not _any_between(layout.cand_starts, pcs, pce) or _from_to(text, cs, c.vs, text[c.mend:layout.clause_of(c.vs)[1]]):
        return False
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, p.end, c.vs)]
    if not breaks:
        return False
    if any(text[b - 1] in ";；" for b in breaks):
        return True
    lead = text[breaks[-1]:c.vs]
    return bool(_SUM_LEADS.match(lead)) or not _verb_led(lead)


def _verb_led(clause: str) -> bool:
    """Whether jieba's first word of ``clause`` is a verb (实施, 新增, 培训): a predicate going on about the actor of the
    clause before, not a clause with a subject of its own (城镇登记失业率控制在…)."""
    first = _first_word(clause.strip())
    return first is None or first[1][:1] == "v"  # (no jieba: every clause is read as going on, as before)


# 连续21年、37年: the lengths of several runs listed
_MORE_RUNS = rx.compile(r"\s*[、和及]\s*(?:\d{1,2}|[一二两三四五六七八九十]+)年")
# 连续6年居全国第一: the count of years of the run
_RUN_COUNT = rx.compile(r"连续(.+?)年")


def _run_years(run: PeriodMention, chosen: PeriodMention | None, part, context, year: int | None) -> str:
    """The years of a run (连续6年居全国第一, 连续五年稳定在650亿斤以上): as many years as it counts, up to the last year
    the text reports there — the year the sentence states before the run (2025年,…连续6年…), the span a review part or
    its lead names (五年来 / 一、“十四五”时期工作回顾 → its last year), else the year the text speaks of (the year before,
    in a text given in its year's first months: a work report of January 2026 reports on 2025)."""
    m = _RUN_COUNT.match(run.text)
    n = _count(m.group(1)) if m else None
    end = None
    if chosen is not None and chosen.role in ("point", "span"):
        ym = re.fullmatch(r"(?:\d{4}\.\.)?(\d{4})", chosen.period)
        end = int(ym.group(1)) if ym else None
    if end is None and part is not None:
        pm = _YEAR_SPAN_END.fullmatch(getattr(part, "period", "") or "")
        end = int(pm.group(1)) if pm else part.year
    if end is None and year:
        end = year - 1 if _early_in_year(context, year) else year
    if not n or not end or (year and end > year):
        return run.period
    return f"{end - n + 1}..{end}"


def _plan_lead_span(c: Cand, part) -> PeriodMention | None:
    """The span (or deadline) a plan's lead states for the plan part it opens (``frame.Frame.period``), for a target
    of that part, or the span a paragraph's lead opens inside a review part (五年来,… after 2025年,… under 一、2025年
    和“十四五”时期工作回顾), for what that part reports; None otherwise."""
    if part is None or part.kind != c.kind or not part.period:
        return None
    if c.kind != "target" and not (c.kind == "actual" and part.source == frame.PARAGRAPH):
        return None
    return PeriodMention(part.cue_start, part.cue_end, part.cue, part.period,
                         "deadline" if part.period.startswith("..") else "span", "plan_lead")


def _plan_part_year(c: Cand, part, context=None) -> str:
    """The year a plan part states it plans (二、2031年工作安排 / its lead 今年全县发展主要预期目标是…), for a target of
    that part with no time of its own (新改建农村公路430公里, 实施30项科技重大专项): the year's work, as the part's
    main targets are; outside a year's part, the one year a plan's title names as the year it plans (关于印发某省2031年
    民生工程实施方案的通知: 建成安置房7万套 is that year's).  "" elsewhere: a figure with no time in a text that plans no
    one year (a plenum's news, a five-year plan's measures, 某某实施方案(2030-2032年)) stays timeless."""
    if c.kind != "target" or part is not None and part.kind != frame.TARGET:
        return ""
    if part is not None and part.year is not None:
        return str(part.year)
    frames = getattr(context, "frames", None)
    year = getattr(context, "year", None)
    if frames is None or frames.document.kind != frame.TARGET or not year:
        return ""
    # (a page with no headline whose lead says it sets out the year's targets, 甲县人代会确定了2026年全县发展的主要目标
    #与工作重点: the lead's words, as a title's)
    named = _TITLE_YEAR.findall(getattr(context, "title", "") or
                                (frames.document.cue if frames.document.source == "lead" else ""))
    return str(year) if named == [str(year)] else ""


_TITLE_YEAR = rx.compile(r"(?:19|20)\d\d")  # the years a title names (one: the year a plan plans)


# Years counted from the year the text is given in (去年, 过去一年, 前年, 明年), not from the year it speaks of.
SPOKEN_KINDS = {"last_year", "last_year_end", "year_before_last", "next_year"}
# a heading's time that is still to come when the text is written (明年): it times no figure the text reports
HEADING_FUTURE_KINDS = {"next_year"}
# 2019年,是我县发展极不平凡的一年 / 即将过去的2019年: a text that names its own year as the one it looks back on
# (2020年是…收官之年 opens a plan for its year: only 的一年 looks back)
_OWN_YEAR_REVIEWED = r"(?:即将过去的|刚刚过去的)\s?{y}\s?年|{y}\s?年[,，]?\s?(?:是|也是)[^。;；\n]{{0,40}}?的一年"
# a summary headed by the year it sums up (某县2022年项目建设工作总结, 2022年度述职报告): written at or after that year's
# end, its 一年来 is that year (a work report headed 2023年 is given in 2023 and reviews 2022: no 报告 here)
_OWN_YEAR_SUMMED_UP = r"^[^\n。]{{0,30}}?{y}\s?年度?[^。;；\n]{{0,30}}?(?:工作总结|年度总结|总结报告|述职报告|述职述廉报告)\s*$"


@functools.lru_cache(maxsize=8)
def reviews_own_year(text: str, year: int) -> bool:
    """Whether the text looks back on its own year (a work report headed 2019年… that says 2019年,是…的一年 or 即将过去
    的2019年): its 过去一年 / 一年来 is that year, not the one before."""
    return re.search(_OWN_YEAR_REVIEWED.format(y=year), text[:20000]) is not None or \
        re.search(_OWN_YEAR_SUMMED_UP.format(y=year), text[:OWN_SUMMARY_HEAD_CHARS], re.M) is not None


OWN_SUMMARY_HEAD_CHARS = 300  # characters of a text whose lines may be its headline


def _spoken_period(chosen: PeriodMention, part, in_sent: list[PeriodMention], context) -> str | None:
    """The period of 去年 / 前年 / 明年 counted from the year the text is given in (``TimeFrame.spoken_year``) when
    its words show that is the year after the one it speaks of; None when they do not.  上年 / 上一年 count from the
    year spoken of (比上年, a communiqué's 上年末) except in a review part of the year before the one the text is given
    in (一、2025年工作回顾 in a report of 2026: 上年全县新增就业4200人 is 2025), and never after a year the sentence
    states itself (2024年…,上年…)."""
    prior = chosen.text.startswith(zh.PRIOR_YEAR_WORDS)
    own = [p for p in in_sent if p.kind == "year" and p.role == "point" and p.end <= chosen.start] if prior else []
    tf = getattr(context, "time_frame", None)
    spoken = getattr(tf, "spoken_year", None)
    if own:
        spoken = int(own[-1].period)  # 2024年全县引进项目30个,上年22个: the year before the sentence's own
    elif tf is None or tf.spoken_evidence is None or not spoken or spoken == tf.year:
        return None
    elif prior and (part is None or part.kind != "actual" or part.year != spoken - 1):
        return None
    again = [p for p in find_periods(chosen.text, spoken) if p.end - p.start == len(chosen.text)]
    return again[0].period if again else None


# sources of the document's year that say what the text is about, not when it was spoken (context.find_year)
YEAR_SPOKEN_OF_SOURCES = ("lead_year", "title", "title_line", "most_cited_year", "review_year")


def _part_names_its_year(part) -> bool:
    """Whether the document part a value sits in names its year by number (一、2022年工作回顾), not by a word of the
    present (二、今年工作安排) that counts from the year the text is given in."""
    return part is not None and part.year is not None and str(part.year) in (part.cue or "")


def _spoken_present(chosen: PeriodMention, context) -> str | None:
    """The period of 今年 / 本年 (今年以来, 今年上半年) counted from the year the text is given in when its words show
    that is the year after the one it speaks of (a review of 2022 posted in 2023 that goes on 今年以来,…); None when
    they do not."""
    tf = getattr(context, "time_frame", None)
    spoken = getattr(tf, "spoken_year", None)
    if tf is None or tf.spoken_evidence is None or not spoken or spoken == tf.year:
        return None
    ev = getattr(context, "year_evidence", None)
    if ev is None or ev.source not in YEAR_SPOKEN_OF_SOURCES:
        return None  # (在2019年3月2日召开的…会议上 dates the speech itself: its 今年 is 2019 on any page)
    if getattr(context, "period", ""):
        return None  # (青川市1-11月经济运行情况 posted 2024-01-09: written in the span it reports, 今年以来 is of it)
    again = [p for p in find_periods(chosen.text, spoken) if p.end - p.start == len(chosen.text)]
    return again[0].period if again else None


THIS_MONTH = rx.compile(alternation(zh.THIS_MONTH_WORDS))
# a report's own span within the year (1-5月, 截至5月底, 上半年): its "now" is the span's last month
_SPAN_END = rx.compile(r"(?:\.\.)?(\d{4}|\?)-(?:M\d\d\.\.)?M(\d\d)|(\d{4}|\?)-([HQ])([1-4])")


def _text_date(context):
    """The text's own date as (year, month), when the text dates itself to the day (not a manifest's or an address's
    date), else None."""
    day = _text_day(context)
    return (str(day[0]), day[1]) if day is not None else None


# the last month of a period of the grammar: 2024 → Dec, 2024-H1 → Jun, 2024-Q3 → Sep, 2024-M01..M05 / ..2024-M06 → May / Jun
_PERIOD_END = rx.compile(r"(?:\.\.)?(\d{4})(?:-(?:M\d\d\.\.)?M(\d\d)|-([HQ])([1-4]))?")


def period_end(per: str) -> tuple[int, int] | None:
    """(year, month) in which ``per`` ends; None for a period of unknown year, a span of years or none."""
    m = _PERIOD_END.fullmatch(per or "")
    if m is None:
        return None
    if m.group(2):
        return int(m.group(1)), int(m.group(2))
    if m.group(3):
        return int(m.group(1)), int(m.group(4)) * (3 if m.group(3) == "Q" else 6)
    return int(m.group(1)), 12


def _month_to_cutoff(per: str, doc_period: str, context) -> str:
    """The months from the one ``per`` names (7月份以来: ``2024-M07``) to the text's cut-off: the end of the span
    the whole text reports on (1-9月 → ``2024-M07..M09``), else the month the text is dated in, in the same year;
    the one month when neither is known or the cut-off is not later."""
    m = re.fullmatch(r"(\d{4})-M(\d\d)", per)
    if m is None:
        return per
    span = months_of(doc_period) if doc_period else None
    end = (int(span[0]), span[2]) if span is not None and span[0].isdigit() and span[2] < 12 else None
    if end is None:
        td = _text_date(context)
        end = (int(td[0]), td[1]) if td is not None else None
    if end is None or end[0] != int(m.group(1)) or end[1] <= int(m.group(2)):
        return per
    return f"{m.group(1)}-M{m.group(2)}..M{end[1]:02d}"


def written_month(context) -> tuple[int, int] | None:
    """(year, month) the text speaks from: its own date to the day, else the end of the span its title reports on
    (1-4月 → April), else the cut-off its opening reports as of; None when none of these is known."""
    td = _text_date(context)
    if td is not None:
        return int(td[0]), td[1]
    for per in (getattr(context, "period", "") or "", getattr(getattr(context, "time_frame", None), "as_of", "") or ""):
        if WITHIN_YEAR_SPAN.fullmatch(per):
            got = period_end(per)
            if got is not None:
                return got
    return None


def as_of_now(context, doc_period: str, Y: str) -> str:
    """The cut-off 截至目前 (``zh.AS_OF_NOW_WORDS``) names in a progress text (``zh.AS_OF_MONTH_GENRES``): the end of
    the span the whole text reports on (its title's 1-5月 → ..2024-M05), else in a supervision notice
    (``zh.CHECK_NOTICE_GENRES``) the month it is dated in; "" (the document's year) in a news item that states no such
    span, whatever day its page is dated (截至目前 on a page of 2024年5月20日: 2024), and in other genres (a work
    report's or plan's 截至目前 is its year)."""
    if getattr(context, "genre", "") not in zh.AS_OF_MONTH_GENRES:
        return ""
    ev = getattr(context, "period_evidence", None)
    if doc_period and written_after_span(context, doc_period, ev.source if ev is not None else ""):
        return ""  # (1—7月,…。截至目前,… on a page of 8月15日: the time of writing)
    m = _SPAN_END.fullmatch(doc_period or "")
    if m and (m.group(1) or m.group(3)) == Y:
        mo = int(m.group(2)) if m.group(2) else (int(m.group(5)) * (3 if m.group(4) == "Q" else 6))
        return f"..{Y}-M{mo:02d}"
    from .context import reports_at_its_date
    if not reports_at_its_date(context):
        return ""  # (the day a news page is dated names no span of what it reports: 截至目前 on a page of 2024年5月20日
        # is the year's so far, the document's year, as 目前 is)
    td = _text_date(context)
    return f"..{Y}-M{td[1]:02d}" if td and td[0] == Y else ""


_ISO_DATE_MONTH = rx.compile(r"(\d{4})-(\d\d)-\d\d")


def _this_month(context, doc_period: str, Y: str) -> str:
    """The month 本月 names: the one month the whole text reports on, else the month of the text's own date in the
    document's year; "" when neither is known."""
    if ONE_MONTH.fullmatch(doc_period or ""):
        return doc_period
    d = getattr(context, "date", None)
    if d is None or d.evidence.source.startswith("manifest") or d.evidence.source == "url":
        return ""
    m = _ISO_DATE_MONTH.fullmatch(d.value)
    return f"{Y}-M{m.group(2)}" if m and m.group(1) == Y else ""


TITLE_REACH = 600  # characters from the text's start within which its title stands


def _in_title(text: str, c: Cand, context) -> bool:
    """Whether the value stands in the document's title (as the text writes it near its start)."""
    title = getattr(context, "title", "") or ""
    k = text.find(title, 0, TITLE_REACH + len(title)) if len(title) >= 4 else -1
    return k >= 0 and k <= c.vs and c.mend <= k + len(title)


ONE_MONTH = rx.compile(r"(?:\d{4}|\?)-M\d\d")
# times written without their year, resolved against the document's
BARE_TIME_KINDS = {"upto_quarter", "month", "month_day", "months", "month_end", "upto_month", "upto_day", "first_months", "year_start_months", "quarter",
                   "quarter_end", "half", "half_end", "first_quarters", "quarters"}


_PART_PERIOD = rx.compile(r"(?:\.\.)?(\d{4})-(?:M(\d\d)(?:\.\.M(\d\d))?|Q([1-4])|H([12]))")


def after_writing(per: str, context) -> bool:
    """Whether ``per`` lies after the month the text was dated in (its own date, not a manifest's), in that same
    year: months written without their year that end after the writing month were the year before's (a notice signed
    2023年1月6日 reporting on 12月, on 1-12月); a quarter or half begun by then (一季度 on 2月9日: an event's
    quarter) is the writing year's."""
    d = getattr(context, "date", None)
    if d is None or d.evidence.source.startswith("manifest") or d.evidence.source == "url":
        return False
    dm = _ISO_DATE_MONTH.fullmatch(d.value)
    m = _PART_PERIOD.fullmatch(per)
    if dm is None or m is None or m.group(1) != dm.group(1):
        return False
    month = int(m.group(3) or m.group(2) or 0) or (int(m.group(4)) * 3 - 2 if m.group(4) else int(m.group(5)) * 6 - 5)
    return month > int(dm.group(2))


LIST_SPREAD = rx.compile(alternation(zh.LIST_SPREAD_WORDS))
_TIME_RANGE = rx.compile(r"至|到|—|-|~")
_MONTHLY = rx.compile(alternation(zh.MONTHLY_SPREAD_WORDS))


def _spread_after(text: str, p: PeriodMention, end: int) -> bool:
    """Whether the words after the time ``p`` up to ``end`` give its months their values one each (6月至8月,每月新开工
    项目分别为…): then ``p`` is no cut-off of a report.  A cut-off's one point (截至9月底, 截至6月20日) has no months to
    spread over: its 分别 / 依次 give each of a list of places or items its value (截至9月底,甲县、乙县分别完成…), as of
    that point; only a word of every month (每月, 逐月) still lists months after it."""
    if p.kind in UPTO_KINDS:
        return bool(_MONTHLY.search(text, p.end, end))
    return bool(LIST_SPREAD.search(text, p.end, end))


_PERIOD_PART_YEAR = rx.compile(r"\.{0,2}(\d{4}|\?)-[MQH]")


def _listed_time(text: str, layout: Layout, c: Cand, cands: list[Cand], per: str, Y: str) -> str:
    """The one month or quarter of a list of times a 分别 list of values gives one value each (3月至5月,每月新开工项目
    分别为5个、8个、12个 → M03, M04, M05; 一、二季度分别增长5%、6%), or "" when the value is not in such a list."""
    if c.group < 0:
        return ""
    i = bisect.bisect_left(layout.cand_starts, c.vs)
    if i >= len(cands) or cands[i] is not c:
        return ""
    lo = i
    while lo > 0 and cands[lo - 1].group == c.group:
        lo -= 1
    hi = i
    while hi + 1 < len(cands) and cands[hi + 1].group == c.group:
        hi += 1
    first = cands[lo]
    ss, _ = layout.sent_of(first.vs)
    ym = _PERIOD_PART_YEAR.match(per)
    yy = ym.group(1) if ym else (per if _YEAR_ONLY_PERIOD.fullmatch(per) else Y)
    spans = _listed_spans(text, ss, first.vs, yy)
    if len(spans) == hi - lo + 1:
        return spans[i - lo]  # 1-3月、1-6月分别增长6.2%、7.1% / 一季度、上半年、前三季度分别增长…: one span each
    lists = [t for t in time_lists(text, ss, first.vs) if LIST_SPREAD.search(text, t.end, first.vs)]
    if not lists or len(lists[-1].items) != hi - lo + 1:
        return ""
    t = lists[-1]
    k = t.items[i - lo]
    if _TIME_RANGE.search(text, t.start, t.end) and not _MONTHLY.search(text, t.end, first.vs):
        if t.unit == "M" and _SUM_SO_FAR.search(text, t.end, first.vs) and \
                not _COMPARED_BEFORE.search(text, max(0, t.start - 3), t.start):
            # 2-7月,累计增幅分别为7.5%、7.8%…: each month's sum so far, from January (M01..M02 … M01..M07)
            return f"{yy}-M01..M{k:02d}" if k > 1 else f"{yy}-M01"
        return ""  # 1—2月份,工业投资和民间投资分别增长…: a range is one span, its months one each only 每月 (3月至5月,每月…)
    return f"{yy}-M{k:02d}" if t.unit == "M" else f"{yy}-Q{k}"


_SUM_SO_FAR = rx.compile(alternation(zh.SUM_SO_FAR_WORDS))
_COMPARED_BEFORE = rx.compile(rf"(?:{alternation(zh.COMPARE_PREPOSITIONS)})\s*$")
# the words joining the members of a list of times (1-3月、1-6月和1-9月)
_TIME_JOINER = rx.compile(r"\s*[、和及与]\s*")
# a span within a year: months, a month's run, a quarter, a half (2024-M01..M03, ?-Q1, 2024-H1)
_WITHIN_YEAR_SPAN = rx.compile(r"(\d{4}|\?)-(?:M\d\d(?:\.\.M\d\d)?|Q[1-4]|H[12])")


def _listed_spans(text: str, ss: int, vs: int, yy: str) -> list[str]:
    """The periods of a list of spans of a year joined by 、/和 before 分别 (1-3月、1-6月分别增长6.2%、7.1%; 一季度、
    上半年、前三季度…分别增长4.1%、5.3%和5.9%), in order, each in the year ``yy`` unless it names its own; [] when
    the times before the values are no such list (one span, or members that are no spans of a year)."""
    if not LIST_SPREAD.search(text, ss, vs):
        return []
    year = int(yy) if yy.isdigit() else None
    found = [p for p in find_periods(text[ss:vs], year) if _WITHIN_YEAR_SPAN.fullmatch(p.period)]
    run: list[PeriodMention] = []
    for p in reversed(found):
        if run and not _TIME_JOINER.fullmatch(text, ss + p.end, ss + run[0].start):
            break
        if not run and not LIST_SPREAD.search(text, ss + p.end, vs):
            continue
        run.insert(0, p)
    if len(run) < 2 or any(p.role == "base" for p in run):
        return []  # (较一季度、上半年和前三季度分别提高…: the times compared with, the figures the year's)
    return [p.period if _YEAR_ONLY_PERIOD.match(p.text) or not yy else re.sub(r"^(\d{4}|\?)", yy, p.period) for p in run]


DATELINE = rx.compile(r"\s*[(（]?\s*(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})"
                      r"\s*[)）]?\s*")


# 年度计划投资2亿元,已完成投资1.1亿元: 年度 modifying a plan noun dates that figure only, not the clauses after it
# 总投资82.3亿元,年度投资20.4亿元,其中产业项目53个、总投资43.3亿元: 年度 heading a bare amount of investment too
PLAN_NOUN_AFTER = rx.compile(r"(?:投资)?(?:计划|目标|任务)|投资\s?(?:为|达|约)?\s?\d")


# 图1:… / 表2-3 … / 图:2015-2019年…增长情况 (a chart's caption that numbers nothing names itself by the colon)
CAPTION = rx.compile(rf"\s*(?:{alternation(zh.CAPTION_HEADS)})\s*(?:(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})(?:[-—.]\d{{1,2}})?"
                     r"\s*(?:[:：.、]|\s)|[:：])")


def _heading_time(text: str, layout: Layout, h: tuple[int, int], periods, p_starts
                  ) -> tuple[bool, bool, PeriodMention | None]:
    """What ``stated_period`` reads of a heading line above a figure: (a dateline, a caption, the first time it
    states: no vague, average, month-end, base, same-period or run-of-years one).  Each figure read the (up to four)
    headings above it anew, the same lines for every figure under them; kept per line on the layout for the
    document's list of times."""
    if text is not layout.text:
        return _heading_time_read(text, h, periods, p_starts)
    held = layout.memo.get("heading_time")
    if held is None or held[0] is not periods:
        held = layout.memo["heading_time"] = (periods, {})
    got = held[1].get(h)
    if got is None:
        got = held[1][h] = _heading_time_read(text, h, periods, p_starts)
    return got


def _heading_time_read(text: str, h: tuple[int, int], periods, p_starts) -> tuple[bool, bool, PeriodMention | None]:
    line = text[h[0]:h[1]]
    first = next((p for p in periods[bisect.bisect_left(p_starts, h[0]):bisect.bisect_left(p_starts, h[1])]
                  if p.role not in ("vague", "average", "month_end", "base", "same_period", "streak")), None)
    return _is_dateline(line), _is_caption(line), first


def _is_caption(line: str) -> bool:
    """A figure's or table's caption (图1:2015-2019年全县地区生产总值及增长速度): it frames nothing after it."""
    return bool(CAPTION.match(line))


TABLE_CAPTION = rx.compile(rf"\s*(?:{alternation(zh.TABLE_CAPTION_HEADS)})")


def _captions_table_of(text: str, h: tuple[int, int], c: Cand) -> bool:
    """Whether the caption line ``h`` names a table written as text right under it whose cell ``c`` is."""
    tc = c.extra.get("table")
    return tc is not None and bool(TABLE_CAPTION.match(text, h[0])) and h[1] <= tc.table \
        and not text[h[1]:tc.table].strip()


def _is_dateline(line: str) -> bool:
    """A line that is only a date (2025年4月28日, （2025年4月28日）, 2025-03-18): when the document was written."""
    return bool(DATELINE.fullmatch(line))


PROGRESS_STATE = rx.compile("|".join(zh.PROGRESS_STATE))  # 未达序时进度项目4项: a status as of the report's time

# What a project is (its size, length, area, capacity) rather than what it did in the period reported on.
PROJECT_ATTRIBUTE = rx.compile(rf"(?P<word>{alternation(zh.PROJECT_ATTRIBUTE_WORDS)})\s*(?:约|达|为|近|超)?\s*$")
# 投资50亿元的某某产业园项目已开工: the size written before the project's name, as 总投资 after it
SIZE_VERB = rx.compile(r"(?:总投资|计划投资|投资)\s*(?:约|达|近|超)?\s*$")
SIZE_BEFORE_NAME = rx.compile(r"\s*(?:以上|左右)?的[^,，;；。\d]{2,30}?(?:项目|工程)")
# A value the project yields once it is built: 建成后, 投产后, 达产后, 全面运营后.
PROJECTION = rx.compile(r"(?:建成|投产|达产|竣工|运营|投用|完工)后")
DESIGN_OUTPUT = rx.compile(rf"(?:{alternation(zh.DESIGN_OUTPUT_WORDS)})\s*(?:约|达|为|可达|近|超)?\s*$")


# A time written as a clause of its own (截至10月底, / 1—9月, / 截至6月30日,) states the cut-off of a progress
# report (a news story's 截至6月底 speaks for its own paragraph only): the figures after it, in later paragraphs
# and in the rows of the sections below, are as of that time, until another such time is stated.  Only times
# inside a year carry this way (a year or a span stated alone frames its own paragraph: see ``_framing``).
PROGRESS_GENRES = {*zh.LIST_PROGRESS_GENRES, *zh.REPORT_ON_SPAN_GENRES}  # reports as of a cut-off
CUTOFF_KINDS = {"quarters", "year_quarters", "upto_quarter", "upto_day", "upto_month", "upto_year_month", "months", "this_year_months", "year_months", "year_first_months", "year_first_quarters", "first_months", "year_start_months", "first_quarters"}
CUTOFF_LOOKBACK = 6000  # characters looked back over for the governing cut-off


EVENT_BACKREF = rx.compile(alternation(zh.EVENT_BACKREFS))
EVENT_NOUN = rx.compile(alternation(zh.EVENT_NOUNS))
EVENT_OWN = rx.compile(alternation(zh.EVENT_OWN_WORDS))
# 举行…集中签约仪式,现场签约项目18个: the sentence names the event it counts for, held (not one planned or joined)
EVENT_HELD = rx.compile(rf"(?:{alternation(zh.EVENT_HOLD_VERBS)})[^,，;；。]{{0,30}}?(?:{alternation(zh.EVENT_NOUNS)})")
EVENT_LOOKBACK = 1500  # characters looked back over for the event a 本次 points at


def _event_time(text: str, layout: Layout, ss: int, ps: int, periods, p_starts, own: str = "",
                context=None) -> PeriodMention | None:
    """The time of the event a sentence points back at (本次, 会上), in an earlier sentence, the nearest first:
    the time written with the event's name when it is shorter than a year (…举行2023年四季度重大项目集中开工活动),
    else the day it was held, read as the month the day lies in (8月9日,某市举行重大项目集中签约仪式 → August, also
    under a quarter or half its name gives: _event_year_of_day); None when there is none.
    ``own``: the event is named by this word (集中开工项目23个 speaks of an earlier 集中开工, not of any meeting)."""
    for p in reversed(periods[bisect.bisect_left(p_starts, max(0, ss - EVENT_LOOKBACK)):bisect.bisect_left(p_starts, ss)]):
        if own and own not in text[p.end:layout.sent_of(p.start)[1]]:
            continue
        if p.kind in EVENT_DAY_KINDS:
            s0, s1 = layout.sent_of(p.start)
            if EVENT_NOUN.search(text, p.end, min(s1, ss, p.end + EVENT_DAY_REACH)):
                return _event_year_of_day(text, p, periods, p_starts, min(s1, ss), context)
            continue
        if p.role not in ("point", "span") or p.kind in ("day", "upto_day"):
            continue
        if _names_event(text, p, layout.clause_of(p.start)[1]):
            s0 = layout.sent_of(p.start)[0]
            day = _named_event_day(text, p, periods[bisect.bisect_left(p_starts, s0):bisect.bisect_left(p_starts, p.start)],
                                   context)
            if day:  # 10月31日,某区第四季度重大项目集中开工仪式…举行。此次…: the event's day's month, as a named month
                return PeriodMention(p.start, p.end, p.text, day, "point", "month")
            return _event_day(text, p, periods, p_starts, context) or p
    return None


def _event_year_of_day(text: str, day: PeriodMention, periods, p_starts, limit: int, context=None) -> PeriodMention:
    """What a project event held on a day (3月12日,全省举行…集中开工活动) reports its batch for: the quarter or half its
    name carries (一季度重大项目集中开工: the quarter's starts), in the lead or else in the headline (甲省三季度重大项目
    集中开工 over 11月5日,全省重大项目集中开工活动举行), else the month of the day (4月18日,…集中开工项目186个,总投资
    620亿元: the event's batch, of April; the lead's convention of session 27: an event dated to a day is of that day's
    month, as one of a named month is; the batch's 年度计划投资 stays the year's, _event_batch_plan).  A project event
    (a signing, a groundbreaking, a completion ceremony) is no exception: 5月10日,某县举行集中签约仪式,签约项目28个 →
    the day's month, also when its name holds a quarter or half the day stands over (``_day_over_name``; the lead's
    ruling of session 41, as sessions 27 and 30 had it; session 32's day's year is undone)."""
    ym = re.match(r"(\d{4}|\?)", day.period)
    y = ym.group(1) if ym else "?"
    month = day.period if _DAY_MONTH.fullmatch(day.period) or _UNDATED_DAYS.fullmatch(day.period) else y
    if context is not None and y != "?" and after_writing(day.period, context):
        y = shift_year(y, -1)  # 12月28日 on a page of 2024年1月5日: the December before
        month = shift_year(month, -1)
    for q in periods[bisect.bisect_left(p_starts, day.end):bisect.bisect_left(p_starts, limit)]:
        if q.kind in EVENT_NAME_KINDS and q.kind != "year" and _names_event(text, q, limit):
            if month == y or not _day_over_name(text, q):
                return q
            break  # 4月11日,某县举行2023年第二季度…集中开工仪式: the day's month (_day_over_name)
    q = _headline_event_time(text, periods, p_starts, context, y)
    if q is not None and day.start >= q.end and (month == y or not _day_over_name(text, q)):
        return q
    return PeriodMention(day.start, day.end, day.text, month, "point", "year_month" if month != y else "year")


_DAY_MONTH = rx.compile(r"(?:\d{4}|\?)-M\d\d")  # the month a day (4月18日, 2026年4月18日) lies in
_UNDATED_DAYS = rx.compile(r"\?-M\d\d\.\.M\d\d")  # days over two months of an unknown year (periods._join_day_spans)


# 市督查组于6月12—16日对86个责任单位进行了督查,共发现问题74个: an inspection held over days, whose counts (the units
# checked, the problems found) are the inspection's, an event's: of the span it checked, else of the month its days
# lie in (_inspection_day).  Acts whose findings are counted, the party's tours (巡察) and drives held over days (开展
# 专项执法行动, 集中整治); no visit (调研, 考察) whose figures are the host's.
INSPECTION_EVENT = rx.compile(alternation(zh.CAMPAIGN_NOUNS + zh.ASSESSMENT_ACTS + zh.DRIVE_NOUNS))
INSPECTION_FRAME_REACH = 2000  # characters after an inspection's lead over which what it found is reported


def _inspection_lead(text: str, layout: Layout, ss: int, periods, p_starts) -> PeriodMention | None:
    """The day an inspection was held on (8月15日至20日,市督导组对各县区…开展督导。), told in an earlier sentence, for a
    figure of a later sentence or line that states no time of its own (甲县新签约项目12个; 检查结果如下:甲镇得分92分; 其中,
    甲镇发现问题5个; a table's rows under 现将结果通报如下:): the notice goes on reporting what the check found, of the
    check's days (``_inspection_day``: the lead's convention of session 27, for the lines that break the event down too),
    until another time is written between (今年以来,… opens another topic); None when there is no such lead."""
    lo = max(0, ss - INSPECTION_FRAME_REACH)
    for p in reversed(periods[bisect.bisect_left(p_starts, lo):bisect.bisect_left(p_starts, ss)]):
        if p.end > ss:
            continue
        s0, s1 = layout.sent_of(p.start)
        if p.kind in EVENT_DAY_KINDS and INSPECTION_EVENT.search(text, p.end, min(s1, p.end + EVENT_DAY_REACH)):
            return None if _heard_on(text, p) else p
        if p.role in EVENT_FRAME_STOP:
            return None  # (a time of its own between the lead and the figure: another topic)
    return None


def _fed_back(text: str, day: PeriodMention) -> bool:
    """Whether the day dates the handing back of an inspection's findings (…,12月3日向县委当面反馈了巡察发现的问题 /
    2024年11月5日,巡视组向乙区委反馈意见): the rectification a notice then reports is done after it, over the year, so the day
    frames none of its figures as the days of a check do (as for a reporter's day: ``_heard_on``)."""
    end = _DAY_CLAUSE_END.search(text, day.end + 1)  # (the clause the day opens, after its comma)
    return FEEDBACK.search(text, day.end, end.start() if end else len(text)) is not None


def _heard_on(text: str, day: PeriodMention) -> bool:
    """Whether the day only dates the reporter's hearing (11月7日,记者了解到,…巡察组进驻一个多月以来…): no day the
    check was held on (as for a day written without its month: _day_period)."""
    end = _DAY_CLAUSE_END.search(text, day.end + 1)  # (the clause the day opens, after its comma)
    return REPORTER_HEARD.search(text, day.end, end.start() if end else len(text)) is not None


def _inspection_day(text: str, day: PeriodMention, periods, p_starts, limit: int, context=None) -> str:
    """The period of what an inspection held on a day or days found (7月20日至28日,县督查室对…上半年落实情况进行了督查,
    发现问题12个 / 市督查组于6月12—16日对两区86个责任单位进行了督查): the span it checked when its sentence names one
    (上半年落实情况: the half), else the month its days lie in (_event_year_of_day: the lead's convention of session
    27, a span of days inside one month is that month), the year when they run into another month (7月28日至8月3日)."""
    for q in periods[bisect.bisect_left(p_starts, day.end):bisect.bisect_left(p_starts, limit)]:
        if q.kind in CHECKED_KINDS and q.role == "point" and CHECKED_SPAN.match(text, q.end, limit):
            return q.period
    got = _event_year_of_day(text, day, periods, p_starts, limit, context).period
    near = periods[bisect.bisect_left(p_starts, max(0, day.start - 16)):bisect.bisect_left(p_starts, day.end + 3)]
    for q in near:
        a, b = (day, q) if q.start >= day.end else (q, day)
        if q is not day and q.kind in EVENT_DAY_KINDS and b.start >= a.end and DAY_SPAN_JOIN.fullmatch(
                text, a.end, b.start) and q.period[-3:] != day.period[-3:] and _DAY_MONTH.fullmatch(got):
            return got[:-4]  # (7月28日至8月3日: days of two months, the year)
    return got


DAY_SPAN_JOIN = rx.compile(r"\s*[至到—\-－~～]\s*")  # 7月28日至8月3日: the days a span runs over


def _headline_event_time(text: str, periods, p_starts, context, y: str) -> PeriodMention | None:
    """The quarter or half a headline gives an event it names (甲省三季度重大项目集中开工, 某市举行2022年第四季度项目集中
    开工活动), in the year ``y`` of the event's day (or a year not known); None when the headline names none."""
    title = getattr(context, "title", "") or ""
    k = text.find(title, 0, TITLE_REACH + len(title)) if len(title) >= 4 else -1
    if k < 0:
        return None
    for q in periods[bisect.bisect_left(p_starts, k):bisect.bisect_left(p_starts, k + len(title))]:
        if q.kind in EVENT_NAME_KINDS and q.kind != "year" and q.end <= k + len(title) \
                and _names_event(text, q, k + len(title)) and re.match(rf"(?:{re.escape(y)}|\?)-", q.period):
            return q
    return None


_CLAUSE_MARK = rx.compile(r"[,，。;；]")


# the times of a name a day the text writes for the event stands over: a quarter or a half (or a bare year)
DAY_OVER_NAME_KINDS = {"quarter", "year_q", "half", "year_h", "year"}
# a figure counted in the clause a time opens (一季度全市集中开工项目120个): the time is that figure's, no event's name
_CLAUSE_FIGURE = rx.compile(r"\d\s*(?:个|项|家|亿元|万元|元)(?!以上|以下)")


def _day_over_name(text: str, q: PeriodMention) -> bool:
    """Whether the day the text writes for an event stands over the quarter, half or year its name gives
    (4月11日,某县举行2023年第二季度重大项目集中开工仪式,此次集中开工项目36个: 2023-M04; the lead's convention of
    session 30: an event dated to a day is of the day's month, whatever time its name carries, for the batch it
    launched is counted on that day).  A month in the name (2022年4月份…集中开工活动) is the event's month already;
    and a time opening a clause that counts a figure (记者从3月28日召开的推进会上获悉,一季度全市集中开工项目120个)
    is that figure's own time, stated at it, no event's name."""
    if q.kind not in DAY_OVER_NAME_KINDS:
        return False
    m = _CLAUSE_MARK.search(text, q.end, q.end + 60)
    return not _CLAUSE_FIGURE.search(text, q.end, m.start() if m else min(len(text), q.end + 60))


def _names_event(text: str, p: PeriodMention, limit: int) -> bool:
    """Whether the time is part of an event's name (2031年第四季度甲区项目开工活动), the name ending before ``limit``,
    or of the name of the batch such an event launches (2031年第一批开复工项目, 2031年全县第二批项目: the batch its
    ordinal names, begun on the event's day; the time is the name's, as an event's is)."""
    if BATCH_NAMED.match(text, p.end, min(limit, len(text))):
        return True
    m = EVENT_NOUN.search(text, p.end, min(limit, p.end + 24))
    return bool(m) and not _CLAUSE_MARK.search(text[p.end:m.start()])


# a batch named by its ordinal after the year (2031年第一批开复工项目, 2031年全县第三批项目开工): the projects a project
# event launches together, counted as the event's batch
BATCH_NAMED = rx.compile(r"\s*(?:全(?:省|市|县|区|州|盟|旗)|本(?:省|市|县|区))?\s*第\s*[一二三四五六七八九十\d]{1,3}\s*批"
                         r"[^,，;；。:：\n]{0,16}?项目")


EVENT_DAY_KINDS = {"month_day", "date"}
# …and the times an event is named by in a sentence that sizes one work (6月10日,总投资15亿元的某项目正式签约; 3月,…;
# 一季度,…): the work's size is of the year, whatever the event's day, month or quarter (the head's convention)
EVENT_TIME_KINDS = EVENT_DAY_KINDS | {"month", "year_month", "quarter", "year_q"}
# times an event's name may carry (2022年4月份重大项目集中开工活动: a month, as a quarter)
EVENT_NAME_KINDS = {"year", "quarter", "year_q", "half", "year_h", "month", "year_month"}
EVENT_DAY_REACH = 80  # characters from the day to the event's name


def _batch_before(c: Cand, cands: list[Cand], layout: Layout, ss: int) -> bool:
    """Whether a count of projects stands before the value in its sentence (共25个,总投资40亿元: the batch's total,
    not one project's size)."""
    i = bisect.bisect_left(layout.cand_starts, c.vs) - 1
    while i >= 0 and layout.cand_starts[i] >= ss:
        if i < len(cands) and cands[i].vs == layout.cand_starts[i] and cands[i].measure == "count":
            return True
        i -= 1
    return False


BATCH_PLAN_AMOUNT = rx.compile(rf"(?:{alternation(zh.BATCH_PLAN_AMOUNT_WORDS)})\s*(?:为|达|约|近|超)?\s*$")
BATCH_PLANNED_DONE = rx.compile(rf"(?:{alternation(zh.BATCH_PLANNED_DONE_WORDS)})\s*(?:为|达|约|近|超)?\s*$")


def batch_plan_amount(text: str, layout: Layout, c: Cand, cands: list[Cand]) -> bool:
    """The year's planned investment of a batch a project event launched (本次集中开工项目90个,总投资82.3亿元,年度投资
    20.4亿元 / 全市四季度集中开工重大项目41个,…,年内计划投资29亿元): the batch and its total are what the event did (actual),
    but what the year is to put into works begun that day is still to be done: the year's plan for them, a target
    (the hand gold of the blind sets; a share taken of it, 占年度计划的56%, makes a base again, elsewhere).  What the
    batch is planned to complete this year (本批开工项目28个,总投资31亿元,年内计划完成投资12亿元) is the same plan
    written with the deed."""
    ss, se = layout.sent_of(c.vs)
    lo = max(ss, c.vs - 12)
    if c.measure != "level" or not (BATCH_PLAN_AMOUNT.search(text, lo, c.vs) or BATCH_PLANNED_DONE.search(text, lo, c.vs)):
        return False
    return _batch_before(c, cands, layout, ss) and bool(
        EVENT_OWN.search(text, ss, c.vs) or EVENT_BACKREF.search(text, ss, c.vs))


def _event_batch(text: str, layout: Layout, c: Cand, cands: list[Cand], ss: int, se: int) -> bool:
    """The total of a batch an event launches (第二季度新开工项目集中启动…,共60个,总投资约200亿元; 本次签约项目18个,总投资
    90亿元): held when the event was, not a list's size of the year."""
    return (c.measure == "count" or _batch_before(c, cands, layout, ss)) and bool(
        EVENT_OWN.search(text, ss, se) or EVENT_BACKREF.search(text, ss, c.vs))


EVENT_FRAME_REACH = 3000  # characters after the lead over which a project event's news counts what it did
EVENT_FRAME_TOPIC = rx.compile(r"项目|投资")
# 甲州120个重点项目开工 / 集中开工80个大项目: a headline counting the works the event started, by the event's verb
HEADLINE_WORKS_EVENT = rx.compile(rf"\d+\s*[个项][^,，。;；!！]{{0,8}}?(?:{alternation(zh.PROJECT_NOUNS)})"
                                  rf"(?:{alternation(zh.PROJECT_EVENT_WORDS)})|(?:{alternation(zh.EVENT_OWN_WORDS)})\d")
EVENT_FRAME_STOP = {"point", "span", "deadline", "status", "vague", "streak", "recurring"}


def _event_frame(text: str, layout: Layout, c: Cand, context, periods, p_starts, Y: str,
                 chosen: PeriodMention | None) -> str:
    """The year of a project event (``context.event_day``: 集中开工, 签约仪式) for a reported figure after the lead
    that names it, when the figure's sentence speaks of projects or of what the event did and no time is written
    between the lead and the figure (another time starts another topic); "" otherwise.  ``chosen``: a time the
    figure inherits from above the lead (the title's 一季度), which the event's day must agree with."""
    kind = getattr(context, "event_kind", "")
    at = getattr(context, "event_at", 0)
    ss, se = layout.sent_of(c.vs)
    if not kind or c.vs - at > EVENT_FRAME_REACH or c.vs < at and not (
            (kind in text[ss:se] or EVENT_OWN.search(text, ss, se)) and (EVENT_NOUN.search(text, ss, se)
                                                                         or HEADLINE_WORKS_EVENT.search(text, ss, se))):
        # (the headline naming the event: 25个…集中开工, 甲州120个重点项目开工)
        return ""
    if not (EVENT_FRAME_TOPIC.search(text, ss, se) or kind in text[ss:se]):
        return ""
    for p in periods[bisect.bisect_left(p_starts, at):bisect.bisect_left(p_starts, se)]:
        if _names_this_years_plan(p, Y) and PLAN_NOUN_AFTER.match(text, p.end):
            continue  # (…,年度计划投资80亿元 / 2023年计划投资8亿元 in a text of 2023: the plan's word, no time of a
            # topic of its own)
        if p.role in EVENT_FRAME_STOP and p.start >= at and (
                p.start >= ss or _any_between(layout.cand_starts, *layout.sent_of(p.start))):
            return ""  # a time reporting figures of its own (今年以来,全县累计…) opens another topic; a speech's does not
    named = chosen if chosen is not None and chosen.kind in EVENT_NAME_KINDS else None
    if named is None and at > 0:
        own = _lead_event_span(text, layout, at, periods, p_starts, context)
        if own is not None:
            c.extra["lead_event_span"] = True
            # 举行2023年第一季度…集中开工活动。(a later paragraph) 全市开工项目120个: the quarter's, or the month of the
            # day the lead writes for the event (3月15日,某市举行…: 2023-M03)
            return _doc_event_month(context, own, Y, text) or own.period
    got = _doc_event_month(context, named, Y, text)
    if _DAY_MONTH.fullmatch(got) and c.vs > at and not (
            kind in text[ss:se] or EVENT_BACKREF.search(text, ss, se) or EVENT_OWN.search(text, ss, se)
            or c.measure == "count" or BATCH_COUNTED.search(text, ss, c.vs)):
        return got[:-4]  # (…产业园总用地面积约2800亩 after the lead: one work's own size, no part of the batch: the year)
    return got


BATCH_COUNTED = rx.compile(r"\d\s*[个项]")


def _works_own_size(text: str, layout: Layout, c: Cand, cands: list[Cand], cs: int) -> bool:
    """Whether the value is one work's own size written in an event's news (其中,投资50亿元的某食品生产项目…; 某项目总投资
    1千万元), not a total of the batch: a size right before the work's name, or after the work's attribute word with no
    count of projects before it in the sentence."""
    ss, _ = layout.sent_of(c.vs)
    return bool(SIZE_VERB.search(text, max(cs, c.vs - 6), c.vs) and SIZE_BEFORE_NAME.match(text, c.mend)) or \
        bool(PROJECT_ATTRIBUTE.search(text[cs:c.vs])) and not _batch_before(c, cands, layout, ss) \
        and not BATCH_TAKEN_UP.search(text, ss, cs)


# 这次集中开工的重大项目涵盖…,总投资860亿元 / 本批签约项目总投资…: the event's batch taken up by its demonstrative (本次,
# 此次, 这批 of zh.EVENT_BACKREFS) as what its sentence speaks of: the size after it is the batch's total, no one
# work's (本次集中开工项目中,某项目总投资…: one of the batch, singled out by 中)
BATCH_TAKEN_UP = rx.compile(rf"(?:{alternation(tuple(w for w in zh.EVENT_BACKREFS if w.endswith(('次', '批'))))})"
                            r"[^,，。;；\d]{0,10}?项目(?![中里])")


def _works_own_size_year(text: str, layout: Layout, c: Cand, cands: list[Cand], cs: int, per: str) -> str:
    """``per``, the time of an event's batch, or its year for one work's own size (``_works_own_size``): a work is
    as large as written whatever the event's month (the head's convention: a project's size is of the year)."""
    return per[:-4] if _DAY_MONTH.fullmatch(per) and _works_own_size(text, layout, c, cands, cs) else per  # 竣工重大项目40个,总投资103.23亿元: a part of the batch, counted


def _lead_event_span(text: str, layout: Layout, at: int, periods, p_starts, context) -> PeriodMention | None:
    """The quarter or half the lead's event is named by (3月15日,某市举行2023年第一季度重大项目集中开工活动: 2023-Q1),
    in the year of the event's day; None when its name carries no time shorter than a year."""
    ls, _ = layout.sent_of(max(0, at - 1))
    ed = getattr(context, "event_day", None)
    ey = (getattr(ed, "value", "") or "")[:4]
    for q in periods[bisect.bisect_left(p_starts, ls):bisect.bisect_left(p_starts, at)]:
        if q.kind in EVENT_NAME_KINDS and q.kind != "year" and _names_event(text, q, at) \
                and _YEAR_ONLY_PERIOD.match(q.period) and q.period[:4] == ey:
            return q
    return None


def _doc_event_month(context, p: PeriodMention | None, Y: str, text: str = "") -> str:
    """The month of the document's event day (``context.event_day``: the lead's day; the page's own date gives only
    its year) as the time of the batch a project event counts (the lead's convention of session 27), when the event's
    name ``p`` gives no time of its own shorter than a year (its year agreeing), or a quarter or half the day the text
    writes stands over (``_day_over_name``: the convention of session 30), or, with no such time, the day lies in the
    document's year; else "" (a month in the name, or a quarter or half of an event the text gives no day, is the
    event's own time)."""
    ed = getattr(context, "event_day", None)
    m = re.fullmatch(r"(\d{4}|\?)-(\d\d)-\d\d", getattr(ed, "value", "") or "")  # (?-05-06: a day of no known year)
    if m is None:
        return ""
    y, mo = m.group(1), int(m.group(2))
    # the day the text writes for its event gives its month; a page's own date (an event told with no day, posted
    # within days of it, perhaps in the next month) only its year
    written = getattr(getattr(ed, "evidence", None), "source", "") == "event_day"
    day = f"{y}-M{mo:02d}" if written else y
    if p is None:
        stated = getattr(context, "period", "") or ""
        if stated and stated != day and not (written and _title_names_event_by(context, stated)):
            return ""  # the text states its own time (1—9月 in its title, 今年第四季度 in its lead): it is kept
        return day if y == Y else ""
    nm = _NAME_TIME.fullmatch(p.period)
    if nm is None or p.kind not in EVENT_NAME_KINDS or nm.group(1) not in (y, "?"):
        return ""
    if not nm.group(2):
        return day
    return day if written and p.kind in DAY_OVER_NAME_KINDS and (not text or _day_over_name(text, p)) else ""


def _title_names_event_by(context, stated: str) -> bool:
    """Whether the document's stated time ``stated`` is the time of an event's name in its title (岚溪县2026年第四季度
    重大项目集中开工: the event's name; 岚溪县1—9月重大项目进展情况: a span the text reports)."""
    ev = getattr(context, "period_evidence", None)
    title = getattr(context, "title", "") or ""
    said = getattr(ev, "text", "") or ""
    k = title.find(said) if said and getattr(ev, "source", "") == "title" and re.search(r"[QH]", stated) else -1
    if k < 0:
        return False
    e = EVENT_NOUN.search(title, k + len(said), k + len(said) + 24)
    return e is not None and not _CLAUSE_MARK.search(title, k + len(said), e.start())


def _event_name_day(text: str, layout: Layout, p: PeriodMention, periods, p_starts, context, Y: str) -> PeriodMention:
    """``p`` read as the time of the event whose name it is part of: the month of the day the text writes for that
    event (9月27日,某市举行三季度重大项目集中签约仪式,…。其中,工业项目14个,签约额98亿元: the 98 of September, as the
    batch it breaks down), ``p`` itself when it names no event or no day stands over it (``_named_event_day``,
    ``_doc_event_month``)."""
    s0, s1 = layout.sent_of(p.start)
    if p.kind not in EVENT_NAME_KINDS or not _names_event(text, p, s1):
        return p
    before = periods[bisect.bisect_left(p_starts, s0):bisect.bisect_left(p_starts, p.start)]
    day = _named_event_day(text, p, before, context) or _doc_event_month(context, p, Y, text)
    return PeriodMention(p.start, p.end, p.text, day, "point", "month_day") if day else p


def _named_event_day(text: str, name: PeriodMention, in_sent: list[PeriodMention], context) -> str:
    """The month of the day a sentence writes before an event it names by a bare year, a quarter or a half (1月2日,在
    全省开发区2026年第一期"三个一批"活动上,…签约项目300个: 2026-M01; 2023年4月18日,全市一季度重大项目集中开工,开工
    项目52个: 2023-M04, ``_day_over_name``), in that year: the day of this event, not the lead's event's; "" when the
    sentence writes no such day."""
    nm = _NAME_TIME.fullmatch(name.period)
    if nm is None or name.kind not in DAY_OVER_NAME_KINDS or name.kind != "year" and not _day_over_name(text, name):
        return ""
    for p in reversed(in_sent):
        if p.kind in EVENT_DAY_KINDS and p.end <= name.start and _DAY_MONTH.fullmatch(p.period):
            per = shift_year(p.period, -1) if after_writing(p.period, context) else p.period
            return nm.group(1) + per[-4:] if per[:-4] in (nm.group(1), "?") else ""
    return ""


# the months a time in an event's name covers (2022年: all, 一季度: 1-3, 下半年: 7-12, 4月份: 4)
_NAME_TIME = rx.compile(r"(\d{4}|\?)(?:-(Q[1-4]|H[12]|M\d\d))?")


def _event_day(text: str, p: PeriodMention, periods, p_starts, context) -> PeriodMention | None:
    """A bare year in an event's name (8月9日,某市举行2022年重大项目集中签约仪式) leaves the batch in that year, or in
    the quarter or half the headline gives the event (甲省三季度重大项目集中开工 over 11月5日,…举行2021年重大项目
    集中开工活动): that quarter, else None (the name's own time stands: 第三季度…集中开工活动, or the bare year; never
    the month of the day the event was held)."""
    nm = _NAME_TIME.fullmatch(p.period)
    if nm is None or p.kind not in EVENT_NAME_KINDS or nm.group(2):
        return None
    q = _headline_event_time(text, periods, p_starts, context, nm.group(1))
    return q if q is not None and q.end <= p.start else None


_COUNT_OF_YEARS = rx.compile(r"([\d一二两三四五六七八九十]+)年")


def _named_plan_before(text: str, p: PeriodMention, periods, p_starts, ps: int) -> PeriodMention | None:
    """The five-year plan named earlier in the paragraph whose length 今后五年/未来五年 (``p``) gives, or None."""
    m = _COUNT_OF_YEARS.search(p.text)
    if m is None or _count(m.group(1)) != 5:
        return None
    for q in reversed(periods[bisect.bisect_left(p_starts, max(ps, p.start - 300)):bisect.bisect_left(p_starts, p.start)]):
        if q.kind == "plan" and q.role == "span" and re.fullmatch(r"\d{4}\.\.\d{4}", q.period):
            return q
    return None


# A cut-off at a moment (截至3月末, 截至6月30日) dates the stocks of its own section only: in a report whose own time is a
# span (一季度, 1-5月) a later section's figures are of that span again, not up to the moment.
POINT_CUTOFF_KINDS = {"upto_day", "upto_month", "upto_year_month"}


def _moment_of_its_section(layout: Layout, cut: PeriodMention, doc_period: str, ss: int) -> bool:
    """A time stated in an earlier section of a report whose own time is another: a moment's cut-off (截至3月末) or
    a span of other months (1-2月,全县规上服务业… under 五、服务业 of a report on 一季度) dates that section's figures
    only, not the sentence at ``ss`` in a section after it (六、居民收入: the report's quarter again).  A span of
    the report's own months written otherwise (1-9月 in a report on 前三季度, 1-6月 under 上半年) is its time."""
    if not doc_period or cut.period == doc_period or not layout.outline.opens_between(cut.end, ss):
        return False
    if cut.kind in POINT_CUTOFF_KINDS:
        return True
    own, other = months_of(doc_period), months_of(cut.period)
    return own is not None and other is not None and own != other


# a period within one year: 2024-Q1, 2024-H2, 2024-M01..M05, 2024-M07, ..2024-M06 (from the year's start), 2024
_MONTHS_OF = rx.compile(r"(\.\.)?(\d{4}|\?)(?:-(?:M(\d\d)(?:\.\.M(\d\d))?|([HQ])([1-4])))?")


def months_of(per: str) -> tuple[str, int, int] | None:
    """(year, first month, last month) a period within one year covers, a cut-off ..2024-M06 counted from January
    as what accrued up to it; None for any other period (a span of years, a deadline, none)."""
    m = _MONTHS_OF.fullmatch(per or "")
    if m is None or m.group(1) and not m.group(3):
        return None
    if m.group(3):
        first, last = int(m.group(3)), int(m.group(4) or m.group(3))
        return m.group(2), 1 if m.group(1) else first, last
    if m.group(5):
        size = 3 if m.group(5) == "Q" else 6
        return m.group(2), (int(m.group(6)) - 1) * size + 1, int(m.group(6)) * size
    return m.group(2), 1, 12


# the labels of a document's own sections (三、 / (三) / 第三部分), not of the items of a list (1. / (1) / ①)
NUMBERED_SECTION_LABEL = rx.compile(r"\s*(?:[一二三四五六七八九十]+\s*[、.]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|"
                                    r"第[一二三四五六七八九十]+(?:部分|章|篇))")


def numbered_section_starts(doc, record) -> list[int]:
    """Where the outline's numbered sections (三、金融, (三)地方工业支撑作用突出。) start in ``doc.norm``, in order:
    a heading written as a sentence of its own, or opening the paragraph it heads, bounds a section as a stand-alone
    heading line does (``segment.Headings``)."""
    out = []
    for s in getattr(record, "sections", None) or ():
        if s.kind in ("chapter", "item") and NUMBERED_SECTION_LABEL.match(s.label or ""):
            out.append(doc.view_pos(s.start))
    return sorted(set(out))


# the end of a period within the year (一季度末, 上半年末): the moment its stocks stand at, the end of what accrued over it
PERIOD_END_KINDS = {"quarter_end", "half_end"}
MOMENT_STOCK = rx.compile(alternation(zh.MOMENT_STOCK_WORDS))
PERIOD_FLOW = rx.compile(alternation(zh.PERIOD_FLOW_WORDS))
_PERIOD_END_MARK = rx.compile(r"\s*(?:末|底)$")


def _flow_at_period_end(text: str, layout: Layout, end: PeriodMention, c: Cand) -> bool:
    """The figure under a period's end (一季度末,…) accrues over the period (``_accrues``)."""
    return _accrues(text, layout, c.vs, max(layout.part_of(c.vs)[0], end.end))


def _flow_under(text: str, layout: Layout, cut: PeriodMention) -> bool:
    """A figure of the cut-off's own paragraph accrues up to it (截至10月底,累计完成投资45.5亿元): the text reports its
    running totals as of the moment, and so do the sections below it; a cut-off over stocks only (截至8月底,已开工项目
    98个, 在建项目212个) dates the moment of its own paragraph."""
    _, pe = layout.para_of(cut.start)
    i = bisect.bisect_left(layout.cand_starts, cut.end)
    while i < len(layout.cand_starts) and layout.cand_starts[i] < pe:
        vs = layout.cand_starts[i]
        if _accrues(text, layout, vs, max(cut.end, layout.part_of(vs)[0])):
            return True
        i += 1
    return False


def _accrues(text: str, layout: Layout, vs: int, lo: int) -> bool:
    """The figure at ``vs`` accrues over a time rather than stands at a moment: the nearest word before it from ``lo``
    (in its part of the sentence) names a flow (生猪出栏36万头, 完成投资86亿元, 增长2.1% after them) rather than a stock
    (存栏, 存款余额, 在建项目)."""
    last = None
    for rx_, flow in ((MOMENT_STOCK, False), (PERIOD_FLOW, True)):
        for m in rx_.finditer(text, lo, vs):
            if last is None or m.end() > last[0] or m.end() == last[0] and not flow:
                last = (m.end(), flow)
    return last is not None and last[1]


def _year_so_far(text: str, layout: Layout, c: Cand, cut: PeriodMention, ps: int) -> PeriodMention:
    """The cut-off a figure of the paragraph at ``ps`` is carried to, as it dates that figure: a flow (完成投资86亿元)
    under a moment's cut-off stated in an earlier paragraph over stocks only (截至8月底,已开工项目98个) is what
    accrued from the year's start to it (1-8月, ``_year_to``); anything else keeps the cut-off."""
    if cut.kind in POINT_CUTOFF_KINDS and cut.end <= ps \
            and _accrues(text, layout, c.vs, max(cut.end, layout.part_of(c.vs)[0])) and not _flow_under(text, layout, cut):
        return _year_to(cut) or cut
    return cut



def _year_to(cut: PeriodMention) -> PeriodMention | None:
    """The months from the year's start to a moment's cut-off (截至8月底 → 1-8月, ``2023-M01..M08``): what accrued up
    to it, for a flow that a later paragraph reports under it; None for a cut-off that is no month's end."""
    per = year_to(cut.period)
    return None if per is None else PeriodMention(cut.start, cut.end, cut.text, per, cut.role, "year_start_months")


def _period_ended(end: PeriodMention, per: str) -> str | None:
    """The period a period's end closes (一季度末 → the quarter, 上半年末 → the half), in the year of ``per``."""
    ym = _YEAR_ONLY_PERIOD.search(per)
    bare = _PERIOD_END_MARK.sub("", end.text)
    got = [p for p in find_periods(bare, int(ym.group()) if ym else None) if p.end == len(bare) and p.role == "point"]
    return got[-1].period if got else None


def _cut_off_point(text: str, p: PeriodMention) -> bool:
    """A time that can state a cut-off (截至6月底, 1-9月): a point of a cut-off's kind."""
    return p.kind in CUTOFF_KINDS and p.role == "point"


def _cutoff_before(text: str, layout: Layout, ps: int, periods, p_starts) -> PeriodMention | None:
    """The latest cut-off time stated as a clause of its own before the sentence at ``ps`` (the times of no cut-off's
    kind walked over once per text: ``prev_period``)."""
    i0 = bisect.bisect_left(p_starts, max(0, ps - CUTOFF_LOOKBACK))
    k = bisect.bisect_left(p_starts, ps)
    while (k := prev_period(text, periods, k - 1, "cut_off", _cut_off_point)) >= i0:
        p = periods[k]
        if p.end > ps:
            continue
        cs, ce = layout.clause_of(p.start)
        if re.fullmatch(r"\s*(?:今年|本年|\d{4}\s?年)?\s*", text[cs:p.start]) and \
                re.fullmatch(r"\s*(?:以来)?\s*[,，:：]?\s*", text[p.end:ce + 1]) and \
                not _spread_after(text, p, layout.sent_of(p.start)[1]):
            return p  # (6月至8月,每月新开工项目分别为…: months listed one by one, no cut-off of the report)
    return None


def _year_to_date(text: str, layout: Layout, p: PeriodMention, in_sent, ps: int, ss: int, periods,
                  p_starts) -> PeriodMention | None:
    """截至5月底,全县项目当年累计投资…: 当年/今年 under a cut-off stated before it in the sentence (or framing the
    paragraph) is the year so far, the cut-off's time; None when there is none."""
    for q in reversed([q for q in in_sent if q.end <= p.start]):
        if q.kind in CUTOFF_KINDS and q.role == "point":
            return q
    f = _framing(text, layout, ps, ss, periods, p_starts)
    if f is not None and f.end <= p.start and f.kind in CUTOFF_KINDS and f.role == "point":
        return f
    return None


def _year_to_date_of_text(text: str, c: Cand, p: PeriodMention, doc_period: str, cs: int, ce: int,
                          context=None) -> PeriodMention | None:
    """今年已开工的86个项目中,… in a text that reports as of a cut-off within the year (its title's or lead's 截至6月底,
    1—9月: ``doc_period``): 今年 with what has been done so far (已, 累计) is the year up to that cut-off; None for
    anything else (今年计划实施…, a text without such a cut-off).  今年以来 says "so far" itself: 今年以来,全省粮食意向
    种植面积… in an analysis of 一季度 is of the quarter, the year's first months."""
    if c.kind != "actual":
        return None
    if REPORTED_SPAN.search(doc_period or "") and YEAR_SO_FAR.search(text, p.end, ce):
        return PeriodMention(p.start, p.end, p.text, doc_period, "point", "upto_month")
    span = months_of(doc_period)
    if not p.text.endswith(zh.SINCE_SUFFIX) or span is None or span[1] != 1 or span[2] == 12 or span[0] != p.period:
        return None
    td = _text_date(context)
    if td is not None and (int(td[0]), td[1]) <= (int(span[0]), span[2]):
        return None  # (一季度重点项目集中开工 on 3月8日: the quarter's event, the quarter not over)
    return PeriodMention(p.start, p.end, p.text, doc_period, "point", "upto_month")


YEAR_SO_FAR = rx.compile(alternation(zh.YEAR_SO_FAR_WORDS))


def _value_before(c: Cand, cands: list[Cand], layout: Layout, lo: int, hi: int) -> Cand | None:
    """The last value candidate starting in ``[lo, hi)`` (already scoped: candidates are scoped in text order)."""
    i = bisect.bisect_left(layout.cand_starts, hi) - 1
    if i < 0 or layout.cand_starts[i] < lo or i >= len(cands) or cands[i].vs != layout.cand_starts[i]:
        return None
    return cands[i]


def _whole_before(c: Cand, cands: list[Cand], layout: Layout, lo: int, hi: int) -> Cand | None:
    """The value a 其中 breaks down: the last one in ``[lo, hi)`` in the same unit (安排项目60个,1-9月完成投资28亿元,
    其中续建项目22个: the 60个, not the 28亿元), else the last value there that is no batch's plan for the year (总投资
    860亿元,年度计划投资210亿元,其中产业项目80个: the plan, of the year, is an attribute of the batch, no whole; the 860)."""
    last = _value_before(c, cands, layout, lo, hi)
    while last is not None and last.extra.get("batch_year_plan") and last.vs > lo:
        last = _value_before(c, cands, layout, lo, last.vs)
    i = bisect.bisect_left(layout.cand_starts, hi) - 1
    while last is not None and i >= 0 and layout.cand_starts[i] >= lo and i < len(cands):
        x = cands[i]
        if x.vs == layout.cand_starts[i] and _same_count_unit(x, c):
            return x
        i -= 1
    return last


def _breakdown_whole(text: str, layout: Layout, c: Cand, cands: list[Cand], ps: int, ss: int, cs: int,
                     ce: int) -> Cand | None:
    """The whole a sentence opened by a breakdown's lead (其中, / 从类别看,) breaks down: a value of the sentence before
    (``_whole_of_its_kind``, ``_whole_before``); when that sentence only gives the change of a count of the part's kind
    (it compares the whole with last year's: 与上年同期相比,项目多5个), the last count of the part's kind and unit before
    it, back to the paragraph before; a breakdown opening its paragraph looks back so only after another breakdown (从类别看,… ⏎
    从区域看,…: a second view parts the same whole as the first).  A count heading a group its clause goes on to part
    (其中,⏎42个续建项目中已竣工5个) looks no further: it sizes a class of the list."""
    pss, _ = layout.sent_of(ss - 2)
    lo = max(ps, pss)
    whole = _whole_of_its_kind(text, layout, c, cands, lo, ss, cs) or _whole_before(c, cands, layout, lo, ss)
    if whole is not None and whole.measure == "count" and _same_count_unit(whole, c) or c.measure != "count" \
            or _year_group(text, layout, c, cs, ce):
        return whole
    if text[ps:ss].strip():
        if whole is None or whole.measure != "delta" or not _same_count_unit(whole, c):
            return whole  # (…累计完成投资63亿元,占年度计划的70%。其中新开工项目21个: no whole counted before, the
            # sentence's own time)
    else:
        k = ps - 1
        while k > 0 and text[k].isspace():
            k -= 1  # (the last sentence of the paragraph before, over the blank lines between)
        if k <= 0 or not _BREAKDOWN_LEAD.match(text, layout.sent_of(k)[0]):
            return whole
    back = layout.para_of(ps - 2)[0] if ps >= 2 else ps
    i = bisect.bisect_left(layout.cand_starts, ss) - 1
    while i >= 0 and layout.cand_starts[i] >= back and i < len(cands):
        x = cands[i]
        if x.vs == layout.cand_starts[i] and x.measure == "count" and x.kind == c.kind and _same_count_unit(x, c):
            return x
        i -= 1
    return whole


def _whole_of_its_kind(text: str, layout: Layout, c: Cand, cands: list[Cand], lo: int, hi: int, cs: int) -> Cand | None:
    """The count a count of projects breaks down when the sentence before counts both a list and what of it was done
    (全县56个重点项目,已开工建设37个。其中:工业项目13个,已开工建设10个): the last count in ``[lo, hi)`` of its kind, a
    list's size for a list's (13 of the 56), a deed's for a deed's; None when ``c`` is no count or none is there."""
    if c.measure != "count":
        return None
    listed = _year_list_count(text, c, cs)
    i = bisect.bisect_left(layout.cand_starts, hi) - 1
    while i >= 0 and layout.cand_starts[i] >= lo and i < len(cands):
        x = cands[i]
        if x.vs == layout.cand_starts[i] and x.measure == "count" and _same_count_unit(x, c) \
                and _year_list_count(text, x, layout.clause_of(x.vs)[0]) == listed:
            return x
        i -= 1
    return None


def _same_count_unit(whole: Cand, c: Cand) -> bool:
    """Whether two counts are in one unit, a count of projects in any of its units (88个 and its class 20项)."""
    return whole.unit == c.unit or whole.unit in zh.PROJECT_COUNT_UNITS and c.unit in zh.PROJECT_COUNT_UNITS


def _same_unit_before(c: Cand, cands: list[Cand], layout: Layout, lo: int, hi: int) -> Cand | None:
    """The last value starting in ``[lo, hi)`` of ``c``'s unit and measure, or None."""
    i = bisect.bisect_left(layout.cand_starts, hi) - 1
    while i >= 0 and layout.cand_starts[i] >= lo and i < len(cands):
        x = cands[i]
        if x.vs == layout.cand_starts[i] and x.unit == c.unit and x.measure == c.measure:
            return x
        i -= 1
    return None


_CLOSE_BRACKET = rx.compile(r"[)）]")
_IS_CHANGE_AFTER = rx.compile(r"\s*(?:为|是)\s*(?:同比)?(?:增长|下降|负增长|正增长|持平|[\d.]+)")
_FROM_BEFORE_END = rx.compile(r"[从由]\s*$")


def _closed_off(text: str, layout: Layout, p: PeriodMention, cs: int, vs: int) -> bool:
    """A time that speaks only for its own words: inside brackets the value is not in (…(一季度为增长3.5%)…),
    opening a statement of its own in another clause (一季度为…), or fixing the start of a 从…到 (从2013年的A)."""
    if p.start >= cs:
        return False
    seg = text[p.end:vs]
    if _CLOSE_BRACKET.search(seg) and _in_brackets(text, max(0, p.start - 200), p.start):
        return True
    if _states_own_value(text, p):
        return True  # 一季度为增长3.5%: a value of its own time (2023年是关键之年,… still frames what follows)
    return bool(_FROM_BEFORE_END.search(text[max(0, p.start - 2):p.start]))


def _title_month_as_cutoff(p: PeriodMention, doc_period: str) -> PeriodMention:
    """A heading's month read as the cut-off the text reports at: under a title 百日攻坚8月份进展情况 whose lead opens
    on 自5月10日启动至8月底 (the document's period ``..2024-M08``, context._lead_month_cutoff) the month is how far
    the running totals reach, not the month's own flow; any other heading time as it is."""
    if doc_period == ".." + p.period:
        return PeriodMention(p.start, p.end, p.text, doc_period, p.role, p.kind)
    return p


def _states_own_value(text: str, p: PeriodMention) -> bool:
    """A time that opens a statement of its own value (增长4.6%,1-8月为增长3.9% / 上年同期为下降2.1%): the figure of
    another time set beside the sentence's own, which speaks for no later figure (the part after 其中 is of the
    sentence's span, not of the earlier months it was compared with)."""
    return bool(_IS_CHANGE_AFTER.match(text, p.end))


def _in_brackets(text: str, start: int, p: int) -> bool:
    seg = text[start:p]
    return seg.count("(") + seg.count("（") > seg.count(")") + seg.count("）")


FROM_RE = rx.compile(r"[从由](?!此|于)")
# what follows a change's start value in its clause: its unit's tail and the verb to its end (从3200家增加到, 由1.2万元提高至)
_CHANGE_TO = r"(?:增加|增长|提高|提升|上升|下降|降低|减少|缩小|扩大|调整|跃升|攀升|达|升|降|缩减|发展|变)?(?:到|至|为)"
FROM_VALUE_ENDS = rx.compile(r"[^,，;；。\d]{0,8}?" + _CHANGE_TO)
TO_RE = rx.compile(_CHANGE_TO)


# 比上年末的312万人 / 较2020年的8.1亿元: a comparison's base time, then 的, then the base's value
COMPARED_WITH = rx.compile(rf"(?:{alternation(zh.BASE_COMPARE_WORDS)})\s*$")
DEGREE_COMPARED = rx.compile(rf"(?:{alternation(zh.BASE_DEGREE_VERBS)})\s*$")
# 比上年末的312万人 / 相比一季度2.0%、4.4%、5.1% (the series after the base's time, each item its value)
BASE_VALUE_GAP = rx.compile(r"\s*的\s*|\s*(?:[-−]?\d+(?:\.\d+)?\s*%\s*、\s*)*")


def _base_value_time(text: str, c: Cand, periods, i0: int, i1: int, doc_period: str, Y: str) -> str | None:
    """The time of a value written as the base a comparison is made with (城镇化率为62.0%,较上年末的61.2%提高0.8个
    百分点; 比上年同期的46.9万吨增长2.8%): the value holds at the base's time (上年末 → the year before, 上年同期 → the
    same span a year before), while the change written after it is the text's; None for any other value."""
    if c.kind != "actual":
        return None
    for p in reversed(periods[i0:i1]):
        if p.end > c.vs or p.role not in ("base", "same_period") or not BASE_VALUE_GAP.fullmatch(text, p.end, c.vs):
            continue
        if not COMPARED_WITH.search(text, max(0, p.start - 3), p.start):
            return None  # (是2020年的1.3倍, 占年度的80%: a multiple or a share of the base, no value of it)
        if c.unit != "%" and not text[p.end:c.vs].strip() and DEGREE_COMPARED.search(text, max(0, p.start - 3), p.start):
            return None  # (完成率76.3%,高于去年同期4.2个百分点: the gap between the two, of the text's time)
        return p.period if p.role == "base" and p.period else shift_year(doc_period or Y, -1)
    return None


def _from_to(text: str, cs: int, vs: int, after: str | None = None) -> tuple[str, int] | None:
    """("from", i) for A and ("to", i) for B in 从A增加到B / 由A提高到B (i: where 从 or 到 stands); ``after``, the rest
    of the value's clause, when given must go on to the change's end for A (从上海引进项目244个 is no change's start)."""
    seg = text[cs:vs]
    fm = None
    for fm in FROM_RE.finditer(seg):
        pass
    if fm is None:
        return None
    rest = seg[fm.end():]
    tm = None
    for tm in TO_RE.finditer(rest):
        pass
    if tm is None:
        if after is not None and not FROM_VALUE_ENDS.match(after):
            return None
        return "from", cs + fm.start()
    if not re.search(r"[\d.]", rest[:tm.start()]):
        return None  # 从严控制在… / 从制度上…: no value between 从 and 到
    return "to", cs + fm.end() + tm.start()


_END_YEAR_OF = rx.compile(r"\.\.(?:19|20)\d\d")
# 从“十二五”末 / 由2015年底的: a time written as the start of a change, right after its 从 or 由
FROM_TIME_BEFORE = rx.compile(r"[从由]\s*[“\"]?\s*$")
# 增加到2020年的 / 提高至“十三五”末的: …and as its end, right after the change's verb and its 到
TO_TIME_BEFORE = rx.compile(r"(?:增加|增长|提高|提升|上升|下降|降低|减少|缩小|扩大|跃升|攀升)(?:到|至)?\s*[“\"]?\s*$")


def _change_end(text: str, p: PeriodMention) -> bool:
    """Whether ``p`` is written as one end of a change (从“十二五”末的A / 提高到2020年的B): it dates that end alone."""
    if FROM_TIME_BEFORE.search(text, max(0, p.start - 3), p.start):
        return True
    m = TO_TIME_BEFORE.search(text, max(0, p.start - 5), p.start)
    return m is not None and (m.group().rstrip(" “\"").endswith(("到", "至")) or p.text.startswith(("到", "至")))


def _change_start_time(text: str, periods, p_starts, at: int, vs: int) -> PeriodMention | None:
    """The time written right after the 从 at ``at`` (从“十二五”末23121元、6945元增加到…), a year or a year's end, when
    the change's start values follow it up to the value at ``vs``; None otherwise."""
    i = bisect.bisect_left(p_starts, at)
    if i >= len(periods):
        return None
    p = periods[i]
    if p.end > vs or text[at + 1:p.start].strip("“\" ") or not FROM_RE.fullmatch(text, at, at + 1):
        return None
    if p.role not in ("point", "deadline") or not re.fullmatch(r"(?:\.\.)?(?:19|20)\d\d", p.period):
        return None
    return p


def _governing_span(text: str, layout: Layout, c: Cand, periods, p_starts, ps: int, ss: int) -> PeriodMention | None:
    """The nearest span or deadline that frames the value: its sentence, its paragraph, a heading above.  A time
    written as one end of a change (从“十二五”末…增加到…) dates that end alone, and frames nothing after it."""
    i1 = bisect.bisect_left(p_starts, c.vs)
    semi = max(text.rfind(";", ps, c.vs), text.rfind("；", ps, c.vs))  # a ;-part frames only itself
    for p in reversed(periods[bisect.bisect_left(p_starts, max(ps, semi + 1)):i1]):
        if p.role in ("span", "deadline") and p.end <= c.vs \
                and not _change_end(text, p):
            return p
    f = _sentence_frame(text, layout, ss, periods, p_starts)
    if f is not None and f.end <= c.vs:
        return f
    f = _framing(text, layout, ps, ss, periods, p_starts)
    if f is not None and f.role in ("span", "deadline") and f.end <= c.vs:
        return f
    for h in layout.outline.above(c.vs, 4):
        if h[1] > c.vs:
            continue
        for p in periods[bisect.bisect_left(p_starts, h[0]):bisect.bisect_left(p_starts, h[1])]:
            if p.role in ("span", "deadline"):
                return p
    return None


def _from_to_period(text, layout, c, ft, chosen, periods, p_starts, ps, ss, Y, doc_period, late, year) -> str | None:
    """从A增加到B: A holds at the start of the frame (or the time stated right before it), B at its end."""
    side, at = ft
    if chosen is not None and chosen.start >= at and chosen.role not in ("base", "same_period"):
        if chosen.role == "status":
            return Y if c.kind == "actual" or side == "from" else None
        if c.kind == "actual" and chosen.role == "deadline":
            # 从“十二五”末的A / 提高到2025年的B: an end of a change done holds at that year's end, no deadline
            return _END_YEAR_OF.fullmatch(chosen.period) and chosen.period[2:] or None
        return None  # 到2020年的B / 从2015年的A: the time stated with the value itself
    # (the start of a change is what stands, never what is committed: its period is read alike whatever kind the
    # clause's commitment gave it so far)
    start = _parallel_start_year(text, ss, at) if side == "from" else None
    if start is not None:
        return start  # 城镇化率由2020年的52%提高到58%,森林覆盖率由61%提高到63%: the same start year
    own = _change_start_time(text, periods, p_starts, at, c.vs) if side == "from" and c.kind == "actual" else None
    if own is not None:
        # 从“十二五”末的A、B增加到…: the start's time, written once after 从, holds for every value it lists
        return own.period[2:] if own.role == "deadline" else own.period
    if c.kind == "actual":
        pair = _parallel_change_years(text, ss, at)
        if pair is not None:
            return pair[0] if side == "from" else pair[1]  # 由2020年的8.1亿元增加到2025年的12.4亿元;…由3.1万元提升至4.2万元
    span = _governing_span(text, layout, c, periods, p_starts, ps, ss)
    per = span.period if span is not None else ""
    if span is not None and span.kind == "future_n" and late and year:
        per = shift_year(per, 1)
    m = re.fullmatch(r"(\d{4}|\?)\.\.(\d{4}|\?)", per)
    m2 = re.fullmatch(r"\.\.(\d{4}|\?)", per)
    if side == "from":
        if m and m.group(1) != "?":
            return str(int(m.group(1)) - 1)
        if m2:
            # 到2025年,…研发平台由45个增加到60个: a change a deadline's target ends starts from where things stand
            # when the text is written, as 由目前的45个 says in words (dev NOTES: 从107家增加到500家 → the text's year)
            return Y
        if c.kind == "actual" and _YEAR_ONLY_PERIOD.fullmatch(doc_period or Y):
            # 过去一年,城镇化率由60.2%提高到61.5%: the change of a year reported; where it started is where the year
            # before ended, as a span's start is the year before the span
            return str(int(doc_period or Y) - 1)
        return Y if c.kind == "actual" or (chosen is not None and chosen.role == "status") else None
    end = m.group(2) if m else (m2.group(1) if m2 else None)
    if c.kind == "target":
        return f"..{end}" if end else None
    if end:
        return end
    return doc_period or Y


# 由2020年的52%提高到: a change whose start names its year…
_CHANGE_FROM_YEAR = r"[由从]\s*((?:19|20)\d\d)\s?年(?:底|末)?的?[^,，;；。\d]{0,10}?[\d.]+[^,，;；。\d]{0,6}?(?:到|至)"
# …and 由2020年的8.1亿元增加到2025年的12.4亿元: one whose two ends name their years
PARALLEL_CHANGE = rx.compile(_CHANGE_FROM_YEAR + r"\s*((?:19|20)\d\d)\s?年(?:底|末)?的?")


def _parallel_change_years(text: str, ss: int, at: int) -> tuple[str, str] | None:
    """The years of the two ends of the nearest change earlier in the sentence that names them (五年来,财政收入由2020年
    的8.1亿元增加到2025年的12.4亿元;人均收入由3.1万元提升至4.2万元): a parallel change written without its years
    goes between the same years.  None when no such change stands before ``at``."""
    got = None
    for m in PARALLEL_CHANGE.finditer(text, ss, at):
        got = (m.group(1), m.group(2))
    return got


# (its end a target's, unnamed: 由2020年的52%提高到58%)
PARALLEL_CHANGE_START = rx.compile(_CHANGE_FROM_YEAR)


def _parallel_start_year(text: str, ss: int, at: int) -> str | None:
    """The start year of the nearest change earlier in the sentence that names only that (到2025年,城镇化率由2020年的
    52%提高到58%,森林覆盖率由61%提高到63%): a parallel change written without it starts from the same year."""
    got = None
    for m in PARALLEL_CHANGE_START.finditer(text, ss, at):
        got = m.group(1)
    return got


# Times within the year a part of the document is about (its 全年, 上半年, 1-5月); times counted from the speaker's
# present (过去一年, 明年, 未来五年, 连续三年) keep the document's year.
RELATIVE_KINDS = {"quarters", "upto_quarter", "upto_day", "quarter_end", "half_end", "this_year", "that_year", "year_end", "half", "quarter", "months", "this_year_months", "first_months", "year_start_months", "first_quarters", "month_day", "month",
                  "month_end", "upto_month", "month_deadline"}
# A heading that opens a part of a document about one year: 二、2021年工作安排, (一)2020年工作回顾, 2023年主要任务.
_SECTION_LABEL = r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分|\d{1,2}[.、])?"
SECTION_HEAD = rx.compile(rf"{_SECTION_LABEL}\s*((?:19|20)\d\d)\s?年[^\n]{{0,6}}?(?:{alternation(zh.SECTION_YEAR_TOPICS)})\s*$")
# 一、过去一年工作回顾 / 二、今年工作安排: the year named by a word, counted from the document's year
SECTION_HEAD_WORD = rx.compile(rf"{_SECTION_LABEL}\s*({alternation(zh.SECTION_YEAR_WORDS)})[^\n]{{0,6}}?"
                               rf"(?:{alternation(zh.SECTION_YEAR_TOPICS)})\s*$")
# (2023年 1-6月 / 2023年 第一季度 / 2023年 上半年: a span within the year, set off by a blank, no digest's year)
_WITHIN_YEAR_HEAD = r"第|[上下]半年|前|[一二三四]季度|全年|年[初底末]|元月|[一二三四五六七八九十]+月"
# A digest's or a review's heading that is a year alone, or a year set off from the slogan after it (2020年 / 2020年:交出
# 高分答卷 / 【2021年】开局良好 / 2022年——奋力攻坚 / 2023年 高质量发展迈出新步伐): the lines under it are of that year,
# up to the next year heading; its 今年 (今年以来 closing a look back over the years) is still the page's own year
# …or a year and a short name alone on the line, the place's or the topic's (2020年湖南 / 2025年·岚溪 / 2024年成绩单), not a
# time within or around the year (2024年上半年, 2024年以来, 2024年年底)
SECTION_HEAD_DIGEST = rx.compile(rf"{_SECTION_LABEL}\s*[【\[]?\s*((?:19|20)\d\d)\s?年\s*"
                                 rf"(?:$|[】\]]|[:：|｜]|[—–－-]{{1,2}}(?!\s*\d)|[ \t\u3000]+(?![\d至到—–－-]|{_WITHIN_YEAR_HEAD})|"
                                 rf"[·•・]?(?!{_WITHIN_YEAR_HEAD}|{alternation(zh.YEAR_EDGE_WORDS)})[\u4e00-\u9fff]{{2,6}}\s*$)")
SECTION_LOOKBACK = 40  # headings looked back over: the part's sub-headings come between


def _part_year(text: str, vs: int, outline: Headings, periods, p_starts, year: int | None,
               frames) -> tuple[int | None, bool]:
    """The year of the document part the value sits in: a year heading within the part the frame decision puts it
    in (frame.py: a heading, or the announced part a paragraph opens: 一、2025年工作回顾 listed first, then 回顾2025年,…),
    else that part's year; outside any part, the nearest year heading above it.  With it, whether that heading is a
    digest's (``SECTION_HEAD_DIGEST``: 2020年:交出高分答卷), under which 今年 stays the page's year."""
    part = frames.part_at(vs) if frames is not None else None
    got, digest = _section_head(text, vs, outline, periods, p_starts, year,
                                floor=part.start if part is not None else -1)
    if got is None and part is not None:
        return part.year, False
    return got, digest


def _section_year(text: str, vs: int, outline: Headings, periods, p_starts, year: int | None = None,
                  floor: int = -1) -> int | None:
    """The year of the document part the value sits in, from the nearest part heading above it (二、2021年工作安排;
    一、过去一年工作回顾 in a report of 2026: 2025), none ending before ``floor``."""
    return _section_head(text, vs, outline, periods, p_starts, year, floor)[0]


def _section_head(text: str, vs: int, outline: Headings, periods, p_starts, year: int | None = None,
                  floor: int = -1) -> tuple[int | None, bool]:
    """``_section_year``, and whether the heading that gives it is a digest's year heading (2020年:交出高分答卷)."""
    years = _heading_years(text, outline)
    marks = _year_heading_marks(text, outline)
    if marks is None:  # (heading lines out of order: walk every line as read)
        ks = [k for k, _ in outline.above_indexed(vs, SECTION_LOOKBACK)]
    else:
        i = bisect.bisect_right(outline.starts, vs) - 1
        lo, j = max(0, i - SECTION_LOOKBACK), bisect.bisect_right(marks, i)
        ks = marks[bisect.bisect_left(marks, lo, 0, j):j][::-1]
    for k in ks:
        h = outline.lines[k]
        if h[1] <= floor:
            break
        if h[1] > vs:
            continue
        named, word, digest = years[k]
        if named is not None:
            return named, digest
        if word is not None and year:
            return year + word, False
    return None, False


def _year_heading_marks(text: str, outline: Headings) -> list[int] | None:
    """The indices of the heading lines that name a part's year (``_heading_years``), in order: the part's year is
    asked for every figure, and walking back over every heading line within ``SECTION_LOOKBACK`` for the few that
    name one cost a share of the figure's period.  Skipping the others answers the same: a line that names no year
    only ever stops the walk by ending at or before the floor, and so does every line before it when the lines end
    in order; None when they do not (the caller walks every line)."""
    held = outline.memo.get("year_heading_marks")
    if held is not None and held[0] is text:
        return held[1]
    ends = [b for _, b in outline.lines]
    marks = None if any(x > y for x, y in zip(ends, ends[1:])) else \
        [k for k, (named, word, _) in enumerate(_heading_years(text, outline)) if named is not None or word is not None]
    outline.memo["year_heading_marks"] = (text, marks)
    return marks


def _heading_years(text: str, outline: Headings) -> list[tuple[int | None, int | None, bool]]:
    """Per heading line, (the year it opens a part about, the offset from the document's year of the year a word of
    it names, whether it is a digest's year heading): (2021, None, False) for 二、2021年工作安排, (2020, None, True) for
    2020年:交出高分答卷, (None, -1, False) for 一、过去一年工作回顾, (None, None, False) for any other.  Read
    once per document's headings (the part's year is asked for every figure, each walking back over up to
    ``SECTION_LOOKBACK`` headings); kept in the outline while the same text is asked about."""
    held = outline.memo.get("heading_years")
    if held is not None and held[0] is text:
        return held[1]
    years: list[tuple[int | None, int | None, bool]] = []
    for a, b in outline.lines:
        m = SECTION_HEAD.match(text[a:b])
        if m:
            years.append((int(m.group(1)), None, False))
            continue
        m = SECTION_HEAD_DIGEST.match(text[a:b])
        if m:
            years.append((int(m.group(1)), None, True))
            continue
        m = SECTION_HEAD_WORD.match(text[a:b])
        years.append((None, zh.SECTION_YEAR_WORDS[m.group(1)] if m else None, False))
    outline.memo["heading_years"] = (text, years)
    return years


# What accrues over a period (a flow) rather than stands at a moment (a stock): verbs of doing and change,
# and the nouns of output, income and trade (not 投资 naming a class of projects: 重点投资项目35个 is a list's size).
FLOW_WORDS = rx.compile(r"实现|完成|新增|累计|增长|下降|同比|增加|减少|提高|降低|回落|上涨|开工|竣工|完工|办结|销号|投产|签约|引进|接待|"
                        r"产量|产值|增加值|收入|支出|总额|投资(?!项目)|销售|零售|营业|利润|税|出口|进口|用电|运量|人次|生产|发放|"
                        r"成交|交易|融资|贷款|发生|办理|受理|培训|救助|就业|出栏|存栏|指数")


# 安排新开工项目18个 / 列入年度计划的项目: the size of the year's plan list, whatever the cut-off of the report
PLAN_LIST = rx.compile(alternation(zh.PLAN_LIST_VERBS))
# 一期计划于2025年6月建成: a time something is planned for, not the time of a figure reported before it
PLANNED_TIME = rx.compile(rf"(?:{alternation(zh.PLANNED_TIME_WORDS)})(?:于|在|到)?\s*$")


# 计划上半年开工的 / 预计年底前竣工的: a time planned for a stage, inside the phrase naming what is counted
PLANNED_STAGE_MODIFIER = rx.compile(rf"\s*(?:底|末|内)?\s*(?:前)?\s*(?:全面|全部|正式|基本|如期)?"
                                    rf"(?:{alternation(zh.STAGE_PREDICATE_VERBS)})(?:建设)?\s*的")


def _planned_in_noun_phrase(text: str, p: PeriodMention) -> bool:
    """Whether ``p`` is the time a plan set for a stage, written inside the phrase that names a set of works
    (计划上半年开工的113个项目已开工103个, 计划年内竣工的45个项目已竣工12个): it names which plan the set is, not the
    time of what the sentence reports of it (the 103 started by the report's cut-off, 1至7月)."""
    return bool(PLANNED_TIME.search(text, max(0, p.start - 6), p.start) and PLANNED_STAGE_MODIFIER.match(text, p.end))


# A span of the year so far (1-6月, 截至6月底, 上半年) a heading or title reports on: a target under it holds in the year.
REPORTED_SPAN = rx.compile(r"-M01\.\.M\d\d$|^\.\.(?:\d{4}|\?)-M\d\d$|-H1$")
# … or the one month or quarter a monthly or quarterly report's title names (重点项目9月份推进情况通报): the plan and the
# list's size under it are the year's all the same (not the day of an event a news title names: 12月31日通车)
TITLED_SPAN = rx.compile(r"^(?:\d{4}|\?)-(?:M\d\d|Q[1-4])$")
# Times within a year that a report's figures inherit from a title, a heading or a cut-off written earlier.
WITHIN_YEAR_KINDS = {"quarters", "year_quarters", "upto_quarter", "months", "this_year_months", "year_months", "first_months", "year_start_months", "year_first_months", "first_quarters",
                     "year_first_quarters", "upto_month", "upto_year_month", "upto_day", "half", "year_h", "quarter",
                     "year_q", "quarter_end", "half_end"}


# 省级重点项目20个,年度计划投资110亿元: the plan figure stated right after a count makes it the size of a plan list
PLAN_FIGURE = rx.compile(r"[,，、]?\s*(?:总投资[^,，;；。]{0,12}[,，])?\s*(?:年度计划|年度投资计划|计划投资|计划完成投资)")


# 计划投资120亿元 / 新建农房计划1200户 / 计划新开工项目80个 (not 计划于6月底前开工: a date planned)
PLAN_NAMED = rx.compile(r"计划(?![于在到])")
PLAN_REPORTED = rx.compile(rf"[,，]\s*(?:{alternation(zh.PLAN_BASE_REPORTS)})")


def _plan_reported_after(text: str, layout: Layout, c: Cand, cs: int, ce: int, se: int) -> bool:
    """A plan's figure (计划 in its clause, before it) whose sentence goes on at once to report against it (…,完成65%;
    …,已开工52个): the base of a progress list, of the plan's year whatever span the report covers."""
    if c.measure not in ("level", "count") or not PLAN_NAMED.search(text, _after_counted_whole(text, c, cs), c.vs):
        return False  # (176个年度计划新开项目实际开工150个,开工率85%: the plan names the list, the count is the starts)
    if _any_between(layout.cand_starts, c.mend, ce) or ce >= se:
        return False
    return bool(PLAN_REPORTED.match(text, ce))


# 1—9月计划开工45项 / 1-10月份计划新开工223项: a span written right before the plan's word is the span the plan covers
SPAN_PLAN_AFTER = rx.compile(rf"\s*份?\s*(?:累计)?\s*(?:{alternation(zh.SPAN_PLAN_WORDS)})")
UPTO_KINDS = {"upto_month", "upto_year_month", "upto_day"}
# 截至9月底,全县实施省市县重点项目58个: the list the year implements or arranges, not a stock at the cut-off
LIST_PUT_IN = rx.compile(alternation(zh.LIST_PUT_IN_VERBS))


def _span_of_plan(text: str, chosen: PeriodMention, cs: int) -> bool:
    """Whether ``chosen`` is a span within the year written in the figure's own clause right before its plan word
    (1—9月计划开工45项,实际开工41项): the plan to date, the base of the progress of that span, not the year's plan."""
    return chosen.start >= cs and chosen.kind not in UPTO_KINDS and bool(SPAN_PLAN_AFTER.match(text, chosen.end))


def _stock_at_cutoff(text: str, c: Cand, chosen: PeriodMention, inherited: bool, ss: int) -> bool:
    """Whether a count of the projects a report follows is stated as a stock at a cut-off its own sentence opens with
    (截至8月底,全省共确定省重点项目1200项): it holds as of that day (..Y-M08), not over the year's list; a list the year
    implements or arranges (截至9月底,全县实施重点项目58个) is the year's."""
    return not inherited and chosen.kind in UPTO_KINDS and ss <= chosen.start < c.vs and c.measure == "count" \
        and not LIST_PUT_IN.search(text, chosen.end, c.vs) and not (
            YEAR_PLAN_AFTER.match(text, c.mend) and not RUNNING_TOTAL.search(text, chosen.end, c.vs))


# 截至9月底,全县重点项目150个,年度计划投资60亿元 / …215个项目年度目标投资48亿元: the count's next words give the
# list's plan for the year, so the count sizes the year's list, whatever cut-off the sentence opens with, unless a
# word of a running total says it is the sum reached by then (截至8月底,全省共确定省重点项目1200项)
RUNNING_TOTAL = rx.compile(alternation(zh.SUM_ADVERBS))
YEAR_PLAN_AFTER = rx.compile(rf"(?:[^\d,，;；。]{{0,14}}?(?:{alternation(zh.PROJECT_NOUNS)}))?(?:{PLAN_FIGURE.pattern}|"
                             rf"[,，]?\s*(?:{alternation(zh.PLAN_AMOUNT_WORDS + zh.YEAR_TARGET_AMOUNT_WORDS)}))")


def _size_of_reported_set(text: str, layout: Layout, c: Cand, cands: list[Cand], chosen: PeriodMention,
                          ss: int) -> bool:
    """The size (总投资, 计划总投资) of a set of projects a bulletin counts right before it in its sentence, under a time
    within the year (截止8月底,全市新开工项目45个,计划总投资120亿元) or one month (2016年8月,…审批核准项目25个,…。包括
    水利项目6个,总投资623亿元): an attribute of the set as it stands then, of its time as the count is; not the size of
    one project, nor of a list the year's plan arranges (安排/列入…)."""
    if chosen.kind not in WITHIN_YEAR_KINDS and chosen.kind not in MONTH_POINT_KINDS \
            or PLAN_LIST.search(text, ss, c.vs) or LISTED_BY.search(text, ss, c.vs) \
            or WHOLE_YEAR_MONTHS.search(chosen.period):
        return False  # (1-12月份: the whole year's list, its size as estimated)
    cs = layout.clause_of(c.vs)[0]
    ev = SET_EVENT.search(text, cs, c.vs)
    if ev is not None and not PLAN_NAMED.search(text, cs, ev.start()):
        return True  # 新开工项目计划总投资6030亿元: the size of the set its own clause names by its deed
    i = bisect.bisect_left(layout.cand_starts, c.vs) - 1
    while i >= 0 and layout.cand_starts[i] >= ss:
        if i < len(cands) and cands[i].vs == layout.cand_starts[i] and cands[i].measure == "count":
            # (全县重点项目50个,总投资178.7亿元 read as the year's list: its size is the year's too)
            return bool(WITHIN_YEAR_PERIOD.search(cands[i].period or ""))
        i -= 1
    return False


WITHIN_YEAR_PERIOD = rx.compile(r"-[MQH]\d")
WHOLE_YEAR_MONTHS = rx.compile(r"M01\.\.M12")
# 县列重大项目60个 / 市列重点项目: the list a level's catalogue holds, the year's (zh.LISTED_BY_WORDS)
LISTED_BY = rx.compile(alternation(zh.LISTED_BY_WORDS))


# 新开工项目45个 / 已开工45个 / 开复工32个: a count of what projects did or how they stand (zh.SET_EVENT_WORDS)
SET_EVENT = rx.compile(alternation(zh.SET_EVENT_WORDS))


# a count closing a list of named examples (…等40个), then the works' noun and the stage they reached, no other count
_EXAMPLES_COUNTED = rx.compile(r"等\s*$")
_DEED_AFTER_COUNT = rx.compile(rf"[^,，;；。\d]{{0,12}}?(?:项目|工程)\s*(?:{alternation(zh.SET_EVENT_WORDS)})[^,，;；。\d]*(?:[,，;；。]|$)")


def _year_list_count(text: str, c: Cand, cs: int) -> bool:
    """Whether a count of projects a bulletin follows is the size of the year's list or of a class of it (全区42个
    重点项目完成投资…, 35个市级重点项目开复工32个, 在68个重点推进项目中, 预备项目18项, 安排/列入…, 县列…: the list's
    year, whatever cut-off or months the bulletin reports), not a count of what the projects did or how they stand in
    that time, written after its deed or state (新开工项目45个, 已开工45个, 开复工32个, 在建项目120个, 竣工项目8个: the
    bulletin's time). A list the plan names wins over a deed (安排新开工项目50个: the plan's); what is no count is
    the list's as its callers read it."""
    if c.measure != "count":
        return True
    if _EXAMPLES_COUNTED.search(text, max(cs, c.vs - 2), c.vs) and _DEED_AFTER_COUNT.match(text, c.mend):
        return False  # 甲铁路、乙公路等40个重点项目建成投运: the works that reached a stage in the bulletin's time
    whole = COUNTED_WHOLE.search(text, cs, c.vs)
    if whole is not None:
        if _subset_doing(text, c, whole):
            return False  # 150个计划新开工项目中90个项目顺利开工: the starts of the time reported
        cs = whole.end()  # 176个年度计划新开项目实际开工150个: the deed after the list the clause counts first
    return bool(PLAN_LIST.search(text, cs, c.vs) or PLAN_NAMED.search(text, cs, c.vs)
                or LISTED_BY.search(text, cs, c.vs) or LIST_PUT_IN.search(text, cs, c.vs)) \
        or not SET_EVENT.search(text, cs, c.vs)


def _after_counted_whole(text: str, c: Cand, cs: int) -> int:
    """Where what a count counts is written in its clause: after the list the clause counts first when a deed follows
    it (35个市级重点项目开复工32个 → 开复工), else the clause's start."""
    whole = COUNTED_WHOLE.search(text, cs, c.vs) if c.measure == "count" else None
    return whole.end() if whole is not None and (SET_EVENT.search(text, whole.end(), c.vs)
                                                 or _subset_doing(text, c, whole)) else cs


# 150个计划新开工项目中,90个项目顺利开工: the set a count is taken of, and the deed its members did written after it
SET_OF_WHOLE = rx.compile(r"\s*中\s*[,，:：]?\s*$")
DEED_AFTER_COUNT = rx.compile(rf"[^\d,，;；。:：\n]{{0,8}}?(?:{alternation(zh.SET_EVENT_WORDS)})")


def _subset_doing(text: str, c: Cand, whole) -> bool:
    """A count of the members of a list counted before it (…项目中) that did a deed written after the count (150个计划
    新开工项目中90个项目顺利开工): a count of what was done in the time reported, not the list's size."""
    return bool(SET_OF_WHOLE.match(text, whole.end(), c.vs)) and bool(DEED_AFTER_COUNT.match(text, c.mend))


def _in_counted_whole(text: str, p: PeriodMention, c: Cand, cs: int) -> bool:
    """Whether a time lies inside the name of the list a clause counts first, before the deed a later count of the
    clause counts (176个年度计划新开项目实际开工150个: 年度 names the plan of the list, it does not date the starts)."""
    if c.measure != "count" or p.start < cs:
        return False
    whole = COUNTED_WHOLE.search(text, cs, c.vs)
    return whole is not None and whole.start() < p.start and p.end <= whole.end() \
        and bool(SET_EVENT.search(text, whole.end(), c.vs))


# 35个市级重点项目开复工32个 / 176个年度计划新开项目实际开工150个: a count of a list heading the clause of a later count
COUNTED_WHOLE = rx.compile(r"\d+\s*[个项宗][\u4e00-\u9fff]{0,12}?(?:项目|工程)")


def _plan_list_size(text: str, c: Cand, cs: int, ce: int, ps: int) -> bool:
    """A count of the projects a year's plan lists (安排重点项目120个, 省级重点项目20个), not of work done or a
    state of progress (新开工项目35个, 已竣工8个, 未开工6个)."""
    return c.measure == "count" and bool(PLAN_LIST.search(text, cs, c.vs) or _is_stock(text, cs, ce, c)) \
        and "已" not in text[cs:ce] and "项目" in text[max(ps, c.vs - 40):ce] and not PROGRESS_STATE.search(text, cs, ce) \
        and not SCHEDULE_REACHED.search(text, cs, c.vs)  # (…,达到和基本达到10个: how many are on schedule by then)


SET_OF = rx.compile(r"中\s*[,，:：]")
PACE = rx.compile(alternation(zh.PACE_WORDS))
# (全省700个省重点项目: a province's, a township's word of its whole as a city's or a county's)
GROUP_SUBJECT = rx.compile(rf"\s*(?:其中|全部|共)?[,，]?\s*(?:{SUBJECT_WORDS.pattern}|(?:{alternation(zh.SCOPE_WORDS)})[省乡]"
                           rf"|[\u4e00-\u9fff]{{2,8}}?[省市县区州盟旗镇乡])?"
                           rf"(?:(?:(?!{alternation(zh.GROUP_FLOW_WORDS)})[\u4e00-\u9fff]){{1,8}}的)?\s*$")
# (全市283个省、市重点项目完成投资…: levels of government written one character each and joined by 、 before the noun
# they share, zh.LEVEL_CHARS, name one list as 省市重点项目 does)
_LEVELS_JOINED = rf"(?:[{''.join(zh.JOINED_LEVEL_CHARS)}]、)*"
GROUP_NOUN = rx.compile(rf"{_LEVELS_JOINED}(?:[\u4e00-\u9fff]|[“”\"][\u4e00-\u9fff\d]{{1,6}}[“”\"]){{0,12}}?"
                        rf"(?:{alternation(zh.GROUP_SIZE_NOUNS)})"
                        rf"(?![\u4e00-\u9fff]?\d+[号期标])")


# 年度计划投资60亿元 / 占年度计划投资110亿元的80%: the amount the year's plan sets
PLAN_AMOUNT_BEFORE = rx.compile(rf"(?:{alternation(zh.PLAN_AMOUNT_WORDS)})\s*(?:为|达|约|共)?\s*$")
# 占年度计划投资28.1% / 完成年度投资计划62.4%: a share done of the year's plan (its 的 left out), not the plan's amount
PLAN_SHARE_BEFORE = rx.compile(rf"(?:{alternation(zh.ACHIEVED_SHARE_VERBS)})\s*(?:{alternation(zh.PLAN_AMOUNT_WORDS)})\s*$")


def _share_of_plan(text: str, c: Cand) -> bool:
    """A rate written right after the year's plan its verb takes a share of (累计完成投资23.6亿元,占年度计划投资28.1%
    under 截至5月底): how much of the plan is done by the time reported, not the plan's own figure of the year."""
    return c.unit == "%" and bool(PLAN_SHARE_BEFORE.search(text, max(0, c.vs - 16), c.vs))


# 全县重点项目40个,完成投资9亿元: the clause after a count of projects reports their work or their plan
LIST_WORK_AFTER = rx.compile(rf"\s*(?:{alternation(zh.LIST_WORK_OPENERS)})")
LIST_STATE = rx.compile(alternation(zh.PROJECT_STATE_WORDS))


def _listed_then_worked(text: str, c: Cand, cs: int, ce: int, ps: int) -> bool:
    """A count of the projects a report follows, stated as a stock in its clause (全县重点项目40个, 实施省市县重点项目58个)
    with the next clause giving their size, plan or work (总投资…, 年度计划投资…, 完成投资…): the year's list, not work
    of the span the sentence opens with (新开工项目40个 and 在建项目40个 are that span's)."""
    return (_plan_list_size(text, c, cs, ce, ps) and not LIST_STATE.search(text, cs, c.vs)
            or _count_then_worked(text, c, cs, ce)) and bool(LIST_WORK_AFTER.match(text, ce + 1))


def _count_then_worked(text: str, c: Cand, cs: int, ce: int) -> bool:
    """A count heading its clause whose next clause gives the work of what it counts (其中续建项目30宗,完成投资20亿元 /
    重点项目40个,完成投资9亿元): the size of a class of the year's list, not work of the span reported — unless what
    it counts is work of the span (新开工项目40个, 新引进项目426个, 已竣工项目8个)."""
    if c.measure != "count" or _DIGIT.search(text[cs:c.vs]) or PROGRESS_ALREADY.search(text, cs, c.vs):
        return False
    if not WORKS_NOUN.search(text, cs, c.vs):
        return False  # 新培育规上企业10户,完成年度计划的80%: firms fostered in the span, no class of a list of works
    if PROGRESS_STATE.search(text, c.mend, ce):
        return False  # 共有9个项目未按序时进度完成,完成投资3.2亿元: what lags in the span checked, no list
    named = PLAN_CLASS.sub("", text[cs:c.vs])  # (计划新开工项目 names a class of the plan)
    return not GROUP_FLOW.search(named) and not LIST_STATE.search(named) and bool(LIST_WORK_AFTER.match(text, ce + 1))


PLAN_CLASS = rx.compile(alternation(zh.PLAN_CLASS_WORDS))
WORKS_NOUN = rx.compile(alternation(zh.PROJECT_NOUNS))
GROUP_FLOW = rx.compile(alternation(zh.GROUP_FLOW_WORDS))


# (新开工项目75个)[,，]已开工53个 / (续建项目35个)全部开工建设: what a set's count is followed by when the set's members
# reached a stage after it
_STAGE_VERBS = alternation(zh.STAGE_PREDICATE_VERBS)
SET_THEN_STAGE = rx.compile(rf"\s*[,，、]\s*(?:{alternation(zh.SET_STAGE_LEADS)})\s*(?:{_STAGE_VERBS})(?:建设)?"
                            rf"(?:项目)?\s*\d+\s*[个项宗]")
SET_THEN_REACHED = rx.compile(rf"\s*[,，、]\s*(?:{alternation(zh.SCHEDULE_REACHED_WORDS)})\s*\d+\s*[个项宗]")
SCHEDULE_REACHED = rx.compile(rf"(?:{alternation(zh.SCHEDULE_REACHED_WORDS)})\s*$")
SET_ALL_STAGE = rx.compile(rf"\s*[,，]?\s*(?:{alternation(zh.SET_ALL_WORDS)})\s*(?:{_STAGE_VERBS})")
SET_PROJECT_NOUN = rx.compile(r"(?:项目|工程)\s*$")


def _set_then_stage(text: str, c: Cand, cs: int) -> bool:
    """A count of projects written after their noun (新开工项目75个, 续建项目35个) that the words after it say reached a
    stage, in part in the next clause (,已开工53个) or all of them (全部开工建设, 均已复工): the size of the set (of the
    year's list), not a count of work done in the time reported; a count the clause already says is of work done
    (已开工项目75个, 累计…) is that work."""
    if c.measure != "count" or c.unit not in zh.PROJECT_COUNT_UNITS or PROGRESS_ALREADY.search(text, cs, c.vs) \
            or not SET_PROJECT_NOUN.search(text, max(cs, c.vs - 12), c.vs) or MOMENT_STOCK.search(text, cs, c.vs):
        return False  # (截至9月底,全市在建重点项目412个,已开工398个: the projects under way at the cut-off, a stock)
    return bool(SET_THEN_STAGE.match(text, c.mend) or SET_ALL_STAGE.match(text, c.mend)
                or SET_THEN_REACHED.match(text, c.mend))


def _group_size(text: str, layout: Layout, c: Cand, cs: int, ce: int) -> bool:
    """A count written before the projects it counts, at the head of a clause that goes on to give their figures
    (全县40个续建项目完成投资9亿元) or a breakdown of them (全县20个重点项目中,已完成…): the size of the group whose work
    is reported, not a count of that work."""
    if c.measure != "count" or not GROUP_SUBJECT.fullmatch(text, cs, c.vs):
        return False
    m = GROUP_NOUN.match(text, c.mend)
    # (全县20个重点项目中,已完成…: the set a breakdown is taken of)
    return bool(m) and (_any_between(layout.cand_starts, m.end(), ce) or bool(SET_OF.match(text, m.end())))


# 85个续建项目已有6个项目竣工 / 90个盟级重点项目开复工64项: the next figure of the group's clause counts a part of it
PART_COUNTED_AFTER = rx.compile(rf"[^\d,，;；。:：\n]{{0,12}}?\d+\s*(?:{alternation(zh.PROJECT_COUNT_UNITS)})")


def _year_group(text: str, layout: Layout, c: Cand, cs: int, ce: int) -> bool:
    """A group's size that is the year's list: one the plan names (全县120个计划新开工项目中, 列入/纳入/安排…的60个重点
    项目完成投资…, 县列40个项目…) or the set a breakdown is taken of (全县20个重点项目中,已完成…; 120个续建项目已有3个
    项目竣工, 90个重点项目开复工64项: the next figure counts a part of it). The bare count of works whose clause tells
    what they did in a span (1-9月,全县40个续建项目完成投资9亿元 / 1-5月,35个项目完成投资12亿元) is of that span: the
    works that did it then, as the majority of the spent golds read it (4 sets of 5)."""
    if not _group_size(text, layout, c, cs, ce):
        return False
    m = GROUP_NOUN.match(text, c.mend)
    return bool(SET_OF.match(text, m.end()) or PART_COUNTED_AFTER.match(text, m.end(), ce)
                or PLAN_LIST.search(text, cs, m.end()) or PLAN_NAMED.search(text, cs, m.end())
                or LISTED_BY.search(text, cs, m.end()))


# 10个项目建成投用 / 246个项目正在紧张建设: what the counted works did or where they stand, written after the count
PART_AT_STAGE = rx.compile(rf"[^\d,，;；。:：\n]{{0,12}}?(?:{alternation(zh.SET_EVENT_WORDS + zh.ONGOING_WORDS)})")


def _part_at_stage(text: str, c: Cand) -> bool:
    """Whether a count of a breakdown says, after it, what its works did or where they stand (其中:10个项目建成投用,
    246个项目正在紧张建设): a state at the report's time, which a list's size of the year it breaks down does not date."""
    return c.measure == "count" and bool(PART_AT_STAGE.match(text, c.mend))


def _yield_once_built(text: str, c: Cand, ss: int, cs: int) -> bool:
    """A target that is what works yield once built or at their design (建成后年产值可达60亿元, 设计年发电量20亿千瓦时):
    it holds from a time the text does not give, so no time framing the text (a title's quarter, an event's year) is its."""
    return c.kind == "target" and bool(PROJECTION.search(text[ss:c.vs]) or DESIGN_OUTPUT.search(text, cs, c.vs))


def _list_size(text: str, layout: Layout, c: Cand, cs: int, ce: int, ps: int) -> bool:
    """A count of the works of a list whose figures its clause or the next goes on to give (列入省重点的40个项目完成投资
    9亿元, 全县重点项目40个,年度计划投资…): the size of a list (or a class of it) of the year, not work of a span."""
    return bool(_year_group(text, layout, c, cs, ce) or _listed_then_worked(text, c, cs, ce, ps)) \
        and _year_list_count(text, c, cs)


def _over_joined_levels(text: str, layout: Layout, c: Cand, ce: int) -> int:
    """The end of a count's clause read over the 、 of the levels its noun is written with (283个省、市重点项目,年度计划
    投资…: the segmenter ends a clause at 、, which here joins 省 and 市 before the one noun they share, not two items),
    so that what the clause after the noun says of the list is read as said of the count's list; ``ce`` otherwise."""
    if c.measure != "count":
        return ce
    m = GROUP_NOUN.match(text, c.mend)
    if m is None or m.end() <= ce or "、" not in text[c.mend:m.end()]:
        return ce
    return layout.clause_of(m.end() - 1)[1]


def _later_than(p: PeriodMention, year: int | None) -> bool:
    """True when a time lies in a year after the document's: no reported figure holds then."""
    m = re.search(r"(\d{4})", p.period)
    return bool(m and year and int(m.group(1)) > year)


# the verb right before a proportion's value (提高到2.6%, 累计达到80%): what it says of the proportion, not the words of
# its name (研发经费投入强度, 新增贷款占比)
SHARE_VERB_REACH = 4


def _accrued(text: str, c: Cand, cs: int, ce: int) -> bool:
    """A figure of a span that accrued over it (新增城镇就业420万人, 累计完成投资, 新改建农村公路2.8万公里), not a stock
    or a state at its end; a proportion accrues only by the verb that states it (研发经费投入强度提高到2.6% is a state:
    投入 names the proportion)."""
    if c.measure == "share":
        return bool(FLOW_CUES.search(text, max(cs, c.vs - SHARE_VERB_REACH), c.vs)) or "累计" in text[cs:c.vs]
    if c.measure == "count" and c.unit in zh.OCCURRENCE_UNITS:
        return True  # 2024年以来,…培训干部1200人次 / 开展督查12次: occurrences, counted as they happen over the span
    lo = cs
    if not STATE_VERB.search(text, cs, c.vs):
        # 引进百亿项目4个、…超亿美元项目46个: items of one verb's list (not 连跨4个台阶、突破7万亿元: a verb of its own)
        lo = min(cs, max(text.rfind(p, 0, c.vs) for p in ",，;；。:：\n") + 1)
    return bool(FLOW_CUES.search(text, lo, ce)) or _done_count(text, c, cs)


# a clause's opening scope word and place before its verb (全省实施…, 我市新建…)
_OPENING_SCOPE = rx.compile(rf"(?:{alternation(zh.SCOPE_WORDS)})[省市县区州盟旗镇乡]")


def _done_count(text: str, c: Cand, cs: int) -> bool:
    """A count whose clause opens with the deed it counts (实施科技攻关项目482个, 牵头建设44家全国重点实验室): done
    over a reviewed span, as 新增 or 累计 would say, where a noun opening the clause (高新技术企业达到6800家), a verb
    of having (拥有, 有) or a word of the moment (在建8座) states what stands at its end, and a verb inside a relative
    clause (纳入…的1712个行政村) names a set.  jieba's tagger says what a verb is."""
    if c.measure != "count" or STATE_VERB.search(text, cs, c.vs):
        return False
    head = text[cs:c.vs].strip()
    m = _OPENING_SCOPE.match(head)
    head = head[m.end():] if m else head
    if not head or "的" in head or head.startswith(zh.MOMENT_STOCK_WORDS):
        return False  # (纳入整治范围的1712个行政村…: a relative clause naming the set a count is of)
    first = first_word(head[:8])
    return first is not None and first[1] == "v" and first[0] not in zh.HOLDING_VERBS


def _is_stock(text: str, cs: int, ce: int, c: Cand) -> bool:
    """A count or amount that stands at a moment (牧场达1184个, 价格达到600元/头), not one that accrues."""
    return c.measure in ("count", "level") and c.unit not in zh.FLOW_UNITS and not FLOW_WORDS.search(text[cs:ce])


def _lead_flows(text: str, layout: Layout, c: Cand) -> bool:
    """Whether the lead of the list the value is an item of names what accrues (累计完成投资前3名的是:甲行业19.7亿元、…):
    the item's own clause (甲行业19.7亿元) says no more than a name and an amount, the lead says it is a flow."""
    lead = list_lead(text, layout, c.vs)
    return lead is not None and FLOW_WORDS.search(text, lead[0], min(lead[1], c.vs)) is not None


_YEAR_MONTH_VALUE = rx.compile(r"\d{4}-(\d\d)")


def _late_in_year(context) -> bool:
    """A document dated October or later: its plans (未来五年, 明年) count from the next year."""
    d = getattr(context, "date", None)
    m = _YEAR_MONTH_VALUE.match(getattr(d, "value", "") or "")
    return bool(m) and int(m.group(1)) >= 10


def _year_frames(text: str, layout: Layout, y: PeriodMention, rel: PeriodMention) -> bool:
    """Whether the year ``y`` frames the time ``rel`` written after it (上半年, 全年): written in the same clause
    (2023年全县全年实现…), or as a clause of its own (2023年,…); a year that is part of what a clause says (全市2020年被评为
    全国文明城市,上半年新增…; 自2018年实施河长制以来,…) is no year of a later clause's time."""
    cs, ce = layout.clause_of(y.start)
    if cs <= rel.start < ce:
        return True
    if layout.sent_of(y.start)[1] <= rel.start and narrative_year(text, y.start, y.end):
        return False  # 2019年,省里还对9个市开展了专项督查。截至6月底,…: a year told as history frames no later cut-off
    return bool(YEAR_FRAME_BEFORE.fullmatch(text, cs, y.start)) and bool(YEAR_FRAME_AFTER.fullmatch(text, y.end, ce))


YEAR_FRAME_BEFORE = rx.compile(r"\s*(?:在|于)?\s*")
YEAR_FRAME_AFTER = rx.compile(r"\s*(?:全年|一年|以来|上半年|下半年)?\s*")


_ISO_MONTH_OR_DAY = rx.compile(r"(\d{4})-(\d\d)(?:-\d\d)?")


def _early_in_year(context, year: int | None) -> bool:
    """A text dated by its own words in the first months of ``year`` (``zh.YEAR_START_MONTHS``): what it looks back
    over (五年来) ends with the year before."""
    d = getattr(context, "date", None)
    if d is None or not year or d.evidence.source.startswith("manifest") or d.evidence.source == "url":
        return False
    m = _ISO_MONTH_OR_DAY.fullmatch(d.value)
    return bool(m) and int(m.group(1)) == year and int(m.group(2)) <= zh.YEAR_START_MONTHS


def _compares(text: str, p: PeriodMention) -> bool:
    return p.role in ("base", "same_period")


def _carry_ok(text: str, layout: Layout, p: PeriodMention, c: Cand, cands: list[Cand]) -> bool:
    """Whether a time expression earlier in the sentence still governs the value (see ``_period``)."""
    pcs, pce = layout.clause_of(p.start)
    ccs, _ = layout.clause_of(c.vs)
    if pcs == ccs:
        return True
    if _since_inside_clause(text, p, pcs):
        return False  # 居全省第2位、创2012年以来最好位次;规上工业增加值增长7.1%: the run names that clause's comparison
    # walk the clauses between the expression and the value
    starts = layout.cand_starts
    if not _any_between(starts, pcs, pce):
        return True
    pos = pce + 1
    while pos < ccs:
        s, e = layout.clause_of(pos)
        if not _any_between(starts, s, e) and not _method_only(text[s:e]) and not _list_item_on(text, e):
            return False
        pos = e + 1
    return True


_RUN_OPENER = rx.compile(rf"\s*(?:{alternation(zh.SINCE_YEAR_OPENERS)})?\s*")


def _since_inside_clause(text: str, p: PeriodMention, pcs: int) -> bool:
    """Whether a run of years since a time (2012年以来) stands inside its clause, after words of the clause's own
    (创2012年以来最好位次, 为2019年以来最高): then it names what that clause compares with, the best since then, and
    times no value of a later clause.  A run opening its clause (2019年以来,全县累计… / 自2019年以来,…) frames the
    clauses after it."""
    return p.kind in SINCE_KINDS and p.role == "span" and not _RUN_OPENER.fullmatch(text, pcs, p.start)


def _list_item_on(text: str, e: int) -> bool:
    """A value-less piece of a sentence that ends at a 、 is an item of a list running on into the next piece (2022年
    全县地区生产总值增长5.2%,城镇、农村居民人均可支配收入分别增长5.8%、7.1%: 城镇 is a head of the 分别 list, no
    clause of its own that would stop the sentence's year)."""
    return text[e:e + 1] == "、"


_CLAUSE_MARKS = rx.compile(r"[\s,，;；:：]")


def _method_only(clause: str) -> bool:
    """A clause that only says how the next figure is computed (按不变价格计算, 扣除价格因素) lets the sentence's time
    pass on: 最终核实上年全县生产总值为…,按不变价格计算,比上年增长8.1% — the growth is of that year too."""
    return bool(clause.strip()) and not _CLAUSE_MARKS.sub("", strip_method(clause))


INLINE_ITEM = rx.compile(zh.INLINE_ITEM_MARK)
PLANNED_EVENT = rx.compile(rf"\s*(?:底|末)?(?:前|以前|之前)?(?:全面|全部|基本|正式|顺利)?(?:{alternation(zh.PLANNED_EVENT_VERBS)})+"
                           r"(?:并投入使用|投用|通车|运营|交付)?\s*")
THEN = rx.compile(r"\s*(?:届时|建成后|投产后|完工后|竣工后)")


def walled_off(text: str, layout: Layout, p: PeriodMention, ss: int, vs: int) -> bool:
    """A time written inside one part of a sentence that does not reach a value in a later part: an earlier item
    (一是…完成路基施工,10月份完工;三是打造3个示范点 — the 3个 is not of October), or the time something is planned
    or expected for (预计10月份完工;…) across a ;.  (A time that opens a ;-part goes on: 1-9月,全县完成投资9亿元,
    增长5%;新开工项目22个.)"""
    if p.start < ss or p.end > vs:
        return False
    marks = [m.start() for m in INLINE_ITEM.finditer(text, ss, vs)]
    if any(k < p.start for k in marks) and any(p.end <= k for k in marks):
        return True  # inside one item, the value in a later one
    if not PLANNED_TIME.search(text, max(ss, p.start - 6), p.start) or _heads_its_targets(text, layout, p):
        return False
    semi = max(text.rfind(";", p.end, vs), text.rfind("；", p.end, vs))
    if semi >= 0:
        return True
    # 预计10月份完工,城南片区打造3个示范点: the date of an event its own clause states, unless the next speaks of it (届时)
    pcs, pce = layout.clause_of(p.start)
    ccs = layout.clause_of(vs)[0]
    return pce < ccs and bool(PLANNED_EVENT.fullmatch(text, p.end, pce)) and not THEN.match(text, ccs)


def _now_walled_off(text: str, p: PeriodMention, c: Cand) -> bool:
    """Whether a 目前 / 当前 (``zh.NOW_WORDS``) of an earlier ;-part of the sentence stops short of a rate of change in
    a later one (1-11月,全县固定资产投资增长6.2%。目前在库项目141个,其中…;民间投资增长3.1%): a growth is of a span,
    which the text's now is not, so the ;-part goes back to the span the text reports in."""
    if c.measure != "growth" or p.role != "status" or p.text not in zh.NOW_WORDS:
        return False
    return max(text.rfind(";", p.end, c.vs), text.rfind("；", p.end, c.vs)) >= 0


def _heads_its_targets(text: str, layout: Layout, p: PeriodMention) -> bool:
    """Whether the deadline ``p`` makes up its clause with no more than the words leading into it (力争到2010年,
    生产总值年均增长13%,…;全区财政总收入年均增长13%): it heads the targets after it, across a ;, as a line above them
    does, unlike a time planned for one work's stage (预计10月份完工;…)."""
    if p.role != "deadline":
        return False
    pcs, pce = layout.clause_of(p.start)
    return bool(DEADLINE_CLAUSE_LEAD.fullmatch(text, pcs, p.start)) and not text[p.end:pce].strip(" \t\u3000底前")


DEADLINE_CLAUSE_LEAD = rx.compile(rf"\s*(?:{alternation(zh.DEADLINE_CLAUSE_LEADS)})*\s*")


def _trailing_deadline(text: str, layout: Layout, c: Cand, periods, p_starts, Y: str,
                       context=None) -> PeriodMention | None:
    """A deadline closing the value's sentence part in a clause of its own that holds no value and says what is then
    done (新建幼儿园3所,新增学位1500个,2026年9月底前投入使用): it binds every target of the part before it, as it
    would written first (2026年9月底前,新建幼儿园3所…), and a figure read as reported when the deadline is still
    ahead of the text's own date (what is to be built by then); None when there is none, or when the deadline says
    no more than the document's year (…,力争年底前全部开工)."""
    ps, pe = layout.part_of(c.vs)
    if c.kind != "target" and (REPORTED_DONE.search(text, ps, pe) or not _ahead(context)):
        return None
    for p in periods[bisect.bisect_left(p_starts, c.mend):bisect.bisect_left(p_starts, pe)]:
        if p.role != "deadline" or p.start < c.mend:
            continue
        pcs, _ = layout.clause_of(p.start)
        if pcs <= c.vs or not DEADLINE_CLAUSE_LEAD.fullmatch(text, pcs, p.start) or _in_brackets(text, c.mend, p.start):
            return None
        if p.period == f"..{Y}":
            return None
        if PLANNED_EVENT.match(text, p.end) and not _any_between(layout.cand_starts, p.end, pe) and (
                c.kind == "target" or _ahead(context, p.period)):
            return p
        return None
    return None


REPORTED_DONE = rx.compile(alternation(zh.REPORTED_DONE_WORDS))


_PERIOD_YEAR_MONTH = rx.compile(r"(\d{4})(?:-M(\d\d))?")


_ISO_DAY_MONTH = rx.compile(r"\d{4}-(\d\d)-\d\d")


def _ahead(context, period: str = "") -> bool:
    """Whether the text is dated (from its own words) and ``period`` (its year, and its month when it names one)
    does not end before that date."""
    d = getattr(context, "date", None)
    if d is None or d.evidence.source.startswith("manifest") or d.evidence.source == "url":
        return False
    m = _PERIOD_YEAR_MONTH.search(period)
    if m is None:
        return True
    dm = _ISO_DAY_MONTH.fullmatch(d.value)
    return (int(m.group(1)), int(m.group(2) or 12)) >= (d.year, int(dm.group(1)) if dm else 1)


def _any_between(starts: list[int], a: int, b: int) -> bool:
    i = bisect.bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


ATTRIBUTION = r"(?:表示|指出|强调|介绍|说|显示|认为|透露|获悉|了解到|提出|明确|要求|表明)$"


def _sentence_frame(text: str, layout: Layout, ss: int, periods, p_starts) -> PeriodMention | None:
    """A span or deadline written as the sentence's opening clause (到2025年,…; 《纲要》提出,到2025年,…): it
    frames every ;-part of the sentence, not only the first."""
    c1s, c1e = layout.clause_of(ss)
    if re.search(ATTRIBUTION, text[c1s:c1e]):
        c1s, c1e = layout.clause_of(c1e + 1)
    for p in periods[bisect.bisect_left(p_starts, c1s):bisect.bisect_left(p_starts, c1e)]:
        if p.role in ("span", "deadline") and re.fullmatch(r"\s*", text[c1s:p.start]) and \
                re.fullmatch(r"\s*[,，]?\s*", text[p.end:c1e + 1]):
            return p
    return None


ATTRIBUTION_END = rx.compile(ATTRIBUTION)
# 经最终核实, / 据初步核算, / 根据第五次全国经济普查结果核定,: how the figures were established, no time of their own
VERIFIED_LEAD = rx.compile(rf"\s*(?:{alternation(zh.VERIFIED_LEAD_OPENERS)})?[^,，;；。\d]{{0,16}}?"
                           rf"(?:{alternation(zh.VERIFIED_LEAD_VERBS)})\s*")
_ITEM_LABEL_LEAD = rx.compile(r"\s*(?:\d{1,2}\.|[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|[一二三四五六七八九十]是)")


# 1至8月,2023年市级重点项目中的156个项目完成投资… / 截至8月底,2023年省级重点项目32个: the year names the list
LIST_NAME_AFTER_YEAR = rx.compile(rf"\s*(?:度)?(?:{alternation(zh.LIST_LEVEL_WORDS)})?(?:重点|重大)[\u4e00-\u9fff]{{0,4}}?(?:项目|工程)")


def _year_of_list_name(text: str, p: PeriodMention, periods, p_starts, ps: int, doc_period: str) -> bool:
    """Whether a bare year names the year's list of key projects (2023年市级重点项目中的…, 2024年省重点项目) in a
    bulletin whose paragraph or text states a time within the year (1至8月, 截至8月底, a title's 一季度): the list's
    name, not the time of the figures reported on it, which is the bulletin's."""
    if p.kind != "year" or not LIST_NAME_AFTER_YEAR.match(text, p.end):
        return False
    lead = [q for q in periods[bisect.bisect_left(p_starts, ps):bisect.bisect_left(p_starts, p.start)]
            if q.kind in WITHIN_YEAR_KINDS and q.period.lstrip(".").startswith(p.period)]
    return bool(lead) or bool(re.match(rf"(?:\.\.)?{re.escape(p.period)}-", doc_period))


# 2021年启动的东坪工业园,已入驻企业28家 / 2023年结转的15个项目中,仍有4个未开工: a year inside what names a thing (when
# it was begun, brought in, carried over) dates that, not the figures of the later clauses that speak of the thing now.
# A finding names the body that found it between the year and the verb, which may be long (2018年第二轮中央生态环境保护
# 督察反馈的…, 2019年省委第三巡视组交办的…): its verbs reach further back.
_FINDING = rf"[^,，。;；:：\d]{{0,16}}?(?:{alternation(zh.FINDING_VERBS)})"
# (2018年中央环保督察反馈问题58个 / 2021年省委巡视反馈意见整改任务36项: the finding's noun written on its verb, no 的,
# after the check that found it; 2022年全县发现问题120个 is a year's own count)
_FOUND = (rf"(?:{_FINDING}[^,，。;；:：\d]{{0,4}}?的|[^,，。;；:：\d]{{0,12}}?(?:{alternation(zh.CAMPAIGN_NOUNS)}|审计)"
          rf"[^,，。;；:：\d]{{0,6}}?(?:{alternation(zh.FINDING_VERBS)})(?:{alternation(zh.FINDING_NOUNS)})+)")
YEAR_ATTRIBUTE = rx.compile(rf"\s*(?:[^,，。;；:：\d]{{0,4}}?(?:{alternation(zh.YEAR_ATTRIBUTE_VERBS)})"
                            rf"[^,，。;；:：\d]{{0,4}}?的|{_FOUND})")
# …of which a finding's (2018年督察反馈的…) is never the year a text reports in (context.stated_year)
YEAR_OF_FINDING = rx.compile(rf"\s*{_FOUND}")


# A year, or a month of a year (于2014年6月自查上报的问题), written before what YEAR_ATTRIBUTE says was done then.
# …,涉及资金2.4亿元 / …,共涉及金额3.6亿元: a clause opening with what the things just counted involve
_INVOLVED_OPENER = rx.compile(r"[,，]?\s*(?:共|合计|累计)?\s*涉及")
ATTRIBUTE_TIME_KINDS = ("year", "year_month")


def _dates_what_is_counted(text: str, layout: Layout, p: PeriodMention, c: Cand, cs: int) -> bool:
    """Whether ``p`` only dates the thing the sentence counts (2018年督察反馈的52项任务: when the tasks were handed
    over), not ``c``: a value of a later clause (…,已完成49项), or one of its own clause written past the thing's own
    count or its 中 (…的52项整改任务已完成49项, 2022年审计发现的问题中有15个已整改).  The thing's own count right after
    the phrase (the 52) is of that year."""
    if p.kind not in ATTRIBUTE_TIME_KINDS:
        return False
    m = YEAR_ATTRIBUTE.match(text, p.end)
    if m is None:
        return False
    if p.start < cs:
        # (…审计发现问题35个,涉及资金2.4亿元: the sum the things counted involve is theirs, of the year they were found)
        return not _INVOLVED_OPENER.match(text, cs, c.vs)
    return m.end() < c.vs and (_any_between(layout.cand_starts, m.end(), c.vs) or "中" in text[m.end():c.vs])


def _past_year(p: PeriodMention, year: int | None) -> bool:
    """Whether ``p`` is a time of a year before ``year`` stated by its number (2019年, 2020年上半年), not a deadline."""
    m = _YEAR_ONLY_PERIOD.match(p.period)
    return p.role == "point" and m is not None and bool(year) and int(m.group()) < year


def _present_between(periods, p_starts, a: int, b: int) -> bool:
    """Whether the text speaks of its own present between ``a`` and ``b`` (今年, 目前, 截至目前: not 当年, the year
    just spoken of): a year of the past stated before (2020年,…仅为21亿元,今年突破60亿元。上半年,…) frames nothing
    after it."""
    return any(p.role != "base" and (p.role == "status" or p.text.startswith(zh.PRESENT_YEAR_WORDS))
               for p in periods[bisect.bisect_left(p_starts, a):bisect.bisect_left(p_starts, b)])


def _year_reopened(text: str, layout: Layout, frame: PeriodMention, ss: int, periods, p_starts) -> PeriodMention | None:
    """The last year (2024年, / 今年,) opening a sentence of the paragraph after the one its frame ``frame`` opens and
    before the figure's sentence (at ``ss``), when it names another year than the frame: 2023年,甲县获评…。2024年,该县
    将…。力争…增长10%: the target is of 2024.  None when no later sentence opens on a year of its own."""
    got = None
    pos = layout.sent_of(frame.start)[1]
    while pos < ss:
        s0, e0 = layout.sent_of(pos)
        if e0 <= s0 or s0 >= ss:
            break
        lead = len(text[s0:e0]) - len(text[s0:e0].lstrip())
        for p in periods[bisect.bisect_left(p_starts, s0 + lead):bisect.bisect_left(p_starts, s0 + lead + 1)]:
            if p.kind in REOPENING_KINDS and p.role == "point" and p.period != frame.period \
                    and not p.text.endswith(zh.SINCE_SUFFIX) and _CLAUSE_OPENER_AFTER.match(text, p.end):
                got = p
        pos = e0 if e0 > pos else pos + 1
    return got


_CLAUSE_OPENER_AFTER = rx.compile(r"[ \t]*[,，]")
REOPENING_KINDS = YEAR_OPENING_KINDS | {"next_year", "last_year"}  # 2024年, / 今年, / 明年, / 去年, opening a sentence


def _framing(text: str, layout: Layout, ps: int, ss: int, periods, p_starts) -> PeriodMention | None:
    """A time expression in the first clause of the paragraph's first sentence (after an item heading)."""
    fs, fe = layout.sent_of(ps)
    if fe - fs <= 40 and fe < ss and \
            _ITEM_LABEL_LEAD.match(text[fs:fe]):
        fs, fe = layout.sent_of(fe + 1)
    if fs > ss:
        return None
    c1s, c1e = layout.clause_of(fs)
    if (ATTRIBUTION_END.search(text[c1s:c1e]) or VERIFIED_LEAD.fullmatch(text, c1s, c1e)) and c1e + 1 < ss + 1:
        c1s, c1e = layout.clause_of(c1e + 1)  # 袁家军表示,十年来,…: the frame follows the attribution
    elif _day_told_by_source(text, layout, c1s, c1e, ss, periods, p_starts):
        c1s, c1e = layout.clause_of(layout.clause_of(c1e + 1)[1] + 1)
    ps_ = [p for p in periods[bisect.bisect_left(p_starts, c1s):bisect.bisect_left(p_starts, c1e)]
           if p.role not in ("base", "same_period", "average", "streak")
           and not (p.kind == "this_year" and PLAN_NOUN_AFTER.match(text, p.end))
           # 年度《政府工作报告》明确… / 2025年《政府工作报告》明确145项目标任务: the time names the document, no frame
           and not ((p.text == "年度" or p.kind == "year") and DOCUMENT_NAME_AFTER.match(text, p.end))
           and not (p.role == "status" and p.text in zh.CLAUSE_STATUS_VERBS)
           and not (p.kind in ATTRIBUTE_TIME_KINDS and YEAR_ATTRIBUTE.match(text, p.end))
           # 自2021年二季度以来,…连续12个季度…。(next sentence) 工业增加值增长7.2%: the span since a time of the past is
           # the span of what its own sentence says (a run, a total since), no time of the sentences after it
           and not (p.kind in SINCE_KINDS and p.role == "span" and layout.sent_of(p.start)[1] <= ss)
           and not (layout.sent_of(p.start)[1] <= ss and _meeting_told(text, p.end, layout.sent_of(p.start)[1]))
           # 三次产业结构由上年的13.5:37.9:48.6调整为…: the time of a change's start dates that start alone
           and not _change_start(text, p)]
    return _run_end(text, ps_) if ps_ else None


_CHANGE_START_BEFORE = rx.compile(r"[由从]\s*$")
_CHANGE_START_AFTER = rx.compile(r"\s*(?:末|底)?\s*的\s*[\d０-９]")


def _change_start(text: str, p: PeriodMention) -> bool:
    """Whether the time ``p`` is written after 由/从 and before 的 and a value (由上年的13.5:37.9:48.6调整为…, 从2023年末的
    61.2%提高到…): the time of the value a change starts from, which frames no figure after it."""
    return bool(_CHANGE_START_BEFORE.search(text, max(0, p.start - 2), p.start)) and \
        _CHANGE_START_AFTER.match(text, p.end) is not None


MEETING_NOUN = rx.compile(alternation(zh.MEETING_NAME_ENDS))
MEETING_HELD_VERB = rx.compile(alternation(zh.MEETING_HELD_VERBS))
PROJECT_EVENT_WORD = rx.compile(alternation(zh.PROJECT_EVENT_WORDS))


def _meeting_told(text: str, at: int, end: int) -> bool:
    """Whether the sentence going on at ``at`` (after the time opening a paragraph) tells of a meeting held then
    (今年4月,县委县政府召开重点项目观摩会。 / 4月12日,全县项目推进会在…举行。): the time is the meeting's day, and
    frames none of the sentences after it (全县列入省重点项目8个,已完成投资14亿元: the list's year, the text's time).
    A project event held as a meeting (集中开工暨推进大会) keeps its frame: its batch is of its day (scope._event_frame)."""
    seg = text[at:end]
    return bool(MEETING_NOUN.search(seg) and MEETING_HELD_VERB.search(seg)) and not PROJECT_EVENT_WORD.search(seg)


# ●2025年全省地区生产总值…;⏎●地方一般公共预算收入…;⏎●…: the mark every item of a list set out line by line opens with
ITEM_RUN_MARK = rx.compile(r"[ \t\u3000\xa0]*([●■◆▶▲★☆◇□○◎•])")


def _item_run_year(text: str, layout: Layout, ps: int, periods, p_starts) -> PeriodMention | None:
    """The year the first item of a run of lines opening with the same mark opens with (●2025年全省地区生产总值…), for
    a later item of that run (●地方一般公共预算收入达3100亿元…) that states no time: the items set out under one mark
    are one list, and the time its first item gives times them all.  None when the paragraph at ``ps`` opens with no
    mark, is the run's first, or the first opens with no year (●地区生产总值增长5%: no time of the list)."""
    m = ITEM_RUN_MARK.match(text, ps)
    if m is None:
        return None
    # the first line of each item's run, kept on the layout: the walk back stops at an item of the same run already
    # walked, so a run of N items is walked once, not N times
    firsts = layout.memo.setdefault("item_run_first", {}) if text is layout.text else {}
    first = at = ps  # (the run's first marked line; blank lines between its items are passed over, never its first)
    while at > 0:
        end = at - 1  # the line break closing the line before
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            prev = ITEM_RUN_MARK.match(text, start)
            if prev is None or prev.group(1) != m.group(1):
                break
            first = firsts.get(start, start)
            if first != start:
                break
        at = start
    firsts[ps] = first
    if first == ps:
        return None
    k = ITEM_RUN_MARK.match(text, first).end()
    for p in periods[bisect.bisect_left(p_starts, k):bisect.bisect_left(p_starts, k + 1)]:
        if p.start == k and p.kind == "year" and p.role == "point":
            return p
    return None


_RUN_START_BEFORE = rx.compile(r"[自从]\s*$")
_RUN_END_BEFORE = rx.compile(r"(?:至|到)\s*$")


def _run_end(text: str, found: list[PeriodMention]) -> PeriodMention:
    """The first time of a clause that frames what follows, a run's end for a run written 自…至 (专项行动自5月10日启动
    至8月底,累计完成投资12.4亿元。新开工项目18个): the day a campaign started dates none of its totals; the time it
    ran to is how far they reach."""
    first = found[0]
    if not _RUN_START_BEFORE.search(text, max(0, first.start - 2), first.start):
        return first
    return next((p for p in found[1:] if _RUN_END_BEFORE.search(text, max(0, p.start - 2), p.start)), first)


SINCE_KINDS = {"year_since", "year_since_event", "year_part_since"}


def _day_told_by_source(text: str, layout: Layout, c1s: int, c1e: int, ss: int, periods, p_starts) -> bool:
    """Whether a paragraph's first clause is only the day a reporter was told (岚溪新闻网6月18日讯(记者 某某)6月18日,
    记者从省发改委获悉,1—5月,…): the next clause names the source (…获悉), so the day is when the news was given, not
    the time of its figures, and the clause after the source frames the paragraph."""
    days = periods[bisect.bisect_left(p_starts, c1s):bisect.bisect_left(p_starts, c1e)]
    if not days or any(p.kind not in EVENT_DAY_KINDS for p in days) or c1e + 1 >= ss:
        return False
    n1s, n1e = layout.clause_of(c1e + 1)
    return bool(ATTRIBUTION_END.search(text[n1s:n1e]) or REPORT_RELEASED.fullmatch(text, n1s, n1e)) and n1e + 1 <= ss


# 市统计局发布2022年…统计公报 / 国家统计局公布了…监测数据 / 市政府办公厅通报3月…热线受理情况: a clause that only says a
# body put a report out
REPORT_RELEASED = rx.compile(rf"\s*[^,，;；。!?！？\n]{{0,20}}?(?:{alternation(zh.REPORT_PUT_OUT_VERBS)})"
                             rf"了?[^,，;；。!?！？\n]{{0,40}}?(?:{alternation(zh.REPORT_SOURCE_NOUNS + zh.RELEASED_REPORT_NOUNS)})"
                             r"\s*[。]?")


# A span's lead-in that opens its sentence without being part of what it reports: a news dateline (本报讯, 本报岚溪
# 3月8日讯(记者 某某), 某某网9月12日讯: a month and its day before 讯), the source (记者从县发改局获悉, / 据统计, / 数据显示,), an opener (今年以来, / 近日,)
SPAN_LEAD_IN = rx.compile(rf"\s*(?:[^,，。;；:：\n\d]{{0,20}}?(?:\d{{1,2}}\s*月\s*)?[\d]{{0,2}}[^,，。;；:：\n\d]{{0,4}}?(?:讯|电)\s*"
                          rf"(?:[(（][^)）\n]{{0,30}}[)）])?\s*[,，:：]?\s*)?"
                          rf"(?:[^,，。;；:：\n]{{0,24}}?(?:{alternation(zh.SPAN_LEAD_IN_WORDS)})\s*[,，:：]\s*)*")
SPAN_CARRY_SKIP = {"base", "same_period", "average"}  # comparison bases and yearly averages state no time of a figure


def _section_span(text: str, layout: Layout, ss: int, periods, p_starts) -> PeriodMention | None:
    """The span within the year a text reporting what was done states once, opening an earlier sentence of its
    section (1至9月,全市重点项目完成投资210亿元。 / 截至10月底,… / 本报讯 今年前三季度,… / 记者从市发改委获悉,1—8月,…):
    the sentences and paragraphs after it report in that span until the text states another time (全年计划…, 今年
    计划…, 2024年…, another span) or a heading opens another part.  None when no such span governs ``ss``."""
    if not _prose_line(text, layout, ss):
        return None  # (a headline or a highlight's line stands alone)
    floor = max(0, ss - CUTOFF_LOOKBACK, layout.outline.section_start(ss) or 0)
    for p in reversed(periods[bisect.bisect_left(p_starts, floor):bisect.bisect_left(p_starts, ss)]):
        if p.role in SPAN_CARRY_SKIP or p.end > ss:
            continue
        s0, _e0 = layout.sent_of(p.start)
        if p.kind in OPENING_KINDS and p.role == "point" and SPAN_LEAD_IN.fullmatch(text, s0, p.start) \
                and not _spread_after(text, p, _e0):
            return p if _prose_line(text, layout, p.start) and not _intro_between(text, layout, p.end, ss) else None
        if _in_brackets(text, s0, p.start) and _CLOSING_BRACKET.search(text[p.end:_e0]):
            continue  # (其中1-10月份计划新开工130项): a remark of its own
        return None  # another time stated after the span: the text has turned to it
    return None


# genres whose parts name their own years (a work report's review and plan, a plan's span: frame.Frames), where a year
# of the past stated in a sentence carries no further than its part's own reading
YEAR_PARTED_GENRES = {"work_report", "plan"}
# 会议指出,2021年,… / 报告显示,2021年,…: who says it, before the year a sentence opens with
PAST_YEAR_LEAD_IN = rx.compile(rf"\s*(?:[^,，。;；:：\n\d]{{0,20}}?(?:{alternation(zh.SPEECH_LEAD_VERBS)})\s*[,，:：]\s*)?")


def _past_year_carried(text: str, layout: Layout, ss: int, periods, p_starts, year: int | None) -> PeriodMention | None:
    """A year before the text's own that opens an earlier sentence (2021年,全县… / 会议指出,2021年,… in a news item
    of 2022): the sentences and paragraphs after it that state no time report that year too, until the text states
    another time or a heading opens another part.  None when no such year governs ``ss``."""
    if not year or not _prose_line(text, layout, ss):
        return None
    floor = max(0, ss - CUTOFF_LOOKBACK, layout.outline.section_start(ss) or 0)
    for p in reversed(periods[bisect.bisect_left(p_starts, floor):bisect.bisect_left(p_starts, ss)]):
        if p.role in SPAN_CARRY_SKIP or p.end > ss:
            continue
        if p.kind != "year" or not _past_year(p, year) or YEAR_ATTRIBUTE.match(text, p.end) \
                or not re.match(r"\s*[,，]", text[p.end:p.end + 2]):
            return None  # another time stated after it, or a year that names no span of a report (2021年启动的…)
        s0, _e0 = layout.sent_of(p.start)
        if not (SPAN_LEAD_IN.fullmatch(text, s0, p.start) or PAST_YEAR_LEAD_IN.fullmatch(text, s0, p.start)):
            return None
        return p if _prose_line(text, layout, p.start) and not _intro_between(text, layout, p.end, ss) else None
    return None


def _prose_line(text: str, layout: Layout, at: int) -> bool:
    """Whether the line holding ``at`` is written as prose, closed by a sentence's mark (。, ;, !): not a headline, a
    highlight of a box (上半年全市社会消费品零售总额增长6.2%) or an item that stands alone."""
    _, pe = layout.para_of(at)
    body = WIRE_END.sub("", text[max(at, pe - 40):pe].rstrip())
    return body.endswith(SENTENCE_ENDS)


SENTENCE_ENDS = ("。", ";", "；", "!", "！", "…", "”")
# …。(完) / …。（完）: a news wire's closing mark after the story's last sentence, no part of the line's prose
WIRE_END = rx.compile(r"\s*[(（]\s*完\s*[)）]$")


def _intro_between(text: str, layout: Layout, a: int, b: int) -> bool:
    """Whether a line between ``a`` and ``b`` introduces what follows it (在园区建设方面,…捷报频传—— / …如下:): the
    text has turned to another topic, whose items a span stated before does not time."""
    pos = layout.para_of(a)[1] + 1
    while pos < b:
        qs, qe = layout.para_of(pos)
        if qe > b:
            break
        if text[qs:qe].rstrip().endswith(("——", ":", "：")):
            return True
        pos = qe + 1
    return False


# Times within a year that, opening a sentence (1—6月完成投资…。), go on framing the report's next sentences.
OPENING_KINDS = CUTOFF_KINDS | {"half", "year_h", "quarter", "year_q"}
OPENING_SENTENCES = 3  # sentences of the paragraph looked back over


def _opening_before(text: str, layout: Layout, ps: int, ss: int, periods, p_starts) -> PeriodMention | None:
    """A time within the year opening an earlier sentence of the paragraph (not its first: that is the
    paragraph's frame): 1—6月完成投资36.2亿元。新开工项目21个: the new starts are of 1—6月 too."""
    pos = ss
    for _ in range(OPENING_SENTENCES):
        if pos - 1 <= ps:
            return None
        s0, _e0 = layout.sent_of(pos - 1)
        if s0 <= ps:
            return None
        c1s, c1e = layout.clause_of(s0)
        for p in periods[bisect.bisect_left(p_starts, c1s):bisect.bisect_left(p_starts, c1e)]:
            if p.start == c1s + len(text[c1s:p.start]) - len(text[c1s:p.start].lstrip()) \
                    and p.kind in OPENING_KINDS and p.role == "point":
                return p
            break
        pos = s0
    return None


# 对年度《政府工作报告》任务上半年落实情况进行了督查 / 对各地重点工作第二季度推进情况开展专项督查: the span a check looks at
CHECKED_SPAN = rx.compile(rf"[^,，。;；]{{0,12}}?(?:{alternation(zh.CHECKED_STATE_WORDS)})")
CHECK_VERB = rx.compile(alternation(zh.CHECK_VERBS))
CHECKED_KINDS = WITHIN_YEAR_KINDS - {"upto_day", "upto_month", "upto_year_month", "upto_quarter"}
# 年度《政府工作报告》: 年度 names the document, no time of the figures later in the sentence
DOCUMENT_NAME_AFTER = rx.compile(r"\s*[《“]")


def _checked_span(text: str, layout: Layout, ps: int, ss: int, periods, p_starts) -> PeriodMention | None:
    """The span a supervision check looks at, named in an earlier sentence of the paragraph (…对年度任务上半年落实情况
    进行了督查。…欠进度的有12个): what the check found holds in that span (H1), not in the year; None when no sentence
    before states a check of a span."""
    pos = ss
    for _ in range(OPENING_SENTENCES):
        if pos - 1 < ps:
            return None
        s0, e0 = layout.sent_of(pos - 1)
        if CHECK_VERB.search(text, s0, e0):
            for p in periods[bisect.bisect_left(p_starts, s0):bisect.bisect_left(p_starts, e0)]:
                if p.kind in CHECKED_KINDS and p.role == "point" and CHECKED_SPAN.match(text, p.end, e0):
                    return p
        if s0 <= ps:
            return None
        pos = s0
    return None


CHECK_LOOKBACK = 3000  # characters before the paragraph looked back over for a notice's lead naming the checked span


def _checked_span_before(text: str, layout: Layout, ps: int, periods, p_starts) -> PeriodMention | None:
    """The span a notice's lead says its check looked at (…对年度任务上半年落实情况进行了督查,现将有关情况通报如下:),
    for a paragraph below it that states no time of its own; the nearest such lead first, None when there is none."""
    for p in reversed(periods[bisect.bisect_left(p_starts, max(0, ps - CHECK_LOOKBACK)):bisect.bisect_left(p_starts, ps)]):
        if p.kind not in CHECKED_KINDS or p.role != "point":
            continue
        s0, e0 = layout.sent_of(p.start)
        if CHECK_VERB.search(text, s0, e0) and CHECKED_SPAN.match(text, p.end, e0):
            return p
    return None


# A line of a list written one item a line (第二名:河口县,得分90.1分; 河口县:新开工项目9个…; 东坪镇 93.8分 第二名): short,
# holding a figure and no time of its own; the line introducing the list (…通报如下:) speaks for every such line.
INTRO_ITEM_CHARS = 80


_DIGIT = rx.compile(r"\d")


# a line that opens a breakdown of the whole counted above it by its parts (分区域情况看: / 分领域看: / 从行业看: /
# 按地区分:), set as a heading over item lines: 分/从/按, what the parts are, 情况, 来看/看/分, a colon
BREAKDOWN_HEADING = rx.compile(r"[\s\u25c6\u25cf\u25a0\u2022·]*(?:分|从|按)[^\s\d,，。;；:：]{1,8}?(?:情况)?(?:来看|看|分)\s*[:：]\s*")
BREAKDOWN_PARTS_END = rx.compile(r"其中\s*[:：]$")  # a line ending as it opens the parts of its own last figure
BREAKDOWN_WHOLE_REACH = 600  # characters above a breakdown heading looked back over for the whole it breaks down


def _breakdown_heading_whole(text: str, layout: Layout, c: Cand, cands: list[Cand], ps: int, periods,
                             p_starts) -> Cand | None:
    """The whole a breakdown heading's item lines break down: an item line (a figure, no time of its own) under a
    line 分区域情况看: (or 分领域看:, 从行业看:), over other item lines only, is a part of the whole counted just above
    the heading, and holds in its time (二季度全市共组织参加集中开工项目215个,总投资288亿元。⏎分区域情况看:⏎◆甲区组织项目
    30个,总投资41亿元;).  The whole is the last figure above of the part's measure and kind (a count's in a count unit,
    an amount's in its unit) stated with a time of its own; None when there is no such heading or whole."""
    if _line_timed(text, periods, p_starts, ps, c.vs):
        return None
    for _ in range(zh.LIST_ITEMS_BACK):
        if ps < 2:
            return None
        qs, qe = layout.para_of(ps - 2)
        verdict = _list_line(text, layout, periods, p_starts, qs, qe)
        if verdict == "heading":
            break
        if verdict == "parts":
            qs = qe  # ◆基础设施类项目101个,总投资139亿元。其中:⏎城建类项目53个,…: the whole is on the line itself
            break
        if verdict == "stop":
            return None
        ps = qs
    else:
        return None
    i = bisect.bisect_left(layout.cand_starts, qs) - 1
    while i >= 0 and layout.cand_starts[i] >= qs - BREAKDOWN_WHOLE_REACH and i < len(cands):
        x = cands[i]
        if x.vs == layout.cand_starts[i] and x.kind == c.kind and x.measure == c.measure and (
                _same_count_unit(x, c) if c.measure == "count" else x.unit == c.unit):
            return x if x.period and WITHIN_YEAR_SPAN.fullmatch(x.period) else None
        i -= 1
    return None


def _list_line(text: str, layout: Layout, periods, p_starts, qs: int, qe: int) -> str:
    """``_list_line_read`` of the line ``qs``..``qe``, kept per line on the layout: the walks up a list's lines
    (``_breakdown_heading_whole``, ``_intro_line``) read the line above each figure again for every figure of its
    line, and a long line's figures (its paragraph start cut 3,000 characters back) the long line itself."""
    if text is not layout.text:
        return _list_line_read(text, periods, p_starts, qs, qe)
    memo = layout.memo.setdefault("list_lines", {})
    verdict = memo.get((qs, qe))
    if verdict is None:
        verdict = memo[qs, qe] = _list_line_read(text, periods, p_starts, qs, qe)
    return verdict


def _list_line_read(text: str, periods, p_starts, qs: int, qe: int) -> str:
    """What the line ``qs``..``qe`` is to a walk up a list's lines: "heading" (分区域情况看:, a breakdown heading),
    "parts" (a line ending 其中:), "item" (a short line with a figure and no time of its own, walked over) or
    "stop" (any other line: too long, no figure, a time, or ending in ——/: as a lead does)."""
    body = text[qs:qe].strip()
    if BREAKDOWN_HEADING.fullmatch(body):
        return "heading"
    if BREAKDOWN_PARTS_END.search(body):
        return "parts"
    if not body or len(body) > INTRO_ITEM_CHARS or not _DIGIT.search(body) or \
            _line_timed(text, periods, p_starts, qs, qe) or body.endswith(("——", ":", "：")):
        return "stop"
    return "item"


def _times_a_line(text: str, p: PeriodMention) -> bool:
    """A time of a line's own: no base, same period or streak, and no 年度 naming the plan after it (年度计划)."""
    return p.role not in ("base", "same_period", "streak") and \
        not (p.kind == "this_year" and PLAN_NOUN_AFTER.match(text, p.end))


def _line_timed(text: str, periods, p_starts, a: int, b: int) -> bool:
    """Whether ``_line_times(text, periods, p_starts, a, b)`` lists any time: the first from ``a`` (the list of a
    long line's times was built for each of its figures, then walked up to the first; now walked once per text:
    ``next_period``)."""
    return next_period(text, periods, bisect.bisect_left(p_starts, a), "line_timed", _times_a_line) < \
        bisect.bisect_left(p_starts, b)


def _intro_line(text: str, layout: Layout, ps: int, periods, p_starts) -> PeriodMention | None:
    """A line ending in —— or : introduces the next line (摊开上半年…的成绩单——), and every line of the list it opens
    (一季度各县进展如下:⏎东坡县:…⏎河口县:…): the walk back goes over item lines (``INTRO_ITEM_CHARS``, a figure, no
    time) to the introducing line, and stops at any other line."""
    for _ in range(zh.LIST_ITEMS_BACK):
        if ps < 2:
            return None
        got = _intro_line_before(text, layout, ps, periods, p_starts)
        if got is not None:
            return got
        qs, qe = layout.para_of(ps - 2)
        if _list_line(text, layout, periods, p_starts, qs, qe) != "item":
            return None  # (a breakdown heading or a line ending 其中: ends in a colon, as a lead: no item either)
        ps = qs
    return None


def _intro_line_before(text: str, layout: Layout, ps: int, periods, p_starts) -> PeriodMention | None:
    """The time of the line just before ``ps`` when it ends in —— or : (it introduces what follows), else None."""
    qs, qe = layout.para_of(ps - 2)
    line = text[max(qs, qe - 200):qe].rstrip()  # only its end matters: never copy a long line per value
    if len(line) < 2 and qe - 200 > qs:
        line = text[qs:qe].rstrip()
    if not line.endswith(("——", ":", "：")):
        return None
    ps_ = _line_times(text, periods, p_starts, qs, qe)
    return ps_[0] if ps_ else None


def _line_times(text: str, periods, p_starts, a: int, b: int) -> list[PeriodMention]:
    """The times a line states for what it says: no comparison base, no run of years, no plan's name (年度计划投资)."""
    return [p for p in periods[bisect.bisect_left(p_starts, a):bisect.bisect_left(p_starts, b)]
            if p.role not in ("base", "same_period", "streak")
            and not (p.kind == "this_year" and PLAN_NOUN_AFTER.match(text, p.end))]


# --------------------------------------------------------------------------- runs of targets

TARGET_RUN_REACH = 300  # characters back into the paragraph before for the run's last target
TARGET_RUN_ACTUAL = rx.compile(alternation(("已", "同比", "比上年", "较上年", "截至", "目前", "现有", "去年", "上年", "以来",
                                            "累计完成", "完成了", "实现了")))


_EACH_YEAR_WORD = rx.compile(r"年均|每年")


def _target_run(text: str, layout: Layout, c: Cand, cands: list[Cand], ps: int, ss: int, periods,
                p_starts) -> PeriodMention | None:
    """The deadline of the sentence before, when that sentence (in the same paragraph) ends in targets due by it and
    this one states no time and reports nothing (到2020年,…力争突破300亿元。城镇化率达到60%…): the list of
    targets goes on.  None otherwise."""
    if TARGET_RUN_ACTUAL.search(text, ss, c.vs) or _EACH_YEAR_WORD.search(text[layout.clause_of(c.vs)[0]:c.mend + 2]):
        return None  # (a yearly average runs over the span, not up to its end)
    prev = _value_before(c, cands, layout, ps, ss) if ss > ps else None
    if prev is None and ps >= 2 and not _any_between(layout.cand_starts, ps, ss):
        # the paragraph's first values: the run may go on from the paragraph just before (——…。\n ——…)
        prev = _value_before(c, cands, layout, max(0, ps - TARGET_RUN_REACH), ps)
        ps = layout.para_of(ps - 2)[0]
    if prev is None or prev.kind != "target":
        return None
    if _YEAR_ONLY_PERIOD.fullmatch(prev.period) or prev.period == "?":
        return _year_run(text, layout, prev, ps, periods, p_starts)
    m = re.fullmatch(r"(?:\d{4}\.\.|\.\.)(\d{4}|\?)", prev.period)  # ..2020, or 2016..2020 (五年累计…) up to it
    if not m:
        return None
    due = f"..{m.group(1)}"
    ps0, _ = layout.sent_of(prev.vs)
    for p in reversed(periods[bisect.bisect_left(p_starts, max(ps, ps0 - 400)):bisect.bisect_left(p_starts, prev.vs)]):
        if p.role == "deadline" and p.period == due:
            return p
    if prev.period != due:
        return None  # a span of its own (十四五期间…), no deadline's run
    # the deadline came to the last target by a run already: it goes on
    return PeriodMention(prev.vs, prev.ve, text[prev.vs:prev.ve], due, "deadline", "target_run")


# the year a run of targets is stated in as its topic: 今年, / 今年将 / 2026年, (年内 and 全年 bind their own clause's verb
# or measure: 年内招引项目60个。加快17个项目用地挂牌 leaves the second without a time)
_YEAR_TOPIC_AFTER = rx.compile(r"\s*(?:[,，]|将|要|[\u4e00-\u9fff]{1,8}?(?:将|要))")


def _year_run(text: str, layout: Layout, prev: Cand, ps: int, periods, p_starts) -> PeriodMention | None:
    """The year the targets before go on in (今年将…改造老旧小区30个;…。力争重点片区投资超过500亿元: this year's too): the
    year stated as the topic of the run's last target's sentence (今年, / 今年全县将 / 2026年,), once the run states it."""
    ps0, _ = layout.sent_of(prev.vs)
    for p in reversed(periods[bisect.bisect_left(p_starts, max(ps, ps0 - 400)):bisect.bisect_left(p_starts, prev.vs)]):
        if p.period == prev.period and p.role == "point" and (
                p.text in zh.PRESENT_YEAR_WORDS or p.kind == "year") and _YEAR_TOPIC_AFTER.match(text, p.end):
            return p
    return None


# --------------------------------------------------------------------------- list leads

ITEM_START = rx.compile(rf"\s*(?:{alternation(zh.LIST_ITEM_MARKS)}|[(（][一二三四五六七八九十\d]{{1,3}}[)）]|\d{{1,2}}[.、．]"
                        rf"(?!\d)|[一二三四五六七八九十]{{1,3}}是|[①-⑳])")
# (…主要目标是: / 具体如下: / 2024年民生实事项目: the year's set of works for the people named before its items)
LEAD_END = rx.compile(rf"(?:{alternation(zh.LEAD_WORDS)}|{frame.TODO_SET_NAME})\s*[:：]\s*$")
# 今年将重点抓好六方面工作。/ 重点做好以下几项工作 / 着力实施“五大行动”: a lead announcing its items by their number
_SET_NUMBER = r"(?:几|[两二三四五六七八九十]{1,2}|(?<!\d)\d{1,3})"  # (…实施32项民生实事: as 十件实事)
_SET_NOUN = alternation(zh.ANNOUNCED_SET_NOUNS)
ANNOUNCED_SET = rx.compile(rf"(?:(?:以下|下列|下面){_SET_NUMBER}?(?:{_SET_NOUN})?|{_SET_NUMBER}(?:{_SET_NOUN}))"
                           rf"[“\"]?[\u4e00-\u9fff]{{0,6}}?(?:{alternation(zh.ANNOUNCED_SET_HEADS)})[”\"]?\s*[。:：!！]?\s*$")
ANNOUNCED_SET_REACH = 30  # characters of a lead paragraph's end read for the announced set
LEAD_PARA_REACH = 200  # characters of a lead paragraph read back from its end


_PART_OF_BEFORE = rx.compile(r"\s*其中")


def list_lead(text: str, layout: Layout, vs: int) -> tuple[int, int] | None:
    """``_own_list_lead``; a lead that opens with 其中 (其中包括:…) names a part of what the sentence before it said
    (今年,某区将实施12类民生实事项目。⏎其中包括:新增8个老年助餐点…): that sentence is the lead's too, across a line
    break, its cue and its time the items'."""
    lead = _own_list_lead(text, layout, vs)
    if lead is None or lead[0] < 2 or not _PART_OF_BEFORE.match(text, lead[0]):
        return lead
    k = lead[0] - 1
    while k > 0 and text[k] in " \t\u3000\r\n":
        k -= 1
    return layout.sent_of(k)[0], lead[1]


def _own_list_lead(text: str, layout: Layout, vs: int) -> tuple[int, int] | None:
    """The lead introducing the list a value is an item of, (start, end): the part of its own paragraph up to a
    colon before it (主要预期目标是:地区生产总值增长7%), or, for a value in an item paragraph (——…, (一)…, 1.…), the
    paragraph ending in a colon above the run of items it opens; None when the value is in no list."""
    ps, pe = layout.para_of(vs)
    k = max(text.rfind(":", ps, vs), text.rfind("：", ps, vs))
    if k > ps and not ITEM_START.match(text, ps) and (
            LEAD_END.search(text, max(ps, k - 12), k + 1) or
            ANNOUNCED_SET.search(text, max(ps, k + 1 - ANNOUNCED_SET_REACH), k + 1)):
        # (2024年十件民生实事:一是…;二是…: a set announced by its number opens its items after the colon too)
        return max(ps, k - LEAD_PARA_REACH), k + 1
    memo = layout.memo.setdefault("list_lead", {})
    if ps in memo:
        return memo[ps]
    got = None
    if ITEM_START.match(text, ps):
        q = ps
        for _ in range(zh.LIST_ITEMS_BACK):
            if q < 2:
                break
            qs, qe = layout.para_of(q - 2)
            line_end = qe
            while line_end > qs and text[line_end - 1] in " \t\u3000\r\n":
                line_end -= 1
            if not text[qs:line_end].strip():
                q = qs
                continue
            if ITEM_START.match(text, qs):
                q = qs
                continue
            if LEAD_END.search(text, max(qs, line_end - 12), line_end):
                got = (max(qs, line_end - LEAD_PARA_REACH), line_end)
            elif _lead_heading(text, qs, line_end):
                got = (qs, line_end)  # 全年主要预期目标⏎●地区生产总值增长6%⏎●…: a lead set as a heading over its items
            elif ANNOUNCED_SET.search(text, max(qs, line_end - ANNOUNCED_SET_REACH), line_end):
                # 今年将重点抓好六方面工作。⏎一是…⏎二是…: the items a lead announces by their number, as after a colon
                got = (max(qs, line_end - LEAD_PARA_REACH), line_end)
            else:  # 主要预期目标:一是…;二是…;⏎三是…: items begun after the lead's colon in the paragraph before
                got = _lead_continued(text, layout, q)
            break
    elif ps >= 2 and _items_only(text, layout, ps, pe):
        got = _lead_continued(text, layout, ps)
    if got is None and ps >= 2:
        got = _motto_lead(text, layout, ps)
    memo[ps] = got
    return got


# …主要预期目标是:稳中求进。⏎力争投资增长12%以上、…: a lead whose colon is followed by no item but the watchword the targets
# are set under (稳中求进, 总体要求是…) ends its paragraph; its items are the next paragraph's figures
MOTTO_CHARS = 80


def _motto_lead(text: str, layout: Layout, ps: int) -> tuple[int, int] | None:
    """The lead of a target list in the paragraph just before ``ps`` whose colon is followed by a short watchword with
    no figure and no more than one sentence (2024年,本区主要预期目标是:稳中求进。): the targets it announces are the next
    paragraph's, whatever cue that paragraph opens with (力争…、…、…).  None otherwise."""
    qs, qe = layout.para_of(ps - 2)
    while qe > qs and text[qe - 1] in " \t\u3000\r\n":
        qe -= 1
    k = max(text.rfind(":", qs, qe), text.rfind("：", qs, qe))
    if k <= qs:
        return None
    tail = text[k + 1:qe]
    if not tail.strip() or len(tail) > MOTTO_CHARS or _DIGIT.search(tail) or re.search(r"[。!！?？;；]", tail[:-1]):
        return None
    if not (LEAD_END.search(text, max(qs, k - 12), k + 1) and TARGET_LIST_LEAD.search(text, max(qs, k - 24), k + 1)):
        return None
    return max(qs, k - LEAD_PARA_REACH), k + 1


# (2024年民生实事项目 / 十件民生实事 over 1.… items: the year's set of works for the people, named as a heading)
LEAD_HEADING = rx.compile(rf"(?:{alternation(zh.TARGET_LIST_LEAD_WORDS)}|{frame.TODO_SET_NAME})\s*$")
LEAD_HEADING_CLAUSE = rx.compile(r"[。;；!?！？,，]")


def _lead_heading(text: str, qs: int, qe: int) -> bool:
    """A line that names a list of targets as a heading would, without a colon (2026年主要预期目标, 全年主要指标, 2026年
    民生实事项目): short, no clause of its own, ending in the list's noun."""
    line = text[qs:qe].strip()
    return 0 < len(line) <= zh.LEAD_HEADING_CHARS and not LEAD_HEADING_CLAUSE.search(line) \
        and bool(LEAD_HEADING.search(line))


# A paragraph that goes on with the items of a target list the paragraph before it opened (…主要预期目标:地区生产总值
# 增长6.5%左右,…。⏎居民人均可支配收入增长与经济增长同步,城镇调查失业率5.5%以内,…): items only, no time and no word
# that reports or commits of its own, and no lead of its own.
LIST_GOES_ON_CHARS = 300
TARGET_LIST_LEAD = rx.compile(alternation(zh.TARGET_LIST_LEAD_WORDS))
_OWN_CUE = rx.compile("|".join(zh.ACTUAL_STRONG + zh.TARGET_STRONG))


_BASE_NAMED = rx.compile(r"比上年|较上年|比去年|较去年|同比")  # the base an item's change is measured against


def _hashed(m: re.Match) -> str:
    return "#" * len(m.group())


def _continues_items(text: str, ps: int, pe: int) -> bool:
    """Whether paragraph ``[ps, pe)`` is items only (see LIST_GOES_ON_CHARS).  An item that keeps a level of the
    year before (粮食产量保持上年水平, 与上年持平) names that year as its base: no time and no report of its own."""
    from .figure import _kept_level_masked
    body = text[ps:pe].strip()
    # the cheap tests first: the time expressions are looked for only in a paragraph that could go on with items
    return bool(body) and len(body) <= LIST_GOES_ON_CHARS and not body.endswith((":", "：")) \
        and bool(_DIGIT.search(body)) and not _OWN_CUE.search(_BASE_NAMED.sub(_hashed, _kept_level_masked(body))) \
        and all(p.role == "base" for p in find_periods(body, None))


def _items_only(text: str, layout: Layout, ps: int, pe: int) -> bool:
    """``_continues_items``, once per paragraph of the layout's text: the lead of each item paragraph is looked for
    by walking back over the items before it (``_lead_continued``), so a run of N items read each of them up to N
    times, its time expressions and cues included."""
    if text is not layout.text:
        return _continues_items(text, ps, pe)
    memo = layout.memo.setdefault("items_only", {})
    key = (ps, pe)
    if key not in memo:
        memo[key] = _continues_items(text, ps, pe)
    return memo[key]


def _lead_continued(text: str, layout: Layout, ps: int) -> tuple[int, int] | None:
    """The lead of the target list the paragraphs before ``ps`` hold items of: the nearest one ending a run of item
    paragraphs (``_continues_items``) and holding the lead's colon with items after it, else None."""
    for _ in range(zh.LIST_ITEMS_BACK):
        if ps < 2:
            return None
        qs, qe = layout.para_of(ps - 2)
        while qe > qs and text[qe - 1] in " \t\u3000\r\n":
            qe -= 1
        if qe <= qs or text[qe - 1] not in zh.ITEM_LINE_ENDS:
            return None  # (a line ending in , or 、 is a sentence broken over lines: its items go on)
        k = max(text.rfind(":", qs, qe), text.rfind("：", qs, qe))
        if k > qs and LEAD_END.search(text, max(qs, k - 12), k + 1) and \
                TARGET_LIST_LEAD.search(text, max(qs, k - 24), k + 1) and _DIGIT.search(text[k:qe]):
            return max(qs, k - LEAD_PARA_REACH), k + 1
        if not _items_only(text, layout, qs, qe):
            return None
        ps = qs
    return None


ANNUAL_LEAD = rx.compile(alternation(zh.ANNUAL_TARGET_LEADS))


def _lead_time(text: str, layout: Layout, c: Cand, periods, p_starts) -> PeriodMention | None:
    """The time a list's lead states for its items (到2020年,…主要目标是: → ..2020; 明年主要预期目标: → next year);
    None when the value is in no list or the lead says no time."""
    lead = list_lead(text, layout, c.vs)
    if lead is None:
        return None
    ls, le = lead
    cand = [p for p in periods[bisect.bisect_left(p_starts, ls):bisect.bisect_left(p_starts, le)]
            if p.role in ("point", "deadline", "span", "recurring") and p.end <= c.vs
            and not (p.kind == "this_year" and PLAN_NOUN_AFTER.match(text, p.end))]  # (年度计划投资完成率前3名的是:
    return cand[-1] if cand else None  # the year's plan names the measure, no time of the items)


def _annual_lead(text: str, layout: Layout, c: Cand, Y: str) -> PeriodMention | None:
    """A target under a lead or a heading naming a year's targets with no time (主要预期目标是:, a heading 主要目标, or
    the year's set of works for the people: 这十件民生实事分别是:) in a document that is no multi-year plan: the
    document's year."""
    if c.kind != "target":
        return None
    lead = list_lead(text, layout, c.vs)
    if lead is not None and (ANNUAL_LEAD.search(text, lead[0], lead[1]) or
                             frame.TODO_SET.search(text, lead[0], lead[1])):
        return PeriodMention(lead[0], lead[1], text[lead[0]:lead[1]], Y, "point", "annual_lead")
    for h in layout.outline.above(c.vs, 4):
        if h[1] > c.vs:
            continue
        if (ANNUAL_HEADING.search(text, h[0], h[1]) or TARGETS_HEADING_END.search(text[h[0]:h[1]].rstrip())) and \
                len(text[h[0]:h[1]].strip()) <= ANNUAL_HEADING_CHARS:
            return PeriodMention(h[0], h[1], text[h[0]:h[1]], Y, "point", "annual_lead")
        break  # only the nearest heading above says what the part is
    return None


ANNUAL_HEADING = rx.compile(alternation(zh.ANNUAL_TARGET_HEADINGS))
TARGETS_HEADING_END = rx.compile(zh.PLAN_HEADING_END)  # 一、经济运行目标: the field's targets, of the document's year
ANNUAL_HEADING_CHARS = 24


# --------------------------------------------------------------------------- subject

SECTOR_WORDS = rx.compile(r"(?:产业|经济|行业|工业|农业|服务业|制造业|建筑业|部门|领域|板块|项目组|"
                          r"(?:工业|农业|服务业|基础设施|民生|社会事业|城建|交通|水利|能源|产业|重点|重大|新开工|续建|"
                          r"竣工|在建|省级|市级|县级|州级|盟级|旗级)项目)$")
ORG_NAME = rx.compile(r"(?:公司|集团|管理局|分局|总局|油田|电厂|银行|医院|大学|学院|研究院|工厂|钢厂|矿业|股份)$")


_NAMED_PART_BEFORE = rx.compile(r"\s*(?:其中[::]?)?([\u4e00-\u9fff]{2,12})")
_CHANGE_VERB_ONLY = rx.compile(r"\s*(?:同比)?(?:增长|下降|提高|减少|增加|上升|回落)")


def _org_named(name: str, counted: bool) -> bool:
    """石化公司, 县人民医院: a name ending as an organisation's ends.  When the figure counts (卫生机构320个,其中医院18个),
    the ending alone or after a class of units only (医院, 民营医院) is the kind of body counted, no body; an amount
    of a body named by its ending (其中,管理局2.4亿元) is that body's."""
    m = ORG_NAME.search(name)
    return m is not None and not (counted and kind_of_body(name, m.start()))


# 其中县住建局13项、县水务局9项: a government body written right before its figure (zh.ITEM_BODY_ENDS)
# (or in brackets after it, an item of a list after a colon, 是 or 和: …排在前三位的是:县交警大队(312件)、…和县城管局(287件))
_BODY_ITEM = rx.compile(rf"(?:^|(?<=[、,，:：])|(?<=的是)|(?<=[和及]))\s*(?:其中)?\s*[,，:：]?\s*"
                        rf"(?P<name>[\u4e00-\u9fff]{{2,12}}?(?:{alternation(zh.ITEM_BODY_ENDS)}))"
                        rf"\s*(?:{alternation(zh.ITEM_HAVE_WORDS)}|[(（])?\s*$")
_BODY_ITEM_LEAD = rx.compile(rf"[{zh.PLACE_LEVEL_CHARS}]")


def _body_item(text: str, c: Cand, cs: int) -> str:
    """县住建局13项 / 其中县住建局13项、县水务局9项: the government body a notice writes right before a figure, alone
    in its clause or as an item of a 、-list, is whose figure it is (a notice counts its units' cases so); "" when
    the words before the figure are no such body.  A body's name opens with its level (县住建局, 市信访局) or is
    written whole (自然资源局, 住房和城乡建设委员会); a class of bodies (各局, 县直单位) is none."""
    k = max(cs, text.rfind("、", cs, c.vs) + 1)
    m = _BODY_ITEM.search(text[k:c.vs])
    if m is None:
        return ""
    name = m.group("name")
    if not (_BODY_ITEM_LEAD.match(name) or len(name) >= 4 and name.endswith(zh.ITEM_BODY_WHOLE_ENDS)):
        return ""
    if name.startswith(zh.RANKED_NOT_BODY_HEADS) or name.startswith(zh.DONE_VERBS) or _names_class(name) or \
            _class_of_units(name) or SUBJECT_WORDS.search(name):
        return ""
    return name


def _org_before(text: str, layout: Layout, c: Cand, cs: int) -> str:
    """石化公司1.1亿元,下降57.1%;管理局2.4亿元: the organisation a value is listed under."""
    m = _NAMED_PART_BEFORE.fullmatch(text[cs:c.vs])
    if m and _org_named(m.group(1), c.measure == "count") and not _names_class(m.group(1)) \
            and not m.group(1).startswith(zh.DONE_VERBS):  # 三级医院2家: a class; 创建绿色工厂20家: what was done
        return m.group(1)
    # a clause of its own verb only (下降57.1%) after such a clause in the same ;-part
    if not _CHANGE_VERB_ONLY.fullmatch(text[cs:c.vs]):
        return ""
    semi = last_of(text, ";；。\n", 0, cs, layout)  # (a bisection in the marks' offsets, no walk to the text's start)
    ps, _ = layout.clause_of(max(semi + 1, 0))
    if ps >= cs:
        return ""
    m = re.match(r"\s*(?:其中[::]?)?([\u4e00-\u9fff]{2,12}?)(?=\d)", text[ps:cs])
    if m and _org_named(m.group(1), c.measure == "count") and not _names_class(m.group(1)) and \
            layout.clause_of(ps)[1] + 1 >= cs - 1:
        return m.group(1)
    return ""


ENUM = r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]|[●■◆▶·-])?\s*"
_ENUM_RE = rx.compile(ENUM)
_PART_CLAUSE_END = rx.compile(r"\s*[。::;；,，]")  # a region name that opens a paragraph's clause
_PART_NAME_ONLY = rx.compile(r"\s*[】\]］〕]?\s*[。::]?\s*")  # a heading that is only a region's name (【东坡区】)
# A place heading a stretch of a paragraph: opening a sentence of it, after a number or in brackets, and written as a
# sentence of its own (东坡区。), as a label (东坡区：), in brackets (【东坡区】) or as the topic (东坡区方面，)
_HEAD_OPEN = rx.compile(ENUM + r"(?:[【\[［〔]\s*)?")
_HEAD_CLOSE = rx.compile(r"\s*(?:[】\]］〕]\s*[::]?|[。::]|方面\s*[,，::]?)")
_PART_HEADING_STOP = rx.compile(r"[。;；,，]")  # punctuation no short heading holds
REGION_PART_LINES = 30  # lines walked back to the heading that opens a region's part
_PART_LIST_AFTER = rx.compile(r"\s*[、和与及]")  # 二、东坡区、彭山区项目: a list of places is no one place's part
_SUB_LABEL = rx.compile(r"(?:[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．])")  # （一）, 1.: a heading below 二、


_LABEL_KINDS = ((rx.compile(r"\s*[(（][一二三四五六七八九十]+[)）]"), "（一）"), (rx.compile(r"\s*[(（]\d+[)）]"), "(1)"),
                (rx.compile(r"\s*\d{1,2}[.、．]"), "1."), (rx.compile(r"\s*[一二三四五六七八九十]+、"), "一、"))


def _label_kind(line: str) -> str:
    """The kind of item label opening ``line`` (（一）, (1), 1., 一、), or "": headings of one kind are of one rank."""
    return next((kind for p, kind in _LABEL_KINDS if p.match(line)), "")


def _topic_heading(text: str, ps: int, pe: int) -> bool:
    """Whether the line [ps, pe) is a short heading (no sentence punctuation, no table cells)."""
    line = text[ps:pe].strip()
    return bool(line) and len(line) <= 26 and not _PART_HEADING_STOP.search(line) and not re.search(r"[|｜\t]", line)


def _own_place_before(text: str, layout: Layout, vs: int, mentions, m_starts, part: str = "") -> bool:
    """Whether the value's sentence names a place or speaks as one (全市) before it: it then has its own.  A scope
    word of the division ``part`` is (全县 in a paragraph about 某县) speaks as that part, no other place."""
    ss = layout.sent_of(vs)[0]
    return _any_region_in(mentions, m_starts, ss, vs) or any(
        not (part and part.endswith(m.group("suffix"))) for m in SCOPE_WORD.finditer(text, ss, vs))


# after a place, within its clause and before any figure: the 等 or 为代表 that closes an enumeration it is an example of
_ENUMERATED = rx.compile(rf"[^,，;；。:：\n\d]{{0,30}}?(?:(?!{alternation(zh.NOT_ENUMERATION_DENG)})"
                         rf"(?:{alternation(zh.ENUMERATION_CLOSERS)}))")


_ENUMERATION_IN = rx.compile(rf"(?!{alternation(zh.NOT_ENUMERATION_DENG)})(?:{alternation(zh.ENUMERATION_CLOSERS)})")


# 东坡区比彭山区多完成投资6亿元: an actor compared with another is the place before 比, no name of its own
_COMPARED_IN = rx.compile(r"[比较](?:上年|去年|同期|上月|[\u4e00-\u9fff]{1,8}?[省市县区州旗盟镇乡])")  # not 比亚迪


# …or in any item of a long list of names (digits of capacities inside them) closed by 等 and a count
_ENUMERATED_LONG = rx.compile(rf"[^,，;；。:：\n]{{0,{zh.LONG_ENUMERATION_REACH}}}?(?P<deng>等)\s*"
                              rf"(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:{alternation(zh.ENUMERATED_COUNT_UNITS)})")


# 、乙市、丙市等6市 / 等8个县(市、区): a list of places closed by 等 and the count of the divisions they are examples of
_PLACES_COUNTED = rx.compile(rf"\s*(?:其中)?[,，:：]?\s*[^,，;；。:：\n\d、等]{{1,10}}(?:、[^,，;；。:：\n\d、等]{{1,10}})+等\s*"
                             rf"(?:\d+|[一二两三四五六七八九十]+)\s*个?"
                             rf"(?:{alternation(sorted(zh.DIVISION_SET_NOUNS, key=len, reverse=True))})")


def _opens_with_places_counted(text: str, ss: int, cs: int, vs: int) -> bool:
    """Does the clause of a figure open with places listed as examples of a count of divisions (南阳、新乡、周口等6市,
    the list's 、 not cutting the clause)?"""
    k = max(text.rfind(ch, ss, cs) for ch in ",，;；。:：\n")
    return bool(_PLACES_COUNTED.match(text, max(k + 1, ss), vs))


def enumerated(text: str, end: int, limit: int) -> bool:
    """Whether the place ending at ``end`` stands in an example of an enumeration closed before ``limit``
    (东坡区污水处理厂等12个项目已开工, 东坡区、彭山区等3个区县; 甲铁路、乙公路、丙县30万吨/年丁项目等40个重点项目建成投运):
    the count and what follows it are the enclosing scope's."""
    return bool(_ENUMERATED.match(text, end, limit)) or in_counted_examples(text, end, limit)


def in_counted_examples(text: str, end: int, limit: int) -> bool:
    """Whether ``end`` lies in an item of a list of named examples its 等 and count close before ``limit`` (甲铁路、乙县
    30万吨/年丁项目等40个重点项目): the count closing the list may be the value itself."""
    m = _ENUMERATED_LONG.match(text, end)
    return m is not None and m.end("deng") <= limit


def _any_region_in(mentions, m_starts, a: int, b: int) -> bool:
    j = bisect.bisect_left(m_starts, a)
    return j < len(mentions) and mentions[j].start < b


def _region_part(text: str, layout: Layout, vs: int, mentions, m_starts) -> tuple[int, RegionMention] | None:
    """The region a part of the document is about: a paragraph opening with a region (（一）兴文县。全县…,
    长宁县:…) or a heading line that is a region's name above it (二、珙县).  (start, mention) or None."""
    ps, pe = layout.para_of(vs)
    part = _head_in_paragraph(text, layout, vs, ps, mentions, m_starts) or \
        _dated_paragraph_place(text, vs, ps, mentions, m_starts) or \
        _part_walk(text, layout, vs, ps, pe, REGION_PART_LINES, mentions, m_starts)
    if part is not None and _whole_spoken(text, layout, part[1], vs):
        return None
    return part


def _head_in_paragraph(text: str, layout: Layout, vs: int, ps: int, mentions, m_starts
                       ) -> tuple[int, RegionMention] | None:
    """The last place heading a sentence of the value's paragraph at or before the value's sentence (东坡区。重点项目
    28个,…。仁寿县。重点项目31个,… / 【洪雅县】今年以来,… / 东坡区方面,…。…): a notice run in one paragraph goes on about
    each place it heads until the next.  (start, mention) or None."""
    j = bisect.bisect_left(m_starts, vs) - 1
    if j < 0 or mentions[j].start < ps:
        return None
    chain_first, heads = _paragraph_heads(text, layout, mentions)
    first = chain_first[j]  # 通辽市科尔沁区。: the chain opens the sentence, its last place heads it
    if _heads_sentence(text, layout, ps, mentions, first, j) and mentions[j].end <= vs:
        return mentions[first].start, mentions[j]  # the chain the value's own place ends (cut at the value)
    # the whole chains before it, each the same for every value of the paragraph: looked at once
    ends = heads.get(ps)
    if ends is None:
        ends = heads[ps] = _heading_chains(text, layout, ps, mentions, m_starts, chain_first)
    k = bisect.bisect_left(ends, first) - 1
    while k >= 0 and mentions[ends[k]].end > vs:
        k -= 1
    return (mentions[chain_first[ends[k]]].start, mentions[ends[k]]) if k >= 0 else None


def _heads_sentence(text: str, layout: Layout, ps: int, mentions, first: int, last: int) -> bool:
    """Whether the chain of places mentions[first..last] heads a sentence of the paragraph from ``ps`` (only an
    item number or a bracket before it, a full stop, colon, closing bracket or 方面 after it) and its last place is
    no zone."""
    s0 = layout.sent_of(mentions[first].start)[0]
    r = mentions[last]
    return bool(_HEAD_OPEN.fullmatch(text, max(s0, ps), mentions[first].start) and _HEAD_CLOSE.match(text, r.end)
                and not ZONE_RE.search(r.name))


def _paragraph_heads(text: str, layout: Layout, mentions) -> tuple[list[int], dict[int, list[int]]]:
    """For the document's place mentions (kept on the layout for that list and the layout's own text): the first
    mention of the chain of adjacent mentions each one ends (通辽市科尔沁区), and the paragraphs' heading chains as
    ``_heading_chains`` lists them, filled as paragraphs are asked about."""
    held = layout.memo.get("paragraph_heads")
    if held is None or held[0] is not mentions or text is not layout.text:
        chain_first = list(range(len(mentions)))
        for i in range(1, len(mentions)):
            if mentions[i - 1].end == mentions[i].start:
                chain_first[i] = chain_first[i - 1]
        held = (mentions, chain_first, {})
        if text is layout.text:
            layout.memo["paragraph_heads"] = held
    return held[1], held[2]


def _heading_chains(text: str, layout: Layout, ps: int, mentions, m_starts, chain_first: list[int]) -> list[int]:
    """The last mention of each whole chain of places in the paragraph from ``ps`` (by where it ends, as a walk back
    from a value meets them) that heads a sentence (``_heads_sentence``), in order.  Which chains do depends on the
    paragraph alone, so one look serves every value of it: a walk from each value back over every chain before
    it was quadratic in a paragraph naming many places (a notice run in one line)."""
    pe = layout.para_of(ps)[1]
    out = []
    j = bisect.bisect_left(m_starts, ps)
    while j < len(mentions) and mentions[j].start < pe:
        last = j
        while last + 1 < len(mentions) and mentions[last].end == mentions[last + 1].start:
            last += 1
        if mentions[last].start < pe and _heads_sentence(text, layout, ps, mentions, chain_first[last], last):
            out.append(last)
        j = last + 1
    return out


def _dated_paragraph_place(text: str, vs: int, ps: int, mentions, m_starts) -> tuple[int, RegionMention] | None:
    """The place a digest paragraph's news item reports, named right after the date it opens with (1月10日,丙市第十六届
    人民代表大会第三次会议开幕。市长在报告中提出,2023年全市…): the paragraph goes on about it, its 全市 included.
    (start, mention) or None."""
    m = _DATED_OPEN.match(text, ps, vs)
    if m is None:
        return None
    j = bisect.bisect_left(m_starts, m.end())
    if j >= len(mentions) or mentions[j].start != m.end():
        return None
    while j + 1 < len(mentions) and mentions[j + 1].start == mentions[j].end:
        j += 1  # 1月8日,某省某市…: the chain's last place is the one reported
    r = mentions[j]
    if r.end > vs or ZONE_RE.search(r.name):
        return None
    if place_role(text, mentions, j, vs) not in ("", "citation"):
        return None  # 5月7日,北京市对口援建…项目集中开工: the donor, a partner or a venue is not what the item reports
    if any(not r.name.endswith(w.group("suffix")) and text[w.start() - 1:w.start()] not in zh.SPEAKER_COMPARED_BEFORE
           and not _SCOPE_COMPARED.match(text, w.end()) for w in SCOPE_WORD.finditer(text, r.end, vs)):
        return None  # 3月6日,某市…开工某县分会场活动举行。本次全县…: the paragraph speaks as another division
    return m.end(), r


def _whole_spoken(text: str, layout: Layout, place: RegionMention, vs: int) -> bool:
    """Whether a clause between the place that opened a part (a row's or a heading's county, a paragraph's opening place)
    and the value at ``vs`` opens with the scope word of another division (全市 after 东坡区's row or paragraph): the
    text then speaks for the whole again, and the part has ended (全区 after 二、东坡区 goes on with the district)."""
    for m in SCOPE_WORD.finditer(text, place.end, vs):
        if place.name.endswith(m.group("suffix")):
            continue
        cs, _ = layout.clause_of(m.start())
        if SCOPE_LEAD.fullmatch(text, cs, m.start()) and not _SCOPE_COMPARED.match(text, m.end()):
            return True
    return False


# what a paragraph's first sentence may say before the place it is about: when (今年以来, 1-9月), how or under whom
# (在各方支持下, 经过多方努力), in clauses naming no place, no scope (全市) and no figure
_OPENING_TIME_DIGITS = rx.compile(r"\d{1,4}(?:[—\-~～]\d{1,2})?[年月日]|[1-4]季度")
OPENING_CLAUSES_MAX = 40  # characters of the clauses before the place (今年以来,在市委市政府的坚强领导下,)


def _late_opening_place(text: str, layout: Layout, k: int, mentions, m_starts) -> RegionMention | None:
    """The place a paragraph (its text from ``k``, after any item number) is about when its first sentence names it
    only after clauses of time or circumstance (今年以来,在各方支持下,丁县共实施项目45个,…。新开工项目15个): the
    place heading a clause of that sentence as its doer (nothing but a time before it in its clause), the first place
    the paragraph names; the sentences after go on about it as they do about a place opening the paragraph."""
    j = bisect.bisect_left(m_starts, k)
    if j >= len(mentions):
        return None
    r = mentions[j]
    _, se = layout.sent_of(k)
    if r.start >= se or r.start == k or ZONE_RE.search(r.name):
        return None
    mcs, _ = layout.clause_of(r.start)
    if mcs <= k or mcs - k > OPENING_CLAUSES_MAX:
        return None  # (the place opening the paragraph is the walk's own case)
    lead = text[mcs:r.start]
    if lead.strip() and not _TIMED_PLACE_LEAD.fullmatch(lead):
        return None  # 在东坡区的带动下: a place in an adverbial clause is no doer
    before = text[k:mcs]
    if SCOPE_WORD.search(before) or _DIGIT.search(_OPENING_TIME_DIGITS.sub("", before)):
        return None  # 全市上下…,东坡区… / 投资增长8%,某区…: the sentence spoke of something else first
    while j + 1 < len(mentions) and mentions[j + 1].start == mentions[j].end:
        j += 1  # 眉山市东坡区: the chain's last place
    r = mentions[j]
    if r.end > se or text.startswith("的", r.end) or _PART_LIST_AFTER.match(text, r.end) \
            or enumerated(text, r.end, se) or ZONE_RE.search(r.name):
        return None
    return r


def _is_photo_caption(line: str) -> bool:
    """meta.is_photo_caption (meta reads this module's neighbours: imported when asked)."""
    from .meta import is_photo_caption
    return is_photo_caption(line)


def _place_line_over(text: str, layout: Layout, ps: int, mentions, m_starts):
    """(start, place) of the line right above the heading at ``ps`` when that line is only a place's name (a news
    round-up's part: 岚溪区 / 27个重点项目集中开工 总投资158亿 / …): the heading is the subtitle of the place's part.
    None otherwise."""
    if ps < 2:
        return None
    qs, qe = layout.para_of(ps - 2)
    k = _HEAD_OPEN.match(text, qs, max(qs, qe)).end()
    j = bisect.bisect_left(m_starts, k)
    if j < len(mentions) and mentions[j].start == k and not ZONE_RE.search(mentions[j].name) \
            and _PART_NAME_ONLY.fullmatch(text, min(mentions[j].end, qe), qe):
        return qs, mentions[j]
    return None


def _part_walk(text: str, layout: Layout, vs: int, ps: int, pe: int, lines: int, mentions, m_starts):
    """``_region_part`` from the paragraph [ps, pe) up, for at most ``lines`` lines.  The walk above the
    value's own paragraph does not depend on the value (``vs`` -1: outside every paragraph): it is
    memoised for the values of one paragraph."""
    siblings: set[str] = set()  # the kinds of the sub-headings walked over (（一）, 1.): a place's heading of one of
    # them is their sibling, whose part they closed
    for n in range(lines):
        if n == 1 and vs >= 0:
            held = layout.memo.get("region_part")
            if held is None or held[0] is not mentions:
                held = layout.memo["region_part"] = (mentions, {})
            key = (ps, lines - 1)
            if key not in held[1]:
                held[1][key] = _part_walk(text, layout, -1, ps, pe, lines - 1, mentions, m_starts)
            return held[1][key]
        k = _HEAD_OPEN.match(text, ps, max(ps, pe)).end()  # ENUM matches the empty string too
        j = bisect.bisect_left(m_starts, k)
        if j < len(mentions) and mentions[j].start == k:
            r = mentions[j]
            rest = min(r.end, pe)  # what follows the name in the paragraph (empty when it runs past the end)
            if (ps < vs < pe and _PART_CLAUSE_END.match(text, rest, pe) and not ZONE_RE.search(r.name)) or \
                    (not (ps <= vs < pe) and _PART_NAME_ONLY.fullmatch(text, rest, pe)):
                if k > ps and _label_kind(text[ps:k]) in siblings:
                    return None  # （一）甲镇 … （二）其他乡镇: a heading of the place's own rank closed its part
                return ps, r
            if ps <= vs < pe and layout.sent_of(vs)[0] > rest and not ZONE_RE.search(r.name) \
                    and not _PART_LIST_AFTER.match(text, rest) \
                    and not (enumerated(text, rest, pe) and not _PLACE_HAS.match(text, rest)) \
                    and not _own_place_before(text, layout, vs, mentions, m_starts, r.name):
                return ps, r  # 东坡区1-9月完成投资…。新开工项目12个: the paragraph goes on about the place it opened with
                # (甲市有A项目、B工程等8个项目开工,…。其中新开工5项: the place that has the examples, not one of them)
            if not (ps <= vs < pe) and k > ps and text[ps:k].strip() and _topic_heading(text, ps, pe) \
                    and not _PART_LIST_AFTER.match(text, rest) and not ZONE_RE.search(r.name):
                if _label_kind(text[ps:k]) in siblings:
                    return None  # （一）甲镇 … （二）其他乡镇: a heading of the place's own rank closed its part
                return ps, r  # 二、东坡区重点项目进展情况: a numbered heading about the place opens its part
        elif ps <= vs < pe:
            late = _late_opening_place(text, layout, k, mentions, m_starts)
            if late is not None and layout.sent_of(vs)[0] > late.end \
                    and not _own_place_before(text, layout, vs, mentions, m_starts, late.name):
                return ps, late  # 今年以来,在…下,某县共实施项目…。新开工项目15个: the place the paragraph opened on
        if not (ps <= vs < pe):
            line = text[ps:pe].strip()
            if line and (line in zh.PHOTO_CAPTION_HEADS or _is_photo_caption(line)):
                if ps < 2:
                    return None
                ps, pe = layout.para_of(ps - 2)
                continue  # 图片 / …集中开工活动现场。: a photo set in the part, no heading of its own
            if line and len(line) <= 26 and not _PART_HEADING_STOP.search(line):
                if _SUB_LABEL.match(line) and not _any_region_in(mentions, m_starts, ps, pe):
                    siblings.add(_label_kind(line))
                    ps, pe = layout.para_of(ps - 2) if ps >= 2 else (0, 0)
                    if pe <= 0:
                        return None
                    continue  # （一）新开工项目 under 二、东坡区…: a sub-heading of the place's part
                over = _place_line_over(text, layout, ps, mentions, m_starts)
                return over  # 东坡区 / 45个重点项目集中开工: the subtitle of the place's part; else another heading
        if ps < 2:
            return None
        ps, pe = layout.para_of(ps - 2)
    return None


# A project or a department named at the head of a row or of a ;-part is what the figures after it are about:
# 3.某某产业园二期项目：年度计划投资…；市住建局承办15项，已办结9项，办结率60%；某某路改造工程形象进度达65%.
ROW_NAME_END = r"(?:项目|工程|[^\d\s,，;；。:：、]段)"
DEPT_NAME = r"[省市县区州旗镇乡][\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室|办|厅|中心|院)"
# a capacity written into the name (年产5万吨…项目) belongs to it
CAPACITY = r"(?:年产|年处理|日处理|日产|年加工|年出栏|年屠宰|年吞吐|年发电|年设计|设计年产)能?[\d.]+[\u4e00-\u9fff]{1,4}?(?=[\u4e00-\u9fff])"
NAME_CHARS = rf"(?:{CAPACITY}|[\u4e00-\u9fff（）()]|[A-Z]{{2,5}}(?=[\u4e00-\u9fff]))"
# …and so does a physical size written straight into it after a size and 的 (总投资15亿元的某县5万吨肉牛屠宰加工项目,
# 投资8亿元的2×5万千瓦光伏项目): a weight, a power, a volume or a head of stock, never money nor a counter (的10个项目
# is a class counted)
_PHYSICAL_UNITS = tuple(u for u in units.LEVEL_UNITS + zh.OUTPUT_UNITS + zh.STOCK_UNITS
                        if not u.endswith("元") and u not in zh.NOT_PHYSICAL_UNITS)
SIZE_IN_NAME = rf"(?:\d+(?:\.\d+)?[×xX*])?\d+(?:\.\d+)?[万亿千]?(?:{alternation(_PHYSICAL_UNITS)})(?=[\u4e00-\u9fff])"
ROW_HEAD = rx.compile(ENUM + rf"(?P<name>{NAME_CHARS}{{2,36}}?{ROW_NAME_END})\s*(?:[：:]|(?P<dot>。)|"  # 3.某某项目。…
                      rf"(?P<bare>[，,\s]?)(?=\s*(?:\d{{1,2}}[-—]\d{{1,2}}月)?(?:{alternation(zh.ROW_REPORT_OPENERS)})))")
# 二、产业项目。: a run-in heading made of class words names a group of projects, no project (facts' group heading)
# (a class by its fields, joined: 农林水及生态项目, 交通和水利工程)
_CLASS_NAME = rx.compile(rf"(?:(?:{'|'.join(sorted(zh_projects.GENERIC_WORDS, key=len, reverse=True))}|重点|重大|社会|民生|社会事业"
                         rf"|{alternation(zh.PROJECT_CLASS_WORDS + zh_projects.WORKS_FIELDS + zh.WORKS_FIELD_EXTRA)})(?:及|和|与|、)?)+"
                         rf"(?:项目|工程)")
FACILITY = alternation(zh.FACILITY_WORDS)
PART_TIME = rf"(?:(?:{alternation(zh.PART_TIME_OPENERS)}|\d{{1,2}}[—-]\d{{1,2}}月)[,，]?)?"
# (\s*+: the runs of spaces side by side are taken whole, as any match takes them, not cut every way: a line of
# spaces once cost the cube of its length)
PART_HEAD = rx.compile(rf"\s*+(?:其中[,，:：]?)?\s*+{PART_TIME}\s*+(?P<name>{DEPT_NAME}(?=[\u4e00-\u9fff])|"
                       rf"{NAME_CHARS}{{4,36}}{ROW_NAME_END}(?!组|群|类|师)(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]?[\d])|"
                       # 某某港完成货物吞吐量…, 某某机场旅客吞吐量…: a facility reporting under its own name
                       rf"{NAME_CHARS}{{2,20}}?(?:{FACILITY})(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]?[\d]))")
UNIT_REPORT = rx.compile(alternation(zh.UNIT_REPORT_VERBS))
# words that make a phrase a count noun or a clause of its own, not a name (全县共安排重点项目, 已开工项目)
NOT_A_NAME = rx.compile(r"^(?:[一二三四五六七八九十]是|部分|全|共|各|其中|未|尚未|没有|今年|本年|年度|已|新|续建|在建|计划|重点|重大|省级|市级|县级|州级|盟级|旗级|储备|前期|坚持|加快|推进|"
                        r"推动|确保|力争|抓好|做好|围绕|聚焦|开展|强化|加强|深化|大力|积极|着力|谋划|争取|启动|建设|实施)|"
                        # 本次启动建设项目, 此批开工项目: the projects of the event the text reports, no project's name
                        rf"^(?:{alternation(zh.EVENT_BACKREFS)})|"
                        # 我市一季度重点项目开复工率…: the text's own place (我市, 本县) and a class of its projects
                        rf"^(?:{alternation(zh.SCOPE_WORDS)})[省市县区州盟旗镇乡]|"
                        # 青川市一季度重点项目…: a time after the place makes a clause (whose projects, when), no name
                        rf"^(?:{alternation(zh.PART_TIME_OPENERS)}|前?[一二三四]季度)|"
                        r"安排|实施|列入|谋划|开工|完成|累计|共有|其中|以上|以下|等|个|和|及|与|\d|"
                        # 某县举行第二季度重大项目集中开工活动: an event's verb makes a clause, not a name
                        r"举行|召开|举办|组织|开展|"
                        # 某县县委书记办公会研究部署重点项目…: a meeting deliberating makes a clause, not a name
                        r"研究部署|研究决定|听取|审议|"
                        # 某市发展改革委牵头建立项目…: an office steering the place's work makes a clause (zh.UNIT_STEERING_VERBS)
                        r"牵头|督促|"
                        # 为加快建立重大项目协调推进机制,…: a purpose the sentence opens with, no name
                        r"^为了?(?:加快|推进|推动|确保|进一步|切实|做好|抓好|全面|深入|更好|促进|保障|落实|强化|加强|深化)|"
                        # 进度滞后的项目有6个: a state of progress makes a category of projects, not a name
                        r"滞后|序时进度|的(?:项目|工程)$|"
                        # 建设任务包括续建项目, 该市建农村客运站 / 属于某某项目配套工程: a clause, no name
                        rf"{alternation(zh.PREDICATE_IN_NAME)}|^(?:{alternation(zh.COPULA_OPENERS)})|"
                        # 某县坚持把项目建设作为…: a place and what it does, no name
                        rf"{alternation(zh.CLAUSE_IN_NAME)}")
# 社区家长学校, 乡镇卫生院, 街道: a class of units (a kind of place or a level opens it), no unit of its own
GENERIC_UNIT = rx.compile(rf"^(?:{alternation(zh.GENERIC_UNIT_OPENERS)})")


def _clause_not_name(name: str) -> bool:
    """某区以项目建设为抓手 / 某县坚持把项目…: a place, then what it does (a verb or a preposition opening its
    predicate), is a clause, no name."""
    if NOT_A_NAME.search(name) or _opens_with_locative(name):
        return True
    rest = _PLACE_PREFIX.sub("", name)
    return rest != name and bool(NOT_A_NAME.search(rest) or PLACE_THEN_CLAUSE.match(rest))


def _opens_with_locative(name: str) -> bool:
    """在经开区甲电缆项目(现场),全区12个项目集中开工: a would-be name opening with the preposition 在 (jieba's first
    word, so 在建项目 is not one) says where the sentence's event happened; the work there is no heading of the
    figures after it."""
    if not name.startswith("在"):
        return False
    first = _first_word(name)
    return first is not None and first[0] == "在"


def place_did(seg: str, names: list[str], time_words) -> bool:
    """Whether ``seg`` (clauses before a value) opens with a place (one of ``names``, after a time) and what the place
    does (某区高度重视项目建设, 今年以来,某县狠抓…): it then names nothing the value measures."""
    for n in names:
        k = seg.find(n)
        if k >= 0 and not re.sub(r"[\s,，、:：]", "", time_words.sub("", seg[:k])) \
                and PLACE_THEN_CLAUSE.match(seg, k + len(n)):
            return True
    return False


def _names_class(name: str) -> bool:
    """一类乡镇, 全县三级医院, 某区4A级景区: a class of bodies or places (after the place that has them), no body."""
    return names_a_class(name) or names_a_class(_PLACE_PREFIX.sub("", name))


def _class_of_units(name: str) -> bool:
    """Whether a name a figure is listed under is a class of units or projects (社区家长学校, 市列重大项目), which
    leaves the figure the place's; also after a place written short (湖北重点建设项目, 南宁在建项目: the place's class)
    and a set taken up by a demonstrative (这一批重大项目, 上述项目)."""
    if name.startswith(zh.SET_DEMONSTRATIVES):
        return True
    if _units_class(name):
        return True
    k = _short_place_len(name)
    return k > 0 and _units_class(name[k:])


SHORT_PLACE_MAX = 4  # characters of a province's, prefecture's or county's short name (湖北, 南宁, 黔东南)


def _short_place_len(name: str) -> int:
    """The length of a province's, prefecture's or county's short name opening ``name`` (湖北重点建设项目: 2), 0 when
    none does (a town's short name is too often a word: 新开)."""
    from .regions import COUNTY, gazetteer
    try:
        g = gazetteer()
    except OSError:
        return 0
    for k in range(2, min(SHORT_PLACE_MAX, len(name) - 1) + 1):
        r = g.resolve(name[:k])
        if r is not None and 0 < r.level <= COUNTY and r.short == name[:k]:
            return k
    return 0


def _units_class(name: str) -> bool:
    if _names_class(name):
        return True  # 一类乡镇, 三级医院, 4A级景区: a class of bodies or places
    if _CLASS_NAME.fullmatch(name) or _CLASS_NAME.fullmatch(_PLACE_PREFIX.sub("", name)):
        return True  # 市列重大项目; 某区签约项目 (a place's class)
    if _PROJECT_CLASS.fullmatch(name):
        return True  # 省重点工程建设项目, 县级重大项目: a class of projects by its rank in the level's list
    if _PROGRAMME.fullmatch(name) or _PROGRAMME.fullmatch(_PLACE_PREFIX.sub("", name)):
        return True  # 十大工业项目, “双百工程”项目: a programme counting its members, the place's set of projects
    if _WORKS_CLASS.search(name):
        return True  # 民生保障类项目已开工216个: a class of works by its field (类, 领域, 板块), the place's split
    return bool(GENERIC_UNIT.search(name)) and not re.search(f"{ROW_NAME_END}$", name)


# 民生保障类项目, 产业发展类重点项目, 交通领域项目: the field's class mark right before the works' noun
_WORKS_CLASS = rx.compile(rf"(?:{alternation(zh.WORKS_CLASS_MARKS)})(?:重点|重大)?(?:项目|工程)$")
_PLACE_PREFIX = rx.compile(r"^[\u4e00-\u9fff]{1,6}?[省市县区州旗镇乡](?:(?<=州)[市区])?")  # 钦州市, not 钦州|市…
# a programme named by how many members it has (十大工业项目, 百项重点工程, “双百工程”项目, 五个一批项目), quoted or not
_PROGRAMME = rx.compile(rf"[“\"「『]?(?:{zh.PROGRAMME_COUNT})[\u4e00-\u9fff]{{0,10}}?[”\"」』]?"
                        rf"(?:{alternation(zh.PROGRAMME_HEADS)})?(?<=[\u4e00-\u9fff”\"」』])")
PLACE_THEN_CLAUSE = rx.compile("|".join(zh.PLACE_THEN_CLAUSE))  # fragments: 将 is not 将军


# A unit or place named with a colon at the head of a line, list item or sentence (金山镇：…；市水务局：问题12个…) is
# what every figure after it is about, until the next such label.
LABEL_END = r"(?:街道|委员会|管委会|办公室|公司|集团|中心|局|镇|乡|县|区|市|旗|委|办|厅|院|所|站)"
LABEL_HEAD = rx.compile(rf"(?P<name>[\u4e00-\u9fff（）()]{{1,20}}?{LABEL_END})\s*[：:]")
_LABEL_BREAK = rx.compile("[。；;\n]")  # a new sentence of the line may open with a label of its own
# 其中,甲镇:开工项目7个…: a connective opening the sentence before its label (zh.CLAUSE_CONNECTIVES and its comma)
_LABEL_LEAD_IN = rx.compile(rf"(?:{alternation(zh.CLAUSE_CONNECTIVES)})\s*[,，]\s*")
NOT_A_LABEL = rx.compile(r"^(?:全|各|我|本|该|其中|今年|目前|截至|总体|主要|重点|一是|二是|三是)")


def label_head(text: str, layout: Layout, vs: int) -> tuple[int, int, str] | None:
    """(start, end, name) of the unit or place labelled with a colon at the head of the value's line, list item
    or sentence, or None.  The label heads its line: a later sentence of the line opening with a label of its own
    takes that one."""
    ps, pe = layout.para_of(vs)
    if text is not layout.text:
        return _label_head_at(text, ps, pe, vs)
    memo = layout.memo.setdefault("line_labels", {})
    labels = memo.get(ps)
    if labels is None:
        labels = memo[ps] = _label_ends(_line_labels(text, ps, pe))
    ends, named = labels
    if isinstance(ends, list):
        i = bisect.bisect_right(ends, vs) - 1  # the last label whose colon ends by the value
        return named[i] if i >= 0 else None
    best = None
    for brk, k, end, label in named:
        if brk >= vs:
            break
        if label is not None and k < vs and end <= vs:
            best = label
    return best


# an office's name ending a label (县农业农村局：, 市商务局：, 国家统计局：), no company's (whose figures are its own)
UNIT_LABEL_END = rx.compile(r"(?:局|委员会|委|办公室|办|厅|中心)$")
UNIT_OWN_WORK = rx.compile(alternation(zh.UNIT_OWN_WORK_WORDS))


def _unit_reports_field(text: str, lh: tuple[int, int, str], c: Cand) -> bool:
    """Whether the office labelling the value's line (``label_head``) reports its place's figure of its field, not
    its own workload: 县农业农村局：蔬菜种植面积达到12万亩 / 县商务局：社会消费品零售总额36.5亿元 are the county's (the
    bureau is the reporter of a progress notice's line), where 市水利局：承办事项23个，已办结19个 counts the bureau's own
    items (zh.UNIT_OWN_WORK_WORDS, or a count of 件) and stays the bureau's."""
    if not UNIT_LABEL_END.search(lh[2]):
        return False
    said = text[lh[1]:c.mend]
    return not UNIT_OWN_WORK.search(said) and c.unit != "件"


def _label_ends(entries: list[tuple[int, int, int, tuple[int, int, str] | None]]) -> tuple:
    """The labels of a line (``_line_labels``' entries) as (their colons' ends, the labels) in order, for
    ``label_head`` to bisect: a line of N rows 「甲县:开工12个,…;乙县:…」 walked its N entries for each of its values.
    When each label's colon ends after its break and its start and the ends rise in order, a label ending by the
    value has its break and start before it, so the walk's answer is the last label ending by the value; else
    (never seen: a colon after a line break inside the paragraph) (None, entries): the walk."""
    ends = [end for brk, k, end, label in entries if label is not None]
    if all(a < b for a, b in zip(ends, ends[1:])) and \
            all(brk < k < end for brk, k, end, label in entries if label is not None):
        return ends, [label for *_, label in entries if label is not None]
    return None, entries


def _label_head_at(text: str, ps: int, pe: int, vs: int) -> tuple[int, int, str] | None:
    """``label_head`` for a value at ``vs`` of the line ``ps``..``pe``, read off the text (the labels of a line
    ``_line_labels`` lists are the same)."""
    best = None
    starts = [_ENUM_RE.match(text, ps, pe).end()]  # ENUM matches the empty string too
    starts.extend(m.end() for m in _LABEL_BREAK.finditer(text, ps, vs))
    for k in starts:
        while k < vs and text[k] in " \t\u3000":
            k += 1
        li = _LABEL_LEAD_IN.match(text, k, vs)
        k = li.end() if li else k
        lm = LABEL_HEAD.match(text, k, vs)
        if lm and lm.end() <= vs and _labels(text, lm):
            best = lm.start("name"), lm.end("name"), lm.group("name")
    return best


# a label its colon follows with a count of units (重点镇：1个（…）, 一般村：12个): the label names a class of places and
# counts its members, it is none of them
_COUNTS_ITS_CLASS = rx.compile(rf"\s*\d+\s*(?:{alternation(zh.PLACE_COUNT_UNITS)})(?![\u4e00-\u9fff])")


def _labels(text: str, lm: re.Match) -> bool:
    """Whether the label head ``lm`` (LABEL_HEAD's match) names whom what follows is about: a label, not a class whose
    members its colon counts."""
    return _is_label(lm.group("name")) and not _COUNTS_ITS_CLASS.match(text, lm.end())


def _is_label(name: str) -> bool:
    return not NOT_A_LABEL.search(name) and not _class_of_units(name) \
        and "的" not in name  # 办件量居前三的乡镇街道: a description leading a list, no unit


def _line_labels(text: str, ps: int, pe: int) -> list[tuple[int, int, int, tuple[int, int, str] | None]]:
    """Every place a label may open in the line ``ps``..``pe`` (after its item mark, after each 。/;), once per
    line for all its values: (the break's offset, -1 for the line's start; where the label would start, blanks
    skipped; the end of its colon; (start, end, name) or None).  A value at ``vs`` reads the entries of breaks
    before it whose label ends by ``vs``: a label's match never reaches past its colon, so the match read up to
    the line's end is the one read up to the value."""
    out = []
    starts = [(-1, _ENUM_RE.match(text, ps, pe).end())]
    starts.extend((m.start(), m.end()) for m in _LABEL_BREAK.finditer(text, ps, pe))
    for brk, k in starts:
        while k < pe and text[k] in " \t\u3000":
            k += 1
        li = _LABEL_LEAD_IN.match(text, k, pe)  # (其中,甲镇:…: the label after the connective)
        k = li.end() if li else k
        lm = LABEL_HEAD.match(text, k, pe)
        label = (lm.start("name"), lm.end("name"), lm.group("name")) \
            if lm and _labels(text, lm) else None
        out.append((brk, k, lm.end() if lm else pe + 1, label))
    return out


# what a project named at a clause start goes on to report (the clause is then about that project)
PROJECT_PREDICATE = rx.compile(r"(?:累计|已|今年|1[—-]\d+月)?(?:完成|形象进度|总投资|年度计划投资|计划投资|投资|主体|建成|投产|"
                               r"开工|竣工|新增|实现)")


def row_head(text: str, layout: Layout, vs: int) -> tuple[int, int, str] | None:
    """``_row_head``, once per value start of the layout's text (the kind, subject and indicator steps ask)."""
    if text is not layout.text:
        return _row_head(text, layout, vs)
    memo = layout.memo.setdefault("row_head", {})
    if vs not in memo:
        memo[vs] = _row_head(text, layout, vs)
    return memo[vs]


def _row_head(text: str, layout: Layout, vs: int) -> tuple[int, int, str] | None:
    got = _row_head_found(text, layout, vs)
    if got is not None and "的" in got[2]:
        # 某某集团投资建设的某某产业园项目: what is said of the project before 的 is no part of its name
        k = got[2].rfind("的") + 1
        if len(got[2]) - k >= 4:
            return got[0] + k, got[1], got[2][k:]
    return got


def _line_row_head(text: str, ps: int, pe: int) -> tuple[int, tuple[int, int, str]] | None:
    """(where it ends, (start, end, name)) of the project or department heading the line ``ps``..``pe`` with a
    numbered name and a colon (1.某某项目:…), which heads every value after it on the line; None when the line
    opens with none.  Read once per line, for all its values."""
    m = ROW_HEAD.match(text, ps, pe)
    if m and m.group("bare") is not None and not text[m.start():m.start("name")].strip():
        return None  # 1.某某工程,完成投资…: a name without a colon heads its line only in a numbered list
    if m and _CLASS_NAME.fullmatch(m.group("name")):  # 二、产业项目。/ 2.省市重点项目: a class of projects
        return None
    if m and m.group("dot") is not None and not text[m.start():m.start("name")].strip() \
            and _opens_with_verb(m.group("name")):
        return None  # 落实落细民生工程。城镇新增就业…: a run-in heading saying what was done, no project's row
    if m and m.group("dot") is not None and _names_field(m.group("name")):
        return None  # 特色产业集群打造工程。到2027年,培育…: a plan's programme, named by ordinary words only, heads the
        # place's targets; a work's name holds a name of its own (文林河…治理工程。项目总投资…)
    if m and not _clause_not_name(re.sub(CAPACITY, "", m.group("name"))) and not _class_of_units(m.group("name")):
        return m.end(), (m.start("name"), m.end("name"), m.group("name"))
    return None


def _first_word(text: str) -> tuple[str, str] | None:
    """jieba's first word of ``text`` and its part-of-speech tag ("" when its dictionary has none); None without jieba."""
    from .jieba_dict import jieba, tables
    try:
        _, tags = tables()
        first = next(iter(jieba().cut(text, HMM=False)), "")
    except (ImportError, OSError):
        return None
    return first, tags.get(first, "")


def _opens_with_verb(name: str) -> bool:
    """Whether jieba's first word of ``name`` is a verb, an adverb or an adjective (落实, 扎实, 持续, 做): the name is
    a task's predicate (落实落细民生工程), where a project's name opens with its place or its object (赣深高铁项目)."""
    first = _first_word(name)  # (no jieba: every such name is read as a project's, as before)
    return first is not None and len(first[0]) >= 2 and first[1][:1] in ("v", "a", "d")


_LEVEL_CHAR_OPENING = rx.compile(r"^[省市县区州旗镇乡]")


_DIGIT_OR_COMMA = rx.compile(r"\d|[,，]")


def _row_head_found(text: str, layout: Layout, vs: int) -> tuple[int, int, str] | None:
    """(start, end, name) of the project or department a value's row or ;-part is headed by, or None.

    A line opening with a numbered name and a colon heads its whole line; a name at the start of a ;-part
    (after 其中) followed by what it did heads that ;-part.  Count nouns (重点项目42个) and clauses that
    only say how many projects there are (全县共安排重点项目) are no names."""
    ps, pe = layout.para_of(vs)
    if text is layout.text:
        memo = layout.memo.setdefault("line_row_head", {})
        head = memo[ps] if ps in memo else memo.setdefault(ps, _line_row_head(text, ps, pe))
    else:
        head = _line_row_head(text, ps, pe)
    if head is not None and head[0] <= vs:
        return head[1]
    lo = max(ps, vs - 300)
    cut = last_of(text, ";；。\n", lo, vs, layout)
    k = max(cut + 1, lo, ps)
    cs = layout.clause_of(vs)[0]
    m = None
    if cs > k:  # A项目主体封顶,B项目完成投资2.6亿元: a clause opening with a project of its own
        m = PART_HEAD.match(text, cs, vs)
        if m and re.fullmatch(DEPT_NAME, m.group("name")):
            if not UNIT_REPORT.match(text, m.end()):
                m = None  # 县农业农村局有2项…: a unit opening its own clause reports of itself
        elif m and (_clause_not_name(re.sub(CAPACITY, "", m.group("name")))
                    or not PROJECT_PREDICATE.match(text, m.end())):
            m = None
        m = m or _work_part_head(text, cs, vs)  # 已开工项目中,甲高速公路全线路基完成48%: a work's clause
    m = m or PART_HEAD.match(text, k, vs) or (_work_part_head(text, k, vs) if k == cs else None)
    if m and m.end("name") < cs and _scope_opens_clause(text, layout, m.end("name"), vs):
        m = None  # 某高速项目稳步推进,全省建成干线公路329公里: a clause speaking as the place, the figure is its
    if m and SET_OF.match(text, m.end("name")):
        m = None  # 目前在谈项目中,很有希望2项: the set the figures after it are parts of, no project heading them
    if m and enumerated(text, m.end("name"), vs):
        m = None  # 甲铁路扩能改造工程、乙电池项目等154个重点项目开工: the first example of a list, the count is the scope's
    if m and _FIELD_AFTER.match(text, m.end("name")):
        m = None  # 民航机场领域完成投资…: the work's head qualifies a field, the place's split, no project's row
    if m and re.fullmatch(DEPT_NAME, m.group("name")) and _HEAD_OF_UNIT.match(text, m.end()):
        m = None  # 区发改局局长某某表示,全区… / 区统计局数据显示,… / 区发改局下达…计划: a speaker's office, a source or
        # the office issuing its place's list, not whom the figures are about
    if m:
        name = m.group("name")
        core = _LEVEL_CHAR_OPENING.sub("", name) if re.fullmatch(DEPT_NAME, name) else re.sub(CAPACITY, "", name)
        if _class_of_units(name):
            return None  # 市列重大项目完成投资…: the class's figures are the place's
        if not re.fullmatch(DEPT_NAME, name) and _CLASS_HEAD_END.search(name) and _done_to_field(name):
            return None  # 其中,产业转型升级工程完成投资…: works named by ordinary words alone (a field and what is done
            # to it) are a class of the place's (污水垃圾处理项目); a work is named by a place, a body or a proper word
        work = _before_copula(name)
        if work != name:
            return (m.start("name"), m.start("name") + len(work), work) if work else None
        if not _clause_not_name(core) or re.fullmatch(DEPT_NAME, name) and not _DIGIT_OR_COMMA.search(name):
            return m.start("name"), m.end("name"), name
    return None


_FIELD_AFTER = rx.compile(alternation(zh.FIELD_NOUNS))
_CLASS_HEAD_END = rx.compile(r"(?:工程|项目)$")  # the works' nouns a class of them ends with


def _done_to_field(name: str) -> bool:
    """Whether a works' name is a field and what is done to it, in ordinary words alone (产业转型升级工程, 公共服务完善
    工程, 污水垃圾处理项目: a programme's or a report's class of the place's works), not a work's (甲电缆项目: a
    proper word; 民生实事工程: no deed, left as it was): a verb right before the works' noun, every word ordinary."""
    m = _CLASS_HEAD_END.search(name)
    first = _first_word(name[:m.start()][-2:]) if m and m.start() >= 4 else None
    return first is not None and first[0] == name[m.start() - 2:m.start()] and first[1] in ("v", "vn") \
        and _names_field(name)
# 甲高铁累计完成投资…, 乙高速公路全线路基土方填筑完成48%, 丙隧道全长821米: a work named by the head of a road, a
# line, a plant or a water works (zh_projects.HEADS of those kinds, not a class: 项目, 园区) opening a ;-part
_WORK_HEADS = alternation(sorted({h for h, kind in zh_projects.HEADS.items()
                                  if kind in zh.WORK_PART_HEAD_KINDS and h not in zh_projects.CLASS_HEADS
                                  and h not in zh.WORK_HEADS_OF_TRADES
                                  and not h.endswith(zh.WORK_HEADS_NOT_ENDING)},
                                 key=len, reverse=True))
WORK_PART_HEAD = rx.compile(rf"\s*+(?:其中[,，:：]?)?\s*+{PART_TIME}\s*+(?P<name>{NAME_CHARS}{{2,20}}?(?P<head>{_WORK_HEADS})"
                            # …and the section of it the text speaks of (某某高速公路甲至乙段)
                            r"(?:[^\d\s,，;；。:：、]{1,12}?段)?)(?=[\u4e00-\u9fff])"
                            # (the whole run of heads: 抽水蓄能电站, 高速公路, not 抽水蓄能 | 高速)
                            rf"(?!{_WORK_HEADS})")

_WORK_NOT_NEXT = rx.compile(alternation(zh.WORK_HEAD_NOT_NEXT))
# 京沪, 湘桂赣, 沪昆: a line named by its ends' one-character names
_ENDS_NAMED = rx.compile(rf"[{zh.PROVINCE_ONE_CHAR_NAMES}]{{2,4}}")


def _work_part_head(text: str, k: int, vs: int) -> re.Match | None:
    """``WORK_PART_HEAD`` at ``k`` when its name is one work's: what stands before the head is a proper name or a
    place's (临武, 京沪, 黄连堡), no ordinary word of a class (农村公路, 高速公路建设, 城际铁路), and the head is no
    field the place's figures are split by (铁路领域); None otherwise."""
    m = WORK_PART_HEAD.match(text, k, vs)
    if m is None:
        return None
    from .projects import _has_proper_word, _places
    name = m.group("name")
    mod = re.sub(CAPACITY, "", name[:m.start("head") - m.start("name")])
    if len(mod) < 2 or mod[0] in zh.WORK_NAME_NOT_OPENING or _WORK_NOT_NEXT.match(text, m.end("name")) \
            or _clause_not_name(mod) or _names_class(name) or _FIELD_AFTER.match(text, m.end("name")):
        return None
    if any(w in mod for w in zh.WORK_CLASS_MODIFIERS):
        return None  # 国省干线公路, 农村公路, 城市轨道交通: a class of the place's works
    if not (_has_proper_word(mod) or _places(mod, 4) or _ENDS_NAMED.fullmatch(mod)):
        return None
    return m


# a person's title after a unit's name (区发改局局长, 县统计局副局长): the unit is where a speaker works; a word of
# reporting (区统计局数据显示, 区发改局介绍, 区商务局负责人表示): the unit is the source of what follows
_HEAD_OF_UNIT = rx.compile(rf"(?:{alternation(zh.PERSON_TITLE_PREFIXES)})?(?:{alternation(zh.PERSON_TITLES)})|"
                           rf"(?:{alternation(zh.UNIT_SOURCE_WORDS + zh.UNIT_ISSUE_VERBS)})|"
                           # …or of steering its place's work (县委巡察办统筹推进…, 切实发挥统筹协调作用): zh.UNIT_STEERING_VERBS
                           rf"(?:切实|积极|主动|全面|充分)?(?:发挥)?(?:{alternation(zh.UNIT_STEERING_VERBS)})")


# 总投资56亿元的某某项目: the project a size written before its name belongs to
# 投资3200万元的某水厂…、投资860万元的某工程: a bare 投资 opening its clause or list item before a project's name
# after 的 states the project's size, as 总投资 does (what was done is 完成投资, 累计投资, 实际投资 …)
SIZE_OPENING_ITEM = rx.compile(rf"(?:^|[,，;；、:：。\n—-]|{alternation(zh.SIZED_WORK_VERBS)})\s*(?:计划)?投资\s*(?:约|达|近|超)?\s*$")
# (a work named by three characters before its head is a name too: 投资24亿元的镁基地项目)
SIZE_OF_NAMED = rx.compile(rf"(?:以上|左右)?的(?P<name>(?:{SIZE_IN_NAME}|{NAME_CHARS}){{3,36}}?{ROW_NAME_END})"
                           r"(?![\u4e00-\u9fff]?[\d])")
# a set of works taken up by a demonstrative (这些项目, 上述工程, 这批项目: zh.SET_DEMONSTRATIVES)
_SET_TAKEN_UP = rx.compile(rf"(?:{alternation(zh.SET_DEMONSTRATIVES)})(?:重点|重大)?(?:项目|工程)")
# …and such a work as the text names it before a sentence that takes it up (总投资24亿元的镁基地项目落户…。该项目占地…)
SIZED_NAME = rx.compile(rf"(?:{alternation(zh.PROJECT_ATTRIBUTE_WORDS)}|计划投资|投资)\s*+(?:(?:约|达|为|近|超)\s*+)?[\d.]++\s*+[万亿]{{0,2}}元"
                        rf"{SIZE_OF_NAMED.pattern}")
# …the work a bare 投资 sizes: a name (a year may open it: 2019年某某巩固提升工程) ending as a project's or a facility's
# does, before what it went on to do, a list's next item or 等
SIZE_OF_NAMED_WORK = rx.compile(rf"(?:以上|左右)?的(?P<name>(?:(?:19|20)\d\d年)?(?:{NAME_CHARS}|[“”\"《》]){{3,36}}?"
                                rf"(?:{ROW_NAME_END}|{alternation(zh.PROJECT_FACILITY_HEADS + zh.SIZED_WORK_HEADS)})"
                                # (…生产线搬迁改造: the works done on the facility close its name)
                                rf"(?:{alternation(zh_projects.PLACE_WORKS_ACTIONS)}){{0,2}})"
                                rf"(?=[{zh.SIZED_WORK_NEXT}]|$)")
# …or any name in a run of sized works (投资8550万元的2011年整村推进、投资2791万元的某河防洪工程(三期)…等5个项目已完工):
# the next item's 投资 or the run's closing 等N个 makes each a work, whatever its head; a phase in brackets may close it
SIZE_OF_LISTED_WORK = rx.compile(rf"(?:以上|左右)?的(?P<name>(?:(?:19|20)\d\d年)?[\u4e00-\u9fff“”\"《》（）()A-Za-z0-9×.·/]{{2,36}}?)"
                                 rf"(?=、\s*(?:计划)?(?:总)?投资\s*(?:约|达|近|超)?\s*[\d.]+\s*[万亿]?元|"
                                 rf"等\s*(?:\d{{1,4}}|[一二两三四五六七八九十]{{1,3}})\s*[个项处座所]|"
                                 # (…等在谈项目推进签约: a run of sized works closed by 等 and the class it is of)
                                 rf"等[\u4e00-\u9fff]{{0,6}}?(?:项目|工程)(?![\u4e00-\u9fff]?\d))")


# (what joins two parts of one work's content inside such a name: 肉鸡养殖及屠宰加工项目, and the proper names holding
# the same characters: 政和白茶项目)
_CONJUNCTIONS = frozenset("和及与")
# (a product's generation in a plant's name, 第8.6代显示面板, is no count)
_GENERATION = rx.compile(r"第\d+(?:\.\d+)?代")


def _not_sized_name(name: str) -> bool:
    """Whether ``name``, read after a size and 的, names no one work: ``NOT_A_NAME`` on it, its capacities and physical
    sizes set aside, except for a conjunction.  Why: bounded by the size before it and by a work's head after it, the
    name is one work's (总投资8亿元的某集团肉鸡养殖及屠宰加工项目); a conjunction there joins parts of its content, where
    before a clause's verb it would join two subjects (甲县和乙县项目…)."""
    core = _GENERATION.sub("", re.sub(SIZE_IN_NAME, "", re.sub(CAPACITY, "", re.sub(r"^(?:19|20)\d\d年", "", name))))
    return any(m.group() not in _CONJUNCTIONS for m in NOT_A_NAME.finditer(core))


def sized_before_name(text: str, cs: int, c: Cand) -> bool:
    """Whether the value (its clause opening at ``cs``) is a size written before the name of the one work it sizes
    (总投资15亿元的某某项目, 为总投资80亿元的某产业园, 投资3200万元的某水厂): the work's own figure, whatever event or
    time its sentence reports."""
    if PROJECT_ATTRIBUTE.search(text, cs, c.vs):
        m = SIZE_OF_NAMED.match(text, c.mend) or sized_work(text, c.mend)
    elif SIZE_OPENING_ITEM.search(text, max(0, cs - 1), c.vs):
        m = sized_work(text, c.mend)
    else:
        return False
    return m is not None and not _not_sized_name(m.group("name"))


# …or any name the stage its works reached closes, after the adverbs of how or when (投资3.2亿元的某某产业园项目同步
# 开工。, 总投资9400万元的某县安置房一期交付使用。, 投资5300万元的某宾馆正式投入运营。): the clause is the work's news,
# whatever its head; the stage verb ends the clause (a name holding such a verb, 某县建成区污水管网, goes on after it)
SIZE_OF_STAGED_WORK = rx.compile(rf"(?:以上|左右)?的(?P<name>(?:{SIZE_IN_NAME}|{NAME_CHARS}|[“”\"《》]){{3,36}}?)"
                                 rf"(?=(?:{alternation(zh.STAGE_PREDICATE_ADVERBS + zh_projects.PREDICATE_DAY_LEADS)}){{0,3}}"
                                 rf"(?:{alternation(zh.STAGE_PREDICATE_VERBS + zh.WORK_IN_USE_VERBS)})"
                                 rf"(?:{alternation(zh.WORK_IN_USE_TAILS)})?\s*(?:[,，。;；、!！\n]|$))")


def sized_work(text: str, pos: int) -> re.Match | None:
    """The work a bare 投资 ending at ``pos`` sizes: a name ending as a work's does, or any name in a run of sized
    works, or any name its stage closes."""
    return SIZE_OF_NAMED_WORK.match(text, pos) or SIZE_OF_LISTED_WORK.match(text, pos) or _staged_work(text, pos)


_STAGE_ADVERB_END = rx.compile(rf"(?:{alternation(zh.STAGE_PREDICATE_ADVERBS + zh_projects.PREDICATE_DAY_LEADS)})$")


def _staged_work(text: str, pos: int) -> re.Match | None:
    """``SIZE_OF_STAGED_WORK`` at ``pos`` when its name is one work's: no adverb of the stage left at its end (的项目成功
    签约), no bare class of works (的重点项目同步开工: the set's size)."""
    m = SIZE_OF_STAGED_WORK.match(text, pos)
    if m is None:
        return None
    name = m.group("name")
    core = re.sub(r"(?:项目|工程)$", "", name)
    if _STAGE_ADVERB_END.search(name) or len(core) < 2 or _CLASS_NAME.fullmatch(core):
        return None
    return m


# 该项目由…投资建设,总投资… / 项目全部建成达产后…: a part about the project the text has just named
# 某某种植基地 建设项目: a facility's name going on to the works' head
_WORKS_TAIL = rx.compile(rf"(?:{alternation(zh_projects.NOMINAL_ACTIONS)})?(?:项目|工程)(?![\u4e00-\u9fff]?\d)")
# (据了解,目前,该项目…: up to two leads, a source and a time; 该电站 is taken up as 该项目 is)
_ANAPHOR_LEAD = rf"(?:(?:{alternation(zh.PROJECT_ANAPHOR_LEADS)})\s*[,，]?\s*)?(?:(?:{alternation(zh.PROJECT_ANAPHOR_LEADS)})\s*[,，]?\s*)?"
PROJECT_ANAPHOR = rx.compile(rf"\s*{_ANAPHOR_LEAD}(?:(?:{alternation(zh.PROJECT_ANAPHOR_POINTERS)})"
                             rf"(?:{alternation(zh.PROJECT_ANAPHOR_HEADS)})|(?:项目|工程|电站|电厂)(?=(?:{alternation(zh.PROJECT_ANAPHOR_NEXT)})|[,，]))"
                             # (no count after it: 该项目3个…; but 该工程于2012年8月开工 is the work's date)
                             r"(?!(?!于)[\u4e00-\u9fff]{0,2}[\d])")
# 项目全长36.8公里 / 工程总投资48亿元 opening the line under a heading that is a work's name alone (二、某某改扩建工程):
# the work the heading names (scope._headed_work)
PROJECT_CARD_ANAPHOR = rx.compile(rf"[ \t\u3000]*(?:项目|工程)(?:{alternation(zh.PROJECT_ATTRIBUTE_WORDS)})")
# the name it takes up: a project's, or a facility's (某某抽水蓄能电站位于…)
# (not read out of a number and its word: 2023年第三季度重点项目集中开工 names no work 年第三季度重点项目; a heading line
# that is the work's name, 二、某某产业园项目, names it for the 该项目 of the lines under it)
PROJECT_NAME = rx.compile(rf"(?<![\u4e00-\u9fff\d.．])(?P<name>{NAME_CHARS}{{4,36}}?(?:{ROW_NAME_END}|电站|电厂|产业园|基地))"
                          rf"(?=(?:{alternation(zh.PROJECT_NAMED_NEXT)})|[,，。]|[ \t\u3000]*\n)")
PROJECT_LOOKBACK = 800


# A sentence opening with a named work (after a source: 据了解,), what it is or where (某某项目位于…, 某某项目拟建于…,
# 某某项目由某公司承建) or only a comma after it (某某产业园项目,总投资5亿元,占地…): the sentence's figures are the work's
PROJECT_OPENING = rx.compile(rf"\s*{_ANAPHOR_LEAD}(?P<name>(?:{NAME_CHARS}|[·“”]){{4,36}}?(?:{ROW_NAME_END}|电站|电厂|产业园|基地))"
                             rf"(?=(?:{alternation(zh.PROJECT_OPENING_NEXT)})|[,，])")


# …after a comma only the clauses of a work's card (某某项目,总投资5亿元 / 某某项目,土地流转1万亩,总投资2亿元)
_CARD_CLAUSE = rx.compile(rf"\s*(?:{alternation(zh.PROJECT_CARD_WORDS)})")


_COPULA_IN_NAME = rx.compile(r"(?<=[\u4e00-\u9fff]{2})(?:是|属于)(?=[\u4e00-\u9fff]{2})")


def _before_copula(name: str) -> str:
    """``name`` read up to a copula inside it: 甲项目是某区某某工程的重点项目,总投资… says what the work is, a clause;
    the work before the copula is the body the figures are about (a name ending as a work's does), else none (某某
    也是我县项目: ""); ``name`` itself when it holds no copula."""
    cop = _COPULA_IN_NAME.search(name)
    if cop is None:
        return name
    work = name[:cop.start()]
    return work if len(work) >= 4 and _WORK_NAMED.search(work) else ""


def _after_relative(name: str) -> str:
    """``name`` after a clause qualifying it with 的: 当天开工的某某水库工程项目,总投资… / 此次签约的某某产业园项目占地…
    open the sentence with what the event did to the work, then its name, as a reporter introduces one work of a
    batch; the name is the part after the last 的 when that is a name's length (4 characters or more), else none
    (此次开工的项目: the batch, no work named)."""
    de = name.rfind("的")
    if de < 0:
        return name
    return name[de + 1:] if len(name) - de - 1 >= 4 else ""


# 某公司新建某某项目,项目计划总投资…: who builds it and the verb, before the work's name (not 建设 or 扩建, which end
# names: 某某路网建设二期项目)
_BUILDER_VERB = rx.compile(r"(?:新建|投资建设|投资兴建|兴建|拟建)")


def _after_builder(name: str) -> str:
    """``name`` without the verb of building after its builder (某县新建某某饲料项目 → 某某饲料项目), when what follows
    the verb is a name's length; a work named only by its capacity keeps its builder, as such works are called
    (某公司新建年产10万吨饲料项目 → 某公司年产10万吨饲料项目); ``name`` itself otherwise."""
    last = None
    for last in _BUILDER_VERB.finditer(name):
        pass
    if last is None or last.start() == 0 or len(name) - last.end() < 4:
        return name
    rest = name[last.end():]
    return name[:last.start()] + rest if re.match(CAPACITY, rest) else rest


def _project_opening(text: str, ps: int, cs: int, vs: int) -> str:
    """The work a sentence opens with (``PROJECT_OPENING``), when no clause between it and the value opens with the
    place's scope word (某某项目开工,全县签约项目20个: the place's figures) or a work of its own; "" otherwise."""
    m = PROJECT_OPENING.match(text, ps, vs)
    if m is None:
        return ""
    name = _after_builder(_after_relative(_before_copula(m.group("name"))))
    if not name:
        return ""
    core = re.sub(CAPACITY, "", name.replace("·", "").replace("“", "").replace("”", ""))
    if NOT_A_NAME.search(core) or _class_of_units(name) or _CLASS_NAME.fullmatch(name) \
            or re.fullmatch(r"(?:该|本|此|这个)?(?:项目|工程)", name) or _opens_with_verb(core):
        return ""
    if text[m.end():m.end() + 1] in ",，" and not _CARD_CLAUSE.match(text, m.end() + 1) \
            and "的" not in m.group("name"):
        return ""  # 建强园区落项目,突出…: a task's slogan before its clauses; a card goes on with the work's size (a
        # work brought in by what is said of it, 位于某市的某某项目,…, is the sentence's topic, no slogan)
    if SCOPE_WORD.search(text, m.end(), vs) or enumerated(text, m.end("name"), vs):
        return ""  # 某某项目开工,全县签约项目20个 / 甲产业园为代表的30个项目: the place's figures
    if cs > m.end() and PART_HEAD.match(text, cs, vs):
        return ""  # 甲项目…,乙项目完成投资…: the value's own clause opens with another work
    return name


def _project_spoken_of(text: str, layout: Layout, c: Cand) -> str:
    """The project a figure is about when the text names it only once: 总投资56亿元的某某项目开工 (the name after the
    size), or a sentence part opening with 该项目/项目 after a sentence that named it (某某项目在…开工。该项目…)."""
    cs, _ = layout.clause_of(c.vs)
    if (attr := PROJECT_ATTRIBUTE.search(text, cs, c.vs)) is not None:
        m = SIZE_OF_NAMED.match(text, c.mend) or sized_work(text, c.mend)
        if m and not _not_sized_name(m.group("name")):
            c.extra["size_of_named"] = True  # (the named work's, no set's counted before: facts._topic_heads)
            c.extra["size_word"] = attr.group("word")  # (为总投资, 最大的是计划总投资: the size's name is its word)
            return m.group("name")
    elif SIZE_OPENING_ITEM.search(text, max(0, cs - 1), c.vs):
        m = sized_work(text, c.mend)
        if m and not _not_sized_name(m.group("name")):
            c.extra["size_of_named"] = "bare"  # 投资3200万元的某水厂: the work's size, named 总投资 (facts)
            tail = _WORKS_TAIL.match(text, m.end("name"))  # 某某种植基地建设项目: the name goes on to its 项目
            return m.group("name") + (tail.group() if tail else "")
    ps = last_of(text, "。;；\n!?！？", max(0, c.vs - 300), c.vs, layout) + 1
    opening = _project_opening(text, ps, cs, c.vs)
    if opening:
        return opening
    if PROJECT_ANAPHOR.match(text, ps, c.vs):
        at = ps
    elif cs > ps and PROJECT_ANAPHOR.match(text, cs, c.vs):
        at = cs  # (…最大的厂房,该项目主体已完成90%: the anaphor may open the value's own clause, after the name)
    elif PROJECT_CARD_ANAPHOR.match(text, ps, c.vs):
        return _headed_work(text, ps)
    else:
        return ""
    if at > ps and _BARE_WORK_NOUN.match(text, at) and _COUNTED_WORKS.search(text, ps, at):
        return ""  # 参加观摩项目共18个,项目总投资86亿元: the bare 项目 after a count of projects is the set counted
    lo = max(0, ps - PROJECT_LOOKBACK)
    best, best_end = "", -1
    for m in PROJECT_NAME.finditer(text, lo, at):
        name = m.group("name")
        k = max(name.rfind(ch) for ch in "。,，;；:：") + 1 if re.search(r"[。,，;；:：]", name) else 0
        raw = _ITEM_NUMBER_IS.sub("", name[k:])  # (五是某工程按期完工: the item's number, no word of the name)
        name = _after_builder(_after_relative(raw))  # (…、成长性好的产业园: what is said of a work, no name)
        if len(name) >= 4 and not NOT_A_NAME.search(re.sub(CAPACITY, "", name)) and \
                not re.fullmatch(r"(?:该|本|此|这个)?(?:项目|工程)", name) and not name.endswith(zh.PROJECT_CLASS_ENDS) \
                and not _predicated(text, m.start("name") + k, raw, name):
            best, best_end = name, m.end()  # (某县重点项目集中开工 names a class of the place's works, none the 项目 after it takes up)
    for m in SIZED_NAME.finditer(text, lo, at):
        if m.end() > best_end and not NOT_A_NAME.search(re.sub(CAPACITY, "", m.group("name"))):
            best, best_end = m.group("name"), m.end()  # 总投资24亿元的镁基地项目落户…。该项目…: the work its size named
    if best and _SET_TAKEN_UP.search(text, best_end, at):
        return ""  # 甲项目…。总体而言,这些项目…。项目建成后…: the works spoken of since are the batch, no one of them
    return _paragraph_work(text, best_end, at) or best


# 一是 / 五是 opening a task list's line: the item's number before the work it names
_ITEM_NUMBER_IS = rx.compile(r"^[一二三四五六七八九十]{1,3}是")
# what a work is said to be: a copula before the class predicated of it (…,是全县的重要民生工程, 也是…的首项工程, 被列为…)
_COPULA_LEAD = rx.compile(r"是|系|属于|列为")
# a bare 项目 / 工程 opening a clause, and a count of projects before it in its sentence (参加观摩项目共18个, 集中开工项目12个)
_BARE_WORK_NOUN = rx.compile(r"\s*(?:项目|工程)")
_COUNTED_WORKS = rx.compile(r"(?:项目|工程)[^,，;；。]{0,6}?(?:\d+|[一二两三四五六七八九十百]+)\s*[个项]|"
                            r"(?:\d+|[一二两三四五六七八九十百]+)\s*[个项][^,，;；。\d]{0,8}?(?:项目|工程)")


def _predicated(text: str, start: int, raw: str, name: str) -> bool:
    """Whether the work ``name`` (read from ``raw``, the name's run starting at ``start``) is what a copula says a work
    before it is (燕山水库工程位于…,是保障农田灌溉的重要民生工程: a class predicated of the work, no name of its own):
    a copula in its clause before it, or in what the reading cut off its front."""
    cs = max(text.rfind(ch, 0, start) for ch in "。,，;；!?！？\n") + 1
    lead = text[cs:start] + (raw[:len(raw) - len(name)] if raw.endswith(name) else "")
    return bool(_COPULA_LEAD.search(_ITEM_NUMBER_IS.sub("", lead)))


# a work's name opening a sentence of the paragraph, or a clause after one saying only where (在临水县,宏源光伏电站项目建设
# 如火如荼), whatever follows it; a name holding a preposition (中国纸业在现有基地…) is a clause, no name
_CLAUSE_WORK = rx.compile(r"(?:[。!?！？\n]|[。!?！？\n]\s*在[\u4e00-\u9fff]{2,8}?[省市县区镇乡][,，])[ \t\u3000]*"
                          r"(?P<name>[\u4e00-\u9fff（）()A-Za-z0-9.]{4,36}?"
                          rf"(?:{ROW_NAME_END}|电站|电厂|产业园|基地))(?![\u4e00-\u9fff]?[\d])")
_PREPOSITION_IN_NAME = rx.compile(r"(?<=[\u4e00-\u9fff]{2})[在把对从向]")


def _paragraph_work(text: str, best_end: int, at: int) -> str:
    """The last work named at the opening of a clause of the paragraph holding ``at`` (an anaphor: 项目总投资…), when the
    name the anaphor was given (ending at ``best_end``) stands in a paragraph before; "" otherwise.

    Why: a page presenting several works gives each its paragraph (…恒通物流园项目由某集团投资建设…。⏎在临水县,宏源光伏
    电站项目建设如火如荼。项目总投资9亿元); the new paragraph's work, named as its clause's topic though followed by no
    word the look-back knows (建设如火如荼), is what its 项目 takes up, never the work of the paragraph before."""
    a = text.rfind("\n", 0, at) + 1
    if best_end >= a:
        return ""
    found = ""
    for m in _CLAUSE_WORK.finditer(text, max(0, a - 1), at):
        tail = _WORKS_TAIL.match(text, m.end("name"))  # 某某电站项目: the name goes on to its 项目
        name = _after_builder(_after_relative(m.group("name") + (tail.group() if tail else "")))
        if len(name) >= 4 and not NOT_A_NAME.search(re.sub(CAPACITY, "", name)) and not name.endswith(zh.PROJECT_CLASS_ENDS) \
                and not _CLASS_NAME.fullmatch(name) and not _class_of_units(name) and not _opens_with_verb(name) \
                and not _PREPOSITION_IN_NAME.search(name):
            found = name
    return found


# (one class of name characters, no capacity: a heading line is read one way)
_HEADING_WORK = rx.compile(ENUM + r"(?P<name>[\u4e00-\u9fff（）()A-Za-z0-9.]{4,36}?"
                           rf"(?:{ROW_NAME_END}|电站|电厂|产业园|基地))[ \t\u3000]*")


def _headed_work(text: str, ps: int) -> str:
    """The work named alone on the heading line above the line opening at ``ps`` (blank lines between passed over:
    二、某某高速改扩建工程⏎项目全长36.8公里,总投资48亿元), or "".

    Why: a page presenting its works one by one heads each with the work's name and opens its card with a bare
    项目 or 工程 (项目全长…, 工程总投资…): that 项目 is the heading's work, not the place of the page nor the work of
    the card before (a name read further back, 接某某高速淮南段 in a route's description, is none)."""
    if ps == 0 or text[ps - 1] != "\n":
        return ""
    b = ps - 1  # (the line break ending the line above)
    a = text.rfind("\n", 0, b) + 1
    while a > 0 and not text[a:b].strip():
        b = a - 1
        a = text.rfind("\n", 0, b) + 1
    m = _HEADING_WORK.fullmatch(text, a, b)
    if m is None:
        return ""
    name = m.group("name")
    if NOT_A_NAME.search(re.sub(CAPACITY, "", name)) or name.endswith(zh.PROJECT_CLASS_ENDS) \
            or _CLASS_NAME.fullmatch(name) or _class_of_units(name):
        return ""
    return name


# 目前,… / 其中,… / 该项目… / 同时… opening the sentence after one whose figures were a work's or a company's: the
# sentence goes on about it (zh.BODY_GOES_ON_LEADS; a place, a scope word or a body of its own stops it)
_GOES_ON_LEAD = rf"(?:{alternation(zh.BODY_GOES_ON_LEADS)})\s*[,，]?\s*"
_POINTED = rf"(?:{alternation(zh.PROJECT_ANAPHOR_POINTERS)})(?:{alternation(zh.PROJECT_ANAPHOR_HEADS)})"  # 该项目, 此工程
_BODY_GOES_ON = rx.compile(rf"\s*{_GOES_ON_LEAD}(?:{_GOES_ON_LEAD})?(?:{_POINTED})?|\s*{_POINTED}|"
                           rf"\s*{PART_TIME}\s*(?:{alternation(zh.PROJECT_NOUNS)})"
                           rf"(?=(?:{alternation(zh.BODY_BARE_ANAPHOR_NEXT)}))")

_PART_GOES_ON = rx.compile(rf"\s*(?:{alternation(zh.BODY_PART_OPENERS)})")
_POINTED_WORK = rx.compile(_POINTED)
_WORK_NAMED = rx.compile(rf"(?:{ROW_NAME_END}|{alternation(sorted(zh_projects.HEADS, key=len, reverse=True))})$")


def _body_reaches(text: str, layout: Layout, c: Cand, prev: Cand | None, mentions, m_starts) -> str:
    """The work or company (``prev``'s subject, when its own: a project, an actor, a company) the value's clause goes
    on about: the value lies in the same ;-part as ``prev`` (甲高铁累计完成投资120亿元,桩基完成3200根,完成总工程量的
    65%), or its sentence, the next one, opens with a lead that goes on (目前,已完成路基工程80% / 该项目全长…), and
    nothing between names a place or a scope (全市, 全县) of its own; "" otherwise."""
    if prev is None or not prev.extra.get("own_body") or not prev.subject or prev.vs >= c.vs:
        return ""
    if prev.subject.endswith(zh.PROJECT_CLASS_ENDS) or prev.subject.startswith("各"):
        return ""  # a class of the place's works (交通重点项目…), no one work: zh.PROJECT_CLASS_ENDS
    if _class_of_actors(text[layout.clause_of(c.vs)[0]:c.vs]):
        return ""  # 甲公司税收过500万元,新增规上企业12家: a count of a class of firms is the place's, never one firm's
    ps, _ = layout.part_of(c.vs)
    ss, _ = layout.sent_of(c.vs)
    if prev.vs < ps and ps > ss and layout.sent_of(prev.vs)[0] == ss and layout.part_of(prev.vs)[1] + 1 >= ps - 1 \
            and _PART_GOES_ON.match(text, ps, c.vs):
        pass  # …占年度投资任务的52.88%;累计完成10062万元: a ;-part opening with what was done goes on about it
    elif prev.vs < ps:
        pss, _ = layout.sent_of(prev.vs)
        k = ss - 1
        while k > 0 and text[k].isspace():
            k -= 1  # (…桥梁完成85%。\n今年,项目计划…: the next paragraph's first sentence is right after)
        if pss >= ss or ps != ss or layout.sent_of(max(0, k))[0] != pss:
            return ""  # only the sentence right after, from its opening
        m = _BODY_GOES_ON.match(text, ss, c.vs)
        if m is None or not m.group().strip():
            return ""
        if _POINTED_WORK.search(m.group()) and not _WORK_NAMED.search(prev.subject):
            return ""  # 该项目… after a company's figures: the work the text named, not the company
    lo = prev.mend
    j = bisect.bisect_left(m_starts, lo)
    if j < len(mentions) and mentions[j].start < c.vs:
        return ""  # a place named since: its figures, or another's
    if _scope_spoken(text, lo, c.vs):
        return ""  # 全市重点项目完成投资…: the place's scope
    return prev.subject


def _scope_spoken(text: str, a: int, b: int) -> bool:
    """Whether a scope word between ``a`` and ``b`` speaks as a place (全市重点项目…), not as what a work or a place is
    measured against (打造全国领先的…基地, 占全省的…, 全省最大: zh.SPEAKER_COMPARED_BEFORE / _AFTER)."""
    return any(text[w.start() - 1:w.start()] not in zh.SPEAKER_COMPARED_BEFORE and not _SCOPE_COMPARED.match(text, w.end())
               for w in SCOPE_WORD.finditer(text, a, b))


def _owner(vs: int, sections: list[SectionRegion], sec_starts: list[int], main_name: str) -> str:
    """The place a value's text speaks for: its interview section's region, else the document's."""
    i = bisect.bisect_right(sec_starts, vs) - 1
    return sections[i].name if i >= 0 else main_name


def _owned(name: str, owner: str) -> str:
    """市自然资源局 in a city's document is that city's office (县发展改革委 in a county's: that county's)."""
    if len(name) > 2 and name[0] in "省市县区州旗" and owner and owner.endswith(name[0]):
        return owner + name[1:]
    return name


# 巴斯夫完成投资60.77亿元, 某某食品有限公司今年实现产值5亿元: who completed or achieved the value, at the clause start
# (a time said between the name and its verb is no part of the name)
def _each_adverb() -> str:
    """The one-character adverbs of a figure each of several reached (均, 各, 都: zh.EACH_REACHED_WORDS) as a pattern,
    each not read as the tail of an averages adverb (日均, 人均: zh.AVERAGE_ADVERBS), which makes its clause's figure
    a mean, no figure of each."""
    out = []
    for w in (x for x in zh.EACH_REACHED_WORDS if len(x) == 1):
        heads = "".join(sorted({a[0] for a in zh.AVERAGE_ADVERBS if len(a) == 2 and a[1] == w}))
        out.append(f"(?<![{heads}]){w}" if heads else w)
    return "|".join(out)


# (甲县、乙县均完成投资10亿元以上: a figure each reached, its adverb no part of the actor's name)
ACTOR_AT_CLAUSE = rx.compile(rf"^([^\s,;。、]{{2,24}}?)(?:(?:{alternation(zh.PART_TIME_OPENERS)})(?:以来)?|"
                             r"\d{1,2}[—-]\d{1,2}月(?:份)?)?"
                             rf"(?:{_each_adverb()})?"
                             r"(?:累计)?(?:完成投资|完成形象进度|完成|实现|投资)")


# 东坡区1-9月完成投资…, 东坡区今年以来完成投资: a time between the place and its figure names no project
_TIME_ONLY = rx.compile(rf"{PART_TIME}(?:以来)?(?:共|已|累计)?|(?:{alternation(zh.PART_TIME_OPENERS)})以来")
_PLACE_HAS = rx.compile(rf"(?:共)?{zh.PLACE_HAS}|(?:{alternation(zh.PLACE_DOES_LIST_ADVERBS)})?"
                        rf"(?:{alternation(zh.PLACE_DOES_LIST_VERBS)})")
# a blank run between two words of a line (a headline's main and sub part, a table's cells): the last one before a place
_PART_GAP = rx.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000\xa0]+(?=[^ \t\u3000\xa0]*$)")
# what may stand before a place that leads a clause: 其中东坡区…, (其中东坡区8个), 今年某县…, a contrast (而上海则以…)
PLACE_LEAD = rx.compile(r"\s*[(（]?\s*(?:其中|同时|此外|另外|目前|今年|上半年|当前|在|由|经|据|而)?\s*")
_DIRECTIVE_AFTER = rx.compile(rf"[^,，。;；\n\d]{{0,8}}?(?:{alternation(zh.DIRECTIVE_NOUNS)})")
_DIRECTIVE_LEAD = rx.compile(alternation(zh.DIRECTIVE_LEADS))
# 在某区举行的…: the place an event is held at
VENUE_AFTER = rx.compile(rf"[^,，。;；\n]{{0,8}}?(?:{alternation(zh.VENUE_VERBS)})")
FACILITY_AFTER = rx.compile(rf"(?:、[\u4e00-\u9fff]{{1,6}}?)*(?:{alternation(zh.FACILITY_WORDS)})")
# 全市, 全县, 我县 …: the sentence speaks for the whole place (its own scope word, whatever place was named before)
SCOPE_WORD = rx.compile(rf"(?:{alternation(zh.SCOPE_WORDS)})(?P<suffix>[国省市县区州盟旗镇乡])")
# before a scope word that opens a clause of its own: a time or a joining word, nothing that compares (占全市的40%)
# …or a time the clause opens with (2025年全县…, 全年全市…, 一季度全区…, 1-10月全市…): the scope is still the clause's own
_SCOPE_TIME = (rf"(?:\d{{4}}年(?:\d{{1,2}}(?:[—-]\d{{1,2}})?月(?:份)?|(?:前|第)?[一二三四1-4]季度|{alternation(zh.PART_TIME_OPENERS)})?|"
               rf"(?:前|第)?[一二三四1-4]季度|{alternation(zh.PART_TIME_OPENERS)})(?:以来)?")
# 2022年郑州全市…, 2023年长沙的主要目标…: a place opening its clause after the time it speaks of
_TIMED_PLACE_LEAD = rx.compile(rf"\s*(?:\d{{4}}年|{_SCOPE_TIME})[,，]?\s*")
SCOPE_LEAD = rx.compile(r"\s*(?:其中|同时|同期|此外|另外|目前|今年|今年以来|上半年|当前|截至[^,，;；。]{0,10}|"
                        rf"\d{{1,2}}(?:[—-]\d{{1,2}})?月(?:份)?|{_SCOPE_TIME})?[,，]?\s*")  # (12月份全市…: one month too)


def _scope_word_after(text: str, layout: Layout, best: RegionMention, vs: int, base_name: str = "") -> bool:
    """Whether a clause between the place ``best`` and the value at ``vs`` opens with a scope word (全市, 全县) of
    another level than the place's (某区…,全区… keeps the place), or of the level of the place the text speaks for
    (``base_name``): the figure is then the scope's.  全市 in a city's report is that city, whatever county-level
    city was named before it (瑞金市接待游客…,全市旅游总收入… in a 赣州市 report: 赣州市)."""
    for m in SCOPE_WORD.finditer(text, best.end, vs):
        if best.name.endswith(m.group("suffix")) and (best.name == base_name
                                                      or not base_name.endswith(m.group("suffix"))
                                                      or m.start() == best.end
                                                      or _speaking_office(text, layout, best)):
            continue  # 某区坚持项目为王,全区完成投资…: the place's own scope (郑州全市…: its whole, written on it)
        cs, _ = layout.clause_of(m.start())
        if SCOPE_LEAD.fullmatch(text, cs, m.start()):
            return True
    return False


def _scope_opens_clause(text: str, layout: Layout, a: int, b: int) -> bool:
    """Whether a clause starting after ``a`` and before ``b`` opens with a scope word (全省, 全市: after a time or a
    joining word at most, ``SCOPE_LEAD``).

    Why: a work heading a sentence (某高速公路项目稳步推进,全省建成干线公路329公里) heads the clauses that go on about
    it; a clause opening with 全省 speaks as the whole place, and the figures after it are the place's, not the
    work's (a scope word that compares, 占全省的10%, opens no clause)."""
    for m in SCOPE_WORD.finditer(text, a, b):
        cs, _ = layout.clause_of(m.start())
        if cs > a and SCOPE_LEAD.fullmatch(text, cs, m.start()):
            return True
    return False


# 乙市市长在会上表示, 丙县委书记说, 丁区政府负责人介绍: a place's office or officer speaking, the place written first
_OFFICE_AFTER = rx.compile(rf"(?:[委]|人民政府|政府|[省市县区州盟旗]委|[省市县区州盟旗]政府)?"
                           rf"(?:{alternation(zh.PERSON_TITLE_PREFIXES)})?"
                           rf"(?:{alternation(zh.PERSON_TITLES + zh.UNIT_SOURCE_WORDS)})")


# 1月8日,乙市… / 2023年1月8日上午,… / 近日,…: the date a digest paragraph's news item opens with, before its place
_DATED_OPEN = rx.compile(ENUM + r"(?:(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上|晚)?|"
                         rf"{alternation(zh.NEWS_DATE_LEADS)})\s*[,，]?\s*")


def _speaking_office(text: str, layout: Layout, best: RegionMention) -> bool:
    """Whether the place ``best`` opens its sentence as the one whose officer or office speaks (乙市市长在会上表示,
    2023年全市…; 丙县委书记说,今年全县…), or is the place a news item dated at the sentence's opening reports (1月8日,
    乙市第十七届人民代表大会第二次会议召开,乙市市长…表示,2023年全市…; 近日,丙县召开…,全县…): the 全市 of what it says
    is that place, in a digest of several places' news as well, whatever the document's own place."""
    ss = layout.sent_of(best.start)[0]
    if _HEAD_OPEN.fullmatch(text, ss, best.start) and _OFFICE_AFTER.match(text, best.end):
        return True
    m = _DATED_OPEN.match(text, ss, best.start)
    return m is not None and any(x and text.startswith(x, m.end()) for x in (best.name, best.short))


BARE_CHANGE = rx.compile(r"\s*(?:同比|环比|比上年|比去年|比上年同期|比去年同期)?(?:增长|下降|增加|减少|提高|降低|上升|回落)了?")
# 某某集团营业收入突破5000亿元,位列世界500强第200位: a clause of a rank only, after the actor's figure, ranks the actor
BARE_RANK = rx.compile(rf"\s*(?:并|再次|首次)?(?:{alternation(zh.RANKED_VERBS)})[^,，;；。:：\n]{{0,14}}?第?")
# 位于某区的某某公司 / 某某公司在某县: where the actor is, no part of its name
_ACTOR_WHERE = rx.compile(r"^(?P<name>.{2,}?(?:公司|集团|企业|厂|基地|合作社))在.+$")


COMPANY_AT_CLAUSE = rx.compile(r"\s*(?:其中[,，:：]?)?(?P<name>[\u4e00-\u9fff（）()]{2,30}?(?:有限责任公司|股份有限公司|有限公司|"
                               r"公司|集团))(?=[\u4e00-\u9fff]|\d{1,2}\s*[至—–-]\s*\d{1,2}\s*月)")
# 甲石化完成原油加工量…, 乙钢铁产量达…, 丙化纤化学纤维产量增长…: a company written short, a brand (often a place's short
# name) and its trade, opening a clause with what it produced or earned
COMPANY_SHORT_AT_CLAUSE = rx.compile(rf"\s*(?:其中[,，:：]?)?(?:预计|{alternation(zh.PART_TIME_OPENERS)})?(?P<name>[\u4e00-\u9fff]{{2,6}}?(?:{alternation(zh.COMPANY_SHORT_HEADS)}))"
                                     rf"(?=(?:{alternation(zh.COMPANY_REPORT_NEXT)})|\d{{1,2}}\s*[至—–-]\s*\d{{1,2}}\s*月|"
                                     rf"[\u4e00-\u9fff]{{0,6}}?(?:{alternation(zh.COMPANY_MEASURE_NOUNS)}))")
# a place's full name (唐山市, 某某县) before the trade: the place's industry (唐山市钢铁产量), no company
_FULL_PLACE_END = rx.compile(r"[省市县区州旗盟镇乡]$")


# an item after 、 that only says how much more or less (增产近10万吨, 增收2亿元, 下降3%): no name of its own
_ACTOR_ITEM = rx.compile(rf"\s*(?:{alternation(zh.ACTOR_ITEM_VERBS)})\s*(?:约|近|超|超过|达|了)?\s*")


def _short_company(text: str, cs: int, m: re.Match, mentions, m_starts, ordinary_brand: bool = False) -> bool:
    """Whether ``COMPANY_SHORT_AT_CLAUSE``'s name is a company's: its brand is no ordinary word (石油化工, 新能源汽车:
    a field of the place's, ``_names_field``; unless ``ordinary_brand``: an item after a company's, 得意电子), no scope
    word (全市化纤) and no place written in full (唐山市钢铁: the place's industry); a place's short name may be the
    brand (湛江钢铁, 茂名石化)."""
    name = m.group("name")
    if SCOPE_WORD.match(name) or SUBJECT_WORDS.match(name) or _class_of_units(name) \
            or not ordinary_brand and _names_field(name):
        return False
    if _actor_name(name) in zh_projects.INDUSTRY_NAMES:
        return False  # 新能源汽车产量增长19.5%: an industry's product (a dictionary word of its own), no company's brand
    start = cs + m.start("name")
    j = bisect.bisect_left(m_starts, start)
    while j < len(mentions) and mentions[j].start < start + len(name):
        mm = mentions[j]
        if _FULL_PLACE_END.search(text[mm.start:mm.end]) or mm.end >= start + len(name):
            return False  # 唐山市钢铁产量…: the place's; a name that is all place (某某区产量…) no company
        j += 1
    return True


# a company's full name opening its sentence (after a lead: 据了解,) before what it is or has done of late
COMPANY_OPENING = rx.compile(rf"\s*{_ANAPHOR_LEAD}(?P<name>[\u4e00-\u9fff（）()]{{2,30}}?(?:有限责任公司|股份有限公司|有限公司|公司|集团))"
                             rf"(?=\s*[,，]?\s*(?:{alternation(zh.COMPANY_TOPIC_NEXT)}))")


def _company_opening(text: str, layout: Layout, ss: int, cs: int, vs: int, mentions, m_starts) -> str:
    """The company a sentence opens with (``COMPANY_OPENING``: 某某科技有限公司是…, 某某集团成立于…), when the value stands
    in a later clause of it and no clause between opens with a place, the place's scope word (全县…) or a company or
    work of its own; "" otherwise.

    Why: an official text introduces a company by what it is and then what it did (…是县里引进的重点企业,近年来不断
    扩大生产,年产值从600多万元提高到7000多万元): the clauses after the introduction go on about it, though none
    names it again; a clause opening with 全县 or another body speaks of that one instead."""
    m = COMPANY_OPENING.match(text, ss, vs)
    if m is None or m.end("name") > cs:
        return ""  # (the value's own clause opening with the company: read there as its actor)
    name = m.group("name")
    if _class_of_units(name) or _clause_not_name(name) or _class_of_actors(name) or name.startswith("各"):
        return ""
    if _scope_opens_clause(text, layout, m.end("name"), vs) or _class_of_actors(text[cs:vs]):
        return ""  # …,全县规上工业产值… / …,新增规上企业12家: the place's figures
    j = bisect.bisect_left(m_starts, m.end("name"))
    while j < len(mentions) and mentions[j].start < vs:
        if layout.clause_of(mentions[j].start)[0] == mentions[j].start:
            return ""  # …,甲县新增…: a place opening a clause of its own
        j += 1
    k = m.end("name")
    while True:
        k = layout.clause_of(k)[1] + 1
        if k >= cs:
            break
        if COMPANY_AT_CLAUSE.match(text, k, vs) or PART_HEAD.match(text, k, vs):
            return ""  # …,乙公司…: another body's clause
    return name


PENALTY_CLAUSE = rx.compile(rf"\s*(?:并|已|依法|共)?\s*(?:(?:{alternation(zh.PASSIVE_MARKS)})\s*(?:依法)?)?"
                            rf"(?:{alternation(zh.PENALTY_VERBS)})")
# …,处罚款40万元 / 对上述违法行为处罚款40万元: the value right after the penalty's verb (and its 罚款, 人民币)
PENALTY_BEFORE = rx.compile(rf"(?:{alternation(zh.PENALTY_VERBS)})(?:罚款)?(?:人民币)?\s*$")
PENALTY_SUM = rx.compile(alternation(zh.PENALTY_SUM_WORDS))
_FINDING_LEAD = rx.compile(rf"\s*(?:(?:{alternation(zh.FINDING_LEADS)})\s*[,，:：]?\s*)?")
# a company named in full after a clause's start or a word that introduces it (收到最大罚单的是甲有限责任公司)
_NAMED_COMPANY = rx.compile(r"(?:^|(?<=[,，;；:：。\s])|(?<=[对是向]))(?P<name>[\u4e00-\u9fff（）()]{2,30}?"
                            r"(?:有限责任公司|股份有限公司|有限公司))")


_COMPANY_INTRODUCED = rx.compile(r"的是|是|的")
COMPANY_NAME_MIN = 6  # characters of a company's full name: a trade name and 有限公司 at least


def _penalised_company(text: str, layout: Layout, ss: int, cs: int, vs: int) -> str:
    """The company a penalty is imposed on: the one its ;-part opens with (经查,甲有限公司超标排放,被处罚款45万元),
    else the last named in full before the penalty's clause in that part (收到最大罚单的是甲有限责任公司,被处罚40万元),
    when the value's clause states a penalty (被处罚款, 依法处以, 罚款: zh.PENALTY_VERBS) of one, no sum of penalties
    (罚款总额, 共被罚: zh.PENALTY_SUM_WORDS); "" otherwise.

    Why: a supervision notice names the company, then its offence, then what it was fined: the fine is the company's
    figure (a company's own figures are that company's), not the place the notice speaks for, nor a place inside the
    company's name (常德某某有限公司)."""
    if not (PENALTY_CLAUSE.match(text, cs, vs) or PENALTY_BEFORE.search(text, cs, vs)) or PENALTY_SUM.search(text, cs, vs):
        return ""
    ps = max(ss, last_of(text, ";；", ss, cs, layout) + 1)
    m = COMPANY_AT_CLAUSE.match(text, _FINDING_LEAD.match(text, ps, cs).end(), cs)
    k = m.end("name") if m is not None else ps
    last = None
    for last in _NAMED_COMPANY.finditer(text, k, cs):
        pass
    name = last.group("name") if last is not None else m.group("name") if m is not None else ""
    name = _COMPANY_INTRODUCED.split(name)[-1]  # (收到最大罚单的是甲有限责任公司: the name after what introduces it)
    if len(name) < COMPANY_NAME_MIN or _class_of_units(name) or _class_of_actors(name):
        return ""
    return name


_RESPECTIVELY = rx.compile(r"分别|依次")


def _item_company(text: str, cs: int, vs: int, mentions, m_starts, parallel: bool = False) -> str:
    """The company opening the value's item when the item follows another after 、 (天河电子实现税收1000万元、得意电子
    实现税收500万元: 得意电子 for the 500), written in full (某某公司) or short (``_short_company``); "" when the item
    opens with no company or its clause distributes its figures (分别, 依次).  ``parallel``: the item before it was a
    company's figure, so a brand that is an ordinary word (得意, 宏图) is read as the next company's, as the first was.

    Why: a clause's actor is read at the clause's start, and an item after 、 went on about it; items joined by 、 are
    parallel, and one that names its own company (each with its own threshold: 甲税收过千万元、乙税收过500万元) states
    that company's figure, as the first item states the first's."""
    p = text.rfind("、", cs, vs)
    if p < 0 and text[cs - 1:cs] != "、" or _RESPECTIVELY.search(text[cs:vs]):
        return ""
    a = max(cs, p + 1)
    seg = text[a:vs]
    cm = COMPANY_AT_CLAUSE.match(seg)
    if cm and not _class_of_units(cm.group("name")) and not _clause_not_name(cm.group("name")):
        return cm.group("name")
    short = COMPANY_SHORT_AT_CLAUSE.match(seg)
    if short and _short_company(text, a, short, mentions, m_starts, ordinary_brand=parallel):
        return short.group("name")
    return ""


_CONNECTIVE = rx.compile(rf"^(?:{alternation(zh.CLAUSE_CONNECTIVES)})[,，:：]?(?=[\u4e00-\u9fff]{{2}})")


# the mark an item of a list opens with (——重大产业项目 累计完成投资…, ●, ▶): no character of a name
_ITEM_MARK = rx.compile(r"^[—\-－―·•●■◆▶▲★☆◇□○◎→>＞]+\s*")


_CLASS_OF_WORKS = ("项目", "工程", "类项目")  # what a zone's word heads when it names a class of works


def _actor_name(name: str) -> str:
    """The actor's name as written, without the mark of the list item it opens (——), what says where it is (位于…的,
    …在某县) nor the word joining its clause to the one before (其中东坡县 → 东坡县)."""
    name = _CONNECTIVE.sub("", _ITEM_MARK.sub("", name))
    if "的" in name[:-1]:
        name = name.rsplit("的", 1)[1]
    m = _ACTOR_WHERE.match(name)
    return m.group("name") if m else name


# 市开发区, 县经开区, 区高新区: a zone written with its level's character only, the zone of the text's own place
LEVEL_ZONE = rx.compile(rf"\s*(?:其中[,，:：]?)?\s*(?P<name>[省市州县区旗](?:{'|'.join(sorted(ZONE_WORDS, key=len, reverse=True))}))"
                        r"(?![\u4e00-\u9fff]{0,3}(?:局|委|办|公司|集团|中心|管委会))")
_ITEM_SEPS = "、,，;；:：(（"


# 上坪村建成高标准农田800亩; 石门村发展民宿23家,接待游客3.5万人次: a village heading its sentence or ;-part
VILLAGE_HEAD = rx.compile(r"\s*(?:其中[,，:：]?)?\s*(?P<name>[\u4e00-\u9fff]{1,4}?村)(?=[\u4e00-\u9fff])")
_NOT_VILLAGE = frozenset(zh.NOT_VILLAGE_WORDS)
_VILLAGE_DID = rx.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{alternation(zh.VILLAGE_VERBS)})")


# a place named first in a bracket, then what it has (（东山镇，现有贫困户900户）, (西岭村:脱贫户120户)): its name and
# the separator after it; a gazetteer's place there is taken by its resolved name
_BRACKET_PLACE = rx.compile(rf"\s*(?P<name>[\u4e00-\u9fff]{{1,8}}?(?:{alternation(zh.LOWER_PLACE_SUFFIXES)}))"
                            r"\s*[,，:：;；]")
BRACKET_PLACE_REACH = 80  # characters from a bracket's opening to a value inside it


def _bracket_place(text: str, layout: Layout, vs: int, mentions, m_starts) -> str:
    """The place a bracket holding the value names first (重点镇：1个（东山镇，现有贫困户900户，贫困人口2800人）→
    东山镇 for 900 and 2800): a list item counting a class of places names its member in brackets and gives that
    member's figures after it; "" when the value lies in no such bracket.  Each bracket names its own: an item after it
    does not keep the town."""
    ps, _ = layout.para_of(vs)
    lo = max(ps, vs - BRACKET_PLACE_REACH)
    k = max(text.rfind("(", lo, vs), text.rfind("（", lo, vs))
    if k < 0 or _CLOSING_BRACKET.search(text[k + 1:vs]):
        return ""
    part = max(k, text.rfind(";", k, vs), text.rfind("；", k, vs))  # （南岭村，…；北坡村，…）: each part its own
    m = _BRACKET_PLACE.match(text, part + 1, vs)
    if not m or _names_class(m.group("name")) or not _COUNT_BEFORE.search(text, ps, k):
        return ""
    j = bisect.bisect_left(m_starts, m.start("name"))
    if j < len(mentions) and mentions[j].start == m.start("name") and mentions[j].end == m.end("name"):
        return mentions[j].name
    return m.group("name")


# before the bracket: a count of the item's class (重点镇：1个（…）): the bracket names what was counted
_COUNT_BEFORE = rx.compile(rf"\d+\s*(?:{alternation(zh.PLACE_COUNT_UNITS)})\s*\Z")


def _village_head(text: str, layout: Layout, vs: int, mentions, m_starts) -> str:
    """The village (a place no gazetteer holds) that heads the value's ;-part or sentence and does something
    (上坪村建成…, 溪口村村集体经济收入…), when no place or scope word (全镇) leads a clause nearer the value; ""."""
    ss, _ = layout.sent_of(vs)
    k = max(ss, last_of(text, ";；", ss, vs, layout) + 1)
    k = _ENUM_RE.match(text, k, vs).end()
    m = VILLAGE_HEAD.match(text, k, vs)
    if not m:
        return ""
    name = m.group("name")
    if len(name) < 3 or any(name.endswith(w) for w in _NOT_VILLAGE) or name.startswith(zh.VILLAGE_NOT_OPENING) \
            or PLACE_THEN_CLAUSE.match(text, m.end()) is None and not UNIT_REPORT.match(text, m.end()) \
            and not _VILLAGE_DID.match(text, m.end(), vs):
        return ""
    if SCOPE_WORD.search(text, m.end(), vs) or _any_region_in(mentions, m_starts, m.end(), vs):
        return ""
    return name


def _level_zone(text: str, layout: Layout, ss: int, vs: int) -> str:
    """The zone written with its level (市开发区, 县经开区) that opens the list item or clause of a value (东坡区35个、
    市开发区12个; 其中市高新区完成投资8亿元): the zone is its own subject, never the place named before it in the
    list; "" when none."""
    k = max(ss, last_of(text, _ITEM_SEPS, ss, vs, layout) + 1)
    m = LEVEL_ZONE.match(text, k, vs)
    return m.group("name") if m else ""


# what an actor at a clause start cannot hold (a time, a plan word, a figure…) or open with (a verb of the report)
_ACTOR_NOT_NAME = rx.compile(r"全|已|预计|计划|力争|确保|今年|上半年|年|月|季度|需|\d|"
                             rf"应|按|进度|实际|剩余|{alternation(zh.CLAUSE_IN_NAME)}|"
                             rf"{alternation(zh.AVERAGE_ADVERBS)}")
# …nor a preposition (与央企合作项目投资规模…: the projects done with someone, a class) nor what was done (zh.DONE_VERBS)
_ACTOR_VERB_FIRST = rx.compile(rf"(?:完成|实现|累计|投资|计划|新增|共|预计|力争|确保|要|将|与|跟|同(?!时|期|比))|"
                               rf"(?:{alternation(zh.DONE_VERBS)})|(?:{alternation(zh.ACTOR_NOT_OPENERS)})")
# 位于某县的化工企业, 某区的竹编产业园: a unit named by its place and 的 (the place is where it is, not who reports)
_PLACED_UNIT = rx.compile(rf"(?:{alternation(zh.PLACED_UNIT_VERBS)})?[\u4e00-\u9fff]{{1,10}}?(?:自治区|[省市州盟县区旗镇乡])的"
                          rf"(?!{alternation(zh.PLACED_UNIT_CLASSES)})(?P<unit>[\u4e00-\u9fff]{{2,12}}"
                          rf"(?:{alternation(zh.PLACED_UNIT_HEADS)}))")


# 甲大桥、乙路及丙项目分别完成投资…: the heads a 分别 spreads the values over are the list's items, no one actor
_SPREADS_OVER = rx.compile(r"分别|依次")


_INVESTMENT_PROGRESS_PLACE = rx.compile(r"([^\s,;。、]{1,12}?)(?:累计)?(?:完成投资|完成形象进度)")


_COUNTED_DIVISION = rx.compile(alternation(sorted((w for w, _ in zh.COUNTED_DIVISIONS), key=len, reverse=True)))
_DIVISION_LEVEL = dict(zh.COUNTED_DIVISIONS)
_ECONOMY_PART = rx.compile(alternation(zh.ECONOMY_PART_WORDS))
_GLOSS = rx.compile(r"^\s*[(（][^()（）]{1,12}[)）]")
# the head of a named work, facility or firm (地铁, 大桥, 机场, 综合保税区, 集团): a class of the place's own (项目, 园区)
# names none
_THING_HEAD = rx.compile(alternation(sorted({h for h in zh_projects.HEADS if h not in zh_projects.CLASS_HEADS}
                                            | {"公司", "集团"}, key=len, reverse=True)))


def _counts_divisions(text: str, c: Cand, cs: int) -> int:
    """The level of the divisions a count opening its clause counts (10个区入选全国百强区: 3), 0 when the clause does
    not open with a count of divisions.  Such a count is the clause's own subject."""
    if c.unit not in zh.PLACE_COUNT_UNITS or not SCOPE_LEAD.fullmatch(text, cs, c.vs):
        return 0
    m = _COUNTED_DIVISION.match(text, c.mend)
    return _DIVISION_LEVEL[m.group()] if m else 0


def _names_a_thing(text: str, layout: Layout, end: int, mce: int) -> bool:
    """Whether the place ending at ``end``, leading a clause that ends at ``mce`` and states no figure, qualifies the
    name of a work, a facility or a firm there (南昌地铁1号线北延开通运营, 九江长江大桥建成通车) rather than opening what
    the place does (南昌获批…, 赣州加快…) or is (南昌综合实力增强): the
    clause then tells of a thing of the place, and the clauses after it do not speak of the place (…,全年完成交通投资
    500亿元 is the text's own).  A part of the place's economy (萍乡市光伏产业加快发展) still speaks of the place."""
    rest = _GLOSS.sub("", text[end:mce], count=1)  # 某某综合保税区(一期)实现封关运营: the gloss names no other thing
    if not rest.strip() or _ECONOMY_PART.search(rest) or PLACE_THEN_CLAUSE.match(rest):
        return False
    k = bisect.bisect_left(layout.cand_starts, end)
    if k < len(layout.cand_starts) and layout.cand_starts[k] < mce:
        return False  # 九江港集装箱吞吐量突破80万标箱: a figure of the place's, the clauses after go on about it
    if not _THING_HEAD.search(rest):
        return False  # 南昌综合实力显著增强: what the place is or has, no thing of it
    from .jieba_dict import jieba, tables
    try:
        _, tags = tables()
        first = next(iter(jieba().cut(rest, HMM=False)), "")
    except (ImportError, OSError):  # no jieba: the place reaches as far as before
        return False
    return not tags.get(first, "").startswith(zh.PREDICATE_TAGS)


def _place_then_class(text: str, cs: int, name: str, mentions, m_starts) -> bool:
    """Whether a would-be actor ``name`` written at ``cs`` is a place named first (as the gazetteer reads it, in full or
    short: 南宁市, 湖北) and then a class of its projects or units (自治区层面重大项目, 重点建设项目, 在建项目): the place is
    who the figure is about, the class what is measured (its indicator), no body of its own."""
    j = bisect.bisect_left(m_starts, cs)
    if j >= len(mentions) or mentions[j].start != cs:
        return False
    while j + 1 < len(mentions) and mentions[j + 1].start == mentions[j].end:
        j += 1  # 广西南宁市…: the chain's last place
    rest = name[mentions[j].end - cs:]
    return bool(rest) and mentions[j].end - cs < len(name) and (rest in zh.GENERIC_HEADS or _class_of_units(rest))


def _class_of_actors(name: str) -> bool:
    """Whether ``name`` ends in the head of a class of actors (民营企业, 规上工业企业, 城乡居民: zh.ACTOR_CLASS_HEADS):
    the place's figure split by a class, no actor's; one unit set by where it is (仁寿县的化工企业) is its own."""
    return _actor_name(name).endswith(zh.ACTOR_CLASS_HEADS) and not _PLACED_UNIT.fullmatch(name)


# 省重点工程建设项目完成投资600亿元: a class of projects by its rank (an optional level, 重点/重大, then its head)
# (省市重点工程建设项目, 省市县重大项目: the lists of several levels together)
# (省市两级重点工程建设项目, 市县两级重大项目: the lists of several levels together, counted by 两级/三级)
_PROJECT_CLASS = rx.compile(r"(?:全?[省市县区州盟旗]{1,3}|[省市县区州盟旗]级|[省市县区州盟旗]{2,3}[两三四]级)?(?:"
                            + alternation(zh.PROJECT_CLASS_LEADS)
                            + r")[^\W\d_]{0,8}?(?:" + alternation(zh.PROJECT_NOUNS) + ")")


def _names_field(name: str) -> bool:
    """Whether a name opening a clause before 完成投资/实现… is made of ordinary words only (公路项目, 高速公路, 铁路建设,
    收尾项目, 生态旅游业, 建设与改造项目, 民航机场领域): a field, class or stage of the place's investment or economy,
    whose figure stays the place's and whose name is part of what is measured.  A body or a work is named by a word
    that is no ordinary vocabulary (巴斯夫, 鹍远), a place (廉江核电: the caller looks for one) or a body's head
    (某某集团, 石化公司, 管理局: ORG_NAME)."""
    name = _actor_name(name)
    if len(name) < 2 or ORG_NAME.search(name) or re.search(r"[A-Za-z\d“”\"]", name):
        return False
    from .jieba_dict import jieba, tables
    try:
        freq, tags = tables()
        words = jieba().lcut(name, HMM=False)
    except (ImportError, OSError):  # no jieba: read as an actor, as before
        return False
    for w in words:
        if len(w) == 1:
            if w not in zh.FIELD_NAME_CHARS:
                return False  # 甲街道, 鹍远: a character the dictionary joins to no word is a name's
            continue
        if not _ordinary_word(w, freq, tags):
            return False
    return True


FIELD_WORD_FREQ = 30  # a dictionary word rarer than this is a name's (巴斯夫), unless two ordinary words make it


def _ordinary_word(w: str, freq: dict[str, int], tags: dict[str, str]) -> bool:
    """Whether ``w`` is ordinary vocabulary: a common word that names no one (not a person's, place's or body's name),
    or a rare one made of two such words or of one and a sector's suffix (能源业 = 能源 + 业, 民航机场 = 民航 + 机场)."""
    def common(x: str) -> bool:
        return freq.get(x, 0) >= FIELD_WORD_FREQ and not tags.get(x, "").startswith(zh.NAME_TAGS)
    if common(w):
        return True
    return any(common(w[:k]) and (common(w[k:]) or w[k:] in zh.SECTOR_SUFFIX_CHARS) for k in range(2, len(w)))


def _names_activity(name: str) -> bool:
    """Whether jieba's last word of ``name`` is a verb or a verbal noun (江苏交通建设, 公铁水空基础设施建设) and no work
    or facility is named before it: the words before 完成投资 name the field the investment went to, no body that made
    it; a body's name ends in a noun (某某集团, 管理局, 某某项目), a work's names the work (某区等级公路改造)."""
    from .jieba_dict import jieba, tables
    try:
        _, tags = tables()
        words = list(jieba().cut(name, HMM=False))
    except (ImportError, OSError):  # no jieba: read as an actor, as before
        return False
    return len(words) > 1 and tags.get(words[-1], "")[:1] == "v" and not _THING_HEAD.search(name)


def programme_name(name: str) -> bool:
    """Whether a heading's name ending in 工程 says what a plan's programme does (乡村振兴示范工程, 特色产业集群打造
    工程: the words before 工程 end in a verb): a programme of the place's tasks, whose figures keep their own names,
    no group of works (产业工程, 基础设施工程) splitting the place's figures."""
    return name.endswith(zh.PROGRAMME_HEAD) and _names_activity(name[:-len(zh.PROGRAMME_HEAD)])


def _speaks_on(text: str, layout: Layout, j: int, mentions, c: Cand, cs: int, division: int) -> bool:
    """Whether the place ``mentions[j]`` that leads an earlier clause of the value's sentence is still what the
    value's clause (starting at ``cs``) speaks of.  A subject reaches over the clauses that have none of their own:
    not over a clause opening with a count of divisions as high as the place (``division``: 西昌市、简阳市跻身全国
    百强县,10个区入选全国百强区), nor past a clause in which the place only qualifies a thing (南昌地铁1号线开通,全年
    交通投资…).  A place set before its clauses alone (东坡区,12个村完成…) speaks for them all; the places of a
    、-list (西昌市、简阳市…) lead their clause together."""
    mm = mentions[j]
    end = mm.end
    while j + 1 < len(mentions) and text.startswith("、", end) and mentions[j + 1].start == end + 1:
        j += 1
        end = mentions[j].end
    _, mce = layout.clause_of(end)
    if mce > cs or not text[end:mce].strip():
        return True
    if division and mm.level and division <= mm.level:
        return False
    if _RANKED_CLAUSE.search(text, end, mce) and not BARE_CHANGE.fullmatch(text, cs, c.vs):
        return False  # 大理52件居第三位,涉及重点关注案件227件: a ranking's place stops with its rank; the count after it
        # is the whole's (a bare change after the rank, 同比增加3件, still goes on about the place)
    return not _names_a_thing(text, layout, end, mce)


# …52件居第三位 / 完成投资30亿元,排名第1位: a place's clause ending in its rank in a ranking series
_RANKED_CLAUSE = rx.compile(rf"(?:{alternation(zh.RANKED_VERBS)})\s*(?:第|前|后)?\s*(?:\d+|[一二三四五六七八九十]+)\s*[位名]\s*$")


_OTHER_UNITS = rx.compile(rf"\s*((?:{alternation(zh.OTHER_UNITS_LEADS)})(?:{alternation(zh.OTHER_UNITS_WORDS)}))"
                          rf"(?![{zh.OTHER_UNITS_NOT_AFTER}]|[\u4e00-\u9fff]{{0,3}}(?:项目|企业|单位|部门|行业|产业))")


_OWN_LEVEL_CHARS = "".join(k for k in zh.SPEAKER_LEVELS if k != zh.NATION[-1])
# (zh.OWN_LEVEL_MARKS): 省直部门 / 州直有关部门 / 市本级 / 省级 (before its figure: _FIGURE_NEXT)
OWN_LEVEL_WORD = rx.compile(rf"(?P<level>[{_OWN_LEVEL_CHARS}])(?:(?P<own>{alternation(zh.OWN_LEVEL_MARKS)})"
                            rf"(?:{alternation(zh.OWN_LEVEL_BODY_WORDS)})?(?:{alternation(zh.OWN_LEVEL_BODY_NOUNS)})?"
                            rf"|(?:{alternation(zh.OWN_LEVEL_LISTED_MARKS)}))")
_FIGURE_NEXT = rx.compile(r"\s*\d")
_OWN_LEVEL_LEAD = rx.compile(r"\s*(?:其中|另有|此外|另外)?[,，:：]?\s*")
# the item before in a list of places: a place, what it counts (a few words at most), its figure and unit, a separator
_PLACE_ITEM_BEFORE = rx.compile(r"[^,，;；。、\d]{0,12}?\d[\d.]*\s*[\u4e00-\u9fff%]{0,3}\s*[,，;；、]\s*")


def _place_item_before(text: str, a: int, mentions, m_starts) -> bool:
    """Whether the list item ending right before ``a`` is a place's with its figure (…;凉山州2件;省级1件): 省级 then
    stands beside the places as the province's own share, not as a class of things (省级7项、市级6项)."""
    j = bisect.bisect_left(m_starts, a) - 1
    return j >= 0 and a - mentions[j].end <= 24 and _PLACE_ITEM_BEFORE.fullmatch(text, mentions[j].end, a) is not None


def own_level_place(text: str, a: int, vs: int, mentions, m_starts, base_name: str,
                    parents: dict[str, str] | None = None, whole: bool = False) -> tuple[str, str]:
    """The division whose own bodies or share (zh.OWN_LEVEL_MARKS) open the clause from ``a`` to the value at ``vs``
    (…西双版纳州12件,省直部门直接办理3件 in a province's text: the province; 泸州市本级…: 泸州市), so that the level's own
    figure is not read as the last place's of the list before it; with ``whole`` the words from ``a`` to ``vs`` are
    one row's label (市直单位 | 57).  (The division, the words that name the level's bodies as written), or ("", "")
    when the clause opens otherwise or the level's division is not known.
    The division: a place written right before the mark, else the place spoken for when it is of that level (its
    name ends with the level's character: 楚雄彝族自治州 for 州直), else its ancestor of that level."""
    k = _OWN_LEVEL_LEAD.match(text, a, vs).end()
    j = bisect.bisect_left(m_starts, k)
    named = mentions[j] if j < len(mentions) and mentions[j].start == k and mentions[j].end < vs else None
    m = OWN_LEVEL_WORD.match(text, named.end if named is not None else k, vs)
    if m is None or (whole and m.end() != len(text[:vs].rstrip())) or _any_region_in(mentions, m_starts, m.end(), vs):
        return "", ""
    if not m.group("own") and not whole and not (
            _FIGURE_NEXT.match(text, m.end()) and _place_item_before(text, a, mentions, m_starts)):
        return "", ""  # 其中:省级7项、市级6项: classes of projects, no place's own share
    level = m.group("level")
    if named is not None:
        place = named.name if named.name.endswith(level) else ""
    else:
        place = own_level_of(level, base_name, parents)
    return (place, text[named.start if named is not None else m.start():m.end()]) if place else ("", "")


def own_level_of(level: str, base_name: str, parents: dict[str, str] | None = None) -> str:
    """The division of ``level`` (省, 州, 市 …) whose own bodies a text of ``base_name`` speaks of: the place itself
    when of that level (楚雄彝族自治州 for 州直), else its ancestor of that level (市直 in a county's text: its city)."""
    return base_name if base_name.endswith(level) else wider_place(level, base_name, parents)


def own_level_label(label: str, base_name: str, parents: dict[str, str] | None = None) -> str:
    """The division a table row's label names when it is a level's own bodies or share (市直单位 | 57 and 省级 | 1
    under rows of the places below it), else ""."""
    m = OWN_LEVEL_WORD.fullmatch(re.sub(r"\s+", "", label))
    return own_level_of(m.group("level"), base_name, parents) if m else ""


def _to_company(c: Cand, subject: str, written: str) -> None:
    """Give ``c`` to a company (or a work acting as one) that reports it: the subject, the name as the text writes it
    (no part of the indicator), and the marks that the figure is its own body's and that later clauses may go on
    about it."""
    c.subject = subject
    c.extra["actor"] = True
    c.extra["own_body"] = True
    c.extra["subject_written"] = written


def subject(text: str, layout: Layout, c: Cand, mentions: list[RegionMention], m_starts: list[int],
            sections: list[SectionRegion], sec_starts: list[int], main_name: str, main_short: str,
            prev: Cand | None = None, parents: dict[str, str] | None = None) -> None:
    """``c.subject``: the row's project or unit, a project spoken of, a label, an actor at the clause start, the
    region leading a clause of the sentence, else the part's, section's or document's place.  ``prev`` is the value
    before ``c`` in the text (its subject already set); ``parents``: the city a place the gazetteer lacks lies in, as
    the chain heading its text names it (``DocRegions.parents``)."""
    item = _spaced_item_place(text, layout, c.vs, mentions)
    if item is not None:
        c.subject = item[1]  # 一季度项目集中开工 甲县:36个 乙区:16个: each item's place, as the text names it elsewhere
        c.extra["subject_written"] = item[0]
        c.extra["place_led"] = True
        return
    rh = row_head(text, layout, c.vs)
    lh = label_head(text, layout, c.vs)
    if lh is not None and (rh is None or rh[0] <= lh[0] < rh[1] or rh[1] <= lh[0]):
        rh = None  # the label is nearer than (or is) the name row_head found
    else:
        lh = None
    if rh is not None:
        c.subject = rh[2]  # a unit heading its row without a colon is kept as written (市交通局承办…)
        c.extra["subject_written"] = rh[2]  # the name as the text writes it is no part of the indicator
        chained = _chain_named(mentions, m_starts, rh[0], rh[0] + len(rh[2]))
        if chained is not None:
            c.subject = chained.name  # a place by its short form (黔东南州 |): its gazetteer name, as any place's
        own, _ = own_level_place(text, rh[0], rh[0] + len(rh[2]), mentions, m_starts,
                                 _owner(c.vs, sections, sec_starts, main_name), parents, whole=True)
        if own:
            c.subject = own  # 市直单位 | 57 under the rows of its counties: the city's own bodies, the city
        c.extra["own_body"] = True
        return
    project = _project_spoken_of(text, layout, c)
    if project:
        c.subject = project
        c.extra["subject_written"] = project
        c.extra["own_body"] = True
        return
    named = _bracket_place(text, layout, c.vs, mentions, m_starts)
    if named:
        c.subject = named  # 重点镇：1个（东山镇，现有贫困户900户）: the place the bracket names
        c.extra["subject_written"] = named
        return
    base_name, base_short = main_name, main_short
    if lh is not None:
        chained = _chain_named(mentions, m_starts, lh[0], lh[1])
        if chained is not None:
            c.subject = chained.name  # a place (陕西省凤县:, its province before it): resolved through the gazetteer
            return
        if not _unit_reports_field(text, lh, c):  # (县农业农村局：蔬菜种植面积达到12万亩: the place's, read below)
            c.subject = _owned(lh[2], _owner(c.vs, sections, sec_starts, main_name))
            c.extra["subject_written"] = lh[2]
            return
    cs, _ = layout.clause_of(c.vs)
    om = _OTHER_UNITS.match(text, cs, c.vs)
    if om is not None:
        c.subject = ""  # 甲、乙市开工率分别为98%、96%,其他市均达到100%: the rest, no place named
        c.extra["subject_written"] = om.group(1)
        c.extra["other_units"] = True
        return
    i = bisect.bisect_right(sec_starts, c.vs) - 1
    if i >= 0:
        base_name, base_short = sections[i].name, sections[i].short
    part = _region_part(text, layout, c.vs, mentions, m_starts)
    if part is not None and (i < 0 or sections[i].start < part[0]):
        base_name, base_short = part[1].name, part[1].short
    ss, _ = layout.sent_of(c.vs)
    cs, _ = layout.clause_of(c.vs)
    own, written = own_level_place(text, cs, c.vs, mentions, m_starts, base_name, parents) \
        if not _in_brackets(text, ss, c.vs) else ("", "")  # (141个责任单位(市直部门32个、…): parts of a whole counted)
    if own:
        c.subject = own  # …西双版纳州12件,省直部门直接办理3件: the province itself, not the last place listed
        c.extra["subject_written"] = written
        c.extra["place_led"] = True
        c.extra["own_level"] = True
        return
    village = _village_head(text, layout, c.vs, mentions, m_starts)
    if village:
        c.subject = village
        c.extra["subject_written"] = village
        return
    zone = _level_zone(text, layout, ss, c.vs)
    if zone:
        c.subject = _owned(zone, _owner(c.vs, sections, sec_starts, main_name))
        c.extra["subject_written"] = zone
        return
    # 该县实现新开工项目40个 after 岚溪县…: the place named before, not the text's nor the clause's words
    named = _anaphor_place(text, layout, ss, c.vs, mentions, m_starts)
    if named is not None:
        c.subject = named.name
        c.extra["place_led"] = True
        return
    # an organisation or project that completed/achieved the value: 巴斯夫完成投资60.77亿元
    seg = text[cs:c.vs]
    # 甲公司四期项目等10个项目: a count closing a list of examples, whose items name no actor of the count
    closes_examples = bool(_EXAMPLES_COUNTED.search(text, max(cs, c.vs - 2), c.vs))
    m = ACTOR_AT_CLAUSE.match(seg) if not closes_examples else None
    if m and not SUBJECT_WORDS.search(m.group(1)) and _actor_name(m.group(1)) not in zh.GENERIC_HEADS \
            and not _class_of_actors(m.group(1)) and not _names_activity(m.group(1)) \
            and not _ENUMERATION_IN.search(m.group(1)) and not _COMPARED_IN.search(m.group(1)) \
            and not _class_of_units(m.group(1)) and not _class_of_units(_actor_name(m.group(1))) \
            and not _ACTOR_NOT_NAME.search(m.group(1)) \
            and not _ACTOR_VERB_FIRST.match(m.group(1)) and not _SPREADS_OVER.search(m.group(1)) \
            and not _place_then_class(text, cs, m.group(1), mentions, m_starts) \
            and strip_method(m.group(1)) == m.group(1):  # 市口径统计完成投资…: the basis counted on, no actor
        name = m.group(1)
        j = bisect.bisect_left(m_starts, cs)
        is_region = j < len(mentions) and mentions[j].start == cs and mentions[j].end == cs + len(name)
        if SECTOR_WORDS.search(name) and not is_region:
            pass  # 第一产业完成投资…, 中直经济实现增加值…: a split of the place's economy, not an actor
        elif not is_region and _names_field(name) and not _any_region_in(mentions, m_starts, cs, cs + len(name)):
            pass  # 公路项目完成投资…, 铁路建设完成投资…, 生态旅游业累计完成…: a field of the place's, no actor
        elif ORG_SUFFIX.search(name) or "完成投资" in seg or is_region or _PLACED_UNIT.fullmatch(name):
            if is_region:
                c.subject = shared_subject(_joined_places(text, layout, mentions, j), text[mentions[j].end:c.vs])
            elif len(_actor_name(name)) >= 2 and base_name.endswith(_actor_name(name)):
                c.subject = base_name  # 森工集团完成造林… in a text of 某省森工集团: the text's own body, as it names it
                c.extra["subject_written"] = name
            else:
                c.subject = _actor_name(name)
                c.extra["actor"] = True
                c.extra["own_body"] = True
            return
    # 某区某某电子科技有限公司年产值突破10亿元: a company opening the value's clause reports of itself
    cm = COMPANY_AT_CLAUSE.match(seg) if not closes_examples else None
    if cm and not _class_of_units(cm.group("name")) and not _clause_not_name(cm.group("name")):
        _to_company(c, _actor_name(cm.group("name")), cm.group("name"))
        return
    short = COMPANY_SHORT_AT_CLAUSE.match(seg) if not closes_examples else None
    if short and not _RESPECTIVELY.search(seg) and _short_company(text, cs, short, mentions, m_starts):
        _to_company(c, short.group("name"), short.group("name"))  # 甲石化完成原油加工量300万吨: the company as written
        return
    # 甲电子实现税收1000万元、乙电子实现税收500万元: an item after 、 opening with a company of its own is that company's
    # 某某科技有限公司是县里引进的重点企业,近年来…,年产值从600多万元提高到7000多万元: the company the sentence is about
    opened = _company_opening(text, layout, ss, cs, c.vs, mentions, m_starts) if not closes_examples else ""
    opened = opened or _penalised_company(text, layout, ss, cs, c.vs)  # 甲有限公司超标排放,被处罚款45万元
    if opened:
        _to_company(c, _actor_name(opened), opened)
        return
    parallel = prev is not None and bool(prev.extra.get("actor")) and prev.vs >= ss
    own = _item_company(text, cs, c.vs, mentions, m_starts, parallel) if not closes_examples else ""
    if own:
        _to_company(c, _actor_name(own), own)
        return
    # 某某公司实现产值5亿元,同比增长12%: a bare change goes on about the actor of the value before it in the sentence;
    # 甲石化完成原油加工量300万吨、增产近10万吨: so does an item joined to the actor's by 、 that names no one of its own
    if prev is not None and prev.extra.get("actor") and prev.vs >= ss and (
            BARE_CHANGE.fullmatch(text, cs, c.vs) or BARE_RANK.fullmatch(text, cs, c.vs)
            or (text[cs - 1:cs] == "、" and layout.clause_of(prev.vs)[1] >= cs - 1
                and not _any_region_in(mentions, m_starts, cs, c.vs) and _ACTOR_ITEM.fullmatch(text, cs, c.vs))):
        c.subject = prev.subject
        c.extra["actor"] = True
        c.extra["own_body"] = prev.extra.get("own_body", False)
        return
    # an organisation named right before its value (石化公司1.1亿元), and the clauses after it in its ;-part
    org = _org_before(text, layout, c, cs)
    if org:
        c.subject = org
        return
    body = _body_item(text, c, cs)
    if body:
        c.subject = body  # (as written: 县住建局, as a notice's readers name it)
        c.extra["subject_written"] = body
        return
    # zone word at the clause start without a region: 经济开发区力争… in a 江都 section → 江都经济开发区
    zm = ZONE_RE.match(text, cs, c.vs) or _zone_opening(text, ss, cs, c.vs, mentions, m_starts)
    if zm and text.startswith(_CLASS_OF_WORKS, zm.end()):
        zm = None  # 园区项目累计完成投资…: the place's works of a class (as 交通项目), no zone that reports
    if zm and base_name and ZONE_RE.search(base_name) and base_name.endswith(zm.group()):
        c.subject = base_name  # 开发区完成投资… in a text of 东坡区经济开发区: the zone itself
        c.extra["subject_written"] = zm.group()
        return
    if zm and base_short:
        j = bisect.bisect_left(m_starts, zm.start())
        named = mentions[j].name if j < len(mentions) and mentions[j].start == zm.start() else ""
        if named and ZONE_RE.search(named):
            c.subject = named  # 经开区 of a city the gazetteer's zones hold: its full name (芜湖经济技术开发区)
            return
        c.subject = base_short + zm.group()
        c.extra["subject_written"] = zm.group()  # 经开区新签约项目6个: the zone is who, not what is measured
        return
    # 甲高铁累计完成投资120亿元,桩基完成3200根,完成总工程量的65%: a work's or company's figures go on through the
    # clauses after it that name no one of their own, and into a sentence opening with 目前 / 其中 / 该项目
    body = _body_reaches(text, layout, c, prev, mentions, m_starts)
    if body:
        c.subject = body
        c.extra["own_body"] = True
        return
    # the nearest region named at the start of a clause of this sentence, before the value: the last place before it
    # that leads a clause, read from the value back (the places of a list before it are read once each, not again
    # for every figure after them: 甲县12个、乙县9个…, each item's place is found first)
    lo = bisect.bisect_left(m_starts, max(ss, c.vs - 300))
    best_j = -1
    donor = None
    division = _counts_divisions(text, c, cs)
    j = bisect.bisect_left(m_starts, c.vs, lo) - 1
    while j >= lo:
        role = place_role(text, mentions, j, c.vs)
        if role == "donor" and mentions[j].start >= ss and donor is None:
            donor = mentions[j]  # 北京市对口援建项目18个,总投资…: the donor of the sentence's works (they are where it aids)
        if _leads_clause(text, layout, c, mentions, j, role, ss, cs, division):
            best_j = j
            break
        j -= 1
    stopped = best_j  # (the places before it were not read)
    best = mentions[best_j] if best_j >= 0 else None
    if best is not None and best.start < cs and _opens_with_places_counted(text, ss, cs, c.vs):
        best = None  # …;南阳、新乡、周口等6市开工率达到100%: the clause's own places, examples of a count of divisions,
        # share its figure; no place of a clause before (郑州、洛阳2市…;) is its subject
    while best is not None and best_j + 1 < len(mentions) and mentions[best_j + 1].start == best.end \
            and mentions[best_j + 1].end <= c.vs:
        best_j += 1  # 通辽市科尔沁区开工项目12个: the chain's last place is the one named
        best = mentions[best_j]
    if best is not None and _scope_word_after(text, layout, best, c.vs, base_name):
        best = None  # 在某区举行的推介会上,全市共签约20个项目: the sentence's 全市 is its scope, not the place before it
    if best is not None and best.start < cs and _each_of_place_list(text, layout, mentions, best_j, c.vs):
        best = None  # 甲市、乙市、丙市项目投资均超过百亿元,产业项目投资占比达62%: the places of a clause before share its
        # figure alone; a later clause naming no one is the scope's (several places are no one actor to go on with,
        # unless the list totals jointly: 甲市、乙市共有13个项目全部动工,计划投资3亿元 goes on as theirs)
    if best is not None:
        # a list of regions at a clause start: 廉江市、吴川市、遂溪县、徐闻县共有…
        names = [best.name]
        k = best_j
        while k > 0 and text[mentions[k - 1].end:mentions[k].start] == "、":
            k -= 1
            names.insert(0, mentions[k].name)
        k2 = best_j
        while k2 + 1 < len(mentions) and text[mentions[k2].end:mentions[k2 + 1].start] == "、" \
                and mentions[k2 + 1].start < c.vs:
            k2 += 1
            names.append(mentions[k2].name)
        c.subject = shared_subject(names, text[mentions[k2].end:c.vs])  # (一共: all of them; 各: the first)
        c.extra["place_led"] = True  # its own clause's place: no restatement of another place's figure
        bcs, _ = layout.clause_of(best.start)
        if len(names) == 1 and best.short == base_short and not ZONE_RE.search(best.name) and \
                (best.name == base_name or text[best.start:best.end] != best.name):
            # 湛江 for 湛江市: the text's place by its short form; a full name of another division of that short form
            # (铜仁市, the county-level city, in a text of 铜仁地区) is that division's
            c.subject = base_name
        return
    if donor is None and stopped > lo:  # (the walk stopped at a place then set aside: a donor may stand before it)
        donor = _last_donor(text, mentions, lo, stopped, ss, c.vs)
    aided = _aided_place(text, mentions, donor) if donor is not None else None
    if aided is not None:
        c.subject = aided.name  # 北京市对口援建兴安盟项目…。北京市对口援建项目18个: where the aid builds
        return
    whole = _whole_broken_down(text, layout, ss, c, prev, mentions, m_starts)
    if whole:
        c.subject = whole  # 甲县GDP达80亿元。其中,农业部分…: the parts of the whole just stated are its place's
        c.extra["place_led"] = True
        return
    owner = _scope_owner(text, layout, ss, c.vs, base_name, parents)
    c.subject = "" if owner is None else owner or base_name


# 其中,: a sentence opening with the parts of the whole just stated (zh.WHOLE_PARTS_OPENERS; 分领域看 opens a new split of
# the text's topic, no part of the figure before it)
_PARTS_OPEN = rx.compile(rf"\s*(?:{alternation(zh.WHOLE_PARTS_OPENERS)})")


def _whole_broken_down(text: str, layout: Layout, ss: int, c: Cand, prev: Cand | None, mentions, m_starts) -> str:
    """The place of the whole a sentence opening with its parts (其中) breaks down (甲市有8个项目开工,总投资20亿元。其中新开工5个,
    竣工3个 / 乙县营收80亿元。其中:工业营收增长4%): the place that led the figure just before, in the
    sentence before it in the same paragraph (or earlier in this one, taken up so), when nothing from the sentence's
    start to the value names a place or speaks as one (全市), and that figure is no benchmark's set in brackets after
    a comparison (增速高于甲市(1.2%)).  "" otherwise."""
    if prev is None or not prev.subject or not prev.extra.get("place_led") or not _PARTS_OPEN.match(text, ss, c.vs):
        return ""
    if ss < 1 or prev.vs >= c.vs or _any_region_in(mentions, m_starts, ss, c.vs) or SCOPE_WORD.search(text, ss, c.vs):
        return ""
    ps, _ = layout.para_of(c.vs)
    pss, _ = layout.sent_of(ss - 1)
    if prev.vs < max(ps, pss) or _in_brackets(text, layout.clause_of(prev.vs)[0], prev.vs):
        return ""  # 增速高于甲市(1.2%)。其中,…: a benchmark's bracketed figure is no whole broken down
    return prev.subject


def _leads_clause(text: str, layout: Layout, c: Cand, mentions, j: int, role: str, ss: int, cs: int,
                  division: int) -> bool:
    """Whether the place ``mentions[j]`` (of role ``role`` in its clause, read up to the value: ``place_role``) before
    the value ``c`` (clause start ``cs``, sentence start ``ss``) leads a clause of the value's sentence as whose figures
    follow: not a place telling of a thing of its own, a project's or a venue's, a partner, a cited body, an example,
    a part included, a list a verb acts on."""
    mm = mentions[j]
    mcs, _ = layout.clause_of(mm.start)
    whole = mm.start >= ss and _whole_written_on(text, mm)
    if mm.start < cs and not whole and not _speaks_on(text, layout, j, mentions, c, cs, division):
        return False  # 南昌地铁1号线开通,全年交通投资500亿元: the place's clause told of a thing of it, not of the place
    k = max(text.rfind("(", mcs, mm.start), text.rfind("（", mcs, mm.start))
    if k >= 0 and not _CLOSING_BRACKET.search(text[k:c.vs]):
        mcs = k + 1  # 全市共签约20个(其中某区8个): a bracket the value lies in opens a clause of its own
    elif mcs == ss:
        mcs = _ENUM_RE.match(text, mcs, mm.start).end()  # 1. 某区全年实施…: an item's number is no word before it
    lead = text[mcs:mm.start]
    pm = _INVESTMENT_PROGRESS_PLACE.match(text[mm.end:mm.end + 20])
    if pm and not _class_of_units(pm.group(1)) and not _TIME_ONLY.fullmatch(pm.group(1)) \
            and _actor_name(pm.group(1)) not in zh.GENERIC_HEADS \
            and not _COMPARED_IN.search(pm.group(1)):
        return False  # 廉江核电完成投资…: a project named after its place (某区在建项目完成投资: the place's class)
    if VENUE_AFTER.match(text, mm.end) and lead.rstrip().endswith("在"):
        return False  # 在某区举行的签约仪式上,…: where an event took place is no subject of its figures
    if role:
        return False  # 赴甲市开展招商考察,签约项目6个 / 乙市重点项目清单中我区共23个: a partner, a venue, a cited notice's
        # or a list's owner is no subject of the figures after it
    if _DIRECTIVE_AFTER.match(text, mm.end) and _DIRECTIVE_LEAD.search(text, max(ss, mm.start - 12), mm.start):
        return False  # 根据省、眉山市的统一部署,…组成4个检查组: whom the text answers to, not whose figures follow
    if FACILITY_AFTER.match(text, mm.end):
        return False  # 霍城、岚山口岸过货能力提升: the places name a port, which is no subject of the figures after
    if enumerated(text, mm.end, c.vs) and not _PLACE_HAS.match(text, mm.end):
        return False  # 东坡区污水处理厂等12个项目已开工: an example's place, the count is the enclosing scope's
    if 0 <= inclusion_part(text, mm.start) <= c.vs:
        return False  # 全市项目共225个(含东坡区),总投资…: a part the whole counted before includes, not whose figures follow
    if _list_object(text, layout, mentions, j):
        return False  # 培育甲市、乙市、丙县等强县,…达到7个: a list a verb acts on, no subject of the figures after it
    gap = _PART_GAP.search(lead)
    if PLACE_LEAD.fullmatch(lead) or (gap is not None and PLACE_LEAD.fullmatch(lead, gap.end())) \
            or _TIMED_PLACE_LEAD.fullmatch(lead) or (
                _EVENT_BACKREF_LEAD.fullmatch(lead) and (whole or _clause_counts(text, layout, mm.end))):
        return True  # …集中开工仪式举行 眉山分会场开工项目42个: a blank between words opens a headline's part
        # (本次乙县集中开工项目9个,总投资…: the event's part the place did; 这次某市开发区活动,…: the event's name)
    return False


def _last_donor(text: str, mentions, lo: int, hi: int, ss: int, vs: int) -> RegionMention | None:
    """The last place of ``mentions[lo:hi]`` in the value's sentence (from ``ss``) that gives aid (``place_role``
    "donor", read up to the value at ``vs``), else None."""
    for j in range(hi - 1, lo - 1, -1):
        if mentions[j].start >= ss and place_role(text, mentions, j, vs) == "donor":
            return mentions[j]
    return None


# 这次山西省全省开发区活动,签约项目390个: the event the text reports, taken up by a demonstrative (zh.EVENT_BACKREFS)
_EVENT_BACKREF_LEAD = rx.compile(rf"\s*(?:{alternation(zh.EVENT_BACKREFS)})\s*")


def _zone_opening(text: str, ss: int, cs: int, vs: int, mentions, m_starts) -> re.Match | None:
    """The zone word (高新区, 经开区: zh.PLACE_ZONE_WORDS) opening the sentence of a value in a later clause, when nothing between names a
    place or a scope (高新区本次集中开工项目5个,总投资21亿元: the zone's total, as a place's clauses go on about it),
    else None."""
    if cs <= ss or _any_region_in(mentions, m_starts, ss, vs) or SCOPE_WORD.search(text, ss, vs):
        return None
    zm = ZONE_RE.match(text, PLACE_LEAD.match(text, ss, cs).end(), cs)
    return zm if zm is not None and zm.group() in zh.PLACE_ZONE_WORDS else None


def _clause_counts(text: str, layout: Layout, at: int) -> bool:
    """Whether the clause going on from ``at`` (right after a place) states a figure: 此次乙县集中开工2个 tells what the
    place did in the event taken up, where 这次某市开发区活动, names the event by its place."""
    return any(ch.isdigit() for ch in text[at:layout.clause_of(at)[1]])


def _whole_written_on(text: str, place: RegionMention) -> bool:
    """Whether the place is written with its own scope word right after it (山西省全省, 某市全市): the text names the
    whole of that place, so what the sentence goes on to count, over its later clauses and after a demonstrative
    taking up an event (这次山西省全省开发区活动,签约项目390个), is that place's, not the county a paragraph before
    spoke of."""
    m = SCOPE_WORD.match(text, place.end)
    return m is not None and m.group().startswith("全") and place.name.endswith(m.group("suffix"))


def _chain_named(mentions, m_starts, a: int, b: int) -> RegionMention | None:
    """The place a name written from ``a`` to ``b`` is, when it is wholly a chain of places side by side (凤县, or
    陕西省凤县 with its province before it, as a headline's label writes it): the chain's last, the division the
    name points to (the province only says where it lies); None when the name is anything else."""
    j = bisect.bisect_left(m_starts, a)
    if j >= len(mentions) or mentions[j].start != a:
        return None
    while mentions[j].end < b and j + 1 < len(mentions) and mentions[j + 1].start == mentions[j].end:
        j += 1
    return mentions[j] if mentions[j].end == b else None


# 一季度项目集中开工 甲县:36个 乙区:16个: items of a line, each a place's name, a colon and its figure, apart by blanks
_SPACED_ITEM = rx.compile(r"(?:^|(?<=[ \t\u3000]))(?P<name>[\u4e00-\u9fff]{2,12})[ \t\u3000]*[:：][ \t\u3000]*$")


def _spaced_item_from(text: str, ps: int, vs: int) -> int:
    """Where ``_SPACED_ITEM`` can first match in ``[ps, vs)``, or ``vs`` when it cannot: its match ends at ``vs``
    (or before a line break ending the window) with a colon and blanks after a name of at most 12 characters, so
    only the colon before the blanks ending at the value, and the name and blanks before it, are read (searched
    from the line's start, a line of N items read N²/2 characters)."""
    if text[vs - 1:vs] == "\n":
        return ps  # (the window's $ matches before that line break too: searched as it was)
    k = vs
    while k > ps and text[k - 1] in " \t\u3000":
        k -= 1
    if k <= ps or text[k - 1] not in ":：":
        return vs
    k -= 1
    while k > ps and text[k - 1] in " \t\u3000":
        k -= 1
    return max(ps, k - 12)


def _spaced_item_place(text: str, layout: Layout, vs: int, mentions) -> tuple[str, str] | None:
    """(as written, the gazetteer's name) of the place heading the item a value opens in a line of items apart by
    blanks (a headline naming two places' counts: 一季度项目集中开工 甲县:36个 乙区:16个), or None.  The name is
    the short or full form of a place the text names elsewhere (甲县举行…): a headline shortens the names its body
    writes, and the gazetteer does not take a bare short form alone.  Two places of one short form name none."""
    ps, _ = layout.para_of(vs)
    m = _SPACED_ITEM.search(text, _spaced_item_from(text, ps, vs), vs)
    if m is None or text.rfind("。", ps, vs) >= 0:
        return None
    written = m.group("name")
    names = {r.name for r in mentions if written in (r.name, r.short, r.written)}
    return (written, names.pop()) if len(names) == 1 else None


_AID_BEFORE = rx.compile(rf"(?:{alternation(zh.AID_GIVING_VERBS)})$")


def _aided_place(text: str, mentions, donor) -> RegionMention | None:
    """The place the text names as aided by ``donor`` (its gazetteer name), the object of an aid verb right after the
    donor's name (北京市对口援建兴安盟项目集中开工): the place the aid's works and money are in, whose figures they are
    (the headline's province, 内蒙古, is not); None when the text names none so."""
    for k, m in enumerate(mentions):
        if m.name != donor.name and _AID_BEFORE.search(text, max(0, m.start - 6), m.start) and \
                any(d.name == donor.name and d.end < m.start and text[d.end:m.start] in
                    [v for v in zh.AID_GIVING_VERBS] for d in mentions[max(0, k - 2):k]):
            return m
    return None


def _list_object(text: str, layout: Layout, mentions, j: int) -> bool:
    """Whether ``mentions[j]`` is a later member of a 、-list of places whose first member does not lead its clause
    (支持巩义市、新郑市、长垣市建设强县: the list is what a verb acts on): each 、 opens a clause of its own, so a later
    member alone looks as if it led one."""
    k = j
    while k > 0 and text[mentions[k - 1].end:mentions[k].start] == "、":
        k -= 1
    if k == j:
        return False
    fcs, _ = layout.clause_of(mentions[k].start)
    return not (PLACE_LEAD.fullmatch(text, fcs, mentions[k].start)
                or _TIMED_PLACE_LEAD.fullmatch(text, fcs, mentions[k].start))


_SCOPE_COMPARED = rx.compile(alternation(zh.SPEAKER_COMPARED_AFTER))
# 全市平均增长4.9%, 全省平均增速5.1% opening a clause of a county's text: the wider place's own average, stated as
# its figure (not 高于全省平均水平, where the scope word follows what compares)
_OWN_AVERAGE = "平均"
# 占全省的60.1%、全国的23.7%: a scope word after 、 goes on with the comparison (占, 居) of the one before it
_COMPARED_SCOPE = rx.compile(rf"[{zh.SPEAKER_COMPARED_BEFORE}](?:{alternation(zh.SCOPE_WORDS)})[国省市县区州盟旗镇乡]")


# 该县, 该区, 此市: a place spoken of again by its division only (zh.PLACE_ANAPHORS + a division's character)
_ANAPHOR = rx.compile(rf"(?:{alternation(zh.PLACE_ANAPHORS)})(?P<suffix>[{zh.ANAPHOR_DIVISIONS}])")
ANAPHOR_REACH = 400  # characters back to the place an anaphor takes up (its own or the paragraph before)


_VALUE_LISTED = rx.compile(r"[\d.]+[^\d,，;；。、\n]{0,6}、\s*\d")  # 13件、9件: a value with the next of its list after it


def _each_of_place_list(text: str, layout: Layout, mentions, j: int, vs: int) -> bool:
    """Whether ``mentions[j]`` is an item of a 、-list of places (甲市、乙市、丙市: joined by 、 alone) whose clause,
    ending before the value at ``vs``, says what each of them did (均超过百亿元, 分别增长…) rather than what they total
    jointly (共有13个项目: ``shared_subject`` names them all).  (The list's own clause holding the value, 甲、乙2市累计完成
    投资超600亿元, is the list's.)"""
    a = b = j
    while a > 0 and text[mentions[a - 1].end:mentions[a].start] == "、":
        a -= 1
    while b + 1 < len(mentions) and text[mentions[b].end:mentions[b + 1].start] == "、":
        b += 1
    if a == b:
        return False
    _, ce = layout.clause_of(mentions[b].end)
    if text[vs - 1:vs] == "、" or _VALUE_LISTED.match(text, vs):
        return False  # …分别受理15件、11件、6件,已办结13件、9件、6件: a list of values again, each the places' in turn
    return vs >= ce and "、" not in shared_subject([m.name for m in mentions[a:b + 1]], text[mentions[b].end:ce])


def _joined_places(text: str, layout: Layout, mentions, j: int) -> list[str]:
    """The places a clause opens with when its first is ``mentions[j]`` and the ones before it are joined to it by 、
    alone, the run opening its sentence's clause (甲区、乙区完成投资均已超50亿元: both share the one figure, one fact
    whose subject is the first, ``shared_subject``); ``[mentions[j].name]`` when no place stands so before it."""
    k = j
    while k > 0 and text[mentions[k - 1].end:mentions[k].start] == "、":
        k -= 1
    if k == j:
        return [mentions[j].name]
    cs, _ = layout.clause_of(mentions[k].start)
    if not PLACE_LEAD.fullmatch(text, cs, mentions[k].start):
        return [mentions[j].name]
    names = [m.name for m in mentions[k:j + 1]]
    return names if len(set(names)) == len(names) else [mentions[j].name]


def _anaphor_place(text: str, layout: Layout, ss: int, vs: int, mentions, m_starts) -> RegionMention | None:
    """The place an anaphor opening a clause of the value's sentence takes up (岚溪县今年以来狠抓项目建设。今年1至6月,
    该县实现新开工项目40个 → 岚溪县): the nearest place named before it, within ``ANAPHOR_REACH``, whose name ends in
    the anaphor's division (该县: 岚溪县, 双江自治县).  None when no clause opens with one or no such place is named."""
    found = None
    for m in _ANAPHOR.finditer(text, ss, vs):
        cs, _ = layout.clause_of(m.start())
        if SCOPE_LEAD.fullmatch(text, cs, m.start()):
            found = m
    if found is None:
        return None
    suffix = found.group("suffix")
    j = bisect.bisect_left(m_starts, found.start()) - 1
    while j >= 0 and mentions[j].start >= found.start() - ANAPHOR_REACH:
        mm = mentions[j]
        if mm.name.endswith(suffix) and mm.end <= found.start():
            return mm
        j -= 1
    return None


# after a scope word, up to a rank's value: what is ranked, then the verb of standing (and a move) right before it
# (a one-character verb, 居, 列, 排, only before 第: 居民 is no standing)
_RANKED_IN = rx.compile(rf"[^,，;；。:：\n\d]{{0,30}}?(?:(?:{alternation([v for v in zh.RANKED_VERBS if len(v) > 1])})"
                        rf"[^,，;；。:：\n\d]{{0,2}}?(?:{alternation(zh.RANK_FIELD_MOVES)})?第?|[居列排]第)")
_RANK_FIELD = rx.compile(alternation(zh.RANK_FIELDS))
_RANK_VALUE = rx.compile(r"\d|[一二三四五六七八九十]")
# 全国13个粮食主产省之一,…: the scope word's clause names a set of it the text's place is one of
_MEMBER_CLAUSE = rx.compile(rf"[^,，;；。:：\n]{{0,30}}?{zh.MEMBER_OF}(?=[,，;；。\n]|$)")


def _ranked_in(text: str, end: int, vs: int) -> bool:
    """Whether the scope word ending at ``end`` names the field its clause ranks something in (全国百强县排名第37位,
    全省县域经济综合排名第8位): what is ranked, the verb of standing right before the rank's value, no wider field
    after it (全省经济总量居全国第10位, 全国经济总量稳居世界第二: the scope word is then who is ranked).  So for the
    rank and for the clauses after it in its sentence (…排名第37位,6个乡镇入围…): the scope word speaks for neither."""
    m = _RANKED_IN.match(text, end, vs)
    if m is None or not (m.end() == vs or _RANK_VALUE.match(text, m.end())):
        return False
    return not _RANK_FIELD.search(text, end, m.end()) and not SCOPE_WORD.search(text, end, m.end())


def _scope_owner(text: str, layout: Layout, ss: int, vs: int, base_name: str,
                 parents: dict[str, str] | None = None) -> str | None:
    """The division a clause's own scope word names when it is wider than the place spoken for (全市规上工业增加值增长6.5%
    in a 东坡区 text: 眉山市; 全省… : 四川省): the place's ancestor of that suffix, or "" (the place itself).
    A place the gazetteer lacks has the city its text's heading chain names (``parents``) and that city's ancestors;
    None when the scope word is wider than the place and that wider division is not known (全市 in a town's bulletin
    that never names its city: SCHEMA's subject "", not the town)."""
    found = None
    for m in SCOPE_WORD.finditer(text, ss, vs):
        cs, _ = layout.clause_of(m.start())
        if SCOPE_LEAD.fullmatch(text, cs, m.start()) and (not _SCOPE_COMPARED.match(text, m.end())
                                                          or text.startswith(_OWN_AVERAGE, m.end())) \
                and not (text[m.start() - 1:m.start()] == "、" and _COMPARED_SCOPE.search(text, ss, m.start())) \
                and not REF_MEETING_AFTER.match(text, m.end()) \
                and not scope_names_event(text, m.end(), len(text)):  # (全省…会议结束后,…: the meeting followed; 全省…集中
            found = m  # 开工眉山分会场举行…: whose event; not 全省排名第2, 全市平均水平: what the figure is measured against
    if found is not None and (_ranked_in(text, found.end(), vs) or _MEMBER_CLAUSE.match(text, found.end())):
        return ""  # 全国百强县排名第37位(,6个乡镇…) in a county's text: the field the county is ranked in, not who is
    if found is not None and found.group("suffix") == "国":
        return zh.NATION  # 全国共发生事故…, 我国粮食产量…: the nation, whatever place the text speaks for
    if found is None or not base_name or base_name.endswith(found.group("suffix")):
        return ""
    wider = wider_place(found.group("suffix"), base_name, parents)
    if not wider and _below_level(base_name, found.group("suffix")):
        return None
    return wider


# the place suffixes with their levels, longest first (街道 before 道): read per subject, sorted once
_SUFFIX_LEVELS = tuple(sorted(zh.PLACE_SUFFIXES.items(), key=lambda kv: -len(kv[0])))


def _below_level(name: str, suffix: str) -> bool:
    """Whether the place ``name`` is of a level below the division a scope word of ``suffix`` speaks for (a 镇 or 街道
    under 全市 or 全区; a 县 under 全市)."""
    own = next((lv for x, lv in _SUFFIX_LEVELS if name.endswith(x)), 0)
    return own > zh.LEVEL_RANKS.get(suffix, 99)


def wider_place(suffix: str, base_name: str, parents: dict[str, str] | None = None) -> str:
    """The division of ``suffix`` (省, 市, 区 …) that ``base_name`` lies in (全省 of a city's text: its province), the
    nation for 国; "" when none is known.  A place the gazetteer lacks has the city its text's heading chain names
    (``parents``) and that city's ancestors."""
    if suffix == "国":
        return zh.NATION
    if not base_name or base_name.endswith(suffix):
        return ""
    from .regions import gazetteer
    try:
        g = gazetteer()
    except OSError:  # no gazetteer: no ancestry, the place itself
        return ""
    r = g.resolve(base_name)
    if r is not None and r.level >= 4 and sum(1 for x in g.named(base_name) if x.name == base_name) > 1:
        r = None  # 三角镇, one of several towns of that name none of which the text anchors: no known ancestor
    if r is None:
        up = (parents or {}).get(base_name, "")
        if not up or up.endswith(suffix):
            return up  # 青山市临水区 …全市: the city the chain names
        r = g.resolve(up)
        if r is None:
            return ""
    return next((a.name for a in g.ancestors(r) if a.name.endswith(suffix)), "")
