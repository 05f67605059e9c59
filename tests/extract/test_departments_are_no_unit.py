"""部 after a figure opens 部门, 部委 or 部署 there (甲厅等十二部门, 乙委等9部委): the issuing bodies of a document are no
figure in 部, the unit of books or films (新购图书3200部); departments counted with 个 stay a count (sentences written
for these tests; bodies and figures invented)."""
from __future__ import annotations

from factrun import facts_of, one


def test_bodies_issuing_a_document_are_no_figure_in_bu():
    fs = facts_of("岚溪县教育局关于转发文件的通知\n根据省教育厅等十二部门《关于加强校外培训监管的意见》,经省发展改革委等9部委"
                  "同意,全县新购图书3200部,督查12个部门。\n")
    assert [(f.value, f.unit) for f in fs] == [(3200, "部"), (12, "个")]
    assert one(fs, 12).indicator == "督查部门"
