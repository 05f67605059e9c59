"""Headlines of pages whose <title> names the site, headlines broken over two lines, markup left in the text.

Every page here is invented (岚溪县, 墨川县, 某某机械).
"""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text


def title_of(raw: str, name: str = "p.html", fmt: str | None = "html"):
    rec = extract_text(raw, name=name, fmt=fmt).record
    return rec.title, rec


PORTAL = ("<html><head><title>岚溪县人民政府门户网站</title></head><body>"
          "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zw\">政务公开</a> <a href=\"/hd\">互动交流</a> "
          "<a href=\"/fw\">办事服务</a></div>"
          "<div>欢迎访问岚溪县人民政府门户网站</div>"
          "<div>当前位置:首页 &gt; 政务动态</div>"
          "{headline}"
          "<div>发布时间:2025-03-02 10:15 来源:县发展和改革局</div>"
          "<p>3月1日,岚溪县召开重点项目推进会,全县42个重点项目完成投资18.6亿元,占年度计划的21.5%。</p>"
          "<p>会议要求,各乡镇要加快项目建设进度。</p></body></html>")


@pytest.mark.parametrize("tag", ["<p>{}</p>", "<div>{}</div>", "<h2>{}</h2>", "<p style=\"font-size:22px\">{}</p>"])
def test_a_portals_headline_below_its_menus_not_the_site_name(tag):
    headline = "岚溪县召开一季度重点项目推进会"
    title, rec = title_of(PORTAL.format(headline=tag.format(headline)))
    assert title == headline
    assert rec.published == "2025-03-02"


def test_a_portals_headline_is_the_line_above_its_dateline_not_a_ticker_above_it():
    raw = ("<html><head><title>岚溪县人民政府门户网站</title></head><body>\n"
           "<div>岚溪县人民政府门户网站</div>\n"
           "<ul><li><a href=\"/\">首页</a></li><li><a href=\"/zw\">政务公开</a></li></ul>\n"
           "<div><marquee>关于开展2025年春季植树造林活动的倡议书</marquee></div>\n"
           "<div>当前位置:首页 &gt; 政务动态</div>\n<h2>岚溪县召开一季度重点项目推进会</h2>\n"
           "<div>发布时间:2025-03-02 10:15 来源:县发展和改革局 字体:大 中 小</div>\n"
           "<p>3月1日,岚溪县召开重点项目推进会,全县42个重点项目完成投资18.6亿元,占年度计划的21.5%。</p>\n"
           "</body></html>")
    title, rec = title_of(raw)
    assert title == "岚溪县召开一季度重点项目推进会"
    assert rec.regions[:1] == ["岚溪县"]  # the headline names the county: the page's place


def test_a_page_title_that_is_the_headline_with_the_site_after_it_stays():
    raw = ("<html><head><title>岚溪县召开一季度重点项目推进会_岚溪县人民政府门户网站</title></head><body>"
           "<div>当前位置:首页 &gt; 政务动态</div><h1>岚溪县召开一季度重点项目推进会</h1>"
           "<div>发布时间:2025-03-02</div><p>3月1日,全县42个重点项目完成投资18.6亿元,会议要求加快进度。</p>"
           "</body></html>")
    assert title_of(raw)[0] == "岚溪县召开一季度重点项目推进会"


def test_a_company_site_named_in_its_title_and_left_over_template_markup():
    raw = ("<%@ page language=\"java\" contentType=\"text/html; charset=utf-8\" pageEncoding=\"utf-8\"%>\n"
           "<html><head><title>某某机械</title></head><body>\n<%@include file=\"header.jsp\" %>\n"
           "<p>新闻中心</p><p>某某机械将为您分享更多公司和业界的新进展</p><a href=\"a\">公司新闻</a>\n"
           "<p style=\"font-size:24px;\">墨川县新开工8个亿元以上基础设施项目</p>\n"
           "<p>记者近日从墨川县统计局获悉,1-7月,全县新开工亿元以上基础设施项目8个,比上年同期增加2个。</p>\n"
           "</body></html>")
    assert title_of(raw)[0] == "墨川县新开工8个亿元以上基础设施项目"


def test_a_headline_whose_second_line_opens_with_a_conjunction_is_one_title():
    raw = ("岚溪县举行2025年招商引资签约\n暨第一批重点项目集中开工仪式\n"
           "3月8日,岚溪县举行招商引资签约暨第一批重点项目集中开工仪式,签约项目12个,总投资约36亿元。\n")
    title, _ = title_of(raw, name="t.txt", fmt=None)
    assert title == "岚溪县举行2025年招商引资签约暨第一批重点项目集中开工仪式"


