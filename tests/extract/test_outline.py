"""Outline parsing: chapters, items, enumerations, bullets, headings, questions, sub-interviews, glossaries.

All test documents are written for these tests; the corpus is only read at test time (gold comparison).
"""
from __future__ import annotations

import pytest

from taizhang.extract import outline
from taizhang.extract.doc import Doc
from taizhang.extract.pipeline import extract_text

PLAN = """中共青山市委关于制定青山市发展规划的建议
(2021年1月8日中国共产党青山市第九届委员会第三次全体会议通过)

  新的五年是青山加快发展的关键时期。全会研究了规划编制的重大问题,提出如下建议。
  一、发展基础和主要目标
  1.发展基础更加坚实。过去五年,全市经济总量稳步增长,城乡面貌明显改善。
  2.主要目标。今后五年要实现以下目标。
  --产业体系更加完善。工业和服务业协同发展,新兴产业比重提高。
  --城乡环境更加宜居。空气和水质量稳定向好。
  二、加快建设现代产业体系,增强发展动能
  3.做强先进制造业。实施技改工程,一是培育龙头企业;二是壮大配套企业;三是建设产业园区。
  4.发展现代服务业。推进物流和金融发展。
名词解释
  1.两区:青山高新区和青山港区。
  2.1+3:一个中心城区加三个县城。
"""

INTERVIEW = """“我们要把群众的事当成自己的事来办。”近日,青山市委书记王立新接受青山日报专访时表示,全市将全力办好民生实事。
稳住经济基本盘
青山日报:今年青山将如何稳增长?
王立新:我们将抓好三件事。一是抓项目,加快重点工程进度;二是抓企业,帮助企业纾困;三是抓消费,办好促消费活动。
办好民生实事
青山日报:在民生方面有哪些打算?
王立新:一是扩大就业。二是改善教育,新建学校。
"""

QA_ONLY = """“发展是第一要务。”日前,绿水县县长赵明接受本报记者专访,谈及全县发展思路。
记者:绿水县下一步工作重点是什么?
赵明:一是抓产业,培育特色农业;二是抓生态,保护好绿水青山。
记者:如何改善营商环境?
赵明:我们将持续简化审批流程,提高服务效率。
"""

NEWS = """奋力争先创佳绩
今年以来,青山市各地各部门对标先进、比学赶超,推动各项工作取得新进展。
●青山日报记者李华通讯员周强
比
制定目标找差距
年初,青山市提出全年地区生产总值增长6%的目标,各部门纷纷制定行动方案。
赶
项目建设提速
上半年,全市新开工重点项目30个,完成投资120亿元。
■数读
上半年,新开工重点项目30个
全市新增市场主体8000户
"""

SUB_INTERVIEWS = """奋进新征程
2022年3月5日 08:00 来源: 青山日报

全会召开后,各县区负责人表示将认真贯彻落实全会精神。

建设美丽东城

——访东城区委书记 刘洋

东城将坚持生态优先,推动绿色发展。

一是抓生态修复,守护好山水;二是抓产业转型,培育新动能。

记者 孙丽

打造产业强县

——访西山县委书记 陈刚

西山将聚焦工业,做大做强主导产业。
"""


def _doc(text: str) -> Doc:
    return Doc("t.txt", text)


def _by_label(sections, label):
    return [s for s in sections if s.label == label]


def test_plan_chapters_items_bullets_and_levels():
    secs, gloss = outline.parse(_doc(PLAN))
    assert [(s.level, s.label) for s in secs] == [
        (1, "一、"), (2, "1."), (2, "2."), (3, "--"), (3, "--"),
        (1, "二、"), (2, "3."), (3, "一是"), (3, "二是"), (3, "三是"), (2, "4."), (1, "")]
    assert secs[0].title == "发展基础和主要目标"
    assert secs[0].kind == "chapter"
    assert secs[5].title == "加快建设现代产业体系,增强发展动能"  # a heading line: the whole line
    assert secs[1].title == "发展基础更加坚实"  # an item: its first clause
    assert secs[3].title == "产业体系更加完善"
    assert secs[7].title == "培育龙头企业"
    assert secs[-1].title == "名词解释" and secs[-1].kind == "glossary"


