"""The class a list of works closes with after 等: its size may stand before its count (等总投资10亿元以上的16个项目)
as well as after it, and its count may be a batch (等一批…项目); either way each item names one project by itself.
Sentences written for these tests (never corpus text)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def names(text: str) -> dict[str, tuple[str, str]]:
    return {p.mention: (p.name, p.stage) for p in extract_text(text).projects}


def test_a_class_sized_before_its_count_closes_the_list():
    got = names("乙市紧盯青岚硅材料、白鹭湾冷链仓储、南坡风电场等总投资8亿元以上的12个项目,逐个上门解决难题。")
    assert set(got) == {"青岚硅材料", "白鹭湾冷链仓储", "南坡风电场"}
    assert all(name == mention for mention, (name, _) in got.items())
    got = names("丙县把桐溪纸业扩能、鹤鸣山索道等投资超3亿元以上的7个项目列为重点,全力推进建设。")
    assert set(got) == {"桐溪纸业扩能", "鹤鸣山索道"}


def test_the_verb_before_a_list_is_no_part_of_its_first_item():
    got = names("甲县紧盯红枫光伏电站、青石岭抽水蓄能等6个项目,督促加快施工。")
    assert set(got) == {"红枫光伏电站", "青石岭抽水蓄能"}


def test_a_batch_of_projects_names_each_item_by_itself():
    got = names("松岗精密轴承、云台山智能仓储、北港生物饲料等一批先进制造业项目开工建设。")
    assert got == {"松岗精密轴承": ("松岗精密轴承", "under_construction"),
                   "云台山智能仓储": ("云台山智能仓储", "under_construction"),
                   "北港生物饲料": ("北港生物饲料", "under_construction")}
