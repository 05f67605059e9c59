"""A division's name read out of other words (the party's prefix, a person's surname or name before an office's
title), the places left over after a list, and a place the text names only as one of its parts.

The texts are written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one
from taizhang.extract.regions import gazetteer


def names(text: str) -> list[str]:
    return [h.region.name for h in gazetteer().find(text)]


def test_the_party_prefix_gives_no_county_of_its_last_character():
    assert names("中共和县委员会召开全体会议") == ["和县"]
    assert names("中共和县县委书记主持会议") == ["和县"]
    assert names("中共共和县委员会召开全体会议") == ["共和县"]
    assert names("其中共和县完成投资3.2亿元") == ["共和县"]  # 其中 + 共和县
    assert "共和县" in names("青海省共和县今年新开工项目12个")


def test_a_party_committee_s_report_is_its_county_s():
    _, ex = context_of("中共和县委员会全体会议召开\n"
                       "会议指出,2023年全县地区生产总值增长7.5%,财政收入增长6%。\n")
    assert {f.subject for f in ex.facts if f.value in (7.5, 6)} == {"和县"}


def test_a_surname_and_the_county_head_s_title_name_no_county():
    _, ex = context_of("全县重点项目建设推进会召开\n"
                       "3月5日,全县重点项目建设推进会召开,曹县长主持会议。\n"
                       "会议通报,一季度全县重点项目完成投资12.5亿元,占年度计划的26%。\n")
    assert {f.subject for f in ex.facts if f.value in (12.5, 26)} == {""}
    # a 长 that opens a word of its own leaves the county named
    _, ex = context_of("曹县重点项目建设推进会召开\n曹县长期坚持项目为王,一季度全县重点项目完成投资12.5亿元。\n")
    assert one(ex.facts, 12.5).subject == "曹县"


def test_a_person_s_name_after_an_office_names_no_town():
    _, ex = context_of("县长王永安同志在全县经济工作会议上的讲话\n同志们:\n"
                       "去年,全县地区生产总值增长6.5%,固定资产投资增长10%。王永安县长强调,今年要确保地区生产总值增长7%。\n")
    assert {f.subject for f in ex.facts if f.value in (6.5, 10, 7)} == {""}


def test_the_divisions_left_after_a_list_are_no_place_named():
    _, ex = context_of("甘肃省重点项目建设推进情况通报\n2023年10月12日\n"
                       "前三季度,全省重点项目开工率97%。兰州、酒泉市开工率分别为98%、96%,其他市均达到100%。"
                       "其余县区开工率均在95%以上。\n")
    fs = ex.facts
    assert (one(fs, 98).subject, one(fs, 96).subject) == ("兰州市", "酒泉市")
    assert one(fs, 100).subject == "" and one(fs, 95).subject == ""
    assert one(fs, 100).indicator == "开工率"


def test_a_city_the_province_s_text_names_as_its_part_is_not_the_text_s():
    _, ex = context_of("全省重点项目建设推进情况\n2023年10月12日\n"
                       "今年以来,各地认真落实省委省政府决策部署,重点项目建设取得积极进展。\n"
                       "在天水市,秦州区220千伏变电站工程等一批项目顺利推进。\n"
                       "前三季度,重点项目开工率97%,完成投资1850亿元,同比增长8.2%。\n")
    assert {f.subject for f in ex.facts if f.value in (97, 1850, 8.2)} == {""}


def test_a_county_level_city_the_whole_includes_is_not_who_speaks_as_the_city():
    _, ex = context_of("关于前三季度水利项目进展情况的通报\n"
                       "今年全市水利项目共120个(含丰城市),总投资300亿元。截至9月底,已开工100个,开工率83.3%。"
                       "各县(市、区)投资完成率排名由高到低依次是:奉新县、万载县、丰城市、上高县、宜丰县。\n")
    assert {f.subject for f in ex.facts if f.value in (120, 300, 100, 83.3)} == {""}


def test_the_county_of_an_example_project_is_not_the_city_s_place():
    _, ex = context_of("重点项目建设进展顺利\n2023年10月12日\n"
                       "今年以来,我市重点项目建设取得积极进展,一批重大项目加快推进。例如仁寿县城南水厂扩建工程已完成主体施工,"
                       "青神县220千伏变电站工程即将投运。\n"
                       "前三季度,重点项目开工率97%,完成投资185亿元,同比增长8.2%。\n")
    assert {f.subject for f in ex.facts if f.value in (97, 185, 8.2)} == {""}


def test_a_company_heading_the_title_with_its_place_s_short_name_is_no_place_of_the_text():
    _, ex = context_of("吉林石化公司一季度生产经营情况\n一季度,公司实现营业收入180亿元,同比增长5%。\n")
    assert {f.subject for f in ex.facts if f.value in (180, 5)} <= {"", "公司", "吉林石化公司", "吉林石化"}
    _, ex = context_of("重庆钢铁集团召开2023年工作会议\n会议指出,2022年集团钢材产量增长6%,实现利润总额12亿元。\n")
    assert "重庆市" not in {f.subject for f in ex.facts}
    # a park of a county named in full keeps the county the text's place
    _, ex = context_of("青神县竹编产业园建设加快推进\n今年以来,全县重点项目完成投资16亿元,同比增长12%。\n")
    assert one(ex.facts, 16).subject == "青神县"
