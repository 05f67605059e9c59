"""A weak target cue (新培育, 创建, 打造: a verb of action that states no time) in the value's own clause, where the
text reports.

- Under a list lead that reports (…同比增长5.2%。现将重点工作完成情况报告如下:), the items' verbs tell what was done: their
  counts are actual, as SCHEMA reads a reported status.
- In a part framed as a review (一、2024年工作总结), the same verbs report; in the plan part after it they commit.
- Under a lead that announces the year's work (主要工作安排如下:) they still commit.

Every text is invented for these tests.
"""
from __future__ import annotations

from factrun import facts_of, one


REPORT = ("甲县2025年上半年重点工作完成情况\n\n"
          "2025年上半年,甲县地区生产总值120.5亿元,同比增长5.2%。现将重点工作完成情况报告如下:\n"
          "一是产业发展提速。新培育省级科技型企业14家,创建市级示范园区3个。\n"
          "二是城乡面貌改善。打造美丽庭院示范点26处,改造农村公路48公里。\n")


def test_items_under_a_reporting_lead_were_done():
    fs = facts_of(REPORT)
    assert one(fs, 14).kind == "actual"
    assert one(fs, 3).kind == "actual"
    assert one(fs, 26).kind == "actual"


REVIEW_THEN_PLAN = ("乙镇2024年工作总结和2025年工作计划\n"
                    "一、2024年工作总结\n"
                    "(一)农业发展\n"
                    "全镇粮食播种面积8600亩,创建市级标准化养殖场4个,新培育家庭农场9家。\n"
                    "二、2025年工作计划\n"
                    "(一)农业发展\n"
                    "全镇新培育家庭农场12家,创建市级标准化养殖场5个。\n")


def test_a_review_part_reports_and_the_plan_part_commits():
    fs = facts_of(REVIEW_THEN_PLAN)
    assert one(fs, 4).kind == "actual"
    assert one(fs, 9).kind == "actual"
    assert one(fs, 12).kind == "target"
    assert one(fs, 5).kind == "target"


def test_items_under_a_lead_announcing_the_work_still_commit():
    text = ("丙市2025年重点工作安排\n\n"
            "2025年,丙市主要工作安排如下:\n"
            "一是壮大市场主体。新培育高新技术企业30家,创建省级专精特新企业8家。\n")
    fs = facts_of(text)
    assert one(fs, 30).kind == "target"
    assert one(fs, 8).kind == "target"
