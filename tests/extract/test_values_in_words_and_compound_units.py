"""Values and units the reader did not see: sums in words, casualties, classes, per-hundred densities, transformer
and peak power units, minus signs of every form (sentences written for these tests)."""
from __future__ import annotations

import pytest
from factrun import facts_of, one


@pytest.mark.parametrize("minus", ["\ufe63", "\u2212", "－", "-"])
def test_a_table_cell_drops_its_minus_sign_whatever_the_typesetter_wrote(minus):
    # a cell's value drops its sign, whatever the form; the small hyphen-minus (﹣) and the minus sign (−) are minus signs as - is
    text = ("青川市2025年主要经济指标\n指标\t绝对数\t比上年增长(%)\n"
            f"工业增加值(亿元)\t386.4\t{minus}2.7\n固定资产投资(亿元)\t512.9\t4.1\n")
    f = one(facts_of(text), 2.7)
    assert (f.value_unit, f.measure) == ("%", "growth")


def test_a_rate_per_mille_after_a_small_minus_reads_like_one_after_a_hyphen():
    fs = facts_of("东坡区2025年国民经济和社会发展统计公报\n全年出生率5.6‰,死亡率7.9‰,人口自然增长率为\ufe632.30‰。\n")
    f = one(fs, 2.3)
    assert (f.unit, f.measure, f.indicator) == ("‰", "share", "人口自然增长率")


@pytest.mark.parametrize("text, value, unit", [
    ("岚溪县2025年统计公报\n年末移动电话普及率达到118.6部/百人,比上年末提高2.1部/百人。\n", 118.6, "部/百人"),
    ("青川市卫生健康事业发展公报\n全市执业(助理)医师达到3.4人/千人,注册护士4.1人/千人。\n", 3.4, "人/千人"),
    ("东坡区新型基础设施建设情况\n截至6月底,全区5G基站密度达到26.5个/万人。\n", 26.5, "个/万人"),
])
def test_a_density_per_hundred_or_thousand_keeps_its_whole_unit(text, value, unit):
    assert one(facts_of(text), value).unit == unit


@pytest.mark.parametrize("text, value, unit", [
    ("岚溪县重点项目进展\n2025年5月,县城110千伏输变电工程投运,新增主变容量2万KVA。\n", 2, "万KVA"),
    ("青川市电网建设简况\n全年新增变电容量180MVA,配电变压器容量12.5万kVA。\n", 180, "MVA"),
    ("东坡区新能源项目开工\n2025年3月,渔光互补光伏电站开工,装机容量80MWp,总投资3.2亿元。\n", 80, "MWp"),
])
def test_a_transformers_apparent_power_and_a_solar_plants_peak_power_are_levels(text, value, unit):
    f = one(facts_of(text), value)
    assert (f.unit, f.measure) == (unit, "level")


@pytest.mark.parametrize("text, value, unit, comparator", [
    ("岚溪县冬季农民培训简报\n2024年12月18日\n今冬以来,全县组织农技培训三百余人次,发放资料两千余份。\n", 300, "人次", ">"),
    ("青川市2025年政府工作报告\n2025年1月10日\n今年,力争全市规上工业产值过两千亿元。\n", 2000, "亿元", ">"),
    ("东坡区安全生产月活动总结\n2024年6月28日\n6月份,全区开展应急演练二十三场次,排查隐患一百二十处。\n", 120, "处", "="),
])
def test_a_sum_written_in_words_with_a_place_is_a_figure(text, value, unit, comparator):
    f = one(facts_of(text), value)
    assert (f.unit, f.comparator) == (unit, comparator)


def test_a_sessions_ordinal_after_its_congress_is_no_count_of_meetings():
    fs = facts_of("青川市委召开全会\n2024年7月2日,中共青川市委九届十二次全会召开,会议学习贯彻省委十三届十一、十四次全会精神。"
                  "全年,全市新开工项目86个。\n")
    assert [f.value for f in fs] == [86]


@pytest.mark.parametrize("text, values", [
    ("岚溪县2024年8月安全生产情况通报\n8月,全县发生一起较大道路交通事故,死亡三人、受伤两人。\n", [(1, "起"), (3, "人"), (2, "人")]),
    ("青川市应急管理局通报\n2024年4月,某化工企业发生一起中毒事故,致两人死亡。\n", [(1, "起"), (2, "人")]),
])
def test_an_accident_and_its_casualties_in_words_are_a_notices_figures(text, values):
    fs = facts_of(text)
    assert sorted((f.value, f.unit) for f in fs) == sorted(values)
    assert all(f.measure == "count" for f in fs)


def test_yiqi_as_together_is_no_count():
    fs = facts_of("岚溪县2024年8月安全生产情况通报\n下面,我们一起来看看全县安全生产工作,一起研究事故防范措施。\n")
    assert fs == []


