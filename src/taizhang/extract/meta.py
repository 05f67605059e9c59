"""Document metadata: title, date, source, doc_type, regions, people.

Everything is read from ``Doc.norm`` (noise removed, simplified, half-width) with
general cues rather than per-source rules:

- title: the headline (first heading-like line before the first paragraph); an
  interview that opens with a quoted lead and has no headline gets a derived
  title "专访<role><name>" (``title_derived``).
- published: a dateline or adoption/meeting date in the header, a date line at
  the end (signature), else the year the text calls 今年, else "".
- source: a "来源:" field, the newspaper in Q&A labels or bylines, else the
  issuing body named in the title (中共XX市委关于…).
- doc_type: title cues (规划/建议/纲要, 政府工作报告, 统计公报, 通知/通报), interview
  cues (Q&A labels, 专访, ——访), else news.
- regions: the document's main region (from sub-interviews, the interviewee's
  role, or the most mentioned region), then the regions of sub-interviews.
- people: officials and journalists named next to a role word, at first mention.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import rx
from .lang import alternation, zh
from .context import RE_SINCE_CLOSER, RE_SITE_CLOCK, RE_WIRE_DAY, is_chrome_line, posting_line, self_refs
from .doc import Doc, DocumentRecord, Person, Section
from .normalize import normalize_chars
from .docregions import addressee_lines
from .structures import is_units_line
from .jieba_dict import dictionary_words, posseg as _posseg
from .outline import RE_INTERVIEW, RE_QUESTION, ends_sentence, is_byline, is_heading_text, is_paragraph, split_lines

# ------------------------------------------------------------------ vocabulary
ROLE_WORDS = ("总书记", "副书记", "书记", "副省长", "省长", "副市长", "市长", "副区长", "区长", "副县长", "县长", "州长",
              "镇长", "乡长", "副主任", "主任", "副部长", "部长", "副局长", "局长", "副厅长", "厅长", "常委", "委员",
              "副主席", "主席", "秘书长", "院长", "检察长", "总理", "党组成员", "司长", "处长", "行长", "社长",
              "董事长", "总经理", "会长", "理事长", "关长", "署长", "盟长", "旗长")
PRESS_ROLES = zh.PRESS_ROLES
RE_ROLE = rx.compile("|".join(sorted(ROLE_WORDS, key=len, reverse=True)))
RE_PRESS = rx.compile("|".join(PRESS_ROLES))
# A byline at the end of a paragraph: "…。 记者 陈高飞", "(记者 张三 李四)".
RE_TAIL_BYLINE = rx.compile(r"(?<=[。!?”)])[\s(]*(%s)[\s\xa0]*([\u4e00-\u9fff]{2,4}(?:[\s\xa0、]+[\u4e00-\u9fff]{2,4})*)"
                            r"[\s)]*$" % "|".join(PRESS_ROLES))
# A byline in brackets inside a paragraph: "本报讯(记者 张三 通讯员 李四)…".
RE_PAREN_BYLINE = rx.compile(r"[(\[【]\s*((?:%s)[^()\[\]【】。,;]{2,40})[)\]】]" % "|".join(PRESS_ROLES))
# Words that end a role phrase when reading backwards from the role word.
ROLE_STOPS = ("专访", "采访", "访问", "访", "了", "在", "是", "对", "向", "与", "及", "由", "据", "日前", "近日", "今天",
              "昨天", "表示", "指出", "说", "的", "接受", "陪同", "会见", "带领", "率", "让", "请", "听取", "主持",
              "出席", "参加", "记者", "报道", "同志")
AFTER_NAME = set("在接表说指强等和与的同对一是为到主带率出会调介向就也将已曾所")
# Common single-character and compound surnames (a person-name candidate must start with one).
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
    "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕"
    "楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈"
    "晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶"
    "斯元束檀衣信展阴昝智幸奉植衡富尧闭由")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "夏侯", "令狐", "端木")
NEWSPAPER = r"[\u4e00-\u9fff]{2,6}?(?:日报|晚报|时报|早报|商报|特区报|都市报|青年报|法治报|报)"
# 来源:某市统计局 — on a page run on into one line (…统计公报来源:某市统计局发布时间:2020-03-05…) the name ends where the
# next field's label begins
RE_SOURCE_FIELD = rx.compile(r"(?:来源|稿源|出处)\s*[::]\s*((?:(?!(?:%s)\s*[:：])[^\s|丨,,。【\[])+)"
                             % alternation(zh.DATELINE_FIELD_LABELS))
RE_BYLINE_PAPER = rx.compile(r"(%s)(?:社)?\s*(?:记者|通讯员|讯)" % NEWSPAPER)
_BYLINE_ANCHOR = rx.compile(r"报(?:社)?\s*(?:记者|通讯员|讯)")  # where every RE_BYLINE_PAPER match's paper name ends


def _byline_paper(text: str):
    """``RE_BYLINE_PAPER.search(text)``, tried only where a match can start: 2 to 8 characters before a 报 that
    a 记者/通讯员/讯 follows (a paper's name is 3 to 9 characters and ends in 报), not at every character."""
    tried = 0
    for a in _BYLINE_ANCHOR.finditer(text):
        p = a.start()
        for s in range(max(tried, p - 8), p - 1):
            m = RE_BYLINE_PAPER.match(text, s)
            if m:
                return m
        tried = max(tried, p - 1)
    return None


RE_INTERVIEW_PAPER = rx.compile(r"接受(%s)(?:记者)?(?:专访|采访)" % NEWSPAPER)
RE_ISSUER = rx.compile(r"^(中共[\u4e00-\u9fff]{1,14}?委(?:员会)?|[\u4e00-\u9fff]{2,16}?(?:人民政府办公[室厅]|人民政府|"
                       r"人民代表大会常务委员会|委员会|办公[室厅]|统计局|局|厅))(?:关于|印发)")
RE_ISSUER_LINE = rx.compile(r"^[\u4e00-\u9fff]{2,20}(?:人民政府|人民政府办公[室厅]|委员会|统计局|局|厅|办公室)$")
RE_DATE = rx.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
RE_DATE_DASH = rx.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
RE_DATE_CN = rx.compile(r"([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")
RE_YEAR = rx.compile(r"(?<![\d\-—~至到])(20\d{2}|19\d{2})\s*年(?![\d]*\s*[-—~至到])")
CHROME_WORDS = ("当前位置", "首页", "下载", "打印", "字号", "浏览", "分享", "页面宽度", "保留字段", "阅览", "关闭窗口",
                "扫一扫", "责任编辑", "来源", "发布时间", "发布日期", "IP属地", "欢迎您访问", "欢迎访问", "欢迎光临")

TITLE_CUES = (
    ("work_report", re.compile(r"政府工作报告")),
    ("report", re.compile(r"统计公报|经济运行|运行情况|统计监测|国民经济和社会发展统计|报告$|公报$|执行情况")),
    ("notice", re.compile(r"通报|通知|公告|通告|决定$|办法$|规定$|意见$")),
    # a list of projects (…重点项目清单, …项目名单, …投资计划表, …一览表) sets out what is to be built: a plan
    ("plan", re.compile(r"规划|建议|纲要|行动计划|实施方案|计划$|方案$|清单$|名单$|一览表$|计划表$|名录$")),
)
REGION_SCAN_CHARS = 200_000
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CN_DIGITS["零"] = 0


# ------------------------------------------------------------------ helpers

def _cn_number(s: str) -> int:
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_DIGITS.get(a, 1) if a else 1) * 10 + (_CN_DIGITS.get(b, 0) if b else 0)
    return int("".join(str(_CN_DIGITS[c]) for c in s)) if s else 0


def find_date(text: str) -> str:
    """First full date in ``text`` as YYYY-MM-DD, or ""."""
    best: tuple[int, str] | None = None
    for rx, conv in ((RE_DATE, int), (RE_DATE_DASH, int), (RE_DATE_CN, _cn_number)):
        m = rx.search(text)
        if m:
            try:
                y, mo, d = conv(m.group(1)), conv(m.group(2)), conv(m.group(3))
            except (KeyError, ValueError):
                continue
            if 1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31 and (best is None or m.start() < best[0]):
                best = (m.start(), f"{y:04d}-{mo:02d}-{d:02d}")
    return best[1] if best else ""


_CAPTION_HEADS = "|".join(sorted(zh.PHOTO_CAPTION_HEADS, key=len, reverse=True))
_CREDITS = "|".join(zh.PHOTO_CREDIT_WORDS)
# 图为…, 上图:…, (图)… open a caption; (记者 某某 摄), 记者 某某 摄, 某某/摄 close one, a full stop after it or not
# (…集中开工仪式现场(新华社记者 某某 摄)。).
RE_CAPTION_HEAD = rx.compile(rf"^[(（【\[]?(?:{_CAPTION_HEADS})(?:(?<=为)|\s*[:：]|[)）】\]])")
RE_CAPTION_CREDIT = rx.compile(rf"(?:[(（][^()（）]{{0,40}}?(?:{_CREDITS})\s*[)）]|(?:{'|'.join(PRESS_ROLES)}|摄影)\s*[:：]?\s*"
                               rf"[\u4e00-\u9fff]{{2,4}}(?:[、/\s]+[\u4e00-\u9fff]{{2,4}})*\s*/?\s*(?:{_CREDITS})|"
                               rf"[\s/][\u4e00-\u9fff]{{2,4}}\s*/?\s*(?:摄|供图))\s*[。.]?\s*$")


RE_CAPTION_SCENE = rx.compile(r"^[^,，;；]*(?:%s)[。.]?$" % "|".join(zh.PHOTO_SCENE_ENDS))


def is_photo_caption(s: str) -> bool:
    """A photo's caption: 图为…, 上图:…, a line closed by its photographer's credit ((记者 某某 摄), 某某 摄), or a
    short line ending in what the photo shows (…施工现场。)."""
    s = s.strip()
    return bool(RE_CAPTION_HEAD.match(s) or RE_CAPTION_CREDIT.search(s) or RE_PHOTO_CAPTION.search(s[:40])
                or len(s) <= zh.PHOTO_SCENE_MAX and "。" not in s and any(w in s for w in zh.PHOTO_STOCK_CREDITS)
                or len(s) <= zh.PHOTO_SCENE_MAX and RE_CAPTION_SCENE.search(s))


# A line that is only leftover markup (<%@ page … %>, <!-- … -->, <?xml … ?>): no text of the page.
RE_MARKUP_LINE = re.compile(r"\s*<[%!?/]?[^<>]*>\s*$")


# A section heading's label (一、总体情况, (二), 3., 第一章): the body has begun; it is no headline.
RE_SECTION_MARK = rx.compile(r"^\s*(?:第[一二三四五六七八九十百零〇两\d]+(?:篇|部分|编|章|节)|[一二三四五六七八九十]{1,3}\s*[、.]|"
                             r"\(\s*[一二三四五六七八九十]{1,3}\s*\)|\d{1,2}\s*[、.](?!\d)|[一二三四五六七八九十]是)")


def _header_lines(lines) -> list:
    """Lines before the first body paragraph or section heading (headline, dateline, adoption line, chrome);
    photo captions above the headline are passed over."""
    out = []
    for k, ln in enumerate(lines[:25]):
        if RE_MARKUP_LINE.match(ln.text) or is_photo_caption(ln.text):
            continue
        if RE_SECTION_MARK.match(ln.text):
            break
        text = RE_LATIN_TAIL.sub("", ln.text)
        if is_paragraph(text) and (ends_sentence(text) or len(text) > 60) and not _exclaimed_headline(lines, k):
            break
        out.append(ln)
    return out


EXCLAIMED_HEADLINE_MAX = 40  # characters of a headline that cries out (开工了!某省集中开工重大项目1560个!)


def _exclaimed_headline(lines, k: int) -> bool:
    """A news headline written with exclamation marks and figures stands over the page's dateline: short, no 。, closed
    by !, the next line a date (2018-12-06 阅读 316). A sentence of the body ending in ! has no dateline under it."""
    s = lines[k].text.strip()
    if not (s and s[-1] in "!！" and "。" not in s and len(s) <= EXCLAIMED_HEADLINE_MAX and k + 1 < len(lines)):
        return False
    nxt = lines[k + 1].text.strip()
    return len(nxt) <= 30 and bool(find_date(nxt))


# A part of letters after a page's title set apart by its separators (…集中开工 -  - Powered by Discuz!, …| Discuz! Board):
# the forum software's signature; its ! ends no sentence of the line
RE_LATIN_TAIL = rx.compile(r"\s*(?:[_|｜丨]|(?<=\s)-(?=\s))(?:[_|｜丨\s]|-(?=\s))*[A-Za-z][A-Za-z0-9 .!',-]*$")


def _is_chrome(s: str) -> bool:
    return any(w in s for w in CHROME_WORDS) or any(c in s for c in ">|»丨") or bool(RE_FORUM_CHROME.match(s.strip()))


# a forum thread's furniture (the poster's panel, 楼主, 发表于…): a reposted notice's headline is above it
RE_FORUM_CHROME = rx.compile("|".join(f"(?:{m})" for m in zh.FORUM_CHROME_MARKS))
# A date closing a headline's line (…数据发布 2024-10-15, …的通报(2024年10月15日)): the headline's own date, no word of it.
RE_TRAILING_DATE = rx.compile(r"[ \t\u3000\xa0]*[(（]?\s*(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月"
                              r"\s*\d{1,2}\s*日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]?"
                              # …迈上新台阶 2026-01-05 10:20 来源:某县融媒体中心: the page's dateline fields run on after it
                              r"(?:(?<=[\d日)）])[ \t\u3000\xa0]+(?:%s)\s*[:：][^\n]*)?\s*$" % "|".join(zh.DATELINE_FIELD_WORDS))
# A site's separator left at a headline's edge once the spam or site name beside it is gone (-临川县…, …提速_): none
# of the headline (a bullet's "- " has its blank; a subtitle's —— is two dashes).
RE_LIST_BULLET = rx.compile(r"^[•·●▪◆◇■□○◎]\s*")
RE_EDGE_SEPARATORS = rx.compile(r"[\s·•|｜_–-]+$")
RE_EDGE_SEPARATOR = rx.compile(r"^[-_|–·](?=[\u4e00-\u9fff\d])|(?<=[\u4e00-\u9fff\d])[-_|–·]$")
# A table's units line (单位:亿元, 金额单位:万元, (单位:个、%)): what the figures below are in, never a headline.
RE_UNIT_LINE = rx.compile(r"^[(（]?\s*[\u4e00-\u9fff]{0,4}单位\s*[:：]")
# The mark of one article on a site that collects model texts (篇一:重点项目推进督查通报, 【篇二】…, 范文一:…): the article's
# own heading follows it; the collection's title above (…通报范文(精选3篇)) is the site's.
RE_ARTICLE_MARK = rx.compile(rf"^[【\[]?\s*(?:{'|'.join(zh.ARTICLE_MARK_WORDS)})\s*(?:[一二三四五六七八九十]{{1,3}}|\d{{1,2}})\s*[】\]]?"
                             r"\s*[:：]?\s*(?=[\u4e00-\u9fff“])")
# A heading's mark in a text saved from Markdown (# …, ## …): no word of the headline.
RE_HEADING_MARK = rx.compile(r"^\s*#{1,6}\s+")
# a forum thread's category tag before its headline ([时政] 临川县…): no word of the headline
RE_THREAD_TAG = rx.compile(r"^\[[^\[\]\d]{1,6}\]\s*")
# A speech's dateline set on its headline's line (政府工作报告 ——二○二二年一月六日在某县第十八届人民代表大会第一次会议上,
# 政府工作报告(2021年1月12日在…会议上)): the headline is what stands before it; the dateline dates the text (context).
RE_INLINE_DATELINE = rx.compile(r"[ \t\u3000\xa0]*(?:——|--|—|[(（])\s*(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年"
                                r"[^\n()（）]{0,60}?(?:会议|大会)(?:上|通过)?(?:的(?:报告|讲话))?\s*[)）]?\s*$")
