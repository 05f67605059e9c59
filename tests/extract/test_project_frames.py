"""Projects in progress lists and news, on sentences written for these tests (never corpus text)."""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord
from taizhang.extract.pipeline import extract_text


def stages(text: str) -> list[tuple[str, str]]:
    return [(p.mention, p.stage) for p in extract_text(text).projects]


def test_list_headings_give_the_stage_of_their_items():
    text = ("一、续建项目(2个)\n1.临江大道改造工程:全长5公里,完成投资2.1亿元。\n2.城北污水处理厂二期:主体已完工。\n"
            "二、新开工项目\n3.云溪湿地公园:总投资1.5亿元。\n三、竣工投产项目\n4.华宇新材料产业园一期:年产值10亿元。\n"
            "四、计划开工项目\n5.白石岭隧道:总投资3亿元。\n")
    got = dict(stages(text))
    assert got["临江大道改造工程"] == "under_construction"
    assert got["城北污水处理厂二期"] == "under_construction"
    assert got["云溪湿地公园"] == "under_construction"
    assert got["华宇新材料产业园一期"] == "operating"  # 竣工投产: built and producing
    assert got["白石岭隧道"] == "planned"


def test_items_after_qizhong_and_ru_are_named_projects():
    got = dict(stages("全县实施重点项目45个,其中,南山风电场、东湖水厂扩建工程已于3月开工,"
                      "如青石岭隧道、金桥物流园等项目正在加快建设。"))
    assert got == {"南山风电场": "under_construction", "东湖水厂扩建工程": "under_construction",
                   "青石岭隧道": "under_construction", "金桥物流园": "under_construction"}


def test_news_event_sets_the_stage_of_the_projects_it_lists():
    got = dict(stages("5月6日,西岭县举行重大项目集中开工仪式,此次开工项目12个,总投资56亿元,"
                      "其中包括天成光伏电站、西岭县人民医院新院区等。"))
    assert got == {"天成光伏电站": "under_construction", "西岭县人民医院新院区": "under_construction"}


@pytest.mark.parametrize("sentence,stage", [
    ("全市续建凤凰山隧道。", "under_construction"),
    ("今年新开工龙泉湖大桥。", "under_construction"),
    ("沙河口水厂计划开工。", "planned"),
])
def test_stage_words(sentence, stage):
    assert [s for _, s in stages(sentence)] == [stage]


def test_extract_raises_instead_of_swallowing(monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("finder failed")
    monkeypatch.setattr(projects, "find_mentions", boom)
    doc = Doc("t.txt", "加快建设凤凰山隧道。")
    with pytest.raises(RuntimeError):
        projects.extract(doc, DocumentRecord(doc="t.txt"))


def test_list_item_card_names_a_project_however_plain_its_words():
    got = dict(stages("(二)新开工项目\n3.红叶造纸搬迁改造项目:总投资8亿元,目前正在进行场地平整。\n"))
    assert got == {"红叶造纸搬迁改造项目": "under_construction"}


def test_completion_and_work_in_progress_words():
    got = dict(stages("其中,白河水库除险加固工程已完工,城西污水处理厂正在进行设备安装。"))
    assert got == {"白河水库除险加固工程": "completed", "城西污水处理厂": "under_construction"}


def test_projects_in_table_rows_take_the_stage_cell():
    text = ("序号\t项目名称\t建设性质\t总投资(亿元)\n1\t鑫达铝材深加工项目\t续建\t12\n2\t北坪光伏电站\t新开工\t6\n"
            "3\t青山湖生态修复工程\t竣工\t3\n4\t红叶造纸搬迁改造项目\t计划开工\t8\n")
    assert stages(text) == [("鑫达铝材深加工项目", "under_construction"), ("北坪光伏电站", "under_construction"),
                            ("青山湖生态修复工程", "completed"), ("红叶造纸搬迁改造项目", "planned")]


def test_projects_named_after_a_back_reference_to_the_ceremony_are_started():
    text = ("4月2日,青川县2024年第二季度重大项目集中开工仪式在工业园区举行。\n"
            "本次开工的项目中,投资5亿元以上的项目3个。其中,青川年产3万吨锂电隔膜项目总投资12亿元,"
            "建成后预计年产值20亿元;白龙湖康养小镇一期项目总投资6.2亿元,将新建疗养中心。\n")
    got = dict(stages(text))
    assert got["青川年产3万吨锂电隔膜项目"] == "under_construction"
    assert got["白龙湖康养小镇一期项目"] == "under_construction"


def test_a_person_announcing_is_not_a_project():
    got = dict(stages("青川县委书记刘建华宣布项目开工。县长李明出席仪式。"))
    assert got == {}


def test_every_name_of_a_series_before_deng_zhongda_xiangmu():
    got = dict(stages("规划提出,推进白沙湾临港产业片区、南关站货运场扩建工程、青溪引水渠等重大项目建设。"))
    assert got == {"白沙湾临港产业片区": "under_construction", "南关站货运场扩建工程": "under_construction",
                   "青溪引水渠": "under_construction"}


def test_built_and_on_trial_run_is_completed_an_amount_built_is_progress():
    got = dict(stages("二、社会民生项目。共12个。城东再生水厂扩容改造工程已建成投入试运行。"
                      "三、农业项目。共6个。三河镇高标准农田建设项目已建成高标准农田0.8万亩。"))
    assert got["城东再生水厂扩容改造工程"] == "completed"
    assert got["三河镇高标准农田建设项目"] == "under_construction"


def test_first_numbered_item_names_its_project_through_verb_like_characters():
    text = ("(一)续建项目\n1.青川经济开发区新型建材产业园基础设施项目:年度计划投资3亿元,1—6月完成投资1.9亿元。\n"
            "2.青川县中医医院迁建项目:年度计划投资1.2亿元。\n")
    got = dict(stages(text))
    assert got["青川经济开发区新型建材产业园基础设施项目"] == "under_construction"
    assert got["青川县中医医院迁建项目"] == "under_construction"


def test_an_adverb_before_a_verb_is_not_part_of_a_name():
    got = dict(stages("高标准建设南湖湿地公园。"))
    assert got == {"南湖湿地公园": "planned"}


def test_a_listed_name_that_recurs_later_is_mentioned_again_with_its_own_stage():
    found = [(p.mention, p.stage) for p in extract_text(
        "纲要提出,推进白沙湾临港产业片区、青溪引水渠等重大项目建设。其中,青溪引水渠计划2027年建成通水。").projects]
    assert found[-1] == ("青溪引水渠", "planned")
    assert found.count(("青溪引水渠", "under_construction")) == 1


def test_a_listed_name_inside_a_longer_name_is_not_a_repeat():
    found = [p.mention for p in extract_text(
        "推进白沙湾临港产业片区、青溪引水渠等重大项目建设。青溪引水渠二期正在设计。").projects]
    assert "青溪引水渠" in found and found.count("青溪引水渠") == 1


def test_projects_in_rows_of_a_list_pasted_with_blanks_are_named():
    text = ("东坡县重点项目推进情况\n单位:万元\n"
            "序号  项目名称  建设内容  总投资  年度计划投资  1-8月完成投资  形象进度\n"
            "1  东坡县城北学校建设项目  新建教学楼3栋  12000  6000  4200  主体完工\n"
            "2  东坡县农贸市场改造项目  改造市场1.2万平方米  5000  3000  1800  装修阶段\n"
            "3  东坡县供水管网工程  铺设管网35公里  8000  4000  3900  即将完工\n")
    names = [n for n, _ in stages(text)]
    assert "东坡县城北学校建设项目" in names and "东坡县供水管网工程" in names
