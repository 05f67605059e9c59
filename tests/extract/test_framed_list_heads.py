"""What a per-place list counts when its head is a set framed by 中, a handing-over verb, or a ranking 在…中 frames
(sentences written for these tests: a province's project news, a city's supervision notice, a county's petitions
report, a statistics release, a county review)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


def _rows(fs):
    return sorted((f.value, f.subject, f.indicator) for f in fs)


@pytest.mark.parametrize("text, rows", [
    # a province's project news: the set heads each city's count and its amount
    ("岚溪省重点项目建设\n新开工项目中,甲阳市18个、总投资210亿元,乙平市12个、总投资96亿元。\n",
     [(12, "乙平市", "新开工项目"), (18, "甲阳市", "新开工项目"),
      (96, "乙平市", "新开工项目总投资"), (210, "甲阳市", "新开工项目总投资")]),
    # a city's supervision notice: a batch's cases by district
    ("东坡市第三批交办件办理情况\n本批次交办的群众信访件中,东湖区23件,西山县17件,南岭镇9件。\n",
     [(9, "南岭镇", "交办群众信访件"), (17, "西山县", "交办群众信访件"), (23, "东湖区", "交办群众信访件")]),
    # a statistics release
    ("青川省统计局\n全省新增规上工业企业中,甲阳市52家、乙平市37家。\n",
     [(37, "乙平市", "新增规上工业企业"), (52, "甲阳市", "新增规上工业企业")]),
])
def test_a_set_framed_by_zhong_heads_the_places_listed_after_it(text, rows):
    assert _rows(facts_of(text)) == rows


def test_a_framed_set_with_its_count_and_a_de_is_said_bare():
    fs = facts_of("白河市\n全市共排查安全隐患320处,已整改到位的隐患中,青山区120处,绿水区95处。\n")
    assert (one(fs, 120).subject, one(fs, 95).subject) == ("青山区", "绿水区")
    assert one(fs, 120).indicator == one(fs, 95).indicator == "整改到位隐患"


def test_a_process_framed_by_zhong_is_no_set_and_a_noun_after_the_count_no_item():
    # 在督查中: when the places were found, not of what; 居全省4个片区前列: a rank's set, no place's item
    fs = facts_of("白河市\n在专项督查中,青山区12个,绿水区9个。\n")
    assert "督查" not in one(fs, 12).indicator
    fs = facts_of("东坡市\n截至3月底,全省招商大会签约项目中,东坡的11个项目已落地开工8个,居全省4个片区前列,"
                  "其余3个有望年内落地。\n")
    assert one(fs, 4).subject != "居全省" and not one(fs, 4).indicator.startswith("签约项目")


@pytest.mark.parametrize("text, values, name", [
    # a county's petitions report: the run after a split clause hands the reports on
    ("岚溪省信访工作通报\n一季度,全省共受理群众举报512件,其中电话举报238件、网络举报190件;"
     "已转办甲阳市96件、乙平县41件、丙川区33件。\n", (96, 41, 33), "转办群众举报"),
    # a supervision notice without 其中
    ("东坡市生态环境督察\n督察组累计收到群众举报1260件,已转办青河区320件、白石县215件。\n", (320, 215), "转办群众举报"),
    # a discipline body's clues handed to its towns
    ("岚溪县纪委监委\n今年以来共处置问题线索86条,其中移送司法机关5条;向各乡镇交办问题线索40条,交办青龙镇12条、白马乡9条。\n",
     (12, 9), "交办问题线索"),
])
def test_places_a_verb_hands_things_to_count_what_was_handed(text, values, name):
    fs = facts_of(text)
    for v in values:
        f = one(fs, v)
        assert f.indicator == name and f.subject in text and f.subject[-1] in "市县区镇乡"
        assert not f.subject.startswith(("已", "转办", "交办"))


@pytest.mark.parametrize("text, value, name", [
    ("东坡县\n在全市年度综合考核中,我县排名第5位。\n", 5, "全市年度综合考核排名"),
    ("青川省\n在全省营商环境评价中,白河市排名第2位,东坡市位列第5。\n", 2, "全省营商环境评价排名"),
    ("东坡县\n在16个县市区经济指标综合排名中,我县由二季度的第12位上升到第6位。\n", 6, "16个县市区经济指标综合排名"),
])
def test_a_rank_naming_nothing_ranks_by_the_assessment_framed_before_it(text, value, name):
    f = one([f for f in facts_of(text) if f.measure == "rank"], value)
    assert f.indicator == name


def test_a_group_of_places_framed_names_no_assessment():
    fs = [f for f in facts_of("白河市\n在全市5个区中,青山区荣获第一名,绿水区获第二名。\n") if f.measure == "rank"]
    assert all("5个区" not in f.indicator for f in fs)


@pytest.mark.parametrize("text, values, whole", [
    ("东坡市生态环境督察\n督察组累计受理群众举报1260件(来电举报820件、来信举报440件)。从区域看,青河区320件、白石县215件。\n",
     (320, 215), 1260),
    ("岚溪县\n全县共排查安全隐患356处(重大隐患12处)。分乡镇看,青龙镇86处,白马乡64处。\n", (86, 64), 356),
])
def test_places_split_the_whole_not_the_part_its_bracket_holds(text, values, whole):
    fs = facts_of(text)
    for v in values:
        assert one(fs, v).indicator == one(fs, whole).indicator


@pytest.mark.parametrize("text, whole, places", [
    # a city's supervision notice: the batch, its problems by type, then by district, each a paragraph
    ("东坡市生态环境督察\n9月1日,省第二生态环境保护督察组向我市转办第五批信访件12件(来电8件,来信4件)。\n"
     "从信访件反映的问题类型来看,涉及大气5件、水4件、噪声3件。\n从区域分布上看,青河区5件;白石县4件;南岭区3件。\n",
     12, {"青河区": 5, "白石县": 4, "南岭区": 3}),
    # a remark in brackets after the view's words, and the places after ;
    ("青川省生态环境督察\n10月9日,省督察组向东坡市移交第三批群众信访举报件15件(来电举报12件,来信举报3件)。\n"
     "从信访举报件反映的问题类型来看(一件举报可能涉及多种问题类型),涉及大气6件、噪声5件、其他类型4件。\n"
     "从区域分布上看,青河区8件;白石县4件;南岭区3件。\n", 15, {"青河区": 8, "白石县": 4, "南岭区": 3}),
    # the same in one paragraph, each view opened by 按…分 / 按…划分
    ("东坡市生态环境督察\n省督察组向我市移交第十批信访举报件9件。按污染类型分,大气污染4件、水污染3件、噪声污染2件。"
     "按区域划分,青河区4件、白石县3件、南岭区2件。\n", 9, {"青河区": 4, "白石县": 3, "南岭区": 2}),
])
def test_places_split_the_whole_not_the_last_item_of_a_parallel_breakdown(text, whole, places):
    fs = facts_of(text)
    w = one([f for f in fs if not f.subject.endswith("区") and not f.subject.endswith("县")], whole)
    for place, v in places.items():
        f = one([f for f in fs if f.subject == place], v)
        assert (f.indicator, f.period) == (w.indicator, w.period)
