"""Target or status from the structure of the page, when a figure's own words say neither.

- A year's list of works stated by its card — how many works, what they are worth, what the year's plan puts into
  them (今年全县共有县级重点项目120个,总投资380亿元,年度计划投资95亿元) — is the year's plan list whatever verb brings it
  in (有, 共, 列入, or none): its year's plan amount is a target, its count and worth what the list holds (session 43),
  as for a list announced by 安排 or 公布.  A batch a
  start-up event launched (集中开工项目41个,总投资282亿元) and a list reported against (…,1-6月完成投资…) stay
  statuses; the year's plan of the batch (年内计划投资29亿元) is still to be done, a target (session 33).  遴选 and 筛选 make a list as 确定 does.
- A document titled by the list of works it gives (2024年县重点建设项目名单) lists works to be built: each work's size
  there is the plan's, no status of a work under way.
- A box heading whose head noun is 目标 (2024年目标:, 年度发展目标) over lines of bare figures announces targets.
- An indicator table's column of the year's plan or task (年度计划, 任务数, 计划数) beside what was done holds targets;
  a column measuring what was done against it (占年度计划) does not.

Every text is invented for these tests.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_a_years_list_stated_by_its_card_is_the_plan():
    fs = facts_of("青山市今年重点项目出炉\n2024-02-22\n\n记者从市发改委获悉,今年我市共有市级重点项目260个,总投资2100亿元,"
                  "年度计划投资480亿元。\n")
    # session 43: the list's own size is what it holds (actual); its year's plan amount stays the plan's
    for v in (260, 2100):
        assert one(fs, v).kind == "actual", v
    assert one(fs, 480).kind == "target"
    fs = facts_of("临河县15个项目进入省重点盘子\n2024-03-05\n\n今年我县共有15个项目列入省重点建设项目,总投资120亿元,"
                  "年度计划投资32亿元。\n")
    assert one(fs, 120).kind == "actual"
    assert one(fs, 32).kind == "target"
    fs = facts_of("北岭区重点项目\n2023-02-14\n\n2023年全区区级重点项目共85项,总投资260亿元,年度投资70亿元。其中,产业项目50项,"
                  "年度投资41亿元。\n")
    for v in (85, 260, 50):
        assert one(fs, v).kind == "actual", v
    for v in (70, 41):
        assert one(fs, v).kind == "target", v


def test_a_list_selected_is_announced():
    fs = facts_of("南江省今年重点项目\n2024-01-25\n\n今年,全省遴选1800个左右省重点项目,总投资2.6万亿元。\n")
    assert one(fs, 1800).kind == "actual"  # (session 43: the list's own size)
    fs = facts_of("东湖市重点项目确定\n2024-02-20\n\n经市政府研究同意,全市筛选2024年市级重点项目320个,总投资2860亿元。\n")
    assert one(fs, 320).kind == "actual"  # (a page titled as the list given out: the list's own size too)


def test_a_started_batch_or_a_list_reported_against_stays_a_status():
    fs = facts_of("西坪市一季度重大项目集中开工\n2024-03-28\n\n2024年全市一季度集中开工重大项目41个,总投资282亿元,年内计划投资"
                  "29亿元。\n")
    for v in (41, 282):
        assert one(fs, v).kind == "actual", v
    assert one(fs, 29).kind == "target"
    fs = facts_of("临河县上半年重点项目进展\n2024-07-10\n\n今年全县共有县级重点项目60个,总投资180亿元,年度计划投资45亿元。"
                  "1-6月,完成投资26亿元,占年度计划的57.8%。\n")
    for v in (60, 45):
        assert one(fs, v).kind == "actual", v


def test_a_works_list_titled_as_such_sizes_works_to_be_built():
    fs = facts_of("临河县2024年重点建设项目名单\n2024-02-20\n\n一、续建项目(20个,总投资56亿元,年度计划投资18亿元)\n"
                  "1.临河县城东污水处理厂项目,总投资1.2亿元,年度计划投资5000万元。\n"
                  "2.临河县第三中学迁建工程,总投资2.6亿元,年度计划投资8000万元。\n")
    for v in (20, 56):
        assert one(fs, v).kind == "actual", v  # the list's part by stage and what it is worth: the list as it stands
    for v in (18, 1.2, 5000, 2.6, 8000):
        assert one(fs, v).kind == "target", v  # the year's plan amounts; a work's size on the plan's list
    fs = facts_of("关于公布2024年市重点建设项目的通知\n2024-02-20\n\n各县(区)人民政府:\n经市政府研究,确定2024年市重点建设项目"
                  "200个,现予公布。\n1.青山市城东污水处理厂项目,总投资1.2亿元,年度计划投资5000万元。\n")
    assert one(fs, 200).kind == "actual"  # the list's own count (session 43); its works' sizes stay the plan's
    for v in (1.2, 5000):
        assert one(fs, v).kind == "target", v


def test_a_box_heading_of_targets_over_bare_lines():
    fs = facts_of("某县政府工作报告\n2024-01-12\n\n2024年目标:\n地区生产总值增长7%左右\n一般公共预算收入增长6%\n"
                  "固定资产投资增长10%\n")
    for v in (7, 6, 10):
        assert one(fs, v).kind == "target", v
    fs = facts_of("某镇工作思路\n2024-01-20\n\n年度发展目标\n工业总产值增长12%\n新增规上企业5家\n")
    for v in (12, 5):
        assert one(fs, v).kind == "target", v


def test_a_heading_reporting_its_targets_met_stays_a_status():
    fs = facts_of("某县工作总结\n2024-01-08\n\n2023年目标完成情况\n地区生产总值增长6.8%\n一般公共预算收入增长5.2%\n")
    for v in (6.8, 5.2):
        assert one(fs, v).kind == "actual", v


def test_a_tables_plan_or_task_column_holds_targets():
    fs = facts_of("某区2023年主要指标完成情况\n2024-01-05\n\n指标名称\t年度计划\t全年完成\t增长(%)\n"
                  "地区生产总值(亿元)\t320\t325\t6.1\n规上工业增加值(亿元)\t120\t118\t5.2\n")
    assert one(fs, 320).kind == "target"
    assert one(fs, 325).kind == "actual"
    assert one(fs, 120).kind == "target"
    assert one(fs, 118).kind == "actual"
    fs = facts_of("某区民生实事完成情况\n2024-01-05\n\n序号\t指标\t计划数\t完成数\t完成率\n1\t新增城镇就业(人)\t3000\t3260\t108.7%\n"
                  "2\t农村劳动力转移(人)\t5000\t5320\t106.4%\n")
    assert one(fs, 3000).kind == "target"
    assert one(fs, 3260).kind == "actual"
    fs = facts_of("上半年目标任务完成情况\n2023-07-10\n\n项目\t任务数\t完成数\n新建5G基站(个)\t200\t130\n改造老旧小区(个)\t30\t18\n")
    assert one(fs, 200).kind == "target"
    assert one(fs, 130).kind == "actual"


def test_a_column_measuring_work_done_against_the_plan_is_no_target():
    fs = facts_of("某区2023年主要指标完成情况\n2024-01-05\n\n指标名称\t全年完成\t占年度计划(%)\n"
                  "地区生产总值(亿元)\t325\t101.6\n规上工业增加值(亿元)\t118\t98.3\n")
    assert one(fs, 101.6).kind == "actual"
    assert one(fs, 98.3).kind == "actual"


def test_a_years_work_points_are_a_plan():
    # 工作要点 / 工作思路: the year's work set out ahead, its bare figures commit (a plan's title, as …计划 is)
    fs = facts_of("临河县2024年工作要点\n2024-02-20\n\n积极谋划总投资120亿元的物流园等16个项目,储备一批重大项目。\n")
    assert one(fs, 16).kind == "target"
    fs = facts_of("临河县2023年工作要点落实情况\n2023-12-20\n\n积极谋划总投资120亿元的物流园等16个项目,储备一批重大项目。\n")
    assert one(fs, 16).kind == "actual"
