"""A report part whose heading names two times — the five years and the last (or next) one (一、2025年和“十四五”时期
工作回顾, 二、“十五五”时期目标任务和2026年工作安排), or a span the last year ends (一、过去五年工作回顾) — is read
paragraph by paragraph: a paragraph that opens with one of the part's times (刚刚过去的2025年,… / 去年,… / 五年来,… /
“十四五”时期,… / 今年主要预期目标是:…) opens a narrower part, and the paragraphs after it (——…, 一是…, (一)…) that
name no time are of that time up to the next such paragraph or the part's end.  Every text here is invented."""
from __future__ import annotations

from factrun import facts_of, periods_of


def test_the_years_review_after_the_five_years_ends_their_reach():
    # a province of 2026: the five-year review, then the year's review opened by 刚刚过去的2025年 and its ——lines
    text = ("青川省政府工作报告\n——2026年1月18日在青川省第十四届人民代表大会第五次会议上\n一、过去五年工作回顾\n"
            "五年来,全省生产总值年均增长5.6%,累计新建农村公路3000公里。\n"
            "(一)产业体系加快构建。新增规上工业企业2100家,高新技术企业达到6800家。\n"
            "刚刚过去的2025年,全省上下攻坚克难,生产总值增长5.2%,城镇新增就业62万人。\n"
            "——创新动能增强。新增专精特新企业60家,技术合同成交额增长18%。\n"
            "——城乡面貌改善。新改建农村公路1800公里,改造老旧小区560个。\n")
    assert periods_of(text, [5.6, 3000, 2100, 6800, 5.2, 62, 60, 18, 1800, 560]) == {
        5.6: "2021..2025", 3000: "2021..2025", 2100: "2021..2025", 6800: "2025", 5.2: "2025", 62: "2025",
        60: "2025", 18: "2025", 1800: "2025", 560: "2025"}


def test_last_year_opening_a_paragraph_of_a_county_review():
    # a county of 2016: 去年, after the plan's five years, then 一是/二是 paragraphs naming no year
    text = ("岚溪县人民政府工作报告\n2016年2月20日在岚溪县第十六届人民代表大会第六次会议上\n"
            "一、“十二五”时期及2015年工作回顾\n过去的五年,全县工业增加值从31亿元提高到52亿元,新建县乡道路186公里。\n"
            "去年,面对经济下行压力,全县上下共同努力,地区生产总值增长7.6%。\n"
            "一是工业经济稳中有进。新增规上工业企业45家,工业投资完成28亿元。\n"
            "二是城乡建设步伐加快。新建县乡道路18公里,棚户区改造820户。\n")
    assert periods_of(text, [31, 52, 186, 7.6, 45, 28, 18, 820]) == {
        31: "2010", 52: "2015", 186: "2011..2015", 7.6: "2015", 45: "2015", 28: "2015", 18: "2015", 820: "2015"}


def test_the_five_years_after_the_years_review_are_theirs():
    # a city of 2026 reviewing its year first, then the five years under a sub-heading that names no time
    text = ("东坪市政府工作报告\n2026年1月12日\n一、2025年工作和“十四五”发展回顾\n"
            "2025年,全市生产总值增长5.3%,新增城镇就业5.6万人。\n——项目建设成效显著。新开工项目320个,竣工项目210个。\n"
            "五年来,全市生产总值年均增长6.2%,累计新增城镇就业28万人。\n"
            "(一)综合实力大幅跃升。规上工业企业达到2300家,新开工亿元以上项目640个。\n")
    assert periods_of(text, [5.3, 5.6, 320, 210, 6.2, 28, 2300, 640]) == {
        5.3: "2025", 5.6: "2025", 320: "2025", 210: "2025", 6.2: "2021..2025", 28: "2021..2025", 2300: "2025",
        640: "2021..2025"}


