"""A text's separators (clause, sentence, part, paragraph, list-clause breaks and the marks ``last_of`` bisects) are
listed from its code points read once (``segment.char_offsets``, ``segment.sep_offsets``): the same offsets as each
separator's own scan, the thousands comma's look-behind included (invented and random texts)."""
import random

import pytest

from taizhang.extract import rx, segment
from taizhang.extract.segment import CLAUSE_SEP, LIST_CLAUSE_SEP, PARA_SEP, PART_SEP, SENT_SEP, Layout

SEPS = [CLAUSE_SEP, LIST_CLAUSE_SEP, SENT_SEP, PART_SEP, PARA_SEP]
TEXT = ("岚溪县2026年计划投资1,234.5亿元,同比增长8%;其中:新开工项目12个、续建项目30个。完成投资12,345万元,"
        "占全年的56%!\n二、下步打算\n力争1,2345个项目开工?确保１,２３４项目落地，全年完成投资８,000亿元；\n")


def _plain(sep, text):
    return [m.start() for m in sep.finditer(text)]


def test_every_separator_of_the_extractor_is_one_character_of_a_listed_class():
    assert [rx.one_char_class(s) is not None for s in SEPS] == [True] * 5
    assert rx.one_char_class(CLAUSE_SEP)[1] and not rx.one_char_class(SENT_SEP)[1]  # (the comma's look-behind)


@pytest.mark.parametrize("k", range(len(SEPS)))
def test_a_separators_offsets_read_off_the_code_points_are_its_scans(k):
    sep = SEPS[k]
    assert segment.sep_offsets(sep, TEXT) == _plain(sep, TEXT)
    rnd = random.Random(k)
    alphabet = "甲乙0123456789１２３,，;；。:：!！?？、\n .%\ud800𠀀"
    for _ in range(500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        assert segment.sep_offsets(sep, text) == _plain(sep, text), text


def test_a_layout_and_its_marks_are_the_separators_scans(monkeypatch):
    for text in (TEXT, TEXT * 3, ""):
        layout = Layout(text)
        assert (layout.clause, layout.sent, layout.para, layout.part) == \
            tuple(_plain(s, text) for s in (CLAUSE_SEP, SENT_SEP, PARA_SEP, PART_SEP))
        for chars in ("；", ";；:：", "!?！？"):
            assert layout.last_of(chars, 0, len(text)) == max(text.rfind(c) for c in chars)
    monkeypatch.setattr(segment, "CODES_MAX", 10)  # (a longer text is scanned by the pattern: the same offsets)
    assert segment.sep_offsets(CLAUSE_SEP, TEXT) == _plain(CLAUSE_SEP, TEXT)
    monkeypatch.setattr(segment, "numpy", None)
    assert segment.char_offsets(TEXT, ",;") == [i for i, c in enumerate(TEXT) if c in ",;"]
