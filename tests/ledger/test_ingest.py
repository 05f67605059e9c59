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


ASSIGNED = """湛江市2023年重点工作任务
2023年2月1日
地区：湛江市
一、交通建设
（一）加快推进城际高铁前期工作，年底前开工。（市交通局牵头，市发改局、市财政局配合）
1.完成沿线征地拆迁，6月底前交付用地。
"""


def test_tasks_keep_units_deadline_and_outline_from_the_extractor():
    doc = ingest_text("tasks.txt", ASSIGNED).document
    t = Task.objects.get(document=doc, title__startswith="加快推进城际高铁")
    assert (t.lead_units, t.co_units) == (["市交通局"], ["市发改局", "市财政局"])
    assert (t.deadline, t.deadline_text, t.due.isoformat()) == ("..2023", "年底前", "2023-12-31")
    assert [o["label"] for o in t.outline] == ["一、"] and t.section.label == "（一）"
    assert doc.text[t.extracted["units_start"]:t.extracted["units_end"]] == "市交通局牵头，市发改局、市财政局"
    child = Task.objects.get(document=doc, title__startswith="完成沿线征地拆迁")
    assert child.lead_units == ["市交通局"] and child.extracted["units_inherited"]
    assert (child.deadline, child.due.isoformat()) == ("..2023-M06", "2023-06-30")


def test_a_failing_stage_is_stored_with_a_message(settings, monkeypatch):
    from taizhang.extract import projects as projects_mod

    def broken(doc, record):
        raise RuntimeError("测试故障")

    settings.TAIZHANG_EXTRACTOR = "taizhang.extract.extract_file"
    monkeypatch.setattr(projects_mod, "extract", broken)
    res = ingest_text("s.txt", "湛江市2023年重点工作\n一、项目建设\n1.加快推进东海岛石化产业园建设，年底前完成投资30亿元。\n")
    assert res.status == "stored" and res.document.tasks.count() == 1
    assert "项目" in res.message and "RuntimeError: 测试故障" in res.message


def test_a_new_document_links_to_project_names_the_ledger_holds_for_its_area(settings):
    settings.TAIZHANG_EXTRACTOR = "taizhang.extract.extract_file"
    first = ingest_text("a.txt", "湛江市2023年重点项目\n加快湛江东海岛石化产业园建设，计划投资50亿元。\n")
    assert first.status == "stored", first.message
    assert Project.objects.filter(name="湛江东海岛石化产业园").exists()
    second = ingest_text("b.txt", "湛江市2024年重点项目进展\n东海岛石化产业园完成投资12亿元。\n")
    assert second.status == "stored" and not second.message
    m = ProjectMention.objects.get(document=second.document)
    assert m.project.name == "湛江东海岛石化产业园" and m.mention == "东海岛石化产业园"


def test_sections_nest_under_the_last_higher_section_before_them():
    """ingest.nest_sections, which the one-file ingest and the bulk ingest both use."""
    rows = [Section(label=lab, level=lvl) for lab, lvl in
            (("一、", 1), ("（一）", 2), ("1.", 3), ("（二）", 2), ("二、", 1), ("1.", 3))]
    changed = ingest.nest_sections(rows)
    assert [(s.label, s.parent.label if s.parent else None) for s in rows] == [
        ("一、", None), ("（一）", "一、"), ("1.", "（一）"), ("（二）", "一、"), ("二、", None), ("1.", "二、")]
    assert changed == [rows[1], rows[2], rows[3], rows[5]]
