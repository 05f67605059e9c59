"""A bare verb before a count in a series (重大项目48个,…,已开工45个; 续建项目140项,已经复工133项) names the members
of the set counted before that reached the stage: the set's noun without the verbs that counted it (滚动实施 is how the
list is run, no part of what it holds) and the 已 the text writes (已开工, 已复工: those done by now).  Sentences written
for these tests; the county is real so that the gazetteer knows it."""
from __future__ import annotations

from factrun import facts_of, one

SERIES = ("奉新县重大项目建设情况\n2025-06-30\n\n今年,奉新县滚动实施县级重大项目52个,年度计划投资88.4亿元,"
          "已开工47个,开工率90.4%。续建项目126项,已经复工119项。\n")


def test_a_started_count_is_named_by_its_verb_and_the_sets_noun_without_the_sets_verbs():
    assert one(facts_of(SERIES), 47).indicator == "已开工县级重大项目"


def test_a_resumed_count_keeps_the_aspect_written_before_its_verb():
    assert one(facts_of(SERIES), 119).indicator == "已复工续建项目"
