"""One resolution of regions per document: the gazetteer's scan of ``Doc.norm``, read by every stage.

Meta, facts and projects each asked the gazetteer about the whole document or a window of it.  The
layer scans ``Doc.norm`` once with the towns' automaton (every level) and keeps the surface hits with
their offsets; a stage asking about ``norm[start:end]`` gets the hits lying inside the window (found by
bisecting the starts) and the gazetteer's own acceptance and best-guess rules applied to them, so the
answer is what ``Gazetteer.find`` gives for that window's text, with document offsets.

Two kinds of surface are read with the sentence around them: a region name that is a verb there
(县督查办会同县发改局: 会同 "together with", not 会同县) is no hit at all; a place written at the head of a
company's or park's name (上海恒川机械, 成都市锦辉物流园) is a hit of that name, which stages counting the
places a text is about ask to leave out (``find(..., in_names=False)``); so is a place in a photo's caption (图:青川市
街景, 图为…一角, (某某 摄)): the caption shows a picture, it does not say whose the figures are.

A short surface (a short name, or a full name of two characters: 开县) whose first character makes a word with the
character before it (召开|县委: 召开县 is no 开县; 隆重|庆祝: no 重庆) is no hit either: when that pair is a word of
jieba's dictionary, jieba's segmentation of the surrounding characters decides whether a word starts at the hit
(向|上海 keeps 上海, 到|达州市 keeps 达州).  A full name of three or more characters always counts.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from . import rx
from .jieba_dict import dictionary_cut
from .lang import alternation, zh
from .lang import zh_projects
from .regions import COUNTY, PREFECTURE, PROVINCE, TOWN, Gazetteer, Region, RegionHit, written_as

_VERB_NAME = rx.compile(alternation(zh.VERB_PLACE_NAMES))
# a brand of 2-6 characters and a company or park head right after a place: 上海|恒川|机械, 成都市|锦辉|物流园
_NAME_AFTER = rx.compile(rf"(?P<brand>[\u4e00-\u9fff]{{2,6}}?)(?:{alternation(zh.COMPANY_HEADS + zh.NAMED_PARK_HEADS)})")
# a brand opens with no generic modifier (重点, 现代) and holds no verb or particle (举行, 的, 等); one-character stop
# words other than particles (建 in 城建, 所 in 所属) are brand characters
_NOT_BRAND = rx.compile(rf"^(?:{alternation(zh_projects.GENERIC_WORDS)})|"
                        rf"{alternation(w for w in zh_projects.STOP_WORDS if len(w) > 1)}|[的和与及等在是了将对为已要]|"
                        r"[省市县区州盟旗镇乡村]$|街道$")


def conjoined_level(text: str, start: int, hit_ends: frozenset[int]) -> bool:
    """Whether a region surface at ``start`` opens with the conjunction joining two levels (城市和县人民政府所在地: no
    和县): 和 right after a level's character that ends no place's name (马鞍山市和县 names the county)."""
    return start > 0 and text.startswith(zh.CONJUNCTION_PLACE_HEADS, start) and \
        text[start - 1] in zh.PLACE_LEVEL_CHARS and start not in hit_ends


def verb_homograph(text: str, start: int) -> bool:
    """Whether a region surface at ``start`` is a verb of the sentence (…办会同县发改局)."""
    return (bool(_VERB_NAME.match(text, start)) and start > 0
            and (text[start - 1] in zh.UNIT_END_CHARS or text[start - 1] in zh.VERB_LEAD_CHARS))


WORD_BEFORE_MAX = 4  # characters of a dictionary word ending on a surface's first character (太行山|西麓: 3)
_JIEBA_TABLES: list = []  # (jieba, its prefix table) once loaded: asked for every region hit of every document


def _jieba_tables():
    if _JIEBA_TABLES:
        return _JIEBA_TABLES[0]
    from . import jieba_dict
    try:
        freq, _ = jieba_dict.tables()
        _JIEBA_TABLES.append((jieba_dict.jieba(), freq))
        return _JIEBA_TABLES[0]
    except (ImportError, OSError):  # jieba or its dictionary missing: no hit is judged a word's tail
        return None, None


def bound_to_word(text: str, start: int, end: int, regions: Iterable[Region] = ()) -> bool:
    """Whether the region surface ``text[start:end]`` (naming ``regions``) begins inside a word (召开县委 →
    召开|县委: no 开县; 洞庭湖南岸 → 洞庭湖|南岸: no 湖南, 太行山西麓 → 太行山|西麓: no 山西).  Asked when a word of
    jieba's dictionary ends on the surface's first character (召开, 洞庭湖); its cut of the characters around
    then decides whether a word starts at the surface (向|上海 keeps 上海, 到|达州市 keeps 达州).

    A full name of three or more characters is read across words only when the rest of it is words of their own
    ending where it ends: 大南昌|都市|圈 holds no 昌都市, 新增|城区 no 增城区, 沿海|城市 no 海城市 (the 市 or 区 is a
    word's, never the division's word); a word running on past the name (中共浙江省委) leaves it standing.
    Why: such a name is found only by reading a word's last character as the name's first, and a headline of
    a county joining a city's metropolitan area (融入大南昌都市圈) then gave every figure of the county to
    the prefecture the misread spells."""
    if start == 0:
        return False
    full = end - start >= 3 and any(r.name == text[start:end] for r in regions)
    prev = text[start - 1]
    if not ("\u4e00" <= prev <= "\u9fff"):
        return False
    jb, freq = _jieba_tables()
    if jb is None or not any(freq.get(text[j:start + 1]) for j in range(start - 1, max(-1, start - WORD_BEFORE_MAX), -1)
                             if "\u4e00" <= text[j] <= "\u9fff"):
        return False
    lo = max(0, start - 4)
    while lo < start - 1 and not ("\u4e00" <= text[lo] <= "\u9fff"):
        lo += 1
    hi = min(len(text), end + 4)
    starts = _word_starts(text[lo:hi])
    if start - lo in starts:
        return False
    return not full or end == hi or end - lo in starts


def _short_form(surface: str, regions: Iterable[Region]) -> bool:
    """Whether ``surface`` is a bare short form of ``regions`` (白银 for 白银市): no full name, no plain suffix."""
    return not any(surface == r.name or written_as(r, surface) for r in regions)


def ends_in_word(text: str, start: int, end: int, regions: Iterable[Region] = ()) -> bool:
    """Whether the bare short form ``text[start:end]`` (naming ``regions``) opens a longer word of jieba's dictionary
    that is no place of its own: a mountain (祁连山), a product (普洱茶), a port or an oilfield (三亚港, 大庆油田).  The
    place's own suffixes (天水市, 长沙县, 兰州新区) are the place written in full, never such a word."""
    if end >= len(text) or not ("\u4e00" <= text[end] <= "\u9fff"):
        return False
    if text.startswith(_OWN_SUFFIXES, end) or _MEDIA_AFTER.match(text, end):
        return False  # (a paper's or site's name, 江西网讯, is read as such: ``in_media``)
    jb, freq = _jieba_tables()
    if jb is None or not any(freq.get(text[start:end + k]) for k in (1, 2, 3)):
        return False  # no dictionary word runs on past the name: the cut below could find none
    if not _short_form(text[start:end], regions):  # (asked last: it reads every region of the name)
        return False
    lo = max(0, start - 4)
    while lo < start and not ("\u4e00" <= text[lo] <= "\u9fff"):
        lo += 1
    pos = lo
    for w in _cut(text[lo:min(len(text), end + 4)]):
        if pos == start:
            return pos + len(w) > end
        if pos > start:
            return False
        pos += len(w)
    return False


def _single_char_word(text: str, pos: int) -> bool:
    """Whether jieba's dictionary cut of the characters from ``pos`` makes ``text[pos]`` a word alone: it opens no
    longer word with what follows (侧 of 西侧新建, not of 侧重; 路 of 路改造, not of 路线)."""
    words = _cut(text[pos:min(len(text), pos + 4)])
    return bool(words) and len(words[0]) == 1


def landform_side(text: str, start: int, end: int, regions: Iterable[Region] = ()) -> bool:
    """Whether the bare short form ``text[start:end]`` (山东, 河南, 湖北, 海西: a landform's word and a point of the
    compass) is read across a landform's name and the side of it: 黄家山|东麓, 鹰嘴山|西面, 北湖|南岸, 白马河|南段.

    Why: jieba's dictionary cuts 太行山|西麓 (``bound_to_word``) but knows no village's hill or stream, and a province
    has no foot, slope, bank or end.  So the name is read as a landform's side when a name's character stands before it
    (a 黄家 or 北 before 山/湖), the character after it is a side's (麓 侧 坡 岸 段 部 面 端 边 口: zh.LANDFORM_SIDE_CHARS)
    opening no longer word (侧重, 部分, 部署, 面积, 边境, 口岸 keep 山西侧重发展, 河南部分地区), and, for a section (段),
    no route's or river's last character stands before it: 黄河河南段, 京沪高铁山东段 are the province's section."""
    if end - start != 2 or start == 0 or end >= len(text):
        return False
    if text[start] not in zh.LANDFORM_CHARS or text[end - 1] not in zh.COMPASS_CHARS:
        return False
    side, before = text[end], text[start - 1]
    if side not in zh.LANDFORM_SIDE_CHARS or not _han(before):
        return False
    if side == "段" and before in zh.SECTIONED_ENDS:
        return False
    return _single_char_word(text, end) and _short_form(text[start:end], regions)


def feature_named(text: str, start: int, end: int, regions: Iterable[Region] = (), starts: frozenset[int] = frozenset()
                  ) -> bool:
    """Whether the bare short form ``text[start:end]`` begins a street's, bridge's or river's name (洛阳桥, 南京路,
    长沙街, 洛阳江: zh.NAMED_FEATURE_HEADS after it): a feature named after the place, not the place.

    Why: a city names its streets after other cities (a 南京路 in many cities), so the name says nothing of where the
    text is.  The head must stand as a word of its own (路改造, 桥修缮; not 路线, 街道, 桥梁, 江南), and no place's name
    may start at it (湖北|江陵, 广东|江门 name two places: ``starts``, the starts of the text's region hits)."""
    if end >= len(text) or end in starts or not text.startswith(zh.NAMED_FEATURE_HEADS, end):
        return False
    if not _short_form(text[start:end], regions):
        return False
    head = next(h for h in zh.NAMED_FEATURE_HEADS if text.startswith(h, end))
    return len(head) > 1 or _single_char_word(text, end)


def river_named(text: str, start: int, end: int, regions: Iterable[Region] = ()) -> bool:
    """Whether the bare short form ``text[start:end]`` is a river's or a lake's name read before a part of the river
    or its basin (松花江干流, 松花江流域, 白马河沿岸, 清溪上游: zh.WATER_NAME_ENDS, zh.RIVER_PART_WORDS).

    Why: a division may be named after the river it lay on (松花江 is the short form of the former 松花江地区), so the
    river's name is in the gazetteer; a river has a main stream, a basin, banks and reaches, a division has none, and a
    figure of the river's clean-up says nothing of where the text is.  A name written in full (松花江地区) stays."""
    if end - start < 2 or text[end - 1] not in zh.WATER_NAME_ENDS or not text.startswith(zh.RIVER_PART_WORDS, end):
        return False
    return _short_form(text[start:end], regions)


# what a place's short form is written with when it names the place itself (天水市, 兰州新区, 仁寿镇)
_OWN_SUFFIXES = tuple(sorted(set(zh.PLACE_SUFFIXES) | set(zh.LOWER_PLACE_SUFFIXES) | {"州", "盟", "地区"},
                             key=len, reverse=True))
LIST_ITEM_MAX = 6  # characters of an item of a 、-list read as its neighbour (黄金、白银: a list of metals)


def listed_among_things(text: str, start: int, end: int, regions: Iterable[Region], spans: list[tuple[int, int]],
                        starts: list[int], gazetteer: Gazetteer | None = None) -> bool:
    """Whether the bare short form ``text[start:end]`` is an item of a 、-list whose neighbouring items name no place
    (黄金、白银产量分别增长…: 白银 the metal, as 黄金 is one).  Items of a list are of one kind: a list of places names
    a place in each item (庆阳、酒泉经济总量…), a list of things names none.  ``spans`` are the text's region hits (any
    level, sorted by start, ``starts`` their starts): an item holding one is a place's, and so is one opening with
    the short form of a county or a higher division that the automaton leaves out as a common word (东坡、仁寿、青神)."""
    if not _short_form(text[start:end], regions):
        return False
    figured = _figured_neighbours(text, start, end)
    items = list(figured)
    if not figured and start >= 2 and text[start - 1] == "、":
        a = start - 1
        while a > 0 and "\u4e00" <= text[a - 1] <= "\u9fff" and start - 1 - a < LIST_ITEM_MAX + 1:
            a -= 1
        items.append((a, start - 1))
    if text.startswith("、", end):
        b = end + 1
        while b < len(text) and "\u4e00" <= text[b] <= "\u9fff" and b - end - 1 < LIST_ITEM_MAX + 1:
            b += 1
        items.append((end + 1, b))
    if not items or figured:
        # (厦门17个、总投资88亿元,漳州83个…: an item's own figures parted by 、, its neighbours the items after commas)
        items += _figure_items(text, start, end)
    if not items or any(not 1 <= b - a <= LIST_ITEM_MAX for a, b in items):
        return False  # no list, or a neighbour too long to be an item of one (a clause before the 、)
    for a, b in items:
        k = bisect_left(starts, a)
        if k < len(spans) and spans[k][0] < b:
            return False  # a neighbour names a place: a list of places
        if any(text.startswith(w, a) for w in zh.SCOPE_WORDS):
            return False  # 全省、白银…: a place's own scope word
        if gazetteer is not None and any(r.level <= COUNTY for n in range(2, b - a + 1)
                                         for r in gazetteer.short_named(text[a:a + n])):
            return False
    return True


# an item of a 、-list of figures (福州19件、厦门20件 / 黄金17.42吨、白银3029.3吨): its name, up to its figure
_FIGURED_ITEM_NAME = rx.compile(r"\s*(?P<name>[\u4e00-\u9fff]{1,%d})(?:[(（][\u4e00-\u9fff]{1,6}[)）])?\d" % LIST_ITEM_MAX)
FIGURED_ITEM_MAX = 16  # characters of a 、-list's item of a name and its figure (乌鲁木齐12.5万平方米)


