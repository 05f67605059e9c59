"""Patterns the readers compiled (or looked up in ``re``'s cache) at every call are compiled once, at module level, and
match as the pattern written in the call did: the same matches on invented strings, for every method the readers use."""
import inspect
import re

import pytest

from taizhang.extract import context, facts, indicators, projects, scope, structures

# module, name, the pattern as the readers wrote it in their calls
HOISTED = [
    (structures, "_WHITESPACE", r"\s+"),
    (structures, "_COMMA_MARK", r"[,，]"),
    (scope, "_YEAR_OR_UNKNOWN", r"\d{4}|\?"),
    (scope, "_YEAR_ONLY_PERIOD", r"\d{4}"),
    (scope, "_ISO_DATE", r"(\d{4})-(\d\d)-(\d\d)"),
    (scope, "_ISO_DATE_MONTH", r"(\d{4})-(\d\d)-\d\d"),
    (scope, "_PART_PERIOD", r"(?:\.\.)?(\d{4})-(?:M(\d\d)(?:\.\.M(\d\d))?|Q([1-4])|H([12]))"),
    (scope, "_PERIOD_PART_YEAR", r"\.{0,2}(\d{4}|\?)-[MQH]"),
    (context, "_PROSE_END", r"[。!?！？;；]\s*[”’\"」)）]?\s*$"),
    (context, "_SENTENCE_END_MARK", r"[。!?！？]"),
    (context, "_SENTENCE_END_OR_END", r"[。!?！？]|$"),
    (context, "_SINCE_AFTER", r"\s*(?:以来|前|之前|起)"),
    (indicators, "_HAN_ANY", r"[\u4e00-\u9fff]"),
    (facts, "_ONE_HAN", r"[\u4e00-\u9fff]"),
    (facts, "_INDEX_NAME_END", r"(?:GDP|CPI|PPI|PMI)$"),
    (facts, "_ROUND_BRACKETED", r"\([^()]*\)"),
    (facts, "_QUOTE_MARKS", r"[“”\"]"),
    (facts, "_ANY_DIGIT", r"\d"),
    (facts, "_DE_END", r"的$"),
    (facts, "_REACH_VERB_END", r"(?:为|达到|达)$"),
    (facts, "_HAVE_OPENING", r"^(?:有|拥有|共有|现有)"),
    (facts, "_HAN_OR_QUOTE", r"[\u4e00-\u9fff“]"),
    (facts, "_DIGIT_AHEAD_BRACKETED", r"\s*[\d]"),
    (facts, "_ORDINAL_END", r"第[\d一二三四五六七八九十]+$"),
    (facts, "_DIGIT_AHEAD", r"\s*\d"),
    (facts, "_HEDGE_ONLY", r"(?:以上|左右|多)?"),
    (facts, "_YEAR_WRITTEN", r"\d{4}年"),
    (projects, "_CN_NUM_OR_PAIR", f"[{projects._CN_NUM}双]"),
    (projects, "_FOUNDED_AFTER", r"(试点)?建设|正式投产|投产|建成|开工|揭牌|成立"),
    (projects, "_FOUNDING_VERB_END", r"(建立|组建|建设)$"),
    (projects, "_LISTED_INTO_END", r"纳入$"),
    (projects, "_BRACKETED", r"\([^()]*\)"),
    (projects, "_LATIN_OR_DIGIT", r"[A-Za-z]|\d"),
    (projects, "_FIVE_G", r"[\d+]*5G[\d+]*"),
    (projects, "_LATIN", r"[A-Za-z]"),
    (projects, "_LATIN_OR_DIGIT_CHAR", r"[A-Za-z\d]"),
    (projects, "_NOT_HAN", r"[^\u4e00-\u9fff]"),
    (projects, "_ROUND_BRACKET", r"[()]"),
    (projects, "_SENTENCE_STOP", r"[。;；]"),
]

# invented strings: periods and dates as the schema writes them, clauses of invented places and works
STRINGS = [
    "", " ", "2026", "2026年", "?", "..2026-M06", "2026-M01..M06", "2026-Q3", "2026-H1", "..?-M12", "2026-06-30",
    "2026-06", "岚溪县今年新开工项目12个。", "甲县完成投资8.5亿元,同比增长6.1%;", "全县GDP", "人均GDP增长",
    "(一期)岚溪大道", "“青川5G”工程", "5G+工业互联网", "A区B栋", "第三", "排名第12", "共有企业", "拥有", "达到",
    "为", "的", "以上", "左右多", "多", "  3个", "以来", "之前,", "起", "纳入", "组建", "试点建设", "正式投产",
    "“岚溪”", "\"甲\"", "结束。 ”", "完成!", "完成？ ）", "甲 乙\t丙\u3000丁", "三个、双拥", "(甲)(乙)", "（丙）",
    "Z", "\n", "2026年是十五五开局之年。", "一二三",
]


@pytest.mark.parametrize("module,name,source", HOISTED, ids=[n for _, n, _ in HOISTED])
def test_a_hoisted_pattern_matches_as_the_pattern_written_in_the_call(module, name, source):
    got, plain = getattr(module, name), re.compile(source)
    for s in STRINGS + [a + b for a in STRINGS[::7] for b in STRINGS[::5]]:
        for method in ("search", "match", "fullmatch", "findall"):
            a, b = getattr(got, method)(s), getattr(plain, method)(s)
            assert (a.span() if isinstance(a, re.Match) else a) == (b.span() if isinstance(b, re.Match) else b), \
                (name, method, s)
        m = got.search(s)
        assert (m and m.groups()) == (plain.search(s) and plain.search(s).groups())
        assert got.sub("#", s) == plain.sub("#", s)
        if s:
            assert got.search(s, 1, len(s)) == plain.search(s, 1, len(s)) or \
                got.search(s, 1, len(s)).span() == plain.search(s, 1, len(s)).span()


@pytest.mark.parametrize("module,name,source", HOISTED, ids=[n for _, n, _ in HOISTED])
def test_no_reader_writes_the_hoisted_pattern_in_a_call(module, name, source):
    text = inspect.getsource(module)
    for method in ("search", "match", "fullmatch", "sub", "findall", "finditer", "split"):
        for lit in (f'r"{source}"', f'"{source}"'):
            assert f"re.{method}({lit}, " not in text, (name, method)