@pytest.mark.parametrize("text", [
    "青川市审计整改情况\n2024年9月5日\n此次审计发现问题涉及我市的共六类25个具体问题,均已整改。\n",
    "东坡区专项巡察反馈\n2024年9月5日\n巡察组梳理出三类12项问题,已全部移交。\n",
])
def test_the_classes_a_count_of_issues_is_sorted_into_are_counted(text):
    fs = facts_of(text)
    classes = [f for f in fs if f.unit == "类"]
    assert len(classes) == 1 and classes[0].measure == "count" and classes[0].value in (6, 3)
    assert len(fs) == 2


def test_guo_right_after_a_noun_passes_the_figure():
    fs = facts_of("岚溪县2025年工作要点\n2025年2月1日\n全年力争工业产值过800亿元,培育营业收入过10亿元企业3家。\n")
    f = one(fs, 800)
    assert f.comparator == ">" and f.indicator.endswith("工业产值")


@pytest.mark.parametrize("text, value, unit", [
    ("青川市2008年政府工作报告\n力争到2012年全市人均生产总值达到三万二千元。\n", 32000, "元"),
    ("东坡区农村经济简况\n全年农村居民人均可支配收入一万八千五百元,粮食产量达到二十一万四千吨。\n", 214000, "吨"),
])
def test_a_numeral_in_words_goes_on_after_its_wan(text, value, unit):
    # 三万二千元 is 32000 元: the part after 万 is no figure of its own
    fs = facts_of(text)
    assert one(fs, value).unit == unit
    assert not [f for f in fs if f.value in (2000, 8500, 4000)]


@pytest.mark.parametrize("text, value, indicator", [
    ("东坡区征迁工作简报\n2024年5月20日\n该项目仅用5天完成186户群众签约搬迁。\n", 5, "搬迁用时"),
    ("岚溪县优化营商环境情况\n2024年5月20日\n企业开办时间压缩至1天,工程建设项目审批时限压缩至30天。\n", 30, "审批时限"),
])
def test_the_days_a_deed_took_or_a_service_is_cut_to_are_figures(text, value, indicator):
    f = one(facts_of(text), value, "天")
    assert indicator in f.indicator


def test_days_framing_a_sentence_are_no_figures():
    fs = facts_of("岚溪县防汛工作简报\n2024年7月9日\n连续5天降雨期间,全县转移群众1200人,3天内完成排查。\n")
    assert [f.value for f in fs] == [1200]


@pytest.mark.parametrize("text, value", [
    ("岚溪县文化惠民工程进展\n2024年10月8日\n全县新建1个县级文化馆、两个乡镇综合文化站和15个村级文化室。\n", 2),
    ("东坡区表彰大会召开\n2024年12月8日\n会议表彰先进集体两个、先进个人25名。\n", 2),
])
def test_a_count_in_words_among_counts_in_figures_is_one_of_them(text, value):
    f = one(facts_of(text), value)
    assert (f.unit, f.measure) == ("个", "count")


def test_a_count_in_words_naming_a_programme_stays_none():
    fs = facts_of("岚溪县党建工作要点\n2024年10月8日\n坚决做到两个维护和全县新建村级服务站12个。\n")
    assert [f.value for f in fs] == [12]


@pytest.mark.parametrize("text, values", [
    ("岚溪县新型储能项目开工\n2025年4月2日\n项目建设规模100MW/200MWh,总投资3.6亿元。\n", [(100, "MW"), (200, "MWh")]),
    ("青川市抽水蓄能电站签约\n2025年4月2日\n电站装机120万千瓦/720万千瓦时,计划2029年投产。\n", [(120, "万千瓦"), (720, "万千瓦时")]),
])
def test_a_storage_plants_power_and_energy_across_a_slash_are_two_figures(text, values):
    fs = facts_of(text)
    for v, u in values:
        f = one(fs, v, u)
        assert f.measure == "level" and "/" not in f.indicator


def test_a_rates_denominator_across_a_slash_is_no_figure_of_its_own():
    fs = facts_of("东坡区亩均效益评价\n2025年4月2日\n全区规上工业亩均税收达到32.5万元/亩。\n")
    assert [(f.value, f.unit) for f in fs] == [(32.5, "万元/亩")]


@pytest.mark.parametrize("text, value, kind", [
    ("东坡区新能源项目开工\n2025年3月8日\n农光互补电站装机容量8万千瓦,设计年发电利用1450小时。\n", 1450, "target"),
    ("岚溪县2024年能源运行简况\n全县风电年利用小时数为2260小时,比上年增加85小时。\n", 2260, "actual"),
])
def test_a_plants_hours_of_full_use_are_its_figure(text, value, kind):
    f = one(facts_of(text), value, "小时")
    assert (f.kind, f.measure) == (kind, "level")
