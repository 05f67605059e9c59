"""An output or a sale counted in its pieces (汽车产量达310万辆, 汽车生产120万辆) is an amount made, a level; each rate of a
分别 list is of the measure its own name states (价格涨幅 a growth, 失业率 and 自然增长率 shares), a bound written
after the last (以内) and before the first (控制在) holding for all; 35%以上增长 is a growth; the sites a visit to learn
went to (观摩了甲园、乙园等5个项目) are no figure.  Sentences written for these tests."""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.pipeline import extract_text

STATS = "东川省2025年工业经济运行简况\n\n2025年,全省汽车产量达310万辆,新能源汽车生产42.6万辆,规模以上汽车企业128家。\n"
PLAN = ("东川省2026年政府工作报告\n\n2026年经济社会发展主要预期目标是:居民消费价格涨幅、城镇调查失业率、人口自然增长率"
        "分别控制在3%、5.5%、4‰以内;新能源汽车产量保持25%以上增长。\n")


def test_an_output_counted_in_pieces_is_a_level():
    got = {f.value: f.measure for f in extract_text(STATS, "t.txt").facts}
    assert got[310] == "level" and got[42.6] == "level"
    assert got[128] == "count"  # the firms that stand: a number of things


def test_each_rate_of_a_spread_list_is_of_its_own_names_measure_under_one_bound():
    fs = [f for f in extract_text(PLAN, "t.txt").facts if f.value in (3, 5.5, 4)]
    assert [(f.value, f.measure, f.comparator) for f in fs] == [(3, "growth", "<="), (5.5, "share", "<="),
                                                                  (4, "share", "<=")]


def test_a_rate_above_a_bound_before_growth_is_a_growth():
    f = next(f for f in extract_text(PLAN, "t.txt").facts if f.value == 25)
    assert (f.measure, f.comparator) == ("growth", ">=")


def test_the_sites_of_a_visit_to_learn_are_no_figure_an_inspections_are():
    text = ("东川省重点项目观摩活动综述\n\n2025年10月,与会人员集中观摩了北岭产业园、西湖物流园、南山数据中心等9个项目。"
            "督查组实地检查了东港码头、北岭产业园等15个项目,发现问题23个。\n")
    got = [f.value for f in extract_text(text, "t.txt").facts]
    assert 9 not in got
    assert 15 in got and 23 in got


def test_a_remark_in_brackets_between_the_verb_and_its_rate_keeps_the_growth():
    # a county's half-year release, a city's quarter release, a province's bulletin: the remark (下同, 按可比价格计算,
    # 现价) says how the figure is read; the verb before it states the measure
    fs = facts_of("白水县2024年1-6月工业经济运行情况\n"
                  "1-6月，全县规上工业增加值同比增长（下同）7.2%，其中装备制造业增长9.1%。\n")
    assert one(fs, 7.2).measure == "growth"
    fs = facts_of("南川市2023年一季度经济运行情况\n"
                  "一季度，全市地区生产总值286亿元，增长(按可比价格计算)6.1%；社会消费品零售总额增长(现价)8.4%。\n")
    assert (one(fs, 6.1).measure, one(fs, 8.4).measure) == ("growth", "growth")
    fs = facts_of("东岭县2023年1-9月经济运行情况\n1-9月，全县规上工业企业产品销售率（下同）96.5%。\n")
    assert one(fs, 96.5).measure == "share"  # (a standing rate stays a share)
