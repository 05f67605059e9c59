"""Phrases of official writing that read like a work's name and a stage but name no works.

线上线下 (online and offline) is an idiom of services and campaigns: the 线 in it is no line's head, and the 上线 inside
it no line opened to service.  A line of a rail system that does open (甲地铁2号线开通运营) stays a work.

Every sentence here is invented (岚溪, 北岸, 西岭 … are fictitious places).
"""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def run(text: str, doc_type: str = "news", title: str = ""):
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title=title, doc_type=doc_type, regions=[])
    return {p.mention: p for p in projects.extract(doc, record)}


@pytest.mark.parametrize("text, doc_type", [
    ("全年岚溪市组织线上线下招聘活动320余场,发布岗位4.2万个。", "news"),
    ("各县(市、区)要通过线上线下多种方式公布举报投诉渠道。(责任单位:市人力资源社会保障局)", "notice"),
    ("利用好线上线下宣传渠道,加强与主流媒体的合作。", "plan"),
    ("西岭镇畅通线上线下办事通道,推行预约办、邮递办。", "work_report"),
    ("鼓励培训机构采取线下线上相结合的方式开展技能培训。", "notice"),
    ("北岸省大力推动线上线下融合消费,全年新增网络零售额12亿元。", "work_report"),
])
def test_online_and_offline_is_no_line(text, doc_type):
    m = run(text, doc_type)
    assert not any(k.endswith("线") for k in m), m


def test_a_rail_line_opened_stays_a_work():
    m = run("今年6月,岚溪地铁2号线开通运营,全长18公里。")
    assert m["岚溪地铁2号线"].stage == "operating"
