"""A cleaned *view* of the input text that never loses the way back to it.

Every offset taizhang reports is an index into the input text as read (``raw``).
Extractors, though, want text without markup, page chrome, injected spam or
broken PDF lines.  ``build_view`` applies a list of non-overlapping edits
(delete a span, or replace it by a short string such as ``"\\n"`` for ``</p>``
or ``"&"`` for ``&amp;``) and returns the view together with an ``OffsetMap``
that turns any view span back into the raw span it came from.

The map is a sorted list of segments, not a per-character array, so a 50 MB
document costs memory in proportion to its number of edits.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Edit:
    """Replace ``raw[start:end]`` by ``repl`` in the view ("" deletes)."""

    start: int
    end: int
    repl: str = ""
    reason: str = ""  # why: "markup", "chrome", "spam", "entity", "pdf-join", ...


class OffsetMap:
    """Maps view offsets to raw offsets.

    Segments are ``(view_start, raw_start, view_len, raw_len)``.  A segment with
    ``view_len == raw_len`` is copied text and maps character by character; any
    other segment is a replacement, whose characters all map to its whole raw span.
    """

    __slots__ = ("_vstarts", "_rends", "_segs", "view_len", "raw_len")

    def __init__(self, segs: list[tuple[int, int, int, int, bool]], view_len: int, raw_len: int):
        self._segs = segs
        self._vstarts = [s[0] for s in segs]
        self._rends = [s[1] + s[3] for s in segs]  # raw ends: segments follow the raw text in order, never overlapping
        self.view_len = view_len
        self.raw_len = raw_len

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        return cls([(0, 0, n, n, True)], n, n)

    def _seg(self, v: int) -> tuple[int, int, int, int, bool]:
        i = bisect.bisect_right(self._vstarts, v) - 1
        return self._segs[max(i, 0)]

    def start(self, v: int) -> int:
        """Raw offset where the view character at ``v`` begins."""
        if v >= self.view_len:
            return self.raw_len
        vs, rs, vl, rl, copied = self._seg(v)
        return rs + (v - vs) if copied else rs

    def end(self, v: int) -> int:
        """Raw offset just after the view character at ``v - 1``."""
        if v <= 0:
            return 0
        vs, rs, vl, rl, copied = self._seg(v - 1)
        return rs + (v - vs) if copied else rs + rl

    def span(self, vstart: int, vend: int) -> tuple[int, int]:
        if vend <= vstart:
            r = self.start(vstart)
            return r, r
        return self.start(vstart), self.end(vend)

    def to_view(self, r: int) -> int:
        """View offset of raw offset ``r`` (the nearest view position at or after it): in the first segment whose raw
        span ends after ``r`` (found by bisection: the raw ends grow with the segments; every section, table and
        glossary offset of a page is mapped, and a scan of the segments cost a long HTML page its edits' count each),
        or at its start when ``r`` lies in text the view dropped before it."""
        i = bisect.bisect_right(self._rends, r)
        if i == len(self._segs):
            return self.view_len
        vs, rs, vl, rl, copied = self._segs[i]
        if r < rs:
            return vs
        return vs + (r - rs) if copied else vs


def build_view(raw: str, edits: list[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping ``edits`` to ``raw``; overlapping ones are merged by dropping the later."""
    parts: list[str] = []
    segs: list[tuple[int, int, int, int, bool]] = []
    v = 0
    r = 0
    for e in sorted(edits):
        if e.start < r or e.end < e.start or e.end > len(raw):
            continue  # overlaps an earlier edit, or out of range
        if e.start > r:
            n = e.start - r
            parts.append(raw[r:e.start])
            segs.append((v, r, n, n, True))
            v += n
        if e.repl or e.end > e.start:
            parts.append(e.repl)
            segs.append((v, e.start, len(e.repl), e.end - e.start, False))
            v += len(e.repl)
        r = e.end
    if r < len(raw):
        n = len(raw) - r
        parts.append(raw[r:])
        segs.append((v, r, n, n, True))
        v += n
    # Drop zero-length view segments from the lookup table (deletions): they own no view character.
    segs = [s for s in segs if s[2] > 0] or [(0, 0, 0, 0, True)]
    return "".join(parts), OffsetMap(segs, v, len(raw))
