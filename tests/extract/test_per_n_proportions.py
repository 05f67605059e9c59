"""A proportion written as "of every N, M" (全国每出口5辆汽车就有1辆东川造) states no count of anything: neither number is a
figure; a count after 每年 with no 就有 after it stays one.  Sentences written for these tests."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def test_of_every_n_m_is_no_pair_of_counts():
    text = ("东川省2025年汽车产业发展情况\n\n2025年,全国每出口4辆汽车就有1辆东川造,"
            "每10名制造业从业人员中就有3名在汽车行业,全省每年新增汽车零部件企业120家。\n")
    got = [(f.value, f.unit) for f in extract_text(text, "t.txt").facts]
    assert got == [(120, "家")]
