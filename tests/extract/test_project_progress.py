"""Project mentions in progress reports, 督办/督查 notices, communiqués and tables of genres the seeds lack.

Every sentence here is written for the test (fictitious projects in the fictional 岚溪县 / 青川市); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord
from taizhang.extract.pipeline import extract_text


def run(text: str, doc_type: str = "notice"):
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type=doc_type, regions=[])
    return {p.mention: p for p in projects.extract(doc, record)}


def test_a_part_of_the_works_after_the_name_ends_it():
    m = run("白石河水库大坝填筑有序推进；柳溪快速通道路基工程完成85%。")
    assert m["白石河水库"].stage == "under_construction"
    assert m["柳溪快速通道"].stage == "under_construction"
    assert not any("路基" in k or "大坝" in k for k in m)


def test_main_works_after_a_name_is_no_name_of_its_own():
    m = run("青岚大学东湖新校区二期、省儿童医学中心主体工程加快推进。")
    assert set(m) == {"青岚大学东湖新校区二期", "省儿童医学中心"}
    assert {p.stage for p in m.values()} == {"under_construction"}


def test_a_start_not_made_is_planned():
    m = run("柳塘镇农产品加工园因规划调整迟迟未动工；北屏至柳塘公路改建工程尚未开工。")
    assert m["柳塘镇农产品加工园"].stage == "planned"
    assert m["北屏至柳塘公路改建工程"].stage == "planned"


def test_members_listed_after_a_class_clause_take_its_stage():
    m = run("截至6月底，仍有12个计划新开工项目未开工，包括青岚湖滨生态修复工程、雾溪物流枢纽等。")
    assert m["青岚湖滨生态修复工程"].stage == "planned"
    assert m["雾溪物流枢纽"].stage == "planned"


def test_named_members_after_ru_are_kept_with_their_progress():
    m = run("水利项目完成率52.7%。如青岚北干渠引水工程、白溪灌区续建配套与节水改造均按计划推进。")
    assert m["青岚北干渠引水工程"].stage == "under_construction"
    assert m["白溪灌区续建配套与节水改造"].stage == "under_construction"


def test_progress_words_of_a_report():
    m = run("沧岚精品钢基地、青岚稀土新材料产业园等项目进展较快。")
    assert {p.stage for p in m.values()} == {"under_construction"}


def test_a_later_clause_reports_on_the_next_project_not_on_this_one():
    m = run("其中，岚溪新材料产业园已完成厂房主体施工，青岚锂电池正极材料项目设备安装进度达70%。")
    assert m["岚溪新材料产业园"].stage == "under_construction"
    m = run("其中，岚溪新材料产业园已完成平整，青岚锂电池正极材料项目已竣工投产。")
    assert m["青岚锂电池正极材料项目"].stage == "operating"  # 竣工投产: producing
    assert m.get("岚溪新材料产业园") is None or m["岚溪新材料产业园"].stage != "completed"


def test_an_ordinal_or_a_level_prefix_designates_one_facility():
    m = run("县城第二污水处理厂已通过验收，市第三人民医院迁建项目主体工程进度滞后两个月。")
    assert m["县城第二污水处理厂"].stage == "completed"
    assert m["市第三人民医院迁建项目"].stage == "under_construction"
    assert run("全市第一产业完成投资12亿元，第二产业完成投资30亿元。") == {}


def test_jian_inside_a_noun_does_not_cut_the_name():
    m = run("4\t北屏绿色建材产业园\t年产墙材200万立方米\t120000\t已开工，场地平整完成\n")
    assert "北屏绿色建材产业园" in m


def test_a_phase_then_an_action_and_a_scenic_upgrade_are_tails():
    m = run("云岭机场三期扩建工程航站楼主体结构封顶，云梯山景区提升工程加快实施。")
    assert "云岭机场三期扩建工程" in m and "云梯山景区提升工程" in m


def test_a_head_modifying_a_quoted_compound_is_no_project():
    m = run("东岚区实行项目“周调度”机制，东岚数字经济产业园等项目春节后即复工开工。")
    assert set(m) == {"东岚数字经济产业园"}
    assert m["东岚数字经济产业园"].stage == "under_construction"


def test_roads_squares_and_the_relative_clause_of_a_start():
    m = run("青岚大道建成通车，岚溪高铁站站前广场开工建设。其中，主会场开工的青川智能终端产业园总投资58亿元。",
            doc_type="news")
    assert m["青岚大道"].stage == "completed"
    assert m["岚溪高铁站站前广场"].stage == "under_construction"
    assert m["青川智能终端产业园"].stage == "under_construction"


def test_an_amount_after_the_name_does_not_override_the_verb_before_it():
    m = run("其中，主会场开工的青川高新区智能终端产业园总投资58亿元，建成后可年产终端产品1200万台。", doc_type="news")
    assert m["青川高新区智能终端产业园"].stage == "under_construction"


def test_a_plant_connected_to_the_grid_is_operating():
    m = run("白鹭岭水电站首台机组6月并网发电，青岚风电场尚未并网。")
    assert m["白鹭岭水电站"].stage == "operating"
    assert "青岚风电场" not in m or m["青岚风电场"].stage != "operating"


def test_a_notice_issuing_targets_carries_a_plan():
    text = "加快建设青岚高速公路，开工建设岚溪县城北污水处理厂，建成青岚大道北延段，谋划储备白鹭岭抽水蓄能电站等一批重大项目。"
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="岚溪县人民政府关于印发岚溪县2026年主要目标任务的通知", doc_type="notice")
    m = {p.mention: p for p in projects.extract(doc, record)}
    assert m["青岚高速公路"].stage == "under_construction"
    assert m["岚溪县城北污水处理厂"].stage == "planned"
    assert m["青岚大道北延段"].stage == "planned"
    assert m["白鹭岭抽水蓄能电站"].stage == "proposed"


def test_a_later_clause_of_an_item_beats_the_list_heading():
    text = ("（二）新开工项目（2个）\n4.青川智能装备制造基地：总投资30亿元，3月开工。\n"
            "5.岚河食品精深加工项目：总投资6亿元，因土地报批滞后，尚未开工。\n"
            "（三）续建项目（1个）\n6.柳塘水厂扩建工程：总投资2.8亿元，7月建成通水。\n"
            "7.青川至北屏高速公路：全长48公里，1—8月完成年度投资21亿元。\n")
    m = run(text, doc_type="report")
    assert m["青川智能装备制造基地"].stage == "under_construction"
    assert m["岚河食品精深加工项目"].stage == "planned"
    assert m["柳塘水厂扩建工程"].stage == "completed"
    assert m["青川至北屏高速公路"].stage == "under_construction"


def test_road_upgrades_standard_workshops_and_systems_going_live():
    m = run("G318线岚溪段改建工程、S221青川至北屏段提质改造工程完成投资3.2亿元；岚溪经开区标准化厂房（三期）主体完工；"
            "“智慧岚溪”城市大脑项目上线运行。")
    assert m["S221青川至北屏段提质改造工程"].stage == "under_construction"
    assert m["岚溪经开区标准化厂房（三期）"].stage == "under_construction"
    assert m["“智慧岚溪”城市大脑项目"].stage == "operating"
    assert run("推动工业提质增效，实施城乡环境提质工程。") == {}


def test_inline_item_numbers_are_not_part_of_the_names():
    m = run("全年计划实施重点项目35个，其中：（1）青岚光伏电站项目，已完成组件安装；（2）白石河水库除险加固工程，已完工。")
    assert m["青岚光伏电站项目"].stage == "under_construction"
    assert m["白石河水库除险加固工程"].stage == "completed"


def test_a_groundbreaking_report_frames_its_projects_and_a_host_zone_is_no_project():
    text = ("青川市第三季度重大项目集中开工\n9月25日，青川市第三季度重大项目集中开工活动在青川高新区举行，共42个项目。\n"
            "在主会场，华晟新能源电池隔膜项目负责人介绍，该项目总投资28亿元，建成后可年产隔膜5亿平方米。\n"
            "明湖半导体封装测试基地落户青川高新区，计划明年6月投产。\n")
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="青川市第三季度重大项目集中开工", doc_type="news")
    m = {p.mention: p for p in projects.extract(doc, record)}
    assert m["华晟新能源电池隔膜项目"].stage == "under_construction"
    assert m["明湖半导体封装测试基地"].stage == "planned"
    assert "青川高新区" not in m


def test_held_back_starts_works_done_and_buildings_coming_into_use():
    m = run("桂岭高纯石英砂加工项目于7月试生产；柳江电子信息产业孵化基地仍在办理施工许可；"
            "柳江至鹿岭二级公路改扩建工程完成路基工程12公里；鹿岭水库灌区配套工程正在进行渠系施工；"
            "柳江县农产品冷链物流中心至今未开工建设；县疾控中心业务楼完成主体建设。")
    assert m["桂岭高纯石英砂加工项目"].stage == "operating"
    assert m["柳江电子信息产业孵化基地"].stage == "planned"
    assert m["柳江至鹿岭二级公路改扩建工程"].stage == "under_construction"
    assert "路基工程" not in m
    assert m["鹿岭水库灌区配套工程"].stage == "under_construction"
    assert m["柳江县农产品冷链物流中心"].stage == "planned"
    assert m["县疾控中心业务楼"].stage == "under_construction"


def test_a_plans_new_starts_are_planned_and_a_publisher_field_is_no_project():
    text = ("柳江县2026年重点项目建设计划\n一、续建项目（1个）\n1.柳江县智能家居产业园：总投资26亿元。\n"
            "二、新开工项目（1个）\n2.鹿岭文旅综合体：总投资12亿元。\n三、前期项目（1个）\n"
            "3.柳江抽水蓄能电站：装机120万千瓦，正在开展预可研。\n")
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="柳江县2026年重点项目建设计划", doc_type="plan")
    m = {p.mention: p for p in projects.extract(doc, record)}
    assert m["柳江县智能家居产业园"].stage == "under_construction"
    assert m["鹿岭文旅综合体"].stage == "planned"
    assert m["柳江抽水蓄能电站"].stage == "proposed"
    assert run("时间：2025-11-03　来源：柳江融媒体中心　作者：梁海\n") == {}


def test_progress_measured_against_the_years_plan_is_under_way():
    """年度计划投资完成率, 完成年度计划, 计划完成率: the 计划 is the plan the works are measured by, no intention."""
    m = run("重点工业项目中,岚溪基板玻璃、青川冷轧硅钢等6个项目年度计划投资完成率超90%。")
    assert m["岚溪基板玻璃"].stage == "under_construction"
    assert m["青川冷轧硅钢"].stage == "under_construction"
    m = run("1-6月,雾溪物流园项目计划投资完成率达到65%,柳塘污水处理厂项目完成年度计划的52%。", doc_type="news")
    assert m["雾溪物流园项目"].stage == "under_construction"
    assert m["柳塘污水处理厂项目"].stage == "under_construction"


def test_a_verb_inside_a_name_before_governs_no_later_item():
    """加快推进甲水库扩建工程、乙物流园二期建设: 扩建 is a word of the first name; 加快推进 governs both."""
    m = run("今年以来,岚溪县加快推进白石水库扩建工程、雾溪物流园二期建设。", doc_type="news")
    assert m["雾溪物流园二期"].stage == "under_construction"
    m = run("二、下一步工作\n有序推进青川污水处理厂改扩建工程、柳塘体育公园建设。", doc_type="notice")
    assert m["柳塘体育公园"].stage == "under_construction"


def test_works_whose_completion_a_notice_denies_are_under_way():
    got = {p.mention: p.stage for p in extract_text(
        "今年以来,全县重点项目中未按期竣工3项,分别为岚溪大桥项目、北屏体育馆工程、柳岸水厂。"
        "尚未建成的项目有白河游客中心项目。", name="t.txt", fmt=None).projects}
    assert got == {"岚溪大桥项目": "under_construction", "北屏体育馆工程": "under_construction",
                   "柳岸水厂": "under_construction", "白河游客中心项目": "under_construction"}, got


def test_works_a_county_means_to_plan_are_proposed_whatever_verb_follows():
    got = {p.mention: p.stage for p in extract_text(
        "谋划实施好岚溪水库、北屏引水工程等一系列重大工程。", name="t.txt", fmt=None).projects}
    assert got == {"岚溪水库": "proposed", "北屏引水工程": "proposed"}, got
