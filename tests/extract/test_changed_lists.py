"""A change from one list of values to another (由上年的22%、29%和49%调整为21%、28%和51%): each list's members are the
items named before 由, the start list of the change's start time (上年 → the year before), the end list of the text's
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of

COMMUNIQUE = ("岚溪县2021年国民经济和社会发展统计公报\n\n2021年,全县地区生产总值实现120亿元,比上年增长8%。"
              "三次产业结构由上年的22.1%、29.3%和48.6%调整为21.4%、28.2%和50.4%。\n")
CITY_REPORT = ("青川市2023年经济运行情况\n\n2023年,全市三次产业结构由2022年的9.6%、41.2%、49.2%调整为9.1%、40.5%、50.4%,"
               "城乡居民人均可支配收入分别由上年的4.1万元、1.9万元增加到4.3万元、2.0万元。\n")


def _read(text):
    return {f.value: (f.period, f.indicator) for f in facts_of(text)}


@pytest.mark.parametrize("text, value, period, indicator", [
    (COMMUNIQUE, 22.1, "2020", "第一产业结构"), (COMMUNIQUE, 29.3, "2020", "第二产业结构"),
    (COMMUNIQUE, 48.6, "2020", "第三产业结构"),
    (COMMUNIQUE, 21.4, "2021", "第一产业结构"), (COMMUNIQUE, 28.2, "2021", "第二产业结构"),
    (COMMUNIQUE, 50.4, "2021", "第三产业结构"),
    (CITY_REPORT, 9.6, "2022", "第一产业结构"), (CITY_REPORT, 49.2, "2022", "第三产业结构"),
    (CITY_REPORT, 9.1, "2023", "第一产业结构"), (CITY_REPORT, 50.4, "2023", "第三产业结构"),
    (CITY_REPORT, 4.1, "2022", "城镇居民人均可支配收入"), (CITY_REPORT, 1.9, "2022", "农村居民人均可支配收入"),
    (CITY_REPORT, 4.3, "2023", "城镇居民人均可支配收入"), (CITY_REPORT, 2.0, "2023", "农村居民人均可支配收入"),
])
def test_a_change_from_one_list_to_another(text, value, period, indicator):
    assert _read(text)[value] == (period, indicator)


@pytest.mark.parametrize("text, value, period", [
    # colon ratios (read as ratios already) and a 分别 list of incomes keep their readings
    ("岚溪县2021年统计公报\n\n2021年,三次产业结构由上年的22.1:29.3:48.6调整为21.4:28.2:50.4。\n", 48.6, "2020"),
    ("岚溪县2021年统计公报\n\n2021年,三次产业结构由上年的22.1:29.3:48.6调整为21.4:28.2:50.4。\n", 50.4, "2021"),
])
def test_other_changes_keep_their_times(text, value, period):
    assert _read(text)[value][0] == period
