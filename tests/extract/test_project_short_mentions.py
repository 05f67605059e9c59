"""Project mentions written short in news and notices: a line named by its head and a milestone, a section named by
its two ends, lines named only as what another joins, sites an inspection visits, mines sharing a head, signed
projects; and what is no mention: a line's stations counted, a size of a class of works, officials who attended.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 柳岸, 白河); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def run(text: str, doc_type: str = "news") -> dict[str, projects.ProjectMention]:
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type=doc_type, regions=[])
    return {p.mention: p for p in projects.extract(doc, record)}


def test_a_line_named_short_before_a_milestone_is_a_mention():
    m = run("6月18日上午，备受关注的岚通高铁项目破土动工，标志着该线路进入全面建设阶段。")
    assert m["岚通高铁项目"].stage == "under_construction"
    m = run("青柳城际青川段车站全面开工，年内完成主体结构。")
    assert m["青柳城际青川段车站"].stage == "under_construction"


def test_a_section_named_by_its_two_ends_and_its_alias():
    m = run("12月2日，岚溪至青川高铁白河至柳岸段(以下简称岚青高铁白柳段)正式开工建设。")
    assert m["岚溪至青川高铁白河至柳岸段"].stage == "under_construction"
    assert m["岚青高铁白柳段"].stage == "under_construction"


def test_lines_another_joins_are_context_of_unknown_stage():
    m = run("该线路向北连接岚溪至白河客专，向南与在建的青川客专相接。")
    assert m["岚溪至白河客专"].stage == "unknown"
    assert m["青川客专"].stage == "unknown"


def test_a_line_of_a_plan_starting_next_year_is_planned():
    m = run("“十四五”规划中的岚溪至青川高铁将于明年开工。")
    assert m["岚溪至青川高铁"].stage == "planned"


def test_sites_an_inspection_visits_are_its_works():
    text = ("5月17日，市督查组对石门县2018年省列观摩项目进行督查。督查组先后深入黄石乡油用牡丹种植基地、"
            "赤岭移民社区建设点，实地察看项目进展情况。")
    m = run(text, "notice")
    assert m["黄石乡油用牡丹种植基地"].stage == "under_construction"
    assert m["赤岭移民社区建设点"].stage == "under_construction"


def test_mines_sharing_a_head_are_two_mentions():
    m = run("一季度，青川、柳岸露天煤矿已完成剥离工程，白河煤矿复工复产。")
    assert m["青川"].name == "青川露天煤矿"
    assert m["柳岸露天煤矿"].stage == "under_construction"


def test_signed_projects_are_planned():
    """A signing is no start: the works agreed on are planned (session 29's convention; session 24 had them proposed)."""
    m = run("岚溪县与某集团成功签约恒远新材料产业园项目，总投资12亿元。")
    assert m["恒远新材料产业园项目"].stage == "planned"
    m = run("本次集中签约的项目中，白河冷链物流园项目总投资4亿元。")
    assert m["白河冷链物流园项目"].stage == "planned"


def test_a_lines_stations_counted_are_no_projects():
    assert run("该线路设车站5座，分别是岚溪东站、白河站、青川南站、柳岸站、石门站。") == {}
    m = run("全线共设岚溪东、白河南、青川北、柳岸西4个车站，建设工期3年。")
    assert not any("站" in p.name for p in m.values())


def test_a_size_of_a_class_of_works_and_officials_who_attended_are_no_projects():
    assert run("园区新建28万平方米标准厂房，入驻企业15家。") == {}
    m = run("出席今天青川柳岸露天煤矿开工仪式的有副市长王立新、市政府秘书长张建国等。")
    assert set(m) == {"青川柳岸露天煤矿"}


def test_an_alias_given_after_a_name_names_the_work_wherever_it_recurs():
    m = run("青川能源集团白河发电厂2×66万千瓦三期扩建工程(以下简称“白河三期”)于3月开工。"
            "目前,白河三期主厂房已封顶,计划明年投产。")
    full = "青川能源集团白河发电厂2×66万千瓦三期扩建工程"
    later = [p for p in m.values() if p.mention == "白河三期"]
    assert later and all(p.name == full for p in later), m
    m = run("柳岸市第十届运动会主场馆及配套设施建设项目(简称“主场馆项目”)进展顺利,主场馆项目完成投资2亿元。")
    assert m["主场馆项目"].name == "柳岸市第十届运动会主场馆及配套设施建设项目"
    assert m["主场馆项目"].stage == "under_construction"


def test_an_alias_that_is_only_a_word_for_works_names_nothing_more():
    m = run("白河县中医院迁建工程(以下简称“本工程”)已开工,本工程完成投资1亿元,项目进展顺利。")
    assert set(m) == {"白河县中医院迁建工程"}, m


def test_a_short_mention_links_to_the_full_name_its_several_generic_words_close():
    """甲…孵化中心建设工程 then 甲孵化中心: a full name may close with more than one generic word (建设项目, 建设工程);
    a later short mention that leaves them all out names the same works and takes the full name."""
    from taizhang.extract import projects
    from taizhang.extract.doc import Doc, DocumentRecord
    text = ("今年临川县实施北岸新区青禾电商孵化中心建设工程、西岭水厂扩建工程等12个项目。"
            "一季度,青禾电商孵化中心、西岭水厂扩建工程等5个项目完成投资2亿元。")
    out = projects.extract(Doc("t.txt", text), DocumentRecord(doc="t.txt", title="", doc_type="news", regions=[]))
    short = [p for p in out if p.mention == "青禾电商孵化中心"]
    assert short and short[0].name == "北岸新区青禾电商孵化中心建设工程"
