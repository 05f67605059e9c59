"""A field, class or stage named in ordinary words before 完成投资 (公路项目, 铁路建设, 收尾项目, 生态旅游业, 民航机场领域)
is a split of the place's investment, no body that made it: the figure stays the place's and the field is part of
what is measured (scope._names_field).  A body named by a word no dictionary holds as ordinary vocabulary (a firm's
name), by a place (a county's plant) or by a body's head (某某集团) still reports its own figure.  Invented texts."""
from __future__ import annotations

from factrun import facts_of
from taizhang.extract.scope import _names_field


def _by_value(text):
    return {f.value: f for f in facts_of(text)}


def test_a_province_transport_bulletin_splits_by_field():
    text = ("2024年1-9月湖南省交通基础设施建设投资完成情况\n\n"
            "1-9月，全省交通基础设施建设共完成投资820.5亿元，为年度计划的78.2%。公路项目完成投资610.3亿元，"
            "为年计划的80.1%，其中，高速公路完成投资402.6亿元；航道项目完成投资21.4亿元，同比下降8.5%。\n")
    got = _by_value(text)
    for v, field in ((610.3, "公路项目"), (402.6, "高速公路"), (21.4, "航道项目")):
        assert got[v].subject == "湖南省", (v, got[v].subject)
        assert got[v].indicator.startswith(field), (v, got[v].indicator)
    assert got[8.5].indicator.startswith("航道项目")


def test_a_prefecture_progress_note_by_stage_and_sector():
    text = ("岚溪县2025年1-8月重点项目推进情况\n\n"
            "1-8月全县重点项目累计完成投资150.2亿元。收尾项目完成投资30.6亿元，占年度计划的71.2%；"
            "生态旅游业累计完成投资5.3亿元，完成年度计划的40.5%。其中铁路建设完成投资12.8亿元。\n")
    got = _by_value(text)
    for v, field in ((30.6, "收尾项目"), (5.3, "生态旅游业"), (12.8, "铁路建设")):
        assert got[v].subject == "岚溪县", (v, got[v].subject)
        assert got[v].indicator.startswith(field), (v, got[v].indicator)


def test_a_city_report_keeps_its_firms_and_named_plants():
    text = ("岚山市2025年重大项目建设情况\n\n"
            "全市重大项目完成投资320亿元。巴斯夫完成投资60.5亿元，岚山石化公司完成投资12.2亿元。\n")
    got = _by_value(text)
    assert got[60.5].subject == "巴斯夫"
    assert got[12.2].subject != "岚山市" or "石化公司" not in got[12.2].indicator


def test_names_field_reads_ordinary_words_only():
    for w in ("公路项目", "铁路建设", "收尾项目", "生态能源业", "民航机场领域", "服务业项目", "交通基础设施项目"):
        assert _names_field(w), w
    for w in ("巴斯夫", "石化公司", "某某集团", "比亚迪", "“六网会战”项目", "A区项目"):
        assert not _names_field(w), w
