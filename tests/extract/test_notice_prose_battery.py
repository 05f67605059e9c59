"""A battery of supervision notices written as prose (督查通报, 督办通报, 进展情况通报, 热线工单办理情况通报, 整改进展通报):
the forms every writer of the genre uses, each in the variants writers and converters produce (ASCII punctuation,
full-width digits, the spaces a PDF converter leaves around figures, a line broken inside the sentence, traditional
script, a city writing instead of a county), each figure with the reading SCHEMA gives it.  Every place, name and
figure here is invented.  Forms whose reading the conventions leave open (截至目前, a place named only in an organ's
name, a count of the names that follow it) are left out."""
from __future__ import annotations

import re

import pytest

from factrun import facts_of

COUNTY, CITY = "戊川县", "庚水市"


def _notice(title: str, body: str, *, place: str = COUNTY, preamble: str = "现将有关情况通报如下:",
            date: str = "2031年12月20日", head: str = "") -> str:
    whole = "全市" if place.endswith("市") else "全县"
    lower = "各区县人民政府,市直各单位:" if place.endswith("市") else "各乡镇人民政府,县直各单位:"
    return (f"{place}{title}\n{head}{lower}\n{preamble}\n{body.replace('全域', whole)}\n"
            f"{place}人民政府督查室\n{date}\n")


