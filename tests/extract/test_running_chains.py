"""Running chains of one measure: an amount, how much of its plan was done, its growth and the growth's rank, written one
slot after another (county speeches, city notices, district bulletins); every slot is the head's."""
from __future__ import annotations

from factrun import facts_of, one


def test_speech_chain_joined_by_dunhao_names_every_slot_after_its_head():
    fs = facts_of("在全县2024年上半年经济运行调度会上的讲话\n"
                  "1—6月，全县社会消费品零售总额36.5亿元、完成率101%、增长8.4%，增速居全市第4位、比一季度上升3位；"
                  "规上工业增加值增长9.1%、居全市第2位。\n")
    rate = one(fs, 101)
    assert rate.measure == "share" and rate.indicator == "社会消费品零售总额完成率"
    growth = one(fs, 8.4)
    assert growth.measure == "growth" and growth.indicator == "社会消费品零售总额"
    rank = one(fs, 4)
    assert rank.measure == "rank" and rank.indicator.startswith("社会消费品零售总额增速")
    assert one(fs, 9.1).indicator == "规上工业增加值"


def test_notice_growth_after_the_share_of_the_year_target_is_the_amounts():
    fs = facts_of("2023年1-9月全市招商引资工作情况通报\n"
                  "1-9月份，全市引进市外项目到位资金186.4亿元，完成年度目标任务260亿元的71.7%，同比增长6.3%。"
                  "新开工工业项目54个，完成年度目标任务80个的67.5%，同比增长12.5%。\n")
    assert one(fs, 6.3).indicator == "引进市外项目到位资金"
    assert one(fs, 12.5).indicator == "新开工工业项目"
    assert one(fs, 186.4).indicator == "引进市外项目到位资金"


def test_bulletin_rank_of_the_growth_after_a_done_share_ranks_the_head():
    fs = facts_of("2022年1-5月全区主要经济指标完成情况\n"
                  "1-5月，全区工业投资18.2亿元，完成年度任务的41.5%，增长15.6%，增速居全市第2位。\n")
    assert one(fs, 15.6).indicator == "工业投资"
    assert one(fs, 2).indicator == "工业投资增速全市排名"


def test_completion_rate_of_a_growth_target_is_a_share():
    fs = facts_of("2024年上半年全县经济运行情况\n上半年，全县地方一般公共预算收入4.6亿元、增速完成率100%、居全市第3位。\n")
    done = one(fs, 100)
    assert done.measure == "share"
    assert done.indicator == "地方一般公共预算收入增速完成率"


def test_progress_heading_over_the_year_targets_reports():
    fs = facts_of("2023年1-6月全市招商引资工作情况通报\n一、目标任务进展情况\n（一）引进市外项目资金\n"
                  "1-6月份，全市引进市外项目资金92.3亿元，完成年度目标任务200亿元的46.2%，同比增长5.5%。\n")
    assert {f.kind for f in fs} == {"actual"}
    assert one(fs, 5.5).indicator == "引进市外项目资金"


def test_a_share_standing_alone_and_a_change_of_a_rate_keep_their_names():
    fs = facts_of("2023年全县国民经济和社会发展统计公报\n年末全县常住人口城镇化率为58.2%，比上年提高1.1个百分点。"
                  "高新技术产业增加值占规上工业增加值比重为41.5%，增长2.3%。\n")
    assert one(fs, 1.1).indicator.startswith("常住人口城镇化率")
    # (no amount heads the chain: the share keeps the name it has)
    assert one(fs, 2.3).indicator == "高新技术产业增加值占规上工业增加值比重"


def test_counts_of_indicators_standing_in_a_ranking_are_facts_the_set_compared_is_not():
    fs = facts_of("2024年1-9月全县经济运行情况\n1-9月，全县4项指标增速排名全市前三、3项指标增速位居全市第一。"
                  "在12项考核指标中，有8项增速高于全市平均水平。\n")
    assert one(fs, 4, "项").measure == "count"
    three = one(fs, 3, "项")  # (no size of a group ranked in: the indicators that stand first)
    assert three.measure == "count" and three.indicator.startswith("指标增速")
    assert not [f for f in fs if f.value == 12]  # the set the 8 are taken of
    assert one(fs, 8, "项").measure == "count"
    first = one(fs, 1)
    assert first.measure == "rank" and first.indicator == "指标增速全市排名"
