"""A table's frame: its header decides once what each column's figures are (structures.table_frames), and the facts
stage lets every figure of a row read it.  All tables here are invented (岚溪县, 青川市, 河口镇 …)."""
from __future__ import annotations

import pytest

from factrun import facts_of
from taizhang.extract.structures import frame_role, table_frames

LEAD = ("岚溪县2026年民生实事项目进展情况通报\n\n各乡镇人民政府，县直各有关单位：\n"
        "现将2026年县级民生实事项目推进情况通报如下。\n\n")

ROWS = [("1", "新建村级卫生室12个", "已完成10个,完成率83%", "县卫健局"),
        ("2", "改造农村公路45公里", "已完成30公里", "县交通运输局"),
        ("3", "新增城镇就业岗位2000个", "已新增1650个,完成率82.5%", "县人社局")]
HEAD = ("序号", "项目内容", "当前进度", "责任单位")


def _bars(head, rows):
    return "\n".join(" | ".join(r) for r in [head, *rows]) + "\n"


def _tabs(head, rows):
    return "\n".join("\t".join(r) for r in [head, *rows]) + "\n"


def _blanks(head, rows):
    return "\n".join("  ".join(r) for r in [head, *rows]) + "\n"


def _dunhao(head, rows):
    return "\n".join("、".join(r) for r in [head, *rows]) + "\n"


def _one_a_line(head, rows):
    return "".join(c + " |\n" for r in [head, *rows] for c in r)