def test_a_second_headline_line_that_is_a_sentence_is_not_joined():
    raw = ("岚溪县举行2025年招商引资签约\n及时总结经验,全县签约项目12个,总投资约36亿元。\n")
    assert title_of(raw, name="t.txt", fmt=None)[0] == "岚溪县举行2025年招商引资签约"


def test_a_plain_text_opening_with_its_sites_name_takes_the_headline_below():
    raw = ("墨川新闻网\n墨川县完成春耕备耕工作\n2025年4月2日 来源:墨川县农业农村局\n"
           "今年以来,全县完成春播面积12.5万亩,比上年增加0.6万亩。\n")
    assert title_of(raw, name="t.txt", fmt=None)[0] == "墨川县完成春耕备耕工作"


# ------------------------------------------------------------------ texts without a headline

@pytest.mark.parametrize("text, title", [
    ("本报岚溪3月8日讯(记者王某)近日,岚溪县召开重点项目推进会,全县42个项目完成投资18.6亿元。\n会议要求加快进度。\n",
     "岚溪县召开重点项目推进会"),
    ("7月12日,岚溪县县长李某宣布2025年岚溪县一季度重点项目集中开工,共开工项目18个,总投资32亿元。\n",
     "2025年岚溪县一季度重点项目集中开工"),
    ("3月5日闭幕的岚溪县第十八届人民代表大会第三次会议,确定了今后五年发展目标。\n今后五年,全县年均增长7%。\n",
     "岚溪县第十八届人民代表大会第三次会议,确定了今后五年发展目标"),
    ("记者从岚溪县统计局获悉,1-9月全县规模以上工业增加值增长8.2%。\n", "1-9月全县规模以上工业增加值增长8.2%"),
    # (the photo caption passed over; a lead reporting the key projects' progress in figures gives the report's gist,
    # test_progress_report_titles)
    ("岚溪县县长李某(左)检查重点项目建设工作,询问工程进度。\n\n全县重点项目今年1-4月累计完成投资10.7亿元。\n",
     "1-4月全县重点项目建设进展情况"),
])
def test_a_text_without_a_headline_is_titled_by_what_its_lead_reports(text, title):
    rec = extract_text(text, name="t.txt").record
    assert (rec.title, rec.title_derived) == (title, True)


def test_a_text_with_a_headline_keeps_it_underived():
    rec = extract_text("岚溪县召开重点项目推进会\n3月8日,全县42个项目完成投资18.6亿元。\n", name="t.txt").record
    assert (rec.title, rec.title_derived) == ("岚溪县召开重点项目推进会", False)


# ------------------------------------------------------------------ a year as the publishing date

@pytest.mark.parametrize("text, published", [
    # a year merely named (an event's name, a dated report) dates nothing (a lead opening with the event's day, 7月12日,
    # dates the page in that year: test_lead_yearless_days)
    ("岚溪县举行2025年招商引资签约仪式\n近日,岚溪县举行2025年招商引资签约仪式。今年,全县签约项目12个。\n", ""),
    ("墨川县扎实推进民生实事\n都在2024年4月27日的政府工作报告中做了部署。今年,墨川县新建学校3所。\n", ""),
    # a year written as the current one
    ("墨川县加快项目建设\n会上提出,墨川县制定2025年地区生产总值增长6%的目标。今年以来,全县新开工项目30个。\n",
     "2025"),
    ("岚溪县经济稳中向好\n2024年以来,岚溪县新开工项目42个。今年,全县完成投资80亿元。\n", "2024"),
])
def test_a_bare_year_is_the_publishing_date_only_when_written_as_the_current_year(text, published):
    assert extract_text(text, name="t.txt").record.published == published


# ------------------------------------------------------------------ furniture, captions and section headings

EPAPER_TEXT = ("当前版:03版\n第A03版:要闻\n上一版 下一版\n版面导航\n放大 缩小 默认\n"
               "青川市召开一季度重点项目观摩推进会\n2024年4月10日\n"
               "4月9日,青川市召开一季度重点项目观摩推进会,全市120个重点项目完成投资58亿元。\n")


def test_an_e_papers_page_furniture_is_never_the_title():
    rec = extract_text(EPAPER_TEXT, name="t.txt").record
    assert (rec.title, rec.title_derived) == ("青川市召开一季度重点项目观摩推进会", False)
    assert rec.published == "2024-04-10"


