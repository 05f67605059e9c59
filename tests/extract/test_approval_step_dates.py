"""The date a work's papers passed a step of approval (可研报告于2010年5月通过复审, 2019年11月获省发改委批复, 取得
国家发改委核准, 经县发改局立项备案, 完成立项) is the day of that step, no time of the work's size or of what else the
sentence says of it: 总投资12.6亿元 after it is the work's size as the text reports it (the page's year), not a figure of
2010 or of 2019-M11.  A count of approvals (6月审批核准项目23个) keeps its month.  Every text is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text,value,period", [
    # a river work's card: two steps dated, the size after them
    ("青溪河防洪治理工程简介\n2012-06-01\n该项目可研报告于2010年5月通过复审,2011年元月获批,总投资12.6亿元,建设堤防42公里。\n",
     12.6, "2012"),
    ("青溪河防洪治理工程简介\n2012-06-01\n该项目可研报告于2010年5月通过复审,2011年元月获批,总投资12.6亿元,建设堤防42公里。\n",
     42, "2012"),
    # a county's reservoir: the authority named between the act and the step
    ("南岭县重点项目简介\n2022年4月8日\n南岭水库工程于2019年11月获省发改委批复,总投资8.3亿元,总库容3200万立方米。\n",
     8.3, "2022"),
    ("南岭县重点项目简介\n2022年4月8日\n南岭水库工程于2019年11月获省发改委批复,总投资8.3亿元,总库容3200万立方米。\n",
     3200, "2022"),
    # a district's project list: 完成立项 and the planned size
    ("某区2023年重大项目清单\n2023-02-10\n丙物流园项目,2022年10月完成立项,计划总投资15亿元,占地500亩。\n", 15, "2023"),
    # a county's sewage works: 经…立项备案 with the day written 号
    ("乙县城建项目推进\n2022-03-01\n乙县污水处理厂扩建工程2021年9月8号经县发改局立项备案,总投资1.2亿元,新增处理能力2万吨/日。\n",
     1.2, "2022"),
])
def test_a_step_of_approval_does_not_time_the_works_size(text, value, period):
    assert one(facts_of(text), value).period == period


def test_a_count_of_approvals_keeps_its_month():
    fs = facts_of("某省发改委审批核准项目情况\n2024-07-10\n1至6月,我委共审批核准项目96个,总投资4616亿元。其中,6月审批核准"
                  "项目23个,总投资1511亿元。\n")
    assert one(fs, 23).period == "2024-M06"
