"""Scores listed after a colon closing words that name them, and the size of the set a count is taken of.

(1) 各县区考核得分为:岚川县95.12分、桐湾县93.40分 lists each place with its score: every figure before 分 is the
score of the name before it (分 alone, a weak unit, is otherwise passed over: 30分钟, 分两批).  (2) 在38个大类行业中,23个
行业增加值增长 takes a count of a set opened by 在 and closed by 中: the set's size is no fact (SCHEMA: the size of a
comparison group), the subset's is.  A set written without 在 (全市35个行业大类中34个…) is a count the place reports
(the seed gold keeps both).  Every document here is invented (岚溪市, 岚川县, 桐湾县 …)."""
from __future__ import annotations

from factrun import facts_of, one


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_scores_listed_after_a_colon_are_each_places():
    text = _lines("岚溪市2024年第三季度重点工作考核结果通报", "2024年10月18日",
                  "根据全市重点工作考核办法,现将第三季度考核结果通报如下。",
                  "各县区第三季度考核得分为:岚川县95.12分、桐湾县93.40分、岚溪区91.07分。")
    fs = facts_of(text)
    first = one(fs, 95.12)
    assert (first.unit, first.subject, first.kind) == ("分", "岚川县", "actual")
    assert "得分" in first.indicator
    assert (one(fs, 93.4).subject, one(fs, 91.07).subject) == ("桐湾县", "岚溪区")


def test_scores_of_bodies_after_a_colon_heading():
    text = _lines("桐湾县2025年上半年营商环境评价情况", "2025年7月3日",
                  "县直部门营商环境综合评分:县住建局96.5分,县交通运输局94分,县自然资源局92.5分。")
    fs = facts_of(text)
    assert (one(fs, 96.5).unit, one(fs, 96.5).subject) == ("分", "县住建局")
    assert one(fs, 94).subject == "县交通运输局"


def test_minutes_and_parts_stay_no_score():
    text = _lines("岚川县便民服务情况", "2024年5月6日",
                  "全县群众办事平均用时:窗口办理20分钟,网上办理5分钟。", "项目资金分两批拨付:首批300万元。")
    fs = facts_of(text)
    assert [f for f in fs if f.unit == "分"] == []


def test_the_set_a_count_is_taken_of_after_zai_is_no_fact():
    text = _lines("岚溪市2024年1-9月工业经济运行情况", "2024年10月20日",
                  "1-9月,在全市38个大类行业中,23个行业增加值实现增长。",
                  "在全县12个乡镇中,有9个乡镇完成年度目标任务。")
    fs = facts_of(text)
    assert [f for f in fs if f.value in (38, 12)] == []
    assert one(fs, 23).unit == "个" and one(fs, 9).unit == "个"


def test_a_set_the_place_reports_without_zai_stays_a_count():
    text = _lines("岚溪市2024年上半年工业经济运行情况", "2024年7月20日",
                  "上半年,全市35个行业大类中34个行业增加值实现增长。")
    fs = facts_of(text)
    assert one(fs, 35).unit == "个" and one(fs, 34).unit == "个"
