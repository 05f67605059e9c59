"""Works being prepared and classes of works.

(1) Works being prepared, as a list's 前期项目 are, are planned (加快甲铁路前期工作, 抓好乙机场迁建工程前期工作: the
lead's convention, which the blind golds follow); whatever verb governs the name (加快, 启动, 抓好), the 前期 after it
says the works are still being prepared, not built. Works sought (争取丙水库年内开工, 力争丁枢纽列入国家规划) stay proposed.
(2) A class of works counted in digits inside a name (一季度新开工11项重大水利工程, 国家102项重大工程项目), named by
the level that lists it (甲市自治区层面重大项目) or by a kind of works alone (轨道交通项目, 通用机场) is no one work; a
list's total (甲水库、乙灌区等总计11项重大水利工程) counts its members, each named by itself.
(3) A road's code and the stretch or line after it (G318甲段, S205乙线, G106甲—乙段改扩建工程) name one work each.
(4) A numeral inside a stretch's end (四大岭至岚溪高速公路) is no count, and 县长 inside 岚溪县长湾码头 no official.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 雾溪); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(text: str) -> dict[str, tuple[str, str]]:
    return {p.mention: (p.name, p.stage) for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_works_being_prepared_are_planned_in_a_provincial_report():
    got = run("青川省2026年政府工作报告\n二、2026年重点工作\n"
              "开工建设岚溪至白河高铁，加快推进柳岸铁路提速改造前期工作，加快雾溪水库等重大水利项目前期工作，"
              "抓好白河机场三期扩建、岚溪机场迁建工程前期工作。\n")
    assert got["岚溪至白河高铁"][1] == "planned", got
    for m in ("柳岸铁路提速改造", "雾溪水库", "白河机场三期扩建", "岚溪机场迁建工程"):
        assert got.get(m, ("", ""))[1] == "planned", (m, got)


def test_works_sought_are_proposed_in_county_news():
    got = run("岚溪县召开重点项目推进会\n会议要求，启动柳岸长江大桥、白河大桥拓宽工程的项目前期工作，"
              "雾溪水库二期工程力争列入省级规划，青川物流园争取年内开工，白河污水处理厂确保年内开工。\n")
    assert got["柳岸长江大桥"][1] == "planned", got  # its preparation started
    assert got["雾溪水库二期工程"][1] == "proposed", got
    assert got["青川物流园"][1] == "proposed", got
    assert got["白河污水处理厂"][1] == "planned", got  # a start promised, no preparation


def test_counted_and_ranked_classes_are_no_works():
    got = run("柳岸市重大项目建设进展通报\n一季度新开工白河水利枢纽、岚溪水库、雾溪东麓防洪等总计11项重大水利工程，"
              "总投资规模76亿元。国家102项重大工程项目中涉及我市的项目均纳入工程包。"
              "重点工程续建项目总体进展顺利，白河市自治区层面重大项目完成投资5亿元。"
              "加快轨道交通项目建设，推进通用机场建设。\n")
    assert set(got) == {"白河水利枢纽", "岚溪水库", "雾溪东麓防洪"}, got
    assert got["雾溪东麓防洪"] == ("雾溪东麓防洪", "under_construction")


def test_named_works_with_numbers_stay():
    got = run("岚溪县2025年重点项目进展\n白河至青川500千伏输变电工程开工建设，岚溪年产20万吨纸浆项目建成投产，"
              "柳岸海上风电项目加快建设，雾溪通用机场开工。\n")
    assert {"白河至青川500千伏输变电工程", "岚溪年产20万吨纸浆项目", "柳岸海上风电项目", "雾溪通用机场"} <= set(got), got


def test_coded_roads_and_their_stretches_are_works():
    got = run("岚溪县2026年政府工作报告\n一、2025年工作回顾\n"
              "G318岚溪段、S205白河线、X012青川线等国省县道全线贯通，加快G106柳岸—雾溪段改扩建工程建设。\n")
    assert got.get("G318岚溪段", ("", ""))[1] == "under_construction", got
    assert "S205白河线" in got and "X012青川线" in got, got
    assert got.get("G106柳岸—雾溪段改扩建工程", ("", ""))[1] == "under_construction", got


def test_a_numeral_or_an_office_inside_a_place_name_is_no_count_or_person():
    got = run("青川省2026年政府工作报告\n二、2026年重点工作\n启动四大岭至岚溪、白河至青川等高速公路建设。"
              "岚溪县长湾码头建成投用。\n")
    assert got.get("四大岭至岚溪", ("", ""))[1] == "planned", got
    assert "岚溪县长湾码头" in got, got
    assert not run("岚溪县召开项目推进会\n岚溪县长王明山主持会议。\n")
