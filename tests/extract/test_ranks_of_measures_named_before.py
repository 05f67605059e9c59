"""A rank that 均 states of several measures is the rank of every one of them, named by all of them:
- the measures coordinated in the rank's own clause (甲、乙、丙增速均居…): all of them, not the last item alone;
- the figures its sentence stated before, pointed at by a count or a word that names none of them (两个指标增幅均…,
  增速均…, 均… right after the figures): the last figures of one measure before the rank (the growths when the clause
  ranks by 增速 or 增幅), as many as the clause counts;
- names joined as statistics join them: two by 和, more by 、; the rate word once after them, then the scope and 排名.
Places coordinated before 均 stay the subjects' readers' matter, and a single figure names its rank as before.

Every sentence is written for these tests; the places are invented.
"""
from __future__ import annotations

from factrun import context_of, one

HEAD = "青禾县2025年前三季度经济运行简况\n"


def _rank(body: str, value):
    _, ex = context_of(HEAD + body + "\n")
    return one([f for f in ex.facts if f.measure == "rank"], value)


def test_two_figures_counted_by_the_rank_clause():
    f = _rank("前三季度，全县农业总产值增长4.6%，建筑业产值增长12.3%，这两个指标的增幅均位列全区第二位。", 2)
    assert f.indicator == "农业总产值和建筑业产值增幅全区排名"


def test_the_last_figures_as_many_as_counted():
    f = _rank("前三季度，全县工业用电量增长2.2%；旅游收入增长18.5%、外贸出口额增长7.7%、快递业务量增长25.1%，"
              "三项指标增速均位列全区第一位。", 1)
    assert f.indicator == "旅游收入、外贸出口额、快递业务量增速全区排名"


def test_rate_word_alone_ranks_the_growths_not_the_amounts():
    f = _rank("前三季度，全县服务业营业收入增长6.1%，民间投资完成21.4亿元、增长9.8%，增幅均位居全区第三。", 3)
    assert f.indicator == "服务业营业收入和民间投资增幅全区排名"


def test_counts_right_before_the_rank_and_a_part_named_with_its_whole():
    f = _rank("截至9月底，全县获证农产品262个，其中绿色食品141个、名特优新农产品37个，均居全区第5位。", 5)
    assert f.indicator == "获证农产品、绿色食品、名特优新农产品全区排名"


def test_measures_coordinated_in_the_rank_clause():
    f = _rank("前三季度，全县农业总产值、建筑业产值、旅游收入增速均位列全区第四位。", 4)
    assert f.indicator == "农业总产值、建筑业产值、旅游收入增速全区排名"
    f = _rank("前三季度，全县农业总产值、建筑业产值增速均位列全区第九位。", 9)
    assert f.indicator == "农业总产值和建筑业产值增速全区排名"


def test_places_coordinated_and_a_single_figure_are_left_as_they_were():
    f = _rank("前三季度，全县旅游收入增长18.5%，增速位列全区第六位。", 6)
    assert f.indicator == "旅游收入增速全区排名"
    f = _rank("前三季度，全县旅游收入完成9.2亿元、增长18.5%，均位列全区第七位。", 7)
    assert "和" not in f.indicator and "、" not in f.indicator
    f = _rank("前三季度，南坪镇、北坪镇均位列全县第八位。", 8)
    assert "南坪镇" not in f.indicator
