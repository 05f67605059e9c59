"""Lists of works written a name a line under a sentence that announces them, numbers in brackets written in Chinese
numerals, a name that opens with 和, 谋划 over a build verb with 了, a bare facility joined by 及 to the work it belongs
to, and the state's programmes and the chain slogans that are no works; on documents written for these tests (never
corpus text): a city's start-up news, a district's signing page, a county's review, a prefecture's railway news."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def stages(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text).projects}


def test_lines_under_a_sentence_closing_with_a_colon_are_its_list():
    text = ("2025年5月16日,岳川市二季度重大项目集中开工活动在主会场举行。各分会场开工项目如下:\n"
            "宁塘县年产8万吨新材料项目\n桐溪区冷链物流园\n白沙镇污水处理厂提标改造工程\n"
            "岳川经开区储能电池项目\n北山风电场\n凤鸣岭隧道\n")
    got = stages(text)
    for name in ("宁塘县年产8万吨新材料项目", "桐溪区冷链物流园", "白沙镇污水处理厂提标改造工程", "岳川经开区储能电池项目",
                 "北山风电场", "凤鸣岭隧道"):
        assert got.get(name) == "under_construction", name


def test_a_signing_sentence_closing_with_a_colon_makes_its_lines_planned():
    text = ("9月8日,南岭区举行招商引资项目集中签约活动,共签约项目9个。本次签约项目如下:\n"
            "华越新材料产业基地\n南岭冷链物流中心\n")
    got = stages(text)
    assert got.get("华越新材料产业基地") == "planned"
    assert got.get("南岭冷链物流中心") == "planned"


def test_items_numbered_in_chinese_numerals_in_brackets_are_members_of_the_list():
    text = ("2025年竣工项目:\n(一)白沙镇污水处理厂\n(二)城南综合客运枢纽\n(三)东城污水处理厂\n(四)岳川市第二热源厂\n")
    got = stages(text)
    for name in ("城南综合客运枢纽", "东城污水处理厂", "岳川市第二热源厂"):
        assert got.get(name) == "completed", name


def test_a_name_opening_with_he_keeps_it():
    text = ("2025年3月,和田至且末铁路建设加快推进。加快和平区文化中心建设,推进和顺县第二水厂和和静县污水处理厂建设。\n")
    got = stages(text)
    assert "和田至且末铁路" in got
    assert "和平区文化中心" in got
    assert "和顺县第二水厂" in got and "和静县污水处理厂" in got
    assert "田至且末铁路" not in got


def test_a_joint_between_two_names_still_joins():
    got = stages("2025年,实施甲县水库和乙县水厂工程。\n")
    assert "甲县水库" in got and "乙县水厂工程" in got


def test_planning_reported_done_is_proposed():
    text = "2024年,林川县谋划实施了林川至北河高速公路、北河水库等项目,谋划建设了东岭抽水蓄能电站。\n"
    got = stages(text)
    assert got["林川至北河高速公路"] == "proposed"
    assert got["北河水库"] == "proposed"
    assert got["东岭抽水蓄能电站"] == "proposed"
    assert stages("2024年,林川县实施了南镇污水处理厂。\n")["南镇污水处理厂"] == "under_construction"


def test_a_bare_facility_after_ji_is_part_of_the_named_work():
    text = "2025年,开工建设石港物流枢纽及配套物流园,推进石港创新中心及产业基地建设。\n"
    got = stages(text)
    assert "石港物流枢纽及配套物流园" in got and "配套物流园" not in got
    assert "石港创新中心及产业基地" in got and "石港创新中心" not in got


def test_two_named_works_after_ji_stay_two():
    got = stages("2025年,开工建设甲县人民医院及乙镇卫生院。\n")
    assert "乙镇卫生院" in got


def test_state_programmes_and_chain_slogans_are_no_works():
    text = ("2024年,石港县围绕主导产业实施延链补链项目。扎实推进三北防护林、天然林保护、防沙治沙等工程,"
            "实施退耕还林工程。开工建设石港污水处理厂。\n")
    got = stages(text)
    assert set(got) == {"石港污水处理厂"}
