from taizhang.extract.regions import COUNTY, PREFECTURE, TOWN, gazetteer


def test_full_and_short_names_resolve_with_codes():
    g = gazetteer()
    hits = g.find("广东省湛江市下辖雷州市,湛江港口繁忙。")
    assert [(h.text, h.region.code) for h in hits] == [("广东省", "440000"), ("湛江市", "440800"),
                                                       ("雷州市", "440882"), ("湛江", "440800")]
    assert g.parent(g.by_code("440882")).name == "湛江市"


def test_county_short_name_needs_its_prefecture_in_play():
    g = gazetteer()
    # 东海 is a county of 连云港; in a sentence about the sea it is not a region.
    assert g.find("东海之滨风景好") == []
    hits = g.find("连云港市东海县和东海")
    assert {h.region.name for h in hits} == {"连云港市", "东海县"}


def test_renamed_units_resolve_by_year():
    g = gazetteer()
    assert g.resolve("江都", year=2005).name == "江都市"
    assert g.resolve("江都", year=2021).name == "江都区"


def test_towns_need_their_county():
    g = gazetteer()
    text = "扬州市江都区邵伯镇"
    levels = [h.region.level for h in g.find(text, max_level=TOWN)]
    assert levels == [PREFECTURE, COUNTY, TOWN]
    assert g.find("邵伯镇", max_level=TOWN) == []


def test_generic_words_are_not_regions():
    g = gazetteer()
    assert g.find("城区和新区、开发区协同发展") == []


def test_a_full_county_name_with_xian_needs_no_prefecture():
    from taizhang.extract.regions import gazetteer
    g = gazetteer()
    hits = g.find("兴文县和沅陵县分别召开会议")
    assert [h.region.name for h in hits] == ["兴文县", "沅陵县"]
    assert g.prefecture_of(hits[0].region).name == "宜宾市"


def test_byte_pairs_are_two_characters_each_and_astral_ones_are_replaced():
    from taizhang.extract.regions import _byte_pairs
    assert _byte_pairs("湛江") == "\x6e\x5b\x6c\x5f"
    assert len(_byte_pairs("a𠀀湛")) == 6  # the astral character counts as one character, as U+FFFD
    assert _byte_pairs("a𠀀湛")[2:4] == "\xff\xfd"
    assert _byte_pairs("\udc80x") == "\xdc\x80\x00x"  # a lone surrogate passes through


def test_the_scan_finds_every_surface_at_its_own_offsets():
    """The byte-pair automaton finds what a plain search of every surface finds, and never a match that
    straddles two characters (a low byte followed by the next character's high byte)."""
    g = gazetteer()
    # 乮孬开 is U+4E6E U+5B6C U+5F00: its bytes 6E 5B 6C 5F, read from the second one, are 湛江's.
    text = "𠀀扬州市江都区邵伯镇🙂湛江港、雷州市和东海县;乮孬开"
    want = sorted((s, s + len(surf), surf)
                  for surf in {h[2] for h in g.scan_all(text)} | {"扬州", "江都", "湛江", "雷州", "东海"}
                  for s in range(len(text)) if text.startswith(surf, s))
    got = [(s, e, surf) for s, e, surf, _, _ in g.scan_all(text)]
    assert sorted(got) == want
    assert ("扬州市" in {x[2] for x in got}) and text[got[0][0]:got[0][1]] == got[0][2]
    assert all(text[s:e] == surf for s, e, surf in got)
    assert [h.text for h in g.find("𠀀广东省湛江市")] == ["广东省", "湛江市"]
    assert [(h.start, h.end) for h in g.find("𠀀广东省湛江市")] == [(1, 4), (4, 7)]


def test_a_scan_asked_again_gives_what_a_fresh_copy_of_it_gives():
    """find_in_scan keeps its per-scan work for a list it has seen: asking with the same list (a document's
    region layer does, window after window) answers as a copy of the list never seen before does."""
    g = gazetteer()
    text = "广东省湛江市徐闻县下桥镇和雷州市，四川省宜宾市兴文县，古城与东海，江苏省扬州市邗江区。"
    scan = g.scan_all(text)
    assert scan
    ctxs = [(), (g.resolve("湛江市"),), (g.resolve("宜宾市"),)]
    for _ in range(2):
        for lo, hi in ((1, 3), (1, 4), (3, 4), (2, 2), (1, 2)):
            for ctx in ctxs:
                again = g.find_in_scan(scan, lo, hi, ctx)
                fresh = g.find_in_scan(list(scan), lo, hi, ctx)
                assert [(h.start, h.end, h.region.code) for h in again] == \
                       [(h.start, h.end, h.region.code) for h in fresh]
    towns = [h.text for h in g.find_in_scan(scan, TOWN, TOWN)]
    assert "下桥镇" in towns  # its county is named in full under its named prefecture


def test_one_scan_serves_every_level_range_and_context():
    from taizhang.extract import projects
    g = gazetteer()
    ctx = tuple(r for r in g.regions if r.name == "湛江市")[:1]
    for s in ("湛江港", "遂溪县城北新区", "广东省湛江市徐闻县", "县城污水处理厂提标改造工程", "东海岛石化产业园"):
        for level in (COUNTY, TOWN):
            assert g.find_in_scan(g.scan(s, level), max_level=level, context=ctx) == g.find(s, max_level=level,
                                                                                           context=ctx)
        assert g.narrow_scan(g.scan(s, TOWN), COUNTY) == g.scan(s, COUNTY)
        memo: dict = {}
        towns = projects._scan(g, s, TOWN, memo)
        assert projects._scan(g, s, TOWN, memo) is towns  # scanned once per document
        assert projects._scan(g, s, COUNTY, memo) == g.scan(s, COUNTY)


def test_fast_region_hit_is_the_dataclass_hit():
    import dataclasses
    import pickle

    from taizhang.extract.regions import RegionHit, _region_hit

    g = gazetteer()
    r = g.by_code("440800")
    made, built = RegionHit(3, 6, "湛江市", r, (r,)), _region_hit(3, 6, "湛江市", r, (r,))
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    assert dataclasses.asdict(built) == dataclasses.asdict(made)
    assert pickle.loads(pickle.dumps(built)) == made
    assert built != _region_hit(3, 5, "湛江", r, (r,))
    try:
        built.start = 0
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a region hit stays frozen")
    # find gives such hits
    assert g.find("湛江市")[0] == RegionHit(0, 3, "湛江市", r, g.find("湛江市")[0].candidates)


def test_children_are_every_region_whose_parent_it_is_in_the_gazetteers_order():
    """The index of children answers as a scan of every division would, for provinces, prefectures, counties and a
    town (whose code is empty: no children)."""
    import random

    from taizhang.extract.regions import gazetteer
    g = gazetteer()
    rng = random.Random(7)
    sample = [r for r in g.regions if r.level <= 2] + rng.sample(g.regions, 500)
    for r in sample:
        assert g.children(r) == [x for x in g.regions if x.parent == r.code and r.code]
    zhanjiang = next(r for r in g.named("湛江市") if r.current)
    assert {"赤坎区", "雷州市", "遂溪县"} <= {c.name for c in g.children(zhanjiang)}
