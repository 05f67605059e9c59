"""Whose are the parts of a whole a place was just said to have (sentences invented; the places are real so that the
gazetteer knows them).

A sentence opening with the parts of a whole (其中, 分行业看) breaks down the whole stated just before it: its figures
are the place's that led that whole, not the wider place the page speaks of, unless it names a place or a scope word
(全省) of its own.  A place that has or starts works given by examples (某市有A项目、B工程等9个项目开工, 某市集中开竣工
A项目等9个项目) is the doer that owns their count; a place written inside an example's name (某县污水处理厂等12个项目)
is not.
"""
import pytest

from factrun import facts_of, one

ROUND_UP = ("湖北省春季重大项目开竣工综述\n"
            "4月12日,湖北省春季重大项目开竣工现场会召开,全省开工竣工项目合计830个,投资总额4120亿元。\n"
            "荆门市有龙泉新材料一期项目、象山大道东延工程等57个项目开工或竣工,投资总额212亿元左右。其中新开工35项,竣工22项。\n"
            "孝感市集中开竣工槐荫科技园二期项目、澴河生态治理工程等46个项目,投资总额168亿元左右。其中新开工27项,竣工19项。\n"
            "随州市开工竣工项目合计31个,投资总额95亿元。其中,随县新开工9项。\n"
            "黄石市开工竣工项目合计40个。其中,全省新开工项目共510项。\n")
RELEASE = ("湖南省上半年经济运行情况\n"
           "上半年,全省经济运行稳中向好。邵阳市地区生产总值达到1180.4亿元,较去年同期提高5.3%。"
           "其中,农业增加值增长3.6%,工业增加值增长6.2%。\n")
EXAMPLES = ("常德市一季度项目建设\n"
            "一季度,常德市澧县城北污水处理厂等12个项目已开工,全市完成投资81亿元。\n")


@pytest.mark.parametrize("text, value, subject", [
    (ROUND_UP, 35, "荆门市"), (ROUND_UP, 22, "荆门市"),  # the parts of the city's works, not the province's
    (ROUND_UP, 27, "孝感市"), (ROUND_UP, 19, "孝感市"),
    (RELEASE, 3.6, "邵阳市"), (RELEASE, 6.2, "邵阳市"),  # the parts of the city's output
    (RELEASE, 5.3, "邵阳市"),
])
def test_parts_take_the_place_of_their_whole(text, value, subject):
    assert one(facts_of(text), value).subject == subject


@pytest.mark.parametrize("text, value, subject", [
    (ROUND_UP, 9, "随县"),  # a part that names its own place keeps it
    (ROUND_UP, 510, "湖北省"),  # and one that speaks as the province (全省) is the province's
    (ROUND_UP, 830, "湖北省"),
])
def test_parts_naming_their_own_place_keep_it(text, value, subject):
    assert one(facts_of(text), value).subject == subject


@pytest.mark.parametrize("text, value, subject", [
    (ROUND_UP, 57, "荆门市"),  # the city that has the works the examples name
    (ROUND_UP, 46, "孝感市"),  # the city that starts and ends them
    (ROUND_UP, 168, "孝感市"),
])
def test_a_place_doing_works_by_examples_owns_their_count(text, value, subject):
    assert one(facts_of(text), value).subject == subject


def test_a_place_inside_an_examples_name_is_no_subject_of_the_count():
    assert one(facts_of(EXAMPLES), 12).subject == "常德市"
