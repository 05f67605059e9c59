"""`taizhang extract` reports broken symbolic links in errors.jsonl instead of skipping them silently."""
from __future__ import annotations

import json
import os

from taizhang.cli import main
from taizhang.extract import iter_paths


def _tree(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "plan.txt").write_text("某县2025年工作安排\n全年力争地区生产总值增长6%。\n", encoding="utf-8")
    os.symlink("missing.txt", d / "dangling.txt")
    os.symlink("loop_b", d / "loop_a")
    os.symlink("loop_a", d / "loop_b")
    os.symlink("..", d / "up")  # a folder link back to an ancestor
    os.symlink("plan.txt", d / "alias.txt")  # a sound link: read like any file
    return d


def test_broken_links_are_listed_by_iter_paths(tmp_path):
    d = _tree(tmp_path)
    names = sorted(p.name for p in iter_paths([str(d)]))
    assert names == ["alias.txt", "dangling.txt", "loop_a", "loop_b", "plan.txt", "up"]


def test_extract_writes_a_line_per_broken_link(tmp_path):
    d = _tree(tmp_path)
    out = tmp_path / "out"
    assert main(["extract", str(d), "--out", str(out), "--no-report"]) == 1
    errors = {os.path.basename(e["path"]): e["reason"]
              for e in map(json.loads, (out / "errors.jsonl").read_text(encoding="utf-8").splitlines())}
    assert errors["dangling.txt"].startswith("dangling symbolic link")
    assert errors["loop_a"] == errors["loop_b"] == "symbolic link loop"
    assert errors["up"].startswith("symbolic link loop (folder link back to")
    assert "plan.txt" not in errors and "alias.txt" not in errors
