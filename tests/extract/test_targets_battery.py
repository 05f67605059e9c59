"""A battery of targets paragraphs (主要预期目标) of work reports, plans and speeches, county to province.

Each case is an invented text in a form every official writer of the genre uses, in the variants writers and converters
produce (full-width or ASCII punctuation, blanks a PDF converter leaves, a line broken inside a sentence, traditional
script, 其中 / 分别 / 、 coordination), with the reading SCHEMA, the dev NOTES and the seed gold give each figure: kind,
measure, comparator, period, subject and an indicator that a scorer's character-bigram Dice of 0.5 accepts.
Places and figures are invented.  The whole pipeline reads each text (``facts_of``).
"""
from __future__ import annotations

import re

import pytest

from factrun import facts_of

# --------------------------------------------------------------------------------------------- the cases
# A case: (name, text, subject, [(value, unit, kind, measure, comparator, period, indicator), ...]).
# subject None: not checked (a converted page's script is contested between the annotations; an invented province is
# no place the gazetteer knows; a place named only in a meeting's name is contested).

T, A = "target", "actual"
G, L, C, S, D = "growth", "level", "count", "share", "delta"

CASES: list = []


def case(name, text, subject, rows):
    CASES.append((name, text, subject, rows))


# F1: a work report's year targets, the year in its title, items set apart by semicolons.
_F1_ROWS = [(6.5, "%", T, G, "~", "2025", "地区生产总值"), (5, "%", T, G, "=", "2025", "一般公共预算收入"),
            (1.2, "万人", T, C, ">=", "2025", "城镇新增就业"), (5.5, "%", T, S, "<=", "2025", "城镇调查失业率"),
            (3, "%", T, G, "~", "2025", "居民消费价格涨幅")]
case("F1 year in title, ASCII",
     "柘川县2025年政府工作报告\n各位代表:\n2025年全县经济社会发展的主要预期目标是:地区生产总值增长6.5%左右;一般公共预算收入增长5%;"
     "城镇新增就业1.2万人以上;城镇调查失业率控制在5.5%以内;居民消费价格涨幅3%左右。\n",
     "柘川县", _F1_ROWS)
case("F1 full-width punctuation",
     "柘川县2025年政府工作报告\n各位代表：\n2025年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；一般公共预算收入增长5%；"
     "城镇新增就业1.2万人以上；城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%左右。\n",
     "柘川县", _F1_ROWS)
case("F1 PDF blanks",
     "柘川县2025年政府工作报告\n2025年全县经济社会发展的主要预期目标是: 地区生产总值增长 6.5% 左右; 一般公共预算收入增长 5% ;"
     " 城镇新增就业 1.2 万人以上; 城镇调查失业率控制在 5.5% 以内; 居民消费价格涨幅 3% 左右。\n",
     "柘川县", _F1_ROWS)
_F1_BODY = ("2025年全县经济社会发展的主要预期目标是:地区生产总值增长6.5%左右;一般公共预算收入增长5%;城镇新增就业1.2万人以上;"
            "城镇调查失业率控制在5.5%以内;居民消费价格涨幅3%左右。全县上下要坚持稳中求进,奋力推动高质量发展。")
for _width in (21, 27, 34):  # a PDF converter's lines, broken at the page's width wherever it falls
    case(f"F1 hard-wrapped at {_width}",
         "柘川县2025年政府工作报告\n" + "\n".join(_F1_BODY[i:i + _width] for i in range(0, len(_F1_BODY), _width)) + "\n",
         "柘川县", _F1_ROWS)
case("F1 city, 今年 under a dated title",
     "云溪市2024年政府工作报告\n今年全市经济社会发展的主要预期目标是:地区生产总值增长6%左右;规模以上工业增加值增长7%;"
     "固定资产投资增长8%以上;社会消费品零售总额增长6.5%。\n",
     "云溪市", [(6, "%", T, G, "~", "2024", "地区生产总值"), (7, "%", T, G, "=", "2024", "规模以上工业增加值"),
               (8, "%", T, G, ">=", "2024", "固定资产投资"), (6.5, "%", T, G, "=", "2024", "社会消费品零售总额")])
