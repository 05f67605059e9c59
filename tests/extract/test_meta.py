"""Document metadata: title, published, source, doc_type, regions, people.

The test documents are written for these tests; the corpus is only read at test time (gold comparison).
"""
from __future__ import annotations

from taizhang.extract import meta, outline
from taizhang.extract.doc import Doc, DocumentRecord
from taizhang.extract.pipeline import extract_text


def _read(text: str) -> DocumentRecord:
    doc = Doc("t.txt", text)
    rec = DocumentRecord(doc="t.txt")
    rec.sections, rec.glossary = outline.parse(doc)
    return meta.read(doc, rec)


NEWS = """南平多措并举稳就业
2022年06月18日 09:30 | 来源: 闽北日报-闽北网 | 官方微博
本报讯 今年以来,南平市多措并举稳定就业,城镇新增就业1.2万人。
市人力资源和社会保障局局长郑晓东介绍,全市将继续开展招聘活动。
记者 黄一鸣 林小雨
"""

PLAN = """中共南平市委关于制定南平市发展规划的建议
(2020年12月25日中国共产党南平市第六届委员会第十次全体会议通过)
  新的五年是南平发展的关键时期。全会提出如下建议。
  一、发展目标
  1.总体目标。到2025年,经济实力明显增强。
"""

INTERVIEW = """“绿色是我们最大的底色。”近日,武夷山市委书记、市人大常委会主任何建平在接受闽北日报记者专访时表示,全市将坚持生态优先。
生态优先绿色发展
闽北日报:武夷山如何守护好绿水青山?
何建平:我们将一是加强生态保护;二是发展生态产业。
"""

YEAR_ONLY = """比学赶超开新局
今年以来,南平各地掀起比学赶超热潮。市里制定2024年地区生产总值增长6%的年度任务。
●闽北日报记者陈思思实习生吴佳通讯员江涛王雪梅
"""


def test_news_dateline_source_byline_people():
    rec = _read(NEWS)
    assert rec.title == "南平多措并举稳就业"
    assert rec.title_derived is False
    assert rec.published == "2022-06-18"
    assert rec.source == "闽北日报-闽北网"
    assert rec.doc_type == "news"
    assert rec.regions == ["南平市"]
    people = [(p.name, p.role) for p in rec.people]
    assert people == [("郑晓东", "市人力资源和社会保障局局长"), ("黄一鸣", "记者"), ("林小雨", "记者")]
    for p in rec.people:
        assert NEWS[p.start:p.end] == p.name


def test_plan_adoption_date_issuer_and_type():
    rec = _read(PLAN)
    assert rec.title == "中共南平市委关于制定南平市发展规划的建议"
    assert rec.published == "2020-12-25"
    assert rec.source == "中共南平市委"
    assert rec.doc_type == "plan"


def test_interview_without_headline_gets_derived_title():
    rec = _read(INTERVIEW)
    assert rec.doc_type == "interview"
    assert rec.title == "专访武夷山市委书记何建平"
    assert rec.title_derived is True
    assert rec.published == ""
    assert rec.source == "闽北日报"
    assert rec.regions == ["武夷山市"]
    assert [(p.name, p.role) for p in rec.people] == [("何建平", "武夷山市委书记、市人大常委会主任")]


def test_year_from_current_year_context_and_run_together_byline():
    rec = _read(YEAR_ONLY)
    assert rec.published == "2024"
    assert rec.source == "闽北日报"
    assert [(p.name, p.role) for p in rec.people] == [
        ("陈思思", "记者"), ("吴佳", "实习生"), ("江涛", "通讯员"), ("王雪梅", "通讯员")]
    for p in rec.people:
        assert YEAR_ONLY[p.start:p.end] == p.name


def test_work_report_type_date_and_source():
    text = ("政府工作报告\n——2024年1月15日在南平市第六届人民代表大会第四次会议上\n南平市人民政府市长 林建华\n各位代表:\n"
            "现在,我代表市人民政府,向大会报告政府工作,请予审议。\n一、2023年工作回顾\n过去一年,全市经济稳步增长。\n")
    rec = _read(text)
    assert rec.doc_type == "work_report"
    assert rec.title == "政府工作报告"
    assert rec.published == "2024-01-15"
    assert rec.source == "南平市人民政府"
    assert ("林建华", "南平市人民政府市长") in [(p.name, p.role) for p in rec.people]


def test_statistics_bulletin_and_notice_types():
    bulletin = "南平市2023年国民经济和社会发展统计公报\n南平市统计局\n2024年3月20日\n2023年,全市经济运行总体平稳,主要指标稳中有升。\n"
    rec = _read(bulletin)
    assert rec.doc_type == "report"
    assert rec.published == "2024-03-20"
    assert rec.source == "南平市统计局"
    notice = "关于开展安全生产大检查的通知\n各县(市、区)人民政府:\n为切实做好安全生产工作,现将有关事项通知如下。\n南平市人民政府办公室\n2023年4月2日\n"
    rec = _read(notice)
    assert rec.doc_type == "notice"
    assert rec.published == "2023-04-02"
    assert rec.source == "南平市人民政府办公室"


