"""Indicator names: the short noun phrase saying what a value measures.

Two sources, in order: a lexicon of common statistical indicators with their
synonyms (``data/indicators.tsv``: 地区生产总值 / GDP / 生产总值 …), matched with one
Aho-Corasick pass, and a trimming heuristic over the words before the value
(drop time, subject, modal and comparator words; keep the noun phrase).  The
indicator is reported *as written* (GDP stays GDP); the lexicon only helps to cut
long clauses down to the measured noun.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import ahocorasick

from . import rx
from .jieba_dict import dictionary_words
from .lang import alternation, zh


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, str], "ahocorasick.Automaton"]:
    """Surface → canonical name, and an automaton over all surfaces."""
    table: dict[str, str] = {}
    try:
        text = (resources.files("taizhang.extract") / "data" / "indicators.tsv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        text = ""
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        canon = parts[0].strip()
        table[canon] = canon
        if len(parts) > 1:
            for syn in parts[1].split("|"):
                if syn.strip():
                    table[syn.strip()] = canon
    a = ahocorasick.Automaton()
    for surf in table:
        a.add_word(surf, surf)
    if table:
        a.make_automaton()
    return table, a


def known_indicators(text: str) -> list[tuple[int, int, str]]:
    """Leftmost-longest lexicon hits in ``text`` as (start, end, surface)."""
    table, a = lexicon()
    if not table or not text:
        return []
    hits = sorted(((e - len(s) + 1, e + 1, s) for e, s in a.iter(text)), key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str]] = []
    last = -1
    for h in hits:
        if h[0] >= last:
            out.append(h)
            last = h[1]
    return out


def canonical(surface: str) -> str:
    return lexicon()[0].get(surface, surface)


# 一类乡镇, 三类以上, 劣Ⅴ类, 二级以上, 4A级, AAAA级, 三星级, 三级甲等: a class written before the name it qualifies
CLASS_WORD = rx.compile(
    rf"(?:{alternation(zh.CLASS_PREFIXES)})?(?:{alternation(zh.CLASS_LETTER_GRADES)}|[{zh.CLASS_ORDINALS}]{{1,3}})"
    rf"(?:{alternation(zh.CLASS_MARKS)})(?:{alternation(zh.CLASS_SUB_GRADES)})?(?:{alternation(zh.CLASS_BOUNDS)})?")
_CJK_NEXT = rx.compile(r"[\u4e00-\u9fff]")


def class_at(s: str, i: int = 0) -> int:
    """The end of the class word written at ``s[i:]`` when a name follows it (一类乡镇 → after 一类, 三类以上水质 →
    after 以上), else -1: 分为三类 and 一级 alone name no class of anything."""
    m = CLASS_WORD.match(s, i)
    if m is None or not _CJK_NEXT.match(s, m.end()) or s.startswith(("以上", "以下"), m.end()):
        return -1
    return m.end()


def names_a_class(name: str) -> bool:
    """Whether ``name`` opens with a class of what it names (一类乡镇, 三级医院, 4A级景区): a class of bodies or places,
    no body or place of its own."""
    return class_at(name) > 0


# 加快建设项目 / 争取开工项目: the lead verb and the stage after it name a class of projects, no modal to trim
_STAGED_CLASS_WORDS = rf"(?:建设|实施|{alternation(zh.STAGE_PREDICATE_VERBS)})(?:项目|工程)"
# Words that are never part of an indicator name (modal verbs, hedges, comparators, copulas).
_LEAD = rx.compile(
    # an item's label (1. / 一是 / (三) / 其次) opens the item, it names nothing
    # 如何实现GDP增长7%: a question's word asks, it names nothing; 先后组织: the adverb of a sequence
    rf"^(?:{zh.ITEM_LABEL}|(?:{alternation(zh.TIMES_ADVERBS)})(?:[一二两三四五六七八九十\d]{{1,2}}[年季月届次])?|如何|怎样|怎么样|怎么|先后|其中|同时|此外|另外|目前|当前|截至|截止|唯一的?|仅有的?|已经|已|共有|共计(?!划)|共|累计|预计|预期|力争|确保|努力|尽快|争取(?!{_STAGED_CLASS_WORDS})|力求|"
    rf"实现|推动|推进|要(?!求)|将|计划(?!投资|总投资)|全力|大力|加快(?!{_STAGED_CLASS_WORDS})|持续|继续|进一步|使|让|对(?![{zh.DUI_WORD_NEXT}])|从|由|把|以|并|和|及|且|还|再|又|也|均|都|"
    r"分别|全市|全地区|全区|全县|全省|全镇|我国|我市|我区|我县|我省|我州|我盟|我旗|本市|本区|本县|本省|该市|该区|该县|该省|拉动|带动|预计|从|"
    r"了|为(?=年度|全年|计划|目标)|项目(?=已|累计)|该项目|此项目|该工程|此次|本次|这次|该次|"
    # 该电站, 该基地: a named work taken up again (the work is the figure's subject)
    rf"(?:{alternation(zh.PROJECT_ANAPHOR_POINTERS)})(?:{alternation(zh.PROJECT_ANAPHOR_HEADS)})|"
    # 这一批重大项目, 上述项目: a demonstrative taking up a set named before
    # 届时可实现年产值: the time a finished work is spoken of at (届时, 到时) opens the clause, as 建成后 does
    rf"{alternation(zh.SET_DEMONSTRATIVES)}|该|此|这|建成后|投产后|达产后|达效后|届时|到时|可(?!能|行)|[,，;；:：、])+")
_TRAIL = rx.compile(
    rf"(?:同比|环比|比上年|较上年|比去年|分别|年均|年平均|(?<![平日周月季人户亩场])均|都|已|已经|累计|共|共计|合计|达到|达|为|是|有|超过|超|突破|(?<![打攻])破|{zh.PASS_MARK}|"
    r"不少于|不低于|不超过|至少|高于|低于|不足|不到|未达到|未达|达不到|尚|趋近|逼近|逾|接近|大约|了|的|在|至|到|控制在|保持在|稳定在|"
    r"实现|完成|同比增长|大幅增长|增长|增速为|增幅|拥有|共有|有|涉及|包括|将|要|预计|力争|可|可达|能|[,，;；:：、/≥⩾≤⩽])+$")
# a dash between numbers is a band (20-60万元群体, 1亿-5亿元的项目), kept
_PUNCT = rx.compile(r"[“”\"'《》\[\]【】●■▶◆▲★◇\s]+|(?<![\d%万亿元])[—\-]+|[—\-]+(?!\d)")


_DANGLING = rx.compile(f"(?:{'|'.join(zh.DANGLING_WORDS)})$")


def _trim_tail(s: str) -> str:
    """Copulas and comparators off the back, unless that leaves a coordination or an adverb without its verb
    (达到和基本达到 stays whole: 达到和基本 would be no phrase)."""
    t = _TRAIL.sub("", s)
    if t != s and t and _DANGLING.search(t):
        return re.sub(r"[,，;；:：、]+$", "", s)
    return t


# 按可比价格计算 / 按2023年平均汇率折算 / 扣除价格因素后: how the figure was computed, wherever it stands in the phrase
_METHOD = rx.compile(rf"(?:{alternation(zh.METHOD_OPENERS)})(?![期时序])[^,，;；。:：%]{{1,12}}?"
                     rf"(?:{alternation(zh.METHOD_VERBS)})(?:的|后)?|(?:{alternation(zh.METHOD_FIXED)})后?|"
                     # 按县口径, 市口径统计: the basis the figure is counted on
                     rf"(?:{alternation(zh.METHOD_OPENERS)})[\u4e00-\u9fff]{{0,3}}?(?:{alternation(zh.METHOD_BASES)})(?:的|下)?|"
                     rf"[省市县区](?:{alternation(zh.METHOD_BASES)})(?:{alternation(zh.METHOD_VERBS)})(?:的|后)?")


# (以农村居民人均可支配收入为1) / (上年=100) after a ratio's or an index's name: the base it is scaled to; and the brackets
# a method written in them leaves empty (单位GDP能耗(按等价值计算))
_SCALED_TO = rx.compile(r"[(（](?:以[^()（）,，;；。]{1,24}?为|[^()（）,，;；。=]{1,8}?=)\s*(?:1|100|1000)[)）]|[(（]\s*[)）]")


def strip_method(s: str) -> str:
    """按可比价计算增长 → 增长: the method of computation is no part of a name nor of a predicate."""
    return _METHOD.sub("", s)


# 在某市举办的投洽会上签约项目8个: the event the deed was done at opens the words, it names nothing measured
_EVENT_FRAME = rx.compile(rf"^[^,，;；。:：\d]{{0,16}}?(?:{alternation(zh.VENUE_FRAME_EVENTS)})(?:上|中(?!心)|期间)"
                          r"(?=[\u4e00-\u9fff]{2})")


def clean_lead(s: str) -> str:
    """Modal, subject and function words off the front only: an item a list joins to the next keeps its end (国有、…)."""
    s = _EVENT_FRAME.sub("", _METHOD.sub("", _PUNCT.sub("", s)))
    t = _LEAD.sub("", s)
    while t != s:
        s, t = t, _LEAD.sub("", t)
    return s


def name_as_written(s: str, max_len: int = 24) -> str:
    """A table row's name as its cell writes it (和美乡村建成率, 休闲农业与乡村旅游接待人数, 对生活垃圾进行处理的村占比),
    without punctuation, a method of computation, the base it is scaled to or a predicate after it (增长, 达到):
    a cell holds a name whole, so no word
    at its front is a clause's conjunction, subject or verb to cut (as ``clean_phrase`` and ``shorten`` cut prose);
    only a name longer than ``max_len`` is cut to its known indicator."""
    s = _trim_tail(_SCALED_TO.sub("", _METHOD.sub("", _PUNCT.sub("", s))))  # (地区生产总值增长: the growth of it)
    s = _WHOLE_PLACE.sub("", s)  # (全区生产总值: the whole place is whom the figure is about)
    return s if len(s) <= max_len else shorten(s, max_len)


# 全区 / 全市 / 全县 opening a row's name: the document's place, no part of what is measured
_WHOLE_PLACE = rx.compile(rf"^{zh.TABLE_WHOLE_ROW_PREFIX}[{''.join(zh.TABLE_WHOLE_ROW_LEVELS)}](?=[\u4e00-\u9fff]{{2}})")


def clean_phrase(s: str) -> str:
    """Trim modal/subject words at the front and copulas/comparators at the back; a method of computation goes."""
    s = _PUNCT.sub("", s)
    s = _EVENT_FRAME.sub("", _SCALED_TO.sub("", _METHOD.sub("", s)))
    for _ in range(3):
        t = _LEAD.sub("", s)
        t = _trim_tail(t)
        if t == s:
            break
        s = t
    return s


_ACTORS = rx.compile(rf"^[^,，;；。]{{0,24}}?(?:{alternation(zh.ACTOR_JOINERS)})[^,，;；。\d]{{1,16}}?"
                     rf"(?:{alternation(zh.ACTOR_ENDS)})(?:等(?:[\u4e00-\u9fff]{{0,4}}?(?:部门|单位))?)?")


# 县督查室对重点工作…: a unit acting on what is counted
_AGENT_ON = rx.compile(rf"^[^,，;；。\d]{{1,12}}?[{zh.UNIT_END_CHARS}]对(?![{zh.DUI_WORD_NEXT}])(?=[\u4e00-\u9fff]{{2}})")


def strip_actors(phrase: str) -> str:
    """县发改局会同县财政局安排专项资金 → 安排专项资金: the units acting together are no part of the measure;
    县督查室对重点工作 → 重点工作: nor is the unit acting on it."""
    m = _ACTORS.match(phrase) or _AGENT_ON.match(phrase)
    if m and len(phrase) - m.end() >= 2:
        return phrase[m.end():]
    return phrase


_UNIT_HEAD = rx.compile(rf"^(?P<unit>[\u4e00-\u9fff]{{2,10}}?(?:{alternation(zh.UNIT_NAME_ENDS)}))"
                        rf"(?![{zh.UNIT_NAME_NEXT}]|等|和|及|与)(?=[\u4e00-\u9fff]{{2}})")
_UNIT_OBJECT_LEADS = tuple(zh.UNIT_OBJECT_LEADS) + tuple(zh.ACTION_VERBS)
_NOT_UNIT_END = rx.compile(rf"(?:{alternation(zh.NOT_UNIT_NAME_ENDS)})$")


def unit_head(phrase: str) -> str:
    """住建局办件量 → 住建局: the government body a phrase opens with, when what follows names what it counts; ""
    when it opens with none (布局项目: no body)."""
    m = _UNIT_HEAD.match(phrase)
    if m is None or _NOT_UNIT_END.search(m.group("unit")) or m.group("unit").startswith(_UNIT_OBJECT_LEADS):
        return ""
    return m.group("unit")


_JOINED_NAME = rx.compile(alternation(zh.JOINED_NAMES))
# (对口援疆, 对口帮扶: 对口 is one word, paired assistance, no 对 opening an object)
_VERB_CUT = rx.compile(r"制定|推动|推进|开展|实施|组织|围绕|通过|按照|根据|对(?!口)|向|与|从")
# 第一产业对经济增长的贡献率: 对 opens what a part contributes to, the part before it is what is measured
_CONTRIBUTION_AFTER = rx.compile(rf"[^,，;；。]{{1,12}}的(?:{alternation(zh.CONTRIBUTION_WORDS)})$")


def shorten(phrase: str, max_len: int = 16) -> str:
    """A long phrase is cut to its known indicator (rightmost lexicon hit), else to its last ``max_len`` chars."""
    if len(phrase) > 10:
        m = None
        joined = [(j.start(), j.end()) for j in _JOINED_NAME.finditer(phrase)]
        for cut in _VERB_CUT.finditer(phrase):
            if any(a < cut.start() < b for a, b in joined):
                continue  # 研究与试验发展经费: 与 inside a name joins no verb's object
            if cut.group() == "对" and _CONTRIBUTION_AFTER.fullmatch(phrase, cut.end()):
                break  # (a cut before 对 stays: 开展…, 第一产业对…贡献率 → what follows the verb)
            if phrase.startswith(("项目", "工程", "类"), cut.end()):
                continue  # 省重大实施项目完成投资, 实施类项目: the verb names a class of projects, no action to cut after
            m = cut
        if m is not None and len(phrase) - m.end() >= 4:
            phrase = phrase[m.end():].lstrip("了")  # 开展了专项督查 → 专项督查
    if len(phrase) <= max_len:
        return phrase
    hits = known_indicators(phrase)
    if hits:
        s, e, _ = hits[-1]
        return phrase[s:]
    return last_words(phrase, max_len)


def last_words(phrase: str, max_len: int) -> str:
    """The end of ``phrase`` in at most ``max_len`` characters, cut where a word starts on jieba's dictionary route:
    a name cut to its last characters loses whole words at its front, never the first character of one (中央…督察组
    → not 央…督察组, 已办结…件 → not 结…件); the last ``max_len`` characters when the phrase is not all Han or the
    whole words left would be fewer than four characters."""
    cut = len(phrase) - max_len
    if cut <= 0:
        return phrase
    words = dictionary_words(phrase)
    if not words:
        return phrase[cut:]
    at = 0
    for w, _ in words:
        if at >= cut:
            break
        at += len(w)
    return phrase[at:] if len(phrase) - at >= 4 else phrase[cut:]


# --------------------------------------------------------------------------- noun phrase by part of speech

# Verbs that form the measure's own name (完成投资, 新增就业, 引进项目): never cut off the front of an indicator.
MEASURE_VERBS = frozenset("""完成 新增 引进 签约 新签 新签约 新引进 开工 新开工 竣工 接待 发生 培育 认定 建成 落地 招引 累计 新建
出口 进口 销售 生产 接收 办理 受理 办结 参加 参保 享受 帮扶 脱贫 减少 增加 投入 死亡 受伤""".split())
_ACTION_VERBS = frozenset(zh.ACTION_VERBS)
_ACTION_VERB_LENGTHS = tuple(sorted({len(v) for v in _ACTION_VERBS if v}))
_STAGED_CLASS = rx.compile(_STAGED_CLASS_WORDS)


@lru_cache(maxsize=1)
def _posseg():
    """jieba's tagger over its shared dictionary (no words added: other stages read the same dictionary).

    Only the first word of a phrase is judged, and the indicator lexicon's terms are nouns jieba already tags
    as such or splits into nouns, so no user dictionary is needed here."""
    from .jieba_dict import posseg
    return posseg()


_HAN_ANY = rx.compile(r"[\u4e00-\u9fff]")
_EDGE_WORDS = frozenset(zh.NAME_EDGE_WORDS)
_LEADING_EDGE_WORDS = _EDGE_WORDS - frozenset(zh.NAME_EDGE_WORDS_KEPT_LEADING)


@lru_cache(maxsize=8192)
def edge_words_off(phrase: str) -> str:
    """的战略性新兴产业项目 → 战略性新兴产业项目, 监测断面中 → 监测断面, 城镇新增就业的 → 城镇新增就业: a function word
    standing alone at a name's edge (a word of its own on jieba's dictionary route, not the 中 of 中小企业 or 中心),
    next to a word of two or more characters, is what a cut left of a frame, a relative clause or a list, never the
    edge of what is measured."""
    if len(phrase) < 3 or phrase[0] not in _LEADING_EDGE_WORDS and phrase[-1] not in _EDGE_WORDS:
        return phrase
    words = [w for w, _ in dictionary_words(phrase) or ()]
    if not words:
        return phrase
    a, b = 0, len(words)
    # (the word next to it a word of two or more characters: 和|美|乡村 or 中|试|基地 may be one word the route splits)
    while b - a > 1 and words[a] in _LEADING_EDGE_WORDS and len(words[a + 1]) >= 2:
        a += 1
    while b - a > 1 and words[b - 1] in _EDGE_WORDS and len(words[b - 2]) >= 2:
        b -= 1
    return "".join(words[a:b])


@lru_cache(maxsize=8192)
def noun_phrase(phrase: str) -> str:
    """The phrase without leading verbs, adverbs and function words when a noun phrase follows.

    招引重点项目 → 重点项目, 开展实地督导 → 实地督导; 完成投资 and 新增就业 keep their verb (it names the measure).
    jieba's tagger (HMM on) decides what a verb is; the indicator lexicon keeps statistical terms whole.
    """
    if len(phrase) < 4 or not _HAN_ANY.search(phrase):
        return phrase
    if not any(phrase[:n] in _ACTION_VERBS for n in _ACTION_VERB_LENGTHS):
        # the tagger's first word is a prefix of the phrase (its words join to it), so no action verb can lead:
        # the phrase stays, and the tagger (about 150 µs a phrase, its HMM in Python) is not run
        return phrase
    words = dictionary_words(phrase)
    if words is not None and len(words[0][0]) >= 2 and (len(words) == 1 or words[0][0] not in _ACTION_VERBS or
                                                        words[0][0] in MEASURE_VERBS or not words[0][1].startswith("v")):
        return phrase  # the dictionary's first word is the tagger's and leads no noun phrase (as below, HMM or not)
    toks = [(w.word, w.flag) for w in _posseg().lcut(phrase)]
    if len(toks) < 2:
        return phrase
    word, tag = toks[0]
    # one leading action verb before a noun: 开展|实地督导, 达成|意向交易额; never 提供|就业|岗位, 到位资金, 各类学校
    if word not in _ACTION_VERBS or word in MEASURE_VERBS or not tag.startswith("v") or \
            not toks[1][1].startswith(("n", "vn", "j", "a", "b", "l", "ns", "nz")):
        return phrase
    i = 1
    rest = "".join(w for w, _ in toks[i:])
    if _STAGED_CLASS.fullmatch(rest):
        return phrase  # 加快建设项目: the verb and the stage name the class of projects (the 51 being sped up)
    last_tag = toks[-1][1] if toks else ""
    if i == 0 or len(rest) < 2 or not (last_tag.startswith(("n", "vn", "j", "l")) or last_tag == "vn"):
        return phrase
    return rest