case("F1 province, 主要预期指标为",
     "岚山省2026年政府工作报告\n2026年全省经济社会发展主要预期指标为:全省生产总值增长5.5%左右;城镇新增就业60万人以上;"
     "单位地区生产总值能耗下降2.5%左右;粮食产量稳定在3000万吨以上。\n",
     None, [(5.5, "%", T, G, "~", "2026", "生产总值"), (60, "万人", T, C, ">=", "2026", "城镇新增就业"),
               (2.5, "%", T, G, "~", "2026", "单位地区生产总值能耗"), (3000, "万吨", T, L, ">=", "2026", "粮食产量")])
case("F1 traditional script",
     "柘川縣2025年政府工作報告\n2025年全縣經濟社會發展的主要預期目標是:地區生產總值增長6.5%左右;一般公共預算收入增長5%;"
     "城鎮調查失業率控制在5.5%以內。\n",
     None, [(6.5, "%", T, G, "~", "2025", "地區生產總值"), (5, "%", T, G, "=", "2025", "一般公共預算收入"),
            (5.5, "%", T, S, "<=", "2025", "城鎮調查失業率")])

# F2: the year from the report's dateline or 今年 only.
case("F2 dateline, 今年",
     "政府工作报告\n——2024年1月12日在柘川县第十八届人民代表大会第四次会议上\n县长 王某\n各位代表:\n"
     "今年经济社会发展的主要预期目标是:地区生产总值增长7%左右;一般公共预算收入增长6%;城乡居民人均可支配收入分别增长7%、8%。\n",
     None, [(7, "%", T, G, "~", "2024", "地区生产总值"), (6, "%", T, G, "=", "2024", "一般公共预算收入"),
            (7, "%", T, G, "=", "2024", "城镇居民人均可支配收入"), (8, "%", T, G, "=", "2024", "农村居民人均可支配收入")])
case("F2 dateline, year heads the paragraph",
     "政府工作报告\n——2023年2月8日在云溪市第九届人民代表大会第二次会议上\n"
     "2023年是本届政府的开局之年。全市经济社会发展主要预期目标是:地区生产总值增长6.5%以上;"
     "一般公共预算收入增长6%左右。\n",
     "云溪市", [(6.5, "%", T, G, ">=", "2023", "地区生产总值"), (6, "%", T, G, "~", "2023", "一般公共预算收入")])

# F3: a news page on a meeting, the year stated before the targets' list (2020年,某市主要预期指标为:...).
case("F3 news, year heads the list",
     "云溪市人代会开幕\n本报讯 3月6日,云溪市人大会议在市会议中心开幕,代市长向大会报告工作。\n"
     "2021年,云溪市主要预期指标为:城镇登记失业率控制在4%以内;地区生产总值增长7.6%左右;税收收入增长6.4%左右;"
     "进出口总额增长11%。\n",
     "云溪市", [(4, "%", T, S, "<=", "2021", "城镇登记失业率"), (7.6, "%", T, G, "~", "2021", "地区生产总值"),
               (6.4, "%", T, G, "~", "2021", "税收收入"), (11, "%", T, G, "=", "2021", "进出口总额")])
case("F3 news, 明确…主要预期目标",
     "柘川县人代会明确今年发展目标\n本报讯 1月9日,柘川县第十八届人民代表大会第五次会议开幕。会议明确2024年全县经济社会发展主要预期目标:"
     "地区生产总值增长7.5%以上,一般公共预算收入增长9%以上,固定资产投资增长12%。\n",
     "柘川县", [(7.5, "%", T, G, ">=", "2024", "地区生产总值"), (9, "%", T, G, ">=", "2024", "一般公共预算收入"),
               (12, "%", T, G, "=", "2024", "固定资产投资")])

