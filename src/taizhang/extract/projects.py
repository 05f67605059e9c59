"""Projects: named projects, their stages, locations and investments.

How a mention is found (all on ``doc.norm``; offsets converted with ``doc.raw_span``):

1. *Head nouns* (高铁, 产业园, 数据中心, 工程 … see ``lang.zh_projects.HEADS``) are found with one regex
   pass.  From each head the name is extended left over name characters until a stop word
   (a verb, adverb or particle that cannot be inside a name), and right over a tail (a phase
   ``二期``, a section ``湛江段``, a parenthesis, a nominal action ``搬迁``/``扩容``).
2. *Coordination*: ``X、Y等项目建设`` makes X and Y projects named by themselves;
   ``X、Y等修缮工程`` shares the stem (X修缮工程); ``杨寿、方巷敬老院`` and ``A和B城际铁路`` share the head.
   ``现代钢铁、绿色石化和高端造纸产业链配套基地`` is one name: the conjuncts are industries.
3. *Quoted names* (“城市大脑”建设, “海威2号”正式投产) count when a build verb or a progress
   predicate frames them and they carry no Chinese numeral (slogans: “五大会战”).
4. *Filters*: policies, designations, campaigns, positioning (区域性…中心), classes (一批…, N个…),
   names made only of generic vocabulary without a build verb right before them.

Stage comes from the clause: the predicate after the mention (建成通车, 正式投产, 开工, 有序推进,
列入…计划) wins, else the governing verb before it (谋划/争取 → proposed, 加快/推进 → under
construction, 新建/建设/打造 → planned).  In a plan (规划/建议/纲要), 建成X/完成X/开工建设X are
targets → planned.

Names: quotes stripped, ASCII parentheses kept.  Within a document a short form takes the fullest
form it abbreviates (大唐二期 → 大唐雷州电厂二期工程, 一体化基地 → …一体化基地 named earlier);
``linking.link_projects`` does the same across the documents of a batch that are about the same prefecture.
Phases and sections (一期, 湛江段) never merge with the whole.  Location: the county named in the
mention or its clause, else a county the surrounding block is about, else the document's region.
The gazetteer only accepts county and town names near the document's own regions, so ``extract``
sets them in a context variable (``_CTX``) before it looks anything up.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterable

from . import rx
from .lang import zh_projects as L
from .segment import list_clause_bounds, part_bounds
from .structures import NamedRow, frame_role, FRAME_PROGRESS, named_rows
from .lang import zh
from .doc import Doc, DocumentRecord, Investment, ProjectMention
from .regions import TOWN
from .numerals import parse_number
from .normalize import normalize_chars

MAX_NAME = 30  # longest name considered (chars left of the head)
_CJK = "\u4e00-\u9fff"
_CJK_CHAR = rx.compile(f"[{_CJK}]")
_SUPERLATIVE = rx.compile(r"最|首[个座台艘条]|全球|全国|全省|世界|国内")  # 全球最大…码头: a descriptor before a name
_NAME_CHARS = rf"{_CJK}A-Za-z0-9+·Q"
_CN_NUM = "一二三四五六七八九十百千万两"
_QUOTES = "“”\"‘’「」『』"

# --------------------------------------------------------------------------- compiled patterns


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    heads = _alt(L.HEADS)
    # 等 is a list marker except inside 高等/平等/同等…: in the reversed text the next char is the one before
    # 高标准/高质量/高水平 are adverbs only before a verb (高标准建设); before a noun (高标准农田) they are words of
    # the name.  In the reversed text the verb's last character comes right before them.
    adverbs = [w for w in L.STOP_WORDS if w in L.ADVERB_STOPS]
    # 实施好甲工程, 建设好乙中心: the resultative 好 after a verb is the verb's, no character of the name after it
    stops_rev = _alt(w[::-1] for w in (*L.STOP_WORDS, *L.LEFT_STOPS) if w not in ("等", "建") and w not in L.ADVERB_STOPS) \
        + "|等(?![高平同相对均初中何])" \
        + f"|(?<![{L.JIAN_NOUNS}])建(?![{L.JIAN_PLACE_HEADS}])" \
        + f"|好(?:{_alt(w[::-1] for w in L.STOP_WORDS if len(w) >= 2)})" \
        + (rf"|(?:(?<={_alt(v[::-1] for v in L.ADVERB_VERBS)})|^)(?:{_alt(w[::-1] for w in adverbs)})" if adverbs else "") \
        + rf"|中[{_CJK}]{{1,10}}?(?:{_alt(L.GROUP_COUNTERS)})(?:\d+|[{_CN_NUM}]+)" \
        + r"|(?<!南)暨|有(?=[,，;；:：\n])"
    # (20件民生实事中甲中学扩建: a group's class counted, then 中 "among them", before the group's first member;
    # 集中开工暨甲项目启动仪式: 暨 joins two events, no name holds it but 暨南; …,有甲、乙等项目: 有 opening a clause
    # lists what the clause before counts, its first member after it)
    return {
        # 高速 is a head only when not an adverb (高速发展); 港 only as a port (not 港区/港口/香港 parts).
        "head": re.compile(rf"(?:{heads})"),
        "tail": re.compile(L.TAIL_RE),
        # Reversed: the first match in the reversed window is the rightmost boundary.
        "stop_rev": re.compile(rf"(?:{stops_rev}|[^{_NAME_CHARS}]|(?:年|月|日)\d+)"),
        "fwd_stop": re.compile(rf"(?:{_alt(L.STOP_WORDS + L.FWD_STOPS)}|[^{_NAME_CHARS}])"),
        "quote": re.compile(r"“([^“”\n]{1,30})”|\"([^\"\n]{1,30})\""),
        "paren": re.compile(r"\([^()\n]{1,14}\)"),
        # a figure's own signs inside a name (3.5万吨, 2×660MW, 20万吨/年): no boundary of it
        "num_join": re.compile(L.NUMBER_JOINS_RE),
        "book": re.compile(r"《[^《》\n]{0,80}》"),
        "future": re.compile(L.FUTURE_RE),
        "postfix": re.compile("|".join(f"(?P<s{i}>{p})" for i, (p, _) in enumerate(L.POSTFIX_CUES))),
        "prefix": [(re.compile(p), st) for p, st in L.PREFIX_CUES],
        # (等25个2024年重点建设项目: the year of the class's list between the count and the class)
        # (等总投资10亿元以上的16个项目: the size of the class may stand before its count as well as after it)
        "list_etc": re.compile(rf"(?<![高平同相对均初中何])等(?:(?:{L.CLASS_SIZE_RE}(?=\d|[{_CN_NUM}]))?((?:{_alt(L.LIST_TOTAL_WORDS)})?(?:\d+(?:多|余)?|[{_CN_NUM}]+)(?:{_alt(L.LIST_COUNTERS)})(?:\d{{4}}年度?)?)?(?:{L.CLASS_SIZE_RE})?([{_CJK}]{{0,8}}?)(项目|工程|载体|设施|更新改造|改造|保护开发|{_alt(L.ZONE_CLASSES)})|(?=建设|成为|[,。;])"
                              # 甲路二期、乙大桥等共10项。: the count alone closes a list of works (项 / 个: the items)
                              rf"|(?:{_alt(L.LIST_TOTAL_WORDS)})?(?:\d+|[{_CN_NUM}]+)(?:项|个)(?=[,，。;；]))"),
        # 甲公路、乙隧道、丙大桥3个项目: a 、-list closed by its count without 等 (the 等 form is ``list_etc``)
        "list_count": re.compile(rf"(?<=[{_CJK}”\"])(?<!等)(\d+|[{_CN_NUM}]+)个([{_CJK}]{{0,8}}?)(项目|工程)"),
        # 甲、乙、丙3条高速 / 甲镇、乙镇4座污水处理中心: the members, their count, what the head shares with them
        "gloss_list": re.compile(rf"((?:[{_CJK}]{{2,4}}、)+[{_CJK}]{{2,4}})(?:等)?(?:\d+|[{_CN_NUM}]+)(?:条|座|个|项|处)"
                                 rf"([{_CJK}]{{0,{GLOSS_MODIFIER_MAX}}}?)({heads})"),
        "generic": re.compile(_alt(L.GENERIC_WORDS)),
        "exclude": re.compile("|".join((_alt(L.EXCLUDE_SUBSTR), *L.EXCLUDE_PATTERNS))),
        "invest": re.compile(r"(累计|已|共)?(完成|计划|总|拟|预计)?投资(?:额|总额)?(?:约|达|超|近)?(\d+(?:\.\d+)?)(亿元|万元|亿美元|万美元)"),
        "phase": re.compile(rf"[{_CN_NUM}\d]{{1,2}}期|[{_CJK}]{{2}}段|[{_CN_NUM}\d]{{1,2}}号机组"),
        "plan": re.compile(r"五年规划|规划纲要|远景目标|五年计划|的建议|发展规划|专项规划"),
        "action_before": re.compile(rf"(?:{_alt(L.NOMINAL_ACTIONS)})$"),
        "head_action_before": re.compile(rf"(?:{_alt(L.BARE_HEAD_ACTIONS)})$"),
        "part": re.compile(_alt(L.PROJECT_PARTS + L.PROJECT_SITES)),
        "part_works": re.compile(rf"(?:(?:{_alt(w for w in L.PROJECT_PARTS if not w.endswith('工程'))})工程"
                                 rf"|{_alt(w for w in L.PROJECT_PARTS if w.endswith('工程'))})$"),
        "opener": re.compile(rf"[,，;；]\s*(?:{_alt(L.LIST_OPENERS)})\s*$"),
    }


@lru_cache(maxsize=1)
def _head_words() -> rx.Literals:
    """The head nouns as one automaton: what ``_rx()["head"]`` (the same words, longest first) finds."""
    return rx.Literals(L.HEADS)


_BUILD_VERBS = ("建设", "新建", "扩建", "改扩建", "建成", "开工建设", "谋划建设", "加快建设", "开发建设", "配套建设",
                "启动", "实施", "推进", "加快推进", "加快", "加紧", "打造", "规划建设", "申报", "谋划", "续建", "完成",
                "开工", "新开工", "提速",
                # completion verbs opening a task list's works (完工甲大桥、乙立交; 基本建成丙街区; 建成开园丁产业园)
                "完工", "基本建成", "建成开园", "建成开放", "开园", "开街")
_POSITIONING = set(L.POSITIONING_VERBS)
_LIST_GENERIC = (*L.WORKS_FIELDS, "重大", "重点", "龙头", "拟建", "在建", "产业", "专业", "百亿", "亿元", "工业", "基础", "交通",
                 "民生", "城建", "骨干", "新型", "配套", "示范", "公共服务", "服务", "等", "级", "大", "省", "市",
                 "县", "区", "个")
_PLURAL = {"个", "座", "条", "批", "各", "一批", "多个", "各类", "若干", "一系列", "所"}
# words a list's class after 等 may be made of without naming what the items share (重点, 续建, 新开工, 多个, 储备)
_LIST_CLASS_STEM_WORDS = tuple(sorted(set(_LIST_GENERIC + L.PROJECT_CLASS_WORDS + L.PLURAL_QUANTIFIERS + L.CLASS_MODIFIERS
                                          + L.CLASS_LEVEL_WORDS + L.LIST_CLASS_STEM_EXTRA), key=len, reverse=True))


# --------------------------------------------------------------------------- candidates

@dataclass
class _Cand:
    vs: int  # view span of the mention
    ve: int
    name: str  # name before canonicalisation (norm text, quotes stripped)
    head: str
    left_token: str  # the stop word right before the name (or the list)
    source: str  # head | list | shared | quote | gloss
    specific: bool = False
    in_list: bool = False
    frame_pos: int = -1  # where the clause context starts (the list start for conjuncts)
    conj: str = ""  # for list items: the item's own text (its specificity decides)
    list_specific: bool = False  # some item of its list is specific
    list_all_heads: bool = False  # every item of its list ends in a head noun (食品产业园、虾产业园)
    mixed: bool = False  # its list says 拟建在建: stages differ item by item, so unknown
    zone: bool = False  # a member of a class of zones (甲新区、乙科学城等5个重点片区)
    counted: bool = False  # an item of a list its count closes (甲公路、乙大桥2个项目): the count after it is the list's
    list_end: int = -1  # for a list's items: where the list closes (its 等, or the count closing it)


# A ceremony right after a name (…项目奠基活动, …工程开工仪式): the name ends before it (zh_projects.CEREMONY_DEEDS)
_CEREMONY_AFTER = rx.compile(rf"(?:{_alt(L.CEREMONY_DEEDS)})(?:{_alt(L.CEREMONY_NOUNS)})")
# A zone named by its class alone at a name's start (开发区甲电力器材项目, 县高新区乙科技项目): the zone the text is about
_BARE_ZONE_LEAD = rx.compile(rf"[省市州县区]?(?:{_alt(zh.ZONE_WORDS)})")


# A sum of money opening a name (总投资150亿元海创磷酸铁锂项目: 投资 stops the name, the amount is left in it)
_AMOUNT_LEAD = rx.compile(r"\d+(?:\.\d+)?(?:多|余)?(?:亿元|万元)(?=[\u4e00-\u9fff])")


def _past_amount(text: str, ns: int, hs: int) -> int:
    """Where a name starts that a sum of money opens (总投资150亿元海创磷酸铁锂项目 → 海创磷酸铁锂项目): the sum is what
    the work costs, written before it without 的, no word of its name (年产10万吨…项目 names a plant by its output)."""
    m = _AMOUNT_LEAD.match(text, ns, hs)
    return m.end() if m and hs - m.end() >= 2 else ns


def _last_list_marks(text: str) -> list[int]:
    """The last 、 of each clause that holds one: where the last item of a list begins."""
    out, prev = [], -1
    for m in re.finditer(r"、|[,，。;；:：!?！？\n]", text):
        if m.group(0) != "、" and prev >= 0:
            out.append(prev)
        prev = m.start() if m.group(0) == "、" else -1
    if prev >= 0:
        out.append(prev)
    return out


# What a predicate reporting works done (完成路基施工, 进行基础施工) may open with when it ends in 施工; a cue that runs
# from a name's own characters to 施工 (甲特大桥|桥台桩基施工, 支线|道路施工) opens no predicate where the name ends
_WORKS_PREDICATE_LEADS = ("施工", "进行", "正在", "开始", "加紧", "加快", "全面", "开展", "组织", "进场", "完成", "已")


def _predicate_at(text: str, pos: int) -> re.Match | None:
    """The stage predicate starting at ``pos`` (after adverbs or a time: ``_LEAD_TO_PREDICATE``), or None: not an amount
    (总投资 says where no work stands), not a run of characters that ends in 施工 from inside a name."""
    for at in dict.fromkeys((pos, _LEAD_TO_PREDICATE.match(text, pos).end())):  # (正进行: a cue with its adverb)
        pm = _rx()["postfix"].match(text, at)
        if pm is None or pm.group(0).startswith(_WEAK_STAGE_CUES):
            continue
        if pm.group(0).endswith("施工") and not pm.group(0).startswith(_WORKS_PREDICATE_LEADS):
            continue
        return pm
    return None


def _progress_after(text: str, lo: int, hi: int) -> int:
    """Where, between ``lo`` and ``hi``, a stage predicate (after adverbs) follows a run of name characters right after
    ``lo``: the end of a list's last item (the 等 closing it right before the predicate), or -1 (not an amount: 总投资
    says where no work stands)."""
    for j in range(lo + 2, hi):
        ch = text[j - 1]
        if not (_CJK_CHAR.match(ch) or ch in ")）”"):
            return -1
        if _rx()["part"].match(text, j) and _progress_after(text, j, hi) > j:
            return j  # 甲医学中心主体工程加快推进: a part of the works reported on ends the name
        pm = _predicate_at(text, j)
        if ch == "等":  # 甲路大桥、乙河综合治理等加快推进: 等 closes the list right before its predicate
            return j - 1 if pm else -1
        if pm:
            return j
    return -1


def _past_bare_zone(text: str, ns: int, hs: int) -> int:
    """Where a name starts that a bare zone word opens (开发区畅源电力器材项目 → 畅源电力器材项目): the zone, named by
    its class alone, is where the company's works stand, no word of their name; a zone word before words of no name
    of their own (高新区创新中心, 园区道路) is the name's."""
    m = _BARE_ZONE_LEAD.match(text, ns, hs)
    if m is None or hs - m.end() < 2 or not _has_proper_word(text[m.end():hs]):
        return ns
    return m.end()


# What joins the items of a list (甲路、乙桥和丙港, 甲高铁、乙抽水蓄能以及丙机场等项目): 以及 as 及 does, no part of a name
_LIST_JOINERS = ("、", "和", "及", "以及")
# a list's count of projects (等27个, 等5项, and a batch of them, 等一批), not of things (等2条): the items are counted as
# projects, each named by itself, whatever class the stem after the count puts them in (等一批新兴产业项目)
_PROJECT_COUNT = rx.compile(r"(?:(?:\d|[一二三四五六七八九十百千])(?:多|余)?(?:个|项)|^一批)(?:\d{4}年度?)?$")
_INLINE_ITEM_MARK = rx.compile(r"\(\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*\)|[①-⑳]")


_LIMITED = rx.compile(r"有限(?=公司|责任)")


def _mask(window: str) -> str:
    """Quotes and short parentheses inside a name are opaque to the stop-word search."""
    rx = _rx()

    def q(m: re.Match) -> str:
        return "Q" * len(m.group(0))
    window = rx["quote"].sub(q, window)
    window = rx["paren"].sub(q, window)
    if "有限" in window:
        window = _LIMITED.sub("QQ", window)  # 甲生态工程有限公司: the 有 of 有限 is the firm's, no 工程有 "there are"
    return rx["num_join"].sub("Q", window) if rx["num_join"].search(window) else window


def _left_boundary(text: str, end: int) -> tuple[int, str]:
    """Start of the name that ends at ``end`` and the stop token before it ('' at a text edge).  A line's ends joined
    by a single dash (南阳—荆门—长沙特高压交流, 甲-乙高速) and a voltage's sign (甲—乙±800千伏直流输电工程) are inside
    the name: the name goes on over them to the left."""
    start, tok = _plain_left_boundary(text, end)
    for _ in range(RANGE_ENDS_MAX):
        if start >= end or start < 2 or not _CJK_CHAR.match(text, start - 2):
            break
        if tok in L.RANGE_DASHES and _CJK_CHAR.match(text, start):
            pass  # 南阳—荆门: two ends of a line (not ——, not 1—7月)
        elif tok == "±" and text[start:start + 1].isdigit():
            pass  # 乙±800千伏: the sign of the voltage
        else:
            break
        s2, t2 = _plain_left_boundary(text, start - 1)
        if s2 >= start - 1:
            break
        start, tok = s2, t2
    return _past_company_words(text, end, start, tok)


COMPANY_NAME_MAX = 60  # characters a name holding a firm's may run left of its head (甲竹木有限公司年产…300万平方米项目)
COMPANY_WORDS_MAX = 4  # stop words walked past inside one firm's name (甲城市建设投资发展有限公司)
COMPANY_JOINT_MAX = 6  # characters before a joint inside a firm's name (青川和顺食品: the firm's first word)
_COMPANY_WORD = rx.compile(_alt(L.COMPANY_WORDS))


def _past_company_words(text: str, end: int, start: int, tok: str) -> tuple[int, str]:
    """The start of a name that opens with a firm's name (岚溪城市建设发展有限公司年产10万吨负极材料项目, 青川和顺食品有限
    公司预制菜加工项目): the firm's words that are stop words elsewhere (建设, 发展, 投资, 和) are the firm's, so the name
    runs left past them to the clause's own stop (新开工, 推进, a mark); and a name longer than ``MAX_NAME`` that holds a
    firm's is read in a wider window.  Why: a company-prefixed project's name is the whole, the company included; cut at
    the company's inner words, what was left named no one (有限公司年产…项目).  A stop word right after the clause's own
    stop (加快发展甲集团…) is the clause's verb, and a joint after a work's head joins two works: both end the walk."""
    if not _COMPANY_WORD.search(text, start, end):
        return start, tok
    if not tok and start > 0 and start == end - MAX_NAME:
        start, tok = _plain_left_boundary(text, end, COMPANY_NAME_MAX)
    best = start, tok
    pos = start
    for _ in range(COMPANY_WORDS_MAX):
        if tok not in L.COMPANY_INNER_WORDS or pos - len(tok) <= 0:
            break
        at = pos - len(tok)
        s2, t2 = _plain_left_boundary(text, at)
        if s2 < at:
            seg = text[s2:at]
            if tok in L.COMPANY_INNER_JOINTS and (len(seg) > COMPANY_JOINT_MAX or _head_at_end(seg)):
                break  # 白河物流园和青川集团总部项目: two works joined
            best = s2, t2  # 岚溪城市|建设: words of the firm's before the stop word
        pos, tok = s2, t2  # 建设发展: two such words side by side, read on
    return best


ROAD_TAIL_MAX = 12  # characters a head's name may run past a trunk road's stretch (…段擴容工程, …工程(甲段))
RANGE_ENDS_MAX = 4  # ends of a line joined by dashes in one name (甲—乙—丙—丁—戊)


def _plain_left_boundary(text: str, end: int, width: int = MAX_NAME) -> tuple[int, str]:
    lo = max(0, end - width)
    back = _name_back(text[lo:end])
    if back is None:
        return lo, ""
    start = end - back[0]
    return start, text[start - back[1]:start]


@lru_cache(maxsize=16384)
def _name_back(window: str) -> tuple[int, int] | None:
    """(characters from the window's end back to the name's start, length of the stop token before it), or None
    when no stop token stands in the window: ``_left_boundary`` of a short string, memoised."""
    m = _rx()["stop_rev"].search(_mask(window)[::-1])
    return None if m is None else (m.start(), m.end() - m.start())


@lru_cache(maxsize=16384)
def _strip_quotes(s: str) -> str:
    return "".join(ch for ch in s if ch not in _QUOTES and not ch.isspace())


def _conjunct_closed(text: str, pos: int) -> bool:
    """Whether a conjunct of works ends at ``pos``, the 和 after it a joint: a nominal action closing a name (乡村振兴
    示范带建设和乙产业园建设: 建设 after the works' name, a noun), not the verb of the clause (加快建设和平区文化中心:
    建设 after 加快, the name begins with 和)."""
    m = _rx()["action_before"].search(text, max(0, pos - 4), pos)
    return m is not None and _left_boundary(text, m.start())[0] < m.start()


def _one_character_named(s: str) -> bool:
    """Would the conjunct ``s`` before a 和 name nothing but one character once a place opening it is set aside (北京忠 of
    北京忠和酒业, 忠 of 忠和酒业)?  No work is named so: the 和 is a character of the name after it, not a joint."""
    hits = _places(s, 4) if len(s) > 1 else []
    rest = s[hits[0].end:] if hits and hits[0].start == 0 else s
    return len(rest) == 1 and bool(_CJK_CHAR.match(rest))


# A plant's capacity opening a conjunct (年产5万吨甲酸钠, 日处理3000吨): what it makes, joined by 和/及 to its other
# products before the shared 项目, is one plant's output, no work of its own
_CAPACITY_LEAD = rx.compile(r"(?:年产|年加工|年处理|日产|日处理|年产能)(?:能)?\d")


def _is_industry_conjunct(s: str) -> bool:
    s = _strip_quotes(s)
    return bool(s) and s.endswith(L.INDUSTRY_WORDS)


def _head_at_end(s: str) -> str:
    spans = _head_words().spans(s)  # the "head" pattern's matches
    if spans and spans[-1][1] >= len(s):
        return s[spans[-1][0]:spans[-1][1]]
    return ""


def _modified(s: str) -> bool:
    """A name with words of its own before its head noun (城南农贸市场, 青石大道改造), not a bare class (水库, 管网)."""
    head = _head_at_end(s)
    return len(s) >= 4 and len(s) > len(head) + 1


_GENERIC_LIST_STEM = rx.compile(L.GENERIC_LIST_STEM)
_QUOTED_BEFORE_HAN = rx.compile(r"“[^”\n]{1,10}”" + f"[{_CJK}]")  # 项目“周调度”机制


# a list's class after 等 described by a property: 千亿级, 标志性, 示范类, 新型, 打基础利长远的 (zh_projects.CLASS_PROPERTY_ENDS)
_CLASS_DESCRIBED = rx.compile(rf"(?:{_alt(L.CLASS_PROPERTY_ENDS)})$")
_AREA_LEAD = rx.compile(r"^[^,。;]*?(?:区域|地区|街区|片区)(?:实行|实施|进行|开展)?")


_CN_NUM_OR_PAIR = rx.compile(f"[{_CN_NUM}双]")


_FOUNDED_AFTER = rx.compile(r"(试点)?建设|正式投产|投产|建成|开工|揭牌|成立")


_FOUNDING_VERB_END = rx.compile(r"(建立|组建|建设)$")


_LISTED_INTO_END = rx.compile(r"纳入$")


_GROWTH_OR_ROAD = rx.compile(r"发展|增长|运转|运行|推进|公路|铁路")


_CITY_OR_ROLE = rx.compile(r"城[区市]|地位|作用")


_AUTO_INDUSTRY_CHAR = rx.compile(r"[汽车产业材料装备]")


_STEEL_INDUSTRY_CHAR = rx.compile(r"[钢产业企]")


_BUILD_AFTER = rx.compile(r"建设|建成|开港|扩建|码头|[一二三四五六七八九十]期|[、,。;等和与及]|$")


