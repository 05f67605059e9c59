"""Chinese (simplified; the extractors read text already mapped to simplified script) language data.

Plain data only: tuples of words, dicts, and regex *fragments* where a word needs a guard (将 but not 将近).
Grouped by the rule that reads them; each group says which module uses it.
"""
from __future__ import annotations

from . import without

# --------------------------------------------------------------------------- word classes read by several rules
# Each rule below that reads one of these classes writes its variant as the class plus (or minus) what that rule
# needs, so that a word added here reaches every rule of the class (tests/extract/test_word_classes.py).
#
# The adverbs of a sum (共 / 共计 / 合计 / 总计 / 累计 "in all, altogether, all told, so far in total"): written right
# before a verb or a count, they say the figure after them is the total of the parts or the time before, not one part's
# own (全县共开工项目56个, 累计完成投资120亿元).  The spoken 一共 / 总共 are of the class too, but official writing rarely
# has them; only the actor rule reads them (ACTOR_NOT_OPENERS).  Order: longest first where one is a prefix of another
# (共计 before 共), for a reader that joins them in order.
SUM_ADVERBS = ("累计", "共计", "合计", "总计", "共")
# Places written one after another before a figure they total together (甲市、乙市、丙县共有13个项目动工 / 甲区、乙区合计
# 完成投资8亿元): one figure of them jointly, whose subject names them all (seed gold 002); a figure each of them
# reached (甲县、乙县各5件, 均超百亿元, 并列第三) or one with no total word is one fact of the first place named
# (figure.shared_subject).  Regex fragments: 共 but not 共同 / 共建 / 共享 (what was done jointly, no total).
JOINT_TOTAL_WORDS = ("共有", "共计", "合计", "总计", "一共", "共(?![同建享])")
EACH_REACHED_WORDS = ("各", "均", "分别", "都", "并列")
# …and the words totalling the count a list of named members closes with (甲水库、乙灌区等总计11项重大水利工程, 甲、乙等共
# 18个): the class less 累计, a sum over the time before (累计完成投资), not over the members just named, and with the
# bare 计 of written style (等计5项).  The project rules read them (zh_projects.LIST_TOTAL_WORDS), and so does a count
# closing an introduced list (COUNTED_LIST_TOTALS).
LIST_TOTAL_WORDS = without(SUM_ADVERBS, "累计") + ("计",)
# The verbs of an inspection (督查 / 督导 / 检查 / 核查 / 巡查 / 抽查 / 暗访 / 督察 / 稽查 / 稽察): a higher body examines on the
# spot how a lower one does its work, and counts what it finds (发现问题74个).  A notice's lead names its check with one
# (市督查组于6月12—16日对86个单位进行了督查); the rules that read them are those of the check's span, its days, the place
# it visits and the matter it looks into.  Each is two characters, none the start of another, so a reader joining them
# in any order matches the same.
INSPECTION_ACTS = ("督查", "督导", "检查", "核查", "巡查", "抽查", "暗访", "督察", "稽查", "稽察")
# The verbs of an assessment (考核 / 考评 / 评比 / 测评): a higher body scores the lower ones over days it names (县考评组于9月
# 20日对各乡镇…进行了考核评比), and what it reports (得分92.5分, 排名第1) is what it found then, as an inspection's counts are.
ASSESSMENT_ACTS = ("考核", "考评", "评比", "测评")
# The nouns of a drive held over days a body names (专项执法行动 "enforcement action", 集中整治 "concentrated clean-up",
# 安全隐患大排查 "sweep for hazards", 清查 "clearing check"): a notice or news piece opens on its days (9月3日至20日,省生态
# 环境厅开展专项执法行动。) and goes on counting what the drive did (检查企业1260家, 立案查处87起), of those days, as an
# inspection's findings are.
DRIVE_NOUNS = ("行动", "整治", "执法", "排查", "清查")
# The verbs of going to a place (赴 / 到 / 前往 / 来 / 深入 / 奔赴 "go to, come to, go deep into"): the place after them is
# where a party goes to do what it came for (代表团一行15人赴某县考察, 督查组到某县检查, 深入企业调研).  The rules of a
# party's size (facts._delegation: the act after where it goes) and of the place a body checks or visits (docregions:
# VISITED_BEFORE) read them.
GO_TO_VERBS = ("赴", "到", "前往", "来", "深入", "奔赴")
# The prepositions of company (与 / 同 / 和 / 跟 "with"): they bring in who or what a deed is done with or a figure is
# set against (与上年相比, 同全省比较, 与年度计划目标持平, 与乙县签订协议); the rules of a compared plan or base year
# (figure), of a benchmark place and of a partner place (docregions) read them.
WITH_PREPOSITIONS = ("与", "同", "和", "跟")
# The prepositions of comparison (比 / 较 "than, compared with"): the base a change or a difference is taken from follows
# them (比上年增长, 较年初增加159个, 比2019年, 较邻县高); read before a year (context), before a base of a change (facts)
# and before a benchmark place (docregions).
COMPARE_PREPOSITIONS = ("比", "较")
# The measure words projects are counted in (88个 / 20项 / 8宗): one set and its classes, a stage's part of a breakdown
# (facts._headless_heads, projects' stage parts), a count of projects compared with its whole (scope)
PROJECT_COUNT_UNITS = ("个", "项", "宗")
# The nouns of a work to be built (项目 "project", 工程 "works"): a work's head noun, a class of works' (交通项目, 水利工程)
# and the bare noun taking a work up again (今年,项目计划完成投资90亿元); the rules of a list's heading (PROJECT_LIST_HEADS),
# a group's size (GROUP_SIZE_NOUNS), a programme's heads and a work spoken of again (scope._body_reaches) read them.
PROJECT_NOUNS = ("项目", "工程")
# The copulas that open the members of a set just named or counted (前三名是甲县、乙县和丙县 / 尚未开工的3个项目为A、B、C /
# 增速较快的有… / 分别是, 分别为 "are, respectively"): what follows them is the set's members, named one by one.  The rules
# of a ranked list's heading, of the bodies a selection picks, of a bracketed list, of a count's members and of a class
# of projects (zh_projects.CLASS_COPULAS) read them, each with a few words of its own.
# 分别是 / 分别为 "are, respectively" give each item named before one member after; the bare 是 / 为 / 有 the members of
# the set (also after a head selecting places by a rank or a bound: 排名前三的是甲区(96%)、乙区(94%), 低于全省平均进度的
# 有:甲区41.8%, lists._PLACE_LIST_LEAD).
RESPECTIVE_COPULAS = ("分别是", "分别为")
BARE_COPULAS = ("是", "为", "有")
LIST_COPULAS = RESPECTIVE_COPULAS + BARE_COPULAS
# …and 依次是 / 依次为 "are, in turn": members named in an order (a ranked list's, a selection's)
ORDERED_COPULAS = ("依次是", "依次为")
# …and 分别达到 / 分别达 "reach, respectively": each item named before reaches the figure given it after (项目数分别达到12个、
# 9个, 三次产业增速分别达3.1%、5.2%); a list of figures, read with the respective copulas (RATE_LIST_COPULAS,
# BARE_LIST_OPENERS)
RESPECTIVE_REACH = ("分别达到", "分别达")
# The words that introduce the named members of a set or a class just named (本次开工项目包括A、B等18个, 签约项目主要有
# C、D, 三个项目分别是…): some of them (包括 / 包含 "including"), the main ones (主要有) or each in turn (the respective
# copulas).  The rules of a set counted after its named members (facts: COUNTED_LIST_INTRODUCERS) and of a project
# list's items (zh_projects: LIST_INTRODUCERS, never part of a name) read them, each with words of its own.
MEMBER_INTRODUCERS = ("包括", "包含", "主要有") + RESPECTIVE_COPULAS
# The counters a set of bodies or works is counted in (12个乡镇, 6家企业, 5所学校, 4条高铁, 3座水库, 8处景点, 20项工程):
# a count of them, each a member of the set.  The rules of a class counted after a bound (facts), of a long list closed
# by 等 and a count (scope) and of the projects a list or a name counts (zh_projects) read them, each with its own.
SET_COUNTERS = ("个", "项", "家", "所", "条", "座", "处")
# the counters of a set whose members a statistical release counts (402户规上工业企业中有230户…, 216种产品中有142种…)
MEMBER_SET_COUNTERS = ("户", "种")
# The pace the calendar asks for (序时进度 / 时序进度 / 时间进度: 75% of the year's plan by the end of September): what a
# progress report measures its works against (超序时进度, 快于时间进度), and a count of the works by it is a status at the
# report's time (未达序时进度项目4项).  The rules of a share compared with it (facts), a table's column compared with it
# (structures), the schedule (PACE_WORDS: scope, periods) and a work's state (PROGRESS_STATE: scope) read them.
PACE_BASES = ("时序进度", "序时进度", "时间进度")
# …and the words that put a figure right after the pace as the gap to it (超序时进度4.2%, 落后时间进度3%): a difference of
# two rates written in per cent, a delta as 超序时进度4.2个百分点 is (facts._measure)
PACE_GAP_VERBS = ("超", "超过", "超出", "快于", "慢于", "高于", "低于", "落后", "落后于", "滞后", "滞后于")

# --------------------------------------------------------------------------- kind cues (facts._kind)
# A commitment about the future: the nearest strong cue before a value decides its kind.  Fragments, because a
# few words need a guard: 将 is not 将近, 要 is not 重要/主要/需要/要求.
# 恢复到2019年的108% / 恢复至2019年同期水平的97%: a year followed by the proportion taken of it is a base, no deadline
# (a segment cut right before the value ends on 的)
YEAR_PROPORTION_GUARD = r"(?!\s?(?:同期)?(?:水平)?的\s*(?:\d|$))"
# 恢复到2019年的108%: the verbs by which a level regains that of a base year, its percentage a growth (facts._measure)
RECOVERY_VERBS = ("恢复", "回升", "回复")
# The verbs a notice hands its matter over with (现将有关情况通报如下, 将…报告如下): a closed class of the formula
NOTICE_DISPOSAL_VERBS = ("通报", "报告", "通知", "公布", "说明", "汇报", "公示", "反馈")
# The verbs that put a body on a list by decision (认定, 命名, 推荐 …).  After 拟 they name a decision pending its public
# notice (拟认定74个行政村为省级森林乡村, 拟推荐名单15个, 现予以公示): the list is drawn up, its size a count that stands
# now, no plan (TARGET_STRONG's 拟 leaves them; 拟新建 / 拟投资 still commit)
DESIGNATION_VERBS = ("认定", "命名", "推荐", "表彰", "授予", "评定", "评为", "认证", "确定", "列入", "纳入", "入选", "遴选",
                     "选定", "授牌", "批准", "公布", "撤销", "取消", "通过")
# …and the verbs of a sanction an enforcing body decides (罚款, 处罚, 处分, 问责 …).  After 拟, with the object or the
# form of the sanction between (拟罚款金额520万元, 拟对12家企业处罚款186万元, 拟给予3人党纪处分, 拟作出行政处罚决定),
# they report a decision made, pending its hearing or notice: the enforcement done, no plan, and no commitment of the
# clauses after them (立案查处87起,并处罚款…)
SANCTION_VERBS = ("罚款", "处罚", "罚没", "处分", "问责", "追责", "没收", "吊销", "责令", "立案", "移送")
_SANCTION_AHEAD = f"[^,，;；。:：!！?？\n]{{0,16}}?(?:{'|'.join(SANCTION_VERBS)})"
# 今年全市地区生产总值预期增长6% / 预期全县地区生产总值增长5.5%左右: 预期 before the change it expects, in its clause,
# states the year's target, as 主要预期目标是 does (预计增长 estimates an outturn); an outturn set against the
# expectation (好于预期, 高于预期, 超预期) reports
_EXPECTED_CHANGE_AHEAD = "[^,，;；。:：!！?？\\d]{0,16}?(?:增长|增速|增幅|提高|提升|下降|降低|涨幅)"
_EXPECTED_OUTTURN_BEFORE = "[于超出合及]"
EXPECTED_CHANGE = f"(?<!{_EXPECTED_OUTTURN_BEFORE})预期(?!目标|寿命|性)(?={_EXPECTED_CHANGE_AHEAD})"
TARGET_STRONG = (
    EXPECTED_CHANGE,
    # 争取/争列 a place into a higher list (谋划争列省重点项目6个): the list is sought, not yet granted; 已争取的24个项目 is
    # what was won (成功争取: ACTUAL_STRONG)
    "力争", "确保", "(?<!已)(?<!已经)争取", "争列", "力求",
    # 申报省重点项目45个 / 上报中央预算内投资项目16个: a list applied for, not yet granted, its size counted in the
    # verb's own clause (已申报, 成功申报: done; 未申报: a failing reported; 申报的项目中,获批28个: what was granted)
    "(?<![已均都功未])(?<!未按时)(?<!未及时)(?<!未按期)(?:申报|上报|提报)(?=[^,，;；。:：]{0,14}?项目[^,，;；。:：\\d]{0,4}?(?:\\d|$))",
    # 预期增长目标均确定为8%以上 / 目标设定为…: the target named by the verb that sets it
    # 主要预期目标是 / 主要预期指标为: the year's targets named by what they expect or by their indicators
    "努力", "奋斗目标", "目标(?:均|都|分别)?(?:确定|设定|定|调整)?(?:是|为|:)", "预期(?:目标|指标)",
    # 计划 as an intention (计划于…开工, 计划完成); 年度计划 / 占…计划 is the plan figure a progress report measures
    # against, and 计划投资 an amount
    # 续建项目37个;计划开工项目15个: 计划开工项目 heading a list part is a category of a progress report's list
    # 40个计划新开工项目 (after a count), 按计划/超计划/原计划, 计划进度: 计划 is a noun there, no intention
    # 计划完成率112% / 计划开工率85% / 计划执行情况: the plan is the base a rate of what was done is taken of
    # 年度投资计划 / 投资计划增长: the plan of investment, a noun
    "(?<!年度)(?<!占)(?<!投资)(?<![个项家座批按超原])计划(?=[\u4e00-\u9fff])(?!投资|总投资|投入资金|的|数|任务|进度|内|外|(?:完成|执行|开工|开复工|复工|竣工|完工|投产|到位|办结)率|完成情况|执行情况)"
    "(?!(?<![^,，;；:：、\n]计划)(?:新)?(?:开工|竣工|投产|建成)项目)"
    # 2022年省重点项目计划共列入项目230项 / 重点建设计划中的续建项目: the works' plan named as the list it is, a noun
    "(?!(?<=项目计划|工程计划|建设计划)(?:共|中|已|下达|包括|涵盖))",
    # 9—12月需完成投资 / 月均需完成: what still has to be done
    "(?<![必无急])需(?:要)?(?=完成|实现|达到|新增|投入|投资|开工|建成|新建|累计|提高|增长|再)",
    # 即将过去的2018年 (a work report's opening) looks back, it does not commit
    # 现将…通报如下 / 兹将…报告如下: 将 there is the object marker of a notice's formula (把), no future: the figures
    # the notice goes on to report are statuses
    f"(?<![现兹])将(?!近|军|过去)(?![^。;；!！?？\n]{{0,40}}?(?:{'|'.join(NOTICE_DISPOSAL_VERBS)})如下)",
    "即将(?!过去)", "(?<![重主需只纲提概摘必首紧])要(?![求素点闻件])",
    "尽快", f"拟(?!{'|'.join(DESIGNATION_VERBS)})(?!{_SANCTION_AHEAD})", "每年",
    # 到二季度末,还可开复工项目820个: what can still be done by a time to come (还可 / 还能), beside what was done
    "还可", "还能",
    "(?<![一两三四五六七八九十\\d])年内",  # 年内 is this year; 一年内投产 is a duration
    # 到2025年 is a deadline, but 增长到2020年的… is the end point of a change (从2015年的X增长到2020年的Y), and 恢复到
    # 2019年的108% the year a proportion is taken of
    "(?<!增长|增加|提高|提升|上升|下降|降低|减少|扩大|缩小|调整|发展|跃升|攀升)到20\\d\\d年" + YEAR_PROPORTION_GUARD,
    "(?:未来|今后)\\d+年", "(?:未来|今后)[一二三四五六七八九十]+年", "期末", "必须", "应当", "争创", "冲刺",
    # 完成年度目标任务的108% reports: a target accomplished is no commitment
    # 占年度目标任务的61.3%: the whole a share is taken of
    # 超过目标任务1.5个百分点 / 比目标高: a figure set against the target reports
    "(?<!完成)(?<!完成年度)(?<!完成全年)(?<!占)(?<!占年度)(?<!占全年)(?<!超过)(?<!超出)(?<!高于)(?<!低于)(?<!快于)(?<!慢于)(?<!好于)(?<![比较])目标任务(?![\u4e00-\u9fff]{0,2}完成)",
    # 要求各单位在9月底前完成…: a demand to complete is a commitment (按照…要求 is not)
    "要求(?=[\u4e00-\u9fff\\d]{0,16}?(?:完成|实现|达到|开工|建成|投产))",
    # a threshold set for others (满意率最低标准92%, 不得低于90%) is a requirement, not a status
    "最低标准", "最高标准", "最低要求", "不得低于", "不得少于", "不得超过", "不得高于", "原则上不(?:低于|少于|超过|高于)",
)
# Commitment words that, in a part or paragraph that looks back (一、…工作回顾 / 过去五年,… / 五年来,…), report what was
# done: 争取 is what was won (争取中央预算内投资186亿元, 争取国家试点任务16项), 每年 what each year of the span did
# (五年来每年新增城镇就业4万人). Outside a review they commit (facts._review_read).
# 确保 is what was secured (确保了粮食产量稳定在650亿斤以上).
# What a named project is, stated as its design (线路全长140公里, 设计时速350公里, 总投资300亿元, 总库容1.2亿立方米): a
# clause that opens with one of these words, after a project named with no count before it, states the project's size,
# whatever the part says of the project (开工建设某高铁 in a plan, 某高铁建成通车 in a review): a status of the time of
# writing, never a target (facts._design_size).  A clause that names something else first (新建保障房建筑面积50万平方米)
# or a list's size (实施重大项目500个,总投资4000亿元) is no design.
PROJECT_DESIGN_WORDS = ("总投资", "全长", "总长", "时速", "行车时速", "速度", "总库容", "库容", "总建筑面积", "总占地面积",
                        "占地面积")
# …which a clause may qualify as designed or estimated and narrow to a part of the line (设计时速, 估算总投资, 正线全长,
# 全线预计总投资, 大坝总库容)
# What works are designed to yield once they run (设计年发电量, 设计产能, 设计年处理能力): a target without a time
# (facts.DESIGN_OUTPUT); a design size (设计时速, 设计装机容量) is what the works are (PROJECT_DESIGN_WORDS)
DESIGN_OUTPUT_WORDS = ("设计年发电量", "设计发电量", "设计年产能", "设计产能", "设计年产量", "设计产量", "设计生产能力",
                       "设计年生产能力", "设计年处理能力", "设计处理能力", "设计日处理能力", "设计年处理量", "设计日处理量",
                       "设计年吞吐能力", "设计吞吐能力", "设计年吞吐量", "设计年输送能力", "设计输送能力", "设计年供水能力",
                       "设计供水能力", "设计日供水能力", "设计年产值", "设计年销售收入",
                       # a plant's designed hours of full use (设计年发电利用1670小时)
                       "设计年发电利用小时数", "设计年发电利用小时", "设计年发电利用", "设计年利用小时数", "设计年利用小时",
                       "设计利用小时数")
PROJECT_DESIGN_QUALIFIERS = ("设计", "估算", "概算", "预计", "计划", "规划", "批复")
PROJECT_DESIGN_PARTS = ("正线", "新建正线", "主线", "线路", "全线", "项目", "工程", "大坝", "水库", "电站", "一期", "二期")
# …and what a project's size is stated by anywhere in its clause (scope.PROJECT_ATTRIBUTE: a status of the time of
# writing, not a flow of the span reported on), the design words and the areas a project covers
PROJECT_ATTRIBUTE_WORDS = ("总投资", "计划总投资", "概算投资", "概算总投资", "全长", "总长", "线路长", "占地", "占地面积", "总建筑面积", "建筑面积", "总库容",
                           "设计时速", "设计速度", "行车时速")
# the facilities whose naming before the design clauses makes them a project's (开工建设某高铁, 某水库正式开工)
PROJECT_FACILITY_HEADS = ("高铁", "铁路", "城际", "轨道交通", "地铁", "高速", "公路", "国道", "省道", "大桥", "隧道", "机场", "港区",
                          "码头", "航道", "水库", "水利枢纽", "引水工程", "调水工程", "电站", "电厂", "项目", "工程")
# …and the other heads a work sized by a bare 投资 before its name ends with (投资5600万元的某镇污水处理厂已投入使用), and
# what may follow its name (a stage, a list's next item, 等)
SIZED_WORK_HEADS = ("处理厂", "水厂", "厂", "医院", "学校", "中学", "小学", "幼儿园", "中心", "馆", "园区", "产业园", "大道", "广场",
                    "小区", "基地", "生产线")
# …the name such a size is given (the schema's 总投资 of a named project), over the bare words the clause writes
PROJECT_SIZE_NAME = "总投资"
BARE_SIZE_NAMES = ("", "投资", "计划投资")
SIZED_WORK_NEXT = "已正顺将于在等,，;；。、完开建竣投全基主目进"
# the verbs of a task that govern a work named after its size with a bare 投资 (重点抓好投资2.2亿元的某某项目, 引进投资
# 5亿元的某某产业园): the size opens the work's name as after a comma (scope.SIZE_OPENING_ITEM); not 完成 (完成投资…的
# 80%: what was done)
SIZED_WORK_VERBS = ("抓好", "推进", "实施", "引进")

PROJECT_DESIGN_HEADS = ("该项目", "该工程", "该线路", "本段", "该段", "其中", "其")
# A project spoken of again (该项目, 该电站, 项目…) after the sentence that names it: what may open the sentence or the
# clause before it (据了解, 目前, 截至目前: a source or a time, no other actor; scope._project_spoken_of), the words
# that point back (该, 本, 此), the heads it is taken up by, and what a bare 项目 is followed by when it is the named one.
PROJECT_ANAPHOR_LEADS = ("据介绍", "据了解", "据悉", "截至目前", "截止目前", "截至当前", "目前", "当前", "现在", "现已",
                         "今年以来", "今年", "同时", "此外", "其中")
PROJECT_ANAPHOR_POINTERS = ("这个", "该", "本", "此")
# A sentence opening with a company's full name and then what it is, where it is, since when or what it has done of
# late (某某科技有限公司是县里引进的重点企业,…, 某某集团成立于2008年,…, 某某公司近年来…): the sentence is about the
# company, and its figures are the company's (scope._company_opening)
COMPANY_TOPIC_NEXT = ("是", "系", "作为", "位于", "坐落于", "成立于", "始建于", "创建于", "创办于", "主要从事", "专业从事", "专注于",
                      "近年来", "近几年", "近年", "自成立以来", "投产以来", "建厂以来")
# 甲有限公司超标排放,被处罚款45万元 / …未批先建,依法处以罚款20万元: a penalty said in a later clause of a part that opens
# with a company is the company's (the passive 被 makes it the penalty's patient; scope._penalised_company): the
# penalty's verbs, the passive's marks, and the leads a notice opens the finding with (经查,甲有限公司…)
PENALTY_VERBS = ("处罚", "罚款", "处以", "罚没", "没收", "处")
PASSIVE_MARKS = ("被", "遭")
FINDING_LEADS = ("经查", "经核查", "经调查", "经查实", "其中")
PENALTY_SUM_WORDS = ("总额", "金额", "共计", "合计", "累计", "共")  # 罚款总额为137万元, 共被罚109万: the penalties summed
# …and the leads of the sentence after one whose figures were a work's or a company's that go on about it (目前,已完成路基
# 工程80% / 同时,…): a time of writing or a joining word, no actor of its own (scope._body_reaches); not 其中, which
# opens the parts of a whole, each named by its own class (其中,交通项目20个)
BODY_GOES_ON_LEADS = ("截至目前", "截止目前", "截至当前", "目前", "当前", "现已", "同时", "此外", "另外",
                      # 全线累计完成路基40公里: the whole of the line or section just named, no place's scope
                      "全线", "全段")
# 今年,项目计划完成投资90亿元 right after a work's figures: the bare works' noun (PROJECT_NOUNS, after a time) takes the
# work up before one of these
BODY_BARE_ANAPHOR_NEXT = ("已", "累计", "计划", "完成", "共", "总", "年度", "全年", "预计", "将")
# …and the words of a deed that open a ;-part going on about the work or company of the part before (…;累计完成1亿元)
BODY_PART_OPENERS = ("累计完成", "累计", "共完成", "已完成", "完成", "实现", "开累")
# …but a class of works heading its row (数智融合重点项目完成投资…, 各区县牵头项目…, 固定资产投资项目已开工162项) is
# the place's works of that class, no one work: its figures do not go on over the clauses after it
PROJECT_CLASS_ENDS = ("重点项目", "投资项目", "牵头项目", "类项目", "项目共")
# Fields a class of a place's works is named by besides zh_projects.WORKS_FIELDS (农林水及生态项目, 农林水利工程)
WORKS_FIELD_EXTRA = ("农林水", "农林水利", "农林", "林业", "农田水利", "城建", "城市建设", "生态环保")
PROJECT_ANAPHOR_HEADS = ("项目", "工程", "电站", "电厂", "基地", "产业园", "园区", "工厂", "线路")
PROJECT_ANAPHOR_NEXT = ("由", "总", "全部", "全面", "建成", "计划", "位于", "占地", "投产", "达产", "规划", "共", "预计", "将",
                        "一期", "二期", "主要", "已", "累计", "目前", "工程量", "形象进度", "整体")
# …and what may follow the name of the project it takes up, in the sentence that names it (某某电站位于…, 某某项目是省
# 重点项目, 某某项目建设现场, 某某项目由某公司投资建设, 某某项目总投资…)
PROJECT_OPENING_NEXT = ("位于", "拟建于", "建于", "选址", "坐落", "由", "总投资", "计划总投资", "占地", "总占地", "用地", "是", "属于",
                        "系")
PROJECT_CARD_WORDS = PROJECT_ATTRIBUTE_WORDS + ("用地", "总用地", "规划占地", "规划总占地", "土地流转", "流转土地", "建设内容",
                                              "建设规模", "主要建设", "建设工期", "建设周期", "概算", "估算", "总建筑面积",
                                              # (the work's money by the part or the plan it is: 主体投资6亿元, 计划投资…)
                                              "主体投资", "计划投资", "耗资", "项目总投资", "项目计划总投资")
PROJECT_NAMED_NEXT = ("在", "于", "正式", "今天", "日前", "近日", "开工", "签约", "落户", "举行", "集中", "顺利", "位于", "是",
                      "由", "建设现场", "施工现场", "现场", "工地", "总投资", "占地", "坐落", "进展",
                      # (某某工程按期完工, 某某项目建成投产: its stage reported)
                      "建成", "竣工", "完工", "按期", "如期")
# 目标任务 is what was met (较好完成“十三五”规划确定的各项目标任务); 申报/争列/上报 a list, what was applied for then;
# 年内 the year looked back on (过去一年,…年内新开工项目40个: done within it).
# the longest quoted name (“两确保”, “项目建设年”) whose words are read as a name's, no cue (figure._cues)
QUOTED_NAME_MAX = 8
REVIEW_READ_CUES = ("争取", "每年", "确保", "目标任务", "申报", "争列", "上报", "提报", "年内")
# Report words that, in a part that commits (二、2026年工作安排, 主要预期目标), only name what a target is measured by or
# against: 实际利用外资 / 实际增长 is the measure's name (the real, not the nominal), 同比 / 比上年 the base of the change,
# 累计 a sum over the plan's years (累计降低17%).  There they report nothing (facts._plan_read); a sentence that reports
# (去年…, 已…, 目前…) still does.
# A clause that only says how much the figure before it changes (…目标为125.9亿元以上,同比增长18%以上): its base word and
# verb, no subject of its own (facts._continued_change).
CONTINUED_CHANGE_VERBS = ("增长", "增加", "提高", "提升", "下降", "降低", "增速")
# What a work has summed since it began (该项目累计完成投资8亿元 / 开累完成投资) and the words that make such a sum the
# year's (年度累计, 今年累计) (scope._work_cumulative).
WORK_SUM_WORDS = ("累计", "开累", "自开工以来", "开工以来", "建设以来")
YEAR_OWN_SUM_WORDS = ("今年", "本年", "年度", "当年", "全年", "年内")
PLAN_READ_CUES = ("同比", "比上年", "较上年", "比去年", "实际", "累计")
# (加快 right before a figure, 比一季度加快0.5个百分点, is how much a rate sped up: no action to be taken)
TARGET_WEAK = ("加快(?!\\s*(?:了\\s*)?(?:[\\d０-９]|$))", "谋划(?![\u4e00-\u9fff]{0,4}(?:项目|\\d)|[^,，。;；:：!！?？\\n]{0,30}?(?:项目\\s*(?:共|达)?\\s*(?:\\d|$)|\\d+\\s*[个项][^,，。;；]{0,10}?项目|[^,，。;；:：!！?？\\n]{0,12}?总投资(?:额)?\\s*(?:为|达|约)?\\s*(?:\\d|$)))", "打造", "再细分", "新培育", "培育", "创建", "建设成", "力促", "着力", "推动实现", "规划建设",
               # (谋划部署前期项目45个 / 谋划储备32个项目: the projects a place has lined up, no commitment by the word;
               # so too when its clause goes on to count or size the works at length: 共谋划纳入县级清单的亿元以上项目37个,
               # 谋划实施总投资4.2亿元的文旅项目3个 — the works devised and listed, counted as they stand; 拟实施 commits)
               # 满意率不低于95%: a floor, unless the clause reports (均已不低于)
               "(?<![已均都])不低于", "(?<![已均都])不少于")
# 目标任务完成率 / 任务完成情况 name a measure of what was done, no commitment; 目标 naming the amount written right after
# it (纳入攻坚的45个项目年度目标投资48亿元) makes that amount the plan, not the count before it
TARGET_AFTER = ("(?<!完成)(?<!完成年度)(?<!完成全年)(?<!实现)(?<!占)(?<!占年度)(?<!占全年)目标(?!任务的|(?:任务)?[\u4e00-\u9fff]{0,2}完成)"
                "(?![\u4e00-\u9fff]{0,4}\\s*(?:为|达|约)?\\s*\\d+(?:\\.\\d+)?\\s*(?:亿|万|个|项|家|%))",
                "(?<!完成)(?<!完成年度)(?<!完成全年)(?<!目标)(?<!占)(?<!占年度)(?<!占全年)任务(?!完成)")
# 上级下达我县改造任务为3000户 / 省分解下达我市造林任务1.5万亩: a value stated as the task a higher level assigns is a
# commitment of the period it is set for, whatever its sentence says around it (its clause alone: 改造任务数排在全省第5位
# after it ranks the task, and completing it, 完成省下达的任务, reports); reported against, it is the plan base
# (facts._kind).  A regex fragment: the assigning verb, then the task noun right before the value.
ASSIGNED_TASK = r"(?<!完成)(?<!完成[省市县区])(?<!完成上级)(?<!完成国家)下达[^,，;；。:：\d]{0,20}?任务(?:数)?(?:为|是|共|共计)?\s*$"
# 高于目标2个百分点 / 超出年度目标0.6个百分点 / 比目标任务快: a figure set against the target reports (facts._kind).
TARGET_COMPARED = ("超过", "超出", "高于", "低于", "快于", "慢于", "好于", "优于", "比", "较")
TARGET_COMPARED_QUALIFIERS = ("年度", "全年", "年初", "预期", "计划", "规划", "省定", "市定", "下达", "省下达", "市下达")
TARGET_COMPARED_MEASURES = ("增长", "增速", "发展", "考核")  # 高于年初增长目标
# A reported or achieved status.  成功争取/成功申报: 成功 makes the verb after it an achievement.
# 至9月底,全区开工建设160个: a month's end opening the statement, no deadline (6月底前), is the time it holds at (a
# regex: a strong report cue, and a time of the report, figure._REPORT_TIME)
REPORT_AS_OF = r"(?<![\u4e00-\u9fff])至\s*(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])\s*月(?:底|末)(?=\s*[,，])"
ACTUAL_STRONG = (
    "已经", "已", "完成了", "实现了", "同比", "比上年", "较上年", "比去年", "截至", "截止",
    "(?<!将)(?<!要)(?<!力争)(?<!需)累计",  # 将累计完成投资1万亿元: a future sum
    # 每万人口高价值发明专利拥有量达到12件: 拥有量 is a measure's name (how many per head), no verb of having
    "预计", "现有", "拥有(?!量)",
    "目前", "共有", "达到了", "上半年", "[1-9一二三四五六七八九十]+[-—至][0-9一二三四五六七八九十]+月", "以来", "去年",
    "上年", "共计", "合计", "达成", "亮点", "实际(?!上|利用|使用|增长|下降|到位)", "成功[^,;。，；]{0,4}?(?:争取|申报|创建|创成|引进|获批|举办|入选)", "成功",
    REPORT_AS_OF,
    # 一年来, / 五年来, / 近年来,: a span up to now opening its clause looks back over it (as 以来 does), also in a
    # paragraph that does not open with it (…将如期实现。一年来,我们…,全县综合贫困发生率降为0.41%)
    "(?<![未今])(?:[一二两三四五六七八九十几多近]|\\d+)年来(?=\\s*[,，])",
    # (实际利用外资 / 实际使用外资 / 实际到位资金 name a measure, 实际增长8% a real rate: a target list holds them all)
)
ACTUAL_WEAK = (
    "获批", "获得", "荣获", "跃居", "跃升", "位居", "位列", "排名", "居(?=全|首|前|第|省|国|市)", "创历史", "全部实现",
    "全部出列", "圆满完成", "顺利完成", "取得", "实现增长", "发生", "入选", "被评为", "获评", "建成", "投产", "开工建设",
    "签约", "落户", "进驻", "筛选", "确定", "成立", "组建", "派出", "开展了",
)
# (人均预期寿命, 预期性指标, 主要预期指标: names, no estimate; 预期增长目标 / 预期发展目标: a target named by what it expects; 预期
# before the change it expects, 今年地区生产总值预期增长6%, sets the year's target: TARGET_STRONG's EXPECTED_CHANGE)
ESTIMATE = ("预计", "预期(?!目标|指标|寿命|性|(?:增长|增速|发展|调控)目标)(?!{ahead})".format(ahead=_EXPECTED_CHANGE_AHEAD),
            "(?<={before})预期(?!目标|寿命|性)".format(before=_EXPECTED_OUTTURN_BEFORE), "估计")
# …of which the verbs that name an action whatever its time (建成口袋公园8个, 签约项目30个): under a commitment stated once
# for the paragraph or the list (今年将着力办好十件民生实事。…建成口袋公园8个) they are what is committed, not done
# (facts._framed_target); honours and ranks (荣获, 位居) stay reports.
ACTION_WEAK = ("建成", "投产", "开工建设", "签约", "落户", "进驻", "成立", "组建", "实现增长")
# A clause opened by a purpose (为进一步扩大有效投资,确保二季度实现“双过半”,甲县集中开工项目53个; after a dateline,
# 某某网4月19日讯(记者某某)为…): the purpose clause, and the clauses after it that go on naming the aim by one of
# these verbs, say what the deed is for; a cue
# there (确保, 实现) commits the aim, not the figures of the main clause (facts._purpose_masked).  为 as a copula or
# in a word (为期, 为止, 为主, 为例, 为此, 为民) opens no purpose.
PURPOSE_OPENERS = ("为了", "为")
PURPOSE_NOT_AFTER = ("期", "止", "主", "例", "此", "民", "人", "首", "重")
PURPOSE_GOES_ON = ("确保", "保证", "推动", "促进", "助力", "加快", "加速", "进一步", "全力", "奋力", "切实", "力促",
                   "推进")
# A vote counted (以赞成598票通过, 得票率99.3%) is what a meeting did, whatever plan its heading names (facts._kind).
VOTE_RE = r"(?:赞成|反对|弃权|得票|同意)[^,，;；。]{0,3}\d+票|\d+票(?:赞成|通过|当选)|得票率|赞成票"
# The tasks a progress notice lists as lagging (未达序时进度的任务为:新建停车场3个、…) are stated by their targets:
# the values after such a lead are the year's targets, not what was done (facts._lagging_targets).
LAGGING_WORDS = ("未达序时进度", "未达到序时进度", "未达时序进度", "未达到时序进度", "未达计划进度", "未达到计划进度",
                 "未达时间进度", "未达到时间进度", "未完成序时进度", "滞后于序时进度", "滞后于时序进度", "进度滞后",
                 "未按期完成", "未达到进度要求", "未达进度要求", "推进缓慢", "进展缓慢", "落后于序时进度",
                 "低于序时进度", "慢于序时进度", "进度偏慢", "进度较慢", "未达序时要求")
LAGGING_HEADS = ("任务", "指标", "项目", "事项", "工作", "目标")
# …but an item that says how far the task got (完成投资0.5亿元,占年度计划的20%) reports, its values stay statuses
LAGGING_REPORT_MARKS = ("占", "完成率", "进度", "已", "累计", "实际", "目前", "仅", "只", "截至", "截止", "滞后", "尚",
                        "还差", "差距", "完成了")
# A headline ending in a report's genre (…重点任务推进情况通报) reports on the tasks it names (facts._kind).
REPORT_TITLE_ENDS = ("通报", "情况", "进展", "简报", "公报", "快报", "专报", "动态", "进展情况")
# (the copulas of any list, and those naming a part, the details, the main ones or some of them, or the list below)
LAGGING_LIST_OPENERS = LIST_COPULAS + ("其中", "具体是", "具体为", "主要是", "主要为", "包括", "如下")
# 平均投资近10亿元 / 平均每个项目: a figure of the set just counted, in the kind of the count it qualifies.
SET_QUALIFIERS = ("平均", "项均", "个均")
# 其中工业项目18个,总投资76亿元: what a counted part of a set is worth (its total investment, its signed amount) is said
# of that part, in the part's kind, whatever plan a clause before the 其中 stated (facts._qualified_set).
SET_WORTH_NOUNS = ("总投资", "投资总额", "总投资额", "签约金额", "签约总额", "签约资金", "合同金额", "协议金额", "协议投资",
                   "总金额")
# …and what the year's plan puts into that part (其中,计划新开工项目119个,年度计划投资975亿元): the plan of the part, in the
# part's kind (a plan announced: target; a progress report's plan base: actual)
SET_PLAN_AMOUNT_NOUNS = ("年度计划投资", "年度投资计划", "年计划投资", "当年计划投资", "今年计划投资", "年度投资", "计划投资")
# Actual cues (regex patterns) that only name a time or a comparison base (上半年, 1—8月, 比上年): after a strong target cue in the
# same clause (力争…比上年增长6%, 确保上半年开工率达到85%) they say what the commitment is measured against.
ACTUAL_FRAME_CUES = ("同比", "比上年", "较上年", "比去年", "上半年", "去年", "上年", "以来",
                     "[1-9一二三四五六七八九十]+[-—至][0-9一二三四五六七八九十]+月")
# 建成后/投产后 + what follows: a project's projected yield, a target that is an estimate (facts._kind).
PROJECTION_EVENTS = ("建成", "投产", "达产", "达效", "建成投产", "全面投产", "竣工", "完工", "运营", "投用", "投入使用")
# 继2012年三期项目投用后,… : the word that opens a stage passed that what follows goes on from (no projection)
FOLLOWED_STAGE_OPENERS = ("继",)
# A document titled by its targets (安徽确立未来五年发展目标) commits wherever no cue says otherwise; plans and
# reports that review the past before they plan are not such documents (facts._document_kind).
TARGETS_TITLE_WORDS = ("目标", "未来五年", "今后五年", "未来三年", "今后一个时期", "奋斗目标", "预期目标")
# A document titled as a plan's list (2026年民生实事项目计划, 重点任务清单, 目标任务分解表, 关于印发…计划的通知) states what
# is to be done: its figures commit wherever their own words say nothing (frame.py), unless the title reports on it.
PLAN_TITLE_ENDS = ("计划", "清单", "任务书", "分解表", "计划表", "任务表", "工作安排", "工作要点", "工作思路",
                   # 实施方案 / 若干措施 / 实施意见 / 管理办法 / 实施细则: a document that sets out what is to be done, or the
                   # rules by which it is done (每家给予10万元补助, 不超过3万元): its figures are what it commits to
                   "方案", "措施", "意见", "办法", "细则")
# …and the lists a title names by the works they hold (2026年省重点建设项目名单, 市重点工程项目安排表): a list of works
# named for what is to be built is a plan's list whatever its noun (名单 alone names honours too: 先进集体名单), also
# when the headline reports it was given out (…项目名单公布 / 出炉 / 发布).
WORKS_LIST_TITLE_ENDS = ("名单", "目录", "安排表", "汇总表", "一览表")
LIST_PUBLISHED_VERBS = ("公布", "发布", "出炉", "印发", "下达", "确定", "敲定")
# The titles of a statistics release of a closed year (…统计公报): its figures report, whatever day the page is stamped
# with (facts._statistics_release).
STATISTICS_RELEASE_TITLES = ("统计公报", "国民经济和社会发展统计")
# (关于公布2021年度目标管理考核结果的通知: the results of an assessment named by its targets are reported, as its
# 情况 and 通报 are)
REVIEWING_TITLE_WORDS = ("规划", "建议", "纲要", "报告", "公报", "完成", "实现", "达成", "回顾", "成就", "成绩", "情况",
                         "通报", "结果")
# Section titles that frame every value under them (facts._section_kinds): a review reports, a plan commits.
REVIEW_HEADINGS = ("工作回顾", "回顾", "主要成就", "发展成就", "取得的成绩", "成绩单", "完成情况", "执行情况", "工作总结", "过去五年",
                   "过去一年", "十三五时期", "运行情况", "进展情况", "推进情况")
# …and a heading whose head noun is 目标 (一、经济运行目标 / 2.1项目引资目标 / 三、民生事业目标): the targets of the field it
# names, whatever the field; 完成全年目标 / 实现目标 says they were met, 以…为目标 what an item aims at (五是以推进城乡
# 协调发展为目标: no heading of targets) (a regex: frame.heading_kind)
PLAN_HEADING_END = r"(?<!完成)(?<!实现)(?<!达到)(?<!超额)(?<!完成全年)(?<!完成年度)(?<![为成])目标\s*$"
PLAN_HEADINGS = ("主要目标", "目标任务", "预期目标", "工作安排", "工作打算", "总体要求", "重点任务", "主要任务",
                 "工作计划", "发展目标", "奋斗目标", "远景目标", "总体目标", "今后五年", "未来五年")
# A paragraph that opens a report's part after the parts were announced (frame.py): a review by looking back (回顾2025年,
# 回首过去一年), a plan by its lead (今年经济社会发展的主要预期目标是, 做好今年工作, 重点抓好以下工作).
# A paragraph of news about a report may open with who says it (县长在报告中指出, 报告提出,): the lead comes after it.
REVIEW_LEAD_WORDS = ("回顾", "回首", "回望", "盘点")
PLAN_LEAD_WORDS = ("目标是", "目标为", "目标任务是", "要求是", "做好今年", "做好明年", "做好全年", "重点抓好", "着力抓好",
                   "重点做好", "工作安排如下", "今后五年", "未来五年", "今后一个时期")
# …and where no heading or list of parts says it, a paragraph that opens by looking back (过去五年,… / 回顾过去一年,…)
# starts a review and one that opens a plan's lead (今后五年,…主要目标是 / 今年工作的总体要求是) a plan (frame.py).
# …and a paragraph that opens by naming the year it looks back on: 刚刚过去的2025年,… / 即将过去的2019年,…
PAST_YEAR_LEAD_WORDS = ("刚刚过去的", "刚过去的", "即将过去的")
# …and a paragraph that opens with the place and the year it reports on, then what was done in it (报告指出,某区2025年
# 实现了…, 全县2025年完成…): the review of that year when it is the year before the text's (frame._past_year_opened)
YEAR_REPORTED_VERBS = ("实现了", "实现", "完成了", "取得了", "经济社会")
REVIEW_SPAN_LEADS = ("过去一年", "过去的一年", "过去五年", "过去的五年", "一年来", "五年来", "过去三年", "三年来")
# A text whose lead says it sets out targets (纲要提出了未来五年的主要目标, 方案明确了到2030年的发展目标) and that looks back
# nowhere (no review heading or lead) commits wherever a figure's own words say nothing (frame.py).
TARGET_LEAD_VERBS = ("提出", "明确", "确定", "确立", "描绘", "勾画", "锚定", "设定")
TARGET_LEAD_NOUNS = ("目标", "蓝图", "指标")
SPEECH_LEAD_VERBS = ("说", "指出", "提出", "强调", "表示", "介绍", "明确", "要求", "显示")
# Who speaks a figure (会议提出城乡居民收入均增长8%, 报告明确地区生产总值增长6%): a body that meets or writes and its
# speech verb, opening a clause without a comma, frame the figure and name nothing of it.
# …and a doubled dash opens what it announces (主要预期目标——地区生产总值增长7.5%,…): the words before it name nothing
LIST_OPENING_DASH = "——"
SPEECH_BODIES = ("常务会议", "全体会议", "全会", "会议", "报告", "规划", "纲要", "方案", "意见", "通知", "讲话", "决定")
SPEECH_FRAME_VERBS = ("明确提出", "提出", "指出", "强调", "要求", "明确")
# Whom a speech turns to at the head of a paragraph (各位代表,刚刚过去的2025年,…): the paragraph says what follows
# the address (frame.SPEECH_LEAD).
ADDRESS_WORDS = ("各位代表", "各位委员", "各位同志", "同志们", "代表们", "朋友们", "各位来宾")

# An annual statistics communiqué (…国民经济和社会发展统计公报) reports the year before the one it is released in: a title
# naming it, with no year and no span within a year (上半年, 一季度, 1-6月) of its own, dates its 全年 one year before its
# date line unless its body names its own year (context.find_year).
ANNUAL_BULLETIN_TITLE_WORDS = ("统计公报",)
WITHIN_YEAR_TITLE_WORDS = ("上半年", "下半年", "季度", "月", "前三季", "半年")

# A plan word right after a span within the year (1—9月计划开工45项, 1-10月份计划新开工223项): the plan of that span,
# the base its progress is measured against (scope._span_of_plan).
SPAN_PLAN_WORDS = ("计划", "应开工", "应完成")
# …while a count at a cut-off of its own sentence (截至8月底,全省共确定省重点项目1200项) is a stock as of that day, unless
# one of these says it is the list the year carries out (截至9月底,全县实施重点项目58个: the year's list)
LIST_PUT_IN_VERBS = ("实施", "安排", "计划", "列入", "纳入", "推进")

# A rate written as the base a rate is compared with (增长6.5%,高于1—2月的2.7%; 分别增长3.1%、5.2%,相比一季度2.0%、
# 4.4%): the base's own value, of the time named (scope._base_value_time), and of the measure compared (a growth rate
# when the sentence states one before it: facts._measure).  The words that compare, and the times such a base is of.
BASE_COMPARE_WORDS = ("比", "较", "较之", "相比", "对比", "高于", "低于", "快于", "慢于", "好于", "超过")
# …of which these put the difference right after the base (高于去年同期4.2个百分点, 快于1—8月1.9个百分点: the gap, of the
# sentence's own time), a base's value only after 的 (高于1—2月的2.7%) or as a rate (scope._base_value_time)
BASE_DEGREE_VERBS = ("高于", "低于", "快于", "慢于", "好于", "超过")
# 超任务12元 / 超额完成年度计划3亿元 / 超出省定目标任务2个: passing the plan of the measure just named (facts._predicate_only)
EXCEEDED_PLAN_VERBS = ("超额完成", "超过", "超出", "超", "多出", "高出")
EXCEEDED_PLAN_OWNERS = ("年度", "全年", "省定", "市定", "县定", "下达", "既定", "序时")
EXCEEDED_PLANS = ("目标任务", "任务数", "任务", "计划", "目标")
# …and the excess written with no plan's name (新开工项目46个,超额完成8个): the plan is the measure's own.  What was done
# beyond the plan is by so much, an absolute change (SCHEMA: delta) of the measure (facts._measure); a bound on a level
# (超过100亿元) names no plan and keeps its comparator.
EXCEEDED_PLAN_ALONE = ("超额完成", "超额")
# 比上年同期增加投资8.6亿元 / 比年度目标多出5亿元: the verbs of a change from a base (比/较 before it), which the measure's
# noun may follow before the amount (facts._CHANGE_FROM_BASE)
CHANGE_FROM_BASE_VERBS = ("增加", "减少", "多", "少", "净增加", "净增", "多出", "少出")
# 比全省快 / 较规上工业高 / 比上年多: the degree words that close a comparison opened by 比 or 较 (facts._predicate_only)
COMPARED_DEGREES = ("快", "慢", "高", "低", "多", "少")
BASE_TIME_PATTERN = (r"(?:(?:19|20)\d\d年)?(?:[一二三四1-4]季度|一至[二三]季度|前[二三两]季度|[上下]半年|全年|"
                     r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[-—~至到]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?|"
                     r"\d{1,2}\s*月份?|前\d{1,2}个?月|上年同期|去年同期|上年|去年|上月|上季度|(?:19|20)\d\d年)")

# --------------------------------------------------------------------------- year-to-date (scope.period)
# 截至5月底,全县项目当年累计投资9.6亿元: under a cut-off of the same sentence or paragraph these words say "so far
# this year", the cut-off's span; 全年/年度/年内 name the whole year and keep it.
YEAR_TO_DATE = ("当年", "今年", "本年", "今年以来", "本年以来", "当年以来")
# …and in a text that reports as of such a cut-off throughout (its title's or lead's 截至6月底), 今年 with one of these
# words (今年已开工的…, 今年累计完成…) is the year so far, the text's cut-off.
YEAR_SO_FAR_WORDS = ("已", "累计")
# 9月,…新增投资3.2亿元,累计完成投资28.6亿元,占年度计划的78%: under one month a sum (累计), a share of it, or what is
# already done of the year's plan runs from the year's start to that month (scope._month_cumulative); 当月/本月 keep
# the month
SUM_SO_FAR_WORDS = ("累计", "开累")
YEAR_PLAN_NAMES = ("全年计划", "年度计划", "年计划", "全年目标", "年度目标", "全年任务", "年度任务", "年度投资计划")
ONE_MONTH_WORDS = ("当月", "本月", "单月", "月度", "环比")
# 是2012年的1.9倍 / 相当于2015年的2倍: a value measured against a base year's (scope.MULTIPLE_OF_YEAR)
MULTIPLE_BASE_VERBS = ("是", "为", "相当于", "达到", "达")
# 今年以来 / 本年以来: a time up to now, the year so far
SINCE_SUFFIX = "以来"
# A cut-off at the moment of writing (截至目前,全县开复工率达60%): a dated progress text (a news page, a notice, a project
# report) reports as of the month it is dated in (..2024-M05 on a page of 2024年5月20日), as 截至5月底 would; a work
# report, plan or bulletin as of its year.  A bare 目前/当前/现有 (目前全县已开工83个) states the time of writing, the
# document's year, as does 今年以来 (the year so far is the year).
# 今年上半年, 本年度一季度, 当年前三季度, 今年3月份: the document's year written as a word before a time within the year
# makes one time (the half, the quarter, the months of this year), not a bare year followed by another time.
THIS_YEAR_WORDS = ("今年", "本年度", "本年", "当年")
# …of which those that name the year of writing wherever they stand (当年 may be the year a past part speaks of):
# 去年,…。今年预计… in March forecasts the year of writing, not the reviewed year (facts._forecast)
WRITING_YEAR_WORDS = ("今年", "本年度", "本年")
# 现将各乡镇4月份案件办理情况通报如下: a notice's preamble names the matter it reports, as a title would, and the time in
# that matter is the time of the whole notice when its title names none (context._matter_period).
MATTER_OPENERS = ("现将", "现就", "兹将", "特将")
MATTER_CLOSERS = ("通报如下", "报告如下", "公布如下", "通知如下", "汇报如下", "通报于后", "予以通报", "通报", "公布")
# A time something is planned for, not one a figure holds in (计划于2026年6月建成, 预计9月份开工, 力争年底前): the words
# before it (scope.PLANNED_TIME, context.RE_FRAME_PLANNED).
PLANNED_TIME_WORDS = ("计划", "预计", "力争", "争取", "拟", "将")
# A box heading (上半年经济发展亮点, 2026年工作清单) that says whether its figures were done or are to be done, read when
# neither their own words nor their part say it (facts._kind): review words, plan words.
BOX_REVIEW_HEADINGS = ("亮点", "成绩单", "数读", "回顾", "盘点", "完成情况", "主要成就", "工作总结")
BOX_PLAN_HEADINGS = ("工作清单", "任务清单", "目标任务", "主要目标", "预期目标", "工作安排", "工作打算", "主要任务", "重点任务",
                     "工作计划", "展望")
# A year's plan stated by the year's number (2026年是“十五五”开局之年, 2026年经济社会发展的主要预期目标是): a text that
# states the next year's plan so, and says 明年 nowhere, is given in that next year (context.find_spoken_year).
PLAN_YEAR_WORDS = ("主要预期目标", "预期目标是", "主要目标是", "总体要求是", "开局之年", "收官之年", "关键之年", "决胜之年",
                   "攻坚之年", "起步之年")
NEXT_YEAR_WORDS = ("明年", "下一年")
# A list being drawn up for the year ahead (初步安排2025年县级重点项目, 谋划储备2025年项目): in a text that also speaks of
# 今年, the year it names is the next one, not the text's own (context.stated_year).
NEXT_YEAR_LIST_OPENERS = ("初步安排", "预安排", "谋划储备", "储备", "提前谋划")
# A year named as the one just opening (2023年开局起步, 2024年开门红, 站在2024年新起点): the writer stands in it, after
# the year named as closed or reviewed (2022年圆满收官, 回顾2023年) (context.stated_year, context.find_year); not a year
# looked ahead to (为2024年开好局, 迎接2024年, 展望2024年) nor a plan year's motto (2026年是…开局之年: PLAN_YEAR_WORDS)
OPENING_YEAR_WORDS = ("开局起步", "开局良好", "开局向好", "开局平稳", "开门红", "新起点")
NOT_OPENING_YEAR_BEFORE = ("为", "迎接", "迎来", "展望", "确保", "力争", "争取", "实现", "推动", "奋力", "夺取")
# Words after a year that name it as the one the work is planned for (2023年工作总体要求和目标任务, 2023年工作安排)
PLANNED_FOR_YEAR_WORDS = ("要求", "目标", "任务", "安排", "打算", "思路")
# …the work a text sets out for its present named so (今年政府工作要求, 今年的工作安排: context.RE_THIS_YEAR_WORK)
THIS_YEAR_WORK_WORDS = ("工作要求", "工作安排", "工作任务", "目标任务")
# …and what a sentence opening with a year says will be done in it (2026年,全县将… / 2026年要…: context.RE_YEAR_COMMITTED;
# not 预计, an estimate of a year that may be over)
# Words after a year that name a time at or around it, not a topic the year heads (2024年以来, 2024年底, 2024年度:
# scope.SECTION_HEAD_DIGEST)
YEAR_EDGE_WORDS = ("以来", "以前", "之前", "以后", "之后", "前", "后", "底", "末", "初", "内", "中", "起", "度", "年")
YEAR_COMMIT_MODALS = ("将", "要", "力争", "争取", "确保", "力求", "努力")
# the year a text has just spoken of (2025年,…。这一年,我们…): the part's or the paragraph's year (periods "that_year")
THAT_YEAR_WORDS = ("这一年", "那一年")
# A figure of a review of several years (五年来, 十三五时期) that accrued over them, not a stock at the time of writing
# (scope.FLOW_CUES): what was done, got or paid in (引进项目95个、到位资金249.3亿元, 争取上级资金86亿元, 发放贷款12亿元)
# …and a count a clause opens with a deed of (实施科技攻关项目482个, 牵头建设44家全国重点实验室, 获批国家技术创新中心6家):
# what was done over the span (scope._done_count), unless the verb says what there is (有/拥有/现有: a stock).
HOLDING_VERBS = ("有", "拥有", "现有", "共有", "实有", "是", "为", "占", "居", "位居", "保持", "达", "达到")
SPAN_FLOW_WORDS = ("年均", "累计", "新增", "全部", "脱贫", "出列", "引进", "完成", "实现", "翻", "连跨", "连续",
                   "到位", "争取", "签约", "发放", "投入", "新建", "新改建", "改扩建", "新开工", "改造", "利用", "新设", "培育")
# characters that make 前 end another word before 年 (目前年产, 提前, 之前, 以前年度, 此前, 三年前, 空前, 当前, 日前, 月前): no 前年
NOT_BEFORE_LAST_YEAR = "目提之以此空当年日月"
# the year before the one spoken of, counted from the year a text speaks of (比上年, 上年末: the communiqué's year),
# where 去年 and 前年 count from the year the text is given in (scope: ``TimeFrame.spoken_year``)
PRIOR_YEAR_WORDS = ("上年", "上一年")
# 去年10月至12月 / 上年四季度 / 前年上半年 / 明年3月份: a word naming a year by its distance from the text's year, before a
# time within that year (periods._year_word_part): how many years it counts from the text's year
YEAR_WORD_OFFSETS = {"去年": -1, "上年": -1, "上一年": -1, "前年": -2, "明年": 1, "下一年": 1}
# A part heading naming its year by a word (一、过去一年工作回顾, 二、今年工作安排, 三、明年工作打算): the year it names,
# counted from the document's year (scope._section_year), as 一、2025年工作回顾 names its year by number.
SECTION_YEAR_WORDS = {"过去一年": -1, "过去的一年": -1, "去年": -1, "上一年": -1, "上年": -1, "今年": 0, "本年": 0,
                      "本年度": 0, "明年": 1, "下一年": 1}
# The words a part heading ends in when the part is about one year's work (review or plan).
SECTION_YEAR_TOPICS = ("工作回顾", "工作安排", "工作打算", "工作总结", "主要目标", "主要任务", "目标任务", "重点工作", "工作重点",
                       "总体要求", "主要工作", "工作情况", "完成情况")
# A page that lost its line breaks runs a report's part heading into the text around it (…工作报告一、2025年工作回顾2025年
# 是…的一年 / …提出意见。 2025年工作回顾 回首这一年,…): a year and one of these part names, then the part's own first
# words, opening with a time (2025年是 / 刚刚过去的 / 过去一年) or after a blank (cleaner.run_in_heading_breaks)
RUN_IN_PART_NAMES = SECTION_YEAR_TOPICS + ("工作计划", "工作思路", "预期目标", "发展目标")
RUN_IN_PART_OPENERS = ("刚刚过去的", "刚过去的", "即将过去的", "过去一年", "过去的一年", "一年来", "回顾", "回首")
# A text dated in the first months of its year (a work report delivered at the 两会 in January–March, an interview in
# February) looks back over the years before it: its 五年来, 十年来 end with the year before.
YEAR_START_MONTHS = 3
# Units that count events or give an assessment, never a stock standing at a moment (住建局88件, 发生事故12起, 接待游客
# 3万人次, 得分95分): under a report's span they are that span's (scope._is_stock).
FLOW_UNITS = ("件", "起", "宗", "例", "次", "人次", "批次", "分")
# …of which these count occurrences only (培训干部1200人次, 开展督查12次, 发生事故3起): what happened over a span, never a
# set of items standing at its end (20件民生实事 is a list of tasks) — scope._accrued
OCCURRENCE_UNITS = ("次", "人次", "批次", "场次", "起", "例")
# Under a period's end (一季度末, 上半年末) a figure is of the moment when it stands (存款余额, 生猪存栏, 在建项目个数) and of
# the period that ends there when it accrues over it (生猪出栏, 实现增加值, 社会消费品零售总额): the nearest of these words
# before the figure decides (scope._flow_at_period_end).
MOMENT_STOCK_WORDS = ("余额", "存栏", "存量", "保有量", "库存", "在建", "在库", "在册", "在岗", "实有", "现有", "拥有", "总数",
                      "个数", "户数", "总人口", "常住人口")
PERIOD_FLOW_WORDS = ("出栏", "产量", "产值", "增加值", "生产总值", "收入", "支出", "零售总额", "销售额", "销售收入", "营业额",
                     "利润", "税收", "出口", "进口", "用电量", "发电量", "运量", "周转量", "接待", "实现", "完成", "新增",
                     "发放", "成交", "出让", "招商", "引进", "投资")
# the present a dated text writes in (目前,已开工项目108个: as of its date)
NOW_WORDS = ("目前", "当前")
AS_OF_NOW_WORDS = ("截至目前", "截止目前", "截止到目前", "到目前为止", "截至当前", "截至发稿时", "截至记者发稿时", "截至今日",
                   "截止今日")
# The genres of a text (context.find_genre) by what it reports, read by the rules of its time frame and its figures' times.
# A notice of what a check found (督查情况通报): it reports at its date's cut-off, a list of works checked
CHECK_NOTICE_GENRES = ("supervision_notice",)
# …the texts that report on a list of works, how far its items got (a project list's progress, a check's notice): their
# plan figures are statuses (facts.PROGRESS_GENRES)
LIST_PROGRESS_GENRES = ("project_list",) + CHECK_NOTICE_GENRES
# …the progress texts: those, a news item and a notice, which report work done by a cut-off their opening or body may state
# (1-8月份…进展情况进行督查; 今年一季度,…截至目前,…已开工; 据了解,…1至9月,…完成投资)
PROGRESS_TEXT_GENRES = ("news",) + LIST_PROGRESS_GENRES + ("notice",)
# …and the analysis of a span of the year (a quarter's or a half-year's economic analysis): a plan it states with no time of
# its own is the year's (scope._report_plan_year)
REPORT_ON_SPAN_GENRES = ("statistics_analysis",)
# genres that are progress texts, and an interview: their 截至目前 is the end of the span the text states it reports on
# (1-5月)
AS_OF_MONTH_GENRES = PROGRESS_TEXT_GENRES + ("interview",)
AS_OF_DATE_TITLE_WORDS = ("通报", "督查", "督办", "督导", "督察")  # …a notice by its title, whatever genre its topic gave

# 超出年度时序进度10个百分点: the schedule a pace is measured against (年度 before it is no time of the figure), the
# calendar's or the plan's (计划进度)
PACE_WORDS = PACE_BASES + ("计划进度",)
# 未达序时进度项目4项, 进度滞后项目6个, 超计划进度项目36个: a count of items by where their work stands is a status as of
# the report's time (上半年, 截至6月底), not the size of the year's list nor a stock at the time of writing.
PROGRESS_STATE = (*PACE_WORDS, "进度滞后", "进度缓慢", "滞后", "落后于", "未开工", "未完工",
                  "未完成", "未达", "未达到", "超序时", "超进度", "超计划", "提前完成", "已完成", "已开工", "已竣工",
                  "已投产", "已办结", "未办结", "按计划", "按序时", "按时序", "欠进度", "达进度", "慢于序时", "快于序时",
                  "未(?!来|知|必)")  # 未落实, 未到位: any work not yet done

# --------------------------------------------------------------------------- a text's time frame (context.TimeFrame)
# genres that report over a span of their year, which their body may be the only place to state (某市经济运行开局良好 …
# 一季度全市实现…): context._body_period reads it there when the title, lead and preamble give none; the analysis of a
# span and the progress texts
BODY_PERIOD_GENRES = REPORT_ON_SPAN_GENRES + PROGRESS_TEXT_GENRES
# the opening speaks of progress when it holds one of these (a text opening with a cut-off but no work done is no
# progress report: 1-8月,全县接待游客…)
FRAME_PROGRESS_WORDS = ("完成投资", "开工", "复工", "竣工", "进展", "进度", "完成率", "已完成", "累计完成", "推进情况",
                        "督查", "督察")
# what a figure of a progress report is by the words before it in its clause: work done by the cut-off (已开工, 累计,
# 尚未开工; 完成投资, 开工率, 市列重大项目开工84个) … (regex fragments, longest first)
PROGRESS_ALREADY_WORDS = ("已", "累计", "尚未", "未(?!来|知|必)")
PROGRESS_FIGURE_WORDS = ("完成", "开复工", "开工", "(?<!修)复工", "竣工", "完工", "投产", "到位", "形象进度")
# … but a work word naming a class of the list (新开工项目59个, 竣工项目174个, 续建工程) counts the list
PROGRESS_CLASS_AFTER = ("项目", "工程", "类", "的项目", "并")  # (新开工并竣工项目: one class)
# … or the year's plan (年度计划投资, 计划新开工项目32个, 安排项目40个, 年度完成投资 as planned) or its size (总投资),
# unless a share is taken of it (完成年度投资计划的29.1%)
PLAN_FIGURE_WORDS = ("计划", "安排", "确定", "列入", "纳入", "规划", "年度完成", "年度计划")
# the size of works over their life, written right before its value (总投资88亿元, 计划总投资46亿元): of a year, never
# of the month an event launched the works in (scope._size_of_the_year)
WORKS_SIZE_WORDS = ("总投资", "计划总投资", "概算总投资", "投资总额", "总投资额", "概算投资")
CATALOGUE_FIGURE_WORDS = ("总投资", "概算投资")
SHARE_OF_PLAN = ("完成", "占", "为", "达")
# … the plan named by the work it sets (完成年度计划开工的80.8%, 占计划竣工的75%): a share of the plan all the same
PLAN_WORK_WORDS = ("新开工", "开工", "开复工", "竣工", "完工", "投产", "投资", "任务")
# … or a rate of work done named last, whatever plan it is taken of (300个产业项目年度计划投资完成率70%, 计划开工率85%):
# the head of a figure's name is its last word, and a rate of work is work done by the cut-off
# a table's column naming how far each row's work has got (当前进度 | 完成进度 | 完成率): its cells report progress as of
# the table's cut-off (scope.framed_period); a column of the plan's pace (计划进度, 序时进度) names no progress done
PROGRESS_COLUMN_ENDS = ("进度", "完成率", "完成情况")
PLANNED_COLUMN_WORDS = ("计划", "目标", "序时", "时序", "应完成")
PROGRESS_RATE_WORDS = ("完成率", "开工率", "开复工率", "复工率", "竣工率", "完工率", "投产率", "到位率", "办结率", "执行率",
                       "完成进度", "形象进度")
# a notice's attachments: the line naming them under its text (附件: 某某统计表) and the heading opening them (附件1)
ATTACHMENT_WORDS = ("附件", "附表")

# --------------------------------------------------------------------------- price bases (periods.is_base)
# 按2015年不变价计算 / 按2010年可比价格: the year fixes the prices a growth is computed in, not the time it holds.
# 经最终核实, / 据初步核算, / 根据经济普查结果核定,: a paragraph's opening clause saying how its figures were established
# (scope._framing looks past it for the paragraph's time: 经最终核实,上年全县生产总值为…。第一产业增加值… → 上年)
VERIFIED_LEAD_OPENERS = ("经", "据", "根据")
VERIFIED_LEAD_VERBS = ("核实", "核算", "测算", "核定", "审定", "统计")
PRICE_BASE_WORDS = ("不变价格", "不变价", "可比价格", "可比价", "可比口径", "价格水平")
# 按2024年平均汇率折算为9650美元: the year whose exchange rate a figure is converted at (after 按 or 以 only: 2024年平均汇率为…
# states that year's rate)
RATE_BASE_WORDS = ("平均汇率", "年均汇率", "汇率")
RATE_BASE_OPENERS = ("按", "以", "按照")

# --------------------------------------------------------------------------- times listed (scope._listed_time)
# 3月至5月,每月新开工项目分别为5个、8个、12个: after a list of months or quarters these words give its values one each.
LIST_SPREAD_WORDS = ("分别", "依次", "每月", "各月", "逐月", "每季度", "各季度")
# 6月当月完成投资9.6亿元: the month alone, not the year so far.
SINGLE_MONTH_WORDS = ("当月", "单月", "本月")
# 1—5月,全市完成投资1800亿元;5月完成投资400亿元: a month opening its clause before what was done in it (a month's own
# figure inside a bulletin of the months so far; periods' month)
# 2023年市级重点项目, 2024年省重点项目, 年度县级重大项目: the level of the list a year names (scope.LIST_NAME_AFTER_YEAR)
LIST_LEVEL_WORDS = ("省市县", "省市", "市县", "省级", "市级", "县级", "区级", "州级", "盟级", "旗级", "自治区级", "全省", "全市",
                    "全县", "全区", "全州", "全盟", "全旗", "省", "市", "县", "区", "州", "盟", "旗")
# 县列重大项目60个, 市列重点项目, 省列项目: a list a level's catalogue holds (the year's list, not a set a bulletin counts
# at its cut-off: scope._planned_list)
LISTED_BY_WORDS = ("省列", "市列", "县列", "区列", "州列", "旗列")
# 新开工项目45个 / 已开工45个 / 开复工32个 / 在建项目120个 / 竣工项目8个: what a count of projects written after these words
# counts is what the projects did or how they stand in the time a bulletin reports (that time), not the size of the
# year's list (全区42个重点项目 / 35个市级重点项目 / 预备项目18项: the list's year, whatever cut-off the bulletin has:
# scope._year_list_count)
SET_EVENT_WORDS = ("开工", "复工", "竣工", "完工", "建成", "投产", "达产", "开业", "签约", "落地", "引进", "招引", "新增",
                   "在建", "施工", "停工", "已", "入库", "交付", "通车",
                   "进度")  # (达到目标进度的项目32个, 进度滞后项目6个: where their work stands then)
# 246个项目正在紧张建设 / 27个项目正在进行前期工作: words of work going on at the time written (scope._part_at_stage)
ONGOING_WORDS = ("正在", "正加快", "正加紧", "进行中")
# (6月审批核准项目23个: a month opening its clause before the approvals done in it, as before the works started)
MONTH_DONE_VERBS = ("完成投资", "完成", "实现", "新开工", "开工", "新增", "新签约", "签约", "审批", "核准", "批复", "备案")

# --------------------------------------------------------------------------- list leads (scope.list_lead)
# A line ending in a colon introduces the list under it (…主要预期目标是: / 到2020年,全县发展的主要目标是:); the
# list's items open with one of these marks and may run over many paragraphs.
LIST_ITEM_MARKS = ("——", "—", "－", "-", "●", "■", "◆", "▶", "·", "•", "★", "☆", "○")
# The nouns of a lead introducing a year's targets (a work report's or an annual plan's): with no time written in
# the lead, the targets are the document's year's.
ANNUAL_TARGET_LEADS = ("主要预期目标", "预期目标", "主要目标任务", "主要经济指标预期目标", "经济社会发展主要目标")
# What a lead ends in before its colon (主要目标是: / 具体如下: / 主要预期指标:); 其中: opens a breakdown, no list.
LEAD_WORDS = ("是", "为", "如下", "目标", "指标", "任务", "要求", "重点", "安排", "包括", "有")
# A heading over a year's targets (二、主要目标 / 今年工作目标) in a work report or an annual plan.
ANNUAL_TARGET_HEADINGS = ("主要目标", "预期目标", "目标任务", "工作目标", "主要指标")
# the lead of a list of targets whose items may run on into the next paragraph (scope._lead_continued)
TARGET_LIST_LEAD_WORDS = ("目标", "指标", "任务")
LIST_ITEMS_BACK = 40  # paragraphs walked back over a list's items to its lead
# A lead that announces its items by their number or as what follows (今年将重点抓好六方面工作。/ 重点做好以下几项工作。/
# 着力实施五大行动:) introduces the item paragraphs after it (一是…, (一)…, 1.…) as a colon would: its commitment and its
# time are theirs (scope.list_lead).  The count is of the items, the noun what they are.
ANNOUNCED_SET_COUNTS = ("以下", "如下", "下列", "下面", "几", "几个", "两", "二", "三", "四", "五", "六", "七", "八", "九", "十")
ANNOUNCED_SET_NOUNS = ("方面", "项", "件", "类", "条", "个方面", "大", "个")
# …and the sets of works a year's list announces by their count (32项民生实事, 十件实事, 十大惠民工程: facts._year_set_item)
YEAR_SET_HEADS = ("实事", "工程", "重点任务", "工作任务", "事项", "项目")
# …and the words of a lead reporting on such a set rather than announcing it (2018年十件实事全面完成:, …完成情况如下:,
# 已办结, 进展顺利, 成效): a text giving no date is read by its lead (facts._year_set_item)
SET_REVIEW_LEAD_WORDS = ("完成", "已", "情况", "进展", "成效", "成果", "办结", "落实", "兑现", "顺利", "回顾", "去年", "上年")
# …and, whether counted or not, the sets a government undertakes for the people in a year (民生实事, 为民办实事, 十件实事,
# 民生实事项目, 十大惠民工程): a heading, title or lead naming one and none of the words above announces its items, what is
# to be done (facts._lead_kind, scope._lead_heading, frame.PLAN_TITLE).  实事 alone names no set: 实事求是, 干实事, a
# campaign's 我为群众办实事 or 为群众办好实事 (whose reports count what was done)
TODO_SET_HEADS = ("民生实事", "惠民实事", "为民办实事", "为民实事", "件实事", "项实事", "大实事", "实事项目", "民生工程",
                  "惠民工程")
# …and the verbs that tell such a set was adopted (会议投票表决通过 / 审议通过), beside those that tell a list was given out
# (LIST_PUBLISHED_VERBS): a lead telling either makes the text that list's (frame._todo_set_given)
SET_ADOPTED_VERBS = ("通过", "表决", "票选")
ANNOUNCED_SET_HEADS = ("工作", "任务", "重点", "举措", "措施", "行动", "工程", "实事", "目标", "事项", "领域", "方面")
# how a line holding items of a target list may end when the next line goes on with the list: an item's end (。;；) or a
# sentence broken over lines (a page's wrap, a list written one item a line: 增长5%,⏎新增就业5万人以上,…)
LEAD_HEADING_CHARS = 30  # a list's lead set as a heading (全年经济社会发展主要预期目标) is no longer than this
ITEM_LINE_ENDS = ("。", ";", "；", ",", "，", "、")

# --------------------------------------------------------------------------- places that are not places (docregions)
# Region names that are also words: 会同 after a unit (县督查办会同县发改局) is the verb "together with", not 会同县.
VERB_PLACE_NAMES = ("会同",)
# …and 和 after a level's character that ends no place's name (城市和县人民政府, 设区的市和县): the conjunction joining two
# levels, not 和县 (马鞍山市和县, a city's name ending there, is the county)
CONJUNCTION_PLACE_HEADS = ("和",)
# A caption (图1:…, 表2 …, 附表3) names a figure or table; the time in it frames nothing written after it — but the
# cells of a table written as text right under its caption (表1 一季度各镇签约情况⏎镇名 签约项目…) are in its time.
CAPTION_HEADS = ("附图", "附表", "图", "表")
TABLE_CAPTION_HEADS = ("附表", "表")
# What joins the values of a list whose unit is written once at its end (0.9、5.9个百分点, 1.2和0.8个百分点).
VALUE_LIST_JOINERS = ("、", "和", "与", "及")
# A sentence pointing back at the event a news report is about (本次开工亿元以上项目9个) speaks of the event's time: the
# time written with the event's name when it is shorter than a year (举行2023年四季度重大项目集中开工活动), else the day
# it was held (3月8日,某县举行重大项目集中开工活动 → March; the page's date when the text writes no day).
EVENT_BACKREFS = ("本次", "此次", "这次", "会上", "活动中", "仪式上", "大会上", "活动现场", "仪式现场", "当天", "当日",
                  "本批", "此批", "这批")
# An average's adverb (市重点项目日均完成投资, 全县人均…): what follows it is a rate of the whole, so the words before it
# name no actor of their own.
AVERAGE_ADVERBS = ("日均", "周均", "月均", "季均", "年均", "人均", "户均", "亩均", "场均", "平均")
# Verbs that hold an event (举行…签约仪式): a sentence saying so counts what that event did (scope).
EVENT_HOLD_VERBS = ("举行", "举办", "召开", "开展")
# What a project event does (集中开工, 签约仪式, 竣工投产): a news item on such an event counts its projects in the
# paragraphs after its lead, at the event's day, until another time is written (scope._event_frame).
PROJECT_EVENT_WORDS = ("开工", "复工", "签约", "竣工", "投产", "开业", "揭牌")  # (集中开复工: 复工)
# Words naming the writer's present before a year (目前,2018年60个重点项目…; 今年(2018年)): that year is the text's own
# (context.current_year).
# What a year followed by 的 says was done to a thing it names (2021年启动的东坪工业园, 2023年结转的项目, 2019年引进的企业):
# the year dates the thing, not the figures later clauses give of it now (scope.YEAR_ATTRIBUTE).
# The problems and tasks a check hands over are named the same way, by when they were found or handed over (2018年督察
# 反馈的52项整改任务, 2019年巡察发现的问题, 2016年审计提出的21个问题): that year is the finding's, and what later
# clauses count (已完成49项, 整改率94%) is how far the rectification has got by the report's own time.
# A rectification report's title (…审计查出问题整改情况的报告, …反馈意见整改进展情况): the year it names is the year
# checked; the report is given after it, its status (已整改40项, 整改率85%) at its own date (context.find_year).
RECTIFICATION_TITLE_WORDS = ("整改情况", "整改结果", "整改进展", "整改工作情况", "整改落实情况")
FINDING_VERBS = ("反馈", "交办", "发现", "查出", "查摆", "移交", "转办", "上报", "指出", "提出")
# …and the nouns a finding is written with on its verb, without 的 (反馈问题, 反馈意见整改任务, 交办信访件)
FINDING_NOUNS = ("问题", "意见", "整改", "任务", "信访件", "信访举报件", "信访事项", "事项", "线索", "案件")
YEAR_ATTRIBUTE_VERBS = ("启动", "建成", "开工", "引进", "招引", "实施", "签约", "落地", "投产", "认定", "获批", "批准", "结转",
                        "新建", "设立", "成立", "列入", "纳入", "创建", "命名", "评为", "开通", "建设") + FINDING_VERBS
# Words before the year a lead opens with (刚刚过去的2022年,…; 回望2022年,…): the year the text speaks of
# (context._lead_year).
LEAD_YEAR_OPENERS = ("刚刚过去的", "过去的", "回顾", "回望", "在")
# 统计数据表明… / 监测数据显示… / 记者从县统计局了解到…: the source a figure is read from, the verbs that show it, and the
# verbs of hearing it: no part of what is measured when no comma closes them (facts._finish_indicator)
REPORT_SOURCE_NOUNS = ("数据", "统计", "监测", "结果", "调查", "公报", "报告", "资料", "快报", "报表")
REPORT_SHOW_VERBS = ("显示", "表明")
REPORT_HEARD_VERBS = ("获悉", "了解到", "得知", "报道")
# The verbs a statistics office states its figures by (经国家统计局审定 "as approved by", 初步核算 "by a first account",
# 据测算 "by estimate", 汇总 "by summing the returns") and the news it gives them in (据省统计局消息 "the office's
# release"): a release opens on them before the span it reports (经市统计局审定,1-8月,… / 初步核算,前三季度,…).
STAT_ACCOUNT_WORDS = ("核算", "测算", "审定", "核定", "汇总", "消息")
# Words of a lead-in before a report's span opening its sentence (记者从县发改局获悉,1—8月,… / 据统计,截至10月底,… /
# 今年以来,1至9月,…; a release's source: 据县统计局统计,前三季度,… / 根据地区生产总值统一核算结果,上半年,…): the source or
# the opener, no part of what is reported (scope._section_span).
# …and the topic a sentence is framed by before its time (民生保障方面,前三季度全市…; 在项目建设方面,1-8月…): the topic
# names what the paragraph reports, the time after it is the paragraph's span
SPAN_TOPIC_LEAD_INS = ("方面",)
SPAN_LEAD_IN_WORDS = ("获悉", "了解到", "得知", "据了解", "据悉", "今年以来", "年初以来", "近日", "日前") + \
    REPORT_SOURCE_NOUNS + REPORT_SHOW_VERBS + STAT_ACCOUNT_WORDS + SPAN_TOPIC_LEAD_INS
# …and the verbs of putting a report out (3月20日,市统计局发布2022年…统计公报。公报显示,…): the day is the release's,
# not the time of the figures the report gives (scope._day_told_by_source)
REPORT_RELEASE_VERBS = ("发布", "公布", "发表", "披露")
# …a notice putting out a report of a time (5月6日,县政府办公室通报4月…受理情况: context._released_span)
REPORT_NOTICE_VERBS = ("通报",)
REPORT_PUT_OUT_VERBS = REPORT_RELEASE_VERBS + REPORT_NOTICE_VERBS  # (scope.REPORT_RELEASED, context.RE_RELEASE_VERB)
# …a press conference held to give a report (…举行2031年上半年经济运行情况新闻发布会), and the nouns naming the report it
# gives or a notice puts out (…情况, …数据): a conference named by no report (签约仪式暨…发布会) is a meeting only
PRESS_CONFERENCE_WORDS = ("发布会",)
RELEASED_REPORT_NOUNS = ("情况", "数据", "运行")
# The parts of a day written after it (7月20日上午,…): the clause still only dates what it opens (context._released_span)
DAY_PART_WORDS = ("上午", "下午", "中午", "晚上", "晚间", "晚", "凌晨", "早上", "傍晚")
# The times a short note's lead opens with before the place it is about (今年以来,西城区…; 近日,某县…; context._lead_place).
LEAD_PLACE_TIMES = ("今年以来", "今年", "近年来", "近日", "日前", "目前", "当前", "上半年", "前三季度", "一季度", "年初以来",
                    "截至目前")
# The document's year named from the speaker's present (今年以来, 本年): after a year of the past it brings the text
# back to its own time, and in a review posted the next year it is the year of posting (scope._present_between,
# scope._spoken_present); 当年 is the year just spoken of, not the present.
# The roles of a year in a text that names its own year only through them (context.stated_year): a year after 自/从
# and before 以来 opens a run of years up to the text's (结束了自2016年以来首季负增长的局面), a year after 比/较 is the
# base of a comparison (增速比2018年全年高) — both before the text's own year; a year before the plan or target the
# text measures its figures against (与2019年计划目标持平, 完成2019年年度计划的45%) is the text's own year.
# A year told as a time of the past, before the text's own (早在2016年就…, 曾于2015年…, 2017年首次提出…): the body
# names it in passing, and its 今年 is another year (context.stated_year counts it not).
PAST_YEAR_OPENERS = ("早在", "早于", "曾于", "曾在", "曾经在", "曾经于", "始于", "源于")
PAST_YEAR_FOLLOWERS = ("就已", "就", "便", "即已", "曾", "首次提出", "首次实施", "首次推出", "首次建立", "首次设立", "首次开展",
                       "首次启动", "首次出台", "首次发布", "首次举办", "率先提出", "率先建立")
SINCE_YEAR_OPENERS = ("自从", "自", "从")
SINCE_YEAR_CLOSERS = ("以来", "起", "至今")
# 2019年,省里还对9个市开展了专项督查: a sentence telling what was done in a year as history, after the text has spoken
# of its own times without their year (截至6月底, 今年以来): the adverbs of a further or earlier deed, and the perfective
# 了 after a verb (not in 了解, 为了, 除了 …); such a year is none the text is written in (context.stated_year)
NARRATIVE_ADVERBS = ("还", "曾", "曾经", "先后", "又")
NOT_PERFECTIVE_BEFORE = "为除罢末"
NOT_PERFECTIVE_AFTER = "解结如然不得"
# 创2012年以来最好位次 / 2016年以来首次负增长 / 创2015年以来新高: a record since a year, the words of the superlative after
# 以来; the text is of a later year (context.stated_year)
RECORD_SINCE_WORDS = ("最", "新高", "新低", "首次", "首季", "首度", "之最")
OWN_PLAN_AFTER_YEAR = ("年度计划", "全年计划", "计划目标", "计划任务", "目标任务", "预期目标", "年度目标", "全年目标",
                       "计划", "目标")
PRESENT_YEAR_WORDS = ("今年", "本年")
# 明年 / 下一年: the year after the text's own (periods "next_year"; context.stated_year: a year a sentence calls so is
# the next)
# 3年增长41.2% / 五年累计增长60%: the verbs of a change a count of years written right before states over them, and
# the words of a sum between (periods "years_back")
YEARS_CHANGE_VERBS = ("增长", "提高", "增加", "下降", "减少", "翻")
# (a sum over those years, or 分别 spreading the change over the items listed: 两县3年分别增长…); 总计 is not read
# here, as it was not before the class was shared (no page read yet writes 五年总计增长)
YEARS_CHANGE_LEADS = without(SUM_ADVERBS, "总计") + ("分别",)
# 甲铜箔项目已于2024年5月建成投产: the words before a month that say a stage it dates was reached, not planned (计划于,
# 预计于, 将于 date what is to come): context._done_event_year reads the year of a page that states no other from them
DONE_DATE_MARKERS = ("已于", "已经于", "已在", "已经在", "先后于", "于")
# … but not after the words of a plan or a hope (计划于, 预计于, 确保于, 有望于): a month to come
NOT_DONE_BEFORE_DATE = PLANNED_TIME_WORDS + ("确保", "有望", "可望", "要", "定", "预定", "需")
# the month a span of 今年 ends with (今年上半年, 今年一季度, 今年1至6月: context._done_event_year)
THIS_YEAR_SPAN_END_MONTHS = {"上半年": 6, "下半年": 12, "前三季度": 9, "一季度": 3, "二季度": 6, "三季度": 9,
                             "四季度": 12, "1季度": 3, "2季度": 6, "3季度": 9, "4季度": 12}
# The parts of a month a lead may date itself by instead of a day (2025年5月上旬,…): the month all the same.
MONTH_PART_WORDS = ("上旬", "中旬", "下旬", "初", "中", "底", "末")
PRESENT_WORDS = ("截至目前", "截止目前", "目前", "当前", "今年", "本年")
# A lead's day relative to the page's date (昨日,某县举行…): days after the page's date (context.find_event_day).
# 两年平均增长3.9% / 两年平均增速: a change averaged over the two years since a base year compared with (context)
TWO_YEAR_AVERAGE_WORDS = ("两年平均", "两年年均")
RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1}
# 当天,县督察组转办举报件17件 / 截至当日: the day of the page itself when no other day is named before it
# (scope._page_days)
PAGE_DAY_WORDS = ("当天", "当日")
# 3日,记者从县发改局获悉,… / 昨日,记者了解到,…: a day that dates the reporter's hearing, no figure after it
REPORTER_HEARD_WORDS = ("获悉", "了解到", "得知", "采访")
# 12月3日向县委当面反馈了巡察发现的问题 / 11月5日,巡视组向乙区委反馈意见: a day that dates the handing back of an inspection's
# findings, which opens the rectification a notice reports on, not the days the check was held on (scope._fed_back)
FEEDBACK_VERBS = ("反馈", "反饋")
# A sentence counting what an event of this kind did (集中开工项目23个) speaks of the event named before it.
# 对…上半年落实情况进行了督查 / 对…第二季度推进情况开展专项督查: the state of work a supervision check looks at, after the
# span it covers, and the verbs of the check (scope._checked_span)
CHECKED_STATE_WORDS = ("落实情况", "推进情况", "完成情况", "进展情况", "执行情况", "实施情况", "办理情况", "整改情况")
# the verbs of the check: the inspection acts (every one: 督察, 巡查, 抽查, 稽查 name a check of a span as 督查 does), the
# reviews of a span's work by its results (调度, 考核, 评估) and the notice telling them (通报)
CHECK_VERBS = INSPECTION_ACTS + ("调度", "评估", "考核", "通报")
EVENT_OWN_WORDS = ("集中开工", "集中开复工", "集中签约", "集中竣工", "集中投产", "集中启动", "签约仪式", "开工仪式",
                   "开复工仪式")
EVENT_NOUNS = ("活动", "仪式", "大会", "会议", "签约会", "推进会", "观摩会", "动员会", "集中开工", "集中开复工", "集中签约",
               "集中竣工", "集中投产")
# A wider body's event held in parts (全省集中开工眉山分会场, 在仁寿设分会场): the part's venue names the place that holds
# it; the main venue (主会场设在柳州市) only where the whole event met (docregions.place_frame).
EVENT_BRANCH_WORDS = ("分会场",)
EVENT_MAIN_WORDS = ("主会场",)
# What may stand between a branch's place and its word: 在眉山设分会场, 眉山市分会场
EVENT_BRANCH_LEADS = ("设立", "设置", "设")
# The names of events a frame reads (全省投资推介会在成都举行): a self-reference inside them names whose event it is.
EVENT_FRAME_NOUNS = ("推介会", "洽谈会", "博览会", "交易会", "招商会", "对接会", "现场会", "观摩会", "签约仪式", "开工仪式")
# A place taking part in a wider body's event (青川市组团参加全省投资推介会, 我县参加全市项目观摩): the event's part it holds.
EVENT_JOIN_VERBS = ("组团参加", "组织参加", "参加", "参与", "亮相")
# What an event does in a lead that dates it (2022年8月9日,某市举行…; 在2019年3月2日召开的…会议上): context's lead year.
EVENT_VERBS = ("召开", "举行", "举办", "开幕", "闭幕", "会上", "开工", "签约", "揭牌", "落成", "竣工", "投产", "工作报告",
               "作报告", "讲话", "致辞")
# What a news lead reports was done on the day it opens with, written without its year (6月30日,某区…集中开工活动举行):
# the event's day, the page reporting it that day or after, so the page is dated by the month only (meta); a day
# something was released or learnt (…公布, 记者从…获悉) or the page's own (今天(2月11日)) is the page's day
EVENT_DAY_VERBS = ("召开", "举行", "举办", "开幕", "闭幕", "开工", "签约", "揭牌", "落成", "竣工", "投产")
LEARNT_DAY_VERBS = ("获悉", "了解到", "发布会", "通气会")
# The label of the title row in a government page's metadata block (索引号 / 发布机构 / 文件名称 / 成文日期 …).
TITLE_FIELD_LABELS = ("文件名称", "文件标题", "信息名称", "标题", "名称")
# The units a section's numbered heading counts its items in (一、促进就业(3项), (二)教育提升（4个）): no figure of the place.
HEADING_ITEM_UNITS = ("项", "个", "条", "件", "类")
# the ends of the names whose score a line in brackets gives (甲镇(95.6分), 县住建局(92分)): places and bodies, whose
# score is a fact, where another name closed by its points (经济发展(400分)) is a part an assessment weighs (facts._part_weight)
SCORED_BODY_SUFFIXES = ("省", "市", "县", "区", "州", "旗", "盟", "乡", "镇", "街道", "村", "社区", "局", "委", "办", "厅", "院",
                        "中心", "公司", "集团", "部", "所", "站", "队", "单位", "学校", "医院")
# The other ends of a body's name a notice's table has for a row (甲县人民政府, 县政府办公室, 开发区管委会, 县总工会,
# 县妇联): the body whose cases the row counts (facts._body_row)
TABLE_BODY_ENDS = ("政府", "办公室", "委员会", "管委会", "工会", "妇联", "残联", "文联", "侨联", "科协", "工商联")
# Other labels of such a block: a title row counts only in a block that has one of them.
METADATA_LABELS = ("索引号", "发布机构", "发文机关", "成文日期", "发布日期", "公开日期", "文号", "发文字号", "主题分类")
# The last character of a unit's name (…办, …局, …委, …政府): what 会同 as a verb follows.
UNIT_END_CHARS = "办局委厅部室组院站所队会府司处科"
# A line that only dates the document (岚溪县统计局（2024年3月10日）, 2024-03-10 来源:岚溪县融媒体中心): besides the
# date, bylines and brackets it holds at most the names of the bodies that sign or publish it, which end in one of
# these characters (…局, …调查队, …中心, …日报, …网) (context.dating_spans).
ISSUER_END_CHARS = UNIT_END_CHARS + "心社台网报"
# Words of a line that says the page carries a text from elsewhere (转载自某某网, 转自某某报): its date is the day of
# the repost, not of the text (context.find_date).
REPOST_WORDS = ("转载自", "转载", "转自", "原载", "原文刊载")
# The note a signing body's name carries where the seal of another is set over it (某某办公室⏎某某局(代章)): the
# body signs all the same (GB/T 9704's signature block: the issuer, the seal, the date; context._issuer_line).
SEAL_NOTES = ("代章", "盖章", "印章", "公章")
# The note under a notice's date saying how it is made public (GB/T 9704: (此件公开发布) between the date and the
# attachments): it closes the signature block; the attachments follow it (context._attachment_date).
PUBLICITY_NOTES = ("此件公开发布", "此件主动公开", "此件依申请公开", "此件不予公开", "此件不公开")
# A modal or linking word before 会同 makes it the verb as surely as a unit's name does (县发改委要会同县督查办…).
VERB_LEAD_CHARS = "要将并应须需可拟"
# A place written at the head of a company's or a park's name (上海恒川机械, 北京华岳酒业, 成都市锦辉物流园): the
# name's own, not the place the sentence is about.  The brand between is 2-6 characters.
COMPANY_HEADS = ("股份有限公司", "有限公司", "公司", "集团", "控股", "机械", "酒业", "科技", "实业", "药业", "置业",
                 "电子", "食品", "纺织", "制药", "电器", "新材料", "建材", "化工", "矿业", "乳业", "茶业", "商贸",
                 "贸易", "重工", "能源", "汽车", "光电", "光伏", "生物", "物流")
# …the trades a company is named by when written short (湛江钢铁, 茂名石化, 镇海炼化, 某某化纤) and what such a company
# reports right after its name (scope.COMPANY_SHORT_AT_CLAUSE)
COMPANY_SHORT_HEADS = ("石化", "炼化", "化纤", "钢铁", "钢厂", "核电", "电厂", "水泥", "煤业", "煤电", "铝业", "铜业", "纸业",
                       "化工", "集团", "公司", "能源", "汽车", "药业", "矿业", "重工", "电子", "电器", "光电", "光伏", "新材料",
                       "纺织", "机械")
COMPANY_REPORT_NEXT = ("完成", "实现", "生产", "产量", "加工量", "原油加工量", "产值", "营业收入", "营收", "销售收入", "主营业务收入",
                       "利润", "利税", "上缴税金", "纳税", "税收", "出口", "发电量", "累计", "全年", "今年", "上半年", "前三季度",
                       "一季度")
COMPANY_MEASURE_NOUNS = ("产量", "加工量", "产值", "营业收入", "销售收入", "利润", "税收", "发电量", "出口额", "销售额", "销量")
# what an item after 、 says of the same actor's figure (甲石化完成原油加工量300万吨、增产近10万吨)
ACTOR_ITEM_VERBS = ("增产", "减产", "增收", "减收", "增长", "下降", "增加", "减少", "提高", "降低", "同比增长", "同比下降", "同比增加",
                    "同比减少")
NAMED_PARK_HEADS = ("物流园", "产业园", "工业园", "科技园", "智造园", "创业园", "商贸城", "物流城", "广场")
# A place at the head of a newspaper's, a station's or a news account's name (湖北日报讯, 青川市广播电视台, 四川新闻网, 甘肃发布)
# names who publishes, not whose the figures are: the document's place comes from its body.  The second list are
# media names only where the name ends (甘肃发布 above a headline; 青川市发布2024年项目清单 is the city acting).
MEDIA_HEADS = ("日报社", "日报", "晚报", "早报", "时报", "商报", "都市报", "报社", "新闻网", "电视台", "广播电视台",
               "广播电台", "卫视", "客户端", "手机报", "融媒", "新闻中心")
MEDIA_ACCOUNT_HEADS = ("发布", "网", "在线", "新闻", "头条", "之声", "观察", "微报")
# …and of a public service channel or platform named after its place (某市12345热线, 某市政务服务网, 某省投资项目在线审批
# 监管平台): the channel's name, no place the text speaks as (a site that posts the text, 某市人民政府网, is another matter)
SERVICE_CHANNEL_HEADS = ("政务服务便民热线", "便民服务热线", "服务热线", "热线", "政务服务网", "服务平台", "监管平台", "管理平台",
                         "审批平台", "信息平台", "服务网")
# …the nouns of what such a channel serves, which read as verbs elsewhere (某省投资项目管理服务平台, 某市建设项目审批平台)
SERVICE_CHANNEL_NOUNS = ("投资", "项目", "建设", "规划", "在线")
# …what may follow such a name in a byline (四川新闻网讯, 青川在线消息, 甘肃发布记者)
MEDIA_BYLINE_AFTER = ("讯", "消息", "记者", "通讯员", "报道", "电")
# A short form followed by a lower division's suffix (东坡|街道, 仁寿|镇) is the root of that lower place's name, not the
# region it is short for (docregions).
LOWER_PLACE_SUFFIXES = ("街道", "镇", "乡", "村", "社区")
# …of which the words of a town-level division (a town, a township, a street office: facts._HEADING_TOWN)
TOWN_SUFFIXES = ("街道", "镇", "乡")
# what a town or street office stands right after when it heads its sentence, ;-part, line or a clause after a time
# (今年以来,某镇…) (context._town_heads_figures): the sentence then gives the town's own figures
TOWN_HEAD_AFTER = "\n。;；!！?？:：,，"
# …but after 其中 it is a part of a whole the sentence before counted (其中,某镇…), read by the list's own readers
TOWN_PART_LEADS = ("其中",)
# A news agency's or a paper's dateline (新华社兰州4月2日电, 中新网眉山电, 本报吉首9月10日讯): the city the report was
# filed from, after the agency's last character, before the day and 电 or 讯.
DATELINE_AGENCY_ENDS = "社网台报"
DATELINE_CABLE = "电讯"
# …the words a byline ends with after the paper's or site's name and the place and day it files from (江西日报讯,
# 央广网南宁5月2日消息)
DATELINE_BYLINE_WORDS = ("讯", "电", "消息")
# A person's name is never a place, though a surname and the character after it may spell a region's short name (吴忠,
# 许昌, 常德): a short form is a person's name after an office title (市委书记许昌明, 县长 吴忠华, 记者 常德胜) or before
# what only people do (许昌明指出, 常德胜受县政府委托作报告, 吴忠华同志), and then wherever else that name is written.
PERSON_TITLES = ("书记", "省长", "市长", "区长", "县长", "州长", "镇长", "乡长", "旗长", "盟长", "主任", "局长", "部长",
                 "厅长", "处长", "科长", "主席", "常委", "委员", "秘书长", "院长", "检察长", "董事长", "总经理", "经理",
                 "记者", "通讯员", "实习生", "编辑", "摄影", "主播")
# The characters a division's suffix is written with (a head's title is the suffix and 长: 县长, 市长, 区长).
DIVISION_SUFFIX_CHARS = "省市县区州旗盟乡镇"
# the second characters of the level words a division's suffix opens (省级, 市级, 盟级, 市管项目): a place written before one
# by its full name shares its suffix with it (某省级重点项目: the province's own level of projects)
LEVEL_WORD_ENDS = ("级", "級", "管")
# Words after which a person's name opens in running text (会议由王永安县长主持, 陪同王永安县长调研).
PERSON_NAME_OPENERS = "由和与及同请向对经据随陪"
# A unit named as the source of what follows (区统计局数据显示, 区发改局介绍, 区商务局负责人表示) is no subject of the
# figures it reports: they stay the place's (scope.row_head).
UNIT_SOURCE_WORDS = ("数据显示", "统计显示", "监测显示", "介绍", "表示", "透露", "称", "消息", "公布", "通报", "指出",
                     "负责人", "相关负责人", "有关负责人", "主要负责人", "新闻发言人", "发言人")
# …and a unit issuing a document for its place (区发改局下达2024年重点建设项目计划,共安排项目60个 / 市发改委印发…清单):
# the figures of what it issues are the place's, not the office's own (scope.row_head)
UNIT_ISSUE_VERBS = ("下达", "发布", "印发", "公布", "通报")
# …or a unit steering its place's work (省委巡视办统筹推进巡视整改,共督促整改问题236个 / 市发改委牵头…,累计协调解决问题215个):
# the office acts for the place, and the figures of the work it steers are the place's (scope.row_head)
UNIT_STEERING_VERBS = ("统筹", "牵头", "督促", "指导", "协调")
# …and what may open a title written after a name (常德胜副县长, 许昌明常务副市长)
PERSON_TITLE_PREFIXES = ("副", "常务副", "代", "原")
# 近日,乙市…召开 / 日前,丙县…: a news item's undated time opening a digest paragraph before the place it reports
# (scope._DATED_OPEN, with a written date: 1月8日, 2023年1月8日上午)
NEWS_DATE_LEADS = ("近日", "日前", "昨日", "今日", "昨天", "今天")
PERSON_ACTS = ("同志", "指出", "强调", "表示", "讲话", "致辞", "主持", "一行", "带队", "率队", "宣布", "介绍", "说",
               "作报告", "作讲话", "作工作报告")
# …of which the ones no place does, so that a name of two characters, the short form alone (许昌指出), is a person's too
PERSON_ONLY_ACTS = ("同志", "指出", "强调", "讲话", "致辞", "主持")
# 受县人民政府委托: a person speaking for a body (受 … 委托, at most 12 characters between)
PERSON_COMMISSION = ("受", "委托")
# Characters a person's given name does not hold right after the short form (吴忠市, 许昌县委, 常德日报: a place and its body;
# 岳阳人说, 常德方面介绍, 许昌警方表示: its people or its side speaking).
NOT_GIVEN_NAME_CHARS = "省市县区州乡镇旗村盟委府局办报台网院会团社厅处人方"

# An enumeration closed by 等 or by 为代表 (东坡区污水处理厂等12个项目, 以彭山区产业园为代表的30个项目, 东坡区、彭山区等3个
#区县): the places in its examples name the examples, not whose the count is — that is the enclosing scope's (scope.subject).
ENUMERATION_CLOSERS = ("等", "为代表", "为重点", "为龙头", "为首", "在内")  # 包括东坡区在内的12个区县
# …except where 等 opens a word of its own (等级公路, 等待, 等于)
NOT_ENUMERATION_DENG = ("等级", "等待", "等候", "等同", "等于", "等额", "等量", "等值", "等高", "等次", "等第")
# A long list of named examples closed by 等 and the count of what they are examples of (甲铁路、乙公路、丙县30万吨/年丁项目等
# 40个重点项目建成投运; 甲市2×660MW火电项目…等一批项目): a place written inside any item is the item's, the count and what
# follows are the enclosing scope's, whatever figures the names carry (scope.enumerated).
LONG_ENUMERATION_REACH = 160
# (the set's counters, and 批 counting batches: 等一批项目)
ENUMERATED_COUNT_UNITS = SET_COUNTERS + ("批",)

# --------------------------------------------------------------------------- places the gazetteer lacks (docregions)
# A division's suffix after a name (岚溪县, 青川市, 临湖区, 云峰镇, 岚江新区), longest first, with the level it names.
# Development zones run as counties (岚溪经济开发区 with its 全区 and 管委会) count as places too.
PLACE_SUFFIXES = {"自治县": 3, "新区": 3, "街道": 4, "县": 3, "区": 3, "旗": 3, "市": 2, "镇": 4, "乡": 4,
                  "经济技术开发区": 3, "高新技术产业开发区": 3, "经济开发区": 3, "开发区": 3, "高新区": 3, "经开区": 3}
# An autonomous division written by its short name and the plain suffix (湘西州 for 湘西土家族苗族自治州, 青龙县 for
# 青龙满族自治县, 阿荣旗 for 莫力达瓦…): the official suffix → the one the short form takes.
AUTONOMOUS_SHORT_SUFFIXES = {"自治州": "州", "自治县": "县", "自治旗": "旗"}
# How a text speaks as the division it is: 全州/我州/本州 … by the division's suffix, and the highest level a division
# of that suffix has (全市: a prefecture; 全区: a district, 全区 of an autonomous region names no lower place).  A
# place below that level, named with another suffix (泸溪县 in a text speaking as 全州, 某某街道 in one speaking as
# 全县), is none the text speaks for.
SPEAKER_WORDS = {"省": ("全省", "我省", "本省", "省直"), "州": ("全州", "我州", "本州", "州直"),
                 "盟": ("全盟", "我盟", "本盟", "盟直"), "市": ("全市", "我市", "本市", "市直"),
                 "县": ("全县", "我县", "本县", "县直"), "区": ("全区", "我区", "本区", "区直"),
                 "旗": ("全旗", "我旗", "本旗", "旗直"),  # 县直各单位: the county addresses its own departments
                 "国": ("全国", "我国")}  # a ministry's notice or a national communiqué: every province is named in it
SPEAKER_LEVELS = {"国": 0, "省": 1, "州": 2, "盟": 2, "市": 2, "县": 3, "区": 3, "旗": 3}
# The suffixes of a division below the province a text speaks as (全市, 全州, 全盟; 全县, 全区, 我旗): such a text names
# the prefecture and province above it only as the wider places it lies in (docregions.above_speaker)
SUB_PROVINCE_SPEAKER_SUFFIXES = ("州", "盟", "市", "县", "区", "旗")
# What a text speaking as the nation calls its subject (the schema's 全国).
NATION = "全国"
# …where the text measures itself against the wider place, not speaks as it: 占全省, 居全省第三, 在全省率先, 全省排名第2,
# 全省最大, 全省前列 (the character before, the words after)
SPEAKER_COMPARED_BEFORE = "占居在向为于比入看列超过"
SPEAKER_COMPARED_AFTER = ("第", "首", "前", "排", "最", "一流", "领先", "平均", "同类", "同行",
                          # 全国率先实现…: the text's place first in the wider one, no figure of the wider one
                          "率先")
# 全国13个粮食主产省之一: a clause naming a set of the wider place that the text's place is one of (scope)
MEMBER_OF = "之一"
# How a text speaks as the division it is about, by suffix (全县, 我县, 县委县政府; 全镇, 镇党委).
PLACE_SELF_WORDS = {
    "县": ("全县", "我县", "本县", "县委县政府", "县委、县政府"), "自治县": ("全县", "我县", "本县", "县委县政府"),
    "市": ("全市", "我市", "本市", "市委市政府", "市委、市政府"), "区": ("全区", "我区", "本区", "区委区政府", "区委、区政府"),
    "新区": ("全区", "我区", "本区", "新区管委会"), "旗": ("全旗", "我旗", "本旗", "旗委旗政府", "旗委、旗政府"),
    # (a news item on a town calls it 该镇 again and again, as its own report says 全镇)
    "镇": ("全镇", "我镇", "本镇", "镇党委", "镇政府", "该镇"), "乡": ("全乡", "我乡", "本乡", "乡党委", "乡政府", "该乡"),
    "街道": ("全街道", "本街道", "街道党工委", "街道办事处")}
PLACE_SELF_WORDS.update({z: ("全区", "我区", "本区", "管委会", "党工委") for z in PLACE_SUFFIXES if z.endswith("区") and
                         z not in PLACE_SELF_WORDS})
# 各街道办事处, 每个镇政府: a body of every division of a level (a class), not the text speaking as one.
CLASS_BEFORE_BODY = ("各", "每", "个", "等", "和", "、")
# A division's own bodies (县委, 市政府, 镇党委): written without a name, the text speaks from that division.
PLACE_OWN_BODIES = ("委", "政府", "人民政府", "党委", "党工委")
# Words that may follow the suffix while it still ends a place's name (岚溪县委, 青川市政府, 云峰镇党委); any other
# word that the suffix opens (市场, 市民, 乡村, 乡镇, 县城, 区域) makes no place.
PLACE_SUFFIX_WORDS = ("县委", "县长", "县政府", "县人民政府", "县人大", "县域", "县委书记", "市委", "市长",
                      "市政府", "市人民政府", "市人大", "市域", "市委书记", "区委", "区长", "区政府", "区人民政府",
                      "区人大", "区委书记", "旗委", "旗长", "旗政府", "镇长", "镇政府", "镇人民政府", "镇党委",
                      "镇委", "乡长", "乡政府", "乡人民政府", "乡党委", "街道办", "街道办事处", "街道党工委", "新区管委会")
# What right after the name makes it the speaker of the text (岚溪县人民政府, 中共青川市委, 临湖区融媒体中心).
PLACE_ISSUER_WORDS = ("人民政府", "政府", "委员会", "委", "党委", "党工委", "人大", "人民代表大会", "融媒体中心", "统计局",
                      "办事处", "管委会", "第")
# The levels' own characters: one ends a name on its left (青川市|岚溪县: the chain's parent ends there) unless it is
# the name's last character (明州|市, 桐乡|市).
PLACE_LEVEL_CHARS = "省市县区州乡镇旗村盟"
# A place named after its city at the head of its own text (青山市临水区十届人大三次会议, 某市某县2024年政府工作报告): the
# suffixes such a child takes, and what may follow it there beside an issuing body (PLACE_ISSUER_WORDS) and a year
CHAIN_CHILD_SUFFIXES = ("自治县", "新区", "区", "县", "旗", "市")
CHAIN_CHILD_FOLLOWERS = ("政府工作报告", "国民经济和社会发展", "十四五", "十五五")
# Words ending in a suffix that are no place's name (景区, 社区, 城市, 超市, 示范区, 郊县, 乡镇): never a name's tail.
# Words of things built or run that end in a division's character (改造老旧小区6个, 提升景区3个): a breakdown's item ending so is a thing done, not a place's
# part (facts._place_items); areas (社区, 片区, 城区) and zones (高新区) may still be a list's places.
THING_PLACE_TAILS = ("小区", "景区", "校区", "厂区", "营区", "超市", "集市", "门市", "夜市")
NOT_PLACE_WORDS = ("城区", "园区", "社区", "景区", "片区", "街区", "小区", "校区", "厂区", "辖区", "市区", "郊区", "矿区",
                   "库区", "灾区", "牧区", "林区", "老区", "苏区", "战区", "营区", "城市", "超市", "都市", "门市", "夜市",
                   "股市", "楼市", "车市", "上市", "集市", "郊县", "各县", "全县", "邻县", "该县", "城镇", "乡镇", "集镇",
                   "村镇", "重镇", "名镇", "强镇", "小镇", "城乡", "下乡", "返乡", "家乡", "老乡", "故乡", "水乡", "外乡",
                   "他乡", "示范区", "开发区", "保税区", "试验区", "功能区", "核心区", "先行区", "集聚区", "商务区",
                   "重点区", "高新区", "经开区", "自贸区", "风景区", "旅游区", "生活区", "工业区", "商业区", "住宅区",
                   "贫困县", "贫困区", "先进县", "示范县", "强县", "大县", "百强县", "试点县", "试点市", "示范市", "地级市",
                   "县级市", "副中心城市", "中心城市", "省辖市", "直辖市", "新城区", "老城区", "主城区", "中心城区",
                   "新市", "新县", "新镇", "新乡", "湾区", "圩镇", "中心镇", "重点镇", "特色镇", "建制镇", "专业镇",
                   "工业强县", "农业大县", "生态区", "康养区", "功能区")
# Single characters that end a name on its left (赴|岚溪县, 在|青川市, 全|县): function words, and what a person does
# towards a body (王刚受|市政府委托作报告, 率|县政府考察团): the name before is a person's, no place's.
NAME_STOP_CHARS = ("在对向从和与及是为全我本该各的将把被由到于以至其每这那此某你他她它您年月日号时期届次个位名项家"
                   "赴去来驻进入出抵回离访往让使给自经据按随同或跟比较而且但也都又还就并有无非不没受率携请邀陪"
                   "已曾正再才只仅共等地得之了着过一二三四五六七八九十百千万两多几做抓促扩搞")

# --------------------------------------------------------------------------- page titles (meta._title)
# How a site's or an organisation's own name ends (岚溪县人民政府门户网站, 青川新闻网, 某某机械): a page's <title> that is
# only this names the site, not the article.
# Fields of a page's dateline (发布时间:… 来源:… 作者:…) that may run on after a date on the headline's own line.
# Division names that are also a conjunction and a division's word (和县: 省委、市委和县委, 会议和县第十二次党代会): a place only
# where no word stands before them but a higher division's name or 中共 (安徽省和县, 马鞍山市和县, 中共和县委员会).
CONJUNCTION_LED_NAMES = ("和县",)
CONJUNCTION_NAME_PRECEDERS = "省市州盟共"
# The party's prefix before a place's party committee (中共和县委员会, 中共和县县委): a division's name that begins with the
# prefix's last character (共和县) is not read out of it when a committee's word follows the name (regions.party_bound);
# 其中共和县… (其中 + 共和县) keeps it, as no committee follows.
PARTY_PREFIX = "中共"
PARTY_BODY_AFTER = ("委员会", "委", "县委", "市委", "区委", "州委", "旗委", "盟委", "党", "纪委", "工委")
# A share toolbar a page sets after its headline on the same line (…加快推进 分享 人民微博 新浪微博 腾讯微博): no words of
# the headline.
SHARE_TOOLBAR_WORDS = ("分享到", "分享", "人民微博", "新浪微博", "腾讯微博", "微博", "微信", "朋友圈", "QQ空间", "QQ好友",
                       "人人网", "豆瓣", "打印", "收藏", "关闭")
DATELINE_FIELD_WORDS = ("来源", "作者", "编辑", "责任编辑", "发布者", "发布机构", "浏览次数", "点击数", "点击", "阅读", "字号", "信息来源")
# Words marking one article of a site collecting model texts (篇一:…, 范文二:…).
ARTICLE_MARK_WORDS = ("篇", "范文", "精选范文", "范例")
# Bodies of the nation whose naming in a text's head, the text speaking as no division, makes it a national text.
# (not 党中央 or 中共中央: a local text opens with 深入贯彻党中央…精神 as often)
NATIONAL_BODIES = ("国务院", "国家发展改革委", "国家发展和改革委员会", "国家发改委", "国家统计局", "全国人大",
                   "全国人民代表大会", "中华人民共和国")
# Bodies that report as a place does without being a territorial division: a communiqué or report of the 兵团, a
# 农垦 bureau or a forest-industry group states its own figures (全年生产总值…), whatever province holds it.  Each head
# with the short the text calls the body by (兵团上下…, 全兵团户籍人口…).
REPORTING_BODY_HEADS = (("生产建设兵团", "兵团"), ("农垦总局", "农垦"), ("农垦集团", "农垦"), ("农垦局", "农垦"),
                        ("森林工业集团", "森工"), ("森工集团", "森工"), ("森工总局", "森工"), ("林业集团", "林业集团"))
# The 兵团 lies in 新疆维吾尔自治区 and is no division of it: a text of the 兵团 or of one of its divisions (第八师, 第十三师
# 新星市 aside: a 师市 city the gazetteer knows speaks as that city) that names no place is of the autonomous region
# (context._corps_place), known by these words in its head, and by these in its text for a bare 第N师
CORPS_HEAD_WORDS = ("生产建设兵团", "兵团")
CORPS_TEXT_WORDS = ("兵团", "团场", "师市", "连队")
CORPS_PROVINCE = "新疆维吾尔自治区"
# What may follow a reporting body's name in a head where it is the body itself that speaks: its year, its
# communiqué or report, its statistics bureau (not 新疆生产建设兵团第二师…, a division of it, which speaks for itself).
REPORTING_BODY_NEXT = ("统计局", "统计", "国民经济", "政府工作", "工作报告", "关于", "经济", "年", "上半年", "一季度", "前三季度",
                       "调查总队")
# A place heading these names the site that posts a text (某省人民政府网), which for a national text is no place of it.
POSTING_SITE_HEADS = ("人民政府网", "政府网", "人民政府门户网", "政府门户网")
# …and a body whose name alone makes a line of the page's chrome, or ends the title's line after a separator (某市人民
# 政府 / 某区2023年工作总结_某市人民政府 / 某市发展和改革委员会 2024-01-05): who posts it, under these names.
POSTING_BODIES = ("人民政府", "政府", "发展和改革委员会", "发展改革委员会", "发改委", "统计局")
POSTING_BODY_TAILS = ("办公室", "办公厅", "门户网站", "网站", "门户网", "网")
SITE_NAME_ENDS = ("门户网站", "网站", "门户网", "政府网", "新闻网", "信息网", "网", "人民政府", "政府", "在线", "客户端",
                  "融媒体中心", "新闻中心", "官网", "官方网站")

# --------------------------------------------------------------------------- counted plan nouns (facts._kind)
# 42项重点任务中,已完成12项 / 36项目标任务 / 20项工作任务: in a progress report a count whose noun is a task or goal
# counts the list being checked, it commits to nothing.
COUNTED_TASK_NOUN = r"(?:[\u4e00-\u9fff]{0,4}?(?:目标)?任务|(?:目标)?任务)"
# 全县计划新开工项目25个,已开工19个: a plan figure reported against in its own sentence is the base of a status.
# 占年度计划的56% / 完成年度计划的41.6%: the share done of a plan stated in the plan's own sentence, whatever the genre.
# (为年度投资计划的26.7% / 占年计划的107% (not 今年计划的项目) / 完成年度任务的35.48% / 完成年度目标任务的50.1% /
# 完成预计目标的87.69%: the plan named by its investment, its year or its task, or as the year's expected goal)
# …and the rate of the plan done named as such (年度投资完成率47.49%, 投资完成率19%): a report against the plan stated
# before it in the sentence (facts._plan_rate_reported)
PLAN_RATE_REPORTS = ("年度投资完成率", "投资完成率", "计划完成率", "年度计划完成率")
# …and the rate of the year's planned investment written whole (年度计划投资完成率x%): read from its first word, so that
# 计划 inside it is no cue of the clause (facts.plan_measures)
PLAN_INVESTMENT_RATES = ("年度计划投资完成率", "计划投资完成率", "全年计划投资完成率")
PLAN_SHARE_REPORTS = ("占年度计划", "占全年计划", "占计划", "完成年度计划的", "完成全年计划的", "年度计划的", "全年计划的",
                      "年度目标的", "全年目标的", "年度投资计划的", "全年投资计划的", "占年计划", "为年计划的", "完成年计划的",
                      "年度任务的", "全年任务的", "年度目标任务的", "全年目标任务的", "预计目标的", "预期目标的",
                      "年度计划投资的", "全年计划投资的", "年计划投资的")
# 从去年完成情况看,… / 从计划执行情况来看,…: a paragraph opened by the outturn it looks at reports; its 计划 names the plan
# base (计划安排投资50亿元,完成投资56亿元), no intention (facts._outturn_plans). Regex fragments.
# (a run-in heading naming it, 2024年计划执行情况: / (一)年度计划完成情况。, opens such a paragraph too)
OUTTURN_OPENER = (r"从[^,，。;；:：\n]{0,24}?(?:完成|执行|落实|实施|进展|运行)(?:情况)?(?:来|上)?看|"
                  r"[^,，。;；:：\n]{0,24}?(?:执行|完成)情况\s*[:：。]")
# …。今年计划安排项目220个 / 。下一步,…: a sentence opened by another time or by the next steps leaves the outturn
OUTTURN_TURNS = ("今年", "明年", "本年", "下一步", "下步", "接下来", "今后", "未来", "全年计划", "新的一年")
# a section headed by the outturn of a plan (一、2024年计划执行情况) frames its paragraphs alike
OUTTURN_HEADING_WORDS = ("执行情况", "完成情况")
# 完成投资目标任务的70% / 占全年目标的52% / 达到年度计划的108%: a share done of a target, the target its whole (facts._kind)
ACHIEVED_SHARE_VERBS = ("完成", "占", "达到", "达", "实现", "为")
# 超额完成全年新开工目标任务 / 圆满完成市下达的目标任务 / 实现“开门红”目标 / 比年目标任务4%低: the verbs that say a
# target was met or set a figure against it (not 为: 以…为目标 is an aim), and the target's nouns after them
# (figure._met_target_masked)
MET_TARGET_VERBS = ("完成", "实现", "达成", "占", "超过", "超出", "高于", "低于", "比", "较")
MET_TARGET_NOUNS = ("目标任务", "目标", "任务")
ACHIEVED_SHARE_WHOLES = ("目标任务", "目标", "任务", "计划", "任务数", "计划数")
# …and the set or amount a plan names after its word (占全年计划新开工项目的35%, 完成年度计划投资的56%)
ACHIEVED_SHARE_SETS = ("项目", "项目数", "投资", "总量", "数")
PLAN_BASE_REPORTS = ("已", "完成", "开工率", "完成率", "办结率", "占", "累计", "实际")
# the deeds a plan of works counts or sums, for the year and for the part of it run (全年计划新开工项目86项,1-9月计划
# 开工70项: the same deed, 开工; facts._part_plan_after)
PLAN_PART_DEEDS = ("开工建设", "开工", "竣工", "完工", "建成", "投产", "完成投资", "投资")
# An outturn set against the plan (与年度计划目标持平, 高于计划目标0.7个百分点, 完成全年目标的78%, 比预期目标快): the plan is
# the yardstick of what was done, its 计划 / 目标 / 预期目标 commit nothing of the sentence or the paragraph (figure._cues).
# The comparison's opening words (WITH_PREPOSITIONS), the plan's qualifiers and nouns, and the words that close a 与…
# comparison.
PLAN_COMPARED_NOUNS = ("计划", "目标", "预期", "任务")
PLAN_COMPARED_ENDS = ("基本持平", "持平", "相比", "相较", "相当", "一致", "同步", "吻合")
# A level kept at or matched with that of a year gone by (粮食产量保持上年水平, 与上年持平, 稳定在2023年的水平): the
# year is the base the clause holds its figure to, no time it reports on; a target list's item that keeps a level
# commits as the items around it do (figure._cues, periods.is_base).  The years such a base names, and the noun of
# the level (上年水平, 去年同期水平).
BASE_LEVEL_YEARS = ("上年同期", "去年同期", "上一年", "前一年", "上年", "去年")
BASE_LEVEL_NOUNS = ("水平",)
BASE_LEVEL_ENDS = ("持平", "相当")  # (与上年相比 compares a change, reported or committed: no level kept)

# --------------------------------------------------------------------------- change structures (facts, structures)
# 从X增加到Y / 由X提高至Y: X is the base (the status before), Y the status after (or the target).
CHANGE_VERBS = (
    "增加", "增长", "提高", "提升", "上升", "下降", "降低", "减少", "扩大", "缩小", "缩减", "调整", "跃升", "攀升", "发展",
    "增至", "升至", "降至", "跃居", "前移", "后移", "优化", "达到", "延伸", "延长", "拓展",
)
CHANGE_TO = ("到", "至", "为")
# 通勤时间缩短至30分钟 / 审批时间压缩到2小时 / 控制在20分钟以内: the verbs that cut a span of time to what follows
TIME_CUT_VERBS = ("缩短", "压缩", "缩减", "减少", "降低", "降", "控制")
# 较上月缩短0.4天 / 比上年压缩1.5个工作日 / 同比延长2天: how a span of time moved against a base (a delta: facts)
SPAN_CHANGE_VERBS = ("缩短", "压缩", "缩减", "减少", "延长", "增加")
# 仅用5天完成搬迁 / 用时28天建成 / 办理时间只需3天: the days a deed took or a service takes, a figure of speed (days
# alone, 3天 in 3天内 or 连续5天, stay none: facts); a span framing the sentence (历时三年, 五年来) is no such figure
TIME_SPENT_VERBS = ("仅用", "只用", "用时", "耗时", "仅需", "只需", "仅花", "只花", "用了")
# …and the words of the time now before the span a cut starts from (车程从原来的1小时缩短至20分钟)
TIME_CUT_FROM_NOW = ("原来", "目前", "现在", "过去", "以前", "现有")
FROM_WORDS = ("从", "由")
# 由上年的22%、29%和49%调整为21%、28%和51% / 分别由4.1万元、1.9万元增加到…: the verbs a change from one list of values
# to another runs on with before its end list (facts._CHANGED_LIST_TO), and the start's time after 由 (上年的)
LIST_CHANGE_VERBS = ("调整", "优化", "变化", "转变", "演变", "提高", "提升", "上升", "下降", "降低", "增加", "增长", "减少", "变")
CHANGE_START_YEARS = ("上年", "上一年", "去年")

# --------------------------------------------------------------------------- ratios (structures.find_ratios)
# 三次产业比为3.9:59.5:36.6, 中直与地方经济比重为31.3:68.7: a colon-joined run of numbers after one of these
# words states one share per part.
# 三次产业对经济增长的贡献率分别为10.0:40.0:50.0: each part's contribution, a share
RATIO_WORDS = ("之比", "比例", "比重", "结构", "比值", "占比", "贡献率", "比")
# A 比 that compares is no ratio's word: 同比增长9.6%, 按可比价格计算, 比上年增长, 比增9.2% (the characters right before
# it, the ones right after it); a ratio later in the same sentence is named by its own word (…同比增长9.6%,三次产业结构为
# 5.5:50.6:43.9 → 第一产业结构 …).
RATIO_COMPARING_BEFORE = ("同", "环", "可", "相", "对", "类")
RATIO_COMPARING_AFTER = ("上", "去", "前", "同", "增", "降", "减", "较", "年初", "一", "二", "三")
# A ratio's word that names each of its terms after the term's part (三次产业结构为8:40:52 → 第一产业结构); the others
# (比, 之比, 比值) name them 比重.
RATIO_TERM_NOUNS = ("比重", "占比", "比例", "结构", "贡献率")
# The three sectors a bare 产业 of a three-term ratio names (产业结构为1.6:71.9:26.5 → 第一产业结构 …): their terms
# keep the ratio's noun as written, as every ratio's do (RATIO_TERM_NOUNS).
SECTOR_RATIO_PARTS = ("第一产业", "第二产业", "第三产业")
# Income gaps as a single multiple (城乡居民收入倍差2.37): a share without unit.
GAP_WORDS = ("倍差", "收入比", "差距比")

# --------------------------------------------------------------------------- coordinated abbreviations
# Chinese compresses a coordination that shares a head: 城乡居民 = 城镇居民 + 农村居民, 一三产业 = 第一产业 +
# 第三产业, 存贷款余额 = 存款余额 + 贷款余额.  Values listed with 分别 (or colon-joined shares) are distributed over
# the parts in order.  Single characters stand for the parts: 城、乡 / 城乡, 一、二、三 …
COORDINATED = {
    "三次产业": ("第一产业", "第二产业", "第三产业"),
    "三大产业": ("第一产业", "第二产业", "第三产业"),
    "一二三产业": ("第一产业", "第二产业", "第三产业"),
    "一二三产": ("第一产业", "第二产业", "第三产业"),
    "城乡居民": ("城镇居民", "农村居民"),
    "城乡": ("城镇", "农村"),
    "存贷款": ("存款", "贷款"),
    "进出口": ("进口", "出口"),
    "中小学": ("中学", "小学"),
    "中小企业": ("中型企业", "小型企业"),
    "男女": ("男性", "女性"),
    "水电气": ("水", "电", "气"),
    "上下半年": ("上半年", "下半年"),
    "海陆空": ("海运", "陆运", "空运"),
    # 粮经饲比例 / 粮经比: the crop structure a farm plan states as a ratio
    "粮经饲": ("粮食作物", "经济作物", "饲草饲料作物"),
    "粮经": ("粮食作物", "经济作物"),
    "轻重工业": ("轻工业", "重工业"),
    "内外资": ("内资", "外资"),
    # livestock named one character each (牛羊出栏分别增长3%、4%; 猪牛羊存栏分别…)
    "猪牛羊": ("猪", "牛", "羊"),
    "牛羊": ("牛", "羊"),
    "猪牛": ("猪", "牛"),
}
# Levels of government written one character each before a shared noun (省、市重点项目, 省市县重点项目).
LEVEL_CHARS = ("省", "市", "县", "区")
# The same levels where each is written apart, joined by 、 or marked by 级 (省、州列重大项目, 州、县两级, 盟级、旗级):
# a minority or frontier area's prefecture (州, 盟) and county (旗) are levels as 市 and 县 are.  Not in the
# compressed form (省市县重点项目), where 市州 and 旗县 are words of their own (a province's cities and prefectures
# together; Inner Mongolia's counties and banners).
JOINED_LEVEL_CHARS = LEVEL_CHARS + ("州", "盟", "旗")
# One character standing for a part in a compressed coordination (一三产业 → 第一产业, 第三产业).
PART_CHARS = {
    "一": "第一", "二": "第二", "三": "第三", "城": "城镇", "乡": "农村", "农": "农村", "存": "存", "贷": "贷",
    "进": "进", "出": "出", "中": "中", "小": "小", "大": "大",
}

# --------------------------------------------------------------------------- heads shared by a list
# 新签约、新开工项目 / 地区生产总值、规上工业增加值增速: the last item carries the head every item shares.
SHARED_HEADS = ("项目", "企业", "产业园", "园区", "学校", "学位", "工程", "单位", "村", "镇",
                "增速", "增幅", "比重", "占比", "增长率", "总额", "余额", "产量", "数量")
# The measure the last item of a list names for every item however long the items are (工业机器人、集成电路产量分别增长
# a%、b% → 工业机器人产量; 高技术制造业、装备制造业增加值): an item takes it unless it names a measure of its own
LIST_MEASURE_HEADS = ("产量", "产值", "增加值", "销售额", "零售额", "出口额", "进口额", "营业收入", "出栏", "存栏",
                      "出栏量", "存栏量", "总额", "余额", "装机容量", "发电量", "用电量", "吞吐量", "客运量", "货运量",
                      "投资")
# 甲、乙、丙三业增长较快,产值分别增长a%、b%、c%: a clause closing a 、-list of items may judge them by how they changed
# (a change word and a degree, no figure), and the next clause spells the values out after the measure they are of:
# the change words, the degrees, and the measures that clause may name before its 分别
EVALUATED_CHANGES = ("增长", "增势", "增速", "增幅", "下降", "降幅", "回落", "上涨", "涨幅", "发展", "拉动", "贡献", "表现")
EVALUATION_ENDS = ("较快", "较大", "较多", "较高", "较好", "明显", "强劲", "领先", "突出", "迅速", "迅猛", "良好", "显著",
                   "加快", "稳定", "平稳")
SPREAD_CLAUSE_MEASURES = LIST_MEASURE_HEADS + ("增速", "增幅", "利润", "利润总额", "营业额", "价格", "产能")
# …the ends of an item that names its own measure (地区生产总值、规上工业增加值增速 keeps 地区生产总值 whole)
OWN_MEASURE_ENDS = ("量", "额", "值", "率", "数", "收入", "投资", "总值", "规模", "面积", "人数", "指数", "比重", "占比")

# What a place named at a clause's head does there when it acts (临江市对…开展督查, 临江市共有9个项目…): facts._ACTING_PLACE
PLACE_ACTS = ("对", "组织", "开展", "成立", "召开", "出台", "印发", "共有", "共", "累计", "已", "今年", "上半年")
# …the adverbs that may stand between it and its act, joining it to a place that did the same before (乙区也举行…)
PLACE_ACT_ADVERBS = ("也", "还", "又", "同步", "同日", "同时")

# --------------------------------------------------------------------------- row subjects (scope.row_head)
# What a unit named at a clause's head goes on to report of itself: 县农业农村局有2项…, 市水务局承办9项.
UNIT_REPORT_VERBS = ("有", "承办", "已", "共", "累计", "完成", "办结", "牵头", "未", "尚", "仍", "新增", "收到", "办理",
                     "整改", "排名", "居", "得分", "交办", "反馈", "存在", "上报", "报送", "受理", "签约", "引进")
# What a unit's own workload is counted in, after its label (市水利局：承办事项23个，已办结19个 / 市水务局：问题12个，已整改
# 10个): items assigned to it, handled, found in it or ranked; its line's figures are then the unit's.  A unit labelling
# a line of its field's figures (县农业农村局：蔬菜种植面积达到12万亩 / 县商务局：社会消费品零售总额36.5亿元) reports the
# place's figures, whose subject is the place (scope.subject)
UNIT_OWN_WORK_WORDS = ("承办", "办结", "办理", "交办", "受理", "反馈", "整改", "督办", "转办", "签收", "回复", "答复",
                       "事项", "问题", "提案", "建议", "议案", "办件", "诉求", "工单", "案件", "信访", "投诉", "来电", "线索",
                       "满意率", "按时", "超期", "逾期", "排名", "得分", "扣分", "约谈", "问责")
# The kinds of works (zh_projects.HEADS) whose name, by its head alone, heads the ;-part it opens (甲高铁累计完成投资…,
# 乙高速公路全线路基完成48%): roads and lines, plants and grids, water works (scope.WORK_PART_HEAD)
WORK_PART_HEAD_KINDS = ("transport", "energy", "water")
# …a preposition or a joining word before such a name makes a clause, no name (在甲高铁建设现场, 由乙电站…)
WORK_NAME_NOT_OPENING = "在由从对向把将于与和及为据经按至到"
# …heads that name a trade or a kind of power as often as a work (萍乡市光伏产业, 某县风电装机), and what after a head
# makes it the modifier of a trade, no work's name (甲光伏产业, 乙高速发展)
WORK_HEADS_OF_TRADES = ("光伏", "风电", "海上风电", "核电", "新能源", "清洁能源", "特高压", "特高压交流", "直流", "热电联产",
                        "主网架", "配电网", "管道", "通道", "城际")
WORK_HEAD_NOT_NEXT = ("产业", "行业", "企业", "经济", "发展", "增长", "领域", "板块", "集群", "装备", "制造")
# …and the heads of a facility whose figures a report gives as the place's traffic (三亚港邮轮旅客…, 某机场吞吐量: what
# PART_HEAD reads, with its own checks), not as a work's progress
WORK_HEADS_NOT_ENDING = ("站", "港", "港区", "作业区", "码头", "机场", "枢纽", "水库", "口岸")
# …words before a head that make a class of the place's works, no name (国省干线公路, 农村公路, 城市轨道交通)
WORK_CLASS_MODIFIERS = ("国省", "国道", "省道", "县道", "乡道", "干线", "普通", "农村", "城乡", "城市", "旅游", "产业", "重点",
                        "骨干", "四好", "美丽", "城际", "市域", "区域", "沿线", "新建", "在建", "续建")
# the one-character names of the provinces (and their other common ones: 蜀, 滇, 黔, 陇, 秦): a line is named by its
# ends' (京沪高铁, 湘桂赣高铁, 沪昆高速)
PROVINCE_ONE_CHAR_NAMES = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新蒙"
# A time opening a sentence part before the name it reports on (全年某某机场旅客吞吐量…).
PART_TIME_OPENERS = ("全年", "今年", "年内", "上半年", "下半年", "年末", "年底", "同期", "当年")

# The verbs that state a plan list's size in a progress report (安排新开工项目18个, 列入年度计划项目52个).
PLAN_LIST_VERBS = ("计划安排", "安排", "列入", "纳入", "确定")
# …and what the places or bodies counted do together after 共 (4个县(市)共实施项目197个)
SET_DOING_VERBS = ("实施", "谋划", "推进", "完成", "引进", "签约", "开工")
# 今年计划实施重点项目120个, 其中计划新开工项目55个: 计划 before these verbs and a count of projects says how many
# items the year's list holds (a status of the list, as 安排重点项目120个), not an intention with an amount
# (计划完成投资50亿元) or a date (计划于6月底前开工): facts._plan_list_counts
PLAN_LIST_COUNT_VERBS = ("实施", "安排", "建设", "推进", "开工", "新开工", "续建", "竣工", "建成", "投产", "签约", "储备",
                         "谋划", "实施重点", "列入")
# 按照上半年计划投资完成率60%、年度投资计划完成率120%以上的目标 / 对照全年增长8%的目标任务: a frame a goal's words open
# before the values and close after them (…的目标) states what the values are set to, a target whatever 完成 or 增长
# reads inside it (facts._goal_framed).  The openers, and the closers right after a value and its comparator.
GOAL_FRAME_OPENERS = ("按照", "对照", "朝着", "向着", "瞄准", "围绕")
GOAL_FRAME_CLOSERS = ("的目标任务", "的目标要求", "的年度目标", "的全年目标", "的目标", "的任务目标")
# A year's project list announced (今年全区安排重点项目120个,总投资860亿元,年度计划投资150亿元 / 发布2024年重点建设项目
# 清单,共1000个项目 / 安排重点储备项目45个): the verbs that announce it, the words that size it, and the words by which a
# text reports doing against it instead (完成投资, 已开工, 占年度计划, a cut-off): lists._announced_list.
# (列入/纳入 a list, 谋划, 筛选 say what a place achieved or did, no announcement)
LIST_ANNOUNCE_VERBS = ("计划安排", "计划实施", "安排", "发布", "公布", "印发", "下达", "确定", "排定", "编排", "遴选", "筛选", "选定")
# …and the words by which a plan sets out the year's list (谋划实施项目40个, 拟定重点项目30个): with those, what states a
# list a progress page may measure (facts._plan_measured_on_page)
PLAN_LIST_STATE_VERBS = ("谋划实施", "谋划", "拟定", "计划推进")
# …and the verbs by which a text names the year's programme of works it will push (2022年,全省重点推进农业水利、交通等
# 8大领域234个省列重大项目建设 / 今年全市计划推进开复工项目1500个): an announcement only in a sentence naming the year of
# writing, with nothing done reported against it (lists._announced_list)
# (2025年,全区实施自治区重点项目410项,总投资…: the year's list carried out, announced as 推进 announces it; 实施 also
# stands for 继续实施 / 将实施)
LIST_PUSH_VERBS = ("重点推进", "集中推进", "计划推进", "将推进", "实施")
LIST_NOUNS = ("清单", "名单", "计划", "盘子")  # 重点项目清单 / 重点项目名单 / 重点项目计划
# …and the headlines that name the checking or the progress (关于重点项目推进情况的督查通报, 重点项目建设进展)
LIST_CHECKING_TITLE_WORDS = ("督查", "督办", "督导", "督察", "通报", "进展", "进度", "推进情况", "完成情况", "执行情况",
                             "建设情况", "实施情况")
# 按计划完成投资 / 超计划完成 / 原计划完成: the plan named as the yardstick of a deed (figure._reports_doing), one character
PLAN_DONE_AS_MARKS = "按超原"
LIST_SIZE_WORDS = ("总投资", "计划总投资", "概算投资", "概算总投资", "年度计划投资", "年度投资计划", "计划投资", "计划完成投资",
                   "年度计划", "年度投资")
LIST_DOING_WORDS = ("完成投资", "完成年度", "完成全年", "累计完成", "已完成", "已开工", "已竣工", "已完工", "已建成", "已投产",
                    "开工率", "完成率", "竣工率", "占年度", "占全年", "形象进度", "到位资金", "序时进度", "开复工",
                    # 实施36个为民办实事项目,35个项目顺利完成,1个项目基本完成: the members reported done (确保全面完成
                    # commits: figure._reports_doing passes over a doing its own clause commits to)
                    "顺利完成", "全面完成", "基本完成", "全部完成", "圆满完成", "如期完成", "提前完成", "超额完成")

# --------------------------------------------------------------------------- bare measures of a thing (facts._things_of_bare_measures)
# 争取上级补助项目57个、资金3.9亿元 / 签约项目41个,合同金额120亿元: the money of a set of works, written bare after the
# count of the set in its sentence (the set's money: 上级补助项目资金)
SET_MONEY_MEASURES = ("资金", "总资金", "金额", "总金额", "合同金额", "合同总金额", "协议金额", "协议总金额", "协议资金",
                      "签约金额", "签约总金额", "合同资金")
# 种植蓝莓1.5万亩,产量2.3万吨 / 销售蓝莓2.1万吨、收入4.6亿元: the output or income of a crop or goods, written bare after
# the figure that names the crop by its area or the goods by their quantity (蓝莓产量, 销售蓝莓收入)
PRODUCT_YIELD_MEASURES = ("产量", "总产量", "产值", "总产值", "收入", "总收入", "销售收入", "销售额")
# the words of planting around a crop's name in its area's figure (种植蓝莓, 蓝莓种植面积): no part of the crop
CROP_AREA_WORDS = ("种植面积", "播种面积", "面积", "种植", "播种", "栽种", "新植")

# --------------------------------------------------------------------------- anaphora (facts._indicators)
# 地区生产总值增长6.5%,总量突破6500亿元: these words alone name the amount of the measure named just before.
# 数量 is the count's: 有省级园区7个,数量居全省第二 ranks the number of those parks.
# A place taken up again by its division alone (该县实现新开工项目40个 after 岚溪县…): the words before the division's character,
# and the divisions so taken up (scope._anaphor_place)
PLACE_ANAPHORS = ("该", "此")
ANAPHOR_DIVISIONS = "县区市镇乡旗州盟"
ANAPHORIC_MEASURES = ("总量", "总规模", "规模", "总额", "总值", "数量")
# A running chain of one measure (社会消费品零售总额40亿元、完成率102%、增长9%): a slot stating how much of a plan or
# target was done (完成率, 完成年度任务的…, 占年度计划…, 超序时进度) is the head's progress, never a head of its own; the growth
# after it is the head's (facts._chain_head)
CHAIN_PROGRESS_WORDS = PROGRESS_RATE_WORDS + YEAR_PLAN_NAMES + ("目标任务", "序时进度", "时序进度", "时间进度", "计划进度",
                                                               "占全年", "占年度")
# Names that hold a list's joiner of their own (the sections of the national classification of industries, and the
# like): a coordination of them is split between them, never inside one (批发和零售业、住宿和餐饮业增加值分别增长…)
JOINED_NAMES = ("农、林、牧、渔业", "电力、热力、燃气及水生产和供应业", "电力、燃气及水的生产和供应业",
                "批发和零售业", "交通运输、仓储和邮政业", "交通运输、仓储及邮政业", "住宿和餐饮业",
                "信息传输、软件和信息技术服务业", "信息传输、计算机服务和软件业", "租赁和商务服务业",
                "科学研究和技术服务业", "科学研究、技术服务和地质勘查业", "水利、环境和公共设施管理业",
                "居民服务、修理和其他服务业", "居民服务和其他服务业", "卫生和社会工作",
                "卫生、社会保障和社会福利业", "文化、体育和娱乐业", "公共管理、社会保障和社会组织",
                "公共管理和社会组织", "研究与试验发展", "研究和试验发展", "文化和旅游", "住房和城乡建设",
                "计算机、通信和其他电子设备制造业", "铁路、船舶、航空航天和其他运输设备制造业",
                "电气机械和器材制造业", "石油、煤炭及其他燃料加工业", "化学原料和化学制品制造业",
                "黑色金属冶炼和压延加工业", "有色金属冶炼和压延加工业", "酒、饮料和精制茶制造业",
                "纺织服装、服饰业", "橡胶和塑料制品业")
# 粮食播种面积、总产量: a measure's word written alone as a later item of a list, of what the first item measures
BARE_LIST_MEASURES = ("总产量", "总产值", "总收入", "总额", "总量", "规模", "单产")
# The base a growth is taken against, written after the name it measures (地区生产总值比“十三五”时期增长35%, 规上工业
# 增加值较2020年增长40%, 比上年同期增长): no part of the name (facts._fragment_free); a year or a five-year plan is read
# apart, these are the other bases, and the ends a base takes.
COMPARISON_BASES = ("上年同期", "去年同期", "上年末", "去年末", "上年", "去年", "前年", "同期", "上月", "上季度", "年初")
COMPARISON_BASE_ENDS = ("时期", "期间", "期末", "年末", "年底", "同期", "全年", "末", "底")

# --------------------------------------------------------------------------- splits (facts._carry_splits)
# 其中省级5项,概算投资60.2亿元,完成投资8.8亿元: amounts named only by one of these measure the split counted before.
# 全社会固定资产投资目标为1300亿元。1至7月,全州共完成投资861亿元: an amount done named by the bare deed (完成投资, 投资)
# in the sentence after one naming the measure of that noun (固定资产投资) is of that measure (facts._named_measure_done)
BARE_DONE_AMOUNTS = ("完成投资", "共完成投资", "累计完成投资", "已完成投资", "投资")
SPLIT_MEASURES = ("总投资", "计划总投资", "概算投资", "概算总投资", "计划投资", "年度计划投资", "年度投资计划", "完成投资",
                  "投资", "到位资金", "完成年度计划", "完成年度投资计划", "投资完成率", "年度计划",
                  "投资总额", "计划投资总额")

# 农林牧渔业总产值50亿元,其中林业3亿元: a part named only by its sector measures what the whole's name ends with, in
# the form a part takes (a part of a 总产值 is an 产值; the parts of 生产总值 are 增加值).  Longest ending first.
PART_MEASURES = {"地区生产总值": "增加值", "生产总值": "增加值", "GDP": "增加值", "总产值": "产值", "产值": "产值",
                 "增加值": "增加值", "零售总额": "零售额", "零售额": "零售额", "总收入": "收入", "营业收入": "营业收入",
                 "收入": "收入", "总支出": "支出", "支出": "支出", "进出口总额": "进出口额", "营业额": "营业额",
                 "销售额": "销售额", "出口额": "出口额", "贷款余额": "贷款余额", "存款余额": "存款余额", "税收": "税收",
                 "利润总额": "利润", "利润": "利润", "产量": "产量", "总产量": "产量",
                 # 粮食播种面积120万亩,其中小麦60万亩 → 小麦播种面积; 生猪存栏45万头,其中能繁母猪4万头 → 能繁母猪存栏
                 "播种面积": "播种面积", "种植面积": "种植面积", "建筑面积": "建筑面积", "施工面积": "施工面积",
                 "竣工面积": "竣工面积", "销售面积": "销售面积", "面积": "面积",
                 "存栏": "存栏", "出栏": "出栏", "存栏量": "存栏", "出栏量": "出栏"}

# 农林牧渔业增加值28亿元。其中,农业增长3.1% / 分行业看,制造业增长9%: the words that open the parts of a whole (a
# part named by its sector alone measures what the whole measures, PART_MEASURES).  分…看 is written out as a pattern.
PART_OPENERS = ("其中", "分产业看", "分行业看", "分门类看", "分领域看", "分类型看", "分类别看", "分品种看", "分经济类型看",
                "分所有制看", "分登记注册类型看", "从产业看", "从行业看", "分三次产业看")

# 甲市GDP达80亿元。其中,农业部分…: the word opening a sentence of the parts of the whole the sentence before
# stated (scope._whole_broken_down: the parts are of that whole's place)
WHOLE_PARTS_OPENERS = ("其中",)

# 居民人均可支配收入28000元,其中城镇36000元,农村18000元 / 恩格尔系数为31.2%,其中城镇为29.8%: the classes of residence
# statistics split a whole by (the urban-rural split); a part named by its class alone measures the whole's measure for
# the residents of that class (城镇居民人均可支配收入), and it is no place of its own
RESIDENCE_PARTS = ("城镇", "农村", "乡村", "城市")
RESIDENCE_OPENERS = ("分城乡看", "按城乡分", "从城乡看", "分城乡")
# the word naming the residents a per-head measure is of (全体居民人均…, 常住居民…): the part's class goes before it
RESIDENT_HEAD = "居民"

# 农林牧渔业总产值50亿元。农业30亿元,增长3%: a sector (a name ending in 业) given its own figure just after the whole
# is a part even without 其中; these end in 业 and are no sector.
NOT_SECTOR_WORDS = ("企业", "就业", "创业", "毕业", "专业", "事业", "物业", "作业", "营业", "行业", "产业", "职业", "学业",
                    "失业", "开业", "停业", "复业", "商业综合体", "家业", "主业", "副业")

# 完成投资85亿元,为年投资计划的80%: a share written as being (为, 相当于) a part of a whole (占 … 的)
SHARE_AS_WORDS = ("为", "相当于", "是")

# --------------------------------------------------------------------------- schedule predicates (facts)
# 建设工程12个,达到计划进度10个: a count named only by being on (or behind) schedule counts the items counted before.
PROGRESS_VERBS = ("达到", "未达到", "基本达到", "没有达到", "超过", "超额完成", "完成", "未完成", "滞后于", "滞后",
                  "落后于", "落后", "低于", "快于", "慢于")
PROGRESS_MARKS = ("计划进度", "序时进度", "时序进度", "时间进度", "进度要求", "年度计划", "节点目标", "节点要求",
                  "年度目标", "序时", "时序", "进度")

# --------------------------------------------------------------------------- generic heads (facts._named_head)
# A bare 项目 counted in a sentence (or just after one) that names what happened to the projects (某县重大项目集中
# 开工仪式举行。项目32个 / 本次集中开工共有项目32个) counts the projects of that event: 集中开工项目.
PROJECT_EVENT_QUALIFIERS = ("集中开工", "集中开复工", "集中签约", "集中竣工", "集中投产", "集中开业", "开工建设", "新开工", "开工",
                            "签约", "竣工", "投产")
# A count whose noun is only one of these (项目7项) counts the kind the sentence or the heading above names.
# Units that count people: a rate after such a count (常住人口…,出生率) is a rate of people, never one over a set of items
# (facts._set_rates).
PERSON_UNITS = ("人", "名", "户", "人次", "位", "口")
# 死亡4人 / 培训1.5万人次 / 脱贫1200户: a count of people named by a verb is named as the number of them
# (facts._people_counted); casualties after a count of events (事故3起) are those events'
PERSON_COUNT_NOUNS = {"人": "人数", "名": "人数", "人次": "人次", "户": "户数"}
EVENT_COUNT_UNITS = ("起", "次", "宗", "件")
# 督办问题46条次 / 约谈责任人120个次 / 交办事项35项次: a counter and 次, the things counted as often as they came up;
# the unit as written (条次, not 条).  Not in units.COUNT_UNITS: 3条次干道, 2个次中心 are a counter and a word with 次
TIMES_COUNTERS = ("条", "个", "项", "宗", "处", "起", "所")
CAUSATIVE_LEADS = ("造成", "导致")
# 发生一起较大事故 / 查处一起违法案件: the verbs by which a notice reports an event happening or handled; 一起 after
# them counts the one event (facts), elsewhere it is "together" (一起研究, 一起来看)
EVENT_OCCUR_VERBS = ("发生", "出现", "引发", "查处", "侦破", "破获", "处置", "处理", "查办", "立案", "办理", "受理", "接报",
                     "发现")
# 责令恢复原状1起 / 移送公安机关3起 / 立案处罚5起: what a notice did with the cases it counts in 起 (a weak unit: its
# figure is a count of cases after one of these verbs and their object, as after an event's noun)
CASE_DISPOSAL_VERBS = EVENT_OCCUR_VERBS + ("责令", "移送", "移交", "处罚", "罚款", "罚没", "拆除", "没收", "结案", "办结", "通报",
                                           "曝光", "督办", "挂牌", "约谈", "问责", "追责", "整改", "纠正", "制止", "恢复",
                                           "复耕", "复绿")
# 十二届十一次全会 / 七届十三次全体会议: a session numbered after its congress (届) or named a plenary, its 次 an
# ordinal with no 第 written (facts._meeting_ordinal), no count of meetings held
MEETING_ORDINAL_NEXT = ("全会", "全体会议", "全委会", "全委(扩大)会议", "常委会议", "常务会议", "主任会议", "代表大会")
# 死亡三人 / 受伤两人 / 致两人死亡: the casualties of an accident a safety notice reports, in words as often as in figures
# (facts._casualty_count); the verb before the count, or 致 / 造成 before it and the verb after its 人
CASUALTY_VERBS = ("死亡", "受伤", "遇难", "失踪", "被困", "重伤", "轻伤", "中毒", "溺亡")
CASUALTY_LEADS = ("致", "造成", "导致")

# 33个竣工项目完成58.6亿元 / 某某工程已完成6.7亿元: an amount after a bare 完成 where projects are spoken of is the
# investment they completed (facts._done_amount).
DONE_AMOUNT_VERBS = ("完成",)
# The adverbs that may stand before it: a sum (SUM_ADVERBS), what is already done (已 / 已经) or done in fact (实际)
DONE_AMOUNT_ADVERBS = SUM_ADVERBS + ("已经", "已", "实际")
# 交通完成594亿元,占年度计划79%: a sector named bare before 完成 in a text about investment is the sector's projects'
# investment done (交通项目完成投资)
INVESTMENT_SECTORS = ("交通", "水利", "能源", "产业", "工业", "农业", "城建", "市政", "社会事业", "民生", "生态环保",
                      "环保", "基础设施", "城乡建设", "文旅", "文化旅游", "教育", "卫生", "医疗卫生", "电力", "信息",
                      "物流", "服务业", "现代服务业", "新基建", "水务", "住建", "生态")

DONE_AMOUNT_MEASURE = "完成投资"

# 市长带领12人调研… / 代表团一行15人赴…考察: the people a leader brings (after these words) are a party's size, named by
# the party (…团, …组) or by what it came to do, + 人数 (facts._delegation).
DELEGATION_LEADS = ("带领", "率领", "带队", "一行", "率")
DELEGATION_GROUPS = ("代表团", "考察团", "调研团", "访问团", "工作组", "调研组", "督查组", "督导组", "检查组", "考察组",
                     "工作队", "服务队", "团", "组")
DELEGATION_ACTS = ("调研", "考察", "督导", "督查", "检查", "指导", "慰问", "招商", "学习", "交流", "对接", "洽谈", "观摩",
                   "参观", "走访", "拜访", "访问")
DELEGATION_SIZE = "人数"

GENERIC_HEADS = ("项目", "工程", "企业", "事项", "问题", "任务")
# The heads of a class of actors, not of one actor's name: 民营企业完成投资500亿元, 规上工业企业实现营业收入…,
# 城乡居民储蓄存款… report the place's figure split by a class (its name goes into the indicator, the subject stays
# the place); a named actor ends in its own head (某某集团, 某某有限公司, 某某项目: scope.ORG_SUFFIX).
# A class of projects named by its rank in a list (省重点工程建设项目, 全市重大项目, 县级重点项目) reports the place's
# investment, no body's: its lead (an optional level, then one of these) and its heads (PROJECT_NOUNS).
PROJECT_CLASS_LEADS = ("重点", "重大")
# A particle closing a clause right after a figure (人均可支配收入达11450元后,…; 突破百亿元之际,…) makes the clause a
# time for what follows; it names nothing the figure measures.
CLAUSE_FINAL_PARTICLES = ("以后", "之后", "后", "之际", "时")
ACTOR_CLASS_HEADS = ("企业", "市场主体", "工商户", "经营主体", "居民", "农户", "农民", "群众", "职工")
# 位于某县的某某化工企业, 某区的物流园项目: a unit or project named by where it stands (a place and 的) reports its own
# figures, not the place's; unless what follows 的 is a class of the place's units (某区的规上工业企业: the place's total).
PLACED_UNIT_VERBS = ("位于", "地处", "坐落于", "坐落在", "落户于", "落户", "扎根于", "扎根")
PLACED_UNIT_HEADS = ("企业", "公司", "集团", "工厂", "厂", "产业园", "物流园", "工业园", "园区", "基地", "合作社", "项目", "工程")
PLACED_UNIT_CLASSES = ("规模以上", "规上", "规下", "限额以上", "限上", "资质以上", "全部", "所有", "各类", "各", "重点", "骨干",
                       "中小", "小微", "民营", "国有", "外资", "外贸", "出口", "上市", "工业", "建筑业", "房地产", "高新技术",
                       "高新", "科技型", "在建", "新建", "续建", "新开工", "签约", "入驻", "入园", "招商", "公立", "私立",
                       "公办", "民办")

# The thing an action's amount is of (完成投资, 到位资金, 签约金额): a bare rate of that action after the amount is named
# with it before the action (投资完成率, 资金到位率, 金额签约率 is no word: only these)
AMOUNT_NOUNS_OF_ACTIONS = ("投资", "资金")

# An amount's name holds one of these when it says what is measured (投资, 收入); 市本级 or 省级项目 alone does not.
AMOUNT_NOUNS = ("投资", "收入", "产值", "总额", "资金", "增加值", "额", "值", "量", "费", "款", "税", "利润", "支出", "规模",
                "余额", "存款", "贷款", "成本", "价", "总量", "GDP", "债", "金", "预算", "补助", "奖励", "效益")

# --------------------------------------------------------------------------- group headings (facts._group_heading)
# A numbered run-in heading (一、产业项目。 / (二)工业项目组。) names a split of the place's figures when it ends in
# one of these: the split goes into the indicator, the subject stays the place.
GROUP_HEADS = ("项目组", "项目", "工程", "产业", "行业", "领域", "板块", "类项目", "企业", "园区")
# the head of a plan programme's name (乡村振兴示范工程): what the words before it do names a programme, no group of works
PROGRAMME_HEAD = "工程"

# --------------------------------------------------------------------------- headless measures (facts._headless_heads)
# A figure named only by one of these says how much, not of what (总投资48.5亿元, 完成投资35.9亿元, 签约额312亿元,
# 完成率86%): it measures the class the nearest head names (the label before its line's colon, the count of a class
# earlier in its sentence, the class counted in the headline it opens, the class heading over its block).  The
# qualifiers may stand before the measure (累计完成投资, 年度计划投资), a share of a whole after it (完成投资占年度计划).
HEADLESS_MEASURES = SPLIT_MEASURES + ("计划完成投资", "签约额", "签约资金", "签约金额", "协议金额", "协议总金额", "协议投资",
                                      "投资额", "完成率", "开工率", "项目个数", "个数", "项目数")
HEADLESS_QUALIFIERS = ("累计", "已", "共", "共计", "合计", "实际", "当年", "年度", "全年", "年内", "计划", "预计")
# A heading or a line's label names a class of what its figures measure when it ends in one of GROUP_HEADS or in 类
# (三、农业农村类 → 农业农村类项目: a class of projects written by its field); these open no class of their own.
CLASS_HEAD_MARK = "类"
CLASS_HEAD_NOUN = "项目"
NOT_CLASS_LEADS = ("各", "全部", "所有", "主要", "其他", "其它", "有关", "相关", "上述", "以上", "下列", "本次", "此次")

# --------------------------------------------------------------------------- ranks (facts._rank)
# 从全国第五提升到第三 / 上升到第69位: a rank moved by one of these verbs.
# the units a rank's move is counted in (上升3位, 前进2名): a change of rank, no amount
RANK_MOVE_UNITS = ("位", "名")
RANK_MOVES = ("提升到", "提升至", "上升到", "上升至", "跃升到", "跃升至", "跃居", "前移到", "前移至", "下降到", "下降至",
              "后退到", "后退至", "前进到", "前进至", "升至", "降至", "进至", "提升", "上升", "跃升", "前移", "下降", "后退",
              "前进", "进位", "退位")
# 前20强 / 前三甲: the top places named by the word after their number (a rank at most that number).
RANK_TOP_WORDS = ("强", "甲")
# 位居65位 / 排37位 / 排名全省12名 / 升至27位: a place written without 第 is a rank once a verb of standing in a ranking
# comes right before it (the place ranked in may stand between); 引进12位专家 (no such verb) stays a count of people.
RANK_PLACE_VERBS = ("位居", "位列", "名列", "排名", "排位", "排在", "排", "列", "居", "升至", "升到", "跃升至", "跃升到",
                    "上升至", "上升到", "提升至", "提升到", "前移至", "前移到", "下降至", "下降到", "降至", "降到", "后移至",
                    "后移到", "跃居", "稳居")
# 进入全国百强 / 跻身全省十强行列: a band of the top places (百强, 十强) entered is a rank within it (<=).  Only after a
# verb of standing in a ranking (RANK_PLACE_VERBS or these) with at most a scope and its set between: 百强县 / 500强企业
# (a class, an honour's name) stay no figure; nor does anything after 摆/放/作为 (摆在首位: a priority).
RANK_STAND_VERBS = ("保持", "处于", "重返", "蝉联", "进入", "跻身", "挺进", "迈入", "跨入", "入围", "晋级", "晋身", "跃入")
# 总量继续位居全国前十 / 连续四年雄踞全省第一 / 排位保持全市第二 / 排名有望升至第18位: how long, how firmly or how
# surely a body holds its place, written between what is ranked and the rank; no part of what is ranked (facts._RANK_HELD)
RANK_HELD_WORDS = ("保持", "继续", "持续", "仍然", "依然", "依旧", "始终", "一直", "有望", "再次", "雄踞", "高居", "稳居", "蝉联",
                   "处于", "稳定")
# 名次位于该序列中后三名: a verb of where a body stands written as a place's (位于 is no verb of ranking in itself: a
# bottom band closing the clause after it makes it one); 在 alone as well (两县多项指标均在后20名)
RANK_STAND_AT_VERBS = ("位于", "处在", "落在", "落入", "在")
RANK_STAND_NOT = ("摆", "放", "作为", "列为", "置于")
# (责任单位:县住建局、县发改局,排在第一位的为牵头单位) / 列在第一位的为牵头部门 / 排名第1为牵头单位: a task division's note
# on how to read its lists of units, the one written first leads; no body ranked (tasks._FIRST_LEADS reads it).  The
# roles such a note names after 为/是.
# 对…进入前5名的乡镇给予80万元奖补 / 成绩前50的选手 / 前三名的创新创业团队,优先发放: a band of top places
# qualifying a class of holders for what a policy grants, no rank anyone holds.  Holders no place can be (people,
# teams, works) make the band such a criterion wherever it stands; places and bodies only after a policy's 对/凡 or
# before what it grants them.
RANK_CRITERION_PEOPLE = ("选手", "运动员", "团队", "个人", "人员", "学生", "作品", "市局", "县局", "参赛队")
RANK_CRITERION_BODIES = ("县(市、区)", "县（市、区）", "设区的市", "设区市", "市", "县", "区", "乡镇", "镇", "城市", "单位", "企业",
                         "园区", "学校", "高校", "项目")
RANK_CRITERION_LEADS = ("对", "凡", "对于")
RANK_CRITERION_GRANTS = ("分别奖励", "分别给予", "各给予", "给予", "奖励", "予以", "优先", "可", "享受", "补助", "支持")
LISTED_FIRST_ROLES = ("牵头单位", "牵头部门", "牵头责任单位", "牵头领导", "主办单位", "主责单位", "主要责任单位", "责任主体",
                      "牵头")
# words ending in one of those verbs that rank nothing: 安排20名干部, 下列3位, 定居12名
RANK_PLACE_NOT = ("安排", "编排", "彩排", "下列", "上列", "系列", "陈列", "罗列", "开列", "定居", "聚居", "移居", "迁居")
# 在10项考核指标中,有6项…: the things a set compared is of (its size after 在 is no fact, the counts taken of it are)
COMPARED_SET_NOUNS = ("指标",)
RANK_PLACE_SCOPES = ("全省", "全国", "全市", "全区", "全县", "全州", "全盟", "全旗", "省内", "国内", "全球", "世界", "同类城市",
                     "中西部", "中部", "西部", "东部", "东北")
# 第一方阵 / 第一等次 / 第一梯队: a tier named by its ordinal is a rank.
RANK_TIERS = ("方阵", "等次", "梯队", "档次", "方队", "阵营", "名次", "档")  # 第一档 (not 第一档案馆: facts.RANK_TIER)
# 排名前五的单位为:… / 满意率位居前三的是…: top places that name a set listed after them, no rank of anyone (right
# after the top-N token, its 名/位 included).
# 后三位是… / 末五名为…: the bottom band of a ranking list, written before its set as 前 writes the top one
RANK_BOTTOM_BEFORE = ("后", "末")
RANK_SET_AFTER = ("的", "为", "是", "分别", "依次", "包括", ":", "：")

# --------------------------------------------------------------------------- ranked names (structures.find_ranked)
# 第三名:青川镇87.5分 / 排名第二的是东坡县(91分) / 西山区以88.6分位列第三 / 东坡县综合得分91分,排名第二: who holds
# a rank and a score.  The verbs placing a name at a rank:
RANKED_VERBS = ("位列", "位居", "名列", "排名", "排在", "排位", "居", "列", "排")
# How the name of a field a rank is taken in ends (居全省第十、苏北第四 / 长三角第一 / 西部片区第5位 / 全国百强县第9): a
# division, a part of a country or province, a group of places; a measure (绿色发展第5) or a time (第二季度第三) never does.
# (Read on the normalised text: a traditional page's 縣, 區, 蘇北 are matched in their simplified forms.)
RANK_FIELD_ENDS = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "国", "角", "地区", "片区", "城市",
                   "都市圈", "经济圈", "东部", "西部", "南部", "北部", "中部", "苏南", "苏北", "苏中")
# 全国百强县排名第37位, 全省县域经济综合排名第8位 in a county's text: a scope word opening a ranking's clause names the
# field ranked in, not who is ranked (the text's place); unless a wider field is named after it (全省经济总量居全国第10位,
# 全国经济总量稳居世界第二: the scope word is then who is ranked).  The moves of a rank (上升3位) and these fields:
RANK_FIELD_MOVES = ("上升", "提升", "前移", "跃升", "提高", "下降", "后移", "回落")
RANK_FIELDS = ("世界", "全球", "亚洲", "国际", "全国", "中部", "西部", "东部", "东北", "长江经济带", "黄河流域", "同类")
# …第二的是东坡县 / 第一名为青川镇: the name after the rank.
RANKED_NAME_AFTER = ("的是", "的为", "的单位是", "的单位为", "是", "为")
# 排第二位的金堂县得分92分 / 排第一位的成都市不重复 / 排第三位的德阳市和…: what may follow the name a rank qualifies
# (structures._RANK_OF; else it ran on into a longer noun).
RANK_OF_NAME_AFTER = ("不", "得分", "以", "和", "与", "及", "给予", "获", "分别", "均", "等")
# 第一名东湖区、第二名高新区分别奖励120万元、90万元 / 第八名北川县扣罚120万元: what a ranking grants its ranked bodies or
# takes from them, written before the amount (给予/予以 … and the award's noun may follow it instead: 分别给予50万元奖励):
# the ranking's decision, a commitment (target) of the ranking's year, no amount reported as paid
RANKED_AWARD_VERBS = ("奖励", "奖补", "奖", "补助", "扣罚", "罚款", "罚", "扣减", "扣除", "扣发", "扣缴", "处罚", "处以")
RANKED_AWARD_GIVING = ("给予", "予以")
# 浉河区荣获第一名 / 平桥区获第二名: a place won, written with its 名 after one of these, is a rank as 排名第一 is
RANK_WON_VERBS = ("荣获", "获得", "夺得", "摘得", "获")
# 甲县、乙县分获第二、三名 / 分列前两位: the spreading word 分别 folded into the verb of winning or holding a place
RANK_SPREAD_VERBS = ("分获", "分列", "分居")
# the words naming a score before its number (得分91分, 综合得分91分).
# …and what the name before such words ends with when it is the criterion a part score is for (满意率得分为15分,
# 办件量得分, 满意度得分), not the body scored
SCORED_CRITERION_ENDS = ("率", "度", "量")
SCORE_WORDS = ("综合得分", "考核得分", "考评得分", "测评得分", "平均得分", "总得分", "得分", "总分", "评分", "计")
# A heading or title that a ranking's lines stand under names what is ranked (关于2023年码头整治考评情况的通报 → 码头
# 整治考评) once stripped of these ends, the place, the time and 关于:
RANKING_TOPIC_CUES = ("排名", "名次", "得分", "考核", "考评", "评比", "测评", "督查", "检查", "评估", "评价", "暗访")
RANKING_TOPIC_TAILS = ("的通报", "通报", "的情况", "情况", "结果", "排名表", "排名", "名次", "一览表", "汇总表", "统计表", "表",
                      "名单", "公示", "得分", "如下", "的")
RANKING_TOPIC_HEADS = ("关于", "各乡镇", "各镇", "各县(市、区)", "各县（市、区）", "各县区", "各单位", "各部门", "全市", "全县",
                       "全区", "全州", "全盟", "全旗", "全镇", "本月", "本季度", "本次")
RANK_NOUN = "排名"
# A ranked list's heading (县区投资增速前三名: 甲县增长30%…; 规上工业增加值增速排名:第1名甲区…; 增幅居前的是:…): the words
# that rank, written after what is ranked; the list's figures measure what the heading names before them.
RANK_LIST_WORDS = ("排名", "排位", "排序", "位次", "排行")
RANK_LIST_STANDINGS = ("居前", "靠前", "居后", "靠后", "前列", "后列", "较快", "较慢", "最快", "最慢", "较高", "较低")
# the copulas between the heading and its list (前三名依次为…): those of any list, and those of an order
RANK_LIST_COPULAS = LIST_COPULAS + ORDERED_COPULAS
# 县（区）/ 各县（市、区）/ 各乡镇: the set a heading ranks, written before what is ranked
# 第一轮督察 / 第二轮省级生态环保督察 / 第三轮巡察: the kinds of campaign a round (第N轮) is of, the inspection acts and
# the party's tours of inspection (巡视, 巡察); a round opening a figure's name is the figures' time, no part of the
# measure (facts._SCOPE_QUALIFIERS)
CAMPAIGN_NOUNS = INSPECTION_ACTS + ("巡视", "巡察")
RANK_LIST_SETS = ("县（市、区）", "县(市、区)", "县（区）", "县(区)", "区（县）", "区(县)", "县市区", "县区", "区县", "乡镇",
                  "镇街", "街道", "镇（街道）", "镇(街道)", "园区", "开发区")
# what a listed place did to its figure: 甲县增长30% / 乙县下降5% / 丙县为15%
RANK_LIST_ITEM_VERBS = ("同比增长", "同比下降", "增长", "下降", "增速为", "增幅为", "增长率为", "分别为", "为", "达到", "达",
                        "以")
# 投资完成率前4名的行业是:交通76%、水利72% / 增速居前的领域为:…: the kinds of thing a ranked or selected list names its
# items as (not places), each item then measured by what the lead names
LIST_KIND_NOUNS = ("行业", "领域", "产业", "产品", "门类", "板块", "业态", "品类", "类别", "大类")
# a rank of a measure's rate of change (增速居全省第1位, 增幅位居全市第二): the word stays in the rank's name
RANKED_RATE_WORDS = ("增速", "增幅")
# 两项指标增速均居… / 上述主要指标均…: words pointing at the figures a sentence stated before a rank 均 gives them all
# (facts._ranked_figures_before): the pointer, the class of figures, the word for them
FIGURES_POINTERS = ("这些", "上述", "以上", "这")
FIGURES_POINTED_CLASSES = ("主要", "经济")
FIGURES_POINTED_NOUNS = ("指标", "数据")
# The nouns of a measure's rate of change: those short ones, the full ones of a growth (增长率, 增长速度) and the rise or
# fall of a price or a level (涨幅, 降幅).  The rules of a 分别 list's topic (facts._LIST_TOPIC), a table's growth row
# (TABLE_GROWTH_ROW_ENDS) and a bracketed list's rate (BRACKET_LIST_GROWTH_WORDS) read them.
RATE_CHANGE_NOUNS = RANKED_RATE_WORDS + ("增长率", "增长速度", "涨幅", "降幅", "减幅")
# the parts of the country a rank is taken in (居中部第一, 中西部第三, 位居西部地区前列): a scope, never the measure
RANK_REGION_SCOPES = ("中西部", "中部六省", "中部地区", "西部地区", "东部地区", "东北地区", "中部", "西部", "东部", "东北",
                      "西北", "西南", "长江经济带", "黄河流域")
# the peers a rank is taken among (居全市八县区第1位, 在全省14个市州中排名第3): a set, never the measure ranked
RANKED_SET_NOUNS = ("县市区", "县（市、区）", "县(市、区)", "县（市区）", "县(市区)", "县区", "区县", "市县区", "县市", "乡镇",
                    "镇街", "乡镇街道", "镇（街道）", "镇(街道)", "市州", "地市", "城市", "省份", "省区市", "市辖区",
                    "县(市)区", "县（市）区",
                    # a region's or a province's minority areas: its leagues and cities (盟市), prefectures and cities
                    # (州市), banners and counties (旗县区, 旗县(市、区)), each a word of its own
                    "盟市", "州市", "旗县区", "旗县市区", "旗县(市、区)", "旗县（市、区）", "旗县")
# 位列五市第二 / 居全省11市第3位: the peers counted and named by their level alone (a count before it: 市 alone is a place)
RANKED_SET_LEVELS = ("市", "县", "区", "州", "盟", "旗")
# a ranking's title that says it ranks by a score (…考评得分排名, …考核排名): the figures beside the names are scores
# a count unit that opens a word after the figure (颗粒物, 封顶, 封闭): no unit there (PM2.5颗粒物, 5号楼封顶)
# (教育厅等十二部门 / 发展改革委等9部委 / 3部署: 部 opens 部门, 部委, 部署 — bodies or a verb, no 部 of books or films)
UNIT_WORD_OPENINGS = {"颗": "粒", "封": "顶闭装堵存控锁条", "秒": "杀批", "通": "车过知报道讯行信航关畅水电气网达报",
                      "部": "门委署"}
# 平均等待时长为13秒 / 平均办理时长为2.1个工作日 / 审批周期为20天: the names of a span of time a service or a step takes;
# stated before its value (with 为, 达, 平均 …) the span is a figure, an amount of time (level), as when cut to so much
DURATION_NOUNS = ("时长", "时限", "时间", "周期", "用时", "耗时", "时效")
# what closes the view a sentence takes before 看 (从投资完成情况看, 从开工方面来看): no part of the measure
VIEW_FRAME_TAILS = ("情况", "方面", "进度", "进展")
# a view naming a rate that is no change (从投资完成率看, 从开工率看): its places' per cents are shares
VIEW_RATE_ENDS = ("率", "比重", "占比")
# the full marks of an assessment (满分为150分): the most its scheme gives
FULL_MARKS_WORDS = ("满分", "总分值", "满分值")
# the words joining a score's name to its number (考评得分为96.5分, 综合得分是90分)
SCORE_WORD_LINKS = ("为", "是", "达", "达到")
# the verbs of a scoring rule's step (每少1家扣2分、每超1天减1分): what comes before its points is no scored body
SCORE_STEP_VERBS = ("扣", "加", "减", "扣除", "计", "得", "奖", "罚")
# the words of time or scope a run of scored names may open with (本月市水务集团82.5分、…): none of the first name
SCORED_RUN_NAME_LEADS = ("本月", "本季度", "本季", "本期", "当月", "上月", "本周", "本年度", "其中")
RANKING_SCORE_CUES = ("得分", "分数", "考评", "考核", "测评", "评比", "评分")
# the words heading a list of names each with its score (考核得分为:甲县95.1分、乙县93.4分; 平均成绩排名如下:…)
SCORE_LIST_HEADS = RANKING_SCORE_CUES + ("成绩", "分值")
SCORE_NOUN = "得分"
# the last character of a body's name that opens a clause holding a rank (青川镇, 县住建局, 东坡街道, 县政务服务中心)
RANKED_BODY_END_CHARS = ("道", "心", "司", "园")
# …nor a clause opened by the set the rank is taken in (全省排名第2, 各县区中…) or by a pronoun (我县, 本市, 该局)
RANKED_NOT_BODY_HEADS = ("全", "各", "本", "我", "该", "同", "在", "省内", "市内", "县内", "国内")
# what the rank is of, between the body and the verb (青川镇综合考核位列第一, 县住建局满意度排名第二)
RANKED_WHAT = ("综合考核", "综合考评", "综合得分", "考核得分", "考评得分", "考核", "考评", "测评", "综合成绩", "得分", "满意度", "综合")
# the grade a list of names is placed in (优秀等次:岚溪县、青川镇): a rank only when written as an ordinal (第一等次).
GRADE_WORDS = ("等次", "档次", "等级", "梯队", "方阵")

# --------------------------------------------------------------------------- values (facts._find_candidates)
# A、B和C3项指标未达到序时进度: a count of named items followed by the state they are in is how many are in it, a
# status (facts._find_candidates), not a count that only enumerates them.
COUNTED_STATUS_WORDS = ("未达到序时", "未达序时", "未达到时序", "未完成", "滞后于", "进度滞后", "已完成", "已达到",
                        "达到或超过", "超过序时", "达到序时", "均已", "已全部", "未按期")
# 承办直播2期 / 举办培训班3期: a count in 期 (issues, sessions) after a verb that holds them; 二期工程 stays a name.
ISSUE_VERBS = ("举办", "承办", "开展", "开办", "组织", "举行", "播出", "推出", "刊发", "编发", "印发", "出版", "制作",
               "录制", "开设", "培训", "办", "策划", "主持")
# 经济总量突破3.25万亿 / 完成投资12.5亿: a bare 亿 after an amount of money is 亿元 (a headline drops the 元).
MONEY_AGGREGATES = ("经济总量", "地区生产总值", "生产总值", "GDP", "产值", "增加值", "投资", "收入", "营收", "销售额",
                    "总额", "资金", "贷款", "存款", "税收", "财政", "利润", "交易额", "零售额", "进出口", "成交额",
                    "融资", "消费", "营业额", "预算")
# 带动3.8万亿投资 / 新增2千亿信贷资金: the same amounts named after the bare magnitude (a money noun up to 4 characters on).
MONEY_AFTER = ("投资", "资金", "信贷", "贷款", "融资", "财政", "订单", "交易额", "成交额", "销售额", "产值", "营收")
# 督查日报31期 / 简报12期: a publication counted by its issues (期 after its name, with no issuing verb before it).
ISSUE_NOUNS = ("日报", "周报", "月报", "旬报", "年报", "简报", "专报", "快报", "通报", "通讯", "简讯", "专刊", "增刊", "内参",
               "期刊", "刊物", "信息", "要情", "专栏", "节目", "直播", "培训班", "讲座", "论坛", "沙龙")
# 推进缓慢的有3(甲项目、乙项目、丙项目) / 未完成的共2(…): a bare count after these words, its members listed in brackets.
BRACKET_COUNT_BEFORE = ("有", "为", "共", "共有", "计", "共计", "合计", "涉及", "包括")
# 猪肉价格下跌1.6% / 婴儿死亡率降至2.1‰: the verb that moves a rate, by a value or to it, says which way, not what is
# measured: off the end of the indicator (facts._indicators).  Longest first when compiled.
# 增至120家 / 扩大到150家 / 缩小至2.1: verbs moving an amount or a gap to where it stands (with 至/到 only)
AMOUNT_MOVE_VERBS = ("增加", "增", "扩大", "缩小", "收窄", "减", "减少", "达")
RATE_MOVE_VERBS = ("下降", "降低", "减少", "上涨", "回落", "下滑", "增长", "提高", "提升", "上升", "下跌", "上扬", "攀升",
                   "回升", "走低", "走高", "下调", "上调", "降", "升", "翻")
# 同比上升12% / 回落3.1% / 增加5%: verbs that only say which way a growth rate went (no part of its measure's name)
GROWTH_WAY_VERBS = RATE_MOVE_VERBS + ("增加", "增", "减")
# 全省规上工业增加值增长2.7% …… 甲市增长2.0%: the words by which a figure is written for the whole place a text speaks
# of (the whole a bare place's or time's part of a rate parts)
WHOLE_SCOPE_WORDS = ("全国", "全省", "全市", "全区", "全县", "全州", "全盟", "全旗", "全镇", "全地区", "我省", "我市", "我区",
                     "我县", "我州", "我盟", "我旗", "本省", "本市", "本区", "本县")
# 增长-2.1% / 增速为-0.5%: a minus sign after a growth word is the value's sign.
# 人口自然增长率-1.2‰ / 自然增长率为−0.5‰: a rate written right after its own name may be negative too
SIGNED_GROWTH_BEFORE = ("增长", "增速", "增幅", "增速为", "增幅为", "增长率为", "同比", "环比", "为", "达", "率")
# 下降-0.3个百分点 is rare, but a signed change is written in points of a per cent or of a per mille alike
SIGNED_POINT_UNITS = ("个百分点", "百分点", "个千分点", "千分点")
# 人口自然增长率为3.7‰ / 自然增长率-1.2‰: a population's rate of natural change (births less deaths, per thousand) is a
# rate that stands, as 出生率 and 死亡率 beside it do: a share, though its name holds 增长 (facts._measure)
STANDING_GROWTH_RATES = ("自然增长率",)
# 增加值同比11.4% / 比上年8.5% / 较去年同期-2.1%: a rate written right after the base it is compared with, without
# 增长, is the rate of change from that base (a growth), never a share.
GROWTH_BASES = ("同比", "环比", "比上年同期", "较上年同期", "比去年同期", "较去年同期", "比上年", "较上年", "比去年",
                "较去年", "比上月", "较上月", "比上季度", "较上季度")
# 出台十四条措施 / 新14条政策: the number of articles of a policy names the policy, it counts nothing done.  A policy
# issued in its clause (出台惠民生27条、稳经济15条; 出台促消费政策12条; 制定实施30条防汛避险硬措施) is named by its count of 条
# with nothing counted after it, or with its policy noun a few words on (facts._policy_articles).
POLICY_ISSUE_VERBS = ("出台", "印发", "制定", "推出", "发布", "颁布", "修订")
# 重点抓了五个方面工作 / 从八个方面明确了任务 / 4个方面21条措施 / 重点聚焦5大方面: the aspects a text parts what it says
# into are its own outline, no count of anything done
PART_COUNT_NOUNS = ("方面",)
# …but measures to remedy findings (制定整改措施35条, 制定了150条整改措施) are actions a rectification report counts
REMEDY_MEASURE_NOUNS = ("整改措施", "整改举措", "整治措施", "纠正措施", "改进措施")
POLICY_NOUNS = ("措施", "举措", "意见", "政策", "规定", "办法", "细则", "新政", "禁令", "硬招", "实招", "干货", "条例",
                "要求", "准则", "承诺", "做法")

# --------------------------------------------------------------------------- measure words (facts._measure)
# 正向拉动/负向拉动全市投资8.7个百分点: a contribution to growth is a growth.
# (下拉 / 拖累全市增速0.8个百分点: a part pulling the whole's growth down is a contribution too, NOTES; 上拉 pulls it up)
PULL_VERBS = ("拉动", "贡献", "带动", "正向拉动", "负向拉动", "下拉", "上拉", "拖累")
# 第一产业对经济增长的贡献率 / 对GDP增长的拉动: what a part gives to the whole's growth, named after 对…的
CONTRIBUTION_WORDS = ("贡献率", "贡献", "拉动", "带动", "拉动作用")
# 粮油食品类零售额 / 食品烟酒类价格 / 家具类商品零售额: what a communiqué measures of a class of goods, named after
# the first class of its sentence and left off the later ones (facts._class_items_share_measure)
CLASS_MEASURE_NOUNS = ("商品零售额", "零售额", "销售额", "商品销售额", "价格", "产值", "增加值", "产量", "投资", "出口额",
                       "进口额", "出口", "进口")
# 增速较一季度、上半年分别加快… / 增幅比1-5月、1-6月分别回落…: the rate of the figure before, named before the times it
# is compared with (lists.compared_times_lists)
COMPARED_RATE_WORDS = ("增速", "增幅", "增长速度", "涨幅", "降幅")
# 对经济增长的贡献率分别为…: the words naming a list's own measure, each part's share of a whole's growth
CONTRIBUTION_RATE_WORDS = ("贡献率", "贡献度")
# 合计增收2.5亿元 / 减收5.5亿元 / 增支: an absolute change of an amount.
DELTA_VERBS = ("增收", "减收", "增支", "减支", "增利", "减利", "多收", "少收", "净增", "净减", "净增加", "净减少",
               # 粮食增产0.94亿斤 / 减产3万吨: the harvest's change in its own unit
               "增产", "减产")
# 调减玉米20万亩 / 压减低效作物8万亩: an adjustment of a thing's amount by a quantity, a change (delta) whatever follows
ADJUST_VERBS = ("调减", "调增", "压减", "核减", "缩减", "调出", "调入")
# 增加大豆15万亩 / 扩大油料种植5万亩: a crop's or land's area moved by so much (an area, not 增加到 its new size)
AREA_CHANGE_VERBS = ("增加", "减少", "扩大", "缩小", "扩种", "增种", "减种")
AREA_UNITS = ("亩", "公顷")

# --------------------------------------------------------------------------- predicates without a noun (facts)
# 同比增长4.4%，增速比一季度提高1.3个百分点，快于全省0.7个百分点，拉动GDP增长0.1个百分点: clauses made only of these
# words (and times) say how the measure named before them changed; they do not name a measure of their own.
# …,力争达到500亿元 / …,预计达到820亿元: the commitment or estimate words that open a bare predicate (facts._indicators)
PREDICATE_MODALS = ("力争", "争取", "确保", "努力", "力求", "预计", "将", "要")
# The words of a clause that only says the measure before it reached a total or held a level (累计达到, 稳定在): the clause
# is named by that measure alone, nothing of its own added (facts._predicate_indicators), and a clause opening with
# one is a sum over the years, no figure of each year (scope._SUM_LEADS).  The sum adverbs but the bare 共: read at a
# clause's opening, 共 begins 共建 / 共享 / 共同 as often (共建产业园3个 counts what was built jointly, a figure of its own)
HELD_OR_TOTAL_LEADS = without(SUM_ADVERBS, "共") + ("稳定在", "保持在", "稳定", "保持", "稳居")
# 增长面 (the share of a set's members that grew: 40个行业中有28个实现增长,增长面为70%): a noun of its own, though it opens
# with the verb a bare growth clause is made of (facts._predicate_only); named by the set its sentence frames
GROWTH_BREADTH_NOUNS = ("增长面",)
PREDICATE_WORDS = (
    "同比", "环比", "比", "较", "与", "和", "年均", "平均", "两年平均", "三年平均", "增长", "下降", "提高", "提升", "加快",
    "放缓", "回落", "收窄", "扩大", "缩小", "上升", "上涨", "回升", "增速", "增幅", "降幅", "减幅", "涨幅", "为", "了", "分别", "均", "同期",
    "全年", "快于", "慢于", "高于", "低于", "全省", "全国", "全市", "全区", "全县", "全州", "全盟", "全旗", "正向", "负向", "拉动", "带动", "贡献",
    "持平", "实现", "达到", "达", "是", "的", "增加", "减少", "幅度", "递增", "递减", "继续", "进一步", "再", "保持",
    "大幅", "小幅", "略有", "有所", "明显", "稳步", "也", "仍", "其中", "名义", "实际", "相当于",
    # 低于全市平均水平15.7个百分点: a comparison with the average of the measure just named
    "平均水平", "水平", "平均值",
    # 与去年同期相比提高5.2个百分点: the comparison with a base period, as 同比
    "相比", "相较", "比较",
    # 较上月提高1.5个百分点: the month or quarter before is a comparison base
    "上月", "上季度",
    # 比上期通报减少5项 / 比序时进度快3个百分点 / 较年初增加: a supervision notice's bases (the last notice, the pace the
    # calendar asks for, the year's start), and how the figure moved against them
    "上期通报", "上一期", "上期", "上次", "序时进度", "时序进度", "时间进度", "年初", "快", "慢", "前移", "后移",
    # 较上月前进3位 / 比上期后退2名: a move in the ranking of the measure just named
    "前进", "后退", "进位", "退位",
    # 低于年度目标2个百分点 / 比预期目标高0.5个百分点 / 超出省定目标: the gap to a target set for the measure just named
    "年度目标", "预期目标", "目标值", "目标任务", "目标", "省定", "市定", "下达",
    # 比初步核算数增加5.6亿元: a revised figure compared with the first estimate of the measure just named
    "初步核算数", "初步核算", "初步数", "核算数", "核实数",
    # 新建5G基站2.1万个、累计达到18万个 / 连续五年稳定在300亿斤以上: the total so far, or the level held, of the measure
    # just named
    *HELD_OR_TOTAL_LEADS,
    # 比年初新增125.5亿元 / 比全国平均水平高出4.3个百分点 / 比1—8月略降0.3个百分点: how much the measure just named
    # grew or stands apart, the verbs of a change written as one word
    "新增", "净增", "高出", "低出", "略降", "略升", "略增", "略减",
    # 地区生产总值增长7%左右,力争达到500亿元 / 预计达到: the commitment or the estimate of the measure just named
    *PREDICATE_MODALS,
)
# (a share of a plan compared with the calendar's pace, zh.PACE_BASES, is the plan's completion rate, named so)
# the words that compare a figure with that pace (与序时进度比较, 比时间进度, 超序时进度, 快于序时进度)
PACE_COMPARING_WORDS = ("与", "比", "较", "超", "超过", "快于", "慢于", "高于", "低于", "超出", "落后")
PLAN_DONE_RATE = "投资完成率"
PLAN_DONE_RATE_OTHER = "完成率"  # …of a plan of anything but investment (收入, 产值)
# 整改进度快于全省平均水平,分别完成98.4%: the progress of a task, whose share done is the task's 完成率 (facts)
PROGRESS_NOUN = "进度"
# 甲市计划投资120亿元,完成65% / 已完成72% / 完成计划的60%: a share after a planned amount, said by a bare verb of doing,
# is that plan's completion rate (the words a clause of it is made of)
DONE_SHARE_LEADS = ("已", "累计", "共", "实际")
DONE_SHARE_VERBS = ("完成", "实现")
DONE_SHARE_WHOLES = ("年度计划", "全年计划", "计划", "年度目标", "全年目标", "目标", "任务", "目标任务")
DONE_SHARE_BOUNDS = ("约", "近", "达", "超过", "超")
# 但仍比时间进度慢 / 但低于全省平均 / 却比上年减少: words that turn the sentence, before a comparison
CONCESSIVE_LEADS = ("但是", "但", "仍然", "仍", "却", "还", "依然", "尚")

# --------------------------------------------------------------------------- project stages (projects)
# A project listed under a heading (一、续建项目 / (二)新开工项目 / 三、竣工投产项目) or a list lead (其中续建项目:)
# is at that heading's stage unless its own clause says otherwise.  Longest words first when compiled.
PROJECT_LIST_STAGES = {
    "续建": "under_construction", "在建": "under_construction", "新开工": "under_construction",
    "已开工": "under_construction", "开工": "under_construction",
    "计划开工": "planned", "拟开工": "planned", "计划新开工": "planned", "新建": "planned", "预备": "planned",
    "前期": "planned", "储备": "proposed", "谋划": "proposed",  # 前期: works being prepared (the lead's convention)
    "竣工": "completed", "建成": "completed", "完工": "completed", "竣工投产": "operating",
    "投产": "operating", "建成投产": "operating",
}
# A start rate (开工率) is over the set counted before, never over a part that had started already (在建项目223个,
# 竣工项目60个,开工率73.3%: the rate of the 386 projects counted before them).
START_RATE_STEMS = ("开工", "开复工")
STARTED_STAGES = ("在建", "竣工", "建成", "完工", "投产")
# Stages only projects are in (续建, 在建): a part of a breakdown named by one alone (承诺开工24项(续建15项,新建9项)) counts
# projects in that stage, whatever the whole's words (facts._headless_heads), when counted in PROJECT_COUNT_UNITS
PROJECT_ONLY_STAGES = ("续建", "在建", "新建", "新开工")
# A class of works named by its rank alone (重点建设项目, 省重点项目, 市级重大项目): the level of who lists it, the mark of
# its rank, what kind of work; a breakdown by stage (其中新建19项) counts that stage of this class (新建重点建设项目)
RANKED_CLASS_LEVELS = ("国家", "自治区", "省", "市", "州", "盟", "县", "区", "旗")
RANKED_CLASS_MARKS = ("重点", "重大")
RANKED_CLASS_KINDS = ("建设", "产业", "工业", "民生", "基础设施")
# Words opening the members a count of a list per unit counts (其中高新区4个,分别是A、B、C和D; 乙局1个,即C).
# The copulas of a list, with those naming the main members or some (主要是, 主要有, 包括) and the apposition 即.
MEMBER_LIST_OPENERS = LIST_COPULAS + ("主要是", "主要有", "包括", "即")
# A heading naming a list of projects: the stage word must stand before one of these heads (the project nouns, the first
# the head a stage of the whole is named by, and the key works' classes).
PROJECT_LIST_HEADS = PROJECT_NOUNS + ("重点项目", "重大项目")
# Events in news that set the stage of the projects they list (其中包括A、B等).
PROJECT_EVENTS = {
    "集中开工": "under_construction", "开工仪式": "under_construction", "开工活动": "under_construction",
    "开工建设": "under_construction", "奠基仪式": "under_construction", "奠基": "under_construction",
    # 举行开工庆典仪式的甲项目, 乙项目开工典礼: the ceremony of a start held, as 开工仪式 is
    "开工庆典": "under_construction", "开工典礼": "under_construction",
    # starts and completions held together (集中开竣工活动): neither stage of any one work (zh_projects.JOINT_START_FINISH_RE;
    # longer than the 竣工 in it, so it is read first)
    "开竣工": "unknown",
    "竣工仪式": "completed", "竣工": "completed", "投产仪式": "operating", "投产": "operating",
    "集中签约": "planned", "签约仪式": "planned",  # a signing is no start: the works are agreed on, planned
}
# Milestones a progress report names a project by (甲特大桥合龙, 乙铁路进入联调联试阶段, 丙核电5号机组穹顶吊装, 丁冶炼项目
# 试车点火, 戊公路获核准) and the stage each implies.  A milestone of the works (合龙, 贯通, 截流, 封顶) is reached while
# they are being built; a trial run that makes product (试车点火, 投料试产) or a first operation (投运, 投入运营, 商运)
# means the facility works; an approval (获核准, 可研获批, 完成立项) means it is decided on but not begun.
PROJECT_MILESTONES = {
    "合龙": "under_construction", "贯通": "under_construction", "联调联试": "under_construction",
    "静态验收": "under_construction", "动态验收": "under_construction", "穹顶吊装": "under_construction",
    "吊装": "under_construction", "铺轨": "under_construction", "铺架": "under_construction",
    "架梁": "under_construction", "截流": "under_construction", "下闸蓄水": "under_construction",
    # impounding begun (甲水库开始蓄水, 乙水库试蓄水): the dam holds water while the works are finished
    "开始蓄水": "under_construction", "试蓄水": "under_construction", "初期蓄水": "under_construction",
    "首次蓄水": "under_construction",
    "冷试": "under_construction", "热试": "under_construction", "装料": "under_construction",
    "联动试车": "under_construction", "单机试车": "under_construction", "浇筑": "under_construction",
    "开挖": "under_construction", "出地面": "under_construction", "出正负零": "under_construction",
    "摊铺": "under_construction", "焊接": "under_construction", "填筑": "under_construction",
    "封堵": "under_construction", "铺设": "under_construction",
    "序时进度": "under_construction", "按序时": "under_construction", "时序进度": "under_construction",
    "稳步实施": "under_construction", "有序实施": "under_construction", "顺利实施": "under_construction",
    "实施顺利": "under_construction", "推进有序": "under_construction", "推进顺利": "under_construction",
    "进展有序": "under_construction", "建设有序": "under_construction", "建设顺利": "under_construction",
    "试车点火": "operating", "点火试车": "operating", "点火投产": "operating", "投料试车": "operating",
    "投料试产": "operating", "建成投运": "completed", "投运": "operating", "投入运营": "operating",
    "试运营": "operating", "商运": "operating", "商业运行": "operating", "商业运营": "operating",
    "达产": "operating", "点火试运行": "operating", "点火运行": "operating", "点火": "operating",
    "获核准": "planned", "获得核准": "planned", "核准批复": "planned", "可研获批": "planned",
    "可研批复": "planned", "可行性研究报告获批": "planned", "可研报告获批": "planned", "初步设计获批": "planned",
    "初设获批": "planned", "初设批复": "planned", "完成立项": "planned", "获批立项": "planned", "立项批复": "planned",
}
# An approval of a project's papers by an authority (可行性研究报告获省发改委批复, 初步设计获批, 获国家发改委核准): decided on,
# not begun (planned).  The papers, and the verbs of approval after 获 and the authority.
PROJECT_APPROVAL_PAPERS = ("可行性研究报告", "可研报告", "可研", "初步设计", "初设", "项目建议书", "建设规划")
PROJECT_APPROVAL_VERBS = ("批复", "核准", "批准")
# A milestone reached after ``进入`` names a phase the works are in (进入联调联试阶段, 进入主体施工): under way.
PROJECT_PHASE_ENTRY = ("进入", "转入", "全面进入")
# 12个项目先后竣工投产 / 16个项目在3月份实现开工 / 9家企业相继签约落地: a counted noun, an adverb of how or when, and the
# stage its items reached: the count is of the 竣工投产项目 (facts._noun_after_text).  The adverbs, and the stage verbs
# (two may stand together: 竣工投产, 建成投用).
STAGE_PREDICATE_ADVERBS = ("先后", "相继", "陆续", "已经", "均已", "已", "均", "全部", "顺利", "正式", "如期", "同时",
                           "同步", "全面", "基本", "成功", "依次", "分批")
# …an adverb that says which class the items are (提前开工项目: ahead of plan) stays with the verb
STAGE_PREDICATE_KEPT = ("提前",)
# 新开工项目75个,已开工53个 / 续建项目35个全部开工建设: a count of projects whose set the next clause (or the rest of its
# own) says reached a stage, in part (已开工53个) or all of it (全部/均): the set's size, the list's year (scope)
SET_STAGE_LEADS = ("已经", "已有", "已", "实际", "目前已", "现已", "其中已")
# 建设工程31个,达到和基本达到26个 / 产业项目12个,未达到3个: how many of the set just counted are (or are not) on
# schedule by the report's cut-off (序时进度 left out after the verb): a state of progress as of then, while the set's
# count before it is the size of the year's list (scope._set_then_stage, scope._plan_list_size)
SCHEDULE_REACHED_WORDS = ("达到和基本达到", "达到或基本达到", "基本达到", "未达到", "没有达到")
SET_ALL_WORDS = ("全部", "均已", "均", "都已", "全面")
STAGE_PREDICATE_VERBS = ("开复工", "复工", "开工", "竣工", "完工", "投产", "建成", "投用", "投运", "签约", "落地", "开业",
                         "运营", "达产", "入驻", "通车", "并网", "集中开工", "集中签约", "集中竣工")
# …and the stages of works handed over or run, or of their main structure finished (某某安置房交付使用, 某某酒店投入运营,
# 某某中心主体完工), and what may follow a stage verb before its clause ends (开工建设, 建成投用, 竣工验收): the stage closes
# the clause of the work it reports on (scope.SIZE_OF_STAGED_WORK)
WORK_IN_USE_VERBS = ("投入使用", "投入运营", "投入运行", "交付使用", "主体完工", "主体竣工", "主体封顶", "开工建设", "动工")
WORK_IN_USE_TAILS = ("建设", "投用", "投产", "使用", "运营", "运行", "验收", "投运")
# 该项目于2016年立项, / 2021年3月备案,: the steps of approval a work passes before it is built, dated as its stages are
# (scope.STAGE_DATED): the day of an event told of one work, no time of what is said of it after
APPROVAL_STAGE_VERBS = ("立项", "备案", "核准", "获批", "批复")
# …and the same steps told with the act that took them and, perhaps, the authority or the papers between (可研报告
# 于2010年5月通过复审, / 2019年11月获省发改委批复, / 2018年3月取得国家发改委核准, / 经县发改局立项备案, / 完成初步设计
# 批复,): the leads of such a step, and the reviews a work's papers pass (scope.APPROVAL_DATED)
APPROVAL_STEP_LEADS = ("报经", "通过", "获得", "取得", "完成", "得到", "获", "经")
APPROVAL_REVIEW_VERBS = ("评审", "复审", "审查", "审批", "审定")
# …A、B等12个项目: the names before 等 are examples of what is counted, no part of its name (a measure verb before
# them stays: 引进了A、B等15家企业 → 引进企业)
EXAMPLES_END = "等"
# …when what is counted is a set of bodies or works (A、B等12个项目, 民政局、卫计局等9个单位); examples of a kind of
# thing (油烟、噪音等来电, 修复道路等类工单) are the kind's name and stay
EXAMPLE_ENTITY_HEADS = ("项目", "工程", "企业", "单位", "部门", "机构", "园区", "基地", "平台", "公司", "学校", "医院",
                        "乡镇", "街道", "村", "社区", "县区", "县(市、区)", "县（市、区）",
                        # …and the works and facilities a count of them names by their kind (人民路、建设路等9条断头路,
                        # 甲镇、乙镇等4家卫生院, 城北公园等3个口袋公园): each example is one of them, by its name
                        "院", "园", "路", "桥", "站", "厂", "馆", "场", "室", "堂", "中心", "小区", "驿站", "书房", "水库",
                        "隧道", "码头")
# The verbs a clause introduces the named members of a set with, before a count after 等 (开工项目包括A、B等18个): the
# member introducers, and, as the count after 等 closes the list, the wider verbs of what a set covers (涵盖, 涉及), 主要包括,
# 主要是 and the bare 有 (新签约项目有D、E等12个); and the characters that end a verb's own first half before 有 (拥有,
# 具有, 共有), which introduces no set
COUNTED_LIST_INTRODUCERS = MEMBER_INTRODUCERS + ("主要包括", "主要是", "涵盖", "涉及", "有")
# …and the totals read between 等 and that count (等共18个, 等共计18个, 等合计18个): a list's total words; 总计 and 计 are not
# read here, as they were not before the class was shared (no page read writes 等总计18个 with no noun after it)
COUNTED_LIST_TOTALS = without(LIST_TOTAL_WORDS, "总计", "计")
COUNTED_LIST_NOT_HEAD_ENDS = ("拥", "具", "没", "还", "共", "均", "都", "也", "既", "所", "仍", "另")
# 等 inside a word, not closing a list (平等, 高等, 中等, 同等, 对等; 等级, 等待, 等于, 等量)
DENG_WORD_BEFORE = frozenset("平高中同初对相上下优次均超")
DENG_WORD_AFTER = frozenset("级待于同量次额候")
# the comparison a change opens with, written right after a figure whose comma was lost (123.4亿元同比增长5.2%):
# 同比 and 比上 first (cleaner.clause_breaks looks for those before reading the pattern)
CHANGE_AFTER_FIGURE = ("同比", "比上", "环比", "比去年", "较上年", "较去年", "较上月", "比同期", "较同期")
# 占全市12个区总量的40%: the verb a share is stated with before the group its whole is of, and the words closing that
# whole (facts._share_whole_group)
SHARE_OF_VERBS = ("占", "占到", "占据", "约占", "占比")
GROUP_WHOLE_WORDS = ("总量", "总额", "总数", "总和", "合计", "的比重", "的份额", "的")
# How a topic fares, said of it before its figures (新开工项目增势迅猛，达326个; 项目建设势头强劲，完成投资…): the trend's
# aspect noun and its predicate name nothing of the figure (facts._finish_indicator).  The bare predicates are never
# words of a measure's name; the milder ones (良好, 向好, 稳健) only after an aspect noun
TREND_ASPECTS = ("发展势头", "增长势头", "势头", "增势", "态势", "势态")
TREND_PREDICATES = ("迅猛", "强劲", "喜人", "强势", "迅速")
TREND_ASPECT_PREDICATES = ("良好", "向好", "稳健", "平稳", "明显", "较好", "不减")
# words whose second character is a joiner of list items (涉及, 普及, 惠及, 波及, 危及, 参与, 共和, 温和): no join inside them
JOINER_IN_WORDS = ("涉及", "普及", "惠及", "波及", "危及", "顾及", "企及", "参与", "给与", "赋与", "共和", "温和", "暖和")
# Words that go on with a figure's clause after a blank where a comma was lost (完成1234亿元 同比增长5%): the blank
# sets no headline apart from the lead (cleaner.stray_space_edits)
FIGURE_RUNS_ON = ("同比", "环比", "比上年", "比去年", "比上月", "较上年", "较去年", "较", "增长", "下降", "增加", "减少",
                  "提高", "占", "其中", "分别", "完成", "达到", "超过", "居", "位居", "排名", "为")
# Words that introduce the items of a project list (其中, 如, 包括): never part of a name.  The member introducers, those
# opening a part (其中包括, 其中有) and those giving examples (例如, 比如, 如); not the bare 有 (有色金属产业园: a character
# of names), nor 主要是, 涵盖, 涉及 (not read here, as they were not before the class was shared)
LIST_INTRODUCERS = MEMBER_INTRODUCERS + ("其中包括", "其中有", "例如", "比如", "如")
# Place-name endings: a modifier such as 南山, 青石岭, 东湖 is a toponym, so 南山风电场 is a named project.
TOPONYM_SUFFIXES = ("山", "岭", "湖", "河", "江", "湾", "岛", "桥", "村", "镇", "乡", "坪", "塘", "溪", "峰", "洲", "坝",
                    "沟", "峡", "源", "坡", "岗", "滩", "寨", "庄", "屯", "堡", "关", "垭", "湄", "渡", "口")
# A landform's word and a point of the compass, which many places' names are made of (山东, 河南, 湖北, 岭南, 海西), read
# across a landform's name and the side of it: 李家山|西侧, 黄家山|东麓, 北湖|南岸, 大河|北段 (docregions.landform_side).
LANDFORM_CHARS = "山岭峰湖河江溪海"
COMPASS_CHARS = "东西南北"
# the part of a landform a direction names (东麓, 西侧, 南岸, 北段, 西部, 东面, 南端, 北边, 西口)
LANDFORM_SIDE_CHARS = "麓侧坡岸段部面端边口"
# last characters of what runs through several provinces in sections (黄河|河南段, 京沪高铁|山东段, 大运河|山东段,
# 经济带|江西段, 流域|山东段): before them a province's name and 段 is that province's section, not a direction's
SECTIONED_ENDS = "河江湖山海渠路道线速铁带域廊"
# The last characters of a river's or a lake's name (松花江, 白马河, 洪泽湖, 清溪, 湘水) and the words that name a part of
# a river or its basin after that name (松花江干流, 湘江流域, 白马河沿岸, 清溪上游): a division's short form spelt like a river
# (松花江 of 松花江地区) read before them is the river, no place (docregions.river_named)
WATER_NAME_ENDS = "江河湖溪川水"
RIVER_PART_WORDS = ("干流", "支流", "干支流", "流域", "沿岸", "两岸", "水系", "上游", "中游", "下游")
# Heads of the names a place's short form begins as a feature's own (洛阳桥, 南京路, 长沙街, 洛阳江): named after the
# place, they are no mention of it (docregions.feature_named)
NAMED_FEATURE_HEADS = ("大道", "大街", "大桥", "东路", "西路", "南路", "北路", "中路", "路", "街", "巷", "桥", "江", "河")

# --------------------------------------------------------------------------- comparators (facts._comparator)
# Words before a value (a hedge or bound) and right after it, by the comparator they give.
CMP_BEFORE = {
    # (≥85% / ≤5%: the signs a form or a table writes for the words; > and < are left out, for a page's markup
    # closes its tags with them right before a figure, <td>85%)
    ">=": ("不少于", "不低于", "至少", "不小于", "最少", "保持在", "达到或超过", "≥", "⩾"),
    # 占比不足20% / 完成率不到50% / 未达到40%: short of a mark, as 低于 (the contract writes no strict <)
    "<=": ("不超过", "不高于", "不多于", "最多", "低于", "控制在", "少于", "小于", "不足", "不到", "未达到", "未达", "达不到",
           "≤", "⩽"),
    ">": ("超过", "超出", "突破", "逾", "高于", "多于", "大于", "超"),
    "~": ("约为", "约", "近", "接近", "大约", "将近", "左右为", "大概", "趋近", "逼近"),
}
# 至少新建食堂15个 / 至少有8个乡镇: a bound written before the verb phrase that holds the figure bounds it as 不少于
# does right before it (SCHEMA: 至少 → >=); only where no other figure or clause mark stands between them
BOUND_OVER_VERB_WORDS = {">=": ("至少",)}
# 产值过两千亿元 / 销售收入过500万元: 过 alone right after the noun passes the figure (>), as 超过 does; after a verb it
# is the verb's aspect or its end (通过, 经过, 度过, 受过, 开展过), no bound (a regex fragment: facts._comparator and
# indicators._TRAIL read it)
PASS_MARK = r"(?<![通经超越度跨闯迈渡挺熬走看受有做开办见到去来用遇错展加])过"
# A count in Chinese numerals is a figure after a hedge or bound (近三百名代表, 逾五十家企业, 约二十名), as after a verb.
NUMERAL_HEDGES = ("近", "约", "超", "逾", "将近", "接近", "大约", "超过", "多达", "约有", "近有")
# 定格“6%左右”: what may follow a figure that a quotation holds alone (the quotation quotes the figure)
# 地区生产总值预期增长目标为6% / 固定资产投资增速目标定为8%: the change a target named after its measure is of, and the
# verb setting it (facts._TARGET_NAMED_TAIL: no part of the indicator)
TARGET_NAMED_CHANGES = ("增长", "增速", "增幅", "发展", "调控")
TARGET_NAMED_VERBS = ("定", "确定", "设定", "设为", "定在")
# …and the verbs of a change or a mark a quoted target holds before its figure (目标为“增长7.5%以上”, “保8%、争9%”)
QUOTED_FIGURE_VERBS = ("增长", "下降", "降低", "提高", "提升", "达到", "达", "突破", "保", "争", "力争", "实现", "超过", "不低于")
QUOTED_FIGURE_ENDS = ("左右", "以上", "以内", "以下", "上下", "左右的增长", "的增长")
# Words ending in an approximation character that are no approximation (签约12个项目, 最近3年, 附近2个村).
NOT_APPROX_WORDS = ("签约", "节约", "制约", "违约", "履约", "合约", "公约", "条约", "预约", "特约", "集约", "简约",
                    "最近", "附近", "邻近", "就近", "靠近", "亲近", "临近")
# …of which a verb of keeping a level within a bound (城镇登记失业率控制在3.1%): the bound of a target; reported, the level
# it was kept at (facts._kept_levels)
KEPT_AT_VERBS = ("控制在",)
CMP_AFTER = {
    ">=": ("及以上", "以上", "或以上"),
    "<=": ("及以下", "以下", "以内", "之内", "内"),
    "~": ("左右", "上下"),
    ">": ("多", "余"),
}
# 达到百亿斤 / 实现千亿元: the verbs of reaching a level that a round magnitude in one character follows as the level
# reached (facts._han_magnitude; holding it, 稳定在 / 保持在, are HELD_OR_TOTAL_LEADS)
REACH_VERBS = ("达到", "达", "实现", "为")
# 第19批 / 第3期 / 第5轮 / 第2届: the units a batch's or a session's ordinal is written with, part of a name
ORDINAL_BATCH_UNITS = ("批", "期", "轮", "届")
# Filler that may stand between a comparator and the number: 均已超过, 分别超, 累计超过.
CMP_FILLER = ("了", "均", "都", "已", "已经", "分别", "累计", "共", "各", "同比", "年均", "平均", "大幅", "均已", "全部")
# 突破百亿元大关 / 跨过万亿元大关 passes the mark (>); 迈上/跨越/站上 a 台阶 reaches it (>=).
ROUND_PASS = ("突破", "超过", "超", "跨过", "迈过", "越过")
ROUND_REACH = ("迈上", "迈入", "跨越", "站上", "跃上")
# 地区生产总值迈上千亿台阶 / 经济总量跃上千亿元台阶 / 财政收入迈过千亿大关 / 跨越5000亿元: verbs of stepping onto or past a
# mark are the predicate, never the end of the measure's name (facts._fragment_free), nor is the adverb before them.
MILESTONE_VERBS = ("迈上", "迈入", "迈过", "跨越", "跨过", "跨上", "跨入", "越过", "跃上", "跃过", "跃入", "站上", "登上",
                   "踏上", "冲上", "冲破")
MILESTONE_ADVERBS = ("首次", "首度", "历史性", "一举", "成功", "再次", "再", "率先", "正式", "顺利", "稳步", "已经", "已", "均",
                     "都", "全部", "分别")

# --------------------------------------------------------------------------- measures (facts._measure, _rank)
RANK_CONTEXT = ("排名", "排位", "排行", "排", "居", "位居", "位列", "列", "名列", "全省", "全国", "全市", "全区", "全州", "全盟",
                "全旗", "全球",
                "全世界", "省内", "国内", "同类", "榜", "挺进", "进入", "跻身", "进位", "珠三角", "长三角", "地区", "城市中",
                "并列")
# 考评获评第一等次 / 被评为第一档: a tier named by its ordinal (RANK_TIERS) that a body is awarded is its rank (NOTES: 第一等次
# → rank 1), as one it stands in (位列第一等次) is; a grade heading a list of names (第一等次:甲县、乙县) stays no rank
TIER_AWARD_VERBS = ("获评", "评为", "评定为", "确定为", "荣获", "获得", "评上", "定为")
GROWTH_VERBS = ("增长", "成长", "增速", "增幅", "下降", "降低", "减少", "提高", "提升", "回落", "上涨", "上升", "下滑", "增加",
                "回升", "涨幅", "降幅", "减幅", "下跌", "跌幅", "攀升", "上扬", "减", "增", "涨", "降", "跌", "增产", "减产")
# the last two items of a list joined by a word, not 、 (教育、医疗和养老等3个领域).
LIST_LAST_JOINERS = ("以及", "和", "及", "与", "同")
# (净增 alone counts what was added, as 新增 does: 移动电话用户净增120万户 is a count; against a base, 比上月净增加47个,
# it is a change: facts._CHANGE_FROM_BASE)
DELTA_COUNT_VERBS = ("上升", "下降", "前移", "后移", "提升", "提高", "后退", "进位", "退位", "净减少", "净减")
# 粮食播种面积45.2万亩,总产量18.6万吨 / 生猪存栏12万头,出栏20万头: a figure named by a product's measure alone (总产量,
# 出栏) measures the product the figure before it in the sentence named with another of these measures (facts._product_measures).
PRODUCT_BARE_MEASURES = ("总产量", "产量", "单产", "亩产", "总产值", "产值", "增加值", "出栏", "存栏", "出栏量", "存栏量")
PRODUCT_MEASURES = PRODUCT_BARE_MEASURES + ("播种面积", "种植面积", "面积", "总量")
# 规模以上工业企业营业收入增长5.4%,利润总额增长12.2% / 规上服务业营业收入…,营业利润…: the accounts statistics report of
# a class of units, named bare after the first of them; the class the first named is theirs too (facts._product_measures)
ACCOUNT_MEASURES = ("营业收入", "主营业务收入", "营收", "利润总额", "利润", "营业利润", "净利润", "利税", "利税总额", "税金总额",
                    "亏损额", "亏损企业亏损额", "出口交货值", "资产总计", "资产总额", "负债总额", "营业成本")
# 变压器累计生产200万千伏安 / 汽车生产1.2万辆 / 钢材累计实现85万吨: a product and a verb of making before a physical
# quantity name the product's output (变压器产量), however the verb is written
OUTPUT_VERBS = ("生产", "产出", "实现", "完成", "制造", "加工")
# the adverbs before the verb: a sum, or 全年 (全年生产钾肥700万吨: the year's whole output); 总计 is not read here, as
# it was not before the class was shared (no page read yet writes 钢材总计生产)
OUTPUT_VERB_ADVERBS = without(SUM_ADVERBS, "总计") + ("全年",)
OUTPUT_NOUN = "产量"
# the nouns of an amount made or sold over a time, whatever it is counted in (汽车产量325万辆, 手机销量1.2亿部): a level
OUTPUT_FLOW_NOUNS = ("产量", "产销量", "销量", "销售量", "生产量", "出口量", "进口量")
# …and written before the product (全年生产钾肥700万吨, 产出原煤1.2亿吨 → 钾肥产量): verbs of making only, not 完成 or 实现
OUTPUT_VERBS_BEFORE = ("生产", "产出", "制造")
# 超千亿元 / 近万场 / 逾百家 / 突破万亿: a round magnitude written as one Chinese character after a bound, in any unit a
# figure takes (facts.HAN_MAGNITUDE_RE), or with none where the magnitude is the unit (海洋生产总值突破万亿, 产值突破百亿);
# without the bound (千家万户, 万人空巷) the character is a figure only right after a verb of doing or holding
# (举办千场专业会议), as a numeral in words is
HAN_MAGNITUDE_BEFORE = {"超过": ">", "超": ">", "逾": ">", "突破": ">", "破": ">", "过": ">", "近": "~", "将近": "~", "接近": "~",
                        "约": "~"}
# 新打机井120眼 / 打井4600口 / 开设课程30门: a unit that is another word too (眼 an eye, 口 a mouth, 门 a door) counts
# where a thing it is the measure word of is named next to the figure (facts._classified)
CLASSIFIED_NOUNS = {"眼": ("井", "泉"), "口": ("井", "塘", "窖", "池", "窑"), "门": ("课程", "课", "学科", "热线"),
                    # 下发整改通知单22份 / 发出督办单15份: papers issued are counted in 份 (5份 of a document's parts
                    # alone stays none)
                    "份": ("通知单", "通知书", "督办单", "交办单", "整改单", "告知书", "决定书", "建议书", "意见书",
                          "提示函", "警示函", "问卷", "合同", "协议", "文书", "报告", "清单"),
                    # 日照时数约7800小时 / 服务时长1.2万小时: hours of a span the text names as one
                    "小时": ("时数", "时长", "工时")}
# 报告中“改革”出现42次: how often a word is written in a text is no figure of the place
WORD_COUNT_VERBS = ("出现", "提到", "提及", "被提及", "被提到", "使用", "强调")
# 突破千亿元大关 reaches an amount; in 跨越3个千亿元台阶 the milestone is one of those counted, no amount reached
MILESTONE_WORDS = ("台阶", "大关")
# 是全国首个突破12万亿元的省份: the verbs of passing a mark and the words saying who was first (facts._FIRST_TO_PASS):
# the mark is a level of the measure stated before, not a figure of the places or bodies counted after it
MILESTONE_PASS_VERBS = ("突破", "超过", "迈上", "站上", "跨上", "跨越", "跨过", "达到")
FIRST_OF_SET_WORDS = ("首个", "第一个", "首家", "唯一一个", "唯一")
# 增幅较大的有啤酒(增长30%)、汽车(增长12%): a change written in brackets after each item of a list; the item is
# measured by the measure its paragraph names before the list, or by what a class word says its items are
BRACKET_CHANGE_VERBS = ("同比增长", "同比下降", "增长", "下降", "增加", "减少", "提高", "降低", "上涨", "下跌", "增")
BRACKET_ITEM_MEASURES = ("产量", "增加值", "产值", "零售额", "销售额", "营业收入", "出口额", "进口额", "出口", "进口",
                         "投资", "营业额", "价格")
BRACKET_ITEM_CLASSES = {"产品": "产量", "行业": "增加值", "商品": "零售额"}
BRACKET_ITEM_OPENERS = ("有", "包括", "为", "是", "主要是", ":", "：")
# the units goods are made in (a weight, a volume, energy, pieces of a product), not money, area, people or time
# One-character nouns that open a clause as no name of what is measured (计3万吨 is 合计, 次 and 年 count the times)
ONE_CHAR_NOT_NAMES = frozenset({"计", "次", "年", "月", "日", "季", "倍", "量", "额", "值", "率", "数", "人", "户", "项"})
OUTPUT_UNITS = ("吨", "千克", "公斤", "千瓦时", "千瓦小时", "千瓦", "兆瓦时", "兆瓦小时", "标准立方米", "千伏安", "兆伏安", "立方米", "升", "千升", "米", "平方米",
                "标箱", "辆", "台", "套", "件", "部", "只", "艘", "架", "块", "片", "根", "台套", "箱", "双")
# livestock and poultry a farm or a slaughterhouse is sized by (年出栏10万头, 5万只蛋鸡): with the goods' and the level
# units, the physical sizes a work's name may hold (scope.SIZE_IN_NAME); the level units that size no work (an age, a
# score, a span of hours, a degree) are left out
STOCK_UNITS = ("头", "只", "羽")
NOT_PHYSICAL_UNITS = ("岁", "分", "小时", "分钟", "度", "P", "方")
# a product's name never ends in a measure's own noun (发电量完成, 货运量完成: the measure is named already)
OUTPUT_NOT_PRODUCT_ENDS = ("量", "额", "值", "率", "数", "项目", "工程", "任务", "计划", "投资", "目标")
# A title naming how a plan went (十三五规划实施情况, 中期评估, 规划执行情况的报告): no plan written on the eve of its span.
PLAN_ASSESSED_WORDS = ("实施情况", "执行情况", "完成情况", "评估", "总结", "回顾", "进展情况")
# A bare number after one of these is a statistic without unit (价格指数为100.7, 基尼系数0.32, 出生人口性别比为108.5).
STAT_WORDS = ("指数", "系数", "得分", "评分", "分值", "指标值", "均值", "浓度", "性别比", "比值")
# …and a per cent right after a coefficient's name is the coefficient's value, a level (恩格尔系数为29.3%), not a share.
COEFFICIENT_WORDS = ("系数",)
# 居民消费价格环比指数为100.2,同比指数为101.5: the bases an index is taken against, written before its head; a sibling
# written with another base and the head alone is the same index's (facts._qualified_siblings)
INDEX_BASES = ("同比", "环比", "定基")
# A price index stated in per cent is its rise (居民消费价格指数控制在3.5%以内, CPI涨3%): a growth, never a share.
PRICE_INDEX_WORDS = ("价格指数", "物价指数", "价格总水平", "物价", "CPI", "PPI")

# --------------------------------------------------------------------------- page chrome (cleaner)
# Toolbar and viewer words of government and news sites: a line made only of these (with separators and digits)
# is page chrome, not content.
# A page's promotion widget (扫码领取88元红包,100%有奖 / 打开APP领现金): a short line that offers a prize or pushes the app,
# never the document's own writing (cleaner._line_class; regex fragments)
PAGE_AD_MARKS = ("领取?[^,，。;；]{0,8}红包", "抢红包", "有奖", "抽奖", "中奖率", "立即领取", "免费领取", "点击领取", "扫码领",
                 "下载APP", "打开APP", "APP内打开", "下载客户端", "打开客户端", "领现金", "优惠券", "现金奖励",
                 # …or pins the site to the desktop (添加某某网到电脑桌面 / 安装后可以在桌面快捷访问)
                 "添加[^,，。]{0,12}到(?:电脑)?桌面", "^(?:电脑)?桌面$", "桌面快捷(?:访问|方式)")
# A gambling or betting site's brand a link farm injects into pages (OD体育, KY娱乐官网, XX棋牌APP): Latin letters and one
# of these words, glued into a headline or after a figure (301.74亿元OD体育).  Words a facility goes on with (体育馆,
# 体育场, 体育局, 娱乐场所) are left alone.
SPAM_BRAND_WORDS = ("体育", "娱乐", "彩票", "棋牌", "电竞", "真人", "博彩", "赌场")
SPAM_BRAND_TAILS = ("官方网站", "官网", "网站", "平台", "入口", "登录", "注册", "在线", "APP", "app")
SPAM_BRAND_NOT_BEFORE = "馆场局课赛会运产事中公彩节"
PAGE_CHROME_WORDS = (
    '下载', '打印', '打印本页', '打印此页', '打印文章', '打印本文', '关闭', '关闭窗口', '关闭本页', '返回', '返回顶部', '回到顶部', '返回首页', '返回列表', '顶部',
    '分享', '分享到', '一键分享', '收藏', '加入收藏', '收藏本页', '设为首页', '转发', '评论', '我要评论', '点赞', '纠错', '我要纠错', '字号', '字体', '默认',
    '大字版', '长者模式', '关怀版', '无障碍', '无障碍浏览', '繁体', '繁體', '简体', '简体版', '繁体版', 'English', '登录', '注册', '退出', '搜索', '检索',
    '高级搜索', '站内搜索', '首页', '上一篇', '下一篇', '上一页', '下一页', '尾页', '末页', '扫一扫', '扫码', '微信扫一扫', '手机扫一扫', '扫一扫在手机打开当前页',
    '在手机打开', '用手机看', '微信', '微博', 'QQ', 'QQ空间', '新浪微博', '腾讯微博', '人人网', '豆瓣', '朋友圈', '微信好友', '二维码', '网站地图', '本站地图', '站点地图', '联系我们',
    '关于我们', '阅读全文', '查看原文', '展开全文', '收起', '更多', '放大', '缩小', '重置', '保存', '复制链接', '链接', '转第', '页', '保留字段信息', '正文阅览',
    '全文阅览', '视力保护色', 'A+', 'A-', '大', '中', '小', '字号大', '字号中', '字号小', '字号:大', '浏览', '来源网站', '导航', '栏目导航', '主菜单', '菜单',
    '全部', '收藏本站', '投稿', '订阅', 'RSS', '手机版', '客户端', 'APP', '页面宽度', 'px', '回上一页', '回上页', '回首页', '友善列印', '列印', '分享至',
    '字级', '网站导览', '跳到主要内容', '跳到主要内容区块', ':::', '小', '中', '大', '特大', '语音播报', '朗读', '听全文', '智能问答', '我要提问', '留言',
    # a WeChat article's head and tail
    '阅读原文', '在看', '点赞', '点击蓝字', '点击上方蓝字', '关注我们', '关注该公众号', '关注公众号', '微信扫一扫关注该公众号',
    '长按识别二维码', '扫码关注', '喜欢此内容的人还喜欢', '写留言', '赞', '推荐', '投诉',
)

# A forum thread's furniture around a reposted notice (regex fragments, matched at a line's start): the poster's panel
# (• TA的每日心情, 签到天数: 120 天, [LV.7]…) and the post's own head (发表于 2024-10-12 | 只看该作者, 电梯直达).  Such a
# line is never the headline (meta); the counters' lines (查看: 1520|回复: 3, 楼主) are FORUM_COUNTER_WORDS' (cleaner).
FORUM_CHROME_MARKS = (r"[•·]?\s*TA的每日心情", r"签到天数", r"\[LV\.\d+\]", r"发表于", r".{0,20}只看该作者", r"电梯直达",
                      r"显示全部楼层", r"倒序浏览", r"阅读模式", r"跳转到指定楼层")

# An e-paper's page furniture (数字报, 电子报): the page shown and the links to the others.  A line made only of these,
# an edition mark (第A03版, 02版) and the page's column name (要闻) is chrome, never the document's headline.
EPAPER_WORDS = ('当前版', '版面导航', '上一版', '下一版', '上一期', '下一期', '版面概览', '本版导航', '本版新闻', '本版标题',
                '标题导航', '往期报纸', '往期查阅', '报纸目录', '返回目录', '返回版面', '版面目录', 'PDF下载', 'PDF版', '电子版',
                '数字报', '看版面', '按日期查阅', '日期查阅', '本期目录')
EPAPER_COLUMN_MAX = 8  # characters of the column name an edition mark may carry (第A03版:要闻, 02版 县域经济)

# A photo's caption (图为岚溪县…现场。 / …施工现场(记者 某某 摄)): it shows a picture, it is never the headline or the
# lead a title is read from.  The words opening one, and the credit words closing one.
PHOTO_CAPTION_HEADS = ("图为", "图片为", "上图为", "下图为", "上图", "下图", "左图", "右图", "题图", "配图", "图片", "图")
PHOTO_CREDIT_WORDS = ("摄影", "摄", "供图", "图片来源", "图源")
# Who signs a news item or a photo (记者 某某, 通讯员 某某 摄): a name follows
PRESS_ROLES = ("见习记者", "特约记者", "摄影记者", "记者", "通讯员", "实习生")
# A stock picture's credit (…风光 视觉中国 资料图): the line is its caption, never a headline.
PHOTO_STOCK_CREDITS = ("资料图", "资料照片", "视觉中国", "东方IC", "图虫创意", "新华社发")
# A news page's labels of its headlines (原标题:…, 引题:…): what follows is a headline, the label names no measure.
HEADLINE_LABELS = ("原标题", "副标题", "主标题", "引题", "标题")
# The suffixes a county's or a city's short name drops (仁寿 for 仁寿县, 彭山 for 彭山区): a zone named after it
# (仁寿高新区, 彭山经济开发区) is rooted in that name.
SHORT_NAME_SUFFIXES = ("县", "区", "市", "旗")
# Words ending in 村 that name no village (农村, 行政村, 贫困村): a village at a clause's head is a name of 2-4 characters
# ending in 村 that is none of these and does not open with a scope or class word.
NOT_VILLAGE_WORDS = ("农村", "乡村", "全村", "各村", "该村", "本村", "每村", "个村", "行政村", "自然村", "建制村", "贫困村",
                     "示范村", "重点村", "试点村", "中心村", "空心村", "新农村", "美丽乡村", "城中村", "移民村", "旅游村",
                     "专业村", "明星村", "文明村", "先进村", "后进村", "软弱涣散村", "出列村", "脱贫村", "易地搬迁村")
# …and what such a village does or has, within a few characters after its name (上坪村建成…, 溪口村村集体经济收入…)
VILLAGE_VERBS = ("建成", "发展", "实现", "完成", "新增", "收入", "接待", "种植", "养殖", "引进", "流转", "培育", "打造", "创建",
                 "累计", "共", "签约", "开工", "投资")
VILLAGE_NOT_OPENING = ("全", "各", "该", "本", "每", "个", "等", "其", "有", "在", "对", "把", "将", "为", "从", "向")
# A text speaking as a 市 that reaches its towns directly (全市12个镇处, 各乡镇人民政府) and names no counties under it is a
# county-level city's: a prefecture named in it (根据省、黄冈市的统一部署) is its superior, not the text's place.
TOWNS_UNDER_SPEAKER = ("各乡镇", "各镇", "乡镇街道", "乡镇(街道)", "乡镇（街道）", "镇处", "镇街道", "各镇街", "镇(街道)",
                       "镇（街道）", "乡镇、街道")
COUNTIES_UNDER_SPEAKER = ("各县", "县(市、区)", "县（市、区）", "县(区)", "县（区）", "县市区", "县区", "区县", "各区")
# 根据省、黄冈市的统一部署 / 按照眉山市委要求: a place whose directive the text follows (a lead word before it, a
# directive's noun after it) is whom the text answers to, no subject of the figures that follow.
DIRECTIVE_LEADS = ("根据", "按照", "遵照", "依据", "落实", "贯彻")
DIRECTIVE_NOUNS = ("部署", "要求", "安排", "精神", "指示", "批示", "通知")
# A named area over several divisions (成渝地区双城经济圈, 长江中游城市群, 川南经济区, 粤港澳大湾区) ends with one of these;
# a text that speaks as no division and names such an area again and again (a joint project list, a joint plan) is
# about the area.
AREA_HEADS = ("经济圈", "城市群", "都市圈", "经济带", "经济区", "大湾区", "一体化发展示范区")
# …and a slogan names it after the verb of what is done for it (共建某某经济圈, 推动某某城市群建设): no part of its name
AREA_LEAD_VERBS = ("共同建设", "合力建设", "共建", "共推", "推动", "推进", "建设", "打造", "融入", "助力", "服务", "携手")
# …or is one of the few areas over several provinces named by their own word (长三角, 京津冀; 长三角地区 is the word and
# a region's noun): a joint plan of the area speaks as it, not as the nation it names for comparison
AREA_NAMES = ("长三角", "珠三角", "京津冀", "粤港澳", "成渝", "北部湾", "海峡西岸")
# A place named as a reference, not as who acts: the object of a verb of positioning, learning or joining (立足四川,
# 融入成渝, 对标深圳, 学习浙江经验, 争当全市排头兵, 向深圳看齐, 以杭州为标杆), the place a strategy, a layout or a model is
# named after (四川"一干多支"发展格局, 浙江"千万工程"经验, 眉山南部增长极), or a place inside a slogan's quotation
# marks ("融入成都、对接重庆").  Such a place is never the speaker of a text nor the subject of the figures after it.
REFERENCE_VERBS = ("立足", "融入", "主动融入", "对标", "对表", "对接", "学习", "借鉴", "复制", "推广", "看齐", "比肩", "赶超",
                   "追赶", "争当", "争做", "争创", "打造", "承接", "接轨", "服从", "服务于", "参照")
# 省发改委督查组对某县…进行督查 / 国家发改委检查组到某县检查 / 某省审计厅调研组赴某区调研: the place naming the body that
# checks or visits, before one of these words and another place in its clause and the act after it, is who looks, not
# whose figures the text gives (the place checked or visited is).
# (the verbs of going to a place, GO_TO_VERBS, and the preposition 对 of the place a check is done on)
VISITED_BEFORE = GO_TO_VERBS + ("对",)
# …and the body that checks or visits, named after its place before the visit in its sentence (某省发改委副主任带领
# 督查组一行,对某县…进行督查)
CHECKING_BODIES = ("督查组", "督导组", "检查组", "调研组", "考察组", "稽察组", "巡查组", "考核组", "评估组", "工作组", "督查室",
                   "委", "厅", "局", "政府")
# The acts of that visit: an inspection (INSPECTION_ACTS), a visit that inspects nothing (调研, 考察, 视察, 观摩), or an
# audit or appraisal held on the spot (审计, 考核, 评估)
VISIT_ACTS = INSPECTION_ACTS + ("调研", "考察", "视察", "观摩", "审计", "考核", "评估")
# a visit to learn from what is shown (观摩, 参观): the sites it went to, counted, are no figure of anyone (an inspection's
# count of what it checked is: 检查项目15个)
LEARNING_VISIT_ACTS = ("观摩", "参观")
# 根据湖南省地区生产总值统一核算结果,我市… / 经青川市统计局审定,全区…: a wider place named as the source of the figures
# (its accounting, its statistics bureau's review) is who counted them, not whose they are; so is a body whose news a
# report passes on (据省商务厅消息:上半年甲县…: the office told it, the county acts).
SOURCE_OPENERS = ("根据", "依据", "据", "经", "按照", "按")
SOURCE_ACTS = ("核算", "反馈", "审定", "核定", "认定", "测算", "评估", "统计局", "统计部门", "调查队", "消息")
# the bodies that count a place's figures (四川省统计局, 国家统计局眉山调查队, 四川调查总队), and what they are said to do with
# them when they open a sentence (四川省统计局数据显示, 四川省统计局反馈,全市…): named so, the body is the source
SOURCE_BODIES = ("统计局", "统计部门", "调查总队", "调查队")
SOURCE_REPORTS = ("数据显示", "统计显示", "显示", "发布", "公布", "反馈", "通报", "核定", "审定", "核算")
# the rank of a division by the last character of its name or of a scope word (全省 1, 全市 2, 全县 3, 全镇 4)
LEVEL_RANKS = {**SPEAKER_LEVELS, "镇": 4, "乡": 4}
# 向深圳看齐, 以杭州为标杆: a place between these words is the model
REFERENCE_FRAMES = (("向", ("看齐", "学习", "靠拢")), ("以", ("为标杆", "为榜样", "为样板", "为目标", "为参照")))
# 与东山县相比 / 同全省比较 / 与比拼对象东山县比 / 较邻县高: a place a figure is compared with is a benchmark, not whose
# figure it is.  Before the place: a preposition of comparison, or one of company with a benchmark's noun between (…对象);
# after it (a few characters on): the verb of comparison, or for 较/比 the direction of the difference.
COMPARISON_BENCHMARKS = ("比拼对象", "对标对象", "赶超对象", "竞争对手", "对手")
COMPARISON_VERBS = ("相比", "相较", "比较", "对比", "比")
COMPARISON_DIRECTIONS = ("高", "低", "快", "慢", "多", "少")
# 排名全市第四,位居甲区、乙市之后 / 仅次于甲区: the places a rank is placed against are benchmarks too
COMPARISON_RANK_BEFORE = ("位居", "位列", "排在", "排名", "居于")
COMPARISON_RANK_AFTER = ("之后", "之前", "后面", "前面")
COMPARISON_NEXT_TO = ("仅次于", "次于", "落后于", "领先于")
# 增速高于甲市(-0.7%)、乙市(1.0%),低于全国(4.1%): the places an unequal comparison sets the text's figure against, each
# with its own figure in brackets or none; they are benchmarks, never the text's own place (docregions.listed_member)
COMPARISON_BENCH_VERBS = ("高于", "低于", "快于", "慢于", "优于", "好于", "差于", "领先于", "落后于", "仅次于", "次于")
# 加快推进甲市某某基地、乙工厂升级、丙县某某产业园等重大项目: the heads of a named work a place opens, as an item of a list of
# examples 等 closes; the place names the work, it is no place the text speaks of (docregions.listed_member)
LISTED_WORK_HEADS = tuple(dict.fromkeys(SIZED_WORK_HEADS + PROJECT_FACILITY_HEADS + PROJECT_ANAPHOR_HEADS + (
    "园", "平台", "枢纽", "港", "站")))
# …but a place right before a bare class of works names its own works, no work (甲县项目、乙县项目等: the county's)
# a wider division's list or programme of works (某市重点项目, 某省重大项目, 某市民生实事): in a lower division's text it
# classes that division's own works (facts._without_superior_lists)
SUPERIOR_LIST_WORDS = ("重点项目", "重大项目", "重点工程", "民生实事")
PLACE_WORKS_CLASSES = ("项目", "工程", "园区", "园", "平台", "中心", "重点项目", "重大项目")
# …and the nouns a list of examples closed by 等 names its items by when they are works (等重大项目, 等12个项目, 等一批工程)
LISTED_WORKS_NOUNS = ("项目", "工程")
# the times and adverbs a clause may open with before the place that acts in it (今年甲县新建…, 其中乙县…)
ACTOR_LEAD_WORDS = ("其中", "同时", "此外", "另外", "目前", "当前", "今年以来", "今年", "去年", "明年", "全年", "年内",
                    "上半年", "下半年", "近年来", "近期", "日前", "近日", "而", "并", "还", "也")
# …and a place and 比 before a time compare the place with its own past (甲县和乙县比上年分别增长…): both act
COMPARED_TIMES = ("上年", "去年", "前年", "同期", "上期", "年初", "上月", "上季", "上半年", "一季度")
# what a place heads when it names a reference (四川"两区"战略定位, 浙江经验): after a quoted name or a few characters
REFERENCE_HEADS = ("战略定位", "发展定位", "发展格局", "战略格局", "发展战略", "发展大局", "一体化", "增长极", "排头兵",
                   "领头雁", "经验", "模式", "样板", "标杆", "榜样", "桥头堡", "后花园", "副中心",
                   # a bloc of places named after its core city (大南昌都市圈, 长株潭城市群, 成渝地区双城经济圈): the bloc,
                   # which a county joins or serves, is no text's own place
                   "都市圈", "城市群", "经济圈", "经济带")
# A notice's addressee line (各省、自治区、直辖市人民政府,新疆生产建设兵团: / 各县(市、区)人民政府,市直各单位: / 县直各部门:)
# opens with one of these: it names who reads the notice, not whose figures follow.
ADDRESSEE_OPENERS = ("各", "省直", "市直", "州直", "县直", "区直", "旗直", "中央和国家机关", "国务院各", "有关")
# …and ends with a colon; it holds only bodies, no figure and no sentence (its longest form: many parts in one line).
ADDRESSEE_LINE_MAX = 100
# A short line ending in what a photo shows (…标准化厂房项目建设现场。, 城南新区一角, 园区全景) is its caption too.
PHOTO_SCENE_ENDS = ("现场", "一角", "全景", "鸟瞰图", "鸟瞰", "航拍图", "远眺", "近景", "掠影", "剪影", "效果图", "实景图")
PHOTO_SCENE_MAX = 45  # characters of such a caption
# The kinds of official documents a document's name ends with (…督查情况通报, 政府工作报告, 统计公报, …实施方案, …发展规划,
# 工作要点, …任务清单): the rules of a headline's genre word (meta: TITLE_GENRE_ENDS), of a document a lead says was
# issued (OFFICIAL_DOC_GENRES) and of a title in the official form 关于…的 (OFFICIAL_TITLE_GENRES) read them, each with
# words of its own.
DOC_GENRE_WORDS = ("通报", "通知", "公报", "公告", "通告", "报告", "意见", "方案", "规划", "计划", "决定", "办法", "纲要", "清单",
                   "要点")
# The genre word a document's headline ends with: a short line ending in one below a title-like line is the end of a
# headline broken over two lines (…国民经济和社会发展 / 统计公报).  The kinds of documents, and what a report's headline
# ends with though it names no document issued (…推进情况, 工作总结); not 名单, 细则, 规定 (not read here, as they were not
# before the class was shared)
TITLE_GENRE_ENDS = DOC_GENRE_WORDS + ("情况", "总结")
# A newspaper's name heading its e-paper page (青川日报, 岚溪晚报数字报): the site, not the headline.
NEWSPAPER_NAME_ENDS = ("日报", "晚报", "早报", "时报", "商报", "都市报", "数字报", "电子报", "电子版", "报社")

# 【图】甲县上半年完成投资45亿元 / [视频]… / …集中开工(图): a page's tag of the media its item carries, at the head or
# the end of a headline; page chrome, no part of the place or the measure it is glued to (cleaner.text_noise)
MEDIA_TAG_WORDS = ("图", "组图", "多图", "图文", "图集", "视频", "音频", "高清", "直播", "快讯", "专题", "独家", "原创")

# The label a page sets before a text's summary or its opening (核心阅读:, 导读:, 内容提要:, 编者按:): no words of the
# lead it stands before (meta: a headline-less text's title is its lead's gist)
LEAD_LABEL_WORDS = ("核心阅读", "内容提要", "内容摘要", "导读", "摘要", "提要", "编者按", "编者的话")
# A page's counters (浏览次数：1234次, 阅读：56): the label, a colon and a number are page furniture wherever they stand.
PAGE_COUNTER_WORDS = ("浏览次数", "阅读次数", "点击次数", "访问次数", "浏览人次", "点阅次数", "浏览量", "阅读量", "点击量",
                      "访问量", "点击数", "阅读数", "浏览数", "浏览", "阅读", "点击", "访问", "人气", "热度",
                      "点击率")  # (点击率:4021次: a counter a portal labels a rate)
# A forum's member card and thread header (主题 2万 帖子 3万 积分 15万 / 查看: 1234 | 回复: 12): a line of only these
# words and numbers (or a number's line beside such a word's line) is page chrome (cleaner).
FORUM_COUNTER_WORDS = ("主题", "帖子", "回帖", "积分", "精华", "听众", "收听", "粉丝", "关注", "好友", "金钱", "威望", "贡献",
                       "金币", "在线时间", "阅读权限", "最后登录", "注册时间", "日志", "相册", "回复", "查看", "楼主", "沙发",
                       "板凳", "发帖", "UID")
# The labelled fields of an article's own dateline under its headline (发布时间:2025-04-09 来源:县发改局): a line opening
# with one of them is the page's dateline, never a link of a list above it.
DATELINE_FIELD_LABELS = ("发布时间", "发布日期", "发表时间", "更新时间", "信息来源", "文章来源", "稿件来源", "来源", "作者",
                         "日期", "时间")
# The labels of a page's foot block, who edited, checked and may be written to (编辑:某某, 责任编辑:, 一审:, 投稿:,
# 监督:): a date standing after them closes the page (when it was printed or crawled), not the text (context).
PAGE_FOOT_LABELS = ("责任编辑", "值班编辑", "网络编辑", "编辑", "责编", "审核", "校对", "一审", "二审", "三审", "初审", "终审",
                    "复审", "监制", "统筹", "排版", "美编", "编审", "投稿", "监督", "纠错")
# A line that is only a column's or collection's name and how many articles it holds (督查通报（3篇）, 工作动态12篇)
# is a link of the site's; a verb of writing or issuing makes it a figure (印发督查通报3篇).
ARTICLE_COUNT_UNITS = ("篇",)
# 《纲要》共十二篇五十章 / 规划全文分为8篇: the parts a document is laid out in are its structure, no figure
# (facts._TEXT_PARTS); the document is named before them by its title's close or its genre
TEXT_PART_UNITS = ("篇",)
TEXT_PART_DOCS = ("》", "纲要", "规划", "报告", "全文", "方案", "意见", "文件", "办法", "条例", "白皮书")
TEXT_PART_VERBS = ("共分为", "共分", "分为", "共计", "共", "分", "包括", "由", "含", "计")
WRITING_VERBS = ("印发", "发表", "编发", "刊发", "出版", "撰写", "报送", "编印", "刊登", "采用", "录用", "上报", "形成",
                 "完成", "发布", "起草", "制定", "出台", "下发", "转发", "编辑", "收集", "征集", "获", "被", "评为")

# --------------------------------------------------------------------------- a derived title's gist (meta)
# A lead's clause opening with one of these frames what follows (围绕年度目标任务, 坚持把项目建设作为…, 以…为抓手,
# 在县委县政府的坚强领导下, 为加快推进…): it is no part of what the text reports, and no title.
LEAD_FRAMING_WORDS = ("紧紧围绕", "围绕", "紧扣", "始终坚持", "坚持", "聚焦", "立足", "按照", "根据", "依据", "着眼",
                      "抢抓", "锚定", "牢牢把握", "深入贯彻", "认真贯彻", "全面贯彻", "贯彻落实", "为了", "为", "以")
# 在县委县政府的坚强领导下 / 在…过程中: a clause of circumstance frames what follows as well (its last words).
LEAD_CIRCUMSTANCE_ENDS = ("领导下", "指导下", "支持下", "带动下", "推动下", "过程中", "背景下", "基础上", "之际")
# A statistics office's release on how the economy ran (前三季度,全市地区生产总值…) that stands without a headline is titled
# 〈place〉〈period〉经济运行情况 (meta._run_report_title): the indicators its opening reports (the whole economy's; an
# industry-only release, 规模以上工业增加值 alone, is 工业经济运行情况), and the characters of those words a text in
# traditional script writes otherwise.
ECONOMY_RUN_INDICATORS = ("地区生产总值", "生产总值", "GDP", "第一产业增加值", "第三产业增加值", "社会消费品零售总额")
INDUSTRY_RUN_INDICATORS = ("规模以上工业增加值", "规上工业增加值", "工业增加值")
RUN_REPORT_TITLE = "经济运行情况"
RUN_REPORT_INDUSTRY = "工业"
EVENT_LEAD_ENDS = ("举行", "召开", "开幕", "闭幕", "启动")  # a lead reporting an event: the event is its title
RUN_TITLE_TRADITIONAL = {"经": "經", "济": "濟", "运": "運", "况": "況", "业": "業"}
# A progress report on a division's key projects (某县重点项目, 省市重点工程项目, 县级重大建设项目) that stands without a
# headline is titled as such reports are: 〈place〉〈period〉〈the projects〉建设进展情况 (meta._progress_report_title). The
# levels that may qualify the projects (省市县重点项目, 省、市重点工业项目), the words naming them, and the words of
# progress in money or starts that make the opening a progress report.
PROGRESS_PROJECT_LEVELS = ("省市县", "省、市、县", "省市", "省、市", "省、州", "州、县", "盟、旗", "市县", "省级", "市级", "县级", "区级",
                           "州级", "盟级", "旗级")
PROGRESS_PROJECT_KEYS = ("重点", "重大")
PROGRESS_PROJECT_KINDS = ("工业", "产业", "建设", "工程", "")
PROGRESS_PROJECT_NOUNS = ("项目", "工程")
PROGRESS_REPORT_VERBS = ("完成投资", "累计完成", "完成年度", "投资完成率", "开复工", "开工率")
PROGRESS_REPORT_TITLE = "建设进展情况"
# A body's summary of a year's work that stands without a headline is titled 〈year〉年(度)工作总结 (meta._year_summary_title):
# the words by which its opening looks back over the whole year (一年来, 全年共…), and the summary's own formula
# 现将2031年度工作情况汇报如下 (the verbs before 如下).
YEAR_SUMMARY_LOOKBACK = ("一年来", "过去的一年", "过去一年", "全年共", "全年累计")
YEAR_SUMMARY_VERBS = ("汇报", "总结", "报告")
YEAR_SUMMARY_TITLE = "工作总结"
# A model-text site's line introducing the text it offers (以下是小编收集的…,供您参考): the site's, no lead
MODEL_SITE_INTRO_WORDS = ("小编", "供大家参考", "供您参考", "仅供参考", "欢迎阅读", "希望对你有帮助", "希望对您有所帮助")
# 现将有关情况通报如下: the text is the genre the word before 如下 names, on the matter the lead says was looked into.
NOTICE_GENRE_CUES = ("通报如下", "报告如下", "通知如下", "公告如下", "通告如下")
# A news headline broken over two lines at its predicate (岚溪县前三季度重点项目⏎完成投资58亿元): the words its second
# line may open with, what the subject on the first line did (meta._split_headline).
HEADLINE_PREDICATE_STARTS = ("完成", "实现", "达到", "突破", "增长", "同比", "超额", "超过", "位居", "稳居", "跻身", "领跑",
                             "开工", "复工", "竣工", "签约", "投产", "建成", "获批", "入选", "跑出", "迈出", "再创",
                             "创新高")
# …and the words a site's column ends with (县域动态, 政务要闻): a column's name over a headline is no subject of it
COLUMN_NAME_ENDS = ("动态", "要闻", "新闻", "快讯", "资讯", "专题", "公告", "信息", "头条", "聚焦", "速递")
# A lead reporting that a body issued a document (市政府办公室印发《关于…的通报》, 发布了《…公报》): the verbs of issuing and
# the genres an official document's name ends with; on a page without a headline, the document named is its title.
ISSUING_VERBS = ("印发", "发布", "下发", "公布", "出台", "发出", "通报")
# …after which the document is the ground or the start of what the lead reports (印发《…方案》以来, …后, …要求)
CITED_DOC_AFTER = ("以来", "之后", "后", "要求", "精神", "部署", "规定", "的要求", "的精神", "有关")
# (the kinds of documents, and the lists and rules issued: 名单, 细则, 规定)
OFFICIAL_DOC_GENRES = DOC_GENRE_WORDS + ("名单", "细则", "规定")
# A title in the official form 关于…的通报 / …的通知 / …的督查通报 (meta.RE_OFFICIAL_TITLE): the kinds of documents but those
# of a plan or a bulletin (公报, 规划, 计划, 纲要, 清单, 要点: not read here, as they were not before the class was shared),
# and the correspondence between offices (批复, 请示, 函) and rules (规定) titled so
OFFICIAL_TITLE_GENRES = without(DOC_GENRE_WORDS, "公报", "规划", "计划", "纲要", "清单", "要点") + ("批复", "请示", "函", "规定")
# …对全县重点项目推进情况开展专项督查: what a notice reports on is the object of these verbs: the inspection acts, the
# reviews of work by its results (调度, 考核, 评估), the pressing of a matter (督办) and a visit to learn from it (观摩)
# (meta.RE_INSPECTED)
INSPECTION_VERBS = INSPECTION_ACTS + ("调度", "考核", "评估", "督办", "观摩")

# --------------------------------------------------------------------------- tables written as text (structures)
# A project list pasted as text, its columns set apart by blanks: the header row names its columns with these words.
TABLE_HEADER_WORDS = ("序号", "编号", "项目名称", "名称", "项目", "建设内容", "建设内容及规模", "建设规模", "主要建设内容",
                      "建设地点", "建设性质", "建设年限", "建设起止年限", "总投资", "计划总投资", "年度计划", "年度计划投资",
                      "计划投资", "完成投资", "累计完成投资", "完成", "完成率", "形象进度", "进展情况", "责任单位",
                      "牵头单位", "备注", "地区", "单位", "指标", "指标名称")
# A column whose cells are amounts of money: its head names investment, funds or output.
MONEY_COLUMN_WORDS = ("投资", "资金", "金额", "产值", "收入", "总额", "计划", "完成", "到位")
MONEY_UNIT_END = "元"  # 元, 万元, 亿元, 万美元: the units of money
# A money column headed by a bare word (年度计划, 1-6月完成) measures investment in a project list: 年度计划投资.
BARE_MONEY_HEADS = ("年度计划", "计划", "完成", "累计完成", "已完成", "实际完成", "计划完成", "预计完成", "本年计划",
                    "当年计划", "年度完成", "本年完成")
MONEY_COLUMN_NOUN = "投资"
# The words of a column naming an amount of money (完成投资, 到位资金, 奖补金额): a table with one measures that money,
# and a notice's matter read from a title without 关于…的 or from its preamble is no topic of its bare columns
# (总投资, 完成率: facts._table_values)
AMOUNT_COLUMN_WORDS = ("投资", "资金", "金额", "产值", "收入", "总额")
# The row adding the others up: no project of its own.
TABLE_TOTAL_ROWS = ("合计", "总计", "小计", "共计", "全县合计", "全市合计", "全区合计")
# …and the row of an index's whole under a heading naming the index (居民消费价格指数(上年同月=100) over 总指数 100.6)
INDEX_TOTAL_ROWS = ("总指数", "总水平", "总体")
# 全州 / 全市合计 / 全省总计: a row labelled by the whole of the document's place adds the others up too.
TABLE_WHOLE_ROW_PREFIX = "全"
TABLE_WHOLE_ROW_LEVELS = ("省", "市", "州", "县", "区", "盟", "旗", "镇", "乡")
# A table's first column when its rows are measures, not places or units (指标 | 绝对值 | 增长): the row's label
# then names what is measured and the column how (增长 → growth).
TABLE_INDICATOR_HEADS = ("指标", "指标名称", "主要指标", "分类", "类别", "行业", "产业", "分行业", "分产业", "项目类别",
                         "类型", "项目类型", "项目分类",
                         "分类指标", "指标项目")
# the word a label column's header may write after its class word (分类名称, 行业名称): it names the same column
NAME_HEAD_SUFFIX = "名称"
# A count column of the list a progress table tracks (项目个数 beside 1-9月完成投资): the year's list, not the months'.
TABLE_LIST_COUNT_WORDS = ("项目",)
# A sub-row's mark before its label (其中:城镇, #男性): the label is the class after it.
TABLE_SUBROW_MARKS = ("其中:", "其中：", "其中", "#", "＃")
# The measures a statistics communiqué's table splits into classes (居民消费价格指数 by 衣着 / 食品烟酒, 农产品产量 by
# 粮食 / 油料, 户籍人口 by 城镇 / 男性): under such a caption the rows are classes, not bodies or projects.
TABLE_CAPTION_CLASS_MEASURES = ("价格指数", "指数", "产量", "人口", "播种面积", "面积", "从业人员", "户数", "价格")
# A label column's head whose rows are classes of what the table's caption measures (项目 over 衣着 / 食品烟酒 under
# 居民消费价格指数), not bodies, when a caption names that measure.
TABLE_CLASS_ROW_HEADS = ("项目", "分类", "类别", "品种", "组别", "分组", "产品", "产品名称")
# A table's caption (表3 2026年岚溪县居民消费价格指数, 2025年末户籍人口及构成) names what its rows are classes of; these
# words around that measure say nothing of it.
TABLE_CAPTION_TAILS = ("及其增长速度", "及增长速度", "及其增速", "及增速", "及其增长率", "及增长率",  # (before 构成, 表…)
                      "及其构成", "及构成", "构成", "完成情况", "情况", "统计表", "一览表", "汇总表", "表", "统计", "分布",
                      "变动", "结构", "涨跌幅度", "涨跌幅", "比上年", "比上月")
TABLE_CAPTION_CLASS_HEADS = ("主要", "各类", "各", "分")
# The doing a notice's table caption names after what it counts (信访件办理情况, 交办件处理情况, 问题整改进展): no part
# of the thing its columns count (信访件, 交办件, 问题)
CAPTION_DOING_TAILS = ("办理", "处理", "受理", "查处", "整改", "落实", "推进", "进展", "办结")
# The ends of a line written as a table's caption (甲州重点项目推进情况表, 各县区信访件办理情况, …考评得分统计): a
# caption whose bare columns (奖励金, 办结率) take what it names (facts._table_topic); a headline over a table is none
TABLE_TOPIC_CAPTION_ENDS = ("表", "情况", "统计", "汇总", "一览")
# The matter a notice without 关于…的 in its title or its preamble (现将督查情况通报如下, 有关情况通报) names when it names
# only the doing or nothing of its own: no topic of its table's columns
NOTICE_GENERIC_MATTERS = ("有关", "相关", "具体", "上述", "督查", "检查", "督导", "督办", "考核", "考评", "暗访", "巡查",
                          "核查", "抽查", "调度", "评比", "工作", "整改", "进展", "结果")
# The measure word a caption ends in, joined to a row's class (衣着 → 衣着价格指数, 粮食 → 粮食产量, 城镇 → 城镇人口);
# longest first.
TABLE_CAPTION_MEASURES = ("价格指数", "播种面积", "增加值", "销售额", "零售额", "营业额", "客运量", "货运量", "用电量",
                         "发电量", "进出口", "指数", "产量", "人口", "面积", "产值", "收入", "支出", "投资", "总额", "价格",
                         "余额", "人数", "户数", "数量", "存款", "贷款")
# A table of an index (居民消费价格指数, 上年=100): a cell near 100 is the index's level, not a growth.
INDEX_WORDS = ("指数",)
INDEX_LEVEL_RANGE = (50.0, 200.0)
# An age in these units bounds a class of people (0-17岁, 60周岁及以上) when written as a band or a row's label.
AGE_UNITS = ("岁", "周岁")
AGE_BOUND_WORDS = ("以上", "以下", "以内", "及以上", "及以下")
# 预期寿命达到80岁以上 / 提高到78岁: an age a measure reaches, no bound of a class of people
AGE_REACHED_VERBS = ("达到", "达", "到", "至", "为", "超过", "超", "突破")
# A column named by the things it counts (签约项目, 新开工项目, 规上企业): its bare figures are counts.
TABLE_COUNTED_COLUMN_ENDS = ("项目", "企业", "户", "人")
# A column of a notice's table named by what was done to the cases it counts (12345热线 over 按时办结 | 超时办结 | 未办结,
# 受理 | 转办): its bare whole figures are counts of cases, as 办结数 would be.
TABLE_HANDLED_COLUMN_ENDS = ("办结", "受理", "转办", "交办", "签收", "回复", "答复", "回访", "退回", "催办", "督办", "结案",
                             "立案", "办理", "转派", "派遣", "反馈")
# A column counting things (项目个数, 受理量, 件数, 总数目) takes the count unit of a 单位:个、亿元 line.
COUNT_COLUMN_ENDS = ("个数", "数量", "数目", "数", "量", "件数", "户数", "人数")
# A measure row counting things (企业单位数 | 4326 | 5.5 under 单位:个、万元 beside 工业总产值 | 309748): a statistics
# table's units line listing a count unit and an amount unit names its rows' units, a count row the count unit.
TABLE_COUNT_ROW_ENDS = ("单位数", "企业数", "项目数", "个数", "家数", "户数", "人数", "件数", "项数", "所数")
# A column counting things named by the thing's word (项目个数 | 计划投资 under 单位:亿元): its figures are counts in the
# unit the word gives, never in the money unit the table's units line states for its other columns.
TABLE_COUNT_COLUMN_UNITS = (("项目个数", "个"), ("项目数量", "个"), ("项目数", "个"), ("企业个数", "个"), ("个数", "个"),
                            ("件数", "件"), ("家数", "家"), ("户数", "户"), ("人数", "人"))
# A label column's head over rows that are classes of things (类别 | 项目个数 | 计划投资 | 完成投资 over 工业项目 /
# 基础设施项目): a column naming a measure of its own gives the class's measure (工业项目完成投资); rows under 指标
# are measures themselves, what a column names of them is how they are taken.
TABLE_CLASS_LABEL_HEADS = ("分类", "类别", "项目类别", "类型", "项目类型", "项目分类", "行业", "分行业", "产业", "分产业", "项目",
                           "品种", "组别", "分组", "产品", "产品名称")
# A column of rates (完成率, 占比, 形象进度) without a unit of its own is in per cent.
RATE_COLUMN_ENDS = ("率", "比重", "占比", "比例", "进度", "增速", "增幅", "增长", "同比", "同比增长", "比上年增长")
# A column of figures with a sign of change: its cells are growth rates when in per cent.
GROWTH_COLUMN_WORDS = ("增长", "增速", "增幅", "同比", "比上年", "增减", "环比")  # (环比: against the month before)
# A change column's name ending so gives an absolute change of the row's amount (比年初增减额 | 比上年增加 in 亿元): a
# delta, where 增长 / 同比 in 亿元 would still be read as the row's amount.
TABLE_CHANGE_AMOUNT_ENDS = ("增减额", "增减", "增加额", "减少额", "增减量", "增量", "增加", "减少", "增额")
# A change column's base that is the year's start (3月末 | 比年初增减额): its change covers the months from January.
TABLE_SINCE_YEAR_START = ("比年初", "较年初", "比上年末", "较上年末", "比上年底", "较上年底")
# A column naming the end of the bulletin's own month (本月末 | 比年初增减): a balance at that moment.
TABLE_MONTH_END_HEADS = ("本月末", "当月末", "本期末", "月末")
# A column of the base a change is taken against (1-4月 | 上年同期 | 增长(%)): last year's figures, no time of the table's.
# A column of what was done (截至2023年底累计完成投资, 已完成投资): reported, whatever the table plans beside it; not
# when the column names a plan (计划完成, 预计完成).
TABLE_DONE_HEADS = ("截至", "截止", "已完成", "累计完成", "实际完成")
# …and the bare 完成 of a year's column beside the year planned (指标 | 2024年完成 | 2025年目标, 上年完成数 | 今年计划): what
# that year reached, the plan's base; read only where the column names no plan (TABLE_PLANNED_HEADS: 计划完成, 预计完成)
TABLE_DONE_WORDS = TABLE_DONE_HEADS + ("完成",)
TABLE_PLANNED_HEADS = ("计划", "预计", "目标", "力争", "预期")
# A column of an indicator table stating what the year was set to reach (序号 指标名称 单位 年初目标 全年完成数 over
# 地区生产总值增速 % 6.5 6.8): its figures are the year's commitments (targets), those of the columns beside it what was
# reached.  Matched by how the column's name ends, its unit cut off.
TABLE_TARGET_COLUMN_ENDS = ("目标", "目标值", "预期目标", "预期值", "预期", "目标任务",
                            # (指标 | 年度计划 | 全年完成 / 项目 | 任务数 | 完成数: the plan or the task a column states
                            # beside what was done is the year's commitment as a target column is)
                            "计划", "计划数", "计划值", "任务数", "目标数", "年度任务", "全年任务")
# …not when a word before it measures what was done against it (完成年度计划, 占全年任务, 超计划, 比计划)
TABLE_TARGET_COLUMN_NOT_AFTER = ("完成", "占", "为", "超", "比", "较", "按")
# A row of an indicator table named as a rate of change (地区生产总值增速, GDP增长率(按可比价格计算), 居民消费价格涨幅):
# its per cents are growth, whatever its columns are called (年初目标 | 全年完成, 1-3月).
TABLE_GROWTH_ROW_ENDS = RATE_CHANGE_NOUNS + ("增长",)  # (the nouns of a rate of change, and the bare 增长)
# 截至上年底累计完成投资: a column of what was done by the end of last year (its time is last year's end, named as such,
# not a time of this year's moved back a year as 1-4月上年同期 is); 截至 opens a column of what was done by a time.
TABLE_LAST_YEAR_END_HEADS = ("上年底", "上年末", "去年底", "去年末")
TABLE_UP_TO_HEADS = ("截至", "截止", "截止到", "截至到")
TABLE_BASE_TIME_HEADS = ("上年同期", "去年同期", "上年同月", "去年同月", "上年同季", "上年")
# The column of a statistics table that states each row's unit of measure (指标 | 单位 | 1-9月 | 同比增长(%) over
# 粮食 | 万吨 | …): never the label column (单位 first names the bodies the rows are about).
TABLE_UNIT_COLUMN_HEADS = ("单位", "计量单位", "计算单位")
# A header's sign of change before its per cent written without brackets (同比±%, 比上年±%): read as 增减.
TABLE_CHANGE_SIGNS = ("±", "+/-", "+-")
# A change column's cell may write its change in words before the figure (同比增加1.2个百分点, 比上年下降3.5%): the
# figure is the cell's, the words say how it was taken against what.
TABLE_CELL_COMPARED = ("比上年同期", "较上年同期", "比去年同期", "较去年同期", "比上年", "较上年", "比去年", "较去年",
                       "同比", "环比", "比上月", "较上月")
TABLE_CELL_CHANGES = ("增加", "减少", "增长", "下降", "提高", "降低", "上升", "回落", "上涨", "下跌")
# A column naming how its figures are taken, not what they measure (指标 | 绝对额 | 增速): the row's label or, over rows
# of places, the table's caption names the measure (各县(区)固定资产投资完成情况 → 固定资产投资).
TABLE_GENERIC_MEASURE_HEADS = ("绝对额", "绝对值", "绝对数", "总量", "总额", "数值", "数量", "金额", "完成额", "完成值",
                               "完成数", "完成", "实绩", "实际完成", "累计", "本年累计", "累计完成", "合计", "增减", "增减额")
# A class row's measure when its parent row's measure is a whole of parts measured otherwise (地区生产总值 over 1.农业:
# the sectors' 增加值 add up to it; 社会消费品零售总额 over 其中:城镇 → 城镇零售额).
CLASS_PART_MEASURES = (("生产总值", "增加值"), ("GDP", "增加值"), ("零售总额", "零售额"))
# A row naming an industry (第二产业, 工业, 批发和零售业, 其他行业: the 业 of a sector) right under a row of the GDP is
# one of the parts it adds up from, marked as a sub-row or not; words ending in 业 that name no industry:
NOT_INDUSTRY_ENDS = ("企业", "就业", "创业", "失业", "从业", "毕业", "营业", "事业", "专业", "作业", "物业", "学业", "职业",
                     "产业链", "行业协会")
INDUSTRY_END = "业"
# A caption naming a set of measures, none of them (主要经济指标, 经济运行数据): no class row's measure.
TABLE_CAPTION_NO_MEASURE_ENDS = ("指标", "数据")
# A column of the year so far beside the month's (本月 | 累计 | 累计增长(%)): January to the month the table is of.
# A column naming only the time its figures are compared with (比上年同月 | 比上年同期): the month's own growth, and the
# growth of the months so far beside it.
COMPARED_TIME_HEAD_VERBS = ("比", "较", "与", "对比")
COMPARED_TIME_HEAD_TIMES = ("同月", "当月", "同期", "累计", "同期累计")
COMPARED_SO_FAR_TIMES = ("同期", "累计", "同期累计")
TABLE_CUMULATIVE_HEADS = ("累计", "本年累计", "年初累计", "自年初累计", "1-本月", "1至本月", "年初至本月")
# A share column's name (占全市比重, 占比, 比重) says of what only through the caption's measure.
TABLE_SHARE_HEADS = ("占", "比重", "所占比重")
# A label column's word naming the aspect its rows class things by (诉求渠道, 事项类别, 办理状态): what comes before it
# is the thing the table counts (诉求, 工单), whose class each row is.
TABLE_CLASS_ASPECT_ENDS = ("来源", "类型", "类别", "分类", "渠道", "方式", "状态", "性质", "种类", "形式")
# A row naming a collective of the text's own level or the level below (各县(区)及园区, 市直部门, 各乡镇, 区直部门):
# no one place or body.  The level's character opens it (各 before it) and one of these goes on.
TABLE_COLLECTIVE_NEXT = ("直", "级", "本级", "及", "和", "与", "、", "(", "（")
# A label column of people (姓名 | 得分): their rows are whom the figures are about, no classes.
TABLE_PERSON_HEADS = ("姓名", "名字", "人员", "责任人", "负责人")
# A label column's word ending so holds firms or works by their names (企业 | 产量 over 青川化工, 重点项目 | 完成投资):
# no classes, however short a name.
TABLE_FIRM_HEAD_ENDS = ("企业", "公司", "集团", "项目", "工程", "学校", "医院")
# Ends of a row's name that name one thing of its own (a project, a work, a school): no class of what is counted.
TABLE_OWN_NAME_ENDS = ("项目", "工程", "学校", "小学", "中学", "幼儿园", "医院", "卫生院", "园区", "基地", "站", "场", "厂",
                       "馆", "桥", "路", "街", "广场")
TABLE_CLASS_LABEL_MAX = 8  # characters of a class's name (政务服务网站, 意见建议类): a longer row names a thing of its own
# A column naming nothing but the share (占比, 比重): the share of the figure the row gives before it.
TABLE_BARE_SHARE_HEADS = ("占比", "比重", "所占比重", "占比(%)", "比重(%)")
TABLE_GROWTH_HEAD_TAIL = "增长"  # 同比增长, 比上年增长: a growth column's name ends so
# An upper cell of a two-level header naming the time of the columns under it (本月 | 累计 over 绝对额 | 增长(%)).
TABLE_TIME_GROUP_HEADS = ("本月", "当月", "本季", "当季", "累计", "本年累计", "年初累计", "自年初累计", "本期", "上年同期",
                          "本年", "全年")
# The two-level header's upper cell over several columns (投资情况(亿元) over 年度计划, 1-9月完成).
TABLE_GROUP_HEAD_ENDS = ("情况", "其中", "构成", "质量", "成效")
# A cell written for an empty one in a column of figures.
TABLE_EMPTY_CELLS = ("/", "-", "—", "——", "－", "无", "")
# A plan's main-indicator table (主要指标 | 单位 | 2020年 | 2025年 | 年均增长/累计 | 属性): its last column's word, and the
# words its cells write there, one a row (a table written one cell a line is cut into rows at them).
PLAN_TABLE_LAST_HEADS = ("属性", "指标属性", "指标性质", "性质")
PLAN_TABLE_ATTRIBUTES = ("预期性", "约束性", "预期", "约束")
# A plan table's cell written as a bound or an estimate (>2.8 / ≥60 / <5.5 / 6左右): its comparator.
PLAN_CELL_COMPARATORS = {">": ">", "＞": ">", "≥": ">=", "⩾": ">=", "<": "<=", "＜": "<=", "≤": "<=", "⩽": "<=",
                         "约": "~", "左右": "~", "以上": ">=", "以下": "<=", "以内": "<=",
                         "不低于": ">=", "不少于": ">=", "不超过": "<=", "不高于": "<=", "控制在": "<="}
# A plan table's cell of its column of changes written with words (累计达到800, 累计新增30): a sum over the plan's years,
# as a bracketed one is.
PLAN_CELL_SUM_WORDS = ("累计达到", "累计达", "累计新增", "累计完成", "累计")
# A plan table's column of changes over the plan's years (年均增长 / 累计 / 五年累计): a bracketed cell there ([20])
# is a sum over the years, a bare one a yearly average rate.
PLAN_SPAN_COLUMN_WORDS = ("年均", "累计", "五年")
# …the words of such a column that give a yearly average (年均增长, 年均增速): in any table whose columns give two years
# or more, the average runs over the years after the first of them up to the last (structures.span_columns).
PLAN_SPAN_AVERAGE_WORDS = ("年均",)
# A plan table's column naming its indicators (指标 / 指标名称), and the column of classes its rows fall in (类别 /
# 领域: 经济发展, 民生福祉), written once over each class's rows or as a row of its own spanning the table.
PLAN_TABLE_INDICATOR_HEADS = ("指标", "指标名称", "主要指标", "具体指标", "指标名", "指标内容", "二级指标")
# …and how a longer header of that column ends (规划指标体系, 经济社会发展指标, 主要指标名称)
PLAN_TABLE_INDICATOR_HEAD_ENDS = ("指标", "指标体系", "指标名称")
PLAN_TABLE_CLASS_HEADS = ("类别", "分类", "领域", "类型", "指标类别", "一级指标", "维度", "方面")
# The lower cells of a plan table's header written in two levels (2025年 over 目标值 | 年均增长): other words a header
# of a plan table writes besides its years, its changes and the columns above.
PLAN_TABLE_SUB_HEADS = ("目标值", "目标", "预期值", "预期目标", "规划值", "规划目标", "基期值", "基数", "现状值", "现状",
                        "实际值", "完成值", "增速", "年均增速")
# A plan table's column of where its rows stand now or stood in the base year (现状值, 基期值, 2022年实际, 某县现值):
# its figures are actuals (of the base year it names, else of the document's year), the columns after it the targets.
# Matched by how the column's name ends, its unit cut off.
PLAN_BASE_COLUMN_ENDS = ("现状值", "现状", "基期值", "基期", "基数", "基准值", "基准年", "现值", "实际值", "完成值", "实际",
                         "实际数")
# Other cells a statistics table writes where it gives no figure: elided (…), not applicable, no change (持平: the row's
# growth is no figure of its own).
TABLE_PLACEHOLDER_CELLS = ("…", "……", "...", "--", "－－", "—-", "×", "x", "持平", "不适用")
# A table row naming a rate (城镇登记失业率, 第三产业比重): its figures are in per cent whatever the rows above are in.
TABLE_RATE_ROW_ENDS = ("率", "比重", "占比", "比例", "增速", "增幅")
# The label column of a table's header (单位 | 受理量 | …, one cell a line): where the header starts.
TABLE_LABEL_HEADS = ("单位", "责任单位", "承办单位", "部门", "地区", "区域", "县(市、区)", "县（市、区）", "县市区", "县区",
                     "市(州)", "市（州）", "市州", "乡镇", "乡镇(街道)", "乡镇（街道）", "镇街", "街道", "社区", "村",
                     "项目名称", "名称", "指标", "指标名称", "主要指标")
# A header cell ending so names the label column too (单位名称, 县直部门, 所在乡镇).
TABLE_LABEL_HEAD_ENDS = ("单位", "部门", "名称", "地区", "区域", "乡镇", "街道", "县区", "市州", "社区", "村")
# The row-number column: a table written one cell a line opens every row with the row's number.
TABLE_SERIAL_HEADS = ("序号", "编号")
# A column of ranks (排名 | 单位 | 得分, 综合排名, 名次): each cell is its row's rank, unit as written (none).
TABLE_RANK_COLUMN_ENDS = ("排名", "名次", "位次", "排序", "排位")
# a first column whose rows are years (年份 | 地区生产总值 / 2019 | 1500.2): its cells are the rows' times, no figures
TABLE_YEAR_ROW_HEADS = ("年份", "年度", "年别", "年", "年次", "时间")
# A column of scores (得分, 综合得分, 考核分数, 总分, 考评成绩): each cell is its row's score, in 分 when the column's
# word writes it and says no other unit; a column of 成绩 writes none: its scores have no unit.
TABLE_SCORE_COLUMN_ENDS = ("得分", "分数", "总分", "评分", "分值", "积分", "考核分", "考评分", "测评分", "成绩")
TABLE_SCORE_UNIT = "分"
# A column of text in a ranking table (扣分原因, 存在问题, 备注, 等次): its cells are prose or words, no figures.
TABLE_TEXT_COLUMN_ENDS = ("原因", "问题", "情况", "备注", "等次", "等级", "措施", "说明", "内容", "扣分项")
# --------------------------------------------------------------------------- a table's frame: what its columns say
# A progress table written as text (序号 | 项目内容 | 当前进度 | 责任单位) is read by its header once: the column stating
# what is to be done (its figures are the year's targets), the column stating what has been done (actuals), and the
# columns of who, when and which row (no figures).  A header cell is matched by how it ends, after its unit is cut off.
TABLE_PLAN_COLUMN_ENDS = ("内容", "目标", "任务", "目标任务", "年度目标", "年度任务", "计划任务", "实事", "民生实事",
                          "实事项目", "事项", "工作事项", "建设规模", "规模", "任务指标", "目标值", "计划目标")
TABLE_PROGRESS_COLUMN_ENDS = ("进度", "当前进度", "进展", "进展情况", "完成情况", "推进情况", "落实情况", "办理情况",
                              "实施情况", "工作进展", "形象进度", "进度情况", "建设进度", "完成进度", "执行情况",
                              "整改情况", "整改进展", "序时进度", "完成率", "完成比例")
# the columns of who answers for a row and by when: their cells hold names and dates, never a fact
TABLE_OWNER_COLUMN_ENDS = ("单位", "部门", "领导", "责任人", "联系人", "负责人", "牵头人", "经办人")
TABLE_TIME_COLUMN_ENDS = ("时限", "时间", "期限", "完成时限", "办结时限", "时间节点", "起止年限", "建设年限")
# a row's name (项目名称): figures in it are parts of a name (年产10万吨饲料项目), the frame says nothing of them
TABLE_NAME_COLUMN_ENDS = ("名称",)
# a column of projects headed by the bare word (项目 | 建设性质 | 总投资): its cells are the projects' names
TABLE_PROJECT_NAME_HEADS = ("项目", "工程项目", "项目名", "工程名")
# a column saying where a row's project stands besides its progress (建设性质 续建 / 新开工 / 前期, 项目状态)
# a list's column of notes, which a list written one cell a line fills with its rows' stage (续建 / 新开工 / 前期)
TABLE_NOTE_HEADS = ("备注",)
TABLE_STAGE_COLUMN_ENDS = ("性质", "建设阶段", "项目阶段", "状态", "项目类别", "项目类型")
# A progress cell's rate with no name of its own (完成率83%) is the rate of the row's item; the words a cell may name
# a rate by, longest first.
TABLE_PROGRESS_RATES = ("形象进度", "完成进度", "完成率", "开工率", "到位率", "办结率", "进度", "完成")
TABLE_PROGRESS_RATE_DEFAULT = "完成率"
# the deeds a task table's row opens with (建成投用…等3家中心敬老院, 打通…等9条断头路): the task's verb (longest first)
TASK_CELL_VERBS = ("建成投用", "开工建设", "改造提升", "提升改造", "新建改建", "建成", "投用", "打通", "新建", "改建", "扩建",
                   "续建", "建设", "改造", "完成", "实施", "新增", "整治", "修缮", "创建", "打造", "培育", "安装", "配备",
                   "提升", "开工")
# Separators of a header and its rows written as text: tab, bar, the enumeration comma (one row per line).
TABLE_CELL_SEPARATORS = ("\t", "|", "｜", "、")

# Other header cells naming a measure, beside rates and counts (投资额, 增加值, 人次).
MEASURE_COLUMN_ENDS = ("额", "值", "次", "件", "金", "资", "率", "量", "数", "面积", "里程", "产量")
# A figure line's words before the value (地区生产总值 / 56.2亿元 / 增长6.5% / 占比8.2%).
FIGURE_LINE_CUES = ("同比增长", "比上年增长", "较上年增长", "同比下降", "比上年下降", "较上年下降", "增长", "下降", "增加", "减少", "提高", "降低", "占比", "比重",
                    "占")
# A figure line's word that names nothing of its own: it measures the label line above it (第一产业 / 占比8.2%).
FIGURE_LINE_BARE_SHARES = ("占比", "比重", "占")

# --------------------------------------------------------------------------- a ranked list's group (facts)
# The words that open a list of bodies in ranked order (13个县(市、区)排名由高到低依次是…): the count before them is the
# size of the group ranked, no fact.
# 在12个县市区营商环境评价排名中,… / 全省21个市州考核中: the contest a group is ranked or scored in, closed by 中 — the
# count before it is the group's size, no fact (facts._comparison_group)
GROUP_CONTESTS = ("排名", "排序", "排位", "评比", "评价", "评估", "考核", "考评", "测评", "比拼", "赛马", "竞赛", "打分")
# the verbs that carry out a doing on the group after 对 (对全市16个县(市)进行考核, 对9个县区开展年度考评)
CARRY_OUT_VERBS = ("进行", "开展", "组织", "实施")
# 连续3次排名后三位 / 连续两期未达标 / 连续4轮: how many times in a row, like 连续五年 a run's length, no figure
RUN_COUNT_UNITS = ("次", "期", "轮", "届", "回")
# 设13个分会场 / 一个主会场、四个分会场: the rooms a meeting is held in, the group it addresses, no figure
MEETING_VENUE_NOUNS = ("分会场", "主会场")
# the words that give a thing named once a short name for the rest of the text ((以下简称最近一周), （下称“本季度”）)
ALIAS_GIVING = ("以下简称", "以下称", "下称", "简称")
# …and a relative time dated in the bracket after it (本周(6月5日至11日)), which stands for those days where it recurs
BRACKET_DATED_TIME_WORDS = ("本周", "上周", "最近一周", "近一周", "本期")
# the words that order a ranked list after what it ranks (…项目数量从高到低,第一类县(市、区)依次为:), and what the
# ordering clause ends in before them that is no part of the measure (数量, 排名, 排序)
RANKED_ORDER_WORDS = ("由高到低", "从高到低", "由低到高", "从低到高", "由高至低", "从高至低", "由多到少", "从多到少",
                      "由少到多", "从少到多", "由快到慢", "从快到慢")
RANKED_ORDER_TAILS = ("数量", "个数", "排名", "排序", "按", "的")
RANKED_LIST_CUES = ("由高到低", "从高到低", "由低到高", "从低到高", "由高至低", "从高至低", "由优到劣", "依次是", "依次为",
                    "排名如下", "排序如下", "排名情况如下", "排名结果如下", "进行排名", "进行排序", "排名顺序",
                    "按得分高低", "按分值高低", "按完成率高低")

# --------------------------------------------------------------------------- the whole of a province's divisions (facts)
# 21个市(州)中有18个… / 21个市(州)均…: the count of all the divisions one level down is the whole a figure is taken
# from, not a fact.
# A share of a set of divisions or units that did something (六成以上区县完成投资实现同比增长 / 约70%的乡镇…): the set's
# noun right after the share; the share measures the set's members that did it (完成投资实现同比增长的区县).
SHARE_OF_SET_NOUNS = ("县(市、区)", "县（市、区）", "县(市区)", "县（市区）", "县(区)", "县（区）", "县市区", "县区", "区县",
                      "市(州)", "市（州）", "市州", "地市", "乡镇", "乡(镇)", "乡（镇）", "镇(街道)", "镇（街道）", "街道",
                      "园区", "开发区")
WHOLE_DIVISIONS = ("市(州)", "市（州）", "市州", "地市", "省(区、市)", "省（区、市）", "省区市", "市(地、州)", "市（地、州）")
# …and the sets of divisions that own what the clause measures (全省60个县(市)主导产业总产值将达900亿元) or whose
# officials attend (省及12个市有关负责同志出席): the number of the divisions is a party, no fact (facts._division_group)
DIVISION_SET_NOUNS = WHOLE_DIVISIONS + ("县(市、区)", "县（市、区）", "县(市区)", "县（市区）", "县(市)", "县（市）", "县(区)",
                                        "县（区）", "县市区", "市县区", "县区", "区县", "县市", "设区市", "乡镇", "乡(镇)",
                                        "乡（镇）", "镇(街道)", "镇（街道）", "镇街", "街道", "市", "县", "区", "镇", "乡")
DIVISION_OFFICIALS = ("主要负责同志", "分管负责同志", "有关负责同志", "相关负责同志", "负责同志", "有关负责人", "相关负责人",
                      "负责人", "分管领导", "主要领导", "有关领导")

# --------------------------------------------------------------------------- sizes in project names (facts)
# A physical quantity after one of these is what is measured (装机容量5万千瓦光伏项目 states the capacity); without
# one, 5万千瓦光伏项目 is a project's name.
CAPACITY_MEASURE_WORDS = ("装机", "装机容量", "容量", "规模", "产能", "能力", "产量", "面积", "长度", "里程", "总长",
                          "全长", "库容", "吞吐量", "处理量", "供水量", "发电量")
# …the words a works' name ends with, after which a size written before them only names the works (30万吨合成氨项目,
# 平果500万吨氧化铝产业园, 50万吨/年ABS装置, 跨江180米拱桥): a project, a plant, a park, a bridge or a tunnel
CAPACITY_NAME_HEADS = ("项目", "工程", "生产线", "电站", "电场", "电厂", "机组", "产业园", "装置", "拱桥", "大桥", "隧道")

# --------------------------------------------------------------------------- dangling words (indicators.clean_phrase)
# A phrase never ends in a conjunction or an adverb: 达到和基本达到10个 keeps its last 达到 (the copula trim would
# leave 达到和基本).
# 的战略性新兴产业项目 / 城镇新增就业的 / 监测断面中 / 等省份: function words a cut leaves alone at a name's edge (a frame's
# 中, a relative clause's 的, a list's 等 or joiner): never the edge of what is measured (indicators.edge_words_off)
NAME_EDGE_WORDS = ("的", "等", "中", "和", "及", "与", "之")
# …but at the front 中 and 之 open words the route splits (中|长期贷款: 中长期; 之|江), left there
NAME_EDGE_WORDS_KEPT_LEADING = ("中", "之")
DANGLING_WORDS = ("和", "与", "及", "或", "或者", "以及", "基本", "全部", "未", "尚未", "没有", "不", "均", "都", "已经",
                  "已", "仍", "正在", "按期", "按时", "如期",
                  # …nor in a degree adverb: 较有可能4项 keeps 有可能 (the trim would leave 较), 很有希望, 最具潜力
                  "较", "很", "最", "更", "比较", "十分", "非常", "极", "颇", "暂", "难以")

# How much of a verdict holds, before its verb (部分属实, 大部分完成, 基本办结): an adverb of degree here, whatever the
# tagger says of 部分 alone; a part named so names no noun (figure._bare_verb).
DEGREE_PART_WORDS = ("部分", "大部分", "小部分", "大部", "少部分")
# 4个省重点项目即甲、乙、丙、丁: the words that open the items a count names in apposition (facts._enumerated_after)
APPOSITION_WORDS = ("即", "分别是", "分别为", "包括", "包含", "依次是", "依次为")
# What a petition desk counts by 件/条/起 (信访举报86件, 受理群众投诉120件, 办理建议提案45件): nouns of a case, though the
# tagger reads them as verbs; a count named by one lends it to the bare verbs after it (facts._restore_elided_noun).
CASE_NOUNS = ("信访", "举报", "投诉", "来信", "来访", "来电", "诉求", "反映", "咨询", "求助", "建议", "提案", "议案",
              "批评", "意见", "申请", "检举", "控告", "申诉",
              # (as a traditional-script page writes them: 群眾來信1563件,其中直接答復430件)
              "來信", "來訪", "來電", "舉報", "投訴", "諮詢")

# --------------------------------------------------------------------------- action verbs (indicators.noun_phrase)
# Verbs that act on a measure without naming it: 开展实地督导 measures 实地督导, 达成意向交易额 measures 意向交易额.
# (Verbs that name the measure, 完成投资 / 新增就业 / 引进项目, are not here.)
ACTION_VERBS = ("开展", "达成", "实现", "发放", "安排", "进驻", "组织", "推动", "推进", "实施", "举办", "召开", "落实",
                "争取", "获得", "取得", "拥有", "形成", "打造", "建设", "筹集", "拨付", "兑现", "带动", "吸引", "撬动",
                "整合", "统筹", "下达", "启动", "组建", "成立", "设立", "评选", "命名", "创建", "开通", "提供",
                "确定", "梳理", "筛选")

# The units a count of places or bodies is written in (重点镇：1个, 示范村12处): a label followed by such a count names
# a class of places (scope._COUNTS_ITS_CLASS), a bracket after it names the member counted (scope._bracket_place).
PLACE_COUNT_UNITS = ("个", "处", "家", "所")
# The divisions a count may count, with their level (regions.PROVINCE … TOWN; 5 below a town): 10个区入选全国百强区,
# 12个县（市、区）, 300个行政村.  A count of divisions as many levels up as a place named in the clause before cannot
# be that place's own parts (西昌市、简阳市跻身全国百强县,10个区入选…: the districts of the whole the text speaks for;
# scope._counts_divisions).
COUNTED_DIVISIONS = (("省份", 1), ("省区市", 1), ("省", 1), ("地市", 2), ("市州", 2), ("市(州)", 2), ("市（州）", 2),
                     ("县(市、区)", 3), ("县（市、区）", 3), ("县(市)", 3), ("县（市）", 3), ("县市区", 3), ("县区", 3),
                     ("县", 3), ("区", 3), ("乡镇", 4), ("镇街", 4), ("街道", 4), ("镇", 4), ("乡", 4),
                     ("行政村", 5), ("村", 5), ("社区", 5))
# What a place's own economy is parted into (萍乡市光伏产业加快发展,产值增长20%: the clause after still speaks of the
# city); a place heading any other noun in a clause without a figure names a thing of it (南昌地铁1号线开通运营), and
# the clauses after it no longer speak of the place (scope._names_a_thing).
ECONOMY_PART_WORDS = ("产业", "经济", "行业", "工业", "农业", "服务业", "制造业", "建筑业", "集群", "板块", "领域")
# jieba's tags of a word that opens what a place does, not a noun it qualifies: verbs, adverbs, prepositions,
# adjectives, conjunctions, times (南昌获批…, 赣州加快…, 九江在…, 上饶今年…)
PREDICATE_TAGS = ("v", "d", "p", "a", "c", "t")
# jieba's tags of names (persons, places, bodies, other proper nouns): a word so tagged names someone, no field
NAME_TAGS = ("nr", "ns", "nt", "nz")
# one character closing a sector's or a class's name after an ordinary word (能源业, 服务类, 示范型)
SECTOR_SUFFIX_CHARS = ("业", "类", "型")
# single characters a field's name may hold between its words (建设与改造项目, 交通及仓储业, 工业类项目)
# nouns of a field or sector a work's head may qualify (民航机场领域, 港口行业, 铁路板块): the field, no named work
# words naming a class of sectors, no sector (医药和烟草等行业, 高耗能产业): a 和 before them lists sectors
SECTOR_CLASS_WORDS = ("行业", "产业", "门类")
FIELD_NOUNS = ("领域", "行业", "板块", "方面", "系统")
# a class of works named by its field and one of these before its head (民生保障类项目, 交通领域项目, 文旅板块工程): a
# split of the place's works, never a work of its own nor a subject
WORKS_CLASS_MARKS = ("类", "领域", "板块")
TOTAL_SIZE_WORD = "总投资"  # a project's or a list's size, no plan nor done amount of a field
FIELD_NAME_CHARS = ("与", "和", "及", "等", "的") + SECTOR_SUFFIX_CHARS
# the units a rank's ordinal takes (第二、第三名 / 第1、2位: ranks, not ordinals qualifying a noun)
RANK_UNITS_AFTER = "名位"
# what a clause before a comma-set list ends with when it frames the list (从行业看, 其中), no item of it
COMMA_ITEM_NOT_ENDS = ("看", "来看", "其中", "中", "方面", "而言", "来说", "情况", "显示", "表明", "以来")

# Verbs that open what was done, not who did it: 创建省级以上绿色工厂20家 counts the factories created (an
# indicator), it names no factory the figure is listed under (scope._org_before).
DONE_VERBS = ("创建", "新建", "建成", "培育", "认定", "打造", "新增", "引进", "组建", "成立", "设立", "评选", "命名",
              "获评", "入选", "创成", "建立", "新设", "改造", "提升", "扶持", "招引", "落地")

# --------------------------------------------------------------------------- tenths in words (facts._find_candidates)
# 三成 / 近六成 / 五成以上: a share written in tenths, value and unit as written (3 成).  成 after a numeral opens a word
# of its own in these (三成员, 一成不变, 七成熟, 八成新): no share.
TENTHS_NOT_AFTER = ("员", "为", "立", "效", "果", "本", "绩", "就", "熟", "新", "交", "型", "品", "色", "功", "长",
                    "年", "都", "县", "市", "镇", "不变", "语", "家", "分", "份", "套", "批", "人")

# --------------------------------------------------------------------------- fractions (facts._find_candidates)
# 约占全国1/10 / 稳定在全国1/4、1/3 / 超过三分之一: a fraction of a whole is a share, that many per cent of it.  Written
# in words, 百分之八 is 8% and 千分之五 5‰ (a text that spells its rates out).  A fraction in figures (1/4) is read
# only where a share is stated: 占 or one of these before it in its clause, or the whole it is taken of right before it.
FRACTION_SHARE_BEFORE = ("占", "达到", "达", "为", "超过", "超", "近", "约", "逾", "接近", "稳定在", "保持在", "提高到",
                         "提升到", "降至", "降到", "仅")
# half of a whole in words (facts._half): the bound a word before 半 / 一半 / 半数 sets, the verbs a share of it is stated
# with, and the words before it that say it is no share (时间过半: the time gone; 双过半: a slogan)
HALF_BOUNDS = {"近": "~", "接近": "~", "将近": "~", "约": "~", "过": ">", "超": ">", "超过": ">", "逾": ">", "占": "="}
HALF_SHARE_VERBS = ("占", "完成", "达到", "达", "为", "实现", "超过", "超", "近", "接近", "将近", "过", "逾", "约")
HALF_NOT_AFTER = ("时间", "双", "时序")
# 占比近半 / 比重超半: the share named right before a bare 半 and its bound, without which 半 is how far a work got
# (完成过半: no figure)
HALF_SHARE_NAMES = ("占比", "比重", "份额", "占")
FRACTION_WHOLES = ("全国", "全省", "全市", "全区", "全县", "全州", "全盟", "全旗", "全球", "世界", "总量", "总数", "总额", "的")
# 前三分之一 / 后1/3: the top or bottom part of a ranking is a tier, no share of anything
FRACTION_NOT_AFTER = ("前", "后")

# --------------------------------------------------------------------------- criteria (facts._find_candidates)
# 对完成率低于60%的项目予以通报 / 投资超过5000万元的单位: a bound that picks out the projects or units a rule applies to
# is a criterion, no figure: the comparator before the value (or 以上/以下 after it) and 的 + the kind of thing picked.
CRITERION_BEFORE = ("低于", "高于", "不足", "未达到", "未达", "达不到", "不到", "少于", "多于", "大于", "小于", "超过",
                    "超出", "不低于", "不高于", "不少于", "不超过", "在", "超", "过", "逾",
                    # 整改率大于等于90%的单位列入红榜: a bound that takes its edge in
                    "大于等于", "小于等于", "大于或等于", "小于或等于", "高于或等于", "低于或等于", "不小于", "不大于")
# 小于85%(不含85%)的单位 / 90分(含)以上的: the note in brackets that says whether a bound's edge belongs to the class
# (facts._criterion: the note's own value is the bound again, no figure either)
BOUND_EDGE_NOTES = ("不含", "含", "不包含", "包含", "不包括", "包括")
# 1起重大事故发生在东坪镇 / 3个项目位于高新区 / 5家企业来自长三角: a predicate opening after a count's noun ends the noun
# (a state it counts, 5个项目尚未开工, stays: 尚未开工 is what sets the counted apart).
NOUN_PREDICATE_STARTS = ("发生在", "发生于", "位于", "分布在", "分布于", "集中在", "集中于", "落户在", "落户于", "来自",
                         "属于", "涉及", "存在")
# 较上年再进两位 / 前移3个位次 / 比上季度下降五位: verbs moving a rank by a number of places (位, 名, 个位次).
RANK_STEP_VERBS = ("前移", "后移", "上升", "下降", "提升", "提高", "前进", "后退", "跃升", "下滑", "回落", "再进", "再退", "倒退")
# what 起 counts (发生事故3起, 1起重大火灾): events, never 起 of 起步/一起
COUNTED_EVENTS = ("事故", "案件", "火灾", "案", "事件", "险情", "警情")
# 分区域看,东坡区项目12个;岚溪县项目9个: what opens a breakdown of a whole by places (or sectors) listed after it.
BREAKDOWN_OPENERS = ("分地区看", "分区域看", "分县区看", "分县市看", "分区县看", "分乡镇看", "分镇街看", "分街道看", "分片区看",
                     "从地区看", "从区域看", "从各地看", "从各县区看", "从各县市区看", "从各乡镇看", "从各街道看", "从各区县看",
                     "按地区分", "按区域分", "分地区", "其中", "按产业分", "按行业分", "按领域分", "按类型分", "按类别分")
# 从类别看,工业项目20项 / 分领域看,…: a sentence opening a breakdown of the set counted before it by its classes (its
# parts take the whole's time: scope, with PART_OPENERS and BREAKDOWN_OPENERS)
# 从投资主体看:政府投资类项目:61个,… / 按建设性质分:续建项目:… : the view a breakdown is taken by, before the class label
# and its colon that heads the sentence's figures (a view opener, what it is taken by, a closer, a colon or comma).
VIEW_LEAD_OPENERS = ("从", "按", "分")
VIEW_LEAD_CLOSERS = ("来看", "看", "划分", "统计", "分")
CLASS_VIEW_OPENERS = ("从类别看", "从类型看", "从领域看", "从项目类别看", "从项目类型看", "按项目类别分", "分项目类别看")
# 签约项目中,工业类12个、服务业类8个: what ends a class's label (the class of the set the list opens with).
CLASS_LABEL_ENDS = ("类", "类别", "类型")
# 东坡区有12个 / 河口镇共5个: words between a listed item and its figure.
ITEM_HAVE_WORDS = ("共有", "共计", "有", "共", "计", "达")
# 重点项目开工情况:东坡区12个 / 各地签约项目如下: what ends a list's lead and names nothing measured.
LIST_LEAD_TAILS = ("情况", "如下", "具体情况", "具体为", "具体是", "分布", "分布情况", "明细")
# 排查隐患46个,其中有5个已整改到位,有41个正在整改: words opening a part of a count that names nothing counted, and the
# status words a part may be named by (正在办理48件, 尚未整改3处).
PART_HAVE_WORDS = ("另有", "还有", "尚有", "仍有", "共有", "有")
# 民营企业1.2万家,数量占比92%,…: words that measure a set without naming it; a figure named by one of them alone (or by
# one and a share word, or by a share word alone) is about the set its sentence counted before it (民营企业数量占比)
TOPIC_PART_MEASURES = ("个数", "数量", "项目数", "户数", "家数", "总数", "总投资", "投资", "投资额", "计划投资")
# 城镇人口占总人口比重(常住人口城镇化率)为60.6%: a share written as its definition, then the rate's own name in brackets
# before the value; the name in brackets is the indicator (facts._RATE_ALIAS) when it ends with one of these
RATE_ALIAS_ENDS = ("率", "强度", "系数", "指数", "占比")
# 过亿元企业286家,实现产值1632亿元 / 投产项目487个,总投资331亿元,实现产值157亿元: a clause opening with one of these
# verbs names no doer of its own; what it measures was produced by the set the sentence counted before it (the firms, the
# projects: ACTOR_SET_HEADS), not by the place (过亿元企业产值).  The adverbs may stand before the verb (共实现, 累计实现).
ACTOR_OUTCOME_VERBS = ("实现", "创造", "上缴", "缴纳", "完成")
# the adverbs between the set and its verb: a sum, the whole year's (全年 / 当年), or what is already done (已)
ACTOR_VERB_ADVERBS = SUM_ADVERBS + ("全年", "当年", "已")
# the nouns a counted set of doers ends with (企业数4104个 counts 企业); a count of new members (增加81家, 新增…) is a
# change of the set, no set of its own
ACTOR_SET_HEADS = ("企业", "项目", "工程", "合作社", "园区", "开发区", "高新区", "市场主体", "个体工商户", "农场", "基地",
                   "单位", "公司", "集团", "工厂", "门店", "商户")
# a doer named before its achievement (规上工业实现营业收入…;实现利润总额…) may also be an industry, which no count counts
ACTOR_DOER_HEADS = ACTOR_SET_HEADS + ("工业", "行业")
ACTOR_SET_COUNT_SUFFIXES = ("总数", "个数", "家数", "数量", "数")
ACTOR_SET_CHANGE_LEADS = ("增加", "新增", "减少", "净增", "净减", "新认定", "新引进", "新培育", "新设立", "新登记")
SHARE_WORDS = ("占比", "比重", "比例", "所占比重", "所占比例")
# 完成投资占年度计划, 投资占比: a figure naming a part's share of a whole, told by a share's own reading (facts._passage_sets
# leaves it)
PART_OF_WHOLE_MARKS = ("占",) + SHARE_WORDS
# 从三次产业增速看,第一产业、第二产业和第三产业分别为3.1%、5.2%和6.0%: a list of per cents after a bare copula names
# no measure; the sentence's last word naming a rate before it does (a rate of change: RATE_CHANGE_NOUNS), unless a
# share's word is nearer
LIST_SHARE_TOPICS = SHARE_WORDS + ("占", "结构", "构成", "份额")
# …the copulas of such a list: the respective copulas and 分别达到 / 分别达 (facts._COPULA_LIST)
RATE_LIST_COPULAS = RESPECTIVE_COPULAS + RESPECTIVE_REACH
# 各级各类学校320所(普通高中12所…): words saying the set is all of its kind; a part's name keeps only the noun (普通高中学校)
SET_QUANTIFIERS = ("各级各类", "各类", "各级", "各种", "各", "全部", "所有")
PART_STATUS_LEADS = ("正在", "已经", "已", "尚未", "仍未", "仍在", "未")
# the verb of the whole's count that is no part of the counted noun (排查隐患46个 → 隐患, 受理诉求860件 → 诉求)
PART_WHOLE_VERBS = ("共排查", "排查出", "排查", "收到", "受理", "接到", "办理", "交办", "发现", "梳理出", "梳理", "查处",
                    "发生", "累计", "形成", "谋划", "安排", "确定")
# 项目建设总体进展顺利 / 各项工作推进有序: a clause ending in how things went states no measure.
STATE_PREDICATE_ENDS = ("进展顺利", "推进顺利", "顺利", "良好", "有序", "平稳", "向好", "明显", "有力", "扎实", "显著",
                        "较快", "提速", "稳步推进", "有序推进", "加快推进", "总体平稳", "稳中有进")
# words that join a phrase to what follows it, never the end of a measure's name (…贡献率和, 各有, 改造项目等, 产值的)
DANGLING_TAILS = ("以及", "和", "及", "与", "或", "并", "的", "等", "各有", "各")
# 补助在300元以上的有8个县: the words between a bound's 的 and the count of the class it picks out.
CRITERION_COUNT_VERBS = ("有", "共有", "共", "计", "达", "达到", "为", "是")
# 低于80%的列入黑榜 / 得分90分以上的确定为优秀等次 / 完成率100%的得满分: the class a rating scheme's threshold picks out
# left unnamed, the rule's verb right after 的: the value is a condition of the rule, no figure (facts._criterion)
# (not 加, 得分 or 奖励 alone: 占30%的加工企业, 按投资额5%的奖励标准 name the figure's own thing)
CRITERION_RULE_VERBS = ("列入", "列为", "纳入", "评为", "评定为", "定为", "确定为", "认定为", "视为", "计为", "记为", "得满分",
                        "扣分", "扣除", "给予", "予以", "进行约谈", "约谈", "通报", "挂牌", "亮黄牌", "亮红牌", "问责",
                        "表扬", "晋级", "降级", "不得评为", "一票否决")
# 产值超百亿元的产业集群达到6个 / 年产值超50亿元产业集群4个: a bound amount whose class is counted right after the
# class's name (any name, not only CRITERION_ENTITIES) picks the class out (facts._criterion); the count (in
# SET_COUNTERS) is the figure
CLASS_COUNT_VERBS = ("达到", "达", "有", "为", "共", "共有", "增至", "增加到", "增加至", "突破")
# 年产60万吨乙二醇项目 / 年加工农产品20万吨的产业园 / 日供水能力10万吨水厂: a capacity per year or day written into the
# name of what has it (facts.CAPACITY_NAME); 全年加工 is the year's output, no capacity
CAPACITY_NAME_VERBS = ("产", "处理", "加工", "出栏", "屠宰", "吞吐", "发电", "设计", "供水", "储存", "存储", "生产", "产能")
CRITERION_ENTITIES = ("项目", "工程", "单位", "部门", "乡镇", "镇", "街道", "县区", "县(市、区)", "县（市、区）", "村",
                      "企业", "事项", "地区", "学校", "人员", "个人", "户", "家庭", "市州", "园区",
                      # 营业收入超100亿元的产业集群 / 超200亿元产业集群: clusters of firms, picked out by their size
                      "集群",
                      # 地区生产总值超过300亿元的县(市) / 收入超15亿元的县: the levels of places a bound picks out
                      "县", "县(市)", "县（市）", "县市", "县市区", "区县", "设区市", "城市", "市(州)", "市（州）")

# 列入省级考核重点项目一个 / 新增国家级园区两个: a count in words written after the noun of what it counts, closing its
# clause (facts._find_candidates: a count in words is otherwise one only after a verb or a hedge, and 一 never)
COUNT_AFTER_HEADS = ("项目", "工程", "企业", "园区", "基地", "平台", "中心", "村", "乡镇", "街道", "社区", "单位", "学校",
                     "医院", "景区", "示范区", "试点", "集群", "产业园", "开发区", "标准", "专利", "品牌", "商标")
COUNT_AFTER_HEAD_ENDS = ("，", ",", "；", ";", "。", "、", "\n", ")", "）")
# 重点项目中,延期开工两项,撤销两项: what was done to the items of a list a progress report follows, their count in words
# closing the clause right after the verb (facts: a count, as 新增两个 is)
ITEMS_DISPOSED_VERBS = ("撤销", "取消", "终止", "退出", "调出", "调入", "增补", "剔除", "移出", "延期开工", "推迟开工", "延期",
                        "暂缓实施", "暂缓", "缓建", "停建", "新开工", "开工", "竣工", "投产", "完工")
# the provinces named with 省 (河北省28个重点开发区基础设施项目: facts._NAMED_PROVINCE_BEFORE)
PROVINCE_NAMES = ("河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
                  "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾")
# A pool of projects lined up (储备拟于今后两年开工的项目80个): the pool's verbs, and the cues of the plan its members are
# lined up for, written as a relative clause before 的…项目 (facts._pool_masked)
POOL_VERBS = ("储备", "入库", "谋划储备", "梳理储备")
POOL_PLAN_CUES = ("拟于", "拟在", "拟", "计划于", "计划在", "计划", "准备", "将于", "将在")
# 其中80%以上的项目已开工 / 全县有70%以上的村…: what may open a clause before a share of a class (facts._class_share)
CLASS_SHARE_OPENERS = ("其中", "全省", "全市", "全县", "全区", "全镇", "全州", "全盟", "有", "共有", "约有", "已有", "约", "近",
                       "超过", "超", "逾", ",", "，", ":", "：", "(", "（")
# 确保全县95%以上的村庄通硬化路 / 力争到2027年80%以上的行政村…: a plan's commitment and its deadline before such a
# share, the target it sets for a class (facts._class_share; the modal words of PREDICATE_MODALS and the verbs of an
# outcome brought about)
CLASS_SHARE_COMMITS = ("实现", "基本实现", "推动", "推进", "使", "让", "带动", "到", "至")
# 1%人口抽样调查 / 千分之一抽样: the fraction a survey samples names the survey, no figure (facts._find_candidates)
SAMPLED_SURVEY_WORDS = ("抽样调查", "抽样", "抽查")
# 占比越高(比如40%),带动越强: a figure in brackets after a word of example only illustrates, no figure of the text's
EXAMPLE_WORDS = ("比如", "例如", "譬如", "假如", "假设", "如")

# --------------------------------------------------------------------------- item labels (indicators.clean_phrase)
# The label opening a list item (1. / 一是 / (三) / 第二,): no part of what the item's figures measure.
ITEM_LABEL = (r"(?:\d{1,2}[.、．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|[一二三四五六七八九十]{1,3}(?:是|[、.．](?![一二三四五六七八九十]))|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|"
              r"第[一二三四五六七八九十]{1,3}[,，、]|首先|其次|再次|最后)")

# --------------------------------------------------------------------------- classes of projects (scope.row_head)
# 二、省市重点项目: / 2.续建项目: a row head made of these words and generic ones names a class of projects (the
# place's own figures split by class), never one project that would be the figures' subject.
# A programme named by the number of its members (十大工业项目, 百项重点工程, “双百工程”项目, 五个一批项目): a set of the
# place's projects, never an actor of the figures it reports (scope._class_of_units); what such a name ends with
PROGRAMME_COUNT = r"[一二三四五六七八九十百千双两]{1,3}(?:大|项|个|批|百|千)"
PROGRAMME_HEADS = PROJECT_NOUNS + ("行动", "计划")
PROJECT_CLASS_WORDS = ("省市县", "省市", "市县", "省", "市", "县", "区", "州", "盟", "旗", "续建", "新开工", "新建", "在建", "竣工",
                       "储备", "前期", "计划", "预备", "类", "其他",
                       # 市列重大项目, 省定重点项目, 县列项目: the list that holds them (列入, 确定) is a class too
                       "列", "定", "级",
                       # 某区签约项目, 招商引资项目: what was done to them (signed, started, attracted) makes a class
                       "签约", "开工", "投产", "招商", "招引", "引进", "引资", "落地",
                       # 省重大实施项目, 争取开工项目, 加快建设项目: the stage of the list's work makes a class
                       "实施", "争取", "加快", "建设", "推进", "谋划",
                       # (二)交通项目。共安排12个 / 自治区层面重大项目: a sector or a level of the lists makes a class
                       "交通", "水利", "城建", "文旅", "环保", "层面",
                       # 自治区层面重大项目, 中央项目, 地方项目: the level of the list, or who funds them, makes a class
                       "自治区", "中央", "地方",
                       # parts of a project's works (主体工程完成60%): no project of their own
                       "主体", "土建", "附属", "安装", "装修", "基础")

# --------------------------------------------------------------------------- subjects (scope.subject)
# 湛江经开区, 岚溪工业园区: a zone named after its place (or, alone, after the place the text is about) is the subject
# of its own figures, named as written.
ZONE_WORDS = ("综合保税区", "经济技术开发区", "经济开发区", "高新技术产业开发区", "高新产业园", "高新区", "经开区",
              "开发区", "保税区", "自贸区", "产业园", "新区", "园区", "工业园",
              "工业园区", "产业园区", "高新技术产业园区", "工业集中区", "产业集聚区")
# a development zone's official kinds as a page spells them out once (甲州经济技术开发区) before it calls the zone by
# an abbreviation (甲州经开区, 甲开区, 甲州开发区: pipeline.zone_named_in_full), and how such an abbreviation ends
FULL_ZONE_WORDS = ("经济技术开发区", "高新技术产业开发区", "经济开发区", "高新技术产业园区", "综合保税区")
ZONE_ABBREVIATION_ENDS = ("开区", "开发区", "高新区", "新区", "保区")
# the zones a city or county has one of, named by their kind alone (高新区本次集中开工项目5个,总投资21亿元): such a word
# opening a sentence names that place's zone for the clauses after it (scope._zone_opening); 园区, 产业园 and the like
# are not among them: they take up a park the text has named (总投资20亿元的某某产业园…。园区规划投资…)
PLACE_ZONE_WORDS = ("综合保税区", "经济技术开发区", "经济开发区", "高新技术产业开发区", "高新区", "经开区", "开发区",
                    "保税区", "自贸区", "新区")
# 某县坚持把项目建设作为…: words that make a would-be name (a place, then 项目) a clause of what the place does; no
# project's or unit's name holds them.
CLAUSE_IN_NAME = ("坚持", "把", "围绕", "聚焦", "紧盯", "紧扣", "按照", "始终", "全力", "作为", "通过", "持续",
                  # 随着某某工程完工,全县…: a circumstance the clause is said in, not who did the figure
                  "随着", "伴随", "由于", "得益于", "借助",
                  # 青神县参加全省第二季度项目观摩活动: a place taking part in an event, no project's name
                  "参加", "参与", "组团",
                  # 督察组在该段发现问题3处: where a body found or did something, taken up by a demonstrative
                  "在该", "在此", "在这")
# 今年的建设任务包括续建项目…, 该市建农村客运站点…: what a list holds (包括), a place taken up by a demonstrative and
# what it does: a would-be name holding one is a clause, never a work's or a unit's name (scope.NOT_A_NAME)
PREDICATE_IN_NAME = ("包括", "包含") + tuple(a + d for a in PLACE_ANAPHORS for d in ANAPHOR_DIVISIONS)
# 某某工程项目,属于某某改造项目配套工程,…: a clause saying what or where the work before it is, opening with its copula
COPULA_OPENERS = ("属于", "位于", "地处", "坐落")
# 某区以项目建设为抓手, 某县对重点项目…: a preposition right after a place opens what the place does (no name).
# Regex fragments (将 but not 将军路, 对 but not 对口).
# 某市有A项目、B工程等50个项目开竣工: what a place has (not 有色, 有机, 有限): the place owns the count, its examples do not
PLACE_HAS = "有(?![色机限线轨研])"
# 某市集中开竣工A项目、B工程等50个项目 / 某县开工建设C项目等8个项目: a place, then the stage its works reach (an adverb of how
# may stand before it), then examples closed by 等 and a count: the place is the doer, and owns the count as it owns what
# it has (PLACE_HAS); the place inside an example's name (某县污水处理厂等12个项目) does not
PLACE_DOES_LIST_ADVERBS = ("集中", "全面", "正式", "陆续", "相继", "同时", "同步", "共", "新")
PLACE_DOES_LIST_VERBS = ("开竣工", "开复工", "开工", "复工", "竣工", "签约", "投产", "建成", "实施", "推进")
PLACE_THEN_CLAUSE = ("以", "把", "将(?!军)", "对(?!口)", "为(?!民)", "在", "按照", "通过", "着力", "全面", "不断", "进一步",
                     PLACE_HAS,
                     # adverbs and verbs that open what a place does (某区高度重视项目建设, 某县狠抓项目…)
                     "高度重视", "狠抓", "抢抓", "紧抓", "坚决", "扎实", "认真", "切实", "全力", "深入", "紧紧", "牢牢",
                     "立足", "依托", "抓住", "始终", "坚持", "紧盯", "聚焦", "围绕", "注重", "突出", "瞄准",
                     "强化", "加强", "加快", "推进", "推动", "深化", "抓好", "做好", "大力", "积极", "持续")
# 社区家长学校开办12期 / 乡镇卫生院完成体检 / 街道办事处受理诉求: a name opening with a kind of place or a level of
# government, not with a place's own name, is a class of units (every community's school), no one unit the figure is
# about; the figure stays the place's.
# 全市共签约…, 我县完成…: the words before a division's suffix char that make the text speak for its whole place
SCOPE_WORDS = ("全", "我", "本")
# …其他市均达到100%, 其余县区开工率均在95%以上: the divisions left over after those named, which no name says: a clause
# opening with them speaks of no place of its own (scope.subject: "", not the places listed before).
OTHER_UNITS_LEADS = ("其他", "其余", "其它", "剩余")
OTHER_UNITS_WORDS = ("县市区", "县(市、区)", "县(市区)", "市州", "县区", "县市", "市县", "区县", "地市", "乡镇", "省份", "省区",
                     "街道", "城市", "省", "市", "县", "区", "州", "盟", "旗", "镇", "乡")
# …a character after the word that makes it part of another word (其他市场主体, 其他县级, 其余市民): no place
OTHER_UNITS_NOT_AFTER = "场级域民政委直属长中内外辖情况"
# 在某区举行的签约仪式: an event held at a place (the place is its venue, not what its figures are about)
VENUE_VERBS = ("举行", "召开", "举办", "开幕", "启动")
# A place's role in its clause decides whether it may be whose figure the clause states (scope.place_role).  A place
# the doer goes to or comes from (我局赴甲市、乙市开展招商考察, 到丙区学习, 来自丁县的客商), a partner the doer acts
# with (与甲区开展对接21次, 同乙县签订合作协议), a place it supports (对口支援丙县) is no subject of the doer's
# figures: the words right before such a place (or before the first of its 、-list) …
PARTNER_GOING_BEFORE = ("奔赴", "分赴", "远赴", "前往", "赶赴", "走进", "来自", "对口支援", "对口帮扶", "对口协作",
                        "赴", "到",
                        # …or a place whose people come to the doer (接待甲市商会考察团, 迎接乙县代表团): the visitors' place
                        "接待", "迎接")
# 我县赴深圳开展招商 / 县长带队前往上海、苏州考察 / 我市在杭州举行经贸洽谈会 / 广州客商来我县考察: a place the text's own
# division goes to, holds its event at, or whose people come to it is away from where the text speaks: its figures are
# the doer's.  The doer is written before the verb by a self-reference (SCOPE_WORDS + suffix: 我县, 全市) or by a
# division's suffix and one of its offices or bodies (县长, 市委书记, 区领导, 县政府); it goes away only to a place of its
# own level or above (省委书记赴某县调研: the county visited is what the text is about).  The verbs of going away …
TRIP_VERBS = ("奔赴", "分赴", "远赴", "前往", "赶赴", "赴", "到")
# …the offices and bodies written after a division's suffix that act for it …
DOER_OFFICES = ("委书记", "委常委", "委", "长", "政府", "人民政府", "领导", "主要领导", "党政", "党政代表团", "代表团",
                "考察团", "招商团", "人大", "政协", "四套班子", "四大班子")
# …the verbs of an event held at a place (在杭州市举行, 在深圳成功举办) …
HELD_AT_VERBS = ("举行", "召开", "举办", "开幕", "隆重举行", "成功举行", "成功举办", "顺利举行", "顺利召开", "盛大开幕")
# …and the people of another place who come to the text's own (广州客商来我县考察, 深圳市工商联考察团莅临我区)
VISITOR_GROUPS = ("客商", "考察团", "代表团", "企业家", "商会", "投资商", "客人", "一行", "招商团",
                  # …or a wider place's group that checks on it or hands it its cases (某省督察组向我市转办信访件7件)
                  "督察组", "督查组", "督导组", "检查组", "巡视组", "巡察组", "调研组", "考核组", "工作组")
VISITOR_COMING = ("来", "到", "莅临", "走进", "赴", "前来", "向", "对")
# 已于6月3日在某市政府正式签约 / 与某县人民政府签订合作协议 / 向某区政府汇报: a body named after one of these words is
# where, with whom or to whom a deed was done, never the issuer of the text (context._listed_place)
BODY_OBJECT_PREPOSITIONS = ("在", "于", "与", "同", "向", "赴", "到", "经", "由")
# …the government bodies so named (not a congress: 在某县第十届人民代表大会第一次会议上 names the report's issuer)
GOVERNMENT_BODIES = ("人民政府", "政府")
# 除湖北外,各省重点项目复工率为89.1% / 除了甲市以外,其余各市…: a place between 除(了) and 外 (以外, 之外) is left out of
# the scope of the figures, so it is never their subject nor the text's place (docregions.place_role: "excluded");
# 扣除 / 消除 / 排除 … end in 除 as verbs of removing, no 除 of exclusion
EXCLUSION_OPENERS = ("除了", "除")
EXCLUSION_CLOSERS = ("以外", "之外", "外")
REMOVING_VERBS_IN_CHU = ("扣除", "消除", "排除", "拆除", "剔除", "破除", "免除", "解除", "清除", "去除", "删除", "铲除",
                         "根除", "废除", "开除", "切除", "驱除", "革除", "摒除", "祛除", "整除")
# 北京市对口援建项目18个集中开工 / 乙市援建资金到位3.5亿元 in a text of the place aided: a place right before one of
# these gives the aid (the donor); the works and money are where they are built, never the donor's figures
AID_GIVING_VERBS = ("对口援建", "对口支援", "对口帮扶", "对口协作", "对口援助", "援建", "援疆", "援藏", "援助", "帮扶")
# … 与/同/跟/和 (WITH_PREPOSITIONS) before a place that no place joins (甲县与乙县 names both), when a joint deed follows it
# in the clause
PARTNER_JOINT_ACTS = ("开展", "对接", "签订", "签署", "签约", "合作", "洽谈", "共建", "结对", "协作", "交流", "达成",
                      "建立", "举办", "联合")
# 在甲市的招商推介会上签订项目6个 / 在乙区举办的活动中 / 在丙县考察期间: the place an event or a visit is held at, its
# frame closed by 上/中/期间/后 before the figure
VENUE_EVENT_NOUNS = ("推介会", "洽谈会", "博览会", "交易会", "展销会", "座谈会", "签约会", "招商会", "会议", "大会",
                     "论坛", "活动", "仪式", "现场会", "会", "考察", "对接", "调研", "学习", "访问")
VENUE_FRAME_ENDS = ("期间", "上", "中", "后", "时")
# …the frame of such an event opening an indicator's words (举办的投洽会上签约项目 → 签约项目: indicators.clean_lead)
# 在督查中, / 工作中, / 在实施过程中,: a process 中 closes is the time something happened in, no set whose members a list
# after it counts (facts._framed_set_lead)
FRAME_PROCESS_NOUNS = ("过程", "工作", "行动", "督查", "督察", "检查", "巡查", "巡察", "调研", "实践", "期间", "进程", "发展",
                       "建设", "推进", "整治", "治理", "攻坚")
VENUE_FRAME_EVENTS = ("推介会", "洽谈会", "投洽会", "博览会", "交易会", "展销会", "签约会", "招商会", "会议", "大会",
                      "论坛", "活动", "仪式")
# 乙市重点项目清单中我区共23个项目: a place qualifying a thing the text's own division lies in (its list, its plan),
# the own division then named by a self-reference of another level in the same clause: the list's owner, not whose
# figures follow (not 甲区向我县捐助…: the place gives, the self-reference receives)
# 全省投资促进工作会议结束后 / 在全市重点项目观摩会上作交流发言 / 传达全省…大会精神: a meeting of a place named as
# attended or followed (docregions.reference_place "meeting"): its name's end and the word after it
MEETING_NAME_ENDS = ("会议", "大会", "观摩会", "推进会", "现场会", "座谈会", "调度会")
# The verbs a meeting is held by (某会议在…召开 / 举行 / 开幕): its sentence tells of the meeting, its time the meeting's
MEETING_HELD_VERBS = ("召开", "举行", "举办", "开幕")
MEETING_REFERENCE_ENDS = ("结束后", "召开后", "精神", "上", "期间")
# 《甲省人民政府办公厅关于…的通知》文件下发 / …》精神: a title followed by these is a document handed down or followed,
# whose issuer is cited (docregions.in_citation), not the text's own
CITED_NOTICE_AFTER = ("文件下发", "下发", "出台", "精神", "要求", "规定", "部署")
SELF_SCOPE_WORDS = ("我", "本")
SELF_WITHIN_BEFORE = ("中", "内", "里")  # …清单中我区, …计划内本县: the self-reference lies within the place's thing
# 霍城、岚山口岸过货能力提升,过境班列1200列: places naming a facility (a port, an airport, a station) are its name,
# not who the sentence's figures are about; also the facilities a statistical text reports under their own name
# (某某机场旅客吞吐量…, 某某码头完成…: scope.PART_HEAD). 水库/电站/枢纽/港区 are left out: a clause opening with a works'
# part (工程由大坝枢纽…, 在某某水库…) would be read as the facility reporting.
FACILITY_WORDS = ("口岸", "机场", "港口", "码头", "火车站", "高铁站", "客运站", "货运站", "海关")
GENERIC_UNIT_OPENERS = ("社区", "街道", "乡镇", "镇村", "村级", "村", "城乡", "农村", "城区", "基层", "各级", "各",
                        "县直", "市直", "区直", "州直", "盟直", "旗直", "省直", "县级", "市级", "省级", "县区", "镇街", "全")

# --------------------------------------------------------------------------- aspects (facts._aspect)
# 城管方面:受理120件,满意率95% / 在基础设施方面,完成投资30亿元: a part opened by naming an aspect (a field of work, a
# sector, a kind of complaint) reports that aspect's figures: its name goes into the indicator (城管满意率), the subject
# stays.  The words that name the aspect, and the words before them that make a discourse marker (一方面, 另一方面,
# 各方面) or no aspect at all.
ASPECT_WORDS = ("方面",)
NOT_ASPECT_LEADS = ("一", "另一", "另", "各", "多", "这", "那", "两", "其他", "诸多", "等", "几", "某些", "有关", "相关",
                    "上述", "以下", "以上", "下列")

# --------------------------------------------------------------------------- a unit heading its figure (indicators)
# 住建局办件量120件 / 县纪委立案数: a government body named before what it counts is who reports, not what is
# measured.  The words such a body's name ends with, the words ending so that are no body (布局, 开局, 委托), and
# the characters after the end that make it another word (局长, 委员).
UNIT_NAME_ENDS = ("局", "委", "委员会", "管委会")
NOT_UNIT_NAME_ENDS = ("布局", "格局", "开局", "大局", "全局", "结局", "当局", "变局", "新局", "时局", "战局", "残局",
                      "终局", "棋局", "主委", "常委", "编委", "村委", "居委")
UNIT_NAME_NEXT = "长面部势员托派屈任会"
# 已督促县水利局整改9个: a body after one of these is acted on, it does not report the figure.
UNIT_OBJECT_LEADS = ("督促", "要求", "责令", "指导", "协调", "约谈", "通报", "交办", "转办", "派发", "移交", "会同", "联合",
                     "配合", "协助", "帮助", "指派", "提请", "请", "由", "向", "对", "经", "将", "把", "被", "给", "与", "和")

# 已转办甲市96件, 交办乙县41件, 移交给丙区12条: verbs handing what was received on to a place, which then counts it
# (facts._handed_places), and the adverbs that may open such an item
PLACE_HANDOVER_VERBS = ("转办", "交办", "移交", "移送", "转交", "转送", "派发", "下达", "分解", "分派", "交由")
HANDOVER_ITEM_OPENERS = ("已", "已经", "共", "累计", "先后", "分别", "依法", "按要求", "按照要求", "按程序", "其中", "向")
# 办件量居前三位的单位是:住建局(120件)、人社局(95件): bodies listed with their figures under a lead that names the
# measure.  What a listed body's name ends with, what ends the lead (…的单位是:), and the words after the measure in
# the lead that only rank or bound the bodies (居前三位, 较多, 低于90%).
# the ends of a government body's name that a notice writes right before the figure it counts of it (县住建局13项,
# 其中市信访局5件、区城管委3件: scope._body_item); a name opening with no level is a body when written whole with
# the longer ends (自然资源局, 住房和城乡建设委员会)
ITEM_BODY_ENDS = ("局", "委", "委员会", "管委会", "办公室", "办事处", "人民政府", "政府", "大队", "支队")
ITEM_BODY_WHOLE_ENDS = ("局", "委员会", "管委会", "办公室", "办事处", "人民政府", "大队", "支队")
LISTED_BODY_ENDS = ("局", "委", "委员会", "管委会", "办公室", "办事处", "人民政府", "中心", "街道", "街道办", "镇", "乡", "公司", "集团", "医院")
# 省直13个 / 市直部门: the bodies of a level's own government, listed beside its places
LISTED_LEVEL_BODIES = ("省直", "市直", "县直", "区直", "省本级", "市本级", "县本级", "区本级")
LISTED_BODY_LEADS = ("单位", "部门", "乡镇", "街道", "镇街", "县直单位", "市直单位")
# 省直部门直接办理3件 / 州直有关部门6件 / 市本级组织项目4个 / 泸州市本级… / …;凉山州2件;省级1件: a level's own
# bodies or its own share, listed beside the places below it, are the division of that level itself (scope.subject),
# never the last place of the list.  The marks after the level's character: 直 and 本级 say so wherever they stand;
# 级 only as an item of a list of places, right before its figure (省级7项、市级6项 of a county's project list
# are classes of projects, not the province); and the words that may name the bodies after 直 (州直有关部门, 市直各单位).
OWN_LEVEL_MARKS = ("直属", "直", "本级")
OWN_LEVEL_LISTED_MARKS = ("级",)
OWN_LEVEL_BODY_WORDS = ("有关", "相关", "各")
OWN_LEVEL_BODY_NOUNS = ("部门", "单位", "机关", "企业")
# 竣工较多的是A、B、C / 完成率排名前三的是 / 增速最快的是: words that pick places out of the whole before their list;
# what is left before them (竣工, 完成率) is what the list's values measure
SELECTION_WORDS = ("较多", "较少", "最多", "最少", "较快", "较慢", "最快", "最慢", "较高", "较低", "最高", "最低", "排名", "排在",
                   "位列", "居前", "靠前", "靠后", "前三", "前五", "前十", "后三", "后五")
# the copulas before the places picked out: those of any list, of an order (依次为), and 包括 naming some of them
LISTED_BODY_VERBS = LIST_COPULAS + ORDERED_COPULAS + ("包括",)
# 新开工项目分别为:东坪镇5个、河口镇3个 / 签约项目依次是岚溪县12个、东坡区8个: a measure spread over places listed with
# their figures; each place is its figure's subject, the measure before the word its indicator.
# 引进企业21家(任务数18家) / 签约资金12亿元（目标任务10亿元）: a result written with its task in brackets after it; the
# bracket's figure is the task (a target of the same measure), the figure before it what was done.
TASK_BRACKET_WORDS = ("年度目标任务", "全年目标任务", "目标任务数", "目标任务", "年度任务数", "年度任务", "全年任务",
                      "任务数", "任务", "目标数", "目标值", "目标")
# (the respective and the ordered copulas, and 分别有)
PLACE_LIST_VERBS = RESPECTIVE_COPULAS + ORDERED_COPULAS + ("分别有",)
# 项目数分别为12、9、7 / 得分依次为96、92、88: a list of bare figures after these words takes its unit from the words
# before them (none written: the unit is ""); a count's noun ends with one of COUNT_NOUN_ENDS (项目数, 家数, 个数).
BARE_LIST_OPENERS = PLACE_LIST_VERBS + RESPECTIVE_REACH + ("依次达",)
BARE_AMOUNT_NOUNS = ("投资", "金额", "总额", "产值", "增加值", "收入", "面积", "产量", "资金", "规模", "率", "比重", "占比",
                     "价格", "指数", "得分", "分值", "分数", "人均", "余额")
# 位次依次是8、8、10 / 名次分别为3、5: the nouns of a place in a ranking, before a list of bare figures (facts._measure),
# or in the sentence of a place's bracketed 75位 (排名后十位的有甲县(75位)、乙县(80位): the county's place, no people)
RANK_NOUNS = ("位次", "名次", "排名", "排位", "排序")
COUNT_NOUN_ENDS = ("个数", "项目数", "家数", "户数", "人数", "件数", "次数", "项数", "村数", "所数", "座数", "处数")
LISTED_BODY_RANKERS = ("居前", "居后", "位于前", "位于后", "位列前", "位列后", "排名", "排在", "排", "位居", "较多", "较少", "最多", "最少", "较高", "较低",
                       "最高", "最低", "偏高", "偏低", "较大", "较小", "最大", "最小", "较快", "较慢", "偏慢", "靠前", "靠后", "低于",
                       "高于", "超过", "不足", "未达", "达到", "达", "在", "为")

# --------------------------------------------------------------------------- actors (indicators.strip_actors)
# 县发改局会同县财政局安排专项资金 / 县政府会同各乡镇完成造林面积: the units acting together are who did it, no part of
# what is measured.  The joining verb, and the words a co-actor's name ends with.
ACTOR_JOINERS = ("会同", "联合", "协同", "配合", "携手")
ACTOR_ENDS = ("各部门", "部门", "单位", "乡镇", "街道", "管委会", "委员会", "中心", "公司", "局", "委", "办", "府", "厅",
              "室", "镇", "乡", "院", "所", "站")

# --------------------------------------------------------------------------- project rows (scope.row_head)
# 1.某某改造工程,总投资5亿元,完成投资2.1亿元: a project named at the head of its line, then a comma or space and
# what a progress list reports of it, heads the whole line as a colon would.
ROW_REPORT_OPENERS = ("项目总投资", "总投资", "计划总投资", "概算投资", "年度计划投资", "计划投资", "今年计划投资",
                      "完成投资", "累计完成投资", "已完成投资", "累计完成", "形象进度", "建设内容", "建设规模", "主要建设")

# --------------------------------------------------------------------------- how far a time reaches (scope.period)
# An item opened inside a sentence (…;二是…;三是…, (2)…, ②…) is a statement of its own: a time written inside an
# earlier item (预计10月份完工) is no time of its figures.  The mark stands at the sentence's start or after
# punctuation.
INLINE_ITEM_MARK = (r"(?:(?<=^)|(?<=[,，;；:：。\s]))(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十]{1,2}是|"
                    r"[(（](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])")
# A target under a span (未来五年, 十四五时期) stating where a measure will stand is due by the span's end: the verbs
# of an end state (达到, 突破, 打造4个产业集群).
END_STATE_VERBS = ("达到", "达", "突破", "超过", "提高到", "提升到", "增加到", "增长到", "下降到", "降低到", "降至", "提高至",
                   "提升至", "增至", "实现", "力争达到", "迈上", "跨越", "跻身", "进入", "打造", "形成", "趋近", "接近")
# …and the verbs that keep a level through a span (粮食产量稳定在600亿斤以上, 调查失业率控制在5.5%以内 over 十五五时期):
# a target kept every year of it, not reached by its end; so is a change over the span (经济总量翻一番)
KEPT_LEVEL_VERBS = ("控制在", "保持在", "稳定在")
# 现有在建子项目5个,已完成子项目7个: a verb of having states the time of its own clause's object only (scope.period)
CLAUSE_STATUS_VERBS = ("现有", "拥有")
# 预计10月份完工: an event a planned or expected time is the date of, closing its clause (scope.walled_off)
PLANNED_EVENT_VERBS = ("完工", "竣工", "建成", "投产", "开工", "完成", "投用", "投入使用", "通车", "交付", "运营", "开业",
                       "达产", "验收", "封顶", "动工", "招标", "挂牌")
# what may open a clause that closes a list with its deadline (…,新增学位1500个,并力争于2026年9月底前投入使用)
DEADLINE_CLAUSE_LEADS = ("并", "均", "全部", "全面", "力争", "确保", "争取", "计划", "预计", "要", "将", "于", "在")
# The modal words of a predicate committed after the value it speaks of, the value counting its subject (其余的30个项目
# 也将全部开工 / 45个项目将于6月底前开工 / 12个项目计划于年内竣工 / 20个项目力争年底前建成): an adverb of scope or
# continuation (也, 还, 均, 都, 仍, 亦), then the commitment (regex fragments: 将 is not 将近; facts._COMMITTED_AFTER)
COMMITTED_AFTER_ADVERBS = ("也", "还", "均", "都", "仍", "亦", "则")
COMMITTED_AFTER_MODALS = ("将(?!近)", "即将", "拟", "力争", "确保", "争取", "计划(?=于|在)")
# what says a figure is done already (已新建幼儿园3所,…9月底前投入使用: the figure is no promise the deadline binds)
REPORTED_DONE_WORDS = ("已", "完成了", "建成了", "累计", "截至", "截止", "同比", "比上年", "较上年")
# the month the text is written in or reports on (本月,全县新开工项目5个); 当月 names the month just spoken of instead
THIS_MONTH_WORDS = ("本月", "本月份")
# the amount a year's plan sets (scope: 占年度计划投资110亿元的80% under 截至9月底 is the year's)
# 本次集中开工项目90个,总投资82.3亿元,年度投资20.4亿元 / 年内计划投资29亿元: the year's planned investment of a batch a
# project event launched, what the year is to put into works just begun (a target: scope.batch_plan_amount)
BATCH_PLAN_AMOUNT_WORDS = ("年度计划投资", "年度投资计划", "年度投资", "年内计划投资", "年内投资", "当年计划投资", "年计划投资",
                           "年预计投资", "今年计划投资")
# 集中开工项目28个,总投资61亿元,今年计划完成投资12亿元: what the batch is planned to do this year, a target as its plan
# amounts are (scope.batch_plan_amount), of the year (scope._event_batch_plan)
BATCH_PLANNED_DONE_WORDS = ("今年计划完成投资", "年度计划完成投资", "年内计划完成投资", "全年计划完成投资", "当年计划完成投资",
                            "计划完成投资")
# 计划投资300亿元 / 计划总投资1.2万亿元 after a count of works: what the list is planned to take, of the year of writing only
# where the sentence names it (今年…); the words name no year themselves (lists._list_card)
UNDATED_PLAN_AMOUNT_WORDS = ("计划投资", "计划总投资")
# 引进项目42个 / 招引项目20个 / 落地项目15个: works brought in by investment promotion, a deed done to them, so the count is
# what the drive did, no list of the year's plan (lists._list_card)
INTAKE_DEEDS = ("引进", "招引", "落地", "落户")
# 完成年度投资30亿元 / 已完成年度投资…: the deed right before the year's amount, what was put in (facts._YEAR_PLAN_AMOUNT, one
# character: a lookbehind of fixed width)
DONE_BEFORE_YEAR_AMOUNT = "[成计际已]"
PLAN_AMOUNT_WORDS = ("年度计划投资", "年度投资计划", "年度计划完成投资", "全年计划投资", "年计划投资", "年度计划")
# the year a plan amount is the year's by (年度计划投资, 2023年计划投资, 今年计划完成投资): the amount named so right before a
# figure is what the year is to put in, a target unless the text reports against it (facts._YEAR_PLAN_AMOUNT)
YEAR_PLAN_OWNERS = ("年度", "年内", "全年", "当年", "今年", "本年", "年")
# … and the year's target amount of a list (纳入攻坚的215个项目年度目标投资48亿元): with the plan words above, what a
# list's count followed by them sizes is the year's list (scope._stock_at_cutoff)
YEAR_TARGET_AMOUNT_WORDS = ("年度目标投资", "年度投资目标", "全年目标投资", "全年投资目标", "当年计划投资")
# what the clause after a count of projects says of them: their size, their plan, their work (scope._listed_then_worked)
# (全县56个重点项目,已开工建设37个: what of them is done by the time reported)
LIST_WORK_OPENERS = ("总投资", "计划总投资", "年度计划", "年度投资计划", "计划投资", "累计完成", "完成投资", "完成年度", "已") + \
    YEAR_TARGET_AMOUNT_WORDS
# classes of a year's project list that no work of a span makes (其中续建项目30宗,完成投资20亿元; 计划新开工项目26个,
# 完成投资12亿元): named before the count with the class's work in the next clause, the count is the class's size in
# the year's list (新开工项目40个,完成投资9亿元 counts the starts of the span: PROJECT_STATE_WORDS)
PLAN_CLASS_WORDS = ("续建", "计划开工", "计划新开工", "计划竣工", "计划投产", "前期", "预备", "储备")
# states a project is in at a time (在建项目40个: counted at that time, no list)
PROJECT_STATE_WORDS = ("在建", "施工", "停工", "未开工", "开工", "竣工", "投产", "滞后", "新开工")
# 全县40个续建项目完成投资9亿元: a count written before these nouns, heading a clause that gives their figures, is the
# size of the group reported on (scope._group_size)
GROUP_SIZE_NOUNS = PROJECT_LIST_HEADS + ("子项目",)  # (a list's heads and a work's parts)
# …but not when what picks the group out is work of the period (新开工的22个项目完成投资6亿元: the starts so far)
GROUP_FLOW_WORDS = ("开工", "竣工", "签约", "落地", "引进", "新增", "投产", "完工", "建成", "开业", "招引")
# 15个项目已开工建设: the mark of a status written after the count it is the status of (facts._kind)
STATUS_AFTER_MARKS = ("已经", "已",
                      # 3项指标未达到序时进度 / 5个项目尚未开工: how many lag is a status too
                      "未达到", "未达", "未完成", "未按期", "滞后于", "进度滞后", "尚未", "仍未")
# The time a progress status is given as of (截至6月底已完成投资28亿元, 1-6月完成, 目前已开工): after a plan figure in
# its sentence, the plan is the base of that status (facts._kind; the months as 1-6月 are matched apart)
REPORT_TIME_WORDS = ("截至", "截止", "目前", "上半年", "前三季度", "一季度", "今年以来", "前几个月")


# --------------------------------------------------------------------------- remarks and duties (facts._indicators)
# A bracketed remark opened by one of these (包含预备项目, 含续建项目, 不含土地款, 下同) qualifies a noun; it names no
# measure and is no part of one.
REMARK_OPENERS = ("包含", "包括", "含", "不含", "不包括", "其中", "下同", "注", "即", "暂定", "暂列", "另有", "未含")
# Words joining a clause to the one before (其中东坡县完成投资12亿元, 同时某公司…): no part of the actor's name after them.
# verbs a county called by its short form reports with in its prefecture's text (beside UNIT_REPORT_VERBS)
CHILD_SHORT_VERBS = ("新开工", "开工", "竣工", "实现", "分别", "集中", "签订", "到位", "投资", "排名", "位列", "列")
CLAUSE_CONNECTIVES = ("其中", "同时", "此外", "另外")
# A subject is the name of a place, a body, a zone, a company or a work, never a clause: one a reader cut out with the
# verb that says where (项目位于某镇某园区) or whence (记者从某省获悉…) still in it names its place right after the verb
# (pipeline.subjects_as_named); a connective before a name (其中某市2个) is no part of it (CLAUSE_CONNECTIVES).
SUBJECT_CLAUSE_VERBS = ("位于", "地处", "坐落于", "坐落在", "从", "在")
# A demonstrative taking up a set of units named before (这一批重大项目完成投资…, 上述项目, 该批项目): what it opens is
# that set, no unit's name; the figures after it are the place's spoken of (scope._class_of_units).
SET_DEMONSTRATIVES = ("这一批", "这批", "这些", "这类", "该批", "该类", "此批", "此类", "本批", "上述", "前述",
                      "本批次", "该批次", "此批次", "这一批次")
# An adverb spreading or summing the figures after it (分别完成投资…, 合计完成): no actor's name opens with it.  The sum
# adverbs with their spoken forms (一共, 总共), as a clause's first word, and 分别
ACTOR_NOT_OPENERS = SUM_ADVERBS + ("一共", "总共", "分别")
# A clause opened by one of these (全市项目225个,含东坡区、青神县项目,总投资…) names the parts a whole counted before it
# includes or leaves out: a place in it is no subject of the figures after it (docregions.inclusion_part).
INCLUSION_OPENERS = ("包含", "包括", "含", "不含", "不包括", "未含", "其中含", "均含", "均不含")
# The openers that never begin a measure's name (包含预备项目20个 inside the remark counts 预备项目).
REMARK_LEADS = ("包含", "包括", "不含", "不包括", "未含", "另有")
# A clause saying who carries the work (具体由责任单位负责推进, 由各县区牵头组织实施) names no measure: the opener, the
# bearer, then one of these verbs.
DUTY_OPENERS = ("具体由", "分别由", "统一由", "交由", "均由", "由")
DUTY_VERBS = ("负责", "牵头", "组织实施", "承担", "督办", "调度", "包抓", "包联", "联系")

# --------------------------------------------------------------------------- bare heads (facts._indicators)
# The plan of a list of projects written bare before an amount (重点项目120个,年度计划80亿元): the planned investment.
PLAN_HEADS = ("年度计划", "全年计划", "年计划", "今年计划", "计划")
PLAN_AMOUNT_NOUN = "投资"
# A measure written short in news (签项目 for 签约项目): the short form and the full name it stands for.  A short form
# inside a longer word (新签项目 is a term of its own) is left.
SHORT_MEASURES = {"签项目": "签约项目", "签金额": "签约金额", "签资金": "签约资金"}
SHORT_MEASURE_KEEP_BEFORE = ("新", "已", "在", "拟", "待")
# A value converted into another unit (人均GDP 1.2万美元,折合人民币8.5万元; 约合, 相当于) measures what the converted
# value measures: the words of the conversion name nothing.
CONVERSION_WORDS = ("折合人民币", "折合美元", "折合", "约合人民币", "约合", "折算", "换算", "相当于", "合人民币")

# How a figure was computed (按可比价格计算, 按年平均汇率折算, 按常住人口计算的, 扣除价格因素后): a method, never part of what is
# measured; the figure measures what the clause names around it (indicators.clean_phrase drops it).
METHOD_OPENERS = ("按照", "按")
METHOD_VERBS = ("计算", "折算", "核算", "测算", "换算", "统计")
# 按市口径, 按县口径, 市口径统计: the statistical basis a figure is counted on (not 全口径税收, a measure's own name)
METHOD_BASES = ("口径",)
METHOD_FIXED = ("扣除价格因素", "剔除价格因素", "扣除物价因素", "剔除物价因素", "扣除价格因素影响", "剔除价格因素影响",
                # 规上工业增加值同口径下降2.1%: the figure is compared on a like basis, which is no part of its name
                "按同口径", "同口径", "按可比口径", "可比口径",
                # 地区生产总值经最终核实为320亿元: a revised figure, how it was revised is no part of its name
                "最终核实数", "经最终核实", "最终核实", "经最终核算", "最终核算", "最终计算的", "最终计算",
                # 总产值现价增长6.2%,可比价增长7.5%: the prices a growth is reckoned at, written bare before its verb
                "现行价格", "现价", "可比价格", "可比价", "不变价格", "不变价")

# 对 opening a word (对口帮扶, 对外贸易, 对标, 对接): the character after it; elsewhere 对 only marks what is acted on.
DUI_WORD_NEXT = "口外标接比象应策话"
# 核对, 比对, 应对, 面对, 相对, 绝对, 校对: 对 closing a word, no preposition before the items a count counts
DUI_WORD_BEFORE = "核比应面相绝校反"

# --------------------------------------------------------------------------- class words (indicators.class_word)
# A class a named thing belongs to, written before it: 一类乡镇, 三类以上水质, Ⅲ类水体, 劣Ⅴ类, 二级以上医院, 甲级资质,
# 4A级景区, AAAA级, 三星级酒店, 三级甲等医院.  The class is part of the name it qualifies: never a count of its own
# (三类 is not 3 类 there), never cut off the name, and never a body or place the figure is about.
CLASS_ORDINALS = "一二三四五六七八九十ⅠⅡⅢⅣⅤⅥⅰⅱⅲⅳⅴIVX甲乙丙丁"
CLASS_LETTER_GRADES = ("AAAAA", "AAAA", "AAA", "AA", "A", "5A", "4A", "3A", "2A", "1A")
CLASS_MARKS = ("星级", "类", "级", "等")
CLASS_SUB_GRADES = ("甲等", "乙等", "丙等")  # 三级甲等
CLASS_BOUNDS = ("及以上", "及以下", "或以上", "或以下", "以上", "以下")
CLASS_PREFIXES = ("劣",)  # 劣Ⅴ类

# Nouns of people or bodies counted in a magnitude written without a unit word (惠及76万群众, 服务120万居民): the
# magnitude is the unit (万), the figure a count.  The noun heads its phrase, last (惠及300多万各族群众, 让242万偏远农村
# 居民喝上, 为138万残疾人发放): a few words may qualify it before (facts.MAGNITUDE_COUNTED)
MAGNITUDE_COUNTED_NOUNS = (
    "群众", "农民", "居民", "职工", "市民", "村民", "游客", "学生", "儿童", "老人", "老年人", "妇女", "农户", "劳动力",
    "患者", "考生", "网民", "人口", "青年", "毕业生", "用户", "观众", "旅客", "乘客", "党员", "志愿者", "农牧民", "人民",
    "家庭", "脱贫人口", "城乡居民", "困难群众", "残疾人", "婴幼儿", "群体", "对象", "女生", "儿女", "人才", "员工", "农民工",
)
# how many characters may qualify the counted noun between the magnitude and it
MAGNITUDE_COUNTED_QUALIFIER = 8
# Names of a span measured in years (平均受教育年限达到11.2年, 服务年限满8年): a figure after them takes 年 as its unit
YEARS_MEASURED_NAMES = ("受教育年限", "教育年限", "年限", "学制")

# How often or for how long a figure was reached, written before its verb (历史首次突破300亿元, 连续两年突破240亿元,
# 再次跃居全省第一): an adverb of the clause, no name of what is measured (indicators._LEAD)
TIMES_ADVERBS = ("历史首次", "历史上首次", "历史性", "首次", "首度", "再次", "再度", "又一次", "第一次", "历史上第一次",
                 "首破", "连续")
# 甲市(12.5%)、乙市(9.8%)3个盟市增速高于全区 / 增幅前三的是甲县(15.8%)、乙县(11.1%): places each with its figure in
# brackets, the measure named before or after the list.  The words naming a rate in that head: a growth's, then a share's.
# (the nouns of a rate of change, 增长幅度 and the bare 增长; not 涨幅, not read here as it was not before the class was
# shared)
BRACKET_LIST_GROWTH_WORDS = without(RATE_CHANGE_NOUNS, "涨幅") + ("增长幅度", "增长")
BRACKET_LIST_SHARE_WORDS = ("贡献率", "完成率", "到位率", "开工率", "比重", "占比")
# 甲州(增长10.1%)、乙市(6.3%)实现正增长 / 保持两位数增长: the words before 增长 after such a list that only say how the
# growth went (a verb of reaching or holding, then the growth's sign or pace) name no measure (lists._bracket_rate_head)
GROWTH_MANNER_VERBS = ("实现", "保持", "呈现", "呈", "继续", "均为", "均", "为", "也")
# (and between a per cent's 的 and the growth it is, 保持35%以上的高增速 / 实现8%的快速增长: facts._GROWTH_AFTER)
GROWTH_MANNERS = ("正", "负", "两位数", "较快", "快速", "高速", "中高速", "稳定", "平稳", "稳步", "较高", "高", "持续",
                  "强劲")
# the words before a list's first item that say the list follows (…前十名,为甲县(…)): no part of the place's name
# (the copulas of a list, of an order, 包括, and 其中 opening the part listed)
BRACKET_LIST_LEADS = LIST_COPULAS + ORDERED_COPULAS + ("包括", "其中")
# 高出全国(5.9%)、全省(6.4%)平均水平 / 较去年同期(-1.1%)提高: a figure in brackets after the wider place or the earlier
# time a figure is compared with is that place's or that time's figure of the same measure
COMPARED_BRACKET_TIMES = ("去年同期", "上年同期")
COMPARED_BRACKET_SCOPE_TAILS = ("平均水平", "平均增速", "平均", "同期", "水平")
# 3月至5月,每月新开工项目分别为5个、8个、12个: the words that spread a range of months over a list's values one month
# each (without them 1—2月份,…分别增长5%、6% is the two months' span, the values spread over what the list names)
MONTHLY_SPREAD_WORDS = ("每月", "各月", "逐月", "分月", "每个月")
# 分别高于全国、全省平均水平3.5个和1.4个百分点 / 分别比全国、全省高: how a figure's lead over the places it is compared
# with is said, before the places or (after 比) after them
COMPARED_PLACES_VERBS = ("高于", "高出", "快于", "低于", "慢于", "超过", "超出", "领先于", "领先", "落后于", "落后")
COMPARED_PLACES_AFTER = ("高出", "高", "快", "低", "慢")
# …and the rate such a lead is of, written before 分别 (同比涨幅分别比全国、全省平均水平低…: a price's rise too)
COMPARED_RATE_WORDS = RANKED_RATE_WORDS + ("涨幅", "降幅")
# 分别高于年度目标和全市平均1.3和0.9个百分点: a target a figure is set against may be one of the list's items, beside
# the wider places (the qualifier of the plan, then 目标 or 计划)
COMPARED_TARGET_ITEMS = rf"(?:{'|'.join(TARGET_COMPARED_QUALIFIERS)})?(?:增长|增速)?(?:目标|计划)(?:任务)?"
# 甲市(增长5.1%)、乙市(下降0.6%): the change verbs a place's bracket may write before its figure
BRACKET_ITEM_CHANGE_VERBS = ("增长", "下降", "增速为", "增速", "增幅为", "增幅")

# 甲类项目已开工30个、开工率80%,完成投资12亿元 / 受理某类诉求200件,办结率98%: the measures a later clause of a sentence
# writes without the set they are of (facts._sentence_topics): the amounts of works, and the rates of deeds done on items
OWNERLESS_AMOUNTS = ("完成投资", "累计完成投资", "总投资", "总投资额", "投资额", "年计划投资", "年度计划投资", "计划投资",
                     "投资进度", "计划总投资")
OWNERLESS_RATE_STEMS = ("开工", "复工", "开复工", "竣工", "投产", "办结", "按期办结", "按时办结", "解决", "满意", "回复",
                        "反馈回复", "受理", "回访", "整改", "签收", "完成", "答复", "转办")
# the heads of the sets such a sentence opens with: works for the amounts, and items of work or cases for the rates
OWNER_WORK_HEADS = PROJECT_NOUNS
OWNER_ITEM_HEADS = GENERIC_HEADS + CASE_NOUNS + ("工单", "案件", "留言")
# 受理群众各类诉求, 收到市民来信: requests named by no kind of their own, only by who sent them; the rates of such a sentence
# are of the line or box that took them in (12345热线办结率, 县长信箱办结率), when it ends in one of the channel heads
OWNER_SENDERS = ("人民群众", "群众", "市民", "网民", "居民", "企业", "办事群众", "来电群众")
OWNER_CHANNEL_HEADS = ("热线", "信箱", "平台", "专线", "窗口", "网站", "留言板")
# what a set's count says was done to it, written after its name (甲类项目已开工, 新项目全部开工建设): no part of the set
OWNER_DONE_ADVERBS = ("已经", "均已", "已", "全部", "累计", "共", "实现")
# 热线中心, 信箱办公室: the office that runs a line, no line the requests came in by; 根据, 拨打: a line cited, not the one
# a count's requests were taken in by
CHANNEL_OFFICE_WORDS = ("中心", "办公室", "工作", "管理", "服务中心")
CHANNEL_CITING_WORDS = ("根据", "拨打", "通过", "按照", "依托", "依据")

# The bodies that hand a notice's items over or found them (乙督察组交办的…, 丙巡察组反馈的…) and the verbs they hand them
# over by: a set of items is named with them where it is counted (乙督察组移交的第九批信访件40件); a count of its items in
# one state (已办结20件, 其中来电12件) is named by the set's short name, the items and their batch, with the handing verb
# kept as the set's own word (移交第九批信访件) and the body left out (facts._lent_set_names)
SET_AGENT_HEADS = ("督察组", "巡察组", "巡视组", "督查组", "检查组", "联络组", "工作组", "考核组", "暗访组", "调研组", "指导组",
                   "核查组", "督导组", "验收组", "评估组", "督办组")
SET_HANDING_VERBS = ("交办", "移交", "转办", "反馈", "移送", "转交", "交由")
# how often or how far the body handed them over, between the body and its verb (乙督察组累计交办…, 丙巡察组先后移交…)
SET_HANDING_ADVERBS = ("累计", "共计", "合计", "共", "先后", "陆续", "分批", "已")
# 第三次县长办公会议议定事项: the meeting's ordinal in the name of the items it decided (a meeting's ordinal is no
# figure: SCHEMA), left out where the items' name is lent to a count of them in one state
MEETING_DECIDED_VERBS = ("确定", "议定", "研究", "交办", "部署", "决定")
# how the name of a count of a set's items in one state opens (已办结, 正在办理, 未完成, 基本完成, 完成整改): such a count
# is a part of the set counted before it, and lends that set's noun, never its own state, to a sibling's bare state
STATE_COUNT_LEADS = PART_STATUS_LEADS + ("基本完成", "完成整改", "阶段性办结", "全部完成", "按期完成", "按时完成")
