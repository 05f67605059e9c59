"""Cleaner: noise spans read back from the raw text, match the gold corpus, and leave content alone."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from taizhang.extract import cleaner
from taizhang.extract.cleaner import NOISE_REASONS, clean
from taizhang.extract.doc import Doc
from factrun import facts_of, one

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD = SHARED / "gold" / "documents.jsonl"


def _noise(raw: str, fmt: str = "txt") -> list[tuple[int, int, str, str]]:
    edits = clean(raw, fmt)
    _assert_well_formed(raw, edits)
    return [(e.start, e.end, raw[e.start:e.end], e.reason) for e in edits if e.reason in NOISE_REASONS]


def _assert_well_formed(raw: str, edits) -> None:
    prev = 0
    for e in edits:
        assert 0 <= e.start <= e.end <= len(raw)
        assert e.start >= prev, f"overlapping edits at {e.start}"
        prev = e.end


def _texts(raw: str, fmt: str = "txt") -> list[str]:
    return [t for _, _, t, _ in _noise(raw, fmt)]


# --------------------------------------------------------------------------- gold corpus

def _gold_rows():
    if not GOLD.exists():
        pytest.skip("shared gold not available")
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_gold_noise_spans_read_back_and_score_well():
    tp = pred = gold = 0
    for row in _gold_rows():
        raw = open(SHARED / "corpus" / row["doc"], encoding="utf-8", newline="").read()
        for n in row["noise"]:
            assert raw[n["start"]:n["end"]] == n["text"]
        found = _noise(raw)
        for s, e, text, _ in found:
            assert raw[s:e] == text and text == text.strip(" \n\r\t\u00a0\u3000"), (row["doc"], text)
        g = {i for n in row["noise"] for i in range(n["start"], n["end"])}
        p = {i for s, e, _, _ in found for i in range(s, e)}
        tp += len(g & p)
        pred += len(p)
        gold += len(g)
    f1 = 2 * tp / (pred + gold)
    assert f1 >= 0.9, f"noise char F1 {f1:.3f}"


def test_gold_docs_without_noise_get_none():
    for row in _gold_rows():
        if row["noise"]:
            continue
        raw = open(SHARED / "corpus" / row["doc"], encoding="utf-8", newline="").read()
        assert _noise(raw) == [], row["doc"]


# --------------------------------------------------------------------------- plain-text page chrome

PAGE = (
    "市政府门户网站 > 政务公开 > 工作动态\n"
    "下载\n"
    "转到\n"
    "【字体：大 中 小】【打印】【关闭】\n"
    "\n"
    "全市召开优化营商环境推进会\n"
    "\n"
    "2024年03月05日 10:20\u00a0|\u00a0来源：市融媒体中心\u00a0|\u00a0市融媒官方微信\n"
    "\n"
    "本报讯（记者 周文涛）昨日，全市优化营商环境推进会召开。会议要求，今年全市新登记市场主体要增长百分之十，"
    "政务服务事项网上可办率达到百分之九十五以上。\n"
    "会议强调，各部门要对照清单逐项落实。\n"
    "记者 周文涛 郑晓雨\n"
    "\n"
    "责任编辑：李晴\n"
    "市融媒新闻热线：0000-1234567\u00a0投诉邮箱：abc@example.com\n"
    "相关阅读：\n"
    "声明：本站注明来源为本报的稿件，版权均属本报所有，未经书面授权不得转载、摘编或以其他方式使用。"
)


def test_chrome_footer_and_dateline_link():
    texts = _texts(PAGE)
    assert "市政府门户网站 > 政务公开 > 工作动态" in texts
    assert "下载" in texts and "【字体：大 中 小】【打印】【关闭】" in texts
    assert "转到" in texts  # unknown short line between two toolbar lines
    assert "市融媒官方微信" in texts  # only the UI link, not the dateline
    assert "责任编辑：李晴" in texts and "相关阅读：" in texts
    assert "市融媒新闻热线：0000-1234567\u00a0投诉邮箱：abc@example.com" in texts
    assert any(t.startswith("声明：本站注明来源") and t.endswith("以其他方式使用。") for t in texts)
    joined = "".join(texts)
    for content in ("全市召开优化营商环境推进会", "来源：市融媒体中心", "记者 周文涛 郑晓雨", "逐项落实"):
        assert content not in joined


def test_view_keeps_content_lines():
    doc = Doc("p.txt", PAGE, clean(PAGE))
    assert "全市召开优化营商环境推进会" in doc.view
    assert "2024年03月05日 10:20" in doc.view
    assert "官方微信" not in doc.view and "责任编辑" not in doc.view and "下载" not in doc.view
    i = doc.view.index("百分之十")
    s, e = doc.raw_span(i, i + 4)
    assert PAGE[s:e] == "百分之十"


def test_viewer_header_duplicate_title_and_disclaimer():
    raw = ("法规库 > 全文阅览\n页面宽度(px):\n\n"
           "某市关于加快发展现代农业的实施意见\n\n"
           "某市关于加快发展现代农业的实施意见\n"
           "（2022年5月6日市政府常务会议通过）\n"
           "  一、总体要求\n  到2025年，全市农业总产值达到五百亿元。\n\n"
           "*本数据库提供的电子文本仅供参考，正式引用时请与标准文本核对。")
    found = _noise(raw)
    dup = [x for x in found if x[3] == "duplicate-title"]
    assert len(dup) == 1 and dup[0][0] == raw.index("某市关于")  # the first copy only
    assert any(x[3] == "disclaimer" and x[2].startswith("*本数据库") for x in found)
    assert not any("一、总体要求" in x[2] or "五百亿元" in x[2] for x in found)


def test_traditional_script_chrome():
    raw = ("首頁 > 新聞中心 > 本地要聞\n【打印】【關閉】\n本縣舉行年度會議\n"
           "會議提出，今年全縣生產總值增長百分之六，新增就業崗位三千個。\n"
           "責任編輯：陳美玲\n相關新聞：\n版權所有：本縣人民政府　未經授權不得轉載")
    texts = _texts(raw)
    assert "首頁 > 新聞中心 > 本地要聞" in texts and "【打印】【關閉】" in texts
    assert "責任編輯：陳美玲" in texts and "相關新聞：" in texts
    assert any(t.startswith("版權所有") for t in texts)
    assert not any("生產總值" in t or "年度會議" in t for t in texts)


def test_taiwan_style_toolbar_and_dateline_counter():
    raw = ("首頁 > 最新消息\n:::\n發布日期：2024-05-20\u3000點閱次數：356\n"
           "本市推動長照服務，今年新增據點二十處。\n回上一頁\u3000友善列印\n")
    texts = _texts(raw)
    assert texts == ["首頁 > 最新消息", ":::", "點閱次數：356", "回上一頁\u3000友善列印"]


def test_pdf_running_heads_repeat_on_every_page():
    page = "某市人民政府公报\n今年全市完成植树造林五万亩，新建绿道一百公里。\n"
    raw = page * 4
    found = _noise(raw, "pdf")
    assert [t for _, _, t, _ in found] == ["某市人民政府公报"] * 4
    assert _noise(raw, "txt") == []


def test_css_text_left_in_a_scraped_page():
    raw = ".TRS_Editor P{margin-top:-15px;line-height:1.5;font-size:12pt;}\n今年全区新建公园三个。\n"
    found = _noise(raw)
    assert found and found[0][3] == "css" and found[0][2].startswith(".TRS_Editor")
    assert "公园" not in "".join(t for _, _, t, _ in found)


def test_page_numbers_in_pdf_text():
    raw = "全年完成造林一万亩。\n- 3 -\n新建污水处理厂两座。\n4\n"
    texts = _texts(raw, "pdf")
    assert "- 3 -" in texts and "4" in texts
    assert _texts("第一条 适用范围\n3\n", "txt") == []  # a bare number in plain text is left alone


# --------------------------------------------------------------------------- injected spam

BODY = [
    "今年以来，全区扎实推进城市更新行动，完成老旧小区改造二十个。",
    "区政府组织开展营商环境专项整治，新增市场主体三千户。",
    "全区新建口袋公园八个，城市绿化覆盖率达到百分之四十二。",
    "下半年将重点抓好招商引资工作，力争签约项目五十个以上。",
]


def test_spam_with_lexicon_word_is_found_exactly():
    phrase = "博彩娱乐平台"
    raw = (phrase + " 城市更新迈出新步伐\n"
           + BODY[0].replace("，完成", phrase + "，完成") + "\n"
           + BODY[1] + "\n" + BODY[2].replace("八个，", "八个" + phrase + "，") + "\n" + BODY[3])
    found = [x for x in _noise(raw) if x[3] == "spam"]
    assert [x[2] for x in found] == [phrase] * 3
    assert found[0][:2] == (0, len(phrase))  # the space after it stays


def test_spam_without_lexicon_found_by_distribution():
    phrase = "青柠檬丝绒吧"  # no spam vocabulary at all
    raw = (phrase + " 城市更新迈出新步伐\n"
           + BODY[0].replace("行动，", "行动" + phrase + "，") + "\n"
           + BODY[1] + "\n" + BODY[2] + "\n" + BODY[3].replace("以上。", "以上" + phrase + "。"))
    texts = [t for _, _, t, r in _noise(raw) if r == "spam"]
    assert texts == [phrase] * 3


def test_repeated_content_terms_are_not_spam():
    raw = "\n".join([
        "南湖新区：今年完成基础设施投资三十亿元。",
        "南湖新区：新引进企业二十家，落实人才奖补资金，",
        "全年兑现技改奖补资金，支持企业扩产。",
        "各街道坚持外防输入、内防反弹，做好常态化防控。",
        "坚决落实外防输入、内防反弹，兑现创新奖补资金。",
        "高质量发展，高质量发展。",
    ])
    assert [x for x in _noise(raw) if x[3] == "spam"] == []


def test_a_time_heading_the_title_and_opening_a_clause_is_not_spam():
    # (a news page heads its title with the span it reports and opens a clause with it again: the shape injected
    # spam recurs in, but the time is the text's own)
    raw = ("前三季度 青川州全社会固定资产投资完成286.5亿元\n2024年11月05日 09时12分\n今年,青川州抢抓发展机遇,投资总量稳步提升,"
           "前三季度,青川州全社会固定资产投资完成286.5亿元,同比增长6.3%。\n")
    assert [x for x in _noise(raw) if x[3] == "spam"] == []
    assert one(facts_of(raw), 6.3).period == "2024-M01..M09"


def test_lexicon_word_alone_is_not_spam():
    raw = "证监局提醒投资者警惕非法股票配资。\n近期查处多起非法股票配资案件，涉及金额较大。\n股票配资风险较高，群众要提高警惕。"
    assert [x for x in _noise(raw) if x[3] == "spam"] == []


def _long_body(n: int) -> list[str]:
    """``n`` distinct report sentences (numbers vary, so no clause repeats verbatim)."""
    out = []
    for i in range(n):
        k = str(i)
        out.append(BODY[i % len(BODY)].replace("二十", k).replace("三千", k).replace("八个", k + "个").replace("五十", k))
    return out


def test_spam_found_in_a_long_document():
    # The detector counts every candidate phrase in one pass; a long text must still yield the injected phrase.
    phrase = "博彩娱乐平台"
    lines = _long_body(6000)
    for j in (10, 2000, 4000, 5990):
        lines[j] = lines[j].replace("。", phrase + "。", 1)
    raw = phrase + " 城市更新迈出新步伐\n" + "\n".join(lines)
    found = [x for x in _noise(raw) if x[3] == "spam"]
    assert [x[2] for x in found] == [phrase] * 5
    assert all(raw[a:b] == phrase for a, b, _, _ in found)


def test_spam_occurrences_do_not_overlap_like_str_count():
    text = "甲乙甲乙甲乙甲，丙丙丙丙丙。"
    where = cleaner._occurrences(text, ["甲乙甲乙", "丙丙"])
    assert {p: len(v) for p, v in where.items()} == {"甲乙甲乙": text.count("甲乙甲乙"), "丙丙": text.count("丙丙")}
    assert where["丙丙"] == [8, 10]


# --------------------------------------------------------------------------- HTML

HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>全区召开安全生产会议_某区政府网</title>
<style>.main{color:red}</style>
<script>var a = 1; document.write("广告");</script>
</head>
<body>
<!-- 顶部导航 -->
<div class="topNav"><a href="/">首页</a> | <a href="#">无障碍</a></div>
<nav><ul><li>政务公开</li><li>办事服务</li></ul></nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 区内动态</div>
<h1>全区召开安全生产会议</h1>
<div class="info">发布时间：2024-01-08&nbsp;&nbsp;来源：区应急管理局&nbsp;&nbsp;字号：大 中 小</div>
<div class="content">
<p>会议要求，今年全区生产安全事故起数要下降百分之十，<b>重点行业</b>隐患整改率达到100%。</p>
<p>各街道要落实&ldquo;一岗双责&rdquo;，开展专项检查&amp;督查。</p>
<table><tr><td>指标</td><td>目标</td></tr><tr><td>整改率</td><td>100%</td></tr></table>
</div>
<p>责任编辑：赵敏</p>
<div id="footer"><p>主办单位：某区人民政府办公室</p><p>&copy; 版权所有</p></div>
</body></html>
"""


