"""立项 from the ledger: unit statements read, deadlines from periods, the outline as an item tree, one transaction."""
from __future__ import annotations

import datetime as dt

import pytest

from taizhang.extract.tasks import units_stated
from taizhang.supervision import intake

from . import ledgerrows as rows


@pytest.mark.parametrize("text,lead,co,statement", [
    ("加快建设。（牵头单位：县发改局；责任单位：县统计局、县工信局）", "县发改局", ["县统计局", "县工信局"],
     "县发改局；责任单位：县统计局、县工信局"),
    ("加快建设。责任单位：县住建局（牵头）、县财政局", "县住建局", ["县财政局"], "县住建局（牵头）、县财政局"),
    ("责任单位：县交通运输局、桃坑镇。", "县交通运输局", ["桃坑镇"], "县交通运输局、桃坑镇"),
    ("零售总额达到98亿元。（县商务局牵头，县市场监管局配合）", "县商务局", ["县市场监管局"], "县商务局牵头，县市场监管局"),
    ("完成投资3亿元，由县水利局负责。", "县水利局", [], "县水利局"),
    ("由市发改局牵头，市统计局配合，做好监测。", "市发改局", ["市统计局"], "市发改局牵头，市统计局"),
    ("做好城区绿化，新增绿地20公顷。", "", [], ""),
])
def test_stated_units(text, lead, co, statement):
    """The text's units as the task reader (extract.tasks.units_stated) gives them, with one lead for an item;
    the span says which words stated them."""
    st = units_stated(text)
    assert intake.lead_and_co(st) == (lead, co)
    assert (text[st.start:st.end] if st.start >= 0 else "") == statement


def test_title_loses_the_unit_statement():
    assert intake.without_unit_statement("推进水库建设。（牵头单位：县水利局；责任单位：桃坑镇）") == "推进水库建设"
    assert intake.without_unit_statement("完成投资3亿元，由县水利局负责。") == "完成投资3亿元"
    assert intake.without_unit_statement("由市发改局牵头，市统计局配合，做好监测。") == "做好监测"
    # a clause that is all there is stays (an empty title is no title)
    assert intake.without_unit_statement("由县水利局负责。") == "由县水利局负责"


def test_one_reader_for_units_and_deadlines():
    """intake reads units and deadlines with extract.tasks: wordings only that reader knows reach 立项 too
    (（…负责） in brackets, 牵头部门：, 责任领导：, 完成时限：), and intake keeps no parser of its own."""
    assert not any(hasattr(intake, name) for name in ("UnitStatement", "stated_units", "_BY", "_PAREN",
                                                      "strip_unit_statement", "period_label", "zh_date"))
    from taizhang.ledger import canon
    assert not hasattr(canon, "task_deadline")  # nor a second way in through the ledger
    text = "推进岚溪河治理。（县水利局负责）牵头部门：县生态环境局；责任领导：李副县长；完成时限：2026年9月底前"
    st = units_stated(text)
    assert intake.lead_and_co(st) == ("县生态环境局", ["县水利局"]) and st.leader == "李副县长"
    assert intake.without_unit_statement(text).startswith("推进岚溪河治理") and "县水利局" not in \
        intake.without_unit_statement(text)
    assert intake.stated_period(text, 2026) == "..2026-M09"
    assert intake.stated_period("年底前完成。", 2026) == "..2026"


def test_deadlines_from_periods():
    s = intake.schedule_for("..2025", 2021)
    assert s.deadline == dt.date(2025, 12, 31)
    # a year-end node each year rising evenly from the plan's start to 100 % on the deadline
    assert [m[0].year for m in s.milestones] == [2021, 2022, 2023, 2024, 2025]
    assert s.milestones[-1][1] == 100.0 and s.milestones[0][1] == 20.0
    assert intake.schedule_for("2026-H1", 2026).deadline == dt.date(2026, 6, 30)
    assert intake.schedule_for("2026-M01..M09", 2026).deadline == dt.date(2026, 9, 30)
    assert intake.schedule_for("2023", 2023).deadline == dt.date(2023, 12, 31)
    yearly = intake.schedule_for("each-year", 2021, horizon=2025)
    assert yearly.recurring and yearly.deadline == dt.date(2025, 12, 31)
    assert [(m[0], m[1]) for m in yearly.milestones] == [(dt.date(y, 12, 31), 100.0) for y in range(2021, 2026)]
    assert yearly.label == "每年(2021—2025年)"
    assert intake.schedule_for("", 2026).deadline is None
    # labels in words from taizhang.labels, the one place for them
    assert s.label == "2025年前" and intake.schedule_for("2023-H1", 2023).label == "2023年上半年"


def _by_title(cands, part):
    return next(c for c in cands if part in c.title)


