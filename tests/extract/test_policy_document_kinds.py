"""A document titled as what it sets out to do or the rules by which it is done (…实施方案, …若干措施, …实施意见,
…管理办法, …实施细则; also closed by its span or trial status, 实施方案（2024－2026年）, 办法（试行）, or run into its
document number) commits its figures wherever their own words say nothing: a subsidy standard (每家给予10万元补助), a
ceiling (最高不超过30万元), a count of things to build.  A figure its own clause reports (已, 同比, 2023年全县…完成) stays
reported.  Invented texts."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("title", [
    "岚溪县促进高校毕业生就业若干措施",
    "关于印发《青川市工业设计中心管理办法（试行）》的通知",
    "甲省科技型企业贷款风险补偿实施细则",
    "岚溪县关于支持民营经济发展的实施意见",
    "东坪区数字乡村建设实施方案（2024－2026年）",
    "加快推进科技创新的若干措施岚政办发〔2024〕5号",
])
def test_a_policy_documents_provisions_commit(title):
    fs = facts_of(title + "\n\n一、支持企业吸纳就业\n\n对新认定的企业技术中心,每家给予10万元补助;对吸纳毕业生的企业,"
                  "按每人1500元标准发放扩岗补助,单个企业最高不超过30万元。\n")
    for v in (10, 1500, 30):
        assert one(fs, v).kind == "target", (title, v)


def test_a_figure_its_clause_reports_stays_reported_in_a_policy_document():
    fs = facts_of("岚溪县关于支持民营经济发展的实施意见\n2024年3月1日\n\n2023年,全县民营经济增加值同比增长6.5%,"
                  "已有规上民营企业120家。\n")
    assert one(fs, 6.5).kind == "actual"
    assert one(fs, 120).kind == "actual"


def test_a_report_on_a_plan_is_no_plan():
    fs = facts_of("岚溪县数字乡村建设实施方案执行情况的报告\n\n全县建成数字乡村示范村12个,培训农民3000人次。\n")
    for v in (12, 3000):
        assert one(fs, v).kind == "actual", v
