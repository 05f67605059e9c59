"""Indexes read once per text for every figure give what each figure's own walk over the text gives (invented
texts): the last mark before a figure (``segment.last_of``), the year a part's heading names
(``scope._section_year``), the label heading a figure's line (``scope.label_head``)."""
import bisect
import random

from taizhang.extract import scope
from taizhang.extract.lang import zh
from taizhang.extract.segment import Headings, Layout, last_of


def test_last_of_is_the_last_rfind_of_its_marks():
    rnd = random.Random(7)
    alphabet = "。;；\n!?！？,，、:：(（年月的是新开工项目一二三 "
    for _ in range(1500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80)))
        for chars in ("。;；\n!?！？", ";；", "、,，;；:：(（", "，", "x"):
            for _ in range(10):  # the first look-up reads the text, the next ones its index
                lo, hi = rnd.randint(-3, 90), rnd.randint(-3, 90)
                assert last_of(text, chars, lo, hi) == max(text.rfind(ch, lo, hi) for ch in chars), (text, chars, lo, hi)


def test_a_layouts_last_of_is_the_last_rfind_of_its_marks():
    rnd = random.Random(8)
    alphabet = "。;；\n!?！？,，、:：(（年月的是新开工项目一二三 "
    for _ in range(600):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80)))
        layout = Layout(text)
        for chars in ("。;；\n!?！？", ";；", "、,，;；:：(（", "，", "x"):
            for _ in range(10):
                lo, hi = rnd.randint(-3, 90), rnd.randint(-3, 90)
                want = max(text.rfind(ch, lo, hi) for ch in chars)
                assert layout.last_of(chars, lo, hi) == want, (text, chars, lo, hi)
                assert last_of(text, chars, lo, hi, layout) == want
                assert last_of(text + "。", chars, lo, hi, layout) == max((text + "。").rfind(ch, lo, hi) for ch in chars)


def test_last_of_follows_the_text_it_is_given():
    a = "甲县完成投资5亿元;乙县新开工项目3个。丙县"
    b = "甲县完成投资5亿元,乙县新开工项目3个,丙县"
    for text in (a, a, b, a, b, b):
        assert last_of(text, ";；。", 0, len(text)) == max(text.rfind(ch) for ch in ";；。")


def _section_year_walk(text, vs, headings, h_starts, year=None, floor=-1):
    """The year of a part as ``_section_year`` read it before its index: each heading matched again per figure."""
    hi = bisect.bisect_right(h_starts, vs) - 1
    for h in headings[max(0, hi - scope.SECTION_LOOKBACK):hi + 1][::-1]:
        if h[1] <= floor:
            break
        if h[1] > vs:
            continue
        m = scope.SECTION_HEAD.match(text[h[0]:h[1]])
        if m:
            return int(m.group(1))
        m = scope.SECTION_HEAD_WORD.match(text[h[0]:h[1]])
        if m and year:
            return year + zh.SECTION_YEAR_WORDS[m.group(1)]
    return None


def _lines(text):
    out, p = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((p, p + len(line)))
        p += len(line) + 1
    return out


SECTION_TEXTS = [
    "一、2025年工作回顾\n全县完成投资86亿元,增长7%。\n(一)项目建设\n新开工项目32个。\n"
    "二、2026年工作安排\n力争完成投资95亿元。\n(一)扩大有效投资\n新开工项目40个以上。\n",
    "一、过去一年工作回顾\n地区生产总值达到312亿元。\n二、今年工作安排\n地区生产总值增长6%左右。\n"
    "三、明年工作打算\n" + "".join(f"({k})重点工作{k}\n完成任务{k}项。\n" for k in range(1, 50)),
    "岚溪县2024年上半年经济运行情况\n2024年7月15日\n上半年全县生产总值增长5.2%。\n",
]


def test_section_year_index_is_the_walk_over_headings():
    for text in SECTION_TEXTS:
        headings = _lines(text)
        h_starts = [h[0] for h in headings]
        outline = Headings(headings)
        for year in (None, 2026, 2021):
            for vs in range(0, len(text) + 1, 3):
                for floor in (-1, 10, 60):
                    want = _section_year_walk(text, vs, headings, h_starts, year, floor)
                    got = scope._section_year(text, vs, outline, [], [], year, floor)
                    assert got == want, (text[:10], vs, year, floor)


def test_section_year_of_another_list_of_headings():
    text = SECTION_TEXTS[0]
    headings = _lines(text)
    fewer = headings[:2]  # a later call with other headings of the same text reads its own
    vs = text.index("力争")
    assert scope._section_year(text, vs, Headings(headings), [], [], 2026) == 2026
    assert scope._section_year(text, vs, Headings(fewer), [], [], 2026) == 2025


LABEL_TEXTS = [
    "金山镇：新开工项目5个，完成投资3.2亿元；市水务局：问题12个，已整改10个。\n"
    "1. 县交通运输局：  完成公路改造18公里。全县：新增就业1200人。东坡区：签约项目9个\n"
    "其中：续建项目22个。办件量居前三的乡镇街道：青石镇、柳溪乡。\n",
    "（三）岚溪县发展和改革局:重点项目完成投资45亿元;西岭镇 : 建成基站12座。青川县：\n无标签的一行,增长8%。\n",
]


