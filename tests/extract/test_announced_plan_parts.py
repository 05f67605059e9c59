"""A year's programme of works as a news item announces it, and its parts: the works a province or city names that it
will push in the year of writing (2024年,全省重点推进交通、能源等6大领域180个省列重大项目建设) size a plan, a target,
when nothing done is reported against them; the rows a 其中 breaks the announced list into (其中,计划新开工项目60个,
年度投资500亿元;续建项目110个…) are announced with it, in a later sentence too.  A start-up event's quarter named in the
headline (一季度重大项目集中开工) is the event's, no cut-off the news reports as of.  A progress bulletin's plan base and
its rows stay actual.  A population's natural growth rate (人口自然增长率3.7‰) is a rate that stands: a share.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_provinces_programme_after_a_start_up_event():
    _, ex = context_of("2024年一季度全省重大项目集中开工活动举行\n2024-02-26\n\n2月25日,2024年一季度全省重大项目集中开工活动"
                       "在西宁举行。当天集中开工项目320个,总投资1800亿元,年度计划投资600亿元。\n"
                       "据悉,2024年,全省重点推进交通、能源、水利、产业、民生、城建等6大领域180个省列重大项目建设,总投资"
                       "5200亿元,年度计划投资900亿元。其中,计划新开工项目60个,年度投资300亿元;续建项目110个,年度投资560亿元;"
                       "预备项目10个,年度投资40亿元。\n")
    assert one(ex.facts, 320).kind == "actual"
    assert one(ex.facts, 180).kind == "actual"  # the list's own size (session 43: a list's own figures are its state)
    assert one(ex.facts, 900).kind == "target"  # the year's plan amount stays the plan's
    for v in (60, 110, 10):
        assert one(ex.facts, v).kind == "actual", v
    for v in (300, 560, 40):
        assert one(ex.facts, v).kind == "target", v


def test_a_citys_list_and_its_rows_in_a_later_sentence():
    _, ex = context_of("株洲市今年重点建设项目安排确定\n2023-03-02\n\n日前,记者从市发改委获悉,今年我市全年共安排市重点建设项目"
                       "260个,总投资3100亿元,年度计划投资520亿元。\n据介绍,今年的项目数比去年增加20个。其中,纳入省重点建设"
                       "计划的项目有48个,总投资1300亿元,年度计划投资210亿元。\n")
    assert one(ex.facts, 260).kind == "actual"
    for v in (48, 1300):
        assert one(ex.facts, v).kind == "actual", v
    assert one(ex.facts, 210).kind == "target"


def test_a_progress_bulletins_plan_rows_stay_actual():
    _, ex = context_of("汉阴县上半年重点项目进展\n2023-07-12\n\n2023年,全县重点推进产业、基础设施等3大领域60个重点项目建设,"
                       "年度计划投资45亿元。其中,新开工项目22个,年度计划投资15亿元。1-6月,全县重点项目完成投资26亿元,占年度"
                       "计划的57.8%。\n")
    assert one(ex.facts, 60).kind == "actual"
    assert one(ex.facts, 22).kind == "actual"
    assert one(ex.facts, 15).kind == "actual"


def test_a_natural_growth_rate_is_a_share():
    _, ex = context_of("某市2022年国民经济和社会发展统计公报\n2023-03-20\n\n年末全市常住人口320万人。全年出生率9.8‰,"
                       "死亡率6.1‰,人口自然增长率3.7‰。\n")
    assert one(ex.facts, 3.7).measure == "share"
    assert one(ex.facts, 9.8).measure == "share"


def test_a_plan_the_next_sentence_reports_a_share_of_is_its_base():
    _, ex = context_of("扎鲁特旗前三季度经济运行\n2021-10-15\n\n2021年,我旗计划完成固定资产投资60亿元,增速10%。截至9月底,"
                       "全旗已开工项目120项,完成投资40亿元,同比增长6%,完成预计目标的66.7%。\n")
    assert one(ex.facts, 60).kind == "actual"
    assert one(ex.facts, 10).kind == "target"
    _, ex = context_of("株洲市上半年投资运行分析\n2023-07-20\n\n今年全市计划完成固定资产投资1200亿元。1-6月,全市完成固定资产"
                       "投资620亿元,同比增长8.2%,完成年度目标任务的51.7%。\n")
    assert one(ex.facts, 1200).kind == "actual"


def test_a_list_the_works_name_before_its_verb_and_its_rows():
    _, ex = context_of("淮安市今年重点工程排定\n2024-02-18\n\n记者从市发改委获悉,我市2024年度重点工程项目已排定,共编排96项,"
                       "总投资3100亿元。其中,实施项目70项,投资2300亿元,年度计划投资700亿元;前期工作项目26项,投资800亿元。\n"
                       "从项目类别来看,今年排定的重点工程中交通项目共有18项,年度计划投资260亿元。\n")
    for v in (96, 3100, 70, 2300, 26, 800, 18):
        assert one(ex.facts, v).kind == "actual", v
    for v in (700, 260):
        assert one(ex.facts, v).kind == "target", v


def test_how_much_an_announced_plan_grows_is_the_plans():
    _, ex = context_of("今年成都计划实施市级重点项目900个\n2024-02-20\n\n记者从市发改委获悉,今年我市计划实施市级重点项目900个,"
                       "总投资约2万亿元,年度计划投资约3200亿元、较上年增长12.5%。其中,先进制造业项目年度计划投资同比增长30%,"
                       "社会事业项目同比增长22%。\n")
    assert one(ex.facts, 12.5).kind == "target"
    assert one(ex.facts, 30).kind == "target"
    assert one(ex.facts, 22).kind == "target"


def test_how_much_the_money_done_grows_stays_a_report():
    _, ex = context_of("成都市重点项目一季度进展\n2024-04-12\n\n今年全市安排市级重点项目900个,年度计划投资3200亿元。"
                       "一季度,全市重点项目完成投资820亿元,同比增长12.5%,占年度计划的25.6%。\n")
    assert one(ex.facts, 12.5).kind == "actual"
    assert one(ex.facts, 3200).kind == "actual"


def test_values_a_goals_frame_sets_are_targets():
    _, ex = context_of("某县1至5月重点项目建设情况\n2022-06-10\n\n2022年,我县安排重点建设项目60宗,年度投资计划150亿元。1至5月,"
                       "累计完成投资70亿元,完成年度计划投资的46.7%。纳入省重点项目计划的续建项目,按照上半年计划投资完成率60%、"
                       "年度投资计划完成率120%以上的目标推进。\n")
    assert one(ex.facts, 60, "%").kind == "target"
    assert one(ex.facts, 120).kind == "target"
    assert one(ex.facts, 46.7).kind == "actual"


def test_a_list_named_again_by_its_size_is_the_announced_list():
    """120个省列重大项目总投资…: a later paragraph that opens with the size of a list announced before says what that list
    is worth; it and its rows are announced with it.  A progress bulletin that restates its list before what was done
    keeps the list a base."""
    _, ex = context_of("青海省今年确定重大建设项目520个\n2024-03-15\n\n今年,省政府确定重大建设项目520个,总投资9100亿元,"
                       "年度计划投资1850亿元。在确定的重大建设项目中,省列重大建设项目85个、市州列重大建设项目435个。\n\n"
                       "85个省列重大项目总投资4300亿元,年度计划投资770亿元。其中续建项目52个,总投资2950亿元;"
                       "计划新开工项目33个,总投资1350亿元。\n")
    for v in (4300, 52, 2950, 33, 1350):
        assert one(ex.facts, v).kind == "actual", v
    assert one(ex.facts, 770).kind == "target"
    assert [f.kind for f in ex.facts if f.value == 85] == ["actual", "actual"]
    _, ex = context_of("青海省重大项目上半年进展\n2024-07-15\n\n今年,省政府确定省列重大建设项目85个,年度计划投资770亿元。\n\n"
                       "85个省列重大项目1-6月完成投资420亿元,占年度计划的54.5%。\n")
    assert one(ex.facts, 420).kind == "actual"


def test_the_rows_of_a_list_broken_down_by_a_view_and_sized_by_its_budget():
    # 按项目层级分 / 从投资规模看 opens the rows as 其中 does; 概算投资 is what a row of the list is worth, as 总投资 is
    _, ex = context_of("鹤壁市2024年重点建设项目名单公布\n2024-02-18\n\n记者从市发改委获悉,今年全市共安排重点项目120个,总投资"
                       "980亿元,年度计划投资260亿元。按项目层级分,省级重点项目18项,概算投资310亿元;市级重点项目102项,概算"
                       "投资670亿元。从投资规模看,10亿元以上项目21个,总投资560亿元。\n")
    # (on a page titled as the list given out, the list's own figures are its state, as in the text: facts._titled_works_list;
    # the year's plan amount stays the plan's)
    for v in (120, 980, 18, 310, 102, 670, 21, 560):
        assert one(ex.facts, v).kind == "actual", v
    assert one(ex.facts, 260).kind == "target"


def test_the_rows_of_a_progress_report_broken_down_by_a_view_stay_actual():
    _, ex = context_of("鹤壁市重点项目1-6月进展\n2024-07-10\n\n今年全市共安排重点项目120个,年度计划投资260亿元。1-6月,全市"
                       "重点项目完成投资150亿元,占年度计划的57.7%。按项目层级分,省级重点项目18项,完成投资60亿元。\n")
    for v in (120, 18, 60):
        assert one(ex.facts, v).kind == "actual", v


def test_a_list_the_year_carries_out_is_announced_as_one_it_pushes():
    # 实施 + the year of writing + the works, no deed reported against them: the year's list announced, a target
    _, ex = context_of("2025年广西壮族自治区层面统筹推进重大项目计划印发\n2025-02-20\n\n2025年,自治区实施自治区层面统筹推进"
                       "重大项目370项,总投资2.6万亿元,年度计划投资4300亿元。其中,基础设施项目150项,总投资1.1万亿元。\n")
    for v in (370, 2.6, 150, 1.1):
        assert one(ex.facts, v).kind == "actual", v
    assert one(ex.facts, 4300).kind == "target"


def test_a_list_carried_out_and_reported_on_stays_actual():
    # the same verb with work done against the list, or in a review of a year gone by, reports
    _, ex = context_of("南宁市重点项目建设进展\n2025-08-12\n\n今年以来,全市实施重点项目420个,完成投资610亿元,占年度计划的"
                       "66%。2024年,全市实施重点项目400个,总投资5200亿元。\n")
    for v in (420, 610, 400, 5200):
        assert one(ex.facts, v).kind == "actual", v


def test_the_years_plan_beside_the_quarters_start_up_event_in_one_paragraph():
    # the event's quarter names the event (第一季度…集中开工活动), no time the plan is reported against as of
    _, ex = context_of("桐湾区2023年重点项目集中开工\n2023-03-28\n\n3月27日,桐湾区举行2023年第一季度重点项目集中开工活动。"
                       "今年全区计划实施重点项目150个,总投资980亿元,年度计划投资260亿元,其中计划新开工项目62个。"
                       "本次集中开工项目23个,总投资86亿元。\n")
    for v in (150, 980, 260, 62):
        assert one(ex.facts, v).kind == "target", v
    assert one(ex.facts, 23).kind == "actual" and one(ex.facts, 86).kind == "actual"


def test_the_years_plan_stated_as_a_plan_stays_the_plan_beside_the_quarters_report():
    # (s30, adopted: a plan stated as a plan is target also inside a progress report; only a share taken of it,
    # 占年度计划的X%, makes it the base of what was done — this asserted actual before session 31)
    _, ex = context_of("桐湾区一季度重点项目建设情况\n2023-04-12\n\n今年全区计划实施重点项目150个,总投资980亿元。"
                       "一季度,全区已开工项目40个,完成投资52亿元。\n")
    assert one(ex.facts, 150).kind == "target" and one(ex.facts, 980).kind == "target"
    assert one(ex.facts, 40).kind == "actual" and one(ex.facts, 52).kind == "actual"


def test_a_batch_named_by_its_start_beside_the_years_plan_is_what_started():
    # 第一批开工项目 names the batch by the deed done to it, as 第一批集中开工项目 does: no list given out in turns
    _, ex = context_of("岚川县第二批重大项目集中开工\n2024-05-16\n\n5月15日,岚川县第二批重大项目集中开工活动举行。"
                       "今年全县计划开复工重点项目86个,总投资420亿元。第一批开工项目14个,总投资42亿元。\n")
    assert one(ex.facts, 86).kind == "target"
    assert one(ex.facts, 14).kind == "actual" and one(ex.facts, 42).kind == "actual"


def test_a_batch_its_sentence_dates_the_start_of_is_still_planned():
    _, ex = context_of("岚川县重大项目集中开工\n2024-04-10\n\n4月9日,全县第一批集中开工项目14个,总投资42亿元。"
                       "第二批开工项目8个,总投资11亿元,计划6月开工。\n")
    assert one(ex.facts, 14).kind == "actual"
    assert one(ex.facts, 8).kind == "target"


def test_a_years_list_its_members_are_reported_done_in_is_no_announcement():
    # 顺利完成 / 基本完成 report what the list's members did, as 已完成 does
    _, ex = context_of("岚川县为民办实事项目\n\n刚刚过去的2023年,县委、县政府实施30个为民办实事项目,28个项目顺利完成,"
                       "2个项目基本完成。\n")
    for v in (30, 28, 2):
        assert one(ex.facts, v).kind == "actual", v


def test_a_years_list_committed_to_be_done_stays_announced():
    _, ex = context_of("岚川县为民办实事项目\n2024-01-20\n\n今年,县委、县政府将实施32个为民办实事项目,确保全面完成。\n")
    assert one(ex.facts, 32).kind == "target"


def test_a_countys_planned_list_in_a_start_up_item_sizes_it_in_the_year():
    # a county's list stated as a plan beside a prefecture's start-up event: its total investment, in the clause after
    # the count, is the list's size of the same year (no time left unset)
    _, ex = context_of("某州重点项目建设综述\n发布时间:2025-04-22\n4月21日,某州一季度重大项目集中开工。丙县计划实施县级重点项目"
                       "72个,总投资210亿元。丁县安排重点项目50个,计划总投资96亿元,年度计划投资33亿元。\n")
    assert (one(ex.facts, 72).period, one(ex.facts, 210).period) == ("2025", "2025")
    assert (one(ex.facts, 50).period, one(ex.facts, 96).period) == ("2025", "2025")


def test_a_countys_plan_base_in_a_start_up_item_is_of_the_year():
    # the list's total after its count is the list's, of the plan's year, not of the event's month
    _, ex = context_of("某市二季度重大项目集中开工\n6月18日,某市举行2025年第二季度重大项目集中开工活动,此次集中开工项目42个,"
                       "总投资156亿元。\n活动现场,甲县负责人介绍,该县计划实施重点项目65个,总投资180亿元,目前已开工48个。\n")
    assert (one(ex.facts, 42).period, one(ex.facts, 156).period) == ("2025-M06", "2025")  # (the batch's 总投资: the day's year, the lead's ruling of session 41)
    assert (one(ex.facts, 65).period, one(ex.facts, 180).period) == ("2025", "2025")
