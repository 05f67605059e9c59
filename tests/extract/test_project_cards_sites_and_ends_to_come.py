"""A work's name set alone on a line over the paragraph that tells of it, the works' site a report stands at, a
forecast or a promised end that is no stage of its own, and 重建 as a nominal action; on documents written for these
tests (never corpus text): a city's review of its key works, a county's water works page, a district's progress news."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def stages(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text).projects}


def test_a_name_alone_on_its_line_heads_the_card_under_it():
    text = ("2015年青州市工业项目进展\n"
            "北岭集团东湖航空产业园项目\n"
            "  总投资90亿元,总建筑面积40万平方米。目前,厂房完成12万平方米钢结构施工。\n"
            "临港玉泉集团年产8万吨钢丝帘线生产项目\n"
            "  总投资25亿元。目前,正在进行场地基础施工。\n"
            "西岗\n"
            "石湾水闸重建工程\n"
            "工程于2024年5月开工,概算总投资5200万元,目前已完成主体工程建设。\n")
    got = stages(text)
    assert got.get("北岭集团东湖航空产业园项目") == "under_construction"
    assert got.get("临港玉泉集团年产8万吨钢丝帘线生产项目") == "under_construction"
    assert got.get("石湾水闸重建工程") == "under_construction"


def test_a_line_over_a_story_of_its_own_heads_no_card():
    text = ("青州县融媒体中心\n\n近日,青州县万头肉牛养殖项目开工仪式在东坝镇举行。\n")
    assert "青州县融媒体中心" not in stages(text)


def test_the_works_site_a_report_stands_at_is_works_under_way():
    text = "11月20日,在北岭新能源电池总成项目建设现场,工人们正在忙碌。\n"
    assert stages(text).get("北岭新能源电池总成项目") == "under_construction"


def test_a_forecast_end_after_the_name_ends_it_and_places_the_works_under_way():
    text = ("2024年8月,丙县第二水厂项目预计2025年6月正式投产,目前主体已封顶。\n"
            "庚县文化中心项目有望年内开馆。\n")
    got = stages(text)
    assert got.get("丙县第二水厂项目") == "under_construction"
    assert got.get("庚县文化中心项目") == "under_construction"


def test_a_forecast_start_is_still_to_come():
    assert stages("2024年8月,辛县水库项目预计明年开工。\n").get("辛县水库项目") == "planned"


def test_a_promised_end_gives_way_to_the_progress_the_sentence_reports():
    got = stages("2024年8月,丁镇光伏电站项目计划明年3月建成投产,现已完成投资2亿元。\n")
    assert got.get("丁镇光伏电站项目") == "under_construction"
    assert stages("2024年8月,癸县医院项目计划年底建成。\n").get("癸县医院项目") == "planned"


def test_a_line_named_by_its_ends_goes_by_their_initials():
    text = ("阿塔铁路开工建设\n2024年3月10日,阿克苏至塔中铁路开工建设。阿塔铁路全长300公里,"
            "建成后将与南疆铁路相连。\n")
    got = [(p.mention, p.name) for p in extract_text(text).projects]
    assert ("阿塔铁路", "阿克苏至塔中铁路") in got
    assert sum(1 for m, n in got if m == "阿塔铁路") == 2


def test_a_short_name_that_the_text_also_writes_is_renamed_by_its_ends():
    text = "2024年,青州至连港高速公路开工建设。6月,青连高速完成投资5亿元。\n"
    names = {p.mention: p.name for p in extract_text(text).projects}
    assert names.get("青连高速") == "青州至连港高速公路"
