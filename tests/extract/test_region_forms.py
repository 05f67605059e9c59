"""Words that look like places to the gazetteer and are none: a person's name spelling a region's short form
(许昌明, 吴忠华, 常德胜), a newspaper's or a site's name (某某日报, 某某新闻网), a place inside the first example of an
enumeration (东坡区污水处理厂等12个项目).

Sentences are written for these tests.  The real short forms (许昌, 吴忠, 常德, 金华, 岳阳) are the accident the tests
are about; the places the texts speak as (岚溪县, 青川市, 东坡县) are invented, 眉山市 and its districts are real.
"""
from __future__ import annotations

import pytest
from factrun import context_of, facts_of, one

from taizhang.extract.docregions import DocRegions
from taizhang.extract.regions import gazetteer


def _names(text: str) -> list[str]:
    return [h.region.name for h in DocRegions(text, gazetteer()).find()]


# ------------------------------------------------------------------ (a) a person's name is never a place

@pytest.mark.parametrize("text", [
    "市委书记许昌明出席会议并讲话。",
    "县长 吴忠华\n各位代表:",
    "县委常委、常务副县长常德胜主持会议。",
    "(记者 岳阳春 通讯员 金华强)",
    "区统计局局长金华强介绍,上半年全区经济运行平稳。",
    "许昌明指出,要加快项目建设。",
    "常德胜受县人民政府委托作报告。",
    "吴忠华同志在会上作了讲话。",
    "吴忠同志在会上作了讲话。",
    "会上,岳阳春强调,各部门要压实责任。",
])
def test_a_persons_name_is_no_place(text):
    assert _names(text) == [], text


@pytest.mark.parametrize("text", [
    "宜宾市召开会议。县长 王兴文\n",
    "宜宾市召开会议。\n王兴文表示,要加快项目建设。",
    "宜宾市召开会议。\n王兴文副县长分管的项目12个。",
])
def test_a_short_form_as_a_given_name_after_a_surname_is_no_place(text):
    assert _names(text) == ["宜宾市"], text  # 宜宾 anchors its county 兴文, which the name only spells


def test_a_short_form_after_a_surname_like_character_without_a_cue_stays_a_place():
    assert "兴文县" in _names("宜宾市召开会议。今年兴文完成投资5亿元。")


def test_a_name_found_by_a_cue_is_a_person_wherever_else_it_is_written():
    text = "市委书记许昌明出席会议。\n会议结束后,许昌明还到项目现场察看了进度。"
    assert _names(text) == []


@pytest.mark.parametrize("text, name", [
    ("许昌市委书记王某某指出,全市项目建设成效明显。", "许昌市"),  # the office's place in full stays
    ("常德受暴雨影响,部分项目停工。", "常德市"),  # 受 without 委托: the place suffers
    ("许昌表示欢迎各地客商投资兴业。", "许昌市"),  # 表示 after a short form alone: places say so too
    ("到岳阳调研项目建设。", "岳阳市"),
    ("吴忠市政府介绍了经验。", "吴忠市"),
    ("岳阳人说,家乡变化真大。", "岳阳市"),  # its people speaking
    ("常德方面介绍,项目进展顺利。", "常德市"),
    ("许昌警方表示,案件已告破。", "许昌市"),
    ("常德还介绍了招商引资的经验。", "常德市"),  # an adverb after the place, no given name
])
def test_places_stay_places(text, name):
    assert name in _names(text), text


def test_a_speakers_name_gives_no_subject_and_no_region():
    ctx, ex = context_of("青川市召开一季度重点项目推进会\n3月28日,青川市召开一季度重点项目推进会。"
                         "市委书记许昌明出席会议并讲话。\n许昌明指出,今年全市安排重点项目120个,年度计划投资380亿元。\n")
    assert ex.record.regions == ["青川市"]
    assert one(ex.facts, 120).subject == "青川市"
    assert one(ex.facts, 380).subject == "青川市"
    fs = facts_of("东坡县2023年国民经济和社会发展计划执行情况\n常德胜受县人民政府委托作报告:\n"
                  "2023年全县完成固定资产投资85亿元,增长9.2%。\n")
    assert one(fs, 85).subject == "东坡县"


