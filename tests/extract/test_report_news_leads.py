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


# The year a work report is given in: the year it plans, after the one it reviews, though that one is cited most.

def test_a_text_naming_its_present_by_number_speaks_from_it():
    fs = facts_of("乙市十届人大三次会议今日上午开幕\n乙市十届人大三次会议今日(20日)上午开幕。乙市市长作市政府工作报告时表示,"
                  "今年(2026年)乙市发展面临的有利条件强于不利因素,预期地区生产总值增长5%。\n"
                  "市长指,今年经济社会发展的主要预期目标是:地区生产总值增长5.5%;固定资产投资增长4%,城镇新增就业12万人以上。")
    assert [one(fs, v).period for v in (5, 5.5, 4, 12)] == ["2026"] * 4


def test_a_report_plans_the_year_after_the_one_it_cites_most():
    fs = facts_of("1月20日上午,岚溪县第五届人民代表大会第三次会议开幕,县长作政府工作报告。\n"
                  "2025年,全县地区生产总值增长6.1%,规上工业增加值增长6.9%。县长说,过去一年全县新增城镇就业1.2万人。\n"
                  "2026年,全县将坚持稳中求进,地区生产总值增长6.5%左右。今年将新建学校3所。\n"
                  "报告指出,2025年全县固定资产投资增长5.3%。去年,全县社会消费品零售总额增长4.4%。")
    assert [one(fs, v).period for v in (6.1, 1.2, 5.3, 4.4)] == ["2025"] * 4
    assert (one(fs, 3).kind, one(fs, 3).period) == ("target", "2026")


def test_this_years_work_named_before_the_planned_years_number():
    fs = facts_of("根据市政府发布的消息,2025年,丙市地区生产总值增长5.8%。\n1月12日,丙市召开第六届人民代表大会第三次会议,"
                  "市长作政府工作报告。会议提到,2025年,丙市工业投资增长7%以上,城镇新增就业7.5万人。\n"
                  "会议提到,预计丙市去年新增社会融资规模510亿元。\n对于今年政府工作要求,会议强调,2026年丙市地区生产总值增长6%,"
                  "城乡居民收入增长7.5%左右,城镇新增就业6万人以上,调查失业率控制在5.5%以内,粮食产量稳定在百万吨以上。")
    assert one(fs, 510).period == "2025"
    assert [one(fs, v, u).period for v, u in ((6, "万人"), (7.5, "%"), (5.5, "%"))] == ["2026"] * 3


def test_a_wire_of_the_congress_session_is_dated_after_the_year_its_report_reviews():
    fs = facts_of("某新闻网岚州1月20日电 (记者 张某)20日,岚州第九届人民代表大会第四次会议在岚州会议中心开幕。岚州州长某某作政府"
                  "工作报告时表示,“十四五”时期,岚州经济运行稳中有进。\n记者从报告中获悉,2025年岚州地区生产总值增长5.1%,"
                  "全体居民人均可支配收入增长5.6%。\n去年,岚州一般公共预算支出216.4亿元,撬动金融资金超50亿元。\n"
                  "从三大产业看,农牧业增加值增长5.5%;粮食总产量19.3万吨。\n")
    assert [(one(fs, v).kind, one(fs, v).period) for v in (5.1, 216.4, 50, 19.3)] == [("actual", "2025")] * 4


def test_a_wire_of_the_session_that_plans_the_year_it_names_keeps_it():
    fs = facts_of("某新闻网岚州1月20日电 20日,岚州第九届人民代表大会第四次会议开幕。岚州州长某某作政府工作报告。\n"
                  "报告提出,2025年,岚州将坚持稳中求进,地区生产总值增长6%左右,城镇新增就业3万人。\n")
    assert [(one(fs, v).kind, one(fs, v).period) for v in (6, 3)] == [("target", "2025")] * 2
