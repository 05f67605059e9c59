"""Project names holding a figure's signs, stages of built-and-running works, stages stated once for a list.

Every sentence here is written for the test (fictitious projects and companies); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord
from taizhang.extract.pipeline import extract_text


def run(text: str, regions=("某县",), title: str = "", name: str = "t.txt"):
    doc = Doc(name, text)
    record = DocumentRecord(doc=name, title=title, regions=list(regions))
    return projects.extract(doc, record)


def by_mention(found):
    return {p.mention: p for p in found}


# --------------------------------------------------------------------------- a figure's signs inside a name

def test_decimal_point_inside_a_name_does_not_cut_it():
    m = by_mention(run("青禾化纤公司年产3.5万吨差别化纤维项目正式开工建设。"))
    assert "青禾化纤公司年产3.5万吨差别化纤维项目" in m


def test_times_sign_inside_a_plant_name_does_not_cut_it():
    m = by_mention(run("3月18日,鹤岭发电2×350MW热电联产扩建工程开工。"))
    assert "鹤岭发电2×350MW热电联产扩建工程" in m
    m = by_mention(run("据介绍,石滩能源2×100万千瓦扩能改造项目已完成投资12亿元。"))
    assert "石滩能源2×100万千瓦扩能改造项目" in m


def test_slash_of_a_capacity_per_year_does_not_cut_it():
    m = by_mention(run("今年以来,北川石化40万吨/年聚丙烯项目加快建设。"))
    assert "北川石化40万吨/年聚丙烯项目" in m


# --------------------------------------------------------------------------- built and put to work

def test_built_and_producing_is_operating_built_and_put_into_service_completed():
    """建成投产 / 竣工投产 / 建成运营 say the works produce or run (投产, 运营: operating, as the annotation notes read
    投产); 建成投运 / 建成投用 say them put into service, as 投入使用 does (completed)."""
    got = {p.mention: p.stage for p in run("全年松岩新材料锂电隔膜二期、禾丰食品冷链加工等86个项目竣工投产。")}
    assert got == {"松岩新材料锂电隔膜二期": "operating", "禾丰食品冷链加工": "operating"}
    got = {p.mention: p.stage for p in run("5月,白溪220千伏输变电工程建成投运,青柳光伏电站建成运营。")}
    assert got == {"白溪220千伏输变电工程": "completed", "青柳光伏电站": "operating"}


def test_what_follows_once_built_and_running_is_no_completion():
    got = {p.mention: p.stage for p in run("石门生物质发电厂建成投产后,年发电量可达2亿千瓦时。")}
    assert got.get("石门生物质发电厂") != "completed"


# --------------------------------------------------------------------------- ready for the next step, partly built

def test_ready_for_completion_is_still_under_way():
    got = {p.mention: p.stage for p in run("截至11月底,鸣溪纸业年产10万吨文化纸四期项目等6个项目基本具备竣工条件。")}
    assert got == {"鸣溪纸业年产10万吨文化纸四期项目": "under_construction"}
    got = {p.mention: p.stage for p in run("目前,白鹭大桥主体已完成,具备通车条件。")}
    assert got == {"白鹭大桥": "under_construction"}


def test_ready_to_start_is_decided_on_not_begun():
    got = {p.mention: p.stage for p in run("柳岸冷链物流园已完成土地平整,具备开工条件。")}
    assert got == {"柳岸冷链物流园": "planned"}


def test_partly_built_is_under_way_for_every_item_of_a_list():
    got = {p.mention: p.stage for p in run("青川新区文体中心项目、青川新区纬三路工程等5个项目已部分建成。")}
    assert got == {"青川新区文体中心项目": "under_construction", "青川新区纬三路工程": "under_construction"}


# --------------------------------------------------------------------------- a counted class after 等

def test_items_with_their_own_head_do_not_take_the_counted_class():
    got = {p.mention: p.name for p in run("今年,城东实验小学、花溪第二中学等5所学校开工建设。")}
    assert got == {"城东实验小学": "城东实验小学", "花溪第二中学": "花溪第二中学"}
    got = {p.mention: p.name for p in run("加快建设青岚、白柳等3条高铁。")}
    assert got == {"青岚": "青岚高铁", "白柳": "白柳高铁"}


# --------------------------------------------------------------------------- an ongoing verb pushing the preparation

def test_preparation_pushed_on_is_no_construction():
    got = {p.mention: p.stage for p in run("目前,青川铁路、柳岸机场迁建工程正在有序推进前期工作。")}
    assert got == {"青川铁路": "planned", "柳岸机场迁建工程": "planned"}  # being prepared: planned
    got = {p.mention: p.stage for p in run("柳岸机场迁建工程有序推进,已完成投资3亿元。")}
    assert got == {"柳岸机场迁建工程": "under_construction"}  # the works pushed on: under way


# --------------------------------------------------------------------------- a list closed by its count without 等

def test_a_counted_list_names_proper_items_without_a_head():
    got = {p.mention: p.stage for p in run(
        "截至9月底,滨河路休闲广场、城南公园东入口、东集园、宾晞游园、七巧街景拓展工程、湖畔口袋公园建设工程6个项目已完工。")}
    assert got == {"滨河路休闲广场": "completed", "城南公园东入口": "completed", "东集园": "completed",
                   "宾晞游园": "completed", "七巧街景拓展工程": "completed", "湖畔口袋公园建设工程": "completed"}


def test_built_and_producing_written_before_the_works_is_operating():
    """建成投产 / 竣工投产 written before the works (建成投产甲煤矿和乙、丙露天煤矿; 一季度建成投产甲铁路、乙高速和丙发动机等
    23个项目) says what it says after them: the works produce or run (operating), not only built; among a report's tasks
    for the year it is to come (planned), as 建成 before a work is there."""
    got = {p.mention: p.stage for p in run("去年,建成投产岚溪煤矿和青川、白河露天煤矿。")}
    assert got["岚溪煤矿"] == "operating" and got["白河露天煤矿"] == "operating"
    got = {p.mention: p.stage for p in run("一季度,全省建成投产柳岸至北屏铁路、白河环线高速公路东段和沧岚乘用车发动机等23个项目。")}
    assert got == {"柳岸至北屏铁路": "operating", "白河环线高速公路东段": "operating", "沧岚乘用车发动机": "operating"}
    # the chapters (一、…回顾 / 二、…重点工作) are read by the pipeline
    got = {p.mention: p.stage for p in extract_text("青川市2026年政府工作报告\n一、2025年工作回顾\n竣工投产岚溪化纤二期项目。\n"
                                           "二、2026年重点工作\n竣工投产白河钢铁技改项目。\n", name="t.txt").projects}
    assert got == {"岚溪化纤二期项目": "operating", "白河钢铁技改项目": "planned"}


def test_items_counted_as_projects_of_a_class_are_named_by_themselves():
    """甲风电、乙镇精品民宿改造等7个企业投资项目 / 甲项目、乙项目等10余个意向项目: a count of projects (个, 项) between 等 and
    the class says how many items the class holds; what stands between the count and 项目 (企业投资, 意向, 文化旅游) is the
    class they are counted in, no head the items share, so each item is named by itself (a stem shared without a count,
    甲、乙等港区铁路专用线, stays each item's)."""
    got = {p.mention: p.name for p in run("柳岸北山15万千瓦风电、沧岚镇精品民宿改造等7个企业投资项目,总投资26亿元。")}
    assert got.get("沧岚镇精品民宿改造") == "沧岚镇精品民宿改造", got
    got = {p.mention: p.name for p in run("县里洽谈达成了青川玻纤池窑拉丝项目、白河林区观光步道项目等10余个意向项目。")}
    assert got == {"青川玻纤池窑拉丝项目": "青川玻纤池窑拉丝项目", "白河林区观光步道项目": "白河林区观光步道项目"}
