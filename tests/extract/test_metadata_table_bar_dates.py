"""An open-government page prints its metadata as a table whose cells a bar sets apart (文号 | … | 成文日期: | 某日 |):
a document's own date label takes the cell after the bar as its value, and, as with a colon, the day it was made
public (公开日期, 发布日期) beats the day it was signed (成文日期)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def _date(text):
    return extract_text(text, "t.txt").doc.context.date


def test_public_date_across_a_bar_beats_the_signed_date():
    text = ("文件名称 | 甲县关于第三次专题会议议定事项办理情况的通报 | ||\n"
            "索引号 | jx-bgs/2023-0071 | 公开目录: | 督查通报 |\n"
            "文号 | 督查通报第五期 | 成文日期: | 2023年03月02日 |\n"
            "有效性 | 有效 | 公开日期: | 2023年03月06日 |\n"
            "近日,县政府督查室对议定事项办理情况开展了督查,现通报如下。\n"
            "议定事项共18件,已办结11件,占比61%。\n")
    d = _date(text)
    assert d.value == "2023-03-06" and d.evidence.source == "field"


def test_publishing_label_and_its_date_in_two_cells():
    text = ("乙街道上半年工作情况\n发布单位 | 乙街道 | 发布日期 | 2024-07-09 |\n"
            "今年以来,街道完成固定资产投资3.2亿元,同比增长8%。\n")
    d = _date(text)
    assert d.value == "2024-07-09" and d.evidence.source == "field"


def test_a_bare_time_column_of_a_table_is_no_document_date():
    text = ("丙镇项目推进表\n发布时间:2024-03-01\n序号 | 时间 | 事项\n1 | 2024年2月5日 | 召开推进会\n"
            "全镇共安排项目12个,完成投资1.5亿元。\n")
    d = _date(text)
    assert d.value == "2024-03-01"