class _Finder:
    """All candidate mentions of one text; each method is a separate mechanism."""

    def __init__(self, text: str):
        self.text = text
        self.rx = _rx()
        self.cands: list[_Cand] = []
        self.drop_spans: set[tuple[int, int]] = set()
        self.anaphors: list[_Cand] = []  # bare or generic names that may refer back to a full name

    # ------------------------------------------------------------------ heads
    def from_heads(self) -> None:
        t = self.text
        for hs, he in _head_words().spans(t):  # the "head" pattern's matches, in one automaton pass
            head = t[hs:he]
            if not self._head_ok(hs, he, head):
                continue
            te = he
            if head.endswith("园") and t[he:he + 1] == "区":
                te = he = he + 1  # 甲医药物流园区, 乙工业园区: the park written with 区, the same head
            tm = self.rx["tail"].match(t, he)
            if tm:
                te = tm.end()
            ns, tok = _left_boundary(t, hs)
            if head in ("项目", "工程") and ns >= hs - 3:
                # X建设项目, X迁建项目, X扩建工程, X搬迁扩建项目: the nominal actions are part of the name
                ns, tok = self._past_actions(hs, ns, tok)
            if head == "工程":
                pm = self.rx["part_works"].search(t, max(0, hs - 6), he)
                if pm and _head_at_end(_strip_quotes(t[max(0, pm.start() - 10):pm.start()])):
                    continue  # 医学中心主体工程, 快速通道路基工程: a part of the works of the project just named
            if tok == "“" and t[te:te + 1] == "”":
                # the head closes a quoted part: the quote is inside the name when a name goes on
                # either side (西江“黄金水道”扩能升级), else it wraps the whole name
                ls, ltok = _left_boundary(t, ns - 1)
                tm2 = self.rx["tail"].match(t, te + 1)
                if ls < ns - 1 or (tm2 and tm2.end() > te + 1):
                    ns, tok = (ls, ltok) if ls < ns - 1 else (ns - 1, ltok)
                    te = tm2.end() if tm2 and tm2.end() > te + 1 else te + 1
            # 和/、 joining industries inside one name: keep extending left.
            guard = 0
            while tok in L.SOFT_STOPS and guard < 4 and ns < hs:
                guard += 1
                ls, ltok = _left_boundary(t, ns - len(tok))
                left = t[ls:ns - len(tok)]
                right = t[ns:hs]
                if _is_industry_conjunct(left) and (any(w in right for w in L.INDUSTRY_WORDS) or
                                                    re.match("工程|技术", right)):
                    ns, tok = ls, ltok
                elif tok == "和" and (not left or _one_character_named(_strip_quotes(left))) \
                        and not _conjunct_closed(t, ns - 1):
                    # 北京忠和酒业二期项目: 和 is a character of the firm's name (忠和), no joint; 。和田至若羌铁路 /
                    # 加快和平区文化中心建设: nothing a joint could join stands on its left (a clause's edge, a verb),
                    # so 和 opens the name (和田, 和平区, 和顺)
                    ns, tok = ls, ltok
                elif _CAPACITY_LEAD.search(left) and head in ("项目", "工程") and not _head_at_end(_strip_quotes(right)) \
                        and not _head_at_end(_strip_quotes(left)):
                    ns, tok = ls, ltok  # 年产5万吨甲酸钠和乙酸钠项目: one plant's two products, one work
                else:
                    break
            if tok in L.COMPLEMENT_JOINERS and _complement(_strip_quotes(t[ns:te])):
                end_l = ns - len(tok)
                ls, ltok = _left_boundary(t, end_l)
                act = self.rx["action_before"].search(t, max(0, end_l - 4), end_l)
                if act and ls >= act.start():
                    ls, ltok = _left_boundary(t, act.start())  # 甲水厂扩建及取水口改造工程: the works done are the name's
                if ls < end_l - 1 and _specific_name(_strip_quotes(t[ls:end_l])):
                    ns, tok = ls, ltok  # 甲集团钒资源综合利用及配套工程项目: one work and what comes with it
            elif tok in L.COMPLEMENT_JOINERS and ns < hs and head in L.COMPLEMENT_HEADS:
                ls, ltok = _left_boundary(t, ns - len(tok))
                left = _strip_quotes(t[ls:ns - len(tok)])
                if _headless_part(left) or _facility_and_part(left, _strip_quotes(t[ns:hs])):
                    ns, tok = ls, ltok  # 甲路及河滨景观工程, 乙片区老旧小区及周边基础设施建设工程: one work of both
            mk = _INLINE_ITEM_MARK.match(t, ns, hs)
            if mk:
                ns, tok = mk.end(), ""  # 其中:(1)X项目,…;(2)Y工程: the item's number is no part of its name
            cut = self._cut_apposition(ns, hs)
            if cut != ns:
                ns, tok = cut, ""  # the descriptor cut off stands between the stop word and the name
            ns, tok = self._item_card_start(ns, tok, hs, te)
            ns = _past_bare_zone(t, _past_amount(t, ns, hs), hs)
            etc = self._counted_class_etc(ns, tok, hs, te)
            if etc >= 0:
                # 甲、乙等4条高铁 / 甲至乙、丙至丁等高速: the class after 等 is the head the items share
                self._list_items(etc, False, _strip_quotes(t[ns if ns < hs else hs:te]))
                continue
            if ns >= hs and te == he:
                if len(head) >= 5:  # 一体化基地: may be a short form of a name given earlier
                    self.anaphors.append(_Cand(hs, he, head, head, tok, "anaphor"))
                continue  # a bare head: 基地, 该项目
            # a verb after the name ends it, unless the head is too weak to name a work of its own (重大项目集中开工仪式)
            # or the name is where an event takes place (在青川高新区举行)
            if self._continues(te, predicate_ends=head not in L.WEAK_HEADS and tok != "在") \
                    and not _CEREMONY_AFTER.match(t, te):
                continue  # the head only modifies a longer noun phrase (…公园旅游精品线路)
            name = _strip_quotes(t[ns:te])
            c = _Cand(ns, te, name, head, tok, "head")
            self.cands.append(c)
            if tok == "等" and ns < hs and not _GENERIC_LIST_STEM.fullmatch(t[ns:te]):
                # 宝满、东海岛、乌石等港区铁路专用线: the items share the stem (without a count of them: 等6家省实验室)
                self.drop_spans.add((ns, te))
                self._list_items(ns - 1, False, _LEADING_COUNT.sub("", name))
            if tok in L.SOFT_STOPS and ns < hs and t[te:te + 1] not in ("、", "等") \
                    and (_has_proper_word(t[ns:hs]) or _places(t[ns:hs], 4)) \
                    and not self.rx["exclude"].search(name):
                own = t[ns:hs]
                self._shared_head(ns - len(tok), own[len(own) - len(_generic_suffix(own)):] + t[hs:te], head)

    def _counted_class_etc(self, ns: int, tok: str, hs: int, te: int) -> int:
        """Where the 等 closing a list stands when the head after it names only the class of the items, with at
        most a count before it (甲、乙等4条高铁, 甲至乙、丙至丁等高速, 甲、乙等3座水库); -1 otherwise."""
        t = self.text
        if ns < hs or t[hs:hs + 2] in ("项目", "工程"):
            return -1  # 等1200多个项目: a count of the projects, read by from_lists
        m = _COUNT_BEFORE_HEAD.search(t, max(0, hs - 12), hs)
        if not self._name_ends(te):
            return -1  # 等港区铁路专用线: the head after 等 begins a longer one
        if m:
            return m.start()
        return hs - 1 if tok == "等" and t[hs - 1:hs] == "等" else -1

    def _name_ends(self, te: int) -> bool:
        """The name ends at ``te``: punctuation, a stop word or a predicate follows (…高铁, / …高速建成通车)."""
        t = self.text
        nxt = t[te:te + PREDICATE_RUN]
        return not _CJK_CHAR.match(nxt[:1] or "。") or bool(self.rx["fwd_stop"].match(nxt)) \
            or bool(self.rx["postfix"].match(nxt)) or _predicate_word(nxt)

    def _item_card_start(self, ns: int, tok: str, hs: int, te: int) -> tuple[int, str]:
        """1.X新型建材产业园项目: a numbered item that opens with a name and a colon names the project from the
        marker on, whatever verb-like characters (建, 开发) the name holds."""
        t = self.text
        ls = t.rfind("\n", 0, hs) + 1
        mk = _ITEM_CARD_MARK.match(t, ls)
        le = t.find("\n", te)
        alone = not t[te:le if le >= 0 else len(t)].strip()  # 2.甲社区卫生服务中心迁建项目⏎: the name alone on its line
        if not mk or mk.end() >= ns or (t[te:te + 1] not in (":", "：") and not alone):
            return ns, tok
        if re.search(f"[^{_NAME_CHARS}()（）]", _mask(t[mk.end():hs])):
            return ns, tok
        return mk.end(), ""

    def _cut_apposition(self, ns: int, hs: int) -> int:
        """全球最大客货滚装码头徐闻南山港 → 徐闻南山港: a head inside the name followed by a place; so 外送电通道甲—乙
        ±800千伏直流输电工程 → 甲—乙…: a class of works before a line named by its ends."""
        seg = self.text[ns:hs]
        superlative = bool(_SUPERLATIVE.search(seg))
        if not superlative and not _RANGE_IN_NAME.search(seg):
            return ns
        for m in self.rx["head"].finditer(seg):
            if len(m.group(0)) >= 2 and m.end() < len(seg):
                rest = seg[m.end():]
                if not superlative:
                    if _RANGE_OPENS.match(rest):
                        return ns + m.end()  # (晋北 is no division the gazetteer holds: the range says it is an end)
                    continue
                hits = _places(rest, 3)
                if hits and hits[0].start == 0:
                    return ns + m.end()
        return ns

    def _continues(self, te: int, predicate_ends: bool = False) -> bool:
        t = self.text
        nxt = t[te:te + 12]
        if nxt[:1] == "“" and _QUOTED_BEFORE_HAN.match(nxt):
            return True  # 项目“周调度”机制: the head modifies a quoted compound
        if not nxt or not _CJK_CHAR.match(nxt):
            return False
        if self.rx["part"].match(nxt):
            return False  # 白石河水库大坝填筑: a part of the works, reported on, ends the name
        if nxt[0] == "区":
            return True  # 历史古街区: the head is part of an area noun
        if self.rx["fwd_stop"].match(nxt) or self.rx["postfix"].match(nxt):
            return False
        if not nxt.startswith(L.DOER_STAGE_ADVERBS) and _predicate_at(t, te) is not None:
            return False  # 甲实训基地项目同步开工, 乙中心相继竣工: a stage predicate after its adverbs ends the name
        if predicate_ends and _predicate_word(nxt):
            return False  # 甲高铁项目破土动工, 乙大桥连接两岸: the clause's predicate follows the name
        hits = _places(nxt, 3)
        if hits and hits[0].start == 0:
            return True  # 全球最大客货滚装码头徐闻南山港: the descriptor before the name
        m = self.rx["head"].search(nxt)
        stop = self.rx["fwd_stop"].search(nxt)
        if m and (stop is None or m.start() < stop.start()):
            return False  # a longer name with its own head
        run = stop.start() if stop else len(nxt)
        return run >= 2

    def _head_ok(self, hs: int, he: int, head: str) -> bool:
        t = self.text
        nxt = t[he:he + 2]
        if head == "高速" and _GROWTH_OR_ROAD.match(nxt):
            return False
        if head == "港" and not _BUILD_AFTER.match(nxt):
            return False
        if head in ("中心", "基地") and _CITY_OR_ROLE.match(nxt):
            return False
        if head == "新能源" and _AUTO_INDUSTRY_CHAR.match(nxt[:1] or " "):
            return False
        if head == "钢铁" and _STEEL_INDUSTRY_CHAR.match(nxt[:1] or " "):
            return False
        if head == "油路" and (t[hs - 1:hs] == "柏" or nxt[:1] == "面"):
            return False  # 铺压柏油路面: the asphalt a road is surfaced with, no rural road (通县油路)
        return True

    def _shared_head(self, sep_end: int, shared: str, head: str) -> None:
        """杨寿、方巷敬老院复建改造: conjuncts to the left that lack a head share this one."""
        t = self.text
        end = sep_end
        if head in L.DIRECTION_STATIONS:
            shared = shared[1:]  # 乙南、甲东站: each names its own direction, they share 站
        for _ in range(6):
            ls, tok = _left_boundary(t, end)
            conj = t[ls:end]
            c = _strip_quotes(conj)
            if not (2 <= len(c) <= 6) or _head_at_end(c) or self.rx["generic"].fullmatch(c):
                return
            if self.rx["postfix"].search(c):
                return  # 甲特大桥合龙、乙航电枢纽…: the conjunct is what the project before did, not a name
            self.cands.append(_Cand(ls, end, c + _strip_quotes(shared), head, tok, "shared", in_list=True,
                                    conj=c))
            if tok not in ("、", "和", "及"):
                return
            end = ls - len(tok)

    # ------------------------------------------------------------------ lists with 等
    def from_lists(self) -> None:
        t = self.text
        for m in self.rx["list_etc"].finditer(t):
            etc = m.start()
            stem = m.group(2) or ""
            self_named = True
            zone = m.group(3) in L.ZONE_CLASSES
            if m.group(3) in ("更新改造", "改造", "保护开发"):
                self_named = False
            elif m.group(1) and m.group(3) in ("项目", "工程") and _PROJECT_COUNT.search(m.group(1)):
                # 等27个政府投资项目, 等6个文化旅游项目: the items counted as projects, then the class they are counted
                # in, no head they share (等2条堤防治理工程 counts the dykes its stem names)
                pass
            elif m.group(3) and not zone:  # each member of a class of zones is named in full (甲新区、乙科学城等5个重点片区)
                # a stem of class words (等489个续建项目, 等多个新开工项目, 等20个储备项目) classes the items: each is
                # named by itself, as under 等重大项目
                rest = stem
                for w in _LIST_CLASS_STEM_WORDS:
                    rest = rest.replace(w, "")
                # …and so does a class described by a property (等一批千亿级标志性项目, 等10个百亿级项目, 等一批打基础利
                # 长远的项目): what kind of projects they are, no head the items share
                self_named = not rest or bool(_CLASS_DESCRIBED.search(stem)) and m.group(3) in ("项目", "工程") \
                    or m.group(3) == "项目" and _describes_class(rest)
            if re.search(r"领域|行业|方面|更多|一批", stem + (m.group(3) or "")) or re.match(r"等更多", t[etc:etc + 3]) \
                    or ("基础设施" in stem + (m.group(3) or "") and m.group(3) not in ("项目", "工程")
                        and t[m.end():m.end() + 2] not in ("项目", "工程")):
                continue  # (甲、乙等一批项目开工, 丙、丁等15个交通基础设施项目: projects, each item one of them)
            shared = ""
            if not self_named:
                # The stem is part of each name: 宝满、东海岛、乌石等港区铁路专用线.
                shared = _AREA_LEAD.sub("",
                                _strip_quotes(t[etc + 1:m.end()]))
                self.drop_spans.add((etc + 1, m.end()))
            self._list_items(etc, self_named, shared, zone, self_named and m.group(3) in ("项目", "工程"))

    def from_progress_lists(self) -> None:
        """甲路大桥、乙河综合治理、丙片区改造加快推进: a 、-list without 等 whose last item a progress predicate follows
        (加快推进, 稳步推进, 开工建设, 基本建成 …: a stage cue other than an amount) names a work in each item, when every
        item names works (``_works_item``).  Lists closed by 等 are ``from_lists``'."""
        t = self.text
        for k in _last_list_marks(t):
            _, ce = list_clause_bounds(t, k)
            p = _progress_after(t, k + 1, min(ce, k + 1 + MAX_NAME))
            if p < 0:
                continue
            before = len(self.cands)
            self._list_items(p, True, "")
            items = self.cands[before:]
            if len(items) < 2 or not all(_works_item(x.conj) for x in items) \
                    or not any(_specific_name(x.conj) for x in items):
                del self.cands[before:]  # (开始主线、支线道路施工: a wind farm's roads, none named)

    def from_counted_lists(self) -> None:
        """甲公路、乙隧道、丙大桥3个项目: a 、-list closed by a count and a class word without 等 names each of its
        items when the count is the number of items.  A count that is not (甲公路、乙低碳工厂20个储备项目) sizes a class
        the last item only describes: that item is no project's name, and the items before it are found by their
        own heads."""
        t = self.text
        for m in self.rx["list_count"].finditer(t):
            n = parse_number(m.group(1))
            rest = m.group(2)
            for w in sorted(_LIST_GENERIC + L.PROJECT_CLASS_WORDS, key=len, reverse=True):
                rest = rest.replace(w, "")
            if not n or rest:
                continue
            cs = list_clause_bounds(t, m.start())[0]
            if "、" not in t[cs:m.start()]:
                continue
            before = len(self.cands)
            self._list_items(m.start(), True, "")
            items = self.cands[before:]
            if len(items) != n or not all(_modified(x.conj) or _has_proper_word(x.conj) for x in items):
                del self.cands[before:]
                continue
            for x in items:
                x.specific = x.counted = True  # the count names each item a project, as a proper word would


    def from_member_lists(self) -> None:
        """新开工9个项目:A、B、…、I / 省重点项目共4项。分别是:A、B、C和D: a 、-list a colon or a copula opens after a
        clause counting a class of projects names one project in each item when the count is the number of items,
        whatever each item's words (a headless 甲新能源汽车, an action 乙污泥处理处置): the count and the class name them
        works, as 等N个项目 after a list does (``from_counted_lists``).  The list runs to its sentence's end; one closed by
        等 is ``from_lists``'."""
        t = self.text
        for m in _MEMBERS_OPENED.finditer(t):
            run = m.end()
            end = _MEMBERS_END.search(t, run)
            stop = end.start() if end else len(t)
            if t[stop:stop + 1] not in ("。", ";", "；", "\n", "") or "、" not in t[run:stop]:
                continue  # (…:A、B等, 甲,乙: a list 等 closes, or clauses: not a bare list of names)
            cs, ce = _class_before(t, run)
            if cs < 0 or not _LIST_HEAD.search(t, cs, ce):
                continue
            counts = _CLASS_COUNT.findall(t, cs, ce)
            if len(counts) != 1:
                continue
            before = len(self.cands)
            self._list_items(stop, True, "")
            items = self.cands[before:]
            if len(items) != parse_number(counts[0]) or items[-1].vs != run + len(t[run:stop]) - len(t[run:stop].lstrip()):
                del self.cands[before:]  # (the walk stopped short of the opener, or the count is of something else)
                continue
            for x in items:
                x.specific = x.counted = True

    def from_sized_and_staged(self) -> None:
        """投资5300万元的某宾馆正式投入运营, 总投资9400万元的某县安置房一期交付使用: a name between a work's size (投资…
        的) and the stage it reached, its clause ending there, is one work's whatever its head; the size and the stage
        fix the referent, as a list's class does.  Why: project news brings each work in by its size and reports its
        stage after it, and writers name works by any facility word (宾馆, 安置房, 公寓)."""
        t = self.text
        for m in _SIZED_AND_STAGED.finditer(t):
            ns, ne = m.span("name")
            name = _strip_quotes(t[ns:ne])
            core = re.sub(r"(?:项目|工程)$", "", name)
            if _STAGE_ADVERB_END.search(name) or len(core) < 2 or self.rx["generic"].fullmatch(core) \
                    or _BARE_WORKS_HEAD.fullmatch(name) or not _specific_name(core) or _WORKS_WORD_INSIDE.search(name):
                continue  # (甲项目实现当年签约: the name ended at its 项目, a clause goes on to the stage)
            self.cands.append(_Cand(ns, ne, name, _head_at_end(name), "的", "head", specific=True))

    def from_staged_class_lists(self) -> None:
        """The members of a class of projects that carries a stage, opened by a copula or a colon with no count given
        (开工项目为A、B和C;竣工项目为D、E): ``_staged_class_members`` on each."""
        t = self.text
        for m in _STAGED_CLASS_OPENED.finditer(t):
            run = m.end()
            end = _MEMBERS_END.search(t, run)
            stop = end.start() if end else len(t)
            if t[stop:stop + 1] not in ("。", ";", "；", "\n", "", ".") or "、" not in t[run:stop]:
                continue
            cs = list_clause_bounds(t, m.start())[0]
            if _CLASS_COUNT.search(t, cs, run):
                continue  # (a class counted: from_member_lists)
            self._staged_class_members(run, stop, cs, m.end("head"))

    def _staged_class_members(self, run: int, stop: int, cs: int, ce: int) -> None:
        """开工项目为A、B和C;竣工项目为D、E / 签约项目有:F、G: a 、-list a copula or a colon opens after a class of projects
        that carries a stage, no count given, names one project in each item when one of its items already names a work
        by its head: the class and that sibling make the list one of works, so an item whose head the vocabulary lacks
        (甲县供热站, 乙市北站综合枢纽) is a work too, if its name carries a proper element.  Why: a batch event's report
        lists each part's works under the part's verb, and writers name works by any facility word."""
        t = self.text
        if not _class_clause_stage(t[cs:ce], False)[0]:
            return
        known = [c for c in self.cands if run <= c.vs and c.ve <= stop and c.source == "head"
                 and _specific_name(c.name)]
        if not known:
            return
        before = len(self.cands)
        self._list_items(stop, True, "")
        items = self.cands[before:]
        lead = run + len(t[run:stop]) - len(t[run:stop].lstrip())
        if not items or items[-1].vs != lead:
            del self.cands[before:]  # (the walk stopped short of the opener: no bare list of names)
            return
        keep = [x for x in items if _specific_name(x.conj)
                and not any(c.vs <= x.vs and x.ve <= c.ve for c in known)]
        del self.cands[before:]
        for x in keep:
            x.specific = True
        self.cands.extend(keep)

    def _whole_conjunct(self, ls: int, tok: str, end: int, named_by_class: bool = False) -> tuple[int, str]:
        """推进A片区、B站扩建工程、C运河等重大项目建设: in a series of names before 等…项目, a conjunct runs
        from the 、 before it, even over verb-like characters inside the name (扩建工程), when it ends in a
        head noun and no clause punctuation intervenes.  ``named_by_class``: the list closes with a class of projects
        (等项目, 等12个重点项目) that names each item a project whatever its tail (甲旗储备库升级改造, 乙集团精细化工,
        丙家居智造): the items are what the 、 marks set apart, and a stop word inside one (储备, 建, 年内 in 2022年内…)
        is the name's own word, not the edge of the list."""
        t = self.text
        k = t.rfind("、", max(0, end - MAX_NAME), ls)
        if k < 0 or not (named_by_class or _works_name_end(_strip_quotes(t[k + 1:end]))):
            return ls, tok
        if re.search(f"[^{_NAME_CHARS}()（）—－-]", _mask(t[k + 1:end])):
            return ls, tok
        return k + 1, "、"

    def _named_action(self, end: int, ls: int, tok: str) -> tuple[int, str]:
        """甲储配站建设、乙环湖路建设、丙县职中基础能力建设等8个项目: an item of a list that closes with a nominal action
        (zh_projects.NOMINAL_ACTIONS: 建设, 迁建, 改造 …) is named with it (the action is part of the name, as 湛江电厂搬迁
        is), where the stop words would have cut the item to nothing and lost the list before it."""
        t = self.text
        am = _rx()["action_before"].search(t, max(0, end - 4), end)
        if am is None or am.start() <= 0 or t[am.start() - 1] in "、,，。;；:：等和及与\n":
            return ls, tok
        ls2, tok2 = _left_boundary(t, am.start())
        return (ls2, tok2) if ls2 < am.start() else (ls, tok)

    def _action_before_head(self, ls: int, end: int, tok: str) -> tuple[int, str]:
        """甲印务公司搬迁建设工程项目、乙管廊项目等: an item whose name holds a nominal action (搬迁建设, 改造) before its
        head is named whole, as a name read from its head is; the stop word 建设 had left the bare 工程项目 of it, which
        names nothing, lost the item and gave its 建设 as the verb of the items after it."""
        t = self.text
        if not _BARE_WORKS_HEAD.fullmatch(t, ls, end):
            return ls, tok
        am = _rx()["head_action_before"].search(t, max(0, ls - 4), ls)
        if am is None or am.start() <= 0 or t[am.start() - 1] in "、,，。;；:：等和及与\n":
            return ls, tok
        return self._past_actions(ls, ls, tok)

    def _past_actions(self, hs: int, ns: int, tok: str) -> tuple[int, str]:
        """The left boundary of a name whose head at ``hs`` follows one or more nominal actions (甲建设项目, 乙公司搬迁
        扩建项目, 丙医院迁建改造工程), when the boundary ``ns`` (with ``tok``) stopped at or after the first of them:
        the actions are the name's, and so is what stands before them; else (ns, tok)."""
        t = self.text
        start = hs
        for _ in range(3):  # 搬迁扩建, 迁建改造, 提升改造: a few actions in a row
            act = _rx()["head_action_before"].search(t, max(0, start - 4), start)
            if act is None or act.start() >= start or (start == hs and ns < act.start()):
                break
            start = act.start()
        if start == hs:
            return ns, tok
        ns2, tok2 = _left_boundary(t, start)
        return (ns2, tok2) if ns2 < start else (ns, tok)

    def _list_items(self, etc: int, self_named: bool, shared: str, zone: bool = False,
                    named_by_class: bool = False) -> None:
        """Items of a list that ends at the 等 at ``etc`` (``named_by_class``: see ``_whole_conjunct``)."""
        t = self.text
        end = etc
        conjs: list[tuple[int, int, str]] = []
        for _ in range(LIST_ITEMS_MAX):  # a year's list of works may name dozens
            ls, tok = _left_boundary(t, end)
            if ls >= end:
                ls, tok = self._named_action(end, ls, tok)
            else:
                ls, tok = self._action_before_head(ls, end, tok)
            if tok in ("和", "及") and t[ls - 2:ls - 1] == "、":
                ls, tok = ls - 1, "、"  # 乙路、和平路二期: a conjunction never follows 、, so 和 begins the name
            if tok == "的":
                am = _AMOUNT_OF_ITEM.search(t[max(0, ls - 1 - 34):ls - 1])
                a = ls - 1 - (len(am.group(0)) if am else 0)
                if am and a > 0 and t[a - 1] in "、和及":
                    # 投资3200万元的甲水厂、投资1.2亿元的乙路改造工程等6个项目: an item's own amount before it, the
                    # list going on before that
                    conjs.append((ls, end, t[a - 1]))
                    end = a - 1
                    continue
            if self_named and tok not in _LIST_JOINERS:
                ls, tok = self._whole_conjunct(ls, tok, end, named_by_class)
            # Conjuncts joined by 和 inside a list are separate items too.
            if ls >= end:
                break
            conjs.append((ls, end, tok))
            if tok not in _LIST_JOINERS:
                break
            end = ls - len(tok)
        if not conjs:
            return
        for i in range(len(conjs) - 2, -1, -1):
            ls, le, tok = conjs[i]
            left = _strip_quotes(t[conjs[i + 1][0]:conjs[i + 1][1]])
            if tok in L.COMPLEMENT_JOINERS and (_complement(_strip_quotes(t[ls:le])) and _specific_name(left)
                                                or t[ls:le].endswith(L.COMPLEMENT_HEADS) and _headless_part(left)):
                # 甲智能装备及百吨级装备组件等项目: the conjunct after 及 goes with the name before it (甲路及河滨景观工程:
                # the conjunct before it, a part of the one work)
                conjs[i + 1] = (conjs[i + 1][0], le, conjs[i + 1][2])
                del conjs[i]
        first_tok = conjs[-1][2]
        items = []
        for ls, le, _tok in conjs:
            lv = _LEADING_BUILD_VERB.match(t, ls, le)
            if lv and _works_name_end(_strip_quotes(t[lv.end():le])) and le - lv.end() >= 3:
                ls = lv.end()  # 紧盯甲工程、新建乙机场、新建丙铁路等项目: the item's own verb is no part of its name
            c = _strip_quotes(t[ls:le])
            if not c:
                continue
            name = c if self_named or _own_head_before_class(c, shared) else c + shared
            head = _head_at_end(name)
            items.append(_Cand(ls, le, name, head, first_tok, "list", in_list=True,
                               frame_pos=conjs[-1][0], conj=c, list_end=etc))
        any_spec = any(_specific_name(x.conj) or "“" in t[x.vs - 1:x.ve + 1] for x in items)
        all_heads = all(len(x.conj) > len(_head_at_end(x.conj)) > 0 or _road_name(x.conj) for x in items)
        mixed = bool(re.search(r"拟建在建|在建拟建", shared + t[etc:etc + 12]))
        for x in items:
            x.list_specific = any_spec
            x.list_all_heads = all_heads
            x.mixed = mixed
            x.zone = zone
        self.cands.extend(items)

    # ------------------------------------------------------------------ quoted names
    def from_quotes(self) -> None:
        t = self.text
        for m in self.rx["quote"].finditer(t):
            inner = m.group(1) or m.group(2) or ""
            if _CN_NUM_OR_PAIR.search(inner) or len(inner) < 2:
                continue
            after = t[m.end():m.end() + 8]
            before = t[max(0, m.start() - 4):m.start()]
            ok = _FOUNDED_AFTER.match(after) or \
                (_FOUNDING_VERB_END.search(before) and _head_at_end(inner)) or _LISTED_INTO_END.search(before)
            if not ok or len(inner) > 12 and not _head_at_end(inner):
                continue
            hits = _places(inner, 3)
            if hits and hits[-1].end == len(inner) and hits[-1].start > 0:
                continue  # 信用湛江, 平安肇庆: a city slogan
            if inner.endswith(L.STATUS_TERRITORY_ENDS) and not hits:
                continue  # “无废城市”建设, “无证明省份”: a status a kind of territory is to reach, a campaign's label
            head = _head_at_end(inner)
            if not head and _class_initials(inner):
                continue  # “铁公机”: the classes of works abbreviated, no one work's name
            if not (_has_proper_word(_residual(inner)) or _places(inner, 4) or head == "工程" or head == inner
                    or (not head and len(inner) <= 6)):
                continue
            self.cands.append(_Cand(m.start() + 1, m.end() - 1, inner, _head_at_end(inner),
                                    before[-2:], "quote", specific=True))

    # ------------------------------------------------------------------ road sections
    def from_road_sections(self) -> None:
        """甲路(乙路至丙路)道路工程, 丁大街(戊路-G310): a road named with the stretch built, from one road or junction
        to another, names one work, however ordinary its words; so does a list of them (…等路段正在铺油)."""
        t = self.text
        for m in _ROAD_RANGE.finditer(t):
            ps = m.start()
            if not _ROAD_NAME_END.search(t, max(0, ps - 8), ps):
                continue
            ends = _range_ends(m.group(1))
            if ends is None:
                continue
            ns, tok = _left_boundary(t, ps)
            if ps - ns < 2 and tok and ns - len(tok) >= 0:
                ns, tok = _left_boundary(t, ns - len(tok))  # 建设路(甲路至乙路): the road's name holds a verb-like word
            if ps - ns < 2:
                continue
            tm = _ROAD_TAIL.match(t, m.end())
            te = tm.end() if tm else m.end()
            name = _strip_quotes(t[ns:te])
            c = _Cand(ns, te, name, "公路", tok, "road", specific=True, in_list=tok in ("、", "和", "及"))
            prev = self.cands[-1] if self.cands and self.cands[-1].source == "road" else None
            if prev is not None and c.in_list and prev.ve == ns - len(tok):
                # 甲路(…)、乙路(…)等路段: the clause of the first frames the stage of them all
                c.frame_pos = prev.frame_pos if prev.frame_pos >= 0 else prev.vs
            self.cands.append(c)

    def from_road_predicates(self) -> None:
        """兴业路于今年6月建成通车, 外环北路西段正进行路基清表, 经五路二期开工建设: a road named alone (a name and a road
        word, perhaps its phase or stretch: ``_road_name``) that a stage predicate follows (after adverbs or a time) is
        the work reported; a road used as a landmark (沿兴业路向北, 上跨甲高速) has no such predicate."""
        t = self.text
        for m in _ROAD_WORD_END.finditer(t):
            if self.rx["part"].match(t, m.start()):
                continue  # 路基排水施工, 路面: a part of the works, no road's name ends there
            e = m.end()
            if _predicate_at(t, e) is None:
                continue
            ns, tok = _left_boundary(t, e)
            name = _strip_quotes(t[ns:e])
            if e - ns < 3 or not _road_name(name) or _head_at_end(name) or name.endswith(_EXTENT_WORDS) \
                    or name.endswith(L.ROAD_CLASS_NOUNS):
                continue  # (甲大桥, 乙隧道: read from their heads; 甲路全线, 乙隧道双线: no part of the name; 支线道路)
            self.cands.append(_Cand(ns, e, name, "公路", tok, "road", specific=True,
                                    in_list=tok in ("、", "和", "及")))

    def from_road_codes(self) -> None:
        """G220甲乙段, S201丙丁线, G338甲—乙段: a national, provincial or county road's code (G/S/X/Y and its number)
        and the stretch or line named after it name one work, however few its words; so do the items of a list of them
        (G220甲段、S201乙线等国省干线全线贯通)."""
        t = self.text
        for m in _ROAD_CODE.finditer(t):
            te = m.end()
            tm = _ROAD_CODE_TAIL.match(t, te)
            if tm:
                te = tm.end()
            if not self._name_ends(te) and t[te:te + 1] not in L.ROAD_CODE_LIST_JOINS:
                continue  # G220甲段美丽公路: the stretch is part of a longer name the heads find
            tok = t[m.start() - 1:m.start()] if m.start() > 0 else ""
            c = _Cand(m.start(), te, t[m.start():te], "公路", tok, "road", specific=True,
                      in_list=tok in ("、", "和", "及"))
            prev = self.cands[-1] if self.cands and self.cands[-1].source == "road" else None
            if prev is not None and c.in_list and prev.ve == m.start() - 1:
                c.frame_pos = prev.frame_pos if prev.frame_pos >= 0 else prev.vs  # the list's clause frames them all
            self.cands.append(c)

    def from_road_designations(self) -> None:
        """国道318线甲至乙段改建工程, 省道201线丙至丁段整治, 国道鹤大公路戊至己段, 国道220线中修工程: a trunk road's class
        and number (or name) with the stretch built or the works done on it name one work.  The stretch's two ends are
        often long (甲高速水头互通至乙高速石井互通路段) and hold words that end other names (高速, 连接), so the name runs
        from the road's class to the end of the stretch and its works words, never past a clause's verb."""
        t = self.text
        for m in _ROAD_DESIGNATED.finditer(t):
            mid = (m.group("mid") or "") + (m.group("mid2") or "")
            if _ROAD_MID_STOP.search(mid.replace("连接线", "")):
                continue  # 国道318线沿线村庄开展环境整治: the road is where the clause's deed is done, no work's name
            te = self._head_end_past(m.start(), m.end())
            if not self._name_ends(te) and t[te:te + 1] not in L.ROAD_CODE_LIST_JOINS:
                continue  # …段美丽公路: the stretch is part of a longer name the heads find
            tok = t[m.start() - 1:m.start()] if m.start() > 0 else ""
            c = _Cand(m.start(), te, _strip_quotes(t[m.start():te]), "公路", tok, "road", specific=True,
                      in_list=tok in ("、", "和", "及"))
            prev = self.cands[-1] if self.cands and self.cands[-1].source == "road" else None
            if prev is not None and c.in_list and prev.ve == m.start() - 1:
                c.frame_pos = prev.frame_pos if prev.frame_pos >= 0 else prev.vs  # the list's clause frames them all
            self.cands.append(c)

    def _head_end_past(self, start: int, end: int) -> int:
        """Where a name the head reader found inside [start, end) ends, when it goes on a little past ``end``: its
        works or its section after the stretch (…段擴容工程 in traditional script, …改扩建工程(甲段)) are the name's."""
        far = end
        for c in self.cands:
            if c.source == "head" and start <= c.vs < end < c.ve <= end + ROAD_TAIL_MAX:
                far = max(far, c.ve)
        return far

    # ------------------------------------------------------------------ glossary lists
    def from_gloss_lists(self) -> None:
        t = self.text
        for m in _gloss_matches(self.rx["gloss_list"], t):
            mod, head = m.group(2), m.group(3)
            pos = m.start(1)
            parts = m.group(1).split("、")
            if "等" in m.group(0) or 2 * sum(_has_proper_word(x) for x in parts) < len(parts):
                continue
            if mod and self.rx["fwd_stop"].search(mod):
                continue  # 甲、乙2个镇建成污水处理厂: a verb between the count and the head, no head shared
            shared = _GLOSS_CLASS.sub("", mod) + head  # 3个乡镇污水处理厂: each member's 污水处理厂
            start, _tok = _left_boundary(t, pos + len(parts[0]))
            if pos < start < pos + len(parts[0]):
                parts[0], pos = parts[0][start - pos:], start  # 新建甲镇、乙镇: the verb before the first member
            for part in parts:
                self.cands.append(_Cand(pos, pos + len(part), part + shared, head, "", "gloss",
                                        specific=True, in_list=True))
                pos += len(part) + 1


