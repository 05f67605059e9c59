"""Whether a text writes traditional script is asked of every text normalize_chars reads (for the words a converter
spells with a character of their own, 瞭解, 反覆); it is answered by the text's set of characters against the script
table's, which must say exactly what a scan for any of the table's characters says.  Sentences invented."""
from __future__ import annotations

from taizhang.extract import normalize


def test_written_traditional_answers_as_a_scan_of_the_script_table_does():
    table = normalize._script_table()
    for s in ("全县覆盖率达到98%", "全縣覆蓋率達到98%", "記者從有關部門瞭解到", "记者从有关部门了解到", "", "ABC 123",
              "反覆研究", "岚溪县", "嵐溪縣"):
        assert normalize.written_traditional(s) == any(ord(c) in table for c in s), s


def test_a_simplified_text_keeps_its_own_words_and_a_traditional_one_reads_them_as_words():
    assert normalize.normalize_chars("信号覆盖全县") == "信号覆盖全县"
    assert normalize.normalize_chars("記者從有關部門瞭解到") == "记者从有关部门了解到"
