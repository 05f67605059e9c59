"""What frames a figure is no part of its name: how a topic fares before its figures (新开工项目增势迅猛，达326个; 项目建设
势头强劲，完成投资120亿元) leaves the topic; the comparison a clause made before a rank in the same scope (增速高于全国，全国
排名第5位) is not ranked; an attribute's predicate before 的 (战略性强、带动性大的重大项目45个) leaves the head it qualifies
(sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_trend_said_of_the_topic_names_nothing():
    fs = facts_of("某市2023年前三季度重点项目推进情况\n2023年10月12日\n新开工项目增势迅猛，共326个。"
                  "项目建设势头强劲，完成投资120亿元。\n")
    assert one(fs, 326).indicator == "新开工项目"
    assert "势头" not in one(fs, 120).indicator and "强劲" not in one(fs, 120).indicator


def test_a_comparison_before_a_rank_in_the_same_scope_is_not_ranked():
    fs = facts_of("某省2023年上半年经济运行情况\n2023年7月20日\n工业投资增速高于全国，全国排名第5位。\n")
    assert one(fs, 5).indicator == "工业投资增速全国排名"


def test_an_attributes_predicate_leaves_its_head():
    fs = facts_of("某县2024年重点项目工作安排\n2024年2月1日\n今年集中推进战略性强、带动性大的重大项目45个。\n")
    assert one(fs, 45).indicator == "重大项目"
