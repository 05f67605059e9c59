"""The document's own place as one frame decision (``docregions.place_frame``), with its evidence: a branch venue of a
wider body's event (全省集中开工眉山分会场 … 全市此次开工项目30个), the headline place the body speaks as (广西 and 南宁
in the headline, 全区 in the body), the one county a body speaking as 全县 names under a headline's prefecture; and a
frame that is unsure changes nothing.

Every text is written for these tests: 眉山市, its 东坡区/彭山区/青神县/仁寿县, 柳州市, 南宁市 and the provinces are
real so that the gazetteer knows them; 青川市 and 岚溪县 are invented.
"""
from __future__ import annotations

import pytest

from factrun import context_of, one

from taizhang.extract.docregions import body_speaker


def _place(text):
    ctx, ex = context_of(text)
    return ctx.place, ex


# ---------------------------------------------------------------- a branch venue of a wider body's event

BRANCH_NEWS = [
    # 开工 news, the branch named by the city's short form, the venue a district of it
    ("全省秋季重大项目集中开工眉山分会场活动举行\n9月28日,全省2025年秋季重大项目集中开工眉山分会场活动在东坡区举行。"
     "全市此次集中开工项目30个,总投资156亿元。\n", "眉山市", 30),
    # the province named in the headline, the branch in its sub-headline, the figures after a blank
    ("四川省2025年第三季度重大项目集中开工仪式举行 眉山分会场开工项目42个\n10月9日,四川省第三季度重大项目集中开工"
     "仪式举行。眉山分会场设在彭山区,全市集中开工项目42个,总投资188亿元。\n", "眉山市", 188),
    # a county's branch of its prefecture's event, the county called by a short form that is also a word
    ("全市重点项目集中开工仁寿分会场活动举行\n3月6日,眉山市2025年一季度重点项目集中开工仁寿分会场活动在文林工业园"
     "举行。本次全县集中开工项目12个,总投资46亿元。\n", "仁寿县", 46),
    # 签约 news: a branch of a province's signing event, the city speaking as 我市
    ("全省招商引资项目集中签约活动眉山分会场签约项目16个\n11月2日,全省招商引资项目集中签约活动举行,在眉山设分会场。"
     "我市现场签约项目16个,协议投资额210亿元,其中工业项目9个。\n", "眉山市", 210),
    # the branch written with the city's full name, the event's body a province named in full
    ("四川省重大项目集中开工活动眉山市分会场举行\n四川省2025年重大项目集中开工活动眉山市分会场在彭山区举行,"
     "全市共有25个项目集中开工,总投资97亿元。\n", "眉山市", 97),
]


@pytest.mark.parametrize("text,place,value", BRANCH_NEWS)
def test_a_branch_venue_is_the_place_of_a_text_speaking_as_it(text, place, value):
    p, ex = _place(text)
    assert p is not None and p.name == place
    assert p.frame is not None and p.frame.name == place and p.frame.reason == "branch_venue"
    assert text[p.evidence.start:p.evidence.end] in (place, place[:-1])  # the branch's name as written
    assert one(ex.facts, value).subject == place


def test_an_unlisted_citys_branch_keeps_the_city_over_the_province_of_its_event():
    p, ex = _place("全省秋季重大项目集中开工青川分会场活动在青川市举行\n全省秋季重大项目集中开工青川分会场活动在青川市"
                   "举行。全市此次开工项目30个,总投资86亿元,其中产业项目21个。\n")
    assert p.name == "青川市"
    for v in (30, 86, 21):
        assert one(ex.facts, v).subject == "青川市"


def test_a_branch_venue_of_a_body_speaking_as_the_whole_event_is_no_place_of_its_figures():
    # the province's own report: the branches are listed, the body speaks as 全省, nothing is decided by a branch; the
    # province is never named, so its totals are of no place named (SCHEMA), not of a branch's city
    p, ex = _place("全省重大项目集中开工活动举行\n3月1日,全省重大项目集中开工活动举行,主会场设在成都市,眉山、乐山等"
                   "20个市(州)设分会场。此次全省集中开工项目1200个,总投资4800亿元。全省一季度新开工项目增长12%。\n")
    assert p is None or p.frame is None or p.frame.reason != "branch_venue"
    assert one(ex.facts, 1200).subject == ""


# ---------------------------------------------------------------- the headline place the body speaks as

