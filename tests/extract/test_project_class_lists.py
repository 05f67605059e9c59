"""Projects listed after the class that frames them, promised completions, and parties: sentences written for these
tests (never corpus text)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def stages(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text).projects}


def test_members_after_a_colon_take_the_stage_of_the_class_before_it():
    got = stages("督查发现,进度明显滞后的项目主要有:红岩镇粮食仓储中心、双河水库灌区改造工程、金盛新型铝材产业园。")
    assert got == {"红岩镇粮食仓储中心": "under_construction", "双河水库灌区改造工程": "under_construction",
                   "金盛新型铝材产业园": "under_construction"}
    got = stages("全年完成投资96亿元。新开工项目15个:桂湖科技馆、南岭体育公园等;竣工项目9个:沿河路综合管廊、"
                 "城东垃圾中转站等。")
    assert got == {"桂湖科技馆": "under_construction", "南岭体育公园": "under_construction",
                   "沿河路综合管廊": "completed", "城东垃圾中转站": "completed"}


def test_members_after_a_class_with_a_copula_or_numbered_after_a_colon():
    got = stages("尚未开工的2个项目为鸡鸣山森林公园和县实验中学二期。")
    assert got == {"鸡鸣山森林公园": "planned", "县实验中学二期": "planned"}
    got = stages("签约项目主要有:1.恒远半导体封装测试项目,总投资15亿元;2.青川冷链物流园项目,总投资4亿元。")
    assert got == {"恒远半导体封装测试项目": "planned", "青川冷链物流园项目": "planned"}  # signed: agreed on, planned


def test_a_completion_promised_in_a_report_is_planned():
    got = stages("下一步,我们将倒排工期,确保凤溪大桥、城南客运枢纽等项目年内建成通车。")
    assert got == {"凤溪大桥": "planned", "城南客运枢纽": "planned"}


def test_names_end_before_adverbs_and_keep_their_action_works():
    got = stages("柳溪至北坪二级公路改建工程全线建成通车;北关公园改造提升工程进展顺利;"
                 "黄岭隧道因征地问题停工;今年以来南屏经开区已有6个项目建成投产。")
    assert got == {"柳溪至北坪二级公路改建工程": "completed", "北关公园改造提升工程": "under_construction",
                   "黄岭隧道": "under_construction"}


def test_a_zone_signing_an_agreement_is_a_party_not_a_project():
    assert stages("在重大项目集中签约仪式上,南屏高新技术产业开发区与8家企业签订了投资协议。") == {}