def _figured_neighbours(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of the items next to the one the short form ``text[start:end]`` opens in a 、-list whose items are each
    a name and its figure (福州19件、厦门20件、漳州38件: 福州 and 漳州 beside 厦门), as spans; [] when the short form is
    not followed by its figure or no such neighbour stands by.  Such a list parts one whole by its items' names, so its
    neighbours are read by their names, never by the unit closing the item before (件 is no neighbour of 厦门)."""
    if not _FIGURE_ITEM_REST.match(text, end):
        return []
    out = []
    if start >= 2 and text[start - 1] == "、":
        seg_start = max(text.rfind(ch, max(0, start - 1 - FIGURED_ITEM_MAX), start - 1) for ch in "、,，;；:：。\n")
        m = _FIGURED_ITEM_NAME.match(text, seg_start + 1, start - 1) if seg_start >= 0 else None
        if m:
            out.append(m.span("name"))
    k = text.find("、", end, end + FIGURED_ITEM_MAX)
    if k >= 0 and not any(ch in text[end:k] for ch in ",，;；:：。\n"):
        m = _FIGURED_ITEM_NAME.match(text, k + 1, min(len(text), k + 1 + FIGURED_ITEM_MAX))
        if m:
            out.append(m.span("name"))
    return out


# an item of a list of figures: a name (with a gloss in brackets, a measure's word) and its figure right after it
# (黄金17.42吨, 白银(银锭)3029.3吨, 铜材产量4.05万吨)
_FIGURE_ITEM_REST = rx.compile(r"(?:[(（][\u4e00-\u9fff]{1,6}[)）])?[\u4e00-\u9fff]{0,6}?\d")
_FIGURE_ITEM = rx.compile(r"\s*(?:其中\s*[,，:：]?\s*)?(?P<name>[\u4e00-\u9fff]{1,%d}?)"
                          r"(?:[(（][\u4e00-\u9fff]{1,6}[)）])?(?=[\u4e00-\u9fff]{0,6}?\d)" % LIST_ITEM_MAX)
_FIGURE_ITEM_SEPS = ",，;；"
# (a clause opening with a change, or with what is done of the item's figure: 郑州312件,已办结298件;洛阳156件: the
# 已办结 clause is 郑州's, no neighbour of 洛阳; or with the item's share of the whole: 甲市受理900件,占40%;乙县…)
_CHANGE_OPENERS = tuple(zh.BRACKET_CHANGE_VERBS) + tuple(zh.CHANGE_VERBS) + ("同比", "比上年", "较上年", "其中") + \
    tuple(zh.DONE_AMOUNT_ADVERBS) + tuple(zh.SHARE_OF_VERBS)
FIGURE_ITEM_REACH = 3  # clauses walked either way to the neighbouring item (over 增长48.7% and the like)


def _figure_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of the items next to the one the short form ``text[start:end]`` opens in a list of figures parted by
    commas or semicolons (主要产品中，黄金17.42吨，增长48.7%，白银(银锭)3029.3吨: 黄金), as spans; [] when the short
    form opens no such item.  A clause stating only a change (增长48.7%) belongs to the item before it and is passed."""
    if start == 0 or text[start - 1] not in _FIGURE_ITEM_SEPS and not text.endswith("其中", 0, start) \
            or not _FIGURE_ITEM_REST.match(text, end):
        return []
    stop = "。!?！？\n"
    out = []
    # clauses before: the part between two separators, walked back from the one before the hit
    k, n = start - 1 if text[start - 1] in _FIGURE_ITEM_SEPS else start - 3, 0
    while n < FIGURE_ITEM_REACH and k > 0 and text[k] in _FIGURE_ITEM_SEPS:
        a = k - 1
        while a >= 0 and text[a] not in _FIGURE_ITEM_SEPS and text[a] not in stop:
            a -= 1
        m = _FIGURE_ITEM.match(text, a + 1, k)
        if m and not m.group("name").startswith(_CHANGE_OPENERS):
            out.append(m.span("name"))
            break
        if a < 0 or text[a] in stop:
            break
        k, n = a, n + 1
    # clauses after
    k, n = end, 0
    while n < FIGURE_ITEM_REACH:
        while k < len(text) and text[k] not in _FIGURE_ITEM_SEPS and text[k] not in stop:
            k += 1
        if k >= len(text) or text[k] in stop:
            break
        b = k + 1
        while b < len(text) and text[b] not in _FIGURE_ITEM_SEPS and text[b] not in stop:
            b += 1
        m = _FIGURE_ITEM.match(text, k + 1, b)
        if m and not m.group("name").startswith(_CHANGE_OPENERS):
            out.append(m.span("name"))
            break
        k, n = b, n + 1
    return out


@lru_cache(maxsize=16384)
def _word_starts(window: str) -> frozenset[int]:
    """Offsets in ``window`` at which jieba (no HMM) starts a word."""
    starts, pos = set(), 0
    for w in _cut(window):
        starts.add(pos)
        pos += len(w)
    return frozenset(starts)


@lru_cache(maxsize=16384)
def _cut(window: str) -> tuple[str, ...]:
    """jieba's words (its dictionary only, no HMM) of a short window: a pure function of the string, memoised
    (the same names stand in the same few characters again and again)."""
    return dictionary_cut(window)  # = tuple(jieba.cut(window, HMM=False)), in one loop


_NAME_HEADS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _h in sorted(set(zh.COMPANY_HEADS + zh.NAMED_PARK_HEADS), key=len, reverse=True):
    if _h:
        _NAME_HEADS_BY_FIRST[_h[0]] = _NAME_HEADS_BY_FIRST.get(_h[0], ()) + (_h,)


def _brand_after(text: str, end: int) -> str | None:
    """``_NAME_AFTER.match(text, end, end + 12).group("brand")`` (None for no match), without trying every head at
    every length: the shortest run of 2-6 Han characters from ``end`` that a head follows, within 12 characters."""
    stop = min(len(text), end + 12)
    heads = _NAME_HEADS_BY_FIRST
    for n in range(1, 7):
        k = end + n  # the brand would be text[end:k]
        if k > stop or not ("\u4e00" <= text[k - 1] <= "\u9fff"):
            return None
        if n >= 2 and k < stop:
            for h in heads.get(text[k], ()):
                if k + len(h) <= stop and text.startswith(h, k):
                    return text[end:k]
    return None


_PLACE_HAS_AT = rx.compile(rf"(?:共)?{zh.PLACE_HAS}")


def company_named(text: str, h: RegionHit) -> bool:
    """Whether the hit is a short form opening a company's name (吉林|石化公司, 重庆|钢铁集团): the company is named, not
    the place (a full name before a company's, 青神县某某科技有限公司, names the company's place too)."""
    if any(h.text == r.name or written_as(r, h.text) for r in h.candidates):
        return False
    brand = _brand_after(text, h.end)
    return brand is not None and text.startswith(zh.COMPANY_HEADS, h.end + len(brand)) \
        and not _PLACE_HAS_AT.match(brand) and not _NOT_BRAND.search(brand)


def in_name(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` heads a company's or park's name (上海|恒川机械), or a newspaper's, a
    station's or a news account's (湖北|日报讯, 四川|新闻网, 甘肃|发布 as a line of its own), or a public service
    channel's or platform's (某市|12345热线, 某省|投资项目管理服务平台: ``_channel_named``)."""
    brand = _brand_after(text, end)
    if brand is not None and _PLACE_HAS_AT.match(brand):
        return bool(_MEDIA_AFTER.match(text, end))  # 东坡区有数字产业园项目…等20个: what the place has, no brand
    return brand is not None and not _NOT_BRAND.search(brand) or bool(_MEDIA_AFTER.match(text, end)) \
        or _channel_named(text, end)


# 某市|12345热线, 某省|政务服务网, 某省|投资项目在线审批监管平台: a service channel's or platform's head after a number or
# a few characters of its name
_CHANNEL_AFTER = rx.compile(rf"(?P<mid>\d{{3,6}}|[\u4e00-\u9fff]{{0,10}}?)(?:{alternation(zh.SERVICE_CHANNEL_HEADS)})")


def _channel_named(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` heads a public service channel's or platform's name (某市12345热线受理…,
    依托某省投资项目管理服务平台): the words between hold no verb or particle (甲县搭建招商平台 is the county acting)."""
    m = _CHANNEL_AFTER.match(text, end)
    if m is None:
        return bool(_SHARED_CHANNEL_HEAD.match(text, end))  # 甲市、省长热线: the head the coordination's last member ends with
    mid = m.group("mid")
    return mid.isdigit() or not _NOT_BRAND.search(_CHANNEL_NOUN.sub("", mid)) if mid else True


_CHANNEL_NOUN = rx.compile(alternation(zh.SERVICE_CHANNEL_NOUNS))
# a later member of a coordination of channels sharing one head (甲市、省长|热线承办情况): 、, a short name and the head
_SHARED_CHANNEL_HEAD = rx.compile(rf"、[\u4e00-\u9fff]{{1,4}}?(?:{alternation(zh.SERVICE_CHANNEL_HEADS)})")


_DATELINE_AFTER = rx.compile(rf"[ \t\u3000]*(?:\d{{1,2}}月\d{{1,2}}日)?[{zh.DATELINE_CABLE}]")
_DATELINE_BEFORE = rx.compile(rf"[{zh.DATELINE_AGENCY_ENDS}][ \t\u3000]*\Z")


def dateline(text: str, start: int, end: int) -> bool:
    """Whether the place ``text[start:end]`` is the city a news agency's report was filed from (新华社兰州4月2日电)."""
    return bool(_DATELINE_AFTER.match(text, end)) and bool(_DATELINE_BEFORE.search(text, max(0, start - 4), start))


# a paper's or site's name after its place, then (after the place it files from and its day) the word of its byline:
# 江西日报讯, 中国江西网讯, 江北日报临川3月5日讯, 大众网济宁6月8日讯
_MEDIA_BYLINE = rx.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{alternation(zh.MEDIA_HEADS + zh.MEDIA_ACCOUNT_HEADS)})"
                           rf"[^\n,，。;；:：]{{0,16}}?(?:{alternation(zh.DATELINE_BYLINE_WORDS)})")
DATELINE_SCAN_CHARS = 1500  # a news item's dateline opens its body, under its headline and the page's lines


# a newspaper's or station's head, or an account's head where the name ends (a blank, a bar or the line's end after it,
# or a byline's word)
_MEDIA_AFTER = rx.compile(rf"(?:{alternation(zh.MEDIA_HEADS)})|(?:{alternation(zh.MEDIA_ACCOUNT_HEADS)})"
                          rf"(?:(?=[\s|｜丨)）\"”’』」》]|\Z)|(?:{alternation(zh.MEDIA_BYLINE_AFTER)}))")


_LOWER_AFTER = rx.compile(alternation(zh.LOWER_PLACE_SUFFIXES))
_TITLE_BEFORE = rx.compile(rf"(?:{alternation(zh.PERSON_TITLES)})[ \t\u3000\xa0]*(?:[\u4e00-\u9fff]{{2,3}}[、 \t\u3000])?\Z")
_ACT_AFTER = rx.compile(rf"(?:{alternation(zh.PERSON_ACTS)})|{zh.PERSON_COMMISSION[0]}[^,，。;；\n]{{1,12}}?"
                        rf"{zh.PERSON_COMMISSION[1]}")
_ONLY_ACT_AFTER = rx.compile(rf"(?:{alternation(zh.PERSON_ONLY_ACTS)})|{zh.PERSON_COMMISSION[0]}[^,，。;；\n]{{1,12}}?"
                             rf"{zh.PERSON_COMMISSION[1]}")
_TITLE_AFTER = rx.compile(rf"(?:{alternation(zh.PERSON_TITLE_PREFIXES)})?(?:{alternation(zh.PERSON_TITLES)})")
_NOT_GIVEN = frozenset(zh.NOT_GIVEN_NAME_CHARS)
PERSON_NAME_REUSE = 3  # characters a person's name found by a cue has at least to be dropped wherever it is written


def person_hits(text: str, hits: list) -> set[int]:
    """Starts of the region hits that are a person's name: a short form (never a full name) opening with a surname or
    following one as the given name (县长王兴文),
    after an office title (市委书记许昌明, 县长 吴忠华) or, with at most two characters of given name that make no body
    (许昌县委 is the county's committee), before what only people do (许昌明指出, 常德胜受县政府委托作报告) or before
    an office title (常德胜副县长分管的项目); then every
    hit lying in another mention of a name so found (of three characters or more: 许昌明 again, without a cue)."""
    from .meta import AFTER_NAME, SURNAMES
    names: set[str] = set()
    out: set[int] = set()
    for h in hits:
        s, e, surf, regs = h[0], h[1], h[2], h[3]
        # the name opens with the short form (许昌|明), or the short form is its given name after a surname (王|兴文)
        if text[s] in SURNAMES:
            p = s
        elif s > 0 and text[s - 1] in SURNAMES and len(surf) == 2 and (s == 1 or not _han(text[s - 2])
                                                                       or _TITLE_BEFORE.search(text, max(0, s - 13), s - 1)):
            p = s - 1
        else:
            continue
        if any(surf == r.name or written_as_full(r, surf) for r in regs):
            continue  # a full name (吴忠市) is never a person's
        name = ""
        if _TITLE_BEFORE.search(text, max(0, p - 12), p):
            name = text[p:e]  # and the given name's last character, when one follows (许昌明, not 许昌出席)
            if p == s and len(surf) == 2 and e < len(text) and _han(text[e]) and text[e] not in _NOT_GIVEN \
                    and text[e] not in AFTER_NAME:
                name = text[s:e + 1]
        else:
            for k in (0, 1, 2) if p == s else (0,):
                tail = text[e:e + k]
                if len(tail) < k or any(not _han(ch) or ch in _NOT_GIVEN or ch in AFTER_NAME or ch in _STOP
                                        for ch in tail):  # 常德还介绍: an adverb, no given name
                    break
                if (_ONLY_ACT_AFTER if k == 0 and p == s else _ACT_AFTER).match(text, e + k) \
                        or (k or p < s) and _TITLE_AFTER.match(text, e + k):
                    name = text[p:e + k]
                    break
        if name:
            out.add(s)
            if len(name) >= PERSON_NAME_REUSE:
                names.add(name)
    starts = [h[0] for h in hits] if names else []  # hits are sorted by start: a name's hits are one slice
    for name in names:
        k = text.find(name)
        while k >= 0:
            out.update(h[0] for h in hits[bisect_left(starts, k):bisect_left(starts, k + len(name))]
                       if h[1] <= k + len(name) + 1)
            k = text.find(name, k + len(name))
    return out


_HEAD_TITLES = frozenset(t for t in zh.PERSON_TITLES if len(t) == 2 and t[1] == "长" and t[0] in zh.DIVISION_SUFFIX_CHARS)


def titled_surname_hits(text: str, hits: list) -> set[int]:
    """Starts of the region hits that are a person named by surname (or full name) and office: a division's name whose
    suffix and the 长 after it make a head's title (县长, 市长, 区长) and whose rest is a surname (曹县长 is Mr Cao the
    county head: 曹县's own head is its 曹县县长) or a given name after a surname (王永安县长, 刘泰安市长).  A 长 opening a
    word of its own after the name (曹县长期, 萧县长江路) leaves the name a place."""
    from .meta import SURNAMES
    out: set[int] = set()
    n = len(text)
    for h in hits:
        s, e, surf = h[0], h[1], h[2]
        if e >= n or text[e] != "长" or surf[-1] + "长" not in _HEAD_TITLES:
            continue
        if len(surf) == 2:
            if surf[0] not in SURNAMES:
                continue
        elif not (len(surf) == 3 and s > 0 and text[s - 1] in SURNAMES
                  and (s == 1 or not _han(text[s - 2]) or text[s - 2] in zh.PERSON_NAME_OPENERS)):
            continue
        jb, freq = _jieba_tables()
        if freq is not None and e + 2 <= n and freq.get(text[e:e + 2]):
            continue  # 曹县长期坚持: 长期 is a word of its own
        out.add(s)
    return out


def written_as_full(r: Region, surface: str) -> bool:
    return written_as(r, surface)


SHORT_PLACE_MENTIONS = 2  # a county's short form written this often, without a title naming it, is spoken as


_CHILD_SHORT_BEFORE = ",，。;；、:：\n \t\u3000(（"
# …and what follows such a short form when it names the county: a verb the county reports with (仁寿新开工项目18个,
# 阳新签约18个项目, 仁寿完成投资), a figure, the next place of a list (东坡、仁寿、青神分别…) or a label's colon (仁寿:…)
_CHILD_SHORT_AFTER = rx.compile(rf"(?:[、和及与:：]|\s*\d|(?:今年|上半年|全年|\d{{1,2}}[-—]\d{{1,2}}月份?)?[,，]?"
                                rf"(?:{alternation(zh.UNIT_REPORT_VERBS + zh.CHILD_SHORT_VERBS)}))")


# …and what follows a county's short form that is a common word where the county's own text speaks of itself by it:
# a deed the county reports (as after a child's short form) or what it does (阳新坚持工业强县, 阳新围绕…)
_SELF_SHORT_AFTER = rx.compile(rf"(?:{_CHILD_SHORT_AFTER.pattern})|(?:今年|上半年|全年|\d{{1,2}}[-—]\d{{1,2}}月份?)?[,，]?"
                               rf"(?:新(?={alternation(zh.UNIT_REPORT_VERBS)})|{alternation(zh.CLAUSE_IN_NAME)})")
_CLAUSE_OPEN_SHORT = rx.compile(rf"(?:^|(?<=[{_CHILD_SHORT_BEFORE}]))[\u4e00-\u9fff]{{2,4}}", re.M)


def overlaps_sorted(starts: list[int], ends: list[int], a: int, b: int) -> bool:
    """Whether the span ``[a, b)`` overlaps one of the disjoint spans whose sorted ``starts`` and ``ends`` are given.

    Why: the places a text adds to its layer (``DocRegions.add_place``) stand where no other does, so their spans are
    disjoint and their ends grow with their starts; only the last one starting before ``b`` can reach past ``a``.
    One bisection per question, where testing every span made a county named 400 times cost 400² tests."""
    i = bisect_left(starts, b) - 1
    return i >= 0 and ends[i] > a