def test_plan_glossary_entries_are_not_sections():
    doc = _doc(PLAN)
    secs, gloss = outline.parse(doc)
    assert [(g.term, g.definition) for g in gloss] == [("两区", "青山高新区和青山港区。"),
                                                       ("1+3", "一个中心城区加三个县城。")]
    assert all(doc.raw[g.start:g.end].startswith(("1.", "2.")) for g in gloss)
    assert not any(s.label in ("1.", "2.") and s.start > PLAN.index("名词解释") for s in secs)


def test_every_start_reads_back_in_raw():
    for text in (PLAN, INTERVIEW, QA_ONLY, NEWS, SUB_INTERVIEWS):
        doc = _doc(text)
        for s in outline.parse(doc)[0]:
            if s.label:
                assert text[s.start:s.start + len(s.label)] == s.label, s
            assert s.start <= s.end <= len(text)


def test_section_end_is_next_sibling_or_higher():
    secs, _ = outline.parse(_doc(PLAN))
    ch1, ch2 = secs[0], secs[5]
    assert ch1.end == ch2.start
    assert secs[1].end == secs[2].start  # 1. ends where 2. starts
    assert secs[4].end == ch2.start  # the last bullet of chapter one ends with it


def test_interview_headings_enumerations_and_questions():
    secs, _ = outline.parse(_doc(INTERVIEW))
    assert [(s.level, s.label, s.title) for s in secs] == [
        (1, "", "稳住经济基本盘"), (2, "一是", "抓项目"), (2, "二是", "抓企业"), (2, "三是", "抓消费"),
        (1, "", "办好民生实事"), (2, "一是", "扩大就业"), (2, "二是", "改善教育")]
    # The inline enumeration starts at its label, not at the line start.
    assert INTERVIEW[secs[2].start:secs[2].start + 2] == "二是"


def test_questions_are_sections_when_no_heading_marks_the_block():
    secs, _ = outline.parse(_doc(QA_ONLY))
    qs = [s for s in secs if s.kind == "question"]
    assert [q.title for q in qs] == ["绿水县下一步工作重点是什么?", "如何改善营商环境?"]
    assert all(q.level == 1 for q in qs)
    assert [s.level for s in secs if s.label == "一是"] == [2]


def test_one_character_markers_boxes_and_bylines():
    secs, _ = outline.parse(_doc(NEWS))
    assert [(s.level, s.label, s.title) for s in secs] == [
        (1, "比", "制定目标找差距"), (1, "赶", "项目建设提速"), (1, "■", "数读")]
    assert NEWS[secs[0].start] == "比"


def test_sub_interviews_take_the_headline_before_them():
    secs, _ = outline.parse(_doc(SUB_INTERVIEWS))
    assert [(s.level, s.label, s.title) for s in secs] == [
        (1, "——访", "建设美丽东城"), (2, "一是", "抓生态修复"), (2, "二是", "抓产业转型"),
        (1, "——访", "打造产业强县")]
    assert SUB_INTERVIEWS[secs[0].start:secs[0].start + 3] == "——访"
    assert secs[0].kind == "interview"


def test_part_chapter_section_nesting():
    text = ("第一章 总体要求\n本规划明确了今后五年的发展方向和主要任务,是全市发展的蓝图。\n"
            "第一节 发展环境\n当前,发展环境面临深刻变化,机遇与挑战并存。\n"
            "一、机遇\n(一)政策机遇。国家政策支持力度加大。\n(1)财政支持。资金投入增加。\n①专项资金。规模扩大。\n"
            "第二章 主要任务\n围绕目标,重点推进以下任务,确保各项工作落到实处。\n")
    secs, _ = outline.parse(_doc(text))
    assert [(s.level, s.label) for s in secs] == [(1, "第一章"), (2, "第一节"), (3, "一、"), (4, "(一)"),
                                                 (5, "(1)"), (6, "①"), (1, "第二章")]
    assert secs[0].title == "总体要求"


def test_traditional_and_full_width_text():
    text = ("推動發展\n今年以來,全縣經濟穩中向好,各項工作有序推進。\n"
            "一、主要工作\n1.抓好項目建設。全年新開工項目20個。\n2.優化營商環境。深化改革。\n"
            "二、下一步打算\n(一)擴大投資。加快項目進度。\n")
    secs, _ = outline.parse(_doc(text))
    assert [(s.level, s.label) for s in secs] == [(1, "一、"), (2, "1."), (2, "2."), (1, "二、"), (2, "(一)")]
    assert secs[1].title == "抓好項目建設"  # titles are written as in the input


