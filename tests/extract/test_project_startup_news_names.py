"""Names and stages of the works a start-up news or a progress paragraph lists: a list item read whole over its
verb-like characters when a phase or a stretch ends it (…迁建工程(二期)), 以及 joining items, a connective or a bare zone
word before a name, a ceremony after a weak head (…项目奠基活动), and a start pushed for (加快推进…开工) still to come.
Traditional script reads as simplified does (the finder works on the text folded character by character).

Every sentence here is invented (岚溪, 青川, 白河, 北屏, 柳岸 are fictitious places, works and firms).
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def mentions(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_a_list_item_whose_name_ends_in_a_phase_is_read_whole_and_the_list_goes_on():
    got = mentions("集中开工项目中,总投资5亿元以上的项目有12个,包括岚溪县碳纤维复材生产、岚溪县智能终端配件生产、"
                   "青川职业技术学院迁建工程(二期)等项目。")
    assert set(got) == {"岚溪县碳纤维复材生产", "岚溪县智能终端配件生产", "青川职业技术学院迁建工程(二期)"}, got


def test_the_same_list_in_traditional_script():
    got = mentions("集中開工項目中,總投資5億元以上的項目有12個,包括嵐溪縣碳纖維復材生產、嵐溪縣智能終端配件生產、"
                   "青川職業技術學院遷建工程(二期)等項目。")
    assert set(got) == {"嵐溪縣碳纖維復材生產", "嵐溪縣智能終端配件生產", "青川職業技術學院遷建工程(二期)"}, got


def test_a_stretch_in_parentheses_after_a_rebuilt_bridge_keeps_the_whole_name():
    got = mentions("总投资30亿元以上的大项目有:青川滨江片区路网(二期)、白河大桥至北屏大桥拓宽改建工程(白河大桥至环城路段)、"
                   "柳岸长湾海上风电项目等。")
    assert "白河大桥至北屏大桥拓宽改建工程(白河大桥至环城路段)" in got, got


def test_yiji_joins_the_items_of_a_list_and_a_size_of_roads_is_no_item():
    got = mentions("加快推进岚溪县滨江大道、青川水厂以及白河县体育馆等项目建设。")
    assert set(got) == {"岚溪县滨江大道", "青川水厂", "白河县体育馆"}, got
    got = mentions("推动岚溪高铁、青川机场以及600余公里高速公路等项目建设。")
    assert not any("以及" in m or "公里" in m for m in got), got


def test_a_connective_opening_the_clause_is_no_part_of_the_name():
    got = mentions("一季度全县项目建设总体平稳，但岚溪化工项目进度滞后。")
    assert "岚溪化工项目" in got and not any(m.startswith("但") for m in got), got


def test_a_ceremony_after_a_weak_head_ends_the_name():
    got = mentions("3月5日，青川县举行二季度重大项目集中开工暨岚溪大口径球墨铸管项目奠基活动。")
    assert got == {"岚溪大口径球墨铸管项目": "under_construction"}, got
    got = mentions("4月2日，白河县举行北屏生态康养项目开工仪式。")
    assert set(got) == {"北屏生态康养项目"}, got


def test_a_zone_named_by_its_class_alone_is_no_part_of_a_company_works_name():
    got = mentions("開發區嵐溪電力器材項目正式開工。")
    assert set(got) == {"嵐溪電力器材項目"}, got


def test_a_start_pushed_for_is_still_to_come():
    got = mentions("下一步，加快推进岚溪装备基地、青川算力中心等项目开工或投产。")
    assert got == {"岚溪装备基地": "planned", "青川算力中心": "planned"}, got
    got = mentions("目前，岚溪装备基地、青川算力中心等项目已开工。")
    assert set(got.values()) == {"under_construction"}, got


def test_a_firm_works_named_without_a_head_in_a_started_list_beside_named_items():
    got = mentions("近期，华东精密铸件、青川物流二期、西部智能装备制造等5个项目集中开工，总投资12.5亿元。")
    assert {"华东精密铸件", "西部智能装备制造"} <= set(got), got
    got = mentions("近期，新能源汽车、青川物流二期等5个项目集中开工。")
    assert "新能源汽车" not in got, got
    got = mentions("20件民生实事中新型农村社区建设、“青川”农村路提升改造等15个项目已复工。")
    assert "新型农村社区建设" not in got, got


def test_works_counted_by_their_counter_then_named_after_a_denied_start_are_planned():
    got = mentions("督查发现，未按期开工3项，为岚溪县滨河大道项目、青川县城南污水处理厂项目、北屏县槐芽供水工程。")
    assert got == {"岚溪县滨河大道项目": "planned", "青川县城南污水处理厂项目": "planned",
                   "北屏县槐芽供水工程": "planned"}, got
    got = mentions("督查发现，未按期竣工2项，为岚溪县滨河大道项目、青川县城南污水处理厂项目。")
    assert set(got.values()) == {"under_construction"}, got


def test_a_programme_named_by_the_round_amount_it_aims_at_is_no_project():
    got = mentions("岚溪县推进千亿斤粮食产能建设，加快实施千万头肉牛工程。")
    assert not got, got
    got = mentions("加快建设岚溪年产30万头生猪养殖基地，实施白河百万头生猪养殖项目。")
    assert set(got) == {"岚溪年产30万头生猪养殖基地", "白河百万头生猪养殖项目"}, got


def test_he_after_one_character_is_a_character_of_the_firm_name():
    got = mentions("上午9时50分，北京忠和酒业二期(扩能)项目开工。")
    assert set(got) == {"北京忠和酒业二期(扩能)项目"}, got
    names = {p.name for p in extract_text("加快建设岚溪县和白河县污水处理厂。", name="t.txt", fmt=None).projects}
    assert names == {"岚溪县污水处理厂", "白河县污水处理厂"}, names
