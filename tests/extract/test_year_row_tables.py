"""Tables whose rows are years (tables invented for these tests, in the forms bulletins and yearbooks print them):

- a row headed by its year (年份 | 地区生产总值(亿元) | 增速(%) / 2021年 | 1702.4 | 7.2) gives the period of its cells,
  not whom they are about: the subject stays the document's place (or the caption's);
- under a first column named 年份 / 年度 / 年, a bare year (2019 | 1500.2) heads its row and is no figure;
- the last year row of such a table is no time of a table after it that names none (各县区 table under a 2023 bulletin).
"""
from __future__ import annotations

from factrun import facts_of, one


def test_a_row_headed_by_its_year_is_the_places_in_that_year():
    fs = facts_of("株洲市2023年国民经济和社会发展统计公报\n\n表1  2019—2023年地区生产总值及增速\n"
                  "| 年份 | 地区生产总值(亿元) | 增速(%) |\n|---|---|---|\n| 2019年 | 1500.2 | 5.3 |\n"
                  "| 2020年 | 1580.6 | 3.1 |\n| 2021年 | 1702.4 | 7.2 |\n")
    f = one(fs, 1580.6)
    assert f.subject == "株洲市" and f.period == "2020" and f.indicator == "地区生产总值"
    g = one(fs, 7.2)
    assert g.subject == "株洲市" and g.period == "2021" and g.measure == "growth"


def test_a_bare_year_under_a_year_column_heads_its_row_and_is_no_figure():
    fs = facts_of("攸县统计年鉴2024\n\n3-1 地区生产总值\n单位:亿元\n\n"
                  "年 份\t地区生产总值\t第一产业\t第二产业\n2021\t210.4\t30.1\t90.2\n2022\t222.8\t31.5\t95.7\n")
    assert not [f for f in fs if f.value in (2021, 2022)]
    f = one(fs, 95.7)
    assert f.period == "2022" and f.subject == "攸县" and f.indicator == "第二产业"
    assert one(fs, 210.4).period == "2021"


def test_a_tables_last_year_row_is_no_time_of_the_table_after_it():
    fs = facts_of("株洲市2023年国民经济和社会发展统计公报\n\n表1  2019—2023年地区生产总值\n"
                  "| 年份 | 地区生产总值(亿元) | 增速(%) |\n|---|---|---|\n| 2020年 | 1580.6 | 3.1 |\n"
                  "| 2021年 | 1702.4 | 7.2 |\n\n"
                  "表2  各县(市、区)主要经济指标\n\n| 排名 | 县(市、区) | 地区生产总值(亿元) | 增速(%) |\n|---|---|---|---|\n"
                  "| 1 | 攸县 | 300.5 | 6.1 |\n| 2 | 茶陵县 | 280.3 | 5.8 |\n")
    f = one(fs, 300.5)
    assert f.subject == "攸县" and f.period == "2023"
    assert one(fs, 5.8).period == "2023"


def test_rows_of_places_keep_their_place():
    fs = facts_of("醴陵市2023年1-6月经济运行简况\n\n各镇(街道)规模工业增加值\n"
                  "| 镇(街道) | 增加值(亿元) | 增速(%) |\n|---|---|---|\n| 浦口镇 | 12.5 | 6.3 |\n| 白兔潭镇 | 8.2 | 4.9 |\n")
    assert one(fs, 12.5).subject == "浦口镇"
