"""Projects in tables of key projects (序号 | 项目名称 | 建设性质 | 建设内容 | 进展情况), on rows written for these tests."""
from __future__ import annotations

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord
from taizhang.extract.pipeline import extract_text


def stages(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text).projects}


def plan_stages(text: str, title: str) -> dict[str, str]:
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title=title, doc_type="plan")
    return {p.mention: p.stage for p in projects.extract(doc, record)}


def test_the_progress_cell_not_the_works_cell_gives_the_stage():
    text = ("序号\t项目名称\t建设内容\t总投资(亿元)\t进展情况\n"
            "1\t丰源年产8万吨饲料项目\t新建饲料生产线3条\t3.2\t厂房主体完工\n"
            "2\t松坪镇中心小学扩建工程\t新建教学楼1栋\t0.6\t已建成投入使用\n"
            "3\t梅岭森林康养基地\t新建康养木屋50栋\t5\t尚未开工,正在办理林地手续\n")
    assert stages(text) == {"丰源年产8万吨饲料项目": "under_construction", "松坪镇中心小学扩建工程": "completed",
                            "梅岭森林康养基地": "planned"}


def test_a_bar_table_of_a_plan_reads_its_nature_column():
    text = ("| 序号 | 项目名称 | 建设性质 | 建设规模 | 总投资(万元) |\n"
            "| 1 | 柏溪河航道整治工程 | 续建 | 整治航道32公里 | 56000 |\n"
            "| 2 | 东林医院住院大楼 | 新建 | 建筑面积2.8万平方米 | 31000 |\n"
            "| 3 | 云屏山抽水蓄能电站 | 前期 | 装机140万千瓦 | 860000 |\n")
    got = plan_stages(text, "柏溪县2027年重点建设项目计划")
    assert got == {"柏溪河航道整治工程": "under_construction", "东林医院住院大楼": "planned",
                   "云屏山抽水蓄能电站": "planned"}


def test_rows_set_apart_by_blanks_are_read_cell_by_cell():
    text = ("序号  项目名称                    建设性质  总投资(亿元)  责任单位\n"
            "1     石湾港区铁路专用线          续建      18.2          县交通局\n"
            "2     金穗年产30万吨大米加工项目  新开工    6.0           县农业农村局\n"
            "3     白沙洲光伏电站              前期      4.5           县发改局\n")
    assert stages(text) == {"石湾港区铁路专用线": "under_construction", "金穗年产30万吨大米加工项目": "under_construction",
                            "白沙洲光伏电站": "planned"}


def test_a_note_column_saying_where_a_row_stands_gives_the_stage():
    # a list pasted as text under a units line, single blanks between its cells, its last column 备注
    text = ("白沙县2026年重点项目推进情况\n单位:万元\n"
            "序号 项目名称 总投资 年度计划投资 1-6月完成投资 备注\n"
            "1 白沙县城南污水处理厂 15000 6000 3100 续建\n"
            "2 白沙县第三中学综合楼 9000 3500 800 已开工\n"
            "3 白沙县城东农贸市场 4200 1500 0 未开工\n")
    got = stages(text)
    assert got["白沙县城南污水处理厂"] == "under_construction" and got["白沙县第三中学综合楼"] == "under_construction"
    assert got["白沙县城东农贸市场"] != "under_construction"
