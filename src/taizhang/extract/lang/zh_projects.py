"""Word lists the project extractor reasons with: head nouns, stage cues, stop words, exclusions.

Why a lexicon and not a list of project names: the extractor must work on documents from any
province and year, so it recognises the *shape* of a project name (proper or specific modifiers
followed by a facility head noun) and the verbs that report what is happening to it.  Every list
here is generic Chinese administrative vocabulary, never names taken from a particular document.
"""
from __future__ import annotations

from . import without, zh

# --------------------------------------------------------------------------- head nouns → category
# A project name ends in one of these (longest match wins).  Category by the rightmost head.
HEADS: dict[str, str] = {
    # transport
    "高铁": "transport", "高速铁路": "transport", "城际铁路": "transport", "城际轨道": "transport",
    "城际": "transport", "客专": "transport", "客运专线": "transport", "车站": "transport",
    "铁路专用线": "transport", "专用线": "transport", "连接线": "transport", "铁路": "transport", "轨道交通": "transport",
    # a line joining two (甲市至乙市城际铁路联络线) and a branch of a trunk (甲铁路乙支线, 鸡西支线): works of their own
    "联络线": "transport", "支线": "transport",
    "地铁": "transport", "号线": "transport", "机场线": "transport", "高速公路": "transport", "高速": "transport", "快速路": "transport",
    "旅游公路": "transport", "一号公路": "transport", "公路": "transport", "油路": "transport", "大桥": "transport",
    "特大桥": "transport", "跨海大桥": "transport", "桥隧": "transport", "隧道": "transport",
    "通道": "transport", "航道": "transport", "水道": "transport", "港区": "transport", "作业区": "transport", "港": "transport",
    "码头": "transport", "机场": "transport", "国际机场": "transport", "机场站": "transport",
    "东站": "transport", "西站": "transport", "南站": "transport", "北站": "transport",
    "高铁站": "transport", "互通立交": "transport", "立交": "transport", "客运站": "transport", "火车站": "transport", "物流枢纽": "transport",
    "交通枢纽": "transport", "客运枢纽": "transport", "综合交通枢纽": "transport", "物流基地": "transport", "大道": "transport", "集散基地": "transport", "配送中心": "transport",
    "配送分中心": "transport", "集散中心": "transport", "应急保障基地": "transport",
    # energy
    "电厂": "energy", "电站": "energy", "核电": "energy", "风电": "energy", "海上风电": "energy",
    "光伏": "energy", "热电联产": "energy", "变电站": "energy", "储备基地": "energy", "油气基地": "energy",
    "管道": "energy", "主网架": "energy", "配电网": "energy", "清洁能源": "energy", "新能源": "energy",
    "储能电站": "energy", "抽水蓄能": "energy", "气田": "energy", "油田": "energy", "风电场": "energy",
    "光伏电站": "energy", "光伏发电": "energy", "生物质发电": "energy", "垃圾焚烧发电": "energy",
    "生物质发电厂": "energy", "垃圾焚烧发电厂": "energy",
    # a city's heating: the plant that makes the heat and the stations that pass it on (第二热源厂, 甲小区换热站)
    "热源厂": "energy", "换热站": "energy",
    # the grid: a direct-current line, a converter or transformer station, a line's works (甲直流二期扩建, 乙750千伏
    # 主变扩建, 丙330千伏线路工程)
    "直流": "energy", "直流工程": "energy", "特高压": "energy", "特高压交流": "energy", "换流站": "energy", "主变": "energy",
    "输变电工程": "energy", "线路工程": "energy", "电网工程": "energy",
    "煤矿": "energy", "露天煤矿": "energy", "矿井": "energy", "选煤厂": "energy", "洗煤厂": "energy",
    # water
    "水资源配置工程": "water", "航电枢纽": "water", "引水工程": "water", "调水工程": "water", "供水工程": "water",
    "治理工程": "water", "整治工程": "water", "灌区": "water", "水库": "water", "水厂": "water",
    "污水处理厂": "water", "水利枢纽": "water", "海堤": "water", "分干线": "water",
    # park / zone
    "产业园区": "park", "产业园": "park", "工业园": "park", "科技园": "park", "物流园": "park",
    "示范园": "park", "园区": "park", "合作区": "park", "高新区": "park", "经济区": "park",
    "开发区": "park", "保税区": "park", "综合保税区": "park", "保税物流中心": "park",
    "产业区": "park", "加工区": "park", "加工园": "park", "物流城": "park", "商贸城": "park", "产业基地": "park",
    "配套基地": "park", "主平台": "park", "集聚区": "park", "标准厂房": "park", "标准化厂房": "park",
    # digital
    "数据中心": "digital", "大数据中心": "digital", "云平台": "digital", "控制中心": "digital",
    "城市大脑": "digital", "算力中心": "digital", "平台": "digital", "超算中心": "digital", "节点": "digital",
    "智算中心": "digital", "智算集群": "digital", "算力集群": "digital", "计算中心": "digital", "算力枢纽": "digital",
    # culture / tourism
    "度假区": "culture_tourism", "景区": "culture_tourism", "公园": "culture_tourism",
    "文化公园": "culture_tourism", "主题公园": "culture_tourism", "小镇": "culture_tourism",
    "博物馆": "culture_tourism", "纪念馆": "culture_tourism", "文化馆": "culture_tourism",
    "图书馆": "culture_tourism", "美术馆": "culture_tourism", "大剧院": "culture_tourism",
    "科技馆": "culture_tourism", "档案馆": "culture_tourism", "陈列馆": "culture_tourism", "展览馆": "culture_tourism",
    "纪念园": "culture_tourism", "陵园": "culture_tourism",
    "祠": "culture_tourism", "古街": "culture_tourism", "文旅": "culture_tourism",
    "历史文化街区": "culture_tourism", "广场": "culture_tourism",
    # a named quarter or old street renewed and opened (甲街区, 乙老街: 基本建成…, 实现…开街运营)
    "街区": "culture_tourism", "老街": "culture_tourism",
    # social
    "敬老院": "social", "养老院": "social", "示范中心": "social", "体育馆": "social",
    "体育中心": "social", "教育基地": "social", "高等教育基地": "social", "中学": "social",
    "小学": "social", "学校": "social", "卫生中心": "social", "医学中心": "social", "新院区": "social",
    "院区": "social", "医院": "social", "卫生院": "social", "保健院": "social", "安置点": "social", "安置区": "social", "幼儿园": "social", "校区": "social", "新校区": "social", "综合楼": "social",
    "业务楼": "social", "教学楼": "social", "住院楼": "social", "门诊楼": "social", "综合体": "other",
    "实训楼": "social", "宿舍楼": "social", "办公楼": "other", "大楼": "other", "病区": "social",
    # municipal works
    "综合管廊": "other", "管廊": "other", "中转站": "other", "垃圾中转站": "other", "转运站": "other",
    # ecology
    "碧道": "ecology", "画廊": "ecology", "湿地公园": "ecology", "绿道": "ecology",
    "示范点": "ecology",
    # industry
    "钢铁": "industry", "炼化": "industry", "一体化基地": "industry", "整车": "industry",
    # a plant's line or the plant itself (甲药业GMP生产线, 乙风机制造厂, 丙集团“灯塔工厂”)
    "生产线": "industry", "制造厂": "industry", "加工厂": "industry", "工厂": "industry",
    "养殖示范基地": "industry", "生产基地": "industry", "精密制造": "industry",
    "种植基地": "industry", "养殖基地": "industry",
    # other institutions and areas
    "实验室": "other", "研究院": "other", "研究中心": "other", "研究所": "other", "创新中心": "other",
    "学院": "other", "新城": "other", "新外滩": "other", "区域中心": "other", "应急救援中心": "other",
    "救援基地": "other", "救援中心": "other", "展示中心": "other", "批发市场": "other", "建设点": "other", "基地": "other", "中心": "other",
    "示范带": "other", "工程": "other", "项目": "other",
}

# A metro line written by its number or its name alone (3号线一期, 5号线, 机场线) is a work only where the sentence
# speaks of a rail system (甲地铁在建线路包括…; 公交1号线 is a bus route)
RAIL_LINE_HEADS = ("号线", "机场线")
RAIL_SYSTEM_WORDS = ("地铁", "轨道交通", "轨道", "轻轨", "城轨", "市域铁路", "市域快轨", "有轨电车", "磁浮", "磁悬浮")
# A government body (省民政厅, 省国防科工局, 国资委, 省老龄办, 人行甲中心支行), listed among the bodies responsible for a
# task (…负责) or taking part in a mechanism, is no works: the ends of such a name (the bodies' ends facts reads,
# zh.UNIT_NAME_ENDS, with a department's 厅 and 办, an office's 办公室, a bank's branch), the words ending so that
# name no body (布局, 大厅, 展厅)
ORGAN_ENDS = (*zh.UNIT_NAME_ENDS, "厅", "办", "办公室", "办事处", "支行", "分行")
NOT_ORGAN_ENDS = (*zh.NOT_UNIT_NAME_ENDS, "大厅", "展厅", "餐厅", "客厅", "舞厅", "会厅", "歌厅", "门厅")
# A grade a scenic area is rated or a resort designated with (甲山5A级景区获批, 乙古镇创建国家5A级旅游景区, 丙湖国家级旅游
# 度假区): a status given to a site, no works (projects.notes.md: status upgrades and designations are excluded)
RATED_SITE_RE = (r"(?:[1-5一二三四五]A|A{3,5}|A)级(?:旅游)?(?:景区|景点|旅游区)$"
                 r"|(?:国家|省|世界)级(?:旅游度假区|旅游景区|风景名胜区|生态旅游示范区)$")
# A status a kind of territory is to reach, quoted (“无废城市”建设, 推进“无证明城市”, “平安乡村”): a campaign's or a
# pilot's label, no works; a quoted name ending in a territory word names no one place's works unless a place is in it
STATUS_TERRITORY_ENDS = ("城市", "省份", "城区", "县城", "县域", "乡村", "社区", "校园", "省", "市", "县")
# 项目 in its other senses: an item funded by a grant or a research programme (基金资助项目, 科研项目, 甲省高等学校科学
# 研究项目, 引智项目, 科普项目), a talent's or a training programme's item, and an item charged for (收费项目): no works
NON_WORKS_ITEM_KINDS = ("资助", "科研", "研究", "引智", "科普", "课题", "攻关", "人才", "培训", "收费", "教改")
# A kind of school or hospital named by its level, type or standing alone (中职学校, 乡村幼儿园, 薄弱学校, 高等学校, 县级
# 医院, 中小学): every such institution, no one of them (a class, as CLASS_OF_WORKS); a place, a firm or a proper word in
# the name makes it one (甲县特殊教育学校), and so does a single level's own (县医院: the county's hospital)
INSTITUTION_CLASS_HEADS = ("学校", "院校", "幼儿园", "医院", "中小学", "中学", "小学", "卫生院")
INSTITUTION_CLASS_WORDS = ("乡村", "农村", "城区", "城市", "城乡", "城镇", "优质", "薄弱", "新建", "配套", "特殊教育", "中职",
                           "高职", "职业", "高等", "专科", "中小", "高中阶段", "高中", "初中", "义务教育", "县域内", "县域",
                           "县级", "市级", "省级", "三级", "二级", "公办", "民办", "普惠性", "普惠", "寄宿制", "小规模",
                           "优抚", "三甲", "示范性", "标准化", "基层", "社区", "公立", "国家", "有关", "内")