@pytest.mark.parametrize("line", ["当前版:02版", "第A03版:要闻", "第 A03 版", "上一版 下一版", "版面导航",
                                  "02版 县域经济", "第A03版:要闻 上一版 下一版"])
def test_an_e_papers_page_line_is_chrome(line):
    from taizhang.extract.cleaner import text_noise
    text = line + "\n岚溪县召开重点项目推进会,全县42个项目完成投资18.6亿元。\n"
    spans = [(e.start, e.end, e.reason) for e in text_noise(text)]
    assert spans == [(0, len(line), "chrome")]


@pytest.mark.parametrize("line", ["全县共建成3个示范点", "修订第3版印发各地执行", "岚溪县召开重点项目推进会"])
def test_a_line_naming_an_edition_in_prose_is_no_chrome(line):
    from taizhang.extract.cleaner import text_noise
    assert text_noise(line + "\n全县42个项目完成投资18.6亿元。\n") == []


@pytest.mark.parametrize("caption", ["图为岚溪县高新区标准化厂房项目施工现场。",
                                     "岚溪县高新区标准化厂房项目施工现场 记者 张某 摄",
                                     "岚溪县高新区标准化厂房项目施工现场。(记者 张某 摄)",
                                     "上图:岚溪县高新区标准化厂房项目",
                                     "岚溪县高新区标准化厂房项目建设现场。"])
def test_a_photo_caption_above_the_headline_is_not_the_title(caption):
    text = caption + "\n" + EPAPER_TEXT.split("\n", 5)[5]
    rec = extract_text(text, name="t.txt").record
    assert (rec.title, rec.title_derived) == ("青川市召开一季度重点项目观摩推进会", False)


def test_a_photo_caption_is_no_lead_for_a_derived_title():
    text = ("图为东坡县城南产业园建设现场。\n"
            "今年以来,东坡县城南产业园加快建设,1-6月完成投资5.2亿元。\n")
    rec = extract_text(text, name="t.txt").record
    assert rec.title_derived and "图为" not in rec.title and "东坡县城南产业园加快建设" in rec.title


@pytest.mark.parametrize("caption, is_caption", [
    ("图为岚溪县高新区标准化厂房项目施工现场。", True), ("项目现场。(记者 王某 摄)", True),
    ("青川新区项目现场 /张某 摄", True), ("(图)青川市新区", True),
    ("全县完成宣传片拍摄", False), ("图1:2015-2020年全县地区生产总值", False), ("全县图书馆建设完成投资1亿元。", False),
])
def test_photo_captions(caption, is_caption):
    from taizhang.extract.meta import is_photo_caption
    assert is_photo_caption(caption) is is_caption


def test_a_section_heading_is_never_the_title():
    text = ("一、总体情况\n今年以来,岚溪县重点项目建设总体进展顺利,1-6月,全县46个重点项目完成投资21.5亿元。\n"
            "二、存在问题\n部分项目进度滞后。\n")
    rec = extract_text(text, name="t.txt").record
    assert rec.title_derived and not rec.title.startswith("一、")
    assert "岚溪县重点项目建设" in rec.title


def test_a_headline_above_the_first_section_heading_stays():
    text = ("岚溪县重点项目建设情况通报\n一、总体情况\n1-6月,全县46个重点项目完成投资21.5亿元。\n")
    assert extract_text(text, name="t.txt").record.title == "岚溪县重点项目建设情况通报"


# ------------------------------------------------------------------ a page's <title> naming its column

@pytest.mark.parametrize("between", [
    "<p style=\"text-align:center\">岚溪县发展和改革局</p>",  # the issuer below the headline
    "",  # nothing but the body: the headline is the line set bold and centred
])
def test_a_column_name_as_page_title_gives_way_to_the_notices_own_headline(between):
    raw = ("<html><head><title>重点项目建设动态</title></head><body>\n<div>重点项目建设动态</div>\n"
           "<div>岚溪县召开专题会议研究部署</div>\n"
           "<p style=\"text-align:center;font-size:20px\"><b>岚溪县重点项目建设跑出加速度</b></p>\n" + between +
           "\n<p>今年以来,岚溪县坚持把项目建设作为经济工作的主抓手。1-6月,全县46个重点项目完成投资21.5亿元。</p>\n"
           "</body></html>")
    assert title_of(raw)[0] == "岚溪县重点项目建设跑出加速度"


