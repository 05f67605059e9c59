"""Document text as HTML with the extracted spans highlighted.

Spans may nest or overlap (a fact's value inside its evidence inside a task), so the text is cut at every
span boundary and each piece is wrapped once, with the classes of all spans covering it and a link to the
innermost one.  Every piece of text goes through ``html.escape``: the document's characters never become
markup.
"""
from __future__ import annotations

import html
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
    anchor_set = set(names)
    cuts |= anchor_set
    points = sorted(cuts)
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    active: list[Span] = []
    out: list[str] = []
    for a, b in zip(points, points[1:]):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        if a in anchor_set:
            out.extend(f'<a class="anchor" id="off-{i}"></a>' for i in names[a])
        piece = html.escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        inner = min(active, key=lambda s: (s.end - s.start, s.kind != "evidence"))
        classes = " ".join(sorted({f"hl-{s.kind}" for s in active}))
        attrs = f' class="hl {classes}" data-start="{a}"'
        if inner.title:
            attrs += f' title="{html.escape(inner.title)}"'
        if inner.href:
            out.append(f'<a href="{html.escape(inner.href)}"{attrs}>{piece}</a>')
        else:
            out.append(f"<span{attrs}>{piece}</span>")
    return mark_safe("".join(out))