# A date closing a headline in the compact form of a document site (2023年某市政府工作报告(20230224)): the headline's
# own date, no word of it.
RE_COMPACT_DATE = rx.compile(r"[ \t\u3000\xa0]*[(（]\s*((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\s*[)）]\s*$")
SITE_HEAD_ITEM_MAX = 6  # characters of a toolbar item beside a site's name (政务邮箱, 无障碍, 长者模式)
RE_CLOCK_TOKEN = rx.compile(r"\d{1,2}:\d{2}(?::\d{2})?|星期[一二三四五六日天]|[上下]午\d{1,2}:\d{2}(?::\d{2})?")
MENU_ITEMS_MIN = 5  # items of a line set apart by one separator that make it a menu or a keyword list, no headline
MENU_ITEM_MAX = 14  # characters of such an item


# …and one the page runs on after with the speaker and its own fields (政府工作报告 ——二○二二年一月二十一日在某省第六届
# 人民代表大会第五次会议上 某省省长 某某 发布时间:…): the headline before it is a genre's title.
RE_INLINE_DATELINE_ON = rx.compile(r"[ \t\u3000\xa0]*(?:——|--|—|[(（])\s*(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年"
                                   r"[^\n()（）]{0,60}?(?:会议|大会)(?:上|通过)")


def _inline_dateline(s: str) -> int:
    """Where a speech's dateline set after the headline on its line begins, or -1."""
    m = RE_INLINE_DATELINE.search(s)
    if m is None:
        m = RE_INLINE_DATELINE_ON.search(s)
        if m is None or not RE_GENRE_TITLE.search(s[:m.start()].strip()):
            return -1
    if m.start() < 4 or not _is_title_text(s[:m.start()].strip()):
        return -1
    return m.start()


def _compact_dated(s: str) -> int:
    """Where a compact date in brackets closing a headline begins (…政府工作报告(20230224)), or -1."""
    m = RE_COMPACT_DATE.search(s)
    return m.start() if m and _is_title_text(s[:m.start()].strip()) else -1


def _site_tailed(s: str) -> bool:
    """A headline with a column's or the site's name after a bar (…倾听市民心声|天天简讯, …推进会 | 岚溪新闻网): a
    headline, though bars set menus apart too."""
    head = _headline_part(s)
    # a short headline too when every part after it is the site's, a board's or a forum's (岚溪县召开推进会 - 岚溪新闻 -
    # 岚溪论坛): a series' name before a headline (两会快讯 | 岚溪…) keeps the headline after it
    parts = _title_parts(s)
    tail_only = len(parts) >= 2 and parts[0].strip() == head and all(_trailing_part(p) for p in parts[1:])
    return head != s and (len(head) > SERIES_NAME_MAX or tail_only) and _is_title_text(head) and not _site_part(head) \
        and not any(w in s for w in CHROME_WORDS) and not find_date(s)


def _site_head_line(s: str) -> bool:
    """A page's head line: the site's or the body's name with the site's toolbar items or its clock beside it
    (岚溪市人民政府门户网站 政务邮箱 无障碍, 某县人民政府 2017-01-10 16:56:00): no headline, nor a part of one."""
    parts = s.split()
    if len(parts) < 2 or not (_is_site_name(parts[0]) or RE_OFFICE_LINE.match(parts[0])
                              or RE_ISSUER_LINE.match(parts[0])):
        return False
    return all(len(p) <= SITE_HEAD_ITEM_MAX or find_date(p) or RE_DATE_DASH.fullmatch(p) or RE_CLOCK_TOKEN.fullmatch(p)
               or _site_part(p) for p in parts[1:])


def _menu_line(s: str) -> bool:
    """A line of many short items set apart by one separator (a menu, a site's keyword list: 甲在线-乙一区二区-丙-丁-
    戊-己): no headline."""
    for sep in "-_|｜,，、/·":
        items = [p.strip() for p in s.split(sep)]
        if len(items) >= MENU_ITEMS_MIN and all(0 < len(p) <= MENU_ITEM_MAX for p in items):
            return True
    return False


# ------------------------------------------------------------------ title

# A document title in the official form (关于…的通报/通知/报告/意见…): it beats the issuing-office and number lines
# that official documents print above it (XX市人民政府督查室 / 督办通报 / 〔2025〕第6期).
RE_OFFICIAL_TITLE = rx.compile(r"^(?:[\u4e00-\u9fff]{2,30}?)?关于.{2,60}的(?:[\u4e00-\u9fff]{0,4}?)"
                               rf"(?:{alternation(zh.OFFICIAL_TITLE_GENRES)})$")  # …的督查通报, …的情况报告: the genre's compound
# Lines that only name the issuer or number the issue: never the title.
RE_ISSUE_NUMBER = rx.compile(r"^[^\u4e00-\u9fff]*(?:[\u4e00-\u9fff]{1,8})?[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*(?:第?\s*\d+\s*[期号]?)?$"
                             r"|^第\s*\d+\s*期$")
# The line of the bodies that issue a text (岚溪县人民政府办公室; a communiqué's 某市统计局 国家统计局某市调查队 under its
# headline, two bodies on one line): no headline.
_OFFICE_BODY = r"[\u4e00-\u9fff]{2,24}?(?:人民政府|办公[室厅]|委员会|统计局|调查队|调查总队|督查室|督查局|督办室|督查办)"
# The line is ^BODY(?:[ \t\u3000\xa0、]*BODY)*$, read in steps by _OfficeLine: a body's name may hold another body's
# ending (甲乙办公室甲乙办公室…), so one regex cut a long line every way and never finished.
_OFFICE_END = rx.compile(r"(?:人民政府|办公[室厅]|委员会|统计局|调查队|调查总队|督查室|督查局|督办室|督查办)")
_OFFICE_GAP = rx.compile(r"[ \t\u3000\xa0、]*")


class _OfficeLine:
    """``match(line)``: whether the line only names issuing bodies, as the pattern in the comment above matches
    (BODY = ``_OFFICE_BODY``; its endings are never the start of one another), every place a body can end visited
    once."""

    @staticmethod
    def match(line: str) -> bool:
        n = len(line)
        done = n - 1 if line.endswith("\n") else n  # ($ also before a last line break)
        seen, todo = set(), [0]
        while todo:
            p = todo.pop()
            if p in seen:
                continue
            seen.add(p)
            for k in range(p + 2, min(p + 24, n) + 1):
                if not "\u4e00" <= line[k - 1] <= "\u9fff":
                    break
                m = _OFFICE_END.match(line, k)
                if m is not None:
                    if m.end() in (n, done):
                        return True
                    todo.append(_OFFICE_GAP.match(line, m.end()).end())
        return False


RE_OFFICE_LINE = _OfficeLine()
# Blanks between CJK characters, digits and CJK (PDF text: 梅河口市 2024 年…统 计 公 报).
RE_SPACED = rx.compile(r"(?<=[\u4e00-\u9fff\d])[ \t\u3000\xa0]+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \t\u3000\xa0]+(?=\d)")


def join_spaced(s: str) -> str:
    """``s`` without the blanks a PDF leaves between CJK characters and between CJK and digits."""
    return RE_SPACED.sub("", s)


def _is_spaced_text(s: str) -> bool:
    """A line whose blanks split words and numbers (PDF text), not a menu of separate words: single CJK
    characters or numbers stand between the blanks."""
    parts = s.split()
    return len(parts) >= 2 and any(len(p) == 1 and "\u4e00" <= p <= "\u9fff" or p.isdigit() for p in parts)


def _title(doc: Doc, lines) -> tuple[str, int]:
    """The headline and its view offset, or ("", -1).  An official 关于…的通报 line among the header lines is the
    title whatever stands above it; issuer and issue-number lines never are."""
    block = any(RE_METADATA_LABEL.search(ln.text) for ln in lines[:TITLE_FIELD_LINES])
    for ln in lines[:TITLE_FIELD_LINES] if block else ():
        m = RE_TITLE_FIELD.match(ln.text)
        if m and _is_title_text(m.group("t").strip()):  # 文件名称:…的通知 in the page's metadata block
            return doc.view[ln.start + m.start("t"):ln.start + m.end("t")].strip(), ln.start + m.start("t")
    for ln in lines[:TITLE_FIELD_LINES]:
        m = RE_TITLE_LABEL_LINE.match(ln.text)
        if m and _is_title_text(m.group("t").strip()):  # 标题:… on a line of its own, a field no block holds
            return doc.view[ln.start + m.start("t"):ln.start + m.end("t")].strip(), ln.start + m.start("t")
    header = _header_lines(lines)
    for k, ln in enumerate(header):
        s = join_spaced(ln.text.strip())
        if RE_OFFICIAL_TITLE.match(s):
            return s, ln.start
        nxt = join_spaced(header[k + 1].text.strip()) if k + 1 < len(header) else ""
        if nxt and "关于" in s and not RE_GENRE_TITLE.search(s) and RE_OFFICIAL_TITLE.match(s + nxt) \
                and not find_date(nxt):
            # 关于2024年上半年全县重点项目 / 推进情况的通报, 市政府办公厅关于印发某市某某 / 行动计划(2022—2025年)的通知:
            # one title on two lines, its issuer before 关于 or not
            return s + nxt, ln.start
    repeated = _repeated_headline(lines, header)
    if repeated is not None:
        return repeated.text.strip(), repeated.start
    found = _headline_lines(doc, lines, header)
    anchored = _anchored_headline(doc, lines)
    if not found:
        if anchored is not None:
            return _split_headline(lines, [anchored], *anchored)
        got = _bracket_heading(doc, lines)
        return got if got[0] else _marked_heading(doc, lines)
    ln, text = found[0]
    dated = _dateline_after(header, found) if len(found) > 1 else None
    if dated is None and anchored is not None and anchored[0].start > ln.start and \
            all(x.start != anchored[0].start for x, _ in found[:1]):
        # the header's first candidate is a slogan, a site's or a column's name above a headline that stands over
        # the page's dateline further down
        found = found + [anchored] if all(x.start != anchored[0].start for x, _ in found) else found
        dated = anchored
    marked = next(((x, t) for x, t in found if RE_ARTICLE_MARK.match(x.text.strip())), None)
    if marked is not None:
        ln, text = marked  # a model-text site: the first article's own heading, not the collection's title
    elif dated is not None:
        # a page's headline stands right above its dateline (发布时间/来源/日期), below menus, tickers and notices
        ln, text = dated
        k = next((i for i, (x, _) in enumerate(found) if x is ln), -1)
        if k > 0 and (_subtitle(lines, found[k - 1], (ln, text)) or _cut_repeat(found[k - 1][1], text)):
            # a newspaper's subtitle (副题) under its headline, above the dateline; or the headline repeated there cut
            # short (…集中开工 under …集中开工 计划投资4377亿元)
            ln, text = found[k - 1]
    elif doc.format == "html" and len(found) > 1 and not _emphasized(doc, lines, ln) and any(
            _emphasized(doc, lines, x) for x, _ in found[1:]):
        # the page's <title> or a column's name above the notice: its headline is the line set in a heading, bold,
        # large or centred
        ln, text = next((x, t) for x, t in found[1:] if _emphasized(doc, lines, x))
    elif doc.format == "html" and len(found) > 1 and (_is_site_name(text) or any(
            x.text.strip().startswith(text) and x.text.strip() != text for x in header)):
        # the page's <title> names its site (岚溪县人民政府门户网站, 某某机械 over 某某机械将为您分享…): the headline
        # is the title-like line nearest the dateline or the body, below the menus
        ln, text = found[-1]
    elif len(found) > 1 and _column_page_title(ln, text):
        # a page's <title> saved as the text's first line names its column (工作动态_岚溪县发展和改革局): the headline
        # is the candidate above the dateline below it, else the next one
        ln, text = _dateline_after(header, found[1:]) or found[1]
    elif _is_site_name(text) and len(found) > 1:
        ln, text = found[1]
    elif len(found) > 1 and RE_KICKER.match(ln.text.strip()) and not RE_KICKER.match(found[1][0].text.strip()) \
            and ln in lines and lines.index(ln) + 1 < len(lines) and lines[lines.index(ln) + 1] is found[1][0]:
        ln, text = found[1]  # 稳投资 促发展 / 岚溪县上半年重点项目完成投资21.5亿元: the kicker over the headline
    ln, text = _echoed_headline(lines, found, ln, text)
    return _split_headline(lines, found, ln, text)


ECHO_STACK_GAP = 2  # lines between two lines of one headline block (a blank, the headline's joined second line)
ECHO_LEAD_LINES = 4  # lines after the block looked over for the lead
ECHO_MAIN_MIN = 0.5  # share of the main headline's character pairs its lead repeats
ECHO_OVER_KICKER = 2.0  # …and how many times the share it repeats of the line chosen above it
RE_ECHO_CHAR = rx.compile(r"[\u4e00-\u9fff\dA-Za-z.%]")


def _pairs(s: str) -> set:
    cs = RE_ECHO_CHAR.findall(s)
    return {a + b for a, b in zip(cs, cs[1:])}


def _echoed_headline(lines, found, ln, text):
    """The main headline (主题) of a newspaper's headline block, when the line chosen is a kicker (引题) above it: the
    lead of a news story restates its main headline (甲县举行重点项目集中签约仪式 over 9月27日,甲县举行…集中签约仪式…),
    not the kicker's slogan or figures (签约15个亿元项目, 三项指标稳中有进).  A candidate below the chosen line in the same
    block wins when the lead's first sentence repeats most of its character pairs, twice the share of the chosen line's."""
    if ln not in lines or len(found) < 2:
        return ln, text
    index = {id(x): i for i, x in enumerate(lines)}
    k0 = index.get(id(ln))
    below, last = [], k0
    for x, t in found:
        i = index.get(id(x))
        if i is None or i <= k0:
            continue
        if i - last > ECHO_STACK_GAP:
            break
        below.append((x, t))
        last = i
    if not below:
        return ln, text
    lead = next((lines[i].text for i in range(last + 1, min(len(lines), last + 1 + ECHO_LEAD_LINES))
                 if is_paragraph(lines[i].text)), "")
    lead = re.split(r"[。!?！？]", lead, maxsplit=1)[0]
    if not lead:
        return ln, text
    said = _pairs(lead)

    def echo(t):
        p = _pairs(t)
        return len(p & said) / len(p) if p else 0.0
    best = max(below, key=lambda xt: echo(xt[1]))
    return best if echo(best[1]) >= max(ECHO_MAIN_MIN, ECHO_OVER_KICKER * echo(text)) else (ln, text)


REPEATED_HEADLINE_MIN = 4  # characters of a headline the page's header repeats (a short column heading counts)
RE_ORIGINAL_TITLE = rx.compile(r"原标题\s*[:：]\s*(.+?)\s*$", re.M)


