"""Facts in genres beyond the dev set: progress notices, 督办通报, communiqués, news; sentences written for these tests."""
from __future__ import annotations

import pytest

from factrun import one, run_facts


def run(text: str, published: str = "2024", regions: tuple[str, ...] = ("岚溪县",)):
    return run_facts(text, published, regions)


# --------------------------------------------------------------------------- kinds

@pytest.mark.parametrize("sentence, value", [
    ("今年,力争全县地区生产总值比上年增长6.5%。", 6.5),
    ("确保上半年重点项目开工率达到80%以上。", 80),
    ("力争1—6月完成投资20亿元。", 20),
])
def test_a_time_or_base_after_a_commitment_keeps_it_a_target(sentence, value):
    assert one(run(sentence), value).kind == "target"


def test_a_reported_growth_stays_actual():
    assert one(run("上半年,全县地区生产总值比上年增长5.1%。"), 5.1).kind == "actual"


def test_what_a_project_yields_once_built_is_a_target_without_time():
    fs = run("据介绍,该项目全部建成达产后,可实现年产值80亿元以上,新增就业岗位1500个。")
    for v in (80, 1500):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "")


# --------------------------------------------------------------------------- subjects

def test_a_unit_opening_its_clause_without_a_colon_is_the_subject():
    fs = run("县交通运输局承办事项8项,已办结6项。县水利局有3个问题未整改,县林业局有2个问题正在整改。")
    assert [one(fs, v).subject for v in (8, 6, 3, 2)] == ["县交通运输局", "县交通运输局", "县水利局", "县林业局"]
    assert "水利局" not in one(fs, 3).indicator  # the unit is the subject, not part of what is counted
    assert one(fs, 6).indicator.startswith("已办结") and one(fs, 6).indicator.endswith("事项")


def test_a_unit_named_inside_a_clause_is_not_its_subject():
    fs = run("全县共排查问题15个,已督促县水利局整改9个。")
    assert one(fs, 9).subject == "岚溪县"


@pytest.mark.parametrize("sentence, value, subject", [
    ("全年岚溪机场旅客吞吐量86.5万人次,增长12.3%。", 12.3, "岚溪机场"),
    ("全年岚溪机场旅客吞吐量86.5万人次,增长12.3%。", 86.5, "岚溪机场"),
    ("青川港完成货物吞吐量420万吨,增长5.6%。", 5.6, "青川港"),
])
def test_a_port_or_airport_reporting_under_its_name_is_the_subject(sentence, value, subject):
    assert one(run(sentence), value).subject == subject


def test_a_project_group_is_a_split_of_the_place_not_a_subject():
    fs = run("分项目组看,产业项目组完成投资86亿元,完成率91.2%;基础设施项目组完成投资45亿元,完成率80.3%。")
    for v, group in ((86, "产业项目组"), (45, "基础设施项目组")):
        f = one(fs, v)
        assert f.subject == "岚溪县"
        assert f.indicator.startswith(group)


# --------------------------------------------------------------------------- indicators

