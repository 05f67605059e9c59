"""A word class of the language that several rules read (lang/zh.py: the sum adverbs 共 / 累计 / 合计 …) is written once,
and each rule's list is that class plus (or minus) what the rule needs: so a word added to the class reaches every
rule, and a rule leaves out only the words it names.  These tests hold each rule's list to that form."""
from __future__ import annotations

import pytest

from taizhang.extract.lang import without, zh

# each rule's list of the class, with the class's words it leaves out (and why, in zh.py beside it)
SUM_VARIANTS = {
    "YEARS_CHANGE_LEADS": ("总计",),
    "DONE_AMOUNT_ADVERBS": (),
    "HELD_OR_TOTAL_LEADS": ("共",),
    "OUTPUT_VERB_ADVERBS": ("总计",),
    "ACTOR_VERB_ADVERBS": (),
    "ACTOR_NOT_OPENERS": (),
}


@pytest.mark.parametrize("name, dropped", SUM_VARIANTS.items())
def test_each_rules_sum_adverbs_are_the_class_but_the_words_it_names(name, dropped):
    words = set(getattr(zh, name))
    assert set(zh.SUM_ADVERBS) - set(dropped) <= words
    assert not words & set(dropped)


def test_the_held_or_total_words_of_a_bare_predicate_are_its_own_list():
    """PREDICATE_WORDS reads the total and held-level words through HELD_OR_TOTAL_LEADS, not a copy of them."""
    assert set(zh.HELD_OR_TOTAL_LEADS) <= set(zh.PREDICATE_WORDS)
    assert "共" not in zh.PREDICATE_WORDS


def test_without_keeps_the_order_of_the_words_left():
    assert without(("累计", "共计", "合计", "总计", "共"), "总计") == ("累计", "共计", "合计", "共")
    assert without(("共计", "共"), "累计") == ("共计", "共")


@pytest.mark.parametrize("name", ["SUM_ADVERBS", "YEARS_CHANGE_LEADS", "INSPECTION_ACTS"])
def test_a_list_joined_in_its_order_names_a_longer_word_before_its_prefix(name):
    """periods._YEARS_CHANGED joins YEARS_CHANGE_LEADS in order: 共 before 共计 would stop at 共."""
    words = getattr(zh, name)
    for i, w in enumerate(words):
        assert not any(later.startswith(w) and later != w for later in words[i + 1:]), (w, words)



INSPECTION_VARIANTS = {
    "CHECK_VERBS": ("巡查", "抽查", "督察", "稽查", "稽察"),
    "VISIT_ACTS": ("督察",),
    "INSPECTION_VERBS": ("暗访", "督察", "稽查", "稽察"),
}


@pytest.mark.parametrize("name, dropped", INSPECTION_VARIANTS.items())
def test_each_rules_inspection_verbs_are_the_class_but_the_words_it_names(name, dropped):
    words = set(getattr(zh, name))
    assert set(zh.INSPECTION_ACTS) - set(dropped) <= words
    assert not words & set(dropped)


def test_inspection_verbs_joined_in_any_order_match_alike():
    """meta.RE_INSPECTED joins INSPECTION_VERBS in order: no verb is the start of another, so order cannot count."""
    words = zh.INSPECTION_VERBS
    assert not any(a != b and b.startswith(a) for a in words for b in words)


def test_the_project_vocabulary_reads_the_classes_of_zh():
    """A programme's heads are the project nouns and 行动/计划; the project rules count projects in the same units."""
    from taizhang.extract.lang import zh_projects
    assert set(zh.PROJECT_NOUNS) <= set(zh.PROGRAMME_HEADS)
    assert zh_projects.CODE_PROGRAMME_HEADS == zh.PROGRAMME_HEADS
    assert zh_projects.STAGE_PART_UNITS_ALL == zh.PROJECT_COUNT_UNITS


