"""News of a plan whose lead has the plan set its deadline as the speaker (《规划》提出,争取到2027年,… / 方案明确,到2030年
…): the figures of the paragraphs after it are the plan's targets by that deadline; a site's menu line above the body is
no paragraph of its lead.  Every text is invented for these tests."""
from __future__ import annotations

from factrun import facts_of, one

MENU = "首页 农业资讯 行业信息 处站动态 技术推广 市县动态 农业人物 企业之窗 农资购销 书画艺术\nLogo\n\n"


def test_the_deadline_a_plan_sets_in_its_lead_holds_for_its_figures():
    fs = facts_of(MENU + "甲省印发“十五五”推进农业现代化规划\n\n2026年03月02日 甲省农业在线 字体:\n\n"
                  "近日,甲省政府印发《甲省“十五五”推进农业现代化规划》(以下简称《规划》)。作为全省推进农业现代化的指导性"
                  "文件,《规划》描述了今后五年推进农业现代化的路径。\n\n《规划》提出,争取到2030年,农业现代化取得重要进展,"
                  "农业基础更加稳固,重要农产品供给保障更加有力,现代乡村产业体系基本形成。\n\n具体包括:重要农产品保障能力持续提高。全省粮食面积稳定在2000万亩,总产量稳定在800万吨"
                  "以上,生猪存栏、出栏量分别达到500万头、900万头以上;特色产业加快发展,蔬菜总产量达到1500万吨以上。\n")
    assert [(one(fs, v).kind, one(fs, v).period) for v in (2000, 800, 500, 900, 1500)] == [("target", "..2030")] * 5


def test_a_plan_stating_its_deadline_by_a_colon():
    fs = facts_of("乙市出台数字经济发展方案\n发布时间:2025-04-08\n近日,乙市人民政府办公室印发《乙市数字经济发展三年行动方案》,"
                  "对全市数字经济发展作出部署。\n方案明确:到2027年,全市数字经济发展水平显著提升,数字基础设施更加完善,数字产业化和产业数字化协同推进。\n"
                  "数字经济核心产业增加值占地区生产总值比重达到12%,培育数字经济领军企业20家,5G基站总数达到5000个。\n")
    assert [(one(fs, v).kind, one(fs, v).period) for v in (12, 20, 5000)] == [("target", "..2027")] * 3


def test_a_lead_setting_two_stages_gives_no_deadline_to_the_rest():
    fs = facts_of("丙省出台企业培育行动方案\n发布时间:2025-06-10\n丙省日报讯(记者张某)日前,丙省政府办公厅印发《丙省“领跑者”企业"
                  "培育行动方案》。行动方案提出,聚焦县域特色产业集群,以创新驱动为引领,大力培育“领跑者”企业。行动方案提出,到2027年,"
                  "培育上市企业6至9家。全省专精特新企业达到260家;到2030年,上市企业达到20至35家。全省专精特新企业达到480家,"
                  "“领跑者”企业研发经费投入强度达到2.8%。\n")
    assert [one(fs, v).period for v in (480, 2.8)] == ["..2030"] * 2
