"""A ranking list's heading (综合考评前5名：甲县、乙县… / 经济强县前20名为：… / 前十名分别是…) is one rank: the band (<=),
measuring the field the heading names, held by the listed places as a set, so no single place is its subject; a place
holding a rank of its own keeps it (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of


def ranks(fs):
    return [(f.value, f.comparator, f.subject, f.indicator) for f in fs if f.measure == "rank"]


def test_a_provinces_assessment_notice_lists_its_bands():
    fs = facts_of("关于2023年度全省县域经济高质量发展考评结果的通报\n各市（州）人民政府：\n现将考评结果通报如下。\n"
                  "1、综合考评前5名：昆山市、江阴市、张家港市、常熟市、太仓市。\n"
                  "2、经济强县前20名为：昆山市、江阴市、张家港市等。\n"
                  "3、全面小康实现程度前7位：江阴市、昆山市。\n")
    got = ranks(fs)
    assert [(v, c, s) for v, c, s, _ in got] == [(5, "<=", ""), (20, "<=", ""), (7, "<=", "")]
    assert "综合考评" in got[0][3] and "经济强县" in got[1][3] and "全面小康实现程度" in got[2][3]
    assert {f.value for f in fs} == {5, 20, 7}  # the numbered headings' 1、2、3、 are no facts
    assert all(f.period == "2023" for f in fs)


def test_a_citys_news_names_its_top_ten_after_the_band():
    fs = facts_of("2022年全省县域经济排行发布\n2022年全省县域经济前十名分别是浏阳市、宁乡市、长沙县、醴陵市。"
                  "其中，浏阳市位居榜单第一名。\n")
    got = ranks(fs)
    assert got[0][:3] == (10, "<=", "")
    assert "县域经济" in got[0][3]
    assert got[1][:3] == (1, "=", "浏阳市")


def test_a_countys_notice_with_the_band_and_its_verb_of_ranking():
    fs = facts_of("东坡区2024年一季度重点工作考核情况通报\n一季度，各镇（街道）项目推进排名前三的依次是太和镇、崇礼镇、"
                  "修文镇。\n")
    got = ranks(fs)
    assert got == [(3, "<=", "", got[0][3])] and "项目推进" in got[0][3]


def test_the_first_months_and_quarters_are_no_band():
    fs = facts_of("青山市2024年1-9月经济运行情况\n前7个月，全市规上工业增加值增长6.1%。前三季度，全市地区生产总值增长5.2%。\n")
    assert ranks(fs) == []


def test_the_place_a_rank_qualifies_after_its_de_holds_it():
    # 排第二位的甲市: the rank is the place's written after 的, not the places listed before the bracket
    fs = facts_of("关于2023年度全省营商环境评价结果的通报\n2023年度营商环境评价中，成都市、绵阳市、德阳市、宜宾市获评优秀等次"
                  "（按得分排第一位的成都市不重复），排第二位的绵阳市、排第三位的德阳市给予通报表扬。\n")
    assert [(f.value, f.subject) for f in fs if f.measure == "rank"] == [(1, "成都市"), (2, "绵阳市"), (3, "德阳市")]
    fs = facts_of("青山市2024年三季度乡镇项目建设考核情况通报\n各乡镇项目建设考核中，排名第一的是太和镇，"
                  "排第二位的崇礼镇得分92分。\n")
    assert [(f.value, f.subject) for f in fs if f.measure == "rank"] == [(1, "太和镇"), (2, "崇礼镇")]


def test_a_rank_before_a_thing_it_qualifies_is_no_bodys():
    fs = facts_of("青山市2023年国民经济和社会发展统计公报\n全市规上工业中，排第二位的行业是电子信息制造业，增加值增长5.2%。"
                  "排第一位的设施是停车场。\n")
    assert {f.subject for f in fs} == {"青山市"}
