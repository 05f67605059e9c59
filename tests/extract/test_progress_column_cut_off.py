"""A progress table under a caption stating its cut-off (…进度表(截至9月30日)): the cells of a column naming how far
each row got (当前进度) are as of the cut-off, not of the year; a column of the planned pace (计划进度) is no progress
done.  Every text here is invented for these tests (the places and figures too)."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    ("岚溪县2024年民生实事项目进度表(截至9月30日)\n序号\t项目内容\t当前进度\t牵头单位\n"
     "1\t新建幼儿园3所。\t85%\t县教育局\n2\t改造农村公路40公里。\t92%\t县交通局\n3\t建成村级养老服务站12个。\t60%\t县民政局\n",
     {3: "2024", 85: "..2024-M09", 92: "..2024-M09", 60: "..2024-M09"}),
    ("青石区2023年重点工作推进表(截至6月30日)\n序号\t工作内容\t完成进度\t责任单位\n"
     "1\t新增城市绿地20公顷\t55%\t区住建局\n2\t新建停车泊位800个\t48%\t区城管局\n",
     {55: "..2023-M06", 48: "..2023-M06"}),
])
def test_a_progress_columns_cells_are_as_of_the_cut_off(text, values):
    assert periods_of(text, values) == values


def test_a_column_of_the_planned_pace_is_no_progress():
    text = ("北塘县2024年民生实事项目进度表(截至9月30日)\n序号\t项目内容\t计划进度\t牵头单位\n"
            "1\t新建幼儿园3所。\t75%\t县教育局\n2\t改造农村公路42公里。\t70%\t县交通局\n")
    assert periods_of(text, {75: None, 70: None}) == {75: "2024", 70: "2024"}