# An item's own amount or size before its name in a list, and the place where it stands before that (、投资1.2亿元的乙路
# 改造工程, 、总投资3200万元的甲水厂, 、丙县丁镇投资1.5亿元的戊生产项目, 、全长约1公里的丁大道综合管廊项目, 、占地120亩的
# 戊物流园): what the item measures, no part of its name
_ITEM_AMOUNT = (r"(?:总|计划|概算|预计)?投资(?:额|总额)?(?:约|近|超|达)?\d+(?:\.\d+)?(?:多|余)?(?:亿元|万元|亿|万)"
                rf"|(?:{_alt(L.ITEM_SIZE_WORDS)})(?:约|近|超|达)?\d+(?:\.\d+)?(?:多|余)?(?:{_alt(L.ITEM_SIZE_UNITS)})")
_AMOUNT_OF_ITEM = rx.compile(rf"(?:[{_CJK}]{{1,10}}?(?:{_alt(zh.TOPONYM_SUFFIXES)}))?(?:{_ITEM_AMOUNT})$")
# …and with its 的, right before a list's first item: the list opens before it (开工的项目中,还有投资2亿元的甲项目、…)
_AMOUNT_OF_ITEM_DE = rx.compile(rf"(?:{_ITEM_AMOUNT})的$")
# 投资5300万元的某宾馆正式投入运营。/ 总投资9400万元的某县安置房一期交付使用: a work's size before its name and the
# stage it reached after it, the clause ending there (_Finder.from_sized_and_staged)
_SIZED_AND_STAGED = rx.compile(rf"(?:{_ITEM_AMOUNT})元?(?:以上|左右)?的(?P<name>[{_CJK}()（）“”\"A-Za-z0-9×.·/]{{3,36}}?)"
                               rf"(?=(?:{_alt(zh.STAGE_PREDICATE_ADVERBS + L.PREDICATE_DAY_LEADS)})*"
                               rf"(?:{_alt(zh.STAGE_PREDICATE_VERBS + zh.WORK_IN_USE_VERBS)})"
                               rf"(?:{_alt(zh.WORK_IN_USE_TAILS)})?\s*(?:[,，。;；、!！\n]|$))")
_WORKS_WORD_INSIDE = rx.compile(r"(?:项目|工程)(?!$)")
_STAGE_ADVERB_END = rx.compile(rf"(?:{_alt(zh.STAGE_PREDICATE_ADVERBS + L.PREDICATE_DAY_LEADS)})$")
# the bare works words an item's head may be alone (工程项目, 项目, 工程): no name without what stands before them
_BARE_WORKS_HEAD = rx.compile(r"(?:工程)?项目|工程")
_ROAD_RANGE = rx.compile(r"\(([^()\n,。;:、]{3,30})\)")
# The end of a road's name, with its phase or stretch (甲路, 乙大道延伸线, 丙路二期, 丁路西段), and what may stand
# between a name and its predicate: a time (于今年6月) and adverbs (正在, 均已, 全线 …), which are no part of the name
_ROAD_WORD_END = rx.compile(rf"(?<=[{_CJK}]{{2}})(?:{_alt(L.ROAD_WORDS)})(?:[一二三四五六七八九十\d]期|{_alt(L.ROAD_SECTIONS)})?")
# (甲项目、乙项目同步开工, 丙中心相继竣工, 丁园当日投产: the adverbs of how or when works reach a stage, zh's and the
# subject's, and the event's own day, lead to the predicate as 顺利 does)
_LEAD_TO_PREDICATE = rx.compile(r"(?:于[^,。;、]{1,8}(?:年|月|日|底|初))?(?:目前|现已|正在|均已|均|都|已经|已|正|将|全面|全线|顺利|如期"
                                rf"|{_alt(zh.STAGE_PREDICATE_ADVERBS + L.SUBJECT_STAGE_ADVERBS + L.PREDICATE_DAY_LEADS)})*")
_EXTENT_WORDS = tuple(w for w in L.FWD_STOPS if len(w) >= 2)  # (甲路全线, 乙隧道双线: the word after the road ends it)
# A road's code and the stretch or line named after it (G220甲乙段, S201丙丁线, G338甲—乙段), and the works words after it
# (…线 but not 全线/沿线: G15高速改扩建工程全线通车 opens the whole line, no section named 全线)
_ROAD_CODE = rx.compile(rf"(?<![A-Za-z0-9])[GSXY]\d{{1,4}}(?:[{_CJK}]{{1,6}}[—－-])?[{_CJK}]{{1,8}}?(?:段|(?<![全沿])线)")
_ROAD_CODE_TAIL = rx.compile(r"(?:改扩建|改建|扩建|改造|提升|扩容)(?:工程|项目)|工程|项目|改扩建|改造|扩容")
# A trunk road by its class and number or name (国道318线, 省道S201线, 国道307、207线, 国道鹤大公路, 省道方珲(长岭)公路, G247),
# then the stretch up to 段 or 路段 and the works words after it, or the works words ending in 工程/项目 alone
_CLAUSE_FREE = r"[^,，。;；:：!?！？、\n]"
_ROAD_WORKS = _alt(L.ROAD_WORKS_WORDS)
_ROAD_DESIGNATED = rx.compile(
    rf"(?:(?:{_alt(L.ROAD_CLASS_WORDS)})\s?(?:[GSXY]?\d{{1,4}}(?:、[GSXY]?\d{{1,4}}){{0,3}}(?:支线|线)?"
    rf"|[{_CJK}]{{2,4}}(?:\([^()\n]{{1,6}}\))?(?:公路|支线|线))|(?<![A-Za-z0-9])[GSXY]\d{{1,4}}线?)"
    r"(?:\([^()\n]{1,10}\))?"
    rf"(?:(?P<mid>{_CLAUSE_FREE}{{0,40}}?(?:至|到|—|－|-|~){_CLAUSE_FREE}{{1,30}}?|[{_CJK}()]{{2,12}}?(?<![全沿线]))(?:路段|段)[”\"]?"  # (…至乙“瓶颈路段”治理工程)
    rf"(?:(?:{_ROAD_WORKS}){{1,4}}(?:工程|项目)?|工程|项目)?"
    rf"|(?P<mid2>{_CLAUSE_FREE}{{0,40}}?)(?:{_ROAD_WORKS}){{1,4}}(?:工程|项目))")
# Words inside a stretch that only a clause holds (国道318线沿线村庄开展环境整治工程): the road is a place, no name
_ROAD_MID_STOP = rx.compile(_alt(w for w in L.STOP_WORDS if len(w) >= 2))
_RANGE_JOINER = rx.compile(_alt(L.RANGE_JOINERS))


def _road_name(s: str) -> bool:
    """A city road's name, or a section of it (甲路, 乙大道东段, 丙路西延伸段, 丁大道二期): two characters at least
    before the road word, none of them a class word (道路, 城市道路, 主干道 are no road's name)."""
    m = _ROAD_NAME_END.search(s)
    return m is not None and m.start() >= 2 and not _rx()["generic"].fullmatch(s[:m.start()])


def _complement(s: str) -> bool:
    """Does ``s``, written after 及, name nothing of its own: no place or proper word (配套工程项目, 百吨级智能装备组件,
    配套物流园, 产业基地)?  A facility named by its head alone after 及 (甲物流枢纽及配套物流园, 乙创新中心及产业基地) is
    the named work's own part: cut at 及, it would be a work no text could tell from any other.  A way of transport
    (丙港区二期及配套铁路专用线) runs off the site to a route of its own: a second work."""
    head = _head_at_end(s)
    if head and not s.endswith(L.COMPLEMENT_HEADS) and _category(s, head) == "transport":
        return False
    return len(s) >= 2 and not _specific_name(s)


def _headless_part(s: str) -> bool:
    """Is ``s``, written before 及 and a works name ending in 工程/项目, a part of that one work rather than a work of its
    own: a proper name (甲路, 乙片区老旧小区) that ends in no head of a work (甲水库及乙灌区工程: two works) and is no
    place alone (甲县及乙县污水处理工程: the places' works)?"""
    if len(s) < 2 or _head_at_end(s) or not _specific_name(s):
        return False
    return not s.endswith((*zh.DIVISION_SUFFIX_CHARS, "街道"))


def _facility_and_part(left: str, right: str) -> bool:
    """Is ``left`` 及 ``right`` before one 项目/工程 one work: a facility named in full (甲智慧交通枢纽, 乙药业野生连翘示范
    基地) and a part built with it that has no head nor place of its own (充电中心站, 中药饮片加工车间)?  The works word
    after them is shared; cut at 及, the second half would be a work named by nothing but its parts.  Two works each
    named by a head (甲水库及乙灌区项目) or a road (甲大道及乙路工程) stay two."""
    right = _rx()["action_before"].sub("", right)
    head = _head_at_end(left)
    if not head or head in L.COMPLEMENT_HEADS or len(left) <= len(head) or len(right) < 2:
        return False
    if _head_at_end(right) or _road_name(right) or _road_name(left):
        return False
    hits = _places(right, 4)
    return not (hits and hits[0].start == 0)


# A phase or a stretch written after a works name (…迁建工程(二期), …改建工程(甲桥至乙路段), …工程二期): the name's tail
_NAME_TAIL = rx.compile(rf"(?:\([^()\n]{{1,14}}\)|[{_CN_NUM}\d]{{1,2}}期)$")


def _works_name_end(s: str) -> bool:
    """Does ``s`` end as the name of a work does: a head noun or a road's name (in a list of works), perhaps with the
    works done to it after (县人民医院迁建, 甲路北延改造) and its phase or stretch after that (…迁建工程(二期)): a list's
    item is read whole over the verb-like characters of its name however its tail ends."""
    while (tail := _NAME_TAIL.search(s)) and tail.start() > 0:
        s = s[:tail.start()]
    if _head_at_end(s) or _road_name(s):
        return True
    m = _rx()["action_before"].search(s)
    return m is not None and m.start() > 0 and (bool(_head_at_end(s[:m.start()])) or _road_name(s[:m.start()]))


_PLACE_WORKS_END = rx.compile(rf"(?:{_alt(L.PLACE_WORKS_ACTIONS)})$")
_PLACE_WORKS_SITE = rx.compile(rf"(?:{_alt(L.PLACE_WORKS_SITES)}|[{zh.WATER_NAME_ENDS}])$")


def _works_item(s: str) -> bool:
    """Does ``s``, an item of a list, name works: a work's name (``_works_name_end``), or a place with the works done on
    it (甲河综合治理, 乙片区改造, 丙路提质改造, 丁大道延伸): a site of two characters or more (a facility, a road, water, an
    area of a town) and one or two actions of works after it.  A list of such items before a progress predicate names a
    work in each (甲路大桥、乙河综合治理、丙片区改造加快推进)."""
    if _works_name_end(s):
        return True
    for _ in range(2):  # 改造提升, 生态修复: an action may follow another
        m = _PLACE_WORKS_END.search(s)
        if m is None or m.start() < 2:
            return False
        s = s[:m.start()]
        if _head_at_end(s) or _road_name(s) or (_PLACE_WORKS_SITE.search(s) and _specific_name(s)):
            return True  # (新型农村社区建设: a class of sites, no place named)
    return False


def _range_ends(inner: str) -> tuple[str, str] | None:
    """The two ends of a road's stretch written in its parentheses (乙路至丙路, 戊路-G310, 甲路一乙路), or None when the
    parentheses hold no stretch between roads or junctions.  一 joins a stretch only between two roads."""
    for m in _RANGE_JOINER.finditer(inner):
        a, b = inner[:m.start()], inner[m.end():]
        if a and b and (_RANGE_END.search(a) or _RANGE_END.search(b)):
            return a, b
    for i, ch in enumerate(inner):
        if ch == "一" and _RANGE_END.search(inner[:i]) and _RANGE_END.search(inner[i + 1:]):
            return inner[:i], inner[i + 1:]
    return None


_ROAD_NAME_END = rx.compile(rf"(?:{_alt(L.ROAD_WORDS)})(?:[一二三四五六七八九十\d]期|{_alt(L.ROAD_SECTIONS)})?$")
_RANGE_END = rx.compile(rf"(?:{_alt(L.RANGE_END_WORDS)})(?:{_alt(L.ROAD_SECTIONS)})?$|^[A-Z]\d{{1,4}}$")
_ROAD_TAIL = rx.compile(rf"(?:{_alt(L.RANGE_WORKS_WORDS)}){{1,3}}(?:[IVXⅠ-Ⅻ\d一二三四五六七八九十]{{1,3}}标段?)?")
_LEADING_COUNT = rx.compile(rf"^(?:\d+|[{_CN_NUM}]+)(?:多|余)?(?:{_alt(L.LIST_COUNTERS)})")
# 等 and a count of the items before their shared head (等4条高铁, 等3座, 等6家): the head names their class
_COUNT_BEFORE_HEAD = rx.compile(rf"(?<![高平同相对均初中何])等(?:\d+|[{_CN_NUM}]+)(?:多|余)?(?:{_alt(L.LIST_COUNTERS)})$")


def _own_head_before_class(conj: str, shared: str) -> bool:
    """甲水电站、乙光伏发电等电源电网项目: an item with a head noun of its own (电站) before a shared tail that only
    classes the items (…项目, …工程) is named in full already; the tail is no part of its name.  Items without a head
    (宝满、东海岛等港区铁路专用线) take the shared stem, and so do items a shared nominal action is done to (甲祠、乙祠等
    修缮工程: each item's works)."""
    head = _head_at_end(conj)
    if not head or head in L.WEAK_HEADS or len(conj) <= len(head):
        return False
    if head == _head_at_end(shared):
        return True  # 甲实验室、乙实验室等6家省实验室: each item names its own 实验室 already
    if shared == _head_at_end(shared) and L.HEADS.get(shared) == L.HEADS.get(head) != "other":
        return True  # 甲小学、乙中学等5所学校: the class after the count is a kind each item's own head names already
    if not shared.endswith(("项目", "工程")):
        return False
    return not any(a in shared for a in L.NOMINAL_ACTIONS)


@lru_cache(maxsize=1)
def _head_initials() -> frozenset[str]:
    return frozenset(h[0] for h in L.HEADS if len(h) >= 2)


def _class_initials(s: str) -> bool:
    """“铁公机”, “水电路”: a short word each character of which opens a head noun (铁路, 公路, 机场) abbreviates classes
    of works, as a slogan does; it names none of them."""
    return 2 <= len(s) <= 4 and all(ch in _head_initials() for ch in s)


GLOSS_MODIFIER_MAX = 6  # characters between a list's count and the head its members share (4座|污水处理|中心)
# the class a list's count names its members by before their shared head (3个乡镇污水处理厂): no part of each one's name
_GLOSS_CLASS = rx.compile(rf"^(?:{_alt(L.GLOSS_CLASS_WORDS)})")


@lru_cache(maxsize=1)
def _gloss_tail() -> re.Pattern:
    """What ends every match of the ``gloss_list`` pattern: a count's unit, a modifier perhaps and a head (个项目,
    条公路, 座污水处理中心)."""
    return re.compile(rf"[条座个项处][{_CJK}]{{0,{GLOSS_MODIFIER_MAX}}}?(?:{_alt(L.HEADS)})")


_GLOSS_RUN_END = re.compile(r"[\u4e00-\u9fff、\d]*")


def _gloss_matches(pat: re.Pattern, t: str) -> list[re.Match]:
    """``pat.finditer(t)`` for the ``gloss_list`` pattern, run only over the runs of Han characters, 、 and digits
    (all a match is made of) that hold its tail: a match cannot cross a run's edge, so each run's scan finds what
    the whole text's finds in it, and most text has no such run."""
    windows: list[list[int]] = []
    for m in _gloss_tail().finditer(t):
        if windows and m.start() < windows[-1][1]:
            continue  # in the run already taken
        lo = m.start()
        while lo > 0 and ("\u4e00" <= t[lo - 1] <= "\u9fff" or t[lo - 1] == "、" or t[lo - 1].isdecimal()):
            lo -= 1
        windows.append([lo, _GLOSS_RUN_END.match(t, m.end()).end()])
    return [m for lo, hi in windows for m in pat.finditer(t, lo, hi)]


# --------------------------------------------------------------------------- filters

@lru_cache(maxsize=1)
def _gaz():
    """The gazetteer, or None when its table cannot be read (names are then judged by vocabulary only).

    Only an unreadable table is expected here; any other failure is a bug and raises (the pipeline
    records the stage's error)."""
    from .regions import gazetteer
    try:
        return gazetteer()
    except OSError:
        return None


# The regions of the document being read: county and town names are only taken near them.
_CTX: ContextVar[tuple] = ContextVar("taizhang_project_ctx", default=())
# Look-ups already answered for the current context regions: a document asks the gazetteer about
# the same names and clause prefixes again and again (every filter, the location of every mention),
# and each answer depends only on the string and on _CTX.  Tied to the identity of the _CTX tuple
# (kept alive here), so a new document starts afresh.  Callers must not mutate the lists returned.
_MEMO: ContextVar[tuple] = ContextVar("taizhang_project_memo", default=(None, {}))


def _memo() -> dict:
    ctx = _CTX.get()
    held, memo = _MEMO.get()
    if held is not ctx:
        memo = {}
        _MEMO.set((ctx, memo))
    return memo


def _places(s: str, max_level: int = 4) -> list:
    g = _gaz()
    if g is None or not s:
        return []
    memo = _memo()
    key = ("places", s, max_level)
    hit = memo.get(key)
    if hit is not None:
        return hit
    out = g.find_in_scan(_scan(g, s, max_level, memo), max_level=max_level, context=_CTX.get())
    memo[key] = out
    return out


def _names_place(s: str) -> bool:
    """Whether ``s`` as a whole is some region's surface (name, short form or plain-suffixed short form): a hit of
    ``_places`` starting at 0 of a name ends at most at its end, so only then can one span it (or all but its head)."""
    g = _gaz()
    return g is not None and bool(g.named(s))


def _scan(g, s: str, max_level: int, memo: dict) -> list:
    """``g.scan(s, max_level)``, kept in the document's ``memo``: a name is asked about at two level ranges and for
    its location, and the counties' scan is the towns' one narrowed (``Gazetteer.narrow_scan``), so ``s`` is
    scanned once."""
    key = ("scan", s, max_level >= TOWN)
    got = memo.get(key)
    if got is None:
        got = memo[key] = g.scan(s, max_level) if max_level >= TOWN else g.narrow_scan(_scan(g, s, TOWN, memo),
                                                                                        max_level)
    return got


def _context_regions(text: str, record: DocumentRecord, layer=None) -> tuple:
    """The document's regions: record.regions when meta filled them, else its most named prefecture."""
    g = _gaz()
    if g is None:
        return ()
    out = []
    for name in record.regions or []:
        r = g.resolve(name, out)
        if r is not None:
            out.append(r)
    if not out:
        hits = layer.find(max_level=2) if layer is not None else g.find(text, max_level=2)
        cnt = Counter(h.region for h in hits if h.region.level == 2)
        if cnt:
            out.append(cnt.most_common(1)[0][0])
    return tuple(out)


def _residual(mod: str) -> str:
    """What is left of a modifier once generic vocabulary (words of two or more characters) is removed."""
    return _rx()["generic"].sub(lambda m: "" if len(m.group(0)) >= 2 else m.group(0), mod)


@lru_cache(maxsize=1)
def _jieba():
    """jieba's dictionary (word → frequency, tag); None when jieba is unavailable."""
    from . import jieba_dict
    try:
        freq, tags = jieba_dict.tables()
        return jieba_dict.jieba(), freq, tags
    except (ImportError, OSError):  # jieba or its dictionary missing: names are judged without it
        return None


# Parts of speech (jieba's tags) of a word that cannot go on a noun phrase: a verb, an adverb, an idiom, a time word, a
# preposition or a conjunction.  A verbal noun (vn: 建设, 旅游) may (…公园旅游精品线路), so it is left out.
_PREDICATE_TAGS = frozenset(("v", "d", "ad", "l", "i", "t", "p", "c"))
PREDICATE_RUN = 8  # characters after a name read for its predicate's first word


@lru_cache(maxsize=4096)
def _predicate_word(after: str) -> bool:
    """Does ``after`` (the text right after a head noun) open with a word that ends the noun phrase, a predicate
    (破土动工, 连接, 正式开通) rather than a noun the head modifies (旅游精品线路, 管理委员会)?"""
    j = _jieba()
    run = re.match(f"[{_CJK}]+", after[:PREDICATE_RUN])
    if j is None or run is None:
        return False
    jieba, _freq, tags = j
    first = jieba.lcut(run.group(), HMM=False)[0]
    return len(first) >= 2 and tags.get(first, "") in _PREDICATE_TAGS


