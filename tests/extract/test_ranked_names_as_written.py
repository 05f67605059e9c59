"""In a traditional-script page a name the gazetteer lacks is the text's own: a ranked body (甲發集團86.5分), a zone
ranked by its score (市開發區考評得分為98.84分) are the subjects of their figures, as a body reporting of itself
already was; every subject is written in simplified script (session 41: the golds write subjects so), a division the
gazetteer knows by the gazetteer's name (海州區 → 海州区).

Every text is written for these tests; 海州区 is real so that the gazetteer knows it.
"""
from __future__ import annotations

import pytest

from factrun import facts_of, one

NOTICE = ("2023年3月份市12345在線平臺績效考評情況通報\n"
          "市12345政府公共服務中心對市各成員單位進行綜合評價,現將績效考評有關情況通報如下:\n"
          "本月甲發集團86.5分、市水務局88.75分、乙奧燃氣88.82分排名靠後。\n"
          "2.各區、功能板塊:市開發區考評得分為98.84分。海州區考評得分為90.54分。\n")


@pytest.mark.parametrize("value,subject", [(86.5, "甲发集团"), (88.75, "市水务局"), (88.82, "乙奥燃气"),
                                           (98.84, "市开发区"), (90.54, "海州区")])
def test_a_ranked_name_the_gazetteer_lacks_is_its_subject_in_simplified_script(value, subject):
    assert one(facts_of(NOTICE), value).subject == subject