def test_a_headline_set_in_plain_type_under_a_bold_one_is_not_preferred():
    raw = ("<html><head><title>岚溪县重点项目建设跑出加速度</title></head><body>\n"
           "<h1>岚溪县重点项目建设跑出加速度</h1>\n<div>岚溪县召开专题会议研究部署</div>\n"
           "<p>今年以来,岚溪县坚持把项目建设作为经济工作的主抓手。1-6月,全县46个重点项目完成投资21.5亿元。</p>\n"
           "</body></html>")
    assert title_of(raw)[0] == "岚溪县重点项目建设跑出加速度"


# ------------------------------------------------------------------ a derived title is the lead's gist

@pytest.mark.parametrize("text, title", [
    # a notice without headline: the official form, issuer + the matter looked into + the genre it names
    ("近日,岚溪县人民政府督查室对全县重点项目推进情况开展专项督查。现将有关情况通报如下:\n"
     "1-6月,全县46个重点项目完成投资21.5亿元。\n", "岚溪县人民政府督查室关于全县重点项目推进情况的通报"),
    # …the matter looked into, whatever verb of inspection names the check (督察, 暗访, 稽查 as 督查)
    ("近日,岚溪县人民政府督查室对全县重点项目推进情况开展专项督察。现将有关情况通报如下:\n"
     "1-6月,全县46个重点项目完成投资21.5亿元。\n", "岚溪县人民政府督查室关于全县重点项目推进情况的通报"),
    ("近日,岚溪县发改局对全县在建项目安全生产情况进行了暗访。现将有关情况通报如下:\n"
     "共暗访项目18个,发现问题26个。\n", "岚溪县发改局关于全县在建项目安全生产情况的通报"),
    # clauses that only frame the report are left out; the actor stays before the clause that reports
    ("东坡县紧紧围绕年度目标任务,坚持把项目建设作为推动高质量发展的重要抓手,全力以赴抓项目、促投资,"
     "1-8月,全县完成投资27亿元。\n", "东坡县全力以赴抓项目、促投资"),
    # (key projects' progress is titled as a progress report: test_progress_report_titles)
    ("今年以来,东坡县以项目建设为抓手,1-8月,全县38个工业项目完成投资27亿元。\n", "东坡县1-8月38个工业项目完成投资27亿元"),
    ("在县委县政府的坚强领导下,岚溪县上下齐心协力,1-6月全县完成投资12亿元。\n", "岚溪县上下齐心协力"),
    # a lead opening with the time it reports on keeps the time before the clause that reports
    ("1-6月,岚溪县46个工业项目完成投资21.5亿元,为年度计划的52%。\n", "1-6月岚溪县46个工业项目完成投资21.5亿元"),
    # a clause opening with 在建 / 以上 is no frame
    ("岚溪县在建重点项目52个,完成投资30亿元。\n", "岚溪县在建重点项目52个"),
])
def test_a_derived_title_is_the_gist_of_the_lead_not_its_first_sentence(text, title):
    rec = extract_text(text, name="t.txt").record
    assert (rec.title, rec.title_derived) == (title, True)


def test_a_newspapers_name_over_its_e_paper_page_is_not_the_title():
    text = "青川日报数字报\n" + EPAPER_TEXT
    assert extract_text(text, name="t.txt").record.title == "青川市召开一季度重点项目观摩推进会"


@pytest.mark.parametrize("line", ["岚溪县召开重点项目建设现场会", "岚溪县在项目建设现场召开调度会,全县42个项目参加。"])
def test_a_line_naming_a_site_visit_is_no_caption(line):
    from taizhang.extract.meta import is_photo_caption
    assert not is_photo_caption(line)


@pytest.mark.parametrize("text, title", [
    ("3月8日,岚溪县举行一季度项目集中开工活动\n本次集中开工项目25个,总投资40亿元。\n", "岚溪县举行一季度项目集中开工活动"),
    ("近日,岚溪县重点项目建设加快推进\n1-6月,全县46个重点项目完成投资21.5亿元,占年度计划的52%。\n",
     "岚溪县重点项目建设加快推进"),
    ("本报讯 近日,岚溪县召开重点项目推进会\n全县42个项目完成投资18.6亿元。\n", "岚溪县召开重点项目推进会"),
])
def test_a_lead_on_a_line_of_its_own_is_no_headline(text, title):
    rec = extract_text(text, name="t.txt").record
    assert (rec.title, rec.title_derived) == (title, True)