@pytest.mark.parametrize("text", [
    "王刚受市政府委托作报告",
    "陈立受县人民政府委托,向大会报告工作",
    "林甸华受市政府委托作报告",
    "刘洋受区政府委托作说明",
    "李明率县政府考察团赴外地学习",
    "张华携县政府相关部门负责人到现场办公",
])
def test_a_speakers_name_before_a_body_is_no_unlisted_place(text):
    from taizhang.extract.docregions import unlisted_places
    assert unlisted_places(text, gazetteer()) == [], text


def test_a_speaker_commissioned_by_the_body_gives_the_figures_no_place():
    text = ("关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n王刚受市政府委托作报告\n各位代表:\n"
            "青川市2023年地区生产总值完成580亿元,增长6.1%。全市固定资产投资增长8%。\n"
            "2024年主要预期目标是:全市地区生产总值增长6%左右;一般公共预算收入增长5%。\n")
    ctx, ex = context_of(text)
    assert ctx.place is None or "王刚" not in ctx.place.name
    for v in (580, 6.1, 8, 6, 5):
        assert "王刚" not in one(ex.facts, v).subject


# ------------------------------------------------------------------ (c) a place in an enumeration's first example

CITY = "眉山市2024年一季度重点项目推进情况通报\n截至3月底,全市重点项目开工52个。\n"


@pytest.mark.parametrize("sentence, value", [
    ("东坡区污水处理厂等12个项目已开工。", 12),
    ("仁寿县人民医院等8个项目正在办理前期手续。", 8),
    ("以彭山区产业园为代表的30个产业项目完成投资18亿元。", 30),
    ("以彭山区产业园为代表的30个产业项目完成投资18亿元。", 18),
    ("东坡区、彭山区等3个区县完成投资超过序时进度。", 3),
    ("经督查,东坡区、彭山区等2个区存在问题12个,已整改8个。", 12),
    ("其中,东坡区天府大道延伸线等5个项目投资超过10亿元。", 5),
    ("東坡區污水處理廠等１２個項目已開工。", 12),
    ("仁寿县和洪雅县等地完成投资36亿元。", 36),
    ("东坡区污水处理厂等12个项目已开工,完成投资5亿元。", 5),
])
def test_a_place_in_an_enumerations_example_is_not_whose_the_count_is(sentence, value):
    assert one(facts_of(CITY + sentence + "\n"), value).subject == "眉山市", sentence


@pytest.mark.parametrize("sentence, value, subject", [
    ("东坡区新开工项目12个,包括污水处理厂等。", 12, "东坡区"),  # 等 after the figure closes a list of its own
    ("东坡区等级公路改造完成投资3亿元。", 3, "东坡区等级公路改造"),  # 等级 is a word, no enumeration
    ("彭山区:新开工项目9个,完成投资7亿元。", 9, "彭山区"),
])
def test_a_place_that_is_no_example_keeps_its_figures(sentence, value, subject):
    assert one(facts_of(CITY + sentence + "\n"), value).subject == subject, sentence


# ------------------------------------------------------------------ (b) a newspaper's or a news account's name

@pytest.mark.parametrize("text", [
    "湖北日报讯(记者 张明 通讯员 李华)3月以来,",
    "来源:青海日报 2024-05-12",
    "四川新闻网讯 5月20日,",
    "甘肃发布\n一季度重大项目集中开工",
    "眉山市广播电视台记者从现场获悉,",
    "据湖南卫视报道,",
    "据“眉山发布”消息,",
    "据《四川日报》报道,",
])
def test_a_media_name_names_no_place_the_text_is_about(text):
    layer = DocRegions(text, gazetteer())
    assert layer.find(in_names=False) == [], text
    assert layer.find(), text  # the name is still found: who publishes


@pytest.mark.parametrize("text, name", [
    ("甘肃发布2024年重点项目清单。", "甘肃省"),  # the province acting: 发布 opens what it publishes
    ("湖北网格化管理覆盖全省。", "湖北省"),
])
def test_a_place_acting_is_no_media_name(text, name):
    assert name in [h.region.name for h in DocRegions(text, gazetteer()).find(in_names=False)], text


def test_a_province_papers_byline_gives_the_figures_no_place():
    ctx, ex = context_of("我市一季度重点项目开复工率达85%\n湖北日报讯(记者 张明 通讯员 李华)3月以来,青川市抢抓项目建设"
                         "黄金期,全市重点项目开复工率达85%。\n截至3月底,全市列入省级重点项目32个,完成投资48亿元。\n")
    assert "湖北省" not in ex.record.regions
    for v in (32, 48):
        assert one(ex.facts, v).subject == "青川市"


