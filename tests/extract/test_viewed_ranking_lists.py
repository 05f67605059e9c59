"""A ranked list of places opened by the view its sentence takes (从完成投资看,排名前三位的分别为:甲县(12.3亿元)、…):
the view names what is measured, the band (排名前三位, 后三位的为) only which places are listed.  Each figure measures
the view's words as the whole reported before the list names them (全市120个重点项目完成投资86.5亿元 → 重点项目完成投资:
the largest such amount, not a part reported after it); a view written noun first (投资完成情况) is named verb
first (完成投资); a per cent under a view naming a rate that is no change (投资完成率, 开工率) is a share.  Every
document here is invented, with real places the gazetteer knows."""
from __future__ import annotations

from factrun import facts_of, one


def test_amounts_and_rates_under_a_view_and_a_band():
    text = ("岚溪市2025年1-6月重点项目建设情况通报\n"
            "1-6月,全市120个重点项目完成投资86.5亿元,其中30个新开工项目完成投资20.1亿元。\n"
            "从投资完成情况看,排名前三位的分别为:东湖区(12.3亿元)、西湖区(10.1亿元)、青山湖区(9.8亿元),后三位的分别为:"
            "新建区(2.1亿元)、安义县(2.5亿元)、进贤县(3.0亿元)。从投资完成率看,排名前三位的为东湖区(68.2%)、青山湖区(61.5%)、"
            "西湖区(58.3%)。\n")
    fs = facts_of(text)
    for value, place in ((12.3, "东湖区"), (9.8, "青山湖区"), (2.1, "新建区"), (3.0, "进贤县")):
        f = one(fs, value, "亿元")
        assert (f.subject, f.indicator, f.measure) == (place, "重点项目完成投资", "level")
    rate = one(fs, 61.5)
    assert (rate.subject, rate.measure, rate.indicator) == ("青山湖区", "share", "投资完成率")


def test_a_county_bulletin_with_another_band_and_view():
    text = ("桐庐县2024年前三季度项目推进情况\n"
            "前三季度,全县新开工项目86个。按开工率来看,居前三位的是:富春江镇(95.2%)、分水镇(90.1%)、江南镇(88.7%)。\n")
    fs = facts_of(text)
    f = one(fs, 90.1)
    assert (f.subject, f.measure, f.indicator) == ("分水镇", "share", "开工率")