class DocRegions:
    """The region mentions of one document's normalized text (offsets index ``Doc.norm``)."""

    def __init__(self, norm: str, gazetteer: Gazetteer):
        self.text = norm
        self.gazetteer = gazetteer
        hits = gazetteer.scan_all(norm)  # (start, end, surface, regions, surface index), leftmost-longest
        self.words = {h[0] for h in hits if verb_homograph(norm, h[0])}  # starts of names read as verbs
        hit_ends = frozenset(h[1] for h in hits)
        self.words |= {h[0] for h in hits if conjoined_level(norm, h[0], hit_ends)}  # …or as 和 joining two levels
        # surfaces that are the tail of a word (召开|县委: no 开县); a longer full name at the same start stays
        tails = {(h[0], h[1]) for h in hits if bound_to_word(norm, h[0], h[1], h[3])}
        # …or the head of a longer word (祁连山, 普洱茶, 三亚港), or an item of a list of things (黄金、白银)
        spans = [(h[0], h[1]) for h in hits]
        span_starts = [h[0] for h in hits]
        tails |= {(h[0], h[1]) for h in hits if ends_in_word(norm, h[0], h[1], h[3])
                  or listed_among_things(norm, h[0], h[1], h[3], spans, span_starts, gazetteer)}
        # …or a landform's side (黄家山|东麓: no 山东), the head of a street's or bridge's name (洛阳桥, 南京路), or a river
        # before its parts (松花江|干流: no 松花江地区)
        hit_starts = frozenset(h[0] for h in hits if h[2] not in zh.NAMED_FEATURE_HEADS)  # (中路 is a town's name too)
        tails |= {(h[0], h[1]) for h in hits if landform_side(norm, h[0], h[1], h[3])
                  or feature_named(norm, h[0], h[1], h[3], hit_starts) or river_named(norm, h[0], h[1], h[3])}
        # the spans read as parts of words, for a reader of full names that does not go through the layer (a title's
        # chain of names: ``context._title_region``)
        self.word_spans: frozenset[tuple[int, int]] = frozenset(tails)
        if self.words or tails:
            hits = [h for h in hits if h[0] not in self.words and (h[0], h[1]) not in tails]
            kept = {h[0] for h in hits}
            self.words |= {s for s, _ in tails if s not in kept}  # no name starts there at all
        people = person_hits(norm, hits)  # 市委书记许昌明: a person's name that spells a short form (许昌)
        people |= titled_surname_hits(norm, hits)  # 曹县长主持会议, 王永安县长: a person and the office's title
        if people:
            hits = [h for h in hits if h[0] not in people]
            self.words |= people
        # 东坡街道, 仁寿镇: a short form rooting a lower place's name names that place, not the region it is short for
        # (a longer full name at the same start, 文林镇 over 文林, stays)
        roots = {(h[0], h[1]) for h in hits if _LOWER_AFTER.match(norm, h[1])
                 and not any(h[2] == r.name or written_as_full(r, h[2]) for r in h[3])}
        if roots:
            hits = [h for h in hits if (h[0], h[1]) not in roots]
            kept = {h[0] for h in hits}
            self.words |= {s for s, _ in roots if s not in kept}
        self.hits = hits
        self._starts = [h[0] for h in self.hits]
        longest: dict[int, int] = {}
        for h in self.hits:
            longest[h[0]] = max(longest.get(h[0], 0), h[1])
        # starts of places heading a name, read after the longest name at that start (青神县|有竹编产业园…, not
        # 青神|县有竹编)
        self.in_names = {s for s, e in longest.items() if in_name(norm, e)}
        # …a newspaper's, a station's, an account's, or a news agency's dateline (新华社兰州4月2日电)
        self.in_media = {h[0] for h in self.hits if _MEDIA_AFTER.match(norm, h[1]) or dateline(norm, h[0], h[1])}
        self.in_names |= self.in_media
        self.in_captions = caption_hits(norm, self.hits)  # starts of places in a photo's caption
        self.in_captions |= addressee_hits(norm, self.hits)  # …or in a notice's addressee line: its readers
        # …or named as a reference (立足四川, 对标深圳, 浙江经验, a slogan's quotation): never who speaks or acts
        self.in_references = reference_hits(norm, self.hits)
        self.local: list[RegionHit] = []  # places the gazetteer lacks that the text speaks as (``add_place``)
        # …and the city each such place lies in, as the chain heading its text names it (青山市|临水区十届人大…)
        self.parents: dict[str, str] = {}
        # …and how the text writes each such place where its script differs from ``norm`` (鹭川镇 → 鷺川鎮): the layer
        # names it as ``norm`` does, so that every reader comparing it with the text finds it; the output is written
        # back (``as_written``)
        self.written: dict[str, str] = {}
        self._scans: dict[tuple[int, int, bool], list] = {}  # narrowed windows ``find`` was asked for
        # the year the text is of, once known (context.resolve): a name two divisions bore in turn (海东 of 海东地区
        # until 2012, of 海东市 since 2013) is the one that bore it then, unless the caller asks for another year
        self.year: int | None = None

    def add_place(self, region: Region, surfaces: Iterable[str], written: str = "") -> None:
        """Make ``region`` (a place the gazetteer lacks: 岚溪县) a hit wherever one of ``surfaces`` stands in the
        text, at any level range asked for, before the gazetteer's hits it overlaps (岚溪县 over a short name 溪县
        of somewhere else).  A surface followed by more of a name (岚溪 in 岚溪县) is the longer one's.  ``written``:
        the name as the text writes it, where its script differs (kept for ``as_written``)."""
        if written and written != region.name:
            self.written.setdefault(region.name, written)
        text = self.text
        starts = [h.start for h in self.local]  # the places added so far: sorted and disjoint (each added where
        ends = [h.end for h in self.local]  # none stood), so one bisection tells whether a span overlaps one
        for surf in sorted(set(surfaces), key=len, reverse=True):
            if len(surf) < 2:
                continue
            k = text.find(surf)
            while k >= 0:
                e = k + len(surf)
                if not overlaps_sorted(starts, ends, k, e):
                    i = bisect_left(starts, k)
                    starts.insert(i, k)
                    ends.insert(i, e)
                    self.local.append(RegionHit(k, e, surf, region, (region,)))
                    if in_name(text, e):
                        self.in_names.add(k)
                k = text.find(surf, e)
        self.local.sort(key=lambda h: h.start)

    def as_written(self, name: str) -> str:
        """``name``, or how the text writes it when it is a place the gazetteer lacks that the text writes in
        another script (鹭川镇 → 鷺川鎮): SCHEMA's names as written, where there is no gazetteer name to give."""
        return self.written.get(name, name)

    def add_child_shorts(self, parent: Region) -> None:
        """A prefecture's text calls its counties by their short forms (仁寿新开工项目18个, 其中阳新签约18个项目, 东坡、仁寿、
        青神分别…) even when the short form is a common word the gazetteer's automaton leaves out: each such short
        form of a county of ``parent`` (the document's own prefecture) is a hit where it opens a clause or an item of a
        list (after punctuation, 、 or 其中) and heads no company's name, unless a longer name stands there already."""
        g = self.gazetteer
        text = self.text
        taken = [(h[0], h[1]) for h in self.hits] + [(h.start, h.end) for h in self.local]
        for r in g.children(parent):
            surf = r.short
            if r.level != COUNTY or not r.current or not surf or surf == r.name or len(surf) < 2 or \
                    g.surface_known(surf):
                continue
            k = text.find(surf)
            while k >= 0:
                e = k + len(surf)
                opens = k == 0 or text[k - 1] in _CHILD_SHORT_BEFORE or text.endswith(zh.CLAUSE_CONNECTIVES, 0, k)
                if opens and _CHILD_SHORT_AFTER.match(text, e) and not any(a < e and k < b for a, b in taken) and \
                        not in_name(text, e) and not text.startswith(tuple(zh.PLACE_SUFFIXES), e):
                    taken.append((k, e))
                    self.local.append(RegionHit(k, e, surf, r, (r,)))
                k = text.find(surf, e)
        self.local.sort(key=lambda h: h.start)

    def dateline_places(self, limit: int = DATELINE_SCAN_CHARS) -> list[tuple[int, int, tuple[Region, ...]]]:
        """The places a news item's byline files it from, as (start, end, the regions the surface may name): the city
        of its dateline first (新华社南宁5月2日电, 江北日报临川3月5日讯, 大众网济宁6月8日讯), then the place heading the paper
        or site whose byline it is (江西日报讯, 中国江西网讯).  Such a place is where the report comes from, so the
        division its 我省, 我市 or 全区 speaks as is that place or one of those it lies in; it is never a subject of
        its own (``in_media``)."""
        text = self.text
        cities, heads = [], []
        for s, e, surf, regs, _ in self.hits:
            if s >= limit:
                break
            if s not in self.in_media:
                continue
            # a city a report is filed from is a county or above (南宁, not a 南宁街道 of some county), and current
            current = tuple(r for r in regs if r.current and r.level <= COUNTY) or tuple(regs)
            if dateline(text, s, e):
                cities.append((s, e, current))
            elif _MEDIA_BYLINE.match(text, e):
                heads.append((s, e, current))
        return cities + heads

    def media_places(self, suffix: str) -> list[RegionHit]:
        """The places heading a newspaper's or a news account's name (甘肃|发布) whose name ends in ``suffix`` (省 for a
        text speaking as 全省): the place of a text that names no other, only when it speaks as that division."""
        if not suffix or not self.in_media:
            return []
        return [h for h in self.find() if h.start in self.in_media and h.region.name.endswith(suffix)]

    def spoken_short_place(self, suffix: str, title: tuple[int, int] | None = None) -> Region | None:
        """A county-level place the text calls by its short form only (云霄 for 云霄县, 仁寿 for 仁寿县: no prefecture
        named to anchor it) and speaks as (``suffix``: 县 for a text saying 全县): the one region of that suffix the
        short form names, written in the title (``title``: its span) or at least twice; the most written such, or None."""
        if not suffix:
            return None
        found: dict[str, tuple[Region, int, bool]] = {}
        for s, e, surf, regs, _ in self.hits:
            if any(surf == r.name for r in regs):
                continue  # a full name: the gazetteer's own rules took or left it
            own = [r for r in regs if r.level == COUNTY and r.current and r.name.endswith(suffix)
                   and r.name == surf + suffix]
            if len(own) != 1 or s in self.in_names or s in self.in_references:
                continue
            r, n, t = found.get(surf, (own[0], 0, False))
            # …in the title, or right before its own scope word (缙云全县上下…, 某某全县共签约…): the county speaks as itself
            strong = title is not None and title[0] <= s < title[1] or \
                self.text.startswith(tuple(w + suffix for w in zh.SCOPE_WORDS), e)
            found[surf] = (r, n + 1, t or strong)
        for surf, (r, n) in self._common_word_shorts(suffix).items():
            if surf not in found:
                found[surf] = (r, n, False)  # 阳新坚持…,阳新全年新签约…: a common word the automaton leaves out
        if title is not None:
            # the title opening with the short form (云霄:…, 仁寿重点项目…), a common word the automaton leaves out
            head = self.text[title[0]:title[1]]
            for n in (4, 3, 2):
                surf = head[:n]
                own = [r for r in self.gazetteer.short_named(surf) if r.level == COUNTY and r.current
                       and r.name == surf + suffix]
                if len(own) == 1:
                    n = found[surf][1] if surf in found else self.text.count(surf) - 1
                    found[surf] = (own[0], n, True)
                    break
        ok = [(n + (2 if t else 0), r) for r, n, t in found.values() if t or n >= SHORT_PLACE_MENTIONS]
        if not ok:
            return None
        ok.sort(key=lambda x: x[0], reverse=True)
        if len(ok) > 1 and ok[1][0] == ok[0][0]:
            return None  # two of them as strongly: the text speaks as neither
        return ok[0][1]

    def _common_word_shorts(self, suffix: str) -> dict[str, tuple[Region, int]]:
        """The counties of ``suffix`` (县 for a text of 全县) whose short form is a common word (阳新 for 阳新县: the
        automaton leaves it out), with how often one opens a clause of the text followed by the county's deed (阳新坚持
        工业强县, 阳新全年新签约项目45个): how a county's own text calls itself when it writes no full name."""
        g = self.gazetteer
        text = self.text
        out: dict[str, tuple[Region, int]] = {}
        for m in rx.head_finditer(_CLAUSE_OPEN_SHORT, text):
            k = m.start()
            for n in (4, 3, 2):
                surf = text[k:k + n]
                if len(surf) < n or g.surface_known(surf):
                    continue
                own = [r for r in g.short_named(surf) if r.level == COUNTY and r.current and r.name == surf + suffix]
                if len(own) == 1 and _SELF_SHORT_AFTER.match(text, k + n) and not in_name(text, k + n) \
                        and not text.startswith(tuple(zh.PLACE_SUFFIXES), k + n):
                    r, c = out.get(surf, (own[0], 0))
                    out[surf] = (r, c + 1)
                    break
        return out

    def window(self, start: int = 0, end: int | None = None) -> list:
        """The scan hits lying wholly inside ``norm[start:end]``: a scan of that slice, in document offsets."""
        end = len(self.text) if end is None else min(end, len(self.text))
        start = max(0, start)
        hits = self.hits
        out = []
        for k in range(bisect_left(self._starts, start), len(hits)):
            h = hits[k]
            if h[0] >= end:
                break
            if h[1] <= end:
                out.append(h)
        return out

    def find(self, start: int = 0, end: int | None = None, min_level: int = PROVINCE, max_level: int = COUNTY,
             context: Iterable[Region] = (), year: int | None = None, in_names: bool = True) -> list[RegionHit]:
        """``Gazetteer.find(norm[start:end], ...)`` with offsets into the whole ``norm``; ``in_names=False``
        leaves out places heading a company's or park's name."""
        g = self.gazetteer
        key = (max(0, start), len(self.text) if end is None else min(end, len(self.text)), max_level >= TOWN)
        scan = self._scans.get(key)
        if scan is None:  # one list per window: the gazetteer keeps its per-scan work for the same list
            scan = self._scans[key] = g.narrow_scan(self.window(start, end), max_level)
        found = g.find_in_scan(scan, min_level, max_level, context, self.year if year is None else year)
        if self.local:
            end = len(self.text) if end is None else end
            local = [h for h in self.local if start <= h.start and h.end <= end and h.region.level >= min_level]
            if local:
                starts, ends = [x.start for x in local], [x.end for x in local]  # (sorted, disjoint: add_place)
                found = sorted([h for h in found if not overlaps_sorted(starts, ends, h.start, h.end)]
                               + local, key=lambda h: h.start)
        if not in_names and (self.in_names or self.in_captions or self.in_references):
            found = [h for h in found if h.start not in self.in_names and h.start not in self.in_captions
                     and h.start not in self.in_references]
        return found


# (图:青川市街景), (图为…), (记者 某某 摄): a caption set in brackets inside a line
_CAPTION_BRACKET = rx.compile(rf"[(（【\[]\s*(?:{alternation(zh.PHOTO_CAPTION_HEADS)})(?:(?<=为)|\s*[:：])[^()（）【】\[\]\n]{{0,60}}"
                              rf"[)）】\]]|[(（][^()（）\n]{{0,40}}?(?:{alternation(zh.PHOTO_CREDIT_WORDS)})\s*[)）]")


CAPTION_LINE_MAX = 120  # characters of a line that is a caption as a whole (a longer one is a paragraph)


def _caption_line(text: str, a: int, b: int) -> tuple[bool, list[tuple[int, int]]]:
    """(whether the line ``text[a:b]`` is a photo caption as a whole (``meta.is_photo_caption``), the spans of its
    bracketed captions)."""
    from .meta import is_photo_caption
    spans = [(m.start(), m.end()) for m in _CAPTION_BRACKET.finditer(text, a, b)]
    # the line without its bracketed captions: a caption as a whole, or text the brackets stood in
    rest = "".join(text[x:y] for x, y in zip([a] + [e for _, e in spans], [s for s, _ in spans] + [b]))
    return b - a <= CAPTION_LINE_MAX and bool(rest.strip()) and is_photo_caption(rest), spans


def caption_hits(text: str, hits: list) -> set[int]:
    """Starts of the region hits that stand in a photo's caption (a bracketed one of its line, or a whole line that
    is a caption): the caption shows a picture, it does not say whose the text's figures are (图:青川市街景 above a
    list spanning two provinces).  Each line is judged once, for the hits in it."""
    out: set[int] = set()
    lines: dict = {}
    a = b = -1
    got = (False, [])
    for h in hits:
        pos = h[0]
        if not a <= pos < b:
            a = text.rfind("\n", 0, pos) + 1
            b = text.find("\n", pos)
            b = len(text) if b < 0 else b
            got = lines.get(a)
            if got is None:
                got = lines[a] = _caption_line(text, a, b)
        if got[0] or any(x <= pos < y for x, y in got[1]):
            out.add(pos)
    return out


# ------------------------------------------------------------------ a place named as a reference

_REF_CLAUSE_END = rx.compile(r"[,，;；。:：!?！？\n]")
_REF_VERB_BEFORE = rx.compile(rf"(?:{alternation(zh.REFERENCE_VERBS)})(?:好|于|到|进)?\Z")
_REF_HEAD_AFTER = rx.compile(rf"(?:省委|市委|县委|的)?(?:[“\"「‘『][^”\"」’』\n\d]{{1,16}}[”\"」’』])?"
                             rf"(?P<gap>[\u4e00-\u9fff]{{0,4}}?)(?:{alternation(zh.REFERENCE_HEADS)})")
_REF_VERB_IN = rx.compile(alternation(zh.REFERENCE_VERBS))
_SOURCE_BEFORE = rx.compile(rf"(?:{alternation(zh.SOURCE_OPENERS)})\Z")
_SOURCE_ACT = rx.compile(rf"[^,，;；。!?！？\n]{{0,16}}?(?:{alternation(zh.SOURCE_ACTS)})")
_SOURCE_REPORT = rx.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.SOURCE_BODIES)})(?:的|最新)?"
                            rf"(?:{alternation(zh.SOURCE_REPORTS)})")
_SOURCE_BODY = rx.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.SOURCE_BODIES)})")
_SENT_END = rx.compile(r"[。;；!?！？\n]")
_DIVISION_NAME = rx.compile(r"[\u4e00-\u9fff]{1,12}?(?:自治区|[省市州盟县区旗镇乡])")
_SCOPE_LEVEL = rx.compile(rf"(?:{alternation(zh.SCOPE_WORDS)})(?P<level>[省市县区州盟旗镇乡])")


def _level(name: str) -> int:
    """1 for a province (湖南省, 广西壮族自治区), 2 a prefecture, 3 a county or district, 4 a town; 0 unknown."""
    return 1 if name.endswith("自治区") else zh.LEVEL_RANKS.get(name[-1:], 0)


def _clause_before(text: str, start: int) -> str:
    """The text of the place's clause before it, at most 8 characters (what ``reference_place`` reads a verb, an
    opener or a preposition of comparison in)."""
    lo = max(0, start - 8)
    k = max((m.end() for m in _REF_CLAUSE_END.finditer(text, lo, start)), default=lo)
    return text[k:start]


def _opens_source(text: str, start: int, end: int, before: str | None = None) -> bool:
    """根据湖南省…统一核算结果, 经四川省统计局核定, 据青川市统计局: a source opener before the place (in its clause) and an
    accounting act or a statistics body after it.  ``before``: ``_clause_before(text, start)`` when the caller has it."""
    if before is None:
        before = _clause_before(text, start)
    return bool(_SOURCE_BEFORE.search(before)) and bool(_SOURCE_ACT.match(text, end)
                                                        or _SOURCE_ACT.search(text, start, end))


def names_source(text: str, start: int, end: int, before: str | None = None) -> bool:
    """Whether the place ``text[start:end]`` opens the source of the figures after it rather than who acts: a source
    opener before it (``_opens_source``), or its statistics body reporting at the head of a sentence (四川省统计局数据显示,
    某省统计局反馈).  The body counted the figures; whose they are is said by the sentence (全市) or the text."""
    return _opens_source(text, start, end, before) or bool(_SOURCE_REPORT.match(text, end))


