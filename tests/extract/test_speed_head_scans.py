"""Whole-text patterns that open at a clause's or a line's head (``(?:^|(?<=[,，。]))…``, ``(?m)^…``, ``(?:^|[,，、])…``)
are scanned with the matcher started at the heads only (``rx.head_finditer``, ``rx.head_search``): the same matches as
the pattern's own ``finditer`` and ``search`` (spans, groups), on invented texts and random ones."""
import random
import re

import pytest

from taizhang.extract import cleaner, docregions, facts, rx, structures

MODULE_PATTERNS = [facts._HEADING_PLACE, facts._ACTING_PLACE, facts._SHORT_LIST_ITEM, structures._NAME_RANKED,
                   structures._RANK_LABEL, cleaner._RUN_AT_LINE_START, docregions._CLAUSE_OPEN_SHORT]
SHAPES = [r"(?:^|(?<=[,。]))甲[乙丙]{1,3}", r"(?:(?<=[,。\n])|^)\s*[甲乙]+丙?", r"(?m)^[甲乙]{2,}", r"(?:^|[,;])甲乙?",
          r"(?<=[。])乙+(?=丙)", r"(?:^|(?<=[,]))(?P<a>甲)(?P<b>乙)?|(?<=。)丙", r"(?:^|,)(?:甲|乙乙)+",
          r"(?:^|(?<=[甲]))乙\b丙?"]

TEXT = ("岚溪县重点项目推进情况通报\n一、东坡区。重点项目28个,开工23个;彭山区:开工9个。\n"
        "各县排名:第一名东坡县,得分95分;第二名南岭县,得分91分。临江市对项目开展督查,仁寿县排名第3位。\n"
        "  新开工项目 甲乙丙丁项目集中开工 \n青神县,丹棱县,甲乙丙丁项目,洪雅县12个项目开工。")


def _sig(m):
    return m and (m.span(), m.groups(), m.groupdict())


def _same(pat, text):
    assert [_sig(m) for m in rx.head_finditer(pat, text)] == [_sig(m) for m in pat.finditer(text)], (pat.pattern, text)
    assert _sig(rx.head_search(pat, text)) == _sig(pat.search(text)), (pat.pattern, text)


@pytest.mark.parametrize("k", range(len(MODULE_PATTERNS)))
def test_the_extractors_head_patterns_are_scanned_at_heads_with_their_own_matches(k):
    pat = MODULE_PATTERNS[k]
    assert rx.head_scanner(pat) is not None  # (the scan at heads is what the reader takes)
    _same(pat, TEXT)
    rnd = random.Random(k)
    pieces = ["东坡区", "临江市", "排名第2位", "第一名", "甲乙丙丁", ",", "。", ";", ":", "\n", " ", "  ", "(一)", "1.",
              "得分95分", "对", "开工", "项目", "12", "、", "【", "】"]
    for _ in range(300):
        _same(pat, "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 25))))


@pytest.mark.parametrize("shape", SHAPES)
def test_a_pattern_opening_at_heads_finds_what_its_whole_scan_finds(shape):
    pat = rx.compile(shape)
    rnd = random.Random(shape)
    for _ in range(400):
        _same(pat, "".join(rnd.choice("甲乙丙,;。\n ") for _ in range(rnd.randint(0, 30))))


@pytest.mark.parametrize("shape,kind", [(r"(?:^|(?<=[,。]))甲", "after"), (r"(?m)^甲", "after"), (r"(?:^|[,;])甲", "at"),
                                        (r"(?:^|(?<=,)|;)甲", None), (r"\b甲", None), (r"(?:^|(?<=\w))甲", None),
                                        (r"(?:^|(?<=,))甲?", None), (r"甲|(?<=,)乙", None), (r"(?i)(?:^|,)a", None),
                                        (r"^甲|^乙", "start"), (r"\A甲", "start")])
def test_which_patterns_are_scanned_at_heads(shape, kind):
    got = rx.head_scanner(re.compile(shape))
    assert (got and got[0]) == kind
    _same(re.compile(shape), "甲,甲;乙甲\n甲a,A")
