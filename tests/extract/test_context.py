"""The document context: date, year, place, genre and title period, each with its evidence.

Every document here is written for these tests (places are real divisions, events invented).
"""
from __future__ import annotations

import json

import pytest

from taizhang.extract import context
from taizhang.extract.context import Hints, Manifest, parse_date
from taizhang.extract.pipeline import extract_text


def ctx_of(text: str, name: str = "t.txt"):
    ex = extract_text(text, name)
    return ex.doc.context, ex


def fact(ex, value):
    hits = [f for f in ex.facts if f.value == value]
    assert hits, [(f.value, f.evidence) for f in ex.facts]
    return hits[0]


# ------------------------------------------------------------------ dates

def test_meeting_dateline_dates_a_work_report():
    text = ("政府工作报告\n——2019年12月20日在石阡县第十八届人民代表大会第四次会议上\n县长 王某某\n各位代表:\n"
            "即将过去的2019年,我们砥砺前行。全年预计实现地区生产总值120亿元,增长7%。\n")
    c, ex = ctx_of(text)
    assert c.date.value == "2019-12-20" and c.date.evidence.source == "dateline"
    assert text[c.date.evidence.start:c.date.evidence.end].startswith("——2019年12月20日")
    assert c.year == 2019
    assert ex.record.published == "2019-12-20"


def test_labelled_field_beats_the_sites_clock_above_the_breadcrumb():
    text = ("2026年03月02日 星期一\n当前位置: 首页 > 要闻 > 正文\n\n新区建设提速\n来源: 县融媒体中心 发布日期:2023-11-08  打印\n"
            "  目前全县共有规上企业120家。\n")
    c, ex = ctx_of(text)
    assert c.date.value == "2023-11-08" and c.date.evidence.source == "field"
    assert ex.record.published == "2023-11-08"


def test_related_link_date_and_title_do_not_win():
    text = ("今日特推: 某某市第九届人大一次会议开幕 2024-01-05\n搜索:\n东营区召开经济工作会议\n"
            "  东营区召开经济工作会议,会议指出,全区经济运行稳中有进。\n发布时间:2023-12-28\n")
    c, ex = ctx_of(text)
    assert ex.record.title == "东营区召开经济工作会议"
    assert c.date.value == "2023-12-28"


def test_front_matter_and_meta_tags():
    fm = "---\ntitle: '前三季度全县经济运行平稳'\ndate: Tue, 17 Oct 2023 08:00:00 GMT\n---\n<p>前三季度,全县实现生产总值88亿元。</p>\n"
    c, ex = ctx_of(fm)
    assert c.date.value == "2023-10-17" and c.date.evidence.source == "front_matter"
    assert ex.record.title == "前三季度全县经济运行平稳"
    html = ('<html><head><meta name="PubDate" content="2022-05-09 10:00"><title>x</title></head>'
            "<body><p>今年以来,新开工项目18个。</p></body></html>")
    c, _ = ctx_of(html, "t.html")
    assert c.date.value == "2022-05-09" and c.date.evidence.source == "meta_tag"


def test_canonical_address_with_a_date():
    html = ('<html><head><link rel="canonical" href="http://www.example.gov.cn/art/2021/6/30/art_1_2.html">'
            "<title>x</title></head><body><p>全县新增就业2000人。</p></body></html>")
    c, _ = ctx_of(html, "t.html")
    assert c.date is not None and c.date.value.startswith("2021") and c.date.evidence.source == "url"


@pytest.mark.parametrize("s,d", [("2018年12月25日", "2018-12-25"), ("2022-12-26 09:00", "2022-12-26"),
                                 ("二〇二一年三月五日", "2021-03-05"), ("Tue, 24 Aug 2021 03:37:22 GMT", "2021-08-24"),
                                 ("20230115", "2023-01-15"), ("明天", "")])
def test_parse_date(s, d):
    assert parse_date(s) == d


def test_reporting_title_year_beats_the_publication_date():
    text = "某某县2022年国民经济和社会发展统计公报\n发布时间:2023-03-20\n  全年实现地区生产总值95亿元,增长5%。\n"
    c, ex = ctx_of(text)
    assert c.year == 2022 and c.date.value == "2023-03-20"
    assert fact(ex, 95).period == "2022"