# Each form: title (after the place), preamble, body (全域 stands for 全县 / 全市), date, and what a careful reader
# records of each checked figure: value -> (unit, kind, measure, comparator, period, subject, indicator), subject
# "@" for the notice's own place.
FORMS = {
    "cut-off count and rate": (
        "2031年上半年重点项目建设督查通报", "现将上半年全县重点项目建设督查情况通报如下:",
        "截至6月底,全域46个重点项目已开工39个,开工率84.8%。",
        {39: ("个", "actual", "count", "=", "..2031-M06", "@", "已开工重点项目"),
         84.8: ("%", "actual", "share", "=", "..2031-M06", "@", "重点项目开工率")}),
    "investment against the plan": (
        "2031年1-6月重点项目推进情况通报", "现将1-6月重点项目推进情况通报如下:",
        "全域重点项目年度计划投资45.8亿元,1-6月累计完成投资23.6亿元,占全年计划的51.5%。",
        {45.8: ("亿元", "actual", "level", "=", "2031", "@", "重点项目年度计划投资"),
         23.6: ("亿元", "actual", "level", "=", "2031-M01..M06", "@", "重点项目完成投资"),
         51.5: ("%", "actual", "share", "=", "2031-M01..M06", "@", "完成投资占全年计划")}),
    "findings and rectification": (
        "2031年第二季度安全生产督查通报", "现将第二季度安全生产督查情况通报如下:",
        "督查组共检查企业137家,发现问题58个,已整改47个,整改率81.0%,剩余11个限期整改。",
        {137: ("家", "actual", "count", "=", "2031-Q2", "@", "检查企业"),
         58: ("个", "actual", "count", "=", "2031-Q2", "@", "发现问题"),
         47: ("个", "actual", "count", "=", "2031-Q2", "@", "已整改问题"),
         81.0: ("%", "actual", "share", "=", "2031-Q2", "@", "问题整改率"),
         11: ("个", "actual", "count", "=", "2031-Q2", "@", "剩余限期整改问题")}),
    "hotline handling": (
        "2031年4月份12345热线工单办理情况通报", "现将4月份热线工单办理情况通报如下:",
        "4月份,全域共受理热线工单1263件,按时办结1218件,按时办结率96.4%,群众满意率93.7%。",
        {1263: ("件", "actual", "count", "=", "2031-M04", "@", "受理热线工单"),
         1218: ("件", "actual", "count", "=", "2031-M04", "@", "按时办结工单"),
         96.4: ("%", "actual", "share", "=", "2031-M04", "@", "按时办结率"),
         93.7: ("%", "actual", "share", "=", "2031-M04", "@", "群众满意率")}),
    "changes on the last period": (
        "2031年5月份12345热线工单办理情况通报", "现将5月份热线工单办理情况通报如下:",
        "5月份全域热线按时办结率97.2%,较上月提高2.3个百分点;群众满意率91.6%,同比下降1.4个百分点;"
        "受理量环比增长12.5%。",
        {2.3: ("个百分点", "actual", "delta", "=", "2031-M05", "@", "按时办结率较上月提高"),
         1.4: ("个百分点", "actual", "delta", "=", "2031-M05", "@", "群众满意率同比下降"),
         12.5: ("%", "actual", "growth", "=", "2031-M05", "@", "受理量环比增长")}),
    "a unit's own figures": (
        "2031年第三季度重点工作督查通报", "现将第三季度重点工作督查情况通报如下:",
        "云栖乡完成年度任务的92.5%,排名第一;县住建局完成年度任务的64.3%,排名第十四位。",
        {92.5: ("%", "actual", "share", "=", "2031-Q3", "云栖乡", "完成年度任务"),
         1: ("", "actual", "rank", "=", "2031-Q3", "云栖乡", "完成年度任务排名"),
         64.3: ("%", "actual", "share", "=", "2031-Q3", "县住建局", "完成年度任务"),
         14: ("", "actual", "rank", "=", "2031-Q3", "县住建局", "完成年度任务排名")}),
    "a unit's rate and its change of rank": (
        "2031年6月份12345热线工单办理情况通报", "现将6月份热线工单办理情况通报如下:",
        "子溪镇按时办结率88.6%,较上月上升3位,排名第5位。",
        {88.6: ("%", "actual", "share", "=", "2031-M06", "子溪镇", "按时办结率"),
         3: ("位", "actual", "delta", "=", "2031-M06", "子溪镇", "按时办结率排名上升"),
         5: ("", "actual", "rank", "=", "2031-M06", "子溪镇", "按时办结率排名")}),
    "units with their figures in brackets": (
        "2031年7月份12345热线工单办理情况通报", "现将7月份热线工单办理情况通报如下:",
        "按时办结率较低的单位有:县水务局(84.2%)、县自然资源局(86.9%)、瑶台镇(87.7%)。",
        {84.2: ("%", "actual", "share", "=", "2031-M07", "县水务局", "按时办结率"),
         86.9: ("%", "actual", "share", "=", "2031-M07", "县自然资源局", "按时办结率"),
         87.7: ("%", "actual", "share", "=", "2031-M07", "瑶台镇", "按时办结率")}),
    "items by state with 其中": (
        "2031年第二季度督办事项办理情况通报", "现将第二季度督办事项办理情况通报如下:",
        "全域共交办督办事项36项,其中已办结28项、正在办理6项、未启动2项。",
        {36: ("项", "actual", "count", "=", "2031-Q2", "@", "交办督办事项"),
         28: ("项", "actual", "count", "=", "2031-Q2", "@", "已办结督办事项"),
         6: ("项", "actual", "count", "=", "2031-Q2", "@", "正在办理督办事项"),
         2: ("项", "actual", "count", "=", "2031-Q2", "@", "未启动督办事项")}),
    "states with 分别": (
        "2031年上半年重点项目建设督查通报", "现将上半年重点项目建设督查情况通报如下:",
        "截至6月30日,全域重点项目中已开工、未开工项目分别为41个、9个。",
        {41: ("个", "actual", "count", "=", "..2031-M06", "@", "已开工重点项目"),
         9: ("个", "actual", "count", "=", "..2031-M06", "@", "未开工重点项目")}),
    "overdue and accountability": (
        "2031年8月份12345热线工单办理情况通报", "现将8月份热线工单办理情况通报如下:",
        "8月份全域超期未办结工单17件,约谈单位负责人5人,通报批评单位3个。",
        {17: ("件", "actual", "count", "=", "2031-M08", "@", "超期未办结工单"),
         5: ("人", "actual", "count", "=", "2031-M08", "@", "约谈单位负责人"),
         3: ("个", "actual", "count", "=", "2031-M08", "@", "通报批评单位")}),
    "a share of the whole": (
        "2031年9月份12345热线工单办理情况通报", "现将9月份热线工单办理情况通报如下:",
        "9月份全域受理热线工单2140件,其中投诉类工单526件,占受理总量的24.6%。",
        {2140: ("件", "actual", "count", "=", "2031-M09", "@", "受理热线工单"),
         526: ("件", "actual", "count", "=", "2031-M09", "@", "投诉类工单"),
         24.6: ("%", "actual", "share", "=", "2031-M09", "@", "投诉类工单占受理总量")}),
    "cut-off to a day": (
        "重点工程建设进度通报", "现将重点工程建设进度通报如下:",
        "截至2031年9月30日,全域68个重点工程累计完成投资31.7亿元,投资完成率73.4%。",
        {31.7: ("亿元", "actual", "level", "=", "..2031-M09", "@", "重点工程累计完成投资"),
         73.4: ("%", "actual", "share", "=", "..2031-M09", "@", "重点工程投资完成率")}),
    "period in the preamble only": (
        "关于重点工作推进情况的通报", "现将2031年第三季度全县重点工作推进情况通报如下:",
        "全域52项重点工作中,已完成19项,按序时推进27项,进度滞后6项。",
        {19: ("项", "actual", "count", "=", "2031-Q3", "@", "已完成重点工作"),
         27: ("项", "actual", "count", "=", "2031-Q3", "@", "按序时推进重点工作"),
         6: ("项", "actual", "count", "=", "2031-Q3", "@", "进度滞后重点工作")}),
    "months to date in the title": (
        "2031年1-5月民生实事推进情况通报", "现将1-5月民生实事推进情况通报如下:",
        "全域民生实事项目完成投资8.35亿元,为全年计划投资的43.9%。",
        {8.35: ("亿元", "actual", "level", "=", "2031-M01..M05", "@", "民生实事项目完成投资"),
         43.9: ("%", "actual", "share", "=", "2031-M01..M05", "@", "民生实事项目完成投资为全年计划投资")}),
    "petitions handed over and settled": (
        "环保督察交办信访件办理情况通报", "现将环保督察交办信访件办理情况通报如下:",
        "截至2031年8月20日,督察组累计交办信访件214件,已办结187件,阶段性办结27件,办结率87.4%。",
        {214: ("件", "actual", "count", "=", "..2031-M08", "@", "累计交办信访件"),
         187: ("件", "actual", "count", "=", "..2031-M08", "@", "已办结信访件"),
         27: ("件", "actual", "count", "=", "..2031-M08", "@", "阶段性办结信访件"),
         87.4: ("%", "actual", "share", "=", "..2031-M08", "@", "信访件办结率")}),
    "a line's handling with its channel": (
        "2031年10月份12345热线工单办理情况通报", "现将10月份热线工单办理情况通报如下:",
        "10月份,全域12345热线共受理工单1452件,按时办结1391件,按时办结率95.8%。",
        {1452: ("件", "actual", "count", "=", "2031-M10", "@", "12345热线受理工单"),
         1391: ("件", "actual", "count", "=", "2031-M10", "@", "按时办结工单"),
         95.8: ("%", "actual", "share", "=", "2031-M10", "@", "按时办结率")}),
    "verdicts after a total": (
        "2031年第三季度信访件办理情况通报", "现将第三季度信访件办理情况通报如下:",
        "第三季度全域共受理信访件62件,经核查属实41件,部分属实12件,不属实9件。",
        {62: ("件", "actual", "count", "=", "2031-Q3", "@", "受理信访件"),
         41: ("件", "actual", "count", "=", "2031-Q3", "@", "核查属实信访件"),
         12: ("件", "actual", "count", "=", "2031-Q3", "@", "部分属实信访件"),
         9: ("件", "actual", "count", "=", "2031-Q3", "@", "不属实信访件")}),
    "towns with 分别": (
        "2031年第三季度重点工作督查通报", "现将第三季度重点工作督查情况通报如下:",
        "子溪镇、云栖乡分别完成年度任务的95.1%、88.3%。",
        {95.1: ("%", "actual", "share", "=", "2031-Q3", "子溪镇", "完成年度任务"),
         88.3: ("%", "actual", "share", "=", "2031-Q3", "云栖乡", "完成年度任务")}),
    "parts by unit after 其中": (
        "2031年第二季度督办事项办理情况通报", "现将第二季度督办事项办理情况通报如下:",
        "全域共交办督办事项48项,其中子溪镇13项、县住建局9项。",
        {48: ("项", "actual", "count", "=", "2031-Q2", "@", "交办督办事项"),
         13: ("项", "actual", "count", "=", "2031-Q2", "子溪镇", "交办督办事项"),
         9: ("项", "actual", "count", "=", "2031-Q2", "县住建局", "交办督办事项")}),
    "a move of rank before the rank": (
        "2031年11月份12345热线工单办理情况通报", "现将11月份热线工单办理情况通报如下:",
        "全域按时办结率94.3%,在全市排名较上月上升2位,位列第4位;子溪镇满意率97.5%,较上月前进3位,排名第1位。",
        {94.3: ("%", "actual", "share", "=", "2031-M11", "@", "按时办结率"),
         4: ("", "actual", "rank", "=", "2031-M11", "@", "按时办结率排名"),
         97.5: ("%", "actual", "share", "=", "2031-M11", "子溪镇", "满意率"),
         1: ("", "actual", "rank", "=", "2031-M11", "子溪镇", "满意率排名")}),
    "a cut-off in the preamble": (
        "重点项目推进情况通报", "现将截至2031年9月30日全县重点项目推进情况通报如下:",
        "全域重点工程累计完成投资31.7亿元,占全年计划的76.2%。",
        {31.7: ("亿元", "actual", "level", "=", "..2031-M09", "@", "重点工程累计完成投资"),
         76.2: ("%", "actual", "share", "=", "..2031-M09", "@", "完成投资占全年计划")}),
    "a batch handed over by its ordinal": (
        "环保督察交办信访件办理情况通报", "现将有关办理情况通报如下:",
        "截至2031年7月15日,第十批交办信访件23件,已办结19件,正在办理4件。",
        {23: ("件", "actual", "count", "=", "..2031-M07", "@", "第十批交办信访件"),
         19: ("件", "actual", "count", "=", "..2031-M07", "@", "已办结信访件"),
         4: ("件", "actual", "count", "=", "..2031-M07", "@", "正在办理信访件")}),
    "rectification against the schedule": (
        "2031年12月份环保督察反馈问题整改进展通报", "现将12月份整改进展情况通报如下:",
        "截至12月15日,督察反馈问题38个,已完成整改31个,达到序时进度5个,未达到序时进度2个。",
        {38: ("个", "actual", "count", "=", "..2031-M12", "@", "督察反馈问题"),
         31: ("个", "actual", "count", "=", "..2031-M12", "@", "已完成整改问题"),
         5: ("个", "actual", "count", "=", "..2031-M12", "@", "达到序时进度问题"),
         2: ("个", "actual", "count", "=", "..2031-M12", "@", "未达到序时进度问题")}),
    "accountability with 其中": (
        "2031年第四季度作风建设督查通报", "现将第四季度督查情况通报如下:",
        "第四季度全域共问责干部17人,其中给予党纪处分4人,诫勉谈话13人。",
        {17: ("人", "actual", "count", "=", "2031-Q4", "@", "问责干部"),
         4: ("人", "actual", "count", "=", "2031-Q4", "@", "给予党纪处分干部"),
         13: ("人", "actual", "count", "=", "2031-Q4", "@", "诫勉谈话干部")}),
    "handling time and its change": (
        "2031年12月份12345热线工单办理情况通报", "现将12月份热线工单办理情况通报如下:",
        "12月份全域工单平均办理时长2.7天,较上月缩短0.4天;回访群众856人次,满意率97.1%。",
        {2.7: ("天", "actual", "level", "=", "2031-M12", "@", "工单平均办理时长"),
         0.4: ("天", "actual", "delta", "=", "2031-M12", "@", "平均办理时长较上月缩短"),
         856: ("人次", "actual", "count", "=", "2031-M12", "@", "回访群众"),
         97.1: ("%", "actual", "share", "=", "2031-M12", "@", "满意率")}),
    "units each with their count": (
        "2031年第二季度督办事项办理情况通报", "现将第二季度督办事项办理情况通报如下:",
        "全域超期未办结督办事项11项,其中县水务局5项、县林业局4项、县卫健委2项。",
        {11: ("项", "actual", "count", "=", "2031-Q2", "@", "超期未办结督办事项"),
         5: ("项", "actual", "count", "=", "2031-Q2", "县水务局", "超期未办结督办事项"),
         4: ("项", "actual", "count", "=", "2031-Q2", "县林业局", "超期未办结督办事项"),
         2: ("项", "actual", "count", "=", "2031-Q2", "县卫健委", "超期未办结督办事项")}),
    "a town after the time it speaks of": (
        "2031年第三季度重点项目督查通报", "现将第三季度重点项目督查情况通报如下:",
        "第三季度,云栖乡完成重点项目投资5.6亿元,占全年计划的61.2%。",
        {5.6: ("亿元", "actual", "level", "=", "2031-Q3", "云栖乡", "完成重点项目投资"),
         61.2: ("%", "actual", "share", "=", "2031-Q3", "云栖乡", "完成重点项目投资占全年计划")}),
}

