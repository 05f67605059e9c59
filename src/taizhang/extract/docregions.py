"""One resolution of regions per document: the gazetteer's scan of ``Doc.norm``, read by every stage.

Meta, facts and projects each asked the gazetteer about the whole document or a window of it.  The
layer scans ``Doc.norm`` once with the towns' automaton (every level) and keeps the surface hits with
their offsets; a stage asking about ``norm[start:end]`` gets the hits lying inside the window (found by
bisecting the starts) and the gazetteer's own acceptance and best-guess rules applied to them, so the
answer is what ``Gazetteer.find`` gives for that window's text, with document offsets.

Two kinds of surface are read with the sentence around them: a region name that is a verb there
(县督查办会同县发改局: 会同 "together with", not 会同县) is no hit at all; a place written at the head of a
company's or park's name (上海恒川机械, 成都市锦辉物流园) is a hit of that name, which stages counting the
places a text is about ask to leave out (``find(..., in_names=False)``).

A short surface (a short name, or a full name of two characters: 开县) whose first character makes a word with the
character before it (召开|县委: 召开县 is no 开县; 隆重|庆祝: no 重庆) is no hit either: when that pair is a word of
jieba's dictionary, jieba's segmentation of the surrounding characters decides whether a word starts at the hit
(向|上海 keeps 上海, 到|达州市 keeps 达州).  A full name of three or more characters always counts.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable

from .lang import alternation, zh
from .lang import zh_projects
from .regions import COUNTY, PROVINCE, Gazetteer, Region, RegionHit

_VERB_NAME = re.compile(alternation(zh.VERB_PLACE_NAMES))
# a brand of 2-6 characters and a company or park head right after a place: 上海|恒川|机械, 成都市|锦辉|物流园
_NAME_AFTER = re.compile(rf"(?P<brand>[\u4e00-\u9fff]{{2,6}}?)(?:{alternation(zh.COMPANY_HEADS + zh.NAMED_PARK_HEADS)})")
# a brand opens with no generic modifier (重点, 现代) and holds no verb or particle (举行, 的, 等); one-character stop
# words other than particles (建 in 城建, 所 in 所属) are brand characters
_NOT_BRAND = re.compile(rf"^(?:{alternation(zh_projects.GENERIC_WORDS)})|"
                        rf"{alternation(w for w in zh_projects.STOP_WORDS if len(w) > 1)}|[的和与及等在是了将对为已要]|"
                        r"[省市县区州盟旗镇乡村]$|街道$")


def verb_homograph(text: str, start: int) -> bool:
    """Whether a region surface at ``start`` is a verb of the sentence (…办会同县发改局)."""
    return (bool(_VERB_NAME.match(text, start)) and start > 0
            and (text[start - 1] in zh.UNIT_END_CHARS or text[start - 1] in zh.VERB_LEAD_CHARS))


def _jieba_tables():
    from . import jieba_dict
    try:
        freq, _ = jieba_dict.tables()
        return jieba_dict.jieba(), freq
    except (ImportError, OSError):  # jieba or its dictionary missing: no hit is judged a word's tail
        return None, None


def bound_to_word(text: str, start: int, end: int, regions: Iterable[Region] = ()) -> bool:
    """Whether the region surface ``text[start:end]`` (naming ``regions``) begins inside a word (召开县委 →
    召开|县委: no 开县)."""
    if start == 0 or (end - start >= 3 and any(r.name == text[start:end] for r in regions)):
        return False
    prev = text[start - 1]
    if not ("\u4e00" <= prev <= "\u9fff"):
        return False
    jb, freq = _jieba_tables()
    if jb is None or not freq.get(prev + text[start]):
        return False
    lo = max(0, start - 4)
    while lo < start - 1 and not ("\u4e00" <= text[lo] <= "\u9fff"):
        lo += 1
    pos = lo
    for w in jb.cut(text[lo:min(len(text), end + 4)], HMM=False):
        if pos == start:
            return False
        if pos > start:
            return True
        pos += len(w)
    return pos != start


def in_name(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` heads a company's or park's name (上海|恒川机械)."""
    m = _NAME_AFTER.match(text, end, min(len(text), end + 12))
    return bool(m) and not _NOT_BRAND.search(m.group("brand"))


class DocRegions:
    """The region mentions of one document's normalized text (offsets index ``Doc.norm``)."""

    def __init__(self, norm: str, gazetteer: Gazetteer):
        self.text = norm
        self.gazetteer = gazetteer
        hits = gazetteer.scan_all(norm)  # (start, end, surface, regions, surface index), leftmost-longest
        self.words = {h[0] for h in hits if verb_homograph(norm, h[0])}  # starts of names read as verbs
        # surfaces that are the tail of a word (召开|县委: no 开县); a longer full name at the same start stays
        tails = {(h[0], h[1]) for h in hits if bound_to_word(norm, h[0], h[1], h[3])}
        if self.words or tails:
            hits = [h for h in hits if h[0] not in self.words and (h[0], h[1]) not in tails]
            kept = {h[0] for h in hits}
            self.words |= {s for s, _ in tails if s not in kept}  # no name starts there at all
        self.hits = hits
        self._starts = [h[0] for h in self.hits]
        self.in_names = {h[0] for h in self.hits if in_name(norm, h[1])}  # starts of places heading a name

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
        scan = g.narrow_scan(self.window(start, end), max_level)
        found = g.find_in_scan(scan, min_level, max_level, context, year)
        if not in_names and self.in_names:
            found = [h for h in found if h.start not in self.in_names]
        return found
