"""The document's region layer answers as the gazetteer does for the same text, without scanning again."""
from factrun import facts_of, one

from taizhang.extract.doc import Doc
from taizhang.extract.docregions import DocRegions
from taizhang.extract.regions import COUNTY, PREFECTURE, TOWN, gazetteer

TEXT = ("广东省湛江市近日召开会议。\n会上,遂溪县和徐闻县汇报了乡村振兴工作,"
        "廉江市提出新建两座污水处理厂。\n另据报道,四川省宜宾市兴文县的茶叶基地已经投产,"
        "成都的来宾参观了现场。")


def _plain(hits):
    return [(h.start, h.end, h.text, h.region.key, tuple(r.key for r in h.candidates)) for h in hits]


def _shift(hits, by):
    return [(s + by, e + by, t, k, c) for s, e, t, k, c in hits]


def test_whole_text_matches_gazetteer_find():
    g = gazetteer()
    layer = DocRegions(TEXT, g)
    for max_level in (PREFECTURE, COUNTY, TOWN):
        expected = _plain(g.find(TEXT, max_level=max_level))
        assert expected, max_level
        assert _plain(layer.find(max_level=max_level)) == expected


def test_window_matches_find_on_the_slice_in_document_offsets():
    g = gazetteer()
    layer = DocRegions(TEXT, g)
    cut = TEXT.index("另据")
    for a, b in ((0, cut), (cut, len(TEXT)), (2, cut - 3), (TEXT.index("遂溪") + 1, len(TEXT))):
        expected = _shift(_plain(g.find(TEXT[a:b])), a)
        assert _plain(layer.find(a, b)) == expected, (a, b)
    # a window that cuts a name in two does not see it: 湛江 without its first character is no hit
    k = TEXT.index("湛江")
    assert all(h.text != "湛江市" for h in layer.find(k + 1, cut))


def test_context_changes_the_answer_as_it_does_for_find():
    g = gazetteer()
    layer = DocRegions(TEXT, g)
    zhanjiang = g.resolve("湛江市")
    a = TEXT.index("会上")
    b = TEXT.index("另据")
    with_ctx = _plain(layer.find(a, b, context=[zhanjiang]))
    assert with_ctx == _shift(_plain(g.find(TEXT[a:b], context=[zhanjiang])), a)
    assert any(t == "遂溪县" for _, _, t, _, _ in with_ctx)


def test_doc_keeps_one_layer():
    doc = Doc("d.txt", TEXT)
    assert doc.regions is doc.regions
    assert doc.regions.text == doc.norm


def test_a_place_name_used_as_a_verb_is_no_hit():
    text = "县督查办会同县发改局对全县重点项目开展督查。怀化市会同县召开会议。"
    layer = DocRegions(text, gazetteer())
    found = [(h.start, h.region.name) for h in layer.find(max_level=COUNTY)]
    k = text.index("怀化市会同县") + 3
    assert (k, "会同县") in found
    assert all(s != text.index("会同") for s, _ in found)


def test_a_place_name_after_a_modal_is_a_verb_too():
    text = "县发改委要会同县督查办逐月调度。由会同县人民政府负责。怀化市会同县召开会议。"
    layer = DocRegions(text, gazetteer())
    found = [(h.start, h.region.name) for h in layer.find(max_level=COUNTY)]
    assert all(s != text.index("会同") for s, _ in found)
    assert (text.index("由会同县") + 1, "会同县") in found  # 由 takes a noun: the county itself
    assert (text.index("怀化市会同县") + 3, "会同县") in found


def test_places_heading_a_company_or_park_name_can_be_left_out():
    text = "此次开工的上海恒川机械、成都市锦辉物流园等9个项目总投资27亿元;赤峰市重点项目62个。"
    layer = DocRegions(text, gazetteer())
    every = {h.region.name for h in layer.find()}
    about = {h.region.name for h in layer.find(in_names=False)}
    assert {"上海市", "成都市", "赤峰市"} <= every
    assert about == {"赤峰市"}


