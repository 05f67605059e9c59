"""Six office ledger layouts, built in code with invented rows (the shapes of real ones, none of their words).

Each function returns the workbook's bytes.  Used by test_excel_layouts.py and bench/import_speed.py.
"""
from __future__ import annotations

import io

from openpyxl import Workbook


def _save(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _sheet(ws, rows: list[list], merges: list[str] = ()):
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    return ws


def xlsx(rows: list[list], title: str | None = None, merges: list[str] = ()) -> bytes:
    """One sheet of ``rows`` (``merges``: ranges such as "A1:C1"; ``title``: the sheet's name) as .xlsx bytes."""
    wb = Workbook()
    _sheet(wb.active, rows, merges)
    if title:
        wb.active.title = title
    return _save(wb)


def task_breakdown() -> bytes:
    """A work report broken into tasks: title row, a sub-title, 一/二 sections and a （一） sub-section,
    「序 号」 and 「牵头\\n单位」 headers, a lead unit merged down two rows, deadlines as written."""
    wb = Workbook()
    _sheet(wb.active, [
        ["青禾县2023年政府工作报告重点工作任务分解表", None, None, None, None, None, None],
        ["（县政府督查室汇总  2023年2月）", None, None, None, None, None, None],
        ["序 号", "重点工作", "具体任务", "牵头\n单位", "责任单位", "县级\n责任领导", "完成时限\n（节点）"],
        ["一、稳住工业基本盘", None, None, None, None, None, None],
        [1, "建设标准厂房", "新建标准厂房六万平方米并招引企业入驻", "县发改局", "县住建局、各镇（街道）", "刘副县长",
         "2023年12月底前"],
        [2, "培育规上企业", "新增规上工业企业十户", "县工信局", "县统计局", "刘副县长", "6月30日"],
        ["二、补齐城乡短板", None, None, None, None, None, None],
        ["（一）城市更新", None, None, None, None, None, None],
        [3, "改造老旧小区", "改造小区二十个", "县住建局、县财政局", "各镇（街道）", "陈副县长", "上半年"],
        [4, "修缮背街小巷", "修缮小巷十五条", "县城管局", "城关镇", "陈副县长", "三季度"],
        [5, "整治城市停车", "新增停车位八百个", None, "县公安局", "陈副县长", "每月25日前报送进展"],
        ["（二）乡村建设", None, None, None, None, None, None],
        [6, "改善农村人居环境", "开展村庄清洁行动", "县农业农村局", "县直各部门", "赵副县长", "长期坚持"],
    ], ["A1:G1", "A2:G2", "A4:G4", "A7:G7", "A8:G8", "D10:D11", "A12:G12"])
    wb.active.title = "任务分解"
    return _save(wb)


def by_leader() -> bytes:
    """Grouped by the responsible leader, only a 责任单位 column (its first unit is the lead)."""
    wb = Workbook()
    _sheet(wb.active, [
        ["2023年县领导领办事项推进台账", None, None, None, None],
        ["序号", "工作事项", "责任单位", "完成时间", "推进情况"],
        ["县长牵头事项（2项）", None, None, None, None],
        [1, "争取专项债券项目", "县发改局、县财政局", "2023年9月底前", "已申报三批"],
        [2, "推进县城供水提标", "县水利局", "2023年年底前", "管网铺设过半"],
        ["常务副县长牵头事项（1项）", None, None, None, None],
        [3, "清理拖欠企业账款", "县财政局、县工信局", "立即办理", "已清理九成"],
    ], ["A1:E1", "A3:E3", "A6:E6"])
    return _save(wb)


def overview() -> bytes:
    """A 一览表 whose header sits on row 8, under a title and notes, with leaders, 股室 and 工作标准."""
    wb = Workbook()
    ws = wb.active
    ws.append(["2023年度重点工作一览表"])
    for line in ("说明:", "1.本表由各责任单位每月更新。", "2.完成时限按年度计划填写。", "3.如有变动请及时报告。",
                 "", "填报单位(盖章):            填报日期:"):
        ws.append([line])
    ws.append(["序号", "重点工作", "县级包抓领导", "责任单位", "责任股室", "责任人", "工作标准", "完成时限"])
    ws.append([1, "创建省级卫生县城", "孙副县长", "县卫健局", "爱卫股", "何某", "通过省级复审", "2023年10月"])
    ws.append([2, "建成智慧停车系统", "孙副县长、周副县长", "县城管局", "市政股", "林某", "接入停车位两千个",
               "年底前"])
    ws.append([3, "完成耕地保护目标", "周副县长", "县自然资源局", "耕保股", "吴某", "耕地保有量不减少", "持续推进"])
    return _save(wb)


def key_projects() -> bytes:
    """A key-project ledger: two-line header (投资情况 merged over three sub-columns), a 合计 row, extra columns."""
    wb = Workbook()
    _sheet(wb.active, [
        ["2023年全县重点项目建设台账", None, None, None, None, None, None, None, None, None, None],
        ["序号", "项目名称", "建设内容及规模", "建设年限", "投资情况（亿元）", None, None, "形象进度", "开工时间",
         "包抓领导", "责任单位"],
        [None, None, None, None, "总投资", "年度计划投资", "1-6月完成投资", None, None, None, None],
        ["合计", None, None, None, 18.5, 7.2, 3.1, None, None, None, None],
        [1, "青禾物流园一期", "建设仓储用房四万平方米", "2022-2024", 10, 4, 2, "主体封顶", "2022年3月", "刘副县长",
         "县商务局"],
        [2, "城东污水处理厂扩建", "新增日处理能力两万吨", "2023", 5.5, 2.2, 0.8, "设备安装", "2023年1月", "陈副县长",
         "县住建局、县生态环境局"],
        [3, "山区道路改造", "改造县乡道路六十公里", "2023-2025年", 3, 1, 0.3, "路基施工", "2023年4月", "赵副县长",
         "县交通局"],
    ], ["A1:K1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3", "J2:J3", "K2:K3"])
    return _save(wb)


def executive_meeting() -> bytes:
    """A 常务会议确定事项 ledger: 确定事项, 办理时限 and 办理状态 in the office's words."""
    wb = Workbook()
    _sheet(wb.active, [
        ["县政府第十二次常务会议确定事项督办台账", None, None, None, None, None],
        ["序号", "会议名称", "确定事项", "责任单位", "办理时限", "办理状态"],
        [1, "第十二次常务会议", "研究制定夜间经济扶持办法", "县商务局", "2023年5月底前", "正在办理"],
        [2, "第十二次常务会议", "排查校园周边交通隐患", "县教体局、县公安局", "立即办理", "已销号"],
        [3, "第十二次常务会议", "做好汛期防汛物资储备", "县应急局", "长期坚持", "持续推进"],
    ], ["A1:F1"])
    return _save(wb)


def inspection_rectification() -> bytes:
    """A 巡察整改 ledger over two sheets: 问题, 整改措施, 整改时限, 是否完成 (是/否)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "第一轮"
    _sheet(ws, [
        ["县委第三巡察组反馈问题整改台账", None, None, None, None, None, None],
        ["序号", "问题", "整改措施", "责任单位", "责任领导", "整改时限", "是否完成"],
        [1, "项目资金拨付迟缓", "建立资金拨付周报制度", "县财政局", "钱副县长", "立行立改", "是"],
        [2, "村级财务公开不及时", "每季度公开一次并留档", "城关镇", "钱副县长", "持续整改", "否"],
    ], ["A1:G1"])
    ws2 = wb.create_sheet("第二轮")
    _sheet(ws2, [
        ["县委第三巡察组反馈问题整改台账(续)", None, None, None, None, None, None],
        ["序号", "问题", "整改措施", "责任单位", "责任领导", "整改时限", "是否完成"],
        [1, "安全生产检查流于形式", "开展交叉检查", "县应急局", "孙副县长", "2023年8月底前", "否"],
    ], ["A1:G1"])
    return _save(wb)


LAYOUTS = {"task_breakdown": task_breakdown, "by_leader": by_leader, "overview": overview,
           "key_projects": key_projects, "executive_meeting": executive_meeting,
           "inspection_rectification": inspection_rectification}
