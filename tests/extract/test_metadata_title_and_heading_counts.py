"""A notice's own title told again on the title row of the page's metadata block (索引号 / 发布机构 / 标题:… / 文号),
and a numbered heading closed by the count of the items its section lists (一、促进就业(3项)), state no figure: the
body's sentence (决定2025年实施30项民生实事) does.  A heading counting a class of projects (一、基础设施项目（12项）) and a
heading's amount in another unit stay.  Texts written for these tests."""
from __future__ import annotations

from factrun import facts_of

NOTICE = ("索引号:11420300MB1234567Y/2025-00456\n发布机构:青川市人民政府办公室\n生成日期:2025-02-21\n"
          "标  题:关于2025年实施30项民生实事的通知\n文号:青政办发〔2025〕7号\n"
          "关于2025年实施30项民生实事的通知\n各县(市、区)人民政府,市政府各部门:\n"
          "经市政府同意,决定2025年实施30项民生实事。现将有关事项通知如下:\n"
          "一、稳岗就业(3项)\n1.城镇新增就业4.8万人。\n"
          "(二)教育提质（5个）\n2.新建改扩建公办幼儿园9所。\n")


def _at(text: str, fs, word: str) -> list[float]:
    """The values of the facts on the line holding ``word``."""
    k = text.index(word)
    ls, le = text.rfind("\n", 0, k) + 1, text.find("\n", k)
    return [f.value for f in fs if ls <= f.vstart < le]


def test_the_title_row_of_a_metadata_block_states_no_figure():
    fs = facts_of(NOTICE)
    assert _at(NOTICE, fs, "标  题") == []
    assert _at(NOTICE, fs, "决定2025年") == [30]


def test_a_numbered_headings_count_of_its_items_is_no_figure():
    fs = facts_of(NOTICE)
    assert _at(NOTICE, fs, "稳岗就业") == [] and _at(NOTICE, fs, "教育提质") == []
    assert _at(NOTICE, fs, "城镇新增就业") == [4.8] and _at(NOTICE, fs, "幼儿园") == [9]


def test_a_heading_counting_projects_and_a_name_row_outside_a_metadata_block_stay():
    text = ("2025年青川市重点项目计划\n一、基础设施项目（12项）\n1.青川大道改造工程,总投资5.6亿元。\n"
            "项目情况\n名称:滨江公园二期,总投资2.3亿元。\n")
    fs = facts_of(text)
    assert _at(text, fs, "基础设施项目") == [12]
    assert _at(text, fs, "滨江公园") == [2.3]
