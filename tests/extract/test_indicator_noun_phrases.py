"""The noun phrase naming a figure's measure: a measure the last item of a list writes for all items however long they
are, a clause whose words before the figure only say how often it was reached, a product written after its verb of
making, and a class of projects counted before its completion rate (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_the_last_items_measure_is_every_items():
    fs = facts_of("某省2025年国民经济运行情况\n2025年，全省新能源汽车、锂离子电池产量分别增长31%、12.5%；"
                  "服务机器人、智能手机出口额分别增长18.2%、6.4%；地区生产总值、规上工业增加值分别增长5.6%、7.1%。\n")
    assert [one(fs, v).indicator for v in (31, 12.5)] == ["新能源汽车产量", "锂离子电池产量"]
    assert [one(fs, v).indicator for v in (18.2, 6.4)] == ["服务机器人出口额", "智能手机出口额"]
    # an item naming its own measure keeps it
    assert one(fs, 5.6).indicator == "地区生产总值"


def test_how_often_a_mark_was_passed_names_nothing():
    fs = facts_of("某县2025年政府工作报告\n2025年，全县一般公共预算收入完成18.6亿元，历史首次突破15亿元大关，增长9.2%。"
                  "园区工业产值达到156亿元，连续三年突破120亿元，增长6.3%。\n")
    assert one(fs, 15).indicator == "一般公共预算收入"
    assert one(fs, 120).indicator == "园区工业产值"


def test_a_product_after_its_verb_of_making():
    fs = facts_of("某市2025年工业运行情况\n2025年，全市生产磷肥260万吨，增长3.4%；产出原煤4800万吨。\n")
    assert one(fs, 260).indicator == "磷肥产量"
    assert one(fs, 3.4).indicator == "磷肥产量"
    assert one(fs, 4800).indicator == "原煤产量"


def test_a_class_counted_before_its_completion_rate():
    fs = facts_of("某市重点项目建设进展情况\n2025年1—6月，全市85个工业项目年度计划投资完成率62%。\n")
    assert one(fs, 85).indicator == "工业项目"
    assert "年度计划投资完成率" in one(fs, 62).indicator


def test_a_total_reached_or_a_level_held_is_the_measure_before():
    fs = facts_of("某省2026年政府工作报告\n2025年，全省粮食总产量达到620亿斤，连续六年稳定在600亿斤以上。"
                  "新建充电桩3.2万个、累计达到21万个。\n")
    assert one(fs, 600).indicator == "粮食总产量"
    assert "充电桩" in one(fs, 21).indicator


def test_the_country_speaking_of_itself_is_no_part_of_the_name():
    fs = facts_of("国家经济运行情况\n2025年，我国新能源汽车、光伏组件产量分别增长21%、14%。我国粮食产量达到14200亿斤。\n")
    assert [one(fs, v).indicator for v in (21, 14)] == ["新能源汽车产量", "光伏组件产量"]
    assert one(fs, 14200).indicator == "粮食产量"
