"""What a work report's sentence opens with is not always whom its figures are about (sentences invented): a run-in
heading saying what was done (落实落细民生工程。), a verb that is also a district's short name (新建改建…), leave the
province's figures the province's; a company's rank stated after its own figure is the company's."""
from factrun import facts_of, one

REPORT = ("江西省2026年政府工作报告\n一、2025年工作回顾\n落实落细民生工程。城镇新增就业45万人，民生支出占比78%。\n"
          "新建改建农村公路5000公里。培育省级以上龙头企业300家。\n"
          "江铜集团营业收入突破5000亿元，位列世界500强第200位。\n")


def test_a_run_in_heading_of_a_task_is_no_subject():
    fs = facts_of(REPORT)
    assert one(fs, 45).subject == "江西省"
    assert one(fs, 78).subject == "江西省"


def test_a_verb_spelling_a_district_s_short_name_is_no_place():
    fs = facts_of(REPORT)
    assert one(fs, 5000, "公里").subject == "江西省"
    assert one(fs, 300).subject == "江西省"


def test_a_company_s_rank_after_its_figure_is_the_company_s():
    fs = facts_of(REPORT)
    assert one(fs, 5000, "亿元").subject == "江铜集团"
    assert one(fs, 200).subject == "江铜集团"
    # a project's row closed by a full stop still heads its figures
    fs = facts_of("岚溪县2025年重点项目进展情况\n1.岚溪大桥工程。完成投资2.3亿元，形象进度60%。\n")
    assert one(fs, 2.3).subject != "岚溪县"
