"""Values, units and page furniture in ways of writing met in unseen documents (sentences written for these tests)."""
from __future__ import annotations

import pytest
from factrun import facts_of, one

from taizhang.extract.cleaner import NOISE_REASONS, clean
from taizhang.extract.pipeline import extract_text


def test_a_change_of_a_rate_per_mille_is_in_thousandth_points():
    fs = facts_of("岚溪县2023年国民经济和社会发展统计公报\n全县人口死亡率5.1‰,比上年下降0.2个千分点;"
                  "人口出生率2.3‰,比上年提高1.1千分点。\n")
    assert sorted((f.value, f.unit, f.measure) for f in fs) == [
        (0.2, "个千分点", "delta"), (1.1, "千分点", "delta"), (2.3, "‰", "share"), (5.1, "‰", "share")]
    assert "死亡率" in one(fs, 0.2).indicator
    assert "出生率" in one(fs, 1.1).indicator


def test_a_count_in_chinese_numerals_after_a_hedge_is_a_figure():
    fs = facts_of("岚溪县召开人民代表大会\n2024年1月9日,县人大会议开幕,近三百名代表参会,超五十家企业参展,"
                  "逾二十个单位列席。\n")
    assert sorted((f.value, f.unit, f.comparator) for f in fs) == [(20, "个", ">"), (50, "家", ">"), (300, "名", "~")]
    assert "代表" in one(fs, 300).indicator


def test_a_hedge_word_alone_makes_no_figure_of_a_duration_or_a_neighbourhood():
    fs = facts_of("岚溪县召开人民代表大会\n最近三个月,附近两个村的群众,近两个多月以来的意见。\n")
    assert [f.value for f in fs] == []


def test_the_top_three_written_as_jia_is_a_rank_in_either_script():
    for text in ("岚溪县经济运行情况\n2023年,全县地区生产总值增速居全市前三甲,综合考核位列全省第一方阵。\n",
                 "嵐溪縣經濟運行情況\n2023年,全縣地區生產總值增速居全市前三甲,綜合考核位列全省第一方陣。\n"):
        fs = facts_of(text)
        top = one(fs, 3)
        assert (top.measure, top.comparator) == ("rank", "<=")
        assert one(fs, 1).measure == "rank"


def _noise_texts(raw: str, fmt: str = "txt") -> list[str]:
    return [raw[e.start:e.end] for e in clean(raw, fmt) if e.reason in NOISE_REASONS]


def test_a_page_counter_inside_a_dateline_is_furniture():
    raw = "岚溪县重点项目督查通报\n来源：岚溪县发改局 发布时间：2024-03-05 浏览次数：1234次\n2024年,全县新开工项目12个。\n"
    assert "浏览次数：1234次" in _noise_texts(raw)
    fs = facts_of(raw)
    assert [f.value for f in fs] == [12]
    raw2 = "岚溪县重点项目督查通报\n发布时间：2024-03-05 阅读：87 点击：56次\n2024年,全县新开工项目12个。\n"
    assert [f.value for f in facts_of(raw2)] == [12]


def test_links_to_columns_with_their_article_counts_are_furniture():
    raw = ("岚溪县重点项目督查通报\n2024年,全县新开工项目12个。\n督查通报（3篇）\n工作动态12篇\n政策文件 【5篇】\n")
    noise = _noise_texts(raw)
    assert {"督查通报（3篇）", "工作动态12篇", "政策文件 【5篇】"} <= set(noise)
    assert [f.value for f in facts_of(raw)] == [12]
    html = ("<html><body><div><a href='/a'>重点项目督查通报3篇</a></div>"
            "<h1>岚溪县重点项目督查通报</h1><p>2024年,全县新开工项目12个。</p></body></html>")
    ex = extract_text(html, "t.html")
    assert [f.value for f in ex.facts] == [12]


def test_articles_written_or_issued_are_a_figure_not_furniture():
    fs = facts_of("岚溪县督查工作总结\n2024年,全县督查工作成效明显:\n印发督查通报3篇\n编发工作简报12篇\n")
    assert sorted(f.value for f in fs) == [3, 12]