def test_the_five_years_inside_the_years_chapter():
    # a national-style chapter of the year whose later paragraph looks back over five years
    text = ("政府工作报告\n——2026年3月5日\n一、2025年工作回顾\n一年来,国内生产总值增长5%,城镇新增就业1267万人。\n"
            "——新动能加快成长。新能源汽车产量增长20%。\n"
            "过去五年,我们攻坚克难。国内生产总值年均增长5.4%。\n"
            "——民生持续改善。居民人均可支配收入年均增长5.6%,城镇新增就业累计超过6000万人。\n")
    assert periods_of(text, [1267, 20, 5.4, 5.6, 6000]) == {
        1267: "2025", 20: "2025", 5.4: "2021..2025", 5.6: "2021..2025", 6000: "2021..2025"}


def test_the_years_targets_in_a_chapter_naming_both_plan_and_year():
    # 二、今后五年和2026年工作: the plan's targets over its span, the year's own (not restating the plan's 5%)
    text = ("北岭区政府工作报告\n——2026年1月9日\n一、过去五年工作回顾\n过去五年,全区新增市场主体4.2万户。\n"
            "二、今后五年和2026年工作\n今后五年,全区地区生产总值年均增长5%以上,常住人口城镇化率达到73%。\n"
            "今年,全区地区生产总值增长5%左右,新增市场主体1万户。\n"
            "(一)扩大有效投资。新开工重大项目60个,完成投资400亿元。\n")
    fs = facts_of(text)
    rates = sorted((f.vstart, f.kind, f.period) for f in fs if f.value == 5)
    assert [(k, p) for _, k, p in rates] == [("target", "2026..2030"), ("target", "2026")]
    got = {v: next((f.kind, f.period) for f in fs if f.value == v) for v in (73, 1, 60, 400)}
    assert got == {73: ("target", "..2030"), 1: ("target", "2026"), 60: ("target", "2026"), 400: ("target", "2026")}


def test_a_plan_and_year_chapter_of_a_province():
    # 二、“十五五”时期目标任务和2026年工作安排: 今年主要预期目标是 states the year's targets, not the plan's again
    text = ("南岭省政府工作报告\n——2026年1月20日在南岭省第十四届人民代表大会第五次会议上\n"
            "二、“十五五”时期目标任务和2026年工作安排\n"
            "“十五五”时期全省经济社会发展的主要目标是:地区生产总值年均增长5%左右,常住人口城镇化率达到70%。\n"
            "今年全省经济社会发展的主要预期目标是:地区生产总值增长5%左右,城镇新增就业60万人以上。\n")
    rates = sorted((f.vstart, f.period) for f in facts_of(text) if f.value == 5)
    assert [p for _, p in rates] == ["2026..2030", "2026"]


def test_an_event_year_inside_the_five_years_opens_nothing():
    # 2023年,… inside a five-year review is an event of it: the paragraphs after it stay in the five years
    text = ("西河市政府工作报告\n2026年1月8日\n一、过去五年工作回顾\n过去五年,全市新增市场主体12万户。\n"
            "2023年,我市获批国家级新区,当年引进项目120个。\n——开放水平提升。新设外资企业260家,新开工项目900个。\n")
    assert periods_of(text, [12, 120, 260, 900]) == {12: "2021..2025", 120: "2023", 260: "2021..2025",
                                                      900: "2021..2025"}


def test_chapters_named_by_their_plan_in_a_slogan():
    # 一、“十四五”圆满收官,… reviews the ended plan; 二、奋力开创“十五五”发展新局面 plans the next one
    text = ("岚山市政府工作报告\n——2026年1月15日在岚山市第十七届人民代表大会第五次会议上\n"
            "一、“十四五”圆满收官,岚山迈上高质量发展新台阶\n“十四五”时期是岚山发展极不平凡的五年。\n"
            "——综合实力大幅跃升。全市生产总值年均增长6.1%,新开工亿元以上项目860个,规上工业企业达到1900家。\n"
            "2025年,全市生产总值增长5.4%。\n——项目建设提速。新开工项目210个,新培育专精特新企业35家。\n"
            "二、奋力开创“十五五”发展新局面\n“十五五”时期全市发展的主要目标是:生产总值年均增长5.5%左右,城镇化率达到72%。\n"
            "今年全市经济社会发展的主要预期目标是:生产总值增长5.5%左右,新增城镇就业4万人。\n")
    fs = facts_of(text)
    got = {v: next((f.kind, f.period) for f in fs if f.value == v) for v in (6.1, 860, 1900, 210, 35, 72, 4)}
    assert got == {6.1: ("actual", "2021..2025"), 860: ("actual", "2021..2025"), 1900: ("actual", "2025"),
                   210: ("actual", "2025"), 35: ("actual", "2025"), 72: ("target", "..2030"), 4: ("target", "2026")}


