"""Work a document's first reading need not do: trying strings no region is written as against the gazetteer, compiling
a constant pattern the first time a rule meets it, and walking back over a value's clause for a goal's frame that no
goal's word opens.  Each shortcut must answer as the long way does."""
import random
import re

import pytest

from taizhang.extract import cleaner, context, facts, figure, lists, meta, projects, scope, structures
from taizhang.extract.regions import gazetteer


class _Everything:
    def __contains__(self, item):
        return True


class _AskedAll:
    """The gazetteer, claiming every string as a surface: ``_strip_prefixes`` then asks about every substring."""

    def __init__(self, g):
        self._g = g
        self.surfaces = _Everything()

    def __getattr__(self, name):
        return getattr(self._g, name)


def _reference_strip_prefixes(g, name):
    """context._strip_prefixes with every substring asked of the gazetteer."""
    return context._strip_prefixes(_AskedAll(g), name)


_TITLES = [
    "山东省菏泽市巨野县2023年国民经济和社会发展统计公报",
    "关于青山市临水区重点项目推进情况的通报",
    "湘西州2021年政府工作报告",
    "某县人民政府办公室关于印发2024年重点建设项目计划的通知",
    "四川省眉山市东坡区经济开发区2022年上半年项目建设综述",
    "",
    "县",
]


def test_surfaces_hold_every_name_the_gazetteer_finds():
    g = gazetteer()
    for w in ("巨野县", "菏泽市", "山东省", "湘西州", "东坡区", "临水区", "项目建设", "重点项目", "2023年"):
        if w not in g.surfaces:
            assert not g.named(w) and not g.written_named(w) and g.resolve(w) is None


def test_strip_prefixes_skips_only_strings_that_name_nothing(monkeypatch):
    g = gazetteer()
    for title in _TITLES:
        assert context._strip_prefixes(g, title) == _reference_strip_prefixes(g, title)
    asked = []
    real = context._full_name_region
    monkeypatch.setattr(context, "_full_name_region", lambda g_, s, c=(): asked.append(s) or real(g_, s, c))
    chain = context._strip_prefixes(g, _TITLES[0])
    assert [r.name for r in chain][:3] == ["山东省", "菏泽市", "巨野县"]
    assert asked and all(s in g.surfaces for s in asked)  # 国民经济和社会发展统计 and the like are not asked


def test_strip_prefixes_on_random_strings():
    g = gazetteer()
    rng = random.Random(7)
    pool = "山东省菏泽市巨野县湖南湘西州四川眉山东坡区青神县仁寿镇经济开发区重点项目建设年度计划和与、的"
    for _ in range(300):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(0, 24)))
        assert context._strip_prefixes(g, s) == _reference_strip_prefixes(g, s)


# the constant patterns rules used to write inline (compiled the first time a document reached them), now compiled
# with their modules: (module, name, the pattern as it was written)
_COMPILED = [
    (cleaner, "_SITE_SEP_END", r"[-_|—–·]\s*$"),
    (scope, "_CLAUSE_MARK", r"[,，。;；]"),
    (scope, "_COUNT_OF_YEARS", r"([\d一二两三四五六七八九十]+)年"),
    (structures, "_COMPARED_WITH", r"比(?:上|去|前|同|一|二|三|[\d])"),
    (figure, "_COMMAS_SPACES", r"[,，:：\s]"),
    (projects, "_RUN_TO_DENG", r"[^,。;!?\n]{0,60}?等"),
    (projects, "_AREA_LEAD", r"^[^,。;]*?(?:区域|地区|街区|片区)(?:实行|实施|进行|开展)?"),
    (facts, "_LABEL_MARK", r"[;；:：,，。]"),
    (facts, "_GAP_VERB_END", r"(?:为|达|是|达到|从|由|到|至|的|差|缩小|扩大)$"),
    (facts, "_BRACKETS_DUNHAO", r"[()（）、]"),
    (facts, "_ITEM_SEP", r"[、,，;；]"),
    (facts, "_MULTIPLE_VERB_END", r"(?:的|了|是|增长|提高|增加|翻)$"),
    (facts, "_QIZHONG_END", r"其中[,，:：]?\s*$"),
    (facts, "_LINE_MARK", r"[。;；,，]"),
    (facts, "_ONE_HAN", r"[\u4e00-\u9fff]"),
    (meta, "_SENTENCE_END", r"[。!?！？;；]"),
    (meta, "_COMMA_COLON", r"[,，:：]"),
    (meta, "_YEAR_OF_PLAN_AFTER", r"(上半年|前三季度|一季度|以来|1[-—~]\d+月|全年|年度|的?目标|工作|是)"),
    (context, "_DAY_MONTH_YEAR_EN", r"(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})"),
    (context, "_TO_OR_THAN_END", r"(?:到|至|截至|(?<![对关由])于|比|较|与)\s*$"),
    (lists, "_SHORT_HAN_WORD", r"[\u4e00-\u9fff]{1,3}"),
]

