"""A notice's addressee line names who reads it, also on a page that lost its line breaks: the line then opens right
after the notice's number (…〔2024〕12号各设区市人民政府,…) and ends at the indent of the first paragraph (…省政府有关
部门：　　为…).  A body named there (岚湖新区管委会, a zone the gazetteer lacks) is no issuer, so the document's place
stays the issuer's of the title.  Invented texts."""
from __future__ import annotations

import pytest

from factrun import context_of
from taizhang.extract.docregions import addressee_lines

RUN_ON = ("江西省人民政府办公厅关于进一步强化茶产业支持政策的通知赣府厅字〔2024〕12号各设区市人民政府，岚湖新区管委会，"
          "省政府有关部门：　　为加快茶产业发展，经省政府同意，现就有关事项通知如下。　　一、支持茶园建设。对新建标准化茶园，"
          "每亩补贴500元。\n")
RUN_ON_OPINION = ("四川省人民政府关于支持县域经济发展的若干意见川府发〔2023〕5号各市（州）人民政府，岚湖新区管委会，"
                  "省政府各部门、各直属机构：　　为推动县域经济高质量发展，现提出如下意见。　　一、对新认定的省级经济强县，"
                  "一次性奖励500万元。\n")


@pytest.mark.parametrize("text, place", [(RUN_ON, "江西省"), (RUN_ON_OPINION, "四川省")])
def test_a_zone_among_the_addressees_of_a_run_on_notice_is_no_issuer(text, place):
    ctx, _ = context_of(text)
    assert ctx.place is not None and ctx.place.name == place


def test_the_run_on_addressee_line_ends_at_the_first_paragraphs_indent():
    spans = addressee_lines(RUN_ON)
    assert len(spans) == 1
    a, b = spans[0]
    assert RUN_ON[a:b].strip("　 ").startswith("各设区市人民政府")
    assert RUN_ON[a:b].strip("　 ").endswith("省政府有关部门：")


def test_a_line_opening_with_each_is_still_read_as_before():
    text = "关于做好春耕生产工作的通知\n各乡镇人民政府，县直各单位：\n今年全县粮食播种面积稳定在50万亩以上。\n"
    spans = addressee_lines(text)
    assert [text[a:b].strip() for a, b in spans] == ["各乡镇人民政府，县直各单位："]
