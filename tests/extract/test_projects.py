"""Project mentions: coordination, stages, exclusions, canonical names, offsets.

Every sentence here is written for the test (fictitious projects in real places); none is corpus text.
"""
from __future__ import annotations

import json

import pytest

from taizhang.extract import projects
from taizhang.extract.linking import link_projects
from taizhang.extract.doc import Doc, DocumentRecord
from taizhang.extract.pipeline import Extraction
from taizhang.extract.textmap import Edit


def run(text: str, regions=("湛江市",), title: str = "", edits=None, name: str = "t.txt"):
    doc = Doc(name, text, edits)
    record = DocumentRecord(doc=name, title=title, regions=list(regions))
    return doc, record, projects.extract(doc, record)


def by_mention(found):
    return {p.mention: p for p in found}


# --------------------------------------------------------------------------- coordination

def test_list_of_named_projects_with_generic_stem():
    _, _, found = run("今年要加快推进龙溪大桥、青峰隧道、白鹭湖电厂等重点项目建设。")
    m = by_mention(found)
    assert set(m) == {"龙溪大桥", "青峰隧道", "白鹭湖电厂"}
    assert {p.name for p in found} == {"龙溪大桥", "青峰隧道", "白鹭湖电厂"}
    assert all(p.stage == "under_construction" for p in found)


def test_list_sharing_a_stem_after_deng():
    _, _, found = run("加快完成文昌阁、魁星楼等修缮工程,保护好历史文脉。")
    m = by_mention(found)
    assert m["文昌阁"].name == "文昌阁修缮工程"
    assert m["魁星楼"].name == "魁星楼修缮工程"


def test_shared_head_without_deng():
    _, _, found = run("谋划建设鹤洲和金沙湾城际铁路,完善路网。")
    m = by_mention(found)
    assert m["鹤洲"].name == "鹤洲城际铁路"
    assert m["金沙湾城际铁路"].name == "金沙湾城际铁路"
    assert {p.stage for p in found} == {"proposed"}


def test_industries_joined_inside_one_name_stay_one_mention():
    _, _, found = run("推进南岭现代钢铁、绿色石化和高端造纸产业链配套基地建设。")
    assert [p.mention for p in found] == ["南岭现代钢铁、绿色石化和高端造纸产业链配套基地"]


def test_each_full_name_in_a_list_keeps_its_own_head():
    _, _, found = run("加快推进广佛江高铁、珠肇城际铁路、肇云高速等项目建设。", regions=("肇庆市",))
    assert [p.mention for p in found] == ["广佛江高铁", "珠肇城际铁路", "肇云高速"]


# --------------------------------------------------------------------------- stages

def test_plan_targets_are_planned():
    text = ("某某市国民经济和社会发展第十四个五年规划纲要\n"
            "建成龙溪大桥,开工建设青峰隧道,完成白鹭湖电厂改造,争取金沙湾城际铁路开工建设。")
    _, _, found = run(text)
    st = {p.mention: p.stage for p in found}
    assert st["龙溪大桥"] == "planned"
    assert st["青峰隧道"] == "planned"
    assert st["金沙湾城际铁路"] == "proposed"


def test_reported_events_in_a_news_item():
    text = ("上半年,龙溪大桥建成通车,青峰数据中心正式投产,白鹭湖电厂正式开工。"
            "金沙湾综合保税区实现封关运营。")
    _, _, found = run(text)
    st = {p.mention: p.stage for p in found}
    assert st["龙溪大桥"] == "completed"
    assert st["青峰数据中心"] == "operating"
    assert st["白鹭湖电厂"] == "under_construction"
    assert st["金沙湾综合保税区"] == "operating"


def test_governing_verbs():
    text = "积极申报鹤洲转移产业园。加快建设青峰隧道。新建金沙湾物流园。推动白鹭湖电厂搬迁。积极对接龙溪大桥。"
    _, _, found = run(text)
    st = {p.mention: p.stage for p in found}
    assert st["鹤洲转移产业园"] == "proposed"
    assert st["青峰隧道"] == "under_construction"
    assert st["金沙湾物流园"] == "planned"
    assert st["白鹭湖电厂搬迁"] == "proposed"
    assert st["龙溪大桥"] == "unknown"


def test_investment_tied_to_the_project():
    _, _, found = run("白鹭湖电厂累计完成投资12.5亿元,青峰隧道计划投资3亿元。")
    m = by_mention(found)
    inv = m["白鹭湖电厂"].investment
    assert len(inv) == 1 and inv[0].value == 12.5 and inv[0].unit == "亿元" and inv[0].kind == "completed"
    assert m["青峰隧道"].investment[0].kind == "planned"
    assert m["白鹭湖电厂"].stage == "under_construction"


