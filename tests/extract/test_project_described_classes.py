"""A list of works closed by 等…项目 whose class is described (by its size, 等26个总投资30亿元以上项目, or by what the
projects do, 等一批强链补链项目) names each member by itself, headless ones too; a class that names a kind of works
(等污水处理项目) still lends its head to bare places.  And the verbs that say works are being pushed on
(抓紧推进, 进一步加快, 压茬推进) are a stage: under construction.

Every sentence here is written for the test (fictitious places, firms and works); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def run(text: str, regions=("岚溪县",), title: str = "", name: str = "t.txt"):
    doc = Doc(name, text)
    record = DocumentRecord(doc=name, title=title, regions=list(regions))
    return projects.extract(doc, record)


def by_mention(found):
    return {p.mention: p for p in found}


# --------------------------------------------------------------------------- a class described by its size

def test_members_of_a_class_sized_by_its_amount_are_named_each():
    m = by_mention(run("一季度,岚溪县青禾精密铸件、白沙车用线束、东坪储能电池、北岭热电厂等12个总投资"
                       "20亿元以上项目开工。"))
    for name in ("岚溪县青禾精密铸件", "白沙车用线束", "北岭热电厂"):
        assert name in m, sorted(m)
        assert m[name].stage == "under_construction"


def test_a_class_sized_by_investment_over_an_amount():
    m = by_mention(run("甲市金桥电子元器件、银湖新材料产业园等5个投资超10亿元项目集中签约。"))
    assert "甲市金桥电子元器件" in m and "银湖新材料产业园" in m, sorted(m)


def test_a_class_sized_in_ten_thousands_at_county_level():
    m = by_mention(run("青石镇红星农机装备、梅溪食品冷链物流园等8个5000万元以上项目竣工投产。"))
    assert "青石镇红星农机装备" in m, sorted(m)
    assert m["青石镇红星农机装备"].stage == "operating"


# --------------------------------------------------------------------------- a class described by what it does

def test_members_of_a_class_described_by_its_purpose_are_named_each():
    m = by_mention(run("2026年,重点实施凤岭轴承产业园、松林高端纺机、桃源食品加工园等一批强链补链项目。"))
    assert "松林高端纺机" in m, sorted(m)
    assert m["松林高端纺机"].stage == "planned"


def test_a_class_of_model_projects():
    m = by_mention(run("名单中,乙市光学检测实验室、丙县芦洲机器人制造、丁区枫桥医疗器械生产基地等典型示范项目开工建设。"))
    assert m["丙县芦洲机器人制造"].name == "丙县芦洲机器人制造", sorted(m)


# --------------------------------------------------------------------------- a class that names a kind of works

def test_a_class_naming_a_kind_of_works_still_lends_its_head_to_places():
    found = run("黄泥镇、竹园镇等污水处理项目加快建设。")
    names = {p.name for p in found}
    assert "竹园镇污水处理项目" in names and "竹园镇" not in names, names
    found = run("杏花村、荷塘村等危房改造项目全部完工。")
    assert not {p.mention for p in found} & {"杏花村改造", "荷塘村改造"}


# --------------------------------------------------------------------------- the verbs of works pushed on

def test_works_pushed_on_are_under_construction():
    for verb in ("抓紧推进", "进一步加快", "加紧推进", "抓紧实施"):
        m = by_mention(run(f"截至9月,龙潭水利枢纽、石门灌溉工程等项目{verb}。"))
        assert m["龙潭水利枢纽"].stage == "under_construction", (verb, m["龙潭水利枢纽"].stage)
        assert m["石门灌溉工程"].stage == "under_construction", verb


def test_a_campus_pushed_on_right_after_another():
    m = by_mention(run("金鸡大学柳岸校区二期压茬推进,枫桥学院新校区建设工程主体完工。"))
    assert m["金鸡大学柳岸校区二期"].stage == "under_construction"


def test_a_list_of_measures_or_industries_names_no_works_by_itself():
    """(What such a list's members are read as otherwise is not this rule's: only that none is named by itself.)"""
    found = run("全县通过挂图作战、台账管理、跟踪督办等措施推进重点项目建设。")
    assert not {p.name for p in found} & {"台账管理", "跟踪督办"}
    found = run("本轮洽谈落地白沙机械、金鸡农产品加工等产业链项目。")
    assert not {p.name for p in found} & {"白沙机械", "金鸡农产品加工"}


def test_a_class_naming_an_industry_or_a_purpose_is_no_role():
    """等储能项目, 等现代煤化工项目 name the kind of works; 等人才资助项目, 等技术攻关项目 a purpose that is no works: no
    member of theirs is named by itself as a work."""
    for text, member in (("推进白沙飞轮储能、金鸡液流电池等储能项目。", "金鸡液流电池"),
                         ("建设梅溪煤制乙二醇等现代煤化工项目。", "梅溪煤制乙二醇"),
                         ("落实青年学者、归国人员等人才资助项目。", "归国人员"),
                         ("开展枫桥稻种改良、荷塘传感器等技术攻关项目。", "荷塘传感器")):
        assert member not in {p.name for p in run(text)}, text


def test_a_class_sized_then_rated():
    m = by_mention(run("总投资12亿元的凤岭新型显示模组、总投资8亿元的松林精密轴承等6个总投资超过5亿元的大项目已经竣工投产。"))
    assert "凤岭新型显示模组" in m and "松林精密轴承" in m, sorted(m)
    assert m["松林精密轴承"].stage == "operating"


def test_a_directive_to_a_party_reports_no_stage():
    """A party told what it must do (…建设单位要…, …责任部门应…) between a name and the verb: the verb is the party's duty
    (a notice's directive), nothing reported of the work; a named work's own later clause still reports."""
    for verb in ("加快推进", "抓紧推进"):
        found = run(f"各地要压实责任。岚溪县技能人才实训基地和乡镇技能工作室项目建设单位要健全工作台账,对照进度计划{verb}。")
        assert all(p.stage != "under_construction" for p in found), [(p.mention, p.stage) for p in found]
    m = by_mention(run("青山水库扩容工程,总投资5亿元,目前正在加快推进。"))
    assert m["青山水库扩容工程"].stage == "under_construction"