@pytest.mark.parametrize("name", ["RANK_LIST_COPULAS", "LISTED_BODY_VERBS", "BRACKET_LIST_LEADS", "MEMBER_LIST_OPENERS"])
def test_each_rules_list_copulas_are_the_class_and_its_own(name):
    assert set(zh.LIST_COPULAS) <= set(getattr(zh, name))


def test_a_class_of_projects_lists_its_members_with_the_copulas_of_zh():
    from taizhang.extract.lang import zh_projects
    assert set(zh.LIST_COPULAS) <= set(zh_projects.CLASS_COPULAS)
    assert set(zh.ORDERED_COPULAS) <= set(zh.RANK_LIST_COPULAS)
    assert set(zh_projects.LIST_OPENERS) == set(zh.LIST_INTRODUCERS) - {"其中有"}


def test_each_rules_counters_are_the_set_counters_but_the_words_it_names():
    """A long list's count and a list's closing count read every counter of a set; a count inside a work's name leaves
    out 条 and 座, which count the parts of one work (改造3座危桥工程)."""
    from taizhang.extract.lang import zh_projects
    assert set(zh.SET_COUNTERS) <= set(zh.ENUMERATED_COUNT_UNITS)
    assert set(zh.SET_COUNTERS) <= set(zh_projects.LIST_COUNTERS)
    assert set(zh.SET_COUNTERS) - {"条", "座"} <= set(zh_projects.CLASS_COUNTERS)
    assert not {"条", "座"} & set(zh_projects.CLASS_COUNTERS)


def test_a_lists_total_words_are_the_sum_adverbs_but_a_sum_over_time():
    """甲水库、乙灌区等总计11项: the words totalling a list's count are the sum adverbs less 累计 (a sum over the time
    before, not over the members named) and with the written 计; the project rules and a count closing an introduced
    list (等共18个) read that one list, the latter less the words it names."""
    from taizhang.extract.lang import zh_projects
    assert set(zh.LIST_TOTAL_WORDS) == set(zh.SUM_ADVERBS) - {"累计"} | {"计"}
    assert zh_projects.LIST_TOTAL_WORDS == zh.LIST_TOTAL_WORDS
    assert set(zh.COUNTED_LIST_TOTALS) == set(zh.LIST_TOTAL_WORDS) - {"总计", "计"}


def test_a_count_closing_an_introduced_list_reads_its_total_words_as_before():
    """facts._COUNT_AFTER_LIST joins COUNTED_LIST_TOTALS as a trie: 等共计 is still read whole (not stopped at 共)."""
    from taizhang.extract.facts import _COUNT_AFTER_LIST
    for before in ("等", "项目等", "等共", "等共计", "等合计"):
        assert _COUNT_AFTER_LIST.search(before), before
    for before in ("等累计", "等总计", "等共有"):
        assert not _COUNT_AFTER_LIST.search(before), before


def test_the_place_a_body_visits_follows_a_verb_of_going_or_the_preposition_of_a_check():
    """一行15人赴某县考察 (a party's size) and 督查组到某县检查 / 督查组对某县…进行督查 (the place checked) read the same
    verbs of going to a place; only the place checked may also follow 对."""
    assert set(zh.VISITED_BEFORE) == set(zh.GO_TO_VERBS) | {"对"}


def test_the_members_of_a_set_are_introduced_by_one_class_and_each_rules_own_words():
    """包括 / 包含 / 主要有 and the respective copulas (分别是 / 分别为) introduce a set's named members for the count
    closing a list (开工项目包括A、B等18个) and for a project list's items; each rule adds only its own words."""
    assert set(zh.RESPECTIVE_COPULAS) <= set(zh.MEMBER_INTRODUCERS) and set(zh.RESPECTIVE_COPULAS) <= set(zh.LIST_COPULAS)
    assert set(zh.COUNTED_LIST_INTRODUCERS) - set(zh.MEMBER_INTRODUCERS) == {"主要包括", "主要是", "涵盖", "涉及", "有"}
    assert set(zh.LIST_INTRODUCERS) - set(zh.MEMBER_INTRODUCERS) == {"其中包括", "其中有", "例如", "比如", "如"}
