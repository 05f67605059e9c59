"""Time expressions, resolved against the document's year into the schema's period grammar.

``2023`` a year · ``2023-H1`` · ``2023-Q3`` · ``2023-M01..M05`` cumulative months ·
``..2023-M06`` up to a month end · ``..2025`` by a deadline · ``2021..2025`` a span ·
``each-year`` · ``?`` for a year that cannot be known.

``find_periods`` returns every expression in a text with its resolved period and a
*role* that tells the fact finder how far it reaches: ``point`` (a time the value
holds or accrues in), ``deadline`` (到2025年), ``span`` (十四五时期, 未来3年),
``recurring`` (每年), ``vague`` (近年来: explicitly no fixed time), ``status``
(目前, 现有: the time of writing), ``streak`` (连续四年: years before the document).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .numerals import parse_number
from .lang import alternation, zh
from . import rx
from .rx import Alternation

_CN = r"[一二两三四五六七八九十]+"
_N = rf"(?:\d{{1,2}}|{_CN})"
_YEAR = r"(?:19[5-9]\d|20\d\d)"

_THIS_YEAR = r"(?:今年|本年度?|当年)"
_PLAN = r"(?:“|\")?(?:十[一二三四五六七八九]|[六七八九])五(?:”|\")?"
# 前三季度 / 前7个月 / 前两个月: the year's first quarters or months, whose 前 no deadline before them takes
# (a page's date line 2023年10月25日 over a lead 前三季度,… is no deadline ..2023-M10)
_FIRST_SPAN = rf"(?:[一二三两1-3]个?季度|{_N}个?月)"

# 1-4累计, 1—4月累计: the second 月 of a range of months may be left out before 累计 (the total of those months)
_CUM_AFTER = r"(?=\s*累计)"
# 元至九月, 元—8月, 元月至9月: January written 元 (元月) opening a range of months; never the 元 of an amount
# (5000万元至8月底, 3亿元—5亿元) nor of a word (单元, 公元)
_JAN = r"(?:(?<![\u4e00-\u9fff\d.])|(?<=年))元"
_FIRST_MONTH = rf"(?:{_N}|{_JAN})"
# 3年增长41.2% / 五年累计增长: as many years (two or more) before a verb of change
_YEARS_CHANGED = rf"((?:\d|[二两三四五六七八九十]))年(?=\s*(?:{'|'.join(zh.YEARS_CHANGE_LEADS)})?\s*(?:{'|'.join(zh.YEARS_CHANGE_VERBS)}))"
# 去年 / 上年 / 前年 / 明年: the characters before the 年 of a year named by a word counted from the text's year, which
# a time within that year may follow (去年10月至12月, 上年1-9月, 明年3月份)
_YEAR_WORD_ENDS = "去上前明"
# 1-8 月, 1 - 8 月份: a text laid out from a PDF puts a blank before 月
_MONTH_WORD = r"[ \t]?月"

# 截至9月底 / 截止2024年6月30日 / 到三季度末, and 至 alone opening its clause (至9月底,全区…累计完成投资…: the same
# cut-off written short), never the 至 of a change's end (增至, 提高至) or of a range (6月1日至9月30日, 自4月启动至7月底);
# a table's caption writes the cut-off as a field (截止时间:2021年9月12日18:00, 截至日期:…): the same running total
_UPTO = r"(?:(?:截至|截止到|截止)(?:\s*(?:时间|日期)\s*[:：]?)?|到|(?:(?<=^)|(?<=[\s,，。;；:：、(（]))至)"

_PATTERNS: list[tuple[str, str]] = [
    ("plan_end", rf"{_PLAN}(?:规划)?(?:期末|末期|末)"),
    ("plan", rf"(?:{_PLAN}|第(?:十[一二三四五六七八九]|[六七八九])个五年(?:规划)?)(?:时期|期间|内|以来)?"),
    # 2025年同期: the same span of a named year, the time a figure is compared with (比2025年同期高8.4个百分点) or,
    # standing alone (2025年同期为3.2%), the comparison period; never the year of the figure before it
    ("year_same_period", rf"({_YEAR})\s?年同期"),
    # 2021—2025年 / 2015年至2018年: the years from the first to the last (年 may be written after both)
    ("year_range", rf"(?<!\()({_YEAR})\s?年?\s*[-—~至到]\s*({_YEAR})\s?年"),
    # 截至今年6月10日 / 截至当年5月底: the document's year written as a word
    ("upto_day", rf"{_UPTO}\s*(?:(?:{_YEAR}\s?年|{_THIS_YEAR})\s?)?({_N})\s?月\s?({_N})\s?日"),
    ("upto_year_month", rf"{_UPTO}\s*({_YEAR})\s?年\s?({_N})\s?月(?:底|末|份)?(?!\s?{_N}\s?日)"),
    # 于 as a word of its own (于2025年建成), not the end of 关于/对于/由于/位于 (关于2024年上半年…的通报)
    # (在 only before a year's end or a date before it, 在2025年底前; 在2018年开展的巡视中 is the year of an event)
    # (于2014年6月自查上报的问题: 于 before a year and its month dates when a thing was done, no deadline of the year)
    ("deadline_year", rf"(?:(?:到|至|截至|截止到|截止|(?<![关对由属位处等基鉴终])于(?!\s*{_YEAR}\s?年\s?{_N}\s?月))"
                      rf"\s*({_YEAR})\s?年(?:底|末|年底)?(?:前)?|"
                      rf"在\s*({_YEAR})\s?年(?:底|末|年底)?前|在\s*({_YEAR})\s?年(?:底|末|年底))"),
    # 2019年以来 / 自2019年起 / 从2019年开始: the years since then, no year of a figure written later
    # (2012年至今, 自2016年至今: the same run written up to now)
    ("year_since", rf"({_YEAR})\s?年(?:以来|来(?!\d)|起(?![草步])|开始|至今)"),
    # 党的十八大以来: the years since the party congress of that number (one every five years, the 16th in 2002),
    # from the year after it (十八大以来 → 2013..); no year of a figure's own
    ("congress_since", r"(十[六七八九]|二十[一二]?)大以来"),
    # 2021年二季度以来 / 自2020年6月份以来 / 2022年下半年以来: the time since a part of a past year, a span up to the
    # text's own time (the years from that one), no quarter, month or half a figure written later holds in
    ("year_part_since", rf"({_YEAR})\s?年\s?(?:第?[一二三四1-4]季度|{_FIRST_MONTH}\s?月份?|[上下]半年)(?:末|底)?\s?(?:以来|至今)"),
    # 自2018年实施河长制以来: the years since what was done in that year
    ("year_since_event", rf"(?:(?<=[自从])|(?<=[自从]\s))({_YEAR})\s?年(?=[^,，。;；:：\d]{{1,16}}以来)"),
    # 2023年前7个月, 2023年前三季度: the year's first months, not a deadline (2023年前 is one)
    ("year_first_months", rf"({_YEAR})\s?年\s?前({_N})个?月"),
    ("year_first_quarters", rf"({_YEAR})\s?年\s?前([一二两三1-3])(?:个)?季度?"),
    ("year_before", rf"({_YEAR})\s?年(?:底|末)?前(?!{_FIRST_SPAN})"),
    ("year_h", rf"({_YEAR})\s?年(上|下)半年"),
    ("year_q", rf"({_YEAR})\s?年(?:第)?([一二三四1-4])季度"),
    # 2026年9月底前, 2026年6月30日前: a deadline within a named year (before the day and the month it names)
    ("year_month_deadline", rf"({_YEAR})\s?年\s?({_N})\s?月(?:份)?(?:底|末|\s?{_N}\s?日)?[ \t\u3000]?(?:以前|之前|前)"
                            rf"(?!后|{_FIRST_SPAN})"),
    # 2021年3月5日: the day of an event, in the month grammar
    ("date", rf"({_YEAR})\s?年\s?({_N})\s?月\s?({_N})\s?日"),
    ("year_month", rf"({_YEAR})\s?年\s?({_FIRST_MONTH})\s?月(?:份)?(?:底|末)?(?!\s?{_N}\s?日|\s?(?:份\s?)?[-—~至到]\s?{_N}\s?月)"),
    ("year_months", rf"({_YEAR})\s?年\s*({_FIRST_MONTH})\s*(?:月份?)?\s*[-—~～–至到]\s*({_N})(?:{_MONTH_WORD}(?:份)?|{_CUM_AFTER})(?!底前|末前)"),
    # 2025年1—3季度, 一至三季度: the quarters from the first to the last named, cumulative (一、二季度 is a list)
    ("year_quarters", rf"({_YEAR})\s?年\s*(?:第)?([一二三四1-4])\s*(?:季度)?\s*[-—~～–至到]\s*(?:第)?([一二三四1-4])\s*(?:个)?季度"),
    # 今年1—10月: the months of the document's year, cumulative (an unknown year stays ?)
    ("this_year_months", rf"(?:今年|本年|当年)\s*({_FIRST_MONTH})\s*(?:月份?)?\s*[-—~～–至到]\s*({_N})(?:{_MONTH_WORD}(?:份)?|{_CUM_AFTER})(?!\d*日)"),
    ("year", rf"({_YEAR})\s?年(?:度|\s?全年)?(?!\s?\d{{1,2}}\s?[月日]|\d{{1,2}}\s?[-—~至到])"),
    ("upto_month", rf"{_UPTO}\s*(?:{_THIS_YEAR}\s?)?({_N})月(?:底|末|份)?"),
    # 9月底前, 9月30日前: a deadline within the year
    ("month_deadline", rf"({_N})月(?:底|末|\s*{_N}\s*日)前(?!{_FIRST_SPAN})"),
    # 1—7月, 1月至7月 (not 6月至12月底前, a deadline)
    # (去年10月至12月, 上年1-9月: the months of a year named by a word of time, joined to it: _join_year_word)
    ("months", rf"(?<![\d.])(?<!(?<![{_YEAR_WORD_ENDS}])年)({_FIRST_MONTH})\s*(?:月份?)?\s*[-—~～–至到]\s*({_N})(?:{_MONTH_WORD}(?:份)?|{_CUM_AFTER})(?!\d*日|底前|末前)"),
    # 年初至9月底, 年初以来至8月: from the year's start to the month's end, cumulative as 1—9月
    ("year_start_months", rf"年初(?:以来)?\s*(?:至|到)\s*({_N}){_MONTH_WORD}(?:底|末|份)?(?!\s?{_N}\s?日)"),
    ("quarters", rf"(?<![\d年])(?:第)?([一二三四1-4])\s*(?:季度)?\s*[-—~～–至到]\s*(?:第)?([一二三四1-4])\s*(?:个)?季度"),
    # 截至三季度 / 截止2023年第三季度末: a running total up to the quarter's last month, as 截至9月底
    ("upto_quarter", rf"{_UPTO}\s*(?:({_YEAR})\s?年\s?)?(?:第)?([一二三四1-4])季度(?:末|底)?"),
    ("first_months", rf"前({_N})个?月"),
    # 前三季度, 前3季度, 前两个季度: the year's first quarters, cumulative (3季度 alone is the third)
    ("first_quarters", r"前([一二两三1-3])个?季度?"),  # (前3季, as Taiwan's and Hong Kong's press write it)
    ("quarter_end", r"(?:第)?([一二三四1-4])季度(?:末|底)"),
    ("quarter", r"(?:第)?([一二三四1-4])季度"),
    # 上半年末: the month that closes the half, as 6月末 (a stock; what accrued is the half's: scope.PERIOD_END_KINDS)
    ("half_end", r"(上|下)半年(?:末|底)(?!前)"),
    # 半年报: the report of the year's first half (中卫经济"半年报"公布), as 上半年
    ("half", r"(上|下)半年|(?<![上下])半年报"),
    # 7月份以来 / 7月以来: from that month up to the text's cut-off (scope reads the end), not the one month
    # (今年5月以来: the months since May of the text's year, one mention with 今年 as 今年上半年 is: _join_this_year)
    ("month_since", rf"(?<![\d至到—\-~前])(?<!(?<![今本当])年)({_FIRST_MONTH})\s?月(?:份|[上中下]旬)?以来"),
    ("month_day", rf"(?<![\d])({_N})月\s*({_N})?(?:\s*[-—~至到]\s*{_N})?日"),
    ("month_end", rf"({_N})月(?:底|末)"),
    # 9月份,全省完成投资680亿元: one month of the year (a month opening its clause, or written with 份)
    # 6月当月完成投资: that month alone
    # 1—5月,…;5月完成投资400亿元: a month opening its clause before what was done in it is that month alone
    # (5月上旬,全县新签约项目6个: a part of the month opening its clause, the month's)
    ("month", rf"(?<![\d至到—\-~前])(?<!(?<![今本当{_YEAR_WORD_ENDS}])年)({_FIRST_MONTH})月(?:份|(?=\s*[,，])|(?=[上中下]旬\s*[,，])|(?=\s*(?:{'|'.join(zh.SINGLE_MONTH_WORDS)}))"
              rf"|(?:(?<=[,，;；。\n]\d月)|(?<=[,，;；。\n]1\d月))(?=(?:{'|'.join(zh.MONTH_DONE_VERBS)})))"),
    ("this_year", r"今年(?:以来)?|本年度|本年|当年|全年|年内|年度"),
    ("year_end", r"年底前|年底|年末"),
    # 到年,全省力争达到8个: a deadline whose year's digits a reposted page lost (到 + 年 before the clause's comma);
    # a deadline of a year unknown, as 年底前 with no year
    ("lost_year_deadline", r"(?:(?<=^)|(?<=[\s,，。;；:：、]))(?:到|至)\s?年(?=\s?[,，])"),
    # 上年末 / 去年底: the previous year's end, where a stock of the year before stood (由上年末的61.2%提高到62.0%)
    ("last_year_end", r"(?:去年|上年|上一年)(?:年)?(?:末|底)(?!前)"),
    ("last_year", r"(?:去年|上年|上一年)(?:全年)?(?!同期|末|底)|过去一年|过去的一年|一年来"),
    # 前年: the year before last (not 目前/提前/之前/以前/此前/三年前 before 年, nor 以前年度)
    ("year_before_last", rf"(?<![{zh.NOT_BEFORE_LAST_YEAR}])前年(?![度龄级])"),
    ("past_n", rf"过去({_N})年|过去的({_N})年"),
    ("next_year", r"明年|下一年"),
    ("future_n", rf"(?:未来|今后|此后)({_N})年|({_N})年内"),
    # 力争用3年时间,新增…/ 经过五年努力,…: what is to be done within that many years from the year of writing, due by
    # their end (a deadline, not a span the figure is spread over)
    ("within_n", rf"用({_N})年(?:左右)?的?时间|经过({_N})年(?:左右)?的?(?:努力|时间|奋斗)"),
    ("streak", rf"连续({_N})年"),
    ("same_period", r"(?:上年|去年|上一年)同期|同期"),
    # 这一年 / 那一年: the year just spoken of (a review part's, a paragraph's), not a span of one year back
    ("that_year", rf"(?:{'|'.join(zh.THAT_YEAR_WORDS)})(?:里|中|来)?"),
    # 规上工业增加值3年增长41.2%: a change over as many years as written right before its verb, up to the year spoken of
    ("years_back", rf"(?<![\d连续])(?:这|近|过去的?)?({_N})年来|(?:这|近)({_N})年(?![\d度内])|"
                   rf"(?<![\d连续第每前后用上下当全今本明去同跨逐个]){_YEARS_CHANGED}"),
    # ——这是综合实力跃升的五年。/ “十四五”时期是…极不平凡的五年。: the years of the part the sentence opens (scope reads
    # them in their part: a span of as many years its heading names; none outside such a part)
    ("part_years", rf"的({_N})年(?=\s*[。;；!！])"),
    ("recurring", r"每年|年均|每一年"),
    ("vague", r"近年来|近年|多年来|近几年|长期以来|历年"),
    # 项目前期, 节目前: 目 ends a word there (项目, 题目, 节目, 栏目 …), no 目前 begins
    ("status", rf"(?<![项题节栏书科数条名账细纲盲耳面])目前|当前|现有|至今|{'|'.join(zh.AS_OF_NOW_WORDS)}"),
]

# The lookahead lets the engine skip, in one test, every position no expression can start at; rx.Alternation
# tries a position only with the expressions that can start with its character.
_FIRST = r"(?=[\d一二两三四五六七八九十“\"第到至截于在前上下今本当全年去明未此连每近多长历目现过同这那元的用经半])"
# 这是…的五年 / “十四五”时期是…的五年: the copula of a sentence naming a part's years (periods "part_years")
PART_YEARS_COPULA = rx.compile(r"[是为][^。;；!！?？\n]*$")
_ALT = Alternation(_PATTERNS, _FIRST)
_RE = _ALT.whole


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    text: str
    period: str
    role: str  # point | deadline | span | recurring | vague | status | streak | base | same_period
    kind: str = ""  # the pattern that matched (future_n, plan, year, ...)


def _first_quarters(y, q: int) -> str:
    """The year's first ``q`` quarters: 前二季度 (前两个季度) is the first half, 前一季度 the first quarter, 前三季度 its
    first nine months."""
    return f"{y}-H1" if q == 2 else f"{y}-Q1" if q == 1 else f"{y}-M01..M{q * 3:02d}"


_ALL_MONTHS = rx.compile(r"(\d{4}|\?)-M01\.\.M12")


def calendar_year(period: str) -> str:
    """The period a fact states: all twelve months of a year (1—12月, 一至四季度: ``2023-M01..M12``) are that calendar
    year (``2023``); any other period as it is. (The readers keep the months, which tell a year's bulletin from a
    year's plan and a text written after the months it reports.)"""
    m = _ALL_MONTHS.fullmatch(period)
    return m.group(1) if m else period


def _n(s: str | None) -> int | None:
    v = parse_number(s or "")
    return int(v) if v is not None else None


def _y(year: int | None) -> str:
    return str(year) if year else "?"


_UP_TO_MONTH = rx.compile(r"\.\.(\d{4}|\?)-M(\d\d)")


def year_to(period: str) -> str | None:
    """The months from the year's start to a month's end (``..2023-M08`` → ``2023-M01..M08``; ``..2023-M01`` →
    ``2023-M01``): what accrued up to a cut-off (截至8月底 over a later flow, 3月末比年初增减额); None for any other
    period."""
    m = _UP_TO_MONTH.fullmatch(period)
    if m is None:
        return None
    return f"{m.group(1)}-M01" if m.group(2) == "01" else f"{m.group(1)}-M01..M{m.group(2)}"


def plan_span(text: str) -> tuple[int, int] | None:
    """十四五 → (2021, 2025); 十三五 → (2016, 2020); 六五 → (1981, 1985)."""
    m = re.search(r"(十[一二三四五六七八九]|[六七八九])(?:个)?五", text)
    if not m:
        return None
    n = _n(m.group(1))
    if n is None or n < 6:
        return None
    start = 1981 + 5 * (n - 6)
    return start, start + 4


CONGRESS_FIRST, CONGRESS_FIRST_YEAR = 16, 2002  # 党的十六大 (2002), then one every five years
_YEAR_RX = rx.compile(_YEAR)
_SMALL_NUMBER = rx.compile(rf"\d{{1,2}}(?!\d)|{_CN}")
_JAN_RX = rx.compile(r"元")


# 今年累计 / 年度累计 / 本年累计: the year's running total so far, whose time is how far the report has got (its cut-off,
# its months, the time of writing), as 截至目前 is — not the whole year (全年累计 is the year's whole total)
_YEAR_TO_DATE_WORDS = ("今年", "本年", "本年度", "年度")
_RUNNING_TOTAL_AFTER = rx.compile(r"\s?累计")


def _resolve(kind: str, m: re.Match, year: int | None) -> tuple[str, str] | None:
    g = m.group
    Y = _y(year)
    if kind == "plan_end":
        sp = plan_span(g(kind))
        return (f"..{sp[1]}", "deadline") if sp else None
    if kind == "plan":
        sp = plan_span(g(kind))
        return (f"{sp[0]}..{sp[1]}", "span") if sp else None
    # groups inside a named alternative are numbered globally; read them from the matched text instead
    t = g(kind)
    years = _YEAR_RX.findall(t)
    bare = _YEAR_RX.sub("", t)
    if kind in ("months", "year_months", "this_year_months", "month", "year_month"):
        bare = _JAN_RX.sub("1", bare, count=1)  # 元至九月: January
    nums = _SMALL_NUMBER.findall(bare)
    if kind == "year_range":
        return f"{years[0]}..{years[1]}", "span"
    if kind == "deadline_year":
        if m.string[m.end():m.end() + 2].lstrip()[:1] == "的":
            return years[0], "point"  # 从2015年的A增长到2020年的B: the value of that year, not a deadline
        return f"..{years[0]}", "deadline"
    if kind == "congress_since":
        n = _n(re.sub("大以来$", "", t))
        start = CONGRESS_FIRST_YEAR + 5 * (n - CONGRESS_FIRST) + 1 if n else None
        if start is None:
            return None
        if year and start == year:
            return Y, "point"  # (二十大以来 in a text of 2023: that year)
        return (f"{start}..{Y}", "span") if year and start < year else ("?", "span")
    if kind in ("year_since", "year_since_event", "year_part_since"):
        if year is None and kind != "year_part_since":
            # 自2015年…以来 in a text whose own year is unknown (a year it names as its own would be the year): a run
            # up to a year unknown, "?" as any span of an unknown year (never the year it opens with)
            return "?", "span"
        return (f"{years[0]}..{Y}", "span") if year and int(years[0]) < year else (years[0], "point")
    if kind == "upto_day":  # 截至6月30日: a running total up to that day, in the month grammar
        mo = _n(nums[0]) if nums else None
        yy = years[0] if years else Y
        return (f"..{yy}-M{mo:02d}", "point") if mo and 1 <= mo <= 12 else None
    if kind == "upto_year_month":
        mo = _n(nums[-1]) if nums else None
        return (f"..{years[0]}-M{mo:02d}", "point") if mo and 1 <= mo <= 12 else None
    if kind == "year_month":
        mo = _n(nums[-1]) if nums else None
        if not mo or not 1 <= mo <= 12:
            return None
        return (years[0] if mo == 12 and re.search(r"[底末]$", t) else f"{years[0]}-M{mo:02d}"), "point"
    if kind == "year_month_deadline":
        mo = _n(nums[0]) if nums else None
        return (f"..{years[0]}-M{mo:02d}", "deadline") if mo and 1 <= mo <= 12 else None
    if kind == "date":
        mo = _n(nums[0]) if nums else None
        return (f"{years[0]}-M{mo:02d}", "point") if mo and 1 <= mo <= 12 else None
    if kind == "year_first_months":
        b = _n(nums[-1]) if nums else None
        return (f"{years[0]}-M01..M{b:02d}", "point") if b and 1 <= b <= 12 else None
    if kind == "year_first_quarters":
        q = _n(nums[-1]) if nums else None
        return (_first_quarters(years[0], q), "point") if q and 1 <= q <= 3 else None
    if kind == "year_before":
        return f"..{years[0]}", "deadline"
    if kind == "year_h":
        return f"{years[0]}-H{1 if '上' in t else 2}", "point"
    if kind == "year_q":
        q = _n(nums[-1]) if nums else None
        return (f"{years[0]}-Q{q}", "point") if q else None
    if kind == "year_months":
        a, b = (_n(x) for x in nums[-2:]) if len(nums) >= 2 else (None, None)
        return (f"{years[0]}-M{a:02d}..M{b:02d}", "point") if a and b and 1 <= a <= b <= 12 else None
    if kind == "year":
        return years[0], "point"
    if kind == "upto_month":
        mo = _n(nums[0]) if nums else None
        return (f"..{Y}-M{mo:02d}", "point") if mo and 1 <= mo <= 12 else None
    if kind == "month_deadline":
        mo = _n(nums[0]) if nums else None
        return (f"..{Y}-M{mo:02d}", "deadline") if mo and 1 <= mo <= 12 else None
    if kind in ("quarters", "year_quarters"):
        a, b = (_n(x) for x in nums[-2:]) if len(nums) >= 2 else (None, None)
        yy = years[0] if years else Y
        return (f"{yy}-M{a * 3 - 2:02d}..M{b * 3:02d}", "point") if a and b and 1 <= a < b <= 4 else None
    if kind in ("months", "this_year_months"):
        a, b = (_n(x) for x in nums[:2]) if len(nums) >= 2 else (None, None)
        return (f"{Y}-M{a:02d}..M{b:02d}", "point") if a and b and 1 <= a <= b <= 12 else None
    if kind in ("first_months", "year_start_months"):
        b = _n(nums[0]) if nums else None
        return (f"{Y}-M01..M{b:02d}", "point") if b and 1 <= b <= 12 else None
    if kind == "first_quarters":
        q = _n(nums[0]) if nums else None
        return (_first_quarters(Y, q), "point") if q and 1 <= q <= 3 else None
    if kind == "upto_quarter":
        q = _n(nums[-1]) if nums else None
        return (f"..{years[0] if years else Y}-M{q * 3:02d}", "point") if q and 1 <= q <= 4 else None
    if kind == "quarter_end":  # 三季度末: the month that closes the quarter, as 9月底 (a stock or a running total)
        q = _n(nums[0]) if nums else None
        return (f"..{Y}-M{q * 3:02d}", "point") if q and 1 <= q <= 4 else None
    if kind == "quarter":
        q = _n(nums[0]) if nums else None
        return (f"{Y}-Q{q}", "point") if q and 1 <= q <= 4 else None
    if kind == "half_end":
        return (f"..{Y}-M06" if "上" in t else Y), "point"
    if kind == "half":
        return f"{Y}-H{2 if '下' in t else 1}", "point"
    if kind == "month_day":
        mo = _n(nums[0]) if nums else None
        return (f"{Y}-M{mo:02d}", "point") if mo and 1 <= mo <= 12 else None
    if kind in ("month", "month_since"):
        mo = _n(nums[0]) if nums else None
        return (f"{Y}-M{mo:02d}", "point") if mo and 1 <= mo <= 12 else None
    if kind == "month_end":  # 6月末: a stock or a running total as of the month's end, as 截至6月底 (12月末: the year)
        mo = _n(nums[0]) if nums else None
        if not mo or not 1 <= mo <= 12:
            return None
        return (Y if mo == 12 else f"..{Y}-M{mo:02d}"), "point"
    if kind == "this_year" and t in _YEAR_TO_DATE_WORDS and _RUNNING_TOTAL_AFTER.match(m.string, m.end()):
        return Y, "status"  # (1—2月,…年度累计完成投资145亿元: the year's total so far, as of the report's time)
    if kind in ("this_year", "that_year"):
        return Y, "point"
    if kind == "lost_year_deadline":
        return "..?", "deadline"
    if kind == "year_end":
        return (f"..{Y}", "deadline") if "前" in t else (Y, "point")
    if kind in ("last_year", "last_year_end"):
        return (str(year - 1) if year else "?"), "point"
    if kind == "year_before_last":
        return (str(year - 2) if year else "?"), "point"
    if kind == "past_n":
        n = _n(nums[0]) if nums else None
        return (f"{year - n}..{year - 1}", "span") if n and year and n <= 30 else None
    if kind == "next_year":
        return (str(year + 1) if year else "?"), "point"
    if kind == "within_n":
        n = _n(nums[0]) if nums else None
        if not n or not year or n > 10:
            return ("..?", "deadline") if n else None
        return f"..{year + n - 1}", "deadline"
    if kind == "future_n":
        n = _n(nums[0]) if nums else None
        if not n or not year or n > 30:
            return ("?", "span") if n else None
        return f"{year}..{year + n - 1}", "span"
    if kind == "part_years":
        n = _n(nums[0]) if nums else None
        if not n or not 1 < n <= 10 or not PART_YEARS_COPULA.search(m.string, max(0, m.start() - 40), m.start()):
            return None
        return "?", "span"
    if kind == "years_back":
        n = _n(nums[0]) if nums else None
        if not n or n > 30:
            return None
        return (f"{year - n + 1}..{year}" if year else "?"), "span"
    if kind in ("same_period", "year_same_period"):
        return "", "same_period"  # the comparison period: the scope's period a year back (scope.py)
    if kind == "streak":
        n = _n(nums[0]) if nums else None
        if not n or not year or n > 30:
            return None
        return f"{year - n}..{year - 1}", "streak"
    if kind == "recurring":
        return ("each-year", "recurring") if t != "年均" else ("", "average")
    if kind == "vague":
        return "", "vague"
    if kind == "status":
        return Y, "status"
    return None


# Times within a year that the document's year written as a word (``zh.THIS_YEAR_WORDS``) may open: 今年上半年 is one
# time, the half of this year, and a paragraph it frames is framed by the half, not by the bare year.
WITHIN_YEAR_AFTER_THIS_YEAR = {"half", "half_end", "quarter", "quarter_end", "first_quarters", "quarters", "first_months", "year_start_months", "months",
                               "month", "month_day", "month_end", "month_deadline", "month_since"}


# 去年 / 上年 / 前年 / 明年 written before a time within the year: how many years from the text's year that time is
# (zh.YEAR_WORD_OFFSETS; 过去一年 / 一年来 are spans back from the present, no year a part is taken of)
_YEAR_WORD_KINDS = ("last_year", "year_before_last", "next_year")
_FOUR_DIGITS = rx.compile(r"(?<!\d)\d{4}(?!\d)")


def _year_word_part(text: str, p: PeriodMention, q: PeriodMention) -> PeriodMention | None:
    """去年 + 10月至12月 / 上年 + 四季度 / 明年 + 3月份 written together: one mention, the part of the year the word
    counts from the text's year (2016's 去年10月至12月 is 2015-M10..M12, never the text's own months), with the word's
    kind, so a reader that counts 去年 from another year (the year spoken of: scope._spoken_period) reads it whole
    again; None when ``p`` is no such word."""
    by = zh.YEAR_WORD_OFFSETS.get(p.text)
    if p.kind not in _YEAR_WORD_KINDS or by is None:
        return None
    period = _FOUR_DIGITS.sub(lambda m: str(int(m.group()) + by), q.period)
    role = "base" if p.role == "base" else q.role
    return PeriodMention(p.start, q.end, text[p.start:q.end], period, role, p.kind)


def _join_this_year(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """今年 + 上半年 written together → one mention 今年上半年 with the half's period, role and kind; 去年 + 四季度 →
    one mention 去年四季度, the quarter of the year before (``_year_word_part``)."""
    joined: list[PeriodMention] = []
    i = 0
    while i < len(out):
        p = out[i]
        q = out[i + 1] if i + 1 < len(out) else None
        if q is not None and p.role in ("point", "base") and q.kind in WITHIN_YEAR_AFTER_THIS_YEAR \
                and not text[p.end:q.start].strip():
            if p.kind == "this_year" and p.text in zh.THIS_YEAR_WORDS:
                # (比今年上半年下降0.4个百分点: the comparison's word stands before 今年, and the half it names is the
                # base)
                role = "base" if p.role == "base" else q.role
                joined.append(PeriodMention(p.start, q.end, text[p.start:q.end], q.period, role, q.kind))
                i += 2
                continue
            part = _year_word_part(text, p, q)
            if part is not None:
                joined.append(part)
                i += 2
                continue
        joined.append(p)
        i += 1
    return joined


def find_periods(text: str, year: int | None) -> list[PeriodMention]:
    """Every time expression in ``text`` (offsets index ``text``), resolved against ``year``; the document's year
    written as a word before a time within the year is one mention with it (``_join_this_year``).

    The readers of a document ask it again of the same words (a paragraph's opening clause for each part that may
    hold it, a table's header for each of its figures): the mentions (frozen) are kept per (text, year) and each
    call gets a list of its own."""
    return list(_found_periods(text, year))


_SINCE_TAIL = rx.compile(r"\s?以来$")


@lru_cache(maxsize=4096)
def _found_periods(text: str, year: int | None) -> tuple[PeriodMention, ...]:
    out: list[PeriodMention] = []
    for m in _ALT.finditer(text):
        kind = m.lastgroup
        if kind is None:
            continue
        try:
            r = _resolve(kind, m, year)
        except (ValueError, IndexError, TypeError):
            r = None
        if r is None:
            continue
        if kind == "year_part_since" and r[1] != "span":
            # (2024年二季度以来 in a text of 2024, or of a year unknown: the part of the year it names, read as
            # without 以来)
            out.extend(p
                       for p in _found_periods(text[:m.start()] + _SINCE_TAIL.sub("", m.group()), year)
                       if p.start >= m.start())
            continue
        role = "base" if is_base(text, m.start(), m.end()) or _coordinated_base(text, out, m.start()) else r[1]
        out.append(PeriodMention(m.start(), m.end(), m.group(), r[0], role, kind))
    return tuple(_join_day_spans(text, _join_this_year(text, out)))


# 10月9日至11月26日 / 2024年7月28日—8月3日: the days of a span written with the months of both ends
DAY_SPAN_JOIN = rx.compile(r"\s*[至到—\-－~～]\s*")
DAY_SPAN_KINDS = ("date", "month_day")
_DAY_MONTH = rx.compile(r"(\d{4}|\?)-M(\d\d)")


def _join_day_spans(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """A span of days that runs from one month into a later one (2024年10月9日至11月26日, 县委巡察组…开展巡察; 7月28日至
    8月3日): one mention of the year the days lie in, as an inspection's days over two months are (scope._inspection_day),
    for neither month alone is the span's time; the end written without its year is in the start's year (never
    ``?-M11`` after 2024年10月9日 in a text whose own year is unknown).  A span within one month keeps its month; one
    across the year's end (12月28日至1月5日) is left as written.  With no year to give (5月20日至6月30日 in a text that never
    dates itself) the span keeps its months, ``?-M05..M06``: a bare ``?`` would say nothing of when it ran."""
    joined: list[PeriodMention] = []
    i = 0
    while i < len(out):
        p = out[i]
        q = out[i + 1] if i + 1 < len(out) else None
        a = _DAY_MONTH.fullmatch(p.period) if p.kind in DAY_SPAN_KINDS and p.role == "point" else None
        b = _DAY_MONTH.fullmatch(q.period) if q is not None and q.kind == "month_day" and q.role == "point" else None
        if a and b and int(a.group(2)) < int(b.group(2)) and DAY_SPAN_JOIN.fullmatch(text, p.end, q.start):
            per = a.group(1) if a.group(1) != "?" else f"?-M{a.group(2)}..M{b.group(2)}"
            joined.append(PeriodMention(p.start, q.end, text[p.start:q.end], per, "point", p.kind))
            i += 2
            continue
        joined.append(p)
        i += 1
    return joined


# 2031年3月8日至14日 / 3月8日至3月14日 / 3月8—14日: days from one day of a month to a later day of the same month (the
# month of the end written again or left out); a span running into another month is _join_day_spans' (its year)
_DAYS_OF_ONE_MONTH = rx.compile(rf"(?:{_YEAR}\s?年\s?)?({_N})\s?月\s?{_N}\s?日?\s*[至到—\-－~～]\s*(?:({_N})\s?月\s?)?{_N}\s?[日号]")


def days_of_one_month(text: str, start: int) -> int:
    """The end of a span of days within one month written at ``start`` (2031年3月8日至14日, 3月8日—3月14日, 3月8—14日:
    a week's bulletin, a check held over days), or -1 when no such span starts there (a single day, 3月8日; days over
    two months, 3月28日至4月3日, whose time is their year).  What such days report is of their month: the bulletin of
    the week of 3月8日 counts calls of March, as a notice of 3月份 does."""
    m = _DAYS_OF_ONE_MONTH.match(text, start)
    if m is None or m.group(2) is not None and _n(m.group(2)) != _n(m.group(1)):
        return -1
    return m.end()


# A comparison names the time it compares WITH, not the time the value holds in: 比一季度提高, 比2015年上升,
# 与上年同期相比, 较1-6月加快, 是2015年的1.6倍, 高于去年同期; a share names its whole: 占年度计划的70.8%.
# 和 / 与 / 同 also join words or end a name (民和前4月完成投资…): a time after them is a base only when a comparison
# follows (和去年同期相比, 与2019年持平) or the time is one a comparison is taken against (和上年, 同去年同期)
_JOINING_BASES = ("和", "与", "同")
_COMPARED_AFTER = rx.compile(r"[^，,。;；：:\n]{0,14}?(?:相比|比较|对比|持平|一样|相同|相当|基本持平)")
_PAST_BASES = ("去年", "上年", "同期", "上一年", "前一年", "上年同期", "去年同期")
_BASE_BEFORE = rx.compile(r"(?:比|较|较之|与|同|和|相比|相较|对比|高于|低于|快于|慢于|好于|优于|超过|占)\s*$")
# 完成年度计划的88% / 完成全年目标任务的76%: the year names the plan the share is taken of, not the time it holds in
_PLAN_WHOLE = rx.compile(r"(?:完成|达到|实现)\s*$")
_PLAN_AFTER = rx.compile(r"\s*(?:投资)?(?:计划|目标|任务)")
# (年度投资计划的 / 全年竣工目标任务的 / 年度计划开工的: a stage the plan is of, before or after its noun)
_PLAN_WHOLE_OF = rx.compile(r"\s*[\u4e00-\u9fff]{0,3}?(?:计划|目标|任务)[\u4e00-\u9fff]{0,3}?的")
_BASE_OF = rx.compile(r"是\s*$")
# 保持上年水平 / 稳定在上年的水平: the level of a time a figure is kept at (zh.BASE_LEVEL_NOUNS)
_KEPT_LEVEL_AFTER = rx.compile(rf"\s*(?:同期)?\s*的?\s*(?:{'|'.join(zh.BASE_LEVEL_NOUNS)})")
# 按2015年不变价计算: the price base of a computation
_PRICE_BASE = rx.compile(rf"\s*(?:的)?(?:{'|'.join(zh.PRICE_BASE_WORDS)})")
# 按2024年平均汇率折算: the exchange rate of a year a figure is converted at
_RATE_BASE = rx.compile(rf"\s*(?:的)?(?:{'|'.join(zh.RATE_BASE_WORDS)})")
_RATE_BASE_BEFORE = rx.compile(rf"(?:{'|'.join(zh.RATE_BASE_OPENERS)})\s*$")


# 年度投资完成率, 年度开工率: the year names the plan a rate is taken against; the rate holds at the report's time
# (年度计划投资进度达138%: how far the year's plan has got, as of the report's time)
_PLAN_RATE_AFTER = rx.compile(r"(?:投资|计划|目标|任务|项目)?[\u4e00-\u9fff]{0,4}?(?:率|进度)")


_PACE_AFTER = rx.compile(rf"(?:{'|'.join(zh.PACE_WORDS)})")


# 恢复到2019年的108% / 恢复至2019年同期水平的97%: the year whose level a proportion is taken of, no deadline (到 belongs
# to the verb of recovery) and no time the value holds in
_RECOVERED_BEFORE = rx.compile(rf"(?:{'|'.join(zh.RECOVERY_VERBS)})(?:到|至)?\s*(?:到|至)?$")
_OF_PROPORTION_AFTER = rx.compile(r"\s*(?:同期)?(?:水平)?的\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(?:%|％|倍|成)")


# 较1-3月、1-6月 / 比一季度和上半年: the times joined after the comparison's word are all bases it is taken against
_TIME_JOINERS = ("、", "和", "及", "与", "以及")


def _coordinated_base(text: str, found: list[PeriodMention], start: int) -> bool:
    """Whether the time starting at ``start`` is joined to a base right before it (增速分别较1-3月、1-6月回落1.2、0.4个
    百分点): 较 is written once before the list of times compared with, so the later members are bases too, not the
    time the figures hold in (the paragraph's 1-9月)."""
    if not found or found[-1].role != "base" or found[-1].end > start:
        return False
    return text[found[-1].end:start].strip() in _TIME_JOINERS


# 创近5年新高 / 创2015年以来新低 / 创十年来最好水平: the years a record is set over, after 创 (zh.RECORD_SINCE_WORDS)
_RECORD_AFTER = rx.compile(rf"\s*(?:以来)?\s*的?\s*(?:同期)?(?:{alternation(zh.RECORD_SINCE_WORDS)})")
_RECORD_SET_BEFORE = rx.compile(r"创\s*$")


def is_base(text: str, start: int, end: int) -> bool:
    """Whether the time expression at ``[start, end)`` is the base of a comparison."""
    if _PRICE_BASE.match(text, end):
        return True
    if _RATE_BASE.match(text, end) and _RATE_BASE_BEFORE.search(text, max(0, start - 3), start):
        return True
    if _RECORD_AFTER.match(text, end) and _RECORD_SET_BEFORE.search(text, max(0, start - 2), start):
        return True  # (油料产量达41.2万吨、创近8年新高: the years the record is set over, not the figure's time)
    if _OF_PROPORTION_AFTER.match(text, end) and re.search(r"\d\s?年$", text[start:end]) and \
            _RECOVERED_BEFORE.search(text, max(0, start - 6), start + 1):
        return True  # (提高到2020年的45%: the end of a change, the time its level holds in)
    if text[start:end] == "同期" and re.search(r"\d\s?年\s?$", text[max(0, start - 6):start]) and \
            _OF_PROPORTION_AFTER.match(text, start):
        return True  # (恢复到2019年同期的108%: 同期 is of the base year's)
    if text[start:end] in ("年度", "全年", "本年度", "今年") and _PLAN_WHOLE_OF.match(text, end):
        return True  # 为年度投资计划的34.5%: the plan a share is taken of
    if text[start:end] in ("年度", "本年度", "全年") and (_PLAN_RATE_AFTER.match(text, end) or _PACE_AFTER.match(text, end)):
        return True  # (超出年度时序进度10个百分点: the year's schedule a pace is measured against)
    if _KEPT_LEVEL_AFTER.match(text, end):
        return True  # 粮食产量保持上年水平 / 稳定在2023年的水平: the level of the year the figure is held to
    before = text[max(0, start - 3):start]
    if _PLAN_WHOLE.search(before) and _PLAN_AFTER.match(text, end) and text[start:end] in ("年度", "全年", "本年度"):
        return True
    m = _BASE_BEFORE.search(before)
    if m:
        if m.group().strip() in _JOINING_BASES and not _COMPARED_AFTER.match(text, end) and \
                not text[start:end].startswith(_PAST_BASES):
            return False  # (民和前4月 / 和平…: 和 ending a name, no comparison the time is the base of)
        return not re.match(r"\s*(?:以来|起|开始)", text[end:end + 3])
    return bool(_BASE_OF.search(before)) and text[end:end + 1] == "的"


def resolve(expr: str, year: int | None) -> str | None:
    """The period of one expression (``今年`` → ``2023``), or None when it is not a time expression."""
    ps = find_periods(expr, year)
    if len(ps) == 1 and ps[0].start == 0 and ps[0].end == len(expr):
        return ps[0].period
    return None


# 2019年,省里还对9个市开展了专项督查: a deed told as history after the year opening its sentence (zh.NARRATIVE_ADVERBS,
# the perfective 了 after a verb)
_NARRATIVE_DEED = rx.compile(rf"[^。!?！？;；\n]{{0,12}}?(?:{'|'.join(zh.NARRATIVE_ADVERBS)})|"
                             rf"[^。!?！？;；\n]{{0,120}}?(?<=[\u4e00-\u9fff])(?<![{zh.NOT_PERFECTIVE_BEFORE}])了"
                             rf"(?![{zh.NOT_PERFECTIVE_AFTER}])")
_OPENS_SENTENCE = rx.compile(r"(?:^|(?<=[。!?！？;；\n]))\s*$")
_CLAUSE_AFTER_YEAR = rx.compile(r"\s*[,，]")
NARRATIVE_LOOKBACK = 3000  # characters before the year looked over for the text's own times written without a year


def narrative_year(text: str, start: int, end: int) -> bool:
    """Whether the year at ``[start, end)`` (a year opening its sentence: 2019年,…) is told as history in a text that
    has already spoken of its own time without writing its year (截至6月底,…整改率93.7%。… 2019年,省里还对9个市开展了
    专项督查): a deed told with a further or earlier adverb (还, 曾, 先后) or with the perfective 了 is of a year behind
    the text, which names its own times by month, day and 今年, not by the year.  Such a year is not the text's own
    (context.stated_year), and the times of the sentences after it (截至6月底 again) are not of it (scope): a text that
    writes its year where it states its own figures (2023年,全市安排重点项目458个) keeps it."""
    if not _OPENS_SENTENCE.search(text, max(0, start - 2), start):
        return False
    comma = _CLAUSE_AFTER_YEAR.match(text, end)
    if comma is None or not _NARRATIVE_DEED.match(text, comma.end()):
        return False
    head = text[max(0, start - NARRATIVE_LOOKBACK):start]
    return any(p.period.lstrip(".").startswith("?") and p.role in ("point", "status") for p in find_periods(head, None))


# 3月至5月 / 4月、5月 / 3、4、5月 / 一、二季度: months or quarters written as a list, whose values a 分别 list gives one
# each (3月至5月,每月新开工项目分别为5个、8个、12个 → M03, M04, M05).
_MONTH_RANGE = rx.compile(rf"(?<!\d)({_N})\s*(?:月份?)?\s*(?:至|到|—|-|~)\s*({_N})\s*月份?")
# (\s*+: spaces are taken whole, as any match takes them; cut every way between the members, 1  、  2  、  3…
# of a PDF's text cost twice as much with every member)
_MONTH_ENUM = rx.compile(rf"(?<![\d])({_N})\s*+(?:月份?)?(?:\s*+[、和及与]\s*+{_N}\s*+(?:月份?)?)*\s*+[、和及与]\s*+({_N})\s*+月份?")
_QUARTER_ENUM = rx.compile(r"(?:第)?([一二三四1-4])\s*+(?:季度)?(?:\s*+[、和及与]\s*+(?:第)?[一二三四1-4]\s*+(?:季度)?)*"
                           r"\s*+[、和及与]\s*+(?:第)?([一二三四1-4])\s*+季度")


@dataclass(frozen=True)
class TimeList:
    start: int
    end: int
    unit: str  # "M" months, "Q" quarters
    items: tuple[int, ...]


def time_lists(text: str, start: int = 0, end: int | None = None) -> list[TimeList]:
    """Every list of months or quarters in ``text[start:end]`` (a range counts as the list of its members)."""
    end = len(text) if end is None else end
    out: list[TimeList] = []
    for m in _MONTH_RANGE.finditer(text, start, end):
        a, b = _n(m.group(1)), _n(m.group(2))
        if a and b and 1 <= a < b <= 12:
            out.append(TimeList(m.start(), m.end(), "M", tuple(range(a, b + 1))))
    for m in _MONTH_ENUM.finditer(text, start, end):
        items = tuple(_n(x) for x in re.findall(rf"{_N}", m.group()))
        if all(i and 1 <= i <= 12 for i in items) and list(items) == sorted(set(items)):
            out.append(TimeList(m.start(), m.end(), "M", items))
    for m in _QUARTER_ENUM.finditer(text, start, end):
        items = tuple(_n(x) for x in re.findall(r"[一二三四1-4]", m.group()))
        if all(i and 1 <= i <= 4 for i in items) and list(items) == sorted(set(items)):
            out.append(TimeList(m.start(), m.end(), "Q", items))
    return sorted(out, key=lambda t: t.start)