def test_links_to_the_previous_and_next_article_are_furniture_with_or_without_a_colon():
    raw = ("岚溪县重点项目督查通报\n2024年,全县新开工项目12个。\n上一篇 岚溪县一季度新开工项目38个\n"
           "下一篇：岚溪县签约项目15个\n上一条:全县完成投资50亿元\n")
    assert [f.value for f in facts_of(raw)] == [12]


def test_counts_in_compound_units_and_issues_held():
    fs = facts_of("岚溪县融媒体中心2024年工作总结\n2024年,中心承办直播2期3件次,开展培训5批次,采购设备12台套。"
                  "县城二期工程完工。\n")
    assert sorted((f.value, f.unit, f.measure) for f in fs) == [
        (2, "期", "count"), (3, "件次", "count"), (5, "批次", "count"), (12, "台套", "count")]


def test_a_negative_growth_is_written_without_its_sign():
    fs = facts_of("东坡县2023年国民经济和社会发展统计公报\n全年牧业产值5.2亿元,增长-2.1%;渔业产值1.1亿元,下降3.4%。\n")
    neg = one(fs, 2.1)  # SCHEMA: the value as written, no sign; the sign makes it a growth
    assert (neg.unit, neg.measure) == ("%", "growth")
    assert one(fs, 3.4).measure == "growth"


def test_a_bare_yi_after_an_amount_of_money_is_an_amount_in_the_unit_as_written():
    fs = facts_of("青川市经济总量突破3250亿\n2023年,全市地区生产总值突破3250亿,增长6.1%。全市常住人口1.2亿。\n")
    assert [(f.value, f.unit, f.measure) for f in fs if f.value == 3250] == [(3250, "亿", "level")] * 2
    assert one(fs, 1.2).unit == "亿"  # people, not money


def test_votes_are_counted_and_are_what_the_meeting_did():
    fs = facts_of("东坡县第十八届人民代表大会第三次会议\n三、关于十四五规划主要目标\n大会以赞成598票、反对2票、弃权3票,"
                  "占99.3%,通过了东坡县十四五规划纲要。\n")
    assert sorted((f.value, f.unit) for f in fs) == [(2, "票"), (3, "票"), (99.3, "%"), (598, "票")]
    assert {f.kind for f in fs} == {"actual"}


def test_the_articles_of_a_policy_name_it():
    fs = facts_of("青川市出台14条措施支持民营经济\n青川市近日出台支持民营经济发展14条措施,实施三大行动。"
                  "措施明确,全市新增贷款100亿元。\n")
    assert [f.value for f in fs] == [100]


def test_top_places_naming_a_listed_set_are_the_sets_rank_and_a_place_held_is_its_own():
    # (session 20: the band heading a list is one rank held by the listed set, subject "", no longer no fact)
    fs = facts_of("岚溪县2024年5月热线工单办理情况通报\n5月,全县受理工单900件。办结率排名前五的单位为:住建局、城管局、"
                  "交通局、水利局、教育局。满意率位居前三的单位是县医院、县人社局和县税务局。全县满意率居全市前三位。\n")
    ranks = [(f.value, f.comparator, f.subject) for f in fs if f.measure == "rank"]
    assert ranks == [(5, "<=", ""), (3, "<=", ""), (3, "<=", "岚溪县")]
    assert "全县满意率居全市前三位" in [f for f in fs if f.measure == "rank"][-1].evidence


def test_a_band_of_rates_is_a_target():
    fs = facts_of("东坡县召开发展形势新闻发布会\n会上介绍,全县地区生产总值年均增长7.5%—8%。"
                  "2023年全县地区生产总值增长6.2%。\n")
    assert (one(fs, 7.5).kind, one(fs, 8).kind) == ("target", "target")
    assert one(fs, 6.2).kind == "actual"


