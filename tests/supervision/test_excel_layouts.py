"""Offices' own Excel ledgers come in as they are: six layouts, and each convention of issue 11 on its own."""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from django.test import Client
from openpyxl import load_workbook

from taizhang.cli import main
from taizhang.supervision import excel
from taizhang.supervision.importer import Options, apply_plan, plan_import
from taizhang.supervision.importer.export import office_workbook, standard_workbook
from taizhang.supervision.models import ImportBatch, ImportLayout, Item, Unit

from .excel_layouts import LAYOUTS, by_leader, executive_meeting, inspection_rectification, key_projects, \
    overview, task_breakdown, xlsx


@pytest.fixture
def county(db):
    """A county's unit tree, in full names; the sheets write short names."""
    names = ["县发展和改革局", "县住房和城乡建设局", "县财政局", "县工业和信息化局", "县城市管理局", "县公安局",
             "县商务局", "县教育和体育局", "县应急管理局"]
    units = {n: Unit.objects.create(name=n, kind=Unit.Kind.DEPARTMENT) for n in names}
    units["城关镇"] = Unit.objects.create(name="城关镇", kind=Unit.Kind.TOWN)
    units["河西街道"] = Unit.objects.create(name="河西街道", kind=Unit.Kind.TOWN)
    return units


def plan_of(data: bytes, **kw):
    return plan_import(io.BytesIO(data), "台账.xlsx", Options(today=dt.date(2023, 3, 1), **kw))


def run_cli(tmp_path, capsys, name: str, data: bytes, *flags) -> dict:
    path = tmp_path / f"{name}.xlsx"
    path.write_bytes(data)
    code = main(["items", "import", str(path), *flags, "--json"])
    out = json.loads(capsys.readouterr().out)
    out["exit"] = code
    return out


# ---- the six layouts ---------------------------------------------------------------------------------------

@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_each_layout_imports_dry_run_with_no_errors_and_nothing_dropped(name, tmp_path, capsys):
    n_items = Item.objects.count()
    out = run_cli(tmp_path, capsys, name, LAYOUTS[name](), "--dry-run", "--create-units")
    assert out["exit"] == 0
    assert out["errors"] == [] and out["dropped_columns"] == []
    assert out["items"] >= 3
    assert Item.objects.count() == n_items          # a dry run writes nothing
    # every column of every sheet has a place: a field, or an extra attribute under its own name
    assert all(c["field"] != "ignore" for s in out["sheets"] for c in s["columns"])


@pytest.mark.django_db
def test_without_create_units_unknown_units_are_errors_naming_them(tmp_path, capsys):
    out = run_cli(tmp_path, capsys, "m", executive_meeting(), "--dry-run")
    assert out["exit"] == 1
    assert "县商务局" in out["unknown_units"]
    assert any("县商务局" in e["message"] and e["row"] == 3 for e in out["errors"])


