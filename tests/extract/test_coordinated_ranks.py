"""Places coordinated under one 第 and one 名 (第一、二名, 第一、二、三名), won with the spreading word folded into the
verb (分获, 分列) or with the field they were won in between (分别获一类镇第一、二名), are ranks of the bodies listed
before them, one each in order; a bottom band closing its clause after a verb of standing (名次位于该序列中后三名。) is
a rank band though no names follow it.  Sentences written for these tests."""
from __future__ import annotations

from factrun import facts_of

NOTICE = ("青禾市2025年第三季度乡镇项目建设考评结果通报\n2025年10月12日\n"
          "本季度考评中,石门、白沙分别获一类镇第一、二名,柳湾、杏林、东渡分获二类镇第一、二、三名。\n")


def test_coordinated_places_sharing_one_ming_are_each_bodys_rank():
    fs = facts_of(NOTICE)
    ranks = [(f.value, f.subject, NOTICE[f.vstart:f.vend]) for f in fs if f.measure == "rank"]
    assert ranks == [(1, "石门", "一"), (2, "白沙", "二"), (1, "柳湾", "一"), (2, "杏林", "二"), (3, "东渡", "三")]
    assert all(f.kind == "actual" and f.period == "2025-Q3" for f in fs if f.measure == "rank")


def test_places_won_without_di_after_a_folded_spreading_verb():
    text = ("南岭县2024年度美丽乡镇考评结果\n2025年1月8日\n"
            "经综合考评,南岭县桃源镇位居全县第一,南岭县石桥镇、南岭县新田乡分获二、三名。\n")
    fs = facts_of(text)
    ranks = [(f.value, f.subject) for f in fs if f.measure == "rank"]
    assert ranks == [(1, "南岭县桃源镇"), (2, "南岭县石桥镇"), (3, "南岭县新田乡")]


def test_counts_of_people_after_a_spreading_verb_are_no_places():
    text = ("南岭县2024年度先进个人评选结果\n2025年1月8日\n"
            "经综合评选,南岭县桃源镇、南岭县石桥镇分别获得2名、3名先进个人名额。\n")
    assert not [f for f in facts_of(text) if f.measure == "rank"]


def test_a_bottom_band_closing_its_clause_is_a_rank():
    text = ("青禾市2025年部门服务满意度测评情况通报\n2025年10月12日\n"
            "本次测评中,共5家单位满意度低于全市平均数,名次分别位于该序列中后三名。\n")
    fs = facts_of(text)
    ranks = [(f.value, f.comparator) for f in fs if f.measure == "rank"]
    assert ranks == [(3, "<=")]
    assert text[[f for f in fs if f.measure == "rank"][0].vstart] == "三"


def test_a_bottom_band_of_a_move_or_a_time_is_no_rank():
    text = ("青禾市2025年部门服务满意度测评情况通报\n2025年10月12日\n"
            "市交通局排名较上季度落后三名,此后三名干部调整岗位。\n")
    assert not [f for f in facts_of(text) if f.measure == "rank" and f.comparator == "<="]