def _source_levels(text: str, start: int, end: int) -> tuple[int, list[int]]:
    """(the level of the division a source place names, the levels of the scope words of its sentence: 全市 2)."""
    m = _DIVISION_NAME.match(text, start, end + 1)  # 湖南 of 湖南省…, 四川省统计局: the division the hit names
    level = _level(m.group()) if m else 0
    stop = sentence_end(text, end)
    return level, [zh.LEVEL_RANKS[s.group("level")] for s in _SCOPE_LEVEL.finditer(text, end, stop)]


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (its 。;!? or line end), or the text's end."""
    m = _SENT_END.search(text, pos)
    return m.start() if m else len(text)


def source_not_issuer(text: str, start: int, end: int) -> bool:
    """Whether a place that heads an office's name (四川省统计局) is the source of a text's figures, not its issuer:
    opened as the source (经四川省统计局核定), or reporting for a lower level (四川省统计局数据显示,前三季度全市…).  A body
    reporting its own place's figures (某市统计局发布…,某市生产稳中有升) may well have issued the text."""
    if _opens_source(text, start, end):
        return True
    if not names_source(text, start, end):
        return False
    level, scopes = _source_levels(text, start, end)
    return bool(level) and any(lv > level for lv in scopes)


def _source_place(text: str, start: int, end: int, before: str | None = None) -> bool:
    """根据湖南省…统一核算结果,我市… / 经青川市统计局审定,前三季度全区…: the place opens the source of the figures and its
    sentence speaks for a lower level (全市, 我区): it counted them, they are not its own.  Its statistics body named
    in a sentence that speaks for no level (经四川省统计局核定,全年地区生产总值…) leaves the figures to the text's place."""
    if not names_source(text, start, end, before):
        return False
    level, scopes = _source_levels(text, start, end)
    if not level:
        return False
    if not scopes:
        return bool(_SOURCE_BODY.match(text, end))
    return any(lv > level for lv in scopes)


_REF_QUOTE = rx.compile(r"“[^“”\n\d]{1,24}”|\"[^\"\n\d]{1,24}\"|「[^「」\n\d]{1,24}」|‘[^‘’\n\d]{1,24}’|『[^『』\n\d]{1,24}』")
_REF_FRAMES = [(rx.compile(rf"{a}\Z"), rx.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(b)})")) for a, b in zh.REFERENCE_FRAMES]
_CMP_WITH = rx.compile(rf"(?:{alternation(zh.WITH_PREPOSITIONS)})(?:{alternation(zh.COMPARISON_BENCHMARKS)})?\Z")
_CMP_VERB = rx.compile(rf"(?:同期|平均水平|水平)?(?:{alternation(zh.COMPARISON_VERBS)})(?!邻|重|例|率|分|赛|照)"
                       rf"(?!{alternation(zh.COMPARED_TIMES)}|(?:19|20)\d\d)")  # 青神县和东坡区比上年…: a time, they act
_CMP_BY = rx.compile(rf"(?:{alternation(zh.COMPARE_PREPOSITIONS)})\Z")
_CMP_RANK_BEFORE = rx.compile(rf"(?:{alternation(zh.COMPARISON_RANK_BEFORE)})"
                              rf"(?:[\u4e00-\u9fff]{{2,10}}?[、和与及])*\Z")  # (…, 乙市: a later member of the list)
# (?:[、和与及][\u4e00-\u9fff]{2,10}?)*(?:RANK_AFTER), read in steps by _rank_after: a member may hold 和/与/及, so
# one regex cut a run like 甲和乙和丙… every way and never finished
_CMP_RANK_AFTER = rx.compile(rf"(?:{alternation(zh.COMPARISON_RANK_AFTER)})")
_CMP_JOINS = "、和与及"


def _rank_after(text: str, pos: int) -> bool:
    """Whether the later members of a list of benchmarks, then the words closing a rank (…、乙市之后), follow ``pos``."""
    return rx.members_then(text, pos, _CMP_RANK_AFTER, _CMP_JOINS, 2, 10)
CMP_LIST_CHARS = 48  # how far back a list of benchmarks may open (位居甲区、乙市、丙区之后)
_CMP_NEXT_TO = rx.compile(rf"(?:{alternation(zh.COMPARISON_NEXT_TO)})(?:[\u4e00-\u9fff]{{2,10}}?[、和与及])*\Z")
_CMP_DIRECTION = rx.compile(rf"[\u4e00-\u9fff]{{0,5}}?(?:{alternation(zh.COMPARISON_DIRECTIONS)})")


def _compared_place(text: str, before: str, start: int, end: int) -> bool:
    """Is the place ``text[start:end]`` the benchmark of a comparison (与东山县相比, 与比拼对象东山县比, 较邻县高) or of
    a rank (位居甲区、乙市之后, 仅次于甲区), also as a later member of the list (乙市 in 位居甲区、乙市之后)?"""
    if _CMP_WITH.search(before) and _CMP_VERB.match(text, end):
        return True
    if _CMP_BY.search(before) and _CMP_DIRECTION.match(text, end):
        return True
    lead = text[max(0, start - CMP_LIST_CHARS):start]
    return bool(_CMP_NEXT_TO.search(lead) or _CMP_RANK_BEFORE.search(lead) and _rank_after(text, end))


def reference_place(text: str, start: int, end: int) -> str:
    """How the place ``text[start:end]`` is named as a reference rather than as who acts, or "": ``quote`` (inside a
    slogan's quotation marks: "融入成都、对接重庆"), ``verb`` (the object of a verb of positioning or learning: 立足四川,
    融入成渝, 对标深圳, 学习浙江经验), ``frame`` (向深圳看齐, 以杭州为标杆) or ``head`` (the place a strategy, layout or
    model is named after: 四川"一干多支"发展格局, 眉山南部增长极) or ``source`` (a wider place whose accounting or
    statistics bureau gave the figures of a lower level: 根据湖南省…统一核算结果,我市…) or ``benchmark`` (the place a
    figure is compared with: 与东山县相比, 与比拼对象东山县比, 较全省高, or a rank placed against: 位居甲区之后) or ``meeting``
    (whose meeting the text's unit attended or follows: 全省…工作会议结束后, 在全市…推进会上).  The figures after it are not
    its own."""
    before = _clause_before(text, start)
    if _REF_VERB_BEFORE.search(before):
        return "verb"
    if _source_place(text, start, end, before):
        return "source"
    if _compared_place(text, before, start, end):
        return "benchmark"
    for a, b in _REF_FRAMES:
        if a.search(before) and b.match(text, end):
            return "frame"
    m = _REF_HEAD_AFTER.match(text, end)
    if m and not _REF_VERB_IN.search(m.group("gap")):  # 仁寿县学习浙江经验: the place that learns is no model
        return "head"
    if text.startswith("全", start) and REF_MEETING_AFTER.match(text, end):
        return "meeting"  # 全省投资促进工作会议结束后, 在全省…观摩会上作交流发言: the meeting attended or followed
    return ""


# 全省…工作会议结束后 / 在全市…现场会上 / 传达全省…会议精神: a scope word naming the meeting the text's own unit
# attended or follows, its name closed by a word that places the text's deed in or after it (no one acting in the
# name: 某区区长在区人大会议上 is the district's own meeting, no reference)
REF_MEETING_AFTER = rx.compile(rf"[^,，。;；:：!?！？\n\d在于]{{0,12}}?(?:{alternation(zh.MEETING_NAME_ENDS)})"
                                rf"(?:{alternation(zh.MEETING_REFERENCE_ENDS)})")


_VISIT_TO = rx.compile(rf"[^,，。;；:：!?！？\n]{{0,24}}?(?:{alternation(zh.VISITED_BEFORE)})")
_VISIT_ACT = rx.compile(rf"[^,，。;；!?！？\n]{{0,40}}?(?:{alternation(zh.VISIT_ACTS)})")


def _visitor(text: str, hits: list, k: int) -> bool:
    """Does the hit ``hits[k]`` name the body that checks or visits another place its clause names next (四川省发展改革委
    督查组对仁寿县…进行督查, 某省审计厅检查组到洪雅县调研)?  The place checked is what the figures are about."""
    s, e = hits[k][0], hits[k][1]
    m = _VISIT_TO.match(text, e)
    if not m:
        return False
    for h in hits[k + 1:]:
        if h[0] < m.end():
            continue
        return h[0] == m.end() and text[h[0]:h[1]] != text[s:e] and bool(_VISIT_ACT.match(text, h[1]))
    return False


_VISITED_AFTER = rx.compile(rf"(?:{alternation(zh.VISITED_BEFORE)})\Z")
_CHECKING_BODY = rx.compile(rf"[\u4e00-\u9fff]{{0,10}}?(?:{alternation(zh.CHECKING_BODIES)})")
_LISTED_NEXT = rx.compile(r"[、和与及等]")


def checking_bodies(text: str, hits: list) -> set[int]:
    """Starts of the places that name a checking or visiting body (四川省发展改革委副主任带领督查组一行) before a visit to
    another place in their sentence, across its commas (…,对仁寿县2019省列观摩项目进行督查): the place checked, one
    place and not a list of them (对甲县、乙县…开展检查: a place looking at its own parts), is what the figures are about."""
    out: set[int] = set()
    for v in hits:
        if not _VISITED_AFTER.search(text, max(0, v[0] - 2), v[0]) or not _VISIT_ACT.match(text, v[1]) \
                or _LISTED_NEXT.match(text, v[1]):
            continue
        ss = max(text.rfind(ch, 0, v[0]) for ch in "。!?！？\n") + 1
        name = text[v[0]:v[1]]
        for h in hits:
            if ss <= h[0] and text[h[0]:h[1]] != name and h[1] <= v[0] \
                    and _CHECKING_BODY.match(text, h[1]):
                out.add(h[0])
    return out


def unquoted(text: str) -> str:
    """``text`` with the inside of each short quotation holding no figure (a slogan's, an honour's, a brand's: “某省卫生
    城市”, “数字眉山”) blanked, offsets kept: for a reader of names that must not take a place named in one as the
    text's own (a headline's “某省园林县城”创建工作 is no text of that province, nor of a 林县 read out of 园林县城)."""
    return _REF_QUOTE.sub(lambda m: m.group()[0] + " " * (len(m.group()) - 2) + m.group()[-1], text)


def reference_hits(text: str, hits: list) -> set[int]:
    """Starts of the region hits named as a reference (``reference_place``), inside a slogan's short quotation (no
    figure in it), or listed with such a place by 、 (对标深圳、杭州: both are models)."""
    quotes = [(m.start(), m.end()) for m in _REF_QUOTE.finditer(text)]
    q_starts = [a for a, _ in quotes]
    out: set[int] = set()
    prev = None
    for k, h in enumerate(hits):
        s, e = h[0], h[1]
        j = bisect_left(q_starts, s + 1) - 1
        if j >= 0 and quotes[j][0] < s and e < quotes[j][1]:
            out.add(s)
        elif reference_place(text, s, e) or _visitor(text, hits, k) or away_place(text, s, e, min(r.level for r in h[3])):
            out.add(s)  # (away_place: 我县赴深圳招商, 我市在杭州举行洽谈会, 广州客商来我县: where the text's own went)
        elif prev is not None and prev[0] in out and text[prev[1]:s] in ("", "、", "和", "与"):
            out.add(s)
        prev = (s, e)
    return out | checking_bodies(text, hits)


ADDRESSEE_SCAN_CHARS = 2000  # a notice's addressee line stands under its title, before any of its text
# …also in a page that lost its line breaks: the line then opens right after the notice's number (…〔2022〕93号各市
# 人民政府,…) and ends at the indent of the first paragraph (…有关部门:　　为深入贯彻…)
_ADDRESSEE_LINE = rx.compile(rf"(?m)(?:^|(?<=号))[ \t\u3000]*(?:{alternation(zh.ADDRESSEE_OPENERS)})"
                             rf"[^\n\d。;；]{{0,{zh.ADDRESSEE_LINE_MAX}}}?[:：](?:[ \t\u3000]*$|[ \u3000]{{2,}}(?=\S))")


def addressee_lines(text: str, limit: int = ADDRESSEE_SCAN_CHARS) -> list[tuple[int, int]]:
    """The spans of a notice's addressee lines in ``text[:limit]`` (各省、自治区、直辖市人民政府,新疆生产建设兵团:;
    各县(市、区)人民政府,市直有关单位:): a line opening with 各 or a level's own departments (县直各单位) and ending
    with a colon, no figure and no sentence in it."""
    return [(m.start(), m.end()) for m in _ADDRESSEE_LINE.finditer(text, 0, min(len(text), limit))]


def addressee_hits(text: str, hits: list) -> set[int]:
    """Starts of the region hits in a notice's addressee line: the line names who reads the notice (a province in
    各省、自治区、直辖市及新疆生产建设兵团, a county a city's notice is sent to), not whose figures follow."""
    spans = addressee_lines(text)
    return {h[0] for h in hits if any(a <= h[0] < b for a, b in spans)} if spans else set()


AREA_MIN_MENTIONS = 2  # a named area written at least this often (its full name each time) is what a text is about
_AREA_AT = rx.compile(rf"[\u4e00-\u9fff]{{2,10}}(?:{alternation(zh.AREA_HEADS)})")


def spoken_area(text: str, limit: int | None = None) -> str:
    """The named area over several divisions that ``text[:limit]`` is about (共建成渝地区双城经济圈…项目清单, 推动成渝地区
    双城经济圈建设: 成渝地区双城经济圈), or "": the longest name ending in an area's head (经济圈, 城市群) that at least
    ``AREA_MIN_MENTIONS`` of its mentions end with, when the text speaks as no division (全市, 我县); failing one, an
    area named by its own word (``_named_area``: 长三角), also in a text naming the nation less often than the area."""
    limit = UNLISTED_SCAN_CHARS if limit is None else limit
    suffix = speaking_suffix(text, limit, min_refs=1)
    if suffix == NATION_SUFFIX:
        # 占全国的比重, 全国领先: the nation named to compare the area with, unless said as often as the area is named
        area, n = _named_area(text[:limit])
        return area if n > speaker_counts(text, limit).get(NATION_SUFFIX, 0) else ""
    if suffix:
        return ""
    found = [m.group() for m in _AREA_AT.finditer(text, 0, min(len(text), limit))]
    best = ""
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            n = 0
            while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
                n += 1
            name = a[len(a) - n:]
            head = next((h for h in zh.AREA_HEADS if name.endswith(h)), "")
            if head and len(name) - len(head) >= 2 and len(name) > len(best):
                best = name
    if best and sum(1 for a in found if a.endswith(best)) < AREA_MIN_MENTIONS:
        best = ""
    lead = next((v for v in zh.AREA_LEAD_VERBS if best.startswith(v)), "")
    if lead and any(best.endswith(h) and len(best) - len(lead) - len(h) >= 2 for h in zh.AREA_HEADS):
        best = best[len(lead):]  # 共建某某经济圈 named twice the same: the slogan's verb is no part of the area's name
    return best or _named_area(text[:limit])[0]


AREA_LEAD_CHARS = 300  # the lead sentence after a headline is read this far at most


def area_in_lead(text: str, title: str, area: str) -> bool:
    """Whether the named area ``area`` (``spoken_area``) is named in the headline ``title`` or in the text's lead, its
    first sentence ending in 。 after the headline (a dateline, a source line between them read through).

    Why: a text about an area names it where it says what it reports (共建某某经济圈重大项目清单发布; 1-9月,300个
    共建某某经济圈重大项目完成投资…); a division's news naming the area only as one field of its work (科技创新、
    某某双城经济圈、城市提升三个板块; 二是某某双城经济圈建设稳步实施), its lead about its own projects, gives the
    division's figures, however often the field's name recurs."""
    if title and area in title:
        return True
    k = text.find(title) if title else -1
    start = k + len(title) if k >= 0 else 0
    end = text.find("。", start, start + AREA_LEAD_CHARS)
    return area in text[start:end if end >= 0 else start + AREA_LEAD_CHARS]


NATION_SUFFIX = "国"  # (zh.SPEAKER_WORDS: 全国, 我国)
_AREA_NAME_AT = rx.compile(alternation(zh.AREA_NAMES))


def _named_area(text: str) -> tuple[str, int]:
    """The area over several provinces named by its own word (长三角, 京津冀: zh.AREA_NAMES) that ``text`` names at least
    ``AREA_MIN_MENTIONS`` times and more often than any other such area, and how often; ("", 0) for none.  The word
    alone is the area's name (长三角地区生产总值: 长三角's 地区生产总值).  Why: 长三角地区生产总值 in the area's own plan is the
    area's figure; no name with an area's head (经济圈) says so, and the gazetteer holds no such area, so the page had
    no place or took a province it names."""
    by_area: Counter = Counter(m.group() for m in _AREA_NAME_AT.finditer(text))
    if not by_area:
        return "", 0
    ranked = by_area.most_common(2)
    area, n = ranked[0]
    if n < AREA_MIN_MENTIONS or len(ranked) > 1 and ranked[1][1] == n:
        return "", 0
    return area, n


# ------------------------------------------------------------------ places the gazetteer lacks

