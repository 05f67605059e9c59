"""Ingest: rows with offsets into the text as read, idempotence, atomic failure, batches."""
from __future__ import annotations

import pytest
from . import texts
from .texts import ingest_text

from taizhang.ledger import ingest
from taizhang.ledger.models import (Document, Fact, GlossaryTerm, IngestItem, Project, ProjectMention, Region,
                                    Section, Task)

pytestmark = pytest.mark.django_db


def test_ingest_stores_document_and_grounded_records():
    res = ingest_text("r23.txt", texts.REPORT_2023)
    assert res.status == "stored"
    doc = res.document
    assert doc.text == texts.REPORT_2023 and doc.published == "2023-01-10" and len(doc.sha256) == 64
    facts = list(doc.facts.order_by("vstart"))
    assert len(facts) == 3
    for f in facts:
        assert doc.text[f.estart:f.eend] == f.evidence
        assert float(doc.text[f.vstart:f.vend]) == f.value
        assert f.extracted["value"] == f.value and f.review_state == "unreviewed"
    gdp = facts[0]
    assert gdp.indicator.name == "地区生产总值" and gdp.kind == "target" and gdp.period == "2023"
    assert gdp.region.code == "440800" and gdp.region.parent.name == "广东省"
    assert Section.objects.filter(document=doc).count() == 4
    item = Section.objects.get(document=doc, label="（一）")
    assert item.parent.label == "一、"
    titles = [t.title for t in Task.objects.filter(document=doc)]
    assert any("交通建设" in t for t in titles) and any("整改" in t for t in titles)
    assert Task.objects.get(document=doc, kind="enumeration").deadline == "..2023-M06"
    assert GlossaryTerm.objects.get(document=doc).term == "三个一"
    p = Project.objects.get(name="城际高铁")
    assert p.stage == "under_construction" and p.investment_planned == 300


def test_duplicate_is_reported_not_stored_twice():
    a = ingest_text("a.txt", texts.REPORT_2023)
    b = ingest_text("copy-of-a.txt", texts.REPORT_2023)
    assert (a.status, b.status) == ("stored", "duplicate")
    assert b.document.pk == a.document.pk
    assert Document.objects.count() == 1 and Fact.objects.count() == 3


def test_failed_extraction_leaves_nothing():
    res = ingest_text("bad.txt", texts.UNREADABLE)
    assert res.status == "failed" and "无法读取" in res.message
    assert Document.objects.count() == 0


def test_failure_while_storing_rolls_back_the_document(monkeypatch):
    def boom(*a, **k):
        raise RuntimeError("disk full")
    monkeypatch.setattr(ingest, "_store_tasks", boom)
    res = ingest_text("r23.txt", texts.REPORT_2023)
    assert res.status == "failed" and "disk full" in res.message
    assert (Document.objects.count(), Fact.objects.count(), Section.objects.count(),
            ProjectMention.objects.count()) == (0, 0, 0, 0)


def test_batch_reports_each_file(tmp_path):
    (tmp_path / "a.txt").write_text(texts.REPORT_2023, encoding="utf-8")
    (tmp_path / "b.txt").write_text(texts.REPORT_2023, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes("不是UTF-8".encode("gbk"))
    seen = []
    batch = ingest.ingest_paths([tmp_path], progress=lambda i, n, r: seen.append((i, n, r.status)))
    assert seen == [(1, 3, "stored"), (2, 3, "duplicate"), (3, 3, "failed")]
    assert batch.finished and batch.done == 3
    assert IngestItem.objects.get(batch=batch, name="c.txt").message


def test_real_extractor_reads_a_corpus_file(settings, corpus_dir):
    settings.TAIZHANG_EXTRACTOR = "taizhang.extract.extract_file"
    path = sorted(corpus_dir.glob("*.txt"))[0]
    res = ingest.ingest_bytes(path.name, path.read_bytes())
    assert res.status == "stored", res.message
    assert res.document.text == path.read_text(encoding="utf-8")
    for f in res.document.facts.all():
        assert res.document.text[f.vstart:f.vend]


def test_regions_load_on_demand():
    from taizhang.ledger import canon
    assert Region.objects.count() == 0
    r = canon.region_for("雷州市")
    assert r.code == "440882" and r.parent.code == "440800" and r.parent.parent.code == "440000"
    assert Region.objects.count() == 3


def test_whole_gazetteer_loads_with_parents():
    from taizhang.ledger import canon
    n = canon.load_all_regions()
    assert n > 3000 and Region.objects.filter(level=1).count() >= 25
    assert Region.objects.get(code="440882").parent.code == "440800"
    assert Region.objects.get(code="110000").parent is None  # a municipality is not its own parent
    assert canon.load_all_regions() == 0  # idempotent