# 线上线下 (online and offline) and 线下线上: an idiom of services and campaigns (通过线上线下多种方式, 组织线上线下招聘
# 活动); its 线 is no line's head, and the 上线 inside it no line opened to service
ONLINE_OFFLINE = ("线上线下", "线下线上")

# Heads too weak to make a name on their own: the name needs a specific (non-generic) modifier,
# a quoted part, or a list context.
WEAK_HEADS = {"中心", "基地", "工程", "项目", "园区", "港", "通道", "公路", "油路", "高速", "铁路", "节点",
              "新能源", "清洁能源", "钢铁", "炼化", "整车", "精密制造", "文旅", "管道", "示范点",
              "示范带", "主平台", "示范中心", "集聚区", "产业基地", "古街", "老街", "街区", "水道",
              "大道", "广场", "校区", "综合楼", "业务楼", "教学楼", "住院楼", "门诊楼", "综合体",
              "实训楼", "宿舍楼", "办公楼", "大楼", "病区", "管廊", "中转站", "转运站",
              "生产线", "制造厂", "加工厂", "工厂", "平台"}
# Heads a name makes one work with only by a quoted part, a place or a code of letters and digits (“云仓+物联”冷链物流
# 数智化平台, 甲省政务服务平台, 乙5G平台): a platform named by what it does (国资监管平台, 公共服务平台) is a class or
# a function, no one work (the annotation notes: IT platforms need a proper or quoted name)
PROPER_ONLY_HEADS = ("平台",)
# Heads of a part of a plant (生产线): a work only with the plant's owner named, a company (甲药业GMP生产线, 乙集团…), a
# place or a quoted name; a line named by what it is or makes (全自动生产线, 年产300万套…生产线) is a part of the project
# the text is about, no work of its own
OWNED_HEADS = ("生产线",)
# The words that make a name a firm's (甲水产设备有限公司, 乙集团): a proper element, whatever the words before them
COMPANY_WORDS = ("有限公司", "有限责任公司", "公司", "集团")
# Verbs ending a history of lacking something (结束甲县不通铁路的历史, 告别乙镇没有污水处理厂的历史, 改写丙县无高速的历史)
HISTORY_ENDING_VERBS = ("结束", "告别", "改写", "终结")
# The class a list's count names its members by before the head they share (甲、乙、丙3个乡镇污水处理厂, 2座村级污水处理站):
# each member's name is its own and the head's (甲污水处理厂), not the class's
GLOSS_CLASS_WORDS = ("乡镇", "镇级", "村级", "县级", "农村", "城镇", "集镇")
# Words a company's name holds that are stop words elsewhere (甲城市建设发展有限公司, 乙投资开发集团, 丙和顺食品有限公司):
# before a company's word they are the firm's, no verb or joint of the clause (projects._past_company_words)
COMPANY_INNER_WORDS = ("建设", "发展", "投资", "开发建设", "和", "与", "及")
# …the joints among them: a joint after a work's head joins two works (甲物流园和乙集团总部项目), no firm's words
COMPANY_INNER_JOINTS = ("和", "与", "及")
# …the words of a company's name that name the owner (甲药业, 乙集团, 丙科技有限公司)
OWNER_WORDS = ("有限公司", "公司", "集团", "股份", "控股", "药业", "制药", "实业", "科技", "工贸", "煤业", "铝业", "铜业",
               "纸业", "矿业", "重工", "企业")

# Category keywords searched inside the whole name (rightmost wins over the head's category).
CATEGORY_WORDS: dict[str, str] = {
    "水资源": "water", "灌区": "water", "治理": "water", "整治": "water", "水利": "water",
    "原油": "energy", "天然气": "energy", "油气": "energy", "电厂": "energy", "核电": "energy",
    "风电": "energy", "能源": "energy", "电网": "energy", "热电": "energy",
    "数据": "digital", "云平台": "digital", "雪亮": "digital", "智慧": "digital", "北斗": "digital",
    "旅游": "culture_tourism", "文化": "culture_tourism", "非遗": "culture_tourism", "古城": "culture_tourism",
    "红树林": "ecology", "碧道": "ecology", "生态": "ecology",
    "养老": "social", "敬老院": "social", "卫生": "social", "教育": "social", "医院": "social",
    "冷链物流": "transport", "菜篮子": "transport", "污水": "water", "水库": "water", "供水": "water",
    "修缮": "culture_tourism", "祠": "culture_tourism", "古街": "culture_tourism",
}

# A parenthesis holding only a figure (甲项目(92.5%), 乙中心(3.2亿元)): what is reported of the work, no part of its name
FIGURE_IN_PARENS = r"[\d.]+(?:%|％|亿元|万元|个百分点)?\)"
# A parenthesis holding only where the work stands (甲产业园(开工滞后), 乙连接线(投资滞后), 丙路(续建)) or how it is let
# (丁排涝工程(EPC), 戊路改造工程(PPP)): a status a bulletin reports of it or its contract, no part of its name
STATUS_IN_PARENS = (r"[^()\n]{0,6}(?:滞后|缓慢|超前|正常|提前|未开工|已开工|开工|在建|续建|新建|竣工|完工|投产)\)"
                    r"|(?:F\+)?(?:EPC|PPP|BOT|BOO|TOT|BT)(?:\+O)?(?:模式|项目)?\)")
# The signs inside a figure a name may hold (年产3.5万吨新型人造丝项目, 甲电厂2×660MW扩建工程, 乙石化20万吨/年EVA项目):
# a decimal point, a times sign between two numbers, a slash before the time a capacity is measured per.  Part of the
# name, as its digits are; no boundary of it.
NUMBER_JOINS_RE = r"(?<=\d)[.．×xX*＊](?=\d)|(?<=[\u4e00-\u9fffA-Za-z])[/／](?=年|日|天|小时|时|h\b)"
# Trailing words that belong to a name (a nominal action or a part): 湛江电厂搬迁, ...节点扩容.
TAIL_RE = (r"(?:\((?!以下简称|简称|下称)(?!%s)[^()\n]{1,14}\))?"
           r"(?:[一二三四五六七八九十\d]{1,2}号线(?:[一二三四五六七八九十\d]期(?:工程)?|[东西南北]延(?:伸)?(?:线|段|工程)?)?"  # 甲地铁1号线
           r"|[一二三四五六七八九十\d]{1,2}期(?:扩建工程|改扩建工程|新建工程|扩建项目|扩建|工程|项目)?|(?:(?![^段]{0,3}(?:阶段|手段|地段|路段|时段))[\u4e00-\u9fff]{2,4}?(?:段|节点))"
           r"|[\u4e00-\u9fff]{1,5}至[\u4e00-\u9fff]{1,5}段"  # 甲至乙高铁丙至丁段: a section named by its two ends
           r"(?:改扩建|扩建|改建|扩容|改造|提升)?"  # …丙至丁段改扩建工程: the works on the section (工程 after)
           r"|扩建工程|新建工程|迁建项目|扩建项目|新建项目|建设工程|建设项目"
           r"|提升工程|提升项目|提质工程|配套工程|续建配套与节水改造(?:[一二三四五六七八九十\d]期)?|续建配套|节水改造|改扩建工程|迁建工程|复建改造|新馆|迁建|提升改造|(?:提速|扩能|电气化|复线)改造|改造提升|修缮工程|扩能升级|扩容|搬迁|改扩建|扩建|改造|开发|工程|项目)?(?:(?<!工程)(?<!项目)(?:工程|项目))?"
           r"(?:[一二三四五六七八九十\d]{1,2}号机组)?"  # a unit of a plant (…核电5号机组): a part built, run and named apart
           r"(?:\((?!以下简称|简称|下称)(?!%s)[^()\n]{1,14}\))?") % ((f"{FIGURE_IN_PARENS}|{STATUS_IN_PARENS}",) * 2)
# (以下简称甲) is an alias given, no part; (92.5%%) after a name is a figure reported of it, no part either

