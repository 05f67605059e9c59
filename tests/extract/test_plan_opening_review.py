"""A year's plan that opens by looking back on the year before it (2025年,全县坚持…): that paragraph reports, whatever
plan words it uses of its course (锚定…美好蓝图); and the years a record is set over (创近7年新高) are no time of the
figures after it.  Every text is invented for these tests."""
from __future__ import annotations

from factrun import facts_of, one

PLAN = ("岚溪县人民政府关于印发《岚溪县2026年国民经济和社会发展计划》的通知\n岚政发〔2026〕3号\n各乡镇人民政府,县政府各部门:\n"
        "《岚溪县2026年国民经济和社会发展计划》已经县十八届人大五次会议审议通过,现印发给你们,请认真组织实施。\n"
        "岚溪县人民政府\n2026年2月20日\n岚溪县2026年国民经济和社会发展计划\n"
        "2025年,全县坚持稳中求进工作总基调,锚定“三个建设”美好蓝图,推动经济运行总体平稳、稳中有进。全年地区生产总值增长5.8%、"
        "总量达320亿元,油料产量达12.6万吨、创近7年新高,规模工业增加值增长8.4%、高于全市1.2个百分点,社会消费品零售总额增长"
        "5.1%。\n2026年全县经济社会发展的主要预期目标是:地区生产总值增长6%左右,规模工业增加值增长7%。\n")


def test_the_plans_opening_review_reports():
    fs = facts_of(PLAN)
    assert [(one(fs, v).kind, one(fs, v).period) for v in (5.8, 320, 12.6)] == [("actual", "2025")] * 3
    assert (one(fs, 6).kind, one(fs, 6).period) == ("target", "2026")


def test_the_years_of_a_record_are_no_time_of_the_figures_after_it():
    fs = facts_of(PLAN)
    assert [one(fs, v).period for v in (8.4, 1.2, 5.1)] == ["2025"] * 3

