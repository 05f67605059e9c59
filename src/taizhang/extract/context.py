"""The document context: where and when a document speaks of, resolved once with its evidence.

Every fact of a document inherits the document's place and time unless a nearer scope
(a section headed 2023年, a paragraph opening 上半年, a clause naming 兴文县) says
otherwise (see ``scope.py``).  This module decides the outermost layer:

- **date** — the day (or year) the document speaks from, from the strongest source the
  text offers: a meeting dateline (——2018年12月25日在…人民代表大会上), a labelled field
  (发布时间/发布日期/公开日期/成文日期), front matter ``date:``, HTML meta tags, a
  signature date at the end, a date line in the header, a canonical address with a date,
  即将过去的2018年, the year in the title.  Lines of page chrome (related links, footers,
  the site's own date above the breadcrumb) are never read.  The text's own dateline (a line
  holding only a full date under the headline or after a summary lead, a date in brackets closing
  the headline, a date run into the lead) outranks an editor's or reposter's line
  (编辑:某某 2016-02-07, 转载自…) and a page posted long after it.
- **year** — the year 今年/全年/目前 refer to: a bulletin's or plan's title year
  (2023年…统计公报 published in 2024 still speaks of 2023), else the date's year, unless a lead
  opening on the year the body states as its own (2019年,全省…) contradicts a page's date; an
  undated text takes its headline's year, written with or without 年 (2024全国地方两会|…).
- **place** — the region the document is *about*: the issuing body or the meeting
  (兴文县人民政府, 沅陵县第十七届人民代表大会), the title, self-reference (全县/我县 with
  a named county), else the most specific region of the most mentioned chain.  A county
  named by its full name in such a position is accepted even when its prefecture is never
  named.
- **genre** — work report, plan, statistics analysis, communiqué, project list,
  supervision notice, notice, interview, news.
- **period** — the time the whole document reports on, from its title (上半年…经济运行情况
  → ``Y-H1``; 1-7月…经济 → ``Y-M01..M07``), its lead or preamble, else the span that leads
  most of its figure sentences (某市经济运行开局良好 … 一季度全市实现… → ``Y-Q1``).

When the text never states the year or the place, they stay unknown (``year`` None,
``place`` None): the schema's text-only rule.  A :class:`Hints` record (from
``--manifest``) fills only what the text leaves unknown.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import rx
from .docregions import away_place, cited_other, company_named, inclusion_part, left_out, names_source, nation_speaks, only_listed, reference_place, sentence_end, source_not_issuer, unquoted
from .regions import TOWN, Region, written_forms
from .lang import alternation, zh
from .normalize import normalize_chars, simplified_script
from .numerals import parse_number
from .segment import paragraph_spans
from .units import MAG_PATTERN, UNIT_PATTERN

# ------------------------------------------------------------------ records


@dataclass
class Evidence:
    """Where a decision comes from: raw offsets into the document and the rule that fired."""
    source: str  # dateline, field, front_matter, meta_tag, signature, header, url, review_year, title, manifest, ...
    start: int = -1
    end: int = -1
    text: str = ""


@dataclass
class DocDate:
    value: str  # YYYY-MM-DD, or YYYY when only the year is known (an event's day of no known year: ?-MM-DD)
    evidence: Evidence

    @property
    def year(self) -> int:
        return int(self.value[:4])


@dataclass
class DocPlace:
    name: str  # full name: 兴文县
    short: str  # 兴文
    level: int  # regions.PROVINCE .. COUNTY (0: not in the gazetteer)
    code: str
    confidence: float  # 0.9 issuer/meeting, 0.85 branch venue, 0.8 title, 0.7 self-reference, 0.5 most mentioned, …
    evidence: Evidence
    frame: object = None  # the frame decision weighed over it (docregions.PlaceFrame), None when none was made


@dataclass
class TimeFrame:
    """The time a text is about, decided once for the whole text from its title, lead, preamble or opening, with
    the evidence: ``year``, the year its catalogue and plan figures hold in (年度计划投资, 总投资, 安排项目40个), and
    ``as_of``, the cut-off its progress figures (完成投资, 已开工, 开工率) are reported as of, in the period grammar
    (``2026-M01..M09``, ``..2026-M09``, ``2026-Q1``).  A frame that is unsure (cut-offs of the opening that disagree,
    a cut-off of another year) says why in ``unsure`` and leaves ``as_of`` "": then it changes nothing."""
    year: int | None = None
    as_of: str = ""
    source: str = ""  # title, lead, preamble (the document's period), body (the opening's cut-off), dateline
    evidence: Evidence | None = None
    confidence: float = 0.0
    unsure: str = ""
    # the year the text is given in, when its own words show it is the year after ``year`` (a report on 2025 delivered
    # or signed in 2026; a review part of 2025 before a plan part of 2026): what 去年, 前年 and 明年 count from,
    # with the span that shows it; else ``year`` and no evidence
    spoken_year: int | None = None
    spoken_evidence: Evidence | None = None


@dataclass
class DocContext:
    date: DocDate | None = None
    year: int | None = None  # the year 今年/全年 refer to
    year_evidence: Evidence | None = None
    place: DocPlace | None = None
    genre: str = "news"
    period: str = ""  # what the whole document reports on (title scope), "" when the title says no time
    period_evidence: Evidence | None = None
    title: str = ""
    event_day: DocDate | None = None  # the day of the event a news item reports (its lead's day, else the page's)
    event_at: int = 0  # where the lead naming that event ends (``doc.norm``), 0 when only the title names it
    event_kind: str = ""  # what the event does when it is a project event (开工, 签约), else ""
    time_frame: TimeFrame | None = None  # the year the text is about and the cut-off of its progress
    from_manifest: list[str] = field(default_factory=list)  # fields filled in by the manifest
    # dates that only date the text (a signing line 岚溪县统计局（2024年3月10日）, a page's byline date): offsets into
    # ``doc.norm``, with the raw evidence of each; no figure holds in them (scope.document_periods)
    date_spans: list[tuple[int, int]] = field(default_factory=list)
    date_evidence: list[Evidence] = field(default_factory=list)
    # what the document and each part of it is (a review that reports, a plan that commits: frame.Frames), decided
    # once from its title, headings and leads, with the spans that say it
    frames: object = None

    def summary(self) -> dict:
        """A flat, JSON-ready account of the context and the raw spans that say it (for documents.jsonl)."""
        out: dict = {"genre": self.genre, "year": self.year, "period": self.period}
        if self.date is not None:
            e = self.date.evidence
            out.update(date=self.date.value, date_source=e.source, date_span=[e.start, e.end])
        if self.place is not None:
            e = self.place.evidence
            out.update(place=self.place.name, place_code=self.place.code, place_confidence=self.place.confidence,
                       place_source=e.source, place_span=[e.start, e.end])
        if self.from_manifest:
            out["from_manifest"] = list(self.from_manifest)
        if self.frames is not None:
            out["frames"] = self.frames.summary()
        return out


@dataclass
class Hints:
    """What a user knows about a document that its text may not say (one manifest row)."""
    path: str = ""
    url: str = ""
    region: str = ""
    published: str = ""
    title: str = ""


# ------------------------------------------------------------------ manifest

class Manifest:
    """Hints by file: CSV or JSONL with columns path, url, region, published, title.

    A row matches a document by its path as given, its resolved path, or its file name.
    """

    COLUMNS = ("path", "url", "region", "published", "title")

    def __init__(self, rows: list[Hints], base: Path | None = None):
        self.rows = rows
        self._by_key: dict[str, Hints] = {}
        for h in rows:
            if not h.path:
                continue
            p = Path(h.path)
            keys = {h.path, p.name}
            if base is not None and not p.is_absolute():
                keys.add(str((base / p).resolve()))
            elif p.is_absolute():
                keys.add(str(p.resolve()))
            for k in keys:
                self._by_key.setdefault(k, h)

    @classmethod
    def load(cls, path: str | Path) -> "Manifest":
        p = Path(path)
        text = p.read_text(encoding="utf-8-sig")
        rows: list[dict] = []
        if p.suffix.lower() in (".jsonl", ".json", ".ndjson") or text.lstrip().startswith("{"):
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    try:
                        obj = json.loads(line)
                    except json.JSONDecodeError as e:
                        raise ValueError(f"{p}: line {n}: not JSON ({e.msg})") from None
                    if not isinstance(obj, dict):
                        raise ValueError(f"{p}: line {n}: not a JSON object")
                    rows.append(obj)
        else:
            reader = csv.DictReader(text.splitlines())
            if not reader.fieldnames or "path" not in [f.strip() for f in reader.fieldnames]:
                raise ValueError(f"{p}: a CSV manifest needs a header row with a 'path' column")
            rows = [{(k or "").strip(): (v or "").strip() for k, v in r.items()} for r in reader]
        hints = []
        for r in rows:
            if not str(r.get("path", "")).strip():
                raise ValueError(f"{p}: every row needs a path")
            hints.append(Hints(**{k: str(r.get(k, "") or "").strip() for k in cls.COLUMNS}))
        return cls(hints, base=p.parent)

    def get(self, path: str | Path) -> Hints | None:
        p = Path(path)
        for k in (str(path), str(p.resolve()), p.name):
            h = self._by_key.get(k)
            if h is not None:
                return h
        return None


# ------------------------------------------------------------------ dates

_D = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_D_DASH = r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
_D_CN = r"([〇零○OoΟ０0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
_DASH = r"(?:——|--|—|━{1,2}|─{1,2})"  # a dateline's dash, also in box-drawing strokes (━━) as some sites print it
RE_ANY_DATE = rx.compile(rf"{_D}|(?<!\d){_D_DASH}(?!\d)|{_D_CN}")
# A page's date printed day first, as reposting sites print it (14.07.2018 09:20), or with slashes in an order that
# one part of more than 12 or an English clock (7/14/2018 9:20:33 AM) tells: read only as the value of a date field or
# on a line of the page's dateline (a clock or a byline with it), where 1.2.2018 is no heading's or version's number
RE_DAY_FIRST_DATE = rx.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.])")
RE_SLASHED_DATE = rx.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])(?P<ampm>\s+\d{1,2}:\d\d(?::\d\d)?\s*"
                             r"[AaPp]\.?[Mm])?")
RE_DATELINE = rx.compile(rf"(?:{_DASH}|\(|（)\s*(?:{_D}|{_D_CN})\s*(?:在|于)?[^\n]{{0,60}}?(?:会议|大会|会)(?:上|通过)?")
# …or a line of its own that opens with the day, the dash or bracket lost on the page (2021年2月20日在某市第四届人民代表
# 大会第六次会议上): the whole line is where and when the text was spoken, no news lead (a lead runs on past 会议上)
RE_BARE_DATELINE = rx.compile(rf"\s*(?:{_DASH}\s*)?(?:{_D}|{_D_CN})\s*(?:在|于)[^\n,，。;；]{{0,60}}?(?:会议|大会)\s*上"
                              rf"(?:的(?:讲话|报告|发言|工作报告))?\s*")
# …or the same dateline on a line that runs on past it into no prose: set apart by blanks in the page as written (政府工作
# 报告 2021年2月20日在某市…会议上 代市长某某 各位代表:, a document site's page flattened into one line), or with a
# reposting site's stamp of letters and digits glued to it (…会议上x9K): the dateline opens the line or follows a blank,
# and what follows 会议上 is a blank, a letter or digit, or the line's end, never a comma or a verb of a lead (…会议上强调,)
# (``_run_on_dateline`` reads the blanks on the raw page: the view drops those between Chinese characters)
RE_RUN_ON_DATELINE = rx.compile(rf"(?:{_DASH}\s*)?(?:{_D}|{_D_CN})\s*(?:在|于)[^\n,，。;；:：]{{0,60}}?"
                                rf"(?:会议|大会)\s*上(?:的(?:讲话|报告|发言|工作报告))?")
RE_RUN_ON_TAIL = rx.compile(r"\s|[A-Za-z0-9]")
# …with its month and day only (——1月18日在某县第十七届人民代表大会第五次会议上, a line of its own 1月18日在…会议上): the
# year is the one after the year the text looks back on (``_yearless_dateline_year``)
_MD = r"(?P<mo>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?P<dd>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
RE_MD_DATELINE = rx.compile(rf"(?:——|--|—|\(|（)\s*{_MD}\s*(?:在|于)[^\n]{{0,60}}?(?:会议|大会)\s*上")
RE_MD_BARE_DATELINE = rx.compile(rf"\s*{_MD}\s*(?:在|于)[^\n,，。;；]{{0,60}}?(?:会议|大会)\s*上"
                                 r"(?:的(?:讲话|报告|发言|工作报告))?\s*")
# …or a line above the body holding nothing but the month and day (——1月18日, (1月18日)) in a text that opens as a speech
RE_MD_ONLY = rx.compile(rf"\s*(?:——|--|—)?\s*[(（]?\s*{_MD}\s*[)）]?\s*")
MD_ONLY_LINES = 8  # lines from the top looked over for it
# the year a speech looks back on, by a heading (一、2019年工作回顾) or the words that open the look back (刚刚过去的
# 2019年, 回顾2019年: RE_REVIEW_YEAR), and the year whose work it sets out (二、2020年工作安排, 2020年主要预期目标)
RE_REVIEWED_HEADING = rx.compile(r"((?:19|20)\d\d)\s*年\s*(?:的?(?:主要)?工作)?\s*(?:回顾|总结)")
# …or by the year the first paragraph under a heading of the past year opens with (一、过去一年工作回顾⏎2024年,我们…)
RE_PAST_YEAR_PART = rx.compile(r"(?:过去一年|过去的一年|上一年)[^\n。,，]{0,12}\n\s*((?:19|20)\d\d)\s*年\s*[,，]")
RE_PLANNED_YEAR = rx.compile(r"((?:19|20)\d\d)\s*年\s*(?:的?(?:主要)?(?:工作|预期|奋斗|发展)?\s*(?:安排|任务|目标|重点|打算))")
LATE_SESSION_MONTH = 10  # a session from this month on reviews the year it is held in (即将过去的2019年, 12月)
MD_DATELINE_CHARS = 90  # a longer line is prose that may name a meeting, no dateline
RE_BARE_DATELINE_OPEN = rx.compile(rf"\s*(?:{_DASH}\s*)?(?:{_D}|{_D_CN})\s*(?:在|于)[^\n,，。;；:：]{{0,40}}")
BARE_DATELINE_CHARS = 60  # a line broken inside a dateline is no longer than the dateline
# a colon, or a table's next cell (成文日期\t2023年…); a document's own date label also across a table's bar, the
# open-government metadata table a page prints with bars between its cells (成文日期: | 2023年…, 发布日期 | 2023-…)
_DOC_DATE_LABELS = r"发布时间|发布日期|公开日期|发文日期|成文日期|印发日期|更新时间|更新日期|发表时间"
RE_FIELD = rx.compile(rf"(?:{_DOC_DATE_LABELS})(?:\s*[:：])?\s*[|｜]\s*"
                      rf"|(?:{_DOC_DATE_LABELS}|时间|日期)(?:\s*[:：]|[ \t]*\t)\s*")
# 成文日期 (the day a document was signed) gives way to a 发布日期/公开日期 in the same metadata block
RE_WRITTEN_LABEL = rx.compile(r"成文日期|印发日期|发文日期")
WRITTEN_LOOKAHEAD = 6  # lines after a 成文日期 looked over for the publishing date
RE_PUBLISH_LABEL = rx.compile(r"发布时间|发布日期|公开日期|发文日期|成文日期|印发日期|更新时间|更新日期|发表时间")
# A metadata key naming the day a page was published, on a line of its own (a crawler's record: publishdate: …,
# pubdate=…, publish_time: …): the page's publishing date wherever the record sets it, head or foot.
RE_KEY_DATE_LINE = rx.compile(r"\s*(?i:publishdate|pubdate|publish_?date|publish_?time|publishtime|published|"
                              r"release_?date|releasetime|post_?date)\s*[:=]\s*['\"]?(?P<d>[^\n'\"]{6,40})")
# A site's clock at the head of its pages tells the time of day with the weekday (2023-05-06 09:12:01 星期六, 今天是…):
# the moment the page was seen, never the text's day.  (A newspaper's page dates its issue with the weekday alone:
# 2024年1月22日 星期一 is that issue's day.)
RE_SITE_CLOCK = rx.compile(r"今天是|今日是|\d{1,2}:\d\d(?::\d\d)?\s*(?:星期|礼拜|周)[一二三四五六日天]|"
                           r"(?:星期|礼拜)[一二三四五六日天]\s*(?:[上下]午)?\s*\d{1,2}:\d\d")
KEY_DATE_TAIL_LINES = 10  # lines at the end of a text looked over for such a record
RE_FRONT_DATE = rx.compile(r"\A\s*---[ \t]*\r?\n(?:.*\r?\n){0,40}?date:\s*['\"]?([^\r\n'\"]+)", re.M)
# …and its date key opening the text with the fences and the line break lost (` date 2031-10-23 某市统计局22日发布…`: a
# page's front matter flattened onto its lead), the key and an ISO day only
RE_OPENING_DATE_KEY = rx.compile(r"\A\s*date\s*[:=]?\s*((?:19|20)\d\d-\d\d-\d\d)(?![\d:])")
RE_META_TAG = rx.compile(
    r"<meta\b[^>]*?(?:name|property|itemprop)\s*=\s*['\"]?(?:publishdate|pubdate|PubDate|publish_date|"
    r"article:published_time|og:release_date|dc\.date|DC\.date\.issued|firstpublishedtime|datePublished)['\"]?"
    r"[^>]*?content\s*=\s*['\"]([^'\"]+)['\"]|<meta\b[^>]*?content\s*=\s*['\"]([^'\"]+)['\"][^>]*?"
    r"(?:name|property|itemprop)\s*=\s*['\"]?(?:publishdate|pubdate|PubDate|article:published_time|datePublished)",
    re.I)
RE_CANONICAL = rx.compile(r"<link\b[^>]*rel\s*=\s*['\"]canonical['\"][^>]*href\s*=\s*['\"]([^'\"]+)|"
                          r"<meta\b[^>]*property\s*=\s*['\"]og:url['\"][^>]*content\s*=\s*['\"]([^'\"]+)", re.I)
RE_URL_DATE = rx.compile(r"/((?:19|20)\d\d)(?:[-/_](1[0-2]|0?[1-9])(?:[-/_]([12]\d|3[01]|0?[1-9]))?|"
                         r"(0[1-9]|1[0-2])([0-2]\d|3[01])?)(?=[/_.\-]|$)")
# A year's communiqué or assessment released (国家统计局发布2013年国民经济和社会发展统计公报, 2022年度全市综合考核结果
#公布): the text comes out after the year it reports on, as a review of that year does.
RE_RELEASED_YEAR_REPORT = rx.compile(r"(?:发布|公布|印发|通报)了?\s*((?:19|20)\d\d)\s*年度?[^\n。;；,，]{0,24}?"
                                     r"(?:统计公报|公报|考核结果|考评结果|年报)|"
                                     r"((?:19|20)\d\d)\s*年度?[^\n。;；,，]{0,24}?(?:统计公报|考核结果|考评结果)"
                                     r"(?:发布|公布|出炉|揭晓)")
RE_REVIEW_YEAR = rx.compile(r"(?:即将过去的|刚刚过去的|过去的|回顾)\s*((?:19|20)\d\d)\s*年|((?:19|20)\d\d)\s*年(?:即将过去|已经过去)")
# (2025年前 is a deadline, no year the title reports on; 2025年前三季度, 2025年前7个月 are that year's first quarters, months)
RE_TITLE_YEAR = rx.compile(r"(?<![\d到至—\-~])((?:19|20)\d\d)\s*年(?!\s*[-—~至到]\s*\d)(?!底前|前(?![一二三两\d]{1,2}个?(?:季度|月)))")
# a year written without 年 at the head of a noun phrase (2024全国地方两会, 对某县2018省列观摩项目进行督查, 2023中国…大会):
# the year of the event or the list it names, never a figure (2018个, 2024万元) or a date (2024-03, 2024.3)
RE_BARE_YEAR = rx.compile(rf"(?<![\d.．\-/A-Za-z年])((?:19|20)\d\d)(?![\d.．\-/年月日]|\s*(?:{MAG_PATTERN}|{UNIT_PATTERN}))"
                          r"(?=[\u4e00-\u9fff])")
RE_REPORTING_TITLE = rx.compile(r"统计公报|国民经济和社会发展(?:统计|计划)|经济运行|运行情况|计划执行|年鉴|年度报告|工作计划|"
                                r"工作要点|预算执行|决算|重点项目")
# titles of a text that reports a year behind it (a bulletin, a review of the economy, a budget's execution)
# …审计查出问题整改情况的报告 / …巡察反馈意见整改进展情况的通报: a report on how far the findings of a check of an earlier
# year are put right, given by its own date (zh.RECTIFICATION_TITLE_WORDS)
RE_RECTIFICATION_TITLE = rx.compile(alternation(zh.RECTIFICATION_TITLE_WORDS))
RE_REVIEW_TITLE = rx.compile(r"统计公报|国民经济和社会发展统计|经济运行|运行情况|计划执行|预算执行|决算|年度报告|年鉴|完成情况")
_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                       "Dec"), 1)}
_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")}
for _z in "零○OoΟ０0":  # 二○一五年, 二O一五年: a circle or a letter O written for 〇
    _CN[_z] = 0

# Lines that are page chrome, not the document: links to other articles, footers, breadcrumbs.
RELATED_PREFIX = rx.compile(r"^\s*(?:今日特推|今日推荐|相关阅读|相关新闻|相关链接|相关文章|推荐阅读|延伸阅读|热点推荐|热门推荐|"
                            r"热点新闻|猜你喜欢|上一篇|下一篇|上一条|下一条|往期回顾|更多|友情链接|专题)")
FOOTER_WORDS = rx.compile(r"版权所有|Copyright|©|ICP备|ICP证|公网安备|主办单位|承办单位|技术支持|网站标识码|联系我们|"
                          r"网站地图|主办:|承办:|地址:|邮编|电话:|传真")
BREADCRUMB = rx.compile(r"当前位置|您的位置|你的位置|您现在的位置|所在位置")


def _cn_int(s: str) -> int:
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN.get(a, 1) if a else 1) * 10 + (_CN.get(b, 0) if b else 0)
    return int("".join(str(_CN[c]) for c in s))


_DAY_MONTH_YEAR_EN = rx.compile(r"(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})")


def parse_date(s: str) -> str:
    """A date written any common way (2018年12月25日, 2022-12-26, 二〇一八年…, Tue, 24 Aug 2021 …) → YYYY-MM-DD."""
    m = RE_ANY_DATE.search(s)
    if m:
        g = m.groups()
        try:
            if g[0]:
                y, mo, d = int(g[0]), int(g[1]), int(g[2])
            elif g[3]:
                y, mo, d = int(g[3]), int(g[4]), int(g[5])
            else:
                y, mo, d = _cn_int(g[6]), _cn_int(g[7]), _cn_int(g[8])
        except (KeyError, ValueError):
            return ""
        if 1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
        return ""
    m = _DAY_MONTH_YEAR_EN.search(s)
    if m:
        return f"{int(m.group(3)):04d}-{_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
    m = re.search(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})", s)
    if m:
        return f"{int(m.group(3)):04d}-{_MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"
    m = re.match(r"\s*((?:19|20)\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])\b", s)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return ""


def stamp_date(s: str) -> tuple[int, int, str] | None:
    """The first date of a dateline or a date field's value ``s`` as (start, end, YYYY-MM-DD): any form
    ``parse_date`` reads, else one printed day first (14.07.2018) or with slashes in an order one part tells
    (14/07/2018, 7/14/2018 9:20 AM)."""
    m = RE_ANY_DATE.search(s)
    if m:
        d = parse_date(m.group())
        return (m.start(), m.end(), d) if d else None
    for m in RE_DAY_FIRST_DATE.finditer(s):
        d = _dmy(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            return m.start(), m.end(), d
    for m in RE_SLASHED_DATE.finditer(s):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12:
            d = _dmy(y, b, a)
        elif b > 12 or m.group("ampm"):
            d = _dmy(y, a, b)
        else:
            d = ""  # both 12 or less and no English clock: the order is unknown
        if d:
            return m.start(), m.end(), d
    return None


def _dmy(y: int, mo: int, d: int) -> str:
    import datetime
    try:
        return datetime.date(y, mo, d).isoformat() if 1900 <= y <= 2100 else ""
    except ValueError:
        return ""


def is_chrome_line(line: str) -> bool:
    """A line of the page around the document: a related link, a footer, a breadcrumb."""
    return bool(RELATED_PREFIX.match(line) or FOOTER_WORDS.search(line) or BREADCRUMB.search(line))


@dataclass
class _Line:
    start: int  # view offsets
    end: int
    text: str  # norm text

    @cached_property
    def chrome(self) -> bool:
        """``is_chrome_line(self.text)``, worked out once (several finders ask about every line)."""
        return is_chrome_line(self.text)


_LINES_KEPT: dict[int, tuple[str, list[_Line]]] = {}  # id(text) → (that text, its lines): the last few texts read
_LINES_KEPT_MAX = 4


def _lines(norm: str) -> list[_Line]:
    """The text's paragraphs as lines (offsets into ``norm``, text stripped).  Why kept: ``resolve`` and the place,
    date and year finders it calls each read the same document's lines again (three to five times a document), and
    each read built the lines anew and judged every line's chrome again; the same text object gets the same list
    back (callers only read it), its chrome verdicts worked out once."""
    got = _LINES_KEPT.get(id(norm))
    if got is not None and got[0] is norm:
        return got[1]
    out = [_Line(s, e, norm[s:e].strip()) for s, e in paragraph_spans(norm)]
    if len(_LINES_KEPT) >= _LINES_KEPT_MAX:
        _LINES_KEPT.clear()
    _LINES_KEPT[id(norm)] = (norm, out)  # (holding the text keeps its id from being reused while kept)
    return out


def _header(lines: list[_Line], limit: int = 25) -> list[_Line]:
    """Lines before the first body paragraph (a long line or one ending a sentence)."""
    out = []
    for i, ln in enumerate(lines[:limit]):
        t = ln.text
        if len(t) > 60 or (len(t) > 20 and t.endswith(("。", "!", "?", ":"))) and not RE_FIELD.search(t) \
                and not RE_BYLINE_LABEL.search(t) and not (t.endswith(":") and _DATELINE_START.match(t)):
            # (…来源:某某中心 浏览次数: and 2020-03-23 07:20 浏览人次: are bylines, not 各位代表:)
            if not (len(t) <= HEADLINE_MAX and t.endswith(("!", "?")) and _dateline_next(lines, i)):
                break
            # (“金龙鱼”落户某港!总投资100亿! over 2023-08-06 19:30:29 来源:某网: a headline that exclaims, its
            # dateline under it)
        out.append(ln)
    return out


HEADLINE_MAX = 40  # characters of a headline that may end with ! or ? over its dateline
_DATELINE_START = rx.compile(r"\s*(?:(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*)?(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}")


def _dateline_next(lines: list[_Line], i: int) -> bool:
    """Whether the next non-empty line opens with a full date (2023-08-06 19:30 来源:… / 发布时间:2023年8月6日)."""
    for ln in lines[i + 1:i + 3]:
        if ln.text.strip():
            return _DATELINE_START.match(ln.text) is not None
    return False


def _ev(doc, vs: int, ve: int, source: str) -> Evidence:
    rs, re_ = doc.raw_span(vs, ve)
    return Evidence(source, rs, re_, doc.raw[rs:re_])


def _raw_ev(doc, rs: int, re_: int, source: str) -> Evidence:
    return Evidence(source, rs, re_, doc.raw[rs:re_])


# A lead that opens with the full date of the event it reports, after a wire or paper tag (本报讯, 新华社…电).
# …or with the dateline in brackets before the text ((2022年7月27日讯)今年上半年,…)
RE_LEAD_DATE = rx.compile(rf"(?:[^\n,，。:：]{{0,16}}(?:讯|电|消息)\s*)?(?:[(（【][^\n,，。)）】]{{0,40}}[)）】]\s*)?"
                          rf"(?P<date>{_D}|{_D_CN})\s*(?:[上下]午|晚上?|早上?|凌晨|中午)?\s*[,，、]|"
                          rf"[(（【]\s*(?P<bdate>{_D}|{_D_CN})\s*(?:讯|电|消息)\s*[)）】]")
RE_BYLINE_LABEL = rx.compile(r"(?:来源|作者|编辑|责任编辑|责编|记者|通讯员|供稿|发布者|发布人|稿源|信息来源|IP属地)\s*[:：]")
RE_CLOCK = rx.compile(r"\s+\d{1,2}:\d\d")
RE_NEIGHBOUR_LINK = rx.compile(r"上一篇|下一篇|上一条|下一条|相关")
FOOTER_NOISE_CHARS = 1500  # raw characters at the page's end whose removed lines may carry the publishing date
HEADER_NOISE_LINES = 12  # lines of text above which a removed line of page items still counts as the header
NOISE_WITH_FIELDS = ("chrome", "footer")


def _chrome_field_date(doc, lines: list[_Line]) -> DocDate | None:
    """A publishing label with its date in a line of page items the cleaner removed above the body."""
    if not doc.edits:
        return None
    limit = lines[min(HEADER_NOISE_LINES, len(lines) - 1)].start if lines else 0
    raw_limit = doc.raw_span(limit, limit)[0]
    for e in doc.edits:
        if e.start > raw_limit:
            break
        if e.reason not in NOISE_WITH_FIELDS or e.end <= e.start or e.end - e.start > 400:
            continue
        seg = normalize_chars(doc.raw[e.start:e.end])
        if RELATED_PREFIX.match(seg.strip()):
            continue
        for f in RE_FIELD.finditer(seg):
            val = seg[f.end():f.end() + 30]
            st = stamp_date(val)
            if st and not val[:st[0]].strip():
                return DocDate(st[2], _raw_ev(doc, e.start + f.start(), e.start + f.end() + st[1], "field"))
        # an unlabelled date among the page's bylines (责任编辑:某某 2023-08-02, 来源:… 2023-08-02 10:11, 来源:… | 14.07.2018)
        st = stamp_date(seg)
        if st and (RE_BYLINE_LABEL.search(seg) or RE_CLOCK.match(seg, st[1])):
            return DocDate(st[2], _raw_ev(doc, e.start + st[0], e.start + st[1], "header"))
    # a publishing label in the page items closing the page (【打印】【关闭】 发布日期:2023-08-02)
    tail = max(raw_limit, len(doc.raw) - FOOTER_NOISE_CHARS)
    for e in reversed(doc.edits):
        if e.start < tail:
            break
        if e.reason not in NOISE_WITH_FIELDS or e.end <= e.start or e.end - e.start > 400:
            continue
        seg = normalize_chars(doc.raw[e.start:e.end])
        if RELATED_PREFIX.match(seg.strip()) or RE_NEIGHBOUR_LINK.search(seg):
            continue
        for m in RE_PUBLISH_LABEL.finditer(seg):
            f = RE_FIELD.match(seg, m.start())
            val = seg[f.end():f.end() + 30] if f else ""
            dm = RE_ANY_DATE.search(val)
            if dm and not val[:dm.start()].strip():
                d = parse_date(dm.group())
                if d:
                    return DocDate(d, _raw_ev(doc, e.start + f.start(), e.start + f.end() + dm.end(), "field"))
    return None


def find_date(doc, lines: list[_Line] | None = None) -> DocDate | None:
    """The day the document speaks from, by the strongest source (see the module docstring), weighed against the
    text's own dateline (``own_dateline``): a page's posting date is the day a page carried the text, and an
    editor's or a reposter's line (编辑:某某 2016-02-07, 转载自… 发布时间:…) dates the page, not the text."""
    lines = lines if lines is not None else _lines(doc.norm)
    page = _page_date(doc, lines)
    if page is not None and page.evidence.source == "dateline":
        return page  # a meeting's dateline (——2018年12月25日在…大会上) is the text's own
    own = own_dateline(doc, lines)
    if page is not None and page.evidence.source in PAGE_POSTING_SOURCES and len(page.value) == 10:
        body = [ln for ln in lines if not ln.chrome]
        signed = _closing_signature(doc, body)[0]
        last_prose = max((ln.start for ln in body if _prose(ln.text)), default=-1)
        prose_at = doc.raw_span(last_prose, last_prose)[0] if last_prose >= 0 else -1
        if signed is not None and len(signed.value) == 10 and signed.value < page.value and \
                signed.evidence.start > prose_at and \
                (own is None or own.value == signed.value):
            # a notice signed 某某办公室 / 2021年3月21日 on a page posted 2021-03-25 (发布时间:…): the day it was
            # signed is its own, the posting is the page's (a later "signature" is no signing of this text, nor is a
            # day above the body's prose: a news item's day under its headline gives way to the posting field)
            return own or signed
    if own is None or page is None:
        return page or own
    if page.evidence.source not in PAGE_POSTING_SOURCES + ("lead",) or page.value == own.value:
        return page  # a signature closing the text is its own too
    if own.evidence.source == "lead" and stated_year(doc)[0] not in (None, own.year):
        return page  # a lead opening on a day of the past (2008年5月12日,…发生地震) dates no text of that year
    if byline_dated(doc, page.evidence) and page.evidence.source == "header":
        return own  # 编辑:李四 2015-06-01 over 2019年3月31日⏎2019年,全省…: the editor's day
    if own.evidence.source == "own_dateline" and page.evidence.source in PAGE_POSTING_SOURCES and \
            own.value < page.value and _speech_opening(doc):
        # a speech dated under its headline ((二〇二二年一月六日), 2022年1月6日 under the speaker's line) was delivered
        # that day, as its dateline ——2022年1月6日在…会议上 says; the page posting it later carries it
        return own
    if len(page.value) == 10 and len(own.value) == 10 and \
            _days_between(own.value, page.value) > REPOST_GAP_DAYS:
        return own  # posted long after its own day: a repost or an archive of an older text
    return page


REPOST_GAP_DAYS = 90  # a page posted longer after the text's own dateline carries an older text
SPEECH_OPENING_CHARS = 1500  # characters of a text looked over for a speech's address (各位代表:)
RE_SPEECH_ADDRESS = rx.compile(rf"(?m)^\s*(?:{alternation(zh.ADDRESS_WORDS)})(?:[、,，和]\s*(?:{alternation(zh.ADDRESS_WORDS)}))*"
                               r"\s*[:：!！]")


def _speech_opening(doc) -> bool:
    """Whether the text opens as a speech does, a line turning to its hearers (各位代表:, 各位委员、同志们:)."""
    return bool(RE_SPEECH_ADDRESS.search(doc.norm[:SPEECH_OPENING_CHARS]))
OWN_DATELINE_LINES = 10  # opening lines looked over for the text's own dateline
OWN_DATELINE_CHARS = 2000  # …within these characters of the text
OWN_DATELINE_PARAGRAPHS = 3  # paragraphs of prose a summary lead above the dateline may run to
RE_REPOST = rx.compile(alternation(zh.REPOST_WORDS))
# a full date in brackets closing a headline (某县前三季度经济运行情况(2022年10月15日)), also in a document site's compact
# form (2023年某市政府工作报告(20230224))
RE_HEADLINE_DATE = rx.compile(rf"[(（【]\s*(?P<date>{_D}|{_D_CN}|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
                              rf"\s*[)）】]\s*$")
# a dateline run into the text's first words where the page lost its line break (2019年3月31日2019年,全省…)
RE_GLUED_DATELINE = rx.compile(rf"(?P<date>{_D}|{_D_CN})(?=\s*(?:19|20)\d\d\s*年)")


def _days_between(a: str, b: str) -> int:
    """Days from day ``a`` to day ``b`` (YYYY-MM-DD), 0 when either is no calendar day."""
    import datetime
    try:
        return (datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days
    except ValueError:
        return 0


def byline_dated(doc, ev: Evidence) -> bool:
    """Whether the date at ``ev`` stands on a line of bylines or of a repost (编辑:李四 2015-06-01, 责任编辑:…,
    转载自某某网 2021-08-05): a line about who handled the page, whose date is the page's."""
    if ev.start < 0:
        return False
    ls = doc.raw.rfind("\n", 0, ev.start) + 1
    le = doc.raw.find("\n", ev.end)
    line = doc.raw[ls:le if le >= 0 else len(doc.raw)]
    return bool(RE_BYLINE_LABEL.search(line) or RE_REPOST.search(line))