_FUNCTION_CHARS = set("好的是在了和与及等把将对以为由向于从让使被个这那其此各每该之而且或也都就还又才再很最更太已未不没无非")
_PROPER_TAGS = {"nr", "nz", "nt", "ns", "nrt", "nrfg"}


_NOT_HAN = rx.compile(r"[^\u4e00-\u9fff]")


@lru_cache(maxsize=4096)
def _has_proper_word(s: str) -> bool:
    """Does ``s`` contain a word that is not ordinary vocabulary?  A rare or unknown word
    (two single characters in a row once the dictionary has cut what it knows: 鹍远, 维之恩), or a
    dictionary name (巴斯夫, 腾讯).  利益协调 and 大宗货物 are ordinary words: a class, not a name."""
    s = _NOT_HAN.sub("", s)
    if len(s) < 2:
        return False
    j = _jieba()
    if j is None:
        return len(s) >= 2
    jieba, freq, tags = j
    toks = jieba.lcut(s, HMM=False)
    singles = 0
    for w in toks:
        f = freq.get(w, 0)
        if len(w) == 1:
            if w in _FUNCTION_CHARS:
                singles = 0
                continue
            singles += 1
            if singles >= 2:
                return True
            continue
        singles = 0
        if f < 30 or (tags.get(w, "") in _PROPER_TAGS and f < 300):
            return True
    return False


_TOPONYM = rx.compile(rf"(?:^|[^{_CJK}])[{_CJK}]{{1,3}}(?:{'|'.join(zh.TOPONYM_SUFFIXES)})$|^[{_CJK}]{{1,3}}(?:{'|'.join(zh.TOPONYM_SUFFIXES)})$")


_BRACKETED = rx.compile(r"\([^()]*\)")


_LATIN_OR_DIGIT = rx.compile(r"[A-Za-z]|\d")


_FIVE_G = rx.compile(r"[\d+]*5G[\d+]*")


def _specific(c: _Cand, text: str) -> bool:
    """Does the name carry a proper element (place, quote, brand, unusual word)?"""
    if c.specific:
        return True
    raw = text[c.vs:c.ve]
    if any(q in raw for q in "“\""):
        return True
    if c.conj:
        return _specific_name(c.conj) or bool(_markers(c.conj))
    name = c.name
    mod = name
    if c.head and c.head in mod:
        mod = mod[:mod.rfind(c.head)] + mod[mod.rfind(c.head) + len(c.head):]
    mod = _BRACKETED.sub("", mod)
    if _LATIN_OR_DIGIT.search(mod) and not _FIVE_G.fullmatch(mod):
        return True
    if _markers(name):
        return True
    if _places(name, 4):
        return True
    if _designation(name):
        return True
    if _OWN_FACILITY.match(name) and c.head:
        return True  # 县医院, 市图书馆: the one facility of the text's own county or city
    if any(w in mod for w in L.COMPANY_WORDS):
        return True  # 甲水产设备有限公司搬迁扩建项目: a firm named is a proper element, its works one
    residual = _residual(mod)
    if _TOPONYM.search(residual):
        return True  # 南山风电场, 青石岭隧道: a place name the gazetteer does not hold
    return _has_proper_word(residual)


_LATIN = rx.compile(r"[A-Za-z]")


_LATIN_OR_DIGIT_CHAR = rx.compile(r"[A-Za-z\d]")


def _proper_marked(c: _Cand, text: str, owned: bool = False) -> bool:
    """Does the name hold a quoted part, a place the gazetteer knows or a code of letters and digits (the marks a
    platform's name needs: zh_projects.PROPER_ONLY_HEADS)?  ``owned``: a plant's line (zh_projects.OWNED_HEADS) needs
    its owner, a company's word (药业, 集团) besides those, and digits alone (年产300万套) only size it."""
    if any(q in text[max(0, c.vs - 1):c.ve] for q in "“\""):
        return True
    if owned:
        mod = c.name[:len(c.name) - len(c.head)]
        return bool(_LATIN.search(mod)) or bool(_places(c.name, 4)) \
            or any(w in mod for w in L.OWNER_WORDS)
    return bool(_LATIN_OR_DIGIT_CHAR.search(c.name)) or bool(_places(c.name, 4))


# A facility named by the level of the text's own government (县医院迁建, 市博物馆新馆, 县第一中学): that county's or
# city's one facility, named as its report names it; not the level's area or class (县城, 县域, 市场, 市政工程, 县级医院).
# Named without a stage (做优市口腔医院、区中医院等专科医院) it is a facility at work, no project.
_OWN_FACILITY = rx.compile(r"^[县市区](?![城域场区属直级委镇村乡民政])[\u4e00-\u9fff]")
_FIELD_BEFORE = rx.compile(r"(?:来源|稿源|出处|作者|发布单位|主办|承办|供稿|发布机构)\s*[:：]\s*$")
_ORDINAL = rx.compile(r"第[一二三四五六七八九十\d]{1,3}(?![期批次届])")


def _designation(name: str) -> bool:
    """A name that fixes one facility by the government that runs it or by its number: 市第三人民医院,
    县城第二污水处理厂, 省儿童医学中心 (省/市/县 standing alone before the name, not in a word such as 市场)."""
    if not _head_at_end(name):
        return False  # 第一产业: a facility is designated, not a sector
    if _ORDINAL.search(name):
        return True
    if len(name) >= 5 and name[0] in "省市县" and _CJK_CHAR.match(name[1:2]):
        j = _jieba()
        if j is not None:
            freq = j[1]
            return freq.get(name[:2], 0) == 0 and not _rx()["generic"].match(name, 1)
    return False


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``pos`` inside one of ``spans`` (sorted by start, disjoint: regex matches)?  Bisect, not a scan."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# _rejected's patterns, compiled once (it runs on every candidate name)
_RJ_COUNTED = rx.compile(f"[{_CN_NUM}]{{1,3}}(大|项|个|篇|张|区|化)")
# 11项重大水利工程, 国家102项重大工程项目, 甲县12个乡镇污水处理厂: a count of a class written in digits (not 第3, not 1.5)
_RJ_COUNTED_DIGITS = rx.compile(rf"(?<![第\d.])\d{{1,4}}(?:多|余)?(?:{_alt(L.CLASS_COUNTERS)})")
_RJ_PHASE = rx.compile(r"[一二三四五六七八九十]期")
_RJ_TARGET_NAMED = rx.compile(rf"(?<![\d一二三四五六七八九十两])[百千万亿]{{2,3}}(?:多|余)?(?:{_alt(L.TARGET_NAME_UNITS)})"
                              rf"[{_CJK}]{{1,8}}(?:{_alt(L.TARGET_NAME_HEADS)})$")
_RJ_DIGITS = rx.compile(r"\d+")
# a programme named only by the figures of its slogan (361015工程, “541010”工程, 1+1+9工程)
_RJ_CODE = rx.compile(rf"[\d+]{{3,}}(?:{_alt(L.CODE_PROGRAMME_HEADS)})")
_RJ_PHASE_ONLY = rx.compile(rf"[{_CN_NUM}\d]期(项目|工程)?")
_RJ_QUOTED = rx.compile(r"“([^“”]*)”")
# A parenthesis inside a name, more of the name after it (丽(江)香(格里拉), 甲移民(脱贫)搬迁安置小区): a gloss of the words
# before it, which spells out a short form or qualifies it; the name's own words are those outside it
_INNER_GLOSS = rx.compile(r"\([^()\n]{1,14}\)(?=[^()\n])")


def _without_glosses(s: str) -> str:
    """``s`` without the glosses in parentheses inside it (_INNER_GLOSS); a parenthesis ending it (保税物流中心(B型),
    甲工程(一期)) stays: it names the work's kind or phase."""
    return _INNER_GLOSS.sub("", s) if "(" in s else s


_RJ_SLOGAN = rx.compile(f"[{_CN_NUM}双]")
_RJ_PROGRAMME = rx.compile(r"”工程")
# A quoted label with no facility head of its own and a class word of projects after it (“开门红”项目, “聚力中心化”重大
# 项目): the campaign or the batch an event gathers, no one work's name
_RJ_QUOTED_BATCH = rx.compile(r"“([^“”\n]{1,12})”(?:重大|重点)?项目")
_RJ_WORKS_AFTER = rx.compile(rf"(?:{_alt(L.WORKS_EVENTS)})")
_RJ_PLUS = rx.compile(f"[{_CJK}]\\+|\\+[{_CJK}]")
_QUOTED_PLUS_BEFORE_HEAD = rx.compile(rf"“[^“”+\n]{{1,8}}\+[^“”+\n]{{1,8}}”[{_CJK}]{{2,}}")
_RJ_COUNT_AFTER = rx.compile(r"\d+(?:所|个|座|家|条|项)")
_RJ_AMOUNT_AFTER = rx.compile(r"\d+(?:\.\d+)?(?:公里|千米|万平方米|平方米|亩|万亩|公顷)")


_RJ_AMOUNT_BEFORE = rx.compile(r"\d+(?:\.\d+)?(?:多|余)?(?:公里|千米|万平方米|平方米|亩|万亩|公顷)")
_COUNT = rf"(?:\d+|[{_CN_NUM}]+)(?:{_alt(L.STATION_COUNTERS)})"
_STATION_WORD = r"(?:车站|站点|站)"
# 设车站3座,分别是A站、B站 / 共设4个车站:A、B…: a count of stations, then the members it counts
_STATIONS_BEFORE = rx.compile(rf"(?:{_STATION_WORD}{_COUNT}|{_COUNT}{_STATION_WORD})\s*[,:]?\s*"
                              rf"(?:{_alt(L.LIST_OPENERS + ('即', '为'))})?[^。;!?\n]*$")
# 共设甲东、乙南、丙北3个车站: the members, then the count of stations that closes them, read by _stations_after as
# (?:站?[、和及][CJK]{1,8}?)*站?COUNT STATION_WORD would be
_STATION_COUNT = rx.compile(rf"站?{_COUNT}{_STATION_WORD}")
_STATION_JOINS = "、和及"


def _stations_after(text: str, pos: int) -> bool:
    """Whether the members and count of stations above match at ``pos`` (members: 站?[、和及] then one to eight Han
    characters, which may hold 和/及 themselves; rx.members_then reads them in steps)."""
    return rx.members_then(text, pos, _STATION_COUNT, _STATION_JOINS, 1, 8, mark="站")


def _station_of_list(text: str, c: "_Cand") -> bool:
    """Is the mention one of a line's stations counted in its sentence (设车站3座,分别是A站、B站; 共设A、B、C3个车站)?
    Stations named so are parts of the line, not projects of their own."""
    if not (c.name.endswith("站") or text[c.ve:c.ve + 1] in ("、", "和", "及") or _stations_after(text, c.ve)):
        return False
    ss = max(text.rfind(ch, 0, c.vs) for ch in "。;!?\n") + 1
    return bool(_STATIONS_BEFORE.search(text, ss, c.vs)) or bool(_stations_after(text, c.ve))


_RATED_SITE = rx.compile(L.RATED_SITE_RE)
_INSTITUTION_CLASS = rx.compile(rf"(?:{_alt(L.INSTITUTION_CLASS_WORDS)})*(?:{_alt(L.INSTITUTION_CLASS_HEADS)})")
_NON_WORKS_ITEM = rx.compile(rf"(?:{_alt(L.NON_WORKS_ITEM_KINDS)})项目$")
_RJ_PERSON = rx.compile(rf"(?:{_alt(L.PERSON_ROLES)})[{_CJK}]{{2,3}}$")
_RJ_PERSON_ACT = rx.compile(rf"(?:{_alt(L.PERSON_ROLES)})[{_CJK}]{{1,3}}?(?:{_alt(L.PERSON_ACTS)})")


# the whole of an area (全县) or every unit of a level (乡镇卫生院, 各县医院) opens no name of one work
_RJ_OWN_AREA = rx.compile(r"全[省市县区镇乡州旗]|乡镇|各[省市县区镇乡村]")
_INDUSTRY_TAIL = rx.compile(rf"(?:{_alt(L.INDUSTRY_NAMES)})$")
_RJ_CLASS_TAIL = rx.compile(rf"(?:{_alt(L.PROJECT_CLASS_WORDS + L.CLASS_LEVEL_WORDS)})+(?:项目|工程)$")
_RJ_WORKS_SUFFIX = rx.compile(r"(?:项目|工程|建设)$")
# 二季度项目, 甲省第一季度重大项目, 127亿元项目, 文旅项目: a class qualified by its time, its amount or its field
_RJ_QUALIFIED_CLASS = rx.compile(rf"(?:{L.CLASS_TIME_RE}|{L.CLASS_AMOUNT_RE}|{_alt(L.WORKS_FIELDS)})+"
                                 rf"(?:{_alt(L.PROJECT_CLASS_WORDS + L.CLASS_LEVEL_WORDS)})*项目$")
_RJ_PLACE_PREFIX = rx.compile(rf"(?:全|本|我|该)[省市县区镇乡]|(?:[{_CJK}]{{1,4}}?(?:省|市|县|区|州|旗|镇|乡|街道))+"
                              rf"|[{_CJK}]{{1,4}}(?:{'|'.join(zh.TOPONYM_SUFFIXES)})")


_RJ_KIND_OF = rx.compile(r"类(?:项目|工程)$")
_RJ_RENEWAL = rx.compile(rf"(?:{_alt(L.CLASS_RENEWALS)})(?:工程|项目)?$")


def _class_of_renewal(name: str) -> bool:
    """城区老旧小区改造工程, 全县棚户区改造项目: the renewal of a class of neighbourhoods of a whole place, no one work.  A
    named area's renewal (甲片区老旧小区改造) is one."""
    m = _RJ_RENEWAL.search(name)
    if m is None:
        return False
    prefix = name[:m.start()]
    return not prefix or prefix in L.URBAN_AREA_WORDS or bool(_RJ_OWN_AREA.fullmatch(prefix)) \
        or any(h.start == 0 and h.end == len(prefix) for h in _places(prefix, 4))


def _class_of_place(name: str) -> bool:
    """临川县新建项目, 全县续建项目, 前期工作项目: a class of projects (of a place), no project's name.  The whole of an
    area (全县, 全市) opens no name at all: 全县水利枢纽工程 are all the county's works of a kind."""
    if _RJ_OWN_AREA.match(name):
        return True
    m = _RJ_QUALIFIED_CLASS.search(name) or _RJ_CLASS_TAIL.search(name)
    if m is None:
        return False
    prefix = name[:m.start()]
    return not prefix or bool(_RJ_PLACE_PREFIX.fullmatch(prefix)) or _names_place(prefix)


# a stretch's first end opening what follows (甲—乙…, 甲至乙…)
_RANGE_OPENS = rx.compile(rf"[{_CJK}]{{1,6}}?(?:{_alt(L.RANGE_DASHES)}|至)[{_CJK}]")
# a build verb opening a list item (…、新建乙机场、扩建丙港区等): the verb of that item, not a word of its name
_LEADING_BUILD_VERB = rx.compile(_alt(L.ITEM_BUILD_VERBS))
# a line named by its ends (甲—乙, 甲至乙) or its voltage's sign (±800千伏)
_RANGE_IN_NAME = rx.compile(rf"[{_CJK}](?:{_alt(L.RANGE_DASHES)}|至)[{_CJK}]|±\d")


def _exclusion(name: str, head: str) -> re.Match | None:
    """The first exclusion word (a policy's, a programme's, a class's: zh_projects.EXCLUDE_SUBSTR) in ``name`` that is
    no cut of the head's first character with the word before it: 甲风机制造厂 holds 机制 only across 风机 + 制造厂."""
    hs = len(name) - len(head) if head and name.endswith(head) else len(name)
    for m in _rx()["exclude"].finditer(name):
        if m.start() < hs < m.end() < len(name):
            continue  # (海南自贸港: the word ends the name, its head inside it)
        return m
    return None


_BARE_PROJECT = "项目"  # the word a place's projects are called by (甲县项目): no head of a work's name after a place


def _rejected(c: _Cand, text: str, books: list[tuple[int, int]]) -> bool:
    rx = _rx()
    name = c.name
    if len(name) < 2 or len(name) > 40:
        return True
    if _in_spans(c.vs, books):
        return True
    if name in L.EXCLUDE_EXACT:
        return True
    if _RJ_WORKS_SUFFIX.sub("", name) in L.CLASS_OF_WORKS:
        return True  # 轨道交通项目, 通用机场: a kind of works
    if not c.counted and (_class_of_place(name) or _class_of_renewal(name)):
        return True
    if _RJ_KIND_OF.search(name):
        return True  # 纺织服装类项目, 产业类工程: a kind of projects (类), no project's name
    if (ind := _INDUSTRY_TAIL.search(name)) and (ind.start() == 0 or _RJ_PLACE_PREFIX.fullmatch(name[:ind.start()])
                                                 or _names_place(name[:ind.start()])):
        return True  # 甲市集成电路, 乙市工程机械: a place's industry, no work
    if name.endswith(L.CLUSTER_TAILS) and not _head_at_end(name):
        return True  # 甲市光电子信息集群: a place's industry cluster
    if rx["part_works"].fullmatch(name) or rx["part"].fullmatch(name):
        return True  # 完成路基工程12公里: a part of the works of the project the clause is about
    if _FIELD_BEFORE.search(text, max(0, c.vs - 8), c.vs):
        return True  # 来源：柳江融媒体中心: the publisher named in a field, not a project
    if name.endswith(L.ORGAN_ENDS) and not name.endswith(L.NOT_ORGAN_ENDS) and not _head_at_end(name):
        return True  # (省财政厅、省民政厅、省老龄办等部门负责): a government body, no works
    if _INSTITUTION_CLASS.fullmatch(name):
        return True  # 中职学校, 乡村幼儿园, 县级医院: a kind of institution, every one of them, no works
    if _NON_WORKS_ITEM.search(name):
        return True  # 基金资助项目, 科研项目, 收费项目: a grant's, a programme's or a fee's item, no works
    if _RATED_SITE.search(name):
        return True  # 甲山5A级景区获批, 创建国家5A级旅游景区: a grade given to a site, no works
    if text.startswith(L.ONLINE_OFFLINE, c.ve - 1):
        return True  # 组织线上线下招聘活动: the idiom online and offline, no line ending in 线
    bare = _without_glosses(name)  # (甲县城移民(脱贫)搬迁安置小区项目: a gloss of the name's words, no programme)
    ex = _exclusion(bare, c.head)
    if ex and not (ex.group(0) in L.ITEM_CARD_CLASS_WORDS and _item_card(text, c)
                   and len(rx["exclude"].findall(bare)) == 1) \
            and not (ex.group(0) in L.SIZE_CLASS_WORDS and len(rx["exclude"].findall(bare)) == 1
                     and (_specific_name(bare[:ex.start()]) or _places(bare[:ex.start()], 4))):
        return True  # (甲中型灌区, 乙小型水库: a size class after a name fixes one work; 中型水库3座 is a class)
    if _RJ_PERSON.search(name) and not (len(c.head) >= 2 and name.endswith(c.head)):
        return True  # 省政府秘书长王某: an official named with the role, in a list of who attended (甲县长崃码头 ends in its head)
    if _RJ_PERSON_ACT.search(text[max(0, c.vs - 12):c.ve]):
        return True  # 市委书记王某宣布项目: a person and what the person does
    if (cm := _RJ_COUNTED.search(name)) and not _RJ_PHASE.search(name) and c.source != "road" \
            and "至" not in name[cm.end():] \
            and not any(h.start <= cm.start() < h.end for h in _places(name, 4)):  # 第十八大街 is a road
        return True  # (五大连池至嫩江高速公路: the numeral is a place's, an end of the stretch named)
    if _RJ_COUNTED_DIGITS.search(name) and not c.counted and c.source not in ("road", "gloss", "table"):
        return True
    if _RJ_TARGET_NAMED.search(name):
        return True  # 千万头肉牛工程: a programme named by the amount it aims at
    if c.source != "list" and c.left_token in _PLURAL \
            and not (text[max(0, c.vs - 2):c.vs - 1] == "一" and _RANGE_IN_NAME.search(name)):
        return True  # (又一条外送电通道甲—乙±800千伏直流输电工程: one line, named by its ends)
    if _RJ_DIGITS.fullmatch(name) or _RJ_PHASE_ONLY.fullmatch(name) or _RJ_CODE.fullmatch(name):
        return True  # (“361015工程”: a programme named by the figures of its slogan)
    # quoted parts: slogans carry numerals (“五大会战”, “双区”), run long, or name a programme (“X”工程)
    span = text[max(0, c.vs - 1):c.ve + 1]
    quotes = _RJ_QUOTED.findall(span)
    if len(quotes) >= 3:
        return True
    for q in quotes:
        if _RJ_SLOGAN.search(q) or (len(_without_glosses(q)) > 8 and not _head_at_end(q)):
            return True  # (“丽(江)香(格里拉)”铁路: a short name whose glosses spell out what its characters stand for)
    if _RJ_PROGRAMME.search(span) and not _RJ_WORKS_AFTER.match(text, c.ve):
        return True  # “X”工程 as a programme (实施…), unless works are reported on it (“西电入东”工程建成投运)
    if (qb := _RJ_QUOTED_BATCH.fullmatch(text, c.vs, c.ve)) and not _head_at_end(qb.group(1)):
        return True  # “开门红”项目签约活动, “聚力中心化”重大项目集中开工: a campaign's label names a batch, no one work
    if _RJ_PLUS.search(name) and not _QUOTED_PLUS_BEFORE_HEAD.search(text, max(0, c.vs - 1), c.ve):
        return True  # (“云仓+物联”冷链物流平台: a quoted name joined by +, then the facility it names: one work)
    if c.source != "gloss" and not c.counted and _RJ_COUNT_AFTER.match(text[c.ve:c.ve + 6]):
        return True  # 新建…中小学79所: a count of a class
    if _RJ_AMOUNT_AFTER.match(text[c.ve:c.ve + 8]) \
            and not _has_proper_word(_residual(name)) and not _places(name, 3):
        return True  # 改造提升国省干线公路120公里: an amount of a class of works
    if (size := _RJ_AMOUNT_BEFORE.match(name)) and not _specific_name(name[size.end():]):
        return True  # 28万平方米标准厂房: a size of a class of works (年产10万吨…项目 names a plant by what it makes)
    if _station_of_list(text, c):
        return True
    if name.endswith(_BARE_PROJECT) and _names_place(name[:-len(_BARE_PROJECT)]):
        return True  # 甲市、乙县项目投资总额均超百亿, 丙州项目建设提速: a place's projects, every one of them, no one work
    # a region name alone, or region + one-character head (湛江港: an existing port used as a place)
    if not _names_place(name) and not _names_place(name[:-1]):
        return False  # no place's name spans it from its start: the gazetteer need not be asked
    hits = _places(name, 4)
    if hits and hits[0].start == 0 and hits[0].end >= len(name) - 1 and len(c.head) <= 1 and not _road_name(name):
        return True
    if hits and hits[0].start == 0 and hits[0].end == len(name):
        return True
    return False


# --------------------------------------------------------------------------- stages

_ANNUAL_PLAN = rx.compile(L.ANNUAL_PLAN_RE)
# 先后启动, 已启动建设: a start reported done (zh_projects.REPORTED_SERIES)
_BEGUN_BEFORE = rx.compile(rf"(?:{_alt(L.REPORTED_SERIES)})(?:启动建设|启动)$")
# 启动甲、乙建设: the works of the names 启动 governs (the rest of their list skipped), not 启动甲招商
_WORKS_NAMED_AFTER = rx.compile(r"(?:、[^,。;]{1,30}?)?(?:等[^,。;]{0,8}?)?(?:项目)?(?:建设|施工|工程建设)")
_ANNUAL_PLAN_DONE = rx.compile(_alt(L.ANNUAL_PLAN_DONE))


def _annual_plan_before(text: str, front: int) -> bool:
    """Does the sentence before ``front`` set out the year's arrangement of projects (今年全县安排重点建设项目86个), with
    nothing reported done after it?"""
    ss = max(text.rfind(ch, 0, front) for ch in "。!?！？\n") + 1
    m = None
    for m in _ANNUAL_PLAN.finditer(text, ss, front):
        pass
    return m is not None and not _ANNUAL_PLAN_DONE.search(text, m.start(), front)


def _postfix_outside(post: str, at: int, names: tuple[tuple[int, int], ...], skip_weak: bool = False) -> re.Match | None:
    """The first stage cue in ``post`` (the text from ``at`` on) that lies in no other mention's name: 甲示范项目、乙智能
    运营结算中心等开工建设 reads 开工建设, not the 运营 of 乙's name; ``skip_weak``: not an amount (总投资) either."""
    for pm in _rx()["postfix"].finditer(post):
        if skip_weak and pm.group(0).startswith(_WEAK_STAGE_CUES):
            continue
        if not any(a <= at + pm.start() and at + pm.end() <= b for a, b in names):
            return pm
    return None


def _postfix_stage(pm: re.Match) -> str:
    return next(st for i, (_, st) in enumerate(L.POSTFIX_CUES) if pm.group(f"s{i}") is not None)


def _reported_progress(post: str, pm: re.Match) -> bool:
    """Is the predicate ``pm`` found in ``post`` a start or completion reported made (已开工建设, 均已建成), which says where
    the works stand whatever class the words before them name (争取开工项目中…)?"""
    return _postfix_stage(pm) in ("under_construction", "completed", "operating") \
        and bool(_REPORTED.search(post, 0, pm.start()))


_UP_TO_DENG = rx.compile(r"[^,。;]*?等")


