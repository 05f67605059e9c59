"""Indicator names as an annotator writes them: the measure the text names, without the words that only say how the
figure was computed, with the whole an attribute belongs to, without the examples a count lists (sentences written
for these tests; places invented)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one
from taizhang.extract.indicators import clean_phrase, strip_method


@pytest.mark.parametrize("phrase, name", [
    ("按可比价格计算增长", "增长"),
    ("按年平均汇率折算为", "为"),
    ("扣除价格因素后实际增长", "实际增长"),
    ("按常住人口计算的人均地区生产总值", "人均地区生产总值"),
    ("按同口径统计增长", "增长"),
    ("按期办结", "按期办结"),        # 按期 is no method of computation
    ("按时序推进", "按时序推进"),
])
def test_a_method_of_computation_is_no_part_of_a_name(phrase, name):
    assert strip_method(phrase) == name


def test_clean_phrase_drops_the_method_wherever_it_stands():
    assert clean_phrase("规模以上工业增加值按可比价计算") == "规模以上工业增加值"


@pytest.mark.parametrize("text, value, name", [
    # 统计公报: growth at comparable prices after the amount
    ("岚溪县2023年统计公报\n全县农林牧渔业总产值48.6亿元,按可比价计算增长3.1%。\n", 3.1, "农林牧渔业总产值"),
    # a conversion into dollars at the year's rate
    ("青川市2022年统计公报\n全市人均地区生产总值68000元,按年平均汇率折算为10120美元。\n", 10120, "人均地区生产总值"),
    # price factors taken out, semicolon-separated list of measures
    ("东坡县2024年统计公报\n全年规模以上工业增加值增长7.5%;社会消费品零售总额150亿元,扣除价格因素增长4.2%。\n", 4.2,
     "社会消费品零售总额"),
    # a tourism notice, 同口径
    ("岚溪县文旅通报\n全年接待游客800万人次,实现旅游收入65亿元,按同口径统计增长12%。\n", 12, "旅游收入"),
    # the method before the measure it qualifies
    ("青川市2023年统计公报\n按常住人口计算的人均地区生产总值达到7.2万元,增长5%。\n", 7.2, "人均地区生产总值"),
])
def test_a_figure_computed_by_a_method_measures_what_its_clause_names(text, value, name):
    assert one(facts_of(text), value).indicator == name


@pytest.mark.parametrize("text, value, name", [
    ("岚溪县2023年经济运行情况\n全县实现地区生产总值320.5亿元,同比增长6.2%,总量居全市第3位,增速居全市第1位。\n", 3,
     "地区生产总值总量全市排名"),
    ("东坡区2023年经济运行情况\n全区规模以上工业增加值增长9.1%,增速排名全市第一,总量排名全市第四。\n", 4,
     "规模以上工业增加值总量全市排名"),
    ("青川市社会消费品零售总额\n2023年,全市社会消费品零售总额达到512亿元,规模位列全省第五,增幅全省第七。\n", 5,
     "社会消费品零售总额规模全省排名"),
    ("青川市社会消费品零售总额\n2023年,全市社会消费品零售总额达到512亿元,规模位列全省第五,增幅全省第七。\n", 7,
     "社会消费品零售总额增幅全省排名"),
    ("青川市2024年上半年经济运行\n上半年,全市一般公共预算收入45亿元,增长8%,增幅位居全省第二。\n", 2,
     "一般公共预算收入增幅全省排名"),
])
def test_the_rank_of_a_size_or_a_rate_names_the_measure_it_is_the_size_or_rate_of(text, value, name):
    fs = [f for f in facts_of(text) if f.measure == "rank"]
    assert one(fs, value).indicator == name


@pytest.mark.parametrize("text, value, name", [
    # 开工 news: examples, an adverb, two stage verbs
    ("岚溪县重点项目建设情况\n今年以来,岚溪县光伏组件、城南污水处理厂等11个项目先后竣工投产。\n", 11, "竣工投产项目"),
    # a month between the noun and the stage
    ("青川市2024年一季度项目建设\n一季度,青川市东湖片区棚改、滨江大道等16个项目在3月份实现开工。\n", 16, "开工项目"),
    # 招商 report: a measure verb before the examples stays
    ("东坡县招商引资工作通报\n1-6月,东坡县引进了宁德电池、华星光电等15家企业,签约金额120亿元。\n", 15, "引进企业"),
    # a signing event
    ("青川市集中签约活动\n活动现场,智能装备产业园、冷链物流中心等9个项目集中签约,总投资36.8亿元。\n", 9, "集中签约项目"),
    # 民生 projects, 相继
    ("东坡县项目建设\n全县城东小学、人民医院住院楼等8个项目相继建成投用。\n", 8, "建成投用项目"),
    # enterprises, 均已
    ("岚溪县经开区\n园区新落户的电子信息、新材料等12家企业均已投产。\n", 12, "投产企业"),
    # the examples before the noun, the count after it
    ("岚溪县招商\n今年以来,全县新签约智能制造、生物医药等项目23个。\n", 23, "新签约项目"),
    ("青川市民生工程\n全市已建成城东小学、人民医院等民生项目15个。\n", 15, "建成民生项目"),
])
def test_a_count_is_named_by_its_noun_and_the_stage_reached_not_by_its_examples(text, value, name):
    assert one(facts_of(text), value).indicator == name


def test_the_amount_after_a_staged_count_is_that_of_the_staged_projects():
    fs = facts_of("青川市集中签约活动\n活动现场,智能装备产业园、冷链物流中心等9个项目集中签约,总投资36.8亿元。\n")
    assert one(fs, 36.8).indicator == "集中签约项目总投资"


def test_a_set_the_count_is_taken_from_ends_at_its_head_and_a_verb_inside_it_is_not_the_examples_verb():
    fs = facts_of("岚溪县\n全县35个争取开工项目中城北水库、东湖新区土地整治等15个项目已开工建设,完成投资7.2亿元。\n")
    assert "城北水库" not in one(fs, 35).indicator
    assert one(fs, 15).indicator == "开工建设项目"


def test_a_stage_followed_by_a_count_frames_a_set_and_names_nothing():
    fs = facts_of("岚溪县重点项目\n全县170个新开工项目已开工145个。\n")
    assert one(fs, 170).indicator == "新开工项目"


def test_examples_of_a_kind_of_thing_stay_in_its_name():
    fs = facts_of("东坡县12345热线\n反映油烟污染、流动摊贩、工地施工扰民等来电54件,占比1.9%。\n")
    assert "扰民" in one(fs, 54).indicator


def test_a_measure_verb_before_quoted_examples_stays():
    fs = facts_of("青川市科技创新\n每年新增“两站一中心”等省级以上研发机构10家以上。\n")
    assert one(fs, 10).indicator == "新增省级以上研发机构"


@pytest.mark.parametrize("text, value, name", [
    ("青川市项目建设\n1-9月,全市重点项目完成投资120亿元,完成率85%。\n", 85, "重点项目投资完成率"),
    ("岚溪县交通\n交通项目完成投资12亿元,完成率76.8%。\n", 76.8, "交通项目投资完成率"),
    ("东坡县项目推进\n全县实施重点项目60个,完成投资1.87亿元,完成率8.3%。\n", 8.3, "重点项目投资完成率"),
    ("东坡县\n全县完成投资3.2亿元,完成率65%。\n", 65, "投资完成率"),
    ("岚溪县\n全县重点项目完成投资45亿元,投资完成率75%。\n", 75, "重点项目投资完成率"),
])
def test_a_bare_rate_of_the_action_an_amount_names_is_that_amounts_rate(text, value, name):
    assert one(facts_of(text), value).indicator == name


def test_the_set_a_count_is_taken_in_ends_at_its_frame():
    fs = facts_of("黑水省\n全省500个省级重点项目中新开工项目318个,占比63.6%。\n")
    assert one(fs, 500).indicator == "省级重点项目"
    assert one(fs, 318).indicator == "新开工项目"
    fs = facts_of("黑水省\n全省500个省级重点项目中共有产业项目300个,占比60%。\n")
    assert one(fs, 500).indicator == "省级重点项目"
    assert one(fs, 300).indicator == "产业项目"


@pytest.mark.parametrize("text, value, name", [
    ("岚溪县督办通报\n截至目前,逾期未办结事项14项,比上期通报减少5项。\n", 5, "逾期未办结事项比上期通报减少"),
    ("东坡县督查通报\n全县未销号问题23个,较上期减少8个。\n", 8, "未销号问题较上期减少"),
    ("岚溪县\n全县重点项目开工率85%,比序时进度慢6个百分点。\n", 6, "重点项目开工率比序时进度慢"),
    ("青川市民生实事\n民生实事已完成26件,完成率40%,较年初提高22个百分点。\n", 22, "民生实事完成率较年初提高"),
])
def test_a_change_against_a_notices_base_is_the_change_of_the_measure_before(text, value, name):
    assert one(facts_of(text), value).indicator == name


@pytest.mark.parametrize("text, value, name", [
    ("青川市重点项目\n1-9月,全市重点项目完成投资120亿元,占年度计划的78.1%,比序时进度快3.1个百分点。\n", 3.1,
     "重点项目投资完成率比序时进度快"),
    ("岚溪县重大项目\n全县省级重大项目完成年度计划的76%,超序时进度1个百分点。\n", 1, "省级重大项目投资完成率超序时进度"),
    ("东坡县\n1-8月重点项目累计完成投资45亿元,占年度计划的60%,低于时间进度6.7个百分点。\n", 6.7,
     "重点项目投资完成率低于时间进度"),
    # a rate already named keeps its name
    ("岚溪县\n全县重点项目开工率85%,比序时进度慢6个百分点。\n", 6, "重点项目开工率比序时进度慢"),
])
def test_the_share_of_a_plan_set_against_the_calendars_pace_is_the_completion_rate(text, value, name):
    assert one(facts_of(text), value).indicator == name


@pytest.mark.parametrize("text, value, name", [
    ("岚溪县安全生产\n全县共发生安全生产事故3起,死亡4人,受伤7人。\n", 4, "安全生产事故死亡人数"),
    ("岚溪县安全生产\n全县共发生安全生产事故3起,死亡4人,受伤7人。\n", 7, "安全生产事故受伤人数"),
    ("岚溪县消防\n全年共发生火灾事故56起,造成2人死亡。\n", 2, "火灾事故死亡人数"),
    ("东坡县\n全年脱贫1.2万人,参保8.6万人。\n", 1.2, "脱贫人数"),
    ("东坡县\n全年脱贫1.2万人,参保8.6万人。\n", 8.6, "参保人数"),
    ("青川市培训\n全市开展技能培训86期,培训1.5万人次。\n", 1.5, "培训人次"),
])
def test_a_count_of_people_named_by_a_verb_is_the_number_of_people(text, value, name):
    assert one(facts_of(text), value).indicator == name


def test_a_count_of_people_named_by_a_noun_keeps_its_name():
    assert one(facts_of("岚溪县交通\n全年道路交通事故死亡12人,同比下降20%。\n"), 12).indicator == "道路交通事故死亡"
    assert one(facts_of("河口县\n城镇新增就业3200人和农村劳动力转移就业1.2万人。\n"), 1.2).indicator == "农村劳动力转移就业"
    assert one(facts_of("东坡县\n全县城镇新增就业5200人。\n"), 5200).indicator.startswith("城镇新增就业")
    assert one(facts_of("岚溪县\n全县常住人口42万人。\n"), 42).indicator == "常住人口"


def test_the_turn_of_a_sentence_is_no_part_of_a_comparison():
    fs = facts_of("东坡县\n全县规上工业增加值增长5.2%,但低于全市平均1.3个百分点。\n")
    assert "但" not in one(fs, 1.3).indicator


def test_an_average_compared_with_keeps_its_last_character():
    fs = facts_of("岚溪县\n全县居民人均可支配收入增长7%,高于全省平均0.8个百分点。\n")
    assert one(fs, 0.8).indicator.endswith("高于全省平均")


@pytest.mark.parametrize("text, value, name", [
    ("岚溪县2023年经济运行\n全县实现地区生产总值320亿元,同比增长7.2%,高于全市平均0.9个百分点,居全市八县区第1位。\n", 1,
     "地区生产总值增速全市八县区排名"),
    ("东坡县\n全县规上工业增加值增长9%,增幅居全市9个县市区第二。\n", 2, "规上工业增加值增幅全市县市区排名"),
    ("青川市\n1-9月,全市固定资产投资增长12%,在全省14个市州中排名第3。\n", 3, "固定资产投资增速全省市州排名"),
    ("东坡县\n全县综合考核得分92分,在全市12个县区中排名第2。\n", 2, "综合考核得分全市12个县区排名"),
])
def test_the_peers_a_rank_is_taken_among_are_no_measure(text, value, name):
    fs = [f for f in facts_of(text) if f.measure == "rank"]
    assert one(fs, value).indicator == name


def test_a_count_of_a_class_written_with_a_letter_is_named_by_that_class_not_by_who_acted_on_it():
    fs = facts_of("江西省督查工作情况\n2025-03-02\n\n省政府《督查通报》对87个B类问题实行了集中交办。\n")
    assert one(fs, 87).indicator.startswith("B类问题")


def test_the_mark_a_place_was_first_to_pass_is_a_level_of_the_measure_before_it():
    fs = facts_of("江苏省经济运行情况\n2025-01-22\n\n全省地区生产总值达到13.7万亿元,是全国首个突破13万亿元的省份。\n")
    assert one(fs, 13).indicator == one(fs, 13.7).indicator == "地区生产总值"


@pytest.mark.parametrize("text, value, name", [
    # a provincial release: the measure of an industry set against the whole of industry
    ("黑水省2024年上半年工业运行\n上半年,全省装备制造业增加值增长11.6%,高于规上工业增速4.8个百分点。\n", 4.8,
     "装备制造业增加值增速高于规上工业增速"),
    # 比…快: the base between 比 and the degree
    ("青川市经济运行简况\n1-9月,全市高技术制造业增加值增长9.3%,比全市规上工业快2.5个百分点。\n", 2.5,
     "高技术制造业增加值增速比全市规上工业快"),
    # a county's income, set against another measure's growth
    ("东坡县2023年统计公报\n全县居民人均可支配收入实际增长6.1%,高于同期地区生产总值增速0.4个百分点。\n", 0.4,
     "居民人均可支配收入实际增速高于同期地区生产总值增速"),
    # a district's progress news: the completion rate against the calendar's pace
    ("岚溪区重点项目推进\n全区重点项目投资完成率达到72.6%,超过时间进度14.3个百分点。\n", 14.3,
     "重点项目投资完成率超过时间进度"),
])
def test_what_a_comparison_names_after_its_verb_is_the_base_not_the_measure(text, value, name):
    assert one(facts_of(text), value).indicator == name


def test_a_long_base_gives_way_to_the_measure_compared():
    # a communiqué's long names: both would not fit, the measure compared is kept (no cut to the base's name)
    fs = facts_of("黑水省2023年工业运行\n全省规模以上装备制造业实现工业增加值412.6亿元,同比增长10.2%,"
                  "比全省规模以上工业增加值增速高2.7个百分点。\n")
    assert one(fs, 2.7).indicator.startswith("规模以上装备制造业")


@pytest.mark.parametrize("text, value, name", [
    ("青川市经济运行简况\n上半年,全市高技术制造业增加值增长9.3%,占规上工业比重为18.4%。\n", 18.4,
     "高技术制造业增加值占规上工业比重"),
    ("东坡县外贸\n1-10月,全县机电产品出口增长12.5%,占全县出口总额的比重达46.2%。\n", 46.2,
     "机电产品出口占全县出口总额的比重"),
])
def test_a_share_after_a_growth_is_the_share_of_the_measure_that_grew(text, value, name):
    assert one(facts_of(text), value).indicator == name


@pytest.mark.parametrize("text, value, ordinal", [
    ("青川市重点项目集中开工\n全市第十九批重点项目集中开工,共42个。\n", 42, "第十九批"),
    ("岚溪县项目建设\n全县第19批重点项目集中开工,共16个。\n", 16, "第19批"),
    ("东坡区信访办理\n全区已对交办的第十一批27件信访件进行调查处理。\n", 27, "第十一批"),
])
def test_a_batchs_ordinal_stays_whole_in_the_name(text, value, ordinal):
    assert ordinal in one(facts_of(text), value).indicator


@pytest.mark.parametrize("text, value, name", [
    # a city's release: the prices a growth is reckoned at, written bare before its verb
    ("青川市1-9月工业运行\n全市规上工业总产值现价增长6.2%,可比价增长7.5%。\n", 6.2, "规上工业总产值"),
    ("青川市1-9月工业运行\n全市规上工业总产值现价增长6.2%,可比价增长7.5%。\n", 7.5, "规上工业总产值"),
    # a county's farm output at constant prices
    ("东坡县2023年统计公报\n全县农林牧渔业总产值56.3亿元,不变价增长4.1%。\n", 4.1, "农林牧渔业总产值"),
])
def test_the_prices_a_growth_is_reckoned_at_are_no_part_of_its_name(text, value, name):
    assert one(facts_of(text), value).indicator == name


@pytest.mark.parametrize("text, value, name", [
    # a city's investment news: 签约 is the deed, no 约 of an approximation
    ("青川市招商引资\n今年以来,全市签约15个亿元项目。\n", 15, "签约亿元项目"),
    ("东坡县招商引资\n全县已签约12个,总投资50亿元。\n", 12, "签约"),
    # a real approximation is still taken off
    ("岚溪县\n全县节约资金约3亿元。\n", 3, "节约资金"),
])
def test_a_word_ending_in_yue_that_is_no_approximation_stays_in_the_name(text, value, name):
    assert one(facts_of(text), value).indicator == name
