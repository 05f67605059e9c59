"""Figures of a named work or company in news and progress bulletins, and counts after named examples.

- A company written short, a brand (often a place's short name) and its trade (湛江钢铁, 茂名石化, 某某化纤), opening a
  clause with what it produced reports of itself: the subject is the company as written, not the place its name
  begins with; an item joined by 、 that only says how much more (、增产7万吨) goes on about it.  A place written in full
  before the trade (唐山市钢铁产量) and ordinary words (石油化工) are the place's industry.
- 项目 / 该项目 / 该电站 opening a sentence or a clause, after a source or a time (据了解, 截至目前, 目前), takes up the
  work named last; a sentence opening with a work's name and what or where it is (某某项目位于…, 某某项目由…承建,
  某某项目,总投资…) makes the sentence's figures the work's; a task's slogan before a comma (建强园区落项目,) is none.
- A count closing a long list of named examples (甲铁路、乙公路、丙县30万吨/年丁项目等40个重点项目建成投运) and the money
  after it are the bulletin's place's, whatever place an example's name holds; the names keep the capacities they
  carry (3.5万吨, 2×660MW, 30万吨/年) and 建成投运 / 建成投产 is completed (the lead's convention of session 22).
- What works are designed to yield (设计年发电量) is a target of no stated time.
- A work introduced by what an event did to it (当天开工的某某项目,…), named after its size (总投资24亿元的某某项目) or
  after its builder and a verb (某县新建某某项目,项目计划总投资…) holds the figures of its sentence and of the 该项目 after
  it, across a comparison (打造全省领先的…); a demonstrative (这些项目) takes up the batch, the place's.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, facts_of, one
from taizhang.extract.pipeline import extract_text


def _subjects(ex, values):
    return {v: one(ex.facts, v).subject for v in values}


def test_companies_written_short_report_their_own_output_in_a_province_news_item():
    _, ex = context_of("湖南省前三季度工业经济运行平稳\n2023-10-12\n前三季度，全省规模以上工业增加值增长6.1%。其中，湘江石化完成"
                       "原油加工量300万吨、增产近10万吨；岳阳钢铁产量达14万吨、增产7万吨；华湘化纤化学纤维产量增长11%。\n")
    assert _subjects(ex, (300, 10, 14, 7, 11)) == {300: "湘江石化", 10: "湘江石化", 14: "岳阳钢铁", 7: "岳阳钢铁",
                                                  11: "华湘化纤"}
    assert one(ex.facts, 6.1).subject == "湖南省"


def test_a_company_with_its_months_then_a_change_in_a_county_level_citys_news():
    _, ex = context_of("迁安市上半年钢铁生产创新高\n2019-07-15\n今年上半年全市共生产生铁800万吨。河北省首钢迁钢公司1至6月份"
                       "生产生铁240万吨，同比提高了5.2%。\n")
    assert _subjects(ex, (800, 240, 5.2)) == {800: "迁安市", 240: "河北省首钢迁钢公司", 5.2: "河北省首钢迁钢公司"}


def test_a_place_in_full_or_ordinary_words_before_a_trade_are_the_places_industry():
    _, ex = context_of("唐山市上半年工业运行情况\n2022-07-20\n上半年，唐山市钢铁产量达6000万吨，石油化工产值增长8%。\n")
    assert _subjects(ex, (6000, 8)) == {6000: "唐山市", 8: "唐山市"}


def test_a_project_taken_up_after_a_time_in_a_province_news_item():
    _, ex = context_of("平江抽水蓄能电站建设加快推进\n2023-11-02\n平江抽水蓄能电站位于平江县，总装机容量140万千瓦，设计年发电量"
                       "20亿千瓦时。截至目前，项目共完成投资52亿元。\n")
    f = one(ex.facts, 52)
    assert (f.subject, f.indicator) == ("平江抽水蓄能电站", "完成投资")
    f = one(ex.facts, 20)
    assert (f.subject, f.kind, f.period) == ("平江抽水蓄能电站", "target", "")


def test_this_project_and_this_plant_after_a_time_in_city_news():
    _, ex = context_of("长沙经开区重大项目巡礼\n2023-09-08\n长沙整车基地项目于2022年开工建设。目前，该项目工程量已完成80%，达产后将"
                       "年产整车超20万辆。\n绩溪抽水蓄能电站位于绩溪县伏岭镇，已有1台机组投入运行。该电站设计装机容量180万千瓦。\n")
    assert _subjects(ex, (80, 20)) == {80: "长沙整车基地项目", 20: "长沙整车基地项目"}
    f = one(ex.facts, 180)
    assert (f.subject, f.indicator) == ("绩溪抽水蓄能电站", "设计装机容量")


def test_a_sentence_opening_with_a_works_name_in_a_districts_signing_news():
    _, ex = context_of("麦积区三个招商引资项目成功签约\n2014-06-25\n据了解，百花小镇项目位于利桥乡百花村，由兰州某房地产公司承建，"
                       "总投资20亿元，占地约1000亩。木门道文化旅游产业园项目，总投资5亿元。\n")
    assert _subjects(ex, (20, 1000, 5)) == {20: "百花小镇项目", 1000: "百花小镇项目", 5: "木门道文化旅游产业园项目"}


def test_a_tasks_slogan_before_a_comma_is_no_work():
    _, ex = context_of("江都区“十四五”发展目标\n2021-03-01\n科技创新孵项目，每年新增省级以上研发机构10家以上。\n")
    assert "项目" not in one(ex.facts, 10).subject


def test_a_count_after_named_examples_is_the_bulletins_place():
    _, ex = context_of("湖南省2023年1—9月重点项目建设进展情况\n2023-10-15\n1—9月，全省重点项目建设总体平稳。京广铁路扩能改造工程、"
                       "长益高速扩容工程、岳阳县30万吨/年乙烯项目等40个重点项目建成投运，涉及总投资900亿元。今年以来，全省"
                       "湘江航道扩能工程、衡阳县经济开发区标准厂房二期等12个项目开工建设。\n")
    for v in (40, 900):
        f = one(ex.facts, v)
        assert (f.subject, f.period) == ("湖南省", "2023-M01..M09")
    stages = {p.name: p.stage for p in ex.projects}
    assert stages.get("岳阳县30万吨/年乙烯项目") == "completed", stages
    assert stages.get("长益高速扩容工程") == "completed", stages


def test_a_section_named_first_in_a_list_heads_nothing():
    _, ex = context_of("四川省上半年重点项目进展\n2021-07-21\n一批引领性项目实现开工。隆黄铁路隆昌至叙永段扩能改造工程、"
                       "四川大学华西医院锦江院区等154个重点项目开工建设。\n")
    assert one(ex.facts, 154).subject == "四川省"


def test_capacities_inside_the_names_of_a_citys_examples():
    text = ("2023年1—6月重点项目推进情况通报\n2023-07-10\n1—6月，邵阳市2×660MW火电项目、常德3.5万吨新型人造丝项目、"
            "郴州120米口径射电望远镜等12个项目建成投产，总投资300亿元。\n")
    names = {p.name: p.stage for p in extract_text(text, "t.txt").projects}
    for n in ("邵阳市2×660MW火电项目", "常德3.5万吨新型人造丝项目"):
        assert names.get(n) == "operating", names  # 建成投产: producing (投产)
    assert not any(n.startswith(("660MW", "5万吨")) for n in names)


def test_the_plant_taken_up_bare_in_a_start_up_news_item():
    _, ex = context_of("本溪一国家重点能源项目开工\n2021-04-08\n据介绍，太子河抽水蓄能电站位于本溪满族自治县境内，由某集团出资建设。"
                       "电站由上、下水库和地下厂房等组成，装机容量为1800MW，共6台机组。\n")
    assert _subjects(ex, (1800, 6)) == {1800: "太子河抽水蓄能电站", 6: "太子河抽水蓄能电站"}


def test_a_sized_base_goes_on_to_its_works_head():
    _, ex = context_of("桃源县重点项目建设巡礼\n2023-05-06\n投资3.1亿元的芙蓉公司智能花卉种植基地建设项目进展顺利。\n")
    f = one(ex.facts, 3.1)
    assert (f.subject, f.indicator) == ("芙蓉公司智能花卉种植基地建设项目", "总投资")


def test_companies_named_in_examples_are_no_actor_of_the_count():
    _, ex = context_of("济宁市重点产业项目建设情况\n2009-12-17\n今年1—11月，全市重点项目完成投资211亿元。山东沃尔华挖掘机整机制造"
                       "项目、泰山玻璃纤维邹城有限公司四期项目等10个项目基本具备竣工条件。\n")
    assert one(ex.facts, 10).subject == "济宁市"


def test_the_project_taken_up_is_a_named_work_not_a_class_or_a_years_words():
    # 项目/该项目 takes up a work named before it: a heading line that is the work's name (二、某某产业园项目), never the
    # words after a year's digits (2023年第三季度重点项目集中开工: 年第三季度重点项目) nor a place's class of works
    # (某县重点项目集中开复工)
    fs = facts_of("眉山市2023年第三季度重点项目集中开工\n一、东坡区万达广场商业综合体开工建设\n"
                  "项目位于东坡区,总投资约8亿元。\n二、彭山区锂电新材料产业园项目\n该项目总投资30亿元,占地500亩。\n")
    assert one(fs, 8).subject != "年第三季度重点项目"
    assert one(fs, 30).subject == "彭山区锂电新材料产业园项目"
    assert one(fs, 500).subject == "彭山区锂电新材料产业园项目"
    fs = facts_of("青神县重点项目集中开复工\n今年,青神县共安排重点项目48个,续建项目17个、新建项目31个,"
                  "项目总投资96.5亿元。\n")
    assert one(fs, 96.5).subject == "青神县"


def test_a_list_items_mark_and_a_zones_class_of_works_name_no_body():
    # ——生态环境保护项目 累计完成投资…: the dash marks the item of a list of the place's classes of works; 园区项目 is
    # such a class (as 交通项目), no zone reporting
    fs = facts_of("青神县2023年1-8月重点项目推进情况\n1-8月,全县重点项目累计完成投资21亿元。\n"
                  "——重大产业项目 累计完成投资12.4亿元。其中:特色农业累计完成投资5.2亿元;园区项目累计完成投资0.8亿元。\n"
                  "——生态环境保护项目 累计完成投资2.6亿元,完成年度计划的39.5%。\n")
    assert one(fs, 0.8).subject == "青神县"
    assert one(fs, 2.6).subject == "青神县"
    assert one(fs, 39.5).subject == "青神县"


def test_a_work_introduced_by_what_the_event_did_to_it_in_a_countys_start_up_news():
    # 当天开工的某某项目,总投资…: a clause with 的 before the name says what the event did to the work, no part of its
    # name; the sentence's figures are the work's (before: the county's, the name read as a clause)
    _, ex = context_of("宁远县一季度重大项目集中开工\n2024-03-18\n本次集中开工项目12个，总投资56.3亿元。当天现场开工的青石湾"
                       "物流园项目，总投资9.6亿元，占地约420亩。此次开工的项目，总投资20亿元。\n")
    assert _subjects(ex, (12, 9.6, 420, 20)) == {12: "宁远县", 9.6: "青石湾物流园项目", 420: "青石湾物流园项目",
                                                20: "宁远县"}


def test_a_work_named_after_its_size_is_taken_up_and_goes_on_past_a_comparison():
    # 计划总投资为24亿元的镁基地项目 (three characters before the head) is a work's name, which 该项目 takes up in the
    # next sentence; 打造全省领先的… compares the work with the province and does not end its clauses
    _, ex = context_of("蕲春县招商引资成果丰硕\n2024-10-09\n10月8日，计划总投资为24亿元的镁基地项目落户蕲春县工业园区。"
                       "据介绍，该项目整体规划占地1800亩。投资50亿元的青石湾健康食品生产项目，建成后将打造全省领先的健康"
                       "食品产业基地，预计年产值可达100亿元。\n")
    assert _subjects(ex, (24, 1800, 50, 100)) == {24: "镁基地项目", 1800: "镁基地项目", 50: "青石湾健康食品生产项目",
                                                   100: "青石湾健康食品生产项目"}


def test_the_batch_taken_up_by_a_demonstrative_is_no_work_named_before():
    # 投资…的甲项目、投资…的乙项目等…。这些项目…。项目建成后…: the bare 项目 after 这些项目 is the batch, the county's
    _, ex = context_of("宁远县重大项目集中开工\n2024-03-18\n投资16亿元的湘南白茶项目、投资3亿元的舜源医食品项目等各有特色。"
                       "总体而言，这些项目科技含量高。项目建成后，年产值可达200亿元以上。\n")
    assert _subjects(ex, (16, 3, 200)) == {16: "湘南白茶项目", 3: "舜源医食品项目", 200: "宁远县"}


def test_a_works_card_by_its_main_investment_and_a_builder_before_its_name():
    # 由某公司投资建设的某某项目,主体投资…: the card goes on with the work's money; 某县新建某某项目,项目计划总投资…,
    # 达产后…: the 项目 of the clause after takes up the work of its own sentence, named without its builder's verb
    # (a work named only by its capacity keeps its builder); a PPP work's name keeps its letters
    _, ex = context_of("宁远县重大项目建设推进会召开\n2024-05-06\n由宁远锦程科技有限公司投资建设的青石湾智能制造产业园项目，"
                       "主体投资6亿元，全部达产后可实现年营业收入12亿元。宁远县新建青石湾饲料项目，项目计划总投资1.5亿元，"
                       "达产后年产值3亿元。宁远锦程科技有限公司新建年产10万吨饲料项目，项目计划总投资2.5亿元。湘南电子信息"
                       "产业园PPP项目总投资18亿元。\n")
    assert _subjects(ex, (6, 12, 1.5, 3, 2.5, 18)) == {
        6: "青石湾智能制造产业园项目", 12: "青石湾智能制造产业园项目", 1.5: "青石湾饲料项目", 3: "青石湾饲料项目",
        2.5: "宁远锦程科技有限公司年产10万吨饲料项目", 18: "湘南电子信息产业园PPP项目"}
