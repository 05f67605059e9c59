"""Zones and parks named before the class of zones they belong to (甲新区、乙科学城、丙产业园等5个重点片区; …等3个
先进制造业园区): each is a zone, a project when it is the object of a build verb or the subject of works reported,
none when it is only a place.  Sentences written for these tests (never corpus text)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def stages(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text).projects}


def test_zones_built_in_a_work_report_and_reported_in_progress_news():
    assert stages("今年,全市将加快建设南湖新区、东山科学城、西江产业园等5个重点片区。") == {
        "南湖新区": "under_construction", "东山科学城": "under_construction", "西江产业园": "under_construction"}
    assert stages("上半年,甲新区、乙科学城、丙产业园、丁高铁新城等4个重点片区完成投资120亿元。") == dict.fromkeys(
        ["甲新区", "乙科学城", "丙产业园", "丁高铁新城"], "under_construction")


def test_parks_whose_building_is_pushed_or_planned():
    assert stages("全力推进青山智能制造产业园、白沙新材料产业园等2个先进制造业园区开发建设。") == {
        "青山智能制造产业园": "under_construction", "白沙新材料产业园": "under_construction"}
    assert stages("规划建设北岸金融城、临港物流园等6个重点片区。") == {"北岸金融城": "proposed", "临港物流园": "proposed"}
    assert stages("推动甲新区、乙科学城、丙产业园等5个重点片区建设。") == dict.fromkeys(["甲新区", "乙科学城", "丙产业园"],
                                                                                        "proposed")

    # zones that are only a place are no projects
    assert stages("依托南湖新区、东山科学城等重点片区,招引一批优质企业。") == {}