def _stage(text: str, c: _Cand, next_start: int, is_plan: bool,
           names: tuple[tuple[int, int], ...] = (), committed: bool = False) -> tuple[str, str]:
    """(stage, the cue that decided it) for a mention in its clause.  ``names``: the spans of the other mentions, whose
    words are no verbs of the clause (加快推进甲水库扩建工程、乙物流园二期建设: 扩建 is of 甲's name, 加快推进 governs 乙).
    ``committed``: the mention lies in a part of the document that commits, so a completion there is to come."""
    rx = _rx()
    if c.mixed:
        return "unknown", "拟建在建"
    front = c.frame_pos if c.frame_pos >= 0 else c.vs
    cs, _ = list_clause_bounds(text, front)
    if cs > 0 and rx["opener"].search(text, max(0, cs - 1), front):
        cs = list_clause_bounds(text, cs - 1)[0]  # …计划新开工项目未开工，包括A、B: the class clause frames them
    _, ce = list_clause_bounds(text, c.ve)
    # the predicate after the mention; skip over the rest of a list (、X、Y等…), however long
    post_at = c.list_end if c.ve <= c.list_end < ce else c.ve
    post = text[post_at:ce]
    if "等" in post[:40]:
        cut = _UP_TO_DENG.match(post)
        post, post_at = (post[cut.end():], post_at + cut.end()) if cut else (post, post_at)
        post, post_at = _past_class_label(text, post, post_at)
    pre = text[cs:front]
    clause = text[cs:ce]
    pre_stage, pre_cue = "", ""
    best = -1
    inner: tuple[int, str, str] = (-1, "", "")  # the rightmost cue inside another name: only when no other is there
    names = tuple((a, b) for a, b in names if a <= ce and b >= cs)  # those that can hold a cue of the clause
    for rxp, st in rx["prefix"]:
        for m in rxp.finditer(clause):  # on the whole clause so that lookaheads (以…为抓手) see it
            if m.end() > len(pre):
                break
            if text[cs + m.end():cs + m.end() + 1] == "、" and cs + m.end() < front:
                continue  # 甲党校迁址新建、乙化工、丙码头: the verb ends an item of the list, no verb of the items after it
            if any(a <= cs + m.start() and cs + m.end() <= b for a, b in names):
                if m.end() > inner[0]:
                    inner = (m.end(), st, m.group(0))
                continue
            if m.end() > best or (m.end() == best and len(m.group(0)) > len(pre_cue)):
                best, pre_stage, pre_cue = m.end(), st, m.group(0)
    if not pre_stage and inner[1]:
        best, pre_stage, pre_cue = inner
    # committed: the mention lies in a part that commits (今年工作安排), whatever its own clause says
    future = committed or bool(rx["future"].search(text[part_bounds(text, front, back=200)[0]:front]))
    pm = _postfix_outside(post[:40], post_at, names)
    if (pm is None or pm.group(0).startswith(_WEAK_STAGE_CUES)) and text[post_at:post_at + 1] == "、":
        # 甲项目、乙电网、丙中心…等84个项目开工建设 / 总投资5亿元的甲项目、总投资3亿元的乙项目实现当年开工: the predicate
        # of a long run of items, however far on, past the amounts that size the items after it
        pm = _postfix_outside(post, post_at, names, skip_weak=True) or pm
    if pre_stage == "proposed" and pre_cue in L.PUSH_CUES and pm and L.PREPARATION_WORD in pm.group(0):
        return "planned", pm.group(0)  # 推动甲、乙等项目完成前期工作: the works are being prepared
    if pre_stage == "proposed" and pre_cue in L.PUSH_CUES and pm and _postfix_stage(pm) in ("completed", "operating"):
        return "planned", pm.group(0)  # 推动甲项目建成投产: its completion a goal set, the works decided on (推动乙建设: a wish)
    if pre_stage == "proposed" and not (pm and _reported_progress(post, pm)):
        return "proposed", pre_cue  # (35个争取开工项目中甲、乙等15个项目已开工建设: what is reported done wins)
    if pm:
        for i, (_, st) in enumerate(L.POSTFIX_CUES):
            if pm.group(f"s{i}") is not None:
                cue = pm.group(0)
                done = st in ("completed", "operating") or cue.startswith(L.PARTIAL_COMPLETIONS)
                if done and (is_plan and pre_stage in ("planned", "") and future):
                    return "planned", cue  # a plan's (a work report's tasks') 建成投运, 基本建成: to come
                if st in ("completed", "operating") and pre_cue in ("加快", "加快推进", "推进"):
                    break  # 加快…建成 is still a push (among the year's tasks too: 加快推进甲、乙等项目投产达产)
                if done and committed and not _REPORTED.search(post, 0, pm.start()):
                    return "planned", cue  # the year's tasks: 白河机场改扩建工程建成投用 is what is to be done
                if st in ("completed", "operating") and rx["part"].search(post, 0, pm.start()):
                    return "under_construction", cue  # 乙航电枢纽导流明渠通水: a part of the works done, the whole is not
                if st in ("completed", "operating") and _COMMITS.search(pre):
                    return "planned", cue  # 确保X年内建成通车, 力争X年底前投产: a completion promised
                to_come = _completion_to_come(post[:pm.start()]) if done else ""
                if to_come:
                    # 确保甲馆10月竣工: a target; 甲图书馆将于今年10月竣工, 乙大道有望年内通车: the works go on now (but 新建丙
                    # 医院,预计后年建成 of works not begun, and 续建丁路有望近期竣工 of works going on, keep the verb's stage)
                    return (pre_stage if pre_stage in ("planned", "proposed", "under_construction") else to_come), cue
                if st == "under_construction" and _START_CUE.search(cue) \
                        and (committed or _START_COMMITS.search(pre) or pre_cue in L.START_PUSH_CUES
                             or _FUTURE_TIME.search(post, 0, pm.start())) \
                        and not _REPORTED.search(post, 0, pm.start()):
                    return "planned", cue  # 确保A、B两个项目年内开工: a start promised (计划开工的X已开工: made)
                if pre_stage and cue.startswith(_WEAK_STAGE_CUES):
                    break  # 开工的X总投资58亿元: the amount says nothing of the stage the verb before gives
                if st == "completed" and cue.startswith(L.PARTIAL_COMPLETIONS) and _GOING_ON_NEXT.match(text, ce):
                    return "under_construction", cue  # 甲中心基本建成,正在进行室内装修: what is left is being done
                return st, cue
    if not pre_stage and c.ve <= c.list_end:
        cm = _class_after_etc_rx().match(text, c.list_end)
        if cm:
            # 督查了甲、乙等在建项目 / 丙、丁等3个竣工项目: the class the list closes with names the members' stage
            st = {**zh.PROJECT_LIST_STAGES, **L.CLASS_STAGES}[cm.group(1)]
            return ("planned" if is_plan and st == "under_construction" and "开工" in cm.group(1) else st), cm.group(1)
    if pre_stage == "under_construction" and "开工" in pre_cue and _annual_plan_before(text, front):
        return "planned", pre_cue  # 今年安排…新开工项目40个,包括A: starts to come
    if pre_stage in ("completed", "operating"):
        if (pre_cue in ("建成", "完成", "完工", "开园", "开街", "开通运营", "投入运营", "开通", "建成投产", "竣工投产")
                or pre_cue.startswith(L.PARTIAL_COMPLETIONS)) and (is_plan or future):
            return "planned", pre_cue  # (基本建成甲街区 among the year's tasks: to come)
        return pre_stage, pre_cue
    if pre_cue.startswith(L.PARTIAL_COMPLETIONS) and (is_plan or future):
        return "planned", pre_cue  # 基本建成甲街区 among the year's tasks: to come
    if pre_stage == "planned" and pre_cue in ("开工建设", "开工") and not is_plan and not future:
        return "under_construction", pre_cue
    if pre_stage == "planned" and pre_cue in ("启动建设", "启动") and not is_plan and not future \
            and (pre_cue == "启动建设" or _WORKS_NAMED_AFTER.match(post)) and _BEGUN_BEFORE.search(pre, 0, best):
        return "under_construction", pre_cue  # a review's 先后启动甲、乙建设: the works were begun (启动X建设 of a task: to come)
    if pre_stage:
        return pre_stage, pre_cue
    return "unknown", ""


# --------------------------------------------------------------------------- categories, places, money

def _category(name: str, head: str) -> str:
    best, pos = L.HEADS.get(head, "other"), -1
    hp = name.rfind(head) if head else -1
    for w, cat in L.CATEGORY_WORDS.items():
        p = name.rfind(w)
        if p >= 0 and p + len(w) > pos and (hp < 0 or p + len(w) >= hp + len(head) or head in ("工程", "项目", "基地", "中心")):
            best, pos = cat, p + len(w)
    if head and hp >= 0 and hp + len(head) >= pos:
        best = L.HEADS.get(head, best) if head not in ("工程", "项目", "基地", "中心", "节点") else best
    if best == "other" and head in ("工程", "项目") and hp > 0:
        inner = _head_at_end(name[:hp])  # 甲煤电消纳14万千瓦光伏项目: the kind the head before 项目 names
        if inner and inner not in ("工程", "项目"):
            best = L.HEADS.get(inner, best)
    return best


@dataclass
class _Regions:
    doc_region: object = None  # Region
    blocks: list[tuple[int, int, object]] = field(default_factory=list)


def _region_label(r) -> str:
    return r.name if r is not None else ""


_LEVEL_AFTER_SHORT = ("县", "市", "区")  # a short name followed by these is part of a full name


def short_name_offsets(text: str, short: str) -> list[int]:
    """Where ``text`` writes a county's short name not followed by 县/市/区 (岚溪 of 岚溪县 standing alone), left to
    right without overlaps: ``re.finditer(re.escape(short) + "(?![县市区])", text)``'s starts, found by ``str.find``
    (a pattern per county cost a compile of about a millisecond for every county a batch meets)."""
    out: list[int] = []
    n = len(short)
    i = text.find(short) if short else -1
    while i >= 0:
        if text[i + n:i + n + 1] in _LEVEL_AFTER_SHORT:
            i = text.find(short, i + 1)
        else:
            out.append(i)
            i = text.find(short, i + n)
    return out


def _doc_regions(text: str, record: DocumentRecord, layer=None) -> _Regions:
    """The document's own region and heading blocks that are about one county (an interview
    with each county's secretary in turn)."""
    g = _gaz()
    out = _Regions()
    ctx = _CTX.get()
    if g is None or not ctx:
        return out
    out.doc_region = ctx[0]
    found = layer.find(max_level=3, context=ctx) if layer is not None else g.find(text, max_level=3, context=ctx)
    hits = [(h.start, h.region) for h in found]
    # the document's own counties by their short forms too (the table may skip ambiguous ones)
    for r in ctx:
        if r.level == 3 and len(r.short) >= 2 and r.short != r.name:
            hits.extend((k, r) for k in short_name_offsets(text, r.short))
    starts = [0]
    pos = 0
    for line in text.split("\n"):
        st = line.strip()
        if st and len(st) <= 40 and not st.endswith("。") and pos > 0:
            starts.append(pos)
        pos += len(line) + 1
    merged = [0]
    for st in starts[1:]:
        if st - merged[-1] > 80:
            merged.append(st)
    merged.append(len(text))
    # each hit falls in one block: sort them into blocks once (keeping their order) instead of
    # scanning every hit for every block
    per_block: list[list] = [[] for _ in merged]
    for p, r in hits:
        if 0 <= p < len(text) and r.level in (2, 3):
            per_block[bisect.bisect_right(merged, p) - 1].append(r)
    for k, (a, b) in enumerate(zip(merged, merged[1:])):
        cnt = Counter(per_block[k])
        if not cnt:
            continue
        top, n = cnt.most_common(1)[0]
        pref = sum(v for r, v in cnt.items() if r.level == 2)
        if top.level == 3 and n >= 2 and n > pref and top != out.doc_region:
            out.blocks.append((a, b, top))
    return out


def _county_of(hits: list, regions: _Regions):
    """Most specific county-level unit among hits (towns count for their county)."""
    g = _gaz()
    best = None
    dr = regions.doc_region
    for h in hits:
        r = h.region
        if r.level == 4:
            # a town short name counts only when it lies in the document's area
            cands = [x for x in h.candidates if x.level == 4]
            par = None
            for x in cands:
                p = g.parent(x)
                if p is not None and dr is not None and (g.contains(dr, p) or g.contains(p, dr) or
                                                         g.prefecture_of(p) == g.prefecture_of(dr)):
                    par = p
                    break
            if par is None:
                continue
            r = par
        if r.level == 3:
            return r
        if r.level == 2 and best is None:
            best = r
    return best


@lru_cache(maxsize=64)
def _counties_under(code: str) -> tuple:
    """The current counties whose parent is ``code``, in the gazetteer's order (its index of children, where a scan
    of every division cost about a millisecond for each prefecture a batch meets)."""
    g = _gaz()
    return tuple(r for r in g.children_of(code) if r.level == 3 and r.current) if g else ()


def _local_hits(s: str, regions: _Regions) -> list:
    """Places named in ``s`` that lie in the document's province; towns count for their county.
    A place naming a landform (雷州半岛) or one end of a route (霞山至东海岛) is not a location."""
    g = _gaz()
    ctx = _CTX.get()
    if g is None or not s:
        return []
    memo = _memo()
    done = memo.get(("local", s))
    if done is not None:
        return done
    area = memo.get("area")
    if area is None:
        wide = list(ctx)
        for r in ctx:
            pref = g.prefecture_of(r)
            if pref is not None:
                wide.extend(_counties_under(pref.code))
        area = memo["area"] = (tuple(wide), {g.province_of(r) for r in ctx} - {None})
    wide, provs = area
    hits = g.find_in_scan(_scan(g, s, 4, memo), max_level=4, context=wide)
    out = []
    for h in hits:
        if s[h.end:h.end + 2] in ("半岛",) or "至" in s[max(0, h.start - 1):h.end + 1]:
            continue
        if h.region.level == 4 and s[h.end:h.end + 1] in ("区", "市", "县"):
            continue  # 大湾区 is not the town 大湾
        if provs and g.province_of(h.region) not in provs:
            continue
        out.append(h)
    memo[("local", s)] = out
    return out


def _location(text: str, c: _Cand, regions: _Regions) -> str:
    g = _gaz()
    if g is None:
        return ""
    if "至" in c.name:
        return _region_label(regions.doc_region)
    r = _county_of(_local_hits(c.name, regions), regions)
    if r is not None and r.level == 3:
        return r.name
    cs, _ = list_clause_bounds(text, c.frame_pos if c.frame_pos >= 0 else c.vs)
    pre = text[cs:c.vs]
    rc = _county_of([h for h in _local_hits(pre, regions) if h.region.level <= 3], regions)
    if rc is not None and rc.level == 3 and "、" not in text[cs + 1:c.vs][-12:]:
        return rc.name
    for a, b, reg in regions.blocks:
        if a <= c.vs < b:
            return reg.name
    if r is not None:
        return r.name
    return _region_label(regions.doc_region)


# an amount that sizes a group counted right after it (总投资6.5亿元的12个项目)
_GROUP_AFTER_AMOUNT = rx.compile(rf"的?(?:\d+|[{_CN_NUM}]+)(?:多|余)?(?:{_alt(L.CLASS_COUNTERS)})")


def _investments(doc: Doc, text: str, c: _Cand, next_start: int) -> list[Investment]:
    _, ce = list_clause_bounds(text, c.ve)
    end = min(ce, next_start) if next_start > c.ve else ce
    seg = text[c.ve:end]
    out = []
    for m in _rx()["invest"].finditer(seg):
        if m.start() > 12:
            break
        if _GROUP_AFTER_AMOUNT.match(seg, m.end()):
            continue  # 在甲项目现场举行总投资6.5亿元的12个项目集中开工活动: the sum of the group, not of 甲
        kind = "completed" if (m.group(2) == "完成") else "planned"
        vs = c.ve + m.start(3)
        rs, re_ = doc.raw_span(vs, vs + len(m.group(3)))
        out.append(Investment(float(m.group(3)), m.group(4), kind, rs, re_))
    return out


# --------------------------------------------------------------------------- extract

# A notice that issues a plan (关于印发…目标任务/工作要点/实施方案的通知) carries the plan: its 建成X are targets.
_ISSUES_PLAN = rx.compile(r"印发[^。\n]{0,60}(?:规划|计划|方案|目标任务|工作要点|要点|清单)")
# A title that names the tasks or targets it sets out (…重点工作分工方案(一), 2026年主要预期目标, 政府工作报告重点任务): the
# text is that plan, as an issued one is (a title that reports on them, …重点任务推进情况, ends otherwise)
_PLAN_TITLE = rx.compile(rf"(?:{_alt(L.PLAN_TITLE_ENDS)})(?:[(（][一二三四五六七八九十\d]{{1,2}}[)）])?\s*$")


_ANNOUNCED_LIST = rx.compile(
    rf"(?:{_alt(L.LIST_ANNOUNCE_VERBS)})[^。\n]{{0,30}}?项目(?:建设)?(?:{_alt(L.LIST_DOC_WORDS + ('计划',))})"
    rf"|项目(?:{_alt(L.LIST_DOC_WORDS + ('计划',))})?(?:正式|近日|日前|已)?(?:{_alt(L.LIST_ANNOUNCE_VERBS)})"
    # (…基础设施建设计划已获市政府批准: a year's plan of works approved)
    rf"|建设(?:{_alt(L.LIST_DOC_WORDS + ('计划',))})(?:正式|近日|日前|已)?获[^。\n,，]{{0,6}}?(?:批准|批复|通过)"
    rf"|项目(?:{_alt(L.LIST_DOC_WORDS)})")
LIST_ANNOUNCE_HEAD = 300  # characters of a text's opening that announce the list it gives


def _read_title(record: DocumentRecord) -> str:
    """The title as the text's words are read (``doc.norm``): a traditional-script title (2024年重點項目清單) is given as
    written, and its cues (清单, 名单, 集中开工) are matched on it folded to simplified, character by character."""
    return normalize_chars(record.title or "")


def _announced_list(text: str, record: DocumentRecord) -> bool:
    """Does the document announce a list of projects (its title or opening: 公布…重点项目名单, 印发…项目计划, …项目确定,
    …项目清单)?  The works it names with no stage of their own are the list's items: planned."""
    return bool(_ANNOUNCED_LIST.search(_read_title(record) + "\n" + text[:LIST_ANNOUNCE_HEAD]))


def _listed(text: str, c: "_Cand") -> bool:
    """Is ``c`` written as an item of a list: joined to another by 、 or closing with 等, after a colon or 包括, or a
    numbered item?"""
    if text[c.ve:c.ve + 1] in ("、", "等") or text[c.vs - 1:c.vs] in ("、", ":", "：") or _item_card(text, c) \
            or _ITEM_BEFORE.search(text, max(0, c.vs - 6), c.vs):
        return True  # (名单:1.A 2.B: items numbered in the run of the text)
    return bool(re.search(rf"(?:{_alt(L.LIST_OPENERS)})\s*$", text[max(0, c.vs - 6):c.vs]))


def _sets_tasks(record: DocumentRecord) -> bool:
    """Does the title say the text sets out tasks or targets (…重点工作分工方案, 2026年主要预期目标)?  Then every part of
    it commits, as a work report's chapter of the year's tasks does: it has no review of what was done."""
    return bool(record.title) and bool(_PLAN_TITLE.search(_read_title(record)))


def _is_plan(text: str, record: DocumentRecord) -> bool:
    if record.title and (_ISSUES_PLAN.search(_read_title(record)) or _sets_tasks(record)):
        return True
    if record.doc_type:
        return record.doc_type == "plan"
    head = _read_title(record) + text[:1500]
    return bool(_rx()["plan"].search(head))


FIRM_ITEM_MIN = 4  # characters of a list's item named without a head that may name a firm's works (华东精密铸件)


_ROLE_WORDS = rx.compile(_alt(L.CLASS_ROLE_WORDS))


def _describes_class(rest: str) -> bool:
    """Does the stem of a list's class (what stands between 等 and 项目), its class words (重点, 省级, 产业) taken out, only
    rate the projects by the role they play (等一批延链补链强链项目, 等典型示范项目, 等龙头项目)?  Then, as under a class
    sized by its amount (等26个总投资30亿元以上项目), each member is named by itself.  A stem naming a kind of works or an
    industry (等污水处理项目, 等储能项目, 等现代煤化工项目), a purpose that is no works (等人才资助项目, 等技术攻关项目) or
    a verb of the clause (…等措施推进重点项目) is none of these: its members are read as before."""
    return bool(rest) and not _ROLE_WORDS.sub("", rest)


def _firm_works_item(text: str, c: _Cand) -> bool:
    """Is the headless item ``c`` of a list closed by 等…项目 (甲精密铸件、乙物流二期等5个项目集中开工) a firm's works named by
    the firm and what it makes, as a start-up news names them: long enough to hold a name besides a product, and no
    industry (新能源汽车、甲公司电池项目等), class of works (基础设施) or works done to a class (新型农村社区建设: a nominal
    action ends it) the list's other, named items stand beside?  A list of 工程 (…等重点工程) classes fields of works."""
    if len(c.conj) < FIRM_ITEM_MIN or _head_at_end(c.conj) or c.list_end < 0 \
            or _rx()["action_before"].search(c.conj):
        return False
    m = _rx()["list_etc"].match(text, c.list_end)
    if m is None or m.group(3) != "项目":
        return False
    rest = c.conj
    for w in (*L.INDUSTRY_NAMES, *L.INDUSTRY_WORDS, *_LIST_CLASS_STEM_WORDS):
        rest = rest.replace(w, "")
    return len(rest) >= 2 and not _rx()["generic"].fullmatch(rest)


def _select(cands: list[_Cand], text: str) -> list[_Cand]:
    """Non-overlapping mentions: list items first, then the longest wins an overlap."""
    rank = {"table": 4, "road": 3, "list": 3, "gloss": 3, "shared": 2}
    order = sorted(cands, key=lambda c: (-rank.get(c.source, 0), -(c.ve - c.vs), c.vs))
    starts: list[int] = []  # taken intervals, sorted and disjoint
    ends: list[int] = []
    taken: list[_Cand] = []
    for c in order:
        i = bisect.bisect_left(starts, c.ve)  # intervals starting before c ends
        if i > 0 and ends[i - 1] > c.vs:
            continue  # the nearest earlier-starting interval reaches into c
        starts.insert(i, c.vs)
        ends.insert(i, c.ve)
        taken.append(c)
    return sorted(taken, key=lambda c: c.vs)


def _chain(text: str, c: _Cand) -> tuple[str, int, list[str]]:
    """Walk left over a coordination (X、Y、Z): the governing token, where the chain starts,
    and the sibling conjuncts (for 、-lists the verb before the first item governs them all)."""
    tok, ns = c.left_token, c.vs
    sibs: list[str] = []
    for _ in range(10):
        if tok not in L.SOFT_STOPS:
            break
        ls, t2 = _left_boundary(text, ns - len(tok))
        if ls >= ns - len(tok) and t2 in L.VERB_OR_ACTION:
            # 启动甲高铁提速、乙城际建设: the verb of 提速乙高铁 is here the sibling's own action (甲高铁提速)
            act = ns - len(tok) - len(t2)
            ls2, t3 = _left_boundary(text, act)
            if ls2 < act:
                ls, t2 = ls2, t3
        if ls >= ns - len(tok):
            break
        if t2 in L.NOMINAL_ACTIONS and text[ls:ls + 2] in ("项目", "工程"):
            ls2, t3 = _left_boundary(text, ls - len(t2))  # 甲孵化中心建设项目、乙园: the action is in the sibling's name
            if ls2 < ls - len(t2):
                ls, t2 = ls2, t3
        sibs.append(text[ls:ns - len(tok)])
        ns, tok = ls, t2
    # siblings to the right
    pos = c.ve
    for _ in range(10):
        if text[pos:pos + 1] not in ("、", "和", "及"):
            break
        m = _rx()["head"].search(text, pos + 1, pos + 30)
        stop = _rx()["fwd_stop"].search(text, pos + 1, pos + 30)
        if not m or (stop and stop.start() < m.start()):
            if stop and stop.start() > pos + 1:
                sibs.append(text[pos + 1:stop.start()])
            break
        sibs.append(text[pos + 1:m.end()])
        pos = m.end()
        tm = _rx()["tail"].match(text, pos)
        if tm:
            pos = tm.end()
    return tok, ns, sibs


def _generic_prefix(s: str) -> str:
    """The longest run of generic vocabulary at the start of ``s`` (省级现代农业 in 省级现代农业菠萝产业园)."""
    rx = _rx()["generic"]
    pos = 0
    while True:
        m = rx.match(s, pos)
        if not m or len(m.group(0)) < 2:
            return s[:pos]
        pos = m.end()


def _generic_suffix(s: str) -> str:
    """The longest run of generic vocabulary at the end of ``s`` that leaves two characters of a name before it (通县
    in 青峰通县 of 左岭、石门、青峰通县油路): what the conjuncts before share with the last one besides its head."""
    for k in range(2, len(s)):
        if len(_generic_prefix(s[k:])) == len(s) - k:
            return s[k:]
    return ""


def _share_modifier(left: str, name: str, head: str) -> str:
    """省级现代农业菠萝产业园、芒果产业园 → the second is 省级现代农业芒果产业园: a designation
    written once before coordinated names with the same head belongs to each of them."""
    if not head or not left.endswith(head) or not name.endswith(head):
        return name
    pre = _generic_prefix(left)
    rest = left[len(pre):-len(head)]
    if len(pre) < 4 or not rest or _generic_prefix(name) or name.startswith(pre):
        return name
    return pre + name


def _zone_works_after(text: str, end: int) -> bool:
    """Does the clause after a list of zones (…等4个重点片区) report works on them (完成投资, 开工, 加快推进)?"""
    m = re.search(rf"等(?:\d+|[{_CN_NUM}]+)?个?[{_CJK}]{{0,8}}?(?:{_alt(L.ZONE_CLASSES)})", text[end:end + 200])
    if m is None or re.search(r"[,，。;；\n]", text[end:end + m.start()]):
        return False
    k = end + m.end()
    if text.startswith(("建设", "开发", "开发建设"), k):
        return True  # 推进甲园区、乙园区等3个先进制造业园区建设: the zones are what is built
    ce = list_clause_bounds(text, k)[1]
    pm = _rx()["postfix"].match(text, k, ce) or _rx()["postfix"].search(text, k, min(ce, k + 12))
    return pm is not None and not pm.group(0).startswith(_WEAK_STAGE_CUES)


_UPGRADE_RE = rx.compile(r"^[^,。;]{0,40}?(?:等)?(?:“?二次创业|创建|争创|创成|建设成为|提档升级|扩区|等更多"
                         r"|等一批(?![^,。;]{0,12}?(?:项目|工程)))")  # …X等一批重大项目: X is one of them (也
# …等一批千亿级标志性项目: the class the batch is of may be long)


def _new_start(name: str, text: str, end: int) -> bool:
    """Is the 新 ending ``name`` the first character of 新开工 (newly started: 甲县新开工项目, 西部大开发新开工), not the end of
    a word of the name (乙片区更新开工, 丙街翻新开工: 更新 and 翻新 are words of the works)?"""
    if not name.endswith("新") or not text.startswith("开工", end) or len(name) < 2:
        return False
    j = _jieba()
    return j is None or j[1].get(name[-2:], 0) == 0


_SPAN_OF_TIME = rx.compile(r"(?:\d+|[一二三四五六七八九十两半]+)(?:多|余)?(?:天|日|周|个月|年)$")


def _subject_cands(text: str) -> list[_Cand]:
    """巴斯夫完成投资…, 万有文旅正在…: a short name opening a clause before a progress predicate."""
    out = []
    rx = re.compile(rf"(?:^|(?<=[,。;:\n]))([{_CJK}A-Za-z0-9]{{2,8}}?)(?=完成投资|累计完成|正式投产|正式开工|建成投产|开工建设|主体建成|部分开服|有序推进|顺利推进"
                    rf"|{_alt(L.SUBJECT_STAGE_VERBS)})")
    for m in rx.finditer(text):
        name = m.group(1)
        if _rx()["stop_rev"].search(name[::-1]) or _places(name, 4) and len(_places(name, 4)[0].text) == len(name):
            continue
        if _time_only(name):
            continue  # 甲段,…,本年完成投资50万元: the time the sum is of opens the clause, no name of works
        if _SPAN_OF_TIME.search(name):
            continue  # 提前12天完工, 历时8个月建成: how long or how early, no name of works
        if text.startswith(L.SUBJECT_STAGE_VERBS, m.end(1)) and _rx()["head"].search(name):
            continue  # 甲铁路提前一年建成通车: a name with its head is the head reader's (甲铁路), the words after it no name
        if text.startswith(L.SUBJECT_STAGE_VERBS, m.end(1)) and name.endswith(L.SUBJECT_STAGE_ADVERBS):
            continue  # 甲县集中开工: how the place starts its works, no name of works
        if _new_start(name, text, m.end(1)):
            continue  # 西部大开发新开工的工程有…: 新开工 is one verb, the words before it its doer
        out.append(_Cand(m.start(1), m.end(1), name, _head_at_end(name), "", "subject"))
    return out


# A clause opened by the time its figure is of (本年完成投资, 今年以来累计完成, 1-6月完成投资, 上半年正式开工)
_TIME_WORD = rx.compile(rf"{_alt(zh.THIS_YEAR_WORDS + zh.YEAR_OWN_SUM_WORDS + zh.PART_TIME_OPENERS + zh.PRESENT_WORDS + zh.YEAR_TO_DATE)}"
                        rf"|{zh.BASE_TIME_PATTERN}")


