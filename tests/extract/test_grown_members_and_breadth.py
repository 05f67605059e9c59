"""A set a release counts, then 中 (有 or a comma between) and the count of its members that grew: the members are named
by what they did and the set (实现增长的行业大类); 增长面 after them is a noun, the share of the set that grew, named by
the set (行业大类增长面), not a bare growth clause of the count before.  Sentences written for these tests."""
from __future__ import annotations

from factrun import facts_of, one

HEAD = "岚溪市2025年1-8月工业经济运行情况\n2025年9月18日\n"


def test_members_after_zhong_you_are_named_by_what_they_did_and_the_set():
    fs = facts_of(HEAD + "1-8月,全市31个工业行业大类中有19个行业增加值实现同比增长。\n")
    assert one(fs, 31).indicator == "工业行业大类"
    assert one(fs, 19).indicator == "增加值实现同比增长的工业行业大类"


def test_members_after_zhong_and_a_comma():
    fs = facts_of(HEAD + "全市27个行业大类中,有15个实现增长。\n")
    assert one(fs, 15).indicator == "实现增长的行业大类"


def test_households_and_kinds_count_sets_too():
    fs = facts_of(HEAD + "全县318户规上工业企业中有201户企业产值同比实现增长。\n")
    assert one(fs, 318).indicator == "规上工业企业"
    assert one(fs, 201).indicator == "产值同比实现增长的规上工业企业"
    fs = facts_of(HEAD + "全市95种重点产品中,有47种产量实现增长。\n")
    assert one(fs, 47).indicator == "产量实现增长的重点产品"


def test_growth_breadth_is_named_by_the_set():
    fs = facts_of(HEAD + "全市31个工业行业大类中有19个行业增加值实现同比增长,增长面为61.3%。"
                  "全县318户规上工业企业中有201户企业产值同比实现增长,增长面达63.2%。\n")
    assert one(fs, 61.3).indicator == "工业行业大类增长面"
    assert one(fs, 63.2).indicator == "规上工业企业增长面"


def test_growth_breadth_without_a_set_keeps_its_noun():
    fs = facts_of(HEAD + "规模以上工业产值820亿元,增长面为58%。\n")
    assert "增长面" in one(fs, 58).indicator
    fs = facts_of("桐江县2025年上半年经济运行简况\n2025年7月16日\n上半年,全县工业生产平稳,增长面为55%。\n")
    assert one(fs, 55).indicator == "增长面"


def test_members_named_by_a_noun_of_their_own_keep_it():
    fs = facts_of("青禾市招商引资签约情况\n2025年6月3日\n在全市签约的12个项目中,有7个文旅项目,协议总金额41亿元。\n")
    assert one(fs, 7).indicator == "文旅项目"
    fs = facts_of("青禾市2025年乡村振兴工作情况\n2025年6月3日\n全市11个县市区中,有3个省级乡村振兴示范县。\n")
    assert one(fs, 3).indicator == "省级乡村振兴示范县"


def test_members_named_by_a_verb_whose_last_character_is_in_the_set():
    # 建设 ends the verb and stands inside the set's name: the members are still those that did it
    fs = facts_of("岚溪市2025年重点项目建设情况\n截至9月底,全市64个重点建设项目中57个开工建设,开工率89.1%。\n")
    assert one(fs, 57).indicator == "开工建设的重点建设项目"
    fs = facts_of(HEAD + "全市9个乡镇中7个完成年度任务。\n")
    assert one(fs, 7).indicator == "完成年度任务的乡镇"
