"""Named works listed as the members of a class, a caption's site, and what is no work's name.

Official writing names the members of a class of projects it has counted or named with a copula and no verb of
their own (今年全市五大重点项目分别为A、B、C和D; 续建项目包括A、B), or closes a list with the class described by a
property (A、B等一批千亿级标志性项目): each member is a work, of the class's stage when the class says one (续建 →
under way), else of a stage unsaid; the property is no head the members share.  A caption names the work whose site
an inspection stands at (图为观摩团在甲项目现场观摩): a mention, of a stage unsaid.  What is still to be started
(还将开复工甲、乙) is planned.  A 和 after a nominal action (示范带建设和乙产业园建设) joins two conjuncts, no
character of the next name; a corridor of a strategy or a procedure (开放大通道, 绿色通道) is no work.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def _mentions(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text, "t.txt").projects}


def test_members_a_copula_lists_after_a_class_in_a_city_and_a_county_news_item():
    got = _mentions("滁州市2024年重点项目建设推进会召开\n2024-02-26\n今年全市五大重点项目分别为滁宁城际铁路二期、"
                    "滁州港汊河作业区、明光抽水蓄能电站和来安化工园区污水处理厂。\n")
    assert got == {"滁宁城际铁路二期": "unknown", "滁州港汊河作业区": "unknown", "明光抽水蓄能电站": "unknown",
                   "来安化工园区污水处理厂": "unknown"}
    got = _mentions("凤台县一季度项目建设情况\n2023-04-12\n全县续建项目包括凤台淮河大桥、毛集生态文旅小镇和凤台经开区"
                    "标准化厂房三期。\n")
    assert got == {"凤台淮河大桥": "under_construction", "毛集生态文旅小镇": "under_construction",
                   "凤台经开区标准化厂房三期": "under_construction"}


def test_a_class_described_by_a_property_is_no_head_its_members_share_in_a_work_report():
    got = _mentions("江西省政府工作报告\n2023-01-16\n加大力度推进赣江新区扩能工程、抚州航空城、萍乡焦化二期、吉安光伏产业基地"
                    "等一批千亿级标志性项目。\n")
    assert got == {"赣江新区扩能工程": "under_construction", "抚州航空城": "under_construction",
                   "萍乡焦化二期": "under_construction", "吉安光伏产业基地": "under_construction"}


def test_starts_still_to_come_and_a_captions_site_in_county_news():
    got = _mentions("新邵县重点项目建设情况\n2023-04-20\n一季度全县新开工项目8个，还将开复工雀塘陶瓷产业园项目、邵水大桥改造工程。\n")
    assert got == {"雀塘陶瓷产业园项目": "planned", "邵水大桥改造工程": "planned"}
    got = _mentions("湘潭县重点项目观摩活动举行\n2023-07-20\n图为观摩团在天易智造产业园项目现场观摩。\n")
    assert got == {"天易智造产业园项目": "unknown"}


def test_a_joint_after_a_nominal_action_and_corridors_of_a_strategy_in_a_work_report():
    got = _mentions("百色市政府工作报告\n2024-01-20\n加快推进乡村振兴示范带建设和右江河谷现代农业产业园建设。\n")
    assert list(got) == ["右江河谷现代农业产业园"]
    got = _mentions("金华市政府工作报告\n2023-01-10\n打造升级版审批绿色通道和义甬舟开放大通道。\n")
    assert got == {}


def test_works_a_report_speeds_up_are_under_way():
    got = _mentions("贵州省政府工作报告\n2025-01-20\n提速实施黔江至遵义铁路、贵阳至安顺高速公路扩容等重大交通项目。\n")
    assert got == {"黔江至遵义铁路": "under_construction", "贵阳至安顺高速公路扩容": "under_construction"}