def own_dateline(doc, lines: list[_Line]) -> DocDate | None:
    """The text's own dateline, or None: a line among the opening lines that holds nothing but one full date (and
    at most the name of the body that signs it), above the body or after its summary lead (…增长5%。⏎2022年10月15日⏎
    1-9月份,全区…), not a cell of a column of dates; else a full date that opens the lead (2019年3月31日,全省…;
    2019年3月31日2019年,全省… where the page lost the line break).  Bylines (编辑:…, 来源:…) are the page's."""
    opening = [ln for ln in lines[:OWN_DATELINE_LINES * 2] if not ln.chrome and ln.start < OWN_DATELINE_CHARS]
    opening = opening[:OWN_DATELINE_LINES]
    crumb = max((i for i, ln in enumerate(opening) if BREADCRUMB.search(ln.text)), default=-1)
    prose = 0  # paragraphs of prose passed: the lead, then the body
    for i, ln in enumerate(opening):
        t = ln.text
        if i <= crumb or RE_BYLINE_LABEL.search(t) or RE_PUBLISH_LABEL.search(t) or RE_REPOST.search(t):
            continue  # the site's clock above a breadcrumb; the page's bylines
        k = doc.norm.find(t, ln.start)
        dated = _dating_line(t)
        if len(dated) == 1 and k >= 0 and prose and _after_page_foot(doc, opening, i):
            break  # past the body's close and the page's foot (编辑:…, 【打印】): the day the page was printed or crawled
        if len(dated) == 1 and k >= 0:
            near = [opening[j].text for j in (i - 1, i + 1) if 0 <= j < len(opening)]
            if any(_dating_line(x) and not RE_PUBLISH_LABEL.search(x) and not RE_BYLINE_LABEL.search(x)
                   for x in near):
                continue  # a column of dates (a table's cells, a schedule); the page's labelled fields are none
            s0, e0 = dated[0]
            d = parse_date(t[s0:e0])
            if d:
                return DocDate(d, _ev(doc, k + s0, k + e0, "own_dateline"))
            continue
        m = RE_HEADLINE_DATE.search(t) if prose == 0 and k >= 0 and len(t) <= HEADLINE_CHARS else None
        if m and not _SENTENCE_PUNCT.search(t):
            d = parse_date(m.group("date"))
            if d:  # 某县前三季度经济运行情况(2022年10月15日): the dateline beside the headline
                return DocDate(d, _ev(doc, k + m.start("date"), k + m.end("date"), "own_dateline"))
        if len(t) < LEAD_MIN_CHARS and not _SENTENCE_PUNCT.search(t):
            continue  # a headline, a subtitle
        if prose == 0 and k >= 0:
            m = RE_GLUED_DATELINE.match(t) or RE_LEAD_DATE.match(t)
            g = m and ("date" if m.group("date") else "bdate")
            d = parse_date(m.group(g)) if m else ""
            if d:
                src = "own_dateline" if m.re is RE_GLUED_DATELINE else "lead"
                return DocDate(d, _ev(doc, k + m.start(g), k + m.end(g), src))
        prose += 1
        if prose > OWN_DATELINE_PARAGRAPHS:
            break  # past the summary lead and into the body: no dateline of the opening
    return None


def _run_on_dateline(doc, ln: _Line):
    """The match of a dateline on line ``ln`` that runs on into no prose (``RE_RUN_ON_DATELINE``), or None: on the raw
    page, the line's start or a blank before it, and a blank, a letter or digit or the line's end after it."""
    k = doc.norm.find(ln.text, ln.start)  # (the line's text is stripped of its leading blanks)
    for m in RE_RUN_ON_DATELINE.finditer(ln.text) if k >= 0 else ():
        rs = doc.raw_span(k + m.start(), k + m.start() + 1)[0]  # (its first and last characters: a span's edges
        re_ = doc.raw_span(k + m.end() - 1, k + m.end())[1]     # may take in blanks the view dropped)
        before = doc.raw[rs - 1:rs] if rs > 0 else "\n"
        after = doc.raw[re_:re_ + 1] or "\n"
        if before.isspace() and (after.isspace() or RE_RUN_ON_TAIL.match(after)):
            return m
    return None


def _bare_dateline(lines: list[_Line], i: int, doc=None):
    """The match of a speech's dateline without its dash on line ``i``, or None: the line alone (2021年2月20日在某市第四
    届人民代表大会第六次会议上), the dateline running on into no prose (``_run_on_dateline``), or the line and the next
    where the page broke it (2025年3月21日在某区第十九届⏎人民代表大会第四次会议上)."""
    t = lines[i].text
    m = RE_BARE_DATELINE.fullmatch(t) or (_run_on_dateline(doc, lines[i]) if doc is not None else None)
    if m or i + 1 >= len(lines) or len(t) > BARE_DATELINE_CHARS or not RE_BARE_DATELINE_OPEN.fullmatch(t):
        return m
    return RE_BARE_DATELINE.fullmatch(t + lines[i + 1].text)


RE_FOOT_LABEL = rx.compile(rf"\s*[\[【(（]?\s*(?:{alternation(zh.PAGE_FOOT_LABELS)})\s*[:：|｜]")
FOOT_REASONS = ("footer", "chrome")  # the cleaner's reasons for the lines of a page's foot it took out


_PROSE_END = rx.compile(r"[。!?！？;；]\s*[”’\"」)）]?\s*$")


def _prose(t: str) -> bool:
    """A line of the text's prose (a sentence ended, or a long line), not a short line of the page's foot."""
    return len(t) > DATING_LINE_CHARS or bool(_PROSE_END.search(t))


def _after_page_foot(doc, body_lines: list[_Line], i: int) -> bool:
    """Whether body line ``i`` stands after the page's foot block: between it and the text's last line of prose, a
    line labelled as the foot's (编辑:某某, 责任编辑:, 一审:, 投稿:, 监督:) kept in the view, or a line of the page's
    items or foot the cleaner took out (【打印】【关闭】, 分享到, 责任编辑:…, 版权所有)."""
    j, labelled = i - 1, False
    while j >= 0 and not _prose(body_lines[j].text):
        labelled = labelled or bool(RE_FOOT_LABEL.match(body_lines[j].text) or RE_BYLINE_LABEL.match(body_lines[j].text))
        j -= 1
    if j < 0:
        return False  # no prose above it: a line of the page's head (来源:… 2024-01-21), not of its foot
    if labelled:
        return True
    lo = doc.raw_span(body_lines[j].start, body_lines[j].end)[1]
    hi = doc.raw_span(body_lines[i].start, body_lines[i].start)[0]
    return any(lo <= e.start < hi and e.reason in FOOT_REASONS and e.end > e.start for e in doc.edits)


def _cn_or_int(s: str) -> int:
    """A month's or day's number written in digits or in Chinese numerals (18, 十八)."""
    return int(s) if s.isdigit() else _cn_int(s)


def _reviewed_year(norm: str) -> int | None:
    """The year a text names as the one it looks back on (刚刚过去的2019年, 回顾2019年, 一、2019年工作回顾, 一、过去一年
    工作回顾⏎2019年,…), or None."""
    m = RE_REVIEW_YEAR.search(norm)
    if m:
        return int(m.group(1) or m.group(2))
    m = RE_REVIEWED_HEADING.search(norm) or RE_PAST_YEAR_PART.search(norm) or RE_RELEASED_YEAR_REPORT.search(norm)
    return int(m.group(1) or m.group(2)) if m else None


def _yearless_dateline_year(doc, month: int) -> int | None:
    """The year of a speech dated by its month and day only: the year after the one it looks back on (刚刚过去的
    2019年, 一、2019年工作回顾, 一、过去一年工作回顾⏎2019年,… under ——1月18日在…), or that year itself for a session held late in it (12月 over 即将过去
    的2019年); else the year whose work it sets out (二、2020年工作安排), or the one before for a late session.  None
    when the text names neither."""
    norm = doc.norm[:20000]
    reviewed = _reviewed_year(norm)
    if reviewed is not None:
        return reviewed if month >= LATE_SESSION_MONTH else reviewed + 1
    m = RE_PLANNED_YEAR.search(norm)
    if m:
        planned = int(m.group(1))
        return planned - 1 if month >= LATE_SESSION_MONTH else planned
    return None


def _closing_signature(doc, body_lines: list[_Line]) -> tuple[DocDate | None, DocDate | None]:
    """The date a text is signed with at its close, and a date closing the page after its foot block instead.

    A signature is a short line of its own holding the date, or the date after the signing body's name (青川市重点
    项目建设领导小组办公室 2018年4月10日), among the last lines; else a signing block before what is appended to the
    text (附件, a table): a date line under the signing body's name, or the name and the date on one line, in the
    text's second half.  A date above every line of prose (a short page: headline, 2009-03-02, three paragraphs) is the
    page's header date, not a signature: the text it would close has not begun.  A date on a line after the page's foot block (编辑:…, 责任编辑:…, 投稿:…) is none: it is
    returned second, the day the page was printed or crawled, for a page that gives no other."""
    n = len(body_lines)
    first_prose = next((i for i, ln in enumerate(body_lines) if _prose(ln.text)), n)
    late = None
    for i in range(n - 1, max(-1, n - 7), -1):
        ln = body_lines[i]
        if RE_SITE_CLOCK.search(ln.text):
            continue  # a short page's head: the site's clock above its menus signs nothing
        if i < first_prose:
            break  # a short page's head: the date under its headline, above all its prose, closes nothing
        found = None
        if len(ln.text) <= 30:
            m = RE_ANY_DATE.search(ln.text)
            if m and (m.end() - m.start()) >= len(ln.text) - 16 and not re.search(r"[::]", ln.text[:m.start()]):
                d = parse_date(m.group())
                if d:
                    found = DocDate(d, _ev(doc, ln.start + m.start(), ln.start + m.end(), "signature"))
            st = stamp_date(ln.text) if m is None else None
            if st and (st[1] - st[0]) >= len(ln.text) - 16 and not re.search(r"[::]", ln.text[:st[0]]) and \
                    not RE_CLOCK_ANY.sub("", ln.text[:st[0]] + ln.text[st[1]:]).strip():
                # a page's day printed first at its foot, alone or with its clock (14.07.2018  09:20)
                found = DocDate(st[2], _ev(doc, ln.start + st[0], ln.start + st[1], "signature"))
        if found is None:
            dated = _dating_line(ln.text) if not RE_BYLINE_LABEL.search(ln.text) else []
            if dated:
                s0, e0 = dated[-1]
                d = parse_date(ln.text[s0:e0])
                k = doc.norm.find(ln.text, ln.start)
                if d and k >= 0:
                    found = DocDate(d, _ev(doc, k + s0, k + e0, "signature"))
        if found is not None:
            if not _after_page_foot(doc, body_lines, i):
                return found, None
            late = found
            break
    got = _signing_block(doc, body_lines) or _attachment_date(doc, body_lines)
    if got is not None:
        s0, e0, d = got
        if late is None or doc.raw_span(s0, e0)[0] < late.evidence.start:
            return DocDate(d, _ev(doc, s0, e0, "signature")), late
    return None, late


def page_foot_stamp(doc) -> str:
    """The date standing after the page's foot block (编辑:…, 责任编辑:…, 【打印】 then 2023-03-02 11:20:45), "" when
    none: when the page was printed or crawled."""
    late = _closing_signature(doc, [ln for ln in _lines(doc.norm) if not ln.chrome])[1]
    return late.value if late is not None else ""


def _page_date(doc, lines: list[_Line]) -> DocDate | None:
    """The day the page gives the text, by the strongest source (see the module docstring)."""
    norm = doc.norm
    head = _header(lines)
    body_lines = [ln for ln in lines if not ln.chrome]
    # 1. a meeting dateline or an adoption line: the day the text was delivered or adopted
    for i, ln in enumerate(lines[:40]):
        m = RE_DATELINE.search(ln.text) or _bare_dateline(lines, i, doc)
        if m and not ln.chrome:
            d = parse_date(m.group())
            if d:
                e = min(ln.start + m.end(), ln.start + len(ln.text))
                return DocDate(d, _ev(doc, ln.start + m.start(), e, "dateline"))
    # 1b. the same with the month and day only, the year the one the speech looks back on tells; or a speech's
    # month and day alone on a line above its body
    speech = None
    for i, ln in enumerate(lines[:40]):
        m = None if ln.chrome or len(ln.text) > MD_DATELINE_CHARS else \
            RE_MD_DATELINE.search(ln.text) or RE_MD_BARE_DATELINE.fullmatch(ln.text)
        if m is None and i < MD_ONLY_LINES and not ln.chrome and RE_MD_ONLY.fullmatch(ln.text) and \
                not any(_prose(x.text) for x in lines[:i]):
            speech = _speech_opening(doc) if speech is None else speech
            m = RE_MD_ONLY.fullmatch(ln.text) if speech else None
        if m:
            mo, dd = _cn_or_int(m.group("mo")), _cn_or_int(m.group("dd"))
            y = _yearless_dateline_year(doc, mo) if 1 <= mo <= 12 and 1 <= dd <= 31 else None
            if y is not None:
                e = min(ln.start + m.end(), ln.start + len(ln.text))
                return DocDate(f"{y:04d}-{mo:02d}-{dd:02d}", _ev(doc, ln.start + m.start(), e, "dateline"))
            break
    # 2. a labelled field (发布时间: …) outside related links and footers; a publishing label near the top keeps
    # its date on a line shared with page items (来源:…电话:…发布时间:…)
    written, written_line = None, 0  # a 成文日期 found first: the day it was signed, kept while a publishing one is sought
    for i, ln in enumerate(lines[:60]):
        if RELATED_PREFIX.match(ln.text):
            continue
        if written is not None and i > written_line + WRITTEN_LOOKAHEAD:
            break
        footer = bool(FOOTER_WORDS.search(ln.text))
        if footer and i >= 12:
            continue
        for m in RE_FIELD.finditer(ln.text):
            if (i >= 12 or footer and not RE_BYLINE_LABEL.search(ln.text)) and \
                    not RE_PUBLISH_LABEL.match(ln.text, m.start()):
                continue  # a bare 时间:/日期: in the body is an event's (会议时间:…), not the document's
            val = ln.text[m.end():m.end() + 30]
            d = parse_date(val)
            dm = RE_ANY_DATE.search(val)
            if dm is None:  # (发布时间:14.07.2018 09:20)
                st = stamp_date(val)
                d, dm_end = (st[2], st[1]) if st and not val[:st[0]].strip() else ("", 0)
            elif not val[:dm.start()].strip():  # the date is the field's value, not a later one
                dm_end = dm.end()
            else:
                d = ""
            if d:
                found = DocDate(d, _ev(doc, ln.start + m.start(), ln.start + m.end() + dm_end, "field"))
                if not RE_WRITTEN_LABEL.match(ln.text, m.start()):
                    return found
                if written is None:
                    written, written_line = found, i
    if written is not None:
        return written
    # 2a. a crawler's or a page's metadata key on a line of its own (publishdate: 2023-03-10 10:00:00), at the head or
    # the foot of the text
    for ln in lines[:40] + lines[-KEY_DATE_TAIL_LINES:]:
        m = RE_KEY_DATE_LINE.match(ln.text)
        d = parse_date(m.group("d")) if m else ""
        if d:
            return DocDate(d, _ev(doc, ln.start + m.start("d"), ln.start + m.end("d"), "field"))
    # 2b. the same label on a line of page items the cleaner took out of the text above the body
    # (编辑:…来源:…评论数:0发布时间:…): the line is noise, its publishing date is still the document's
    d = _chrome_field_date(doc, lines)
    if d is not None:
        return d
    # 3. machine-readable dates in the raw page: front matter, meta tags
    raw = doc.raw
    m = RE_FRONT_DATE.search(raw[:4000]) or RE_OPENING_DATE_KEY.match(raw)
    if m:
        d = parse_date(m.group(1))
        if d:
            return DocDate(d, _raw_ev(doc, m.start(1), m.end(1), "front_matter"))
    for m in RE_META_TAG.finditer(raw[:20000]):
        val = m.group(1) or m.group(2)
        k = 1 if m.group(1) else 2
        d = parse_date(val)
        if d:
            return DocDate(d, _raw_ev(doc, m.start(k), m.end(k), "meta_tag"))
    # 4. a signature date closing the text (see ``_closing_signature``); one standing after the page's foot block
    # (编辑:…, 责任编辑:…, 投稿:… then 2024-11-06 00:38:55) is when the page was printed or crawled: it dates the text
    # only when its head gives no date (5, 5b)
    signed, late = _closing_signature(doc, body_lines)
    if signed is not None:
        return signed
    # 5. a date line in the header, not above the site's breadcrumb (that is the site's own clock)
    crumb = next((i for i, ln in enumerate(lines[:30]) if BREADCRUMB.search(ln.text)), -1)
    for i, ln in enumerate(head):
        if i < crumb or ln.chrome or RE_SITE_CLOCK.search(ln.text):
            continue  # …above the breadcrumb, or telling the day of the week (2023-05-06 09:12:01 星期六, 今天是…)
        m = RE_ANY_DATE.search(ln.text)
        if m:
            d = parse_date(m.group())
            if d:
                return DocDate(d, _ev(doc, ln.start + m.start(), ln.start + m.end(), "header"))
        elif _split_day(doc, head, i) is not None:
            return _split_day(doc, head, i)
        elif _stamp_line(ln.text):
            st = stamp_date(ln.text)
            if st:
                return DocDate(st[2], _ev(doc, ln.start + st[0], ln.start + st[1], "header"))
    # 5b. a news lead opening with the day of its event (2021年3月5日,某县举行…; 本报讯 3月5日上午 needs the year)
    for ln in lines[len(head):len(head) + 3]:
        if ln.chrome:
            continue
        m = RE_LEAD_DATE.match(ln.text)
        if m:
            g = "date" if m.group("date") else "bdate"
            d = parse_date(m.group(g))
            if d:
                return DocDate(d, _ev(doc, ln.start + m.start(g), ln.start + m.end(g), "lead"))
        break
    wired = _wire_day_of_year(doc, lines[len(head):len(head) + 3])
    if wired is not None:
        return wired  # 新华社西宁5月8日电 over a body that names 2024 alone: 2024-05-08
    if late is not None and stated_year(doc)[0] in (None, late.year):
        return late  # (a text naming another year as its own, 2022年重点项目推进会 over 2023-03-02, is of that year)
    # 6. a canonical address with a date in it
    for m in RE_CANONICAL.finditer(raw[:20000]):
        k = 1 if m.group(1) else 2
        u = RE_URL_DATE.search(m.group(k))
        if u:
            y, mo, dd = u.group(1), u.group(2) or u.group(4), u.group(3) or u.group(5)
            val = f"{y}-{int(mo):02d}-{int(dd):02d}" if mo and dd else y
            return DocDate(val, _raw_ev(doc, m.start(k), m.end(k), "url"))
    return None


