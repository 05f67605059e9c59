"""Which counts are figures (sentences written for these tests): a unit that is another word too counts where a thing it
measures is named next to it (新打机井120眼, 打井4600口, 开设课程30门); the classes a text groups things into are counted
in figures (形成7大产业集群) but named in words (五大会战); the articles of a policy issued name it (出台惠民生27条、稳经济15条)
and the aspects of what a text says are its outline (重点抓了5个方面工作)."""
from __future__ import annotations

from factrun import facts_of, one


def test_wells_and_pits_counted_in_their_measure_words():
    fs = facts_of("岚溪县2024年水利工作总结\n全年新打机井120眼，完成765眼农业排灌机井改造，新建水窖200口，"
                  "全县群众一眼就能看出变化。\n")
    assert (one(fs, 120).unit, one(fs, 120).measure) == ("眼", "count")
    assert one(fs, 765).unit == "眼"
    assert one(fs, 200).unit == "口"
    assert len(fs) == 3


def test_courses_counted_in_men():
    fs = facts_of("某市2023年职业教育发展报告\n全市职业院校开设课程30门，培训学员1.2万人次。\n")
    assert one(fs, 30).unit == "门"


def test_classes_counted_in_figures_not_in_words():
    fs = facts_of("某市2025年政府工作报告\n全市已形成7大产业集群，实施五大会战。\n")
    assert (one(fs, 7).unit, one(fs, 7).measure) == ("大", "count")
    assert [f.value for f in fs] == [7]


def test_the_articles_of_an_issued_policy_name_it():
    fs = facts_of("某市2024年政府工作报告\n过去一年，我们出台惠民生27条、稳经济15条，出台促消费政策12条，"
                  "制定实施30条防汛避险硬措施。出台城市更新方案，新建道路12条。\n")
    assert [(f.value, f.unit) for f in fs] == [(12, "条")]
    assert fs[0].indicator.endswith("道路")


def test_the_aspects_of_a_report_are_its_outline():
    fs = facts_of("某县2025年政府工作报告\n一年来，我们重点抓了5个方面工作，新建村级卫生室12个。"
                  "今年重点做好以下8个方面工作。\n")
    assert [(f.value, f.unit) for f in fs] == [(12, "个")]


def test_cubic_metres_written_fang_after_a_magnitude():
    fs = facts_of("某县2024年重点水利项目进展\n全年完成土石方开挖20万方，全县天然气产量突破1.5亿方，"
                  "从3方面提出整改措施，各方签约。\n")
    assert (one(fs, 20).unit, one(fs, 20).measure) == ("万方", "level")
    assert (one(fs, 1.5).unit, one(fs, 1.5).comparator) == ("亿方", ">")
    assert len(fs) == 2


def test_a_tier_after_an_ordinal_is_no_unit_of_it():
    fs = facts_of("某省2024年科技工作总结\n全省区域创新能力保持全国第一方阵，完成土石方开挖20万方。\n")
    assert (one(fs, 1).measure, one(fs, 1).unit) == ("rank", "")


def test_the_aspects_an_inspection_news_item_names_by_da_are_its_outline():
    fs = facts_of("省政府开展大督查\n2017-09-22\n这次督查重点聚焦5大方面：一是目标任务落实情况；二是扩大有效投资情况。"
                  "全省新开工项目420个。\n")
    assert [(f.value, f.unit) for f in fs] == [(420, "个")]
