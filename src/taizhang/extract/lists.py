"""Readers of lists in official writing: a count whose items follow it (`三项工作：一是…`), items announced by a
list heading, values grouped by `分别`, a bracketed change per item, a class listed by its members, lists of
places and the parts a whole breaks down into.  They decide which figures of a list are facts and whose they
are; facts.py calls them from its stages."""

from __future__ import annotations

import bisect
import re
from .indicators import _posseg, clean_phrase, shorten
from .jieba_dict import dictionary_words
from .lang import alternation, zh, zh_projects
from .numerals import parse_number
from . import rx
from .segment import Layout
from .figure import (Cand, TARGET_STRONG, plan_amount_named, LIST_CAP, MEMBER_NAME_MAX, SUBJECT_WORDS, WHOLE_LOOKBACK,
    _BODY_RANKER, _IND_RE3, _LEAD_TAIL, _LEVEL_LEAD, _LEVEL_ONLY, _LISTED_PLACE, _LIST_ANNOUNCED, _LIST_DOING,
    _LIST_OPENER, _LIST_SIZE, _MONTH_WORDS, _PART_ITEM_LEAD, _PART_MEASURE, _SET_QUANTIFIER, _TIME_WORDS,
    _VALUE_TOKEN, _bare_verb, _breakdown_whole, _comma_clause_start, _counted_noun, _headless, _join_overlap,
    _listed_place, _past_list_year, _reports_doing, _set_name, _status_only, _strip_names, shared_subject)


_ANNOUNCED_AFTER = rx.compile(r"[\u4e00-\u9fff]{0,10}?\s*[:：]\s*")
_ANNOUNCED_STOP = rx.compile(r"[。\n]")
_ORDINAL_ITEM = rx.compile(r"(?:^|(?<=[。;；:：,，\n]))\s*([一二三四五六七八九十]{1,2})是")
_ITEM_SEMI = rx.compile(r"[;；]")
_DIGIT = rx.compile(r"\d")


def _announced_items(text: str, end: int, n: int) -> bool:
    """至少有五个亮点:一是…二是… / 有五个方面的对比:A;B;C;D;E / 某街道4个:甲村、乙村、丙村、丁村: a count its noun and a
    colon announce a list after, of as many items as it counts (by semicolons, else by 、, or by ordinals 一是…), merely
    enumerates them (the colon is the list's: a count's own value never stands before one)."""
    a = _ANNOUNCED_AFTER.match(text, end, min(len(text), end + 14))
    if a is None:
        return False
    if _ORDINAL_ITEM.match(text, a.end()) is not None:  # 一是 right after the colon: the items run on over sentences or lines, 二是, 三是 …
        count = 0
        for m in _ORDINAL_ITEM.finditer(text, a.end(), min(len(text), a.end() + LIST_CAP * 3)):
            if parse_number(m.group(1)) != count + 1:
                break
            count += 1
        return count == n
    stop = _ANNOUNCED_STOP.search(text, a.end())
    body = text[a.end():stop.start() if stop else len(text)]
    # (任务有2项:新建停车场3个,已完成1个;…: items reported with figures of their own are counted as a status)
    first = _ITEM_SEMI.split(body)[0]
    named = [x for x in first.split("、") if x.strip()]  # 4个:甲村、乙村、丙村、丁村;南关镇5个:…
    if len(named) == n and all(len(x) <= MEMBER_NAME_MAX for x in named) and not _DIGIT.search(first):
        return True
    items = [x for x in _ITEM_SEMI.split(body) if x.strip()]  # 3个方面的变化:就业增加;消费上升;服务业比重超过工业
    return len(items) == n and all(len(x) <= MEMBER_NAME_MAX * 2 for x in items) and not _DIGIT.search(body)


def _value_groups(cands: list[Cand]) -> list[list[Cand]]:
    """The values of each list (分别为x、y、z), in text order: what one value of a list states often holds for its
    other values, which the readers below carry over."""
    groups: dict[int, list[Cand]] = {}
    for c in cands:
        if c.group >= 0:
            groups.setdefault(c.group, []).append(c)
    return list(groups.values())


_LIST_DONE_OWN = rx.compile(r"已|累计|完成|实际|到位|尚|未")


def _done_before(text: str, pattern, lo: int, hi: int) -> bool:
    """Whether ``pattern`` finds a word of work done in ``text[lo:hi]`` that names no plan's amount (年度计划完成固定资产
    投资98.5亿元: the plan's, figure.plan_amount_named)."""
    return any(not plan_amount_named(text, m.start(), lo) for m in pattern.finditer(text, lo, hi))


_WORKS_NOUN = rx.compile(rf"(?:{alternation(zh.PROJECT_NOUNS)})(?![”\"」』])")  # (not the end of a quoted name)


def _announced_list(text: str, layout: Layout, c: Cand, year: int | None, progress_doc: bool,
                    event_page: bool = False) -> bool:
    """A figure of a year's project list as announced (今年全区安排重点项目120个,总投资860亿元,年度计划投资150亿元;其中
    新开工项目45个 / 发布2024年重点建设项目清单,共1000个项目): the plan of the year, a target.  Whether the text goes
    on to report against it (a share taken of the plan, 占年度计划72.7%, in its item or the next sentence: SCHEMA's
    plan base) is read by the caller (facts); its members' doings in the rest of its own sentence (…,28个项目已完成)
    report here; work reported elsewhere on the page (截至5月底,累计完成投资38亿元) leaves the plan stated as a plan
    (s30, adopted).  A check's notice (``progress_doc``: a supervision notice, a title
    naming 督查 or 推进情况) reports against the lists it names, and the list of a year gone by (去年安排…) is no plan:
    those stay what they are."""
    if progress_doc or c.rank or c.measure not in ("count", "level") or c.extra.get("task_beside"):
        return False
    ss, se = layout.sent_of(c.vs)
    ss = max(ss, c.vs - 200)
    ccs = _comma_clause_start(text, layout, c.vs)
    lead = _announcing_verb(text, ss, se, c.vs) or _pushed_list(text, ss, c.vs, year) or \
        _LIST_NAMED_BEFORE.search(text, max(ss, c.vs - 30), c.vs) or _list_batch(text, ss, c.vs, se) or \
        _list_card(text, ss, se, c.vs, year, event_page)
    # (公布120个、总投资860亿元重点项目名单: the list named after the figures that size it)
    named_after = lead is None and _LIST_VERB_BEFORE.search(text, max(ss, c.vs - 30), c.vs) is not None and \
        _LIST_NAMED_AFTER.match(text, c.mend) is not None
    if lead is None and not named_after or _done_before(text, _LIST_DONE_OWN, ccs, c.vs) or \
            _done_before(text, _LIST_DOING, ss, c.vs):
        return False
    if c.measure == "level" and not _LIST_SIZE.search(text, max(ccs, c.vs - 12), c.vs):
        return False  # only what the list is worth (总投资, 年度计划投资), no other amount of the sentence
    # (确定…为“千村工程”示范县,从每县筛选1个示范镇 counts towns: the works word closing a programme's quoted name is
    # no noun of the count)
    if c.measure == "count" and not (c.unit in ("个", "项") and (named_after or lead.end() > c.vs or
                                     _WORKS_NOUN.search(text, max(ss, c.vs - 24), c.mend + 4))):
        return False
    ps, _ = layout.para_of(c.vs)
    if _past_list_year(text, max(ps, c.vs - 600), c.vs, year):
        return False  # 去年安排重点项目100个 / 2024年,…列入省重点项目17个 in 2025: the list of a year gone by
    # (今年以来,全县紧盯年度目标任务抓项目。…共安排重点项目120个: a paragraph opened by the year so far reports; what a
    # sentence of a year gone by reports, 2024年…完成投资530亿元,占年度计划的102%。今年,…, is no report on this list)
    # (…实施30个为民办实事项目,28个项目顺利完成: the rest of the list's own sentence reports what its members did)
    return not _reports_doing(text, layout, max(ps, ss - 600), ss, year) and not _reports_doing(text, layout, c.mend, se)


# 第三批省重点项目共52个 / 2025年第二批重大项目清单共86项: a batch of a list opening the sentence, numbered as lists
# are given out in turns; a batch of an event (第三批集中开工项目) is what the event did, no list given out
_LIST_BATCH = rx.compile(rf"(?:^|(?<=[,，;；。:：\n]))[^,，;；。:：\n\d]{{0,12}}?(?:(?:19|20)\d\d\s*年度?)?"
                         rf"第[一二三四五六七八九十\d]{{1,3}}批(?P<list>[^,，;；。:：\n\d]{{0,12}}?)"
                         rf"(?:{alternation(zh.PROJECT_NOUNS)})")


_CLAUSE_END = rx.compile(r"[,，;；。:：\n]")
_BATCH_DEED = rx.compile(alternation(zh_projects.WORKS_EVENTS + zh_projects.CEREMONY_DEEDS))
# 计划6月开工 / 计划年底前竣工: the deed a plan dates (TARGET_STRONG's 计划 wants a word after it, not a month)
_PLANNED_DEED = rx.compile(rf"计划[^,，;；。:：\n]{{0,8}}?(?:{_BATCH_DEED.pattern})")


def _list_batch(text: str, ss: int, vs: int, se: int):
    """The lead of a batch of a list of works at the head of the sentence before ``vs`` (第三批省重点项目共52个), or
    None; none for a batch of an event (集中开工, 集中签约: zh.EVENT_OWN_WORDS), nor for a batch named by the deed done
    to it (第一批开工项目4个, 第三批签约项目: a works event, zh_projects.WORKS_EVENTS) unless its sentence goes on to
    commit to the deed (第二批开工项目8个,计划6月开工: a batch still to start is a list's part)."""
    m = _LIST_BATCH.search(text, ss, vs)
    if m is None or any(w in m.group() for w in zh.EVENT_OWN_WORDS):
        return None
    # 今年第一批重点项目举行集中开工仪式,5个项目总投资3.45亿元: the batch's own clause holds the event it goes through
    # after its noun, as 第三批集中开工项目 holds it before
    ce = _CLAUSE_END.search(text, m.end(), se)
    if any(w in text[m.end():ce.start() if ce else se] for w in zh.EVENT_OWN_WORDS):
        return None
    if _BATCH_DEED.search(m.group("list")) and not TARGET_STRONG.search(text, vs, se) and \
            not _PLANNED_DEED.search(text, vs, se):
        return None
    return m