# 2020⏎08/26 (a page's date block: the year over the month and day, as a card of the day prints them)
RE_YEAR_ALONE = rx.compile(r"\s*((?:19|20)\d\d)\s*年?\s*")
RE_DAY_UNDER_YEAR = rx.compile(r"\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*")


def _split_day(doc, head: list[_Line], i: int) -> DocDate | None:
    """The date a header sets over two lines, the year alone on one and the month and day on the next (2020⏎08/26):
    one date, the page's, as 2020-08-26 on one line would be; None when the lines are not such a pair."""
    y = RE_YEAR_ALONE.fullmatch(head[i].text) if i + 1 < len(head) else None
    md = RE_DAY_UNDER_YEAR.fullmatch(head[i + 1].text) if y else None
    if md is None:
        return None
    d = parse_date(f"{y.group(1)}-{int(md.group(1)):02d}-{int(md.group(2)):02d}")
    if not d:
        return None
    return DocDate(d, _ev(doc, head[i].start + y.start(1), head[i + 1].start + md.end(2), "header"))


# 新华社西宁5月8日电 / 本报岚溪3月5日讯 / 某某网合肥1月14日消息: a wire's or paper's dateline, a day of a year it does
# not write
RE_WIRE_DAY = rx.compile(r"[^\n,，。:：\d]{0,16}?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:电|讯|消息)")


def _wire_day_of_year(doc, lead: list[_Line]) -> DocDate | None:
    """The day a wire's dateline opening the lead gives (新华社西宁5月8日电), in the one year the text states (今年1至4月,
    …;2024年全省计划…: every year written is 2024), as the agency's day would be read with it; None without such a
    dateline, or when the text states no year or more than one (a year of the past beside its own would make it
    unsure).  A text that names the year it looks back on as such (…在报告中说,刚刚过去的2008年,… / 一、2008年工作
    回顾: _reviewed_year) is of the year after it (of that year from October on), as a speech dated by its month and
    day is (_yearless_dateline_year): a session's news on 1月14日 reviewing 2008 was written in 2009, whatever other
    years it names."""
    for ln in lead:
        if ln.chrome:
            continue
        m = RE_WIRE_DAY.match(ln.text)
        if m is None:
            return None
        mo, dd = int(m.group("m")), int(m.group("d"))
        reviewed = _reviewed_year(doc.norm[:20000]) if 1 <= mo <= 12 and 1 <= dd <= 31 else None
        if reviewed is not None:  # (not a year a plan is named by: 2014年…重点项目, 与2013年重点项目相比 name lists)
            y = reviewed if mo >= LATE_SESSION_MONTH else reviewed + 1
            return DocDate(f"{y}-{mo:02d}-{dd:02d}", _ev(doc, ln.start + m.start("m"), ln.start + m.end("d"), "lead"))
        text = doc.norm[:200_000]
        found = list(RE_BODY_YEAR.finditer(text))
        years = {int(y.group(1)) for y in found}
        if len(years) != 1 or stated_year(doc)[0] not in years or \
                any(RE_SINCE_CLOSER.match(text, y.end()) for y in found):
            return None  # (2019年以来,全国累计…: a run's start, no year of the text's own)
        mo, dd = int(m.group("m")), int(m.group("d"))
        if not (1 <= mo <= 12 and 1 <= dd <= 31):
            return None
        y = years.pop()
        if mo < LATE_SESSION_MONTH and RE_SESSION_REPORT.search(ln.text) and not _year_as_own(doc, y):
            y += 1  # 1月27日电 …人民代表大会…开幕,省长作政府工作报告…2025年全省…增长4.1%: the report reviews 2025
        return DocDate(f"{y}-{mo:02d}-{dd:02d}", _ev(doc, ln.start + m.start("m"), ln.start + m.end("d"), "lead"))
    return None


# …人民代表大会第四次会议在…开幕。省长某某作政府工作报告: the year's session of a people's congress, where the government's
# work report is given (early in the year it plans, after the year it reviews)
RE_SESSION_REPORT = rx.compile(rf"(?:{alternation(zh.MEETING_NAME_ENDS)})[^。!?！？\n]{{0,40}}?"
                               rf"(?:{alternation(zh.MEETING_HELD_VERBS)})[^\n]{{0,80}}?作[^。,，\n]{{0,8}}?政府工作报告")


def _year_as_own(doc, y: int) -> bool:
    """The text speaks of ``y`` as its present or the year it plans (今年(2025年) / 2025年主要预期目标是 / 2025年,全省将…),
    not only as one whose figures are done."""
    cur = current_year(doc)
    return cur is not None and cur[0] == y or any(int(m.group(1)) == y for m in RE_PLAN_YEAR.finditer(doc.norm)) or \
        any(int(m.group(1)) == y for m in RE_YEAR_COMMITTED.finditer(doc.norm))


RE_CLOCK_ANY = rx.compile(r"\d{1,2}:\d\d(?::\d\d)?")


def _stamp_line(t: str) -> bool:
    """Whether a header line dates the page the way a dateline does: a clock, a byline's or a date's label with its
    date, or the date alone (14.07.2018 09:20, 来源:某某局 | 14.07.2018 | 浏览:312, 14.07.2018)."""
    return bool(RE_CLOCK_ANY.search(t) or RE_BYLINE_LABEL.search(t) or RE_FIELD.search(t) or
                (len(t) <= 12 and stamp_date(t)))
# what separates the parts of a dating line: brackets, blanks, colons, bars, dots
RE_DATING_SEPARATORS = rx.compile(r"[\s()（）\[\]【】〔〕<>《》「」:：|｜/·•—\-,，、]+")
RE_ISSUE_VERB = rx.compile(r"(?:发布|印发|公布|发)$")
DATING_LINE_CHARS = 60  # a longer line is prose, whatever dates it holds
DATING_TAIL_LINES = 6  # lines at the end looked over for a signing line
ISSUER_NAME_CHARS = 24  # a longer token is no body's name


_SENTENCE_PUNCT = rx.compile(r"[。!?！？;；]")


_A_DIGIT = rx.compile(r"\d")


def _dating_line(t: str) -> list[tuple[int, int]]:
    """The spans of the dates in ``t`` when the line does nothing but date the text: beside its dates (2024年3月10日,
    2024-03-10, 二〇二四年三月十日), clock times, brackets and byline labels (发布时间:, 来源:) it holds at most
    the names of the bodies that sign or publish it (岚溪县统计局, 青川市融媒体中心); else []."""
    if len(t) > DATING_LINE_CHARS or _SENTENCE_PUNCT.search(t):
        return []
    dates = [(m.start(), m.end()) for m in RE_ANY_DATE.finditer(t)]
    if not dates:
        return []
    rest = t
    for s, e in reversed(dates):
        rest = rest[:s] + " " + rest[e:]
    rest = RE_CLOCK_ANY.sub(" ", rest)
    labelled = bool(RE_BYLINE_LABEL.search(rest) or RE_PUBLISH_LABEL.search(rest))
    rest = RE_PUBLISH_LABEL.sub(" ", RE_BYLINE_LABEL.sub(" ", rest))
    for tok in RE_DATING_SEPARATORS.split(rest):
        if not tok:
            continue
        if labelled:  # a byline's values are names (来源:某某网 作者:某某), not figures
            if _A_DIGIT.search(tok) and not re.fullmatch(r"\d+", tok):
                return []
            continue
        tok = RE_ISSUE_VERB.sub("", tok)
        if not tok:
            continue
        if _A_DIGIT.search(tok) or len(tok) > ISSUER_NAME_CHARS or tok[-1] not in zh.ISSUER_END_CHARS:
            return []
    return dates


# 2024年5月 / 二〇二四年五月 with no day after it: the month a text is released in
RE_YEAR_MONTH = rx.compile(r"(?<!\d)((?:19|20)\d\d)\s*年\s*(?:1[0-2]|0?[1-9])\s*月(?![份\d一二三四五六七八九十])|"
                           r"([〇零○一二三四五六七八九]{4})\s*年\s*[一二三四五六七八九十]{1,2}\s*月(?![份一二三四五六七八九十])")


def _release_month(t: str, under_issuer: bool = False) -> tuple[int, int, int] | None:
    """(start, end, year) of the month on a line that only dates a text by its month, as a communiqué is released
    (某市统计局 2024年5月; (2024年5月) under its title; 2024年5月 under the line of the body releasing it,
    ``under_issuer``): beside one year and month, brackets and separators, the line holds at most the name of the
    body releasing it, and holds that name or brackets unless it stands under it (a month alone under a monthly
    report's title may be the month it reports on).  None for any other line (a sentence, a full date:
    ``_dating_line``, a heading naming what the month holds: 2024年5月份经济运行情况)."""
    if len(t) > DATING_LINE_CHARS or _SENTENCE_PUNCT.search(t) or RE_ANY_DATE.search(t):
        return None
    found = list(RE_YEAR_MONTH.finditer(t))
    if len(found) != 1:
        return None
    m = found[0]
    rest = [tok for tok in RE_DATING_SEPARATORS.split(t[:m.start()] + " " + t[m.end():]) if tok]
    if any(_A_DIGIT.search(tok) or len(tok) > ISSUER_NAME_CHARS or tok[-1] not in zh.ISSUER_END_CHARS for tok in rest):
        return None
    if not (rest or under_issuer or re.search(r"[(（]", t)):
        return None
    return m.start(), m.end(), int(m.group(1)) if m.group(1) else _cn_int(m.group(2))


def _release_month_of(lines: list[_Line], i: int) -> tuple[int, int, int] | None:
    """``_release_month`` of line ``i``, under the line before it when that is a releasing body's name."""
    return _release_month(lines[i].text, i > 0 and _issuer_line(lines[i - 1].text))


def _month_after_reported(doc, head: list[_Line], i: int) -> tuple[int, int, int] | None:
    """``_release_month`` of header line ``i`` standing alone (2024年4月 under 2023年全区国民经济和社会发展统计公报 and
    its byline) when it falls after the time a reporting title above it reports on (the title's year, or its quarter
    or months: 2024年4月 under 2024年一季度…经济运行情况): a month after what a bulletin reports on is no time of its
    figures but the month it was released in.  A month within that time (2022年9月 under 2022年9月社会消费品零售总额)
    may be the month reported, and stays a time."""
    from .periods import find_periods
    from .scope import months_of
    month = _release_month(head[i].text, under_issuer=True)
    if month is None:
        return None
    m = re.search(r"年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月", head[i].text[month[0]:month[1]])
    if m is None:
        return None
    released = (month[2], int(m.group(1)) if m.group(1).isdigit() else _cn_int(m.group(1)))
    for ln in head[:i]:
        got = _reporting_title_year(doc, ln.text, "title_line") if ln.text and not ln.chrome else None
        if got is None:
            continue
        points = [p for p in find_periods(_unspaced(ln.text)[0], got[0]) if p.role == "point"]
        span = months_of(points[0].period) if points else None
        return month if span is not None and span[0].isdigit() and released > (int(span[0]), span[2]) else None
    return None


def _release_month_year(doc, lines: list[_Line], title: str) -> tuple[int, Evidence] | None:
    """The year of the month a text is released in (``_release_month``), on a line of its header or among its
    closing lines, for a text that names its year nowhere else: that year, the page's; for an annual communiqué
    (…统计公报) the year before, the one it reports on, as for a communiqué signed to the day (``find_year``)."""
    head = _header(lines)
    tail = [i for i in range(len(head), len(lines))][-DATING_TAIL_LINES:]
    for i in list(range(len(head))) + [i for i in tail if len(lines[i].text) <= DATING_LINE_CHARS]:
        ln = lines[i]
        got = _release_month_of(lines, i) if ln.text and not ln.chrome else None
        k = doc.norm.find(ln.text, ln.start) if got else -1
        if got and k >= 0:
            ev = _ev(doc, k + got[0], k + got[1], "release_month")
            if _annual_bulletin(_unspaced(title)[0]):
                return got[2] - 1, Evidence("bulletin_year", ev.start, ev.end, ev.text)
            return got[2], ev
    return None


RE_SEAL_NOTE = rx.compile(rf"\s*[(（]\s*(?:{alternation(zh.SEAL_NOTES)})\s*[)）]\s*$")


def _issuer_line(t: str) -> bool:
    """A line that is only the name of a body that signs (岚溪县政务服务中心, 中共青川市委办公室), a note of the seal
    set over it closing it or not (岚溪县政务服务局(代章): the body signs, another's seal stands for its own)."""
    t = RE_SEAL_NOTE.sub("", t)
    return 4 <= len(t) <= ISSUER_NAME_CHARS + 6 and t[-1] in zh.ISSUER_END_CHARS and \
        not RE_DATING_SEPARATORS.search(t.replace("(", "").replace(")", "")) and not _A_DIGIT.search(t)


def _signing_blocks(doc, lines: list[_Line]) -> Iterator[tuple[_Line, tuple[int, int], str, _Line]]:
    """The signing blocks after the first third of the text, last first: (the dating line, the date's span in it, the
    signing body's name, the line holding the name): a line that only dates the text right under a line that is a
    signing body's name, or a line holding both; a notice's attachments (附件, a table of units) may follow it."""
    third = len(doc.norm) // 3
    for i in range(len(lines) - 1, 0, -1):
        ln = lines[i]
        if ln.start < third:
            break
        dated = _dating_line(ln.text) if ln.text and not RE_BYLINE_LABEL.search(ln.text) else []
        if not dated:
            continue
        own = ln.text[:dated[0][0]].strip(" \t()（）")
        if own and _issuer_line(own):
            yield ln, dated[-1], own, ln
        elif _issuer_line(lines[i - 1].text):
            yield ln, dated[-1], lines[i - 1].text, lines[i - 1]


def _signing_place(doc, g, lines: list[_Line]) -> tuple | None:
    """(region, start, end) of the place the body signing the text opens its name with (福州市安全生产委员会办公室 under
    a notice that names only the districts its body checked): the issuer of a notice whose head names none; the
    chain's last place read from the name's start (中共 may open it).  None without a signing block or a place there."""
    for _, _, name, nl in _signing_blocks(doc, lines):
        k = doc.norm.find(name, nl.start)
        chain = _strip_prefixes(g, name) if k >= 0 else []
        at = 2 if name.startswith("中共") else 0
        best = None
        for r in chain:
            surface = max((x for x in (r.name, *written_forms(r)) if name.startswith(x, at)), key=len, default="")
            if not surface:
                break
            best, at = (r, k + at, k + at + len(surface)), at + len(surface)
        return best
    return None


def _signing_block(doc, lines: list[_Line]) -> tuple[int, int, str] | None:
    """(start, end, date) of the last signing block (``_signing_blocks``) whose date reads (offsets into
    ``doc.norm``).  None when there is none."""
    for ln, (s0, e0), _, _ in _signing_blocks(doc, lines):
        d = parse_date(ln.text[s0:e0])
        k = doc.norm.find(ln.text, ln.start)
        if d and k >= 0:
            return k + s0, k + e0, d
    return None


RE_ATTACHMENT_NOTE = rx.compile(rf"\s*(?:{alternation(zh.ATTACHMENT_WORDS)})\s*\d*\s*(?:[:：]|$)")
RE_PUBLICITY_NOTE = rx.compile(rf"\s*[(（]\s*(?:{alternation(zh.PUBLICITY_NOTES)})\s*[)）]\s*")


def _attachment_date(doc, lines: list[_Line]) -> tuple[int, int, str] | None:
    """(start, end, date) of a line that only dates the text between the text and its attachments: under the line
    naming them (附件: 某某情况统计表) or over the heading that opens them (附件 / 附件1), the note of how the notice is
    made public ((此件公开发布), GB/T 9704) perhaps between, wherever the attachments' long
    table puts it in the file; a notice signed without its issuer's name.  None when there is none."""
    for i, ln in enumerate(lines):
        dated = _dating_line(ln.text) if ln.text and not RE_BYLINE_LABEL.search(ln.text) else []
        if not dated or i == 0:
            continue
        j = i + 2 if i + 2 < len(lines) and RE_PUBLICITY_NOTE.fullmatch(lines[i + 1].text) else i + 1
        after = lines[j].text if j < len(lines) else ""  # (the date, (此件公开发布), then 附件1)
        if not (RE_ATTACHMENT_NOTE.match(lines[i - 1].text) or after and RE_ATTACHMENT_NOTE.fullmatch(after.strip())):
            continue
        s0, e0 = dated[-1]
        d = parse_date(ln.text[s0:e0])
        k = doc.norm.find(ln.text, ln.start)
        if d and k >= 0 and len(d) == 10:
            return k + s0, k + e0, d
    return None


def dating_spans(doc, lines: list[_Line] | None = None) -> list[tuple[int, int]]:
    """Where the text is dated rather than spoken about: the dates of the dating lines (``_dating_line``) among the
    header lines above the body and the short lines closing it; offsets into ``doc.norm``."""
    lines = lines if lines is not None else _lines(doc.norm)
    head = _header(lines)
    tail = [i for i in range(len(head), len(lines))][-DATING_TAIL_LINES:]
    out: list[tuple[int, int]] = []
    for i in list(range(len(head))) + [i for i in tail if len(lines[i].text) <= DATING_LINE_CHARS]:
        ln = lines[i]
        if not ln.text:
            continue
        k = doc.norm.find(ln.text, ln.start)
        if k < 0:
            continue
        out.extend((k + s, k + e) for s, e in _dating_line(ln.text))
        month = _release_month_of(lines, i) or (_month_after_reported(doc, head, i) if i < len(head) else None)
        if month is not None:
            out.append((k + month[0], k + month[1]))  # (某县统计局 2024年5月: the month it is released in)
    got = _signing_block(doc, [ln for ln in lines if not ln.chrome])
    if got is not None and got[:2] not in out:
        out.append(got[:2])  # the signing block above a notice's attachments
    own = own_dateline(doc, lines)
    if own is not None and own.evidence.source == "own_dateline":
        span = (doc.view_pos(own.evidence.start), doc.view_pos(own.evidence.end))
        if span not in out:
            out.append(span)  # the dateline after a summary lead, or run into the lead's first words
    wire = _wire_dateline(doc, lines[len(head):len(head) + WIRE_DATELINE_LINES])
    if wire is not None and wire not in out:
        out.append(wire)  # 新华社西宁5月8日电 (记者 某某)…: the day the wire was filed, no time of the lead's figures
    return out


WIRE_DATELINE_LINES = 3  # lines of the body looked over for a wire's dateline opening the lead


def _wire_dateline(doc, lead: list[_Line]) -> tuple[int, int] | None:
    """The span (offsets into ``doc.norm``) of the day a wire's or a paper's dateline opening the lead gives (新华社
    西宁5月8日电, 某某网银川7月26日电, 本报讯 青川5月6日讯): the news' own date, as a page's date line is, whatever
    the figures after it report; None when the lead opens with none."""
    for ln in lead:
        if ln.chrome or not ln.text:
            continue
        m = RE_WIRE_DAY.match(ln.text)
        if m is None:
            return None
        k = doc.norm.find(ln.text, ln.start)
        return (k + m.start("m"), k + m.end()) if k >= 0 else None
    return None


def _unspaced(s: str) -> tuple[str, list[int]]:
    """``s`` without the blanks a PDF puts between characters (统 计 公 报, 2024 年), and where each kept
    character stood in ``s``: a title's words are matched on the first, evidence is cut from the second."""
    keep = [i for i, ch in enumerate(s) if not ch.isspace()]
    return "".join(s[i] for i in keep), keep


def _reporting_title_year(doc, line: str, source: str) -> tuple[int, Evidence] | None:
    """The year of a reporting title (2024年…统计公报, 2024年…经济运行情况), blanks between characters allowed; not
    of a rectification report's title (关于2020年度…预算执行…审计查出问题整改情况的报告): its year is the year
    audited or inspected, the report is given later, by its own date."""
    t, keep = _unspaced(line)
    m = RE_TITLE_YEAR.search(t)
    if not m or not RE_REPORTING_TITLE.search(t[m.end():]) or RE_RECTIFICATION_TITLE.search(t, m.end()):
        return None
    k = doc.norm.find(line)
    if k >= 0:
        return int(m.group(1)), _ev(doc, k + keep[m.start(1)], k + keep[m.end(1)] + 1, source)
    # a title given without the page's blanks: find its words up to the year with any blanks between
    found = re.search(r"\s*".join(map(re.escape, t[:m.end(1) + 1])), doc.norm[:20000])
    if found is None:
        return int(m.group(1)), Evidence(source, text=m.group())
    ys = found.group().rfind(m.group(1))
    return int(m.group(1)), _ev(doc, found.start() + ys, found.end(), source)


RELEASE_LEAD_CHARS = 300  # a page that releases a year's communiqué or assessment says so in its title or lead


def _released_report_year(doc) -> tuple[int, Evidence] | None:
    """The year whose communiqué or assessment results the page's head says are released (发布2013年…统计公报,
    2022年度…考核结果公布), or None: the figures the page then gives are that year's."""
    m = RE_RELEASED_YEAR_REPORT.search(doc.norm, 0, RELEASE_LEAD_CHARS)
    if m is None:
        return None
    g = 1 if m.group(1) else 2
    return int(m.group(g)), _ev(doc, m.start(g), m.end(g), "released_report")


def find_year(doc, title: str, date: DocDate | None, lines: list[_Line] | None = None) -> tuple[int | None, Evidence | None]:
    """The year 今年 refers to: a reporting title's year (the title's, else a reporting title among the header
    lines above the body, as a bulletin names its year only there), else the date's year, else a reviewed year,
    else the title's."""
    norm = doc.norm
    t = title or ""
    got = _reporting_title_year(doc, t, "title") if t else None
    if got is None:
        head = _header(lines if lines is not None else _lines(norm), limit=6)
        for i, ln in enumerate(head):
            if ln.text and not ln.chrome:
                got = _reporting_title_year(doc, ln.text, "title_line") if ln.text != t else None
                if got is None and i + 1 < len(head) and head[i + 1].text and not head[i + 1].chrome:
                    # a title broken over two lines (2018年某市国民经济和社会发展⏎统 计 公 报)
                    got = _reporting_title_year(doc, ln.text + head[i + 1].text, "title_line")
                if got is not None:
                    break
    if got is not None:
        return got
    if date is not None and date.evidence.source == "dateline":
        return date.year, date.evidence
    got = _lead_event_year(doc, lines if lines is not None else _lines(norm))
    if got is not None:
        return got
    if date is not None:
        cur = current_year(doc)
        if cur is not None and cur[0] != date.year:
            return cur  # 目前,2018年60个重点项目…: the text names its own year, whenever the page was posted
        released = _released_report_year(doc)
        if released is not None and released[0] == date.year - 1:
            return released  # 24日,国家统计局发布2013年…统计公报,公报显示,… posted 2014-02-24: the figures are 2013's
        head = _unspaced(t or _headline(lines if lines is not None else _lines(norm)))[0]
        if RE_REVIEW_TITLE.search(head) and not RE_RECTIFICATION_TITLE.search(head):
            # a bulletin or review published after the year it reports (…统计公报, signed 2020年3月23日): its
            # 全年/今年 is the year its body states, one before the day it was signed or posted
            y, ev = stated_year(doc)
            if y is not None and y == date.year - 1:
                return y, ev
            if _annual_bulletin(_unspaced(t or _headline(lines if lines is not None else _lines(norm)))[0]) and \
                    (y is None or y != date.year or _within(ev, date.evidence)):
                # 某市国民经济和社会发展统计公报 signed 2020年3月12日 whose body names no year (全年,全市…): the year
                # before its release (a year the body names as its own, other than the date line's, still counts)
                e = date.evidence
                return date.year - 1, Evidence("bulletin_year", e.start, e.end, e.text)
        head_t = t or _headline(lines if lines is not None else _lines(norm))
        lead = _lead_year(doc, lines if lines is not None else _lines(norm),
                          None if _names_present(head_t, date.year) else date.year) \
            if date.evidence.source in PAGE_POSTING_SOURCES else None
        stated, stated_ev = stated_year(doc) if lead is not None else (None, None)
        if lead is not None and (stated == lead[0] or not RE_BODY_YEAR.match(lead[1].text) and
                                 (stated is None or stated == date.year and _within(stated_ev, date.evidence))) and \
                (lead[0] < date.year or byline_dated(doc, date.evidence)):
            # 2022年,全县… on a page posted 2023-01-12, or reposted in 2021 (发布时间:2021-08-05), or under an
            # editor's line of another year (编辑:某某 2016-02-07): the year the text speaks of, not the page's;
            # 去年,全县… on a page posted 2009-03-02 whose body cites no year of its own: 2008
            return lead
        return date.year, date.evidence
    if not t:
        t = _headline(lines if lines is not None else _lines(norm))  # no title found: the page's first line
    # the headline's year before a year the body looks back on (2024全国两会|… over 回顾2023年工作: the sessions of
    # 2024 review 2023); a year written without 年 heads a noun phrase there (2024全国地方两会, 2021市级重点项目)
    m = RE_TITLE_YEAR.search(t) or RE_BARE_YEAR.search(t)
    if m:
        k = norm.find(t)
        ev = _ev(doc, k + m.start(1), k + m.end(), "title") if k >= 0 else Evidence("title", text=m.group())
        if _headline_plans_next_year(norm, t, m):
            return int(m.group(1)) - 1, ev  # 2025年我国计划新改建农村公路10.5万公里 over 明年计划新建…: told in 2024
        return int(m.group(1)), ev
    m = RE_REVIEW_YEAR.search(norm[:5000])
    if m:
        g = 1 if m.group(1) else 2
        opened = _year_opened_after(norm, int(m.group(g)))
        if opened is not None:
            return int(opened.group(1)), _ev(doc, opened.start(1), opened.end(), "opening_year")
        return _reported_day_after(doc, (int(m.group(g)), _ev(doc, m.start(), m.end(), "review_year")))
    got = stated_year(doc)
    if got[0] is not None:
        return _reported_day_after(doc, got)
    if got[0] is None:
        lines = lines if lines is not None else _lines(norm)
        got = _lead_month_year(doc, lines) or _release_month_year(doc, lines, t) or _heading_day_year(doc, lines) or \
            _doc_number_year(doc, lines) or \
            _lead_bare_year(doc, lines) or _done_event_year(doc) or got
    return got


