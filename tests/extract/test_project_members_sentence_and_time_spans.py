"""A sentence that only lists members (。主要有A、B等 / 。包括A) after the sentence counting their class, and a span of
time opening a clause (提前12天完工) that names no work; on documents written for these tests (never corpus text): a
county's review and a provincial water plan's page."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def stages(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text).projects}


def test_members_listed_in_a_sentence_of_their_own_take_the_class_counted_before():
    text = "2024年,全县新开工项目12个。主要有甲河大桥、乙镇水厂等。\n"
    got = stages(text)
    assert got.get("甲河大桥") == "under_construction"
    assert got.get("乙镇水厂") == "under_construction"


def test_a_members_sentence_after_a_sentence_counting_no_works_takes_nothing():
    got = stages("今年的工作很多。包括戊县文化中心。\n")
    assert got.get("戊县文化中心", "unknown") == "unknown"


def test_a_span_of_time_opening_a_clause_is_no_work():
    got = stages("提前12天完工——9月26日,甲县供水管网工程完工。\n")
    assert set(got) == {"甲县供水管网工程"}