# 今年我市共有市级重点项目260个,总投资2100亿元,年度计划投资480亿元: a set of works sized by its count and by what the
# year's plan puts into it is the year's list stated as such, whatever verb (有, 共, 列入) or none brings it in
_CARD_PLAN = rx.compile(alternation(zh.BATCH_PLAN_AMOUNT_WORDS + zh.BATCH_PLANNED_DONE_WORDS + zh.UNDATED_PLAN_AMOUNT_WORDS))
_UNDATED_PLAN = frozenset(zh.UNDATED_PLAN_AMOUNT_WORDS)
_CARD_DEED = rx.compile(alternation(zh_projects.WORKS_EVENTS + zh_projects.CEREMONY_DEEDS + zh.INTAKE_DEEDS))
_CARD_COUNT = rx.compile(rf"(?:{alternation(zh.PROJECT_NOUNS)})[^,，;；。:：\n\d]{{0,6}}?(?:\d+|[一二三四五六七八九十百千两]+)\s*[个项]|"
                         rf"(?:\d+|[一二三四五六七八九十百千两]+)\s*[个项][^,，;；。:：\n\d]{{0,12}}?(?:{alternation(zh.PROJECT_NOUNS)})")


def _list_card(text: str, ss: int, se: int, vs: int, year: int | None, event_page: bool = False):
    """The count of works that opens a list's card in the sentence (今年我市共有市级重点项目260个,总投资2100亿元,年度
    计划投资480亿元 / 市县两级重点项目有360个,总投资2800亿元,年度投资500亿元): a count of works before ``vs`` or at
    it, and the year's plan amount (zh.BATCH_PLAN_AMOUNT_WORDS: 年度计划投资, 年度投资 …) after it in the sentence: the
    plan of the year of writing, which the year's plan word names.  An amount planned of no year (计划投资, 计划总投资:
    zh.UNDATED_PLAN_AMOUNT_WORDS) sizes the year's list where the sentence names the year of writing before the count
    (今年全县重点项目共120个,计划投资300亿元); a sentence naming another year (2021年…, in a 2023 text) states another
    year's list.  On a works-event page (``event_page``) a count in a sentence naming no year is the batch the event
    began, what it did (scope.batch_plan_amount reads the batch's year plan).  Else None.  What the sentence or the text reports done against the list is read by the caller
    (``_announced_list``, facts)."""
    count = _CARD_COUNT.search(text, ss, min(se, vs + 16))
    if count is None or count.start() > vs:
        return None
    ys = list(_THIS_YEAR.finditer(text, ss, count.start()))
    if ys and ys[-1].group(1) and (not year or int(ys[-1].group(1)) != year):
        return None
    if not ys and event_page:
        return None  # (集中开工…。省市县三级项目有1363个,…,年度投资430亿元: on a works-event page, the batch it began)
    plan = next((m for m in _CARD_PLAN.finditer(text, count.end(), se) if ys or m.group() not in _UNDATED_PLAN), None)
    if plan is None or _CARD_DEED.search(text, ss, plan.start()):
        # (2020年全市四季度集中开工重大项目41个,…,年内计划投资29亿元: a batch started, what an event did; 今年共引进项目
        # 42个,计划总投资90亿元: the works brought in, what the year's drive did)
        return None
    return count


# 我市2019年度重点工程项目已排定,共编排84项: the works named before the verb that announces how many they are
_LIST_NAMED_BEFORE = rx.compile(rf"(?:{alternation(zh.PROJECT_NOUNS)})[^,，;；。:：\n]{{0,4}}?"
                                rf"(?:{alternation(zh.LIST_ANNOUNCE_VERBS)})[,，]?[^。;；:：\n\d]{{0,8}}?"
                                rf"(?:{alternation(zh.LIST_ANNOUNCE_VERBS)})?\s*$")
# 2022年,全省重点推进农业水利、交通物流等8大领域234个省列重大项目建设: the works a year's programme pushes, the fields
# they fall in listed before them
_LIST_PUSHED = rx.compile(rf"(?:{alternation(zh.LIST_PUSH_VERBS)})(?:[^,，;；。:：\n]{{0,64}}?等)?[^,，;；。:：\n]{{0,16}}?"
                          rf"(?:{alternation(zh.PROJECT_NOUNS)})")
PUSHED_NOUN_AFTER = 16
_THIS_YEAR = rx.compile(r"今年|本年|年内|全年|((?:19|20)\d\d)年")


def _announcing_verb(text: str, ss: int, se: int, vs: int):
    """The verb that announces a list and its works' noun (安排重点项目 / 确定…项目) before ``vs``, or the verb before
    ``vs`` with the noun after the count it governs (全省遴选1800个左右省重点项目 / 安排120个重点项目); else None."""
    lead = _LIST_ANNOUNCED.search(text, ss, min(se, vs + PUSHED_NOUN_AFTER))
    return lead if lead is not None and lead.start() < vs else None


def _pushed_list(text: str, ss: int, vs: int, year: int | None):
    """The lead of a year's programme of works (zh.LIST_PUSH_VERBS) before ``vs`` in a sentence naming the year of
    writing (今年, 2022年 in a 2022 text), the works' noun before or after the count, else None: 重点推进 or 继续实施 of no named year may review a year gone by."""
    lead = _LIST_PUSHED.search(text, ss, min(len(text), vs + PUSHED_NOUN_AFTER))  # (…234个省列重大项目: the works'
    if lead is None or lead.start() >= vs:  # noun may follow the count)
        return None
    ys = [m for m in _THIS_YEAR.finditer(text, ss, lead.start())]
    if not ys or ys[-1].group(1) and (not year or int(ys[-1].group(1)) != year):
        return None
    return lead


# 发布1000个、总投资2万亿元的2024年省重点项目清单: the list a figure sizes, named after it (and the list's year)
_LIST_NAMED_AFTER = rx.compile(rf"[^。;；\n]{{0,30}}?(?:(?P<y>(?:19|20)\d\d)年)?[^。;；\n,，\d]{{0,12}}?"
                               rf"(?:{alternation(zh.PROJECT_NOUNS)})(?:{alternation(zh.LIST_NOUNS)})")
_LIST_VERB_BEFORE = rx.compile(rf"(?:{alternation(zh.LIST_ANNOUNCE_VERBS)})[^。;；\n]{{0,30}}$")


def _list_sized_before(text: str, layout: Layout, c: Cand, year: int | None) -> None:
    """发布1000个、总投资2万亿元的2024年省重点项目清单: a target that sizes an announced list named after it, and has no
    time of its own, is of the list's year (the year the list names, else the year of writing); so is a figure of a
    list announced before it (lists._announced_list, facts._announced_part) that has no time of its own."""
    if c.kind != "target" or c.period or c.measure not in ("count", "level"):
        return
    if c.extra.get("announced_list") and year:
        c.period = str(year)  # 排定的社会事业项目共有12项: a part of the year's list, of no time of its own
        return
    ss, _ = layout.sent_of(c.vs)
    if not _LIST_VERB_BEFORE.search(text, max(ss, c.vs - 30), c.vs):
        return
    m = _LIST_NAMED_AFTER.match(text, c.mend)
    if m is not None:
        c.period = m.group("y") or (str(year) if year else "")


_BRACKET_CHANGE_OPEN = rx.compile(rf"[(（](?:{alternation(zh.BRACKET_CHANGE_VERBS)})(?:了)?$")
_BRACKET_ITEM_MEASURE = rx.compile(alternation(zh.BRACKET_ITEM_MEASURES))
_BRACKET_ITEM_CLASS = rx.compile(alternation(tuple(zh.BRACKET_ITEM_CLASSES)))
_BRACKET_ITEM_OPENER = rx.compile(alternation(zh.BRACKET_ITEM_OPENERS))


def _bracketed_change(text: str, layout: Layout, c: Cand, ccs: int) -> str:
    """增幅较大的有啤酒(增长30%)、汽车(增长12%): a change in brackets right after an item's name is the item's, measured
    by what the paragraph measures before the list (产量, 增加值 …) or by what its class word says the items are
    (产品 → 产量); "" when the figure is no such bracketed change."""
    m = _BRACKET_CHANGE_OPEN.search(text, max(0, c.vs - 8), c.vs)
    if m is None or not re.match(r"\s*[)）]", text[c.mend:c.mend + 2]):
        return ""
    head = _IND_RE3.sub("", text[ccs:m.start()]).split("、")[-1]
    head = _BRACKET_ITEM_OPENER.split(head)[-1]
    head = clean_phrase(SUBJECT_WORDS.sub("", _TIME_WORDS.sub("", head)))
    if not 2 <= len(head) <= 12:
        return ""
    noun = ""
    for lo in (layout.sent_of(c.vs)[0], layout.para_of(c.vs)[0]):  # its own sentence first (主要产品中,…)
        measures = list(_BRACKET_ITEM_MEASURE.finditer(text, lo, ccs))
        classes = list(_BRACKET_ITEM_CLASS.finditer(text, lo, ccs))
        if measures or classes:
            noun = measures[-1].group() if measures else zh.BRACKET_ITEM_CLASSES[classes[-1].group()]
            break
    return head if head.endswith(noun) or head.endswith(zh.OUTPUT_NOT_PRODUCT_ENDS) else head + noun


_CLASS_ITEM = rx.compile(r"[\u4e00-\u9fff]{2,6}")
_CLASS_LAST = rx.compile(rf"[\u4e00-\u9fff]{{2,6}}(?:(?:{alternation(zh.LIST_LAST_JOINERS)})[\u4e00-\u9fff]{{2,6}})?等|[^,，;；。:：\d]{{2,12}}?(?:{alternation(zh.SHARED_HEADS)})")


_PART_OPENER = rx.compile(r"^其中[,，:：]?\s*")


