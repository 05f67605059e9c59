"""继…投用后 opens a stage already passed that the sentence goes on from (继2022年一期投用后,2023年二期开工建设,…):
no yield projected once a work is built (建成后年产值可达…), so the figures reported after it (目前已完成投资…) stay
what they are.  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_figures_after_a_stage_followed_on_from_are_reported():
    fs = facts_of("柳岸市工业项目进展情况\n2024年8月20日\n"
                  "继2022年一期生产线投用后，2023年，二期技改项目开工建设，总投资约26亿元，目前已完成投资9亿元，"
                  "预计年底可全部完工。\n")
    f = one(fs, 9)
    assert (f.kind, f.estimated) == ("actual", False)
    assert one(fs, 26).estimated is False


def test_a_yield_once_built_is_still_projected():
    fs = facts_of("柳岸市工业项目进展情况\n2024年8月20日\n"
                  "二期技改项目总投资约26亿元，建成投产后可新增年产值40亿元。\n")
    f = one(fs, 40)
    assert (f.kind, f.estimated) == ("target", True)
