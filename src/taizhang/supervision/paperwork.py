"""Paperwork: 督办单, 催办单, 通报 and 整改通知, built once as blocks and rendered to .docx and printable HTML.

Every line about an item cites it as 「编号 标题」 plus its source (document and sentence, meeting or
instruction), so a notice can always be traced back to the ledger.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

from django.utils.html import escape

from taizhang.labels import date_label

from . import rates
from .models import Finding, Item
from .warning import COLOUR_LABELS, expected_progress


# GB/T 9704 (党政机关公文格式): A4 paper, top 37 mm, bottom 35 mm, left (binding side) 28 mm, right 26 mm
PAGE_MM = (210, 297)
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}


@dataclass
class Block:
    kind: str                     # title | subtitle | heading | para | table
    text: str = ""
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Paper:
    filename: str
    title: str
    blocks: list[Block]


def cite(item: Item | None) -> str:
    if item is None:
        return "(未关联事项)"
    src = item.source_text or "来源未注明"
    return f"〔{item.code}「{item.title}」;来源:{src}〕"


def _units(item: Item) -> str:
    co = "、".join(u.name for u in item.co_units.all())
    return (item.lead_unit.name if item.lead_unit else "未指定") + (f"(配合:{co})" if co else "")


def supervision_order(item: Item, today: date) -> Paper:
    """督办单: what is assigned to whom, by when, and on what authority."""
    ms = "；".join(f"{date_label(m.due)} 应达 {m.expected_progress:g}% {m.description}".strip()
                  for m in item.milestones.all()) or "未设节点"
    rows = [["任务编号", item.code], ["工作任务", item.title], ["目标要求", item.requirement or "—"],
            ["牵头单位", item.lead_unit.name if item.lead_unit else "未指定"],
            ["配合单位", "、".join(u.name for u in item.co_units.all()) or "—"],
            ["责任领导", item.responsible_leader or "—"],
            ["完成时限", f"{date_label(item.deadline)}" if item.deadline else "—"], ["节点安排", ms],
            ["报送要求", f"{item.get_frequency_display()}报送进展情况及佐证材料"], ["任务来源", item.source_text or "—"]]
    return Paper(f"督办单_{item.code}.docx", "督办单", [
        Block("title", "督 办 单"), Block("subtitle", f"督办编号:DB-{item.code}    签发日期:{date_label(today)}"),
        Block("table", header=["项目", "内容"], rows=rows),
        Block("para", f"请{_units(item)}按照上述要求抓好落实,按时报送进展。{cite(item)}"),
    ])


def reminder_order(item: Item, today: date, colour: str) -> Paper:
    """催办单: the item is late; says how late against which schedule."""
    ms = [(m.due, m.expected_progress) for m in item.milestones.all()]
    exp = expected_progress(ms, today)
    late = f"已超过完成时限 {(today - item.deadline).days} 天" if item.deadline and today > item.deadline else \
        f"当前完成率 {item.progress:g}%,序时进度应达 {exp:g}%"
    return Paper(f"催办单_{item.code}.docx", "催办单", [
        Block("title", "催 办 单"), Block("subtitle", f"催办日期:{date_label(today)}    预警:{COLOUR_LABELS[colour]}"),
        Block("para", f"{_units(item)}:"),
        Block("para", f"你单位牵头的「{item.title}」(编号 {item.code}){late}。请于收到本单后 3 个工作日内"
                      f"报送推进情况、存在问题及下步措施。{cite(item)}"),
        Block("table", header=["任务编号", "完成时限", "完成率", "序时进度", "最新进展"],
              rows=[[item.code, date_label(item.deadline) if item.deadline else "—", f"{item.progress:g}%",
                     f"{exp:g}%", item.progress_text or "未报送"]]),
    ])


def monthly_notice(table, dispatch: list[tuple[Item, str]], today: date) -> Paper:
    """通报: the month's rates and ranking (formula and inputs shown), top tier, and the behind-schedule list."""
    rows = []
    for r in table.rows:
        rt = r.rates
        mv = "—" if r.movement is None else (f"↑{r.movement}" if r.movement > 0 else
                                             f"↓{-r.movement}" if r.movement < 0 else "持平")
        rows.append([str(r.rank), table.name(r.unit_id), f"{r.score:.2f}", str(rt.schedule), str(rt.on_time),
                     str(rt.timeliness), str(rt.rectification), "第一方阵" if r.top_tier else "", mv])
    top = "、".join(table.name(r.unit_id) for r in table.rows if r.top_tier) or "无"
    blocks = [
        Block("title", f"关于{table.year}年{table.month}月重点工作推进情况的通报"),
        Block("subtitle", f"统计截至 {date_label(table.as_of)}    印发日期 {date_label(today)}"),
        Block("heading", "一、总体情况"),
        Block("para", f"进入第一方阵的单位:{top}。"),
        Block("para", f"计分办法:{rates.FORMULA}。"),
        Block("table", header=["排名", "单位", "综合得分", "序时推进率", "按时完成率", "报送及时率", "整改率", "方阵", "较上月"],
              rows=rows),
        Block("heading", "二、进度滞后事项(月度调度清单)"),
    ]
    if dispatch:
        blocks.append(Block("table", header=["任务编号", "工作任务", "牵头单位", "完成时限", "完成率", "预警", "来源"],
                            rows=[[i.code, i.title, i.lead_unit.name if i.lead_unit else "—",
                                   date_label(i.deadline) if i.deadline else "—", f"{i.progress:g}%",
                                   COLOUR_LABELS[c], i.source_text or "—"] for i, c in dispatch]))
        for i, c in dispatch:
            blocks.append(Block("para", f"{i.lead_unit or '牵头单位'}牵头的「{i.title}」{COLOUR_LABELS[c]},"
                                        f"请抓紧推进。{cite(i)}"))
    else:
        blocks.append(Block("para", "本月无进度滞后事项。"))
    blocks.append(Block("heading", "三、工作要求"))
    blocks.append(Block("para", "各单位要对照台账逐项销号,进度滞后的单位要在下次调度会上作专题说明。"))
    return Paper(f"通报_{table.year}年{table.month:02d}月.docx", "通报", blocks)