def _repeated_headline(lines, header):
    """The header line the page says twice: the headline, once in the page's <title>, its edition's list of headlines
    or a viewer's header and again above the article (甲县上半年项目观察 … 甲县上半年项目观察 / 本报讯…), or the
    line its 原标题: names; the copy nearest the body. None when no header line is repeated."""
    texts = [ln.text.strip() for ln in header]
    said = Counter(texts)
    named = {m.group(1).strip() for m in RE_ORIGINAL_TITLE.finditer("\n".join(ln.text for ln in lines[:60]))}
    for ln, t in zip(reversed(header), reversed(texts)):
        if not (REPEATED_HEADLINE_MIN <= len(t) <= 80) or "。" in t or len(_HAN_CHAR_ANY.findall(t)) < max(4, len(t) // 2):
            continue
        if said[t] < 2 and t not in named:
            continue
        if is_chrome_line(t) or _is_site_name(t) or find_date(t) or RE_SECTION_MARK.match(t) or _menu_line(t):
            continue
        return ln
    return None


RE_HEADLINE_PREDICATE = rx.compile(rf"(?:{alternation(zh.HEADLINE_PREDICATE_STARTS)})")
SPLIT_HEADLINE_PART = 24  # characters of either part of a headline broken over two lines
SPLIT_SUBJECT_MIN = 6  # …and of its subject (a shorter line is a column's or a kicker's word: 工作动态, 图说)


def _split_headline(lines, found, ln, text) -> tuple[str, int]:
    """The headline and its offset, joined when the page broke it over two lines at its predicate: a subject with no
    verb of its own on one line (岚溪县前三季度重点项目) and on the next what it did (完成投资58亿元), both headline
    candidates; not a kicker (稳投资 促发展, 项目建设跑出加速度: it has its own verb), a site's or an issuer's name
    (市委督查局) or a line of clauses."""
    if ln not in lines:
        return text, ln.start
    k = lines.index(ln)
    cands = {x.start: t for x, t in found}
    pairs = []
    if k > 0 and lines[k - 1].start in cands:
        pairs.append((lines[k - 1], cands[lines[k - 1].start], ln, text))
    if k + 1 < len(lines) and lines[k + 1].start in cands:
        pairs.append((ln, text, lines[k + 1], cands[lines[k + 1].start]))
    for up, up_text, lo, lo_text in pairs:
        if up_text != up.text.strip() or lo_text != lo.text.strip():
            continue  # a candidate cut from a longer line (a site's tail, a dateline beside it)
        if not (SPLIT_SUBJECT_MIN <= len(up_text) <= SPLIT_HEADLINE_PART and 2 <= len(lo_text) <= SPLIT_HEADLINE_PART) \
                or up_text.endswith(zh.COLUMN_NAME_ENDS):
            continue
        if re.search(r"[\s,，。;；:：!?！？、]", up_text + lo_text) or RE_KICKER.match(up_text) or \
                _is_site_name(up_text) or RE_ISSUER_LINE.match(up_text) or RE_OFFICE_LINE.match(up_text):
            continue
        if not RE_HEADLINE_PREDICATE.match(lo_text) or _has_verb(up_text):
            continue
        return up_text + lo_text, up.start
    return text, ln.start


@lru_cache(maxsize=1024)
def _has_verb(s: str) -> bool:
    """Whether jieba tags a word of ``s`` as a verb (跑出, 奋战, 聚焦; a nominal verb 建设 is a noun here)."""
    try:
        return any(t.flag in ("v", "vd", "vi") for t in _posseg().cut(s, HMM=True))
    except (ImportError, OSError):
        return True  # no tagger: nothing is joined


# Markup that sets a line as a headline: a heading element, bold, a title class, centred or large type.
RE_EMPHASIS = re.compile(r"<(?:h[1-3]|strong|b)\b|class\s*=\s*[\"'][^\"']*title|text-align\s*:\s*center|"
                         r"align\s*=\s*[\"']?center|font-size\s*:\s*(?:1[89]|[2-9]\d)\s*px", re.I)


def _emphasized(doc: Doc, lines, ln) -> bool:
    """Whether the markup between ``ln`` and the line above it sets ``ln`` as a headline (HTML pages)."""
    k = lines.index(ln) if ln in lines else -1
    rs, _ = doc.raw_span(ln.start, ln.end)
    ps = doc.raw_span(lines[k - 1].end, lines[k - 1].end)[0] if k > 0 else 0
    return bool(RE_EMPHASIS.search(doc.raw, max(ps, rs - 400), rs))


RE_DATELINE_FIELD = re.compile(r"(?:发布时间|发布日期|发表时间|更新时间|日期|时间|来源|作者|编辑|浏览次数|点击数)\s*[:：]")


# A kicker (引题) over a newspaper headline: two to four short parallel phrases set apart by blanks (稳投资 促发展).
RE_KICKER = rx.compile(r"^[\u4e00-\u9fff]{2,7}(?:[ \u3000\xa0]+[\u4e00-\u9fff]{2,7}){1,3}$")


COLUMN_NAME_MAX = 8  # characters of a site column's name (工作动态, 督查督办, 政务要闻)


def _column_page_title(ln, text: str) -> bool:
    """Whether a headline candidate is a page's title that names the site's column: a short name cut from a site's
    name by _ | - (工作动态_岚溪县发展和改革局)."""
    line = ln.text.strip()
    return line != text and len(text) <= COLUMN_NAME_MAX and bool(re.search(r"[_|]|\s[-—]\s", line)) \
        and not re.search(r"\d", text)


SUBTITLE_MIN = 30  # characters of a subtitle that runs on under a headline (…在主席台前排就座 县长某某代表县人民政府作报告)


def _subtitle(lines, upper, lower) -> bool:
    """Whether the candidate ``lower`` is the subtitle (副题) of the headline ``upper`` on the line right above it: a
    longer line of several clauses (set apart by blanks or commas, or opened by a dash) under a headline that is no
    column's name and no kicker (稳投资 促发展, which stands above the headline)."""
    (up, up_text), (lo, lo_text) = upper, lower
    if up not in lines or lines.index(up) + 1 >= len(lines) or lines[lines.index(up) + 1] is not lo:
        return False
    if len(up_text) <= COLUMN_NAME_MAX or RE_KICKER.match(up.text.strip()) or _is_site_name(up_text) or \
            _slogan(up_text):
        return False
    return len(lo_text) > SUBTITLE_MIN and len(lo_text) >= 1.5 * len(up_text) and \
        bool(re.search(r"[ \u3000,，]|^——", lo.text.strip()))


CUT_REPEAT_MIN = 8  # characters of a headline's first words repeated alone on the line under it


def _cut_repeat(upper: str, lower: str) -> bool:
    """Whether ``lower`` is the headline ``upper`` cut short (its first words alone, 某省1466个重大项目集中开工 under
    某省1466个重大项目集中开工 计划投资4377亿元): the page's <title> or a teaser line repeating it, not another headline."""
    return len(lower) >= CUT_REPEAT_MIN and len(upper) > len(lower) and upper.startswith(lower)


SLOGAN_PART_MAX = 8  # characters of each phrase of a site's slogan (看家乡事,品故乡情)


def _slogan(s: str) -> bool:
    """A site's slogan set above its pages: short parallel phrases parted by commas, with no figure (看家乡事,品故乡情,
    甲之乡,乙之乡,丙之乡); a headline over its subtitle states what happened."""
    parts = [p.strip() for p in re.split(r"[,，]", s)]
    return len(parts) >= 2 and all(2 <= len(p) <= SLOGAN_PART_MAX and re.fullmatch(r"[\u4e00-\u9fff]+", p)
                                   for p in parts)


def _dateline_after(header, found):
    """The headline candidate nearest above the page's dateline (a line with a date or a 发布时间/来源 field, or the
    issuing office's name), when one of them stands there with nothing but blank or chrome lines between; else None."""
    cand = {ln.start: (ln, text) for ln, text in found}
    last = None
    for ln in header:
        if ln.start in cand:
            last = cand[ln.start]
            continue
        t = ln.text.strip()
        if last is not None and (find_date(t) or RE_DATE_CN.search(t) or RE_DATELINE_FIELD.search(t)
                                 or RE_OFFICE_LINE.match(t) or RE_ISSUER_LINE.match(t)):
            return last
    return None


ANCHOR_LINES = 40  # lines of a page looked over for its dateline, below menus, slogans and a repeated lead
DATELINE_REST_MAX = 24  # characters a dateline line holds besides its date, clock and fields (a paper's or site's name)
# A date as pages print it in a dateline, either order (2015-08-16, 2021/11/08, 09.10.2015, 2016年05月18日), and a clock.
RE_ANY_PAGE_DATE = rx.compile(r"(?<!\d)(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}|"
                              r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?!\d)")
RE_URL = rx.compile(r"(?:https?://|www\.)[\w./?=&%#:-]+")


def _page_dateline(t: str) -> bool:
    """Whether a line is a page's dateline: a date with a clock or a field (时间:, 来源:, 浏览:, 点击次数:), and besides
    them no more than a paper's, a site's or a reporter's name (西安日报 2017-10-25 12:42, 某某网 时间:2015-08-16 08:05,
    时间:2016年05月18日 点击次数:32151, 09.10.2015 15:50); never a sentence."""
    m = RE_ANY_PAGE_DATE.search(t)
    if m is None or _SENTENCE_END.search(t) or len(t) > 90:
        return False
    if not (RE_CLOCK_TOKEN.search(t) or RE_DATELINE_FIELD.search(t) or re.search(r"(?:%s)\s*[:：]" % "|".join(
            zh.DATELINE_FIELD_WORDS), t)):
        return False
    rest = RE_URL.sub("", t[:m.start()] + " " + t[m.end():])
    rest = RE_CLOCK_TOKEN.sub("", rest)
    rest = re.sub(r"(?:%s|发布时间|发布日期|更新时间|发表时间|日期|时间|点击次数|浏览次数|浏览|大字|中字|小字|字号|"
                  r"[大中小])\s*[:：]?\s*\d*" % "|".join(zh.DATELINE_FIELD_WORDS), "", rest)
    return len(re.sub(r"[\s:：|｜/()（）\[\]【】,，·-]", "", rest)) <= DATELINE_REST_MAX


_SENTENCE_END = rx.compile(r"[。!?！？;；]")


def _anchored_headline(doc: Doc, lines):
    """The headline a page sets right above its dateline, wherever it stands among the first lines (below a site's
    slogan, a menu, a breadcrumb or a lead the page repeats above it): the title-like line nearest above the first
    dateline line, passing over a breadcrumb or chrome line between; None when there is none."""
    for i, ln in enumerate(lines[:ANCHOR_LINES]):
        if not _page_dateline(ln.text.strip()):
            continue
        for j in range(i - 1, max(-1, i - 3), -1):
            got = _headline_lines(doc, lines, [lines[j]])
            if got:
                return got[0]
            if not (is_chrome_line(lines[j].text) or _is_chrome(lines[j].text)):
                return None
        return None
    return None


_NOT_SITE_NAME_CHAR = rx.compile(r"\d|[,，:：!?！？“”\s]")


def _is_site_name(s: str) -> bool:
    """A site's or an organisation's own name (岚溪县人民政府门户网站, 某某机械): no headline."""
    return len(s) <= 24 and not _NOT_SITE_NAME_CHAR.search(s) and s.endswith(SITE_NAME_ENDS)


# A signature line: an official's role and name (兴文县人民政府县长:石进, 县委副书记、县长 某某·某某某): no headline.
RE_SIGNATURE_NAME = rx.compile(r"(?:%s)\s*[:：]?\s*[\u4e00-\u9fff]{1,6}(?:[·•．.][\u4e00-\u9fff]{1,8})?$" % "|".join(ROLE_WORDS))
# What a page sets around its headline on the headline's own line: a repost's label of the original headline
# (原标题:…, the headline when the page gives no other), a table cell's bars (| 2026年政府工作报告 |) and a share
# toolbar after it (…加快推进 分享 人民微博 新浪微博).
RE_ORIGINAL_TITLE_LABEL = rx.compile(r"^(?:原标题|原题)\s*[:：]\s*")
RE_CELL_BARS = rx.compile(r"^[|｜]\s*(?P<t>[^|｜]+?)\s*[|｜]$")
RE_SHARE_TAIL = rx.compile(r"(?:[ \t\u3000\xa0]+(?:%s))+\s*$" % "|".join(zh.SHARE_TOOLBAR_WORDS))


def _headline_wrapping(s: str) -> str:
    """``s`` without the label, bars or share toolbar a page sets on its headline's line (RE_ORIGINAL_TITLE_LABEL,
    RE_CELL_BARS, RE_SHARE_TAIL); a line that is only a toolbar is kept as it is."""
    m = RE_CELL_BARS.match(s)
    if m:
        s = m.group("t")
    s = RE_ORIGINAL_TITLE_LABEL.sub("", s, count=1)
    cut = RE_SHARE_TAIL.search(s)
    return s[:cut.start()] if cut and cut.start() >= 5 else s


_BRACKETED_PLACE = rx.compile(r"[((][\u4e00-\u9fff]{2,8}[))][\u4e00-\u9fff\d]")  # "(江西省)樟树市…规划", "(某省)2020年…报告"


_FIELD_KEY = rx.compile(r"[A-Za-z_]+\s*:")


def _headline_lines(doc: Doc, lines, header) -> list:
    """The header lines that may be the headline, with their text as a title, in order."""
    out = []
    joined = set()  # lines read as the second line of a headline above them
    for ln in header:
        s = ln.text
        if ln.start in joined:
            continue
        if is_units_line(s) or sum(1 for cell in s.split("\t") if cell.strip()) >= 2:
            continue  # a table's units (单位:亿元) or a row of its cells (金  融 | | 单位:亿元, 指  标 | 3月末 | …)
        if _site_head_line(s.strip()) or _menu_line(s.strip()):
            continue  # the site's head (its name and toolbar or clock) or a menu or keyword list: no headline
        if _is_spaced_text(s):
            s = join_spaced(s.strip())
        s = _unmark(RE_EDGE_SEPARATOR.sub("", RE_HEADING_MARK.sub("", _headline_wrapping(RE_LATIN_TAIL.sub("", s.strip())))))
        if not s:
            continue
        if RE_ISSUE_NUMBER.match(s.strip()) or RE_OFFICE_LINE.match(s.strip()) or RE_UNIT_LINE.match(s) \
                or RE_ISSUER_LINE.match(RE_LIST_BULLET.sub("", s.strip())):
            continue  # (• 岚溪县人民政府 over • 2019-10-21 10:05: the page's byline as a list of fields)
        mark = RE_ARTICLE_MARK.match(s)
        if mark:
            s = s[mark.end():]
        # 政府工作报告 ——2022年1月6日在…会议上 / …工作报告(20230224): the headline before its dateline or its date
        inline = _inline_dateline(s) >= 0 or _compact_dated(s) >= 0
        if inline:
            s = s[:max(_inline_dateline(s), _compact_dated(s))].rstrip()
        # 1-9月重点项目进度数据发布 2024-10-15 (来源:…): the headline, dated on its line; the dateline's fields
        # after the date are chrome, the headline before it is not
        dated = RE_TRAILING_DATE.search(s)
        if dated and _is_title_text(s[:dated.start()].strip()) and not RE_LEAD_START.match(s.strip()):
            s = RE_EDGE_SEPARATORS.sub("", s[:dated.start()])  # 原创投稿 · -0001-11-30: a field, its date cut off
        else:
            dated = None
        series = _series_headline(s) or _site_tailed(s)
        if len(s) < 5 or (_is_chrome(s) and not series) or is_byline(s) or s.startswith("——") or s[0] in "——-" \
                or is_chrome_line(s) and not series:
            continue  # (专题 | 某市一季度经济运行稳中有进: a column's label over its headline, no related link)
        if RE_SIGNATURE_NAME.search(s) and len(s) <= 30:
            continue  # a signature line: 兴文县人民政府县长:石进, 县委副书记、县长 某某·某某某
        if _FIELD_KEY.match(s):
            continue  # a front-matter key (title: …, date: …): context.find_title reads it properly
        if s[0] in "((" and not _BRACKETED_PLACE.match(s):
            continue  # (记者 …) and other bracketed notes; "(江西省)樟树市…规划" is a headline
        if find_date(s) or RE_DATE_CN.search(s):
            continue
        if RE_LEAD_START.match(s.strip()):
            continue  # 3月8日,岚溪县举行… / 今年以来,… / 本报讯 …: a lead written on a line of its own, no headline
        if not _is_title_text(s):
            continue
        if len(s.split()) >= 4 and not series:
            continue  # a menu: 首页 新闻 政务 服务
        if "\t" in s.strip():
            continue  # a table's row (指标⇥3月末⇥比年初增减): cells, no headline
        text = _unmark(RE_EDGE_SEPARATOR.sub("", RE_HEADING_MARK.sub("", _headline_wrapping(doc.view[ln.start:ln.end].strip()))))
        if mark:
            text = RE_ARTICLE_MARK.sub("", text, count=1)
        if dated is not None:
            text = RE_TRAILING_DATE.sub("", text)
        if inline:
            t = normalize_chars(text)
            text = text[:max(_inline_dateline(t), _compact_dated(t))].rstrip()
        k = lines.index(ln) if ln in lines else -1
        if 0 <= k < len(lines) - 1 and not inline and (s.endswith(TITLE_RUNS_ON) or lines[k + 1].text.lstrip().startswith(
                TITLE_GOES_ON) or _genre_line(s, lines[k + 1].text.strip())) \
                and (_is_title_text(lines[k + 1].text) or _genre_line(s, lines[k + 1].text.strip())) \
                and len(s) + len(lines[k + 1].text) <= 80 and not find_date(lines[k + 1].text):
            # 岚溪县2025年国民经济和 / 社会发展统计公报, 岚溪县举行招商签约 / 暨重点项目集中开工仪式: one headline
            # broken over two lines
            nxt = lines[k + 1]
            text = text + doc.view[nxt.start:nxt.end].strip()
            joined.add(nxt.start)
        if _is_spaced_text(text):
            text = join_spaced(text)
        text = _headline_part(text)
        text = RE_SITE_SUFFIX.sub("", text)
        text = RE_THREAD_TAG.sub("", text)
        out.append((ln, text))
    return out


# The separators a page's title sets between its headline, a column and the site's name (…推进会_岚溪县人民政府门户网站,
# …推进会 | 岚溪新闻网) or between a series' name and the headline (2024全国两会 | 一文看清…).
RE_TITLE_SEPARATOR = rx.compile(r"(?:\s*[_|｜丨]\s*|\s+-\s+)(?:[_|｜丨]\s*|-\s+)*")  # (标题 -  - 论坛名: an empty part)
SERIES_NAME_MAX = 14  # characters of a series' or a column's name before a headline (2024全国地方两会, 两会快讯)


def _site_part(part: str) -> bool:
    """A part of a page's title that names the site or the body that runs it (岚溪县人民政府门户网站, 岚溪新闻网)."""
    return _is_site_name(part) or bool(RE_SITE_SUFFIX.match("-" + part)) or bool(RE_OFFICE_PART.fullmatch(part))


# a government office that runs a site (岚溪县发展和改革局, 青川市统计局): its name after a page's headline or column
RE_OFFICE_PART = rx.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|旗)[\u4e00-\u9fff]{1,12}(?:局|委员会|委|办公室|办|厅)")


