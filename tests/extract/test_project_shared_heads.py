"""Works a list names with one head after 等 (甲、乙等4条高铁, 甲至乙、丙至丁等高速, 甲实验室、乙实验室等6家省实验室), a
county's or city's own facilities (县医院迁建, 市博物馆新馆), and the stages of a line opened to service and of a museum
opened to visitors.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 柳塘, 雾溪); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(text: str) -> dict[str, tuple[str, str]]:
    return {p.mention: (p.name, p.stage) for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_items_before_a_counted_head_share_it():
    got = run("过去五年，建成青川、白河等4条高铁，高铁里程突破800公里。")
    assert got["青川"] == ("青川高铁", "completed")
    assert got["白河"] == ("白河高铁", "completed")


def test_lines_named_by_their_two_ends_share_the_head_after_etc():
    got = run("岚溪至青川、白河至柳岸等高速建成通车，县县通高速全面实现。")
    assert got["岚溪至青川"] == ("岚溪至青川高速", "completed")
    assert got["白河至柳岸"] == ("白河至柳岸高速", "completed")


def test_items_with_their_own_head_keep_their_names_before_a_counted_class():
    got = run("岚溪实验室、青川实验室等6家省实验室挂牌运行。")
    assert got["岚溪实验室"] == ("岚溪实验室", "operating")
    assert got["青川实验室"] == ("青川实验室", "operating")
    got = run("2026年，加快柳塘水库、雾溪水库等3座中型水库建设。")
    assert got["柳塘水库"][0] == "柳塘水库" and got["雾溪水库"][0] == "雾溪水库"


def test_a_countys_own_facilities_in_its_report():
    got = run("去年，县医院迁建、城北路东段改造完成，青川博物馆新馆建成开放。")
    assert got["县医院迁建"] == ("县医院迁建", "completed")
    assert got["青川博物馆新馆"] == ("青川博物馆新馆", "completed")
    got = run("今年要加快市博物馆新馆、市体育中心建设。")
    assert got["市博物馆新馆"][1] == "under_construction" and got["市体育中心"][1] == "under_construction"


def test_a_countys_hospital_as_a_place_or_a_figure_is_no_project():
    assert run("3月1日，县人民医院专家来到柳岸镇开展义诊。") == {}
    assert run("全县医院床位增加200张，县医院门诊量增长5%。") == {}
    assert run("做优市口腔医院、区中医院等特色专科医院。") == {}


def test_a_line_opened_to_service_is_operating():
    got = run("青川大桥通车运营，白河至柳岸高速公路建成通车运营。")
    assert got["青川大桥"][1] == "operating"
    assert got["白河至柳岸高速公路"][1] == "operating"


def test_an_honour_or_a_class_of_every_townships_facility_is_no_project():
    got = run("2022年，清泉、雾溪卫生院获评全国群众满意的乡镇卫生院，有序推进县中医院和乡镇卫生院改扩建。")
    assert set(got) == {"县中医院"}
    assert got["县中医院"][1] == "under_construction"


def test_a_class_counted_by_a_quantifier_and_a_figure_added_are_no_projects():
    got = run("近期，一批重点高速公路项目建成通车。岚溪至青川高速公路建成通车，全长约90公里。")
    assert set(got) == {"岚溪至青川高速公路"}
    got = run("过去一年，新增高速铁路运营里程410公里，白河大桥建成通车。")
    assert set(got) == {"白河大桥"}


def test_rural_roads_sharing_a_head_and_its_class_word_are_each_a_road():
    got = run("今年,柳岸、雾溪、北屏通村油路全部建成,群众出行更方便。")
    assert got == {"柳岸": ("柳岸通村油路", "completed"), "雾溪": ("雾溪通村油路", "completed"),
                   "北屏通村油路": ("北屏通村油路", "completed")}, got


def test_a_class_of_rural_roads_or_their_asphalt_is_no_road():
    assert run("加快油路项目建设。全县建成通乡油路197公里,铺压柏油路面3公里。") == {}
