"""The words of how a body holds its place in a ranking (保持, 继续, 连续三年雄踞, 有望, 排位保持), written between what is
ranked and the rank, are no part of what is ranked (sentences invented): 总量继续位居全省前十 ranks the 总量 of the amount
the sentence stated; 排位保持全市第二 with nothing else before it ranks the measure just stated."""
from factrun import facts_of, one


def test_a_held_rank_ranks_the_measure_stated_before_it():
    fs = facts_of("岚溪县2025年经济运行情况\n全县实现地区生产总值180.5亿元、增长7.2%,连续四年雄踞全市第一。\n"
                  "社会消费品零售总额增长9.1%,排位保持全市第二。\n")
    assert one(fs, 1).indicator == "地区生产总值全市排名"
    assert one(fs, 2).indicator == "社会消费品零售总额全市排名"


def test_an_adverb_of_holding_or_hoping_before_the_rank_goes():
    fs = facts_of("青川市2024年国民经济和社会发展统计公报\n全市地区生产总值2260亿元,经济总量继续位居全省前十。\n")
    assert one(fs, 10).indicator == "经济总量全省排名"
    fs = facts_of("岚溪县2025年工作计划\n全县规上工业增加值42亿元,总量有望上升至全市第3位。\n")
    assert one(fs, 3).indicator == "规上工业增加值总量全市排名"
    fs = facts_of("东坡县2025年营商环境评价情况\n全县营商环境评价得分92.6分,仍然保持全市第一。\n")
    assert one(fs, 1).indicator == "营商环境评价得分全市排名"


def test_a_rank_without_such_words_is_read_as_before():
    fs = facts_of("岚溪县2025年经济运行情况\n全县实现地区生产总值180.5亿元、增长7.2%,居全市第一。\n")
    assert one(fs, 1).indicator == "地区生产总值全市排名"