# --------------------------------------------------------------------------- left boundary
# Words that cannot be inside a name: verbs, adverbs, particles.  Longest first when compiled.
STOP_WORDS = [
    "以上", "以下", "新增", "做优", "做强", "做大", "做实", "做精", "加快推进", "加快建设", "加快实施", "加快完成", "加紧", "加快", "推进", "推动", "建设", "建成", "新建", "扩建",
    "改建", "开工", "启动", "实施", "打造", "谋划", "申报", "争取", "力促", "支持", "依托", "对接", "引进", "招引", "完成",
    "规划", "落户", "落地", "入驻", "靠泊", "积极", "全力", "大力", "着力", "加强", "提升", "构建", "培育", "发展",
    "创建", "建立", "成立", "组建", "形成", "深化", "实现", "雕琢", "精心", "高水平", "高质量", "高标准",
    "全面", "进一步", "持续", "继续", "不断", "努力", "力争", "确保", "计划", "年内", "今年", "目前", "已经",
    "正在", "共同", "联合", "参与", "深度", "主动", "融入", "探索", "鼓励", "引导", "优化", "完善",
    "强化", "统筹", "整合", "做好", "抓好", "作为", "成为", "包括", "其中", "项目中", "工程中", "以及", "开发建设",
    "配套建设", "重点", "聚力", "全省最大", "一批", "各类", "多个", "若干", "一系列", "这家", "这个", "该",
    "这", "此", "其", "的", "和", "与", "及", "或", "并", "等", "把", "将", "对", "在", "以", "为", "是", "了",
    "由", "向", "于", "从", "让", "使", "被", "个", "座", "条", "所", "批", "各", "已", "要", "还", "也", "又",
    "即", "就", "纳入", "扩大", "带动", "围绕", "聚焦", "紧盯", "面向", "服务", "推广", "开展", "举办",
    "召开", "签约", "签约落地", "投资", "坚持", "挂钩", "联系", "来到", "走进", "先后", "考察", "调研", "视察", "参观", "位于", "前往",
    "全年", "上半年", "下半年", "截至", "当年", "去年", "明年", "前年", "后年", "同期", "深入", "领导", "争创", "带头", "牵头", "建", "抓", "顺利", "加速", "首个", "首艘", "首台",
    "实行", "推行", "储备", "投用", "投运", "投产", "竣工", "通车", "开通运营", "开通", "建成通车",
    # starts and restarts that open the named works (相继开复工甲医院、乙厂房): the verb, no part of the first name
    # (复工 alone is not: 修复工程 holds it)
    "开复工",
    # a push that speeds the named works up (提速甲高铁、乙机场改扩建, 提速丙等34个续建项目), as 加快 and 加速 do; and
    # a completion that opens a site to visitors (建成开放甲遗址公园): the verb, no part of the first name
    "提速", "建成开放",
    # a plant's new line or works put in (新上甲生产线, 新上乙项目): the verb, no part of the name; so is setting up a
    # site or a works (开工仪式同时设立甲项目开工现场)
    "新上", "设立",
    # a clause opening on what comes with or what marks it (随着甲大桥建成通车, 这标志着乙工程正式开工): the connective
    # or the verb of marking, no part of the name after it
    "随着", "伴随着", "标志着", "标志",
    # a deadline before the name (2010年底前体育馆将竣工, 6月底甲路通车): the time, no part of the name
    "年底前", "年底", "年末", "月底前", "月底", "底前",
    # a class before its members (当日集中开工的项目甲工程、乙医院项目): the class, no part of the first name
    "的项目", "的工程",
    # completion verbs of a task list that open its named works (完工甲大桥, 建成开园乙产业园, 基本建成丙街区)
    "完工", "开园", "开街", "建成开园", "基本建成", "已有", "共有", "现有", "还有", "以来",
    # a class's members listed after 有 (进度较快的有甲项目、乙中心; 另有丙园): the verb, no part of the first name
    "的有", "另有", "分别有", "其中有",
    # what a visit or a report learns of the works (实地了解甲项目进展, 据了解,乙工程…): the verb, no part of the name
    # (了 alone is a stop: 解 would open the name)
    "了解到", "了解",
    # a connective opening the clause (但甲化工项目进度滞后, 而且乙水厂…): it joins the clause, no part of the name
    "但是", "但", "而且", "并且",
    "选址", "简称", "宣布", "出席", "毗邻", "紧邻", "邻近", "临近", "拥有", "设有", "配有", "建有", "具有", "今天", "今日", "昨天", "项目有", "工程有", "项目为", "项目是", "连接", "衔接", "接入", "连通",
] + list(zh.LIST_INTRODUCERS)
# Words that end a name going leftwards only: an event held before the work it is held for (甲县举行乙项目开工仪式: the
# verb, no part of the name); after a name (在甲园区举行) the place is the event's venue, which the stop words do not end
LEFT_STOPS = ("举行",)
# Stations of a line: a line's stations named in a list its count of stations closes or opens (共设甲东、乙南3个车站;
# 设车站3座,分别是A站、B站、C站) are parts of the line, not projects of their own.  The station heads, the counters of
# stations and the words that open the members after such a count.
STATION_HEADS = ("车站", "高铁站", "火车站", "客运站", "东站", "西站", "南站", "北站", "站")
STATION_COUNTERS = ("座", "个")
# Quantifiers of many (一批重点高速公路项目, 一系列重大工程) and the class words between them and a generic name
PLURAL_QUANTIFIERS = ("一批", "一系列", "多个", "各类", "若干", "一大批", "批")
CLASS_MODIFIERS = ("重点", "重大", "骨干", "标志性", "省级", "市级", "县级")
# An honour after a name (甲卫生院获评全国示范卫生院, 乙景区被评为4A级景区): the facility is at work already, named for
# the honour, no work reported.
HONOUR_VERBS = ("获评", "荣获", "被评为", "评为", "被命名为", "被授予", "获得称号")
# Counters of the works a list closes with (甲、乙等4条高铁, 等3座水库, 等6家省实验室, 等5所学校)
# (等10大项目, 等十大工程: the count of the works a list names, 大 as the counter)
LIST_COUNTERS = zh.SET_COUNTERS + ("批", "大")
# The suffixes that make a word a property of a class (千亿级, 标志性, 示范类, 新型) or a relative clause (打基础利长远的):
# a class so described names no head its members share (projects.from_lists)
CLASS_PROPERTY_ENDS = ("级", "性", "类", "型", "的")
# The size a list's class is described by, between its count and 项目 (等26个总投资30亿元以上项目, 等9个投资超10亿元的大
# 项目): what kind of projects they are by their amount, no head the members share
CLASS_SIZE_RE = r"(?:(?:总|计划)?投资(?:额)?)?(?:超过|超|达到|达|近|约|在)?\d+(?:\.\d+)?(?:多|余)?(?:亿元|万元|亿|万)(?:及?以上|左右)?的?"
# A party told what it must do (…建设单位要…, 各责任部门应…, 业主须…): a directive's clause, whose verbs (抓紧推进, 加快
# 建设) are the party's duty, no report of the stage of a work named before it (projects._later_predicate)
DIRECTED_PARTY_RE = r"(?:单位|部门|企业|业主|法人|责任人)(?:要|应当|应|须|必须)"
# Words that rate a class of projects by the role they play (等典型示范项目, 等一批强链补链项目, 等龙头项目): a class so
# described, like one sized by its amount, names no head its members share; each member is named by itself
CLASS_ROLE_WORDS = ("典型", "示范", "标杆", "样板", "引领", "龙头", "牵引", "带动", "引擎", "支撑", "链主", "延链", "补链",
                    "强链", "固链", "优链", "标志", "旗舰", "优质", "增量", "大好高", "好", "大")
# Counters of a class of works counted inside a name (11项重大水利工程, 12个乡镇污水处理厂): a count, no one work
# (重点实施10大工程项目: a count of them; 8宗, 3批 too).  Not 条 and 座: they count the roads and bridges one work is made
# of (改造3座危桥工程, 新建2条连接线工程), a name that is still one work's
CLASS_COUNTERS = without(zh.SET_COUNTERS, "条", "座") + ("宗", "批", "大")
# Counters of a group of an enumeration that names its members class by class (18个重大产业项目中甲、乙等11个项目，
# 20件民生实事中丙等15个项目): the count of the class the group is drawn from
GROUP_COUNTERS = ("个", "项", "件", "宗", "批", "类", "大")
# Words totalling a list's count (甲水库、乙灌区等总计11项重大水利工程): zh's class
LIST_TOTAL_WORDS = zh.LIST_TOTAL_WORDS
# Fields of works a list's class may name (甲水库、乙灌区等重大水利工程): the items are works by themselves
WORKS_FIELDS = ("水利", "交通", "能源", "市政", "环保", "文旅", "社会事业")
# Heads that name a station by its direction from the town (甲东站): a conjunct before 、 shares only 站 (乙南、甲东站 → 乙南站).
DIRECTION_STATIONS = ("东站", "西站", "南站", "北站")
# Verbs that name a line only as what another connects to (向北连接甲乙客专, 接入既有丙铁路, 与丁高铁相接): context, stage
# unknown (the verbs before the name are PREFIX_CUES; these are the ones after it, with 与 before the name).
CONNECT_AFTER = ("相接", "相连", "相衔接", "衔接", "接轨", "连接")
# Verbs of an inspection or a visit (督查组先后深入甲基地、乙安置点): the sites visited are the works inspected.
VISIT_VERBS = ("深入", "来到", "走进", "前往", "先后到", "先后来到", "实地察看", "实地查看", "察看", "查看",
               # what an inspection learns of a work on its visit (详细了解甲项目规划建设情况); not 据了解, a news source
               "了解")
INSPECTION_WORDS = ("督查", "督导", "督办", "观摩", "检查", "核查", "调研", "视察", "察看", "查看")
# Who and where at a project (…项目负责人介绍, …项目施工现场): they end the name like a part of the works.
PROJECT_SITES = ("相关负责人", "负责人", "建设单位", "施工单位", "业主单位", "项目部", "施工现场", "建设现场", "现场", "工地")
# Verbs after which a zone or facility is where something else settles (落户青川高新区): a location, not a project.
# What a facility has (甲中心拥有游泳池、羽毛球场等体育设施): its parts described, no works of their own.
HAVE_VERBS = ("拥有", "设有", "配有", "建有", "具有")
# What one work is built of and what it makes: a list after the content a work's description gives (建设内容包括道路工程、
# 排水工程…, 该项目拟建设屠宰车间、冷库…等附属设施, 甲厂扩建工程主要建设沉淀池、配套管网工程) names its parts, and a list
# after what a plant makes (主要生产消音器、变速箱、电瓶线等, 年产钢化玻璃、中空玻璃等产品) its products: no works of their
# own.  The content words, the verbs one work (该项目, 本工程, a named work; not a class: 重点项目主要建设A、B) governs its
# parts by, the classes of parts a list may close with, and the verbs of products.
CONTENT_WORDS = ("建设内容", "建设规模", "工程内容", "主要内容", "建设任务")
CONTENT_COPULAS = ("主要包括", "包括", "包含", "涵盖", "主要为", "主要是", "主要有", "为", "是", "有")
CONTENT_VERBS = ("主要建设", "拟建设", "将建设", "计划建设", "拟新建", "主要新建", "新建", "建设", "配套建设")
PART_CLASSES = ("附属设施", "配套设施", "附属工程", "配套工程", "辅助设施", "附属用房", "配套用房")
PRODUCT_VERBS = ("主要生产", "生产销售", "生产", "年产", "主营", "主要产品为", "主要产品有", "主要产品包括", "产品包括")
# Beside it (毗邻甲大学新校区): the facility is a landmark giving a place, not the work reported.
LOCATION_VERBS = ("落户", "落地", "入驻", "位于", "坐落于", "坐落在", "选址于", "选址", "进驻", "毗邻", "紧邻", "邻近", "临近")
# Zones a work is built in (该项目在甲经济技术开发区建设, 乙公司在丙高新区投资建设…): after 在 a zone of these heads is where
# the works stand, not the works (the annotation notes: existing facilities used only as a location)
LOCATION_ZONE_HEADS = ("开发区", "高新区", "经济区", "合作区", "综合保税区", "保税区", "集聚区", "园区")
# 某开发区与6家企业签订合作协议: the words joining two sides and the verbs of their agreement; what stands before them
# is a party, not a project.
PARTY_JOINERS = ("与", "同")
AGREEMENT_VERBS = ("签订", "签署", "达成", "签下")
# Events of a whole news report named in its headline (…重大项目集中开工): the stage of the projects it names
# without a stage of their own.
TITLE_EVENTS = {"集中开工": "under_construction", "开工仪式": "under_construction", "开工活动": "under_construction",
                "开工暨": "under_construction", "集中竣工": "completed", "竣工仪式": "completed",
                "集中投产": "operating", "投产仪式": "operating", "集中签约": "planned", "签约仪式": "planned"}
