"""``taizhang extract --manifest``: what the text does not say comes from the manifest; the text wins."""
from __future__ import annotations

import json

from taizhang.cli import main


def _facts(out):
    return [json.loads(l) for l in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]


def test_manifest_supplies_place_and_year(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("经济运行\n  上半年,全县规上工业增加值同比增长6%。\n", encoding="utf-8")
    (docs / "b.txt").write_text("通知\n发布日期:2023-05-06\n  2023年,长沙县新增就业3000人。\n", encoding="utf-8")
    man = tmp_path / "m.jsonl"
    man.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (
        {"path": "a.txt", "region": "贵州省遵义市凤冈县", "published": "2022-07-20"},
        {"path": "b.txt", "region": "湖南省", "published": "2019-01-01"})) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(docs), "--out", str(out), "--no-report", "--manifest", str(man)]) == 0
    by_doc = {f["doc"]: f for f in _facts(out)}
    assert (by_doc["a.txt"]["period"], by_doc["a.txt"]["subject"]) == ("2022-H1", "凤冈县")
    assert (by_doc["b.txt"]["period"], by_doc["b.txt"]["subject"]) == ("2023", "长沙县")
    docs_rows = {json.loads(l)["doc"]: json.loads(l) for l in (out / "documents.jsonl").read_text().splitlines()}
    assert docs_rows["b.txt"]["published"] == "2023-05-06"


def test_a_bad_manifest_is_an_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("全县新增就业3000人。\n", encoding="utf-8")
    bad = tmp_path / "m.csv"
    bad.write_text("file\na.txt\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--manifest", str(bad)]) == 2
    assert "path" in capsys.readouterr().err