def test_an_account_of_the_level_the_text_speaks_as_is_its_place_when_nothing_else_is():
    ctx, ex = context_of("甘肃发布\n一季度全省重大项目集中开工\n4月2日,全省一季度重大项目集中开工活动举行。"
                         "本次集中开工项目260个,总投资1180亿元。\n")
    assert ex.record.regions == ["甘肃省"]
    assert one(ex.facts, 260).subject == "甘肃省"


@pytest.mark.parametrize("sentence, value", [
    ("我市一季度重点项目开复工率达85%。", 85),
    ("青川市一季度重点项目开复工率达85%。", 85),
    ("青川市上半年重点项目完成投资58亿元。", 58),
])
def test_the_texts_place_and_a_time_before_a_class_of_projects_make_no_name(sentence, value):
    text = "青川市重点项目推进情况\n青川市人民政府办公室\n全市重点项目进展顺利。\n" + sentence + "\n"
    assert one(facts_of(text), value).subject == "青川市", sentence


@pytest.mark.parametrize("text", ["新华社兰州4月2日电 一季度,", "中新网眉山3月5日电(记者 张明)", "新华社西宁电 ",
                                  "本报吉首9月10日讯(记者 张明)"])
def test_an_agencys_dateline_names_where_the_report_was_filed_not_its_place(text):
    assert DocRegions(text, gazetteer()).find(in_names=False) == [], text


def test_a_place_counted_in_with_others_is_not_whose_the_count_is():
    fs = facts_of(CITY + "包括东坡区在内的3个区县完成投资超过序时进度。\n")
    assert one(fs, 3).subject == "眉山市"


def test_a_name_before_an_office_title_is_a_person():
    assert _names("常德胜副县长分管的交通项目12个,已开工10个。") == []
    assert _names("许昌明常务副市长主持会议。") == []


DISTRICT = "东坡区经济运行情况\n东坡区人民政府办公室\n"


@pytest.mark.parametrize("sentence, value", [
    ("区统计局数据显示,1-6月全区规上工业增加值增长8.2%。", 8.2),
    ("区发改局介绍,上半年全区新签约项目15个,协议投资120亿元。", 15),
    ("区发改局介绍,上半年全区新签约项目15个,协议投资120亿元。", 120),
    ("区商务局负责人表示,上半年社会消费品零售总额增长7.5%。", 7.5),
    ("区发改局局长常德胜表示,全区新签约项目15个。", 15),
    ("县统计局副局长王立平介绍,一季度全区地区生产总值增长6.1%。", 6.1),
    # an office issuing its place's list (下达, 印发, 发布): the list's figures are the place's
    ("区发改局下达2024年重点建设项目计划,共安排项目60个,总投资320亿元。", 60),
    ("区发改局下达2024年重点建设项目计划,共安排项目60个,总投资320亿元。", 320),
    ("区发改局印发2024年重大项目清单,共列入项目42个。", 42),
])
def test_a_unit_as_the_source_or_a_speakers_office_is_no_subject(sentence, value):
    assert one(facts_of(DISTRICT + sentence + "\n"), value).subject == "东坡区", sentence


def test_a_unit_reporting_its_own_work_keeps_its_figures():
    fs = facts_of(DISTRICT + "区交通局承办建议15件,已办结12件。\n")
    assert one(fs, 15).subject == "区交通局"
    assert one(fs, 12).subject == "区交通局"


def test_an_officials_office_in_running_text_is_no_issuer():
    ctx, ex = context_of("眉山市重点项目建设情况\n东坡区委书记许昌明在彭山区考察时说,全区上半年新开工项目20个。\n"
                         "全市完成投资320亿元。\n")
    assert ctx.place.name == "眉山市"
    assert one(ex.facts, 320).subject == "眉山市"
    ctx, ex = context_of("在全区经济工作会议上的讲话\n东坡区委书记 许昌明\n(2024年1月5日)\n同志们:\n"
                         "去年全区完成投资96亿元。\n")
    assert ctx.place.name == "东坡区"  # the speech's signature line names its speaker's office