# F4: numbered items, one per line.
case("F4 numbered lines",
     "云溪市2025年国民经济和社会发展计划\n2025年主要预期目标:\n1.地区生产总值增长6%左右;\n2.规模以上工业增加值增长7%;\n"
     "3.固定资产投资增长5%以上;\n4.城镇调查失业率控制在5.5%以内。\n",
     "云溪市", [(6, "%", T, G, "~", "2025", "地区生产总值"), (7, "%", T, G, "=", "2025", "规模以上工业增加值"),
               (5, "%", T, G, ">=", "2025", "固定资产投资"), (5.5, "%", T, S, "<=", "2025", "城镇调查失业率")])
case("F4 circled numbers",
     "柘川县2024年政府工作报告\n今年主要预期目标是:①地区生产总值增长7%;②一般公共预算收入增长5%左右;③城镇新增就业3000人以上。\n",
     "柘川县", [(7, "%", T, G, "=", "2024", "地区生产总值"), (5, "%", T, G, "~", "2024", "一般公共预算收入"),
               (3000, "人", T, C, ">=", "2024", "城镇新增就业")])
case("F4 one per line, no numbers",
     "柘川县2024年政府工作报告\n2024年全县主要预期目标:\n地区生产总值增长7%左右\n规模以上工业增加值增长9%\n"
     "社会消费品零售总额增长6%以上\n",
     "柘川县", [(7, "%", T, G, "~", "2024", "地区生产总值"), (9, "%", T, G, "=", "2024", "规模以上工业增加值"),
               (6, "%", T, G, ">=", "2024", "社会消费品零售总额")])

# F5: comparators.
case("F5 不低于/不超过/控制在",
     "云溪市2024年政府工作报告\n2024年主要预期目标是:地区生产总值增长不低于6%;城镇调查失业率不超过5.5%;"
     "居民消费价格涨幅控制在3%左右;粮食产量不少于50万吨。\n",
     "云溪市", [(6, "%", T, G, ">=", "2024", "地区生产总值"), (5.5, "%", T, S, "<=", "2024", "城镇调查失业率"),
               (3, "%", T, G, "~", "2024", "居民消费价格涨幅"), (50, "万吨", T, L, ">=", "2024", "粮食产量")])

# F6: 力争 / 确保 pairs.
case("F6 确保…力争",
     "柘川县2024年政府工作报告\n今年全县主要预期目标是:地区生产总值确保增长6.5%、力争7%;一般公共预算收入增长5%以上。\n",
     "柘川县", [(6.5, "%", T, G, "=", "2024", "地区生产总值"), (7, "%", T, G, "=", "2024", "地区生产总值"),
               (5, "%", T, G, ">=", "2024", "一般公共预算收入")])
case("F6 力争…确保",
     "云溪市2025年政府工作报告\n2025年主要预期目标:地区生产总值力争增长7%,确保增长6.5%;固定资产投资增长8%。\n",
     "云溪市", [(7, "%", T, G, "=", "2025", "地区生产总值"), (6.5, "%", T, G, "=", "2025", "地区生产总值"),
               (8, "%", T, G, "=", "2025", "固定资产投资")])

# F7: 分别 coordination of town and country incomes, the comparator on both.
case("F7 分别…和…左右",
     "云溪市2024年政府工作报告\n2024年主要预期目标是:城乡居民人均可支配收入分别增长6%和7.5%左右。\n",
     "云溪市", [(6, "%", T, G, "~", "2024", "城镇居民人均可支配收入"), (7.5, "%", T, G, "~", "2024", "农村居民人均可支配收入")])
case("F7 分别…、…以上",
     "柘川县2025年政府工作报告\n2025年全县主要预期目标是:城镇和农村常住居民人均可支配收入分别增长6%、8%以上。\n",
     "柘川县", [(6, "%", T, G, ">=", "2025", "城镇常住居民人均可支配收入"),
               (8, "%", T, G, ">=", "2025", "农村常住居民人均可支配收入")])

# F8: a five-year plan's targets.
case("F8 十四五 plan: 到2025年 level, 年均增长",
     "柘川县国民经济和社会发展第十四个五年规划纲要\n到2025年,全县地区生产总值达到500亿元,年均增长7%左右;"
     "一般公共预算收入达到40亿元;常住人口城镇化率达到60%。\n",
     "柘川县", [(500, "亿元", T, L, "=", "..2025", "地区生产总值"), (7, "%", T, G, "~", "2021..2025", "地区生产总值"),
               (40, "亿元", T, L, "=", "..2025", "一般公共预算收入"), (60, "%", T, S, "=", "..2025", "常住人口城镇化率")])