# A ceremony held for a work (甲项目奠基活动, 乙工程开工仪式, 丙产业园揭牌典礼): the deed marked and the event's noun; what
# stands before them is the work's name, however weak its head (集中开工暨甲项目奠基活动 → 甲项目)
CEREMONY_DEEDS = ("奠基", "开工", "动工", "签约", "揭牌", "竣工", "投产", "落成", "开业", "启动", "开工奠基")
CEREMONY_NOUNS = ("仪式", "活动", "典礼")
# Units of the amount a programme is named by (千万头肉牛工程, 千亿斤粮食产能建设, 百万只肉羊工程): a round magnitude of two
# characters, one of these and a programme's head are the target a campaign aims at, no one work's name (a farm named by
# its size, 万头肉牛养殖项目, 百万头生猪养殖项目, is a work)
TARGET_NAME_UNITS = ("头", "只", "羽", "斤", "户")
TARGET_NAME_HEADS = ("工程", "行动", "计划", "产能建设", "提升行动")
# What only works undergo (建成投运, 开工, 通水, 并网): a quoted name with 工程 that one of these follows (“西电入东”工程建成投运)
# is a works, not a programme (实施“强基”工程).
WORKS_EVENTS = ("建成", "投运", "投产", "开工", "动工", "竣工", "完工", "通水", "通电", "送电", "并网", "合龙", "贯通")
# Characters after 建 that make it part of a noun inside a name (北屏绿色建材产业园, 建筑垃圾处理厂), not the verb.
JIAN_NOUNS = "材筑"
# Characters before 建 that make it part of a place's name, no verb (福建: 福建省甲产业园 is one name).
JIAN_PLACE_HEADS = "福"
# Nominal actions written between a name and 项目/工程 (…医院迁建项目, …大桥扩建工程): part of the name.
# Stop words that are a verb before a work's name and a nominal action after one (提速甲高铁 / 启动甲高铁提速、乙城际
# 建设): after a name, before 、, the word is the sibling's own, and the verb governing the list stands before it
VERB_OR_ACTION = ("提速",)
NOMINAL_ACTIONS = ("建设", "迁建", "扩建", "改建", "新建", "续建", "复建", "重建", "改扩建", "改造", "提升改造", "搬迁", "修缮")
# …and the upgrade written before 工程 or 项目 (甲大道景观提升工程, 乙街区风貌提升项目): a work's own action there, as 改造
# is; elsewhere 提升 is the verb of a clause (提升甲园区承载能力), so only before those bare heads
BARE_HEAD_ACTIONS = (*NOMINAL_ACTIONS, "提升")
# The works done on a place or a facility, written after its name as the item of a list of works (甲河综合治理, 乙片区
# 改造, 丙路提质改造, 丁大道延伸, 戊湖生态修复): with the nominal actions above, they end a work's name
PLACE_WORKS_ACTIONS = (*NOMINAL_ACTIONS, "综合治理", "综合整治", "治理", "整治", "提质改造", "改造提升", "提质", "提升",
                       "修复", "生态修复", "延伸", "拓宽", "提标改造", "升级改造", "保护利用", "保护开发")
# What such works are done on besides a facility or a road: water, an area of a town (甲河, 乙片区, 丙老街, 丁棚户区)
PLACE_WORKS_SITES = ("片区", "老街", "街区", "小区", "社区", "棚户区", "城中村", "湿地", "河道", "水系", "岸线", "河段",
                     # the infrastructure of a named area (甲片区基础设施建设, 乙园区配套设施提升)
                     "基础设施", "配套设施")
# 某大道全长42公里,其中甲区段18公里 / 某高速乙县段、丙县标段: a place named before 段 names the stretch of a work that
# runs through it (its section, its lot), not the place whose figures follow
WORK_SECTION_WORDS = ("标段", "段")
# Parts of a project's works that a progress report names right after the project (…水库大坝填筑, …快速通道路基工程
# 完成85%, …医学中心主体工程, …机场航站楼主体结构封顶): they end the name, they do not extend it.
PROJECT_PARTS = ("主体工程", "主体结构", "主体", "大坝", "坝体", "路基", "路面", "桥面", "桥梁", "桩基", "基础工程",
                 "厂房", "航站楼", "站房", "管网", "装修", "设备", "渠系",
                 "主塔", "主梁", "主桥", "引桥", "土建", "导流明渠", "导流洞", "穹顶", "主厂房", "闸室")
# Words that end a name going rightwards besides the stop words (…中心主体建成, …部分开服).
FWD_STOPS = [*zh.PROJECT_PHASE_ENTRY, "主体", "部分", "正式", "累计", "总是", "列入", "入选", "成功", "首次", "全部", "已", "均",
             "获批", "获得", "正在", "目前", "前期", "项目", "工程", "建设", "安全", "实现", "被", "顺利",
             "有序", "进度", "取得", "投", "开", "竣工", "通车", "开港", "完成", "达", "超", "增长", "总",
             "提供", "进驻", "入区", "二次", "提档", "创建", "争创", "扩能", "扩容", "搬迁", "深化",
             "双线", "左线", "右线", "单线", "至今", "仍", "尚", "迟迟", "于", "如期", "全线", "整体", "基本", "即将", "因", "全长", "总长", "占地",
             # a time after a name (确保东湖大桥三季度开工, 力争X年底前投产): the name ends before it
             "一季度", "二季度", "三季度", "四季度", "上半年", "下半年", "年底", "年初", "年中", "明年", "后年", "当年", "月底",
             "本月", "下月",
             # ahead of time (甲铁路提前一年建成通车): the name ends before it
             "提前",
             # a forecast after a name (甲水厂项目预计2025年6月正式投产, 乙园区有望年内开园): no name holds the words
             "预计", "预期", "有望"]
SOFT_STOPS = {"和", "与", "及", "、"}
# 及 joining works and what comes with them (甲集团钒资源综合利用及配套工程项目, 乙智能装备及百吨级装备组件): a conjunct after it
# that names nothing of its own (no place, no proper word) and ends in no head or one of these is part of the name on
# its left, not a second work (丙港区二期及配套铁路专用线 names two: 铁路专用线 is a work's head)
COMPLEMENT_JOINERS = ("及",)
COMPLEMENT_HEADS = ("工程", "项目", "设施", "基础设施", "配套设施")
# Stop words that are adverbs only before one of ADVERB_VERBS (高标准建设); before a noun they belong to the
# name (高标准农田建设项目).
ADVERB_STOPS = ("高水平", "高质量", "高标准")
ADVERB_VERBS = ("建设", "推进", "打造", "建成", "实施", "发展", "规划", "谋划", "完成", "编制", "开展")

# Words that, ending a conjunct before 和/、, mean the 和/、 joins industries inside one name
# (…现代钢铁、绿色石化和高端造纸产业链配套基地), not two project names.
INDUSTRY_WORDS = ("钢铁", "石化", "造纸", "化工", "能源", "材料", "装备", "科学", "技术", "医药", "信息",
                  "电子", "食品", "纺织", "农业", "渔业", "物流", "制造", "旅游", "文化")

# --------------------------------------------------------------------------- genericity
# Modifier vocabulary that alone does not make a name specific (电商产业园 is generic; 雷州… is not).
GENERIC_WORDS = sorted({
    # a class of rural roads by what they reach or are surfaced with (通县油路, 通乡公路, 通村水泥路): no one road's name
    "通县", "通乡", "通村", "通组", "油路", "水泥路",
    # the classes of trunk roads (国省干线公路, 国省道大中修工程): every such road, no one of them
    "国省道", "国省", "干线", "县乡",
    "现代化", "现代", "农业", "产业", "工业", "科技", "创新", "国家级", "国家", "省级", "市级", "县级", "高新",
    "技术", "经济", "开发", "综合", "物流", "冷链", "电商", "商贸", "文化", "创意", "旅游", "生态", "绿色",
    "智慧", "数字", "大数据", "数据", "信息", "公共", "服务", "示范", "重点", "重大", "特色", "优势", "新兴",
    "战略性", "先进", "制造业", "制造", "装备", "海洋", "能源", "新能源", "汽车", "配套", "临港", "临空", "空港",
    "港口", "航空", "专业", "货运", "快速", "便捷", "陆海", "出海", "过海", "新型", "新", "大型", "中型", "小型",
    "大", "主", "龙头", "骨干", "基础", "设施", "城市", "乡村", "农村", "美丽", "社区", "居家", "养老",
    "教育", "卫生", "医疗", "健康", "体育", "安全", "应急", "高端", "国际", "区域", "全域", "特别", "融合",
    "区域性", "一流", "世界级", "全国性", "标准化", "规模化", "产业化", "一体化", "集约化", "智能", "智能化",
    "研发", "孵化", "加工", "出口", "进口", "外贸", "跨境", "保税", "食品", "农产品", "电子", "上下游",
    "产业链", "供应链", "创新链", "实训", "产教", "人才", "双创", "众创", "科创", "载体", "平台", "高标准",
    "高质量", "高水平", "优质", "重要", "核心", "中心", "片区", "园", "区", "级", "型", "类", "性", "化",
    "以上", "以下", "各级", "一批", "多元化", "现代服务业", "服务业", "高新技术", "民营", "中小企业",
    "央企", "省企", "国企", "民企", "海工", "微网格", "网格", "网络", "5G", "物联网", "互联网", "工业互联网", "人工智能", "云计算", "区块链", "管网", "电网", "市政", "公办", "民办", "普惠", "标准", "精品", "样板",
})

# Names made only of generic words plus one of these heads are classes, not projects.
CLASS_HEADS = {"中心", "基地", "园区", "平台", "网络", "项目", "工程"}

# --------------------------------------------------------------------------- exclusions
# Substrings that make a candidate a policy, designation, campaign, positioning or class.
EXCLUDE_SUBSTR = (
    "试点", "试验区", "先行区", "先行示范区", "发展示范区", "经济示范区", "示范市", "示范县", "示范镇", "示范村",
    "全域旅游", "经济带", "城市群", "都市圈", "走廊", "产业集群", "行动", "计划", "规划", "方案", "政策",
    "战略", "体系", "格局", "机制", "模式", "会战", "品牌", "惠民", "提质增效", "提质升级", "提质扩容", "提质工程", "再造", "扩容提质", "一把手",
    "区域性", "世界级", "世界一流", "全国性", "地区", "全省", "全国", "全市", "省级以上", "以上", "之城",
    "新高地", "高地", "目的地", "冬休", "中国南方", "效能", "攻坚", "样板", "革命", "网络",
    "中型", "小型", "海外", "境外", "最大", "自贸区", "自贸港", "扩区", "国家级开发区", "开发开放", "上下游", "产业链基地", "就业",
    "脱贫", "领导小组", "专班", "服务体系", "新征程", "一网", "陆海新通道", "西部陆海", "二次创业",
    # corridors of a strategy or a procedure, not works (义甬舟开放大通道, 能源大通道, 项目审批绿色通道, 升级版…)
    "大通道", "绿色通道", "升级版",
    # programmes named as works (文旅创新工程, 乡村振兴工程, 强基工程) and protected areas designated, not built (国家公园)
    "创新工程", "振兴工程", "强基工程", "培育工程", "赋能工程", "倍增工程", "国家公园",
    # the state's forestry and land programmes (三北防护林, 天然林保护, 退耕还林, 防沙治沙): a county carries its share
    # of them year after year, no one work with an end
    "防护林", "天然林保护", "天然林资源保护", "退耕还林", "退耕还草", "退牧还草", "防沙治沙", "风沙源治理", "石漠化综合治理",
)
# Size classes of works (中型水库, 小型灌区): a class, unless a name stands before them (甲中型灌区 is one work)
SIZE_CLASS_WORDS = ("中型", "小型")
# 创业 names a campaign (大众创业, 二次创业) unless a facility for start-ups follows it (创业孵化中心, 创业园)
# 基础设施 names a field or a class (交通基础设施, 基础设施互联互通) unless works on it end the name (乙片区老旧小区及周边基础设施
# 建设工程, 丙产业园基础设施项目)
# The slogans of the industrial chain (延链补链, 强链补链, 锻长板, 补短板, 强弱项) name what a kind of projects is for, no work
EXCLUDE_PATTERNS = (r"创业(?!孵化|园|基地|中心|大厦|小镇|街区)", r"基础设施(?!(?:建设|配套|提升|改造)?(?:工程|项目))",
                    r"[延补强固稳扩][链]|[锻补][长短]板|强弱项",
                    # an upgrade of an ability or a standard (质量提升工程, 能力提升项目): a programme, no works
                    r"(?:质量|能力|效能|素质|水平|能级|素养|技能)提升")
