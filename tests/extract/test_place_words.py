"""A place's name standing inside a word or a list of things is no place the figures are about (sentences invented).

白银 is a metal as often as a city, 普洱 a tea, 祁连 a mountain, 三亚 a port's name, 离岛 the duty-free shopping of
Hainan's islands as well as a district of Hong Kong; a province-wide figure stated of any of them keeps the province.
The same names standing as places (庆阳、酒泉经济总量…, 兰州新区, 白银市) still are.
"""
from factrun import context_of, facts_of, one

from taizhang.extract.docregions import DocRegions
from taizhang.extract.regions import gazetteer


def _names(text: str) -> list[str]:
    return [h.text for h in DocRegions(text, gazetteer()).find()]


def test_a_short_name_heading_a_longer_word_is_no_place():
    assert _names("祁连山生态保护修复面积300万亩。") == []
    assert _names("普洱茶产量达到18万吨。") == []
    assert _names("三亚港邮轮旅客达到10万人次。") == []
    # the name written with its own suffix, or standing alone, stays
    assert _names("天水市工业增加值增长8%。") == ["天水市"]
    assert _names("兰州新区规上工业增加值增长12%。") == ["兰州新区"]
    assert _names("庆阳、酒泉经济总量突破千亿元。") == ["庆阳", "酒泉"]


def test_an_item_of_a_list_of_things_is_no_place():
    assert _names("铜、镍、白银产量分别增长3%、5%、20%。") == []
    assert _names("兰州、白银、武威三市工业增加值增长6%。") == ["兰州", "白银", "武威"]


def test_a_provincial_report_keeps_its_province_for_metals():
    fs = facts_of("甘肃省2026年政府工作报告\n2025年，全省地区生产总值增长5.8%。黄金、白银产量分别增长50%、20%。"
                  "庆阳、酒泉经济总量突破千亿元。\n")
    assert one(fs, 50).subject == "甘肃省"
    assert one(fs, 20).subject == "甘肃省"
    assert one(fs, 1000).subject == "庆阳市"  # shared by the two: the first named


def test_a_city_communique_lists_its_metals_under_the_city():
    fs = facts_of("金岭市2025年国民经济和社会发展统计公报\n全年全市规模以上工业增加值增长7%。主要产品中，电解铜、"
                  "白银产量分别增长4.2%、9.6%，精制茶产量增长3.3%。普洱茶产量达到2.1万吨。\n")
    assert one(fs, 9.6).subject == one(fs, 7).subject
    assert one(fs, 2.1).subject == one(fs, 7).subject
    assert "普洱茶" in one(fs, 2.1).indicator


def test_a_port_or_a_mountain_heading_a_figure_is_no_subject():
    fs = facts_of("海南省2026年政府工作报告\n2025年，全省地区生产总值增长4.5%。三亚港邮轮旅客达到10万人次。\n")
    assert one(fs, 10).subject == "海南省"
    fs = facts_of("青海省2026年政府工作报告\n2025年，全省地区生产总值增长5%。祁连山、三江源生态保护修复面积达到300万亩。\n")
    assert one(fs, 300).subject == "青海省"


def test_a_county_of_elsewhere_named_bare_is_a_word_of_the_report():
    fs = facts_of("海南省2026年政府工作报告\n2025年，全省地区生产总值增长4.5%。深化琼港合作，香港来琼投资企业增长20%。\n"
                  "离岛免税销售额增长10%，离岛免税购物人数达到600万人次。\n")
    assert one(fs, 10).subject == "海南省"
    assert one(fs, 600).subject == "海南省"


def test_a_county_of_the_report_s_own_province_named_bare_stays():
    fs = facts_of("甘肃省2026年政府工作报告\n2025年，全省地区生产总值增长5.8%。\n敦煌接待游客增长15%。\n")
    assert one(fs, 15).subject == "敦煌市"
    fs = facts_of("海南省2026年旅游情况\n全省接待游客9000万人次。\n香港游客增长5%。\n离岛游客量增长8%。\n")
    assert one(fs, 8).subject == "海南省"


def test_a_verb_phrase_or_a_preposition_opens_no_subject():
    fs = facts_of("青海省2026年政府工作报告\n2025年工作回顾\n推动绿色低碳转型。创建省级以上绿色工厂20家，清洁能源装机"
                  "占比达到93%。与央企合作项目投资规模超3000亿元。\n")
    assert one(fs, 20).subject == "青海省"
    assert "绿色工厂" in one(fs, 20).indicator
    assert one(fs, 3000).subject == "青海省"
    # a factory or company listed before its figure is still who it is about
    fs = facts_of("某某县2025年工业运行情况\n全县规上工业产值120亿元。其中，石化公司1.1亿元，钢厂2.4亿元。\n")
    assert one(fs, 1.1).subject == "石化公司"


def test_the_kind_of_body_a_part_counts_is_no_body():
    """卫生机构320个,其中医院18个 / 医院16个,其中公立医院9个: 医院 alone, or after a class of units, is the kind counted, no
    hospital reporting its own figure; an amount of a body named by its ending alone (管理局2.4亿元) is still that body's."""
    fs = facts_of("岚溪县2025年国民经济和社会发展统计公报\n年末全县共有卫生机构286个，其中医院16个，乡镇卫生院21个。"
                  "年末全县共有金融机构32家，其中银行14家。全县医院16个，其中：公立医院9个，民营医院7个。\n")
    assert {f.subject for f in fs if f.value in (16, 14, 9, 7)} == {"岚溪县"}
    # a hospital named by its own name still reports its own figure
    fs = facts_of("岚溪县2025年卫生工作情况\n全县门诊量120万人次。其中，县人民医院46万人次，县中医院21万人次。\n")
    assert one(fs, 46).subject == "县人民医院"
    fs = facts_of("某某县2025年工业投资情况\n全县工业投资20亿元。其中，石化公司1.1亿元，管理局2.4亿元。\n")
    assert one(fs, 2.4).subject == "管理局"


