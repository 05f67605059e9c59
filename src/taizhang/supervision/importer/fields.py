"""The fields a column can fill, their Chinese names, and the header and status synonym tables (kept as data).

A header is compared with spaces, line breaks and 「*」 removed (「牵头\\n单位」, 「序 号」), then with its bracketed part
removed (「完成时限（节点）」 → 完成时限, 「总投资（亿元）」 → 总投资, the unit kept apart).  Whatever matches nothing is
an extra attribute of the item, shown on its page and exported back under its own name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# field → Chinese name (shown in the preview's drop-downs, in this order)
FIELDS: dict[str, str] = {
    "seq": "序号", "code": "任务编号", "source_text": "任务来源", "title": "工作任务", "requirement": "目标要求",
    "lead_unit": "牵头单位", "units": "责任单位(首个为牵头)", "co_units": "配合单位", "leaders": "责任领导",
    "deadline": "完成时限", "milestones": "节点安排", "progress_text": "进展情况", "progress": "完成率",
    "status": "推进状态", "done": "是否完成", "problems": "存在问题", "next_steps": "下步计划", "remarks": "备注",
    "kind": "事项类型", "frequency": "报送频次", "weight": "权重", "investment_total": "总投资",
    "investment_planned": "计划投资", "investment_completed": "完成投资", "extra": "保留为其他信息",
    "ignore": "不导入(丢弃)",
}
# fields that several columns may fill at once (their values are joined)
MULTI = {"units", "co_units", "leaders", "extra", "ignore", "remarks"}
# when a single-valued field is taken already, the next column with the same meaning goes here instead
SECOND_CHOICE = {"title": "requirement", "lead_unit": "co_units", "progress_text": "extra", "requirement": "extra",
                 "deadline": "extra", "seq": "extra", "code": "extra", "status": "extra", "progress": "extra"}

_SPACES = re.compile(r"[\s\u3000*＊:：]+")
_BRACKET = re.compile(r"[（(【\[]([^）)】\]]*)[）)】\]]")
_MONTHS = re.compile(r"^\d{1,2}(?:[-—~至]\d{1,2})?月(?:份)?|^截至\d{1,2}月(?:底|末)?|^\d{4}年")
INVESTMENT_UNITS = ("亿元", "万元", "元")


def _data(name: str) -> list[list[str]]:
    text = resources.files("taizhang.supervision").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def header_synonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for field, words in _data("header_synonyms.tsv"):
        for w in words.split("|"):
            w = normalise_header(w)
            if w and w not in out:
                out[w] = field.strip()
    return out


@lru_cache(maxsize=1)
def status_synonyms() -> dict[str, str]:
    return {word.strip(): status.strip() for word, status in _data("status_synonyms.tsv")}


def normalise_header(text) -> str:
    """「牵头\\n单位」 → 牵头单位; 「序 号」 → 序号 (full-width brackets made ASCII)."""
    s = _SPACES.sub("", str(text or ""))
    return s.replace("（", "(").replace("）", ")").replace("【", "[").replace("】", "]")


def bare(header: str) -> str:
    """The header without bracketed parts: 完成时限(节点) → 完成时限."""
    return _BRACKET.sub("", normalise_header(header))


def unit_of(header: str) -> str:
    """An investment unit written in a header (总投资（亿元）→ 亿元), or ""."""
    for u in INVESTMENT_UNITS:
        if u in str(header):
            return u
    return ""


def field_for(header: str, parent: str = "") -> str | None:
    """The field a header names, or None.  `parent` is the upper line of a two-line header (投资情况)."""
    table = header_synonyms()
    h = normalise_header(header)
    candidates = [h, bare(h)]
    # 1-6月完成投资, 截至6月底完成投资, 2023年计划投资 → 完成投资, 计划投资
    for c in list(candidates):
        stripped = _MONTHS.sub("", c)
        if stripped != c:
            candidates.append(stripped)
    for u in INVESTMENT_UNITS:
        candidates += [c.replace(u, "") for c in list(candidates) if u in c]
    if parent:
        p = bare(parent)
        candidates += [p + c for c in list(candidates)] + [c for c in list(candidates)]
    for c in candidates:
        if c in table:
            return table[c]
    return guess_field(bare(h))


# Headers the synonym table does not list are guessed from their words: in the first of joined parts (工作任务及目标
# 要求 → 工作任务), the keyword written last is the head noun (项目类别 → 类别, 牵头县级领导 → 领导, 项目建设内容 →
# 内容).  Only short headers are guessed, so a data cell is never taken for one.
GUESS_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("seq", ("序号",)),
    ("leaders", ("领导",)),
    ("lead_unit", ("牵头单位", "牵头部门", "牵头科室", "主责单位", "牵头")),
    ("co_units", ("配合", "协办", "协助")),
    ("units", ("责任单位", "责任部门", "承办", "责任主体", "实施主体", "办理单位", "整改单位")),
    ("problems", ("存在问题", "存在的问题", "困难")),
    ("next_steps", ("下步", "下一步")),
    ("done", ("是否",)),
    ("status", ("状态", "销号")),
    ("deadline", ("时限", "完成时间", "截止", "时间节点", "办结时间", "期限")),
    ("progress_text", ("进展", "完成情况", "推进情况", "落实情况", "整改情况", "办理情况", "形象进度")),
    ("progress", ("完成率", "百分比")),
    ("investment_total", ("总投资",)),
    ("investment_completed", ("完成投资", "已完成投资", "累计完成")),
    ("investment_planned", ("计划投资", "年度投资", "投资计划")),
    ("kind", ("类别", "类型")),
    ("requirement", ("措施", "要求", "标准", "目标", "内容", "举措", "规模")),
    ("title", ("任务", "事项", "问题", "项目名称", "项目", "工作")),
    ("remarks", ("备注", "说明")),
    ("source_text", ("来源", "依据", "会议")),
]
MAX_GUESS_LEN = 14


def guess_field(b: str) -> str | None:
    if not b or len(b) > MAX_GUESS_LEN or re.search(r"\d{3,}", b):
        return None
    part = next((p for p in re.split(r"[及和与、/]", b) if p), b)
    best, best_end = None, -1
    for field, words in GUESS_RULES:
        ends = [part.rfind(w) + len(w) for w in words if w in part]
        if ends and max(ends) > best_end:
            best, best_end = field, max(ends)
    return best


def is_exact(header: str) -> bool:
    """Whether a header is in the synonym table itself (a header row is mostly such cells)."""
    h = normalise_header(header)
    return h in header_synonyms() or bare(h) in header_synonyms()
