"""A fact's subject is written in one form, whichever stage found it (``pipeline.subjects_as_named``).

- An autonomous division is named as the page names it: official writing calls a prefecture of that kind by its short
  form and the plain suffix (恩施州), a region by its short form (宁夏), and spells the official name out now and then;
  the subject is the official name where the page writes it anywhere, else the short form the page writes.
- A page in traditional script has its subjects read in simplified script, the gazetteer's places and the names it
  lacks (a zone, a town) alike; the indicator stays as written.

The divisions are real (the gazetteer must know them); every sentence and figure is invented."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text
from taizhang.extract.regions import gazetteer, named_as_page, page_forms
from taizhang.ledger import canon


def facts_of(text: str):
    return extract_text(text, "x.txt").facts


def one(fs, value, unit=None):
    got = [f for f in fs if f.value == value and (unit is None or f.unit == unit)]
    assert len(got) == 1, [(f.value, f.unit, f.subject) for f in fs]
    return got[0]


ENSHI = "恩施土家族苗族自治州"


def test_the_forms_of_an_autonomous_division_by_how_fully_they_name_it():
    g = gazetteer()
    full, written, bare = page_forms(g.resolve(ENSHI))
    assert full == (ENSHI,) and "恩施州" in written and "恩施" in bare
    assert page_forms(g.resolve("宁夏回族自治区"))[2] == ("宁夏",)
    assert page_forms(g.resolve("湛江市")) == ()  # no autonomous division: named by the gazetteer alone


def test_the_page_form_prefers_the_official_name_then_the_suffixed_short_form_then_the_bare_one():
    r = gazetteer().resolve(ENSHI)
    assert named_as_page(r, f"恩施州今年发展良好。{ENSHI}人民政府。恩施州,恩施。") == ENSHI
    assert named_as_page(r, "恩施发展良好。恩施州全州增长。") == "恩施州"
    assert named_as_page(r, "恩施的经济发展良好。") == "恩施"
    assert named_as_page(r, "全州经济发展良好。") == ENSHI  # the page writes no form: the official name


def test_a_bare_short_form_in_a_text_speaking_as_its_level_takes_the_plain_suffix():
    # official writing names the prefecture it speaks as (全州, 我州) 恩施州; the bare 恩施 of a phrase is that name
    r = gazetteer().resolve(ENSHI)
    assert named_as_page(r, "把上级对恩施的要求落到实处。全州经济发展良好。") == "恩施州"
    assert named_as_page(r, "我州经济发展良好,恩施的工业增长较快。") == "恩施州"
    assert named_as_page(r, "恩施的经济发展良好。") == "恩施"  # no level spoken as: the form written
    assert named_as_page(gazetteer().resolve("宁夏回族自治区"), "宁夏经济发展良好。全区增长。") == "宁夏"  # (no suffixed form)
    fs = facts_of("2031年 我州把上级寄予恩施的厚望化为行动 2030年,全州生产总值比上年增长7.3%。\n")
    assert one(fs, 7.3).subject == "恩施州"


def test_a_prefecture_the_page_calls_by_its_short_form_is_the_subject_by_that_form():
    fs = facts_of("恩施州前三季度经济运行简况\n前三季度,全州地区生产总值完成612.4亿元,同比增长5.3%。"
                  "恩施州新登记市场主体1.3万户。\n")
    assert {f.subject for f in fs} == {"恩施州"}
    assert one(fs, 612.4).subject == "恩施州"


def test_the_official_name_written_anywhere_on_the_page_is_the_subject():
    fs = facts_of(f"恩施州一季度重点项目推进情况\n{ENSHI}发展和改革委员会\n"
                  "一季度,全州新开工重点项目48个,完成投资93.6亿元。恩施州项目建设势头良好。\n")
    assert one(fs, 48).subject == ENSHI
    assert one(fs, 93.6).subject == ENSHI


def test_a_region_is_named_by_its_short_form_when_the_page_writes_no_other():
    fs = facts_of("宁夏:今年前两个月全区外贸开局平稳\n前两个月,全区外贸进出口值较去年同期多出6.6%,"
                  "全区新增备案外贸企业96.5家次。\n")
    assert one(fs, 6.6).subject == "宁夏"
    assert one(fs, 96.5).subject == "宁夏"


def test_a_short_form_subject_links_to_the_same_region_as_the_official_name():
    for short, full in (("恩施州", ENSHI), ("恩施", ENSHI), ("宁夏", "宁夏回族自治区"), ("青龙县", "青龙满族自治县")):
        assert canon.link_subject(short) == full
        assert canon.region_code_for(short) == canon.region_code_for(full)


TRADITIONAL_ZONE = ("嵐江新區2026年一季度經濟運行情況\n"
                    "一季度,嵐江新區完成固定資產投資42.8億元,同比增長9.4%。\n")


def test_a_zone_of_a_traditional_page_is_the_subject_in_simplified_script():
    fs = facts_of(TRADITIONAL_ZONE)
    assert one(fs, 42.8).subject == "岚江新区"
    assert "投資" in one(fs, 42.8).indicator  # the indicator stays as the page writes it


# ---------------------------------------------------------------- a subject is a name, never a clause

def test_a_connective_opening_a_list_is_no_part_of_the_first_places_name():
    fs = facts_of("江西公布第三批达标乡镇\n10日,记者从江西省农业农村厅获悉:全省第三批41个乡镇通过验收,"
                  "其中赣州5个、吉安3个、九江6个。\n")
    assert [one(fs, v).subject for v in (5, 3, 6)] == ["赣州市", "吉安市", "九江市"]


def test_a_clause_saying_where_a_work_stands_is_the_place_it_names():
    # (嘉善县 and its town 西塘镇 are real, so that the gazetteer knows the town; the works and figures are invented)
    fs = facts_of("嘉善县第二批工业项目签约落地\n5月6日,签约仪式在县行政中心举行,签约的某某光电材料项目总投资8亿元。"
                  "项目位于西塘镇光电产业园,由某某公司投资建设。项目占地面积96亩,厂房面积5.2万平方米。\n")
    assert one(fs, 96).subject == "西塘镇"
    assert one(fs, 5.2).subject == "西塘镇"
