"""`taizhang extract` end to end: outputs written, folders searched recursively, one bad file never stops the batch."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from taizhang import cli
from taizhang.extract import linking as linking_mod
from taizhang.extract import projects as projects_mod
from taizhang.extract.doc import ProjectMention

PLAN = ("青梅县国民经济和社会发展第十四个五年规划纲要\n"
        "一、发展目标\n"
        "到2025年，全县地区生产总值达到320亿元，年均增长7%左右；森林覆盖率稳定在72%以上。\n"
        "二、重点项目\n"
        "加快梅江大桥、青梅工业园二期建设，力争梅江大桥2024年建成通车。\n")
NEWS = ("上半年，青梅县地区生产总值完成151.6亿元，同比增长6.8%。\n"
        "梅江大桥已完成投资2.3亿元，形象进度达60%。\n")
HTML = ("<!doctype html><html><head><title>青梅县人民政府</title></head><body>"
        "<div class=nav>首页 | 政务公开 | 联系我们</div>"
        "<p>今年以来，青梅县新开工项目18个，完成投资12.4亿元。</p>"
        "<div class=footer>版权所有 青梅县人民政府</div></body></html>")


def _run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "taizhang.cli", "extract", *args], capture_output=True, text=True,
                          env=env, timeout=600)


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "2023" / "07").mkdir(parents=True)
    (root / "plan.txt").write_text(PLAN, encoding="utf-8")
    (root / "2023" / "07" / "news.txt").write_text(NEWS, encoding="utf-8")
    (root / "2023" / "page.html").write_text(HTML, encoding="utf-8")
    return root


def test_extract_writes_all_outputs(folder: Path, tmp_path: Path):
    out = tmp_path / "out"
    r = _run(str(folder), "--out", str(out))
    assert r.returncode == 0, r.stderr
    for name in ("documents.jsonl", "facts.jsonl", "projects.jsonl", "errors.jsonl", "report.html"):
        assert (out / name).is_file(), name
    docs = _rows(out / "documents.jsonl")
    # Folders are searched recursively: the nested news item and the HTML page are there.
    assert sorted(d["doc"] for d in docs) == ["news.txt", "page.html", "plan.txt"]
    assert _rows(out / "errors.jsonl") == []
    for f in _rows(out / "facts.jsonl"):
        assert f["doc"] in {"news.txt", "page.html", "plan.txt"}
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    for name in ("news.txt", "page.html", "plan.txt"):
        assert name in page


def test_one_bad_file_fails_the_run_but_not_the_batch(folder: Path, tmp_path: Path):
    # Not a DOCX (no zip inside) and not UTF-8 either: no loader can read it.
    (folder / "2023" / "broken.docx").write_bytes(b"\xff\xfe\x00\x81garbage\x00\x9c" * 50)
    missing = tmp_path / "nowhere.txt"
    out = tmp_path / "out"
    r = _run(str(folder), str(missing), "--out", str(out))
    assert r.returncode == 1
    errors = _rows(out / "errors.jsonl")
    assert sorted(Path(e["path"]).name for e in errors) == ["broken.docx", "nowhere.txt"]
    assert all(e["reason"] for e in errors)
    # The good files were still extracted, and the report lists the failures.
    assert sorted(d["doc"] for d in _rows(out / "documents.jsonl")) == ["news.txt", "page.html", "plan.txt"]
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "broken.docx" in page and "读取失败的文件(2)" in page


def test_no_report_flag(folder: Path, tmp_path: Path):
    out = tmp_path / "out"
    r = _run(str(folder / "plan.txt"), "--out", str(out), "--no-report")
    assert r.returncode == 0, r.stderr
    assert not (out / "report.html").exists()
    assert [d["doc"] for d in _rows(out / "documents.jsonl")] == ["plan.txt"]


def test_projects_are_linked_across_the_batch_before_writing(folder: Path, tmp_path: Path, monkeypatch):
    """projects.jsonl is written after ``linking.link_projects`` has seen every document."""
    seen: list[list[str]] = []

    def fake_extract(doc, record):
        i = doc.raw.find("梅江大桥")
        if i < 0:
            return []
        return [ProjectMention(doc.name, i, i + 4, "梅江大桥", "梅江大桥", "transport", "unknown", "")]

    def fake_link(extractions, known=None):
        seen.append(sorted(ex.record.doc for ex in extractions))
        for ex in extractions:
            for p in ex.projects:
                p.name = "青梅县梅江大桥"

    monkeypatch.setattr(projects_mod, "extract", fake_extract)
    monkeypatch.setattr(linking_mod, "link_projects", fake_link)
    out = tmp_path / "out"
    assert cli.main(["extract", str(folder), "--out", str(out)]) == 0
    assert seen == [["news.txt", "page.html", "plan.txt"]]  # called once, with the whole batch
    rows = _rows(out / "projects.jsonl")
    assert {r["doc"] for r in rows} == {"plan.txt", "news.txt"}
    assert {r["name"] for r in rows} == {"青梅县梅江大桥"}
    assert "青梅县梅江大桥" in (out / "report.html").read_text(encoding="utf-8")


def test_failing_link_keeps_the_batch_and_says_so(folder: Path, tmp_path: Path, monkeypatch):
    def fake_extract(doc, record):
        i = doc.raw.find("梅江大桥")
        return [] if i < 0 else [ProjectMention(doc.name, i, i + 4, "梅江大桥", "梅江大桥", "transport", "unknown", "")]

    def broken_link(extractions, known=None):
        for ex in extractions:  # half-way through: a renamed mention must be put back
            for p in ex.projects:
                p.name = "改了一半"
        raise RuntimeError("boom")

    monkeypatch.setattr(projects_mod, "extract", fake_extract)
    monkeypatch.setattr(linking_mod, "link_projects", broken_link)
    out = tmp_path / "out"
    assert cli.main(["extract", str(folder), "--out", str(out)]) == 1  # not silent: the run fails
    assert {r["name"] for r in _rows(out / "projects.jsonl")} == {"梅江大桥"}
    errors = _rows(out / "errors.jsonl")
    assert [(e["doc"], e["stage"]) for e in errors] == [("", "link")]
    assert "RuntimeError: boom" in errors[0]["reason"]


def test_many_files_in_process(tmp_path: Path):
    """A batch of many files with a failure in the middle goes on to the end."""
    root = tmp_path / "many"
    for i in range(30):
        sub = root / f"g{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"n{i:02d}.txt").write_text(f"第{i}号简报：全县新增就业{100 + i}人，同比增长{i % 9}.5%。\n", encoding="utf-8")
    (root / "g1" / "zz.docx").write_bytes(b"\x00\xffnot a zip\x9c" * 10)
    out = tmp_path / "out"
    assert cli.main(["extract", str(root), "--out", str(out)]) == 1
    assert len(_rows(out / "documents.jsonl")) == 30
    assert [Path(e["path"]).name for e in _rows(out / "errors.jsonl")] == ["zz.docx"]


SAMPLES = Path(__file__).resolve().parents[2] / "src" / "taizhang" / "samples"


def test_bundled_samples_extract_cleanly(tmp_path: Path):
    """The bundled samples (plan, work report, news, interview, traditional script, raw HTML) all load."""
    from taizhang.extract.normalize import normalize_chars

    out = tmp_path / "out"
    r = _run(str(SAMPLES), "--out", str(out))
    assert r.returncode == 0, r.stderr
    docs = {d["doc"]: d for d in _rows(out / "documents.jsonl")}
    assert len(docs) == len(list(SAMPLES.iterdir())) >= 6
    html_docs = [d for d in docs.values() if d["format"] == "html"]
    assert html_docs and all(d["noise"] for d in html_docs)  # the page chrome is found as noise
    # The same projects and indicators recur across the samples, so a ledger can link them.
    texts = [normalize_chars(p.read_text(encoding="utf-8")) for p in SAMPLES.iterdir()]
    for term in ("岚瑞高速公路", "桃坑水库", "岚溪锂电新材料产业园", "岚溪县人民医院新院区", "地区生产总值",
                 "固定资产投资", "规模以上工业"):
        assert sum(term in t for t in texts) >= 3, term


def test_a_failing_stage_is_written_to_errors_and_the_batch_goes_on(folder: Path, tmp_path: Path, monkeypatch):
    """A stage that raises on one document: errors.jsonl names the document and the stage, the later
    stages of that document and every other document still come out, and the run exits 1."""
    from taizhang.extract import tasks as tasks_mod

    def projects_failing_on_news(doc, record):
        if doc.name == "news.txt":
            raise ValueError("测试：坏的句子")
        i = doc.raw.find("梅江大桥")
        return [] if i < 0 else [ProjectMention(doc.name, i, i + 4, "梅江大桥", "梅江大桥", "transport", "unknown", "")]

    real_tasks = tasks_mod.extract
    tasks_ran: list[str] = []

    def tasks_seen(doc, record):
        tasks_ran.append(doc.name)
        return real_tasks(doc, record)

    monkeypatch.setattr(projects_mod, "extract", projects_failing_on_news)
    monkeypatch.setattr(tasks_mod, "extract", tasks_seen)
    out = tmp_path / "out"
    assert cli.main(["extract", str(folder), "--out", str(out), "--no-report"]) == 1
    errors = _rows(out / "errors.jsonl")
    assert [(e["doc"], e["stage"]) for e in errors] == [("news.txt", "projects")]
    assert errors[0]["reason"] == "ValueError: 测试：坏的句子" and errors[0]["where"]
    assert errors[0]["path"].endswith("news.txt")
    assert sorted(d["doc"] for d in _rows(out / "documents.jsonl")) == ["news.txt", "page.html", "plan.txt"]
    assert {p["doc"] for p in _rows(out / "projects.jsonl")} == {"plan.txt"}
    assert sorted(tasks_ran) == ["news.txt", "page.html", "plan.txt"]  # the stage after the failure ran


def test_tasks_jsonl(tmp_path: Path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "tasks.txt").write_text("青梅县2024年重点任务\n一、项目建设\n1.加快梅江大桥建设，年底前建成通车。（县交通局牵头，县财政局配合）\n",
                                    encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["extract", str(root), "--out", str(out), "--no-report"]) == 0
    rows = _rows(out / "tasks.jsonl")
    assert len(rows) == 1
    t = rows[0]
    raw = (root / "tasks.txt").read_text(encoding="utf-8")
    assert raw[t["start"]:t["end"]] == t["text"] and t["title"] == "加快梅江大桥建设"
    assert (t["lead_units"], t["co_units"], t["deadline"]) == (["县交通局"], ["县财政局"], "年底前")
    assert [o["title"] for o in t["outline"]] == ["项目建设"]
