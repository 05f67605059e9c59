"""What the meta stage reads once gives what reading it again gave: the view offset of a raw offset found by bisection
(textmap.OffsetMap.to_view) is the one the scan of every segment found, a document's lines read again by the
context finders are the same lines (context._lines), and the characters a traditional-script text writes its own way
are found in one comparison of its code points (doc.written_differently); invented texts."""
from __future__ import annotations

import random

from taizhang.extract.context import _Line, _lines
from taizhang.extract.doc import _CJK_CHAR, Doc, written_differently
from taizhang.extract.normalize import normalize_chars
from taizhang.extract.segment import paragraph_spans
from taizhang.extract.textmap import Edit, build_view


def _plain_to_view(omap, r: int) -> int:
    """to_view as first written: every segment in turn."""
    for vs, rs, vl, rl, copied in omap._segs:
        if r < rs:
            return vs
        if r < rs + rl:
            return vs + (r - rs) if copied else vs
    return omap.view_len


def test_to_view_by_bisection_is_the_scan_of_every_segment():
    rnd = random.Random(11)
    raw = "<p>岚溪县2023年上半年重点项目推进情况</p>&amp;<br/>全县签约项目12个,总投资120亿元。\n" * 6
    for _ in range(300):
        edits, pos = [], 0
        while pos < len(raw):
            a = pos + rnd.randint(0, 12)
            b = a + rnd.choice((0, 0, 1, 3, 5))
            if b > len(raw):
                break
            edits.append(Edit(a, b, rnd.choice(("", "", "\n", "&", "ab"))))
            pos = b + rnd.randint(0, 4)
        view, omap = build_view(raw, edits)
        for r in range(-2, len(raw) + 3):
            assert omap.to_view(r) == _plain_to_view(omap, r), (edits, r)


def test_lines_read_again_are_the_same_lines():
    text = "岚溪县人民政府\n\n关于2024年重点项目建设情况的通报\n  各乡镇:\n今年以来,全县签约项目18个。\n首页 > 政务公开\n"
    first = _lines(text)
    assert _lines(text) is first  # the same text: the lines kept, chrome verdicts and all
    assert [(ln.start, ln.end, ln.text) for ln in first] == \
        [(s, e, text[s:e].strip()) for s, e in paragraph_spans(text)]
    other = "".join(list(text))  # an equal text, another object: lines of its own, equal
    assert other is not text and _lines(other) is not first
    assert [(ln.start, ln.end, ln.text, ln.chrome) for ln in _lines(other)] == \
        [(ln.start, ln.end, ln.text, ln.chrome) for ln in first]
    for k in range(6):  # other texts read in between: each its own lines
        t = text + "第%d段\n" % k
        assert [ln.text for ln in _lines(t)] == [_Line(s, e, t[s:e].strip()).text for s, e in paragraph_spans(t)]


def _plain_written_differently(view: str, norm: str) -> list[int]:
    """The offsets the first loop visited: every character, CJK in the view and read otherwise in ``norm``."""
    return [k for k in range(len(view)) if view[k] != norm[k] and _CJK_CHAR.match(view[k])]


def test_characters_written_differently_are_those_the_loop_found():
    rnd = random.Random(5)
    alphabet = "岚溪縣鎮項目總投資億元，。：１２３4.5％發展經濟产业㐀豈\u3000\ud800"
    for _ in range(400):
        view = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 300)))
        norm = normalize_chars(view)
        assert written_differently(view, norm) == _plain_written_differently(view, norm)
    long_view = "全縣完成固定資產投資３２億元。" * 700  # past a 4096-character block
    assert written_differently(long_view, normalize_chars(long_view)) == \
        _plain_written_differently(long_view, normalize_chars(long_view))


def test_a_traditional_text_is_written_back_as_it_writes_itself():
    doc = Doc("t.txt", "嵐溪縣2023年1-9月：全縣新開工項目18個，總投資120億元。发展")
    assert doc.written == {ord("岚"): "嵐", ord("县"): "縣", ord("开"): "開", ord("项"): "項", ord("个"): "個",
                           ord("总"): "總", ord("资"): "資", ord("亿"): "億"}
    assert Doc("s.txt", "岚溪县2023年1-9月：全县新开工项目18个。").written == {}
