"""A table's cell whose unit is written only in its header or its 单位 line takes that unit as the extracted fact's
unit (the table writes it once for the column); a cell whose unit only its column's word implies (评分 → 分) keeps
unit "".  ``unit_implied`` is the unit stated apart from the value either way.  The ledger stores the unit the value is in either way (``Fact.value_unit``),
so the value can be compared and converted like any other, whichever way the document came in."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from taizhang.extract import extract_text, parquet
from taizhang.extract.doc import fact_row
from taizhang.ledger import bulk, ingest
from taizhang.ledger.models import Fact

TEXT = ("岚溪县2024年1-6月重点项目推进情况\n\n"
        "附表:各乡镇重点项目推进情况\n"
        "单位:个、亿元\n"
        "| 乡镇 | 项目个数 | 年度计划投资 | 1-6月完成投资 | 完成率 | 评分 |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| 青石镇 | 6 | 4.2 | 2.3 | 54.8% | 93.5 |\n"
        "| 白沙镇 | 9 | 7.5 | 4.1 | 54.7% | 91.5 |\n"
        "| 合计 | 15 | 11.7 | 6.4 | 54.7% | |\n\n"
        "岚溪县重点项目建设服务中心\n2024年7月8日\n")


def _extraction():
    ex = extract_text(TEXT, name="table.txt")
    cell = next(f for f in ex.facts if f.value == 7.5)
    assert (cell.unit, cell.unit_implied, cell.value_unit) == ("亿元", "亿元", "亿元")  # the 单位 line writes it
    rate = next(f for f in ex.facts if f.value == 54.8)
    assert (rate.unit, rate.unit_implied) == ("%", "")  # written in the cell itself
    score = next(f for f in ex.facts if f.value == 93.5)
    assert (score.unit, score.unit_implied, score.value_unit) == ("", "分", "分")  # only 评分 implies it
    assert "unit_implied" in fact_row(score) and "unit_implied" in fact_row(cell) and "unit_implied" not in fact_row(rate)
    return ex


def test_extracted_cells_keep_the_unit_they_are_in_apart_from_the_unit_written():
    _extraction()


@pytest.mark.django_db(transaction=True)
def test_the_ledger_stores_the_unit_a_cell_is_in_by_ingest_and_by_bulk(tmp_path: Path):
    ex = _extraction()
    digest = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    ingest.store_extraction(ex, name="table.txt", digest=digest)
    by_file = sorted(Fact.objects.values_list("value", "unit"))
    assert (7.5, "亿元") in by_file and (6.0, "个") in by_file and (54.8, "%") in by_file and (93.5, "分") in by_file

    Fact.objects.all().delete()
    from taizhang.ledger.models import Document
    Document.objects.all().delete()
    out = tmp_path / "pq"
    parquet.write_part(out, "a", parquet.extraction_rows(ex, digest, 0, "in/table.txt", len(TEXT.encode("utf-8"))))
    bulk.ingest_parquet(out, workers=1)
    assert sorted(Fact.objects.values_list("value", "unit")) == by_file
