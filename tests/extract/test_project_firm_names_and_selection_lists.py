"""A work named after the firm that builds it, and the works of a selection list (session 32's brief, forms 2 and 3):

- a company-prefixed name is the whole name, the company included: the firm's words that are stop words elsewhere
  (城市建设发展, 投资开发, 和顺, 工程有限公司) are the firm's, and a name holding a firm's may run longer than
  other names (甲竹木有限公司年产…300万平方米项目); cut there, what was left named no one (有限公司年产…项目);
- works put on a list of key projects (列入/纳入 省重点(建设)项目, 名单, 重大项目) are planned, also when the clause
  before a colon only opens the members (…列入省重点项目,分别是:A、B), when the members follow the class's clause
  after a comma (…,分别是A、B、C) and when a sentence of their own names them by the count the sentence before gave
  (14个项目列入省重点项目。⏎14个项目分别是A、B); a clause after the listing that reports the works made (均已建成投产)
  still says where they stand.

Every sentence here is written for the test (fictitious places and firms 岚溪, 青川, 白河, 柳岸, 石屏, 雾溪, 青峰); none
is corpus text.
"""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def found(text: str) -> dict[str, str]:
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type="news", regions=[])
    return {p.mention: p.stage for p in projects.extract(doc, record)}


@pytest.mark.parametrize("text, name", [
    # a start-up news item: a municipal firm whose name holds 建设 and 发展
    ("今年新开工岚溪城市建设发展有限公司年产10万吨锂电池负极材料项目。",
     "岚溪城市建设发展有限公司年产10万吨锂电池负极材料项目"),
    # a firm whose brand holds the joint 和
    ("今年新开工青川和顺食品有限公司年产2万吨预制菜加工项目。", "青川和顺食品有限公司年产2万吨预制菜加工项目"),
    # a county's progress news: an investment firm's park
    ("石屏县重点推进岚溪白河投资开发有限公司综合物流园项目建设。", "岚溪白河投资开发有限公司综合物流园项目"),
    # a signing: a group whose name holds 建设 and 投资
    ("柳岸县签约落地雾溪交通建设投资集团有限公司智慧停车场项目。", "雾溪交通建设投资集团有限公司智慧停车场项目"),
    # an engineering firm: 工程有 is no class's "there are" inside 工程有限公司
    ("今年开工青川路桥工程有限公司沥青搅拌站项目。", "青川路桥工程有限公司沥青搅拌站项目"),
    # a name longer than any other name's window, a firm's and its products'
    ("岚溪县今年开工青峰竹木有限公司年产加工竹筷3亿双竹砧板300万平方米竹地板50万平方米项目。",
     "青峰竹木有限公司年产加工竹筷3亿双竹砧板300万平方米竹地板50万平方米项目"),
])
def test_a_firms_name_is_the_works_name(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text, names", [
    # the verb of the clause before a firm's name stays the clause's (加快发展)
    ("加快发展青峰集团年产30万吨特种钢项目。", ["青峰集团年产30万吨特种钢项目"]),
    # a joint after a work's head joins two works, no firm's name
    ("加快建设白河物流园和青川集团总部项目。", ["白河物流园", "青川集团总部项目"]),
])
def test_the_clauses_own_words_stay_out_of_a_firms_name(text, names):
    assert sorted(found(text)) == sorted(names)


@pytest.mark.parametrize("text, names", [
    # a county's news: what was put on the province's list, after 的有 and a colon
    ("今年岚溪县列入省重点建设项目的有：白河光伏电站项目、青川二中迁建工程、柳岸大道改造工程。",
     ["白河光伏电站项目", "青川二中迁建工程", "柳岸大道改造工程"]),
    # a list opened by 分别是 and a colon in a clause of its own
    ("岚溪县5个项目列入省重点建设项目，分别是：青川二中迁建工程、白河香菇市场迁建项目、华能柳岸风电场项目。",
     ["青川二中迁建工程", "白河香菇市场迁建项目", "华能柳岸风电场项目"]),
    # 纳入 a city's list of key works, the members after 的有 without a colon
    ("今年纳入市级重点工程的有白河光伏电站项目、青川二中迁建工程等。", ["白河光伏电站项目", "青川二中迁建工程"]),
    # the members after a comma and 分别是, firms' works among them
    ("我县共3个项目列入省重点建设项目,分别是石屏二中迁建工程、青峰竹木有限公司年产6万立方米复合板项目、"
     "雾溪菌菇有限公司食用菌加工项目。",
     ["石屏二中迁建工程", "青峰竹木有限公司年产6万立方米复合板项目", "雾溪菌菇有限公司食用菌加工项目"]),
])
def test_works_put_on_a_list_of_key_projects_are_planned(text, names):
    got = found(text)
    assert {n: got.get(n) for n in names} == {n: "planned" for n in names}


