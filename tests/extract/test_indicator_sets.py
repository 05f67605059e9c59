"""Indicators that name whose measure it is: a bare rate over the set counted before it, a part carrying the whole's
measure, a figure named by the noun the text counts (sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text, value, indicator", [
    # the set counted in the sentence before, the rate in a sentence of its own
    ("青川市重点项目推进情况\n今年全市共安排省重点项目48个,年度计划投资120亿元。截至目前,开工率为75%,完成投资45亿元。\n",
     75, "省重点项目开工率"),
    # the numerator between the set and the rate is skipped
    ("东坡县项目建设情况\n全县列入市级重点项目32个,已开工28个,开工率87.5%。\n", 87.5, "市级重点项目开工率"),
    ("东坡县安全生产情况\n全县共排查安全隐患320处,已整改296处,整改率92.5%。\n", 92.5, "安全隐患整改率"),
    ("东坡县民生实事进展\n东坡县2024年共有重点民生实事30件。截至6月底,已办结18件,办结率60%。\n", 60, "重点民生实事办结率"),
    # a count of another stage (新开工项目 for 开复工率) names no set: the set is counted before it
    ("岚溪县重大项目推进情况\n岚溪县今年谋划实施重大项目60个。1-5月,新开工项目42个,开复工率达到70%。\n",
     70, "重大项目开复工率"),
    # the numerator names its set itself (177个新开工项目已开工106个)
    ("东坡县新开工项目推进情况\n全县120个新开工项目已开工86个,开工率71.7%。\n", 71.7, "新开工项目开工率"),
    # who does the work (46个承办单位) is no set of items: the numerator's own noun is
    ("青川市督办工作通报\n形成议定事项208项,分解交办给46个承办单位,已办结163项,办结率78.4%。\n", 78.4, "议定事项办结率"),
    ("青川市督查通报\n青川市纳入考核的督办事项126项,其中按期办结119项,按期办结率94.4%。\n", 94.4, "督办事项按期办结率"),
    ("青川市招商引资情况\n全市今年签约招商项目46个,履约率达到80%。\n", 80, "招商项目履约率"),
])
def test_a_bare_rate_is_the_rate_over_the_set_counted_before_it(text, value, indicator):
    assert one(facts_of(text), value).indicator == indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("岚溪县人口情况\n年末全县常住人口35.2万人,全年出生人口2100人,出生率6.1%。\n", 6.1, "出生率"),  # a rate of people
    ("青川市招商引资情况\n全市今年签约招商项目46个,资金到位率65%。\n", 65, "资金到位率"),  # no bare rate of an action
    ("东坡县重点项目情况\n全县重点项目开复工率达60%。\n", 60, "重点项目开复工率"),  # named whose already
])
def test_a_rate_that_is_not_over_a_counted_set_is_left_as_written(text, value, indicator):
    assert one(facts_of(text), value).indicator == indicator


@pytest.mark.parametrize("text, expected", [
    ("岚溪县经济运行情况\n全县粮食播种面积120万亩,其中小麦60万亩、玉米45万亩。\n",
     {60: "小麦播种面积", 45: "玉米播种面积"}),
    ("东坡县2023年国民经济和社会发展统计公报\n全年粮食播种面积45.6万亩。其中,小麦播种面积20.1万亩,玉米18.2万亩,"
     "大豆3.3万亩。\n", {20.1: "小麦播种面积", 18.2: "玉米播种面积", 3.3: "大豆播种面积"}),
    ("東坡縣經濟運行情況\n全縣糧食播種面積45.6萬畝,其中小麥20.1萬畝、玉米18.2萬畝。\n",
     {20.1: "小麥播種面積", 18.2: "玉米播種面積"}),
    ("青川市2023年统计公报\n全年蔬菜播种面积12.4万亩。分品种看,叶菜类5.6万亩,根茎类3.1万亩。\n",
     {5.6: "叶菜类播种面积", 3.1: "根茎类播种面积"}),
    ("青川市林业工作总结\n全年完成造林面积3.2万亩(其中人工造林2.1万亩、封山育林1.1万亩)。\n",
     {2.1: "人工造林面积", 1.1: "封山育林面积"}),
    ("东坡县城乡建设情况\n全年房屋施工面积320万平方米,其中住宅210万平方米,增长5.1%。\n",
     {210: "住宅施工面积", 5.1: "住宅施工面积"}),
    ("岚溪县畜牧业生产情况\n全县生猪存栏45.2万头,其中能繁母猪4.3万头。牛出栏3.2万头。\n",
     {4.3: "能繁母猪存栏", 3.2: "牛出栏"}),  # a part's measure of its own stays
    ("岚溪县农业生产情况\n全县农作物种植面积88万亩,其中:经济作物36万亩,新建示范基地12个。\n",
     {36: "经济作物种植面积", 12: "新建示范基地"}),  # a part in another unit is no part of the area
])
def test_a_part_named_only_by_what_it_is_measures_what_its_whole_measures(text, expected):
    fs = facts_of(text)
    assert {v: one(fs, v).indicator for v in expected} == expected


def test_a_part_named_only_by_its_subject_takes_the_wholes_measure():
    fs = facts_of("东坡县国有企业运行情况\n县属国有企业实现营业收入45亿元,其中县城投集团20亿元、县交投公司12亿元。\n")
    assert [(one(fs, v).subject, one(fs, v).indicator) for v in (20, 12)] == \
        [("县城投集团", "营业收入"), ("县交投公司", "营业收入")]
    fs = facts_of("岚溪县投资运行情况\n中直投资完成59.5亿元,同比下降11.7%(其中:油田产能项目完成投资50亿元,下降10.8%;"
                  "化工公司1.1亿元,下降57.1%;管理局2.4亿元,下降64.6%)。\n")
    assert all("投资" in one(fs, v).indicator for v in (1.1, 2.4))


def test_a_count_after_amounts_is_no_part_of_them():
    fs = facts_of("岚溪县2025年政府工作报告\n全体居民人均可支配收入增长6%,农村居民人均可支配收入增长7.5%。"
                  "城镇新增就业4000人。\n")
    assert one(fs, 4000).indicator == "城镇新增就业"


@pytest.mark.parametrize("text, expected", [
    # the count's noun stops before its predicate, which names what the next count counts
    ("岚溪州重点项目推进情况\n全州316个州重点建设项目累计开复工291个。\n",
     {316: "州重点建设项目", 291: "开复工州重点建设项目"}),
    # what the items did (已 + verb after the noun) names them, never the verb alone
    ("岚溪县项目推进情况\n全县12个项目已开工,5个项目已竣工,23家企业已投产。\n",
     {12: "开工项目", 5: "竣工项目", 23: "投产企业"}),
    ("东坡县督办事项进展\n目前3个项目已完成,12件事项已办结。\n", {3: "完成项目", 12: "办结事项"}),
    # a class named by what it did before its head (已报开工项目) ends at the head
    ("东坡县督查情况通报\n有9个已报开工项目现场仅进行了场地平整。\n", {9: "报开工项目"}),
])
def test_a_count_is_named_by_its_noun_and_what_the_items_did(text, expected):
    fs = facts_of(text)
    assert {v: one(fs, v).indicator for v in expected} == expected


@pytest.mark.parametrize("text, expected", [
    ("东坡县项目建设情况\n全县33个竣工投产项目完成58.6亿元。\n", {58.6: "竣工投产项目完成投资"}),
    ("青川市重点工程推进情况\n某某高速连接线工程1—8月已完成6.7亿元。\n", {6.7: "完成投资"}),
    # the plan named before is no name of what was done
    ("岚溪县项目建设情况\n县城污水处理厂项目总投资3.2亿元,截至6月底累计完成1.8亿元。\n", {3.2: "总投资", 1.8: "完成投资"}),
    ("青川市重点项目推进情况\n全市58个重点项目年度计划投资96亿元,1-9月完成72亿元。\n",
     {96: "重点项目年度计划投资", 72: "重点项目完成投资"}),
    ("岚溪县项目建设情况\n续建项目完成18亿元,新开工项目完成6亿元。\n", {18: "续建项目完成投资", 6: "新开工项目完成投资"}),
    # no project spoken of: 完成 names the amount of what the clause names
    ("东坡县财政收支情况\n全县一般公共预算收入完成12.6亿元,税收完成8.1亿元。\n", {12.6: "一般公共预算收入", 8.1: "税收"}),
])
def test_an_amount_after_a_bare_done_verb_about_projects_is_their_investment_done(text, expected):
    fs = facts_of(text)
    assert {v: one(fs, v).indicator for v in expected} == expected


@pytest.mark.parametrize("text, value, indicator", [
    ("青川市调研活动\n市长带领12人调研岚溪县,考察了5个项目。\n", 12, "调研人数"),
    ("岚溪县新闻\n县委书记张某某率县党政代表团一行15人赴东坡县考察学习。\n", 15, "县党政代表团人数"),
    ("东坡县招商引资\n县长带队8人赴深圳开展招商活动,拜访企业20家。\n", 8, "招商人数"),
    ("青川市安全生产\n省考察组一行6人到青川市检查安全生产工作。\n", 6, "省考察组人数"),
    ("青川市防汛工作\n副市长率领由8人组成的工作组赴岚溪县督导防汛工作。\n", 8, "工作组人数"),
])
def test_the_people_a_leader_brings_are_no_figure_of_the_place(text, value, indicator):
    # (the party's size had been a fact named by the party, 考察团人数; a visiting party's size is no figure of the
    # place: no fact, the lead's convention of session 20)
    assert [f for f in facts_of(text) if f.value == value] == []


def test_people_named_after_their_count_are_no_party():
    fs = facts_of("岚溪县农业生产\n县农业农村局带领12名专家深入田间地头开展技术指导,带动3000人就业。\n")
    assert "人数" not in one(fs, 12).indicator and "人数" not in one(fs, 3000).indicator


def test_bare_amounts_after_the_count_of_a_set_of_projects_are_that_sets():
    fs = facts_of("青川市重点项目推进情况\n今年全市共安排省重点项目48个。总投资320亿元,年度计划投资85亿元。"
                  "1-6月完成投资45亿元,投资完成率52.9%。\n")
    assert [one(fs, v).indicator for v in (320, 85, 45, 52.9)] == [
        "省重点项目总投资", "省重点项目年度计划投资", "省重点项目完成投资", "省重点项目投资完成率"]
    # two sets counted side by side: the amount after them is neither's
    fs = facts_of("岚溪县项目建设情况\n全县实施续建项目30个,新开工项目18个。完成投资25亿元。\n")
    assert one(fs, 25).indicator == "完成投资"


def test_a_rate_repeating_the_verb_of_the_count_before_it_is_the_rate_of_the_counted_set():
    fs = facts_of("东坡县民生实事进展\n东坡县2024年民生实事共12件。目前已完成8件,完成率66.7%。\n")
    assert one(fs, 66.7).indicator == "民生实事完成率"


@pytest.mark.parametrize("text, values, indicator", [
    ("岚溪县交通建设\n轨道交通运营里程从目前的18公里延伸到56公里。\n", (18, 56), "轨道交通运营里程"),
    ("青川市交通规划\n到2027年,全市高速公路通车里程由320公里延长至450公里。\n", (320, 450), "高速公路通车里程"),
    ("东坡县城市建设\n城市绿道由12公里拓展到30公里。\n", (12, 30), "城市绿道"),
])
def test_a_length_extended_from_one_figure_to_another_names_both(text, values, indicator):
    fs = facts_of(text)
    assert [one(fs, v).indicator for v in values] == [indicator] * 2


@pytest.mark.parametrize("text, expected", [
    # places the gazetteer does not know: each is its figure's subject, the words before 分别为 its measure
    ("岚溪县招商引资工作通报\n今年1-9月,全县新开工项目分别为:东坪镇5个、河口镇3个。\n",
     {5: ("东坪镇", "新开工项目"), 3: ("河口镇", "新开工项目")}),
    ("青川市项目建设通报\n全市签约项目依次是岚溪县12个、东坡区8个、南岭街道4个。\n",
     {12: ("岚溪县", "签约项目"), 8: ("东坡区", "签约项目"), 4: ("南岭街道", "签约项目")}),
])
def test_a_measure_spread_over_places_listed_with_their_figures_names_every_figure(text, expected):
    fs = facts_of(text)
    assert {v: (one(fs, v).subject, one(fs, v).indicator) for v in expected} == expected


def test_places_listed_before_their_figures_are_left_to_the_coordination():
    # 东坪镇、河口镇分别为5个、3个: no measure before the list, nothing to spread
    fs = facts_of("岚溪县招商引资工作通报\n全县新开工项目较多。东坪镇、河口镇分别为5个、3个。\n")
    assert one(fs, 5).indicator != "新开工项目较多" and one(fs, 3).indicator != "新开工项目较多"
