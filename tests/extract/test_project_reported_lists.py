"""Projects a work report or a progress news item names in a list it reports on: companies and lines counted among the
projects that started, grid and computing works sharing one verb, institutions set up and at work, works named in
quotes; the stage of what the year's tasks promise; and what is no project (classes abbreviated, programmes, parks).

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(text: str) -> dict[str, tuple[str, str]]:
    return {p.mention: (p.name, p.stage) for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_companies_named_among_the_projects_a_count_reports_started():
    got = run("全年岚溪化纤、青川石化第二套煤制烯烃等1200多个项目开工建设，柳岸锂电等600余个项目建成投产。")
    assert got["岚溪化纤"] == ("岚溪化纤", "under_construction")
    assert got["青川石化第二套煤制烯烃"] == ("青川石化第二套煤制烯烃", "under_construction")
    assert got["柳岸锂电"] == ("柳岸锂电", "operating")


def test_grid_and_computing_works_sharing_one_verb():
    got = run("岚溪直流二期扩建、青川750千伏主变扩建、白河330千伏线路工程相继投运，柳岸云智算集群、白河智算中心等相继点亮。")
    assert got["岚溪直流二期扩建"] == ("岚溪直流二期扩建", "operating")
    assert got["白河330千伏线路工程"][1] == "operating"
    assert got["柳岸云智算集群"] == ("柳岸云智算集群", "operating")
    assert got["白河智算中心"] == ("白河智算中心", "operating")


def test_institutions_set_up_and_at_work_are_operating():
    got = run("去年，青川新材料研究院挂牌运行，白河职业技术学院首批招生。")
    assert got["青川新材料研究院"][1] == "operating"
    assert got["白河职业技术学院"][1] == "operating"


def test_a_quoted_works_reported_built_is_a_project_a_quoted_programme_is_not():
    got = run("“西电入岚”工程建成投运，全市深入实施“强基”工程。")
    assert got["“西电入岚”工程"] == ("西电入岚工程", "completed")  # 建成投运: put into service
    assert not any("强基" in m for m in got)


def test_production_finished_and_handed_over_is_operating():
    got = run("青川年产3万吨基础锂盐一体化项目竣工投产，白河钢铁技改项目已建成投产。")
    assert got["青川年产3万吨基础锂盐一体化项目"][1] == "operating"
    assert got["白河钢铁技改项目"][1] == "operating"


def test_a_push_to_finish_is_planned_and_the_verb_is_no_part_of_the_name():
    got = run("今年要力促岚青高铁、白柳高速建成通车。")
    assert got["岚青高铁"] == ("岚青高铁", "planned")
    assert got["白柳高速"] == ("白柳高速", "planned")
    text = ("岚溪市2026年政府工作报告\n一、2025年工作回顾\n岚溪抽水蓄能电站建成投运。\n"
            "二、2026年重点工作\n力促青川抽水蓄能电站建成投运，白河机场改扩建工程建成投用。\n")
    got = run(text)
    assert got["岚溪抽水蓄能电站"][1] == "completed"  # 建成投运 reported: put into service
    assert got["青川抽水蓄能电站"] == ("青川抽水蓄能电站", "planned")
    assert got["白河机场改扩建工程"][1] == "planned"


def test_items_with_their_own_heads_drop_the_class_the_list_closes_with():
    got = run("加快实施岚溪水电站、青川光伏发电、白河抽水蓄能电站等电源电网项目。")
    assert got["岚溪水电站"][0] == "岚溪水电站"
    assert got["白河抽水蓄能电站"][0] == "白河抽水蓄能电站"
    got = run("推进岚溪、青川等港区铁路专用线建设。")
    assert got["岚溪"][0] == "岚溪港区铁路专用线"


def test_classes_abbreviated_programmes_and_national_parks_are_no_projects():
    got = run("加快“铁公机”建设，实施文旅创新工程，推进岚山国家公园建设。")
    assert got == {}


def test_a_work_finished_ahead_of_time_is_named_before_the_time():
    got = run("过去五年，岚青铁路提前一年建成通车，白河水库提前半年下闸蓄水。")
    assert got["岚青铁路"] == ("岚青铁路", "completed")
    assert got["白河水库"][1] == "under_construction"