def _time_only(s: str) -> bool:
    """Is ``s`` made of time words alone (本年, 今年以来, 2025年1-6月)?  Read a word at a time, as a step reader: a
    repeat of the time words' alternation could cut a text many ways."""
    pos = 0
    while pos < len(s):
        m = _TIME_WORD.match(s, pos)
        if m is None or m.end() == pos:
            return False
        pos = m.end()
    return bool(s)


# an item's number in brackets, in figures or in Chinese numerals ((3), （三）): lists of works number their lines either way
_PAREN_NO = r"[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]"
_ITEM_LINE_MARK = rx.compile(rf"[ \t\u3000]*(?:\d{{1,3}}[.、．]|{_PAREN_NO}|[①-⑳])[ \t\u3000]*")
_ITEM_LINE_END = rx.compile(r"[:：\t]|[ \u3000]{2}|\u3000|$")
_ITEM_LINE_NAME = rx.compile(rf"[{_NAME_CHARS}()（）—－]{{3,30}}")
_CJK_ANY = rx.compile(f"[{_CJK}]")


@lru_cache(maxsize=1)
def _list_heading_rx() -> re.Pattern:
    words = (*L.PROJECT_LIST_HEADING_WORDS, *zh.PROJECT_LIST_STAGES)
    return re.compile(rf"(?:项目|工程)[^\n。]*?(?:{_alt(words)})|(?:{_alt(words)})[^\n。]{{0,8}}?(?:项目|工程)")


def _list_heading_above(lines: list[str], i: int) -> bool:
    """Does a line heading a list of projects stand above line ``i``, with only the list's item lines, their cards
    (建设内容:…, 总投资…亿元) and stray lines (a page number, a romanised line) between them?"""
    fields = tuple(L.PROJECT_ITEM_FIELDS)
    for j in range(i - 1, max(-1, i - 1 - L.ITEM_LIST_LINES_MAX), -1):
        ln = lines[j].strip()
        ln = _colon_closing(ln) or ln  # …活动举行。各分会场开工项目如下: is headed by its last sentence
        if not ln or _ITEM_LINE_MARK.match(ln) and ln[_ITEM_LINE_MARK.match(ln).end():][:1] not in ("", "\t"):
            continue  # a blank line, another item of the list
        if ln.lstrip("(（[【").startswith(fields) or re.search(r"\d(?:亿元|万元)", ln):
            continue  # the card of the item above
        if not _CJK_ANY.search(ln) or len(ln) <= L.ITEM_RESIDUE_MAX and not re.search(r"[,，。;；]", ln) \
                and not _list_heading_rx().search(ln):
            continue  # a page number, a romanised line, a stray word of the page
        return len(ln) <= 40 and "。" not in ln and bool(_list_heading_rx().search(ln)) \
            and not any(v in ln for v in L.LIST_HEADING_TASK_VERBS)
    return False


def _item_line_cands(text: str) -> list[_Cand]:
    """2.白河大道北延⏎建设内容:… / 3.柳岸抽蓄:总投资80亿元: a numbered line of a list of projects names one project by its
    words before its card, with or without a head noun (甲水库一期, 乙路东延, 丙片区更新), when a line above heads the
    list (一、续建项目, 某县重点项目清单) and the name carries a proper element (_specific)."""
    out = []
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines):
        ls, pos = pos, pos + len(line) + 1
        mk = _ITEM_LINE_MARK.match(line)
        nm = _ITEM_LINE_NAME.match(line, mk.end()) if mk else _ITEM_LINE_NAME.fullmatch(line.strip())
        if not nm or (mk and not _ITEM_LINE_END.match(line, nm.end())):
            continue
        name = nm.group(0)
        if not mk:
            # 各分会场开工项目如下:⏎…⏎桐溪片区基础设施建设⏎…: a line of its own under the heading, unnumbered, names
            # works when it is a place and the works done on it (_works_item)
            nm = _ITEM_LINE_NAME.search(line, line.find(name))
            if not _works_item(name):
                continue
        hits = _rx()["exclude"].findall(name)
        if _head_at_end(name) or _rx()["fwd_stop"].match(name) or _INDUSTRY_TAIL.search(name) \
                or (hits and hits != [w for w in hits if w in L.ITEM_CARD_CLASS_WORDS]):
            continue  # a name with its head is read by from_heads; a verb, an industry: no name of works (the
            # infrastructure of a place, written on a line of a list, is its works: 甲片区基础设施建设)
        c = _Cand(ls + nm.start(), ls + nm.end(), name, "", "", "subject")
        if _specific(c, text) and _list_heading_above(lines, i):
            out.append(c)
    return out


_MEMBERS_OPEN_SENTENCE = rx.compile(rf"(?<=[。!?！？])\s*(?:其中)?(?:主要)?(?:{_alt(L.CLASS_COPULAS)})\s*$")
_ITEM_BEFORE = rx.compile(rf"(?:\d{{1,2}}[.、．]|{_PAREN_NO}|[①-⑳])\s*$")
# a clause that is no more than an opener of members (分别是, 具体为, 主要有): it names no class of its own
_OPENER_CLAUSE = rx.compile(rf"\s*(?:{_alt(L.LIST_OPENERS + L.MEMBER_COPULAS + L.CLASS_COPULAS)})\s*")
_COLON_BEFORE = rx.compile(rf"(?:{_alt(L.LIST_OPENERS + ('有', '是', '为'))})?\s*[:：]\s*$")
# 续建项目主要有A, 尚未开工的3个项目为A; 开工项目中,包括A / 9个项目同期开工,包括A: a class, then its members
_COPULA_BEFORE = rx.compile(rf"(?:{_alt(zh.PROJECT_LIST_HEADS)})(?:[^,。;:：\n]{{0,6}}?(?:{_alt(L.CLASS_COPULAS)})"
                            # (新开工项目23个,主要包括A、B: the class counted, then a copula of members opening a clause)
                            rf"|[^,。;:：\n]{{0,6}}?[,，]\s*(?:{_alt(L.LIST_OPENERS + L.MEMBER_COPULAS)})"
                            # 昨日开工的15个重点项目中,还有A、B等: the members of the class the clause before names
                            rf"|中[,，]\s*(?:{_alt(L.CLASS_PART_OPENERS)}))\s*$"
                            # 投资进度较快的有A、B / 已竣工的有C: the class a relative clause names, its 项目 unwritten
                            rf"|[^,。;:：\n]{{1,12}}?的(?:{_alt(L.CLASS_COPULAS)})\s*$"
                            # 未按期开工3项,为A、B: the works counted by their counter alone, then who they are
                            rf"|(?:\d{{1,3}}|[{_CN_NUM}]{{1,3}})(?:项|个)[,，]\s*(?:{_alt(L.CLASS_COPULAS)})\s*$")


@lru_cache(maxsize=1)
def _class_stage_rx() -> re.Pattern:
    words = {**zh.PROJECT_LIST_STAGES, **L.CLASS_STAGES}
    return re.compile(rf"({_alt(words)})[^\n,。;:]{{0,4}}?(?:{_alt(zh.PROJECT_LIST_HEADS)})")


@lru_cache(maxsize=1)
def _class_after_etc_rx() -> re.Pattern:
    """等, a count perhaps, then a class of projects named by its stage (等在建项目, 等15个续建项目, 等3个竣工项目)."""
    words = {**zh.PROJECT_LIST_STAGES, **L.CLASS_STAGES}
    return re.compile(rf"[等](?:(?:\d+|[{_CN_NUM}]+)(?:多|余)?(?:{_alt(L.LIST_COUNTERS)}))?(?:{_alt(L.CLASS_MODIFIERS)})?"
                      rf"({_alt(words)})(?:{_alt(zh.PROJECT_LIST_HEADS)})")


def _past_class_label(text: str, post: str, post_at: int) -> tuple[str, int]:
    """The predicate part of ``post`` (the words after a list's 等, from ``post_at``): past the class the list closes
    with when that class is named by a stage (等318个计划新开工项目实现开工, 等12个续建项目已竣工).  The label names the
    list the works were put on; the verb after it says what happened to them, and reading the label as a predicate
    (计划…开工) would make a start reported made a start promised.  Where no verb follows, the label still gives the
    members' stage (_stage's class branch)."""
    if text[post_at - 1:post_at] != "等":
        return post, post_at
    cm = _class_after_etc_rx().match(text, post_at - 1)
    if cm is None:
        return post, post_at
    return post[cm.end() - post_at:], cm.end()


LIST_ITEMS_MAX = 60  # item lines walked up to the line that opens their list


def _class_before(text: str, front: int) -> tuple[int, int]:
    """(start, end) of the clause naming the class whose members are listed from ``front`` on, or (-1, -1): the
    clause before a colon (进度滞后的项目主要有:A、B; 签约项目:1.A,…;2.B), or a class with a copula in the same
    clause (尚未开工的3个项目为A、B和C); members listed per unit (滞后项目:甲市2个,A和B;乙局1个,C) are the class's
    that opens the list."""
    entry = _unit_entry(text, front)
    if entry >= 0:
        return _per_unit_class(text, entry)
    am = _AMOUNT_OF_ITEM_DE.search(text, max(0, front - 24), front)
    if am:
        front = am.start()  # …项目中,还有投资2亿元的甲项目: the first member's own amount opens it
    lo = max(0, front - 12)
    mk = _ITEM_BEFORE.search(text, lo, front)
    end = mk.start() if mk else front
    if mk and text[max(0, end - 1):end] in (";", "；"):
        # a later numbered item of a list a colon opened: the colon is back in the same sentence
        k = max(text.rfind(":", 0, end), text.rfind("：", 0, end))
        if k < 0 or re.search(r"[。\n]", text[k:end]):
            return -1, -1
        return list_clause_bounds(text, k)[0], k
    if mk and text[max(0, end - 1):end] == "\n":
        # 分别是:⏎1.A⏎2.B: a later item written a line each; the colon ends the line above the first item
        ls = end
        for _ in range(LIST_ITEMS_MAX):
            ps = text.rfind("\n", 0, ls - 1) + 1
            if ps >= ls - 1 or not _ITEM_CARD_MARK.match(text, ps):
                break
            ls = ps
        if ls < end:
            line = text[text.rfind("\n", 0, ls - 1) + 1:ls - 1].rstrip()
            if line.endswith((":", "：")):
                colon = ls - 1 - (len(text[:ls - 1]) - len(text[:ls - 1].rstrip())) - 1
                return list_clause_bounds(text, colon)[0], colon
    if _COLON_BEFORE.search(text, max(0, end - 8), end):
        colon = max(text.rfind(":", 0, end), text.rfind("：", 0, end))
        cs = list_clause_bounds(text, colon)[0]
        if _OPENER_CLAUSE.fullmatch(text, cs, colon) and cs >= 2 and text[cs - 1] in ",，":
            # 5个项目列入省重点项目,分别是:A、B: the clause before the colon only opens the members; the class is the
            # clause before it, in the same sentence
            cs = list_clause_bounds(text, cs - 2)[0]
        elif _OPENER_CLAUSE.fullmatch(text, cs, colon) and cs >= 2 and text[cs - 1] in "。!?！？":
            # 省重点项目共9项,总投资…。分别是:A、B: an opener that begins a sentence of its own opens the members of the
            # class the sentence before counts
            hm = _LIST_HEAD.search(text, _sentence_start(text, cs - 1), cs - 1)
            if hm:
                return list_clause_bounds(text, hm.start())
        return cs, colon
    if (ob := _MEMBERS_OPEN_SENTENCE.search(text, max(0, end - 8), end)) and ob.start() > 0:
        # 力争全年开建项目45个以上。包括甲水库、乙水库等: a sentence of members only, after the sentence counting their class
        ps = _sentence_start(text, ob.start() - 1)
        if _LIST_HEAD.search(text, ps, ob.start()):
            return ps, ob.start() - 1
    m = _COPULA_BEFORE.search(text, max(0, end - 16), end)
    if m:
        # the class clause runs through what it says of the class (9个项目同期开工,包括A: 同期开工 is its stage)
        return list_clause_bounds(text, m.start())[0], m.end()
    return -1, -1


# 甲市2个,A和B;乙局1个,C / 其中高新区4个,分别是A、B: an entry of a list per unit (a place, a department), its share
# of the class's members counted before the members it names
_UNIT_ENTRY = (rf"[{_CJK}()（）]{{2,20}}?(?:有|共|计)?(?P<count>\d{{1,3}}|[{_CN_NUM}]{{1,3}})(?:{_alt(L.UNIT_ENTRY_COUNTERS)})"
               rf"(?:{_alt(zh.PROJECT_LIST_HEADS)})?(?:[,，:：]\s*(?:{_alt(L.LIST_OPENERS + ('即', '为', '是'))})?|[(（])\s*")
_UNIT_ENTRY_BEFORE = rx.compile(_UNIT_ENTRY + "$")
_UNIT_ENTRY_LINE = rx.compile(r"[ \t\u3000]*" + _UNIT_ENTRY)
UNIT_ENTRY_MAX = 36  # characters of such an entry before its members
LIST_HEADING_MAX = 60  # characters of a line heading a list per unit written a line an entry


def _unit_entry(text: str, front: int) -> int:
    """Start of the entry of a list per unit (甲市2个,) right before the members listed from ``front``, or -1."""
    m = _UNIT_ENTRY_BEFORE.search(text, max(0, front - UNIT_ENTRY_MAX), front)
    if m is None or _LIST_HEAD.search(text, m.start(), m.start("count")):
        return -1  # 新开工项目15个:A、B: a class and its count, read as a class before a colon
    if _ENTRY_STAGE.search(text, m.start(), m.start("count")):
        return -1  # 全县新开工3个项目:A、B / 基本建成两个项目:C、D: a stage and its count, no unit's share
    return m.start()


# A stage before a count of projects (新开工3个项目, 基本建成两个项目, 竣工投产5个): what the works counted did, no unit;
# so is a start or a completion denied (未按期开工3项,为A、B: the class of works not begun, its stage read from it)
_ENTRY_STAGE = rx.compile(rf"{_alt((*zh.PROJECT_LIST_STAGES, '开复工', '复工', '动工', '投用', '开业'))}"
                          rf"|{L.NOT_STARTED_RE}|{L.NOT_DONE_RE}")


def _per_unit_class(text: str, entry: int) -> tuple[int, int]:
    """(start, end) of the class a list per unit counts, for its entry at ``entry``: the clause before the colon that
    opens the list in the same sentence (进度滞后的项目共5个:甲市2个,…), else the sentence up to the entry (全市新开工
    项目12个,其中高新区4个,分别是…); entries written a line each (甲市2个,A、B;⏎乙局1个,C) are the class's that
    the line above them names (未按期开工项目)."""
    ss = max(text.rfind(ch, 0, entry) for ch in "。!?！？\n") + 1
    colon = max(text.rfind(":", ss, entry), text.rfind("：", ss, entry))
    if colon >= 0:
        cs = list_clause_bounds(text, colon)[0]
        if cs >= 2 and not _LIST_HEAD.search(text, cs, colon) and text[cs - 1] != "\n":
            # 滞后的项目14个,其中:甲市2个… / 滞后的项目14个。具体为:…: the class is the clause before the opener
            cs = list_clause_bounds(text, cs - 2)[0]
        return cs, colon
    if text[ss:entry].strip():
        return ss, entry
    ls = text.rfind("\n", 0, entry) + 1
    while ls > 0:
        ps = text.rfind("\n", 0, ls - 1) + 1
        line = text[ps:ls - 1]
        if not line.strip() or _UNIT_ENTRY_LINE.match(line):
            ls = ps  # a blank line or an entry above: the heading is further up
            continue
        return (ps, ls - 1) if len(line.strip()) <= LIST_HEADING_MAX else (-1, -1)
    return -1, -1


def _colon_frame(text: str, front: int, is_plan: bool) -> tuple[str, str]:
    """进度滞后的项目主要有:A、B / 新开工项目18个:A、B等 / 尚未开工的3个项目为A、B和C: members listed after a class
    take the stage the class names (a list heading's class, or a progress predicate on it)."""
    cs, ce = _class_before(text, front)
    if cs < 0:
        return "", ""
    clause = text[cs:ce]
    st = _class_clause_stage(clause, is_plan)
    if st[0]:
        return st
    if _unit_entry(text, front) >= 0 and (h := _LIST_HEAD.search(clause)):
        return "unknown", h.group(0)  # 存在问题的项目:甲市1个,A项目: the members are projects, their stage unsaid
    counted = _counted_earlier(text, cs, clause)
    return _class_clause_stage(text[counted[0]:counted[1]], is_plan) if counted else ("", "")


# 14个项目分别是 / 这5个项目是 / 上述3项工程包括: a class named by its count alone, the count a sentence before gave it
_COUNTED_CLASS = rx.compile(rf"\s*(?:这|该|此|上述|以上)?(?P<n>\d+|[{_CN_NUM}]+)(?P<c>个|项|宗)(?:{_alt(L.CLASS_MODIFIERS)})?"
                            rf"(?:{_alt(zh.PROJECT_LIST_HEADS)})")
COUNTED_EARLIER_MAX = 300  # characters back to the sentence that counts a class its members' clause names by count


def _counted_earlier(text: str, cs: int, clause: str) -> tuple[int, int] | None:
    """The clause of an earlier sentence that counts the class a members' clause names by its count alone (我县14个项目
    列入省重点建设项目。⏎14个项目分别是A、B…): (start, end), or None.  Why: a report states what befell a number of
    works, then lists them in a sentence of their own that only repeats the number; the stage is the earlier clause's."""
    m = _COUNTED_CLASS.match(clause)
    if m is None:
        return None
    ss = _sentence_start(text, cs)
    if text[ss:cs].strip():
        return None  # the count opens no sentence: its own sentence is the class's
    count, lo = m.group("n") + m.group("c"), max(0, ss - COUNTED_EARLIER_MAX)
    k = text.rfind(count, lo, ss)
    while k > lo and (text[k - 1].isdigit() or text[k - 1] == "."):
        k = text.rfind(count, lo, k)  # 114个 is no 14个
    return list_clause_bounds(text, k) if k >= 0 else None


def _class_clause_stage(clause: str, is_plan: bool) -> tuple[str, str]:
    """The stage a clause naming a class of works gives its members (_colon_frame), ("", "") when it names none."""
    pm = _rx()["postfix"].search(clause)
    if pm is not None and (denied := _DENIED_GROUPS.get(pm.lastgroup or "")):
        # 尚未开工的项目: a start not made (planned); 未按期竣工3项,为A、B: a completion not made, the works go on; both
        # before the class word 开工 / 竣工 is read
        return denied, pm.group(0)
    if pm is not None and pm.group(0).startswith(L.PARTIAL_COMPLETIONS):
        # 基本建成两个项目:A、B: mostly done, reported so, done; 部分建成: the works go on (in a plan: to be done), before
        # the class word 建成 is read
        return ("planned" if is_plan else _postfix_stage(pm)), pm.group(0)
    m = _class_stage_rx().search(clause)
    if m:
        st = {**zh.PROJECT_LIST_STAGES, **L.CLASS_STAGES}[m.group(1)]
        if is_plan and st == "under_construction" and "开工" in m.group(1):
            return "planned", m.group(0)
        return st, m.group(0)
    if pm is None or pm.group(0).startswith(_WEAK_STAGE_CUES):
        return "", ""
    return next(st for i, (_, st) in enumerate(L.POSTFIX_CUES) if pm.group(f"s{i}") is not None), pm.group(0)


_LIST_HEAD = rx.compile(_alt(zh.PROJECT_LIST_HEADS))
# a colon or a copula that may open a class's members (_Finder.from_member_lists), the mark that ends them, and the count
# of the class a clause names (9个, 共4项, 两座)
_MEMBERS_OPENED = rx.compile(rf"[:：]|(?:{_alt(L.MEMBER_COPULAS)})")
_MEMBERS_END = rx.compile(r"[,，。;；:：!?！？\n等]")
# 开工项目为 / 竣工项目有: / 签约项目: a class of projects, then a copula or a colon opening its members
_STAGED_CLASS_OPENED = rx.compile(rf"(?P<head>{_alt(zh.PROJECT_LIST_HEADS)})\s*(?:(?:{_alt(L.MEMBER_COPULAS + zh.LIST_COPULAS)})\s*[:：]?|[:：])\s*")
_CLASS_COUNT = rx.compile(rf"(\d{{1,3}}|[{_CN_NUM}]{{1,3}})(?:{_alt(L.UNIT_ENTRY_COUNTERS)})")
COLON_RUN_MAX = 400  # characters of a list of members a colon opens, walked back from one of them
_COLON_RUN = rx.compile(r"[:：]\s*[^,，。;；:：!?！？\n]*$")


def _colon_run_start(text: str, pos: int) -> int:
    """Where the members start of a list a colon opens that ``pos`` lies in, the members joined by 、 only (建设进度较快
    项目共21个:甲电厂一期、乙党校迁址新建、丙化工、…): the class before the colon frames each of them, however far on and
    whatever words an earlier member holds; -1 when a clause break or no colon comes first."""
    m = _COLON_RUN.search(text, max(0, pos - COLON_RUN_MAX), pos)
    if m is None or "、" not in m.group(0):
        return -1
    return m.start() + 1 + (len(m.group(0)) - 1 - len(m.group(0)[1:].lstrip()))


# 六大重点项目分别为A、B、C和D / 续建项目包括A、B / 5个项目列入省重点项目,分别是A、B: a class of projects, its copula
# (a clause of its own after the class's), and the members it names joined by 、 and 和 up to the one read (a bare 是 says what one work is: 甲水库工程是全县一号民生工程, no list)
_COPULA_RUN = rx.compile(rf"(?:{_alt(zh.PROJECT_LIST_HEADS)})[^,，。;；:：\n]{{0,6}}?(?:[,，]\s*)?(?P<cop>{_alt(L.MEMBER_COPULAS)})"
                         r"[^,，。;；:：!?！？\n]*$")


def _copula_run_start(text: str, pos: int) -> int:
    """Where the members start of a list a class's copula opens that ``pos`` lies in (今年全市六大重点项目分别为甲高速
    公路、乙码头二期、丙电站和丁产业园): the class frames each member, however far on in the clause; -1 when a clause
    break or no such copula comes first.  Why: a report names the members of a class it has just counted or named
    after 分别为 / 包括 / 主要有 with no verb of their own; each is one of the class's works."""
    m = _COPULA_RUN.search(text, max(0, pos - COLON_RUN_MAX), pos)
    return -1 if m is None else m.end("cop")


def _names_class_before(text: str, front: int) -> bool:
    """Is what is listed from ``front`` on the members of a class of projects a clause before names (…项目分别是:)?"""
    cs, ce = _class_before(text, front)
    return cs >= 0 and bool(_LIST_HEAD.search(text, cs, ce))


_CONTENT_LEAD = rx.compile(rf"(?:{_alt(L.CONTENT_WORDS)})(?:{_alt(L.CONTENT_COPULAS)})?[:：]?\s*$"
                           rf"|(?:(?:该|本|此|这个)(?:项目|工程)|(?<![点大批类个工])(?:项目|工程)|{_alt(L.HEADS)})"
                           rf"(?:主要|拟|将|计划|共|同时)?(?:{_alt(L.CONTENT_VERBS)})[:：]?\s*$")
_WORKS_MEASURE = rx.compile(_alt(L.WORKS_MEASURE_NOUNS))
_PRODUCT_LEAD = rx.compile(rf"(?:{_alt(L.PRODUCT_VERBS)})\s*$")
# (a product verb before a figure is a capacity inside a works' name: 年产150万立方米加气块生产线)
_PRODUCT_START = rx.compile(rf"(?:{_alt(L.PRODUCT_VERBS)})(?![\d{_CN_NUM}])")
_PART_CLASS_AFTER = rx.compile(rf"[^,，。;；:：\n]{{0,60}}?等(?:{_alt(L.PART_CLASSES)})")
_COUNTED_AS_PROJECTS = rx.compile(rf"[^,，。;；:：\n]{{0,60}}?(?:\d+|[{_CN_NUM}]+)(?:个|项)(?:{_alt(L.CLASS_MODIFIERS)})?(?:项目|工程)")


def _parts_or_products(text: str, c: "_Cand", front: int = -1) -> bool:
    """Is the list item ``c`` one of a work's parts or of a plant's products?  A list a work's content opens (建设内容
    包括…, 该项目拟建设…, 甲厂扩建工程主要建设…) or closes with a class of parts (等附属设施) names what one work is built
    of, and a list after a verb of products (主要生产…, 年产…) what it makes: an item that names no place nor a quoted
    name (道路工程, 桥涵工程, 冷库) is no work of its own; an item under a product verb is none whatever its name."""
    fp = front if front >= 0 else c.frame_pos if c.frame_pos >= 0 else c.vs
    cs = list_clause_bounds(text, fp)[0]
    if _COUNTED_AS_PROJECTS.match(text, c.ve):
        return False  # 建设内容分别是:新建甲生产线、扩建乙生产线两个项目: the text counts its parts as projects
    if (_PRODUCT_LEAD.search(text, cs, fp) or _PRODUCT_START.match(text, fp)) and not _RJ_WORKS_SUFFIX.search(c.name):
        return True  # (年产5万吨锂电池隔膜项目, 年产150万立方米加气块生产线: a works' name holding what it makes)
    lead = _CONTENT_LEAD.search(text, max(cs, fp - 40), fp)
    if lead and _WORKS_MEASURE.match(text, fp):
        lead = None  # 甲项目建设总建筑面积1.5万平方米、乙项目: 建设 a noun before the works' measure, no content listed
    if not (lead or _PART_CLASS_AFTER.match(text, c.ve)):
        return False
    return not (_places(c.conj or c.name, 4) or "“" in text[c.vs - 1:c.ve + 1])


# 位于甲区的乙产业园, 坐落在丙镇的丁项目: where it stands fixes which one the name means, however ordinary its words
_LOCATED_BEFORE = rx.compile(rf"(?:{_alt(L.LOCATION_VERBS)})[^,，。;；、\n的]{{1,12}}的$")
_PLURAL_BEFORE = rx.compile(rf"(?:{_alt(L.PLURAL_QUANTIFIERS)})(?:{_alt(L.CLASS_MODIFIERS)})?$")
# what a work is to a clause that builds nothing on it (依托甲港, 对接乙高铁, 串联丙景区): no stage, even among tasks
_AS_PLATFORM = rx.compile(r"对接|串联|依托|围绕|借助|利用")
_HONOURED = rx.compile(rf"[{_NAME_CHARS}、“”]{{0,20}}?(?:{_alt(L.HONOUR_VERBS)})")
_HOST_AFTER = rx.compile(rf"(?:{_alt(L.HOST_VERBS)})[^,。;\n]{{0,16}}?(?:项目|企业|家)")
_PARTY = rx.compile(rf"(?:{_alt(L.PARTY_JOINERS)})([^,。;\n]{{1,20}}?)(?:{_alt(L.AGREEMENT_VERBS)})")


def _is_party(text: str, end: int) -> bool:
    """X与某集团签订/签署/达成…: X is one side of an agreement (a zone, a government, a company), unless the other
    side is a project too (A与B项目签署…)."""
    m = _PARTY.match(text, end)
    return m is not None and not _head_words().spans(m.group(1))


def _relative_cue(text: str, c: "_Cand", cue: str) -> bool:
    """由甲集团投资建设的乙产业园: the verb before the name is in a clause that describes it (who builds it), ending in
    的 right before the name; what a later clause reports on it (目前一期厂房已封顶) says where it stands."""
    return bool(cue) and text[max(0, c.vs - len(cue) - 1):c.vs] == cue + "的"