# Industries a place's name goes before without naming one work (甲市集成电路、乙市工程机械、丙市生物医药): the place's
# industry, a cluster or a field, no project (甲市集成电路产业园 ends in a work's head and is one)
INDUSTRY_NAMES = ("集成电路", "工程机械", "生物医药", "新能源汽车", "电子信息", "新一代信息技术", "新材料", "装备制造",
                  "高端装备", "轨道交通装备", "航空航天", "人工智能", "数字经济", "医疗器械", "智能制造", "节能环保",
                  "纺织服装", "食品加工", "绿色食品", "现代物流", "软件和信息服务", "先进制造", "有色金属", "精细化工")
# What a place's industry is named as (上海市集成电路集群, 甲市光电子信息集群, 乙市新材料产业链): a cluster, no work (a head
# ending so, 智算集群, names one)
CLUSTER_TAILS = ("集群", "产业链", "产业带")
# What a programme named by its slogan's figures ends in (361015工程, 541010行动): no work of its own.
CODE_PROGRAMME_HEADS = zh.PROGRAMME_HEADS
# Whole-name exclusions for very generic names.
# Words naming a class of projects by its stage, rank or field (新建项目, 续建项目, 前期工作项目, 重点产业项目): a
# headline's 临川县新建项目 or 全县续建项目 is the class of a place, no project's name.
PROJECT_CLASS_WORDS = ("续建", "在建", "新开工", "已开工", "开工", "计划开工", "拟开工", "计划新开工", "新建", "预备",
                       "前期工作", "前期", "储备", "谋划", "竣工", "建成", "完工", "投产", "签约", "招商", "拟建",
                       "重点", "重大", "产业", "民生", "基础设施", "社会事业", "城建", "工业", "省级", "市级", "县级",
                       "年度", "亿元以上", "亿元",
                       # a class by size or by what it adds (过亿项目, 超十亿元项目, 优质增量项目)
                       "过亿", "超亿元", "过十亿", "超十亿元", "十亿元级", "百亿级", "亿元级", "优质", "增量",
                       # a class by the size of each work (甲园区、乙基地等单体大项目: large single works)
                       "单体",
                       # the rest of a batch (甲、乙、丙3个其他项目): the items the sentence names, no class of their own
                       "其他", "其它")
# Words naming a class of projects by the government level that lists them (省列重大项目, 甲市自治区层面重大项目) or by
# being works at all (重点工程续建项目, 工程建设项目 of 省市两级重点工程建设项目): with the stage and rank words above, a name
# made only of them is a class.
CLASS_LEVEL_WORDS = ("层面", "省列", "市列", "州列", "盟列", "县列", "区列", "旗列", "工程", "建设")
# What a class of projects is qualified by besides its class words (二季度项目, 第一季度重大项目, 127亿元项目, 文旅项目):
# the time its members are pushed in, the amount they reach, the field they are of (with WORKS_FIELDS); a place before
# them at most, they name no one work (projects._class_of_place)
CLASS_TIME_RE = r"\d{4}年度?|第?[一二三四1-4]季度|[上下]半年|全年|今年|明年"
CLASS_AMOUNT_RE = r"\d+(?:\.\d+)?(?:多|余)?(?:亿元|万元|亿|万)(?:及?以上)?"
# Single characters a list's class after 等 may hold besides the words above (等344个新项目, 等14个市定重点项目, 等单体大项目)
LIST_CLASS_STEM_EXTRA = ("新", "定", "列", "大")
# Kinds of works and networks named alone (加快轨道交通项目建设, 推进海上风电、通用机场建设): a class of works, no one work
# (with a place or a proper word before them they name one: 甲海上风电, 乙通用机场).
CLASS_OF_WORKS = {"轨道交通", "城市轨道交通", "海上风电", "陆上风电", "通用机场", "5G基站", "充电桩", "特高压",
                  "城际铁路", "高速公路", "国省干线", "农村公路", "高标准农田", "抽水蓄能", "分布式光伏"}
# Renewals of a class of neighbourhoods (老旧小区改造, 棚户区改造): every such area of a place, no one work, unless a
# named area is renewed (甲片区老旧小区改造); the words naming the whole urban area a class is of (城区老旧小区改造工程)
CLASS_RENEWALS = ("老旧小区改造", "棚户区改造", "城中村改造", "老旧小区", "棚户区")
URBAN_AREA_WORDS = ("中心城区", "主城区", "老城区", "城区", "市区", "县城", "城镇", "城乡")
EXCLUDE_EXACT = {"项目", "工程", "基地", "中心", "园区", "重大项目", "重点项目", "产业项目", "大项目",
                 "龙头项目", "基础设施", "民生工程"}

# Stems after 等 that mean "the items listed are projects themselves" (…等重大项目建设).
GENERIC_LIST_STEM = r"(?:\d+个|[一二三四五六七八九十百]+个)?[\u4e00-\u9fff]{0,8}?(?:项目|工程|载体|建设|设施)"

# Frame before a name that marks positioning rather than construction.
POSITIONING_VERBS = ("打造", "建设成为", "定位为", "成为", "争创", "创建")

# --------------------------------------------------------------------------- stages


def _milestones(stage: str) -> str:
    """The milestones of ``stage`` as one alternation, longest first."""
    words = sorted((w for w, st in zh.PROJECT_MILESTONES.items() if st == stage), key=len, reverse=True)
    return "(?:" + "|".join(words) + ")(?!后)"  # 达产后可实现…: what follows once it is reached, not a report


# A start or a completion denied (尚未开工, 未按期竣工, 迟迟未动工): the start is still a plan, the begun works go on
_DENIALS = r"(?:尚未|仍未|还未|未能|迟迟未|均未|未|(?:尚|还|仍|均)?没有|没能)(?:按期|如期|按时|按计划)?"
NOT_STARTED_RE = _DENIALS + r"(?:开工|动工|开建|启动建设|启动)"
NOT_DONE_RE = _DENIALS + r"(?:完工|竣工|建成|投用|通车)"

# 开竣工 / 开工竣工: starts and completions reported together (集中开竣工项目32个, 甲、乙等项目集中开竣工): which work
# started and which was finished is not said, so no stage is (the 竣工 in it is no completion)
JOINT_START_FINISH_RE = r"开(?:工)?[、和与及]?竣工"

# A start or a completion denied, and the stage it leaves the works in:
# 尚未开工, 迟迟未动工, 未按期开工: a start that has not happened is still a plan (开工滞后, 开工滞后于计划: a start
# behind its date, not made); 未完工, 未按期竣工, 尚未建成通车: begun works not finished are still under way
DENIED_CUES: list[tuple[str, str]] = [(NOT_STARTED_RE + "|开工滞后", "planned"), (NOT_DONE_RE, "under_construction")]

# A signing of works (成功签约, 签约落地, 集中签约, 签订): they are agreed on and set to be built, planned.
SIGNED_RE = r"(?:成功|集中|正式)?签约(?:落地)?|签订"
# A signing still to be made (拟签约, 推进签约, 争取签约, 在谈项目推进签约): the works are only sought, proposed; read
# before SIGNED_RE, which would read the 签约 in them
SIGNING_TO_COME_RE = r"(?:拟|推进|推动|争取|力争|促进|促成|加快|即将|将)(?:集中)?签约"
# Works brought in by the place (成功招引, 引进落地) or settled in it (甲、乙等项目落户本市): won and set to be built, not
# begun, planned as a signed work is; not when a start or a completion is reported with it (落户即开工)
ATTRACTED_RE = r"(?:成功|新|累计)?(?:招引|引进)(?:落地)?"
# (某某基地项目正式落地某高新区: 落地 reported done, with its adverb, says the same as 落户; a bare 落地 is what a plan
# supports or pushes, 支持…项目落地, and 落地生根 / 落地见效 what takes root)
# (…落地某工业园: the place it settled in said, as after 落户)
SETTLED_RE = (r"(?:(?:成功|正式|相继|先后)?落户|(?:成功|正式|相继|先后|顺利)落地(?!生根|见效|落实|开花)"
              r"|落地(?=[\u4e00-\u9fff]{2,12}?(?:园区|园|开发区|新区|高新区|县|市|镇|乡|港)(?![\u4e00-\u9fff])))"
              r"(?![^,。;]{0,6}?(?:开工|动工|开建|投产|建成|竣工))")