_SUFFIXES = tuple(sorted(zh.PLACE_SUFFIXES, key=len, reverse=True))
_ZONE_SUFFIXES = frozenset(x for x in zh.PLACE_SUFFIXES if x in zh.ZONE_WORDS)
_SUFFIX_RE = rx.compile(alternation(_SUFFIXES))
_SELF_RE = {s: re.compile(alternation(w)) for s, w in zh.PLACE_SELF_WORDS.items()}
_SUFFIX_WORDS = frozenset(zh.PLACE_SUFFIX_WORDS)
_OWN_BODY_RE = {s: re.compile(rf"{re.escape(s)}(?:{alternation(zh.PLACE_OWN_BODIES)})") for s in zh.PLACE_SUFFIXES}
_NOT_PLACE_TAILS = tuple(zh.NOT_PLACE_WORDS)
_TAILS_LONGER = {n: tuple(x for x in _NOT_PLACE_TAILS if len(x) > n)  # by a suffix's length: the tails longer
                 for n in range(max(map(len, _NOT_PLACE_TAILS), default=0))}
_STOP = frozenset(zh.NAME_STOP_CHARS)
# 县(市、区), 乡(镇、街道): a level followed by the other levels it stands with names them all, no place of its own
_LEVELS_AFTER = rx.compile(rf"[(（](?:街道|[{zh.PLACE_LEVEL_CHARS}])(?:[、,，/](?:街道|[{zh.PLACE_LEVEL_CHARS}]))*[)）]")
_LEVEL_CHARS = frozenset(zh.PLACE_LEVEL_CHARS)
_ISSUER_AFTER = rx.compile(alternation(zh.PLACE_ISSUER_WORDS))
UNLISTED_SCAN_CHARS = 20000  # the document's own place is named long before this
_MAX_ROOT = 4  # characters of a name before its suffix
_TOWN_SUFFIXES = frozenset(x for x, lv in zh.PLACE_SUFFIXES.items() if lv >= 4)  # 镇, 乡, 街道
# jieba's tags of a word that may be a town's root though not tagged a place (a common noun, verb or adjective before
# 镇 names a kind of town: 中心镇, 特色镇)
_TOWN_ROOT_TAGS = frozenset(("", "m", "nz", "nr", "j"))


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@dataclass
class UnlistedPlace:
    """A place named with a division's suffix that the gazetteer does not hold (岚溪县, 临湖区, 云峰镇)."""
    name: str  # 岚溪县
    root: str  # 岚溪: the name without its suffix (its short name)
    suffix: str  # 县
    level: int  # regions.PREFECTURE for 市, COUNTY for 县/区/旗/新区, TOWN for 镇/乡/街道
    spans: list = field(default_factory=list)  # (start, end) of every mention in ``norm``
    in_title: bool = False  # named in the title line
    issuer: bool = False  # as the speaker: 岚溪县人民政府, 中共岚溪县委, 岚溪县第十届人民代表大会
    self_refs: int = 0  # 全县/我县/本县/县委县政府 … for its suffix in the text
    parent: str = ""  # the city a chain heading the text names before it (青山市|临水区十届人大三次会议): where it lies

    @property
    def strong(self) -> bool:
        return self.in_title or self.issuer

    def region(self) -> Region:
        """The place as a Region of no code, named as ``norm`` reads it (鹭川镇 in a traditional text): the readers
        of the region layer compare its names with ``norm``; a name written in the text's own script (鷺川鎮) made a
        traditional page's place a stranger to them (its figures went to the province or to none)."""
        return Region("", self.name, self.root, self.level, "")

    def written_name(self, view: str) -> str:
        """The name as ``view`` (the text as written, before the traditional → simplified mapping of ``norm``)
        writes its first mention: there is no gazetteer name to give instead, so the output names it so."""
        if self.spans:
            a, b = self.spans[0]
            if len(view[a:b]) == len(self.name):
                return view[a:b]
        return self.name


def _name_before(norm: str, s: int, suffix: str, jb, tags, known=lambda w: False,
                 memo: dict | None = None) -> tuple[int, str] | None:
    """``_name_in_window``, memoised in ``memo`` on the window of characters it reads."""
    lo = _HAN_BEFORE.search(norm, max(0, s - _MAX_ROOT - 4), s).start()  # up to 8 Han characters before s
    e = s + len(suffix)
    hi = _HAN_AFTER.match(norm, e, e + 6).end()  # and up to 6 after the suffix
    key = (norm[lo:hi], s - lo, suffix)  # _name_in_window reads no character outside [lo, hi)
    got = memo.get(key, _MISS) if memo is not None else _MISS
    if got is _MISS:
        got = _name_in_window(key[0], key[1], suffix, jb, tags, known)
        if memo is not None:
            memo[key] = got
    return None if got is None else (got[0] + lo, got[1])


_MISS = object()
_HAN_BEFORE = rx.compile(r"[\u4e00-\u9fff]*\Z")
_HAN_AFTER = rx.compile(r"[\u4e00-\u9fff]*")
_NAME_MEMO: list = [None, {}]  # (the gazetteer ``known`` asks, _name_before's memo for it)


def _name_memo(gazetteer: Gazetteer) -> dict:
    """_name_before's memo while ``gazetteer`` says which words are known places (bounded)."""
    if _NAME_MEMO[0] is not gazetteer or len(_NAME_MEMO[1]) >= 16384:
        _NAME_MEMO[:] = [gazetteer, {}]
    return _NAME_MEMO[1]


def _short_of_known(w: str, known) -> bool:
    """Whether ``w`` is a known place's name or its short name (仁寿 of 仁寿县, 彭山 of 彭山区)."""
    return known(w) or any(known(w + x) for x in zh.SHORT_NAME_SUFFIXES)


def _name_in_window(norm: str, s: int, suffix: str, jb, tags, known=lambda w: False) -> tuple[int, str] | None:
    """(start, root) of the name that the suffix at ``s`` ends, or None when the suffix ends no name.

    jieba (its dictionary only, no guessing) cuts the characters around the suffix: the suffix must stand as a
    word of its own or open one of the words a division's name may be followed by (县委, 市政府), or end a word
    jieba calls a place (临|湖区) that is no common word ending in it (景区, 城市, 示范区).  The name then runs left
    over single characters that are no function words (赴|岚溪县) and place words (青川), at most four."""
    e = s + len(suffix)
    lo = s
    while lo > 0 and s - lo < _MAX_ROOT + 4 and _han(norm[lo - 1]):
        lo -= 1
    hi = e
    while hi < len(norm) and hi - e < 6 and _han(norm[hi]):
        hi += 1
    toks = _cut(norm[lo:hi])  # jieba_dict.jieba(), the jb given
    pos = lo
    bounds = []
    for w in toks:
        bounds.append((pos, pos + len(w), w))
        pos += len(w)
    k = next((i for i, (a, b, _) in enumerate(bounds) if a <= s < b), None)
    if k is None:
        return None
    a, b, w = bounds[k]
    root_parts: list[str] = []
    if a == s:  # the suffix opens the word: 县 | 县委 | 市场; or is several words: 经济|技术|开发区
        if w != suffix and w not in _SUFFIX_WORDS and not (b < e and any(y == e for _, y, _ in bounds[k:])):
            return None
    elif b == e:  # the word ends with the suffix: 湖区 in 临|湖区, 景区, 城市
        head = w[:-len(suffix)]
        if w.endswith(_NOT_PLACE_TAILS) or any(c in _STOP for c in head) or (
                w in tags and not tags[w].startswith("ns") and not (len(head) == 1 and head in _LEVEL_CHARS)):
            return None  # 景区, 城市; but 澄|州市 is 澄州 + 市
        root_parts.append(w[:s - a])
    else:
        return None
    root_len = sum(len(x) for x in root_parts)
    j = k - 1
    while j >= 0:
        _, _, t = bounds[j]
        if len(t) == 1:
            if t in _STOP or (t in _LEVEL_CHARS and root_len > 0):
                break
        elif root_len == 0 and suffix in _TOWN_SUFFIXES and len(t) >= 2 and tags.get(t, "") in _TOWN_ROOT_TAGS \
                and known(t + suffix):
            root_parts.insert(0, t)  # 五里|镇, 九龙|乡: a word the dictionary reads as a numeral, a proper name or an
            root_len += len(t)       # abbreviation (or not at all) that names, with the suffix, a town the gazetteer holds
            break
        elif root_len == 0 and suffix in _ZONE_SUFFIXES and t.endswith(_SUFFIXES) and known(t):
            root_parts.insert(0, t)  # 东坡区|经济开发区: a zone named with its place's whole name
            root_len += len(t)
            break
        elif not ((tags.get(t, "").startswith("ns") or root_len == 0 and suffix in _ZONE_SUFFIXES and _short_of_known(t, known))
                  and not t.endswith(_SUFFIXES)) or (root_len >= 2 and known(t)):
            break  # a common word; or a known place before a whole name (山东|枣庄市): its parent, not its part
            # (a place's short name heading a zone's name, 彭山|经济开发区, is the zone's root whatever jieba tags it)
        if root_len + len(t) > _MAX_ROOT:
            break
        root_parts.insert(0, t)
        root_len += len(t)
        j -= 1
    root = "".join(root_parts)
    if len(root) < 2 or not all(_han(c) for c in root):
        return None
    return s - len(root), root


def _levels_after_place(root: str, known) -> bool:
    """Whether ``root`` (the name before a suffix) is a known place followed by level characters only (四川省|市 of
    四川省市县三级): the levels of that place's administration are listed, no place is named."""
    return not known(root) and any(known(root[:k]) and all(ch in _LEVEL_CHARS for ch in root[k:])
                                   for k in range(2, len(root)))


def unlisted_places(norm: str, gazetteer: Gazetteer, title: tuple[int, int] | None = None,
                    limit: int = UNLISTED_SCAN_CHARS) -> list[UnlistedPlace]:
    """The places named with a division's suffix in ``norm[:limit]`` that the gazetteer does not hold in full
    (a town counts even when it does: the gazetteer's towns need their county), with the evidence that the
    text speaks as them: the title (``title``: its span), the issuer's position, self-reference.

    A name is kept whatever its evidence; ``speaking_place`` decides.  Where the same name is found once with
    a word before it (赴岚溪县) and elsewhere without, the longer finding folds into the shorter."""
    from . import jieba_dict
    try:
        jb = jieba_dict.jieba()
        _, tags = jieba_dict.tables()
    except (ImportError, OSError):  # no jieba: names cannot be delimited, so none is taken
        return []
    text = norm[:limit]
    found: dict[str, UnlistedPlace] = {}

    def known(w: str) -> bool:
        return bool(gazetteer.named(w))
    memo = _name_memo(gazetteer)
    # (各市人民政府,某新区管委会,省政府有关部门: the bodies a notice is sent to read it; none of them issues it)
    read_by = addressee_lines(text)
    for m in _SUFFIX_RE.finditer(text):
        s, suffix = m.start(), m.group()
        if s == 0 or not _han(text[s - 1]) or text[s - 1] in _STOP:
            continue  # 全县, 各市, 本区: no name ends here (what _name_before would find, without cutting)
        if _LEVELS_AFTER.match(text, m.end()):
            continue  # 下派县(市、区)1500件: the counties, cities and districts, no county named 下派县
        got = _name_before(text, s, suffix, jb, tags, known, memo)
        if got is None:
            continue
        start, root = got
        name = root + suffix
        if name.endswith(_TAILS_LONGER.get(len(suffix), ())):
            continue  # 岚溪|城区 cut character by character: still 城区
        level = zh.PLACE_SUFFIXES[suffix]
        if level < 4 and any(r.name == name[k:] for k in range(len(root) - (suffix != "县"))
                             for r in gazetteer.named(name[k:])):
            continue  # the gazetteer's own (with a word before it: 对标|广州市; 陕西省|凤县, a county of a one-character
            # root after its province): its layer has it
        if _levels_after_place(root, known):
            continue  # 四川省市县三级, 眉山市县两级: a place and the levels under it, no place of its own
        p = found.get(name)
        if p is None:
            p = found[name] = UnlistedPlace(name, root, suffix, level)
        p.spans.append((start, m.end()))
        if title is not None and title[0] <= start < title[1]:
            p.in_title = True
        if (_ISSUER_AFTER.match(text, m.end()) or text.startswith("中共", max(0, start - 2))) and \
                not any(a <= start < b for a, b in read_by):
            p.issuer = True
    _chained_children(text, found, known, title)
    # 赴岚溪县 found once, 岚溪县 elsewhere more often: the same place
    for name in sorted(found, key=len, reverse=True):
        p = found[name]
        for k in range(1, len(p.root) - 1):
            q = found.get(name[k:])
            if q is not None and len(q.spans) >= len(p.spans):
                q.spans = sorted(q.spans + [(a + k, b) for a, b in p.spans])
                q.in_title |= p.in_title
                q.issuer |= p.issuer
                del found[name]
                break
    out = list(found.values())
    if title is not None:
        head = text[title[0]:title[1]]
        for p in out:
            # the title may call it by its short name (岚溪:项目建设跑出加速度), the text by its full one
            k = head.find(p.root)
            if k >= 0 and not p.in_title and (k == 0 or not _han(head[k - 1])
                                              or head[k - 1] in _STOP) and not head.startswith(p.root + p.suffix, k) \
                    and not _names_namesake(head, k + len(p.root), p, found, known):
                p.in_title = True
    named = {a for p in out for a, _ in p.spans}
    for p in out:
        # 各街道办事处, 每个镇政府: a class of bodies, not the text speaking as one
        p.self_refs = sum(1 for m in _SELF_RE[p.suffix].finditer(text)
                          if not (m.start() and text[m.start() - 1] in zh.CLASS_BEFORE_BODY))
        # its own bodies named without a name (关于市政府常务会议…, 县委要求): the text speaks from that level
        for m in _OWN_BODY_RE[p.suffix].finditer(text):
            if not any(m.start() - k in named and text[m.start() - k:m.start()].endswith(q.root)
                       for q in out for k in (len(q.root),)):
                p.self_refs += 1
    return out


_NAMESAKE_SUFFIXES = _OWN_SUFFIXES + ("省",)  # a place's own suffixes, longest first, and a province's


def _names_namesake(head: str, at: int, p: "UnlistedPlace", found: dict, known) -> bool:
    """Whether the title's root at ``at`` runs on into another place of the same root (高阳县 in a county's report
    whose text also names 高阳经济开发区, the zone named after it): the title names that place, not ``p``."""
    for suffix in _NAMESAKE_SUFFIXES:
        if suffix != p.suffix and head.startswith(suffix, at):
            name = p.root + suffix
            return name in found or known(name)
    return False


# a district, county or county-level city named right after its city at the head of its own text, before the body
# that issues it, its meeting or its report: 青山市临水区十届人大三次会议, 赣州市金溪区2024年政府工作报告, 某市某县人民政府
_CHAIN_CHILD = rx.compile(rf"([\u4e00-\u9fff]{{2,{_MAX_ROOT}}}?)({alternation(zh.CHAIN_CHILD_SUFFIXES)})"
                          rf"(?=(?:{alternation(zh.PLACE_ISSUER_WORDS + zh.CHAIN_CHILD_FOLLOWERS)})|"
                          r"(?:19|20)\d\d\s*年|[一二三四五六七八九十]{1,3}届)")
_CHAIN_PARENT_SUFFIXES = ("市", "州", "盟")
_CHAIN_PARENT_END = rx.compile(alternation(_CHAIN_PARENT_SUFFIXES))
_SESSION_AFTER = rx.compile(r"[一二三四五六七八九十]{1,3}届")  # 临水区十届人大三次会议: its congress, by its term
CHAIN_HEAD_CHARS = 600  # the title and the opening lines of a district's report, where the chain heads it


def _chained_children(text: str, found: dict[str, "UnlistedPlace"], known, title: tuple[int, int] | None) -> None:
    """Add to ``found`` the places a chain at the head of the text names after their city (青山市临水区十届人大三次会议,
    赣州市金溪区2024年政府工作报告) that the name cut missed: a word of the dictionary may end in the suffix (水区) where
    the chain still shows where a name stands.  The city before must be one the gazetteer or the text's own scan
    knows; the child's root holds no function character and is no common word ending in the suffix (城区, 园区)."""
    for pm in _CHAIN_PARENT_END.finditer(text, 0, CHAIN_HEAD_CHARS):
        s = pm.end()
        m = _CHAIN_CHILD.match(text, s)
        if m is None:
            continue
        root, suffix = m.group(1), m.group(2)
        parent = next((text[s - k:s] for k in range(_MAX_ROOT + 1, 2, -1) if s - k >= 0
                       and text[s - k:s].endswith(_CHAIN_PARENT_SUFFIXES)
                       and (known(text[s - k:s]) or text[s - k:s] in found)), "")
        if not parent or any(c in _STOP or c in _LEVEL_CHARS for c in root) or _deed_word(root):
            continue
        name = root + suffix
        if name.endswith(_NOT_PLACE_TAILS) or known(name) or name in found:
            if name in found and not found[name].parent:
                found[name].parent = parent
            continue
        p = found[name] = UnlistedPlace(name, root, suffix, zh.PLACE_SUFFIXES[suffix], parent=parent)
        p.spans.append((s, m.end()))
        p.in_title = title is not None and title[0] <= s < title[1]
        p.issuer = bool(_ISSUER_AFTER.match(text, m.end()) or _SESSION_AFTER.match(text, m.end()))
        # its other mentions: the full name wherever the text writes it again
        k = text.find(name, m.end())
        while k >= 0:
            p.spans.append((k, k + len(name)))
            k = text.find(name, k + len(name))