def test_html_tags_scripts_and_chrome():
    raw = HTML
    edits = clean(raw, "html")
    _assert_well_formed(raw, edits)
    doc = Doc("p.html", raw, edits, fmt="html")
    view = doc.view
    for gone in ("<p>", "var a", ".main{", "顶部导航", "无障碍", "政务公开", "当前位置", "字号", "责任编辑", "主办单位",
                 "版权所有", "某区政府网"):
        assert gone not in view, gone
    assert "全区召开安全生产会议\n" in view
    assert "来源：区应急管理局" in view
    assert "会议要求，今年全区生产安全事故起数要下降百分之十，重点行业隐患整改率达到100%。" in view
    assert "落实“一岗双责”，开展专项检查&督查。" in view
    assert "指标\t目标" in view and "整改率\t100%" in view
    reasons = {e.reason for e in edits}
    assert {"markup", "css", "script", "chrome", "footer", "entity"} <= reasons
    # entities are decoded, not noise
    assert "entity" not in NOISE_REASONS
    for e in edits:
        if e.reason == "entity":
            assert raw[e.start] == "&" and raw[e.end - 1] == ";" and len(e.repl) == 1
    # offsets map back
    i = view.index("百分之十")
    s, e = doc.raw_span(i, i + 4)
    assert raw[s:e] == "百分之十"
    i = view.index("重点行业")
    s, e = doc.raw_span(i - 1, i + 4)
    assert raw[s:e] == "，<b>重点行业"


