"""No text can make the extractor hang: an audit of every module-level pattern for nested repeats that can cut one text
in many ways (catastrophic backtracking), the step readers that replaced the dangerous ones, and a hang guard that
extracts invented adversarial texts in a child process."""
import importlib
import pkgutil
import re
import subprocess
import sys
import textwrap
from re import _constants as C
from re import _parser as P

import taizhang.extract
from taizhang.extract import docregions, meta, projects
from taizhang.extract.lang import alternation, zh

BOUND = 4  # an outer repeat of at most this many rounds cannot explode
_POSSESSIVE = getattr(C, "POSSESSIVE_REPEAT", None)
_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, _POSSESSIVE) if op is not None)
_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)
_DIGITS = frozenset(range(0x30, 0x3A)) | frozenset(range(0xFF10, 0xFF1A))
_SPACES = frozenset(map(ord, " \t\n\r\f\v\u3000\xa0"))


class _Chars:
    """A set of characters: ``codes`` or, when ``neg``, every character but them."""

    def __init__(self, neg=False, codes=()):
        self.neg, self.codes = neg, frozenset(codes)

    def __or__(self, o):
        if self.neg and o.neg:
            return _Chars(True, self.codes & o.codes)
        if self.neg or o.neg:
            a, b = (self, o) if self.neg else (o, self)
            return _Chars(True, a.codes - b.codes)
        return _Chars(False, self.codes | o.codes)

    def meets(self, o) -> bool:
        if self.neg and o.neg:
            return True
        if self.neg or o.neg:
            a, b = (self, o) if self.neg else (o, self)
            return bool(b.codes - a.codes)
        return bool(self.codes & o.codes)


_NONE, _ANY = _Chars(), _Chars(True)


def _category(av):
    return {C.CATEGORY_DIGIT: _Chars(False, _DIGITS), C.CATEGORY_SPACE: _Chars(False, _SPACES),
            C.CATEGORY_NOT_DIGIT: _Chars(True, _DIGITS), C.CATEGORY_NOT_SPACE: _Chars(True, _SPACES)}.get(av, _ANY)


def _class(items):
    out = _NONE
    for op, av in items:
        if op is C.LITERAL:
            out = out | _Chars(False, (av,))
        elif op is C.RANGE:
            out = out | _Chars(False, range(av[0], av[1] + 1))
        elif op is C.CATEGORY:
            out = out | _category(av)
        elif op is not C.NEGATE:
            out = _ANY
    if any(op is C.NEGATE for op, _ in items):
        return _ANY if out.neg else _Chars(True, out.codes)
    return out


def _first(seq):
    """(the characters a match of ``seq`` can start with, whether it can match the empty string)"""
    out = _NONE
    for op, av in seq:
        chars, empty = _first_of(op, av)
        out = out | chars
        if not empty:
            return out, False
    return out, True


def _first_of(op, av):
    if op in _ZERO_WIDTH:
        return _NONE, True
    if op is C.LITERAL:
        return _Chars(False, (av,)), False
    if op is C.NOT_LITERAL:
        return _Chars(True, (av,)), False
    if op is C.IN:
        return _class(av), False
    if op is C.ANY:
        return _ANY, False
    if op is C.BRANCH:
        out, empty = _NONE, False
        for alt in av[1]:
            chars, e = _first(alt)
            out, empty = out | chars, empty or e
        return out, empty
    if op is C.SUBPATTERN:
        return _first(av[3])
    if op is C.ATOMIC_GROUP:
        return _first(av)
    if op in _REPEATS:
        chars, empty = _first(av[2])
        return chars, empty or av[0] == 0
    return _ANY, True


def _big(hi) -> bool:
    return hi is C.MAXREPEAT or hi > BOUND