def test_plan_reads_units_deadlines_and_the_tree(supervisor):
    units = rows.units()
    doc = rows.plan_document()
    cands = intake.plan([f"document:{doc.pk}"])
    one, two = _by_title(cands, "稳增长"), _by_title(cands, "抓项目")
    gdp, retail = _by_title(cands, "地区生产总值"), _by_title(cands, "社会消费品")
    reservoir, green = _by_title(cands, "桃坑水库"), _by_title(cands, "城区绿化")
    # units: 县发改局 ↔ 岚溪县发展和改革局 (abbreviation), co-units; (…牵头，…配合); 由…负责
    assert gdp.lead_unit == units["岚溪县发展和改革局"]
    assert gdp.co_units == [units["岚溪县统计局"], units["岚溪县工业和信息化局"]]
    assert retail.lead_unit == units["岚溪县商务局"] and retail.co_units == [units["岚溪县市场监督管理局"]]
    assert reservoir.lead_unit == units["岚溪县水利局"]
    assert green.unassigned and "未识别牵头单位" in " ".join(green.notes)
    # the quantitative goal comes across
    assert gdp.kind == "target" and gdp.goal["indicator"] == "地区生产总值" and gdp.goal["value"] == 6.5
    assert gdp.goal["comparator"] == ">=" and gdp.goal["period"] == "2026" and gdp.goal["measure"] == "growth"
    assert gdp.schedule.deadline == dt.date(2026, 12, 31) and gdp.schedule.label == "2026年"
    # a project line becomes a project item with its ledger project; several targets become children
    assert reservoir.kind == "project" and reservoir.goal["project_id"]
    kids = [c for c in cands if c.parent_key == green.key]
    assert {c.goal["indicator"] for c in kids} == {"新增绿地", "公园"}
    # the tree: 一、 parent of its 1./2.; weights = leaves under a parent
    assert gdp.parent_key == one.key and retail.parent_key == one.key and one.parent_key is None
    assert one.weight == 2 and green.weight == 2 and two.weight == 3
    assert one.schedule.deadline == dt.date(2026, 12, 31)
    # a whole document leaves out what there is nothing to supervise in (a glossary); picked by hand it is made
    assert not [c for c in cands if "名词解释" in c.title or "一河两岸" in c.title]
    glossary = doc.sections.get(label="三、")
    assert [c.title for c in intake.plan([f"section:{glossary.pk}"])] == ["名词解释"]


def test_create_is_one_transaction_links_the_source_and_is_idempotent(supervisor):
    from taizhang.supervision.models import AuditEntry, Item, Status
    units = rows.units()
    doc = rows.plan_document()
    first = doc.sections.get(label="一、")
    res = intake.create(supervisor, [f"section:{first.pk}"], assign=True)
    assert len(res.created) == 3
    parent = Item.objects.get(title="稳增长")
    gdp = Item.objects.get(goal__indicator="地区生产总值")
    assert gdp.parent == parent and parent.weight == 2
    assert gdp.lead_unit == units["岚溪县发展和改革局"] and gdp.status == Status.ASSIGNED
    assert gdp.deadline == dt.date(2026, 12, 31) and gdp.milestones.count() == 1
    assert gdp.source.pk == gdp.goal["fact_id"] and intake.source_url(gdp) == f"/facts/{gdp.goal['fact_id']}/"
    assert "《岚溪县2026年重点任务分解方案》" in gdp.source_text
    assert parent.status == Status.REGISTERED  # no lead unit stated for the chapter: not assigned
    assert AuditEntry.objects.filter(item=gdp, action="create").exists()
    again = intake.create(supervisor, [f"section:{first.pk}"])
    assert again.created == [] and Item.objects.count() == 3


def test_create_rolls_back_everything_on_a_failure(supervisor, monkeypatch):
    from taizhang.supervision import services
    from taizhang.supervision.models import Item
    rows.units()
    doc = rows.plan_document()
    real = services.create_item
    calls = []

    def failing(*a, **k):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(*a, **k)

    monkeypatch.setattr(services, "create_item", failing)
    with pytest.raises(RuntimeError):
        intake.create(supervisor, [f"document:{doc.pk}"])
    assert Item.objects.count() == 0


def test_only_managers_create(db):
    from django.contrib.auth import get_user_model
    from django.core.exceptions import PermissionDenied

    from taizhang.supervision.models import Membership, Role
    doc = rows.plan_document()
    u = get_user_model().objects.create_user("liaison_x", password="x")
    Membership.objects.create(user=u, role=Role.LIAISON)
    with pytest.raises(PermissionDenied):
        intake.create(u, [f"document:{doc.pk}"])