# Cues found after a mention (its predicate): checked first.
POSTFIX_CUES: list[tuple[str, str]] = [
    (JOINT_START_FINISH_RE, "unknown"),  # (甲、乙等项目集中开竣工: neither stage of either)
    (SIGNING_TO_COME_RE, "proposed"),  # (甲、乙等在谈项目推进签约: not signed yet)
    # the denied start or completion before the start and completion cues below
    *DENIED_CUES,
    # works ready for the next step (基本具备竣工条件, 已具备通车条件, 具备开工条件): the step is still to come, so the
    # works are under way (or, before a start, decided on); before the completion and start cues below
    (r"具备[^,。;]{0,6}?(?:竣工|完工|验收|通车|投产|投用|运营)[^,。;]{0,2}?条件", "under_construction"),
    (r"具备[^,。;]{0,6}?(?:开工|动工|施工|进场)[^,。;]{0,2}?条件", "planned"),
    # works mostly done (甲街区基本建成, 乙公园基本竣工, 丙中心主体工程完工): still under way, not completed (the
    # completion cues below would read 竣工/完工 in them); in a plan or a task part a target (projects._stage)
    # works about to be finished (甲整治工程即将完工, 乙大桥即将建成通车): the works go on (the completion cues below
    # would read 完工 in them)
    # works partly built (甲景区项目已部分建成, 乙工程部分竣工): the rest goes on, as 基本建成 says
    # (甲工程即将交付使用, 乙项目进入竣工倒计时: the hand-over or the completion is still to come)
    # works mostly built and handed over for use (甲医院新院区基本建成并投入使用, 乙学校基本建成交付使用): in use, as
    # 投入使用 alone says (completed; 基本建成投产 runs: operating); before the 基本建成 of works still going on below
    (r"基本(?:建成|竣工|完工)并?(?:投入使用|交付使用|投用)", "completed"),
    (r"基本(?:建成|竣工|完工)并?(?:投产|投入运营|投入运行)", "operating"),
    # works mostly built (甲街区基本建成, 乙公园基本竣工): reported so, they are done (the brief of session 29: 基本建成
    # → completed); in a plan or a task part a target (projects._stage, PARTIAL_COMPLETIONS)
    # (甲工程基本完成。: done; not 基本完成征地, nor 征地拆迁工作已基本完成: a task's work, the works go on)
    (r"基本(?:建成|竣工|完工)|(?<![作务续迁已])基本完成(?=[,，。;；])|(?<![作务续迁])已基本完成(?=[,，。;；])", "completed"),
    (r"部分(?:建成|竣工|完工)|主体工程(?:已|均已)?(?:基本)?(?:完工|竣工|建成)"
     r"|即将(?:全面)?(?:建成|竣工|完工|投产|投用|通车|交付使用|投入使用|交付)|(?:竣工|完工|通车|投产)倒计时",
     "under_construction"),
    # works sought (争取丙水库年内开工, 力争列入国家规划): not yet decided on, proposed; before the commitments below
    (r"(?:争取|力争)[^,。;]{0,8}?(?:纳入|列入|进入)(?!名单)|争取[^,。;]{0,12}?(?:开工|动工|开建)", "proposed"),
    # works being prepared (甲铁路前期工作, 乙机场迁建工程前期工作, 正在办理前期手续): their preparation is in hand, so the
    # works are planned, as a list's 前期项目 are (zh.PROJECT_LIST_STAGES); an ongoing verb pushing the preparation
    # (甲铁路正在有序推进前期工作, 乙港区加快推进前期工作) prepares the works, does not build them (the under_construction
    # row below would read 有序推进/加快推进 alone)
    # works listed among those a year's list prepares (甲水库列入今年开工预备项目, 乙路纳入前期项目) or named as in their
    # preparation (正在进行前期准备工作的项目): planned; before the 开工 / 正在进行 cues below, which they hold
    (r"前期(?:工作|手续|研究|论证|准备)"
     r"|(?:有序|加快|加紧|加速|扎实|积极|全力|稳步|顺利)推进[^,。;]{0,6}?前期"
     r"|正在(?:进行|开展|办理|推进)[^,。;]{0,4}?前期|(?:列入|纳入|进入)[^,。;]{0,10}?(?:预备|前期)(?:项目|工程)", "planned"),
    # X计划“十四五”期间建成通航, X确保年内开工: a completion or a start promised is a plan
    # (预计 only forecasts a completion, 预计明年6月正式投产: works to be finished soon are being built now, read by the
    # completion cues below and projects._done_to_come; a start forecast, 预计明年开工, is still to be made)
    (r"(?:计划|力争|确保)[^,。;]{0,12}?(?:建成|完工|竣工|通车|通航|投产|投用|开工|动工|开建)"
     r"|预计[^,。;]{0,12}?(?:开工|动工|开建)", "planned"),
    # 已建成高标准农田1.5万亩: an amount built so far is progress, not completion
    (r"(?:已|累计|共)建成[^,。;\d]{1,10}?\d", "under_construction"),
    # milestones of the works, of a first operation, of an approval (zh.PROJECT_MILESTONES), and a phase entered
    *((_milestones(st), st) for st in ("operating", "planned", "under_construction")),
    (rf"(?:{'|'.join(zh.PROJECT_APPROVAL_PAPERS)})?(?:已|均已)?获(?:得)?[^,。;]{{0,8}}?(?:{'|'.join(zh.PROJECT_APPROVAL_VERBS)})",
     "planned"),
    # a part of the works finished (已完成厂房主体建设, 完成桩基施工): the works go on
    (rf"(?<!未)完成[^,。;\d]{{0,4}}?(?:{'|'.join(PROJECT_PARTS)}|工程)", "under_construction"),  # 完成剥离工程: a part's works
    (rf"(?:{'|'.join(zh.PROJECT_PHASE_ENTRY)})[^,。;]{{0,8}}?(?:阶段|施工|建设)", "under_construction"),
    # built and put into service (建成投运, 竣工投运): handed over for use, as 投入使用 says (the annotation notes: completed);
    # not what follows once so (建成投运后…)
    (r"(?:已|均已|相继|先后)?(?:建成|竣工)投运(?!后)", "completed"),
    # built and producing (建成投产, 竣工投产) or handed over to buyers (商业化交付): the works run, as 投产 alone says
    # an institution set up and at work (挂牌运行, 正式运行, 实体化运行, 首批招生), a computing centre lit (相继点亮), a line
    # opened to service (开通运营)
    (r"(?:已|均已|相继|先后)?(?:建成|竣工)投产|(?:建成|竣工)(?:并?投入)?运营|(?:商业化|商业|批量)交付|(?:挂牌|正式|实体化|独立)运行|(?:首批|正式|开始|首次)招生"
     r"|点亮|开通运营|开通运行|(?:建成)?通车运营|(?:建成)?通航运营", "operating"),  # 通车运营: opened and in service
    (r"建成通车|建成开港|建成使用|竣工验收|通车|(?:全线|正式|建成)?开通|开港|投入使用|交付使用|揭牌成立|揭牌|挂牌成立|挂牌(?!督办|督查|督导|整治)|建成并?投用"
     # 投用, the short form of 投入使用 (甲市场投用, 乙馆正式投用): handed over for use, as 投入使用 says
     r"|(?<![未没将])(?:正式|全面)?投用(?!后|率)"
     r"|(?<!主体)已完工|全面完工|建成完工|(?<!主体)完工|已竣工|竣工|通过[^,。;\d]{0,6}?验收", "completed"),
    (r"建成投入(?:试)?(?:运行|使用|运营)|建成投用|建成通水|建成通气|(?<![未没])通水|(?:如期|正式)?开学|(?:正式)?启用|开业|开园|开馆"
     r"|(?:建成|正式)开放"  # 博物馆新馆建成开放: opened to visitors
     # works done (县医院迁建、城北路改造完成), not a figure done (改造完成投资3亿元, 改造完成率)
     r"|(?:改造|迁建|搬迁|改扩建)完成(?![^,。;]{0,4}(?:投资|任务|计划|目标|率|\d))",
     "completed"),  # 已建成投入试运行: built, now on trial
    (r"(?<!产)(?:正式|批量|实现)?量产|试生产|试投产|投入生产|正式投产|(?:全面|部分)?投产|部分开服|开服|封关运营|正式运营|投入运行|运营|运行良好|上线运行|(?:正式)?上线|试运行"
     r"|(?<!未)(?<!尚未)并网(?:发电|运行)?", "operating"),  # 首台机组并网发电: a plant partly in service
    # works being designed (甲体育中心项目正在设计, 乙医院正在进行施工图设计, 丙大桥处于方案设计阶段): decided on, not
    # begun: planned (as 规划设计 below); before the 正在进行 of works under way
    (r"正在?(?:进行|开展|加紧|加快|抓紧)?[^,。;\d]{0,4}?设计|(?:方案|初步|施工图)设计(?:阶段|中)", "planned"),
    (r"完成主体(?:建设|施工|工程)|主体(?:已|均已)?(?:基本)?建成|主体(?:已|均已)?(?:基本)?完工|结顶|封顶|累计完成|完成[^,。;\d]{0,4}投资|形象进度|正式开工|开工建设|开工|动工建设|动工|有序推进|顺利推进|加快推进|加速推进|抓紧推进|抓紧实施|抓紧建设|加紧推进|压茬推进|进一步加快|顺利建设|加快建设|提速建设|提速推进|提速实施|建设提速|进展顺利|全面铺开|加快实施"
     r"|正在进行|正进行|正在建设|正在施工|施工中|加紧施工|加快施工|设备安装|场地平整"
     # the pace or the order of works reported going on (甲、乙等项目全速推进, 丙工程按计划实施, 丁项目有序实施, 戊等
     # 项目建设进程加快)
     r"|全速推进|(?:按计划|按期|有序)实施|(?:建设)?进程加快|建设加快"
     # the works' site a report stands at (在甲项目建设现场, 乙工程建设工地上): the works are going on there
     r"|建设现场(?!办公|指挥|管理)|建设工地"  # (成立甲水库建设现场办公室: an office set up for works still to begin)
     # what was done measured against the year's plan (年度计划投资完成率超90%, 完成年度计划的85%): 计划 in them is the
     # plan the works are measured by, no intention
     r"|(?:年度|全年)?(?:计划)?投资完成率|(?:年度|全年)?计划完成率|(?<!开工)完成率|完成(?:年度|全年)(?:计划|目标|任务)"
     r"|(?<=\t)(?:续建|在建|新开工|已开工)"
     # the year's share of the works done (当年任务基本完成, 年度建设任务全面完成): the works go on past it
     r"|(?:当年|年度|全年|今年)(?:建设|投资)?任务(?:已|均已)?(?:基本|全面)?完成"
     # progress reported on the works: 进展较快, 按计划推进, 路基工程完成85%, 进入路面施工, 主体施工
     r"|(?<!开工)(?:进度|投资)(?:严重|明显|较为|相对)?(?:滞后|缓慢|偏慢)|(?<=项目)(?:严重|明显)?滞后|停工|停建|如火如荼|热火朝天|紧锣密鼓|进展(?:迟缓|缓慢)|进展较快|进展较好|推进较快|推进顺利|推进迅速|建设顺利|(?:投资)?进度(?:较快|最快|领先)|进展良好|取得(?:了)?(?:重大|重要|积极|明显|实质性|突破性|阶段性|新的?)?进展|按计划推进|按期推进|稳步推进|快速推进|全面推进|扎实推进|强力推进|全力推进|(?:全面|正式)启动|启动实施|(?<![修恢])复工|完成\d+(?:\.\d+)?%|完成[^,。;\d]{1,8}\d+(?:\.\d+)?(?:公里|千米|米|万立方米|%)|[^,。;\d]{0,6}施工(?!许可|图|招标)|(?<!未)完成[^,。;\d]{0,6}安装|安装调试", "under_construction"),  # a table's 建设性质 cell after the name
    (r"成为[^,。;]{0,12}(?:样板|典范|标杆)", "completed"),
    # a work signed (甲产业园项目签约落地, 乙项目成功签约): agreed on, planned (SIGNED_RE); not when a start is reported
    # with it (实现当年签约、当年开工: the start says more)
    (rf"(?:{SIGNED_RE})(?![^,。;]{{0,6}}?(?:开工|动工|开建|投产|建成|竣工))", "planned"),
    (SETTLED_RE, "planned"),
    (r"(?<=\t)(?:计划开工|拟开工|计划新开工|新建)|计划投资|总投资|拟投资|实行[^,。;]{0,6}|列入[^,。;]{0,8}计划|入选|被遴选|遴选为|纳入[^,。;]{0,10}名单|(?:列入|纳入)[^,。;]{0,8}?(?:重点|重大)(?:建设)?(?:项目|工程)|(?:增补)?(?<![投收])入盘(?![活点])|(?:列入|纳入|进入)[^,。;]{0,8}?盘子|计划[^,。;]{0,10}开工|规划设计|办理[^,。;]{0,6}(?:许可|手续)|施工许可|施工图设计|深化[^,。;]{0,6}方案", "planned"),
    (r"建成$|成立$", "completed"),
    (r"预可研|可研编制|可行性研究|项目建议书", "proposed"),  # studies before a decision to build
]
# What 建设 names as a noun before them (项目建设总建筑面积, 建设规模, 建设工期): a measure of the works, 建设 no verb
WORKS_MEASURE_NOUNS = ("总建筑面积", "建筑面积", "总占地面积", "占地面积", "用地面积", "总面积", "面积", "规模", "内容", "工期",
                       "周期", "期限", "单位", "地点", "任务", "标准", "性质", "年限")