def test_task_breakdown_sections_units_deadlines(county, supervisor):
    plan = plan_of(task_breakdown(), create_units=True)
    assert plan.ok, plan.errors
    sheet = plan.sheets[0]
    fields = {c.header: c.field for c in sheet.columns}
    assert fields["序 号"] == "seq" and fields["牵头\n单位"] == "lead_unit" and fields["县级\n责任领导"] == "leaders"
    assert fields["完成时限\n（节点）"] == "deadline" and sheet.year == 2023
    apply_plan(plan, supervisor)
    one = Item.objects.get(title="建设标准厂房")
    assert one.parent.title == "一、稳住工业基本盘"
    assert one.lead_unit.name == "县发展和改革局"
    # 县住建局 (short) + 各镇（街道） (every town)
    assert {u.name for u in one.co_units.all()} == {"县住房和城乡建设局", "城关镇", "河西街道"}
    assert (one.deadline, one.deadline_text) == (dt.date(2023, 12, 31), "2023年12月底前")
    assert one.responsible_leader == "刘副县长" and one.requirement.startswith("新建标准厂房")
    # several units in the 牵头 cell: the first leads
    old = Item.objects.get(title="改造老旧小区")
    assert old.lead_unit.name == "县住房和城乡建设局" and "县财政局" in {u.name for u in old.co_units.all()}
    assert old.parent.title == "（一）城市更新" and old.parent.parent.title == "二、补齐城乡短板"
    assert old.deadline == dt.date(2023, 6, 30)                             # 上半年
    assert Item.objects.get(title="修缮背街小巷").deadline == dt.date(2023, 9, 30)   # 三季度
    assert Item.objects.get(title="培育规上企业").deadline == dt.date(2023, 6, 30)   # 6月30日, year of the title
    # the 牵头单位 merged down two rows fills both
    parking = Item.objects.get(title="整治城市停车")
    assert parking.lead_unit.name == "县城市管理局"
    assert (parking.deadline, parking.deadline_kind, parking.frequency, parking.report_day) == \
        (None, "recurring", "monthly", 25)
    rural = Item.objects.get(title="改善农村人居环境")
    assert (rural.deadline, rural.deadline_kind, rural.deadline_text) == (None, "ongoing", "长期坚持")
    # 县直各部门: every department except the lead
    assert rural.co_units.filter(kind=Unit.Kind.DEPARTMENT).count() >= 9
    # units the tree lacked were offered and created, not refused
    assert Unit.objects.filter(name="县统计局").exists()


def test_by_leader_groups_and_only_responsible_units(county, supervisor):
    plan = plan_of(by_leader(), create_units=True)
    assert plan.ok, plan.errors
    apply_plan(plan, supervisor)
    bonds = Item.objects.get(title="争取专项债券项目")
    assert bonds.parent.title == "县长牵头事项（2项）"
    assert bonds.lead_unit.name == "县发展和改革局" and [u.name for u in bonds.co_units.all()] == ["县财政局"]
    arrears = Item.objects.get(title="清理拖欠企业账款")
    assert arrears.parent.title.startswith("常务副县长牵头")
    assert arrears.deadline_kind == "immediate" and arrears.deadline == dt.date(2023, 3, 16)  # 15 days by default
    assert arrears.progress_text == "已清理九成"
    # the group names the leader once; its rows carry it
    assert bonds.responsible_leader == "县长" and arrears.responsible_leader == "常务副县长"


def test_overview_header_below_row_six_leaders_and_extra_attributes(county, supervisor):
    plan = plan_of(overview(), create_units=True)
    assert plan.ok and plan.sheets[0].header_rows == (8, 8)
    apply_plan(plan, supervisor)
    parking = Item.objects.get(title="建成智慧停车系统")
    assert parking.responsible_leader == "孙副县长、周副县长"
    assert parking.requirement == "接入停车位两千个"                    # 工作标准
    assert ["责任股室", "市政股"] in parking.extra and ["责任人", "林某"] in parking.extra
    assert parking.deadline == dt.date(2023, 12, 31)                   # 年底前, year of the title


def test_extra_attributes_show_on_the_item_page(county, supervisor):
    apply_plan(plan_of(overview(), create_units=True), supervisor)
    item = Item.objects.get(title="创建省级卫生县城")
    c = Client()
    c.force_login(supervisor)
    html = c.get(f"/supervision/items/{item.id}/").content.decode()
    assert "责任股室" in html and "爱卫股" in html and "何某" in html


def test_key_projects_two_line_header_investment_total_row(county, supervisor):
    plan = plan_of(key_projects(), create_units=True)
    assert plan.ok
    sheet = plan.sheets[0]
    assert sheet.header_rows == (2, 3) and sheet.totals == 1
    fields = {c.header: (c.field, c.unit) for c in sheet.columns}
    assert fields["投资情况（亿元）/总投资"] == ("investment_total", "亿元")
    assert fields["投资情况（亿元）/年度计划投资"][0] == "investment_planned"
    assert fields["投资情况（亿元）/1-6月完成投资"][0] == "investment_completed"
    apply_plan(plan, supervisor)
    assert not Item.objects.filter(title__contains="合计").exists()
    park = Item.objects.get(title="青禾物流园一期")
    assert park.kind == "project"
    assert (park.investment_total, park.investment_planned, park.investment_completed, park.investment_unit) == \
        (10.0, 4.0, 2.0, "亿元")
    assert park.progress_text == "主体封顶" and park.responsible_leader == "刘副县长"
    assert ["开工时间", "2022年3月"] in park.extra
    assert park.deadline == dt.date(2024, 12, 31)                       # 2022-2024
    plant = Item.objects.get(title="城东污水处理厂扩建")
    assert plant.lead_unit.name == "县住房和城乡建设局"


