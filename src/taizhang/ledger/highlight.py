"""Document text as HTML with the extracted spans highlighted.

Spans may nest or overlap (a fact's value inside its evidence inside a task), so the text is cut at every
span boundary and each piece is wrapped once, with the classes of all spans covering it and a link to the
innermost one.  Every piece of text goes through ``html.escape``: the document's characters never become
markup.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_left
from dataclasses import dataclass

from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # target, actual, evidence, project, task, noise, heading
    href: str = ""
    title: str = ""


def render(text: str, spans: list[Span], anchors: list[int] = (),
           anchor_ids: dict[int, list[int]] | None = None) -> SafeString:
    """HTML for ``text`` with ``spans`` highlighted and an ``id="off-N"`` anchor at each offset in ``anchors``.

    ``anchor_ids`` names anchors differently from their position: ``{position: [N, ...]}`` puts ``off-N`` at
    ``position`` (a readable view keeps the raw offsets that links use as its anchor names).

    A plan's page paints thousands of pieces, and the same few spans cover many of them (an evidence sentence
    around its value): the markup of a set of covering spans is worked out once (``_markup``), and a piece is
    escaped only when the text holds a character to escape inside it.
    """
    n = len(text)
    spans = [s for s in spans if 0 <= s.start < s.end <= n]
    cuts = {0, n}
    for s in spans:
        cuts.add(s.start)
        cuts.add(s.end)
    names: dict[int, list[int]] = {a: [a] for a in anchors if 0 <= a <= n}
    for pos, ids in (anchor_ids or {}).items():
        if 0 <= pos <= n:
            names.setdefault(pos, []).extend(i for i in ids if i not in names.get(pos, []))
    cuts |= names.keys()
    points = sorted(cuts)
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    special = [m.start() for m in _SPECIAL.finditer(text)]  # where html.escape would change the text
    markup: dict[tuple[int, ...], tuple[str, str, str]] = {}
    active: list[Span] = []
    out: list[str] = []
    for a, b in zip(points, points[1:]):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        if a in names:
            out.extend(f'<a class="anchor" id="off-{i}"></a>' for i in names[a])
        k = bisect_left(special, a)
        piece = text[a:b] if k == len(special) or special[k] >= b else html.escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        key = tuple(map(id, active))
        got = markup.get(key)
        if got is None:
            got = markup[key] = _markup(active)
        head, tail, close = got
        out.append(f"{head}{a}{tail}{piece}{close}")
    return mark_safe("".join(out))


_SPECIAL = re.compile("[&<>\"']")


def _markup(active: list[Span]) -> tuple[str, str, str]:
    """The tag around a piece covered by ``active`` as (what comes before its ``data-start`` offset, what comes
    after it up to the piece, the closing tag): the classes of all the spans, a link and title of the innermost
    (the shortest; an evidence before another kind of the same length)."""
    inner = min(active, key=lambda s: (s.end - s.start, s.kind != "evidence"))
    classes = " ".join(sorted({f"hl-{s.kind}" for s in active}))
    tail = '"' + (f' title="{html.escape(inner.title)}"' if inner.title else "") + ">"
    if inner.href:
        return f'<a href="{html.escape(inner.href)}" class="hl {classes}" data-start="', tail, "</a>"
    return f'<span class="hl {classes}" data-start="', tail, "</span>"