def _walk(seq, follow, loops, out):
    """Flag, inside an unbounded (or long) repeat, a run of variable length that can stop where what follows it can go
    on with the characters it would have taken: every round may then cut the text another way."""
    items = list(seq)
    for i, (op, av) in enumerate(items):
        rest, empty = _first(items[i + 1:])
        after = rest | follow if empty else rest
        if op in (C.ASSERT, C.ASSERT_NOT):
            _walk(av[1], _ANY, 0, out)
        elif op is C.BRANCH:
            for alt in av[1]:
                _walk(alt, after, loops, out)
        elif op is C.SUBPATTERN:
            _walk(av[3], after, loops, out)
        elif op is C.ATOMIC_GROUP:
            _walk(av, after, 0, out)  # taken one way only
        elif op in _REPEATS:
            lo, hi, body = av
            if op is _POSSESSIVE:
                _walk(body, _NONE, 0, out)
                continue
            opens, _ = _first(body)
            if loops and (hi is C.MAXREPEAT or hi > lo) and opens.meets(after):
                out.append(str(body)[:60])
            again = opens | after if hi is C.MAXREPEAT or hi > 1 else after
            _walk(body, again, loops + (1 if _big(hi) else 0), out)


def hazards(pattern: str) -> list[str]:
    out = []
    _walk(P.parse(pattern), _NONE, 0, out)
    return out


