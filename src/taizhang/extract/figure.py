"""A figure candidate (`Cand`) and the readers of the clause around it that facts.py and lists.py share:
where a clause starts, the kind cues of a plan compared with, a list announced or reported against, a measure's
head noun.  Split out of facts.py so that the list readers can live in their own module."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from .indicators import _posseg
from .jieba_dict import dictionary_words, tables as dictionary_tables
from .lang import alternation, zh
from .numerals import ARABIC, CHINESE
from . import rx
from .rx import gated
from .segment import Layout
from .units import HAN_UNIT_PATTERN, MAG_PATTERN, UNIT_PATTERN


TARGET_STRONG = rx.compile("|".join(zh.TARGET_STRONG))
TARGET_WEAK = rx.compile("|".join(zh.TARGET_WEAK))

ACTUAL_STRONG = rx.compile("|".join(zh.ACTUAL_STRONG))
ACTUAL_WEAK = rx.compile("|".join(zh.ACTUAL_WEAK))

SUBJECT_WORDS = rx.compile(r"全市|全地区|全区|全县|全镇|我市|我区|我县|我省|我州|我旗|本市|本区|本县|本省|该市|该县|该区|该镇|该乡|该旗|"
                           r"全州|全盟|全旗")


@dataclass
class Cand:
    vs: int
    ve: int
    value: float
    unit: str
    mend: int  # end of the whole token (unit and 以上/左右 included)
    measure: str = ""
    comparator: str = "="
    rank: bool = False
    chinese: bool = False
    approx: str = ""
    kind: str = ""
    period: str = ""
    subject: str = ""
    indicator: str = ""
    estimated: bool = False
    es: int = 0
    ee: int = 0
    group: int = -1
    item: str = ""
    inherited_period: bool = False
    cmp_fixed: bool = False
    extra: dict = field(default_factory=dict)


# Walks back or forward over 、-joined clauses stop this far from where they began (a list of thousands
# of items would otherwise be walked once per value in it).
LIST_CAP = 600

MEMBER_NAME_MAX = 30  # characters of one member's name


_JOINT_TOTAL = rx.compile("|".join(zh.JOINT_TOTAL_WORDS))  # (regex fragments: 共 not 共同)
_EACH_REACHED = rx.compile(alternation(zh.EACH_REACHED_WORDS))


def shared_subject(names: list[str], between: str = "") -> str:
    """The subject of one figure several places written one after another before it share (``between``: the text
    from the last place to the figure).  A figure each of them reached (甲县、乙县各1件; 甲区、乙市均超50亿元; 丙市、
    丁市并列第三) is stated once, so it is one fact, and its subject is one place, the first named (a joined string
    names no place); a figure they total together (甲市、乙市共有13个项目, 合计…: zh.JOINT_TOTAL_WORDS) is of them
    jointly, all named."""
    if len(names) > 1 and not _EACH_REACHED.search(between) and _JOINT_TOTAL.search(between):
        return "、".join(names)
    return names[0]


def _comma_clause_start(text: str, layout: Layout, p: int) -> int:
    """Start of the clause holding ``p`` when 、 does not split clauses (walked back over 、 while less than
    ``LIST_CAP`` characters before ``p``; the layout walks each run once: ``Layout.joined_clause_start``)."""
    cs, _ = layout.clause_of(p)
    if cs < 2 or text[cs - 1] != "、" or p - cs >= LIST_CAP:
        return cs  # (most clauses: no 、 before them)
    if layout.text is text:
        return layout.joined_clause_start(p, LIST_CAP)
    while cs >= 2 and text[cs - 1] == "、" and p - cs < LIST_CAP:
        cs, _ = layout.clause_of(cs - 2)
    return cs


_CUE_STRONG = rx.compile(gated(f"(?P<t>{TARGET_STRONG.pattern})|(?P<a>{ACTUAL_STRONG.pattern})"))
_CUE_WEAK = rx.compile(gated(f"(?P<t>{TARGET_WEAK.pattern})|(?P<a>{ACTUAL_WEAK.pattern})"))

_BASE_STATUS = rx.compile(r"(?:从|由)(?:目前|当前|现在|现有|现)的?")
_PLAN_QUALIFIERS = rf"(?:(?:19|20)\d\d年|今年|本年)?(?:{alternation(zh.TARGET_COMPARED_QUALIFIERS + zh.TARGET_COMPARED_MEASURES)}){{0,3}}"
_PLAN_NOUN = rf"(?:{alternation(zh.PLAN_COMPARED_NOUNS)})(?:目标|任务|数|进度)?"
_PLAN_COMPARED = rx.compile(
    rf"(?:{alternation(zh.WITH_PREPOSITIONS)}){_PLAN_QUALIFIERS}{_PLAN_NOUN}(?:{alternation(zh.PLAN_COMPARED_ENDS)})|"
    rf"(?:{alternation(zh.TARGET_COMPARED)}){_PLAN_QUALIFIERS}{_PLAN_NOUN}|"
    rf"(?:{alternation(zh.ACHIEVED_SHARE_VERBS)}){_PLAN_QUALIFIERS}{_PLAN_NOUN}的|"
    # 完成全年竣工目标任务的52.5% / 占年度开工计划的80%: a stage the plan is of may stand before its noun, the share
    # written right after (a number, or the end of the words read)
    rf"(?:{alternation(zh.ACHIEVED_SHARE_VERBS)}){_PLAN_QUALIFIERS}[\u4e00-\u9fff]{{1,4}}?{_PLAN_NOUN}的"
    rf"(?=\s*(?:[\d一二两三四五六七八九十百]|$))")


def _plan_compared_masked(seg: str) -> str:
    """``seg`` with every outturn-against-plan phrase masked (same length): 与年度计划目标持平, 高于计划目标, 完成全年目标的
    name the plan a figure is measured against, and commit nothing (zh.PLAN_COMPARED_NOUNS)."""
    if not any(w in seg for w in zh.PLAN_COMPARED_NOUNS):
        return seg
    return _PLAN_COMPARED.sub(lambda m: "#" * len(m.group()), seg)


_KEPT_YEAR = rf"(?:{alternation(zh.BASE_LEVEL_YEARS)}|(?:19|20)\d\d\s*年)"
_KEPT_LEVEL = rx.compile(
    rf"{_KEPT_YEAR}\s*的?\s*(?:{alternation(zh.BASE_LEVEL_NOUNS)})|"
    rf"(?:{alternation(zh.WITH_PREPOSITIONS)})\s*{_KEPT_YEAR}[^,，;；。:：\d]{{0,4}}?(?:{alternation(zh.BASE_LEVEL_ENDS)})")


# A target met or measured against: 提前超额完成全年新开工目标任务 / 圆满完成市下达的目标任务 / 完成年目标任务12500人的98.5%
# / 比年目标任务4%低0.63个百分点 / 占前三季度目标任务78.5% (a verb of meeting, comparing or a share, then the target's
# name), and a target a share is taken of with its verb left out (…,市民生工程目标任务的127%)
_MET_GOALS = alternation(zh.MET_TARGET_NOUNS)
_MET_TARGET = rx.compile(rf"(?:{alternation(zh.MET_TARGET_VERBS)})[^,，;；。:：!！?？\d]{{0,12}}?(?P<goal>{_MET_GOALS})|"
                         rf"(?P<whole>{_MET_GOALS})的(?=\s*(?:\d|$))")


def _met_target_masked(seg: str) -> str:
    """``seg`` with the name of every target met, compared with or taken a share of masked (same length): 超额完成全年
    新开工目标任务,完成投资56亿元 reports what was done, the target names what it was measured by and commits nothing
    (TARGET_STRONG reads 目标任务 as a commitment); the verb stays, and so does a commitment before it (确保完成全年目标
    任务, 要求…完成)."""
    if "目标" not in seg and "任务" not in seg:
        return seg

    def mask(m: re.Match) -> str:
        g = "goal" if m.group("goal") else "whole"
        return m.group()[:m.start(g) - m.start()] + "#" * len(m.group(g)) + m.group()[m.end(g) - m.start():]
    return _MET_TARGET.sub(mask, seg)


def _kept_level_masked(seg: str) -> str:
    """``seg`` with every level kept of a year gone by masked (same length): 保持上年水平, 与上年持平 name the base
    the clause holds its figure to, not a time reported on, and neither report nor commit (zh.BASE_LEVEL_YEARS)."""
    return _KEPT_LEVEL.sub(lambda m: "#" * len(m.group()), seg)


# 聚焦“两确保”、奋进“一率先” / 打好“保开工”攻坚战: a short name in quotation marks (a slogan, a campaign) holds its cue words
# as a name's parts; they commit or report nothing (no figure, no clause mark inside: a quoted speech is longer)
_QUOTED_NAME = rx.compile(rf"“[^“”\d\n,，;；。]{{1,{zh.QUOTED_NAME_MAX}}}”")


def _cues(seg: str, strong: bool) -> list[tuple[int, str]]:
    """(position, kind) of every cue in ``seg``, in order: one regex pass.

    从目前的X增加到Y: 目前 describes the base X, it is no cue for what comes after (masked, same length); nor is a cue
    word inside a short quoted name (“两确保”: _QUOTED_NAME); an outturn
    set against the plan (与年度计划目标持平) names the plan, no commitment (masked alike); nor does a level kept
    of a year gone by (保持上年水平, 与上年持平) report anything.
    """
    if "从" in seg or "由" in seg:
        seg = _BASE_STATUS.sub(lambda m: "#" * len(m.group()), seg)
    if "“" in seg:
        seg = _QUOTED_NAME.sub(lambda m: "#" * len(m.group()), seg)
    seg = _met_target_masked(_kept_level_masked(_plan_compared_masked(seg)))
    rx = _CUE_STRONG if strong else _CUE_WEAK
    return [(m.start(), "target" if m.lastgroup == "t" else "actual") for m in rx.finditer(seg)
            if not _cue_in_noun(seg, m.start(), m.end())]


# jieba's tags of a word that names a thing (计划生育 l, 计划单列市 n, 建成区 n, 成功率 n, 派出所 n), and the least
# frequency of such a word read as one (the dictionary's rarest entries, 努力完成 n 3, 确保安全 n 3, are phrases it
# happens to hold, no nouns)
CUE_NOUN_TAGS = ("n", "l", "nz", "nt", "j")
CUE_NOUN_MIN_FREQ = 10
_CUE_NOUN_REACH = 8  # Han characters read on either side of the cue for the route through its words
_HAN_CHAR = re.compile("[\u4e00-\u9fd5]")


def _cue_in_noun(seg: str, s: int, e: int) -> bool:
    """Whether the cue word ``seg[s:e]`` (two characters or more) is only the first part of a longer noun of the
    dictionary on the route of words through its text: 人口和计划生育支出3.2亿元 (计划 of 计划生育), 作为计划单列市,
    建成区绿化覆盖率, 创业成功率, 派出所.  There it names a thing, no intention or deed, so it cues no kind (and no
    kind runs on from it to the next items of a list).  Read on word boundaries: 签约国内企业10家 is 签约 / 国内, and
    its 签约 still reports.  A cue of one character is guarded by its own pattern (将 not 将近, 要 not 要素)."""
    if e - s < 2:
        return False
    freq, tags = dictionary_tables()
    longer = False
    for k in range(e + 1, min(len(seg), e + 4) + 1):
        w = seg[s:k]
        if freq.get(w) is None:
            break  # no word of the dictionary goes on with these characters
        if freq[w] >= CUE_NOUN_MIN_FREQ and tags.get(w, "").startswith(CUE_NOUN_TAGS):
            longer = True
            break
    if not longer:
        return False
    a, b = s, e
    while a > max(0, s - _CUE_NOUN_REACH) and _HAN_CHAR.match(seg, a - 1):
        a -= 1
    while b < min(len(seg), e + _CUE_NOUN_REACH) and _HAN_CHAR.match(seg, b):
        b += 1
    at = a
    for w, tag in dictionary_words(seg[a:b]) or ():
        if at == s:
            return len(w) > e - s and freq.get(w, 0) >= CUE_NOUN_MIN_FREQ and tag.startswith(CUE_NOUN_TAGS)
        if at > s:
            return False  # (the cue starts inside a word of the route: its pattern's own guards read that)
        at += len(w)
    return False


def _cue_cuts() -> tuple[str, int, int]:
    """The marks after which a text's strong cues may be read piece by piece (the characters no strong cue's match and
    no mask of ``_cues`` reads: a sentence's 。 and ；, a clause's commas), the characters before a piece its
    look-behinds read, and how far past a piece its look-aheads read (rx.split_reaches: 将(?![^。;；]{0,40}?如下) reads
    past a clause's comma; no look-ahead reads 。): worked out from the patterns, so that a word list's change that
    reads such a mark only makes the pieces longer, or read further."""
    marks, reach, ahead = "", 0, 0
    for ch in "。;；,，":
        got = rx.split_reaches(_CUE_STRONG, ch)
        if got is not None and all(rx.split_reaches(m, ch) == (0, 0) for m in (_BASE_STATUS, _PLAN_COMPARED,
                                                                            _KEPT_LEVEL, _MET_TARGET)):
            marks, reach, ahead = marks + ch, max(reach, got[0]), max(ahead, got[1])
    return marks, reach, ahead


CUE_CUTS, CUE_CUT_REACH, CUE_CUT_AHEAD = _cue_cuts()


_REPORT_TIME = rx.compile(alternation(zh.REPORT_TIME_WORDS) + r"|[1-9一二三四五六七八九十]+[-—至][0-9一二三四五六七八九十]+月|" +
                          zh.REPORT_AS_OF)

_LIST_ANNOUNCED = rx.compile(rf"(?:{alternation(zh.LIST_ANNOUNCE_VERBS)})[^,，;；。:：\n]{{0,16}}?"
                             rf"(?:{alternation(zh.PROJECT_NOUNS)})")
_LIST_SIZE = rx.compile(alternation(zh.LIST_SIZE_WORDS))
_LIST_DOING = rx.compile(alternation(zh.LIST_DOING_WORDS) + "|" + _REPORT_TIME.pattern)

# the plan's amount named by its deed (年度计划完成投资, 当年计划完成投资): 计划 right before the deed word, not
# 按计划完成 / 超计划完成 (done as planned, beyond the plan)
_PLAN_AMOUNT_NAMED = rx.compile(rf"(?<![{zh.PLAN_DONE_AS_MARKS}])计划\s*$")


def plan_amount_named(text: str, at: int, lo: int = 0) -> bool:
    """Whether the deed word at ``at`` (完成投资, 开工率 …) names a plan's amount with 计划 right before it
    (年度计划完成投资487亿元, 计划开工率), no work done; ``lo``: where the word's clause starts."""
    return _PLAN_AMOUNT_NAMED.search(text, max(lo, at - 4), at) is not None
_LIST_YEAR = rx.compile(r"去年|上年|今年|本年|明年|(?:19|20)\d\d年")
LIST_ANNOUNCE_REACH = 1500  # characters after the list's sentence read for work reported against it


def _past_list_year(text: str, lo: int, hi: int, year: int | None) -> bool:
    """Whether the last year ``text[lo:hi]`` names (去年, 2024年, 今年) is one gone by for a text of ``year``."""
    last = None
    for last in _LIST_YEAR.finditer(text, lo, hi):
        pass
    return last is not None and (last.group() in ("去年", "上年") or
                                 last.group()[:4].isdigit() and bool(year) and int(last.group()[:4]) < year)


# 第一季度重点项目集中开工活动 / 一季度重大项目集中签约仪式: the event a time word names, its own words after it
_EVENT_AFTER_TIME = rx.compile(rf"[^,，;；。:：\n\d]{{0,16}}?(?:{alternation(zh.EVENT_OWN_WORDS)})")


def _event_time(text: str, layout: Layout, m: re.Match) -> bool:
    """Whether the time word matched by ``m`` (一季度, 上半年) names a works event held in that time (第一季度重点项目集中
    开工活动), no cut-off work is reported as of: a batch started is no report on the year's list it is a part of, whose
    totals the page announces beside it (今年计划实施重点项目150个,总投资980亿元 stays the plan)."""
    return m.group() in zh.REPORT_TIME_WORDS and \
        _EVENT_AFTER_TIME.match(text, m.end(), layout.clause_of(m.start())[1]) is not None


def _reports_doing(text: str, layout: Layout, lo: int, hi: int, year: int | None = None) -> bool:
    """Whether ``text[lo:hi]`` reports work done (完成投资, 已开工, 1-8月, 占年度计划): a doing word its own clause commits
    to (计划完成投资80亿元, 力争开工率达到90%) is planned, no report; with ``year``, one in a sentence of a year gone by
    reports on another list."""
    for m in _LIST_DOING.finditer(text, lo, hi):
        cs, _ = layout.clause_of(m.start())
        if any(k == "target" and cs + at < m.start() for at, k in _cues(text[cs:m.end()], True)):
            continue
        if plan_amount_named(text, m.start(), cs):
            continue  # 年度计划完成投资487亿元: the amount the year's plan holds, no work done
        if _event_time(text, layout, m):
            continue  # 举行2023年第一季度重点项目集中开工活动: the quarter names the event, no time reported as of
        if year is not None and _past_list_year(text, max(lo, layout.sent_of(m.start())[0]), m.start(), year):
            continue
        return True
    return False


_TIME_WORDS = rx.compile(
    # 2023年度全省先进县: the year as a year of accounts (年度计划, 年度目标 are measures of their own: 2023年度计划投资
    # loses its year, 年度 stays with the measure, never 度 alone)
    r"(?:19|20)\d\d(?=年度(?:计划|目标|任务))|(?:19|20)\d\d年(?:底|末|度)?|今年(?:以来)?|明年(?:底|末)?|年末|年初|年底|上半年|下半年|全年|年内|年底前|年底|(?:去|上)年(?:底|末)?|(?:第|前)?[一二三四1-4]个?季度(?:末|底)?|"
    # 1-12月份: 份 belongs to the month span, never to the measure after it
    r"\d{1,2}[-—至~～]\d{1,2}月份?|截至\d{1,2}月份?(?:底|末)?|前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个?月份?|"
    r"\d{1,2}月份?(?:底|末)?|"
    # 8日当天 / 14日 / 当日: a day of the page's month (scope._with_page_days), no part of what was done on it
    r"\d{1,2}日(?:当天|当日)|当天|当日|"
    r"[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,3}月份?|[“\"]?十[一二三四五六七八九]五[”\"]?(?:期末|时期|期间|内)?|"
    r"未来\d+年|未来[一二三四五六七八九十]年|每年|截至|截止|目前|当前|近年来|连续[\d一二三四五六七八九十]+年|"
    # 五年来 / 十年间 / 过去五年 / 近三年: the span a review speaks of, no part of a measure's name
    r"(?:过去|近)[一二三四五六七八九十两]{1,2}年(?:来|间|以来)?|[一二三四五六七八九十两]{1,2}年(?:来|间|以来)|"
    # 到 only as a deadline (到2025年, 到“十四五”末): 到位资金 is a word
    r"到(?=(?:19|20)\d\d|[“\"]?十[一二三四五六七八九]五|本世纪|年底|年末|第?[一二三四]季度|\d{1,2}月)")

# (第19批 / 第十九批: a batch's ordinal, never a figure to take out of a name, nor its last digits: 第十 would be left;
# a token never starts inside a number)
_VALUE_TOKEN = rx.compile(rf"(?<![\d.])(?!(?<=第)\d+(?:{alternation(zh.ORDINAL_BATCH_UNITS)})){ARABIC}(?:%?\s?[-—~至到]\s?{ARABIC})?(?:{MAG_PATTERN})?(?:多|余|来)?"
                          rf"(?:{UNIT_PATTERN})(?:及以上|及以下|或以上|或以下|以上|以下|左右)?|"
                          rf"(?<![第零〇一二两三四五六七八九十百千]){CHINESE}(?:{MAG_PATTERN})?(?:多|余|来)?(?:{HAN_UNIT_PATTERN})")


def _strip_names(s: str, names: list[str]) -> str:
    for n in names:
        if n and n in s:
            s = s.split(n)[-1] if s.endswith(n) is False else s.replace(n, "")
    return s


_IND_RE3 = rx.compile(r"[(（][^()（）]{0,20}[)）]")

_LISTED_BODY = rx.compile(rf"[\u4e00-\u9fff()（）]{{1,10}}?(?:{alternation(zh.LISTED_BODY_ENDS)})")

_MONTH_WORDS = rx.compile(alternation(zh.SINGLE_MONTH_WORDS))

_BODY_RANKER = rx.compile(rf"(?:{alternation(zh.LISTED_BODY_RANKERS)})")

# 其中, / 分市看, / 从地区分布看: an opener that says a list of parts follows and names nothing measured
_LIST_OPENER = r"其中|[分从按][^,，:：;；。\d]{1,10}?(?:来看|看|分)"

_LISTED_PLACE = rx.compile(rf"[\u4e00-\u9fff]{{2,10}}?(?:{alternation(tuple(zh.PLACE_LEVEL_CHARS) + ('街道', '开发区', '新区'))})")


_BODY_END = rx.compile(rf"(?:{alternation(zh.LISTED_BODY_ENDS)})$")


def kind_of_body(name: str, end: int) -> bool:
    """医院, 民营医院, 公立医院: a body's ending (at ``end``) alone or after a class of units only (zh.PLACED_UNIT_CLASSES)
    names the kind of body a list counts (医院16个,其中:公立医院9个), no body of its own."""
    return end == 0 or name[:end] in zh.PLACED_UNIT_CLASSES


def _listed_place(name: str, names: list[str]) -> bool:
    """A place or body a list names (a known place, or a name ending as places and bodies end; a kind of body is none)."""
    return name in names or name in zh.LISTED_LEVEL_BODIES or \
        bool(_LISTED_PLACE.fullmatch(name) or _LISTED_BODY.fullmatch(name) and
             not kind_of_body(name, _BODY_END.search(name).start())) and \
        not SUBJECT_WORDS.fullmatch(name)


_LEAD_TAIL = rx.compile(rf"(?:{alternation(zh.LIST_LEAD_TAILS)})+$")
WHOLE_LOOKBACK = 600  # characters back to the whole a place's part is a part of

_SET_QUANTIFIER = rx.compile(rf"^(?:{alternation(zh.SET_QUANTIFIERS)})+(?=[\u4e00-\u9fff]{{2}})")
_PART_ITEM_LEAD = rx.compile(rf"\s*(?:其中)?\s*[,，:：]?\s*(?:{alternation(zh.ITEM_HAVE_WORDS)})?\s*")


_COMMAS_SPACES = rx.compile(r"[,，:：\s]")


def _breakdown_whole(text: str, layout: Layout, c: Cand, by_vs: list[Cand], i: int) -> tuple[Cand, int] | None:
    """The count a part's figure breaks down, and where the part's own words start: the whole is written just before
    a bracket holding the parts (建设项目20项(省级5项、市级6项)) or before the 其中 opening them (…20项,其中省级5项、
    市级6项); the parts before this one are items of the same list (a label and a figure each)."""
    ss, _ = layout.sent_of(c.vs)
    k = max(ss, max(text.rfind(ch, ss, c.vs) for ch in "、,，;；(（") + 1)
    o = max(text.rfind("(", ss, c.vs), text.rfind("（", ss, c.vs))
    if o >= 0 and (")" in text[o:c.vs] or "）" in text[o:c.vs]):
        o = -1
    j = text.rfind("其中", ss, c.vs)
    opener = o if o >= 0 else j
    if opener < 0:
        return None
    start = opener + (1 if o >= 0 else 2)
    k = max(k, start)
    first = _PART_ITEM_LEAD.match(text, start, k).end()
    if not _only_items(text, first, k, []):
        return None  # (words of another clause between the opener and this part)
    wholes = [x for x in by_vs[:i] if ss <= x.vs < opener and x.measure == "count" and not x.rank and x.indicator
              and x.unit == c.unit and x.value > c.value]
    if not wholes:
        return None
    w = wholes[-1]
    between = text[w.mend:opener]
    if re.search(r"\d", between) or (o >= 0 and re.search(r"[,，;；:：。]", between)) or \
            (o < 0 and len(_COMMAS_SPACES.sub("", between)) > 12):
        return None  # the bracket or 其中 follows the whole's own clause
    return w, k


_STATUS_LEAD = rx.compile(alternation(zh.PART_STATUS_LEADS))
_STATUS_PRED = rx.compile(rf"(?:{alternation(zh.PART_STATUS_LEADS)})[\u4e00-\u9fff]{{1,6}}")

_HEAD_NOUN = rx.compile(rf"的|{alternation(zh.GENERIC_HEADS + zh.PROJECT_LIST_HEADS)}")


def _status_only(s: str) -> bool:
    """正在办理, 已整改到位, 尚未整改: a status word and its verb, no noun of what is counted."""
    m = _STATUS_PRED.fullmatch(s)
    return m is not None and not _HEAD_NOUN.search(s) and (len(s) - len(_STATUS_LEAD.match(s).group()) <= 4 or
                                                           _bare_verb(s))


_LISTED_ITEM = rx.compile(rf"\s*[\u4e00-\u9fff()（）]{{2,14}}?(?:{alternation(zh.ITEM_HAVE_WORDS)})?\s*"
                          rf"(?:{ARABIC}|{CHINESE})(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})[^,，;；、]{{0,20}}[,，;；、]\s*")


def _only_items(text: str, a: int, b: int, names: list[str]) -> bool:
    """True when text[a:b] is items of a list, each a place (or a name) with its figures, or nothing (a reader asking
    for every figure of a list reads its items once with ``listed_items``)."""
    return listed_items(text).whole(a, b)


def listed_items(text: str) -> rx.Chain:
    """``_only_items`` of ``text`` as ``.whole(a, b)``, each item read once for all the figures that ask
    (``rx.Chain``: 甲县12个、乙县9个、… asked from the list's lead up to each figure)."""
    def step(pos: int, b: int) -> int | None:
        m = _LISTED_ITEM.match(text, pos, b)
        return None if m is None else m.end()
    return rx.Chain(step)


_UP_TO_DE = rx.compile(r"^[^的]{1,12}的(?=[\u4e00-\u9fff]{2})")


@functools.lru_cache(maxsize=4096)
def _set_name(indicator: str) -> str:
    """The set a count names without the verb that counted it: 谋划实施重大项目 → 重大项目, 排查安全隐患 → 安全隐患,
    纳入考核的督办事项 → 督办事项; "" when the name does not end in a noun (新增就业: no set)."""
    name = _UP_TO_DE.sub("", indicator)
    toks = [(w.word, w.flag) for w in _posseg().lcut(name)]
    if not toks or not toks[-1][1].startswith(("n", "j", "i", "l")):
        return ""
    i, rest = 0, len(name)
    # leading verbs off while three characters stay (督办事项 keeps 督办: 事项 alone is no set)
    # (a verb of one character is the tagger's split of a word: 受|理工|单 is 受理 工单)
    # (实施类项目 keeps 实施: a class named by a verb and 类 is one noun)
    while i < len(toks) - 1 and toks[i][1].startswith(("v", "d", "p", "c", "u")) and rest - len(toks[i][0]) >= 3 \
            and (len(toks[i][0]) > 1 or toks[i][1] != "v") and not toks[i + 1][0].startswith("类"):
        rest -= len(toks[i][0])
        i += 1
    return "".join(w for w, _ in toks[i:])


_PART_MEASURE = rx.compile(rf"(?:{alternation(zh.PART_MEASURES)})$")

_HEADLESS = rx.compile(rf"(?:{alternation(zh.PROJECT_NOUNS)})?(?:{alternation(zh.HEADLESS_QUALIFIERS)})*(?:{alternation(zh.HEADLESS_MEASURES)})"
                       r"(?:占[\u4e00-\u9fff]{1,12}?(?:的)?(?:比例|比重)?|占比|比例|比重|进度)?")
_STAGE_ONLY = rx.compile(rf"(?:已|其中)?(?P<stage>{alternation(tuple(zh.PROJECT_LIST_STAGES))})")
_NOUN_ONLY = rx.compile(rf"(?:{alternation(zh.PLAN_LIST_VERBS)}|共|共有|共计)?(?:{alternation(zh.PROJECT_NOUNS)})")


def _headless(c: Cand) -> str:
    """"amount" when a figure is named by a measure alone (总投资, 累计完成投资, 完成率), "stage" when a count is named
    by a project's stage alone (续建29项, 新建15个), "noun" when by the bare noun (项目15个), else ""."""
    if c.item or c.rank or not c.indicator:
        return ""
    bare = _TIME_WORDS.sub("", c.indicator)
    if c.measure in ("level", "share", "delta") and _HEADLESS.fullmatch(bare):
        return "amount"
    if c.measure == "count" and _STAGE_ONLY.fullmatch(bare):
        return "stage"
    if c.measure == "count" and _NOUN_ONLY.fullmatch(bare):
        return "noun"
    return ""


_LEVEL_ONLY = rx.compile(r"(?:国家|中央|省|市|县|区|州|乡|镇|乡镇|村|部|厅)级")
_LEVEL_LEAD = rx.compile(r"^(?:国家|中央|全省|全市|全县|省|市|县|区|州)(?:级)?(?=[\u4e00-\u9fff]{2})")
_DANGLING_WORDS = frozenset(zh.DANGLING_WORDS)  # 达到和基本达到: 基本 is an adverb here, whatever the tagger says
_DEGREE_PART_WORDS = frozenset(zh.DEGREE_PART_WORDS)  # 部分属实: how much of the verdict holds, no noun


def _noun_word(word: str, tag: str) -> bool:
    """Whether a word of two or more characters is tagged a noun (n…, vn, j…) and is none of the adverbs or degree
    words ``_bare_verb`` lets pass (a single character's tag is the HMM's to give: never judged here)."""
    return len(word) >= 2 and tag.startswith(("n", "vn", "j")) and word not in _DANGLING_WORDS and \
        word not in _DEGREE_PART_WORDS


@functools.lru_cache(maxsize=4096)
def _bare_verb(phrase: str) -> bool:
    """True when a phrase is only a verb (办结, 已开工, 正在推进, 未按时限推进): what it counts was left out."""
    if not phrase or len(phrase) > 10:
        return False
    words = dictionary_words(phrase)
    if words is not None and (_noun_word(*words[0]) or len(words[-1][0]) >= 2 and words[-1][1] != "v"):
        return False  # the dictionary's first or last word decides it: the tagger's HMM (1 ms) could not change that
    toks = [(w.word, w.flag) for w in _posseg().lcut(phrase)]
    return bool(toks) and toks[-1][1] == "v" and all(not f.startswith(("n", "vn", "j")) or w in _DANGLING_WORDS or
                                                    w in _DEGREE_PART_WORDS or (i > 0 and toks[i - 1][1] == "p")
                                                    for i, (w, f) in enumerate(toks))


@functools.lru_cache(maxsize=4096)
def _predicate_end(phrase: str) -> bool:
    """True when a name ends in a verb or a set phrase of one (阶段性办结, 核查属实, 生猪出栏, 刑事拘留): it says what
    was done or found, so it has no noun at its end that a sibling left without one (未办结, 不属实, 约谈) could take."""
    toks = _posseg().lcut(phrase) if phrase else []
    return bool(toks) and len(toks[-1].word) >= 2 and toks[-1].flag in ("v", "i")


@functools.lru_cache(maxsize=4096)
def _counted_noun(indicator: str) -> str:
    """The thing an earlier count counts: 承办督办事项 → 督办事项, 研究议定事项 → 议定事项, 重点项目 stays."""
    toks = [(w.word, w.flag) for w in _posseg().lcut(indicator)]
    k = 0  # where the noun starts: after the verb opening the count's clause
    # (12345热线共受理工单 → 工单, 乙督察组累计交办信访件 → 信访件: the line or body that took or handed the items in and
    # the adverb totalling them are who counted, not what: the noun starts after the adverb, its verb taken off below)
    at = next((i for i in range(len(toks) - 2, 0, -1)
               if toks[i][0] in zh.SUM_ADVERBS and toks[i + 1][1] == "v"), -1)
    if at > 0:
        k = sum(len(w) for w, _ in toks[:at + 1])
        toks = toks[at + 1:]
    flags = ("v", "vn")
    for word, flag in toks[:-1]:
        # (滚动实施县级重大项目 → 县级重大项目: a run of verbs, how and what was done, none of it what is counted)
        if flag not in flags or len(indicator) - k - len(word) < 3 or indicator.startswith("类", k + len(word)):
            break  # (实施类项目: a class named by a verb and 类 is one noun)
        k += len(word)
        flags = ("v",)  # (开工建设重点项目: a verbal noun after the verb is what was done, kept)
    return indicator[k:]


def _join_overlap(verb: str, noun: str) -> str:
    """未开工 + 开工项目 → 未开工项目: the words the verb ends in and the noun begins with are written once."""
    for k in range(min(len(verb), len(noun) - 1), 1, -1):
        if noun.startswith(verb[-k:]):
            return verb + noun[k:]
    return verb + noun
