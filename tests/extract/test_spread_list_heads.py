"""分别 lists whose heads are written in other ways than A、B、C before the values (all texts invented):
ordinals each with its 第 sharing the noun after the last (第二、第三产业投资: structures.join_single_parts, and no rank
read from 全县第二、), heads set apart by commas (纺织,化工,电子增加值: facts._comma_items_before), a second list over
the items of a first that named what each did (分别完成投资a、b,同比分别增长x、y: facts._item_measured), a list of
works whose 分别 makes them no actor (scope._SPREADS_OVER), and a 分别 over amounts each written after its count
(facts._spread_values_before)."""
from __future__ import annotations

from factrun import facts_of


def _facts(text):
    return {f.value: f for f in facts_of(text)}


def test_ordinals_each_with_their_di_share_the_noun():
    text = ("岚溪县2025年1-6月经济运行简况\n\n"
            "1-6月，全县固定资产投资增长6.2%，第二、第三产业投资分别增长8.1%和9.2%。"
            "第一、第二、第三产业增加值占比分别为12.5%、40.1%、47.4%。\n")
    fs = facts_of(text)
    assert not [f for f in fs if f.measure == "rank"]
    got = {f.value: f.indicator for f in fs}
    assert got[8.1] == "第二产业投资" and got[9.2] == "第三产业投资"
    assert got[12.5].startswith("第一产业") and got[40.1].startswith("第二产业")


def test_ranks_of_a_coordination_stay_ranks():
    text = ("岚山市2025年营商环境评价通报\n\n"
            "在全省评价中，我市政务服务和市场监管指标分别位居全省第一、第二名。\n")
    ranks = sorted(f.value for f in facts_of(text) if f.measure == "rank")
    assert ranks == [1, 2]


def test_a_second_list_grows_what_the_first_did():
    text = ("岚山市2025年固定资产投资情况\n\n"
            "全年全市固定资产投资增长5.1%。分产业看，第一、二、三产业分别完成投资12.5亿元、88.6亿元和70.2亿元，"
            "同比分别增长3.1%、9.5%和7.7%。\n")
    got = _facts(text)
    for v, part in ((3.1, "第一产业"), (9.5, "第二产业"), (7.7, "第三产业")):
        assert got[v].indicator.startswith(part) and "投资" in got[v].indicator, (v, got[v].indicator)


def test_heads_set_apart_by_commas():
    text = ("东坡区2025年前三季度工业经济运行分析\n\n"
            "前三季度，全区规模以上工业增加值增长6.8%。从行业看，纺织,化工,电子增加值分别增长5.2%、6.3%、7.4%。"
            "城镇，农村居民人均可支配收入分别为41250元、20310元。\n")
    got = _facts(text)
    assert [got[v].indicator for v in (5.2, 6.3, 7.4)] == ["纺织增加值", "化工增加值", "电子增加值"]
    assert got[41250].indicator == "城镇居民人均可支配收入"
    assert got[20310].indicator == "农村居民人均可支配收入"


def test_a_list_of_works_spread_over_is_no_actor():
    text = ("岚溪县2025年重点项目推进情况\n\n"
            "1-9月，全县重点项目完成投资46亿元。其中，青龙大桥、滨江路及城南污水厂项目分别完成投资1.2亿元、2.3亿元和3.4亿元。\n")
    got = _facts(text)
    assert got[1.2].subject == "岚溪县"
    assert got[1.2].indicator.startswith("青龙大桥") and got[3.4].indicator.startswith("城南污水厂")


def test_spread_over_amounts_written_after_their_counts():
    text = ("岚山市2025年1-11月重点项目建设情况\n\n"
            "1-11月，全市重点项目完成投资320亿元。按行业划分，6个农业项目完成投资9.3亿元，54个产业项目完成投资126.1亿元，"
            "26个民生项目完成投资37亿元，分别占计划的102.4%、80.8%、99.6%。\n")
    got = _facts(text)
    assert got[102.4].indicator.startswith("农业项目")
    assert got[80.8].indicator.startswith("产业项目")
    assert got[99.6].indicator.startswith("民生项目")


def test_sectors_whose_names_hold_he_share_the_investment_head():
    text = ("岚山市2025年固定资产投资情况\n\n"
            "全年全市固定资产投资增长5.1%。交通运输仓储和邮政业、金融业、文化和体育业投资分别增长12.6%、8.3%、5.2%。"
            "居民服务业、教育、餐饮业投资分别增长6.1%、7.2%、3.3%。其中，医药、食品和烟草等行业增加值分别增长7.5%、6.4%、3.1%。\n")
    got = {f.value: f.indicator for f in facts_of(text)}
    assert got[12.6] == "交通运输仓储和邮政业投资"
    assert got[8.3] == "金融业投资"
    assert got[6.1] == "居民服务业投资" and got[7.2] == "教育投资"
    assert got[7.5] != got[6.4]  # 食品和烟草等行业: a class of sectors, its 和 still lists
