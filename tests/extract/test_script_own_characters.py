"""Every page is read in simplified script one character for one (``normalize.simplified_script``, OpenCC's first
candidate).  Two characters of place names were read wrong: 乾, which simplified script writes too (乾县, 乾安县),
was read as 干 (OpenCC lists 干 first), so a county's name met no place, or a shorter one inside it; and 陜, the
variant a converter writes for 陝 (陕), is in no table of OpenCC's, so a traditional page's 寧陜縣 met no place.
Sentences invented."""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.normalize import normalize_chars, simplified_script


def test_qian_is_kept_as_written():
    assert simplified_script("乾县和乾安县") == "乾县和乾安县"
    assert normalize_chars("乾縣今年") == "乾县今年"


def test_the_variant_of_shaan_is_read_as_shaan():
    assert simplified_script("寧陜縣和陜西省") == "宁陕县和陕西省"


def test_a_county_written_with_qian_is_the_subject():
    fs = facts_of("乾安县一季度项目建设情况\n今年一季度,乾安县新开工项目14个,完成投资8.6亿元。\n")
    assert one(fs, 14).subject == "乾安县"
    assert one(fs, 8.6).subject == "乾安县"


def test_a_county_named_in_a_short_headline_with_qian():
    fs = facts_of("乾县召开重点项目推进会\n会议通报,全县今年计划实施重点项目52个,总投资126亿元。\n")
    assert one(fs, 52).subject == "乾县"


def test_a_traditional_page_written_with_the_variant():
    fs = facts_of("寧陜縣2024年上半年經濟運行情況\n上半年,全縣完成地區生產總值21.5億元,同比增長6.3%。\n")
    assert one(fs, 21.5).subject == "宁陕县"
    assert one(fs, 6.3).subject == "宁陕县"