def test_of_a_headlines_places_the_one_the_body_speaks_as_is_the_texts():
    p, ex = _place("南宁81个!广西一季度集中开竣工重大项目649个\n1月10日,广西举行一季度全区重大项目集中开竣工活动,"
                   "主会场设在柳州市,南宁、钦州等6个设区市设分会场。此次全区集中开竣工重大项目649个,总投资3319亿元,"
                   "将为全区经济发展增添动力。我区一季度完成投资增长9.1%。南宁市81个项目开竣工,总投资约480亿元。\n")
    assert p.name == "广西壮族自治区"
    assert p.frame.reason == "title_speaker" and p.frame.beats == "南宁市"
    assert one(ex.facts, 3319).subject == "广西"  # (the subject as the page names the region)
    assert one(ex.facts, 480).subject == "南宁市"  # a city's own clause keeps its city


# ---------------------------------------------------------------- a headline's prefecture over a county's body

COUNTY_BODIES = [
    ("眉山:项目建设跑出加速度\n今年以来,青神县紧盯年度目标任务,全县38个重点项目完成投资45亿元。青神县新开工项目14个。\n",
     45),
    ("眉山市重点项目建设综述\n青神县委、县政府高度重视项目建设。1-6月,全县重点项目完成投资45亿元,同比增长12.3%。\n", 12.3),
    ("眉山:县域经济稳步提升\n上半年,青神县地区生产总值增长7.2%,全县规上工业增加值增长9.8%。\n",
     9.8),
    ("眉山市乡村振兴工作侧记\n走进青神县,全县已建成高标准农田12万亩,今年计划再建设3万亩,我县农村居民人均可支配收入"
     "增长7.5%。\n", 7.5),
    ("眉山市第三季度安全生产督查见闻\n督查组在青神县看到,全县今年排查隐患1200处,整改完成率96%,本县未发生较大事故。\n", 96),
]


@pytest.mark.parametrize("text,value", COUNTY_BODIES)
def test_a_headlines_prefecture_does_not_beat_the_county_the_body_speaks_as(text, value):
    p, ex = _place(text)
    assert p.name == "青神县", (p.name, p.frame)
    assert p.frame.reason == "speaker_named" and p.frame.beats == "眉山市"
    assert one(ex.facts, value).subject == "青神县"


# ---------------------------------------------------------------- an unsure frame changes nothing

UNSURE = [
    # a city's statistical communiqué naming its counties: the body speaks as 全市, the title's city stands
    ("眉山市2025年国民经济和社会发展统计公报\n全市地区生产总值1650亿元,增长6.1%。东坡区、彭山区、青神县分别增长6.3%、"
     "5.9%、6.8%。\n", "眉山市"),
    # a prefecture's supervision notice naming two counties as often: no one county is its body's
    ("眉山市重点项目督查情况通报\n青神县、仁寿县全县项目推进有力,青神县完成投资12亿元,仁寿县完成投资15亿元。\n", "眉山市"),
    # a county's work report that names its prefecture often: the county of the title stands
    ("2026年青神县政府工作报告\n过去一年,全县地区生产总值增长6.5%,居眉山市第二。眉山市下达的目标任务全面完成。\n",
     "青神县"),
    # an issuer's notice whose body speaks as 全县 of one of its counties: the issuer is no headline to weigh
    ("眉山市人民政府督查室关于青神县重点项目推进情况的通报\n全县重点项目完成投资45亿元。\n", None),
]


@pytest.mark.parametrize("text,place", UNSURE)
def test_an_unsure_frame_leaves_the_place_found(text, place):
    p, _ = _place(text)
    if place is not None:
        assert p.name == place
    if p.frame is not None and p.frame.name:
        assert p.frame.name == p.name  # a frame that decides only confirms
    else:
        assert p.frame is None or p.frame.note  # and says what it saw when it decides nothing


# ---------------------------------------------------------------- the level the body speaks as

@pytest.mark.parametrize("text,suffix", [
    ("全省秋季重大项目集中开工眉山分会场活动举行。全市此次开工项目30个。", "市"),
    ("全区重大项目集中开竣工活动在柳州举行。此次全区开竣工项目649个,全区经济向好。", "区"),
    ("全省重点项目观摩会在眉山召开。我县参加观摩的项目3个,全县上下备受鼓舞。", "县"),
    ("全省集中签约仪式举行", ""),  # only the event's name: the body speaks as nothing
    ("全市集中开工项目42个,全省集中开工活动同日举行。", "市"),  # a count opened by 集中开工 is the body's own
])
def test_the_body_speaker_leaves_out_the_events_name(text, suffix):
    assert body_speaker(text)[0] == suffix