def test_a_threshold_is_a_target():
    fs = facts_of("青川市2024年营商环境督查通报\n一、基本情况\n群众满意率最低标准92%,超时办件不得超过5件。"
                  "全市满意率达96.5%。\n")
    assert (one(fs, 92).kind, one(fs, 5).kind, one(fs, 96.5).kind) == ("target", "target", "actual")


def test_the_targets_of_lagging_tasks_are_the_years_targets():
    fs = facts_of("青川市2024年5月重点任务督查通报\n一、总体情况\n截至5月底,全市48项重点任务中,已完成序时进度的任务45项,"
                  "3项任务未达到序时进度。未达序时进度的任务为:新建停车场3个、绿化覆盖率达40%。\n")
    assert [(f.value, f.kind) for f in fs] == [(48, "actual"), (45, "actual"), (3, "actual"), (3, "target"),
                                               (40, "target")]
    assert [f.period for f in fs if f.kind == "target"] == ["2024", "2024"]


def test_an_average_and_a_part_of_a_counted_set_are_in_the_counts_kind():
    fs = facts_of("青川市一季度重大项目集中开工\n2024年3月8日,全市集中开工项目300个,总投资900亿元,年内计划完成投资300亿元,"
                  "平均投资近10亿元;其中20-50亿元项目157个,50亿元以上项目12个。\n")
    # (the batch's plan of the year: still to be done, a target (session 33; the lead's convention of session 25 made it
    # actual); the average and the parts are of the batch, not of its plan)
    assert one(fs, 300, "亿元").kind == "target"
    assert [one(fs, v).kind for v in (10, 157, 12)] == ["actual", "actual", "actual"]


def test_how_many_lag_is_a_status_and_a_lagging_item_that_reports_stays_one():
    fs = facts_of("岚溪县2024年5月重点任务督查通报\n二、存在问题\n全县有3项指标未达到序时进度要求,其中:新建停车场3个、"
                  "绿化覆盖率达40%。进度滞后的项目有:县城污水厂完成投资0.5亿元,占年度计划的20%。\n")
    assert [(f.value, f.kind) for f in fs] == [(3, "actual"), (3, "target"), (40, "target"), (0.5, "actual"),
                                               (20, "actual")]


def test_a_policy_named_by_its_articles_in_single_quotes_or_after_its_title_is_no_figure():
    fs = facts_of("青川市出台稳经济措施\n青川市推出稳经济‘14条’,印发《青川市稳经济若干措施》20条。全市新增贷款100亿元。\n")
    assert [f.value for f in fs] == [100]


def test_a_negative_per_cent_is_a_growth():
    fs = facts_of("岚溪县2023年统计公报\n全年规模以上工业增加值一季度同比为-3.4%。\n")
    f = one(fs, 3.4)
    assert (f.unit, f.measure) == ("%", "growth")


def test_a_section_headed_by_the_lagging_tasks_lists_their_targets():
    fs = facts_of("青川市2024年5月重点任务督查通报\n一、总体情况\n截至5月底,全市48项重点任务中,已完成序时进度的任务45项。\n"
                  "二、未达到序时进度的重点任务\n1.新建停车场3个(市住建局)。目前完成1个。\n2.绿化覆盖率达40%(市林业局)。\n"
                  "三、下步工作\n各单位要加快进度。\n")
    assert [(f.value, f.kind) for f in fs] == [(48, "actual"), (45, "actual"), (3, "target"), (1, "actual"),
                                               (40, "target")]
    assert one(fs, 40).period == "2024"


def test_a_lagging_task_states_its_target_then_how_far_it_got():
    fs = facts_of("青川市2024年10月民生实事督查通报\n截至10月底,未达序时进度的任务有2项:新建停车场3个,已完成1个;"
                  "县城污水厂完成投资0.5亿元,占年度计划的20%。\n")
    assert [(f.value, f.kind) for f in fs] == [(2, "actual"), (3, "target"), (1, "actual"), (0.5, "actual"),
                                               (20, "actual")]


