"""Tasks: text and outline path, lead units, co-units, leader and deadline as the text states them.

Every sentence here is written for the test (a made-up county, 青梅县, and made-up departments).
"""
from __future__ import annotations

import pytest

from taizhang.extract import extract_text
from taizhang.extract.normalize import normalize_chars
from taizhang.extract.tasks import find_assignment, find_deadline, is_action

NOTICE = """青梅县2024年重点工作任务分解方案
2024年2月18日
一、加快产业转型升级
（一）推动制造业提质增效。支持竹木加工企业技术改造，年底前完成技改项目20个。（县工信局牵头，县发改局、县财政局配合）
1.建设竹产业园二期标准厂房。
2.开展企业上云行动，由县科技局负责，三季度末前完成。
（二）培育壮大文旅产业。牵头单位：县文广旅局；责任单位：各乡（镇）人民政府；完成时限：2024年10月底前。
二、持续增进民生福祉
（一）完善养老服务网络。责任领导：周海林副县长；责任单位：县民政局（牵头）、县卫健局、县医保局。完成时限：长期坚持。
（二）做好稳就业工作，县人社局牵头，各乡镇配合，每季度通报一次进展。
"""


def _tasks(text: str = NOTICE):
    ex = extract_text(text, name="notice.txt", strict=True)
    return ex, {t.title: t for t in ex.tasks}


def test_tasks_are_grounded_and_carry_their_outline_path():
    ex, tasks = _tasks()
    assert set(tasks) == {"推动制造业提质增效", "建设竹产业园二期标准厂房", "开展企业上云行动", "培育壮大文旅产业",
                          "完善养老服务网络", "做好稳就业工作"}
    for t in ex.tasks:
        assert t.text == NOTICE[t.start:t.end] and t.text.startswith(t.label)
        assert NOTICE[t.units_start:t.units_end] if t.units_start >= 0 else True
        if t.deadline:
            assert NOTICE[t.deadline_start:t.deadline_end] == t.deadline
    child = tasks["开展企业上云行动"]
    assert [(o.label, o.title) for o in child.outline] == [("一、", "加快产业转型升级"), ("（一）", "推动制造业提质增效")]
    # a parent item's own text stops where its sub-items start
    assert "竹产业园" not in tasks["推动制造业提质增效"].text


def test_parenthesis_lead_and_co_units():
    _, tasks = _tasks()
    t = tasks["推动制造业提质增效"]
    assert (t.lead_units, t.co_units, t.units_inherited) == (["县工信局"], ["县发改局", "县财政局"], False)
    assert NOTICE[t.units_start:t.units_end] == "县工信局牵头，县发改局、县财政局"
    assert (t.deadline, t.period, t.due) == ("年底前", "..2024", "2024-12-31")


def test_sub_items_inherit_units_unless_they_state_their_own():
    _, tasks = _tasks()
    plain = tasks["建设竹产业园二期标准厂房"]
    assert plain.lead_units == ["县工信局"] and plain.units_inherited
    own = tasks["开展企业上云行动"]
    assert (own.lead_units, own.co_units, own.units_inherited) == (["县科技局"], [], False)
    assert (own.deadline, own.period, own.due) == ("三季度末前", "..2024-M09", "2024-09-30")


def test_labelled_fields():
    _, tasks = _tasks()
    t = tasks["培育壮大文旅产业"]
    assert t.lead_units == ["县文广旅局"] and t.co_units == ["各乡（镇）人民政府"]
    assert (t.deadline, t.period, t.due) == ("2024年10月底前", "..2024-M10", "2024-10-31")
    t = tasks["完善养老服务网络"]
    assert t.leader == "周海林副县长"
    assert t.lead_units == ["县民政局"] and t.co_units == ["县卫健局", "县医保局"]
    assert (t.deadline, t.period, t.due) == ("长期坚持", "ongoing", "")


def test_clause_roles_and_recurring_deadline():
    _, tasks = _tasks()
    t = tasks["做好稳就业工作"]
    assert (t.lead_units, t.co_units) == (["县人社局"], ["各乡镇"])
    assert (t.deadline, t.period) == ("每季度", "each-quarter")


def test_unknown_year_stays_unknown():
    text = "一、重点任务\n1.推进老旧小区改造，6月底前完成摸底。（县住建局负责）\n"
    _, tasks = _tasks(text)
    t = tasks["推进老旧小区改造"]
    assert (t.period, t.due) == ("..?-M06", "")
    assert t.lead_units == ["县住建局"]


@pytest.mark.parametrize("text, lead, co", [
    ("由县交通运输局牵头，县公安局、县应急局配合", ["县交通运输局"], ["县公安局", "县应急局"]),
    ("(县住房和城乡建设局、县自然资源局按职责分工负责)", ["县住房和城乡建设局", "县自然资源局"], []),
    ("责任单位:县教育局、县财政局", ["县教育局", "县财政局"], []),
    ("牵头部门:县水利局 配合部门:县农业农村局", ["县水利局"], ["县农业农村局"]),
    ("(县委组织部、县人社局)", [], []),  # no role word: not an assignment
    ("由于资金不足,进度滞后", [], []),  # 由于 is not 由…负责
    ("加快推进县城供水管网改造牵头", [], []),  # what precedes 牵头 is not a unit name
    ("落实安全生产主体责任,企业负责", [], []),  # a class of actors, not a named unit
    ("(县委牵头,县委办、县政府办配合)", ["县委"], ["县委办", "县政府办"]),
    ("(牵头领导:李立新;牵头单位:县委办;配合单位:县直有关部门)", ["县委办"], ["县直有关部门"]),
    ("责任单位:市发展改革委,配合单位:市财政局、市自然资源局", ["市发展改革委"], ["市财政局", "市自然资源局"]),
    ("(县发改局、县财政局分别负责)", ["县发改局", "县财政局"], []),
    ("分工:县水利局牵头,县财政局配合", ["县水利局"], ["县财政局"]),  # a label's colon ends its clause
])
def test_find_assignment(text, lead, co):
    a = find_assignment(normalize_chars(text))
    assert [n for n, _, _ in a.lead] == lead and [n for n, _, _ in a.co] == co


