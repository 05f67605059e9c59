"""Tables an office writes to hand out the year's targets and tasks (目标任务分解表, 民生实事分解表, 重点项目计划表):
rows grouped under section rows (一、发展目标), columns of who answers for a row and by when (责任单位, 牵头单位,
配合单位, 完成时限) beside the figures, a cell holding two figures (15、37), cells of words holding the figure
(新增15家) beside the row's task, and several units written one a line in one cell.  Set apart by bars, by tabs or
one cell a line.  All tables here are invented (岚溪县, 青川区, 东坪镇 …)."""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.pipeline import extract_text


def _row(fs, value):
    f = one(fs, value)
    return f.kind, f.period, f.value_unit, f.indicator


SECTIONS_AS_LINES = ("岚溪县2025年经济社会发展目标任务分解表\n"
                     "2025年2月10日\n\n"
                     "序号 | 目标任务 | 2025年目标 | 2026年目标 | 责任单位\n"
                     "一、发展目标\n"
                     "1 | 新增规上工业企业(家) | 15 | 20 | 县工信局\n"
                     "2 | 城镇新增就业(人) | 4800 | 5000 | 县人社局\n"
                     "二、民生目标\n"
                     "3 | 新建学校(所) | 3 | 4 | 县教育局\n"
                     "4 | 农村公路改造(公里) | 120 | 150 | 县交通运输局\n")

SECTIONS_IN_BARS = ("青川区2026年主要目标任务分解表\n\n"
                    "| 序号 | 工作目标 | 2026年目标 | 2027年目标 | 牵头单位 |\n"
                    "| （一）产业发展 |\n"
                    "| 1 | 新增高新技术企业(家) | 12 | 15 | 区科技局 |\n"
                    "| 2 | 规上工业增加值增长(%) | 7 | 7.5 | 区工信局 |\n"
                    "| （二）社会事业 |\n"
                    "| 3 | 新增城镇就业(人) | 3600 | 3800 | 区人社局 |\n"
                    "| 4 | 改造老旧小区(个) | 18 | 20 | 区住建局 |\n")


def test_section_rows_between_the_rows_of_a_bar_table_do_not_end_it():
    fs = facts_of(SECTIONS_AS_LINES)
    assert _row(fs, 3) == ("target", "2025", "所", "新建学校")
    assert _row(fs, 150) == ("target", "2026", "公里", "农村公路改造")
    fs = facts_of(SECTIONS_IN_BARS)
    assert _row(fs, 3800) == ("target", "2027", "人", "新增城镇就业")
    assert _row(fs, 18) == ("target", "2026", "个", "改造老旧小区")


ONE_CELL_A_LINE = ("东坪镇2025年目标任务分解表\n"
                   "2025年3月2日\n\n"
                   "序号\n目标任务\n2025年目标\n责任单位\n"
                   "一、经济发展\n"
                   "1\n新增规上工业企业(家)\n6\n镇经发办\n"
                   "2\n招商引资到位资金(亿元)\n3.5\n镇招商办\n"
                   "二、民生保障\n"
                   "{n3}\n新建村级卫生室(个)\n4\n镇卫生院\n"
                   "{n4}\n改造农村户厕(户)\n260\n镇农业服务中心\n")


def test_section_rows_of_a_table_one_cell_a_line_numbering_on_or_anew():
    for n3, n4 in (("3", "4"), ("1", "2")):
        fs = facts_of(ONE_CELL_A_LINE.format(n3=n3, n4=n4))
        assert _row(fs, 6) == ("target", "2025", "家", "新增规上工业企业")
        assert _row(fs, 260) == ("target", "2025", "户", "改造农村户厕")
        assert _row(fs, 4) == ("target", "2025", "个", "新建村级卫生室")


OWNER_AND_TIME_COLUMNS = ("岚溪县2025年目标任务分解表\n"
                          "2025年2月10日\n\n"
                          "序号\n目标任务\n2025年目标\n完成时限\n牵头单位\n配合单位\n"
                          "1\n新增规上工业企业(家)\n15\n2025年12月底\n县工信局\n县统计局\n"
                          "2\n城镇新增就业(人)\n5000\n2025年12月底\n县人社局\n各乡镇\n"
                          "3\n新建学校(所)\n3\n2025年9月\n县教育局\n县住建局\n")


def test_columns_of_who_and_by_when_do_not_kill_the_rows_of_a_table_one_cell_a_line():
    fs = facts_of(OWNER_AND_TIME_COLUMNS)
    assert _row(fs, 15) == ("target", "2025", "家", "新增规上工业企业")
    assert _row(fs, 5000) == ("target", "2025", "人", "城镇新增就业")
    assert _row(fs, 3) == ("target", "2025", "所", "新建学校")