def _class_list(text: str, ccs: int, cs: int, vs: int, names: set[str]) -> bool:
    """True when the 、-items before the clause of ``vs`` name, with the last one, the class the figure measures:
    蔬菜、瓜果、花卉等种植面积达到3000公顷 (the area of all three, never of 花卉 alone), 粮食、油料产量 — items of nouns
    only, none a place or a figure, the last closed by 等 or carrying the head they share (产量, 项目 …)."""
    if not _CLASS_LAST.match(text, cs, vs):
        return False
    items = text[ccs:cs - 1].split("、")
    # (签约项目48个,其中新材料、新能源等项目13个: the 其中 that opens a part of the whole is no part of its first item)
    items[0] = _after_lead_verb(SUBJECT_WORDS.sub("", _TIME_WORDS.sub("", _PART_OPENER.sub("", items[0]))), text[ccs:vs])
    for item in items:
        if not _CLASS_ITEM.fullmatch(item) or item in names:
            return False
        words = dictionary_words(item)  # a word of the dictionary's that is no common noun decides it, HMM or not
        if words is not None and any(len(w) >= 2 and _no_class_noun(f) for w, f in words) or \
                any(_no_class_noun(w.flag) for w in _posseg().lcut(item)):
            return False
    return True


def _after_lead_verb(item: str, rest: str) -> str:
    """县政府拨付青苗 → 青苗: the first item of a class list may follow the clause's doer and verb (拨付青苗、肥料和人工等
    补偿款); the item is what comes after the last verb, unless the other items (``rest``, the list after the first)
    open with that verb too (新增幼儿园学位、新增中小学学位: the verb is the items' own, only what is before it goes)."""
    toks = _posseg().lcut(item)
    k = max((i for i, w in enumerate(toks) if w.flag == "v"), default=-1)
    if not 0 <= k < len(toks) - 1:
        return item
    if any(x.startswith(toks[k].word) for x in rest.split("、")[1:]):
        return "".join(w.word for w in toks[k:])
    return "".join(w.word for w in toks[k + 1:])


def _no_class_noun(tag: str) -> bool:
    """A word a class list's item is not made of: no noun (n…, j…, vn), or a place's name (ns)."""
    return not tag.startswith(("n", "j", "vn")) or tag == "ns"


_LIST_OPENER_ONLY = rx.compile(rf"\s*(?:{_LIST_OPENER})\s*")
# (排名前三的是甲区(96%)、乙区(94%) / 低于全省平均进度的有:甲区41.8%: a bare copula after a head that selects places by a
# rank or a bound, the list of places with their figures after it)
_PLACE_LIST_LEAD = rx.compile(rf"(?:{alternation(zh.PLACE_LIST_VERBS)})[:：]?|(?<=[\u4e00-\u9fff)）])\s*[:：]|"
                              rf"的(?:{alternation(zh.BARE_COPULAS)})\s*[:：]?|(?P<opener>{_LIST_OPENER})\s*[,，]")

# one item of a list of places with their figures, up to the next: 甲县92% / 乙区（94.0%） / 丙市增长8.1% / 丁县 71%,
_HEAD_LIST_SEP = rx.compile(r"\s*(?:[、,，;；]+|(?<=[\d%％)）\u4e00-\u9fff])\s*(?:以及|和|及|与))\s*")
_HEAD_ITEM_TAIL = rx.compile(rf"\s*(?:{alternation(zh.RANK_LIST_ITEM_VERBS)})?\s*[(（]?\s*[-−－+＋]?$")
# 第一类县(市、区) / 二类乡镇: the class of the places a grouped ranking lists
_SET_CLASS = r"第?[一二三四五六七八九十\d]{1,2}类"
_HEAD_SET = rx.compile(rf"^(?:全[省市县区州盟旗])?各(?:[{zh.PLACE_LEVEL_CHARS}]|街道|[(（、)）])+|"
                       rf"^(?:{_SET_CLASS})?(?:{alternation(zh.RANK_LIST_SETS + zh.WHOLE_DIVISIONS)})")
# 最近一周新开工亿元以上项目数量从高到低,第一类县(市、区)依次为: the words that order a ranked list, after what it ranks
_ORDER_CUE = rx.compile(alternation(zh.RANKED_ORDER_WORDS))
_ORDER_HEAD_TAIL = rx.compile(rf"(?:{alternation(zh.RANKED_ORDER_TAILS)})+$")
_BRACKETED = rx.compile(r"[(（][^()（）]{0,30}[)）]")
HEAD_PLACE_MAX = 8  # characters of a place's name the gazetteer does not know (城乡一体化示范区)
HEAD_RATE_MAX = 3  # a rate named in a few characters (完成率) is the one its set's whole names in full (招标完成率)


def _head_item(text: str, a: int, vs: int) -> str:
    """The name of the list item whose figure starts at ``vs``, the item starting at ``a``: its words without the verb
    or bracket before the figure (乙区（94.0% → 乙区, 丙市增长8.1% → 丙市)."""
    seg = text[a:vs]
    t = _HEAD_ITEM_TAIL.search(seg)
    return seg[:t.start()].strip() if t else seg.strip()


def _head_place(name: str, names: list[str]) -> bool:
    """An item of a list of places: a known place, or a short name ending as places and bodies end that holds no
    scope word (中央安排资金全市 is a part's name and the whole's scope, no place)."""
    return _listed_place(name, names) and (name in names or len(name) <= HEAD_PLACE_MAX and
                                           not SUBJECT_WORDS.search(name))


def _place_items_chain(text: str, names: list[str], short_ok: bool) -> rx.Chain:
    """Whether text[a:b] is whole items of a list of places with their figures (or nothing), ``.whole(a, b)``: each
    a place and a figure, the items parted by 、 , ; or a last 和; each item read once for all the figures of a list
    that ask (``rx.Chain``; a short unknown name is a place when ``short_ok``)."""
    def step(pos: int, b: int) -> int | None:
        sep = _HEAD_LIST_SEP.search(text, pos, b)
        end = sep.start() if sep else b
        v = _VALUE_TOKEN.search(text, pos, end)
        if v is None or not (_head_place(item := _head_item(text, pos, v.start()), names) or
                             short_ok and _short_place(item)):
            return None
        if sep is None:
            return None  # (an item runs up to this one without a separator)
        return sep.end()
    return rx.Chain(step)


# 宜都13个,夷陵5个,高新区2个: a place the gazetteer missed, written short among places it knows
_SHORT_PLACE = rx.compile(r"[\u4e00-\u9fff]{2,4}")
SHORT_PLACE_PEERS = 2  # known places among a list's items that make a short unknown item one of them


def _short_place(item: str) -> bool:
    """Whether a short unknown item among known places may be one of them: two to four characters that do not open
    with what a unit goes on to report of itself (福州1037件,已办结767件: 已办结 is the place's own count of the
    handled, a verb phrase, no place of the list)."""
    return bool(_SHORT_PLACE.fullmatch(item)) and not item.startswith(zh.UNIT_REPORT_VERBS)


def _known_peers(text: str, a: int, b: int, names: list[str]) -> int:
    """How many items of the list of places with their figures in text[a:b] are places the gazetteer knows."""
    n = 0
    pos = a
    while pos < b:
        sep = _HEAD_LIST_SEP.search(text, pos, b)
        end = sep.start() if sep else b
        v = _VALUE_TOKEN.search(text, pos, end)
        if v is not None and _head_item(text, pos, v.start()) in names:
            n += 1
        if sep is None:
            break
        pos = sep.end()
    return n


def _known_peers_kept(text: str, a: int, b: int, names: list[str], known: dict[int, int]) -> int:
    """``_known_peers(text, a, b, names)``, each item read once for all the figures that ask: every figure of a
    list of N places (or a line of N rows each opening with a lead, 甲县:开工12个,…;乙县:…) counted the items from
    its lead to the sentence's end again.  The walk from an item's start is the same whoever starts it, so ``known``
    keeps the count from each item start walked (for the same ``text``, ``b`` and ``names``), and a walk stops at
    the first start already counted."""
    path: list[tuple[int, bool]] = []
    total, pos = 0, a
    while pos < b:
        if pos in known:
            total = known[pos]
            break
        sep = _HEAD_LIST_SEP.search(text, pos, b)
        end = sep.start() if sep else b
        v = _VALUE_TOKEN.search(text, pos, end)
        path.append((pos, v is not None and _head_item(text, pos, v.start()) in names))
        if sep is None:
            break
        pos = sep.end()
    for start, hit in reversed(path):
        total += hit
        known[start] = total
    return total


_REMARK_IN = rx.compile(r"[:：\d]")  # a bracket holding a colon or a figure remarks on the list; (市、区) names its kinds


# what ranks or selects the items of a list in its lead (前4名, 前三, 居前, 较高, 排名): the measure is the words before
# it (前三季度, 前5个月 are times)
_TOP_N = r"前[\d一二三四五六七八九十两]{1,2}(?![\d个季月年天周])[名位强]?"
_TOP_N_RE = rx.compile(_TOP_N)
_LIST_RANKER = rx.compile(rf"(?:{alternation(zh.LISTED_BODY_RANKERS)})|{_TOP_N}")


def _head_measure(text: str, ss: int, at: int, names: list[str]) -> str:
    """What the head of a list before ``at`` names as measured: 各市(州)招标完成率 → 招标完成率, 资金到位率排名前三(的是)
    or 资金到位率前两名(的是) → 资金到位率, 支付率低于全省平均进度(的有) → 支付率; the set it is taken over (各县区), times, scope words and the
    words that rank or bound the places are no part of it, nor a remark in brackets between the head and its colon
    (总平均成绩排名如下(分数构成:现场分90%+…):, whose own colon and figures would hide the head)."""
    if text[at - 1:at] in (")", "）") and (o := max(text.rfind("(", ss, at), text.rfind("（", ss, at))) > ss and \
            _REMARK_IN.search(text, o, at):
        at = o  # (第一类县(市、区)依次为: a bracket of the class's kinds stays with the head it qualifies)
    cs = max(ss, max(text.rfind(ch, ss, at) for ch in ",，;；:：。") + 1)
    head = _MONTH_WORDS.sub("", _TIME_WORDS.sub("", text[cs:at])).strip()
    head = _HEAD_SET.sub("", SUBJECT_WORDS.sub("", head).strip())
    cut = next((m.start() for m in _BODY_RANKER.finditer(head) if m.start() >= 2), None)
    if cut is None and (top := _TOP_N_RE.search(head, 2)) is not None and \
            not _BODY_RANKER.fullmatch(head, 0, top.start()):
        cut = top.start()  # (资金到位率前两名; 排名前五位 is a ranking, no measure before its 前五位)
    head = _LEAD_TAIL.sub("", head[:cut] if cut is not None else head)
    head = clean_phrase(_strip_names(head, names))
    return "" if len(head) < 2 or re.search(r"\d", head) or head in zh.HEADLINE_LABELS else head  # (原标题:…)


