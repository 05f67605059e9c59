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


def test_a_place_and_its_works_on_a_line_of_its_own_under_the_heading_is_a_work():
    text = ("2025年5月16日,岳川市二季度重大项目集中开工活动举行。各分会场开工项目如下:\n"
            "宁塘县年产8万吨新材料项目\n桐溪片区基础设施建设\n北湖工业园区配套设施提升\n凤鸣岭隧道\n")
    got = stages(text)
    assert got.get("桐溪片区基础设施建设") == "under_construction"
    assert got.get("北湖工业园区配套设施提升") == "under_construction"


def test_a_line_of_a_story_under_no_list_heading_is_no_work():
    text = "岳川市推进城市更新。\n桐溪片区基础设施建设\n近日,桐溪片区召开会议。\n"
    assert "桐溪片区基础设施建设" not in stages(text)