def test_html_block_tags_become_line_breaks_and_inline_tags_vanish():
    raw = "<div><p>第一段内容。</p><p>第二段<span>内容</span>。<br>第三行</p></div>"
    doc = Doc("x.html", raw, clean(raw, "html"), fmt="html")
    lines = [line for line in doc.view.split("\n") if line.strip()]
    assert lines == ["第一段内容。", "第二段内容。", "第三行"]


def test_html_source_wrapping_inside_a_paragraph_is_joined():
    raw = "<html><body><p>今年计划新建学校三所，\n    扩建幼儿园五所。</p></body></html>"
    doc = Doc("x.html", raw, clean(raw, "html"), fmt="html")
    assert "今年计划新建学校三所，扩建幼儿园五所。" in doc.view


def test_big_content_div_with_a_chrome_like_class_is_kept():
    body = "".join(f"<p>{s}</p>" for s in BODY * 30)
    raw = f"<html><body><div class='main-share-box'>{body}</div></body></html>"
    doc = Doc("x.html", raw, clean(raw, "html"), fmt="html")
    assert BODY[2] in doc.view


def test_noise_spans_never_include_newlines_at_the_ends():
    for s, e, text, reason in _noise(PAGE):
        assert not text.startswith(("\n", " ")) and not text.endswith(("\n", " ")), (reason, text)


