"""A count that merely enumerates the items listed right before it is no fact (SCHEMA: 两大新兴产业 followed by the
two names), also where the list does not open its clause: after an attribute that ends with 的 (增速快、贡献大的甲、乙、
丙3个行业: the attribute describes the items, its 、 joins no items of the list) and after the bracket that opens it
(设施(甲镇、乙镇2个焚烧厂)).  A count of more or fewer things than the items listed stays a figure.  Every sentence
here is invented for these tests."""
from factrun import facts_of


def _values(text):
    return sorted(f.value for f in facts_of(text))


def test_a_list_after_an_attribute_ending_with_de():
    assert _values("岚溪市2026年1-5月工业运行\n拉动力强、占比高的纺织、食品、建材、电子4个重点行业对全市工业增长"
                   "贡献率达60%。\n") == [60]
    assert _values("东坡县2025年项目建设\n列入省级计划的北环路、滨河路和南山隧道3项工程由县交通局负责实施,全年完成投资5.2亿元。\n") \
        == [5.2]


def test_a_list_opened_by_a_bracket():
    assert _values("青川省2025年民生工程\n体育中心、污水处理设施(甲县、乙县2个污水处理厂)等已建成投用,"
                   "全省民生支出占比78%。\n") == [78]


def test_a_count_of_other_things_than_the_items_named_stays():
    assert 3 in _values("丙镇2025年工作总结\n新开工的学校、卫生院3个,完成投资1.2亿元。\n")
    # the kinds named, then the things counted: 案件 before the count, no class after it
    assert 2 in _values("岚溪县2025年政务公开年报\n县司法局、县信访局受理的复议和诉讼案件共2件,均已审结。\n")
    # a bracket listing places with their own counts: the first count enumerates, the one after a counted item stays
    assert _values("丁市2025年环境设施\n处理设施(甲县、乙县2个焚烧厂、丙县4个转运站)已建成,垃圾处理率达95%。\n") \
        == [4, 95]