def test_how_many_named_items_are_in_a_state_is_a_status_not_an_enumeration():
    fs = facts_of("青川市督查通报\n27项指标中,除新建停车场、绿化覆盖率和城镇就业3项指标未达到序时进度外,其余均达到序时进度。"
                  "全市聚焦教育、医疗、养老等3个领域。\n")
    assert sorted(f.value for f in fs) == [3, 27]
    assert one(fs, 3).unit == "项"


def test_top_places_held_by_a_listed_set_of_units_are_the_sets_rank():
    # (session 20: the band a listed set holds is one rank of the set, subject "", no longer no fact)
    fs = facts_of("岚溪县热线办理情况通报\n5月,县住建局、县城管局和县交通局满意率位居全县前三。县医院满意率居全县前三。"
                  "全县办结率、满意率均居全市前二。\n")
    # (均居全市前二 ranks each of 办结率 and 满意率: one numeral, one fact naming both heads)
    assert sorted((f.value, f.subject) for f in fs if f.measure == "rank") == [(2, "岚溪县"), (3, ""), (3, "县医院")]


def test_a_count_after_the_province_is_its_own_in_a_text_that_speaks_as_the_province():
    fs = facts_of("青岚省一季度重大项目集中开工\n2月8日,全省300个重大项目集中开工,总投资900亿元。全省各地…\n")
    assert sorted((f.value, f.unit) for f in fs) == [(300, "个"), (900, "亿元")]
    # in a city's text the province's count is a set of another division's (全省20个战略性产业集群): no figure of its own
    fs = facts_of("青川市重大项目集中开工\n全市32个项目集中开工,总投资86亿元,全省300个重大项目同步开工。全市上下…\n")
    assert sorted((f.value, f.unit) for f in fs) == [(32, "个"), (86, "亿元")]


def test_a_quotation_holding_a_figure_alone_quotes_the_figure():
    fs = facts_of("青川市政府工作报告\n今年全市地区生产总值增长目标定格“6%左右”,“十百千”工程新增企业30家。\n")
    assert sorted((f.value, f.unit, f.comparator) for f in fs) == [(6, "%", "~"), (30, "家", "=")]
    # a figure inside a name or a slogan stays no figure
    assert facts_of("青川市政府工作报告\n深入实施“3个100”工程和“1+6”体系建设。\n") == []


# The items of a year's target list are targets to the list's end, across a 。 and into a paragraph that only goes on
# with items; a sentence stating a past year (or the measure 拥有量, no verb of having) does not end or start a report.
TARGET_LISTS = [
    ("青川日报\n2024-01-20\n政府工作报告提出今年主要预期目标:全市地区生产总值增长6.5%左右,规上工业增加值增长8%左右。\n"
     "居民人均可支配收入增长与经济增长同步,城镇调查失业率5.5%以内,粮食产量稳定在80万吨。\n", (6.5, 8, 5.5, 80)),
    ("东坡县召开人代会\n2024-01-15 来源:东坡县融媒体中心\n报告提出,2024年主要目标是:地区生产总值增长7%左右;一般公共"
     "预算收入增长5%。城镇新增就业5000人,森林覆盖率保持在65%以上,每万人口高价值发明专利拥有量6件。\n", (7, 5, 5000, 65, 6)),
    ("青川市2024年政府工作报告\n2024年1月12日\n经济社会发展的主要目标任务是:全市生产总值增长6%,规上工业增加值增长8%。"
     "同时,研发经费投入强度提高到3%,每万人高价值发明专利拥有量达到12件,PM2.5平均浓度保持在30微克/立方米以下。\n",
     (6, 8, 3, 12, 30)),
    ("岚溪县2024年国民经济和社会发展计划\n主要预期目标:一是地区生产总值增长6%左右;二是规上工业增加值增长7%;\n"
     "三是研发投入强度保持在2.8%;四是城镇新增就业2万人以上。\n", (6, 7, 2.8, 2)),
]


def test_every_item_of_a_years_target_list_is_a_target():
    for text, values in TARGET_LISTS:
        fs = facts_of(text)
        for v in values:
            f = one(fs, v)
            assert (f.kind, f.period) == ("target", "2024"), (text[:12], v, f.kind, f.period)


