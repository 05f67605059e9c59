"""A city's road works named by the stretch they build (甲路(乙路至丙路)), on sentences written for these tests
(never corpus text): a progress news item, a district's start-up ceremony, a list of a year's works."""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text


def found(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text).projects}


def test_roads_with_their_stretch_in_a_list_are_each_a_work():
    got = found("目前,桂花路(东湖路至滨江大道)、纬六路(科学大道—创新大道)、第十二大街(经北三路-G107)"
                "等路段正在铺设沥青。")
    assert set(got) == {"桂花路(东湖路至滨江大道)", "纬六路(科学大道—创新大道)", "第十二大街(经北三路-G107)"}


def test_the_works_words_after_the_stretch_belong_to_the_name():
    got = found("2025年青川县开工项目中,包含城南片区溪山路(文昌路至南环路)道路工程、"
                "梅林街(学府路一迎宾路)改造工程Ⅱ标段等城乡道路建设。")
    assert got == {"城南片区溪山路(文昌路至南环路)道路工程": "under_construction",
                   "梅林街(学府路一迎宾路)改造工程Ⅱ标段": "under_construction"}


def test_a_road_whose_name_holds_a_verb_like_word():
    got = found("建设路(人民路至解放路)提升改造工程已完工。")
    assert got == {"建设路(人民路至解放路)提升改造工程": "completed"}


@pytest.mark.parametrize("text", [
    "全市公路通车里程(含高速公路)达到1.2万公里。",
    "按照(2021-2025)规划推进道路建设。",
    "要走好新时代的长征路(一二九运动至今)。",
    "沿江路(暂定名)建设前期工作正在推进。",
])
def test_parentheses_without_a_stretch_between_roads_name_no_section(text):
    assert not any("(" in m for m in found(text))


def test_roads_named_alone_in_a_list_of_works_are_each_a_work():
    got = found("今年城投公司实施的道桥项目共30项。续建项目有东环路、桂林路、滨河路北延伸段、望湖大道西段、"
                "新机场连接道路等5个项目;目前已完工项目有人民路、学府路、青年路、文昌路、建业路、丰乐路、"
                "柳湖路、新华路、光明路、育英路、红星路、朝阳路、和平路二期等13个项目。")
    assert got["东环路"] == "under_construction"
    assert got["滨河路北延伸段"] == "under_construction"
    assert got["新机场连接道路"] == "under_construction"
    assert got["人民路"] == "completed"  # the first of a list longer than twelve
    assert got["和平路二期"] == "completed"
    assert len(got) == 18



def test_members_named_among_a_class_of_works_with_the_works_done_to_them():
    got = found("目前全县已开复工40个项目,其中28个重点工程中西环大道、建设路北延、县中医院迁建等18个项目已复工。")
    assert {"西环大道", "建设路北延", "县中医院迁建"} <= set(got)


def test_a_trunk_roads_stretch_named_by_its_class_and_number_is_one_work():
    got = found("今年,柳岸县加快推进国道318线青岭至石门段改建工程,完成投资2亿元;"
                "省道201线雾溪高速水头互通至白河高速石井互通路段路面重铺工程已完工。")
    assert got == {"国道318线青岭至石门段改建工程": "under_construction",
                   "省道201线雾溪高速水头互通至白河高速石井互通路段路面重铺工程": "completed"}


def test_a_trunk_road_named_by_its_class_and_name_or_with_its_works_alone():
    got = found("截至目前,县道506线连接线桃溪村顶周至下周路段加铺沥青砼路面改造工程正在施工,"
                "国道青白公路柳林至石河(省界)段已全面复工,国道220线中修工程已于6月底开工。")
    assert set(got) == {"县道506线连接线桃溪村顶周至下周路段加铺沥青砼路面改造工程", "国道青白公路柳林至石河(省界)段",
                        "国道220线中修工程"}


def test_a_trunk_road_where_a_clause_acts_names_no_work():
    assert found("国道318线沿线村庄开展环境整治工程。沿国道318线布局产业园区。") == {}