# ---------------------------------------------------------------- a place named as a part of a whole

PART_FORMS = [
    # a bracket opened by 含, the figures after it the whole's
    ("眉山市2025年重点项目名单\n全市重点项目共225个(含青神县),总投资2300亿元。\n", (225, 2300), "眉山市"),
    # full-width bracket naming two parts, the text naming its city only by 全市
    ("2025年重点项目名单公布\n眉山市全市重点项目共225个（含彭山区、青神县）,总投资2300亿元,年度计划投资560亿元。\n",
     (225, 2300, 560), "眉山市"),
    # 包括 in a notice to the counties
    ("眉山市发展和改革委员会关于下达2025年重点项目投资计划的通知\n各县(区)人民政府:\n今年全市安排重点项目225个"
     "(包括青神县、仁寿县省重点项目),总投资2300亿元。\n", (225, 2300), "眉山市"),
    # an inclusion clause without brackets, its parts joined by 、 and 和
    ("眉山市重点项目安排情况\n共安排项目225个,含青神县、仁寿县和东坡区项目,总投资2300亿元。\n", (225, 2300), "眉山市"),
    # 不含: the part left out of the whole
    ("眉山市一季度经济运行\n全市规上工业企业达到856家(不含天府新区眉山片区),实现增加值增长8.5%。\n", (856, 8.5), "眉山市"),
    # a breakdown in brackets keeps its own figure, the figure after the bracket is the whole's
    ("眉山市2025年重点项目名单\n重点项目225个(其中青神县38个),总投资2300亿元。\n", (225, 2300), "眉山市"),
]


@pytest.mark.parametrize("text,values,place", PART_FORMS)
def test_a_place_named_as_a_part_of_a_whole_is_no_subject_of_the_figures_after_it(text, values, place):
    p, ex = _place(text)
    assert p is not None and p.name == place
    for v in values:
        assert one(ex.facts, v).subject == place


def test_a_breakdown_in_brackets_keeps_its_own_figure():
    _, ex = _place("眉山市2025年重点项目名单\n重点项目225个(其中青神县38个),总投资2300亿元。\n")
    assert one(ex.facts, 38).subject == "青神县"


def test_a_text_naming_places_only_as_parts_has_none_of_them_for_its_place():
    p, ex = _place("关于下达2025年重点项目投资计划的通知\n各县(区)人民政府:\n今年全市安排重点项目225个(包括青神县、仁寿县"
                   "省重点项目),总投资2300亿元。\n")
    assert p is None or p.name not in ("青神县", "仁寿县")
    assert one(ex.facts, 2300).subject not in ("青神县", "仁寿县", "青神县、仁寿县")


@pytest.mark.parametrize("text,pos,inside", [
    ("项目共225个(含东坡区),总投资", 11, True),
    ("项目共225个（包括东坡区、青神县）,总投资", 15, True),
    ("共安排项目225个,含东坡区、青神县和彭山区项目,总投资", 20, True),
    ("东坡区完成投资12亿元,含续建项目", 0, False),  # the place opens its own clause
    ("全市项目225个(东坡区38个),总投资", 10, False),  # a bracket opened by no remark word
])
def test_inclusion_parts(text, pos, inside):
    from taizhang.extract.docregions import inclusion_part
    assert (inclusion_part(text, pos) >= 0) is inside


# ---------------------------------------------------------------- a clause's joining word is no part of its actor

@pytest.mark.parametrize("text,value,subject", [
    ("青川市重点项目推进情况\n全市纳入统计的项目共225个,完成投资86亿元,其中东坡县完成投资12亿元。\n", 12, "东坡县"),
    ("岚溪县工业经济运行情况\n全县规上企业实现产值120亿元,同时岚溪县某某电子科技有限公司实现产值15亿元。\n", 15,
     "岚溪县某某电子科技有限公司"),
    ("岚溪县重点项目进展\n全县项目完成投资45亿元。此外,青川镇完成投资6亿元。\n", 6, "青川镇"),
    ("岚溪县重点项目进展\n全县项目完成投资45亿元,另外城关镇完成投资5亿元。\n", 5, "城关镇"),
    ("青川市重点项目推进情况\n其中,东坡县实现投资12亿元。全市完成投资86亿元。\n", 12, "东坡县"),
])
def test_a_joining_word_is_no_part_of_the_actor(text, value, subject):
    _, ex = _place(text)
    s = one(ex.facts, value).subject
    assert s == subject, s


