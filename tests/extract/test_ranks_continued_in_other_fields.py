"""A rank followed by ranks whose clauses name only another field they stand in (增速居全省第十一、苏北第三 / 产值总量列
全市第19位、西部片区第6位、沿江五县第2位) ranks the same measure in each field: the basis of the first rank and the field as
written (工业投资增速苏北排名), never the field taken for the measure (苏北增速全省排名).  A clause naming a measure of its
own (绿色发展第5) or a time (第二季度第三) is no field.  Sentences written for these tests."""
from __future__ import annotations

from factrun import facts_of, one

HEAD = "甲县经济运行情况通报\n发布时间:2023-08-02\n"


def test_a_second_field_after_a_pause_mark():
    fs = facts_of(HEAD + "上半年,全县工业投资同比增长7.4%,增速居全省第十一、苏北第三。\n")
    assert one(fs, 11).indicator == "工业投资增速全省排名"
    assert one(fs, 3).indicator == "工业投资增速苏北排名"


def test_a_chain_of_fields_after_the_first_rank():
    fs = facts_of(HEAD + "全县规上工业产值总量列全市第19位、西部片区第6位、沿江五县第2位。\n")
    assert one(fs, 6, "位").indicator.endswith("总量西部片区排名")
    assert one(fs, 2, "位").indicator.endswith("总量沿江五县排名")


def test_a_clause_naming_a_measure_is_no_field():
    fs = facts_of(HEAD + "全县县域经济综合实力居全省第4、绿色发展第6。\n")
    assert one(fs, 6).indicator.startswith("绿色发展")
