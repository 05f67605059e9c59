"""``highlight.render`` works out each set of covering spans' markup once and escapes only the pieces that need it:
held equal, over random texts and spans, to the piece-by-piece loop it replaces (kept here as the reference)."""
from __future__ import annotations

import html
import random

import pytest

from taizhang.ledger.highlight import Span, render


def reference(text: str, spans: list[Span], anchors=(), anchor_ids=None) -> str:
    """The former ``render``: every piece escaped, its innermost span, classes, link and title worked out anew."""
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
    cuts |= set(names)
    points = sorted(cuts)
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    active: list[Span] = []
    out: list[str] = []
    for a, b in zip(points, points[1:]):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        if a in names:
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
    return "".join(out)


KINDS = ("target", "actual", "evidence", "project", "task", "noise", "heading")


def _random_case(r: random.Random):
    text = "".join(r.choice("某县产值增长。\n<>&\"'ab ") for _ in range(r.randrange(0, 300)))
    n = len(text)
    spans = []
    for _ in range(r.randrange(0, 40)):
        a = r.randrange(-2, n + 2)
        b = a + r.randrange(-1, 40)
        spans.append(Span(a, b, r.choice(KINDS), href=r.choice(["", f"/facts/{r.randrange(9)}/", "/x?a=1&b=\"2\""]),
                          title=r.choice(["", "目标：增长 不低于6%", "a<b & 'c'"])))
    # the same span given twice, and equal lengths of an evidence and another kind (the tie the innermost breaks)
    if spans:
        spans.append(spans[0])
        s = spans[-1]
        spans.append(Span(s.start, s.end, "evidence" if s.kind != "evidence" else "target", href="/e/"))
    anchors = sorted(r.sample(range(-1, n + 2), min(n + 3, r.randrange(0, 10))))
    anchor_ids = {r.randrange(-1, n + 2): [r.randrange(n + 1) for _ in range(r.randrange(1, 3))]
                  for _ in range(r.randrange(0, 4))}
    return text, spans, anchors, anchor_ids


@pytest.mark.parametrize("seed", range(300))
def test_render_equals_the_piece_by_piece_loop(seed):
    r = random.Random(seed)
    text, spans, anchors, anchor_ids = _random_case(r)
    assert render(text, spans, anchors=anchors) == reference(text, spans, anchors=anchors)
    assert render(text, spans, anchor_ids=anchor_ids) == reference(text, spans, anchor_ids=anchor_ids)


def test_render_escapes_a_piece_that_holds_a_special_character_only_there():
    got = render("甲<乙>丙&丁", [Span(0, 2, "evidence", "/f/1/", 't"x'), Span(2, 5, "target")])
    assert got == ('<a href="/f/1/" class="hl hl-evidence" data-start="0" title="t&quot;x">甲&lt;</a>'
                   '<span class="hl hl-target" data-start="2">乙&gt;丙</span>&amp;丁')


def test_render_escapes_only_what_holds_a_character_to_escape(monkeypatch):
    """Plain pieces are copied, and a span's link and title are escaped once for the pieces it covers alike."""
    from taizhang.ledger import highlight
    calls = []
    escape = html.escape
    monkeypatch.setattr(highlight.html, "escape", lambda s, quote=True: calls.append(s) or escape(s, quote))
    got = render("某县新建学校3所，增长6%。", [Span(2, 12, "evidence", "/facts/1/", "目标")], anchors=[0, 4, 8])
    assert got.count('href="/facts/1/"') == 3  # cut by the anchors at 4 and 8
    assert sorted(calls) == ["/facts/1/", "目标"]