@pytest.mark.parametrize("sentence, expected", [
    ("工业、服务业增加值分别增长8%、6%。", ["工业增加值", "服务业增加值"]),
    ("数字经济、新材料产业增加值分别增长9.1%、12.4%。", ["数字经济产业增加值", "新材料产业增加值"]),
    ("城镇、农村居民人均可支配收入分别增长5%、7%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
])
def test_a_coordination_shares_the_head_written_after_its_last_item(sentence, expected):
    fs = sorted(run(sentence), key=lambda f: f.vstart)
    assert [f.indicator for f in fs] == expected


def test_a_rank_among_groups_ranks_the_measure_just_stated():
    fs = run("产业项目组完成投资86亿元,完成率91.2%,居各项目组第一位。")
    rank = one(fs, 1)
    assert rank.measure == "rank"
    assert "完成率" in rank.indicator and "各项目组" not in rank.indicator


def test_a_comparison_clause_keeps_its_base_in_the_indicator():
    fs = run("1—9月,重点项目完成投资120亿元。与一季度相比,完成率提高了42.5个百分点。")
    f = one(fs, 42.5)
    assert f.measure == "delta"
    assert "一季度相比" in f.indicator and "完成率" in f.indicator


def test_places_listed_before_a_distributed_list_each_take_their_value():
    fs = run("分县区看,瑞金、于都、兴国开工率分别为92.1%、88.6%、85.3%。", regions=("赣州市",))
    got = [(f.subject, f.indicator) for f in sorted(fs, key=lambda f: f.vstart)]
    assert got == [("瑞金市", "开工率"), ("于都县", "开工率"), ("兴国县", "开工率")]


def test_the_district_of_a_gdp_figure_is_the_place_before_it():
    # 抚州地区 was also a prefecture's name once: before 生产总值 the 地区 is the statistic's
    fs = run("2023年,抚州地区生产总值达到2100亿元。", regions=())
    assert one(fs, 2100).subject == "抚州市"


# --------------------------------------------------------------------------- gazetteer failures

def test_an_unreadable_gazetteer_leaves_facts_without_resolved_places(broken_gazetteer):
    broken_gazetteer(FileNotFoundError("regions.tsv"))
    fs = run("全县地区生产总值增长5.2%,瑞金、于都开工率分别为90.2%、88.1%。")
    assert {f.subject for f in fs} == {"岚溪县"}  # the document's own region, no place found in the text


def test_any_other_gazetteer_failure_raises_from_the_facts_stage(broken_gazetteer):
    broken_gazetteer(RuntimeError("table corrupt"))
    with pytest.raises(RuntimeError):
        run("全县地区生产总值增长5.2%。")


# --------------------------------------------------------------------------- counted nouns in a supervision notice

def test_the_body_before_a_totals_gong_is_no_part_of_what_is_counted():
    fs = run("县政府常务会议共研究议定事项40项,已办结31项。")
    assert one(fs, 40).indicator == "研究议定事项"
    assert one(fs, 31).indicator == "已办结议定事项"


def test_a_row_that_leaves_out_its_noun_takes_the_noun_of_the_row_above():
    fs = run("县交通运输局承办督办事项12项,已办结9项。\n县水利局承办7项,已办结3项。")
    assert one(fs, 7).indicator == "承办督办事项"
    assert one(fs, 3).indicator.endswith("督办事项")


def test_public_and_shared_are_not_a_total():
    fs = run("全县新建公共充电桩120个。")
    assert "公共充电桩" in one(fs, 120).indicator


# --------------------------------------------------------------------------- periods

def test_a_reported_size_does_not_take_a_later_planned_time():
    fs = run("3月15日,某某光伏产业园项目开工。项目总投资20亿元,占地面积约600亩,计划于2026年6月建成投产。")
    assert one(fs, 600).period == "2024"


def test_a_plan_lists_size_keeps_the_plan_year_under_a_cut_off():
    from taizhang.extract.pipeline import extract_text
    text = ("岚溪县关于全县重点项目开工情况的督查通报\n2024年4月10日\n截至3月底,全县已开工项目30个。\n"
            "开工率较低的有:白石镇安排新开工项目12个,仅开工4个。\n")
    ex = extract_text(text, "t.txt")
    assert ex.doc.context.genre in ("supervision_notice", "project_list")  # a report against a plan
    assert one(ex.facts, 12).period == "2024"
    assert one(ex.facts, 4).period == "..2024-M03"


# --------------------------------------------------------------------------- a project's own news

def test_a_size_written_before_a_projects_name_is_that_projects():
    f = one(run("总投资32亿元的岚溪白石河抽水蓄能电站项目开工"), 32)
    assert (f.subject, f.indicator) == ("岚溪白石河抽水蓄能电站项目", "总投资")


def test_the_project_a_news_story_named_is_the_subject_of_its_figures():
    fs = run("5月8日上午,岚溪智能装备产业园项目在县经济开发区开工。该项目由某某科技公司投资建设,总投资18亿元,"
             "占地面积约400亩。\n据介绍,项目全部建成投产后,可实现年产值30亿元。\n今年以来,全县签约项目25个。")
    for v in (18, 400, 30):
        assert one(fs, v).subject == "岚溪智能装备产业园项目"
    assert one(fs, 18).indicator == "总投资"
    assert one(fs, 25).subject == "岚溪县"


def test_rows_under_group_headings_name_their_own_group():
    fs = run("(一)工业项目。共安排20个,完成投资12亿元。\n(二)社会民生项目。共安排15个,完成投资6亿元。")
    f = one(fs, 15)
    assert f.subject == "岚溪县"
    assert f.indicator.startswith("社会民生项目") and "工业" not in f.indicator


def test_what_must_still_be_done_each_month_is_a_target():
    text = ("岚溪县重点项目1—8月推进情况通报\n2024年9月5日\n1—8月,全县重点项目完成投资62亿元。\n"
            "9—12月,全县重点项目月均需完成投资8.5亿元,确保全年完成投资100亿元以上。\n")
    from taizhang.extract.pipeline import extract_text
    fs = extract_text(text, "t.txt").facts
    f = one(fs, 8.5)
    assert (f.kind, f.measure) == ("target", "level")
    assert "月均需完成投资" in f.indicator
    assert one(fs, 62).kind == "actual"
    assert (one(fs, 100).kind, one(fs, 100).comparator) == ("target", ">=")
