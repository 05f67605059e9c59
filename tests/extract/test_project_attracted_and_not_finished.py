"""Where a work stands when a report says the place brought it in, or that it was not finished in time:

- a work brought in (成功招引甲、乙等项目, 引进落地总投资…的丙项目) or settled in the place (甲、乙等项目落户本市) is won
  for the place and set to be built, not begun: planned, as a signed work is;
- a completion denied with 没有 (甲、乙等2个项目没有按期建成, 丙工程还没有竣工) leaves begun works under way, as 未建成
  does.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 石屏); none is corpus text.
"""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def stages(text: str, doc_type: str = "news") -> dict[str, str]:
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type=doc_type, regions=[])
    return {p.mention: p.stage for p in projects.extract(doc, record)}


@pytest.mark.parametrize("text, want", [
    # the verb of bringing in before a list closed by its count
    ("今年岚溪县成功招引恒远新材料、青川智能装备等4个亿元以上项目。",
     {"恒远新材料": "planned", "青川智能装备": "planned"}),
    # brought in and landed, with its size before the name
    ("白河县去年引进落地总投资8.5亿元的柳岸锂电池材料生产项目。", {"柳岸锂电池材料生产项目": "planned"}),
    # settled in the province, the names sized one by one
    ("总投资40亿元的石屏光电显示器件、总投资6亿元的青川集团(白河新区)研发园区等项目落户我省。",
     {"石屏光电显示器件": "planned", "青川集团(白河新区)研发园区": "planned"}),
])
def test_works_brought_in_are_planned(text, want):
    assert stages(text) == want


def test_brought_in_is_no_part_of_the_name():
    assert set(stages("柳岸市招引石屏精密铸件项目。")) == {"石屏精密铸件项目"}


@pytest.mark.parametrize("text, want", [
    ("岚溪大道改造工程和青川污水处理厂至今均没有如期建成。",
     {"岚溪大道改造工程": "under_construction", "青川污水处理厂": "under_construction"}),
    ("白河体育馆项目至今还没有竣工。", {"白河体育馆项目": "under_construction"}),
])
def test_completion_denied_with_meiyou_leaves_works_going_on(text, want):
    assert stages(text) == want


def test_start_after_settling_says_more():
    # 落户即开工: the start reported with the settling says where the works stand
    assert stages("石屏精密铸件项目落户柳岸并开工建设。") == {"石屏精密铸件项目": "under_construction"}
