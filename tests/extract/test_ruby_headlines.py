"""A page a script converter glossed with pinyin after its characters (縣(xiàn), 開(kāi)工) gives its headline as the page
writes it, pinyin and all: a headline is quoted, not read (the annotators of every set keep such a title as written).
The pinyin stays hidden from the words the extractor reads (genre, date and place cues). A title the page does not
write (a derived one) is not touched.

Every text is written for these tests.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def test_a_glossed_headline_keeps_its_pinyin():
    text = ("甲縣(xiàn)一季度12個(gè)重點(diǎn)項(xiàng)目開(kāi)工\n"
            "今年一季度,甲縣(xiàn)新開(kāi)工重點(diǎn)項(xiàng)目12個(gè),完成投資(zī)8.6億(yì)元。\n")
    rec = extract_text(text, "t.txt").record
    assert rec.title == "甲縣(xiàn)一季度12個(gè)重點(diǎn)項(xiàng)目開(kāi)工"
    assert not rec.title_derived


def test_the_pinyin_after_a_headlines_last_character_is_kept():
    text = ("關(guān)于乙市熱線平臺(tái)一季度來電處理結果的通報(bào)\n"
            "發(fā)布日期:2031-04-09\n"
            "1-3月份,乙市熱線平臺(tái)共受理訴求3.2萬(wàn)件,辦結(jié)率97.5%。\n")
    rec = extract_text(text, "t.txt").record
    assert rec.title == "關(guān)于乙市熱線平臺(tái)一季度來電處理結果的通報(bào)"
    assert rec.published == "2031-04-09"


def test_a_headline_without_pinyin_is_unchanged():
    text = ("甲縣一季度12個重點項目開工\n"
            "今年一季度,甲縣新開(kāi)工重點(diǎn)項(xiàng)目12個(gè),完成投資(zī)8.6億(yì)元。\n")
    assert extract_text(text, "t.txt").record.title == "甲縣一季度12個重點項目開工"