def test_a_province_name_across_a_landform_and_its_side_is_no_place():
    # a mountain's, lake's or river's name ends on the name's first character (太行山|西麓, 洞庭湖|南岸, 大别山|西麓)
    assert _names("地处太行山西麓，森林覆盖率达到40%。") == []
    assert _names("洞庭湖南岸完成退耕还湿面积2万亩。") == []
    assert _names("大别山西麓新建茶园5000亩。") == []
    # the same provinces named as places keep their names
    assert _names("支持湖南、山西两省建设生态廊道。") == ["湖南", "山西"]
    assert _names("洞庭湖区属湖南省。") == ["湖南省"]


def test_a_lake_shore_news_item_speaks_for_no_province():
    ctx, ex = context_of("洞庭湖南岸湿地修复情况\n2024年，洞庭湖南岸沿线完成退耕还湿面积2.6万亩，湿地保护率达到72%。\n")
    assert ctx.place is None
    assert one(ex.facts, 2.6).subject == ""


def test_a_county_on_a_mountain_side_keeps_its_own_place():
    fs = facts_of("清岭县2025年政府工作报告\n各位代表：\n过去一年，我县地处太行山西麓，全县地区生产总值增长6.1%。\n")
    assert one(fs, 6.1).subject != "山西省"


def test_a_province_name_across_a_village_hill_or_stream_and_its_side_is_no_place():
    # hills, lakes and streams jieba does not know (黄家山, 鹰嘴山, 北湖, 白马河) and the side of them
    assert _names("沿黄家山东麓新修步道12公里。") == []
    assert _names("在鹰嘴山西面建成光伏电站一座。") == []
    assert _names("北湖南岸湿地公园完成投资3000万元。") == []
    assert _names("白马河南段堤防加固工程完成80%。") == []
    # a province's section of a river or a route, and the province opening a longer word, stay
    assert _names("黄河河南段生态廊道完成投资2亿元。") == ["河南"]
    assert _names("京沪高铁山东段完成投资10亿元。") == ["山东"]
    assert _names("河南部分市县降水偏多。") == ["河南"]
    assert _names("山西侧重发展新能源。") == ["山西"]


def test_a_city_name_opening_a_street_or_bridge_name_is_no_place():
    assert _names("扬州桥重建工程完成投资500万元。") == []
    assert _names("柳州路改造完成投资800万元。") == []
    assert _names("洛阳江治理完成投资1.5亿元。") == []
    assert _names("赣州大道拓宽完成60%。") == []
    # a road named after a province or city with its direction (河南中路, 四川北路, 南京西路), a town's name too (中路)
    assert _names("步行街东拓段从河南中路向东延伸1.2公里。") == []
    assert _names("四川北路改造完成投资3亿元。") == []
    # the city itself, a road network of it, or a city and a place named after it stay
    assert _names("成都路网密度提高到8公里。") == ["成都"]
    assert _names("广东江门市引进项目20个。") == ["广东", "江门市"]


def test_a_town_road_notice_speaks_for_no_province_across_its_hill():
    ctx, ex = context_of("关于城区道路和水厂建设的通报\n今年以来，在黄家山东麓新建水厂一座，总投资1.2亿元。"
                         "贵阳路改造完成投资800万元。\n")
    assert ctx.place is None
    assert one(ex.facts, 1.2).subject == ""
    assert one(ex.facts, 800).subject == ""


def test_a_river_named_like_a_former_division_is_no_place_before_its_parts():
    # 松花江 is also the short form of the former 松花江地区: before a river's main stream, basin or banks it is the river
    assert _names("推进松花江干流生态修复，完成河道整治85公里。") == []
    assert _names("松花江流域水质优良比例达到90%。") == []
    assert _names("松花江沿岸新建湿地公园3处。") == []
    # the division written in full stays
    assert _names("松花江地区粮食产量增长5%。") == ["松花江地区"]


def test_a_province_s_river_clean_up_keeps_no_former_prefecture_as_subject():
    fs = facts_of("省水利厅部署全年工作\n会议要求，推动松花江干流综合治理，全年完成堤防加固96公里，"
                  "松花江流域重点断面水质达标率达到88%以上。\n")
    assert one(fs, 96).subject != "松花江地区"
    assert one(fs, 88).subject != "松花江地区"


def test_a_former_division_s_short_form_in_a_later_text_is_no_place():
    g = gazetteer()
    # 松花江地区 ended in the 1990s: in a text of 2023 its short form is the river; in one of 1990 it is the division
    assert [h.text for h in g.find("松花江水质持续改善。", year=2023)] == []
    assert [h.region.name for h in g.find("松花江粮食产量增长5%。", year=1990)] == ["松花江地区"]
    # the full name names the division whatever the year
    assert [h.region.name for h in g.find("原松花江地区所辖各县。", year=2023)] == ["松花江地区"]
    # a county the table ends before a rename it does not list (湟中县 became 湟中区) is still read
    assert [h.text for h in g.find("西宁湟中规上工业增加值增长6%。", year=2023)] == ["西宁", "湟中"]


def test_a_dated_river_report_gives_no_former_prefecture_as_subject():
    fs = facts_of("2023年全省水污染防治工作综述\n2023年，松花江水质持续向好，国控断面优良水体比例达到86.5%，"
                  "劣五类水体全部消除，整治入河排污口240个。\n")
    assert one(fs, 86.5).subject != "松花江地区"
    assert one(fs, 240).subject != "松花江地区"
