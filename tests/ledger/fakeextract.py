"""A small, predictable stand-in for taizhang.extract, so ledger tests do not depend on extraction quality.

It reads the test documents written in tests/ledger/texts.py (our own sentences): a title line, a date line,
a 地区： line, outline headings, facts for a fixed list of indicators, and projects ending in 高铁/项目/基地.
"""
from __future__ import annotations

import re
from pathlib import Path

from taizhang.extract.doc import (Doc, DocumentRecord, Fact, GlossaryEntry, Investment, ProjectMention, Section)
from taizhang.extract import tasks as task_finder
from taizhang.extract.pipeline import Extraction, ExtractError

IND = r"(?P<ind>地区生产总值|GDP|固定资产投资|社会消费品零售总额|一般公共预算收入)"
FACT = re.compile(IND + r"(?P<verb>增长|达到|达)(?P<val>\d+(?:\.\d+)?)(?P<unit>%|亿元|万元)")
PROJECT = re.compile(r"(?:确保|推动)?(?P<name>[\u4e00-\u9fff]{2,3}(?:高铁|基地))(?:项目)?")
SENT = re.compile(r"[^。\n]+[。]?")


def _period(sentence: str, year: int | None) -> str:
    m = re.search(r"到(\d{4})年", sentence)
    if m:
        return ".." + m.group(1)
    if "上半年" in sentence and year:
        return f"{year}-H1"
    m = re.search(r"(\d{4})年", sentence)
    if m:
        return m.group(1)
    if year and ("全年" in sentence or "今年" in sentence):
        return str(year)
    return ""


def extract_text(raw: str, name: str = "t.txt") -> Extraction:
    if "无法读取" in raw[:50]:
        raise ExtractError(name, "测试：无法读取")
    doc = Doc(name, raw)
    lines = raw.split("\n")
    rec = DocumentRecord(doc=name, title=lines[0].strip(), chars=len(raw))
    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", raw)
    year = None
    if m:
        year = int(m.group(1))
        rec.published = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    m = re.search(r"地区：(\S+)", raw)
    subject = m.group(1) if m else ""
    if subject:
        rec.regions = [subject]
    rec.doc_type = "work_report" if "工作报告" in lines[0] else "news"
    pos = 0
    for line in lines:
        hm = re.match(r"(一|二|三|四|五)、|（(一|二|三|四|五)）|(\d)\.", line)
        if hm:
            level = 1 if hm.group(1) else (2 if hm.group(2) else 3)
            kind = {1: "chapter", 2: "item", 3: "enumeration"}[level]
            rec.sections.append(Section(level=level, label=hm.group(0), title=line[hm.end():].strip(), start=pos,
                                        end=pos + len(line), kind=kind))
        gm = re.match(r"名词解释：(\S+?)是指(.+)", line)
        if gm:
            rec.glossary.append(GlossaryEntry(gm.group(1), gm.group(2), pos, pos + len(line)))
        pos += len(line) + 1
    facts, projects = [], []
    for sm in SENT.finditer(raw):
        s = sm.group(0)
        target = bool(re.search(r"力争|确保|目标|计划|到\d{4}年", s))
        for fm in FACT.finditer(s):
            growth = fm.group("verb") == "增长"
            facts.append(Fact(doc=name, vstart=sm.start() + fm.start("val"), vend=sm.start() + fm.end("val"),
                              value=float(fm.group("val")), unit=fm.group("unit"),
                              kind="target" if target else "actual", measure="growth" if growth else "level",
                              comparator=">=" if "以上" in s else "=", period=_period(s, year), subject=subject,
                              indicator=fm.group("ind"), estimated="预计" in s, evidence=s, estart=sm.start(),
                              eend=sm.end()))
        for pm in PROJECT.finditer(s):
            stage = "unknown"
            for word, st in (("投产", "operating"), ("竣工", "completed"), ("开工", "under_construction"),
                             ("签约", "planned")):
                if word in s:
                    stage = st
                    break
            inv = []
            for im in re.finditer(r"(计划|完成)投资(\d+(?:\.\d+)?)(亿元|万元)", s):
                inv.append(Investment(float(im.group(2)), im.group(3),
                                      "planned" if im.group(1) == "计划" else "completed",
                                      sm.start() + im.start(2), sm.start() + im.end(2)))
            projects.append(ProjectMention(doc=name, start=sm.start() + pm.start("name"), end=sm.start() + pm.end(),
                                           mention=pm.group(0)[pm.start("name") - pm.start():], name=pm.group("name"), category="", stage=stage,
                                           location=subject, investment=inv))
    # tasks come from the real resolver, over the sections read above (as the pipeline does)
    return Extraction(doc=doc, record=rec, facts=facts, projects=projects, tasks=task_finder.extract(doc, rec))


def extract_file(path) -> Extraction:
    p = Path(path)
    try:
        raw = p.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise ExtractError(str(p), "不是 UTF-8 文本") from None
    return extract_text(raw, p.name)