# ---------------------------------------------------------------- a headline's parts set apart by a blank

@pytest.mark.parametrize("text,value,subject", [
    ("四川省2025年第三季度重大项目集中开工仪式举行 眉山分会场开工项目42个\n10月9日,四川省第三季度重大项目集中开工"
     "仪式举行。眉山分会场设在彭山区,全市集中开工项目42个,总投资188亿元。\n", 188, "眉山市"),
    ("全省招商引资项目集中签约活动举行 眉山市签约项目16个\n11月2日,全省招商引资项目集中签约活动在成都举行。"
     "我市在活动中签约项目16个,协议投资额210亿元。\n", 210, "眉山市"),
    ("全省重大项目集中开工\u3000青神县开工项目8个\n3月2日,全省重大项目集中开工,青神县8个项目集中开工,总投资26亿元。\n",
     26, "青神县"),
    ("全市项目观摩会召开  彭山区获评优秀项目3个\n5月8日,眉山市重点项目观摩会召开,彭山区获评优秀项目3个,"
     "全区观摩项目总投资65亿元。\n", 65, "彭山区"),
    ("全省一季度重大项目集中签约\t东坡区签约项目11个\n东坡区在全省一季度重大项目集中签约中签约项目11个,"
     "协议投资额86亿元。\n", 86, "东坡区"),
])
def test_a_place_opening_a_headlines_part_owns_the_headlines_figure(text, value, subject):
    _, ex = _place(text)
    head = [f for f in ex.facts if f.vstart < text.index("\n")]
    assert head and all(f.subject == subject for f in head), [(f.value, f.subject) for f in head]
    assert one(ex.facts, value).subject == subject


# ---------------------------------------------------------------- the place that hosts or joins a wider body's event

EVENT_PARTS = [
    # the province's meeting held in a county, the body speaking as 全县
    ("全省重点项目现场观摩会举行\n5月10日,全省重点项目现场观摩会在青神县举行。全县参观项目3个,总投资18亿元。\n",
     "青神县", 18, "event_host"),
    # a city joining a province's fair held in another city: the city that joins, not the venue
    ("全省投资推介会在成都举行\n11月5日,全省投资推介会在成都举行,眉山市组团参加。全市现场签约项目12个,"
     "协议投资额96亿元。\n", "眉山市", 96, "event_part"),
    # a county taking part, named at the head of the lead
    ("全省项目观摩活动\n青神县参加全省第二季度项目观摩活动,全县共有4个项目接受观摩,总投资22亿元。\n",
     "青神县", 22, "event_part"),
    # a prefecture's event held in one of its counties, the body speaking as the county
    ("全市重点项目集中开工活动举行\n3月8日,眉山市重点项目集中开工活动在仁寿县文林工业园举行。本次全县集中开工项目12个,"
     "总投资46亿元。\n", "仁寿县", 46, None),
    # a city's delegation at a national fair: 我市 speaks
    ("西部投资贸易洽谈会开幕\n5月20日,第二十五届西部投资贸易洽谈会在重庆开幕,眉山市组团参加。我市签约项目9个,"
     "协议投资额75亿元。\n", "眉山市", 75, "event_part"),
]


@pytest.mark.parametrize("text,place,value,reason", EVENT_PARTS)
def test_the_place_holding_a_part_of_a_wider_event_is_the_texts(text, place, value, reason):
    p, ex = _place(text)
    assert p.name == place, (p.name, p.frame)
    if reason is not None:
        assert p.frame.name == place and p.frame.reason in (reason, "branch_venue")
    assert one(ex.facts, value).subject == place


def test_the_venue_of_a_wider_event_is_no_place_of_a_headline_that_speaks():
    # 眉山市 in the headline speaks as 我市; 成都, where the province's event met, is only its venue
    p, ex = _place("全省招商引资项目集中签约活动举行 眉山市签约项目16个\n11月2日,全省招商引资项目集中签约活动在成都举行。"
                   "我市在活动中签约项目16个,协议投资额210亿元。\n")
    assert p.name == "眉山市" and p.frame.name == ""
    assert "成都市" in p.frame.note
    assert one(ex.facts, 210).subject == "眉山市"


