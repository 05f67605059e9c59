"""A work report's heading that announces the year's work by its count (重点抓好八个方面工作, 着力抓好六个方面工作,
今年重点做好以下五个方面工作) heads the work still to be done: a figure under it that no cue of its own sentence or
paragraph decides (新增特色商业街4条以上, 建设高标准农田3万亩) is a target, as under a heading of 目标.  A heading that
says the work was done (重点抓好了以下工作) heads a review.

Every text is invented for these tests.
"""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text, values", [
    ("丁县2025年政府工作报告\n\n2025年是“十四五”收官之年。主要预期目标是:地区生产总值增长6%左右。\n重点抓好八个方面工作\n"
     "(一)提振消费\n实施提振消费专项行动,每个乡镇打造1个商业街区,新增特色商业街4条以上,引入首店20家以上。\n", (4, 20)),
    ("丙市政府工作报告\n\n今年主要预期目标:地区生产总值增长5%。\n着力抓好六个方面工作\n(二)推进乡村振兴\n"
     "建设高标准农田3万亩,新改建农村公路120公里。\n", (3, 120)),
    ("东坪镇2024年工作要点\n\n今年全镇重点做好以下几个方面工作\n(三)改善人居环境\n改造老旧小区4个,新建口袋公园2处。\n",
     (4, 2)),
])
def test_a_heading_announcing_the_years_work_heads_targets(text, values):
    fs = facts_of(text)
    for v in values:
        assert one(fs, v).kind == "target", v


def test_a_heading_of_work_done_heads_a_review():
    fs = facts_of("乙镇2023年工作总结\n\n一、重点抓好了以下工作\n(一)项目建设\n新开工项目12个,新增企业5家。\n")
    for v in (12, 5):
        assert one(fs, v).kind == "actual", v
