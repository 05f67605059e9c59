"""Targets stated with no modal word take their kind from the frame that announces them: a heading whose head noun is
目标 (一、经济运行目标 / 2.1项目引资目标) over its items; the items of a list whose lead announces the counted set of works
the year of writing will carry out (2024年我市实施32项民生实事:), in a text written early in that year; the items after a
lead 其中包括: that names a part of the sentence before it (…将实施12类民生实事项目。其中包括:…).  A year's set reported at
its end, and 以…为目标 in an item, frame nothing.  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_heading_whose_head_noun_is_target_frames_its_items():
    fs = facts_of("开发区管委会文件\n现将各项目标任务报告如下：\n一、经济运行目标\n"
                  "（1）地区生产总值比上年增长15%。\n（2）新增规上工业企业4家。\n二、项目引资目标\n"
                  "（1）续建项目8个，总投资12亿元；新开工项目20个。\n")
    for v in (15, 4, 8, 12, 20):
        assert one(fs, v).kind == "target", v


def test_an_aim_stated_in_an_item_is_no_heading_of_targets():
    fs = facts_of("东川县工作总结\n2023年12月28日\n一是以推进城乡协调发展为目标\n全年新建农村公路120公里，改造危房300户。\n")
    for v in (120, 300):
        assert one(fs, v).kind == "actual", v


def test_items_of_the_years_announced_set_of_works_are_targets():
    fs = facts_of("青州市2024年民生实事项目公布\n2024年2月20日\n2024年我市实施32项民生实事：\n"
                  "1.新增城镇就业3.2万人；\n2.改造老旧小区45个；\n3.新建公办幼儿园6所。\n")
    for v in (3.2, 45, 6):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "2024"), (v, f.kind, f.period)


def test_the_same_set_reported_at_the_years_end_stays_actual():
    fs = facts_of("青州市2024年民生实事完成情况\n2024年12月26日\n2024年我市实施32项民生实事：\n"
                  "1.新增城镇就业3.2万人；\n2.改造老旧小区45个；\n3.新建公办幼儿园6所。\n")
    for v in (3.2, 45, 6):
        assert one(fs, v).kind == "actual", v


def test_a_lead_naming_a_part_of_the_sentence_before_takes_its_commitment_and_time():
    fs = facts_of("近日，南江区民生实事项目确定。2025年，南江区将实施12类民生实事项目。\n"
                  "其中包括：新增8个老年助餐点、新建口袋公园5个、改造农贸市场3个。\n")
    for v in (8, 5, 3):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "2025"), (v, f.kind, f.period)


def test_targets_under_a_fields_target_heading_hold_in_the_documents_year():
    fs = facts_of("北岭开发区管委会\n2012年2月10日\n经研究，现将各项目标任务报告如下：\n一、经济运行目标\n"
                  "（1）地区生产总值比上年增长15%。\n（2）新增规上工业企业4家。\n")
    for v in (15, 4):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "2012"), (v, f.kind, f.period)


def test_items_of_the_years_announced_set_on_a_page_giving_no_date_are_targets():
    # a county paper's page of the set its congress adopted, with no date line: the lead only names the year and the set
    fs = facts_of("2023年县委县政府为民兴办12件实事\n融媒体中心记者 林青\n"
                  "2023年,县委、县政府为民兴办12件实事:\n一是实施教育扩容项目,新建公办幼儿园4所,新增学位1200个。\n"
                  "二是实施农村公路提升工程,改造农村公路150公里。\n")
    for v in (4, 1200, 150):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "2023"), (v, f.kind, f.period)


def test_the_set_a_lead_reports_done_on_a_page_giving_no_date_stays_actual():
    fs = facts_of("2023年县委县政府为民兴办12件实事\n融媒体中心记者 林青\n"
                  "2023年,县委、县政府为民兴办的12件实事全部完成:\n一是实施教育扩容项目,新建公办幼儿园4所,新增学位1200个。\n"
                  "二是实施农村公路提升工程,改造农村公路150公里。\n")
    for v in (4, 1200, 150):
        assert one(fs, v).kind == "actual", v


def test_items_after_the_colon_of_a_set_announced_by_its_number_are_targets():
    # the lead and its items in one paragraph: the set's number before the colon opens the items as a lead's words do
    fs = facts_of("桐湾区2024年十件民生实事公布\n2024年1月18日\n"
                  "2024年十件民生实事:一是在公共场所新增配置除颤仪600台;二是改造老旧小区35个;三是新建社区食堂9所。\n")
    for v in (600, 35, 9):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "2024"), (v, f.kind, f.period)
