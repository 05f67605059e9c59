"""Projects named by the milestones a progress report gives them, and the stage each milestone implies.

Every sentence here is written for the test (fictitious projects in invented places); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def run(text: str, doc_type: str = "news"):
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type=doc_type, regions=[])
    return {p.mention: p for p in projects.extract(doc, record)}


def test_milestones_of_the_works_in_a_lead_list_name_each_project():
    m = run("今年以来，全省重大项目捷报频传：青川特大桥顺利合龙、白溪航电枢纽导流明渠通水、岚溪电厂1号机组完成安装调试。")
    assert set(m) == {"青川特大桥", "白溪航电枢纽", "岚溪电厂1号机组"}
    assert {p.stage for p in m.values()} == {"under_construction"}  # a part done (导流明渠通水): the whole is not


def test_a_railway_entering_its_joint_commissioning_is_under_construction():
    m = run("沧岚至雾溪铁路进入联调联试阶段，预计年底开通。")
    assert m["沧岚至雾溪铁路"].stage == "under_construction"


def test_a_plants_unit_is_named_with_the_plant_and_its_milestone_reached_while_building():
    m = run("沧澜核电3号机组穹顶吊装就位，北屏热电厂2号机组主体结构封顶。", doc_type="report")
    assert m["沧澜核电3号机组"].stage == "under_construction"
    assert m["北屏热电厂2号机组"].stage == "under_construction"


def test_a_trial_run_that_makes_product_is_operating():
    m = run("7月18日，北屏铜冶炼项目试车点火，标志着该项目由建设期转入生产期。")
    assert m["北屏铜冶炼项目"].stage == "operating"


def test_a_protection_works_steadily_carried_out_is_a_project():
    m = run("文旅方面，云梯古建筑群保护建设项目稳步实施，游客服务中心投入使用。")
    assert m["云梯古建筑群保护建设项目"].stage == "under_construction"


def test_water_works_listed_before_a_batch_going_on_in_order():
    m = run("柳塘水库、青岚灌区续建配套、雾溪河治理工程等一批重大水利项目推进有序。", doc_type="report")
    assert set(m) == {"柳塘水库", "青岚灌区续建配套", "雾溪河治理工程"}
    assert {p.name for p in m.values()} == set(m)  # each named by itself, not by the class after 等
    assert {p.stage for p in m.values()} == {"under_construction"}


def test_first_operation_is_operating():
    m = run("岚溪光伏电站建成投运，青川抽水蓄能电站正式投入运营，北屏风电场全部并网发电。")
    assert {k: p.stage for k, p in m.items()} == {
        "岚溪光伏电站": "completed", "青川抽水蓄能电站": "operating", "北屏风电场": "operating"}  # 建成投运: into service
    m = run("沧岚新材料产业园建成投运后，可实现年产值20亿元。")  # what follows once it runs: no report that it does
    assert all(p.stage != "operating" for p in m.values())


def test_a_list_going_smoothly_is_under_construction():
    m = run("沧岚物流园、青川污水处理厂二期等项目实施顺利。", doc_type="notice")
    assert {p.stage for p in m.values()} == {"under_construction"} and len(m) == 2


def test_an_approval_is_planned_not_begun():
    m = run("前期工作方面，岚溪至北屏高速公路获核准，白溪水库可研获批，北屏垃圾焚烧发电厂完成立项。")
    assert {k: p.stage for k, p in m.items()} == {
        "岚溪至北屏高速公路": "planned", "白溪水库": "planned", "北屏垃圾焚烧发电厂": "planned"}


def test_started_members_of_a_class_of_starts_sought_are_under_construction():
    m = run("全年35个争取开工项目中有15个已开工建设，包括岚溪物流园、青川污水处理厂等。", doc_type="report")
    assert {p.stage for p in m.values()} == {"under_construction"} and len(m) == 2
    m = run("今年计划开工的青川污水处理厂已开工，岚溪物流园确保年内开工。", doc_type="report")
    assert m["青川污水处理厂"].stage == "under_construction"
    assert m["岚溪物流园"].stage == "planned"



def test_a_years_arrangement_lists_starts_to_come_and_works_being_prepared():
    text = ("2025年全县共安排重点建设项目86个，其中续建项目32个，包括沧岚至北屏一级公路、青川水厂扩建工程等；新开工项目40个，"
            "包括沧岚新材料产业园、雾溪河综合治理工程等；前期项目14个，包括白溪抽水蓄能电站等。")
    m = run(text)
    assert {k: p.stage for k, p in m.items()} == {
        "沧岚至北屏一级公路": "under_construction", "青川水厂扩建工程": "under_construction",
        "沧岚新材料产业园": "planned", "雾溪河综合治理工程": "planned", "白溪抽水蓄能电站": "planned"}
    m = run("今年安排的86个重点项目中，新开工项目已开工30个，包括沧岚新材料产业园、雾溪河综合治理工程等。")
    assert {p.stage for p in m.values()} == {"under_construction"}  # the starts reported made


def test_papers_approved_by_an_authority_and_a_part_of_the_works_finished():
    m = run("白溪抽水蓄能电站项目可行性研究报告获省发改委批复，沧岚新材料产业园已完成厂房主体建设。", doc_type="report")
    assert m["白溪抽水蓄能电站项目"].stage == "planned"
    assert m["沧岚新材料产业园"].stage == "under_construction"


def test_completions_in_a_work_reports_plan_part_are_to_come_and_in_its_review_done():
    from taizhang.extract.pipeline import extract_text
    text = ("墨川县2025年政府工作报告\n一、2024年工作回顾\n过去一年，我们建成投产沧岚锂电材料项目，开工建设青川新型建材产业园。\n"
            "二、2025年工作安排\n（一）抓项目扩投资。建成投产雾溪光伏组件项目，开工建设北屏冷链物流园，白溪水库竣工验收。\n")
    got = {p.mention: p.stage for p in extract_text(text, name="t.txt", fmt=None).projects}
    # (建成投产 before the works reads as after them: producing, operating; the review reports it done)
    assert got == {"沧岚锂电材料项目": "operating", "青川新型建材产业园": "under_construction",
                   "雾溪光伏组件项目": "planned", "北屏冷链物流园": "planned", "白溪水库": "planned"}


def test_works_milestones_of_roads_pipelines_dams_and_plants():
    m = run("截至目前，沧岚大道改造提升工程完成沥青摊铺，北屏至沧岚天然气管道工程全线焊接完成，青川水库枢纽工程大坝填筑至设计高程，"
            "沧岚隧道双线贯通。", doc_type="report")
    assert set(m) == {"沧岚大道改造提升工程", "北屏至沧岚天然气管道工程", "青川水库枢纽工程", "沧岚隧道"}
    assert {p.stage for p in m.values()} == {"under_construction"}
    m = run("沧岚垃圾焚烧发电厂点火试运行，沧岚污水处理厂提标改造工程通过环保验收。")
    assert m["沧岚垃圾焚烧发电厂"].stage == "operating"
    assert m["沧岚污水处理厂提标改造工程"].stage == "completed"


def test_a_relative_clause_of_who_builds_gives_way_to_what_a_later_clause_reports():
    m = run("由沧岚集团投资建设的墨川新能源电池产业园项目，总投资50亿元，目前一期厂房已封顶。", doc_type="report")
    assert m["墨川新能源电池产业园项目"].stage == "under_construction"


def test_works_going_at_the_pace_of_the_schedule_are_under_way():
    m = run("墨川县城区污水管网改造项目、墨川县人民医院综合楼项目均按序时进度推进。", doc_type="notice")
    assert {p.stage for p in m.values()} == {"under_construction"} and len(m) == 2
