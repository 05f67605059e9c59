"""A rank written with its 名 right before the body holding it (第一名东湖区、第二名西湖区分别奖励…), won by a body
(荣获第一名, 分别获得第二名和第三名) or written as a band from the first place (第一至第三名:…) is a rank, the body's;
the rewards and penalties a ranking grants its ranked bodies are theirs, a decision of the ranking's year (target); the
size of the group a rank is taken in (在全市8个县中,…排名第一) is no figure.  Sentences written for these tests; the
districts and counties are real so that the gazetteer knows them."""
from __future__ import annotations

from factrun import facts_of

NOTICE = ("南昌市2025年2月份城市管理综合考评结果通报\n2025年3月4日\n"
          "1月份全市城市管理综合考评中,第一名东湖区、第二名西湖区分别奖励80万元、60万元;"
          "第八名新建区、第九名安义县分别扣罚60万元、80万元。\n")


def _by_span(fs, text, s):
    """The fact whose value is written at the first occurrence of ``s`` in ``text`` (its first character)."""
    k = text.index(s)
    hits = [f for f in fs if f.vstart == k]
    assert len(hits) == 1, [(f.value, f.vstart) for f in fs]
    return hits[0]


def test_a_rank_written_before_its_body_is_that_bodys():
    fs = facts_of(NOTICE)
    ranks = sorted((f.value, f.subject, f.comparator) for f in fs if f.measure == "rank")
    assert ranks == [(1, "东湖区", "="), (2, "西湖区", "="), (8, "新建区", "="), (9, "安义县", "=")]
    assert all(f.period == "2025-M01" for f in fs if f.measure == "rank")


def test_the_rewards_and_penalties_of_ranked_bodies_are_theirs_decided_for_the_year():
    fs = facts_of(NOTICE)
    got = [(f.value, f.subject, f.kind, f.period) for f in fs if f.unit == "万元"]
    assert got == [(80, "东湖区", "target", "2025"), (60, "西湖区", "target", "2025"),
                   (60, "新建区", "target", "2025"), (80, "安义县", "target", "2025")]
    assert [f.indicator for f in fs if f.unit == "万元"] == ["奖励", "奖励", "扣罚", "扣罚"]


def test_a_reward_granted_to_the_body_after_its_rank():
    text = ("关于下达2025年乡村振兴示范乡镇奖补资金的公示\n2025年11月20日\n"
            "根据综合评价结果,给予第1名罗源县凤山镇奖补150万元。\n")
    fs = facts_of(text)
    f = _by_span(fs, text, "150")
    assert (f.subject, f.kind) == ("罗源县凤山镇", "target")
    assert _by_span(fs, text, "1名").subject == "罗源县凤山镇"


def test_places_won_by_bodies_are_their_ranks():
    text = ("信阳市重点项目观摩评比结果\n2025年2月18日\n在全市4个区中,浉河区以93.6的最高分荣获第一名,平桥区获第二名;"
            "在全市8个县中,固始县排名第一,潢川县、光山县分别获得第二名和第三名。\n")
    fs = facts_of(text)
    ranks = [(f.value, f.subject) for f in fs if f.measure == "rank"]
    assert ranks == [(1, "浉河区"), (2, "平桥区"), (1, "固始县"), (2, "潢川县"), (3, "光山县")]
    assert not [f for f in fs if f.measure == "count"]  # 4个区, 8个县: the groups ranked in


def test_a_band_from_the_first_place_is_the_top_band_held_by_the_set_listed():
    text = ("红河州重点项目建设考评情况通报\n2025年4月2日\n一季度,全州重点项目建设考评结果如下。\n"
            "综合考评第一至第三名:蒙自市、个旧市、开远市。\n综合考评第四至第六名:弥勒市、建水县、石屏县。\n")
    fs = [f for f in facts_of(text) if f.measure == "rank"]
    assert [(f.value, f.comparator, f.subject) for f in fs] == [(3, "<=", "")]
    assert "一" not in fs[0].indicator


def test_a_ranked_county_written_short_is_named_as_the_page_names_it():
    text = ("绵阳市2025年3月份项目建设考评结果\n2025年4月3日\n第一名:江油市92.5分;第二名:北川县90.1分。\n")
    fs = facts_of(text)
    assert _by_span(fs, text, "二名").subject == "北川县"
    assert _by_span(fs, text, "90.1").subject == "北川县"
