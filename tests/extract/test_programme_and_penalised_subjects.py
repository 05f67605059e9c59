"""Who a plan's or a notice's figure is about when a name stands before it that is no place.

A plan's programme heading (乡村振兴示范工程。 / 特色产业集群打造工程。), named by ordinary words only, heads the place's
targets: the figures are the text's place's, and the programme is no group of works splitting them; a work's own
heading (a name of its own: 清溪河…治理工程。) keeps its figures.  A penalty is the figure of the company it is imposed
on: companies spread over by 分别, the company a notice's part opens with, or the one named just before 被处罚 (sentences
invented; the places are real so that the gazetteer knows them)."""
import pytest

from factrun import facts_of, one

PLAN = ("樟树市国民经济和社会发展第十四个五年规划纲要\n特色农业品牌培育工程。到2025年,培育省级农业龙头企业15家,"
        "新增绿色食品认证60个。\n")
NUMBERED_PLAN = ("樟树市2025年政府工作报告\n(三)城乡融合示范工程。今年,建成省级美丽宜居示范村8个,"
                 "农村生活垃圾分类覆盖率达到70%。\n")
WORK = ("眉山市东坡区2024年重点项目\n一、清溪河产业园生态水系治理工程。项目总投资4.6亿元,今年计划完成投资1.5亿元。\n")
SPREAD = ("江西省生态环境厅通报\n九江润泰化工有限公司、萍乡华瑞陶瓷有限公司分别被处罚95万元、60万元。\n")
PARTS = ("江西省生态环境厅关于典型案例的通报\n经查,吉安恒丰纸业有限公司超标排放废水,被处罚款38万元;"
         "抚州新源建材有限公司未批先建,依法处以罚款12万元。\n")
INTRODUCED = ("江西省去年环保处罚情况\n去年,全省对9家企业处以罚款,罚款总额为156万元,其中收到最大罚单的是"
              "宜春鸿达电力有限责任公司,被处罚45万元。\n")


@pytest.mark.parametrize("text, value, subject", [
    (PLAN, 15, "樟树市"), (PLAN, 60, "樟树市"),  # the programme's targets are the city's
    (SPREAD, 95, "九江润泰化工有限公司"), (SPREAD, 60, "萍乡华瑞陶瓷有限公司"),  # each company its own fine
    (PARTS, 38, "吉安恒丰纸业有限公司"), (PARTS, 12, "抚州新源建材有限公司"),  # the company each part opens with
    (INTRODUCED, 45, "宜春鸿达电力有限责任公司"),  # the company named right before 被处罚
])
def test_a_programme_or_a_penalty_names_whose_figure_it_is(text, value, subject):
    assert one(facts_of(text), value).subject == subject


def test_a_programme_heading_is_no_group_of_the_figures_under_it():
    fs = facts_of(NUMBERED_PLAN)
    assert "示范工程" not in one(fs, 8).indicator and "示范工程" not in one(fs, 70).indicator


@pytest.mark.parametrize("text, value, subject", [
    (WORK, 4.6, "清溪河产业园生态水系治理工程"),  # a work's own heading keeps its card's figures
    (INTRODUCED, 156, "江西省"), (INTRODUCED, 9, "江西省"),  # the sum of the province's fines, the firms counted
])
def test_works_and_sums_keep_their_subject(text, value, subject):
    assert one(facts_of(text), value).subject == subject


def test_a_penalty_is_measured_by_what_spreads_it_not_by_the_company():
    assert one(facts_of(SPREAD), 95).indicator == "处罚"
