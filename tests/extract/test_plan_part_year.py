"""A plan part that names the year it plans (二、2031年工作安排; 一、今年整体目标任务) governs the targets in it that state
no time of their own: a work report's tasks for the year (新改建农村公路430公里, 实施30项科技重大专项) are that year's
work, as the part's main targets (今年…主要预期目标是…) are.  A target with no time in no year's part (a plenum's
news: 新增百亿级企业1家) stays timeless.

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import periods_of

COUNTY_REPORT = ("2031年岚溪县政府工作报告\n"
                 "一、2030年工作回顾\n"
                 "过去一年,全县地区生产总值增长5.6%,新增就业1.2万人。\n"
                 "（一）着力推动经济恢复。全县新培育高新技术企业59家,建成农村公路320公里。\n"
                 "二、2031年工作安排\n"
                 "今年全县发展主要预期目标是:地区生产总值增长5%左右,固定资产投资增长6%以上,城镇新增就业1.1万人。\n"
                 "（一）聚焦扩大有效需求\n"
                 "提高投资效益。开展重大项目建设年行动,抓好61个县级重点工程年度建设项目,制造业投资增长8%。"
                 "新改建四好农村路430公里。\n"
                 "（二）聚焦培育新质生产力\n"
                 "实施30项县科技重大专项,新认定高新技术企业130家以上。\n")


def test_a_work_reports_tasks_are_the_years_it_plans():
    got = periods_of(COUNTY_REPORT, (61, 430, 30, 130))
    assert got == {61: "2031", 430: "2031", 30: "2031", 130: "2031"}


def test_the_review_part_keeps_its_own_year():
    assert periods_of(COUNTY_REPORT, (59, 320)) == {59: "2030", 320: "2030"}


def test_a_provinces_work_arrangement_under_its_years_heading():
    text = ("2030年甲省政府工作报告\n"
            "一、2029年工作回顾\n"
            "一年来,全省城镇新增就业45万人,粮食产量稳定在290亿斤。\n"
            "二、2030年工作安排\n"
            "今年发展主要预期目标是:地区生产总值增长5%左右,居民消费价格涨幅2%左右。\n"
            "（三）聚焦乡村全面振兴\n"
            "新建高标准农田85万亩,确保粮食产量达到297亿斤。建设精品示范村300个以上、提档升级村2500个以上。\n")
    got = periods_of(text, (85, 297, 300, 2500))
    assert got == {85: "2030", 297: "2030", 300: "2030", 2500: "2030"}


def test_a_reports_part_of_this_years_targets():
    text = ("青川市关于薄弱学校改造工作阶段汇报\n"
            "自改造工作开展以来,我市制定了2028-2032年实施方案,各县按照方案中2028年的规划积极开展工作,稳步推进。\n"
            "一、今年整体目标任务\n"
            "全市共有12个县纳入改造范围,涉及改造学校474所,其中初中83所,小学391所。\n"
            "二、目前工作进展情况\n"
            "截至11月13日,已开工学校300所。\n")
    got = periods_of(text, (474, 83, 391))
    assert got == {474: "2028", 83: "2028", 391: "2028"}


def test_a_target_in_no_years_part_stays_timeless():
    text = ("岚溪县委全会召开\n"
            "县委十三届五次全会日前召开,会议对下一步工作进行再部署。会议要求,要培育壮大优势产业,"
            "新增百亿级企业1家、十亿元以上企业30家,力争3家企业成功上市。\n")
    assert periods_of(text, (30,)) == {30: ""}


def test_the_one_year_a_plans_title_names_times_its_targets():
    text = ("甲省人民政府办公厅关于印发甲省2031年民生工程实施方案的通知\n"
            "各市人民政府,省政府各部门:《甲省2031年民生工程实施方案》已经省政府同意,现印发给你们,请结合实际认真组织实施。\n"
            "一、主要任务\n"
            "（一）安居保障工程。筹集保障性租赁住房7万套。（牵头单位:省住房和城乡建设厅）\n"
            "（二）老旧街区焕新工程。完成老旧街区提升612个。（牵头单位:省住房和城乡建设厅）\n"
            "（三）幼有所育工程。增加托育服务名额4200个左右。（牵头单位:省卫生健康委）\n")
    assert periods_of(text, (7, 612, 4200)) == {7: "2031", 612: "2031", 4200: "2031"}


def test_a_plan_titled_by_a_span_of_years_leaves_its_untimed_measures():
    text = ("青川市人民政府关于印发青川市质量强市建设行动方案(2030-2032年)的通知\n"
            "各县人民政府,市政府各部门:现将《青川市质量强市建设行动方案(2030-2032年)》印发给你们,请认真贯彻执行。\n"
            "一、重点任务\n"
            "（一）实施标准提升行动。培育省级标准化试点项目20个,主导制定国家标准5项。\n")
    assert periods_of(text, (20,)) == {20: ""}
