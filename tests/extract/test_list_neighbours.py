"""What a figure measures when its neighbours are lists, brackets and ratios (invented texts of several genres)."""
from __future__ import annotations

from factrun import facts_of, one


def test_items_of_a_list_closed_by_deng_name_the_class_measured():
    # a county's year-end summary: the area is of the listed class, not of its last item
    fs = facts_of("临水县2025年农业农村工作总结\n2025年，全县蔬菜、瓜果、花卉等种植面积达到3000公顷。"
                  "稻谷、小麦和玉米等粮食作物播种面积45万亩。")
    assert one(fs, 3000).indicator == "蔬菜、瓜果、花卉等种植面积"
    assert one(fs, 45).indicator == "稻谷、小麦和玉米等粮食作物播种面积"
    # a list of actions or of places is no class: the figure stays the last item's
    fs = facts_of("东岭县2025年安全生产工作总结\n全年开展安全检查、排查隐患120处。")
    assert one(fs, 120).indicator == "排查隐患"


def test_items_sharing_a_measure_head_name_the_class():
    # a quarterly analysis: three products share 产量, and the growth after it is of the same class
    fs = facts_of("青山市2024年一季度农业经济运行分析\n一季度，全市设施农业蔬菜、瓜果、食用菌产量11.5万吨，同比增长0.4%。")
    assert one(fs, 11.5).indicator.endswith("蔬菜、瓜果、食用菌产量")
    assert one(fs, 0.4).indicator.endswith("蔬菜、瓜果、食用菌产量")


def test_a_change_in_brackets_after_an_item_is_the_items_own():
    # industrial products: each product's output grew
    fs = facts_of("青山市2024年一季度经济运行分析\n一季度，全市规模以上工业增加值增长6.5%。主要产品中，"
                  "增幅较大的有啤酒（增长30%）、汽车（增长12%）、水泥（增长8.1%）。")
    assert one(fs, 30).indicator == "啤酒产量"
    assert one(fs, 12).indicator == "汽车产量"
    assert one(fs, 8.1).indicator == "水泥产量"


def test_a_bracketed_change_takes_the_measure_its_sentence_names():
    # a consumption bulletin and an export paragraph: the items are measured as the sentence before the list says
    fs = facts_of("东岭县2025年上半年消费市场运行情况\n上半年，全县限额以上商品零售额增长5%，其中增长较快的是"
                  "金银珠宝类（增长21%）、通讯器材类（同比增长16.2%）；下降的有汽车类（下降3.4%）。")
    assert one(fs, 21).indicator == "金银珠宝类零售额"
    assert one(fs, 16.2).indicator == "通讯器材类零售额"
    assert one(fs, 3.4).indicator == "汽车类零售额"
    fs = facts_of("南川区2025年工业运行情况\n分行业看，增长较快的有汽车制造业（增长20.3%）、电子信息业（增长15%）。")
    assert one(fs, 20.3).indicator == "汽车制造业增加值"


def test_every_term_of_a_ratio_is_named_from_the_ratios_compound():
    # a farm plan's crop structure, then a second ratio in the same sentence naming its own parts
    fs = facts_of("临水县2025年农业工作总结\n2025年，全县粮经饲比例为80：12：8，粮经比例调整为70:30。")
    assert [one(fs, v).indicator for v in (80, 12, 8)] == ["粮食作物比例", "经济作物比例", "饲草饲料作物比例"]
    assert [one(fs, v).indicator for v in (70, 30)] == ["粮食作物比例", "经济作物比例"]
    assert {one(fs, v).measure for v in (80, 12, 8, 70, 30)} == {"share"}


def test_ratio_terms_named_by_listed_items():
    fs = facts_of("东岭市2025年国土资源公报\n全市耕地、林地、草地比例为5：3：2。轻重工业比例为35：65，内外资比例为6:4。")
    assert [one(fs, v).indicator for v in (5, 3, 2)] == ["耕地比例", "林地比例", "草地比例"]
    assert [one(fs, v).indicator for v in (35, 65)] == ["轻工业比例", "重工业比例"]
    assert [one(fs, v).indicator for v in (6, 4)] == ["内资比例", "外资比例"]
