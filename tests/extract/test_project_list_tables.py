"""A list of key projects as pages carry it: rows of cells set apart by tabs with rows naming their group between them
(一、基础设施项目（3项）) and empty cells (no figure: a project not yet begun has done nothing), or one cell a line
under a header whose first column is 序号.  Each row names a project (its stage from the stage or notes column) and
its figures are about it; the column of what was done up to a past time (截至2023年底累计完成投资) is reported, whatever
the list plans beside it; the header's words name columns and are no figures.

Every table here is invented (岚溪县, 临江区, 白沙市 …) in the shapes such lists are published in."""
from __future__ import annotations

from factrun import facts_of, one

from taizhang.extract.pipeline import extract_text


def _lines(*cells: str) -> str:
    return "\n".join(cells) + "\n"


def _projects(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text, name="t.txt", fmt=None).projects}


_TABBED = _lines(
    "岚溪县2024年重点建设项目计划", "", "岚溪县2024年重点建设项目计划表", "单位：万元",
    "序号\t项目名称\t建设内容及规模\t建设起止年限\t总投资\t2024年计划投资\t截至2023年底累计完成投资\t建设阶段",
    "一、基础设施项目（3项）",
    "1\t岚溪县城北污水处理厂扩建工程\t新增日处理污水2万吨\t2023-2025\t18000\t8000\t5200\t续建",
    "2\t岚溪至青川二级公路改建工程\t改建二级公路32公里\t2024-2026\t96000\t30000\t\t新开工",
    "3\t县城智慧停车场建设项目\t新建停车泊位1200个\t2024-2025\t12500\t6000\t\t新开工",
    "二、产业发展项目（2项）",
    "4\t岚溪经开区新能源电池材料产业园\t建设标准厂房12万平方米\t2022-2025\t156000\t45000\t68000\t续建",
    "5\t青梅深加工及冷链物流项目\t建设年加工青梅5万吨生产线\t2025-2027\t32000\t2000\t\t前期")


def test_tab_rows_with_group_rows_between_them_and_empty_cells():
    fs = facts_of(_TABBED)
    done = one(fs, 5200)
    assert (done.kind, done.value_unit, done.period, done.subject) == \
        ("actual", "万元", "..2023", "岚溪县城北污水处理厂扩建工程")
    park = one(fs, 156000)
    assert (park.value_unit, park.indicator, park.subject) == ("万元", "总投资", "岚溪经开区新能源电池材料产业园")
    assert one(fs, 68000).kind == "actual"
    assert one(fs, 2000).subject == "青梅深加工及冷链物流项目"
    assert not [f for f in fs if f.value in (2024, 2023)]  # the header's 2024年计划投资 / 截至2023年底 name columns


def test_the_projects_of_tab_rows_after_a_group_row_and_their_stages():
    got = _projects(_TABBED)
    assert got.get("岚溪经开区新能源电池材料产业园") == "under_construction", got
    assert got.get("青梅深加工及冷链物流项目") == "planned", got  # 前期: being prepared (the lead's convention)


_ONE_A_LINE = _lines(
    "临江区2025年市级重点项目名单", "", "临江区2025年市级重点项目一览表",
    "序号", "项目名称", "建设规模及内容", "建设年限", "总投资（亿元）", "年度计划投资（亿元）", "备注",
    "1", "临江滨江大道提升改造工程", "全长6.8公里道路提升改造", "2024-2026", "9.6", "3.2", "续建",
    "2", "临江区第二人民医院迁建项目", "新建门诊住院综合楼8万平方米", "2025-2027", "12.4", "2.5", "新开工",
    "3", "临江区智能制造产业园二期", "标准厂房15万平方米", "2025-2026", "8.3", "4", "续建",
    "", "二、加快推进项目前期工作。")


def test_one_cell_a_line_under_a_header_opening_with_serials():
    fs = facts_of(_ONE_A_LINE)
    road = one(fs, 9.6)
    assert (road.value_unit, road.indicator, road.subject) == ("亿元", "总投资", "临江滨江大道提升改造工程")
    plan = one(fs, 2.5)
    assert (plan.value_unit, plan.indicator, plan.subject) == ("亿元", "年度计划投资", "临江区第二人民医院迁建项目")
    assert one(fs, 8.3).subject == "临江区智能制造产业园二期"
    assert not [f for f in fs if f.value == 1]  # before, 1亿元 of a row named 备注


def test_the_projects_of_a_list_one_cell_a_line_take_their_stage_from_its_notes():
    got = _projects(_ONE_A_LINE)
    assert got.get("临江滨江大道提升改造工程") == "under_construction", got
    assert "临江区第二人民医院迁建项目" in got and "临江区智能制造产业园二期" in got, got


def test_a_row_one_cell_short_is_left_out_and_the_rows_after_it_are_read():
    text = _lines(
        "白沙市2025年重大项目清单", "",
        "序号", "项目名称", "建设内容", "总投资（亿元）", "年度计划投资（亿元）", "建设性质",
        "1", "白沙港四期码头工程", "新建5万吨级泊位2个", "36.5", "6.2", "续建",
        "2", "白沙东站综合交通枢纽", "站房及配套", "8.8", "新开工",
        "3", "白沙市第一中学新校区", "新建校舍6万平方米", "6.8", "2.4", "续建",
        "4", "白沙滨海湿地修复工程", "修复湿地1200亩", "3.9", "1.1", "新开工")
    fs = facts_of(text)
    assert one(fs, 36.5).subject == "白沙港四期码头工程"
    school = one(fs, 2.4)
    assert (school.indicator, school.subject) == ("年度计划投资", "白沙市第一中学新校区")
    assert one(fs, 1.1).subject == "白沙滨海湿地修复工程"


def test_a_web_page_list_with_group_rows_across_it_and_a_column_done_by_last_year_end():
    text = ("<html><head><title>雾溪市2024年市级重点项目计划</title></head><body>"
            "<p>雾溪市2024年市级重点项目计划表</p><p>单位：亿元</p><table>"
            "<tr><td>序号</td><td>项目名称</td><td>建设内容</td><td>总投资</td><td>年度计划投资</td>"
            "<td>截至上年底累计完成投资</td><td>建设阶段</td></tr>"
            "<tr><td colspan=\"7\">（一）续建项目</td></tr>"
            "<tr><td>1</td><td>雾溪高铁站站前广场</td><td>广场及地下停车场</td><td>12.6</td><td>4.2</td><td>5.1</td>"
            "<td>续建</td></tr>"
            "<tr><td>2</td><td>雾溪河综合治理工程</td><td>治理河道18公里</td><td>9.3</td><td>3</td><td></td>"
            "<td>续建</td></tr>"
            "<tr><td colspan=\"7\">（二）新开工项目</td></tr>"
            "<tr><td>3</td><td>雾溪国际会展中心</td><td>建筑面积15万平方米</td><td>25</td><td>6</td><td></td>"
            "<td>新开工</td></tr>"
            "</table></body></html>")
    fs = facts_of(text)
    done = one(fs, 5.1)
    assert (done.kind, done.period, done.value_unit, done.subject) == ("actual", "..2023", "亿元", "雾溪高铁站站前广场")
    assert one(fs, 25).subject == "雾溪国际会展中心"