def test_a_wider_event_held_in_a_city_stays_the_wider_bodys_when_its_body_speaks_so():
    p, ex = _place("全省重大项目集中开工活动举行\n3月8日,全省重大项目集中开工活动在眉山市举行,主会场设在天府新区。"
                   "全省集中开工项目1200个,总投资4800亿元。\n")
    # not the host city's; the province is never named, so the totals are of no place named (SCHEMA)
    assert p is None or p.name != "眉山市"
    assert one(ex.facts, 4800).subject == ""


def test_a_byline_names_the_county_a_body_speaking_as_its_division_is_about():
    p, ex = _place("眉山:项目建设提速\n来源:青神县融媒体中心\n今年以来,全县重点项目完成投资45亿元,同比增长11%。\n")
    assert p.name == "青神县" and p.frame.reason == "speaker_named"
    assert one(ex.facts, 45).subject == "青神县"


def test_honours_named_after_a_wider_place_do_not_make_the_body_speak_as_it():
    # 全省…先行县 twice names an honour of the county, not the province speaking; the county's own report stands
    p, ex = _place("四川青神县第十九届人民代表大会第四次会议开幕\n来源:某某法制网\n1月16日上午,四川省眉山市青神县第十九届"
                   "人民代表大会第四次会议开幕。青神县县长代表县人民政府向大会作政府工作报告。过去一年,全县地区生产总值"
                   "增长6.8%,先后获评全省农业绿色发展先行县、全省水资源集约节约示范县。\n")
    assert p.name == "青神县"
    assert one(ex.facts, 6.8).subject == "青神县"


# ---------------------------------------------------------------- a headline's prefecture over a body about one county

def test_a_headline_prefecture_over_a_body_about_one_countys_kaigong():
    ctx, ex = context_of("眉山:重点项目集中开工 投资71.7亿元\n"
                         "青神县2025年秋冬季重点项目集中开工活动日前举行。总投资71.7亿元的48个重点项目集中开工,"
                         "这是眉山市青神县继上半年之后的又一批项目。\n青神县坚持项目为王,今年共签约项目32个,签约资金125.5亿元。"
                         "青神县此次开工项目中,工业项目20个。\n")
    assert ctx.place.name == "青神县" and ctx.place.frame.reason == "body_place" and ctx.place.frame.beats == "眉山市"
    assert {f.subject for f in ex.facts} == {"青神县"}  # the headline's figure too


def test_a_headline_prefecture_over_a_body_about_one_countys_signing():
    ctx, ex = context_of("眉山:招商引资结硕果\n日前,仁寿县2025年招商引资项目集中签约仪式举行。仁寿县现场签约项目26个,"
                         "协议投资210亿元。仁寿县今年已累计签约项目58个。\n")
    assert ctx.place.name == "仁寿县"
    assert one(ex.facts, 26).subject == "仁寿县"


def test_a_headline_prefecture_over_several_counties_stays_the_prefectures():
    ctx, ex = context_of("眉山:重点项目集中开工\n东坡区、青神县、仁寿县分别举行重点项目集中开工活动。东坡区开工项目20个,"
                         "青神县开工项目12个,仁寿县开工项目16个。\n")
    assert ctx.place.name == "眉山市"


def test_a_headline_prefecture_the_body_names_more_often_stays():
    ctx, ex = context_of("眉山:项目建设提速\n日前,眉山市项目推进会在青神县召开。眉山市今年安排重点项目120个,"
                         "眉山市要求青神县加快进度,青神县表示将全力推进。眉山市将每月通报一次。\n")
    assert ctx.place.name == "眉山市"


# ---------------------------------------------------------------- the 兵团, no division of the gazetteer

def test_a_corps_text_naming_no_place_is_of_the_autonomous_region():
    # 兵团新闻办…兵团经济运行情况 / 第八师…统计公报 with 团场 in its text: the 兵团 lies in 新疆维吾尔自治区; a bare 第八师
    # with no word of the 兵团 is left alone
    place, _ = _place("兵团新闻办召开2023年兵团经济运行情况新闻发布会\n全年实现生产总值3500亿元，比上年增长6.5%。\n")
    assert (place.name, place.evidence.source) == ("新疆维吾尔自治区", "corps_place")
    place, ex = _place("第八师2023年国民经济和社会发展统计公报\n\n2023年，第八师实现生产总值720.5亿元。团场新增就业1200人。\n")
    assert place.name == "新疆维吾尔自治区" and one(ex.facts, 1200).subject == "新疆维吾尔自治区"
    place, _ = _place("第八师2023年工作总结\n\n第八师实现生产总值720.5亿元。\n")
    assert place is None
