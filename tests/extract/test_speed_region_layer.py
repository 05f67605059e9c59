"""The region layer's questions asked of every mention of a document read only what lies near it, and give what the
plain reading of the whole gives (docregions.overlaps_sorted, DocRegions.add_place / find with added places,
place_role): invented texts, real place names; the plain readings are written out here as the definitions."""
from __future__ import annotations

import random

from taizhang.extract.docregions import (_ROLE_STOP, _SELF_SCOPE, _VENUE_FRAME, ROLE_REACH, DocRegions, in_citation,
                                         overlaps_sorted, place_role)
from taizhang.extract.lang import zh
from taizhang.extract.regions import Region, gazetteer


def _disjoint_spans(rnd: random.Random, n: int, size: int) -> list[tuple[int, int]]:
    cuts = sorted(rnd.sample(range(size), 2 * n))
    return [(cuts[2 * i], cuts[2 * i + 1]) for i in range(n)]


def test_overlaps_sorted_is_the_test_of_every_span():
    rnd = random.Random(7)
    for _ in range(300):
        spans = _disjoint_spans(rnd, rnd.randint(0, 12), 120)
        starts, ends = [a for a, _ in spans], [b for _, b in spans]
        for _ in range(40):
            a = rnd.randint(0, 125)
            b = a + rnd.randint(1, 9)
            assert overlaps_sorted(starts, ends, a, b) == any(x < b and a < y for x, y in spans), (spans, a, b)


def _plain_add_place(text: str, local: list[tuple[int, int, str]], surfaces) -> list[tuple[int, int, str]]:
    """add_place as first written: every new span tested against every span taken."""
    taken = [(a, b) for a, b, _ in local]
    out = list(local)
    for surf in sorted(set(surfaces), key=len, reverse=True):
        if len(surf) < 2:
            continue
        k = text.find(surf)
        while k >= 0:
            e = k + len(surf)
            if not any(a < e and k < b for a, b in taken):
                taken.append((k, e))
                out.append((k, e, surf))
            k = text.find(surf, e)
    return sorted(out, key=lambda h: h[0])


LANXI = ("岚溪县2023年上半年重点项目推进情况\n\n今年以来,岚溪县坚持项目为王,岚溪工业园签约项目12个。" * 40
         + "临湖区、岚溪县和岚溪分别完成投资8亿元、6亿元和2亿元;其中岚溪县城区完成投资3亿元。\n")


def test_places_added_to_the_layer_are_those_the_plain_test_adds():
    g = gazetteer()
    layer = DocRegions(LANXI, g)
    county = Region("", "岚溪县", "岚溪", 3, "")
    district = Region("", "临湖区", "临湖", 3, "")
    layer.add_place(district, ("临湖区",))
    want = _plain_add_place(LANXI, [(h.start, h.end, h.text) for h in layer.local], ("岚溪县", "岚溪"))
    layer.add_place(county, ("岚溪县", "岚溪"))
    assert [(h.start, h.end, h.text) for h in layer.local] == want
    assert len(want) > 80
    # find over the added places: a gazetteer hit inside an added place gives way to it, as each was tested
    found = layer.find(0, len(LANXI))
    for h in layer.local:
        assert h in found
    assert not any(x is not y and x.start < y.end and y.start < x.end for x in found for y in found)


def _plain_place_role(text: str, mentions, j: int, limit: int) -> str:
    """place_role as first written: every mention's offsets listed, the stops searched back to the text's start."""
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    first = j
    while first > 0 and text[ends[first - 1]:starts[first]] in ("、", ""):
        first -= 1
    last = j
    while last + 1 < len(starts) and text[ends[last]:starts[last + 1]] in ("、", "") and starts[last + 1] < limit:
        last += 1
    s0 = starts[first]
    if in_citation(text, s0, ends[last]):
        return "citation"
    a = max(max(0, s0 - ROLE_REACH), max((text.rfind(ch, 0, s0) for ch in _ROLE_STOP), default=-1) + 1)
    lead = text[a:s0].rstrip()
    e = ends[last]
    b = min([limit, e + ROLE_REACH] + [k for k in (text.find(ch, e, limit) for ch in _ROLE_STOP) if k >= 0])
    after = text[e:b]
    if lead.endswith(zh.PARTNER_GOING_BEFORE) and not any(a <= x < s0 for x in starts) \
            and not any(w in lead for w in zh.CHECKING_BODIES if w.endswith(("组", "室"))):
        return "partner"
    if lead.endswith(zh.WITH_PREPOSITIONS) and not (first > 0 and ends[first - 1] == a + len(lead) - 1) \
            and any(w in after for w in zh.PARTNER_JOINT_ACTS):
        return "partner"
    if lead.endswith("在") and _VENUE_FRAME.match(after):
        return "venue"
    for m in _SELF_SCOPE.finditer(after):
        if not text[starts[last]:e].endswith(m.group("suffix")):
            return "owner"
    return ""


ROLES = ("柳林县商务局2023年招商引资工作总结\n\n今年以来,我局主动赴深圳市、东莞市开展招商考察,与天河区开展对接21次,"
         "签约项目6个。同时在厦门市举办的投洽会上签约项目8个\n南昌市重点项目清单中我区共23个项目,总投资180亿元。"
         "根据江西省发改委《关于做好2024年项目储备工作的通知》要求,全县共申报项目15个 宁都县 赣州市 "
         "绵阳市游仙区与德阳市旌阳区共同签约项目3个" + "这一段没有标点也没有地名只是很长的文字" * 12
         + "赴南昌市、九江市考察,湖口县完成投资5亿元\n")


