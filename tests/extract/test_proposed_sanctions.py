"""拟 before a sanction's verb (拟罚款, 拟对…处罚, 拟给予…处分: zh.SANCTION_VERBS) reports a decision an enforcing body
has made, pending its hearing or notice: the figure is what was done, no plan, and the clauses after it
(立案查处29宗, 对2个单位进行通报批评) are no commitments either.  拟新建 / 拟改造 still plan.  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_county_land_enforcement_notice_proposed_fine_reports():
    text = ("东河县自然资源执法监察通报\n2024年9月12日\n"
            "今年以来，全县共发现违法用地行为46宗，拟罚款金额380万元，立案查处29宗，已拆除违法建筑1.2万平方米。\n")
    fs = facts_of(text)
    for v in (46, 380, 29, 1.2):
        assert one(fs, v).kind == "actual", v


def test_discipline_notice_clauses_after_a_proposed_sanction_report():
    text = ("云岗区纪委监委通报\n2023年11月3日\n"
            "经调查核实，区纪委监委拟给予4名责任人党纪政务处分，对2个单位进行通报批评。\n")
    fs = facts_of(text)
    assert one(fs, 2).kind == "actual"


def test_provincial_notice_proposed_penalty_before_cases_filed():
    text = ("平川省生态环境厅关于第二季度环境执法情况的通报\n2024年7月10日\n"
            "二季度，全省拟对37家企业处罚款合计412万元，移送公安机关案件9起。\n")
    fs = facts_of(text)
    for v in (412, 9):
        assert one(fs, v).kind == "actual", v


def test_proposed_building_still_plans():
    text = ("北湖县城建工作安排\n2024年2月1日\n"
            "今年，北湖县拟新建污水处理厂2座，拟改造老旧小区16个。\n")
    fs = facts_of(text)
    for v in (2, 16):
        assert one(fs, v).kind == "target", v
