import re

from taizhang.extract import periods
from taizhang.extract.rx import Alternation, first_chars, gated

TEXT = ("岚溪县2025年上半年完成投资3.2亿元,同比增长8%;到2027年底前力争建成“十五五”规划项目12个。"
        "目前已累计完成1—6月目标的55%,将累计新增就业3000人,去年同期为2800人。项目前期工作每年推进,"
        "今年1-9月份新开工项目同比增加4个,连续三年位居全市第一。2026年3月5日、第三季度末及9月底前完成。")


def test_first_characters_of_literals_classes_and_optional_parts():
    assert first_chars("力争|确保") == "[力确]"
    assert first_chars(r"(?:“|\")?十[一二]五") == '["“十]'
    assert first_chars("(?<!将)累计") == "[累]"  # a look-behind consumes nothing
    assert first_chars(r"\d+月|[一-十]季度") == r"[\d一-十]"
    assert first_chars("(?P<t>a)|(?P<a>b?c)") == "[abc]"


def test_no_first_characters_for_what_can_start_anywhere():
    assert first_chars("a?") is None  # matches the empty string
    assert first_chars("[^,]+年") is None  # a negated class
    assert first_chars(".年") is None
    assert first_chars("(?i)ab") is None  # flags


def test_a_gated_pattern_finds_the_same_matches():
    for p in ["(?P<t>力争|确保|(?<!已)计划)|(?P<a>已经|已|同比|(?<!将)累计|[1-9一二三]+[-—][0-9一二三四五六七八九十]+月)",
              r"(?:到|至)\s*\d{4}年", r"(?<![\d年])\d{1,2}月(?:底|末)"]:
        g = re.compile(gated(p))
        assert g.pattern.startswith("(?=[")
        want = [(m.span(), m.lastgroup) for m in re.finditer(p, TEXT)]
        assert want and [(m.span(), m.lastgroup) for m in g.finditer(TEXT)] == want


def test_an_alternation_matches_as_the_whole_pattern_does():
    alt = Alternation(periods._PATTERNS, periods._FIRST)
    whole = re.compile(alt.whole.pattern)
    for text in (TEXT, TEXT * 3, "“十四五”末期" + TEXT[::-1]):
        want = [(m.span(), m.lastgroup, m.group(m.lastgroup)) for m in whole.finditer(text)]
        got = [(m.span(), m.lastgroup, m.group(m.lastgroup)) for m in alt.finditer(text)]
        assert want and got == want
        assert len(want) > 10 or text.startswith("“")


def test_the_first_alternative_that_matches_wins_and_the_prefix_gates():
    alt = Alternation([("long", "年底前"), ("short", "年底"), ("digits", r"\d+年")], prefix="(?![年]底后)")
    got = [(m.group(), m.lastgroup) for m in alt.finditer("年底前,2024年底,年底后")]
    assert got == [("年底前", "long"), ("2024年", "digits")]
    assert got == [(m.group(), m.lastgroup) for m in alt.whole.finditer("年底前,2024年底,年底后")]


def test_an_alternative_without_listed_first_characters_uses_the_whole_pattern():
    alt = Alternation([("a", "[^,]年"), ("b", "年底")])
    assert alt._gate is None
    assert [m.group() for m in alt.finditer("去年底,今年")] == ["去年", "今年"]


def test_which_patterns_a_gate_helps():
    from taizhang.extract.rx import worth_gating
    assert worth_gating(re.compile("(?<!将)累计|已经|同比"))  # opens with a look-behind
    assert worth_gating(re.compile(r"(?P<pre>迈上|突破)?(?P<num>[百千])亿"))  # an optional group first
    assert not worth_gating(re.compile("力争|确保"))  # literals: the engine skips to them already
    assert not worth_gating(re.compile("(?P<n>[一二三])产"))  # a class inside a group, likewise
    assert not worth_gating(re.compile("^(?:到|至)2025年"))  # anchored: tried at the start only
    assert not worth_gating(re.compile("的?[\u4e00-\u9fff]"))  # every Han character can start it
    assert not worth_gating(re.compile(r"\s*(?:其中)?年"))  # a space class is wide
    assert not worth_gating(re.compile("(?=[力确])(?:力争|确保)x?"))  # gated already


def test_compile_gates_only_the_patterns_it_helps():
    from taizhang.extract import rx
    plain = re.compile("(?<!将)累计|已经")
    a = rx.compile("(?<!将)累计|已经")
    assert a.pattern.startswith("(?=[") and a.pattern.count("(?=[") == 1
    assert [m.span() for m in a.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)] != []
    assert rx.compile("力争|确保").pattern == "力争|确保"  # literals: left as they are
    assert rx.compile(a.pattern).pattern == a.pattern  # gating twice changes nothing
    assert rx.compile("(?<!将)累计", re.I).pattern == "(?<!将)累计"  # flags: left as they are


