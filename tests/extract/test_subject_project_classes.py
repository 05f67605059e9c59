"""A class of a place's works named by its fields (农林水及生态项目) is no body a figure is about: the figures are the
place's; a clause saying what a work is (甲水库是某省重大项目,总投资…) is no body either: the work before the copula is.

Every sentence here is invented (白河, 岚溪, 柳岸 are fictitious places and works).
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def subjects(text: str) -> dict[float, str]:
    return {f.value: f.subject for f in extract_text(text, name="t.txt", fmt=None).facts}


def test_a_class_of_works_by_its_fields_is_the_places():
    got = subjects("白河县2024年重点项目建设进展\n1-6月，全县省市两级重点工程建设项目完成投资50.2亿元，"
                   "农林水及生态项目完成投资8.1亿元。")
    assert got == {50.2: "白河县", 8.1: "白河县"}


def test_what_a_work_is_said_to_be_is_no_body_the_work_is():
    got = subjects("白河县2024年重点项目建设进展\n岚溪水库是柳岸省重大项目，总投资12亿元，目前已完成投资5亿元。")
    assert got == {12: "岚溪水库", 5: "岚溪水库"}
    got = subjects("白河县重点项目建设\n岚溪城市中心项目是白河县城市品质提升工程的重点项目，总投资7.08亿元。")
    assert got == {7.08: "岚溪城市中心项目"}
    got = subjects("白河县项目建设\n在16个县央地合作项目中，某某岸电输变电项目等3个项目已完工。")
    assert not any("是" in s for s in got.values()), got
