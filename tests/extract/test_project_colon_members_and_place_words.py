"""Members a colon opens after a class of projects, and a province's name that holds a build verb.

- 市重点项目共6项,总投资…。分别是:A、B、C / 县重点项目4个:A、B: the members a colon opens after a clause (or a
  sentence) that names a class of projects are projects of that class, their stage unsaid when the class says none;
  the opener may begin a sentence of its own, the class then counted in the sentence before.
- 福建省甲产业园: 福建 is the province's name, its 建 no build verb that would cut the name after it.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 雾溪); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text, name="t.txt", fmt=None).projects}


MEMBERS = ("岚溪图书馆新馆", "青川生态循环产业园", "雾溪新材料项目", "柳岸冷链物流中心")


def test_members_a_sentence_of_their_own_opens_with_a_colon_are_the_class_counted_before():
    got = run("岚溪区一季度重点项目推进情况\n一、省重点项目总体情况\n省重点项目共4项，总投资38.6亿元，"
              "1-3月完成投资5.2亿元，超序时进度9.1%。分别是：" + "、".join(MEMBERS) + "。\n")
    for name in MEMBERS:
        assert got.get(name) == "unknown", (name, got)


def test_members_a_colon_opens_after_a_counted_class_are_projects():
    got = run("白河县重点项目建设情况\n今年全县列入市重点项目4个：" + "、".join(MEMBERS) + "。\n")
    for name in MEMBERS:
        assert name in got, (name, got)


def test_members_after_an_opener_and_a_colon_in_the_same_sentence_are_projects():
    got = run("雾溪镇项目建设简报\n镇级重点项目共4个，分别为：" + "、".join(MEMBERS) + "。\n")
    for name in MEMBERS:
        assert name in got, (name, got)


def test_a_colon_after_a_sentence_naming_no_class_of_projects_opens_no_members():
    got = run("柳岸街道工作简报\n本月走访企业12家，收集问题8个。分别是：用工难、融资难、物流成本高。\n")
    assert not got, got


def test_a_name_that_opens_with_the_province_fujian_keeps_it():
    got = run("青川市重点项目建设推进会召开\n今年，福建青川热电厂三期扩建工程开工建设，加快建设福建省岚溪环保产业园。\n")
    assert got.get("福建青川热电厂三期扩建工程") == "under_construction", got
    assert got.get("福建省岚溪环保产业园") == "under_construction", got


HEADLESS = ("白河大学柳岸科学园", "雾溪楔形绿地", "岚溪污水处理厂污泥处理处置", "华岚新能源汽车", "柳岸半导体硅片生产线")


def test_a_counted_class_names_each_member_a_colon_opens_whatever_its_words():
    got = run("柳岸区重点项目开竣工情况\n记者从区发改委获悉，今年以来新开工5个项目：" + "、".join(HEADLESS) + "。\n")
    for name in HEADLESS:
        assert got.get(name) == "under_construction", (name, got)


def test_a_counted_class_names_each_member_its_copula_opens():
    got = run("岚溪县重点项目建设简报\n一季度全县竣工5个项目，分别是" + "、".join(HEADLESS[:4]) + "和" + HEADLESS[4] + "。\n")
    for name in HEADLESS:
        assert got.get(name) == "completed", (name, got)


def test_a_count_that_is_not_the_number_of_members_names_none_of_the_headless():
    got = run("柳岸区重点项目开竣工情况\n今年以来新开工12个项目：" + "、".join(HEADLESS) + "。\n")
    assert "华岚新能源汽车" not in got, got
    assert "岚溪污水处理厂污泥处理处置" not in got, got


def test_a_counted_class_of_no_projects_names_no_members():
    got = run("白河镇工作简报\n本月收集群众诉求3个：道路积水、路灯不亮、垃圾清运不及时。\n")
    assert not got, got