def test_places_in_a_photo_caption_are_left_out_of_the_places_a_text_is_about():
    for text in ("(图:眉山市街景)川渝合作项目清单共列项目50个,赤峰市项目8个。",
                 "图为眉山市东坡区城南新区一角\n川渝合作项目清单共列项目50个,赤峰市项目8个。",
                 "川渝合作项目清单共列项目50个(眉山市融媒体中心 供图),赤峰市项目8个。"):
        layer = DocRegions(text, gazetteer())
        assert "眉山市" in {h.region.name for h in layer.find()}, text
        assert {h.region.name for h in layer.find(in_names=False)} == {"赤峰市"}, text
    # a paragraph that merely ends in a credit is no caption of its whole line
    text = "眉山市" + "项目建设加快推进," * 14 + "全年完成投资120亿元(记者 张三 摄)"
    layer = DocRegions(text, gazetteer())
    assert {h.region.name for h in layer.find(in_names=False)} == {"眉山市"}


def test_a_caption_is_no_place_of_the_document_and_its_figures():
    fs = facts_of("川渝合作共建重大项目清单发布\n(图:眉山市街景)\n川渝合作项目清单共列项目50个,总投资2000亿元。"
                  "其中,交通项目20个,总投资900亿元。\n")
    assert one(fs, 20).subject == ""
    assert one(fs, 900).subject == ""


def test_a_name_whose_first_character_ends_a_word_is_no_hit():
    g = gazetteer()
    for text in ("本年度共召开县委常委会11次,研究议题46项。", "全年公开县级预算12份。", "隆重庆祝建党节。"):
        layer = DocRegions(text, g)
        assert layer.find(max_level=COUNTY) == [], text
    # the same surfaces where a word starts at them still count
    for text, name in (("会议在开县召开。", "开县"), ("向上海输送蔬菜1万吨。", "上海"), ("他们到达州市调研。", "达州市")):
        assert [h.text for h in DocRegions(text, g).find(max_level=COUNTY)] == [name], text


def test_captions_are_judged_per_line_for_every_hit_in_it():
    from taizhang.extract.docregions import caption_hits
    text = "(图:眉山市东坡区街景)眉山市项目8个。\n图为赤峰市红山区一角\n赤峰市项目8个。"
    hits = [(text.index(w), text.index(w) + len(w)) for w in ("眉山市", "东坡区")] + \
           [(text.index("眉山市项目"), text.index("眉山市项目") + 3)] + \
           [(text.index(w), text.index(w) + len(w)) for w in ("赤峰市", "红山区")] + \
           [(text.index("赤峰市项目"), text.index("赤峰市项目") + 3)]
    got = caption_hits(text, sorted(hits))
    # the bracketed caption's two places and the caption line's two; not the figures' lines after them
    assert got == {hits[0][0], hits[1][0], hits[3][0], hits[4][0]}


def test_speaker_counts_in_one_scan_are_each_suffix_pattern_s_own():
    from taizhang.extract import docregions as d
    assert d._SPEAKER_SCAN is not None  # no word of one suffix overlaps one of another
    for text in ("全州重点项目200个。全州完成投资80亿元,其中泸溪县20个,占全省第一。",
                 "我县县直各单位、全县上下;本市全市排名第二;全区、我区、区直,全旗", "全省直属全省前列全市全市",
                 "岚溪县全县完成投资" * 3):
        assert d.speaker_counts(text) == {s: len(r.findall(text)) for s, r in d._SPEAKER_RE.items()}, text
    assert d.speaker_counts("全县全县全市")["县"] == 2 and d.speaking_suffix("全县全县全市") == "县"
    assert d.speaker_counts("全县" * 3, limit=4)["县"] == 2  # only the head is read


def test_words_that_can_share_a_character_are_told():
    from taizhang.extract.docregions import _can_overlap
    assert _can_overlap("全县", "县直") and _can_overlap("县直", "全县")  # 全县直
    assert _can_overlap("县委县政府", "政府") and not _can_overlap("全县", "全市")


