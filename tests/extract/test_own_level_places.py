"""A level's own bodies or share listed beside the places below it (省直部门, 州直有关部门, 市直单位, 市本级, and 省级
closing a list of places with their figures) are the division of that level itself: the province, prefecture or city
the text speaks for (or its ancestor of that level), never the last place the list named (sentences invented; the
places are real so that the gazetteer knows them).  省级/市级 parting a count of projects are classes of projects."""
import pytest

from factrun import facts_of, one

PROVINCE_LIST = ("贵州省2024年第二轮督察转办件办理情况\n截至7月15日,遵义市、安顺市各4件,毕节市11件,"
                 "省直部门直接办理2件。\n")
PROVINCE_LEVEL = ("湖南省第三批群众信访举报件办理情况\n从区域分布上看,株洲市18件;衡阳市5件;邵阳市3件;省级2件。\n")
PREFECTURE = ("恩施州第六批交办件办理情况\n截至8月2日,恩施州共收到交办件52件,其中,利川市14件,建始县8件,"
              "鹤峰县3件,州直相关单位6件。\n")
CITY_TABLE = ("蚌埠市12345热线6月工单办理情况\n县区 |\n工单数 |\n怀远县 |\n134 |\n五河县 |\n97 |\n市直单位 |\n61 |\n")
CITY_TEXT = ("德阳市第三季度民生实事项目推进情况\n截至9月30日,全市共完工民生实事项目31个,其中旌阳区9个,什邡市4个,"
             "市本级7个。\n")
CLASSES = ("务川县2023年重点项目推进情况\n2023年,我县省市县重点项目共28项,其中:建设项目25项"
           "(省级8项、市级5项、县级12项)。\n")


@pytest.mark.parametrize("text, value, subject", [
    (PROVINCE_LIST, 2, "贵州省"),  # the province's departments after its prefectures: the province
    (PROVINCE_LEVEL, 2, "湖南省"),  # 省级 closing a list of cities with their figures: the province's own share
    (PREFECTURE, 6, "恩施州"),  # 州直: the prefecture, as the page names it
    (CITY_TABLE, 61, "蚌埠市"),  # a row of the city's own bodies under the rows of its counties
    (CITY_TEXT, 7, "德阳市"),  # 市本级 after the city's districts: the city
])
def test_a_levels_own_bodies_are_that_level(text, value, subject):
    assert one(facts_of(text), value).subject == subject


@pytest.mark.parametrize("text, value, subject", [
    (PROVINCE_LIST, 11, "毕节市"), (PROVINCE_LEVEL, 3, "邵阳市"), (PREFECTURE, 3, "鹤峰县"),
    (CITY_TABLE, 97, "五河县"),  # the places listed keep their own figures
    (CLASSES, 8, "务川县"), (CLASSES, 5, "务川县"),  # 省级8项: a class of the county's projects
])
def test_the_places_listed_and_classes_of_levels_keep_their_subject(text, value, subject):
    assert one(facts_of(text), value).subject == subject
