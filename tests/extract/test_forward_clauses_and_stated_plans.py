"""What a progress text says is still to come is a target, and a plan stated as a plan stays one beside the progress
reported after it (s30, adopted).  A count that is the subject of a predicate committed after it (其余的30个项目也将
全部开工, 剩余12个项目均将于6月底前开工: facts._COMMITTED_AFTER) or the object of what can still be done (还可开复工…)
commits; 今年,某县计划实施重点项目86个以上,其中…,总投资… is the year's plan, and only a share taken of it (占年度
计划的X%) makes it the base of what was done; a batch that goes through a start-up ceremony (今年第一批重点项目举行
集中开工仪式,9个项目总投资12.6亿元) reports what started.  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_city_progress_news_what_can_still_start_and_the_rest_to_start():
    text = ("青石市重点项目开复工情况\n2024年4月15日\n"
            "截至4月10日，全市已开复工项目635个，开复工率77%。到二季度末，还可开复工项目820个。"
            "5月底前，其余的30个项目也将全部开工。\n")
    fs = facts_of(text)
    assert one(fs, 635).kind == "actual"
    assert (one(fs, 820).kind, one(fs, 820).period) == ("target", "..2024-M06")
    assert one(fs, 30).kind == "target"


def test_county_notice_the_remaining_projects_all_to_start():
    text = ("柳河县重大项目推进情况通报\n2023年5月9日\n"
            "全县52个重大项目中，已开工40个，剩余12个项目均将于6月底前开工。\n")
    fs = facts_of(text)
    assert one(fs, 40).kind == "actual"
    assert one(fs, 12).kind == "target"


def test_a_works_size_before_its_future_opening_stays_its_size():
    text = ("南屏区重点项目建设情况\n2024年4月2日\n"
            "一季度，全区新开工项目18个，其中15个项目已完成投资。投资5亿元的城北水厂将于6月建成投用。\n")
    fs = facts_of(text)
    for v in (18, 15, 5):
        assert one(fs, v).kind == "actual", v


def test_a_plan_stated_as_a_plan_beside_the_progress_and_the_ceremony_batch():
    text = ("东川县重点项目集中开工\n2024年3月20日\n"
            "今年，东川县计划实施重点项目86个以上，其中新开工项目32个，总投资210亿元，年度计划投资56亿元。"
            "截至目前，已开复工61个，开复工率71%。\n"
            "今年第一批重点项目举行集中开工仪式，9个项目总投资12.6亿元。\n")
    fs = facts_of(text)
    for v in (86, 32, 56):
        assert one(fs, v).kind == "target", v
    assert one(fs, 210).kind == "actual"  # what the part's works are worth: the list's own figure (session 43)
    for v in (61, 71, 9, 12.6):
        assert one(fs, v).kind == "actual", v


def test_the_plan_of_the_months_run_stays_the_base_of_what_they_did():
    # (a plan for a part of the year already run is what the months are measured against: not the year's plan stated)
    fs = facts_of("石泉县重点项目推进情况\n2023年6月5日\n今年1至5月，全县计划开工项目43个，实际开工项目41个。\n")
    assert one(fs, 43).kind == "actual" and one(fs, 41).kind == "actual"


def test_a_target_named_by_the_verb_that_sets_it():
    # a county's plan: 目标(均)确定为 / 设定为 names the target as 目标是 / 目标为 do
    text = ("云溪县2024年国民经济和社会发展计划\n2024年2月1日\n"
            "全县地区生产总值预期增长目标确定为7%左右，各乡镇预期增长目标均确定为6%以上。\n")
    fs = facts_of(text)
    for v in (7, 6):
        assert one(fs, v).kind == "target", v
