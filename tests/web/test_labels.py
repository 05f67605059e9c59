"""The words for code values (taizhang.labels) and for audit actions: pure functions, no database."""
from __future__ import annotations

import datetime as dt

import pytest

from taizhang import labels as L


@pytest.mark.parametrize("period,kind,words", [
    ("..2025", "target", "2025年前"), ("..2025", "actual", "截至2025年"), ("each-year", "target", "每年"),
    ("2023-H1", "actual", "2023年上半年"), ("2023-H2", "actual", "2023年下半年"), ("?", "target", "未注明"),
    ("2023", "actual", "2023年"), ("2023-Q3", "actual", "2023年第三季度"), ("2023-M01..M05", "actual", "2023年1—5月"),
    ("..2023-M06", "actual", "截至2023年6月"), ("2023-M06", "actual", "2023年6月"), ("2021..2025", "target", "2021—2025年"),
    ("ongoing", "target", "长期坚持"), ("each-quarter", "target", "每季度"), ("", "target", ""),
    ("十四五", "target", "十四五"),  # not in the grammar: as written
])
def test_period_words(period, kind, words):
    assert L.period_label(period, kind) == words


def test_values_and_names():
    assert L.label("growth", "measure") == "增速"
    assert L.label("work_report", "doc_type") == "政府工作报告"
    assert L.label("no-such-code", "measure") == "no-such-code"
    assert L.comparator_value(">=", 6.0, "%") == "不低于6%"
    assert L.comparator_value("=", 5000.0, "亿元") == "5000亿元"
    assert L.number(4.50) == "4.5" and L.number(None) == ""


def test_times_are_local_chinese():
    utc = dt.datetime(2026, 12, 1, 17, 5, tzinfo=dt.timezone.utc)  # 01:05 the next day in Shanghai
    assert L.datetime_label(utc) == "2026年12月2日 01:05"
    assert L.datetime_label("2026-12-01T17:05:09+00:00", seconds=True) == "2026年12月2日 01:05:09"
    assert L.date_label(utc) == "2026年12月2日"
    assert L.date_label("2023-05-01") == "2023年5月1日" and L.date_label("2023-05") == "2023年5月"
    assert L.date_label("2023") == "2023年"  # a document dated by its year only
    assert L.date_label(dt.date(2025, 6, 30)) == "2025年6月30日"


def test_audit_actions_in_words():
    from taizhang.supervision import audit
    assert audit.action_label("finding:notice") == "通报问题并下发整改通知"
    assert audit.action_label("transition:交办") == "交办"
    assert audit.action_label("proposal:accept") == "采纳进展建议"
    assert audit.action_label("something:odd") == "记录变更"
    assert audit.action_label("延期生效") == "延期生效"
