"""A cut-off written as one point (截至9月底) is no span of months: 分别 after it gives each item of a list its value
(…分别占比…), and does not make the point a list of months; the cut-off goes on timing the list the line introduces
(具体情况如下:).  A span of months followed by 每月…分别 still lists its months one by one, as before."""
from factrun import facts_of, one

NOTICE = ("乙州政府督查室关于重点督办事项推进情况的通报\n"
          "2026年10月18日\n\n"
          "今年以来，全州各责任单位认真落实督办要求，各项工作有序推进。州里下达督办事项76项，据统计，截至9月底，"
          "已办结事项57项、在办事项19项，分别占比75%、25%。具体情况如下：\n\n"
          "一是州直单位承担事项48项，已办结39项，在办9项。\n\n")


def test_items_under_an_intro_line_stand_at_its_cutoff_point_followed_by_a_list_spread():
    fs = facts_of(NOTICE)
    assert {v: one(fs, v).period for v in (39, 9)} == {39: "..2026-M09", 9: "..2026-M09"}


def test_the_cutoff_points_own_line_keeps_it():
    fs = facts_of(NOTICE)
    assert {v: one(fs, v).period for v in (57, 19)} == {57: "..2026-M09", 19: "..2026-M09"}