def _trailing_part(part: str) -> bool:
    """A part after a page's headline that is no headline: the site's name, a column's or a board's (short, no
    figure), a date or a counter, or a line of letters (a forum's Powered by Discuz!)."""
    return _site_part(part) or (len(part) <= COLUMN_NAME_MAX and not re.search(r"\d", part)) or not _is_title_text(part)


def _title_parts(text: str) -> list[str]:
    """The parts a page's title sets apart by its separators (RE_TITLE_SEPARATOR), empty ones dropped."""
    parts = RE_TITLE_SEPARATOR.split(text)
    return [p for p in parts if p]


def _headline_part(text: str) -> str:
    """The headline of a line a page's title set with separators: the site's name and a column's after the headline
    are dropped (岚溪县召开推进会_工作动态_岚溪县人民政府网 → 岚溪县召开推进会); a part before the headline that is no
    headline by itself (2024全国两会, 2021年) is the series it belongs to, and stays with it."""
    parts = [(m.start(), m.end()) for m in RE_TITLE_SEPARATOR.finditer(text)]
    if not parts:
        return text
    pieces, pos = [], 0
    for a, b in parts:
        pieces.append((pos, a))
        pos = b
    pieces.append((pos, len(text)))
    pieces = [(a, b) for a, b in pieces if b > a]
    if not pieces:
        return text  # separators only (a table's bar)
    keep = list(pieces)
    while len(keep) > 1:
        a, b = keep[-1]
        if _trailing_part(text[a:b]):
            keep.pop()  # the site, a column, or a date or a counter after the headline
            continue
        break
    first = text[keep[0][0]:keep[0][1]]
    if len(keep) == 1 or (len(first) > SERIES_NAME_MAX and _is_title_text(first)):
        return first
    return text[keep[0][0]:keep[-1][1]]  # 2024全国两会 | 一文看清…: the series' name and its headline


_TITLE_BAR = rx.compile(r"[|｜丨]")


def _series_headline(s: str) -> bool:
    """A headline set after the name of its series by a bar (2024全国两会|一文看清政府工作报告, 两会快讯 | 岚溪…): a
    headline, not a menu or a dateline's fields, though bars set those apart too."""
    parts = [p.strip() for p in _TITLE_BAR.split(s)]
    if len(parts) != 2 or not (2 <= len(parts[0]) <= SERIES_NAME_MAX) or not _is_title_text(parts[1]):
        return False
    if any(w in s for w in CHROME_WORDS) or _site_part(parts[0]) or _site_part(parts[1]):
        return False
    return len(parts[1]) > len(parts[0]) and not find_date(s) and not RE_DATE_CN.search(s)


# A line set apart whole as a heading: bold in a text saved from Markdown (**…**), or wrapped in brackets (【…】, (…),
# 〔…〕, […]); what is inside is the heading.  Notes in brackets (上接第一版, 记者 某某 摄, 图片来源…) are not.
RE_MARKED_LINE = rx.compile(r"^\s*(?:\*\*|__)(?P<b>[^*_\n]{2,80})(?:\*\*|__)\s*$"
                            r"|^\s*[【\[〔(（](?P<p>[^【】\[\]〔〕()（）\n]{2,80})[】\]〕)）]\s*$")
RE_BRACKET_NOTE = rx.compile(r"上接|下转|接第|转第|续|图|摄|记者|通讯员|编者|来源|作者|责任编辑|此件|公开发布|本文|全文|附件")
MARKED_HEADING_LINES = 8  # lines of a text looked over for a heading set apart below a lead


def _unmark(s: str) -> str:
    """The heading inside a line set apart whole by bold or brackets, else the line."""
    m = RE_MARKED_LINE.match(s)
    if m is None:
        return s
    inner = (m.group("b") or m.group("p")).strip()
    return s if RE_BRACKET_NOTE.search(inner) or is_byline(inner) else inner


def _marked_heading(doc: Doc, lines) -> tuple[str, int]:
    """A heading set apart whole (**…**, 【…】) among the first lines of a text whose first line is already its lead
    (a summary printed above the headline): the headline, rather than the lead's first sentence."""
    for ln in lines[:MARKED_HEADING_LINES]:
        s = ln.text.strip()
        inner = _unmark(s)
        if inner == s or not _is_title_text(inner) or find_date(inner) or RE_SECTION_MARK.match(inner):
            continue
        k = doc.view.find(inner, ln.start, ln.end + 1) if inner in doc.norm[ln.start:ln.end] else -1
        view = doc.view[k:k + len(inner)] if k >= 0 else inner
        return view, (k if k >= 0 else ln.start)
    return "", -1


# A heading set in brackets at the head of a page's only paragraph (【某部:又有16座煤矿恢复生产】为加快…): the headline
# of a page that prints none above the text.  A short tag of who reports (【点新闻报道】, 【新华社快讯】) is no headline.
RE_BRACKET_HEADING = rx.compile(r"^\s*[【\[]([^【】\[\]\n]{6,60})[】\]]\s*(?=\S)")
RE_REPORTER_TAG = rx.compile(r"(?:报道|快讯|消息|讯|电|网|日报|晚报|客户端|记者|编者按|导读|摘要|提示)$")


def _bracket_heading(doc: Doc, lines) -> tuple[str, int]:
    """The bracketed heading opening the first line of text (its view text and offset), or ("", -1)."""
    for ln in lines[:3]:
        if not ln.text.strip() or is_chrome_line(ln.text):
            continue
        m = RE_BRACKET_HEADING.match(ln.text)
        if m is None:
            return "", -1
        inner = m.group(1).strip()
        if RE_REPORTER_TAG.search(inner) or not _is_title_text(inner.rstrip("。")):
            return "", -1
        return doc.view[ln.start + m.start(1):ln.start + m.end(1)].strip(), ln.start + m.start(1)
    return "", -1


# A title field on a line of its own (标题:…, 文章标题:…): the page's headline, with or without a metadata block.  An
# original title (原标题:…) is a repost's source, not this page's headline: it is no field here.
RE_TITLE_LABEL_LINE = rx.compile(r"\s*(?<!原)(?:文章标题|文件标题|标\s*题)\s*[:：]\s*(?P<t>\S[^\n]{3,79}?)\s*$")
# The title row of a metadata block (文件名称:…, 标 题 | …): its value up to a wide gap or the next cell.
_TITLE_LABEL = "|".join(r"\s*".join(w) for w in zh.TITLE_FIELD_LABELS)  # 名    称: spaced out in a table
RE_TITLE_FIELD = rx.compile(rf"\s*(?:{_TITLE_LABEL})\s*[:：|\t]\s*"
                            r"(?P<t>[^\t|]+?)\s*(?:$|[\t|]|\s{2,})")
RE_METADATA_LABEL = rx.compile("|".join(zh.METADATA_LABELS))
TITLE_FIELD_LINES = 40  # lines of a page looked over for a metadata block's title row

# A headline line ending in a conjunction or particle goes on in the next line.
TITLE_RUNS_ON = ("和", "与", "及", "暨", "的", "之", "关于", "、")
SITE_NAME_ENDS = tuple(zh.SITE_NAME_ENDS) + tuple(zh.COMPANY_HEADS) + tuple(zh.NEWSPAPER_NAME_ENDS)
# A headline's second line opening with a conjunction (…签约 / 暨…开工仪式) goes on from the line above.
TITLE_GOES_ON = ("暨", "及")
# A page title's site name after a dash (…情况通报-岚溪县人民政府网, …—青川新闻网): the site, not the headline.
RE_SITE_SUFFIX = rx.compile(r"\s*[-—–·]\s*[\u4e00-\u9fffA-Za-z]{2,20}?(?:网站|门户网站|新闻网|网|人民政府|政府|在线|日报|客户端)$"
                            # a document site's badge glued to the headline (…政府工作报告VIP专享, …VIP免费): no word of it
                            r"|(?<=[\u4e00-\u9fff\d)）])\s*(?:VIP|vip)\s*(?:专享|独享|免费|文档|资料)?$")


def _genre_line(s: str, nxt: str) -> bool:
    """Whether ``nxt`` is the last line of a headline broken before its genre word (岚溪县2024年国民经济和社会发展 /
    统计公报, 岚溪县重点项目建设 / 督查情况通报): short, ending in a genre word that ``s`` lacks."""
    return 2 <= len(nxt) <= 16 and nxt.endswith(zh.TITLE_GENRE_ENDS) and not s.endswith(zh.TITLE_GENRE_ENDS) \
        and not RE_OFFICE_LINE.match(s) and not _is_site_name(s) and not re.search(r"[,，。:：]", nxt) \
        and not RE_SECTION_MARK.match(nxt)


GENRE_TITLE_LINES = 12  # lines of a text without a headline looked over for the line that names it
RE_GENRE_TITLE = rx.compile(rf"(?:{'|'.join(zh.TITLE_GENRE_ENDS)})(?:\s*[(（][^()（）]{{1,12}}[)）])?$")


def _genre_title(doc: Doc, lines) -> tuple[str, int]:
    """The title of a text whose opening holds no headline (a lead, a salutation, a run of figures first): the line
    among its first ones that names the document by its genre (…统计公报, …情况的通报, 政府工作报告, …工作要点, with
    a bracket after it: (摘要)), standing alone; ("", -1) when none does, for a lead's words are no title."""
    for ln in lines[:GENRE_TITLE_LINES]:
        s = _unmark(join_spaced(ln.text.strip()) if _is_spaced_text(ln.text) else ln.text.strip())
        s = s.strip("《》")
        if not RE_GENRE_TITLE.search(s) or not _is_title_text(s) or RE_SECTION_MARK.match(s) or "," in s:
            continue
        if RE_OFFICE_LINE.match(s) or is_byline(s) or find_date(s) or is_chrome_line(s):
            continue
        k = ln.text.find(s)
        return s, ln.start + max(k, 0)
    return "", -1


_HAN_CHAR_ANY = rx.compile(r"[\u4e00-\u9fff]")


def _is_title_text(s: str) -> bool:
    """Headlines may carry a colon or a question mark (南平:…, 如何…?) but never end a sentence with 。."""
    if not (5 <= len(s) <= 80) or "。" in s or s.count(",") > 2 or s[-1] in ",、:;":
        return False
    han = len(_HAN_CHAR_ANY.findall(s))
    return han >= max(4, len(s) // 2)


# ------------------------------------------------------------------ people

_NAME_SEPS_KEPT = rx.compile(r"([\s、,/]+)")
_NAME_SEPS = rx.compile(r"[\s、,/]+")
_NAME_2_3 = rx.compile(r"[\u4e00-\u9fff]{2,3}")
_NAME_4_6 = rx.compile(r"[\u4e00-\u9fff]{4,6}")
_BRACKETS = rx.compile(r"[()\[\]【】]")
_PAPER_END = rx.compile(r"(%s)$" % NEWSPAPER)


def _split_names(chunk: str) -> list[tuple[int, str]]:
    """Person names in a byline chunk ("陈云飞", "邹平 杨宝岭", "陆艳玲梁煌") with offsets into ``chunk``."""
    out: list[tuple[int, str]] = []
    pos = 0
    for part in _NAME_SEPS_KEPT.split(chunk):
        if not part or _NAME_SEPS.fullmatch(part):
            pos += len(part)
            continue
        if _NAME_2_3.fullmatch(part) or (len(part) == 4 and part[:2] in COMPOUND_SURNAMES):
            out.append((pos, part))
        elif _NAME_4_6.fullmatch(part):
            for off, name in _segment_names(part):
                out.append((pos + off, name))
        pos += len(part)
    return out


def _segment_names(s: str) -> list[tuple[int, str]]:
    """Split run-together names (4-6 characters) using jieba's person tags, then surnames."""
    try:
        pseg = _posseg()
        toks = [(w.word, w.flag) for w in pseg.cut(s, HMM=True)]
        if all(f.startswith("nr") and 2 <= len(w) <= 3 for w, f in toks):
            out, p = [], 0
            for w, _ in toks:
                out.append((p, w))
                p += len(w)
            return out
    except (ImportError, OSError):  # jieba or its dictionary missing: fall back to surnames
        pass
    n = len(s)
    for first in (3, 2) if n == 5 else (2, 3):
        second = n - first
        if 2 <= second <= 3 and s[0] in SURNAMES and s[first] in SURNAMES:
            return [(0, s[:first]), (first, s[first:])]
    return [(0, s[:3]), (3, s[3:])] if n == 6 else []


def _name_after(text: str, p: int) -> str:
    """A person name starting at ``text[p]`` (2-3 characters), or ""."""
    return _name_in(text[p:p + 6])


@lru_cache(maxsize=65536)
def _name_in(seg: str) -> str:
    if len(seg) < 2 or not re.match(r"[\u4e00-\u9fff]{2}", seg):
        return ""
    if seg[:2] in COMPOUND_SURNAMES:
        return seg[:4] if len(seg) >= 4 and re.match(r"[\u4e00-\u9fff]{4}", seg) and seg[3] not in AFTER_NAME \
            else seg[:3]
    if seg[0] not in SURNAMES:
        return ""
    try:
        words = dictionary_words(seg)
        if words is not None and len(words[0][0]) >= 2:
            toks = words[:1]  # the tagger's first word as well (the HMM joins single characters only)
        else:
            pseg = _posseg()
            toks = [(w.word, w.flag) for w in pseg.cut(seg, HMM=True)]
    except (ImportError, OSError):  # jieba or its dictionary missing: judged by surnames below
        toks = []
    if toks:
        w, f = toks[0]
        if f.startswith("nr") and 2 <= len(w) <= 3:
            return w
        if len(w) == 1 and len(toks) > 1:
            w2, f2 = toks[1]
            if 1 <= len(w2) <= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w2) and f2 not in ("p", "v", "c", "u", "d", "uj"):
                return w + w2
        if len(w) >= 2:
            return ""  # a word, not a name (强调, 书记处, 主任委员 ...)
    if len(seg) >= 3 and _HAN_CHAR_ANY.match(seg[2]) and seg[2] not in AFTER_NAME:
        return seg[:3]
    return seg[:2]


_HAN_OR_DUN = rx.compile(r"[\u4e00-\u9fff、]")