# money reported spent so far on works (已完成投资5亿元, 累计完成投资3.2亿元), not a plan's (计划完成投资)
_INVESTED_SO_FAR = rx.compile(r"(?:已|累计|共|均已)(?:完成|实现)[^,。;\d]{0,4}?投资")


_RUN_TO_DENG = rx.compile(r"[^,。;!?\n]{0,60}?等")


def _list_end(text: str, end: int) -> int:
    """Where the list a mention ending at ``end`` opens ends: after the 等 closing it in the clause, else ``end``."""
    m = _RUN_TO_DENG.match(text[end:end + 61])
    return end + m.end() if m else end


def _sentence_end(text: str, pos: int) -> int:
    ends = [k for k in (text.find(ch, pos) for ch in "。;!?\n") if k >= 0]
    return min(ends) if ends else len(text)


_PART_END_MARK = rx.compile(r"[。;!?\n]")


_DIRECTED_PARTY = rx.compile(L.DIRECTED_PARTY_RE)


def _later_clause_stage(text: str, end: int, nxt: int) -> tuple[str, str]:
    """The stage a later clause of the sentence reports for the mention ending at ``end`` (up to the next mention)."""
    reach = min(200, max(0, nxt - end))
    send = _PART_END_MARK.search(text[end:end + reach])
    rest = text[end:end + (send.start() if send else reach)]
    for pm in _rx()["postfix"].finditer(rest):
        if pm.group(0).startswith(_WEAK_STAGE_CUES):
            continue
        if _DIRECTED_PARTY.search(rest, 0, pm.start()):
            return "", ""  # 甲基地建设单位要…抓紧推进: a party's duty, no report (_later_predicate)
        st = _done_to_come(rest, pm) or _postfix_stage(pm)
        if st in ("completed", "operating") and _rx()["part"].search(rest, 0, pm.start()):
            return "under_construction", pm.group(0)  # 甲项目主厂房、二次结构基本完成: parts done, the works go on
        return st, pm.group(0)
    return "", ""


# A list's count closing a group, then the next group of the same sentence opened by a count of its class and 中
# (…等14个项目，33个重点工程中…): the groups of one enumeration (zh_projects.GROUP_COUNTERS)
_NEXT_GROUP = rx.compile(rf"等[^,，。;；!?！？:：\n、]{{0,12}}?[,，]\s*(?:其中)?(?:\d+|[{_CN_NUM}]+)(?:{_alt(L.GROUP_COUNTERS)})"
                         rf"[^,，。;；!?！？:：\n、\d]{{1,14}}?中")


def _past_parallel_groups(text: str, after: int, sel: list[_Cand]) -> int:
    """Where the last of the parallel groups that begins with the list closing at ``after`` (its 等) closes: 18个产业
    项目中甲、乙等11个项目，27个重点工程中丙、丁等19个项目，……已全部复工 states one verb for every group, after the last
    one, so the clauses after that group report on the first group's members too.  ``after`` itself when the list is
    followed by no such group."""
    starts = {x.vs: x for x in sel}
    for _ in range(len(sel)):
        m = _NEXT_GROUP.match(text, after)
        if m is None:
            break
        k = m.end() + (1 if text[m.end():m.end() + 1] in "“\"" else 0)
        first = starts.get(k)
        end = first.list_end if first is not None and first.list_end >= first.ve else \
            (_list_end(text, first.ve) - 1 if first is not None else -1)  # (丙等15个项目: a group of one named)
        if first is None or end < first.ve or text[end:end + 1] != "等":
            break
        after = end
    return after


_LISTING_CUE = rx.compile(r"列入|纳入|入选|被遴选|遴选为")
# a completion promised for a time to come (计划明年3月建成投产, 力争年底竣工, 确保10月投用)
_COMMITTED_END = rx.compile(r"(?:计划|力争|确保)[^,。;]{0,12}?(?:建成|完工|竣工|通车|通航|投产|投用)")


def _progress_reported_after(text: str, pos: int) -> tuple[str, str] | None:
    """("under_construction", cue) when a later clause of the sentence from ``pos`` reports works done now (现已完成
    投资2亿元, 目前主体已封顶, 正在进行设备安装), else None."""
    end = _sentence_end(text, pos)
    for pm in _rx()["postfix"].finditer(text, pos, end):
        if _postfix_stage(pm) == "under_construction" and not pm.group(0).startswith(_WEAK_STAGE_CUES):
            return "under_construction", pm.group(0)
    return None
_MADE = rx.compile(r"(?:已|均已|已经|全部|业已)\s*$")
# …the same words opening the cue itself (均已建成投产: the completion cues hold their own 已)
_MADE_OPENS = rx.compile(r"已|均已|业已")


def _made_after_listing(text: str, c: _Cand, nxt: int) -> tuple[str, str] | None:
    """The stage a later clause of the sentence reports made for works its own clause only puts on a list (…列入今年计划
    新开工项目,目前已开工; …纳入省重点项目名单,均已建成投产): the listing names the plan, the report says where the works
    stand.  None when the next clause reports nothing made (…列入计划,力争6月开工: still to come)."""
    end = c.list_end if c.ve <= c.list_end else c.ve
    stop = min(_sentence_end(text, end), nxt if nxt > end else len(text))
    k = min((i for i in (text.find(ch, end, stop) for ch in ",，") if i >= 0), default=-1)
    if k < 0:
        return None
    rest = text[k + 1:stop]
    for pm in _rx()["postfix"].finditer(rest):
        if pm.group(0).startswith(_WEAK_STAGE_CUES):
            continue
        st = _postfix_stage(pm)
        if st in ("under_construction", "completed", "operating") and (_MADE.search(rest, 0, pm.start())
                                                                       or _MADE_OPENS.match(pm.group(0))):
            return st, pm.group(0)
        return None
    return None


def _done_to_come(s: str, pm: re.Match) -> str:
    """The stage of works whose completion ``pm`` found in ``s`` its own clause sets for a time to come, nothing in it
    reporting it made (已), or "": committed to (…,确保年底前建成, 计划于10月竣工) a target, planned; forecast (…,2010年底前
    体育馆将竣工使用; …,预计明年6月交付使用) works being built, under construction (_completion_to_come)."""
    if _postfix_stage(pm) not in ("completed", "operating"):
        return ""
    between = s[max(s.rfind(ch, 0, pm.start()) for ch in ",，;；") + 1:pm.start()]
    return _completion_to_come(between)


_DONE_COMMITS = rx.compile(_alt(L.DONE_COMMIT_WORDS))


def _completion_to_come(between: str) -> str:
    """The stage a completion has when ``between`` (the words from the name, or the clause's start, to the completion
    verb) sets it for a time to come: "" when it does not or says it made (已); planned when it commits to it (确保,
    力争, 计划于: a target); under_construction when it forecasts it (将于, 将在今年, 有望, 预计): works to be finished
    soon are being built now (the lead's convention: 将在今年建成 / 有望年内竣工)."""
    if not _FUTURE_DONE.search(between) or "已" in between:
        return ""
    return "planned" if _DONE_COMMITS.search(between) else "under_construction"


def _resolve_anaphors(anaphors: list[_Cand], kept: list[_Cand]) -> list[_Cand]:
    """一体化基地 or 这家养老综合服务示范中心 after 巴斯夫湛江一体化基地 / 赤坎区…示范中心: a generic
    name that ends a specific name given earlier in the document is a short form of it."""
    if not anaphors:
        return []
    names = sorted(((c.vs, c.name) for c in kept if c.specific and c.source in ("head", "quote")), key=lambda x: x[0])
    # every proper suffix of a name that some anaphor is → the (start, name) pairs it ends, in document order, so
    # an anaphor looks up its fuller forms instead of scanning all earlier names (only the anaphors' lengths are
    # cut: the other suffixes are never looked up)
    wanted = {a.name for a in anaphors}
    lengths = sorted({len(w) for w in wanted if w})
    by_suffix: dict[str, tuple[list[int], list[str]]] = {}
    for vs, n in names:
        for L in lengths:
            if L >= len(n):
                break
            suffix = n[len(n) - L:]
            if suffix in wanted:
                starts, full = by_suffix.setdefault(suffix, ([], []))
                starts.append(vs)
                full.append(n)
    out = []
    for a in anaphors:
        best = None
        found = by_suffix.get(a.name)
        if found is not None:
            i = bisect.bisect_left(found[0], a.vs)
            if i > 0:
                best = found[1][i - 1]
        if best is not None:
            out.append(_Cand(a.vs, a.ve, best, a.head, a.left_token, "anaphor", specific=True))
    return out


def _repeats(kept: list[_Cand], text: str) -> list[_Cand]:
    """推进A、B、C运河等重大项目建设…其中，C运河计划…: a name that a list of projects gave is a mention wherever it
    recurs later as a word of its own (a stop word or punctuation before it, no head noun going on after it)."""
    rx = _rx()
    firsts: dict[str, int] = {}
    for c in kept:
        if c.source == "list" and c.specific and len(c.name) >= 3 and c.name == text[c.vs:c.ve]:
            firsts[c.name] = min(firsts.get(c.name, c.vs), c.vs)
    out = []
    for name, first in firsts.items():
        k = text.find(name, first + len(name))
        while k >= 0:
            e = k + len(name)
            ls, tok = _left_boundary(text, e)
            if ls == k and not rx["head"].match(text, e) and not re.match(f"[{_CJK}]{{0,2}}(?:段|期)", text[e:e + 3]):
                out.append(_Cand(k, e, name, _head_at_end(name), tok, "repeat", specific=True))
            k = text.find(name, e)
    return out


# An alias a text gives a work right after its full name (甲电厂三期扩建工程(以下简称“甲三期”), 乙运动会主场馆及配套设施
# 建设项目(简称“主场馆项目”)): the alias, quoted or not
_ALIAS_GIVEN = rx.compile(r"\((?:以下简称|以下称|简称|下称)[:：]?[“\"「]?([^()“”\"「」,，。;；\n]{2,20}?)[”\"」]?\)")


def _own_words(alias: str) -> bool:
    """Does an alias hold two characters of its own besides its head and the generic vocabulary (甲三期, 主场馆项目), not
    only a head or a word for the work at hand (项目, 本工程, 重点项目)?"""
    head = _head_at_end(alias)
    rest = alias[:len(alias) - len(head)] if head else alias
    return len(rest) >= 2 and len(_generic_prefix(rest)) < len(rest)


def _with_given_aliases(kept: list[_Cand], text: str) -> list[_Cand]:
    """甲电厂三期扩建工程(以下简称“甲三期”)…目前,甲三期主厂房已封顶: the alias a text gives a work names that work
    wherever it stands from its definition on, under the full name: the mentions found of it are renamed, and where
    no mention covers it (not as the stem of a phase or a section: 甲三期二标段) it is one."""
    spans = [(c.vs, c.ve) for c in kept]
    given: list[tuple[int, str, _Cand]] = []  # (where the definition starts, the alias, the work it names)
    for c in kept:
        m = _ALIAS_GIVEN.match(text, c.ve)
        if m is not None and m.group(1) != c.name and _own_words(m.group(1)):
            given.append((m.start(), m.group(1), c))
    for c in kept:
        if c.source in ("head", "road") and c.specific:
            given.extend((0, alias, c) for alias in _line_initials(c.name) if alias in text)
    out = list(kept)
    finder = _Finder(text)
    for at, alias, full in given:
        out = [replace(x, name=full.name, head=full.head) if x.vs >= at and x.name == alias else x for x in out]
        k = text.find(alias, at)
        while k >= 0:
            e = k + len(alias)
            if not any(a < e and k < b for a, b in spans) and not re.match(f"[{_CJK}]{{0,2}}(?:段|期)", text[e:e + 3]) \
                    and (at > 0 or (_left_boundary(text, k)[0] >= k and finder._name_ends(e))):
                out.append(_Cand(k, e, full.name, full.head, "", "alias", specific=True))
            k = text.find(alias, e)
    return out


# A line named by its two ends (和田至若羌铁路, 青岛—连云港铁路): the ends, the joint, the line's kind
_LINE_BY_ENDS = rx.compile(rf"([{_CJK}]{{2,4}}?)(?:至|{_alt(L.RANGE_DASHES)})([{_CJK}]{{2,4}}?)({_alt(L.LINE_SHORT_FORMS)})")


def _line_initials(name: str) -> list[str]:
    """The short names a line named by its two ends goes by: the first character of each end before the line's kind
    (和田至若羌铁路 → 和若铁路, 青岛至连云港铁路 → 青连铁路, 甲州至乙城高速公路 → 甲乙高速).  News names a line so once
    its full name is known, before it (a headline) or after it; the text need not say 简称."""
    m = _LINE_BY_ENDS.fullmatch(name)
    if m is None:
        return []
    a, b, kind = m.groups()
    return [a[0] + b[0] + k for k in dict.fromkeys((kind, L.LINE_SHORT_FORMS[kind]))]


# 建设进度较快项目共21个 甲电厂一期、乙铁路江陵段 / 续建项目(12个)　丙大桥、丁水厂: a class counted, then its members
# after a blank instead of a colon (a list pasted from a table or a bulletin's layout; the view joins CJK across it)
_COUNTED_CLASS_END = rx.compile(rf"(?:{_alt(zh.PROJECT_LIST_HEADS)})(?:共|计|合计)?[(（]?(?:\d{{1,4}}|[{_CN_NUM}]{{1,4}})"
                                rf"(?:{_alt(L.STAGE_PART_UNITS_ALL)})[)）]?(?P<gap>[ \u3000\t]*)(?=[{_CJK}A-Z“])")


def _blank_after_counted_class(doc: Doc, text: str) -> str:
    """``text`` with the last character of a counted class that a blank of the raw text parts from its members read
    as the colon the blank stands for (one character for one: the offsets stay)."""
    out = None
    for m in _COUNTED_CLASS_END.finditer(text):
        k = m.start("gap")
        if m.group("gap"):
            out = out if out is not None else list(text)
            out[k] = "："  # the blank kept in the view
            continue
        gap = doc.raw[doc.raw_span(k - 1, k)[1]:doc.raw_span(k, k + 1)[0]]
        if gap and not gap.strip(" \u3000\t"):
            out = out if out is not None else list(text)
            out[k - 1] = "："  # the blank the view dropped between two CJK characters: the counter stands for it
    return "".join(out) if out is not None else text


def find_mentions(text: str, record: DocumentRecord | None = None,
                  target_part: Callable[[int], bool] | None = None,
                  chapters: Iterable[tuple[int, str]] = ()) -> list[tuple[_Cand, str, str]]:
    """Candidate mentions of ``text`` that pass the filters, with (stage, cue).  ``target_part``: whether a position lies
    in a part of the document that commits (a work report's 今年工作安排, frame.Frames): there, as in a plan, 建成X and
    开工建设X are what is to be done.  ``chapters``: the chapter heading lines (frame.Frames.chapters); one that sets
    out the year's tasks (二、2026年重点工作) commits what it holds too."""
    record = record or DocumentRecord(doc="")
    f = _Finder(text)
    f.from_heads()
    f.from_lists()
    f.from_counted_lists()
    f.from_member_lists()
    f.from_staged_class_lists()
    f.from_sized_and_staged()
    f.from_progress_lists()
    f.from_quotes()
    f.from_gloss_lists()
    f.from_road_sections()
    f.from_road_predicates()
    f.from_road_codes()
    f.from_road_designations()
    f.cands.extend(_subject_cands(text))
    f.cands.extend(_item_line_cands(text))
    rows = {r.name: r for r in named_rows(text)}
    f.cands.extend(_Cand(a, b, _strip_quotes(text[a:b]), _head_at_end(_strip_quotes(text[a:b])), "", "table",
                         specific=True) for a, b in rows)
    rx = _rx()
    books = [(m.start(), m.end()) for m in rx["book"].finditer(text)]
    histories = [(m.start(), m.end()) for m in _HISTORY_ENDED.finditer(text)]
    is_plan = _is_plan(text, record)
    all_tasks = _sets_tasks(record)
    announced = _announced_list(text, record)
    kept = []
    for c in f.cands:
        if (c.vs, c.ve) in f.drop_spans or c.ve <= c.vs:
            continue
        if _rejected(c, text, books):
            continue
        if histories and _in_spans(c.vs, histories):
            continue  # 结束甲县、乙县不通铁路的历史: a lack ended, no works named
        if c.head in L.RAIL_LINE_HEADS and not _RAIL_CONTEXT.search(text, _sentence_start(text, c.vs), c.ve):
            continue  # 新开通公交1号线、12号线: a bus route, no rail line
        c.specific = _specific(c, text) or _item_card(text, c) or bool(_LOCATED_BEFORE.search(text, max(0, c.vs - 16), c.vs))
        weak = c.head in L.WEAK_HEADS or not c.head
        if (c.source == "head" and c.head in L.PROPER_ONLY_HEADS and not _proper_marked(c, text)) \
                or (c.head in L.OWNED_HEADS and not c.counted and (c.source in ("head", "shared")
                                                                   or (c.source == "list" and c.name != c.conj))
                    and not _proper_marked(c, text, owned=True)):
            continue  # 建设国资监管平台: a platform named by its function alone; 新建的全自动生产线: a plant's line
            # (新建甲生产线、乙生产线两个项目: the count names each line a project; 甲生产线等项目: the list does)
        if c.source == "head" and (c.left_token in L.LOCATION_VERBS
                                   or (c.left_token == "在" and c.head in L.LOCATION_ZONE_HEADS)):
            continue  # 落户青川高新区: the zone is where another project settles (so 该项目在甲开发区建设)
        if not c.specific and c.source == "head" and _PLURAL_BEFORE.search(text, max(0, c.vs - 8), c.vs):
            continue  # 一批重点高速公路项目建成通车: a class of works, counted, no one work
        if _HONOURED.match(text, c.ve):
            continue  # 甲、乙卫生院获评示范卫生院: an honour names a facility at work, not a work
        if c.source == "head" and _HOST_AFTER.match(text, c.ve):
            continue  # 经开区已有5个项目建成投产: the zone holds the projects, it is none of them
        if c.source == "head" and _is_party(text, c.ve):
            continue  # 某开发区与6家企业签订合作协议: a party to an agreement, not a work
        if c.source == "head":
            gov, chain_start, sibs = _chain(text, c)
            if c.left_token in L.SOFT_STOPS:
                c.frame_pos = chain_start
            if _parts_or_products(text, c, chain_start):
                continue  # 建设内容包括道路工程、桥涵工程等: one work's parts, however its name reads
            if _UPGRADE_RE.match(text[c.ve:c.ve + 50]):
                continue
            if c.left_token == "、" and sibs:
                c.name = _share_modifier(_strip_quotes(sibs[0]), c.name, c.head)
            if not c.specific and len(c.name) >= 5:
                f.anaphors.append(c)
            if not c.specific:
                if _colon_frame(text, chain_start, is_plan)[0] and (not weak or c.name != c.head):
                    kept.append(c)  # a member listed after a class of projects (进度滞后的项目有:A、B) is one of them
                    continue
                if weak:
                    continue
                post_cue = rx["postfix"].match(re.sub(r"^[、和及]", "", text[c.ve:c.ve + 12]))
                if gov in _POSITIONING and not sibs:
                    continue
                if gov not in _BUILD_VERBS and not post_cue:
                    continue
                if sibs and not any(_specific_name(_strip_quotes(x)) or _markers(x) for x in sibs) \
                        and not (all(_head_at_end(_strip_quotes(x)) for x in sibs) and gov in _BUILD_VERBS):
                    continue
        elif c.source in ("list", "shared"):
            if _UPGRADE_RE.match(text[c.ve:c.ve + 50]):
                continue
            if c.source == "list" and _parts_or_products(text, c):
                continue  # 该项目建设内容包括道路工程、排水工程等 / 主要生产消音器、电瓶线等: one work's parts or products
            if c.left_token in L.HAVE_VERBS:
                continue  # 拥有游泳池、羽毛球场等体育设施: what a facility has, no works of their own
            if not c.specific and c.source == "list" and c.conj and c.name != c.conj:
                continue  # 矿石、化肥等…集散中心: items sharing a stem must be names themselves
            if c.zone and c.source == "list":
                # 加快建设甲新区、乙科学城等5个重点片区 / 甲新区…等4个重点片区完成投资: a zone is a project as the object of a
                # build verb or the subject of works reported; where it is only a place (依托…等片区) it is none
                if c.left_token not in _BUILD_VERBS and not _zone_works_after(text, c.ve):
                    continue
                kept.append(c)
                continue
            if not c.specific and c.source == "list":
                # a generic conjunct (5G网络, 物联网) in a list of classes; with named siblings it is
                # one more project of the same list (智慧新警务 beside “雪亮工程”)
                named_sibling = c.list_specific and c.name == c.conj and (bool(_head_at_end(c.name)) or _road_name(c.name)
                                                                          or _firm_works_item(text, c)
                                                                          or (_works_item(c.name)
                                                                              and not _BARE_WORKS_HEAD.search(c.name)))
                if not named_sibling and (c.left_token not in _BUILD_VERBS or not (c.list_specific or c.list_all_heads)):
                    continue  # 临港物流园 beside 松阳智能制造产业园 in A、B等项目: a facility of the same list
            if c.source == "shared" and not c.specific:
                continue
        elif c.source == "subject":
            if not c.specific:
                continue
        kept.append(c)
    kept.extend(_resolve_anaphors(f.anaphors, kept))
    kept.extend(_repeats(kept, text))
    kept = _with_given_aliases(kept, text)
    sel = _select(kept, text)
    frames = _StageFrames(text, _read_title(record), is_plan, chapters)
    spans = tuple((x.vs, x.ve) for x in sel)
    out = []
    for i, c in enumerate(sel):
        nxt = sel[i + 1].vs if i + 1 < len(sel) else len(text)
        if c.source == "table":
            out.append((c, *_row_stage(rows[(c.vs, c.ve)], text, frames, is_plan)))
            continue
        in_tasks = frames.task_at(c.vs)
        committed = (target_part is not None and target_part(c.vs)) or in_tasks or all_tasks
        st, cue = _stage(text, c, nxt, is_plan or committed, spans, committed)
        if st == "planned" and _COMMITTED_END.match(cue) and not (is_plan or committed):
            # 甲电站项目计划明年3月建成投产,现已完成投资2亿元: the end promised is still to come; the sentence goes on to
            # what is done on the works now, which places them (the end a report promises is no stage of its own)
            st, cue = _progress_reported_after(text, c.ve + text[c.ve:].find(cue) + len(cue)) or (st, cue)
        if st == "planned" and _LISTING_CUE.match(cue) and not (is_plan or committed):
            # 甲、乙等12个项目列入今年计划新开工项目,目前已开工: the list they were put on, then the start reported made
            st, cue = _made_after_listing(text, c, nxt) or (st, cue)
        if (not cue or cue in _WEAK_STAGE_CUES or _relative_cue(text, c, cue)) and c.source in ("head", "road", "list"):
            # 4.X项目：总投资6亿元，…，尚未开工: an amount says nothing; a later clause about it may
            after = c.list_end if c.ve <= c.list_end else c.ve  # a list item: the clauses after its list report on it
            after = _past_parallel_groups(text, after, sel)
            sst, scue = _later_clause_stage(text, after, next((x.vs for x in sel if x.vs >= after), len(text)))
            if sst == "under_construction" and not _START_CUE.search(scue) \
                    and _colon_frame(text, c.frame_pos if c.frame_pos >= 0 else c.vs, is_plan)[0] == "proposed":
                # 正在洽谈的项目有A、B,进展顺利: the talks go well; works still sought are not begun by it (a start
                # reported, …目前已开工, would say so)
                sst = ""
            if sst:
                st, cue = sst, scue
            elif cue in L.BARE_PLAN_VERBS and _relative_cue(text, c, cue) and not (is_plan or committed):
                # 由甲集团投资建设的乙项目计划总投资22亿元 in the news of a groundbreaking: the bare verb of the clause
                # says who builds it, not where it stands; the event the story tells does
                fst, fcue = frames.stage_at(c.vs)
                if fst:
                    st, cue = fst, fcue
        elif st == "planned" and cue in L.BARE_PLAN_VERBS and not (is_plan or committed):
            # 实施甲物流园、乙水厂等5个项目,总投资12亿元,已完成投资5亿元: a progress report on the works the verb names
            # (outside a plan or the year's tasks): what is done on them says they are under way
            done = _INVESTED_SO_FAR.search(text, _list_end(text, c.ve), _sentence_end(text, c.ve))
            if done:
                st, cue = "under_construction", done.group(0)
        if _CONNECTED_AFTER.match(text, c.ve) and _WITH_BEFORE.search(text, max(0, c.vs - 12), c.vs):
            out.append((c, "unknown", "相接"))  # 与在建的甲客专相接: the line another joins, named as context
            continue
        if not cue:
            vst, vcue = _visited(text, c)
            if vst:
                out.append((c, vst, vcue))
                continue
        if not cue or cue in _WEAK_STAGE_CUES:
            fst, fcue = _colon_frame(text, c.frame_pos if c.frame_pos >= 0 else c.vs, is_plan)
            if not fst and ((run := _colon_run_start(text, c.vs)) >= 0 or (run := _copula_run_start(text, c.vs)) >= 0):
                fst, fcue = _colon_frame(text, run, is_plan)  # a later member of a long list a colon or a copula opens
            if fst:
                out.append((c, fst, fcue))
                continue
            fst, fcue = frames.stage_at(c.vs)
            if fst:
                out.append((c, fst, fcue))
                continue
        if not cue and in_tasks and (c.in_list or c.source != "head" or text[c.ve:c.ve + 1] in ("、", "等")
                                      or text[c.vs - 1:c.vs] == "、") \
                and not _AS_PLATFORM.search(text, list_clause_bounds(text, c.vs)[0], c.vs):
            # 抓好甲机场、乙港二期等项目 in a report's chapter of the year's tasks: the works listed are to be done (a
            # work named alone without a verb is a place or a platform there as anywhere; a plan's lists of what a
            # city is to become, 区域性经济中心、科教文卫中心, are positions, not works)
            out.append((c, "planned", "任务"))
            continue
        if not cue and c.source == "road" and not c.in_list:
            # 县道332线甲村路段乙桥改建工程,计划投资500万元: a road's stretch keeps its name without a verb in its clause
            # (no place nor platform as a facility's name may be); a later clause of the sentence may say where it stands
            rest, pm = _later_predicate(text, c, nxt)
            if pm:
                st, cue = _done_to_come(rest, pm) or _postfix_stage(pm), pm.group(0)
        if not cue and c.source in ("head",) and not c.in_list:
            # no verb in its clause: a later clause of the sentence may report on it (…码头,该轮是
            # 基地动工建设以来…); otherwise it is a facility used as a place or a platform
            rest, pm = _later_predicate(text, c, nxt)
            cs0 = list_clause_bounds(text, c.vs)[0]
            if pm and c.specific:
                st = _done_to_come(rest, pm) or _postfix_stage(pm)
                cue = pm.group(0)
            elif c.specific and _OPENS_LIST.match(text, cs0, c.vs):
                pass  # 如A、B均…: a named member of a list the text gives, whatever its stage
            elif c.specific and _item_card(text, c) and _names_class_before(text, c.vs):
                pass  # 十五个建设项目分别是:⏎1.A建设项目⏎2.B: a member of a class of projects, its stage unsaid
            elif c.specific and (run := _copula_run_start(text, c.vs)) >= 0 and _names_class_before(text, run):
                pass  # 今年六大重点项目分别为A、B和C: a named member of a class of projects, its stage unsaid
            elif c.specific and _names_class_before(text, run := _colon_run_start(text, c.vs) if text[c.vs - 1:c.vs]
                                                   not in (":", "：") else c.vs) and run >= 0:
                pass  # 省重点项目共5项,分别是:A、B、C / 重点项目5个:A、B: the same, its members opened by a colon
            elif c.specific and announced and _listed(text, c):
                st, cue = "planned", "名单"  # 公布…重点项目名单…包括A、B、C: an item of the list announced
            elif c.specific and (card := _card_under(text, c)) is not None:
                st, cue = _card_stage(text[card[0]:card[1]])  # 甲产业园项目⏎总投资120亿元…目前,厂房…施工
            elif not re.search(r"对接|串联|依托", text[cs0:c.vs]):
                continue
        if st == "unknown" and _OWN_FACILITY.match(c.name):
            continue  # 做优市口腔医院、区中医院等: the county's facilities at work, named with no works
        if st == "unknown" and not cue and announced:
            st, cue = "planned", "名单"  # an item of the list the document announces, its stage unsaid
        out.append((c, st, cue))
    return out