def test_meeting_statuses_through_synonyms(county, supervisor):
    plan = plan_of(executive_meeting(), create_units=True)
    assert plan.ok
    apply_plan(plan, supervisor)
    assert Item.objects.get(title__startswith="研究制定").status == "in_progress"      # 正在办理
    done = Item.objects.get(title__startswith="排查校园")
    assert done.status == "closed" and done.progress == 100 and done.lead_unit.name == "县教育和体育局"
    flood = Item.objects.get(title__startswith="做好汛期")
    assert flood.status == "in_progress" and flood.deadline_kind == "ongoing"          # 持续推进 / 长期坚持
    assert flood.source_text == "第十二次常务会议"


def test_rectification_every_sheet_and_yes_no(county, supervisor):
    plan = plan_of(inspection_rectification(), create_units=True)
    assert plan.ok and [s.name for s in plan.sheets] == ["第一轮", "第二轮"]
    apply_plan(plan, supervisor)
    assert Item.objects.get(title="项目资金拨付迟缓").status == "closed"            # 是
    village = Item.objects.get(title="村级财务公开不及时")
    assert village.status == "in_progress" and village.deadline_kind == "ongoing"  # 否, 持续整改
    assert village.lead_unit.name == "城关镇"
    assert Item.objects.get(title="安全生产检查流于形式").deadline == dt.date(2023, 8, 31)


# ---- identity ------------------------------------------------------------------------------------------------

def test_two_different_ledgers_one_after_the_other_both_survive_whole(county, supervisor):
    first = apply_plan(plan_of(executive_meeting(), create_units=True), supervisor)
    before = {i.id: (i.title, i.lead_unit_id, i.status) for i in Item.objects.filter(import_batch_id=first.batch_id)}
    second_plan = plan_of(inspection_rectification(), create_units=True)
    assert second_plan.to_update == 0                           # no code column: nothing matched by row number
    second = apply_plan(second_plan, supervisor)
    assert second.created == 3 and second.updated == 0
    after = {i.id: (i.title, i.lead_unit_id, i.status) for i in Item.objects.filter(id__in=before)}
    assert after == before
    assert Item.objects.filter(import_batch_id=second.batch_id).count() == 3
    assert ImportBatch.objects.count() == 2


def _coded(rows, header=("任务编号", "工作任务", "牵头单位", "进展情况", "备注")) -> bytes:
    return xlsx([list(header), *rows])


def test_rows_match_by_explicit_code_changes_shown_and_absent_columns_never_blank(county, supervisor):
    apply_plan(plan_of(_coded([["DB-1", "整治河道", "县住建局", "已清淤两公里", "原备注"]])), supervisor)
    item = Item.objects.get(code="DB-1")
    # the same code, a sheet without 进展情况 and 备注: shown as an update, and those fields stay
    plan = plan_of(_coded([["DB-1", "整治城区河道", "县住建局"]], header=("任务编号", "工作任务", "牵头单位")))
    assert plan.to_update == 1 and plan.records[0].match_id == item.id
    assert ("工作任务", "整治河道", "整治城区河道") in plan.records[0].changes
    apply_plan(plan, supervisor)
    item.refresh_from_db()
    assert item.title == "整治城区河道"
    assert item.progress_text == "已清淤两公里" and item.remarks == "原备注"