def _deed_word(root: str) -> bool:
    """Whether ``root`` is a word of jieba's dictionary tagged a verb, an adverb, a preposition or a conjunction
    (召开, 组织, 积极): after a city it is what the city does (遵义市召开市委…工作会议: 召开|市委), the suffix opening
    the next word (市委, 县政府); no place's name ends there.

    Why: a chain read at a text's head (青山市临水区…) takes the characters between the city and a suffix for a
    lower place the dictionary does not know; a name is never a deed word of the language."""
    from . import jieba_dict
    try:
        _, tags = jieba_dict.tables()
    except (ImportError, OSError):
        return False
    return tags.get(root, "")[:1] in ("v", "d", "p", "c")


OWN_SELF_REFS = 3  # 全镇/本镇, 全县 at least this often: the place's own report, though it writes its name once


def _town_spoken_as(p: UnlistedPlace, places: list[UnlistedPlace]) -> bool:
    """A town, 街道 or county the text names once and speaks as again and again (…甲镇经济结构调整…; 全镇规上工业…,
    全镇固定资产投资…, 全镇…), the only place of its level the text names: a bulletin names itself once, then says 全镇."""
    return p.self_refs >= OWN_SELF_REFS and \
        not any(q is not p and min(q.level, 4) == min(p.level, 4) for q in places)


ACTOR_MENTIONS = 3  # a place named this often, twice as often as any other, is the actor of a report


def speaking_place(places: list[UnlistedPlace]) -> UnlistedPlace | None:
    """The one of ``places`` the text speaks as: named in the title or as the issuer and mentioned again or
    spoken as (全县 for a 县), or named at least twice and spoken as at least twice; the strongest such.  Failing
    those, the actor of the report: named three times or more, twice as often as any other."""
    ok = [p for p in places
          if (p.strong and (p.self_refs >= 1 or len(p.spans) >= 2)) or (p.self_refs >= 2 and len(p.spans) >= 2)
          or _town_spoken_as(p, places)]
    parents = {p.parent for p in ok if p.parent and p.strong}
    if parents:
        ok = [p for p in ok if p.name not in parents]  # 青山市临水区…: the city only locates the district it heads
    if not ok:
        # no title, issuer nor 全县: the actor the report names again and again, far more often than any other
        by_count = sorted(places, key=lambda p: len(p.spans), reverse=True)
        if by_count and len(by_count[0].spans) >= ACTOR_MENTIONS and (
                len(by_count) == 1 or len(by_count[0].spans) >= 2 * len(by_count[1].spans)):
            return by_count[0]
        return None
    # the title's place before an issuer named only in the text (岚溪县… above a 城关街道办事处 that reports in it)
    ok.sort(key=lambda p: (p.in_title, p.strong, p.self_refs, len(p.spans), -p.spans[0][0]), reverse=True)
    if len(ok) > 1 and not ok[0].strong and (ok[1].self_refs, len(ok[1].spans)) == (ok[0].self_refs, len(ok[0].spans)):
        return None  # two counties of one prefecture, each as often: the text speaks as neither
    return ok[0]


# ------------------------------------------------------------------ the level a text speaks as

_SPEAKER_RE = {suffix: rx.compile(rf"(?<![{zh.SPEAKER_COMPARED_BEFORE}])(?:{alternation(words)})"
                                   rf"(?!{alternation(zh.SPEAKER_COMPARED_AFTER)})")
               for suffix, words in zh.SPEAKER_WORDS.items()}
SPEAKER_MIN = 2  # self-references (全州, 我州) a text makes at least, more than of any other suffix


def _can_overlap(a: str, b: str) -> bool:
    """Whether an occurrence of ``a`` and one of ``b`` can share a character in some text."""
    return a in b or b in a or any(a.endswith(b[:k]) or b.endswith(a[:k]) for k in range(1, min(len(a), len(b))))


def _speaker_scan() -> tuple[re.Pattern, dict[str, str]] | None:
    """Every suffix's words in one pattern (a named group per suffix), when no word of one suffix can overlap a word
    of another: one scan then counts what each suffix's own pattern finds (non-overlapping matches, the same
    look-behind and look-ahead), else None."""
    items = list(zh.SPEAKER_WORDS.items())
    for i, (_, wa) in enumerate(items):
        for _, wb in items[i + 1:]:
            if any(_can_overlap(a, b) for a in wa for b in wb):
                return None
    groups = {f"s{i}": suffix for i, (suffix, _) in enumerate(items)}
    pattern = "|".join(f"(?P<s{i}>{alternation(words)})" for i, (_, words) in enumerate(items))
    return (rx.compile(rf"(?<![{zh.SPEAKER_COMPARED_BEFORE}])(?:{pattern})(?!{alternation(zh.SPEAKER_COMPARED_AFTER)})"),
            groups)


_SPEAKER_SCAN = _speaker_scan()


def speaker_counts(text: str, limit: int = UNLISTED_SCAN_CHARS) -> dict[str, int]:
    """How often ``text[:limit]`` speaks as a division of each suffix (全县, 我县, 县直 for 县), by suffix.

    The place readers ask it of one document's text three to four times (the speaking suffix, the nation test,
    the dateline's division): counted once per head, each call gets a dict of its own."""
    return dict(_speaker_counts(text[:limit]))


@lru_cache(maxsize=4)
def _speaker_counts(head: str) -> tuple[tuple[str, int], ...]:
    return tuple(_count_speakers(head).items())


def _count_speakers(head: str) -> dict[str, int]:
    if _SPEAKER_SCAN is None:
        return {s: sum(1 for m in r.finditer(head) if not reference_place(head, m.start(), m.end()))
                for s, r in _SPEAKER_RE.items()}
    scan, groups = _SPEAKER_SCAN
    counts = dict.fromkeys(_SPEAKER_RE, 0)
    for m in scan.finditer(head):
        if not reference_place(head, m.start(), m.end()):  # 立足全省…, 争当全省排头兵: the wider place as a reference
            counts[groups[m.lastgroup]] += 1
    return counts


def speaking_suffix(text: str, limit: int = UNLISTED_SCAN_CHARS, min_refs: int = SPEAKER_MIN) -> str:
    """The suffix of the division ``text`` speaks as (州 for a text saying 全州 … more often than 全县 or 全市, and at
    least ``min_refs`` times), or ""."""
    counts = sorted(((n, s) for s, n in speaker_counts(text, limit).items()), reverse=True)
    if counts[0][0] >= min_refs and counts[0][0] > counts[1][0]:
        return counts[0][1]
    return ""


NATION_HEAD_CHARS = 600  # characters of a text's head in which a national body names who writes it


def nation_speaks(norm: str) -> bool:
    """Whether the text speaks as the nation: it says 全国, 我国 more often than any division its 全省, 全市 …; or it
    speaks as no division at all and its head names a national body (国务院, 国家发展改革委, 中华人民共和国…规划纲要) —
    the State Council's report, a national outline, a ministry's news, however a province's site reposts it."""
    if speaking_suffix(norm) == "国":
        return True
    if any(n for s, n in speaker_counts(norm).items() if s != "国"):
        return False
    return bool(_NATIONAL_BODY.search(norm, 0, NATION_HEAD_CHARS))


_NATIONAL_BODY = rx.compile(alternation(zh.NATIONAL_BODIES))


def below_speaker(name: str, level: int, suffix: str) -> bool:
    """Whether a place (``name``, ``level``) is one a text speaking as a division of ``suffix`` does not speak for:
    lower than such a division can be and named with another suffix (泸溪县 in a text of 全州; a 街道 in one of
    全县), so named within the text, never as the text."""
    return bool(suffix) and level > zh.SPEAKER_LEVELS[suffix] and not name.endswith(suffix)


def above_speaker(name: str, level: int, suffix: str, named: Iterable[str] = ()) -> bool:
    """Whether a place (``name``, ``level``) is one a text speaking as a division below the province (全市, 全州, 全盟;
    全区, 全县, 我旗: ``suffix``) names only above itself: a city or province, not of that suffix, while the text names
    no place of that suffix at all (a district's report saying 全区 … 在某市委、市政府的领导下, 振兴某市老工业基地; a
    county's news naming a province in a line's name 浙江至福州特高压线路; a city's half-year release saying 全市 that
    names its province once, in 考察某省重要讲话精神).  The division itself is never named: the text's figures are of
    no place it names (SCHEMA: subject "" when the text never names the place).  A place of the suffix among
    ``named`` (an autonomous region's or a prefecture 地区's 全区, another district, the city itself) leaves it be."""
    if suffix not in zh.SUB_PROVINCE_SPEAKER_SUFFIXES or not 0 < level < zh.SPEAKER_LEVELS[suffix] or \
            name.endswith(suffix):
        return False
    return not any(n.endswith(suffix) for n in named)


def superior_named(gazetteer: Gazetteer, r: Region, text: str, suffix: str, limit: int = UNLISTED_SCAN_CHARS) -> bool:
    """Whether the prefecture ``r`` is the superior of a county-level city whose text this is: the text speaks as a
    市 (``suffix``) that reaches its towns directly (全市12个镇处, 各乡镇) and names no counties under it, while ``r``
    has counties (根据省、黄冈市的统一部署 in a text of 武穴: 黄冈市 is who set the task, not whose figures follow)."""
    if suffix != "市" or r.level != PREFECTURE:
        return False
    head = text[:limit]
    if not any(w in head for w in zh.TOWNS_UNDER_SPEAKER) or any(w in head for w in zh.COUNTIES_UNDER_SPEAKER):
        return False
    return any(ch.level == COUNTY for ch in gazetteer.children(r))


def one_of_parts(layer: "DocRegions", r: Region, limit: int = UNLISTED_SCAN_CHARS) -> bool:
    """Whether ``r``, a place of the speaker's suffix below the level such a text speaks as (a county-level city, 彭州市,
    in a text saying 全市), is only one of several parts of the whole the text speaks for: places of its level under
    the same parent are named about as often (the rows of a prefecture's table, a ranking 社旗县、桐柏县、…、邓州市).
    A county-level city's own text names itself far more often than any neighbour (at least twice as often)."""
    g = layer.gazetteer
    if r.level <= PREFECTURE or not r.code:
        return False
    parent = g.parent(r)
    if parent is None:
        return False
    counts: dict[str, int] = {}
    for h in layer.find(0, limit, in_names=False):
        x = h.region
        if x.level == r.level and x.code and (p := g.parent(x)) is not None and p.code == parent.code \
                and inclusion_part(layer.text, h.start) < 0:  # (全市项目共225个(含邓州市): a part, never the own)
            counts[x.name] = counts.get(x.name, 0) + 1
    own = counts.pop(r.name, 0)
    return bool(counts) and own < 2 * max(counts.values())


PARTS_MIN = 3  # counties of one prefecture a text names, none far more than the others, to speak of that prefecture


def parent_of_parts(layer: "DocRegions", regions: Iterable[Region], limit: int = UNLISTED_SCAN_CHARS) -> Region | None:
    """The prefecture whose counties are all a text names: a notice ranking them (魏县完成投资…；大名县…；临漳县…), the
    prefecture itself never named (the text then speaks of no place named, none of the counties: meta._regions).  At
    least ``PARTS_MIN`` counties of one prefecture are named, none of them far more often than another (``one_of_parts``), and every other place the text names (``regions``) is that
    prefecture or one it lies in; else None.  A county's own text names itself far more often than its neighbours."""
    g = layer.gazetteer
    counties = [r for r in regions if r.level == COUNTY and r.code]
    parents = {p.code: p for r in counties if (p := g.parent(r)) is not None}
    if len(parents) != 1:
        return None
    parent = next(iter(parents.values()))
    if parent.level != PREFECTURE or len({r.code for r in counties}) < PARTS_MIN:
        return None
    wider = {a.code for a in [parent] + g.ancestors(parent)}
    if any(r.level != COUNTY and r.code not in wider for r in regions):
        return None
    named = Counter(h.region.code for h in layer.find(0, limit, in_names=False))
    return parent if one_of_parts(layer, max(counties, key=lambda r: named[r.code]), limit) else None



def whole_of_parts(g, top: Region, counted: dict[str, tuple[Region, int]]) -> Region | None:
    """The division whose parts a text lists, named in the text itself: ``top``, its most named place, lies in a
    division the text names too (``counted``: name → (region, mentions) of the places it is about), beside at least
    ``PARTS_MIN`` - 1 other places of ``top``'s level in that division, ``top`` named at most twice as often as any
    of them (某省重大项目集中开工活动举行 … 甲市、乙市、丙市、丁市项目投资均超过千亿元 … 甲市某区某项目); else None.

    Why: a text speaking as no division (no 全省, 全市) about an event or a total of the whole names its parts as
    examples, each once or twice; the most named of them is one example among several, the whole is what the text
    is about.  A city's own text names itself far more often than its neighbours, or in its title (left to the
    caller)."""
    if not top.code:
        return None
    for whole in g.ancestors(top):
        if whole.name not in counted or counted[whole.name][0].code != whole.code:
            continue
        parts = [n for r, n in counted.values() if r.code and r.code != top.code and r.level == top.level
                 and whole.code in {a.code for a in g.ancestors(r)}]
        if len(parts) + 1 >= PARTS_MIN and counted[top.name][1] <= 2 * max(parts):
            return whole
        return None
    return None



# ------------------------------------------------------------------ the document's own place: one frame decision

FRAME_LEAD_CHARS = 600  # the headline and the lead naming the event a text reports a part of stand within this
FRAME_BRANCH_ROOT = 6  # characters of a place's name before a branch venue's word (眉山分会场, 青川市分会场)
_BRANCH = rx.compile(rf"(?:{alternation(zh.EVENT_BRANCH_LEADS)})?(?:{alternation(zh.EVENT_BRANCH_WORDS)})")
_EVENT_NAME = rx.compile(alternation(zh.EVENT_NOUNS + zh.EVENT_FRAME_NOUNS + zh.EVENT_BRANCH_WORDS + zh.EVENT_MAIN_WORDS))
_CLAUSE_END = rx.compile(r"[,，;；。:：!?！？\n]")
_FIGURE = rx.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.年月日号])")  # a figure, not a date's number
_LIST_BEFORE = "、和及与"  # 南宁、钦州设分会场: a list of branches names no one place


@dataclass
class PlaceFrame:
    """The document's own place decided once from its frame (headline, lead, the level its body speaks as), with the
    span that says it, why and how sure.  ``name`` is "" when the frame decides nothing: the place found otherwise
    stands.

    reasons: ``branch_venue`` (全省集中开工眉山分会场 … 全市此次开工项目30个: the branch's place, not the province whose
    event it is part of), ``title_speaker`` (南宁81个!广西一季度集中开竣工… over a body speaking as 全区: of the title's
    places, the one the body speaks as), ``speaker_named`` (眉山:项目建设跑出加速度 over a body saying 全县 and naming
    青神县 alone: the county the body is about, not the headline's prefecture)."""
    name: str = ""
    region: Region | None = None
    reason: str = ""
    start: int = -1  # span in ``Doc.norm`` naming the place decided
    end: int = -1
    confidence: float = 0.0
    beats: str = ""  # the place found otherwise that this decision overrides ("" when it confirms it)
    speaker: str = ""  # the suffix the body speaks as (市 for 全市), "" when none
    note: str = ""  # what the frame saw when it decided nothing


def body_speaker(text: str, start: int = 0, limit: int = UNLISTED_SCAN_CHARS) -> tuple[str, dict[str, int]]:
    """The suffix ``text[start:limit]`` speaks as, and the counts by suffix, leaving out a self-reference inside an
    event's name (全省秋季重大项目集中开工…活动, 全区…分会场): that says whose event it is, not who speaks.  "" when no
    suffix is used at least once and more often than any other."""
    counts = dict.fromkeys(_SPEAKER_RE, 0)
    seg = text[start:limit]
    for suffix, r in _SPEAKER_RE.items():
        if not any(w in seg for w in zh.SPEAKER_WORDS[suffix]):
            continue  # none of its words is written: a plain substring test instead of a regex over every position
        for m in r.finditer(text, start, limit):
            if scope_names_event(text, m.end(), limit):
                continue  # 全省2025年秋季重大项目集中开工…活动在某地举行 (not 全市集中开工项目42个: a count)
            if reference_place(text, m.start(), m.end()):
                continue  # 立足全省"两区"战略定位, 打造全省重要增长极: the wider place as a reference, not who speaks
            counts[suffix] += 1
    ranked = sorted(((n, s) for s, n in counts.items()), reverse=True)
    if ranked[0][0] >= 1 and ranked[0][0] > ranked[1][0]:
        return ranked[0][1], counts
    return "", counts


def scope_names_event(text: str, end: int, limit: int) -> bool:
    """Whether the scope word ending at ``end`` opens the name of an event in its clause (全省2018年第一季度重大项目集中
    开工眉山分会场举行…, 全区…分会场), no figure between (not 全市集中开工项目42个: a count): it says whose event it is,
    not who speaks, nor whose figures the sentence goes on to give."""
    e = _CLAUSE_END.search(text, end, limit)
    ce = e.start() if e else limit
    return bool(_EVENT_NAME.search(text, end, ce)) and not _FIGURE.search(text, end, ce)


def _speaks_for(name: str, suffix: str) -> bool:
    """Whether a place of ``name`` is one a text saying 全<suffix> speaks as (自治区 for 区, 自治县 for 县)."""
    return bool(suffix) and name.endswith(suffix)


