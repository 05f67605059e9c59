"""Facts: quantified targets and actuals, each grounded by character offsets.

How a fact is found (everything reads ``doc.norm``; offsets are converted with
``doc.raw_span`` at the end):

1. *Candidates*: one compiled regex over the text finds value tokens (Arabic or
   Chinese numeral, optional range, magnitude 万/亿, 多/余/来, unit).  Ranks are
   value tokens after 第/前 in a ranking context.
2. *Filters* drop what the schema says is not a fact: dates and years (no unit),
   ordinals, numbers inside names (海威2号, 40万吨级, 5G), slogans in short quotes
   and N+N labels, counts that enumerate the items just listed, external sets
   (…之一, 省20个…), size thresholds (20亿元以上重大项目), bare Chinese quantifiers.
3. *Typing*: measure from the unit and the verb before the value; comparator from
   hedges around it; kind from the nearest target/actual cue (力争, 确保, 将 … vs
   已, 同比, 截至 …); period from the nearest time expression in the sentence, the
   paragraph's framing clause or a box heading; subject from a region named at a
   clause start, a section's region (interviews), or the document's region.
   Beside the cues: an average or a part of a counted set (平均投资, 其中…项目157个) takes
   the count's kind, a band of rates and a threshold commit, a vote is what a meeting
   did, and the tasks a notice lists as lagging are named by their targets (the year's).
4. *Evidence*: the clause holding the value, extended back one clause when the
   value's clause has no noun for what is measured.
5. *Structures* (``structures.py``): ratio terms (3.9:59.5:36.6) share one context and
   name their parts; 从X增加到Y makes X the base status and Y what the words before 从
   say; 分别-lists run over their items, a compressed coordination (城乡, 一三产业) or
   the values before them; a unit written once ends every value of its list.
6. *Indicator*: the noun phrase before (or the noun after) the value; a clause made
   only of a predicate (同比增长, 增速比一季度提高, 快于全省) takes the measure named
   before it in the sentence; units and indicators are reported in the script written.

Cue words, comparators, change verbs and the like are data in ``lang/zh.py``.
"""
from __future__ import annotations

import bisect
import functools
import logging
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .doc import Doc, DocumentRecord, Fact
from .indicators import MEASURE_VERBS, _posseg, class_at, clean_lead, clean_phrase, edge_words_off, known_indicators, last_words, name_as_written, noun_phrase, shorten, strip_actors, strip_method, unit_head
from .jieba_dict import dictionary_words
from .lang import alternation, without, zh, zh_projects
from .normalize import normalize_chars, simplified_script
from .numerals import ARABIC, CHINESE, fraction_value, joined_pair, parse_chinese_decimal, parse_number
from . import frame
from . import scope as fact_scope
from .frame import Frames
from .scope import ENUM, STATUS_CUES, ZONE_RE, ZONE_WORDS  # the zone and status words of scope.py, not a copy
from .periods import PeriodMention, calendar_year, find_periods, year_to
from .docregions import above_speaker, area_in_lead, below_speaker, cited_other, inclusion_part, listed_member, nation_speaks, only_listed, place_role, reporting_body, speaking_suffix, spoken_area, superior_named
from .regions import COUNTY, PROVINCE, TOWN, written_forms
from . import rx
from .structures import _measure_name as table_measure_name
from .structures import batch_part, caption_words, counted_noun, plan_base_column
from .structures import _without_row_kinds as without_row_kinds
from .structures import _places_or_bodies as places_or_bodies
from .structures import (total_row, pace_column, BLANK_FRAME_DECISION, FRAME_NAME, FRAME_PLAN_DECISION, class_indicator, column_role, part_indicator, FRAME_OWNER, FRAME_PLAN, FRAME_PROGRESS, FRAME_SERIAL, FRAME_TIME, Ranked, TableCell, TableFrame, expand_parts,
                         find_ranked, find_ratios, find_table_cells, from_position, is_change_gap, join_single_parts,
                         shared_unit, table_caption, table_frames, time_label)
from .segment import CLAUSE_CAP, CLAUSE_SEP, PARA_SEP, SENT_CAP, SENT_SEP, Headings, Layout, clause_start, last_of  # noqa: F401
from .units import (CLOCK_UNITS, SERVICE_DAY_UNIT, MAG_PATTERN, MAGNITUDE_MAKES_UNIT, PER_MAG_PATTERN, PER_PATTERN, UNIT_PATTERN, WEAK_UNITS, base_unit, is_money,
                    unit_class)
from .figure import (ACTUAL_STRONG, ACTUAL_WEAK, CUE_CUT_AHEAD, CUE_CUT_REACH, CUE_CUTS, Cand, plan_amount_named, LIST_ANNOUNCE_REACH, LIST_CAP, MEMBER_NAME_MAX, SUBJECT_WORDS,
    TARGET_STRONG, WHOLE_LOOKBACK, _BODY_RANKER, _HEAD_NOUN, _IND_RE3, _LEAD_TAIL, _LEVEL_LEAD, _LEVEL_ONLY,
    _LISTED_BODY, _LISTED_PLACE, _LIST_ANNOUNCED, _LIST_OPENER, _past_list_year, _LIST_SIZE, _MONTH_WORDS, _PART_MEASURE,
    _REPORT_TIME, _SET_QUANTIFIER, _STAGE_ONLY, _STATUS_LEAD, _TIME_WORDS, _VALUE_TOKEN, _bare_verb,
    _breakdown_whole, _comma_clause_start, _counted_noun, _cues, _HEADLESS, _headless, _join_overlap, _listed_place, _predicate_end,
    _only_items, listed_items, _plan_compared_masked, _reports_doing, _set_name, _status_only, _strip_names)
from .lists import (_PLANNED_DEED, class_only_lead, _ordered_head, bracketed_place_lists, paired_bracket_places, compared_brackets, compared_places_lists, compared_times_lists, spread_years_lists, _announced_items, _announced_list, _bracketed_change, _breakdown_parts, _class_list, _after_lead_verb,
    _list_sized_before, _place_lists, _value_groups, kind_lists)

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- patterns

VALUE_RE = rx.compile(
    rf"(?P<num>{ARABIC}|{CHINESE})"
    rf"(?:\s?(?P<rsep>[-—~～至到])\s?(?P<num2>{ARABIC}|{CHINESE}))?"
    rf"(?:(?P<approx0>多|余)(?=(?:{MAG_PATTERN})))?"  # 1500多亿元 / 300余万人: 多 and 余 before the magnitude too
    rf"(?P<mag>(?!千分点)(?:{MAG_PATTERN}))?"  # 1.1千分点: 千 is the unit's, no magnitude
    rf"(?P<approx>多|余|来)?"
    rf"(?P<unit>{UNIT_PATTERN})?"
    rf"(?P<per>/(?:{PER_MAG_PATTERN})?(?:{PER_PATTERN}))?"
)
GAP_WORD = rx.compile(alternation(zh.GAP_WORDS))
DELTA_VERB = rx.compile(f"(?:{alternation(zh.DELTA_VERBS)})$")
RANK_MOVE = rx.compile(alternation(zh.RANK_MOVES))
RANK_TIER = rx.compile(rf"(?:{alternation(zh.RANK_TIERS)})(?!案)")
# 位居65位 / 排名全省12名: a place without 第 after a verb of standing in a ranking (zh.RANK_PLACE_VERBS), not the end of
# a word that ranks nothing (安排, 下列, 定居: zh.RANK_PLACE_NOT)
_NOT_RANK_VERB = rf"(?<!{'|'.join(sorted({w[0] for w in zh.RANK_PLACE_NOT}))})"
RANK_PLACE_BEFORE = rx.compile(rf"{_NOT_RANK_VERB}"
                               rf"(?:{alternation(zh.RANK_PLACE_VERBS)})(?:在)?(?:{alternation(zh.RANK_PLACE_SCOPES)})?"
                               r"(?:的)?$")
TOP_BAND_RE = rx.compile(r"(?<![前\d一二三四五六七八九十百千])(?P<num>[1-9]\d{0,3}|[一二三五]?[十百千])强"
                         r"(?=[,，;；。、:：)）\s]|行列|之列|$)")
_RANK_STAND = rx.compile(rf"{_NOT_RANK_VERB}"
                         rf"(?:{alternation(zh.RANK_PLACE_VERBS + zh.RANK_STAND_VERBS)})")
_RANK_STAND_NOT = rx.compile(alternation(zh.RANK_STAND_NOT))
RANK_STAND_REACH = 12  # characters of scope and set between the verb and the place (跻身全省11个设区市十强)


def _stood_rank(text: str, a: int) -> bool:
    """Whether the place written at ``a`` (百强) follows a verb of standing in a ranking within its clause, with only
    the scope and set ranked in between (进入全国县域经济百强)."""
    lo = max(0, a - RANK_STAND_REACH - 2)
    for ch in ",，;；。:：!！?？\n":
        lo = max(lo, text.rfind(ch, lo, a) + 1)
    last = None
    for last in _RANK_STAND.finditer(text, lo, a):
        pass
    return last is not None and a - last.end() <= RANK_STAND_REACH and not _RANK_STAND_NOT.search(text, last.end(), a)


BIG_ROUND_RE = rx.compile(rf"(?P<pre>{alternation(zh.ROUND_REACH + zh.ROUND_PASS)})?"
                          r"(?<![\d.一二两三四五六七八九十百千万])(?P<num>[百千万])亿(?:元)?"
                          r"(?P<post>台阶|大关)")
# 翻一番 / 翻了一番多 / 翻两番以上: doubled n times; 多 after 番 passes the multiple (>)
# 超千亿元 / 近万人 / 逾百家企业: a round magnitude in one Chinese character after a bound
HAN_MAGNITUDE_RE = rx.compile(rf"(?P<pre>{alternation(zh.HAN_MAGNITUDE_BEFORE)})?(?<![\d一二两三四五六七八九十百千万])"
                              rf"(?P<num>[百千万亿])(?P<mag>亿|万)?(?P<unit>{UNIT_PATTERN})?"
                              rf"(?!{alternation(zh.MILESTONE_WORDS)}|级|[\d百千万亿])")
_WORD_COUNTED = rx.compile(rf"[”\"’」](?:一词|等词|这个词|二字|两字)?(?:共|累计|先后|一共|总共)?"
                           rf"(?:{alternation(zh.WORD_COUNT_VERBS)})了?$")
_TEXT_PARTS = rx.compile(rf"(?:{alternation(zh.TEXT_PART_DOCS)})[”\"]?(?:全文)?(?:{alternation(zh.TEXT_PART_VERBS)})\s*$")
_COUNT_AFTER_HEAD = rx.compile(rf"(?<![其这那每另某此该之])(?:{alternation(zh.COUNT_AFTER_HEADS)})$")
_ITEMS_DISPOSED = rx.compile(rf"(?:{alternation(zh.ITEMS_DISPOSED_VERBS)})$")
_STEPS_BEFORE = rx.compile(r"(?:\d+|[一二两三四五六七八九十])个$")
FAN_RE = rx.compile(r"翻了?(?P<num>[一两二三])番(?P<more>多)?")
# 三成 / 近六成 / 9成以上: tenths written as a word are a share, its value and unit as written (3, 成: SCHEMA)
TENTHS_RE = rx.compile(rf"(?<![\d一二三四五六七八九十百千万第])(?P<num>[一二两三四五六七八九]|[1-9])成"
                       rf"(?!{alternation(zh.TENTHS_NOT_AFTER)})")


# 形成7大产业集群 / 12大重点产业链: the classes a text groups things into counted in figures (五大会战 in words names a
# programme, 6大项 counts items in 大项, 第2大 is a rank)
CLASSES_RE = rx.compile(r"(?<![\d.A-Za-z第])(?P<num>[1-9]\d?)大(?![项类]|\d)(?=[\u4e00-\u9fff])")
# 约占全国1/10 / 三分之一 / 百分之六十二点五: a fraction of a whole, or a rate spelt out in words (facts._fraction)
FRACTION_RE = rx.compile(r"(?<![\d/.])(?P<a>[1-9]\d{0,2})/(?P<b>[1-9]\d{0,3})(?![\d/.])|"
                         r"(?P<den>[一二三四五六七八九十百千万]+)分之"
                         r"(?P<num>[一二两三四五六七八九十][零〇一二两三四五六七八九十百]*(?:点[零〇一二三四五六七八九]+)?)")
# 占一半以上 / 超过半数 / 占比近半: half of a whole in words, the share 0.5 (as 三分之一 is 1/3); 一半 / 半数 with a share's
# verb, a bound or a clause's end, 半 after a bound (近, 过, 超, 逾) only where a share is named before it (facts._half)
HALF_RE = rx.compile(rf"(?P<pre>{alternation(tuple(zh.HALF_BOUNDS))})?(?P<num>一半|半数|(?<=[近过超逾])半)"
                     r"(?P<post>以上|左右)?(?![年月天日时小岛个])")
FRACTION_BEFORE = rx.compile(alternation(zh.FRACTION_SHARE_BEFORE))
FRACTION_WHOLE_BEFORE = rx.compile(rf"(?:{alternation(zh.FRACTION_WHOLES)})$")


RANK_CONTEXT = rx.compile(alternation(zh.RANK_CONTEXT))
_TIER_AWARDED = rx.compile(rf"(?:{alternation(zh.TIER_AWARD_VERBS)})$")  # (获评第一等次: the tier awarded)
GROWTH_VERB = rx.compile(f"(?:{alternation(zh.GROWTH_VERBS)})(?:率|了)?(?:为|达到|达|至)?$")
ADJUSTED_BY = rx.compile(rf"(?:{alternation(zh.ADJUST_VERBS)})(?![到至为])[\u4e00-\u9fff]{{0,8}}$")
AREA_CHANGED_BY = rx.compile(rf"(?:{alternation(zh.AREA_CHANGE_VERBS)})(?![到至为])[\u4e00-\u9fff]{{0,8}}$")
DELTA_CNT_VERB = rx.compile(f"(?:{alternation(zh.DELTA_COUNT_VERBS)})(?:了)?$")
# (拉动全县规模以上工业增加值增速增长2.1个百分点: the whole pulled may be named at length between the verb and its value)
PULL_VERB = rx.compile(rf"(?:{alternation(zh.PULL_VERBS)})[^,，;；。]{{0,20}}$")
STAT_WORD = rx.compile(alternation(zh.STAT_WORDS))
# the value written right after the statistic's name, with or without 为 (基尼系数0.32, 性别比为108.5)
STAT_NAMED = rx.compile(rf"(?:{alternation(zh.STAT_WORDS)})(?:为|达|是|达到)?$")
COEFFICIENT_NAMED = rx.compile(rf"(?:{alternation(zh.COEFFICIENT_WORDS)})(?:为|达|是|达到)?$")
PRICE_INDEX = rx.compile(alternation(zh.PRICE_INDEX_WORDS))

# (regex, comparator) in the order they are tried: bounds before exceedings before hedges
CMP_BEFORE = [(re.compile(f"(?:{alternation(zh.CMP_BEFORE[op])}{'|' + zh.PASS_MARK if op == '>' else ''})$"), op)
              for op in (">=", "<=", ">", "~")]
CMP_AFTER = [(re.compile(f"^(?:{alternation(zh.CMP_AFTER[op])})"), op) for op in (">=", "<=", "~", ">")]
FILLER = rx.compile(f"(?:{alternation(zh.CMP_FILLER)})+$")
# 完成投资超过年度计划的80% / 不低于全年目标任务的90%: the bound is on the share the plan's whole is taken to, its
# word written before that whole (a plan, a target or a task, with its year and stage: zh.ACHIEVED_SHARE_WHOLES)
CMP_BEFORE_PLAN = [(re.compile(f"(?:{alternation(zh.CMP_BEFORE[op])})[\u4e00-\u9fff]{{0,8}}?"
                               f"(?:{alternation(zh.ACHIEVED_SHARE_WHOLES)})(?:数|进度)?的$"), op)
                   for op in (">=", "<=", ">", "~")]

TARGET_AFTER = rx.compile("|".join(zh.TARGET_AFTER))
ESTIMATE = rx.compile("|".join(zh.ESTIMATE))
VOTE = rx.compile(zh.VOTE_RE)
REPORT_TITLE_END = rx.compile(rf"(?:{alternation(zh.REPORT_TITLE_ENDS)})$")
BOX_REVIEW_HEAD = rx.compile(alternation(zh.BOX_REVIEW_HEADINGS))  # (facts._kind: a box heading's words)
BOX_PLAN_HEAD = rx.compile(alternation(zh.BOX_PLAN_HEADINGS))
LAGGING_TITLE = rx.compile(rf"(?:{alternation(zh.LAGGING_WORDS)})[的\u4e00-\u9fff]{{0,8}}?(?:{alternation(zh.LAGGING_HEADS)})")
LAGGING_SHARE_NEXT = rx.compile(r"[,，]\s*(?:占|完成率|仅占|为年度|为全年)")
LAGGING_REPORT = rx.compile(alternation(zh.LAGGING_REPORT_MARKS))
LAGGING_LEAD = rx.compile(rf"(?:{alternation(zh.LAGGING_WORDS)})(?:的(?:[\u4e00-\u9fff]{{0,6}}?(?:{alternation(zh.LAGGING_HEADS)}))?|"
                          rf"[\u4e00-\u9fff]{{0,6}}?(?:{alternation(zh.LAGGING_HEADS)}))"
                          rf"(?:主要)?(?:分别)?(?:为|是|有|包括|如下)\s*[:：]?|"
                          rf"(?:{alternation(zh.LAGGING_WORDS)})[^,，;；。\n:：]{{0,10}}?"
                          rf"(?:[,，]?\s*(?:{alternation(zh.LAGGING_LIST_OPENERS)}))?\s*[:：]")
SET_QUALIFIER = rx.compile(rf"\s*(?:其中\s*[,，:：]?|[^,，;；。:：\d]{{0,8}}?(?:{alternation(zh.SET_QUALIFIERS)}))")
PROJECTION = rx.compile(f"(?:{alternation(zh.PROJECTION_EVENTS)})后(?=[\u4e00-\u9fff,，])")
# 继2012年三期项目投用后,2013年…开工建设: 继 opens a stage already passed that the sentence goes on from
FOLLOWED_STAGE = rx.compile(rf"(?:{alternation(zh.FOLLOWED_STAGE_OPENERS)})[^,，。;；:：\n]*$")


def _projected(seg: str) -> bool:
    """Whether ``seg`` (the value's sentence up to it) says what a work will yield once built (建成后, 投产后), not
    a stage it went on from (继…投用后: a past event, after which the figures are reported)."""
    return any(not FOLLOWED_STAGE.search(seg, 0, m.start()) for m in PROJECTION.finditer(seg))


# 设计年发电量, 设计产能, 设计年处理能力: a yield the works are designed for, right before the value
DESIGN_OUTPUT = rx.compile(rf"(?:{alternation(zh.DESIGN_OUTPUT_WORDS)})\s*(?:约|达|为|可达|近|超)?\s*$")
QUOTE_RE = rx.compile(r"“[^“”\n]{1,24}”|\"[^\"\n]{1,24}\"|《[^《》\n]{1,60}》|「[^「」\n]{1,24}」|‘[^‘’\n]{1,24}’|"
                      r"『[^『』\n]{1,24}』")
ESTABLISH_VERB = rx.compile(r"(?:成立|设立|组建|组成|新建|建成|派出|新增|引进|培育|开展|完成|组织|选派|招引|建立|增设|落实|"
                            r"打造|命名|认定|评选|获批|获得|入选|共有|有|达|达到|共|计)$")
MAGNITUDE_COUNTED = rx.compile(rf"[\u4e00-\u9fff]{{0,{zh.MAGNITUDE_COUNTED_QUALIFIER}}}?"
                               rf"(?:{alternation(zh.MAGNITUDE_COUNTED_NOUNS)})")
# the name of a span in years before its figure, no clause between (平均受教育年限达到11.2年)
YEARS_MEASURED = rx.compile(rf"(?:{alternation(zh.YEARS_MEASURED_NAMES)})[^,，;；。\d]{{0,6}}$")
NUMERAL_HEDGE = rx.compile(f"(?:{alternation(zh.NUMERAL_HEDGES)})$")  # 近三百名: a hedged count in words
EXTERNAL_PRE = rx.compile(r"(?:省|全国|国家|中央|全省)$")
# 河北省28个重点开发区基础设施项目: a province named in full before a count is who has the set, a figure of its own
# (a bare 省 before it, 省20个战略性产业集群 / 国家和省, is the province's list another level's text speaks of)
_NAMED_PROVINCE_BEFORE = rx.compile(rf"(?:{alternation(zh.PROVINCE_NAMES)})省$")
HEADING_MAX = 26
# Genres (context.find_genre) that report progress against a plan: their plan figures are statuses.
PROGRESS_GENRES = frozenset(zh.LIST_PROGRESS_GENRES)
# 年产5万吨某某材料项目 / 日处理3000吨某某工程: a capacity written into a project's name is no fact
CAPACITY_NAME = rx.compile(rf"(?:设计)?(?<![全今去本当每上明])[年日](?:{alternation(zh.CAPACITY_NAME_VERBS)})(?:能力?)?"
                           r"[\u4e00-\u9fff]{0,6}?(?:能力)?$")
CAPACITY_NAME_END = rx.compile(r"[^\d,，;；。:：、()（）\n]{0,24}?(?:项目|工程|基地|产业园|生产线|厂)(?![\u4e00-\u9fff]{0,2}\d)")
# a bound picking out what a rule applies to (完成率低于60%的项目, 超过5000万元以上的单位): no figure
CRITERION_BEFORE = rx.compile(rf"(?:{alternation(zh.CRITERION_BEFORE)})(?:了)?$")
# (小于85%(不含85%)的单位: a note on the bound's edge may stand between the bound and 的)
_EDGE_NOTE = rf"(?:[(（](?:{alternation(zh.BOUND_EDGE_NOTES)})[^()（）\n]{{0,10}}[)）])?"
CRITERION_AFTER = rx.compile(rf"(?:{alternation(zh.CMP_AFTER['>='] + zh.CMP_AFTER['<='])})?{_EDGE_NOTE}"
                             rf"(?:[、和或][^,，;；。:：\d]{{1,16}}?)?"
                             rf"的[\u4e00-\u9fff]{{0,6}}?(?:{alternation(zh.CRITERION_ENTITIES)})")
# 补助在300元以上的有8个县 / 200元以下的共3个: a bound whose class is counted right after it, the class unnamed
CRITERION_COUNTED = rx.compile(rf"(?:及|和|或)?(?:{alternation(zh.CMP_AFTER['>='] + zh.CMP_AFTER['<='])})的"
                               rf"(?:{alternation(zh.CRITERION_COUNT_VERBS)})\s?(?:\d|[一二两三四五六七八九十])")
# 发生2起及以上伤亡事故的乡镇 / 3次以上未按期报送的单位: a bound on what the class did, then the class
CRITERION_NOUN_CLASS = rx.compile(rf"(?:{alternation(zh.CMP_AFTER['>='] + zh.CMP_AFTER['<='])})[\u4e00-\u9fff]{{1,8}}?的"
                                  rf"[\u4e00-\u9fff]{{0,6}}?(?:{alternation(zh.CRITERION_ENTITIES)})")
# (在85%—90%的不被列入红黑榜: a rule may say what the class is spared)
CRITERION_RULE = rx.compile(rf"(?:及|或)?(?:{alternation(zh.CMP_AFTER['>='] + zh.CMP_AFTER['<='])})?{_EDGE_NOTE}的\s?"
                            rf"(?:将|要|则|均|一律|被|应)?不?(?:被)?(?:{alternation(zh.CRITERION_RULE_VERBS)})")
# (不含85%): the edge note's own value, written right after its word, the bracket closing after it
_EDGE_NOTE_OPEN = rx.compile(rf"[(（](?:{alternation(zh.BOUND_EDGE_NOTES)})$")
_EDGE_NOTE_CLOSE = rx.compile(r"(?:以上|以下)?[)）]")
CRITERION_AFTER_BOUND = rx.compile(rf"(?:{alternation(zh.CMP_AFTER['>='] + zh.CMP_AFTER['<='])})")
_BAND = rx.compile(r"\d%?\s?[-—~至到]\s?\d")
_EACH_BOUND = rx.compile(r"(?:分别|均|各|都)$")
# the class a bound picks out written right after it (超5亿元项目, 过10亿元产业项目), without 的
_CLASS_AFTER_BOUND = rx.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.CRITERION_ENTITIES)})")
_COUNTED_CLASS_AFTER = rx.compile(rf"的?[\u4e00-\u9fff]{{1,10}}?(?:{alternation(zh.CLASS_COUNT_VERBS)})?\s?"
                                  rf"(?:{ARABIC}|{CHINESE})\s?(?:多|余)?(?:{alternation(zh.SET_COUNTERS)})(?![\u4e00-\u9fff])")
# 20个营业收入超100亿元的产业集群 / 5家产值超50亿元的龙头企业: a count, then what its members are measured by and the
# bound they pass, then 的 and the noun counted: the bound qualifies the noun, the count is the figure
_COUNT_BEFORE_ATTRIBUTE = rx.compile(rf"(?:{ARABIC}|{CHINESE})\s?(?:多|余)?(?:{alternation(zh.SET_COUNTERS)})"
                                     r"[\u4e00-\u9fff]{2,8}$")
_DE_CLASS_AFTER = rx.compile(r"(?:以上|以下)?的[\u4e00-\u9fff]{2}")
_CLASS_AFTER_BAND = rx.compile(rf"(?:的)?[\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.CRITERION_ENTITIES)})")
# 5亿元至10亿元项目9个: a band of amounts naming a class, kept whole in the class's name
# 超5亿元或5000万美元项目: one class bounded in two currencies (or two measures), both bounds naming it
_OTHER_BOUND_CLASS = rx.compile(rf"(?:或|、|及|和)(?:{ARABIC})(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})"
                                rf"(?:以上|以下)?[\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.CRITERION_ENTITIES)})")
_BOUND_BEFORE_OTHER = rx.compile(rf"(?:{alternation(zh.CRITERION_BEFORE)})(?:{ARABIC})(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})"
                                 rf"(?:以上|以下)?(?:或|、|及|和)$")
_AMOUNT_BAND = rx.compile(rf"(?:{ARABIC})(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})?\s?[-—~～至到]\s?(?:{ARABIC})(?:{MAG_PATTERN})?"
                          rf"(?:(?:{UNIT_PATTERN})(?=[\u4e00-\u9fff])|(?:元|美元)$)")  # (…,5-10亿元51个: a band of
# amounts right before the count of its class)
_RANGE_NEXT = rx.compile(rf"\s?[-—~～至到]\s?(?:{ARABIC})(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})?")
_RANGE_PREV = rx.compile(rf"(?:{ARABIC})(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})?\s?[-—~～至到]\s?$")
COUNTED_STATUS = rx.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.COUNTED_STATUS_WORDS)})")
_BODY_END = frozenset(zh.UNIT_END_CHARS + zh.PLACE_LEVEL_CHARS + "道")
RANK_SET_AFTER = rx.compile(alternation(zh.RANK_SET_AFTER))
ISSUE_BEFORE = rx.compile(rf"(?:{alternation(zh.ISSUE_VERBS)})[\u4e00-\u9fff]{{0,6}}$")
MONEY_BEFORE = rx.compile(rf"(?:{alternation(zh.MONEY_AGGREGATES)})[^,，;；。:：\d]{{0,8}}$")
MONEY_AFTER = rx.compile(rf"[的\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.MONEY_AFTER)})")
ISSUE_NOUN_BEFORE = rx.compile(rf"(?:{alternation(zh.ISSUE_NOUNS)})$")
BRACKET_COUNT_BEFORE = rx.compile(rf"(?:{alternation(zh.BRACKET_COUNT_BEFORE)})$")
_BRACKET_LIST = rx.compile(r"[(（](?P<items>[^()（）\n]{2,200})[)）]")
SIGNED_BEFORE = rx.compile(rf"(?:{alternation(zh.SIGNED_GROWTH_BEFORE)})$")
SIGNED_UNITS = frozenset(zh.SIGNED_POINT_UNITS)
POLICY_AFTER = rx.compile(alternation(zh.POLICY_NOUNS))
POLICY_ISSUED = rx.compile(alternation(zh.POLICY_ISSUE_VERBS))
POLICY_NAMED_AFTER = rx.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{alternation(zh.POLICY_NOUNS)})")
PART_COUNT_AFTER = rx.compile(alternation(zh.PART_COUNT_NOUNS))
IDIOM_NUMS = rx.compile(r"两个市场|两种资源|两个大局|两只手|两手抓|两手硬|一批|一支|一套|一名|一次|一项|一个|一条|一家|一所|"
                        r"一种|一些|一部|一位|一场|一件|一起|一片|一间|一张|一批次|一处|一例|一列|一台|一回|一头|一对|一份")


# --------------------------------------------------------------------------- text structure


# --------------------------------------------------------------------------- document context

def _read_in_simplified_script(record: DocumentRecord) -> DocumentRecord:
    """``record`` with its title and its sections' titles read in simplified script (a copy; marks and digits as
    written): the record keeps them as the text writes them (SCHEMA), and every cue this stage reads in them is
    written in simplified script (去年…總投資1935億 is no year 1935; 計劃 names a plan as 计划 does)."""
    title = simplified_script(record.title or "")
    sections = [s if simplified_script(s.title) == s.title else replace(s, title=simplified_script(s.title))
                for s in record.sections]
    if title == (record.title or "") and all(a is b for a, b in zip(sections, record.sections)):
        return record
    return replace(record, title=title, sections=sections)


def _doc_year(record: DocumentRecord, text: str) -> int | None:
    """The year the text's 今年/全年 refer to: a bulletin's title year, record.published, a dateline, …"""
    first = (record.title or "") + "\n" + text.lstrip()[:200].split("\n", 1)[0]
    m = re.search(r"((?:19|20)\d\d)年[^\n]{0,30}(?:统计公报|国民经济和社会发展统计|经济运行情况|年鉴)", first)
    if m:
        return int(m.group(1))
    m = re.match(r"(\d{4})", record.published or "")
    if m:
        return int(m.group(1))
    head = text[:3000]
    m = re.search(r"((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", head)
    if m:
        return int(m.group(1))
    m = re.search(r"((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})", head)
    if m:
        return int(m.group(1))
    # 制定2023年…任务 / 2023年政府工作报告: the most mentioned year that is not a range end or a deadline.
    years = Counter()
    for m in re.finditer(r"(?<![\d到至—\-~])((?:19|20)\d\d)年(?![\d]|[-—至到]\d)", text):
        pre = text[max(0, m.start() - 2):m.start()]
        if re.search(r"到|至|截至|于$", pre):
            continue
        years[int(m.group(1))] += 1
    if years:
        return years.most_common(1)[0][0]
    m = re.search(r"(十[一二三四五六七八九])五[”\"]?(?:开好局|开局|起好步|开局之年|第一年)", text)
    if m:
        from .periods import plan_span
        sp = plan_span(m.group(1) + "五")
        if sp:
            return sp[0]
    return None


def _names_as_written(c: Cand) -> bool:
    """Whether ``c``'s subject is a name the text gives (``subject_written``: a label, a project, a village), or a body
    reporting of itself (an actor at its clause's head, a work or company whose figures go on: ``actor``,
    ``own_body``): such a subject is written as the text writes it, in a traditional-script page too (龍溢端子有限公司,
    梁平至開江高速公路), where the extractor reads the simplified form; so is any other name the gazetteer lacks (a
    ranked body: 農發集團86.5分, a table's row: 市開發區 | 98.84, a zone); a place's name is the gazetteer's."""
    if "subject_written" in c.extra:
        return True
    if not c.subject or c.subject == zh.NATION:
        return False
    g = _gazetteer()  # (a body's figures carried on to a clause of the nation or a place keep its name: 全国)
    if not (c.extra.get("actor") or c.extra.get("own_body")):
        # a ranked body, a table's row, a zone (農發集團 86.5分, 市開發區 | 98.84): a name the gazetteer lacks is the
        # text's own, written as the page writes it; places joined (甲市、乙市共有…) are the gazetteer's
        return g is not None and not any(g.resolve(p) is not None for p in c.subject.split("、"))
    r = g.resolve(c.subject) if g is not None else None
    return r is None or r.name != c.subject


def _gazetteer_named(subject: str) -> str:
    """``subject``, or the gazetteer's name of the division it is when written in traditional script (樂山市, 雨城區: a
    list's place kept as the page writes it): a division is named as the gazetteer names it (乐山市, 雨城区), whatever
    script the page is in.  A name the gazetteer lacks (a company, a work) and a town (鎮, 鄉: the gazetteer's towns of
    a name are several and unanchored, so the text's own is named as it writes it) stay as written."""
    simple = normalize_chars(subject)
    if simple == subject:
        return subject
    g = _gazetteer()
    return simple if g is not None and any(r.name == simple and r.code for r in g.written_named(simple)) else subject


@functools.lru_cache(maxsize=4096)
def _full_name_written(label: str, text_places: frozenset[str]) -> str:
    """A row's place by the gazetteer name of the form it is written in (陵水县, spaced out as 陵 水 县 to line up with
    the rows' longer names, so no mention of the text's found it → 陵水黎族自治县): the one current region the form
    names in full and within a place the text names (``text_places``: 海南省); the label itself when it is a current
    region's own name, names none or several, or none within the text's places."""
    g = _gazetteer()
    if g is None or not label or not text_places:
        return label
    regions = [r for r in g.written_named(label) if r.current and any(a.name in text_places for a in g.ancestors(r))]
    names = {r.name for r in regions}
    return names.pop() if len(names) == 1 and label not in names else label


def _gazetteer():
    """The gazetteer, or None when its table cannot be read (facts then come out with the document's own region
    names as subjects, unresolved).  Any other failure raises: the pipeline records the facts stage's error."""
    from .regions import gazetteer
    try:
        return gazetteer()
    except OSError:
        return None


@dataclass
class RegionMention:
    start: int
    end: int
    name: str  # resolved full name (or zone name)
    short: str
    level: int = 0  # the region's level (regions.PROVINCE … TOWN); 0 for a zone
    written: str = ""  # the short form the text writes it by (湘西州 for 湘西土家族苗族自治州), else ""


# a wider division's list or programme its lower division's works are put on (某市重点项目, 某市十件民生实事)
_SUPERIOR_LIST = rx.compile(rf"(?:[一二三四五六七八九十百]{{1,3}}[件项大个])?(?:{alternation(zh.SUPERIOR_LIST_WORDS)})")


def _without_superior_lists(g, text: str, mentions: list[RegionMention], place) -> list[RegionMention]:
    """``mentions`` without a place that only names a wider division's list the text's own works are put on: in a
    county-level city's report, 我市共20项某市重点项目 and a heading (二)某市重点项目 count the city's own projects on
    its prefecture's list (as 省重点项目 does), so the prefecture is not whose figures they are.  Only an ancestor of the
    document's place is set aside; a county's key projects in its prefecture's report are that county's."""
    if g is None or place is None or not getattr(place, "code", ""):
        return mentions
    own = g.by_code(place.code)
    if own is None:
        return mentions
    up = {a.name for a in g.ancestors(own) if a.code != own.code}
    return [m for m in mentions if not (m.name in up and _SUPERIOR_LIST.match(text, m.end))]


def _region_mentions(g, text: str, context, layer=None) -> list[RegionMention]:
    """Region mentions of ``text``; ``layer`` (the Doc's region layer over this same text) saves the scan."""
    if g is None:
        return []
    out = []
    # a place heading a company's or park's name (成都市某某物流园) is no place a figure is about
    hits = layer.find(context=context, in_names=False) if layer is not None else g.find(text, context=context)
    for h in hits:
        if context and _foreign_short(g, text, h, context):
            continue
        name = h.region.name
        end = h.end
        short = h.region.short
        if end - h.start > 2 and text.startswith("地区", end - 2) and text.startswith("生产总值", end):
            # 抚州地区生产总值: the 地区 is the statistic's (地区生产总值), the place is the name before it
            r = g.resolve(text[h.start:end - 2], context, layer.year if layer is not None else None)
            if r is None:
                continue
            name, short, end = r.name, r.short, end - 2
        if text.startswith(zh_projects.WORK_SECTION_WORDS, end):
            continue  # 其中甲区段18公里: the stretch of a work through the place (zh_projects.WORK_SECTION_WORDS)
        m = ZONE_RE.match(text[end:end + 10])
        if m:  # 湛江经开区, 湛江综合保税区: the zone is the subject
            name = text[h.start:end + m.end()]
            end = end + m.end()
        # 湘西州 for 湘西土家族苗族自治州: the subject is the place resolved, by its gazetteer name, as 全市 in a text of
        # 湛江 is 湛江市 (SCHEMA); the form written is kept to be cut off the indicator
        written = h.text if h.text != h.region.name and h.text in written_forms(h.region) and not m else ""
        out.append(RegionMention(h.start, end, name, short, 0 if m else h.region.level, written))
    return out


def _foreign_short(g, text: str, h, context) -> bool:
    """Whether ``h`` is a county or town named by its bare short form (离岛 for 离岛区) that lies outside the
    document's places (``context``: no division above it is one of theirs) with no division above it named in its own
    line: the gazetteer took it because that division is named somewhere in the text (香港 in a 海南 report), but a
    report names a place of elsewhere with the place it lies in (香港离岛区), so the short form is a word here
    (离岛免税: duty-free shopping of the islands)."""
    r = h.region
    if r.level < COUNTY or h.text == r.name or h.text in written_forms(r):
        return False
    own: set[str] = set()
    for c in context:
        own.add(c.key)
        own.update(a.key for a in g.ancestors(c))
    above = g.ancestors(r)
    if r.key in own or any(a.key in own for a in above):
        return False
    a, b = text.rfind("\n", 0, h.start) + 1, text.find("\n", h.end)
    line = text[a:b if b >= 0 else len(text)]
    return not any(x.name in line or (x.short and len(x.short) >= 2 and x.short in line) for x in above)


# 今年上半年,临江市对政府投资项目开展督查: a county-level city named in full at a clause's head, acting (zh.PLACE_ACTS);
# 同日,乙区也举行一季度集中开工仪式: a district or city holding the event a news item reports (zh.EVENT_HOLD_VERBS),
# after an adverb that joins it to the place before (zh.PLACE_ACT_ADVERBS); 乙区二季度重大项目集中开工…: the quarter or
# year of its own figures right after it
_ACTING_PLACE = rx.compile(rf"(?:^|(?<=[,，。;；:：\n]))\s*(?P<name>[\u4e00-\u9fff]{{2}}[市区])"
                           rf"(?=(?:{alternation(zh.PLACE_ACT_ADVERBS)})?(?:{alternation(zh.PLACE_ACTS + zh.EVENT_HOLD_VERBS)}|"
                           r"第?[一二三四1-4]季度|(?:19|20)\d\d年))")


# 东坡区。重点项目28个… / 【青神县】… / 二、彭山区 / 东坡区方面,…: a county named in full heading a sentence or a line
# (taken whole, [ \t\u3000]*+ and (?>ENUM): the spaces before and in the item mark are read one way only, as any
# match reads them; cut every way, a line of 2,000 spaces never finished)
_HEADING_PLACE = rx.compile(rf"(?:^|(?<=[。;；!?！？\n]))[ \t\u3000]*+(?>{fact_scope.ENUM})(?:[【\[［〔]\s*)?"
                            r"(?P<name>[\u4e00-\u9fff]{2}[县区市旗])(?=\s*(?:[】\]］〕]|[。:：\n]|方面|$))")


# （一）梅江镇 / 二、东坡街道 / 【青塘镇】: a town or street named in full heading a line or a sentence of its own, in
# the text of its county (the gazetteer's towns are read only under a county in play)
_HEADING_TOWN = rx.compile(rf"(?:^|(?<=[。;；!?！？\n]))[ \t\u3000]*+(?>{fact_scope.ENUM})(?:[【\[［〔]\s*)?"
                           rf"(?P<name>[\u4e00-\u9fff]{{2,4}}?(?:{alternation(zh.TOWN_SUFFIXES)}))"
                           r"(?=\s*(?:[】\]］〕]|[。:：\n]|方面|$))")


def _with_acting_places(g, text: str, context, mentions: list[RegionMention]) -> list[RegionMention]:
    """``mentions`` and the county-level cities that act at a clause's head (今年上半年,临江市对…开展督查,…导致临江…共有
    9个项目未按序时进度完成), and the counties that head a sentence or a line of their own (东坡区。重点项目28个…):
    a three-character name the gazetteer takes only under a prefecture the text names is a place when it acts or
    heads what follows, and the subject of the figures its sentence or part goes on to state."""
    if g is None:
        return mentions
    taken = {(m.start, m.end) for m in mentions}
    starts = [m.start for m in mentions]
    added = []
    found = rx.head_finditer(_ACTING_PLACE, text) if "市" in text or "区" in text else []
    for m in found + rx.head_finditer(_HEADING_PLACE, text):
        s, e = m.span("name")
        i = bisect.bisect_right(starts, s) - 1
        if (s, e) in taken or 0 <= i and mentions[i].end > s:
            continue  # (a place found already, or a part of one: 岚溪县临江市…)
        r = g.resolve(m.group("name"), context)
        if r is not None and r.name == m.group("name") and r.level == COUNTY:
            added.append(RegionMention(s, e, r.name, r.short, r.level))
            taken.add((s, e))
    own = {c.code for c in context if c.code}
    for m in rx.head_finditer(_HEADING_TOWN, text) if own else []:
        s, e = m.span("name")
        i = bisect.bisect_right(starts, s) - 1
        if (s, e) in taken or 0 <= i and mentions[i].end > s:
            continue
        towns = [r for r in g.named(m.group("name")) if r.level == TOWN and r.name == m.group("name") and r.parent in own]
        if len(towns) == 1:  # (one town of that name in the text's county)
            added.append(RegionMention(s, e, towns[0].name, towns[0].short, TOWN))
            taken.add((s, e))
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


_KICKER = rx.compile(r"[\u4e00-\u9fff]{2,8}\s*[:：]")  # 长治:重点项目集中开工: a place heading the headline as its label


def _headline_place_beaten(text: str, cands: list, place, title: str, main_name: str) -> None:
    """长治:重点项目集中开工 投资71.73亿元 over a body about one county of 长治: the headline's place that the document's
    place frame beat (``PlaceFrame.beats``) is where a site filed the story, not whose figures the headline states."""
    frame = getattr(place, "frame", None)
    if frame is None or not frame.beats or not frame.name or frame.name != main_name or not title:
        return
    k = text.find(title)
    if k < 0 or not _KICKER.match(title):
        return  # 南宁81个!广西…: a place written with its figure in the headline is that figure's own
    for c in cands:
        if k <= c.vs < k + len(title) and c.subject == frame.beats:
            c.subject = main_name


def _mention_name(m: RegionMention) -> str:
    return m.name


def _main_region(record: DocumentRecord, mentions: list[RegionMention], g, text: str = "") -> tuple[str, str]:
    speaker = speaking_suffix(text, min_refs=1)
    first = g.resolve(record.regions[0]) if g is not None and record.regions else None
    if first is not None and not (record.context or {}).get("place") and \
            only_listed(text, mentions, first.name, _mention_name):
        return "", ""  # 增速高于甲市(-0.7%)、乙市(1.0%): the most named place only a member of a list or a comparison,
        # no place found for the text: it speaks of a whole it never names
    if record.regions and not (first is not None and not (record.context or {}).get("place")
                               and below_speaker(first.name, first.level, speaker)):
        # (全省重点项目… 在天水市,…: a city the text names most, with no place found for the text, is one of its parts)
        name = record.regions[0]
        short = name
        r = first
        if r is not None:
            short = r.short
        else:  # a place the gazetteer lacks (岚溪县): its name without the division's suffix, as a known place's
            suffix = max((x for x in zh.PLACE_SUFFIXES if name.endswith(x)), key=len, default="")
            if suffix and len(name) - len(suffix) >= 2:
                short = name[:-len(suffix)]
        return name, short
    # a place below the division the text speaks as (东坡街道 in a notice of 全县) is named in it, not as it
    if speaker == "国" and speaking_suffix(text) == "国" or nation_speaks(text):
        return zh.NATION, ""  # a ministry's notice, a national communiqué: its figures are the nation's
    named = {m.name for m in mentions}
    # 全市… over 彭州市, 都江堰市, 崇州市 (rows or a ranking): places below the level the text speaks as, several of
    # them, are its parts, none of them the whole (a county-level city's own text names itself: meta found it)
    lower = {m.name for m in mentions if speaker and m.level > zh.SPEAKER_LEVELS.get(speaker, 9)}
    parts = lower if len(lower) >= 2 else set()
    cnt = Counter((m.name, m.short) for j, m in enumerate(mentions)
                  if not ZONE_RE.search(m.name) and not below_speaker(m.name, m.level, speaker)
                  and not above_speaker(m.name, m.level, speaking_suffix(text), named) and m.name not in parts
                  and not cited_other(text, m.start, m.end, m.name, speaking_suffix(text))
                  and place_role(text, mentions, j, len(text)) in ("", "citation")
                  and not listed_member(text, mentions, j) and inclusion_part(text, m.start) < 0)
    # (赴甲省开展招商考察, 根据乙省发改委《…》要求: a partner's or a cited body's place is not the text's; 高于甲市(1.0%)、
    # 乙市(2.0%), 甲、乙、丙7市…: a member of a comparison or a list governs its own item only)
    if not cnt:
        return "", ""
    # the lead names the document's own region more often than others; counties beat their prefecture on ties
    (name, short), _ = cnt.most_common(1)[0]
    r = g.resolve(name) if g is not None else None
    if r is not None and superior_named(g, r, text, speaking_suffix(text)):
        return "", ""  # 根据省、黄冈市的统一部署 in a text of 全市12个镇处: its superior, no place of the text
    return name, short


AREA_OVER_CONFIDENCE = 0.5  # a named area (经济圈) is the text's over a place that is only its most mentioned


@dataclass
class SectionRegion:
    start: int
    name: str
    short: str


def _section_regions(doc: Doc, record: DocumentRecord, text: str, mentions: list[RegionMention]) -> list[SectionRegion]:
    """Interview sections (——访 …区委书记) set the subject for their text."""
    out: list[SectionRegion] = []
    starts = [m.start for m in mentions]
    for m in re.finditer(r"(?m)^[ \t]*(?:——|--|—)\s*访[^\n]{0,60}", text):
        line_s, line_e = m.start(), m.end()
        i = bisect.bisect_left(starts, line_s)
        best = None
        while i < len(mentions) and mentions[i].start < line_e:
            best = mentions[i]  # the last region in the line is the interviewee's
            i += 1
        if best is not None:
            out.append(SectionRegion(line_s, best.name, best.short))
    if not out and record.sections:
        for s in record.sections:
            if s.label.startswith("——访") or s.kind == "interview":
                vs = doc.view_pos(s.start)
                line_e = text.find("\n", vs)
                line_e = len(text) if line_e < 0 else line_e
                i = bisect.bisect_left(starts, vs)
                best = None
                while i < len(mentions) and mentions[i].start < line_e:
                    best = mentions[i]
                    i += 1
                if best is not None:
                    out.append(SectionRegion(vs, best.name, best.short))
    out.sort(key=lambda s: s.start)
    return out


def _class_sections(doc: Doc, record: DocumentRecord, text: str) -> list[tuple[int, int, str]]:
    """The outline's sections as (start, end, heading title) in the view's offsets, in order."""
    out = []
    for s in record.sections or ():
        a, b = doc.view_pos(s.start), doc.view_pos(s.end) if s.end < len(doc.raw) else len(text)
        if b > a and s.title:
            out.append((a, b, s.title))
    out.sort()
    return out


def _glossary_spans(doc: Doc, record: DocumentRecord, text: str) -> list[tuple[int, int]]:
    spans = []
    for gl in record.glossary:
        if gl.start >= 0 and gl.end > gl.start:
            spans.append((doc.view_pos(gl.start), doc.view_pos(gl.end)))
    if not spans:
        m = re.search(r"(?m)^[ \t]*(?:名词解释|名词注释|注释|附:名词解释)[ \t]*$", text)
        if m:
            spans.append((m.end(), len(text)))
    return spans


_PLAN_NAMED = rx.compile(r"第(十[一二三四五六七八九])个五年规划|[“\"]?(十[一二三四五六七八九])五[”\"]?规划")


def _plan_period(record: DocumentRecord, text: str) -> str:
    """The span of the five-year plan the text IS: named in its title, in a heading line of its head, or as the
    document a sentence of its head cites in 《》 (根据《…第十四个五年规划…的建议》,制定本纲要).  A plan a sentence only
    speaks of (科学编制“十五五”规划 in a 2025 work report, 圆满完成“十三五”规划主要目标任务) is a task or a review of
    the text, whose own times it must not reset: the 2025 report's 2025年…增长5%左右 stays a target."""
    from .periods import plan_span
    head = text[:600]
    m = _PLAN_NAMED.search(record.title or "")
    for c in ([] if m else _PLAN_NAMED.finditer(head)):
        ls = head.rfind("\n", 0, c.start()) + 1
        le = head.find("\n", c.end())
        line = head[ls:le if le >= 0 else len(head)]
        if not _CLAUSE_PUNCT.search(line.rstrip("。")) or head.rfind("《", ls, c.start()) > head.rfind("》", ls, c.start()):
            m = c
            break
    if m:
        sp = plan_span((m.group(1) or m.group(2)) + "五")
        if sp:
            return f"{sp[0]}..{sp[1]}"
    return ""


# 十三五规划实施情况的总结评估报告 / 中期评估: a text about how a plan went, written after its span began
PLAN_ASSESSED = rx.compile(alternation(zh.PLAN_ASSESSED_WORDS))


def _plan_written(year: int | None, plan_period: str) -> tuple[int | None, int | None]:
    """The years a text's times are set against: what lies after the first (future) commits, what ends before the
    second (past) reports.  A plan named by its span (第十四个五年规划, “十五五”规划) is written on the eve of the span
    (2021..2025 → after 2020 commits, before 2021 reports), whatever earlier year its text mentions most."""
    pm = re.fullmatch(r"(\d{4})\.\.\d{4}", plan_period or "")
    if not pm:
        return year, year
    start = int(pm.group(1))
    return max(year or 0, start - 1), max(year or 0, start)


_CLAUSE_PUNCT = rx.compile(r"[。;；,，!?]")


def _headings(text: str, layout: Layout) -> list[tuple[int, int]]:
    """Short stand-alone lines (box titles, sub-heads): (start, end) in order."""
    out = []
    p = 0
    n = len(text)
    for e in layout.para + [n]:
        line = text[p:e].strip()
        if line and len(line) <= HEADING_MAX and not _CLAUSE_PUNCT.search(line[:-1] if line else line) \
                and (not line.endswith(("。", ",", "，")) or _timed_numbered_heading(line)):
            out.append((p, e))
        p = e + 1
    return out


def _timed_numbered_heading(line: str) -> bool:
    """Is a numbered line closed by a full stop the heading of the time its section reports (一、1-3月份主要经济指标
    完成情况。 / (二)一季度工业运行情况。)?  A statistics release writes its headings as sentences of their own; one that
    names a span within the year times every figure under it that states none, as a heading line does."""
    return line.endswith("。") and bool(fact_scope.NUMBERED_SECTION_LABEL.match(line)) and \
        any(p.kind in fact_scope.OPENING_KINDS and p.role == "point" for p in find_periods(line, None))


# --------------------------------------------------------------------------- candidates

def _bracketed_members(text: str, vs: int, end: int, value: float) -> bool:
    """推进缓慢的有3(甲项目、乙项目、丙项目): a bare whole number after 有/为/共 whose brackets list that many members."""
    if value != int(value) or not 2 <= value <= 30 or not BRACKET_COUNT_BEFORE.search(text, max(0, vs - 2), vs):
        return False
    m = _BRACKET_LIST.match(text, end)
    if m is None:
        return False
    items = [x for x in re.split(r"[、,，;；]", m.group("items")) if x.strip()]
    return len(items) == int(value) and all(re.search(r"[\u4e00-\u9fff]{2}", x) for x in items)


# 甲市2个,A项目和B项目;乙局1个,C工程 / 其中高新区4个,分别是A、B、C和D: a count of a list per unit followed by the
# members it counts, up to the end of the entry
_MEMBERS_AFTER = rx.compile(rf"(?:{alternation(zh.PROJECT_LIST_HEADS)})?(?:\s*[,，:：]\s*(?:{alternation(zh.MEMBER_LIST_OPENERS)})?"
                            r"\s*(?P<items>[^,，;；。!?！？:：\n()（）]{2,200}?)\s*(?=[;；。!?！？\n]|$)|"
                            r"\s*[(（](?P<bitems>[^,，;；。!?！？:：\n()（）]{2,200})[)）])")
_MEMBER_FIGURE = rx.compile(r"\d(?:\.\d+)?\s*(?:个|项|家|亿|万元|%|％)")  # a figure of its own, no part of a name
_MEMBER_SPLIT = rx.compile(r"、|和|及|与")
_CLASS_HEAD = rx.compile(alternation(zh.PROJECT_LIST_HEADS))


@functools.lru_cache(maxsize=1)
def _member_heads() -> rx.Literals:
    return rx.Literals(zh_projects.HEADS)


_DENG_END = rx.compile(r"等$")


def _listed_members(text: str, cs: int, vs: int, end: int, value: float) -> bool:
    """True when a unit's count (甲市2个) is followed, after a comma or colon, by exactly that many named works
    (A项目和B项目) and nothing else up to the end of its entry: it enumerates them (the members are projects, not
    figures), as a supervision notice's list per unit writes it.  Most members end with a work's head noun (产业园,
    工程, 水厂).  A class's own count (新开工项目3个:A、B、C) is a figure of the class."""
    if value != int(value) or not 1 <= value <= 12 or _CLASS_HEAD.search(text, cs, vs):
        return False
    m = _MEMBERS_AFTER.match(text, end)
    if m is None:
        return False
    listed = (m.group("items") or m.group("bitems")).strip()
    if _MEMBER_FIGURE.search(listed):
        return False
    items = [x.strip() for x in _MEMBER_SPLIT.split(_DENG_END.sub("", listed))]
    if len(items) != int(value) or any(not 2 <= len(x) <= MEMBER_NAME_MAX for x in items):
        return False
    heads = sum(1 for x in items if (sp := _member_heads().spans(x)) and sp[-1][1] == len(x))
    return heads * 2 >= len(items) and heads > 0


def _in_spans(p: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(starts, p) - 1
    return i >= 0 and spans[i][0] <= p < spans[i][1]


# (死亡三人、受伤两人: a count in words with its unit is a value item too)
_VALUE_ITEM = rx.compile(rf"\d(?:%|[\u4e00-\u9fff]{{1,2}})$|[一二两三四五六七八九十百千](?:余|多)?(?:{UNIT_PATTERN})$")
# (目标为“增长7.5%以上” / “保8%、争9%”: the verb of the change or the mark a target quotes, and figures before it in
# the same quotation, 、-joined)
_QUOTED_BEFORE = rx.compile(rf"(?:\s*(?:{alternation(zh.QUOTED_FIGURE_VERBS)})?\s*\d+(?:\.\d+)?%\s*[、,，]\s*){{0,3}}"
                            rf"\s*(?:{alternation(zh.QUOTED_FIGURE_VERBS)})?"
                            rf"\s*(?:{alternation(zh.NUMERAL_HEDGES)})?\s*")
_QUOTED_AFTER = rx.compile(rf"\s*(?:{alternation(zh.QUOTED_FIGURE_ENDS)})?\s*"
                           rf"(?:[、,，]\s*(?:{alternation(zh.QUOTED_FIGURE_VERBS)})?\s*\d+(?:\.\d+)?%"
                           rf"\s*(?:{alternation(zh.QUOTED_FIGURE_ENDS)})?\s*){{0,3}}")


def _quoted_name(text: str, vs: int, end: int, unit: str, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """A figure inside a quotation that is a name (a slogan, a programme: “3个100”工程, “融百业超万亿”行动, ‘14条’),
    not a quoted figure of an amount or a rate alone (_quoted_figure) nor a quoted goal (_quoted_goal): SCHEMA, counts
    inside slogans and programme names are no facts."""
    return _in_spans(vs, starts, spans) and not (unit_class(unit) != "count" and
                                                 _quoted_figure(text, vs, end, starts, spans)) \
        and not _quoted_goal(text, vs, end, starts, spans)


def _quoted_figure(text: str, vs: int, end: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """目标定格“6%左右”: a quotation that holds the figure alone (a hedge before it, 左右/以上 after it) quotes the
    figure, not a slogan or a name the figure is part of (“3个100”工程, “1+6”体系)."""
    i = bisect.bisect_right(starts, vs) - 1
    qs, qe = spans[i]
    return bool(_QUOTED_BEFORE.fullmatch(text, qs + 1, vs)) and bool(_QUOTED_AFTER.fullmatch(text, end, qe - 1))


# “实物工作量100亿元”目标 / “招商引资到位资金200亿元”的年度目标 / “签约项目50个”任务: a quotation naming a measure and
# its figure, closed by the goal's noun right after it
_QUOTED_MEASURE = rx.compile(r"\s*[\u4e00-\u9fff]{2,12}?\s*$")
_QUOTED_GOAL_AFTER = rx.compile(rf"的?(?:年度|全年|今年)?(?:{alternation(zh.MET_TARGET_NOUNS)})")


def _quoted_goal(text: str, vs: int, end: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """冲刺“实物工作量100亿元”目标: a quotation that holds a measure's name and its figure, and nothing after the figure
    but a hedge or a bound (zh.QUOTED_FIGURE_ENDS), followed by 目标/任务, quotes the goal the text sets, a figure;
    a slogan or programme named by numbers (“3个100”工程, “5个100亿”目标, “1+6”体系: digits or no measure before the
    figure, or no goal after the quotation) stays a name."""
    i = bisect.bisect_right(starts, vs) - 1
    qs, qe = spans[i]
    if text[qs] != "“":
        return False
    return bool(_QUOTED_MEASURE.fullmatch(text, qs + 1, vs)) and bool(_QUOTED_AFTER.fullmatch(text, end, qe - 1)) \
        and _QUOTED_GOAL_AFTER.match(text, qe) is not None


_BOUND_JOIN = rx.compile(rf"(?:及|和|或)(?={alternation(zh.CMP_AFTER['>='] + zh.CMP_AFTER['<='])})")


_QUOTED_ITEM = rx.compile(r"“[^“”]+”|《[^《》]+》")


_LIST_COMMA = rx.compile(r"[、,，]")


def _enumerates(text: str, cs: int, vs: int, n: float) -> bool:
    """True when the count merely counts the items listed right before it (A、B和C三项 / A、B等5个), the list starting
    at its clause or, failing that, after the attribute or the bracket it is opened by (增速快、贡献大的甲、乙、丙3个
    行业: what ends with 的 describes the items, no item; 设施(甲镇、乙镇2个焚烧厂): the bracket opens the list)."""
    if n != int(n) or not 2 <= n <= 12:
        return False
    if _enumerates_from(text[cs:vs], n):
        return True
    opened = max(text.rfind("的", cs, vs), text.rfind("(", cs, vs), text.rfind("（", cs, vs))
    if opened <= cs or text.find(")", opened, vs) >= 0 or text.find("）", opened, vs) >= 0:
        return False
    # (甲镇、乙镇2个焚烧厂、丙镇3个转运站: a list whose items carry their own counts names no items, it counts them;
    # …的复议和诉讼案件共2件: a count with no class named after it counts the things named before it, not the kinds)
    return not _ANY_DIGIT.search(text, opened, vs) and _COUNT_THEN_CLASS.match(text, vs) is not None and \
        _enumerates_from(text[opened + 1:vs], n)


# 3个重点行业 / 2个焚烧厂: the count, its measure word and the class the items listed are of
_COUNT_THEN_CLASS = rx.compile(r"(?:\d+|[一二两三四五六七八九十]+)\s*[\u4e00-\u9fff]{2}")


def _enumerates_from(seg: str, n: float) -> bool:
    """_enumerates on the text ``seg`` from where the list may start up to the count."""
    seg = _DENG_END.sub("", seg)
    # quoted items: “A”“B”“C”三项, titles too: 《A》《B》…等6项政策
    quoted = _QUOTED_ITEM.findall(seg)
    if quoted and seg.endswith(("”", "》")) and len(quoted) == int(n):
        return True
    if quoted and len(quoted) == 1 and seg.endswith("”"):
        inner = quoted[0][1:-1]
        if len(_LIST_COMMA.split(inner)) == int(n):
            return True
    # tail list: items separated by 、 / 和 / 及 / 与 directly before the number (较大及以上事故2起: 及以上 is a bound)
    tail = _BOUND_JOIN.sub("", seg)
    parts = _ITEM_JOIN.split(tail)  # (涉及产业、生态…5个领域: the 及 of 涉及 joins no items)
    if len(parts) >= int(n) and len(parts) >= 2:
        last_items = parts[-int(n):]
        if any(_VALUE_ITEM.search(x) for x in last_items[:-1]):
            return False  # 赞成598票、反对2票: the items before are values, the count is one of them
        if all(0 < len(x) <= 14 for x in last_items[1:]) and last_items[-1]:
            return len(parts) == int(n)
    return False


# 、 / 和 / 及 / 与 joining the items of a list, not inside a word (涉及, 普及, 惠及, 和谐, 参与: zh.JOINER_IN_WORDS)
_ITEM_JOIN = rx.compile(rf"、|(?<!{'|'.join(sorted({w[0] for w in zh.JOINER_IN_WORDS if w[1] in '和及与'}))})[和及与]")
_NAMED_COUNT_LEAD = rx.compile(r"(?:这|等)(?:共)?$")
_PLACE_ITEM_SPLIT = rx.compile(r"[、,，]|和|及|与")


_ANY_DIGIT = rx.compile(r"\d")


def _places_named_before(text: str, layout: Layout, vs: int, n: float) -> bool:
    """甲县、乙县，丙市、丁区这4个试点县(市、区) / …等12个县区: a count after 这/等 that counts the places its sentence
    named before it, in groups parted by commas too: it merely enumerates them."""
    if n != int(n) or not 2 <= n <= 30 or not _NAMED_COUNT_LEAD.search(text, max(0, vs - 2), vs):
        return False
    ss, _ = layout.sent_of(vs)
    lead = _NAMED_COUNT_LEAD.search(text, max(0, vs - 2), vs)
    items = [x.strip() for x in _PLACE_ITEM_SPLIT.split(text[ss:lead.start()])]
    place = lambda x: 2 <= len(x) <= 14 and x[-1] in zh.PLACE_LEVEL_CHARS and not _ANY_DIGIT.search(x)  # noqa: E731
    # the last n items are places, and the one before them (截至9月底) is none: the list is as long as its count
    return len(items) >= int(n) and all(place(x) for x in items[-int(n):]) and \
        (len(items) == int(n) or not place(items[-int(n) - 1]))


_APPOSED_ITEMS = rx.compile(rf"[\u4e00-\u9fff]{{1,10}}?(?:(?:{alternation(zh.APPOSITION_WORDS)})[:：]?|[(（])")
_APPOSITION_END = rx.compile(r"[,，;；。:：()（）\n]")
_APPOSED_AFTER_KINDS = rx.compile(rf"(?:[\u4e00-\u9fff、]|[(（][^()（）\n]{{1,8}}[)）]){{0,12}}?\s*[,，]?\s*"
                                  rf"(?:{alternation(zh.APPOSITION_WORDS)})\s*[:：]?\s*")


_ITEM_SEP = rx.compile(r"[、,，;；]")


_AMONG_AFTER = rx.compile(r"[\u4e00-\u9fff]{1,10}中")


def _enumerated_after(text: str, layout: Layout, end: int, n: float) -> bool:
    """7个百亿项目中A、B… / 4个:甲村、乙村、丙村、丁村: the count is followed by exactly that many named items."""
    if n != int(n) or not 2 <= n <= 12:
        return False
    if _announced_items(text, end, int(n)):
        return True
    m = _AMONG_AFTER.match(text[end:end + 12])
    if not m:
        # 4个省重点项目即甲、乙、丙、丁 / 3个试点县(甲县、乙县、丙县): the items named in apposition, as many as counted
        # 涉及7个县（市、区），即：甲县、乙县…和庚县: after the counted noun's bracketed kinds and a comma
        q = _APPOSED_AFTER_KINDS.match(text, end, min(len(text), end + 30))
        if q is not None:
            stop = _APPOSITION_END.search(text, q.end())
            items = [x for x in _MEMBER_SPLIT.split(text[q.end():stop.start() if stop else len(text)]) if x.strip()]
            if len(items) == int(n):
                return True
        a = _APPOSED_ITEMS.match(text, end, min(len(text), end + 16))
        if a is None:
            return False
        stop = _APPOSITION_END.search(text, a.end())
        items = [x for x in text[a.end():stop.start() if stop else len(text)].split("、") if x.strip()]
        return len(items) == int(n)
    ss, se = layout.sent_of(end)
    rest = text[end + m.end():se]
    parts = [x for x in _ITEM_SEP.split(rest) if x.strip()]
    return len(parts) == int(n)


_GROUP_RANK = rx.compile(r"[^,;。，；、\d]{1,14}?(?:中)?(?:排名?|居|列|位居)?第[\d一二三四五六七八九十]")


# 占全市12个区总量的40% / 占全省21个市州的比重: the group whose whole a share is taken of, after 占 and its scope
_SHARE_OF_BEFORE = rx.compile(rf"(?:{alternation(zh.SHARE_OF_VERBS)})(?:全[省市县区州盟旗国]|全省|全市)?$")
_GROUP_WHOLE_AFTER = rx.compile(rf"(?:[(（][^()（）\n]{{1,10}}[)）]|[\u4e00-\u9fff]){{1,10}}?"
                                rf"(?:{alternation(zh.GROUP_WHOLE_WORDS)})")


def _share_whole_group(text: str, vs: int, end: int) -> bool:
    """占全市12个区总量的40%: the size of the group whose whole a share is taken of is no fact (the share is)."""
    return _SHARE_OF_BEFORE.search(text, max(0, vs - 5), vs) is not None and \
        _GROUP_WHOLE_AFTER.match(text, end) is not None


def _comparison_group(text: str, end: int, unit: str) -> bool:
    """排名35个农产品主产区县第5位: the size of the group a rank is taken in; the fact is the rank.

    (A subset, 35个行业大类中34个…, is left alone: its whole is a reported count of its own.)
    """
    return bool(_GROUP_RANK.match(text, end)) and not _COUNT_STANDING.match(text, end) and \
        not _COUNT_RANKED.match(text, end) or \
        bool(_GROUP_ORDERED.match(text, end)) or \
        bool(_GROUP_CONTEST.match(text, end)) or \
        bool(_SET_COMPARED.match(text, end) and _SET_COMPARED_BEFORE.search(text, max(0, end - 12), end)) or \
        bool(_SET_THEN_SUBSET.match(text, end) and _SET_IN_BEFORE.search(text, max(0, end - 28), end)) or \
        bool(_GROUP_THEN_RANKED.match(text, end) and _GROUP_IN_BEFORE.search(text, max(0, end - 14), end))


_STANDING_END = rx.compile(rf"(?:{alternation(zh.RANK_PLACE_VERBS)})?(?:{alternation(zh.RANK_PLACE_SCOPES)})"
                           r"(?:前|第)[一二三四五六七八九十\d]{1,2}(?:名|位)?$")
# 2项指标增速位居全市第一: how many of the things counted stand there in the scope's ranking, no group ranked in
_COUNT_STANDING = rx.compile(rf"[^,;。，；、\d中]{{1,12}}?(?:{alternation(zh.RANK_PLACE_VERBS)})\s*"
                             rf"(?:{alternation(zh.RANK_PLACE_SCOPES)})")
# 昆明24件居第一位 / 甲县12个位列全市第二: a place's count with the verb of its standing right after it is the count
# ranked (the place's figure, and its rank), no group a rank is taken in (排名35个主产区县第5位 names the members)
_COUNT_RANKED = rx.compile(rf"\s*(?:{alternation(zh.RANK_PLACE_VERBS)})\s*(?:{alternation(zh.RANK_PLACE_SCOPES)})?\s*第")
# 在10项考核指标中,有6项…: the set the counts after it are taken of, no figure of its own
_SET_COMPARED = rx.compile(rf"[^,;。，；、:：\d]{{0,10}}?(?:{alternation(zh.COMPARED_SET_NOUNS)})中")
_SET_COMPARED_BEFORE = rx.compile(r"在\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*[项个]$")
# 在38个大类行业中,23个行业增加值增长 / 在全市12个乡镇中,有9个…: the set a count after it is taken of, opened by 在 and
# closed by 中, the subset's count right after: the set's size is no fact, the subset's is
_SET_THEN_SUBSET = rx.compile(r"[^,;。，；、:：\d\n]{1,14}?中\s*[,，]?\s*(?:其中)?(?:有|共有)?\s*"
                              r"(?:\d+|[一二两三四五六七八九十]+)\s*(?:个|项|家|类|种)")
# (在全省规模以上工业统计的40个行业大类中 / 在工业40个行业大类中: the words of the set's scope between 在 and its size)
_SET_IN_BEFORE = rx.compile(r"在[^,;。，；、:：\d\n]{0,16}?(?:\d+|[一二两三四五六七八九十]+)\s*(?:个|项|家|类|种)$")
# 在全市4个区中,浉河区荣获第一名 / 在全省21个市州中,我市排名第3位: the group a rank is then taken in, opened by 在 (its
# scope may stand between), closed by 中 and followed in its sentence by a rank: its size is no fact, the rank is
_GROUP_IN_BEFORE = rx.compile(rf"在\s*(?:{alternation(zh.RANK_PLACE_SCOPES)})?\s*"
                              r"(?:\d+|[一二两三四五六七八九十]+)\s*[个]$")
_GROUP_THEN_RANKED = rx.compile(rf"[^,;。，；、:：\d\n]{{1,10}}?中\s*[,，]\s*[^。;；\n]{{0,30}}?"
                                rf"(?:第\s*(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})|首位|末位|"
                                rf"{alternation(zh.RANKED_VERBS)})")


# 13个县(市、区)排名由高到低依次是: / 全县12个乡镇综合得分从高到低排序如下 / 对21个县直部门进行排名: the size of the
# group a ranked list orders, no fact (the list's members and their ranks are)
_GROUP_CONTEST = rx.compile(r"(?:[^,;。，；、:：\d第()（）\n]|[(（][^()（）\n]{1,10}[)）]){0,20}?"
                            rf"(?:{alternation(zh.GROUP_CONTESTS)})(?:结果|情况)?中")
_GROUP_ORDERED = rx.compile(r"(?:[^,;。，；、:：\d第()（）\n]|[(（][^()（）\n]{1,10}[)）]){1,18}?"
                            rf"(?:{alternation(zh.RANKED_LIST_CUES)})")


# 2×5万千瓦光伏项目 / 30万吨合成氨52万吨尿素项目: a physical size written straight before the words of a project's name
CAPACITY_SPEC_END = rx.compile(rf"[^,，;；。:：、()（）\n]{{0,24}}?(?:{alternation(zh.CAPACITY_NAME_HEADS)})"
                               r"(?![\u4e00-\u9fff]{0,2}\d+(?:\.\d+)?(?![\d.]|个|项|座|家|条|处|台|套))")
# 华大30兆瓦生物质发电、…等一批项目: an item of a list of projects named by 等…项目.  Read as one regex,
# head(、item)*等…项目, an item's three runs could share its characters in many ways, and on a long 、-list with no
# 等…项目 after it (a list of works with sizes) the backtracking grew with the product of those ways over the items:
# one document took hours.  The list is read in steps instead: each 等 before the clause's end, the text before it cut
# at 、, every piece matched on its own.
_LIST_STOP = rx.compile(r"[,，;；。:：()（）\n]")
_LIST_HEAD = re.compile(r"[\u4e00-\u9fff]{1,16}")
_LIST_ITEM = re.compile(r"[^,，;；。:：、()（）\n\d]{0,8}\d*[^,，;；。:：、()（）\n]{1,24}")
_LIST_END = re.compile(r"等[\u4e00-\u9fff]{0,6}?(?:项目|工程)")


def _item_of_project_list(text: str, end: int) -> bool:
    """True when ``text[end:]`` runs on as an item of a 、-list closed by 等…项目/工程 within its clause: what
    ``head(、item)*等…项目`` matches at ``end``, found in time linear in the clause."""
    stop = _LIST_STOP.search(text, end)
    limit = stop.start() if stop else len(text)
    at = text.find("等", end + 1, limit)
    while at != -1:
        if _LIST_END.match(text, at):
            head, *items = text[end:at].split("、")
            if _LIST_HEAD.fullmatch(head) and all(_LIST_ITEM.fullmatch(item) for item in items):
                return True
        at = text.find("等", at + 1, limit)
    return False


CAPACITY_MEASURED = rx.compile(alternation(zh.CAPACITY_MEASURE_WORDS) + r"$")


def _capacity_in_name(text: str, vs: int, end: int, unit: str) -> bool:
    """True when a value is the size in a project's name, not a fact: a physical quantity (吨, 千瓦, 平方米, never
    money or a count) followed by the name's words up to 项目/工程, with no word before it saying what is measured
    (装机容量, 规模, 达到); a size after N× (2×5万千瓦) always is one."""
    if not unit or unit_class(unit) != "level" or is_money(unit) or \
            not re.match(r"[\u4e00-\u9fffA-Za-z]", text[end:end + 1]):
        return False  # (50万吨/年ABS装置: a name's words may open with letters)
    if not CAPACITY_SPEC_END.match(text, end) and not _item_of_project_list(text, end):
        return False
    if re.search(r"\d\s*[×xX*]\s*$", text[max(0, vs - 4):vs]):
        return True
    before = re.sub(r"(?:约|近|超过|超|突破|达到|达|为|了|共|总计|合计|累计|新增|增加)+$", "", text[max(0, vs - 8):vs])
    if before != text[max(0, vs - 8):vs]:
        return False  # 新增装机5万千瓦, 产能达到30万吨: a verb states the quantity
    return not CAPACITY_MEASURED.search(before)


_DIVISIONS = rx.compile(rf"(?:{alternation(zh.WHOLE_DIVISIONS)})(?:中|均|全部|都|各|看|来看)")


_SHARE_OF_SET = rx.compile(rf"\s*(?:以上|左右|多)?的?(?P<set>{alternation(zh.SHARE_OF_SET_NOUNS)})"
                           r"(?P<did>[^\d,，;；。:：、\n]{2,20})(?=[,，;；。\n]|$)")


def _share_of_set(text: str, layout: Layout, cands: list[Cand]) -> None:
    """六成以上区县完成投资实现同比增长 / 约70%的区县…: a share written right before a set of divisions, and what they
    did after it to the clause's end, measures the set's members that did it: 完成投资实现同比增长的区县 (the set
    alone, 区县, named nothing the share is of)."""
    for c in cands:
        if c.rank or c.unit not in ("%", "％", "成") or c.group >= 0:
            continue
        m = _SHARE_OF_SET.match(text, c.mend)
        if m is None:
            continue
        did = re.sub(r"^(?:均|都|已经|已|全部)+", "", re.sub(r"\s+", "", m.group("did")))  # (as written, 已 off)
        if len(did) >= 2:
            c.indicator = f"{did}的{m.group('set')}"


# 对全市16个县(市)进行考核 / 市委对8个县市区进行了考核评价 / 对12个乡镇综合考评 / 对全镇14个社区、28个村(居)“垃圾革命”
# 专项行动工作情况进行考核: the group an assessment is made of, named after 对 with its scope (and the groups 、-joined
# before it), then the doing (zh.CARRY_OUT_VERBS) and the assessment (zh.GROUP_CONTESTS); what is assessed of them may
# stand between, the doing never passed over (对12个项目进行督导检查并纳入考核: the work done is the inspection)
_ASSESSED_BEFORE = rx.compile(rf"对\s*(?:{alternation(zh.RANK_PLACE_SCOPES)}|全[镇乡街旗盟])?\s*"
                              r"(?:\d+\s*个[^,，;；。:：、\d\n]{1,10}、\s*){0,4}$")
_CARRY_OUT = alternation(zh.CARRY_OUT_VERBS)
_ASSESSED_OBJECT = rf"(?:(?!{_CARRY_OUT})(?:[^,;。，；:：()（）\n]|[(（][^()（）\n]{{1,10}}[)）]))"
_ASSESSED_AFTER = rx.compile(rf"{_ASSESSED_OBJECT}{{1,40}}?(?:{_CARRY_OUT})了?[^,;。，；、:：\d\n]{{0,6}}?"
                             rf"(?:{alternation(zh.GROUP_CONTESTS)})|"
                             rf"{_ASSESSED_OBJECT}{{1,12}}?(?:{alternation(zh.GROUP_CONTESTS)})")
_RUN_BEFORE = rx.compile(r"连续\s*$")


def _assessed_group(text: str, vs: int, end: int) -> bool:
    """对全市16个县(市)进行考核: the size of the group an assessment is made of is no fact (its scores and ranks are), as
    the group a rank is taken in (``_comparison_group``); a group inspected or supervised (对全区33个单位进行全覆盖督导)
    is work done to them, a count the seed gold keeps."""
    return _ASSESSED_BEFORE.search(text, max(0, vs - 60), vs) is not None and \
        _ASSESSED_AFTER.match(text, end) is not None


def _run_or_venue(text: str, vs: int, end: int, unit: str) -> bool:
    """连续3次排名靠后 counts how many times in a row (as 连续五年, a run's length), 设13个分会场 the rooms a meeting is held
    in: neither is a figure of the place (NOTES: durations; the head's convention: the group a sentence addresses)."""
    return unit in zh.RUN_COUNT_UNITS and _RUN_BEFORE.search(text, max(0, vs - 4), vs) is not None or \
        unit == "个" and text.startswith(zh.MEETING_VENUE_NOUNS, end)


def _whole_division(text: str, vs: int, end: int) -> bool:
    """21个市(州)中有18个… / 21个市(州)均…: the number of a province's cities is the whole the figures are taken
    from, no fact of its own (从21个市(州)看 likewise)."""
    return _DIVISIONS.match(text, end) is not None and text[end - 1:end] == "个"


_DIVISION_SET = alternation(zh.DIVISION_SET_NOUNS)
# 省及12个市有关负责同志出席: the divisions whose officials take part
_DIVISION_OFFICIALS = rx.compile(rf"(?:{_DIVISION_SET})的?(?:{alternation(zh.DIVISION_OFFICIALS)})")
# 全省60个县(市)主导产业总产值将达900亿元: the divisions owning what the clause goes on to measure (a set's name of two
# characters or more: 市级重点项目, 市工业重点项目 are a level's class of projects, no cities)
_DIVISION_OWNER = rx.compile(rf"(?:{alternation([w for w in zh.DIVISION_SET_NOUNS if len(w) > 1])})"
                             r"(?=[\u4e00-\u9fff])(?!中|均|全|都|各|共|已|分别|实现|完成|达到|达|级)")
_SCOPE_BEFORE = rx.compile(r"(?:全|我|本)[省市县区州盟旗]$")


def _division_group(text: str, vs: int, end: int, ce: int) -> bool:
    """A count of divisions that is no fact: the parties whose officials attend (省及12个市有关负责同志出席), the owners
    of what the clause measures after a scope word (全省60个县(市)主导产业总产值将达900亿元: the value is the fact).  A
    count of divisions standing alone (全市共有12个区, 对11个县(市、区)进行督查) stays a fact, and so does the whole a part
    is counted from (全县18个乡镇中,有15个…: the project's tests and the seed gold keep it, as 35个行业大类中34个)."""
    if text[end - 1:end] != "个":
        return False
    if _DIVISION_OFFICIALS.match(text, end):
        return True
    m = _DIVISION_OWNER.match(text, end)
    return m is not None and _SCOPE_BEFORE.search(text, max(0, vs - 2), vs) is not None and \
        VALUE_RE.search(text[m.end():ce]) is not None


_AND_BOUND = rx.compile(r"(?:及|或)?(?:以上|以下)")
_EACH_OWN = rx.compile(r"各(?:有|为|计)?$")
# 制定了150条整改措施 / 制定整改措施35条: measures to remedy what an inspection found are actions counted, no policy's
# articles (zh.REMEDY_MEASURE_NOUNS)
_REMEDY_MEASURES = rx.compile(alternation(zh.REMEDY_MEASURE_NOUNS))
# 次 closing a counter's figure (46条次, 120个次,), not opening a word (3条次干道, 2个次中心)
_TIMES_AFTER = rx.compile(r"次(?![\u4e00-\u9fff])|次(?=[的和及与、])")
_RANGE_DASH = rx.compile(r"\s?[-—~～至到]\s?")


_HAN_END = rx.compile(r"[\u4e00-\u9fff]$")


_GAP_VERB_END = rx.compile(r"(?:为|达|是|达到|从|由|到|至|的|差|缩小|扩大)$")
_MULTIPLE_VERB_END = rx.compile(r"(?:的|了|是|增长|提高|增加|翻)$")
_ONE_HAN = rx.compile(r"[\u4e00-\u9fff]")


# 位居全州第一、二、三位 / 排在第3、5、8名: places coordinated under one 第 (written before the first) and one 名 or 位
# (after the last), in a clause that speaks of a ranking
_SHARED_ORDINAL_RUN = rx.compile(r"第\s?(?:[一二三四五六七八九十]{1,3}|\d{1,3})"
                                 r"(?P<rest>(?:\s?(?:、|和|及|与)\s?(?:[一二三四五六七八九十]{1,3}|\d{1,3}))+)\s?[名位]")
_SHARED_ORDINAL = rx.compile(r"[一二三四五六七八九十]{1,3}|\d{1,3}")


def _shared_ordinal_members(text: str) -> set[int]:
    """Where the later places of a run of ordinals sharing one 第 and one 名/位 start (分别位居全州第一、二、三位 → 二, 三):
    each is a rank as the first is, though no 第 stands before it.  Only runs after a word of ranking in their clause
    (第一、二产业 closes with no 名/位; 第十一、十二届 is no place)."""
    out: set[int] = set()
    for m in _SHARED_ORDINAL_RUN.finditer(text):
        lo = max(text.rfind(ch, 0, m.start()) for ch in ",，;；。\n") + 1
        if not RANK_CONTEXT.search(text, lo, m.start()):
            continue
        out.update(m.start("rest") + k.start() for k in _SHARED_ORDINAL.finditer(m.group("rest")))
    return out


_INDEX_NAME_END = rx.compile(r"(?:GDP|CPI|PPI|PMI)$")


def _row_opening(text: str, start: int) -> int:
    """Where a table row's first cell starts: past the blanks and bars before it."""
    while start < len(text) and text[start] in " \t\u3000|":
        start += 1
    return start


def _find_candidates(text: str, layout: Layout, ranked: list[Ranked] | None = None) -> list[Cand]:
    ranks_at = {r.rank[0] for r in ranked or () if r.rank}  # 第三名:青川镇87.5分: a rank and a score of a name
    ranks_at |= _shared_ordinal_members(text)  # 分别位居全州第一、二、三位: the later places share the first's 第
    scores_at = {r.score[0] for r in ranked or () if r.score}
    quotes = [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]
    q_starts = [q[0] for q in quotes]
    out: list[Cand] = []
    n = len(text)
    speaker: str | None = None  # the division the text speaks as, found when first needed
    class_clause: tuple[int, int] | None = None  # (_class_share) the clause a share of a class opens
    for m in VALUE_RE.finditer(text):
        num, unit, mag = m.group("num"), m.group("unit") or "", m.group("mag") or ""
        if unit and m.group("per"):
            unit += m.group("per")  # 万元/人, 元/头: a rate per person or head is written as one unit
        vs, ve = m.start("num"), m.end("num")
        prev = text[vs - 1] if vs > 0 else ""
        end = m.end()
        if unit in zh.TIMES_COUNTERS and _TIMES_AFTER.match(text, end):
            unit, end = unit + "次", end + 1  # 督办问题46条次 / 约谈120个次: the unit as written
        nxt = text[end] if end < n else ""
        chinese = not num[0].isdigit()
        # names, labels, codes: 5G, 2+7+18, B型, 1.2.3, 海威2号
        if prev in "+＋" and vs > 1 and _ONE_HAN.match(text[vs - 2]) and unit.endswith("%") \
                and not m.group("num2"):
            vs, prev = vs - 1, text[vs - 2]  # 同比+12.8%: a rate written with its sign, no label like 1+1
        signed_aside = _signed_aside(text, vs, m)
        if signed_aside and prev in "+＋":
            vs, prev = vs - 1, text[vs - 2]  # 基础设施投资(+5.2%)
        if prev and (prev.isascii() and (prev.isalnum() or prev in "+.#/&")) and \
                not (prev.isalpha() and _INDEX_NAME_END.search(text[max(0, vs - 3):vs])) and \
                not (prev == "/" and m.group("unit") and _FIGURE_BEFORE_SLASH.search(text, max(0, vs - 14), vs) and
                     not _ONE_HAN.match(text, m.end())):
            continue
        # (120亿元OD体育, 30个APP: a unit written in Han characters has closed the figure, a code glued after it is
        # another word, junk or a name's; the figure stands)
        if nxt and nxt.isascii() and (nxt.isalpha() or nxt in "+#&") and not unit.endswith("%") and \
                not (unit and _HAN_END.search(unit)):
            continue
        if not unit and nxt == "+":
            continue
        if m.group("rsep") and not m.group("num2"):
            continue
        value = parse_number(num)
        if value is None:
            continue
        if chinese and prev in "万亿":
            whole = _numeral_run_start(text, vs)
            if whole < vs:  # 人均GDP达到四万六千元: the numeral's 万 group before this part (46000, not 6000)
                vs, num = whole, text[whole:ve]
                value = parse_number(num)
                prev = text[vs - 1] if vs > 0 else ""
                if value is None:
                    continue
        if unit == "成" and not mag and TENTHS_RE.match(text, vs):
            continue  # 达到3成: tenths are read by TENTHS_RE, once
        if prev in "-−－" and vs > 0 and not m.group("num2") and (unit.endswith(("%", "‰")) or unit in SIGNED_UNITS) \
                and (SIGNED_BEFORE.search(text, max(0, vs - 6), vs - 1) or signed_aside):
            vs, value, prev = vs - 1, -value, text[vs - 2] if vs > 1 else ""  # 增长-2.1%: a negative growth
        if not unit and not mag and value in (1, 100) and fact_scope.base_remark_ends(text, vs, end):
            continue  # 以女性为100 / 以上年为100 / (上年=100): the base an index or a ratio is scaled to
        if unit in ("%", "‰") and _SAMPLED_SURVEY.match(text, end):
            continue  # 1%人口抽样调查: the survey's name
        if _EXAMPLE_OPEN.search(text, max(0, vs - 6), vs) and _EXAMPLE_CLOSE.match(text, end):
            continue  # 占比越高(比如40%),…: an illustration
        if vs in ranks_at and prev != "第" and unit in ("", "名", "位") and not mag and not m.group("num2"):
            # 第一、二、三名 / 分获二、三名: a later member of coordinated places sharing the list's 第 and 名
            # (structures._spread_ranks named its holder), a rank though no 第 stands before it
            if 0 < value <= 500 and value == int(value):
                out.append(Cand(vs, ve, value, unit, end, measure="rank", rank=True, chinese=chinese))
            continue
        if unit not in ("名", "位") and ORDINAL_LIST.search(text, max(0, vs - 24), vs):
            continue  # 第11、12件: the second of a list of item numbers is an ordinal too
        if unit and NAMED_LIST_COUNT.search(text, max(0, vs - 60), vs) and value == int(value) \
                and 2 <= value <= _listed_items(text, layout, vs) and not COUNTED_STATUS.match(text, end):
            continue  # 教育、医疗、养老等3个领域: the count of the items just named, no figure of its own
        if _PER_N_BEFORE.search(text, max(0, vs - 10), vs) and _PER_N_THEN.match(text, end) or \
                _PER_N_HAS.search(text, max(0, vs - 40), vs):
            continue  # 每出口5辆汽车就有1辆本省造: a proportion (one in five) written as two counts, neither a figure
        if unit and _VISITED_SITES.search(text, max(0, vs - 80), vs):
            continue  # 集中观摩了甲园、乙园、丙园等5个项目: how many sites a visit went to, no figure of the place
        if _in_title_field(text, vs) or unit in zh.HEADING_ITEM_UNITS and _heading_item_count(text, vs, end):
            continue  # 标题:关于实施28项民生实事的通知 in a page's metadata block: the document's name, told again; 一、促进
            # 就业(3项): how many items the heading's section lists, no figure of the place
        if unit == "分" and _part_weight(text, vs, end) or \
                _SCORING_STEP.search(text, max(0, vs - 4), vs) and _SCORING_STEP_POINTS.match(text, end):
            continue  # 一、经济发展(400分) / ①细颗粒物年均值(3分):未达到…: the points an assessment weighs a part with;
            # 每差1微克/立方米扣0.5分: the step a scoring rule counts in
        if unit == "分" and _FULL_MARKS.search(text, max(0, vs - 6), vs) or \
                _ASSESSED_SET_SIZE.search(text, max(0, vs - 30), vs):
            continue  # (各县(共4家,满分为150分): the size of the set an assessment ranks and its full marks, no unit's
            # figures: the scheme's, as a part's weight is)
        if unit == "次" and _WORD_COUNTED.search(text, max(0, vs - 12), vs):
            continue  # 报告中“改革”出现42次: how often the text writes a word
        if unit in zh.TEXT_PART_UNITS and _TEXT_PARTS.search(text, max(0, vs - 12), vs):
            continue  # 《纲要》共十二篇五十章: the parts a document is laid out in
        # ranks: 第三 / 第3名 / 前20强 / 前三名; 位居65位 (a place after a verb of ranking, no 第)
        placed = unit in ("名", "位") and not mag and not m.group("num2") and \
            (bool(RANK_PLACE_BEFORE.search(text, max(0, vs - 8), vs)) and not _ONE_HAN.match(nxt or "的") or
             _bracketed_place(text, vs, end))
        if placed:
            pair = joined_pair(num)
            if pair is not None:  # 甲县和乙县位列四五名: two places, 4 and 5, one digit character each
                # (the unit written once after both is each one's, as after a list: 提高0.9、5.9个百分点)
                out += [Cand(vs, vs + 1, pair[0], unit, vs + 1, measure="rank", rank=True, chinese=True),
                        Cand(vs + 1, ve, pair[1], unit, end, measure="rank", rank=True, chinese=True,
                             extra={"pair_first": vs})]
                continue
            cand = Cand(vs, ve, value, unit, end, measure="rank", rank=True, chinese=chinese)
            if 0 < value <= 500 and value == int(value):
                out.append(cand)
            continue
        if prev == "第" and m.group("num2"):
            out += _rank_span(text, layout, m, value, chinese)  # 排名第4-10名: the bounds of a span of places
            continue
        if prev == "第" or (prev == "前" and (unit in ("", "名", "位") or nxt in zh.RANK_TOP_WORDS)) or \
                (prev in zh.RANK_BOTTOM_BEFORE and unit in ("", "名", "位") and
                 (RANK_SET_AFTER.match(text, end) or _bottom_band_closing(text, vs, end, unit, text[max(0, vs - 24):vs - 1]))):
            cand = _rank(text, layout, m, value, prev, chinese, vs in ranks_at)
            if cand is not None and RANK_TIER.match(text, cand.mend) and _in_spans(vs, q_starts, quotes):
                cand = None  # “迈入全省第一方阵” quoted is a slogan's name
            if cand is not None:
                out.append(cand)
            continue
        if _quoted_name(text, vs, end, mag + unit, q_starts, quotes):
            continue  # a quoted count alone is a name (‘14条’), a quoted rate or sum the figure itself
        if CAPACITY_NAME.search(text, max(0, vs - 12), vs) and CAPACITY_NAME_END.match(text, end):
            continue  # 年产20万吨某某项目: a capacity inside a project's name
        if _capacity_in_name(text, vs, end, mag + unit):
            continue  # 2×5万千瓦光伏项目, 30万吨合成氨52万吨尿素项目: the size a project is named by
        if unit == "通" and chinese:
            continue  # 小三通 / 一通百通: a numeral in words before 通 names a link, calls are counted in figures
        if unit == "位" and nxt == "数":
            continue  # 涨幅都超两位数 / 保持两位数增长: how many digits another figure has, no figure of its own
        if unit == "个" and not mag and text.startswith("工作日", end) and _service_days(text, vs, end + 3):
            unit, end = SERVICE_DAY_UNIT, end + 3  # 办理时限压缩至3个工作日: the working days a service is cut to
        # durations (前7个月, 3个工作日) and category labels (20-60万元群体, 过10亿元项目) are not facts
        elif unit == "个" and re.match(r"多?(?:月|工作日|季度|小时|年度)", text[end:end + 4]):
            continue
        if (m.group("num2") or prev == "过") and unit_class(mag + unit) == "level" and \
                _ONE_HAN.match(nxt) and nxt not in "的以之左":
            continue
        if m.group("num2") and unit_class(mag + unit) == "level" and _counted_right_after(text, end):
            continue  # 1-5亿元项目311个,5-10亿元51个: a band naming its class, the class's noun left to the sibling
        full_unit = mag + unit
        gap_ratio = False
        bare_list = False
        bracket_count = False
        counted_people = False
        if (not unit and not mag or unit == "个") and nxt and nxt in zh.VALUE_LIST_JOINERS and not chinese:
            # 提高0.9、5.9个百分点 / 提升1.4个、6.6个百分点: the unit written once at the end of the list
            shared = shared_unit(text, end, full_unit)
            if shared:
                full_unit, unit, mag = shared, shared, ""
        if not unit:
            if mag in ("亿", "千亿", "万亿") and not chinese and not (nxt.isascii() and nxt.isalnum()) and \
                    (MONEY_BEFORE.search(text, max(0, vs - 16), vs) or MONEY_AFTER.match(text, end)):
                full_unit = mag  # 经济总量突破3.25万亿 / 带动3.8万亿投资: an amount of money, its unit as written
            elif mag in ("万", "亿", "万亿") and not chinese and (not nxt or nxt in ",;。、 )\n，；" or
                                                              text[end:end + 2] in ("以上", "左右")):
                full_unit = mag  # 人口120万
            elif mag in ("万", "亿") and not chinese and MAGNITUDE_COUNTED.match(text, end):
                full_unit = mag  # 惠及76万群众: people counted in a magnitude, the noun after it no unit
                counted_people = True
            elif not mag and not chinese and nxt == "年" and YEARS_MEASURED.search(text, max(0, vs - 16), vs) and \
                    not _CALENDAR_YEAR.fullmatch(num):
                full_unit, end = "年", end + 1  # 平均受教育年限达到11.2年: a span in years (建设年限2017年: a date)
            elif not mag and not chinese and _stat_value(text, vs) and \
                    (not nxt or nxt in ",;。、 \n(，；" or text[end:end + 2] in zh.QUOTED_FIGURE_ENDS[:4]):
                full_unit = ""  # (性别比(以女性为100)为104.82 / 性别比为107.3(女=100): a remark on the base aside)
            elif not mag and not chinese and nxt in "(（" and _bracketed_members(text, vs, end, value):
                full_unit = ""  # 推进缓慢的有3(甲项目、乙项目、丙项目): the count of the members its brackets list
                bracket_count = True
            elif not mag and not chinese and nxt not in "年月日%％" and _bare_list_member(text, vs, end):
                full_unit = ""  # 项目数分别为12、9、7: a figure of a list whose unit the words before it give
                bare_list = True
            elif not mag and not chinese and nxt not in "年月日" and GAP_WORD.search(text[max(0, vs - 16):vs]) and \
                    _GAP_VERB_END.search(text[max(0, vs - 3):vs]):
                full_unit = ""  # 城乡居民收入倍差从2.37缩小到1.94: a gap ratio is a share without unit
                gap_ratio = True
            else:
                continue
        if unit in ("%", "‰") and mag:
            continue
        # class attributes: 40万吨级航道, 5000吨级泊位
        if nxt == "级" or text[end:end + 2] in ("千伏", "万伏"):
            continue
        if nxt and nxt in zh.UNIT_WORD_OPENINGS.get(unit, ""):
            continue  # PM2.5颗粒物 / 3号楼封顶: the unit's character opens a word, no unit
        if unit == "分" and (vs in scores_at or _score_list_item(text, layout, vs)):
            pass  # 第三名:青川镇87.5分 / 西山区以88.6分位列第三 / 考核得分为:东湖县95.12分、西山区93.40分: a score
        elif unit in WEAK_UNITS and not (mag and unit in MAGNITUDE_MAKES_UNIT):  # (外送电量400亿度: an amount)
            if unit == "天" and "天数" not in text[max(0, vs - 12):vs] and not _service_days(text, vs, end):
                continue  # (仅用5天完成 / 审批时限压缩至3天 / 由60天压缩到5天: the days a deed took or a service is cut to)
            if unit == "期" and (ISSUE_BEFORE.search(text, max(layout.clause_of(vs)[0], vs - 10), vs) or
                                 ISSUE_NOUN_BEFORE.search(text, max(0, vs - 4), vs)) and \
                    not _ONE_HAN.match(nxt):
                pass  # 承办直播2期3件次: sessions held, not 二期工程
            elif unit == "类" and _CLASSES_THEN_COUNT.match(text, end):
                pass  # 共六类25个具体问题 / 梳理出3类12项: the classes a count of items is sorted into, counted too
            elif unit in zh.CLASSIFIED_NOUNS and _classified(text, vs, end, unit):
                pass  # 新打机井120眼 / 改造765眼农业排灌机井: the wells counted
            elif unit == "小时" and _USE_HOURS.search(text, max(0, vs - 8), vs):
                pass  # 年利用小时数达1500小时 / 设计年发电利用1670小时: a plant's hours of full use, its yield measured
            elif unit in CLOCK_UNITS and (_TIME_CUT_TO.search(text, max(0, vs - 6), vs) or
                                          _DURATION_STATED.search(text, max(0, vs - 8), vs) or
                                          _TIME_CUT_FROM.search(text, max(0, vs - 8), vs) and _TIME_CUT.match(text, end)):
                pass  # 通勤时间缩短至30分钟 / 车程从3小时缩短到1小时: a time cut from and to so much, amounts
            elif unit != "天" and not re.search(r"(?:为|达|达到|得分|评分)$", text[max(0, (h := _list_head(text, vs, unit)) - 3):h]) and \
                    not (unit == "起" and (_EVENT_NOUN.search(text, max(0, vs - 12), vs) or
                                          _EVENT_NOUN_AFTER.match(text, end) or
                                          # 责令恢复原状1起 / 移送公安机关3起: the cases so disposed of
                                          _CASE_DISPOSED.search(text, max(layout.clause_of(vs)[0], vs - 10), vs))):
                continue
        if chinese and unit == "倍" and _MULTIPLE_VERB_END.search(text[max(0, vs - 2):vs]):
            pass  # 是2015年的两倍 / 涨了一倍: a multiple written in words
        elif chinese and unit_class(full_unit) == "count" and _COUNT_AFTER_HEAD.search(text, max(0, vs - 4), vs) and \
                (not nxt or nxt in zh.COUNT_AFTER_HEAD_ENDS):
            pass  # 列入省级考核重点项目一个, 新增省级园区两个: things counted after their noun, at the clause's end
        elif chinese and unit in ("项", "个") and _ITEMS_DISPOSED.search(text, max(0, vs - 4), vs) and value > 1 and \
                (not nxt or nxt in zh.COUNT_AFTER_HEAD_ENDS):
            pass  # 延期开工两项, 撤销两项: the items of the list a report follows, counted after what was done to them
        elif chinese and unit_class(full_unit) in ("count", "level") and unit not in WEAK_UNITS and \
                (_place_value_numeral(num) and not _meeting_ordinal(text, vs, end, unit) or
                 _casualty_count(text, vs, end, unit)):
            pass  # 三百余人 / 过两千亿元 / 死亡三人: a numeral a sum is written in, or the casualties of an accident
        elif chinese and unit_class(full_unit) == "count" and num != "十" and len(num) == 1 and \
                _among_figures(text, vs, end):
            pass  # 组建1个县级宣讲团、两个特色宣讲团和17个辅导团: a count in words among counts in figures is one of them
        elif chinese and unit == "类" and _CLASSES_THEN_COUNT.match(text, end):
            pass  # 发现六类25个问题: the classes, in words, of the items counted right after them
        elif chinese and unit == "起" and value == 1 and _EVENT_OCCURS.search(text, max(0, vs - 3), vs) and \
                _EVENT_NOUN_AFTER.match(text, end):
            pass  # 发生一起较大生产安全事故: the one accident a safety notice reports
        elif chinese:
            if value == 1 or IDIOM_NUMS.match(text[vs:vs + 4]) or IDIOM_NUMS.match(text[vs:vs + 5]):
                continue
            if unit_class(full_unit) not in ("count",) or not (
                    ESTABLISH_VERB.search(text[max(0, vs - 4):vs]) or _rank_step(text, vs, end, unit) or
                    (NUMERAL_HEDGE.search(text, max(0, vs - 3), vs) and
                     not text[max(0, vs - 2):vs].endswith(zh.NOT_APPROX_WORDS))):
                continue
        if (unit in ("条", "项") and POLICY_AFTER.match(text, end) and
                (unit == "条" or re.search(r"(?:出台|印发|制定|推出|发布)[^,，;；。]{0,8}$", text[max(0, vs - 12):vs])) or
                unit == "条" and (prev in "》”" or _policy_articles(text, layout, vs, end))) and \
                not _REMEDY_MEASURES.search(text, max(0, vs - 8), min(n, end + 6)):
            continue  # 出台14条措施 / 《若干措施》20条 / 出台惠民生27条: the articles of a policy name it
        if unit == "个" and PART_COUNT_AFTER.match(text, end):
            continue  # 重点抓了5个方面工作: the parts of what the text says, its own outline
        if full_unit in zh.AGE_UNITS and _age_bound(text, vs, end, bool(m.group("num2"))):
            continue  # 0-17岁 / 18—59周岁 / 60岁及以上 naming a row or a class of people: a bound, no figure
        cs, ce = layout.clause_of(vs)
        ucls = unit_class(full_unit)
        # external sets: 5个省重点…之一, 省20个战略性产业集群, 全国168个重点城市
        if ucls == "count":
            external = EXTERNAL_PRE.search(text[max(0, vs - 2):vs]) is not None and \
                not _NAMED_PROVINCE_BEFORE.search(text, max(0, vs - 5), vs)
            if external and text[max(0, vs - 2):vs] == "全省":
                # 全省300个项目集中开工 in a text that speaks as the province is its own count, not a set of another's
                if speaker is None:
                    speaker = speaking_suffix(text, min_refs=1)
                external = speaker != "省"
            if "之一" in text[end:ce + 1] or external:
                continue
            ccs = _comma_clause_start(text, layout, vs)
            if (_enumerates(text, ccs, vs, value) or _enumerated_after(text, layout, end, value) or
                    _places_named_before(text, layout, vs, value) or
                    _listed_members(text, ccs, vs, end, value)) and not COUNTED_STATUS.match(text, end) and \
                    not _EACH_OWN.search(text, max(0, vs - 3), vs):
                # (甲区、乙县各2件: what each of them has, however many they are)
                continue  # (A、B和C3项指标未达到序时进度: how many of them lag is a status, named or not)
            if _comparison_group(text, end, full_unit) or _whole_division(text, vs, end) or \
                    _share_whole_group(text, vs, end) or _division_group(text, vs, end, ce) or \
                    _assessed_group(text, vs, end) or _run_or_venue(text, vs, end, full_unit):
                continue
        # size thresholds inside a name: 20亿元以上重大项目, 10亿元以上企业30家
        after = text[end:end + 4]
        bm = _AND_BOUND.match(after)  # (10亿元及以上基础设施项目: the bound with 及)
        if ucls == "level" and bm and _counted_right_after(text, end):
            continue  # 10亿元以上项目12个,5亿元以上的9个: the bound labels the class counted right after it
        if ucls == "level" and bm:
            k = end + bm.end()
            if k < n and _ONE_HAN.match(text[k]) and text[k] not in "的达实占" and \
                    (VALUE_RE.search(text[k:ce]) is not None or is_money(full_unit) or full_unit == "岁"):
                continue
            if is_money(full_unit) and re.match(r"的(?:[\u4e00-\u9fff]{0,4})(?:项目|企业|单位|工程|园区|客商)", text[k:k + 10]):
                continue  # 投资10亿元以上的项目38个: the threshold names a class of projects
        if ucls == "level" and is_money(full_unit):
            # 5亿元至10亿元项目9个: a band of sizes right before the class it names, a count of it after
            rn = _RANGE_NEXT.match(text, end)
            k = rn.end() if rn else (end if _RANGE_PREV.search(text, max(0, vs - 16), vs) else -1)
            if k >= 0 and (_CLASS_AFTER_BAND.match(text, k) and VALUE_RE.search(text, k, ce) is not None or
                           _counted_right_after(text, k)):
                continue  # (5亿元至10亿元的21个: the band's class noun left to the sibling before)
        if class_clause is not None and class_clause[0] <= vs < class_clause[1] and \
                (CRITERION_BEFORE.search(text, max(0, vs - 6), vs) or CRITERION_AFTER_BOUND.match(text, end)):
            layout.criteria.append(vs)
            continue  # 70%以上的项目投资额超5亿元: the bound picking out the class a share was just taken of
        if unit == "%" and not mag and _class_share(text, layout, vs, end):
            class_clause = (vs, layout.clause_of(vs)[1])  # 70%以上的项目…: the share of a class, a figure itself
        elif _criterion(text, vs, end, ucls != "count"):
            layout.criteria.append(vs)
            continue  # (超五十家企业参展: a count passed is a figure, 超5亿元项目 an amount naming a class)
        cand = Cand(vs, ve, value, full_unit, end, chinese=chinese, approx=m.group("approx") or m.group("approx0") or "")
        if signed_aside:
            cand.extra["signed_aside"] = True
        if bare_list:
            cand.extra["bare_list"] = True
        if counted_people:
            cand.measure = "count"
        if bracket_count:
            cand.measure = "count"
            cand.extra["bracket_count"] = True
        if gap_ratio:
            # 收入比为2.20,比上年缩小0.05: the ratio is a share, its change a delta
            cand.measure = "delta" if re.search(r"(?:缩小|扩大)$", text[max(0, vs - 2):vs]) else "share"
        if m.group("num2"):
            v2 = parse_number(m.group("num2"))
            if v2 is not None and v2 > value:
                cand.comparator = ">="
                cand.cmp_fixed = True
                c2 = Cand(m.start("num2"), m.end("num2"), v2, full_unit, end, chinese=chinese, comparator="<=",
                          cmp_fixed=True)
                cand.extra["range"] = c2.extra["range"] = True
                c2.extra["range_of"] = cand  # (增长6.5-7%: the upper end measures what the lower end does)
                out.append(cand)
                out.append(c2)
                continue
        out.append(cand)
    cells = find_table_cells(text)
    heads: dict[int, int] = {}  # a table's header: from where it starts to its first row
    for tc in cells:
        if 0 <= tc.table < tc.row_start:
            heads[tc.table] = min(heads.get(tc.table, tc.row_start), tc.row_start)
    if heads:
        # 2024年计划投资 | 截至2023年底累计完成投资: the words of a table's header name its columns, no figure
        out = [c for c in out if not any(a <= c.vs < b and "\n" not in text[a:c.vs] for a, b in heads.items())]
    # 序号 | … | 评分 over 1 | 甲县 | … written one cell a line: the bare number opening a row its table read is the
    # row's number, no figure (the header's last word right above it names no measure of it)
    opens = {_row_opening(text, tc.row_start) for tc in cells}
    taken = {tc.start for tc in cells}
    out = [c for c in out if not (c.vs in opens and c.vs not in taken and not c.unit and text[c.vs:c.ve].isdigit())]
    for tc in cells:
        if tc.value == 0 and tc.unit_end < 0 and (tc.measure == "count" or unit_class(tc.unit) == "count"):
            continue  # 未办结 | 0: a count table's bare 0 states that there were none, no figure of the body
        # 总投资(亿元) column: the cell's unit is in its header, the row names what it is about
        c = Cand(tc.start, tc.end, tc.value, tc.unit, tc.unit_end if tc.unit_end >= 0 else tc.end, cmp_fixed=True)
        if tc.measure == "rank":
            c.measure, c.rank = "rank", True  # 排名 | 单位 | 得分: the row's rank
        elif tc.measure:
            c.measure = tc.measure  # 项目个数 | 总投资 over bare figures: the column says what they are
        if tc.comparator:
            c.comparator = tc.comparator  # a plan table's >2.8 / <5.5 / 6左右
        if tc.kind:
            c.kind = tc.kind  # a plan table's column of its last year or of its years' changes
        c.extra["table"] = tc
        out.append(c)
    for r in find_ratios(text):
        # 三次产业比为3.9:59.5:36.6: one share per part, unit ""; the first term carries the group's context
        # 性别比为105:100 / 城乡居民收入比2.3:1: a second term of 100 or 1 is the base the first is scaled to, no figure
        based = len(r.terms) == 2 and r.terms[1][2] in (1.0, 100.0) and r.terms[0][2] != r.terms[1][2]
        for k, (a, b, v) in enumerate(r.terms[:1] if based else r.terms):
            c = Cand(a, b, v, "", b, measure="share", cmp_fixed=True)
            c.extra["ratio"] = (r.terms[0][0], k, len(r.terms), r.word_start)
            c.extra["ratio_based"] = based
            out.append(c)
    for m in TOP_BAND_RE.finditer(text):
        v = parse_number(m.group("num"))
        if v and v == int(v) and _stood_rank(text, m.start()) and not _in_spans(m.start(), q_starts, quotes):
            c = Cand(m.start("num"), m.end("num"), v, "", m.end(), measure="rank", rank=True, comparator="<=",
                     chinese=not m.group("num")[0].isdigit(), cmp_fixed=True)
            out.append(c)
    for m in BIG_ROUND_RE.finditer(text):
        if _STEPS_BEFORE.search(text, max(0, m.start() - 4), m.start("num")):
            continue  # 跨越3个千亿元台阶: one of the milestones counted, no amount reached
        v = {"百": 100.0, "千": 1000.0, "万": 10000.0}[m.group("num")]  # 跨过万亿元大关: 10000 亿元, as 百 and 千
        op = ">" if m.group("pre") in zh.ROUND_PASS else ">="  # 突破百亿元大关 passes it; 迈上千亿台阶 reaches it
        out.append(Cand(m.start("num"), m.end("num"), v, "亿元", m.end(), comparator=op, cmp_fixed=True))
    for m in HAN_MAGNITUDE_RE.finditer(text):
        c = _han_magnitude(text, m)
        if c is not None and not _quoted_name(text, c.vs, c.mend, c.unit, q_starts, quotes):
            out.append(c)  # (“融百业超万亿”行动: a programme's name, as a quoted figure in digits is)
    for m in FAN_RE.finditer(text):
        k = {"一": 1, "两": 2, "二": 2, "三": 3}[m.group("num")]
        c = Cand(m.start("num"), m.end("num"), float(k), "番", m.end(), approx=m.group("more") or "")
        c.measure = "growth"
        out.append(c)
    for m in TENTHS_RE.finditer(text):
        # (超八成行政村通5G: a share bounded before the set it is taken of, no amount naming a class by its size)
        if _in_spans(m.start(), q_starts, quotes) or _criterion(text, m.start(), m.end(), amount=False) and \
                not _class_share(text, layout, m.start(), m.end()):
            continue
        # 超九成 is 9 成: SCHEMA writes a value and its unit as written (the span the numeral's)
        c = Cand(m.start("num"), m.end("num"), parse_number(m.group("num")) or 0.0, "成", m.end(),
                 chinese=not m.group("num").isdigit())
        c.extra["tenths"] = True
        out.append(c)
    for m in CLASSES_RE.finditer(text):
        ccs = _comma_clause_start(text, layout, m.start())
        if PART_COUNT_AFTER.match(text, m.end()):
            continue  # 重点聚焦5大方面: the parts of what the text says, its own outline (as 5个方面)
        if not _in_spans(m.start(), q_starts, quotes) and not _enumerates(text, ccs, m.start(), float(m.group("num"))):
            out.append(Cand(m.start(), m.end("num"), float(m.group("num")), "大", m.end(), measure="count"))
    for m in HALF_RE.finditer(text):
        c = _half(text, layout, m)
        if c is not None and not _in_spans(m.start(), q_starts, quotes) and not _criterion(text, c.vs, c.mend):
            out.append(c)
    for m in FRACTION_RE.finditer(text):
        c = _fraction(text, layout, m)
        if c is not None and not _in_spans(m.start(), q_starts, quotes) and not _criterion(text, c.vs, c.mend):
            out.append(c)
    out.sort(key=lambda c: (c.vs, c.ve, "table" not in c.extra))  # a table's cell (71.8%) is read as its column's
    # 增长3%-5% / 8%~10%: a range written with the unit on both ends gives a lower and an upper bound
    for a, b in zip(out, out[1:]):
        if a.unit and a.unit == b.unit and not a.rank and not b.rank and _RANGE_DASH.fullmatch(text[a.mend:b.vs]) \
                and b.value > a.value and not a.cmp_fixed and not b.cmp_fixed:
            a.comparator, b.comparator = ">=", "<="
            a.cmp_fixed = b.cmp_fixed = True
            b.extra["range_of"] = a
            a.extra["range"] = b.extra["range"] = True
    # drop overlaps (keep the first)
    res: list[Cand] = []
    last = -1
    for c in out:
        if c.vs >= last or (res and c.vs >= res[-1].ve and c.vs > res[-1].vs):
            res.append(c)
            last = max(last, c.ve)
    return res


def _policy_articles(text: str, layout: Layout, vs: int, end: int) -> bool:
    """出台惠民生27条、稳经济15条 / 出台促消费政策12条 / 制定实施30条防汛避险硬措施: a policy issued in the count's clause
    (its 、-list too) is named by its number of articles, when nothing is counted after 条 or its policy noun follows a
    few words on; 出台…，新建道路12条 counts roads in a clause of its own."""
    if not POLICY_ISSUED.search(text, _comma_clause_start(text, layout, vs), vs):
        return False
    return not _ONE_HAN.match(text[end:end + 1]) or POLICY_NAMED_AFTER.match(text, end) is not None


@functools.lru_cache(maxsize=None)
def _classified_nouns(unit: str) -> tuple[re.Pattern, re.Pattern]:
    nouns = alternation(zh.CLASSIFIED_NOUNS[unit])
    return (rx.compile(rf"(?:{nouns})[\u4e00-\u9fff]{{0,2}}$"), rx.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{nouns})"))


def _classified(text: str, vs: int, end: int, unit: str) -> bool:
    """新打机井120眼 / 机井共120眼 / 765眼农业排灌机井: a unit that is another word too counts where a thing it is the
    measure word of is named right before the figure (two characters between at most) or in the words right after."""
    before, after = _classified_nouns(unit)
    return bool(before.search(text, max(0, vs - 8), vs) or after.match(text, end))


# (培育一批销售收入过亿元的单品: 一批, a batch, counts the class as a number does)
_CLASS_COUNTED_BEFORE = rx.compile(rf"(?<!第)(?<!第\d)(?:\d|[一二两三四五六七八九十])\s?"
                                   rf"(?:{alternation(zh.SET_COUNTERS + ('批',))})"
                                   r"[\u4e00-\u9fff]{0,6}$")
_HAN_COUNT_VERB = rx.compile(rf"(?:{alternation(zh.ISSUE_VERBS)})$")
_CALENDAR_YEAR = rx.compile(r"(?:19|20)\d\d")
_HAN_HELD_BEFORE = rx.compile(rf"(?:{alternation(zh.HELD_OR_TOTAL_LEADS + zh.REACH_VERBS)})$")
CMP_GE_AFTER = rx.compile(rf"(?:{alternation(zh.CMP_AFTER['>='])})")


_WORD_CHAR = rx.compile(r"[\u4e00-\u9fffA-Za-z0-9]")  # compiled once (a class of every Han character is dear)


_HAN_MAGNITUDES = {"百": 100.0, "千": 1000.0, "万": 10000.0, "亿": 1.0}


def _han_magnitude(text: str, m: re.Match) -> Cand | None:
    """超千亿元 / 近万场 / 突破万亿 / 举办千场: a round magnitude written as one character is a figure after a bound, in
    any unit a figure takes (a weak one only as a figure takes it: 近千度 no), or with none where the magnitude is the
    unit (突破万亿, 产值突破百亿 as an amount, 惠及近百万群众 as people); without a bound only right after a verb of doing
    or holding, as a count (举办千场会议; 千家万户 is no figure).  A bound naming a class (超百亿元项目) is none."""
    vs, end = m.start("num"), m.end()
    num, mag, unit, pre = m.group("num"), m.group("mag") or "", m.group("unit") or "", m.group("pre")
    if num == "亿" and (pre is None or mag):
        return None  # 亿 alone is a magnitude only after a bound (率先破亿 → 1 亿); 亿万群众 is none
    if pre and _CLASS_COUNTED_BEFORE.search(text, max(0, vs - len(pre) - 12), vs - len(pre)):
        return None  # 2个产值超千亿、4个产值超三百亿制造产业集群: the class a count before it is of
    # 粮食产量稳定在千亿斤以上 / 达到百亿斤: a magnitude with its unit after a verb of holding or reaching is the level
    # held or reached, a figure without a bound word before it (以上 after it bounds it)
    held = pre is None and bool(mag and unit) and _HAN_HELD_BEFORE.search(text, max(0, vs - 4), vs) is not None
    if pre is None and not held and (mag or not (unit and unit_class(unit) == "count" and (
            ESTABLISH_VERB.search(text, max(0, vs - 4), vs) or _HAN_COUNT_VERB.search(text, max(0, vs - 4), vs)))):
        return None  # (引进百亿项目4个: a magnitude of money before a noun names a class of projects, not a count)
    if unit in WEAK_UNITS and not unit in MAGNITUDE_MAKES_UNIT:
        return None
    measure = ""
    # the magnitude's character is the value, in the unit written after it (dev NOTES: 百 of 突破百亿元大关 is 100
    # 亿元): 破万亿 → 10000 亿, 超千亿元 → 1000 亿元, 率先破亿 → 1 亿; 万 alone is its own unit's (近万人 → 1 万人)
    value = _HAN_MAGNITUDES[num] if "亿" in (num, mag) else _HAN_MAGNITUDES.get(num, 1.0) if num != "万" else 1.0
    head = "亿" if "亿" in (num, mag) else ("万" if num == "万" else "") + mag
    if not unit:
        nxt = text[end:end + 1]
        if not head or nxt == "、" and not pre or _WORD_CHAR.match(nxt) and not (
                MAGNITUDE_COUNTED.match(text, end) or head == "亿" and MONEY_AFTER.match(text, end) or
                nxt == "的" and pre):
            return None  # 超百年, 近千亩级: no magnitude or a word the magnitude is part of
        if MAGNITUDE_COUNTED.match(text, end):
            measure = "count"
        elif head == "亿" and (MONEY_BEFORE.search(text, max(0, vs - 16), vs) or MONEY_AFTER.match(text, end)):
            unit = "元"  # 经济总量破万亿: an amount of money, in 元 left unwritten (10000 亿元, as 突破万亿元 gives)
        elif head == "亿" and not pre:
            return None  # 百亿 of something no amount of money is named, with no bound before it
        # (规模破万亿 / 装机率先破亿: a bound before the magnitude makes it the level passed, whatever it measures; its
        # unit the magnitude as written)
    unit = head + unit
    amount = unit_class(unit) != "count"  # (超百家企业参展 counts firms, as 超五十家 does)
    if _criterion(text, vs, end, amount) or amount and pre and _CLASS_AFTER_BOUND.match(text, end):
        return None  # 超百亿元项目12个: the bound names a class
    cmp = zh.HAN_MAGNITUDE_BEFORE[pre] if pre else ">=" if held and CMP_GE_AFTER.match(text, end) else "="
    c = Cand(vs, m.end("num"), value, unit, end,
             comparator=cmp, cmp_fixed=True)
    c.measure = measure
    return c


def _fraction(text: str, layout: Layout, m: re.Match) -> Cand | None:
    """A fraction as the share it states, the number it is with no unit (约占全国1/10 → 0.1, 超过三分之一 → 0.3333), or
    a rate spelt out (百分之八 → 8%, 千分之五 → 5‰).  A fraction in figures is one only where its clause states a share
    (占, a bound, or the whole it is taken of right before it: 全国1/4); the top part of a ranking (前三分之一) is a tier."""
    vs, end = m.start(), m.end()
    if text[max(0, vs - 1):vs] in zh.FRACTION_NOT_AFTER or _SAMPLED_SURVEY.match(text, end):
        return None
    unit = ""
    if m.group("a"):
        before = text[_comma_clause_start(text, layout, vs):vs]
        if not (FRACTION_WHOLE_BEFORE.search(before) or FRACTION_BEFORE.search(before[-16:])):
            return None
        value = fraction_value(float(m.group("a")), float(m.group("b")))
    else:
        den, num = parse_number(m.group("den")), parse_chinese_decimal(m.group("num"))
        if den is None or num is None:
            return None
        if den in (100.0, 1000.0):
            value, unit = num, ("%" if den == 100.0 else "‰")  # 百分之八: the rate itself
        else:
            value = fraction_value(num, den)
    if value is None:
        return None
    c = Cand(vs, end, value, unit, end, chinese=not m.group("a"))
    if not unit:
        c.measure = "share"  # (a unit-less value is no share by itself: the fraction says it is one)
    c.extra["fraction"] = True
    return c


_AGE_BOUND_AFTER = rx.compile(rf"(?:及|或)?(?:{alternation(zh.AGE_BOUND_WORDS)})(?:的)?")


HALF_WHOLE_REACH = 10  # characters of the whole (全年计划, 全市的) between a share's verb and 一半
_HALF_VERB_BEFORE_WHOLE = rx.compile(rf"(?:{alternation(zh.HALF_SHARE_VERBS)})(?=[\u4e00-\u9fff]{{1,8}}$)")
_HALF_CLAUSE_END = rx.compile(r"\s*(?:[,，;；。、)）]|$)")
_HALF_SHARE_BEFORE = rx.compile(rf"(?:{alternation(zh.HALF_SHARE_VERBS)})$")


_HALF_SHARE_NAMED = rx.compile(rf"(?:{alternation(zh.HALF_SHARE_NAMES)})$")


def _half(text: str, layout: Layout, m: re.Match) -> Cand | None:
    """占一半以上 / 基础设施完成近半 / 项目过半 / 超过半数: half of a whole, the share 0.5 with no unit, as a fraction in
    words is; it needs a bound or a share's verb before it and a bound or the clause's end after it (一半资金用于…, 过半的
    项目 name no share), and the time gone by (时间过半) and 双过半 are no figure."""
    pre, post, num = m.group("pre") or "", m.group("post") or "", m.group("num")
    if not (post or _HALF_CLAUSE_END.match(text, m.end())):
        return None
    if num == "半" and not _HALF_SHARE_NAMED.search(text, max(0, m.start() - 4), m.start()):
        return None  # 完成过半 / 投资近半: no numeral, how far the work got (held-out gold: no fact); 占比近半 a share
    if not pre and not _HALF_SHARE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        # 占全市的一半 / 超过全年计划一半: the whole named between the verb and 一半, whose bound the verb sets
        cs = max(_comma_clause_start(text, layout, m.start()), m.start() - HALF_WHOLE_REACH)
        verb = _HALF_VERB_BEFORE_WHOLE.search(text[cs:m.start()]) if num != "半" else None
        if verb is None:
            return None
        pre = verb.group(0)
    if text[max(0, m.start() - 4):m.start()].endswith(zh.HALF_NOT_AFTER):
        return None  # 时间过半 / 实现双过半: the time gone, a slogan
    ss, se = layout.sent_of(m.start())
    if any(w + m.group(0) in text[ss:se] for w in zh.HALF_NOT_AFTER):
        return None  # 时间过半、任务过半: the pair of the slogan, its second half as well
    c = Cand(m.start("num"), m.end("num"), 0.5, "", m.end(), chinese=True)
    c.measure = "share"
    c.extra["fraction"] = True
    c.comparator = (">=" if post == "以上" else "~") if post else zh.HALF_BOUNDS.get(pre, "=")
    c.cmp_fixed = True
    c.extra["half_bound"] = pre
    return c


def _age_bound(text: str, vs: int, end: int, band: bool) -> bool:
    """Is an age a bound of a class of people rather than a figure: a band (0-17岁, 18至59周岁), or a bound opening a
    row's label or a class's name (其中:60岁及以上 | 11.0, 65周岁以上的老人) — not an age reached (预期寿命达到80岁以上)?"""
    if band:
        return True
    m = _AGE_BOUND_AFTER.match(text, end)
    if m is None:
        return False
    before = text[vs - 1] if vs > 0 else "\n"
    if not _ONE_HAN.match(before) or text[max(0, vs - 2):vs].endswith(zh.TABLE_SUBROW_MARKS):
        return True
    # 某县65岁以上、80岁以上老年人口 / 60岁以上老人: a bound listed with others or naming the class after it
    return bool(_AGE_CLASS_NEXT.match(text, m.end())) and not _AGE_REACHED.search(text, max(0, vs - 4), vs)


_AGE_CLASS_NEXT = rx.compile(r"、|[\u4e00-\u9fff]")
_AGE_REACHED = rx.compile(rf"(?:{alternation(zh.AGE_REACHED_VERBS)})$")  # 预期寿命达到80岁以上: an age reached


def _criterion(text: str, vs: int, end: int, amount: bool = True) -> bool:
    """完成率低于60%的项目 / 投资5000万元以上的企业 / 50%-80%的项目: the value bounds the class of things a rule or
    count picks out; ``amount``: the value is no count (超五十家企业参展 counts firms, 超5亿元项目 names a class)."""
    rn = _RANGE_NEXT.match(text, end)
    if rn and (CRITERION_AFTER.match(text, rn.end()) or CRITERION_RULE.match(text, rn.end())):
        return True  # the lower end of a band of the class (在85%—90%的不被列入红黑榜: the band's rule)
    note = _EDGE_NOTE_CLOSE.match(text, end) if _EDGE_NOTE_OPEN.search(text, max(0, vs - 4), vs) else None
    if note and (CRITERION_AFTER.match(text, note.end()) or CRITERION_RULE.match(text, note.end())):
        return True  # 小于85%(不含85%)的单位列入黑榜: the note on the bound's edge names the bound again
    if CRITERION_COUNTED.match(text, end) or CRITERION_NOUN_CLASS.match(text, end) or CRITERION_RULE.match(text, end):
        return True  # (低于80%的列入黑榜: a rating scheme's threshold, its class unnamed before the rule's verb)
    bound = CRITERION_BEFORE.search(text, max(0, vs - 6), vs)
    if bound and _EACH_BOUND.search(text, max(0, bound.start() - 2), bound.start()):
        bound = None  # 4个投资分别超100亿美元的项目: what each of the counted things has, a figure of theirs
    if amount and bound and bound.start() >= vs - 3 and (_CLASS_AFTER_BOUND.match(text, end) or
                                                         _OTHER_BOUND_CLASS.match(text, end) or
                                                         _COUNTED_CLASS_AFTER.match(text, end)):
        return True  # 总投资超5亿元项目12个 / 营业收入过亿元企业 / 产值超百亿元的产业集群达到6个: the bound and its class
    if amount and bound and bound.start() >= vs - 3 and bound.group() != "在" and _DE_CLASS_AFTER.match(text, end) and \
            _COUNT_BEFORE_ATTRIBUTE.search(text, max(0, bound.start() - 16), bound.start()):
        return True  # 培育20个营业收入超100亿元的产业集群: the bound of the class the count before it counts
    if amount and _CLASS_AFTER_BOUND.match(text, end) and _BOUND_BEFORE_OTHER.search(text, max(0, vs - 24), vs):
        return True  # 总投资超5亿元或5000万美元项目: the other currency's bound of the same class
    if not CRITERION_AFTER.match(text, end):
        return False
    return bool(bound or CRITERION_AFTER_BOUND.match(text, end) or _RANGE_PREV.search(text, max(0, vs - 16), vs))


_CLASS_SHARE_OPEN = rx.compile(rf"(?:{alternation(zh.CLASS_SHARE_OPENERS + zh.PREDICATE_MODALS + zh.CLASS_SHARE_COMMITS)}|"
                               r"(?:19|20)\d\d年(?:底|末)?|[一二三四]季度末?|上半年|年底前|年内|今年)*")


def _class_share(text: str, layout: Layout, vs: int, end: int) -> bool:
    """80%以上的行政村通了硬化路 / 70%以上的项目投资额超5亿元: a rate bounded and then a class of things (的项目) at
    its clause's start, nothing measured named before it, is the share of the class that does what follows, a
    figure; 完成率低于60%的项目 (the rate named first) bounds the class, a criterion (facts._criterion)."""
    m = CRITERION_AFTER.match(text, end)
    if m is None:
        return False
    ccs = _comma_clause_start(text, layout, vs)
    if _CLASS_SHARE_OPEN.fullmatch(text[ccs:vs].strip()) is None:
        return False
    # 50%以下的项目11个 / 80%以上的项目有12个: the class is counted, its band a criterion
    return _CLASS_COUNTED.search(text, m.end(), layout.clause_of(vs)[1]) is None


_CLASS_COUNTED = rx.compile(rf"(?:\d|[一二两三四五六七八九十])\s?(?:{alternation(zh.SET_COUNTERS)})")


def _stat_value(text: str, vs: int) -> bool:
    """A bare value is a statistic's own (基尼系数0.32, 性别比为108.5): its name within a few characters before it
    and 为 or the like right before it, or the name itself right before it; a remark in brackets between the name and
    the value (性别比(以女性为100)为104.82) is read past."""
    before = text[max(0, vs - 60):vs]
    if ")" in before or "）" in before:
        before = _unbracketed(before)
    return bool(STAT_WORD.search(before[-14:]) and _STAT_VALUE_VERB.search(before[-3:]) or
                STAT_NAMED.search(before[-6:]) or _STAT_PART.search(before))


# 居民消费价格同比指数为101.5,其中食品类为103.5: a part the clause after a statistic's value opens with 其中 is a part
# of that statistic, its bare value the part's own
_STAT_PART = rx.compile(rf"(?:{alternation(zh.STAT_WORDS)})\s*(?:为|达|是|达到)?\s*\d+(?:\.\d+)?\s*[,，;；]\s*其中\s*[,，:：]?"
                        r"[\u4e00-\u9fff]{1,10}?(?:为|达|是|达到)$")


# 基尼系数为0.32 / 差异系数缩小到0.35左右 / 基尼系数控制在0.4以下: the verb before a statistic's bare value (a level
# moved to or kept at, as a ratio's is: GAP_WORDS)
_STAT_VALUE_VERB = rx.compile(r"(?:为|达|是|达到|到|至|在)$")


_SAMPLED_SURVEY = rx.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{alternation(zh.SAMPLED_SURVEY_WORDS)})")
_EXAMPLE_OPEN = rx.compile(rf"[(（]\s*(?:{alternation(zh.EXAMPLE_WORDS)})\s*[:：,，]?\s*(?:{alternation(zh.NUMERAL_HEDGES)})?\s*$")
_EXAMPLE_CLOSE = rx.compile(rf"\s*(?:{alternation(zh.CMP_AFTER['>='] + zh.CMP_AFTER['<='] + zh.CMP_AFTER['~'])})?\s*[)）]")
# an ordinal written once before a list of numbers (第11、12件, 第3至5条)
ORDINAL_LIST = rx.compile(r"第(?:[\d一二三四五六七八九十百]+\s?(?:[、,，和及至到~\-—]|以及)\s?)+$")
# a count right after 等 closing a list of items (教育、医疗、养老等3个领域)
NAMED_LIST_COUNT = rx.compile(r"、[^,，;；。:：、]{1,12}等(?:共)?$")
_TIME_CUT = rx.compile(alternation(zh.TIME_CUT_VERBS))
# 全国每出口5辆汽车就有1辆本省造 / 每10名就业人员中就有3名…: a proportion written as "of every N, M" (每 before the first
# count, 就有/就是 before the second, the same clause)
_PER_N_BEFORE = rx.compile(r"每[^,，;；。:：\d]{0,8}$")
_PER_N_THEN = rx.compile(r"[^,，;；。:：\d]{0,10}?就(?:有|是)\s*[\d一二三四五六七八九十两]")
_PER_N_HAS = rx.compile(r"每[^,，;；。:：\d]{0,8}[\d一二三四五六七八九十两]+(?:\.\d+)?[^,，;；。:：\d]{0,10}?就(?:有|是)\s*$")
# 储能规模100MW/200MWh / 装机50万千瓦/100万千瓦时: a storage plant's power and its energy, two figures in two units
# written across a slash (a rate's denominator, 万元/亩, has no figure of its own and is read as the unit's); the pair
# before a noun (5MW/10MWh储能单元60个, 300MW/600MWh储能项目) names a kind of unit or a project, no figure
_FIGURE_BEFORE_SLASH = rx.compile(rf"\d(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})/$")
# a power plant's or a grid's utilization hours (利用小时数, 年利用小时, 发电利用): the hours are its yield
_USE_HOURS = rx.compile(r"利用(?:小时数?)?(?:为|达到|达|约)?$")
_TIME_SPENT = rx.compile(rf"(?:{alternation(zh.TIME_SPENT_VERBS)})$")
# 考核得分为:东湖县95.12分、西山区93.40分: after a colon closing a words naming scores, the items of a list of places
# or bodies each with its score
_SCORE_LIST_HEAD = rx.compile(rf"(?:{alternation(zh.SCORE_LIST_HEADS)})[^:：。;；]{{0,12}}[:：]")
_SCORE_LIST_ITEMS = rx.compile(r"(?:[\u4e00-\u9fff()（）]{2,16}?\d+(?:\.\d+)?分[、,，])*[\u4e00-\u9fff()（）]{2,16}")


# 82.9分、79.6分和76.5分: a figure written with the unit of the figure before it, joined to it by 、 or 和
_LIST_MEMBER_BEFORE = rx.compile(rf"(?:{ARABIC})\s?(?P<unit>{UNIT_PATTERN})\s?(?:、|和|及|与)\s?$")
LIST_MEMBER_REACH = 24  # characters of one earlier member of a list of figures and its joiner (1234.56万元、)


def _list_head(text: str, vs: int, unit: str) -> int:
    """Where the list of figures in ``unit`` that the figure at ``vs`` closes starts (得分分别为82.9分、79.6分、76.5分:
    the first score's start for each of them); ``vs`` for a figure no list member stands before.  What admits a list's
    first figure (为, 达, 得分 before it) admits every later member too: they are written alike, one after another."""
    while (m := _LIST_MEMBER_BEFORE.search(text, max(0, vs - LIST_MEMBER_REACH), vs)) and m.group("unit") == unit:
        vs = m.start()
    return vs


def _score_list_item(text: str, layout, vs: int) -> bool:
    """Is the figure at ``vs`` (before 分) an item of a list of names and scores after a colon closing words that
    name scores (各县区考核得分为:东湖县95.12分、西山区93.40分)?  Each item is the score of the name before it."""
    ps = layout.part_of(vs)[0]
    colon = max(text.rfind(":", ps, vs), text.rfind("：", ps, vs))
    return colon > ps and bool(_SCORE_LIST_HEAD.search(text, max(ps, colon - 24), colon + 1)) and \
        bool(_SCORE_LIST_ITEMS.fullmatch(text, colon + 1, vs))


_TIME_CUT_TO = rx.compile(rf"(?:{alternation(zh.TIME_CUT_VERBS)})(?:到|至|在)$")
# 从原来的1小时缩短至20分钟 / 由目前40分钟压缩到15分钟: the time a cut starts from, as things now stand
# 由20个工作日压缩至5个工作日 / 从15个工作日缩短到3个: the cut right after the days it starts from
_CUT_AFTER_DAYS = rx.compile(rf"(?:{alternation(zh.TIME_CUT_VERBS)})")


# 平均办理时长2.7天,较上月缩短0.4天 / 比上年压缩1.5个工作日: a span of time named before, changed against a base by
# so much (a change of the span, a delta)
_SPAN_CHANGED = rx.compile(rf"(?:同比|环比|(?:较|比)[^,，;；。:：\d]{{1,8}}?)(?:{alternation(zh.SPAN_CHANGE_VERBS)})了?$")


def _service_days(text: str, vs: int, end: int) -> bool:
    """Whether the working days from ``vs`` to ``end`` are a time a service is cut to (审批时限压缩至3个工作日, 控制在1个
    工作日内), cut from (由20个工作日压缩至…) or takes (仅需15个工作日), as 天 is read: a figure, not a deadline (5个
    工作日内办结)."""
    return bool(_TIME_CUT_TO.search(text, max(0, vs - 6), vs) or _TIME_SPENT.search(text, max(0, vs - 3), vs) or
                _SPAN_CHANGED.search(text, max(0, vs - 14), vs) or
                _DURATION_STATED.search(text, max(0, vs - 8), vs) or
                _TIME_CUT_FROM.search(text, max(0, vs - 8), vs) and _CUT_AFTER_DAYS.match(text, end))


# 平均办理时长为2.1个工作日 / 审批周期为20天 / 等待时长平均13秒: a span of time named and stated right before its value
_DURATION_STATED = rx.compile(rf"(?:{alternation(zh.DURATION_NOUNS)})(?:平均|均|仅|只)?(?:为|是|达到|达|约|需要|需)?$")
_TIME_CUT_FROM = rx.compile(rf"(?:{alternation(zh.FROM_WORDS)})(?:{alternation(zh.TIME_CUT_FROM_NOW)})?的?$")
# 标题:… / 文件名称:… at a line's head, in a page's metadata block (索引号, 发布机构, 文号 … on the lines about it)
_FIELD_BLANKS = r"[ \t\u3000]*"  # 标  题: a label spaced out in a table
_TITLE_FIELD_LINE = rx.compile(_FIELD_BLANKS + "(?:" + "|".join(_FIELD_BLANKS.join(w) for w in zh.TITLE_FIELD_LABELS) + ")"
                               + _FIELD_BLANKS + "[:：|\t]")
_METADATA_LABEL = rx.compile(alternation(zh.METADATA_LABELS))
METADATA_BLOCK_REACH = 200  # characters either side of a title field where the block's other labels stand


def _in_title_field(text: str, vs: int) -> bool:
    """Does ``vs`` stand on the title row of a page's metadata block (标题:关于2024年实施28项民生实事的通知, 索引号 and
    发布机构 about it)?  The row names the document, as its headline does again: its figures are the body's."""
    ls = text.rfind("\n", 0, vs) + 1
    if not _TITLE_FIELD_LINE.match(text, ls, vs):
        return False
    return bool(_METADATA_LABEL.search(text, max(0, ls - METADATA_BLOCK_REACH), ls + METADATA_BLOCK_REACH))


# 一、促进就业(3项) / (二)教育提升（4项）: a numbered heading closed by the count of the items its section lists
_HEADING_ITEMS = rx.compile(rf"{ENUM}(?P<words>[^,，;；。:：\d()（）\n]{{2,20}})[(（]\s*$")
_HEADING_ITEMS_END = rx.compile(r"\s*[)）][ \t\u3000]*(?:\n|$)")


def _heading_item_count(text: str, vs: int, end: int) -> bool:
    """Is the figure the count a section's numbered heading closes with (一、促进就业(3项)): how many items follow
    under it, no figure of the place?  A heading naming a class of projects (一、基础设施项目（12项）) counts
    projects, which a list's figures are: it stays."""
    ls = text.rfind("\n", 0, vs) + 1
    m = _HEADING_ITEMS.fullmatch(text, ls, vs)
    return m is not None and bool(_HEADING_ITEMS_END.match(text, end)) and \
        not m.group("words").rstrip().endswith(zh.PROJECT_NOUNS)


# 一、经济发展(400分) / (1)空气环境质量控制目标(6分) / ①细颗粒物(PM2.5)年均值(3分):未达到年度目标值的,…扣分: a line
# naming a part of an assessment, closed by the points it weighs (before the line's end or the colon opening its rule)
_WEIGHTED_PART = rx.compile(r"[ \t\u3000]*[^,，;；。:：\n]{2,40}?[(（]\s*$")
_WEIGHTED_PART_END = rx.compile(r"\s*[)）][ \t\u3000]*(?:[:：]|\n|$)")


# 每差1个百分点扣0.25分 / 每少1家扣2分 / 每超过1天扣1分: the step of a scoring rule, the points it takes or gives after it
_SCORING_STEP = rx.compile(r"每(?:差|少|低|高|超|多|减少|增加|下降|提高|上升|降低|延迟|推迟)[于出过]?\s*$")
_SCORING_STEP_POINTS = rx.compile(r"[^,，;；。\n\d]{0,12}?[扣加减]\s*\d+(?:\.\d+)?\s*分")


# 满分为150分 / 满分100分: the most an assessment gives, its scheme's and no unit's score
# (甲镇以满分100分位列第一 / 获得满分100分: a body's score that is the full marks, a fact)
_FULL_MARKS = rx.compile(rf"(?<![以得获])(?:{alternation(zh.FULL_MARKS_WORDS)})(?:为|是|值为)?\s*$")
# 各县、丙区(共4家, / 市各部门及单位（共69家: the number of bodies a set named with 各 holds, in a bracket right after
# it (an assessment's group, its scores listed after): the size of the group compared, no count of the place
_ASSESSED_SET_SIZE = rx.compile(r"各(?:[^,，;；。:：\n()（）\d]|[(（][^,，;；。:：\n()（）\d]{1,8}[)）]){1,20}[(（]\s*共\s*$")


def _part_weight(text: str, vs: int, end: int) -> bool:
    """Is the score at ``vs`` (before 分) the weight an assessment's scheme gives the part its line names (一、经济发展
    (400分), 空气环境质量(15分))?  A weight is no fact (the gold keeps a unit's score, 甲县得分95.6分, and not its
    scheme); a name of a place or a body before the brackets (甲镇(95.6分)) is whose score it is: it stays."""
    ls = text.rfind("\n", 0, vs) + 1
    m = _WEIGHTED_PART.fullmatch(text, ls, vs)
    if m is None or not _WEIGHTED_PART_END.match(text, end):
        return False
    name = text[ls:vs].rstrip(" \t\u3000(（").rstrip()
    return not name.endswith(zh.SCORED_BODY_SUFFIXES)


# 观摩了甲园、乙园等5个项目: the sites a visit to learn from them went to, listed, then counted with 等
_VISITED_SITES = rx.compile(rf"(?:{alternation(zh.LEARNING_VISIT_ACTS)})了?[^,，;；。:：\d\n]{{1,40}}、[^,，;；。:：\d\n]{{1,40}}等(?:共)?$")


_LIST_LAST_JOINER = rx.compile(alternation(zh.LIST_LAST_JOINERS))  # built once, not per call
_SHARED_HEAD_END = rx.compile(f"(?:{alternation(zh.SHARED_HEADS)})$")
_LIST_MEASURE_END = rx.compile(f"(?:{alternation(zh.LIST_MEASURE_HEADS)})$")
_OWN_MEASURE_END = rx.compile(f"(?:{alternation(zh.OWN_MEASURE_ENDS)})$")


def _listed_items(text: str, layout: Layout, vs: int) -> int:
    """How many items the 、-list closed by 等 before ``vs`` names (教育、医疗、养老等 → 3)."""
    cs = max(layout.clause_of(vs)[0], vs - 120)
    seg = text[cs:vs]
    k = seg.rfind("等")
    if k < 0:
        return 0
    items = seg[:k].count("、") + 1
    last = seg[:k].rsplit("、", 1)[-1]
    if _LIST_LAST_JOINER.search(last):
        items += 1  # 教育、医疗和养老等3个领域: the last two joined by 和
    return items


# 第二、第三产业 / 第一、二、三产业: ordinals coordinated before the noun they all qualify (not 第一、第二名: ranks)
_ORDINALS_OF_NOUN = rx.compile(r"(?:(?:、|和|及|与)第?[一二三四五六七八九十\d]{1,2}+)++[\u4e00-\u9fff]")


_RANKED_BEFORE_BOTTOM = rx.compile(r"(?:排在|排名|排位|位列|位居|居)$")
# 名次位于该序列后三名。 / 综合得分排在全市后5位; : a bottom band closing its clause after a verb of standing in a
# ranking (the ranking's field between them) is the rank the bodies the sentence speaks of hold, no names listed after it
_STANDING_BEFORE_BOTTOM = rx.compile(rf"(?:{alternation(zh.RANK_PLACE_VERBS + zh.RANK_STAND_VERBS + zh.RANK_STAND_AT_VERBS)})"
                                     r"[^,，;；。:：\d第]{0,10}$")
# the names a bottom band holds, listed after it: (的 and the set's noun,) 是/为/: and at least two names joined by 、
_BOTTOM_LIST_AFTER = rx.compile(r"(?:的[^,，;；。:：、\n]{0,8}?)?(?:分别|依次)?(?:是|为|[:：])[:：]?\s*"
                                r"[^,，;；。:：、\n]{1,16}、")


BAND_NAME_LINE = 16  # characters of a line holding one name of a ranked band's list (一、前3名 / 甲市 / 乙市)


def _bottom_band_closing(text: str, vs: int, end: int, unit: str, before: str) -> bool:
    """Is the bottom band at ``text[vs:end]`` (后三名, its 名 or 位 written) one closing its clause after a verb of
    standing in a ranking (位于该序列中后三名。)?  后 is then no word of its own (落后, 之后: a move, a time)."""
    nxt = text[end:end + 1]
    return unit in ("名", "位") and (not nxt or nxt in ",，;；。\n") and \
        text[vs - 2:vs - 1] not in ("落", "之", "滞", "其", "以", "最") and \
        bool(_STANDING_BEFORE_BOTTOM.search(before))


def _band_heading(text: str, vs: int, end: int) -> bool:
    """Does a top band close a numbered heading line (一、设区市前3名, the names it holds listed on the lines below,
    as 前3名: does before them on one line)?  Only the ranked set's scope stands between the number and the band."""
    ls = text.rfind("\n", 0, vs) + 1
    le = text.find("\n", end)
    if le < 0 or text[end:le].strip():
        return False
    label = _ENUM_LABEL.match(text[ls:vs])
    if label is None or vs - ls - label.end() > HEADING_MAX:
        return False
    ne = text.find("\n", le + 1)
    names = text[le + 1:ne if ne >= 0 else len(text)].strip()
    # (三、力争进入全省前10名 over a paragraph of work is a goal, no band over a list of names)
    return bool(names) and ("、" in names or len(names) <= BAND_NAME_LINE) and not re.search(r"[。；;，,]", names)


# 第一至第三名：甲县、乙县、丙县 / 第1-5名: a band written from the first place to the last, the top band as 前三名
# writes it (a band from a later place, 第四至第六名, is no top band: no rank of anyone)
# (…获得第二名和第三名: the places won listed after the verb, 名 written with each)
_RANK_WON_END = rx.compile(rf"(?:{alternation(zh.RANK_WON_VERBS)})了?(?:第[\d一二三四五六七八九十]{{1,3}}名[、和及与])*$")
_BAND_FROM_FIRST = rx.compile(r"第\s*[一1]\s*(?:至|到|—|－|-|~|～)\s*$")
# 居第4位至第7位 / 排在第11至15名 / 排名第4-10名: places from a later one to another, a span of ranks: its first place is
# the least any body in it holds (>=), its last the most (<=), as 增长3%-5% bounds a rate both ways
_SPAN_FROM = rx.compile(r"第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[名位]?\s*(?:至|到|—|－|-|~|～)\s*$")
_SPAN_TO_AFTER = rx.compile(r"\s*(?:至|到)\s*第")
# (排在第一位的为牵头单位 / 排名第1为牵头单位): the first place of a list of units read as its lead, no rank
_CRITERION_PEOPLE = rx.compile(rf"[^,，;；。:：\n]{{0,30}}?的[^,，;；。:：\n的]{{0,8}}?(?:{alternation(zh.RANK_CRITERION_PEOPLE)})"
                               r"(?!\s*(?:分别|依次)?(?:为|是|[:：]|有|包括))")
_CRITERION_BODIES = rx.compile(rf"[^,，;；。:：\n]{{0,30}}?的[^,，;；。:：\n的]{{0,8}}?(?:{alternation(zh.RANK_CRITERION_BODIES)})"
                               r"(?!\s*(?:分别|依次)?(?:为|是|[:：]|有|包括))")
_CRITERION_GRANT = rx.compile(rf"\s*(?:{alternation(zh.RANK_CRITERION_GRANTS)})")
_CRITERION_LEAD = rx.compile(rf"\s*(?:{alternation(zh.RANK_CRITERION_LEADS)})")


def _band_criterion(text: str, cs: int, end: int) -> bool:
    """成绩前50的选手 / 对…前5名的乡镇给予80万元奖补: a band of top places qualifying a class of holders for what
    a policy grants (zh.RANK_CRITERION_*), no rank held; a band heading the list of who holds it (排名前三的乡镇为:…)
    or a body's own standing stays one."""
    if _CRITERION_PEOPLE.match(text, end):
        return True
    m = _CRITERION_BODIES.match(text, end)
    return m is not None and (bool(_CRITERION_LEAD.match(text, cs)) or bool(_CRITERION_GRANT.match(text, m.end())))


_LISTED_FIRST_LEADS = rx.compile(rf"\s*(?:的)?\s*(?:单位|部门)?\s*(?:为|是)\s*(?:{alternation(zh.LISTED_FIRST_ROLES)})")


_BRACKET_AFTER_NAME = rx.compile(r"[\u4e00-\u9fff][(（]$")
_RANK_NOUN = rx.compile(alternation(zh.RANK_NOUNS))
_RANK_SENTENCE_REACH = 60  # characters read back for the ranking a bracketed place is in


def _bracketed_place(text: str, vs: int, end: int) -> bool:
    """甲县(75位)、乙县(80位) in a sentence of a ranking (排名后十位的有…, zh.RANK_NOUNS): the figure alone in brackets
    after a name is the name's place in the ranking, 位 its counter, no number of people."""
    if not _BRACKET_AFTER_NAME.search(text, max(0, vs - 2), vs) or not text.startswith((")", "）"), end):
        return False
    lo = max(0, vs - _RANK_SENTENCE_REACH)
    lo = max(text.rfind(ch, lo, vs) for ch in "。;；\n") + 1 or lo
    return bool(_RANK_NOUN.search(text, lo, vs))


def _rank_span(text: str, layout: Layout, m: re.Match, value: float, chinese: bool) -> list[Cand]:
    """排名第4-10名 / 居第11至15位, written as one figure with its range: the span's bounds, the first place (>=) and the
    last (<=); a span from the first place (第1-5名) is the top band (前5名), its last place alone (<=).  [] when no
    ranking is spoken of before it, or the bounds are no places (第2-1, 第3.5)."""
    v2 = parse_number(m.group("num2"))
    unit = m.group("unit") or ""
    if m.group("mag") or unit not in ("", "名", "位") or v2 is None or not (0 < value < v2 <= 500) or \
            value != int(value) or v2 != int(v2):
        return []
    end = m.end()
    if end < len(text) and _ONE_HAN.match(text[end]) and text[end] != "的":
        return []  # 第1-3季度, 第2-3批: ordinals of another thing
    vs = m.start("num")
    if not RANK_CONTEXT.search(text, _comma_clause_start(text, layout, vs), vs - 1):
        return []
    hi = Cand(m.start("num2"), m.end("num2"), v2, unit, end, measure="rank", rank=True, comparator="<=",
              cmp_fixed=True, chinese=chinese)
    hi.extra["pair_first"] = vs  # (what the last place ranks is named before the first: 综合排名第4-10名)
    if value == 1:
        return [hi]
    lo = Cand(vs, m.end("num"), value, unit, end, measure="rank", rank=True, comparator=">=", cmp_fixed=True,
              chinese=chinese)
    hi.extra["range_of"] = lo
    lo.extra["range"] = hi.extra["range"] = True
    return [lo, hi]


def _rank(text: str, layout: Layout, m: re.Match, value: float, prev: str, chinese: bool,
          named: bool = False) -> Cand | None:
    vs, ve = m.start("num"), m.end("num")
    band = _BAND_FROM_FIRST.search(text, max(0, vs - 8), vs - 1) if prev == "第" else None
    if band is not None:
        prev = "前"  # 第一至第三名: the top three places
    unit = m.group("unit") or ""
    if unit in WEAK_UNITS and not m.group("mag") and RANK_TIER.match(text, ve):
        unit = ""  # 第一方阵: a weak unit's character after the ordinal opens the tier's word (方阵), no unit
    if m.group("mag") or m.group("rsep") or unit not in ("", "名", "位"):
        return None
    end = ve + len(unit)
    if prev == "第" and value == 1 and _LISTED_FIRST_LEADS.match(text, end):
        return None  # 排在第一位的为牵头单位: how a task's list of units is read, no body's rank
    nxt = text[end] if end < len(text) else ""
    top = prev == "前" and nxt in zh.RANK_TOP_WORDS and not unit  # 前20强 / 前三甲
    if top:
        end += 1
        nxt = text[end] if end < len(text) else ""
    if nxt and _ONE_HAN.match(nxt) and nxt not in "的" and not named and \
            not (nxt in "和及与" and text.startswith("第", end + 1)) and \
            not (prev == "第" and value > 1 and _SPAN_TO_AFTER.match(text, end)) and \
            not (prev == "第" and (RANK_TIER.match(text, end) or RANK_MOVE.match(text, end))) and \
            not (prev in ("前",) + zh.RANK_BOTTOM_BEFORE and RANK_SET_AFTER.match(text, end)):
        return None  # 第十一届, 第三场, 第二个; but 第一方阵 / 第一等次 (a tier), 第五提升到第三 (a move)
    if value <= 0 or value > 500 or value != int(value):
        return None
    span_from = prev == "第" and band is None and value > 1 and bool(_SPAN_TO_AFTER.match(text, end))
    span_to = prev == "第" and band is None and bool(_SPAN_FROM.search(text, max(0, vs - 10), vs - 1))
    if prev == "第" and (oc := _ORDINALS_OF_NOUN.match(text, end)) and text[oc.end() - 1] not in zh.RANK_UNITS_AFTER \
            and not RANK_TIER.match(text, oc.end() - 1):
        return None  # 全市第二、第三产业投资: the first ordinal of a coordination the noun after the last one closes
    cs = _comma_clause_start(text, layout, vs)  # 居各省、区第一: 、 joins the scope
    before = text[cs:vs - 1]
    held_by_set = listed_after = False
    bottom = prev in zh.RANK_BOTTOM_BEFORE
    closing = bottom and _bottom_band_closing(text, vs, end, unit, before)
    if bottom and not closing and not (RANK_SET_AFTER.match(text, end) and
                                       (unit or _RANKED_BEFORE_BOTTOM.search(text, 0, vs - 1)) and
                                       _BOTTOM_LIST_AFTER.match(text, end)):
        # (后3年, 小数点后两位的结果为准: no band of a ranking list, whose names follow it; 排在后10的… is one without 名)
        return None
    if prev == "前" and _band_criterion(text, cs, end):
        return None  # 对…前3名的县(市、区)给予奖励 / 成绩前50的选手: who a policy qualifies, no rank
    if (prev == "前" or bottom) and RANK_SET_AFTER.match(text, end) or prev == "前" and _band_heading(text, vs, end):
        # 综合考评前5名：甲县、乙县… / 排名前五的单位为:… / 前十名分别是…: the top places of a list named after them; the
        # heading's band is a rank held by the listed set (one fact, no single place's), its 名/位 (or 强) naming it a
        # rank even without a verb of ranking before it
        if not (unit or top or RANK_CONTEXT.search(before)):
            return None
        held_by_set = listed_after = True
        # 后三位是…: the band at the bottom of the same ranking (counted from its end), a rank the set holds as well
    if prev == "前" and value >= 2:
        items = re.split(r"[、和及与]", before)
        if len(items) == value and all(x.strip() and x.strip()[-1] in _BODY_END for x in items[:-1]):
            held_by_set = True  # 住建局、城管局和交通局位居前三: the set of the top places, nobody's own rank
    # (第一等次:岚溪县、东坡县, a grade labelling the names listed after it, is a heading of the list: no rank of anyone)
    won = unit == "名" and bool(_RANK_WON_END.search(before))  # 分别获得第二名和第三名: places won, no body named
    awarded = prev == "第" and bool(RANK_TIER.match(text, end)) and bool(_TIER_AWARDED.search(before))
    if not RANK_CONTEXT.search(before) and not RANK_MOVE.search(before[-8:]) and not top and not named and not won \
            and not listed_after and not closing and not awarded:
        return None
    if re.search(r"放在$|摆在$", before):
        return None
    c = Cand(vs, ve, value, unit, end, measure="rank", rank=True, chinese=chinese)
    if held_by_set:
        c.extra["held_by_set"] = True
        if band is not None:
            c.extra["band_first"] = band.start()  # (the field is named before the band's first place)
    if prev == "前" or bottom or span_to:
        c.comparator = "<="
        c.cmp_fixed = True
    elif span_from:
        c.comparator = ">="  # 居第4位至第7位: the first place of a span of ranks, the least any body in it holds
        c.cmp_fixed = True
    if bottom or prev == "前" and held_by_set and text[max(0, vs - 3):vs - 1] == "倒数":
        c.extra["from_end"] = True  # (倒数前三名是…: the same band, written with 倒数)
    return c


# --------------------------------------------------------------------------- typing

_STEP_UP_VERB = rx.compile(r"迈上|跨越|跃上|站上")


def _comparator(text: str, c: Cand, cs: int, ce: int) -> str:
    if c.cmp_fixed:
        return c.comparator
    if c.approx in ("多", "余"):
        return ">"
    if c.approx == "来":
        return "~"
    after = text[c.mend:min(ce, c.mend + 4)]
    for rx, op in CMP_AFTER:
        if rx.match(after):
            return op
    before = FILLER.sub("", text[cs:c.vs].rstrip())
    for rx, op in CMP_BEFORE:
        if rx.search(before) and not (op == "~" and before.endswith(zh.NOT_APPROX_WORDS)):
            if before.endswith(zh.KEPT_AT_VERBS):
                c.extra["kept_at"] = True  # (_kept_levels: reported, the level kept at is the value)
            return op
    if before.endswith("的"):
        for rx, op in CMP_BEFORE_PLAN:
            if rx.search(before):
                return op
    if _STEP_UP_VERB.search(text[cs:c.vs]) and re.match(r"[^,;。]{0,4}(?:台阶|大关)", text[c.mend:ce]):
        return ">="
    for rx_, op in _BOUND_OVER_VERB:
        if rx_.search(before):
            return op
    return "="


# 至少新建食堂15个: the bound before the verb phrase the figure closes (no figure, clause mark or list mark between)
_BOUND_OVER_VERB = [(rx.compile(rf"(?:{alternation(words)})[^\d,，;；。、:：\s]{{1,12}}$"), op)
                    for op, words in zh.BOUND_OVER_VERB_WORDS.items()]


# 增速 / 增长率 / 增长目标均为8%以上 (a growth's target named before it): the value is a rate of change
_STANDING_RATE = rx.compile(rf"(?:{alternation(zh.STANDING_GROWTH_RATES)})(?:为|是|达到|达)?\s*[-−－]?$")
_DONE_RATE_BEFORE = rx.compile(rf"(?:{alternation(zh.PROGRESS_RATE_WORDS)})(?:为|是|达到|达)?\s*$")
_RATE_NAMED = rx.compile(r"增速|增幅|增长率|涨幅|降幅|减幅|跌幅|增长(?:预期)?目标")
_BEFORE_APPROX = rx.compile(r"(?:超过|超|突破|约|近|达到|达|不少于|不低于|至少)$")
# 地区生产总值(6.8%)、规模以上工业增加值(10.2%): a per cent alone in brackets after the name of an amount is how much
# the amount grew (an amount is no proportion; 占 or 比重 would name a share)
_AMOUNT_ASIDE = rx.compile(rf"(?:{alternation(zh.AMOUNT_NOUNS)})[(（]$")
# 增速高于乙市(-0.5%)、丙市(1.2%),低于全国(4.6%): the bracketed figures of the places a rate of change is compared with
# are those places' rates of change, whatever their sign
_RATE_COMPARED_HEAD = rx.compile(rf"(?:{alternation(zh.RATE_CHANGE_NOUNS)})[^。;；\n\d]{{0,8}}?"
                                 rf"(?:{alternation(zh.BASE_DEGREE_VERBS)})")
_BRACKETED_RATE = rx.compile(r"[(（][-−－+＋]?\d+(?:\.\d+)?\s*[%％][)）]")
_DIGIT_OR_BRACKET = rx.compile(r"[\d()（）]")
# (三次产业增加值结构为第一产业增加值(8.1%)、…: the clause names the shares it lists)
_SHARE_CONTEXT = rx.compile(r"占|比重|权重|结构|比例|构成")
_ASIDE_REACH = 120  # characters read back for the rate compared, over the run of places before the value
_PACE_GAP = rx.compile(rf"(?:{alternation(zh.PACE_GAP_VERBS)})(?:{alternation(zh.PACE_BASES)})$")
_YOY_CHANGE_END = rx.compile(r"(?:同比|环比)(?:增加|减少|多|少|净增加|净增)$")
_GROWTH_AFTER = rx.compile(rf"\s*(?:(?:左右|以上)的?|的)(?:{alternation(zh.GROWTH_MANNERS)})?(?:增长|增幅|增速|涨幅|降幅|下降)")
# 汽车产量达325万辆 / 手机销量突破1.2亿部: an output or a sale counted in its pieces is an amount made or sold in a
# time (a flow), no number of things that stand (企业120家)
_OUTPUT_FLOW_BEFORE = rx.compile(rf"(?:{alternation(zh.OUTPUT_FLOW_NOUNS)})(?:为|是|达到|达|突破|超过|超|完成|实现)?$")
# 恢复到2019年同期的108% / 恢复至2019年水平的97%: a level regained, as a multiple of the base year's (为2019年的85%, with
# no verb of recovery, names a proportion: a share)
_YEAR_PROPORTION = rx.compile(rf"(?:{alternation(zh.RECOVERY_VERBS)})(?:到|至)?\s?(?:19|20)\d\d\s?年(?:同期)?(?:水平)?的\s*$")


def _counted_right_after(text: str, end: int) -> bool:
    """Whether a count (51个, 12家) follows right after ``end``, past a bound word and 的 at most (以上的9个): what
    comes before it, with no noun between, is the label of the class counted (5-10亿元51个, 5亿元至10亿元的21个,
    10亿元以上的9个), its noun left to the sibling before it, no figure of its own.  (For a band or bound only:
    总投资50亿元的12个项目 is the size of the 12.)"""
    bm = _AND_BOUND.match(text, end)
    k = bm.end() if bm else end
    k += text.startswith("的", k)
    m = VALUE_RE.match(text, k)
    return m is not None and bool(m.group("unit")) and unit_class((m.group("mag") or "") + m.group("unit")) == "count"


_PEOPLE_MEASURE = rx.compile(r"人口|人数|户数|人次")


_TO_END = rx.compile(r"(?:到|至)$")


_SHARE_CHAR = rx.compile(r"占")


_SHARE_WORD = rx.compile(r"占|比重|权重")


def _aside_run_start(text: str, vs: int) -> int:
    """Where the sentence part holding a bracketed figure begins (its 。, ; or line break, at most ``_ASIDE_REACH``
    characters back): a run of bracketed members (第一产业增加值(8.1%)、第二产业增加值(40.2%)) is split into clauses at
    its 、, and what names them all stands before the first."""
    lo = max(0, vs - _ASIDE_REACH)
    return max(text.rfind(ch, lo, vs) for ch in "。;；\n") + 1 or lo


def _rate_compared_aside(text: str, vs: int) -> bool:
    """增速高于乙市(-0.5%)、丙市(1.2%),低于全国(4.6%): whether the bracket opened right before ``vs`` follows, in its
    sentence part, a rate of change compared (增速高于) and only names and bracketed rates after it."""
    if vs < 1 or text[vs - 1] not in "(（":
        return False
    lo = _aside_run_start(text, vs)
    head = None
    for head in _RATE_COMPARED_HEAD.finditer(text, lo, vs - 1):
        pass
    if head is None:
        return False
    rest = _BRACKETED_RATE.sub("", text[head.end():vs - 1])
    return bool(rest) and not _DIGIT_OR_BRACKET.search(rest)


def _measure(text: str, c: Cand, cs: int) -> str:
    if c.measure:
        return c.measure
    vs = _remark_start(text, cs, c.vs)  # (同比增长(下同)7.2%: the verb before the remark states the measure)
    before = FILLER.sub("", text[cs:vs].rstrip())
    before = _BEFORE_APPROX.sub("", before)
    before = FILLER.sub("", before)
    cls = unit_class(c.unit)
    if c.unit in ("天", SERVICE_DAY_UNIT) and "天数" not in text[max(0, c.vs - 12):c.vs]:
        if _SPAN_CHANGED.search(text, max(0, c.vs - 14), c.vs):
            return "delta"  # 较上月缩短0.4天: how far the span moved against its base
        return "level"  # 审批时限压缩至3天 / 平均办理时长为2个工作日: a span of time, an amount (天数: days counted)
    if cls == "points":
        if PULL_VERB.search(text[max(cs, vs - 28):vs]):
            return "growth"
        return "delta"
    if cls == "multiple":
        return "growth"
    if cls == "percent":
        if _PACE_GAP.search(before):
            return "delta"  # 超序时进度4.2%: the gap to the calendar's pace, two rates' difference
        if _STANDING_RATE.search(text, max(cs, vs - 12), vs):
            return "share"  # 人口自然增长率为3.7‰: a rate that stands, whatever its sign
        if _DONE_RATE_BEFORE.search(text, max(cs, vs - 8), vs):
            return "share"  # 增速完成率100%: how much of a growth target was done is a share, no growth
        if text[c.mend:c.mend + 1] in (")", "）") and (
                _AMOUNT_ASIDE.search(text, max(cs, vs - 12), vs) and
                not _SHARE_CONTEXT.search(text, _aside_run_start(text, vs), vs) or
                _rate_compared_aside(text, vs)):
            return "growth"  # 地区生产总值(6.8%) / 增速高于乙市(-0.5%)、丙市(1.2%): an amount's or a compared place's rate
        if c.value < 0 or c.extra.get("signed_aside"):
            return "growth"  # 同比为-3.4%: a share is never below zero; 基础设施投资(+5.2%): a sign says a change
        if _SIGNED_RATE.search(text, max(cs, c.vs - 2), c.vs + 1) or _BASE_RATE.search(text, max(cs, vs - 10), vs):
            return "growth"  # 综合能耗-3.3% / 同比+12.8% / 增加值同比11.4%: a signed rate, a rate against a base
        if _GROWTH_AFTER.match(text, c.mend, c.mend + 10):
            return "growth"  # 实现1.5%的正增长 / 保持35%以上的高增速 / 实现⏎8%⏎的快速增长 (a line break in a laid-out page)
        if _YEAR_PROPORTION.search(text, max(cs, vs - 16), vs):
            return "growth"  # 恢复到2019年的108%: what a level is as a multiple of a base year's, as 是2015年的1.6倍
        if GROWTH_VERB.search(before) and not _TO_END.search(before):
            return "growth"  # (a rate moved to a value, 降至0.12% / 提高到60%, states where it stands)
        if _RATE_NAMED.search(text[max(cs, vs - 10):vs]) and not _SHARE_CHAR.search(before[-6:]):
            return "growth"
        if PRICE_INDEX.search(before) and not _SHARE_WORD.search(before):
            return "growth"  # 居民消费价格指数控制在3.5%以内: the index's rise
        base = _BASE_OF_RATE.search(text, max(0, vs - 40), vs)
        if base is not None:
            ss = max(text.rfind(ch, max(0, base.start() - 200), base.start()) for ch in "。;；\n") + 1
            if _GROWTH_RATE_STATED.search(text, ss, base.start()):
                return "growth"  # 增长6.5%,高于1—2月的2.7%: the growth of the span compared with
        if COEFFICIENT_NAMED.search(text, max(cs, vs - 6), vs):
            return "level"  # 恩格尔系数为29.3%: the coefficient's own value
        if _rate_topic_list(text, vs):
            return "growth"  # 从三次产业增速看,…分别为3.1%、5.2%和6.0%
        if _GOAL_ONLY.fullmatch(before) and _GROWTH_VALUE_BEFORE.search(text, max(0, cs - 24), cs):
            return "growth"  # 增长7%以上、力争达到8%: the higher goal of the same rate, its verb written once
        return "share"
    if cls == "count":
        if DELTA_CNT_VERB.search(before) or _rank_step(text, c.vs, c.mend, c.unit) or _CHANGE_FROM_BASE.search(before) or \
                _YOY_CHANGE_END.search(before) or _EXCEEDED_PLAN.search(before):
            return "delta"  # 比上年增加5个 / 同比增加6个: a change of the count just stated
        if _OUTPUT_FLOW_BEFORE.search(before):
            return "level"  # 汽车产量达325万辆: the amount made, in its pieces
        return "count"
    if cls == "none" and _COUNT_NOUN_END.search(text, max(0, vs - 40), vs):
        return "count"  # 项目数分别为12、9、7: a count without its unit written
    if cls == "none" and c.extra.get("bare_list") and _RANK_NOUN_LIST.search(text, max(0, vs - 40), vs):
        return "rank"  # 位次依次是8、8、10: places in a ranking, written bare
    if cls == "none" and c.extra.get("bare_list") and float(c.value).is_integer() and \
            not _AMOUNT_NOUN_BEFORE.search(text, max(0, vs - 40), vs):
        return "count"  # 竣工较多的是A、B、C,分别为12、9、7: whole figures spread over places count what they did
    if cls in ("level", "magnitude", "none"):
        if DELTA_VERB.search(before) and cls != "none":
            return "delta"  # 合计增收2.5亿元 / 减收5.5亿元: an absolute change
        if cls != "none" and (ADJUSTED_BY.search(before) or
                              c.unit.endswith(zh.AREA_UNITS) and AREA_CHANGED_BY.search(before)):
            return "delta"  # 调减玉米20万亩 / 增加大豆15万亩: an area or amount moved by so much
        if _CHANGE_FROM_BASE.search(before) and not before.endswith(("多", "少")):
            return "delta"
        if cls != "none" and _EXCEEDED_PLAN.search(before):
            return "delta"  # 超任务12元 / 超额完成年度计划3亿元: by how much the plan was passed
        if GROWTH_VERB.search(before) and cls == "level" and not _CHANGED_TO.search(before):
            return "delta"  # 年均增长1万元: an absolute change (提升至8万元 names the level reached)
        if cls == "magnitude" and _PEOPLE_MEASURE.search(before):
            return "count"
        return "level"
    return "level"



# 增长7%以上、力争达到8% / 增长6%左右,争取7%: a second value after a growth value whose clause says only that it is aimed
# at (a modal, then at most a verb of reaching) measures the same rate: it names nothing that could be a share
_GOAL_ONLY = rx.compile(rf"(?:{alternation(zh.PREDICATE_MODALS)})+(?:{alternation(zh.REACH_VERBS)})?")
_GROWTH_VALUE_BEFORE = rx.compile(rf"(?:{alternation(zh.GROWTH_VERBS)})[^,，;；。、\d]{{0,6}}\d+(?:\.\d+)?\s*[%％]"
                                  r"(?:以上|左右|以内|上下)?\s*[、,，]\s*$")


# 同比增长(下同)7.2% / 增长(按可比价格计算)6.1%: a remark in brackets between a verb and its value
_REMARK_BEFORE = rx.compile(r"[(（][^()（）\d%％,，;；。]{1,12}[)）]\s*$")


def _remark_start(text: str, cs: int, vs: int) -> int:
    """Where a bracketed remark written right before the value (下同, 按可比价格计算, 现价) begins, else ``vs``: the
    remark says how the figure is read or that later figures are read alike; what measures the value is the verb
    before it, as if the remark were not written."""
    m = _REMARK_BEFORE.search(text, max(cs, vs - 16), vs)
    return m.start() if m else vs

_LIST_TOPIC = rx.compile(rf"(?P<rate>{alternation(zh.RATE_CHANGE_NOUNS)})|"
                         rf"(?:{alternation(zh.LIST_SHARE_TOPICS)})|(?<!增长)率")
_COPULA_LIST = rx.compile(rf"(?:{alternation(zh.RATE_LIST_COPULAS)})\s*(?:[-−－]?\d+(?:\.\d+)?\s*[%％]\s*(?:、|和|及|与|,|，)\s*)*$")


def _rate_topic_list(text: str, vs: int) -> bool:
    """Is the value a member of a 分别 list of per cents after a bare copula (分别为3.1%、5.2%和6.0%) whose sentence
    named a rate of change before it (从三次产业增速看 / 三次产业增加值增速均有提升,…), no share's word nearer?  The list
    names no measure of its own: the sentence's topic does, however far before."""
    ss = max(text.rfind(ch, max(0, vs - LIST_TOPIC_REACH), vs) for ch in "。;；\n!?！？") + 1
    at = text.rfind("分别", ss, vs)
    if at < 0 or not _COPULA_LIST.match(text, at, vs):
        return False
    last = None
    for last in _LIST_TOPIC.finditer(text, ss, at):
        pass
    return last is not None and last.group("rate") is not None


LIST_TOPIC_REACH = 200  # characters a 分别 list's sentence is read back for the rate it is of


# 提升至 / 增加到 / 提高到: the verb of a change followed by the level it reached
_CHANGED_TO = rx.compile(rf"(?:{alternation(zh.GROWTH_VERBS)})了?(?:{alternation(zh.CHANGE_TO[:2])})$")
_COUNT_NOUN_END = rx.compile(rf"(?:{alternation(zh.COUNT_NOUN_ENDS)})(?:{alternation(zh.BARE_LIST_OPENERS)})[:：]?\s*"
                             rf"(?:\d+(?:\.\d+)?\s*[、和]\s*)*$")
_RANK_NOUN_LIST = rx.compile(rf"(?:{alternation(zh.RANK_NOUNS)})(?:依次|分别)?(?:是|为)[:：]?\s*(?:\d+\s*[、和]\s*)*$")
_BARE_FIGURE = r"\d+(?:\.\d+)?"
# …unless the words before the list name an amount, a rate or a score (投资分别为12、9、7 is money whose unit is unsaid)
_AMOUNT_NOUN_BEFORE = rx.compile(rf"(?:{alternation(zh.BARE_AMOUNT_NOUNS + zh.STAT_WORDS)})[^,，;；。\n]{{0,6}}?"
                                 rf"(?:{alternation(zh.BARE_LIST_OPENERS)})[:：]?\s*(?:\d+(?:\.\d+)?\s*[、和]\s*)*$")
_BARE_LIST_HEAD = rx.compile(rf"(?:{alternation(zh.BARE_LIST_OPENERS)})[:：]?\s*(?:{_BARE_FIGURE}\s*[、和]\s*)*$")
_BARE_LIST_NEXT = rx.compile(rf"\s*[、和]\s*{_BARE_FIGURE}")
_BARE_LIST_END = rx.compile(r"\s*(?:[,，;；。)）\n]|$)")


def _bare_list_member(text: str, vs: int, end: int) -> bool:
    """Whether the figure ``text[vs:end]`` (no unit written) is a member of a list of two or more bare figures opened
    by 分别为/依次为 (项目数分别为12、9、7 / 分别为12、9、7): the words before the list name what each measures; the
    list ends at punctuation (a unit after its last figure is the whole list's: 12、9、7个 is read with its unit)."""
    head = _BARE_LIST_HEAD.search(text, max(0, vs - 40), vs)
    if head is None:
        return False
    k = end
    while True:
        m = _BARE_LIST_NEXT.match(text, k)
        if m is None:
            break
        k = m.end()
    members = len(re.findall(_BARE_FIGURE, text[head.start():vs])) + 1 + (k > end) * len(re.findall(_BARE_FIGURE, text[end:k]))
    return members >= 2 and bool(_BARE_LIST_END.match(text, k))


# 比上年增加5个 / 较去年增加159个 / 较上月多12家: a change from a base, not the count or amount itself
_RANK_STEP = rx.compile(rf"(?:{alternation(zh.RANK_STEP_VERBS)})了?$")


def _rank_step(text: str, vs: int, end: int, unit: str) -> bool:
    """较上年再进两位 / 前移3个位次 / 下降五位: places a rank moved by, a change of the rank (delta)."""
    if unit not in ("位", "名") and not (unit == "个" and text.startswith("位次", end)):
        return False
    return bool(_RANK_STEP.search(text, max(0, vs - 4), vs))


# 起 counts events: accidents, cases, fires (发生事故3起, 1起较大火灾)
_EVENT_NOUN = rx.compile(alternation(zh.COUNTED_EVENTS))
_CASE_DISPOSED = rx.compile(rf"(?:{alternation(zh.CASE_DISPOSAL_VERBS)})[\u4e00-\u9fff]{{0,6}}$")
# 六类25个 / 3类12项: a count of items right after the classes they are sorted into (the classes are counted too)
_CLASSES_THEN_COUNT = rx.compile(rf"(?:{ARABIC}|{CHINESE})(?:多|余)?(?:个|项|件|条|处|家|批|宗|起|种)")
_EVENT_OCCURS = rx.compile(rf"(?:{alternation(zh.EVENT_OCCUR_VERBS)})了?$")
_CASUALTY_BEFORE = rx.compile(rf"(?:{alternation(zh.CASUALTY_VERBS)})$")
_CASUALTY_LEAD = rx.compile(rf"(?:{alternation(zh.CASUALTY_LEADS)})$")
_CASUALTY_AFTER = rx.compile(rf"(?:{alternation(zh.CASUALTY_VERBS)})")


_NUMERAL_RUN = rx.compile(r"[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*[万亿]"
                          r"(?:[零〇一二两三四五六七八九十百千]+[万亿])?$")


def _numeral_run_start(text: str, vs: int) -> int:
    """Where a numeral in words that ``vs`` continues after its 万 or 亿 begins (二万二千元, 一亿三千万): the value
    pattern stops at the magnitude, which it reads as the unit's, so the part after it would stand alone; ``vs`` when
    no such run ends there."""
    m = _NUMERAL_RUN.search(text, max(0, vs - 12), vs)
    return m.start() if m else vs


# a figure and its unit, the rest of its item, and the 、 / 和 / 及 joining the next item (1个县级宣讲团、)
# (先进集体两个、先进个人25名: the noun before the count as often as after it)
_FIGURE_ITEM_BEFORE = rx.compile(rf"\d(?:{MAG_PATTERN})?(?:多|余)?(?:{UNIT_PATTERN})[\u4e00-\u9fff]{{0,8}}(?:、|和|及)"
                                 rf"[\u4e00-\u9fff]{{0,6}}$")
_FIGURE_ITEM_AFTER = rx.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:、|和|及)[\u4e00-\u9fff]{{0,6}}?\d+(?:\.\d+)?(?:{MAG_PATTERN})?"
                                rf"(?:多|余)?(?:{UNIT_PATTERN})")


def _among_figures(text: str, vs: int, end: int) -> bool:
    """Whether a count in words at ``vs..end`` is an item of a list whose neighbour items are counts in figures
    (1个县级宣讲团、两个特色宣讲团和17个辅导团): official writing spells a count under ten out in words beside figures,
    and it is a figure as they are (the caller takes one digit only: 十项民生工程及20件民生实事 names a programme);
    alone, 两个维护 or 三项制度 names a programme too."""
    return bool(_FIGURE_ITEM_BEFORE.search(text, max(0, vs - 24), vs) or _FIGURE_ITEM_AFTER.match(text, end))


def _place_value_numeral(num: str) -> bool:
    """Whether a numeral in words is written with a place (十, 百, 千) and at least two characters (十二, 三十, 三百,
    两千): the way a sum or a count is spelt out (三百余人, 过两千亿元, 十二批次), where the language's fixed expressions
    with a numeral (一批, 两新, 三农, 四个意识) use one digit alone and a year's digits (二〇二四) no place at all."""
    return len(num) >= 2 and any(c in "十百千" for c in num)


_MEETING_ORDINAL_NEXT = rx.compile(alternation(zh.MEETING_ORDINAL_NEXT))


def _meeting_ordinal(text: str, vs: int, end: int, unit: str) -> bool:
    """Whether ``N次`` at ``vs..end`` numbers a session (市委七届十三次全会, 十二届十一、十二次全会): the congress's 届
    written just before it in the clause, or a plenary named right after it. Official writing drops the 第 of these
    ordinals, so the numeral in words reads like a count of meetings."""
    if unit != "次":
        return False
    return "届" in text[clause_start(text, vs, back=8):vs] or bool(_MEETING_ORDINAL_NEXT.match(text, end))


def _casualty_count(text: str, vs: int, end: int, unit: str) -> bool:
    """Whether a count of people at ``vs..end`` is the casualties of an accident: right after the verb (死亡三人,
    受伤两人), or after 致 / 造成 with the verb right after its 人 (致两人死亡). A safety notice writes these small counts
    in words; they are its figures, as 死亡3人 is."""
    if unit not in zh.PERSON_UNITS:
        return False
    before = text[max(0, vs - 3):vs]
    return bool(_CASUALTY_BEFORE.search(before) or
                _CASUALTY_LEAD.search(before) and _CASUALTY_AFTER.match(text, end))
_EVENT_NOUN_AFTER = rx.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{alternation(zh.COUNTED_EVENTS)})")
# a rate with its sign written after a noun or a base (综合能耗-3.3%, 同比+12.8%), never a range's dash (20-30%)
_SIGNED_RATE = rx.compile(r"[\u4e00-\u9fff][-−－+＋]\d$")
# 工业投资(-11.4%)、基础设施投资(+5.2%): a bracket holding nothing but a signed rate
_SIGNED_ASIDE = rx.compile(r"[\u4e00-\u9fff][(（][-−－+＋]$")


def _signed_aside(text: str, vs: int, m: re.Match) -> bool:
    """True when the figure at ``vs`` is a rate or a change in points alone in brackets with its sign written before
    it (工业投资(-11.4%), 民间投资(+3.0%)): no verb says which way it went, so the sign is the figure's as written, as a
    table's cell keeps it (SCHEMA: 下降8.0% is 8.0 because 下降 says it)."""
    unit = m.group("unit") or ""
    if m.group("num2") or not (unit.endswith(("%", "‰")) or unit in SIGNED_UNITS):
        return False
    return bool(_SIGNED_ASIDE.search(text, max(0, vs - 3), vs)) and text[m.end():m.end() + 1] in ")）"
_BASE_RATE = rx.compile(rf"(?:{alternation(zh.GROWTH_BASES)})(?:为|是)?[-−－+＋]?$")
# 高于1—2月的2.7% / 相比一季度2.0%、4.4%: a rate written as the base of a comparison (and the series items after it)
_BASE_OF_RATE = rx.compile(rf"(?:{alternation(zh.BASE_COMPARE_WORDS)})\s*{zh.BASE_TIME_PATTERN}\s*(?:的|为)?\s*"
                           rf"(?:[-−]?\d+(?:\.\d+)?\s*%?\s*[、,，和及]\s*(?:{zh.BASE_TIME_PATTERN}\s*(?:的|为)?\s*)?)*$")
# 增长6.5% / 分别增长3.1%、5.2% / 增速为5.6%: the sentence states a growth rate before the base compared with
_GROWTH_RATE_STATED = rx.compile(rf"(?:{alternation(zh.GROWTH_VERBS)}|增速|增幅)\s*(?:为|达到|达|是)?\s*[-−]?\d+(?:\.\d+)?\s*%")
# 比上年增加5个 / 较去年增加159个 / 较上月多12家: the base a count's or an amount's change is taken from
_CHANGE_FROM_BASE = rx.compile(rf"(?:{alternation(zh.COMPARE_PREPOSITIONS)})[^,;。，；较比]{{1,12}}"
                               rf"(?:{alternation(zh.CHANGE_FROM_BASE_VERBS)})(?:[\u4e00-\u9fff]{{1,4}}(?<![到至为达了]))?$")


_FRAME_CUE = rx.compile("|".join(zh.ACTUAL_FRAME_CUES))  # patterns, not literal words


# _cue_kind's answers for the document being read (cleared by ``_extract``): the kind, subject and list steps ask
# about the same clause or sentence prefix again and again, and the answer depends on the string alone
_CUE_KIND_MEMO: dict[tuple[str, bool, bool, bool], str | None] = {}


def _cue_kind(seg: str, last: bool, weak: bool = True, frames_yield: bool = False) -> str | None:
    """``_cue_kind_of``, once per segment and flags in a document."""
    key = (seg, last, weak, frames_yield)
    if key in _CUE_KIND_MEMO:
        return _CUE_KIND_MEMO[key]
    got = _CUE_KIND_MEMO[key] = _cue_kind_of(seg, last, weak, frames_yield)
    return got


def _only_base_cues(seg: str) -> bool:
    """Whether every report cue of ``seg`` only names the base a change is measured against (比上年, 同比), no time
    and no deed reported."""
    hits = [at for at, k in _cues(seg, True) if k == "actual"]
    return bool(hits) and all(_BASE_CUE.match(seg, at) for at in hits)


_BASE_CUE = rx.compile(r"比上年|较上年|比去年|较去年|同比")


def _target_list_item(text: str, layout: Layout, vs: int) -> bool:
    """Whether the value is an item of a list a target lead opens (主要预期目标是:… in its paragraph or the one
    its items go on from: scope.list_lead)."""
    lead = fact_scope.list_lead(text, layout, vs)
    return lead is not None and _cue_kind(text[lead[0]:lead[1]], last=True, weak=False) == "target"


def _cue_kind_of(seg: str, last: bool, weak: bool = True, frames_yield: bool = False) -> str | None:
    """The kind a text segment commits to: its nearest strong cue, else (if ``weak``) its nearest weak cue.

    ``frames_yield``: an actual cue that only names a time or a base (上半年, 比上年) after a strong target cue
    (力争地区生产总值比上年增长6%) does not undo the commitment."""
    for strong in (True, False) if weak else (True,):
        hits = _cues(seg, strong)
        if hits:
            if last and frames_yield and strong and hits[-1][1] == "actual":
                k = len(hits) - 1
                while k >= 0 and hits[k][1] == "actual" and _FRAME_CUE.match(seg, hits[k][0]):
                    k -= 1
                if 0 <= k < len(hits) - 1 and hits[k][1] == "target":
                    return "target"
            return hits[-1][1] if last else hits[0][1]
    return None


# --------------------------------------------------------------------------- main

def extract(doc: Doc, record: DocumentRecord) -> list[Fact]:
    """All facts of a document.

    Errors are not caught here: the pipeline records a failing stage (errors.jsonl) and goes on with the batch,
    so a bug shows instead of silently costing a document its facts.
    """
    return _extract(doc, record)


def _extract(doc: Doc, record: DocumentRecord) -> list[Fact]:
    _CUE_KIND_MEMO.clear()  # per document only
    text = doc.norm
    if not text:
        return []
    record = _read_in_simplified_script(record)
    layout = Layout(text)
    year = fact_scope.doc_year(doc, lambda: _doc_year(record, text))
    g = _gazetteer()
    ctx = ()
    if g is not None and record.regions:
        ctx = tuple(r for r in (g.resolve(n) for n in record.regions[:3]) if r is not None)
    mentions = _with_acting_places(g, text, ctx, _region_mentions(g, text, ctx, doc.regions if g is not None else None))
    mentions = _without_superior_lists(g, text, mentions, getattr(doc.context, "place", None))
    main_name, main_short = _main_region(record, mentions, g, text)
    place = getattr(doc.context, "place", None)
    if place is None or place.confidence <= AREA_OVER_CONFIDENCE:
        area = spoken_area(text)  # 成渝地区双城经济圈 in a joint list of two provinces' projects: the area's figures
        if area and place is not None and not area_in_lead(text, record.title or "", area):
            area = ""  # 某市…, the area one of its work's fields (…、某某双城经济圈、…四个板块): the place's figures
        if area:
            main_name, main_short = area, ""
    body, body_short = reporting_body(text)
    if body:  # 新疆生产建设兵团…统计公报: the body's figures, not the province's around it
        main_name, main_short = body, body_short
    m_starts = [m.start for m in mentions]
    sections = _section_regions(doc, record, text, mentions)
    sec_starts = [s.start for s in sections]
    glossary = _glossary_spans(doc, record, text)
    g_starts = [s[0] for s in glossary]
    plan_period = _plan_period(record, text)
    periods = fact_scope.document_periods(text, year, doc.context)
    p_starts = [p.start for p in periods]
    frames = getattr(doc.context, "frames", None) or frame.find(doc, record, doc.context)
    # a table of contents' lines (一、2025年工作回顾 / 二、2026年目标任务 before the parts) head nothing
    headings = [h for h in _headings(text, layout) if not frames.announced or not frames.announced_at(h[1] - 1)]
    layout.outline = Headings(headings, fact_scope.numbered_section_starts(doc, record))

    progress = getattr(doc.context, "genre", "") in PROGRESS_GENRES
    event_page = bool(getattr(doc.context, "event_kind", ""))
    # a supervision notice, or a page its title names a check of how far works got (督查, 进展, 推进情况), reports
    # against the lists it names (_announced_list); a news item as of a cut-off (前2月…完成投资) beside the year's list
    # states the list as a plan still (s30, adopted: only a share taken of the plan makes it the base)
    progress_doc = getattr(doc.context, "genre", "") in zh.CHECK_NOTICE_GENRES or \
        any(w in (record.title or "") for w in zh.LIST_CHECKING_TITLE_WORDS)
    ranked = find_ranked(text)
    # 带领12人调研某县 / 考察团一行15人赴某县 / 由8人组成的工作组: the size of a visiting party is no figure of the place
    cands = [c for c in _find_candidates(text, layout, ranked) if not _delegation(text, layout, c)]
    layout.cand_starts = sorted(c.vs for c in cands)
    names = sorted({m.name for m in mentions} | {m.short for m in mentions} | {m.written for m in mentions if m.written}
                   | ({body, body_short, "全" + body_short} if body else set()), key=len, reverse=True)
    _group_lists(text, layout, cands, names)

    for c in cands:
        cs, ce = layout.clause_of(c.vs)
        c.comparator = _comparator(text, c, cs, ce)
        c.measure = c.extra["range_of"].measure if "range_of" in c.extra else _measure(text, c, cs)
    _share_group_comparators(cands)
    _spread_rate_measures(text, cands)
    _lead_group_comparators(text, cands)

    title = record.title or text[:80]
    written_in = fact_scope.writing_year(doc.context, year)  # (the same for every figure)
    future_after, past_before = _plan_written(written_in, "" if PLAN_ASSESSED.search(title) else plan_period)
    plan_measured = plan_measures(text, layout, written_in)
    prev = None
    for c in cands:
        in_gloss = _in_spans(c.vs, g_starts, glossary)
        _evidence(text, layout, c)
        _kind(text, layout, c, in_gloss, year, frames=frames, progress=progress, written=past_before or None,
              event_page=event_page)
        _outturn_plans(text, layout, c, frames)
        _goal_framed(text, layout, c)
        _forecast(text, layout, c, periods, p_starts, doc.context)
        _continued_change(text, layout, c, prev)
        _continued_state(text, layout, c, prev)
        if (c.kind == "actual" or "计划" in text[_comma_clause_start(text, layout, c.vs):c.vs]) and \
                not c.extra.get("forecast"):
            if _announced_list(text, layout, c, written_in, progress_doc, event_page) and \
                    not _plan_share_after(text, layout, c, layout.sent_of(c.vs)[1]):
                c.kind = "target"
                c.extra["announced_list"] = True
        if _plan_reported_against(text, layout, c, written_in):
            c.kind = "actual"
        if _plan_measured_on_page(text, layout, c, written_in, plan_measured):
            c.kind = "actual"  # (announced, and measured elsewhere on the page: its parts are bases too)
            c.extra.pop("announced_list", None)
            c.extra["plan_measured"] = True
        if c.kind == "target" and c.extra.get("announced_list"):
            # the list as announced, no base of what was done: its year's plan is the plan's (its parts' too,
            # _part_worth), its own size is what it holds (_list_own_kind)
            c.extra["list_plan"] = True
            c.kind = _list_own_kind(text, layout, c)
        if fact_scope.batch_plan_amount(text, layout, c, cands):
            # 本次集中开工项目90个,…,年度投资20.4亿元: what the year is to put into the batch just begun, unless work is
            # reported against it (…。截至7月底,累计完成投资26.5亿元,占年度计划投资的64.9%: the base, SCHEMA) or it is
            # an estimate (年预计投资25亿元: SCHEMA's 预计, estimated)
            c.kind = "actual" if ESTIMATE.search(text, max(0, c.vs - 8), c.vs) or \
                _plan_reported_after(text, layout, c, layout.sent_of(c.vs)[1]) else "target"
            c.extra["batch_plan"] = True
        _qualified_set(text, layout, c, cands)
        _announced_part(text, layout, c, cands, written_in)
        _announced_again(text, layout, c, cands, written_in)
        _announced_plan_change(text, layout, c, cands, written_in)
        fact_scope.period(text, layout, c, periods, p_starts, year, in_gloss, plan_period, cands,
                          context=doc.context)
        _untimed_forecast(c, doc.context)
        _future_commits(text, layout, c, future_after)
        _year_begun_commits(text, layout, c, periods, p_starts, written_in, doc.context)
        _past_reports(text, layout, c, past_before, periods, p_starts)
        _plan_list_counts(text, layout, c, written_in)
        _list_sized_before(text, layout, c, written_in)
        fact_scope.subject(text, layout, c, mentions, m_starts, sections, sec_starts, main_name, main_short, prev,
                           doc.regions.parents if g is not None else None)
        prev = c
        c.estimated = c.kind == "actual" and bool(ESTIMATE.search(text[c.es:c.vs])) or \
            bool(c.extra.get("projection") or c.extra.get("forecast"))  # 建成后预计…/建成后可…: a projection is an estimate
    _headline_place_beaten(text, cands, place, record.title or "", main_name)
    _share_group_periods(cands)
    _list_total_periods(text, layout, cands)
    _lagging_targets(text, layout, cands, year, _lagging_sections(doc, record))
    _planned_wholes(text, layout, cands)
    _headline_targets(text, cands)
    _distributed_subjects(text, layout, cands, mentions, m_starts)
    _ranked_bodies_spread(text, layout, cands, ranked, mentions, m_starts)
    _indicators(text, layout, cands, names)
    for c in cands:
        c.indicator = _joined_name_whole(text, layout, c)  # (whole before the passes that name a sector's part)
    _share_of_set(text, layout, cands)
    for c in cands:
        if c.extra.get("size_of_named") == "bare" or c.extra.get("size_of_named") and c.indicator in zh.BARE_SIZE_NAMES:
            c.indicator = zh.PROJECT_SIZE_NAME  # 投资3200万元的某水厂: the size of the work named after it
        elif c.extra.get("size_word"):
            c.indicator = c.extra["size_word"]  # 为总投资80亿元的某项目: the size's own word, not the clause before it
    _listed_bodies(text, layout, cands)
    # 长阳 → 长阳土家族自治县: a place a list writes short is named as the gazetteer names it (a county the document's
    # scan left out as a word is still one where a list of places holds it: the gazetteer's reading, in context)
    full = {h.text: h.region.name for h in (g.find(text, context=ctx) if g is not None and rx.head_search(_SHORT_LIST_ITEM, text)
                                            else ()) if h.region.level == COUNTY and h.text != h.region.name}
    full.update((m.short, m.name) for m in mentions if m.short and m.short != m.name and m.level >= PROVINCE)
    _place_lists(text, layout, cands, names, full)
    kind_lists(text, layout, cands, names)
    _ranked_heading_lists(text, layout, cands, names)
    _place_items(text, layout, cands, names, full)
    _breakdown_parts(text, layout, cands, names)
    _handed_places(text, layout, cands, names, full)
    _aspects(text, layout, cands)
    _set_rates(text, layout, cands)
    _set_amounts(text, layout, cands)
    _named_measure_done(text, layout, cands)
    _carry_splits(text, layout, cands)
    _sector_parts(text, layout, cands)
    _residence_parts(text, layout, cands)
    _product_measures(text, layout, cands)
    _predicate_indicators(text, layout, cands)
    _qualified_siblings(text, layout, cands)
    _have_parts(text, layout, cands)
    _class_parts(text, layout, cands)
    _headless_heads(text, layout, cands, _class_sections(doc, record, text))
    _topic_heads(text, layout, cands)
    _actor_topics(text, layout, cands)
    _channel_requests(text, layout, cands)
    _sentence_topics(text, layout, cands)
    _things_of_bare_measures(text, layout, cands)
    _rate_aliases(text, layout, cands)
    _item_heading_measures(text, cands)
    _wholes_of_place_figures(text, layout, cands, names)
    for c in cands:
        if "mirror" in c.extra and c.extra["mirror"].indicator:
            c.indicator = c.extra["mirror"].indicator
        if "range_of" in c.extra:
            c.indicator = c.extra["range_of"].indicator
    # 引进企业21家(任务数18家): the task measures what the result before the bracket measures
    for a, b in zip(cands, cands[1:]):
        if b.extra.get("task_beside") and a.indicator and _TASK_AFTER.match(text, a.mend):
            b.indicator = a.indicator
    # 分别有5个、4个项目: a list member without a noun of its own counts what the last member counts
    for a, b in zip(reversed(cands[:-1]), reversed(cands[1:])):
        if a.group >= 0 and a.group == b.group and not a.indicator and b.indicator:
            a.indicator = b.indicator
    # 甲、乙市开工率分别为98%、96%,其他市均达到100%: the rest's figure measures what the figures before it measure
    for a, b in zip(cands, cands[1:]):
        if b.extra.get("other_units") and not b.indicator and a.indicator and a.unit == b.unit \
                and not any(ch in text[a.ve:b.vs] for ch in "。;；\n"):
            b.indicator = a.indicator
    bracketed_place_lists(text, layout, cands, mentions, m_starts)
    paired_bracket_places(text, layout, cands, mentions, m_starts)
    compared_times_lists(text, layout, cands)
    compared_places_lists(text, layout, cands)
    spread_years_lists(text, layout, cands)
    compared_brackets(text, layout, cands, lambda suffix, base: fact_scope.wider_place(
        suffix, base, doc.regions.parents if g is not None else None))
    _ratio_groups(text, layout, cands)
    _changes(text, layout, cands)
    _own_shares_of_parts(cands)
    frames = table_frames(text)
    before_rows = {c.vs: c.subject for c in cands if any(f.start <= c.vs < f.end for f in frames)}
    _table_values(text, cands, year, getattr(doc.context, "period", "") or "", main_name,
                  {m.written: m.name for m in mentions if m.written}, frozenset(m.name for m in mentions),
                  record.title or "")
    cands = _framed_tables(text, cands, frames, year, before_rows)
    _ranked_names(text, cands, ranked, year, mentions, m_starts)
    _restatements(text, cands, getattr(doc.context, "frames", None))
    for c in cands:
        ind = _SCOPE_QUALIFIERS.sub("", c.indicator)
        if c.measure != "rank":
            ind = _SET_OF_FIGURES.sub("", ind)
        c.indicator = _fragment_free(_subject_off(ind, c), c)
        c.indicator = edge_words_off(_joined_name_whole(text, layout, c))  # (的重点项目, 监测断面中: once read)
        c.indicator = _level_word_whole(text, c)
    _growths_told_apart(text, layout, cands)
    # 贡献率为1.9%、49.7%、48.4%: a value written right after another of the same unit, joined by 、 only, without a name
    # of its own, measures what the one before it measures
    by_pos = sorted(cands, key=lambda c: c.vs)
    for a, b in zip(by_pos, by_pos[1:]):
        if not b.indicator and a.indicator and a.unit == b.unit and not a.rank and not b.rank and \
                text[a.mend:b.vs].strip() in ("、", "，", ","):
            b.indicator = a.indicator
    _restated_in_other_units(text, by_pos)
    _class_items_share_measure(layout, by_pos)

    cands = _shared_value_heads(text, layout, cands, names)
    for c in cands:
        if "base_of" in c.extra and c.extra["base_of"].indicator:
            c.indicator = c.extra["base_of"].indicator  # a comparison's base: the measure compared, whatever a list read

    _kept_levels(cands)
    for c in cands:
        if c.extra.get("held_by_set"):
            c.subject = ""  # 综合考评前5名：甲县、乙县…: the band is the listed set's, no single place's
            if "band_first" in c.extra:
                c.indicator = _set_band_field(text, layout, c, c.extra["band_first"]) or zh.RANK_NOUN
            elif not _RANK_NOUN_END.sub("", c.indicator):
                c.indicator = _set_band_field(text, layout, c) or c.indicator
    _bottom_bands(text, layout, cands)
    _introduced_list_counts(text, layout, cands)
    _output_flow_levels(cands)
    _time_cut_names(text, layout, cands)
    _passage_sets(text, layout, cands)
    _lent_set_names(text, layout, cands)
    for c in cands:
        if c.extra.get("half_bound") and c.indicator.endswith(c.extra["half_bound"]) and c.extra["half_bound"] != "占":
            c.indicator = c.indicator[:-len(c.extra["half_bound"])]  # 投资过半: the bound is no part of the name
    _nameless_figures(text, layout, cands, names)
    written = doc.written
    facts: list[Fact] = []
    for c in cands:
        rs, re_ = doc.raw_span(_unsigned_start(text, c), c.ve)
        es, ee = doc.raw_span(c.es, c.ee)
        if re_ <= rs:
            continue
        value = abs(c.value)
        value = int(value) if float(value).is_integer() and value < 1e15 else value
        # a table's cell states its unit apart from the value (unit_implied, what the ledger stores and converts by):
        # a unit its header (总投资(亿元), 增速(%)), its 单位:万元 line or its row's unit column writes is its fact's unit
        # too (the table writes it once for the column); one only its column's word implies (评分 → 分, 项目个数 → 个)
        # is none written: unit "" (it told the measure above, 分 a score, 个 a count)
        tc = c.extra.get("table")
        implied = c.unit if tc is not None and tc.unit_end < 0 else ""
        unit = "" if implied and not tc.unit_written else c.unit
        unit, indicator = (unit.translate(written), c.indicator.translate(written)) if written else (unit, c.indicator)
        # a name the text gives (石門村, a project, a unit, a company or work reporting of itself: 龍溢端子有限公司實現…)
        # is its subject as written; a gazetteer's name stays its own
        subject = _gazetteer_named(c.subject.translate(written) if written and _names_as_written(c) else c.subject)
        facts.append(Fact(doc=doc.name, vstart=rs, vend=re_, value=value, unit=unit, kind=c.kind,
                          measure=c.measure, comparator=c.comparator, period=calendar_year(c.period), subject=subject,
                          indicator=indicator, estimated=c.estimated, evidence=doc.raw[es:ee], estart=es, eend=ee,
                          unit_implied=implied.translate(written) if written else implied))
    return facts


# a name a figure's own words may give: Han characters (figures of thresholds too: 10亿元以上项目), brackets closed
_OWN_WORDS_NAME = rx.compile(r"[\u4e00-\u9fffA-Za-z]{2}")


def _nameless_figures(text: str, layout: Layout, cands: list[Cand], names: list[str]) -> None:
    """A figure that every pass left without a name takes the words its own clause writes before it.

    Whatever the passes before read, no figure measures nothing: 甲县12个重点项目开工率100% (the count took the
    words, the rate kept none), 乙类企业增长5% after a sibling's figure with no stop between them, 丙项目已有3个开工
    after the set's count. The words run from the clause's start, or from the end of the last figure before it in
    that clause, to the value; times, places and copulas (已有, 达到, 增长) go as a clause's name loses them."""
    by_vs = sorted(cands, key=lambda x: x.vs)
    for i, c in enumerate(by_vs):
        if c.indicator or "table" in c.extra:
            continue
        start = layout.clause_of(c.vs)[0]
        for x in by_vs[:i]:
            if start <= x.vs and x.mend <= c.vs:
                start = max(start, x.mend)
        phrase = text[start:c.vs]
        if "\n" in phrase or "\t" in phrase:
            continue
        phrase = _TIME_WORDS.sub("", phrase)
        phrase = clean_phrase(_strip_names(phrase, names))
        phrase = edge_words_off(phrase) if len(phrase) >= 3 else phrase
        if not _OWN_WORDS_NAME.search(phrase) or phrase.count("(") + phrase.count("（") != \
                phrase.count(")") + phrase.count("）"):
            continue
        c.indicator = shorten(phrase, 16)


_SIGN_OR_BLANK = frozenset("-−－﹣ \t\u00a0\u3000")


def _unsigned_start(text: str, c: Cand) -> int:
    """Where a value's figure starts, past the sign a negative one is written with (增长-2.1%, a cell | -0.9 |,
    高于乙市(-0.5%)): the value is the figure as written without its sign, in prose, in an aside and in a table's cell
    alike (SCHEMA, dev NOTES: the direction is not encoded; it lives in the words or the column, and the sign told the
    measure, a growth, before this), and its span is the figure's."""
    vs = c.vs
    if c.value < 0:
        while vs < c.ve - 1 and text[vs] in _SIGN_OR_BLANK:
            vs += 1
    return vs


def _kept_levels(cands: list[Cand]) -> None:
    """城镇登记失业率控制在3.1% reported (a review, a bulletin) states the level the rate was kept at: '=', where the same
    words in a list of targets bound it from above ('<='); a bound written after the value (控制在3.1%以内) stays."""
    for c in cands:
        if c.kind == "actual" and c.extra.get("kept_at") and c.comparator == "<=":
            c.comparator = "="


_RANK_NOUN_END = rx.compile(r"(?:全[省市县区州盟旗国])?(?:排名|排位|位次|排序)$")
_RANK_MOVED = rx.compile(rf"的?(?:{alternation(zh.RANK_MOVES)})了?(?:至|到)?了?(?:第)?$")
_DANGLING_TAIL = rx.compile(rf"(?:{alternation(zh.DANGLING_TAILS)})+$")
_MILESTONE_TAIL = rx.compile(rf"(?:{alternation(zh.MILESTONE_ADVERBS)})*(?:{alternation(zh.MILESTONE_VERBS)})$")
_MULTIPLE_BASE = rx.compile(r"(?:是|为|相当于)?(?:[^,，;；。]{1,12}?的|\d{4}年|上年|去年|同期|“?十[一二三四五六七八九]五”?"
                            r"(?:时期|期间|期末|末)?)$|(?:比|较)$")


# 各镇（街道）项目推进排名前三的…: the set ranked (各 and its class, bracketed kinds) and the verb of ranking around the
# field a band's heading names
_SET_BAND_LEAD = rx.compile(rf"^(?:{alternation(zh.SET_QUANTIFIERS)})(?:[{zh.PLACE_LEVEL_CHARS}]{{1,3}}|单位|部门)"
                            rf"(?:[(（][^()（）]{{1,8}}[)）])?")
_SET_BAND_TAIL = rx.compile(rf"(?:{alternation(zh.RANK_PLACE_VERBS)})?(?:全[省市县区州盟旗国])?(?:排名|排位|排序)?$")


def _set_band_field(text: str, layout: Layout, c: Cand, end: int | None = None) -> str:
    """The field a ranked set's band measures when the indicator read only its ranking (各镇（街道）项目推进排名前三的依次
    是…: 项目推进排名): the words of the band's clause before 前 (or before ``end``, where 第一至第三名 opens), its set
    and verb of ranking left out."""
    cs, _ = layout.clause_of(c.vs)
    words = text[cs:max(cs, (c.vs - 1) if end is None else end)].strip()
    words = _SET_BAND_TAIL.sub("", _SET_BAND_LEAD.sub("", words))
    return words + "排名" if re.fullmatch(r"[\u4e00-\u9fff]{2,16}", words) else ""


_BOTTOM_WORD_END = rx.compile(rf"(?:倒数|{alternation(zh.RANK_BOTTOM_BEFORE)})(?=(?:排名|排位|排序)?$)")


def _bottom_bands(text: str, layout: Layout, cands: list[Cand]) -> None:
    """后三位是丁县、戊县… / 开工率后三位的县区为…: the band at the bottom of a ranking list, counted from its end, is
    named by its field and 倒数排名 (as 倒数前三名 is); a band that names no field of its own (…前三位的是甲、乙、丙；后三位
    是…) is the bottom of the ranking its sentence named the top band of."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    for i, c in enumerate(by_vs):
        if not c.extra.get("from_end"):
            continue
        field = _RANK_NOUN_END.sub("", _BOTTOM_WORD_END.sub("", c.indicator))
        field = _RANK_NOUN_END.sub("", field)
        if not field:
            ss, _ = layout.sent_of(c.vs)
            top = next((x for x in reversed(by_vs[:i]) if x.rank and x.extra.get("held_by_set") and x.vs >= ss
                        and not x.extra.get("from_end")), None)
            field = _RANK_NOUN_END.sub("", top.indicator) if top is not None else ""
        c.indicator = field + "倒数排名"


# 本次集中开工项目包括A、B、C等18个 / 新签约项目有D、E等12个 / 竣工项目主要有F、G等9个: the set a clause introduces, its
# members named, counted after 等 with no noun of its own (facts._introduced_list_counts)
_LIST_INTRO = rx.compile(rf"(?P<head>[\u4e00-\u9fff]{{2,16}}?)的?(?:{alternation(zh.COUNTED_LIST_INTRODUCERS)})\s*[:：]?")
_COUNT_AFTER_LIST = rx.compile(rf"等(?:{alternation(zh.COUNTED_LIST_TOTALS)})?$")
_NO_NOUN_AFTER = rx.compile(r"\s*(?:[,，;；。)）]|$)")


def _introduced_list_counts(text: str, layout: Layout, cands: list[Cand]) -> None:
    """A count closing a list after 等 with no noun after it (…包括A工程、B项目、C生产线等18个，总投资56亿元) counts the
    set the clause introduced before the list (集中开工项目), not the last item the list names (C生产线); the amounts its
    sentence gives next of the same set (丙…生产线等总投资) are the set's too."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    for i, c in enumerate(by_vs):
        if c.measure != "count" or c.rank or not _COUNT_AFTER_LIST.search(text, max(0, c.vs - 3), c.vs) or \
                not _NO_NOUN_AFTER.match(text, c.mend):
            continue
        cs = _comma_clause_start(text, layout, c.vs)
        clause = text[cs:c.vs]
        if "、" not in clause:
            continue
        m = _LIST_INTRO.search(clause[:clause.index("、")])
        if m is None:
            continue
        if m.group("head").endswith(zh.COUNTED_LIST_NOT_HEAD_ENDS):
            continue  # 拥有 / 具有 / 共有 / 既有…: the verb's own character, no set introduced
        head = noun_phrase(clean_lead(m.group("head")))
        if len(head) < 2 or head == c.indicator:
            continue
        old = c.indicator
        c.indicator = head
        ss, se = layout.sent_of(c.vs)
        for x in by_vs[i + 1:]:
            if x.vs >= se:
                break
            k = x.indicator.find("等") if old and x.indicator.startswith(old) else -1
            if k >= 0:
                x.indicator = head + x.indicator[k + 1:]  # 丙智能装备生产线等总投资 → 集中开工项目总投资
                x.extra["list_head"] = True
    for c in by_vs:
        # 甲高速、乙快速通道等新开工项目完成投资: the class of bodies or works 等 closes the list with (zh.EXAMPLE_ENTITY_HEADS)
        # names the measure, the last item before it is no part of it
        k = c.indicator.rfind("等")
        if k <= 0 or c.extra.get("list_head") or len(c.indicator) - k - 1 < 2 or \
                c.indicator[k - 1] in zh.DENG_WORD_BEFORE or c.indicator[k + 1] in zh.DENG_WORD_AFTER or \
                not any(h in c.indicator[k + 1:] for h in zh.EXAMPLE_ENTITY_HEADS):
            continue  # (油烟、噪音等来电: examples of a kind of thing name the kind, and stay)
        at = text.rfind(c.indicator[:k + 1], _comma_clause_start(text, layout, c.vs), c.vs)
        if at > 0 and "、" in text[_comma_clause_start(text, layout, c.vs):at + k] and \
                not _classes_of_part(text, layout, c, frozenset()):
            c.indicator = c.indicator[k + 1:]


def _classes_of_part(text: str, layout: Layout, c: Cand, names: set[str] | frozenset) -> bool:
    """Whether the count ``c`` is a part of a whole (its clause opened by 其中) named by the classes 、 lists before 等
    (签约项目48个,其中新材料、新能源等项目13个 / 其中电子信息、生物医药等企业12家): those words tell the part from the
    whole, they are no examples of works that the count merely closes (签约A、B等项目29个)."""
    ccs = _comma_clause_start(text, layout, c.vs)
    opened = _SPLIT_OPEN.match(text, ccs)
    if c.measure != "count" or opened is None and not _SPLIT_OPENED.search(text, max(0, ccs - 4), ccs):
        return False
    m = _PART_CLASSES.fullmatch(text, opened.end() if opened else ccs, c.vs)
    items = m.group("items").split("、") if m else []
    return len(items) >= 2 and all(_PART_CLASS.fullmatch(x) and x not in names for x in items)


_SPLIT_OPENED = rx.compile(r"其中[,，:：]\s*$")
# 新材料、新能源等项目 / 电子信息、生物医药等企业: the classes of a part listed before 等 (each 2 to 8 Han characters) and
# the head they share
_PART_CLASSES = rx.compile(rf"(?P<items>[\u4e00-\u9fff、]{{5,60}}?)等"
                           rf"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.EXAMPLE_ENTITY_HEADS)})")
_PART_CLASS = rx.compile(r"[\u4e00-\u9fff]{2,8}")


def _joined_name_whole(text: str, layout: Layout, c: Cand) -> str:
    """电力、热力、燃气及水生产和供应业增加值增长5.1% read as 燃气及水生产和供应业增加值: a name that holds a list's
    joiner of its own (the national classification's sections, zh.JOINED_NAMES) is one name, and an indicator opening
    inside it, after its 、, takes the whole name (the clause reader cut it at the 、 as between items)."""
    ind = c.indicator
    if len(ind) < 2 or "table" in c.extra:
        return ind
    ss, _ = layout.sent_of(c.vs)
    at = text.rfind(ind[:4], ss, c.vs)
    if at <= ss:
        return ind
    for m in _JOINED_NAME.finditer(text, max(ss, at - 24), min(c.vs, at + len(ind))):
        if m.start() < at < m.end() and text[at - 1] in "、,，" and text.startswith(ind[:m.end() - at], at):
            return text[m.start():at] + ind
    return ind


def _subject_off(ind: str, c: Cand) -> str:
    """东坡县森林覆盖率 (subject 东坡县) → 森林覆盖率: an indicator names what is measured, never whose it is (a path that
    read the name from the clause may have kept the subject opening it)."""
    # (区本级完成投资 / 市直部门办结率: a level's own share or bodies, written without their place, say which part of the
    # place's figures it is: they stay in the name)
    written = c.extra.get("subject_written", "") if not c.extra.get("own_level") else ""
    for who in (c.subject, written):
        if who and len(who) >= 2 and ind.startswith(who) and len(ind) - len(who) >= 2:
            return ind[len(who):]
    listed = _PLACES_LISTED_LEAD.match(ind)
    if listed and "、" in listed.group() and len(ind) - listed.end() >= 2:
        return ind[listed.end():]  # 甲阳、乙平等8市开工率 → 开工率: the places sharing the figure are whose it is
    return ind


# 某省级重点项目 / 某市管项目: the division's suffix is also the first character of a level word (省级, 市管)
_LEVEL_WORD_ENDS = frozenset(zh.LEVEL_WORD_ENDS)
_SUFFIX_CHARS = frozenset(zh.DIVISION_SUFFIX_CHARS + "縣區")


def _level_word_whole(text: str, c: Cand) -> str:
    """湖南省级重点项目 → 省级重点项目, not 级重点项目: a place written by its full name before a level word (省级, 市级,
    盟级, 市管) shares its suffix with that word, so the name, read off after the place, keeps the suffix; only when the
    indicator is written whole before the value and its first word on jieba's route is the level word's lone second
    character (管理, 管控 are words of their own)."""
    ind = c.indicator
    if len(ind) < 3 or ind[0] not in _LEVEL_WORD_ENDS:
        return ind
    words = dictionary_words(ind)
    if not words or words[0][0] != ind[0]:
        return ind
    k = text.rfind(ind, max(0, c.vs - 80), c.vs)
    if k > 0 and text[k - 1] in _SUFFIX_CHARS:
        return text[k - 1] + ind
    return ind


# 甲阳、乙平等8市 / 东坡、白河等5个县区: places listed and closed by 等, their count and level, opening a name
_PLACES_LISTED_LEAD = rx.compile(rf"[\u4e00-\u9fff、]{{2,40}}?等(?:\d+|[一二两三四五六七八九十]+)个?"
                                 rf"(?:{alternation(zh.RANKED_SET_NOUNS)}|[省市县区州盟旗镇乡]|街道)")


# 比“十三五”时期 / 较2020年 / 比上年同期 / 比2019年1-7月: the base of a comparison
_COMPARED_BASE = (rf"(?:“?十[一二三四五六七八九]五”?|\d{{4}}年(?:\d{{1,2}}\s*[-—至~]\s*\d{{1,2}}月)?|"
                  rf"{alternation(zh.COMPARISON_BASES)})(?:{alternation(zh.COMPARISON_BASE_ENDS)})?")
# …and a growth's name ending in it with its verb (比“十三五”时期增长), or in what a time word's removal left of it
# (比末, a lone 较; not 占比, 之比)
_GROWTH_BASE_TAIL = rx.compile(rf"(?:(?<![占之对相])比|较|同|与){_COMPARED_BASE}(?:相比|比较)?"
                               rf"(?:{alternation(zh.RATE_MOVE_VERBS)})?$|"
                               rf"(?:(?<![占之对相])比|较)(?:{alternation(zh.COMPARISON_BASE_ENDS)})?"
                               rf"(?:{alternation(zh.RATE_MOVE_VERBS)})?$")


_YEAR_WRITTEN = rx.compile(r"\d{4}年")


def _growths_told_apart(text: str, layout: Layout, cands: list[Cand]) -> None:
    """同比增长7.4%,比2019年1-7月增长20.5%: a year-on-year growth and a growth against an earlier year of one measure in
    a sentence are told apart by the year the second names, which then stays in its name (固定资产投资比2019年1-7月
    增长); against a plan's span (年均增长6.1%,比“十三五”时期增长35%) the span tells them apart, the name drops it."""
    growths = [c for c in cands if c.measure == "growth"]
    for c in growths:
        base = c.extra.get("base_named", "")
        if not _YEAR_WRITTEN.search(base[len(c.indicator):]):
            continue
        ss = layout.sent_of(c.vs)[0]
        if any(x is not c and x.indicator == c.indicator and layout.sent_of(x.vs)[0] == ss and
               "同比" in text[_comma_clause_start(text, layout, x.vs):x.vs] for x in growths):
            c.indicator = base


def _fragment_free(ind: str, c: Cand) -> str:
    """An indicator never ends in a word that joins it to what follows (…的贡献率和, 市水利局各, 改造项目等) or in a verb of
    stepping onto a mark (地区生产总值迈上 → 地区生产总值: zh.MILESTONE_VERBS) or, for a
    multiple, in the base it is taken against (地区生产总值是2015年的 → 地区生产总值; 总产值比2015年翻了一番 → 总产值);
    nor does a growth (地区生产总值比“十三五”时期增长 → 地区生产总值: what grew, not what it grew against)."""
    t = _DANGLING_TAIL.sub("", _MILESTONE_TAIL.sub("", ind))
    if c.unit in ("倍", "番") and c.measure == "growth":
        t = _MULTIPLE_BASE.sub("", t)
    if c.measure == "growth":
        based = _GROWTH_BASE_TAIL.search(t)
        if based and based.start() >= 2:
            c.extra["base_named"] = t  # (kept when another growth of the measure in the sentence needs it told apart)
            t = t[:based.start()]
    if c.kind == "target":
        named = _TARGET_NAMED_TAIL.search(t)
        if named and named.start() < 3:
            named = _TARGET_WORD_TAIL.search(t)  # 经济增长预期目标 → 经济增长: the change is the measure's name
        if named and named.start() >= 2:
            t = t[:named.start()]  # 地区生产总值预期增长目标(为6%) → 地区生产总值: the target names what it measures
    return t if len(t) >= 2 else ind


# 地区生产总值增长目标为6% / 一般公共预算收入预期增长目标 / 固定资产投资增速目标定为8%: the word that names the value a
# target (and the change it is of) after what is measured, no part of the measure's name
_TARGET_NAMED_TAIL = rx.compile(rf"(?:预期)?(?:{alternation(zh.TARGET_NAMED_CHANGES)})?(?:预期)?目标(?:值)?"
                                rf"(?:{alternation(zh.TARGET_NAMED_VERBS)})?$")
_TARGET_WORD_TAIL = rx.compile(rf"(?:预期)?目标(?:值)?(?:{alternation(zh.TARGET_NAMED_VERBS)})?$")


# --------------------------------------------------------------------------- lists (分别, A、B和C)

_BOUND_LEAD = rx.compile(r"^(?:以上|左右)")
# 0.2、-3.1、1.5个百分点: a signed member (its sign outside the value) is still joined only by 、
_LIST_JOINER = rx.compile(r"\s*(?:、|和|及|与|,)\s*[-−－+＋]?")
# 分别为全省第1、第3和第2 / 分别位列第10、第9位: a rank written again with its 第 is the next member of the list
_RANK_LIST_JOINER = rx.compile(r"\s*(?:、|和|及|与)\s*第\s*")


def _group_lists(text: str, layout: Layout, cands: list[Cand], names: list[str] | None = None) -> None:
    """Values joined only by 、/和/及/与 form a list; items named before them are distributed over it, and every
    member measures as the first does (what the words before the list say: 拉动…分别为0.2、-3.1、1.5个百分点)."""
    gid = 0
    i = 0
    last_items: dict[int, tuple[int, list[str]]] = {}
    while i < len(cands):
        j = i
        spread = _spread_before(text, layout, cands[i])
        while j + 1 < len(cands):
            a, b = cands[j], cands[j + 1]
            gap = text[a.mend:b.vs]
            gap = _BOUND_LEAD.sub("", gap)
            # 分别控制在30微克/立方米、90%: after 分别 the values are one each of the heads before, whatever their units
            if (_LIST_JOINER.fullmatch(gap) or a.rank and _RANK_LIST_JOINER.fullmatch(gap)) and a.rank == b.rank and \
                    not (a.unit and not b.unit) and (unit_class(a.unit) == unit_class(b.unit) or spread and a.unit and b.unit or
                                                     a.rank and b.rank):  # (第5、第8位: 位 written once, at the end)
                j += 1
            else:
                break
        if j > i:
            for k in range(i, j + 1):
                cands[k].group = gid
            n = j - i + 1
            items = _list_items(text, layout, cands[i], n, names or [], [x.unit for x in cands[i:j + 1]])
            ss, _ = layout.sent_of(cands[i].vs)
            own = _OWN_SHARE.search(text, max(ss, layout.clause_of(cands[i].vs)[0]), cands[i].vs)
            if own is not None and _OWN_SHARE_HEAD.fullmatch(text, layout.clause_of(cands[i].vs)[0], own.start()):
                for k in range(i, j + 1):
                    cands[k].extra["own_share"] = own.group("tail")
            else:
                own = None
            if items:
                items = _bare_items_named(items)
                last_items[ss] = (n, [_item_measured(it) for it in items])
            elif ss in last_items and last_items[ss][0] == n:
                # 存贷款余额达到A、B,分别增长x、y: the second list runs over the items of the first
                items = last_items[ss][1]
                pull = _OWN_PULL.search(text, layout.clause_of(cands[i].vs)[0], cands[i].vs)
                if own is not None:
                    # 第一、二、三产业增加值分别增长a、b、c,对经济增长的贡献率分别为x、y、z: the second list names its
                    # own measure, each item's contribution
                    items = [_contributor(it) + "\x01" + own.group("tail") for it in items]
                elif pull:
                    # 三次产业的贡献率分别为a、b、c,分别拉动经济增长x、y、z个百分点: the second list names its own measure,
                    # what each item pulls, not the first list's (its contribution words left off the item)
                    items = [_contributor(it) + "\x01" + pull.group("tail") for it in items]
            elif re.search(r"(?:分别|依次)", text[max(ss, cands[i].vs - 16):cands[i].vs]):
                # 发生事故3起,死亡4人,同比分别下降50%、42.9%: 分别 runs over the values stated before it
                before = [x for x in cands[max(0, i - n):i] if x.vs >= ss and x.group < 0]
                mirrored = cands[max(0, i - n):i]
                if len(before) != n and len(mirrored) == n and all("mirror" in x.extra for x in mirrored):
                    # …同比分别上升36%和48%,分别恢复至同期水平的65%和58%: a second 分别 runs over the same values
                    before = [x.extra["mirror"] for x in mirrored]
                if len(before) != n or len({unit_class(x.unit) for x in before}) > 1:
                    # 6个甲项目完成投资9亿元,54个乙项目完成投资26亿元,…分别占计划的a、b: the amounts, each after its count
                    before = _spread_values_before(cands, i, ss, n) or before
                if len(before) == n:
                    for k, x in zip(range(i, j + 1), before):
                        cands[k].extra["mirror"] = x
            if items:
                for k, it in zip(range(i, j + 1), items):
                    cands[k].item = it
            gid += 1
        i = j + 1


# ,对经济增长的贡献率分别为 / ,对规模以上工业增长的贡献率分别达到 opening a list's clause: the list's own measure, each
# item's contribution to a whole, over items named earlier in the sentence (the clause names nothing before 对)
_OWN_SHARE = rx.compile(rf"(?P<tail>对[^,，;；。、\d对]{{1,16}}?的?(?:{alternation(zh.CONTRIBUTION_RATE_WORDS)}))"
                        r"\s*(?:分别|依次)(?:为|是|达到|达|占)?\s*$")
_OWN_SHARE_HEAD = rx.compile(r"[\s,，]*(?:其|同时|并且|并|而)?")
# 分别拉动经济增长 / 依次拉动GDP增长 right before a list's first value: the measure of a list over items named earlier
_OWN_PULL = rx.compile(rf"(?:分别|依次)(?P<tail>(?:{alternation(zh.PULL_VERBS)})[^,，;；。、\d]{{1,12}}?)了?$")
# 对经济增长的贡献率 / 贡献率 / 增加值 at an item's end: what the item was measured by, not the part that pulls
_CONTRIBUTION_END = rx.compile(rf"(?:对[^对,，;；。]{{1,12}}?的?)?(?:{alternation(zh.CONTRIBUTION_WORDS)})[率度]?$|增加值$")


def _own_shares_of_parts(cands: list[Cand]) -> None:
    """第一产业增加值30.2亿元,…第三产业增加值115.8亿元,对经济增长的贡献率分别为a、b、c / 三次产业比例为…,对经济增长的
    贡献率分别为…: a 分别 list naming its own measure runs over the parts the values before it measured; each value is
    that part's contribution (第一产业对经济增长的贡献率), not the measure of the value it mirrors."""
    for c in cands:
        own = c.extra.get("own_share")
        m = c.extra.get("mirror")
        if not own or m is None or not m.indicator:
            continue
        part = _RATIO_NOUN_END.sub("", _contributor(m.indicator))
        if len(part) >= 2:
            c.indicator = part + own


# 第一产业比例 / 第二产业比重 / 第三产业结构: the ratio's noun after the part a term names
_RATIO_NOUN_END = rx.compile(rf"(?:{alternation(zh.RATIO_TERM_NOUNS)})$")


def _contributor(item: str) -> str:
    """The part an item of a list names, without the measure an earlier list took of it (第一产业对经济增长的贡献率 →
    第一产业; 第二产业增加值 → 第二产业): what 分别拉动 says each part pulls; the item as it is when nothing is left."""
    name = _CONTRIBUTION_END.sub("", item)
    return name if len(name) >= 2 else item


def _spread_values_before(cands: list[Cand], i: int, ss: int, n: int) -> list[Cand]:
    """The ``n`` values of the sentence a 分别 list from ``cands[i]`` on runs over when others stand among them: those of
    the kind of the last value before the list (amounts, each written after its count: 6个甲项目完成投资9亿元,…), when
    the sentence states exactly ``n`` of that kind before the list; [] otherwise."""
    said = [x for x in cands[:i] if x.vs >= ss and x.group < 0 and not x.rank]
    if not said:
        return []
    kind = unit_class(said[-1].unit)
    same = [x for x in said if unit_class(x.unit) == kind]
    return same if len(same) == n and len(said) > n else []


# 分别完成投资 / 分别实现增加值: the amount each item of a list did, the measure a later list over the items goes on with
_DONE_MEASURE_TAIL = rx.compile(r"(?:完成|实现)[^\W\d_计目任的]{2,6}")


def _item_measured(item: str) -> str:
    """The name a later list over the same items takes from an item (第一产业 + 完成投资 → 第一产业完成投资: 第一、二、三产业
    分别完成投资a、b、c,同比分别增长x、y、z grow the investment), the comparison after 分别 left off (比同期提高…)."""
    name, _, tail = item.partition("\x01")
    return name + tail if _DONE_MEASURE_TAIL.fullmatch(tail) else name


# 分别提高到 / 分别稳定在 / 依次削减: the predicate 分别 opens, written between the heads and their values
_SPREAD_VERB = rx.compile(r"(?:分别|依次|(?<![人年平户亩])均)[^,，;；。、\d]{1,8}$")


def _spread_before(text: str, layout: Layout, first: Cand) -> bool:
    """Whether 分别/依次 spreads the values from ``first`` on over heads named before it in its clause (城镇化率、森林
    覆盖率分别提高到65%、40%)."""
    cs, _ = layout.clause_of(first.vs)
    return bool(_SPREAD_AT.search(text, max(cs, first.vs - LIST_SPREAD_REACH), first.vs))


LIST_SPREAD_REACH = 12  # characters before a list's first value its 分别 is looked for in (分别稳定在, 分别比上年提高)


# 60岁及以上人口: 及 before a bound joins the bound to its band, no item to the list
_ITEM_SPLIT = rx.compile(r"、|和|及(?!以上|以下|以内)|与")
# 批发和零售业 / 研究与试验发展 / 交通运输、仓储和邮政业: a name whose own joiners join no list
_JOINED_NAME = rx.compile(alternation(zh.JOINED_NAMES))
_HIDE_JOINERS = str.maketrans("、和及与", "\x02\x03\x04\x05")
_SHOW_JOINERS = str.maketrans("\x02\x03\x04\x05", "、和及与")


def _split_items(seg: str) -> list[str]:
    """The items of a coordination, split at 、/和/及/与 but never inside a name that holds one (批发和零售业、住宿和
    餐饮业增加值 → 2 items, not 4, whose last two would be taken for the list's), nor inside a sector's name whose 和
    joins what is no sector of its own (交通运输仓储和邮政业: 交通运输仓储 ends in no 业, as 纺织业和医药制造业 do)."""
    hidden = _JOINED_NAME.sub(lambda m: m.group().translate(_HIDE_JOINERS), seg)
    if "、" in hidden:
        hidden = _SECTOR_JOINED.sub(lambda m: m.group() if m.group().endswith(zh.SECTOR_CLASS_WORDS) or "等" in m.group()
                                    else m.group().translate(_HIDE_JOINERS), hidden)
    return [p.translate(_SHOW_JOINERS) for p in _ITEM_SPLIT.split(hidden) if p]


# 交通运输仓储和邮政业 in a 、-list of sectors: a 和/及 after words ending in no 业 joins the words of one sector's name
_SECTOR_JOINED = rx.compile(r"(?:(?<=、)|^)[\u4e00-\u9fff]{2,10}(?<!业)[和及][\u4e00-\u9fff]{1,8}?业(?=、|[和及][\u4e00-\u9fff]|[^、]{0,6}$)")


_NUMERAL_CHARS = "一二三四五六七八九十两"
# 0-17岁 / 18至34岁 / 60岁及以上 / 10万元以下: a band or bound of a class, written before the class's name
_BAND_MODIFIER = rx.compile(r"(?:\d+(?:\.\d+)?\s*[-—~～至到]\s*)?\d+(?:\.\d+)?(?P<unit>[\u4e00-\u9fff]{1,3}?)"
                            r"(?:(?:及|或)?(?:以上|以下|以内))?")


def _front_frame_end(seg: str) -> int:
    """Where the times and scope words written before a list's first item end (2022年末,全市…)."""
    k = 0
    while True:
        m = _TIME_WORDS.match(seg, k) or SUBJECT_WORDS.match(seg, k) or _FRAME_PUNCT.match(seg, k)
        if m is None or m.end() == k:
            return k
        k = m.end()


_FRAME_PUNCT = rx.compile(r"[,，:：\s]+")


def _lead_place_off(seg: str, names: list[str]) -> str:
    """东坡县轻、重工业增加值占比分别为…: the place written before the first item is the figures' subject, no part of the
    first item (a list of places, 甲县、乙县分别…, keeps its places: they are the items)."""
    for name in names:  # (longest first: 东坡区 before its short form 东坡)
        if not seg.startswith(name):
            continue
        rest = seg[len(name):]
        if not rest or rest[0] in "、和及与":
            return seg  # the first of the listed places
        if rest[0] in zh.PLACE_LEVEL_CHARS or len(rest) < 2:
            continue  # 东坡 inside 东坡区
        return rest
    return seg


def _shared_band_head(parts: list[str]) -> tuple[list[str], str] | None:
    """0-17岁、18-34岁、60岁及以上人口: bands of one unit listed before the class they split share the class's name
    written after the last one (人口); None when the items are no such bands."""
    first = _BAND_MODIFIER.fullmatch(parts[0])
    if first is None or not all(_BAND_MODIFIER.fullmatch(p) and _BAND_MODIFIER.fullmatch(p).group("unit") ==
                                first.group("unit") for p in parts[1:-1]):
        return None
    last = _BAND_MODIFIER.match(parts[-1])
    if last is None or last.group("unit") != first.group("unit") or len(parts[-1]) - last.end() < 2:
        return None
    return parts[:-1] + [parts[-1][:last.end()]], parts[-1][last.end():]


def _single_char_items(parts: list[str], n: int) -> list[str] | None:
    """轻、重工业增加值 / 大、中型企业: one character each before the last item names n kinds of what the last names
    after its own first character (轻工业增加值, 重工业增加值); None otherwise (numbers of sectors are expanded apart)."""
    # (生猪、牛、羊存栏: a two-character item among one-character ones takes the head too)
    if len(parts) != n or len(parts[-1]) < 3 or \
            not all(1 <= len(p) <= 2 and p not in _NUMERAL_CHARS for p in parts[:-1]) or \
            not any(len(p) == 1 for p in parts[:-1]) or parts[-1][0] in _NUMERAL_CHARS:
        return None
    head = parts[-1][1:]
    return [p + head for p in parts[:-1]] + [parts[-1]]


# 两大行业(装备制造业和食品工业) / 三个园区(甲园区、乙园区和丙园区)工业产值: a class counted, its members in brackets
# after it; 批发业和零售业两个行业销售额: the members, then the class counted; 两个行业产值: the class counted alone, its
# members named earlier in the sentence
_COUNTED_CLASS = r"(?P<count>[两二三四五六七八九十]|\d{1,2})(?:大|个|类|家|项|所|条)(?P<rest>[\u4e00-\u9fff]{1,16})"
_CLASS_BRACKETED = rx.compile(rf"{_COUNTED_CLASS}[(（](?P<members>[^()（）]{{3,80}})[)）](?P<head>[\u4e00-\u9fff]{{0,12}})")
_CLASS_AFTER_MEMBERS = rx.compile(rf"(?P<members>[\u4e00-\u9fff、]{{3,80}}?){_COUNTED_CLASS}")
_CLASS_ALONE = rx.compile(_COUNTED_CLASS)


def _class_head(rest: str) -> tuple[str, str]:
    """(the class noun, what is measured after it) of the words after a count: 行业销售额 → (行业, 销售额)."""
    words = [w.word for w in _posseg().lcut(rest)]
    return (words[0], rest[len(words[0]):]) if words else (rest, "")


@functools.lru_cache(maxsize=None)
def _member_run(end: str) -> re.Pattern:
    """A run of items joined by 、/和/及/与, each ending in the character ``end``: compiled once a character, where
    ``_members_before`` had parsed and compiled it on every call."""
    end = re.escape(end)
    return rx.compile(rf"[\u4e00-\u9fff]{{2,16}}?{end}(?:(?:、|和|及|与)[\u4e00-\u9fff]{{2,16}}?{end})+")


def _members_before(before: str, cls: str, n: int) -> list[str]:
    """The last run of ``n`` items joined by 、/和/及/与 in ``before`` that end as the class noun ``cls`` does
    (医药制造业、电子及通信设备制造业 before 两个行业); [] when there is none of as many."""
    run = list(_member_run(cls[-1]).finditer(before))
    if not run:
        return []
    members = _split_items(run[-1].group())
    if len(members) != n and len(listed := run[-1].group().split("、")) == n:
        members = listed  # 医药制造业、电子及通信设备制造业: a 及 inside one member's name
    return members


def _class_members(seg: str, n: int, before: str) -> list[str] | None:
    """The items a 分别-list of ``n`` values runs over when the words before it count a class and name its members
    (两大行业(装备制造业和食品工业)分别增长a、b → 装备制造业增长…; 批发业和零售业两个行业销售额分别增长a、b → 批发业销售额,
    零售业销售额; 医药制造业、电子及通信设备制造业…,两个行业产值分别增长a、b → each industry's 产值): the class counted is
    no item (a count naming the members, NOTES), its members are, each with what the words after the class measure.
    A list whose own words name only a measure (增速, 对全市产值增长的贡献度) runs over the members the sentence counted
    before it.  ``seg`` is the list's own words, ``before`` the sentence before them; None when the count, the members
    and the values are not as many, or no class is counted."""
    found = _CLASS_BRACKETED.fullmatch(seg) or _CLASS_AFTER_MEMBERS.fullmatch(seg)
    alone = _CLASS_ALONE.fullmatch(seg) if found is None else None
    if found is not None:
        members = _split_items(found.group("members"))
        cls, head = _class_head(found.group("rest"))
        if found.re is _CLASS_BRACKETED:
            head = found.group("head")
    elif alone is not None:
        found = alone
        cls, head = _class_head(alone.group("rest"))
        members = _members_before(before, cls, n)
    elif re.fullmatch(r"[\u4e00-\u9fff]{2,30}", seg):
        # 电子商务和百货零售两个行业处于正增长,增速分别为a、b: the members counted in the clause before; 两个行业产值分别
        # 增长a、b,对全市产值增长的贡献度分别为c、d: the class counted earlier in the sentence, its members before it
        clause = re.split(r"[,，;；:：]", before.rstrip(",，;；:： "))[-1]
        found = _CLASS_AFTER_MEMBERS.search(clause)
        if found is not None:
            members = _split_items(found.group("members"))
        else:
            found = next(reversed(list(_CLASS_ALONE.finditer(before))), None)
            if found is None:
                return None
            members = _members_before(before[:found.start()], _class_head(found.group("rest"))[0], n)
        head = SUBJECT_WORDS.sub("", seg)  # (对全市…的贡献度: the scope word is the place's, no part of the measure)
    else:
        return None
    count = parse_number(found.group("count"))
    if count != n or len(members) != n or not all(2 <= len(m) <= 16 for m in members):
        return None
    return [m + head for m in members]


def _list_items(text: str, layout: Layout, first: Cand, n: int, names: list[str] | None = None,
                units: list[str] | None = None) -> list[str] | None:
    """The ``n`` items a list of values starting at ``first`` is spread over, each as ``item\x01comparison``; None when
    they cannot be told.  A measure the values' own clause names before 分别 (甲、乙行业增长较快,产值分别增长…) is each
    item's: 甲行业产值."""
    cs, _ = layout.clause_of(first.vs)
    end, noun = _items_before_spread(text, layout, cs, first.vs)
    items = _items_ending(text, layout, first, n, names, units, cs, end)
    if not noun or items is None:
        return items
    out = []
    for it, u in zip(items, units or [""] * len(items)):
        item, _, tail = it.partition("\x01")
        out.append(_with_head(item, noun, u) + "\x01" + tail)
    return out


def _items_ending(text: str, layout: Layout, first: Cand, n: int, names: list[str] | None, units: list[str] | None,
                  cs: int, end: int) -> list[str] | None:
    s = layout.clause_of(end - 1)[0] if end < cs else cs
    # the item list may sit in the clauses before (A、B、C分别增长x、y、z): walk back over 、
    while s > 0 and text[s - 1] == "、" and first.vs - s < LIST_CAP:
        s, _ = layout.clause_of(s - 2)
    raw = text[s:end]
    raw = _lead_place_off(raw[_front_frame_end(raw):], names or [])
    if _CHANGED_LIST_TO.search(raw):
        return None  # 由上年的a%、b%和c%调整为x%、y%和z%: the list the change ends at runs over the first list's items
    raw = _FROM_BASE_END.sub("", raw)  # (三次产业结构由上年的: the items are named before the change's start)
    seg = join_single_parts(raw)
    # 分别比同期提高0.9、5.9个百分点: the comparison after 分别 belongs to every item (kept after \x01)
    cmp_tail = ""
    # 分别占计划的91.5%、77.2%: the whole each item is a share of belongs to every item too
    # 分别完成年度计划的a%、b% / 分别完成投资a、b: what each item completed is every item's measure
    # 分别拉动经济增长0.2、1.5个百分点: what each item pulls, too
    mt = re.search(r"(?:分别|均|各)((?:比|较)[^,;。、]{1,12}?|占[^,;。、\d]{1,10}?|完成[^,;。、\d]{1,8}?|"
                   rf"(?:{alternation(zh.PULL_VERBS)})[^,;。、\d]{{1,10}})?(?:的)?"
                   r"(?:为|达到|达|增长|超过|超|是|下降|提高|实现)?(?:了)?$", seg)
    if mt:
        if mt.group(1):
            cmp_tail = re.sub(r"(?:了|的)$", "", seg[mt.start(1):mt.end(1)] if mt.group(1).startswith(
                ("占", "完成") + zh.PULL_VERBS) else seg[mt.start(1):])
        seg = seg[:mt.start()]
        raw = raw[:len(raw) - len(mt.group())] if raw.endswith(mt.group()) else raw
    elif mv := _SPREAD_VERB.search(seg):
        # 分别提高到 / 分别削减 / 分别稳定在: what 分别 opens before the values is the predicate, the heads stand before it
        seg = seg[:mv.start()]
        raw = raw[:len(raw) - len(mv.group())] if raw.endswith(mv.group()) else raw
    seg = re.sub(r"(?:增长|为|达到|达|下降)$", "", seg)
    raw = re.sub(r"(?:增长|为|达到|达|下降)$", "", raw)
    members = _class_members(seg, n, text[layout.sent_of(first.vs)[0]:s])
    if members is not None:
        return [m + "\x01" + cmp_tail for m in members]
    parts = _split_items(seg)
    written = _split_items(raw)
    if 2 <= len(parts) < n and len(written) == n:
        parts = written
        # 肉、奶、禽蛋产量分别增长a、b、c: the items written out one by one, as many as the values, are the list's
        # (the single characters joined as one compressed modifier, 肉奶, left one item short)
    if len(parts) > n and len(listed := [p for p in seg.split("、") if p]) == n:
        # 教育、卫生、社会保障和社会组织、文化体育和娱乐投资分别增长a、b、c和d: the 、 parts as many as the values are
        # the items (a 和 inside one names it: 社会保障和社会组织), not the last n pieces cut at every 和
        parts = listed
    if len(parts) < n and len(written) != n and not expand_parts(clean_phrase(parts[-1]) if parts else "", n) and \
            (before := _comma_items_before(text, layout, s, n - len(parts))):
        # 纺织,化工,电子增加值分别增长a、b、c: the items before written apart by commas, as 、 would list them
        raw = "、".join(before + [raw])
        seg = join_single_parts(_lead_place_off(_front_frame_end_cut("、".join(before + [seg])), names or []))
        parts = _split_items(seg)
    if len(parts) < n:
        # 城乡居民人均可支配收入分别为A、B / 一三产业比重分别…: a compressed coordination names the items
        phrase = clean_phrase(SUBJECT_WORDS.sub("", _TIME_WORDS.sub("", parts[-1] if parts else "")))
        expanded = expand_parts(phrase, n) or _single_char_items(_split_items(raw), n)
        if expanded is None:
            return None
        return [p + "\x01" + cmp_tail for p in expanded]
    # the items before the last end where the list joins them: only their fronts are trimmed (国有、民营企业: 有 stays)
    parts = [clean_lead(_TIME_WORDS.sub("", p)) or p for p in parts[-n:-1]] + \
        [clean_phrase(_TIME_WORDS.sub("", parts[-1])) or parts[-1]]
    counted = _counted_items(parts)
    if counted is not None:
        return [p + "\x01" + cmp_tail for p in counted]
    parts = _shared_verb_off(parts)
    head = ""
    banded = _shared_band_head(parts)
    if banded is not None:
        parts, head = banded
    elif "的" in parts[-1]:
        last, head = parts[-1].rsplit("的", 1)
        parts[-1] = last
    else:
        # 新增开工、竣工项目 / 地区生产总值、规上工业增加值增速: the last item carries the head all items share
        m = _SHARED_HEAD_END.search(parts[-1])
        measure_head = bool(m) and m.group() in ("增速", "增幅", "比重", "占比", "增长率")
        alike = _alike_items_end(parts) if m and not measure_head else 0
        if alike:
            head = parts[-1][alike:]  # 新审批、新开工、新竣工亿元以上产业类项目: the class is every item's
            parts[-1] = parts[-1][:alike]
        elif m and len(parts[-1]) > len(m.group()) and (measure_head or all(len(p) <= 4 for p in parts[:-1])):
            head = m.group()
            parts[-1] = parts[-1][:-len(head)]
        elif _shared_suffix_head(parts):
            # 粮油食品类、饮料类、烟酒类商品零售额: items ending alike (…类) share what the last writes after its own end
            head = _shared_suffix_head(parts)
            parts[-1] = parts[-1][:-len(head)]
        elif all(len(p) <= 4 for p in parts[:-1]):
            cut = _modifier_end(parts[-1], frozenset(len(p) for p in parts[:-1]), tuple(parts[:-1]))
            if cut:
                head = parts[-1][cut:]
                parts[-1] = parts[-1][:cut]
    if not head and (lm := _LIST_MEASURE_END.search(parts[-1])) and len(parts[-1]) > len(lm.group()):
        # 工业机器人、集成电路产量: the last item's measure is every item's however long the items are, unless an
        # item names its own (地区生产总值、…)
        return [p + ("" if _OWN_MEASURE_END.search(p) or p.endswith(lm.group()) else lm.group()) + "\x01" + cmp_tail
                for p in parts[:-1]] + [parts[-1] + "\x01" + cmp_tail]
    return [_with_head(p, head, u) + "\x01" + cmp_tail for p, u in zip(parts, units or [""] * len(parts))]


# 甲类、乙类、丙类零售额均实现两位数增长,分别增长a%、b%、c%: a clause of 分别 and its verb alone (or after the measure
# the values are of: 产值同比分别增长), after a clause whose 、-list of items shares a predicate (均/都 and words, no
# figure) that the values then spell out; or one that judges how the items changed (增长较快, 降幅较大)
_SPREAD_ONLY = rx.compile(rf"\s*(?P<noun>{alternation(zh.SPREAD_CLAUSE_MEASURES)})?\s*(?:同比|环比)?\s*(?:分别|依次)"
                          r"[\u4e00-\u9fff]{0,4}")
_SHARED_PREDICATE = rx.compile(r"(?<![人年平户亩])[均都][\u4e00-\u9fff]{1,12}")
_EVALUATED_END = rx.compile(rf"(?:{alternation(zh.EVALUATED_CHANGES)})(?:{alternation(zh.EVALUATION_ENDS)})$|"
                            rf"(?:生产|发展)?保持(?:{alternation(zh.EVALUATION_ENDS)})(?:增长|下降)?$")


def _items_before_spread(text: str, layout: Layout, cs: int, vs: int) -> tuple[int, str]:
    """(where the items of a 分别 list end, the measure the values' clause names for every item): (``vs``, "") when its
    own clause names them; when the value's clause is 分别 and a verb alone after a comma (or after the measure the
    values are of, 产值同比分别增长), the start of the shared predicate (均实现两位数增长) or of the judgement of the
    change (增长较快) closing the clause before, whose 、-list the values take one by one, and that measure ("" when
    the clause names none)."""
    m = _SPREAD_ONLY.fullmatch(text, cs, vs) if cs >= 2 and text[cs - 1] in ",，" else None
    if m is None:
        return vs, ""
    ps, _ = layout.clause_of(cs - 2)
    if text[ps - 1:ps] != "、":
        return vs, ""
    k = text.rfind("均", ps, cs - 1)
    k = max(k, text.rfind("都", ps, cs - 1))
    if k > ps and _SHARED_PREDICATE.fullmatch(text, k, cs - 1):
        return k, m.group("noun") or ""
    judged = _EVALUATED_END.search(text, ps, cs - 1)
    if judged is not None and judged.start() > ps:
        return judged.start(), m.group("noun") or ""
    return vs, ""


# 由上年的22%、29%和49%调整为21%、28%和51%: a list of values (the change's start) right before the verb to its end
_CHANGED_LIST_TO = rx.compile(rf"\d\s*(?:%|[\u4e00-\u9fff]{{0,3}}?)\s*(?:{alternation(zh.LIST_CHANGE_VERBS)})?"
                              rf"(?:{alternation(zh.CHANGE_TO)})\s*"
                              rf"(?:(?:19|20)\d\d\s?年(?:末|底)?的|(?:{alternation(zh.PRESENT_YEAR_WORDS)})的)?\s*$")
# 三次产业结构由上年的 / 从2020年的: the change's start and its time, after the items' names
_FROM_BASE_END = rx.compile(rf"(?:{alternation(zh.FROM_WORDS)})(?:{alternation(zh.CHANGE_START_YEARS)}|"
                            rf"(?:19|20)\d\d\s?年)?(?:末|底|同期)?的?\s*$")


def _front_frame_end_cut(seg: str) -> str:
    return seg[_front_frame_end(seg):]


# an item a comma sets apart from the next: a bare name (Han, a bracket of its own), no figure, no frame (从行业看)
_COMMA_ITEM = rx.compile(r"[\u4e00-\u9fff]{1,12}(?:[(（][^()（）,，、\d]{1,10}[)）])?")
_COMMA_ITEM_NOT = rx.compile(rf"(?:{alternation(zh.COMMA_ITEM_NOT_ENDS)})$|^(?:{alternation(zh.CLAUSE_CONNECTIVES)})")


def _comma_items_before(text: str, layout: Layout, s: int, k: int) -> list[str] | None:
    """The ``k`` items a 分别 list writes before its clause (starting at ``s``) set apart by commas (纺织,化工,电子增加值
    分别增长…; 城镇，农村居民…分别为…): each clause a bare name, or None when fewer such clauses stand there."""
    out: list[str] = []
    p = s
    while len(out) < k:
        if p < 2 or text[p - 1] not in ",，":
            return None
        a, _ = layout.clause_of(p - 2)
        name = text[a:p - 1].strip()
        if not _COMMA_ITEM.fullmatch(name) or _COMMA_ITEM_NOT.search(name) or _TIME_WORDS.fullmatch(name) \
                or SUBJECT_WORDS.fullmatch(name):
            return None
        out.insert(0, name)
        p = a
    return out


# 甲和乙均增长10% / 甲、乙均居全省第一: one value 均 gives every head of the coordination before it (not 人均, 平均)
# (a change or a rank only: 均已超过55% / 均迈上百亿台阶 state a bound each reached, read as one figure)
_SHARED_VALUE = rx.compile(rf"(?<![人年平户亩])均(?:同比|比上年)?(?:{alternation(zh.RATE_MOVE_VERBS)}|"
                           rf"(?:{alternation(zh.RANKED_VERBS)})[^\d,，;；。、:：]{{0,8}})$")
# 甲和乙两大产业均…: a coordination its count closes is a set of that many, read as one
_COUNTED_SET_END = rx.compile(r"[两二三四五六七八九十\d]+(?:大|个|项|类|家)[\u4e00-\u9fff]{0,6}$")


def _shared_value_heads(text: str, layout: Layout, cands: list[Cand], names: list[str]) -> list[Cand]:
    """城镇居民人均可支配收入和农民人均纯收入均增长10% / 单位生产总值能耗和二氧化碳排放量均下降3.5% / 甲、乙均居全省第一:
    one value that 均 states of each head of a coordination is a fact of each head (a copy of the figure per head,
    each named by its own head); a coordination of places (甲县和乙县均…) is left to the subjects' readers.  A rank 均
    gives every measure coordinated before it (甲、乙增速均居全市第二), or the figures its sentence stated before it when
    the clause only points at them (两项指标增速均…, 增幅均…, 均… right after them), is named by all of those measures."""
    out: list[Cand] = []
    for c in cands:
        out.append(c)
        if c.group >= 0 or c.item or not c.indicator:
            continue
        cs, _ = layout.clause_of(c.vs)
        m = _SHARED_VALUE.search(text, cs, c.vs)
        if m is None:
            continue
        if c.measure == "rank":
            cs = min(cs, _comma_clause_start(text, layout, c.vs))  # 甲、乙增速均居…: the ranked items joined by 、
        seg = text[cs:m.start()]
        seg = _lead_place_off(seg[_front_frame_end(seg):], names)
        if c.measure == "rank" and (ranked := _ranked_figures_before(text, layout, out, c, seg)):
            c.indicator = ranked  # 甲增长6%,乙增长9%,两项指标增速均居全县第二: the rank of both figures' measures
            continue
        if not seg or re.search(r"[\d%]", seg) or _COUNTED_SET_END.search(seg):
            continue
        coord = clean_phrase(_TIME_WORDS.sub("", seg))
        parts = _split_items(coord)
        n = len(parts)
        if n < 2:
            continue  # 城乡居民收入均增长8%: a coordination written compressed is one measure, named as written
        if parts and (parts[0] in names or 3 <= len(parts[0]) <= 5 and parts[0][-1] in zh.PLACE_LEVEL_CHARS):
            continue  # 东坡县和岚溪县…均增长6%: places share the value, the subjects' readers spread it
        items = None
        for k in ((n,) if n >= 2 else (2, 3)):
            items = _list_items(text, layout, c, k, names, [c.unit] * k)
            if items:
                break
        if not items or len(items) > 5:
            continue
        heads = [it.split("\x01")[0] for it in items]
        if len(set(heads)) != len(heads) or any(len(h) < 2 or h in names for h in heads):
            continue
        ind = re.sub(r"均$", "", c.indicator)
        if c.measure == "rank" and not any(h in _ATTRIBUTE_HEADS for h in heads):
            if any(len(h) < 3 or len(h) <= 5 and h[-1] in zh.PLACE_LEVEL_CHARS for h in heads):
                continue  # 甲县、乙县均居全市前列 / 商水、郸城均…: bodies ranked, for the subjects' readers
            # 甲产量、乙产量增速均居全省第三: the rank of every measure coordinated, not of the last alone
            c.indicator = _ranked_measures_name(heads, seg, ind)
            continue
        if c.measure == "rank" and all(h in _ATTRIBUTE_HEADS for h in heads):
            # 社会消费品零售总额1200亿元,总量和增速均居全省第二: each attribute of the measure just named is ranked
            noun = _named_before(layout, out, c)
            scope = _RANK_SCOPE_END.search(ind)
            if not noun:
                continue
            c.indicator = noun + "和".join(heads) + (scope.group() if scope else "排名")
            continue
        # one numeral is one fact (SCHEMA): the value is each head's, its name names them all (城乡居民人均可支配收入均…
        # names 城镇居民人均可支配收入和农村居民人均可支配收入)
        if coord and coord in ind:
            c.indicator = ind.replace(coord, "和".join(heads), 1)
        elif c.measure != "rank" and (not ind or ind in coord):
            c.indicator = "和".join(heads)
    return out


_PART_MEASURE_END = rx.compile(rf"(?:{alternation(tuple(zh.PART_MEASURES))})$")
_BARE_MEASURES = frozenset(tuple(zh.PART_MEASURES) + tuple(zh.PART_MEASURES.values()) + zh.LIST_MEASURE_HEADS +
                           zh.BARE_LIST_MEASURES)


def _bare_items_named(items: list[str]) -> list[str]:
    """粮食播种面积、总产量分别为…: an item that is only a measure's word is of what the first item's measure is of
    (粮食总产量); a rate word alone is of the first item's measure itself (地区生产总值、增速 → 地区生产总值增速)."""
    first = items[0].split("\x01")[0]
    pm = _PART_MEASURE_END.search(first)
    out = [items[0]]
    for it in items[1:]:
        name, sep, tail = it.partition("\x01")
        if name in _RATE_HEADS and pm:
            name = first + name
        elif name in _BARE_MEASURES and pm and len(first) - len(pm.group()) >= 2:
            name = first[:pm.start()] + name
        out.append(name + sep + tail)
    return out


_ATTRIBUTE_HEADS = frozenset(zh.ANAPHORIC_MEASURES + zh.RANKED_RATE_WORDS)  # 总量, 规模, 增速: of a measure named before
_RANK_SCOPE_END = rx.compile(r"(?:全[省市县区州盟旗国]|各[\u4e00-\u9fff、]{1,8})?排名$")


# 东城区、西城区 / 城关镇和河口镇 / 市场监管局、公安局: the holders a 各 count is spread over, no part of what is counted
_HOLDER = rx.compile(rf"[\u4e00-\u9fff]{{1,8}}?(?:[{zh.PLACE_LEVEL_CHARS}]|街道|部门|单位|局|委|办)")
_HOLDER_JOINER = rx.compile(r"[、和与及]")


def _counts_before(layout: Layout, by_vs: list[Cand], starts: list[int], c: Cand) -> list[Cand]:
    """The counts before ``c`` in its sentence, named already, in the unit of ``c`` (in their order)."""
    ss, _ = layout.sent_of(c.vs)
    return [x for x in by_vs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, c.vs)]
            if x.measure == "count" and x.unit == c.unit and x.indicator]


def _each_counted(own: str, c: Cand, before: list[Cand], names: set[str]) -> str:
    """What a count after 各 counts (共受理投诉45件,其中东城区、西城区各12件 / 城关镇、河口镇各5个): the holders named before
    各 share the figure, they are not what it counts; with nothing else left, the noun of the last count of the same
    unit before it in the sentence is (受理投诉).  A distributive 各 before the count's own verb (两局各查处案件4起) is
    left off the name."""
    rest = own[1:] if own.startswith("各") and len(own) >= 3 else own
    bare = rest[:-1] if rest.endswith("各") else rest
    holders = [p for p in _HOLDER_JOINER.split(bare) if p]
    if bare and not all(p in names or _HOLDER.fullmatch(p) for p in holders):
        return rest if rest != own else own
    return _IND_RE17.sub("", before[-1].indicator) or before[-1].indicator if before else rest


# 两项指标增速 / 三项主要指标 / 上述指标增幅: the figures just stated, counted or pointed at, before 均 and a rank
_FIGURES_POINTED = rx.compile(rf"(?P<pointer>{alternation(zh.FIGURES_POINTERS)})?"
                              rf"(?:(?P<n>[两二三四五六七八九十]|\d{{1,2}})(?:项|个))?"
                              rf"(?:{alternation(zh.FIGURES_POINTED_CLASSES)})*"
                              rf"(?P<noun>{alternation(zh.FIGURES_POINTED_NOUNS)})?的?"
                              rf"(?P<rate>{alternation(zh.RANKED_RATE_WORDS)})?")
_NUMBERS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _ranked_measures_name(heads: list[str], seg: str, ind: str) -> str:
    """The name of a rank every measure of ``heads`` holds (均居全市第二): the measures joined as statistics write them
    (two by 和, more by 、), the rate word the clause ranks them by (增速) once after them, the rank's scope and 排名."""
    rate = next((w for w in zh.RANKED_RATE_WORDS if seg.endswith(w)), "")
    heads = [h[:-len(rate)] if rate and h.endswith(rate) and len(h) > len(rate) + 1 else h for h in heads]
    scope = _RANK_SCOPE_END.search(ind)
    return shorten(("和" if len(heads) == 2 else "、").join(heads) + rate + (scope.group() if scope else "排名"), 48)


def _ranked_figures_before(text: str, layout: Layout, before: list[Cand], c: Cand, seg: str) -> str:
    """A rank 均 states of the figures its sentence stated before it, pointing at them by no name of their own (两项指标
    增速均排名全市第三 / 上述指标均居全省前列 / 甲产品120个、乙产品80个,均居全国第3位): the rank of each of those measures,
    named by all of them (_ranked_measures_name).  The figures are the last ones of one measure before the rank (the
    growths when the clause ranks by 增速), as many as the clause counts; "" when the clause names a measure of its own
    or fewer than two figures are there."""
    m = _FIGURES_POINTED.fullmatch(_TIME_WORDS.sub("", seg).strip(" ,，:："))
    if m is None or seg.strip() and not (m.group("n") or m.group("rate") or m.group("noun") or m.group("pointer")):
        return ""
    ss, _ = layout.sent_of(c.vs)
    figures = [x for x in before if ss <= x.vs < c.vs and x.indicator and x.measure not in ("rank", "delta")]
    if m.group("rate"):
        figures = [x for x in figures if x.measure == "growth"]
    elif figures:
        last = figures[-1].measure
        k = len(figures)
        while k > 0 and figures[k - 1].measure == last:
            k -= 1
        figures = figures[k:]
    names: list[str] = []
    for x in figures:
        name = _IND_RE17.sub("", x.indicator) or x.indicator
        if names and _PART_OPENER.search(text, figures[0].mend, x.vs) and text.find(name, figures[0].mend, x.vs) < 0:
            # 甲品牌120个,其中乙类30个: a part its name gave its whole's noun (乙类品牌) is listed as written (乙类)
            tail = os.path.commonprefix([name[::-1], names[0][::-1]])
            if len(tail) >= 2 and len(name) - len(tail) >= 2:
                name = name[:-len(tail)]
        if name in names:
            continue
        names.append(name)
    n = m.group("n")
    if n:
        count = int(n) if n.isdigit() else _NUMBERS[n]
        if len(names) < count:
            return ""
        names = names[-count:]
    if len(names) < 2:
        return ""
    return _ranked_measures_name(names, m.group("rate") or "", c.indicator)


def _named_before(layout: Layout, before: list[Cand], c: Cand) -> str:
    """The measure the last figure before ``c`` in its sentence names (no rank, no change; its growth words off)."""
    ss, _ = layout.sent_of(c.vs)
    for x in reversed(before):
        if x.vs >= c.vs or x.measure in ("rank", "delta") or not x.indicator:
            continue
        if x.vs < ss:
            break
        return _IND_RE17.sub("", x.indicator) or x.indicator
    return ""


_RATE_HEADS = ("增速", "增幅", "比重", "占比", "增长率")  # measures of a measure: 地区生产总值、规上工业增加值增速


def _with_head(item: str, head: str, unit: str) -> str:
    """An item of a coordination with the head the last item writes for all: not twice (粮食产量、蔬菜产量 → 粮食产量), not
    a rate's head on an amount (分别达到120亿元和12%: 占比 is the second's), and not a measure's name on an item that
    names its own measure (城镇化率、森林覆盖率: 城镇化率 takes no 覆盖率)."""
    if not head or item.endswith(head):
        return item
    if unit_class(unit) in ("level", "count", "magnitude") and (head in _RATE_HEADS or head.endswith("率")):
        return item
    if head not in _RATE_HEADS and _OWN_MEASURE_END.search(item) and _OWN_MEASURE_END.search(head):
        return item
    return item + head


def _shared_suffix_head(parts: list[str]) -> str:
    """The head the last item writes after the character every earlier item ends in (粮油食品类、饮料类、烟酒类商品
    零售额 → 商品零售额), or ""."""
    ends = {p[-1] for p in parts[:-1] if p}
    if len(ends) != 1 or len(parts) < 2 or any(len(p) < 2 for p in parts[:-1]):
        return ""
    k = parts[-1].find(ends.pop(), 1)
    return parts[-1][k + 1:] if k > 0 and len(parts[-1]) - k - 1 >= 2 else ""


def _alike_items_end(parts: list[str]) -> int:
    """Where the last item of a coordination of items alike (one short length, each a word: 新审批、新开工、
    新竣工亿元以上产业类项目) ends, when what the last writes after it is longer than a bare head: that whole
    qualified noun (亿元以上产业类项目) is every item's, not the bare 项目 alone; 0 otherwise."""
    lengths = frozenset(len(p) for p in parts[:-1])
    if len(lengths) != 1 or max(lengths) > 4:
        return 0
    cut = _modifier_end(parts[-1], lengths, tuple(parts[:-1]))
    head = parts[-1][cut:]
    if cut != max(lengths) or not _SHARED_HEAD_END.search(head) or _SHARED_HEAD_END.fullmatch(head):
        return 0
    return cut


def _shared_verb_off(parts: list[str]) -> list[str]:
    """已完成新审批、新开工、新竣工亿元以上项目41、30、22个: the verb opening the first item (完成) governs the whole
    coordination, no item's own: where the items between the first and the last are of one short length and the
    first is that long after a verb, the verb goes, so that the items are alike and share the last one's head."""
    if len(parts) < 3:
        return parts
    lengths = {len(p) for p in parts[1:-1]}
    if len(lengths) != 1:
        return parts
    L = lengths.pop()
    first = parts[0]
    if L > 4 or len(first) <= L:
        return parts
    lead = _posseg().lcut(first[:-L])
    if len(lead) == 1 and lead[0].flag == "v":
        return [first[-L:]] + parts[1:]
    return parts


@functools.lru_cache(maxsize=4096)
def _one_word(s: str) -> bool:
    """Whether ``s`` is one word of the shared dictionary (猪肉, 鸡蛋; not 奶蛋)."""
    words = dictionary_words(s)
    return bool(words) and len(words) == 1


def _modifier_end(last: str, lengths: frozenset, items: tuple[str, ...] = ()) -> int:
    """Where the modifier of a coordination's last item ends and the head all items share begins, or 0.

    Short modifiers before it share the head written after the last one: 城镇、农村常住居民人均可支配收入 (modifiers
    of one length: the last one's first word, or its first characters when they are a noun of that length),
    工业、服务业增加值 / 电子信息、新能源产业增加值 (the last item's first word, when a noun follows it)."""
    if not last:
        return 0
    toks = _posseg().lcut(last)
    bounds = []
    k = 0
    for w in toks:
        k += len(w.word)
        bounds.append(k)
    if len(lengths) == 1:
        L = next(iter(lengths))
        if len(last) - L >= 2:
            if L in bounds:
                return L
            head_toks = _posseg().lcut(last[:L])
            if L == 1 and items and not all(_one_word(p + last[L]) for p in items):
                head_toks = []  # 肉、奶、禽蛋产量: 奶蛋 is no word, 禽 alone cuts one (猪、牛、羊肉: 猪肉, 牛肉 are)
            if len(head_toks) == 1 and head_toks[0].flag in ("n", "ns", "s", "nz"):
                return L  # 城镇、农村居民…: 农村 is a word of the modifiers' length inside 农村居民
    i = 1 if len(toks) > 2 and toks[0].flag == "a" and toks[1].flag.startswith("n") else 0  # 新 + 材料
    if len(toks) >= i + 2 and len(last) - bounds[i] >= 2 and toks[i + 1].flag.startswith("n") and \
            toks[i].flag.startswith(("n", "vn", "j")):
        return bounds[i]
    return 0


_COUNT_LEAD = rx.compile(rf"^(?:{ARABIC}|{CHINESE})(?:{MAG_PATTERN})?(?:多|余)?(?:个|项|家|所|座|条|处|批)")


def _counted_items(parts: list[str]) -> list[str] | None:
    """38个产业项目、12个民生项目完成投资分别占…: items that are counted nouns name the groups; the measure
    written after the last one (完成投资) is every group's.  None when the items are not counted nouns."""
    if len(parts) < 2 or not all(_COUNT_LEAD.match(p) for p in parts):
        return None
    nouns = [_COUNT_LEAD.sub("", p) for p in parts]
    m = _SHARED_HEAD_END.search(nouns[0])
    if not m or not all(nouns):
        return None
    k = nouns[-1].find(m.group())
    tail = nouns[-1][k + len(m.group()):] if k > 0 else ""
    return [x + tail for x in nouns[:-1]] + [nouns[-1]]


# 甲有限公司、对乙有限公司: an item of a 分别 list naming a company in full (what is done to it may stand before it)
_COMPANY_ITEM = rx.compile(r"(?:对|给予|向)?(?P<name>[\u4e00-\u9fff（）()]{2,30}?(?:有限责任公司|股份有限公司|有限公司|"
                           r"公司|集团))")
_SPREAD_PREDICATE = rx.compile(r"(?:分别|依次)\s*(?:被|遭)?(?P<what>[\u4e00-\u9fff]{0,8}?)(?:了|为|达)?\s*$")


def _companies_spread(text: str, layout: Layout, members: list[Cand]) -> bool:
    """A、B分别被处罚a、b / 对A、B分别罚款a和b with A and B companies named in full: each value is its company's own
    figure (a company's figures are that company's), measured by what 分别 opens (处罚, 罚款), not the company's name
    and never the place the text speaks for.  Sets the members' subjects and items; False when the items are no
    companies."""
    names = [_COMPANY_ITEM.fullmatch(c.item.partition("\x01")[0]) for c in members]
    if len(members) < 2 or not all(names) or len({m.group("name") for m in names}) != len(names):
        return False
    pm = _SPREAD_PREDICATE.search(text, layout.clause_of(members[0].vs)[0], members[0].vs)
    what = pm.group("what") if pm else ""
    for c, m in zip(members, names):
        c.subject = m.group("name")
        c.item = what + "\x01" if what else ""
        c.extra["subject_written"] = m.group("name")
        c.extra["own_body"] = True
    return True


def _distributed_subjects(text: str, layout: Layout, cands: list[Cand], mentions: list[RegionMention],
                          m_starts: list[int]) -> None:
    """A list of places distributed over a list of values (A、B、C完成率分别为x、y、z): each value is its own
    place's, and what the items share after the place names (完成率) is what is measured."""
    spread: list[Cand] = []  # the last list spread over places
    prev: list[Cand] = []
    for members in _value_groups(cands):
        if prev and all(c.extra.get("place_led") for c in prev):
            spread = prev
        prev = members
        first = members[0]
        cs = _comma_clause_start(text, layout, first.vs)
        near = mentions[bisect.bisect_left(m_starts, cs):bisect.bisect_left(m_starts, first.vs)]
        # the places joined by 、/和/及/与 that the list's items open with, in order
        run = _place_run(text, near)
        if not run and _companies_spread(text, layout, members):
            continue  # 甲有限公司、乙有限公司分别被处罚120万元、80万元: each company's own figure
        if len(run) != len(members) and _continued_spread(text, layout, spread, members, mentions, m_starts):
            # 甲县、乙县、丙县分别交办问题12个、9个、7个,已整改10个、8个、7个: the next list of as many values, with no
            # places, items nor 分别 of its own, goes on over the same places
            for c, x in zip(members, spread):
                c.subject = x.subject
                c.extra["place_led"] = True
            continue
        if not _SPREAD_AT.search(text, cs, first.vs) and cs >= 2 and text[cs - 1] in ":：" and \
                _SPREAD_AT.search(text, _comma_clause_start(text, layout, cs - 2), cs):
            cs = _comma_clause_start(text, layout, cs - 2)  # …完成投资较大,分别为:120亿元、95亿元: 分别 before a colon
        if len(run) != len(members) and _SPREAD_AT.search(text, cs, first.vs) and \
                not _any_mention(mentions, m_starts, cs, first.vs):
            # 竣工较多的是A、B、C,分别为12、9、7个 / A、B、C项目数分别为…,完成投资分别为…: 分别 spreads the values over the
            # places an earlier clause of the sentence lists, the last such list of as many places; what the values'
            # own clause names before 分别 (完成投资) is what each measures
            ss, _ = layout.sent_of(first.vs)
            before = mentions[bisect.bisect_left(m_starts, ss):bisect.bisect_left(m_starts, cs)]
            run = next((r for r in reversed(_place_runs(text, before)) if len(r) == len(members)), [])
            if len(run) >= 2 and len({m.name for m in run}) == len(run):
                what = _SPREAD_AT.search(text, cs, first.vs)
                measure = clean_phrase(text[cs:what.start()].strip(" ,，")) if what else ""
                if not measure:
                    # 竣工较多的是A、B、C,分别为12、9、7: what the places were picked by (竣工) is what the values count
                    lead = text[layout.clause_of(run[0].start)[0]:run[0].start]
                    lead = _SELECTION_TAIL.sub("", _TIME_WORDS.sub("", lead))
                    measure = clean_phrase(SUBJECT_WORDS.sub("", lead))
                if not measure:
                    # A、B、C完成投资较大,分别为120亿元、95亿元、80亿元: what the places were picked by, after them
                    tail = _SELECTED_AFTER.fullmatch(text, run[-1].end, layout.clause_of(run[-1].start)[1])
                    measure = clean_phrase(tail.group("what")) if tail else ""
                for c, m in zip(members, run):
                    c.subject = m.name
                    c.item = measure + "\x01" if measure else ""
                    c.extra["place_led"] = True
            continue
        if not first.item:
            if len(run) == len(members) >= 2 and len({m.name for m in run}) == len(run) and \
                    _SPREAD_RIGHT_AFTER.match(text, run[-1].end, first.vs):
                # 甲县、乙县、丙县分别增长49.8%、36.9%和27%: the places right before 分别, nothing between them and it
                for c, m in zip(members, run):
                    c.subject = m.name
                    c.extra["place_led"] = True
            continue
        if len(run) != len(members) or len(run) < 2 or len({m.name for m in run}) != len(run):
            continue
        last_item, _, tail = members[-1].item.partition("\x01")
        written = text[run[-1].start:run[-1].end]
        if not last_item.startswith(written):
            continue  # the items are not the places (南昌市的A、B…)
        head = last_item[len(written):]
        for c, m in zip(members, run):
            c.subject = m.name
            c.item = head + "\x01" + tail if head else ""


_LIST_JOIN = rx.compile(r"、|和|及|与")
_SPREAD_AT = rx.compile(r"(?:分别|依次)")


def _continued_spread(text: str, layout: Layout, spread: list[Cand], members: list[Cand],
                      mentions: list[RegionMention], m_starts: list[int]) -> bool:
    """Does the list ``members`` go on over the places the list ``spread`` was spread over: as many values, in the
    same sentence, with only words of its own measure between (no place, no 、-list of items, no 分别 of its own:
    those make a list of its own)?"""
    if len(spread) != len(members):
        return False
    last, first = spread[-1], members[0]
    between = text[last.mend:first.vs]
    return layout.sent_of(last.vs) == layout.sent_of(first.vs) and "、" not in between and \
        not _SPREAD_AT.search(between) and not _any_mention(mentions, m_starts, last.mend, first.vs) and \
        len(between) <= LIST_MEMBER_REACH
# …北川县分别扣罚90万元、120万元 / …东湖区奖励120万元: what stands between the last ranked body and its values (分别
# and the verb granting or taking them), no figure, clause mark nor place of its own
_RANKED_BODY_DEED = rx.compile(r"\s*(?P<spread>分别|依次)?\s*(?P<what>[\u4e00-\u9fff]{1,8}?)\s*$")
_GRANT_LEADS = ("",) + zh.RANKED_AWARD_GIVING + ("对",)  # (给予第1名甲镇奖补200万元: the grant's verb first)
_AWARD = alternation(zh.RANKED_AWARD_VERBS)
_AWARD_BEFORE = rx.compile(rf"(?:{alternation(zh.RANKED_AWARD_GIVING)})?(?:一次性)?(?:{_AWARD})")
_AWARD_GIVEN = rx.compile(rf"(?:{alternation(zh.RANKED_AWARD_GIVING)})(?:一次性)?")
_AWARD_AFTER = rx.compile(rf"\s*(?:的)?(?:{_AWARD})")
_YEAR_OF = rx.compile(r"(?:\.\.)?(\d{4}|\?)")


def _placed_name(text: str, a: int, b: int, mentions: list[RegionMention], m_starts: list[int]) -> str:
    """The name written at ``a``..``b``: the gazetteer's name of the place a mention spans exactly (北川县 → 北川羌族
    自治县), else as written (高新区, 县住建局)."""
    j = bisect.bisect_left(m_starts, a)
    if j < len(mentions) and mentions[j].start == a and mentions[j].end == b:
        return mentions[j].name
    return text[a:b]


def _ranked_bodies_spread(text: str, layout: Layout, cands: list[Cand], ranked: list[Ranked],
                          mentions: list[RegionMention], m_starts: list[int]) -> None:
    """第一名东湖区、第二名高新区分别奖励120万元、90万元: a clause opening with bodies each labelled by its rank (a
    ranking notice's rewards and penalties) hands its values to them in order, as a list of places does: each value is
    its own body's, what the clause grants after the names (奖励, 扣罚) is what is measured.  The rank before each name
    says who it is, not whose the values are (the clause's rank facts keep it); a list of as many bodies as values is
    needed (one body and one value: the body's)."""
    by_start = sorted((r for r in ranked if r.rank and r.start >= 0), key=lambda r: r.start)
    if not by_start:
        return
    starts = [r.start for r in by_start]
    groups = [m for m in _value_groups(cands)] + [[c] for c in cands if c.group < 0]
    for members in groups:
        first = members[0]
        if first.rank or any(m.rank for m in members):
            continue
        cs = _comma_clause_start(text, layout, first.vs)
        i = bisect.bisect_left(starts, cs)
        run: list[Ranked] = []
        while i < len(by_start) and by_start[i].name_end <= first.vs:
            r = by_start[i]
            if r.rank[0] >= r.name_start:  # (a rank after its name: 东湖区位列第一 is the name's rank, no label)
                break
            gap = text[run[-1].name_end:r.start] if run else text[cs:r.start]
            if (run and _LIST_JOIN.fullmatch(gap.strip())) or (not run and gap.strip() in _GRANT_LEADS):
                run.append(r)
                i += 1
                continue
            break
        if len(run) != len(members):
            continue
        deed = _RANKED_BODY_DEED.fullmatch(text, run[-1].name_end, first.vs)
        if deed is None or (len(members) > 1 and not deed.group("spread")):
            continue
        what = deed.group("what")
        award = bool(_AWARD_BEFORE.fullmatch(what)) or bool(_AWARD_GIVEN.fullmatch(what)) and \
            bool(_AWARD_AFTER.match(text, members[-1].mend))
        for c, r in zip(members, run):
            c.subject = _placed_name(text, r.name_start, r.name_end, mentions, m_starts)
            c.item = what + "\x01"
            c.extra["place_led"] = True
            if award and c.measure == "level":
                year = _YEAR_OF.match(c.period or "")
                c.kind = "target"  # the ranking's reward or penalty: decided, not reported as paid
                c.period = year.group(1) if year else c.period
_SPREAD_RIGHT_AFTER = rx.compile(r"\s*(?:同比|比上年|较上年)?(?:分别|依次)")
# A、B、C完成投资较大 / 新开工项目最多: what the places a later 分别 spreads over were picked by, a measure then a selection
_SELECTED_AFTER = rx.compile(rf"(?P<what>[\u4e00-\u9fff]{{2,12}}?)(?:{alternation(zh.SELECTION_WORDS + ('较大', '最大'))})\s*[,，]?")
# 竣工较多的是 / 增速排名前三位的县(区)依次为 / 进度最快的是: how places were picked out of the whole, before their list
_SELECTION_TAIL = rx.compile(rf"(?:{alternation(zh.SELECTION_WORDS)})[^,，;；。\n]{{0,8}}?(?:{alternation(zh.LISTED_BODY_VERBS)})[:：]?$")


def _place_runs(text: str, near: list[RegionMention]) -> list[list[RegionMention]]:
    """The runs of places joined by 、/和/及/与 among ``near`` (in text order)."""
    runs: list[list[RegionMention]] = []
    for m in near:
        if runs and _LIST_JOIN.fullmatch(text, runs[-1][-1].end, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _place_run(text: str, near: list[RegionMention]) -> list[RegionMention]:
    """The last run of places joined by 、/和/及/与 among ``near``."""
    runs = _place_runs(text, near)
    return runs[-1] if runs else []


def _any_mention(mentions: list[RegionMention], m_starts: list[int], a: int, b: int) -> bool:
    j = bisect.bisect_left(m_starts, a)
    return j < len(mentions) and mentions[j].start < b


def _share_group_periods(cands: list[Cand]) -> None:
    """东坡区、仁寿县、青神县新开工项目分别为12个、9个、7个,完成投资…: the values of one list hold in one time, the one most
    of them were given (the last one, read alone, looked like a list's size before the work reported after it).  A list
    whose values are each given a time of their own (3月至5月,每月…分别为…: three months) keeps them."""
    for members in _value_groups(cands):
        periods = Counter(c.period for c in members)
        if len(periods) < 2 or len(periods) == len(members):
            continue
        (top, n), (_, m) = periods.most_common(2)
        if n > m:
            for c in members:
                c.period = top


# …,总投资210亿元 / …,计划总投资96亿元: a clause giving the whole investment of what the clause before counted
_LIST_TOTAL_CLAUSE = rx.compile(r"\s*(?:计划)?总投资(?:约|为|达|近|超)?\s*$")


def _list_total_periods(text: str, layout: Layout, cands: list[Cand]) -> None:
    """丙县计划实施县级重点项目72个,总投资210亿元: the total investment of a list, in the clause right after the
    list's count and of its kind, is a size of that list, in the count's year: a target with no time of its own was
    left without one ("") though the count before it took the year; the plan base of a county's list told in a
    start-up item (甲县计划实施重点项目65个,总投资180亿元,目前已开工48个) took the event's month, its count the year."""
    for prev, c in zip(cands, cands[1:]):
        if c.period == prev.period or c.measure != "level" or prev.kind != c.kind or prev.measure != "count" or \
                not re.fullmatch(r"\d{4}|\?", prev.period or "") or c.kind == "target" and c.period:
            continue
        ccs = _comma_clause_start(text, layout, c.vs)
        if prev.mend <= ccs and layout.sent_of(prev.vs) == layout.sent_of(c.vs) and \
                _comma_clause_start(text, layout, prev.vs) < ccs and _LIST_TOTAL_CLAUSE.fullmatch(text, ccs, c.vs) \
                and not text[prev.mend:ccs].strip(" ,，、"):
            c.period = prev.period


def _share_group_comparators(cands: list[Cand]) -> None:
    """分别达1000个、600个、300个以上: a trailing 以上 holds for every value of the list.  A list opened by a growth
    is a list of growths (拉动…分别为0.2、3.1、1.5个百分点: the later points read alone looked like a change)."""
    for members in _value_groups(cands):
        if members[0].measure == "growth":
            for m in members[1:]:
                if m.measure == "share" or m.measure == "delta" and m.unit == members[-1].unit:
                    m.measure = "growth"
        last = members[-1].comparator
        if last != "=" and all(m.comparator in ("=", last) for m in members[:-1]):
            for m in members[:-1]:
                m.comparator = last  # (分别控制在3%、5.5%、3‰以内: 控制在 bounds the first as 以内 bounds them all)


_SPREAD_NAME_JOINERS = rx.compile(r"、|和|及|与")


def _spread_rate_measures(text: str, cands: list[Cand]) -> None:
    """居民消费价格涨幅、城镇调查失业率、人口自然增长率分别控制在3%、5.5%、3‰以内: each rate of a 分别 list is of the
    measure its own name states, the i-th name the i-th value's, as many names as values: a rise (涨幅, 增速) a growth,
    a rate that stands (失业率, 自然增长率) a share; a list opened by a growth is no list of growths then."""
    for members in _value_groups(cands):
        if len(members) < 2 or not all(unit_class(m.unit) == "percent" for m in members):
            continue
        at = text.rfind("分别", max(0, members[0].vs - 12), members[0].vs)
        if at < 0:
            continue
        cs = max(text.rfind(ch, max(0, at - 120), at) for ch in ",，;；。:：\n") + 1
        names = [x.strip() for x in _SPREAD_NAME_JOINERS.split(text[cs:at])]
        if len(names) != len(members) or any(len(x) < 2 for x in names):
            continue
        for name, m in zip(names, members):
            if _STANDING_RATE.search(name) or name.endswith("率") and not _RATE_NAMED.search(name):
                m.measure = "share"
            elif _RATE_NAMED.search(name) or PRICE_INDEX.search(name):
                m.measure = "growth"


# 长春市区到双阳的车程从原来的1小时缩短至20分钟 / 通车后两地车程将从现在的3小时… / 全市通勤时间缩短至30分钟: the span
# of time cut is named right before 从 (or the cut's verb), after its last 的, time clause (…后) or scope word
_TIME_CUT_NAME = rx.compile(rf"(?<![\d.])(?P<name>[\u4e00-\u9fff]{{2,16}}?)(?:将|已|可|能)?"
                            rf"(?:(?:{alternation(zh.FROM_WORDS)})|(?:{alternation(zh.TIME_CUT_VERBS)})(?:到|至|在))")
_TIME_CUT_NAME_HEAD = rx.compile(r"^.*(?:的|后)|^全[省市县区州盟旗]|^[我本][省市县区州盟旗]")


def _time_cut_names(text: str, layout: Layout, cands: list[Cand]) -> None:
    """车程从原来的1小时缩短至20分钟: both spans of time are of the span named before the cut (车程), which the names
    read around them miss (the verb 缩短, the 从 and the time now: 的车程从原来缩短, or nothing for the second); a name
    already given without the cut's words stays."""
    for c in cands:
        if c.unit in ("天", SERVICE_DAY_UNIT) and _TIME_SPENT.search(text, max(0, c.vs - 3), c.vs):
            c.indicator = _time_spent_name(text, layout, c) or c.indicator
            continue
        if c.unit not in (*CLOCK_UNITS, "天", SERVICE_DAY_UNIT) or c.indicator and not _TIME_CUT.search(c.indicator) and \
                "从" not in c.indicator:
            continue
        ccs = _comma_clause_start(text, layout, c.vs)
        m = _TIME_CUT_NAME.match(text, ccs, c.vs) or _TIME_CUT_NAME.search(text, ccs, c.vs)
        if m is None:
            continue
        name = _TIME_CUT_NAME_HEAD.sub("", m.group("name"))
        if len(name) >= 2:
            c.indicator = name


def _time_spent_name(text: str, layout: Layout, c: Cand) -> str:
    """仅用5天完成200户群众搬迁: the days are the time the deed after them took, named by that deed (its own figures
    left out) and 用时; "" when no deed follows in the clause."""
    _, ce = layout.clause_of(c.vs)
    deed = re.sub(r"[\d.,]+|[^\u4e00-\u9fff]", "", VALUE_RE.sub("", text[c.mend:ce]))
    return deed[:16] + "用时" if len(deed) >= 2 else ""


_OUTPUT_FLOW_NAMED = rx.compile(rf"(?:{alternation(zh.OUTPUT_FLOW_NOUNS)})$")


def _output_flow_levels(cands: list[Cand]) -> None:
    """手机、计算机和彩电产量分别达18亿部、3.1亿台、1.9亿台 / 汽车生产203.8万辆 (named 汽车产量): a figure named as an
    output or a sale is an amount made or sold, a level, whatever pieces count it; read once the names are given, as
    a 分别 list's later members and a product made (生产) are named only then."""
    for c in cands:
        if c.measure == "count" and not c.rank and _OUTPUT_FLOW_NAMED.search(c.indicator or ""):
            c.measure = "level"


def _lead_group_comparators(text: str, cands: list[Cand]) -> None:
    """分别突破4万元、2万元 / 分别超过80%、60%和50%: a bound written once before the first value of a list holds for
    every value the list goes on with, bare figures joined by 、 or 和 (a bound written after the first value, 4万元
    以上、2万元, is its own)."""
    for members in _value_groups(cands):
        first = members[0]
        if first.comparator == "=" or first.cmp_fixed or len(members) < 2 or \
                any(op_rx.match(text[first.mend:first.mend + 4]) for op_rx, _ in CMP_AFTER):
            continue
        if not all(m.comparator == "=" for m in members[1:]):
            continue
        if all(_LIST_JOINT.fullmatch(text, a.mend, b.vs) for a, b in zip(members, members[1:])):
            for m in members[1:]:
                m.comparator = first.comparator


_LIST_JOINT = rx.compile(r"\s*(?:、|和|及|与|,|，)\s*")


# --------------------------------------------------------------------------- evidence

_GENERIC = rx.compile(
    r"同比|比上年|较上年|年均|平均|两年|三年|增长|增速|增幅|下降|提高|上升|排名|排|居|位居|位列|为|达到|达|是|全省|全国|全市|"
    r"已|已经|按时序|按时|完成|建成|运作|投运|计划|投资|投入|总金额|金额|总额|实际|建设|累计|共|共有|超过|超|突破|约|近|了|的|"
    r"并列|第|名|分别|均|其中|预计|净增加|净增|比|月末|月底|截至|以上|左右|多|新增|未来|今年|上半年|全年|再|实现|"
    r"占|约为|高出|低于|珠三角|长三角|全球|上年|去年|同期|末|增加|减少|上涨|回落|降低|成长|[\d.%一二三四五六七八九十]")


_NOT_HAN_OR_LATIN = rx.compile(r"[^\u4e00-\u9fffA-Za-z]")


def _evidence(text: str, layout: Layout, c: Cand) -> None:
    cs, ce = layout.clause_of(c.vs)
    # 、 separates clauses only right after a value (6%、固定资产投资增长20%); else it joins a list
    cs = _dunhao_start(text, layout, cs, c.vs)
    ce = _dunhao_end(text, layout, c.mend, ce)
    es = cs
    # skip a leading bullet or item label
    while es < ce and text[es] in " \t●■▶◆·-—*":
        es += 1
    body = text[es:c.vs]
    # (含第一批项目88个): a remark after the value names nothing the value measures
    rest = _GENERIC.sub("", body + _REMARK.sub("", text[c.mend:ce]))
    rest = _NOT_HAN_OR_LATIN.sub("", rest)
    if len(rest) < 2 and es > 0:
        ps, pe = layout.clause_of(es - 2) if es >= 2 else (0, 0)
        sep = text[es - 1] if es >= 1 else ""
        if sep in ",;、，；" and pe == es - 1:
            es2 = _comma_clause_start(text, layout, ps)
            while es2 < pe and text[es2] in " \t●■▶◆·-—*":
                es2 += 1
            es = es2
    c.es, c.ee = es, ce


_DIGIT_AHEAD_BRACKETED = rx.compile(r"\s*[\d]")


_ORDINAL_END = rx.compile(r"第[\d一二三四五六七八九十]+$")


def _dunhao_start(text: str, layout: Layout, cs: int, vs: int) -> int:
    """Walk the clause start back over 、 unless the 、 directly follows a value token."""
    while cs > 0 and text[cs - 1] == "、" and vs - cs < LIST_CAP:
        prev_seg = text[max(0, cs - 12):cs - 1]
        if re.search(r"[\d%][^\u4e00-\u9fff]*(?:以上|左右)?$|(?:个|家|项|所|名|万元|亿元|元|人)(?:以上|左右)?$",
                     prev_seg) and not _DIGIT_AHEAD_BRACKETED.match(text[cs:cs + 2]) \
                and not _ORDINAL_END.search(prev_seg):
            break
        ps, _ = layout.clause_of(cs - 2) if cs >= 2 else (0, 0)
        cs = ps
    return cs


_DIGIT_AHEAD = rx.compile(r"\s*\d")


_HEDGE_ONLY = rx.compile(r"(?:以上|左右|多)?")


def _dunhao_end(text: str, layout: Layout, mend: int, ce: int) -> int:
    n = len(text)
    while ce < n and text[ce] == "、" and ce - mend < LIST_CAP:
        seg_after = text[ce + 1:ce + 3]
        own = text[mend:ce]
        # the value ends the segment (6%、B…): stop here unless the list continues with a bare value
        if _HEDGE_ONLY.fullmatch(own) and not _DIGIT_AHEAD.match(seg_after) \
                and not text[max(0, mend - 8):mend].count("第"):
            break
        _, ce2 = layout.clause_of(ce + 1)
        ce = ce2
    return ce


# --------------------------------------------------------------------------- kind

_YEAR_RE = rx.compile(r"(?<!\d)((?:19|20)\d\d)(?=年)")


_DEADLINE = rx.compile(r"(?<!增长|增加|提高|提升|上升|下降|降低|减少|扩大|缩小|调整)到20\d\d年(?:底|末)?" + zh.YEAR_PROPORTION_GUARD +
                       r"|[“\"]?十[一二三四五六七八九]五[”\"]?(?:期末|末)")


_COUNTED_TASK = rx.compile(rf"\s*的?{zh.COUNTED_TASK_NOUN}")
# …分管目标任务15项 / 承担重点任务共8项: the task noun names what the count counts, right before it
_TASKS_COUNTED = rx.compile(rf"(?:目标任务|目标|任务)\s*(?:共|共有|有|为)?\s*$")
# the cues that state a plan a sentence may go on to report against: 计划, a task set (下达我市…目标任务)
_PLAN_CUE = rx.compile(r"(?:年内|今年|全年)?(?:计划|目标|要求)|谋划")  # (年内计划投资…, 投资目标为…, 要求完成投资…: the year's plan)
_ASSIGNED_TASK = rx.compile(zh.ASSIGNED_TASK)
_PLAN_BASE_REPORT = rx.compile(alternation(zh.PLAN_BASE_REPORTS))


# …,年度投资完成率47.49%: the rate of the plan done, in a clause that commits to nothing (力争投资完成率达到100% commits)
_PLAN_RATE = rx.compile(alternation(zh.PLAN_RATE_REPORTS))


def _plan_rate_reported(text: str, layout: Layout, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` reports the rate at which a plan is done (年度投资完成率47.49%), its clause stating no
    commitment of its own."""
    for m in _PLAN_RATE.finditer(text, lo, hi):
        cs = _comma_clause_start(text, layout, m.start())
        if _cue_kind(text[cs:m.start()], last=True, weak=False) != "target":
            return True
    return False


# 计划…项目20个,年度计划完成投资50亿元;1-6月完成投资28亿元,占年度计划的56%: a sentence that goes on to give the
# share done of the plan reports against it, in any genre
_PLAN_SHARE = rx.compile(alternation(zh.PLAN_SHARE_REPORTS))
# the year's plan amount named right before a figure (年度计划投资70亿元, 2031年计划完成投资88亿元, 年内计划投资约30亿元;
# 年度投资计划30亿元, and 年度投资30亿元 beside a work's or a list's size: what the year is to put in, unless a deed
# names it, 完成年度投资30亿元 / 累计完成年度投资…, done)
_YEAR_PLAN_AMOUNT = rx.compile(rf"(?:(?:(?:19|20)\d\d年|{alternation(zh.YEAR_PLAN_OWNERS)})计划(?:完成)?投资|"
                               rf"(?<!{zh.DONE_BEFORE_YEAR_AMOUNT})(?:年度|全年|当年|年)投资(?:计划)?)(?:额)?\s*"
                               r"(?:为|达|约|近|超|共)?\s*$")


# A count followed in its clause by what its members have done (15个项目已开工建设) reports a status; a set framed by 中
# before it (争取开工项目中, 其中) says what the set is, not what the count is.
_STATUS_AFTER = rx.compile(rf"[^\d,，;；。:：]{{0,8}}?(?<!将)(?<!要)(?:{alternation(zh.STATUS_AFTER_MARKS)})(?=[\u4e00-\u9fff])")
_SET_FRAME = rx.compile(r"中\s*[,，:：]?\s*(?:已有|有)?\s*$")
# …52个项目中, / 52项中: a set framed by 中 right after its count, its members' doings to follow; or those doings
# right after it (计划上半年建成的6个项目已完工4个 / 计划新建的12所学校均已开工)
_BASE_SET_AFTER = rx.compile(r"[^\d,，;；。:：]{0,10}?(?:(?<![高初集])中\s*[,，:：]|(?=(?:均|全部|都)?已))")


def _plan_reported_next(text: str, layout: Layout, c: Cand, ss: int, se: int, progress: bool) -> bool:
    """The plan a sentence states (计划 its last target cue) is the base the next sentence of the paragraph reports a
    share of (占年度计划的56%), as of a time of the report (1-6月, 上半年, 截至) outside a progress report's genre, or
    reports against as the outturn it opens with (完成情况:建成…).  A rate the plan sets (计划完成投资85.9亿元,增速12%)
    is no base a share done is taken of: it stays the plan's target."""
    if c.measure == "growth":
        return False
    ps, pe = layout.para_of(c.vs)
    _, s_end = layout.sent_of(c.vs)
    if s_end + 1 >= pe:
        return False
    ns, ne = layout.sent_of(s_end + 1)
    ne = min(ne, ns + 400)
    if TARGET_STRONG.search(_plan_compared_masked(text[c.mend:ne])):
        return False  # (完成年度计划的62.4% names the plan it measures: no commitment)
    # 2023年:计划新建安置房300套。完成情况:建成320套: a sentence opened by the outturn it states reports against the plan
    opened = _OUTTURN_OPENER.match(text, ns + len(text[ns:ne]) - len(text[ns:ne].lstrip()))
    if not opened and (not _PLAN_SHARE.search(text, ns, ne) or not progress and not _REPORT_TIME.search(text, ns, ne)):
        return False
    return _plan_base(text, ss, c.vs, c.mend, ne)


_PLAN_TIME_CUE = rx.compile(r"年内|今年|全年|上半年|下半年|年底|年末|[一二三四]季度")


_SEMICOLON = rx.compile(r"[;；]")


def _year_plan_stated(text: str, layout: Layout, c: Cand, ccs: int, se: int) -> bool:
    """The amount is the year's plan named right before it (年度计划投资70亿元, 2031年计划完成投资88亿元) and neither
    the rest of its sentence nor the next sentence, in its paragraph or the next line, reports against it (…,1-6月完成
    投资26亿元 / 。⏎截至8月底,…占年度计划的57.8%: then it is the base of what was done, SCHEMA): a plan stated, a
    target of the year."""
    m = _YEAR_PLAN_AMOUNT.search(text, max(ccs, c.vs - 16), c.vs) if c.measure == "level" else None
    # (完成投资88亿元,占年度计划投资110亿元的80%: the plan a share done is taken of, named inside the share)
    return m is not None and not _plan_base_reported(text, ccs, m.start()) and \
        not _plan_reported_after(text, layout, c, se)


def _plan_reported_after(text: str, layout: Layout, c: Cand, se: int) -> bool:
    """Whether the rest of the plan amount's own item (up to a semicolon) or the next sentence, in its paragraph or
    the next line, reports against it (…,1-6月完成投资26亿元 / 。⏎截至7月底,…占年度计划的57.8%)."""
    own_end = _own_item_end(text, c, se)  # (…,年计划投资40亿元;民生项目37个,…占比18%: another item)
    if _plan_base_reported(text, c.mend, own_end) or _PLAN_RATE.search(text, c.mend, own_end):
        return True
    ns, ne = _next_sentence(text, layout, c.vs)
    # (…;其中…。⏎据悉,一季度,全市484个重点项目开复工358个: another list's progress, no report against this plan)
    return bool(_PLAN_SHARE.search(text, ns, ne) or _PLAN_RATE.search(text, ns, ne) or
                _REPORT_TIME.search(text, ns, ne) and "完成投资" in text[ns:ne])


def _plan_share_after(text: str, layout: Layout, c: Cand, se: int) -> bool:
    """Whether a share of the plan is taken (占年度计划的57.8%, 完成年度计划的26%, 投资完成率) in the rest of the
    figure's own item, or the next sentence takes one or reports the investment done as of a time (1—8月完成投资55亿元,
    as facts._plan_reported_after reads it): what makes a year's list stated as a plan the base of what was done
    (SCHEMA; s30, adopted).  A share the plan is of a whole (…,年度计划投资1850亿元,占全省投资的35%) takes none."""
    own_end = _own_item_end(text, c, se)
    ns, ne = _next_sentence(text, layout, c.vs)
    return any(p.search(text, lo, hi) for p in (_PLAN_SHARE, _PLAN_RATE) for lo, hi in ((c.mend, own_end), (ns, ne))) or \
        bool(_REPORT_TIME.search(text, ns, ne) or _MONTH_OPENS.match(text, ns, ne)) and "完成投资" in text[ns:ne]


# 1月份,重点工程完成投资12亿元: a sentence opened by the month it reports on
_MONTH_OPENS = rx.compile(r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?\s*[,，]")


def _own_item_end(text: str, c: Cand, se: int) -> int:
    """The end of the figure's own item in its sentence: the next semicolon, else the sentence's end."""
    semi = _SEMICOLON.search(text, c.mend, se)
    return semi.start() if semi else se


def _next_sentence(text: str, layout: Layout, at: int) -> tuple[int, int]:
    """The sentence after the one at ``at`` (in its paragraph or on the next line; at most 400 characters of it), or
    an empty span at the text's end."""
    _, s_end = layout.sent_of(at)
    ns = s_end + 1
    while ns < len(text) and text[ns] in " \t\r\n\u3000":
        ns += 1
    if ns >= len(text):
        return len(text), len(text)
    ns, ne = layout.sent_of(ns)
    return ns, min(ne, ns + 400)


def _plan_base(text: str, ccs: int, vs: int, mend: int, se: int) -> bool:
    """计划 is the clause's last target cue and the sentence goes on to report against the figure (a weak cue that
    plans, 谋划实施…项目386个, counts as one; another weak cue, 加快, never hides the plan)."""
    seg = text[ccs:vs]
    hits = sorted(_cues(seg, True) + [h for h in _cues(seg, False) if h[1] == "target" and _PLAN_CUE.match(seg, h[0])])
    # (计划年内实施的… / 计划上半年建成的…: the plan's time after it, no cue of its own; 年内计划投资 is the plan)
    hits = [h for h in hits if not _PLAN_TIME_CUE.match(seg, h[0]) or _PLAN_CUE.match(seg, h[0])]
    if not hits or hits[-1][1] != "target" or not _PLAN_CUE.match(text, ccs + hits[-1][0]):
        return False
    return _plan_base_reported(text, mend, se)


def _plan_base_reported(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` reports against a plan (已, 完成, 占 …: zh.PLAN_BASE_REPORTS); a deed word that names
    another plan amount (…;基础设施项目15个,计划完成投资25亿元) reports nothing (figure.plan_amount_named)."""
    return any(not plan_amount_named(text, m.start()) for m in _PLAN_BASE_REPORT.finditer(text, lo, hi))


# 1-9月计划开工70项 / 截至10月底计划竣工20项 / 上半年计划完成投资: a plan for a part of the year that has run (a span of
# months from January, a month's end reached, a half or the first quarters), the time a progress figure is set against
_ELAPSED_PART = (r"(?:[1-9一二三四五六七八九十]{1,2}\s*[-—－~～至]\s*(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?|"
                 r"(?:截至|截止|至)(?:目前|\s*(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:底|末|份))|"
                 r"上半年|前三季度|一季度)")
_PLAN_DEED = rx.compile(rf"计划(?:新)?(?P<deed>{alternation(zh.PLAN_PART_DEEDS)})")
_PART_PLAN = rx.compile(rf"{_ELAPSED_PART}[^,，;；。:：\d]{{0,6}}?计划(?:新)?(?P<deed>{alternation(zh.PLAN_PART_DEEDS)})")
_ELAPSED_PART_BEFORE = rx.compile(rf"{_ELAPSED_PART}[^,，;；。:：\d]{{0,6}}?计划")
_ELAPSED_PART_TIME = rx.compile(_ELAPSED_PART)


def _part_plan_after(text: str, ccs: int, vs: int, mend: int, se: int) -> bool:
    """Is the plan at ``text[ccs:vs]`` (全年计划新开工项目86项) followed in its sentence by the plan of the same deed for
    the part of the year that has run (,1-9月计划开工70项,实际开工67项)?  The outturn is then set against that part's
    plan: the year's plan is no base of it, and stays what it was written as, a plan."""
    own = _PLAN_DEED.search(text, ccs, vs)
    return own is not None and any(m.group("deed") == own.group("deed") for m in _PART_PLAN.finditer(text, mend, se))


# ,开工67项 / ;1-9月开工67项 / ,其中已竣工20项: a clause doing the deed a plan before it named, no plan or will of its own
# before the deed (its time, 其中, 已, 实际 … may open it)
_DEED_DONE_AFTER = r"[,，;；]\s*(?:(?!计划|将|要|力争|争取|确保|预计)[^,，;；。:：])" + "{0,8}?(?<!计划)(?<!计划新)(?:新)?"


def _plan_outturn_masked(seg: str, rest: str) -> str:
    """``seg`` (the sentence before a value's clause) with each 计划 masked whose deed (计划开工70项) the sentence goes
    on to state as done in a later clause up to the value (,开工67项 / ,实际竣工20项): the plan is then the yardstick
    the outturn is set against, no commitment of the clauses after it (计划开工70项,开工67项,其中提前开工2项:
    all of them but the plan report).  A plan whose deed is not written again (计划新建学校3所,改造道路10公里) still
    governs the clauses after it."""
    if "计划" not in seg:
        return seg
    after = seg + rest
    for m in _PLAN_DEED.finditer(seg):
        if _deed_done_after(m.group("deed")).search(after, m.end()):
            seg = seg[:m.start()] + "##" + seg[m.start() + 2:]
    return seg


@functools.lru_cache(maxsize=None)
def _deed_done_after(deed: str) -> re.Pattern:
    """The clause doing ``deed`` again after its plan (``_DEED_DONE_AFTER`` then the deed), compiled once per deed
    (a closed class: zh.PLAN_PART_DEEDS): it was parsed and compiled anew for every plan of every value's sentence,
    about 1 % of a first sight of real pages."""
    return rx.compile(_DEED_DONE_AFTER + re.escape(deed))


def _elapsed_part_plan(text: str, ccs: int, vs: int) -> bool:
    """Does the plan's own clause open with a part of the year that has run (1-9月计划开工70项 / 截至10月底计划竣工
    20项)?  What was due by a time already reached is the base a progress figure is measured against, no commitment."""
    return bool(_ELAPSED_PART_BEFORE.search(text, ccs, vs))


_BRACKETED = rx.compile(r"[(（][^()（）\n]{0,30}[)）]")
_VS_TARGET = rx.compile(rf"(?:{alternation(zh.TARGET_COMPARED)})(?:{alternation(zh.TARGET_COMPARED_QUALIFIERS)})?"
                        rf"(?:{alternation(zh.TARGET_COMPARED_MEASURES)})?$")


def _unbracketed(seg: str) -> str:
    """``seg`` without its remarks in brackets (新开工项目14个(目标任务12个),…: the task is said of 14 alone)."""
    return _BRACKETED.sub("", seg) if "(" in seg or "（" in seg else seg


def _target_after(seg: str) -> bool:
    """A word after the value makes it a target (…的年度任务), unless it is the target the value is set against
    (高于目标2个百分点, 超出年度目标) or a remark in brackets on another value (引进企业9家(任务数8家))."""
    seg = _plan_compared_masked(_unbracketed(seg))
    return any(not _VS_TARGET.search(seg, max(0, m.start() - 8), m.start()) for m in TARGET_AFTER.finditer(seg))
_TASK_OPEN = rx.compile(rf"[(（](?:{alternation(zh.TASK_BRACKET_WORDS)})[为是:：]?\s*$")
_TASK_AFTER = rx.compile(rf"\s*[(（](?:{alternation(zh.TASK_BRACKET_WORDS)})[为是:：]?\s*\d")


# 目标任务共86项 / 42项年度目标任务: the tasks a count counts, their 目标 no commitment of the sentence's other figures
_TASK_SET_NOUN = rx.compile(r"目标(?=任务\s*(?:共|共有|总计|合计|有|为)?\s*[\d一二三四五六七八九十]+\s*[项个件条])|"
                            r"(?<=[项个件条])目标(?=任务)|(?<=[项个件条])(?:年度|重点|主要)目标(?=任务)")


# 完成投资目标任务的70% / 占全年目标的52% / 达到年度计划的108%: the whole a share done is taken of, right before the share
# (占全年计划新开工项目的35%: the plan's set or amount may be named after its word, 计划新开工项目 / 计划投资)
_ACHIEVED_SHARE_OF = rx.compile(rf"(?:{alternation(zh.ACHIEVED_SHARE_VERBS)})[\u4e00-\u9fff]{{0,8}}?"
                                rf"(?:{alternation(zh.ACHIEVED_SHARE_WHOLES)})(?:[\u4e00-\u9fff]{{0,6}}?"
                                rf"(?:{alternation(zh.ACHIEVED_SHARE_SETS)}))?的\s*$")


def _achieved_share_masked(own: str) -> str:
    """``own`` (a clause up to its value) with the target a share done is taken of masked (same length)."""
    m = _ACHIEVED_SHARE_OF.search(own) if "的" in own else None
    return own if m is None else own[:m.start()] + "#" * (len(own) - m.start())


_ACHIEVED_SHARE_IN = rx.compile(_ACHIEVED_SHARE_OF.pattern.replace(r"的\s*$", r"的(?=\s*[\d一二三四五六七八九十百])"))


def _achieved_shares_masked(seg: str) -> str:
    """``seg`` (sentences before a value) with every target a share done was taken of, or a figure was set against,
    masked (same length): 占全年计划新开工项目的35% or 超过市下达的78.6%的目标任务 earlier in the paragraph measures what
    was done against the plan, it commits nothing of the figures after it (…。水质优良比例达到72%)."""
    if "的" not in seg:
        return seg
    return _SET_AGAINST_TARGET.sub(fact_scope._hashed, _ACHIEVED_SHARE_IN.sub(fact_scope._hashed, seg))


# 超过市下达的78.6%的目标任务 / 高于省定的85%目标 / 优于省定的35微克/立方米的目标: a target a reported figure is set
# against, with its own figure written inside (that figure the goal: _set_against_goal)
_COMPARED_TO = alternation(without(zh.TARGET_COMPARED, "比", "较"))
_GOAL_NOUN = r"(?:年度|全年)?(?:目标任务|目标|任务)"
_SET_AGAINST_TARGET = rx.compile(rf"(?:{_COMPARED_TO})[^,，;；。!！?？\n]{{0,16}}?的\s*{_GOAL_NOUN}")
_SET_AGAINST_BEFORE = rx.compile(rf"(?:{_COMPARED_TO})[^,，;；。!！?？\n\d]{{0,12}}?的\s*$")
_GOAL_NOUN_AFTER = rx.compile(rf"\s*的?\s*{_GOAL_NOUN}(?![\u4e00-\u9fff]{{0,2}}完成)")


def _set_against_goal(text: str, c: Cand) -> bool:
    """Whether the value is the goal a reported figure is set against, written between the comparing verb and the
    goal's noun (…达到72%,超过下达的63.33%的目标任务 / 新增就业3200人,超过市下达的3000人的目标任务 / 优于省定的35微克/立方米
    的目标): the goal commits, whatever the sentence reports before it (今年以来, the figure it is compared with)."""
    return bool(_SET_AGAINST_BEFORE.search(text, max(0, c.vs - 16), c.vs)) and bool(_GOAL_NOUN_AFTER.match(text, c.mend))


# 计划投产项目12个 / 计划新开工项目30个: the projects of a stage the plan names, counted; a noun phrase
_PLAN_SET_COUNTED = rx.compile(rf"计划(?:新)?(?:开工|竣工|投产|建成|开复工)项目\s*(?:{ARABIC}|{CHINESE})")


# 总投资A亿元、年度计划投资B亿元 / 当年计划完成投资C亿元: the year's plan amount of a list, named and valued in a
# clause of its own; its 计划 is the name of that amount
_PLAN_AMOUNT_VALUED = rx.compile(rf"(?:(?:19|20)\d\d年|年度|年内|当年|今年|全年|本年|年)?计划(?:完成)?投资(?:额)?\s*"
                                 rf"(?:为|达|约|共)?\s*{ARABIC}\s*(?:亿|万)?元?")
_LIST_FIGURE_SIZE = rx.compile(r"总投资(?:额)?\s*(?:为|达|约|共|达到|超)?\s*$")


def _list_figure(text: str, layout: Layout, c: Cand) -> bool:
    """Whether the value is a figure a list of works states of itself: a count of works (项目N个, N个工业项目) or
    what they are worth (总投资80亿元)."""
    if c.measure == "count":
        return c.unit in ("个", "项") and _WORKS_NOUN.search(text, max(0, c.vs - 12), c.mend + 6) is not None
    return c.measure == "level" and _LIST_FIGURE_SIZE.search(text, max(0, c.vs - 8), c.vs) is not None


def _plan_amounts_masked(seg: str) -> str:
    """``seg`` with the 计划 of each year's plan amount valued in it masked (same length): the plan names that amount
    (年度计划投资20亿元) and commits none of the figures after it; the counts and totals of a list of works written
    around it (其中续建项目N个、总投资A、当年计划完成投资B,新建项目M个) state what the list holds."""
    if "计划" not in seg:
        return seg
    return _PLAN_AMOUNT_VALUED.sub(lambda m: m.group().replace("计划", "##"), seg)


def _plan_sets_masked(seg: str) -> str:
    """``seg`` with the 计划 of a counted set of planned projects masked (same length): the set commits none of the
    figures after it that name no plan of their own (计划投产项目12个,完成投资8亿元: the 8 is done, whatever the set
    was for)."""
    return _PLAN_SET_COUNTED.sub(lambda m: "#" * len(m.group()), seg) if "计划" in seg else seg


# 储备拟于今后两年开工的项目80个 / 谋划储备计划明年实施的项目: the plan of a pool's members, a relative clause
# before the noun it qualifies, commits nothing; the pool is there now
_POOL_PLANS = rx.compile(rf"(?:{alternation(zh.POOL_VERBS)})(?P<plan>[^,，;；。:：\d]{{0,4}}?"
                         rf"(?:{alternation(zh.POOL_PLAN_CUES)})[^,，;；。:：]{{0,20}}?的)(?=[\u4e00-\u9fff]{{0,8}}?项目)")


def _pool_masked(seg: str) -> str:
    """``seg`` with the plan a pool's members are lined up for masked (same length)."""
    if "储备" not in seg and "入库" not in seg:
        return seg
    return _POOL_PLANS.sub(lambda m: m.group()[:m.start("plan") - m.start()] + "#" * len(m.group("plan")), seg)


# the purpose a sentence opens with and the clauses that go on naming the aim (zh.PURPOSE_OPENERS, PURPOSE_GOES_ON)
_PURPOSE_PART = rx.compile(rf"(?:^|(?<=[,，)）]))\s*(?:{alternation(zh.PURPOSE_OPENERS)})(?!{alternation(zh.PURPOSE_NOT_AFTER)})"
                           rf"[^,，;；。:：\n]*(?:[,，]\s*(?:{alternation(zh.PURPOSE_GOES_ON)})[^,，;；。:：\n]*)*")


def _purpose_masked(seg: str) -> str:
    """``seg`` (the clauses before a value's own) with the purposes its clauses open with masked (same length):
    为进一步扩大有效投资,确保二季度实现“双过半”,甲县于4月10日集中开工项目53个 reports the batch; 确保 commits the aim the
    deed is done for, no figure of the clause after it (the value's own clause, 为确保年内完成投资50亿元, is never in
    ``seg``)."""
    return _PURPOSE_PART.sub(lambda m: "#" * len(m.group()), seg) if "为" in seg else seg


def _task_sets_masked(seg: str) -> str:
    """``seg`` with the 目标 of a counted set of tasks masked (same length)."""
    return _TASK_SET_NOUN.sub(lambda m: "#" * len(m.group()), seg) if "目标" in seg else seg


_ACTION_WEAK = rx.compile(alternation(zh.ACTION_WEAK))
_PURPOSE_LEAD = rx.compile(r"\s*(?:为了|为)")
# 今年重点抓好以下工作: / 重点做好六个方面工作。: a plan's lead (zh.PLAN_LEAD_WORDS) that announces the work after it
# by a pointer or a number (zh.ANNOUNCED_SET_COUNTS) commits its items as a modal word would; 重点抓好了以下工作 (了: the
# work done) reports
_PLAN_SET_LEAD = rx.compile(rf"(?:{alternation(zh.PLAN_LEAD_WORDS)})(?!了)[^。;；:：\n]{{0,4}}?"
                            rf"(?:{alternation(zh.ANNOUNCED_SET_COUNTS)})")


def _lead_kind(text: str, layout: Layout, lead: tuple[int, int]) -> str | None:
    """The kind a list's lead (scope.list_lead) gives its items: its own cue, else target when it is a plan's lead
    announcing the work that follows (_PLAN_SET_LEAD: a work report's 今年重点抓好以下工作: states no modal word, its
    bare items are the year's plan); a lead naming the year's set of works for the people (这十件民生实事分别是: /
    现将2024年为民办实事项目公告如下: / a heading 2024年民生实事项目: frame.TODO_SET) announces its items, bare phrases of
    what is to be done (新建农村公厕40座), unless it or a heading above it reports on the set (_todo_set_reported)."""
    k = _cue_kind(text[lead[0]:lead[1]], last=True, weak=False)
    if k is None and _PLAN_SET_LEAD.search(text, lead[0], lead[1]):
        return "target"
    if k is None and frame.TODO_SET.search(text, lead[0], lead[1]):
        return "actual" if _todo_set_reported(text, layout, lead) else "target"
    return k


def _todo_set_reported(text: str, layout: Layout, lead: tuple[int, int]) -> bool:
    """Whether a set of works for the people is reported on rather than announced: its lead says how it went (…12件实事
    全部完成: / 完成情况如下:: zh.SET_REVIEW_LEAD_WORDS) or a heading above it does (the headline 2024年民生实事完成情况 over
    2024年我市实施32项民生实事:), as a report at the year's end lists the set as it was announced."""
    if _SET_REVIEW_LEAD.search(text, lead[0], lead[1]):
        return True
    return any(h[1] <= lead[0] and _SET_REVIEW_LEAD.search(text, h[0], h[1]) for h in layout.outline.above(lead[0], 4))


def _action_only(seg: str) -> bool:
    """Whether every weak report cue of ``seg`` is a verb of action that says no time (建成, 签约: zh.ACTION_WEAK)."""
    return all(_ACTION_WEAK.match(seg, m.start()) for m in ACTUAL_WEAK.finditer(seg))


_FLOOR_WEAK = rx.compile(r"不低于|不少于")


def _framed_report(text: str, layout: Layout, vs: int, own: str, part) -> bool:
    """Whether a weak target cue of the value's own clause (新培育, 创建, 打造: zh.TARGET_WEAK, a verb of action that says
    no time) stands where the text reports, the mirror of ``_framed_target``: the value is an item of a list whose lead
    reports (上半年,…同比增长5.2%。现将重点工作完成情况报告如下:⏎一是…新培育企业14家) or stands in a part framed as a review
    (一、2021年工作情况 ⏎…创建示范场2个), however sure.  There the verb tells what was done; a floor (不低于, 不少于)
    still sets a bar."""
    if _FLOOR_WEAK.search(own):
        return False
    if part is not None and part.kind == "actual":
        return True
    lead = fact_scope.list_lead(text, layout, vs)
    return lead is not None and _lead_kind(text, layout, lead) == "actual"


def _framed_target(text: str, layout: Layout, vs: int, ss: int) -> bool:
    """Whether a commitment stated once governs the sentence at ``ss`` without its words: the lead of the list the
    value is an item of commits (今年将重点抓好六方面工作。⏎二是…签约项目30个), or the paragraph's first sentence does
    (南湖区今年将着力办好十件民生实事。改造…。建成口袋公园8个) and no sentence between states a cue of its own.  A purpose
    clause (为确保…,) opening the paragraph commits nothing of what follows."""
    lead = fact_scope.list_lead(text, layout, vs)
    if lead is not None and _lead_kind(text, layout, lead) == "target":
        return True
    ps, _ = layout.para_of(vs)
    fs, fe = layout.sent_of(ps)
    if fs != ps or fe > ss or _PURPOSE_LEAD.match(text, ps):
        return False
    return _cue_kind(text[ps:fe], last=True, weak=False) == "target" and _cue_kind(text[fe:ss], last=True, weak=False) is None


def _rules_masked(text: str, layout: Layout, lo: int, hi: int) -> str:
    """``text[lo:hi]`` with the statements of a rule masked (same length): a sentence, else a clause, whose only
    numbers are the bounds of a class (整改率低于80%的单位将被列入黑榜 / 低于70分的要进行约谈) sets a condition, and its
    将 or 要 commits no figure reported after it (甲局整改率为86%)."""
    seg = text[lo:hi]
    i = bisect.bisect_left(layout.criteria, lo)
    while i < len(layout.criteria) and layout.criteria[i] < hi:
        p = layout.criteria[i]
        i += 1
        for a, b in (layout.sent_of(p), layout.clause_of(p)):
            j = bisect.bisect_left(layout.cand_starts, a)
            if j < len(layout.cand_starts) and layout.cand_starts[j] < b:
                continue  # the sentence states figures of its own: only the rule's clause goes
            a, b = max(a, lo), min(b, hi)
            if a < b:
                seg = seg[:a - lo] + "#" * (b - a) + seg[b - lo:]
            break
    return seg


_REVIEW_READ = rx.compile(alternation(zh.REVIEW_READ_CUES))


def _in_review(text: str, layout: Layout, vs: int, frames: Frames | None, year: int | None = None) -> bool:
    """The value stands where the text looks back: a part surely framed as a review (一、2025年和"十四五"时期工作回顾),
    else a paragraph opened by a look back (过去五年,… / 五年来,…) or by a span that had ended when the text was
    written (_ended_span_lead)."""
    part = frames.part_at(vs) if frames is not None else None
    if part is not None and part.confidence >= frame.SURE:
        return part.kind == "actual"
    ps, _ = layout.para_of(vs)
    return bool(frame.REVIEW_SPAN_LEAD.match(text, ps)) or _ended_span_lead(text, layout, vs, year)


# the times that name a span of whole years by its name or its bounds (“十三五”时期, “十四五”期间, 2016—2020年)
_NAMED_SPAN_KINDS = ("plan", "year_range")


def _ended_span_lead(text: str, layout: Layout, vs: int, year: int | None) -> bool:
    """The value's paragraph opens with a plan's span or a run of years that had ended before the year the text is
    written in (“十三五”时期是…不平凡的五年 in a report of 2021, “十四五”期间,… on a page of 2026, 2016—2020年,… in a
    plan of 2021): the paragraph looks back on that span as 过去五年,… does, whatever the document's frame (a plan, a
    page titled by its targets); its figures report.  A span running into the year of writing or later plans."""
    if not year:
        return False
    ps, _ = layout.para_of(vs)
    lead = frame._lead_time(text, ps, year)
    if lead is None or lead[0].role != "span" or lead[0].kind not in _NAMED_SPAN_KINDS:
        return False
    m = re.fullmatch(r"\d{4}\.\.(\d{4})", lead[0].period)
    return m is not None and int(m.group(1)) < year


_PLAN_READ = rx.compile(alternation(zh.PLAN_READ_CUES))


def _in_plan(layout: Layout, vs: int, frames: Frames | None) -> bool:
    """The value stands in a part surely framed as committing (二、2026年工作安排, 二、“十五五”时期主要目标), or in no part
    of a text its title frames as targets (“十五五”时期主要目标和重大任务一文看懂: 累计降低17% names the target's measure)."""
    part = frames.part_at(vs) if frames is not None else None
    if part is None:
        return frames is not None and frames.document.kind == "target" and frames.document.source == "title"
    return part.confidence >= frame.SURE and part.kind == "target"


def _plan_read(seg: str) -> str:
    """``seg`` with the report words that only name a target's measure or base in a part that commits (实际利用外资增长3%,
    同比增长6%以上, 累计降低17%: zh.PLAN_READ_CUES) masked (same length)."""
    return _PLAN_READ.sub(lambda m: "#" * len(m.group()), seg) if _PLAN_READ.search(seg) else seg


def _review_read(seg: str) -> str:
    """``seg`` with the commitment words that report in a review (争取, 每年: zh.REVIEW_READ_CUES) masked (same
    length): in a review 争取资金186亿元 is what was won, 每年新增就业4万人 what each year did."""
    return _REVIEW_READ.sub(lambda m: "#" * len(m.group()), seg) if _REVIEW_READ.search(seg) else seg


def _next_value_clause(text: str, layout: Layout, p: int, end: int) -> int:
    """Where the clause of the next value after ``p`` starts, at most ``end``: a word there (…1200亩,争取省级试点任务6项)
    speaks of that value, not of the one before; a value of the same clause (a 、-list) cuts nothing."""
    i = bisect.bisect_right(layout.cand_starts, p)
    if i == len(layout.cand_starts) or layout.cand_starts[i] >= end:
        return end
    cs = _comma_clause_start(text, layout, layout.cand_starts[i])
    return cs if cs > p else end  # (增长6%、投资增长20%的年度任务: a list of one clause shares its words)


_FACILITY = rx.compile(alternation(zh.PROJECT_FACILITY_HEADS))
_DESIGN_QUALIFIER = alternation(zh.PROJECT_DESIGN_QUALIFIERS)
_DESIGN_SIZE = rx.compile(rf"(?:{alternation(zh.PROJECT_DESIGN_HEADS)})?(?:{_DESIGN_QUALIFIER})?"
                          rf"(?:{alternation(zh.PROJECT_DESIGN_PARTS)})?(?:{_DESIGN_QUALIFIER})?"
                          rf"(?:{alternation(zh.PROJECT_DESIGN_WORDS)})\s*(?:约|达|为|近|超|超过)?\s*$")


def _design_size(text: str, layout: Layout, c: Cand, ss: int) -> bool:
    """The value states a named project's design (zh.PROJECT_DESIGN_WORDS): its clause is only a design word before it
    (…,线路全长140公里 / 设计时速350公里 / 总投资300亿元), after a clause of its sentence that names a facility
    (开工建设某高铁 / 某水库正式开工: zh.PROJECT_FACILITY_HEADS) and counts nothing (实施重大项目500个,总投资4000亿元 sizes
    a list: the list's kind is the sentence's)."""
    ccs = _comma_clause_start(text, layout, c.vs)
    if ccs <= ss or not _design_clause(text, ccs, c.vs):
        return False  # (a sentence opening with 总投资 names no project before it)
    first = ccs
    i = bisect.bisect_left(layout.cand_starts, ss)
    while i < len(layout.cand_starts) and layout.cand_starts[i] < ccs:
        p = layout.cand_starts[i]
        pcs = _comma_clause_start(text, layout, p)
        if not _design_clause(text, pcs, p):
            return False  # (…,设计时速350公里,总投资300亿元: the design's figures before it are no count)
        first = min(first, pcs)
        i += 1
    return _FACILITY.search(text, ss, first) is not None  # (加快农村公路建设,…: a class of works names no project)


def _titled_plan(frames: Frames | None) -> bool:
    """The document is titled as a plan or a plan's list (2026年重点建设项目名单, …计划表: frame._document_frame): the
    works it lists are to be built, so a work's size there (1.甲污水处理厂项目,总投资1.2亿元) is the plan's, not a
    status of a work under way as in news of its start (``_design_size``)."""
    doc = frames.document if frames is not None else None
    return doc is not None and doc.kind == "target" and doc.source == "title"


# 2031年省重点建设项目名单 / …重点项目清单发布 / 关于印发2031年市重点项目计划的通知: a title naming a list of works (项目,
# 工程) given out, the list's noun or the verb that gives it out closing the title (frame.PLAN_TITLE frames its page)
_WORKS_LIST_TITLE = rx.compile(rf"(?:{alternation(zh.PROJECT_NOUNS)})(?:建设)?"
                               rf"(?:{alternation(zh.WORKS_LIST_TITLE_ENDS + zh.LIST_NOUNS)})?[》”\"]?"
                               rf"(?:的通知|(?:正式)?(?:{alternation(zh.LIST_PUBLISHED_VERBS)}))?"
                               rf"(?:[(（][^()（）\n]{{1,16}}[)）])?\s*$")


# 项目215个 / 续建项目(20个, / 共1520个项目 / 162个重大项目: a count of works, written before what they are worth
_WORKS_COUNTED = rx.compile(rf"(?:{alternation(zh.PROJECT_NOUNS)})[^,，。;；\d]{{0,4}}\d+\s*[个项]|"
                            rf"\d+\s*[个项][^,，。;；\d]{{0,12}}?(?:{alternation(zh.PROJECT_NOUNS)})")


def _titled_works_list(frames: Frames | None) -> bool:
    """The document is titled as a list of works given out (2031年市重点项目名单, …重点项目清单发布, 印发…重点项目计划的
    通知): the title frames its figures as targets (frame._document_frame), but the figures the list states of itself (its
    count, its rows by stage or sector, what its works are worth: ``_list_figure``) are the list as it stands, actual
    (the lead's convention of session 43, as on a page that announces the list in its text: ``_list_own_kind``)."""
    doc = frames.document if frames is not None else None
    return _titled_plan(frames) and bool(doc.cue) and _WORKS_LIST_TITLE.search(doc.cue) is not None


def _design_clause(text: str, a: int, b: int) -> bool:
    return bool(_DESIGN_SIZE.fullmatch(text[a:b].strip()))


def _kind(text: str, layout: Layout, c: Cand, in_gloss: bool, year: int | None = None,
          frames: Frames | None = None, progress: bool = False, written: int | None = None,
          event_page: bool = False) -> None:
    """``progress``: the document reports progress against a plan (a project list's 执行情况, a 督查通报): its
    plan bases (安排重点项目N个, 谋划实施…N个, 年度计划投资) are statuses, so only a strong cue in the value's own
    sentence makes a target, never a weak cue (谋划) or a cue earlier in the paragraph (紧盯年度目标任务).
    ``event_page``: the page reports a works event (集中开工): the year's plan of the batch it began is no base of
    progress, whatever the genre.
    ``written``: the year the text is written in (a plan named by its span: the span's first), else ``year``."""
    written = written or year
    if in_gloss:
        c.kind = "target"
        return
    if _TASK_OPEN.search(text, max(0, c.vs - 10), c.vs):
        c.kind = "target"  # 引进企业21家(任务数18家): the task written beside the result
        c.extra["task_beside"] = True
        return
    if _TASK_AFTER.match(text, c.mend):
        c.kind = "actual"  # …21家(任务数18家): the result its task is written beside
        return
    if _set_against_goal(text, c):
        c.kind = "target"  # 超过市下达的3000人的目标任务: the assigned goal the figure before it is set against
        c.extra["task_beside"] = True
        return
    ss, se = layout.sent_of(c.vs)
    ss, se = max(ss, c.vs - 400), min(se, c.mend + 400)  # bounded windows: never quadratic on run-on text
    cs, ce = layout.clause_of(c.vs)
    ccs = _comma_clause_start(text, layout, c.vs)
    sent_start = ss
    rh = fact_scope.row_head(text, layout, c.vs)
    if rh is not None and ss < rh[0] <= ccs:
        ss = rh[0]  # …将新建街区;某某工程总投资9亿元: a part headed by a new subject is a statement of its own
    semi = max(text.rfind(";", ss, c.vs), text.rfind("；", ss, c.vs))
    if _projected(text[max(ss, semi + 1):c.vs]):
        c.kind = "target"  # 建成后预计年产值可达60亿元,新增就业岗位1200个: what a project will yield once built
        c.extra["projection"] = True
        return
    if DESIGN_OUTPUT.search(text, ccs, c.vs):
        c.kind = "target"  # 设计年发电量20亿千瓦时: what the works are designed to yield, a time the text does not give
        c.extra["projection"] = True
        return
    if _design_size(text, layout, c, ss) and not _titled_plan(frames):
        c.kind = "actual"  # 开工建设某高铁,线路全长140公里,设计时速350公里: the project's size, not what is committed
        c.extra["design"] = True
        return
    # 1. strong cues before the value in its clause, then in earlier clauses of the sentence, then weak ones;
    #    预计…将突破 is an estimate, not a plan
    # 明确目标任务120项 / 分解为86项目标任务、210项具体举措: the tasks counted are no commitment of the clause's figures;
    # 完成投资目标任务的70%: the target a share done is taken of commits nothing either
    own = _achieved_share_masked(_pool_masked(_task_sets_masked(text[ccs:c.mend]))[:c.vs - ccs])
    review = _REVIEW_READ.search(text, max(0, ss - 1), c.vs) is not None and \
        _in_review(text, layout, c.vs, frames, written)
    if review:
        own = _review_read(own)
    plan = _in_plan(layout, c.vs, frames)
    if plan:
        own = _plan_read(own)
    if progress and c.measure == "count":
        m = _TASKS_COUNTED.search(own)
        if m:
            own = own[:m.start()]  # 副县长分管目标任务15项 in a progress notice: the tasks a leader holds, counted
    k = "actual" if ESTIMATE.search(own) else _cue_kind(own, last=True, weak=False, frames_yield=True)
    if k is None and (not progress or event_page) and _year_plan_stated(text, layout, c, ccs, se):
        k = "target"  # 产业项目8个,总投资120亿元,年计划投资30亿元: what the year's plan puts in, still to be done
        c.extra["year_plan"] = True
    if k is None and c.measure == "count" and _COMMITTED_AFTER.match(text, c.mend, ce):
        # 5月底前,其余的30个项目也将全部开工: the count is the subject of what its clause commits (an amount before
        # 将, 投资5亿元的水厂将于6月投用, is the work's size)
        k = "target"
    if k == "actual" and _only_base_cues(own) and _target_list_item(text, layout, c.vs):
        k = "target"  # 主要预期目标是:…;⏎城乡居民人均可支配收入比上年增长6.5%;…: the base of the item's change, no report
    if (k is None or k == "target" and _SET_FRAME.search(text, max(ss, c.vs - 16), c.vs)) and \
            _STATUS_AFTER.match(text, c.mend, ce):
        k = "actual"  # 争取开工项目中,15个项目已开工建设: what the set's members have done, whatever the set was for
    if k == "actual" and _DEADLINE.search(text[ss:ccs]) and \
            not ACTUAL_STRONG.search(text[ccs:c.vs].replace("累计", "")):
        k = "target"  # 到2025年,…城镇新增就业累计达到15万人: 累计 sums up to the deadline
    part = frames.part_at(c.vs) if frames is not None else None
    if k is None and part is not None and part.confidence >= frame.SURE:
        # a work report's review part (一、2023年工作回顾) reports, its plan part (主要目标) commits (frame.py): only
        # the value's own clause can say otherwise (将 in 将债务纳入预算 earlier in the sentence does not)
        k = part.kind or None
    if k is None:
        seg = _achieved_shares_masked(_pool_masked(_task_sets_masked(_unbracketed(_purpose_masked(
            _rules_masked(text, layout, ss, ccs))))))
        if review:
            seg = _review_read(seg)
        if plan:
            seg = _plan_read(seg)
        if "计划" not in text[ccs:c.vs]:
            seg = _plan_sets_masked(seg)  # (…计划新开工项目60个,年度计划投资120亿元: the plan's own amount commits)
            seg = _plan_outturn_masked(seg, text[ss + len(seg):c.vs])
            if _list_figure(text, layout, c):
                seg = _plan_amounts_masked(seg)
        k = _cue_kind(seg, last=True, weak=False)
        if k == "actual" and _only_base_cues(seg) and _target_list_item(text, layout, c.vs):
            k = None  # (…比上年增长6.5%;城镇新增就业3000人: an item before it named its base, reporting nothing)
    if k is None and year:
        # 2025年全市GDP达到5000亿元 in a 2021 text: a future year is a commitment
        ys = [int(y) for y in _YEAR_RE.findall(text[ss:c.vs])]
        if ys and ys[-1] > year:
            k = "target"
    if k is None and not progress:
        k = _cue_kind(own, last=True)
        if k == "actual" and _action_only(text[ccs:c.vs]) and _framed_target(text, layout, c.vs, sent_start):
            k = "target"  # 今年将着力办好十件民生实事。…建成口袋公园8个: the action committed once for the paragraph
        elif k == "target" and _framed_report(text, layout, c.vs, own, part):
            k = "actual"  # …完成情况报告如下:⏎一是…新培育企业14家: what the outturn's lead frames was done
    if k != "actual" and _ASSIGNED_TASK.search(own):
        # 上级下达我县改造任务为3000户: the task assigned commits, unless the sentence reports against it (…,目前已开工)
        k = "actual" if _plan_base_reported(text, c.mend, se) else "target"
    if k == "target" and _PLAN_SHARE.search(text, c.mend, se) and _plan_base(text, ss, c.vs, c.mend, se):
        k = "actual"  # 计划实施项目120个,总投资860亿元,…占年度计划的56%: the plan the sentence reports against
    if k == "target" and _plan_rate_reported(text, layout, c.mend, se) and _plan_base(text, ss, c.vs, c.mend, se):
        k = "actual"  # 2021年计划完成投资85.5亿元,年度累计完成投资40.59亿元,年度投资完成率47.49%: the rate's base
    year_plan = k == "target" and _part_plan_after(text, ccs, c.vs, c.mend, se)
    if k == "target" and not year_plan and progress and _plan_base(text, ccs, c.vs, c.mend, se):
        k = "actual"  # 全县计划新开工项目25个,已开工19个: the plan the sentence reports against
    if k == "target" and not year_plan and _BASE_SET_AFTER.match(text, c.mend) and \
            _plan_base(text, ss, c.vs, c.mend, se):
        # any genre: 计划年内实施的52个项目中,已开工47个 / 计划上半年建成的6个项目已完工4个: the planned set framed by 中
        # or followed by its members' doings is the base their progress is counted in, a status (SCHEMA: a plan
        # figure that is the base of progress is actual)
        k = "actual"
    if k == "target" and not year_plan and not progress and _plan_base(text, ss, c.vs, c.mend, se) and \
            (_REPORT_TIME.search(text, c.mend, se) or _elapsed_part_plan(text, ccs, c.vs)) and \
            not TARGET_STRONG.search(text, c.mend, se):
        # any genre: 计划实施重点项目60个,计划投资50亿元,截至6月底已完成投资28亿元 reports progress as of a time
        # against the plan it states (计划建设…122个,已建成77个 with no such time stays a plan); 1-9月计划开工70项,
        # 实际开工67项: the plan of the months run, its time written before it
        k = "actual"
    if k == "target" and not year_plan and _plan_reported_next(text, layout, c, ss, se, progress):
        k = "actual"  # 年度计划投资50亿元。1-6月,…完成投资28亿元,占年度计划的56%: the plan the next sentence measures
    task = _COUNTED_TASK.match(text, c.mend) if c.measure == "count" else None
    counted_task = progress and bool(task)
    # 2. after the value in the same clause: …的年度任务 (target), …全部实现脱贫 (actual)
    if k is None and counted_task:
        k = "actual"  # 42项重点任务中,已完成12项: the tasks a progress report counts
    # 42项年度目标任务全面完成: the tasks are what the count counts, no task the value is set as; what the clause says
    # of them after their noun decides
    after_at = task.end() if task is not None else c.mend
    if k is None:
        after = text[after_at:ce]
        if _target_after(after):
            k = "target"
        else:
            k = _cue_kind(after, last=False)
            if k == "target":
                k = None
    if k is None and _target_after(text[after_at:_next_value_clause(text, layout, after_at, se)]):
        k = "target"  # (a remark in brackets, 引进企业16家(任务数13家), speaks of the value it follows, not of this one)
    # 3. the paragraph so far: the nearest strong cue (a leader's "X将…" frames the plans that follow); a count of the
    #    items by where their work stands (全县目标任务222个。欠进度的有17个) is how many stand there: a status
    if k is None and _counted_by_progress(text, layout, c, ccs, sent_start):
        k = "actual"
    if k is None and _PLAN_SHARE.search(text, ccs, se):
        k = "actual"  # 7月完成投资12亿元,为年度计划的9.6%: a sentence taking the share done of a plan reports
        # (what a plan in an earlier sentence, 今年计划投资120亿元。, commits is not what was done against it)
    if k is None and not progress:
        ps, _ = layout.para_of(c.vs)
        lo = max(ps, sent_start - 1500)
        if frames is not None and frames.announced:
            lo = frames.after_announcement(lo, sent_start)  # 报告分为两部分:…;二、2026年目标任务。回顾2025年,…
        seg = _pool_masked(_achieved_shares_masked(_rules_masked(text, layout, lo, sent_start)))
        if "计划" not in text[ccs:c.vs] and _list_figure(text, layout, c):
            seg = _plan_amounts_masked(seg)  # (…当年计划完成投资3.7亿元。所列项目中有工业项目9个: the plan names its amount)
        if review or _REVIEW_READ.search(seg) and _in_review(text, layout, c.vs, frames, written):
            seg = _review_read(seg)
        if plan:
            seg = _plan_read(seg)  # (累计降低17% of the target before: the measure's name, no report)
        k = _cue_kind(seg, last=True, weak=False)
    # 4. the lead of the list the value is an item of (到2020年,全县发展的主要目标是: over ——… items)
    if k is None:
        lead = fact_scope.list_lead(text, layout, c.vs)
        if lead is not None:
            k = _lead_kind(text, layout, lead)
    # 5. a paragraph opened by a span that had ended when the text was written (“十三五”时期是…的五年, in a plan of
    #    2021 or on a page titled by its targets) looks back: it reports, whatever part a less sure lead opened
    if k is None and _ended_span_lead(text, layout, c.vs, written):
        k = "actual"
    # 6. the part a lead opened after the parts were announced (frame.py: 回顾2025年,… / 2026年,…), less sure
    #    than a heading: the sentence's, the paragraph's and the list lead's cues come first
    if k is None and part is not None:
        k = part.kind or None
    # 7. a box heading such as 上半年经济发展亮点 / 工作清单
    if k is None:
        for h in layout.outline.above(c.vs, 4):
            if h[1] > c.vs:
                continue
            ht = text[h[0]:h[1]]
            if REPORT_TITLE_END.search(ht.strip()):
                break  # 岚溪县重点任务推进情况通报: a report's headline names what it reports on, no list of targets
            if BOX_REVIEW_HEAD.search(ht):
                k = "actual"
            elif BOX_PLAN_HEAD.search(ht) or frame.PLAN_HEAD_END.search(_LINE_LEAD_COLON.sub("", ht)) or \
                    _PLAN_SET_LEAD.search(ht):
                # (2026年目标: / 发展目标 over lines of bare figures: the heading's head noun is 目标; 重点抓好八个方面
                # 工作 over a work report's parts: the work it announces is to be done)
                k = "target"
            if k:
                break
    if k is None and _titled_works_list(frames) and _list_figure(text, layout, c) and \
            (c.measure == "count" or _WORKS_COUNTED.search(text, sent_start, c.vs)):
        # 甲市2031年重点项目名单发布 over 名单共包括项目215个,总投资1320亿元: the list's own size, as it stands (a row
        # naming one work, 1.某污水处理厂项目,总投资1.2亿元, counts no works: its size stays the plan's, _titled_plan)
        k = "actual"
    k = k or (frames.document.kind if frames is not None else "") or "actual"
    if k == "target" and VOTE.search(text, sent_start, se) and not TARGET_STRONG.search(text, ccs, c.vs):
        k = "actual"  # 以赞成598票、占99.3%通过《规划纲要》 under a plan's heading: what the meeting did
    elif k == "actual" and c.extra.get("range") and c.measure in ("growth", "share") and \
            not ACTUAL_STRONG.search(text, ccs, c.vs) and not ESTIMATE.search(text, ccs, c.vs):
        k = "target"  # 年均增长7.5%—8%: a band of rates is what a plan aims at; a statistic states one rate
    c.kind = k


_LINE_LEAD_COLON = re.compile(r"\s*[:：]?\s*$")  # a box heading may end in the colon that opens its lines


_SHARE_OPENER = rx.compile(r"\s*占")


# the words between a count of works and the commitment of the predicate it is the subject of (其余的30个项目也将全部
# 开工): the works' noun (zh.PROJECT_NOUNS), then an adverb and a modal word (zh.COMMITTED_AFTER_ADVERBS,
# COMMITTED_AFTER_MODALS).  Other things counted (3条生产线即将迎来验收, 7个问题将由省市协调解决) are there now, and what
# is to come is done to them
_COMMITTED_AFTER = rx.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.PROJECT_NOUNS)})"
                              rf"(?:{alternation(zh.COMMITTED_AFTER_ADVERBS)})?(?:{'|'.join(zh.COMMITTED_AFTER_MODALS)})")


def _counted_by_progress(text: str, layout: Layout, c: Cand, ccs: int, sent_start: int) -> bool:
    """欠进度的有17个,占总任务的7.7%: a count of the items by where their work stands (zh.PROGRESS_STATE in its clause),
    or the share such a count is of the whole in the clause right after it, says how many stand there now: a status,
    whatever cue of the list's targets (全县目标任务222个) an earlier sentence holds."""
    if c.measure == "count":
        return bool(fact_scope.PROGRESS_STATE.search(text, ccs, c.vs))
    if c.measure != "share" or not _SHARE_OPENER.match(text, ccs, c.vs) or ccs - 2 < sent_start:
        return False
    pcs = _comma_clause_start(text, layout, ccs - 2)
    return bool(fact_scope.PROGRESS_STATE.search(text, pcs, ccs))


_OUTTURN_OPENER = rx.compile(zh.OUTTURN_OPENER)
_OUTTURN_HEAD = rx.compile(alternation(zh.OUTTURN_HEADING_WORDS))
_OUTTURN_TURN = rx.compile(rf"[。;；]\s*(?:{alternation(zh.OUTTURN_TURNS)}|(?:19|20)\d\d年)")


def _outturn_start(text: str, layout: Layout, c: Cand, frames: Frames | None) -> int:
    """Where the outturn frame holding the value begins (-1: none): a sentence of the value's paragraph opened by the
    outturn it looks at (从去年完成情况看,), or the paragraph itself in a section headed by a plan's 执行情况.  The
    paragraph's openers and the turns after one are scanned once for all its values (``_paragraph_scan``)."""
    ps, pe = layout.para_of(c.vs)

    def opens_sentence(m: re.Match) -> bool:
        return not text[ps:m.start()].strip() or text[m.start() - 1] in "。;；\n"

    m = _paragraph_scan(text, layout, "outturn_opener", _OUTTURN_OPENER, ps, pe).first_to(c.vs, opens_sentence)
    if m is not None:
        # …。今年计划安排项目220个: a later sentence opened by another time turns to the plan
        if _paragraph_scan(text, layout, "outturn_turn", _OUTTURN_TURN, m.end(), pe).search_to(c.vs):
            return -1
        return m.start()
    part = frames.part_at(c.vs) if frames is not None else None
    if part is not None and part.kind == "actual" and _OUTTURN_HEAD.search(part.cue or ""):
        return ps
    return -1


def _paragraph_scan(text: str, layout: Layout, name: str, pattern: re.Pattern, pos: int, pe: int) -> rx.Scan:
    """The one scan of ``pattern`` over [pos, pe) (a paragraph from ``pos``) that its values' windows [pos, value)
    share, kept on the layout under ``name``: searched up to each value, a long paragraph was read again for every
    value in it."""
    if text is not layout.text:
        return rx.Scan(pattern, text, pos, pe)
    memo = layout.memo.setdefault(name, {})
    scan = memo.get(pos)
    if scan is None or scan.endpos != pe:
        scan = memo[pos] = rx.Scan(pattern, text, pos, pe)
    return scan


def _outturn_plans(text: str, layout: Layout, c: Cand, frames: Frames | None) -> None:
    """从去年完成情况看,本级政府投资项目计划共安排200个,计划安排投资50亿元,完成投资56亿元,计划完成率112%: in an
    outturn's frame 计划 names the plan what was done is measured against, no intention; a figure that only 计划
    made a target reports (another commitment word, 力争 or 将, or a task named after it still commits)."""
    if c.kind != "target" or c.extra.get("projection") or c.extra.get("task_beside") or c.rank:
        return
    start = _outturn_start(text, layout, c, frames)
    if start < 0:
        return
    planned, kind = _frame_cues(text, layout, start).up_to(c.vs)
    if not planned or kind == "target":
        return
    if _target_after(text[c.mend:layout.clause_of(c.vs)[1]]):
        return
    c.kind = "actual"


_CUE_CUT = re.compile(f"[{CUE_CUTS}]") if CUE_CUTS else None


class _FrameCues:
    """Whether 计划 is written in ``text[start:end]`` and the kind of its last strong cue, 计划 itself masked
    (``_cue_kind(text[start:end].replace("计划", "##"), last=True, weak=False)``), for every end asked: the stretch from
    an outturn frame's opener to each target of the frame (从去年完成情况看,… with the rows of a flattened table after
    it) was read again for every target, quadratic in the frame's length.  The stretch is read piece by piece, cut
    after the marks no cue's match reads (figure.CUE_CUTS: 。, ；, the clause's commas); each piece once, with the
    piece or pieces before it as the text its look-behinds read (figure.CUE_CUT_REACH characters at least) and up to
    the first cut figure.CUE_CUT_AHEAD characters past it as the text its look-aheads read (将(?!…如下) reads past a
    comma), and the answer up to each cut kept for the ends at or past that reading's end; what follows the last
    such cut is read for each end."""

    def __init__(self, text: str, start: int):
        self.text, self.start = text, start
        self.cuts = [start]  # the pieces' starts read so far, and up to each:
        self.kinds: list[str | None] = [None]  # the last strong cue's kind before it,
        self.planned = [False]  # whether 计划 is written before it,
        self.reads = [start]  # and the end of the text read for it (the answer holds for the ends from there)

    def up_to(self, end: int) -> tuple[bool, str | None]:
        """(计划 written in [start, end), the kind of the last strong cue there)."""
        text, start = self.text, self.start
        if _CUE_CUT is None:
            seg = text[start:end]
            return "计划" in seg, _cue_kind(seg.replace("计划", "##"), last=True, weak=False)
        while self.reads[-1] <= end:  # (the pieces whose reading ends by the end, read once)
            a = self.cuts[-1]
            m = _CUE_CUT.search(text, a, end)
            if m is None:
                break
            b = w = m.end()
            if CUE_CUT_AHEAD:
                far = _CUE_CUT.search(text, b + CUE_CUT_AHEAD - 1, end)  # (a cut CUE_CUT_AHEAD or more past b)
                if far is None:
                    break
                w = far.end()
            self.kinds.append(self._last(a, b, w) or self.kinds[-1])
            self.planned.append(self.planned[-1] or "计划" in text[a:b])
            self.cuts.append(b)
            self.reads.append(w)
        i = bisect.bisect_right(self.reads, end) - 1
        cut = self.cuts[i]
        return self.planned[i] or "计划" in text[cut:end], self._last(cut, end, end) or self.kinds[i]

    def _last(self, a: int, b: int, w: int) -> str | None:
        """The last strong cue's kind in the piece [a, b) (``a`` a cut), read with the pieces before it that hold the
        look-behinds' reach and the text up to ``w`` (a cut past the look-aheads' reach, or the end asked)."""
        if a >= b:
            return None
        k = bisect.bisect_right(self.cuts, a - CUE_CUT_REACH) - 1
        q = self.cuts[k] if k >= 0 else self.start
        hits = _cues(self.text[q:w].replace("计划", "##"), True)  # (no cue runs over a cut: those before a - q are the
        # pieces' before, read for their look-behinds; those from b - q on the text after, read for its look-aheads)
        last = next((kind for at, kind in reversed(hits) if at < b - q), None) if hits else None
        at = next((at for at, _ in reversed(hits) if at < b - q), -1)
        return last if at >= a - q else None


def _frame_cues(text: str, layout: Layout, start: int) -> _FrameCues:
    """The ``_FrameCues`` of the frame opening at ``start``, kept on the layout (its targets ask in text order)."""
    if text is not layout.text:
        return _FrameCues(text, start)
    memo = layout.memo.setdefault("frame_cues", {})
    got = memo.get(start)
    if got is None:
        got = memo[start] = _FrameCues(text, start)
    return got


def _qualifies(text: str, layout: Layout, vs: int, measure: str) -> bool:
    """The value's clause opens with 其中 or an average (平均投资), or a count follows a 其中 earlier in its part of
    the sentence (其中20—50亿元项目157个,50亿元以上项目12个; not 其中…,年度计划投资120亿元: the plan's amount)."""
    if SET_QUALIFIER.match(text, _comma_clause_start(text, layout, vs), vs):
        return True
    if measure != "count":
        return False
    ss, _ = layout.sent_of(vs)
    if text.startswith("其中", ss + len(text[ss:vs]) - len(text[ss:vs].lstrip())):
        return True  # 其中,产业项目20个,…;基础设施项目8个,…: a sentence that breaks the set down, all its parts
    lo = max(ss, vs - 200, text.rfind(";", ss, vs) + 1, text.rfind("；", ss, vs) + 1)
    return text.find("其中", lo, vs) >= 0


_SET_WORTH = rx.compile(rf"\s*[,，、]?\s*(?:{alternation(zh.SET_WORTH_NOUNS)})\s*(?:为|达|约|共|达到)?\s*$")
# 其中,新开工项目40个,年度计划投资30亿元: the year's planned amount of the set counted just before it
_SET_PLAN_AMOUNT = rx.compile(rf"\s*[,，、]?\s*(?:{alternation(zh.SET_PLAN_AMOUNT_NOUNS)})\s*(?:为|达|约|共|达到)?\s*$")


def _part_worth(text: str, layout: Layout, c: Cand, cands: list[Cand]) -> bool:
    """其中工业项目18个,总投资76亿元: the value is what the set counted just before it is worth (总投资, 签约金额);
    it takes the count's kind (a part's from the count of the whole), not that of 年内计划投资 said before 其中."""
    if c.measure == "count":
        return False
    i = bisect.bisect_left(layout.cand_starts, c.vs) - 1
    x = cands[i] if 0 <= i < len(cands) and cands[i].vs == layout.cand_starts[i] else None
    if x is None or x.measure != "count" or not x.kind or x.rank or x.extra.get("task_beside"):
        return False
    # (the year's plan of a part, 其中…项目40个,年度计划投资30亿元; a whole's own plan amount keeps its own reading)
    if not (_SET_WORTH.match(text, x.mend, c.vs) or _SET_PLAN_AMOUNT.match(text, x.mend, c.vs) and
            _qualifies(text, layout, x.vs, "count")) or _cue_kind(text[x.mend:c.vs], last=True, weak=False):
        return False
    # (the year's plan of a part of a list announced stays the plan's, whatever the part's count reads: _list_own_kind)
    c.kind = _list_own_kind(text, layout, c) if x.extra.get("list_plan") else x.kind
    return True


# 年度计划投资30亿元 / 今年计划完成投资 / 年度投资 / 计划投资: what the year's plan puts into a list (commit 4dd35cc: a
# target unless reported against), no size of the list as it stands (总投资, 计划总投资, 概算投资 are what its works are worth)
_LIST_YEAR_PLAN = rx.compile(r"(?:年度|年内|当年|今年|全年|本年|年|(?:19|20)\d\d年)?计划(?:完成)?投资(?:额)?|"
                             r"(?:年度|年内|当年|今年|全年)(?:计划)?投资(?:计划)?|年度计划|投资计划")
_LIST_YEAR_PLAN_BEFORE = 14  # characters before the amount its plan word is read in


def _list_own_kind(text: str, layout: Layout, c: Cand) -> str:
    """The kind of a figure a list or a batch states of itself (lists._announced_list: 今年全县安排重点项目60个,总投资X亿元,
    年度计划投资B亿元; its parts, 其中续建项目43个、总投资213亿元): the count and what the works are worth say what
    the list holds as published, a status (actual: both annotators of fresh project lists, the dev and seed golds); the
    year's plan amount (年度计划投资) stays the plan's target, and a figure whose own clause commits (力争, 将, 计划新开工
    N个, 确保) or whose sentence goes on to commit the list to a deed (…,计划6月开工) stays a target."""
    ccs = _comma_clause_start(text, layout, c.vs)
    if c.measure == "level":
        if _LIST_YEAR_PLAN.search(text, max(ccs, c.vs - _LIST_YEAR_PLAN_BEFORE), c.vs):
            return "target"
    if _cue_kind(text[ccs:c.vs], last=True, weak=False) == "target":
        return "target"
    se = layout.sent_of(c.vs)[1]
    for m in list(TARGET_STRONG.finditer(text, c.mend, se)) + list(_PLANNED_DEED.finditer(text, c.mend, se)):
        s0, e0 = layout.clause_of(m.start())
        i = bisect.bisect_left(layout.cand_starts, max(s0, c.mend))
        if not (i < len(layout.cand_starts) and layout.cand_starts[i] < e0):
            return "target"  # 第二批项目8个,总投资11亿元,计划6月开工: the sentence goes on to commit the list to a deed
    return "actual"


def _qualified_set(text: str, layout: Layout, c: Cand, cands: list[Cand]) -> None:
    """平均投资近10亿元 / 其中20—50亿元项目157个 after 集中开工项目300个: a figure that only qualifies the set just
    counted (its average, a part of it, what that part is worth) is in the kind of the count, not of a cue in a
    neighbouring clause; its own clause's strong cue still decides."""
    if _part_worth(text, layout, c, cands):
        return
    ce = layout.clause_of(c.vs)[1]
    if not _qualifies(text, layout, c.vs, c.measure) or _cue_kind(text[_comma_clause_start(text, layout, c.vs):ce], last=True,
                                                        weak=False):
        return  # 其中12个项目已开工建设: what the clause itself says
    ps, _ = layout.para_of(c.vs)
    i = bisect.bisect_left(layout.cand_starts, c.vs) - 1
    fallback = None
    while i >= 0 and layout.cand_starts[i] >= max(ps, c.vs - 300):
        x = cands[i] if i < len(cands) and cands[i].vs == layout.cand_starts[i] else None
        i -= 1
        if x is None or not x.kind or x.rank or x.extra.get("task_beside") or x.extra.get("year_plan") or \
                _qualifies(text, layout, x.vs, x.measure):
            continue  # (…9家(任务数8家): the task beside a result, …,年度计划投资1142亿元 the year's plan of the set just
            #          sized: no set a part is taken from)
        if x.measure == "count":
            c.kind = x.kind
            c.extra["whole_kind"] = x.kind  # (_plan_list_counts: a part keeps the kind of the list it is a part of)
            return
        fallback = fallback or x
    if fallback is not None:
        c.kind = fallback.kind


GOAL_FRAME_REACH = 60  # characters a goal's frame spans either side of a value
_GOAL_OPENER = rx.compile(alternation(zh.GOAL_FRAME_OPENERS))
_GOAL_CLOSER = rx.compile(rf"(?:以上|以下|以内|左右)?(?:{alternation(zh.GOAL_FRAME_CLOSERS)})")
# the next item of the list and its value (、年度投资计划完成率120% / 、建成项目20个)
_GOAL_ITEM = rx.compile(r"、[^、,，;；。:：\n\d]{0,16}\d+(?:\.\d+)?\s*(?:[%％‰]|个百分点|亿元|万元|万人|万亩|万吨|公里|[个项家人条座所亩吨])")


def _goal_framed(text: str, layout: Layout, c: Cand) -> None:
    """按照上半年计划投资完成率60%、年度投资计划完成率120%以上的目标 / 对照全年增长8%的目标任务: a value inside a frame
    that a goal's words open before it (按照, 对照: zh.GOAL_FRAME_OPENERS) and close after it (…以上的目标) within one
    clause, its items joined by 、 only, is the goal set: a target, whatever 完成 or 同比 inside reads alone."""
    if c.kind == "target" or c.rank:
        return
    lo = max(0, c.vs - GOAL_FRAME_REACH)
    if _GOAL_OPENER.search(text, lo, c.vs) is None:
        return  # no goal's words before the value at all (most values): its clause is not looked for
    stop = max(text.rfind(ch, lo, c.vs) for ch in ",，;；。:：\n")
    opener = None
    for opener in _GOAL_OPENER.finditer(text, max(lo, stop + 1), c.vs):
        pass
    if opener is None:
        return
    hi = min(len(text), c.mend + GOAL_FRAME_REACH)
    ends = [k for k in (text.find(ch, c.mend, hi) for ch in ",，;；。:：\n") if k >= 0]
    hi = min(ends) if ends else hi
    # the frame closes right after this value, or after the values listed with it by 、
    at = c.mend
    while True:
        if _GOAL_CLOSER.match(text, at, hi) is not None:
            c.kind = "target"
            return
        u = _GOAL_ITEM.match(text, at, hi)
        if u is None:
            return
        at = u.end()


ANNOUNCED_PART_REACH = 800  # characters back from a part (其中,…) to the count of the list it is a part of
_PART_DONE_OWN = rx.compile(r"已|累计|实际|尚|未")
_PART_INVESTMENT = rx.compile(r"\s*投资(?:额)?(?:为|达|约)?\s*$")


def _announced_part(text: str, layout: Layout, c: Cand, cands: list[Cand], year: int | None) -> None:
    """今年全市安排重点项目430个,总投资…,年度计划投资852亿元。…其中,纳入省重点建设计划的项目184个,年度计划投资439亿元 /
    其中,计划新开工项目80个,年度投资767亿元;续建项目138个…: a part of a year's list as announced (its rows by class,
    level or stage, after 其中) is announced with it, a target as the list is (lists._announced_list), whatever 计划 or
    a neighbouring clause reads alone.  The whole is the last count before the part that is no part itself; a part whose
    own clause reports (已开工, 累计完成投资) or with work reported between it and the whole stays what it is."""
    if c.extra.get("announced_list") or c.rank or c.measure not in ("count", "level") or \
            any(c.extra.get(k) for k in ("task_beside", "projection", "forecast", "batch_plan")):
        return
    if not (_qualifies(text, layout, c.vs, "count") or _viewed_part(text, layout, c.vs)):
        return
    ccs = _comma_clause_start(text, layout, c.vs)
    if _PART_DONE_OWN.search(text, ccs, c.vs) or _reports_doing(text, layout, ccs, c.mend, year):
        return
    if c.measure == "level" and not (_LIST_SIZE.search(text, max(ccs, c.vs - 12), c.vs) or
                                     _PART_INVESTMENT.match(text, ccs, c.vs)):
        return  # only what the part is worth (总投资, 年度计划投资, a clause of 投资 alone)
    i = bisect.bisect_left(layout.cand_starts, c.vs) - 1
    while i >= 0 and layout.cand_starts[i] >= c.vs - ANNOUNCED_PART_REACH:
        x = cands[i] if i < len(cands) and cands[i].vs == layout.cand_starts[i] else None
        i -= 1
        if x is None or x.measure != "count" or x.rank or _qualifies(text, layout, x.vs, x.measure) or \
                _viewed_part(text, layout, x.vs):
            continue
        if x.extra.get("announced_list") and not _reports_doing(text, layout, x.mend, c.vs, year):
            # (a part counted of a list its own clause commits to, 计划实施项目80个以上,其中…, is committed with it;
            # what the part is worth is its own figure)
            c.kind = "target" if x.kind == "target" and c.measure == "count" else _list_own_kind(text, layout, c)
            c.extra["announced_list"] = c.extra["list_plan"] = True
        return


def _viewed_part(text: str, layout: Layout, vs: int) -> bool:
    """Whether the value's sentence opens with the view it breaks a set down by (按项目层级分, 从投资规模看, 分领域看): its
    counts are classes of the set counted before, as 其中's are, whatever the view is written as (从/按/分 … 看/分/划分)."""
    ss, _ = layout.sent_of(vs)
    # (_VIEW_LEAD is the module's one view lead, defined below with the class labels that read it at import)
    return _VIEW_LEAD.match(text, ss, vs) is not None


# 120个省列重大项目总投资…: the works a count opening its clause names right after it
_WORKS_NAMED_AFTER = rx.compile(rf"[^,，;；。:：\d\n]{{0,10}}?(?:{alternation(zh.PROJECT_NOUNS)})")


def _first_cand_between(cands: list[Cand], layout: Layout, lo: int, hi: int) -> Cand | None:
    """The first of ``cands`` (in their order) whose value starts in ``[lo, hi)``: a bisection in the layout's value
    starts when ``cands`` are the values it lists, in the same order (checked once per list), where a walk from the
    document's first value for each figure is quadratic in a long document's figures."""
    held = layout.memo.get("cands_in_order")
    if held is None or held[0] is not cands:
        held = layout.memo["cands_in_order"] = (cands, [x.vs for x in cands] == layout.cand_starts)
    if not held[1]:
        return next((x for x in cands if lo <= x.vs < hi), None)
    i = bisect.bisect_left(layout.cand_starts, lo)
    return cands[i] if i < len(cands) and cands[i].vs < hi else None


def _announced_again(text: str, layout: Layout, c: Cand, cands: list[Cand], year: int | None) -> None:
    """在确定的重大建设项目中,省列重大建设项目120个…。120个省列重大项目总投资6916亿元,年度计划投资1177亿元: a list an
    earlier sentence announced (lists._announced_list), named again by its size to open a clause of its own, is the
    same list, and the sentence that opens with it says what the announced list is worth: its size and the amounts
    sized by a list's words (总投资, 年度计划投资) are announced with it, targets, when nothing done is reported from
    the announcement on (a progress report that restates its list's size before what was done keeps it a base)."""
    if c.extra.get("announced_list") or c.rank or c.measure not in ("count", "level") or \
            any(c.extra.get(k) for k in ("task_beside", "projection", "forecast", "batch_plan")):
        return
    ss, se = layout.sent_of(c.vs)
    ccs = _comma_clause_start(text, layout, c.vs)
    if c.measure == "level":
        # what the restated list is worth: a list's size word before the amount, in a sentence the list opens
        opener = _first_cand_between(cands, layout, ss, c.vs)
        if opener is None or not opener.extra.get("announced_again") or \
                not _LIST_SIZE.search(text, max(ccs, c.vs - 12), c.vs) or \
                _PART_DONE_OWN.search(text, ccs, c.vs) or _reports_doing(text, layout, opener.mend, c.vs, year):
            return
        c.kind = _list_own_kind(text, layout, c)
        c.extra["announced_list"] = c.extra["list_plan"] = True
        return
    if text[ccs:c.vs].strip() or not _WORKS_NAMED_AFTER.match(text, c.mend):
        return
    i = bisect.bisect_left(layout.cand_starts, c.vs) - 1
    while i >= 0 and layout.cand_starts[i] >= c.vs - ANNOUNCED_PART_REACH:
        x = cands[i] if i < len(cands) and cands[i].vs == layout.cand_starts[i] else None
        i -= 1
        if x is None or not x.extra.get("announced_list") or x.measure != "count" or \
                (x.value, x.unit) != (c.value, c.unit):
            continue
        if not _reports_doing(text, layout, x.mend, se, year):
            c.kind = "target" if x.kind == "target" else _list_own_kind(text, layout, c)
            c.extra["announced_list"] = c.extra["announced_again"] = c.extra["list_plan"] = True
        return


# …,同比增长18%以上 / ,比上年增长7% / ,增速12%: a clause of a change alone, no subject of its own
_CONTINUED_CHANGE = rx.compile(rf"\s*(?:{alternation(zh.GROWTH_BASES)})?\s*(?:{alternation(zh.CONTINUED_CHANGE_VERBS)})"
                               r"(?:了|为|达到|达)?\s*$")


# …,占全省固定资产投资的30%: a clause of the share alone, the whole it is of named, no subject of its own (a share of
# a target or plan, 占前三季度目标任务73.5%, is how much of it was done: no plan's share)
_CONTINUED_SHARE = rx.compile(r"\s*占(?![^,，;；。:：\d]*?(?:目标|计划|任务))[^,，;；。:：\d]{1,16}?(?:的)?(?:比重|比例)?"
                              r"(?:为|达|达到)?\s*$")


def _continued_change(text: str, layout: Layout, c: Cand, prev: Cand | None) -> None:
    """2025年全县固定资产投资目标为125.9亿元以上,同比增长18%以上: a clause that only says how much the figure of the
    clause before it changes (its base and verb, no subject of its own) is said of that figure, in its kind: a
    target's change is the target's, whatever 同比 reads alone; so is the share a target amount is of a whole named in
    a clause of its own (…年度计划投资3245亿元,占全省固定资产投资的30%).  A reported figure's change stays actual."""
    if c.kind != "actual" or c.measure not in ("growth", "delta", "share") or prev is None or prev.kind != "target" or \
            prev.measure not in ("level", "count") or c.extra.get("forecast") or prev.extra.get("forecast"):
        return
    ccs = _comma_clause_start(text, layout, c.vs)
    ss, _ = layout.sent_of(c.vs)
    # (年度计划投资3245亿元,占全省固定资产投资的30%: the share a planned amount is of a whole is the plan's too)
    said = _CONTINUED_SHARE if c.measure == "share" and prev.measure == "level" else \
        _CONTINUED_CHANGE if c.measure != "share" else None
    if said is None or prev.vs < ss or not said.fullmatch(text, ccs, c.vs) or \
            _comma_clause_start(text, layout, prev.vs) >= ccs or re.search(r"[,，、]", text[prev.mend:ccs - 1]):
        return  # (the figure right before, in the clause right before: …125.9亿元以上,同比增长…)
    c.kind = "target"


# …年均增长12%左右,达到1.2万亿元,人均超过7000美元: a clause of a state verb alone (or after a short name of what
# it measures, 人均), no subject, time or cue of its own
_CONTINUED_STATE = rx.compile(rf"\s*(?:[\u4e00-\u9fff]{{1,4}}?)?(?:{alternation(zh.END_STATE_VERBS)})\s*$")


def _continued_state(text: str, layout: Layout, c: Cand, prev: Cand | None) -> None:
    """十二五期间全市生产总值年均增长12%左右,达到1.2万亿元,人均超过7000美元: a clause that only goes on to the state
    the figure of the clause before reaches (its verb, at most a short name of the measure, no subject, time or cue of
    its own) is said in that figure's mood: after a target, a target (the span's end then dates it, a state reached
    by then), not a status of the year the text is written in.  The clause before must be the same sentence's, and no
    semicolon may stand between (…;城镇化率达到60% opens a statement of its own)."""
    if c.kind != "actual" or prev is None or prev.kind != "target" or c.rank or prev.rank or \
            c.measure not in ("level", "count", "share") or c.extra.get("forecast") or c.extra.get("batch_plan"):
        return
    ss, _ = layout.sent_of(c.vs)
    ccs = _comma_clause_start(text, layout, c.vs)
    if prev.vs < ss or prev.mend > ccs or not _CONTINUED_STATE.fullmatch(text, ccs, c.vs) or \
            re.search(r"[;；:：]", text[prev.mend:ccs]):
        return
    if _comma_clause_start(text, layout, prev.vs) >= ccs or _any_word_between(text, layout, prev, ccs):
        return
    if _cue_kind(text[ccs:c.vs], last=True) is not None or ESTIMATE.search(text, ccs, c.vs):
        return
    c.kind = "target"
    c.extra["continued_state"] = ccs  # (the state reached: its own clause says whether it is a flow, scope.period)


def _any_word_between(text: str, layout: Layout, prev: Cand, ccs: int) -> bool:
    """Whether a clause with no value stands between the figure before and the value's clause (…增长12%,结构不断优化,
    达到…: the figure before is no longer the one the clause goes on from)."""
    return _comma_clause_start(text, layout, ccs - 1) > prev.vs if ccs > 0 else False


_PLAN_AMOUNT_NAMED = rx.compile(r"计划投资|投资计划|计划完成投资")


def _announced_plan_change(text: str, layout: Layout, c: Cand, cands: list[Cand], year: int | None) -> None:
    """今年计划实施重大建设项目1123个,…年度计划投资约4296亿元、较上年初增长18.5% / …就业和社会保障项目年度计划投资同比
    增长290%: how much a year's planned investment grows on the last is said of the plan, in the plan's kind: a target
    where the list it belongs to is announced (lists._announced_list) and nothing done is reported between, whatever
    同比 or 较上年 read alone (a progress report's plan base and its growth stay actual)."""
    if c.kind != "actual" or c.measure != "growth" or c.rank:
        return
    ss, _ = layout.sent_of(c.vs)
    ccs = _comma_clause_start(text, layout, c.vs)
    # the value's part of the sentence: a series of growths after the plan's (…同比增长290%,教育项目同比增长80%) is of it
    lo = max(ss, c.vs - 200, text.rfind(";", ss, c.vs) + 1, text.rfind("；", ss, c.vs) + 1)
    if not _PLAN_AMOUNT_NAMED.search(text, lo, c.vs) or _PART_DONE_OWN.search(text, ccs, c.vs) or \
            _reports_doing(text, layout, lo, c.vs, year):
        return  # (完成投资同比增长20%: what was done grew, no plan)
    i = bisect.bisect_left(layout.cand_starts, c.vs) - 1
    while i >= 0 and layout.cand_starts[i] >= c.vs - ANNOUNCED_PART_REACH:
        x = cands[i] if i < len(cands) and cands[i].vs == layout.cand_starts[i] else None
        i -= 1
        if x is not None and x.extra.get("announced_list"):
            if not _reports_doing(text, layout, x.mend, c.vs, year):
                c.kind = "target"
            return


def _lagging_sections(doc: Doc, record: DocumentRecord) -> list[tuple[int, int]]:
    """(start, end) in the view of the body of every section headed by the tasks that lag (二、未达到序时进度的重点任务)."""
    out = []
    for sec in record.sections:
        if sec.end > sec.start and LAGGING_TITLE.search(normalize_chars(sec.title or "")):
            s, e = doc.view_pos(sec.start), doc.view_pos(sec.end)
            nl = doc.norm.find("\n", s, e)
            if nl >= 0:
                out.append((nl + 1, e))
    return out


def _lagging_targets(text: str, layout: Layout, cands: list[Cand], year: int | None,
                     sections: list[tuple[int, int]] = ()) -> None:
    """未达序时进度的任务为:新建停车场3个、绿化覆盖率达40% (or a section headed 未达到序时进度的任务 listing them): the
    tasks a notice lists as lagging are named by their targets, the year's (a target's period is the plan year, not
    the notice's cut-off)."""
    if not cands:
        return
    spans = list(sections)
    for m in LAGGING_LEAD.finditer(text):
        _, se = layout.sent_of(max(m.end() - 1, m.start()))
        if not text[m.end():se].strip(" \n:：") and se + 1 < len(text):
            se = layout.sent_of(se + 1)[1]  # the lead ends its line: the list is the next one
        spans.append((m.end(), se))
    for ls, se in spans:
        lo = bisect.bisect_left(layout.cand_starts, ls)
        hi = bisect.bisect_left(layout.cand_starts, se)
        for x in cands[lo:hi]:
            if x.rank or not text[ls:x.vs].strip(" 共计有"):
                continue  # 未达序时进度的任务有12项: how many lag, a status
            # the clause's own words: 新建停车场3个,已完成1个 / 完成投资0.5亿元,占年度计划的20% report how far a
            # lagging task got; the task's target is the value of a clause that says nothing of progress
            a = max(ls, *(text.rfind(ch, ls, x.vs) + 1 for ch in "、;；。\n,，"))
            b = min([k for k in (text.find(ch, x.mend, se) for ch in "、;；。\n,，") if k >= 0] or [se])
            if LAGGING_REPORT.search(text, a, b) or LAGGING_SHARE_NEXT.match(text, b):
                continue
            x.kind = "target"
            if year:
                x.period = str(year)


# A time after the year of writing is no time a reported figure holds in: a value read as actual whose period
# lies in the future (a deadline ..2020 or the year 2020 carried from the sentence before, in a 2016 text) commits,
# unless its own clause reports or estimates (已, 同比, 预计).
_FUTURE_YEAR = rx.compile(r"^(?:\.\.)?(\d{4})(?:$|-)")
# 到“十四五”末,全县一产业年均增长3% in a 2021 plan: a span that begins in the year of writing and runs past it
_FUTURE_SPAN = rx.compile(r"^(\d{4})\.\.(\d{4})$")


def _future_commits(text: str, layout: Layout, c: Cand, year: int | None) -> None:
    if c.kind != "actual" or not year:
        return
    m = _FUTURE_YEAR.match(c.period)
    sm = _FUTURE_SPAN.match(c.period)
    ahead = bool(m) and int(m.group(1)) > year or bool(sm) and int(sm.group(1)) >= year and int(sm.group(2)) > year
    if not ahead:
        return
    cs, _ = layout.clause_of(c.vs)
    # (城镇新增就业累计10万人 over the five years ahead: 累计 sums up to the span's end, no report)
    if ACTUAL_STRONG.search(text[cs:c.vs].replace("累计", "")) or ESTIMATE.search(text, max(0, cs - 40), c.vs):
        return
    c.kind = "target"


def _year_begun_commits(text: str, layout: Layout, c: Cand, periods: list[PeriodMention], p_starts: list[int],
                        year: int | None, context) -> None:
    """今年全县生产总值增长6%以上 / 会议要求,2026年全市新开工项目200个,完成投资1000亿元 in a text written in the first
    months of that year (a report's news in January, a meeting in February): what the whole year it names will do
    cannot be reported yet, so the figure commits, whatever the text's frame.  Only a change or a flow of the year
    (增长, 新开工, 完成投资: scope.FLOW_WORDS) whose sentence names the year of writing (今年, 全年, 2026年) before it; a
    stock as of the writing (全市规上企业达到1200家), a part of the year (1月份, 今年以来), a clause that reports
    (已, 累计, 同比) or estimates (预计) and a year's planned list (计划…: the plan-base rules read it) stay."""
    if c.kind != "actual" or not year or c.period != str(year) or c.rank or c.extra.get("design") \
            or c.extra.get("batch_plan") or c.extra.get("announced_list"):
        return  # (a list's own size, 今年共安排重点项目120个,总投资800亿元: what it holds, _list_own_kind)
    if _statistics_release(context):
        return
    if not fact_scope._early_in_year(context, year):
        if getattr(context, "date", None) is None and _year_set_item(text, layout, c, periods, p_starts, year, True):
            c.kind = "target"  # (2019年,市委市政府为民兴办10件实事:⏎一是… on a page giving no date: see _year_set_item)
        return
    cs, ce = layout.clause_of(c.vs)
    if _year_set_item(text, layout, c, periods, p_starts, year):
        c.kind = "target"  # 2024年我市实施32项民生实事:⏎1.新增城镇就业3.2万人 in February: an item of the year's set
        return
    if c.measure != "growth" and not fact_scope.FLOW_WORDS.search(text, cs, c.vs):
        return
    ss, _ = layout.sent_of(c.vs)
    if not any(p.role == "point" and p.kind in ("this_year", "year") and p.period == str(year) and p.end <= c.vs
               for p in periods[bisect.bisect_left(p_starts, ss):bisect.bisect_left(p_starts, c.vs)]):
        return
    ccs = _comma_clause_start(text, layout, c.vs)
    if ACTUAL_STRONG.search(text, ss, c.vs) or ESTIMATE.search(text, ss, c.vs) or _cue_kind(text[ccs:c.vs], True) == "actual":
        return
    if "计划" in text[ss:c.vs]:
        return  # (a year's planned list is the base a text may report against: _plan_reported_against decides)
    if any(w in text[ss:c.vs] for w in zh.EVENT_OWN_WORDS) and not TARGET_STRONG.search(text, ss, c.vs):
        return  # 今年第一批重点项目举行集中开工仪式,5个项目总投资3.45亿元: what the event held has started
    c.kind = "target"


def _statistics_release(context) -> bool:
    """A statistics communiqué (2021年全市国民经济和社会发展统计公报) reports a year that has closed; a page that
    stamps it with a day early in that same year (发布日期:2021-01-01, a platform's date) has the date wrong, not the
    figures: they are never commitments."""
    return bool(_STATISTICS_RELEASE_TITLE.search(getattr(context, "title", "") or ""))


_STATISTICS_RELEASE_TITLE = rx.compile(alternation(zh.STATISTICS_RELEASE_TITLES))


# 2024年我市实施32项民生实事: / 今年全县办好十件实事: a lead naming the year and the counted set of works it will carry out
_YEAR_SET_LEAD = rx.compile(rf"(?:\d+|[两二三四五六七八九十]{{1,3}})\s*(?:{alternation(zh.ANNOUNCED_SET_NOUNS)})"
                            rf"[^。;；:：\n\d]{{0,8}}?(?:{alternation(zh.YEAR_SET_HEADS)})")


_SET_REVIEW_LEAD = frame.SET_REVIEW  # (完成, 已, 情况: a lead reporting on the set)


def _year_set_item(text: str, layout: Layout, c: Cand, periods: list[PeriodMention], p_starts: list[int],
                   year: int, undated: bool = False) -> bool:
    """An item of a list whose lead announces the counted set of works the year of writing will carry out (2024年我市
    实施32项民生实事: over 1.新增城镇就业3.2万人;2.改造老旧小区45个 in a text of February): the items say what the year
    will do, stated bare as a plan's items are, when the item's clause itself reports nothing (已, 累计, 同比).
    ``undated``: the text gives no date to tell the announcement from a review of the year; a lead that reports on the
    set (完成, 已, 情况: zh.SET_REVIEW_LEAD_WORDS) is a review, one that only names the year and the set announces it,
    as such a list is published when the year's congress adopts it (2019年,市委市政府为民兴办10件实事:)."""
    lead = fact_scope.list_lead(text, layout, c.vs)
    if lead is None or not _YEAR_SET_LEAD.search(text, lead[0], lead[1]):
        return False
    if undated and _SET_REVIEW_LEAD.search(text, lead[0], lead[1]):
        return False
    if not any(p.role == "point" and p.kind in ("this_year", "year") and p.period == str(year)
               for p in periods[bisect.bisect_left(p_starts, lead[0]):bisect.bisect_left(p_starts, lead[1])]):
        return False
    ccs = _comma_clause_start(text, layout, c.vs)
    return _cue_kind(text[ccs:c.vs], last=True, weak=False) != "actual"


# 预计 says what a time will bring: of a time gone by or closing as the text speaks (预计全年 in a review of the year, 预计
# 上半年 in a July analysis) it estimates what was done; of a time still to come when the text speaks (预计二季度 / 预计
# 下半年 / 预计全年 in a May progress report, 预计明年) it forecasts that coming time of the document's year, never of
# the year before (scope.after_writing moves only what is reported, not a forecast).  An estimate of a time gone by
# stays actual (SCHEMA: 预计2020年… actual, estimated); a forecast of a time not yet over when the text speaks says what
# is expected to come, a target (the lead's convention of session 28: the period's end against the text's date),
# estimated too.
# 全线预计总投资281.7亿元 / 项目预计总投资: a work's size as estimated, no time to come (_untimed_forecast)
_ESTIMATED_ATTRIBUTE = rx.compile(rf"\s*(?:{alternation(zh.PROJECT_ATTRIBUTE_WORDS)})")
FORECAST_REACH = 12  # characters before 预计 a time it speaks of may stand in (全年预计, 下半年，预计)


def _forecast(text: str, layout: Layout, c: Cand, periods: list[PeriodMention], p_starts: list[int],
              context) -> None:
    if c.kind != "actual" or c.rank or c.extra.get("task_beside"):
        return
    ss, _ = layout.sent_of(c.vs)
    lo = max(ss, c.vs - 200, text.rfind(";", ss, c.vs) + 1, text.rfind("；", ss, c.vs) + 1)
    est = None
    for est in ESTIMATE.finditer(text, lo, c.vs):
        pass
    if est is None:
        return
    # the estimate governs the value unless a report cue stands between (预计全年…,1-4月已完成…)
    if any(k == "actual" and not _FRAME_CUE.match(text, est.end() + at)
           for at, k in _cues(text[est.end():c.vs], True)):
        return
    a = max(lo, est.start() - FORECAST_REACH)
    # the time 预计 speaks of stands before it or in its own clause: one in a later clause names another thing
    # (1-7月份,预计完成投资61亿元,完成全年任务152亿元的40.1%: the year's task, the months estimated are over)
    b = min(c.vs, layout.clause_of(est.start())[1])
    times = [p for p in periods[bisect.bisect_left(p_starts, a):bisect.bisect_left(p_starts, b)]
             if p.end <= b and p.role in ("point", "deadline")]
    if times and fact_scope.walled_off(text, layout, times[-1], lo, c.vs):
        return  # 预计10月份完工,城南片区打造3个示范点: the date of an event its own clause closes on
    if not times:
        times = _time_of_value(c, periods, p_starts, layout.clause_of(c.vs)[1])
    if not times:
        if not _ESTIMATED_ATTRIBUTE.match(text, est.end(), c.vs):
            c.extra["untimed_estimate"] = True  # (the time the value is given decides: _untimed_forecast)
        return
    per = times[-1].period
    part = context.frames.part_at(c.vs) if times and getattr(context, "frames", None) is not None else None
    if part is not None and part.kind == "actual" and part.year and times[-1].kind in fact_scope.RELATIVE_KINDS \
            and times[-1].text not in zh.WRITING_YEAR_WORDS:
        # 过去一年,…预计全年地区生产总值增长6% in a report given in January: 全年 is the reviewed part's year (今年 is
        # the year of writing wherever it stands: 去年,…。今年预计重点项目将超过370个 in March)
        per = re.sub(r"^(\.\.)?\d{4}", lambda m: (m.group(1) or "") + str(part.year), per)
    end = fact_scope.period_end(per)
    now = fact_scope.written_month(context)
    if end is None or now is None or end <= now:
        return
    c.extra["forecast"] = True
    c.kind = "target"


def _untimed_forecast(c: Cand, context) -> None:
    """今年…。预计新开工项目70个,总投资3811亿元 in March: an estimate that names no time of its own is of the time the
    value is given (its sentence's, the paragraph's, the text's year); when that time is not over at the text's date it
    is a forecast, a target (the lead's convention of session 28), as a forecast that names its time is (_forecast)."""
    if not c.extra.get("untimed_estimate"):
        return
    now = fact_scope.written_month(context)
    if c.kind == "target" and now is not None and not c.rank:
        # (…预计新开工项目70个,总投资3811亿元: the worth of a forecast set, a target with it, of the year under way)
        c.period = c.period or str(now[0])
        c.extra["forecast"] = True
        return
    end = fact_scope.period_end(c.period)
    if c.kind != "actual" or end is None or now is None or end <= now:
        return
    c.extra["forecast"] = True
    c.kind = "target"


def _time_of_value(c: Cand, periods: list[PeriodMention], p_starts: list[int], ce: int) -> list[PeriodMention]:
    """预计可完成300亿元的一季度投资目标任务: a time written after the value in its own clause, the time of what the
    value measures (the first such), when no time stands before it."""
    return [p for p in periods[bisect.bisect_left(p_starts, c.mend):bisect.bisect_left(p_starts, ce)]
            if p.role in ("point", "deadline")][:1]


# A year before the year of writing, stated in the value's own sentence (2023年,全县地区生产总值完成256亿元 /
# 过去一年,… in a 2024 report, after its list of this year's targets), is no time a commitment is made for: the value
# reports, unless its own clause commits (力争, 计划).
_PAST_POINT = rx.compile(r"^(\d{4})(?:$|-[MQH])")


def _past_reports(text: str, layout: Layout, c: Cand, year: int | None, periods, p_starts) -> None:
    if c.kind != "target" or not year:
        return
    span = _PAST_SPAN.match(c.period)
    if span and int(span.group(2)) < year:
        # 十三五时期,地区生产总值年均增长7.2%左右 / 过去五年累计完成投资860亿元 in a later text: a span over before the
        # year of writing is reviewed (左右 and 年均 are no commitment then), unless the clause itself commits
        if not _own_commitment(text, layout, c):
            c.kind = "actual"
        return
    m = _PAST_POINT.match(c.period)
    if not m or int(m.group(1)) >= year:
        return
    ss, _ = layout.sent_of(c.vs)
    if not any(p.role == "point" and p.period == c.period and p.end <= c.vs
               for p in periods[bisect.bisect_left(p_starts, ss):bisect.bisect_left(p_starts, c.vs)]):
        return
    if _own_commitment(text, layout, c):
        return
    c.kind = "actual"


_PAST_SPAN = rx.compile(r"^(\d{4})\.\.(\d{4})$")


def _own_commitment(text: str, layout: Layout, c: Cand) -> bool:
    """The value's own clause commits (力争, 计划, …的目标任务), whatever time it speaks of."""
    ccs = _comma_clause_start(text, layout, c.vs)
    return _cue_kind(text[ccs:c.vs], last=True, weak=False) == "target" or \
        bool(TARGET_AFTER.search(text, c.mend, layout.clause_of(c.vs)[1]))


_PLAN_COUNT_BEFORE = rx.compile(rf"计划\s*(?:{alternation(zh.PLAN_LIST_COUNT_VERBS)})[\u4e00-\u9fff]{{0,8}}?"
                                rf"(?:{alternation(zh.PROJECT_NOUNS)})\s*(?:共|达|为|总数)?\s*$")


def _plan_reported_against(text: str, layout: Layout, c: Cand, year: int | None) -> bool:
    """今年计划实施重点项目229项,概算总投资286亿元,当年计划完成投资53亿元。止4月底,已开工193项,开工率84%: a figure that
    sizes a year's list stated with 计划 (its only commitment word) is the base of what its paragraph goes on to
    report doing against it (SCHEMA: actual, period the plan year), whatever the genre; the same list with nothing
    reported against it stays the plan (_announced_list).  A list of a year to come (明年计划…) or a sentence that
    commits otherwise (力争, 确保, …的目标任务) keeps its kind.  (Work reported paragraphs later may be of another
    list: the paragraph bounds the reading.)"""
    if c.kind != "target" or c.rank or c.measure not in ("count", "level") or \
            any(c.extra.get(k) for k in ("task_beside", "projection", "forecast", "announced_list")):
        return False
    ss, se = layout.sent_of(c.vs)
    ss = max(ss, c.vs - 200)
    if _LIST_ANNOUNCED.search(text, ss, c.vs) is None or "计划" not in text[ss:c.vs]:
        return False
    if _cue_kind(text[ss:c.vs].replace("计划", "##"), last=True, weak=False) == "target" or \
            _target_after(text[c.mend:layout.clause_of(c.vs)[1]]):
        return False
    ccs = _comma_clause_start(text, layout, c.vs)
    if c.measure == "level" and not _LIST_SIZE.search(text, max(ccs, c.vs - 12), c.vs):
        return False  # only what the list is worth, no other amount of the sentence
    if c.measure == "count" and not (c.unit in ("个", "项") and
                                     re.search("|".join(zh.PROJECT_NOUNS), text[max(ss, c.vs - 24):c.mend + 4])):
        return False
    ys = [int(y) for y in _YEAR_RE.findall(text[ss:c.vs])]
    if year and (ys and ys[-1] > year or "明年" in text[ss:c.vs]):
        return False  # 明年计划实施重点项目130个: the list of a year to come
    _, pe = layout.para_of(c.vs)
    end = min(pe, se + LIST_ANNOUNCE_REACH)
    # (s30, adopted: 今年计划实施重点项目600个,…。截至目前,已开复工430个 states the plan as a plan, and the work done
    # is counted on its own; only a share taken of the plan, 占年度计划的56%, makes the plan the base of what was done)
    return _reports_doing(text, layout, c.mend, end, year) and _PLAN_SHARE.search(text, c.mend, end) is not None


# the shares a progress page takes of the year's plan (占年度计划的x%, 完成年度计划投资的x%, 年度投资完成率x%): what the
# page measures its plan by (a rate of works begun alone, 开复工率, measures none: s30, adopted)
_PLAN_MEASURED = rx.compile(alternation(zh.PLAN_SHARE_REPORTS + zh.PLAN_RATE_REPORTS + zh.PLAN_INVESTMENT_RATES))
# a year's list stated by the plan that sets it out (安排重点项目120个, 计划实施…, 谋划实施…, 拟定…): its own sentence
_PLAN_LIST_STATED = rx.compile(rf"(?:{alternation(zh.LIST_ANNOUNCE_VERBS + zh.PLAN_LIST_STATE_VERBS)})"
                               rf"[^,，;；。:：\n]{{0,16}}?(?:{alternation(zh.PROJECT_NOUNS)})")
_PARTS_OPEN = rx.compile(r"\s*其中\s*[,，:：]?")
# the plan's words, with the time of the year they set out (年内计划完成投资, 今年计划实施): no commitment of their own there
_PLAN_WORD = rx.compile(r"(?:年内|今年|全年|当年)?(?:计划|谋划|拟定|安排)")
# a year's list stated by the amount its plan puts in this year (…重点项目共若干个,总投资…,年度计划完成投资…)
_YEAR_PLAN_NAMED = rx.compile(r"(?:年度|年内|全年|当年|今年|年)计划(?:完成)?投资")
_FULL_STOP = rx.compile(r"[。!！?？\n]")
_WORKS_NOUN = rx.compile(alternation(zh.PROJECT_NOUNS))


def _full_stop_start(text: str, lo: int, at: int) -> int:
    """The start of the sentence, up to a full stop (semicolons inside), holding ``at``; not before ``lo``."""
    last = lo
    for m in _FULL_STOP.finditer(text, lo, at):
        last = m.end()
    return last


def plan_measures(text: str, layout: Layout, year: int | None) -> bool:
    """Whether the page reports work done as a share of a year's plan (…完成投资若干,占年度计划的x%; 年度计划投资完成率
    x%): a share its own clause does not commit to (力争投资完成率达到100%), in a sentence that reports doing, its
    paragraph naming no year gone by before it (2022年…完成年度计划的x% reviews last year's list, not this year's).  A
    share the plan is of a whole (制造业项目的年度计划投资在全部项目里占x%) reports no doing."""
    for m in _PLAN_MEASURED.finditer(text):
        if not any(w in m.group() for w in ("计划", "投资")):
            continue  # (实际利用外资完成年度目标的x%: an indicator's target, no list of works)
        cs = _comma_clause_start(text, layout, m.start())
        if _cue_kind(text[cs:m.start()], last=True, weak=False) == "target":
            continue
        ss, se = layout.sent_of(m.start())
        ps, _ = layout.para_of(m.start())
        if _past_list_year(text, max(ps, ss - 600), m.start(), year):
            continue  # (去年,全县…。全县重点项目完成投资若干,占年度计划的x%: the paragraph's year, gone by)
        if _reports_doing(text, layout, ss, se, year):
            return True
    return False


def _plan_measured_on_page(text: str, layout: Layout, c: Cand, year: int | None, measured: bool) -> bool:
    """2023年,甲区安排重点项目41个,年度计划投资127亿元 on a page that measures the year's work as a
    share of that plan, in any paragraph before or after (上半年,甲区重点项目完成投资x亿元,占年度计划的x%): the
    figures that size the year's list (its count, what it is worth, the year's plan amount; the parts a 其中 sentence
    right after counts) are the base of what was done (SCHEMA: actual, the plan year), not a commitment.  A list
    committed otherwise (将重点推进, 力争, 确保), of a year to come (明年, a later year), or on a page that measures
    nothing against a plan keeps its kind (an event's announced list stays the plan)."""
    if not measured or c.kind != "target" or c.rank or c.measure not in ("count", "level") or \
            any(c.extra.get(k) for k in ("task_beside", "projection", "forecast", "design")):
        return False
    ps, _ = layout.para_of(c.vs)
    _, se = layout.sent_of(c.vs)
    lo = _full_stop_start(text, ps, c.vs)  # (…其中:新建项目若干,年度计划投资若干;续建项目…: one list's items)
    if _PARTS_OPEN.match(text, lo) and lo - 1 > ps:
        lo = _full_stop_start(text, ps, lo - 1)  # 其中:收尾项目30个,…: the parts of the list just stated
    lo = max(lo, c.vs - 240)
    if _PLAN_LIST_STATED.search(text, lo, se) is None and _YEAR_PLAN_NAMED.search(text, lo, se) is None:
        return False
    if _cue_kind(_PLAN_WORD.sub("##", text[lo:c.vs]), last=True, weak=False) == "target" or \
            _target_after(text[c.mend:layout.clause_of(c.vs)[1]]):
        return False
    ccs = _comma_clause_start(text, layout, c.vs)
    if c.measure == "level" and not _LIST_SIZE.search(text, max(ccs, c.vs - 12), c.vs):
        return False  # only what the list is worth and the year's plan amount
    if c.measure == "count" and not (c.unit in ("个", "项") and
                                     _WORKS_NOUN.search(text, max(ccs, c.vs - 24), c.mend + 4)):
        return False
    ys = [int(y) for y in _YEAR_RE.findall(text[lo:c.vs])]
    return not (year and (ys and ys[-1] > year or "明年" in text[lo:c.vs]))


def _plan_list_counts(text: str, layout: Layout, c: Cand, year: int | None) -> None:
    """今年计划实施重点项目120个,其中计划新开工项目55个: 计划, a verb of the list (``zh.PLAN_LIST_COUNT_VERBS``) and
    the projects make one noun, a class of the year's list, and the count after it says how many items the list
    holds: a status of that list, as 安排重点项目120个 is.  计划 states an intention when the count is the verb's own
    object (计划新开工32个项目), when the sentence goes on to commit (…,力争年底前全部开工), for a year after the
    year of writing (明年,全县计划开工项目30个), with an amount (计划完成投资50亿元), a date (计划于6月底前开工项目30个) or over a span
    of years (十四五期间计划实施项目500个): those stay targets."""
    if c.kind != "target" or c.measure != "count" or not re.fullmatch(r"\d{4}|\?", c.period or ""):
        return
    if c.extra.get("announced_list") or c.extra.get("whole_kind") == "target":
        # a list announced, not reported against: the year's plan (_announced_list); 全省将重点推进省列重大项目287个…
        # 其中,计划新开工项目119个: a part of a list the text commits to is committed with it (_qualified_set)
        return
    if c.period != "?" and (not year or int(c.period) > year):
        return  # 明年,全县计划开工项目30个: the list of a year to come is a plan still
    ccs = _comma_clause_start(text, layout, c.vs)
    seg = text[ccs:c.vs]
    k = seg.rfind("计划")
    if k < 0 or TARGET_STRONG.search(seg.replace("计划", "##")):
        return  # (力争计划…, 确保…: a commitment of the clause's own)
    before = text[ccs + k:c.vs]
    se = layout.sent_of(c.vs)[1]
    for m in TARGET_STRONG.finditer(text, c.mend, se):
        s0, e0 = layout.clause_of(m.start())
        i = bisect.bisect_left(layout.cand_starts, max(s0, c.mend))
        if not (i < len(layout.cand_starts) and layout.cand_starts[i] < e0):
            return  # 计划新开工项目50个,力争年底前全部开工: the sentence goes on to commit to them (a clause with a
            # figure of its own, 计划完成投资80亿元, commits to that figure)
    if _part_plan_after(text, ccs, c.vs, c.mend, se):
        return  # 全年计划新开工项目86项,1-9月计划开工70项,实际开工67项: the year's plan, the part's is what was reported
    if _PLAN_COUNT_BEFORE.fullmatch(before) and not _plan_stated(text, layout, c, ccs):
        c.kind = "actual"


def _plan_stated(text: str, layout: Layout, c: Cand, ccs: int) -> bool:
    """Whether the count's sentence opens with the size of the year's list as its plan states it: its first figure
    counts the works after 计划 and a verb of the list (今年,甲市计划实施重点项目600个以上,…), no part (其中…) of a
    whole.  A plan stated as a plan is a target, also when the text goes on to report progress (s30, adopted), and so
    are its classes counted after it (其中计划新开工项目260个); a class of a list stated otherwise (2023年安排重点工程
    230个,其中计划续建项目140个) says how many items that list holds."""
    ss, _ = layout.sent_of(c.vs)
    i = bisect.bisect_left(layout.cand_starts, ss)
    first = layout.cand_starts[i] if i < len(layout.cand_starts) and layout.cand_starts[i] < c.vs else c.vs
    fcs = _comma_clause_start(text, layout, first) if first != c.vs else ccs
    seg = text[fcs:first]
    k = seg.rfind("计划")
    # (今年1至5月,全县计划开工项目43个,实际开工41个: the plan of the months run is what they are measured against)
    return k >= 0 and "其中" not in seg and bool(_PLAN_COUNT_BEFORE.fullmatch(seg[k:])) and \
        not _ELAPSED_PART_TIME.search(text, ss, first)


# --------------------------------------------------------------------------- period and subject
# Where a fact's time and place are decided: ``scope.py`` (the scope stack over ``context.py``'s document context).

# --------------------------------------------------------------------------- indicator

_RATE_NEXT = rx.compile(r"(?:完成率|完成比例|执行率|到位率)(?:为|达到|达)?\s*\d")
_MEASURE_TAIL = rx.compile(rf"(?:{alternation(zh.SPLIT_MEASURES)})$")
# a stage verb naming a class of projects (12个新开工项目, 5个建成项目) is part of the noun, not its predicate
# (累计开复工291个 after the count's noun is its predicate; 已报开工项目 is a noun: 已 before a project head)
# (30个市级重点项目开复工27个 / 12个省重点项目竣工8个 / 63个新开工重点项目共有47个…: a stage verb or 有 followed by a
# count is what the next count's members did or that the set holds, no part of the set's noun; 新开工 before its
# project head is a class, as 12个新开工项目 is; 4个县(市)共实施…: what the places counted did together)
_NOUN_STOP = rx.compile(rf"(?:{alternation(zh.STAGE_PREDICATE_VERBS)}|共有|(?<!中)有)(?=\d)|"
                        rf"共(?:{alternation(zh.PLAN_LIST_VERBS + zh.SET_DOING_VERBS)})|"
                        r"实现|全部|(?:加快|集中)(?![\u4e00-\u9fff]{1,4}(?:项目|工程))|快速|顺利|入区|进行|(?:(?<!新)开工|建成|完成)(?!项目|工程)|"
                        r"新开工(?![\u4e00-\u9fff]{0,4}(?:项目|工程))|通过|达到|达|被|累计|"
                        r"已(?![\u4e00-\u9fff]{1,4}(?:项目|工程))|得到|"
                        r"获得|推进|全覆盖|覆盖|目标|任务|[\d,;。:]|和\d|中(?=(?:有|共有)?\d)|(?:具体|分别|统一|均|交)由|"
                        rf"{alternation(zh.NOUN_PREDICATE_STARTS)}")
_NOUN_PREDICATE = rx.compile(alternation(zh.NOUN_PREDICATE_STARTS))
_DONE_CLASS = rx.compile(rf"已[\u4e00-\u9fff]{{1,4}}?(?:{alternation(zh.GENERIC_HEADS)})")
_DONE_AFTER = rx.compile(r"(?:已经|均已|已)(?P<verb>[\u4e00-\u9fff]{2,4})")
_BASE_CMP = rx.compile(r"(?:同比|(?:比|较|与|同)(?:上年|去年|上年末|上年同期|去年同期|上月|上季度|年初|同期)(?:末|同期)?(?:相比|比较)?)"
                       r"(?=增|减|下|上|提|降|回|成|净|多|少|前进|后退|进位|退位|$)")
_WITH_BASE = rx.compile(r"^(?:与|同|和)([^,;。，；]{1,10}?)(?:相比|比较|相较)")
# the words of standing in a ranking (居, 排名, 位列, 在全省…中, 第, 前) and its scope: none is part of what is ranked; a
# character of them opening a word of the measure's own name (居民, 排放, 在建, 中小企业, 第一产业, 前期) stays
_RANK_WORDS = rx.compile(rf"{alternation(zh.RANK_REGION_SCOPES)}|"
                         r"排名|排位|跃居|稳居|位居|位列|并列|进入|挺进|跻身|名列|增速|全省|全国|全市|珠三角|长三角|全球|"
                         r"排(?![放水污涝查除解班])|居(?![民住家委室])|在(?=[全省市县区国同各\d一二三四五六七八九十])|"
                         r"中(?=[排居位列第名])|第(?![一二三]次?产)|前(?![期沿端置])|"
                         # 甲县、乙县并列第二: 并 is taken off as an adverb (indicators._LEAD), the 列 of 并列 left alone
                         r"(?<![系陈罗序行])列(?=第|前|$)")


_POST_QUALIFIERS = rx.compile(r"^(?:以上|以下|以内|之内|左右|上下|多|余|的)+")
_LEAD_NUMBER_BEFORE_HAN = rx.compile(r"\d+(?:\.\d+)?(?=[\u4e00-\u9fff])")


_TASK_NOUN_LEAD = rx.compile(r"(?P<pre>[\u4e00-\u9fff]{0,4}?)(?:目标任务|任务)(?![\u4e00-\u9fff]{0,2}的)")


BRACKET_REACH = 80  # characters from a bracket's opening to a figure of the breakdown it holds


def _closed_before(text: str, vs: int, pos: int) -> bool:
    """True when the figure at ``vs`` stands inside a bracket that closes before ``pos``: a part of a breakdown
    (建设项目20项(省级5项、县级9项),完成投资30亿元) names nothing written after the bracket."""
    o = max(text.rfind("(", max(0, vs - BRACKET_REACH), vs), text.rfind("（", max(0, vs - BRACKET_REACH), vs))
    if o < 0 or ")" in text[o:vs] or "）" in text[o:vs]:
        return False
    return any(0 <= text.find(ch, vs, pos) for ch in ")）")


# 营业收入超100亿元的 / 产值过50亿元以上的: what the members are measured by, the bound they pass, then 的
_BOUND_QUALIFIER = rx.compile(rf"[\u4e00-\u9fff]{{2,8}}?(?:{alternation(zh.CRITERION_BEFORE)})(?:{ARABIC}|{CHINESE})"
                              rf"(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})?(?:以上|以下)?的")


def _noun_after(text: str, c: Cand, ee: int, cand_starts: set[int] | None = None) -> str:
    """The noun a count or amount qualifies: 82个|重点项目, 1.3亿元|区级工信奖补资金, 2座|500千伏变电站."""
    post = text[c.mend:ee]
    post = _POST_QUALIFIERS.sub("", post)
    task = _TASK_NOUN_LEAD.match(post) if unit_class(c.unit) == "count" else None
    if task and not _NOUN_STOP.search(task.group("pre")):
        return task.group()  # 42项年度目标任务全面完成: the tasks counted, 目标 and 任务 no end of their noun here
    crit = _BOUND_QUALIFIER.match(post) if unit_class(c.unit) == "count" else None
    if crit:
        # 20个营业收入超100亿元的产业集群: the noun after the bound's 的 is what is counted, the bound kept as its class
        noun = _noun_after_text(post[crit.end():])
        if noun:
            return post[:crit.end()] + noun
    lead = _LEAD_NUMBER_BEFORE_HAN.match(post)
    if lead and cand_starts is not None and c.mend + (len(text[c.mend:ee]) - len(post)) not in cand_starts:
        rest = _noun_after_text(post[lead.end():])
        return (lead.group() + rest)[:16] if rest else ""
    return _noun_after_text(post)


_ADVERB_AFTER = rx.compile(r"均|都|全部|分别|同比|再")
_CLAUSE_FINAL_PARTICLE = rx.compile(rf"(?:{alternation(zh.CLAUSE_FINAL_PARTICLES)})(?=[,，;；。]|$)")
_JOIN_LEAD = rx.compile(alternation(zh.LIST_LAST_JOINERS + ("并", "或")))
_STATE_END = rx.compile(rf"(?:{alternation(zh.STATE_PREDICATE_ENDS)})$")

# 项目先后竣工投产 / 项目在3月份实现开工 / 企业相继签约落地: the stage the counted items reached names them
_STAGE_PREDICATE = rx.compile(
    rf"(?P<noun>[\u4e00-\u9fff]{{0,6}}?(?:{alternation(zh.GENERIC_HEADS)}))"
    rf"(?:(?:{alternation(zh.STAGE_PREDICATE_ADVERBS)})|在[^,，;；。:：、]{{1,8}}?(?=实现|(?:{alternation(zh.STAGE_PREDICATE_VERBS)})))*"
    rf"(?:实现)?(?P<verb>(?:{alternation(zh.STAGE_PREDICATE_KEPT)})?(?:{alternation(zh.STAGE_PREDICATE_VERBS)}){{1,2}})"
    r"(?![\u4e00-\u9fff\d])")  # 170个新开项目已开工145个: a stage followed by a count frames a set, no predicate


_POST_QUALIFIER_RUN = rx.compile(r"(?:以上|以下|以内|左右|多|余|的)+")


def _staged_noun(text: str, c: Cand, ee: int) -> tuple[str, int]:
    """12个项目先后竣工投产 → (竣工投产项目, the end of 投产): the counted items named by the stage they reached."""
    post = text[c.mend:ee]
    lead = _POST_QUALIFIER_RUN.match(post)
    k = c.mend + (lead.end() if lead else 0)
    sp = _STAGE_PREDICATE.match(text, k, ee)
    if sp is None:
        return "", -1
    return sp.group("verb") + sp.group("noun"), sp.end()


_ACTS_ON = rx.compile(rf"(?<![{zh.DUI_WORD_BEFORE}])对$")  # 督查对|90个责任单位 (not 核对, 比对, 应对)
_FIGURES_BRACKET = rx.compile(r"[(（][^()（）]*\d")  # a bracket holding figures: a breakdown, no part of a noun


# 省、市重点项目 / 省级、市级重点项目 / 市、县两级…: levels of government, one character (or 级) each, sharing the noun
_LEVEL_LIST_LEAD = rx.compile(rf"^(?:[{''.join(zh.JOINED_LEVEL_CHARS)}]级?、)+[{''.join(zh.JOINED_LEVEL_CHARS)}]级?(?=[\u4e00-\u9fff])")
# …the same levels read back from the item after their last 、 (计划实施省、州列重大项目共42个: the count's noun opens at 省)
_LEVELS_BEFORE_ITEM = rx.compile(rf"(?:[{''.join(zh.JOINED_LEVEL_CHARS)}]级?、)+$")


# 162个A类问题, 3处Ⅱ类水体: a class written with a letter or a Roman numeral opens the noun counted
_LETTER_CLASS_LEAD = rx.compile(r"[A-ZⅠ-Ⅻ]{1,3}[类级档](?=[\u4e00-\u9fff])")


_ROUND_BRACKETED = rx.compile(r"\([^()]*\)")


_QUOTE_MARKS = rx.compile(r"[“”\"]")


_HAN_OR_QUOTE = rx.compile(r"[\u4e00-\u9fff“]")


def _noun_after_text(post: str) -> str:
    if not post or not (_HAN_OR_QUOTE.match(post) or _LETTER_CLASS_LEAD.match(post)):
        return ""
    if _CLAUSE_FINAL_PARTICLE.match(post):
        return ""  # 达11450元后,继续…: the clause is a time for the next, its figure qualifies no noun after it
    if _JOIN_LEAD.match(post) or _ADVERB_AFTER.match(post) or post.startswith(zh.MILESTONE_WORDS) or \
            _COUNT_RANKED.match(post):  # (昆明24件居第一位: where the count stands, no noun it counts)
        # 贡献率36.8%和第二产业的贡献率42.1% / 2.1万吨均创新高: the next item's noun, or a predicate; 突破300亿元大关:
        # the mark passed, no noun of what passed it
        return ""
    bm = _FIGURES_BRACKET.search(post)
    if bm and bm.start() >= 2:
        post = post[:bm.start()]  # 90个责任单位(市直部门20个、…): the noun ends where its breakdown opens
    # keep 、 inside parentheses: 县(市、区); and between levels of government sharing the noun after them (283个省、
    # 市重点项目: the projects of both lists, not a count of 省)
    post = _ROUND_BRACKETED.sub(lambda m: m.group().replace("、", "\x00"), post)
    post = _LEVEL_LIST_LEAD.sub(lambda m: m.group().replace("、", "\x00"), post, count=1)
    post = post.split("、")[0].replace("\x00", "、")
    rm = _REMARK.search(post)
    if rm and rm.start() >= 2:
        post = post[:rm.start()]  # 120个重点项目(包含预备项目)具体由…: the noun ends where its remark opens
    noun = _NOUN_STOP.split(post, 1)[0]
    rel = _DONE_CLASS.match(noun)
    if rel:
        noun = rel.group()  # 9个已报开工项目现场…: a class named by what it did ends at its head noun
    if len(noun) > 2 and _SET_FRAME_END.search(noun) and post[len(noun):len(noun) + 1] in (",", "，", ":", "：", ""):
        noun = noun[:-1]  # 43个重点项目中,已开工38个: 中 frames the set the next figures are counted in
    fm = _SET_FRAME_IN.search(noun)
    if fm:
        noun = noun[:fm.start() + len(fm.group("head"))]  # 35个争取开工项目中A、B等15个…: the set ends at its head
    m = _MEASURE_TAIL.search(noun)
    if m and m.start() >= 2 and (post[len(noun):len(noun) + 1].isdigit() or _RATE_NEXT.match(post, len(noun))):
        noun = noun[:m.start()]  # 8项省重点项目总投资198亿元: the amount after the noun has a measure of its own
        # (300个产业项目年度计划投资完成率70%: so has the rate after it)
    return _QUOTE_MARKS.sub("", noun)[:16]


# _indicators' patterns, compiled once: it runs for every candidate figure
_IND_RE0 = rx.compile(r"[“\"][^“”\"]*[”\"]")
_IND_RE1 = rx.compile(r"^(?:大力|全力|深入|加快|积极)?(?:实施|推进|开展|推动)")
_IND_RE2 = rx.compile(r"较|比|与|同|和|于")
# 约 / 近 ending a word that is no approximation (签约, 节约, 附近: zh.NOT_APPROX_WORDS) stays in the name: 已签约12个
_BARE_YUE = "(?<![" + "".join(w[0] for w in zh.NOT_APPROX_WORDS if len(w) == 2 and w[1] == "约") + "])约"
_BARE_JIN = "(?<![" + "".join(w[0] for w in zh.NOT_APPROX_WORDS if len(w) == 2 and w[1] == "近") + "])近"
_IND_RE4 = rx.compile(rf"(?:约为|{_BARE_YUE}|{_BARE_JIN}|接近|将近|大约)$")
_IND_RE5 = rx.compile(r"的?[\u4e00-\u9fff]")
_IND_RE6 = rx.compile(rf"全省|全国|全市|全区|全州|全盟|珠三角|长三角|全球|省级开发区|全省高新区|{alternation(zh.RANK_REGION_SCOPES)}")
# GDP在全市的排名上升了2位: where a rank is held, written as a place before the ranking word
_LOCATIVE_SCOPE = rx.compile(rf"在(?P<scope>{_IND_RE6.pattern})(?:中|内)?的?(?=[\u4e00-\u9fff]{{0,2}}?(?:排名|排位|位次|排序))")
_IND_RE7 = rx.compile(r"倒数|末位|名次")
_IND_RE8 = rx.compile(r"^(?:以上|以下|左右|多|余)+")
_IND_RE9 = rx.compile(r"(?:达到|实现|完成|通过|具备|获得|参加|享受)[^,;。、\d]{1,16}")
_IND_RE10 = rx.compile(r"(?:全部|均已|均|已)?(?:实现|完成|达到|通过|建成|投产)[^,;。、\d]{0,10}$")
_IND_RE11 = rx.compile(r"^(?:以上|以下|左右|多|余|的)+")
_IND_RE12 = rx.compile(r"\([^()]*\)")
_IND_RE13 = rx.compile(r"[\d]")
_IND_RE14 = rx.compile(r"[“”\"]")
_IND_RE15 = rx.compile(rf"(?:同比|环比)?(?:{alternation(tuple(v for v in zh.RATE_MOVE_VERBS if len(v) > 1 or v == '翻'))})$")
# 降至2.1‰ / 提高到60% / 增至120家 / 提高到了3.2万元: where a rate or an amount stands
_MOVED_TO = rx.compile(rf"(?:{alternation(zh.RATE_MOVE_VERBS + zh.AMOUNT_MOVE_VERBS)})了?(?:至|到)了?\s*$")
_MOVE_END = rx.compile(rf"(?:同比|环比)?(?:{alternation(zh.RATE_MOVE_VERBS + zh.AMOUNT_MOVE_VERBS)})$")
_IND_RE16 = rx.compile(r"(?<![第一二三])([一二三])产(?![业值品量能权])")
_IND_RE17 = rx.compile(r"(?:增速|增幅|增长率|增长)$")
# 现价总量比同期增加 / 总量增加: an anaphoric amount (with the prices it is reckoned at) opening a change's name
_ANAPHOR_LEAD = rx.compile(rf"(?:现价|可比价|不变价)?(?:{alternation(zh.ANAPHORIC_MEASURES)})"
                           rf"(?=比|较|同比|环比|占|{alternation(zh.AMOUNT_MOVE_VERBS + zh.RATE_MOVE_VERBS)})")
_TOPIC_NOUN_TAGS = ("n", "nz", "j", "l")  # jieba's tags of the nouns a sentence's topic is made of (not ns: a place)


def _sentence_topic(text: str, layout: Layout, vs: int) -> str:
    """The noun a sentence opens with when its first clause states no figure (数字经济加快发展,规模突破2万亿元 → 数字经济;
    粮食生产连年丰收,总产量… → 粮食): what a bare 规模 or 总产量 later in the sentence is of.  "" when the first clause
    holds a figure or opens with no noun."""
    ss, _ = layout.sent_of(vs)
    cs = _comma_clause_start(text, layout, vs)
    if cs <= ss:
        return ""
    first = text[ss:cs]
    if _ANY_DIGIT.search(first):
        return ""
    first = SUBJECT_WORDS.sub("", _TIME_WORDS.sub("", first.strip()))
    noun = ""
    for w in _posseg().lcut(first[:16]):
        if not w.flag.startswith(_TOPIC_NOUN_TAGS) or w.flag.startswith("ns"):
            break
        noun += w.word
    return noun if len(noun) >= 2 else ""


_IND_RE18 = rx.compile(r"[^级]{1,4}级")
_IND_RE19 = rx.compile(r"快速|加快|顺利|全部|实现")
_ATTRIBUTE_ONLY = rx.compile(r"(?:计划)?(?:总投资|全长|总长|占地面积|占地|总建筑面积|建筑面积|总库容)")
# 某某会议共研究…, 各地共签约…: the topic before a total's 共 (not 公共, 共享, 共同, 共建 …)
_TOTAL_OF = rx.compile(r"[\u4e00-\u9fff]{2,}?(?<!公)共(?:有|计)?(?![享同建治富赢青产性识])")
# a clause that only states a comparison base: 与一季度相比 / 同上年相比 / 和去年同期比
_CMP_FRAME = rx.compile(r"\s*(?:与|同|和|跟)[^,，;；。:：\d]{1,12}?(?:相比|相较|比较|比)(?:较)?")
# the set a rank is taken in: 居各项目组第一位, 在各县(市、区)中排名第二
# 八县区 / 县市区 / 14个市州 (its count taken off before): the set of peers a rank is taken in
_RANKED_SET = rx.compile(rf"(?:[\d一二三四五六七八九十两]{{0,3}}个?)(?:{alternation(zh.RANKED_SET_NOUNS)})|"
                         rf"[\d一二三四五六七八九十两]{{1,3}}个?(?:{alternation(zh.RANKED_SET_LEVELS)})")
_RANK_SET = rx.compile(r"各[\u4e00-\u9fff（）()、]{1,12}$")
_RANK_HELD = rx.compile(rf"(?:{alternation(zh.RANK_HELD_WORDS)})+$")
_COUNTED_RANKED_SET_END = rx.compile(rf"[\d一二三四五六七八九十两]{{1,3}}个?"
                                     rf"(?:{alternation(zh.RANKED_SET_NOUNS + zh.RANKED_SET_LEVELS)})$")


# 在全市年度综合考核中,我县排名第5位: the assessment or ranking 在…中 frames, before the rank in its sentence
_RANKING_FRAME = rx.compile(r"在(?P<field>[^,，;；。:：\n在]{2,24}?)(?<![其集高初])中\s*[,，]?")
_RANKING_ENDS = ("排名", "排位", "排序", "名次")


_RANK_VERB_LEAD = rx.compile(r"位列|位居|居|排名|排在|名列|列")
# 居全省第十、苏北第四 / 列全市第21位,主城区第13位: after a rank, a clause naming only another field it stands in
_CONTINUED_RANK = rx.compile(rf"\s*[位名]?\s*[、,，]\s*(?P<scope>[\u4e00-\u9fff]{{2,8}}?)\s*(?:中)?\s*"
                             rf"(?:{alternation(zh.RANKED_VERBS)})?\s*第\s*")
_MEASURED_WORD = rx.compile(rf"{alternation(zh.RANKED_RATE_WORDS + zh.ANAPHORIC_MEASURES + zh.RANKED_VERBS)}|"
                            rf"[率额值量数度]|.全")
# the field a rank is taken in: places (长三角, 苏北, 西部片区, 沿江五县, 全国), never a measure (绿色发展, 第二季度)
_RANK_FIELD = rx.compile(rf"(?:{alternation(zh.RANK_FIELD_ENDS)})$")


def _continued_rank(text: str, c: Cand, by_vs: list[Cand], starts: list[int]) -> tuple[str, str] | None:
    """工业投资增长6.3%,增速居全省第十、苏北第四 / 总量列全市第21位、主城区第13位: a rank whose clause names only the
    field it stands in, right after a rank of the same measure, ranks what that rank ranks (its basis: 工业投资增速,
    工业投资总量) in its own field: 工业投资增速苏北排名, not the field named as the measure.  The name and the basis, or
    None when the rank is not written so."""
    i = bisect.bisect_left(starts, c.vs)
    if i == 0:
        return None
    p = by_vs[i - 1]
    basis = p.extra.get("rank_basis", "")
    if p.measure != "rank" or not basis:
        return None
    m = _CONTINUED_RANK.fullmatch(text, p.ve, c.vs)
    if m is None or _MEASURED_WORD.search(m.group("scope")) or not _RANK_FIELD.search(m.group("scope")):
        return None  # (增速居全省第三、总量居全省第五 / 综合实力第3、绿色发展第5: the clause names a measure of its own)
    return shorten(basis + m.group("scope") + "排名", 24), basis
_ORDINAL_MARK_END = rx.compile(r"第$")


def _ranked_item(item: str, before: str) -> str:
    """甲县、乙县营商环境指数分别位列全省第10、第9 → 营商环境指数全省排名: a rank spread over the items of a list is
    the item's standing in the scope written before the places (全省, 全市), named as a single rank is (the measure,
    the scope, 排名), not the measure alone: an item already naming its ranking (综合排名) stays."""
    if item.endswith(_RANKING_ENDS):
        return item
    head, spread, rest = item.partition("分别")
    if spread and len(head) >= 2 and _RANK_VERB_LEAD.match(rest):
        # 甲区(11.2%)和乙县(7.6%)地区生产总值增速分别位列全市17个县(市、区)第3位和第8位: the item's words after 分别
        # say where it stands (the scope, the peers counted), named as a single rank is: …增速全区22个县(市)区排名
        scopes = _ITEM_SCOPE.findall(rest)
        peers = _COUNTED_RANKED_SET_END.search(_ORDINAL_MARK_END.sub("", rest))
        return head + (scopes[-1] if scopes else "") + (peers.group() if peers else "") + "排名"
    scopes = _IND_RE6.findall(before)
    scope = scopes[-1] if scopes and not item.endswith(scopes[-1]) else ""
    return item + scope + "排名"
_RANK_GAP = rx.compile(r"[^。;；\n\d]{0,12}")


def _ranking_frame(text: str, ss: int, at: int) -> str:
    """在全市年度综合考核中,我县排名第5位 → 全市年度综合考核 / 在16个县市区经济指标综合排名中,我县由…第6位 → 16个县市区经济指标
    综合排名: a rank whose own words name nothing ranked (我县排名, 荣获) ranks by the assessment or ranking the
    sentence frames with 在…中 before it (as the seed gold names 在全省县域经济考核中排名…第5位); "" when no frame stands
    there, or the frame is only the group ranked in (在全市5个区中: which places, not by what)."""
    m = None
    for m in _RANKING_FRAME.finditer(text, ss, at):
        pass
    if m is None or not _RANK_GAP.fullmatch(text, m.end(), max(m.end(), text.find("第", m.end(), at))):
        return ""
    field = _TIME_WORDS.sub("", m.group("field")).strip()  # (its scope kept, as written: 全省县域经济考核)
    if len(field) < 2 or _PLACES_GROUP.fullmatch(field):
        return ""
    return field


# 全市5个区 / 全省21个市州 / 16个县市区: a group of places a rank is taken in, naming nothing ranked
_PLACES_GROUP = rx.compile(rf"(?:{alternation(zh.RANK_PLACE_SCOPES)})?(?:\d+|[一二两三四五六七八九十]+)?个?"
                           rf"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.RANKED_SET_NOUNS)}|[省市县区州盟旗镇乡]+(?:\(.{{0,6}}\))?)")


# 具体由责任单位负责推进 / 由各县区牵头组织实施: who carries the work, no measure
_DUTY_CLAUSE = rx.compile(rf"(?:{alternation(zh.DUTY_OPENERS)})[^,，;；。:：\d]{{1,20}}?(?:{alternation(zh.DUTY_VERBS)})"
                          r"[^,，;；。:：\d]{0,10}")
# (包含预备项目) / (含续建项目30个): a remark in brackets; an unclosed one cut at the name's start (…包含预备项目)
_REMARK = rx.compile(rf"[(（](?:{alternation(zh.REMARK_OPENERS)})[^()（）]{{0,30}}[)）]")
_REMARK_TAIL = rx.compile(rf"^[^()（）]*?[)）]|[(（](?:{alternation(zh.REMARK_OPENERS)})[^()（）]*$"
                          rf"|^(?:{alternation(zh.REMARK_LEADS)})(?=[\u4e00-\u9fff]{{2}})")
_REMARK_OPEN = rx.compile(rf"[(（](?:{alternation(zh.REMARK_OPENERS)})[^()（）]*$")
_REMARK_OPENER = rx.compile(rf"^(?:{alternation(zh.REMARK_OPENERS)})(?=[\u4e00-\u9fff]{{2}})")
_BARE_PLAN = rx.compile(rf"(?:{alternation(zh.PLAN_HEADS)})$")
_SHORT_MEASURE = rx.compile(rf"(?<![{''.join(zh.SHORT_MEASURE_KEEP_BEFORE)}])(?:{alternation(zh.SHORT_MEASURES)})")
_CONVERSION = rx.compile(rf"^(?:{alternation(zh.CONVERSION_WORDS)})")
_ASPECT_LE = rx.compile(r"(?<=[\u4e00-\u9fff])(?<![为除罢])了(?![解结却断])(?=[\u4e00-\u9fff\dA-Za-z])")
_PULL_OF = rx.compile(rf"对(?P<what>[^,，;；。的]{{2,10}})的(?P<verb>{alternation(zh.PULL_VERBS)})(?:作用)?$")


# 统计数据表明…, 监测数据显示…, 记者从市统计局获悉…: the source a figure is reported from and its verb, heading the words
# before the figure when no comma closes them (a word ending in 显示 of its own, 新型显示, is no source)
_REPORT_FRAME = rx.compile(rf"[^,，;；。:：\d]{{0,16}}?(?:(?:{alternation(zh.REPORT_SOURCE_NOUNS)})"
                           rf"(?:{alternation(zh.REPORT_SHOW_VERBS)})|{alternation(zh.REPORT_HEARD_VERBS)})")
_SPEECH_FRAME = rx.compile(rf"(?:{alternation(zh.SPEECH_BODIES)})(?:{alternation(zh.SPEECH_FRAME_VERBS)})了?")


_TREND_PREDICATE = rx.compile(rf"(?:{alternation(zh.TREND_ASPECTS)})?(?:{alternation(zh.TREND_PREDICATES)})|"
                              rf"(?:{alternation(zh.TREND_ASPECTS)})(?:{alternation(zh.TREND_ASPECT_PREDICATES)})")
_SCOPES = alternation(("全国", "全省", "全市", "全区", "全县", "全州", "全盟"))
_ITEM_SCOPE = rx.compile(_SCOPES)
# 增速分别高于全国(4.8%)、全省(5.9%) / 高于全区: a comparison of the measure with a scope (or several), naming nothing ranked
_COMPARED_SCOPES = rx.compile(rf"(?:{alternation(zh.RANKED_RATE_WORDS)})?(?:分别|均)?(?:高于|低于|快于|慢于|领先)"
                              rf"(?:{_SCOPES})(?:平均水平|平均)?(?:[、和及](?:{_SCOPES})(?:平均水平|平均)?)*")
_COMPARED_SCOPE = rx.compile(rf"(?:高于|低于|快于|慢于|领先)(?:{_SCOPES})(?:平均水平|平均)?(?=(?:{_SCOPES})?(?:排名|排位|位次))")
_COMPARED_SCOPE_END = rx.compile(rf"(?:高于|低于|快于|慢于|领先)(?:{_SCOPES})(?:平均水平|平均)?$")
_ATTRIBUTE_BEFORE_HEAD = rx.compile(r"^[\u4e00-\u9fff]{0,8}?(?:性|量|度|力)[大强高好优广足]的(?=[\u4e00-\u9fff]{3,}$)")


# 第一轮督察各市州问题整改完成率 → 问题整改完成率: a round of a campaign (第一轮督察) is the time the figures hold for,
# and 各 with a level of places (各市州) the set of places they run over (the subjects'): opening a name, neither is
# part of the measure, which is what follows them (facts._extract's last pass over the names)
_ROUND_OF_CAMPAIGN = rf"第(?:{ARABIC}|{CHINESE})轮[\u4e00-\u9fff]{{0,10}}?(?:{alternation(zh.CAMPAIGN_NOUNS)})"
_PLACE_SET_NOUNS = alternation(zh.RANKED_SET_NOUNS + zh.RANK_LIST_SETS + zh.OTHER_UNITS_WORDS)
_SET_COUNT = r"(?:[1-9]\d{0,2}|[一二两三四五六七八九十]{1,3})个?"
# …and so is a set of places counted (11市开复工率, 9个设区市), or closing a list of them (甲、乙、丙等市完成投资额: 等市,
# 等地), or 各地 (地 not of 地区 or 地方); never a place word that is the head of another word (等市场主体), nor a
# counted set joined to another into a name of its own (两区一县)
_PLACE_SET = rf"各(?:{_PLACE_SET_NOUNS})"
_PLACE_SET_OF_FIGURES = (rf"(?>(?:各地|等地)(?![区方])|等(?:{_PLACE_SET_NOUNS})|{_SET_COUNT}(?:设区的?市|{_PLACE_SET_NOUNS}))"
                         rf"(?![{zh.OTHER_UNITS_NOT_AFTER.replace('中', '')}])(?!{_SET_COUNT}(?:{_PLACE_SET_NOUNS}))")
_SCOPE_QUALIFIERS = rx.compile(rf"^(?:{_ROUND_OF_CAMPAIGN}(?:{_PLACE_SET})?|{_PLACE_SET})(?=[\u4e00-\u9fff]{{4}})")
# (a rank keeps its set: 16个县市区经济指标综合排名 is the ranking among those sixteen, its scope)
_SET_OF_FIGURES = rx.compile(rf"^{_PLACE_SET_OF_FIGURES}(?=[\u4e00-\u9fff]{{3}})")


def _finish_indicator(ind: str, c: Cand, text: str) -> str:
    """Remarks off, short forms written out, a bare plan of projects named as their planned investment."""
    t = _REMARK.sub("", ind)
    t = _REMARK_TAIL.sub("", t)
    if _REMARK_OPEN.search(text, max(0, c.vs - 30), c.vs):
        t = _REMARK_OPENER.sub("", t)  # (含第一批项目88个): the count inside a remark counts what follows 含
    if len(t) >= 2:
        ind = t
    sf = _SPEECH_FRAME.match(ind)
    if sf and len(ind) - sf.end() >= 2:
        ind = ind[sf.end():]  # 会议提出城乡居民收入: who said it is no part of what is measured
    rf = _REPORT_FRAME.match(ind)
    if rf and len(clean_lead(ind[rf.end():])) >= 2:
        ind = clean_lead(ind[rf.end():])  # 统计数据表明全市城镇居民…: nor where it was read (and the scope after it)
    ind = _SHORT_MEASURE.sub(lambda m: zh.SHORT_MEASURES[m.group()], ind)
    # 新开工项目增势迅猛，达326个 / 项目建设势头强劲，完成投资…: how a topic fares frames the figure and names nothing of
    # it; 增速高于全国，全国排名第5位: the comparison before a rank in the same scope is no part of the rank's name;
    # 战略性强、带动性大的重大项目: an attribute's predicate before 的 leaves the head it qualifies
    t = _TREND_PREDICATE.sub("", ind)
    t = _COMPARED_SCOPE.sub("", t)
    t = _ATTRIBUTE_BEFORE_HEAD.sub("", t)
    if len(t) >= 2:
        ind = t
    # 新建了5G基站 → 新建5G基站: the aspect particle after a verb is no part of a name (了解, 为了 are words)
    ind = _ASPECT_LE.sub("", ind) if len(ind) > 3 else ind
    # 第一产业对经济增长的拉动 → 第一产业拉动经济增长: a contribution named as statistics name it, the part before it kept
    ind = _PULL_OF.sub(lambda m: m.group("verb") + m.group("what"), ind)
    if c.measure == "share" and ind.endswith("占") and len(ind) >= 3:
        ind += "比"  # 0-17岁人口8.2万人,占12.3%: the share of the group just counted, its whole not written (占比)
    m = _BARE_PLAN.search(ind)
    if m and is_money(c.unit) and c.measure == "level" and \
            (m.start() == 0 or _GROUP_NOUN_END.search(ind, 0, m.start())):
        ind += zh.PLAN_AMOUNT_NOUN  # 重点项目120个,年度计划80亿元: the year's planned investment
    return ind


_VERB_RATE = rx.compile(r"(?P<verb>[\u4e00-\u9fff]{2})率")
_SHARE_WORD_END = rx.compile(rf"(?:{alternation(zh.SHARE_WORDS)})$")

# 完成65% / 已完成72% / 完成计划的60%: a bare share of what was done, the amount it is taken of named before it
_DONE_SHARE = rx.compile(rf"\s*(?:{alternation(zh.DONE_SHARE_LEADS)})?(?:{alternation(zh.DONE_SHARE_VERBS)})了?"
                         rf"(?:{alternation(zh.DONE_SHARE_WHOLES)})?的?\s*(?:{alternation(zh.DONE_SHARE_BOUNDS)})?\s*")
# 年度计划投资, 投资计划, 计划完成投资, 完成投资: the plan and done words of an amount's name, left out of its rate's
_PLAN_DONE_WORDS = rx.compile(r"(?:年度|全年)?(?:投资)?(?:计划|目标|任务)(?:完成)?(?:投资)?|(?:累计)?完成(?:投资)?|投资(?:额)?$")


_PLAN_OR_DONE = rx.compile(r"计划|目标|任务|完成")


def _field_of_plan(prefix: str, own: str) -> str:
    """The field a planned or done amount names before its plan and done words (水利领域计划完成投资 → 水利领域, 服务业
    项目年度计划投资 → 服务业项目) when the amount after it names nothing but those words (完成投资, 已完成投资, 累计完成): the
    amount done of the plan of that field; "" otherwise (a size: 总投资, or an amount naming its own: 新开工项目完成投资)."""
    if _PLAN_DONE_WORDS.sub("", _ADVERB_LEAD.sub("", own)) or not _PLAN_OR_DONE.search(prefix) or \
            zh.TOTAL_SIZE_WORD in prefix:
        return ""
    field = _PLAN_DONE_WORDS.sub("", prefix)
    return field if len(field) >= 2 and field not in own else ""


_EACH_LEAD = rx.compile(r"^\s*(?:分别|均|各)")


def _progress_done_rate(topic: str, said: str) -> str:
    """整改进度快于全省平均水平,分别完成98.4%、97.1%: the share done of a task whose progress (进度) the clause before
    spoke of is that task's completion rate, named as statistics name it (整改进度 → 整改完成率); ``said`` is the
    figure's own clause up to its value.  Any other topic is returned as it is."""
    if not topic.endswith(zh.PROGRESS_NOUN) or len(topic) - len(zh.PROGRESS_NOUN) < 2 or \
            not _DONE_SHARE.fullmatch(_EACH_LEAD.sub("", _TIME_WORDS.sub("", said))):
        return topic
    return topic[:-len(zh.PROGRESS_NOUN)] + zh.PLAN_DONE_RATE_OTHER


_EXAMPLES_BEFORE_KIND = rx.compile(rf"(?P<first>[^、,，;；:：。\d\n]{{2,24}}?)、(?:[^、,，;；:：。\d\n]{{1,10}}、)*"
                                   rf"[^、,，;；:：。\d\n]{{1,10}}?{zh.EXAMPLES_END}(?P<kind>[\u4e00-\u9fff]{{1,4}})\s*")
_KIND_VERB = rx.compile(alternation(tuple(sorted(set(MEASURE_VERBS) | set(zh.PART_WHOLE_VERBS), key=len, reverse=True))))


def _examples_kind(text: str, a: int, vs: int) -> str:
    """督察共发现河道乱占、乱采、乱堆、乱建等问题61个: examples joined by 、 and closed by 等 right before a count name the
    kind counted (问题) by instances; the count is of the kind, named with the verb that counted it (发现问题), not of
    the last example (乱建等问题).  "" when the words from ``a`` (the clause's start) to the value ``vs`` are not
    such a list, or no counting verb stands before the first example."""
    m = _EXAMPLES_BEFORE_KIND.fullmatch(text, a, vs)
    if m is None:
        return ""
    verbs = list(_KIND_VERB.finditer(m.group("first")))
    return verbs[-1].group() + m.group("kind") if verbs else ""


def _plan_done_rate(amount: str) -> str:
    """The completion rate of a planned amount, named as statistics name it: 甲市计划投资 → 甲市投资完成率, 重点项目年度
    计划投资 → 重点项目投资完成率, 一般公共预算收入计划 → 一般公共预算收入完成率."""
    head = _PLAN_DONE_WORDS.sub("", amount)
    return head + (zh.PLAN_DONE_RATE if _INVESTED.search(amount) else zh.PLAN_DONE_RATE_OTHER)


def _rate_of_amount(amount: str, own: str) -> str:
    """A bare rate of an action (完成率, 到位率) written after the amount the action names is that amount's rate, named
    as statistics name it, the thing before the action: 重点项目完成投资 + 完成率 → 重点项目投资完成率, 资金到位 +
    到位率 → 资金到位率; "" when the amount's name holds no such action."""
    m = _VERB_RATE.fullmatch(own)
    if m is None:
        return ""
    verb = m.group("verb")
    k = amount.rfind(verb)
    if k < 0:
        return ""
    after = amount[k + len(verb):]
    if not after:
        return amount + "率"  # 资金到位 → 资金到位率
    if len(after) == 2 and after in zh.AMOUNT_NOUNS_OF_ACTIONS:
        return amount[:k] + after + verb + "率"  # 完成投资 → 投资完成率
    return ""


def _base_of_figure(text: str, layout: Layout, c: Cand, by_vs: list[Cand], starts: list[int]) -> Cand | None:
    """The figure of the sentence that a value written as a comparison's base is compared with (规上工业增加值增长5.6%,
    高于1—2月的2.7%、1—3月的3.2%: 2.7 and 3.2 are the same measure at earlier times), or None."""
    base = _BASE_OF_RATE.search(text, max(0, c.vs - 40), c.vs)
    if base is None:
        return None
    ss, _ = layout.sent_of(c.vs)
    before = [x for x in by_vs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, base.start())]
              if x.indicator and x.mend <= base.start() and x.measure == c.measure]
    return before[-1] if before else None


def _rate_aliases(text: str, layout: Layout, cands: list[Cand]) -> None:
    """城镇人口占总人口比重(常住人口城镇化率)为60.6%,比上年末提高1.0个百分点: a share written as its definition and then,
    in brackets right before its value, by the rate's own name (zh.RATE_ALIAS_ENDS) is named by that name, and so are
    the figures after it in its sentence that took their name from the definition (城镇化率比上年末提高)."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    for i, c in enumerate(by_vs):
        if c.measure != "share" or c.item or c.rank or not c.indicator:
            continue
        ccs = _comma_clause_start(text, layout, c.vs)
        am = _RATE_ALIAS.search(text[max(ccs, c.vs - 40):c.vs])
        alias = am.group("alias") if am else ""
        if not alias or alias.startswith(zh.REMARK_OPENERS) or alias == c.indicator:
            continue
        old = c.indicator
        c.indicator = alias
        se = layout.sent_of(c.vs)[1]
        for y in by_vs[i + 1:]:
            if y.vs >= se:
                break
            if y.measure in ("count", "level"):
                break  # a new amount or set names its own
            if y.measure in ("delta", "growth", "rank") and y.indicator.startswith(old) and \
                    old not in text[_comma_clause_start(text, layout, y.vs):y.vs]:
                y.indicator = shorten(alias + y.indicator[len(old):], 24)


_RATE_ALIAS = rx.compile(rf"[(（](?P<alias>[\u4e00-\u9fff]{{1,12}}(?:{alternation(zh.RATE_ALIAS_ENDS)}))[)）]"
                         rf"\s*(?:为|达到|达|是)?\s*$")


# 日均 / 月均 alone before a figure after a total: the total's average a day (a month …); 人均, 户均 are averages over
# people or households, which name a measure of their own
_PER_PERIOD_AVERAGES = frozenset(("日均", "周均", "月均", "季均"))
# what a rate's clause may say besides the place or time it is of (times, scope words and names taken off before):
# 其中, 同比, and the verb of its way (甲市同比下降2.5% / 其中,第三季度增长0.2%)
_BARE_PART_REST = rx.compile(rf"[\s,，:：;；]*(?:其中)?[\s,，:：]*(?:同比|环比)?(?:{alternation(zh.GROWTH_WAY_VERBS)})?了?\s*")
_WHOLE_SCOPE = rx.compile(alternation(zh.WHOLE_SCOPE_WORDS))


def _bare_part(said: str, names: list[str]) -> bool:
    """Whether the words of a rate's clause before its value name only who or when it is of (甲市同比, 其中,第三季度,
    6月份): a place's or a time's part of a rate the text states for the whole, nothing measured of its own.  A clause
    naming neither (增长4.1% on a line of its own under a label line) is no such part."""
    return _BARE_PART_REST.fullmatch(said) is None and \
        _BARE_PART_REST.fullmatch(_strip_names(SUBJECT_WORDS.sub("", _TIME_WORDS.sub("", said)), names)) is not None


def _growth_whole(text: str, layout: Layout, c: Cand, by_vs: list[Cand], starts: list[int]) -> Cand | None:
    """The rate a bare part ``c`` (甲市下降2.5%, 其中,二季度增长10.5%) is a part of: in its paragraph, the last earlier
    rate of its unit, one written for the whole place (全省…增长8.2%) before any other; in a paragraph stating none
    (分地区看 under a heading of its own), the first such whole-place rate of the text, what it reports on.  None when
    there is no such figure."""
    def whole(x: Cand) -> bool:
        return x.measure == c.measure and x.unit == c.unit and bool(x.indicator) and not x.rank and not x.item and \
            "bare_part" not in x.extra

    def scoped(x: Cand) -> bool:
        return _WHOLE_SCOPE.search(text, layout.sent_of(x.vs)[0], x.vs) is not None

    i = bisect.bisect_left(starts, c.vs)
    lo = bisect.bisect_left(starts, layout.para_of(c.vs)[0])
    own = [x for x in by_vs[lo:i] if whole(x)]
    if own:
        return next((x for x in reversed(own) if scoped(x)), own[-1])
    return next((x for x in by_vs[:lo] if whole(x) and scoped(x)), None)


def _indicators(text: str, layout: Layout, cands: list[Cand], names: list[str] | None = None) -> None:
    names = [n for n in (names or []) if n]
    name_set = set(names)
    by_vs = sorted(cands, key=lambda c: c.vs)
    starts = [c.vs for c in by_vs]
    cand_set = set(starts)
    # the figures are named in their order (a figure's name is final when a later one asks): the lenders of a
    # bare verb's noun listed once
    named = _NamedCounts(by_vs) if all(a is b for a, b in zip(cands, by_vs)) else None
    for c in cands:
        cs, ce = layout.clause_of(c.vs)
        ccs = _comma_clause_start(text, layout, c.vs)
        based = _base_of_figure(text, layout, c, by_vs, starts)
        if based is not None:
            c.indicator = based.indicator  # 增长5.6%,高于1—2月的2.7%、1—3月的3.2%: the measure compared, at its bases
            c.extra["base_of"] = based
            continue
        # the indicator of the clause the evidence was extended into
        prefix = ""
        counted = ""
        prefix_level = False
        prefix_amount = False  # the prefix names an earlier amount or count, not a rate
        prefix_text = False  # the prefix is the words of a clause without a value, not an earlier figure's name
        prefix_of: Cand | None = None  # the earlier figure the prefix names
        compared_rate = ""  # the rate a comparison before a rank compares (增速高于全省…,居全省第2位)
        compared_at = c.vs  # where that comparison starts (its figures are its bases)
        if c.es < ccs:
            ss, _ = layout.sent_of(c.vs)
            i0 = bisect.bisect_left(starts, c.es)
            i1 = bisect.bisect_left(starts, ccs)
            inside = [x for x in by_vs[i0:i1] if x.indicator and not _closed_before(text, x.vs, ccs)]
            prevs = [x for x in inside if x.measure != "rank"]
            if inside and not prevs:
                prevs = [x for x in by_vs[bisect.bisect_left(starts, ss):i1] if x.indicator and x.measure != "rank"][-1:] \
                    or inside
            if prevs and c.measure == "growth" and prevs[-1].measure == "delta" and \
                    unit_class(prevs[-1].unit) != "points":
                # 收入完成38.3亿元,同比增收6.5亿元,增长20.4%: the growth is the amount's, not its increment's
                stated = [x for x in by_vs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, prevs[-1].vs)]
                          if x.indicator and x.measure in ("level", "count")]
                prevs = stated[-1:] or prevs
            whole = next((w for x in reversed(prevs) if (w := _whole_of_stage_count(x))), "") \
                if c.measure == "level" and prevs and prevs[-1].measure == "share" else ""
            if whole:
                prefix = whole  # 30个重点项目开复工27个、开复工率90%,完成投资56亿元: the set's amount, past its rate
            elif prevs and c.measure in ("level", "count") and prevs[-1].measure not in ("level", "count"):
                pass  # 开工率87.1%,完成投资128.6亿元: an amount does not take its name from a rate before it
            elif prevs and c.measure == "rank" and prevs[-1].measure == "delta" and prevs[-1].unit not in ("位", "名"):
                # 增长10.2%,高于全省1.5个百分点,增速居全省第3位: a comparison is no name of what is ranked (the
                # rank's own reading takes the measure the sentence stated); a rate it compares (增速高于全省0.7个
                # 百分点,居全省第2位) is what is ranked.  (A rank's move, 排名上升了2位,居第3位, names it.)
                said = text[_comma_clause_start(text, layout, prevs[-1].vs):prevs[-1].vs].lstrip()
                compared_rate = next((w for w in zh.RANKED_RATE_WORDS if said.startswith(w)), "")
            elif prevs:
                head = _chain_head(text, layout, c, by_vs, starts)
                if head is not None:
                    prevs = [head]  # 引进资金21.9亿元,完成年度目标的37.2%,增长8.1%: the chain head's growth
                    c.extra["chain_head"] = head
                prefix = prevs[-1].indicator
                prefix_of = prevs[-1]
                if c.measure == "level" and (whole := _whole_of_stage_count(prevs[-1])):
                    prefix = whole  # 15个重点项目已开工12个,完成投资8亿元: the amount of the set, not of its started part
                elif c.measure == "level" and (whole := _whole_of_stage_parts(text, layout, prevs[-1], by_vs, starts)):
                    prefix = whole  # 重点项目21项,其中新建19项,续建2项,总投资75亿元: the whole's amount, not the last part's
                prefix_level = prevs[-1].measure == "level"
                prefix_amount = prevs[-1].measure in ("level", "count")
                group = _group_heading(text, layout, c.vs)
                if group and prefix.startswith(group) and c.measure != "delta":
                    prefix = ""  # 实施项目60个,完成投资78亿元 under a group heading: each names its own, the group is added
            elif c.subject and len(c.subject) > 4 and c.subject in text[c.es:ccs]:
                pass  # 某某项目已完成主体建设,完成投资2亿元: the clause before says what the row's subject did
            elif fact_scope.place_did(text[c.es:ccs], names, _TIME_WORDS):
                pass  # 某区高度重视项目建设,完成投资60亿元: the clause before says what the place did
            elif _DUTY_CLAUSE.fullmatch(text, c.es, ccs - 1) or _DUTY_CLAUSE.fullmatch(text, c.es + 2, ccs - 1) \
                    and text[c.es:c.es + 2] in ("其中", "同时"):
                pass  # 具体由责任单位负责推进,共120个: who carries the work names nothing counted
            elif _CMP_FRAME.fullmatch(text, c.es, ccs - 1):
                # 与一季度相比,完成率提高了5个百分点: the comparison clause is kept whole, its time included
                prefix = text[c.es:ccs - 1]
            else:
                pt = _TIME_WORDS.sub("", text[c.es:ccs])
                pt = _IND_RE0.sub("", pt)
                pt = _VALUE_TOKEN.sub("", pt)  # 38个,完成投资45亿元: a bare count before is no part of the name
                pt = _IND_RE1.sub("", clean_phrase(pt))
                prefix = clean_phrase(_strip_names(pt, names))
                if c.measure == "rank" and _COMPARED_SCOPES.fullmatch(prefix):
                    # 增长17%,高于全省9.2个百分点,位列七市第三: the comparison names nothing ranked; the growth it
                    # compares is what is ranked (…增速五市排名), else the measure the sentence stated
                    prefix = ""
                    compared_at = c.es
                    if any(x.measure == "growth" and not x.item for x in
                           by_vs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, c.vs)]):
                        compared_rate = zh.RANKED_RATE_WORDS[0]
                if c.measure != "delta":
                    # 甲市、乙市整改进度快于全省平均水平,分别完成98.4%、97.1%: how the places compare with the
                    # scope's average judges the figures and names none of them; what is compared (整改进度) does
                    prefix = _COMPARED_SCOPE_END.sub("", prefix) or prefix
                if c.measure == "share":
                    prefix = _progress_done_rate(prefix, text[ccs:c.vs])
                if _STATE_END.search(prefix):
                    prefix = ""  # 项目建设总体进展顺利,完成投资45亿元: a clause saying how things went names no measure
                prefix_text = True
        if not prefix and c.es >= ccs and c.measure in ("growth", "share") and not c.item and \
                (head := _chain_head(text, layout, c, by_vs, starts)) is not None:
            # 社会消费品零售总额40亿元、完成率102%、增长9%: the slots of one clause's chain are the head's
            prefix, prefix_of = head.indicator, head
            c.extra["chain_head"] = head
            prefix_level = head.measure == "level"
            prefix_amount = True
        if c.extra.get("bracket_count"):
            # 推进缓慢的有3(甲项目、乙项目、丙项目): what the clause says of the members, named by the noun they share
            said = BRACKET_COUNT_BEFORE.sub("", _TIME_WORDS.sub("", SUBJECT_WORDS.sub("", text[ccs:c.vs])))
            said = _strip_names(re.sub(r"^[\s,，:：]+|的$", "", said), names)
            items = _BRACKET_LIST.match(text, c.mend).group("items")
            shared = [h for h in zh.SHARED_HEADS if all(x.strip().endswith(h) for x in re.split(r"[、,，;；]", items)
                                                        if x.strip())]
            noun = shared[0] if shared and not said.endswith(shared[0]) else ""
            if len(said) >= 2:
                c.indicator = shorten(said + ("的" + noun if noun else ""), 24)
                continue
        if c.item and c.item.partition("\x01")[0] in name_set:
            c.item = ""  # 东阳县、南溪县分别有5个、4个项目: the items are subjects, not measures
        if c.item:
            # the comparison written after 分别 (kept after \x01) stays as written: 比一季度提高
            item, _, cmp_tail = c.item.partition("\x01")
            own = clean_phrase(_TIME_WORDS.sub("", item)) + cmp_tail
            if c.measure == "rank" and own:
                own = _ranked_item(own, text[ccs:c.vs])
        else:
            pre_start = ccs
            levels = _LEVELS_BEFORE_ITEM.search(text, ccs, cs) if cs > ccs and c.measure != "rank" else None
            if levels is not None and text[levels.start() - 1] != "各" and \
                    _LEVEL_LIST_LEAD.match(text[levels.start():c.vs]):
                # 实施省、州列重大项目共42个: the levels share the noun, no list's last item (居各省、区第一 is a rank's
                # set of peers, read as such)
                pre_start = levels.start()
            elif cs > ccs and _VALUE_TOKEN.fullmatch(text[ccs:cs - 1] or "x") is None:
                if not (_class_list(text, ccs, cs, c.vs, name_set) or _classes_of_part(text, layout, c, name_set)):
                    pre_start = cs
                else:  # 拨付青苗、肥料和人工等补偿款: the list starts after the verb its first item follows
                    first = text[ccs:cs - 1].split("、")[0]
                    pre_start = ccs + len(first) - len(_after_lead_verb(first, text[ccs:c.vs]))
            # a count named just before in the same clause ends where its noun ends (8.17万户贫困户|23.37万名…)
            lo, hi = bisect.bisect_left(starts, ccs), bisect.bisect_left(starts, c.vs)
            if lo == hi:
                before = []  # (most figures: none before them in their clause)
            elif named is not None:  # (listed once: the last one is all that is read)
                last = next((x for x in named.nouned(lo, hi) if x is not c and not _closed_before(text, x.vs, c.vs)),
                            None)
                before = [last] if last is not None else []
            else:
                before = [x for x in by_vs[lo:hi]
                          if x is not c and x.extra.get("noun_end") and not _closed_before(text, x.vs, c.vs)]
            if before:
                pre_start = max(pre_start, min(before[-1].extra["noun_end"], c.vs))
                counted = before[-1].extra.get("noun", "")
                if before[-1].indicator.endswith(counted):
                    counted = before[-1].indicator  # 本次开工的9个项目总投资: the count's whole name
            joined = [x for x in by_vs[bisect.bisect_left(starts, pre_start):bisect.bisect_left(starts, c.vs)]
                      if x is not c and x.mend < c.vs]
            jm = _JOIN_LEAD.match(text, joined[-1].mend) if joined else None
            if jm and re.match(r"[\u4e00-\u9fff]{2}", text[jm.end():c.vs]):
                pre_start = jm.end()  # 贡献率36.8%和第二产业的贡献率42.1%: the item after 和 names its own value
            pre = text[pre_start:c.extra.get("pair_first", c.vs)]  # 位列四五名: what 五 ranks is before 四
            dash = pre.rfind(zh.LIST_OPENING_DASH)
            if dash >= 0 and len(pre) - dash - len(zh.LIST_OPENING_DASH) >= 2:
                pre = pre[dash + len(zh.LIST_OPENING_DASH):]  # 报告提出了今年的主要预期目标——地区生产总值增长7.5%
            if c.vs > 0 and text[c.vs - 1] in "(（" and text[c.mend:c.mend + 1] in (")", "）"):
                # 较时序进度(66.7%)慢2.1个百分点: a value alone in brackets is the figure of the noun before them
                # 先进制造(1177亿元)、特色食品加工(560亿元): the list's earlier items and their figures end at 、
                head = _IND_RE3.sub("", text[ccs:c.vs - 1]).split("、")[-1]
                head = _IND_RE2.split(head)[-1]
                head = clean_phrase(_TIME_WORDS.sub("", head))
                if len(head) >= 2:
                    c.indicator = shorten(head, 24)
                    c.extra["bracketed"] = True
                    continue
            item_change = _bracketed_change(text, layout, c, ccs)
            if item_change:
                c.indicator = shorten(item_change, 24)
                c.extra["bracketed"] = True
                continue
            if c.measure == "count":
                sub = _subset_indicator(text, layout, c, pre, counted)
                if sub:
                    c.indicator = sub
                    c.extra["subset"] = True  # the members of a set, named by it: no predicate of a figure before
                    continue
            pre = _IND_RE3.sub("", pre)  # …(66.7%)慢: a bracketed figure is no part of the name
            po = max(pre.rfind("("), pre.rfind("（"))
            if po >= 0 and ")" not in pre[po:] and "）" not in pre[po:]:
                pre = pre[po + 1:]  # (平均油价下降33.2%): a parenthesis opens a clause of its own
            pre = _IND_RE4.sub("", pre)
            pre = _BASE_CMP.sub("", pre)
            pre = _TIME_WORDS.sub("", pre.replace("\n", ""))
            pre = _LOCATIVE_SCOPE.sub(lambda m: m.group("scope"), pre)  # 在全市的排名 → 全市排名 (no 在的 left)
            pre = SUBJECT_WORDS.sub("", pre)
            # (区本级完成投资 / 市直部门办结率: a level's own share or bodies stay in the name, their place goes)
            written = c.extra.get("subject_written") if not c.extra.get("own_level") else ""
            pre = _strip_names(pre, [x for x in (c.subject, written) if x] + names)
            # 10亿元以上项目50个: a threshold naming the class counted stays in the indicator
            # (and a band of them: 50%-80%的项目20个, 50%以下的项目11个)
            bands = [(b.start(), b.end()) for b in _AMOUNT_BAND.finditer(pre)]
            pre = _VALUE_TOKEN.sub(lambda m: m.group() if ((m.group().endswith(("以上", "以下")) or
                                                            _BAND.search(m.group())) and
                                                           _IND_RE5.match(pre[m.end():]) or
                                                           any(a <= m.start() and m.end() <= b for a, b in bands) or
                                                           # 销售收入超过1000万元的企业45家: the bound of the class
                                                           CRITERION_BEFORE.search(pre, max(0, m.start() - 6), m.start())
                                                           and (_CLASS_AFTER_BAND.match(pre, m.end()) or
                                                                _OTHER_BOUND_CLASS.match(pre, m.end())) or
                                                           # 超5亿元或5000万美元项目: the other bound of the class
                                                           _BOUND_BEFORE_OTHER.search(pre, max(0, m.start() - 24),
                                                                                      m.start())
                                                           and _CLASS_AFTER_BAND.match(pre, m.end()) or
                                                           # 三类以上水质比例, 一类乡镇: a class of what is measured
                                                           class_at(pre, m.start()) > 0)
                                   else "", pre)
            own = clean_phrase(pre)
            if c.measure == "count" and _EACH_OWN.search(text, max(0, c.vs - 3), c.vs):
                own = _each_counted(own, c, _counts_before(layout, by_vs, starts, c), name_set)
            if not own and c.measure == "count":
                # 已完成12项: the copula trim took the verb, yet the verb is what names the count (完成 …)
                verb = _ADVERB_LEAD.sub("", _PUNCT_ONLY.sub("", pre))
                if 2 <= len(verb) <= 4 and not _COPULA.fullmatch(verb) and _bare_verb(verb):
                    own = verb
            if not own and c.measure == "count" and counted and before and \
                    before[-1].extra.get("noun_end") == c.vs and text[before[-1].mend:before[-1].mend + 1] == "的":
                own = before[-1].extra.get("noun", "")  # 总投资1972亿元的产业项目69个: the noun the amount qualified
            mt = _TOTAL_OF.match(own)
            if mt and len(own) - mt.end() >= 2:
                own = own[mt.end():]  # 县政府常务会议共研究议定事项86项: the body before 共 is no part of the count
            if c.measure == "rank" and (continued := _continued_rank(text, c, by_vs, starts)):
                c.indicator, c.extra["rank_basis"] = continued
                continue
            if c.measure == "rank":
                scopes = _IND_RE6.findall(text[ccs:c.vs])
                scope = scopes[-1] if scopes else ""
                # 增速在全市的排名上升至第2位: how the rank moved is no part of what is ranked
                base = clean_phrase(_RANK_WORDS.sub("", _RANK_MOVED.sub("", own)))
                base = _RANK_SET.sub("", base)  # 居各项目组第一位: 各项目组 is the set ranked in, not the measure
                # 总量继续位居全国前十 / 排位保持全市第二 / 总量有望上升至全省第5位: the words of holding or moving to
                # the place go, what is ranked stays (总量, or nothing: the measure the sentence stated before)
                base = _RANK_HELD.sub("", _RANK_MOVED.sub("", base))
                rate_word = next((w for w in zh.RANKED_RATE_WORDS if base.startswith(w)), "")
                ranked_set = _RANKED_SET.fullmatch(base[len(rate_word):])
                if ranked_set:
                    # 居全市八县区第1位 / 增幅居全市9个县市区第二: the set ranked in, written after the place's scope
                    scope += ranked_set.group()
                    base = rate_word
                elif (counted_set := _COUNTED_RANKED_SET_END.search(base)) and counted_set.start() >= 2:
                    # 地区生产总值增速分别位列全市17个县(市、区)第3位和第8位: the counted peers after the measure
                    scope += counted_set.group()
                    base = base[:counted_set.start()]
                attribute = base in zh.ANAPHORIC_MEASURES or base in zh.RANKED_RATE_WORDS
                if not prefix and (len(_IND_RE7.sub("", base)) < 2 or attribute):
                    # 办结率50%,排名倒数第一: the rank of the measure just stated in the sentence;
                    # 生产总值增长6%,总量居全市第3位: the size of that measure is what is ranked
                    ss_, _ = layout.sent_of(c.vs)
                    # (增速分别高于全国(4.8%)、全省(5.9%)…,位居全省七地市第3位: the figures a comparison is made with
                    # are the bases, not what is ranked)
                    upto = bisect.bisect_left(starts, compared_at)
                    prev = [x for x in by_vs[bisect.bisect_left(starts, ss_):upto]
                            if x.indicator and x.measure not in ("rank", "delta")]
                    rates = [x for x in by_vs[bisect.bisect_left(starts, ss_):upto]
                             if x.measure == "growth" and not x.item]
                    # (a figure alone in brackets, 高于全国(4.8%), is a base the measure was set against)
                    prev = [x for x in prev if not x.extra.get("bracketed")] or prev
                    rates = [x for x in rates if not x.extra.get("bracketed")] or rates
                    if (base in zh.RANKED_RATE_WORDS or own.startswith(zh.RANKED_RATE_WORDS) or compared_rate) and \
                            rates and \
                            rates[-1].indicator:
                        # 收入完成38.3亿元,增长20.4%,完成年初预算的53.5%,…,增幅位居全省第二: the rate ranked is the
                        # growth's
                        prev = rates[-1:]
                    if prev:
                        prefix = _IND_RE17.sub("", prev[-1].indicator) if attribute else prev[-1].indicator
                        if prev[-1].measure == "growth" and not base and ranked_set:
                            base = zh.RANKED_RATE_WORDS[0]  # 增长7.2%,…居全市八县区第1位: the growth is ranked
                if prefix:
                    # GDP在全市的排名上升了2位,居第3位: the rank of what the move before named, not of the move
                    moved_off = _RANK_NOUN_END.sub("", _RANK_MOVED.sub("", _BASE_CMP.sub("", prefix)))
                    if not moved_off and prefix_of is not None and prefix_of.measure == "delta" and \
                            prefix_of.unit in zh.RANK_MOVE_UNITS:
                        # 办结率88%,较上月上升3位,排名第5位: a move naming nothing but itself (上升, 排名上升) names
                        # no measure; the rank is of the measure the sentence stated before the move
                        moved_off = _named_before(layout, by_vs[:bisect.bisect_left(starts, prefix_of.vs)], c)
                    prefix = moved_off or prefix
                    # 2项指标增速位居全市第一: the count named by where its items stand; the rank is of what they are
                    prefix = _STANDING_END.sub("", prefix) or prefix
                    # 增速高于全国，全国排名第5位: the comparison the clause before made is no part of what is ranked
                    prefix = _COMPARED_SCOPE_END.sub("", prefix) or prefix
                basis = prefix + base if prefix else base
                for rate in zh.RANKED_RATE_WORDS:  # 增速居全省第1位 / 增幅位居全省第二: the rate ranked, as written
                    if (rate in text[ccs:c.vs] or rate == compared_rate) and \
                            not any(w in basis for w in zh.RANKED_RATE_WORDS):
                        basis += rate
                if len(_IND_RE7.sub("", basis)) < 2 and not scope:
                    framed = _ranking_frame(text, layout.sent_of(c.vs)[0], c.vs)
                    if framed:
                        basis = framed
                        c.extra["ranking_frame"] = framed
                c.indicator = shorten(basis + scope + ("" if basis.endswith(_RANKING_ENDS) else "排名"), 24)
                if basis and not basis.endswith(_RANKING_ENDS):
                    c.extra["rank_basis"] = basis
                continue
            noun, staged_end = _staged_noun(text, c, c.ee) if unit_class(c.unit) == "count" else ("", -1)
            if noun:
                c.extra["noun_end"] = staged_end
                c.extra["noun"] = noun
            else:
                noun = _noun_after(text, c, c.ee, cand_set)
            if noun and c.extra.get("subject_written", "\x00")[:4] in noun:
                noun = ""  # 总投资56亿元的某某项目: the name after the value is the subject, not what is measured
            if noun and staged_end < 0:
                k = text.find(noun[:2], c.mend, c.ee)
                if k >= 0:
                    # 500个省级重点项目中新开工项目318个: the set's 中 ends it, the next count's name starts after it
                    frame = _SET_FRAME_IN.match(text, k + len(noun) - 2) and text[k + len(noun)] == "中"
                    c.extra["noun_end"] = k + len(noun) + (1 if frame else 0)
                    c.extra["noun"] = noun
            if c.measure == "share" and not noun:
                post = _IND_RE8.sub("", text[c.mend:c.ee])
                pm = _IND_RE9.match(post)
                if pm:
                    ss2, _ = layout.sent_of(c.vs)
                    prevn = [x for x in by_vs[bisect.bisect_left(starts, ss2):bisect.bisect_left(starts, c.vs)]
                             if x.extra.get("noun")]
                    pnoun = prevn[-1].extra["noun"] if prevn else ""
                    c.indicator = shorten(pm.group() + "的" + pnoun + "比例", 24)
                    continue
            pred = "" if staged_end >= 0 else None  # the stage is named already
            if noun and unit_class(c.unit) == "count" and pred is None:
                pm = _IND_RE10.search(text[c.mend:c.ee])
                if pm and _SUBSET_COUNTED.search(text, c.mend, c.mend + pm.start()):
                    pm = None  # 63个新开工项目共有47个项目实现开工: what the members the set holds did
                if pm and pm.group() not in noun:
                    pred = pm.group()
                    done = _DONE_AFTER.fullmatch(pred)
                    # 23家企业已投产 → 投产企业 (5个村实现通电 stays: what was done is named after the verb)
                    noun = done.group("verb") + noun if done and len(noun) >= 2 else noun + pred
            if noun and unit_class(c.unit) == "count" and pred is None:
                tail = text[c.mend:c.ee]
                tail = _IND_RE11.sub("", _REMARK.sub("", tail))  # (包含预备项目): a remark is no part of the noun
                tail = _IND_RE12.sub(lambda m: m.group().replace("、", "\x00"), tail).split("、")[0]
                tail = tail.replace("\x00", "、")
                if tail.startswith(noun) and len(tail) <= len(noun) + 8 and not _IND_RE13.search(tail) and \
                        not _NOUN_PREDICATE.match(tail, len(noun)) and \
                        not _SET_FRAME_IN.search(tail, max(0, len(noun) - 2)):
                    done = _DONE_AFTER.fullmatch(_IND_RE14.sub("", tail), len(noun))
                    # 12个项目已开工 → 开工项目: what the items did names them, the adverb goes
                    noun = done.group("verb") + noun if done and len(noun) >= 2 else _IND_RE14.sub("", tail)
                    if len(noun) > 2 and _SET_FRAME_END.search(noun):
                        noun = noun[:-1]  # 43个重点项目中,…: 中 at the clause's end frames a set
            # 甲大学等5所高校 / 甲、乙等8个产业集群: a count right after 等 sums the examples, members of what it counts,
            # whatever that is (油烟、噪音等来电54件, the count after the noun, keeps the kinds: below)
            ex = _EXAMPLES.search(own) if noun and own.endswith(zh.EXAMPLES_END) else None
            if ex is None and not noun and _EXAMPLE_HEAD.search(own):
                ex = _EXAMPLES.search(own)  # 新签约A、B等项目23个: the examples stand before the counted noun
            if ex and _classes_of_part(text, layout, c, name_set):
                ex = None  # 签约项目48个,其中新材料、新能源等项目13个: the part of the whole is named by its classes
            if ex:
                # 引进了A、B等15家企业 → 引进企业: the examples go, a measure verb before the first of them stays
                # (not one inside another noun: 35个争取开工项目中A、B等15个项目)
                k = last_of(text, ",，;；。:：\n", 0, c.vs, layout) + 1
                first = text[k:c.vs].split("、")[0]
                mv = _MEASURE_VERB_IN.search(first)
                keep = mv is not None and not _ANY_DIGIT.search(first[:mv.start()]) and \
                    (mv.group(2) or mv.start() <= 6) and not _SET_FRAME_IN.search(first, mv.end())
                own = (mv.group(1) if keep else "") + own[ex.end():]
                framed = _COUNTED_SET_FRAME.match(first)
                if framed and not own:
                    # 27个重点工程中甲路、乙路等19个项目: the members of the set the clause counts and frames with 中
                    own = framed.group("group")  # (the noun after the count, with the stage it reached, kept)
            if noun and _ACTS_ON.search(own):
                own = ""  # 本次督查对90个责任单位: what acted on the items counted is no part of their name
            me = _MEASURE_END.search(own) if c.measure == "level" else None
            qd = _QUALIFIER_DE.match(text, c.mend) if me else None
            if qd and not noun:
                se_ = layout.clause_of(c.vs)[1]
                if cl := _COUNT_LEAD.match(text[qd.end():se_]):
                    # 总投资20亿元的50项城建工程: the works; …的36个重点项目集中开工: named by the stage they reached
                    sp = _STAGE_PREDICATE.match(text, qd.end() + cl.end(), se_)
                    noun = sp.group("verb") + sp.group("noun") if sp else \
                        _noun_after_text(text[qd.end() + cl.end():se_])
            if c.measure == "count" and noun and any(x.mend < c.vs and _QUALIFIER_DE.fullmatch(text, x.mend, c.vs)
                                                     for x in by_vs[bisect.bisect_left(starts, ccs):
                                                                    bisect.bisect_left(starts, c.vs)]):
                own = ""  # 总投资20亿元的50项城建工程: the amount before qualifies the works, no part of their name
            if noun and qd:
                own = noun + me.group()  # 总投资1972亿元的产业项目: the size of what it qualifies, the noun's measure
            elif noun:
                # 完成固定资产投资3.8万亿投资: the noun after the value repeats the name's end, written once
                own = own if own.endswith(noun) else clean_phrase(own + noun) if len(own) <= 12 else noun
        if c.measure == "count" and own in zh.GENERIC_HEADS and not c.item:
            event = _event_head(text, layout, c.vs, own, names)
            if event:
                own, prefix = event, ""  # 重大项目集中开工仪式举行。项目32个: the projects of that event
        if c.measure == "count" and not c.item and (kept := _examples_kind(text, ccs, c.vs)):
            own = kept  # 督察共发现河道乱占、乱采、乱建等问题61个 → 发现问题: the kind counted, past its examples
        ind = own
        if counted and _SPLIT_MEASURE.fullmatch(own):
            ind = counted + own  # 8项省重点项目总投资198亿元: the amount of the projects just counted
        rate_of = _rate_of_amount(prefix, own) if prefix and prefix_level and c.measure == "share" else ""
        if rate_of:
            # 重点项目完成投资1.87亿元,完成率8.3% → 重点项目投资完成率; 资金到位12亿元,到位率60% → 资金到位率
            ind = own = rate_of
            prefix = ""
        elif prefix and own.endswith("率") and _MEASURE_END.search(prefix) and c.measure == "share":
            # 完成投资5500亿元,投资完成率为88.5%: the rate of the group the amount named, not of the amount
            prefix = _MEASURE_END.sub("", prefix)
        if prefix and prefix_text and _ATTRIBUTE_ONLY.fullmatch(own):
            prefix = ""  # (该项目由某公司投资建设,)总投资56亿元: a project's size names itself
        if prefix and c.measure == "count" and own and _bare_verb(own):
            prefix = ""  # 任务46项,已完成12项: a bare verb takes the counted noun below, not the clause before
        share_stem = _SHARE_WORD_END.sub("", own) if c.measure == "share" else ""
        if share_stem and share_stem != own and prefix_level and prefix.endswith(share_stem):
            prefix = ""  # 总投资500亿元,投资占比35%: the share of the amount of what the sentence counts, no 总投资投资占比
        if prefix_of is not None and c.measure == "share" and _chain_sibling(layout, c, own, prefix_of, by_vs, starts):
            prefix = ""  # 完成17项,正在办理3项,完成率85%: the rate over the chain's set (_set_rates), not the last item's
        if prefix and not c.item and own in _PER_PERIOD_AVERAGES and prefix not in own:
            ind = own + prefix  # 接待游客120万人次,日均3300人次: the average a day of what the figure before counts
        elif prefix and not c.item and (len(own) < 6 or c.measure == "delta" or _SPLIT_MEASURE.fullmatch(own)) and \
                prefix not in own and \
                not (prefix_level and c.measure == "level" and own and not _predicate_only(own)):
            ind = prefix + own  # (总投资12亿元,)计划投资3亿元: two amounts side by side each name their own
        elif prefix and not c.item and prefix_level and c.measure == "level" and ind == own and \
                (field := _field_of_plan(prefix, own)):
            ind = field + own  # 水利领域计划完成投资12亿元,已完成投资6.1亿元: the done amount is of the plan's field
        if c.measure == "share" and prefix and prefix_amount and not c.item and \
                _DONE_SHARE.fullmatch(_TIME_WORDS.sub("", text[ccs:c.vs])):
            # 甲市计划投资120亿元,完成65%: the share of the amount before that was done is its completion rate
            ind = own = _plan_done_rate(prefix)
            prefix = ""
        rm = _SET_RATE.fullmatch(own) if prefix and c.measure == "share" else None
        if rm and ind == prefix + own and _SET_NUMERATOR.match(prefix) and \
                prefix.lstrip("已").startswith(rm.group("stem")) and len(prefix.lstrip("已")) - len(rm.group("stem")) >= 2:
            ind = prefix.lstrip("已")[len(rm.group("stem")):] + own  # 已完成民生实事8件,完成率 → 民生实事完成率
        if c.measure == "level" and is_money(c.unit) and not c.item and (not own or _PROJECT_END.search(own)):
            # 年度计划投资96亿元,1-9月完成72亿元: what was done, of the set the amount before named (not its plan)
            whose = own if 2 <= len(own) <= 6 else counted or _MEASURE_END.sub("", prefix)
            ind = _done_amount(text, layout, c, whose) or ind
        elif c.measure == "level" and is_money(c.unit) and not c.item and own in zh.INVESTMENT_SECTORS and \
                _DONE_BARE.search(_TIME_WORDS.sub("", text[ccs:c.vs])) and \
                _INVESTMENT_TEXT.search(text, layout.para_of(c.vs)[0], c.vs):
            ind = own + "项目" + zh.DONE_AMOUNT_MEASURE  # 交通完成594亿元 (of a paragraph on investment)
        if c.measure == "growth" and not c.item:
            # 平均油价同比下降33.2%: a growth rate measures the thing, the verb only says which way
            ind = _IND_RE15.sub("", ind) or ind
            if not _IND_RE15.sub("", ind) and _bare_part(text[ccs:c.vs], names + [c.subject]) and \
                    (whole := _growth_whole(text, layout, c, by_vs, starts)) is not None:
                ind = whole.indicator  # …全省社会消费品零售总额下降5.5%。其中,第三季度增长0.2% / 甲市下降2.5%
                c.extra["bare_part"] = True
        elif c.measure in ("share", "level", "count") and not c.item and _MOVED_TO.search(text, max(0, c.vs - 6), c.vs):
            # 婴儿死亡率降至2.1‰ / 优良天数比例升至93.1%: the rate where the verb moved it, without the verb
            ind = _MOVE_END.sub("", ind) or ind
        ind = strip_actors(ind)  # 县发改局会同县财政局安排专项资金: who acted together is no part of the measure
        body = unit_head(ind)
        if body:
            k = text.rfind(body, ccs, c.vs)
            if k < 0 or any(w in text[max(ccs, k - 3):k + 1] for w in zh.UNIT_OBJECT_LEADS):
                body = ""  # 要求城管局回访…: the modal trim took 要 off 要求, the body is still acted on
        if body:
            ind = ind[len(body):]  # 住建局办件量120件: the body reports, its 办件量 is what is measured
            if body not in c.subject:
                c.subject = body
        if not c.item and c.measure in ("level", "count", "share", "growth"):
            ind = noun_phrase(ind)  # 开展实地督导 → 实地督导: the noun phrase that names the measure
        # 二产比重 → 第二产业比重: the sector written out, as statistics name it
        if "产" in ind:  # (the pattern's one literal: a sub with a group reference costs a template's set-up)
            ind = _IND_RE16.sub(r"第\1产业", ind)
        if not c.item and c.measure in ("count", "share"):
            restored = _restore_elided_noun(text, layout, c, ind, by_vs, starts, named)
            if restored != ind:
                c.extra["restored"] = True  # its own noun, taken from the series: no predicate of an earlier measure
                if restored.startswith(ind):
                    c.extra["restored_noun"] = restored[len(ind):]
                    restored = _done_aspect(text, c.vs, ind) + restored[len(ind):]
            ind = restored
        anaphor = _ANAPHOR_LEAD.match(ind) if ind not in zh.ANAPHORIC_MEASURES else None
        if ind in zh.ANAPHORIC_MEASURES or anaphor and len(ind) > anaphor.end():
            # 地区生产总值增长6.5%,力争总量突破6500亿元: 总量 is the amount of the measure just named; 地区生产总值完成
            # 820亿元,现价总量比同期增加45亿元: so is 总量 opening the name of its change (地区生产总值现价总量增加)
            ss_, _ = layout.sent_of(c.vs)
            # (增长8.5%,增速高于全省2个百分点,总量达到520亿元: a comparison between is no amount's name)
            prev = [x for x in by_vs[bisect.bisect_left(starts, ss_):bisect.bisect_left(starts, c.vs)]
                    if x.indicator and x.measure not in ("rank", "delta")]
            if prev and anaphor:
                named = _IND_RE17.sub("", prev[-1].indicator)
                if named and named not in ind:
                    # 数字经济规模2万亿元,规模占比35%: the word the name ends with is written once
                    ind = named + ind[anaphor.end():] if named.endswith(anaphor.group()) else named + ind
            elif prev:
                ind = _IND_RE17.sub("", prev[-1].indicator) or ind
            elif ind in zh.ANAPHORIC_MEASURES and (whole := _whole_of_breakdown(text, layout, ss_, by_vs)) is not None:
                ind = whole.indicator  # …其中A类30亿元,B类20亿元。总量同比增长12%: the amount the parts split
            elif (topic := _sentence_topic(text, layout, c.vs)):
                ind = topic + ind  # 数字经济加快发展,规模突破2万亿元: 规模 is the size of what the sentence is about
        elif ind in zh.BARE_LIST_MEASURES and (topic := _sentence_topic(text, layout, c.vs)):
            ind = topic + ind  # 粮食生产连年丰收,总产量稳定在700亿斤以上: the total output of the grain
        group = _group_heading(text, layout, c.vs)
        if group and group not in ind and fact_scope.row_head(text, layout, c.vs) is None:
            # 一、产业项目。共38个,年度计划投资32亿元: the group is a split of the place's figures (subject stays)
            ind = group + ind
        elif c.measure == "count" and not ind:
            ind = _label_count(text, layout, c.vs)  # 续建项目:共32个: the label names what is counted
            if not ind:
                ind = _parallel_count(text, layout, c, by_vs, names)
        elif c.measure == "count" and ind in zh.GENERIC_HEADS:
            # 省重点项目\n项目7项: a bare 项目 counts what the sentence or the heading above named
            ind = _named_head(text, layout, c.vs, ind, names) or ind
        if not ind:
            ind = _line_label(text, c)  # 地区生产总值\n56.2亿元\n增长6.5%: a label line over the figures' lines
        elif ind in zh.FIGURE_LINE_BARE_SHARES and (label := _line_label(text, c)):
            ind = label + ind  # 第一产业\n12.3亿元\n占比8.2%: the share of what the label line names
        if c.measure == "share" and own in zh.GROWTH_BREADTH_NOUNS and (framed := _breadth_set(text, layout, c.vs)):
            ind = framed + own  # 38个工业行业中有29个…增长,增长面为76.3% → 工业行业增长面: the set whose members grew
        # a noun restored from the series keeps its verb (正常推进…: no cut after 推进)
        ind = _finish_indicator(ind, c, text)
        if _CONVERSION.match(ind):
            # 人均GDP 1.2万美元,折合人民币8.5万元: the converted value measures what the value before it measures
            ss_, _ = layout.sent_of(c.vs)
            prev = [x for x in by_vs[bisect.bisect_left(starts, ss_):bisect.bisect_left(starts, c.vs)]
                    if x.indicator and x.measure == c.measure and not _CONVERSION.match(x.indicator)]
            if prev:
                ind = prev[-1].indicator
                c.extra["restored"] = True
        ind = _ASPECT_IN.sub(lambda m: m.group("name"), ind)  # 城管方面的满意率 → 城管满意率
        c.indicator = last_words(ind, 24) if c.extra.get("restored") else shorten(ind, 24)
    # 死亡4人 → 死亡人数: after every name is made (the series restored from the names as written)
    people = {id(c): _people_counted(text, layout, c, c.indicator, by_vs, starts)
              for c in by_vs if c.measure == "count" and not c.item}
    for c in by_vs:
        if id(c) in people and people[id(c)] != c.indicator:
            c.indicator = shorten(people[id(c)], 24)
    # 4个国家级、14个省级现代农业产业园: a modifier-only noun borrows the head of the next count
    for a, b in zip(by_vs, by_vs[1:]):
        na, nb = a.extra.get("noun", ""), b.extra.get("noun", "")
        if na and nb and _IND_RE18.fullmatch(na) and "级" in nb and a.indicator.endswith(na) \
                and text[a.mend:b.vs].count("、") == 1:
            head = nb.split("级", 1)[1]
            head = _IND_RE19.split(head)[0]
            if head:
                a.indicator = shorten(a.indicator + head, 24)


_INVESTMENT_TEXT = rx.compile(r"投资|项目|工程")
# 溆浦6个,芷江3个: a short name and its figure, an item of a list of places (the gazetteer is asked for their names)
_SHORT_LIST_ITEM = rx.compile(r"(?:^|[,，、;；:：])[\u4e00-\u9fff]{2}\d")
_DONE_BARE = rx.compile(rf"(?:{alternation(zh.DONE_AMOUNT_ADVERBS)})*(?:{alternation(zh.DONE_AMOUNT_VERBS)})\s*$")
_PROJECT_WORD = rx.compile(alternation(zh.PROJECT_LIST_HEADS))
_PROJECT_END = rx.compile(f"(?:{alternation(zh.PROJECT_LIST_HEADS)})$")


_CHAIN_PROGRESS = rx.compile(alternation(zh.CHAIN_PROGRESS_WORDS))


def _chain_head(text: str, layout: Layout, c: Cand, by_vs: list[Cand], starts: list[int]) -> Cand | None:
    """社会消费品零售总额40亿元、完成率102%、增长9% / 引进省外资金21.9亿元,完成年度目标任务58亿元的37.2%,同比增长8.1%:
    in a running chain of one measure, a growth right after a slot stating how much of a plan was done (the rate, and the
    plan it is taken of) is the growth of the chain's head, the amount or count before those slots (in the sentence, no
    semicolon between); None when the figure before the growth is no such slot or no amount heads the chain."""
    ss, _ = layout.sent_of(c.vs)
    chain = [x for x in by_vs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, c.vs)] if x is not c]
    if c.measure == "share" and chain and chain[-1].measure in ("level", "count") and chain[-1].indicator:
        # 社会消费品零售总额40亿元、完成率102%: a bare rate of what was done, the slot right after the amount, is its rate
        # (joined by 、: a comma's chain of counts, 已开工40个,未开工8个,开工率83.3%, is a set's, _chain_sibling)
        between = text[chain[-1].mend:c.vs]
        slot = _CHAIN_SLOT_LEAD.sub("", between)
        return chain[-1] if between.lstrip().startswith("、") and slot.endswith(zh.PROGRESS_RATE_WORDS) and \
            len(slot) <= 8 and \
            _CHAIN_BREAK.search(slot) is None and not re.search(r"[\d,，、]", slot) else None
    if c.measure != "growth" or not chain or chain[-1].measure != "share":
        return None
    for i in range(len(chain) - 1, -1, -1):
        x = chain[i]
        if _CHAIN_BREAK.search(text, x.vs, c.vs):
            return None
        ccs = _comma_clause_start(text, layout, x.vs)
        progress = _CHAIN_PROGRESS.search(text, max(ccs, chain[i - 1].mend if i else -1), x.vs) is not None or \
            x.measure == "share" and _CHAIN_PROGRESS.search(text, ccs, x.vs) is not None
        if progress and x.measure in ("share", "level", "count"):
            continue
        return x if i < len(chain) - 1 and x.measure in ("level", "count") and x.indicator else None
    return None


_CHAIN_BREAK = rx.compile(r"[;；。]")
_CHAIN_SLOT_LEAD = rx.compile(r"^[、,，\s]+|(?:为|达到|达)$")


def _chain_sibling(layout: Layout, c: Cand, own: str, x: Cand, by_vs: list[Cand], starts: list[int]) -> bool:
    """True when the count ``x`` just before a bare rate of an action (完成率, 办结率, 整改率) is one more item of a chain
    whose numerator stands earlier in the sentence (确定事项20项,完成17项,正在办理3项,完成率85%): the rate is over the
    chain's set, and the item after the numerator (正在办理) names no part of it."""
    m = _SET_RATE.fullmatch(own)
    if m is None or x.measure != "count" or not _bare_verb(m.group("stem")) or \
            _counts_done(x.indicator, m.group("stem")) >= 0:
        return False
    ss, _ = layout.sent_of(c.vs)
    return any(y.measure == "count" and y.indicator and _counts_done(y.indicator, m.group("stem")) >= 0
               for y in by_vs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, x.vs)])


def _done_amount(text: str, layout: Layout, c: Cand, counted: str) -> str:
    """An amount after a bare 完成 in a sentence about projects is the investment they completed: 33个竣工投产项目完成
    58.6亿元 → 竣工投产项目完成投资, 某某工程1—8月已完成6.7亿元 → 完成投资; "" otherwise."""
    ss, _ = layout.sent_of(c.vs)
    ccs = _comma_clause_start(text, layout, c.vs)
    if not _DONE_BARE.search(_TIME_WORDS.sub("", text[ccs:c.vs])):
        return ""
    if not (_PROJECT_WORD.search(text, ss, c.vs) or _PROJECT_WORD.search(c.subject or "")):
        return ""
    own = zh.DONE_AMOUNT_MEASURE
    return counted + own if counted and _PROJECT_WORD.search(counted) else own


_DELEGATION_LEAD = rx.compile(rf"(?P<group>[\u4e00-\u9fff]{{1,8}}?(?:{alternation(zh.DELEGATION_GROUPS)}))?"
                              rf"(?:{alternation(zh.DELEGATION_LEADS)})\s*$")
_DELEGATION_ACT = rx.compile(alternation(zh.DELEGATION_ACTS))


def _delegation(text: str, layout: Layout, c: Cand) -> str:
    """市长带领12人调研岚溪县 / 考察团一行15人赴东坡县考察: a count of people right after 带领, 率领, 一行 is the size of
    the party that acts, named by the party (考察团人数) or by what it came to do (调研人数); "" otherwise.  Such a
    party's size is no figure of the place (the caller drops it)."""
    if base_unit(c.unit) not in zh.PERSON_UNITS or c.mend < len(text) and text[c.mend] in "次":
        return ""
    ccs = _comma_clause_start(text, layout, c.vs)
    m = _DELEGATION_LEAD.search(text, max(ccs, c.vs - 16), c.vs)
    made = _MADE_OF.match(text, c.mend) if text[c.vs - 1:c.vs] == "由" or m is not None else None
    if made:
        return made.group("group") + zh.DELEGATION_SIZE  # 由8人组成的工作组 / 一行5人组成的调研组: the group's size
    if m is None:
        return ""
    _, ce = layout.clause_of(c.vs)
    act = _DELEGATION_ACT.search(text, c.mend, ce)
    if m.group("group"):
        group = _DELEGATION_GROUP_HEAD.search(m.group("group"))
        return (group.group() if group else m.group("group")) + zh.DELEGATION_SIZE
    after = text[c.mend:ce]
    if act is None or not (act.start() == c.mend or _DELEGATION_GO.match(after)):
        return ""  # 带领12名专家…: the people are named, their count is of them
    return act.group() + zh.DELEGATION_SIZE


_MADE_OF = rx.compile(rf"组成的(?P<group>[\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.DELEGATION_GROUPS)}))")
_DELEGATION_GO = rx.compile(alternation(zh.GO_TO_VERBS))  # 一行15人赴某县考察: where the party goes before what it does
_DELEGATION_GROUP_HEAD = rx.compile(rf"[\u4e00-\u9fff]{{0,3}}(?:{alternation(zh.DELEGATION_GROUPS)})$")


def _parallel_count(text: str, layout: Layout, c: Cand, by_vs: list[Cand], names: list[str]) -> str:
    """东坡区集中开工项目30个,…;彭山区20个 / 全省集中开工项目3000个,其中岚溪县32个: a count whose part names only
    a place counts what the count of the same unit before it (in the sentence, or the one before) counts; "" else."""
    ss, _ = layout.sent_of(c.vs)
    k = max(ss, max(text.rfind(ch, ss, c.vs) for ch in ";；,，") + 1)
    said = _strip_names(_TIME_WORDS.sub("", SUBJECT_WORDS.sub("", text[k:c.vs])), names)
    if said == text[k:c.vs] or _PLACE_PART_LEAD.sub("", said).strip(" ,，:：;；共有计"):
        return ""  # no place named, or more than a place
    lo = layout.sent_of(ss - 1)[0] if ss > 0 and layout.para_of(ss - 1)[0] == layout.para_of(c.vs)[0] else ss
    prev = [x for x in by_vs if lo <= x.vs < c.vs and x.measure == "count" and x.unit == c.unit and x.indicator
            and not x.rank]
    return prev[-1].indicator if prev else ""


_ASPECT_NAME = rf"(?!{alternation(zh.NOT_ASPECT_LEADS)})[\u4e00-\u9fff]{{2,6}}?(?<![各等多])"
_BARE_RATE = rx.compile(r"[\u4e00-\u9fff]{1,3}率")
_ASPECT_IN = rx.compile(rf"^在?(?P<name>{_ASPECT_NAME})(?:{alternation(zh.ASPECT_WORDS)})的?(?=[\u4e00-\u9fff]{{2}})")
_ASPECT_HEAD = rx.compile(rf"\s*(?:{zh.ITEM_LABEL})?\s*(?:其中|另外|此外)?[,，]?\s*在?(?P<name>{_ASPECT_NAME})"
                          rf"(?:{alternation(zh.ASPECT_WORDS)})(?:[:：,，。]|的|(?=[\u4e00-\u9fff])|\s*$)")


_BODY_LIST_LEAD = rx.compile(rf"(?:的)?(?:{alternation(zh.LISTED_BODY_LEADS)})(?:{alternation(zh.LISTED_BODY_VERBS)})?[:：]?")
_BODY_LEAD_SAID = rx.compile(rf"(?:{alternation(zh.LISTED_BODY_VERBS)}|[:：])$")


def _list_measure(text: str, ss: int, at: int, seps: str, names: list[str] | None = None, ranked: bool = False) -> str:
    """What a list's lead at ``at`` says is measured: its clause's words before the lead, without times, scope words
    (全县), the places in ``names`` or, for a ranked list (办件量居前三位的单位是), the ranking words; "" when that
    is no name."""
    cs = max(ss, max(text.rfind(ch, ss, at) for ch in seps) + 1)
    measure = _MONTH_WORDS.sub("", _TIME_WORDS.sub("", text[cs:at]))
    rm = _BODY_RANKER.search(measure) if ranked else None
    if rm:
        measure = measure[:rm.start()]
    measure = clean_phrase(_strip_names(SUBJECT_WORDS.sub("", measure), names or []))
    return "" if len(measure) < 2 or _ANY_DIGIT.search(measure) else measure


def _listed_bodies(text: str, layout: Layout, cands: list[Cand]) -> None:
    """办件量居前三位的单位是:住建局(120件)、人社局(95件) / 满意率低于90%的单位有:城管局(85%): a body listed with its
    figure is the figure's subject; what is measured is what the lead before the list names (办件量, 满意率)."""
    for c in cands:
        if c.measure not in ("count", "level", "share") or not c.indicator:
            continue
        ss, _ = layout.sent_of(c.vs)
        end = c.vs - 1 if c.vs > 0 and text[c.vs - 1] in "(（" else c.vs
        k = max(ss, max(text.rfind(ch, ss, end) for ch in "、:：,，;；") + 1)
        item = text[k:end].strip()
        lead = None
        for m in _BODY_LIST_LEAD.finditer(text, ss, end):
            if not _BODY_LEAD_SAID.search(m.group()):
                continue  # 城关街道办事处46件: a lead's word inside a listed name; a lead says so (单位有, 街道:)
            lead = m
        if lead is not None and lead.end() > k:
            item = text[lead.end():end].strip()  # 单位有住建局120件: the item starts after the lead
        if lead is None or not item or not _LISTED_BODY.fullmatch(item) or not c.indicator.endswith(item):
            continue
        measure = _list_measure(text, ss, lead.start(), ",，;；", ranked=True)
        if not measure:
            continue
        c.subject = item
        c.indicator = shorten(measure, 24)
        if c.measure == "count" and c.extra.get("noun"):
            c.extra.pop("noun", None)


_LIST_OPENER_RE = rx.compile(rf"\s*(?:{_LIST_OPENER})\s*[,，:：]\s*")


_NUMERALS_1_10 = "一二三四五六七八九十"
_RANK_LIST_HEAD = rx.compile(
    rf"(?:(?:{alternation(zh.RANK_LIST_WORDS)})?(?:居|位居|位列|排在|排)?(?:前|后|末)[{_NUMERALS_1_10}\d]{{1,2}}(?:名|位)?|"
    rf"(?:{alternation(zh.RANK_LIST_WORDS)})(?:情况)?|(?:{alternation(zh.RANK_LIST_STANDINGS)}))"
    rf"(?:的[^,，;；。:：\d]{{0,6}}?)?(?:{alternation(zh.RANK_LIST_COPULAS)})?$")
_RANK_LIST_SET = rx.compile(rf"^(?:全[省市县区])?各?(?:{alternation(zh.RANK_LIST_SETS)})")
_RANK_LIST_ITEM = rx.compile(
    rf"\s*(?:第[{_NUMERALS_1_10}\d]{{1,2}}(?:名|位)\s*[:：]?\s*)?(?P<name>[\u4e00-\u9fff()（）]{{2,12}}?)\s*"
    rf"(?:[,，]\s*)?(?:{alternation(zh.RANK_LIST_ITEM_VERBS)})?\s*[(（]?\s*[-−－+＋]?$")


def _rank_heading_measure(heading: str, names: list[str]) -> str | None:
    """县（区）1—8月投资增速前三名 → 投资增速: what a ranked list's heading names before its ranking words; "" when it
    names nothing of its own (后三名: the measure of the heading before), None when it is no ranked list's heading."""
    m = _RANK_LIST_HEAD.search(heading)
    if m is None:
        return None
    what = _MONTH_WORDS.sub("", _TIME_WORDS.sub("", heading[:m.start()]))
    what = _RANK_LIST_SET.sub("", SUBJECT_WORDS.sub("", what).strip())
    rate = next((w for w in zh.RANKED_RATE_WORDS + ("增长率",) if what.endswith(w)), "")
    what = clean_phrase(_strip_names(what, names))
    if rate and not what.endswith(rate):
        what += rate  # 一般公共预算收入增幅居前的是: the rate is what is ranked, no copula to trim
    return "" if len(what) < 2 or _ANY_DIGIT.search(what) else what


def _ranked_heading_lists(text: str, layout: Layout, cands: list[Cand], names: list[str]) -> None:
    """县（区）投资增速前三名:甲县增长30%,乙县增长20%;后三名:丙县下降5% / 规上工业增加值增速排名:第1名甲区,增长12.3%: each
    figure of a list of places under a ranked list's heading is its place's, and measures what the heading names (a
    heading without a name of its own, 后三名, keeps the one before it in the paragraph); a rate the heading names is a
    growth."""
    last: dict[int, str] = {}
    for c in sorted(cands, key=lambda x: x.vs):
        if c.measure not in ("growth", "share", "level", "count") or "table" in c.extra:
            continue
        ps, _ = layout.para_of(c.vs)
        j = max(text.rfind(":", ps, c.vs), text.rfind("：", ps, c.vs))
        if j < 0 or "。" in text[j:c.vs]:
            continue
        h0 = max(ps, max(text.rfind(ch, ps, j) for ch in "。;；,，\n") + 1)
        measure = _rank_heading_measure(text[h0:j], names)
        if measure is None:
            continue
        measure = measure or last.get(ps, "")
        if not measure:
            continue
        last[ps] = measure
        # the item: the words from the list's last separator (or the one before, 第1名甲区,增长12.3%) to the figure
        k = max(j, max(text.rfind(ch, j, c.vs) for ch in "、;；,，"))
        item = _RANK_LIST_ITEM.fullmatch(text, k + 1, c.vs)
        if (item is None or not _listed_place(item.group("name"), names)) and text[k] in ",，":
            k = max(j, max(text.rfind(ch, j, k) for ch in "、;；,，"))
            item = _RANK_LIST_ITEM.fullmatch(text, k + 1, c.vs)
        if item is None or not _listed_place(item.group("name"), names):
            continue
        c.subject = item.group("name")
        c.indicator = shorten(measure, 24)
        c.extra.pop("noun", None)
        c.extra["heading_named"] = True  # (named by the heading: no predicate of a measure named before it)
        if c.measure == "share" and measure.endswith(zh.RANKED_RATE_WORDS + ("增长率",)):
            c.measure = "growth"


_BREAKDOWN_OPENER = rx.compile(rf"\s*(?:{alternation(zh.BREAKDOWN_OPENERS)})\s*[,，:：]?\s*")
_BREAKDOWN_IN = rx.compile(alternation(zh.BREAKDOWN_OPENERS + zh.PART_OPENERS))
_NOT_PLACE_TAILS = zh.THING_PLACE_TAILS
_ITEM_HAVE = rx.compile(rf"(?:{alternation(zh.ITEM_HAVE_WORDS)})$")


def _place_items(text: str, layout: Layout, cands: list[Cand], names: list[str],
                 full: dict[str, str] | None = None) -> None:
    """分区域看,东坡区项目12个,总投资56亿元;岚溪县项目9个 / 重点项目开工情况:东坡区12个,高新区8个: a count named
    only by a place (and a bare head, 项目) is that place's part of a whole: of what the list's lead before its colon
    names, else of the last count of the same unit before it (in its paragraph or the one before). The place is the
    figure's subject, the whole's measure its indicator, and the amounts of the place's part are the whole's."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    listed = listed_items(text)  # (a list's items read once for all its figures)
    for i, c in enumerate(by_vs):
        if c.measure != "count" or c.rank or c.item or "table" in c.extra:
            continue
        ss, se = layout.sent_of(c.vs)
        k = max(ss, max(text.rfind(ch, ss, c.vs) for ch in ",，;；:：、\n") + 1)
        item = _ITEM_HAVE.sub("", text[k:c.vs].strip())
        if item[-1:] in ("(", "（") and text[c.mend:c.mend + 1] in (")", "）"):
            item = item[:-1]  # 甲市(5个):甲县、乙县…: the place's part of the list, its count in brackets after its name
        head = next((h for h in zh.GENERIC_HEADS if item.endswith(h) and len(item) > len(h)), "")
        place = item[:len(item) - len(head)]
        if not (_LISTED_PLACE.fullmatch(place) or place in names) or SUBJECT_WORDS.fullmatch(place):
            continue
        if place not in names and place.endswith(_NOT_PLACE_TAILS):
            continue  # 其中,某街道改造老旧小区6个: a thing done (…小区, …园区), no place's part named by its place
        # the list's lead: the words before a colon whose list runs up to this item
        whole = ""
        j = max(text.rfind(":", ss, k), text.rfind("：", ss, k))
        if j >= 0 and _opener_only(text, ss, j + 1):
            pass  # 从区域看:东区新开工项目41个,西区37个: the opener frames the split and names nothing counted
        elif j >= 0 and _VALUE_TOKEN.search(text, j, k) is None or j >= 0 and listed.whole(j + 1, k):
            lead = _LEAD_TAIL.sub("", _list_measure(text, ss, j, ",，;；", names))
            if class_only_lead(lead):
                lead = _ordered_head(text, ss, j, names)  # 数量从高到低,第一类县(市、区)依次为: what the sentence orders
            whole = lead if len(lead) >= 2 and lead not in zh.HEADLINE_LABELS else ""  # (原标题:岚溪县32个…: a headline)
        opened = _ITEM_OPENED.match(place)
        if not whole and opened and _item_place(opened.group("place"), names, full or {}) == opened.group("place") \
                and (run := _run_whole(text, c, by_vs[:i], ss, k, names, full or {})):
            # 督察共交办问题35个,其中甲区完成12个,乙县9个: the whole right before the run of places
            whole, first, place = run, None, opened.group("place")
        if not whole and not SUBJECT_WORDS.search(place) and text[c.mend:c.mend + 1] in _ITEM_CLOSERS:
            whole = _framed_set_lead(text, ss, k, names)  # 新开工项目中,甲市18个: the set 中 frames is the lead
        if not whole:
            # no lead: the opener (分区域看 / 其中) or nothing stands before the first item of the sentence
            first = _BREAKDOWN_OPENER.match(text, ss) or _LIST_OPENER_RE.match(text, ss)
            rest = text[first.end() if first else ss:k]
            if not listed.whole(first.end() if first else ss, k) and rest.strip():
                continue
            named = _first_item_named(text, by_vs[:i], first.end(), k, names) if first and rest.strip() else None
            if named is not None and not head:
                # 从地区分布看,沈阳新开工项目267个,大连256个: the list's first item names what the later ones count
                named.extra["place_item"] = True
                whole = named.indicator
        whole_of: Cand | None = None
        if not whole:
            p = ss - 1
            while p > 0 and text[p].isspace():
                p -= 1  # (a blank line between the paragraphs)
            ps = layout.para_of(p)[0] if p > 0 else 0
            while 0 < ps and c.vs - ps < WHOLE_LOOKBACK and _VIEW_OPENED.match(text, ps):
                # 从问题类型看,涉及大气5件…⏎从区域分布上看,甲区5件: a parallel breakdown above parts the same whole,
                # written above it
                ps = layout.para_of(ps - 1)[0]
            prev = [x for x in by_vs[:i] if max(ps, c.vs - WHOLE_LOOKBACK) <= x.vs < (first.start() if first else ss)
                    and x.measure == "count" and x.unit == c.unit and not x.rank and x.indicator
                    and "place_item" not in x.extra and (not head or x.indicator.endswith(head))
                    and not _BREAKDOWN_IN.search(text, layout.para_of(x.vs)[0], x.vs)  # (no part of another split)
                    and not _in_open_bracket(text, layout.sent_of(x.vs)[0], x.vs)
                    and not _view_part(text, layout, x.vs)]
            if not prev:
                # 甲市(5个):…;⏎乙市(3个):…: a later line of a run of places' parts is a part of the whole the run's
                # earlier lines were, with no other count between them
                last = next((x for x in reversed(by_vs[:i]) if x.measure == "count" and x.unit == c.unit and
                             not x.rank), None)
                if last is None or "part_whole" not in last.extra or c.vs - last.vs > WHOLE_LOOKBACK:
                    continue
                prev = [last.extra["part_whole"]]
            whole, whole_of = prev[-1].indicator, prev[-1]
            if _TIME_WORDS.search(text, ss, c.vs) is None:
                c.period = prev[-1].period  # (a place's part holds when the whole it parts holds)
        if head and not whole.endswith(head) and head not in whole:
            continue  # 东坡区企业12家 under a lead of projects: another kind of thing
        if head and c.indicator.endswith(head) and len(c.indicator) > len(head) and place not in c.indicator:
            whole = c.indicator  # named already by the event or heading the projects are of (集中开工项目)
        written = item
        c.indicator = shorten(whole, 24)
        # (福州115个 where the scope read 福州市 already, 市高新区 眉山市高新区: the name resolved, not the form written)
        resolved = c.subject if len(place) >= 2 and (c.subject[:2] == place[:2] or c.subject.endswith(place)) else place
        c.subject = full.get(place, resolved) if full else resolved
        c.extra["place_item"] = True
        if whole_of is not None:
            c.extra["part_whole"] = whole_of
        c.extra.pop("noun", None)
        # the amounts of the place's part (东坡区项目12个,总投资56亿元): the whole's
        pe = _PART_END.search(text, c.mend, se + 1)
        for x in by_vs[i + 1:]:
            if x.vs >= (pe.start() if pe else se) or x.measure == "count":
                break
            if x.extra.get("size_of_named"):
                continue  # 其中甲县1个,为总投资80亿元的某项目: the size of the one work the item names is the work's
            if x.indicator.startswith(written) and len(x.indicator) > len(written):
                x.indicator = shorten(whole + x.indicator[len(written):], 24)
            elif _SPLIT_MEASURE.fullmatch(x.indicator):
                x.indicator = shorten(whole + x.indicator, 24)
            x.subject = c.subject  # (the place as resolved above)


# 新开工项目中, / 在已开工的86个项目中: 中 closing a clause frames the set the list after it splits (其中, 集中, 高中 and
# 初中 are no frame)
_ITEM_CLOSERS = ("", ",", "，", ";", "；", "、", "。", "\n")  # what ends a place item's count (甲市18个、): no noun after it
_SET_FRAME_CLOSE = rx.compile(r"(?<![其集高初])中\s*[,，:：]\s*")
_FRAME_OPENER = rx.compile(r"^\s*(?:在|从)")
_SET_COUNT = rx.compile(rf"(?:{ARABIC}|{CHINESE})\s?(?:{alternation(zh.SET_COUNTERS + ('件', '批'))})")
_NOT_SET_END = rx.compile(rf"(?:{alternation(zh.FRAME_PROCESS_NOUNS + zh.VENUE_FRAME_EVENTS)})$")


# 从区域分布上看, / 按污染类型分, / 按区域划分: / 分行业看,: the view a breakdown of the whole before it is taken by
# (a remark in brackets may follow it: 从问题类型来看(一件举报可能涉及多种问题类型),…)
_VIEW_OPENED = rx.compile(rf"\s*(?:[从按分][^,，:：;；。\d\n]{{1,16}}?(?:{alternation(zh.VIEW_LEAD_CLOSERS)})|"
                          rf"{alternation(zh.BREAKDOWN_OPENERS + zh.PART_OPENERS)})\s*(?:[(（][^()（）\n]{{0,30}}[)）])?"
                          r"\s*[,，:：]")


def _view_part(text: str, layout: Layout, at: int) -> bool:
    """Whether the figure at ``at`` is an item of a breakdown: its sentence, or its ;-part, opens with the view the
    breakdown is taken by (按污染类型分,大气污染4件、水污染3件): a part of a whole, never the whole a later list of
    places parts."""
    ss, _ = layout.sent_of(at)
    k = max(ss, max(text.rfind(ch, ss, at) for ch in ";；") + 1)
    return bool(_VIEW_OPENED.match(text, ss) or _VIEW_OPENED.match(text, k))


def _in_open_bracket(text: str, lo: int, at: int) -> bool:
    """Whether ``at`` stands inside a bracket opened after ``lo`` and not yet closed (受理群众举报1260件(来电举报820件、
    来信举报440件): the figures in it part the one before it, none is the whole a later list of places parts)."""
    o = max(text.rfind("(", lo, at), text.rfind("（", lo, at))
    return o >= 0 and max(text.rfind(")", o, at), text.rfind("）", o, at)) < 0


def _framed_set_lead(text: str, ss: int, k: int, names: list[str]) -> str:
    """新开工项目中,甲市18个、乙市12个 / 本批次交办的信访件中,东湖区23件 / 在已开工的86个项目中,青山区31个: a clause
    naming a set and closed by 中 heads the run of place items right after it (up to ``k``, where this item starts)
    as a colon's lead does: each place's figure counts its part of that set, so the set names what they count.  The
    set is said without its time, its place, its count and its 的 (已开工的86个项目 → 已开工项目); "" when no such clause
    stands right before the run, or 中 closes a process (在督查中, 工作中: when, not of what)."""
    m = None
    for m in _SET_FRAME_CLOSE.finditer(text, ss, k):
        pass
    if m is None or not _only_items(text, m.end(), k, names):
        return ""
    cs = max(ss, max(text.rfind(ch, ss, m.start()) for ch in ",，;；:：") + 1)
    words = _FRAME_OPENER.sub("", text[cs:m.start()])
    words = _SET_COUNT.sub("", SUBJECT_WORDS.sub("", _TIME_WORDS.sub("", words))).replace("的", "")
    words = clean_phrase(words)
    if len(words) < 2 or _NOT_SET_END.search(words) or _ANY_DIGIT.search(words):
        return ""
    return words


# 已转办甲市96件 / 按要求交办给乙县41件: an item whose place is what a handing-over verb hands to (the place receives,
# and counts, what is handed); adverbs of manner or sum may open it
_HANDED_ITEM = rx.compile(rf"(?:{alternation(zh.HANDOVER_ITEM_OPENERS)})*(?P<verb>{alternation(zh.PLACE_HANDOVER_VERBS)})"
                          r"(?:给|到|至)?(?P<place>[\u4e00-\u9fff]{2,12})")
_HANDED_RUN_SEP = rx.compile(r"\s*[、,，]\s*")


def _handed_noun(indicator: str) -> str:
    """受理群众举报 → 群众举报, 督察组累计收到群众来信来电举报 → 群众来信来电举报: what a count names after its last verb
    (the things counted, which a handing-over verb then hands on); "" when no noun follows a verb."""
    toks = [(w.word, w.flag) for w in _posseg().lcut(indicator)]
    # (受理|群众|举报: the verbal noun closing the name is the thing, the verb before a noun the deed)
    last = max((i for i, (_, f) in enumerate(toks[:-1]) if f == "v" and toks[i + 1][1] != "v"), default=-1)
    if last < 0 and all(f != "v" for _, f in toks):
        return indicator  # (问题, 问题线索: a noun alone)
    noun = "".join(w for w, _ in toks[last + 1:])
    return noun if last >= 0 and len(noun) >= 2 else ""


def _handed_places(text: str, layout: Layout, cands: list[Cand], names: list[str], full: dict[str, str]) -> None:
    """受理群众举报512件,…;已转办甲市96件、乙县41件、丙区33件 / 共交办问题线索80条,其中移交乙县21条: a run of place
    items opened by a handing-over verb (转办, 交办, 移交 …) counts what was handed to each place: the place is the
    figure's subject (it receives and answers for them), and the verb with the thing the count before the run counts
    (转办群众举报) is the indicator of every item of the run, not the whole's nor a split's before it (电话举报)."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    for i, c in enumerate(by_vs):
        if c.measure != "count" or c.rank or "table" in c.extra:
            continue
        ss, se = layout.sent_of(c.vs)
        k = max(ss, max(text.rfind(ch, ss, c.vs) for ch in ",，;；:：、\n") + 1)
        m = _HANDED_ITEM.fullmatch(_ITEM_HAVE.sub("", text[k:c.vs].strip()))
        if m is None or not _handed_place(m.group("place"), names):
            continue
        ps = layout.para_of(c.vs)[0]
        wholes = [x for x in by_vs[:i] if ps <= x.vs < k and x.measure == "count" and x.unit == c.unit and not x.rank
                  and x.indicator and "place_item" not in x.extra and "handed_by" not in x.extra]
        # the whole handed out: the largest count before the run in its sentence (its splits, 其中电话举报…, are
        # smaller), else in its paragraph
        wholes = [x for x in wholes if x.vs >= ss] or wholes
        noun = _handed_noun(max(wholes, key=lambda x: x.value).indicator) if wholes else ""
        verb = m.group("verb")
        name = shorten(noun if noun.startswith(verb) else verb + noun, 24)
        run = [(c, m.group("place"))]
        for x in by_vs[i + 1:]:
            sep = _HANDED_RUN_SEP.match(text, run[-1][0].mend)
            item = _ITEM_HAVE.sub("", text[sep.end():x.vs].strip()) if sep else ""
            if x.vs >= se or x.unit != c.unit or not sep or not _handed_place(item, names):
                break
            run.append((x, item))
        for x, place in run:
            x.subject, x.indicator = full.get(place, place), name
            x.extra["place_item"] = True
            x.extra["handed_by"] = verb
            x.extra.pop("noun", None)


def _handed_place(item: str, names: list[str]) -> bool:
    """A place a list item names alone (a known place, or a name ending as divisions end), no scope word (全市)."""
    return (item in names or bool(_LISTED_PLACE.fullmatch(item))) and not SUBJECT_WORDS.fullmatch(item)


_PLACE_ITEM = rx.compile(rf"\s*(?:其中)?\s*[,，:：]?\s*(?P<item>[\u4e00-\u9fff]{{2,24}}?)\s*"
                         rf"(?:{ARABIC}|{CHINESE})(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})\s*[、,，;；]")
_PLACES_JOINED = "和及与"
_ITEM_OPENED = rx.compile(r"(?:其中)?[,，:：]?\s*(?P<place>.+)")
PLACE_ITEM_SAID_MAX = 6  # characters a place item may say after its place before its count (完成整改)


def _item_place(item: str, names: list[str], full: dict[str, str]) -> str:
    """The place (or places joined by 和: 无锡和苏州) a list item opens with, as written, when the document names it
    (or a short form of it) and at most a verb follows it (淮北市完成); "" otherwise."""
    known = [n for n in names if item.startswith(n)] + [n for n in full if item.startswith(n)]
    if not known:
        return ""
    place = max(known, key=len)
    if item[len(place):len(place) + 1] in _PLACES_JOINED and item[len(place):len(place) + 1]:
        rest = item[len(place) + 1:]
        other = max((n for n in list(names) + list(full) if rest.startswith(n)), key=len, default="")
        if other:
            place = item[:len(place) + 1 + len(other)]
    return place if len(item) - len(place) <= PLACE_ITEM_SAID_MAX else ""


def _place_run_start(text: str, ss: int, k: int, names: list[str], full: dict[str, str]) -> int:
    """Where the run of a list's place items that ends at ``k`` starts in its sentence (from ``ss``): the items, each a
    place the document names (淮北市, or a short form of one: 扬州) with at most a verb and its count (完成2个), joined by
    、,，;；, the first of them maybe opened by 其中; ``k`` when no item ends there (the item at ``k`` opens it)."""
    a = k
    while a > ss:
        p = max(ss, max(text.rfind(ch, ss, a - 1) for ch in "、,，;；") + 1)
        m = _PLACE_ITEM.fullmatch(text, p, a)
        if m is None or not _item_place(m.group("item"), names, full):
            break
        a = p
    return a


def _run_whole(text: str, c: Cand, before: list[Cand], ss: int, k: int, names: list[str],
               full: dict[str, str]) -> str:
    """督察共发现问题61个,其中甲区18个、乙县11个 / 省交办问题12个,甲市完成2个,乙市1个: a place's part written in a run of
    place items right after its whole's count in the same sentence (past 其中 or a comma) is of the whole's measure,
    or of the measure the run's first item names after its place (完成…: that item is its place's too); "" when no
    whole stands right before the run (a figure between them, a sibling joined by 、, or the run opens the sentence)."""
    a = _place_run_start(text, ss, k, names, full)  # (``k``: the place's own item opens the run)
    if a <= ss:
        return ""
    prev = [x for x in before if ss <= x.vs < a]
    if not prev or prev[-1].measure != "count" or prev[-1].unit != c.unit or prev[-1].rank or \
            not prev[-1].indicator or "place_item" in prev[-1].extra or "、" in text[prev[-1].mend:a]:
        return ""  # (甲部门32个、乙部门81个: a sibling before the run, no whole)
    w = prev[-1]
    lead = next((x for x in before if a <= x.vs < k), None)
    if lead is None:
        return w.indicator  # (the place's own item opens the run)
    item = _PLACE_ITEM.match(text, a).group("item")
    place = _item_place(item, names, full)
    if place == item:
        return w.indicator
    lead.indicator = lead.indicator.replace(place, "") or lead.indicator
    lead.subject = full.get(place, place)
    lead.extra["place_item"] = True
    return lead.indicator


def _opener_only(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is only a split's opener and its colon (分区域看: / 从区域看: / 其中:), which says a list of
    parts follows and names nothing measured (no lead of the list)."""
    return bool(_BREAKDOWN_OPENER.fullmatch(text, a, b) or _LIST_OPENER_RE.fullmatch(text, a, b))


def _first_item_named(text: str, before: list[Cand], a: int, k: int, names: list[str]) -> Cand | None:
    """The first item of a list of places starting at ``a`` (before ``k``) when it names its measure after its place
    (沈阳新开工项目267个): the count the later items (大连256个) leave the measure of."""
    x = next((x for x in before if a <= x.vs < k), None)
    if x is None or x.measure != "count" or not x.indicator:
        return None
    seg = text[a:x.vs].strip()
    place = next((n for n in names if seg.startswith(n)), "")
    rest = _ITEM_HAVE.sub("", seg[len(place):])
    return x if place and len(rest) >= 2 and x.indicator.endswith(rest[-2:]) else None


_HAVE_OPEN = rx.compile(rf"\s*(?:其中)?\s*[,，:：]?\s*(?:{alternation(zh.PART_HAVE_WORDS)})?\s*")


def _have_parts(text: str, layout: Layout, cands: list[Cand]) -> None:
    """排查隐患46个,其中有5个已整改到位,有41个正在整改 / 受理诉求860件,其中正在办理48件: a count whose own words
    name nothing counted (其中有, 有, 另有, or only a status: 正在办理) counts a part of the larger count of the same unit
    before it, the part the status says: the whole's noun and the status (隐患已整改到位, 诉求正在办理)."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    for i, c in enumerate(by_vs):
        if c.measure != "count" or c.rank or c.item or "table" in c.extra or "place_item" in c.extra or \
                "subset" in c.extra:  # (27个行业大类中,有15个实现增长: named by its set already)
            continue
        ss, se = layout.sent_of(c.vs)
        k = max(ss, max(text.rfind(ch, ss, c.vs) for ch in ",，;；:：") + 1)
        hm = _HAVE_OPEN.match(text, k, c.vs)
        said = text[hm.end():c.vs].strip()
        status = ""
        if said:
            if not _status_only(said):
                continue  # (已完成子项目7个, 已开复工的项目26项: the count names its own noun)
            status = said
        if c.extra.get("noun") and not _STATUS_LEAD.match(c.extra["noun"]):
            continue  # 其中有5个乡镇…: the count names its own noun (正在整改 after it is a status)
        ce = min([text.find(ch, c.mend, se) for ch in ",，;；。" if text.find(ch, c.mend, se) >= 0] or [se])
        after = re.sub(r"^(?:均|都|全部)+|了$", "", text[c.mend:ce].strip())
        if not status:
            if not after or len(after) > 10 or _ANY_DIGIT.search(after) or not (_status_only(after) or _bare_verb(after)):
                continue
            status = after
        lo = layout.sent_of(ss - 1)[0] if ss > 0 and layout.para_of(ss - 1)[0] == layout.para_of(c.vs)[0] else ss
        j = text.rfind("其中", lo, c.vs)  # the whole stands before the 其中 opening its parts
        wholes = [x for x in by_vs[:i] if lo <= x.vs < (j if j >= 0 else k) and x.measure == "count" and x.unit == c.unit and not x.rank
                  and not _closed_before(text, x.vs, c.vs)
                  and x.indicator and "have_part" not in x.extra and x.value > c.value
                  and not _STATUS_LEAD.match(text, _HAVE_OPEN.match(text, _comma_clause_start(text, layout, x.vs)).end())]
        if not wholes:
            continue
        # 确定事项20项,完成17项,正在办理3项: a count whose noun the series lent it is a part too, not the whole
        wholes = [x for x in wholes if not x.extra.get("restored")] or wholes
        noun = _DONE_PREFIX.sub("", wholes[-1].indicator)
        if noun == wholes[-1].indicator and "的" not in noun:
            noun = _counted_noun(noun)  # 承办督办事项 → 督办事项 (纳入考核的民生实事: the verb heads a clause, kept)
        core = _STATUS_LEAD.sub("", status)
        if said and (c.indicator.endswith(noun) or c.indicator.startswith(core) and
                     len(c.indicator) - len(core) >= 2 and c.indicator[len(core):] in wholes[-1].indicator):
            continue  # 已办结12项 read as 办结督办事项 from the series: named already, by this whole
        if said and c.indicator.startswith(said) and _HEAD_NOUN.search(c.indicator):
            continue  # 未开复工10项 read as 未开复工的项目: it names its noun with its status already
        if len(noun) < 2 or _bare_verb(noun) or noun.endswith(core) or len(core) >= 4 and core in noun:
            continue  # (续建29项 …未开复工10项: no noun of a whole; 未达到序时进度的任务: the whole holds the status)
        was, c.indicator = c.indicator, shorten(noun + status, 24)
        c.extra["have_part"] = True
        y = by_vs[i + 1] if i + 1 < len(by_vs) else None
        if y is not None and y.measure == "share" and not y.rank and y.vs < se and y.indicator.startswith(was) and \
                _SHARE_RIGHT_AFTER.fullmatch(text, c.mend, y.vs):
            y.indicator = shorten(c.indicator + y.indicator[len(was):], 24)  # (正在办理18件,占60%: that part's share)


_SHARE_RIGHT_AFTER = rx.compile(r"\s*[,，、]?\s*(?:占比|占)(?:为|达)?\s*")
_DONE_PREFIX = rx.compile(rf"^(?:{alternation(zh.PART_WHOLE_VERBS)})(?=[\u4e00-\u9fff]{{2}})")


_CLASS_LABEL = rx.compile(rf"[\u4e00-\u9fff]{{1,8}}(?:{alternation(zh.CLASS_LABEL_ENDS)})")
_CLASS_SET_FRAME = rx.compile(r"(?P<set>[\u4e00-\u9fff]{2,12}?)(?<![高初集])中\s*[,，:：]\s*")


def _class_parts(text: str, layout: Layout, cands: list[Cand]) -> None:
    """签约项目中,工业类12个、服务业类8个: a figure named only by a class (…类) in a list the words 〈set〉中 open counts
    that class of the set: 工业类签约项目."""
    for c in cands:
        if c.measure != "count" or c.rank or "subset" in c.extra or not _CLASS_LABEL.fullmatch(c.indicator):
            continue  # (27个行业大类中,有15个实现增长: 实现增长的行业大类 names the set's members already)
        ss, _ = layout.sent_of(c.vs)
        fm = None
        for fm in _CLASS_SET_FRAME.finditer(text, ss, c.vs):
            pass
        if fm is None or not _only_items(text, fm.end(), _comma_clause_start(text, layout, c.vs), []):
            continue
        whole = _strip_names(clean_phrase(SUBJECT_WORDS.sub("", _TIME_WORDS.sub("", fm.group("set")))), [c.subject])
        if len(whole) >= 2 and whole not in c.indicator:
            c.indicator = shorten(c.indicator + whole, 24)


def _aspect(text: str, layout: Layout, vs: int) -> str:
    """The aspect (城管 in 城管方面:…) the value's ;-part or sentence opens with, or its paragraph opens with as a
    run-in label (城管方面。/ 城管方面:), or the line above is (一、城管方面); else ""."""
    ps, _ = layout.para_of(vs)
    ss, _ = layout.sent_of(vs)
    k = max(ss, max(text.rfind(ch, ss, vs) for ch in ";；") + 1)
    for lo in dict.fromkeys((k, ss)):
        m = _ASPECT_HEAD.match(text, lo, vs)
        if m:
            return m.group("name")
    m = _ASPECT_HEAD.match(text, ps, vs)
    if m and text[m.end() - 1] in ":：。":
        return m.group("name")
    if ps > 0:
        qs, qe = layout.para_of(ps - 1)
        m = _ASPECT_HEAD.match(text, qs, qe)
        if m and not text[m.end():qe].strip(" \t\u3000:：。"):
            return m.group("name")
    return ""


def _aspects(text: str, layout: Layout, cands: list[Cand]) -> None:
    """城管方面:受理120件,满意率95%: a bare rate (满意率, 办结率) of a part an aspect opens is that aspect's (城管满意率)."""
    for c in cands:
        if c.measure != "share" or not _BARE_RATE.fullmatch(c.indicator):
            continue  # 地区生产总值 under 经济总量方面: a full name needs no aspect, and a theme is no split
        aspect = _aspect(text, layout, c.vs)
        if aspect and aspect not in c.indicator:
            c.indicator = shorten(aspect + c.indicator, 24)


_SET_RATE = rx.compile(r"(?P<stem>[\u4e00-\u9fff]{2,4})率")
# what may stand in the rate's clause beside the rate itself: 其中, 全县, a copula or a hedge
_RATE_OPENS = rx.compile(rf"[\s,，:：]*(?:其中|同时|{SUBJECT_WORDS.pattern})?[\s,，:：]*(?:为|达到|达|约|约为|已达|仅为|仅)?\s*")
_SET_NUMERATOR = rx.compile(r"已?[\u4e00-\u9fff]")


def _counts_done(indicator: str, stem: str) -> int:
    """办结重点民生实事 for 办结率, 新开工项目 for 开复工率: a count of the items that did what the rate's verb says
    (its first and last characters in order), the numerator of the rate: where its verb ends, else -1."""
    i = indicator.find(stem[0])
    j = indicator.find(stem[-1], i + 1) if i >= 0 else -1
    return j + 1 if j > 0 else -1


def _set_rates(text: str, layout: Layout, cands: list[Cand]) -> None:
    """A bare rate of an action (开工率, 办结率, 整改率) is the rate over the set the text counted before it:
    列入省重点项目48个。…开工率为75% → 省重点项目开工率; 排查隐患320处,已整改296处,整改率92.5% → 安全隐患整改率.
    The last count before the rate in its paragraph (else the paragraph before) names the set: the numerator's own
    noun (已办结督办事项163项 → 督办事项), else the last count of the numerator's unit that is no numerator.  A rate
    of people (出生率, 就业率) is no rate over items, and a count that names no set leaves the rate bare."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    starts = [c.vs for c in by_vs]
    mends = {c.mend for c in by_vs}
    for c in by_vs:
        m = _SET_RATE.fullmatch(c.indicator) if c.measure == "share" and not c.item else None
        if m is None or not _bare_verb(m.group("stem")):
            continue
        stem = m.group("stem")
        cs = _comma_clause_start(text, layout, c.vs)
        k = text.rfind("、", cs, c.vs)
        if k >= 0 and k in mends:
            cs = k + 1  # 开复工27个、开复工率90%: a 、 after a figure opens the rate's own item
        if not _RATE_OPENS.fullmatch(_TIME_WORDS.sub("", text[cs:c.vs]).replace(c.indicator, "", 1)):
            continue  # the rate as the clause writes it (城管方面…满意率: the aspect named it already)
        ps, _ = layout.para_of(c.vs)
        lo = layout.para_of(ps - 1)[0] if ps > 0 else ps
        i = bisect.bisect_left(starts, c.vs)
        prior = [x for x in by_vs[bisect.bisect_left(starts, lo):i] if x.measure == "count" and not x.rank and
                 x.indicator and x.comparator == "="]
        if any(x.vs >= ps for x in prior):
            prior = [x for x in prior if x.vs >= ps]
        unit = ""
        # 完成17项,正在办理3项,完成率85%: the items after the numerator are parts of the set, no set of their own
        numerator = any(_counts_done(x.indicator, stem) >= 0 for x in prior)
        for x in reversed(prior):
            if base_unit(x.unit) in zh.PERSON_UNITS:
                break  # 常住人口…,出生率: a rate of people, named by its own word
            if unit and x.unit != unit:
                continue  # 分解交办给46个承办单位 between 议定事项 and 已办结163项: who does it is no set of items
            k = _counts_done(x.indicator, stem)
            if numerator and not unit and k < 0:
                continue
            if k < 0 and stem in zh.START_RATE_STEMS and x.indicator.startswith(zh.STARTED_STAGES):
                continue  # 在建项目223个,竣工项目60个,开工率73%: started parts of the set, the rate is over the set
            if k >= 0:
                unit = x.unit
                name = _set_name(x.extra.get("restored_noun") or x.indicator[k:].lstrip("的"))
                if len(name) < 3:
                    continue  # 新开工项目42个: 项目 alone; the set is counted before
            else:
                name = _set_name(x.indicator)
            # (确定事项20项,完成17项,…,完成率: the set the numerator's chain opened with is named, however short)
            least = 2 if numerator and k < 0 and name not in zh.GENERIC_HEADS[:2] else 3
            if len(name) >= least and not _BARE_RATE.fullmatch(name) and name not in c.indicator:
                c.indicator = shorten(name + c.indicator, 24)
            break


def _set_amounts(text: str, layout: Layout, cands: list[Cand]) -> None:
    """今年全市共安排省重点项目48个。总投资320亿元,年度计划投资85亿元: a bare amount of projects (总投资, 年度计划投资,
    完成投资) in the sentences after the count of a set of projects, in the same paragraph and of the same subject,
    is that set's, as it is in the count's own sentence; another count in between ends the set's reach."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    last: Cand | None = None
    for c in by_vs:
        if c.measure == "count" and not c.rank:
            # (续建项目30个,新开工项目18个。完成投资…: two sets counted side by side, the amount is neither's)
            alone = last is None or layout.sent_of(last.vs)[0] != layout.sent_of(c.vs)[0]
            last = c if alone and c.indicator and _PROJECT_END.search(c.indicator) else None
            continue
        if last is None or c.item or not _SPLIT_MEASURE.fullmatch(c.indicator or "x") or c.extra.get("design"):
            continue  # (加快建设某高铁,总投资120亿元: the project named in its sentence, no set counted before)
        if layout.para_of(c.vs)[0] != layout.para_of(last.vs)[0] or layout.sent_of(c.vs)[0] == layout.sent_of(last.vs)[0] \
                or c.subject != last.subject:
            continue
        name = _set_name(last.indicator)
        if len(name) >= 3 and name not in c.indicator:
            c.indicator = shorten(name + c.indicator, 24)


_PLAN_NOUN_END = rx.compile(rf"(?:年度|年)?(?:{alternation(zh.PLAN_COMPARED_NOUNS)})$")


def _named_measure(indicator: str, noun: str) -> str:
    """全社会固定资产投资目标 → 全社会固定资产投资: the measure a figure names, without the plan word after it, when it
    ends in ``noun`` and says more than the bare deed (完成投资, 计划投资 name no measure of their own); else ""."""
    name = _PLAN_NOUN_END.sub("", indicator)
    if not name.endswith(noun) or len(name) <= len(noun) + 1 or name in zh.SPLIT_MEASURES or \
            name in zh.BARE_DONE_AMOUNTS or _PROJECT_END.search(name[:-len(noun)]):
        return ""
    return name


def _named_measure_done(text: str, layout: Layout, cands: list[Cand]) -> None:
    """全社会固定资产投资目标为1300亿元。1至7月,全州共完成投资861亿元,同比增长30%: an amount named by the bare deed
    (zh.BARE_DONE_AMOUNTS) in the sentence right after one naming the measure of that noun, of the same subject, with no
    set counted between (a set's amounts are the set's: _set_amounts), is an amount of that measure, and so are the
    figures after it in its sentence that the deed named (增长30%).  The figure opens its sentence: the measure named
    before is the one spoken of."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    for i, c in enumerate(by_vs):
        if c.measure != "level" or c.item or c.rank or c.indicator not in zh.BARE_DONE_AMOUNTS:
            continue
        ss, se = layout.sent_of(c.vs)
        if ss == 0 or layout.para_of(ss - 1)[0] != layout.para_of(ss)[0]:
            continue
        ps = layout.sent_of(ss - 1)[0]
        before = [x for x in by_vs[:i] if ps <= x.vs < c.vs]
        if not before or any(x.measure == "count" for x in before):
            continue
        noun = zh.PLAN_AMOUNT_NOUN
        named = [x for x in before if x.vs < ss and x.subject == c.subject and _named_measure(x.indicator, noun)]
        if not named or any(x.vs >= ss for x in before):
            continue
        old, name = c.indicator, _named_measure(named[-1].indicator, noun)
        for x in by_vs[i:]:
            if x.vs >= se:
                break
            if x.indicator == old or x is c:
                x.indicator = name
            elif x.indicator.startswith(old):
                x.indicator = shorten(name + x.indicator[len(old):], 24)


def _label_count(text: str, layout: Layout, vs: int) -> str:
    """续建项目:共32个 / 新开工项目:18个: the label before the colon names what the count counts; "" otherwise."""
    ss, _ = layout.sent_of(vs)
    k = max(ss, max(text.rfind(ch, ss, vs) for ch in ";；\n") + 1)
    m = _LABEL_COUNT.fullmatch(text, k, vs)
    if m:
        return clean_phrase(m.group("label"))
    if _COUNT_OPENS.fullmatch(text, k, vs):
        # 续建项目\n38个,… / 二、续建项目。38个,…: a count opening its line under a heading that is only a label
        ls = text.rfind("\n", 0, max(0, k - 1)) + 1
        hm = _HEADING_LABEL.fullmatch(text, ls, k)
        if hm:
            return clean_phrase(hm.group("label"))
    return ""


# (an Arabic number and the spaces after a figure taken whole, (?>…) and \s*+, and a Chinese number never opening
# right after a numeral character, which the number before would have taken: with nothing required between two
# figures, one regex cut a line of 24 digits, of numerals or of figures and spaces every way and never finished)
_FIGURE_LINE = rx.compile(rf"\s*+(?:(?:{alternation(zh.FIGURE_LINE_CUES)})?\s*(?:(?>{ARABIC})|(?<![零〇一二两三四五六七八九十百千]){CHINESE})"
                          rf"(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})?(?:以上|左右)?[,，;；。]?\s*+)+")
_BARE_LABEL = rx.compile(rf"\s*(?:{zh.ITEM_LABEL})?\s*(?P<label>[\u4e00-\u9fff（）()]{{2,16}})\s*[:：]?\s*")
LABEL_LINES = 3  # figure lines walked up to the label line above them


def _line_label(text: str, c: Cand) -> str:
    """The bare label line a value's line stands under (地区生产总值 / 56.2亿元 / 增长6.5%), or "".  Only lines made of
    figures alone lie between; the value's own line holds nothing else."""
    ls = text.rfind("\n", 0, c.vs) + 1
    le = text.find("\n", c.vs)
    le = len(text) if le < 0 else le
    if not _FIGURE_LINE.fullmatch(text, ls, le):
        return ""
    for _ in range(LABEL_LINES):
        if ls == 0:
            return ""
        pe = ls - 1
        ls = text.rfind("\n", 0, pe) + 1
        if _FIGURE_LINE.fullmatch(text, ls, pe):
            continue
        m = _BARE_LABEL.fullmatch(text, ls, pe)
        return clean_phrase(m.group("label")) if m else ""
    return ""


# --------------------------------------------------------------------------- generic heads (项目7项)

_ENUM_LABEL = rx.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．])\s*")
HEADING_LOOKBACK = 1500


_EVENT_QUALIFIER = alternation(zh.PROJECT_EVENT_QUALIFIERS)
_PLACE_PART_LEAD = rx.compile(r"其中|分别|另外|此外")


_LINE_MARK = rx.compile(r"[。;；,，]")


def _event_head(text: str, layout: Layout, vs: int, head: str, names: list[str]) -> str:
    """集中开工 + 项目 when the sentence before the bare ``head`` (or, when it names nothing before the value, the
    sentence before it in the paragraph) says what happened to such projects (重大项目集中开工 / 集中开工的项目 /
    本次集中开工共有项目); "" otherwise."""
    pat = re.compile(rf"(?P<a>{_EVENT_QUALIFIER})(?:的)?[\u4e00-\u9fff]{{0,4}}?{re.escape(head)}|"
                     rf"{re.escape(head)}(?:已)?(?P<b>{_EVENT_QUALIFIER})")
    ss, _ = layout.sent_of(vs)
    spans = [(ss, vs)]
    ps, _ = layout.para_of(vs)
    said = _strip_names(_TIME_WORDS.sub("", SUBJECT_WORDS.sub("", text[ss:vs])), names).replace(head, "")
    if ss > ps and not _PLACE_PART_LEAD.sub("", said).strip(" ,，:：;；共有计"):
        spans.append((layout.sent_of(ss - 1)[0], ss))
    for lo, hi in spans:
        hits = list(pat.finditer(text, lo, hi))
        if hits:
            return (hits[-1].group("a") or hits[-1].group("b")) + head
    if not said.strip(" ,，:：;；"):
        # 项目32个 opening its sentence under a heading (or headline) naming the event: 某县重大项目集中开工
        p = ps - 1
        lo = max(0, vs - HEADING_LOOKBACK)
        while p > lo:
            qs, qe = layout.para_of(p - 1)
            line = text[qs:qe].strip()
            if line and len(line) <= HEADING_MAX and not _LINE_MARK.search(line[:-1]):
                m = pat.search(text, qs, qe)
                return (m.group("a") or m.group("b")) + head if m else ""
            p = qs - 1
    return ""


def _named_head(text: str, layout: Layout, vs: int, head: str, names: list[str]) -> str:
    """The phrase ending in ``head`` that the sentence names before the value (省重点项目:项目7项), else the one
    the nearest heading line above names (一、省重点项目推进情况 … 项目7项); "" when neither names one."""
    rx = re.compile(rf"[\u4e00-\u9fff]{{1,10}}?{re.escape(head)}")

    def phrase_in(seg: str) -> str:
        seg = _strip_names(SUBJECT_WORDS.sub("", _TIME_WORDS.sub("", _ENUM_LABEL.sub("", seg))), names)
        hits = [clean_phrase(m.group()) for m in rx.finditer(seg)]
        hits = [h for h in hits if len(h) > len(head) and h.endswith(head)]
        return hits[-1] if hits else ""

    ss, _ = layout.sent_of(vs)
    cs = _comma_clause_start(text, layout, vs)
    got = phrase_in(text[ss:cs]) if cs > ss else ""
    if got:
        return got
    ps, _ = layout.para_of(vs)
    p = ps - 1
    lo = max(0, vs - HEADING_LOOKBACK)
    while p > lo:
        qs, qe = layout.para_of(p - 1)
        line = text[qs:qe].strip()
        if line and len(line) <= HEADING_MAX and not _LINE_MARK.search(line[:-1]):
            return phrase_in(line)
        p = qs - 1
    return ""


# --------------------------------------------------------------------------- subsets (21个市(州)中有18个完成…)

# A、B等 (not 等级, 高等, 同等 …): examples of what is named after them
_EXAMPLES = rx.compile(rf"^.*?(?<![高中初上平同对均相优劣次])(?:{zh.EXAMPLES_END})(?![级待同于额])")
_SET_FRAME_IN = rx.compile(rf"(?P<head>{alternation(zh.GENERIC_HEADS)})中(?![心标介小学国外])(?=[\u4e00-\u9fff])")
_EXAMPLE_HEAD = rx.compile(rf"(?:{alternation(zh.EXAMPLE_ENTITY_HEADS)})$")
_MEASURE_VERB_IN = rx.compile(rf"({'|'.join(sorted(MEASURE_VERBS, key=len, reverse=True))})(了)?")
# 27个重点工程中甲路、乙路等19个: a clause opening with a count of a set and 中 frames the examples after it as members
_COUNTED_SET_FRAME = rx.compile(rf"\s*(?:其中)?[,，:：]?\s*(?:{ARABIC}|{CHINESE})\s?(?:{alternation(zh.SET_COUNTERS + ('件',))})"
                                rf"(?P<group>[\u4e00-\u9fff]{{2,12}}?)(?<![高初集])中(?=[\u4e00-\u9fff])")
_SET_FRAME_END = rx.compile(r"(?<![高初集])中$")  # 重点项目中 frames a set; 高中, 初中 are schools
_COUNT_WORD_LEAD = rx.compile(r"^(?:多|余)?(?:个|项|家|所|座|条|处|批|名|户|种)")
_SUBSET_CLAUSE = rx.compile(r"(?P<group>[\u4e00-\u9fff()（）、]{2,14}?)(?<![高初集])中[,，:：]$")
_SUBSET_OF = rx.compile(r"(?P<group>[\u4e00-\u9fff()（）、]{1,14}?)(?<![高初集])中(?:有|共有|共)?$")


_BRACKETS_DUNHAO = rx.compile(r"[()（）、]")
_FRAME_BEFORE = rx.compile(r"(?<![高初集])中[,，]?$")
_HELD_BY_SET = rx.compile(r"\s*(?:有|共有)\s*")
_LEVEL_HEADS = frozenset("省市县区镇乡村")  # a set of places (县市区) names its members by their level (重点县)


# 38个工业行业中有29个 / 216种产品中,142种: a counted set and 中, then the count of its members
_COUNTED_SET_MEMBERS = rx.compile(rf"(?:{ARABIC})\s?(?:{alternation(zh.SET_COUNTERS + zh.MEMBER_SET_COUNTERS)})(?P<set>[\u4e00-\u9fff]{{2,10}}?)"
                                  rf"(?<![高初集])中[,，]?(?:有|共有)?\s?(?:{ARABIC})")


def _breadth_set(text: str, layout: Layout, vs: int) -> str:
    """The set a growth breadth (增长面) at ``vs`` is taken over: the last set its sentence counts with the count of its
    members after 中 (38个工业行业中有29个行业产值实现增长,增长面为76.3% → 工业行业); "" when the sentence frames none."""
    ss, _ = layout.sent_of(vs)
    found = ""
    for m in _COUNTED_SET_MEMBERS.finditer(text, ss, vs):
        found = m.group("set")
    return found


def _subset_indicator(text: str, layout: Layout, c: Cand, pre: str, counted: str) -> str:
    """X中有N个完成年度计划: N counts the members of the group X that did what follows (完成年度计划的市(州));
    重点项目中,已开工35个: a bare verb counts the members of the group the clause before names."""
    bare = _VALUE_TOKEN.sub("", pre)
    m = _SUBSET_OF.search(bare)
    # (35个争取开工项目中|有15个: the noun's end took the 中; 36个行业大类中,|有25个: the comma after it)
    framed = _FRAME_BEFORE.search(text, max(0, c.vs - len(pre) - 2), c.vs - len(pre)) is not None
    if m is None and counted and (re.fullmatch(r"中(?:有|共有|共)?", bare) or
                                  framed and re.fullmatch(r"(?:有|共有|共)", bare)):
        group = counted  # 38个行业大类中34个…: the group is the noun just counted
    elif m is None:
        ccs = _comma_clause_start(text, layout, c.vs)
        ss, _ = layout.sent_of(c.vs)
        g = _SUBSET_CLAUSE.search(text, max(ss, ccs - 18), ccs)
        verb = clean_phrase(_TIME_WORDS.sub("", bare))
        held = _HELD_BY_SET.fullmatch(bare) is not None  # 36个行业大类中,有25个…: the members, what follows says
        if g is None or not held and (not verb or not _bare_verb(verb)):
            return ""
        group = clean_phrase(SUBJECT_WORDS.sub("", _TIME_WORDS.sub("", g.group("group"))))
        group = _COUNT_WORD_LEAD.sub("", _VALUE_TOKEN.sub("", group))  # 43个重点项目中: the count is no part of it
        if not held:
            return shorten(verb + group, 24) if len(group) >= 2 else ""
        if len(group) < 2:
            return ""
    else:
        group = clean_phrase(SUBJECT_WORDS.sub("", _TIME_WORDS.sub("", m.group("group"))))
    if len(_BRACKETS_DUNHAO.sub("", group)) < 1 or group in ("其", "其中", "这", "此"):
        return ""
    what = re.sub(r"^(?:以上|以下|左右|多|余)+", "", text[c.mend:c.ee])
    what = re.sub(r"^(?:均|都|已|已经|全部)+|(?:了)$", "", re.split(r"[,，;；。、\n]", what)[0].strip())
    if not what or len(what) > 14 or _VALUE_TOKEN.search(what):
        return shorten(group, 24)
    if len(group) >= 2 and (what[-1] == group[-1] or what[-1] in _LEVEL_HEADS and what[-1] in group):
        # 签约的9个项目中,有5个二产项目 / 12个县市区中,有4个重点县: the count names its members by the set's own head
        # noun (a verb's last character met inside the set's name is none: 80个重点建设项目中79个开工建设)
        return ""
    if len(what) > 4 and what[:2] in group:
        what = what[2:]  # 38个工业行业中有29个行业产值实现增长: the members' noun repeats the set's, said once
    return shorten(what + "的" + group, 24)


# --------------------------------------------------------------------------- splits (其中省级5项,概算投资…)

_SPLIT_MEASURE = rx.compile(rf"(?:累计|已|共|合计|实际|当年|年度)?(?:{alternation(zh.SPLIT_MEASURES)})"
                            r"(?:占比|比例|比重|的比例|进度)?")
_PART_END = rx.compile(r"[;；。!?！？\n]")
# 共32个 / 具体由各责任单位负责推进,共32个: what opens a count that names nothing itself
_COUNT_OPENS = rx.compile(rf"\s*(?:(?:{alternation(zh.DUTY_OPENERS)})[^,，;；。:：\d]{{1,20}}?(?:{alternation(zh.DUTY_VERBS)})"
                          r"[^,，;；。:：\d]{0,10}[,，])?\s*(?:共|共有|合计|计)?")
# 二、续建项目 / 市级重点项目(包含预备项目): a heading that is only a label (a bracketed remark after it allowed)
_HEADING_LABEL = rx.compile(rf"\s*(?:{zh.ITEM_LABEL})?\s*(?P<label>[\u4e00-\u9fff]{{1,12}}(?:{alternation(zh.SHARED_HEADS)}))"
                            rf"(?:[(（](?:{alternation(zh.REMARK_OPENERS)})[^()（）\n]{{0,30}}[)）])?\s*[。:：]?\s*")
_GROUP_NOUN_END = rx.compile(rf"(?:{alternation(zh.PROJECT_LIST_HEADS)})$")
_GROUP_NOUN_IN = rx.compile(alternation(zh.PROJECT_LIST_HEADS))
# 从投资主体看:政府投资类项目:61个,总投资…;1-6月完成投资… : a sentence opened by the view a breakdown takes, then a
# class label and its colon
_VIEW_LEAD = rx.compile(rf"(?:{alternation(zh.VIEW_LEAD_OPENERS)})[\u4e00-\u9fff]{{1,8}}?"
                        rf"(?:{alternation(zh.VIEW_LEAD_CLOSERS)})\s*[:：,，]")
_LABEL_COUNT = rx.compile(rf"\s*(?:{_VIEW_LEAD.pattern})?\s*(?P<label>[\u4e00-\u9fff]{{1,12}}(?:{alternation(zh.SHARED_HEADS)}))[:：]\s*(?:共|共有|合计|计)?")
_SPLIT_OPEN = rx.compile(r"其中[,，:：]?\s*")


_CARRY_SPLIT_MARK = rx.compile(r"[,，、:：;；。]")


_CARRY_CLAUSE_MARK = rx.compile(r"[,，、:：]")


def _carry_splits(text: str, layout: Layout, cands: list[Cand]) -> None:
    """其中省级5项,概算投资60.2亿元,完成投资8.8亿元;市级14项,…: a count opening a part after 其中 (and each
    ;-part of the series it starts) names a split of the whole; the bare amounts of that part (概算投资, 完成投资,
    总投资 …) are the split's, so they take its noun."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    split_sent = -1  # the sentence whose 其中 opened a series of splits
    split: Cand | None = None
    part_end = -1
    series_end = -1  # the end of the last line of a series of split lines (其中:⏎省级6项,…⏎市级5项,…)
    for c in by_vs:
        if c.vs >= part_end:
            split = None
        if c.measure == "count" and not c.rank and c.indicator and c.group < 0:
            ss, _ = layout.sent_of(c.vs)  # (the label of 续建项目:共32个 named the count in _label_count)
            k = max(ss, max((text.rfind(ch, ss, c.vs) for ch in ";；\n"), default=-1) + 1)
            j = text.rfind("其中", k, c.vs)
            m = _SPLIT_OPEN.match(text, j, c.vs) if j >= 0 else None
            head = text[m.end() if m else k:c.vs]
            opened = m is not None
            by_line = m is None and _split_line(text, k, series_end)
            if by_line and len(head) <= SPLIT_LINE_HEAD and not _CARRY_SPLIT_MARK.search(head):
                split = c  # 其中:⏎省级6项,概算投资140亿元,…: a line of the series the 其中 closing the line above opened
                series_end = text.find("\n", c.mend)
                part_end = series_end if series_end >= 0 else len(text)
                continue
            if opened or split_sent == ss:
                # 其中,甲类项目69个、总投资657亿元,乙类项目34个、总投资341亿元: each comma part of the series a
                # count of its own opens is a split too, as each ;-part is
                ck = max(text.rfind(ch, m.end() if m else k, c.vs) for ch in ",，")
                if ck >= 0:
                    head = text[ck + 1:c.vs]
            lm = _LABEL_COUNT.fullmatch(head) if not opened else None
            if lm and c.indicator:
                split = c  # 续建项目:共32个,年度计划投资56亿元: the label's amounts
                pe = _PART_END.search(text, c.mend)
                part_end = pe.start() if pe else len(text)
                continue
            # 续建项目38个,年度计划投资60亿元,完成投资45亿元: a list of projects counted at the head of its part
            # names the part's bare amounts just as a split after 其中 does
            heads_part = not opened and _GROUP_NOUN_END.search(c.indicator) is not None
            if (opened or split_sent == ss or heads_part) and len(head) <= 14 and not _CARRY_CLAUSE_MARK.search(head):
                if opened:
                    split_sent = ss
                split = c
                pe = _PART_END.search(text, c.mend)
                part_end = pe.start() if pe else len(text)
                continue
        # (an amount named by its subject alone, 其中:某某公司1.1亿元, has no indicator yet: the part's measure too)
        if split is None and c.measure == "level" and is_money(c.unit) and not _AMOUNT_NOUN.search(c.indicator):
            _label_amount(text, layout, c, by_vs)
            continue
        if split is None or c is split or c.item or c.extra.get("size_of_named"):
            continue  # (其中甲县1个,为总投资80亿元的某项目: the work's own size, no split's amount)
        bare = _TIME_WORDS.sub("", c.indicator)
        named = _whole_of_stage_count(split) if c.measure == "level" else ""
        if named and c.indicator == named + bare:
            continue  # (其中,373个实施类项目开工320个,完成投资…: the amount of the part's whole, named already)
        if c.measure in ("level", "delta", "share") and _SPLIT_MEASURE.fullmatch(bare) and \
                split.indicator not in c.indicator:
            c.indicator = shorten((named or split.indicator) + bare, 24)


SPLIT_LINE_HEAD = 8  # characters of a split line's label before its count (省级, 乡镇级, 市级重点项目)
_SPLIT_OPEN_LINE = rx.compile(r"其中\s*[:：]?\s*$")


def _split_line(text: str, k: int, series_end: int) -> bool:
    """Whether the part starting at ``k`` opens a line of a series of splits written a line each: the line above ends
    with the 其中 that opens them (…完成投资77.57亿元。其中:⏎省级6项,…), or is itself the series' last line."""
    if k <= 0 or text[k - 1] != "\n":
        return False
    if series_end >= 0 and k - 1 == series_end:
        return True
    ls = text.rfind("\n", 0, k - 1) + 1
    return _SPLIT_OPEN_LINE.search(text, ls, k - 1) is not None


_AMOUNT_NOUN = rx.compile(alternation(zh.AMOUNT_NOUNS))
_MEASURE_END = rx.compile(rf"(?:{alternation(zh.SPLIT_MEASURES)})$")


_LABEL_MARK = rx.compile(r"[;；:：,，。]")


def _component_of(part: str, whole: str) -> bool:
    """Does the whole's name hold the part, written out or compressed with a sibling: 出口 in 进出口总额, and so 进口
    (进出口 = 进口 + 出口, zh.COORDINATED), 贷款 in 存贷款余额?"""
    if part in whole:
        return True
    return any(short in whole and any(part == x or part.startswith(x) and whole.endswith(part[len(x):])
                                      for x in parts)
               for short, parts in zh.COORDINATED.items())


def _label_amount(text: str, layout: Layout, c: Cand, by_vs: list[Cand]) -> None:
    """完成固定资产投资1200亿元,其中市本级300亿元 / 其中省级项目40亿元、市级项目25亿元: an amount after 其中 named
    only by a part (市本级, 省级项目) is that part's share of the amount stated before 其中: part + its measure."""
    ss, _ = layout.sent_of(c.vs)
    j = text.rfind("其中", ss, c.vs)
    if j < 0:
        return
    between = text[j + 2:c.vs]
    # 其中:农业30亿元,增长3%;林业3亿元 / 其中,第一产业18亿元,第二产业45亿元: each part of the series 其中 opens
    # is named by a short label of its own
    label = between.lstrip(",，:： ")
    k = max(label.rfind(ch) for ch in ";；,，")
    series = k >= 0
    label = label[k + 1:] if series else label
    # the parts may be listed with 、 (省级项目40亿元、市级项目25亿元), never across another clause
    if len(label) > (8 if series else 40) or _LABEL_MARK.search(label) or not series and \
            any(j < x.vs < c.vs and not (x.measure == "level" and is_money(x.unit)) for x in by_vs):
        return
    lo = ss
    if not text[ss:j].strip() and ss > 0 and layout.para_of(ss - 1)[0] == layout.para_of(ss)[0]:
        lo = layout.sent_of(ss - 1)[0]  # 总产值50亿元。其中,林业3亿元: a sentence opening with 其中 splits the one before
    whole = [x for x in by_vs if lo <= x.vs < j and x.measure == "level" and is_money(x.unit) and x.indicator]
    if not whole:
        return
    w = whole[-1].indicator
    if len(c.indicator) >= 2 and _component_of(c.indicator, w):
        return  # 进出口总额1.2亿美元,其中出口8000万美元: a component the whole's own name holds names itself
    m = _MEASURE_END.search(w)
    pm = _PART_MEASURE.search(w)
    measure = m.group() if m and len(m.group()) >= 3 else zh.PART_MEASURES[pm.group()] if pm else w
    if c.indicator.endswith(measure):
        return
    c.indicator = shorten(c.indicator + measure, 24)


_PART_OPENER = rx.compile(alternation(zh.PART_OPENERS))
_SECTOR = rx.compile(r"[\u4e00-\u9fff]{1,7}业")
_RATE_WORDS = rx.compile(r"率|数$|比重|占比|增速|增幅|增长|年均|指数")
# 林业:产值3亿元 / 二、林业。产值3亿元: a short label opening the part, then the bare measure
_PART_LABEL = rx.compile(rf"\s*(?:{zh.ITEM_LABEL})?\s*(?P<label>[\u4e00-\u9fff]{{2,8}})[:：。]\s*")
_BARE_PART_MEASURES = frozenset(zh.PART_MEASURES.values())
_LABEL_LEAD_END = rx.compile(rf"(?:{alternation(zh.LEAD_WORDS)})$")


_SECTOR_ITEM = rx.compile(r"[\u4e00-\u9fff]{1,4}")


def _sector_parts(text: str, layout: Layout, cands: list[Cand]) -> None:
    """A part named by its sector alone measures what its whole measures, in the part's form: 农林牧渔业增加值28亿元。
    其中,农业增长3.1% → 农业增加值; 规上工业增加值增长8%。分行业看,制造业增长9% → 制造业增加值.  And a bare measure
    under a sector's label is that sector's: 林业:产值3亿元,增长2% → 林业产值."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    for i, c in enumerate(by_vs):
        # (其中水稻、玉米分别为20万亩、25万亩: an item of a 分别 list named by its sector alone is a part too)
        bare_item = bool(c.item) and c.measure == "level" and _SECTOR_ITEM.fullmatch(c.indicator or "") is not None
        if c.measure not in ("level", "growth", "count") or c.item and not bare_item or not c.indicator:
            continue
        ss, _ = layout.sent_of(c.vs)
        k = max(ss, max(text.rfind(ch, ss, c.vs) for ch in ";；\n") + 1)
        if c.indicator in _BARE_PART_MEASURES and c.measure != "count":
            lm = _PART_LABEL.match(text, k, c.vs)
            label = lm.group("label") if lm else ""
            if label and label not in (c.subject, c.extra.get("subject_written")) and not _LABEL_LEAD_END.search(label) and \
                    not SUBJECT_WORDS.search(label) and not _TIME_WORDS.search(label):
                c.indicator = shorten(label + c.indicator, 24)
            continue
        if len(c.indicator) > 8 and not _JOINED_NAME.fullmatch(c.indicator) or _AMOUNT_NOUN.search(c.indicator) or \
                _RATE_WORDS.search(c.indicator) or _PART_MEASURE.search(c.indicator):
            continue  # (牛出栏3.2万头 after 生猪存栏…,其中…: a measure of its own; 信息传输、软件和信息技术服务业 is a sector)
        # the whole: the last figure before the part opener, in the sentence or the one before it
        lo = layout.sent_of(ss - 1)[0] if ss > 0 and layout.para_of(ss - 1)[0] == layout.para_of(c.vs)[0] else ss
        op = None
        for op in _PART_OPENER.finditer(text, lo, c.vs):
            pass
        if op is None and _SECTOR.fullmatch(c.indicator) and c.indicator not in zh.NOT_SECTOR_WORDS:
            # 总产值50亿元,增长3.5%。农业30亿元,增长3%;林业3亿元: a run of sectors' own figures after the whole, each
            # figure before it in the paragraph being the whole's or an earlier sector's
            ps, _ = layout.para_of(c.vs)
            before = [x for x in by_vs[:i] if x.vs >= ps and x.measure in ("level", "growth") and x.indicator][-2:]
            if not before or any(not _PART_MEASURE.search(x.indicator) for x in before):
                continue
            wholes = before
        elif op is None:
            continue
        else:
            wholes = [x for x in by_vs[:i] if lo <= x.vs < op.start() and x.measure in ("level", "growth", "count") and
                      x.indicator and (x.measure == "count") == (c.measure == "count")]
        pm = _PART_MEASURE.search(wholes[-1].indicator) if wholes else None
        if pm is None:
            continue
        same = [x for x in wholes if x.measure == c.measure]
        if c.measure == "count" and not same:
            continue  # 城镇新增就业4万人 after 居民收入…: a count is a part of a counted whole only
        if c.measure != "growth" and same and unit_class(c.unit) != unit_class(same[-1].unit):
            continue  # 播种面积120万亩,其中新建基地3个: a part is stated in the whole's unit
        part = zh.PART_MEASURES[pm.group()]
        if wholes[-1].indicator == c.indicator + part:
            c.indicator = wholes[-1].indicator  # 农业30亿元,增长3%: the part's growth after the part's amount
            continue
        if _component_of(c.indicator, wholes[-1].indicator) and not (
                _SECTOR.fullmatch(c.indicator) and c.indicator not in zh.NOT_SECTOR_WORDS and
                not wholes[-1].indicator.startswith(c.indicator)):
            # 进出口总额1.2亿美元,其中出口8000万美元: a component the whole's name holds names itself (a sector
            # written inside a run of sectors, 渔业 in 农林牧渔业, is no such component)
            continue
        if not c.indicator.endswith(part):
            c.indicator = shorten(c.indicator + part, 24)


_RESIDENCE_OPENER = rx.compile(alternation(zh.RESIDENCE_OPENERS + ("其中",)))
_RESIDENCE_LABEL = rx.compile(rf"\s*(?:(?:{_RESIDENCE_OPENER.pattern})\s*[,，:：]?)?\s*(?P<part>{alternation(zh.RESIDENCE_PARTS)})"
                              rf"(?:{zh.RESIDENT_HEAD})?\s*(?:为|是|达到|达|分别为|(?:{alternation(zh.GROWTH_VERBS)})了?)?\s*")


def residence_measure(part: str, whole: str) -> str:
    """城镇 under 全体居民人均可支配收入 → 城镇居民人均可支配收入, under 居民恩格尔系数 → 城镇居民恩格尔系数: the class of residence
    takes the place of whatever qualifies the residents the whole is of; a whole of no residents (社会消费品零售总额)
    is the part's measure written after the class (城镇社会消费品零售总额)."""
    i = whole.find(zh.RESIDENT_HEAD)
    return part + whole[i:] if i >= 0 else part + whole


def _sentence_before(layout: Layout, ss: int) -> int:
    """The start of the sentence before the one starting at ``ss`` in the same paragraph, else ``ss``."""
    if ss > 0 and layout.para_of(ss - 1)[0] == layout.para_of(ss)[0]:
        return layout.sent_of(ss - 1)[0]
    return ss


def _residence_whole(text: str, layout: Layout, c: Cand, before: list[Cand], k: int) -> Cand | None:
    """The figure a part named at ``k`` splits: the last one of the part's unit before the opener (其中, 分城乡看), in
    the sentence or, when nothing of it stands before the opener there, in the sentence before it."""
    op = None
    for op in _RESIDENCE_OPENER.finditer(text, _sentence_before(layout, layout.sent_of(c.vs)[0]), k):
        pass
    if op is None:
        return None
    lo = layout.sent_of(op.start())[0]
    if not text[lo:op.start()].strip():
        lo = _sentence_before(layout, lo)  # 支出18000元。其中,城镇24000元: the sentence 其中 opens splits the one before
    wholes = [x for x in before if lo <= x.vs < op.start() and x.unit == c.unit and not x.rank and x.indicator
              and not x.indicator.startswith(zh.RESIDENCE_PARTS)]
    return wholes[-1] if wholes else None


def _residence_parts(text: str, layout: Layout, cands: list[Cand]) -> None:
    """居民人均消费支出18000元,其中:城镇24000元,农村13000元 / 居民恩格尔系数为31.2%,其中城镇为29.8%,农村为35.7% / 居民消费
    价格上涨1.9%,其中城市上涨1.4% / 分城乡看,城镇居民36000元,增长5%: a figure named only by a class of residence, after
    其中 (or 分城乡看), splits the figure stated before the opener: its measure is the whole's for the residents of that
    class (城镇居民人均消费支出), its subject the whole's (城镇 is no town named 城, nor 农村 a place), and the figures after
    it in its part (增长5%) measure what it measures.  A whole of no residents keeps the measure its part was given (城镇零售额) unless it had none."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    for i, c in enumerate(by_vs):
        if c.rank or "table" in c.extra:
            continue
        ss, _ = layout.sent_of(c.vs)
        k = max(ss, max(text.rfind(ch, ss, c.vs) for ch in ",，;；:：、") + 1)
        m = _RESIDENCE_LABEL.fullmatch(text, k, c.vs)
        if m is None:
            continue
        whole = _residence_whole(text, layout, c, by_vs[:i], m.start("part"))
        if whole is None:
            continue
        part = m.group("part")
        old = c.indicator
        if zh.RESIDENT_HEAD in whole.indicator or old in ("", part, part + zh.RESIDENT_HEAD):
            c.indicator = shorten(residence_measure(part, whole.indicator), 24)
        c.subject = whole.subject
        for key in ("place_item", "subject_written"):
            c.extra.pop(key, None)
        # 城镇居民36000元,增长5%: the part's own change, up to the next part or the end of its clause run
        stop = _PART_END.search(text, c.mend)
        for x in by_vs[i + 1:]:
            if stop and x.vs >= stop.start() or _RESIDENCE_LABEL.fullmatch(
                    text, max(c.mend, max(text.rfind(ch, c.mend, x.vs) for ch in ",，;；:：、") + 1), x.vs):
                break
            if x.indicator == old and old != c.indicator:
                x.indicator = c.indicator
                x.subject = whole.subject


# --------------------------------------------------------------------------- group headings

# 一、产业项目。共38个,… / (二)基础设施项目组。实施项目860个,…: a numbered run-in heading naming a sector or a
# group of projects; the paragraph's figures are that group's.
_GROUP_HEAD = rx.compile(r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．])\s*"
                         rf"(?P<name>[\u4e00-\u9fff]{{2,12}}?(?:{alternation(zh.GROUP_HEADS)}))\s*[。:：]")


def _group_heading(text: str, layout: Layout, vs: int) -> str:
    """The sector or project group a paragraph's run-in heading names, when the value follows it; else ""."""
    ps, pe = layout.para_of(vs)
    m = _GROUP_HEAD.match(text, ps, pe)
    if m is None or m.end() > vs:
        return ""
    return "" if fact_scope.programme_name(m.group("name")) else m.group("name")  # (乡村振兴示范工程。到2025年,…)


# --------------------------------------------------------------------------- headless measures

_CLASS_NAME = rx.compile(rf"(?!{alternation(zh.NOT_CLASS_LEADS)})[\u4e00-\u9fff“”\"]{{1,14}}?"
                         rf"(?:{alternation(zh.GROUP_HEADS)}|{zh.CLASS_HEAD_MARK})")
# 产业发展项目组:年度计划…,完成… / 2.文旅项目:共12个,…: a line opened by a class label and a colon
_LINE_CLASS = rx.compile(rf"\s*(?:{zh.ITEM_LABEL})?\s*(?P<name>{_CLASS_NAME.pattern})\s*[:：]")
_SENT_CLASS = rx.compile(rf"\s*(?:[■●◆▲—\-]+\s*)?(?:{zh.ITEM_LABEL})?\s*(?:{_VIEW_LEAD.pattern})?\s*"
                         rf"(?P<name>{_CLASS_NAME.pattern})\s*[:：]")
def _clause_label(text: str, ss: int, vs: int) -> re.Match | None:
    """The class label and colon opening the nearest clause before ``vs`` in its ;-part of the sentence (其中建设类项目:
    已开工58个,已竣工12个: the label goes on over the clauses after it), or None."""
    part = max(ss, max(text.rfind(ch, ss, vs) for ch in ";；") + 1)
    starts = [part] + [k + 1 for k in range(part, vs) if text[k] in ",，"]
    for k in reversed(starts):
        m = _CLAUSE_CLASS.match(text, k, vs)
        if m is not None:
            return m
    return None


_CLAUSE_CLASS = rx.compile(rf"\s*(?:其中|另外|此外)?\s*(?P<name>{_CLASS_NAME.pattern})\s*[:：]")
# 三、农业农村类 / (二)省重点项目 / 一、续建项目推进情况: a heading that is only a class (what is said of it may follow)
_HEADING_CLASS = rx.compile(rf"\s*(?:{zh.ITEM_LABEL})?\s*(?P<name>{_CLASS_NAME.pattern})"
                            r"(?:(?:推进|建设|进展|完成|实施|投资)?(?:情况|进度))?\s*[:：。]?\s*")
_CLASS_END = rx.compile(rf"(?:{alternation(zh.GROUP_HEADS)}|{zh.CLASS_HEAD_MARK})$")
_CLASS_ACT = rx.compile(rf"(?P<act>[\u4e00-\u9fff]{{2}})(?:{alternation(zh.PROJECT_NOUNS)})$")
# 重点建设项目 / 省重点项目 / 市级重大项目 / 重点工程: a class of works named by its rank alone (the level of who lists it,
# 重点 or 重大, what kind of work), ending the name of the whole a breakdown by stage splits (the words before it, a
# place or the verb planning it, 安排, are no part of the class); a whole named by an act or event (集中开竣工项目, 签约项目)
# is no such class
_RANKED_CLASS = rx.compile(rf"(?:(?:{alternation(zh.RANKED_CLASS_LEVELS)})级?)?(?:{alternation(zh.RANKED_CLASS_MARKS)})"
                           rf"(?:{alternation(zh.RANKED_CLASS_KINDS)})?(?:{alternation(zh.PROJECT_NOUNS)})$")
CLASS_HEAD_MAX = 14  # a class is named in a few words; a longer count's name says more than which class
HEADLINE_REACH = 40  # characters after a headline's figure to the class it counts


def _class_of(name: str) -> str:
    """农业农村类 → 农业农村类项目 (a class written by its field alone is a class of projects); other names as they are."""
    name = clean_phrase(_TIME_WORDS.sub("", name))
    if name.endswith(zh.CLASS_HEAD_MARK):
        name += zh.CLASS_HEAD_NOUN
    return name if len(name) >= 3 and _CLASS_END.search(name) else ""


def _class_counted(x: Cand, stage: bool = False) -> str:
    """The class a count names (续建项目38个, 32个重大项目集中开工), "" when it counts no class of projects.  For the
    stages a breakdown splits it into (重点项目承诺开工24项(续建15项,新建9项)) the class is also the one a count names
    before the act it counts: the stages are of the projects, not of the act."""
    if x.measure != "count" or x.rank or not x.indicator or _headless(x):
        return ""
    if _GROUP_NOUN_END.search(x.indicator):
        return x.indicator
    if stage:
        for m in reversed(list(_GROUP_NOUN_IN.finditer(x.indicator))):
            if _bare_verb(x.indicator[m.end():]):
                return x.indicator[:m.end()]
    return ""


_HEADLESS_END = rx.compile(rf"(?:{alternation(zh.HEADLESS_QUALIFIERS)})*(?:{alternation(zh.HEADLESS_MEASURES)})$")


def _class_amount(x: Cand) -> str:
    """The class an amount already names before its bare measure (重点建设项目总投资 → 重点建设项目), else ""."""
    if x.measure not in ("level", "share") or x.item or not x.indicator:
        return ""
    m = _HEADLESS_END.search(x.indicator)
    head = x.indicator[:m.start()] if m else ""
    return head if len(head) >= 3 and _GROUP_NOUN_END.search(head) else ""


def _names_own_class(text: str, layout: Layout, c: Cand, prev: Cand | None, ss: int) -> bool:
    """True when the clause a bare amount closes names a class before it, after any earlier figure (交通项目完成投资
    5.2亿元,能源项目完成投资3.1亿元,城乡建设项目完成2.4亿元): that class is what it measures, whatever the extractor made
    of it (a subject, say), so no class named further back heads it."""
    lo = layout.clause_of(c.vs)[0]
    if prev is not None and prev.vs >= ss:
        lo = max(lo, prev.ve)
    return _CLASS_NAME.search(text, lo, c.vs) is not None


_TOPIC_PART = rx.compile(rf"(?:{alternation(zh.TOPIC_PART_MEASURES)})(?:{alternation(zh.SHARE_WORDS)})?|"
                         rf"(?:{alternation(zh.SHARE_WORDS)})")


def _topic_heads(text: str, layout: Layout, cands: list[Cand]) -> None:
    """民营企业1.2万家,数量占比92% / 高新技术企业120家,占比24%: a figure named only by a word that measures some set
    without naming it (个数, 数量, 占比, 比重, 总投资, 投资占比 …) is about the set the sentence counted before it, the
    topic its later clauses leave out (民营企业数量占比).  A clause naming its own measure keeps it; the project classes
    were given by the headless pass already."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    for i, c in enumerate(by_vs):
        if c.item or c.rank or not c.indicator or c.measure not in ("share", "count", "level") or \
                c.extra.get("size_of_named"):
            continue  # (投资5600万元的某污水处理厂: the size of the work named after it, no set's)
        bare = _TIME_WORDS.sub("", c.indicator)
        if not _TOPIC_PART.fullmatch(bare):
            continue
        ss, _ = layout.sent_of(c.vs)
        topic = ""
        for x in reversed(by_vs[:i]):
            if x.vs < ss:
                break
            if x.measure != "count" or x.rank or not x.indicator or _closed_before(text, x.vs, c.vs) or \
                    _TOPIC_PART.fullmatch(_TIME_WORDS.sub("", x.indicator)):
                continue
            topic = _SET_QUANTIFIER.sub("", _set_name(x.indicator) or x.indicator)
            break
        if len(topic) >= 2 and topic not in c.indicator and not (c.subject and c.subject in topic):
            c.indicator = shorten(_join_overlap(topic, bare), 24)


# 续建项目, 计划新开工项目, 谋划实施项目, 已开工项目: works named by a stage or by what is done with them only, a part of
# the set the passage is about (or the set read by its verb), never the set's own name
_STAGE_SET = rx.compile(rf"(?:其中|已|计划|共)*(?:{alternation(tuple(zh.PROJECT_LIST_STAGES) + zh.PLAN_LIST_COUNT_VERBS + zh.SET_DOING_VERBS + zh.PLAN_LIST_VERBS)})*"
                        rf"的?(?:{alternation(zh.PROJECT_NOUNS)})")


# 1000个省重点项目中, / 在120个重点项目中,: a count framing the members the sentence counts after it
_PASSAGE_FRAME = rx.compile(r"[^,，;；。:：\d\n]{0,16}?中\s*[,，:：]")


def _passage_set(x: Cand) -> str | None:
    """The set of works a figure names (省重点项目120个 → 省重点项目; 省重点项目完成投资85亿元 → 省重点项目); "" for a
    figure of the passage's set that names no other (a bare measure, 总投资, 开工率; a stage of its works or an amount of
    that stage, 续建项目18个, 续建项目年度计划投资; a bare count, 项目15个); None for a figure measuring something else."""
    if x.rank or not x.indicator:
        return None
    if _headless(x):
        return ""
    ind = _TIME_WORDS.sub("", x.indicator)
    if x.measure == "count" and _STAGE_SET.fullmatch(ind):
        return ""
    if x.item:
        return None
    head = _class_counted(x)
    if not head and x.measure in ("level", "growth"):
        m = _HEADLESS_END.search(ind)
        head = ind[:m.start()] if m and _HEADLESS.fullmatch(ind, m.start()) else ""
    head = _SET_QUANTIFIER.sub("", _set_name(head) or head) if head else ""
    if not _GROUP_NOUN_END.search(head):
        return None
    if _STAGE_SET.fullmatch(head):
        return ""
    return head if len(head) >= 4 else None


# what a clause giving a set's bare measure writes besides the measure: its speaker (全县, 我市), a bound or a verb of
# amount (达, 为, 约), and 已 / 共 / 其中
_HAN_CHAR = rx.compile(r"[\u4e00-\u9fff]")
_CLAUSE_FILLER = rx.compile(rf"[全我本][{zh.PLACE_LEVEL_CHARS}]|其中|(?:{alternation(zh.HOLDING_VERBS)})|[已共约近,，:：\s]")


def _clause_names_own(text: str, layout: Layout, c: Cand) -> bool:
    """True when the clause of a bare measure names what it measures before it (某公司完成投资8亿元, 某高速完成投资):
    two Han characters or more left once its times, its measure, its subject and its speaker are taken out."""
    rest = _HEADLESS.sub("", _TIME_WORDS.sub("", text[_comma_clause_start(text, layout, c.vs):c.vs]))
    if c.subject[-1:] in zh.PLACE_LEVEL_CHARS:  # (甲县 or 甲: the place as the clause writes it; a company is named)
        rest = rest.replace(c.subject, "").replace(c.subject.rstrip(zh.PLACE_LEVEL_CHARS), "")
    return len(_HAN_CHAR.findall(_CLAUSE_FILLER.sub("", rest))) >= 2


def _passage_sets(text: str, layout: Layout, cands: list[Cand]) -> None:
    """A progress passage names the set of works it is about once (全县今年安排县级重点项目60个。…) and then gives bare
    measures of it in later sentences (1-6月累计完成投资35亿元, 开工率80%): a figure still named by a measure alone
    (总投资, 年度计划投资, 完成投资, 开工率) after every other pass measures the set the nearest figure before it in its
    paragraph names, or, when its paragraph names none before it, the paragraph before (the set's plan, then a
    paragraph of how far it got), as long as no figure naming anything else stands between: the bare measures and
    stages of the set (其中续建项目20个), the members a sentence counts in the set's frame (800个重点项目中,已开工…)
    and a part in a closed bracket leave it the topic."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    frames: dict[int, int] = {}  # a sentence's start → where the set framing its members is counted (500个某项目中,…)
    for x in by_vs:
        ss = layout.sent_of(x.vs)[0]
        if ss not in frames and x.measure == "count" and _PASSAGE_FRAME.match(text, x.mend):
            frames[ss] = x.vs
    for i, c in enumerate(by_vs):
        if _headless(c) != "amount" or c.extra.get("design") or c.extra.get("size_of_named") or "table" in c.extra \
                or any(w in c.indicator for w in zh.PART_OF_WHOLE_MARKS):
            continue  # (完成投资占年度计划的60%: a share of one amount in another is read as such, not here)
        ps, _ = layout.para_of(c.vs)
        lo = layout.para_of(ps - 1)[0] if ps > 0 else ps
        head = ""
        for j in range(i - 1, -1, -1):  # (by index: no copy of the figures before it, no search for its place)
            x = by_vs[j]
            if x.vs < lo:
                break
            if _closed_before(text, x.vs, c.vs) or frames.get(layout.sent_of(x.vs)[0], x.vs) < x.vs:
                continue  # (1000个某项目中,已开工800个: a member counted in the set's frame is no set of its own)
            named = _passage_set(x)
            if named is None:
                break
            if named:
                y = by_vs[j - 1] if j else None
                if y is not None and layout.sent_of(y.vs)[0] == layout.sent_of(x.vs)[0] and _passage_set(y) and \
                        _LIST_JOIN.match(text[y.mend:x.vs].strip()):
                    break  # 省重点项目12个、市重点项目30个,项目总投资…: the total of the sets listed, neither's
                if x.subject and c.subject and x.subject not in c.subject and c.subject not in x.subject:
                    break  # (全市项目215处。各县开工率:甲县100%…: a place's rate, not the whole's set's)
                head = named
                break
        if not head or len(head) > CLASS_HEAD_MAX or head in c.indicator:
            continue
        if c.subject and (head in c.subject or c.subject in head):
            continue
        if _clause_names_own(text, layout, c):
            continue  # 某公司完成投资8亿元: the works or body its own clause names, no set's
        act = _CLASS_ACT.search(head)
        if act and _TIME_WORDS.sub("", c.indicator).startswith(act.group("act")):
            continue  # 签约项目108个。…签约资金64亿元: the amount names the act its set is named by
        c.indicator = shorten(_join_overlap(head, c.indicator), 24)


# 乙督察组移交甲县的 / 丙巡察组反馈的 / 乙联络组移交督察组: the body that handed a set of items over or found them, with
# the verb it did so by (kept: 移交信访件, 反馈问题), whom it handed them to and the 的 closing it
_AGENT_HANDED = rx.compile(rf"(?:{alternation(zh.SET_AGENT_HEADS)})(?:向[\u4e00-\u9fff]{{1,6}}?)?"
                           rf"(?:{alternation(zh.SET_HANDING_ADVERBS)})?(?P<verb>{alternation(zh.SET_HANDING_VERBS)})"
                           rf"(?:给?(?:[我本][{zh.PLACE_LEVEL_CHARS}]|[\u4e00-\u9fff]{{1,4}}?[{zh.PLACE_LEVEL_CHARS}])?的"
                           rf"|(?:{alternation(zh.SET_AGENT_HEADS)})(?:\d{{1,2}}日)?)?")
_MEETING_DECIDED = rx.compile(rf"会议?(?:{alternation(zh.MEETING_DECIDED_VERBS)})")
# 第三次县长办公会议议定事项: the ordinal of the meeting that decided the items
_MEETING_ORDINAL = rx.compile(rf"第[一二三四五六七八九十百\d]{{1,4}}次(?=[\u4e00-\u9fff]{{2,14}}?会议?"
                              rf"(?:{alternation(zh.MEETING_DECIDED_VERBS)}))")


def _meetings_told_apart(text: str, named: str) -> bool:
    """True when the text counts the items of more than one meeting of the kind ``named`` (第二次专题会议定事项…;
    第五次专题会议定事项…): there the ordinal tells the sets apart and stays in their names."""
    d = _MEETING_DECIDED.search(named)
    if d is None:
        return False
    kind = re.escape(named[:d.end()])
    return len({m.group(1) for m in re.finditer(rf"(第[一二三四五六七八九十百\d]{{1,4}}次){kind}", text)}) > 1


def _lent_set_names(text: str, layout: Layout, cands: list[Cand]) -> None:
    """A notice names the set of items it counts once, whole, with the body that handed them over or the meeting that
    decided them (乙督察组移交甲县的第九批信访件40件 / 第三次县长办公会议议定事项30件), then counts it by state
    (已办结20件, 正在办理10件, 占33%, 其中来电12件): a count whose own clause does not write those words names the set
    as a column would, by its short name: the items, their batch and the verb they came by (移交第九批信访件已办结,
    已办结县长办公会议议定事项), the body and whom it handed them to, and the meeting's ordinal, left out.  The
    count that names the set keeps its name as written."""
    for c in cands:
        if c.rank or c.measure not in ("count", "share") or not c.indicator:
            continue
        cs = _comma_clause_start(text, layout, c.vs)
        opened = max(text.rfind("(", cs, c.vs), text.rfind("（", cs, c.vs))
        if opened >= 0 and ")" not in text[opened:c.vs] and "）" not in text[opened:c.vs]:
            cs = opened + 1  # (…交办信访件80件(来电60件,来信20件): a bracket's part has its own words)
        own = text[cs:layout.clause_of(c.vs)[1]]
        ind = c.indicator
        m = _AGENT_HANDED.search(ind)
        if m and ind[m.start():m.end("verb")] not in own:
            k = m.start()
            while k > 0 and ind[k - 1:m.end("verb")] in text:
                k -= 1  # (中央第四督察组: the body's words as the text writes them, not the state before them)
            ind = ind[:k] + m.group("verb") + ind[m.end():]
        o = _MEETING_ORDINAL.search(ind)
        if o and o.group(0) not in own and not _meetings_told_apart(text, ind[o.end():]):
            ind = ind[:o.start()] + ind[o.end():]
        if ind != c.indicator and len(ind) >= 4:
            c.indicator = ind


_ACTOR_VERB_LEAD = rx.compile(rf"(?:{alternation(zh.ACTOR_VERB_ADVERBS)})*(?:{alternation(zh.ACTOR_OUTCOME_VERBS)})(?!率)")
_ACTOR_SET_END = rx.compile(rf"(?:{alternation(zh.ACTOR_SET_HEADS)})(?:{alternation(zh.ACTOR_SET_COUNT_SUFFIXES)})?$")
_DOER_DID = rx.compile(rf"(?P<doer>[^,，;；。]{{2,16}}?(?:{alternation(zh.ACTOR_DOER_HEADS)}))"
                      rf"(?:{alternation(zh.ACTOR_VERB_ADVERBS)})*(?:{alternation(zh.ACTOR_OUTCOME_VERBS)})")
_ACTOR_SET_IN = rx.compile(alternation(zh.ACTOR_SET_HEADS))
_ACTOR_COUNT_SUFFIX = rx.compile(rf"(?:{alternation(zh.ACTOR_SET_COUNT_SUFFIXES)})$")
_STAGE_RATE_IN = rx.compile(rf"(?:{alternation(zh.START_RATE_STEMS + zh.STARTED_STAGES + ('复工',))})率")
_ACTOR_CHANGE_LEAD = rx.compile(rf"(?:同比|比上年|较上年)?(?:{alternation(zh.ACTOR_SET_CHANGE_LEADS)})")


def _actor_set(text: str, layout: Layout, c: Cand, before: list[Cand], ss: int) -> str:
    """The set of doers the sentence counted before c (过亿元企业286家 → 过亿元企业, 高新技术企业数4104个 → 高新技术企业),
    passing over counts of its change (增加81家); "" when none, or when a rate stands between (开工率79%,完成投资…: the
    amount is the whole's, not of the part that started)."""
    for x in reversed(before):
        if x.vs < ss:
            return ""
        if _closed_before(text, x.vs, c.vs):
            continue
        if x.measure == "share" and _STAGE_RATE_IN.search(x.indicator):
            return ""  # (产销率95.5%,累计实现利税…: a rate of the set's own is passed over)
        if x.measure == "level" and not x.item and (dm := _DOER_DID.match(x.indicator)):
            # 规模以上工业企业实现营业收入…;实现利润总额…: the doer the sentence's first achievement named
            return _SET_QUANTIFIER.sub("", dm.group("doer"))
        if x.measure != "count" or x.rank or not x.indicator:
            continue
        xs = _comma_clause_start(text, layout, x.vs)
        if _ACTOR_CHANGE_LEAD.match(_TIME_WORDS.sub("", text[xs:x.vs]).lstrip()) or \
                _ACTOR_CHANGE_LEAD.match(x.indicator):
            continue  # 增加81家: the change of the set counted before it
        name = _SET_QUANTIFIER.sub("", x.indicator)
        if not _ACTOR_SET_END.search(name):
            return ""
        name = _ACTOR_COUNT_SUFFIX.sub("", name) if not name.endswith(zh.ACTOR_SET_HEADS) else name
        de = name.rfind("的")
        if de >= 0 and len(name) - de - 1 >= 4:
            name = name[de + 1:]  # 纳入年度统计的省科技厅认定高新技术企业: the set's name after its qualifying clause
        return name if len(name) >= 2 else ""
    return ""


def _actor_topics(text: str, layout: Layout, cands: list[Cand]) -> None:
    """过亿元企业286家,增加81家,实现产值1632亿元,占全省高新技术产值的86.2% / 投产投用项目487个,总投资331亿元,实现产值
    157亿元: a clause that opens with what was achieved (实现, 创造, 上缴, 完成: zh.ACTOR_OUTCOME_VERBS) names no doer of
    its own; its amount is the one the set the sentence counted before it achieved (过亿元企业产值), as are the figures
    after it that take their name from it (占…的86.2%, 增长14.1%).  A clause naming its own doer keeps its name."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    starts = [c.vs for c in by_vs]
    for i, c in enumerate(by_vs):
        if c.item or c.rank or c.measure != "level" or not c.indicator or _ACTOR_SET_IN.search(c.indicator):
            continue
        ccs = _comma_clause_start(text, layout, c.vs)
        own_set = ""
        inner = [x for x in by_vs[bisect.bisect_left(starts, ccs):i] if x.measure == "count" and not x.rank and
                 x.indicator and x.extra.get("noun_end", -1) > x.vs]
        if inner and _TIME_WORDS.sub("", text[ccs:inner[-1].vs]).strip(" \t\u3000,，") in ("", "其中", "全县", "全市",
                                                                                           "全区", "全省"):
            # 240户规模工业企业累计完成工业产值30.2亿元: the set counted at the clause's head does what follows its noun
            own_set = _SET_QUANTIFIER.sub("", inner[-1].indicator)
            ccs = inner[-1].extra["noun_end"]
        lead = _TIME_WORDS.sub("", text[ccs:c.vs]).lstrip(" \t\u3000")
        vm = _ACTOR_VERB_LEAD.match(lead)
        if vm is None or len(lead) - vm.end() < 2:
            continue
        own = c.indicator
        om = _ACTOR_VERB_LEAD.match(own)
        if om and len(own) - om.end() >= 2:
            own = own[om.end():]  # 实现增加值 → 增加值: the verb goes with its doer named
        if not lead[vm.end():].startswith(own[:2]):
            continue  # the name was made from elsewhere
        if own in zh.AMOUNT_NOUNS_OF_ACTIONS:
            own = zh.DONE_AMOUNT_MEASURE  # 完成投资: the amount done keeps its verb, as statistics name it
        ss, _ = layout.sent_of(c.vs)
        actor = own_set if _ACTOR_SET_END.search(own_set) else \
            "" if own_set else _actor_set(text, layout, c, by_vs[bisect.bisect_left(starts, ss):i], ss)
        if not actor or actor in c.indicator:
            continue
        field = _ACTOR_SET_END.sub("", actor)
        if len(field) >= 2 and (own.startswith(field) or own[:4] == field[:4] and len(field) >= 4):
            continue  # 高新技术产品企业1194家,完成高新技术产品产值…: the amount names the field the set is named by
        old = c.indicator
        c.indicator = shorten(_join_overlap(actor, own), 24)
        # the figures after it in the sentence that took its name (增长14.1%, 占…的86.2%) are the set's too
        se = layout.sent_of(c.vs)[1]
        for y in by_vs[i + 1:]:
            if y.vs >= se:
                break
            if y.measure in ("count", "level"):
                break  # 3家国家级龙头企业实现利润总额2.1亿元,增长10%,33家省级龙头企业…: a new amount or set names its own
            if y.item or y.rank or not y.indicator.startswith(old) or actor in y.indicator:
                continue
            ys = _comma_clause_start(text, layout, y.vs)
            if ys <= c.vs or _TIME_WORDS.sub("", text[ys:y.vs]).lstrip().startswith(old[:2]):
                continue  # a clause naming the measure again names it for itself
            y.indicator = shorten(_join_overlap(actor, own + y.indicator[len(old):]), 24)


_OWNERLESS_AMOUNT = rx.compile(rf"(?:{alternation(zh.OWNERLESS_AMOUNTS)})")
_OWNERLESS_RATE = rx.compile(rf"(?:{alternation(zh.OWNERLESS_RATE_STEMS)})率")
# 甲类项目已开工 / 新项目全部开工建设 / 重点项目完成投资: what the sentence's first figure says was done to its set
_OWNER_DONE_END = rx.compile(rf"(?:{alternation(zh.OWNER_DONE_ADVERBS)})*(?:{alternation(zh.STAGE_PREDICATE_VERBS)}"
                             rf"|{alternation(zh.OWNERLESS_AMOUNTS)})(?:建设)?$")
_OWNER_TAKEN = rx.compile(alternation(zh.PART_WHOLE_VERBS))
_OWNER_WORK_END = rx.compile(rf"(?:{alternation(zh.OWNER_WORK_HEADS)})$")
_OWNER_ITEM_END = rx.compile(rf"(?:{alternation(zh.OWNER_WORK_HEADS + zh.OWNER_ITEM_HEADS)})$")
# 开复工项目, 已开工项目: a set named by its start, the part of a whole that started (新开工项目 is a class of works)
_STARTED_PART = rx.compile(rf"(?<!新)(?:{alternation(zh.START_RATE_STEMS + ('复工',))})(?:{alternation(zh.OWNER_WORK_HEADS)})$")
_SENDERS_ONLY = rx.compile(rf"(?:{alternation(zh.SET_QUANTIFIERS + zh.OWNER_SENDERS)})*(?:{alternation(zh.CASE_NOUNS)})+")
_CHANNEL_END = rx.compile(rf"(?:{alternation(zh.OWNER_CHANNEL_HEADS)})$")
# a line or box named as a whole word (12345热线, 县长信箱; not the 热线 of 热线中心, nor one of a list of lines: 含甲信箱、
# 乙热线等渠道)
_CHANNEL_NAMED = rx.compile(rf"(?<![\u4e00-\u9fff\dA-Za-z])(?P<channel>[\u4e00-\u9fff\dA-Za-z]{{0,16}}?"
                            rf"(?:{alternation(zh.OWNER_CHANNEL_HEADS)}))(?!{alternation(zh.CHANNEL_OFFICE_WORDS)}|[、等])")
_CHANNEL_CITED = rx.compile(alternation(zh.CHANNEL_CITING_WORDS))
_HEADING_LINE = rx.compile(r"[ \t\u3000]*[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]?[^。,，;；\n]{2,30}\n+")
_REQUEST_VERB = rf"(?:应|已|实际|按期|按时)?(?:{alternation(zh.PART_WHOLE_VERBS + zh.OWNERLESS_RATE_STEMS)})"
# 受理市民各类诉求 / 12345热线共受理群众来电 / 应办结 + 12345热线共受理市民各类诉求 (its own verb, the words it borrowed)
_REQUEST_COUNT = rx.compile(rf"(?P<own>{_REQUEST_VERB})?(?P<channel>[\u4e00-\u9fff\dA-Za-z]{{2,20}}?"
                            rf"(?:{alternation(zh.OWNER_CHANNEL_HEADS)}))?(?:共计|共|累计|合计|总计)?(?P<verb>{_REQUEST_VERB})"
                            rf"(?P<req>(?:{alternation(zh.SET_QUANTIFIERS + zh.OWNER_SENDERS)})*(?:{alternation(zh.CASE_NOUNS)})+)")
_SENDERS = rx.compile(alternation(zh.SET_QUANTIFIERS + zh.OWNER_SENDERS))
_CHANNEL_TOOK = rx.compile(rf"(?P<channel>[\u4e00-\u9fff\dA-Za-z]{{2,20}}?(?:{alternation(zh.OWNER_CHANNEL_HEADS)}))"
                           rf"(?:共计|共|累计|合计|总计)?(?:{alternation(zh.PART_WHOLE_VERBS)})")


def _owner_set(indicator: str, heads: re.Pattern) -> str | None:
    """The set a sentence's first figure is of (甲类项目已开工 → 甲类项目, 受理某类诉求 → 某类诉求, 重点项目完成投资 →
    重点项目): its name without what was done to it, after the verb it was taken in by; "" when the name ends in no
    head of ``heads`` (地区生产总值: a measure of the place, no set of works or items); None for requests named only by
    who sent them (受理群众各类诉求): the line or box that took them in names them, not these words."""
    name = _OWNER_DONE_END.sub("", indicator)
    cut = [m.end() for m in _OWNER_TAKEN.finditer(name) if len(name) - m.end() >= 2]
    if cut:
        name = name[cut[-1]:]
    if _SENDERS_ONLY.fullmatch(name) and heads.search(name):
        return None
    name = _SET_QUANTIFIER.sub("", name)
    if len(name) < 3 or not heads.search(name):
        return ""
    return _set_name(name) or name  # (诉求, 反映: the heads say it is a set, whatever the tagger makes of the word)


def _intake_channel(text: str, layout: Layout, x: Cand) -> str:
    """县长信箱共收到群众来信860件 → 县长信箱: the line or box written before the verb that took in the requests ``x``
    counts, without the place it is of (``x``'s subject); "" when its clause names none (全县共受理市民来信)."""
    cs = _comma_clause_start(text, layout, x.vs)
    m = None
    for m in _CHANNEL_TOOK.finditer(text, cs, x.vs):
        pass
    if m is None:
        # 12345热线开通以来,共受理群众来电… / (三)12345热线受理量:共受理各类来电… / (二)县长信箱⏎6月份,共受理来信…: the
        # line named last before the clause, since the heading its item is under, is the one the requests came in by
        lo = layout.para_of(x.vs)[0]
        lo = layout.para_of(lo - 1)[0] if lo > 0 and _HEADING_LINE.fullmatch(text, layout.para_of(lo - 1)[0], lo) else lo
        for m in _CHANNEL_NAMED.finditer(text, lo, cs):
            pass
    if m is None or len(_off_subject(m.group("channel"), x.subject)) < 3 or _CHANNEL_CITED.search(m.group("channel")):
        return ""  # (热线自开通以来: the line taken up again; 根据…热线中心的数据, 拨打12345热线: no line the requests came by)
    return _off_subject(_TIME_WORDS.sub("", m.group("channel")), x.subject)


def _off_subject(channel: str, subject: str) -> str:
    """岚溪县县长信箱 → 县长信箱: a line or box without the place it is of; "" when no line's name stays."""
    if subject and channel.startswith(subject):
        channel = channel[len(subject):]
    return channel if len(channel) >= 2 and _CHANNEL_END.search(channel) else ""


def _topic_start(text: str, layout: Layout, vs: int) -> int:
    """Where the topic of the figure at ``vs`` was set: its sentence's start, or the semicolon or colon after it (新签约
    项目32个,总投资…;新开工项目26个,总投资额…: a semicolon or a colon opens a topic of its own)."""
    ss, _ = layout.sent_of(vs)
    return max(ss, max(text.rfind(ch, ss, vs) for ch in ";；:：") + 1)


def _channel_requests(text: str, layout: Layout, cands: list[Cand]) -> None:
    """12345热线共受理市民各类诉求1370件,应办结1350件,办结1342件: requests named only by who sent them (市民各类诉求,
    群众来信) are named by the line or box that took them in, as a notice of such lines names them: 12345热线受理诉求,
    12345热线应办结诉求 (the verb kept, the senders and the quantifiers gone).  A count whose own clause names no line
    takes the line the first count of its topic was taken in by; none named, the count stays as written.  A count that
    borrowed the first's words after its own verb (应办结 + 12345热线共受理市民各类诉求) keeps its own verb."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    starts = [c.vs for c in by_vs]
    for i, c in enumerate(by_vs):
        if c.item or c.rank or c.measure != "count" or not c.indicator:
            continue
        m = _REQUEST_COUNT.fullmatch(c.indicator)
        if m is None:
            continue
        channel = _off_subject(m.group("channel") or "", c.subject) or _intake_channel(text, layout, c)
        if not channel:
            ts = _topic_start(text, layout, c.vs)
            first = next((x for x in by_vs[bisect.bisect_left(starts, ts):i] if x.indicator and not x.rank), None)
            if first is None or first.measure != "count" or first.subject != c.subject:
                continue
            channel = _intake_channel(text, layout, first)
        if channel:
            c.indicator = channel + (m.group("own") or m.group("verb")) + _SENDERS.sub("", m.group("req"))


def _sentence_topics(text: str, layout: Layout, cands: list[Cand]) -> None:
    """甲类项目已开工30个、开工率80%,完成投资12亿元 / 受理某类诉求200件,办结率98%,满意率95%: a sentence opened by a
    figure of a set (works, items of work, cases) goes on in clauses that write only the measure (完成投资, 总投资, 开工率,
    办结率), the set left out as the topic all its clauses share: each such measure is the set's (甲类项目完成投资,
    某类诉求办结率).  The topic is the sentence's first figure only: a clause opening the sentence names its own, and a
    set counted later in the sentence is a part, no topic.  An amount is a set of works' only (项目, 工程); a rate may be
    of any set of items.  A semicolon or a colon ends a topic as a full stop does (the items of a list after 其中…有10项:
    each name their own)."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    starts = [c.vs for c in by_vs]
    for i, c in enumerate(by_vs):
        if c.item or c.rank or not c.indicator:
            continue
        if c.measure == "share" and _OWNERLESS_RATE.fullmatch(c.indicator):
            heads = _OWNER_ITEM_END
        elif c.measure == "level" and _OWNERLESS_AMOUNT.fullmatch(c.indicator):
            heads = _OWNER_WORK_END
        else:
            continue
        ss = _topic_start(text, layout, c.vs)
        if _comma_clause_start(text, layout, c.vs) <= ss:
            continue  # the clause opens the sentence: nothing of it was left out
        k = next((k for k in range(bisect.bisect_left(starts, ss), i) if by_vs[k].indicator and not by_vs[k].rank), i)
        first = by_vs[k] if k < i else None
        if first is None or first.measure not in ("count", "level") or first.subject != c.subject or \
                _closed_before(text, first.vs, c.vs):
            continue
        owner = _owner_set(first.indicator, heads)
        if owner and _STARTED_PART.search(owner) and \
                (c.measure == "share" or any(x.measure == "share" for x in by_vs[k + 1:i])):
            # 已开工项目33个,开工率66% / 开复工项目52项,开复工率79%,完成投资…: the started part, the rate's numerator;
            # the rate is over the whole, and so is the amount after it (集中开工项目36个,总投资… is the set's own)
            continue
        if owner is None:
            owner = _intake_channel(text, layout, first)  # (12345热线受理群众各类诉求…,办结率: the line's)
        if owner and owner not in c.indicator:
            c.indicator = shorten(_join_overlap(owner, c.indicator), 24)


_THING_DONE_LEAD = rx.compile(r"^(?:累计|共|全年|预计)*(?:完成|实现|达成|争取|获得)")
_CROP_AREA_WORDS = rx.compile(rf"^(?:{alternation(zh.CROP_AREA_WORDS)})|(?:{alternation(zh.CROP_AREA_WORDS)})$")
_YIELD_END = rx.compile(rf"(?:{alternation(zh.PRODUCT_YIELD_MEASURES)})$")


def _things_of_bare_measures(text: str, layout: Layout, cands: list[Cand]) -> None:
    """争取上级补助项目57个、资金3.9亿元 / 种植蓝莓1.5万亩,产量2.3万吨 / 销售蓝莓2.1万吨、收入4.6亿元: a figure its clause
    names by a bare measure of a thing (资金, 合同金额, 产量, 收入), the thing left out as the sentence named it with the
    figure before, measures that thing: the money of the set counted before it (上级补助项目资金), the output or income of
    the crop or goods the figure before names by an area or a physical quantity (蓝莓产量, 销售蓝莓收入).  The figure
    before is the last count or amount of the sentence (a semicolon does not end it: 签约项目41个;合同金额…), its growth
    and rates passed over; a growth of the bare measure is the renamed figure's.  A name stated whole stays, and so
    does a clause stating a time of its own (a statement of its own, not the set's)."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    renamed: dict[int, tuple[str, str]] = {}  # id → (old, new)
    for i, c in enumerate(by_vs):
        if c.item or c.rank or not c.indicator or "table" in c.extra:
            continue
        bare = _TIME_WORDS.sub("", c.indicator)
        money = bare in zh.SET_MONEY_MEASURES
        if not money and bare not in zh.PRODUCT_YIELD_MEASURES:
            continue
        if _TIME_WORDS.search(text, _comma_clause_start(text, layout, c.vs), c.vs):
            continue  # (…开工项目67个;前三季度资金58亿元: a clause stating its own time makes a statement of its own)
        ss, _ = layout.sent_of(c.vs)
        x = None
        for y in reversed(by_vs[:i]):
            if y.vs < ss:
                break
            if y.rank or not y.indicator or _closed_before(text, y.vs, c.vs):
                continue
            if y.measure in ("count", "level"):
                x = y
                break
        if x is None or x.item or x.subject != c.subject:
            continue
        if c.measure != "level" and c.measure != "count":
            if id(x) in renamed and renamed[id(x)][0] == c.indicator:
                c.indicator = renamed[id(x)][1]  # 产量28408吨,增长0.4%: the growth of the figure renamed
            continue
        thing = _THING_DONE_LEAD.sub("", _TIME_WORDS.sub("", x.indicator))
        if money:
            if x.measure != "count" or unit_class(x.unit) != "count":
                continue
        else:
            unit = base_unit(x.unit)
            if unit in zh.AREA_UNITS:
                if bare == "收入" or bare == "销售收入" or bare == "销售额":
                    continue
                thing = _CROP_AREA_WORDS.sub("", _CROP_AREA_WORDS.sub("", thing))
            elif unit not in zh.OUTPUT_UNITS or x.measure != "level":
                continue
            thing = _YIELD_END.sub("", thing)
        if len(thing) < 2 or thing in bare or bare in thing and thing.endswith(bare):
            continue
        old = c.indicator
        c.indicator = shorten(_join_overlap(thing, bare), 24)
        renamed[id(c)] = (old, c.indicator)


# 二、一般公共预算收入。仁寿县完成12.5亿元… / (三)社会消费品零售总额 on a line of its own: an item of a notice headed by
# the measure its places' figures give, nothing else before its stop or the line's end
_ITEM_MEASURE_HEADING = rx.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]"
                                   r"|\d{1,2}[.、．](?!\d))"  # (一、, (三), 2.: a heading's label, 二、一般… too)
                                   rf"[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{{2,16}}?)"
                                   rf"(?:{alternation(zh.TABLE_CAPTION_MEASURES)})[ \t\u3000]*(?:[。.]|\n)")


def _item_heading_measures(text: str, cands: list[Cand]) -> None:
    """A figure named by no measure (仁寿县增长8.8%, 东坡区完成10.1亿元) in an item of a ranking or progress notice whose
    heading names a measure (二、工业增加值。…, (三)社会消费品零售总额 on its own line) measures it: the heading's
    measure is the indicator of every such figure of its paragraph, as a label before a colon is (一、工业增加值:…)."""
    for c in cands:
        if c.item or c.rank or c.measure not in ("growth", "level", "share", "delta") or \
                (c.indicator and _fragment_free(_subject_off(c.indicator, c), c)):
            continue  # (完成, 增长: a verb left of the clause names no measure)
        ls = text.rfind("\n", 0, c.vs) + 1
        m = _ITEM_MEASURE_HEADING.match(text, ls)
        if m is None and ls > 0:
            ps = text.rfind("\n", 0, max(0, ls - 1)) + 1  # the heading on the line before, alone
            m = _ITEM_MEASURE_HEADING.match(text, ps)
            m = m if m is not None and m.end() == ls else None
        if m is not None and m.end() <= c.vs:
            c.indicator = text[m.start("name"):m.end()].rstrip("。. \t\u3000\n")


def _wholes_of_place_figures(text: str, layout: Layout, cands: list[Cand], names: list[str]) -> None:
    """全省规上工业增加值增长5.1%。分市看,甲市、乙市累计分别增长4.7%、3.6%: a place's figure named by no measure (what
    its clause says is the places, 累计, 分别 and the verb) measures what the paragraph stated for the whole just before,
    in the same unit: the last earlier figure of the paragraph of the same measure that a measure names and another
    subject holds (a place's figure only: ``names``, the text's places; a whole named by a place is no measure)."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    places = set(names)
    held = [n for n in places | {x.subject for x in cands} if len(n) >= 2]  # (the places the text's figures are of)
    for i, c in enumerate(by_vs):
        if c.item or c.rank or c.measure not in ("growth", "level", "share") or c.subject not in places or \
                (c.indicator and _fragment_free(_subject_off(c.indicator, c), c)):
            continue
        ps, _ = layout.para_of(c.vs)
        whole = next((x for x in reversed(by_vs[:i]) if x.vs >= ps and not x.item and not x.rank and
                      x.measure == c.measure and x.unit == c.unit and x.subject != c.subject and x.indicator and
                      _fragment_free(_subject_off(x.indicator, x), x)), None) if c.vs > ps else None
        if whole is not None and not any(n in whole.indicator for n in held) and \
                not _LISTED_PLACE.fullmatch(whole.indicator):
            c.indicator = whole.indicator


def _headless_heads(text: str, layout: Layout, cands: list[Cand], sections: list[tuple[int, int, str]]) -> None:
    """A figure named by a measure alone measures the class the nearest head names, nearest first: the label before
    its line's colon (产业发展项目组:…,完成1822亿元), the class counted earlier in its sentence with only such figures
    between (续建项目38个,总投资…,年度计划投资…), the class counted later in the headline it opens (总投资86亿元!某县32个
    重大项目集中开工), the class heading over its block ((三)农业农村类).  A count named by a stage alone (其中续建29项,
    (新建15个,续建42个)) counts that stage of the class.  A name the sentence states is never replaced."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    heads: dict[int, str] = {}
    for i, c in enumerate(by_vs):
        form = _headless(c)
        # 前期类项目:完成立项31个: a count named by a bare verb, of the class a label before its colon names (only)
        verb_only = not form and c.measure == "count" and not c.item and not c.rank and \
            _bare_verb(_TIME_WORDS.sub("", c.indicator or ""))
        if not form and not verb_only or c.extra.get("design") or c.extra.get("size_of_named"):
            continue  # (a project's design, 总投资300亿元 after 开工建设某高铁, is the project's, no class's; so is the
            # size written before a work's name, 投资860万元的某工程、…等6个项目已完工)
        head = ""
        acted = False  # the class was read off a whole naming an act after it (重点项目集中签约18个)
        ss, se = layout.sent_of(c.vs)
        if form == "amount" and _names_own_class(text, layout, c, by_vs[i - 1] if i else None, ss):
            continue  # 交通项目完成投资5.2亿元,…,城乡建设项目完成2.4亿元: its own clause names its class
        ls = text.rfind("\n", 0, c.vs) + 1
        lm = _SENT_CLASS.match(text, ss, c.vs) if ss > ls else None
        if lm is None or not _class_of(lm.group("name")):
            lm = _LINE_CLASS.match(text, ls, c.vs) or _SENT_CLASS.match(text, ls, c.vs)
        if lm is None or not _class_of(lm.group("name")):
            # 全市项目集中开工,其中建设类项目:已开工58个,前期类项目:完成立项31个: a label and its colon opening the
            # figure's clause inside the sentence
            lm = _clause_label(text, ss, c.vs)
        labelled = False
        if lm:
            head = _class_of(lm.group("name"))
            labelled = bool(head)
        if verb_only and not labelled:
            continue
        if not head:
            part = max(ss, max(text.rfind(ch, ss, c.vs) for ch in ";；") + 1)  # the ;-part of the sentence
            for j in range(i - 1, -1, -1):
                x = by_vs[j]
                if x.vs < part:
                    break
                if _closed_before(text, x.vs, c.vs):
                    continue  # (新建12个、续建6个),签约资金…: a bracketed part heads nothing after the bracket
                if id(x) in heads:
                    head = heads[id(x)]
                    break
                if _headless(x) or x.rank:
                    continue
                head = _class_counted(x, form == "stage") or _class_amount(x)
                acted = bool(head) and not _class_counted(x) and not _class_amount(x)  # (重点项目承诺开工24项)
                y = by_vs[j - 1] if j > 0 else None
                if head and y is not None and y.vs >= ss and _class_counted(y) and \
                        _LIST_JOIN.match(text[y.mend:x.vs].strip()):
                    head = ""  # 省重点项目12个、市重点项目30个,项目总投资…: the total of the classes listed
                break
        if not head and not (i and by_vs[i - 1].vs >= ss) and _comma_clause_start(text, layout, c.vs) <= ss:
            # the figure opens its sentence (no figure before it in it: by_vs is in order, the one before is the
            # nearest): the class counted just after it in its line (a headline, 总投资…的48个项目)
            le = text.find("\n", c.vs)
            le = min(len(text) if le < 0 else le, c.ve + HEADLINE_REACH)
            for x in by_vs[i + 1:]:
                if x.vs >= le:
                    break
                if _headless(x) or x.rank:
                    continue
                head = _class_counted(x)
                own = _TIME_WORDS.sub("", c.indicator)
                if head.startswith(own) and _CLASS_END.search(head, len(own)):
                    # 总投资达52.6亿元的36个项目: the amount qualifies the class counted, no part of the class's name
                    head = x.indicator = head[len(own):]
                break
        if not head and form == "stage" and c.unit in zh.PROJECT_COUNT_UNITS and \
                _STAGE_ONLY.fullmatch(_TIME_WORDS.sub("", c.indicator)).group("stage") in zh.PROJECT_ONLY_STAGES and \
                _breakdown_whole(text, layout, c, by_vs, i) is not None:
            head = zh.PROJECT_LIST_HEADS[0]  # 承诺开工24项(续建15项,新建9项): a stage only projects have, of the whole
        if not head:
            for s0, s1, title in reversed(sections):
                if s0 <= c.vs < s1:
                    hm = _HEADING_CLASS.fullmatch(title)
                    if hm:
                        head = _class_of(hm.group("name"))
                        break
        if not head or len(head) > CLASS_HEAD_MAX:
            continue
        if c.subject and (head in c.subject or c.subject in head) or \
                c.extra.get("subject_written") and head in c.extra["subject_written"]:
            continue  # 2.某某二期项目:年度计划投资…: a project named over its figures is whose they are, no class
        heads[id(c)] = head
        ind = c.indicator
        bare = _TIME_WORDS.sub("", ind)
        if form == "noun":
            c.indicator = shorten(head, 24)
        elif verb_only:
            c.indicator = heads[id(c)] = shorten(head + bare, 24)  # 前期类项目完成立项
        elif form == "stage" and labelled:
            # 建设类项目:已开工58个: the class a label names, at the stage reached (建设类项目开工), not every class's
            # projects of that stage
            c.indicator = heads[id(c)] = shorten(head + _STAGE_ONLY.fullmatch(bare).group("stage"), 24)
        elif form == "stage":
            # 项目57个(新建15个,续建42个) / 其中续建29项: the stage's projects, named as statistics name them (续建项目)
            noun = _GROUP_NOUN_END.search(head).group()
            stage = _STAGE_ONLY.fullmatch(bare).group("stage")
            ranked = None if acted else _RANKED_CLASS.search(head)
            # 重点建设项目21项,其中新建19项,续建2项: the stage of the class the whole names by its rank (重点, 省重点,
            # 重大), as the whole's name is written: 新建重点建设项目, not every project of that stage (the next part reads
            # the class off the part before it: 续建重点建设项目); a whole counting an act done to the class (重点项目
            # 承诺开工24项(续建15项…), 重大项目集中签约) splits the act's projects by stage: 续建项目
            c.indicator = heads[id(c)] = stage + (ranked.group() if ranked else noun[-2:])
        elif (act := _CLASS_ACT.search(head)) and bare.startswith(act.group("act")):
            continue  # 签约项目108个,签约资金64亿元: the amount names the act its class is named by
        elif not ind.startswith(head) and head not in ind:
            c.indicator = shorten(_join_overlap(head, ind), 24)  # 农业农村类项目 + 项目总投资: 项目 written once


# --------------------------------------------------------------------------- elided nouns

# 达到计划进度10个, 未达到序时进度2个: a count of the items just counted that are (not) on schedule
_PROGRESS_PRED = rx.compile(rf"(?:{alternation(zh.PROGRESS_VERBS)})(?:和基本达到|或超过)?(?:{alternation(zh.PROGRESS_MARKS)})")


def _people_counted(text: str, layout: Layout, c: Cand, ind: str, by_vs: list[Cand], starts: list[int]) -> str:
    """死亡4人 → 死亡人数, 培训1.5万人次 → 培训人次: a count of people named by what happened to them or what they did
    is the number of people (of person-times); casualties written bare after a count of events are those events'
    (发生安全生产事故3起,死亡4人 → 安全生产事故死亡人数)."""
    noun = zh.PERSON_COUNT_NOUNS.get(base_unit(c.unit))
    if not noun or not ind or ind.endswith(noun) or len(ind) > 12 or \
            any(e == len(ind) for _, e, _ in known_indicators(ind)):
        return ind  # 城镇新增就业4000人: a statistic's own name stays
    caused = False
    for lead in zh.CAUSATIVE_LEADS:
        if ind.startswith(lead) and len(ind) - len(lead) >= 2:
            ind, caused = ind[len(lead):], True  # 造成2人死亡: the casualties, whatever caused them
            break
    words = dictionary_words(ind)
    if words is not None and (len(words) > 1 and any(len(w) >= 2 for w, _ in words) or
                              len(words) == 1 and words[0][1] not in ("v", "vn")):
        return ind  # two words or more, one of them the dictionary's (no HMM joins it), or one word no verb: as below
    toks = [(w.word, w.flag) for w in _posseg().lcut(ind)]
    if len(toks) != 1 or toks[0][1] not in ("v", "vn") or len(ind) < 2:
        return ind  # 农村劳动力转移就业: a measure named by its noun and verb is named
    if not caused and text.rfind(toks[-1][0], layout.clause_of(c.vs)[0], c.vs) < 0:
        return ind  # 带动3000人就业 / 2万名贫困人口全部实现脱贫: the people named after their count, as the text names them
    ss, _ = layout.sent_of(c.vs)
    events = [x for x in by_vs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, c.vs)]
              if x.measure == "count" and x.unit in zh.EVENT_COUNT_UNITS and x.indicator]
    if events:
        ind = _counted_noun(events[-1].indicator) + ind
    return ind + noun


_QUALIFIER_DE = rx.compile(r"(?:以上|以下|左右|多|余)*的")  # 总投资20亿元(以上)的…: the amount qualifies the noun after
_SUBSET_COUNTED = rx.compile(r"(?:有|中)\s*\d")  # 63个新开工项目共有47个…: a set holding the count after it
_STAGE_DONE = rx.compile(rf"(?:已经|均已|已)?(?:{alternation(zh.STAGE_PREDICATE_VERBS)})")


def _whole_of_stage_count(x: Cand) -> str:
    """The set a count of its members that reached a stage was counted in, when the count borrowed the set's noun
    (30个市级重点项目开复工27个 → 开复工市级重点项目: 市级重点项目): an amount the sentence states after it (完成投资)
    is the whole set's; "" for any other count."""
    noun = x.extra.get("restored_noun", "") if x.extra.get("restored") else ""
    if not noun or not x.indicator.endswith(noun) or not _STAGE_DONE.fullmatch(x.indicator[:-len(noun)]):
        return ""
    return noun


def _whole_of_stage_parts(text: str, layout: Layout, x: Cand, by_vs: list[Cand], starts: list[int]) -> str:
    """The whole a breakdown by stage splits when ``x`` is its last part and names only its stage, with an earlier part
    of only its stage right before it (重点项目21项,其中新建19项,续建2项): the amount the sentence states after such
    parts (总投资75亿元) is of the whole, since no part had its own amount beside it; the whole's name, "" when ``x`` is
    no such part or no count of the same unit stands before the parts in the sentence."""
    if x.measure != "count" or not _STAGE_ONLY.fullmatch(_TIME_WORDS.sub("", x.indicator or "")):
        return ""
    ss = layout.sent_of(x.vs)[0]
    i = bisect.bisect_left(starts, x.vs)
    parts = 1
    for y in reversed(by_vs[bisect.bisect_left(starts, ss):i]):
        if y.measure != "count" or y.unit != x.unit:
            return ""  # (续建29项、总投资40亿元,新建10项: each part with its own amount)
        if _STAGE_ONLY.fullmatch(_TIME_WORDS.sub("", y.indicator or "")):
            parts += 1
            continue
        return y.indicator if parts >= 2 and "其中" in text[y.ve:x.vs] or parts >= 2 and \
            text[y.ve:y.ve + 2].lstrip()[:1] in "(（" else ""
    return ""


_COPULA = rx.compile(r"(?:共|还|仍|尚)?(?:有|是|为|达|达到|超过|突破|拥有|共有|实现|计有|合计|累计)")
_ADVERB_LEAD = rx.compile(r"^(?:已经|已|均已|均|都|共|累计|全部|其中)+")
_PUNCT_ONLY = rx.compile(r"[^\u4e00-\u9fff]")
# 已核实41条: after 已/尚未 a word is a verb, whatever the tagger says of it alone
_AFTER_ASPECT = rx.compile(r"(?:已经|已|尚未|未|正在)[\u4e00-\u9fff]{2}")


_QIZHONG_END = rx.compile(r"其中[,，:：]?\s*$")


class _NamedCounts:
    """The counts of a sorted list of figures that can lend their noun to a bare verb after them (a count, with an
    indicator that is no bare verb, or a case noun), listed by unit as the figures before each asker are read.  The
    lender of each bare verb was looked for by a walk back over every figure of its paragraph, and a flattened notice
    of N rows (甲县:开工12个,完成投资3.4亿元;乙县:开工9个,…), where no count before names its noun, walked N²/2 of them;
    here each unit's lenders are listed once and a bare verb's is the last of them before it.  Only for figures named
    in their order (``_indicators`` names them one by one: a figure's indicator is final when a later one asks)."""

    def __init__(self, by_vs: list[Cand]):
        self.by_vs = by_vs
        self.read = 0  # the figures before this one are listed
        self.by_unit: dict[str, list[int]] = {}  # unit -> indices of its counts with an indicator, in order
        self.nouned_at: list[int] = []  # indices of the figures whose noun's end is known, in order

    def _read_to(self, i: int) -> None:
        """List the figures before ``by_vs[i]`` not listed yet (named already: what is listed of them is final)."""
        for k in range(self.read, i):
            x = self.by_vs[k]
            if x.measure == "count" and x.indicator:
                self.by_unit.setdefault(x.unit, []).append(k)
            if x.extra.get("noun_end"):
                self.nouned_at.append(k)
        self.read = max(self.read, i)

    def lenders(self, unit: str, lo: int, i: int) -> Iterator[Cand]:
        """The counts of ``unit`` among ``by_vs[lo:i]`` that name a noun (no bare verb), last first.  A count found
        to be a bare verb is dropped for good: its indicator is final."""
        self._read_to(i)
        ks = self.by_unit.get(unit, [])
        j = bisect.bisect_left(ks, i) - 1
        while j >= 0 and ks[j] >= lo:
            x = self.by_vs[ks[j]]
            if _bare_verb(x.indicator) and not x.indicator.endswith(zh.CASE_NOUNS):
                del ks[j]  # (受理信访举报86件: the cases counted are named, whatever the tagger says of 举报)
            else:
                yield x
            j -= 1

    def nouned(self, lo: int, i: int) -> Iterator[Cand]:
        """The figures among ``by_vs[lo:i]`` whose noun's end is known (``noun_end``: the next name starts after it),
        last first.  Every item of a list (甲县12个、乙县9个…) asked for the last of them in its clause, and each
        walked back over every figure of the list before it; here they are listed once."""
        self._read_to(i)
        j = bisect.bisect_left(self.nouned_at, i) - 1
        while j >= 0 and self.nouned_at[j] >= lo:
            yield self.by_vs[self.nouned_at[j]]
            j -= 1


_SHARE_END = rx.compile(r"占(?:比)?$")


_SEMICOLON_END = rx.compile(r"[;；]\s*$")


def _restore_elided_noun(text: str, layout: Layout, c: Cand, ind: str, by_vs: list[Cand], starts: list[int],
                         named: _NamedCounts | None = None) -> str:
    """A series leaves out the noun after its first item: 承办督办事项18项,已办结12项 / 重点项目42个,已开工38个 /
    正在推进6项,占20%.  A bare verb takes the noun the last earlier count of the same unit in its paragraph named
    (``named``: those counts listed once for all figures of a list named in order; else walked back over)."""
    share = c.measure == "share"
    verb = _SHARE_END.sub("", ind) if share else ind
    if share and (verb == ind or not verb):
        return ind
    if any(verb.endswith(w) and len(verb) > len(w) for w in zh.CASE_NOUNS):
        # 来电举报3件,来信举报0件: a name ending in the case it counts has its noun (zh.CASE_NOUNS); a case word alone
        # (群众信访举报件4件(来电4件、来信0件)) is a part of the noun before
        return ind
    relative = "" if share or not _RELATIVE_END.search(text, max(0, c.vs - 4), c.vs) else _RELATIVE_END.sub("", verb)
    relative = relative if len(relative) <= RELATIVE_MAX and not _HEAD_NOUN.search(relative) else ""
    if relative:
        verb = relative  # 欠进度的有12项 / 已完成的有90项: those that did so, of the items counted before
    # 其中省级5项(;市级14项): a level after 其中, or opening a ;-part of the series 其中 began, names a part of
    # the noun counted before
    level = False
    if _LEVEL_ONLY.fullmatch(verb) is not None:
        lead = text[max(0, c.vs - len(verb) - 4):c.vs - len(verb)]
        ss, _ = layout.sent_of(c.vs)
        level = _QIZHONG_END.search(lead) is not None or \
            (_SEMICOLON_END.search(lead) is not None and "其中" in text[ss:c.vs])
    aspect = _AFTER_ASPECT.fullmatch(text, max(0, c.vs - len(verb) - 2), c.vs) is not None or \
        _AFTER_ASPECT.fullmatch(text, max(0, c.vs - len(verb) - 1), c.vs) is not None
    if not level and not _bare_verb(verb) and not _PROGRESS_PRED.fullmatch(verb) and not (aspect and len(verb) == 2) \
            and not relative:
        return ind
    ps, _ = layout.para_of(c.vs)
    i = bisect.bisect_left(starts, c.vs)
    lo = bisect.bisect_left(starts, ps)
    if ps >= 2 and not _group_heading(text, layout, c.vs) and \
            not any(x is not c and x.measure == "count" and x.indicator for x in by_vs[lo:i]):
        # 县水利局承办9项 after the row 县交通局承办督办事项11项: a row leaves out the noun the row above named
        lo = bisect.bisect_left(starts, layout.para_of(ps - 2)[0])
    unit = c.unit
    walk = named.lenders(unit, lo, i) if named is not None and not share else reversed(by_vs[lo:i])
    for x in walk:
        if x is c or x.measure != "count" or not x.indicator or _closed_before(text, x.vs, c.vs):
            continue  # (隐患320处(重大隐患12处、…),已整改296处: the whole's noun, not the bracketed part's)
        if share and x.vs < c.vs and x.indicator.startswith(verb):
            return x.indicator + "占比"
        if share or x.unit != unit or _bare_verb(x.indicator) and not x.indicator.endswith(zh.CASE_NOUNS):
            continue  # (受理信访举报86件: the cases counted are named, whatever the tagger says of 举报)
        if x.extra.get("restored") and not relative:
            # a count whose noun was itself restored: the noun it borrowed, not its own verb (正常推进30项,进度滞后4项)
            noun = x.extra.get("restored_noun", "")
            return _join_overlap(verb, noun) if noun and noun not in verb else ind
        if _STAGE_ONLY.fullmatch(x.indicator):
            if _STAGE_ONLY.fullmatch(verb) and layout.sent_of(x.vs)[0] == layout.sent_of(c.vs)[0]:
                return ind  # 其中新开工18项,竣工12项: siblings, each a stage of the works counted before (named by
                # the headless pass: 竣工项目), no noun one lends the other
            continue  # 重点项目13项,其中新建11项、续建2项。一季度开工9项: a stage's part lends no noun; the whole does
        if _predicate_end(x.indicator) and not x.indicator.endswith(zh.CASE_NOUNS) and not relative:
            return ind  # 阶段性办结60件,未办结45件 / 经查属实40件,部分属实25件: siblings, each its own predicate
        pm = _PROGRESS_PRED.match(x.indicator)
        # 达到计划进度10个,未达到计划进度2个: the second counts what the first did
        noun = x.indicator[pm.end():] if pm and pm.end() < len(x.indicator) else _counted_noun(x.indicator)
        if relative:
            noun = _head_noun(_set_name(noun) or noun)  # (纳入督办的问题线索 → 问题线索)
        if level:
            # 省重点项目120项,其中省级5项: the level replaces the level the whole was named with
            noun = _LEVEL_LEAD.sub("", noun)
            if _LEVEL_ONLY.fullmatch(noun):
                return ind
        if noun and _CONJ_LEAD.match(noun):
            return ind  # 完成或达到序时进度: an earlier predicate of its own, no noun to lend
        if noun and noun not in verb:
            return _join_overlap(verb, noun)
        return ind
    return ind


_CONJ_LEAD = rx.compile(r"(?:或|和|及|与|并|或者|以及)")
_DONE_ASPECT_BEFORE = rx.compile(r"(?:已经|已)$")


def _done_aspect(text: str, vs: int, verb: str) -> str:
    """The bare verb right before a count, with the 已 the text writes before it (重大项目48个,已开工45个 →
    已开工; 续建项目140项,已经复工133项 → 已复工): lent the noun of the count before, the verb names the members of
    that set that reached the stage by now, as the text says, not a set of its own (开工项目)."""
    k = vs - len(verb)
    if not verb or verb.startswith("已") or text[k:vs] != verb or not _DONE_ASPECT_BEFORE.search(text, max(0, k - 2), k):
        return verb
    return "已" + verb
_RELATIVE_END = rx.compile(r"的\s*(?:有|为|是|共有|共)\s*$")
RELATIVE_MAX = 6  # a headless relative clause (欠进度的, 正在办理的) says a status in a few words
HEAD_NOUN_MIN = 7  # a name this long is cut to its head noun when lent to a headless relative


@functools.lru_cache(maxsize=4096)
def _head_noun(noun: str) -> str:
    """年度政府工作报告明确目标任务 → 目标任务: the nouns a long name ends with (what its items are), after its last
    verb or qualifier; a short name stays whole."""
    if len(noun) < HEAD_NOUN_MIN:
        return noun
    toks = [(w.word, w.flag) for w in _posseg().lcut(noun)]
    k = len(toks)
    while k > 0 and toks[k - 1][1].startswith(("n", "j")) and len(toks) - k < 2:
        k -= 1
    head = "".join(w for w, _ in toks[k:])
    return head if len(head) >= 2 else noun


# --------------------------------------------------------------------------- predicates without a noun

_DEADLINE_LEAD = rx.compile(r"^(?:到)?(?:19|20)\d\d年(?:底|末)?")
_PRED_WORDS = rx.compile(alternation(zh.PREDICATE_WORDS))
_GROWTH_WAY_ONLY = rx.compile(rf"(?:同比|环比|年均|平均)?(?:{alternation(zh.GROWTH_WAY_VERBS)})了?")
# A clause opening with a verb of a pull (zh.PULL_VERBS) takes the measure named before it even when a noun follows
# (拉动GDP增长: GDP is the object pulled, the measure is the contribution of what was named before).
_PRED_OPENER = rx.compile(f"(?:{alternation(zh.PULL_VERBS)})")
_MODAL_LEAD = rx.compile(f"^(?:{alternation(zh.PREDICATE_MODALS)})+")
BASE_LOOKBACK = 300
# 高于规上工业增速4.1个百分点 / 比全市规上工业快2.5个百分点: what a comparison names after its verb (or between 比 and
# the degree) is the base the figure is set against, never the measure: A高于B N个百分点 measures A, named before
_COMPARAND_END = rx.compile(rf"(?:(?:{alternation(zh.BASE_DEGREE_VERBS)})[^,，;；。比]{{1,16}}|"
                            rf"(?:比|较)[^,，;；。比]{{1,16}}?(?:{alternation(zh.COMPARED_DEGREES)}))$")


# 超任务12元 / 超额完成年度计划3亿元 / 超出省定目标任务2个: how far the measure just named passed its plan, naming no
# measure of its own
_EXCEEDED_PLAN = rx.compile(rf"(?:{alternation(zh.EXCEEDED_PLAN_VERBS)})(?:{alternation(zh.EXCEEDED_PLAN_OWNERS)})?"
                            rf"(?:{alternation(zh.EXCEEDED_PLANS)})$|(?:{alternation(zh.EXCEEDED_PLAN_ALONE)})$")


# 但仍比时间进度慢 / 却低于全省: the turn of the sentence names nothing
_CONCESSIVE_LEAD = rx.compile(rf"^(?:{alternation(zh.CONCESSIVE_LEADS)})+")
_PACE_BASE = rx.compile(alternation(zh.PACE_BASES))
_PLAN_SHARE_END = rx.compile(r"(?:累计)?完成(?:投资占|年度|全年|年)?(?:年度|全年|年)?(?:投资)?(?:计划|目标|任务)(?:投资)?$")
_PLAN_DONE = rx.compile(r"(?P<what>(?:已|累计)?完成(?:年度|全年|年)?(?:投资)?(?:计划|目标任务|目标|任务)(?:投资)?)(?:的)?(?:为|达到|达)?")
# 为年投资计划的80% / 相当于全年目标的60%: a share of the whole named before 的
_SHARE_AS = rx.compile(rf"(?:{alternation(zh.SHARE_AS_WORDS)})(?P<whole>[\u4e00-\u9fff]{{1,10}}?)的")
_SHARE_OF = rx.compile(r"占(?:全年|年度|全部|总|计划|全县|全市|全省|全区)?[\u4e00-\u9fff]{0,10}?的?(?:比重|比例)?(?:为|达到|达)?$")


_PRODUCT_BARE = rx.compile(rf"(?:全年|当年|年内)?(?:{alternation(zh.PRODUCT_BARE_MEASURES + zh.ACCOUNT_MEASURES)})")
_PRODUCT_NAMED = rx.compile(rf"(?P<product>[\u4e00-\u9fff]{{1,12}}?)"
                            rf"(?:{alternation(zh.PRODUCT_MEASURES + zh.ACCOUNT_MEASURES)})")
# 规模以上工业企业实现营业收入: the verb of the achievement is no part of the class that achieved it
_PRODUCT_DID = rx.compile(rf"(?:{alternation(zh.ACTOR_VERB_ADVERBS)})*(?:{alternation(zh.ACTOR_OUTCOME_VERBS)})$")


def _product_of(named: str) -> str:
    """The product or class of units a name of its measure is about (生猪存栏 → 生猪, 牛存栏 → 牛, 规上工业企业实现营业收入
    → 规上工业企业), "" when the name is a measure alone or its one character before the measure is no noun (总产量)."""
    m = _PRODUCT_NAMED.fullmatch(named)
    if m is None:
        return ""
    product = _PRODUCT_DID.sub("", m.group("product"))
    if len(product) == 1:
        words = dictionary_words(product)  # 牛, 羊, 茶: a product named in one character is a noun of its own
        return product if words and words[0][1] == "n" and product not in zh.ONE_CHAR_NOT_NAMES else ""
    return product


_INVESTED = rx.compile(alternation(("投资",) + tuple(zh.PROJECT_NOUNS)))


_OUTPUT_VERB = rf"(?:{alternation(zh.OUTPUT_VERB_ADVERBS)})?(?:{alternation(zh.OUTPUT_VERBS)})了?"
_OUTPUT_MADE = rx.compile(rf"(?P<product>[\u4e00-\u9fff]{{2,10}}?)(?:{zh.OUTPUT_NOUN}(?:{_OUTPUT_VERB})?|{_OUTPUT_VERB})")
_OUTPUT_BEFORE = rx.compile(rf"(?:{alternation(zh.OUTPUT_VERB_ADVERBS)})?(?:{alternation(zh.OUTPUT_VERBS_BEFORE)})了?"
                            rf"(?P<product>[\u4e00-\u9fff]{{2,8}})")
_OUTPUT_GAP = rx.compile(r"\s*(?:约|近|超过|超|达到|达)?\s*")
_OUTPUT_VERB_TAIL = rx.compile(rf"(?:{zh.OUTPUT_NOUN})?{_OUTPUT_VERB}\s*(?:约|近|超过|超)?\s*")
_OUTPUT_MADE_AT = rx.compile(rf"{_OUTPUT_VERB}\s*(?:约|近|超过|超)?\s*$|{zh.OUTPUT_NOUN}")


def _product_measures(text: str, layout: Layout, cands: list[Cand]) -> None:
    """粮食播种面积45.2万亩,总产量18.6万吨 → 粮食总产量: a figure named by a product's measure alone measures the product
    the figure just before it in its sentence names by another such measure (生猪存栏…,出栏… → 生猪出栏).  A product
    made in a physical quantity (变压器累计生产200万千伏安, 汽车生产1.2万辆) is measured by its output: 变压器产量."""
    by_vs = sorted(cands, key=lambda c: c.vs)
    for c in by_vs:
        if base_unit(c.unit) not in zh.OUTPUT_UNITS or c.rank or not c.indicator:
            continue
        k = text.rfind(c.indicator, c.es, c.vs)
        made = _OUTPUT_BEFORE.fullmatch(c.indicator)
        if made and k >= 0 and _OUTPUT_GAP.fullmatch(text, k + len(c.indicator), c.vs):
            if not made.group("product").endswith(zh.OUTPUT_NOT_PRODUCT_ENDS):
                c.indicator = made.group("product") + zh.OUTPUT_NOUN  # 全年生产钾肥700万吨 → 钾肥产量
            continue
        if not _OUTPUT_MADE_AT.search(text, c.es, c.vs):
            continue
        m = _OUTPUT_MADE.fullmatch(c.indicator)
        # (钢材累计实现85万吨: the trim may have taken the verb off the name, leaving the product)
        product = m.group("product") if m else \
            c.indicator if k >= 0 and _OUTPUT_VERB_TAIL.fullmatch(text, k + len(c.indicator), c.vs) else ""
        if product and not product.endswith(zh.OUTPUT_NOT_PRODUCT_ENDS):
            c.indicator = product + zh.OUTPUT_NOUN  # 变压器累计生产200万千伏安 → 变压器产量
    for x, c in zip(by_vs, by_vs[1:]):
        if c.rank or c.item or not c.indicator or x.rank or not x.indicator or \
                layout.sent_of(x.vs)[0] != layout.sent_of(c.vs)[0]:
            continue
        own = c.indicator
        if own != x.indicator and own.startswith(x.indicator):
            own = own[len(x.indicator):]  # (规上工业总产值 + 增加值: the whole measure before, joined by the noun rule)
        elif own != x.indicator and own.endswith(x.indicator):
            own = own[:-len(x.indicator)]  # (出栏 + 生猪存栏)
        if not _PRODUCT_BARE.fullmatch(own):
            continue
        product = _product_of(_TIME_WORDS.sub("", x.indicator))
        if not product or c.subject != x.subject:  # (其中县城投集团20亿元: a part of its own, no product's)
            continue
        c.indicator = shorten(_join_overlap(product, own), 24)


def _predicate_only(pred: str) -> bool:
    """True when a clause before a value only says how something changed (同比增长, 增速比一季度提高, 快于全省)."""
    if not pred:
        return True
    if _PRED_OPENER.match(pred):
        return True
    if any(w in pred for w in zh.GROWTH_BREADTH_NOUNS):
        return False  # 增长面为70%: the share of the set that grew, a noun though it opens with 增长
    core = _PRED_WORDS.sub("", _TIME_WORDS.sub("", _COMPARAND_END.sub("", _EXCEEDED_PLAN.sub("", pred))))
    core = _NOT_HAN_OR_LATIN.sub("", core)
    if len(core) == 1 and core == pred and core not in zh.ONE_CHAR_NOT_NAMES:
        words = dictionary_words(core)
        if words and words[0][1] == "n":
            return False  # 梨3.5万吨 / 牛12万头 after 苹果产量…: a product named in one character names its own figure
    return len(core) < 2


_SHORT_BRACKETED = rx.compile(r"[(（][^()（）]{0,20}[)）]")
_HELD_OR_TOTAL = rx.compile(rf"(?:{alternation(zh.HELD_OR_TOTAL_LEADS)})+(?:达到|达|为|在)?")
_TIMES_ADVERB = rx.compile(rf"(?:{alternation(zh.TIMES_ADVERBS)})(?:[一二两三四五六七八九十\d]{{1,2}}[年季月届次])?")
# 是全国首个突破 / 成为全省第一个超过: the first (place, body) to pass a mark, right before the mark
_FIRST_TO_PASS = rx.compile(rf"(?:是|成为)[\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.FIRST_OF_SET_WORDS)})"
                            rf"(?:{alternation(zh.MILESTONE_PASS_VERBS)})\s*$")
_PRED_APPROX_END = rx.compile(rf"(?:约为|{_BARE_YUE}|趋近|逼近|{_BARE_JIN}|接近|将近|大约|超过|超|突破)$")


_BARE_GROWTH_REST = rx.compile(r"(?:同比|环比|年均|平均)?(?:增长|下降|递增|递减|增速|增幅|降幅|减幅)?")


def _whole_of_breakdown(text: str, layout: Layout, ss: int, by_vs: list[Cand]) -> Cand | None:
    """The whole a breakdown split in the sentence before ss, when that sentence (or the one it goes on from, itself
    opening with 其中) lists parts of a figure: 社会消费品零售总额120亿元,其中城镇100亿元,乡村20亿元。 → the 120亿元;
    None when no part opener stands after a figure there."""
    if ss <= 0:
        return None
    ps = layout.para_of(ss)[0]
    if layout.para_of(ss - 1)[0] != ps:
        return None
    lo = layout.sent_of(ss - 1)[0]
    if lo > ps and _PART_OPENER.match(text, lo) and layout.para_of(lo - 1)[0] == ps:
        lo = layout.sent_of(lo - 1)[0]  # 总额120亿元。其中,城镇100亿元…: the sentence 其中 opens splits the one before
    op = None
    for op in _PART_OPENER.finditer(text, lo, ss):
        pass
    if op is None:
        return None
    before = [x for x in by_vs if lo <= x.vs < op.start() and x.indicator and not x.rank and not x.item and
              x.measure in ("level", "count")]
    after = [x for x in by_vs if op.end() <= x.vs < ss and x.indicator]
    if not before or not after:
        return None
    return before[-1]


_BASED_INDEX = rx.compile(rf"(?P<base>{alternation(zh.INDEX_BASES)})(?P<head>[\u4e00-\u9fff]{{0,4}}?(?:{alternation(zh.STAT_WORDS)}))")


def _qualified_siblings(text: str, layout: Layout, cands: list[Cand]) -> None:
    """居民消费价格环比指数为100.2,同比指数为101.5: a value named only by its base and the index's head (同比指数) after a
    value of the same sentence named by the stem, another base and the same head is the same index's, taken against
    its own base: 居民消费价格同比指数 (the stem is written once for both)."""
    by_vs = sorted(cands, key=lambda x: x.vs)
    for i, c in enumerate(by_vs):
        m = _BASED_INDEX.fullmatch(c.indicator or "")
        if m is None:
            continue
        ss, _ = layout.sent_of(c.vs)
        for p in reversed(by_vs[:i]):
            if p.vs < ss:
                break
            pm = next((x for x in _BASED_INDEX.finditer(p.indicator or "") if x.group("head") == m.group("head")
                       and x.group("base") != m.group("base") and x.start() >= 2), None)
            if pm is not None:
                c.indicator = p.indicator[:pm.start()] + c.indicator
                break


_DE_END = rx.compile(r"的$")


_REACH_VERB_END = rx.compile(r"(?:为|达到|达)$")


_HAVE_OPENING = rx.compile(r"^(?:有|拥有|共有|现有)")


def _predicate_indicators(text: str, layout: Layout, cands: list[Cand]) -> None:
    """A value whose own clause names no measure takes the measure named last before it, plus the predicate.

    地区生产总值增长5%，增速比一季度提高0.3个百分点，快于全省1.7个百分点 → 地区生产总值增速比一季度提高, 地区生产
    总值增速快于全省; 实现144亿元、年均增长8.7% → the 8.7% measures what the 144亿元 measures.  The measure is found
    among earlier values of the same sentence (at most ``BASE_LOOKBACK`` characters back), never after the value.
    """
    base: Cand | None = None
    last_rank: Cand | None = None
    by_vs = sorted(cands, key=lambda c: c.vs)
    for c in by_vs:
        if c.rank:
            last_rank = c
            continue
        if c.extra.get("ratio") is not None:
            continue
        ss = layout.sent_of(c.vs)[0]
        if c.measure == "delta" and c.unit in ("位", "名") and last_rank is not None and last_rank.vs >= ss \
                and last_rank.indicator and (base is None or base.vs < last_rank.vs):
            c.indicator = last_rank.indicator  # 排名第5位、比上年上升9位: the move of the rank just named
            continue
        if c.extra.get("bracketed"):
            continue
        lo = max(0, c.vs - 40)
        # …较时序进度(66.7%)慢2.1个百分点: a bracketed figure before the value is no clause of its own
        seg = _SHORT_BRACKETED.sub("", text[lo:c.vs])
        k0 = clause_start(seg, len(seg), back=len(seg), also="(（")  # (平均油价下降33.2%): a bracket opens one
        pred = seg[k0:].strip()
        ks = c.vs - len(seg) + k0
        first = _FIRST_TO_PASS.search(text, ks, c.vs)
        if first and base is not None and base.vs >= ss and base.indicator and not base.item \
                and unit_class(base.unit) == unit_class(c.unit):
            # 地区生产总值达到12.6万亿元,是全国首个突破12万亿元的省份: the mark the place was the first to pass is one of
            # the measure just stated, not of the places counted (省份) after it
            c.indicator = base.indicator
            continue
        pred = _PRED_APPROX_END.sub("", _TIMES_ADVERB.sub("", pred))  # (历史首次突破 / 连续两年突破: how often, no noun)
        pred = strip_method(pred)  # 按可比价计算增长3.1%: the growth of the measure before, however computed
        own_noun = bool(c.item or c.extra.get("noun") or c.extra.get("restored") or c.extra.get("heading_named") or
                        c.extra.get("chain_head") or c.extra.get("subset")) or \
            not _predicate_only(pred) or \
            c.measure == "count" and base_unit(c.unit) in zh.PERSON_UNITS and bool(c.indicator) and \
            base is not None and is_money(base.unit)  # 总投资超千亿元,带动就业近万人: people, no share of the sum
        done = c.measure == "share" and not c.item and _PLAN_DONE.fullmatch(pred)
        if done and base is not None and base.vs >= ss and c.vs - base.vs <= BASE_LOOKBACK and \
                unit_class(base.unit) != "percent":
            # 重点项目完成投资112亿元,完成年度计划的61.2%: the plan of the projects just named
            noun = _MEASURE_END.sub("", base.indicator)
            if len(noun) >= 2 and noun not in c.indicator:
                c.indicator = shorten(noun + done.group("what"), 32)
            c.extra["share_of"] = base
            base = c
            continue
        share_of = c.measure == "share" and not c.item and (_SHARE_OF.match(pred) or _SHARE_AS.fullmatch(pred))
        if share_of and base is not None and base.vs >= ss and c.vs - base.vs <= BASE_LOOKBACK and base.indicator \
                and (unit_class(base.unit) != "percent" or base.measure == "growth"):
            # 完成投资70亿元,占年度计划的58.3%: the share is that of the amount just stated; 高技术制造业增加值增长9.3%,
            # 占规上工业比重为18.4%: of the measure whose growth was just stated (a rate has no share, its measure has)
            whole = _DE_END.sub("", _REACH_VERB_END.sub("", share_of.group()))
            if share_of.re is _SHARE_AS:
                whole = "占" + share_of.group("whole")  # 完成投资85亿元,为年投资计划的80%: says what 占年投资计划的 says
            noun = _HAVE_OPENING.sub("", base.indicator)
            if len(noun) >= 2 and noun in whole:
                whole = whole.replace(noun, "") + "比重"  # …红树林面积N,占全省红树林面积60.1%: its share of the province's
            if not c.indicator.startswith(base.indicator):
                c.indicator = shorten(base.indicator + whole, 32)
            c.extra["share_of"] = base
            base = c
            continue
        # 完成投资45亿元。同比增长12%,…: a sentence opening with a bare predicate goes on about the paragraph's last figure
        carried = base is not None and base.vs < ss and not text[ss:ks].strip() and base.indicator and \
            c.vs - base.vs <= BASE_LOOKBACK and layout.para_of(base.vs)[0] == layout.para_of(c.vs)[0] and \
            "share_of" not in base.extra and c.measure in ("growth", "delta")
        if not own_noun and not carried and \
                (base is None or base.vs < ss or c.vs - base.vs > BASE_LOOKBACK or not base.indicator):
            # no value before it in the sentence: a known indicator named earlier in the sentence (全市GDP增速
            #明显高于全国平均水平,年均递增7.52%)
            hits = known_indicators(text[max(ss, ks - BASE_LOOKBACK):ks])
            if hits:
                c.indicator = hits[-1][2]
            continue
        if own_noun:
            if c.indicator and not c.item:
                c.extra["np"] = True
                c.extra["base_before"] = base
                base = c
            continue
        if base is not None and base.extra.get("np") and _closed_before(text, base.vs, c.vs):
            # 收入完成45亿元(含某公司一次性税收2亿元),同比增长8%: a figure in a bracketed aside names nothing after it
            outer = base.extra.get("base_before")
            while outer is not None and _closed_before(text, outer.vs, c.vs):
                outer = outer.extra.get("base_before")
            if outer is None or outer.vs < ss or not outer.indicator:
                continue
            base = outer
        if c.measure == "growth" and base.measure == "delta" and base.vs >= ss and unit_class(base.unit) != "points":
            # 收入完成38.3亿元,同比增收6.5亿元,增长20.4%: the growth is the amount's, not its increment's
            stated = [x for x in by_vs if ss <= x.vs < base.vs and x.indicator and x.measure in ("level", "count")]
            if stated:
                base = stated[-1]
        if carried and (whole := _whole_of_breakdown(text, layout, ss, by_vs)) is not None:
            base = whole  # 总额120亿元,其中城镇100亿元,乡村20亿元。全年增长9%: the sentence after the parts is the whole's
        if c.measure == "growth" and "share_of" in base.extra:
            base = base.extra["share_of"]  # 完成投资45亿元,占年度计划的75%,同比增长12%: the amount grew, not its share
        pred = _DEADLINE_LEAD.sub("", pred)  # 到2020年达到150亿元: the deadline is the period's, no part of the measure
        rest = re.sub(r"^(?:同比|环比)?(?:增长|下降|实现|为|达到|达)?(?:了)?", "",
                      _MODAL_LEAD.sub("", _CONCESSIVE_LEAD.sub("", pred)))
        if rest != pred and _MODAL_LEAD.match(_CONCESSIVE_LEAD.sub("", pred)):
            # (预计2020年实现144亿元: the estimate's time is the period's, no part of the measure)
            rest = re.sub(r"^(?:同比|环比)?(?:增长|下降|实现|为|达到|达)?(?:了)?", "", _TIME_WORDS.sub("", rest))
        rest = re.sub(r"(?:了|为|达到|达|分别|(?<![平日周月季年人户亩场])均)$", "", rest)
        rest = _WITH_BASE.sub(r"比\1", rest)  # 与去年同期相比提高 says what 比去年同期提高 says
        if c.measure == "growth":
            rest = _BASE_CMP.sub("", rest)  # 比上年增长: the ordinary growth rate of the measure
        if _BARE_GROWTH_REST.fullmatch(rest) or _BARE_GROWTH_REST.fullmatch(_TIME_WORDS.sub("", rest)) or \
                _HELD_OR_TOTAL.fullmatch(rest) or c.measure == "growth" and _GROWTH_WAY_ONLY.fullmatch(rest):
            # (全年增长9%: the time the growth is of is the period's, no part of the measure)
            # 年均增长8.7%: the growth of the measure itself; 累计达到18万个: its total; 同比上升12% / 回落3.1%: a growth
            # whose verb only says which way it went
            rest = ""
        ind = base.indicator
        if rest in _PER_PERIOD_AVERAGES:
            ind, rest = rest + ind, ""  # 接待游客120万人次,日均3300人次: the average a day of what the base counts
        pace = _PLAN_SHARE_END.search(ind) if c.measure == "delta" and base.measure == "share" and \
            _PACE_BASE.search(rest) else None
        if pace:
            # 完成投资占年度计划的78%,比序时进度快3个百分点: measured against the calendar's pace, the share of the plan
            # done is the completion rate (…投资完成率比序时进度快)
            # (一般公共预算收入完成年度目标的76.5%, 低于序时进度: the revenue's completion rate, no investment's; a plan
            # of projects is one of investment)
            ind = ind[:pace.start()] + (zh.PLAN_DONE_RATE if _INVESTED.search(ind) else zh.PLAN_DONE_RATE_OTHER)
        if rest:
            if c.measure == "delta" and unit_class(c.unit) == "points" and base.measure != "share" and \
                    not re.match(r"增速|增幅|降幅|涨幅|拉动|带动|比重", rest) \
                    and not re.search(r"增速|增幅|降幅|比重|率$", ind):
                ind += "增速"
            if len(ind) + len(rest) <= 32 or not _COMPARAND_END.fullmatch(rest):
                ind += rest
            # (…制造业实现工业增加值增速 + 比全省规模以上工业增加值增速高: too long for both, the measure compared is
            # kept, not the base, whose name a cut to the last known indicator would keep instead)
        c.indicator = shorten(ind, 32)


# --------------------------------------------------------------------------- structures (ratios, 从X到Y)

def _ranked_columns(cands: list[Cand]) -> dict[int, str]:
    """The indicator of each cell of a rank column (位次, 排名, 增速排位) standing right of a column of figures in a
    table of places (县区 | 1-9月投资增速(%) | 位次) whose name ends as the column's before its rank word (增速 in
    增速排位): the rank is the row's place among the table's by that figure, named as that figure and the column's
    word (投资增速排位), by value start."""
    out: dict[int, str] = {}
    prev: Cand | None = None
    for c in sorted((c for c in cands if "table" in c.extra), key=lambda c: c.vs):
        tc = c.extra["table"]
        p = prev.extra["table"] if prev is not None else None
        word = next((w for w in zh.TABLE_RANK_COLUMN_ENDS if tc.header.endswith(w)), "")
        what = tc.header[:len(tc.header) - len(word)]  # 增速排位: the rank of the growth, named before its word
        if word and tc.measure == "rank" and tc.label_role == "subject" and p is not None and p.table == tc.table \
                and p.row_start == tc.row_start and p.measure != "rank" and prev.measure != "rank" and \
                prev.unit != zh.TABLE_SCORE_UNIT and not column_role(p.header) and \
                prev.indicator and prev.indicator.endswith(what):  # (得分 | 名次: a ranking by score, named by its topic)
            out[c.vs] = prev.indicator + word
        prev = c
    return out


def _ranked_names(text: str, cands: list[Cand], ranked: list[Ranked], year: int | None = None,
                  mentions: list[RegionMention] = (), m_starts: list[int] = ()) -> None:
    """第三名:青川镇87.5分 / 西山区以88.6分位列第三: the rank and the score are the named body's, not the place's the
    text speaks as; the score is a level in 分.  A place the gazetteer knows is named as it names it (北川县 →
    北川羌族自治县), as every other figure's place."""
    at = {}
    for r in ranked:
        for span in (r.rank, r.score):
            if span:
                at[span[0]] = r
    topics: dict[int, str] = {}
    ranked_after = _ranked_columns(cands)
    for c in cands:
        r = at.get(c.vs)
        tc = c.extra.get("table")
        if c.vs in ranked_after:
            c.indicator = ranked_after[c.vs]  # 规上工业增加值增速(%) | 位次: the rank of the growth left of it
            continue
        if tc is not None and (tc.measure == "rank" or c.unit == zh.TABLE_SCORE_UNIT) and \
                tc.header in (zh.RANK_NOUN, zh.SCORE_NOUN) + zh.TABLE_RANK_COLUMN_ENDS + zh.TABLE_SCORE_COLUMN_ENDS:
            # 排名 | 单位 | 得分 under 码头整治考评情况: the bare column word ranks what the table's title names
            if tc.table not in topics:
                topics[tc.table] = _ranking_topic(text, tc.table)
            word = zh.RANK_NOUN if tc.measure == "rank" else tc.header
            c.indicator = topics[tc.table] + word
            continue
        if r is None or tc is not None:
            continue
        if not fact_scope.SCOPE_WORD.fullmatch(text, r.name_start, r.name_end):
            c.subject = _placed_name(text, r.name_start, r.name_end, mentions, m_starts)
            # (全市得分92.5分: the text's own place, as the scope resolved it)
        c.es, c.ee = r.start, r.end
        line_s = text.rfind("\n", 0, r.start) + 1
        topic = _ranking_topic(text, line_s)
        if not any(p.role != "base" for p in find_periods(text[line_s:r.end], year)):
            # 3月份垃圾治理督查排名 / 第三名:青川镇87.5分: a ranking line without a time of its own holds for its heading's
            heading = _ranking_topic(text, line_s, whole=True)
            times = [p for p in find_periods(heading, year) if p.role != "base"] if heading else []
            if len(times) == 1:
                c.period = times[0].period
        if r.score and c.vs == r.score[0] and c.unit == "分":
            c.measure = "level"
            word = next((w for w in zh.SCORE_WORDS if len(w) > 1 and w in text[r.name_end:c.vs]), zh.SCORE_NOUN)
            c.indicator = topic + word
        elif r.what:
            c.indicator = r.what + ("" if r.what.endswith(zh.RANK_NOUN) else zh.RANK_NOUN)
        elif topic or "ranking_frame" not in c.extra:
            c.indicator = topic + zh.RANK_NOUN  # (在全省营商环境评价中,甲市排名第2位: the frame named it, kept)
    # 青川镇综合考核位列全市第一,较上季度前移2位: the move is of the rank just named, the same body's
    last = None
    for c in cands:
        if c.vs in at and c.measure == "rank" and "table" not in c.extra:
            last = c
        elif last is not None and c.measure == "delta" and c.unit in ("位", "名") and \
                not re.search(r"[。;；\n]", text[last.vs:c.vs]):
            c.subject = last.subject
    # the ranks and scores of one table hold for one time: the one most of its cells are given
    tables: dict[int, list[Cand]] = {}
    for c in cands:
        tc = c.extra.get("table")
        if tc is not None and (tc.measure == "rank" or c.unit == zh.TABLE_SCORE_UNIT or column_role(tc.header) == "score"):
            tables.setdefault(tc.table, []).append(c)  # (考评成绩 | 96.5: a score written with no unit)
    for table, members in tables.items():
        heading = _ranking_topic(text, table, whole=True)
        times = [p for p in find_periods(heading, year) if p.role != "base"] if heading else []
        # (东坡县2022年第三季度项目建设考核排名: the time its title names)
        period = times[0].period if len(times) == 1 else Counter(c.period for c in members).most_common(1)[0][0]
        for c in members:
            if not any(p.role != "base" for p in find_periods(c.extra["table"].header, year)):
                c.period = period  # (第一季度得分 | 第二季度得分: a column naming its own time keeps it)
    # a name's rank and score hold for the same time: the rank's
    by_vs = {c.vs: c for c in cands}
    for r in ranked:
        if r.rank and r.score and r.rank[0] in by_vs and r.score[0] in by_vs:
            by_vs[r.score[0]].period = by_vs[r.rank[0]].period


_TOPIC_TIME = rx.compile(r"(?:19|20)\d\d\s*年度?|[第前]?[一二三四1-4]个?季度|上半年|下半年|全年|年度|\d{1,2}\s*[-—至~]\s*\d{1,2}\s*月份?|"
                         r"[一二三四五六七八九十\d]{1,2}\s*月份?|[上中下]旬")
_TOPIC_LABEL = rx.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、.．]|附件\s*\d*\s*[:：]?)\s*")
_TOPIC_PLACE = rx.compile(rf"^[\u4e00-\u9fff]{{1,6}}?(?:{alternation(tuple(zh.PLACE_LEVEL_CHARS))})(?=\s*(?:(?:19|20)\d\d|关于|各))|"
                          rf"^[\u4e00-\u9fff]{{2,4}}?(?:{alternation(tuple(zh.PLACE_LEVEL_CHARS))})(?=[\u4e00-\u9fff]{{4}})")


_RANKING_ENTRY = rx.compile(r"\d\s*分|第\s?[一二三四五六七八九十\d]{1,3}\s?[名位]")


def _ranking_topic(text: str, pos: int, whole: bool = False) -> str:
    """What a ranking at ``pos`` ranks: the nearest heading above it that speaks of ranking, scoring or inspecting
    (二、码头整治考评结果 / 关于2023年码头整治考评情况的通报), stripped of its label, place, time and ends."""
    e = text.find("\n", pos)
    p = len(text) if e < 0 else e  # the line at pos first (a title the rows stand right under)
    for _ in range(12):
        if p <= 0:
            break
        s = text.rfind("\n", 0, p - 1) + 1 if p > 0 and text[p - 1] != "\n" else text.rfind("\n", 0, max(0, p - 1)) + 1
        line = text[s:p].strip()
        p = s
        if not line or len(line) > 40 or re.search(r"[。;；,，\t|｜]|[:：]$|\S[ \u3000]{2,}\S|\S[ \u3000]+\S+[ \u3000]+\S", line):
            continue  # prose, the lead-in of a list (现将…通报如下:), a table's header row
        if _RANKING_ENTRY.search(line):
            continue  # a ranking's own line (第三名:青川镇87.5分), no heading over it
        if any(w in line for w in zh.RANKING_TOPIC_CUES) and (topic := _topic_words(line)):
            return line if whole else topic  # (the heading's whole line when asked for it)
    return ""


def _topic_words(line: str) -> str:
    t = _TOPIC_LABEL.sub("", line)
    t = re.sub(r"[:：]$", "", t.strip())
    t = _TOPIC_PLACE.sub("", t)
    t = _TOPIC_TIME.sub("", t)
    changed = True
    while changed:
        changed = False
        for w in zh.RANKING_TOPIC_HEADS:
            if t.startswith(w):
                t, changed = t[len(w):], True
        for w in zh.RANKING_TOPIC_TAILS:
            if t.endswith(w):
                t, changed = t[:-len(w)], True
    t = _TOPIC_PLACE.sub("", t) if t else t
    return t if len(t) >= 2 else ""

_SINGLE_MONTH_HEAD = rx.compile(alternation(zh.SINGLE_MONTH_WORDS))
_INDEX_BASE_HEAD = rx.compile(r"以?([\u4e00-\u9fff\d]{1,10}?)(?:价格)?(?:[=＝]|为)100")  # 上年同月=100: the base an index column is taken against
_MONTH_COLUMN = rx.compile(r"(\d{1,2})月份?")
_MONTHS_END = rx.compile(r"(\d{4}|\?)-(?:M\d\d\.\.)?M(\d\d)")


def _table_time(tc, year: int | None, doc_period: str, leads: dict[int, str] | None = None) -> str:
    """The time a table's cells hold in when their column names none: its caption's (表1 2025年主要农产品产量,
    2026年1-6月各县(市、区)固定资产投资; the cut-off under it, 截止时间:2021年4月30日), else the time of the paragraph
    leading into it (``lead_times``), else the document's (a title's 1-9月)."""
    if not tc.title:
        return (leads or {}).get(tc.table) or doc_period
    # (2021年各县区转办统计(截止时间:2021年4月30日): the cut-off the caption closes with, not the caption's year)
    last = _LAST_BRACKET.search(tc.title)
    ps = [p for p in find_periods(last.group(), year) if p.role != "base"] if last else []
    ps = ps or [p for p in find_periods(tc.title, year) if p.role != "base"]
    return ps[0].period if ps else doc_period


def lead_times(text: str, cands: list[Cand]) -> dict[int, str]:
    """The time of the paragraph right above each table with no caption, by where the table's header starts: a
    table an office sets under a paragraph (5月份,全市转派工单1500件,其中…, then 责任单位 | 转派工单 | 占比) details
    what that paragraph reports, in its time.  The paragraph's time is the one every figure it reports holds in; a
    paragraph whose figures hold in several times, or that reports none, gives none."""
    times: dict[int, set[str]] = {}
    for c in cands:
        tc = c.extra.get("table")
        if tc is not None and not tc.title and tc.table >= 0 and tc.table not in times:
            times[tc.table] = set()
    if not times:
        return {}
    lines: dict[int, tuple[int, int]] = {}
    for start in times:
        e = text.rfind("\n", 0, start)
        while e > 0 and not text[text.rfind("\n", 0, e) + 1:e].strip():
            e = text.rfind("\n", 0, e)  # (blank lines between the paragraph and the table)
        if e > 0:
            lines[start] = (text.rfind("\n", 0, e) + 1, e)
    for c in cands:
        if "table" in c.extra or c.kind != "actual":
            continue
        for start, (a, b) in lines.items():
            if a <= c.vs < b:
                times[start].add(c.period)
    return {start: ps.pop() for start, ps in times.items() if len(ps) == 1 and "" not in ps}


def _month_of(period: str) -> str:
    """The last month of a time (2026-M01..M08 → 2026-M08), "" for a time of no months."""
    m = _MONTHS_END.fullmatch(period.lstrip("."))
    return f"{m.group(1)}-M{m.group(2)}" if m else ""


def _class_column(tc, growth: bool) -> str:
    """The measure a cell of a class row gives when its column names one of its own: 工业项目 under 类别 in the
    columns 项目个数 | 2024年计划投资 | 1-9月完成投资 | 完成率 → 工业项目个数, 工业项目计划投资, 工业项目完成投资,
    工业项目完成率 (the column's time is the period's, not the name's); "" for a column naming how a figure is taken
    (绝对值, 增长, 1-9月) or a row naming a measure of its own (民间投资), which keep the row's or the caption's."""
    label = tc.row_label
    if not tc.class_rows or not label or tc.parent or growth or _generic_column(tc.header) or \
            label.endswith(zh.RATE_COLUMN_ENDS + zh.COUNT_COLUMN_ENDS + zh.MEASURE_COLUMN_ENDS +
                           zh.TABLE_CAPTION_MEASURES):  # (政府投资类项目 is a class, 民间投资 a measure)
        return ""
    base = _TIME_WORDS.sub("", tc.header).strip()
    if not base or not (table_measure_name(base) or base.endswith(zh.RATE_COLUMN_ENDS) or pace_column(base)):
        return ""  # (与序时进度比较 names what its figures are: 工业项目与序时进度比较)
    # (工业项目 + 项目个数: the word the two share is written once)
    k = next((k for k in range(min(len(label), len(base)) - 1, 0, -1) if label.endswith(base[:k])), 0)
    return label + base[k:]


_HAN_WORDS = rx.compile(r"[\u4e00-\u9fff]{2,}")


def _caption_column(words: str, head: str) -> str:
    """A column's word that goes on from the end of its caption's words names the caption's thing in that way:
    销售额 | 销售面积 under 各区商品房销售情况 are 商品房销售额 / 商品房销售面积, 完成额 under 固定资产投资完成情况 is
    固定资产投资完成额, 增加值 under 规模以上工业增加值 is 规模以上工业增加值: a table of places writes in its header
    only what its caption does not already say.  "" when the column's word opens with no end of the caption's words,
    or the caption's words keep what is no word (2021-规模以上工业增加值: a span of years its reading left)."""
    if not words or not head or words == head or not _HAN_WORDS.fullmatch(words):
        return ""
    if words.endswith(head):
        return words
    joined = _join_overlap(words, head)
    return joined if joined != words + head else ""


# 关于甲镇5月份河道保洁考评情况的通报 / …的督查通报: what a notice reports on, the object of its title's 关于…的
_NOTICE_OBJECT = rx.compile(r"关于(?P<what>[^《》“”\"()（）,，。]{2,40}?)的(?:专项)?(?:督查|督办|考评|考核)?通报$")
# 甲县2031年二季度信访件办理情况通报 / 甲县河道保洁考评督查通报: a notice titled without 关于…的, its object before the
# 情况 (进展) or the kind of notice it is
_NOTICE_OBJECT_BARE = rx.compile(r"(?P<what>[^《》“”\"()（）,，。]{2,40}?)(?:情况|进展情况|进展)的?(?:专项)?(?:督查|督办|考评|考核)?通报$|"
                                 r"(?P<done>[^《》“”\"()（）,，。]{2,40}?)(?:专项)?(?:督查|督办|考评|考核)通报$")
TOPIC_MAX = 10  # characters of what a table counts that a bare column takes before its word (河道保洁考评, 州重点项目)
BARE_COLUMN_MAX = 3  # characters of a column's word naming only the measure (奖励金, 办结率, 件数, 得分)


def _notice_topic(title: str) -> str:
    """What a notice titled 关于…的通报 reports on, without its place, time and ends (关于甲镇5月份河道保洁考评情况的
    通报 → 河道保洁考评), "" for any other title."""
    m = _NOTICE_OBJECT.search(re.sub(r"\s+", "", title or ""))
    return _topic_words(m.group("what")) if m else ""


def _bare_notice_topic(title: str) -> str:
    """What a notice titled without 关于…的 reports on (甲县2031年二季度信访件办理情况通报 → 信访件办理), "" for any other
    title or one naming only a doing (…整改进展通报) or nothing of its own."""
    m = _NOTICE_OBJECT_BARE.fullmatch(re.sub(r"\s+", "", title or ""))
    topic = _topic_words(m.group("what") or m.group("done")) if m else ""
    return "" if _without_doing(topic) in zh.NOTICE_GENERIC_MATTERS else topic


def _matter_topic(title: str, text: str) -> str:
    """What a notice whose title is no 关于…的通报 reports on: by its title (…情况通报), else by its preamble."""
    return _bare_notice_topic(title) or _preamble_topic(text)


# 现将2031年二季度信访件办理情况通报如下: the matter a notice's preamble hands over
_PREAMBLE_MATTER = rx.compile(r"现将(?P<what>[^,，。;；:：\n]{4,40}?)通报如下")


def _preamble_topic(text: str) -> str:
    """What a notice reports on by its preamble (现将2031年二季度信访件办理情况通报如下 → 信访件办理), read as its title
    would be (…情况通报), when its title names none; "" when the preamble names no matter of its own (有关情况)."""
    m = _PREAMBLE_MATTER.search(text)
    return _bare_notice_topic(m.group("what") + "通报") if m else ""


def _table_topic(caption: str, notice_topic: str) -> str:
    """What a table is about, by its caption (丙山州重点项目推进情况表 → 重点项目) when that is a caption of its own,
    written as one (…情况表, …统计, …一览), else by the notice it stands in (a numbered section heading or a page's
    headline over it names a part of the notice or the page, no topic of the table)."""
    line = re.sub(r"[(（][^()（）]*[)）]$", "", re.sub(r"\s+", "", caption or ""))  # ((截止时间:…) after it)
    line = without_row_kinds(line) or line  # (各地 / 各县区: the kinds of the rows, no part of the topic)
    if line and line.endswith(zh.TABLE_TOPIC_CAPTION_ENDS) and \
            not re.match(r"[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]", line):
        words = _without_doing(_topic_words(caption_words(line) or line))
        if words:
            return words if len(words) <= TOPIC_MAX and _HAN_WORDS.fullmatch(words) else ""
    notice_topic = _without_doing(notice_topic)
    return notice_topic if len(notice_topic) <= TOPIC_MAX and _HAN_WORDS.fullmatch(notice_topic or "-") else ""


def _without_doing(words: str) -> str:
    """What a table counts without the doings its caption or notice names after it (交办件办理进展 → 交办件, 重点项目推进 →
    重点项目): the doing is no part of what the columns measure."""
    changed = True
    while changed:
        changed = False
        for w in zh.CAPTION_DOING_TAILS:
            if words.endswith(w) and len(words) > len(w) + 1:
                words, changed = words[:-len(w)], True
    return words


def _topic_column(topic: str, column: str) -> str:
    """A bare column's word (奖励金, 办结率, 得分: no more than ``BARE_COLUMN_MAX`` characters) named with what its
    table is about, written once (考评 + 考评成绩 → …考评成绩), as every reader of the table names its cells; "" when the
    column is no bare word or already says the topic (项目个数 under 重点项目 stays)."""
    if not column or len(column) > BARE_COLUMN_MAX or not _HAN_WORDS.fullmatch(column) or topic in column or \
            topic.endswith(column):
        return ""
    return _join_overlap(topic, column)


def _body_row(label: str, full_names: dict[str, str] | None, text_places: frozenset[str]) -> bool:
    """Is a table's row a place's or a body's (甲镇, 乙村, 县水利局), whose figures measure what the table counts,
    rather than a project's or a thing's?"""
    label = re.sub(r"\s+", "", label or "")
    return bool(label) and (label in (full_names or {}) or label in text_places or
                            label.endswith(zh.SCORED_BODY_SUFFIXES + zh.TABLE_BODY_ENDS))


_HEAD_CELL = rx.compile(r"[^|｜\t\n]+")
LABEL_HEAD_LINES = 3  # lines of a table's header its label column's word may stand on (序号 ⏎ 单位: one cell a line)


def _label_head(text: str, header_start: int) -> str:
    """The word over a table's label column (单位, 县(市、区), 项目名称): the header's first cell past the serial
    column's, in any layout (bars, tabs, one cell a line), "" when the header opens with none."""
    end = header_start
    for _ in range(LABEL_HEAD_LINES):
        nl = text.find("\n", end)
        line = text[end:nl if nl >= 0 else len(text)]
        for m in _HEAD_CELL.finditer(line):
            cell = re.sub(r"\s+", "", m.group())
            if cell and cell not in zh.TABLE_SERIAL_HEADS:
                return cell
        if nl < 0:
            break
        end = nl + 1
    return ""


_RULE_LINE = rx.compile(r"[\s|｜:：\-—–]*")  # |---|---| between a header and its rows
_UNIT_BRACKET = rx.compile(r"[(（][^()（）]*[)）]|\s+")


def _header_cells(line: str) -> list[str]:
    """A header line's cells split by bars or tabs, the empty ones kept (a span over the cells after it), the bars
    opening and closing the line dropped."""
    line = line.strip(" \u3000\r")
    if "|" in line or "｜" in line:
        return [c.strip() for c in re.split(r"[|｜]", line.strip("|｜"))]
    return [c.strip() for c in line.split("\t")] if "\t" in line else []


def _group_topic(text: str, header_start: int, column: str) -> str:
    """What a two-level header's group names over a bare sub-column (信访件办理情况 over 件数 | 已办结 | 办结率 →
    信访件), read as a caption of its columns; "" for a column written on the first line alone, a header of one line,
    or a layout without bars or tabs."""
    lines = text[header_start:header_start + 600].split("\n")[:3]
    if len(lines) < 2:
        return ""
    top = _header_cells(lines[0])
    sub_line = lines[2] if _RULE_LINE.fullmatch(lines[1]) and len(lines) > 2 else lines[1]
    sub = [_UNIT_BRACKET.sub("", c) for c in _header_cells(sub_line)]
    key = _UNIT_BRACKET.sub("", column)
    if len(top) != len(sub) or key not in sub:
        return ""
    j = sub.index(key)
    group = next((top[k] for k in range(j, 0, -1) if top[k]), "")  # (the span's cell stands over its first column)
    topic = _table_topic(group, "") if group else ""
    # (督办情况 / 办理情况 over the sub-columns: a doing, no thing they count)
    return "" if topic in zh.NOTICE_GENERIC_MATTERS + zh.CAPTION_DOING_TAILS else topic


def _generic_column(head: str) -> bool:
    """Does a column name how its figures are taken rather than what they measure (绝对额, 完成额, 总量, 增速, 同比增长,
    占比, or only its time: 本月, 1-9月)?  Its figures measure what the row or the caption names."""
    base = _TIME_WORDS.sub("", head).strip()
    for w in zh.SINGLE_MONTH_WORDS + zh.TABLE_TIME_GROUP_HEADS:
        base = base[len(w):] if base.startswith(w) else base
    return not base or base in zh.TABLE_GENERIC_MEASURE_HEADS or base in zh.GROWTH_COLUMN_WORDS or \
        any(base == w + zh.TABLE_GROWTH_HEAD_TAIL or base == w + "增减" for w in zh.GROWTH_COLUMN_WORDS) or \
        _compared_time(head) is not None


_ROW_FIRST_CELL = rx.compile(r"[\s|｜]*([^\s|｜\t\d][^|｜\t\n]{0,8}?)\s*(?:[|｜\t\n]|$)")
# 比上年同月 | 比上年同期(%): columns naming only the time their rows' figures are compared with (the month's own
# growth, the growth of the months so far); what they measure is what the caption or the row names
_COMPARED_TIME_HEAD = rx.compile(rf"(?:{alternation(zh.COMPARED_TIME_HEAD_VERBS)})?(?:上年|去年|上年度)?"
                                 rf"(?P<when>{alternation(zh.COMPARED_TIME_HEAD_TIMES)})"
                                 rf"(?:{alternation(zh.GROWTH_COLUMN_WORDS)})?")


def _compared_time(header: str) -> str | None:
    """The time a column compares with (同月, 同期, 累计) when that is all its header names (比上年同期(%)), else None."""
    m = _COMPARED_TIME_HEAD.fullmatch(re.sub(r"[(（][^()（）]{0,4}[)）]|\s+", "", header))
    return m.group("when") if m else None


def _list_column(header: str) -> bool:
    """Does a column give the size of a year's list (总投资, 年度计划, 项目个数) rather than a figure of the table's time?"""
    return bool(fact_scope.CATALOGUE_FIGURE.search(header) or fact_scope.FRAME_PLAN_FIGURE.search(header) or
                any(w in header for w in zh.TABLE_LIST_COUNT_WORDS))


COUNTED_PART_MAX = 3  # characters of a column's word naming a part or the total of what a table counts (来电, 总计)


def _table_values(text: str, cands: list[Cand], year: int | None = None, doc_period: str = "",
                  main_name: str = "", full_names: dict[str, str] | None = None,
                  text_places: frozenset[str] = frozenset(), doc_title: str = "") -> None:
    """A table cell measures its column (总投资, 1-8月完成投资) for its row (the project named in the row), in the
    time its column's head names (1-8月 → M01..M08; 本月 → the month the table's cumulative columns end in), else the
    caption's or the document's; its evidence is the row.  A money column headed by a bare word (年度计划, 1-6月完成)
    measures investment; one naming no measure (绝对额, 增速) what the row (指标 | …) or, over rows of places, the
    caption names (2026年1-6月各县(区)固定资产投资 → 固定资产投资).  ``full_names``: the gazetteer name of each
    place the text writes by a short form (黔南州 → 黔南布依族苗族自治州); ``text_places``: the places the text names."""
    timed = {c.extra["table"].table for c in cands if "table" in c.extra
             and any(p.role != "base" for p in find_periods(c.extra["table"].header, year))}
    # the latest time a table's columns name (2025年 | 2026年 | 增长(%)): the time of its columns that name none
    latest: dict[int, str] = {}
    named: dict[int, set[str]] = {}  # the times a table's columns name
    for c in cands:
        tc = c.extra.get("table")
        if tc is not None and tc.table in timed and (ps := [p for p in find_periods(tc.header, year) if p.role != "base"]):
            latest[tc.table] = max(latest.get(tc.table, ""), ps[0].period)
            named.setdefault(tc.table, set()).add(ps[0].period)
    Y = str(year) if year else ""
    notice_topic = _notice_topic(doc_title)
    # (a title without 关于…的, …情况通报, or the preamble, 现将…情况通报如下, names what the notice reports on: the
    # cases its tables count, not the projects of a table of their money, 总投资 | 完成投资 | 完成率, whose columns
    # name what they measure)
    matter = "" if notice_topic else _matter_topic(doc_title, text)
    money_tables = {c.extra["table"].table for c in cands if "table" in c.extra and
                    any(w in c.extra["table"].header for w in zh.AMOUNT_COLUMN_WORDS)}
    ahead = _ahead_tables(cands, year)
    leads = lead_times(text, cands)
    # the tables with a column of the month's own growth (比上年同月): their 比上年同期 column is the months so far
    month_compared = {c.extra["table"].table for c in cands if "table" in c.extra and
                      (when := _compared_time(c.extra["table"].header)) and when not in zh.COMPARED_SO_FAR_TIMES}
    # the last year a table whose rows are years (年份 | … / 2021年 | 1702.4) ends on: no time of the tables after it
    row_years: dict[int, str] = {}
    for c in sorted((c for c in cands if "table" in c.extra), key=lambda c: c.vs):
        tc = c.extra["table"]
        if time_label(tc.row_label) and (ps := [p for p in find_periods(tc.row_label, year) if p.role != "base"]):
            row_years[tc.table] = ps[0].period
    for c in cands:
        tc = c.extra.get("table")
        if tc is None:
            continue
        head = _TIME_WORDS.sub("", tc.header).strip()
        batch = not c.unit and tc.measure == "count" and batch_part(re.sub(r"\s+", "", tc.header))
        if batch:
            head = tc.header  # 本批次来电 | 累计来电: the batch or the running total is what the column counts apart
        if head in zh.BARE_MONEY_HEADS and is_money(c.unit):
            head += zh.MONEY_COLUMN_NOUN
        growth = any(w in tc.header for w in zh.GROWTH_COLUMN_WORDS) or tc.measure == "growth"
        if tc.kind:
            c.kind, c.estimated = tc.kind, False  # a plan table's column of its last year or of its years' changes
        elif tc.table in ahead and (when := _ahead_column(tc.header, year)):
            # 2024年 | 2025年 | 2027年 in a plan of 2025: the years to come are targets, the year gone its base
            c.kind, c.estimated = when, False
        elif any(w in tc.header for w in zh.TABLE_DONE_WORDS) and not any(w in tc.header for w in zh.TABLE_PLANNED_HEADS):
            c.kind = "actual"  # 截至2023年底累计完成投资 beside a year's plan: what was done by then
        if tc.label_role == "indicator" and c.kind == "actual" and ESTIMATE.search(tc.header):
            c.estimated = True  # 2020年预计值 beside 2020年目标值: the year's figure estimated before it closed
        if tc.label_role != "indicator" and tc.caption and _generic_column(tc.header):
            head = ""  # 完成额 | 增速 over rows of places: what the caption measures (a growth column: see below)
        elif tc.label_role != "indicator" and tc.caption and head.startswith(zh.TABLE_SHARE_HEADS):
            head = tc.caption + head  # 占全市比重 under …固定资产投资: 固定资产投资占全市比重
        if tc.label_role == "indicator":
            # 指标 | 绝对值 | 增长(%): the row names the measure, the column how it is taken; a row that is a class of
            # what the caption measures (衣着 under 居民消费价格指数) names the caption's measure of that class
            # (a class row of the measure above it, 其中:轻工业 under 规模以上工业增加值, names that measure's part)
            part = part_indicator(tc.row_label, tc.parent)
            if part == tc.row_label:
                part = _class_column(tc, growth) or class_indicator(tc.row_label, tc.caption)
            c.indicator = name_as_written(part) or c.indicator
            if tc.place:
                # 指标 | 全区 | 东关街道 over 固定资产投资 | 86421 | 12030: the column is whom the figure is about
                c.subject = (full_names or {}).get(tc.place, tc.place)
            elif tc.whole and main_name:
                c.subject = main_name
        else:
            c.indicator = shorten(head if batch else clean_phrase(head), 24) or (
                shorten(tc.caption, 24) if not growth else "") or (
                "" if growth else c.indicator if head else
                _ranking_topic(text, tc.table))  # 同比增长(%): named below by the measure it is the growth of
            # (第一季度 | 第二季度 with no caption: what the ranking or inspection above the table is of, else nothing)
            # (2025年 | 2026年 under 各县地区生产总值: a column named by its time alone measures what the caption names)
            if head and not batch and (joined := _caption_column(caption_words(tc.title), clean_phrase(head))):
                c.indicator = shorten(joined, 24)  # 销售额 under 各区商品房销售情况: 商品房销售额
            noun = ""
            if not batch and not c.unit and tc.measure == "count" and len(head) <= COUNTED_PART_MAX and \
                    not table_measure_name(head) and (noun := counted_noun(tc.title)):
                # 来电 | 来信 | 总计 under 各县区转办问题统计: the column counts the caption's thing by its channel or in all
                c.indicator = noun if total_row(head) else head + noun
            if head and not noun and not batch and not growth and tc.measure != "rank" and not tc.class_rows and \
                    (_body_row(tc.row_label, full_names, text_places) or
                     places_or_bodies(_label_head(text, tc.table))) and \
                    (topic := _group_topic(text, tc.table, tc.header) or
                     _table_topic(tc.title, notice_topic or ("" if tc.table in money_tables else matter))) and \
                    (named := _topic_column(topic, c.indicator)):
                c.indicator = named  # 奖励金 under 关于甲镇5月份河道保洁考评情况的通报: 河道保洁考评奖励金
            if tc.class_rows:
                # 来电 | 5200 under 诉求渠道, 待签收 | 90 under 承办单位: a channel's, a kind's, a state's or a
                # collective's figure is the whole's, the text's place's; the row names which part of what the column
                # measures (来电诉求件数, 待签收派发工单)
                if main_name or c.subject == tc.row_label:
                    c.subject = main_name
                if tc.row_label and c.indicator:  # (各乡镇: the towns, each of which the row does not part)
                    label = tc.row_label[1:] if tc.row_label.startswith("各") and len(tc.row_label) > 2 else tc.row_label
                    thing = "" if label.endswith(tc.counted) else tc.counted  # (网上信访 under 信访形式: once)
                    c.indicator = name_as_written(label + thing + c.indicator, 32)
            elif tc.row_label and not time_label(tc.row_label):
                # (a row headed by its year, 2020年 | 1500.2, is the year's: see below); a place by its short form
                # (黔南州 | 300.6) by its gazetteer name, as every place's
                c.subject = (full_names or {}).get(tc.row_label) or _full_name_written(tc.row_label, text_places)
                if own := fact_scope.own_level_label(tc.row_label, main_name):
                    c.subject = own  # 市直单位 | 57 under the rows of a city's counties: the city's own bodies
            elif not tc.row_label and tc.label_role == "subject" and \
                    (first := _ROW_FIRST_CELL.match(text, tc.row_start, tc.start)) and \
                    total_row(re.sub(r"\s+", "", first.group(1))):
                c.subject = main_name  # 全 省 | 8.1 over rows of cities: the whole, the document's place (not the next row's)
        based = _INDEX_BASE_HEAD.fullmatch(re.sub(r"\s+", "", tc.header))
        times = [p for p in find_periods(tc.header, year) if p.role != "base"] if not based else []
        if not times and tc.label_role != "indicator" and time_label(tc.row_label):
            times = [p for p in find_periods(tc.row_label, year) if p.role != "base"]
        own_time = _table_time(tc, year, doc_period, leads)
        if based and (month := _month_of(own_time) or _month_of(c.period)):
            # 上月=100 | 上年同月=100 | 上年同期=100 under 2026年10月份…价格指数: the base is no time of the figures,
            # which are the table's month's, or from January to it when taken against the same months of last year
            y, m = month.split("-", 1)
            c.period = f"{y}-M01..{m}" if based.group(1).endswith(zh.COMPARED_SO_FAR_TIMES) and m != "M01" \
                else month
        elif c.period.startswith("..") and fact_scope.progress_column(c) and all(p.role == "status" for p in times):
            pass  # 当前进度 | 95% under a title 截至10月31日: how far the row got by the cut-off (framed_period's), its
            # 当前 the cut-off's now
        elif not times and tc.kind == "actual" and plan_base_column(tc.header):
            # 现状值 | 2027年目标: where the rows stand at the document's date (not over the span of the plan the
            # caption names, “十五五”主要指标)
            # (nor the document's time, which a plan's text may set to its last year: the document's own year)
            cap = _table_time(tc, year, "")
            c.period = cap if cap and ".." not in cap else Y or "?"
        elif times:
            c.period = _since_year_start(times[0].period) \
                if any(w in tc.header for w in zh.TABLE_SINCE_YEAR_START) else times[0].period
            if any(w in tc.header for w in zh.TABLE_BASE_TIME_HEADS) and not growth and \
                    not any(w in tc.header for w in zh.TABLE_LAST_YEAR_END_HEADS):
                c.period = _YEAR.sub(lambda m: str(int(m.group()) - 1), c.period)  # 1-4月上年同期: last year's months
            if tc.header.startswith(zh.TABLE_UP_TO_HEADS) and _YEAR.fullmatch(c.period):
                c.period = ".." + c.period  # 截至上年底累计完成投资: done by the end of last year
        elif (mm := _MONTH_COLUMN.fullmatch(re.sub(r"\s+", "", tc.header))) and 1 <= int(mm.group(1)) <= 12:
            # 8月 | 1-8月累计: a column named by one month holds that month, in the year of the table's other times
            y = next((t.split("-", 1)[0] for t in (latest.get(tc.table, ""), own_time, c.period) if t.strip(".")), "")
            c.period = f"{(y.strip('.') or Y or '?')}-M{int(mm.group(1)):02d}"
        elif tc.header.startswith(zh.TABLE_MONTH_END_HEADS) and (month := _month_of(latest.get(tc.table, "")) or
                                                                   _month_of(c.period) or _month_of(own_time)):
            # 本月末 | 比年初增减: the balance at the end of the bulletin's month, the change since January up to it
            c.period = _since_year_start(".." + month) if any(w in tc.header for w in zh.TABLE_SINCE_YEAR_START) \
                else ".." + month
        elif _SINGLE_MONTH_HEAD.match(tc.header) and (month := _month_of(latest.get(tc.table, "")) or
                                                      _month_of(c.period) or _month_of(own_time)):
            c.period = month  # 本月 | 1-8月累计: the month the cumulative figures end in (else the text's month)
        elif tc.table in month_compared and _compared_time(tc.header) in zh.COMPARED_SO_FAR_TIMES \
                and (month := _month_of(c.period) or _month_of(own_time)):
            y, m = month.split("-", 1)  # 比上年同月 | 比上年同期 in 11月's table: the growth of January to November
            c.period = f"{y}-M01..{m}" if m != "M01" else month
        elif tc.header.startswith(zh.TABLE_CUMULATIVE_HEADS) and (month := _month_of(c.period) or _month_of(own_time)):
            y, m = month.split("-", 1)  # (a year the text never states is ?: ?-M08)
            c.period = f"{y}-M01..{m}" if m != "M01" else month  # 本月 | 累计 in 7月's report: January to July
        elif year and c.measure == "count" and any(w in head for w in zh.TABLE_LIST_COUNT_WORDS) \
                and tc.table in timed:
            c.period = str(year)  # 项目个数 beside 1-9月完成: the year's list, not the months' progress
        elif growth and tc.table in latest and (re.fullmatch(r"\d{4}", latest[tc.table]) or
                                                 len(named.get(tc.table, ())) == 1):
            c.period = latest[tc.table]  # 增长(%) beside 2025年 | 2026年: the growth into the latest year; beside
            # 1-3月 alone: the growth over those months
        elif c.kind == "actual" and c.period in ("", Y) and own_time.lstrip(".").startswith(Y + "-") and Y and \
                not c.rank and not column_role(tc.header) and not _list_column(tc.header):
            c.period = own_time  # a statistics table under 2026年1-6月…: its figures are the months', not the year's
            # (and a notice's table under its cut-off, 截止时间:2026年8月20日: the running totals up to that month)
        if not times and tc.table not in row_years and (own_time or Y) and \
                c.period in {p for t, p in row_years.items() if t < tc.table}:
            c.period = own_time or Y  # (a table after a table of years: the last year row's time is not carried into it)
        if not times and not growth and unit_class(c.unit) != "percent" and not c.rank and \
                _list_column(tc.header) and (ym := _WITHIN_YEAR.fullmatch(c.period)):
            # 项目个数 | 年投资计划 | 完成投资额 under 1-9月份…汇总表: the size of the year's list and its plan are the
            # year's, the months are the work's (a bulletin's convention)
            c.period = ym.group(1)
        if c.kind == "target" and not times and (ym := _WITHIN_YEAR.fullmatch(c.period)):
            # 工作目标 | 已完成数 under 1-10月…落实情况: the target is the year's, the months are the work done's
            c.period = ym.group(1)
        c.es, c.ee = tc.row_start, tc.row_end
        if tc.label_role == "indicator" and _index_level(tc, c.value):
            c.measure = "level"  # 衣着 | 101.3 under a price index (上年=100): the index itself, not a growth
        elif tc.measure == "delta":
            c.measure = "delta"  # 与序时进度比较(%) | 0.7%: the points a row is ahead of the pace, no share
        elif unit_class(c.unit) == "percent":
            # (单位GDP能源消耗 | % | -3.92: a share is never below zero, a signed per cent is the row's change)
            c.measure = "growth" if growth or _growth_row(tc) or c.value < 0 else "share"
        elif growth and unit_class(c.unit) == "points":
            c.measure = "delta"
        elif growth and unit_class(c.unit) in ("level", "count") and _change_amount(tc.header):
            c.measure = "delta"  # 比年初增减额 | 增加额 in 亿元: the change of the row's amount, not a rate
    _rate_after_done(cands, year)
    # 产量 | 同比增长(%): a growth column that names no measure of its own is the growth of the row's figure before it;
    # 转办工单 | 占比 | 同比 | 环比 over rows of bodies: a share column naming nothing but the share is the row's share of
    # that figure (转办工单占比), and the growths after it are of that figure too, not of its share
    prev: Cand | None = None
    base: Cand | None = None  # the row's last figure of a measure, no share and no growth
    for c in sorted((c for c in cands if "table" in c.extra), key=lambda c: c.vs):
        tc = c.extra["table"]
        if base is not None and base.extra["table"].row_start != tc.row_start:
            base = None
        growing = any(w in tc.header for w in zh.GROWTH_COLUMN_WORDS)
        shared = "".join(tc.header.split()) in zh.TABLE_BARE_SHARE_HEADS
        before = base or prev
        if shared and tc.label_role != "indicator" and not tc.caption and base is not None and base.indicator:
            # (来电诉求件数 | 比重: the share of 来电诉求, not of its 件数: a column naming only how it is taken says no
            # part of the share's name)
            stem, taken = base.indicator, "".join(base.extra["table"].header.split())
            if (taken in zh.TABLE_GENERIC_MEASURE_HEADS or base.extra["table"].class_rows and
                    taken in zh.COUNT_COLUMN_ENDS) and stem.endswith(taken) and len(stem) > len(taken):
                stem = stem[:-len(taken)]
            c.indicator = shorten(stem + "".join(tc.header.split()), 24) if not base.extra["table"].class_rows \
                else name_as_written(stem + "".join(tc.header.split()), 32)
        elif not c.indicator and growing and before is not None and before.indicator and \
                before.extra["table"].row_start == tc.row_start:
            c.indicator = before.indicator
        elif not c.indicator and tc.label_role != "indicator" and tc.caption:
            caption = tc.caption
            if c.measure == "growth" and caption.endswith(zh.GROWTH_COLUMN_WORDS[:3]) and len(caption) > 4:
                caption = caption[:-2]  # (…规模以上工业增加值增长情况: the growth of 规模以上工业增加值)
            c.indicator = shorten(caption, 24)  # 地区 | 增速(%) under …固定资产投资完成情况: the caption's measure's
        if not shared and not growing:
            base = c
        prev = c
    # a figure written inside a row's text cell (建设内容: 新建教学楼3栋) is about the row's project; its evidence is
    # the cell
    # (a row of a table of measures, 一般公共预算收入 | 12.5 | 6.8 | 54.4 | 增长8%: its note's figure is of that measure, in
    # the document's place)
    rows = sorted({(c.extra["table"].row_start, c.extra["table"].row_end, c.extra["table"].row_label,
                    c.extra["table"].label_role) for c in cands if "table" in c.extra})
    if not rows:
        return
    starts = [r[0] for r in rows]
    for c in cands:
        k = bisect.bisect_right(starts, c.vs) - 1
        if "table" in c.extra or k < 0 or not rows[k][0] <= c.vs < rows[k][1]:
            continue
        rs, re_, label, role = rows[k]
        if label and role != "indicator":
            c.subject = label
        # (a cell is set apart by a tab, a blank, a bar, or the line break of a table written one cell a line)
        es = max([text.rfind(ch, rs, c.vs) + 1 for ch in _CELL_BREAKS] + [rs])
        ee = min(x for x in [text.find(ch, c.ve, re_) for ch in _CELL_BREAKS] + [re_] if x >= 0)
        c.es, c.ee = es, ee
        phrase = shorten(clean_phrase(_TIME_WORDS.sub("", text[es:c.vs])), 24)
        if role == "indicator" and label and len(phrase) <= 2:
            phrase = shorten(clean_phrase(label), 24)  # 增长8% in the row of 一般公共预算收入: the growth of that
        if phrase:
            c.indicator = phrase


_CELL_BREAKS = ("\t", " ", "\u3000", "\n", "|", "｜")


def _column_years(header: str, year: int | None) -> list[int]:
    """The years a table's column names (2027年 → [2027]; 2025-2027年年均增长 → [2025, 2027]), none for a column of
    months or quarters of a year (2026年1-6月: a statistics table's time, never a plan's year)."""
    out = []
    for p in find_periods(header, year):
        if p.role == "base" or not p.period:
            continue  # (年均 of 2025-2027年年均增长: no time of its own)
        for part in p.period.strip(".").split(".."):
            if not re.fullmatch(r"\d{4}", part):
                return []
            out.append(int(part))
    return out


def _ahead_tables(cands: list[Cand], year: int | None) -> set[int]:
    """The tables one of whose columns names a year after the document's (2024年 | 2025年 | 2027年 in a plan of
    2025): such a table looks ahead, nothing can be reported yet for a year not begun."""
    if not year:
        return set()
    return {c.extra["table"].table for c in cands if "table" in c.extra
            and any(y > year for y in _column_years(c.extra["table"].header, year))}


def _ahead_column(header: str, year: int | None) -> str:
    """The kind of a column of a table that looks ahead by the years it names: "target" for one of the years still
    to come, the document's own year or a later one (its year not over at the document's date), or an average up to
    one of them (2025-2027年年均增长); "actual" for a year gone (the plan's base year); "" for a column naming no year
    or one of what was done (截至…累计完成, 实际), which its own words type."""
    if not year or any(w in header for w in zh.TABLE_DONE_HEADS) or plan_base_column(header):
        return ""
    years = _column_years(header, year)
    return "" if not years else "target" if max(years) >= year else "actual"


def _growth_row(tc: TableCell) -> bool:
    """Is a table's row a rate of change by its own name (地区生产总值增速 | % | 6.5 | 6.8; 社会消费品零售总额增长), so
    its per cents are growth whatever its columns (年初目标, 全年完成) are called?"""
    return tc.label_role == "indicator" and _LAST_BRACKET.sub("", tc.row_label).endswith(zh.TABLE_GROWTH_ROW_ENDS)


_LAST_BRACKET = rx.compile(r"[(（][^()（）]*[)）]$")  # 增长率(按可比价格计算): how the rate is taken, no part of its name


def _rate_after_done(cands: list[Cand], year: int | None) -> None:
    """1-9月完成投资 | 完成率: a column of rates naming no time of its own, right after a column of what was done in
    the months its head names, is the rate of that work: of those months (2024-M01..M09), not the caption's or the
    document's time (上半年 in the title, 2024 the plan's year)."""
    prev: Cand | None = None
    for c in sorted((c for c in cands if "table" in c.extra), key=lambda c: c.vs):
        tc = c.extra["table"]
        p = prev.extra["table"] if prev is not None else None
        if p is not None and p.table == tc.table and p.row_start == tc.row_start and \
                unit_class(c.unit) == "percent" and _done_rate_column(tc.header) and \
                not [t for t in find_periods(tc.header, year) if t.role != "base"] and \
                "-M" in prev.period and not any(w in p.header for w in zh.TABLE_PLANNED_HEADS) and \
                [t for t in find_periods(p.header, year) if t.role != "base"]:
            c.period = prev.period
        prev = c


def _done_rate_column(header: str) -> bool:
    """Is a column the rate of a plan done (完成率, 占年度计划, 形象进度), no growth?"""
    base = re.sub(r"[(（][^()（）]*[)）]$", "", header)
    return not any(w in base for w in zh.GROWTH_COLUMN_WORDS) and (
        base.endswith(zh.TABLE_PROGRESS_RATES) or base.endswith(zh.RATE_COLUMN_ENDS) or base.startswith(zh.TABLE_SHARE_HEADS))


_YEAR = rx.compile(r"\d{4}")
_WITHIN_YEAR = rx.compile(r"(\d{4}|\?)-(?:M\d\d(?:\.\.M\d\d)?|Q[1-4]|H[12])")
def _since_year_start(period: str) -> str:
    """The months a change since the year's start covers (3月末比年初增减额: ..2026-M03 → 2026-M01..M03)."""
    return year_to(period) or period


def _change_amount(header: str) -> bool:
    """Does a column give an absolute change (比年初增减额, 比上年增加, 增减(亿元)) rather than a rate (增长, 同比)?"""
    base = re.sub(r"[(（][^()（）]*[)）]$", "", header)
    return base.endswith(zh.TABLE_CHANGE_AMOUNT_ENDS)


def _index_level(tc, value: float) -> bool:
    """Is a table cell an index's level (101.3 where the previous year is 100), by the caption, the column or the row
    naming an index (价格指数, 上年=100; a row 居民消费价格指数 of a table of measures, whatever its unit cell writes) and
    a value near 100?"""
    named = any(w in tc.caption or w in tc.header or w in tc.row_label for w in zh.INDEX_WORDS) or \
        bool(re.search(r"=\s*100", tc.header))
    return named and zh.INDEX_LEVEL_RANGE[0] <= value <= zh.INDEX_LEVEL_RANGE[1]


_FRAME_CELL_HEAD = rx.compile(r"^[\s,，;；、:：]*(?:[(（]?\d{1,2}[)）.、．])?\s*")
_FRAME_PROGRESS_RATE = rx.compile(rf"(?:{alternation(zh.TABLE_PROGRESS_RATES)})(?:为|达到|达)?\s*$")
_FRAME_DONE_HEAD = rx.compile(rf"^(?:已|共|累计|目前|现已|截至[^,，;；]{{0,8}}?)?(?:{alternation(zh.TABLE_PROGRESS_RATES)}|"
                              r"新增|新建|建成|开工|实施|改造|培训|发放|投入|到位|招聘|引进)?")


def _frame_phrase(text: str, a: int, vs: int) -> str:
    """The words of a cell before a figure, from the cell's start or the figure before it (新建村级卫生室)."""
    seg = text[a:vs]
    k = max(seg.rfind(x) for x in ",，;；、")
    seg = seg[k + 1:] if k >= 0 else seg
    seg = _FRAME_CELL_HEAD.sub("", seg)
    return shorten(clean_phrase(_TIME_WORDS.sub("", seg)), 24) if seg else ""


def _framed_tables(text: str, cands: list[Cand], frames: list[TableFrame], year: int | None,
                   subjects: dict[int, str] | None = None) -> list[Cand]:
    """Figures of a framed table (``structures.TableFrame``: 序号 | 项目内容 | 当前进度 | 责任单位) take their kind from
    their column and their name from their row: a plan cell's figures (新建村级卫生室12个) are the year's targets, named
    by the words before them; a progress cell's (已完成10个, 完成率83%, or a bare 83% in a column of figures) are
    actuals, a count or amount named as the plan figure of the same unit in the row, a rate as the row's item's rate
    (新建村级卫生室完成率, …进度 under 当前进度); the columns of who, when and the row's number hold no figures.  The
    evidence is the cell.  A row opened by its task (not by a project's or a body's name) is about no body of its own:
    its figures keep the subject they had before the table's rows named them (``subjects``, by value start)."""
    # a table's header holds no figures: 第三季度 / 2025年 / 1-9月 name its columns (a sure frame's header)
    heads = [f.header for f in frames if f.decision == BLANK_FRAME_DECISION]
    if heads:
        cands = [c for c in cands if "table" in c.extra or not any(a <= c.vs < b for a, b in heads)]
    frames = [f for f in frames if f.decision != BLANK_FRAME_DECISION]
    if not frames:
        return cands
    out: list[Cand] = []
    plans: dict[tuple[int, int], list[Cand]] = {}
    framed: list[tuple[Cand, TableFrame, int, int, str]] = []
    for c in cands:
        at = next(((f, loc) for f in frames if (loc := f.locate(c.vs)) is not None), None)
        if at is None:
            out.append(c)
            continue
        f, (r, j) = at
        cells = f.rows[r][1]
        label = next((k for k, (x, y) in enumerate(cells) if y > x and not re.fullmatch(r"[\d.\s]+", text[x:y])), -1)
        if subjects is not None and c.vs in subjects and label >= 0 and \
                f.columns[label].role in (FRAME_PLAN, FRAME_PROGRESS):
            c.subject = subjects[c.vs]  # 新建村级卫生室12个 opens the row: a task, no body
        role = f.columns[j].role
        if role in (FRAME_OWNER, FRAME_TIME, FRAME_SERIAL) and "table" not in c.extra:
            continue  # 县卫健局 / 2026年12月底前 / 3: who, when, which row
        out.append(c)
        if "table" in c.extra and not (f.decision == FRAME_PLAN_DECISION and role == FRAME_PLAN and
                                       c.extra["table"].label_role == "subject"):
            # (a task table's figure the cells' reading took for a body's, 新建学校 | 3所: the row's task, read below)
            if role == FRAME_PROGRESS and unit_class(c.unit) == "percent" and f.cells_of(FRAME_PLAN) and \
                    c.extra["table"].label_role != "indicator":
                framed.append((c, f, r, j, role))  # 当前进度 | 83%: the row's task's progress (a project's keeps its column's)
                # (a row of a table of measures, 一般公共预算收入 | 12.5 | 6.8 | 54.4: the rate is of the row's measure)
            continue
        if role == FRAME_NAME and f.separator != ":":
            a, b = cells[j]
            if text[c.mend:b].strip(" 。;；,，") or not c.unit:
                continue  # 年产10万吨饲料加工项目: a size inside the row's name
            role = FRAME_PLAN  # 新建村级卫生室12个: the row's name is the task, its quantity closing it the target
        if role in (FRAME_PLAN, FRAME_PROGRESS):
            framed.append((c, f, r, j, role))
            if role == FRAME_PLAN:
                plans.setdefault((f.start, r), []).append(c)
    _owner_subjects_off(text, framed)
    cutoffs: dict[int, str] = {}
    for c, f, r, j, role in framed:
        a, b = f.rows[r][1][j]
        c.es, c.ee = a, b
        if role == FRAME_PLAN:
            c.kind, c.estimated = "target", False
            if year and not [p for p in find_periods(text[a:c.vs], year) if p.role != "base"]:
                c.period = str(year)
            phrase = _frame_phrase(text, a, c.vs)
            if f.decision == FRAME_PLAN_DECISION:
                # 工作任务 | 工作目标 over 新增规上工业企业 | 新增15家: a cell naming its figure by a verb alone (新增,
                # 增长) or not at all measures the row's task; a cell naming it after the figure (新建2座人行天桥) keeps
                # the sentence's reading of it, unless that ran over the cell's bounds (1|新增规上工业企业|新增); a
                # column of a year (2026年目标) is that year's
                task = _frame_task(text, f, r, j) if len(phrase) <= 2 else ""
                phrase = task or (c.indicator if c.indicator and not _CELL_BOUNDS.search(c.indicator) else phrase)
                if year and (own := _frame_column_year(f.columns[j].name, year)) and \
                        not [p for p in find_periods(text[a:c.vs], year) if p.role != "base"]:
                    c.period = own
            elif unit_class(c.unit) == "count" and (noun := _noun_after(text, c, b)):
                phrase = noun  # 新增12个“百姓书房” / …、15个乡镇分控中心: the noun after the classifier is what is counted
            else:
                phrase = _OPEN_BRACKET_END.sub("", phrase)  # 开工建设滨江海塘(北段海塘3.2公里): what the remark is on
            c.indicator = phrase or c.indicator
            continue
        c.kind = "actual"
        if year and c.period == str(year) and not any(w in f.columns[j].name for w in zh.PLANNED_COLUMN_WORDS) and \
                (cut := cutoffs.setdefault(f.start, _frame_cutoff(text, f, year))):
            c.period = cut  # 进展情况 | 已建成13家 under …进展情况表(截至9月底): done by the caption's cut-off
        row_plans = plans.get((f.start, r), [])
        item = row_plans[0].indicator if row_plans else ""
        for want in (FRAME_NAME, FRAME_PLAN):
            named = [k for k, col in enumerate(f.columns) if col.role == want]
            if named:
                cell = re.sub(r"\s+", "", text[slice(*f.rows[r][1][named[0]])])
                # 建成投用甲镇、乙镇等3家中心敬老院: the task is the deed and what its list counts, not the names
                # (完成甲河泵站主体工程,开工建设乙闸。: the first clause names the task, its 。 none of it)
                item = _listed_task(cell) or item or \
                    shorten(clean_phrase(_FIRST_CLAUSE.match(cell).group().rstrip("。.")), 24)
                item = _OPEN_BRACKET_END.sub("", item)  # 开工建设海塘(南片: a remark its cut left open
                break
        if unit_class(c.unit) == "percent":
            m = _FRAME_PROGRESS_RATE.search(text, a, c.vs)
            if m is None and c.measure == "growth" and c.indicator:
                continue  # 全年完成情况 | …生产总值…,增幅-1.1%: a rate of change the cell names, no progress of the row's
            word = m.group().rstrip("为达到 ") if m else ""
            if not word and ("table" in c.extra or role == FRAME_PROGRESS):
                # 当前进度 | 57%: the column's word names the rate (进度), as a table's cells read it
                word = next((w for w in zh.TABLE_PROGRESS_RATES if f.columns[j].name.endswith(w)), "")
            if not word or word in ("完成",):
                word = zh.TABLE_PROGRESS_RATE_DEFAULT
            c.indicator = (item + word) if item else (word or c.indicator)
            continue
        same = next((p for p in row_plans if base_unit(p.unit) == base_unit(c.unit) and p.unit), None)
        if same is not None and same.indicator:
            c.indicator = same.indicator
        else:
            own = _FRAME_DONE_HEAD.sub("", _frame_phrase(text, a, c.vs))
            c.indicator = own or item or c.indicator  # 已完成10个: the row's item; 其中改造户厕200户: its own words
    return out


def _frame_cutoff(text: str, f: TableFrame, year: int) -> str:
    """The one cut-off of the table's year its caption states (…进展情况表(截至9月底) → ..2026-M09), or ""."""
    cuts = {p.period for p in find_periods(table_caption(text, f.start), year)
            if p.role != "base" and p.period.startswith(f"..{year}-")}
    return cuts.pop() if len(cuts) == 1 else ""


def _owner_subjects_off(text: str, framed: list) -> None:
    """A framed figure whose subject is the name written in its row's column of who answers for the row (牵头单位 |
    县卫健局), not in its own cell, is no figure of that body: the unit is handed the task, the figure is the place's
    like the rest of the table's.  It takes the subject the frame's other figures hold most often."""
    def owned(c, f, r, j):
        if not c.subject:
            return False
        a, b = f.rows[r][1][j]
        return c.subject not in text[a:b] and any(
            col.role == FRAME_OWNER and c.subject in text[slice(*f.rows[r][1][k])] for k, col in enumerate(f.columns))
    wrong = [c for c, f, r, j, _ in framed if owned(c, f, r, j)]
    if not wrong:
        return
    kept = Counter(c.subject for c, *_ in framed if c not in wrong and c.subject)
    if kept:
        for c in wrong:
            c.subject = kept.most_common(1)[0][0]


# 建成投用甲镇、乙镇等3家中心敬老院 / 打通人民路(东环至西环)等9条断头路: a deed, the names it is done to, and 等 with
# the count of the class they are of
_LISTED_TASK = rx.compile(rf"(?P<verb>{alternation(zh.TASK_CELL_VERBS)})[^,，;；。:：]{{1,60}}?等\s*"
                          rf"(?:\d+|[一二两三四五六七八九十]{{1,3}})\s*(?:{UNIT_PATTERN})"
                          r"(?P<noun>[\u4e00-\u9fff“”\"]{1,16}?)(?=$|[,，;；。(（]|建设)")


_FIRST_CLAUSE = rx.compile(r"[^,，;；。]*")
_OPEN_BRACKET_END = rx.compile(r"[(（][^()（）]*$")


def _listed_task(cell: str) -> str:
    """The task a row's cell names when it lists the things a deed is done to and counts them by their class
    (建成投用甲镇、乙镇等3家中心敬老院 → 建成投用中心敬老院): the deed and the class, as a task is named; the names
    and the count are the row's detail.  "" when the cell is no such list."""
    m = _LISTED_TASK.match(cell)
    if m is None:
        return ""
    return m.group("verb") + _QUOTE_MARKS.sub("", m.group("noun"))


def _frame_task(text: str, f: TableFrame, r: int, j: int) -> str:
    """The task a row of a task table names (its name or plan cell other than column ``j``, holding no figure:
    新增规上工业企业 beside 新增15家), cleaned as a fact's name, or ""."""
    for k, col in enumerate(f.columns):
        if k != j and col.role in (FRAME_NAME, FRAME_PLAN):
            a, b = f.rows[r][1][k]
            cell = _UNIT_BRACKET_END.sub("", re.sub(r"\s+", "", text[a:b]))
            if cell and not _ANY_DIGIT.search(cell):
                return shorten(clean_phrase(cell), 24)
    return ""


_CELL_BOUNDS = rx.compile(r"[|｜\t]")  # a name read over a table's cells (1|新增规上工业企业|新增)
_UNIT_BRACKET_END = rx.compile(r"[(（][^()（）]{1,6}[)）]$")  # 新增规上工业企业(家): the unit the row is counted in


def _frame_column_year(name: str, year: int) -> str:
    """The one year a task table's column names (2026年目标 → 2026), or ""."""
    years = {p.period for p in find_periods(name, year) if p.role != "base" and re.fullmatch(r"\d{4}", p.period)}
    return years.pop() if len(years) == 1 else ""


_RATIO_WORD_AT = rx.compile(alternation(zh.RATIO_WORDS))


def _ratio_groups(text: str, layout: Layout, cands: list[Cand]) -> None:
    """Terms of one ratio share the first term's context; each names its part (三次产业 → 第一产业 …)."""
    groups: dict[int, list[Cand]] = {}
    for c in cands:
        r = c.extra.get("ratio")
        if r is not None:
            groups.setdefault(r[0], []).append(c)
    for members in groups.values():
        members.sort(key=lambda c: c.vs)
        first = members[0]
        word_start = first.extra["ratio"][3]
        ws = _comma_clause_start(text, layout, word_start)  # 耕地、林地、草地比例: the items before 、 are its parts
        word = text[word_start:first.vs]
        m = _RATIO_WORD_AT.match(word)
        word = m.group() if m else "比"
        # 第一、二、三次产业 is joined before trimming (第一、 alone would read as an item's label); an attribute with 的
        # keeps its last word (三次产业对经济增长的贡献率: 增长 is part of the name, no predicate)
        raw = join_single_parts(_TIME_WORDS.sub("", text[ws:word_start]))
        phrase = clean_lead(raw) if raw.endswith("的") else clean_phrase(raw)
        phrase = SUBJECT_WORDS.sub("", phrase)
        # each term is named by its part and the ratio's own noun (三次产业结构为… → 第一产业结构, 三次产业比重为… →
        # 第一产业比重): 结构 and 比重 are kept as written, a bare 比 / 之比 names the parts' 比重
        suffix = word if word in zh.RATIO_TERM_NOUNS or first.extra.get("ratio_based") else "比重"
        if phrase.endswith("的") and suffix not in zh.CONTRIBUTION_WORDS:
            phrase = phrase[:-1]  # 增加值的比例 → 第一产业增加值比例 (a contribution keeps its 对…的)
        parts = expand_parts(phrase, len(members))
        if parts:
            parts = [_IND_RE16.sub(r"第\1产业", p) for p in parts]  # 一产、二产、三产的结构 → 第一产业 …
        elif phrase == "产业" and len(members) == len(zh.SECTOR_RATIO_PARTS):
            parts = list(zh.SECTOR_RATIO_PARTS)  # 产业结构变化为1.6:71.9:26.5: the three sectors
        op = _ratio_comparator(text, word_start, first, members[-1])
        es = min(c.es for c in members)
        ee = max(c.ee for c in members)
        for k, c in enumerate(members):
            c.kind, c.period, c.subject, c.estimated = first.kind, first.period, first.subject, first.estimated
            c.es, c.ee = min(es, ws), ee
            c.indicator = shorten((parts[k] if parts else phrase) + suffix, 24)
            c.comparator = op


def _ratio_comparator(text: str, word_start: int, first: Cand, last: Cand) -> str:
    """三次产业比重趋近5:38:57 / 调整为8:40:52左右: a hedge or bound written before the first term or after the last
    is the ratio's, every term's (the terms' own comparators are fixed at =)."""
    after = text[last.mend:last.mend + 12]
    if last.extra.get("ratio_based"):
        after = re.sub(r"^\s*[:：]\s*\d+(?:\.\d+)?", "", after)  # 2.3:1以内: the base term read past
    for rx_, op in CMP_AFTER:
        if rx_.match(after):
            return op
    before = FILLER.sub("", text[word_start:first.vs].rstrip())
    for rx_, op in CMP_BEFORE:
        if rx_.search(before) and not (op == "~" and before.endswith(zh.NOT_APPROX_WORDS)):
            return op
    return "="


def _changes(text: str, layout: Layout, cands: list[Cand]) -> None:
    """从X增加到Y / 由X提高至Y: X is the base, a status (actual); Y takes the kind of the words before 从.

    目前/现 before X describe X, not Y: a target sentence (未来五年…从目前的14.4万元增加到20万元) keeps Y a target.
    Both values measure what the words before 从 name.
    """
    by_vs = sorted(cands, key=lambda c: c.vs)
    for a, b in zip(by_vs, by_vs[1:]):
        if a.rank != b.rank or unit_class(a.unit) != unit_class(b.unit):
            continue
        if not is_change_gap(text[a.mend:b.vs]):
            continue
        cs = _comma_clause_start(text, layout, a.vs)
        fp = from_position(text, cs, a.vs)
        if fp < 0:
            continue
        if a.group >= 0 and b.group >= 0 and a.group != b.group:
            # 由上年的22%、29%和49%调整为21%、28%和51%: list to list, each start the base of the end in its place; the
            # items named before 由 name both lists' members already
            starts = [x for x in by_vs if x.group == a.group]
            ends = [x for x in by_vs if x.group == b.group]
            if len(starts) == len(ends):
                for x, y in zip(starts, ends):
                    x.kind, x.estimated, y.extra["base"] = "actual", False, x
            continue
        a.kind, b.extra["base"] = "actual", a
        a.estimated = False
        # b's kind: the cues before 从 decide (the clause, then the sentence)
        ss, _ = layout.sent_of(a.vs)
        k = _cue_kind(text[cs:fp], last=True, weak=False) or _cue_kind(text[max(ss, fp - 400):cs], last=True, weak=False)
        if k is not None:
            b.kind = k
        elif b.kind == "target" and not STATUS_CUES.search(text[cs:fp]):
            pass
        # the measured noun phrase stands before 从
        phrase = _TIME_WORDS.sub("", text[cs:fp])
        phrase = SUBJECT_WORDS.sub("", clean_phrase(phrase))
        phrase = clean_phrase(phrase)
        if not phrase or len(phrase) < 2 or phrase in zh.ANAPHORIC_MEASURES:
            # 地区生产总值突破6万亿元,总量从全国第12位跃升至第10位: 总量 is the size of what was just measured
            prev = [x for x in by_vs if x.vs < a.vs and x.indicator and x.vs >= ss and x.measure != "rank"]
            phrase = _IND_RE17.sub("", prev[-1].indicator) if prev else phrase if len(phrase) >= 2 else a.indicator
        if phrase:
            a.indicator = b.indicator = shorten(phrase, 24)


# a count of a list being carried out (重点推进150个项目) whose 其中 parts are planned (其中计划新开工项目60个)
PLAN_PART = rx.compile(r"\s*其中\s*(?:年度)?计划")


def _planned_wholes(text: str, layout: Layout, cands: list[Cand]) -> None:
    """2024年,全市重点推进150个项目,其中计划新开工项目60个: the whole of a planned breakdown is the plan's list,
    a target as its parts are, unless its own clause reports it done (完成, 已, 实现, 累计)."""
    for i, c in enumerate(cands):
        if c.kind != "target" or c.measure != "count":
            continue
        cs, _ = layout.clause_of(c.vs)
        if not PLAN_PART.match(text, cs, c.vs):
            continue
        ss, _ = layout.sent_of(c.vs)
        whole = next((x for x in reversed(cands[:i]) if ss <= x.vs < cs and x.unit == c.unit), None)
        if whole is None or whole.kind != "actual" or whole.period != c.period:
            continue
        ws, we = layout.clause_of(whole.vs)
        if not DONE_WORDS.search(text, ws, we):
            whole.kind = "target"


def _headline_targets(text: str, cands: list[Cand]) -> None:
    """A headline's figure the body states as a target (青川市召开人代会 今年经济增长7%左右 over …主要预期目标是:地区
    生产总值增长7%左右) is that target: the headline quotes the body.  So is a headline's size of a year's list the
    body states as the base of what was done (某县今年实施重点项目185个 over …185个,…。截至7月底,…占年度计划投资的
    64.9%): whether the list is reported against is read in the body (lists._announced_list), not in the headline."""
    nl = text.find("\n")
    if nl < 0:
        return
    for c in cands:
        if c.vs >= nl:
            break
        if c.kind == "target" and c.extra.get("announced_list"):
            body = next((x for x in cands if x.vs > nl and x.value == c.value and x.unit == c.unit and
                         x.measure == c.measure), None)
            if body is not None and body.kind == "actual":
                c.kind, c.period = body.kind, body.period
            continue
        if c.kind != "actual":
            continue
        body = next((x for x in cands if x.vs > nl and x.kind == "target" and x.value == c.value
                     and x.unit == c.unit and x.measure == c.measure and x.comparator == c.comparator), None)
        if body is not None:
            c.kind, c.period = body.kind, body.period


DONE_WORDS = rx.compile(r"完成|已|实现|累计|建成|竣工|投产|开工了|达到")


# 粮油食品类零售额增长6%，汽车类增长2%: a class of goods named with what is measured of it, and a bare class after it
_CLASS_MEASURED = rx.compile(rf"(?P<cls>[^\W\d_]{{1,16}}类)(?P<tail>{alternation(zh.CLASS_MEASURE_NOUNS)})")
_CLASS_BARE = rx.compile(r"[^\W\d_]{1,16}类")


def _class_items_share_measure(layout: Layout, by_pos: list[Cand]) -> None:
    """限额以上单位中，粮油食品类零售额增长6.2%，服装鞋帽类增长3.1%，汽车类下降2.7% / 食品烟酒类价格上涨1.2%，衣着类
    下降0.5%: a communiqué names what it measures of a class of goods once, with the first class of its sentence; each
    bare class after it in the sentence (…类 alone, measured the same way) is measured the same (汽车类零售额)."""
    tail, sent, measure = None, None, None
    for c in by_pos:
        ss = layout.sent_of(c.vs)[0]
        if ss != sent:
            tail, sent, measure = None, ss, None
        m = _CLASS_MEASURED.fullmatch(c.indicator)
        if m is not None:
            tail, measure = m.group("tail"), c.measure
            continue
        if tail and c.measure == measure and _CLASS_BARE.fullmatch(c.indicator):
            c.indicator = c.indicator + tail


# 1.39万公顷(20.85万亩) / 36.5公里（73华里）: an amount restated in another unit in brackets right after it
_RESTATED_OPEN = ("(", "（")
_RESTATED_CLOSE = rx.compile(r"\s*[)）]")


def _restated_in_other_units(text: str, by_pos: list[Cand]) -> None:
    """年末果园面积1.39万公顷(20.85万亩): a communiqué restates an amount in another unit, alone in brackets right after
    it; the bracketed figure measures what the figure before it measures (never a name made of that figure and its
    unit, 果园面积1.39万公顷)."""
    for a, b in zip(by_pos, by_pos[1:]):
        if a.rank or b.rank or not a.indicator or not a.unit or not b.unit or a.unit == b.unit:
            continue
        if text[a.mend:b.vs].strip() not in _RESTATED_OPEN or not _RESTATED_CLOSE.match(text, b.mend):
            continue
        if unit_class(a.unit) != "level" or unit_class(b.unit) != "level":
            continue
        b.indicator = a.indicator


# --------------------------------------------------------------------------- restatements

_HEADLINE_TIME = rx.compile(r"上半年|下半年|今年|全年|\d{4}年|截至|年内|每年|到|季度|\d{1,2}月|十[一二三四五六七八九]五")


def _restatements(text: str, cands: list[Cand], frames: Frames | None = None) -> None:
    """A summary box restates body facts: the same value, unit and wording take the body's labels; not across parts
    of a report that each name their own time (生产总值年均增长5%左右 under 二、“十五五”时期主要目标, then 生产总值增长5%
    左右 under 三、2026年主要工作: the year's target, no restatement of the five years')."""
    seen: dict[tuple, Cand] = {}
    grams: dict[int, set[str]] = {}

    def bigrams(c: Cand) -> set[str]:
        g = grams.get(id(c))
        if g is None:
            e = text[c.es:c.ee]
            g = grams[id(c)] = {e[i:i + 2] for i in range(len(e) - 1)}
        return g

    nl = text.find("\n")
    for c in cands:
        key = (c.value, c.unit, c.measure)
        prev = seen.get(key)
        if prev is not None and (c.extra.get("place_led") or "subject_written" in c.extra) and c.subject != prev.subject:
            prev = None  # 东坡区项目3个…;彭山区项目3个 / 市自然资源局有3项…,市商务局有3项: each clause leads with its own
            # place or unit, no restatement
        if prev is not None and _parts_apart(frames, prev, c):
            prev = None
        if prev is not None and _other_cell(prev, c):
            prev = None  # 全市 | 5.6 and 东湖区 | … | 5.6: rows (or columns) of one table each state their own figure
        if prev is not None and c.ee - c.es < 3 * (prev.ee - prev.es) + 10 and _similar(bigrams(prev), bigrams(c)):
            if 0 <= prev.vs < nl < c.vs:
                # a headline quotes the body (青川市数字经济规模将突破500亿元 over 到2025年,全市数字经济规模突破
                # 500亿元): the body's statement is the fact, the headline takes its time
                if c.period and not _HEADLINE_TIME.search(text, 0, nl):
                    prev.period, prev.kind = c.period, c.kind
                if not prev.indicator:
                    prev.indicator = c.indicator
                elif not c.indicator:
                    c.indicator = prev.indicator
                seen[key] = c
                continue
            ss = max(text.rfind(ch, 0, c.vs) for ch in "。\n") + 1
            if c.kind == "target" != prev.kind and TARGET_STRONG.search(text[ss:c.vs]):
                # 确保全年完成投资112.4亿元 after the reported plan figure: the value's own cue makes it a target
                # with its own period (…前 a deadline), not a restatement of the earlier fact
                if not c.indicator:
                    c.indicator = prev.indicator
                seen[key] = c
                continue
            if not re.search(r"上半年|今年|全年|\d{4}年|截至|年内|每年|到", text[c.es:c.vs]):
                c.period = prev.period
            c.kind = prev.kind  # the comparator is the value's own words (8%左右 then 增长8%): never copied
            c.subject = prev.subject
            if not c.indicator:
                c.indicator = prev.indicator
        seen[key] = c


def _parts_apart(frames: Frames | None, a: Cand, b: Cand) -> bool:
    """``a`` and ``b`` stand in two parts of the document (frame.py) that each name a time of their own, not the same."""
    if frames is None:
        return False
    pa, pb = frames.part_at(a.vs), frames.part_at(b.vs)
    if pa is None or pb is None or pa is pb:
        return False
    return bool(pa.year or pa.period) and bool(pb.year or pb.period) and (pa.year, pa.period) != (pb.year, pb.period)


def _other_cell(a: Cand, b: Cand) -> bool:
    """Are two figures cells of different rows of one table (the rows are alike by their shape alone), or of two
    columns of one row (a plan table's 2020年 | 2025年 writing 120 | ≥120: the base year's and the target's; a table of
    measures by place writing 15 | 15 for two towns)?"""
    ta, tb = a.extra.get("table"), b.extra.get("table")
    return ta is not None and tb is not None and ta.table == tb.table and \
        (ta.row_start != tb.row_start or ta.header != tb.header or (ta.place, ta.whole) != (tb.place, tb.whole))


def _similar(A: set[str], B: set[str]) -> bool:
    if not A or not B:
        return False
    return 2 * len(A & B) / (len(A) + len(B)) >= 0.5
