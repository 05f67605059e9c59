"""The page's date alone on its line under the headline (2024-01-05, 2024年1月5日) is no caption of the table right
below it: the rows' figures are named by the row and the column, never by the date.

Every text is invented for these tests.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_a_date_line_above_a_table_names_none_of_its_figures():
    fs = facts_of("某区民生实事完成情况\n2024-01-05\n\n序号\t指标\t计划数\t完成数\t完成率\n1\t新增城镇就业(人)\t3000\t3260\t108.7%\n"
                  "2\t农村劳动力转移(人)\t5000\t5320\t106.4%\n")
    for v in (3000, 3260, 5000, 5320):
        assert "2024" not in one(fs, v).indicator, v
    fs = facts_of("某县重点民生事项进度\n2024年7月8日\n\n项目\t任务数\t完成数\n新建5G基站(个)\t200\t130\n改造老旧小区(个)\t30\t18\n")
    for v in (200, 130, 30, 18):
        assert "2024" not in one(fs, v).indicator, v
