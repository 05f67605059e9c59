"""A project event's batch (一季度集中开工 held on a day, dated by the day's month: the lead's ruling of session 41) is broken down on the lines after it:
its classes, what each is worth and each place's share hold in the batch's time, also across the blank lines a news
page sets between paragraphs, after a line that only comments on the batch, and for a list's later places written
without the noun.  Every text here is invented for these tests (the places and figures too)."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    # a comment line on the batch (此次集中开工项目,…) between the batch and its classes, blank lines between paragraphs
    ("11月20日,甲省举行第四季度重大项目集中开工活动,共开工重大项目260个、总投资1900亿元。\n\n"
     "  此次集中开工项目,产业项目占比高,带动性强。基础设施项目60个、总投资520亿元,产业项目150个、总投资1100亿元。\n",
     {60: "?-M11", 520: "?", 150: "?-M11", 1100: "?"}),
    # a breakdown paragraph after a blank line; the next paragraph's sizes and the places' shares of the batch
    ("3月21日,乙省举行2024年一季度重大项目集中开工动员大会。\n\n"
     "  本次集中开工的新项目共1500个,总投资超过4000亿元。\n\n"
     "  从投资规模看,亿元以上项目620个,总投资3900亿元;10亿元以上项目70个,总投资2500亿元。\n\n"
     "  从地区分布看,丙市新开工项目230个,丁市210个,戊市120个。\n",
     {620: "2024-M03", 3900: "2024", 70: "2024-M03", 2500: "2024", 230: "2024-M03", 210: "2024-M03",
      120: "2024-M03"}),
    # a class's worth after a sub-list opened by 其中: (the class counted in the batch's time)
    ("3月18日,某省举行一季度重大项目集中开工活动,共开工项目300个,总投资1500亿元。\n"
     "从类别看,产业项目180个,总投资900亿元。其中:制造业项目120个,总投资600亿元;服务业项目60个,总投资280亿元。\n",
     {600: "?", 280: "?"}),
])
def test_a_batchs_breakdown_holds_in_the_batchs_time(text, values):
    # (the counts in the batch's time; the classes' 总投资 of its year: the lead's ruling of session 41)
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # a batch of a one-day event named by its order (第二批): the day's month, as its classes on later lines
    ("6月8日,乙县举行2023年第二批重大项目集中开工仪式。\n\n  此次集中开工项目,体量大、带动强。\n\n"
     "  工业项目12个、总投资36亿元,基础设施项目8个、总投资20亿元。\n",
     {12: "2023-M06", 36: "2023", 8: "2023-M06", 20: "2023"}),
])
def test_a_batch_of_the_day_keeps_its_month(text, values):
    assert periods_of(text, values) == values


def test_the_paragraph_before_is_found_past_blank_lines():
    from taizhang.extract.scope import _para_before
    from taizhang.extract.segment import Layout
    text = "甲县集中开工项目30个。\n\n  \n  工业项目18个。\n"
    layout = Layout(text)
    ps = text.index("  工业")
    assert _para_before(text, layout, ps) == 0
    assert _para_before(text, layout, 0) == 0
