"""An upgrade written before a bare works head (甲大道景观提升工程) is the work's own action, part of its name, as 改造
is; an upgrade of an ability or a standard (质量提升工程) is a programme, no works.  Sentences written for these tests
(never corpus text)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def stages(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text).projects}


def test_an_upgrade_before_the_works_head_is_part_of_the_first_item():
    got = stages("新开工项目包括青柳大道夜景提升工程、南塘渔港扩建工程、鹿鸣冷链仓储等9个。")
    assert got == {"青柳大道夜景提升工程": "under_construction", "南塘渔港扩建工程": "under_construction",
                   "鹿鸣冷链仓储": "under_construction"}


def test_an_upgrade_of_a_standard_is_a_programme():
    assert stages("今年实施服务质量提升工程。金湾大道景观提升工程加快建设。") == {
        "金湾大道景观提升工程": "under_construction"}
