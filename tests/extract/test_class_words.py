"""A class written before a name (一类乡镇, 三类以上水质, 二级以上医院, 4A级景区, 三星级酒店) is part of the name it
qualifies: never a count of its own cut off the indicator, and never the body or place a figure is about (sentences
written for these tests; places invented)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one
from taizhang.extract.indicators import class_at, names_a_class


@pytest.mark.parametrize("name, end", [
    ("一类乡镇", 2), ("三类以上水质比例", 4), ("二级以上医院", 4), ("4A级景区", 3), ("AAAA级旅游景区", 5),
    ("三星级酒店", 3), ("三级甲等医院", 4), ("劣Ⅴ类水体", 3), ("IV类水体", 3), ("甲级设计单位", 2),
    ("分为三类", -1), ("一级", -1), ("三类", -1), ("县医院", -1), ("一季度", -1), ("十二五规划", -1),
])
def test_a_class_word_is_found_only_before_the_name_it_qualifies(name, end):
    assert class_at(name) == end
    assert names_a_class(name) == (end > 0)


@pytest.mark.parametrize("text, value, subject, name", [
    # 统计公报: the water class in Chinese numerals, beside the same in Roman numerals
    ("岚溪县2026年统计公报\n2026年,国考断面三类以上水质比例为100%,地表水Ⅲ类以上水质比例达到95.2%。\n", 100,
     "岚溪县", "国考断面三类以上水质比例"),
    ("岚溪县2026年统计公报\n2026年,国考断面三类以上水质比例为100%,地表水Ⅲ类以上水质比例达到95.2%。\n", 95.2,
     "岚溪县", "地表水Ⅲ类以上水质比例"),
    # 考核通报: classes of towns are no towns
    ("岚溪县2026年乡镇综合考核结果通报\n一类乡镇4个,二类乡镇6个,三类乡镇3个。\n", 4, "岚溪县", "一类乡镇"),
    ("岚溪县2026年乡镇综合考核结果通报\n一类乡镇4个,二类乡镇6个,三类乡镇3个。\n", 3, "岚溪县", "三类乡镇"),
    ("岚溪县2026年统计公报\n全县共有一类乡镇4个。\n", 4, "岚溪县", "一类乡镇"),
    # 督查通报 to the counties: a class of counties measured
    ("青川市人民政府督查室关于一季度重点工作推进情况的通报\n一类县完成率达到85%,二类县完成率为78%。\n", 78,
     "青川市", "二类县完成率"),
    # 卫健: a class of hospitals is no hospital
    ("岚溪县卫生健康事业发展公报\n全县二级以上医院8家,三级医院2家。\n", 8, "岚溪县", "二级以上医院"),
    ("岚溪县卫生健康事业发展公报\n二级以上医院8家,三级医院2家。\n", 2, "岚溪县", "三级医院"),
    # 文旅: graded sites and hotels
    ("青川市文旅发展情况\n全市三星级酒店5家,甲级设计单位3家。\n", 5, "青川市", "三星级酒店"),
])
def test_a_class_stays_in_the_name_and_heads_no_subject(text, value, subject, name):
    f = one(facts_of(text), value)
    assert (f.subject, f.indicator) == (subject, name)
