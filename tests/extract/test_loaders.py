"""Loaders: real files written at test time (encodings, PDF, DOCX, HTML), offsets checked by slicing."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from taizhang.extract import cleaner, loaders
from taizhang.extract.doc import Doc
from taizhang.extract.loaders import LoadError, load, pdf_repairs, sniff_format

SIMPLIFIED = "到二〇二五年，本县地区生产总值力争达到三百亿元，城乡居民收入年均增长百分之七。\n新建学校十二所，改造老旧小区四十个。\n"
TRADITIONAL = "本縣將繼續推進鄉村振興，預計明年農業總產值增長百分之五，新建產業園區兩個。\n縣長表示，要確保重點項目如期開工。\n"


def _doc(loaded) -> Doc:
    return Doc("x", loaded.text, cleaner.clean(loaded.text, loaded.format) + loaded.edits, fmt=loaded.format)


# --------------------------------------------------------------------------- text encodings

def test_utf8_text_is_read_exactly_as_open_reads_it(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_bytes(SIMPLIFIED.replace("\n", "\r\n").encode("utf-8"))
    got = load(p)
    assert got.format == "txt" and got.encoding == "utf-8"
    assert got.text == open(p, encoding="utf-8", newline="").read()
    assert "\r\n" in got.text  # no newline translation: offsets match the gold reading


def test_utf8_bom_is_kept_as_a_character_and_hidden_from_the_view(tmp_path: Path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"))
    got = load(p)
    assert got.encoding == "utf-8-sig"
    assert got.text == open(p, encoding="utf-8", newline="").read()
    assert got.text[0] == "\ufeff" and got.text[1:] == SIMPLIFIED
    doc = _doc(got)
    assert doc.view == SIMPLIFIED
    i = doc.view.index("三百亿元")
    s, e = doc.raw_span(i, i + 4)
    assert doc.raw[s:e] == "三百亿元" and s == SIMPLIFIED.index("三百亿元") + 1
    # the BOM edit is not noise
    assert all(e.reason not in cleaner.NOISE_REASONS for e in doc.edits if e.start == 0 and e.end == 1)


@pytest.mark.parametrize("codec", ["gbk", "gb2312", "gb18030"])
def test_gb_family_is_read_as_gb18030(tmp_path: Path, codec: str):
    text = SIMPLIFIED.replace("〇", "零")  # 〇 is outside GB2312
    p = tmp_path / f"{codec}.txt"
    p.write_bytes(text.encode(codec))
    got = load(p)
    assert got.encoding == "gb18030"
    assert got.text == text


def test_gb18030_only_character_survives(tmp_path: Path):
    text = "今年新建的㐀号仓库和䶵号码头已经投入使用，年吞吐量达到五百万吨。"
    p = tmp_path / "rare.txt"
    p.write_bytes(text.encode("gb18030"))
    got = load(p)
    assert got.text == text and got.encoding == "gb18030"


@pytest.mark.parametrize("codec", ["big5", "cp950"])
def test_big5_traditional_text(tmp_path: Path, codec: str):
    p = tmp_path / "trad.txt"
    p.write_bytes(TRADITIONAL.encode(codec))
    got = load(p)
    assert got.encoding in {"cp950", "big5hkscs", "big5"}
    assert got.text == TRADITIONAL


def test_traditional_text_in_gbk_stays_gb(tmp_path: Path):
    """GBK can hold traditional characters too; the detector must not jump to Big5 just because the script is traditional."""
    p = tmp_path / "trad_gbk.txt"
    p.write_bytes(TRADITIONAL.encode("gbk"))
    got = load(p)
    assert got.text == TRADITIONAL and got.encoding == "gb18030"


def test_utf16_with_bom(tmp_path: Path):
    p = tmp_path / "u16.txt"
    p.write_bytes(SIMPLIFIED.encode("utf-16"))
    got = load(p)
    assert got.text == SIMPLIFIED


def test_html_meta_charset_gb2312_page(tmp_path: Path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            "<title>测试页</title></head><body><p>" + SIMPLIFIED.strip() + "</p></body></html>")
    p = tmp_path / "page.htm"
    p.write_bytes(page.encode("gbk"))
    got = load(p)
    assert got.format == "html" and got.encoding == "gb18030"
    assert got.text == page


# --------------------------------------------------------------------------- format sniffing

def test_txt_holding_raw_html_is_html(tmp_path: Path):
    page = "<!DOCTYPE html>\n<html><body><div><p>" + SIMPLIFIED.strip() + "</p></div></body></html>\n"
    p = tmp_path / "scraped.txt"
    p.write_text(page, encoding="utf-8")
    got = load(p)
    assert got.format == "html"
    doc = _doc(got)
    assert "<p>" not in doc.view and "三百亿元" in doc.view


def test_prose_mentioning_a_tag_is_not_html():
    assert sniff_format("本文介绍网页中<p>标签的用法，共计三段。\n第二段说明。") == "txt"
    assert sniff_format("<div><p>一</p><p>二</p><br><span>三</span></div>") == "html"


# --------------------------------------------------------------------------- PDF

def _make_pdf(path: Path, lines: list[str]) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    y = 780
    for line in lines:
        c.drawString(60, y, line)
        y -= 18
    c.showPage()
    c.save()


PDF_LINES = [
    "关于印发本县二〇二四年重点工作任务的通知",
    "各乡镇人民政府，县政府各部门：现将本县重点工作任务印发给你们，请认真",
    "贯彻执行。今年全县固定资产投资计划完成一百二十亿元，同比增长百分之",
    "八，新开工重大项目三十个以上。",
    "一、加快产业发展",
]


def test_pdf_with_cjk_text_and_line_joins(tmp_path: Path):
    p = tmp_path / "notice.pdf"
    _make_pdf(p, PDF_LINES)
    got = load(p)
    assert got.format == "pdf"
    for line in PDF_LINES:
        assert line in got.text
    joins = [e for e in got.edits if e.reason == "pdf-join"]
    assert joins, "lines broken mid-sentence must be joined"
    for e in got.edits:
        assert got.text[e.start:e.end].strip(" \u3000\t") in ("", "\n") or e.reason == "pdf-space"
    doc = _doc(got)
    assert "请认真贯彻执行。" in doc.view
    assert "同比增长百分之八，" in doc.view
    # the title and the heading keep their own lines
    assert "的通知\n" in doc.view and "\n一、加快产业发展" in doc.view
    i = doc.view.index("一百二十亿元")
    s, e = doc.raw_span(i, i + 6)
    assert doc.raw[s:e] == "一百二十亿元"
    # a span across the repaired line break maps back to the raw text including the break
    i = doc.view.index("百分之八")
    s, e = doc.raw_span(i, i + 4)
    assert doc.raw[s:e].replace("\n", "") == "百分之八"


def test_pdf_space_repair_between_cjk_characters():
    text = "全县 地区 生产总值 增长 6.5 %，2023 年达到 New York 水平\n"
    edits = pdf_repairs(text)
    from taizhang.extract.textmap import build_view

    view, _ = build_view(text, edits)
    assert view.startswith("全县地区生产总值增长6.5%，2023年达到")
    assert "New York" in view
    assert all(text[e.start:e.end].strip() == "" for e in edits)
    assert {e.reason for e in edits} <= {"pdf-space", "pdf-join"}


# --------------------------------------------------------------------------- DOCX / DOC

def test_docx_paragraphs_and_table(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("本县二〇二四年民生实事项目")
    d.add_paragraph("今年计划新增城镇就业岗位八千个。")
    t = d.add_table(rows=2, cols=3)
    for r, row in enumerate([("项目", "目标", "单位"), ("新建公园", "5", "个")]):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    d.add_paragraph("以上任务由各责任单位负责落实。")
    p = tmp_path / "plan.docx"
    d.save(p)
    got = load(p)
    assert got.format == "docx"
    lines = got.text.split("\n")
    assert lines[0] == "本县二〇二四年民生实事项目"
    assert "项目\t目标\t单位" in lines and "新建公园\t5\t个" in lines
    assert lines.index("新建公园\t5\t个") < lines.index("以上任务由各责任单位负责落实。")


def test_doc_without_antiword_gives_a_clear_reason(tmp_path: Path, monkeypatch):
    p = tmp_path / "old.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    monkeypatch.setattr(loaders.shutil, "which", lambda name: None)
    with pytest.raises(LoadError) as ei:
        load(p)
    assert "antiword" in ei.value.reason


def test_doc_that_is_not_a_word_file(tmp_path: Path):
    p = tmp_path / "fake.doc"
    p.write_text("这不是一个真正的文档文件", encoding="utf-8")
    with pytest.raises(LoadError) as ei:
        load(p)
    assert "not a Word .doc" in ei.value.reason


def test_docx_saved_as_doc_is_read(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("全年新建农村公路一百公里。")
    p = tmp_path / "renamed.doc"
    d.save(p)
    assert "一百公里" in load(p).text


# --------------------------------------------------------------------------- large input

@pytest.mark.slow
def test_fifty_megabyte_text_loads_and_extracts_in_bounded_memory(tmp_path: Path):
    """Runs in a child process so its peak memory (ru_maxrss) is its own."""
    p = tmp_path / "big.txt"
    unit = ("各乡镇要加快推进重点项目建设，今年完成投资{n}亿元，同比增长{m}%。"
            "新建农村公路{n}公里，改造危旧房{m}户。\n")
    with open(p, "w", encoding="utf-8") as fh:
        size = 0
        i = 0
        block = []
        while size < 50 * 1024 * 1024:
            line = unit.format(n=i % 977 + 1, m=i % 13 + 1)
            block.append(line)
            size += len(line.encode("utf-8"))
            i += 1
            if len(block) == 5000:
                fh.write("".join(block))
                block = []
        fh.write("".join(block))
    code = (
        "import resource, sys\n"
        "from taizhang.extract import loaders, cleaner\n"
        "from taizhang.extract.doc import Doc\n"
        f"L = loaders.load({str(p)!r})\n"
        "doc = Doc('big.txt', L.text, cleaner.clean(L.text, L.format) + L.edits, fmt=L.format)\n"
        "assert len(doc.view) == len(L.text)\n"
        "print(len(L.text), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr[-2000:]
    nchars, maxrss_kb = map(int, out.stdout.split())
    assert nchars > 15_000_000
    assert maxrss_kb < 1_500_000, f"peak memory {maxrss_kb // 1024} MB"