def _role_before(text: str, end: int, line_start: int) -> tuple[int, str]:
    """The role phrase that ends at ``end`` ("雷州市委书记", "市委常委、政法委书记、邗江区委书记")."""
    i = end
    lo = max(line_start, end - 32)
    while i > lo and (_HAN_OR_DUN.match(text[i - 1])):
        i -= 1
    window = text[i:end]
    cut = 0
    for w in ROLE_STOPS:
        k = window.rfind(w, 0, len(window) - 2)
        while k >= 0 and w == "和" and k > 0 and window[k - 1] == "共":
            k = window.rfind(w, 0, k)
        if k >= 0:
            cut = max(cut, k + len(w))
    window = window[cut:].lstrip("、")
    return end - len(window), window


def _people(doc: Doc, lines) -> list[Person]:
    text = doc.norm
    found: dict[str, Person] = {}

    def add(name: str, role: str, vstart: int) -> None:
        if name in found or not name or not role:
            return
        rs, re_ = doc.raw_span(vstart, vstart + len(name))
        found[name] = Person(name=doc.view[vstart:vstart + len(name)], role=role, start=rs, end=re_)

    for ln in lines:
        s = ln.text
        if is_byline(s) and RE_PRESS.search(s):
            # Byline: role words split the line into name chunks; the role applies to every name after it.
            parts = list(RE_PRESS.finditer(s))
            for k, m in enumerate(parts):
                stop = parts[k + 1].start() if k + 1 < len(parts) else len(s)
                chunk = _BRACKETS.sub(" ", s[m.end():stop])
                chunk_start = m.end()
                # drop a trailing newspaper name before the next role ("…南方日报" then 记者)
                chunk = _PAPER_END.sub("", chunk) if k + 1 < len(parts) else chunk
                role = doc.view[ln.start + m.end() - 2: ln.start + m.end()] if m.group(0).endswith("记者") \
                    else doc.view[ln.start + m.start(): ln.start + m.end()]
                for off, name in _split_names(chunk):
                    add(name, role, ln.start + chunk_start + off)
            continue
        for pm in RE_PAREN_BYLINE.finditer(s):
            inner = pm.group(1)
            parts = list(RE_PRESS.finditer(inner))
            for k, m in enumerate(parts):
                stop = parts[k + 1].start() if k + 1 < len(parts) else len(inner)
                role = doc.view[ln.start + pm.start(1) + m.start(): ln.start + pm.start(1) + m.end()]
                role = role[-2:] if role.endswith(("记者", "記者")) else role
                for off, name in _split_names(inner[m.end():stop]):
                    add(name, role, ln.start + pm.start(1) + m.end() + off)
        tail = RE_TAIL_BYLINE.search(s)
        if tail:
            role = "记者" if tail.group(1).endswith("记者") else tail.group(1)
            for off, name in _split_names(tail.group(2)):
                add(name, role, ln.start + tail.start(2) + off)
        for m in RE_ROLE.finditer(s):
            p = m.end()
            while p < len(s) and s[p] in " \xa0\u3000":
                p += 1
            name = _name_after(s, p)
            if name:
                rstart, role = _role_before(s, m.end(), 0)
                if role:
                    add(name, doc.view[ln.start + rstart: ln.start + m.end()], ln.start + p)
            elif m.group(0) in ("总书记", "主席", "总理"):
                # Name before the role: 习近平总书记.
                q = m.start()
                for n in (3, 2):
                    cand = s[max(0, q - n):q]
                    if len(cand) == n and _is_person_name(cand):
                        add(cand, m.group(0), ln.start + q - n)
                        break
    return sorted(found.values(), key=lambda p: p.start)


@lru_cache(maxsize=4096)
def _is_person_name(s: str) -> bool:
    try:
        pseg = _posseg()
        toks = list(pseg.cut(s, HMM=True))
    except (ImportError, OSError):  # jieba or its dictionary missing: no name is confirmed
        return False
    return len(toks) == 1 and toks[0].flag.startswith("nr")


# ------------------------------------------------------------------ dates, sources, types

def _published(lines, text: str, title: str = "") -> str:
    for ln in _header_lines(lines):
        if RE_SITE_CLOCK.search(ln.text):
            continue  # the site's clock (2023-05-06 09:12:01 星期六): the day the page was seen
        d = find_date(ln.text)
        if d:
            return d
    for ln in lines[-6:]:
        s = ln.text
        if len(s) <= 30 and not RE_SITE_CLOCK.search(s) and (RE_DATE.search(s) or RE_DATE_CN.search(s) or RE_DATE_DASH.search(s)):
            d = find_date(s)
            if d:
                return d
    m = re.search(r"(?:发布时间|发布日期|发文日期|成文日期|日期)\s*[::]?\s*", text)
    if m:
        d = find_date(text[m.end():m.end() + 30])
        if d:
            return d
    for ln in _header_lines(lines):
        m = RE_MONTH_LINE.match(ln.text)
        if m and 1 <= int(m.group(2)) <= 12:
            return f"{m.group(1)}-{int(m.group(2)):02d}"  # a bulletin's release line under its title and issuer
    if (d := _titled_month_day(lines, title)):
        return d
    if "今年" in text or "本年" in text:
        return _current_year(text)
    return ""


# A line that is only a month of a year (2024年3月): the release line a bulletin sets under its title and issuer
RE_MONTH_LINE = rx.compile(r"^\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*$")
# A dateline's date field without its year (日期：09-21, 发布时间：9月21日 10:32): the page gives the year elsewhere
RE_MONTH_DAY_FIELD = rx.compile(r"(?:发布时间|发布日期|发文日期|日期|时间)\s*[:：]\s*(?<!\d)(\d{1,2})(?:[-/.]|\s*月\s*)(\d{1,2})(?!\d)")
# A headline speaking of a whole year (2023年国民经济和社会发展统计公报, 2023年工作总结): reported after that year ends, so
# its year is no year of the page's date
RE_WHOLE_YEAR_TITLE = rx.compile(r"年度|全年|公报|年报|总结|回顾|决算")


def _titled_month_day(lines, title: str) -> str:
    """The page's date when its dateline field gives only the month and the day (日期：09-21) and its headline the one
    year it speaks of (2023年凤县第三季度重大项目集中开工): a page reporting on its own year, dated that year; not a
    headline of a whole year reported on later (2023年…统计公报)."""
    years = set(RE_YEAR.findall(title or ""))
    if len(years) != 1 or RE_WHOLE_YEAR_TITLE.search(title):
        return ""
    for ln in _header_lines(lines):
        m = RE_MONTH_DAY_FIELD.search(ln.text)
        if m and not RE_SITE_CLOCK.search(ln.text):
            mo, d = int(m.group(1)), int(m.group(2))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{years.pop()}-{mo:02d}-{d:02d}"
    return ""


_YEAR_OF_PLAN_AFTER = rx.compile(r"(上半年|前三季度|一季度|以来|1[-—~]\d+月|全年|年度|的?目标|工作|是)")


def _current_year(text: str) -> str:
    """The year a text calls 今年: the most cited year that is not a deadline or a range end, when the text writes
    some year as the current one (制定2023年…任务, 2023年上半年, 2023年以来, 今年是2023年); else "" (a year merely
    named, 2017年招商引资签约 or 2015年4月27日的报告, dates nothing).

    Years in current-year phrasing count double.
    """
    years: Counter = Counter()
    current = False
    for m in RE_YEAR.finditer(text):
        before = text[max(0, m.start() - 2):m.start()]
        after = text[m.end():m.end() + 4]
        if before.endswith(("到", "至", "截至")) or after.startswith(("远景", "前", "底前", "年底前")):
            continue
        years[m.group(1)] += 1
        if _YEAR_OF_PLAN_AFTER.match(after) or before.endswith(("制定", "今年")):
            years[m.group(1)] += 1
            current = True
    if not years or not current:
        return ""
    top = max(years.values())
    return max(y for y, c in years.items() if c == top)


def _source(doc: Doc, lines, title: str) -> str:
    text = doc.norm
    head = _header_lines(lines)
    for ln in head[:12] + lines[len(head):len(head) + 2] + lines[-5:]:
        m = RE_SOURCE_FIELD.search(ln.text)
        if m and not ln.text[max(0, m.start() - 2):m.start()] in ("资料", "数据"):
            return doc.view[ln.start + m.start(1):ln.start + m.end(1)].strip()
    for ln in lines:
        q = RE_QUESTION.match(ln.text)
        if q and re.fullmatch(NEWSPAPER, q.group(1)):
            return doc.view[ln.start + q.start(1):ln.start + q.end(1)]
    for ln in lines:
        if is_byline(ln.text):
            b = RE_BYLINE_PAPER.search(ln.text)
            if b:
                return doc.view[ln.start + b.start(1):ln.start + b.end(1)]
    for find in (RE_INTERVIEW_PAPER.search, _byline_paper):
        b = find(text)
        if b:
            return doc.view[b.start(1):b.end(1)]
    if title:
        m = RE_ISSUER.match(title)
        if m:
            return m.group(1)
    for ln in _header_lines(lines)[1:] + lines[-8:]:
        if RE_ISSUER_LINE.match(ln.text):
            return doc.view[ln.start:ln.end]
    if "政府工作报告" in title or "政府工作报告" in text[:300]:
        for ln in _header_lines(lines):
            m = re.search(r"([\u4e00-\u9fff]{2,12}?人民政府)", ln.text)
            if m:
                return doc.view[ln.start + m.start(1): ln.start + m.end(1)]
    return ""


def _doc_type(title: str, text: str, lines, sections: list[Section]) -> str:
    t = title.strip()
    for kind, rx in TITLE_CUES:
        if t and rx.search(t[-8:]):
            return kind
    if _is_interview(text, lines, sections):
        return "interview"
    for kind, rx in TITLE_CUES:
        if t and rx.search(t):
            return kind
    head = text[:400]
    if "政府工作报告" in head:
        return "work_report"
    if re.search(r"统计公报", head):
        return "report"
    return "news"


_ANSWER_LEAD = rx.compile(r"(答|[\u4e00-\u9fff]{2,4})\s*[:]")


def _is_interview(text: str, lines, sections: list[Section]) -> bool:
    if any(s.kind == "interview" for s in sections):
        return True
    if any(RE_INTERVIEW.match(ln.text) for ln in lines):
        return True
    questions = sum(1 for ln in lines if RE_QUESTION.match(ln.text))
    answers = sum(1 for ln in lines if _ANSWER_LEAD.match(ln.text)
                  and not RE_QUESTION.match(ln.text) and len(ln.text) > 20)
    if questions >= 1 and answers >= 1:
        return True
    return "专访" in text[:600]


# ------------------------------------------------------------------ regions

def _short_spoken(doc: Doc, text: str, title_start: int, by_name: dict) -> str:
    """The county a text names by its short form only and speaks as (``DocRegions.spoken_short_place``), added to
    ``by_name``; its name, or ""."""
    from .docregions import speaking_suffix
    own = doc.regions.spoken_short_place(speaking_suffix(doc.norm, min_refs=1), _title_line(text, title_start))
    if own is None:
        return ""
    by_name[own.name] = own
    return own.name


def _regions(doc: Doc, lines, title_start: int, people: list[Person], sections: list[Section]) -> list[str]:
    from .docregions import (above_speaker, below_speaker, cited_other, inclusion_part, nation_speaks, one_of_parts, place_role,
                             parent_of_parts, speaking_suffix, superior_named, whole_of_parts)
    from .regions import COUNTY, gazetteer
    try:
        g = gazetteer()
    except OSError:  # the gazetteer's table cannot be read: no regions rather than no record
        return []
    text = doc.norm[:REGION_SCAN_CHARS]  # the main region is clear long before; keeps huge files cheap
    # the document's region layer (no second scan), without places heading a company's name (北京某某酒业)
    hits = doc.regions.find(0, REGION_SCAN_CHARS, in_names=False)
    counts: Counter = Counter()
    first: dict[str, int] = {}
    by_name = {}
    titled: set[str] = set()
    speaker = speaking_suffix(doc.norm)
    for i, h in enumerate(hits):
        if not h.region.current and h.text != h.region.name:
            continue  # 古渡口, 东川风电场: the short name of a region abolished long ago is a word, not that region
        if inclusion_part(text, h.start) >= 0:
            continue  # 全市项目共225个(含青神县): a part the whole includes, not a place the text is about
        if cited_other(text, h.start, h.end, h.region.name, speaker) or \
                place_role(text, hits, i, len(text)) not in ("", "citation"):
            continue  # 根据甲省发改委《…》要求, 赴乙市开展招商考察: a cited body's or a partner's place, not the text's
        k = h.region.name
        in_title = 0 <= title_start <= h.start < title_start + 80 and _in_first_line(text, title_start, h.start)
        w = 3 if in_title else 1
        if in_title:
            titled.add(k)
        counts[k] += w
        first.setdefault(k, h.start)
        by_name[k] = h.region
    top = max(counts, key=lambda k: (counts[k], -first[k])) if counts else ""
    if not top:
        # a text naming no place but speaking as one (全省 …) under a byline or account of that level (甘肃发布)
        media = doc.regions.media_places(speaking_suffix(doc.norm, min_refs=1))
        if media:
            by_name[media[0].region.name] = media[0].region
            top = media[0].region.name
    if not top:
        # …or calling itself by its short form only (云霄:三季度签约项目12个 … 全县): the county of that short form
        top = _short_spoken(doc, text, title_start, by_name)
    if top and below_speaker(top, by_name[top].level, speaker):
        # a text speaking as 全州 whose most named place is a county of its table: the 州 named, else no place (the
        # parts listed do not name the whole they lie in: 全市72个重点项目…其中,甲区…乙区…丙县 is of no city named)
        ok = [k for k in counts if k.endswith(speaker)]
        top = max(ok, key=lambda k: (counts[k], -first[k])) if ok else ""
    if top and speaker and by_name[top].level > zh.SPEAKER_LEVELS.get(speaker, 9) and one_of_parts(doc.regions, by_name[top]):
        # 全市… over rows of 彭州市, 都江堰市, 崇州市: one of the parts, not the whole (the whole named, else no place,
        # as for the counties of a text of 全州 above)
        ok = [k for k in counts if k.endswith(speaker) and by_name[k].level <= zh.SPEAKER_LEVELS[speaker]]
        top = max(ok, key=lambda k: (counts[k], -first[k])) if ok else ""
    if top and top not in titled and not self_refs(doc.norm, top) and nation_speaks(doc.norm) and (
            counts[top] < NATION_PLACE_MENTIONS or all(posting_line(doc, h.start, h.end) for h in hits
                                                       if h.region.name == top)):
        # a national text posted by a province's site or office (来源:某省发改委, 某省人民政府网), or naming a province
        # once or twice in its examples (辽宁省辽东半岛水资源配置工程): the nation's, no place's
        top = ""
    if top and not speaker and by_name[top].level == COUNTY and parent_of_parts(doc.regions, by_name.values()):
        # a notice ranking a prefecture's counties, the prefecture never named and no division spoken as: no place
        # (none of its parts, and not the prefecture they lie in: a place never named is not inferred from its parts)
        top = ""
    if top and superior_named(g, by_name[top], doc.norm, speaker):
        top = ""  # the prefecture over the county-level city whose text this is: no place of its own named
    if top and top not in titled and above_speaker(top, by_name[top].level, speaker, counts):
        top = ""  # 在某市委、市政府和区委的领导下 in a district's text saying 全区: the city above it, not its place
    if top and not speaker and top not in titled:
        # 某省二季度重大项目集中开工活动举行 … 甲市、乙市、丙市项目投资均超过千亿元: the whole named, its parts listed
        whole = whole_of_parts(g, by_name[top], {k: (by_name[k], n) for k, n in counts.items()})
        top = whole.name if whole is not None else top
    if not top and counts:
        # every place counted set aside (its towns below the 全县 it speaks as, a city above it read out of 石桥镇江口村):
        # the county it calls itself by its short form (认为颍上发展后劲足), as a text naming no place at all; not one
        # counted and set aside itself (含丰城市, a part the whole includes, read again by its short form)
        top = _short_spoken(doc, text, title_start, by_name)
        if top in counts:
            top = ""
    context = [by_name[top]] if top else []

    # Sub-interviews: the region each "——访" line names; the main region is their common parent.
    subs = []
    for ln in lines:
        if RE_INTERVIEW.match(ln.text):
            # the line is a window of doc.norm: its hits come from the document's region layer
            hs = _regions_in(g, ln.text, context, doc.regions.find(ln.start, ln.end, context=context))
            if hs:
                r = max(hs, key=lambda x: x.level)
                if r.name not in [x.name for x in subs]:
                    subs.append(r)
    if len(subs) >= 2:
        parents = [g.parent(r) for r in subs]
        common = [p for p in parents if p is not None]
        main = Counter(p.name for p in common).most_common(1)[0][0] if common else top
        if not main or main in [r.name for r in subs]:
            return [r.name for r in subs]
        return [main] + [r.name for r in subs]

    # Interviews and profiles: the interviewee's region.
    for p in people:
        if _is_official(p):
            hs = _regions_in(g, p.role.split("、")[0], context) or _regions_in(g, p.role, context)
            if hs and (any(s.kind == "question" for s in sections) or _interviewish(text)):
                return [max(hs, key=lambda x: x.level).name]
            break
    return [top] if top else []


