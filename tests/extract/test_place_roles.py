"""A place's role in its clause decides whether it may be whose figure the clause states: a place the doer goes to,
acts with or meets at (赴甲市、乙市开展招商考察, 与丙区开展对接, 在丁市举办的投洽会上), a body whose notice is cited
(根据某省发改委《…》要求, 《某省人民政府办公厅关于…的通知》文件下发), the wider place whose list holds the text's own
projects (某市重点项目清单中我区…) and a wider place's meeting followed (全省…工作会议结束后) are none; the text's own
unit is (docregions.place_role, in_citation, reference_place "meeting"; sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import context_of, facts_of, one

LIST_OWNER = ("青山区2023年重点项目推进情况\n\n今年以来,我区坚持项目为王。江州市重点项目清单中我区共23个项目,"
              "总投资180亿元,1-9月完成投资65亿元。\n")
PARTNERS = ("柳林县商务局2023年招商引资工作总结\n\n今年以来,我局主动赴深圳市、东莞市开展招商考察,与天河区开展对接21次,"
            "签约项目6个,协议投资额45亿元。\n")
VENUE = ("宁都县招商引资工作情况\n\n今年以来,我县先后赴广东省深圳市开展招商活动,同时在厦门市举办的投洽会上签约项目8个,"
         "签约金额32亿元。\n")
CITED_BODY = "关于我县2024年中央预算内投资项目申报情况的报告\n\n根据江西省发改委《关于做好2024年项目储备工作的通知》要求,全县共申报项目15个,总投资38亿元。\n"
HANDED_DOWN = ("全县14个项目列入省重点\n\n日前,《浙江省人民政府办公厅关于2015年省重点建设项目安排的通知》文件下发,"
               "我县共14个项目列入省重点建设项目,项目总投资约61.16亿元。\n")
MEETING = ("岚溪:一季度产业招商开局良好\n开年以来,岚溪县超前谋划招商工作。\n2022年全省投资促进工作会议结束后,迅速组织召开2次"
           "专题会议。县领导赴江苏、湖南等省开展招商考察,第一季度外出招商考察9次,到位资金1.03亿元。\n")

VISITORS = ("今年以来,舒城县坚持项目为王,新签约项目12个,总投资18.6亿元。3月,接待温州商会考察团一行,签约项目3个;"
            "5月,迎接温州市代表团来访,签约项目2个。上半年,完成固定资产投资5.2亿元,同比增长12.5%。\n")


@pytest.mark.parametrize("text, value, subject", [
    (VISITORS, 12, "舒城县"), (VISITORS, 3, "舒城县"), (VISITORS, 5.2, "舒城县"),
    (LIST_OWNER, 23, "青山区"), (LIST_OWNER, 180, "青山区"), (LIST_OWNER, 65, "青山区"),
    (PARTNERS, 21, "柳林县"), (PARTNERS, 6, "柳林县"), (PARTNERS, 45, "柳林县"),
    (VENUE, 8, "宁都县"), (VENUE, 32, "宁都县"),
    (CITED_BODY, 15, ""), (CITED_BODY, 38, ""),
    (HANDED_DOWN, 14, ""), (HANDED_DOWN, 61.16, ""),
    (MEETING, 2, "岚溪县"), (MEETING, 9, "岚溪县"), (MEETING, 1.03, "岚溪县"),
])
def test_a_partner_venue_citation_or_list_owner_is_no_subject(text, value, subject):
    fs = [f for f in facts_of(text) if f.value == value and f.unit != "年"]
    assert fs and all(f.subject == subject for f in fs), [(f.value, f.subject) for f in fs]


def test_the_event_a_deed_was_done_at_names_nothing_measured():
    f = one(facts_of(VENUE), 8)
    assert f.indicator == "签约项目"


GIVER = "山海协作结硕果\n\n龙湾区党政代表团来我县考察。据了解,自2007年结对以来,龙湾区共向我县捐助各类帮扶资金达1277万元。\n"
OWN_TITLE = "关于印发《临江县2024年重点项目建设计划》的通知\n\n2024年,临江县共安排重点项目60个,总投资300亿元。\n"
JOINT = "2023年东山县招商工作\n\n今年,东山县与西山县开展对接,共签约项目12个。\n"


@pytest.mark.parametrize("text, value, subject", [
    (GIVER, 1277, "龙湾区"),  # the giver, not a list's owner: 我县 receives
    (OWN_TITLE, 60, "临江县"), (OWN_TITLE, 300, "临江县"),  # the text's own plan in 《》 is no citation
    (JOINT, 12, "东山县"),  # the doer named before 与 keeps its figures
])
def test_places_acting_keep_their_figures(text, value, subject):
    f = one(facts_of(text), value)
    assert f.subject == subject


def test_units_directly_under_a_prefecture_are_the_prefectures():
    # 州直 (the units directly under the prefecture) heading a row of a prefecture's report: the prefecture's figure
    text = ("巴音郭楞蒙古自治州2023年项目建设情况\n\n今年以来,全州重点项目完成投资120亿元,其中州直完成投资30亿元,"
            "和静县完成投资18亿元。\n")
    fs = facts_of(text)
    assert one(fs, 30).subject == "巴音郭楞蒙古自治州" and one(fs, 18).subject == "和静县"


# A city's notice on two of its districts, its body named only in the signature at its foot: the districts a body
# checks as a list (对甲区、乙区两区…进行督查) are its parts, and the counts of what it checked and found are the city's;
# each district's own share after 其中 is the district's; the document's place is the signing body's.
CHECKED_LIST = ("关于安全生产督查情况的通报\n\n各区人民政府、市直各有关单位：\n3月上旬，市督查组对南岗区、道里区两区86个责任单位"
                "进行了督查，共发现问题74个，其中南岗区30个、道里区44个。截至目前，已整改到位61个，整改率82.4%。\n\n"
                "哈尔滨市安全生产委员会办公室\n2024年3月20日\n")


def test_a_list_of_districts_a_city_body_checks_gives_its_counts_to_the_city():
    _, ex = context_of(CHECKED_LIST)
    assert {v: one(ex.facts, v).subject for v in (86, 74, 30, 44, 61)} == {
        86: "哈尔滨市", 74: "哈尔滨市", 30: "南岗区", 44: "道里区", 61: "哈尔滨市"}
    assert ex.record.regions[0] == "哈尔滨市"


def test_the_signing_body_at_the_foot_names_the_notices_place():
    ctx, _ = context_of(CHECKED_LIST.replace("哈尔滨市安全生产委员会办公室", "中共哈尔滨市委督查室"))
    assert (ctx.place.name, ctx.place.evidence.source) == ("哈尔滨市", "signing_body")