def test_numbers_at_line_start_are_not_items():
    text = "青山新闻\n今年以来,全市经济平稳运行,主要指标好于预期。\n1.5亿元的专项资金已经下达到位,惠及全市企业。\n"
    secs, _ = outline.parse(_doc(text))
    assert secs == []


def test_chrome_before_the_first_paragraph_is_not_a_heading():
    text = "首页 > 正文\n下载\n打印本页\n青山市关于加快发展的意见\n各区县:\n为加快发展,现提出如下意见。\n"
    secs, _ = outline.parse(_doc(text))
    assert secs == []


def test_html_page_offsets_read_back():
    html = ("<html><head><title>青山召开会议_青山网</title></head><body><h1>青山召开会议</h1>"
            "<p>会议指出,今年以来全市经济稳中有进,各项事业全面发展。</p>"
            "<h2>推进产业升级</h2><p>会议要求,一是扩大有效投资;二是加快产业升级;三是保障民生。</p></body></html>")
    ex = extract_text(html, name="p.html", fmt="html")
    secs = ex.record.sections
    enums = [s for s in secs if s.label.endswith("是")]
    assert [s.label for s in enums] == ["一是", "二是", "三是"]
    for s in enums:
        assert html[s.start:s.start + 2] == s.label


def test_corpus_sections_match_gold(gold_extractions):
    tp = npred = ngold = 0
    for g, rec, raw in gold_extractions:
        pool = [(s["level"], s["start"]) for s in g["sections"]]
        for s in rec.sections:
            assert raw[s.start:s.start + len(s.label)] == s.label
            m = next((x for x in pool if x[0] == s.level and abs(x[1] - s.start) <= 2), None)
            if m:
                pool.remove(m)
                tp += 1
        npred += len(rec.sections)
        ngold += len(g["sections"])
    if not ngold:
        pytest.skip("no gold sections")
    p, r = tp / max(npred, 1), tp / ngold
    assert 2 * p * r / max(p + r, 1e-9) >= 0.9


def test_footnotes_and_number_lists_are_not_sections():
    text = ("南平市统计公报\n2023年,全市经济运行总体平稳,主要指标稳中有升。\n一、综合\n全年地区生产总值增长5%。\n"
            "一、二、三产业协调发展,结构持续优化。\n注释:\n1.本公报数据为初步统计数。\n2.部分数据因四舍五入存在误差。\n")
    secs, _ = outline.parse(_doc(text))
    assert [(s.level, s.label, s.title) for s in secs] == [(1, "一、", "综合")]


def test_articles_of_a_regulation_are_items_under_chapters():
    text = ("南平市河道管理办法\n第一章 总则\n第一条 为了加强河道管理,制定本办法。\n第二条 本办法适用于本市行政区域内的河道。\n"
            "第二章 管理职责\n第三条 市水利部门负责全市河道的监督管理工作。\n")
    secs, _ = outline.parse(_doc(text))
    assert [(s.level, s.label) for s in secs] == [(1, "第一章"), (2, "第一条"), (2, "第二条"), (1, "第二章"), (2, "第三条")]
    assert secs[1].title == "为了加强河道管理"


def test_notes_end_at_the_next_chapter():
    text = ("南平市统计公报\n2023年,全市经济运行总体平稳,主要指标稳中有升。\n一、综合\n全年地区生产总值增长5%。\n"
            "注:\n[1]地区生产总值按现价计算。\n二、农业\n全年粮食产量稳定,农业生产平稳。\n")
    secs, _ = outline.parse(_doc(text))
    assert [(s.level, s.label) for s in secs] == [(1, "一、"), (1, "二、")]


def test_enumerations_need_a_numeral_before_shi_and_are_found_as_before():
    from taizhang.extract import outline
    from taizhang.extract.doc import Doc

    assert outline._NUMERAL_SHI.search("一是抓项目") and not outline._NUMERAL_SHI.search("这是岚溪县的一项工作")
    text = "岚溪县抓好三件事：一是抓项目，二是抓招商；三是抓民生。这是全县的大事。"
    for skip in range(len(text) + 1):  # a match always holds a numeral before 是 at or after where it may start
        if list(outline.RE_ENUM.finditer(text, skip)):
            assert outline._NUMERAL_SHI.search(text, skip)
    p = outline._Parser(Doc("t.txt", text))
    assert [text[c.label_span[0]:c.label_span[1]] for c in p.enumerations(p.lines[0])] == ["一是", "二是", "三是"]
    assert p.enumerations(outline.Line(0, "这是全县的大事。")) == []