def _ordered_head(text: str, ss: int, at: int, names: list[str]) -> str:
    """本周(6月5日至11日)新开工亿元以上项目数量从高到低,第一类县(市、区)依次为: / …;第二类县(市、区)依次为: what a
    list headed only by the class of its places ranks is what the sentence's ordering clause names before its order
    words (新开工亿元以上项目); the week it names stays (本周, a time of its own kind), its dates in brackets go; ""
    when no such clause stands before ``at`` in the sentence."""
    cue = None
    for cue in _ORDER_CUE.finditer(text, ss, at):
        pass
    if cue is None:
        return ""
    cs = max(ss, max(text.rfind(ch, ss, cue.start()) for ch in ",，;；:：。") + 1)
    head = _BRACKETED.sub("", text[cs:cue.start()])
    head = _ORDER_HEAD_TAIL.sub("", _MONTH_WORDS.sub("", _TIME_WORDS.sub("", head)).strip())
    head = clean_phrase(_strip_names(_HEAD_SET.sub("", SUBJECT_WORDS.sub("", head).strip()), names))
    return "" if len(head) < 2 or head in zh.HEADLINE_LABELS else head


_ORDER_COPULA_END = rx.compile(rf"(?:依次|分别)?(?:{alternation(zh.RANK_LIST_COPULAS)})?$")


def class_only_lead(lead: str) -> bool:
    """第一类县(市、区)依次为 / 各县区分别为: a list's lead naming only the class of the places it lists, nothing measured."""
    rest = _ORDER_COPULA_END.sub("", lead.strip())
    return bool(rest) and not _HEAD_SET.sub("", rest).strip()


def _place_lists(text: str, layout: Layout, cands: list[Cand], names: list[str],
                 full: dict[str, str] | None = None) -> None:
    """新开工项目分别为:东坪镇5个、河口镇3个 / 各县资金到位率:甲县92%、乙县90% / 资金到位率排名前三的是甲区（96.2%）、
    乙区（94.0%）: a head names the measure once and a list gives places with their figures: each figure is its
    place's, and what is measured is what the head names (after 分别为, a colon or 的是/的有), not the place (which the
    indicator would otherwise be, or nothing where the place is a known region and its name is stripped).  A head
    naming a bare rate (完成率) takes the full name a figure before the list gives it (招标完成率93%)."""
    by_vs = sorted(cands, key=lambda x: x.vs)
    peers: dict[int, dict[int, int]] = {}  # (_known_peers_kept's counts, by the sentence's end)
    items = {ok: _place_items_chain(text, names, ok) for ok in (False, True)}  # (each list's items read once)
    for i, c in enumerate(by_vs):
        if c.measure not in ("count", "level", "share", "growth") or "table" in c.extra:
            continue
        ss, _ = layout.sent_of(c.vs)
        lead = None
        for lead in _PLACE_LIST_LEAD.finditer(text, ss, c.vs):
            pass
        if lead is None:
            continue
        seps = list(_HEAD_LIST_SEP.finditer(text, lead.end(), c.vs))
        k = seps[-1].end() if seps else lead.end()
        _, se = layout.sent_of(c.vs)
        short_ok = _known_peers_kept(text, lead.end(), se, names, peers.setdefault(se, {})) >= SHORT_PLACE_PEERS
        item = _head_item(text, k, c.vs)
        item_at = k
        if not (_head_place(item, names) or short_ok and _short_place(item)):
            continue
        # 丙县、丁县0个: places written one after another before one figure share it (one fact, its subject the first)
        sharing = []
        t = len(seps) - 1
        while t >= 0 and seps[t].group().strip() == "、":
            a = seps[t - 1].end() if t else lead.end()
            seg = text[a:seps[t].start()].strip()
            if _VALUE_TOKEN.search(seg) or not (_head_place(seg, names) or short_ok and _short_place(seg)):
                break
            sharing.insert(0, seg)
            k = a
            t -= 1
        if not items[short_ok].whole(lead.end(), k):
            continue  # 东坪镇、河口镇分别为5个、3个: the places are listed before, not with their figures
        measure = _head_measure(text, ss, lead.start(), names)
        if not measure and not lead.group("opener"):
            measure = _ordered_head(text, ss, lead.start(), names)
        if lead.group().startswith("的") and not _LIST_RANKER.search(text, ss, lead.start()):
            continue  # (值得一提的是: a relative head selects the places by a rank or a bound, 排名前三的是)
        lcs = max(ss, max(text.rfind(ch, ss, lead.start()) for ch in ",，;；:：。") + 1)
        opener = lead.group("opener") or _LIST_OPENER_ONLY.fullmatch(text, lcs, lead.start()) or \
            lead.group().startswith(zh.PLACE_LIST_VERBS) and not text[lcs:lead.start()].strip()
        if not measure and not opener:
            continue  # (…项目344个,分别为:甲县52个: a bare 分别为 parts the whole just before, as 其中 does)
        if not measure or len(measure) <= HEAD_RATE_MAX and measure.endswith("率"):
            # 其中,甲县92%… / 各市完成率:… after 全省招标完成率93%: the whole the list parts, written before it
            whole = _list_whole(layout, c, by_vs[:i], ss, lead.start(), measure, names)
            if whole is None and not measure:
                continue
            measure = whole.indicator if whole is not None else measure
            if whole is not None and _TIME_WORDS.search(text, ss, c.vs) is None:
                c.period = whole.period  # (a place's part holds when the whole it parts holds)
        rate = next((w for w in zh.RANKED_RATE_WORDS if measure.endswith(w)), "")
        if rate and c.measure in ("count", "level") and len(measure) - len(rate) >= 2:
            # 新开工项目增速较快的是甲县(12个)、乙县(8个): a count or an amount in the brackets is of the measure, no rate
            measure, rate = measure[:-len(rate)], ""
        if rate:
            # 投资增速排前三位的分别是甲市(12.4%)、乙市(11.2%): a rate of change, of the whole the paragraph reported
            # (全省固定资产投资增长8.1% → 固定资产投资增速) when the head names it short
            c.measure = "growth" if c.measure == "share" else c.measure
            stem = measure[:-len(rate)]
            if len(stem) <= 2:
                measure = _bracket_whole(layout, by_vs[:i], ss, "growth", stem) + rate
        first = shared_subject(sharing + [item], text[item_at:c.vs])
        if c.extra.get("own_level"):
            first = c.subject  # …泸溪县3件,州直部门4件: the level's own bodies are its division (scope.own_level_place)
        c.subject = (full or {}).get(first, first)
        c.indicator = shorten(measure, 24)
        c.extra.pop("noun", None)
        c.extra["place_item"] = True
        if c.subject == first and not c.extra.get("own_level"):
            c.extra["subject_written"] = first
        else:
            c.extra.pop("subject_written", None)  # 长阳 → 长阳土家族自治县: the gazetteer's name, as every place's


# 投资完成率前4名的行业是: / 增速居前的领域为: / 完成率较高的行业有: the lead of a list of kinds (not places), its kind
# noun and the copula or colon that opens the list; or, after an opener naming the kind (分行业看,…前三的是:), the bare
# copula
_KIND_LIST_LEAD = rx.compile(rf"的(?P<kind>{alternation(zh.LIST_KIND_NOUNS)})?(?:依次|分别)?(?:是|为|有)\s*[:：]?|"
                             rf"的(?P<noun>{alternation(zh.LIST_KIND_NOUNS)})\s*[:：]")
_KIND_OPENER = rx.compile(rf"[分从按](?:{alternation(zh.LIST_KIND_NOUNS)})(?:来看|看)")
# an item of such a list: a kind's name (Han, no figure), 交通物流 / 产业转型升级及科技创新 / 汽车制造业; the items part at
# a comma or 、, or at 和/及 after a figure (a kind's name may hold 及: 产业转型升级及科技创新)
_KIND_ITEM = rx.compile(r"[\u4e00-\u9fff]{2,16}")
_KIND_LIST_SEP = rx.compile(r"\s*(?:[、,，;；]+|(?<=[\d%％)）])\s*(?:以及|和|及|与))\s*")


def kind_lists(text: str, layout: Layout, cands: list[Cand], names: list[str]) -> None:
    """年度计划投资完成率前4名的行业是:交通物流34%、农业水利33% / 增加值增速居前的行业为:汽车制造业12.1%,…: a lead that
    ranks or selects kinds of thing (行业, 领域) by a measure, then lists them with their figures: each figure is its
    kind's, and measures what the lead names before its ranking words (交通物流 + 年度计划投资完成率), as a list of places
    does (_place_lists) with the place as subject; a rate of change the lead names (增速) makes the figures growths."""
    for c in sorted(cands, key=lambda x: x.vs):
        if c.measure not in ("count", "level", "share", "growth") or c.rank or c.item or "table" in c.extra or \
                "place_item" in c.extra:
            continue
        ss, _ = layout.sent_of(c.vs)
        lead = None
        for lead in _KIND_LIST_LEAD.finditer(text, ss, c.vs):
            pass
        if lead is None or not (lead.group("kind") or lead.group("noun") or _KIND_OPENER.search(text, ss, lead.start())):
            continue
        cs = max(ss, max(text.rfind(ch, ss, lead.start()) for ch in ",，;；:：。") + 1)
        ranker = _LIST_RANKER.search(text, cs, lead.start())
        if ranker is None:
            continue
        seps = list(_KIND_LIST_SEP.finditer(text, lead.end(), c.vs))
        item = _head_item(text, seps[-1].end() if seps else lead.end(), c.vs)
        if not _KIND_ITEM.fullmatch(item) or _head_place(item, names):
            continue
        measure = _head_measure(text, ss, ranker.start(), names)
        if not measure:
            continue
        rate = next((w for w in zh.RANKED_RATE_WORDS if measure.endswith(w)), "")
        if rate and c.measure == "share":
            c.measure = "growth"  # (增加值增速居前的行业为:汽车制造业12.1%: the rate of change of each kind's value added)
        c.indicator = shorten(item + measure, 24)
        c.extra.pop("noun", None)


