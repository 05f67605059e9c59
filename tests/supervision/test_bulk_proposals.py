"""Documents loaded in bulk (`ingest --from-parquet`) get progress proposals as documents ingested one by one do:
the bulk loader sends the ledger's `documents_stored` for each batch once it is committed."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from taizhang.extract import parquet
from taizhang.extract.doc import Doc, DocumentRecord, Fact
from taizhang.extract.pipeline import Extraction
from taizhang.ledger import bulk
from taizhang.supervision.models import Proposal

from . import ledgerrows as rows


def _extraction(name: str, text: str, indicator: str, number: str) -> Extraction:
    """One later document with one reported figure (our own sentence), as the extractor would give it."""
    vs = text.index(number)
    line_start = text.rfind("\n", 0, vs) + 1
    line_end = text.index("\n", vs)
    fact = Fact(doc=name, vstart=vs, vend=vs + len(number), value=float(number), unit="%", kind="actual",
                measure="growth", comparator="=", period="2026-M01..M09", subject="岚溪县", indicator=indicator,
                estimated=False, evidence=text[line_start:line_end], estart=line_start, eend=line_end)
    record = DocumentRecord(doc=name, title=text.splitlines()[0], published="2026-10-26", doc_type="news",
                            regions=["岚溪县"], chars=len(text))
    return Extraction(doc=Doc(name, text), record=record, facts=[fact])


def _write_parts(out: Path) -> None:
    docs = [("q3-economy.txt", "岚溪县前三季度经济运行简报\n前三季度，全县地区生产总值增长6.1%。\n", "地区生产总值", "6.1"),
            ("q3-investment.txt", "岚溪县前三季度投资简报\n前三季度，全县固定资产投资增长9.2%。\n", "固定资产投资", "9.2")]
    for seq, (name, text, indicator, number) in enumerate(docs):
        data = text.encode("utf-8")
        ex = _extraction(name, text, indicator, number)
        parquet.write_part(out, f"p{seq}", parquet.extraction_rows(ex, hashlib.sha256(data).hexdigest(), seq, name,
                                                                    len(data)))


@pytest.fixture
def items(supervisor):
    return rows.assigned_plan(supervisor)[1].created


@pytest.mark.parametrize("batch_docs", [1, 200])
def test_a_bulk_loaded_later_document_yields_proposals(items, tmp_path: Path, batch_docs: int):
    from taizhang.ledger.models import Document
    _write_parts(tmp_path / "pq")
    res = bulk.ingest_parquet(tmp_path / "pq", batch_docs=batch_docs)
    assert res.documents == 2
    gdp_item = next(i for i in items if (i.goal or {}).get("indicator") == "地区生产总值")
    economy = Document.objects.get(name="q3-economy.txt")
    made = list(Proposal.objects.all())
    # the matching figure is proposed on the GDP item; the other document's figure matches no item's goal
    assert [(p.item_id, p.document_id, p.value, p.kind) for p in made] == [(gdp_item.pk, economy.pk, 6.1, "actual")]
    assert made[0].gap == pytest.approx(-0.4)
    # loading again stores nothing and proposes nothing twice
    again = bulk.ingest_parquet(tmp_path / "pq")
    assert again.documents == 0 and Proposal.objects.count() == 1
