"""What one work is built of and what it makes are no works: the content a work's description lists (建设内容包括道路工程、
桥涵工程…, 拟建设屠宰车间、冷库…等附属设施, 甲厂扩建工程主要建设沉淀池、配套管网工程), the products of a plant (主要生产
消音器、变速箱、电瓶线等), a time word read as a name (预计后年通车), and a class after 等 made of size words (等单体大项目).

Every sentence here is invented (岚溪, 北岸, 青石, 临川 … are fictitious places, works and firms).
"""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def run(text: str, doc_type: str = "news"):
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type=doc_type, regions=[])
    return {p.mention: p for p in projects.extract(doc, record)}


@pytest.mark.parametrize("text, parts", [
    # a district's road project: the content its description lists
    ("岚溪大道东延工程总投资2.6亿元,该项目主要建设内容包括道路工程、桥涵工程、排水工程、绿化工程等。",
     {"道路工程", "桥涵工程", "排水工程", "绿化工程"}),
    # a county's cold-chain works: the parts closed by a class of parts
    ("北岸冷链物流中心项目总投资1.6亿元,拟建设屠宰车间、冷库及仓库、污水处理车间、配套电力工程、消防工程、给排水工程、"
     "通信工程等附属设施。", {"屠宰车间", "冷库及仓库", "污水处理车间", "给排水工程"}),
    # a city's plant: what the works named before governs
    ("青石污水处理厂扩建工程主要建设沉淀池、配套管网工程、泵站工程等,年内完工。", {"沉淀池", "配套管网工程", "泵站工程"}),
])
def test_the_content_of_one_work_is_none_of_its_own(text, parts):
    assert not parts & set(run(text))


def test_the_products_of_a_plant_are_no_works():
    m = run("其余项目中汽车零部件项目12个,主要生产消音器、变速箱、电瓶线、焊接线等,累计投资21.5亿元。")
    assert not {"生产消音器", "消音器", "电瓶线", "焊接线"} & set(m)


def test_parts_the_text_counts_as_projects_stay_projects():
    """建设内容分别是:新建甲生产线、新建乙生产线、扩建丙生产线三个项目: the text calls its parts projects; a capacity
    (年产…) in a line's name is no product list."""
    m = run("岚溪建材产业园总投资30亿元,建设内容分别是:新建年产2000万吨机制砂生产线、新建年产120万立方米加气块生产线、"
            "扩建年产5万块免烧砖生产线三个项目,去年10月已开工。")
    assert {"年产120万立方米加气块生产线", "年产5万块免烧砖生产线"} <= set(m)


def test_a_list_of_works_a_class_of_projects_includes_is_no_content():
    m = run("开工项目包括岚溪大道改造工程、北岸污水处理厂二期、青石物流园等18个。")
    assert {"岚溪大道改造工程", "北岸污水处理厂二期", "青石物流园"} <= set(m)


def test_a_time_to_come_is_no_name():
    m = run("岚溪大道工程已开展桩基施工,预计后年通车。")
    assert "岚溪大道工程" in m
    assert not any("后年" in k for k in m)


def test_a_class_of_single_large_works_after_deng_names_no_item():
    m = run("岚溪锂电新材料产业园、北岸智能装备制造基地等单体大项目加快推进。")
    assert {"岚溪锂电新材料产业园", "北岸智能装备制造基地"} <= set(m)
    assert not any("单体" in p.name for p in m.values())