case("F8 十四五期间 累计",
     "云溪市“十四五”规划纲要\n“十四五”期间,全市固定资产投资年均增长8%,累计完成投资2000亿元;新增城镇就业累计10万人以上。\n",
     "云溪市", [(8, "%", T, G, "=", "2021..2025", "固定资产投资"), (2000, "亿元", T, L, "=", "2021..2025", "完成投资"),
               (10, "万人", T, C, ">=", "2021..2025", "新增城镇就业")])
case("F8 到2027年 in a plan dated 2023",
     "云溪市推进制造业高质量发展三年行动方案(2023—2025年)\n到2025年,全市规模以上工业总产值突破3000亿元,规上工业企业达到1500家。\n",
     "云溪市", [(3000, "亿元", T, L, ">", "..2025", "规模以上工业总产值"), (1500, "家", T, C, "=", "..2025", "规上工业企业")])

# F9: 由X提高到Y (X the base year's actual, Y the target).
case("F9 由2020年的X提高到Y",
     "柘川县“十四五”规划纲要\n到2025年,全县常住人口城镇化率由2020年的52%提高到58%,森林覆盖率由61%提高到63%。\n",
     "柘川县", [(52, "%", A, S, "=", "2020", "常住人口城镇化率"), (58, "%", T, S, "=", "..2025", "常住人口城镇化率"),
               (61, "%", A, S, "=", "2020", "森林覆盖率"), (63, "%", T, S, "=", "..2025", "森林覆盖率")])

# F10: multiples and differences over a base year.
case("F10 翻一番, 提高…个百分点",
     "云溪市“十四五”规划纲要\n到2025年,全市地区生产总值比2020年翻一番,研发经费投入占地区生产总值比重比2020年提高1个百分点。\n",
     "云溪市", [(1, "番", T, G, "=", "..2025", "地区生产总值"), (1, "个百分点", T, D, "=", "..2025", "研发经费投入占地区生产总值比重")])

# F11: a review of last year, then next year's targets in the same report.
case("F11 review then plan parts",
     "柘川县政府工作报告\n——2024年1月15日在柘川县第十八届人民代表大会第四次会议上\n一、2023年工作回顾\n"
     "过去一年,全县地区生产总值增长5.8%,一般公共预算收入完成12.6亿元,增长7.2%。\n二、2024年工作安排\n"
     "今年经济社会发展的主要预期目标是:地区生产总值增长6.5%左右,一般公共预算收入增长6%。\n",
     "柘川县", [(5.8, "%", A, G, "=", "2023", "地区生产总值"), (12.6, "亿元", A, L, "=", "2023", "一般公共预算收入"),
               (7.2, "%", A, G, "=", "2023", "一般公共预算收入"), (6.5, "%", T, G, "~", "2024", "地区生产总值"),
               (6, "%", T, G, "=", "2024", "一般公共预算收入")])

# F12: the year's undated tasks after the targets of a year's report or its news: that year's.
case("F12 undated tasks after year targets",
     "柘川县人代会明确2024年目标任务\n本报讯 1月9日,柘川县第十八届人民代表大会第五次会议召开。2024年,该县主要预期目标是:地区生产总值增长7%以上。"
     "\n该县将重点抓好五个方面工作。力争新增规上工业企业20家以上,实施千万元以上重点项目150个,完成投资120亿元以上。\n",
     "柘川县", [(7, "%", T, G, ">=", "2024", "地区生产总值"), (20, "家", T, C, ">=", "2024", "新增规上工业企业"),
               (150, "个", T, C, "=", "2024", "千万元以上重点项目"), (120, "亿元", T, L, ">=", "2024", "重点项目完成投资")])