@pytest.mark.parametrize("head", [
    "松原市 2021 年国民经济和社会发展统 计 公 报\n松原市统计局\n2022 年 3 月 28 日\n",  # PDF: spaced words
    "松原市2021年国民经济和社会发展统计公报\n松原市统计局\n2022年3月28日\n",
])
def test_a_bulletins_year_comes_from_its_title_line_even_when_spaced(head):
    text = head + "\n一、综合\n全 年全市实现地区生产总值 410.2 亿元,比 上 年增长 5.1%。\n"
    c, ex = ctx_of(text)
    assert c.year == 2021
    assert text[c.year_evidence.start:c.year_evidence.end].replace(" ", "") == "2021年"
    assert fact(ex, 410.2).period == "2021"


def test_a_news_header_line_with_a_year_does_not_set_the_year():
    text = "县城迎来2021年以来最大规模签约\n发布时间:2022-05-06\n  今年全市签约项目12个。\n"
    c, ex = ctx_of(text)
    assert c.year == 2022


def test_a_year_the_text_never_states_stays_unknown():
    text = "经济稳中向好\n  上半年全市规上工业增加值同比增长5%,一季度为增长3%。\n"
    c, ex = ctx_of(text)
    assert c.date is None and c.year is None
    assert fact(ex, 5).period == "?-H1"



def test_a_publishing_date_on_a_line_of_page_items_the_cleaner_removes():
    text = ("岚溪县重点项目建设稳步推进\n\n编辑:李某来源:岚溪日报评论数:0发布时间:2023-08-02 10:11:12\n\n"
            "1—7月,全县重点项目完成投资28.6亿元。\n")
    c, ex = ctx_of(text)
    assert "发布时间" not in ex.doc.norm  # the line is page chrome
    assert c.date.value == "2023-08-02" and c.date.evidence.source == "field"
    assert text[c.date.evidence.start:c.date.evidence.end].startswith("发布时间")
    assert ex.record.published == "2023-08-02"
    assert fact(ex, 28.6).period == "2023-M01..M07"


def test_a_related_link_removed_as_chrome_gives_no_date():
    text = ("岚溪县重点项目建设稳步推进\n\n相关阅读:青川市召开项目推进会 发布时间:2019-01-02\n\n"
            "全县重点项目完成投资28.6亿元。\n")
    c, ex = ctx_of(text)
    assert c.date is None or c.date.value != "2019-01-02"


@pytest.mark.parametrize("lead,day,period", [
    # 此次: the event's, of its day's month (the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a quarter or half; it was the quarter)
    ("2021年3月5日,浦江县举行一季度重大项目集中开工活动。", "2021-03-05", "2021-M03"),
    # (the batch an event launches is of the day's month: the lead's convention of session 27: an event dated to a day is of that day's month)
    ("本报讯 2022年9月8日上午,浦江县举行项目签约仪式。", "2022-09-08", "2022-M09")])
def test_a_news_lead_opening_with_its_day_dates_the_document(lead, day, period):
    text = f"浦江县重大项目集中开工\n\n{lead}此次开工项目18个,总投资56.3亿元。\n"
    c, ex = ctx_of(text)
    assert c.date.value == day and c.date.evidence.source == "lead"
    assert ex.record.published == day
    assert fact(ex, 18).period == period


def test_the_year_of_a_reporting_span_states_the_documents_year():
    text = ("项目建设情况\n\n2023年1—7月,全县固定资产投资完成36.4亿元,同比增长9.8%。\n\n"
            "1—7月,全县实施重点项目52个,完成投资28.6亿元。\n")
    c, ex = ctx_of(text)
    assert c.year == 2023
    assert fact(ex, 28.6).period == "2023-M01..M07"
    assert fact(ex, 52).period == "2023"  # the year's list of projects, whose work of 1—7月 the next clause gives

# ------------------------------------------------------------------ places

def test_county_without_its_prefecture_is_the_place_of_its_work_report():
    text = ("政府工作报告\n——2020年12月28日在凤冈县第十七届人民代表大会第五次会议上\n各位代表:\n"
            "  五年来,全县地区生产总值年均增长9%。今年,全县新增城镇就业3000人。\n")
    c, ex = ctx_of(text)
    assert c.place.name == "凤冈县" and c.place.evidence.source == "issuer" and c.place.confidence >= 0.9
    assert text[c.place.evidence.start:c.place.evidence.end] == "凤冈县"
    assert ex.record.regions[0] == "凤冈县"
    assert fact(ex, 3000).subject == "凤冈县"


