"""Places spread by 分别 over their scores and their ranks (甲镇、乙镇分别以96.5分、95.2分位列第一、二名): each place
holds its own score and its own rank, as 分别 spreads values over names; a band the places share (位列前两名) is one
figure, the first place's (places sharing one figure), and each keeps its score.  Ranks written each with its 第 and
no 名 (位列全省第二、第三) spread alike, and so do names each written with its own figure before the ranks or band
(甲村以88.35分、乙村以87.9分位列全镇前两位 / 甲市10.3%、乙市9.8%位列全省第二、三位).  A county's meeting that deliberates (某县县委书记办公会研究部署…) opens a clause:
its figures are the county's, no project's (sentences invented; the places are real so that the gazetteer knows
them)."""
import pytest

from factrun import facts_of, one

TOWNS = ("潜山市2024年度乡镇综合考核结果通报\n2024年度综合考核中,源潭镇、余井镇分别以95.8分、94.6分位列第一、二名。\n")
BAND = ("潜山市2024年度乡镇综合考核结果通报\n2024年度综合考核中,源潭镇、余井镇分别以95.8分、94.6分位列前两名。\n")
COUNTIES = ("安徽省2024年上半年县域经济运行情况\n上半年,肥西县、长丰县分别以9.6%、8.7%的增速位列全省第二、第三。\n")
VALUED = ("竹溪县中峰镇2024年人居环境考评结果\n考评结果如下:甘家岭村以88.35分、双竹村以87.9分位列全镇前两位。\n")
VALUED_RATES = ("湖北省2024年上半年县域经济运行情况\n上半年,大冶市10.3%、汉川市9.8%位列全省第二、三位。\n")
MEETING = ("2023年第6次县委书记办公会\n太湖县县委书记办公会研究部署重点项目建设,全年计划实施项目96个,总投资210亿元。\n")


@pytest.mark.parametrize("text, value, subject", [
    (TOWNS, 95.8, "源潭镇"), (TOWNS, 94.6, "余井镇"),  # each its score
    (BAND, 95.8, "源潭镇"), (BAND, 94.6, "余井镇"),
    (VALUED, 88.35, "甘家岭村"), (VALUED, 87.9, "双竹村"),  # each name written with its own score
    (MEETING, 96, "太湖县"), (MEETING, 210, "太湖县"),  # the county's plan, no meeting's project
])
def test_each_place_holds_its_own_figure(text, value, subject):
    assert one(facts_of(text), value).subject == subject


@pytest.mark.parametrize("text, ranks", [
    (TOWNS, {1: "源潭镇", 2: "余井镇"}),
    (BAND, {2: "源潭镇"}),  # the band shared: one figure, the first place's
    (COUNTIES, {2: "肥西县", 3: "长丰县"}),
    (VALUED, {2: "甘家岭村"}), (VALUED_RATES, {2: "大冶市", 3: "汉川市"}),  # names each with its figure, then the ranks
])
def test_each_place_holds_its_own_rank(text, ranks):
    got = {f.value: f.subject for f in facts_of(text) if f.measure == "rank"}
    assert got == ranks


def test_a_remark_between_a_lists_head_and_its_colon_leaves_the_head():
    # 排名如下(分数构成:…):甲镇89.21分、…: the bracket's own colon and figures are no part of the list's head
    fs = facts_of("集美区2023年第二轮村容村貌考评情况的通报\n总平均成绩排名如下(分数构成:现场分80%+整改反馈分20%):"
                  "灌口镇89.21分、后溪镇88.75分、杏林街道88.02分。\n")
    for v, place in ((89.21, "灌口镇"), (88.75, "后溪镇"), (88.02, "杏林街道")):
        assert (one(fs, v).subject, one(fs, v).indicator) == (place, "总平均成绩")