case("F12 undated 力争 in a year report",
     "云溪市2025年政府工作报告\n2025年主要预期目标是:地区生产总值增长6%左右。\n"
     "(一)壮大实体经济。力争新增高新技术企业50家以上,规上工业营业收入突破800亿元。\n",
     "云溪市", [(6, "%", T, G, "~", "2025", "地区生产总值"), (50, "家", T, C, ">=", "2025", "新增高新技术企业"),
               (800, "亿元", T, L, ">", "2025", "规上工业营业收入")])

# F13: a plan's indicator table (指标 | base year | target year | 年均增长 | 属性): the base year's actual, the target
# year's target, the growth over the plan's span a target.
_F13_ROWS = [(320, "亿元", A, L, "=", "2020", "地区生产总值"), (500, "亿元", T, L, "=", "..2025", "地区生产总值"),
             (9.3, "%", T, G, "=", "2021..2025", "地区生产总值"), (52, "%", A, S, "=", "2020", "常住人口城镇化率"),
             (58, "%", T, S, "=", "..2025", "常住人口城镇化率")]
case("F13 table, tabs",
     "柘川县“十四五”时期经济社会发展主要指标\n指标\t单位\t2020年\t2025年\t年均增长(%)\t属性\n"
     "地区生产总值\t亿元\t320\t500\t9.3\t预期性\n常住人口城镇化率\t%\t52\t58\t—\t预期性\n",
     "柘川县", _F13_ROWS)
case("F13 table, bars",
     "柘川县“十四五”时期经济社会发展主要指标\n| 指标 | 单位 | 2020年 | 2025年 | 年均增长(%) | 属性 |\n"
     "| 地区生产总值 | 亿元 | 320 | 500 | 9.3 | 预期性 |\n| 常住人口城镇化率 | % | 52 | 58 | — | 预期性 |\n",
     "柘川县", _F13_ROWS)

# F14: 从目前的X增加到Y in a plan (X the status at writing, Y the deadline's target).
case("F14 从…增加到 with a deadline",
     "云溪市2023年政府工作报告\n到2025年,全市高新技术企业从目前的300家增加到500家,省级以上研发平台由45个增加到60个。\n",
     "云溪市", [(300, "家", A, C, "=", "2023", "高新技术企业"), (500, "家", T, C, "=", "..2025", "高新技术企业"),
               (45, "个", A, C, "=", "2023", "省级以上研发平台"), (60, "个", T, C, "=", "..2025", "省级以上研发平台")])

# F15: 预期 before the change it expects in a year's report: the target.
case("F15 预期增长",
     "柘川县2024年政府工作报告\n今年全县地区生产总值预期增长7%左右,一般公共预算收入预期增长5%。\n",
     "柘川县", [(7, "%", T, G, "~", "2024", "地区生产总值"), (5, "%", T, G, "=", "2024", "一般公共预算收入")])

# F16: targets headed by a dash (主要预期目标——…) or a 其中 breakdown.
case("F16 dash lead",
     "云溪市2024年政府工作报告\n今年主要预期目标——地区生产总值增长6%左右,城镇新增就业2万人以上。\n",
     "云溪市", [(6, "%", T, G, "~", "2024", "地区生产总值"), (2, "万人", T, C, ">=", "2024", "城镇新增就业")])
case("F16 其中 breakdown",
     "云溪市2024年政府工作报告\n2024年主要预期目标是:固定资产投资增长8%,其中工业投资增长12%;城镇新增就业2万人以上。\n",
     "云溪市", [(8, "%", T, G, "=", "2024", "固定资产投资"), (12, "%", T, G, "=", "2024", "工业投资"),
               (2, "万人", T, C, ">=", "2024", "城镇新增就业")])

# F17: 主要预期指标 (the targets' lead named by its indicators) in the variants writers use.
case("F17 主要预期指标是, county",
     "柘川县2025年政府工作报告\n2025年全县主要预期指标是:地区生产总值增长7%左右;一般公共预算收入增长6%以上。\n",
     "柘川县", [(7, "%", T, G, "~", "2025", "地区生产总值"), (6, "%", T, G, ">=", "2025", "一般公共预算收入")])
