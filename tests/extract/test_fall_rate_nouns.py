"""减幅 and 降幅 are the rate of a fall, as 增幅 is the rate of a rise (sentences invented): 同比减幅31.0% is a growth
(its direction unsigned, as for 同比下降31.0%), and after a class and its count it measures what the class counts,
with no verb or rate noun left in the name: 公共服务类122件,同比减幅31.0% → 公共服务类."""
from factrun import facts_of, one


def test_a_fall_rate_after_a_class_count_is_the_class_s_growth():
    fs = facts_of("岚溪县2025年3月12345热线运行情况通报\n本月热线共受理诉求1500件。其中城市管理类140件,同比增幅14.4%。"
                  "公共服务类122件,占8.1%,同比减幅31.0%。环境保护类96件,同比降幅12.5%。\n")
    f = one(fs, 31.0)
    assert (f.measure, f.indicator) == ("growth", "公共服务类")
    f = one(fs, 12.5)
    assert (f.measure, f.indicator) == ("growth", "环境保护类")
    f = one(fs, 14.4)
    assert (f.measure, f.indicator) == ("growth", "城市管理类")  # (as before)


def test_a_fall_rate_after_a_named_amount():
    fs = facts_of("青川市2024年国民经济和社会发展统计公报\n全年规模以上工业企业利润总额86.2亿元,减幅4.3%。\n")
    f = one(fs, 4.3)
    assert (f.measure, f.indicator) == ("growth", "规模以上工业企业利润总额")
