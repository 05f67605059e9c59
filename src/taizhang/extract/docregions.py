"""One resolution of regions per document: the gazetteer's scan of ``Doc.norm``, read by every stage.

Meta, facts and projects each asked the gazetteer about the whole document or a window of it.  The
layer scans ``Doc.norm`` once with the towns' automaton (every level) and keeps the surface hits with
their offsets; a stage asking about ``norm[start:end]`` gets the hits lying inside the window (found by
bisecting the starts) and the gazetteer's own acceptance and best-guess rules applied to them, so the
answer is what ``Gazetteer.find`` gives for that window's text, with document offsets.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterable

from .regions import COUNTY, PROVINCE, Gazetteer, Region, RegionHit


class DocRegions:
    """The region mentions of one document's normalized text (offsets index ``Doc.norm``)."""

    def __init__(self, norm: str, gazetteer: Gazetteer):
        self.text = norm
        self.gazetteer = gazetteer
        self.hits = gazetteer.scan_all(norm)  # (start, end, surface, regions, surface index), leftmost-longest
        self._starts = [h[0] for h in self.hits]

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
             context: Iterable[Region] = (), year: int | None = None) -> list[RegionHit]:
        """``Gazetteer.find(norm[start:end], ...)`` with offsets into the whole ``norm``."""
        g = self.gazetteer
        scan = g.narrow_scan(self.window(start, end), max_level)
        return g.find_in_scan(scan, min_level, max_level, context, year)

