"""What the metadata, context and project stages do when the gazetteer cannot be had.

An unreadable table (OSError) is expected and degrades to "no place"; any other failure is a bug: it is not
swallowed, the pipeline records the failing stage in ``Extraction.errors`` and the other stages still run.
Sentences are written for the test (the fictional 岚溪县).
"""
from __future__ import annotations

import pytest

from taizhang.extract import context, pipeline, projects
from taizhang.extract.doc import Doc, DocumentRecord

TEXT = "岚溪县2025年重点项目进展情况\n今年，岚溪县白石河水库大坝填筑有序推进，完成投资3.2亿元。\n"


def test_an_unreadable_table_means_no_place(broken_gazetteer):
    broken_gazetteer(FileNotFoundError("regions.tsv"))
    doc = Doc("t.txt", TEXT)
    assert context.find_place(doc, "岚溪县2025年重点项目进展情况") is None
    assert context.place_named(doc, "岚溪县", 0.6, "test") is None
    ctx = context.resolve(doc, DocumentRecord(doc="t.txt", title=""), context.Hints(region="岚溪县"))
    assert ctx.place is not None and ctx.place.name == "岚溪县" and ctx.place.code == ""
    found = projects.extract(doc, DocumentRecord(doc="t.txt", regions=["岚溪县"]))
    assert len(found) == 1 and found[0].mention.endswith("白石河水库")  # judged by vocabulary alone
    assert found[0].location == ""


def test_any_other_failure_is_raised_and_recorded_by_the_pipeline(broken_gazetteer):
    broken_gazetteer(RuntimeError("gazetteer table corrupt"))
    doc = Doc("t.txt", TEXT)
    with pytest.raises(RuntimeError):
        context.find_place(doc, "岚溪县2025年重点项目进展情况")
    with pytest.raises(RuntimeError):
        context.place_named(doc, "岚溪县", 0.6, "test")
    with pytest.raises(RuntimeError):
        projects.extract(doc, DocumentRecord(doc="t.txt", regions=["岚溪县"]))
    ex = pipeline.extract_text(TEXT, "t.txt")
    stages = {e.stage for e in ex.errors}
    assert {"meta", "projects", "facts"} <= stages
    assert all("gazetteer table corrupt" in e.reason for e in ex.errors if e.stage in ("meta", "projects", "facts"))
    assert not stages & {"outline", "tasks"}  # the stages that do not read the gazetteer still ran through