def test_a_county_chapter_naming_the_ended_plan_reviews_it():
    # a county of 2021 whose first chapter names the ended plan only by a slogan; the year's figures follow 2020年,
    text = ("南溪县人民政府工作报告\n2021年1月10日在南溪县第十八届人民代表大会第五次会议上\n"
            "一、“十三五”胜利收官,全面小康取得决定性成就\n五年来,全县累计减少贫困人口2.3万人,新建通村公路460公里,"
            "城镇化率达到48%。\n2020年,全县地区生产总值增长4.1%。\n一是项目建设有力推进。实施重点项目86个,完成投资62亿元。\n"
            "二、“十四五”开好局起好步\n今年全县地区生产总值增长8%左右。\n")
    fs = facts_of(text)
    got = {v: next((f.kind, f.period) for f in fs if f.value == v) for v in (2.3, 460, 48, 4.1, 86, 62, 8)}
    assert got == {2.3: ("actual", "2016..2020"), 460: ("actual", "2016..2020"), 48: ("actual", "2020"),
                   4.1: ("actual", "2020"), 86: ("actual", "2020"), 62: ("actual", "2020"), 8: ("target", "2021")}


def test_an_address_before_the_years_time_opens_the_years_part():
    # a province of 2026 whose year review opens 各位代表,刚刚过去的2025年: the address is no part of the lead
    text = ("临江省政府工作报告\n——2026年1月20日在临江省第十四届人民代表大会第四次会议上\n各位代表:\n"
            "一、“十四五”时期和2025年工作回顾\n“十四五”时期是全省发展极不平凡的五年。\n"
            "(一)创新能力显著增强。新增全国重点实验室28家,高新技术企业达到6800家。\n"
            "各位代表,刚刚过去的2025年,全省经济运行稳中有进,生产总值增长5.1%。\n"
            "——新动能持续增强。新增专精特新企业75家,高技术产业投资增长11%。\n"
            "各位委员、同志们:今年,全省生产总值预期增长5%左右。\n")
    assert periods_of(text, [28, 6800, 5.1, 75, 11]) == {
        28: "2021..2025", 6800: "2025", 5.1: "2025", 75: "2025", 11: "2025"}


def test_a_count_its_clause_opens_with_the_deed_of_is_done_over_the_reviewed_span():
    # counts of what was done (实施…, 牵头建设…, 获批…) accrue over the five years as 新增 does; what there is at the
    # span's end (达到, 拥有) and a set named by a relative clause (纳入…的N个村) stand at its end
    text = ("临江省政府工作报告\n——2026年1月20日在临江省第十四届人民代表大会第四次会议上\n"
            "一、“十四五”时期和2025年工作回顾\n“十四五”时期是全省发展极不平凡的五年。\n"
            "(一)创新能力显著增强。牵头建设全国重点实验室28家,实施科技攻关项目360个,获批国家技术创新中心7家,"
            "高新技术企业达到6800家,全省拥有国家级开发区25个。建成跨江大桥4座、在建9座。纳入整治范围的1712个行政村八成以上达到整洁标准。\n"
            "各位代表,刚刚过去的2025年,全省生产总值增长5.1%。\n——新动能持续增强。实施重大项目450个。\n")
    assert periods_of(text, [28, 360, 7, 6800, 25, 9, 1712, 5.1, 450]) == {
        28: "2021..2025", 360: "2021..2025", 7: "2021..2025", 6800: "2025", 25: "2025", 9: "2025", 1712: "2025",
        5.1: "2025", 450: "2025"}