NATION_PLACE_MENTIONS = 3  # mentions of a place, not in the title, that a national text makes of its examples at most


def _is_official(p: Person) -> bool:
    """An official of the document's own region: not a journalist, not the national leader."""
    role = normalize_chars(p.role)
    return bool(role) and not role.endswith(PRESS_ROLES) and role not in ("总书记", "主席", "总理")


def _regions_in(g, s: str, context: list, hits: list | None = None) -> list:
    """Regions named in a short string (a role, a "——访" line), most specific last.

    The gazetteer only accepts a county when its prefecture is in play; a role
    such as "延平区委书记" names its county in full, so full county names are
    accepted here on their own.  ``hits``: the gazetteer's hits for ``s`` when
    ``s`` is a window of the document (read from its region layer).
    """
    regs = [h.region for h in (hits if hits is not None else g.find(s, context=context))]
    if regs:
        return regs
    out = []
    for i in range(len(s)):
        for n in range(6, 1, -1):
            sub = s[i:i + n]
            if len(sub) == n and sub[-1] in "区县市旗":
                r = g.resolve(sub, context) if any(x.name == sub for x in g.named(sub)) else None
                if r is not None and r.name == sub:
                    out.append(r)
                    break
    return out


def _title_line(text: str, title_start: int) -> tuple[int, int] | None:
    """The span of the title's first line, or None when the title was not found in the text."""
    if title_start < 0:
        return None
    e = text.find("\n", title_start)
    return title_start, len(text) if e < 0 else e


def _in_first_line(text: str, start: int, pos: int) -> bool:
    return "\n" not in text[start:pos]


def _interviewish(text: str) -> bool:
    return "专访" in text[:800] or "采访" in text[:800] or bool(re.search(r"\n[^\n:]{2,10}日报:", text))


# The pinyin a script converter wrote after each character of a page (開(kāi)工, 個(gè)): the cleaner hides it from the
# view so words read through it; a headline is still given as the page writes it, with its pinyin.
RE_RUBY_TEXT = rx.compile(r"[(（][a-zü\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec"
                          r"\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc ]{1,24}[)）]")


def _with_ruby(doc: Doc, title: str, vstart: int) -> str:
    """``title`` (read at view offset ``vstart``) with the converter's pinyin the view hid inside it or right after
    its last character put back where the page writes it: 甲縣重點(diǎn)項目 is the headline 甲縣重點(diǎn)項目, not 甲縣重點項目.
    Only brackets of pinyin letters come back; other hidden text (ornaments, markup, noise) stays out."""
    if not title or vstart < 0 or doc.view[vstart:vstart + len(title)] != title and \
            doc.norm[vstart:vstart + len(title)] != normalize_chars(title):
        return title
    rs, re_ = doc.raw_span(vstart, vstart + len(title))
    ruby = [e for e in doc.edits if e.reason == "ruby" and rs < e.start <= re_
            and RE_RUBY_TEXT.fullmatch(doc.raw[e.start:e.end].rstrip())]
    if not ruby:
        return title
    out, k = [], 0
    for e in ruby:
        i = doc.view_pos(e.start) - vstart
        if not 0 < i <= len(title):
            return title
        out.append(title[k:i])
        out.append(doc.raw[e.start:e.end].rstrip())
        k = i
    out.append(title[k:])
    return "".join(out)


# ------------------------------------------------------------------ entry point

def read(doc: Doc, record: DocumentRecord) -> DocumentRecord:
    """Fill ``record``'s title, published, source, doc_type, regions and people from ``doc``."""
    lines = split_lines(doc.norm)
    if not lines:
        return record
    title, title_start = _title(doc, lines)
    # a title read on the simplified ``norm`` is given as the text writes it (traditional script kept)
    title = _with_ruby(doc, doc.as_written(title, title_start, title_start + len(title) + 200), title_start)
    people = _people(doc, lines)
    text = doc.norm
    record.people = people
    read_title = normalize_chars(title)  # the words the genre and date cues are written in (重點項目清單 reads 重点项目清单)
    record.doc_type = _doc_type(read_title, text, lines, record.sections)
    if not title:
        title, title_start = _genre_title(doc, lines)
        title = _with_ruby(doc, doc.as_written(title, title_start, title_start + len(title) + 200), title_start) \
            if title else ""
    if not title:
        first = lines[0].text
        if first[:1] in "“\"‘「" or is_paragraph(first):
            official = next((p for p in people if _is_official(p)), None)
            if official is not None and record.doc_type == "interview":
                title = f"专访{official.role.split('、')[0]}{official.name}"
                record.title_derived = True
    record.title = title
    record.published = _published(lines, text, normalize_chars(title))
    record.source = _source(doc, lines, title)
    record.regions = _regions(doc, lines, title_start, people, record.sections)
    _apply_context(doc, record)
    if not record.title:
        issued = _issued_title(doc, lines)
        if issued:
            record.title, record.title_derived = issued, False  # written in the text, in its quotes
    if not record.title:
        derived = _speech_report_title(doc, record)
        if derived:
            record.title, record.title_derived = derived, True
    if not record.title:
        derived = _communique_title(lines)
        if derived:
            record.title, record.title_derived = derived, True
    if not record.title:
        lead = _lead_title(lines)
        derived = _run_report_title(doc, lines, lead) or _progress_report_title(doc, lines, lead) or \
            _year_summary_title(lines) or doc.as_written(lead)
        if derived:
            record.title, record.title_derived = derived, True
    ctx = getattr(doc, "context", None)
    if not record.published and ctx is not None and ctx.date is None:
        record.published = _year_in_progress(doc, ctx, record.title)  # (read once the title is known, derived or not)
    return record


# A statistical communiqué's body, as the genre lays it out: its first chapter 一、综合 (or (一)综合) and the year's
# output 初步核算 in its opening; the year it reports on, as its opening sentence or that estimate names it.
RE_COMMUNIQUE_CHAPTER = rx.compile(r"^\s*(?:一\s*[、.．]|[(（]一[)）])\s*综\s*合\s*$")
RE_COMMUNIQUE_YEAR = rx.compile(r"^\s*((?:19|20)\d\d)\s*年[,，]|初步核算[,，]?\s*((?:19|20)\d\d)\s*年")
COMMUNIQUE_OPENING_LINES = 12  # lines of a text looked over for the communiqué's first chapter


def _communique_title(lines) -> str:
    """The title a statistical communiqué without its headline line has by its genre: 〈year〉年国民经济和社会发展统计
    公报, the year being the one its opening reports on (2022年,全县上下… / 初步核算,2022年…); "" for any other text,
    or when no year is written (a communiqué names its year in its title, never the page's date)."""
    head = lines[:COMMUNIQUE_OPENING_LINES]
    if not any(RE_COMMUNIQUE_CHAPTER.match(ln.text) for ln in head):
        return ""
    body = "\n".join(ln.text for ln in head)
    if "初步核算" not in body:
        return ""
    years = {y for m in RE_COMMUNIQUE_YEAR.finditer(body) for y in m.groups() if y}
    return f"{years.pop()}年国民经济和社会发展统计公报" if len(years) == 1 else ""


# A government's report to its people's congress, as its opening says (我代表县人民政府向大会报告工作, 我代表市人民政府向大会
# 作政府工作报告), and the congress its dateline names (在某县第十八届人民代表大会第三次会议上).
RE_GOV_REPORT_OPENING = rx.compile(r"我代表[^。\n]{0,10}?人民政府[,，]?\s*向(?:大会|本次会议|会议)[^。\n]{0,4}?(?:报告|作)[^。\n]{0,4}?工作")
RE_CONGRESS_PLACE = rx.compile(r"在\s*([\u4e00-\u9fff]{2,14}?(?:自治州|自治县|自治旗|省|市|州|盟|县|区|旗))\s*第[一二三四五六七八九十\d]{1,4}\s*届"
                               r"人民代表大会")
RE_GOV_REPORT_LEVEL = rx.compile(r"我代表\s*(省|市|县|区|州|旗)\s*人民政府")
GOV_REPORT_OPENING_CHARS = 1500  # characters of a text looked over for the report's opening


def _speech_report_title(doc: Doc, record: DocumentRecord) -> str:
    """The title of a government work report the page gives without its headline (its dateline, the speaker, 各位代表:,
    我代表县人民政府向大会报告工作): 〈the place〉政府工作报告, the place being the congress the dateline names, else the
    document's own resolved place; "" for any other text."""
    head = doc.norm[:GOV_REPORT_OPENING_CHARS]
    if not RE_GOV_REPORT_OPENING.search(head):
        return ""
    m = RE_CONGRESS_PLACE.search(head)
    place = m.group(1) if m else ""
    ctx = getattr(doc, "context", None)
    if not place and ctx is not None and ctx.place is not None and ctx.place.confidence >= 0.7:
        place = ctx.place.name
    level = RE_GOV_REPORT_LEVEL.search(head)
    if not place and level:
        # 我代表省人民政府: the region the text names most of that level
        place = next((r for r in record.regions if r.endswith(level.group(1))), "")
    return place + "政府工作报告"


def _issued_title(doc: Doc, lines) -> str:
    """The title of a page without a headline whose lead's first sentence reports a document's issue (近日,市政府办公室
    印发《关于…的通报》。通报指出,…): the document's name, as the text writes it; "" otherwise."""
    first = next((ln for ln in lines[:5] if (is_paragraph(ln.text) or RE_LEAD_START.match(ln.text.strip()))
                  and not is_chrome_line(ln.text) and not is_photo_caption(ln.text)
                  and not RE_SECTION_MARK.match(ln.text)), None)
    if first is None:
        return ""
    sent = _SENTENCE_END.split(first.text, maxsplit=1)[0]
    m = RE_ISSUED_DOC.search(sent)
    if not m:
        return ""
    k = doc.norm.find(first.text, first.start)
    s, e = (k + m.start("name"), k + m.end("name")) if k >= 0 else (0, 0)
    return doc.as_written(m.group("name"), s, e) if k >= 0 else m.group("name")


# A lead's opening that is no part of what it reports: its day (7月12日,), an event's day (11月30日闭幕的), the
# announcer or source of the news (县长某某宣布, 记者从县统计局获悉,).
# the end of a span of days after its first day (3月5日至12日, 10月31日—11月4日)
_DAYS_TO = r"\s*[-—~至到]\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日"
# (a day's date, a span of days (2023年10月31日至11月24日), or a day alone under a dated page's header (12日下午,))
RE_LEAD_DAY = re.compile(rf"^(?:(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日(?:{_DAYS_TO})?"
                         r"|\d{1,2}日(?=[上下]午|晚|[,，]))(?:[上下]午|晚)?(?:[,，]|[\u4e00-\u9fff]{1,4}的(?=[\u4e00-\u9fff]))?")
RE_LEAD_SOURCE = re.compile(r"^(?:[^,，。;；:：]{1,24}?(?:宣布|获悉|了解到|得知)|据[^,，。;；:：]{1,20}?(?:了解|消息|报道))[,，:：]?")
# (当日/当天 after a dateline that gave the day: 新华社某地3月31日电 当日,…)
RE_LEAD_OPENER = re.compile(r"^(?:近日|日前|目前|今年以来|当前|当日|当天|同日)[,，]?")
# a news dateline (本报岚溪3月8日讯, 新华社北京3月8日电) and the reporters in brackets after it; no source's name
# (据某某资讯网了解: 资讯 is no 讯)
RE_LEAD_DATELINE = re.compile(r"^(?!据)[^,，。;；]{0,20}?(?:(?<![资通])讯|电|消息)\s*(?:[(（][^)）]{0,30}[)）])?\s*[,，:：]?")
# a bracketed tag of who reports before a lead (【点新闻报道】, [新华社快讯]): no word of what it reports
# a tag in brackets ([视频], 【要闻】) or a summary's label (核心阅读:) before a lead
RE_LEAD_TAG = re.compile(r"^\s*(?:[【\[][^【】\[\]]{1,12}[】\]]|[【\[]?(?:%s)[】\]]?\s*[:：]?)\s*"
                         % alternation(zh.LEAD_LABEL_WORDS))
# A line opening as a lead does: its day or an opener and a comma (3月8日,… / 近日,…), or a news dateline
# (本报讯, 新华社北京3月8日电).  A period and a comma open headlines too (1-8月，全县…完成投资27亿元): they do not count.
RE_LEAD_START = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚)?|近日|日前|近期|目前|当前)\s*[,，]"
                           r"|^(?:本报|本台|本网)[\u4e00-\u9fff\d]{0,10}?讯"
                           r"|^[\u4e00-\u9fff]{1,8}?(?:社|网|台|报|客户端)[\u4e00-\u9fff\d]{0,10}?(?:讯|电)"
                           r"(?=\s|[(（,，:：]|$|近日|日前|记者|\d)")
# a photo caption: 某某(左)、某某(右)检查…
RE_PHOTO_CAPTION = re.compile(r"[(（](?:左|右|中|左一|右一|左二|右二|前排|后排|前|后)[)）]")
LEAD_TITLE_MAX = 40  # characters of a derived title: the lead's first sentence, else its first clause
# where a lead's event was held, before the verb that ends the lead (…集中开工仪式在各县同步举行)
RE_EVENT_VENUE = rx.compile(rf"(?<=[\u4e00-\u9fff)）”])在[^,，。在]{{2,24}}?(?:同步|同时|隆重|正式)?(?=(?:{alternation(zh.EVENT_LEAD_ENDS)})$)")


# The actor a lead opens with: a place, with the body of it that acts (岚溪县人民政府督查室, 青川市发改委, 东坡县).
RE_LEAD_ACTOR = rx.compile(r"^(?![在为以对据经从由向把将被与和及于当按])(?:中共)?[^\W\d_委的]{1,8}?(?:自治州|自治县|省|市|县|区|旗|州)(?![委长])"
                           r"(?:人民政府(?:办公室|督查室)?|政府办公室|政府办|政府督查室|督查室|委办|"
                           r"[\u4e00-\u9fff]{2,10}?(?:委员会|局|办公室|中心)|发改委|[县市区]委(?:办公室)?)?")
# a one-character framing word only as a preposition: 以上 / 以来 / 为全省第一 are no frame
RE_FRAMING = rx.compile("^(?:%s)(?![上下来后前内外及全本我])|^在[^,，]{1,30}(?:%s)$" % (
    "|".join(sorted(zh.LEAD_FRAMING_WORDS, key=len, reverse=True)), "|".join(zh.LEAD_CIRCUMSTANCE_ENDS)))
# 现将〈the matter〉通报如下: what a notice reports, when it names more than 有关情况/有关事项
RE_NOTICE_MATTER = rx.compile(r"现将(?!有关(?:情况|事项)|具体|相关(?:情况|事项))([^,，。;；:：]{4,40}?)(?:%s)如下"
                              % "|".join(c[:-2] for c in zh.NOTICE_GENRE_CUES))
RE_NOTICE_CUE = rx.compile("(%s)如下" % "|".join(c[:-2] for c in zh.NOTICE_GENRE_CUES))
RE_INSPECTED = rx.compile(r"对([^,，。;；:：]{2,30}?)(?:进行|开展|实施)了?[\u4e00-\u9fff]{0,4}?(?:%s)"
                          % "|".join(zh.INSPECTION_VERBS))