# Forms whose reading differs in one field only by the writer's level: a city's notice.
CITY_FORMS = ("cut-off count and rate", "hotline handling", "items by state with 其中", "cut-off to a day")

_WIDE = {ord(a): b for a, b in zip(",;:()", "\uff0c\uff1b\uff1a\uff08\uff09")}
_FULL = {ord(a): b for a, b in zip("0123456789.%", [chr(0xFF10 + i) for i in range(10)] + ["\uff0e", "\uff05"])}


def _variant(text: str, how: str) -> str:
    """The body as a writer or a converter sets it; the forms are written with ASCII punctuation, which every
    variant but ``ascii`` widens as an official writer sets it (a month span with a dash: 1—6月)."""
    if how == "ascii":
        return text
    body = re.sub(r"(\d)-(\d)", "\\1\u2014\\2", text).translate(_WIDE)
    if how == "full-width digits":
        return re.sub(r"[0-9.%]+", lambda m: m.group().translate(_FULL), body)
    if how == "pdf spaces":  # a converter's spaces around each figure (a month span, 1—6月, is kept whole)
        return re.sub(r"(?<![\d\u2014.])(\d+(?:\.\d+)?)(?![\d\u2014月日.])", r" \1 ", body)
    if how == "line break":  # a line broken at the first comma after the tenth character
        i = body.find("\uff0c", 10)
        return body if i < 0 else body[:i + 1] + "\n" + body[i + 1:]
    if how == "traditional":
        import opencc
        return opencc.OpenCC("s2t").convert(body)
    return body


