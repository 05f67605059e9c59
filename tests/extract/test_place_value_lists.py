"""A head names the measure once and a list gives places with their figures (各县资金到位率：甲县92%、乙县90%; 排名前三的是
甲区（96.2%）…; 其中，甲市120个、乙市86个; 分市看，甲市增长8.1%…): every figure measures what the head names (or, where the
head names nothing, what the whole before the list measures) and is its place's (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_colon_head_over_a_set_names_the_rate_of_every_place():
    fs = facts_of("青山市农村公路建设进度通报\n截至6月底，全市农村公路项目共215处。各县（市、区）开工率：东川县 100%、"
                  "西岭县 92%、南湖区 85%。\n")
    for v, place in ((100, "东川县"), (92, "西岭县"), (85, "南湖区")):
        assert (one(fs, v).subject, one(fs, v).indicator) == (place, "开工率")


def test_a_ranked_head_with_bracketed_figures_names_the_rate_before_its_ranking():
    fs = facts_of("青山市民生实事推进情况\n截至9月底，各县区资金拨付率排名前三的是东川县（96.2%）、西岭县（94.0%）和南湖区"
                  "（91.3%）。\n")
    for v, place in ((96.2, "东川县"), (94.0, "西岭县"), (91.3, "南湖区")):
        assert (one(fs, v).subject, one(fs, v).indicator) == (place, "资金拨付率")


def test_a_bounded_head_lists_places_and_the_governments_own_level():
    fs = facts_of("青山市财政资金支付进度\n截至8月底，全市专项资金支付率为62.5%。支付率低于全市平均进度的有：高新区41.8%，"
                  "市本级51.4%，东川县60.2%。\n")
    # (市本级, the city government's own level listed beside its places, is the city itself: s31)
    for v, place in ((41.8, "高新区"), (51.4, "青山市"), (60.2, "东川县")):
        assert (one(fs, v).subject, one(fs, v).indicator) == (place, "专项资金支付率")  # (the rate the whole names)
    # a part named with the whole's scope (…全市61.0亿元) after a colon is no place of a list
    fs = facts_of("青山市直达资金执行情况\n截至8月底，全市直达资金总额75.2亿元。其中：中央安排直达资金全市61.0亿元，地方安排"
                  "直达资金14.2亿元。\n")
    assert one(fs, 61.0).subject == "青山市"
    assert "中央安排直达资金" in one(fs, 61.0).indicator


def test_a_bare_rate_in_the_head_is_the_rate_the_whole_names_and_holds_when_the_whole_holds():
    fs = facts_of("青山省农村改厕进展\n截至8月20日，全省共完成农村改厕任务41万户，改厕任务完成率为48.4%。各市州完成率分别为："
                  "东川市76.4%、西岭市28.9%、南湖市58.8%。\n")
    whole = one(fs, 48.4)
    for v in (76.4, 28.9, 58.8):
        assert one(fs, v).indicator == whole.indicator == "改厕任务完成率"
        assert one(fs, v).period == whole.period


def test_places_after_qizhong_part_the_count_of_the_paragraph_before():
    fs = facts_of("青山省一季度项目集中开工\n\n今年一季度，青山省共有860个新建项目集中开工，总投资3200亿元。\n\n这些项目涵盖产业、"
                  "基础设施和民生等领域，年度计划投资900亿元。其中，东川市200个、西岭市186个、省直23个。\n")
    assert one(fs, 860).indicator.endswith("新建项目")
    for v, place in ((200, "东川市"), (186, "西岭市"), (23, "省直")):
        assert one(fs, v).subject == place and one(fs, v).indicator == one(fs, 860).indicator


def test_growths_listed_by_place_after_an_opener_measure_the_whole_before_them():
    fs = facts_of("青山省1-5月经济运行情况\n1-5月，全省固定资产投资同比增长6.5%。分市看，东川市增长8.1%，西岭市增长7.5%，"
                  "南湖市下降2.2%。\n")
    for v, place in ((8.1, "东川市"), (7.5, "西岭市"), (2.2, "南湖市")):
        assert (one(fs, v).subject, one(fs, v).indicator) == (place, "固定资产投资")
        assert one(fs, v).measure == "growth"


def test_a_list_of_places_in_traditional_script_names_them_in_simplified_script():
    fs = facts_of("青山市財政資金支付進度\n截至8月底，全市專項資金支付率為62.5%。各縣區支付率：東川縣71.8%、西嶺縣66.7%。\n")
    assert (one(fs, 71.8).subject, one(fs, 71.8).indicator) == ("东川县", "專項資金支付率")  # (the indicator as written)
    assert one(fs, 66.7).subject == "西岭县"


def test_the_first_item_names_what_the_later_places_of_the_list_count():
    fs = facts_of("河北省重大项目集中开工\n本次集中开工的新项目共620个，总投资超过2100亿元。\n从地区分布看，石家庄新开工项目167个，"
                  "唐山156个，保定43个，青湾示范区25个。\n")
    for v, place in ((156, "唐山"), (43, "保定"), (25, "青湾示范区")):
        assert one(fs, v).indicator == one(fs, 167).indicator == "新开工项目"
        assert one(fs, v).subject.startswith(place)