def _list_whole(layout: Layout, c: Cand, before: list[Cand], ss: int, at: int, rate: str,
                names: list[str]) -> Cand | None:
    """The figure a list of places parts, written before the list's lead at ``at`` (in its paragraph or the one before):
    the last of the same measure and unit, no place's part itself; for a head naming a bare rate, one whose name ends
    with that rate."""
    p = ss - 1
    while p > 0 and layout.text[p].isspace():
        p -= 1  # (a blank line between the paragraphs)
    ps = layout.para_of(p)[0]
    ps = layout.para_of(ps - 2)[0] if ps >= 2 and p >= ps and layout.para_of(ss)[0] == ps else ps
    text = layout.text
    for x in reversed(before):
        if x.vs < ps or c.vs - x.vs > WHOLE_LOOKBACK:
            return None
        if x.vs >= at or x.measure != c.measure or x.unit != c.unit or x.rank or not x.indicator or \
                "place_item" in x.extra or rate and not (x.indicator.endswith(rate) and len(x.indicator) > len(rate)):
            continue
        xs = layout.sent_of(x.vs)[0]
        if _COMPARED_BRACKET.search(text, max(xs, x.vs - 12), x.vs):
            continue  # (高于全国平均水平(4.1%): what the whole was compared with, no whole the list parts)
        if _head_place(_head_item(text, max(xs, max(text.rfind(ch, xs, x.vs) for ch in "、,，;；:：") + 1), x.vs),
                       names):
            continue  # (鞍山143个: a place's part of another list, no whole)
        return x
    return None


def _breakdown_parts(text: str, layout: Layout, cands: list[Cand], names: list[str]) -> None:
    """建设项目20项(省级5项、市级6项、县级9项) / 对90个责任单位(市直部门20个、乡镇20个) / …20项,其中省级5项、市级6项:
    a part of a breakdown written by its label alone (省级, 市直部门, 乡镇) counts the whole's noun of that part, the
    head noun the list leaves out (省级建设项目, 乡镇责任单位); a label naming a noun of its own (重大隐患 in 安全隐患
    320处(重大隐患12处,…)) keeps it, and a place is the part's subject, the whole's noun its indicator."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    for i, c in enumerate(by_vs):
        if c.measure != "count" or c.rank or c.item or "table" in c.extra or "place_item" in c.extra:
            continue
        found = _breakdown_whole(text, layout, c, by_vs, i)
        if found is None:
            continue
        w, k = found
        if _PART_MEASURE.search(w.indicator):
            continue  # 生猪存栏45万头,其中能繁母猪4万头: a measure's parts are named by the sector pass (能繁母猪存栏)
        label = _PART_ITEM_LEAD.sub("", text[k:c.vs]).strip()
        if len(label) < 2 or re.search(r"\d", label):
            continue
        noun = _set_name(w.extra.get("restored_noun") or w.indicator) or _counted_noun(w.indicator)
        noun = _SET_QUANTIFIER.sub("", noun)  # 各级各类学校320所(普通高中12所…): 普通高中学校
        if len(noun) < 2:
            continue
        if label in names or _LISTED_PLACE.fullmatch(label) and not SUBJECT_WORDS.fullmatch(label) and \
                not _LEVEL_ONLY.fullmatch(label):
            if c.subject == w.subject:
                c.subject = label  # 新开工项目30个(东城区10个、西城区20个): the district's part of the projects
            c.indicator = shorten(noun, 24)
            c.extra["place_item"] = True
            continue
        if _headless(c):
            continue  # 项目57个(新建15个,续建42个): a stage of projects, named by the headless pass (新建项目)
        restored_level = c.extra.get("restored") and _LEVEL_ONLY.fullmatch(label) and c.indicator.startswith(label)
        if not c.indicator.endswith(label) and not label.endswith(c.indicator) and not restored_level:
            continue  # the part was named otherwise (已完成…: its status and the noun the series lends it)
        if noun in label or label.endswith(noun[-2:]) or _bare_verb(label) or _status_only(label):
            continue  # 重大隐患12处: a noun of its own
        if _LEVEL_ONLY.fullmatch(label):
            noun = _LEVEL_LEAD.sub("", noun)  # 省重点项目120项(省级5项…): the level replaces the whole's
        c.indicator = shorten(_join_overlap(label, noun), 24)
        c.extra["breakdown_of"] = w


# 甲市(12.5%)、乙市(9.8%)、丙盟(-1.2%)3个盟市增速高于全区 / 增速排前三的是甲县(15.8%)、乙县(11.1%)和丙县(10.9%)
_ITEM_BRACKET_OPEN = rx.compile(rf"[(（]\s*(?P<verb>(?:同比)?(?:{alternation(zh.BRACKET_ITEM_CHANGE_VERBS)}))?\s*[-−－+＋]?\s*$")
_ITEM_BRACKET_CLOSE = rx.compile(r"\s*[)）]")
_BRACKET_ITEM_JOIN = rx.compile(r"\s*(?:[、,，]|以及|和|及|与)\s*")
_BRACKET_NAME_RUN = rx.compile(r"[\u4e00-\u9fff]{2,16}$")
_BRACKET_LEAD_WORD = rx.compile(alternation(zh.BRACKET_LIST_LEADS))
_BRACKET_GROWTH = rx.compile(alternation(zh.BRACKET_LIST_GROWTH_WORDS))
_BRACKET_SHARE = rx.compile(alternation(zh.BRACKET_LIST_SHARE_WORDS))
_BRACKET_RATE = rx.compile(alternation(zh.BRACKET_LIST_GROWTH_WORDS + zh.BRACKET_LIST_SHARE_WORDS))
_BRACKET_HEAD_CUT = rx.compile(r"[,，;；:：。\n]")
# what opens the words before a rate and names no measure: a counted set (3个盟市), a scope (对全市), a copula
_BRACKET_SET = rx.compile(rf"^(?:共|有|等)?(?:\d+|[一二三四五六七八九十两]{{1,3}})个?(?:{alternation(zh.RANKED_SET_NOUNS + zh.RANK_LIST_SETS)}"
                          rf"|[\u4e00-\u9fff]{{0,4}}?[省市县区州盟旗]+)|^.*对(?=[\u4e00-\u9fff]{{2}})")
_GROWTH_MANNER = rx.compile(rf"(?:{alternation(zh.GROWTH_MANNER_VERBS)})*了?(?:{alternation(zh.GROWTH_MANNERS)})?")
BRACKET_RATE_UNITS = ("%", "％", "‰")  # the figures a head's rate can measure
BRACKET_LIST_MIN = 2  # items: one place with a bracket is a gloss, not a list


def _bracket_item_name(text: str, o: int, mentions, m_starts) -> tuple[int, str] | None:
    """The place named right before the bracket at ``o`` (a list's item): (where its name starts, its resolved name),
    the gazetteer's when a mention of it ends at the bracket (济南章丘区 → 章丘区), else the name as written when it ends
    as places end (乙开发区); None when no place is named there."""
    j = bisect.bisect_left(m_starts, o) - 1
    while j >= 0 and mentions[j].end > o:
        j -= 1
    if j >= 0 and mentions[j].end == o and o - mentions[j].start >= 2:
        k = j
        while k > 0 and mentions[k - 1].end == mentions[k].start:
            k -= 1  # (济南章丘区: the chain's first place starts the name)
        return mentions[k].start, mentions[j].name
    run = _BRACKET_NAME_RUN.search(text, max(0, o - 16), o)
    if run is None:
        return None
    name = run.group()
    for m in _BRACKET_LEAD_WORD.finditer(name):
        if len(name) - m.end() >= 2:
            name = name[m.end():]  # …前十名,为甲开发区(…): the list's lead is no part of the name
            break
    if len(name) > 8 or not _LISTED_PLACE.fullmatch(name) or SUBJECT_WORDS.search(name) or _BRACKET_RATE.search(name):
        return None
    return o - len(name), name


def _bracket_rate_head(seg: str, last: bool) -> tuple[str, str] | None:
    """(the measure, the words naming what it measures) of the rate a list's head names in ``seg`` (the last one
    before the list, the first after it): 投资增速排前五位 → (growth, 投资); 3个盟市增速高于全区 → (growth, "");
    对全市经济贡献率分别为 → (share, 经济贡献率)."""
    found = list(_BRACKET_RATE.finditer(seg))
    if not found:
        return None
    m = found[-1] if last else found[0]
    cut = max((x.end() for x in _BRACKET_HEAD_CUT.finditer(seg, 0, m.start())), default=0)
    words = _MONTH_WORDS.sub("", _TIME_WORDS.sub("", seg[cut:m.start()])).strip()
    words = _BRACKET_SET.sub("", SUBJECT_WORDS.sub("", words)).strip()
    words = _HEAD_SET.sub("", SUBJECT_WORDS.sub("", words))
    if _GROWTH_MANNER.fullmatch(words):
        words = ""  # …实现正增长: how the places grew, no name of what grew (the whole reported before names it)
    if re.search(r"\d", words):
        return None
    if _BRACKET_SHARE.fullmatch(m.group()):
        return "share", clean_phrase(words + m.group())
    return "growth", clean_phrase(words)


def _bracket_whole(layout: Layout, before: list[Cand], at: int, measure: str, words: str) -> str:
    """The name of the whole a list of places parts, the last figure of that measure before the list (in its paragraph
    or the one before) that names ``words`` (or any, when the head names none): 全区地区生产总值增长5.8%。…甲市(12.5%)、
    乙市(9.8%)3个盟市增速高于全区 → 地区生产总值."""
    p = layout.para_of(at)[0] - 1
    while p > 0 and layout.text[p].isspace():
        p -= 1
    lo = layout.para_of(p)[0] if p > 0 else 0
    if lo > 0 and not any(x.vs >= lo for x in before):
        p = lo - 1  # (各县GDP完成情况: a line naming the list, with no figure, stands between it and the whole)
        while p > 0 and layout.text[p].isspace():
            p -= 1
        lo = layout.para_of(p)[0] if p > 0 else 0
    for x in reversed(before):
        if x.vs < lo or at - x.vs > WHOLE_LOOKBACK:
            break
        if x.measure != measure or not x.indicator or "place_item" in x.extra or x.rank:
            continue
        if not words and _PART_OPENED.search(layout.text, layout.sent_of(x.vs)[0], x.vs):
            continue  # (投资下降3.1%。其中,工业投资增长9.8%…: a part 其中 opens is no whole the places part)
        if not words or x.indicator.endswith(words):
            return x.indicator
    return words


_PART_OPENED = rx.compile(r"其中")


def bracketed_place_lists(text: str, layout: Layout, cands: list[Cand], mentions, m_starts) -> None:
    """甲市(12.5%)、乙市(9.8%)、丙盟(-1.2%)3个盟市增速高于全区 / 投资增速排前五位的分别是甲省(33.3%)、乙省(29.6%):
    places each written with its figure in brackets, the measure named once before the list or after it.  Each figure
    is its place's (the subject), a growth when the head names a rate of change (增速, 增幅), a share when it names a
    share (贡献率, 比重), and measures what the head names before its rate word, else the whole the paragraph reported
    before the list (全区地区生产总值增长5.8%: 地区生产总值), never the place's name."""
    by_vs = sorted(cands, key=lambda x: x.vs)
    items: list[tuple[Cand, int, str, int]] = []  # (figure, name start, name, bracket end)
    for c in by_vs:
        o = _ITEM_BRACKET_OPEN.search(text, max(0, c.vs - 8), c.vs)
        close = _ITEM_BRACKET_CLOSE.match(text, c.mend)
        if o is None or close is None or c.rank or "table" in c.extra:
            continue
        named = _bracket_item_name(text, o.start(), mentions, m_starts)
        if named is None:
            continue
        items.append((c, named[0], named[1], close.end()))
        if o.group("verb"):
            c.extra["bracket_verb"] = o.group("verb")
    groups: list[list[tuple[Cand, int, str, int]]] = []
    for it in items:
        if groups and _BRACKET_ITEM_JOIN.fullmatch(text, groups[-1][-1][3], it[1]):
            groups[-1].append(it)
        else:
            groups.append([it])
    before: tuple[int, str, str] | None = None  # (sentence, measure, what it measures) of the last list read
    for group in groups:
        if len(group) < BRACKET_LIST_MIN or len({g[2] for g in group}) != len(group):
            continue
        first, last = group[0], group[-1]
        ss, se = layout.sent_of(first[0].vs)
        lo = max(ss, max(text.rfind(ch, ss, first[1]) for ch in "。;；") + 1)
        if all("heading_named" in g[0].extra or "place_item" in g[0].extra for g in group):
            # (a list a heading or its lead names was read by its own reader: what its places go on with is read here)
            viewed = _viewed_ranking(text, lo, first[1])
            if viewed is not None:
                _view_measure([x for x in by_vs if x.vs < lo], lo, viewed, [g[0] for g in group])
            _spread_after(text, layout, cands, [g[2] for g in group], last[3], se, mentions, m_starts)
            continue
        stop = _BRACKET_HEAD_CUT.search(text, last[3], se)
        head = _bracket_rate_head(text[lo:first[1]], True) or \
            _bracket_rate_head(text[last[3]:stop.start() if stop else se], False)
        if head is None and all("bracket_verb" in g[0].extra for g in group):
            head = ("growth", "")  # 甲市(增长5.1%)、乙市(下降0.6%)增速居前: each bracket says its figure is a change
        viewed = _viewed_ranking(text, lo, first[1]) if head is None else None
        if viewed is not None:
            # 从完成投资看,排名前五位的为甲区(6.3亿元)、…: the view names the measure, the band only which places
            _view_measure([x for x in by_vs if x.vs < lo], lo, viewed, [g[0] for g in group])
            for c, _, name, _ in group:
                c.subject = name
                c.extra.pop("noun", None)
                c.extra["place_item"] = True
            _spread_after(text, layout, cands, [g[2] for g in group], last[3], se, mentions, m_starts)
            continue
        if head is not None:
            measure, named = head
            words = named
            if measure == "growth" and len(words) <= 2:
                words = _bracket_whole(layout, [x for x in by_vs if x.vs < lo], lo, measure, words)
        elif before is not None and before[0] == ss and \
                _BRACKET_ELLIPSIS.match(text, last[3], stop.start() if stop else se):
            # 甲市(23.1%)、乙市(22.9%)2个市增速高于全区平均水平;丙市(5.9%)、丁市(5.6%)2个市低于全区平均水平: the
            # second list, its head cut short, measures what the first one's does
            _, measure, words = before
            named = words
        else:
            continue
        before = (ss, measure, words)
        for c, _, name, _ in group:
            if c.unit not in BRACKET_RATE_UNITS:
                if len(named) < 2:
                    continue  # (甲县(12个)、乙县(8个): counts, no rate, whatever rate the head names)
                c.indicator = shorten(named, 24)  # 新开工项目增速较快的是甲县(12个)…: the counted thing the head names
            else:
                c.measure = measure
                c.indicator = shorten(words, 24)
            c.subject = name
            c.extra.pop("noun", None)
            c.extra["place_item"] = True
        _spread_after(text, layout, cands, [g[2] for g in group], last[3], se, mentions, m_starts)