_RAIL_CONTEXT = rx.compile(_alt(L.RAIL_SYSTEM_WORDS))
# 结束甲县不通高速的历史 / 告别乙镇无污水处理厂的历史: what a place lacked until now, the lack ended; a head in it names
# no works (the works that end it are named elsewhere, or not at all)
_HISTORY_ENDED = rx.compile(rf"(?:{_alt(L.HISTORY_ENDING_VERBS)})[^,，。;；!?！？\n]{{1,40}}?历史")
_CARD_OPENER = rx.compile(rf"[ \t\u3000]*(?:{_alt(L.CARD_OPENERS)})")
_NOW_CLAUSE = rx.compile(r"(?:目前|现已|当前|截至目前|眼下)[^。;!?]*")


def _card_under(text: str, c: _Cand) -> tuple[int, int] | None:
    """(start, end) of the paragraph a name written alone on its line heads (甲集团航空产业园项目⏎总投资120亿元,…;
    乙水闸重建工程⏎工程于2022年7月开工,…), or None.  A report that goes through its works one by one sets each name
    as a line of its own and tells of it in the paragraph under it, whose subject is the name: the paragraph opens
    with what a work's card opens with (its amount, its site, 项目/工程 taking the name up), not with a sentence of
    its own (近日,某地举行…: a headline or a byline over a story)."""
    ls = text.rfind("\n", 0, c.vs) + 1
    le = text.find("\n", c.ve)
    if le < 0 or text[c.ve:le].strip() or (text[ls:c.vs].strip() and not _ITEM_MARK.fullmatch(text[ls:c.vs])):
        return None
    ps = le + 1
    while ps < len(text) and text[ps] == "\n":
        ps += 1  # (a blank line between the name and its card)
    pe = text.find("\n", ps)
    pe = len(text) if pe < 0 else pe
    if not _CARD_OPENER.match(text, ps) or not re.search(r"[,，。;；]", text[ps:pe]):
        return None
    return ps, pe


def _card_stage(card: str) -> tuple[str, str]:
    """Where the work a card tells of stands: what it says of the works now (目前,厂房正在进行基础施工; 目前已完成主体
    工程建设), else the first stage it reports (工程于2022年7月开工); ("unknown", "") when it reports none.  The card
    runs through the work's history (继…投用后, …开工建设), so its present tense is what places the work."""
    rx = _rx()
    for part in [m.group(0) for m in _NOW_CLAUSE.finditer(card)] + [card]:
        for pm in rx["postfix"].finditer(part):
            if pm.group(0).startswith(_WEAK_STAGE_CUES):
                continue
            return _done_to_come(part, pm) or _postfix_stage(pm), pm.group(0)
    return "unknown", ""


def _later_predicate(text: str, c: _Cand, nxt: int) -> tuple[str, re.Match | None]:
    """The rest of the sentence after a mention, up to the next mention (whose clauses report on it, not on ``c``),
    and the first stage predicate in it: what a later clause says of a work its own clause gives no verb for.  A
    party told what it must do on the way (甲基地建设单位要建立台账,抓紧推进) makes the rest a directive: its verbs
    are the party's duty, nothing reported of the work."""
    reach = min(200, max(0, nxt - c.ve))
    send = _PART_END_MARK.search(text[c.ve:c.ve + reach])
    rest = text[c.ve:c.ve + (send.start() if send else reach)]
    pm = _rx()["postfix"].search(rest)
    if pm is not None and _DIRECTED_PARTY.search(rest, 0, pm.start()):
        return rest, None
    return rest, pm


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in "。!?！？\n") + 1


_CONNECTED_AFTER = rx.compile(_alt(L.CONNECT_AFTER))
_WITH_BEFORE = rx.compile(r"与[^,。;、]{0,8}$")
_VISIT = rx.compile(rf"(?<![据经])(?:{_alt(L.VISIT_VERBS)})[^,。;]*$")
# what an inspection learns of a work when it learns of the works (了解甲项目规划建设情况, …施工进度)
_LEARNT_PROGRESS = rx.compile(r"[^,。;、]{0,6}?(?:建设|施工|进展|进度)")
_INSPECTION = rx.compile(_alt(L.INSPECTION_WORDS))
_WORKS_WORDS = rx.compile(r"项目|建设|施工|进度|进展")


# 在甲项目现场观摩 / 在乙工程施工现场调研: the site an inspection stands at (a photo's caption names it so)
_SITE_AFTER = rx.compile(r"(?:施工|建设)?(?:现场|工地)")
# what says the works at a site are going on, beside the names (施工, 建设, 进度, 进展)
_WORKS_GOING_ON = rx.compile(r"施工|建设|进度|进展")


def _site_visited(text: str, c: "_Cand", front: int) -> tuple[str, str]:
    """图为观摩团在甲产业园项目现场观摩: a work whose site an inspection stands at, in a sentence that inspects (a
    caption, a report of a visit); under way when the sentence, beside the name and its site, speaks of the works
    going on, else of an unknown stage (a caption names the work, not where it stands); ("", "") in a sentence that
    inspects nothing."""
    ss = max(text.rfind(ch, 0, front) for ch in "。;!?\n") + 1
    se = min((k for k in (text.find(ch, c.ve) for ch in "。;!?\n") if k >= 0), default=len(text))
    if not _INSPECTION.search(text, ss, se):
        return "", ""
    site_end = _SITE_AFTER.match(text, c.ve).end()
    going = _WORKS_GOING_ON.search(text, ss, front - 1) or _WORKS_GOING_ON.search(text, site_end, se)
    return ("under_construction" if going else "unknown"), "现场"


def _visited(text: str, c: "_Cand") -> tuple[str, str]:
    """督查组先后深入甲种植基地、乙移民安置点,察看项目进展: the sites an inspection visits are its works; under way
    when the sentence speaks of works (项目, 建设, 进度), else of an unknown stage.  ("", "") when no visit verb
    governs the mention in a sentence that inspects."""
    front = c.frame_pos if c.frame_pos >= 0 else c.vs
    cs = list_clause_bounds(text, front)[0]
    m = _VISIT.search(text, cs, front)
    if m is None and text[front - 1:front] == "在" and _SITE_AFTER.match(text, c.ve):
        return _site_visited(text, c, front)
    if m is None or (m.group(0).startswith("了解") and not _LEARNT_PROGRESS.match(text, c.ve)):
        return "", ""  # (重点了解甲项目、乙项目等: what was asked about, no works visited, unless their progress is)
    ss = max(text.rfind(ch, 0, front) for ch in "。;!?\n") + 1
    se = min((k for k in (text.find(ch, c.ve) for ch in "。;!?\n") if k >= 0), default=len(text))
    if not _INSPECTION.search(text, ss, se) and not _INSPECTION.search(text, max(0, ss - 200), ss):
        return "", ""
    works = _WORKS_WORDS.search(text, ss, se)
    return ("under_construction" if works else "unknown"), m.group(0)[:4]


def _cell_stage(cell: str, is_plan: bool) -> tuple[str, str]:
    """Where a table cell says its row's project stands: a class word alone (续建, 新开工, 前期), or a progress
    predicate anywhere in it (主体结构已封顶, 未开工,正在办理用地手续, 一期已投产)."""
    word = cell.strip()
    if word in zh.PROJECT_LIST_STAGES:
        st = zh.PROJECT_LIST_STAGES[word]
        if is_plan and st == "under_construction" and "开工" in word:
            return "planned", word  # a plan's 新开工 are starts to come
        return st, word
    pm = _rx()["postfix"].search(cell)
    if pm is None or pm.group(0).startswith(_WEAK_STAGE_CUES):
        return "", ""
    return next(st for i, (_, st) in enumerate(L.POSTFIX_CUES) if pm.group(f"s{i}") is not None), pm.group(0)


def _row_stage(row: NamedRow, text: str, frames: "_StageFrames", is_plan: bool) -> tuple[str, str]:
    """The stage of a project named in a table's name column: its progress cell (进展情况: 主体完工), else its class
    cell (建设性质: 续建), else the heading over the table (二、新开工项目); a plan's table lists what it will build.
    The cells of what is built (建设内容: 新建生产线2条) say nothing of the stage."""
    cells = sorted(row.stage_cells, key=lambda x: frame_role(x[0]) != FRAME_PROGRESS)
    for _, a, b in cells:
        st, cue = _cell_stage(text[a:b], is_plan)
        if st:
            return st, cue
    st, cue = frames.stage_at(row.name[0])
    if st:
        return st, cue
    return ("planned", "计划") if is_plan else ("unknown", "")


def extract(doc: Doc, record: DocumentRecord) -> list[ProjectMention]:
    """Project mentions of one document, with names resolved within the document.

    Errors are not caught here: the pipeline records a failing stage (errors.jsonl) and goes on with the batch.
    """
    text = doc.norm
    if not text:
        return []
    layer = doc.regions if _gaz() is not None else None  # the document's one region scan (docregions.py)
    _CTX.set(_context_regions(text, record, layer))
    frames = getattr(getattr(doc, "context", None), "frames", None)
    found = find_mentions(_blank_after_counted_class(doc, text), record,
                          (lambda pos: frames.kind_at(pos) == "target") if frames is not None else None,
                          frames.chapters if frames is not None else ())
    regions = _doc_regions(text, record, layer)
    out: list[ProjectMention] = []
    for i, (c, st, _cue) in enumerate(found):
        nxt = found[i + 1][0].vs if i + 1 < len(found) else len(text)
        rs, re_ = doc.raw_span(c.vs, c.ve)
        out.append(ProjectMention(doc=doc.name, start=rs, end=re_, mention=doc.raw[rs:re_],
                                  name=c.name, category=_category(c.name, c.head), stage=st,
                                  location=_location(text, c, regions),
                                  investment=_investments(doc, text, c, nxt)))
    _link_within(out)
    # names are read and linked on the simplified ``norm``; the record gives each as the text writes it (the
    # mention's own characters where the name stands in it, traditional script kept)
    for p, (c, _st, _cue) in zip(out, found):
        p.name = doc.as_written(p.name, c.vs, c.ve)
    return out


# --------------------------------------------------------------------------- stages framed by lists and events

_ITEM_CARD_MARK = rx.compile(rf"[ \t]*(?:\d{{1,3}}[.、．]|{_PAREN_NO}|[①-⑳])[ \t]*")
_ITEM_MARK = rx.compile(rf"\s*(?:\d{{1,3}}[.、．]|{_PAREN_NO}|[一二三四五六七八九十]{{1,3}}、|[①-⑳])\s*$")


def _item_card(text: str, c: "_Cand") -> bool:
    """A list item that opens with a project name (3.红叶造纸搬迁改造项目:总投资8亿元…) names one concrete project,
    however ordinary its words: the list fixes the referent."""
    ls = text.rfind("\n", 0, c.vs) + 1
    if c.vs - ls > 8:
        return False
    le = text.find("\n", c.ve)
    if not text[c.ve:le if le >= 0 else len(text)].strip() and (not text[ls:c.vs].strip()
                                                                or _ITEM_MARK.fullmatch(text[ls:c.vs])):
        return True  # 1.甲大桥⏎2.乙立交: a list written a name a line (the stage a heading above gives them)
    if re.fullmatch(r"\s*\d{1,4}(?:\t|[ \u3000]+)", text[ls:c.vs]):
        # a table row: 序号 then the 项目名称 cell, set apart by a tab or (a list pasted as text) by blanks
        return text[c.ve:c.ve + 1] in ("\t", " ", "\u3000")
    if not _ITEM_MARK.fullmatch(text[ls:c.vs]):
        return False
    return text[c.ve:c.ve + 1] in (":", "：", ",", "，", "(", "（", " ")

# A clause that opens by listing named members (如A、B, 包括A, 其中A): what follows is a name, not a class.
_OPENS_LIST = rx.compile(rf"\s*(?:{_alt(L.LIST_OPENERS + ('其中',))})\s*")
# Words committing to what comes (确保, 力争, 将): a completion or start reported after them is a target.
_COMMITS = rx.compile(_alt(L.COMMIT_WORDS))
_START_COMMITS = rx.compile(_alt(L.START_COMMIT_WORDS))
_START_CUE = rx.compile(r"开工|动工|开建|启动")
# A time to come between a name and its start (甲高铁将于明年开工, 乙项目计划于三季度动工): the start is a plan.
_FUTURE_TIME = rx.compile(_alt(L.FUTURE_TIME_WORDS))
# A time or commitment to come between a name and its completion (甲馆将于今年10月竣工, 乙路预计后年通车): a plan.
_FUTURE_DONE = rx.compile(rf"(?:{_alt(L.FUTURE_DONE_WORDS)}|{L.FUTURE_DONE_RE})")
# 已/均已 right before a predicate: what it says has happened, whatever was planned for it before (计划开工的X已开工)
_REPORTED = rx.compile(r"(?:已|已经|均已|业已)\s*$")
# A clause after a work mostly built that reports what is left being done (…基本建成,正在进行室内装修): the works go on.
_GOING_ON_NEXT = rx.compile(r"[,，](?:目前|现)?正在")
# An amount alone (总投资1.5亿元) says a project exists, not where it stands: a list heading says more.
_WEAK_STAGE_CUES = ("总投资", "计划投资", "拟投资")
# the stages a list heading names its works by: the stages of any list of projects and those only a class of them has
# (签约项目如下:, 二、进度滞后项目: what the heading counts is signed, lagging)
_HEADING_STAGES = {**zh.PROJECT_LIST_STAGES, **L.CLASS_STAGES}
_LIST_STAGE = rx.compile(rf"({_alt(_HEADING_STAGES)})[^\n,。;:]{{0,4}}?(?:{_alt(zh.PROJECT_LIST_HEADS)})")
_SENTENCE_BEFORE = rx.compile(r"^.*[。!?！？;；]")
COLON_HEADING_MAX = 40  # characters of the sentence a line closes with a colon, heading the lines under it


def _colon_closing(line: str) -> str:
    """The last sentence of a line that ends with a colon (…活动举行。各分会场开工项目如下: → 各分会场开工项目如下:), or ''.
    A page that tells an event and then lists its works a line each closes the telling with the sentence that announces
    the list: that sentence heads the lines below as a heading line does, though the line it ends is long."""
    if not line.endswith((":", "：")):
        return ""
    last = _SENTENCE_BEFORE.sub("", line).strip()
    return last if 0 < len(last) <= COLON_HEADING_MAX else ""
_EVENT_STAGE = rx.compile(_alt(zh.PROJECT_EVENTS))
# A start or a completion denied (尚未开工, 未按期竣工), each with the stage it leaves the works in; and the names of
# their groups in the joined postfix pattern (``_rx()["postfix"]``)
_DENIED = tuple((rx.compile(p), st) for p, st in L.DENIED_CUES)
_DENIED_GROUPS = {f"s{L.POSTFIX_CUES.index(cue)}": cue[1] for cue in L.DENIED_CUES}
DENIAL_REACH = 8  # characters before an event word a denial of it may start at (迟迟未按计划竣工)


def _denied_event(text: str, lo: int, hit: re.Match) -> tuple[str, str]:
    """(stage, words) when the event word ``hit`` is denied (未按期竣工: the works go on; 尚未开工: still a plan),
    else ("", "")."""
    for prx, st in _DENIED:
        for m in prx.finditer(text, max(lo, hit.start() - DENIAL_REACH), hit.end()):
            if m.end() == hit.end():
                return st, m.group(0)
    return "", ""
_EVENT_BACKREF = rx.compile(L.EVENT_BACKREF)
_TITLE_EVENT = rx.compile(_alt(L.TITLE_EVENTS))
# The level of a heading line by its mark: 第一部分 0, 一、 1, (一) 2, 1. 3, (1) 4, ① 5; None for a line without one.
_HEADING_LEVELS = (rx.compile(r"^[ \t]*第[一二三四五六七八九十]+[部类批]分?"), rx.compile(r"^[ \t]*[一二三四五六七八九十]+[、.．]"),
                   rx.compile(r"^[ \t]*[(（][一二三四五六七八九十]+[)）]"), rx.compile(r"^[ \t]*\d{1,3}[.、．](?!\d)"),
                   rx.compile(r"^[ \t]*[(（]\d{1,3}[)）]"), rx.compile(r"^[ \t]*[①-⑳]"))


def _heading_level(line: str) -> int | None:
    return next((i for i, p in enumerate(_HEADING_LEVELS) if p.match(line)), None)


_HEADING_LINE = rx.compile(r"^[ \t]*(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[部类批]分?)")
EVENT_LOOKBACK = 200
CHAPTER_MAX = 40  # characters of a chapter heading line
_TASK_CHAPTER = rx.compile(_alt(L.TASK_CHAPTER_WORDS))
_REVIEW_CHAPTER = rx.compile(_alt(L.REVIEW_CHAPTER_WORDS))


_SENTENCE_STOP = rx.compile(r"[。;；]")


class _StageFrames:
    """Stages that a list heading (一、续建项目 / (二)新开工项目) or a news event (集中开工仪式) gives the projects
    under it.  A heading holds until the next heading (in a plan, a 新开工 heading lists starts to come: planned);
    an event holds for the projects named after it in the same paragraph, at most ``EVENT_LOOKBACK`` characters
    on; an event in the headline (…重大项目集中开工) holds for the whole report."""

    def __init__(self, text: str, title: str = "", is_plan: bool = False,
                 chapters: Iterable[tuple[int, str]] = ()):
        self.text = text
        self.is_plan = is_plan  # a plan's 新开工项目 are yet to start
        ev = _TITLE_EVENT.search(title)
        self.doc_event = (L.TITLE_EVENTS[ev.group()], ev.group()) if ev else ("", "")
        self.starts: list[int] = []
        self.stages: list[tuple[str, str]] = []
        # the chapters the outline found (frame.Frames.chapters) that are heading lines, not run-in paragraphs:
        # where each starts, and whether it sets out the year's tasks
        heads = [(a, line) for a, line in chapters if len(line) <= CHAPTER_MAX]
        self.chapters: list[int] = [a for a, _ in heads]
        self.tasks: list[bool] = [bool(_TASK_CHAPTER.search(line)) and not _REVIEW_CHAPTER.search(line)
                                  for _, line in heads]
        pos = 0
        open_level = -1  # the level of the heading whose stage holds now (-1: none holds)
        for line in text.split("\n"):
            s = line.strip()
            heading = bool(s) and (bool(_HEADING_LINE.match(line)) or (len(s) <= 30 and not _SENTENCE_STOP.search(s)))
            closing = _colon_closing(s)
            if closing:
                s, heading = closing, True  # …集中开工活动举行。各分会场开工项目如下: the lines under it are its list
            if heading:
                m = _LIST_STAGE.search(s)
                stage = (_HEADING_STAGES[m.group(1)], m.group(0)) if m and len(s) <= 40 else ("", "")
                level = _heading_level(line)
                if not stage[0] and open_level >= 0 and (level is None or level > open_level):
                    # 一、续建项目 / 1.甲大桥 / 2.乙路改造工程: the items under a stage heading, one a line (numbered
                    # deeper, or bare names), are its members; only a heading as high as it, or another stage, ends it
                    pos += len(line) + 1
                    continue
                open_level = (level if level is not None else 1) if stage[0] else -1
                self.starts.append(pos)
                self.stages.append(stage)
            pos += len(line) + 1

    def task_at(self, pos: int) -> bool:
        """Does ``pos`` lie in a chapter that sets out the year's tasks (二、2026年重点工作)?"""
        i = bisect.bisect_right(self.chapters, pos) - 1
        return i >= 0 and self.tasks[i]

    def stage_at(self, pos: int) -> tuple[str, str]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.stages[i][0] and self.starts[i] + 1 < pos:
            line_end = self.text.find("\n", self.starts[i])
            if line_end < 0 or line_end < pos:  # a mention in the heading line itself keeps its own clause
                if self.is_plan and self.stages[i][0] == "under_construction" and "开工" in self.stages[i][1]:
                    return "planned", self.stages[i][1]  # 新开工项目 in a year's plan: starts to come
                return self.stages[i]
        lo = max(0, pos - EVENT_LOOKBACK)
        para = self.text.rfind("\n", lo, pos)
        lo = max(lo, para + 1)
        hits = list(_EVENT_STAGE.finditer(self.text, lo, pos))
        if hits:
            denied = _denied_event(self.text, lo, hits[-1])
            if denied[0]:
                return denied  # 未按期竣工3项,为A、B: a completion not made, no ceremony held
            return zh.PROJECT_EVENTS[hits[-1].group()], hits[-1].group()
        back = list(_EVENT_BACKREF.finditer(self.text, lo, pos))
        if back:
            return L.EVENT_BACKREF_STAGES[back[-1].group(1)], back[-1].group()
        return self.doc_event  # a report of a 集中开工 names the projects that started, wherever in it


# --------------------------------------------------------------------------- canonical names

_GENERIC_SUFFIX = rx.compile(r"(?:工程|项目|建设)+$")


def _markers(name: str) -> set[str]:
    return set(_rx()["phase"].findall(name))


_TRAILING_PAREN = rx.compile(r"\(([^()]+)\)$")
_PARENS = rx.compile(r"[()]")


def _aliases(name: str) -> list[str]:
    """A name and its parenthesis-free / parenthesised forms: A(B) → A, B."""
    out = [name]
    m = _TRAILING_PAREN.search(name)
    if m:
        out.append(name[:m.start()])
        out.append(m.group(1))
    out.append(_PARENS.sub("", name))
    return out


def _runs(short: str, long: str) -> list[tuple[int, int]] | None:
    """Greedy in-order matching of ``short`` into ``long`` as contiguous runs (None if impossible)."""
    runs: list[tuple[int, int]] = []
    i = 0
    pos = 0
    while i < len(short):
        # longest piece of short[i:] found in long[pos:]
        best = None
        for j in range(len(short), i, -1):
            k = long.find(short[i:j], pos)
            if k >= 0:
                best = (k, k + j - i, j)
                break
        if best is None:
            return None
        runs.append((best[0], best[1]))
        pos, i = best[1], best[2]
    return runs


_ROUND_BRACKET = rx.compile(r"[()]")


def _names_short_of(short: str, long: str) -> bool:
    """Is ``short`` a short form of ``long`` (same project, not a phase/section/part of it)?"""
    if short == long or len(short) >= len(long):
        return False
    if _markers(short) != _markers(long):
        return False
    s_core = _GENERIC_SUFFIX.sub("", short)
    for form in _aliases(long):
        if short == form and form != long:
            return True
    flat = _ROUND_BRACKET.sub("", long)
    l_core = _GENERIC_SUFFIX.sub("", flat)
    if len(s_core) < 2:
        return False
    s_head = _head_at_end(s_core)
    if flat.startswith(short):
        # 巴斯夫 → 巴斯夫湛江一体化基地: only a head-less short (a company or brand) extends rightwards
        return not s_head and len(short) >= 2 and not _head_at_end(short)
    if l_core.endswith(s_core):
        return len(s_core) >= 4 or not s_head
    runs = _runs(s_core, l_core)
    if not runs or len(runs) > 3 or any(b - a < 2 for a, b in runs):
        return False
    if runs[-1][1] != len(l_core) or runs[0][0] != 0:
        return False
    # the inserted material must be places or facility words (雷州电厂, 广东), not a new modifier (国防)
    for (a0, a1), (b0, b1) in zip(runs, runs[1:]):
        gap = l_core[a1:b0]
        hits = _places(gap, 3)
        covered = sum(h.end - h.start for h in hits)
        if covered < len(gap) and not _head_at_end(gap):
            return False
    return True


class _NameIndex:
    """Names indexed by their first two and last two characters and by their aliases, so that
    finding the fuller forms of a short name looks at a handful of names, not the whole batch."""

    def __init__(self, names: Iterable[str]):
        self.by_start: dict[str, set[str]] = {}
        self.by_end: dict[str, set[str]] = {}
        self.by_alias: dict[str, set[str]] = {}
        # (context regions, name) → its canonical form against this index: in a batch the same
        # names recur document after document, and the answer depends on nothing else
        self.canon: dict[tuple, str] = {}
        for n in set(names):
            flat = _ROUND_BRACKET.sub("", n)
            core = _GENERIC_SUFFIX.sub("", flat)
            self.by_start.setdefault(flat[:2], set()).add(n)
            self.by_end.setdefault(core[-2:], set()).add(n)
            for a in _aliases(n)[1:]:
                self.by_alias.setdefault(a, set()).add(n)

    def may_lengthen(self, s: str) -> bool:
        """Is there a longer name that ``longer_forms`` would judge?  False means ``s`` keeps its name, in
        any context: lets linking skip a document without working out its context (or reading its text)."""
        core = _GENERIC_SUFFIX.sub("", s)
        n = len(s)
        return any(len(l) > n for l in self.by_start.get(s[:2], ())) or \
            any(len(l) > n for l in self.by_end.get(core[-2:], ())) or \
            any(len(l) > n for l in self.by_alias.get(s, ()))

    def longer_forms(self, s: str) -> list[str]:
        core = _GENERIC_SUFFIX.sub("", s)
        cands = self.by_start.get(s[:2], set()) | self.by_end.get(core[-2:], set()) | self.by_alias.get(s, set())
        return [l for l in cands if len(l) > len(s) and _names_short_of(s, l)]


def _canon_map(names: Iterable[str], extra: Iterable[str] = (), index: _NameIndex | None = None) -> dict[str, str]:
    """Each name → the fullest form it abbreviates (when that is unambiguous), else itself."""
    names = set(names)
    idx = index or _NameIndex(names | set(extra))
    ctx = _CTX.get()
    out: dict[str, str] = {}
    for s in names:
        done = idx.canon.get((ctx, s))
        if done is not None:
            out[s] = done
            continue
        longer = idx.longer_forms(s)
        # keep maximal ones: drop forms that are themselves short forms of another candidate
        maximal = [l for l in longer if not any(l != o and _names_short_of(l, o) for o in longer)]
        if len(maximal) > 1:
            # 巴斯夫湛江一体化基地 and 巴斯夫湛江一体化基地滚装码头: the base, not its part
            base = min(maximal, key=len)
            if all(m.startswith(base) for m in maximal):
                maximal = [base]
        out[s] = idx.canon[(ctx, s)] = maximal[0] if len(maximal) == 1 else s
    return out


def _rename(p: ProjectMention, new: str) -> None:
    """Give a mention its canonical name; a head-less short form (巴斯夫) takes the category of it."""
    if new != p.name and not _head_at_end(p.name):
        p.category = _category(new, _head_at_end(new))
    p.name = new


def _link_within(mentions: list[ProjectMention]) -> None:
    cmap = _canon_map(m.name for m in mentions)
    for m in mentions:
        _rename(m, cmap.get(m.name, m.name))


def _specific_name(name: str) -> bool:
    head = _head_at_end(name)
    mod = name[:len(name) - len(head)] if head else name
    return bool(_places(name, 3)) or _has_proper_word(_residual(mod))
