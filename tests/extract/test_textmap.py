"""The offset map is the currency of the whole engine: every view span must map back to the raw text."""
from hypothesis import given, strategies as st

from taizhang.extract.doc import Doc
from taizhang.extract.textmap import Edit, OffsetMap, build_view


def test_deletions_and_replacements_map_back():
    raw = "<p>增长&amp;6%</p>垃圾广告,完成"
    edits = [Edit(0, 3, "", "markup"), Edit(5, 10, "&", "entity"), Edit(12, 16, "\n", "markup"),
             Edit(16, 20, "", "spam")]
    view, m = build_view(raw, edits)
    assert view == "增长&6%\n,完成"
    i = view.index("6%")
    assert raw[slice(*m.span(i, i + 2))] == "6%"
    j = view.index("&")
    assert raw[slice(*m.span(j, j + 1))] == "&amp;"
    k = view.index(",完成")
    assert raw[slice(*m.span(k, k + 3))] == ",完成"
    # A span that crosses a deleted stretch covers it in raw.
    assert raw[slice(*m.span(0, len(view)))] == raw[3:]


def test_overlapping_edits_drop_the_later_one():
    view, m = build_view("abcdef", [Edit(1, 4, "", "x"), Edit(2, 5, "", "y")])
    assert view == "aef"


def test_identity_map():
    m = OffsetMap.identity(5)
    assert m.span(1, 3) == (1, 3)
    assert m.to_view(4) == 4


def test_doc_norm_keeps_length_and_converts_traditional_script():
    d = Doc("t.txt", "地區生產總值增長６％", [])
    assert d.norm == "地区生产总值增长6%"
    assert len(d.norm) == len(d.raw)


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8), st.text(max_size=2)),
                                       max_size=6))
def test_every_view_span_reads_back_inside_raw(raw, specs):
    edits = [Edit(min(s, len(raw)), min(s + n, len(raw)), r, "x") for s, n, r in specs]
    view, m = build_view(raw, edits)
    for a in range(len(view) + 1):
        for b in range(a, len(view) + 1):
            s, e = m.span(a, b)
            assert 0 <= s <= e <= len(raw)
    # A view character reads back to itself unless an edit produced it.
    applied = []
    r = 0
    for e in sorted(edits):
        if e.start >= r and e.end >= e.start:
            applied.append(e)
            r = e.end
    for a in range(len(view)):
        s, e = m.span(a, a + 1)
        if raw[s:e] != view[a]:
            assert any(ed.start <= s and e <= max(ed.end, ed.start + 1) for ed in applied), (raw, view, a)