# --------------------------------------------------------------------------- exclusions

@pytest.mark.parametrize("text", [
    "持续推进“三大会战”,深入实施“一把手”工程。",
    "打造区域性现代物流中心和世界级绿色石化基地。",
    "规划建设一批现代农业产业园,新建改扩建公办中小学30所。",
    "推动开发区创建国家级开发区,推进“双区”建设。",
    "该项目进展顺利,基地已经完工。",
    "加快5G网络、大数据中心、物联网等新型基础设施建设。",
    "支持企业建设海外生产基地。",
])
def test_policies_classes_and_anaphora_are_not_projects(text):
    _, _, found = run(text)
    assert found == []


def test_existing_port_used_as_a_place_is_not_a_project():
    _, _, found = run("湛江港与周边港口深化合作,共同开拓航线。")
    assert found == []


# --------------------------------------------------------------------------- names and places

def test_quoted_parts_stay_in_the_mention_but_not_in_the_name():
    _, _, found = run("建设“智汇通”社会治理云平台,加快推进“天眼工程”建设。")
    m = by_mention(found)
    assert m["“智汇通”社会治理云平台"].name == "智汇通社会治理云平台"
    assert m["天眼工程"].name == "天眼工程"


def test_location_is_the_county_named_in_the_mention():
    _, _, found = run("加快建设徐闻临港产业园,推进龙溪大桥建设。")
    m = by_mention(found)
    assert m["徐闻临港产业园"].location == "徐闻县"
    assert m["龙溪大桥"].location == "湛江市"


def test_short_form_resolves_within_a_document():
    text = "加快建设鸿远雷州电厂二期工程。今年,鸿远二期、青峰隧道等重大项目有序推进。"
    _, _, found = run(text)
    m = by_mention(found)
    assert m["鸿远二期"].name == "鸿远雷州电厂二期工程"


def test_canonical_names_across_documents():
    a = run("依托瑞丰、青峰隧道等重大项目,延伸产业链。", name="a.txt")
    b = run("上半年,瑞丰湛江精细化工基地正式开工,金沙湾综合保税区(一期)实现封关运营。", name="b.txt")
    c = run("加快建设金沙湾综合保税区,推进深湛高铁青峰段建设。", name="c.txt")
    d = run("谋划建设深湛高铁。", name="d.txt")
    far = run("依托瑞丰等重大项目。", regions=("扬州市",), name="far.txt")
    exs = [Extraction(doc=x[0], record=x[1], projects=x[2]) for x in (a, b, c, d, far)]
    link_projects(exs)
    assert by_mention(exs[0].projects)["瑞丰"].name == "瑞丰湛江精细化工基地"
    # phases and sections never merge with the whole
    assert by_mention(exs[2].projects)["金沙湾综合保税区"].name == "金沙湾综合保税区"
    assert by_mention(exs[3].projects)["深湛高铁"].name == "深湛高铁"
    # another prefecture: no evidence that it is the same project
    assert by_mention(exs[4].projects)["瑞丰"].name == "瑞丰"


# --------------------------------------------------------------------------- offsets and robustness

def test_offsets_read_back_through_edits():
    raw = "<p>加快推进&amp;龙溪大桥建设</p>\n<p>青峰数据中心正式投产。</p>"
    edits = [Edit(0, 3, "", "markup"), Edit(7, 12, "", "markup"), Edit(18, 22, "\n", "markup"),
             Edit(23, 26, "", "markup"), Edit(38, 42, "", "markup")]
    doc, _, found = run(raw, edits=edits)
    assert doc.view.startswith("加快推进龙溪大桥建设")
    assert {p.mention for p in found} == {"龙溪大桥", "青峰数据中心"}
    for p in found:
        assert raw[p.start:p.end] == p.mention


def test_traditional_script_is_read_through_norm():
    """Read on the simplified norm, named as written: the name keeps the text's traditional script."""
    raw = "加快推進龍溪大橋、青峰隧道等重點項目建設。"
    _, _, found = run(raw)
    assert {p.mention for p in found} == {"龍溪大橋", "青峰隧道"}
    assert {p.name for p in found} == {"龍溪大橋", "青峰隧道"}


@pytest.mark.parametrize("junk", ["", "等" * 500, "“" * 300, "项目" * 2000, "建设" + "、" * 100 + "等项目建设",
                                  "(((((产业园", "\x00\x01\x02", "加快建设" * 1000])
