"""Members of a class of projects and the verbs of a review, on sentences written for these tests (never corpus
text): a ceremony report, a province's work report, a district's list of works, a facility described."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def found(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text).projects}


def test_a_class_with_its_stage_then_an_opener_frames_its_members():
    got = found("全区还有6个教育类项目同期开工,包括青禾实验学校、云杉小学、北麓中学二期。")
    assert got == {"青禾实验学校": "under_construction", "云杉小学": "under_construction",
                   "北麓中学二期": "under_construction"}


def test_members_written_a_line_each_after_a_class_and_a_colon_are_projects():
    text = ("上午,临川经开区8个民生项目集中开工。\n三个民生建设项目分别是:\n1.白鹭湾中学建设项目\n"
            "2.枫桥社区卫生服务中心迁建项目\n3.望江路道路建设项目\n")
    assert set(found(text)) == {"白鹭湾中学建设项目", "枫桥社区卫生服务中心迁建项目", "望江路道路建设项目"}


def test_a_review_reports_works_begun_one_after_another():
    got = found("一、2025年工作回顾\n过去一年,我们先后启动青川港区北岸作业区、云岭国际医学中心建设,新开工石鼓水库。\n")
    assert got == {"青川港区北岸作业区": "under_construction", "云岭国际医学中心": "under_construction",
                   "石鼓水库": "under_construction"}


def test_a_task_to_start_works_is_still_planned():
    got = found("二是以文旅融合为路径,启动龙湾民俗文化公园建设,持续加强古迹保护。")
    assert got == {"龙湾民俗文化公园": "planned"}


def test_what_a_facility_has_and_what_it_is_beside_are_no_works():
    got = found("如城东全民健身中心项目是拥有游泳池、羽毛球场等体育设施的大型场馆,毗邻青川理工大学北湖校区。")
    assert set(got) == {"城东全民健身中心项目"}
