"""An autonomous division written by its short form (湘西州 for 湘西土家族苗族自治州, bare: 内蒙古): the extractor
writes the subject as the page names the place (session 41: the golds write the page's form; session 24 had named it
by the gazetteer), and the ledger keys any short form it meets under the official name, so the facts of a document
writing the full name and of one writing the short form meet.  Our own sentences, run through the real extractor."""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text
from taizhang.ledger import canon, ingest
from taizhang.ledger.models import Fact, FactLink

PLAN = """湖南省{p}2026年国民经济和社会发展计划

{p}人民政府
2026年1月10日

2026年全州经济社会发展的主要预期目标是：地区生产总值增长6.5%，一般公共预算收入达到52.5亿元。全州上下要坚定信心，扎实推进{p}高质量发展。
"""

BULLETIN = """{p}2026年国民经济和社会发展统计公报

{p}统计局
2027年3月15日

2026年，全州地区生产总值增长6.8%，一般公共预算收入完成52.9亿元。{p}经济运行总体平稳。
"""

FULL, SHORT = "湘西土家族苗族自治州", "湘西州"


def test_the_extractor_names_the_subject_as_the_text_names_the_place():
    # the place resolved (SCHEMA: 全市 → 湛江市), written in the form the page writes it
    short = {f.subject for f in extract_text(BULLETIN.format(p=SHORT), "b.txt").facts}
    full = {f.subject for f in extract_text(PLAN.format(p=FULL), "p.txt").facts}
    assert short == {SHORT} and full == {FULL}


def test_the_ledger_keys_a_short_form_under_the_official_name():
    assert canon.link_subject(SHORT) == FULL
    assert canon.link_subject("青龙县") == "青龙满族自治县"
    assert canon.link_subject(FULL) == FULL
    assert canon.link_subject("湘西") == FULL  # a bare short form too (a page naming the place 湘西 only)
    assert canon.link_subject("内蒙古") == "内蒙古自治区"
    assert canon.link_subject("海南") == "海南"  # 海南省's own short form, no autonomous division's
    assert canon.link_subject("吉首市") == "吉首市"
    assert canon.link_subject("巴州") == "巴音郭楞蒙古自治州"  # a second short form of the table (巴州/巴音郭楞)
    assert canon.region_code_for(SHORT) == canon.region_code_for(FULL) == "433100"


@pytest.fixture
def real_extractor(settings):
    settings.TAIZHANG_EXTRACTOR = "taizhang.extract.extract_file"


@pytest.mark.django_db
def test_documents_writing_either_form_link(real_extractor):
    docs = []
    for name, text in (("plan.txt", PLAN.format(p=FULL)), ("bulletin.txt", BULLETIN.format(p=SHORT))):
        res = ingest.ingest_bytes(name, text.encode("utf-8"))
        assert res.status == "stored", res.message
        docs.append(res.document)
    facts = Fact.objects.filter(document__in=docs)
    assert set(facts.values_list("subject", flat=True)) == {FULL}
    assert {f.extracted["subject"] for f in facts} == {FULL, SHORT}  # each as its page writes it
    links = {(l.target.indicator_name, l.relation) for l in FactLink.objects.filter(
        target__document__in=docs, other__document__in=docs).select_related("target")}
    assert links == {("地区生产总值", "actual"), ("一般公共预算收入", "actual")}