def test_preview_and_confirm_pages(client, supervisor):
    from taizhang.supervision.models import Item
    rows.units()
    doc = rows.plan_document()
    client.force_login(supervisor)
    r = client.get(f"/supervision/intake/?document={doc.pk}")
    page = r.content.decode()
    assert r.status_code == 200 and "稳增长" in page and 'value="project:' in page and 'value="fact:' in page
    assert client.get("/supervision/intake/?document=1%27").status_code == 404
    assert client.get("/supervision/intake/preview/?key=section:999999").status_code == 404
    # a single target and a project from their own checkboxes
    f = doc.facts.get(indicator_name="社会消费品零售总额")
    from taizhang.ledger.models import Project
    p = Project.objects.get(name="桃坑水库")
    page = client.get(f"/supervision/intake/preview/?key=fact:{f.pk}&key=project:{p.pk}").content.decode()
    assert "社会消费品零售总额达到98亿元" in page and "桃坑水库" in page
    sec = doc.sections.get(label="二、")
    r = client.get(f"/supervision/intake/preview/?key=section:{sec.pk}")
    page = r.content.decode()
    assert r.status_code == 200 and "岚溪县水利局" in page and "待指定" in page and Item.objects.count() == 0
    from taizhang.supervision.models import Unit
    water = Unit.objects.get(name="岚溪县水利局")
    cands = intake.plan([f"section:{sec.pk}"])  # the unassigned 城区绿化 gets a lead chosen on the preview
    keep = [c.key for c in cands]
    green_key = next(c.key for c in cands if "城区绿化" in c.title)
    r = client.post("/supervision/intake/confirm/", {"key": [f"section:{sec.pk}"], "include": keep,
                                                     f"lead:{green_key}": str(water.pk), "assign": "1"})
    assert r.status_code == 302
    assert Item.objects.get(title__contains="城区绿化").lead_unit == water
    assert Item.objects.count() == len(cands)
    # its two targets inherited the missing units: the lead chosen for their parent is theirs too
    assert {i.lead_unit for i in Item.objects.filter(parent__title__contains="城区绿化")} == {water}


def test_a_ledger_tasks_reading_of_units_leader_and_due_date_is_used(supervisor):
    """When the task reader (extract.tasks) filled the ledger task's units, leader and due date, 立项 uses them."""
    from taizhang.ledger.models import Task
    units = rows.units()
    doc = rows.plan_document()
    green = doc.sections.get(title="做好城区绿化")
    Task.objects.create(document=doc, section=green, start=green.start, end=green.end, title="做好城区绿化",
                        kind="item", lead_units=["县住建局", "县水利局"], co_units=["县统计局"], leader="李副县长",
                        deadline_text="10月底前", due=dt.date(2026, 10, 31))
    from taizhang.supervision.models import Unit
    housing = Unit.objects.create(name="岚溪县住房和城乡建设局")
    c = _by_title(intake.plan([f"section:{green.pk}"]), "城区绿化")
    assert c.lead_unit == housing and c.co_units == [units["岚溪县水利局"], units["岚溪县统计局"]]
    assert c.leader == "李副县长" and c.assigned.from_task
    # the section's two targets have no period of their own: they take the task's date
    kids = [k for k in intake.plan([f"section:{green.pk}"]) if k.parent_key == c.key]
    assert c.schedule.deadline == dt.date(2026, 10, 31) and len(kids) == 2
    assert all(k.schedule.deadline == dt.date(2026, 10, 31) for k in kids)
    res = intake.create(supervisor, [f"section:{green.pk}"])
    parent = next(i for i in res.created if i.parent_id is None)
    assert parent.responsible_leader == "李副县长" and parent.lead_unit == housing


def test_the_intake_command_previews_then_creates(supervisor, capsys):
    from taizhang.cli import main
    from taizhang.supervision.models import Item
    rows.units()
    doc = rows.plan_document()
    sec = doc.sections.get(label="一、")
    assert main(["intake", f"section:{sec.pk}"]) == 0
    out = capsys.readouterr().out
    assert "岚溪县发展和改革局" in out and "3 项待立项" in out and Item.objects.count() == 0
    assert main(["intake", f"section:{sec.pk}", "--yes", "--assign", "--user", supervisor.username]) == 0
    assert "created 3 item(s)" in capsys.readouterr().out and Item.objects.count() == 3


def test_a_deadline_the_line_states_inside_the_targets_year_is_its_due_date():
    """新建幼儿园3所, 2026年9月底前投入使用: the target's period is the plan's year, the line says September."""
    assert intake._due_within("..2026-M09", "2026")
    assert intake.schedule_for("..2026-M09", 2026).deadline == dt.date(2026, 9, 30)
    assert not intake._due_within("..2026", "2026")  # 年底前 says no more than the year
    assert not intake._due_within("..2027-M06", "2026")  # another year's deadline is not the target's
    assert not intake._due_within("..2026-M09", "2026-H1")  # after the target's own end
