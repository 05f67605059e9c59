"""Ledger rows written by hand (no extractor), so 立项 and proposal tests control every field.

The sentences are our own, about the fictional county 岚溪县."""
from __future__ import annotations

import hashlib

from taizhang.ledger import canon
from taizhang.ledger.models import Document, Fact, Project, ProjectMention, Section

PLAN_TEXT = (
    "岚溪县2026年重点任务分解方案\n"
    "一、稳增长\n"
    "  1.全县地区生产总值增长6.5%以上。（牵头单位：县发改局；责任单位：县统计局、县工信局）\n"
    "  2.社会消费品零售总额达到98亿元。（县商务局牵头，县市场监管局配合）\n"
    "二、抓项目\n"
    "  1.推进桃坑水库建设，全年完成投资3亿元，由县水利局负责。\n"
    "  2.做好城区绿化，新增绿地20公顷，公园5个。\n"
    "三、名词解释\n"
    "  1.“一河两岸”：指沿岚溪河两岸的滨水休闲带。\n"
)


def document(name: str, text: str, published: str, doc_type: str = "plan") -> Document:
    return Document.objects.create(name=name, sha256=hashlib.sha256((name + text).encode()).hexdigest(), text=text,
                                   title=text.splitlines()[0], published=published, doc_type=doc_type, chars=len(text))


def section(doc: Document, label: str, title: str, level: int, parent: Section | None, order: int) -> Section:
    start = doc.text.index(label + title)
    # a section ends where the next one of the same or a higher level starts (or at the end of the text)
    return Section.objects.create(document=doc, parent=parent, order=order, level=level, label=label, title=title,
                                  kind="chapter" if level == 1 else "item", start=start, end=-1)


def close_sections(doc: Document) -> None:
    rows = list(doc.sections.order_by("start"))
    for i, s in enumerate(rows):
        nxt = next((r.start for r in rows[i + 1:] if r.level <= s.level), len(doc.text))
        s.end = nxt
        s.save(update_fields=["end"])


def fact(doc: Document, needle: str, value: float, unit: str, kind: str, indicator: str, period: str,
         subject: str = "岚溪县", measure: str = "level", comparator: str = "=") -> Fact:
    vs = doc.text.index(needle)
    es, ee = canon.sentence_around(doc.text, vs, vs + len(needle))
    return Fact.objects.create(document=doc, vstart=vs, vend=vs + len(needle), estart=es, eend=ee,
                               evidence=doc.text[es:ee], value=value, unit=unit, kind=kind, measure=measure,
                               comparator=comparator, period=period, subject=subject, indicator_name=indicator,
                               indicator=canon.indicator_for(indicator))


def mention(doc: Document, project: Project, needle: str, stage: str, completed: float | None = None) -> ProjectMention:
    s = doc.text.index(needle)
    es, ee = canon.sentence_around(doc.text, s, s + len(needle))
    return ProjectMention.objects.create(project=project, document=doc, start=s, end=s + len(needle), mention=needle,
                                         stage=stage, investment_completed=completed, evidence=doc.text[es:ee],
                                         estart=es, eend=ee)


def plan_document() -> Document:
    """The plan above with its outline, two targets, a project mention and a section with two targets."""
    doc = document("plan2026.txt", PLAN_TEXT, "2026-02-10")
    one = section(doc, "一、", "稳增长", 1, None, 0)
    section(doc, "1.", "全县地区生产总值增长6.5%以上", 2, one, 1)
    section(doc, "2.", "社会消费品零售总额达到98亿元", 2, one, 2)
    two = section(doc, "二、", "抓项目", 1, None, 3)
    section(doc, "1.", "推进桃坑水库建设", 2, two, 4)
    section(doc, "2.", "做好城区绿化", 2, two, 5)
    three = section(doc, "三、", "名词解释", 1, None, 6)
    section(doc, "1.", "“一河两岸”", 2, three, 7)
    close_sections(doc)
    fact(doc, "6.5%", 6.5, "%", "target", "地区生产总值", "2026", measure="growth", comparator=">=")
    fact(doc, "98亿元", 98, "亿元", "target", "社会消费品零售总额", "2026")
    fact(doc, "3亿元", 3, "亿元", "target", "完成投资", "2026")
    fact(doc, "20公顷", 20, "公顷", "target", "新增绿地", "")
    fact(doc, "5个", 5, "个", "target", "公园", "")
    reservoir, _ = Project.objects.get_or_create(name="桃坑水库", defaults={"stage": "planned"})
    mention(doc, reservoir, "桃坑水库", "planned")
    return doc


def assigned_plan(supervisor):
    """The county's units and the plan above made into assigned items (立项) by ``supervisor``: (plan, result)."""
    from taizhang.supervision import intake
    units()
    plan = plan_document()
    return plan, intake.create(supervisor, [f"document:{plan.pk}"], assign=True)


def units():
    from taizhang.supervision.models import Unit
    names = ["岚溪县发展和改革局", "岚溪县统计局", "岚溪县工业和信息化局", "岚溪县商务局", "岚溪县市场监督管理局",
             "岚溪县水利局"]
    return {n: Unit.objects.create(name=n, order=i) for i, n in enumerate(names)}