def test_two_figures_in_one_cell_are_two_facts_of_the_columns_time():
    text = ("岚溪县2025年目标任务分解表\n\n"
            "| 序号 | 目标任务 | 2025年目标 | 2026年目标 | 责任单位 |\n"
            "| 1 | 新增规上工业企业(家) | 15、37 | 20 | 县工信局 |\n"
            "| 2 | 城镇新增就业(人) | — | 5000 | 县人社局 |\n"
            "| 3 | 地区生产总值增长(%) | 6.5 | 7 | 县发改局 |\n")
    fs = facts_of(text)
    assert _row(fs, 15) == _row(fs, 37) == ("target", "2025", "家", "新增规上工业企业")
    assert _row(fs, 5000) == ("target", "2026", "人", "城镇新增就业")
    lines = "\n".join(x.strip() for x in text.replace("|", "\n").split("\n") if x.strip()) + "\n"
    fs = facts_of(lines)  # one cell a line
    assert _row(fs, 37) == ("target", "2025", "家", "新增规上工业企业")


TASK_TABLE = ("岚溪县2025年度重点工作目标任务分解表\n\n"
              "序号|工作任务|工作目标|完成时限|牵头单位|配合单位\n"
              "一、经济发展\n"
              "1|新增规上工业企业|新增15家|2025年12月底|县工信局|县统计局\n"
              "2|城镇新增就业|5000人以上|2025年12月底|县人社局|各乡镇\n"
              "3|固定资产投资|增长8%|2025年12月底|县发改局|县直各部门\n"
              "二、民生保障\n"
              "4|新建学校|3所|2025年9月|县教育局|县住建局\n"
              "5|改造农村公路|120公里|2025年11月|县交通运输局|各乡镇\n")


def test_a_task_tables_cells_of_words_are_the_years_targets_of_the_rows_task():
    for text in (TASK_TABLE, TASK_TABLE.replace("|", "\t"),
                 "\n".join(x for line in TASK_TABLE.split("\n") for x in line.split("|"))):
        fs = facts_of(text)
        assert _row(fs, 15) == ("target", "2025", "家", "新增规上工业企业")
        assert one(fs, 5000).comparator == ">="
        assert (one(fs, 8).measure, one(fs, 8).indicator) == ("growth", "固定资产投资")
        assert _row(fs, 3) == ("target", "2025", "所", "新建学校")
        assert _row(fs, 120)[:3] == ("target", "2025", "公里")


SEVERAL_UNITS_A_LINE = ("青川区人民政府办公室关于印发2026年民生实事分工的通知\n\n"
                        "各街道办事处,区级各部门:\n现将2026年民生实事分工印发给你们,请认真抓好落实。\n\n"
                        "青川区人民政府办公室\n2026年2月20日\n\n附件\n\n"
                        "序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n"
                        "1\n\n启动建设滨河公园。\n\n区住建局\n\n区水务局\n\n12月底前\n\n"
                        "2\n\n新建3座人行天桥。\n\n区交通运输局\n\n10月底前\n\n"
                        "3\n\n新建社区养老服务站12个。\n\n区民政局\n\n区财政局\n\n各街道\n\n12月底前\n\n"
                        "4\n\n完成老旧小区改造1500户。\n\n区住建局\n\n12月底前\n")


def test_a_list_of_the_years_tasks_states_targets_with_several_units_one_a_line():
    # (read as sentences, each task took the deadline of the row above it as a cut-off: actual, ..2026-M12)
    fs = facts_of(SEVERAL_UNITS_A_LINE)
    for value, unit in ((3, "座"), (12, "个"), (1500, "户")):
        f = one(fs, value)
        assert (f.kind, f.period, f.unit) == ("target", "2026", unit), (value, f)
    assert one(fs, 12).indicator == "新建社区养老服务站"


PROJECTS_IN_SECTIONS = ("岚溪县2025年重点建设项目计划表\n"
                        "2025年3月1日\n\n"
                        "序号\n项目名称\n级别\n总投资(亿元)\n年度计划投资(亿元)\n责任单位\n"
                        "一、产业项目\n"
                        "1\n岚溪县城南污水处理厂\n省级\n12.5\n3.2\n县住建局\n"
                        "2\n岚溪县人民医院综合楼\n市级\n8.6\n2.1\n县卫健局\n"
                        "二、基础设施项目\n"
                        "3\n青山工业园标准厂房\n县级\n5\n1.5\n县工信局\n"
                        "4\n青山大道改造工程\n县级\n3.3\n1.2\n县交通运输局\n")


def test_a_project_list_one_cell_a_line_reads_its_projects_past_its_section_rows():
    ex = extract_text(PROJECTS_IN_SECTIONS, "t.txt")
    assert [p.name for p in ex.projects] == ["岚溪县城南污水处理厂", "岚溪县人民医院综合楼", "青山工业园标准厂房",
                                             "青山大道改造工程"]
    assert (one(ex.facts, 12.5).subject, one(ex.facts, 1.2).period) == ("岚溪县城南污水处理厂", "2025")
