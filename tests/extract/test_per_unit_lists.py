"""Lists per unit that name the projects after their counts (甲市2个,A和B;乙局1个,C), as supervision notices and
progress news write them: the counts only enumerate the members listed (no facts), the members are projects with
the stage of the class that opens the list.  Sentences written for these tests (never corpus text)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def read(text: str) -> tuple[dict[str, str], list[float]]:
    ex = extract_text(text)
    return {p.mention: p.stage for p in ex.projects}, [f.value for f in ex.facts]


def test_a_supervision_notice_lists_lagging_projects_per_unit_after_a_colon():
    stages, values = read("截至8月底,全市进度滞后的项目共5个:岚溪县2个,凤鸣湖湿地公园和城北污水处理厂二期;东坡区2个,"
                          "青石大道改造工程和南山物流园;市交通局1个,西环线快速路。")
    assert stages == {"凤鸣湖湿地公园": "under_construction", "城北污水处理厂二期": "under_construction",
                      "青石大道改造工程": "under_construction", "南山物流园": "under_construction",
                      "西环线快速路": "under_construction"}
    assert values == [5]  # the total is a count of its own; each unit's count only enumerates its members


def test_the_class_before_an_opener_a_start_not_made_and_counts_of_projects():
    stages, values = read("进度滞后的项目14个,其中:岚溪市2个项目,恒远化工年产20万吨精细化学品项目和岚溪开发区热电联产项目;"
                          "青河市1个,即青河储能电站项目。")
    assert stages == {"恒远化工年产20万吨精细化学品项目": "under_construction",
                      "岚溪开发区热电联产项目": "under_construction", "青河储能电站项目": "under_construction"}
    assert values == [14]
    stages, values = read("督查发现,未按期开工的项目有:甲山市1个,金桥纺织产业园;乙水县2个,城南水厂扩建工程、滨江绿道。")
    assert stages == {"金桥纺织产业园": "planned", "城南水厂扩建工程": "planned", "滨江绿道": "planned"}
    assert values == []


def test_progress_news_lists_new_starts_per_zone_with_their_members():
    stages, values = read("一季度,全市新开工项目12个,其中高新区4个,分别是光电产业园、智能装备产业园、数据中心二期和"
                          "科创大厦;经开区2个,即汽车零部件产业园和东区综合管廊。")
    assert stages["光电产业园"] == stages["东区综合管廊"] == stages["汽车零部件产业园"] == "under_construction"
    assert values == [12]
    # a count of more members than it lists is a figure of its own
    _, values = read("上半年全县新开工项目18个,其中工业项目5个,包括年产5万吨新型建材项目、恒达电子元件产业园。")
    assert values == [18, 5]


def test_a_list_written_a_line_an_entry_under_its_heading():
    stages, values = read("二、未按期开工项目\n岚溪县2个,凤鸣湖湿地公园、城北污水处理厂二期;\n东坡区1个,南山物流园;\n"
                          "市水务局1个,白沙河堤防加固工程。\n")
    assert stages == {"凤鸣湖湿地公园": "planned", "城北污水处理厂二期": "planned", "南山物流园": "planned",
                      "白沙河堤防加固工程": "planned"}
    assert values == []


def test_members_in_brackets_and_a_class_that_says_no_stage():
    stages, values = read("通报指出,进度严重滞后的项目共3个,其中岚溪县2个(凤鸣湖湿地公园、城北污水处理厂二期),"
                          "市交通局1个(西环线快速路)。")
    assert set(stages) == {"凤鸣湖湿地公园", "城北污水处理厂二期", "西环线快速路"}
    assert set(stages.values()) == {"under_construction"} and values == [3]
    stages, values = read("督查组发现存在问题的项目共4个:岚溪县2个,凤鸣湖湿地公园和城北污水处理厂二期;市交通局1个,"
                          "西环线快速路;东坡区1个,南山物流园。")
    assert stages == dict.fromkeys(["凤鸣湖湿地公园", "城北污水处理厂二期", "西环线快速路", "南山物流园"], "unknown")
    assert values == [4]

    # a count followed by words that name no works is a figure
    assert read("今年全县新增规上企业2个,工业投资和税收均实现增长。")[1] == [2]
