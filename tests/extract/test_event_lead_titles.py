"""A page without a headline whose lead reports an event (…会议在某地开幕, …集中开工仪式在各县同步举行) is titled by the
event, without the place it was held in: a headline names what happened, the venue is the lead's detail.

Every text is invented for these tests.
"""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text


@pytest.mark.parametrize("text, title", [
    ("2月3日,岚溪市第九届人民代表大会第四次会议在市会展中心开幕。来自全市各条战线的代表出席会议。\n"
     "市长代表市人民政府向大会作政府工作报告。\n", "岚溪市第九届人民代表大会第四次会议开幕"),
    ("11月8日,甲省重点项目(第五批)集中开工仪式在全省各地同步举行。此次集中开工项目120个,总投资460亿元。\n",
     "甲省重点项目(第五批)集中开工仪式举行"),
    ("3月12日,乙县2024年第一季度重点项目观摩推进会在县行政中心召开。会议通报了各乡镇项目建设情况。\n",
     "乙县2024年第一季度重点项目观摩推进会召开"),
])
def test_an_event_leads_title_leaves_out_its_venue(text, title):
    r = extract_text(text, "t.txt").record
    assert (r.title, r.title_derived) == (title, True)