case("F17 经济社会发展主要预期指标, dateline",
     "政府工作报告\n——2025年1月8日在云溪市第九届人民代表大会第五次会议上\n今年全市经济社会发展主要预期指标:地区生产总值增长6%左右,"
     "固定资产投资增长7%。\n",
     "云溪市", [(6, "%", T, G, "~", "2025", "地区生产总值"), (7, "%", T, G, "=", "2025", "固定资产投资")])
case("F17 预期指标 heading line",
     "云溪市2024年国民经济和社会发展计划\n二、2024年主要预期指标\n地区生产总值增长6%左右;社会消费品零售总额增长7%。\n",
     "云溪市", [(6, "%", T, G, "~", "2024", "地区生产总值"), (7, "%", T, G, "=", "2024", "社会消费品零售总额")])

# F18: a news page with no headline (a site's menu lines above it, or none) whose lead says the meeting set out the
# year's targets (…闭幕的某县人代会,确定了2024年全县发展的主要预期目标与工作重点。): its undated tasks are that year's
# targets.  (Subject not
# checked: an invented county the gazetteer lacks is found only where the text speaks as it, 全县 or a headline.)
_F18_BODY = ("本报讯(通讯员 李某)1月8日闭幕的柘川县人代会,确定了2024年全县发展的主要预期目标与工作重点。\n"
             "去年,柘川县被评为省级卫生县城。2024年,该县将力争地区生产总值增长7.8%以上,固定资产投资增长10%以上。\n"
             "围绕六项重点工作,一是做强纺织产业,纺织产值达到80亿元以上。新培育规上工业企业15家。发展茶叶、中药材等特色农业,"
             "特色农业综合产值突破30亿元。二是抓好项目建设,实施亿元以上重点项目60个,完成投资90亿元以上。\n")
_F18_ROWS = [(7.8, "%", T, G, ">=", "2024", "地区生产总值"), (10, "%", T, G, ">=", "2024", "固定资产投资"),
             (80, "亿元", T, L, ">=", "2024", "纺织产值"), (15, "家", T, C, "=", "2024", "新培育规上工业企业"),
             (30, "亿元", T, L, ">", "2024", "特色农业综合产值"), (60, "个", T, C, "=", "2024", "亿元以上重点项目"),
             (90, "亿元", T, L, ">=", "2024", "重点项目完成投资")]
case("F18 no headline, menu lines above", "- 首页\n- 新闻中心\n- 县域经济\n" + _F18_BODY, None, _F18_ROWS)
case("F18 no headline, blank line above", "\n" + _F18_BODY, None, _F18_ROWS)
case("F18 no headline, 确定…目标任务",
     "- 首页\n- 要闻\n本报讯 2月20日,为期三天的云溪市人大会议在市会议中心闭幕。会议确立了云溪市2025年的发展目标。\n"
     "会议要求,各地各部门抓紧落实:新建5G基站1200个,新增城镇就业2.5万人以上。\n",
     None, [(1200, "个", T, C, "=", "2025", "新建5G基站"), (2.5, "万人", T, C, ">=", "2025", "新增城镇就业")])

# F19: a new government's five-year targets in its first report, given at the year's start: the five years from the
# report's year (D4 NOTES: a report of February 2017 → 2017..2021), end states by the last year.
case("F19 今后五年 in a report of January",
     "政府工作报告\n——2023年1月6日在云溪市第十届人民代表大会第一次会议上\n今后五年全市经济社会发展的主要目标是:"
     "地区生产总值年均增长6.5%左右,到2027年突破3000亿元;城乡居民人均可支配收入年均增长7%左右。\n",
     "云溪市", [(6.5, "%", T, G, "~", "2023..2027", "地区生产总值"), (3000, "亿元", T, L, ">", "..2027", "地区生产总值"),
               (7, "%", T, G, "~", "2023..2027", "城乡居民人均可支配收入")])

