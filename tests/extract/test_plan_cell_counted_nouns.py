"""A plan cell of a progress table (序号 | 项目内容 | 当前进度) that counts things by a classifier and names them after it
(新增12个“百姓书房”, 完成…、15个乡镇应急分控中心、240个村居广播室建设) measures the noun after the classifier, as the
same words read in prose; a figure inside a remark in brackets (开工建设滨江海塘(北段海塘3.2公里)) is of what the
remark is on, the bracket left out of its name.  Every document here is invented (岚溪县 …)."""
from __future__ import annotations

from factrun import one
from taizhang.extract.pipeline import extract_text

_TEXT = ("岚溪县2025年民生实事进度表(截至10月31日)\n序号\t项目内容\t当前进度\t牵头单位\n"
         "1\t新增12个“百姓书房”。\t96%\t县文广局\n"
         "2\t完成县应急指挥中心、15个乡镇应急分控中心、240个村居广播室和510只高音喇叭建设。\t90%\t县文广局\n"
         "3\t开工建设滨江海塘(北段海塘3.2公里)。\t70%\t县水利局\n"
         "4\t新建成公办幼儿园4所,新增公办学位2400个。\t80%\t县教育局\n")


def test_plan_cells_name_the_noun_their_classifier_counts():
    fs = extract_text(_TEXT, "t.txt").facts
    assert one(fs, 12).indicator == "百姓书房"
    assert one(fs, 15).indicator == "乡镇应急分控中心"
    assert one(fs, 240).indicator == "村居广播室"
    assert one(fs, 3.2).indicator == "开工建设滨江海塘"
    assert (one(fs, 4).indicator, one(fs, 2400).indicator) == ("新建成公办幼儿园", "新增公办学位")
    assert all(f.kind == "target" for f in fs if f.unit != "%")
