"""A target met reports: 提前超额完成全年新开工目标任务,完成投资56亿元 / 圆满完成市下达的目标任务,新增城镇就业3200人 /
一季度超额完成“开门红”目标任务,实现地区生产总值420亿元 say what was done, the target naming what it was measured by
(目标任务 read alone is a commitment: 紧盯目标任务, 下达目标任务); a commitment to meet it (确保完成全年目标任务,要求…完成)
still commits, and a share of it (完成全年目标任务的86%) is read as before.  Every document here is invented."""
from __future__ import annotations

from factrun import facts_of, one


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_figures_after_a_target_met_are_what_was_done():
    fs = facts_of(_lines("岚川县重点项目建设进展情况", "2023年10月10日",
                         "今年以来,全县提前超额完成全年新开工目标任务,完成投资56亿元。"))
    assert one(fs, 56).kind == "actual"
    fs = facts_of(_lines("桐湾区就业工作综述", "2023年12月10日",
                         "今年,全区圆满完成市下达的目标任务,新增城镇就业3200人。"))
    assert one(fs, 3200).kind == "actual"
    fs = facts_of(_lines("江岭市一季度经济运行情况", "2024年4月20日",
                         "一季度,全市超额完成“开门红”目标任务,实现地区生产总值420亿元,同比增长6.2%。"))
    assert one(fs, 420).kind == "actual" and one(fs, 6.2).kind == "actual"


def test_a_commitment_to_meet_the_target_still_commits():
    fs = facts_of(_lines("桐湾区就业工作推进会", "2024年2月10日",
                         "会议要求,确保完成全年目标任务,新增城镇就业3500人。"))
    assert one(fs, 3500).kind == "target"