def test_a_confirmed_title_key_matches_only_when_asked(county, supervisor):
    apply_plan(plan_of(executive_meeting(), create_units=True), supervisor)
    again = plan_of(executive_meeting(), create_units=True)
    assert again.to_update == 0 and again.to_create == 3          # no key confirmed: new items, never guessed
    keyed = plan_of(executive_meeting(), create_units=True, key_field="title")
    assert keyed.to_update == 3 and keyed.to_create == 0
    n = Item.objects.count()
    apply_plan(keyed, supervisor)
    assert Item.objects.count() == n


# ---- mapping: preview changes, saved per layout --------------------------------------------------------------

def test_mapping_changed_in_preview_is_saved_and_reused(county, supervisor):
    plan = plan_of(overview(), create_units=True)
    col = next(c for c in plan.sheets[0].columns if c.header == "责任人")
    assert col.field == "extra"
    changed = plan_of(overview(), create_units=True, mapping={f"0:{col.index}": "remarks"})
    assert next(c for c in changed.sheets[0].columns if c.header == "责任人").field == "remarks"
    apply_plan(changed, supervisor)
    assert ImportLayout.objects.get(signature=changed.sheets[0].signature).mapping["责任人"] == "remarks"
    # next time, the same layout comes mapped the way the supervisor confirmed it
    again = plan_of(overview(), create_units=True)
    assert next(c for c in again.sheets[0].columns if c.header == "责任人").field == "remarks"
    assert again.sheets[0].layout_id is not None


def test_a_column_dropped_on_purpose_is_reported(county):
    plan = plan_of(overview(), create_units=True, mapping={"0:5": "ignore"})
    assert plan.dropped_columns == ["Sheet:责任人"]


# ---- export: the office's layout, the standard one, formula escaping -----------------------------------------

def test_export_in_the_office_layout_with_progress_filled_in(county, supervisor):
    res = apply_plan(plan_of(key_projects(), create_units=True), supervisor)
    park = Item.objects.get(title="青禾物流园一期")
    Item.objects.filter(pk=park.pk).update(progress_text="竣工验收", investment_completed=3.5)
    data = office_workbook(ImportBatch.objects.get(pk=res.batch_id))
    rows = list(load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    assert rows[0][0] == "2023年全县重点项目建设台账"
    assert rows[1][:5] == ("序号", "项目名称", "建设内容及规模", "建设年限", "投资情况（亿元）")
    assert rows[2][4:7] == ("总投资", "年度计划投资", "1-6月完成投资")
    first = next(r for r in rows if r[1] == "青禾物流园一期")
    assert first[6] == 3.5 and first[7] == "竣工验收" and first[8] == "2022年3月" and first[9] == "刘副县长"
    # and it reads back with the same layout: two-line header, every column where it was
    again = plan_import(io.BytesIO(data), "回传.xlsx", Options(create_units=True, key_field="title"))
    assert again.ok and again.to_update == 3
    assert [c.field for c in again.sheets[0].columns] == [c[1] for c in ImportBatch.objects.get(
        pk=res.batch_id).sheets[0]["columns"]]


def test_office_layout_export_keeps_sections(county, supervisor):
    res = apply_plan(plan_of(task_breakdown(), create_units=True), supervisor)
    data = office_workbook(ImportBatch.objects.get(pk=res.batch_id))
    again = plan_import(io.BytesIO(data), "回传.xlsx", Options(create_units=True))
    assert again.ok and sum(1 for r in again.records if r.section) == 4
    assert {r.values["title"] for r in again.records if not r.section} == {
        i.title for i in Item.objects.filter(import_batch_id=res.batch_id, children__isnull=True)}


def test_standard_export_round_trips_extra_attributes(county, supervisor):
    apply_plan(plan_of(overview(), create_units=True), supervisor)
    data = standard_workbook(Item.objects.filter(title="创建省级卫生县城"))
    header = list(load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))[0]
    assert "责任股室" in header and "责任人" in header
    plan = plan_import(io.BytesIO(data), "回传.xlsx", Options())
    assert plan.ok and plan.to_update == 1 and plan.records[0].changes == []


