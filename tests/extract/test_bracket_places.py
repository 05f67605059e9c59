"""A list item that counts a class of places names its member in brackets, then that member's figures (sentences
invented): 重点镇：1个（东山镇，现有贫困户900户） gives 900 to 东山镇, not to the class 重点镇 nor to the county; each
bracket names its own member, and an item without one keeps the document's place."""
from factrun import facts_of, one


def test_a_county_plan_s_item_gives_its_figures_to_the_town_in_brackets():
    fs = facts_of("岚溪县巩固脱贫攻坚成果实施方案\n一、基本情况\n（一）重点镇：1个（东山镇，现有贫困户900户，贫困人口2800人）\n"
                  "（二）一般镇：2个，共有农户5000户。\n")
    assert one(fs, 900).subject == "东山镇"
    assert one(fs, 2800).subject == "东山镇"
    assert one(fs, 5000).subject == "岚溪县"  # a later item keeps no town, and its class label is no place


def test_each_part_of_a_bracket_names_its_own_village():
    fs = facts_of("青禾乡2025年人居环境整治工作总结\n全乡共有行政村8个。\n示范村：2个（南岭村，改厕320户；北坡村，改厕150户）。\n")
    assert one(fs, 320).subject == "南岭村"
    assert one(fs, 150).subject == "北坡村"

    # a bracket naming two towns, or with no count of a class before it, names no one member
    fs = facts_of("岚溪县2025年农村公路建设情况\n全县新改建农村公路120公里（东山镇、西山镇，共60公里）。\n")
    assert one(fs, 60).subject == "岚溪县"
