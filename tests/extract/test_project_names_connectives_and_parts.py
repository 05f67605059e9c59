"""Where a works name starts and ends: a connective or a verb of marking opening the clause (随着, 标志着) is no part of
it; 及 joining a proper part to works ending in 工程/项目 (甲路及河滨景观工程) makes one name; a section's works after
its two ends (…甲至乙段改扩建工程) and the roads' 连接线 are the name's; 全线 and a status in parentheses (开工滞后) are
not; a class of works (省市两级重点工程建设项目) is no name.

Every sentence here is invented (岚溪, 青川, 白河, 北屏, 柳岸 are fictitious places, works and firms).
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def names(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_a_connective_or_a_verb_of_marking_opens_no_name():
    assert names("随着岚溪大桥建成通车，两岸交通更加便利。") == {"岚溪大桥": "completed"}
    assert names("这标志着青川县城区排水防涝工程正式开工。") == {"青川县城区排水防涝工程": "under_construction"}


def test_ji_joining_a_proper_part_to_works_makes_one_name():
    got = names("今年1至5月，宝田路及河滨景观工程、北屏塑胶制品生产等5个项目提前开工。")
    assert "宝田路及河滨景观工程" in got and "宝田路" not in got, got
    got = names("未达序时进度项目为：白河县南山片区老旧小区及周边基础设施建设工程。")
    assert got == {"白河县南山片区老旧小区及周边基础设施建设工程": "under_construction"}
    got = names("加快岚溪水库及白河灌区工程等项目建设。")  # a work on each side of 及: two
    assert "岚溪水库" in got and "白河灌区工程" in got, got


def test_a_coded_road_and_a_section_keep_their_works_not_the_whole_line():
    got = names("青川市地铁3号线开工建设，G15高速改扩建工程全线通车。")
    assert got == {"青川市地铁3号线": "under_construction", "G15高速改扩建工程": "completed"}
    got = names("日前，G15柳岸高速岚溪镇至白河镇段改扩建工程施工现场一片繁忙。")
    assert got == {"G15柳岸高速岚溪镇至白河镇段改扩建工程": "under_construction"}


def test_a_status_in_parentheses_is_no_part_of_the_name():
    got = names("未达序时进度项目2项为：岚溪高速东桥互通连接线（投资滞后）、白河金线莲组培产业园（开工滞后）。")
    assert got == {"岚溪高速东桥互通连接线": "under_construction", "白河金线莲组培产业园": "planned"}


def test_a_class_of_works_is_no_name():
    assert names("全市省市两级重点工程建设项目完成投资50亿元。") == {}


def test_how_a_work_is_let_in_parentheses_is_no_part_of_the_name():
    got = names("12月3日，白河县重大项目集中开工。白河县城区排涝设施建设工程(EPC)总投资1.55亿元，"
                "岚溪路改造工程（PPP）总投资2亿元。")
    assert got == {"白河县城区排涝设施建设工程": "under_construction", "岚溪路改造工程": "under_construction"}


def test_a_verb_with_its_resultative_or_a_verb_of_learning_opens_no_name():
    got = names("今年要实施好白河污水处理厂扩建工程,建设好青川县人民医院新院区。")
    assert set(got) == {"白河污水处理厂扩建工程", "青川县人民医院新院区"}, got
    assert names("记者了解到北屏大桥项目已完成投资3亿元。") == {"北屏大桥项目": "under_construction"}


def test_a_park_written_with_qu_and_a_named_size_class_are_works():
    got = names("今年,雾溪医药物流园区开工建设,柳岸县白河中型灌区续建配套与节水改造项目完工。")
    assert got == {"雾溪医药物流园区": "under_construction",
                   "柳岸县白河中型灌区续建配套与节水改造项目": "completed"}, got
    assert names("全县新建中型水库3座,中型灌区续建配套与节水改造项目全面完工。") == {}


def test_the_class_of_trunk_roads_is_no_road():
    assert names("加快国省干线公路建设,推进县乡公路提档升级。") == {}


def test_he_joining_a_plants_products_makes_one_name():
    """年产5万吨甲酸钠和乙酸钠项目: the capacity opening the name governs both products of one plant (session 29)."""
    got = names("岚溪化工年产5万吨甲酸钠和乙酸钠项目开工建设。")
    assert got == {"岚溪化工年产5万吨甲酸钠和乙酸钠项目": "under_construction"}, got
    # a work with a head of its own after 和 stays apart
    got = names("青川宏达公司年产3万吨饲料和白河食品产业园项目开工。")
    assert "白河食品产业园项目" in got, got
