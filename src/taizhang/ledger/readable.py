"""A stored document as a person reads it: the cleaned view of its text, with raw offsets mapped onto it.

Every offset in the ledger is an index into ``Document.text`` (the text as read: for a web page, its HTML
source).  Shown as is, a web page is markup with the extracted spans on it.  ``readable`` re-applies the
cleaner's edits (markup, entities and page noise out, line breaks for block tags) to get the text the
extractor read, and maps raw spans onto it segment by segment, so the highlights land on the words.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from taizhang.extract import cleaner
from taizhang.extract.textmap import Edit, build_view

READABLE_FORMATS = {"html"}


@dataclass
class Readable:
    """The view text and its segments ``(raw_start, raw_len, view_start, view_len, copied)``, sorted by raw start."""

    text: str
    segs: list[tuple[int, int, int, int, bool]]
    removed: int  # raw characters the view leaves out (markup, noise)

    def __post_init__(self) -> None:
        self._starts = [s[0] for s in self.segs]

    def to_view(self, r: int, end: bool = False) -> int:
        """View offset of raw offset ``r``; a start inside removed text moves to the next kept character, an
        end to the previous one, so a span covering only markup becomes empty."""
        i = bisect.bisect_right(self._starts, r) - 1
        if i < 0:
            return 0
        rs, rl, vs, vl, copied = self.segs[i]
        if r >= rs + rl:  # in a deleted stretch after this segment
            return vs + vl
        if copied:
            return vs + (r - rs)
        return vs + vl if (end and r > rs) else vs

    def span(self, start: int, end: int) -> tuple[int, int]:
        a, b = self.to_view(start), self.to_view(end, end=True)
        return (a, b) if b > a else (a, a)


class Chained(Readable):
    """Two views one after the other (the cleaned view, then its blank lines squeezed): offsets go through both."""

    def __init__(self, first: Readable, second: Readable):
        self.first, self.second = first, second
        self.text, self.segs, self.removed = second.text, second.segs, first.removed + second.removed

    def to_view(self, r: int, end: bool = False) -> int:
        return self.second.to_view(self.first.to_view(r, end), end)


def _view(raw: str, edits: list[Edit]) -> Readable:
    view, omap = build_view(raw, edits)
    segs = sorted((rs, rl, vs, vl, copied) for vs, rs, vl, rl, copied in omap._segs)  # the map's own segments
    return Readable(view, segs, removed=len(raw) - sum(s[1] for s in segs))


BLANK_RUN = re.compile(r"\A\s+|\n[ \t\u3000]*(?:\n[ \t\u3000]*){2,}")


@functools.lru_cache(maxsize=32)
def readable(raw: str, fmt: str) -> Readable | None:
    """The cleaned view of a document in a format whose source is not for reading (HTML); None for the others.

    Block tags become line breaks, so markup-heavy pages leave runs of empty lines: those are squeezed to one
    empty line (and leading blank space dropped) in a second view whose offsets chain onto the first.

    Kept for the last documents asked (a view depends on the text and format only, and a stored text does not
    change): cleaning a web page again on each view of it was a third of its page's Python time.  Callers only
    read the view.
    """
    if fmt not in READABLE_FORMATS or not raw:
        return None
    first = _view(raw, cleaner.clean(raw, fmt))
    squeeze = [Edit(m.start(), m.end(), "" if m.start() == 0 else "\n\n", "blank-lines")
               for m in BLANK_RUN.finditer(first.text)]
    return Chained(first, _view(first.text, squeeze)) if squeeze else first