_SAMPLES = [
    "比上年增长8%,比去年同期提高1.2个百分点", "其中,  ", "其中：", "省级项目40亿元、市级项目25亿元;其中",
    "从2.37缩小到", "是2015年的两倍", "涨了一倍", "“十四五”五年", "五年", "12 Mar 2021", "3 September 2019 ",
    "到2025年", "截至", "对于", "由于", "与", "甲区域实行", "A、B、C等", "某县召开会议。", "(二)、", "——",
    "上半年完成", "1-6月", "1—9月份", "建设", "网站 | ", "新华网-", "", " ", "省", "项目建设推进有力",
]


@pytest.mark.parametrize("module,name,pattern", _COMPILED, ids=[n for _, n, _ in _COMPILED])
def test_compiled_patterns_read_as_written(module, name, pattern):
    compiled = getattr(module, name)
    plain = re.compile(pattern)
    rng = random.Random(name)
    alphabet = "".join(sorted(set("".join(_SAMPLES)))) + "于以来全年年度目标工作是上去前同一二三四五六七八九十为达的差了翻"
    texts = _SAMPLES + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))) for _ in range(400)]
    for t in texts:
        for fn in ("search", "match", "fullmatch"):
            a, b = getattr(compiled, fn)(t), getattr(plain, fn)(t)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, fn, t)
        assert compiled.split(t) == plain.split(t)
        assert compiled.sub("", t) == plain.sub("", t)


def _goal_kind(sentence: str, value: str) -> str:
    from taizhang.extract.segment import Layout

    vs = sentence.index(value)
    layout = Layout(sentence)
    c = facts.Cand(vs, vs + len(value), 1.0, "%", vs + len(value))
    c.mend = vs + len(value) + (1 if sentence[vs + len(value):vs + len(value) + 1] == "%" else 0)
    c.kind = "actual"
    facts._goal_framed(sentence, layout, c)
    return c.kind


def test_goal_frame_read_only_where_a_goals_word_opens_it():
    assert _goal_kind("按照上半年计划投资完成率60%、年度投资计划完成率120%以上的目标,加快推进。", "60") == "target"
    assert _goal_kind("对照全年增长8%的目标任务,全县上下攻坚克难。", "8") == "target"
    assert _goal_kind("1-9月,全县固定资产投资增长8%,完成年度目标的80%。", "8") == "actual"
    assert _goal_kind("按照要求,1-9月全县固定资产投资增长8%的目标已完成。", "8") == "actual"  # (another clause opens it)


# ---------------------------------------------------------------------------------------- rx.with_start_set

_START_SET_PATTERNS = [
    r"(?<!将)累计|已经",  # look-behind first: re's compiler lists no start set
    r"(?=[已累])(?:(?<!将)累计|已经)",  # gated: its look-ahead first
    r"(?P<a>增长|提高)(?P<b>\d+(?:\.\d+)?)%|(?P<c>下降)\d+%",  # an alternation of groups
    r"\s*(?:其中|另外)[,，:：]?",  # a repeat first
    r"[\u4e00-\u9fff]{2,4}?(?:县|市|区)",  # a repeat first
    r"[甲乙丙](?:县|市|区)",  # a class first: re's own start set, left as it is
    r"第[一二三]|前\d名",  # literals: re's own
]


def test_start_set_finds_what_the_pattern_finds():
    from taizhang.extract import rx

    rng = random.Random(11)
    alphabet = "将累计已经增长提高下降其中另外,，:： 0123456789.%甲乙县市区第一二三前名"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(300)]
    texts += ["1-9月累计完成投资12亿元,已经增长8.5%,其中:甲县增长3%,将累计下降2%", "第二名,前3名", ""]
    for p in _START_SET_PATTERNS:
        plain, fast = re.compile(p), rx.with_start_set(re.compile(p))
        for t in texts:
            assert [(m.span(), m.groupdict()) for m in fast.finditer(t)] == \
                   [(m.span(), m.groupdict()) for m in plain.finditer(t)]
            for a in range(len(t) + 1):
                x, y = plain.search(t, a), fast.search(t, a)
                assert (x and x.span()) == (y and y.span())
                x, y = plain.search(t, 0, a), fast.search(t, 0, a)
                assert (x and x.span()) == (y and y.span())
                x, y = plain.match(t, a), fast.match(t, a)
                assert (x and x.span()) == (y and y.span())
        assert fast.pattern == plain.pattern and fast.groupindex == plain.groupindex and fast.groups == plain.groups


def test_start_set_given_only_where_re_lists_none():
    from taizhang.extract import rx

    for p in _START_SET_PATTERNS[:5]:
        assert rx.with_start_set(re.compile(p)) is not re.compile(p)
    for p in _START_SET_PATTERNS[5:] + [r"^(?:甲|乙)+县", r"\A\s*(?:一|二)", r"(?:累计)?", r"[^,]+年"]:
        assert rx.with_start_set(re.compile(p)) is re.compile(p)  # re's own, an anchor, nullable, unlistable
    assert rx.with_start_set(re.compile(r"(?<!将)累计", re.I)) is re.compile(r"(?<!将)累计", re.I)  # flags
    assert rx.compile(r"(?<!将)累计|已经").search("将累计,已经").span() == (4, 6)