def _branch_places(text: str, layer: DocRegions, a: int, b: int, context: Iterable[Region],
                   local: Iterable[tuple[str, str, Region]]) -> list[tuple[Region, int, int]]:
    """The places holding a branch venue (眉山分会场, 在仁寿设分会场, 青川市分会场) named in ``text[a:b]``: the longest
    place name (a county or prefecture the gazetteer knows by that surface, or one of the text's ``local`` places the
    gazetteer lacks: (name, root, region)) ending right before the branch's word.  A branch named after a list
    (南宁、钦州等6个设区市设分会场) names no one place and is left out."""
    g = layer.gazetteer
    out: list[tuple[Region, int, int]] = []
    ctx = tuple(context)
    for m in _BRANCH.finditer(text, a, b):
        k = m.start()
        found = None
        for h in layer.window(max(0, k - FRAME_BRANCH_ROOT), k):
            if h[1] != k:
                continue
            regs = [r for r in h[3] if PREFECTURE <= r.level <= COUNTY and r.current]
            if regs and (found is None or h[0] < found[1]):
                r = g.resolve(h[2], ctx) if len(regs) > 1 else regs[0]
                if r is not None and r.level <= COUNTY:
                    found = (r, h[0], k)
        if found is None:
            # a county called by a short form that is also a word (仁寿分会场): the one such place of the context's
            for n in range(min(4, k - a), 1, -1):
                regs = [r for r in g.short_named(text[k - n:k]) if PREFECTURE <= r.level <= COUNTY and r.current
                        and (not ctx or any(c.code in {x.code for x in g.ancestors(r)} or c.code == r.code
                                            for c in ctx))]
                if len(regs) == 1:
                    found = (regs[0], k - n, k)
                    break
        if found is None:
            for name, root, region in local:
                for surf in (name, root):
                    if len(surf) >= 2 and text.startswith(surf, k - len(surf)):
                        found = (region, k - len(surf), k)
                        break
                if found is not None:
                    break
        if found is not None and text[found[1] - 1:found[1]] not in _LIST_BEFORE:
            out.append(found)
    return out


_HOST_AFTER = rx.compile(rf"[^,，;；。:：!?！？\n\d]{{0,10}}?(?:{alternation(zh.EVENT_HOLD_VERBS + zh.VENUE_VERBS)})")
_JOIN_AFTER = rx.compile(rf"\s*(?:{alternation(zh.EVENT_JOIN_VERBS)})")


def _event_places(text: str, layer: DocRegions, a: int, b: int, context: Iterable[Region],
                  local: Iterable[tuple[str, str, Region]]) -> list[tuple[Region, int, int, str]]:
    """The places holding a part of an event named in ``text[a:b]``, each with its span and how it holds it: a branch
    venue (``branch``: 眉山分会场), the place the event is held in (``host``: 在青川市举行, 在东坡区召开) or a place taking part
    in it (``join``: 青川市组团参加全省投资推介会)."""
    out = [(r, s, e, "branch") for r, s, e in _branch_places(text, layer, a, b, context, local)]
    hits = [(h.start, h.end, h.region) for h in layer.find(a, b, in_names=False)]
    hits += [(h.start, h.end, h.region) for h in layer.local if a <= h.start and h.end <= b]
    for s, e, r in hits:
        if r.level > COUNTY or r.level < PREFECTURE and r.level != 0:
            continue
        if text[s - 1:s] == "在" and _HOST_AFTER.match(text, e):
            out.append((r, s, e, "host"))
        elif _JOIN_AFTER.match(text, e) and text[s - 1:s] not in _LIST_BEFORE:
            out.append((r, s, e, "join"))
    return out


def place_frame(text: str, layer: DocRegions, title: tuple[int, int] | None, current: Region | None,
                local: Iterable[tuple[str, str, Region]] = (), current_source: str = "") -> PlaceFrame:
    """The document's place as one decision of its frame, given the place found otherwise (``current``: the title's,
    the issuer's, an unlisted place the text speaks as, …; ``current_source`` the rule that found it: only a place
    found in the headline is weighed against the body in 2 and 3); ``title``: the headline's span in ``text``, or None.

    1. A branch venue (眉山分会场) named once in the headline or lead, the body speaking as that place's division
       (全市 for 眉山市, 全县 for 仁寿县): the branch's place.
    2. A headline naming several places, the body speaking as the division of one of them that is not ``current``
       (广西 and 南宁 in the headline, 全区/我区 in the body): that one.
    3. A headline's place wider than the division the body speaks as (a prefecture over 全县), the body naming one
       place of that division within it, and far more often than any other: that place.
    Otherwise nothing is decided (``name`` ""), and ``note`` says what was seen."""
    g = layer.gazetteer
    t0, t1 = title if title is not None else (0, 0)
    body = t1 if title is not None else 0
    speaker, counts = body_speaker(text, body)
    frame = PlaceFrame(speaker=speaker)
    if not speaker:
        frame.note = "the body speaks as no division"
        if current is not None and current.code and title is not None and current_source == "title" and \
                current.level == PREFECTURE:
            # 长治:重点项目集中开工 over a body that reports one county's event and speaks as no division: the county
            # the body names again and again, far more often than the headline's prefecture and any other place in it
            got = _body_place(text, layer, t0, t1, current)
            if got is not None:
                r, s, e = got
                frame.name, frame.region, frame.reason, frame.start, frame.end = r.name, r, "body_place", s, e
                frame.confidence, frame.beats, frame.note = 0.75, current.name, ""
        return frame
    lead_end = min(len(text), max(t1, 0) + FRAME_LEAD_CHARS)
    ctx = (current,) if current is not None and current.code else ()
    parts = _event_places(text, layer, 0, lead_end, ctx, local)
    branches = {r.name for r, _, _, how in parts if how == "branch"}
    # a list of branches (南宁、钦州设分会场) or two of them: the text is the whole event's, no part's
    own = [p for p in parts if _speaks_for(p[0].name, speaker) and len(branches) <= 1
           and (not branches or p[3] == "branch" or p[0].name in branches)]
    venue = current is not None and title is not None and any(
        p[3] == "host" and p[0].code == current.code and t0 <= p[1] < t1 for p in parts)
    if venue:
        own = [p for p in own if not (p[3] == "host" and p[0].code == current.code)]
    if own and current is not None and _speaks_for(current.name, speaker) and not venue and \
            current.name not in {p[0].name for p in own}:
        # 全省…签约活动在成都举行。我市签约项目16个 under a headline of 眉山市: the headline's place speaks, the event's
        # venue is only where it met
        frame.note = f"event places {sorted({p[0].name for p in own})}, headline place {current.name} speaks as {speaker}"
        own = []
    if current is not None and current.code and not venue:
        # a place that hosts or joins an event narrows a wider place found otherwise (全省…观摩会在青神县举行 under
        # 全省), or confirms it; it never moves the text to another place (黄石…推介会在武汉举行 in a text of 阳新县, 全市).
        # A headline's place that is only the event's venue (全省投资推介会在成都举行) is no place found otherwise.
        own = [p for p in own if p[3] == "branch" or p[0].code == current.code or
               (p[0].code and current.code in {a.code for a in g.ancestors(p[0])})]
    for how in ("branch", "join", "host"):  # a branch over a place taking part, over the place it only met in
        if any(p[3] == how for p in own):
            own = [p for p in own if p[3] == how]
            break
    if len({p[0].name for p in own}) == 1:
        r, s, e, how = own[0]
        frame.name, frame.region, frame.start, frame.end = r.name, r, s, e
        frame.reason = {"branch": "branch_venue", "host": "event_host", "join": "event_part"}[how]
        frame.confidence = 0.85
        frame.beats = current.name if current is not None and current.name != r.name else ""
        return frame
    if parts and not frame.note:
        frame.note = f"event places {sorted({p[0].name for p in parts})}, body speaks as {speaker}"
    if current is None or title is None or _speaks_for(current.name, speaker) or \
            current_source not in ("title", "issuer"):
        if not frame.note:
            frame.note = "no headline place to weigh"
        return frame
    # over a headline's or an issuer's place, the body has to speak as its division far more often than as any other
    # (not 全县 once beside 全省…先行县 twice)
    runner_up = max(n for k, n in counts.items() if k != speaker)
    if runner_up and counts[speaker] <= 2 * runner_up:
        frame.note = f"headline place {current.name}, body speaks as {speaker} too seldom ({counts[speaker]}:{runner_up})"
        return frame
    # 2. the headline's places: the one the body speaks as
    named = [h for h in layer.find(t0, t1, in_names=False) if h.region.code != current.code]
    own = [h for h in named if _speaks_for(h.region.name, speaker)
           and h.region.level <= zh.SPEAKER_LEVELS.get(speaker, COUNTY)] \
        if current_source == "title" and counts[speaker] >= SPEAKER_MIN else []
    if own:
        h = max(own, key=lambda x: x.region.level)
        frame.name, frame.region, frame.reason, frame.start, frame.end = h.region.name, h.region, "title_speaker", \
            h.start, h.end
        frame.confidence, frame.beats = 0.8, current.name
        return frame
    # 3. a headline's place wider than the body's division: the one place of that division the body names within it
    if not current.code or zh.SPEAKER_LEVELS.get(speaker, 0) <= current.level:
        frame.note = f"headline place {current.name}, body speaks as {speaker}"
        return frame
    counts: dict[str, list] = {}
    for h in layer.find(0, UNLISTED_SCAN_CHARS):
        if (h.start in layer.in_names and h.start not in layer.in_media) or h.start in layer.in_captions or \
                t0 <= h.start < t1:
            continue  # a company's or a photo's place, or the headline's own: not the body's (a byline's is)
        r = h.region
        if _speaks_for(r.name, speaker) and r.level == zh.SPEAKER_LEVELS[speaker] and \
                current.code in {x.code for x in g.ancestors(r)}:
            counts.setdefault(r.name, [r, h.start, h.end, 0])[3] += 1
    ranked = sorted(counts.values(), key=lambda v: (v[3], -v[1]), reverse=True)
    if ranked and (len(ranked) == 1 or ranked[0][3] >= 3 * ranked[1][3]):
        r, s, e, _ = ranked[0]
        frame.name, frame.region, frame.reason, frame.start, frame.end = r.name, r, "speaker_named", s, e
        frame.confidence, frame.beats = 0.8, current.name
        return frame
    frame.note = f"headline place {current.name}, body speaks as {speaker}, names {len(ranked)} such places"
    return frame



BODY_PLACE_MIN = 3  # times the body names the one county it is about, at least


def _body_place(text: str, layer: DocRegions, t0: int, t1: int, current: Region) -> tuple[Region, int, int] | None:
    """The one county-level place within the headline's prefecture ``current`` that the body (outside the headline
    ``text[t0:t1]``, the first ``UNLISTED_SCAN_CHARS``) names at least ``BODY_PLACE_MIN`` times and more often than the
    prefecture itself, no other place within it being named; (region, start, end) of its first mention, or None."""
    g = layer.gazetteer
    found: dict[str, list] = {}
    own = 0
    for h in layer.find(0, UNLISTED_SCAN_CHARS, in_names=False, context=(current,)):
        if t0 <= h.start < t1:
            continue
        r = h.region
        if r.code == current.code:
            own += 1
        elif r.level == COUNTY and current.code in {a.code for a in g.ancestors(r)}:
            found.setdefault(r.code, [r, h.start, h.end, 0])[3] += 1
    if len(found) != 1:
        return None
    r, s, e, n = next(iter(found.values()))
    return (r, s, e) if n >= BODY_PLACE_MIN and n > own else None


# ------------------------------------------------------------------ a place named as a part of a whole

INCLUSION_REACH = 80  # characters a remark or inclusion clause runs over
_REMARK_BRACKET = rx.compile(rf"[(（]\s*(?:{alternation(zh.REMARK_OPENERS)})")
_INCLUSION_AT = rx.compile(rf"\s*(?:{alternation(zh.INCLUSION_OPENERS)})(?=[\u4e00-\u9fff])")
_PART_CLAUSE_SEP = rx.compile(r"[,，;；:：。!?！？\n()（）]")


def inclusion_part(text: str, pos: int, reach: int = INCLUSION_REACH) -> int:
    """Where the remark or inclusion clause that ``pos`` lies in ends: a bracket opened by a remark's word
    (项目共225个(含东坡区), (包括青神县、仁寿县), (其中东坡区8个)) or a clause opened by an inclusion word
    (…,含东坡区、青神县项目,总投资…).  A place named there is a part of the whole counted before it, never the
    subject of the figures after the part; -1 when ``pos`` lies in no such part."""
    lo = max(0, pos - reach)
    k = max(text.rfind("(", lo, pos), text.rfind("（", lo, pos))
    if k >= 0 and ")" not in text[k:pos] and "）" not in text[k:pos] and _REMARK_BRACKET.match(text, k):
        ends = [e for e in (text.find(")", pos, pos + reach), text.find("）", pos, pos + reach)) if e >= 0]
        return min(ends) + 1 if ends else -1
    j = max((m.end() for m in _PART_CLAUSE_SEP.finditer(text, lo, pos)), default=-1)
    if j < 0 and lo > 0:
        return -1
    if _INCLUSION_AT.match(text, max(j, 0)):
        m = _PART_CLAUSE_SEP.search(text, pos)
        return m.start() if m else len(text)
    return -1


REPORTING_BODY_HEAD_CHARS = 200  # the head (title, issuer lines) that names a reporting body
REPORTING_BODY_REFS = 1  # times the text after the head calls the body by its short (兵团上下…, 全年兵团生产总值…)
_REPORTING_BODY = rx.compile(r"(?<![^\W\d_于年的])[^\W\d_于年的]{0,10}?("
                             + alternation(tuple(h for h, _ in zh.REPORTING_BODY_HEADS)) + ")")
_REPORTING_BODY_NEXT = rx.compile(r"\s*(?:\d|\n|$|" + alternation(zh.REPORTING_BODY_NEXT) + ")")


def reporting_body(text: str) -> tuple[str, str]:
    """The body that is no territorial division (新疆生产建设兵团, 某省农垦总局, 某森工集团) whose figures the text states
    as a place's: its head names it as the one that speaks (新疆生产建设兵团2019年国民经济和社会发展统计公报, its 统计局
    signing) and the text after the head calls it by its short at least ``REPORTING_BODY_REFS`` times (兵团上下…,
    全年兵团生产总值…).  Returns (name as the head writes it, short), ("", "") when there is none.  A body named before
    a unit of its own (…兵团第二师某市) is not the speaker: that unit is."""
    head = text[:REPORTING_BODY_HEAD_CHARS]
    for m in _REPORTING_BODY.finditer(head):
        if not _REPORTING_BODY_NEXT.match(text, m.end()):
            continue
        short = dict(zh.REPORTING_BODY_HEADS)[m.group(1)]
        line_end = text.find("\n", m.end())
        rest = text[line_end if line_end >= 0 else m.end():]
        if rest.count(short) >= REPORTING_BODY_REFS:
            return m.group(), short
    return "", ""


CITATION_REACH = 120  # characters back to the 《 a cited document's title opens with


_CITING_LEAD = rx.compile(rf"(?:{alternation(zh.DIRECTIVE_LEADS)})[^，,。;；:：\n]{{0,6}}$")
_CITING_IN_CLAUSE = rx.compile(rf"(?:{alternation(zh.DIRECTIVE_LEADS)})[^，,。;；:：\n]*$")
_CITED_AFTER = rx.compile(rf"[^，,。;；:：\n]{{0,12}}?(?:《|{alternation(zh.DIRECTIVE_NOUNS)})")
_CITED_TITLE_AFTER = rx.compile(rf"\s*(?:{alternation(zh.CITED_NOTICE_AFTER)})")


def in_citation(text: str, pos: int, end: int | None = None) -> bool:
    """Whether the place at ``pos`` (ending at ``end``) is named in a citation: inside the title of a document the
    clause follows or reports handed down (根据甲省发改委《关于…的通知》要求, 《乙市人民政府办公室关于…的通知》文件下发),
    or as the body whose notice or directive the clause follows (根据甲省发改委《…》要求, 按照甲市…的部署): whose
    document is cited, not who speaks nor whose figures follow.  A title the text issues or is (关于印发《丙县…方案》的
    通知, 《丙县…规划纲要》) is no citation."""
    lo = max(0, pos - CITATION_REACH)
    k = text.rfind("《", lo, pos)
    if k >= 0 and "》" not in text[k:pos] and "\n" not in text[k:pos]:
        if _CITING_IN_CLAUSE.search(text, max(0, k - 20), k):
            return True
        close = text.find("》", pos, pos + CITATION_REACH)
        return close >= 0 and bool(_CITED_TITLE_AFTER.match(text, close + 1))
    return end is not None and bool(_CITING_LEAD.search(text, max(0, pos - 12), pos)) \
        and bool(_CITED_AFTER.match(text, end))


def cited_other(text: str, start: int, end: int, name: str, speaker: str) -> bool:
    """Whether the place ``name`` at ``start:end`` is named in a citation (``in_citation``) of another division than the
    one the text speaks as (``speaker``, the suffix of 全县/我县): 根据甲省发改委《…》要求 in a text of 全县 cites the
    province; 根据《中共乙市委关于制定乙市…规划的建议》 in a text of 全市 cites its own city's committee, still its place."""
    return in_citation(text, start, end) and not (speaker and name.endswith(speaker))


_ROLE_STOP = "，,。;；:：\n!！?？"
_ROLE_STOP_RE = re.compile(f"[{re.escape(_ROLE_STOP)}]")
ROLE_REACH = 30  # characters of a clause read on either side of a place for its role
_VENUE_FRAME = rx.compile(rf"[^，,。;；:：\n]{{0,16}}?(?:{alternation(zh.VENUE_EVENT_NOUNS)})"
                          rf"(?:{alternation(zh.VENUE_FRAME_ENDS)})")