def _extract_modules():
    import importlib
    import pkgutil

    import taizhang.extract as E
    for info in pkgutil.walk_packages(E.__path__, "taizhang.extract."):
        yield importlib.import_module(info.name)


def _escaped(modules) -> tuple[int, list[str]]:
    """(module-level patterns seen, those a gate would help that are not gated) of ``modules``."""
    from taizhang.extract.rx import worth_gating
    seen, escaped = 0, []
    for mod in modules:
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern):
                seen += 1
                if worth_gating(value):
                    escaped.append(f"{mod.__name__}.{name}")
    return seen, escaped


def test_no_module_level_pattern_escapes_gating():
    """Every compiled pattern a module of the extractor holds at module level is gated where the gate helps:
    a pattern made with ``re.compile`` instead of ``rx.compile`` (or gated nowhere) fails here."""
    seen, escaped = _escaped(_extract_modules())
    assert seen > 300  # the scan reaches the extractor's patterns
    assert escaped == []


def test_the_escape_check_sees_an_ungated_pattern():
    import types

    from taizhang.extract import rx
    mod = types.ModuleType("岚溪")
    mod.A = re.compile("(?<!将)累计|已经")  # escaped
    mod.B = rx.compile("(?<!将)累计|已经")  # gated
    mod.C = re.compile("力争|确保")  # a gate would not help
    assert _escaped([mod]) == (3, ["岚溪.A"])


def test_literals_find_what_the_longest_first_alternation_finds():
    import random
    import re

    from taizhang.extract.lang import zh_projects
    from taizhang.extract.rx import Literals

    def by_re(words, text):
        pat = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
        return [m.span() for m in pat.finditer(text)]

    words = ["园", "产业园", "工业园区", "园区", "项目", "目标", "区"]
    text = "岚溪县工业园区产业园项目标准厂房园区，区域𠀀产业园区项目"
    assert Literals(words).spans(text) == by_re(words, text)
    assert Literals(words).spans(text)[0] == (3, 7)  # 工业园区, not 园 or 园区 inside it
    rng = random.Random(7)
    alphabet = "ab园区产业项目"
    for _ in range(300):
        ws = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6))]
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert Literals(ws).spans(t) == by_re(ws, t), (ws, t)
    heads = Literals(zh_projects.HEADS)
    sample = "青川市新建岚溪县污水处理厂、城东产业园基础设施项目和高速公路互通工程，建设物流园区。"
    assert heads.spans(sample) == by_re(zh_projects.HEADS, sample)
    assert Literals([]).spans(sample) == []


def test_an_alternation_of_words_is_a_trie_with_the_longest_first_order():
    """lang.alternation writes its words as a trie (增长(?:到|)…): at a position the words that match are prefixes of
    one another, and the trie tries the longest first as the flat alternation does, on backtracking too."""
    import random

    from taizhang.extract.lang import alternation

    def flat(words):
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)

    assert alternation(["增长到", "增长", "提高"]) in ("增长(?:到|)|提高", "提高|增长(?:到|)")
    assert alternation(["万", "万元", "万元整", "万人"]) == "万(?:人|元(?:整|)|)"
    assert alternation(["a.b", ""]) == r"a\.b" and alternation([]) == ""
    rng = random.Random(11)
    alphabet = "增长到提高万元整.|"
    for _ in range(400):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 7))]
        for shape in ("{}", "(?:{})(?:整|长)", r"(?:{})\Z", "(?<!提)(?:{})(?!元)", "((?:{}))(.)", "(?:{})+?高"):
            want, got = re.compile(shape.format(flat(words))), re.compile(shape.format(alternation(words)))
            for _ in range(4):
                text = "".join(rng.choice(alphabet + "x") for _ in range(rng.randint(0, 12)))
                assert [(m.span(), m.groups()) for m in got.finditer(text)] == \
                    [(m.span(), m.groups()) for m in want.finditer(text)]
                assert [got.match(text, i) and got.match(text, i).span() for i in range(len(text) + 1)] == \
                    [want.match(text, i) and want.match(text, i).span() for i in range(len(text) + 1)]


def test_the_unit_and_magnitude_patterns_match_as_their_flat_alternations():
    from taizhang.extract import units

    def flat(words):
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    text = "、".join(units._ALL) + "".join(units._ALL) + "".join(units.MAGNITUDES) + "万元/人12.5万千瓦时平方公里个百分点"
    for trie, words in ((units.UNIT_PATTERN, units._ALL), (units.MAG_PATTERN, units.MAGNITUDES),
                        (units.PER_PATTERN, units.PER_UNITS)):
        for shape in ("(?:{})", r"\d?(?:{})(?:/|\Z)?"):
            want = [m.span() for m in re.finditer(shape.format(flat(words)), text)]
            assert want and [m.span() for m in re.finditer(shape.format(trie), text)] == want
