"""A notice scoring bodies gives each one's part scores by criterion (某局按时办结率90.5%,按时办结率得分为14.5分;
满意率得分为18.5分): the name before 得分为 is then the criterion scored (满意率, 按时办结率), no body; the body is the one
the sentence is about.  Where a body is written before its criterion (乙公司群众满意度得分为16分), the body is the one
scored.  Read as a ranked name, 满意率 became the subject of the score.

Every text is written for these tests.
"""
from __future__ import annotations

import pytest

from factrun import facts_of, one

NOTICE = ("2023年3月份市12345平台绩效考评情况通报\n"
          "市水务局按时办结率90.5%,按时办结率得分为14.5分;省派工单满意率85%,满意率得分为18.5分。"
          "乙公司群众满意度得分为16分。东坡区群众满意率得分为19分。\n")


@pytest.mark.parametrize("value,subject", [(14.5, "市水务局"), (16, "乙公司"), (19, "东坡区")])
def test_a_body_written_before_its_criterion_is_the_one_scored(value, subject):
    assert one(facts_of(NOTICE), value).subject == subject


@pytest.mark.parametrize("value", [14.5, 18.5])
def test_a_criterion_is_no_body_scored(value):
    f = one(facts_of(NOTICE), value)
    assert not f.subject.endswith(("率", "度", "量"))
    assert "率得分" in f.indicator
