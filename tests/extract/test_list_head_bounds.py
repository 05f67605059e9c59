"""A list of places or bodies with their figures after a head that selects them by how high or low their figure is
(处理率偏低的是…, 工单量较大的有:…, 增速最高的是…; sentences invented): each figure is its place's, and what is
measured is the head's measure before the selecting word, not the place's name."""
from factrun import facts_of, one


def test_places_selected_as_lowest_take_the_head_s_rate():
    fs = facts_of("岚溪县2025年河长制工作通报\n三、问题处理情况\n处理率偏低的是东山街道(86.3%)、西山街道(84.6%)、南岭乡(67.7%)。\n")
    for v, place in ((86.3, "东山街道"), (84.6, "西山街道"), (67.7, "南岭乡")):
        f = one(fs, v)
        assert (f.indicator, f.subject) == ("处理率", place)


def test_bodies_selected_as_largest_take_the_head_s_count():
    fs = facts_of("青川市2025年5月政务服务热线运行情况\n工单量较大的有:市住建局248件、市城管局216件、市公安局204件。\n")
    for v, body in ((248, "市住建局"), (216, "市城管局"), (204, "市公安局")):
        f = one(fs, v)
        assert (f.indicator, f.subject) == ("工单量", body)
    fs = facts_of("岚溪县2025年1-6月经济运行简析\n规上工业增加值增速最高的是东山镇(15.2%)、西山镇(12.8%)。\n")
    assert one(fs, 15.2).indicator.startswith("规上工业增加值")
    assert one(fs, 12.8).subject == "西山镇"
