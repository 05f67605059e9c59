"""过去一年 / 一年来 in a text that looks back on its own year (a work report headed 2019年…政府工作报告 that says
2019年,是…的一年 or 即将过去的2019年) are that year, not the one before; a report given in January that reviews the
year before keeps it (sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text, values, period", [
    ("2019年青川县政府工作报告\n各位代表:\n2019年,是我县发展极不平凡的一年。预计到年末,全县地区生产总值增长6%。\n"
     "过去一年,全县新增城镇就业3200人,城镇居民人均可支配收入增长7.5%。\n", (3200, 7.5), "2019"),
    ("岚溪县2021年政府工作报告\n各位代表:\n即将过去的2021年,我们砥砺前行。一年来,全县实施重点项目86个,完成投资120亿元。\n",
     (86, 120), "2021"),
    # a January report reviewing the year before
    ("青河县政府工作报告\n2022年1月10日在青河县第十八届人民代表大会第一次会议上\n各位代表:\n过去一年,全县地区生产总值增长6%,"
     "规上工业增加值增长9%。2022年是实施十四五规划承上启下的关键之年。\n", (6, 9), "2021"),
])
def test_the_past_year_of_a_text_that_reviews_its_own_year(text, values, period):
    assert set(periods_of(text, values).values()) == {period}