# the document a lead says was issued (…印发《关于2023年上半年全市重点项目建设进展情况的通报》): never one it cites as the ground
# of what it reports (根据《…的通知》要求 names no verb of issuing right before the quotes, 自印发《…方案》以来 goes on
# with what followed it)
RE_ISSUED_DOC = rx.compile(rf"(?:{alternation(zh.ISSUING_VERBS)})了?\s*《(?P<name>[^《》\n]{{4,60}}?(?:{alternation(zh.OFFICIAL_DOC_GENRES)}))》"
                           rf"(?!\s*(?:{alternation(zh.CITED_DOC_AFTER)}))")
RE_BARE_TIME = rx.compile(rf"^(?:\d{{4}}年)?(?:\d{{1,2}}月\d{{1,2}}日{_DAYS_TO}|"
                          r"到\d{4}年[底末]?|\d{1,2}[-—~至]\d{1,2}月份?|\d{1,2}月份?|[一二三四1-4]季度|上半年|前三季度|全年|"
                          r"今年以来|年初以来|截至[^,，]{0,10})$|^\d{4}年度?$|^(?:今年|本年)(?:上半年|前三季度|[一二三1-3]季度|"
                          r"\d{1,2}[-—~至]\d{1,2}月份?)$")  # 2025年,全区…: the year alone frames too


_COMMA_COLON = rx.compile(r"[,，:：]")
# …统计公报 2023年,全市…: a page whose headline runs on into its body after a blank, the title a genre's before it;
# the cleaner joins such a blank before a year (公报2023年是…), so the genre's word before a year also ends the headline
RE_RUN_ON_GAP = rx.compile(r"(?<=[\u4e00-\u9fff)）])[ \t\u3000\xa0]+(?=[\u4e00-\u9fff\d])")
RE_GENRE_RUN_ON = rx.compile(r"(?:统计公报|公报|通报|通知|公告|工作报告)(?=(?:19|20)\d\d\s*年)")
RE_GLUED_FIELD = rx.compile(r"(?<=[\u4e00-\u9fff\d)）])(?:%s)\s*[:：]"  # (not 日期/时间: 会议时间: is a sentence's)
                            % alternation(w for w in zh.DATELINE_FIELD_LABELS if w not in ("日期", "时间")))


def _lead_title(lines) -> str:
    """A title for a text without a headline: the gist of its lead, i.e. who acts and on what.

    A notice (现将有关情况通报如下) is titled in the official form, 〈issuer〉关于〈the matter looked into〉的通报.  Any
    other lead gives its first sentence (not a photo caption) without the dateline, the day, the announcer
    (县长某某宣布…), the source (记者从…获悉) and the clauses that only frame it (紧紧围绕…, 坚持把…作为…, 为…), cut to
    the clause that reports when the sentence is long or goes on with figures; the actor named at the sentence's
    start is kept before it.  "" when the text opens with no paragraph."""
    first = next((ln.text.strip() for ln in lines[:5] if (is_paragraph(ln.text) or RE_LEAD_START.match(ln.text.strip()))
                  and not is_chrome_line(ln.text) and not is_photo_caption(ln.text)
                  and not RE_SECTION_MARK.match(ln.text) and not addressee_lines(ln.text)), "")
    if not first:
        return ""
    sent = re.split(r"[。!?！？;；]", first, maxsplit=1)[0].strip()
    field = RE_GLUED_FIELD.search(sent) or RE_RUN_ON_GAP.search(sent)
    run_on = RE_GENRE_RUN_ON.search(sent)
    head = sent[:field.start()].strip() if field else sent[:run_on.end()] if run_on else ""
    if 5 <= len(head) <= LEAD_TITLE_MAX and _is_title_text(head) and any(cue.search(head) for _, cue in TITLE_CUES):
        # 2019年某市国民经济和社会发展统计公报来源:某市统计局发布时间:…: a page run on into one line, its headline (a
        # genre's title) before the first field of its dateline
        return head
    for rx_ in (RE_LEAD_TAG, RE_LEAD_DATELINE, RE_LEAD_DAY, RE_LEAD_OPENER, RE_LEAD_SOURCE, RE_LEAD_DAY, RE_LEAD_OPENER):
        sent = rx_.sub("", sent, count=1).strip()  # (据某网了解,3月5日,…: the day after the source)
    actor_m = RE_LEAD_ACTOR.match(sent)
    actor = actor_m.group() if actor_m else ""
    notice = RE_NOTICE_CUE.search(first)
    inspected = RE_INSPECTED.search(sent)
    told = RE_NOTICE_MATTER.search(first) if notice and not inspected else None
    if notice and (inspected or told):
        # 对…进行了督查,现将督查情况通报如下 → 关于〈what was inspected〉的通报; 现将4月份案件办理情况通报如下 →
        # 关于〈what is reported〉的通报 (a notice without its headline is titled as the notice it is)
        matter = inspected.group(1) if inspected else told.group(1)
        title = f"{actor}关于{matter}的{notice.group(1)}"
        if 5 <= len(title) <= LEAD_TITLE_MAX + 10:
            return title
    clauses = [c.strip(" 、") for c in _COMMA_COLON.split(sent)]
    k, framed, when = 0, False, ""
    while k < len(clauses) - 1:
        c = clauses[k][len(actor):] if k == 0 else clauses[k]
        if c and RE_FRAMING.match(c):
            framed = True
        elif c and RE_BARE_TIME.match(c):
            when = when or c  # 1-8月: kept with the clause that reports
        else:
            break
        k += 1
    if framed or (k and when):
        # the framing clauses left out: the clause that reports, after the actor the sentence opened with and the
        # time it reports on (1-6月,岚溪县… → 1-6月岚溪县…)
        rest = clauses[k]
        if len(when + rest) > LEAD_TITLE_MAX and "、" in rest and re.search(r"\d", rest.split("、")[0]):
            rest = rest.split("、")[0]  # (…完成率为56.5%、超时序进度14.8个百分点: the first of the figures it lists)
        if actor and not rest.startswith(actor):
            rest = actor + when + re.sub(r"^(?:全[省市县区旗州盟])", "", rest)
        elif not actor and when:
            rest = when + rest
        sent = rest
    elif len(sent) > LEAD_TITLE_MAX or any(re.search(r"\d", c) for c in clauses[1:]):
        sent = clauses[0]  # the event, without the figures that follow it (…推进会,全县42个项目完成投资…)
    sent = sent.strip(" ,，:：、")
    sent = RE_PLAN_OPENER_VERB.sub("", sent)  # 2027年全县的主要目标是: → 2027年全县的主要目标
    # an event's title names the event, not where it was held (某市第十五届人民代表大会第六次会议在市会展中心开幕 →
    # 某市第十五届人民代表大会第六次会议开幕)
    sent = RE_EVENT_VENUE.sub("", sent, count=1)
    return sent if 5 <= len(sent) <= LEAD_TITLE_MAX else ""


# the verb closing a lead that opens on the year's targets (…的主要目标是:, …预期目标为): no word of its gist
RE_PLAN_OPENER_VERB = rx.compile(r"(?<=目标|指标|任务)(?:是|为)$")
# the time a release on the economy reports on, as its opening writes it (前三季度, 1-10月份, 1至8月, 上半年, 一季度, 5月份;
# not a day, 4月20日)
RE_RUN_PERIOD = rx.compile(r"前三季度|前[两二三四五六七八九十]个?月|[上下]半年|第?[一二三四]季度|\d\s*[-—~至到]\s*\d\s*季度|"
                           r"\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月份?|(?<![\d年-])\d{1,2}\s*月份?(?!\s*\d{1,2}\s*日|\d)")
# …each reported with its figure (地区生产总值4420.5亿元, 规上工业增加值同比增长9.4%), not merely named
RE_RUN_ECONOMY = rx.compile(rf"(?:{alternation(zh.ECONOMY_RUN_INDICATORS)})[^。;；\n\d]{{0,15}}\d")
RE_RUN_INDUSTRY = rx.compile(rf"(?:{alternation(zh.INDUSTRY_RUN_INDICATORS)})[^。;；\n\d]{{0,15}}\d")
# what a lead's clause says of how the economy ran (经济运行…, 经济保持…, 增长, a figure); 经济社会发展 is a slogan's
RE_RUN_STATED = rx.compile(r"经济(?!社会)|增长|增加值|生产总值|总产值|零售总额|GDP|\d")
RE_LEAD_DAY_WORDS = rx.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|(?<!\d)\d{1,2}\s*日")
RE_WHOLE_AREA = rx.compile(r"全[省市县区旗州盟]")
RUN_OPENING_CHARS = 600  # characters from a release's lead looked over for its period, place and indicators
RUN_OPENING_LINES = 12  # lines of a text looked over for its first two paragraphs
RUN_TITLE_TRADITIONAL = str.maketrans(zh.RUN_TITLE_TRADITIONAL)  # the title's words in a text in traditional script


def _run_report_title(doc: Doc, lines, lead: str) -> str:
    """A title for a statistics release on how the economy ran that stands without a headline: 〈place〉〈period〉
    经济运行情况 (工业经济运行情况 for a release on industry alone), the place and the period in the order and the form
    its opening (the first two paragraphs) writes them (前三季度,岚溪全市… → 前三季度岚溪经济运行情况; 甲市统计局公布…
    前三季度 → 甲市前三季度…), as the builders of the annotated sets title such pages.

    Only where the lead's own clause says nothing of how the economy ran (全市上下认真贯彻…, 面对…, 某市统计局公布数据
    显示, none at all): a clause that does (前三季度全市经济运行稳中向好, 1—5月规上工业增加值增长14.3%) or that reports
    an event (…新闻发布会在某地举行) is the better title.  "" when the opening reports no figure of the economy or no
    period shorter than a year."""
    if lead and (RE_RUN_STATED.search(RE_RUN_PERIOD.sub("", RE_LEAD_DAY_WORDS.sub("", lead))) or
                 lead.endswith(zh.EVENT_LEAD_ENDS)):
        return ""
    paragraphs = [ln.text for ln in lines[:RUN_OPENING_LINES] if is_paragraph(ln.text) and not is_chrome_line(ln.text)
                  and not is_photo_caption(ln.text)][:2]
    opening = "\n".join(paragraphs)[:RUN_OPENING_CHARS]
    period = RE_RUN_PERIOD.search(opening)
    economy = RE_RUN_ECONOMY.search(opening)
    if period is None or (economy is None and not RE_RUN_INDUSTRY.search(opening)):
        return ""
    place, at = _opening_place(doc, opening)
    when = "".join(period.group().split())
    what = (zh.RUN_REPORT_INDUSTRY if economy is None else "") + zh.RUN_REPORT_TITLE
    title = (place + when if 0 <= at < period.start() else when + place) + what
    title = doc.as_written(title)
    return title.translate(RUN_TITLE_TRADITIONAL) if doc.written else title


# the key projects a progress report reports on (省市重点项目, 县级重大建设项目, 重点工程): the level qualifying them only after
# a count, a possessive or no word (全县9个省重点产业项目, 我市省市县重点项目, 县级重大项目; not the 市 ending
# 甲州市重点项目, a place's name)
RE_PROGRESS_PROJECTS = rx.compile(
    r"(?:(?P<level>%s)|(?:(?<![\u4e00-\u9fff])|(?<=[个我该的年月度季]))(?P<single>[省市县区州盟旗])级?)?(?:%s)(?:%s)?"
    r"(?:工程项目|%s)"
    % (alternation(zh.PROGRESS_PROJECT_LEVELS), alternation(zh.PROGRESS_PROJECT_KEYS),
       alternation(k for k in zh.PROGRESS_PROJECT_KINDS if k), alternation(zh.PROGRESS_PROJECT_NOUNS)))
RE_PROGRESS_VERB = rx.compile(alternation(zh.PROGRESS_REPORT_VERBS))
# the division named right before the projects (甲县46个重点项目), not a pronoun's (该区, 本市, 我县) nor the whole (全县)
RE_PLACE_BEFORE_PROJECTS = rx.compile(r"(?<![\u4e00-\u9fff])(?P<place>(?![该本我全各])[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|旗))"
                                      r"(?:共?有?\d+个)?$")