# Cues before a mention (the governing verb): the rightmost wins; longest alternatives first.
PREFIX_CUES: list[tuple[str, str]] = [
    # 集中开竣工甲、乙、丙等项目: one verb for starts and completions together names neither stage of any one work
    # (longer than the 竣工 in it, so it wins where both end)
    (JOINT_START_FINISH_RE, "unknown"),
    # 尚未建成的项目有A、B, 未按期开工的C: a denied start or completion before the works (longer than the 开工 / 建成 in
    # it, so it wins where both end)
    (NOT_STARTED_RE, "planned"),
    (NOT_DONE_RE, "under_construction"),
    # (谋划实施了甲高速、乙水库: 谋划 governs the verb after it, its 了 reports the planning done, not the works begun, so it
    # outweighs the build verb with 了 that ends where it ends)
    (r"谋划(?:建设|推进|实施|打造|布局|启动|储备)了?|谋划|争取开工建设|争取|规划建设|积极申报|申报|推动|策划|储备|研究推进|探索"
     rf"|{SIGNING_TO_COME_RE}", "proposed"),
    # a signed project (成功签约甲项目, 签约落地乙产业园, 与丙集团签订总投资5亿元的丁项目) is agreed on and set to be built,
    # not begun: planned (projects.notes.md: 规划设计 of a signed project; the gold of session 28's blind sets)
    (SIGNED_RE, "planned"),
    # works brought in (成功招引甲、乙等3个项目, 引进落地总投资5亿元的丙项目): won for the place and set to be built, not
    # begun, as a signed work is: planned
    (ATTRACTED_RE, "planned"),
    # 前期项目14个,包括A: members of the class of works being prepared, planned (zh.PROJECT_LIST_STAGES)
    # (还将开复工甲、乙: starts still to be made)
    (r"计划新开工|计划开工|拟开工|计划实施|前期(?=[^,。;]{0,4}?项目)|(?<!即)将(?:集中)?(?:开复工|复工|动工)", "planned"),
    # (提速实施甲铁路、乙高速: works to be sped up are under way, as 加快实施 says)
    (r"加快推进|加快建设|加快实施|加快完成|提速实施|提速建设|提速推进|提速|加快|加紧|加速|推进|有序推进|全力推进|持续推进|扎实推进|续建|在建|改造提升|新开工|已开工(?:建设)?"
     r"|(?<![划拟未])(?:集中|正式|同步|当天|已)?开工(?:建设)?的"  # 主会场开工的X: a relative clause reporting the start
     # 正在实施的甲工程, 正在建设中的乙园区: a relative clause saying the works are going on now
     r"|正在(?:实施|建设|施工|推进|兴建|修建|加快建设|加紧建设)中?的"
     # a series of starts reported made (相继开复工了A、B、C, 陆续开工建设甲、乙, 先后动工丙): the works are under way
     r"|(?<![将拟])(?<![^主]要)(?:相继|陆续|先后|集中)(?:开复工|开工|复工|动工)(?:建设)?了?"
     # a build verb with 了 reports the deed (去年主要实施了甲、乙等项目, 开工建设了丙水库): the works were taken in
     # hand, not only planned
     r"|(?<![将拟])(?<![^主]要)(?:开工建设|启动建设|实施|建设|新建|扩建|改扩建|推进|启动)了", "under_construction"),
    # 开工 before the works (3月18日,全市开工甲、乙、丙等18个项目) as 开工建设: a start reported, or one to come in a
    # plan or the year's tasks (projects._stage)
    # a completion or a start put to come in a relative clause before the work (定于下半年投产发电的甲项目, 计划年底建成的乙
    # 大桥, 预计明年开工的丙项目): the work is planned (即将建成的 is the works about to be finished: under way)
    (r"(?:定于|计划|预计|(?<!即)将|拟|力争|争取|确保|有望)[^,。;的]{0,12}?(?:建成|竣工|完工|投产|投用|通车|运营|开工|动工)"
     r"[^,。;的]{0,4}的", "planned"),
    # 建设 as the works' noun before a measure of them (甲项目建设总建筑面积1.5万平方米、乙项目…: the project's floor
    # area, no verb of the item after it: WORKS_MEASURE_NOUNS)
    (r"开工建设|(?<![划拟未])开工(?!率)|启动建设|启动|新建|扩建|改扩建|开发建设|配套建设|高水平建设|高质量建设|高标准建设"
     rf"|建设(?!{'|'.join(WORKS_MEASURE_NOUNS)})|打造|实施"
     # 计划 as an intention (计划实施甲项目, 计划投资50万元用于乙路), not the year's plan a figure is of (年度计划投资42亿元,
     # 主要有A、B: the year's planned investment of a batch reported, a noun; SCHEMA: 计划 marks a target when it states an
     # intention)
     r"|(?<!年度)计划|拟建|建立|谋划|雕琢|布局"
     r"|规划中的?", "planned"),
    # 完工甲大桥, 建成开园乙产业园: a completion verb before the work, as 建成 (in a plan or a task part: to be done)
    (r"开通运营|投入运营", "operating"),  # 开通运营甲地铁1号线: opened to service (among tasks: to come)
    # built and producing written before the works (建成投产甲煤矿、乙钢厂等20个项目): they run, as 建成投产 after them
    # says (POSTFIX_CUES); before the 建成 below, which would read them only built (among tasks: to come)
    (r"(?:建成|竣工)投产", "operating"),
    # (基本建成两个项目: mostly built, reported so, done: the brief of session 29)
    (r"基本建成|基本完工|基本竣工|建成|完成|成立|组建|揭牌|(?<![未没])完工|开园|开街|开通", "completed"),
    (r"依托|对接|以(?=[^,。;]*为(?:抓手|串联|依托|载体|支撑))|串联|连接|衔接|接入|连通", "unknown"),
]
# A clause opening with one of these lists the members of the class the clause before it names (…计划新开工项目
# 未开工，包括A、B等): that clause is the frame of the members' stage.  The introducers of a list's items but 其中有,
# which opens a part counted (…项目15个,其中有3个未开工), no members named
LIST_OPENERS = without(zh.LIST_INTRODUCERS, "其中有")
# Class words beside the stages of a list heading that a list's class may carry (签约项目主要有:A、B).
# A supervision notice's classes of lagging works (滞后项目, 推进缓慢的项目, 欠进度项目, 未达序时进度的项目) are works
# under way.
CLASS_STAGES = {"签约": "planned", "集中签约": "planned", "拟签约": "proposed", "在谈": "proposed", "洽谈": "proposed", "拟建": "planned", "储备": "proposed",
                "滞后": "under_construction", "缓慢": "under_construction", "欠进度": "under_construction",
                "序时进度": "under_construction"}
# Classes of zones a list's members belong to (甲新区、乙科学城、丙产业园等5个重点片区; …等3个先进制造业园区).
ZONE_CLASSES = ("片区", "园区", "新区", "功能区", "板块", "组团")
# The counters of an entry of a list per unit (甲市2个,A和B;乙局1项,C): how many of the class's members a unit has.
UNIT_ENTRY_COUNTERS = ("个", "项", "处")
# Copulas after a class of projects that list its members (尚未开工的3个项目为A、B, 续建项目主要有A).
# (the copulas of any list, zh.LIST_COPULAS, and 主要有 / 包括 naming the main members or some)
CLASS_COPULAS = zh.LIST_COPULAS + ("主要有", "包括")
# …those that name a class's members, never what one work is (甲工程是某县一号民生工程: a bare copula)
MEMBER_COPULAS = zh.RESPECTIVE_COPULAS + ("主要有", "主要包括", "包括", "主要是")
# Openers of the members of a class named before 中 (开工的15个项目中,还有A、B等; 竣工项目中,另有C): 有 "there are"
CLASS_PART_OPENERS = ("还有", "另有", "也有", "有")
# What a list item measures written before its name with 的 (全长约1公里的甲管廊, 占地120亩的乙物流园, 总建筑面积3万平方米
# 的丙医院): its length, area or capacity, and their units (the amount invested is read beside them)
ITEM_SIZE_WORDS = ("全长", "总长", "长", "占地面积", "占地", "总建筑面积", "建筑面积", "用地面积", "总面积", "面积",
                   "装机容量", "装机", "总库容", "库容", "日处理", "年处理", "规模")
ITEM_SIZE_UNITS = ("公里", "千米", "米", "万亩", "亩", "万平方米", "平方米", "平米", "公顷", "万千瓦", "千瓦", "兆瓦",
                   "万立方米", "立方米", "万吨", "吨")
# A zone that holds projects (经开区已有5个项目建成投产, 园区现有企业32家): a host, not one of them.
HOST_VERBS = ("已有", "共有", "现有", "拥有", "已入驻", "入驻")
# Words before a project that commit to its completion (确保X年内建成, 力争X年底前投产, 将X建成): the completion is a
# target, whatever the document's genre.
COMMIT_WORDS = ("确保", "力争", "争取", "力促", "全力促", "促进", "计划", "预计", "预期", "将", "拟", "务必", "要求", "推动")
# The year's arrangement of projects (今年全县安排重点建设项目86个,…新开工项目40个,包括A、B): the new starts it lists are to
# come (planned), unless the sentence reports what was done (已, 完成, 累计).
ANNUAL_PLAN_RE = r"(?:安排|计划安排|拟安排|计划实施|拟实施)[^。;；\n]{0,16}?(?:项目|工程)"
ANNUAL_PLAN_DONE = ("已", "完成", "累计", "实际")
# A chapter of a work report setting out the year's tasks (二、2026年重点工作, 三、今年工作安排): what it says is built or
# put into service there is to come; a chapter looking back (一、2025年工作回顾, 重点工作完成情况) ends it.
TASK_CHAPTER_WORDS = ("重点工作", "工作安排", "主要任务", "重点任务", "工作打算", "工作部署")
REVIEW_CHAPTER_WORDS = ("回顾", "完成情况", "成就", "总结", "进展情况")
# Words before a project that commit to its start (确保A、B年内开工, 力争X三季度动工): the start is a plan.  Narrower than
# COMMIT_WORDS: 将/要求/推动 also frame works under way (将加快推进X, 要求X按期开工 of works already begun).
START_COMMIT_WORDS = ("确保", "力争", "计划", "拟", "预计", "预期", "务必")
# Pushes before a project whose start follows it (加快推进甲基地、乙中心等项目开工或投产, 加速丙项目开工): a start that is
# pushed for has not been made, the start is a plan (a push on the works, 加快推进X建设, reports them under way)
START_PUSH_CUES = ("加快推进", "加快", "推进", "加速", "加紧", "全力推进", "有序推进", "持续推进", "扎实推进")
# Times to come written between a name and its start (甲高铁将于明年开工): the start is planned.
FUTURE_TIME_WORDS = ("将于", "将在", "计划于", "拟于", "预计于", "有望于", "明年", "年内", "年底前", "下半年", "下月")
# Times and commitments to come written between a name and its completion (甲图书馆将于今年10月竣工, 乙大道预计后年通车,
# 丙中心也将于今年完工, 丁项目有望明年建成投产): the completion is not reported.  年内/年底前 alone are not among
# them (a review's 当年开工、年内建成 reports it made); 将 counts only next to a time (将于, 将在本月底, 年底前…将).
FUTURE_DONE_WORDS = ("将于", "将在", "计划于", "拟于", "预计", "有望", "力争", "确保", "争取", "明年", "后年", "下半年", "下月")
# …of them, the words that commit to the completion (确保甲大桥年内建成, 乙馆计划于10月竣工, 力争丙厂明年投产): a target, the
# works planned.  The others forecast it (甲大桥将在今年建成, 乙医院有望年内竣工, 丙馆预计10月完工): works that are to be
# finished soon are being built now (the lead's convention), under construction.
DONE_COMMIT_WORDS = ("计划于", "拟于", "力争", "确保", "争取", "计划", "拟")
FUTURE_DONE_RE = (r"(?<!即)将(?=[^,。;已]{0,8}?(?:\d{4}年|今年|年底|年末|月|季度|前))"
                  r"|(?:\d{4}年|今年|年底|年末|月底|季度)[^,。;已]{0,8}?(?<!即)将")  # 2010年底前体育馆将竣工
