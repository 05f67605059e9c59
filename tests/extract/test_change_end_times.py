"""The times written as the ends of a change done (从“十二五”末的A、B增加到C、D / 从2011年的A提高到2016年的B): the
start's time, written once after 从, dates every start value it lists; a year's end written after 到 is that year,
no deadline, for a figure reported; and such a time dates its own change, never a change after it.  Every text here
is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import periods_of

REVIEW = ("甲州市政府工作报告\n——2021年2月3日在甲州市第七届人民代表大会第四次会议上\n一、过去五年回顾\n"
          "五年来,甲州各项事业稳步向前。两类居民的年人均收入分别从“十二五”末21300元、7120元增加到33050元、12480元,"
          "年均增长7.8%、9.6%。户籍人口城镇化率从41.5%提升到52%。\n")


def test_the_start_time_after_from_dates_every_start_value_and_the_span_the_next_change():
    assert periods_of(REVIEW, [21300, 7120, 33050, 12480, 41.5, 52]) == {
        21300: "2015", 7120: "2015", 33050: "2020", 12480: "2020", 41.5: "2015", 52: "2020"}


@pytest.mark.parametrize("text,values", [
    # a plan's news looking back: the change's end named by 到 and its year
    ("乙市召开新闻发布会\n2017年1月9日\n五年来,乙市地区生产总值从2011年3120亿元预计提高到2016年4480亿元,年均增长7.6%。\n",
     {3120: "2011", 4480: "2016"}),
    # …by 至 and the year's end
    ("丙县经济发展综述\n2019年3月2日\n近年来,丙县财政收入由2015年底的6.2亿元增加至2018年底的9.4亿元。\n",
     {6.2: "2015", 9.4: "2018"}),
])
def test_a_year_after_to_is_the_year_of_a_reported_change(text, values):
    assert periods_of(text, values) == values
