"""Units as written after a value, and what kind of quantity each one measures.

The schema keeps the unit as written (亿元, 万人, 个百分点); magnitude prefixes
(万, 亿, 千万 …) are part of it.  A unit's *class* drives the default measure:
count units (个, 家, 项 …) give ``count``, physical and money units ``level``,
``%`` ``share`` or ``growth`` (decided by the words around it), 个百分点 and 个千分点 ``delta``.
"""
from __future__ import annotations

from functools import lru_cache

from .lang import alternation

MAGNITUDES = ("万亿", "千亿", "百亿", "千万", "百万", "十万", "亿", "万", "千")

COUNT_UNITS = (
    "个", "家", "项", "所", "座", "回", "条", "列", "轮", "种", "名", "人次", "人", "户", "辆", "台", "套",
    "艘", "架", "次", "场", "批", "件", "例", "宗", "处", "栋", "幢", "间", "张", "床", "只", "头", "株",
    "棵", "篇", "部", "支", "册", "位", "款", "枚", "块", "片", "根", "班", "趟", "对", "起", "份", "所",
    "门", "节", "口", "眼", "座次", "架次", "人年", "标段", "类", "户次", "车次", "班次", "天",
    # livestock and fish are counted in 羽/尾/匹; visits and batches in 家次/批次; machines in 台套
    "羽", "尾", "匹", "家次", "批次", "台套", "艘次", "航次",
    # cases and services in 件次, votes in 票, issues of a programme or broadcast in 期 (承办直播2期3件次)
    "件次", "票", "期",
    # the items of an appraisal or a task list, counted by their level: 分为6大项、25小项
    "大项", "小项",
    # events and performances held are counted in 场次 (开展促消费活动1.2万场次), as trips in 车次; loans and payments in
    # 笔, lamps in 盏, vaccine doses in 剂, vehicle trips in 辆次, orders in 单 (weak: only with a magnitude)
    "场次", "笔", "盏", "剂", "辆次", "单",
    # letters in 封 (信箱来信41封), satellites and seeds in 颗 (卫星增至80颗)
    "封", "颗",
    # telephone calls in 通 (转接来电1520通; weak: 通车, 通知 open words, zh.UNIT_WORD_OPENINGS)
    "通",
)
LEVEL_UNITS = (
    "元", "美元", "港元", "欧元", "亩", "公顷", "平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "米",
    "吨", "千克", "公斤", "千瓦时", "千瓦", "兆瓦", "吉瓦", "度", "标箱", "标准箱", "吨标准煤", "岁", "分", "TEU",
    "亿立方米", "微克/立方米", "毫克/立方米", "毫克/升", "万千瓦", "立方米/秒", "小时", "分钟",
    # grain in 斤 (亿斤), liquids in 升, freight and passenger turnover, lengths of pipe and wall, power and energy
    "斤", "克", "升", "千升", "毫升", "吨公里", "人公里", "延米", "海里", "兆瓦时", "吉瓦时", "千伏安", "兆伏安",
    "吨标煤", "分贝", "平方公里",
    # energy written out in 小时 (发电量12.5亿千瓦小时, 节电3万兆瓦小时) and gas measured at standard conditions (供气量
    # 3200万标准立方米): the whole unit, not the 千瓦 / 立方米 its head shares with a power or a volume
    "千瓦小时", "兆瓦小时", "千瓦·时", "标准立方米", "标方",
    # power and energy written in Latin letters (储能产能35GWh, 装机12GW), a solar plant's peak power (装机50MWp) and a
    # transformer's apparent power (主变容量2×50MVA, 新增配变容量30万KVA: the letters' case as the text writes them)
    "TWh", "GWh", "MWh", "kWh", "GW", "MW", "kW", "GWp", "MWp", "kWp", "MVA", "kVA", "KVA",
    # computing power and storage (智算规模788EFLOPS, 算力规模达到3万P, 存力1680EB)
    "EFLOPS", "PFLOPS", "TFLOPS", "P", "EB", "PB", "TB",
    # earth moved and gas produced in cubic metres written 方 (完成土石方开挖20万方, 天然气产量150亿方): weak, read only
    # after a magnitude (3方面, 三方 stay none)
    "方",
    # areas and concentrations written with a symbol or short (改造老旧小区4.5万平米, 新建200万㎡, PM2.5浓度35μg/m3)
    "㎡", "平米", "μg/m3", "μg/m³", "ug/m3", "mg/m3", "mg/m³",
    # the seconds a call waits or a service takes (平均等待时长为13秒): a span of a clock, as 分钟 (weak, CLOCK_UNITS)
    "秒",
)
# A span of years measured (平均受教育年限达到11.2年): 年 is read as a unit only after a name of such a span (the fact
# finder checks it), never in the value pattern, where it would swallow every date
DURATION_UNITS = ("年",)
PERCENT_UNITS = ("%", "‰", "成")
# 个千分点 / 千分点: a change of a rate stated per mille (死亡率5.1‰,下降0.2个千分点)
POINT_UNITS = ("个百分点", "百分点", "个千分点", "千分点")
MULTIPLE_UNITS = ("倍",)