# F20: a plan's 十四五 words: 到“十四五”末 a deadline, “十四五”时期 a span.
case("F20 十四五末 / 十四五时期",
     "柘川县“十四五”规划纲要\n“十四五”时期,全县地区生产总值年均增长7%以上;到“十四五”末,全县规上工业企业达到300家,"
     "森林覆盖率稳定在65%以上。\n",
     "柘川县", [(7, "%", T, G, ">=", "2021..2025", "地区生产总值"), (300, "家", T, C, "=", "..2025", "规上工业企业"),
               (65, "%", T, S, ">=", "..2025", "森林覆盖率")])

# F21: intensities and points in a year's targets: 下降 a rate (growth), 提高…个百分点 a delta.
case("F21 下降 / 提高个百分点",
     "云溪市2024年政府工作报告\n2024年主要预期目标是:单位地区生产总值能耗下降3%;研发经费投入强度提高0.2个百分点;"
     "常住人口城镇化率提高1个百分点以上。\n",
     "云溪市", [(3, "%", T, G, "=", "2024", "单位地区生产总值能耗"), (0.2, "个百分点", T, D, "=", "2024", "研发经费投入强度"),
               (1, "个百分点", T, D, ">=", "2024", "常住人口城镇化率")])

# F22: a report's 预计 outturn for the year ending, then next year's targets.
case("F22 预计 outturn then targets",
     "柘川县2024年政府工作报告\n过去一年,预计全县地区生产总值增长5.6%,一般公共预算收入增长6.1%。\n"
     "今年主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%以上。\n",
     "柘川县", [(5.6, "%", A, G, "=", "2023", "地区生产总值"), (6.1, "%", A, G, "=", "2023", "一般公共预算收入"),
               (6, "%", T, G, "~", "2024", "地区生产总值"), (5, "%", T, G, ">=", "2024", "一般公共预算收入")])

# F23: 比上年增长 inside a target list (the base of the target's change, no report).
case("F23 比上年增长 in targets",
     "云溪市2025年国民经济和社会发展计划\n2025年主要预期目标:全市地区生产总值比上年增长6%左右;社会消费品零售总额比上年增长7%。\n",
     "云溪市", [(6, "%", T, G, "~", "2025", "地区生产总值"), (7, "%", T, G, "=", "2025", "社会消费品零售总额")])

# F24: a year's plan table: the year done, the year planned.
case("F24 year plan table",
     "云溪市2025年国民经济和社会发展计划主要指标\n指标\t单位\t2024年完成\t2025年目标\n"
     "地区生产总值增速\t%\t5.4\t6\n城镇新增就业\t万人\t2.1\t2\n",
     "云溪市", [(5.4, "%", A, G, "=", "2024", "地区生产总值增速"), (6, "%", T, G, "=", "2025", "地区生产总值增速"),
               (2.1, "万人", A, C, "=", "2024", "城镇新增就业"), (2, "万人", T, C, "=", "2025", "城镇新增就业")])

case("F24 year plan table, bars and 完成数",
     "柘川县2024年国民经济和社会发展计划\n表1 主要指标\n指标 | 单位 | 2023年完成数 | 2024年目标\n"
     "一般公共预算收入 | 亿元 | 12.8 | 13.5\n城镇新增就业 | 人 | 3200 | 3000\n",
     "柘川县", [(12.8, "亿元", A, L, "=", "2023", "一般公共预算收入"), (13.5, "亿元", T, L, "=", "2024", "一般公共预算收入"),
               (3200, "人", A, C, "=", "2023", "城镇新增就业"), (3000, "人", T, C, "=", "2024", "城镇新增就业")])

# (a column named by the year it plans and 预期目标, bars or tabs around it: a cell, no part heading run into the text)
_F24_ROWS = [(12.8, "亿元", A, L, "=", "2023", "一般公共预算收入"), (13.5, "亿元", T, L, "=", "2024", "一般公共预算收入"),
             (3200, "人", A, C, "=", "2023", "城镇新增就业"), (3000, "人", T, C, "=", "2024", "城镇新增就业")]
case("F24 预期目标 column, bars",
     "柘川县2024年国民经济和社会发展计划\n| 指标 | 单位 | 2023年完成 | 2024年预期目标 |\n"
     "| 一般公共预算收入 | 亿元 | 12.8 | 13.5 |\n| 城镇新增就业 | 人 | 3200 | 3000 |\n", "柘川县", _F24_ROWS)