PROGRESS_VERB_REACH = 16  # characters after the projects within which a clause reports their progress
RE_PROGRESS_YEAR = rx.compile(r"(?<!\d)(?:19|20)\d\d\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
# a period of the year a release reports on, as _run_report_title reads it, and the months written in figures
# (前8个月); 1-12月 is the whole year, no period of it
RE_PROGRESS_PERIOD = rx.compile(RE_RUN_PERIOD.pattern + r"|前\d{1,2}个月")
RE_WHOLE_YEAR_MONTHS = rx.compile(r"^1\s*[-—~至到]\s*12\s*月份?$")


def _opening_place(doc: Doc, opening: str) -> tuple[str, int]:
    """The document's place as a release's opening writes it (full or short name, the first written), with where it is
    written (-1 when the opening does not write it; then the context's name), else 全市/全县 as written; ("", -1)."""
    place, at = "", -1
    ctx_place = doc.context.place if doc.context is not None else None
    if ctx_place is not None:
        from .regions import gazetteer
        region = gazetteer().by_code(ctx_place.code) if ctx_place.code else None
        for name in (ctx_place.name, region.short if region is not None else ""):
            k = opening.find(name) if name else -1
            if k >= 0 and (at < 0 or k < at or (k == at and len(name) > len(place))):
                place, at = name, k
        if at < 0:
            place = ctx_place.name
    if not place:
        whole = RE_WHOLE_AREA.search(opening)
        place, at = (whole.group(), whole.start()) if whole else ("", -1)
    return place, at


def _progress_report_title(doc: Doc, lines, lead: str) -> str:
    """A title for a progress report on key projects that stands without a headline: 〈place〉〈period〉〈the projects〉
    建设进展情况, the way such reports are titled (关于…重点项目建设进展情况的通报), the place and the period in the order
    its opening (first two paragraphs) writes them (二季度,全区8个市重点产业项目完成投资… → 二季度全区市重点产业项目
    建设进展情况), the count and the figures left out.

    Only where the opening reports the projects' progress (完成投资, 开复工, 投资完成率) over a year or a part of it, and the
    lead's clause is no better title: one reporting an event (…推进会举行), or naming the projects with no figure
    (全县重点项目建设进展顺利) stays.  "" otherwise."""
    if lead and lead.endswith(zh.EVENT_LEAD_ENDS):
        return ""
    paragraphs = [ln.text for ln in lines[:RUN_OPENING_LINES] if is_paragraph(ln.text) and not is_chrome_line(ln.text)
                  and not is_photo_caption(ln.text)][:2]
    opening = "\n".join(paragraphs)[:RUN_OPENING_CHARS]
    if not RE_PROGRESS_VERB.search(opening):
        return ""
    found = list(RE_PROGRESS_PROJECTS.finditer(opening))
    if not found:
        return ""
    # the projects whose progress a clause reports (…重点项目完成投资…), else the first named
    projects = next((m for m in found if RE_PROGRESS_VERB.search(opening, m.end(), m.end() + PROGRESS_VERB_REACH)), found[0])
    if lead and projects.group().lstrip("省市县区州、级") in lead and \
            not re.search(r"\d", RE_PROGRESS_PERIOD.sub("", RE_PROGRESS_YEAR.sub("", RE_LEAD_DAY_WORDS.sub("", lead)))):
        return ""  # the lead names them and how they go, in words
    period = RE_PROGRESS_PERIOD.search(opening)
    if period is not None and RE_WHOLE_YEAR_MONTHS.match(period.group()):
        period = None
    year = RE_PROGRESS_YEAR.search(opening)
    if year is not None and period is not None and year.start() > period.start():
        year = None
    if year is None and period is None:
        return ""
    when = "".join(((year.group() if year else "") + (period.group() if period else "")).split())
    place, at = _opening_place(doc, opening)
    named = RE_PLACE_BEFORE_PROJECTS.search(opening, max(0, projects.start() - 14), projects.start())
    if not place and named:
        place = named.group("place")  # (1-6月,甲县46个重点项目…: a place the gazetteer lacks, as the lead writes it)
    level = projects.group("level") or projects.group("single") or ""
    if place in projects.group() or (RE_WHOLE_AREA.fullmatch(place) and level and level.endswith(place[-1])):
        place = ""  # (全市 before 市重点项目, 全县 before 省市县重点项目: the level says it)
    # (重点建设项目 reads 重点项目 before 建设进展情况)
    what = re.sub(r"建设(?=(?:工程)?项目$)", "", projects.group()) + zh.PROGRESS_REPORT_TITLE
    # a named place heads the title (某县2023年上半年…), the whole of it (全市) follows the period as a lead writes it
    title = (when + place if RE_WHOLE_AREA.fullmatch(place) else place + when) + what
    return title if len(title) <= LEAD_TITLE_MAX else ""


RE_MODEL_SITE_INTRO = rx.compile(alternation(zh.MODEL_SITE_INTRO_WORDS))
# 现将2031年度工作情况汇报如下: the summary's formula and the year it names
RE_SUMMARY_FORMULA = rx.compile(r"现将\s*(?P<year>(?:19|20)\d\d)\s*年(?P<du>度)?[^。;；\n]{0,12}?工作[^。;；\n]{0,8}?(?:%s)如下"
                                % alternation(zh.YEAR_SUMMARY_VERBS))
# 2031年, / 2031年以来, opening the paragraph: the year the summary looks back over
RE_SUMMARY_YEAR_OPENING = rx.compile(r"^\s*(?P<year>(?:19|20)\d\d)\s*年(?P<du>度)?(?:以来)?\s*[,，]")
RE_SUMMARY_LOOKBACK = rx.compile(alternation(zh.YEAR_SUMMARY_LOOKBACK))


def _year_summary_title(lines) -> str:
    """A title for a body's summary of a year's work that stands without a headline: 〈year〉年(度)工作总结, the year
    the one its formula names (现将2031年度工作情况汇报如下), else the one its first paragraph opens with when the opening
    looks back over the whole year (2031年,办公室在…领导下,…全年共办理…).  A model-text site's introducing line
    (以下是小编收集的…) is passed over; an opening that states targets is no summary.  "" otherwise."""
    paragraphs = [ln.text for ln in lines[:RUN_OPENING_LINES] if is_paragraph(ln.text) and not is_chrome_line(ln.text)
                  and not is_photo_caption(ln.text) and not RE_MODEL_SITE_INTRO.search(ln.text)][:2]
    if not paragraphs:
        return ""
    opening = "\n".join(paragraphs)[:RUN_OPENING_CHARS]
    m = RE_SUMMARY_FORMULA.search(opening)
    if m is None:
        m = RE_SUMMARY_YEAR_OPENING.match(paragraphs[0])
        if m is None or not RE_SUMMARY_LOOKBACK.search(opening) or "目标" in paragraphs[0]:
            return ""
    return f"{m.group('year')}年{m.group('du') or ''}{zh.YEAR_SUMMARY_TITLE}"


HEADLINE_YEAR_SOURCES = ("title", "title_line")  # a document year read from its headline
# 日期:09-21 / 发布时间:9月21日 under a title naming its year: a day field written without the year
RE_YEARLESS_DAY_FIELD = rx.compile(r"(?:发布时间|发布日期|发表时间|更新时间|日期|时间)\s*[:：]\s*"
                                   r"(?:(\d{1,2})\s*[-/.]\s*(\d{1,2})|(\d{1,2})\s*月\s*(\d{1,2})\s*日)(?![\d\-/.])")


def _field_day_in_title_year(doc: Doc, ctx) -> str:
    """The day a page gives in a date field without its year (日期:09-21) in the year its title names
    (2019年东山县第三季度重点项目推进情况): 2019-09-21, for a page that dates itself no other way; "" when there is
    no such field, the year is not its headline's, or the title is an annual bulletin's (its year is the one reported,
    released in the next)."""
    from .context import _annual_bulletin, _unspaced
    ev = getattr(ctx, "year_evidence", None)
    if not ctx.year or ev is None or ev.source not in HEADLINE_YEAR_SOURCES or \
            _annual_bulletin(_unspaced(ctx.title or "")[0]):
        return ""
    for ln in _header_lines(split_lines(doc.norm)):
        m = RE_YEARLESS_DAY_FIELD.search(ln.text)
        if m:
            mo, dd = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
            return f"{ctx.year:04d}-{mo:02d}-{dd:02d}" if 1 <= mo <= 12 and 1 <= dd <= 31 else ""
    return ""


# A news lead opening with the day it reports, written without its year: at the line's start (2月14日,…), after a
# dateline's 讯/电 and the reporters in brackets (本网讯(记者某某)4月24日,… / 某某网某地1月27日电), or after the
# name of the body that released what it reports (某省统计局10月20日公布的统计数据显示)
RE_LEAD_YEARLESS_DAY = rx.compile(
    r"^\s*(?:[^\n,，。;；:：]{0,24}?(?:[讯訊电電]|消息)\s*(?:[(（][^)）\n]{0,30}[)）])?\s*[:：]?\s*"
    r"|今[天日]\s*[(（]\s*"
    r"|[\u4e00-\u9fff]{2,16}?(?=\d{1,2}月\d{1,2}日(?:公布|发布|發布|召开|召開|举行|舉行)))?"
    r"(?:[\u4e00-\u9fff“”]{4,9}[,，][\u4e00-\u9fff“”]{4,9}[。!！]\s*)?"
    r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")
LEAD_DAY_LINES = 6  # lines read from the top for such a lead
RE_SESSION_LEAD = rx.compile(r"[^。\n]{0,30}?人民代表大会第[一二三四五六七八九十\d]{1,3}次会议")
RE_YEAR_ONLY = rx.compile(r"(?:19|20)\d\d")  # a published value that is only a year


def _lead_day_in_text_year(doc: Doc, ctx) -> str:
    """The day a news lead opens with, written without its year (2月14日,2025年某市政府工作报告全文发布 / 5月18日,
    2023年二季度某省重大项目集中开工活动举行), in the year the text is written in (``ctx.year``), else the year its
    own sentence names right after the day (某省统计局10月20日公布…,2020年前三季度,…): the page dates itself no other
    way; "" when no line of the header or the first paragraph after it opens so (a day in a later paragraph, 5月19日,
    副市长…接听热线, is an event the page reports on, not its date)."""
    lines = split_lines(doc.norm)
    head = _header_lines(lines)
    k = lines.index(head[-1]) + 1 if head and head[-1] in lines else 0
    while k < len(lines) and (RE_MARKUP_LINE.match(lines[k].text) or is_photo_caption(lines[k].text)):
        k += 1  # ((资料图片) above the lead, as _header_lines passes it over)
    for ln in (head + lines[k:k + 1])[:LEAD_DAY_LINES]:
        # a wire's dateline gives the day it was filed (某某网南宁7月21日电 (记者…)7月20日下午,…: the 21st, not the
        # event's day after it)
        m = RE_WIRE_DAY.match(ln.text) or RE_LEAD_YEARLESS_DAY.match(ln.text)
        if m is None or RE_YEAR.search(ln.text, max(0, m.start(1) - 6), m.start(1)):
            continue
        mo, dd = int(m.group(1)), int(m.group(2))
        if not (1 <= mo <= 12 and 1 <= dd <= 31):
            continue
        ev = ctx.year_evidence
        if ctx.year and ev is not None and RE_SINCE_CLOSER.match(doc.norm, ev.end):
            return ""  # (2021年以来,全省累计…: a run's start, no year the text is written in)
        year = ctx.year
        if RE_SESSION_LEAD.match(ln.text, m.end()):
            # a people's congress session opening on that day (…第六次会议在某地开幕, 政府工作报告): of the year after the
            # one its report reviews, as a session's speech dated by its month and day is
            from .context import _yearless_dateline_year
            year = _yearless_dateline_year(doc, mo) or year
        if not year:
            end = next((i for i in range(m.end(), len(ln.text)) if ln.text[i] in "。;；\n"), len(ln.text))
            y = RE_YEAR.search(ln.text, m.end(), end)
            year = int(y.group(1)) if y and not RE_SINCE_CLOSER.match(ln.text, y.end()) else None
        if not year:
            return ""
        today = RE_TODAY_BEFORE.search(ln.text, 0, m.start(1))
        if not today and not RE_WIRE_DAY.match(ln.text) and not RE_SESSION_LEAD.match(ln.text, m.end()) and \
                _event_of_the_day(ln.text, m.end()):
            # (a congress session opening that day is the day its work report was given: the report's own date)
            return f"{year:04d}-{mo:02d}"  # 6月30日,某区…集中开工活动举行: the event's day; the page is of its month
        return f"{year:04d}-{mo:02d}-{dd:02d}"
    return ""


RE_TODAY_BEFORE = rx.compile(r"今[天日]\s*[(（]\s*$")  # 今天(2月11日): the page's own day
RE_EVENT_DAY_VERB = rx.compile(alternation(zh.EVENT_DAY_VERBS))
RE_LEARNT_DAY = rx.compile(alternation(zh.LEARNT_DAY_VERBS + zh.REPORT_PUT_OUT_VERBS))


def _event_of_the_day(t: str, at: int) -> bool:
    """Whether the sentence of a lead from ``at`` (right after its day) reports an event held that day (…举行, …开工)
    rather than something released or learnt (…公布, 记者从…获悉)."""
    end = next((i for i in range(at, len(t)) if t[i] in "。;；!！?？\n"), len(t))
    return bool(RE_EVENT_DAY_VERB.search(t, at, end)) and not RE_LEARNT_DAY.search(t, at, end)


# A span within one year that a text reports on (its period): a month, the months from January up to one before
# December, a quarter, the first half, or a cut-off before the year's end: the year was still running when it was written
RE_PART_OF_YEAR = rx.compile(r"(?:\.\.)?((?:19|20)\d\d)-(?:M(?:0\d|1[01])|M01\.\.M(?:0\d|1[01])|Q[1-3]|H1)")
# A headline naming a year and a span within it (2027年第一季度…, 2027年1-5月…, 2027年上半年…)
RE_TITLE_PART_OF_YEAR = rx.compile(r"((?:19|20)\d\d)\s*年\s*(?:第?[一二三1-3]\s*季度|上半年|前三季度|前[两二三四五六七八九十]个?月"
                                   r"|1\s*[-—~至到]\s*(?:[1-9]|1[01])\s*月)")
# A government's work report named by its year (2027年某县政府工作报告, 某街道办事处2027年政府工作报告)
RE_YEAR_REPORT_TITLE = rx.compile(r"政府工作报告")
# The year's plan a text opens with (2027年某县发展的主要预期指标为:…): written as that year begins
RE_YEAR_PLAN_LEAD = rx.compile(r"((?:19|20)\d\d)\s*年[^。;；\n]{0,30}?(?:主要|预期)(?:目标|指标)(?:任务)?(?:是|为)")
YEAR_PLAN_LEAD_REACH = 60  # characters from the text's start within which that opening stands


# the year of an event the lead reports (its name 2027年招商签约仪式, a report's day): no year the text calls its own
EVENT_NAMED_YEAR_SOURCES = ("lead_event",)


def _year_in_progress(doc: Doc, ctx, title: str) -> str:
    """The year a page undated by the text was written in, when its words show it was written while that year ran:
    it calls the year 今年/本年, it reports on a span within it (1-8月, 上半年, 截至10月底), or it opens with the year's
    plan (2027年…主要目标是, a part heading 二、2027年工作安排 over targets); "" for a text that reviews a whole year
    (a communiqué, a year's summary: written after the year ended) or whose year the text does not state."""
    read = normalize_chars(title or ctx.title or "")
    if RE_WHOLE_YEAR_TITLE.search(read) or ctx.genre == "communique":
        return ""
    named = set(RE_YEAR.findall(read))
    if len(named) == 1 and RE_YEAR_REPORT_TITLE.search(read):
        return named.pop()  # 2027年某县政府工作报告: given as the year it is named for begins
    y = ctx.year
    ev = ctx.year_evidence
    if not y or ev is None or ev.source == "manifest" or "manifest" in (ctx.from_manifest or []):
        return ""
    m = RE_TITLE_PART_OF_YEAR.search(read)
    if m and int(m.group(1)) == y:
        return str(y)  # 某省2027年一季度开工项目清单: reported while the year runs
    text = doc.norm
    m = RE_PART_OF_YEAR.fullmatch(ctx.period or "")
    if m and m.group(1) == str(y):
        return str(y)
    if ("今年" in text or "本年" in text) and ev.source not in EVENT_NAMED_YEAR_SOURCES:
        return str(y)
    m = RE_YEAR_PLAN_LEAD.search(text, 0, YEAR_PLAN_LEAD_REACH + 40)
    if m and m.start() <= YEAR_PLAN_LEAD_REACH and int(m.group(1)) == y:
        return str(y)
    frames = ctx.frames
    for part in getattr(frames, "parts", []) or []:
        if part.kind == "actual":
            break  # a review before any plan: the text looks back first
        if part.kind == "target" and part.year == y and part.source == "heading":
            return str(y)
    return ""


def _apply_context(doc: Doc, record: DocumentRecord) -> None:
    """Resolve the document context once (``doc.context``) and let its stronger evidence correct the record.

    A dated field or dateline beats the first date line of the page (often the site's clock or a related
    link); the region named as issuer, meeting or title beats the most mentioned one; a front-matter title
    fills an empty one.  ``doc.hints`` (a manifest row) only fills what the text leaves unknown.
    """
    from .context import byline_dated, find_title, page_foot_stamp, resolve
    if not record.title:
        t, _ = find_title(doc)
        if t:
            record.title = t
    ctx = resolve(doc, record, getattr(doc, "hints", None))
    doc.context = ctx
    if ctx.date is not None:
        record.published = ctx.date.value  # chosen by source strength, chrome lines never read
        if ctx.year and ctx.date.year not in (ctx.year, ctx.year + 1) and ctx.year_evidence is not None and \
                ctx.year_evidence.source == "lead_year" and ctx.date.evidence.source == "header" and \
                byline_dated(doc, ctx.date.evidence):
            # 编辑:某某 2016-02-07 above 2019年,全省…: the editor's day is the page's, the text gives only its year
            # (a page posted early in the next year, 2023-01-12 over 2022年,全县…, keeps its day)
            record.published = str(ctx.year)
    elif record.published and record.published == page_foot_stamp(doc):
        # the page's only date stands after its foot (编辑:… then 2023-03-02 11:20:45) and the text names another
        # year as its own: the text is of that year, the stamp the day it was crawled
        record.published = str(ctx.year) if ctx.year else ""
    elif re.fullmatch(r"\d{4}", record.published or "") and ctx.year and str(ctx.year) != record.published and \
            ctx.year_evidence is not None and ctx.year_evidence.source in HEADLINE_YEAR_SOURCES:
        # an undated text whose most cited year is the one it looks back on (2024全国两会|… 回顾2023年…): it was
        # written in the year its headline names
        record.published = str(ctx.year)
    if not record.published:
        record.published = _field_day_in_title_year(doc, ctx)
    if not record.published or (ctx.date is None and RE_YEAR_ONLY.fullmatch(record.published)):
        # a day the lead opens with beats a year guessed from the years the body cites most (1月23日上午,…会议开幕
        # over a report reviewing 2023年: the day, in the year the text is written in)
        record.published = _lead_day_in_text_year(doc, ctx) or record.published
    if not record.title and ctx.title:
        record.title = ctx.title
    unlisted = ctx.place is not None and ctx.place.evidence.source.startswith("unlisted")  # no gazetteer name
    if ctx.place is not None and (ctx.place.confidence >= 0.7 or unlisted) and ctx.place.name not in record.regions:
        record.regions = [ctx.place.name] + record.regions
    elif ctx.place is not None and ctx.place.name in record.regions[1:]:
        # a collection of interviews: the place found is one interviewee's; the document is about their parent
        from .context import place_named
        parent = place_named(doc, record.regions[0], 0.6, "parent_of_interviews")
        if parent is not None:
            ctx.place = parent
    elif ctx.place is not None and not record.regions:
        record.regions = [ctx.place.name]
    record.context = ctx.summary()
