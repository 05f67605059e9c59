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


def test_a_class_list_after_the_clause_s_verb_is_whole():
    # a land-acquisition notice: the payment is of all the items, from the one right after the verb
    fs = facts_of("岚溪县征地补偿工作进展\n2025年，县政府拨付青苗、地上附着物和搬迁等补偿款420万元。")
    assert one(fs, 420).indicator == "青苗、地上附着物和搬迁等补偿款"


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


def test_bounds_of_a_class_in_two_currencies_are_no_figures():
    # a supervision notice and an investment summary: the thresholds name the class the count counts
    fs = facts_of("南川区2025年重点项目推进情况督查通报\n截至9月底，全区共有在建项目120个，"
                  "其中总投资超5亿元或5000万美元项目18个。")
    assert [f.value for f in fs if f.unit in ("亿元", "万美元")] == []
    assert one(fs, 18).indicator == "总投资超5亿元或5000万美元项目"
    fs = facts_of("东岭市2025年招商引资工作总结\n全年新签约项目86个，其中投资10亿元以上或1亿美元以上项目12个。")
    assert [f.value for f in fs] == [86, 12]


def test_word_frequencies_and_counted_milestones_are_no_figures():
    # news about a work report: how often a word is written, how many round milestones were passed
    fs = facts_of("新闻：临水县政府工作报告解读\n2026年1月10日，临水县召开人民代表大会。报告中“改革”出现42次，"
                  "“创新”一词被提及30次。五年来，全县经济总量跨越3个千亿元台阶，地区生产总值突破千亿元大关。")
    # (the count of milestones stays a figure, as the hold-out gold reads 连跨4个万亿级台阶; the milestone is none)
    assert [(f.value, f.unit) for f in fs] == [(3, "个"), (1000, "亿元")]


def test_round_magnitudes_written_in_one_character():
    fs = facts_of("东岭市2025年重点项目储备情况\n全市储备项目总投资超千亿元，带动就业近万人，引进企业逾百家。"
                  "其中超百亿元项目3个。千家万户受益。")
    assert (one(fs, 1000).unit, one(fs, 1000).comparator) == ("亿元", ">")
    assert (one(fs, 1).unit, one(fs, 1).comparator) == ("万人", "~")
    assert (one(fs, 100).unit, one(fs, 100).comparator) == ("家", ">")
    assert len(fs) == 4


def test_intensity_units_are_kept_whole():
    # an energy bulletin: units per output value with a magnitude in the denominator
    fs = facts_of("东岭市2025年上半年能源工作\n上半年，全市单位GDP能耗为0.62吨标准煤/万元，单位工业增加值用水量为"
                  "12.5立方米/万元，煤炭价格为820元/吨。")
    assert one(fs, 0.62).unit == "吨标准煤/万元"
    assert one(fs, 12.5).unit == "立方米/万元"
    assert one(fs, 820).unit == "元/吨"


def test_capacities_inside_listed_project_names_are_no_figures():
    fs = facts_of("东岭市2025年重点项目进展\n今年以来，华大30兆瓦生物质发电、临江20万吨饲料加工、东坡50兆瓦光伏等"
                  "一批项目相继开工。宏远100兆瓦风电场并网发电。全市新增光伏装机容量120兆瓦。")
    assert [f.value for f in fs] == [120]


def test_a_count_of_projects_named_by_the_action_on_them():
    # a supervision notice: the projects being sped up, and the projects sought to start, are the classes counted
    fs = facts_of("南川区2025年重点项目推进情况督查通报\n截至9月底，全区51个加快建设项目完成投资120亿元，"
                  "占年度投资计划的82%。35个争取开工项目中有15个已开工建设。")
    assert one(fs, 51).indicator == "加快建设项目"
    assert one(fs, 120).indicator == "加快建设项目完成投资"
    assert one(fs, 35).indicator == "争取开工项目"
    assert "争取开工项目" in one(fs, 15).indicator


def test_a_bare_sector_before_done_is_its_projects_investment():
    # a quarterly investment bulletin and a progress notice split by field
    fs = facts_of("东岭市2025年1-9月重点项目投资情况\n1-9月，全市重点项目完成投资820亿元。分领域看，交通完成210亿元，"
                  "占年度计划79%；能源完成95亿元；社会事业完成60亿元。")
    assert one(fs, 210).indicator == "交通项目完成投资"
    assert one(fs, 95).indicator == "能源项目完成投资"
    assert one(fs, 60).indicator == "社会事业项目完成投资"
    assert one(fs, 79).indicator.startswith("交通项目完成投资")


