"""A round magnitude written with no digit after a bound (破, 突破, 超过, 逾, 跨过…大关) is the level passed, whatever
it measures: 规模破万亿 (10000 亿: the character is the value, as 百 of 突破百亿元大关 is 100 亿元; 元 is added only where an amount of money is
named, as the seeds' gold and the tests of round magnitudes read it), 总投资逾千亿的板块
(a relative clause of the one thing it describes), 跨过万亿元大关 (10000 亿元, as 百 and 千 亿元大关 give), 率先破亿
(亿 alone after a bound: 1 亿).  A bound that names a class counted (超亿元项目5个, 2个产值超千亿的产业集群, 一批…过亿元的
单品), a magnitude inside a programme's quoted name (“兴百业超万亿”行动) and a magnitude with no bound (亿万群众) stay none.  Every sentence here is invented for these tests."""
from factrun import facts_of, one


def _passed(fs, value, unit):
    return [f for f in fs if f.value == value and f.unit == unit and f.comparator == ">"]


def test_a_magnitude_passed_with_no_money_named_keeps_the_magnitude_as_its_unit():
    fs = facts_of("岚溪省2026年政府工作报告\n今年将推动全省数字经济规模破万亿,平台企业营收增长8%。\n")
    f = one(fs, 10000, "亿")
    assert (f.comparator, f.measure) == (">", "level") and "数字经济规模" in f.indicator
    fs = facts_of("东坡市2025年文旅发展情况\n全年全市短视频播放量突破亿,接待游客1200万人次。\n")
    assert _passed(fs, 1, "亿")


def test_yi_alone_after_a_bound_is_one_yi():
    fs = facts_of("青川省2025年能源发展\n全省新能源装机率先破亿、达到1.2亿千瓦。\n")
    assert _passed(fs, 1, "亿") and one(fs, 1.2).unit == "亿千瓦"
    fs = facts_of("甲县2025年旅游工作总结\n全县旅游收入超亿元,同比增长6.5%。\n")
    assert _passed(fs, 1, "亿元")


def test_a_magnitude_passed_before_de_describes_the_one_thing_named_after_it():
    fs = facts_of("乙市2025年重大项目推进情况\n交通板块作为年度总投资逾千亿的板块,整体推进有序。\n")
    assert _passed(fs, 1000, "亿元")


def test_a_wan_yi_milestone_is_ten_thousand_yi():
    fs = facts_of("丙省2025年经济运行\n全省工业增加值跨过万亿元大关,增长5.6%。\n")
    f = one(fs, 10000)
    assert (f.unit, f.comparator) == ("亿元", ">") and f.indicator == "工业增加值"


def test_a_bound_naming_a_class_and_a_magnitude_with_no_bound_stay_none():
    fs = facts_of("丁市2025年招商工作\n签约超亿元项目5个,培育2个产值超千亿的产业集群,亿万群众受益。\n")
    assert not [f for f in fs if f.value in (1, 1000)]


def test_a_batch_of_a_class_and_a_quoted_programme_stay_none():
    fs = facts_of("戊省2026年政府工作报告\n培育一批营业收入过亿元的特色单品,打造一批超百亿、超千亿产业链,"
                  "实施文旅“兴百业超万亿”行动,全省旅游收入突破万亿元。\n")
    assert [(f.value, f.unit) for f in fs] == [(10000, "亿元")]
