"""An assessment's scheme is no fact: the points it weighs a part with, written in brackets closing the line that names
the part (一、经济发展(400分) / (1)空气环境质量控制目标(6分) / ①细颗粒物年均值(3分):未达到…), and the step a scoring
rule counts in (每差1个百分点扣0.25分); a place's or a body's score stays (甲镇得分95.6分).

Every text is invented for these tests (places and figures made up)."""
from __future__ import annotations

from factrun import facts_of


def test_the_parts_weights_of_an_assessment_scheme_are_no_facts():
    fs = facts_of("岚溪县2024年度目标绩效考核办法\n2024-03-01\n\n一、经济发展(400分)\n(一)地区生产总值增速(60分)\n"
                  "(二)固定资产投资（50分）\n二、党的建设(300分)\n")
    assert [f.value for f in fs] == []


def test_a_rules_weight_and_its_step_are_no_facts():
    fs = facts_of("岚溪县2024年环保目标责任书考核细则\n2024-03-01\n\n四、考核内容及评分标准\n(一)环境质量(40分)\n"
                  "①细颗粒物(PM2.5)年均值(3分):未达到年度目标值的,每差1微克/立方米扣0.5分,扣完为止。\n"
                  "②优良天数比率(2分):未完成年度目标任务的,每差1个百分点扣0.25分。\n")
    assert [f.value for f in fs] == []


def test_a_places_score_stays():
    fs = facts_of("岚溪县2023年度目标绩效考核结果通报\n2024-02-20\n\n经考核,甲镇得分95.6分,位列第一;乙镇得分93.2分,位列第二。\n")
    assert sorted(f.value for f in fs if f.unit == "分") == [93.2, 95.6]
