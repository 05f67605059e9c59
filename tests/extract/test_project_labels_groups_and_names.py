"""Project stages read from the predicate rather than a list's label, one verb reaching every group of a long
enumeration, and names that hold glosses in brackets, quotes or a plant's or a platform's head.

Every sentence here is written for the test (fictitious projects in the fictional 岚溪县 / 青川市); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def run(text: str, doc_type: str = "notice"):
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type=doc_type, regions=[])
    return {p.mention: p for p in projects.extract(doc, record)}


def test_a_start_reported_of_a_lists_planned_starts_is_made():
    m = run("岚溪化工新材料产业园、青川智能装备制造基地等318个计划新开工项目实现开工。")
    assert m["岚溪化工新材料产业园"].stage == "under_construction"
    assert m["青川智能装备制造基地"].stage == "under_construction"
    m = run("岚溪化工新材料产业园、青川智能装备制造基地等3个计划新开工项目。")  # the label alone: still to start
    assert {p.stage for p in m.values()} == {"planned"}
    m = run("岚溪化工新材料产业园、青川智能装备制造基地等计划新开工项目尚未开工。")
    assert {p.stage for p in m.values()} == {"planned"}


def test_one_verb_after_the_last_group_of_an_enumeration_reaches_every_group():
    m = run("全县75个项目中,已开复工50个,其中22个重大产业项目中岚溪物流园、青川精密铸造等14个项目,"
            "33个重点工程中白石大道、柳溪路北延等21个项目,20件民生实事中岚溪中学扩建等15个项目已复工。")
    assert set(m) == {"岚溪物流园", "青川精密铸造", "白石大道", "柳溪路北延", "岚溪中学扩建"}  # (no 20件民生实事中 in a name)
    assert {p.stage for p in m.values()} == {"under_construction"}
    m = run("18个重大产业项目中岚溪锂电池项目、青川光伏组件项目等11个项目,27个重点工程中白石河水库、柳溪大桥等19个项目,"
            "目前已全部复工。")
    assert {p.stage for p in m.values()} == {"under_construction"}


def test_glosses_in_brackets_inside_a_name_keep_it_whole():
    m = run("“丽(江)香(格里拉)”铁路开工建设。")
    assert m["“丽(江)香(格里拉)”铁路"].stage == "under_construction"
    m = run("岚溪县城移民(脱贫)搬迁安置小区(二期)项目开工。")
    assert m["岚溪县城移民(脱贫)搬迁安置小区(二期)项目"].stage == "under_construction"
    assert not run("实施脱贫攻坚工程。")  # a programme still


def test_a_plant_its_line_and_a_quoted_platform_are_works():
    m = run("岚溪药业GMP生产线正式投产。")
    assert m["岚溪药业GMP生产线"].stage == "operating"
    m = run("岚溪风机制造厂建成投产。")  # (机制 across 风机 and 制造厂 is no 机制)
    assert m["岚溪风机制造厂"].stage == "operating"
    m = run("加快建设“云仓+物联”冷链物流数智化平台。")
    assert m["“云仓+物联”冷链物流数智化平台"].stage == "under_construction"
    assert not run("建设数字化国资监管平台、管理数据共享平台和中小企业技术创新公共服务平台。")
    assert not run("推进“互联网+”行动。完善运行机制。新建一条生产线。")
    assert not run("目前新建的全自动生产线已于7月投产。")  # a plant's line named by what it is: no owner
    m = run("岚溪药业制剂生产线项目开工建设,主要新增粉针剂、中药醇提、注射剂生产线1条,新上中药前处理、提取等6条生产线。")
    assert set(m) == {"岚溪药业制剂生产线项目"}  # (the lines it adds are counted parts of it)
    m = run("建设内容分别是:新建年产300万吨砂石生产线、扩建年产5万块免烧砖生产线两个项目。")  # the count names each
    assert set(m) == {"年产300万吨砂石生产线", "年产5万块免烧砖生产线"}


def test_a_facility_and_a_part_before_one_works_word_are_one_work():
    m = run("岚溪智慧交通枢纽及充电中心站项目开工建设。")
    assert set(m) == {"岚溪智慧交通枢纽及充电中心站项目"}
    m = run("岚溪药业公司野生连翘抚育示范基地及中药饮片加工车间项目开工。")
    assert set(m) == {"岚溪药业公司野生连翘抚育示范基地及中药饮片加工车间项目"}
    m = run("岚溪港区二期及配套铁路专用线开工。")  # two works, each with its head
    assert "岚溪港区二期" in m


def test_a_work_an_inspection_learns_of_is_under_way():
    m = run("督查组详细了解岚溪化工产业园项目规划建设情况。")
    assert m["岚溪化工产业园项目"].stage == "under_construction"
    assert not run("据了解，岚溪化工产业园项目位于城东。")


def test_a_kind_of_projects_and_a_places_renewal_of_a_class_are_no_works():
    assert not run("加快推进纺织服装类项目建设。")
    assert not run("岚溪县纺织服装类项目开工5个。")
    assert not run("启动城区老旧小区改造工程。")
    m = run("启动青川片区老旧小区改造工程。")  # a named area's renewal is one work
    assert "青川片区老旧小区改造工程" in m


def test_two_events_joined_by_ji_and_a_clause_opened_by_you_end_no_name():
    m = run("岚溪县召开四季度重点项目集中开工暨岚溪机械装备研发制造项目启动仪式。")
    assert set(m) == {"岚溪机械装备研发制造项目"}
    m = run("全县二季度开工的项目有21个,年度投资22.3亿元,有县城至清溪快速通道公路工程、梅江河污水管网等县级重点项目。")
    assert "县城至清溪快速通道公路工程" in m
    m = run("据悉,西部大开发新开工的能源重点工程有四川李家岩水库、贵州黄家湾水利枢纽。")
    assert set(m) == {"四川李家岩水库", "贵州黄家湾水利枢纽"}  # (新开工 is the verb; 西部大开发新 no name)


def test_the_sum_of_a_group_counted_after_it_is_no_investment_of_the_site_named_before():
    m = run("2月5日,在岚溪县城移民(脱贫)搬迁安置小区(二期)项目建设施工现场举行一季度总投资6.5亿元的12个项目集中开工活动。")
    assert m["岚溪县城移民(脱贫)搬迁安置小区(二期)项目"].investment == []
    m = run("岚溪物流园项目总投资6.5亿元,已开工。")
    assert [i.value for i in m["岚溪物流园项目"].investment] == [6.5]


def test_a_start_reported_after_the_list_the_works_were_put_on_is_made():
    m = run("岚溪物流园、青川中医院迁建工程等12个项目列入今年计划新开工项目,目前已开工。")
    assert {p.stage for p in m.values()} == {"under_construction"}
    m = run("岚溪物流园、青川中医院迁建工程等12个项目列入今年计划新开工项目,力争6月开工。")
    assert {p.stage for p in m.values()} == {"planned"}  # a start still promised


def test_the_projects_of_an_event_counted_with_gong_take_its_stage():
    m = run("此次共开工项目21个,有岚溪物流园、青川中医院迁建工程等。")
    assert {p.stage for p in m.values()} == {"under_construction"}


def test_a_zone_a_work_is_built_in_or_sited_in_is_no_work():
    assert not run("该项目在岚溪经济技术开发区建设,总投资5亿元。")
    assert not run("项目选址岚溪经济技术开发区,计划年内开工。")
    m = run("加快岚溪经济技术开发区建设。")
    assert "岚溪经济技术开发区" in m