def test_a_past_year_after_a_target_list_reports():
    for line in ("2023年,全县地区生产总值完成256亿元,增长4.5%。", "过去一年,全县地区生产总值完成256亿元,增长4.5%。"):
        fs = facts_of("岚溪县人民政府工作报告\n2024年1月8日\n今年全县经济社会发展的主要预期目标是:地区生产总值增长6%左右,"
                      "一般公共预算收入增长5%。" + line + "\n")
        assert one(fs, 6).kind == one(fs, 5).kind == "target"
        assert [(f.kind, f.period) for f in fs if f.value in (256, 4.5)] == [("actual", "2023")] * 2
    fs = facts_of("东坡县召开人代会\n2024-01-15\n报告提出今年主要目标任务:\n地区生产总值增长7%左右。\n"
                  "会议指出,2023年全县完成固定资产投资98亿元。\n")
    assert one(fs, 7).kind == "target" and one(fs, 98).kind == "actual"


def test_a_paragraph_with_a_time_or_a_cue_of_its_own_does_not_go_on_with_a_list():
    fs = facts_of("青川日报\n2024-01-20\n政府工作报告提出今年主要预期目标:全市地区生产总值增长6.5%左右。\n"
                  "上半年,全市已建成5G基站1200个。\n")
    assert one(fs, 6.5).kind == "target" and one(fs, 1200).kind == "actual"


# 计划 with a verb of a year's project list before a count of projects names a class of a list (其中计划续建项目140个:
# the class takes its whole's kind); the list's own size stated with 计划 is the year's plan, a target also when the
# text reports progress after it (s30, adopted; before session 31 this asserted actual for 120, 55 and 80).
# 计划 with an amount, a date, over a span of years, or under 力争 commits (target).
def test_a_count_of_the_projects_a_years_list_holds_is_a_status_of_the_list_a_text_reports_against():
    fs = facts_of("岚溪县\n2024年3月1日\n今年全县计划实施重点项目120个,其中计划新开工项目55个,计划完成投资80亿元。"
                  "全县计划新开工32个项目。截至2月底,已开工项目18个。\n")
    assert [(one(fs, v).kind, one(fs, v).period) for v in (120, 55)] == [("target", "2024")] * 2
    assert (one(fs, 80).kind, one(fs, 80).period) == ("target", "2024")
    assert one(fs, 18).kind == "actual"
    assert one(fs, 32).kind == "target"  # the count is the verb's object: an intention
    fs = facts_of("青川市重大项目\n2023-02-10\n2023年青川市安排重点工程230个,其中计划续建项目140个、计划竣工项目36个。"
                  "1月份,重点工程完成投资12亿元。\n")
    assert [one(fs, v).kind for v in (230, 140, 36)] == ["actual"] * 3


def test_a_years_list_announced_and_not_reported_against_is_its_plan():
    # the lead's decision (README, output contract): an announced list is the year's target
    fs = facts_of("岚溪县\n2024年3月1日\n今年全县计划实施重点项目120个,其中计划新开工项目55个,计划完成投资80亿元。\n")
    assert [(one(fs, v).kind, one(fs, v).period) for v in (120, 55, 80)] == [("target", "2024")] * 3
    fs = facts_of("青川市重大项目\n2023-02-10\n2023年青川市安排重点工程230个,其中计划续建项目140个、计划竣工项目36个。\n")
    assert [(one(fs, v).kind, one(fs, v).period) for v in (230, 140, 36)] == [("target", "2023")] * 3


def test_plan_with_a_date_a_span_a_pledge_or_other_work_stays_a_target():
    fs = facts_of("岚溪县\n2024年3月1日\n全县计划于6月底前开工项目30个,力争计划新开工项目40个。"
                  "今年全县计划新建学校5所,计划培训农民3000人次。\n")
    assert [one(fs, v).kind for v in (30, 40, 5, 3000)] == ["target"] * 4
    fs = facts_of("东坡县“十四五”规划纲要\n2021年3月2日\n十四五期间,全县计划实施重大项目500个,总投资1200亿元。\n")
    assert one(fs, 500).kind == "target"


