"""A county-level city acting at a clause's head in a notice's body (今年上半年,临江市对政府投资项目开展督查,…) is the
subject of the figures its sentence states, and a count of what lags in the span checked (共有9个项目未按序时进度完成,
完成投资3.2亿元) is of that span, no year's list (sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one

CHECKED = ("关于政府投资项目推进情况的督查通报\n今年上半年,临江市对政府投资项目开展督查,发现12名责任人履职不力,"
           "导致临江上半年共有9个项目未按序时进度完成,完成投资3.2亿元。\n")
INSPECTED = "关于重点项目建设督查情况的通报\n2024年7月8日\n今年上半年,青州市组织专项督查,共督查项目45个,发现问题18个。\n"


@pytest.mark.parametrize("text, value, subject, period", [
    (CHECKED, 12, "临江市", "?-H1"), (CHECKED, 9, "临江市", "?-H1"), (CHECKED, 3.2, "临江市", "?-H1"),
    (INSPECTED, 45, "青州市", "2024-H1"), (INSPECTED, 18, "青州市", "2024-H1"),
])
def test_a_place_acting_in_a_notices_body_is_its_figures_subject(text, value, subject, period):
    f = one(facts_of(text), value)
    assert (f.subject, f.period) == (subject, period)


def test_a_city_word_inside_another_word_is_no_place():
    f = one(facts_of("岚溪县招商引资情况\n2024年7月8日\n全县与沿海城市对接项目12个。\n"), 12)
    assert f.subject == "岚溪县"
