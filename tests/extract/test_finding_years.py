"""A year written inside the phrase that names what a check found or handed over (2018年督察反馈的52项整改任务,
2019年巡察发现的问题, 于2014年6月自查上报的问题) dates the finding, not how far its rectification has got: the counts
of later clauses (已完成49项, 整改率94%) are of the report's own time, while the finding's own count keeps its year.
And a page that releases a year's communiqué (…发布2015年…统计公报) reports that year, on a day of the year after,
whose day dates the release, not the figures.  Every text here is invented for these tests (the places too)."""
from __future__ import annotations

import pytest

from factrun import context_of, facts_of, one
from taizhang.extract import scope


@pytest.mark.parametrize("text,value,period", [
    # a county's environmental notice: the tasks fed back by the second round, how many are done now
    ("岚溪县环保督察整改情况通报\n发布日期:2021-11-20\n2018年第二轮督察反馈的52项整改任务,已完成49项,达到序时进度3项。\n",
     49, "2021"),
    ("岚溪县环保督察整改情况通报\n发布日期:2021-11-20\n2018年第二轮督察反馈的52项整改任务,已完成49项,达到序时进度3项。\n",
     3, "2021"),
    # petitions a provincial inspection handed over, settled by the time of a county report
    ("青川县信访件办理情况\n发布日期:2021-11-20\n2019年省级督察交办的信访件136件,已办结130件,办结率95.6%。\n", 95.6,
     "2021"),
    # a city's report on a provincial tour's feedback, the problems sorted out of it
    ("东坪市巡视整改进展\n发布时间:2022-04-08\n对照2020年省委巡视反馈的问题,梳理出具体问题36个,已整改到位33个,整改完成率91.7%。\n",
     91.7, "2022"),
    # a district's report: what a tour found, as a share done
    ("河口区巡察整改进展情况的通报\n发布时间:2021-03-02\n对2019年巡察发现的问题,已完成整改85%,其余问题限期整改。\n", 85,
     "2021"),
    # a county's self-check reported in a month long past
    ("白沙县关于问题整改情况的报告\n发布时间:2022-05-06\n我县于2014年6月自查上报的问题共30个,已整改到位23个。\n", 23,
     "2022"),
    # one clause: the finding's count, then what is done
    ("岚溪县环保督察整改情况通报\n发布日期:2021-11-20\n2018年督察反馈的52项整改任务已完成49项。\n", 49, "2021"),
    # the set of an audit's problems, then how many of it are done
    ("青川县审计整改情况\n发布日期:2023-03-20\n2022年审计发现的问题中有15个已整改。\n", 15, "2023"),
])
def test_a_findings_year_dates_no_count_of_its_rectification(text, value, period):
    assert one(facts_of(text), value).period == period


@pytest.mark.parametrize("text,value,period", [
    ("岚溪县环保督察整改情况通报\n发布日期:2021-11-20\n2018年第二轮督察反馈的52项整改任务,已完成49项。\n", 52, "2018"),
    ("青川县信访件办理情况\n发布日期:2021-11-20\n2019年省级督察交办的信访件136件,已办结130件。\n", 136, "2019"),
])
def test_the_findings_own_count_keeps_its_year(text, value, period):
    assert one(facts_of(text), value).period == period


@pytest.mark.parametrize("text,value,period", [
    # a city's environmental note: the problems the inspection fed back, written on their verb without 的
    ("岚溪市环保督察整改进展\n发布时间:2021-07-01\n2018年中央环保督察反馈问题58个,已整改56个,整改率96.6%。\n", 96.6,
     "2021"),
    # a county's tour rectification: the tasks of a provincial tour's feedback
    ("青川县巡视整改情况\n发布时间:2022-06-01\n2021年省委巡视反馈意见整改任务36项,已完成34项。\n", 34, "2022"),
])
def test_a_findings_noun_on_its_verb_names_its_year_too(text, value, period):
    assert one(facts_of(text), value).period == period


def test_a_years_own_count_of_what_it_found_keeps_the_year():
    # guard (passes before and after): no check named, the year found them and the review counts their rectification
    fs = facts_of("东坪县工作总结\n发布时间:2023-01-10\n2022年全县共发现问题120个,已整改110个。\n")
    assert one(fs, 110).period == "2022"


def test_a_year_and_month_after_yu_is_when_a_thing_was_done_not_a_deadline():
    got = scope.document_periods("我县于2014年6月自查上报的问题共30个。", 2022)
    assert [p.period for p in got] == ["2014-M06"]


@pytest.mark.parametrize("text,year,date", [
    # a wire on the national communiqué, dated by its month and day only
    ("新华网北京2月28日电 28日,国家统计局发布2015年国民经济和社会发展统计公报,公报显示,全年新增城镇就业1312万人,"
     "年末全国就业人员77451万人。\n", 2015, "2016-02-28"),
    # a provincial paper on its province's communiqué
    ("本报长沙3月2日电 2日,省统计局公布了2019年全省国民经济和社会发展统计公报。公报显示,全年全省粮食产量3000万吨,"
     "年末常住人口6900万人。\n", 2019, "2020-03-02"),
])
def test_a_wire_releasing_a_years_communique_is_of_the_year_after(text, year, date):
    c, ex = context_of(text)
    assert (c.year, ex.record.published) == (year, date)
    assert {f.kind for f in ex.facts} == {"actual"}
    assert {f.period for f in ex.facts} == {str(year)}


def test_the_day_a_bureau_releases_its_communique_does_not_time_its_figures():
    fs = facts_of("本报讯 3月20日,东坪市统计局发布2022年东坪市国民经济和社会发展统计公报。公报显示,全市地区生产总值达到"
                  "2100亿元,增长4.5%;常住人口城镇化率62.1%。\n")
    assert {one(fs, v).period for v in (2100, 4.5, 62.1)} == {"2022"}
