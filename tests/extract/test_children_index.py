"""The counties under a prefecture come from the gazetteer's index of children, in its order (a scan of every
division for each prefecture a batch meets cost about a millisecond each)."""
from taizhang.extract import projects
from taizhang.extract.regions import COUNTY, PREFECTURE, gazetteer


def test_children_of_a_code_are_the_regions_naming_it_as_parent_in_order():
    g = gazetteer()
    prefectures = [r for r in g.regions if r.level == PREFECTURE][::40]
    assert prefectures
    for p in prefectures:
        scanned = [r for r in g.regions if r.parent == p.code]
        assert g.children_of(p.code) == scanned and g.children(p) == scanned
    assert g.children_of("no such code") == []


def test_counties_under_a_prefecture_are_its_current_counties():
    g = gazetteer()
    for p in [r for r in g.regions if r.level == PREFECTURE][::25]:
        want = tuple(r for r in g.regions if r.parent == p.code and r.level == COUNTY and r.current)
        got = projects._counties_under.__wrapped__(p.code)
        assert len(got) == len(want) and all(a is b for a, b in zip(got, want))