def test_a_task_written_in_brackets_beside_a_result_is_its_target():
    fs = facts_of("岚溪县2025年1-9月招商引资工作通报\n今年1-9月,全县引进优强企业21家(任务数18家),完成全年目标任务的116.7%;"
                  "签约资金12亿元(目标任务10亿元);外贸进出口总额3.2亿元(年度任务5亿元)。\n")
    got = {v: (one(fs, v).kind, one(fs, v).indicator) for v in (21, 18, 12, 10, 3.2, 5)}
    assert got == {21: ("actual", "引进优强企业"), 18: ("target", "引进优强企业"), 12: ("actual", "签约资金"),
                   10: ("target", "签约资金"), 3.2: ("actual", "外贸进出口总额"), 5: ("target", "外贸进出口总额")}
    # a bracket that remarks on the figure (含续建项目30个) is no task
    fs = facts_of("东坡县项目建设情况\n全县实施重点项目80个(含续建项目30个),完成投资45亿元。\n")
    assert one(fs, 30).kind == "actual"


# --------------------------------------------------------------------------- values with no or an unusual unit

@pytest.mark.parametrize("text, value, words", [
    ("岚溪县重点项目督查通报\n截至9月底,全县推进缓慢的有3(青川大道改造项目、城北污水处理厂项目、岚溪中学扩建项目),"
     "均已约谈。\n", 3, "推进缓慢"),
    ("东坡县督办通报\n本月督办事项中,未按期办结的共2(县住建局、县水利局),已全部约谈。\n", 2, "未按期办结"),
    ("青川市民生实事进展\n进度滞后的为4(城东学校、城西医院、北山公园、南河绿道),要求加快推进。\n", 4, "进度滞后"),
    ("岚溪县环保督察整改通报\n已完成整改销号的问题有2(河道采砂、养殖污染)。\n", 2, "销号"),
    ("东坡县招商引资通报\n签约未落地项目计5（甲公司项目、乙公司项目、丙基地、丁园区、戊中心）。\n", 5, "未落地"),
])
def test_a_bare_count_whose_brackets_list_its_members(text, value, words):
    f = one(facts_of(text), value)
    assert (f.unit, f.measure) == ("", "count") and words in f.indicator, (f.unit, f.measure, f.indicator)


def test_a_bare_number_before_brackets_that_list_other_things_is_no_count():
    fs = facts_of("岚溪县重点项目督查通报\n推进缓慢的有3(详见附件2),均已约谈。\n")
    assert not [f for f in fs if f.value == 3]
    fs = facts_of("岚溪县重点项目督查通报\n推进缓慢的有3(甲项目、乙项目),均已约谈。\n")  # two listed: no count of three
    assert not [f for f in fs if f.value == 3]


@pytest.mark.parametrize("text, value", [
    ("东坡县督查工作总结\n全年编发督查日报31期、督查专报12期。\n", 12),
    ("岚溪县政务信息工作\n今年以来报送政务简报24期,被市委采用9篇。\n", 24),
    ("青川市营商环境工作\n全年刊发营商环境快报18期。\n", 18),
    ("东坡县融媒体中心\n《岚溪新闻》专栏播出52期。\n", 52),
])
def test_a_publication_counted_by_its_issues(text, value):
    f = one(facts_of(text), value, "期")
    assert f.measure == "count"


def test_an_issue_of_a_project_is_no_count():
    fs = facts_of("岚溪县项目建设\n青川产业园二期项目总投资12亿元。\n")
    assert not [f for f in fs if f.unit == "期"]


@pytest.mark.parametrize("text, value, unit", [
    ("青川市项目建设新闻\n今年全省将带动3.8万亿投资。\n", 3.8, "万亿"),
    ("东坡县金融工作\n新增2千亿信贷资金支持实体经济。\n", 2, "千亿"),
    ("青川市2025年经济运行\n全市经济总量突破1.2万亿,增长5.6%。\n", 1.2, "万亿"),
    ("岚溪县2026年政府工作报告\n计划完成固定资产投资120亿投资。\n", 120, "亿"),
])
def test_money_without_its_yuan_keeps_the_unit_as_written(text, value, unit):
    f = one(facts_of(text), value, unit)
    assert f.measure == "level"
    assert "投资投资" not in f.indicator