# 从投资完成情况看, / 从完成投资来看: / 按投资完成率看, — the view a sentence takes of its places, then the band of the
# ranking the list after it fills (排名前五位的分别为: / 后五位的为 / 居前三位的是)
_VIEW_FRAME = rx.compile(rf"(?:从|按)(?P<what>[^,，;；。:：\d]{{2,16}}?)(?:{alternation(zh.VIEW_FRAME_TAILS)})?来?看\s*[,，:：]")
_RANK_BAND_HEAD = rx.compile(r"(?:排名|排位|排|位居|位列|居)?\s*[前后末]\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*[位名]?\s*的?"
                             r"(?:单位|县区|县\(市、区\)|地区)?\s*(?:分别|依次)?\s*(?:为|是)\s*[:：]?\s*$")
# 投资完成情况 → 完成投资: a thing done written before its verb names what statistics write verb first
_DONE_AFTER_NOUN = rx.compile(rf"^(?P<noun>{alternation(zh.AMOUNT_NOUNS_OF_ACTIONS)})(?P<verb>完成|到位)$")


def _view_measure(before: list[Cand], lo: int, viewed: str, members: list[Cand]) -> None:
    """Name the figures of a ranked list by the view its sentence takes (``viewed``: 完成投资, 投资完成率), as the
    whole reported before the list names it when it ends so (340个重点项目完成投资703.2亿元 → 重点项目完成投资: the
    largest such amount in the same unit, not a part of it reported after it); a per cent is a share when the view
    names a rate that is no change (投资完成率), else a growth."""
    unit = members[0].unit
    wholes = [x for x in before if lo - x.vs <= WHOLE_LOOKBACK and x.unit == unit and x.indicator.endswith(viewed)
              and "place_item" not in x.extra and not x.rank]
    whole = max(wholes, key=lambda x: x.value).indicator if wholes else viewed
    for c in members:
        if c.unit in BRACKET_RATE_UNITS:
            c.measure = "share" if _BRACKET_SHARE.search(viewed) or viewed.endswith(zh.VIEW_RATE_ENDS) else "growth"
        c.indicator = shorten(whole, 24)


def _viewed_ranking(text: str, lo: int, at: int) -> str | None:
    """The measure a list of places starting at ``at`` ranks when the sentence (from ``lo``) opens with the view it
    takes (从投资完成情况看) and the list's own head is only the band of a ranking (排名前五位的分别为:, 后五位的为:): the
    view's words without 情况 (投资完成 written as statistics write it, 完成投资); None when no such frame and band
    stand there."""
    end = at
    while end > lo and text[end - 1] in ":： \u3000":
        end -= 1  # (排名前五位的分别为: the band's own colon)
    cut = max((x.end() for x in _BRACKET_HEAD_CUT.finditer(text, lo, end)), default=lo)
    if not _RANK_BAND_HEAD.fullmatch(text, cut, at):
        return None
    frames = list(_VIEW_FRAME.finditer(text, lo, at))
    if not frames:
        return None
    what = frames[-1].group("what")
    done = _DONE_AFTER_NOUN.fullmatch(what)
    return done.group("verb") + done.group("noun") if done else what


# …8个盟市低于全区平均水平 / 其余均低于全省: the head of a list after another one, the measure left unsaid
_BRACKET_ELLIPSIS = rx.compile(r"\s*(?:[\d一二两三四五六七八九十]{1,3}个[^\d,，;；。]{0,6}?|其余|其他)?\s*(?:均|也)?"
                               r"(?:高于|低于|超过|不及|快于|慢于)(?:全[国省市区县州盟])(?:平均水平|平均)?")
_SPREAD_WORD = rx.compile(r"分别|依次")


def _spread_after(text: str, layout: Layout, cands: list[Cand], places: list[str], a: int, se: int,
                  mentions, m_starts) -> None:
    """…贡献率分别为甲县(23.9%)、乙县(16.9%)和丙县(0.5%),拉动力分别为6.0、4.3和0.1个百分点: a 分别 list of as many
    values later in the sentence that names no place of its own goes on over the same places, in order; what its
    clause names before 分别 is what it measures."""
    j = bisect.bisect_left(m_starts, a)
    for members in _value_groups(cands):
        first = members[0]
        if not a <= first.vs < se or len(members) != len(places):
            continue
        cs = _comma_clause_start(text, layout, first.vs)
        # (甲区(13.0%)和乙市(8.2%)增速分别位列全市第2位和第6位: the list's own clause, its 分别 after the list)
        spread = _SPREAD_WORD.search(text, max(cs, a), first.vs)
        if spread is None or j < len(mentions) and mentions[j].start < first.vs:
            return
        cs = max(cs, a)
        words = _BRACKET_SET.sub("", SUBJECT_WORDS.sub("", _TIME_WORDS.sub("", text[cs:spread.start()]))).strip()
        words = clean_phrase(SUBJECT_WORDS.sub("", words))
        for c, name in zip(members, places):
            c.subject = name
            if len(words) >= 2 and not (c.measure == "rank" and c.indicator.startswith(words) and
                                        c.indicator.endswith(zh.RANK_NOUN)):
                c.indicator = shorten(words, 24)  # (a rank named already with its scope: …增速全市15个县区排名)
            c.extra["place_item"] = True
        return


