"""A span of a day in 分钟 or 小时 is an amount once stated (为, 达) or reached by a cut (缩短至30分钟, 压缩到2小时以内),
and a cut's starting span (从原来的1小时缩短至…) is one too, both of the span named before the cut; 15分钟生活圈 names a
programme.  Sentences written for these tests."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text

REPORT = ("青岭市2025年交通建设情况\n\n2025年,全市通勤时间缩短至35分钟,企业开办时间压缩到3小时以内;"
          "青岭至东江快速路通车后,两地车程从原来的2小时缩短到45分钟。全市打造15分钟便民生活圈。\n")


def test_spans_of_time_cut_to_and_from_are_amounts_of_the_span_named():
    got = [(f.value, f.unit, f.measure, f.comparator, f.indicator) for f in extract_text(REPORT, "t.txt").facts
           if f.unit in ("分钟", "小时")]
    assert got == [(35, "分钟", "level", "=", "通勤时间"), (3, "小时", "level", "<=", "企业开办时间"),
                   (2, "小时", "level", "=", "两地车程"), (45, "分钟", "level", "=", "两地车程")]


def test_a_span_stated_by_a_copula_keeps_its_whole_unit():
    text = "青岭市2025年急救体系建设情况\n\n2025年,全市急救平均反应时间为11分钟。\n"
    f = next(f for f in extract_text(text, "t.txt").facts if f.value == 11)
    assert (f.unit, f.indicator) == ("分钟", "急救平均反应时间")