def test_a_sector_written_inside_a_run_of_sectors_still_takes_the_wholes_measure():
    fs = facts_of("岚溪县2025年统计公报\n全年农林牧渔业增加值28.6亿元,增长3.5%。其中,农业16.2亿元,增长3.1%;"
                  "渔业7.0亿元,增长0.4%。\n")
    assert [one(fs, v).indicator for v in (7, 0.4)] == ["渔业增加值"] * 2
    fs = facts_of("东坡县2025年统计公报\n全年农林牧渔业总产值52亿元。其中,牧业12亿元;渔业6亿元。\n")
    assert [one(fs, v).indicator for v in (12, 6)] == ["牧业产值", "渔业产值"]
    fs = facts_of("岚溪县2025年统计公报\n全年进出口总额1.2亿美元,其中出口8000万美元。\n")
    assert one(fs, 8000).indicator == "出口"


# --------------------------------------------------------------------------- a rate moved by a value, or to it

@pytest.mark.parametrize("text, value, measure, indicator", [
    ("岚溪县物价通报\n10月份,猪肉价格下跌1.6%,鸡蛋价格环比下降0.8%。\n", 1.6, "growth", "猪肉价格"),
    ("东坡县统计月报\n1-9月,全县工业品出厂价格同比下跌3.2%。\n", 3.2, "growth", "工业品出厂价格"),
    ("青川市房地产市场监测\n新建商品住宅价格环比上扬0.4%,二手住宅价格回升0.2%。\n", 0.4, "growth", "新建商品住宅价格"),
    ("岚溪县卫生健康事业发展统计公报\n全县婴儿死亡率降至2.1‰,孕产妇系统管理率升至96.5%。\n", 2.1, "share", "婴儿死亡率"),
    ("岚溪县卫生健康事业发展统计公报\n全县婴儿死亡率降至2.1‰,孕产妇系统管理率升至96.5%。\n", 96.5, "share",
     "孕产妇系统管理率"),
    ("东坡县就业工作通报\n三季度末,城镇调查失业率回落至4.8%,低于年度控制目标。\n", 4.8, "share", "城镇调查失业率"),
    ("青川市2026年政府工作报告\n过去一年,全市贫困发生率下降到0.3%,森林覆盖率提高到62.4%。\n", 62.4, "share", "森林覆盖率"),
])
def test_a_rate_moved_by_a_value_grows_and_one_moved_to_a_value_stands_there(text, value, measure, indicator):
    f = one(facts_of(text), value)
    assert (f.measure, f.indicator) == (measure, indicator)


@pytest.mark.parametrize("text, value, unit, measure", [
    ("岚溪县2026年统计公报\n全年出生人口1.2万人,人口自然增长率为-0.85‰。\n", 0.85, "‰", "share"),
    ("青川市2026年统计公报\n年末常住人口56万人,自然增长率-1.2‰。\n", 1.2, "‰", "share"),
    ("东坡县2026年统计公报\n全年人口自然增长率为−0.5‰,比上年下降0.3个千分点。\n", 0.5, "‰", "share"),
    ("岚溪县经济运行简况\n1-6月,工业用电量增长率为-2.4%。\n", 2.4, "%", "growth"),
])
def test_a_rate_per_mille_or_per_cent_written_with_its_minus_sign_is_its_figure_without_the_sign(text, value, unit,
                                                                                                 measure):
    # SCHEMA: the value as written, no sign (the direction is not encoded); the sign makes a figure a rate of change,
    # but a population's natural growth rate is a rate that stands (a share, the lead's convention of session 21)
    f = one(facts_of(text), value)
    assert f.unit == unit and "−" not in f.indicator and f.measure == measure and f.indicator.endswith("率")
