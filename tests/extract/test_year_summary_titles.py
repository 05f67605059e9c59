"""A body's summary of a year's work that stands without a headline is titled 〈year〉年(度)工作总结: the year its own
formula names (现将…年度工作…汇报如下), else the year its first paragraph opens with when the opening looks back over the
whole year (一年来, 全年共…).  A model-text site's line introducing the text (…小编为大家整理的…) is no lead; an opening
that states the year's targets is no summary.

Every text is invented for these tests.
"""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text


def _title(text: str):
    r = extract_text(text, "t.txt").record
    return r.title, r.title_derived


@pytest.mark.parametrize("text, title", [
    # the formula names the year, the site's introducing line passed over
    ("以下是小编收集的某乡年度工作汇报范文,欢迎阅读。\n2034年以来,甲溪乡聚焦中心任务,稳步推进乡村建设。现将2034年度"
     "主要工作开展情况汇报如下:\n一、主要成效\n(一)产业发展有新进展\n", "2034年度工作总结"),
    # the first paragraph opens with the year and looks back over the whole of it
    ("2035年,综合科在局党委的带领下,认真履行服务保障职责,全年共起草材料64篇,组织会议31次,较好完成各项任务。\n"
     "同时,我们也清醒看到工作中还有短板。\n", "2035年工作总结"),
])
def test_a_year_summary_without_a_headline_is_titled_as_one(text, title):
    assert _title(text) == (title, True)


def test_an_opening_that_states_targets_is_no_summary():
    text = ("2036年,全乡力争达成的目标为:乡域产值增长6%,全年共新建村道12公里。\n"
            "为实现上述目标,重点抓好以下工作。\n")
    assert _title(text)[0] != "2036年工作总结"


def test_a_summary_with_a_headline_keeps_it():
    text = ("乙塘街道2035年工作总结和2036年工作思路\n2035年,乙塘街道在区委区政府的领导下,全年共办结民生事项410件。\n"
            "以下分述各项工作。\n")
    assert _title(text) == ("乙塘街道2035年工作总结和2036年工作思路", False)