def test_members_named_by_the_count_a_sentence_before_gave():
    text = ("岚溪县共3个项目列入省重点建设项目，项目总投资约12亿元。\n"
            "3个项目分别是白河光伏电站项目、青川物流园项目、华能柳岸风电场项目。")
    assert found(text) == {"白河光伏电站项目": "planned", "青川物流园项目": "planned", "华能柳岸风电场项目": "planned"}


def test_the_count_of_another_class_is_no_such_count():
    # 113个 is no 13个: the members' sentence names a count no sentence before gave, so no stage is read from it
    text = ("今年全县有113个项目列入市重点项目。\n"
            "13个项目分别是白河光伏电站项目、青川物流园项目。")
    assert set(found(text).values()) <= {"unknown"}


@pytest.mark.parametrize("text, want", [
    ("白河光伏电站项目纳入省重大项目，已建成投产。", {"白河光伏电站项目": "operating"}),
    ("白河工业园、青川物流园纳入省重点项目名单,均已建成投产。", {"白河工业园": "operating", "青川物流园": "operating"}),
    ("白河光伏电站项目列入省重点项目，力争6月开工。", {"白河光伏电站项目": "planned"}),
])
def test_what_a_later_clause_reports_made_of_listed_works(text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, names", [
    # a county's year's plan: towns' plants sharing the head after their count (form 5 of the brief)
    ("今年新建白河镇、青川镇、柳岸镇、石屏镇4座污水处理中心。",
     {"白河镇": "白河镇污水处理中心", "青川镇": "青川镇污水处理中心", "柳岸镇": "柳岸镇污水处理中心",
      "石屏镇": "石屏镇污水处理中心"}),
    # the class the count names them by (乡镇) is no part of each name
    ("今年新建白河、青川、柳岸3个乡镇污水处理厂。",
     {"白河": "白河污水处理厂", "青川": "青川污水处理厂", "柳岸": "柳岸污水处理厂"}),
    # the verb before the first member is the clause's, not the member's
    ("加快建设白河、青川2条高速公路。", {"白河": "白河高速公路", "青川": "青川高速公路"}),
])
def test_members_counted_before_the_head_they_share(text, names):
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type="news", regions=[])
    assert {p.mention: p.name for p in projects.extract(doc, record)} == names


def test_a_verb_between_the_count_and_the_head_shares_nothing():
    assert found("白河、青川2个镇建成污水处理厂。") == {}


@pytest.mark.parametrize("text", [
    # a news item's wrap-up: the lacks ended by the works (form 4 of the brief)
    "结束岚溪县、白河县不通铁路的历史，实现县县通高速。",
    "告别了白河镇没有污水处理厂的历史。",
])
def test_a_history_ended_names_no_works(text):
    assert found(text) == {}


def test_the_works_that_end_a_history_are_named_still():
    assert found("青川高速建成通车，结束了岚溪县不通高速公路的历史。") == {"青川高速": "completed"}


@pytest.mark.parametrize("text", [
    # works under negotiation: sought, not begun, whatever a later clause says of the talks (form 8 of the brief)
    "目前正在洽谈的项目有青峰新能源电池项目、白河文旅综合体项目，进展顺利。",
    "正在洽谈的项目有：青峰新能源电池项目、白河文旅综合体项目。",
    "洽谈项目主要有青峰新能源电池项目、白河文旅综合体项目等。",
])
def test_works_under_negotiation_are_proposed(text):
    assert found(text) == {"青峰新能源电池项目": "proposed", "白河文旅综合体项目": "proposed"}