@pytest.mark.parametrize("headline", ["今年以来岚溪县新开工项目42个", "1-8月,岚溪县38个重点项目完成投资27亿元"])
def test_a_headline_opening_with_the_period_it_reports_stays(headline):
    text = headline + "\n今年以来,全县重点项目建设加快推进,46个重点项目完成投资21.5亿元,占年度计划的52%。\n"
    rec = extract_text(text, name="t.txt").record
    assert (rec.title, rec.title_derived) == (headline, False)


@pytest.mark.parametrize("text, title", [
    ("关于2024年上半年全县重点项目\n推进情况的通报\n岚溪县人民政府督查室\n2024年7月15日\n各乡镇人民政府,县直各部门:\n"
     "现将有关情况通报如下。\n", "关于2024年上半年全县重点项目推进情况的通报"),
    ("岚溪县2024年国民经济和社会发展\n统计公报\n岚溪县统计局\n2025年3月10日\n全年地区生产总值增长5.2%。\n",
     "岚溪县2024年国民经济和社会发展统计公报"),
    ("岚溪县重点项目建设\n督查情况通报\n2024年7月15日\n1-6月,全县46个重点项目完成投资21.5亿元。\n",
     "岚溪县重点项目建设督查情况通报"),
])
def test_a_headline_broken_before_its_genre_word_is_one_title(text, title):
    assert extract_text(text, name="t.txt").record.title == title


def test_an_issuers_name_over_its_publications_name_is_not_joined_into_a_title():
    text = ("岚溪县人民政府办公室\n督查通报\n第5期\n岚溪县人民政府督查室  2024年7月15日\n"
            "关于上半年全县重点项目推进情况的通报\n1-6月,全县46个重点项目完成投资21.5亿元。\n")
    assert extract_text(text, name="t.txt").record.title == "关于上半年全县重点项目推进情况的通报"


@pytest.mark.parametrize("kicker", ["稳投资 促发展", "抢抓机遇 真抓实干 加快发展"])
def test_a_kicker_over_the_headline_is_not_the_title(kicker):
    text = (kicker + "\n岚溪县上半年重点项目完成投资21.5亿元\n——全县重点项目建设综述\n本报记者 王某\n"
            "今年以来,岚溪县重点项目建设加快推进,1-6月完成投资21.5亿元。\n")
    assert extract_text(text, name="t.txt").record.title == "岚溪县上半年重点项目完成投资21.5亿元"


def test_a_slogan_headline_alone_stays_the_title():
    text = "稳投资 促发展\n今年以来,岚溪县重点项目建设加快推进,1-6月完成投资21.5亿元。\n"
    assert extract_text(text, name="t.txt").record.title == "稳投资 促发展"


@pytest.mark.parametrize("column", ["工作动态_岚溪县发展和改革局\n", "工作动态 - 岚溪县发展和改革局\n工作动态\n"])
def test_a_saved_pages_title_naming_its_column_gives_way_to_the_headline(column):
    text = (column + "岚溪县重点项目建设跑出加速度\n发布时间:2024-07-15 来源:县发改局\n"
            "今年以来,岚溪县坚持把项目建设作为经济工作的主抓手,1-6月完成投资21.5亿元。\n")
    rec = extract_text(text, name="t.txt").record
    assert (rec.title, rec.published) == ("岚溪县重点项目建设跑出加速度", "2024-07-15")


# ------------------------------------------------------------------ a page scraped as text: the headline over its dateline

SCRAPED_BODY = ("4月8日,记者从墨川县发展和改革局获悉,一季度全县重点项目完成投资21.5亿元,占年度计划的26.3%。\n"
                "会议要求,各乡镇要加快项目建设进度。\n")
SCRAPED_HEADLINE = "墨川县一季度重点项目完成投资21.5亿元"