def test_place_role_reads_the_clause_as_the_whole_text_reading_does():
    g = gazetteer()
    layer = DocRegions(ROLES, g)
    mentions = layer.find(0, len(ROLES))
    assert len(mentions) >= 12
    roles = set()
    for j, m in enumerate(mentions):
        for limit in (len(ROLES), m.end + 3, m.end, m.start, m.end + 45):
            want = _plain_place_role(ROLES, mentions, j, limit)
            assert place_role(ROLES, mentions, j, limit) == want, (m.text, limit)
            roles.add(want)
    assert {"partner", "venue", "citation", "owner", ""} <= roles


class _Mention:
    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


class _CountedList(list):
    """A list of mentions that counts the mentions read from it (by index or by iteration)."""

    reads = 0

    def __getitem__(self, k):
        _CountedList.reads += 1
        return list.__getitem__(self, k)

    def __iter__(self):
        for m in list.__iter__(self):
            _CountedList.reads += 1
            yield m


def _listed_places(n: int) -> tuple[str, list[_Mention]]:
    """An invented notice whose checking body goes to n counties listed with 、 (run in one line, as a flattened
    table), then one more county acting on its own; the mentions at the names' offsets."""
    names = ("岚溪县", "临湖县", "青川县", "柳林县", "宁都县", "湖口县", "游仙区", "旌阳区")
    listed = [names[i % len(names)] for i in range(n)]
    text = "市督查组分赴" + "、".join(listed) + "开展督查,共发现问题74个;湖口县完成整改60个。\n"
    mentions, k = [], 0
    for name in listed + ["湖口县"]:
        k = text.index(name, k)
        mentions.append(_Mention(k, k + len(name)))
        k += len(name)
    return text, mentions


def _role_before_index(text: str, mentions, j: int, limit: int) -> str:
    """place_role as written before its run index: each member walked to its run's ends, every mention tested for a
    start in the lead."""
    from taizhang.extract import docregions as d
    first = j
    while first > 0 and d._joined(text, mentions[first - 1].end, mentions[first].start):
        first -= 1
    last = j
    while last + 1 < len(mentions) and d._joined(text, mentions[last].end, mentions[last + 1].start) \
            and mentions[last + 1].start < limit:
        last += 1
    s0, e = mentions[first].start, mentions[last].end
    if in_citation(text, s0, e):
        return "citation"
    lo = max(0, s0 - ROLE_REACH)
    a = max((m.end() for m in d._ROLE_STOP_RE.finditer(text, lo, s0)), default=lo)
    lead = text[a:s0].rstrip()
    hi = min(limit, e + ROLE_REACH)
    m = d._ROLE_STOP_RE.search(text, e, hi)
    after = text[e:m.start() if m else hi]
    if lead.endswith(zh.PARTNER_GOING_BEFORE) and not any(a <= m.start < s0 for m in mentions) \
            and not any(w in lead for w in zh.CHECKING_BODIES if w.endswith(("组", "室"))):
        return "partner"
    if lead.endswith(zh.WITH_PREPOSITIONS) and not (first > 0 and mentions[first - 1].end == a + len(lead) - 1) \
            and any(w in after for w in zh.PARTNER_JOINT_ACTS):
        return "partner"
    if lead.endswith("在") and _VENUE_FRAME.match(after):
        return "venue"
    if after.startswith(zh.AID_GIVING_VERBS):
        return "donor"
    if last > first and lead.endswith(zh.VISITED_BEFORE) and d._VISIT_ACT.match(text, e):
        return "checked"
    for m in _SELF_SCOPE.finditer(after):
        if not text[mentions[last].start:e].endswith(m.group("suffix")):
            return "owner"
    return ""


LISTS = ("甲省2024年对口支援工作通报\n\n县商务局赴剑阁县、苍溪县、青川县开展招商考察,签约项目6个。北京市对口援建项目18个,"
         "柳林县宁都县完成投资3亿元。市督查组对梓潼县、盐亭县进行督查,发现问题12个;与湖口县开展对接,"
         "签约3个。在青川县举办的推介会上签约项目8个,接待丹棱县、仁寿县考察团。\n")


def test_place_role_with_its_run_index_reads_as_the_walks_did():
    g = gazetteer()
    mentions = DocRegions(LISTS, g).find(0, len(LISTS))
    assert len(mentions) >= 11
    orders = [list(mentions), list(reversed(mentions))]  # (out of order: the starts are not bisected)
    roles = set()
    for ms in orders:
        for j, m in enumerate(ms):
            for limit in (len(LISTS), m.end + 3, m.end, m.start, m.end + 6, m.end + 12, m.end + 45):
                want = _role_before_index(LISTS, ms, j, limit)
                assert place_role(LISTS, ms, j, limit) == want, (m.text, limit)
                roles.add(want)
    assert {"partner", "donor", "checked", "venue", ""} <= roles
    text, ms = _listed_places(30)
    for j in range(len(ms)):
        for limit in (len(text), ms[j].end, ms[min(j + 3, len(ms) - 1)].start, ms[min(j + 3, len(ms) - 1)].end):
            assert place_role(text, ms, j, limit) == _role_before_index(text, ms, j, limit)


def test_asking_the_role_of_every_member_of_a_list_of_n_places_reads_o_n_mentions():
    reads = {}
    for n in (40, 80):
        text, ms = _listed_places(n)
        ms = _CountedList(ms)
        _CountedList.reads = 0
        roles = {place_role(text, ms, j, len(text)) for j in range(len(ms))}
        roles |= {place_role(text, ms, j, ms[-1].start) for j in range(len(ms))}
        assert roles == {"checked", ""}  # (the listed counties are checked; the county acting on its own is not)
        reads[n] = _CountedList.reads
    # twice the places: about twice the mentions read (a walk to the run's ends for each member made it four times)
    assert reads[80] < 2.5 * reads[40], reads
