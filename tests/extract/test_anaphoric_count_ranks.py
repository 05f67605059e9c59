"""数量 written alone before a rank (…有省级园区7个,数量居全省第二) is the count just stated, as 总量 is the amount: what
is ranked is that count's noun and its 数量, never the bare word (sentences invented)."""
from factrun import facts_of, one


def test_a_count_then_its_number_ranked():
    fs = facts_of("岚溪县2025年工业园区建设情况\n全县共有7个园区获评省级循环化改造示范园区,数量居全省第二。\n")
    ind = one(fs, 2).indicator
    assert "示范园区数量" in ind and ind.endswith("排名"), ind


def test_a_count_then_its_number_ranked_with_another_verb():
    fs = facts_of("东坡县2025年重点项目情况\n全县列入省级重点项目31项,数量排全省第四位。\n")
    ind = one(fs, 4).indicator
    assert "省级重点项目数量" in ind, ind


def test_a_count_then_the_move_of_its_number():
    fs = facts_of("青川市2024年家庭农场发展情况\n全市共认定市级示范家庭农场143家,数量由全省第8位升至第2位。\n")
    for v in (8, 2):
        assert "家庭农场" in one(fs, v).indicator, one(fs, v).indicator