@pytest.mark.parametrize("above, dateline", [
    # a sidebar's list of links scraped above the article, under its heading
    ("相关新闻\n墨川县召开安全生产工作会议\n墨川县开展春季植树造林活动\n", "发布时间:2025-04-09"),
    ("热点新闻\n岚溪县召开一季度经济运行分析会\n\n岚溪县举行招商引资签约仪式\n", "来源:县发改局 发布时间:2025-04-09"),
    # a column's name (with brackets, too long for a menu word) between the breadcrumb and the headline
    ("首页 / 政务要闻\n乡镇(街道)工作动态\n", "信息来源:县发改局 发布时间:2025-04-09"),
    ("墨川县人民政府门户网站\n部门动态 > 县发展和改革局\n通知公告与政策解读\n", "2025-04-09 10:20 来源:县发改局"),
    # links with their dates, and a dateline that opens with the date
    ("相关链接\n墨川县召开安全生产工作会议 2025-04-01\n墨川县开展春季植树活动 2025-03-28\n", "2025-04-09 10:20 来源:县发改局"),
    ("推荐阅读\n岚溪县召开一季度经济运行分析会\n", "2025年4月9日 作者:李某"),
])
def test_a_scraped_pages_headline_is_the_line_over_its_dateline(above, dateline):
    below = "相关新闻\n墨川县召开防汛工作会议\n墨川县开展消防安全检查\n"  # a list after the body stays dropped
    res = extract_text(above + SCRAPED_HEADLINE + "\n" + dateline + "\n" + SCRAPED_BODY + below, name="t.txt")
    assert (res.record.title, res.record.title_derived) == (SCRAPED_HEADLINE, False)
    assert res.record.published == "2025-04-09"
    assert "防汛" not in res.doc.norm



# --------------------------------------------------------------------------- forum reposts, dated headlines, spam

FORUM = ("临川论坛 › 本地新闻 › 政务公开\n查看: 1520|回复: 3\n{tag}{headline}\n• TA的每日心情\n开心\n2024-10-12 09:15\n"
         "签到天数: 120 天\n[LV.7]常住居民III\n楼主\n发表于 2024-10-12 09:20:11 | 只看该作者\n"
         "1-9月,全县42个重点项目完成投资56.3亿元,占年度计划的78%。\n")


@pytest.mark.parametrize("tag, headline", [
    ("[时政] ", "临川县1-9月重点项目进度数据发布"),
    ("", "关于北岸镇污水处理厂建设进度滞后问题的督办通报"),
    ("[转帖]", "西岭县召开三季度重点项目推进会"),
])
def test_a_forum_reposts_headline_not_the_posters_panel(tag, headline):
    title, _ = title_of(FORUM.format(tag=tag, headline=headline), name="t.txt", fmt=None)
    assert title == headline


@pytest.mark.parametrize("line", [
    "1-9月重点项目进度数据发布 2024-10-15",
    "1-9月重点项目进度数据发布（2024年10月15日）",
    "# 1-9月重点项目进度数据发布",
])
def test_a_headline_dated_or_marked_on_its_own_line(line):
    raw = f"{line}\n1-9月,全县42个重点项目完成投资56.3亿元,占年度计划的78%。其中,东湖大桥完成投资2亿元。\n"
    title, _ = title_of(raw, name="t.txt", fmt=None)
    assert title == "1-9月重点项目进度数据发布"


@pytest.mark.parametrize("headline", [
    "KY娱乐官网-临川县前三季度重点项目完成投资301.74亿元",
    "OD体育临川县前三季度重点项目完成投资301.74亿元",
])
def test_a_betting_brand_in_the_headline_is_spam(headline):
    raw = f"{headline}\n1-9月,全县重点项目完成投资301.74亿元OD体育,占年度计划的78%。全县新建体育馆2座。\n"
    title, rec = title_of(raw, name="t.txt", fmt=None)
    assert title == "临川县前三季度重点项目完成投资301.74亿元"
    assert not any("体育馆" in n.text for n in rec.noise)


@pytest.mark.parametrize("text", [
    "单位：亿元\n指标\t3月末\t比年初增减\n住户存款\t120.5\t-3.2\n企业存款\t86.4\t5.1\n",
    "<html><body><table><tr><td>金  融</td></tr><tr><td>单位：亿元</td></tr><tr><td>指标</td><td>3月末</td>"
    "<td>比年初增减</td></tr><tr><td>住户存款</td><td>120.5 </td><td>-3.2 </td></tr></table></body></html>",
])
def test_a_tables_units_line_and_header_row_are_never_the_title(text):
    title, _ = title_of(text, name="t.html" if text.startswith("<") else "t.txt",
                        fmt="html" if text.startswith("<") else None)
    assert "单位" not in title and "\t" not in title and "3月末" not in title
    headed = "2025年一季度墨川县金融运行情况\n" + text if not text.startswith("<") else None
    if headed:
        assert title_of(headed, name="t.txt", fmt=None)[0] == "2025年一季度墨川县金融运行情况"