case("F24 预期目标 column, tabs, 属性 after it",
     "柘川县2024年国民经济和社会发展计划\n指标\t单位\t2023年完成\t2024年预期目标\t属性\n"
     "一般公共预算收入\t亿元\t12.8\t13.5\t预期性\n城镇新增就业\t人\t3200\t3000\t预期性\n", "柘川县", _F24_ROWS)
case("F24 预期目标 column, full-width bars",
     "柘川县2024年国民经济和社会发展计划\n｜指标｜单位｜2023年完成｜2024年预期目标｜\n"
     "｜一般公共预算收入｜亿元｜12.8｜13.5｜\n｜城镇新增就业｜人｜3200｜3000｜\n", "柘川县", _F24_ROWS)


# --------------------------------------------------------------------------------------------- reading
def _bigrams(s):
    s = re.sub(r"\s", "", s or "")
    return {s[i:i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def dice(a, b):
    x, y = _bigrams(a), _bigrams(b)
    return 0.0 if not x or not y else 2 * len(x & y) / (len(x) + len(y))


def _strip(subject):
    return re.sub(r"[省市县区]$", "", subject or "")


def _same_period(got, want):
    if got == want:
        return True
    return want.startswith("..") and got == want[2:] or got.startswith("..") and got[2:] == want


def wrong_fields(fs, row, subject, used):
    """The fields of the reading of ``row`` the facts get wrong ('missed' when no fact holds its value)."""
    value, unit, kind, measure, comparator, period, indicator = row
    hits = [i for i, f in enumerate(fs) if f.value == value and i not in used
            and re.sub(r"\s", "", f.unit or "") in (unit, "")]
    if not hits:
        return ["missed"]
    best, best_wrong = None, None
    for i in hits:
        f = fs[i]
        wrong = [name for name, ok in (("kind", f.kind == kind), ("measure", f.measure == measure),
                                       ("comparator", f.comparator == comparator),
                                       ("period", _same_period(f.period, period)),
                                       ("subject", subject is None or _strip(f.subject) == _strip(subject)),
                                       ("indicator", dice(f.indicator, indicator) >= 0.5)) if not ok]
        if best_wrong is None or len(wrong) < len(best_wrong):
            best, best_wrong = i, wrong
    used.add(best)
    return best_wrong


def _params():
    for name, text, subject, rows in CASES:
        for k, row in enumerate(rows):
            yield pytest.param(text, subject, rows, k, id=f"{name}-{row[0]}{row[1]}-{k}")


_RUNS: dict = {}


def _facts(text):
    if text not in _RUNS:
        _RUNS[text] = facts_of(text)
    return _RUNS[text]


def _reading(text, subject, rows):
    fs, used, out = _facts(text), set(), []
    for row in rows:
        out.append(wrong_fields(fs, row, subject, used))
    return out


@pytest.mark.parametrize("text,subject,rows,k", list(_params()))
def test_targets_battery(text, subject, rows, k):
    wrong = _reading(text, subject, rows)[k]
    fs = _facts(text)
    assert not wrong, (wrong, rows[k], [(f.value, f.unit, f.kind, f.measure, f.comparator, f.period, f.subject,
                                         f.indicator) for f in fs if f.value == rows[k][0]])


if __name__ == "__main__":  # the battery's table: which forms and fields are read wrong
    import collections
    by_field, by_form, total = collections.Counter(), collections.Counter(), 0
    for name, text, subject, rows in CASES:
        fs = _facts(text)
        for row, wrong in zip(rows, _reading(text, subject, rows)):
            total += 1
            if wrong:
                by_form[name] += 1
                by_field.update(wrong)
                got = [(f.kind, f.measure, f.comparator, f.period, f.subject, f.indicator) for f in fs
                       if f.value == row[0]]
                print(f"{name:45s} {row[0]}{row[1]} {','.join(wrong):30s} want {row[2:]} got {got}")
    print("cells", total, "wrong", sum(by_form.values()), dict(by_field))