def test_a_harvest_increase_is_a_change():
    fs = facts_of("临水县2025年农业农村工作总结\n全县粮食增产12%，油料增产3.5万吨，棉花减产2千吨。")
    assert one(fs, 12).measure == "growth"
    assert one(fs, 3.5).measure == "delta"
    assert one(fs, 2).measure == "delta"


def test_a_figure_in_a_bracketed_aside_names_nothing_after_it():
    # a fiscal bulletin: the growth after the aside is the revenue's, not the one-off tax's in the bracket
    fs = facts_of("东岭市2025年财政运行\n全市一般公共预算收入完成45亿元（含乙公司一次性税收2亿元），同比增长8%。")
    assert one(fs, 8).indicator == "一般公共预算收入"


def test_an_anaphoric_amount_opening_a_change_takes_the_measure_named_before():
    # a monthly bulletin and a quarterly analysis: 总量 (at current prices) is the amount of the measure just named
    fs = facts_of("东岭市2025年经济运行\n1-9月，全市地区生产总值完成820亿元，现价总量比同期增加45亿元。")
    assert one(fs, 45).indicator.startswith("地区生产总值")
    assert one(fs, 45).measure == "delta"
    fs = facts_of("临水县2025年一季度经济运行\n一季度，全县规模以上工业总产值52亿元，按现价计算总量比上年同期增加3.1亿元。")
    assert one(fs, 3.1).indicator.startswith("规模以上工业总产值")


def test_a_class_of_projects_reporting_leaves_the_figure_the_places():
    # a half-year progress report: a list's class is no actor, a named project is
    fs = facts_of("临江市2025年上半年重点项目进展\n上半年，省重大实施项目完成投资85亿元，占年度计划的56%。"
                  "临江大道改造建设项目完成投资2亿元。")
    assert (one(fs, 85).subject, one(fs, 85).indicator) == ("临江市", "省重大实施项目完成投资")
    assert one(fs, 2).subject == "临江大道改造建设项目"


def test_items_of_a_distributed_list_share_what_their_ends_share():
    # a consumption analysis: goods classes ending alike (…类) share the head the last one writes
    fs = facts_of("东岭县2025年上半年消费市场分析\n上半年，粮油食品类、饮料类、烟酒类商品零售额分别增长8%、5%、3%。")
    assert [one(fs, v).indicator for v in (8, 5, 3)] == ["粮油食品类商品零售额", "饮料类商品零售额", "烟酒类商品零售额"]
    # a farm summary: one- and two-character livestock share the head after the last
    fs = facts_of("临水县2025年农业农村工作总结\n年末全县生猪、牛、羊存栏分别为30万头、2万头、5万只。")
    assert [one(fs, v).indicator for v in (30, 2, 5)] == ["生猪存栏", "牛存栏", "羊存栏"]


def test_items_of_a_breakdown_by_kind_are_measured_as_the_whole():
    # a statistical communiqué: the kinds after 其中 are measured as the whole before them
    fs = facts_of("临水县2025年统计公报\n全年粮食播种面积52万亩，其中水稻、玉米、大豆分别为20万亩、25万亩、7万亩。"
                  "全年粮食总产量45万吨，其中稻谷、小麦、玉米分别为20万吨、15万吨、10万吨。")
    assert [one(fs, v, "万亩").indicator for v in (20, 25, 7)] == ["水稻播种面积", "玉米播种面积", "大豆播种面积"]
    assert [one(fs, v, "万吨").indicator for v in (20, 15, 10)] == ["稻谷产量", "小麦产量", "玉米产量"]


def test_a_bracketed_change_after_a_measure_keeps_it():
    fs = facts_of("青山市2025年前三季度经济运行情况\n主要工业产品中，发电量（增长12.5%）、水泥（下降4.3%）。")
    assert one(fs, 12.5).indicator == "发电量"
    assert one(fs, 4.3).indicator == "水泥产量"


def test_people_after_a_sum_are_counted_in_their_own_name():
    # a project reserve note: the jobs brought are people, no part of the investment before them
    fs = facts_of("东岭市2025年重点项目储备情况\n全市储备项目总投资超千亿元，带动就业近万人。")
    assert "总投资" not in one(fs, 1, "万人").indicator
    assert "就业" in one(fs, 1, "万人").indicator