def test_first_listed_unit_leads_when_the_document_says_so():
    text = ("说明：责任单位排在第一位的为牵头单位。\n一、重点任务\n"
            "1.推进数字乡村建设。责任单位：县农业农村局、县科技局、县电信公司。\n")
    _, tasks = _tasks(text)
    t = tasks["推进数字乡村建设"]
    assert t.lead_units == ["县农业农村局"] and t.co_units == ["县科技局", "县电信公司"]


@pytest.mark.parametrize("text, year, period, due", [
    ("力争2025年6月30日前建成", None, "..2025-M06", "2025-06-30"),
    ("年底前完成", 2023, "..2023", "2023-12-31"),
    ("年底前完成", None, "..?", ""),
    ("上半年完成主体", 2024, "..2024-M06", "2024-06-30"),
    ("到2026年底前全面投运", None, "..2026", "2026-12-31"),
    ("2025年第二季度完成验收", None, "..2025-M06", "2025-06-30"),
    ("九月底前上报", 2024, "..2024-M09", "2024-09-30"),
    ("完成时限:持续推进", 2024, "ongoing", ""),
    ("每月报送一次", 2024, "each-month", ""),
    ("持续推进社区养老建设", 2024, None, None),  # a verb inside the sentence, not a deadline
    ("2023年全县新增就业3000人", 2024, None, None),  # a year that is not a deadline
])
def test_find_deadline(text, year, period, due):
    d = find_deadline(normalize_chars(text), year)
    if period is None:
        assert d is None
    else:
        assert (d.period, d.due) == (period, due)


def test_completion_field_wins_over_dates_in_the_text():
    d = find_deadline(normalize_chars("2023年已完成一期;完成时限:2024年12月底前"), 2024)
    assert (d.text, d.period) == ("2024年12月底前", "..2024-M12")


def test_is_action():
    assert is_action("加快推进城乡供水一体化")
    assert is_action("一是抓好安全生产")
    assert not is_action("主要经济指标完成情况")
    assert not is_action("如何推进乡村振兴？")
    assert not is_action("发展环境面临深刻变化")  # 发展 as a noun
    assert is_action("发展壮大县域特色产业")
    assert not is_action("县城综合承载能力大幅提升")  # an outcome said of its subject
    assert is_action("加快推进城乡融合，公共服务水平显著提升")  # an action that names its outcome


def test_an_item_assigned_to_units_is_a_task_even_when_it_states_a_target():
    text = "一、主要指标\n1.全县城镇新增就业2800人。（县人社局牵头）\n2.主要经济指标完成情况\n"
    _, tasks = _tasks(text)
    assert list(tasks) == ["全县城镇新增就业2800人"]
    assert tasks["全县城镇新增就业2800人"].lead_units == ["县人社局"]


def test_units_and_deadline_on_any_text_as_written():
    from taizhang.extract.tasks import deadline_stated, units_stated
    text = "（一）推进集贸市场改造（县市场監管局牽頭，县商务局配合），２０２５年６月底前完成。"
    u = units_stated(text)
    assert (u.lead_units, u.co_units) == (["县市场監管局"], ["县商务局"])  # names as written (traditional kept)
    assert text[u.start:u.end] == "县市场監管局牽頭，县商务局"
    d = deadline_stated(text, None)
    assert (d.text, d.period, d.due) == ("２０２５年６月底前", "..2025-M06", "2025-06-30")
    assert text[d.start:d.end] == d.text
    assert units_stated("全县地区生产总值增长6%。").start == -1


def test_a_chapter_is_a_task_only_when_units_are_assigned_to_it():
    text = ("青梅县政府常务会议议定事项督办情况\n"
            "一、关于加快城区停车场建设的事项。牵头单位：县住建局；完成时限：2024年9月底前。\n"
            "二、关于推进农村公路养护的事项\n")
    _, tasks = _tasks(text)
    assert list(tasks) == ["关于加快城区停车场建设的事项"]
    t = tasks["关于加快城区停车场建设的事项"]
    assert (t.kind, t.lead_units, t.period) == ("chapter", ["县住建局"], "..2024-M09")


def test_role_endings_hold_the_end_of_every_role_tail_word():
    """_role_clauses tries _ROLE_TAIL only on a clause ending in one of _ROLE_ENDINGS: every word the pattern
    ends a clause with ends in one of them, so no role clause is passed over."""
    import re

    from taizhang.extract import tasks

    words = re.search(r"\(\?P<role>([^)]*)\)", tasks._ROLE_TAIL.pattern).group(1).split("|")
    assert len(words) >= 10
    for w in words:
        assert ("县发改局" + w).endswith(tasks._ROLE_ENDINGS), w
    a = tasks.find_assignment("岚溪县发改局牵头,县财政局、县住建局配合")
    assert [u[0] for u in a.lead] == ["岚溪县发改局"] and [u[0] for u in a.co] == ["县财政局", "县住建局"]
