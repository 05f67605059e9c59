"""What a figure is, when a bound or a band labels a class and when a weak unit counts cases.  A band of amounts glued
to the count of its class (1-5亿元项目311个,5-10亿元51个; 5亿元至10亿元的21个) and a bound before the count (10亿元
以上的9个) label the class: the counts are facts, the bounds are not.  A bound inside the noun a count counts
(培育20个营业收入超100亿元的产业集群) is no fact either, and the count is of that noun.  Cases counted in 起 after
what was done with them (责令恢复原状1起, 移送公安机关2起) are facts, as after an event's noun.  Invented sentences."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def facts(text: str) -> dict[str, object]:
    return {text[f.vstart:f.vend]: f for f in extract_text(text, name="p.txt", fmt="txt").facts}


def test_a_band_glued_to_a_count_labels_the_class():
    got = facts("岚溪县2024年重点项目建设情况\n2024年,岚溪县新开工项目中,1-5亿元项目311个,5-10亿元51个,10亿元以上项目"
                "12个。在库项目中,投资1亿元至5亿元的项目86个,5亿元至10亿元的21个,10亿元以上的9个。\n")
    assert set(got) == {"311", "51", "12", "86", "21", "9"}
    assert "5-10亿元" in got["51"].indicator


def test_a_bound_inside_the_counted_noun_is_no_figure():
    got = facts("云川省制造业高质量发展规划\n到2025年,全省培育20个营业收入超100亿元的产业集群,5家产值超50亿元的龙头企业。\n")
    assert set(got) == {"20", "5"}
    assert got["20"].indicator.endswith("产业集群") and got["5"].indicator.endswith("龙头企业")


def test_cases_counted_after_what_was_done_with_them():
    got = facts("岚溪县自然资源执法情况通报\n2024年5月,岚溪县对违法占地行为责令恢复原状1起,立案查处3起,移送公安机关2起,"
                "罚款12万元。本办法自6月1日起施行。\n")
    assert {k: f.unit for k, f in got.items() if f.unit == "起"} == {"1": "起", "3": "起", "2": "起"}


def test_a_counter_and_ci_is_one_unit_as_written():
    got = facts("岚溪县督导工作通报\n2024年4月,督导组累计督办问题46条次,约谈责任人120个次,交办事项35项次。"
                "全县新建3条次干道。\n")
    assert (got["46"].unit, got["120"].unit, got["35"].unit) == ("条次", "个次", "项次")
    assert got["3"].unit == "条"  # (次干道 is a road's class, no 次 of the counter)
    assert "次" not in got["46"].indicator


def test_measures_to_remedy_findings_are_counted_policies_are_not():
    got = facts("岚溪县巡察整改情况通报\n2024年4月,县委派出三个巡察组,发现问题一百五十条,制定了一百二十条整改措施,"
                "另制定整改举措35条。县政府出台14条措施支持企业发展。\n")
    assert {"一百二十", "35"} <= set(got)
    assert "14" not in got


def test_places_each_with_as_many_as_they_are_keep_their_figure():
    got = facts("眉山市信访件办理情况通报\n截至6月底,东坡区、仁寿县、彭山区、洪雅县各4件,丹棱县2件;青神县、东坡区各2件。\n")
    assert got["4"].subject == "东坡区"
    assert [f for k, f in got.items() if k == "2"]
