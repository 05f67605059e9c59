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
    "CHECK_VERBS": (),
    "VISIT_ACTS": (),
    "INSPECTION_VERBS": (),
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


def test_the_genres_each_rule_reads_are_built_from_the_classes_of_what_a_text_reports():
    """A check's notice reports on a list of works, as a project list's progress does; those, a news item and a notice
    are the progress texts; the rules of a text's cut-off, its body's span, its plan figures and its month's lead each
    read these classes (and the analysis of a span), so a genre added to a class reaches every rule of it."""
    from taizhang.extract import context, facts, scope
    assert set(zh.LIST_PROGRESS_GENRES) == set(zh.CHECK_NOTICE_GENRES) | {"project_list"}
    assert set(zh.PROGRESS_TEXT_GENRES) == set(zh.LIST_PROGRESS_GENRES) | {"news", "notice"}
    assert set(zh.AS_OF_MONTH_GENRES) == set(zh.PROGRESS_TEXT_GENRES) | {"interview"}
    assert set(zh.BODY_PERIOD_GENRES) == set(zh.PROGRESS_TEXT_GENRES) | set(zh.REPORT_ON_SPAN_GENRES)
    assert facts.PROGRESS_GENRES == set(zh.LIST_PROGRESS_GENRES)
    assert scope.PROGRESS_GENRES == set(zh.LIST_PROGRESS_GENRES) | set(zh.REPORT_ON_SPAN_GENRES)
    assert context.MONTH_LEAD_GENRES == set(zh.CHECK_NOTICE_GENRES) | {"notice"} | set(zh.REPORT_ON_SPAN_GENRES)


def test_every_genre_a_rule_reads_is_one_a_text_is_given():
    from taizhang.extract import context
    given = {name for name, _ in context.GENRES} | {"news", "interview"}
    for name in ("AS_OF_MONTH_GENRES", "BODY_PERIOD_GENRES", "CHECK_NOTICE_GENRES", "LIST_PROGRESS_GENRES"):
        assert set(getattr(zh, name)) <= given, name


def test_the_genre_words_of_a_documents_name_are_one_class_and_each_rules_own():
    """…督查情况通报 / 政府工作报告 / …实施方案: a headline's genre word, a document issued and a title in the official form
    关于…的 end with the kinds of official documents, each rule with words of its own."""
    kinds = set(zh.DOC_GENRE_WORDS)
    assert set(zh.TITLE_GENRE_ENDS) == kinds | {"情况", "总结"}
    assert set(zh.OFFICIAL_DOC_GENRES) == kinds | {"名单", "细则", "规定"}
    assert set(zh.OFFICIAL_TITLE_GENRES) - kinds == {"批复", "请示", "函", "规定"}


@pytest.mark.parametrize("line, genre", [
    ("岚溪县2025年国民经济和社会发展统计公报", True), ("关于全县重点项目推进情况的督查通报(第3期)", True),
    ("岚溪县2025年重点项目建设名单", False), ("全县重点项目建设持续推进", False)])
def test_a_headline_named_by_its_genre_word(line, genre):
    from taizhang.extract.meta import RE_GENRE_TITLE
    assert bool(RE_GENRE_TITLE.search(line)) is genre


@pytest.mark.parametrize("line, official", [
    ("岚溪县人民政府办公室关于2025年重点项目推进情况的督查通报", True), ("关于同意设立某某产业园的批复", True),
    ("关于印发某县重点项目管理办法的通知", True), ("关于某县2025年国民经济和社会发展计划", False)])
def test_a_title_in_the_official_form(line, official):
    from taizhang.extract.meta import RE_OFFICIAL_TITLE
    assert bool(RE_OFFICIAL_TITLE.match(line)) is official


def test_the_pace_a_progress_report_measures_against_is_one_class():
    """超序时进度 / 快于时间进度 / 未达时序进度项目4项: the calendar's pace is one class; the schedule is it and the plan's
    计划进度, and a work's state at the report's time reads every word of the schedule."""
    assert zh.PACE_WORDS[:len(zh.PACE_BASES)] == zh.PACE_BASES and set(zh.PACE_WORDS) - set(zh.PACE_BASES) == {"计划进度"}
    assert set(zh.PACE_WORDS) <= set(zh.PROGRESS_STATE)


@pytest.mark.parametrize("clause", ["未达序时进度的项目5个", "超计划进度项目36个", "落后于时间进度", "时序进度未达到"])
def test_a_count_by_the_pace_its_works_keep_is_a_state(clause):
    from taizhang.extract.scope import PROGRESS_STATE
    assert PROGRESS_STATE.search(clause)


@pytest.mark.parametrize("name", ["PLACE_LIST_VERBS", "BARE_LIST_OPENERS", "RATE_LIST_COPULAS", "LAGGING_LIST_OPENERS"])
def test_each_list_of_members_or_figures_given_one_each_reads_the_respective_copulas(name):
    """分别是 / 分别为 give each item named before its member or figure after: every rule of such a list reads them, and
    a list of figures also 分别达到 / 分别达."""
    assert zh.LIST_COPULAS == zh.RESPECTIVE_COPULAS + zh.BARE_COPULAS
    assert set(zh.RESPECTIVE_COPULAS) <= set(getattr(zh, name))
    assert set(zh.RESPECTIVE_REACH) <= set(zh.BARE_LIST_OPENERS) & set(zh.RATE_LIST_COPULAS)
    assert set(zh.LIST_COPULAS) <= set(zh.LAGGING_LIST_OPENERS)


@pytest.mark.parametrize("copula", ["分别为", "分别是", "分别达到", "分别达"])
def test_a_list_of_per_cents_after_a_respective_copula_is_of_the_rate_named_before(copula):
    from taizhang.extract.facts import _rate_topic_list
    text = f"从三次产业增速看,第一产业、第二产业和第三产业{copula}2.7%、6.4%和5.9%。"
    assert all(_rate_topic_list(text, text.index(v)) for v in ("2.7", "6.4", "5.9"))
    text = f"三次产业结构{copula}8.2%、41.5%和50.3%。"
    assert not _rate_topic_list(text, text.index("41.5"))


def test_the_heads_of_a_list_or_group_of_works_are_the_project_nouns_and_their_own():
    """项目 / 工程: a list's heading names its works with them first (the whole's stage is named by the first), a group's
    size with them and a work's parts (子项目); the joiners of a list of coded roads are those of a list's values and 等."""
    from taizhang.extract.lang import zh_projects
    assert zh.PROJECT_LIST_HEADS[:len(zh.PROJECT_NOUNS)] == zh.PROJECT_NOUNS
    assert set(zh.GROUP_SIZE_NOUNS) == set(zh.PROJECT_LIST_HEADS) | {"子项目"}
    assert set(zh_projects.ROAD_CODE_LIST_JOINS) == set(zh.VALUE_LIST_JOINERS) | {"等"}


def test_the_rules_of_a_rate_of_change_read_one_class_of_its_nouns():
    """增速 / 增幅 / 增长率 / 增长速度 / 涨幅 / 降幅: a 分别 list's topic, a table's growth row and a bracketed list's rate
    read the nouns of a rate of change, each with its own words (the bracketed list leaves out 涨幅)."""
    assert set(zh.RANKED_RATE_WORDS) <= set(zh.RATE_CHANGE_NOUNS)
    assert set(zh.TABLE_GROWTH_ROW_ENDS) == set(zh.RATE_CHANGE_NOUNS) | {"增长"}
    assert set(zh.BRACKET_LIST_GROWTH_WORDS) == set(zh.RATE_CHANGE_NOUNS) - {"涨幅"} | {"增长幅度", "增长"}