# …the place of 除某省外: its run may go on to a region word or an 等 before the closer (除甲市、乙市等地外)
_EXCLUDED_AFTER = rx.compile(rf"(?:地区|等地|等)?(?:{alternation(zh.EXCLUSION_CLOSERS)})")
_SELF_SCOPE = rx.compile(rf"(?:{alternation(zh.SELF_WITHIN_BEFORE)})(?:{alternation(zh.SELF_SCOPE_WORDS)})"
                         r"(?P<suffix>[省市县区州盟旗镇乡])")


def _joined(text: str, end: int, start: int) -> bool:
    """``text[end:start] in ("、", "")`` without copying the text between two mentions that may stand pages apart."""
    return start <= end or (start == end + 1 and text[end] == "、")


class _RoleIndex:
    """What ``place_role`` reads of a document's list of place mentions, found once for all the questions asked of it:
    the run of mentions joined to each (a chain 甲省乙市, a 、-list 甲市、乙市、丙市), found when a member is first asked
    about, and whether the mentions' starts are in order (then the mentions in a span are found by bisection).  Asked
    of every member of a 、-list of N places, the walks to the run's ends and the test of every mention of the text
    for one in the lead cost N² (a flattened table of places); now N."""

    def __init__(self, text: str, mentions):
        self.text, self.mentions, self.size = text, mentions, len(mentions)
        self._runs: dict[int, tuple[int, int]] = {}  # member -> (first, last) of its whole run
        self._starts: list[int] | None = None  # the starts when in order

    def _run(self, j: int) -> tuple[int, int]:
        got = self._runs.get(j)
        if got is None:
            text, ms = self.text, self.mentions
            first = j
            while first > 0 and _joined(text, ms[first - 1].end, ms[first].start):
                first -= 1
            last = j
            while last + 1 < len(ms) and _joined(text, ms[last].end, ms[last + 1].start):
                last += 1
            got = (first, last)
            for k in range(first, last + 1):
                self._runs[k] = got
        return got

    def run(self, j: int, limit: int) -> tuple[int, int]:
        """(first, last) of the mentions joined to ``mentions[j]``, the last one before it starting before ``limit``
        (the walk forward stops at the first joined mention at or past ``limit``)."""
        first, end = self._run(j)
        ms = self.mentions
        if end == j or ms[j + 1].start >= limit:
            return first, j
        starts = self.sorted_starts()
        if starts is not None:  # (in order: the last joined start before the limit, by bisection)
            return first, max(j, min(end, bisect_left(starts, limit, j + 1, end + 1) - 1))
        last = j
        while last < end and ms[last + 1].start < limit:
            last += 1
        return first, last

    def sorted_starts(self) -> list[int] | None:
        """The mentions' starts, when they are in order (else None, read once)."""
        if self._starts is None:
            starts = [m.start for m in self.mentions]
            self._starts = starts if all(a <= b for a, b in zip(starts, starts[1:])) else []
        return self._starts or None

    def starts_within(self, a: int, b: int) -> bool:
        """Whether a mention starts in [a, b)."""
        starts = self.sorted_starts()
        if starts is None:
            return any(a <= m.start < b for m in self.mentions)
        k = bisect_left(starts, a)
        return k < len(starts) and starts[k] < b


_ROLE_INDEX: list[_RoleIndex] = []  # the last list of mentions asked about (each stage asks of one list at a time)


def _role_index(text: str, mentions) -> _RoleIndex:
    """The ``_RoleIndex`` of ``mentions`` in ``text``: kept while the same text and the same list, unchanged in length,
    are asked about (a list is not changed once its mentions are found)."""
    if _ROLE_INDEX:
        got = _ROLE_INDEX[0]
        if got.mentions is mentions and got.text is text and got.size == len(mentions):
            return got
        _ROLE_INDEX.clear()
    got = _RoleIndex(text, mentions)
    _ROLE_INDEX.append(got)
    return got


def _left_out(lead: str, after: str) -> bool:
    """Whether a place with ``lead`` (its clause before it) and ``after`` (its clause after it) stands between 除(了)
    and 外: 除湖北外 / 除了甲市以外 leave it out of the scope of the clause's figures (zh.EXCLUSION_OPENERS)."""
    return lead.endswith(zh.EXCLUSION_OPENERS) and not lead.endswith(zh.REMOVING_VERBS_IN_CHU) \
        and bool(_EXCLUDED_AFTER.match(after))


def left_out(text: str, start: int, end: int) -> bool:
    """Whether the place written at ``start:end`` is left out of its clause's scope (除湖北外,各省…): neither the
    text's place nor a subject, read off the clause around it (a title's place has no mention list to ask)."""
    lo = max(0, start - ROLE_REACH)
    a = max((m.end() for m in _ROLE_STOP_RE.finditer(text, lo, start)), default=lo)
    m = _ROLE_STOP_RE.search(text, end, min(len(text), end + ROLE_REACH))
    return _left_out(text[a:start].rstrip(), text[end:m.start() if m else min(len(text), end + ROLE_REACH)])


# the doer of a clause before a verb of going or holding: a self-reference (我县, 全市) or a division's office or body
# (县长, 市委书记, 区领导, 县政府), the division written by its suffix (zh.TRIP_VERBS)
_OWN_DOER = rx.compile(rf"(?:{alternation(zh.SCOPE_WORDS)})(?P<scope>[省市县区州盟旗镇乡])|"
                       rf"(?P<office>[省市县区州盟旗镇乡])(?:{alternation(zh.DOER_OFFICES)})")
_HELD_AT = rx.compile(alternation(zh.HELD_AT_VERBS))
_VISITORS_COMING = rx.compile(rf"[^,，。;；:：!?！？\n]{{0,10}}?(?:{alternation(zh.VISITOR_GROUPS)})"
                              rf"[^,，。;；:：!?！？\n]{{0,4}}?(?:{alternation(zh.VISITOR_COMING)})[我本][省市县区州盟旗镇乡]")


def _doer_rank(lead: str) -> int:
    """The level (zh.LEVEL_RANKS: 省 1 … 镇 4) of the last division ``lead`` writes as a doer (我县, 县长, 市委书记), or
    -1 when it writes none."""
    last = None
    for last in _OWN_DOER.finditer(lead):
        pass
    if last is None:
        return -1
    return zh.LEVEL_RANKS.get(last.group("scope") or last.group("office"), -1)


def away_place(text: str, start: int, end: int, level: int) -> bool:
    """Whether the place at ``start:end`` (a division of ``level``) is one the text's own division goes to (我县赴深圳开展
    招商, 县长带队前往上海、苏州考察), holds its event at (我市在杭州举行经贸洽谈会) or whose people come to it (广州客商来
    我县考察): away from where the text speaks, so neither the text's place nor whose figures follow.

    The doer going or holding is written before the verb in the place's clause, by a self-reference or an office of a
    division at the place's level or below it; a superior visiting (省委书记赴某县调研, 市领导到某镇督导) goes to the place
    the text is about."""
    if not level:
        return False
    if _VISITORS_COMING.match(text, end):
        return True
    lo = max(0, start - ROLE_REACH)
    a = max((m.end() for m in _ROLE_STOP_RE.finditer(text, lo, start)), default=lo)
    lead = text[a:start].rstrip()  # (the later members of a list, 赴上海、苏州, go with the first: reference_hits)
    if lead.endswith(zh.TRIP_VERBS):
        lead = lead[:-next(len(v) for v in zh.TRIP_VERBS if lead.endswith(v))]
    elif lead.endswith("在") and _HELD_AT.match(text, end):
        lead = lead[:-1]
    else:
        return False
    return _doer_rank(lead) >= level


def _mention_level(m) -> int:
    """The level of a place mention: a ``RegionHit``'s region's, or the mention's own (``facts.RegionMention``)."""
    r = getattr(m, "region", None)
    return r.level if r is not None else getattr(m, "level", 0)


def place_role(text: str, mentions, j: int, limit: int) -> str:
    """The role of the place mention ``mentions[j]`` (anything with ``start`` and ``end``, in text order) in its clause,
    read before ``limit`` (the figure): "citation" (inside a cited document's title), "partner" (a place the doer goes
    to or comes from, acts with or supports: 赴甲市、乙市开展招商考察, 与丙区开展对接, 来自丁县的客商, 对口支援戊县),
    "donor" (a place giving aid, right before its verb: 北京市对口援建项目18个 in the aided place's text),
    "venue" (在甲市的推介会上签约…), "excluded" (除甲省外, 各省…: left out of the figures' scope), "owner" (the list or plan of a wider place the text's own division lies in: 乙市重点
    项目清单中我区共23个项目), "checked" (a 、-list of places a body checks: 对甲区、乙区…进行督查), or "" (it may be
    whose figures the clause states).  A 、-list of places shares the role
    of its first."""
    # (read from the mentions next to ``j`` and the text within ROLE_REACH of them only: asked of every mention of a
    # document, a list of all their offsets or a search back to the text's start made each question cost the whole;
    # the run of joined mentions around ``j`` is found once for all its members: _RoleIndex)
    first = last = j  # (a chain 甲省乙市 and a 、-list 乙市、丙市 go together)
    if (j > 0 and _joined(text, mentions[j - 1].end, mentions[j].start)) or \
            (j + 1 < len(mentions) and _joined(text, mentions[j].end, mentions[j + 1].start)):
        first, last = _role_index(text, mentions).run(j, limit)
    s0 = mentions[first].start
    e = mentions[last].end
    if in_citation(text, s0, e):
        return "citation"
    lo = max(0, s0 - ROLE_REACH)
    a = max((m.end() for m in _ROLE_STOP_RE.finditer(text, lo, s0)), default=lo)  # after the last stop before it
    lead = text[a:s0].rstrip()
    hi = min(limit, e + ROLE_REACH)
    m = _ROLE_STOP_RE.search(text, e, hi)  # up to the first stop after it
    b = m.start() if m else hi
    after = text[e:b]
    if lead.endswith(zh.PARTNER_GOING_BEFORE) and not _role_index(text, mentions).starts_within(a, s0) \
            and not any(w in lead for w in zh.CHECKING_BODIES if w.endswith(("组", "室"))):
        return "partner"  # (某省审计厅检查组到甲县调研: a place's body visits, the place checked is whose figures
        # follow: _visitor)
    if lead.endswith(zh.WITH_PREPOSITIONS) and not (first > 0 and mentions[first - 1].end == a + len(lead) - 1) \
            and any(w in after for w in zh.PARTNER_JOINT_ACTS):
        return "partner"  # (甲县与乙县共同…: both named; 与乙县开展对接: the partner)
    if lead.endswith("在") and _VENUE_FRAME.match(after):
        return "venue"
    if away_place(text, s0, e, _mention_level(mentions[first])):
        return "venue" if lead.endswith("在") else "partner"  # 我市在杭州市举行…, 广州客商来我县…: away from the text
    if _left_out(lead, after):
        return "excluded"  # 除湖北外,各省重点项目复工率为89.1%: the place left out, no subject of the figures
    if after.startswith(zh.AID_GIVING_VERBS):
        return "donor"  # 北京市对口援建项目18个…: who gives the aid, not where the works are
    if last > first and lead.endswith(zh.VISITED_BEFORE) and _VISIT_ACT.match(text, e):
        return "checked"  # 市督查组对甲区、乙区两区86个单位进行督查,共发现问题74个: a list of the parts a body checks,
        # the counts of what it checked and found are the checker's place's (one place checked is whose figures follow)
    for m in _SELF_SCOPE.finditer(after):
        if not text[mentions[last].start:e].endswith(m.group("suffix")):
            return "owner"
    return ""



# 增速高于甲市(-0.7%)、乙市(1.0%): the verb of an unequal comparison, and the members of its run of benchmarks after it
# (no stop, no bracket but a member's own figure), each a few characters with its own bracketed figure or none, joined
# by 、 (which no member holds: one way to cut the run)
_BENCH_VERB = rx.compile(alternation(zh.COMPARISON_BENCH_VERBS))
# a member's own bracketed figure, which may follow its name in a run of places (甲市(1.0%)、…)
_OWN_FIGURE = r"(?:[(（][^()（）\n]{0,16}[)）])?"
_BENCH_MEMBERS = rx.compile(rf"(?:[^,，;；。:：!?！？\n、()（）]{{1,8}}{_OWN_FIGURE}、)*")
# what joins two places of a run: 、 (and 和, 及), after a bracketed figure of the member's own (甲市(1.0%)、乙市)
_MEMBER_JOIN = rx.compile(rf"{_OWN_FIGURE}[、和及]")
# the count of divisions closing a run of places (甲、乙、丙7市 / 甲市、乙市等5市 / 甲县等3个县(区)); its 等 kept apart
_DIVISIONS_COUNTED_AFTER = rx.compile(
    rf"{_OWN_FIGURE}(?P<deng>等)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*个?"
    rf"(?:{alternation(sorted(zh.DIVISION_SET_NOUNS, key=len, reverse=True))})")
# the rest of a named work's item after the place that opens it (甲市|某某基地、 / 乙县|某某产业园二期等): no stop, no
# list mark, ending in a work's head and an optional phase, then the list's 、 or its closing 等
_WORK_ITEM_AFTER = rx.compile(rf"[^,，;；。:：!?！？\n、等]{{0,24}}?(?:{alternation(zh.LISTED_WORK_HEADS)})"
                              rf"(?:[一二三四五六七八九十\d]+期)?(?=[、等])")
# …and the list it stands in, closed by 等 within the clause (a place's item before it, or the last item itself)
_LIST_CLOSED_AFTER = rx.compile(rf"[^,，;；。:：!?！？\n]{{0,{zh.LONG_ENUMERATION_REACH}}}?等"
                                rf"(?!{alternation(zh.NOT_ENUMERATION_DENG)})")
# …or closed by 等 and a count of works (…、乙石化某某一体化、丙钢铁某某二期等重大项目 / 等12个项目): every item is a work
_WORKS_LIST_CLOSED_AFTER = rx.compile(
    rf"[^,，;；。:：!?！？\n]{{0,{zh.LONG_ENUMERATION_REACH}}}?等\s*(?:\d+|[一二两三四五六七八九十百]+)?\s*"
    rf"(?:{alternation(zh.ENUMERATED_COUNT_UNITS)})?[\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.LISTED_WORKS_NOUNS)})")
_CLAUSE_STOP = rx.compile(r"[,，;；。:：!?！？\n]")


def _clause_start(text: str, pos: int, reach: int) -> int:
    """Where the clause holding ``pos`` opens, read back at most ``reach`` characters."""
    lo = max(0, pos - reach)
    return max((m.end() for m in _CLAUSE_STOP.finditer(text, lo, pos)), default=lo)


def listed_member(text: str, hits: list, i: int) -> bool:
    """Whether the place ``hits[i]`` (anything with ``start`` and ``end``, in text order) is only a member of a list or a
    comparison: a benchmark an unequal comparison sets a figure against (增速高于甲市(-0.7%)、乙市(1.0%),低于全国), one of
    the places a count of divisions closes (甲、乙、丙7市完成投资…, 甲市、乙市等5市超序时进度), or a place naming a work
    listed as an example (加快推进甲市某某基地、乙工厂升级等重大项目; …、乙石化某某一体化等项目).

    Why: such a place governs its own item and nothing else; the text speaks of the whole the list is part of, so a
    text naming no place of its own but these is of no place they name (SCHEMA: "" when the text never names it)."""
    h = hits[i]
    cs = _clause_start(text, h.start, zh.LONG_ENUMERATION_REACH)
    verb = None
    for verb in _BENCH_VERB.finditer(text, cs, h.start):
        pass
    if verb is not None and _BENCH_MEMBERS.fullmatch(text, verb.end(), h.start):
        return True
    first = last = i
    while first > 0 and _MEMBER_JOIN.fullmatch(text, hits[first - 1].end, hits[first].start):
        first -= 1
    while last + 1 < len(hits) and _MEMBER_JOIN.fullmatch(text, hits[last].end, hits[last + 1].start):
        last += 1
    m = _DIVISIONS_COUNTED_AFTER.match(text, hits[last].end)
    if m is not None and (last > first or m.group("deng")):
        return True
    w = _WORK_ITEM_AFTER.match(text, h.end)
    if w is not None and _LIST_CLOSED_AFTER.match(text, w.end()) is not None \
            and text[h.end:w.end()].rstrip("一二三四五六七八九十0123456789期") not in zh.PLACE_WORKS_CLASSES:
        return True
    return _WORKS_LIST_CLOSED_AFTER.match(text, h.end) is not None and _object_lead(text[cs:h.start])


def only_listed(text: str, hits: list, name: str, name_of=lambda h: h.region.name) -> bool:
    """Whether the place ``name`` is named in ``hits`` (the text's region hits, in text order; ``name_of`` gives a hit's
    place name) and every time only as a member of a list or a comparison (``listed_member``): the text's own place is
    never guessed from such a place."""
    seen = False
    for i, h in enumerate(hits):
        if name_of(h) == name:
            if not listed_member(text, hits, i):
                return False
            seen = True
    return seen


def _object_lead(lead: str) -> bool:
    """Whether ``lead``, the words of a clause before a place, make the place no actor of its clause: a list's earlier
    item (…基地、乙县…) or a verb or a name it is the object or part of (签约甲县…, 推进某院甲市…); not a time or an
    adverb alone (今年甲县新建学校、医院等项目: the county builds)."""
    return "、" in lead or not _ACTOR_LEAD.fullmatch(lead)


# the words that may open a clause before its acting place: times and adverbs (zh.ACTOR_LEAD_WORDS), a bracket or a blank
_ACTOR_LEAD = rx.compile(rf"[\s(（]*(?:(?:{alternation(zh.ACTOR_LEAD_WORDS)})[\s,，]*)*")
