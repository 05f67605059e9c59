"""Units written in real reports that the value pattern did not read (场次, computing power, 亿度, 万份, schooling
years, 万 before a noun of people, 多/余 before the magnitude), contributions of the three sectors as a ratio, and
the measure of 净增 and of a level reached (提升至) (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_events_computing_power_and_electricity_units():
    fs = facts_of("某市2025年消费市场运行情况\n全年开展促消费活动1.6万场次，发放消费券问卷3万份。"
                  "全市算力规模达到2.5万P，智能算力达到860PFLOPS，存力总规模超过90EB。外送电量320亿度，居民用电量45万度。\n")
    assert (one(fs, 1.6).unit, one(fs, 1.6).measure) == ("万场次", "count")
    assert "促消费活动" in one(fs, 1.6).indicator
    assert (one(fs, 3).unit, one(fs, 3).measure) == ("万份", "count")
    assert one(fs, 2.5).unit == "万P"
    assert one(fs, 860).unit == "PFLOPS"
    assert (one(fs, 90).unit, one(fs, 90).comparator) == ("EB", ">")
    assert (one(fs, 320).unit, one(fs, 320).measure, one(fs, 320).indicator) == ("亿度", "level", "外送电量")
    assert one(fs, 45).unit == "万度"
    # without a magnitude 度 and 份 stay what they were: a temperature, copies of a leaflet
    fs = facts_of("某县气象简报\n全县最高气温升至38度，发放宣传册500份。\n")
    assert not [f for f in fs if f.value in (38, 500)]


def test_a_calendar_year_after_the_name_of_a_span_is_a_date_not_a_span():
    # a county's project list: 建设年限2017年 dates the works; 建设年限为3年 is a span
    fs = facts_of("岚溪县重点项目简介\n某某大道改造项目建设年限2017年,总投资5亿元;某某污水厂项目建设年限为3年。\n")
    assert [(f.value, f.unit) for f in fs] == [(5, "亿元"), (3, "年")]


def test_schooling_years_and_people_counted_in_a_magnitude():
    fs = facts_of("某县2026年政府工作报告\n2025年，全县劳动年龄人口平均受教育年限达到10.8年，"
                  "健康义诊惠及32万群众，完成投资860多亿元，引进资金120余亿元。\n")
    f = one(fs, 10.8)
    assert (f.unit, f.measure) == ("年", "level")
    assert "受教育年限" in f.indicator
    g = one(fs, 32)
    assert (g.unit, g.measure) == ("万", "count")
    assert (one(fs, 860).unit, one(fs, 860).comparator) == ("亿元", ">")
    assert (one(fs, 120).unit, one(fs, 120).comparator) == ("亿元", ">")
    # 年 after a figure is a unit only after the name of a span in years
    fs = facts_of("某县2026年政府工作报告\n全县新建学校3所，建设期2年。\n")
    assert not [f for f in fs if f.value == 2]


def test_contribution_of_the_three_sectors_as_a_ratio():
    fs = facts_of("某市2025年国民经济和社会发展统计公报\n全年三次产业对经济增长的贡献率分别为6.5:38.0:55.5。"
                  "第一、二、三次产业增加值的比例为4.2：36.3：59.5。\n")
    for v, part in ((6.5, "第一产业"), (38.0, "第二产业"), (55.5, "第三产业")):
        f = one(fs, v)
        assert (f.measure, f.unit) == ("share", "")
        assert f.indicator == part + "对经济增长的贡献率"
    assert [one(fs, v).indicator for v in (4.2, 36.3, 59.5)] == \
        ["第一产业增加值比例", "第二产业增加值比例", "第三产业增加值比例"]


def test_two_sectors_written_with_one_di():
    fs = facts_of("某市经济运行\n第二、三产业增加值分别增长5.1%和6.6%。\n")
    assert [one(fs, v).indicator for v in (5.1, 6.6)] == ["第二产业增加值", "第三产业增加值"]


def test_net_additions_are_a_count_and_a_level_reached_is_a_level():
    fs = facts_of("某省通信业发展情况\n2025年，全省移动电话用户净增86万户，比上月净增加3万户。"
                  "全省人均生产总值提升至9.2万元，年均增长0.6万元。\n")
    assert one(fs, 86).measure == "count"
    assert one(fs, 3).measure == "delta"
    assert one(fs, 9.2).measure == "level"
    assert one(fs, 0.6).measure == "delta"


def test_livestock_named_one_character_each():
    fs = facts_of("某县农业农村经济运行\n2025年，全县牛羊出栏分别增长3.5%、4.8%。\n")
    assert [one(fs, v).indicator for v in (3.5, 4.8)] == ["牛出栏", "羊出栏"]


def test_a_blank_entity_between_a_figure_and_its_unit_in_a_page():
    from taizhang.extract.pipeline import extract_text
    page = ('<html><head><title>某县2025年工作总结</title></head><body>\n'
            '<p><span>全县完成固定资产投资</span><font>18.4</font>&nbsp;亿元，接待游客<span>65</span>'
            '<span>&nbsp;</span><span>万人次</span>，新增就业<b>3200</b>&#160;人。</p>\n</body></html>\n')
    fs = extract_text(page, "t.html").facts
    assert one(fs, 18.4).unit == "亿元"
    assert one(fs, 65).unit == "万人次"
    assert one(fs, 3200).unit == "人"
    f = one(fs, 18.4)
    assert page[f.vstart:f.vend] == "18.4"


def test_loans_lamps_doses_trips_and_orders():
    fs = facts_of("某市2025年经济运行情况\n全年发放普惠贷款3.1万笔，新增路灯0.8万盏，接种疫苗42万剂，"
                  "快递业务量突破6000万单，货车通行95万辆次。全市设立3单元。\n")
    assert [(one(fs, v).unit, one(fs, v).measure) for v in (3.1, 0.8, 42, 6000, 95)] == [
        ("万笔", "count"), ("万盏", "count"), ("万剂", "count"), ("万单", "count"), ("万辆次", "count")]
    assert not [f for f in fs if f.value == 3]  # 单 alone is no unit
