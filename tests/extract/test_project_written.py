"""Names and titles as the text writes them: a project's name and a document's title are read on the simplified
``norm`` but given in the input's own script (traditional kept), like a fact's indicator.

Every sentence here is invented (東林縣, 北灣, 南崗 are no real places).
"""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text


@pytest.mark.parametrize("text, names", [
    # a work report: a list under an ongoing verb, then a report of completion
    ("今年以來,東林縣加快推進青山水庫擴建工程、北灣物流園二期建設,南崗污水處理廠已建成投產。",
     {"青山水庫擴建工程", "北灣物流園二期", "南崗污水處理廠"}),
    # a news item: one project started
    ("3月2日,東林縣長灘風電場項目正式開工,總投資12億元。", {"東林縣長灘風電場項目"}),
    # a plan: a target
    ("到2027年,建成西環高速公路東林段。", {"西環高速公路東林段"}),
])
def test_project_names_in_traditional_script_are_written_as_the_text(text, names):
    ex = extract_text(text)
    got = {p.name for p in ex.projects}
    assert got == names
    for p in ex.projects:
        assert p.mention == text[p.start:p.end]


@pytest.mark.parametrize("text, title", [
    # a notice's headline in the official form
    ("東林縣關於2024年重點項目進展情況的通報\n今年以來,東林縣加快推進青山水庫擴建工程。\n",
     "東林縣關於2024年重點項目進展情況的通報"),
    # no headline: the title is derived from the lead
    ("今年以來,東林縣加快推進青山水庫擴建工程、北灣物流園二期建設,南崗污水處理廠已建成投產。",
     "東林縣加快推進青山水庫擴建工程、北灣物流園二期建設"),
])
def test_titles_in_traditional_script_are_written_as_the_text(text, title):
    rec = extract_text(text).record
    assert rec.title.startswith(title)
    assert not set(rec.title) - set(text)