# Words before 启动 that report it done (先后启动甲、乙建设, 已启动丙建设): the works were begun; 启动X建设 alone, as a task
# states it, is to come.
REPORTED_SERIES = ("先后", "相继", "陆续", "已", "已经", "均已", "业已", "正式")
# Build verbs that may open an item of a list of works (甲工程、新建乙机场、新建丙铁路等): the item's verb, no part of its name
ITEM_BUILD_VERBS = ("新建", "扩建", "改建", "续建", "迁建", "开工建设", "建设", "建成", "实施")
# Works mostly done (基本建成, 主体工程完工): under way when reported, a target in a plan or a task part as 建成 is.
# A push before the works (推动甲、乙等项目加快完成前期工作) wishes them on, proposed, unless their preparation after it
# says where they stand: being prepared, planned (谋划 / 争取 / 申报 before them stay proposed whatever follows).
PUSH_CUES = ("推动",)
# A line heading a list of projects written one a line (一、续建项目(12个), 青川县2024年重点项目清单, 三、前期项目): a
# project word with a word that makes it a list or names its stage (zh.PROJECT_LIST_STAGES besides these)
PROJECT_LIST_HEADING_WORDS = ("清单", "计划", "一览表", "名单", "名录", "安排表", "计划表", "汇总表", "重点项目", "重大项目",
                              "项目")
# A list of projects announced (省政府公布2025年省重点项目名单, 《关于印发2025年重点建设项目名单的通知》, 2025年度省重中之重
# 项目确定): the words that name such a list and the verbs that announce it.  The works it names without a stage of
# their own are to be built: planned (the gold's convention for the items of a plan list).
LIST_DOC_WORDS = ("名单", "清单", "一览表", "名录")
LIST_ANNOUNCE_VERBS = ("公布", "印发", "下达", "确定", "出炉", "发布", "公示", "出台", "审定")
# Field labels of an item's own lines under its name (建设内容:…, 总投资:…): the item's card, no new list
PROJECT_ITEM_FIELDS = ("建设内容", "建设规模", "主要建设内容", "建设内容及规模", "总投资", "计划总投资", "年度计划投资",
                       "年度计划", "年度投资计划", "建设地点", "建设性质", "建设年限", "建设起止年限", "责任单位", "牵头单位",
                       "项目业主", "业主单位", "项目单位", "建设单位", "进展情况", "形象进度", "备注", "项目概况")
# The words a work's card opens with when the work's name stands alone on the line above it (甲航空产业园项目⏎总投资
# 120亿元…; 乙水闸重建工程⏎工程于2022年7月开工…): the card's subject is the name above, left unwritten or taken up by
# the works' noun; the fields of a list's card (PROJECT_ITEM_FIELDS) open it as well
CARD_OPENERS = (*PROJECT_ITEM_FIELDS, "该项目", "该工程", "项目", "工程", "总投资", "计划投资", "概算", "位于", "坐落于", "选址",
                "占地", "总占地", "规划", "主要建设", "主要包括", "包括", "分为", "分两期", "由", "于", "继", "目前", "截至")
# Verbs of a task heading (三、加快重点项目建设): a part of a report, no list of projects
LIST_HEADING_TASK_VERBS = ("加快", "推进", "抓好", "加强", "推动", "做好", "强化", "扎实", "全力", "狠抓", "突出", "聚焦")
# Units a class of projects is counted in (建设进度较快项目共21个, 前期项目12项, 续建项目8宗): those of any count of projects
STAGE_PART_UNITS_ALL = zh.PROJECT_COUNT_UNITS
ITEM_LIST_LINES_MAX = 80  # lines walked up from an item to the heading of its list
ITEM_RESIDUE_MAX = 16  # characters of a stray line between items (a page number, a romanised line)
# A stage verb right after a short name opening a clause (甲抽蓄开工, 乙路东延建成通车, 丙河防洪提升竣工): the name is of
# works, with or without a head noun (projects._subject_cands; the name must carry a proper element)
SUBJECT_STAGE_VERBS = ("开工", "竣工", "完工", "建成通车", "建成投运", "建成运营", "投产", "通车", "并网发电")
# …but words saying how or when the clause's doer starts or ends works (甲县集中开工, 乙市全面开工, 丙区陆续竣工): the
# name before them is a place or a body doing it, no works
SUBJECT_STAGE_ADVERBS = ("集中", "全面", "正式", "陆续", "相继", "同时", "同步", "顺利", "如期", "按期", "提前", "全部", "均已",
                         "已经", "已")
# …and the event's own day before the stage verb (甲项目、乙项目同日开工, 丙园当天投产): no name's character
PREDICATE_DAY_LEADS = ("同日", "当日", "当天", "同期")
# …of which those saying a doer starts or ends works all at once (甲县重点项目集中开工, 乙市全面开工): before them a weak
# head (项目, 工程) is the doer's class of works, no name's end (projects._Finder._continues)
DOER_STAGE_ADVERBS = ("集中", "全面")
PREPARATION_WORD = "前期"
PARTIAL_COMPLETIONS = ("基本建成", "基本竣工", "基本完工", "部分建成", "部分竣工", "部分完工", "主体工程")
# Verbs that only say works are undertaken (实施甲、乙等5个项目): in a progress report, what is reported done on the works
# after them (已完成投资5亿元) says where they stand.
BARE_PLAN_VERBS = ("实施", "建设", "打造")
# Markers of a future commitment in the clause: 建成/完成 under them are targets.
# What a title ends with when the text sets out tasks or targets to come (…重点工作分工方案, 2026年主要预期目标, 政府工作
# 报告重点任务, 年度工作要点): the text is a plan (projects._is_plan); a report on them ends in 推进情况 / 完成情况.
PLAN_TITLE_ENDS = ("分工方案", "实施方案", "工作方案", "攻坚方案", "重点任务", "工作要点", "任务清单", "预期目标", "目标任务")
FUTURE_RE = r"将|要|力争|确保|计划|争取|尽快|年底前|年内|到20\d\d年|十[一二三四五六]五|未来|拟|预计"

# --------------------------------------------------------------------------- events referred back to
# A news report of a ceremony names its projects after a back-reference to the event (此次开工的项目中…,
# 本次集中签约的…): the event's stage holds for them.
EVENT_BACKREF = r"(?:此次|本次|这次|当天|当日|今天|今日)(?:共|共计|一共|集中|同时){0,2}(开工|竣工|投产|签约)"  # (此次共开工…)
EVENT_BACKREF_STAGES = {"开工": "under_construction", "竣工": "completed", "投产": "operating", "签约": "planned"}

# --------------------------------------------------------------------------- people are not projects
# An official named with the role (市委书记王某宣布项目开工): the words after a role and a person's name are
# what the person does, never part of a project name.
PERSON_ROLES = ("书记", "市长", "县长", "区长", "州长", "省长", "镇长", "乡长", "主任", "局长", "厅长", "部长",
                "主席", "委员", "常委", "负责人", "董事长", "总经理", "秘书长")
PERSON_ACTS = ("宣布", "表示", "指出", "强调", "介绍", "主持", "出席", "致辞", "讲话", "调研", "视察", "察看", "要求",
               "下达")  # (县委书记某某下达开工令)

# Class words that an item card (1.X基础设施项目:) may carry: the list fixes the referent.
ITEM_CARD_CLASS_WORDS = ("基础设施",)

# --------------------------------------------------------------------------- a city's roads and their sections
# A city's road works are named by the road and the stretch built, from one road or junction to another, in
# parentheses (甲路(乙路至丙路)道路工程, 丁大街(戊路-G310)): the stretch fixes one work, however ordinary the road's
# name.  The words a road's name ends in (a section of it after: 北延伸段, 二期), the words joining a stretch's two ends,
# what a stretch's end is (a road, a junction, a bridge, a coded highway), and the works words after the stretch.
ROAD_WORDS = ("快速路", "快速通道", "高架", "大道", "大街", "辅道", "环路", "路", "街", "道", "线", "大桥", "桥", "隧道")
# Road words that name a class or a part of a network, no one road (支线道路, 主线, 线路, 便道)
ROAD_CLASS_NOUNS = ("道路", "线路", "主线", "支线", "干线", "辅道", "便道", "通道")
ROAD_SECTIONS = ("延伸段", "延长线", "北延", "南延", "东延", "西延", "东段", "西段", "南段", "北段", "段")
# The classes of a trunk road written before its number or its name (国道318线, 省道方珲公路, 县道332线): with the stretch
# built (国道318线甲至乙段) or the works done on it (国道220线中修工程) they name one work, however long the stretch's words
ROAD_CLASS_WORDS = ("国道", "省道", "县道", "乡道")
# The words of the works done on a trunk road's stretch, written between the stretch and 工程/项目 (…段路面重铺工程, …段
# 加铺沥青砼路面改造工程, …段升级改造工程) or alone after it (…段整治): part of the work's name
ROAD_WORKS_WORDS = ("公路", "道路", "路面", "路基", "重铺", "加铺", "沥青砼", "沥青", "白改黑", "改造", "提升", "提级", "升级",
                    "改扩建", "改建", "扩建", "新建", "建设", "大中修", "大修", "中修", "整治", "治理", "拓宽", "改线", "修复",
                    "快速化", "安防", "桥梁", "大桥", "桥")
# What may follow a coded road's stretch inside a list of them (G220甲段、S201乙线和S343丙线)
ROAD_CODE_LIST_JOINS = zh.VALUE_LIST_JOINERS + ("等",)  # (the joiners of a list's values, and 等 closing it)
# A single dash joining two ends of a line inside its name (南阳—荆门—长沙特高压交流, 甲-乙高速公路)
RANGE_DASHES = ("—", "-", "－", "–")
# The kinds of a line named by its two ends, and the shorter word its short name takes (和若铁路; 甲乙高速 for
# 甲州至乙城高速公路; 丙丁城际 for 丙州至丁城城际铁路)
LINE_SHORT_FORMS = {"铁路": "铁路", "高速铁路": "高铁", "高铁": "高铁", "城际铁路": "城际", "客运专线": "客专", "高速公路": "高速",
                    "高速": "高速", "一级公路": "一级公路", "公路": "公路"}
RANGE_JOINERS = ("至", "到", "—", "-", "~", "－", "～")
RANGE_END_WORDS = ROAD_WORDS + ("环", "互通", "立交", "高速", "口", "广场", "路口", "交叉口", "站")
RANGE_WORKS_WORDS = ("道路", "桥梁", "市政", "综合", "改造", "提升", "拓宽", "改扩建", "新建", "建设", "大修", "整治",
                     "升级", "延伸", "改建", "快速化", "工程", "项目")