def _markdown(head, rows):
    lines = ["| " + " | ".join(head) + " |", "| " + " | ".join("---" for _ in head) + " |"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


FORMS = {"bars": _bars, "tabs": _tabs, "blanks": _blanks, "dunhao": _dunhao, "one_a_line": _one_a_line,
         "markdown": _markdown}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_frame_decides_the_columns_once_from_the_header(form):
    text = LEAD + FORMS[form](HEAD, ROWS)
    frames = table_frames(text)
    assert len(frames) == 1, form
    f = frames[0]
    assert f.decision == "progress" and f.confidence == 1.0
    assert [c.role for c in f.columns] == ["serial", "plan", "progress", "owner"]
    assert text[f.header[0]:f.header[1]].startswith("序号") and "项目内容" in f.reason and "当前进度" in f.reason
    assert [[text[a:b] for a, b in cells] for _, cells in f.rows] == [list(r) for r in ROWS]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_plan_cells_are_targets_progress_cells_actuals_named_by_the_row(form):
    fs = facts_of(LEAD + FORMS[form](HEAD, ROWS))
    got = {(f.value, f.unit): f for f in fs}
    assert (got[(12, "个")].kind, got[(12, "个")].period) == ("target", "2026")
    assert "村级卫生室" in got[(12, "个")].indicator
    assert got[(10, "个")].kind == "actual" and "村级卫生室" in got[(10, "个")].indicator
    rate = got[(83, "%")]
    assert (rate.kind, rate.measure) == ("actual", "share") and rate.indicator.endswith("村级卫生室完成率")
    assert got[(45, "公里")].kind == "target" and got[(30, "公里")].kind == "actual"
    assert "农村公路" in got[(30, "公里")].indicator
    assert got[(2000, "个")].kind == "target" and got[(1650, "个")].kind == "actual"
    assert "就业岗位" in got[(1650, "个")].indicator and got[(82.5, "%")].indicator.endswith("就业岗位完成率")
    assert not [f for f in fs if f.value in (1, 2, 3) and f.unit == ""]  # the rows' numbers
    for f in fs:
        assert "|" not in f.evidence and "\t" not in f.evidence  # the evidence is the cell


def test_other_genres_and_column_words():
    # a supervision notice of rectification tasks: 整改任务 | 整改进展 | 牵头领导 | 完成时限
    text = ("青川市环保督察反馈问题整改推进情况\n\n"
            "序号\t整改任务\t整改进展\t牵头领导\t完成时限\n"
            "1\t关停小散乱污企业30家\t已关停24家\t王某某\t2026年10月底\n"
            "2\t完成河道清淤80公里\t已清淤52公里,完成65%\t李某某\t2026年12月底\n")
    frames = table_frames(text)
    assert [c.role for c in frames[0].columns] == ["serial", "plan", "progress", "owner", "time"]
    fs = facts_of(text)
    got = {(f.value, f.unit): f for f in fs}
    assert got[(30, "家")].kind == "target" and got[(24, "家")].kind == "actual"
    assert "小散乱污企业" in got[(24, "家")].indicator
    assert got[(80, "公里")].kind == "target" and got[(52, "公里")].kind == "actual"
    assert got[(65, "%")].indicator.endswith("完成率")
    assert not [f for f in fs if f.value in (10, 12) and f.unit in ("月", "")]  # the deadlines are no figures


def test_progress_beside_a_name_column_frames_at_lower_confidence():
    text = ("河口镇2026年重点项目推进情况\n\n"
            "序号 | 项目名称 | 完成情况 | 责任单位\n"
            "1 | 河口镇污水处理厂 | 主体完工,形象进度90% | 镇建设办\n"
            "2 | 白沙村道路硬化 | 已硬化6公里 | 镇交通站\n")
    f = table_frames(text)[0]
    assert f.decision == "progress" and f.confidence < 1.0 and "完成情况" in f.reason
    got = {(x.value, x.unit): x for x in facts_of(text)}
    assert got[(90, "%")].kind == "actual" and got[(90, "%")].indicator.endswith("形象进度")


@pytest.mark.parametrize("head", [
    "序号 | 项目名称 | 建设内容 | 总投资(亿元)",      # a project list: no column of progress
    "单位 | 受理量(件) | 办结率(%) | 满意率(%)",        # figures in columns of their own
    "排名 | 乡镇 | 得分 | 扣分原因",                  # a ranking
])
def test_a_header_without_plan_and_progress_frames_nothing(head):
    text = f"{head}\n1 | 青川镇 | 新建厂房2万平方米 | 3.5\n2 | 河口镇 | 新建仓库5000平方米 | 1.2\n"
    assert table_frames(text) == []


def test_unsure_frame_changes_nothing():
    # the same rows under a header whose columns say nothing of plans and progress: the figures keep their reading
    head = ("序号", "事项一", "事项二", "备注")
    text = LEAD.replace("推进情况", "目标") + _bars(head, ROWS)
    assert table_frames(text) == []


@pytest.mark.parametrize("name,role", [
    ("项目内容", "plan"), ("年度目标任务", "plan"), ("民生实事", "plan"), ("建设规模", "plan"),
    ("当前进度", "progress"), ("截至9月底完成情况", "progress"), ("进展情况", "progress"), ("整改情况", "progress"),
    ("责任单位", "owner"), ("牵头领导", "owner"), ("完成时限", "time"), ("序号", "serial"), ("项目名称", "name"),
    ("总投资(亿元)", ""), ("得分", ""), ("2026年计划投资", ""),
])
def test_frame_role_of_header_cells(name, role):
    assert frame_role(name) == role


def test_web_table_cells_closed_by_bars_may_run_over_lines():
    # a web page's table as text: every cell closed by a bar, a cell of two paragraphs over two lines, a line of bars
    # left by merged cells
    text = (LEAD + "序号 |\n项目内容 |\n当前进度 |\n责任单位 |\n||||\n"
            "1 |\n新建村级卫生室12个 |\n已完成10个;\n其余2个主体完工,完成率83% |\n县卫健局 |\n"
            "2 |\n改造农村公路45公里 |\n已完成30公里 |\n县交通运输局 |\n"
            "3 |\n新增城镇就业岗位2000个 |\n已新增1650个 |\n县人社局 |\n\n下一步,各责任单位要加快推进。\n")
    f = table_frames(text)[0]
    assert len(f.rows) == 3 and [c.role for c in f.columns] == ["serial", "plan", "progress", "owner"]
    got = {(x.value, x.unit): x for x in facts_of(text)}
    assert got[(12, "个")].kind == "target" and got[(10, "个")].kind == "actual"
    assert got[(83, "%")].indicator.endswith("村级卫生室完成率") and got[(2, "个")].kind == "actual"
    assert got[(1650, "个")].kind == "actual" and "就业岗位" in got[(1650, "个")].indicator


def test_rows_each_on_a_line_closed_by_bars():
    text = (LEAD + "序号 | 民生实事 | 截至9月底完成情况 | 牵头单位 |\n"
            "1 | 改造农村户厕3000户 | 已改造2400户 | 县农业农村局 |\n"
            "2 | 新建城区停车位800个 | 已建成650个,完成率81.3% | 县住建局 |\n")
    f = table_frames(text)[0]
    assert len(f.rows) == 2
    got = {(x.value, x.unit): x for x in facts_of(text)}
    assert got[(3000, "户")].kind == "target" and got[(2400, "户")].kind == "actual"
    assert "户厕" in got[(2400, "户")].indicator and got[(81.3, "%")].indicator.endswith("停车位完成率")


@pytest.mark.parametrize("line", [
    "1.目标任务:新建村级卫生室12个;进展情况:已完成10个,完成率83%;责任单位:县卫健局。",
    "(一)年度目标：新建村级卫生室12个。目前进展：已完成10个，完成率83%。牵头单位：县卫健局。",
    "一是全年目标任务:新建村级卫生室12个,截至9月底完成情况:已完成10个,完成率83%。",
])
def test_rows_written_as_labelled_fields(line):
    text = LEAD + line + "\n"
    f = table_frames(text)[0]
    assert f.separator == ":" and f.decision == "progress"
    got = {(x.value, x.unit): x for x in facts_of(text)}
    assert got[(12, "个")].kind == "target" and got[(12, "个")].period == "2026"
    assert got[(10, "个")].kind == "actual" and "村级卫生室" in got[(10, "个")].indicator
    assert got[(83, "%")].indicator.endswith("村级卫生室完成率")


def test_a_field_of_progress_after_the_rows_item():
    text = LEAD + "3.城区停车位建设。进展情况:已建成650个,完成率81.3%。\n"
    f = table_frames(text)[0]
    assert f.confidence < 1.0 and f.columns[0].role == "name"
    got = {(x.value, x.unit): x for x in facts_of(text)}
    assert got[(81.3, "%")].indicator == "城区停车位建设完成率" and got[(650, "个")].kind == "actual"


def test_prose_with_one_label_frames_nothing():
    assert table_frames("会议指出:今年以来全县新建村级卫生室12个,已完成年度目标任务的83%。\n") == []


def test_a_names_quantity_closing_its_cell_is_the_target_a_size_inside_a_name_is_not():
    text = ("岚溪县2026年重点民生项目推进情况\n\n序号 | 项目名称 | 推进情况 | 责任单位\n"
            "1 | 新建村级卫生室12个 | 已完成10个 | 县卫健局\n"
            "2 | 年产10万吨饲料加工项目 | 主体完工,形象进度75% | 县工信局\n")
    got = {(x.value, x.unit): x for x in facts_of(text)}
    assert got[(12, "个")].kind == "target" and got[(10, "个")].kind == "actual"
    assert (10, "万吨") not in got or got[(10, "万吨")].kind != "target"
    assert got[(75, "%")].indicator.endswith("形象进度")


@pytest.mark.parametrize("head", ["序号 | 2026年目标任务 | 1-9月完成情况 | 责任单位",
                                  "序号 | 全年目标任务 | 截至9月底进展情况 | 牵头单位",
                                  "序号 | 项目 | 建设内容及规模 | 工作推进情况 | 存在问题 | 责任单位"])
def test_headers_with_their_time_or_unknown_columns_still_frame(head):
    n = head.count("|") + 1
    rows = "\n".join(" | ".join([str(k), *(["新建村级卫生室12个", "已完成10个"] if n == 4 else
                                            ["卫生", "新建村级卫生室12个", "已完成10个", "无"]), "县卫健局"])
                     for k in (1, 2))
    f = table_frames(LEAD + head + "\n" + rows + "\n")
    assert len(f) == 1 and len(f[0].rows) == 2


@pytest.mark.parametrize("head,word", [("当前进度", "进度"), ("完成率(%)", "完成率"), ("形象进度", "形象进度")])
def test_a_progress_column_of_bare_rates_is_named_by_the_rows_task_about_the_documents_place(head, word):
    text = (LEAD + f"序号 | 项目内容 | {head} | 责任单位 |\n"
            "1 | 新建村级卫生室12个 | 83% | 县卫健局 |\n"
            "2 | 改造农村公路45公里 | 67% | 县交通运输局 |\n"
            "3 | 新增城镇就业岗位2000个 | 82.5% | 县人社局 |\n")
    f = table_frames(text)[0]
    assert f.columns[2].role == "progress"
    got = {(x.value, x.unit): x for x in facts_of(text)}
    assert got[(83, "%")].indicator == "新建村级卫生室" + word
    assert got[(83, "%")].kind == "actual" and got[(12, "个")].kind == "target"
    assert {got[k].subject for k in got} == {"岚溪县"}  # the rows are tasks, not bodies


def test_a_project_lists_rate_column_keeps_its_reading():
    text = ("青川市2026年重点项目1-9月推进情况\n\n序号 | 项目名称 | 年度计划(亿元) | 完成投资(亿元) | 完成率 |\n"
            "1 | 青川大道改造工程 | 12.5 | 9.1 | 72.8% |\n2 | 河口大桥 | 8 | 6.6 | 82.5% |\n")
    got = {(x.value, x.unit): x for x in facts_of(text)}
    assert got[(72.8, "%")].indicator == "完成率" and got[(72.8, "%")].subject == "青川大道改造工程"


def test_one_cell_a_line_with_columns_the_frame_does_not_know():
    text = (LEAD + "序号 |\n项目类别 |\n项目内容 |\n当前进度 |\n责任单位 |\n备注 |\n||||||\n"
            "1 |\n卫生 |\n新建村级卫生室12个 |\n已完成10个,完成率83% |\n县卫健局 |\n |\n"
            "2 |\n交通 |\n改造农村公路45公里 |\n已完成30公里 |\n县交通运输局 |\n |\n")
    f = table_frames(text)[0]
    assert [c.role for c in f.columns] == ["serial", "", "plan", "progress", "owner", ""] and len(f.rows) == 2
    got = {(x.value, x.unit): x for x in facts_of(text)}
    assert got[(12, "个")].kind == "target" and got[(30, "公里")].kind == "actual"
