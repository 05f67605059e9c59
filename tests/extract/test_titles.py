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
    ("岚溪县县长李某(左)检查重点项目建设工作,询问工程进度。\n\n全县重点项目今年1-4月累计完成投资10.7亿元。\n",
     "全县重点项目今年1-4月累计完成投资10.7亿元"),
])
def test_a_text_without_a_headline_is_titled_by_what_its_lead_reports(text, title):
    rec = extract_text(text, name="t.txt").record
    assert (rec.title, rec.title_derived) == (title, True)


def test_a_text_with_a_headline_keeps_it_underived():
    rec = extract_text("岚溪县召开重点项目推进会\n3月8日,全县42个项目完成投资18.6亿元。\n", name="t.txt").record
    assert (rec.title, rec.title_derived) == ("岚溪县召开重点项目推进会", False)


# ------------------------------------------------------------------ a year as the publishing date

@pytest.mark.parametrize("text, published", [
    # a year merely named (an event's name, a dated report) dates nothing
    ("岚溪县举行2025年招商引资签约仪式\n7月12日,岚溪县举行2025年招商引资签约仪式。今年,全县签约项目12个。\n", ""),
    ("墨川县扎实推进民生实事\n都在2024年4月27日的政府工作报告中做了部署。今年,墨川县新建学校3所。\n", ""),
    # a year written as the current one
    ("墨川县加快项目建设\n会上提出,墨川县制定2025年地区生产总值增长6%的目标。今年以来,全县新开工项目30个。\n",
     "2025"),
    ("岚溪县经济稳中向好\n2024年以来,岚溪县新开工项目42个。今年,全县完成投资80亿元。\n", "2024"),
])
def test_a_bare_year_is_the_publishing_date_only_when_written_as_the_current_year(text, published):
    assert extract_text(text, name="t.txt").record.published == published
