"""Time words that speak for their own clause only: 每年 says how often its own clause's verb happens, not when the
clauses after it hold (五年来,每年新增就业3000人以上,城镇登记失业率控制在3.5%以内); a run of years (连续6年居全国第一,
连续五年稳定在…) holds over as many years as it counts, up to the last year the text reports there, and a line that
names a run heads no lines below it; a target of several years among the year's tasks (力争用3年时间,新增…; 经过五年
努力,…) is due by their end, counted from the year of writing.  Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    # a county report's five-year review: 每年 in one clause, the clauses after it the span's
    ("岚溪县人民政府工作报告\n——2026年1月10日在岚溪县第十八届人民代表大会第五次会议上\n一、“十四五”时期工作回顾\n"
     "五年来,我们坚持民生优先,每年新增城镇就业3000人以上,城镇登记失业率控制在3.5%以内,累计建成安置房2100套。\n"
     "这五年,全县每年实施民生实事10件,农村公路通车里程达到2800公里。\n",
     {3000: "each-year", 3.5: "2021..2025", 2100: "2021..2025", 10: "each-year", 2800: "2025"}),
    # a city's targets for its year: 每年 in one item of the list, the next item the year's
    ("青川市人民政府工作报告\n——2026年2月3日在青川市第九届人民代表大会第五次会议上\n三、2026年工作安排\n"
     "今年主要预期目标是:地区生产总值增长6%左右,全市每年培训农民5000人次,规上工业增加值增长7%。\n",
     {6: "2026", 5000: "each-year", 7: "2026"}),
    # a plan outline: 每年 in a clause of its own figure, a level after it due by the deadline
    ("东坪县“十五五”规划纲要\n2026年3月1日\n第二章 主要目标\n"
     "到2030年,每年新增高新技术企业20家以上,规上工业企业达到300家。\n",
     {20: "each-year", 300: "..2030"}),
])
def test_each_year_speaks_for_its_own_clause(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # 每年, as a clause of its own opens the sentence: every figure after it is each year's
    ("岚溪县乡村振兴实施方案\n2026年3月2日\n每年,县财政安排乡村振兴专项资金3000万元,扶持村集体经济项目20个。\n",
     {3000: "each-year", 20: "each-year"}),
    # a plan's measures: 每年 over the items of its list and a clause that goes on with a verb of the same actor
    ("东坪区推进科技创新实施方案\n2025年4月1日\n科技强区,每年新增省级研发平台12家以上、校企合作项目90项以上,"
     "实施重大科技攻关项目40项以上。\n", {12: "each-year", 90: "each-year", 40: "each-year"}),
])
def test_each_year_goes_on_where_its_clause_goes_on(text, values):
    # guards: the readings that stay as they were
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # a provincial report of January 2026: runs up to 2025, the review's last year
    ("青川省政府工作报告\n——2026年1月20日在青川省第十四届人民代表大会第五次会议上\n一、“十四五”时期工作回顾\n"
     "五年来,实际使用外资连续6年居全国第一,粮食产量连续五年稳定在650亿斤以上。\n"
     "全省营商环境连续三年位居全国前十,外贸进出口总额达到1.2万亿元。\n",
     {1: "2020..2025", 650: "2021..2025", 10: "2023..2025", 1.2: "2025"}),
    # the year's review: the run ends at the year the sentence names
    ("河口县政府工作报告\n2024年1月8日\n2023年,全县生产总值增长6.2%,增速连续4年位居全市第一。\n",
     {6.2: "2023", 1: "2020..2023"}),
])
def test_a_run_of_years_ends_at_the_year_reported(text, values):
    assert periods_of(text, values) == values


def test_a_line_naming_a_run_heads_no_lines_below():
    # a bulletin's summary written one line a figure: the run is of its own line
    text = ("政府工作报告要点\n2026-03-05 10:56\n过去5年\n国内生产总值年均增长5.4%\n"
            "制造业增加值规模连续16年保持全球第一\n居民人均可支配收入年均增长5.1%\n城镇新增就业累计超过6000万人\n")
    assert periods_of(text, [5.1, 6000, 1]) == {5.1: "2021..2025", 6000: "2021..2025", 1: "2010..2025"}


@pytest.mark.parametrize("text,values", [
    # a county report of January 2024: a target of three years among the year's tasks is due by their end
    ("东坪县人民政府工作报告\n——2024年1月12日在东坪县第十八届人民代表大会第三次会议上\n二、2024年重点工作\n"
     "(一)壮大实体经济。力争用3年时间,新增高新技术企业100家,规上工业企业达到300家。今年新增规上工业企业30家。\n",
     {100: "..2026", 300: "..2026", 30: "2024"}),
    # a city's plan for its year: 用两年左右时间 / 经过五年努力, each from the year of writing
    ("青川市2025年国民经济和社会发展计划\n2025年2月18日\n二、2025年主要任务\n"
     "用两年左右时间完成老旧小区改造120个。经过五年努力,全市森林覆盖率达到65%。全年新建城市道路12公里。\n",
     {120: "..2026", 65: "..2029", 12: "2025"}),
])
def test_a_target_of_several_years_among_the_years_tasks_is_due_at_their_end(text, values):
    assert periods_of(text, values) == values