@pytest.mark.parametrize("below, title", [
    ("为加快推进全县重点项目建设，县督查室于5月中旬对32个重点项目进行了专项督查，现将有关情况通报如下：\n一、总体情况\n",
     "重点项目推进督查通报"),
    ("墨川县人民政府督查室\n关于全县重点项目推进情况的督查通报\n各乡镇、县直各部门：\n为加快推进全县重点项目建设，现将督查情况通报如下。\n",
     "关于全县重点项目推进情况的督查通报"),
])
def test_a_model_text_sites_article_is_titled_by_its_own_heading(below, title):
    text = "重点项目督查通报范文（精选3篇）\n篇一：重点项目推进督查通报\n" + below
    assert title_of(text, name="t.txt", fmt=None)[0] == title


@pytest.mark.parametrize("dateline", ["2026-01-05 10:20 来源：墨川区融媒体中心", "2026年01月05日 作者：王小明 点击：1203"])
def test_a_headline_with_its_dateline_fields_on_its_own_line(dateline):
    text = f"墨川区粮食总产量180万吨迈上新台阶 {dateline}\n2025年，全区粮食总产量达180万吨，比上年增长2.1%。\n"
    assert title_of(text, name="t.txt", fmt=None)[0] == "墨川区粮食总产量180万吨迈上新台阶"


def test_a_derived_title_is_no_bare_year():
    text = "2025年，墨川区粮食总产量达180万吨，比上年增长2.1%，生产总值增长5.5%。\n全区农业生产迈上新台阶。\n"
    title, rec = title_of(text, name="t.txt", fmt=None)
    assert rec.title_derived and title != "2025年" and "粮食总产量" in title


def test_a_heading_in_brackets_opening_the_only_paragraph_is_the_title():
    raw = ("【岚溪县:又有16个重点项目取得用地批复,正有序开工】为加快项目落地,岚溪县积极推动用地手续办理。"
           "近日又有16个重点项目取得用地批复,总投资约42亿元。\n备注:数据仅供参考。\n")
    title, rec = title_of(raw, name="t.txt", fmt=None)
    assert title == "岚溪县:又有16个重点项目取得用地批复,正有序开工"
    assert not rec.title_derived


def test_a_bracketed_tag_of_who_reports_is_no_title_nor_a_word_of_the_derived_one():
    raw = ("【青川新闻报道】青川市第五届人民代表大会第三次会议今日上午开幕,市长作政府工作报告。\n"
           "报告提出,今年全市地区生产总值增长5.5%左右。\n")
    title, rec = title_of(raw, name="t.txt", fmt=None)
    assert "【" not in title and "报道" not in title
    assert rec.title_derived


def test_a_headline_after_its_series_name_and_a_bar_is_the_whole_line():
    raw = ("2025岚溪两会|一文读懂县政府工作报告五大目标\n"
           "  1月8日,岚溪县第十八届人民代表大会第五次会议开幕,县长作政府工作报告。\n"
           "  报告提出,今年全县地区生产总值增长6%左右。\n")
    assert title_of(raw, name="t.txt", fmt=None)[0] == "2025岚溪两会|一文读懂县政府工作报告五大目标"
    raw = ("2025全國地方兩會 | 岚溪省長某某：今年GDP增長5.5%左右 力爭更好結果\n"
           "1月25日,岚溪省第十四屆人民代表大會第三次會議開幕,省長作政府工作報告。\n")
    assert title_of(raw, name="t.txt", fmt=None)[0] == "2025全國地方兩會 | 岚溪省長某某：今年GDP增長5.5%左右 力爭更好結果"
    raw = "岚溪县召开一季度重点项目推进会_工作动态_岚溪县人民政府门户网站\n3月1日,全县42个重点项目完成投资18.6亿元。\n"
    assert title_of(raw, name="t.txt", fmt=None)[0] == "岚溪县召开一季度重点项目推进会"  # the column and the site go


def test_a_headline_after_a_columns_label_and_a_bar_is_the_whole_line():
    # 专题 opens a line of related links too; with a bar and a headline after it, it is the column's label over the
    # headline, and the figures of the lead below are no title
    raw = ("专题 | 岚溪市一季度经济运行稳中有进\n"
           "本报岚溪4月17日讯 记者从市统计局获悉,2023年一季度,全市地区生产总值完成1850亿元,同比增长5.2%。\n")
    assert title_of(raw, name="t.txt", fmt=None)[0] == "专题 | 岚溪市一季度经济运行稳中有进"
    raw = ("专题｜墨川县上半年重点项目完成投资42亿元\n"
           "2024-07-18 来源:墨川县融媒体中心\n"
           "上半年,全县重点项目完成投资42亿元,占年度计划的58%。\n")
    assert title_of(raw, name="t.txt", fmt=None)[0] == "专题｜墨川县上半年重点项目完成投资42亿元"