def module_patterns() -> dict[str, str]:
    """name -> pattern of every compiled pattern a module of the extractor holds (also in its lists and dicts)."""
    found = {}
    pkg = taizhang.extract
    for info in [None] + list(pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")):
        name = pkg.__name__ if info is None else info.name
        try:
            mod = importlib.import_module(name)
        except Exception:  # (a module of optional dependencies: not the extractor's text path)
            continue
        for attr, value in vars(mod).items():
            values = value.values() if isinstance(value, dict) else value if isinstance(value, (list, tuple)) else [value]
            for v in values:
                if isinstance(v, re.Pattern) and isinstance(v.pattern, str):
                    found.setdefault(f"{name.rsplit('.', 1)[1]}.{attr}", v.pattern)
    return found


# Patterns the audit flags that are proved bounded (each checked with inputs pumped to 128 rounds: time flat).
ALLOWED = {
    # {1,8} crumbs of one line, anchored ^…$, each at most 30 characters
    "cleaner._BREADCRUMB": "bounded rounds",
    # selectors split by separators they cannot hold; a rule's body closed by its braces
    "cleaner._CSS_RULE": "separated rounds",
    # .* stops at a line's end: each of at most 40 lines is read one way
    "context.RE_FRONT_DATE": "one way per line",
    # searched only in the 48 characters before a place (docregions.CMP_LIST_CHARS): flat on the worst 48
    "docregions._CMP_NEXT_TO": "bounded text",
    "docregions._CMP_RANK_BEFORE": "bounded text",
    # searched only in the 40 characters before a figure; list members close with % and 、
    "facts._BASE_OF_RATE": "bounded text",
    # a Chinese number runs on into the unit 千瓦/千米 only at a unit's own first character (one way per figure)
    "facts._FIGURE_LINE": "one way per figure",
    # matched within one clause; its 在… members take at most 8 characters and close at a stage verb
    "facts._STAGE_PREDICATE": "bounded rounds",
    # an item label's alternatives, anchored ^, no loop over them
    "indicators._LEAD": "anchored",
    # names of 2-4 characters split by separators they cannot hold
    "meta.RE_CAPTION_CREDIT": "separated rounds",
    # fullmatch of a prefix of a name of at most a few characters, nothing after the run can fail
    "projects._RJ_PLACE_PREFIX": "short text",
    # members open with 、, which a member's name cannot hold
    "scope.FACILITY_AFTER": "separated rounds",
    # a name of at most 36 characters bounds the ways a capacity inside it (年产3万吨…) can be cut
    "scope.PART_HEAD": "bounded rounds",
    "scope.PROJECT_NAME": "bounded rounds",
    "scope.PROJECT_OPENING": "bounded rounds",  # (matched once, at a sentence's start, as PROJECT_NAME's names are)
    "scope.WORK_PART_HEAD": "bounded rounds",  # (PART_HEAD's name of at most 20 characters and a head, once a part)
    "scope.ROW_HEAD": "bounded rounds",
    "scope.SIZE_OF_NAMED": "bounded rounds",
    "scope.SIZED_NAME": "bounded rounds",  # (SIZE_OF_NAMED after a size: its name of at most 36 rounds, read back 800 characters)
    "scope.SIZE_OF_NAMED_WORK": "bounded rounds",
    "scope.SIZE_OF_STAGED_WORK": "bounded rounds",  # (as SIZE_OF_NAMED_WORK: a name of at most 36 rounds, 3 adverbs)
    # each lead-in closes with a comma or colon its body cannot hold
    "scope.SPAN_LEAD_IN": "separated rounds",
    # units split by separators they cannot hold; one unit read at most two ways (千 then 瓦 / 千瓦)
    "structures._TABLE_UNIT": "separated rounds",
    "structures._UNIT_CELL_TEXT": "separated rounds (_TABLE_UNIT's, fullmatched on one bar cell of a line <= 400)",
}


def test_the_audit_flags_the_shapes_that_explode():
    assert hazards(r"(a+)+b") and hazards(r"(?:x\d*\d*)*y")
    assert hazards(r"(?:站?[、和及][一-鿿]{1,8}?)*站?3个站")  # the members' joins are Han characters too
    assert hazards(r"(\d+)\s*(?:月)?(?:\s*、\s*\d+\s*(?:月)?)*\s*、\s*(\d+)\s*月")  # spaces side by side in a loop
    assert not hazards(r"(?:[^、]+、)*等") and not hazards(r"(?:甲\d+)*乙") and not hazards(r"(?:a|b){0,3}c")
    assert not hazards(r"(\d+)\s*+(?:月)?(?:\s*+、\s*+\d+\s*+(?:月)?)*\s*+、\s*+(\d+)\s*+月")  # possessive spaces


def test_no_module_pattern_can_backtrack_without_end():
    patterns = module_patterns()
    assert len(patterns) > 500
    flagged = {name for name, p in patterns.items() if hazards(p)}
    assert flagged - set(ALLOWED) == set(), "a nested repeat that can cut a text many ways: rewrite it or prove it bounded"
    assert set(ALLOWED) - flagged == set(), "an allowed pattern no longer flagged: take it off ALLOWED"


CJK = "\u4e00-\u9fff"
OLD_STATIONS = re.compile(rf"(?:站?[、和及][{CJK}]{{1,8}}?)*站?(?:\d+|[一二三四五六七八九十百千万两]+)(?:个|座)(?:车站|站点|站)")
OLD_RANK_AFTER = re.compile(rf"(?:[、和与及][{CJK}]{{2,10}}?)*(?:{alternation(zh.COMPARISON_RANK_AFTER)})")
OLD_OFFICE_LINE = re.compile(rf"^{meta._OFFICE_BODY}(?:[ \t\u3000\xa0、]*{meta._OFFICE_BODY})*$")
STEP_TEXTS = ["线路共设凤岭东、青石南和北岭3个车站,其中凤岭东站为换乘站。", "、梅溪及和平站4座车站", "和平和和乙3个站点",
              "站、甲乙站、丙丁5个站", "、甲乙丙丁戊己庚辛壬3个站", "增速位居凤岭区、青石市和南湾区之后,居第四。",
              "总量仅次于东坪区和西岗县,排名和平区之后", "凤岭县人民政府办公室\n", "青石市统计局 国家统计局青石调查队",
              "凤岭县人民政府办公室、凤岭县财政局", "北岭县委员会北岭县人民政府", "人民政府", "凤岭县督查室\n\n"]


def test_the_step_readers_answer_as_the_regexes_did():
    for text in STEP_TEXTS:
        for k in range(len(text) + 1):
            assert projects._stations_after(text, k) == bool(OLD_STATIONS.match(text, k)), (text, k)
            assert docregions._rank_after(text, k) == bool(OLD_RANK_AFTER.match(text, k)), (text, k)
        for line in (text, text.strip()) + tuple(text[:k] for k in range(len(text))):
            assert meta.RE_OFFICE_LINE.match(line) == bool(OLD_OFFICE_LINE.match(line)), line
    assert projects._stations_after("、青石南和北岭3个车站", 0) and docregions._rank_after("、青石市和南湾区之后", 0)
    assert meta.RE_OFFICE_LINE.match("青石市统计局 国家统计局青石调查队")


def _in_time(code: str, bound: int = 120) -> None:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], timeout=bound, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_pathological_lines_are_read_in_time():
    """Each of these once took longer than any bound (twice as long with every round); now milliseconds."""
    _in_time("""
        from taizhang.extract import cleaner, docregions, facts, meta, periods, projects, scope
        assert not projects._stations_after("、" + "凤和" * 400 + "。", 0)
        assert not docregions._rank_after("、" + "凤和" * 400 + "。", 0)
        assert not meta.RE_OFFICE_LINE.match("凤岭办公室" * 200 + "。")
        assert not list(periods._MONTH_ENUM.finditer("1  、  " * 300 + "x"))
        assert not list(periods._QUARTER_ENUM.finditer("一  、  " * 300 + "x"))
        assert not facts._FIGURE_LINE.fullmatch("1" * 2000 + "x")
        assert not facts._FIGURE_LINE.fullmatch("1 " * 500 + "x")
        assert not facts._FIGURE_LINE.fullmatch("十一" * 500 + "x")
        assert facts._FIGURE_LINE.fullmatch("三千瓦 1,234,567 2.5万吨 增长12.5%")
        assert not cleaner._FORUM_LINE.fullmatch("积分" + "1" * 2000 + "x")
        assert not facts._HEADING_PLACE.search("\\n" + "\\u3000" * 3000 + "x")
        assert not scope.PART_HEAD.match(" " * 3000 + "x")
    """)


