"""What a communiqué table's rows and columns name (tables invented for these tests, in the forms statistical bulletins
print them):

- a change column that names no measure of its own (比上年增长(%), 增长(%)) is the change of the measure column just
  before it: 地区 | 地区生产总值(亿元) | 比上年增长(%) gives each place's GDP growth, never a measure called 比;
- a caption's tail 及其增长速度 / 及增长速度 / 及增速 says the table gives growths too, no part of the measure: the rows of
  主要工业产品产量及其增长速度 are 原煤产量, 水泥产量;
- the rows' kind a caption shares with the first column (对主要国家和地区…, rows of 国家和地区) is no part of the measure.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_a_growth_column_after_a_measure_of_places_is_that_measures_growth():
    fs = facts_of("青川市2025年国民经济和社会发展统计公报\n\n表2  2025年各县（市、区）地区生产总值\n"
                  "地区\t地区生产总值（亿元）\t比上年增长（%）\n东坡区\t620.5\t5.9\n仁寿县\t580.2\t6.1\n彭山区\t210.3\t5.2\n")
    g = one(fs, 6.1)
    assert g.measure == "growth" and g.subject == "仁寿县"
    assert g.indicator == "地区生产总值"
    assert one(fs, 5.2).indicator == "地区生产总值"


def test_each_measure_column_pairs_with_its_own_growth_column():
    fs = facts_of("岚山市2024年统计公报\n\n表3  2024年各县区主要指标\n"
                  "地区\t一般公共预算收入（亿元）\t增长（%）\t固定资产投资（亿元）\t增长（%）\n"
                  "东坡区\t30.2\t4.1\t210.6\t8.3\n青神县\t8.7\t2.2\t60.4\t6.6\n")
    assert one(fs, 4.1).indicator == "一般公共预算收入"
    assert one(fs, 8.3).indicator == "固定资产投资"
    assert one(fs, 6.6).indicator == "固定资产投资"


def test_a_growth_column_of_years_is_the_measures():
    fs = facts_of("岚山市统计公报\n\n表1  2021-2025年规模以上工业增加值及增长速度\n"
                  "年份\t工业增加值（亿元）\t比上年增长（%）\n2025\t912.5\t7.2\n2024\t851.3\t6.4\n")
    assert one(fs, 7.2).indicator == "工业增加值"


def test_a_caption_and_its_growths_tail_name_the_rows_measure():
    fs = facts_of("岚山市2025年国民经济和社会发展统计公报\n\n表4  2025年规模以上工业主要产品产量及其增长速度\n"
                  "产品名称\t单位\t产量\t比上年增长（%）\n原煤\t万吨\t1250.6\t3.2\n水泥\t万吨\t512.3\t5.8\n")
    assert one(fs, 1250.6).indicator == "原煤产量"
    assert one(fs, 5.8).indicator == "水泥产量"


def test_a_change_column_naming_its_own_measure_keeps_it():
    fs = facts_of("岚山市2025年统计公报\n\n表5  2025年对主要国家和地区出口额及增速\n"
                  "国家和地区\t出口额（亿元）\t出口比上年增长（%）\n东盟\t120.5\t8.2\n欧盟\t96.1\t3.5\n")
    assert one(fs, 8.2).indicator == "出口"
