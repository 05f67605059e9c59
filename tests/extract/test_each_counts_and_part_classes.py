"""What a count measures when its clause names only whose it is or which part of a whole it is (sentences written for
these tests): places or offices sharing one figure after 各 (东城区、西城区各12件) are not what is counted, the noun the
sentence counted before is; a part opened by 其中 and named by the classes listed before 等 (其中新材料、新能源等项目13个)
is those classes' part, not the whole again, while works named as examples (签约甲、乙等项目29个) still count the whole."""
from __future__ import annotations

from factrun import facts_of, one


def test_places_sharing_a_count_after_each():
    fs = facts_of("岚溪县督查通报\n本月共受理群众投诉45件,其中东城区、西城区各12件。\n")
    assert one(fs, 12).indicator == one(fs, 45).indicator == "受理群众投诉"


def test_towns_and_offices_sharing_a_count_other_words():
    fs = facts_of("本轮督查共发现问题36个,城关镇和河口镇各5个。\n")
    assert one(fs, 5).indicator == "发现问题"
    fs = facts_of("今年以来,全县新建村级服务站20个,每个乡镇各1个。\n")
    assert one(fs, 1).indicator == "新建村级服务站"
    fs = facts_of("岚溪县新增省级专精特新企业8家,开发区、高新区各3家。\n")
    assert one(fs, 3).indicator == "新增省级专精特新企业"


def test_a_part_named_by_its_classes_before_deng():
    fs = facts_of("今年以来,全县签约项目48个,其中新材料、新能源等项目13个,总投资86亿元。\n")
    assert one(fs, 48).indicator == "签约项目"
    assert one(fs, 13).indicator == "新材料、新能源等项目"
    fs = facts_of("全县引进企业45家,其中,电子信息、生物医药等企业12家。\n")
    assert one(fs, 12).indicator == "电子信息、生物医药等企业"
    fs = facts_of("一季度全县新开工项目26个,其中文旅、康养等项目9个。\n")
    assert one(fs, 9).indicator == "文旅、康养等项目"


def test_works_named_as_examples_still_count_the_whole():
    fs = facts_of("1-8月份,全县签约甲公司、乙科技等项目29个,其中工业项目13个。\n")
    assert one(fs, 29).indicator == "签约项目"
    assert one(fs, 13).indicator == "工业项目"
