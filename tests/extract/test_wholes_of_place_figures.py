"""A place's figure whose clause names no measure (分市看,甲市、乙市累计分别增长4.7%、3.6%) measures what the paragraph
stated of the whole just before it, in the same unit; a place's figure named by its own measure keeps it.  Invented
sentences (places of the gazetteer, figures made up)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def named(text: str) -> dict[str, tuple[str, str]]:
    return {text[f.vstart:f.vend]: (f.subject, f.indicator) for f in extract_text(text, name="p.txt", fmt="txt").facts}


def test_places_after_a_breakdown_opener_take_the_whole_s_measure():
    got = named("四川省2024年1-9月工业经济运行情况\n1-9月,全省规模以上工业增加值同比增长5.1%。分市看,成都市、绵阳市、"
                "德阳市累计分别增长4.7%、3.6%、2.9%。\n")
    assert got["3.6"] == ("绵阳市", "规模以上工业增加值")
    assert got["2.9"] == ("德阳市", "规模以上工业增加值")


def test_a_place_s_own_measure_stays():
    got = named("四川省2024年1-9月工业经济运行情况\n1-9月,全省规模以上工业增加值同比增长5.1%。成都市固定资产投资增长"
                "4.2%。\n")
    assert got["4.2"] == ("成都市", "固定资产投资")
