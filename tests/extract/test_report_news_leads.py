"""News of a work report: a photo's caption a web page ran into the paragraph after it (…开幕。记者 某某 摄记者从报告中
了解到,2025年,…) and the reporter's lead-in (记者从报告中获悉,) are no words of the paragraph; the year it then opens with
is the year the report looks back on, for the paragraph's later sentences and the paragraphs after it.  Every text is
invented for these tests."""
from __future__ import annotations

from factrun import facts_of, one

SESSION = ("甲市政府工作报告:今年预期目标增长5%左右\n发布时间:2026-01-15\n"
           "甲市第九届人民代表大会第三次会议14日开幕,市长作政府工作报告时透露,2025年甲市地区生产总值预计增长5.1%左右;"
           "2026年预期目标增长5%左右。\n")


def test_a_credit_run_into_the_paragraph_ends_the_caption():
    fs = facts_of(SESSION + "1月14日,甲市第九届人民代表大会第三次会议在市会堂开幕。记者 王某某 摄记者从报告中了解到,2025年,"
                  "甲市扎实推进改革。市属国企利润增长8%,新设外资企业56家。\n在港口建设方面,集装箱航线47条、吞吐量329万标准箱。\n"
                  "市长表示,2026年,将培育外贸新动能,目标是外贸进出口增长3%。")
    assert [(one(fs, v).kind, one(fs, v).period) for v in (8, 56, 47, 329)] == [("actual", "2025")] * 4
    assert (one(fs, 3).kind, one(fs, 3).period) == ("target", "2026")


def test_a_caption_opening_with_what_the_photo_shows():
    fs = facts_of("岚溪县两会速递\n发布时间:2026-01-20\n岚溪县第五届人民代表大会第三次会议19日开幕,县长作政府工作报告。\n"
                  "图为会议现场。李某某 摄记者从报告中获悉,2025年,全县经济稳中有进。全县新增市场主体3200户。"
                  "城镇新增就业4100人。\n今年,全县将加快转型,地区生产总值增长6%左右。")
    assert [(one(fs, v).kind, one(fs, v).period) for v in (3200, 4100)] == [("actual", "2025")] * 2
    assert one(fs, 6).period == "2026"