def test_the_region_the_document_is_about_beats_a_province_named_in_passing():
    text = ("山东某县召开人代会\n来源:某某网\n  1月10日,山东省德州市夏津县第十九届人民代表大会第五次会议开幕。"
            "山东省委、山东省政府表示祝贺。山东各地代表观摩。\n  2023年,全县实现地区生产总值300亿元。\n")
    c, ex = ctx_of(text)
    assert c.place.name == "夏津县"
    assert fact(ex, 300).subject == "夏津县"


def test_no_place_named_gives_no_place():
    text = "奋力实现目标\n  未来五年,全市地区生产总值年均增长6%以上。\n"
    c, ex = ctx_of(text)
    assert c.place is None
    assert fact(ex, 6).subject == ""


def test_interview_collection_keeps_the_parent_region():
    text = ("奋进新征程\n全会召开后,各地负责人表示将认真贯彻落实全会精神。\n建设美丽新城\n——访延平区委书记 刘洋\n"
            "延平将坚持生态优先。\n打造产业强县\n——访顺昌县委书记 陈刚\n顺昌将聚焦工业。\n")
    c, ex = ctx_of(text)
    assert ex.record.regions[0] == "南平市"
    assert c.place.name == "南平市"


# ------------------------------------------------------------------ genre and title period

@pytest.mark.parametrize("title,genre", [("2023年某县政府工作报告", "work_report"),
                                         ("前三季度全市经济运行情况分析", "statistics_analysis"),
                                         ("某县2022年国民经济和社会发展统计公报", "communique"),
                                         ("关于全市重点项目建设进展情况的督查通报", "project_list"),
                                         ("关于市政府常务会议议定事项落实情况的督办通报", "supervision_notice"),
                                         ("某市国民经济和社会发展第十四个五年规划纲要", "plan"),
                                         ("某地举行项目集中开工仪式", "news")])
def test_genre(title, genre):
    assert context.find_genre(title, "") == genre


def test_title_period_scopes_the_whole_document():
    text = ("上半年全县经济运行情况\n  全县规上工业增加值同比增长6%,增速比一季度提高1个百分点。\n"
            "  全县固定资产投资完成20亿元,同比增长8%(同期为下降2%)。\n")
    c, ex = ctx_of(text)
    assert c.period == "?-H1"
    assert fact(ex, 6).period == "?-H1"
    assert fact(ex, 1).period == "?-H1"  # 比一季度: the comparison base, not the period
    assert fact(ex, 20).period == "?-H1"
    assert fact(ex, 2).period == "?-H1"  # 同期为…: the same half a year before (year unknown)


# ------------------------------------------------------------------ manifest

def test_manifest_fills_only_what_the_text_leaves_unknown(tmp_path):
    p = tmp_path / "m.csv"
    p.write_text("path,url,region,published,title\na.txt,,四川省宜宾市兴文县,2021-07-15,\nb.txt,,湖南省,2019-01-01,\n",
                 encoding="utf-8")
    m = Manifest.load(p)
    assert m.get(tmp_path / "a.txt").region == "四川省宜宾市兴文县"
    ex = extract_text("进展情况\n  上半年,全县新增市场主体1200户。\n", "a.txt")
    assert ex.doc.context.place is None  # the text alone says nothing
    from taizhang.extract.pipeline import extract_doc
    from taizhang.extract.doc import Doc
    doc = Doc("a.txt", "进展情况\n  上半年,全县新增市场主体1200户。\n")
    doc.hints = m.get("a.txt")
    ex = extract_doc(doc)
    c = ex.doc.context
    assert c.place.name == "兴文县" and c.place.evidence.source == "manifest"
    assert c.year == 2021 and set(c.from_manifest) == {"published", "region"}
    assert fact(ex, 1200).period == "2021-H1" and fact(ex, 1200).subject == "兴文县"
    # the text's own date and place win over the manifest's
    doc = Doc("b.txt", "通知\n发布日期:2023-05-06\n  2023年,长沙县新增就业3000人。全县新增市场主体500户。\n")
    doc.hints = m.get("b.txt")
    c = extract_doc(doc).doc.context
    assert c.date.value == "2023-05-06" and c.place.name == "长沙县"


