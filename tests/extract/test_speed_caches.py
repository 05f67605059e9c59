"""Caches and pre-checks added for speed give what the plain computation gives (invented texts, real place names)."""
from taizhang.extract.docregions import DocRegions, _clause_before, _opens_source, names_source, reference_place
from taizhang.extract.regions import COUNTY, PROVINCE, TOWN, gazetteer, written_as, written_forms
from taizhang.extract.segment import SENT_CAP, Layout

TEXTS = [
    "湘西州泸溪县今年新开工项目12个;青龙县完成投资8.5亿元。\n据四川省统计局数据,全市地区生产总值增长6.1%。\n",
    "与东海县相比,连云港市东海县和东海之滨的赣榆区增速较快;对标深圳、杭州,立足四川。\n"
    "根据湖南省统一核算结果,我市一季度…增长5%。\n其中,雷州市完成投资3亿元(含湛江市本级)。",
    "一、总体情况\n\n1-6月,岚溪县签约项目18个,总投资120亿元。(图:青川市街景)\n市委书记许昌明指出,要加快进度。",
]


def _plain_written_as(r, surface: str) -> bool:
    return surface == r.name or surface in written_forms(r)


def test_written_as_precheck_agrees_with_the_definition():
    g = gazetteer()
    seen = 0
    for r in g.regions[:: 37]:
        for surface in {r.name, r.short, r.short + "州", r.short + "县", r.short + "旗", r.short + "市", *written_forms(r)}:
            assert written_as(r, surface) == _plain_written_as(r, surface)
            seen += 1
    assert seen > 1000


def test_written_named_is_named_filtered_by_written_as():
    g = gazetteer()
    for surface in ("湘西州", "湘西土家族苗族自治州", "湘西", "青龙县", "青龙", "泸溪县", "雷州市", "东海", "社区", "城区", "无此地"):
        want = tuple(r for r in g.named(surface) if _plain_written_as(r, surface))
        assert g.written_named(surface) == want
        assert g.written_named(surface) == want  # asked again: the kept answer


def test_find_in_scan_asked_again_answers_as_a_fresh_scan():
    g = gazetteer()
    for text in TEXTS:
        scan = g.scan_all(text)
        ctx = tuple(g.named("湛江市")) + tuple(g.named("连云港市"))
        for min_level, max_level, context, year in ((PROVINCE, COUNTY, (), None), (PROVINCE, TOWN, ctx, None),
                                                    (PROVINCE, COUNTY, ctx, 2021), (COUNTY, TOWN, (), 2005)):
            first = g.find_in_scan(scan, min_level, max_level, context, year)
            again = g.find_in_scan(scan, min_level, max_level, context, year)
            fresh = g.find_in_scan(list(scan), min_level, max_level, context, year)  # another list: no kept answer
            assert first == again == fresh
            again.append(None)  # a caller's list is its own
            assert g.find_in_scan(scan, min_level, max_level, context, year) == first


def test_doc_regions_find_twice_is_the_same():
    g = gazetteer()
    for text in TEXTS:
        layer = DocRegions(text, g)
        assert layer.find(in_names=False) == layer.find(in_names=False) == DocRegions(text, g).find(in_names=False)
        assert layer.find(0, 40) == DocRegions(text, g).find(0, 40)


def test_layout_part_and_paragraph_lookups_are_the_plain_spans():
    for text in TEXTS + ["无标点的长行" * 900]:
        layout = Layout(text)
        for p in range(len(text) + 1):
            for _ in range(2):  # computed, then remembered
                assert layout.para_of(p) == Layout._span(layout.para, p, len(text))
                assert layout.part_of(p) == Layout._span(layout.part, p, len(text), SENT_CAP)


def test_reference_place_reads_the_clause_before_once():
    for text in TEXTS:
        g = gazetteer()
        for s, e, *_ in g.scan_all(text):
            before = _clause_before(text, s)
            assert _opens_source(text, s, e) == _opens_source(text, s, e, before)
            assert names_source(text, s, e) == names_source(text, s, e, before)
        kinds = {text[s:e]: reference_place(text, s, e) for s, e, *_ in g.scan_all(text)}
        if "深圳" in kinds:
            assert kinds["深圳"] == "verb" and kinds["四川"] == "verb"


def test_clause_separators_match_the_alternation_they_replace():
    import random
    import re

    from taizhang.extract.segment import CLAUSE_SEP

    plain = re.compile(r"(?<!\d),|,(?!\d{3}(?:\D|$))|[;。:!?、\n，；。：！？]")
    texts = TEXTS + ["投资1,234,567元,增长2,3,4;5,6789,12,345,甲,乙", ",1,234", "1,234", "1,23", "1,2345", "甲,123",
                     "9,123x", "9,١٢٣,", ",,,", "1,234,"]
    rnd = random.Random(5)
    texts += ["".join(rnd.choice("12,3甲,，;。\n9٣:、") for _ in range(rnd.randint(0, 14))) for _ in range(5000)]
    for text in texts:
        assert [m.start() for m in CLAUSE_SEP.finditer(text)] == [m.start() for m in plain.finditer(text)]