PLACES = "凤岭 青石 北岭 南湾 东坪 西岗 白沙 黄泥 龙潭 石门".split()


def adversarial_texts() -> dict[str, str]:
    """Invented texts made to be hard: long lists closed by 等 or not, runs without punctuation, huge numbers,
    brackets never closed, lines of separators, numbered headings repeated."""
    han = "".join(PLACES) + "推进建设项目工程产业发展全县实施完成投资计划和及与"
    run = "".join(han[(i * 7) % len(han)] for i in range(5000))
    sized = [f"{PLACES[i % 10]}{i + 2}万吨农产品加工及{i + 10}兆瓦光伏发电" for i in range(120)]
    rated = [f"{PLACES[i % 10]}项目投资{i + 1}.5亿元增长{i % 30 + 1}.{i % 10}%" for i in range(300)]
    return {
        "list_open": "2025年，全县重点推进" + "、".join(sized) + "建设，进展顺利。\n",
        "list_closed": "2025年，全县重点推进" + "、".join(sized) + "等120个项目建设，完成投资30亿元。\n",
        "list_cut": "2025年，全县重点推进" + "、".join(sized) + "等",
        "han_run": run + "\n" + "".join(c + (str(i % 997) if i % 5 == 0 else "") for i, c in enumerate(run)) + "\n",
        "digits": "全县生产总值" + "1" * 2000 + "亿元，增长" + "9" * 2000 + "%。\n3." + "1" * 2000 + "\n",
        "brackets": "全县" + "（" * 500 + "投资5亿元" + "）" * 500 + "。\n" + "(" * 500 + "\n" + "全县（投资5亿元" * 500
                    + "。\n" + "【" * 500 + "《" * 500 + "“" * 500 + "\n",
        "separators": "\n".join(c * 2000 for c in ("、", "，", "—", "…", "；", "\u3000", " ", "-", "。", "/", "|", ">")) + "\n",
        "list_300": "全年实施" + "、".join(rated) + "。\n全年实施" + "、".join(rated) + "等300个项目。\n",
        "headings": "（一）" * 2000 + "\n" + "（一）\n" * 2000 + "一、" * 2000 + "\n" + "1." * 2000 + "\n",
        "enumerations": "、".join(f"{i}%" for i in range(1000)) + "\n" + "和".join(f"甲{i}亿元" for i in range(500)) + "\n"
                        + "、".join(f"{i % 12 + 1}  月" for i in range(500)) + "x\n" + "十一" * 1000 + "\n",
        "offices": "凤岭县人民政府办公室" * 200 + "。\n" + "凤和" * 1000 + "3个车站\n",
    }


def test_adversarial_texts_extract_in_a_child_process(tmp_path):
    """A hang guard, not a speed test: the whole pipeline over every text within a generous bound (normally seconds)."""
    paths = []
    for name, text in adversarial_texts().items():
        (tmp_path / f"{name}.txt").write_text("凤岭县重点项目进展\n\n" + text, encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    _in_time(f"""
        from taizhang.extract.pipeline import extract_file
        for path in {paths!r}:
            extract_file(path)
    """, bound=300)