# 高出全国(5.9%)、全省(6.4%)平均水平 / 较去年同期(-1.1%)提高9.2个百分点: the wider place or earlier time compared with,
# its own figure in brackets
_COMPARED_BRACKET = rx.compile(rf"(?:全(?P<suffix>[国省市县区州盟旗])(?:{alternation(zh.COMPARED_BRACKET_SCOPE_TAILS)})?|"
                               rf"(?P<time>{alternation(zh.COMPARED_BRACKET_TIMES)}))\s*[(（]\s*[-−－+＋]?\s*$|"
                               # 同比增长7.6%(全市11.1%): the wider place written inside the brackets, its figure after it
                               rf"[(（]\s*全(?P<inner>[国省市县区州盟旗])(?:{alternation(zh.COMPARED_BRACKET_SCOPE_TAILS)})?"
                               r"\s*(?:为|是)?\s*[-−－+＋]?\s*$")
_YEAR = rx.compile(r"(?:19|20)\d\d")


def compared_brackets(text: str, layout: Layout, cands: list[Cand], wider) -> None:
    """甲市规上工业增加值增长8.1%,较去年同期(-1.1%)提高9.2个百分点,分别高出全国(5.9%)、全省(6.4%)平均水平: a figure in
    brackets right after the wider place (全国, 全省) or the earlier time (去年同期) a figure of the sentence is compared
    with is that place's (``wider(suffix, subject)`` resolves 全省 from the compared figure's place) or that time's
    figure of the same measure, the compared one's indicator (not the place's words, nor a share)."""
    by_vs = sorted(cands, key=lambda x: x.vs)
    for i, c in enumerate(by_vs):
        m = _COMPARED_BRACKET.search(text, max(0, c.vs - 10), c.vs)
        if m is None or not _ITEM_BRACKET_CLOSE.match(text, c.mend) or c.rank or "table" in c.extra:
            continue
        ss, _ = layout.sent_of(c.vs)
        x = next((x for x in reversed(by_vs[:i]) if x.vs >= ss and x.unit == c.unit
                  and not _ITEM_BRACKET_OPEN.search(text, max(0, x.vs - 3), x.vs)
                  and x.indicator and not x.rank and x.measure in ("growth", "share", "level")), None)
        if x is None:
            continue
        c.measure = x.measure
        c.indicator = x.indicator
        c.extra.pop("noun", None)
        if m.group("time"):
            c.subject = x.subject
            if _YEAR.search(x.period):
                c.period = _YEAR.sub(lambda y: str(int(y.group()) - 1), x.period)
        else:
            c.subject = wider(m.group("suffix") or m.group("inner"), x.subject)
            c.extra["subject_written"] = c.subject


# 较一季度、上半年和前三季度分别提高7.9个、3.4个和1.7个百分点: one figure compared with as many earlier times
# (增速较一季度、上半年分别加快…: the rate compared may be named before 较, as the figure's rate; the times may be month
# spans written in digits, 比1—5月和1—6月分别回落…)
_TIMES_COMPARED = rx.compile(rf"(?:{alternation(zh.COMPARED_RATE_WORDS)})?"
                             r"(?P<cmp>较|比|与)(?P<items>(?:[^,，;；。:：\d]|\d{1,2}(?:[-—–~～至]\d{1,2})?月)"
                             r"{2,40}?)(?:相比|比较)?[,，]?\s*$")
_TIME_ITEM_SPLIT = rx.compile(r"、|和|及|与")
_TIME_ITEM_EXTRA = rx.compile(alternation(zh.COMPARED_BRACKET_TIMES + ("上月", "上年末", "年初", "上季度", "上年全年",
                                                                        "去年全年")))


_SHORT_HAN_WORD = rx.compile(r"[\u4e00-\u9fff]{1,3}")


def compared_times_lists(text: str, layout: Layout, cands: list[Cand]) -> None:
    """全市规上工业增加值增长6.6%,较一季度、上半年和前三季度分别提高7.9个、3.4个和1.7个百分点: each value of a 分别
    list whose items are the times the sentence's figure is compared with is that figure's change against its own time
    (the k-th value against the k-th time): it holds in the figure's time, not in the times compared with (which
    had made them all the first half's), and measures the figure's rate against that time (规上工业增加值增速较一季度
    提高), as one compared time alone already did."""
    by_vs = sorted(cands, key=lambda x: x.vs)
    for members in _value_groups(cands):
        first = members[0]
        cs = _comma_clause_start(text, layout, first.vs)
        spread = _SPREAD_WORD.search(text, cs, first.vs)
        if spread is None:
            # 增幅与上年同期、上年全年相比回落3.6和9.1个百分点: as many times as values, paired in order without 分别
            m = _TIMES_THEN_VERB.fullmatch(text, cs, first.vs)
            if m is None:
                continue
            cmp, times, verb, lead = m.group("cmp"), _time_items(m.group("items")), m.group("verb"), m.group("lead")
        else:
            m = _TIMES_COMPARED.fullmatch(text, cs, spread.start())
            if m is not None:
                cmp, times, verb = m.group("cmp"), _time_items(m.group("items")), text[spread.end():first.vs].strip()
                lead = text[cs:m.start("cmp")]
            else:
                cmp, times, verb = _spread_then_times(text[spread.end():first.vs].strip())
                lead = text[cs:spread.start()]
        if len(times) != len(members) or len(times) < 2:
            continue
        cmp = "比" if cmp == "与" else cmp  # (与…相比回落: the figure's rate against the time, 比…回落)
        ss, _ = layout.sent_of(first.vs)
        base = next((x for x in reversed(by_vs) if ss <= x.vs < cs and x.indicator and not x.rank
                     and x.measure in ("growth", "share", "level")), None)
        if base is None:
            continue
        if not _SHORT_HAN_WORD.fullmatch(verb):
            continue
        rate = _rate_word(lead, base)
        for c, t in zip(members, times):
            c.period = base.period
            c.indicator = shorten(f"{base.indicator}{rate}{cmp}{t}{verb}", 32)


# 2025年、2026年 / 2024、2025年 / 到2025年和2027年 / 2025—2027年底前: the years a 分别 list's values are spread over, in
# order (a span as many years as values), written before 分别 in its sentence; never the years a figure is compared
# with (比2020年、2021年分别增长…: a base)
_SPREAD_YEARS = rx.compile(r"(?P<lead>到|至|于)?\s*(?P<items>(?:19|20)\d\d\s*年?(?:\s*(?:、|和|及|至|到|[-—~～–])\s*"
                           r"(?:19|20)\d\d\s*年?){1,4})(?P<tail>年?\s*(?:年底|年末|底|末)?\s*(?:以前|之前|前)?)")
_SPREAD_YEARS_BASE = rx.compile(rf"(?:{alternation(zh.FROM_WORDS + ('比', '较', '与', '同'))})\s*$")
_SPREAD_YEARS_AFTER = rx.compile(r"\s*(?:同期|以来|相比|比较|的)")
_YEAR_IN = rx.compile(r"(?:19|20)\d\d")
_YEAR_SPAN_JOIN = rx.compile(r"(?:19|20)\d\d\s*年?\s*(?:至|到|[-—~～–])")


def _spread_years(said: str) -> tuple[list[str], bool]:
    """(the years, by a deadline?) of the last list of years in ``said`` (the words of a sentence before 分别), [] when
    there is none, it is a base compared with, or a span is joined to other years."""
    found = None
    for m in _SPREAD_YEARS.finditer(said):
        found = m
    if found is None or _SPREAD_YEARS_BASE.search(said, 0, found.start()) or \
            _SPREAD_YEARS_AFTER.match(said, found.end()):
        return [], False
    items = found.group("items")
    years = _YEAR_IN.findall(items)
    if _YEAR_SPAN_JOIN.search(items):
        if len(years) != 2 or int(years[1]) - int(years[0]) > 10:
            return [], False
        years = [str(y) for y in range(int(years[0]), int(years[1]) + 1)]  # 2025—2027年: each year of the span
    if len(years) < 2 or any(int(b) <= int(a) for a, b in zip(years, years[1:])):
        return [], False
    return years, bool(found.group("lead")) or "前" in found.group("tail")


def spread_years_lists(text: str, layout: Layout, cands: list[Cand]) -> None:
    """农村卫生厕所普及率2024、2025年分别达到80%、90% / 计划2025—2027年底前分别整改完成6个、3个、1个问题 / 到2025年、2027年,
    森林覆盖率分别达到46%和48%: each value of a 分别 list holds in the year its place in the list of years before 分别
    names (the k-th value in the k-th year, a span's years in order; by the year's end when the years are deadlines),
    not all of them in the span or the last year.  The years are no part of what the values measure."""
    for members in _value_groups(cands):
        first = members[0]
        ss, _ = layout.sent_of(first.vs)
        cs = _comma_clause_start(text, layout, first.vs)
        spread = _SPREAD_WORD.search(text, cs, first.vs)
        if spread is None or len(members) < 2:
            continue
        k = max(ss, max(text.rfind(ch, ss, spread.start()) for ch in ";；。\n") + 1)
        years, deadline = _spread_years(text[k:spread.start()])
        if len(years) != len(members):
            continue
        written = {y for y in years} | {".." + y for y in years} | {f"{years[0]}..{years[-1]}"}
        if not all(c.period in written for c in members):
            continue  # (a time of its own, read elsewhere)
        for c, y in zip(members, years):
            c.period = (".." + y) if deadline or c.period.startswith("..") else y
            c.indicator = re.sub(rf"^(?:{'|'.join(years)})年?|(?:{'|'.join(years)})年?$", "", c.indicator) or c.indicator