def test_empty_and_whitespace_text():
    assert clean("", "txt") == []
    assert [e for e in clean("\n\n  \n", "txt") if e.reason in NOISE_REASONS] == []
    assert cleaner.clean("", "html") == []


# --------------------------------------------------------------------------- PDF text saved as plain text

_WRAPPED = ("青川县 2023 年国民经济和社会发展统 计 公 报\n青川县统计局\n2024 年 3 月 20 日\n\n"
            "第一产业增 加 值 12.4 亿\n元，增长 3.1%；城镇居民收入增\n长 5.2%；三次产业结\n构比为 14.2:35.1:50.7。\n")


def _view(raw: str) -> str:
    edits = clean(raw, "txt")
    _assert_well_formed(raw, edits)
    return Doc("t.txt", raw, edits).view


def test_breaks_inside_words_and_numbers_are_joined_and_blanks_hidden():
    view = _view(_WRAPPED)
    assert "第一产业增加值12.4亿元，增长3.1%" in view
    assert "城镇居民收入增长5.2%" in view
    assert "三次产业结构比为14.2:35.1:50.7" in view


def test_title_and_issuer_lines_are_not_joined_to_the_body():
    view = _view(_WRAPPED)
    assert view.split("\n")[1] == "青川县统计局"


def test_joined_view_maps_back_to_raw_offsets():
    raw = _WRAPPED
    doc = Doc("t.txt", raw, clean(raw, "txt"))
    k = doc.view.find("12.4亿元")
    s, e = doc.raw_span(k, k + len("12.4亿元"))
    assert raw[s:e] == "12.4 亿\n元"