FORMULAS = ["=HYPERLINK(\"http://example.invalid\",\"点我\")", "+1+1", "-2+3", "@SUM(A1)"]


def _formula_cells(ws) -> list:
    """Cells a spreadsheet would run: typed as formulas, or holding text that starts like one without being
    typed as text."""
    return [c for row in ws.iter_rows() for c in row if c.data_type == "f"
            or (isinstance(c.value, str) and c.value[:1] in "=+-@" and c.data_type != "s")]


def test_every_exported_text_cell_is_typed_text_never_a_formula(world):
    from taizhang.supervision.models import Item as I
    for n, f in enumerate(FORMULAS):
        I.objects.create(code=f"F-{n}", title=f, progress_text=f, remarks=f, extra=[["自定义列", f]])
    data = excel.export_ledger(I.objects.filter(code__startswith="F-"))
    ws = load_workbook(io.BytesIO(data)).active
    assert _formula_cells(ws) == []
    texts = [c.value for row in ws.iter_rows(min_row=2) for c in row if c.value in FORMULAS]
    assert len(texts) == 4 * len(FORMULAS)                 # title, progress text, remarks, extra column: as written
    # and an export re-imports to the same words
    plan = plan_import(io.BytesIO(data), "f.xlsx", Options())
    assert plan.ok and sorted(r.values["title"] for r in plan.records) == sorted(FORMULAS)


def test_office_layout_export_is_typed_text_too(county, supervisor):
    res = apply_plan(plan_of(overview(), create_units=True), supervisor)
    Item.objects.filter(import_batch_id=res.batch_id).update(title="=1+2", extra=[["责任人", "@某"]])
    ws = load_workbook(io.BytesIO(office_workbook(ImportBatch.objects.get(pk=res.batch_id)))).active
    assert _formula_cells(ws) == []
    titles = [r[1] for r in ws.iter_rows(min_row=3, values_only=True) if r[1]]
    assert titles == ["=1+2"] * 3


def test_an_old_export_with_apostrophes_reads_back_without_them(db):
    plan = plan_import(io.BytesIO(xlsx([["工作任务", "牵头单位"], ["'=1+2", ""]])), "旧.xlsx", Options())
    assert plan.records[0].values["title"] == "=1+2"


def test_template_reads_back_through_the_importer(db):
    data = excel.template()
    plan = plan_import(io.BytesIO(data), "模板.xlsx", Options(create_units=True))
    assert plan.ok and plan.dropped_columns == []
    assert [s.name for s in plan.sheets] == ["台账"] and "填写说明" in plan.skipped_sheets


def test_group_heading_alone_in_the_title_column_and_subtotals(county, supervisor):
    data = xlsx([
        ["序号", "工作任务", "责任单位", "完成时限"],
        [None, "分管副县长牵头事项（2项）", None, None],
        [1, "编制国土空间规划", "县自然资源局", "2023年11月"],
        [2, "推进城乡供水一体化", "县水利局", "四季度"],
        ["小 计", None, None, None],
        [3, "只有标题的事项", None, None],
    ])
    plan = plan_import(io.BytesIO(data), "g.xlsx", Options(create_units=True, today=dt.date(2023, 3, 1)))
    assert plan.ok and plan.sheets[0].totals == 1
    heads = [r for r in plan.records if r.section]
    assert [h.values["title"] for h in heads] == ["分管副县长牵头事项（2项）"]
    rows = [r for r in plan.records if not r.section]
    assert [r.parent for r in rows[:2]] == [0, 0] and rows[2].values["title"] == "只有标题的事项"
    assert rows[1].values["deadline"] == dt.date(2023, 12, 31)   # 四季度, no year written: this year


