"""A page that lost its line breaks runs a report's part heading into the text around it (…工作报告一、2025年工作回顾
2025年是…的一年 / …提出意见。 2025年工作回顾 回首这一年,…): the cleaner puts its line breaks back in the view, so
the heading frames its part as it does on a page that kept its lines: the review's figures are of the year it names,
not of the report's (sentences, places and figures invented for these tests)."""
from __future__ import annotations

from factrun import facts_of, one

from taizhang.extract.cleaner import run_in_heading_breaks


def test_a_labelled_heading_run_into_the_title_and_the_text():
    fs = facts_of("青禾镇2026年工作报告一、2025年工作回顾2025年是爬坡过坎的一年。这一年,全镇工业稳步发展。"
                  "规上工业产值48亿元,同比增长3.2%;外贸出口额9亿元,同比增长5%。固定资产投资完成6.4亿元,新建村道12公里。")
    for v in (48, 3.2, 9, 5, 6.4, 12):
        f = one(fs, v)
        assert (f.kind, f.period) == ("actual", "2025"), (v, f.kind, f.period)


def test_a_heading_set_apart_by_blanks_on_a_flattened_page():
    fs = facts_of("岚溪县2026年工作报告 2026年1月8日在岚溪县五届人大二次会议上 各位代表: 受县人民政府委托,"
                  "向大会作报告。 2025年工作回顾 一年来,面对多重挑战,我们团结奋进,"
                  "全县大局稳定。 ——经济总体平稳。地区生产总值预计41亿元、增长5.1%;固定资产投资17.3亿元;"
                  "引进项目38个,到位资金4.4亿元,新增就业2100人。")
    for v in (41, 5.1, 17.3, 38, 4.4, 2100):
        assert one(fs, v).period == "2025", v


def test_breaks_only_where_a_heading_runs_in():
    text = "甲县2026年工作报告一、2025年工作回顾2025年是不平凡的一年。"
    got = run_in_heading_breaks(text)
    assert [(e.start, e.end, e.repl) for e in got] == [(text.index("一、"),) * 2 + ("\n",),
                                                       (text.index("2025年是"),) * 2 + ("\n",)]
    blanks = "作报告。 2025年工作回顾 一年来,全县…"
    got = run_in_heading_breaks(blanks)
    assert [blanks[e.start:e.end] for e in got] == [" ", " "]


def test_no_break_for_a_heading_on_its_line_or_a_part_named_in_a_sentence():
    assert run_in_heading_breaks("各位代表:\n一、2025年工作回顾\n2025年是不平凡的一年。") == []
    assert run_in_heading_breaks("会议听取了乙镇2025年工作总结和2026年工作计划,审议通过了决议。") == []
    assert run_in_heading_breaks("报告部署了2026年目标任务和若干举措。") == []


def test_a_review_joined_with_the_plan_span_run_into_the_text():
    # a report given as a five-year plan closes names its first part by the last year and the plan's span together
    fs = facts_of("柳川市2021年政府工作报告 2021年2月5日在柳川市第七届人民代表大会第四次会议上 各位代表: 下面,由我"
                  "代表政府作报告。 一、2020年工作和“十三五”时期回顾 2020年是极为不易的一年。全年地区生产"
                  "总值增长3.6%,财政总收入增长2.3%,出口增长15.2%。 二、2021年工作安排 今年柳川的预期目标是:经济"
                  "总量增长7.5%左右。")
    for v in (3.6, 2.3, 15.2):
        f = one(fs, v)
        assert (f.kind, f.period) == ("actual", "2020"), (v, f.kind, f.period)
    f = one(fs, 7.5)
    assert (f.kind, f.period) == ("target", "2021")
    text = "由我代表政府作报告。 一、2025年和“十四五”时期工作回顾 2025年是不平凡的一年。"
    got = run_in_heading_breaks(text)
    assert [(e.start, e.repl) for e in got] == [(text.index(" 一、"), "\n"), (text.index(" 2025年是"), "\n")]