def test_one_paragraph_per_line_text_is_not_rejoined():
    raw = ("一、综合\n全年地区生产总值增长5%。\n二、农业\n粮食总产量达到30万吨，比上年增长2%。\n"
           "三、工业\n规模以上工业增加值增长6%。\n")
    assert not cleaner.looks_wrapped(raw)
    assert _view(raw) == raw


def test_table_rows_and_field_lines_are_not_joined_as_wraps():
    raw = ("岚溪县2025年重点项目年度计划及1-8月进展情况\n填报单位：岚溪县发展和改革局\n"
           "序号\t项目名称\t总投资\t形象进度\n"
           "1\t白石河水库\t120000\t大坝填筑完成，溢洪道施工中\n2\t岚溪快速通道\t86000\t路基完成，路面施工中\n"
           "全县第一产业增 加 值 12.4 亿\n元，增长 3.1%；城镇居民收入增\n长 5.2%。\n")
    view = _view(raw)
    lines = view.split("\n")
    assert lines[0] == "岚溪县2025年重点项目年度计划及1-8月进展情况"
    assert lines[1] == "填报单位：岚溪县发展和改革局"
    assert lines[3].startswith("1\t白石河水库") and lines[4].startswith("2\t岚溪快速通道")
    assert "第一产业增加值12.4亿元，增长3.1%" in view


def test_toolbar_and_edition_line_prechecks_answer_as_the_full_tests():
    """_ui_only and _edition_line say no early (a Han character no toolbar word holds; neither 版 nor an e-paper
    word): on any line they answer as the token-by-token tests do."""
    import random
    import re

    from taizhang.extract import cleaner
    from taizhang.extract.lang import zh

    def ui_only(s):
        if len(s) > 60:
            return False
        words = cleaner._UI_TOKEN.findall(s)
        if not words or sum(len(w) for w in words) < 2:
            return False
        return cleaner._UI_FILLER.sub("", cleaner._UI_TOKEN.sub("", s)) == ""

    def edition_line(s):
        if len(s) > 60:
            return False
        marks = cleaner._EDITION_MARK.findall(s)
        words = [w for w in cleaner._UI_TOKEN.findall(s) if w in zh.EPAPER_WORDS]
        if not marks and not words:
            return False
        rest = cleaner._UI_FILLER.sub("", cleaner._UI_TOKEN.sub("", cleaner._EDITION_MARK.sub("", s)))
        return len(rest) <= zh.EPAPER_COLUMN_MAX and bool(re.fullmatch(rf"[{cleaner._CJK}A-Za-z]*", rest))

    rng = random.Random(2)
    pieces = list(cleaner._UI_WORDS[:40]) + list(zh.EPAPER_WORDS) + ["第A03版", "02版", " ", "|", "：", "岚溪", "要闻",
                                                                     "3", "pdf", "县", "》", "版"]
    lines = ["首页 | 返回", "当前版:02版", "第A03版:要闻", "岚溪县召开会议", "上一版 下一版", "打印本页 关闭窗口"]
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    yes_ui = yes_ed = 0
    for s in lines:
        assert cleaner._ui_only(s) == ui_only(s), s
        assert cleaner._edition_line(s) == edition_line(s), s
        yes_ui += ui_only(s)
        yes_ed += edition_line(s)
    assert yes_ui > 50 and yes_ed > 50