@pytest.mark.django_db
def test_cli_writes_and_lists_updates_before_overwriting(tmp_path, capsys):
    data = _coded([["CL-1", "疏浚城区河道", "县住建局", "已完工"]])
    out = run_cli(tmp_path, capsys, "a", data, "--create-units")
    assert out["exit"] == 0 and out["created"] == 1 and out["applied"]
    edited = _coded([["CL-1", "疏浚城区河道", "县住建局", "已验收"]])
    out = run_cli(tmp_path, capsys, "b", edited)
    assert out["exit"] == 1 and out["updates"][0]["changes"] == [["进展情况", "已完工", "已验收"]]
    assert Item.objects.get(code="CL-1").progress_text == "已完工"      # shown, not written
    out = run_cli(tmp_path, capsys, "c", edited, "--allow-updates")
    assert out["exit"] == 0 and out["updated"] == 1
    assert Item.objects.get(code="CL-1").progress_text == "已验收"


def test_headers_no_table_lists_are_read_from_their_words(county, supervisor):
    data = xlsx([
        ["某单位2023年工作台账"],
        ["序号", "主要工作任务", "项目类别", "牵头县级领导", "责任单位及责任人", "完成时限及节点", "建设地点"],
        [1, "建设城南农贸市场", "民生类", "孙副县长", "县商务局", "2023年10月底前", "城南片区"],
    ])
    plan = plan_import(io.BytesIO(data), "x.xlsx", Options(create_units=True))
    assert plan.ok and plan.dropped_columns == []
    assert [c.field for c in plan.sheets[0].columns] == ["seq", "title", "kind", "leaders", "units", "deadline",
                                                         "extra"]
    rec = plan.records[0]
    # 民生类 is no item kind: kept under its own column name, and said
    assert ["项目类别", "民生类"] in rec.extra and ["建设地点", "城南片区"] in rec.extra
    assert any(w.column == "项目类别" for w in plan.warnings)


def test_a_broken_old_xls_file_is_named_as_such(db):
    plan = plan_import(io.BytesIO(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "旧.xls", Options())
    assert not plan.ok and "旧版 Excel(.xls)" in plan.errors[0].message


def test_a_unit_name_that_could_be_two_units_is_kept_and_left_unassigned(db):
    Unit.objects.create(name="甲县住房和城乡建设局")
    Unit.objects.create(name="乙县住房和城乡建设局")
    plan = plan_of(_coded([["A-1", "改造管网", "住建局"]], header=("任务编号", "工作任务", "牵头单位")))
    assert plan.ok and plan.records[0].lead_unit_id is None
    assert ["牵头单位", "住建局"] in plan.records[0].extra and any("多个单位" in w.message for w in plan.warnings)


def test_a_zip_bomb_is_refused_before_it_is_opened(db):
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (20 * 1024 * 1024) + b"/>")   # compresses 1000×
    plan = plan_import(io.BytesIO(buf.getvalue()), "炸弹.xlsx", Options())
    assert not plan.ok and plan.records == []


def test_a_wide_merged_title_full_of_keywords_is_not_the_header(db):
    data = xlsx([
        ["重点工作任务推进情况表"] + [None] * 9,
        ["序号", "工作任务", "牵头单位", "完成时限", "甲", "乙", "丙", "丁", "戊", "己"],
        [1, "修缮文化馆", "", "年底前", 1, 2, 3, 4, 5, 6],
    ], merges=["A1:J1"])
    plan = plan_import(io.BytesIO(data), "t.xlsx", Options(today=dt.date(2023, 3, 1)))
    assert plan.sheets[0].header_rows == (2, 2) and plan.sheets[0].title == "重点工作任务推进情况表"
    assert plan.records[0].values["title"] == "修缮文化馆" and ["己", "6"] in plan.records[0].extra


def test_one_unit_created_for_a_short_and_a_full_name(db, supervisor):
    data = _coded([["U-1", "整理统计台账", "县统计局"], ["U-2", "开展经济普查", "统计局"]],
                  header=("任务编号", "工作任务", "牵头单位"))
    res = apply_plan(plan_of(data, create_units=True), supervisor)
    assert res.units_created == ["县统计局"]
    assert Item.objects.get(code="U-2").lead_unit.name == "县统计局"