def test_manifest_jsonl_and_errors(tmp_path):
    p = tmp_path / "m.jsonl"
    p.write_text(json.dumps({"path": "x/c.txt", "region": "运城市", "published": "2024"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    h = Manifest.load(p).get("c.txt")
    assert h == Hints(path="x/c.txt", region="运城市", published="2024")
    bad = tmp_path / "bad.csv"
    bad.write_text("file,region\na.txt,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="path"):
        Manifest.load(bad)


def test_self_reference_names_the_county():
    text = ("项目建设跑出加速度\n  今年以来,全县上下紧盯目标。在思南县经济开发区,一批项目加快建设。全县完成投资45亿元。\n")
    c, ex = ctx_of(text)
    assert c.place.name == "思南县" and c.place.evidence.source in ("self_reference", "issuer")
    assert fact(ex, 45).subject == "思南县"


@pytest.mark.parametrize("line,chrome", [("相关新闻: 某县召开会议 2024-01-05", True), ("上一篇: 某某", True),
                                         ("版权所有 某某县人民政府", True), ("当前位置: 首页 > 要闻", True),
                                         ("全县新增就业3000人", False)])
def test_chrome_lines(line, chrome):
    assert context.is_chrome_line(line) == chrome


def test_documents_carry_the_context_with_raw_spans():
    text = ("政府工作报告\n——2019年12月20日在石阡县第十八届人民代表大会第四次会议上\n各位代表:\n  全年预计实现地区生产总值120亿元。\n")
    _, ex = ctx_of(text)
    s = ex.record.context
    assert s["date"] == "2019-12-20" and s["date_source"] == "dateline" and s["place"] == "石阡县"
    a, b = s["place_span"]
    assert text[a:b] == "石阡县" and s["year"] == 2019 and s["genre"] == "work_report"


def test_a_signature_line_is_not_the_headline():
    text = ("——2020年12月27日在某某县第十六届人民代表大会第六次会议上\n某某县人民政府县长:王某\n2021年某某县人民政府工作报告\n"
            "各位代表:\n  现在,我代表县人民政府向大会报告工作。\n")
    _, ex = ctx_of(text)
    assert ex.record.title == "2021年某某县人民政府工作报告"
    assert ex.doc.context.genre == "work_report"


def test_genre_from_the_lead_only_for_unmistakable_names():
    assert context.find_genre("", "各地开展督查,通报了一批问题。") == "news"
    assert context.find_genre("", "市长在政府工作报告中指出") == "work_report"


def test_an_event_time_in_the_body_is_not_the_documents_date():
    body = "".join(f"  第{i}条 有关事项。\n" for i in range(1, 16))
    text = "关于召开全县项目推进会的通知\n各乡镇:\n" + body + "会议时间:2023年5月20日\n某某县人民政府办公室\n2023年5月10日\n"
    c, _ = ctx_of(text)
    assert c.date.value == "2023-05-10" and c.date.evidence.source == "signature"


def test_manifest_url_dates_an_undated_text():
    from taizhang.extract.doc import Doc
    from taizhang.extract.pipeline import extract_doc
    doc = Doc("u.txt", "进展\n  上半年,全县新增就业800人。\n")
    doc.hints = Hints(path="u.txt", url="http://www.example.gov.cn/xwzx/2022-07/15/content_1.html")
    c = extract_doc(doc).doc.context
    assert c.date.value == "2022-07-15" and c.year == 2022 and "url" in c.from_manifest


def test_companies_and_a_verb_named_like_places_do_not_move_the_documents_region():
    text = ("一季度重大项目集中开工\n\n3月18日上午,浦江县举行一季度重大项目集中开工活动。此次开工的上海恒川机械、"
            "成都市锦辉物流园等9个项目总投资27亿元。\n\n北京华岳酒业年产2万吨白酒项目总投资5.6亿元,上海恒川机械"
            "智能装备项目总投资3.2亿元。\n\n县督查办会同县发改局对全县重点项目开展督查。\n")
    c, ex = ctx_of(text)
    assert ex.record.regions[0] == "浦江县"
    assert c.place is not None and c.place.name == "浦江县"
    assert fact(ex, 27).subject == "浦江县"


def test_a_headline_province_yields_to_the_region_the_text_speaks_as():
    text = ("内蒙古:重大项目集中开工\n\n4月18日,兴安盟举行2011年重大项目集中开工仪式。全盟开工5000万元以上项目有45个,"
            "总投资120亿元。\n\n其中,乌兰浩特市开工项目12个。\n")
    c, ex = ctx_of(text)
    assert c.place.name == "兴安盟"
    assert fact(ex, 45).subject == "兴安盟"
    assert fact(ex, 12).subject == "乌兰浩特市"


def test_an_autonomous_regions_own_quan_qu_does_not_pick_a_district():
    text = ("内蒙古自治区重大项目集中开工\n\n全区各盟市集中开工一批重大项目,全区开工项目1200个。"
            "通辽市科尔沁区开工项目12个。\n")
    c, ex = ctx_of(text)
    assert c.place.name == "内蒙古自治区"
    assert fact(ex, 12).subject == "科尔沁区"  # a chain of places names its last


@pytest.mark.parametrize("line", ["来源:岚溪日报 时间:2023-08-02 浏览次数:123",
                                  "【字体:大 中 小】 日期:2023年08月02日 来源:县发改局",
                                  "责任编辑:李四 2023-08-02"])
def test_a_date_among_the_page_items_above_the_body(line):
    text = f"岚溪县项目建设提速\n\n{line}\n\n1—7月,全县重点项目完成投资28.6亿元。\n"
    c, ex = ctx_of(text)
    assert ex.record.published == "2023-08-02"
    assert fact(ex, 28.6).period == "2023-M01..M07"


@pytest.mark.parametrize("lead", ["本报讯（记者 张三 通讯员 李四）2021年4月6日上午,", "【岚溪融媒】2021年4月6日,"])
def test_a_lead_date_after_a_bracketed_byline(lead):
    c, ex = ctx_of(f"房县重大项目集中开工\n\n{lead}房县举行重大项目集中开工活动,此次开工项目23个。\n")
    assert ex.record.published == "2021-04-06" and c.date.evidence.source == "lead"


def test_a_bare_time_label_on_a_kept_line_of_bylines_and_page_items():
    text = "房县重大项目集中开工\n\n来源:房县融媒 时间:2021-04-06 电话:0719-1234567\n\n房县举行重大项目集中开工活动,此次开工项目23个。\n"
    c, ex = ctx_of(text)
    assert ex.record.published == "2021-04-06"
    assert fact(ex, 23).subject == "房县"  # 房县举行…项目 is a clause, no project's name


def test_huitong_as_a_verb_before_a_county_office_is_no_issuer():
    text = ("关于上半年重点工作推进情况的督查通报\n\n根据县委、县政府工作部署,县督查办会同县发改委对全县重点工作推进情况进行了"
            "督查,现将有关情况通报如下:\n\n截至6月底,全县重点项目累计完成投资38.6亿元。\n")
    c, ex = ctx_of(text)
    assert c.place is None or c.place.name != "会同县"
    assert "会同县" not in ex.record.regions


def test_a_text_speaking_as_a_province_that_names_it_is_the_provinces():
    text = ("全省重点项目建设进展情况\n\n发布时间:2022-10-20\n\n截至9月底,四川全省省重点项目累计完成投资5800亿元。\n\n"
            "从区域看,成都市完成投资1200亿元,绵阳市完成投资380亿元。\n\n9月份,全省完成投资680亿元。\n")
    c, ex = ctx_of(text)
    assert c.place.name == "四川省" and ex.record.regions[0] == "四川省"
    assert fact(ex, 5800).subject == "四川省"
    assert fact(ex, 1200).subject == "成都市"
    assert fact(ex, 680).period == "2022-M09"


def test_a_province_never_named_is_not_inferred_from_its_cities():
    # SCHEMA: subject "" when the text never names the place; as for a city never named beside its districts
    text = ("全省重点项目建设进展情况\n\n发布时间:2022-10-20\n\n截至9月底,全省省重点项目累计完成投资5800亿元。\n\n"
            "从区域看,成都市完成投资1200亿元,绵阳市完成投资380亿元。\n\n9月份,全省完成投资680亿元。\n")
    c, ex = ctx_of(text)
    assert c.place is None or c.place.level > 1
    assert fact(ex, 5800).subject == ""
    assert fact(ex, 1200).subject == "成都市"


def test_a_province_named_only_in_a_list_of_works_is_not_the_texts():
    text = ("重点项目建设观察\n前三季度,全省各地紧盯年度目标抓投资。截至9月底,全省156项重点项目"
            "已开复工148项,完成投资1320亿元。其中,能源项目完成投资286亿元,格尔木光伏储能基地、海东市抽水蓄能电站"
            "等项目加快推进;信息项目完成投资98亿元,着力推进智慧青海大数据平台、西宁市物流枢纽等项目建设。\n")
    c, ex = ctx_of(text)
    assert c.place is None or c.place.level > 1
    for v in (156, 148, 1320):
        assert fact(ex, v).subject == ""


def test_a_province_named_in_its_own_hotlines_name_is_the_texts():
    text = ("1月18日,省政务服务管理办公室通报2031年度四川12345热线运行情况。2031年,全省12345热线累计受理诉求2870万件,"
            "同比增长2.6%;全省平均接通率为95.1%。从地区看,成都、绵阳、德阳的诉求量居前。\n")
    c, ex = ctx_of(text)
    assert c.place.name == "四川省"
    assert fact(ex, 2870).subject == "四川省"


def test_cities_of_two_provinces_name_no_province():
    text = ("重点项目建设观察\n\n全省上下加快项目建设,全省完成投资5800亿元。成都市完成投资1200亿元,"
            "西安市完成投资900亿元。\n")
    c, ex = ctx_of(text)
    assert c.place is None or c.place.level > 1


def test_a_publishing_label_among_the_page_items_closing_a_long_page():
    body = "\n\n".join(f"第{i}段。全县持续推进项目建设,各项工作有序开展。" for i in range(1, 16))
    text = f"岚溪县项目建设提速\n\n{body}\n\n1—7月,全县重点项目完成投资28.6亿元。\n\n【打印本页】【关闭窗口】 发布日期:2023-08-02\n"
    c, ex = ctx_of(text)
    assert ex.record.published == "2023-08-02"
    assert fact(ex, 28.6).period == "2023-M01..M07"
    related = text.replace("【打印本页】【关闭窗口】 发布日期", "上一篇:青川市召开项目推进会 发布日期")
    c, ex = ctx_of(related)
    assert ex.record.published != "2023-08-02"


# ------------------------------------------------------------------ a bulletin signed the year after it reports

BULLETIN = ("青川市国民经济和社会发展统计公报\n\n"
            "{lead}面对复杂的形势，全市经济运行总体平稳。\n\n"
            "一、综合\n\n初步核算，全年全市地区生产总值1250.6亿元，比上年增长6.8%。\n\n"
            "二、农业\n\n全年粮食总产量186.4万吨，比上年增长2.3%。\n\n"
            "青川市统计局\n2020年3月23日\n")


def test_bulletin_signed_next_year_reports_the_year_its_body_states():
    c, ex = ctx_of(BULLETIN.format(lead="2019年，"))
    assert c.date.value == "2020-03-23" and c.date.evidence.source == "signature"
    assert c.year == 2019
    assert fact(ex, 1250.6).period == "2019" and fact(ex, 1250.6).kind == "actual"


def test_bulletin_without_a_stated_year_reports_the_year_before_its_signature():
    # an annual statistics communiqué is about the year before its release unless it says otherwise (the lead's
    # convention, session 18): 全年 in one signed 2020年3月23日 is 2019
    c, ex = ctx_of(BULLETIN.format(lead=""))
    assert c.year == 2019
    assert fact(ex, 1250.6).period == "2019"


def test_a_news_item_signed_next_year_is_not_a_review():
    text = BULLETIN.format(lead="2019年，").replace("国民经济和社会发展统计公报", "召开重点项目推进会")
    c, _ = ctx_of(text)
    assert c.year == 2020


def test_a_line_is_judged_chrome_once_and_as_is_chrome_line_judges_it():
    lines = context._lines("相关新闻: 某县召开会议 2024-01-05\n全县新增就业3000人\n")
    assert [ln.chrome for ln in lines] == [context.is_chrome_line(ln.text) for ln in lines] == [True, False]
    assert "chrome" in vars(lines[0])  # kept on the line after the first question


def test_the_event_day_is_the_same_with_the_dating_spans_given():
    from taizhang.extract.doc import Doc
    doc = Doc("t.txt", "岚溪县举行重点项目集中开工活动\n发布时间:2024-03-09\n2024年3月8日,岚溪县举行第一季度重点项目集中开工活动,"
                       "集中开工项目25个,总投资80亿元。\n")
    lines = context._lines(doc.norm)
    date = context.find_date(doc, lines)
    spans = context.dating_spans(doc, lines)
    assert spans  # the page's date line
    given = context.find_event_day(doc, "", date, 2024, lines, spans)
    assert given == context.find_event_day(doc, "", date, 2024, lines) and given[0].evidence.text == "2024年3月8日"
    # the spans given are the ones read: a lead's date among them is a dating line's, no event's
    lead = doc.norm.index("2024年3月8日")
    other = context.find_event_day(doc, "", date, 2024, lines, spans + [(lead, lead + len("2024年3月8日"))])
    assert other[0] is None or other[0].evidence.text != "2024年3月8日"