# Units that only make a fact in special contexts (checked by the fact finder).
WEAK_UNITS = frozenset({"天", "小时", "门", "节", "口", "眼", "类", "分", "度", "成", "起", "对", "份", "班", "期", "单",
                        "方", "标方", "分钟", "秒"})
# The spans of time of a day (急救反应时间为12分钟, 通勤时间缩短至30分钟): weak, as 15分钟生活圈 names a programme; an
# amount once stated (为, 达) or reached by a cut (缩短至, 压缩到, 控制在: facts, zh.TIME_CUT_VERBS)
CLOCK_UNITS = ("小时", "分钟", "秒")
# Weak units that are amounts once a magnitude is written before them: 亿度 / 万度 of electricity, 万份 of copies or
# policies, 万小时 of service, 万单 of orders, 万方 / 亿方 of earth or gas; 3度 (degrees) or 5份 (of a document) alone
# stay no figure
MAGNITUDE_MAKES_UNIT = frozenset({"度", "份", "小时", "单", "方", "标方"})

# The denominator of a rate written as one unit: 万元/人, 元/头, 元/亩, 吨/公顷; an intensity per output value, its
# denominator with a magnitude (吨标准煤/万元, 立方米/万元, 万千瓦时/万元; the value pattern reads the magnitude).
PER_UNITS = ("人", "头", "亩", "吨", "户", "平方米", "公斤", "千克", "人次", "年", "月", "天", "日", "小时", "辆", "台",
             "只", "公顷", "立方米", "千瓦时", "床", "元", "标准煤", "吨标准煤")
PER_PATTERN = alternation(PER_UNITS)
# The denominator's own magnitude: a density per so many people or homes (移动电话25.1部/百人, 执业医师3.2人/千人,
# 基站12个/万人) is written per hundred or thousand as often as per ten thousand; 百 only here, where it cannot be the
# numeral's
PER_MAGNITUDES = ("百",) + MAGNITUDES
PER_MAG_PATTERN = alternation(PER_MAGNITUDES)

_ALL = sorted(set(COUNT_UNITS + LEVEL_UNITS + PERCENT_UNITS + POINT_UNITS + MULTIPLE_UNITS), key=len, reverse=True)
UNIT_PATTERN = alternation(_ALL)  # longest first, as a trie (lang.alternation): the same matches, fewer branches tried
# Units written only after a figure in digits (1520通): after a numeral in words they open a name (小三通, 一通百通)
DIGIT_ONLY_UNITS = ("通",)
HAN_UNIT_PATTERN = alternation([u for u in _ALL if u not in DIGIT_ONLY_UNITS])
MAG_PATTERN = alternation(MAGNITUDES)
# 4.8%；… / 1.2万人，… at the head of a line: a decimal figure and its unit, the rest of a sentence a page's width broke
# before the figure; its point is no point of a list item's number (1.加快…, 2.稳定…), which no digit follows
DECIMAL_FIGURE_PATTERN = rf"\d+[.．]\d+[ \t\u3000]*(?:%|％|(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})|{MAG_PATTERN})"

# The working days a service takes (办理时限压缩至3个工作日), counted like 天: written 个 + 工作日, the value reader
# joins the two only where a service's time is cut to or taken (facts), so the unit is no part of the value pattern
# (5个工作日内办结 is a deadline, 3个工作日 inside a name stays words)
SERVICE_DAY_UNIT = "个工作日"
_COUNT = frozenset(COUNT_UNITS + (SERVICE_DAY_UNIT,))
_LEVEL = frozenset(LEVEL_UNITS + DURATION_UNITS)


@lru_cache(maxsize=1024)
def base_unit(unit: str) -> str:
    """亿元 → 元, 万人 → 人, 个百分点 → 个百分点."""
    for m in MAGNITUDES:
        if unit.startswith(m) and len(unit) > len(m):
            return unit[len(m):]
    return unit


@lru_cache(maxsize=1024)
def unit_class(unit: str) -> str:
    """count | level | percent | points | multiple | magnitude | none."""
    if not unit:
        return "none"
    unit = unit.split("/", 1)[0]  # 万元/人 measures like 万元
    if unit in POINT_UNITS:
        return "points"
    b = base_unit(unit)
    if b in PERCENT_UNITS:
        return "percent"
    if b in MULTIPLE_UNITS:
        return "multiple"
    if b in _COUNT or b[-1:] == "次" and b[:-1] in _COUNT:
        return "count"  # (46条次, 120个次: things counted as often as they came up, read by facts._times_counter)
    if b in _LEVEL:
        return "level"
    if b in MAGNITUDES or unit in MAGNITUDES:
        return "magnitude"
    return "none"


def is_money(unit: str) -> bool:
    return base_unit(unit) in ("元", "美元", "港元", "欧元")