def test_blank_name_repeats_the_row_above_and_numbered_empty_rows_are_skipped(db):
    data = _coded([[1, "整治背街小巷", "县城管局", "完成北片"], [2, None, "县住建局", "完成南片"], [3, None, None, None],
                   [4, None, None, None]], header=("序号", "工作任务", "牵头单位", "进展情况"))
    plan = plan_of(data, create_units=True)
    assert plan.ok and [r.values["title"] for r in plan.records] == ["整治背街小巷", "整治背街小巷"]
    assert [r.values["progress_text"] for r in plan.records] == ["完成北片", "完成南片"]
    assert any("沿用上一行" in w.message for w in plan.warnings)


def test_three_line_header(db):
    data = xlsx([
        ["序号", "项目名称", "投资情况（万元）", None, None],
        [None, None, "总投资", "2023年", None],
        [None, None, None, "计划", "完成"],
        [1, "修建文体中心", 3000, 800, 200],
    ], merges=["A1:A3", "B1:B3", "C1:E1", "C2:C3", "D2:E2"])
    plan = plan_import(io.BytesIO(data), "p.xlsx", Options())
    assert plan.sheets[0].header_rows == (1, 3)
    assert [c.field for c in plan.sheets[0].columns] == ["seq", "title", "investment_total", "investment_planned",
                                                         "investment_completed"]
    v = plan.records[0].values
    assert (v["investment_total"], v["investment_planned"], v["investment_completed"], v["investment_unit"]) == \
        (3000, 800, 200, "万元")


def test_a_heading_written_in_the_number_column_is_a_group(db):
    data = _coded([["1、城建类", None, None], [1, "铺设雨水管网", "县住建局"], [2, None, None]],
                  header=("序号", "工作任务", "牵头单位"))
    plan = plan_of(data, create_units=True)
    assert [r.section for r in plan.records] == [True, False]


def test_a_confirmed_title_key_is_remembered_for_the_layout(county, supervisor):
    apply_plan(plan_of(executive_meeting(), create_units=True, key_field="title"), supervisor)
    again = plan_of(executive_meeting(), create_units=True)
    assert again.key_field == "title" and again.to_update == 3      # shown as updates, as confirmed before
    assert plan_of(executive_meeting(), create_units=True, key_field="").to_update == 0


def test_placeholders_and_a_sheet_without_a_task_column(db):
    data = _coded([[1, "修缮城墙遗址", "/", "—"], [2, "完善公厕布局", "无", "2023年底前"]],
                  header=("序号", "主要内容", "责任单位", "完成时限"))   # no 事项 column: 主要内容 names the items
    plan = plan_of(data, create_units=True)
    assert plan.ok and [c.field for c in plan.sheets[0].columns][:2] == ["seq", "title"]
    assert plan.unknown_units == {} and [r.lead_unit_id for r in plan.records] == [None, None]
    assert plan.records[0].values["deadline_kind"] == ""


def test_a_repeated_code_gets_its_own_and_keeps_the_written_one(db):
    plan = plan_of(_coded([["D-1", "甲事项", ""], ["D-1", "乙事项", ""]], header=("任务编号", "工作任务", "牵头单位")))
    assert plan.ok and [r.code for r in plan.records] == ["D-1", ""]
    assert ["任务编号(原)", "D-1"] in plan.records[1].extra


def test_changes_are_shown_in_words(county, supervisor):
    head = ("任务编号", "工作任务", "牵头单位", "推进状态", "完成时限")
    apply_plan(plan_of(_coded([["W-1", "改造供热管网", "县住建局", "正在办理", "2023-06-30"]], header=head)),
               supervisor)
    plan = plan_of(_coded([["W-1", "改造供热管网", "县发改局", "已销号", "2023-09-30"]], header=head))
    changes = {k: (o, n) for k, o, n in plan.records[0].changes}
    assert changes["推进状态"] == ("办理中", "办结")
    assert changes["完成时限"] == ("2023年6月30日", "2023年9月30日")
    assert changes["牵头单位"] == ("县住房和城乡建设局", "县发展和改革局")
