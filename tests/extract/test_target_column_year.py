"""A table of the year's tasks under a caption of the months done (…1-10月重点民生实事落实情况: 考核指标 | 单位 | 工作目标 |
已完成数 | 占年任务之比): a target column's figure is the year's target, not the months'; the figures done are the
months' (SCHEMA: a target's period is when it is due).  A column naming its own time (一季度目标) keeps it.  Every
document here is invented (岚溪县 …)."""
from __future__ import annotations

from factrun import one
from taizhang.extract.pipeline import extract_text

_ROWS = [("序号", "考核指标", "单位", "工作目标", "已完成数", "占年任务之比", "责任单位"),
         ("1", "城镇新增就业", "万人", "3.1", "3.42", "110.3%", "县人社局"),
         ("2", "农村公路提质改造", "公里", "120", "131.5", "109.6%", "县交通局"),
         ("3", "农村适龄妇女免费检查", "人", "21000", "22316", "106.3%", "县妇联")]


def test_a_target_column_under_a_caption_of_months_is_the_years():
    text = "岚溪县2025年1-10月重点民生实事工作落实情况\n" + "\n".join("\t".join(r) for r in _ROWS) + "\n"
    fs = extract_text(text, "t.txt").facts
    assert [(one(fs, v).kind, one(fs, v).period) for v in (3.1, 120, 21000)] == [("target", "2025")] * 3
    assert [(one(fs, v).kind, one(fs, v).period) for v in (3.42, 131.5, 22316)] == [("actual", "2025-M01..M10")] * 3


def test_the_same_table_with_no_year_written():
    text = "岚溪县1-10月重点民生实事工作落实情况\n" + "\n".join("\t".join(r) for r in _ROWS) + "\n"
    fs = extract_text(text, "t.txt").facts
    assert one(fs, 120).period == "?"
    assert one(fs, 131.5).period == "?-M01..M10"
