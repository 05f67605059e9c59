"""The scope stack: each fact takes the nearest stated time and place (sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of
from taizhang.extract.periods import find_periods, is_base
from taizhang.extract.scope import shift_year


def period_of(fs, value):
    hits = [f for f in fs if f.value == value]
    assert hits, [(f.value, f.evidence) for f in fs]
    return hits[0].period


GWR = "政府工作报告\n——2022年1月6日在某某县第十届人民代表大会第二次会议上\n各位代表:\n"


def test_comparison_bases_are_not_the_facts_time():
    fs = facts_of(GWR + "  2021年,全县规上工业增加值增长9%,增速比2020年提高2个百分点,比一季度回落1个百分点;"
                  "全县实现生产总值210亿元,是2015年的1.5倍。\n")
    assert period_of(fs, 9) == "2021"
    assert period_of(fs, 2) == "2021"
    assert period_of(fs, 1) == "2021"
    assert period_of(fs, 1.5) == "2021"


@pytest.mark.parametrize("text,start,base", [("比上年增长", 1, True), ("与去年同期相比", 1, True), ("是2015年的两倍", 1, True),
                                             ("2015年以来", 0, False)])
def test_is_base(text, start, base):
    p = [x for x in find_periods(text, 2020) if x.start == start]
    assert p and (p[0].role == "base") == base and is_base(text, p[0].start, p[0].end) == base


def test_from_to_takes_the_frames_start_and_end():
    gwr = GWR.replace("2022年1月6日", "2021年12月28日")
    fs = facts_of(gwr + "  五年来,全县城镇化率从41%提高到52%,森林覆盖率达到63%。\n")
    assert period_of(fs, 41) == "2016"  # the state before the first year of 2017..2021
    assert period_of(fs, 52) == "2021"
    assert period_of(fs, 63) == "2021"  # a stock reported in a review holds at the time of writing


def test_from_to_with_its_own_years():
    fs = facts_of(GWR + "  全县财政收入从2016年的8亿元增加到2021年的12亿元,年均增长8.4%。\n")
    assert period_of(fs, 8) == "2016"
    assert period_of(fs, 12) == "2021"


def test_targets_under_a_span_end_state_and_flow():
    text = ("某县召开党代会\n发布时间:2021-11-20\n  未来五年主要目标\n  全县生产总值年均增长7%,人均生产总值达到8万元,"
            "新建学校12所;城镇居民人均可支配收入从目前的3万元增长到4.2万元。\n")
    fs = facts_of(text)
    assert period_of(fs, 7) == "2022..2026"  # a November report plans from the next year
    assert period_of(fs, 8) in ("..2026", "2026")
    assert period_of(fs, 12) == "2022..2026"
    assert period_of(fs, 3) == "2021"  # 目前: the time of writing
    assert period_of(fs, 4.2) in ("..2026", "2026")


def test_same_period_is_the_comparison_period():
    fs = facts_of("2019年上半年全市经济运行情况\n  全市固定资产投资同比增长6%(上年同期为下降3%),增速比一季度加快2个百分点。\n")
    assert period_of(fs, 6) == "2019-H1"
    assert period_of(fs, 3) == "2018-H1"
    assert period_of(fs, 2) == "2019-H1"


def test_a_paragraph_frame_after_an_attribution_clause():
    fs = facts_of("某地这十年\n发布时间:2022-09-01\n  省长表示,十年来,全省生产总值翻一番,人均生产总值突破10万元。\n")
    assert period_of(fs, 1) == "2013..2022"
    assert period_of(fs, 10) == "2022"


def test_bracketed_time_does_not_carry():
    fs = facts_of("上半年全县经济运行情况\n  全县投资完成30亿元,同比下降5%(一季度为增长2%),拉动全县经济增长1个百分点。\n")
    assert period_of(fs, 2) == "?-Q1"
    assert period_of(fs, 1) == "?-H1"


@pytest.mark.parametrize("p,by,out", [("2016-H1", -1, "2015-H1"), ("?-H1", -1, "?-H1"), ("2021..2025", 1, "2022..2026")])
def test_shift_year(p, by, out):
    assert shift_year(p, by) == out


def subject_of(fs, value):
    hits = [f for f in fs if f.value == value]
    assert hits, [(f.value, f.evidence) for f in fs]
    return hits[0].subject


def test_organisations_listed_with_their_values_and_sectors_that_are_not_actors():
    fs = facts_of(GWR + "  2021年,全县固定资产投资完成90亿元,其中:电力公司投资3.2亿元,下降12%;水务集团1.5亿元,增长8%。"
                  "第二产业完成投资40亿元,同比增长6%。\n")
    assert subject_of(fs, 90) == ""  # 某某县 is no real county: no place
    assert subject_of(fs, 3.2) == "电力公司"
    assert subject_of(fs, 1.5) == "水务集团"
    assert subject_of(fs, 8) == "水务集团"
    assert subject_of(fs, 40) == subject_of(fs, 90)  # 第二产业: a split of the place's economy


def test_document_place_is_the_subject_of_its_whole_and_our_words():
    text = ("政府工作报告\n——2021年12月28日在凤冈县第十八届人民代表大会第一次会议上\n各位代表:\n"
            "  今年,全县完成固定资产投资60亿元;我县新增市场主体3000户。\n")
    fs = facts_of(text)
    assert subject_of(fs, 60) == "凤冈县" and subject_of(fs, 3000) == "凤冈县"


def test_a_part_headed_by_a_year_scopes_its_relative_times():
    text = ("政府工作报告\n——2022年1月6日在某某县第十届人民代表大会第二次会议上\n各位代表:\n一、2021年工作回顾\n"
            "  全年完成固定资产投资55亿元,上半年新增就业1200人。\n二、2022年工作安排\n(一)主要目标\n"
            "  今年全县生产总值增长7%左右。\n")
    fs = facts_of(text)
    assert period_of(fs, 55) == "2021"
    assert period_of(fs, 1200) == "2021-H1"
    assert period_of(fs, 7) == "2022"


def test_progress_report_shares_and_breakdowns():
    text = ("某县2024年重点项目投资计划及1-8月完成情况\n  2024年全县共安排重点项目60个,年度计划投资90亿元。"
            "1-8月,累计完成投资63亿元,占年度计划的70%。其中新开工项目21个。工业项目完成投资20亿元。\n")
    fs = facts_of(text)
    assert period_of(fs, 90) == "2024"  # the plan figure: the plan year
    assert period_of(fs, 63) == "2024-M01..M08"
    assert period_of(fs, 70) == "2024-M01..M08"  # 占年度计划: the whole a share is of, not its time
    assert period_of(fs, 21) == "2024-M01..M08"  # 其中: a breakdown in the time of the sentence before
    assert subject_of(fs, 20) == subject_of(fs, 63)  # 工业项目: a category of projects, not an actor


def test_a_yearly_average_up_to_a_deadline_is_a_span():
    text = ("某市“十四五”规划纲要公布\n发布时间:2021-03-02\n  《规划纲要》提出,到2025年,全市地区生产总值力争突破2000亿元,"
            "年均增长7%以上;常住人口城镇化率达到60%。\n")
    fs = facts_of(text)
    assert period_of(fs, 2000) == "..2025"
    assert period_of(fs, 7) == "2021..2025"
    assert period_of(fs, 60) == "..2025"


def test_stocks_in_a_half_year_analysis_hold_at_the_time_of_writing():
    text = ("2022年上半年全县经济运行情况\n一、工业\n二、投资\n三、消费\n四、农业\n五、其他\n"
            "  全县社会消费品零售总额28亿元,同比增长4%。全县规模化养殖场达126个。居民消费价格指数为101.5。\n")
    fs = facts_of(text)
    assert period_of(fs, 28) == "2022-H1"
    assert period_of(fs, 126) == "2022"  # the title's half year frames flows, not what stands at writing time
    assert period_of(fs, 101.5) == "2022-H1"


def test_within_n_years_in_a_report_is_a_duration_not_a_plan():
    fs = facts_of(GWR + "  2021年,全县新签约项目40个,其中15个项目一年内建成投产。\n")
    assert period_of(fs, 15) == "2021"


def test_a_year_introduced_with_shi_still_frames_the_sentence():
    fs = facts_of("某县经济\n发布时间:2024-02-01\n  2022年是关键之年,全县生产总值增长5%。\n")
    assert period_of(fs, 5) == "2022"


def test_a_later_time_with_its_own_value_does_not_reach_back():
    fs = facts_of("某县经济\n发布时间:2024-06-01\n  近日,企业实现营业收入3亿元,预计全年可达8亿元。全县完成投资5亿元,超额完成一季度计划。\n")
    assert period_of(fs, 3) == "2024"
    assert period_of(fs, 8) == "2024"
    assert period_of(fs, 5) == "2024-Q1"


def test_a_part_about_one_county_gives_its_facts_that_county():
    text = ("宜宾市重点项目建设督查情况通报\n发布时间:2023-09-01\n  全市重点项目开工率82%。\n一、兴文县\n"
            "  全县新开工项目12个,完成投资9亿元。\n二、长宁县\n  全县新开工项目8个。\n"
            "  (三)珙县。全县完成投资6亿元。\n")
    fs = facts_of(text)
    assert subject_of(fs, 82) == "宜宾市"
    assert subject_of(fs, 12) == "兴文县" and subject_of(fs, 9) == "兴文县"
    assert subject_of(fs, 8) == "长宁县"
    assert subject_of(fs, 6) == "珙县"


def test_a_notice_run_in_one_paragraph_gives_each_place_it_heads_its_figures():
    # 东坡区。… 仁寿县。…: each place written as a sentence of its own heads the figures up to the next
    text = ("全市重点项目推进情况\n2023年5月6日\n截至4月底，各县区重点项目推进情况如下。东坡区。重点项目28个，"
            "已完成投资8.2亿元，占年度计划19.5%。仁寿县。重点项目31个，已完成投资9.6亿元。洪雅县。已完成投资3.1亿元。\n")
    fs = facts_of(text)
    assert subject_of(fs, 8.2) == "东坡区" and subject_of(fs, 19.5) == "东坡区"
    assert subject_of(fs, 9.6) == "仁寿县"
    assert subject_of(fs, 3.1) == "洪雅县"


def test_places_in_brackets_head_their_lines_and_a_topic_its_sentences():
    text = ("各地经济速递\n2023-08-10\n【洪雅县】今年以来，新签约项目14个，协议投资额56亿元。\n"
            "【丹棱县】1-7月，规上工业增加值增长9.2%，新入规企业5家。\n【彭山区】\n重点项目开复工率92%，完成投资27亿元。\n")
    fs = facts_of(text)
    assert subject_of(fs, 56) == "洪雅县"
    assert subject_of(fs, 9.2) == "丹棱县" and subject_of(fs, 5) == "丹棱县"
    assert subject_of(fs, 92) == "彭山区" and subject_of(fs, 27) == "彭山区"


def test_an_unlisted_county_heading_its_sentence_is_named_as_written():
    text = ("全市重点项目推进情况\n2025年5月6日\n截至4月底，全市重点项目完成投资60亿元。青溪县。重点项目20个，"
            "已完成投资5.2亿元。白河区。重点项目16个，已完成投资4.4亿元。\n")
    fs = facts_of(text)
    assert subject_of(fs, 5.2) == "青溪县"
    assert subject_of(fs, 4.4) == "白河区"


def test_a_district_heading_its_sentence_is_a_place_without_its_prefecture():
    # a three-character district the text names under no prefecture is a place when it heads a sentence or a line
    text = ("关于全市重点项目进展情况的通报\n2024-04-15\n截至4月12日，全市重点项目完成投资106亿元。\n"
            "东坡区。重点投资项目35个，已完成投资17.74亿元，占年度计划18.1%。\n")
    fs = facts_of(text)
    assert subject_of(fs, 17.74) == "东坡区" and subject_of(fs, 18.1) == "东坡区"
    text = "各地经济速递\n2023-08-10\n【彭山区】\n重点项目开复工率92%，完成投资27亿元。\n"
    assert subject_of(facts_of(text), 27) == "彭山区"


# ------------------------------------------------------------------ a progress report's cut-off

PROGRESS = "某某县2023年重点项目推进情况通报\n县重点项目办\n2023年11月6日\n\n"


def test_a_cut_off_stated_once_governs_the_rows_of_the_sections_below():
    fs = facts_of(PROGRESS + "2023年,全县共安排重点项目80个。截至10月底,累计完成投资45.5亿元,完成年度计划的81%。\n\n"
                  "一、工业项目。已开工项目27个,完成投资18.2亿元,占年度计划的86%。\n\n"
                  "二、民生项目。完成投资9.4亿元。\n")
    assert period_of(fs, 45.5) == "..2023-M10"
    assert period_of(fs, 81) == "..2023-M10"  # the plan is the whole the share is of, not the share's time
    assert period_of(fs, 27) == "..2023-M10"
    assert period_of(fs, 18.2) == "..2023-M10"
    assert period_of(fs, 86) == "..2023-M10"
    assert period_of(fs, 9.4) == "..2023-M10"  # under a heading that states no time
    assert period_of(fs, 80) == "2023"


def test_a_places_plan_list_keeps_the_year_under_a_cut_off_its_intro_line_states():
    # 截至4月12日,…各县区情况如下: the cut-off dates what was done; each place's list size is the year's, and so is the
    # class its 其中 breaks the list down into (test_bulletin_set_periods)
    fs = facts_of("全市重点项目建设进展通报\n市重点项目办\n2023年4月14日\n\n截至4月12日，全市重点项目完成投资86.5亿元。"
                  "各县（区）情况如下：\n东坡区。重点项目28个，其中新开工项目10个，已完成投资8.2亿元，占年度计划19.5%。\n"
                  "洪雅县。重点项目15个，已完成投资3.1亿元。\n")
    assert period_of(fs, 28) == "2023" and period_of(fs, 10) == "2023" and period_of(fs, 15) == "2023"
    assert period_of(fs, 8.2) == "..2023-M04" and period_of(fs, 3.1) == "..2023-M04"


def test_a_run_in_notice_keeps_the_year_for_each_places_plan_list():
    fs = facts_of("全市重点项目推进情况\n2025年5月6日\n截至4月底，全市重点项目完成投资60亿元。青溪县。重点项目20个，"
                  "已完成投资5.2亿元。白河区。重点项目16个，已完成投资4.4亿元。\n")
    assert period_of(fs, 20) == "2025" and period_of(fs, 16) == "2025"
    assert period_of(fs, 5.2) == "..2025-M04"


def test_a_list_of_investment_projects_under_a_titles_cut_off_is_the_years():
    # 重点投资项目35个 names a class of projects (its 投资 is no flow); a cut-off in the title dates only what was done
    fs = facts_of("全市重点项目建设进展情况（截至4月12日）\n2024-04-15\n东坡区。重点投资项目35个，其中新开工项目12个，"
                  "已完成投资17.74亿元，占年度计划18.1%。\n仁寿县。重点投资项目30个，已完成投资12.2亿元。\n")
    assert period_of(fs, 35) == "2024" and period_of(fs, 12) == "2024" and period_of(fs, 30) == "2024"
    assert period_of(fs, 17.74) == "..2024-M04" and period_of(fs, 12.2) == "..2024-M04"


def test_the_cut_off_holds_until_another_is_stated():
    fs = facts_of(PROGRESS + "1—6月,全县完成投资30.1亿元。\n\n一、工业项目。完成投资12.2亿元。\n\n"
                  "截至10月底,全县完成投资48.8亿元。\n\n二、民生项目。完成投资7.7亿元。\n")
    assert period_of(fs, 30.1) == "2023-M01..M06"
    assert period_of(fs, 12.2) == "2023-M01..M06"
    assert period_of(fs, 48.8) == "..2023-M10"
    assert period_of(fs, 7.7) == "..2023-M10"


def test_a_cut_off_day_is_a_running_total_to_its_month():
    fs = facts_of("关于县政府议定事项办理情况的督办通报\n2023年7月10日\n\n"
                  "上半年,县政府共议定事项60项。截至6月30日,已办结48项,办结率80%。\n\n"
                  "县交通局承办议定事项10项,已办结7项。\n")
    assert period_of(fs, 48) == "..2023-M06"
    assert period_of(fs, 80) == "..2023-M06"
    assert period_of(fs, 7) == "..2023-M06"


def test_a_dateline_under_the_title_scopes_nothing():
    fs = facts_of("某某县重点项目建设情况通报\n（2023年8月21日）\n\n一、交通项目\n已开工项目6个。\n")
    assert period_of(fs, 6) == "2023"


def test_a_news_storys_cut_off_speaks_for_its_own_paragraph():
    fs = facts_of("县域经济观察\n2023年8月1日\n\n全县持续扩大开放,截至6月底,共引进项目15个。\n\n"
                  "全县注册市场主体5200户。\n")
    assert period_of(fs, 15) == "..2023-M06"
    assert period_of(fs, 5200) == "2023"


def test_a_status_under_the_cut_off_is_as_of_the_cut_off():
    fs = facts_of(PROGRESS + "截至9月底,全县已开工项目52个。\n\n三、存在问题\n"
                  "一是部分项目前期工作滞后,全县仍有8个项目未开工;二是资金到位偏慢。\n")
    assert period_of(fs, 8) == "..2023-M09"
    assert [f.subject for f in fs if f.value == 8] != ["一是部分项目"]


def test_the_size_of_a_sections_project_list_is_of_the_plan_year():
    fs = facts_of(PROGRESS + "1—10月,全县累计完成投资40.6亿元。\n\n一、产业项目。共21个,1—10月完成投资15.3亿元。\n")
    assert period_of(fs, 21) == "2023"
    assert period_of(fs, 15.3) == "2023-M01..M10"


PLAN_NEWS = "某某市发展规划纲要正式印发\n发布日期:2021-03-02\n\n"


def test_a_deadline_opening_the_sentence_frames_every_semicolon_part():
    fs = facts_of(PLAN_NEWS + "会议听取了汇报。\n\n《纲要》提出,到2025年,全市地区生产总值达到900亿元;"
                  "粮食产量稳定在60万吨;户籍人口城镇化率从2020年的38.5%提高到45%。\n")
    assert period_of(fs, 900) in ("..2025", "2025")
    assert period_of(fs, 60) in ("..2025", "2025")
    assert period_of(fs, 38.5) == "2020"
    assert period_of(fs, 45) == "..2025"


def test_each_year_does_not_reach_a_clause_with_its_own_yearly_average():
    fs = facts_of(PLAN_NEWS + "据介绍,未来五年,全市每年新增城镇就业1.2万人以上,农村居民人均可支配收入年均增长8%以上。\n")
    assert period_of(fs, 1.2) == "each-year"
    assert period_of(fs, 8) == "2021..2025"


def test_a_projects_size_is_as_written_and_its_yield_once_built_has_no_time():
    fs = facts_of("某某县2024年第二季度重大项目集中开工\n2024-04-09\n\n"
                  "4月8日,全县第二季度重大项目集中开工。某某物流园项目总投资12.5亿元,全长3.2公里的配套道路同步建设;"
                  "某某食品加工项目建成后预计年产值可达8亿元。\n")
    assert period_of(fs, 12.5) == "2024"
    assert period_of(fs, 3.2) == "2024"
    assert [(f.kind, f.period) for f in fs if f.value == 8] == [("target", "")]


# --------------------------------------------------------------------------- row labels

LEDGER = "绍兴市重点工作推进情况通报\n绍兴市人民政府办公室\n2024年10月8日\n\n"


def subject_of(fs, value, unit=None):
    hits = [f for f in fs if f.value == value and (unit is None or f.unit == unit)]
    assert hits, [(f.value, f.evidence) for f in fs]
    return hits[0].subject


def test_a_labelled_row_is_the_subject_of_its_figures():
    fs = facts_of(LEDGER + "一、总体情况。全市共排定重点项目120个，已开工101个。\n"
                  "平水镇：排定项目13个，已开工11个，开工率84.6%，完成投资7.7亿元。\n"
                  "市水利局：承办事项23个，已办结19个，办结率82.6%。\n"
                  "市农业农村委员会：承办事项17个，已办结14个。\n")
    assert subject_of(fs, 120) == "绍兴市"
    for v in (13, 11, 84.6, 7.7):
        assert subject_of(fs, v) == "平水镇"
    for v in (23, 19, 82.6):
        assert subject_of(fs, v) == "绍兴市水利局"  # 市 in a city's document is that city
    for v in (17, 14):
        assert subject_of(fs, v) == "绍兴市农业农村委员会"  # the full name as written, not cut at 委


def test_a_project_named_after_a_label_keeps_its_own_name():
    fs = facts_of(LEDGER + "平水镇：排定项目13个，已开工11个。其中，某某溪综合治理工程完成投资1.9亿元。\n"
                  "市水利局：承办事项23个，已办结19个。\n")
    assert subject_of(fs, 13) == "平水镇"
    assert subject_of(fs, 1.9) == "某某溪综合治理工程"
    assert subject_of(fs, 19) == "绍兴市水利局"


def test_words_that_only_open_a_sentence_are_no_label():
    fs = facts_of(LEDGER + "总体情况：全市排定项目120个，已开工101个。\n")
    assert subject_of(fs, 120) == "绍兴市"
    assert subject_of(fs, 101) == "绍兴市"


def test_this_year_under_a_cut_off_is_the_year_so_far():
    fs = facts_of("岚溪县重点项目推进情况\n发布时间:2023-06-05\n\n截至5月底,全县项目当年累计投资9.6亿元。\n\n"
                  "1—5月,全县新开工项目12个,今年以来累计完成投资6.1亿元;全年预计完成投资25亿元。\n")
    assert period_of(fs, 9.6) == "..2023-M05"
    assert period_of(fs, 6.1) == "2023-M01..M05"
    assert period_of(fs, 25) == "2023"  # 全年 names the whole year


def test_an_explicit_year_in_the_clause_beats_the_documents_year():
    fs = facts_of(GWR.replace("2022年1月6日", "2024年1月6日") +
                  "  经初步预计,全县2023年全年实现地区生产总值321亿元,增长6.2%。今年全县生产总值预期增长6%。\n")
    assert period_of(fs, 321) == "2023"
    assert period_of(fs, 6.2) == "2023"


def test_a_span_opening_the_lead_is_the_time_of_the_whole_text():
    fs = facts_of("青川市重点项目建设综述\n发布时间:2023-07-20\n\n记者从市发改委获悉,上半年,全市实施重点项目58个,"
                  "完成投资41.3亿元。\n\n从项目类别看,产业项目完成投资26.2亿元。\n\n"
                  "从进度看,超序时进度项目36个,未达序时进度项目4项。\n")
    assert period_of(fs, 41.3) == "2023-H1"
    assert period_of(fs, 26.2) == "2023-H1"
    assert period_of(fs, 36) == "2023-H1"
    assert period_of(fs, 4) == "2023-H1"


def test_a_span_later_in_the_lead_frames_only_its_paragraph():
    fs = facts_of("青川市项目建设观察\n发布时间:2023-07-20\n\n全市上下抢抓机遇,上半年完成投资41.3亿元。\n\n"
                  "全市注册市场主体5200户。\n")
    assert period_of(fs, 5200) == "2023"


def test_lagging_items_under_a_cut_off_are_counted_at_the_cut_off():
    fs = facts_of(PROGRESS + "截至6月底,全县实施项目120个,完成投资30.1亿元。\n\n二、存在问题\n"
                  "未达序时进度项目4项,进度滞后项目6个。\n")
    assert period_of(fs, 4) == "..2023-M06"
    assert period_of(fs, 6) == "..2023-M06"


def test_a_time_opening_a_sentence_frames_the_next_ones_of_its_paragraph():
    fs = facts_of(PROGRESS + "一、总体情况\n2023年,全县共实施重点项目86个,年度计划投资68亿元。1—6月完成投资36.2亿元,"
                  "占年度计划的53.2%。新开工项目21个,开工率72.4%。\n")
    assert period_of(fs, 86) == "2023"
    assert period_of(fs, 36.2) == "2023-M01..M06"
    assert period_of(fs, 21) == "2023-M01..M06"
    assert period_of(fs, 72.4) == "2023-M01..M06"


def test_guanyu_is_no_deadline_in_a_title():
    fs = facts_of("关于2024年上半年重点项目推进情况的督查通报\n\n二、存在问题\n\n全县有9个项目未达到序时进度。\n")
    assert period_of(fs, 9) == "2024-H1"
    assert [p.period for p in find_periods("关于2024年上半年", 2024)] == ["2024-H1"]
    assert [p.period for p in find_periods("计划于2025年建成", 2024)] == ["..2025"]


def test_a_lead_after_a_preamble_and_a_heading_still_frames_the_text():
    fs = facts_of("全县重点项目推进情况的通报\n\n各乡镇、县直各单位:\n\n根据工作安排,县督查室对全县重点项目推进情况进行了"
                  "督查。现将有关情况通报如下:\n\n一、总体情况\n\n上半年,全县实施重点项目86个,完成投资36.2亿元。\n\n"
                  "二、存在问题\n\n全县有9个项目未达到序时进度,完成投资仅占年度计划的21.3%。\n")
    assert period_of(fs, 9) == "?-H1"
    assert period_of(fs, 21.3) == "?-H1"


def test_a_plan_rate_after_an_amount_keeps_the_sentences_months():
    fs = facts_of(PROGRESS + "2023年1—9月,全县重点项目完成投资50亿元,年度投资完成率达75.3%,较去年同期提高2.1个百分点。\n")
    assert period_of(fs, 75.3) == "2023-M01..M09"
    assert period_of(fs, 2.1) == "2023-M01..M09"


def test_a_problem_counted_in_a_progress_report_is_as_of_the_report_despite_jinnianlai():
    fs = facts_of("关于2024年上半年重点项目推进情况的通报\n\n二、存在问题\n\n三是近年来部分项目要素保障不足,"
                  "有5个项目用地未落实。\n")
    assert period_of(fs, 5) == "2024-H1"


def test_jinnianlai_still_leaves_a_news_storys_figure_without_time():
    fs = facts_of("县域经济观察\n2023年8月1日\n\n近年来,全县累计引进项目150个。\n")
    assert period_of(fs, 150) == ""


def test_the_plans_year_dates_the_plan_figure_only():
    fs = facts_of("某某县2024年上半年重点项目进展情况\n\n发布时间:2024-07-15\n\n"
                  "2.某某新材料年产3万吨项目:总投资8亿元,年度计划投资2亿元,已完成投资1.1亿元,占年度计划的55%。\n\n"
                  "3.某某生态廊道项目。年度计划投资1亿元,完成投资0.3亿元,进度滞后。\n")
    assert period_of(fs, 2) == "2024"
    assert period_of(fs, 1.1) == "2024-H1"
    assert period_of(fs, 55) == "2024-H1"
    assert period_of(fs, 0.3) == "2024-H1"
    assert [f.subject for f in fs if f.value == 0.3] == ["某某生态廊道项目"]


def test_times_within_a_year_take_the_year_stated_before_them():
    fs = facts_of(GWR.replace("2022年1月6日", "2024年1月6日") +
                  "  2023年,全县全年实现地区生产总值321亿元。上半年实现税收12亿元。\n"
                  "  2023年,全县上半年实现生产总值150亿元。今年全县生产总值预期增长6%。\n")
    assert period_of(fs, 321) == "2023"
    assert period_of(fs, 12) == "2023-H1"
    assert period_of(fs, 150) == "2023-H1"
    assert period_of(fs, 6) == "2024"  # 今年 is the speaker's year


def test_a_caption_frames_nothing_after_it():
    fs = facts_of("岚溪县2019年国民经济和社会发展统计公报\n一、综合\n全县地区生产总值120亿元,增长6.1%。\n"
                  "图1:2015-2019年全县地区生产总值及增长速度\n二、农业\n农业增加值12.4亿元,同比增长3.1%。\n"
                  "表2 2016-2019年主要农产品产量\n三、工业\n规模以上工业增加值增长5.2%。\n")
    assert period_of(fs, 3.1) == "2019"
    assert period_of(fs, 5.2) == "2019"


def test_a_projects_size_written_before_its_name_is_of_the_year():
    fs = facts_of(PROGRESS + "截至9月底,全县重点项目完成投资80亿元。投资50亿元的某某电气产业园项目已开工,完成投资12亿元。\n")
    assert period_of(fs, 50) == "2023"
    assert period_of(fs, 12) == "..2023-M09"
