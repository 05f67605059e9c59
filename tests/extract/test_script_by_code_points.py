"""The cleaner reads every page in simplified script (``normalize.simplified_script``) and asks whether a text writes
traditional script at all (``normalize.written_traditional``); both read a long text's code points at once through
arrays of the script table (``_script_chars``, ``_traditional_array``), where ``str.translate`` with the table's dict
and a set of the text's characters took hundreds of instructions a character.  They must answer exactly as the table
read character by character does, for short and long texts, simplified, traditional and mixed, with characters past
the BMP and a lone surrogate of a broken file.  Sentences invented."""
from __future__ import annotations

import random

from taizhang.extract import normalize

_SENTENCES = (
    "岚溪县今年计划实施重点项目65个,总投资180亿元,信号覆盖全县,与时俱进。",
    "嵐溪縣今年計劃實施重點項目65個,總投資180億元,記者從有關部門瞭解到,反覆研究。",
    "甲县1-8月规上工业增加值增长6.2%，乙區（丙鎮）完成投資3.4億元；ＡＢＣ　１２３",
    "丁县\U00020000村道路改造工程\U0002b726,完成投资2亿元",
    "戊镇新开工项目12个\ud800,竣工9个",
    "",
    "覆",
)


def _texts():
    rnd = random.Random(32)
    table = normalize._script_table()
    trad = sorted(table)[:4000:7]
    for s in _SENTENCES:
        yield s
        yield s * 20  # long: read by the arrays
    for n in (5, 255, 256, 257, 900):
        for _ in range(20):
            pool = [rnd.choice(_SENTENCES[0]), rnd.choice(_SENTENCES[1]), chr(rnd.choice(trad)), chr(rnd.randrange(0x20, 0x3000))]
            yield "".join(rnd.choice(pool) for _ in range(n))
            yield "".join(rnd.choice(_SENTENCES[0]) for _ in range(n))  # simplified only


def test_simplified_script_reads_as_the_table_read_character_by_character():
    table = normalize._script_table()
    for s in _texts():
        assert normalize._script_chars(s) == s.translate(table), s[:40]
        assert normalize.simplified_script(s) == normalize._phrases(s, s.translate(table)), s[:40]


def test_written_traditional_answers_as_the_set_of_the_table_s_characters():
    chars = normalize._traditional_chars()
    for s in _texts():
        assert normalize.written_traditional(s) == (not chars.isdisjoint(s)), s[:40]


def test_the_array_marks_the_table_s_characters_and_ends_on_none():
    array = normalize._traditional_array()
    table = normalize._script_table()
    assert not array[-1] and len(array) == max(table) + 2
    assert sorted(int(k) for k in array.nonzero()[0]) == sorted(table)