def test_a_year_before_a_separator_is_never_the_title_alone():
    raw = "2021年_青川市重点项目建设进展情况\n全市重点项目完成投资125亿元,占年度计划的56%。\n"
    title = title_of(raw, name="t.txt", fmt=None)[0]
    assert title != "2021年" and "青川市重点项目建设进展情况" in title
    raw = "2020年 - 岚溪县政府工作报告主要预期目标\n全县生产总值增长6%左右。\n"
    assert "岚溪县政府工作报告主要预期目标" in title_of(raw, name="t.txt", fmt=None)[0]


def test_a_title_field_on_a_line_of_its_own_gives_the_title_without_its_label():
    raw = ("首页 > 政务动态\n标题:岚溪县召开一季度重点项目推进会\n发布时间:2025-03-02\n"
           "3月1日,岚溪县召开重点项目推进会,全县42个重点项目完成投资18.6亿元。\n")
    assert title_of(raw, name="t.txt", fmt=None)[0] == "岚溪县召开一季度重点项目推进会"


def test_a_heading_set_apart_by_bold_or_brackets_is_the_title_without_its_marks():
    body = "前三季度,全县地区生产总值完成128亿元,同比增长5.6%。规模以上工业增加值增长6.1%。\n"
    for line in ("**岚溪县前三季度经济运行情况**", "（岚溪县前三季度经济运行情况）", "[岚溪县前三季度经济运行情况]"):
        assert title_of(line + "\n" + body, name="t.txt", fmt=None)[0] == "岚溪县前三季度经济运行情况"
    # a summary lead printed above the headline: the heading set apart below it, not the lead's first sentence
    raw = body + "\n**岚溪县前三季度经济运行情况**\n\n固定资产投资增长4.2%,社会消费品零售总额增长5.1%。\n"
    assert title_of(raw, name="t.txt", fmt=None)[0] == "岚溪县前三季度经济运行情况"
    # notes in brackets are no headline
    assert "记者" not in title_of("（记者 王立新 通讯员 李明）\n" + body, name="t.txt", fmt=None)[0]


@pytest.mark.parametrize("issuers", ["岚溪市统计局 国家统计局岚溪调查队", "岚溪市统计局、国家统计局岚溪调查队",
                                     "国家统计局岚溪调查队"])
def test_a_communiques_issuers_under_its_headline_are_not_its_title(issuers):
    raw = (f"2025年岚溪市国民经济和社会发展统计公报\n{issuers}\n（2026年3月20日）\n"
           "2025年，全市地区生产总值增长5.2%。\n")
    assert title_of(raw, name="p.txt", fmt=None)[0] == "2025年岚溪市国民经济和社会发展统计公报"


# ------------------------------------------------------------------ the line naming a text that opens without a headline

@pytest.mark.parametrize("text, title", [
    # a communiqué pasted with its figures first and its name after them
    ("2025年,全县生产总值增长5.2%,固定资产投资增长6.1%。\n岚溪县2025年国民经济和社会发展统计公报\n"
     "一、综合\n全年全县生产总值120亿元。\n", "岚溪县2025年国民经济和社会发展统计公报"),
    # a notice that opens with its addressees and its lead; the line below them names it
    ("各乡镇、县直各部门:\n现将2025年重点项目建设推进情况通报如下。\n青川县2025年重点项目推进情况\n"
     "一、总体情况\n全县重点项目完成投资15亿元。\n", "青川县2025年重点项目推进情况"),
    # a report printed under an editor's note
    ("编者按:白河市第十届人民代表大会第五次会议日前召开,本报今起刊发报告全文。\n白河市政府工作报告\n各位代表:\n"
     "过去一年,全市生产总值增长5%。\n", "白河市政府工作报告"),
    # a plan whose year's targets were pasted above its name
    ("2026年白河市主要预期目标:全市生产总值增长5%左右。\n白河市2026年国民经济和社会发展计划\n一、主要目标\n",
     "白河市2026年国民经济和社会发展计划"),
])
def test_a_text_without_a_headline_is_titled_by_the_line_that_names_its_genre(text, title):
    rec = extract_text(text, name="t.txt").record
    assert (rec.title, rec.title_derived) == (title, False)


def test_a_genre_word_inside_a_sentence_names_no_text():
    rec = extract_text("今年以来,柳岸县重点项目完成投资50亿元。县政府印发工作方案,推动项目建设。\n", name="t.txt").record
    assert rec.title_derived and "方案" not in rec.title