def rectification_notice(findings: list[Finding], today: date) -> Paper:
    """整改通知: the findings a unit must fix, each citing its inspection round and item."""
    unit = findings[0].unit.name if findings else ""
    rows = [[str(n), f.round.name, f.description, f.get_severity_display(), date_label(f.due),
             f.item.code if f.item else "—"] for n, f in enumerate(findings, start=1)]
    blocks = [Block("title", "整改通知"), Block("subtitle", f"{date_label(today)}"), Block("para", f"{unit}:"),
              Block("para", "经督查,你单位存在以下问题,请按期整改到位,并将整改情况及佐证材料报督查室复核。"),
              Block("table", header=["序号", "督查轮次", "问题描述", "严重程度", "整改时限", "关联事项"], rows=rows)]
    for f in findings:
        blocks.append(Block("para", f"问题 #{f.pk}({f.round.name},{f.round.team}):{f.description}。{cite(f.item)}"))
    return Paper(f"整改通知_{unit}.docx", "整改通知", blocks)


# ---- renderers ---------------------------------------------------------------------------------------------

def to_docx(paper: Paper) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = Document()
    for section in d.sections:  # python-docx's default template is US Letter with 1-inch margins
        section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
        section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
        section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    style = d.styles["Normal"]
    style.font.name = "FangSong"
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    for b in paper.blocks:
        if b.kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(b.text)
            run.bold = True
            run.font.size = Pt(20)
        elif b.kind == "subtitle":
            p = d.add_paragraph(b.text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif b.kind == "heading":
            p = d.add_paragraph()
            p.add_run(b.text).bold = True
        elif b.kind == "para":
            d.add_paragraph(b.text)
        elif b.kind == "table":
            t = d.add_table(rows=1, cols=len(b.header))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b.header):
                c.text = h
            for row in b.rows:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def to_html(paper: Paper) -> str:
    """A standalone printable page (A4, no scripts); every value escaped."""
    parts = [f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>{escape(paper.title)}</title>",
             "<style>@page{size:A4;margin:37mm 26mm 35mm 28mm}body{font-family:FangSong,'仿宋',serif;font-size:12pt;"
             "max-width:156mm;margin:auto}h1{text-align:center;font-size:20pt}.sub{text-align:center}"
             "table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border:1px solid #000;padding:3px 5px;"
             "vertical-align:top}@media print{.noprint{display:none}}</style></head><body>",
             "<p class='noprint'><button onclick='window.print()'>打印</button></p>"]
    for b in paper.blocks:
        if b.kind == "title":
            parts.append(f"<h1>{escape(b.text)}</h1>")
        elif b.kind == "subtitle":
            parts.append(f"<p class='sub'>{escape(b.text)}</p>")
        elif b.kind == "heading":
            parts.append(f"<h3>{escape(b.text)}</h3>")
        elif b.kind == "para":
            parts.append(f"<p>{escape(b.text)}</p>")
        elif b.kind == "table":
            parts.append("<table><tr>" + "".join(f"<th>{escape(h)}</th>" for h in b.header) + "</tr>")
            for row in b.rows:
                parts.append("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>")
            parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)