def test_the_brand_before_a_company_head_is_the_pattern_s():
    from taizhang.extract import docregions as d
    for text in ("上海恒川机械厂", "成都市锦辉物流园", "上海恒川", "湛江港集团有限公司", "青川市锦辉物", "甲乙丙丁戊己庚辛壬癸子公司",
                 "甲乙公司", "岚溪县a公司", "某某科技", "岚溪县重点项目有序推进,物流园区建设加快"):
        for end in range(len(text) + 1):
            m = d._NAME_AFTER.match(text, end, min(len(text), end + 12))
            assert d._brand_after(text, end) == (m.group("brand") if m else None), (text, end)
    assert d._brand_after("上海恒川机械厂", 2) == "恒川" and d._brand_after("上海恒川", 2) is None
    assert d.in_name("上海恒川机械厂", 2) and not d.in_name("上海举行会议", 2)


def test_jieba_s_tables_are_looked_up_once_and_are_jieba_dict_s():
    from taizhang.extract import docregions as d, jieba_dict
    jb, freq = d._jieba_tables()
    assert jb is jieba_dict.jieba() and freq is jieba_dict.tables()[0]
    assert d._JIEBA_TABLES and d._jieba_tables() is d._JIEBA_TABLES[0]


def test_the_place_checked_not_the_body_checking_is_whose_figures_follow():
    # 某省…督查组对某县…进行督查 / …检查组到某县调研: the checking body's place is who looks
    text = ("省发改委督查组督查省列观摩项目\n发布时间：2019-05-20\n5月17日，四川省发展改革委督查组对仁寿县2019省列观摩项目"
            "进行督查。督查组一行深入项目现场。据介绍，今年计划实施重点项目120项，截至4月底已开工98项，完成投资51亿元。\n")
    fs = facts_of(text)
    assert one(fs, 120).subject == "仁寿县" and one(fs, 51).subject == "仁寿县"
    text = ("检查组调研项目建设\n2023年9月12日\n9月10日，江西省审计厅检查组到洪雅县调研项目建设。今年以来，共实施项目46个，"
            "完成投资28.5亿元。\n")
    fs = facts_of(text)
    assert one(fs, 46).subject == "洪雅县" and one(fs, 28.5).subject == "洪雅县"
    # 某市组成3个工作组,对甲县、乙县…开展检查: a city looking at its own counties keeps its totals
    text = ("专项检查\n2022-09-20\n9月13日至18日，眉山市组成3个工作组，对仁寿县、洪雅县等4个县（区）资金使用情况开展专项检查。"
            "专项检查共检查项目36个，发现问题28个。\n")
    fs = facts_of(text)
    assert one(fs, 36).subject == "眉山市"


def test_the_place_a_body_checks_by_any_verb_of_inspection_is_whose_figures_follow():
    # 督察 (an inspection's act as 督查 is: 生态环保督察, 自然资源督察) names the check after the place checked too
    text = ("专项督察\n2025年6月20日\n6月18日，眉山市生态环境局督察组对洪雅县开展了专项督察，共发现问题17个，"
            "已整改11个。\n")
    fs = facts_of(text)
    assert one(fs, 17).subject == "洪雅县" and one(fs, 11).subject == "洪雅县"


def test_a_checking_body_named_before_a_comma_is_no_subject_of_the_visit():
    # 某省发改委副主任带领督查组一行,对某县…进行督查: the visit's clause has no subject of its own; the county is checked
    text = ("省发改委督查组督查省列观摩项目\n2019-05-20\n5月17日，四川省发展改革委副主任带领督查组一行，对仁寿县2019省列观摩"
            "项目进行督查。今年计划实施重点项目120项，截至4月底已开工98项，完成投资51亿元。\n")
    fs = facts_of(text)
    assert one(fs, 120).subject == "仁寿县" and one(fs, 51).subject == "仁寿县"
