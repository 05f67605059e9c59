"""Counts that are no figure of the place, and the size of a list whose decision is pending its notice.

(1) 对全市16个县(市)进行考核 names the group an assessment is made of: its size is no fact (the assessment's scores and
ranks are), as the group a rank is taken in; a group inspected or supervised (对全区33个单位进行全覆盖督导) is work done
to them, a count kept (the seed gold keeps it).  (2) 连续3次排名后三位 counts how many times in a row (a run, like
连续五年), and 设13个分会场 the rooms a meeting is held in: neither is a fact.  (3) 拟认定74个行政村为… / 拟推荐名单共15个,
现予以公示 lists bodies a decision is pending for: the list is drawn up and published, its size a count that stands now
(actual), no plan as 拟新建 is.  Every document here is invented (岚溪市, 岚川县, 桐湾县 …)."""
from __future__ import annotations

from factrun import facts_of, one


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_the_group_an_assessment_is_made_of_is_no_fact():
    text = _lines("岚溪市2023年度乡村振兴实绩考核结果通报", "2024年2月26日",
                  "市委农村工作领导小组对全市16个县(市)进行考核,桐湾县、岚川县获评优秀等次。",
                  "县委县政府对全县12个乡镇开展了年度综合考评,岚北镇得分96.5分。",
                  "市委督查室对8个县市区进行了考核评价。")
    fs = facts_of(text)
    assert [f for f in fs if f.value in (16, 12, 8)] == []
    assert one(fs, 96.5).unit == "分"


def test_a_group_inspected_is_work_done_and_stays_a_count():
    text = _lines("岚川县开展安全生产大检查", "2024年5月20日",
                  "县安委办对全县33个单位进行全覆盖督查,检查了120家企业,发现问题45个。")
    fs = facts_of(text)
    assert one(fs, 33).unit == "个" and one(fs, 120).unit == "家" and one(fs, 45).unit == "个"


def test_a_run_of_times_and_a_meetings_rooms_are_no_facts():
    text = _lines("桐湾县召开重点项目推进视频会议", "2024年3月12日",
                  "会议以视频形式召开,设13个分会场。", "对连续3次排名后三位的乡镇,约谈其主要负责人。",
                  "全县新开工项目28个。")
    fs = facts_of(text)
    assert [f for f in fs if f.value in (13, 3)] == []
    assert one(fs, 28).kind == "actual"


def test_a_list_whose_decision_is_pending_its_notice_counts_what_is_listed():
    text = _lines("关于拟命名2024年度省级卫生乡镇的公示", "2024年6月3日",
                  "经县级申报、市级审核、省级评审,岚溪市2024年拟命名省级卫生乡镇56个、卫生村120个,现予以公示。",
                  "拟推荐的12家企业名单如下。")
    fs = facts_of(text)
    assert [one(fs, v).kind for v in (56, 120, 12)] == ["actual"] * 3


def test_a_plan_after_ni_stays_a_target():
    text = _lines("岚川县2024年重点项目谋划情况", "2024年2月6日",
                  "今年全县拟新建产业项目30个,拟投资45亿元。")
    fs = facts_of(text)
    assert one(fs, 30).kind == "target" and one(fs, 45).kind == "target"


def test_groups_joined_before_an_assessment_with_what_is_assessed_between_are_no_facts():
    text = _lines("龙溪镇2024年5月清洁家园专项行动考核结果的通报", "2024年6月3日",
                  "镇领导小组办公室于5月组织人员,对全镇12个社区、25个村(居)“清洁家园”专项行动工作情况进行考核。",
                  "第一名:东溪社区。")
    fs = facts_of(text)
    assert [f for f in fs if f.value in (12, 25)] == []


def test_an_inspection_done_before_the_assessment_stays_a_count():
    # the doing after the group is the inspection (进行督导检查), the assessment only what it feeds
    fs = facts_of(_lines("岚川县项目督导情况", "2024年6月3日", "县督查室对9个项目进行督导检查并纳入考核。"))
    assert one(fs, 9).unit == "个"