def _rate_word(said: str, base: Cand) -> str:
    """The rate a comparison of a growth measures, as the words before 分别 write it (增幅分别比… → 增幅), else 增速; ""
    when the figure compared is no growth or its name ends in its rate already."""
    if base.measure != "growth" or base.indicator.endswith(("增速", "增幅")):
        return ""
    return next((w for w in ("增幅", "增速") if said.strip().endswith(w)), "增速")


def _time_items(items: str) -> list[str]:
    """The times a 分别 comparison lists (一季度、上半年和前三季度 / 1-3月、1-6月), [] unless every item is a time."""
    times = [x.strip() for x in _TIME_ITEM_SPLIT.split(items)]
    ok = all(_TIME_WORDS.fullmatch(x) or _MONTH_WORDS.fullmatch(x) or _TIME_ITEM_EXTRA.fullmatch(x) for x in times)
    return times if ok else []


# 增幅与上年同期、上年全年相比回落3.6和9.1个百分点: the rate's word, the times between 与 and 相比, the verb before the values
_TIMES_THEN_VERB = rx.compile(r"(?P<lead>[^,，;；。:：]{0,8}?)(?P<cmp>与|较|比)(?P<items>[^,，;；。:：]{2,40}?)(?:相比|比较)"
                              r"(?P<verb>[\u4e00-\u9fff]{1,3})\s*")
# 增速分别较1-3月、1-6月回落1.2、0.4个百分点: 分别 before the comparison, the times (month spans written in digits too)
# between 较 and the verb right before the first value
_SPREAD_THEN_CMP = rx.compile(r"(?P<cmp>较|比)(?P<rest>[^,，;；。:：]{3,44})")


def _spread_then_times(said: str) -> tuple[str, list[str], str]:
    """(较, [1-3月, 1-6月], 回落) for the words between 分别 and the first value of 分别较1-3月、1-6月回落; ("", [], "")
    when they are no comparison with a list of times.  The verb is the shortest Han tail after which every item is a
    time (the month spans' 月 is the items')."""
    m = _SPREAD_THEN_CMP.fullmatch(said)
    if m is None:
        return "", [], ""
    rest = m.group("rest")
    for k in (1, 2, 3):
        verb, items = rest[-k:], re.sub(r"(?:相比|比较)$", "", rest[:-k])
        if not _SHORT_HAN_WORD.fullmatch(verb):
            break
        times = _time_items(items)
        if times:
            return m.group("cmp"), times, verb
    return "", [], ""


# 分别高出全国(5.9%)、全省(6.4%)平均水平2.2个和1.7个百分点 / 增速分别比全国和全省平均水平高14.2和10.5个百分点
_BRACKETED_ASIDE = rx.compile(r"[(（][^()（）]{1,16}[)）]")
_PLACES_COMPARED = rx.compile(
    rf"(?P<rate>(?:{alternation(zh.GROWTH_BASES)})?(?:{alternation(zh.COMPARED_RATE_WORDS)}))?(?:分别|依次)?(?:(?P<verb>{alternation(zh.COMPARED_PLACES_VERBS)})|"
    rf"(?P<than>比|较))(?P<items>[^,，;；。:：\d]{{2,30}}?)(?:{alternation(zh.COMPARED_BRACKET_SCOPE_TAILS)})?"
    rf"(?:(?:分别|依次)?(?P<after>{alternation(zh.COMPARED_PLACES_AFTER)}))?(?:分别|依次)?")
_COMPARED_SCOPE_ITEM = rx.compile(r"全[国省市区县州盟旗]")
_WIDER_SCOPES = rx.compile(r"全[国省市区县州盟旗](?:、全[国省市区县州盟旗])+")
# 全国平均水平、全省平均水平: each item may write the scope's tail of its own; 年度目标: a target as an item
_ITEM_SCOPE_TAIL = rx.compile(rf"(?:{alternation(zh.COMPARED_BRACKET_SCOPE_TAILS)})$")
_COMPARED_TARGET_ITEM = rx.compile(zh.COMPARED_TARGET_ITEMS)


def _compared_item(item: str) -> bool:
    """Whether an item of a 分别 comparison is a wider place (全国, 全省平均水平, a place's name) or a target (年度目标)
    the sentence's figure is set against."""
    bare = _ITEM_SCOPE_TAIL.sub("", item) or item
    return bool(_COMPARED_SCOPE_ITEM.fullmatch(bare) or len(bare) <= 8 and _LISTED_PLACE.fullmatch(bare) or
                _COMPARED_TARGET_ITEM.fullmatch(item))


def compared_places_lists(text: str, layout: Layout, cands: list[Cand]) -> None:
    """全市固定资产投资增长9.6%,分别高于全国、全省平均水平3.5个和1.4个百分点: each value of a 分别 list whose items are
    the places the sentence's figure is compared with is that figure's lead over the k-th place: the figure's place's
    (not the wider place's), in the figure's time (1—2月 read as the list's months had dated them M01 and M02), measuring
    the figure's rate against that place (固定资产投资增速高于全国), as one compared place alone already does.  分别 may
    follow the places (增速比全国、全省分别高…), or stay unwritten when the items are wider places joined by 、 and a verb
    of comparison opens them (高于全国、全省1.2个、0.5个百分点: one value for each)."""
    by_vs = sorted(cands, key=lambda x: x.vs)
    for members in _value_groups(cands):
        first = members[0]
        cs = _comma_clause_start(text, layout, first.vs)
        spread = _SPREAD_WORD.search(text, cs, first.vs) is not None
        m = _PLACES_COMPARED.fullmatch(_BRACKETED_ASIDE.sub("", text[cs:first.vs]).strip())
        if m is None or not (m.group("verb") or m.group("than") and m.group("after")):
            continue
        if not spread and not (m.group("verb") and _WIDER_SCOPES.fullmatch(m.group("items"))):
            continue  # 高于全国、全省1.2个、0.5个百分点: wider places in a row, each its value's, 分别 left unwritten
        places = [x.strip() for x in _TIME_ITEM_SPLIT.split(m.group("items"))]
        # (分别高于上年同期、上年全年6.2和5.6个百分点: the earlier times the figure is set against, as places are)
        if len(places) != len(members) or len(places) < 2 or \
                not (all(_compared_item(x) for x in places) or _time_items(m.group("items"))):
            continue
        ss, _ = layout.sent_of(first.vs)
        base = next((x for x in reversed(by_vs) if ss <= x.vs < cs and x.indicator and not x.rank
                     and not _ITEM_BRACKET_OPEN.search(text, max(0, x.vs - 3), x.vs)
                     and x.measure in ("growth", "share", "level")), None)
        if base is None:
            continue
        rate = _rate_word(text[cs:first.vs].split("分别")[0], base)
        for c, place in zip(members, places):
            c.period = base.period
            c.subject = base.subject
            if "subject_written" in base.extra:
                c.extra["subject_written"] = base.extra["subject_written"]
            else:
                c.extra.pop("subject_written", None)
            said = f"{m.group('verb')}{place}" if m.group("verb") else f"比{place}{m.group('after')}"
            c.indicator = shorten(f"{base.indicator}{rate}{said}", 32)


# 甲区(876.45亿元 同比增长5.1%)、乙县(415.94亿元 4.8%): an amount and its growth in one bracket after each place
_PAIR_BETWEEN = rx.compile(r"\s*[,，、;；]?\s*(?:同比|比上年)?(?:增长|下降|增速为?|增幅为?)?\s*[-−－+＋]?")
_PAIR_CLOSE = rx.compile(r"\s*(?:下同)?\s*[)）]")
_PAIR_OPEN = rx.compile(r"[(（]\s*$")


def paired_bracket_places(text: str, layout: Layout, cands: list[Cand], mentions, m_starts) -> None:
    """新罗区(876.45亿元 同比增长5.1%下同)、上杭县(415.94亿元 4.8%)、长汀县(268.93亿元 4.6%): places each written with an
    amount and a per cent in one bracket.  Both are the place's (the subject), the per cent the amount's growth (not a
    share), and each measures what the whole reported before the list measures (全市实现地区生产总值2523.31亿元,同比
    增长4.7% → 地区生产总值), the amount the whole amount's, the growth the whole growth's."""
    by_vs = sorted(cands, key=lambda x: x.vs)
    items: list[tuple[Cand, Cand, int, str, int]] = []  # (amount, growth, name start, name, bracket end)
    for a, b in zip(by_vs, by_vs[1:]):
        o = _PAIR_OPEN.search(text, max(0, a.vs - 3), a.vs)
        if o is None or b.unit != "%" or a.unit == "%" or a.rank or b.rank or "table" in a.extra or \
                not _PAIR_BETWEEN.fullmatch(text, a.mend, b.vs):
            continue
        close = _PAIR_CLOSE.match(text, b.mend)
        named = _bracket_item_name(text, o.start(), mentions, m_starts) if close else None
        if named is None:
            continue
        items.append((a, b, named[0], named[1], close.end()))
    groups: list[list[tuple[Cand, Cand, int, str, int]]] = []
    for it in items:
        if groups and _BRACKET_ITEM_JOIN.fullmatch(text, groups[-1][-1][4], it[2]):
            groups[-1].append(it)
        else:
            groups.append([it])
    for group in groups:
        if len(group) < BRACKET_LIST_MIN or len({g[3] for g in group}) != len(group):
            continue
        lo = group[0][2]
        before = [x for x in by_vs if x.vs < lo]
        amount = _bracket_whole(layout, [x for x in before if x.unit == group[0][0].unit or
                                         x.unit.endswith(group[0][0].unit[-1:])], lo, group[0][0].measure, "")
        growth = _bracket_whole(layout, before, lo, "growth", "")
        for a, b, _, name, _ in group:
            for c in (a, b):
                c.subject = name
                c.extra.pop("noun", None)
                c.extra["place_item"] = True
            b.measure = "growth"
            if amount:
                a.indicator = shorten(amount, 24)
            if growth:
                b.indicator = shorten(growth, 24)
