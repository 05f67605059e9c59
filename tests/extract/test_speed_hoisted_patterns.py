"""Patterns the readers compiled (or looked up in ``re``'s cache) at every call are compiled once, at module level, and
match as the pattern written in the call did: the same matches on invented strings, for every method the readers use."""
import inspect
import re

import pytest

from taizhang.extract import context, facts, frame, indicators, meta, projects, scope, structures

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
    (scope, "_PERIOD_YEAR_OPEN", r"(?:\.\.)?(\d{4}|\?)"),
    (scope, "_YEAR_SPAN_END", r"\d{4}\.\.(\d{4})"),
    (scope, "_YEAR_SPAN_START", r"(\d{4})\.\."),
    (scope, "_YEARLY_AVERAGE", r"年均|每年平均"),
    (scope, "_YEAR_SPAN", r"(\d{4})\.\.(\d{4})"),
    (scope, "_FIRST_HALF_PERIOD", r"\d{4}-H1"),
    (scope, "_SINCE_MONTH_END", r"比(\d{1,2})月(?:末|底)"),
    (scope, "_CLAUSE_MARK_ANY", r"[,，;；:：]"),
    (scope, "_BY_MONTH_PERIOD", r"\.\.(\d{4}|\?)-M(\d\d)"),
    (scope, "_COPULA_AFTER", r"\s*(?:为|是|则|的)"),
    (scope, "_DIGIT", r"\d"),
    (scope, "_ISO_MONTH_OR_DAY", r"(\d{4})-(\d\d)(?:-\d\d)?"),
    (scope, "_PERIOD_YEAR_MONTH", r"(\d{4})(?:-M(\d\d))?"),
    (scope, "_ISO_DAY_MONTH", r"\d{4}-(\d\d)-\d\d"),
    (scope, "_LEVEL_CHAR_OPENING", r"^[省市县区州旗镇乡]"),
    (scope, "_DIGIT_OR_COMMA", r"\d|[,，]"),
    (scope, "_RESPECTIVELY", r"分别|依次"),
    (scope, "_CLOSING_BRACKET", r"[)）]"),
    (context, "_CLAUSE_OR_SENTENCE_MARK", r"[,，;；。:：]"),
    (context, "_COMMA_OR_STOP", r"[,，。]"),
    (context, "_THIS_YEAR_OPENING", r"\s*(?:今年|本年|(?:19|20)\d\d\s?年)?"),
    (context, "_FOUR_DIGITS", r"\d{4}"),
    (context, "_A_DIGIT", r"\d"),
    (facts, "_DENG_END", r"等$"),
    (facts, "_LIST_COMMA", r"[、,，]"),
    (facts, "_AMONG_AFTER", r"[\u4e00-\u9fff]{1,10}中"),
    (facts, "_PEOPLE_MEASURE", r"人口|人数|户数|人次"),
    (facts, "_TO_END", r"(?:到|至)$"),
    (facts, "_SHARE_CHAR", r"占"),
    (facts, "_SHARE_WORD", r"占|比重|权重"),
    (facts, "_CARRY_SPLIT_MARK", r"[,，、:：;；。]"),
    (facts, "_CARRY_CLAUSE_MARK", r"[,，、:：]"),
    (facts, "_SHARE_END", r"占(?:比)?$"),
    (facts, "_SEMICOLON_END", r"[;；]\s*$"),
    (projects, "_UP_TO_DENG", r"[^,。;]*?等"),
    (projects, "_PART_END_MARK", r"[。;!?\n]"),
    (projects, "_GROWTH_OR_ROAD", r"发展|增长|运转|运行|推进|公路|铁路"),
    (projects, "_CITY_OR_ROLE", r"城[区市]|地位|作用"),
    (projects, "_AUTO_INDUSTRY_CHAR", r"[汽车产业材料装备]"),
    (projects, "_STEEL_INDUSTRY_CHAR", r"[钢产业企]"),
    (projects, "_BUILD_AFTER", r"建设|建成|开港|扩建|码头|[一二三四五六七八九十]期|[、,。;等和与及]|$"),
    (frame, "_ORDINAL_NUMBER", r"\d+|[一二三四五六七八九十]+"),
    (meta, "_NOT_SITE_NAME_CHAR", r"\d|[,，:：!?！？“”\s]"),
    (meta, "_FIELD_KEY", r"[A-Za-z_]+\s*:"),
    (meta, "_TITLE_BAR", r"[|｜丨]"),
    (meta, "_HAN_CHAR_ANY", r"[\u4e00-\u9fff]"),
]

# invented strings: periods and dates as the schema writes them, clauses of invented places and works
STRINGS = [
    "", " ", "2026", "2026年", "?", "..2026-M06", "2026-M01..M06", "2026-Q3", "2026-H1", "..?-M12", "2026-06-30",
    "2026-06", "岚溪县今年新开工项目12个。", "甲县完成投资8.5亿元,同比增长6.1%;", "全县GDP", "人均GDP增长",
    "(一期)岚溪大道", "“青川5G”工程", "5G+工业互联网", "A区B栋", "第三", "排名第12", "共有企业", "拥有", "达到",
    "为", "的", "以上", "左右多", "多", "  3个", "以来", "之前,", "起", "纳入", "组建", "试点建设", "正式投产",
    "“岚溪”", "\"甲\"", "结束。 ”", "完成!", "完成？ ）", "甲 乙\t丙\u3000丁", "三个、双拥", "(甲)(乙)", "（丙）",
    "Z", "\n", "2026年是十五五开局之年。", "一二三", "2021..2025", "2026..", "..2026-M09", "比6月末", "年均增长",
    "每年平均", "分别为", "依次", "县城区", "作用", "汽车", "钢铁企业", "码头", "二期", "today: 甲", "新闻 | 岚溪",
    "甲县占比", "比重", "项目中", "人口", "至", "等", "甲、乙,丙", "省直", "市区", "今年", "2026 年",
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