VARIANTS = ("plain", "ascii", "full-width digits", "pdf spaces", "line break", "traditional")


_RANK_UNITS = ("", "名", "位")


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


def _dice(a: str, b: str) -> float:
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y))


def _simplified(s: str) -> str:
    import opencc
    return opencc.OpenCC("t2s").convert(s)


def read(form: str, how: str, place: str = COUNTY) -> dict:
    """value -> (field -> (read, expected)) for every field read wrong; a missing figure gives {'found': ...}."""
    title, preamble, body, expect = FORMS[form]
    text = _notice(_variant(title, "plain"), _variant(body, how), place=place, preamble=_variant(preamble, "plain"))
    fs = facts_of(text)
    wrong = {}
    for value, (unit, kind, measure, cmp, period, subject, indicator) in expect.items():
        hits = [f for f in fs if f.value == value]
        if len(hits) != 1:
            wrong[value] = {"found": (len(hits), 1)}
            continue
        f = hits[0]
        want_unit = unit if how != "traditional" else _variant(unit, "traditional")
        got_unit = "" if measure == "rank" and f.unit in _RANK_UNITS else f.unit  # (score.py reads them as one)
        got = {"unit": (got_unit, want_unit), "kind": (f.kind, kind), "measure": (f.measure, measure),
               "comparator": (f.comparator, cmp), "period": (f.period, period),
               "subject": (re.sub("[省市县区]$", "", _simplified(f.subject)),
                           re.sub("[省市县区]$", "", place if subject == "@" else subject))}
        bad = {k: v for k, v in got.items() if v[0] != v[1]}
        if _dice(_simplified(f.indicator), indicator) < 0.5:
            bad["indicator"] = (f.indicator, indicator)
        if bad:
            wrong[value] = bad
    return wrong