def test_label_head_read_once_per_line_is_read_per_figure():
    for text in LABEL_TEXTS:
        layout = Layout(text)
        for vs in range(len(text) + 1):
            ps, pe = layout.para_of(vs)
            want = scope._label_head_at(text, ps, pe, vs)
            assert scope.label_head(text, layout, vs) == want, (vs, text[ps:vs])
    text = LABEL_TEXTS[0]
    layout = Layout(text)
    assert scope.label_head(text, layout, text.index("3.2亿元")) == (0, 3, "金山镇")
    # a copy of the text is not the layout's: it is read afresh, to the same answer
    copy = "".join(list(text))
    vs = text.index("问题12个")
    assert scope.label_head(copy, layout, vs) == scope.label_head(text, layout, vs) == \
        (text.index("市水务局"), text.index("市水务局") + 4, "市水务局")


ROW_TEXTS = [
    "1.青石大道改造工程：完成投资2.3亿元，占年度计划的68%；路基完成12公里。\n"
    "2.柳溪污水管网项目:新建管网8公里,完成投资0.9亿元。\n"
    "二、产业项目。新开工项目12个。\n3.城南农贸市场项目，完成投资0.5亿元。\n"
    "东湖大桥项目完成投资3亿元,西岭隧道工程累计完成投资1.2亿元;县交通运输局有2项滞后。\n",
]


def test_row_head_read_once_per_line_is_read_per_figure():
    for text in ROW_TEXTS:
        layout = Layout(text)
        copy = "".join(list(text))  # not the layout's text: every value reads its line afresh
        for vs in range(len(text) + 1):
            assert scope._row_head_found(text, layout, vs) == scope._row_head_found(copy, layout, vs), vs
    text = ROW_TEXTS[0]
    layout = Layout(text)
    assert scope._line_row_head(text, *layout.para_of(0)) is not None
    vs = text.index("2.3亿元")
    assert scope._row_head_found(text, layout, vs) == (2, 10, "青石大道改造工程")
    assert scope._row_head_found(text, layout, 3) is None  # (inside the name: the head is not before it)


def test_self_reference_counts_in_one_scan_are_each_patterns_count():
    from taizhang.extract.context import SELF_REF, SELF_REF_HEAD, self_ref_counts

    rnd = random.Random(11)
    alphabet = "全我本县市区旗州盟省域的和,。"
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60))) for _ in range(3000)]
    texts += ["全市县域经济和本县、我区、全盟", "本州全旗我州全州县域市域" * 3, "全县" * 12000]  # (past the head)
    for text in texts:
        want = {k: len(p.findall(text[:SELF_REF_HEAD])) for k, p in SELF_REF.items()}
        assert self_ref_counts(text) == want, text
        assert self_ref_counts(text) == want  # asked again: the kept counts
    from taizhang.extract.doc import Doc
    for text in texts[:200] + texts[-3:]:
        assert Doc("x.txt", text).self_refs == self_ref_counts(text)  # (kept on the document, not on the module)
    assert self_ref_counts(texts[-3]) == {"县": 2, "市": 1, "区": 1, "旗": 0, "州": 0, "盟": 1, "省": 0}


def test_a_short_names_offsets_are_the_finditer_of_its_pattern():
    import re

    from taizhang.extract.projects import short_name_offsets

    rnd = random.Random(13)
    alphabet = ["岚溪", "岚", "溪", "县", "市", "区", "岚溪岚溪", "镇", ",", "。", "\n"]
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20)))
        for short in ("岚溪", "溪岚", "岚溪岚", "县市"):
            want = [m.start() for m in re.finditer(re.escape(short) + "(?![\u4e00-\u9fff]{0}[县市区])", text)]
            assert short_name_offsets(text, short) == want, (text, short)
    assert short_name_offsets("岚溪县人,岚溪人,岚溪", "岚溪") == [5, 9]


NOUN_PHRASES = ["重点项目完成投资", "开展实地督导", "招引重点项目", "新增城镇就业", "完成投资", "规上工业增加值", "加快建设项目",
                "达成意向交易额", "提供就业岗位", "到位资金", "各类学校", "实施乡村振兴项目", "城乡居民人均可支配收入",
                "推进老旧小区改造", "GDP总量", "2024年新开工项目", "引进亿元以上项目", "社会消费品零售总额"]


def test_a_phrase_no_action_verb_leads_is_its_own_noun_phrase_without_the_tagger(monkeypatch):
    from taizhang.extract import indicators

    tagger = indicators._posseg()
    for phrase in NOUN_PHRASES:  # the tagger's words join to the phrase: its first word is a prefix of it
        words = [w.word for w in tagger.lcut(phrase)]
        assert "".join(words) == phrase
        if not any(phrase.startswith(v) for v in indicators._ACTION_VERBS):
            assert words[0] not in indicators._ACTION_VERBS, phrase
    want = {p: indicators.noun_phrase.__wrapped__(p) for p in NOUN_PHRASES}
    assert want["开展实地督导"] == "实地督导"

    def no_tagger():
        raise AssertionError("the tagger was asked")

    monkeypatch.setattr(indicators, "_posseg", no_tagger)
    for phrase in ("重点项目完成投资", "规上工业增加值", "城乡居民人均可支配收入", "社会消费品零售总额", "2024年新开工项目"):
        assert indicators.noun_phrase.__wrapped__(phrase) == want[phrase] == phrase