# 今年1至6月 / 今年上半年 / 今年一季度: a span of the text's own year, and the month it ends with
RE_THIS_YEAR_SPAN_END = rx.compile(r"(?:今年|本年)\s*(?:以来)?\s*[,，]?\s*(?:(?:1|一)\s*[-—~至到]\s*(\d{1,2})\s*月份?|"
                                   rf"第?({alternation(tuple(zh.THIS_YEAR_SPAN_END_MONTHS))}))")
# 已于2024年5月建成投产 / 已于2024年3月12日开工建设: a stage reached in a month of a year
RE_DONE_EVENT = rx.compile(rf"(?:{alternation(zh.DONE_DATE_MARKERS)})\s*((?:19|20)\d\d)\s*年\s*(\d{{1,2}})\s*月"
                           rf"(?:\s*\d{{1,2}}\s*日)?(?:份|底|末|初|上旬|中旬|下旬)?[^,，。;；\d]{{0,6}}?"
                           rf"(?:{alternation(zh.STAGE_PREDICATE_VERBS)})")
RE_NOT_DONE_BEFORE = rx.compile(rf"(?:{alternation(zh.NOT_DONE_BEFORE_DATE)})\s*$")
RE_ANY_YEAR = rx.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")


def _done_event_year(doc) -> tuple[int, Evidence] | None:
    """The year of a page that names its own nowhere (no date, no year of its own) but reports, inside a span of 今年
    (今年1至6月, 今年上半年), stages reached in months of one year within that span (甲铜箔项目已于2024年5月建成投产
    under 今年1至6月): a stage already reached in May of 2024, told among this year's first half, is of this year, so
    今年 is 2024.  Strict, since a wrong year is worse than "?": every year the text writes is that one year, each
    such stage is marked done (已于…), and its month lies within the span's end."""
    text = doc.norm[:200_000]
    ends = [int(m.group(1)) if m.group(1) else zh.THIS_YEAR_SPAN_END_MONTHS[m.group(2)]
            for m in RE_THIS_YEAR_SPAN_END.finditer(text)]
    if not ends:
        return None
    done = [m for m in RE_DONE_EVENT.finditer(text) if not RE_NOT_DONE_BEFORE.search(text, max(0, m.start() - 4), m.start())]
    years = {int(m.group(1)) for m in RE_ANY_YEAR.finditer(text)}
    if not done or len(years) != 1 or any(not 1 <= int(m.group(2)) <= max(ends) for m in done):
        return None
    m = done[0]
    return int(m.group(1)), _ev(doc, m.start(1), m.end(2), "done_event_year")


RE_ANNUAL_BULLETIN = rx.compile(alternation(zh.ANNUAL_BULLETIN_TITLE_WORDS))
RE_WITHIN_YEAR_TITLE = rx.compile(alternation(zh.WITHIN_YEAR_TITLE_WORDS))


def _annual_bulletin(title: str) -> bool:
    """Whether ``title`` names an annual statistics communiqué (…统计公报), not one of a span within a year."""
    return bool(RE_ANNUAL_BULLETIN.search(title)) and not RE_WITHIN_YEAR_TITLE.search(title)


def _within(ev: Evidence | None, outer: Evidence) -> bool:
    """Whether ``ev`` lies inside ``outer``'s span (a year found only in the date line itself)."""
    return ev is not None and ev.start >= 0 and outer.start <= ev.start and ev.end <= outer.end


def _lead_bare_year(doc, lines: list[_Line]) -> tuple[int, Evidence] | None:
    """The year written without 年 in the first sentence of the lead (督查组对某县2018省列观摩项目进行督查), when the
    text names its year nowhere else: the year of the list or the event it reports on."""
    for ln in lines[:LEAD_LINES]:
        if ln.chrome or len(ln.text) < LEAD_MIN_CHARS or not _SENTENCE_PUNCT.search(ln.text):
            continue
        end = _SENTENCE_PUNCT.search(ln.text).start()
        m = RE_BARE_YEAR.search(ln.text, 0, end)
        if m:
            k = doc.norm.find(ln.text, ln.start)
            return int(m.group(1)), _ev(doc, k + m.start(1), k + m.end(1), "lead_bare_year")
        return None
    return None


# 岚政服〔2022〕12号 / 督办通报〔2020〕第6期: the number an official document is issued under, on a line of its own above
# the body; its year is the year of issue
RE_DOC_NUMBER = rx.compile(r"\s*[\u4e00-\u9fff]{0,12}\s*[〔\[【]\s*((?:19|20)\d\d)\s*[〕\]】]\s*(?:第\s*)?\d{1,4}\s*[号期]\s*")
DOC_NUMBER_LINES = 12  # lines from the top looked over for the number


def _doc_number_year(doc, lines: list[_Line]) -> tuple[int, Evidence] | None:
    """The year of the document number printed above the body (岚政服〔2022〕12号), when the text names no year of its
    own: the year it was issued, which its bare months (4月) belong to.  A number cited in the body (根据…(〔2021〕5号))
    stands in a sentence, not on a line of its own."""
    for ln in lines[:DOC_NUMBER_LINES]:
        m = RE_DOC_NUMBER.fullmatch(ln.text)
        if m:
            k = doc.norm.find(ln.text, ln.start)
            return int(m.group(1)), _ev(doc, k + m.start(1), k + m.end(1), "doc_number")
    return None