def test_never_raises_on_odd_text(junk):
    _, _, found = run(junk)
    assert isinstance(found, list)


def test_link_projects_tolerates_empty_batches():
    link_projects([])
    doc, rec, found = run("")
    link_projects([Extraction(doc=doc, record=rec, projects=found)])


def test_corpus_mentions_read_back(corpus_dir):
    from taizhang.extract import extract_file
    for path in sorted(corpus_dir.glob("*.txt")):
        ex = extract_file(path)
        raw = open(path, encoding="utf-8", newline="").read()
        assert ex.projects, path.name
        for p in ex.projects:
            assert raw[p.start:p.end] == p.mention
            assert p.stage in {"proposed", "planned", "under_construction", "completed", "operating", "unknown"}
            json.dumps(p.__dict__, default=str, ensure_ascii=False)


def test_generic_short_form_refers_back_to_the_full_name():
    text = "瑞丰湛江精细化工一体化基地正式开工。下半年,全力加快一体化基地建设。"
    _, _, found = run(text)
    m = by_mention(found)
    assert m["一体化基地"].name == "瑞丰湛江精细化工一体化基地"
    assert m["一体化基地"].stage == "under_construction"


def test_a_part_of_a_project_does_not_steal_its_short_form():
    a = run("依托瑞丰等重大项目,延伸产业链。", name="a.txt")
    b = run("上半年,货轮靠泊瑞丰湛江精细化工基地专用码头,瑞丰湛江精细化工基地动工建设。", name="b.txt")
    exs = [Extraction(doc=x[0], record=x[1], projects=x[2]) for x in (a, b)]
    link_projects(exs)
    assert by_mention(exs[0].projects)["瑞丰"].name == "瑞丰湛江精细化工基地"


def test_in_spans_bisects_disjoint_spans():
    spans = [(0, 3), (5, 9), (20, 21)]
    inside = [p for p in range(25) if projects._in_spans(p, spans)]
    assert inside == [0, 1, 2, 5, 6, 7, 8, 20]
    assert not projects._in_spans(4, [])


def test_anaphor_takes_the_latest_earlier_full_name():
    full1 = projects._Cand(0, 10, "甲乙一体化基地", "基地", "", "head", specific=True)
    full2 = projects._Cand(20, 30, "丙丁一体化基地", "基地", "", "head", specific=True)
    later = projects._Cand(50, 60, "戊己一体化基地", "基地", "", "head", specific=True)
    ana = projects._Cand(40, 45, "一体化基地", "基地", "", "anaphor")
    out = projects._resolve_anaphors([ana], [full1, full2, later])
    assert [(c.vs, c.name) for c in out] == [(40, "丙丁一体化基地")]


def test_the_head_at_a_names_end_read_off_the_automaton_is_the_patterns():
    """_head_at_end reads the head automaton: the same head as the last match of the "head" pattern that reaches
    the end of the text."""
    import random

    from taizhang.extract import projects

    pieces = ["岚溪", "青川", "东山镇", "、", "等", "3", "座", "水库", "公园", "，", "产业园", "项目", "新建", "改造",
              "园区", "工程", "中心"]
    rng = random.Random(11)
    texts = ["新建岚溪、青川、东山3座水库和城北、城南两个公园，改造东区、西区等5个产业园。"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(300)]
    heads = 0
    for t in texts:
        for end in range(len(t) + 1):
            head = ""
            for m in projects._rx()["head"].finditer(t[:end]):
                head = m.group(0) if m.end() >= end else ""
            assert projects._head_at_end(t[:end]) == head
            heads += bool(head)
    assert heads > 100


def test_gloss_lists_are_scanned_only_in_runs_holding_their_tail():
    from taizhang.extract import projects as P
    pat = P._rx()["gloss_list"]
    for text in ("新建城东、城西、城南等3条道路。", "推进东湖、西湖2个公园项目建设,北山、南山3座水库工程。",
                 "甲乙、丙丁3个项目;戊己、庚辛4个项目", "东湖、西湖２个项目", "全年完成投资120亿元,新开工项目30个。", ""):
        assert [(m.span(), m.groups()) for m in P._gloss_matches(pat, text)] == \
               [(m.span(), m.groups()) for m in pat.finditer(text)], text
    assert [m.group(1) for m in P._gloss_matches(pat, "推进东湖、西湖2个公园项目建设,北山、南山3座水库工程。")] == \
        ["推进东湖、西湖", "北山、南山"]