def test_sub_interviews_give_parent_and_district_regions():
    text = ("奋进新征程\n全会召开后,各地负责人表示将认真贯彻落实全会精神。\n建设美丽新城\n——访延平区委书记 刘洋\n"
            "延平将坚持生态优先,推动绿色发展。\n打造产业强县\n——访顺昌县委书记 陈刚\n顺昌将聚焦工业,做大主导产业。\n")
    rec = _read(text)
    assert rec.doc_type == "interview"
    assert rec.regions == ["南平市", "延平区", "顺昌县"]
    assert [(p.name, p.role) for p in rec.people] == [("刘洋", "延平区委书记"), ("陈刚", "顺昌县委书记")]


def test_traditional_script_reads_like_simplified():
    text = "推動高質量發展\n2023年05月06日 來源:閩北日報\n日前,南平市委書記張建國在調研時強調,要堅持項目為王。\n"
    rec = _read(text)
    assert rec.title == "推動高質量發展"
    assert rec.published == "2023-05-06"
    assert rec.source == "閩北日報"
    assert [(p.name, p.role) for p in rec.people] == [("張建國", "南平市委書記")]


def test_html_page_title_date_source():
    html = ("<html><head><title>南平召开经济工作会议_闽北新闻网</title></head><body><h1>南平召开经济工作会议</h1>"
            "<div>发布时间:2023-12-28 来源:闽北日报</div>"
            "<p>12月27日,南平市委经济工作会议召开。市委书记张建国出席会议并讲话。</p><p>(记者 李明)</p></body></html>")
    rec = extract_text(html, name="p.html", fmt="html").record
    assert rec.title == "南平召开经济工作会议"
    assert rec.published == "2023-12-28"
    assert rec.source == "闽北日报"
    names = {p.name: p.role for p in rec.people}
    assert names.get("张建国") == "市委书记" and names.get("李明") == "记者"
    for p in rec.people:
        assert html[p.start:p.end] == p.name


def test_no_date_no_year_gives_empty_published():
    rec = _read("南平新闻\n全市各地积极推进重点项目建设,取得明显成效。\n")
    assert rec.published == ""


def test_corpus_metadata_matches_gold(gold_extractions):
    checked = 0
    for g, rec, raw in gold_extractions:
        assert rec.published == g["published"], g["doc"]
        assert rec.doc_type == g["doc_type"], g["doc"]
        assert rec.title_derived == g["title_derived"], g["doc"]
        assert rec.regions == g["regions"], g["doc"]
        for p in rec.people:
            assert raw[p.start:p.end] == p.name
        assert {p.name for p in rec.people} == {p["name"] for p in g["people"]}, g["doc"]
        checked += 1
    assert checked


def test_data_source_notes_are_not_the_source():
    text = ("南平市2023年国民经济和社会发展统计公报\n南平市统计局\n2024年3月1日\n一、综合\n全年地区生产总值增长5%,经济运行平稳。\n"
            "注释:\n资料来源:本公报数据来自市统计局和有关部门。\n")
    assert _read(text).source == "南平市统计局"


def test_sources_and_roles_are_written_as_in_the_input():
    text = ("“我們將全力以赴。”近日,建甌市委書記吳志強接受閩北日報專訪。\n閩北日報:建甌如何推動發展?\n"
            "吳志強:我們將堅持項目為王,推動產業升級。\n")
    rec = _read(text)
    assert rec.source == "閩北日報"
    assert rec.title == "专访建甌市委書記吳志強"
    assert [(p.name, p.role) for p in rec.people] == [("吳志強", "建甌市委書記")]


def test_official_title_beats_issuer_and_issue_number_lines():
    rec = _read("青川县人民政府办公室\n工作专报\n〔2024〕第12期\n\n关于全县防汛备汛工作检查情况的通报\n\n"
                "各乡镇人民政府，县直各部门：\n今年以来，县政府办公室对全县防汛备汛工作开展了检查，现将有关情况通报如下。\n")
    assert rec.title == "关于全县防汛备汛工作检查情况的通报"


def test_issuer_line_alone_is_not_a_title():
    rec = _read("临河区统计局\n临河区2023年农业生产情况\n\n全年粮食播种面积稳中有增，畜牧业生产总体平稳，"
                "设施农业规模继续扩大。\n")
    assert rec.title == "临河区2023年农业生产情况"


def test_title_split_by_pdf_blanks_is_read_joined():
    rec = _read("青川县 2023 年国民经济和社会发展统 计 公 报\n青川县统计局\n2024 年 3 月 20 日\n\n"
                "一、综合\n初步核算，全年全县地区生产总值完成 120.5 亿元，比上年增长 5.1%。\n")
    assert rec.title == "青川县2023年国民经济和社会发展统计公报"


def test_menu_of_words_is_still_not_a_title():
    assert not meta._is_spaced_text("首页 新闻 政务 服务")
    assert meta._is_spaced_text("全县 2023 年统 计 公 报")


def test_a_byline_paper_found_from_its_anchors_is_the_one_a_full_search_finds():
    import random

    from taizhang.extract import meta

    pieces = ["岚溪", "日报", "晚报", "报社", "记者", " ", "讯", "通讯员", "青川", "特区报", "。", "报", "县", "王某"]
    rng = random.Random(5)
    texts = ["本报讯（记者 王某）", "岚溪日报社记者王某报道", "据青川特区报讯，岚溪县"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(2000)]
    hits = 0
    for t in texts:
        want = meta.RE_BYLINE_PAPER.search(t)
        got = meta._byline_paper(t)
        assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1))), t
        hits += want is not None
    assert hits > 100