@pytest.mark.parametrize("sentence, value, subject", [
    ("东坡区比彭山区多完成投资6亿元。", 6, "东坡区"),
    ("东坡区较彭山区多新开工项目3个。", 3, "东坡区"),
    ("比亚迪完成投资60亿元。", 60, "比亚迪"),  # a company's name that opens with 比
])
def test_a_place_compared_with_another_is_the_subject_not_the_comparison(sentence, value, subject):
    assert one(facts_of("眉山市重点项目建设情况\n" + sentence + "\n"), value).subject == subject, sentence


# ------------------------------------------------------------------ a wider scope word in a lower place's text

def test_a_clause_speaking_as_a_wider_division_is_that_divisions():
    fs = facts_of("东坡区2024年上半年经济运行情况\n东坡区统计局\n上半年,全区地区生产总值增长7.2%,高于全市1.1个百分点。\n"
                  "全市规上工业增加值增长6.5%,全区增长8.1%。\n全省固定资产投资增长4%,全区增长9%。\n"
                  "全区空气质量综合指数为2.54,全省排名第2。\n")
    assert one(fs, 7.2).subject == "东坡区"
    assert one(fs, 1.1).subject == "东坡区"  # measured against the city: the district's figure
    assert one(fs, 6.5).subject == "眉山市"
    assert one(fs, 8.1).subject == "东坡区"
    assert one(fs, 4).subject == "四川省"
    assert one(fs, 9).subject == "东坡区"
    assert one(fs, 2.54).subject == "东坡区"
    assert one(fs, 2, "").subject == "东坡区"  # a rank within the province is the district's



# ------------------------------------------------------------------ a county that calls itself by its short form

@pytest.mark.parametrize("text, place", [
    ("云霄:三季度集中签约项目12个 总投资56亿元\n9月27日,云霄举行项目集中签约活动,共签约项目12个。今年以来,全县累计签约"
     "项目46个。\n", "云霄县"),
    ("仁寿重点项目建设跑出加速度\n今年以来,仁寿坚持项目为王,全县148个重点项目完成投资126亿元。\n", "仁寿县"),
])
def test_a_county_calling_itself_by_its_short_form_is_the_texts_place(text, place):
    ctx, ex = context_of(text)
    assert ex.record.regions == [place]
    assert all(f.subject == place for f in ex.facts if f.value in (46, 126))


@pytest.mark.parametrize("text, place", [
    # the short form is a common word the automaton leaves out (仁寿), written only in the body, as the county's doer
    ("全县经济运行情况\n今年以来,全县地区生产总值增长6%。仁寿坚持工业强县,仁寿全年新签约项目46个,"
     "全县148个重点项目完成投资126亿元。\n", "仁寿县"),
    # the place counted is set aside (a city above the 全县 it speaks as, whose office visited): the short form it
    # calls itself by, with no prefecture named to anchor it
    ("三年来城市建设成效明显\n三年来,我县累计投资126亿元,新建道路46条。日前,六安市文明办一行到我县考察交流。"
     "考察组对颍上的项目建设给予好评,认为颍上发展后劲足。\n", "颍上县"),
])
def test_a_county_calling_itself_by_its_short_form_in_its_body_is_the_texts_place(text, place):
    ctx, ex = context_of(text)
    assert ex.record.regions == [place]
    assert all(f.subject == place for f in ex.facts if f.value in (46, 126))


@pytest.mark.parametrize("text", [
    "仁寿重点项目建设跑出加速度\n今年以来,全市148个重点项目完成投资126亿元。\n",  # speaks as a 市: no 仁寿县
    "重点项目建设跑出加速度\n今年以来,全县148个重点项目完成投资126亿元。\n",  # no short form at all
])
def test_a_short_form_the_text_does_not_speak_as_is_no_place(text):
    ctx, ex = context_of(text)
    assert "仁寿县" not in ex.record.regions


@pytest.mark.parametrize("text, gone, kept", [
    ("眉山市召开会议。东坡街道签约项目3个。", "东坡区", "眉山市"),  # 东坡 roots a street office's name
    ("眉山市仁寿县文林镇完成投资5亿元。", "", "文林镇"),  # a town's full name stays
])
def test_a_short_form_rooting_a_lower_places_name_is_not_the_region_it_is_short_for(text, gone, kept):
    names = [h.region.name for h in DocRegions(text, gazetteer()).find(max_level=4)]
    assert kept in names and (not gone or gone not in names), names