@pytest.mark.parametrize("how", VARIANTS)
@pytest.mark.parametrize("form", list(FORMS))
def test_a_prose_notice_is_read_as_schema_reads_it(form, how):
    assert read(form, how) == {}


@pytest.mark.parametrize("form", CITY_FORMS)
def test_a_city_writes_the_same_forms(form):
    assert read(form, "plain", place=CITY) == {}


@pytest.mark.parametrize("lead", ["排在前三位的是:", "较多的是"])
def test_bodies_listed_with_their_counts_in_brackets_are_whose_counts_they_are(lead):
    body = f"全域县直单位办理工单数{lead}县交警大队(312件)、县城管局(287件)和县林业局(196件)。"
    fs = facts_of(_notice("2031年8月份12345热线工单办理情况通报", _variant(body, "plain")))
    assert {v: next(f.subject for f in fs if f.value == v) for v in (312, 287, 196)} == \
        {312: "县交警大队", 287: "县城管局", 196: "县林业局"}


def test_a_town_heading_a_part_of_a_list_is_left_to_the_list():
    body = "1-6月全域新签约项目46个。其中,子溪镇项目8个;云栖乡项目6个。"
    fs = facts_of(_notice("2031年上半年招商引资通报", _variant(body, "plain")))
    assert [(f.subject, f.indicator) for f in fs if f.value in (8, 6)] == \
        [("子溪镇", "新签约项目"), ("云栖乡", "新签约项目")]
