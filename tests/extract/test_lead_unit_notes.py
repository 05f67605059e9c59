"""A task division writes after its lists of units how to read them: the unit written first leads (排在第一位的为牵头
单位, 列在第一位的为牵头部门, 排名第一为牵头单位, 排名第1的为牵头单位).  That first place is the order of a list,
no body's rank and no figure; a rank of a body in the same text (营商环境评价排名第一) stays one.  The tasks stage reads
the note as the lead (tasks._FIRST_LEADS).  Sentences written for these tests; the units are invented."""
from __future__ import annotations

from factrun import facts_of


def _ranks(text):
    return [(f.value, f.subject) for f in facts_of(text) if f.measure == "rank"]


def test_a_note_on_the_first_listed_unit_is_no_rank():
    text = ("岚溪县2026年优化营商环境重点任务分工方案\n为推动各项任务落实,现将重点任务分工如下(列在第一位的为牵头部门):\n"
            "1.推进工程建设项目审批改革,审批时间压缩至60个工作日以内。(责任单位:县住建局、县发改局,排在第一位的为牵头单位)\n"
            "2.全年新增市场主体3000户。(责任单位:县市场监管局、县税务局;排名第一为牵头单位)\n"
            "3.开展“双随机”抽查(排名第1的为牵头单位)。\n4.2025年,岚溪县营商环境评价排名第一。\n")
    assert _ranks(text) == [(1, "岚溪县")]
    assert sorted(f.value for f in facts_of(text)) == [1, 60, 3000]


def test_the_note_in_other_words_and_at_other_levels():
    for note in ("排在第一位的单位为牵头单位", "列第一位的是主办单位", "排第1位的为牵头责任单位", "位列第一的为主责单位"):
        text = (f"东坡市2026年民生实事分工方案\n一、新建城区幼儿园5所。(责任单位:市教育局、市住建局,{note})\n")
        assert _ranks(text) == [], note
    text = ("青石镇2026年重点工作任务清单\n(一)完成农村道路硬化12公里。(责任单位:镇建设办、镇农业办,排在第一位的为牵头单位)\n")
    assert _ranks(text) == []


def test_a_first_place_followed_by_other_words_is_still_a_rank():
    text = ("岚溪县2026年一季度重点项目考评通报\n2026年4月8日\n一季度,县交通局排在第一位,县水利局排名第二。\n")
    assert sorted(v for v, _ in _ranks(text)) == [1, 2]


def test_a_band_qualifying_a_class_of_holders_for_a_grant_is_no_rank():
    # 对…前3名的乡镇给予… / 前三名的创新创业团队 / 成绩前50的选手: who a policy qualifies, no rank anyone holds
    text = ("岚溪县2026年企业培育奖励办法\n对全县完成净增规上企业目标任务且排名前三的乡镇分别奖励30万元、20万元、10万元;"
            "对监测评价进入A类前3名的乡镇给予10万元奖励。\n对在近两年市级以上创业大赛上获得前三名的创新创业团队,优先发放创新券。\n")
    assert _ranks(text) == []
    text = ("东坡市2026年岗位练兵活动方案\n一、市级个人奖项。“练兵能手”称号30名:全市统一在线比试个人成绩前30名的选手;"
            "优秀组织奖:各县(市、区)选手平均成绩前3名的县局。\n")
    assert _ranks(text) == []


def test_a_band_a_place_holds_or_a_band_heading_its_holders_stays_a_rank():
    text = ("岚溪县2025年经济运行情况\n2025年,岚溪县地区生产总值增速排名全市前三。增速排名前三的乡镇为青石镇、白沙镇、柳岸镇。\n")
    assert [v for v, _ in _ranks(text)] == [3, 3]