# 2023年5月,全县热线受理工单900件: a report's lead opening with the month it reports on, after a paper's or a wire's
# tag as a news lead's day is (本报讯(记者 某某)2023年5月,… as RE_LEAD_DATE), the month or a part of it (5月上旬,)
RE_LEAD_MONTH = rx.compile(r"(?:[^\n,，。:：]{0,16}(?:讯|电|消息)\s*)?(?:[(（【][^\n,，。)）】]{0,40}[)）】]\s*)?"
                           r"\s*((?:19|20)\d\d)\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                           rf"(?:份|{alternation(zh.MONTH_PART_WORDS)})?\s*(?:以来)?\s*[,，]")
LEAD_PREAMBLE = rx.compile(r"[:：]\s*$")  # 各乡镇、县直各单位: (the addressees) hands over to the next line


def _lead_month_year(doc, lines: list[_Line]) -> tuple[int, Evidence] | None:
    """The year of the month a report's lead opens with (2023年5月,全县…), past the addressees' line, when the text
    names its year nowhere else: the year of everything it reports.  A lead sentence short enough to be taken for a
    header line (2025年5月,某县召开项目推进会。 under the headline) opens the text all the same."""
    head = _header(lines)
    for ln in head[1:]:
        m = RE_LEAD_MONTH.match(ln.text) if not ln.chrome and _SENTENCE_PUNCT.search(ln.text) else None
        if m:
            k = doc.norm.find(ln.text, ln.start)
            return int(m.group(1)), _ev(doc, k + m.start(1), k + m.end(1) + 1, "lead_month")
    for ln in lines[len(head):len(head) + 3]:
        if ln.chrome:
            continue
        m = RE_LEAD_MONTH.match(ln.text)
        if m:
            k = doc.norm.find(ln.text, ln.start)
            return int(m.group(1)), _ev(doc, k + m.start(1), k + m.end(1) + 1, "lead_month")
        if not LEAD_PREAMBLE.search(ln.text):
            break
    return None


# 8月5日至8月11日,…督查 over a heading 2021年8月5日至8月11日扬尘治理问题清单: a day written without its year, and the
# heading or caption of the same text that writes it with one
RE_YEARLESS_DAY = rx.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
RE_YEARED_DAY = rx.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _heading_day_year(doc, lines: list[_Line]) -> tuple[int, Evidence] | None:
    """The year of a text that dates its matter by days alone (8月5日至8月11日,市攻坚办…开展督查) from a heading or
    caption line of the same text (a line with no sentence in it: 附件:2021年8月5日至8月11日扬尘治理问题清单, 表1 2021年
    8月5日督查问题汇总) that writes one of those days with its year: the notice and the list it hands over are of one
    time, wherever the list stands (a table's rows under its heading, no signing line at the end).  None when the text
    writes no day without its year, or no line repeats one with a year (a year in a heading of history names no day)."""
    text = doc.norm[:200_000]
    bare = [(m.start(), (int(m.group(1)), int(m.group(2)))) for m in RE_YEARLESS_DAY.finditer(text)]
    for ln in lines if bare else []:
        t = ln.text
        if not t or ln.chrome or len(t) > DATING_LINE_CHARS or _SENTENCE_PUNCT.search(t):
            continue
        k = doc.norm.find(t, ln.start)
        days = {d for at, d in bare if not k <= at < k + len(t)}
        for m in RE_YEARED_DAY.finditer(t) if k >= 0 else ():
            if (int(m.group(2)), int(m.group(3))) in days:
                return int(m.group(1)), _ev(doc, k + m.start(1), k + m.end(1) + 1, "heading_day")
    return None


# 2022年,全县… / 2022年是…的一年 / 刚刚过去的2022年, / 记者从县统计局获悉,2022年全县…: a lead opening with a year
RE_LEAD_YEAR = rx.compile(rf"(?:[^,，。;；\n]{{0,30}}?(?:获悉|了解到|得知)[,，]\s*)?(?:{alternation(zh.LEAD_YEAR_OPENERS)})?"
                          r"\s*((?:19|20)\d\d)\s*年\s*(?:全年)?\s*(?:[,，]|是|(?=[全我本该][市县区省州旗镇盟]))")


# dates a page is posted under (发布日期:…, 来源:… 时间:…, a date line in the header, a meta tag), not the day the text was
# signed or spoken
PAGE_POSTING_SOURCES = ("field", "header", "meta_tag", "front_matter")
# a line naming a year or the speaker's present (2024年, 今年), or the span of years it looks back over (过去五年,…):
# a lead that opens with no year then dates itself (a year in a later paragraph is an event inside that span)
RE_NAMES_A_YEAR = rx.compile(rf"(?:19|20)\d\d\s*年|{alternation(zh.PRESENT_YEAR_WORDS + zh.REVIEW_SPAN_LEADS)}")


# 去年,全县… / 记者从市统计局获悉,去年全市…: a lead opening with the year before the page's, by the word that counts
# from the year a text is given in (过去一年 and 上年 count from the year it speaks of: scope._spoken_period)
RE_LEAD_PRIOR_YEAR = rx.compile(r"(?:[^,，。;；\n]{0,30}?(?:获悉|了解到|得知)[,，]\s*)?(去年)"
                                r"\s*(?:全年)?\s*(?:[,，]|(?=[全我本该][市县区省州旗镇盟]))")


RE_PRESENT_YEAR_WORD = rx.compile(alternation(zh.PRESENT_YEAR_WORDS))


def _names_present(headline: str, year: int) -> bool:
    """Whether a headline speaks of the year its page was posted in (陕西省今年重点建设项目总投资将超2万亿元, 2009年…):
    a lead looking back on the year before (去年,全省…完成投资2652亿元) then only sets out from it."""
    return bool(RE_PRESENT_YEAR_WORD.search(headline) or re.search(rf"{year}\s*年", headline))


def _lead_year(doc, lines: list[_Line], page_year: int | None = None) -> tuple[int, Evidence] | None:
    """The year the body's lead opens with (2022年,全县…; 2022年是…的一年), past the header lines, or None: the
    year a text posted early in the next year speaks of (its 全年 is that year, not the page's).  Given the year the
    page was posted in, a lead opening with the word for the year before it (去年,全县…) names that year as plainly:
    a review posted in 2009 that opens 去年,全县… is of 2008, its 全年 too."""
    head = _header(lines)
    # (a sentence short enough to be taken into the header, 过去五年,全市新增市场主体12万户。, opens the body all the same)
    opening = [ln for ln in head[1:] if _SENTENCE_PUNCT.search(ln.text)] + lines[len(head):len(head) + 3]
    for ln in opening:
        if ln.chrome or not ln.text:
            continue
        m = RE_LEAD_YEAR.match(ln.text)
        prior = RE_LEAD_PRIOR_YEAR.match(ln.text) if m is None and page_year else None
        if prior is not None and RE_PRESENT_YEAR_WORD.search(ln.text, prior.end()):
            return None  # 去年,全市…完成投资260亿元。今年,全市…将超过130个: last year only the base of this year's news
        if prior is not None:
            k = doc.norm.find(ln.text, ln.start)
            return page_year - 1, _ev(doc, k + prior.start(1), k + prior.end(1), "lead_year")
        if m is None:
            if RE_NAMES_A_YEAR.search(ln.text):
                return None
            continue  # 粮食总产量180万吨,比上年增长2.1%。⏎2025年,全区…: lead figures before the dated paragraph
        k = doc.norm.find(ln.text, ln.start)
        return int(m.group(1)), _ev(doc, k + m.start(1), k + m.end(1) + 1, "lead_year")
    return None


# 目前,2018年60个重点项目… / 今年(2018年) / 当前2018年: a year the text calls its present.
# (目前,全市2018年60个重点项目…: the place may come between; 目前,2017年开工的项目… is a year of the past)
RE_CURRENT_YEAR = rx.compile(rf"(?:{alternation(zh.PRESENT_WORDS)})\s*[,，(（]?\s*(?:[\u4e00-\u9fff]{{1,4}}?)??"
                             r"((?:19|20)\d\d)\s*年"
                             r"(?!\s*\d{1,2}\s*[月日]|\s*[-—至到]\s*\d|\s*(?:以来|以前|之前|前|底前|末前)|[^,，。;；\d]{0,6}的)")


RE_PRESENT_BEFORE = rx.compile(rf"(?:{alternation(zh.PRESENT_WORDS)})\s*[,，(（]?\s*$")


def current_year(doc) -> tuple[int, Evidence] | None:
    """The year the text calls its present (目前,2018年…; 今年(2018年)), when it names one year so, else None."""
    found = {int(m.group(1)): m for m in RE_CURRENT_YEAR.finditer(doc.norm[:200_000])}
    if len(found) != 1:
        return None
    (y, m), = found.items()
    return y, _ev(doc, m.start(1), m.end(), "current_year")


HEADLINE_CHARS = 60  # a longer first line is the body's, not a headline


_SENTENCE_END_MARK = rx.compile(r"[。!?！？]")


def _headline(lines: list[_Line]) -> str:
    """The first line of a text without a title when it reads as a headline (short, no sentence end), else ""."""
    for ln in lines[:3]:
        if not ln.text or ln.chrome:
            continue
        if len(ln.text) <= HEADLINE_CHARS and not _SENTENCE_END_MARK.search(ln.text):
            return ln.text
        return ""
    return ""


# 在2019年3月2日召开的…会议上 / 2022年8月9日,某市举行…: a lead dating the event it reports; the year the speakers
# of that event speak from, whenever the page was published.
RE_EVENT_WORD = rx.compile(alternation(zh.EVENT_VERBS + zh.EVENT_NOUNS))


_SENTENCE_END_OR_END = rx.compile(r"[。!?！？]|$")


_SINCE_AFTER = rx.compile(r"\s*(?:以来|前|之前|起)")


def _lead_event_year(doc, lines: list[_Line]) -> tuple[int, Evidence] | None:
    """The year of a full date in the first sentence of one of the opening paragraphs of prose when the sentence
    names an event (召开, 举行, 会议, 作…报告); a cut-off (截至2015年1月20日) or a deadline is no event's date."""
    for ln in lines[:LEAD_LINES]:
        if ln.chrome or len(ln.text) < LEAD_MIN_CHARS or not _SENTENCE_END_MARK.search(ln.text):
            continue
        end = _SENTENCE_END_OR_END.search(ln.text).start()
        if RE_EVENT_WORD.search(ln.text, 0, end):
            for m in RE_FULL_DATE.finditer(ln.text, 0, end):
                d = parse_date(m.group())
                if d and not RE_NOT_EVENT_DATE.search(ln.text, max(0, m.start() - 3), m.start()) \
                        and not _SINCE_AFTER.match(ln.text[m.end():m.end() + 3]):
                    return int(d[:4]), _ev(doc, ln.start + m.start(), ln.start + m.end(), "lead_event")
            # 4月18日上午,…某市2019年4月重大项目集中开工仪式隆重举行: the year the event's name gives it
            m = RE_EVENT_NAME_YEAR.search(ln.text, 0, end)
            if m:
                return int(m.group(1)), _ev(doc, ln.start + m.start(1), ln.start + m.end(1), "lead_event")
    return None


# 2019年4月重大项目集中开工仪式 / 2022年第三季度重大项目集中开工活动: an event named with its year (and its month or
# quarter), the event's noun closing the name
RE_EVENT_NAME_YEAR = rx.compile(rf"((?:19|20)\d\d)\s*年\s*(?:第?[一二三四1-4]季度|\d{{1,2}}\s*月份?|[上下]半年)?"
                                rf"[^,，。;；:：\d]{{0,24}}?(?:{alternation(zh.EVENT_NOUNS)})")


PAGE_DATE_SOURCES = ("field", "header", "lead", "signature", "meta_tag", "front_matter", "own_dateline")  # the page's own date
RE_RELATIVE_DAY = rx.compile(alternation(tuple(zh.RELATIVE_DAYS)))
RE_MONTH_DAY = rx.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def find_event_day(doc, title: str, date: DocDate | None, year: int | None,
                   lines: list[_Line] | None = None,
                   spans: list[tuple[int, int]] | None = None) -> tuple[DocDate | None, int, str]:
    """The day of the event a news item reports (a groundbreaking, a signing, a meeting), or None: the day its lead's
    first sentence names with the event (2024年3月8日 / 3月8日 in the document's year / 昨日 before the page's date),
    else the page's own date when the title or that sentence names an event (举行…集中开工活动) and no day: a news
    page is posted within days of its event.  Figures counting what the event did (本次集中开工项目25个) hold in its
    month (scope).  Returns (day, where the lead naming the event ends, the project event's word or "")."""
    import datetime
    lines = lines if lines is not None else _lines(doc.norm)
    page = date if date is not None and date.evidence.source in PAGE_DATE_SOURCES and len(date.value) == 10 else None
    spans = set(dating_spans(doc, lines) if spans is None else spans)  # ``spans``: dating_spans already found
    prose = (ln for ln in lines[:EVENT_LEAD_SCAN] if not ln.chrome and len(ln.text) >= LEAD_MIN_CHARS
             and _SENTENCE_END_MARK.search(ln.text))
    for _, ln in zip(range(EVENT_LEAD_PARAGRAPHS), prose):
        end = _SENTENCE_END_OR_END.search(ln.text).start()
        if not RE_EVENT_WORD.search(ln.text, 0, end):
            continue  # 为加快项目建设,… opens; the event comes in the next paragraph
        k = doc.norm.find(ln.text, ln.start)
        at, kind = k + end, _project_event(ln.text[:end]) or _project_event(title) or _taken_up_event(ln.text, end)
        for m in RE_FULL_DATE.finditer(ln.text, 0, end):
            d = parse_date(m.group())
            if d and not RE_NOT_EVENT_DATE.search(ln.text, max(0, m.start() - 3), m.start()) \
                    and (k + m.start(), k + m.end()) not in spans:
                return DocDate(d, _ev(doc, k + m.start(), k + m.end(), "event_day")), at, kind
        m = RE_MONTH_DAY.search(ln.text, 0, end)
        if m and not RE_NOT_EVENT_DATE.search(ln.text, max(0, m.start() - 3), m.start()):
            mo, dd = int(m.group(1)), int(m.group(2))
            if 1 <= mo <= 12 and 1 <= dd <= 31 and not year:
                # 5月6日,某州举行推介会 in a text that never names its year: the event's day all the same, its year
                # unknown (?-05-06), whose month what the event did is counted in (scope._doc_event_month: ?-M05)
                return DocDate(f"?-{mo:02d}-{dd:02d}", _ev(doc, k + m.start(), k + m.end(), "event_day")), at, kind
            if 1 <= mo <= 12 and 1 <= dd <= 31:
                y = year
                if page is not None and int(page.value[:4]) == year and f"{mo:02d}-{dd:02d}" > page.value[5:]:
                    y = year - 1  # 12月28日 on a page of 2024年1月5日: the December before
                return DocDate(f"{y:04d}-{mo:02d}-{dd:02d}", _ev(doc, k + m.start(), k + m.end(), "event_day")), \
                    at, kind
        m = RE_RELATIVE_DAY.search(ln.text, 0, end)
        if m and page is not None:
            d = datetime.date.fromisoformat(page.value) + datetime.timedelta(days=zh.RELATIVE_DAYS[m.group()])
            return DocDate(d.isoformat(), _ev(doc, k + m.start(), k + m.end(), "event_day")), at, kind
        if page is not None and RE_EVENT_NOUN_TITLE.search(ln.text, 0, end):
            return DocDate(page.value, page.evidence), at, kind
        break
    if page is not None and title and RE_EVENT_WORD.search(title) and RE_EVENT_NOUN_TITLE.search(title):
        return DocDate(page.value, page.evidence), 0, _project_event(title)
    return None, 0, ""


def _project_event(s: str) -> str:
    """The project event a text names (举行…集中开工活动 → 开工), or ""."""
    if not RE_EVENT_NOUN_TITLE.search(s):
        return ""
    m = RE_PROJECT_EVENT.search(s)
    return m.group() if m else ""


def _taken_up_event(t: str, end: int) -> str:
    """The project event the sentence after a lead's tells its event did, when it takes that event up (12月1日,全省
    第四次"三个一批"活动举行。本次活动,全省共签约120个项目、开工90个项目 → 签约): a lead may name its event by a
    name that says nothing of projects and count what it did in the next sentence; "" otherwise."""
    nxt = t[end + 1:_SENTENCE_END_OR_END.search(t, end + 1).start()] if end < len(t) else ""
    if not RE_EVENT_BACKREF_OPENING.match(nxt):
        return ""
    m = RE_PROJECT_EVENT.search(nxt)
    return m.group() if m else ""


RE_PROJECT_EVENT = rx.compile(alternation(zh.PROJECT_EVENT_WORDS))
RE_EVENT_BACKREF_OPENING = rx.compile(rf"\s*(?:{alternation(zh.EVENT_BACKREFS)})")


RE_EVENT_NOUN_TITLE = rx.compile(alternation(zh.EVENT_NOUNS))
EVENT_LEAD_SCAN = 40  # lines looked over for the lead (a page's title, bylines and page items come first)
EVENT_LEAD_PARAGRAPHS = 3  # paragraphs of prose whose first sentence may name the event
LEAD_LINES = 8  # opening lines looked over for the lead (a title, its subtitles and bylines come first)
LEAD_MIN_CHARS = 20  # a shorter line (or one ending no sentence) is a title, a byline or a heading, not the lead
RE_NOT_EVENT_DATE = rx.compile(r"(?:截至|截止|到|至)\s*$")


RE_FULL_DATE = rx.compile(rf"{_D}|{_D_CN}")


# 2023年1—7月 counts (a reporting span of the year); 2023年8月2日 and 2023—2025年 do not
# (2018年60个重点项目: a count after the year is no month)
RE_BODY_YEAR = rx.compile(r"(?<![\d到至—\-~])((?:19|20)\d\d)\s*年(?:(?=\s*\d{1,2}\s*(?:月份?)?\s*[-—~至到]\s*\d{1,2}\s*月)|"
                          r"(?!\s*\d{1,2}\s*[月日]|\s*[-—至到]\s*\d))")
# 2026年是“十五五”开局之年,做好明年经济工作意义重大: a year the sentence calls 明年, the year whose work it is said to
# be (not 为明年…打下基础, the year after the one named)
RE_NEXT_YEAR_NAMED = rx.compile(rf"\s*(?:是|为)[^。!?！？;；\n]{{0,60}}?(?<![为给])(?:{alternation(zh.NEXT_YEAR_WORDS)})"
                                r"的?[\u4e00-\u9fff]{0,6}?工作")
# 明年(2025年)计划新建… / 明年即2025年 / 2025年(明年): the year named as the next, written beside the word for it
_NEXT = alternation(zh.NEXT_YEAR_WORDS)
RE_NEXT_YEAR_APPOSED_BEFORE = rx.compile(rf"(?:{_NEXT})\s*[,，]?\s*(?:[(（]\s*)?(?:即|也就是)?\s*$")
RE_NEXT_YEAR_APPOSED_AFTER = rx.compile(rf"\s*(?:[(（]\s*(?:即|也就是)?\s*(?:{_NEXT})\s*[)）]|[,，]?\s*即\s*(?:{_NEXT}))")
# 初步安排2025年县级重点项目 / 谋划储备2025年项目: a list drawn up for the year ahead (zh.NEXT_YEAR_LIST_OPENERS)
RE_NEXT_YEAR_LIST_BEFORE = rx.compile(rf"(?:{alternation(zh.NEXT_YEAR_LIST_OPENERS)})\s*$")
# 2023年开局起步 / 2024年开门红 / 站在2024年新起点: the year just opening, the writer's (zh.OPENING_YEAR_WORDS)
RE_OPENING_YEAR_AFTER = rx.compile(rf"\s*的?\s*(?:{alternation(zh.OPENING_YEAR_WORDS)})")
RE_NOT_OPENING_BEFORE = rx.compile(rf"(?:{alternation(zh.NOT_OPENING_YEAR_BEFORE)})\s*$")
RE_OPENING_YEAR = rx.compile(rf"(?<![\d到至—\-~])((?:19|20)\d\d)\s*年(?=\s*的?\s*(?:{alternation(zh.OPENING_YEAR_WORDS)}))")
RE_SAME_PERIOD_AFTER = rx.compile(r"\s*(?:全年|上半年|下半年|前三季度|第?[一二三四1-4]季度|1\s*[-—~至]\s*\d{1,2}\s*月份?)?同期")
# a span within a year that 今年 and a year both open (今年一季度 … 2018年一季度): in the body's count that year is 今年
_WITHIN_YEAR = r"(?:上半年|下半年|前三季度|第?[一二三四1-4]季度|1\s*[-—~至]\s*\d{1,2}\s*月份?)"
RE_THIS_YEAR_SPAN = rx.compile(rf"(?:今年|本年)\s*({_WITHIN_YEAR})")
RE_WITHIN_YEAR_AFTER = rx.compile(rf"\s*({_WITHIN_YEAR})(?!\s*同期)")
RE_DATED_YEAR = rx.compile(r"(?:截至|截止到?)\s*((?:19|20)\d\d)\s*年(?=\s*\d{1,2}\s*月)")
RE_CURRENT_PHRASE = rx.compile(r"\s*(?:上半年|下半年|前三季度|[一二三四]季度|以来|1\s*[-—~]\s*\d+月|全年|年度|的?目标|工作|是)")
RE_REVIEWED = rx.compile(r"回顾了?\s*$|总结了?\s*$")
RE_PAST_YEAR_OPENER = rx.compile(rf"(?:{alternation(zh.PAST_YEAR_OPENERS)})\s*$")
RE_PAST_YEAR_FOLLOWER = rx.compile(rf"\s*[,，]?\s*(?:{alternation(zh.PAST_YEAR_FOLLOWERS)})")
RE_SINCE_OPENER = rx.compile(rf"(?:{alternation(zh.SINCE_YEAR_OPENERS)})\s*$")
RE_SINCE_CLOSER = rx.compile(rf"\s*(?:{alternation(zh.SINCE_YEAR_CLOSERS)})")
RE_RECORD_SINCE = rx.compile(rf"\s*以来\s*的?\s*(?:同期)?(?:{alternation(zh.RECORD_SINCE_WORDS)})")
# 由2012年的…调整为… / 从2012年的…提高到…: the value a change starts from, of a year before the text's own
RE_FROM_VALUE_OF = rx.compile(r"(?:由|从)\s*$")
# 是2012年的1.64倍 / 为2015年的2倍: the year a multiple is taken of
RE_BASE_OF_MULTIPLE = rx.compile(r"(?:是|为|相当于)\s*$")
RE_MULTIPLE_OF_AFTER = rx.compile(r"\s*的\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*倍")
# 自2015年开展项目攻坚以来: the event that opened the run named between the year and 以来
RE_SINCE_CLAUSE_CLOSER = rx.compile(r"[^,，。;；:：\d\n]{1,12}?(?:以来|至今)")
# 2023年8月 / 截至2023年6月底: a month of a year, a time the text states as a point (no deadline: 到2025年6月, 计划于…)
RE_YEAR_MONTH_POINT = rx.compile(r"((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月(?!\s*(?:底|末)?\s*(?:前|以前|之前))")
RE_NOT_OWN_POINT_BEFORE = rx.compile(rf"(?:到|(?<!截)至|于|比|较|与|{alternation(zh.PLANNED_TIME_WORDS)})\s*$")


def _later_year_dated(text: str, y: int) -> bool:
    """Whether the text dates itself, or a cut-off of its own, to a month of a year after ``y`` (2023年8月,全市…;
    截至2023年6月底): then 2015年以来 in it opens a run of years up to that later one, not the year it is of (as
    2023年以来 is in a text of 2023).  A deadline or a planned month (到2025年6月, 计划于2024年5月开工) dates nothing."""
    for m in RE_YEAR_MONTH_POINT.finditer(text):
        if int(m.group(1)) > y and not RE_NOT_OWN_POINT_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            return True
    return False


# 比2019年同期增长8.1%,两年平均增长3.9%: a growth over two years averaged, which fixes the year compared from
RE_TWO_YEAR_AVERAGE = rx.compile(alternation(zh.TWO_YEAR_AVERAGE_WORDS))
TWO_YEAR_REACH = 40  # characters after the base year within which its two years' average is stated


def _two_years_on(text: str, end: int) -> bool:
    """Whether the base year ending at ``end`` is that of a comparison over the same span (2019年同期) whose sentence
    averages the growth over two years (两年平均): the figures are of the second year after the base (a release of
    2021 compares with 2019, the year before the 2020 it skips)."""
    if not RE_SAME_PERIOD_AFTER.match(text, end):
        return False
    stop = re.compile(r"[。;；\n]").search(text, end)
    return RE_TWO_YEAR_AVERAGE.search(text, end, min(stop.start() if stop else len(text), end + TWO_YEAR_REACH)) \
        is not None


RE_COMPARED_OPENER = rx.compile(rf"(?:{alternation(zh.COMPARE_PREPOSITIONS)})\s*$")
RE_WHOLE_YEAR_BASE = rx.compile(r"\s*(?:全年|年度|年末|年底)")
RE_OWN_PLAN_AFTER = rx.compile(rf"\s*(?:全年|年度)?\s*的?\s*(?:{alternation(zh.OWN_PLAN_AFTER_YEAR)})")
RE_DEADLINE_BEFORE = rx.compile(r"(?:到|至|截至|(?<![对关由])于)\s*$")
RE_PLAN_START = rx.compile(r"(十[一二三四五六七八九])五[”\"]?(?:开好局|开局|起好步|开局之年|第一年)")


RE_PLANNED_BEFORE = rx.compile(rf"(?:{alternation(zh.PLANNED_TIME_WORDS)})(?:于|在|到)?\s*$")
# …年底建成投产 / 年内竣工 / 上半年开工: the stage the work is planned to reach by then
RE_STAGE_AFTER = rx.compile(rf"\s*(?:底|末|内|上半年|下半年)?(?:前)?\s*(?:全面|全部|正式|基本|可|能|将|实现)?"
                            rf"(?:{alternation(zh.STAGE_PREDICATE_VERBS)})")


_TO_OR_THAN_END = rx.compile(r"(?:到|至|截至|(?<![对关由])于|比|较|与)\s*$")


def _named_next_year(text: str, m: re.Match, speaks_of_now: bool) -> bool:
    """Whether the year ``m`` names is written as the next one (明年(2025年), 2025年(明年), 明年即2025年), or as the
    year a list is drawn up for (初步安排2025年…项目, 谋划储备2025年项目) in a text that speaks of 今年 as well: the
    text stands in the year before it."""
    if RE_NEXT_YEAR_APPOSED_BEFORE.search(text, max(0, m.start() - 8), m.start()) or \
            RE_NEXT_YEAR_APPOSED_AFTER.match(text, m.end()):
        return True
    return speaks_of_now and RE_NEXT_YEAR_LIST_BEFORE.search(text, max(0, m.start() - 6), m.start()) is not None


# a day a text reports as past or reached: a cut-off (截至2023年1月17日) or a day opening its clause as a news lead
# does (2023年1月17日,某区召开… / 2023年1月17日上午,…); not a deadline or a plan's day (到2023年6月30日, 计划于2023年
# 3月1日开工, 2023年1月1日起施行, 2023年1月1日至2025年12月31日) nor a day written into a schedule (于2025年6月30日完工)
RE_CUTOFF_DAY_BEFORE = rx.compile(r"(?:截至|截止到?)\s*$")
RE_CLAUSE_START_BEFORE = rx.compile(r"(?:^|[。;；!?！？,，:：\n])\s*$")
RE_LEAD_DAY_AFTER = rx.compile(r"\s*(?:上午|下午|晚上|晚|凌晨)?\s*[,，]")
RE_REPORTED_DAY = rx.compile(rf"{_D}|{_D_CN}")


def _reported_day_after(doc, got: tuple[int, Evidence]) -> tuple[int, Evidence]:
    """``got`` (the year the body's years make the text's own), or the year of a later day the text reports as past
    or reached (2022年全区完成投资85亿元。…2023年1月17日,丁区召开推进会。截至目前,…): a text is written no earlier
    than the last day it tells of, so its 今年 and 截至目前 are at least that day's year.  Only a cut-off's day or a
    day opening its clause as a lead does (RE_CUTOFF_DAY_BEFORE, RE_LEAD_DAY_AFTER)."""
    text = doc.norm[:200_000]
    spans = dating_spans(doc)
    best: tuple[int, re.Match] | None = None
    for m in RE_REPORTED_DAY.finditer(text):
        d = parse_date(m.group())
        if not d or any(a <= m.start() < b for a, b in spans):
            continue
        if not (RE_CUTOFF_DAY_BEFORE.search(text, max(0, m.start() - 4), m.start()) or
                RE_CLAUSE_START_BEFORE.search(text, max(0, m.start() - 2), m.start()) and
                RE_LEAD_DAY_AFTER.match(text, m.end())):
            continue
        y = int(d[:4])
        if y > got[0] and (best is None or y > best[0]):
            best = (y, m)
    if best is None:
        return got
    return best[0], _ev(doc, best[1].start(), best[1].end(), "reported_day")


# 2025年我国计划新改建… / 2025年全省将新开工…: a headline stating a year's plan by the year's number
RE_PLANNED_AFTER_YEAR = rx.compile(rf"[^,，。;；\d]{{0,12}}?(?:{alternation(zh.PLANNED_TIME_WORDS)})")


def _headline_plans_next_year(norm: str, title: str, m: re.Match) -> bool:
    """Whether the headline names by its number the year a plan is for (2025年我国计划新改建农村公路10.5万公里) while
    the body calls that plan's year 明年 and never speaks of 今年: the text is told the year before, the headline
    writing out the body's 明年."""
    if not RE_PLANNED_AFTER_YEAR.match(title, m.end()):
        return False
    body = norm.replace(title, "", 1)
    return RE_NEXT_YEAR_WORD.search(body) is not None and RE_PRESENT_YEAR_WORD.search(body) is None


def _year_opened_after(text: str, reviewed: int) -> re.Match | None:
    """The year after ``reviewed`` named as just opening (回顾2023年,… 站在2024年新起点, 今年一季度…): the writer looks
    back from it, so its 今年 is that year, not the one reviewed; else None."""
    for m in RE_OPENING_YEAR.finditer(text, 0, 200_000):
        if int(m.group(1)) == reviewed + 1 and opening_year(text, m):
            return m
    return None


def opening_year(text: str, m: re.Match) -> bool:
    """Whether the year ``m`` names is written as the one just opening (2023年开局起步, 2024年开门红, 站在2024年新起点),
    not looked ahead to (为2024年开门红, 迎接2024年新起点): a writer names so the year it stands in."""
    return RE_OPENING_YEAR_AFTER.match(text, m.end()) is not None and \
        RE_NOT_OPENING_BEFORE.search(text, max(0, m.start() - 4), m.start()) is None


def stated_year(doc) -> tuple[int | None, Evidence | None]:
    """The year the body states as its own: the most cited year (years in current-year phrasing such as
    2023年上半年 / 2023年以来 / 今年2023, and the first year of the text's opening sentence, count double), never a deadline (到2025年) or a range end; else the
    first year of a five-year plan the text calls just begun (十四五开局之年)."""
    from .periods import narrative_year
    from .scope import STAGE_DATED, YEAR_OF_FINDING
    text = doc.norm[:200_000]
    counts: dict[int, int] = {}
    first: dict[int, tuple[int, int]] = {}
    lead = len(text) - len(text.lstrip())
    opening = re.compile(r"[。!?！？\n]").search(text, lead)  # the text's opening sentence names what it is about
    opening_end = opening.start() if opening else len(text)
    this_year_spans = {re.sub(r"\s|第|份", "", m.group(1)) for m in RE_THIS_YEAR_SPAN.finditer(text)}
    speaks_of_now = RE_PRESENT_YEAR_WORD.search(text) is not None
    bases: list[int] = []  # years the text's own year comes after (比2018年全年, 自2016年以来)
    compared: dict[int, tuple[int, int]] = {}  # the year after a whole year compared with, and where it is named
    for m in RE_BODY_YEAR.finditer(text):
        before = text[max(0, m.start() - 3):m.start()]
        y = int(m.group(1))
        if RE_PAST_YEAR_OPENER.search(text, max(0, m.start() - 4), m.start()) or \
                RE_PAST_YEAR_FOLLOWER.match(text, m.end()):
            continue  # 早在2016年就…, 2017年首次提出…: a time of the past told in passing, none of the text's own
        if STAGE_DATED.match(text, m.end()):
            continue  # 该项目于2016年立项, / 2019年开工建设,: the day one work reached a stage, not the text's year
        if YEAR_OF_FINDING.match(text, m.end()):
            continue  # 2018年督察反馈的68个问题已完成整改55个: when the things counted were found, not the text's year
        if RE_SINCE_OPENER.search(before) and (RE_SINCE_CLOSER.match(text, m.end()) or
                                               RE_SINCE_CLAUSE_CLOSER.match(text, m.end())):
            bases.append(y - 1)  # 自2016年以来首季负增长: a run of years up to the text's, which is 2016 or after
            continue  # (自2015年开展项目攻坚以来: the same run, the event that opened it named)
        if not counts and narrative_year(text, m.start(), m.end()):
            continue  # 截至6月底,…。2019年,省里还对9个市开展了专项督查: a year told as history, not the text's
        if RE_RECORD_SINCE.match(text, m.end()):
            bases.append(y)  # 创2012年以来最好位次: a record since then, in a text of a later year
            continue
        if RE_SINCE_CLOSER.match(text, m.end()) and _later_year_dated(text, y):
            bases.append(y - 1)  # 2015年以来,全市累计… in a text dated 2023年8月 or 截至2023年6月底: the run's start
            continue
        if RE_FROM_VALUE_OF.search(before) and text[m.end():m.end() + 1] == "的" or \
                RE_BASE_OF_MULTIPLE.search(before) and RE_MULTIPLE_OF_AFTER.match(text, m.end()):
            bases.append(y)  # 是2012年的1.64倍 / 由2012年的15.8:55.2:29调整为…: the base a later year is measured from
            continue
        if RE_OWN_PLAN_AFTER.match(text, m.end()) and not RE_DEADLINE_BEFORE.search(before):
            # 与2019年计划目标持平, 完成2019年年度计划的45%: the plan the text measures against is of its own year
            counts[y] = counts.get(y, 0) + 2
            first.setdefault(y, (m.start(), m.end()))
            continue
        if RE_PLANNED_BEFORE.search(text, max(0, m.start() - 4), m.start()) and RE_STAGE_AFTER.match(text, m.end()):
            continue  # 项目预计2024年底建成投产: when a work is planned to reach a stage, none of the text's own years
        if _TO_OR_THAN_END.search(before) or \
                text[m.end():m.end() + 3].startswith(("远景", "前", "底前")):
            if RE_COMPARED_OPENER.search(before) and RE_WHOLE_YEAR_BASE.match(text, m.end()):
                bases.append(y)  # 增速比2018年全年高: the year before the text's
                compared.setdefault(y + 1, (m.start(), m.end()))
            elif RE_COMPARED_OPENER.search(before) and _two_years_on(text, m.end()):
                bases.append(y)  # 比2019年同期增长8.1%,两年平均增长3.9%: the text's year is two after the base
                compared.setdefault(y + 2, (m.start(), m.end()))
            continue  # 到2025年, 于2025年建成 (对于2021年工作 is the year spoken of)
        if RE_SAME_PERIOD_AFTER.match(text, m.end()):
            y += 1  # 2017年同期为10亿元: the base of a comparison, a year before the text's own
        elif RE_NEXT_YEAR_NAMED.match(text, m.end()) or _named_next_year(text, m, speaks_of_now):
            y -= 1  # 2026年是…开局之年,做好明年经济工作意义重大: the year named is the next, the text's the one before
        w = 2 if RE_CURRENT_PHRASE.match(text, m.end()) or before.endswith("今年") else 1
        if opening_year(text, m):
            w = 3  # 2023年开局起步,1-2月… / 站在2024年新起点: the year the writer stands in, past the one closed
        span = RE_WITHIN_YEAR_AFTER.match(text, m.end())
        if span and y == int(m.group(1)) and re.sub(r"\s|第|份", "", span.group(1)) in this_year_spans:
            w = 3  # 今年一季度… and 2018年一季度…: the year 今年 is
        if RE_PRESENT_BEFORE.search(text, max(0, m.start() - 8), m.start()) and RE_CURRENT_YEAR.match(
                text, RE_PRESENT_BEFORE.search(text, max(0, m.start() - 8), m.start()).start()):
            w = 3  # 目前,2018年…: the year the text calls its present
        if RE_REVIEWED.search(before):
            w = 1  # 回顾了2020年工作: the year reviewed is behind the speaker
        elif m.start() < opening_end and not first:
            w = 2  # 2021年第一季度…集中开工 opening a text without a title: its first year counts double
        counts[y] = counts.get(y, 0) + w
        first.setdefault(y, (m.start(), m.end()))
    if not counts:
        # no year cited on its own: the year of the cut-off the text reports at (截至2018年3月底), never of a month
        # of the past (2017年12月,某项目签约), a deadline (到2018年6月底) or a plan (计划于2018年9月开工)
        for m in RE_DATED_YEAR.finditer(text):
            if re.search(r"(?:到|至|(?<![对关由])于|比|较|与|计划|预计|力争|争取|将)\s*$", text[max(0, m.start() - 4):m.start()]) \
                    or re.match(r"[^,，;；。]{0,4}?前", text[m.end():m.end() + 5]):
                continue
            y = int(m.group(1))
            counts[y] = counts.get(y, 0) + 1
            first.setdefault(y, (m.start(1), m.end()))
    if bases and any(k > max(bases) for k in counts):
        # a year at or before a base the text compares with is none of its own (自2016年以来 … 2016年首季负增长)
        counts = {k: v for k, v in counts.items() if k > max(bases)}
    if counts:
        top = max(counts.values())
        y = max(k for k, v in counts.items() if v == top)
        s, e = first[y]
        return y, _ev(doc, s, e, "most_cited_year")
    if compared:
        # no year of its own, only the whole year its figures are compared with (增速比2018年全年高): the year after
        y = max(compared)
        s, e = compared[y]
        return y, _ev(doc, s, e, "compared_year")
    m = RE_PLAN_START.search(text)
    if m:
        from .periods import plan_span
        sp = plan_span(m.group(1) + "五")
        if sp:
            return sp[0], _ev(doc, m.start(), m.end(), "plan_start")
    return None, None


# ------------------------------------------------------------------ title

def find_title(doc, lines: list[_Line] | None = None) -> tuple[str, int]:
    """A front-matter or <title>-less headline when meta found none: front matter ``title:`` (view text) or ""."""
    m = re.search(r"\A\s*---[ \t]*\r?\n(?:.*\r?\n){0,40}?title:\s*['\"]?([^\r\n'\"]+)", doc.raw[:4000], re.M)
    if m:
        return m.group(1).strip(), -1
    return "", -1


# ------------------------------------------------------------------ genre

GENRES = (
    ("work_report", re.compile(r"政府工作报告|工作报告")),
    ("communique", re.compile(r"统计公报|公报")),
    ("statistics_analysis", re.compile(r"经济运行|运行情况|运行分析|经济形势|统计分析|主要经济指标|经济.{0,6}态势")),
    ("project_list", re.compile(r"项目(?:清单|名单|计划|表|汇总|进展|建设情况)|重点项目|重大项目")),
    ("supervision_notice", re.compile(r"督查|督办|督导|考核.{0,4}通报|通报")),
    ("plan", re.compile(r"规划|纲要|计划|实施方案|行动方案|工作要点|方案$|建议")),
    ("notice", re.compile(r"通知|公告|通告|决定|意见|办法|规定")),
)


def find_genre(title: str, text: str, doc_type: str = "") -> str:
    """The kind of document, from its title first, then its opening, then meta's doc_type."""
    for name, rx in GENRES:
        if title and rx.search(title):
            return name
    head = text[:300]  # without a title only the unmistakable names count (a lead may mention 通报 in passing)
    if "政府工作报告" in head:
        return "work_report"
    if "统计公报" in head:
        return "communique"
    return {"interview": "interview", "work_report": "work_report", "plan": "plan", "notice": "notice",
            "report": "statistics_analysis"}.get(doc_type, "news")


# ------------------------------------------------------------------ places

# The issuing body or the meeting names the document's own region: 兴文县人民政府, 沅陵县第十七届人民代表大会,
# 中共樟树市委, 咸阳市统计局, 运城市人民政府关于.
RE_ISSUER_PLACE = rx.compile(
    r"(?:中共)?([\u4e00-\u9fff]{1,14}?(?:自治州|自治县|自治旗|特别行政区|省|市|州|盟|县|区|旗))"
    r"(?=(?:人民政府|政府|人大常委会|人民代表大会|第?[一二三四五六七八九十]{1,3}届|委员会|委(?:员会)?(?:关于|办公)|统计局|"
    r"发展和改革委员会|发改委|财政局|县委|市委|区委|县长|市长|区长|委书记|国民经济和社会发展|政府工作报告))")
# an official's title after the place (岚溪县委书记, 青川市长) names the issuer only on a line of its own (a speech's
# signature: 岚溪县委书记 李明辉), not in a sentence that reports what the official did
_OFFICIAL_AFTER = rx.compile(r"县长|市长|区长|委书记")
SIGNATURE_LINE_MAX = 30
SELF_REF = {"县": re.compile(r"全县|我县|本县|县域"), "市": re.compile(r"全市|我市|本市|市域"),
            "区": re.compile(r"全区|我区|本区"), "旗": re.compile(r"全旗|我旗"), "州": re.compile(r"全州|我州"),
            "盟": re.compile(r"全盟|我盟|本盟"),
            "省": re.compile(r"全省|我省|本省")}
SELF_REF_HEAD = 20000  # characters of a text read for its self-references
# every self-reference at once (a wider net: 本旗 and 本州 are read, then left out as SELF_REF leaves them); no two
# divisions' words overlap (全市县域 is 全市 and 县域), so one scan counts each as its own pattern's scan would
_SELF_REF_ANY = rx.compile(r"[全我本][县市区旗州盟省]|[县市]域")
_SELF_REF_WORDS = {suffix: frozenset(p.pattern.split("|")) for suffix, p in SELF_REF.items()}


def self_ref_counts(norm: str) -> dict[str, int]:
    """How often the first ``SELF_REF_HEAD`` characters of ``norm`` call the text's own division by each suffix
    (全县/我县/本县/县域 → 县, …): ``len(SELF_REF[k].findall(norm[:SELF_REF_HEAD]))`` for every k, read in one scan.
    The place finder asks several times per document: it reads ``Doc.self_refs``, these counts kept on the
    document."""
    counts = dict.fromkeys(SELF_REF, 0)
    for w in _SELF_REF_ANY.findall(norm, 0, SELF_REF_HEAD):
        suffix = w[0] if w[1] == "域" else w[1]
        if w in _SELF_REF_WORDS[suffix]:
            counts[suffix] += 1
    return counts


def conjoined(text: str, start: int) -> bool:
    """regions._conjoined: whether a name like 和县 at ``start`` follows a word it joins as a conjunction."""
    from .regions import _conjoined
    return _conjoined(text, start)


def party_bound(text: str, start: int, end: int) -> bool:
    """regions.party_bound: whether a name like 共和县 at ``start`` is read out of 中共 before a committee."""
    from .regions import party_bound as bound
    return bound(text, start, end)


def _gazetteer():
    """The gazetteer, or None when its table cannot be read: then no place is resolved, and that is said by a
    None place.  Any other failure raises (the stage's error is recorded by the pipeline)."""
    from .regions import gazetteer
    try:
        return gazetteer()
    except OSError:
        return None


_COMMON_PLACE_WORDS = frozenset(zh.NOT_PLACE_WORDS)


def _full_name_region(g, name: str, context=()):
    """The region whose full name is ``name`` (a county accepted on its own: the full name says what it is)."""
    cands = g.written_named(name)  # 湘西州 names 湘西土家族苗族自治州 in full
    if name in _COMMON_PLACE_WORDS:
        cands = [r for r in cands if r.level < TOWN]  # a town named 社区 or 城镇 in the table: the text's 社区 is a word
    if not cands:
        return None
    return g.resolve(name, context) if len(cands) > 1 else cands[0]


FULL_NAME_MAX = 16  # characters of the longest full name (双江拉祜族佤族布朗族傣族自治县: 15)


def _strip_prefixes(g, name: str) -> list:
    """山东省菏泽市巨野县 → the regions it chains, outermost first (each full name found left to right)."""
    out = []
    known = g.surfaces  # (a string no region is written as names none in full: not asked)
    i = 0
    while i < len(name):
        for n in range(min(FULL_NAME_MAX, len(name) - i), 1, -1):
            if name[i:i + n] not in known:
                continue
            r = _full_name_region(g, name[i:i + n], out)
            if r is not None and r.level >= TOWN and not r.name.endswith(zh.LOWER_PLACE_SUFFIXES) \
                    and not (out and out[-1].code == r.parent):
                continue  # a town the table names with no suffix (永安, 莲花): after its county only (县长王永安同志)
            if r is not None and not party_bound(name, i, i + n):  # (中共和县委员会: 和县, no 共和县)
                out.append(r)
                i += n
                break
        else:
            i += 1
    return out


def han_runs_to(text: str, suffix: str, most: int = 14) -> list[tuple[int, int]]:
    """The spans ``re.finditer(rf"[\u4e00-\u9fff]{{1,{most}}}?{suffix}", text)`` gives: from each occurrence of
    ``suffix`` (in order, after the last span) with a Han character before it, back over at most ``most`` Han
    characters, not into the span before.  The pattern tried its lazy run at every Han character of the text's
    head, up to ``most`` steps each; here a step is one ``find``."""
    out: list[tuple[int, int]] = []
    pos = 0
    q = text.find(suffix, 1)
    while q != -1:
        if q > pos and "\u4e00" <= text[q - 1] <= "\u9fff":
            p, lo = q - 1, max(pos, q - most)
            while p > lo and "\u4e00" <= text[p - 1] <= "\u9fff":
                p -= 1  # the leftmost start a lazy run reaches this occurrence from
            pos = q + len(suffix)
            out.append((p, pos))
            q = text.find(suffix, pos + 1)
        else:
            q = text.find(suffix, q + 1)
    return out


def _self_reference(doc, g, norm: str, skip: str = "", within=None, min_refs: int = 1) -> tuple | None:
    """(region, start, end) when the text calls itself 全县/我县 (全盟, 全市, …) and names exactly one region of that
    kind in full (or one far more often than any other); ``skip``: a suffix whose self-reference means another
    region (全区 in an autonomous region's document); ``within``: only descendants of this region count."""
    counts = doc.self_refs
    # the division spoken as most often first (全区 five times over one 全市: the district, not the city it lies in)
    for suffix, rx in sorted(SELF_REF.items(), key=lambda kv: -counts[kv[0]]):
        if suffix == "省" or suffix == skip:
            continue
        refs = counts[suffix]
        if refs < min_refs:
            continue
        named: dict[str, tuple] = {}
        words = doc.regions.words  # 会同 read as a verb (…办会同县发改局) names no county
        known = g.surfaces
        for ms, me in han_runs_to(norm[:20000], suffix):
            for j in range(ms, me - 1):
                if j in words or norm[j:me] not in known or party_bound(norm, j, me):
                    continue  # (中共和县委员会: the run's 共和县 is 中共 + 和县)
                r = _full_name_region(g, norm[j:me])
                if r is not None and r.level >= 2:
                    if norm[j:me] in zh.CONJUNCTION_LED_NAMES and conjoined(norm, j):
                        break  # 省、市经济工作会议和县第十二次党代会: 和 joins, no county is named
                    if reference_place(norm, j, me) or away_place(norm, j, me, r.level):
                        break  # 与比拼对象某县比, 对标某县: the benchmark is not who speaks; nor 我市在某市举行…: the venue
                    if inclusion_part(norm, j) >= 0:
                        break  # 全市项目共225个(含某市): a part the whole includes is not who speaks
                    if within is not None and within.code not in {a.code for a in g.ancestors(r)}:
                        break
                    named.setdefault(r.name, (r, j, me, 0))
                    named[r.name] = named[r.name][:3] + (named[r.name][3] + 1,)
                    break
        if len(named) == 1 or (named and sorted((v[3] for v in named.values()), reverse=True)[:2][-1] * 3 <=
                               max(v[3] for v in named.values())):
            r, s, e, _ = max(named.values(), key=lambda v: (v[3], -v[1]))
            from .docregions import one_of_parts, superior_named
            if superior_named(g, r, norm, suffix):
                continue  # 根据省、黄冈市的统一部署 in a text of 全市12个镇处: the county-level city's superior
            if one_of_parts(doc.regions, r):
                continue  # 全市 over a ranking 社旗县、…、邓州市、…: the one 市 among the parts is no self-reference;
                # nor 甲区 among 甲区(8.4%)和乙县(7.9%)…分别位列全区第4位 in a city's release: the 全区 it compares with
            return r, s, e
    return None


PROVINCE_SELF_REFS = 2  # 全省/我省 at least this often, and more often than any lower self-reference


def _province_of_self_reference(doc, g, norm: str) -> tuple | None:
    """(province, start, end) when the text speaks as a province (全省, 我省), names that province itself (by name or
    short form, also heading its own body's or channel's name: 某省12345热线) and every place it names lies in it; the
    span is the province's first mention.

    A province the text never names is not inferred from the cities it names (成都市, 绵阳市 under 全省…: SCHEMA, subject
    "" when the text never names the place; the same reading as a city never named beside its districts), nor from a
    work's name in a list of works (加快推进甲市某某工程、乙至丙输电通道等项目: ``docregions.listed_member``)."""
    counts = doc.self_refs
    refs = counts["省"]
    if refs < PROVINCE_SELF_REFS or any(n >= refs for k, n in counts.items() if k != "省"):
        return None
    provinces: dict[str, object] = {}
    for h in doc.regions.find(0, 20000, in_names=False):
        r = h.region
        top = r if r.level == 1 else next((a for a in g.ancestors(r) if a.level == 1), None)
        if top is None:
            return None
        provinces[top.code] = top
        if len(provinces) > 1:
            return None
    if not provinces:
        return None
    (prov,) = provinces.values()
    from .docregions import listed_member
    named = doc.regions.find(0, 20000, max_level=1)
    at = next(((h.start, h.end) for i, h in enumerate(named)
               if h.region.code == prov.code and not listed_member(norm, named, i)), None)
    return (prov, *at) if at is not None else None


UNLISTED_CONFIDENCE = 0.6  # a place the gazetteer lacks, named in the title or as the issuer and spoken as
UNLISTED_SELF_CONFIDENCE = 0.55  # … only named again and again and spoken as (全县, 县委县政府)
UNLISTED_MENTIONS = 1  # an unlisted county or city named this often is a place of the figures that name it
UNLISTED_TOWN_MENTIONS = 2  # … an unlisted town or street office (a name met once in a county's text is often no
# place of its figures: 某某街道办理的2件工单), unless it heads its sentence and states a figure (_town_heads_figures)
_TOWN_RUN_BEFORE = rx.compile(rf"[\u4e00-\u9fff]{{2,6}}?(?:{alternation(zh.TOWN_SUFFIXES)})\s*、\s*\Z")
_FIGURE_IN_SENTENCE = rx.compile(r"[^。;；!！?？\n]*?[0-9０-９]")
# 河口镇项目6个 / 某镇12个: a town written with only a bare head before its count is an item of a list of parts (read
# by the list's readers, facts._place_items), no sentence on the town
_TOWN_PART_ITEM = rx.compile(rf"\s*(?:{alternation(zh.GENERIC_HEADS)})?\s*(?:{alternation(zh.ITEM_HAVE_WORDS)})?\s*[0-9０-９]")


def _town_heads_figures(norm: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a town or street office the text names heads a sentence, a ;-part, a line or a clause after a time
    (alone or as the first of a run joined by 、: 甲镇、乙镇分别完成…) and that sentence states a figure: a notice's or
    a report's sentence on one of its towns (甲镇完成年度任务的92%,排名第一; 今年以来,乙镇完成投资…) gives that town's
    own figures, however seldom the text names it.  A town named inside a clause (其中某街道办理的2件工单, 在某镇举行),
    after 其中 or as an item of a list of parts (其中,甲镇项目8个;乙镇项目6个) is not read so."""
    for a, b in spans:
        k = a
        while (m := _TOWN_RUN_BEFORE.search(norm, max(0, k - 12), k)) is not None:
            k = m.start()  # (乙镇 in 甲镇、乙镇…: the run's head is where the first town stands)
        j = k
        while j > 0 and norm[j - 1] in " \t\u3000":
            j -= 1
        if j > 0 and norm[j - 1] in ",，" and norm[:j - 1].rstrip().endswith(zh.TOWN_PART_LEADS):
            continue  # (其中,某镇完成…: a part of the whole before)
        if (j == 0 or norm[j - 1] in zh.TOWN_HEAD_AFTER) and _FIGURE_IN_SENTENCE.match(norm, b) and \
                not _TOWN_PART_ITEM.match(norm, b):
            return True
    return False


def find_place(doc, title: str, regions: list[str] | None = None) -> DocPlace | None:
    """The region the document is about, with the span that says it: the place found by name, issuer, title and
    self-reference (``_found_place``), unless the document's frame decides otherwise (``docregions.place_frame``: a
    branch venue of a wider body's event, the headline place the body speaks as, the one county a body speaking as
    全县 names under a headline's prefecture).  The frame's decision is kept on the place (``DocPlace.frame``)."""
    from .docregions import place_frame
    found = _found_place(doc, title, regions)
    g = _gazetteer()
    if g is None:
        return found
    k = _title_at(doc, title)
    current = None
    if found is not None:
        current = (g.by_code(found.code) if found.code else None) or Region("", found.name, found.short, found.level, "")
    local = [(h.region.name, h.region.short, h.region) for h in doc.regions.local]
    frame = place_frame(doc.norm, doc.regions, (k, k + len(title)) if k >= 0 else None, current, local,
                        found.evidence.source if found is not None else "")
    if not frame.name or (found is not None and frame.name == found.name):
        if found is not None:
            found.frame = frame
        return found
    r = frame.region
    place = DocPlace(r.name, r.short, r.level, r.code, frame.confidence, _ev(doc, frame.start, frame.end, frame.reason))
    place.frame = frame
    return place


def _found_place(doc, title: str, regions: list[str] | None = None) -> DocPlace | None:
    """The region the document is about by name, issuer, title and self-reference (see the module docstring).

    A place the gazetteer lacks (an invented or renamed county: 岚溪县, a new district, a town) that the text
    names with its division's suffix and speaks as (title, issuer, 全县/我县/县委县政府) is the document's place
    when the gazetteer offers nothing as strong or only a wider region; it then becomes a hit of the document's
    region layer (``DocRegions.add_place``), so that figures naming it take it as their subject."""
    from .docregions import above_speaker, below_speaker, speaking_place, speaking_suffix, unlisted_places
    g = _gazetteer()
    if g is None:
        return None
    listed = _listed_place(doc, g, title, regions)
    norm = doc.norm
    if listed is not None and listed.evidence.source in GUESSED_PLACE_SOURCES and above_speaker(
            listed.name, listed.level, speaking_suffix(norm),
            {h.region.name for h in doc.regions.find(0, 20000, in_names=False)}):
        listed = None  # 全区… 在某市委、市政府的领导下: the city a district's text names above it is not the text's place
    k = _title_at(doc, title)
    places = unlisted_places(norm, g, (k, k + len(title)) if k >= 0 else None)
    own = speaking_place(places)
    if own is None or not _speaks_as(own, listed, norm):
        own = None
    elif not own.in_title and not (own.parent and own.issuer) and not _speaks_over_wider(own, norm) and \
            below_speaker(own.name, own.level, speaking_suffix(norm, min_refs=1)):
        own = None  # 东坡街道办事处 in a notice of 全县: a unit the county's text names, not the text's place
        # (青山市临水区十届人大…: the district whose congress the chain heads speaks, however often 全市 is said)
    # the other divisions the text names again and again (its counties in a city's report: 岚溪县完成投资…) are
    # places of its figures too
    for p in places:
        if p is not own and (len(p.spans) >= (UNLISTED_MENTIONS if p.level < TOWN else UNLISTED_TOWN_MENTIONS)
                             or p.level >= TOWN and _town_heads_figures(norm, p.spans)):
            doc.regions.add_place(p.region(), (p.name,), p.written_name(doc.view))
    if own is None:
        return listed
    region = own.region()
    doc.regions.add_place(region, (own.name, own.root), own.written_name(doc.view))
    if own.parent:
        doc.regions.parents[region.name] = own.parent  # 青山市临水区…: its text's 全市 is that city
    s, e = next(((a, b) for a, b in own.spans if k >= 0 and k <= a < k + len(title)), own.spans[0])
    source = "unlisted_title" if own.in_title else "unlisted_issuer" if own.issuer else "unlisted_self_reference"
    conf = UNLISTED_CONFIDENCE if own.strong else UNLISTED_SELF_CONFIDENCE
    return DocPlace(region.name, region.short, 0, "", conf, _ev(doc, s, e, source))


def _speaks_over_wider(own, norm: str) -> bool:
    """Whether the unlisted place ``own`` (a town, a 街道) is the text's own although the text also says 全区 or 全市:
    its body opens the text (甲镇人民政府2025年工作总结…, the heading a one-line page runs on into), or the text speaks
    as it (全镇, 本街道) more often than as the wider division (a town's report citing its city's 全市 prices once or
    twice, its work 领跑全区).  A county's notice naming a street office within it says 全县 far more often."""
    from .docregions import speaker_counts, speaking_suffix
    suffix = speaking_suffix(norm, min_refs=1)
    if not suffix or own.self_refs < 1:
        return False
    if own.issuer and own.spans and not norm[:own.spans[0][0]].strip():
        return own.self_refs >= speaker_counts(norm)[suffix]
    return own.self_refs > speaker_counts(norm)[suffix]


# how a place is found that no issuer, title or byline names: weaker than the division the text speaks as
GUESSED_PLACE_SOURCES = ("self_reference", "most_mentioned", "lead_place")


def _title_at(doc, title: str) -> int:
    """Where the title (text as written: 鷺川鎮…總結, or read in simplified script: 鹭川镇…总结) stands in ``doc.norm``,
    or -1."""
    if not title:
        return -1
    k = doc.view.find(title)
    return k if k >= 0 else doc.norm.find(normalize_chars(title))


def self_refs(norm: str, name: str) -> int:
    rx = SELF_REF.get(name[-1:])
    return len(rx.findall(norm[:20000])) if rx is not None else 0


def _speaks_as(own, listed: DocPlace | None, norm: str) -> bool:
    """Whether the unlisted place ``own`` is the document's rather than the gazetteer's ``listed``: always when
    there is none; over an issuer or title place only when ``own`` is named as strongly, is narrower (贵州省岚溪县:
    the county) and is spoken as at least as often; over a weaker guess when named strongly or spoken as more."""
    if listed is None:
        return True
    if own.suffix in zh.ZONE_WORDS and own.strong and own.root in (listed.name, listed.short):
        return True  # 东坡区经济开发区管委会, 彭山区高新区: the zone the title or issuer names, not the district it is in
    if listed.level >= 4 and own.level >= 4 and own.strong:
        return True  # a town the gazetteer holds (one of many of that name, none anchored): named as written
    refs = self_refs(norm, listed.name)
    if listed.confidence >= 0.8:
        from .regions import COUNTY
        if own.level > COUNTY >= listed.level and not own.in_title:
            return False  # a county's report naming a 某某街道办事处 that reports in it: a town needs the title
        return own.strong and own.level > listed.level and own.self_refs >= refs
    return own.strong or own.self_refs > refs or len(own.spans) > named_times(norm, listed.name, listed.short)


def named_times(norm: str, name: str, short: str) -> int:
    """How often ``norm`` names a place by its full name or its short form (a full name holding its short form counted
    once): an actor named more often than the gazetteer's most mentioned place (a town page's 思礼镇 four times, the
    厦门 its team went to once) is the one the text speaks of, not that guess."""
    full = norm.count(name) if name else 0
    bare = norm.count(short) if short and short != name else 0
    return max(full, bare)


_INTERVIEW_DASH = rx.compile(r"(?:——|--|—)\s*访")


def _reports_for_lower(doc, r: Region, start: int, end: int) -> bool:
    """四川省统计局数据显示,前三季度东坡区…: the place's statistics body reports the figures of a lower place its sentence
    names, so it is their source, not the text's issuer."""
    if not names_source(doc.norm, start, end):
        return False
    stop = sentence_end(doc.norm, end)
    return any(end <= h.start < stop and h.region.level > r.level for h in doc.regions.find(in_names=False))


# a body's name after its place, alone on its line but for a date (某市人民政府 2024-01-05), or ending a title's line
_POSTING_BODY = rx.compile(rf"(?:{alternation(zh.POSTING_BODIES)})(?:{alternation(zh.POSTING_BODY_TAILS)})?"
                           r"[ \t\u3000\xa0]*(?:(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?[ \t\u3000\xa0]*$")
# what may stand before such a body on its line: the title and a separator (某区工作总结_), or a list item's mark
# (• 某区人民政府 / • 2016-11-02: a page's lines of source and date set as a list under its headline)
_TITLE_SEPARATOR = rx.compile(r"(?:.*[_｜|—-]|[ \t\u3000\xa0]*[●■◆▶·•★☆○▪])?[ \t\u3000\xa0]*")


def posting_line(doc, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` only names who posts the text: on a source line (来源:某省发展和改革委员会),
    heading a site's name (某省人民政府网), or heading a body's name that is its line's all (某市人民政府 over the title,
    某市发展和改革委员会 2024-01-05) or that ends the title's line after a separator (某区工作总结_某市人民政府), or on
    the site's head line (某市人民政府 某市人民政府门户网站 长者模式)."""
    a = doc.norm.rfind("\n", 0, start) + 1
    b = doc.norm.find("\n", end)
    b = b if b >= 0 else len(doc.norm)
    line = doc.norm[a:b]
    if RE_BYLINE_LABEL.search(line) or doc.norm.startswith(zh.POSTING_SITE_HEADS, end) or \
            _POSTING_BODY.match(doc.norm, end, b) and _TITLE_SEPARATOR.fullmatch(doc.norm, a, start):
        return True
    from .meta import _site_head_line  # (meta reads this module: imported when asked)
    return _site_head_line(line.strip())  # 某市人民政府 某市人民政府门户网站 长者模式: the site's head line


def _posts_for_nation(doc, start: int, end: int, r: Region) -> bool:
    """Whether the place ``r`` at ``start:end`` is only the site or office that posts a national text
    (``posting_line``), the text speaking as the nation and never as that place (no 全省, 我省)."""
    return posting_line(doc, start, end) and not self_refs(doc.norm, r.name) and nation_speaks(doc.norm)


# a government body counted (甲区政府4件) or listed among others (…、甲区政府 / 甲区政府、…): 、 after a label (一、) lists nothing
_BODY_COUNTED_OR_LISTED = rx.compile(rf"(?:{alternation(zh.GOVERNMENT_BODIES)})(?:\d+(?:{alternation(zh.EVENT_COUNT_UNITS + zh.PROJECT_COUNT_UNITS)})|、)")
_LISTED_BEFORE = rx.compile(r"[^\s\d一二三四五六七八九十、]、\Z")
# …unless the list closes with a colon: the bodies a notice is addressed to (省有关部门、某市政府:), read as before
_ADDRESSED = rx.compile(r"[^。;；!?！？\n\d]{0,80}?[:：]")


def listed_body(norm: str, start: int, end: int) -> bool:
    """Whether the place ``norm[start:end]``, its government named after it, is a unit a notice reports on rather than
    its issuer: the body has its own count (甲区政府4件) or stands in a 、-list of bodies (乙区政府、市城管局 /
    转交甲区政府、丙县政府).  Why: a hotline bulletin's 逾期 list and a notice's 转交 line name district governments near
    the head, and the first of them became the whole bulletin's place."""
    if _ADDRESSED.match(norm, end):
        return False
    return bool(_BODY_COUNTED_OR_LISTED.match(norm, end) or _LISTED_BEFORE.search(norm, max(0, start - 2), start))


def _listed_place(doc, g, title: str, regions: list[str] | None) -> DocPlace | None:
    """The document's region among the gazetteer's (issuer, title, self-reference, most mentioned)."""
    norm = doc.norm
    head_end = min(len(norm), 1500)

    def place(r, vs, ve, conf, source) -> DocPlace:
        return DocPlace(r.name, r.short, r.level, r.code, conf, _ev(doc, vs, ve, source))

    # 1. the issuing body or the meeting, in the title or the opening (chrome lines skipped)
    from .docregions import speaking_suffix
    speaker = speaking_suffix(norm)
    k_title = _title_at(doc, title)
    if k_title >= 0:
        title = norm[k_title:k_title + len(title)]  # as normalised (鷺川鎮 → 鹭川镇), like the gazetteer's names
    zones = []
    if k_title >= 0:
        zones.append((k_title, k_title + len(title)))
    zones.append((0, head_end))
    posted_by = None  # the place of a site or source line that only posts the text about a division the title names
    # a text signed at its foot (某市某某办公室 / 2024年3月4日) names its issuer there: a body its own lines name
    # below the header (a roster 第一组:甲区政府办公室、…, a unit praised or checked) is one the text is about
    all_lines = _lines(norm)
    head = _header(all_lines)
    body_start = all_lines[len(head)].start if len(head) < len(all_lines) else len(norm)
    signed = _signing_place(doc, g, [ln for ln in all_lines if not ln.chrome]) is not None
    for zi, (zs, ze) in enumerate(zones):
        best = None
        for ln in _lines(norm[zs:ze]):
            if ln.chrome or _INTERVIEW_DASH.match(ln.text):
                continue  # a "——访 XX区委书记" line names an interviewee's region, not the document's
            if signed and not (k_title >= 0 and zi == 0) and ln.start >= body_start:
                break  # (the title's own zone is read whole: 某县人民政府办公室关于印发…的通知)
            for m in RE_ISSUER_PLACE.finditer(norm, zs + ln.start, zs + ln.end):
                if len(ln.text.strip()) > SIGNATURE_LINE_MAX and _OFFICIAL_AFTER.match(norm, m.end(1)):
                    continue  # 东坡区委书记某某在…时说: an official's office in running text, no issuer of the text
                chain = _strip_prefixes(g, m.group(1))
                if not chain:
                    continue
                r = chain[-1]
                surface = next((x for x in (r.name, *written_forms(r)) if m.group(1).endswith(x)), "")
                if not surface:
                    continue
                s = m.start(1) + m.group(1).rfind(surface)
                head = m.start(1) + max(0, m.group(1).find(chain[0].name))  # (某省某市政府: the chain's first name)
                if norm.startswith(zh.GOVERNMENT_BODIES, s + len(surface)) and (
                        norm.endswith(zh.BODY_OBJECT_PREPOSITIONS, m.start(1), s) or
                        norm.endswith(zh.BODY_OBJECT_PREPOSITIONS, max(0, head - 2), head)):
                    continue  # 已在某市政府正式签约, 与某县人民政府签订协议: where or with whom a deed was done (在某县
                    # 第十届人民代表大会…上 is the congress the report is made to: its issuer)
                if not (k_title >= 0 and zi == 0) and listed_body(norm, s, m.end(1)):
                    continue  # 其中甲区政府4件,乙区政府、市城管局各1件 / 已分别转交甲区政府、市城控集团: a unit the text
                    # reports on or hands its cases to, one of a list or counted, never who writes it
                if s in doc.regions.words:
                    continue  # 县督查办会同县发改委: 会同 is the verb, 县发改委 the county's own office
                if cited_other(norm, s, s + len(surface), r.name, speaker):
                    continue  # 《甲省人民政府办公厅关于…的通知》文件下发 / 根据甲省发改委《…》要求: whose notice is cited,
                    # not who writes
                if source_not_issuer(norm, s, s + len(surface)) or _reports_for_lower(doc, r, s, s + len(surface)):
                    continue  # 经四川省统计局核定,全市…: the bureau that counted the figures issues no text of its own
                if _posts_for_nation(doc, s, s + len(surface), r):
                    continue  # 来源:四川省发展和改革委员会 over a national outline's text: who posted it, not its place
                if zi > 0 and _posts_for_titled_division(doc, g, title, k_title, s, s + len(surface), r):
                    posted_by = r
                    continue  # 某市人民政府网 over 青河区2022年政府工作报告落实情况: the city's site posts its district's text
                if best is None or r.level > best[0].level:
                    best = (r, s, s + len(surface))
            if best is not None:
                break
        if best is not None:
            lead = _lead_place(doc, g, _lines(norm)) if RE_BYLINE_LABEL.search(ln.text) else None
            if lead is not None and lead[0].level > best[0].level and g.contains(best[0], lead[0]) \
                    and not self_refs(norm, best[0].name):
                # 来源:某市人民政府网 over a lead 今年以来,某区…: the site that posts the note, not its place
                return place(lead[0], lead[1], lead[2], 0.8, "lead_place")
            return place(best[0], best[1], best[2], 0.9, "issuer")
    # 2. the title's most specific region
    if k_title >= 0:
        cand = _title_region(doc, g, title, k_title, within=posted_by)
        if cand is not None:
            i = title.find(cand.name)
            if i < 0:
                i = title.find(cand.short)
                n = len(cand.short)
            else:
                n = len(cand.name)
            if i >= 0:
                lower = _headline_place_after_province(doc, g, title, k_title, cand, i + n)
                if lower is not None:
                    return place(lower[0], lower[1], lower[2], 0.8, "title")
                if cand.level == 1:
                    # 内蒙古:重大项目集中开工 over a lead about 兴安盟 that calls itself 全盟: the province is the
                    # headline's frame, the region the text speaks as is the one it is about
                    own = sum(doc.self_refs[k] for k in {"省", cand.name[-1]} if k in SELF_REF)
                    sub = _self_reference(doc, g, norm, skip=cand.name[-1], within=cand, min_refs=own + 1)
                    if sub is not None:
                        return place(sub[0], sub[1], sub[2], 0.8, "self_reference")
                return place(cand, k_title + i, k_title + i + n, 0.8, "title")
    # 2a. the body signing the text at its foot (某市安全生产委员会办公室 / 2024年3月20日 under a notice on two districts)
    got = _signing_place(doc, g, [ln for ln in _lines(norm) if not ln.chrome])
    if got is not None:
        return place(got[0], got[1], got[2], 0.85, "signing_body")
    # 2b. a news item's byline place and the division its text speaks as (江北日报临川3月5日讯 …我省…: 江西省)
    got = _dateline_place(doc, g, norm)
    if got is not None:
        return place(got[0], got[1], got[2], DATELINE_PLACE_CONFIDENCE, "dateline_place")
    # 3. self-reference: 全县/我县 and exactly one county named in full
    got = _self_reference(doc, g, norm)
    if got is not None:
        return place(got[0], got[1], got[2], 0.7, "self_reference")
    # 3b. a text calling itself 全省/我省 that names places of one province only (成都市, 绵阳市 and 全省): that province
    got = _province_of_self_reference(doc, g, norm)
    if got is not None:
        return place(got[0], got[1], got[2], 0.7, "self_reference")
    # 3c. a body that never names the place it speaks as (全省…, 全市…) on a page whose chrome does: the breadcrumb
    # (首页 > 走进某省 > 经济建设), the column, the portal's name, the footer's 主办 line
    got = _chrome_place(doc, g, norm, k_title)
    if got is not None:
        if got[3]:  # a removed line: its raw offsets
            return DocPlace(got[0].name, got[0].short, got[0].level, got[0].code, CHROME_PLACE_CONFIDENCE,
                            _raw_ev(doc, got[1], got[2], "chrome_place"))
        return place(got[0], got[1], got[2], CHROME_PLACE_CONFIDENCE, "chrome_place")
    # 3d. a text of the 兵团 or of one of its divisions (兵团经济运行情况, 第八师统计公报) naming no place: the region it lies in
    got = _corps_place(doc, g, norm, k_title) if not regions else None
    if got is not None:
        return place(got[0], got[1], got[2], CORPS_PLACE_CONFIDENCE, "corps_place")
    # 4. meta's main region (the most mentioned), specialised to a descendant named in a chain (山东省菏泽市巨野县)
    if regions:
        r = g.resolve(regions[0])
        if r is not None and _below_speaker(norm, r):
            r = None  # 全省重点项目… 在天水市,…项目顺利推进: a part the text speaks over, not its place
        if r is not None and _only_cited(norm, r):
            r = None  # 根据甲省发改委《…》要求,全县…: the province whose notice is cited, no place of the text
        if r is not None and only_listed(norm, doc.regions.find(0, 20000, in_names=False), r.name):
            r = None  # 增速高于甲市(-0.7%)…, 甲、乙、丙3市完成投资…, 加快推进甲市某某基地等项目: a member of a list or a
            # comparison governs its own item, the text speaks of the whole it never names
        if r is not None:
            i = norm.find(r.name)
            if i < 0:
                i = norm.find(r.short)
            s, e = (i, i + len(r.name if norm.startswith(r.name, i) else r.short)) if i >= 0 else (0, 0)
            return place(r, s, e, 0.5, "most_mentioned")
    # 5. the place the lead sentence opens with (今年以来,西城区重大项目建设成效明显。…): a short note names it once
    got = _lead_place(doc, g, _lines(norm))
    if got is not None:
        return place(got[0], got[1], got[2], LEAD_PLACE_CONFIDENCE, "lead_place")
    return None


def _only_cited(norm: str, r: Region) -> bool:
    """Whether every mention of ``r`` (by name or short) in the text is in a citation of another division than the
    text speaks as (``docregions.cited_other``)."""
    from .docregions import speaking_suffix
    speaker = speaking_suffix(norm)
    seen = False
    for w in {x for x in (r.name, r.short) if len(x) >= 2}:
        k = norm.find(w)
        while k >= 0:
            seen = True
            if not cited_other(norm, k, k + len(w), r.name, speaker):
                return False
            k = norm.find(w, k + len(w))
    return seen


def _below_speaker(norm: str, r: Region) -> bool:
    """Whether the text speaks as a division above ``r``'s level (全省 over a city, 全市 over a county or a town): a
    place it names only as one of its parts is no place of the text, however often it is named."""
    from .docregions import below_speaker, speaking_suffix
    return below_speaker(r.name, r.level, speaking_suffix(norm, min_refs=1))  # (全市 of a county-level city: its own)


CHROME_PLACE_CONFIDENCE = 0.5  # the page's chrome names the place of the level the body speaks as: no body evidence
CORPS_PLACE_CONFIDENCE = 0.5  # the 兵团's region, by its name in the head: the text names no place of its own
CORPS_HEAD_CHARS = 200  # the head (title and lead) that names the 兵团 or a division of it
CORPS_TEXT_CHARS = 20000  # …and the text read for the 兵团's units after a bare 第N师
_CORPS_DIVISION = rx.compile(r"第[一二三四五六七八九十]{1,3}师")
_CORPS_HEAD = rx.compile(rf"{alternation(zh.CORPS_HEAD_WORDS)}|{_CORPS_DIVISION.pattern}")


def _corps_place(doc, g, norm: str, k_title: int) -> tuple | None:
    """(新疆维吾尔自治区, start, end) for a text whose title or head names the 兵团 (兵团新闻办…兵团经济运行情况) or a
    division of it (第八师2023年统计公报) where the text speaks of the 兵团's units too (兵团, 团场, 师市, 连队): the 兵团
    is no division of the gazetteer, and the autonomous region holds it; the span is the name in the head.  None
    otherwise (a text naming no place and no 兵团)."""
    from .docregions import addressee_lines
    zones = ([(k_title, k_title + CORPS_HEAD_CHARS)] if k_title >= 0 else []) + [(0, CORPS_HEAD_CHARS)]
    read_by = addressee_lines(norm)
    for a, b in zones:
        m = next((x for x in _CORPS_HEAD.finditer(norm, a, min(b, len(norm)))
                  if not any(s <= x.start() < e for s, e in read_by)), None)
        if m is None:
            continue  # (各省、自治区、直辖市人民政府,新疆生产建设兵团: who reads a national notice, no place of it)
        if _CORPS_DIVISION.fullmatch(m.group()) and not any(w in norm[:CORPS_TEXT_CHARS] for w in zh.CORPS_TEXT_WORDS):
            continue  # 第八师 alone: a division of what, the text does not say
        r = g.resolve(zh.CORPS_PROVINCE)
        return (r, m.start(), m.end()) if r is not None else None
    return None
CHROME_HEAD_LINES = 12  # lines of a page's head and foot read as its chrome
CHROME_LINE_MAX = 60  # a longer line is the body's, not the page's


_LABEL_PLACE = rx.compile(r"\s*([\u4e00-\u9fff]{2,4})\s*(?:[:：]|——)")  # a headline's label: 某地：…, 某地——…


def _chrome_place(doc, g, norm: str, k_title: int) -> tuple | None:
    """(region, start, end) of the one place of the level the body speaks as (全省: a province, 全市: a prefecture,
    全县/全区: a county; 全区 also an autonomous region) that the page's own lines around the text name: its head
    before the first body paragraph, kept or removed by the cleaner (the portal's name, a breadcrumb 首页 > 走进某省 >
    经济建设, a column 某省要闻, the title) and its foot's labelled chrome (主办:某市人民政府办公室).  A page posted by a
    site names its place there even when every body sentence says 全省; the short name is enough there (走进江西: 江西省),
    as it is in a headline.  None when the body speaks as no division or as the nation, or when the chrome names no
    place or more than one of that level (a menu of cities, a province's column of city news)."""
    from .docregions import speaking_suffix
    suffix = speaking_suffix(norm, min_refs=1)
    level = zh.SPEAKER_LEVELS.get(suffix, 0)
    if not level:
        return None
    lines = _lines(norm)
    head = _header(lines, CHROME_HEAD_LINES)
    if k_title >= 0:
        head = [ln for ln in lines[:CHROME_HEAD_LINES] if ln.start <= k_title] + \
            [ln for ln in head if ln.start > k_title]
    # (text, offset, raw?) of each line: kept head lines (view offsets), removed page items (raw offsets)
    segs = [(ln.text, norm.find(ln.text, ln.start), False) for ln in head]
    limit = head[-1].end if head else 0
    raw_limit = doc.raw_span(limit, limit)[0]
    tail = max(raw_limit, len(doc.raw) - FOOTER_NOISE_CHARS)
    for e in doc.edits:
        if e.reason not in NOISE_WITH_FIELDS or e.end <= e.start or e.end - e.start > 400 or \
                raw_limit < e.start < tail:
            continue
        seg = normalize_chars(doc.raw[e.start:e.end])
        at = 0
        for part in seg.split("\n"):
            t = part.strip()
            if t and (e.start <= raw_limit or FOOTER_WORDS.search(t)):
                segs.append((t, e.start + at + part.find(t), True))
            at += len(part) + 1
    found: dict[str, tuple] = {}
    for t, at, raw in segs:
        if len(t) > CHROME_LINE_MAX or RELATED_PREFIX.match(t) or RE_NEIGHBOUR_LINK.search(t):
            continue
        hits = [(h.region, h.start, h.end) for h in g.find(t)]
        m = _LABEL_PLACE.match(t)
        if m is not None and not hits:  # 酉阳：一季度经济…: a county's short name labels the headline
            hits = [(r, m.start(1), m.end(1)) for r in g.short_named(m.group(1)) if r.current and r.level == level]
            hits = hits if len(hits) == 1 else []
        for r, hs, he in hits:
            if not r.current or r.level != level and not (suffix == "区" and r.name.endswith("自治区")):
                continue  # 全区 of an autonomous region's text too (首页 > 走进广西: 广西壮族自治区)
            if away_place(t, hs, he, r.level):
                continue  # a headline 我市在杭州举行经贸洽谈会: where the text's own place went
            found.setdefault(r.code or r.name, (r, at + hs, at + he, raw))
    if not found:
        # a city's or a county's own paper in the lead's byline (本报讯(某某日报全媒体记者 …)): the place the paper is
        # named for is the one its 全市 speaks of, when the page names no place of that level elsewhere
        m = RE_PAPER_BYLINE.search(norm[:PAPER_BYLINE_CHARS])
        if m is not None:
            hits = [r for r in g.short_named(m.group(1)) if r.current and r.level == level]
            if len(hits) == 1:
                found[hits[0].code or hits[0].name] = (hits[0], m.start(1), m.end(1), False)
    if len(found) != 1:
        return None
    return next(iter(found.values()))


PAPER_BYLINE_CHARS = 1500  # characters of a text looked over for its lead's byline
# a local paper's name and its reporter in a lead's byline (某某日报全媒体记者, 某某晚报记者, 某某日报社通讯员): the paper's
# place is the short name before its word
RE_PAPER_BYLINE = rx.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|都市报)社?(?:全媒体|融媒体)?(?:首席)?(?:记者|通讯员)")


def _title_region(doc, g, title: str, k_title: int, within=None):
    """The most specific region the title (standing at ``k_title`` in ``doc.norm``) names, or None; of the regions
    of its name, the one lying in ``within`` when there is one (新华区 under a posting line of the city it lies in)."""
    # the title as it stands in the text: a window of the document's region layer, not a new scan
    # (a place named as a reference, in a quoted honour or slogan included: “某省卫生城市”复审…, 对标深圳, is none)
    found = doc.regions.find(k_title, k_title + len(title))
    hits = [h for h in found if h.region.level <= 3
            and not company_named(doc.norm, h) and h.start not in doc.regions.in_references]
    # …nor is a name the title's chain spells only where the layer reads a reference (区长带队赴上海苏州招商: 上海市)
    refs = {h.region.name for h in found if h.start in doc.regions.in_references} - {h.region.name for h in hits}
    out = [h for h in hits if left_out(doc.norm, h.start, h.end)]  # 国家发改委:除湖北外,各省…: the place left out
    hits = [h for h in hits if h not in out]
    chain = _strip_prefixes(g, unquoted(title))
    named = [r for r in chain if (r.name in title or any(x in title for x in written_forms(r)))
             and not any(h.region.name == r.name for h in out) and r.name not in refs]
    if named and doc.regions.word_spans:
        named = [r for r in named if not _read_across_words(doc, title, k_title, r)]
    cand = max(named, key=lambda r: r.level) if named else (max((h.region for h in hits), key=lambda r: r.level)
                                                            if hits else None)
    if cand is not None and within is not None and not g.contains(within, cand):
        inner = [r for r in g.named(cand.name) if r.name == cand.name and r.level == cand.level and r.current
                 and g.contains(within, r)]
        if len(inner) == 1:
            return inner[0]
    return cand


def _read_across_words(doc, title: str, k_title: int, r: Region) -> bool:
    """Whether every place the title (at ``k_title`` in ``doc.norm``) writes ``r``'s full name is one the region layer
    reads as parts of words (``DocRegions.word_spans``): 昌都市 in 融入大南昌|都市圈, a county's headline.

    Why: the chain of full names read off a title (``_strip_prefixes``) takes any run of characters that spells a
    name, where the layer has read the words around it; the title's place is a name the layer reads too."""
    spans = doc.regions.word_spans
    seen = False
    for x in dict.fromkeys((r.name, *written_forms(r))):
        i = title.find(x)
        while i >= 0:
            seen = True
            if (k_title + i, k_title + i + len(x)) not in spans:
                return False
            i = title.find(x, i + 1)
    return seen


def _place_root(r: Region) -> str:
    """The name of ``r`` without its division's word (山南 of 山南地区, 阿里 of 阿里地区, 巨野 of 巨野县), as a headline
    writes it after its province's short name; "" when that would leave fewer than two characters."""
    for suffix in ("地区", *sorted(zh.PLACE_SUFFIXES, key=len, reverse=True), "自治州", "州", "盟"):
        if r.name.endswith(suffix) and len(r.name) - len(suffix) >= 2:
            return r.name[:-len(suffix)]
    return r.short if r.short and r.short != r.name and len(r.short) >= 2 else ""


def _headline_place_after_province(doc, g, title: str, k_title: int, prov: Region, after: int) -> tuple | None:
    """(region, start, end) of the prefecture or county a headline writes right after its province's short name
    (西藏山南今年前10个月…, 西藏阿里十年:…, 山东巨野:…): the place of that name lying in the province that the text names
    in full (山南地区, 阿里地区 in its lead); None when the headline goes on with no such place."""
    if prov.level != 1:
        return None
    rest = title[after:after + 8]
    best = None
    for h in doc.regions.find(0, 20000, in_names=False):
        r = h.region
        if r.level <= 1 or h.text != r.name or not g.contains(prov, r):
            continue
        root = _place_root(r)
        if root and rest.startswith(root) and (best is None or r.level > best.level):
            best = r
    if best is None:
        return None
    s = k_title + after
    return best, s, s + len(_place_root(best))


def _posts_for_titled_division(doc, g, title: str, k_title: int, start: int, end: int, r: Region) -> bool:
    """Whether the place ``r`` at ``start:end`` only names who posts a text about a division of it that the title
    names: a site's name or a source line (``posting_line``: 某市人民政府网, 来源:某市发展改革委) over a title about one
    of its districts or counties (青河区2022年政府工作报告落实情况), or about the province it lies in when the text
    speaks as the province more than as the city (某省…通报 … 向我省交办).  The title is about the text, the page's
    chrome only says who posted it."""
    if k_title < 0 or not posting_line(doc, start, end):
        return False
    if k_title <= start < k_title + len(title):
        return False  # the title itself names the place
    sub = _title_region(doc, g, title, k_title, within=r)
    if sub is not None and sub.level < r.level and g.contains(sub, r):
        # 来源:某市人民政府 over 某省…情况通报 whose text speaks as 我省 / 全省: a city's site posting its province's
        # notice; the province is what the text is about
        return self_refs(doc.norm, sub.name) > self_refs(doc.norm, r.name)
    if sub is None or sub.level <= r.level or not g.contains(r, sub):
        return False
    # a city's own news on its site naming a district in its title (市长在青河区调研…, then 全市…) speaks as the city
    return self_refs(doc.norm, r.name) <= self_refs(doc.norm, sub.name)


DATELINE_PLACE_CONFIDENCE = 0.7  # a byline's place and the division the text speaks as: as strong as a self-reference
DATELINE_SPEAKER_REFS = 2  # self-references of that division at least, unless the text makes no other


def _dateline_place(doc, g, norm: str) -> tuple | None:
    """(region, start, end) of the division a news item speaks as (我省, 我市, 全区), found through the place its byline
    files it from (``DocRegions.dateline_places``): that place, or the one of those it lies in, of the suffix the text
    speaks as (临川 and 我省 → 江西省; 南宁 and 全区 → 广西壮族自治区; 济宁 and 我市 → 济宁市).  The span is the byline's
    place.  None when the text speaks as no division, as the nation, or as none the byline's place lies in (新华社兰州…电
    over 全县: some county the byline does not name), or when the surface may name places of different such divisions."""
    from .docregions import speaker_counts, speaking_suffix
    suffix = speaking_suffix(norm, min_refs=1)
    if not suffix or suffix not in zh.SPEAKER_LEVELS or zh.SPEAKER_LEVELS[suffix] == 0:
        return None
    counts = speaker_counts(norm)
    if counts[suffix] < DATELINE_SPEAKER_REFS and sum(counts.values()) > counts[suffix]:
        return None  # one 全省 among a 全区 and a 全市: no division the text clearly speaks as
    top = zh.SPEAKER_LEVELS[suffix]
    for s, e, regs in doc.regions.dateline_places():
        # a place that is itself of that division first (中山 and 我市: 中山市, not the 大连市 a 中山区 lies in; 邹城 and
        # 我市: the county-level city 邹城市, not the prefecture it lies in)
        own = {r.code or r.name: r for r in regs if r.name.endswith(suffix) and r.level > 0}
        ups = own or {}
        for r in regs if not own else ():
            up = next((a for a in g.ancestors(r) if a.name.endswith(suffix) and 0 < a.level <= top), None)
            if up is not None:
                ups[up.code or up.name] = up
        if len(ups) == 1:
            return next(iter(ups.values())), s, e
    return None


# 今年以来,某区… / 1-7月,某县… / 近日,某市…: the time a lead sentence may open with before the place it is about
RE_LEAD_PLACE = rx.compile(rf"\s*(?:(?:{alternation(zh.LEAD_PLACE_TIMES)}|(?:19|20)\d\d\s*年(?:\d{{1,2}}\s*月份?)?(?:以来)?|"
                           r"\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月份?(?:以来)?|\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[,，]?\s*)?"
                           r"((?:[\u4e00-\u9fff]{1,8}?[省市区县旗州盟]){1,3}?)(?=[\u4e00-\u9fff])")
LEAD_PLACE_CONFIDENCE = 0.5  # named once, in the lead: the place of a text that names none other


def _lead_place(doc, g, lines: list[_Line]) -> tuple | None:
    """(region, start, end) of the county or prefecture a text's lead sentence opens with, named in full (今年以来,
    西城区重大项目建设成效明显。), for a text whose place nothing else names: a short progress note names its place
    once, at the top, and speaks of it throughout.  The gazetteer takes a three-character district only where its
    prefecture is named (西城, 新城 are words too), so the lead's own position is the evidence here; a name that is a
    word (新城区, 城区) or that the gazetteer holds for no region is no place."""
    from .regions import COUNTY, PREFECTURE, _GENERIC, _NEVER_SHORT
    head = _header(lines)
    for ln in lines[len(head):len(head) + 3]:
        if ln.chrome or len(ln.text) < LEAD_MIN_CHARS:
            continue
        k = doc.norm.find(ln.text, ln.start)
        m = RE_LEAD_PLACE.match(doc.norm, k, k + len(ln.text))
        if m is None:
            return None
        # the last of a chain (北京市西城区): the place spoken of
        best = None
        pos = m.start(1)
        for part in re.finditer(r"[\u4e00-\u9fff]{1,8}?[省市区县旗州盟]", m.group(1)):
            name = part.group()
            regs = [r for r in g.named(name) if r.name == name and PREFECTURE <= r.level <= COUNTY and r.current]
            if not regs or name in _GENERIC or name[:-1] in _NEVER_SHORT:
                break
            best = (regs[0], pos + part.start(), pos + part.end())
        from .docregions import one_of_parts
        if best is not None and one_of_parts(doc.regions, best[0]):
            return None  # 上半年,甲区完成投资…,乙区…,丙县…: the first of the parts a bulletin lists, not its place
        return best
    return None


def place_named(doc, name: str, confidence: float, source: str) -> DocPlace | None:
    """A DocPlace for a region name, with its first mention in the text as evidence."""
    g = _gazetteer()
    r = g.resolve(name) if g is not None else None
    if r is None:
        return None
    i = doc.norm.find(r.name)
    n = len(r.name)
    if i < 0:
        i, n = doc.norm.find(r.short), len(r.short)
    ev = _ev(doc, i, i + n, source) if i >= 0 else Evidence(source, text=name)
    return DocPlace(r.name, r.short, r.level, r.code, confidence, ev)


_FOUR_DIGITS = rx.compile(r"\d{4}")


# ------------------------------------------------------------------ the whole context

def resolve(doc, record, hints: Hints | None = None) -> DocContext:
    """The document's context from its text (and ``hints`` for what the text leaves unknown)."""
    from . import scope
    from .periods import find_periods
    lines = _lines(doc.norm)
    # the title as written (去年…總投資1935億) read in simplified script, as every cue below is written (1935亿 is no
    # year); its marks and digits stay as written
    title = simplified_script(record.title or "")
    ctx = DocContext(title=title)
    ctx.date = find_date(doc, lines)
    ctx.date_spans = dating_spans(doc, lines)
    ctx.date_evidence = [_ev(doc, s, e, "dating_line") for s, e in ctx.date_spans]
    ctx.year, ctx.year_evidence = find_year(doc, title, ctx.date, lines)
    if _gazetteer() is not None:  # (an unreadable table: no region layer, no place)
        doc.regions.year = ctx.year  # the divisions' names of the text's year (山南地区 in 2012, 山南市 since 2016)
    ctx.place = find_place(doc, title, record.regions)
    g = _gazetteer()
    if ctx.place is not None and ctx.place.code and g is not None and ctx.place.level == 2:
        own = g.by_code(ctx.place.code)
        if own is not None:
            doc.regions.add_child_shorts(own)  # 其中仁寿新开工项目18个: its counties by their short forms
    ctx.event_day, ctx.event_at, ctx.event_kind = find_event_day(doc, title, ctx.date, ctx.year, lines,
                                                                 ctx.date_spans)
    ctx.genre = find_genre(title, doc.norm, record.doc_type)
    if hints is not None:
        if ctx.date is None and parse_date(hints.published or ""):
            ctx.date = DocDate(parse_date(hints.published), Evidence("manifest", text=hints.published))
            ctx.from_manifest.append("published")
        elif ctx.date is None and re.fullmatch(r"\s*(?:19|20)\d\d\s*", hints.published or ""):
            ctx.date = DocDate(hints.published.strip(), Evidence("manifest", text=hints.published))
            ctx.from_manifest.append("published")
        if ctx.date is None and hints.url:
            u = RE_URL_DATE.search(hints.url)
            if u:
                mo, dd = u.group(2) or u.group(4), u.group(3) or u.group(5)
                val = f"{u.group(1)}-{int(mo):02d}-{int(dd):02d}" if mo and dd else u.group(1)
                ctx.date = DocDate(val, Evidence("manifest_url", text=hints.url))
                ctx.from_manifest.append("url")
        if ctx.year is None and ctx.date is not None:
            ctx.year, ctx.year_evidence = ctx.date.year, ctx.date.evidence
        if ctx.place is None and hints.region:
            g = _gazetteer()
            r = None  # no gazetteer: the name is kept as given
            if g is not None:
                chain = _strip_prefixes(g, hints.region.strip())
                r = chain[-1] if chain else g.resolve(hints.region.strip())
            name = r.name if r is not None else hints.region.strip()
            ctx.place = DocPlace(name, r.short if r is not None else name, r.level if r is not None else 0,
                                 r.code if r is not None else "", 0.3, Evidence("manifest", text=hints.region))
            ctx.from_manifest.append("region")
        if not title and hints.title:
            ctx.title = hints.title
            ctx.from_manifest.append("title")
    # the time the whole document reports on: the first point expression of its title (上半年…运行情况)
    if ctx.title:
        for p in find_periods(ctx.title, ctx.year):
            if p.role == "point" and not _FOUR_DIGITS.fullmatch(p.period):
                ctx.period = p.period
                k = doc.norm.find(normalize_chars(ctx.title))
                ctx.period_evidence = _ev(doc, k + p.start, k + p.end, "title") if k >= 0 else \
                    Evidence("title", text=p.text)
                break
    if ctx.period:
        cut = _lead_month_cutoff(doc, lines, ctx.year, ctx.period)
        if cut is not None:
            ctx.period, ctx.period_evidence = cut  # 百日攻坚8月份进展情况 opened by 自5月10日启动至8月底: as of then
    if not ctx.period:
        got = _matter_period(doc, lines, ctx.year) or _lead_period(doc, lines, ctx.year, ctx.genre) or \
            _released_span(doc, lines, ctx.year)
        if got is not None:
            ctx.period, ctx.period_evidence = got
    if ctx.period and ctx.year is not None and not _FOUR_DIGITS.search(ctx.period_evidence.text if ctx.period_evidence
                                                             else "") and scope.after_writing(ctx.period, ctx):
        ctx.period = scope.shift_year(ctx.period, -1)  # 12月份…通报 signed 2023年1月6日: the December before
        ctx.year, ctx.year_evidence = ctx.year - 1, ctx.period_evidence  # …and its 全年, 今年: the year it speaks of
    if not ctx.period and ctx.genre in zh.BODY_PERIOD_GENRES:
        got = _body_period(doc, lines, ctx.year)
        if got is not None and not scope.after_writing(got[0], ctx):
            ctx.period, ctx.period_evidence = got  # 某市经济运行开局良好 … 一季度全市实现…: the quarter's report
    if ctx.year is None and ctx.period.startswith("?-") and (named := _span_year_named(doc, lines, ctx.period)):
        # 云南前三季度生产总值… over 2023年前三季度,全省…: the title's span, named with its year in the body
        ctx.year, ctx.year_evidence = named
        ctx.period = f"{named[0]}{ctx.period[1:]}"
    from . import frame
    ctx.frames = frame.find(doc, record, ctx)
    ctx.time_frame = find_time_frame(doc, lines, ctx)
    return ctx


_YEAR_OF_SPAN = rx.compile(r"(?:19|20)\d\d")  # the year a span is named with (2023 of 2023-M01..M09)


def _span_year_named(doc, lines: list[_Line], period: str) -> tuple[int, Evidence] | None:
    """The year the body names the text's own span with (2023年前三季度,全省… under a title 云南前三季度生产总值…, whose
    span ``period`` is ?-M01..M09), with its evidence; None when no line states that span with a year (a base compared
    with, 比2022年前三季度, is no statement of it)."""
    from .periods import find_periods
    rest = period[1:]
    for ln in lines:
        if ln.chrome or not ln.text:
            continue
        for p in find_periods(ln.text, None):
            if p.role == "point" and p.period[4:] == rest and _YEAR_OF_SPAN.fullmatch(p.period, 0, 4):
                k = doc.norm.find(ln.text, ln.start)
                return int(p.period[:4]), (_ev(doc, k + p.start, k + p.end, "body_span") if k >= 0 else
                                           Evidence("body_span", text=p.text))
    return None


# A report's span within a year, opening its lead (上半年,全县…; 1—7月,…; 截至6月底,…): the time of the whole text.
LEAD_PERIOD_KINDS = {"upto_quarter", "half", "year_h", "quarter", "year_q", "months", "this_year_months", "year_months", "first_months", "year_start_months", "year_first_months",
                     "first_quarters", "year_first_quarters", "quarters", "year_quarters", "upto_month", "upto_year_month",
                     "upto_day"}
# (据国家统计局消息, / 据新华社报道,: the source named by 据…消息 before the span, as 记者从…获悉)
RE_LEAD_ATTRIBUTION = rx.compile(r"(?:获悉|了解到|得知|介绍|表示|显示|据统计|统计显示|数据显示|据[^,，。]{1,16}(?:消息|报道))$")


# A notice or report whose lead opens with one month (2023年5月,全县热线受理工单900件) speaks of that month throughout.
MONTH_LEAD_GENRES = {*zh.CHECK_NOTICE_GENRES, "notice", *zh.REPORT_ON_SPAN_GENRES}
MONTH_LEAD_KINDS = {"year_month", "month"}


RE_MATTER = rx.compile(rf"(?:{'|'.join(zh.MATTER_OPENERS)})([^。;；]{{2,80}}?)(?:{'|'.join(zh.MATTER_CLOSERS)})")
MATTER_LINES = 6  # opening lines looked at for a notice's preamble


def _matter_period(doc, lines: list[_Line], year: int | None) -> tuple[str, Evidence] | None:
    """The time within a year that a notice's preamble names with its matter (现将全县一季度重点项目推进情况通报如下:
    → 一季度), as a title would, or None (a bare year, a deadline or no preamble)."""
    from .periods import find_periods
    for ln in lines[:MATTER_LINES]:
        if ln.chrome:
            continue
        m = RE_MATTER.search(ln.text)
        if m is None:
            continue
        for p in find_periods(m.group(1), year):
            if p.role == "point" and not re.fullmatch(r"\d{4}|\?", p.period):
                s0 = doc.norm.find(ln.text, ln.start) + m.start(1)
                return p.period, _ev(doc, s0 + p.start, s0 + p.end, "preamble")
            if p.role != "base":
                return None  # the matter's first time is a year or a span: the notice is of no part of a year
        return None
    return None


LEAD_CUTOFF_CLAUSES = 2  # clauses of the lead's first line looked at for a running total's cut-off


_CLAUSE_OR_SENTENCE_MARK = rx.compile(r"[,，;；。:：]")


_COMMA_OR_STOP = rx.compile(r"[,，。]")


def _lead_month_cutoff(doc, lines: list[_Line], year: int | None, title_period: str) -> tuple[str, Evidence] | None:
    """The cut-off at the end of the month a title names (…百日攻坚8月份进展情况), when the lead opens on it (截至8月底,…
    / 自5月10日启动至8月底,…) before any figure: a progress report titled by its month reports running totals as of
    the month's end (``..2024-M08``), not flows of the month (``2024-M08``); None when the title names no single month
    or the lead states no cut-off at its end."""
    if not re.fullmatch(r"(?:\d{4}|\?)-M\d\d", title_period):
        return None
    from .periods import find_periods
    head = _header(lines)
    for ln in lines[len(head):len(head) + 3]:
        if ln.chrome or not _COMMA_OR_STOP.search(ln.text):
            continue
        t = ln.text[:160]
        cuts = [m.start() for m in _CLAUSE_OR_SENTENCE_MARK.finditer(t)]
        end = cuts[LEAD_CUTOFF_CLAUSES - 1] if len(cuts) >= LEAD_CUTOFF_CLAUSES else len(t)
        found = find_periods(t[:end], year)
        for p in found:
            if p.period == ".." + title_period and p.role == "point":
                if _A_DIGIT.search(_untimed(t, found, p.start)):
                    return None  # (…完成投资12亿元,截至8月底…: a figure came first, the cut-off is its own)
                s0 = doc.norm.find(ln.text, ln.start)
                return p.period, _ev(doc, s0 + p.start, s0 + p.end, "lead")
        return None
    return None


def _untimed(text: str, found, upto: int) -> str:
    """``text[:upto]`` without the time expressions ``found`` in it: what the lead says before a time besides times."""
    out, k = [], 0
    for p in found:
        if p.start >= upto:
            break
        out.append(text[k:p.start])
        k = p.end
    out.append(text[k:upto])
    return "".join(out)


_THIS_YEAR_OPENING = rx.compile(r"\s*(?:今年|本年|(?:19|20)\d\d\s?年)?")


def _lead_period(doc, lines: list[_Line], year: int | None, genre: str = "") -> tuple[str, Evidence] | None:
    """The period a lead opens with (after an attribution clause such as 记者从县统计局获悉), or None."""
    kinds = LEAD_PERIOD_KINDS | MONTH_LEAD_KINDS if genre in MONTH_LEAD_GENRES else LEAD_PERIOD_KINDS
    from .periods import DAY_SPAN_KINDS, days_of_one_month, find_periods
    head = _header(lines)
    for ln in lines[len(head):len(head) + 3]:
        if ln.chrome or not _COMMA_OR_STOP.search(ln.text):
            continue
        t = ln.text[:160]
        k = 0
        for _ in range(2):
            m = _CLAUSE_OR_SENTENCE_MARK.search(t[k:])
            end = k + m.start() if m else len(t)
            clause = t[k:end]
            if RE_LEAD_ATTRIBUTION.search(clause):
                k = end + 1
                continue
            lead = _THIS_YEAR_OPENING.match(clause).end()
            ps = [p for p in find_periods(t[k:end + 1], year) if p.role == "point" and p.end <= end - k]
            days = days_of_one_month(t, k + ps[0].start) if ps and ps[0].kind in DAY_SPAN_KINDS else -1
            if ps and ps[0].start <= lead and (ps[0].kind in kinds or ps[0].kind in MONTH_LEAD_KINDS
                                               and (_month_reported(t, k + ps[0].end) or _gist_line(ln.text, k + ps[0].end))
                                               or days > 0 and _month_reported(t, days)):
                # (2031年3月8日至14日,全市热线共受理来电9000件: the week's bulletin, of its month)
                p = ps[0]
                s0 = doc.norm.find(ln.text, ln.start) + k
                return p.period, _ev(doc, s0 + p.start, s0 + (days - k if days > 0 else p.end), "lead")
            if t.startswith(THIS_MONTH, k) and _month_reported(t, k + len(THIS_MONTH)):
                named = _month_named_by_lines(doc.norm)
                if named is not None:
                    # (本月受理各类诉求3800件,… in an issue whose part opens 5月份,…: the month the issue reports)
                    s0 = doc.norm.find(ln.text, ln.start) + k
                    return f"{year if year else '?'}-M{named:02d}", _ev(doc, s0, s0 + len(THIS_MONTH), "lead")
            mo = LEAD_MONTH.match(t, k + lead) if not ps or ps[0].start > lead else None
            if mo is not None and (_month_reported(t, mo.end()) or _gist_line(ln.text, mo.end())):
                # (记者从省统计局获悉,10月某省经济保持总体平稳。: the month's release, its subject right after the month)
                n = parse_number(mo.group(2))
                if n and 1 <= n <= 12:
                    s0 = doc.norm.find(ln.text, ln.start)
                    yy = mo.group(1) or (str(year) if year else "?")
                    return f"{yy}-M{int(n):02d}", _ev(doc, s0 + mo.start(), s0 + mo.end(), "lead")
            break
        if not ln.text.endswith((":", "：")):
            return None  # a preamble (…现将有关情况通报如下:) hands over to the next line
    return None


RE_LEAD_EVENT = rx.compile(alternation(zh.PROJECT_EVENT_WORDS))
# 10月某省经济保持总体平稳 / 8月份,全市…: a month opening the lead's clause, written with no 份 nor comma before the
# subject it speaks of (periods reads 10月 alone so only where a comma or 份 marks it as a time)
LEAD_MONTH = rx.compile(r"(?:((?:19|20)\d\d)\s?年\s?)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s?月份?(?![\d日号底末初旬])")


THIS_MONTH = "本月"
# 5月份,全县… / 2023年5月,…: a line opening on one month (its comma or 份 marks it as the time of what follows)
LINE_MONTH = rx.compile(r"(?:^|\n)[ \t\u3000]*(?:(?:19|20)\d\d\s?年\s?)?(\d{1,2})\s?月(?:份\s?[,，]?|\s?[,，])")


# (a 发布会 is a meeting held)
RE_RELEASE_VERB = rx.compile(rf"(?:{alternation(zh.REPORT_PUT_OUT_VERBS)})(?!会)")
# …but a press conference named by the report it gives (举行某省2031年上半年经济运行情况新闻发布会) puts that report out
RE_PRESS_CONFERENCE = rx.compile(alternation(zh.PRESS_CONFERENCE_WORDS))
RE_REPORT_NAMED = rx.compile(alternation(zh.RELEASED_REPORT_NOUNS))
# a paper's or a wire's tag and its byline before the lead's day (本报讯(记者 某某)3月28日,…), as RE_LEAD_DATE reads them
RE_LEAD_TAG = rx.compile(r"\s*(?:[^\n,，。:：]{0,16}(?:讯|电|消息)\s*)?(?:[(（【][^\n,，。)）】]{0,40}[)）】]\s*)?")
RE_DAY_PART = rx.compile(alternation(zh.DAY_PART_WORDS))
LEAD_DAY_KINDS = {"month_day", "date"}  # a day (7月20日, 2031年7月20日), as scope.EVENT_DAY_KINDS
RE_BARE_LEAD_DAY = rx.compile(r"(?<![\d月])(?:[1-9]|[12]\d|3[01])\s?[日号](?!\s*[\d月])")  # 16日: a day with no month


def _released_span(doc, lines: list[_Line], year: int | None) -> tuple[str, Evidence] | None:
    """The span a lead says was released on its day (7月20日,某市经济"半年报"公布,全市实现… / 4月23日,省统计局发布一季度
    经济运行情况 / 本报讯(记者 某某)5月6日,县政府办公室通报4月热线工单情况 / 7月31日下午,…举行某省上半年经济运行情况新闻
    发布会): the day is the release's, the figures are of the span (or the one month) the released report is named by;
    None when the lead's first clause is no day alone (after a paper's tag) or the next clause releases no report of a
    span within the year (a press conference named by no report, 集中签约仪式暨…发布会, is a meeting held)."""
    from .periods import find_periods
    head = _header(lines)
    for ln in lines[len(head):len(head) + 3]:
        if ln.chrome or not _COMMA_OR_STOP.search(ln.text):
            continue
        t = ln.text[:160]
        m1 = _CLAUSE_OR_SENTENCE_MARK.search(t)
        if m1 is None or t[m1.start()] not in ",，":
            return None
        days = find_periods(t[:m1.start()], year)
        rest = t[:m1.start()]
        for p in reversed(days):
            rest = rest[:p.start] + rest[p.end:]
        # (16日,市统计局发布…: a wire's or a paper's lead writes the day alone, its month the dateline's)
        bare = None if days else RE_BARE_LEAD_DAY.search(rest)
        if bare is not None:
            rest = rest[:bare.start()] + rest[bare.end():]
        rest = RE_DAY_PART.sub("", rest)
        if (bare is None and (len(days) != 1 or days[0].kind not in LEAD_DAY_KINDS)) \
                or rest[RE_LEAD_TAG.match(rest).end():].strip():
            return None
        m2 = _CLAUSE_OR_SENTENCE_MARK.search(t, m1.end())
        clause = t[m1.end():m2.start() if m2 else len(t)]
        conference = RE_PRESS_CONFERENCE.search(clause)
        if not RE_RELEASE_VERB.search(clause) and not (conference and RE_REPORT_NAMED.search(clause, 0, conference.start())):
            return None
        for p in find_periods(clause, year):
            # (通报2031年2月…热线受理情况: one month's report, named as such)
            if p.role == "point" and (p.kind in LEAD_PERIOD_KINDS or p.kind in MONTH_LEAD_KINDS
                                      and RE_REPORT_NAMED.search(clause, p.end) is not None):
                s0 = doc.norm.find(ln.text, ln.start) + m1.end()
                return p.period, _ev(doc, s0 + p.start, s0 + p.end, "lead")
        return None
    return None


def _month_named_by_lines(norm: str) -> int | None:
    """The one month the text's lines open on (5月份,通过热线…), which a lead's 本月 is (a monthly issue dated in the
    month after the one it reports says 本月 of that month); None when its lines open on no month or on several."""
    months = {int(m.group(1)) for m in LINE_MONTH.finditer(norm)}
    return next(iter(months)) if len(months) == 1 and 1 <= next(iter(months)) <= 12 else None


def _gist_line(line: str, at: int) -> bool:
    """Whether the lead's sentence going on at ``at``, after the month it opens with, is its whole line and tells of
    no meeting nor project event (8月份,某省经济运行平稳。 / 记者…获悉,10月某市经济保持总体平稳、稳中向好态势。): the gist of a
    month's release, whose figures the lines below report, of that month."""
    end = _SENTENCE_PUNCT.search(line, at)
    return (end is None or not line[end.end():].strip()) and not _gathering_time(line, at) \
        and RE_LEAD_EVENT.search(line, at) is None


def _month_reported(t: str, at: int) -> bool:
    """Whether the lead sentence of ``t`` going on at ``at``, after the month it opens with (2024年7月,全市12345热线共
    受理诉求5120件,…), reports figures of that month: a count or an amount is stated in it, and it tells of no meeting
    held (召开…会议) nor of a project event (集中开工, 签约), whose day the month would be.  A text of any genre whose
    lead so opens reports on that month, as a notice's does."""
    end = _SENTENCE_PUNCT.search(t, at)
    e = end.start() if end else len(t)
    return _A_DIGIT.search(t[at:e]) is not None and not _gathering_time(t, at) \
        and RE_LEAD_EVENT.search(t, at, e) is None


# A report's own span read from its body (context._body_period): the spans within a year that may be it, and the
# other times that may open its figure sentences (截至3月末, 一季度末 lead stocks; 今年, 2024年 the year's figures):
# votes against any span
BODY_SPAN_KINDS = LEAD_PERIOD_KINDS - {"upto_month", "upto_year_month", "upto_day", "upto_quarter"}
BODY_LEAD_KINDS = LEAD_PERIOD_KINDS | {"quarter_end", "half_end", "month_end", "month", "year_month", "month_day",
                                       "date", "this_year", "year"}
BODY_LEAD_REACH = 8  # characters a sentence's leading time may stand after its start (全市规模以上工业一季度…)
BODY_PERIOD_MIN = 2  # figure sentences the span must lead
RE_BODY_SENTENCE = rx.compile(r"[^。!?！？;；]+")
RE_BODY_LEAD_GAP = rx.compile(r"[^\d,，:：()（）]*")  # what may stand before the leading time: a subject, 今年


def _body_period(doc, lines: list[_Line], year: int | None) -> tuple[str, Evidence] | None:
    """The report's own span when its title, lead and preamble state none (某市经济运行开局良好, 全县重点项目建设稳步
    推进) but its figure sentences do: each sentence of the body that states a figure and opens with a time within
    the year (一季度全市实现地区生产总值…, 一季度,规模以上工业…, 全市1-5月…, 截至3月末,…存款余额…) or with the year
    itself (今年以来,…; 2024年,…) casts a vote for that time; the span (not a moment: 截至3月末 and 一季度末 date the stocks of one section) that leads the most of
    them, at least ``BODY_PERIOD_MIN`` and at least half of all the votes, is the report's.  A statistics analysis or
    progress report writes its figures under its own span again and again, and under a moment only for its stocks;
    a text whose sentences open with different spans (a review of several quarters) gets none.  A span of another
    year than the text's (2023年一季度 in a 2024 text: a comparison) casts no vote for the text's own."""
    from .periods import find_periods
    from .scope import SPAN_LEAD_IN
    head = _header(lines)
    votes: dict[str, list[tuple[int, int]]] = {}
    kinds: dict[str, str] = {}
    for ln in lines[len(head):]:
        if ln.chrome:
            continue
        k = doc.norm.find(ln.text, ln.start)
        if k < 0:
            continue
        for m in RE_BODY_SENTENCE.finditer(ln.text):
            sent = m.group()
            # (据市统计局数据,上半年全市… / 初步核算,上半年…: the source or the account before the time opens nothing)
            li = SPAN_LEAD_IN.match(sent).end()
            ps = [p for p in find_periods(sent[:li + BODY_LEAD_REACH + 12], year) if p.role == "point" and p.start >= li]
            if not ps:
                continue
            p = ps[0]
            if p.start > li + BODY_LEAD_REACH or RE_BODY_LEAD_GAP.fullmatch(sent, li, p.start) is None \
                    or p.kind not in BODY_LEAD_KINDS:
                continue
            if not _A_DIGIT.search(sent[p.end:]) and not (m.start() == 0 and _A_DIGIT.search(ln.text[m.end():])):
                continue  # (前三季度,全市新产业保持较快增长。其中…增长6.7%: a topic sentence opening its line, whose
                # figures come in the sentences after it, votes as well)
            if year is not None and _FOUR_DIGITS.search(p.period) and str(year) not in p.period:
                continue  # (2023年一季度 compared with in a 2024 text)
            votes.setdefault(p.period, []).append((k + m.start() + p.start, k + m.start() + p.end))
            kinds[p.period] = p.kind
    if not votes:
        return None
    total = sum(len(v) for v in votes.values())
    best = max(votes, key=lambda per: (len(votes[per]), -votes[per][0][0]))
    n = len(votes[best])
    if kinds[best] not in BODY_SPAN_KINDS or n < BODY_PERIOD_MIN or 2 * n < total:
        return None
    s, e = votes[best][0]
    return best, _ev(doc, s, e, "body_lead")


# ------------------------------------------------------------------ the time frame

# times within a year that may name a progress report's cut-off in its opening (1-8月份, 截至9月底, 今年一季度, 4月份)
FRAME_CUTOFF_KINDS = LEAD_PERIOD_KINDS | {"month", "year_month", "quarter_end", "half_end", "this_year_months"}
# of cut-offs that agree, the running total is the frame (1至4月累计 over 4月份督察)
FRAME_RUNNING_KINDS = {"months", "this_year_months", "year_months", "first_months", "year_start_months", "year_first_months", "first_quarters",
                       "year_first_quarters", "quarters", "year_quarters", "upto_quarter", "upto_month",
                       "upto_year_month", "upto_day"}
FRAME_OPENING_CHARS = 700  # characters of the body's opening read for its cut-off
FRAME_OPENING_LINES = 4
FRAME_CONFIDENCE = {"title": 0.9, "lead": 0.8, "preamble": 0.8, "body": 0.6, "body_lead": 0.6, "dateline": 0.5}
_PERIOD_END = rx.compile(r"(?:\.\.)?(\d{4}|\?)-(?:M(\d\d)(?:\.\.M(\d\d))?|([QH])([1-4]))")
RE_FRAME_PROGRESS = rx.compile(alternation(zh.FRAME_PROGRESS_WORDS))
RE_FRAME_DAY = rx.compile(r"\d\s*日|[一二三四五六七八九十]日")  # a title's day (2月22日) dates the text, it is no cut-off
# 召开…观摩会 / 推进会在…举行: a sentence telling of a meeting held, whose time is the meeting's
RE_GATHERING = rx.compile(alternation(zh.MEETING_HELD_VERBS + zh.MEETING_NAME_ENDS))


def _gathering_time(t: str, at: int) -> bool:
    """Whether the sentence of ``t`` going on at ``at`` (after a time that opens it) tells of a meeting held then
    (今年4月,县委县政府召开重点项目观摩会,…): the time is the meeting's day, not how far the text's figures run, so a
    progress text's later 已完成投资14亿元 is not of April (its own cut-off, or its year, times it)."""
    end = _SENTENCE_PUNCT.search(t, at)
    return RE_GATHERING.search(t, at, end.start() if end else len(t)) is not None


RE_FRAME_PLANNED = rx.compile(rf"(?:{alternation(zh.PLANNED_TIME_WORDS)})(?:于|在|到)?\s*$")
FRAME_PLANNED_REACH = 6


def period_end(per: str) -> tuple[str, int] | None:
    """The year and the last month of a period within a year (``2026-M01..M09`` → ("2026", 9); ``2026-H1`` → 6),
    or None for a year, a span of years or a deadline year."""
    m = _PERIOD_END.fullmatch(per or "")
    if m is None:
        return None
    if m.group(4):
        return m.group(1), int(m.group(5)) * (3 if m.group(4) == "Q" else 6)
    return m.group(1), int(m.group(3) or m.group(2))


def find_spoken_year(doc, ctx: DocContext) -> tuple[int | None, Evidence | None]:
    """The year the text speaks from (``TimeFrame.spoken_year``): the year after the year it is about (``ctx.year``)
    when its own date says so (a report on 2025 with the dateline ——2026年1月10日, a bulletin signed in 2026), or,
    undated, when a review part of that year comes before a plan part of the next, both named by their years
    (一、2025年工作回顾 … 二、2026年工作安排: a report given at the turn of the year, after the one it reviews);
    else the year it is about, with no evidence.  A date from outside the text (a manifest, an address) counts
    for nothing; a date in the year it is about (a year-end summary signed 2025年12月20日) keeps that year."""
    from . import frame as frame_mod
    y = ctx.year
    if not y:
        return y, None
    d = ctx.date
    if d is not None and not d.evidence.source.startswith("manifest") and d.evidence.source != "url":
        return (d.year, d.evidence) if d.year == y + 1 else (y, None)
    frames = ctx.frames
    parts = getattr(frames, "parts", None) or []
    review = [p for p in parts if p.kind == frame_mod.ACTUAL and p.year == y and frame_mod.YEAR_IN_TITLE.search(p.cue)]
    plan = [p for p in parts if p.kind == frame_mod.TARGET and p.year == y + 1 and p.cue_start >= 0
            and frame_mod.YEAR_IN_TITLE.search(p.cue)]
    if review and plan and review[0].start < plan[0].start:
        return y + 1, _ev(doc, plan[0].cue_start, plan[0].cue_end, "plan_part")
    # an undated text whose year was read from the years its body cites (most of them the year it looks back on) and
    # that states the next year's plan by number (2026年是…开局之年 / 2026年…主要预期目标是) is given in that next year,
    # unless it says 明年 (it then speaks from the year it cites: a year-end summary)
    ev = ctx.year_evidence
    if d is None and ev is not None and ev.source in SPOKEN_FROM_BODY and not RE_NEXT_YEAR_WORD.search(doc.norm):
        cur = current_year(doc)
        if cur is not None and cur[0] == y:
            return y, None  # 今年(2024年)…主要预期目标是: the text names its present by its number
        for m in RE_PLAN_YEAR.finditer(doc.norm):
            if int(m.group(1)) == y + 1:
                return y + 1, _ev(doc, m.start(), m.end(), "plan_year")
        m = _this_years_plan_after_review(doc.norm, y, ctx.genre)
        if m is not None:
            return y + 1, _ev(doc, m.start(), m.end(), "plan_this_year")
        m = _next_year_committed(doc.norm, y, ctx.genre)
        if m is not None:
            return y + 1, _ev(doc, m.start(1), m.end(1), "plan_year")
    return y, None


# 2026年,全县将… / 报告提出,2026年要…: a sentence opening with a year and what will be done in it
RE_YEAR_COMMITTED = rx.compile(rf"(?:^|(?<=[。!?！？\n]))[ \t\u3000]*(?:[^,，。;；:：!?！？\n]{{0,16}}?"
                               rf"(?:{alternation(zh.SPEECH_LEAD_VERBS)})\s*[,，:：])?\s*((?:19|20)\d\d)\s?年\s*[,，]?"
                               rf"[^,，。;；!?！？\n\d]{{0,12}}?(?:{alternation(zh.YEAR_COMMIT_MODALS)})",
                               re.M)


def _first_year_mention(norm: str, y: int) -> re.Match | None:
    """The first place the text writes the year ``y`` (2025年 / 2025 年): where a work report's reading of the years
    after it starts."""
    return re.search(rf"{y}\s?年", norm)


def _next_year_committed(norm: str, y: int, genre: str) -> re.Match | None:
    """The first sentence of a work report that opens with the year after ``y`` and says what will be done in it
    (2026年,全县将… after the figures of 2025): a government's work report is given early in the year it plans,
    after the year it reviews, though the year it cites most is the reviewed one; None in another genre, or when
    no such sentence follows the first mention of ``y``."""
    if genre != "work_report":
        return None
    first = _first_year_mention(norm, y)
    if first is None:
        return None
    return next((m for m in RE_YEAR_COMMITTED.finditer(norm, first.end()) if int(m.group(1)) == y + 1), None)


# 今年经济社会发展的主要预期目标是… / 今年是…开局之年: a plan a text states for its present
RE_THIS_YEAR_PLAN = rx.compile(rf"(?:{alternation(zh.PRESENT_YEAR_WORDS)})[^。;；!?！？\n\d]{{0,24}}?"
                               rf"(?:{alternation(zh.PLAN_YEAR_WORDS)})")


# 对于今年政府工作要求,… / 今年的工作安排: the work the text sets out for its present (zh.THIS_YEAR_WORK_WORDS)
RE_THIS_YEAR_WORK = rx.compile(rf"(?:{alternation(zh.PRESENT_YEAR_WORDS)})[^,，。;；!?！？\n\d]{{0,6}}?"
                               rf"(?:{alternation(zh.THIS_YEAR_WORK_WORDS)})")


# …年工作总体要求 / …年目标任务 / …年工作安排: a year named as the one the work is planned for, also by a heading
# broken over two lines (2026年全省经济社会发展⏎有这些目标, a news digest's)
RE_YEAR_PLANNED_FOR = rx.compile(rf"[^,，。;；:：\n\d]{{0,10}}?(?:\n[^,，。;；:：\n\d]{{0,6}}?)?"
                                 rf"(?:{alternation(zh.PLANNED_FOR_YEAR_WORDS)})")


def _this_years_plan_after_review(norm: str, y: int, genre: str) -> re.Match | None:
    """The plan a work report states for 今年 after the years it cites, all of them ``y`` or before (一、2022年工作回顾 …
    今年经济社会发展的主要预期目标是…), or None.  A government's work report is given early in the year after the one
    it reviews: its 今年 is that next year (the reviewed year + 1), though the year it cites most is the reviewed one.
    A report that plans ``y`` by its number (2023年主要预期目标是…) speaks from ``y``: no plan of the next year."""
    if genre != "work_report":
        return None
    if any(int(m.group(1)) == y for m in RE_PLAN_YEAR.finditer(norm)) or \
            re.search(rf"{y}\s?年{RE_YEAR_PLANNED_FOR.pattern}", norm):
        return None  # (二、2023年工作总体要求和目标任务: the year planned, the text's own)
    first = _first_year_mention(norm, y)
    m = RE_THIS_YEAR_PLAN.search(norm, first.end()) if first else None
    return m or (RE_THIS_YEAR_WORK.search(norm, first.end()) if first else None)


# the sources of a document's year read from the years its body cites, not from a date or a title
SPOKEN_FROM_BODY = ("review_year", "most_cited_year")
RE_PLAN_YEAR = rx.compile(rf"((?:19|20)\d\d)\s?年[^。;；!?！？\n]{{0,24}}?(?:{alternation(zh.PLAN_YEAR_WORDS)})")
RE_NEXT_YEAR_WORD = rx.compile(alternation(zh.NEXT_YEAR_WORDS))


RE_AS_OF_DATE_TITLE = rx.compile(alternation(zh.AS_OF_DATE_TITLE_WORDS))


def reports_at_its_date(ctx) -> bool:
    """Whether a text reports as of the day it is dated (a supervision notice: its 截至目前 is that month's cut-off),
    not as a news item does (its 截至目前, as its 目前, is its year)."""
    return getattr(ctx, "genre", "") in zh.CHECK_NOTICE_GENRES or \
        bool(RE_AS_OF_DATE_TITLE.search(getattr(ctx, "title", "") or ""))


def find_time_frame(doc, lines: list[_Line], ctx: DocContext) -> TimeFrame:
    """The text's time frame (``TimeFrame``): the document's period when its title, lead or preamble states one;
    else, in a progress text (``zh.PROGRESS_TEXT_GENRES`` whose opening speaks of work done), the cut-off its opening
    states (1-8月份…进展情况; 今年一季度…截至目前; 1至9月,全市…完成投资), when every cut-off there ends in the same month;
    else, for 截至目前 in a text dated to the day, the month of its date."""
    from .periods import find_periods
    frame = TimeFrame(year=ctx.year)
    frame.spoken_year, frame.spoken_evidence = find_spoken_year(doc, ctx)
    Y = str(ctx.year) if ctx.year else "?"
    if ctx.event_kind and ctx.genre in zh.PROGRESS_TEXT_GENRES:
        frame.unsure = "a project event's news: its times name the event (一季度集中开工), not a cut-off"
        return frame
    said = ctx.period_evidence.text if ctx.period_evidence is not None else ""
    if ctx.period and period_end(ctx.period) is not None and (ctx.period.startswith("..")
                                                               or not RE_FRAME_DAY.search(said)):
        src = ctx.period_evidence.source if ctx.period_evidence is not None else "title"
        frame.as_of, frame.source, frame.evidence = ctx.period, src, ctx.period_evidence
        frame.confidence = FRAME_CONFIDENCE.get(src, 0.8)
        return frame
    if ctx.genre not in zh.PROGRESS_TEXT_GENRES:
        return frame
    opening: list[_Line] = []
    chars = 0
    for ln in lines[len(_header(lines)):]:
        if ln.chrome or not ln.text:
            continue
        opening.append(ln)
        chars += len(ln.text)
        if chars >= FRAME_OPENING_CHARS or len(opening) >= FRAME_OPENING_LINES:
            break
    if not any(RE_FRAME_PROGRESS.search(ln.text[:FRAME_OPENING_CHARS]) for ln in opening):
        return frame
    found = []  # (mention, line)
    now = None
    for ln in opening:
        for p in find_periods(ln.text[:FRAME_OPENING_CHARS], ctx.year):
            if p.role == "status" and p.text in zh.AS_OF_NOW_WORDS and now is None:
                now = (p, ln)
            if p.role != "point" or p.kind not in FRAME_CUTOFF_KINDS or \
                    RE_FRAME_PLANNED.search(ln.text, max(0, p.start - FRAME_PLANNED_REACH), p.start):
                continue  # (预计9月份开始接种: a time planned, no cut-off)
            if p.kind not in FRAME_RUNNING_KINDS and _gathering_time(ln.text, p.end):
                continue  # (今年4月,县委县政府召开重点项目观摩会: the day of a meeting, no cut-off of the figures)
            found.append((p, ln))
    ends = {period_end(p.period) for p, _ in found} - {None}
    if len(ends) > 1:
        frame.unsure = "cut-offs of the opening disagree: " + ", ".join(p.text for p, _ in found)
        return frame
    if ends and next(iter(ends))[0] != Y:
        frame.unsure = "the opening's cut-off is of another year: " + found[0][0].text
        return frame
    if found:
        running = [f for f in found if f[0].kind in FRAME_RUNNING_KINDS]
        p, ln = (running or found)[0]
        k = doc.norm.find(ln.text, ln.start)
        frame.as_of, frame.source = p.period, "body"
        frame.evidence = _ev(doc, k + p.start, k + p.end, "body") if k >= 0 else Evidence("body", text=p.text)
        frame.confidence = FRAME_CONFIDENCE["body"]
        return frame
    if now is not None and reports_at_its_date(ctx) and ctx.date is not None and \
            not ctx.date.evidence.source.startswith("manifest") and ctx.date.evidence.source != "url":
        # (a supervision notice's 截至目前 is its date's cut-off; a news item's is its year: scope.as_of_now)
        m = re.fullmatch(r"(\d{4})-(\d\d)-\d\d", ctx.date.value)
        if m and m.group(1) == Y:
            p, ln = now
            k = doc.norm.find(ln.text, ln.start)
            frame.as_of, frame.source = f"..{Y}-M{m.group(2)}", "dateline"
            frame.evidence = _ev(doc, k + p.start, k + p.end, "dateline") if k >= 0 else Evidence("dateline",
                                                                                                    text=p.text)
            frame.confidence = FRAME_CONFIDENCE["dateline"]
    return frame
