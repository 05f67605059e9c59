"""A web page in the ledger is shown as its text, with the extracted spans highlighted on the words
(its HTML source, with the tags struck through, only on request)."""
from __future__ import annotations

import re
from html import unescape

import pytest
from django.test import Client

from .test_pages_chinese import visible_text

pytestmark = pytest.mark.django_db

# our own sentences, wrapped in the markup and page chrome of a government site
PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>示例市2024年上半年经济运行情况</title>
<style>.nav{color:red}</style><script>var track = "<p>不是正文</p>";</script></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a></div>
<div class="article"><h1>示例市2024年上半年经济运行情况</h1>
<p class="date">发布时间：2024年7月18日</p>
<p>今年上半年，示例市地区生产总值增长5.8%，固定资产投资增长9.2%。</p>
<p>全年力争地区生产总值增长6%以上，社会消费品零售总额增长7%。</p>
<p>示例大道&amp;滨海通道项目完成投资12亿元。</p>
</div><div class="footer">主办单位：示例市人民政府办公室 版权所有</div></body></html>
"""


@pytest.fixture
def html_doc(db, settings, django_user_model):
    settings.TAIZHANG_EXTRACTOR = "taizhang.extract.extract_file"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    from taizhang.ledger import ingest
    res = ingest.ingest_bytes("page.html", PAGE.encode("utf-8"))
    assert res.document is not None, res.message
    return res.document, django_user_model.objects.create_superuser("root", password="pw-for-tests-1")


def _text(html: str) -> str:
    """The characters shown on the page, without tooltips."""
    return unescape(re.sub(r"<[^>]+>", "", html))


def _article(html: str) -> str:
    m = re.search(r'<article class="doctext" id="doctext">(.*?)</article>', html, re.S)
    assert m
    return m.group(1)


def test_html_document_shows_text_not_tags(html_doc):
    doc, user = html_doc
    assert doc.format == "html" and "<p>" in doc.text  # stored as read: the source
    c = Client()
    c.force_login(user)
    html = c.get(f"/documents/{doc.pk}/").content.decode()
    body = _article(html)
    text = _text(body)
    assert "地区生产总值增长5.8%" in re.sub(r"\s", "", text)
    assert "示例大道&滨海通道项目" in text  # entities decoded
    for markup in ("<p", "&lt;p", "class=", "&lt;/div", "var track", ".nav{"):
        assert markup not in text, markup
    assert "hl-noise" not in body  # removed, not struck through
    assert "已去除网页标记" in visible_text(html)


def test_highlights_sit_on_the_words(html_doc):
    doc, user = html_doc
    facts = list(doc.facts.all())
    assert facts, "the page states facts"
    c = Client()
    c.force_login(user)
    body = _article(c.get(f"/documents/{doc.pk}/").content.decode())
    for f in facts:
        # the value's highlight links to the fact and shows the very characters at its raw offsets
        pieces = re.findall(rf'<a href="/facts/{f.pk}/" class="hl [^"]*hl-{f.kind}[^"]*"[^>]*>([^<]*)</a>', body)
        assert "".join(pieces) == doc.text[f.vstart:f.vend], (f.pk, pieces)
        assert f'id="off-{f.estart}"' in body  # links to the sentence (#off-N, raw offsets) still land


def test_source_view_on_request(html_doc):
    doc, user = html_doc
    c = Client()
    c.force_login(user)
    html = c.get(f"/documents/{doc.pk}/?view=source").content.decode()
    assert "&lt;p&gt;" in _article(html)
    assert "查看正文" in visible_text(html)


def test_text_documents_are_unchanged(html_doc, settings):
    from taizhang.ledger import ingest
    doc = ingest.ingest_bytes("plain.txt", "示例市2024年工作报告\n全年力争地区生产总值增长6%。\n".encode()).document
    c = Client()
    c.force_login(html_doc[1])
    html = c.get(f"/documents/{doc.pk}/").content.decode()
    assert "查看网页源码" not in html and "全年力争地区生产总值增长" in visible_text(_article(html))
